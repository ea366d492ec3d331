package web

import (
	"errors"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/gin-gonic/gin"
)

// errForbidden is the sentinel for a request this server refuses to serve
// whoever sends it: a foreign Host, a write from another site.
var errForbidden = errors.New("forbidden")

// apiPolicy is the Content-Security-Policy of every answer but the
// viewer's: JSON loads nothing and is framed by no one.
const apiPolicy = "default-src 'none'; frame-ancestors 'none'"

// guard sets the security headers of every answer and refuses what a
// browser tricked by another site would send: a Host the server does not
// serve (DNS rebinding), and a state-changing request from another origin
// (a page elsewhere POSTing text/plain, which CORS does not stop).
func (s *server) guard(c *gin.Context) {
	h := c.Writer.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Content-Security-Policy", apiPolicy)

	r := c.Request
	if len(s.allowedHosts) > 0 && !slices.Contains(s.allowedHosts, hostOnly(r.Host)) {
		s.fail(c, &problem{kind: errForbidden, msg: "This server does not answer to the host name " + quoteName(hostOnly(r.Host)) +
			"; use one it serves, or start it with --allowed-hosts naming this one."})
		return
	}
	origin := r.Header.Get("Origin")
	if s.corsAllowed(origin) {
		h.Set("Access-Control-Allow-Origin", origin)
		h.Add("Vary", "Origin")
		if r.Method == http.MethodOptions {
			h.Set("Access-Control-Allow-Methods", "GET, POST, DELETE")
			h.Set("Access-Control-Allow-Headers", "Content-Type, Authorization")
			c.AbortWithStatus(http.StatusNoContent)
			return
		}
	}
	switch r.Method {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
	default:
		if r.Header.Get("Sec-Fetch-Site") == "cross-site" && !s.corsAllowed(origin) || origin != "" && !sameOrigin(origin, r.Host) && !s.corsAllowed(origin) {
			s.fail(c, &problem{kind: errForbidden, msg: "A request that changes the graph must come from this server's own pages or a program, not from another site's page (Origin " +
				quoteName(origin) + "); allow that origin with --cors-origins if it is yours."})
			return
		}
	}
	c.Next()
}

func (s *server) corsAllowed(origin string) bool {
	return origin != "" && slices.Contains(s.corsOrigins, origin)
}

// sameOrigin reports whether origin names the host the request was sent to.
func sameOrigin(origin, host string) bool {
	u, err := url.Parse(origin)
	return err == nil && u.Host != "" && strings.EqualFold(u.Host, host)
}

// hostOnly is a Host header without its port, lower-cased.
func hostOnly(hostport string) string {
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		hostport = h
	}
	return strings.ToLower(strings.Trim(hostport, "[]"))
}

func quoteName(s string) string {
	if len(s) > 80 {
		s = s[:80] + "…"
	}
	return `"` + s + `"`
}

// LoopbackHosts are the host names a server on this machine answers to by
// default.
var LoopbackHosts = []string{"127.0.0.1", "localhost", "::1"}
