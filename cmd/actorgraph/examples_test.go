package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// Every route's example in the OpenAPI document, and every curl example
// in the README, works against the seed graph that `make run` serves: the
// request built from the examples of its parameters and body answers 2xx,
// and a list answer is not empty. The DELETE example removes the article
// the POST example adds, so it runs last.
func TestExamplesOnTheSeedGraph(t *testing.T) {
	base := serveMemory(t, true)

	raw, err := os.ReadFile("../../web/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Paths map[string]map[string]struct {
			Parameters []struct {
				Name, In string
				Example  any
			}
			RequestBody *struct {
				Content map[string]struct {
					Example any
				}
			}
		}
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	type request struct{ method, target, mediaType, body string }
	var requests []request
	for path, ops := range doc.Paths {
		for method, op := range ops {
			target := "/api/v1" + path
			q := url.Values{}
			for _, p := range op.Parameters {
				if p.Example == nil {
					if p.In == "path" {
						t.Errorf("%s %s: path parameter %s has no example", method, path, p.Name)
					}
					continue
				}
				v := fmt.Sprint(p.Example)
				if p.In == "path" {
					target = strings.ReplaceAll(target, "{"+p.Name+"}", url.PathEscape(v))
				} else {
					q.Set(p.Name, v)
				}
			}
			if len(q) > 0 {
				target += "?" + q.Encode()
			}
			r := request{method: strings.ToUpper(method), target: target}
			if op.RequestBody != nil {
				for _, mt := range slices.Sorted(func(yield func(string) bool) {
					for k := range op.RequestBody.Content {
						if !yield(k) {
							return
						}
					}
				}) {
					ex := op.RequestBody.Content[mt].Example
					if ex == nil {
						continue
					}
					r.mediaType = mt
					if s, ok := ex.(string); ok {
						r.body = s
					} else {
						b, _ := json.Marshal(ex)
						r.body = string(b)
					}
					break
				}
				if r.mediaType == "" {
					t.Errorf("%s %s takes a body but has no example of one", method, path)
					continue
				}
			}
			requests = append(requests, r)
		}
	}
	slices.SortFunc(requests, func(a, b request) int {
		// POST before DELETE, so the example article exists to delete
		order := map[string]int{"GET": 0, "POST": 1, "DELETE": 2}
		if d := order[a.method] - order[b.method]; d != 0 {
			return d
		}
		return strings.Compare(a.target, b.target)
	})
	ops := len(requests)
	// The README's examples, as a reader would paste them.
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range regexp.MustCompile(`curl -s '127\.0\.0\.1:8080(/api/v1/[^']+)'`).FindAllSubmatch(readme, -1) {
		requests = append(requests, request{method: "GET", target: string(m[1])})
	}
	if ops < 17 || len(requests)-ops < 8 {
		t.Fatalf("%d operations in the OpenAPI document and %d curl examples in the README: some went missing", ops, len(requests)-ops)
	}
	for _, r := range requests {
		req, err := http.NewRequest(r.method, base+r.target, strings.NewReader(r.body))
		if err != nil {
			t.Fatal(err)
		}
		if r.mediaType != "" {
			req.Header.Set("Content-Type", r.mediaType)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode/100 != 2 {
			t.Errorf("example %s %s: %d %.300s", r.method, r.target, resp.StatusCode, body)
			continue
		}
		if r.method == "DELETE" {
			continue
		}
		if len(bytes.TrimSpace(body)) == 0 {
			t.Errorf("example %s %s answers nothing", r.method, r.target)
			continue
		}
		var answer map[string]any
		if json.Unmarshal(body, &answer) != nil {
			continue // an export
		}
		for k, v := range answer {
			if list, ok := v.([]any); ok && len(list) == 0 && !slices.Contains([]string{"warnings", "errors", "mentions", "names"}, k) {
				t.Errorf("example %s %s: %s is empty: %.300s", r.method, r.target, k, body)
			}
		}
		if n, ok := answer["total"].(float64); ok && n == 0 {
			t.Errorf("example %s %s finds nothing", r.method, r.target)
		}
	}
}

// serveMemory serves a memory store on 127.0.0.1, with the seed graph when
// seeded, until the test ends, and gives its base URL.
func serveMemory(t *testing.T, seeded bool) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	m := &Main{StoreURL: "memory"}
	if err := m.Open(ctx); err != nil {
		t.Fatal(err)
	}
	if seeded {
		if _, err := m.LoadSeedsIfEmpty(ctx); err != nil {
			t.Fatal(err)
		}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		m.Serve(ctx, ln)
	}()
	t.Cleanup(func() {
		cancel()
		<-done
		m.Close()
	})
	return "http://" + ln.Addr().String()
}
