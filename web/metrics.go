package web

import (
	"context"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are what GET /metrics shows Prometheus: requests and their
// latency by route, articles written by the API, the store's size, and
// the Go runtime's figures. Each handler has its own registry.
type metrics struct {
	reg      *prometheus.Registry
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	articles *prometheus.CounterVec
}

func newMetrics(store Store) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "actorgraph_http_requests_total", Help: "HTTP requests answered, by route, method and status code.",
		}, []string{"route", "method", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "actorgraph_http_request_duration_seconds", Help: "Time to answer an HTTP request, by route and method.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2.5, 12),
		}, []string{"route", "method"}),
		articles: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "actorgraph_articles_written_total", Help: "Articles POSTed and written, by whether they were new to the store.",
		}, []string{"result"}),
	}
	m.reg.MustRegister(m.requests, m.latency, m.articles, collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if store != nil {
		m.reg.MustRegister(storeCollector{store})
	}
	return m
}

// observe counts a request once it is answered.
func (m *metrics) observe(c *gin.Context, took time.Duration) {
	route := c.FullPath()
	if route == "" {
		route = "unmatched"
	}
	m.requests.WithLabelValues(route, c.Request.Method, strconv.Itoa(c.Writer.Status())).Inc()
	m.latency.WithLabelValues(route, c.Request.Method).Observe(took.Seconds())
}

func (m *metrics) handler() gin.HandlerFunc {
	h := promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
	return func(c *gin.Context) { h.ServeHTTP(c.Writer, c.Request) }
}

// storeCollector reads the store's counts at each scrape.
type storeCollector struct{ store Store }

var storeSize = prometheus.NewDesc("actorgraph_store_items", "What the store holds, by kind: articles, entities, events, relations, quads.", []string{"kind"}, nil)

func (storeCollector) Describe(ch chan<- *prometheus.Desc) { ch <- storeSize }

func (sc storeCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	st, err := sc.store.Stats(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(storeSize, err)
		return
	}
	for kind, n := range map[string]int{"articles": st.Articles, "entities": st.Entities, "events": st.Events, "relations": st.Relations, "quads": st.Quads} {
		ch <- prometheus.MustNewConstMetric(storeSize, prometheus.GaugeValue, float64(n), kind)
	}
}
