package web_test

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"actorgraph/graph"
	"actorgraph/web"
)

// A client over its rate is answered 429 with Retry-After; another client
// is not held back by it.
func TestRatePerClient(t *testing.T) {
	h, _ := newHandler(t, "memory", web.Config{RatePerClient: 1, RateBurst: 3})
	get := func(remote string) *httptest.ResponseRecorder {
		req := httptest.NewRequest("GET", "/api/v1/stats", nil)
		req.RemoteAddr = remote
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	for i := range 3 {
		if rec := get("192.0.2.1:4000"); rec.Code != 200 {
			t.Fatalf("request %d of a burst of 3: %d", i+1, rec.Code)
		}
	}
	rec := get("192.0.2.1:4001") // the same client on another port
	checkError(t, rec, 429, "too_many_requests", "--rate-limit")
	if rec.Header().Get("Retry-After") == "" {
		t.Error("429 without Retry-After")
	}
	if rec := get("192.0.2.2:4000"); rec.Code != 200 {
		t.Errorf("another client: %d, want 200", rec.Code)
	}
	// a forged X-Forwarded-For does not make a new client
	req := httptest.NewRequest("GET", "/api/v1/stats", nil)
	req.RemoteAddr = "192.0.2.1:4002"
	req.Header.Set("X-Forwarded-For", "198.51.100.7")
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 429 {
		t.Errorf("X-Forwarded-For escaped the limit: %d", rec.Code)
	}
}

// Ingests beyond the limit are answered 429 while the others run: a
// client that sends its body slowly holds the only slot.
func TestIngestSlots(t *testing.T) {
	h, _ := newHandler(t, "memory", web.Config{Extractor: newPipeline(t), MaxIngests: 1})
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	body := postedStory
	// the slow request holds the slot once its handler runs. A probe with a
	// body that is no JSON holds the slot only for as long as it takes to
	// refuse it, so it seldom meets the slow request; when it does (the slow
	// one was answered 429 itself, on a loaded machine), the slow request is
	// sent again
	var conn net.Conn
	var rec *http.Response
	for attempt := 0; attempt < 20 && (rec == nil || rec.StatusCode != 429); attempt++ {
		if conn != nil {
			conn.Close()
		}
		var err error
		conn, err = net.Dial("tcp", strings.TrimPrefix(srv.URL, "http://"))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(conn, "POST /api/v1/articles HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s",
			strings.TrimPrefix(srv.URL, "http://"), len(body), body[:20])
		for probe := 0; probe < 50; probe++ {
			rec, err = http.Post(srv.URL+"/api/v1/articles", "application/json", strings.NewReader("{not json"))
			if err != nil {
				t.Fatal(err)
			}
			rec.Body.Close()
			if rec.StatusCode == 429 {
				break
			}
			// has the slow request been answered already (429: it met a probe)?
			conn.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
			if line, _ := bufio.NewReader(conn).ReadString('\n'); line != "" {
				break
			}
			conn.SetReadDeadline(time.Time{})
		}
	}
	defer conn.Close()
	conn.SetReadDeadline(time.Time{})
	if rec.StatusCode != 429 || rec.Header.Get("Retry-After") == "" {
		t.Fatalf("a second ingest while one runs: %d, want 429 with Retry-After", rec.StatusCode)
	}
	// reads go on
	if resp, err := http.Get(srv.URL + "/api/v1/stats"); err != nil || resp.StatusCode != 200 {
		t.Fatalf("a read while an ingest runs: %v %v", resp, err)
	}
	// the slow client finishes; its slot is free again
	fmt.Fprint(conn, body[20:])
	status, err := bufio.NewReader(conn).ReadString('\n')
	if err != nil || !strings.Contains(status, "201") {
		t.Fatalf("the slow ingest: %q %v", status, err)
	}
	// the slot is given back as the handler returns, just after its answer
	for i := 0; ; i++ {
		resp, err := http.Post(srv.URL+"/api/v1/articles", "application/json", strings.NewReader(postedStory))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode == 201 || resp.StatusCode == 200 {
			break
		}
		if resp.StatusCode != 429 || i == 100 {
			t.Fatalf("an ingest after the slot is freed: %d", resp.StatusCode)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// A read that outlives the server's deadline is stopped and answered 503
// timeout, not 500.
func TestRequestDeadline(t *testing.T) {
	h, _ := newHandler(t, "memory", web.Config{RequestTimeout: time.Nanosecond})
	checkError(t, do(t, h, "GET", "/api/v1/entities?q=putin", nil), 503, "timeout", "--request-timeout")
	// the health check is a read like the others; the API's description is no work
	if rec := do(t, h, "GET", "/api/v1/openapi.json", nil); rec.Code != 200 {
		t.Errorf("openapi.json under a deadline: %d", rec.Code)
	}
}

// Exports beyond the limit are answered 429 while one runs: a client that
// does not read holds the only slot with an export larger than the
// socket's buffers.
func TestExportSlots(t *testing.T) {
	h, s := newHandler(t, "memory", web.Config{MaxExports: 1})
	big := graph.Extraction{InputName: "test", Body: strings.Repeat("a long body ", 4<<20)}
	big.Article = graph.Article{Title: "big", Published: "2024-03-04", URL: "https://example.test/big"}
	big.Article.ID = graph.ArticleID(big.Article.URL, big.Body)
	if _, err := s.Write(t.Context(), big); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	// the stuck export holds the slot once its answer has begun (its status
	// line read, its body not); a probe that took the slot first makes it
	// answer 429 itself, and it is sent again
	for try := 0; ; try++ {
		conn, err := net.Dial("tcp", strings.TrimPrefix(srv.URL, "http://"))
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		fmt.Fprintf(conn, "GET /api/v1/export?format=nquads HTTP/1.1\r\nHost: %s\r\n\r\n", strings.TrimPrefix(srv.URL, "http://"))
		status, err := bufio.NewReader(conn).ReadString('\n')
		if err == nil && strings.Contains(status, " 200 ") {
			break
		}
		if try == 5 {
			t.Fatalf("the export to leave stuck: %q %v", status, err)
		}
	}
	var code int
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		resp, err := http.Get(srv.URL + "/api/v1/export?format=graphml")
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if code = resp.StatusCode; code == 429 {
			if resp.Header.Get("Retry-After") == "" {
				t.Error("429 without Retry-After")
			}
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if code != 429 {
		t.Fatalf("a second export while one is stuck: %d, want 429", code)
	}
	if resp, err := http.Get(srv.URL + "/api/v1/stats"); err != nil || resp.StatusCode != 200 {
		t.Fatalf("a read while an export runs: %v %v", resp, err)
	}
}
