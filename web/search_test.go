package web_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"testing"

	"actorgraph/graph"
	"actorgraph/web"
)

// TestSearchAnswerIsEntityList: the search route writes the store's kept
// list into the answer by hand; it must be what encoding/json writes for
// an EntityList, byte for byte, whatever the page.
func TestSearchAnswerIsEntityList(t *testing.T) {
	h, s := newHandler(t, "memory", web.Config{})
	for _, tc := range []struct {
		q             string
		typ           graph.EntityType
		limit, offset int
	}{
		{q: "putin", limit: 20},
		{q: "a", limit: 20},
		{q: "a", limit: 3, offset: 2},
		{q: "", limit: 200},
		{q: "zzzz-no-such-actor", limit: 20},
		{q: "a", typ: graph.Country, limit: 5, offset: 1},
		{q: "a", limit: 20, offset: 100000},
	} {
		v := url.Values{"q": {tc.q}, "limit": {strconv.Itoa(tc.limit)}, "offset": {strconv.Itoa(tc.offset)}}
		if tc.typ != "" {
			v.Set("type", string(tc.typ))
		}
		target := "/api/v1/entities?" + v.Encode()
		for range 2 { // built, then kept
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
			if rec.Code != http.StatusOK {
				t.Fatalf("%s: status %d: %s", target, rec.Code, rec.Body)
			}
			es, total, err := s.SearchEntities(context.Background(), tc.q, tc.typ, tc.limit, tc.offset)
			if err != nil {
				t.Fatal(err)
			}
			if es == nil {
				es = []graph.Entity{}
			}
			want, err := json.Marshal(web.EntityList{Entities: es, Total: total, Limit: tc.limit, Offset: tc.offset})
			if err != nil {
				t.Fatal(err)
			}
			if got := rec.Body.String(); got != string(want) {
				t.Errorf("%s:\n got %s\nwant %s", target, got, want)
			}
			if ct := rec.Header().Get("Content-Type"); ct != "application/json; charset=utf-8" {
				t.Errorf("%s: Content-Type %q", target, ct)
			}
		}
	}
}

// discard is a ResponseWriter that keeps nothing, so that counting a
// request's allocations counts the server's.
type discard struct{ h http.Header }

func (d *discard) Header() http.Header         { return d.h }
func (d *discard) Write(b []byte) (int, error) { return len(b), nil }
func (d *discard) WriteHeader(int)             {}

// TestSearchAllocations pins the garbage of a search asked again (what a
// load of a few queries, or a search box, sends): the kept answer is
// written as it is, neither ranked nor encoded again. Before it was kept,
// a search of "a" took 430 allocations and 4.6 MB, "putin" about 40.
func TestSearchAllocations(t *testing.T) {
	h, _ := newHandler(t, "memory", web.Config{})
	for _, q := range []string{"putin", "a"} {
		req := httptest.NewRequest("GET", "/api/v1/entities?q="+q, nil)
		w := &discard{h: http.Header{}}
		h.ServeHTTP(w, req) // builds the index and keeps the answer
		got := testing.AllocsPerRun(200, func() {
			clear(w.h)
			h.ServeHTTP(w, req)
		})
		t.Logf("q=%s: %.0f allocations a request", q, got)
		if got > maxSearchAllocs {
			t.Errorf("q=%s: %.0f allocations a request, want at most %d", q, got, maxSearchAllocs)
		}
	}
}

const maxSearchAllocs = 100
