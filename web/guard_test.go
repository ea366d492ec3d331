package web_test

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"actorgraph/ingest"
	"actorgraph/web"
)

func TestSecurityHeaders(t *testing.T) {
	h, _ := newHandler(t, "memory", web.Config{})
	for _, target := range []string{"/api/v1/stats", "/api/v1/entities/nope", "/"} {
		rec := do(t, h, "GET", target, nil)
		for k, want := range map[string]string{"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"} {
			if got := rec.Header().Get(k); got != want {
				t.Errorf("%s: %s = %q, want %q", target, k, got, want)
			}
		}
		csp := rec.Header().Get("Content-Security-Policy")
		if !strings.Contains(csp, "frame-ancestors 'none'") {
			t.Errorf("%s: Content-Security-Policy = %q", target, csp)
		}
		if target != "/" && !strings.HasPrefix(csp, "default-src 'none'") {
			t.Errorf("%s: an API answer should load nothing: %q", target, csp)
		}
		if target == "/" && !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("the viewer keeps its own policy: %q", csp)
		}
	}
}

// A Host the server does not serve is refused (DNS rebinding); writes from
// another site's page are refused; programs (no Origin) and the server's
// own pages write; an origin allowed for CORS gets its headers.
func TestCrossSiteAndHost(t *testing.T) {
	h, _ := newHandler(t, "memory", web.Config{Extractor: newPipeline(t), AllowedHosts: web.LoopbackHosts, CORSOrigins: []string{"https://tools.example"}})
	body := "- Example Wire - Monday, May 6, 2024\n\nPresident Ada Berg of Norland met envoys in Brasca on Monday.\n"
	tests := []struct {
		name   string
		method string
		header []string
		status int
	}{
		{"foreign host, read", "GET", []string{"Host", "attacker.example"}, 403},
		{"foreign host, write", "POST", []string{"Host", "attacker.example:8080"}, 403},
		{"loopback host with port", "GET", []string{"Host", "localhost:8080"}, 200},
		{"write from another site", "POST", []string{"Host", "127.0.0.1:8080", "Origin", "http://evil.example"}, 403},
		{"write marked cross-site", "POST", []string{"Host", "127.0.0.1:8080", "Sec-Fetch-Site", "cross-site"}, 403},
		{"delete from another site", "DELETE", []string{"Host", "127.0.0.1:8080", "Origin", "http://127.0.0.1.evil.example"}, 403},
		{"write from the server's own page", "POST", []string{"Host", "127.0.0.1:8080", "Origin", "http://127.0.0.1:8080"}, 201},
		{"write from a program", "POST", []string{"Host", "127.0.0.1:8080"}, 200},
		{"write from an allowed origin", "POST", []string{"Host", "127.0.0.1:8080", "Origin", "https://tools.example"}, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			target := "/api/v1/stats"
			var rd io.Reader
			switch tt.method {
			case "POST":
				target, rd = "/api/v1/articles", strings.NewReader(body)
			case "DELETE":
				target = "/api/v1/articles/6ba7b810-9dad-11d1-80b4-00c04fd430c8"
			}
			rec := do(t, h, tt.method, target, rd, append([]string{"Content-Type", "text/plain"}, tt.header...)...)
			if rec.Code != tt.status {
				t.Fatalf("status = %d, want %d: %s", rec.Code, tt.status, rec.Body)
			}
		})
	}
	pre := do(t, h, "OPTIONS", "/api/v1/articles", nil, "Host", "127.0.0.1", "Origin", "https://tools.example", "Access-Control-Request-Method", "POST")
	if pre.Code != http.StatusNoContent || pre.Header().Get("Access-Control-Allow-Origin") != "https://tools.example" {
		t.Errorf("preflight from an allowed origin = %d %v", pre.Code, pre.Header())
	}
	other := do(t, h, "GET", "/api/v1/stats", nil, "Host", "127.0.0.1", "Origin", "http://evil.example")
	if other.Header().Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("an origin not allowed gets CORS headers: %v", other.Header())
	}
}

// Requests that would hold the server are answered at once with what to
// change: a search query of a megabyte, a POST of thousands of records.
func TestRequestLimits(t *testing.T) {
	h, _ := newHandler(t, "memory", web.Config{Extractor: newPipeline(t)})
	rec := do(t, h, "GET", "/api/v1/entities?q="+strings.Repeat("a", web.MaxQueryRunes+1), nil)
	checkError(t, rec, 400, "invalid_argument", "q")
	if rec := do(t, h, "GET", "/api/v1/entities?q="+strings.Repeat("a", web.MaxQueryRunes), nil); rec.Code != http.StatusOK {
		t.Errorf("a query at the limit = %d", rec.Code)
	}
	var b strings.Builder
	for i := 0; i <= ingest.MaxRecords; i++ {
		b.WriteString(`{"title":"t","text":"Norland met Ostmark."}` + "\n")
	}
	rec = do(t, h, "POST", "/api/v1/articles", strings.NewReader(b.String()), "Content-Type", "application/x-ndjson")
	checkError(t, rec, 413, "too_large")
	if !strings.Contains(rec.Body.String(), "at most") {
		t.Errorf("the refusal should say the limit: %s", rec.Body)
	}
}
