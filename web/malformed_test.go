package web_test

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"actorgraph/web"
)

// malformed draws odd values: empty, huge, negative, non-numeric,
// non-UTF-8, markup, injections, near-valid ids and dates.
func malformed(r *rand.Rand) string {
	pool := []string{"", "-1", "0", "99999999999999999999", "1e9", "NaN", "%zz", "%00", "\x00", "\xff\xfe", "💥", "<script>alert(1)</script>",
		"' OR 1=1 --", "../../etc/passwd", "6ba7b810-9dad-11d1-80b4-00c04fd430c8", "6BA7B810-9DAD-11D1-80B4-00C04FD430C8", "6ba7b810-9dad-11d1-80b4",
		"2019-13-45", "2019", "2019-04-25", "19-4-25", "leaderOf", "statement", "RUS", "04", "true", "null", "[]", "{}",
		strings.Repeat("a", 300), strings.Repeat("é", 400), strings.Repeat("9", 40)}
	s := pool[r.IntN(len(pool))]
	if r.IntN(4) == 0 {
		s += pool[r.IntN(len(pool))]
	}
	return s
}

// malformedRequest builds one request of a random kind: a known route with
// odd parameters, an unknown route, a wrong method, or a body that is not
// what the route takes.
func malformedRequest(r *rand.Rand, base string) (*http.Request, error) {
	q := func(names ...string) string {
		v := url.Values{}
		for _, n := range names {
			if r.IntN(3) > 0 {
				v.Set(n, malformed(r))
			}
		}
		return v.Encode()
	}
	seg := func() string { return url.PathEscape(malformed(r)) }
	paths := []string{
		"/api/v1/entities?" + q("q", "type", "limit", "offset"),
		"/api/v1/entities/" + seg(),
		"/api/v1/entities/" + seg() + "/neighbors?" + q("depth", "limit"),
		"/api/v1/entities/" + seg() + "/relations?" + q("predicate", "at", "since", "until"),
		"/api/v1/paths?" + q("from", "to", "max", "limit"),
		"/api/v1/events?" + q("type", "cameo", "entity", "country", "from", "to", "status", "limit", "offset"),
		"/api/v1/events/" + seg(),
		"/api/v1/articles?" + q("limit", "offset"),
		"/api/v1/articles/" + seg(),
		"/api/v1/export?" + q("format", "article", "source", "from", "to", "entity", "depth"),
		"/api/v1/stats", "/api/v1/healthz", "/api/v1/query", "/api/v1/import", "/api/v1/articles",
		"/api/v1/" + seg(), "/" + seg(), "/assets/" + seg(),
	}
	methods := []string{"GET", "GET", "GET", "GET", "GET", "GET", "POST", "POST", "DELETE", "PUT", "PATCH", "OPTIONS", "HEAD"}
	bodies := []string{"", "{", `{"text": 5}`, `[{"text": ""}]`, `{"lang":"gizmo","query":"g.V(("}`, `{"lang":"sparql","query":"x"}`,
		`{"lang":"graphql","query":"{ nodes { "}`, "<a> <b> .", "<a> <b> <c> .", "not n-quads at all", `{"@context": 5}`,
		"- X - Monday, March 4, 2024\n\n" + malformed(r), malformed(r), strings.Repeat(`{"text":"a"},`, 50), "\xff\xfe\xfd"}
	types := []string{"", "application/json", "text/plain", "application/n-quads", "application/ld+json", "text/html",
		"application/x-ndjson", "multipart/form-data", "application/json; charset=latin1", "image/png"}
	req, err := http.NewRequest(methods[r.IntN(len(methods))], base+paths[r.IntN(len(paths))], strings.NewReader(bodies[r.IntN(len(bodies))]))
	if err != nil {
		return nil, err
	}
	if ct := types[r.IntN(len(types))]; ct != "" {
		req.Header.Set("Content-Type", ct)
	}
	if r.IntN(5) == 0 {
		// a header value net/http will send: printable ASCII
		req.Header.Set("Authorization", "Bearer "+strings.Map(func(c rune) rune {
			if c < 0x20 || c > 0x7e {
				return -1
			}
			return c
		}, malformed(r)))
	}
	return req, nil
}

// Ten thousand malformed requests of every kind against a real server:
// every one answered, none with a 5xx, and the server's heap back near
// where it started.
func TestMalformedRequests(t *testing.T) {
	if testing.Short() {
		t.Skip("10,000 requests; skipped with -short")
	}
	h, _ := newHandler(t, "memory", web.Config{Extractor: newPipeline(t), QueryTimeout: time.Second})
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	if resp, err := http.Post(srv.URL+"/api/v1/articles", "application/json", strings.NewReader(postedStory)); err != nil || resp.StatusCode != 201 {
		t.Fatalf("seed an article: %v %v", resp, err)
	}
	heap := func() uint64 {
		runtime.GC()
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	client := &http.Client{Timeout: 30 * time.Second}
	const total, workers = 10000, 8
	run := func(n int, seed uint64) (statuses map[int]int, failures []string) {
		statuses = map[int]int{}
		var mu sync.Mutex
		var wg sync.WaitGroup
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r := rand.New(rand.NewPCG(seed, uint64(w)))
				for range n / workers {
					req, err := malformedRequest(r, srv.URL)
					if err != nil {
						continue // a URL even net/http will not build
					}
					resp, err := client.Do(req)
					mu.Lock()
					if err != nil {
						failures = append(failures, fmt.Sprintf("%s %s: no answer: %v", req.Method, req.URL, err))
					} else {
						statuses[resp.StatusCode]++
						if resp.StatusCode >= 400 && req.Method != "HEAD" && !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
							failures = append(failures, fmt.Sprintf("%s %s: %d as %q, not a JSON error", req.Method, req.URL, resp.StatusCode, resp.Header.Get("Content-Type")))
						}
						if resp.StatusCode >= 500 {
							b, _ := io.ReadAll(io.LimitReader(resp.Body, 300))
							failures = append(failures, fmt.Sprintf("%s %s: %d %s", req.Method, req.URL, resp.StatusCode, b))
						}
					}
					mu.Unlock()
					if resp != nil {
						if _, err := io.Copy(io.Discard, resp.Body); err != nil && !errors.Is(err, io.EOF) && req.Method != "HEAD" {
							mu.Lock()
							failures = append(failures, fmt.Sprintf("%s %s: body cut: %v", req.Method, req.URL, err))
							mu.Unlock()
						}
						resp.Body.Close()
					}
				}
			}()
		}
		wg.Wait()
		return statuses, failures
	}
	run(400, 1) // warm up: caches, pools, the pipeline's lazy tables
	before := heap()
	statuses, failures := run(total, 2)
	after := heap()
	for i, f := range failures {
		if i == 20 {
			t.Errorf("… and %d more", len(failures)-20)
			break
		}
		t.Error(f)
	}
	answered := 0
	for _, n := range statuses {
		answered += n
	}
	t.Logf("%d requests answered: %v; heap %d → %d KiB", answered, statuses, before/1024, after/1024)
	if answered < total*9/10 {
		t.Errorf("only %d of %d requests answered", answered, total)
	}
	if float64(after) > 1.2*float64(before)+float64(4<<20) {
		t.Errorf("heap grew from %d to %d KiB over the run", before/1024, after/1024)
	}
}
