package web_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strconv"
	"testing"

	"actorgraph/graph/cayleystore"
	"actorgraph/web"
)

// BenchmarkStoreRoutes drives the read routes issue #12 measures — a hub's
// and a typical entity's detail and neighbourhoods, and search — through
// the whole handler on a store built elsewhere, e.g. from the Reuters
// development articles:
//
//	actorgraph --store bbolt:/tmp/s ingest ../shared/data/reuters21578/dev.jsonl
//	ACTORGRAPH_BENCH_STORE=bbolt:/tmp/s go test ./web -run '^$' -bench StoreRoutes -cpuprofile cpu.out
//
// The hub is the best match of "united states"; the typical entity the
// median person of the mention ranking, as make bench-cayley picks them.
func BenchmarkStoreRoutes(b *testing.B) {
	u := os.Getenv("ACTORGRAPH_BENCH_STORE")
	if u == "" {
		b.Skip("set ACTORGRAPH_BENCH_STORE to a store URL (e.g. bbolt:/tmp/s holding the Reuters development articles)")
	}
	ctx := context.Background()
	s, err := cayleystore.Open(ctx, u, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	h := web.New(web.Config{Store: s, Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	get := func(b *testing.B, target string) []byte {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
		if rec.Code != http.StatusOK {
			b.Fatalf("%s: status %d: %s", target, rec.Code, rec.Body)
		}
		return rec.Body.Bytes()
	}
	var list struct {
		Entities []struct{ ID string } `json:"entities"`
		Total    int                   `json:"total"`
	}
	if err := json.Unmarshal(get(b, "/api/v1/entities?q="+url.QueryEscape("united states")+"&limit=1"), &list); err != nil || len(list.Entities) == 0 {
		b.Fatalf("no hub: %v", err)
	}
	hubID := list.Entities[0].ID
	if err := json.Unmarshal(get(b, "/api/v1/entities?q=a&type=person&limit=1"), &list); err != nil {
		b.Fatal(err)
	}
	total := list.Total
	if err := json.Unmarshal(get(b, "/api/v1/entities?q=a&type=person&limit=1&offset="+strconv.Itoa(total/2)), &list); err != nil || len(list.Entities) == 0 {
		b.Fatalf("no typical entity: %v", err)
	}
	typical := list.Entities[0].ID
	for _, bc := range []struct{ name, target string }{
		{"hub/detail", "/api/v1/entities/" + hubID},
		{"hub/neighbors1", "/api/v1/entities/" + hubID + "/neighbors?depth=1"},
		{"hub/neighbors2", "/api/v1/entities/" + hubID + "/neighbors?depth=2"},
		{"typical/detail", "/api/v1/entities/" + typical},
		{"typical/neighbors1", "/api/v1/entities/" + typical + "/neighbors?depth=1"},
		{"typical/neighbors2", "/api/v1/entities/" + typical + "/neighbors?depth=2"},
		{"search/orio", "/api/v1/entities?q=orio"},
		{"search/korea", "/api/v1/entities?q=korea"},
		{"search/a", "/api/v1/entities?q=a"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				n = len(get(b, bc.target))
			}
			b.ReportMetric(float64(n), "bytes")
		})
	}
}
