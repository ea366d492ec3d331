package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"actorgraph/graph"
)

// errMethodNotAllowed is the sentinel for a known path asked with the wrong
// method; the graph package has no such notion, so it lives here.
var errMethodNotAllowed = errors.New("method not allowed")

// problem is an error carrying the sentence a client should read. It unwraps
// to the sentinel that decides the HTTP status.
type problem struct {
	kind error
	msg  string
}

func (p *problem) Error() string { return p.msg }
func (p *problem) Unwrap() error { return p.kind }

func invalid(format string, a ...any) error {
	return &problem{kind: graph.ErrInvalid, msg: fmt.Sprintf(format, a...)}
}

func notFound(format string, a ...any) error {
	return &problem{kind: graph.ErrNotFound, msg: fmt.Sprintf(format, a...)}
}

// missing gives a not-found error from the store the sentence the client
// reads; other errors are wrapped with what was being done.
func missing(err error, what, id, hint string) error {
	if errors.Is(err, graph.ErrNotFound) {
		return notFound("There is no %s %s; %s", what, id, hint)
	}
	return fmt.Errorf("%s %s: %w", what, id, err)
}

// errorBody is the JSON shape of every error answer.
type errorBody struct {
	Error errorDetail `json:"error"`
}

type errorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// handle adapts a handler that returns an error, so that every failure goes
// through fail and its status is decided there and nowhere else.
func (s *server) handle(h func(c *gin.Context) error) gin.HandlerFunc {
	return func(c *gin.Context) {
		if err := h(c); err != nil {
			s.fail(c, err)
		}
	}
}

// fail answers err as JSON. This is the one place an error becomes a status.
func (s *server) fail(c *gin.Context, err error) {
	status, code, msg := s.classify(err)
	if status == http.StatusInternalServerError {
		level := slog.LevelError
		if errors.Is(err, context.Canceled) {
			// The client went away; nothing is wrong with the server.
			level = slog.LevelInfo
		}
		s.log.LogAttrs(c.Request.Context(), level, "request failed",
			slog.String("method", c.Request.Method), slog.String("path", c.Request.URL.Path), slog.Any("err", err))
	}
	if c.Writer.Written() {
		// A streamed answer already sent its status: cut the connection so the
		// client sees a broken transfer rather than a short but clean one.
		panic(http.ErrAbortHandler)
	}
	// A streaming route may have set its own headers before failing.
	c.Writer.Header().Del("Content-Disposition")
	c.Header("Content-Type", "application/json; charset=utf-8")
	c.Header("Cache-Control", "no-store")
	c.AbortWithStatusJSON(status, errorBody{Error: errorDetail{Code: code, Message: msg}})
}

func (s *server) classify(err error) (status int, code, msg string) {
	var p *problem
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		return http.StatusRequestEntityTooLarge, "too_large",
			fmt.Sprintf("The request body is larger than the %d bytes this server accepts; send a smaller document.", tooBig.Limit)
	case errors.As(err, &p):
		status, code, _ = s.classify(p.kind)
		return status, code, p.msg
	// The store's and the extractor's messages about the client's input
	// already say what to change, so they are passed on as they are.
	case errors.Is(err, graph.ErrTooLarge):
		return http.StatusRequestEntityTooLarge, "too_large", sentence(err.Error())
	case errors.Is(err, graph.ErrNotFound):
		return http.StatusNotFound, "not_found", sentence(err.Error())
	case errors.Is(err, graph.ErrInvalid):
		return http.StatusBadRequest, "invalid_argument", sentence(err.Error())
	case errors.Is(err, graph.ErrTimeout):
		return http.StatusServiceUnavailable, "timeout", sentence(err.Error())
	case errors.Is(err, graph.ErrProtected):
		return http.StatusForbidden, "protected", sentence(err.Error())
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable, "timeout", "The request took longer than this server allows (serve --request-timeout); ask for less, or retry when it is less busy."
	case errors.Is(err, errTooMany):
		return http.StatusTooManyRequests, "too_many_requests", sentence(err.Error())
	case errors.Is(err, errUnauthorized):
		return http.StatusUnauthorized, "unauthorized", sentence(err.Error())
	case errors.Is(err, errForbidden):
		return http.StatusForbidden, "forbidden", sentence(err.Error())
	case errors.Is(err, errMethodNotAllowed):
		return http.StatusMethodNotAllowed, "method_not_allowed", "This path does not accept that method; see the API routes in the README."
	default:
		return http.StatusInternalServerError, "internal",
			"The server failed to answer this request; try again later, and report it if it keeps happening."
	}
}

// sentence makes an error string read as a sentence: capitalised, with a stop.
func sentence(s string) string {
	if s == "" {
		return s
	}
	s = strings.ToUpper(s[:1]) + s[1:]
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

// recover turns a panic into a logged 500, keeping Gin's own recovery and its
// writes to stderr out of the way.
func (s *server) recover(c *gin.Context) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if r == http.ErrAbortHandler {
			panic(r)
		}
		s.log.LogAttrs(c.Request.Context(), slog.LevelError, "panic serving request",
			slog.String("method", c.Request.Method), slog.String("path", c.Request.URL.Path),
			slog.Any("panic", r), slog.String("stack", string(debug.Stack())))
		if !c.Writer.Written() {
			c.Header("Cache-Control", "no-store")
			c.AbortWithStatusJSON(http.StatusInternalServerError, errorBody{Error: errorDetail{Code: "internal",
				Message: "The server failed to answer this request; try again later, and report it if it keeps happening."}})
		}
	}()
	c.Next()
}

// logRequests writes one line per request to the handed-in logger, in place
// of Gin's own logger.
func (s *server) logRequests(c *gin.Context) {
	start := time.Now()
	c.Next()
	s.metrics.observe(c, time.Since(start))
	s.log.LogAttrs(c.Request.Context(), slog.LevelInfo, "http request",
		slog.String("method", c.Request.Method),
		slog.String("path", c.Request.URL.Path),
		slog.Int("status", c.Writer.Status()),
		slog.Int("bytes", c.Writer.Size()),
		slog.Duration("duration", time.Since(start)))
}
