package web_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"actorgraph/web"
)

// POST /query runs a Gizmo query with the server's cap; an endless one is
// stopped at the time limit with a clear 503 while other requests are
// answered.
func TestQuery(t *testing.T) {
	h, _ := newHandler(t, "memory", web.Config{QueryTimeout: 300 * time.Millisecond, QueryLimit: 2})
	rec := do(t, h, "POST", "/api/v1/query", strings.NewReader(`{"lang":"gizmo","query":"g.V().All()"}`), "Content-Type", "application/json")
	if rec.Code != 200 {
		t.Fatalf("gizmo query: %d %s", rec.Code, rec.Body)
	}
	if got := decode[web.QueryAnswer](t, rec); len(got.Results) != 2 {
		t.Errorf("%d results, want the server's cap of 2", len(got.Results))
	}
	var wg sync.WaitGroup
	var endless int
	var body string
	wg.Go(func() {
		r := do(t, h, "POST", "/api/v1/query", strings.NewReader(`{"lang":"gizmo","query":"while (true) {}"}`), "Content-Type", "application/json")
		endless, body = r.Code, r.Body.String()
	})
	time.Sleep(50 * time.Millisecond)
	if r := do(t, h, "GET", "/api/v1/stats", nil); r.Code != 200 {
		t.Errorf("stats during an endless query: %d", r.Code)
	}
	wg.Wait()
	if endless != 503 || !strings.Contains(body, "timeout") || !strings.Contains(body, "narrow it") {
		t.Errorf("endless query: %d %s, want 503 timeout saying what to do", endless, body)
	}
	checkError(t, do(t, h, "POST", "/api/v1/query", strings.NewReader(`{"lang":"sql","query":"select 1"}`), "Content-Type", "application/json"), 400, "invalid_argument", "gizmo")
	checkError(t, do(t, h, "POST", "/api/v1/query", strings.NewReader(`{"lang":"gizmo"`), "Content-Type", "application/json"), 400, "invalid_argument", "lang")
	checkError(t, do(t, h, "POST", "/api/v1/query", strings.NewReader(`{"lang":"gizmo","query":"g.V(("}`), "Content-Type", "application/json"), 400, "invalid_argument")
}
