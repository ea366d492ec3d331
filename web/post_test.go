package web_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"actorgraph/graph"
	"actorgraph/ingest"
	"actorgraph/web"
)

// pipeline adapts the real extraction pipeline to the API's Extractor, the
// way cmd/actorgraph wires it.
type pipeline struct{ p *ingest.Pipeline }

func (e pipeline) Extract(ctx context.Context, name string, data []byte, contentType string) ([]graph.Extraction, error) {
	return e.p.ExtractBytes(ctx, name, data, contentType)
}

// loadPipeline loads the model once for all tests of the package.
var loadPipeline = sync.OnceValues(func() (*ingest.Pipeline, error) { return ingest.New(nil) })

func newPipeline(t testing.TB) web.Extractor {
	t.Helper()
	p, err := loadPipeline()
	if err != nil {
		t.Fatalf("load the extraction pipeline: %v", err)
	}
	return pipeline{p}
}

// A story written for this test, in the shape a client posts it.
const postedStory = `{
  "title": "Macron and Merkel meet in Berlin ahead of EU summit",
  "text": "French President Emmanuel Macron met German Chancellor Angela Merkel in Berlin on Monday to prepare the European Union summit in Brussels.\n\nMerkel said Germany and France would present a joint proposal on the eurozone budget.",
  "url": "https://example.org/news/fixture-macron-merkel-berlin",
  "publisher": "Example News",
  "published": "2018-06-18"
}`

func TestPostArticle(t *testing.T) {
	h, _ := newHandler(t, "memory", web.Config{Extractor: newPipeline(t), MaxBody: 64 << 10})
	const path = "/api/v1/articles"
	post := func(body, contentType string) *httptest.ResponseRecorder {
		return do(t, h, "POST", path, strings.NewReader(body), "Content-Type", contentType)
	}

	t.Run("created then existing", func(t *testing.T) {
		rec := post(postedStory, "application/json")
		if rec.Code != http.StatusCreated {
			t.Fatalf("first POST = %d %s, want 201", rec.Code, rec.Body)
		}
		got := decode[web.WrittenList](t, rec)
		if len(got.Articles) != 1 {
			t.Fatalf("wrote %d articles, want 1", len(got.Articles))
		}
		w := got.Articles[0]
		if w.Extraction.Article.Title != "Macron and Merkel meet in Berlin ahead of EU summit" || w.Result.Existed || w.Result.Added == 0 {
			t.Errorf("first write = %+v of %q, want a new article with quads added", w.Result, w.Extraction.Article.Title)
		}
		if loc := rec.Header().Get("Location"); loc != path+"/"+w.Extraction.Article.ID {
			t.Errorf("Location = %q, want %s/%s", loc, path, w.Extraction.Article.ID)
		}
		var found bool
		for _, e := range w.Extraction.Entities {
			found = found || e.Name == "Angela Merkel"
		}
		if !found {
			t.Errorf("extraction of the posted story does not name Angela Merkel: %+v", w.Extraction.Entities)
		}
		if rec := do(t, h, "GET", path+"/"+w.Extraction.Article.ID, nil); rec.Code != http.StatusOK {
			t.Errorf("GET the posted article = %d, want 200", rec.Code)
		}

		again := post(postedStory, "application/json; charset=utf-8")
		if again.Code != http.StatusOK {
			t.Fatalf("second POST = %d %s, want 200", again.Code, again.Body)
		}
		if r := decode[web.WrittenList](t, again).Articles[0].Result; !r.Existed || r.Added != 0 {
			t.Errorf("second write = %+v, want an existing article with nothing added", r)
		}
	})

	t.Run("plain text", func(t *testing.T) {
		rec := post("Japanese Prime Minister Shinzo Abe visited Tehran on Wednesday, the first such trip in four decades.\n", "text/plain")
		if rec.Code != http.StatusCreated {
			t.Fatalf("POST text = %d %s, want 201", rec.Code, rec.Body)
		}
	})

	t.Run("html", func(t *testing.T) {
		page := "<html><head><title>Abe in Tehran</title></head><body><article><h1>Abe in Tehran</h1>" +
			"<p>Japanese Prime Minister Shinzo Abe met Iranian President Hassan Rouhani in Tehran on Wednesday.</p></article></body></html>"
		rec := post(page, "text/html; charset=utf-8")
		if rec.Code != http.StatusCreated {
			t.Fatalf("POST html = %d %s, want 201", rec.Code, rec.Body)
		}
	})

	errs := []struct {
		name, body, contentType string
		status                  int
		code                    string
		mentions                []string
	}{
		{"no content type", postedStory, "", 400, "invalid_argument", []string{"Content-Type", "application/json"}},
		{"unsupported content type", postedStory, "application/pdf", 400, "invalid_argument", []string{"Content-Type", "text/html", "application/pdf"}},
		{"empty body", "  \n", "text/plain", 400, "invalid_argument", []string{"empty"}},
		{"broken json", `{"title": "x", "text": `, "application/json", 400, "invalid_argument", nil},
		{"json without text", `{"title": "Only a headline"}`, "application/json", 400, "invalid_argument", nil},
		{"not utf-8", "Caf\xe9 talks in Paris\n", "text/plain", 400, "invalid_argument", []string{"UTF-8"}},
		{"over the body limit", strings.Repeat("Talks went on. ", 5000), "text/plain", 413, "too_large", []string{"65536 bytes"}},
	}
	for _, tt := range errs {
		t.Run(tt.name, func(t *testing.T) {
			checkError(t, post(tt.body, tt.contentType), tt.status, tt.code, tt.mentions...)
		})
	}
}

// TestPostWithoutExtractor: a server given no extractor is read-only.
func TestPostWithoutExtractor(t *testing.T) {
	h, _ := newHandler(t, "memory", web.Config{})
	rec := do(t, h, "POST", "/api/v1/articles", strings.NewReader(postedStory), "Content-Type", "application/json")
	checkError(t, rec, http.StatusMethodNotAllowed, "method_not_allowed", "POST")
}

// A malformed chunked body is the client's error: 400 JSON, not 500.
func TestPostMalformedChunkedBody(t *testing.T) {
	h, _ := newHandler(t, "memory", web.Config{Extractor: newPipeline(t)})
	srv := httptest.NewServer(h)
	defer srv.Close()
	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	fmt.Fprint(conn, "POST /api/v1/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nhello\r\n0\r\n\r\n")
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("no answer: %v", err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(body), "invalid_argument") {
		t.Errorf("malformed chunked POST = %d %s; want 400 invalid_argument", resp.StatusCode, body)
	}
}
