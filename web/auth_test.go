package web_test

import (
	"net/http"
	"strings"
	"testing"

	"actorgraph/web"
)

func TestParseTokens(t *testing.T) {
	good := "# who may do what\n\nwrite alice 0123456789abcdef0123\nread  dashboard fedcba9876543210fedc\n"
	toks, err := web.ParseTokens(strings.NewReader(good))
	if err != nil || len(toks) != 2 || toks[0] != (web.Token{Name: "alice", Scope: web.ScopeWrite, Secret: "0123456789abcdef0123"}) ||
		toks[1].Scope != web.ScopeRead {
		t.Fatalf("ParseTokens = %+v, %v", toks, err)
	}
	for _, tc := range []struct{ name, file, mention string }{
		{"too few fields", "write alice\n", "line 1"},
		{"unknown scope", "admin alice 0123456789abcdef0123\n", "read or write"},
		{"short secret", "\nwrite alice short\n", "line 2"},
		{"one secret twice", "write a 0123456789abcdef0123\nread b 0123456789abcdef0123\n", "already"},
		{"no token", "# nothing\n", "no token"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := web.ParseTokens(strings.NewReader(tc.file)); err == nil || !strings.Contains(err.Error(), tc.mention) {
				t.Errorf("ParseTokens(%q) = %v, want an error mentioning %q", tc.file, err, tc.mention)
			}
		})
	}
}

// With tokens, a write needs a write token; reads stay open unless the
// server keeps them private; the health check and the API's description
// are always open.
func TestTokens(t *testing.T) {
	writer, reader := "w-0123456789abcdef0123", "r-0123456789abcdef0123"
	tokens := []web.Token{{Name: "alice", Scope: web.ScopeWrite, Secret: writer}, {Name: "dashboard", Scope: web.ScopeRead, Secret: reader}}
	bearer := func(s string) []string {
		return []string{"Authorization", "Bearer " + s, "Content-Type", "application/json"}
	}
	post := func(h http.Handler, header ...string) int {
		return do(t, h, "POST", "/api/v1/articles", strings.NewReader(postedStory), header...).Code
	}
	t.Run("writes", func(t *testing.T) {
		h, _ := newHandler(t, "memory", web.Config{Extractor: newPipeline(t), Tokens: tokens})
		rec := do(t, h, "POST", "/api/v1/articles", strings.NewReader(postedStory), "Content-Type", "application/json")
		checkError(t, rec, 401, "unauthorized", "Authorization: Bearer")
		if !strings.HasPrefix(rec.Header().Get("WWW-Authenticate"), "Bearer") {
			t.Errorf("WWW-Authenticate = %q", rec.Header().Get("WWW-Authenticate"))
		}
		checkError(t, do(t, h, "POST", "/api/v1/articles", strings.NewReader(postedStory), bearer("w-0123456789abcdef0124")...), 401, "unauthorized", "not one this server knows")
		checkError(t, do(t, h, "POST", "/api/v1/articles", strings.NewReader(postedStory), bearer(reader)...), 403, "forbidden", "dashboard", "write token")
		checkError(t, do(t, h, "POST", "/api/v1/import", strings.NewReader(""), "Content-Type", "application/n-quads"), 401, "unauthorized")
		checkError(t, do(t, h, "DELETE", "/api/v1/articles/6ba7b810-9dad-11d1-80b4-00c04fd430c8", nil), 401, "unauthorized")
		if code := post(h, bearer(writer)...); code != 201 {
			t.Errorf("POST with the write token: %d, want 201", code)
		}
		// reads, a read-only query among them, need nothing
		for _, target := range []string{"/api/v1/entities?q=merkel", "/api/v1/stats", "/api/v1/events"} {
			if rec := do(t, h, "GET", target, nil); rec.Code != 200 {
				t.Errorf("GET %s without a token: %d", target, rec.Code)
			}
		}
		if rec := do(t, h, "POST", "/api/v1/query", strings.NewReader(`{"lang":"gizmo","query":"g.V().Limit(1).All()"}`), "Content-Type", "application/json"); rec.Code != 200 {
			t.Errorf("POST /query without a token: %d %s", rec.Code, rec.Body)
		}
	})
	t.Run("private reads", func(t *testing.T) {
		h, _ := newHandler(t, "memory", web.Config{Extractor: newPipeline(t), Tokens: tokens, PrivateReads: true})
		checkError(t, do(t, h, "GET", "/api/v1/stats", nil), 401, "unauthorized", "read token")
		for _, tok := range []string{reader, writer} {
			if rec := do(t, h, "GET", "/api/v1/stats", nil, bearer(tok)...); rec.Code != 200 {
				t.Errorf("GET /stats with a token: %d", rec.Code)
			}
		}
		for _, target := range []string{"/api/v1/healthz", "/api/v1/openapi.json"} {
			if rec := do(t, h, "GET", target, nil); rec.Code != 200 {
				t.Errorf("GET %s without a token: %d, want it open", target, rec.Code)
			}
		}
		if code := post(h, bearer(reader)...); code != 403 {
			t.Errorf("POST with a read token on a private server: %d, want 403", code)
		}
	})
	t.Run("no tokens, no questions", func(t *testing.T) {
		h, _ := newHandler(t, "memory", web.Config{Extractor: newPipeline(t)})
		if code := post(h, "Content-Type", "application/json"); code != 201 {
			t.Errorf("POST on a server without tokens: %d, want 201", code)
		}
	})
}
