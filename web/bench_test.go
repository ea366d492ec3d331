package web_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"actorgraph/web"
)

// BenchmarkNeighborsHandler measures what the viewer asks on every click:
// one entity's neighbourhood, through routing, validation, the store and
// JSON encoding.
func BenchmarkNeighborsHandler(b *testing.B) {
	for _, bc := range []struct {
		name  string
		depth string
	}{{"depth1", "1"}, {"depth2", "2"}} {
		b.Run(bc.name, func(b *testing.B) {
			h, _ := newHandler(b, "memory", web.Config{})
			target := "/api/v1/entities/" + putinID + "/neighbors?depth=" + bc.depth
			b.ReportAllocs()
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
				if rec.Code != http.StatusOK {
					b.Fatalf("status %d: %s", rec.Code, rec.Body)
				}
			}
		})
	}
}

// BenchmarkSearchHandler measures the search box's request.
func BenchmarkSearchHandler(b *testing.B) {
	h, _ := newHandler(b, "memory", web.Config{})
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/v1/entities?q=put", nil))
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
	}
}
