package web_test

import (
	"strings"
	"testing"

	"actorgraph/web"
)

// GET /metrics shows Prometheus the requests answered, by route and
// status, the articles written, and the store's size.
func TestMetrics(t *testing.T) {
	h, _ := newHandler(t, "memory", web.Config{Extractor: newPipeline(t)})
	do(t, h, "GET", "/api/v1/stats", nil)
	do(t, h, "GET", "/api/v1/entities/not-a-uuid", nil)
	body := "Norland and Vardo signed a trade agreement in Brekka on Monday."
	for range 2 {
		do(t, h, "POST", "/api/v1/articles?name=t.txt", strings.NewReader(body), "Content-Type", "text/plain")
	}
	rec := do(t, h, "GET", "/metrics", nil)
	if rec.Code != 200 {
		t.Fatalf("GET /metrics: %d", rec.Code)
	}
	got := rec.Body.String()
	for _, want := range []string{
		`actorgraph_http_requests_total{code="200",method="GET",route="/api/v1/stats"} 1`,
		`actorgraph_http_requests_total{code="400",method="GET",route="/api/v1/entities/:id"} 1`,
		`actorgraph_http_request_duration_seconds_count{method="GET",route="/api/v1/stats"} 1`,
		`actorgraph_articles_written_total{result="new"} 1`,
		`actorgraph_articles_written_total{result="known"} 1`,
		`actorgraph_store_items{kind="articles"} 3`, // the two fixtures and the one posted
		`go_goroutines`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
}
