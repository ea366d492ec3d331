package ingest_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"actorgraph/graph"
	"actorgraph/graph/cayleystore"
	"actorgraph/ingest"
	"actorgraph/ingest/reader"
	"actorgraph/seeds"
)

var loadPipeline = sync.OnceValues(func() (*ingest.Pipeline, error) { return ingest.New(nil) })

func pipeline(t testing.TB) *ingest.Pipeline {
	t.Helper()
	p, err := loadPipeline()
	if err != nil {
		t.Fatalf("load pipeline: %v", err)
	}
	return p
}

// backends are the stores the ingest tests write to: Cayley's memory store,
// the embedded default (bbolt) and leveldb on disk.
var backends = []string{"memory", "bbolt", "leveldb"}

// storeURL names a store of the backend; dir is where an on-disk one lives.
func storeURL(backend, dir string) string {
	if backend == "memory" {
		return backend
	}
	return backend + ":" + dir
}

func openStore(t testing.TB, backend, dir string) *cayleystore.Store {
	t.Helper()
	s, err := cayleystore.Open(context.Background(), storeURL(backend, dir), nil)
	if err != nil {
		t.Fatalf("open %s store: %v", backend, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// quadLines is the store's content (or one article's when articleID is not
// empty) as sorted N-Quads lines; nil when the article has no quads.
func quadLines(t testing.TB, s *cayleystore.Store, articleID string) []string {
	t.Helper()
	var buf bytes.Buffer
	err := s.Export(context.Background(), &buf, "nquads", graph.ExportScope{Article: articleID})
	if errors.Is(err, graph.ErrNotFound) {
		return nil
	}
	if err != nil {
		t.Fatalf("export: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	slices.Sort(lines)
	return lines
}

// extractInTurn extracts the corpus one file after another, the reference
// the concurrent pipeline must match.
func extractInTurn(t testing.TB, p *ingest.Pipeline, files []corpusFile) []graph.Extraction {
	t.Helper()
	var xs []graph.Extraction
	for _, f := range files {
		got, err := p.ExtractBytes(context.Background(), f.Path, f.Data, "")
		if err != nil {
			t.Fatalf("extract %s: %v", f.Path, err)
		}
		xs = append(xs, got...)
	}
	return xs
}

func TestIngestMatchesSequentialWrites(t *testing.T) {
	p := pipeline(t)
	dir := t.TempDir()
	files := writeCorpus(t, dir, 30)
	// A copy of one article (same body, so the same article) and two
	// unreadable inputs, which must be reported and skipped.
	dup := corpusFile{Path: filepath.Join(dir, "004_copy.txt"), Data: files[3].Data}
	for name, data := range map[string][]byte{dup.Path: dup.Data, filepath.Join(dir, "empty.txt"): nil, filepath.Join(dir, "zz.bin"): {0, 1, 2, 0, 0xff}} {
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	inOrder := slices.Insert(slices.Clone(files), 4, dup)
	xs := extractInTurn(t, p, inOrder)

	for _, backend := range backends {
		t.Run(backend, func(t *testing.T) {
			ctx := context.Background()
			want := openStore(t, backend, t.TempDir())
			wantSum := ingest.Summary{Articles: len(xs)}
			for _, x := range xs {
				res, err := want.Write(ctx, x)
				if err != nil {
					t.Fatal(err)
				}
				if !res.Existed {
					wantSum.New++
				}
				wantSum.Entities += len(x.Entities)
				wantSum.Facts += len(x.Relations) + len(x.Events) + len(x.Quotes)
				wantSum.Quads += res.Added
			}

			got := openStore(t, backend, t.TempDir())
			var sources []string
			sum, err := p.Ingest(ctx, got, []string{dir}, func(src string) { sources = append(sources, src) })
			if err != nil {
				t.Fatalf("Ingest: %v", err)
			}
			if diff := cmp.Diff(quadLines(t, want, ""), quadLines(t, got, "")); diff != "" {
				t.Errorf("quads differ from writing the same extractions in turn (-want +got):\n%s", diff)
			}
			var wantSources []string
			for _, f := range inOrder {
				wantSources = append(wantSources, f.Path)
			}
			if diff := cmp.Diff(wantSources, sources); diff != "" {
				t.Errorf("progress calls (-want +got):\n%s", diff)
			}
			var problems []string
			for _, pr := range sum.Problems {
				problems = append(problems, filepath.Base(pr.InputName))
			}
			if diff := cmp.Diff([]string{"empty.txt", "zz.bin"}, problems); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(wantSum, sum, cmpopts.IgnoreFields(ingest.Summary{}, "Problems", "Elapsed")); diff != "" {
				t.Errorf("summary (-want +got):\n%s", diff)
			}
			if sum.New != 30 {
				t.Errorf("New = %d, want 30 (the copy is the same article)", sum.New)
			}

			again, err := p.Ingest(ctx, got, []string{dir}, nil)
			if err != nil {
				t.Fatalf("second Ingest: %v", err)
			}
			if again.Quads != 0 || again.New != 0 || again.Articles != len(xs) {
				t.Errorf("second Ingest = %v, want %d articles, 0 new, 0 quads added", again, len(xs))
			}
		})
	}
}

// TestIngestCancel cancels runs at several points and checks that every
// article is either wholly stored or not at all, and that what is stored is
// a prefix of the input order.
func TestIngestCancel(t *testing.T) {
	p := pipeline(t)
	dir := t.TempDir()
	files := writeCorpus(t, dir, 12)
	xs := extractInTurn(t, p, files)

	tests := []struct {
		name     string
		cancelAt int // cancel from the progress call after this many articles; 0 cancels before the run
		want     int // articles stored
	}{
		{"before the run", 0, 0},
		{"after the first article", 1, 1},
		{"midway", 5, 5},
		{"after the last article", 12, 12},
	}
	for _, backend := range backends {
		for _, tt := range tests {
			t.Run(backend+"/"+tt.name, func(t *testing.T) {
				s := openStore(t, backend, t.TempDir())
				ctx, cancel := context.WithCancel(context.Background())
				defer cancel()
				if tt.cancelAt == 0 {
					cancel()
				}
				calls := 0
				sum, err := p.Ingest(ctx, oneByOne{s}, []string{dir}, func(string) {
					calls++
					if calls == tt.cancelAt {
						cancel()
					}
				})
				// Cancelled after the last article, the walk may or may not
				// notice before it ends.
				if tt.want < len(files) && !errors.Is(err, context.Canceled) || err != nil && !errors.Is(err, context.Canceled) {
					t.Errorf("Ingest error = %v, want context.Canceled", err)
				}
				if sum.Articles != tt.want {
					t.Errorf("summary says %d articles, want %d", sum.Articles, tt.want)
				}
				for i, x := range xs {
					got := len(quadLines(t, s, x.Article.ID))
					want := 0
					if i < tt.want {
						want = len(graph.Quads(x))
					}
					if got != want {
						t.Errorf("article %d (%s): %d quads stored, want %d", i+1, files[i].Path, got, want)
					}
				}
			})
		}
	}
}

// TestIngestStopsAtStoreError closes the store under a run: the write that
// follows fails, the run stops with that error, and the articles written
// before it are all there when the store is opened again.
func TestIngestStopsAtStoreError(t *testing.T) {
	p := pipeline(t)
	dir := t.TempDir()
	files := writeCorpus(t, dir, 10)
	xs := extractInTurn(t, p, files)
	storeDir := t.TempDir()
	s, err := cayleystore.Open(context.Background(), "leveldb:"+storeDir, nil)
	if err != nil {
		t.Fatal(err)
	}
	const closeAfter = 3
	calls := 0
	sum, err := p.Ingest(context.Background(), oneByOne{s}, []string{dir}, func(string) {
		calls++
		if calls == closeAfter {
			s.Close()
		}
	})
	if err == nil {
		t.Fatal("Ingest into a closed store succeeded, want an error")
	}
	if !strings.Contains(err.Error(), files[closeAfter].Path) {
		t.Errorf("error %q does not name the article it failed on, %s", err, files[closeAfter].Path)
	}
	if sum.Articles != closeAfter || calls != closeAfter+1 {
		t.Errorf("summary says %d articles and progress was called %d times, want %d and %d", sum.Articles, calls, closeAfter, closeAfter+1)
	}

	reopened := openStore(t, "leveldb", storeDir)
	for i, x := range xs {
		got := len(quadLines(t, reopened, x.Article.ID))
		want := 0
		if i < closeAfter {
			want = len(graph.Quads(x))
		}
		if got != want {
			t.Errorf("article %d: %d quads stored, want %d", i+1, got, want)
		}
	}
}

func TestSeedsIdempotent(t *testing.T) {
	p := pipeline(t)
	s := openStore(t, "memory", "")
	ctx := context.Background()
	first, err := p.Seeds(ctx, s)
	if err != nil {
		t.Fatalf("Seeds: %v", err)
	}
	if first.Articles == 0 || first.New != first.Articles || first.Quads == 0 {
		t.Errorf("first Seeds = %v, want every sample article new and quads added", first)
	}
	again, err := p.Seeds(ctx, s)
	if err != nil {
		t.Fatalf("second Seeds: %v", err)
	}
	want := ingest.Summary{Articles: first.Articles, Entities: first.Entities, Facts: first.Facts}
	if diff := cmp.Diff(want, again, cmpopts.IgnoreFields(ingest.Summary{}, "Elapsed")); diff != "" {
		t.Errorf("second Seeds (-want +got):\n%s", diff)
	}
}

// oneByOne is a store seen through Write alone: the ingest writes one
// article a transaction, as it does to a writer without group commit.
type oneByOne struct{ w ingest.Writer }

func (o oneByOne) Write(ctx context.Context, x graph.Extraction) (graph.WriteResult, error) {
	return o.w.Write(ctx, x)
}

// batchesOf is a store written in batches of n articles.
type batchesOf struct {
	*cayleystore.Store
	n int
}

func (b batchesOf) BatchSize() int { return b.n }

// Group commit: the articles go in batches, each batch one transaction. A
// run cancelled after the first batch keeps that batch whole and nothing
// of the next; the summary says exactly what is stored.
func TestIngestInBatches(t *testing.T) {
	p := pipeline(t)
	dir := t.TempDir()
	files := writeCorpus(t, dir, 12)
	xs := extractInTurn(t, p, files)
	for _, backend := range backends {
		t.Run(backend, func(t *testing.T) {
			s := openStore(t, backend, t.TempDir())
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			calls := 0
			sum, err := p.Ingest(ctx, batchesOf{s, 5}, []string{dir}, func(string) {
				calls++
				if calls == 1 {
					cancel() // after the first batch is stored
				}
			})
			if !errors.Is(err, context.Canceled) {
				t.Errorf("Ingest error = %v, want context.Canceled", err)
			}
			// progress is also called for an article whose extraction the
			// cancellation cut short
			if sum.Articles != 5 || calls < 5 {
				t.Errorf("summary says %d articles, progress called %d times, want the first batch of 5", sum.Articles, calls)
			}
			for i, x := range xs {
				got, want := len(quadLines(t, s, x.Article.ID)), 0
				if i < 5 {
					want = len(graph.Quads(x))
				}
				if got != want {
					t.Errorf("article %d: %d quads stored, want %d", i+1, got, want)
				}
			}
			// the rest, then all again: nothing new, nothing changed
			if sum, err := p.Ingest(context.Background(), batchesOf{s, 5}, []string{dir}, nil); err != nil || sum.Articles != 12 || sum.New != 7 {
				t.Errorf("second run: %+v, %v; want 12 articles, 7 new", sum, err)
			}
			if sum, err := p.Ingest(context.Background(), batchesOf{s, 5}, []string{dir}, nil); err != nil || sum.New != 0 || sum.Quads != 0 {
				t.Errorf("third run: %+v, %v; want nothing new", sum, err)
			}
		})
	}
}

// A batch is bounded by its articles' text as well as by their number:
// with room for 64 articles, articles of more than half of 64 ×
// BatchBytesPerArticle each go two a transaction. A run cancelled after the first batch keeps those
// two whole and nothing of the rest.
func TestIngestBatchBoundedByBytes(t *testing.T) {
	p := pipeline(t)
	dir := t.TempDir()
	var files []corpusFile
	for i := range 4 {
		var b strings.Builder
		fmt.Fprintf(&b, "- actorgraph test desk - Monday, March %d, 2023\n\nLong dispatch %d\n\n", i+1, i+1)
		for k := 0; b.Len() < 64*ingest.BatchBytesPerArticle*6/10; k++ {
			fmt.Fprintf(&b, "Paragraph %d of dispatch %d. %s\n\n", k+1, i+1, corpusSentences[(i+k)%len(corpusSentences)])
		}
		path := filepath.Join(dir, fmt.Sprintf("%03d.txt", i+1))
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, corpusFile{Path: path, Data: []byte(b.String())})
	}
	xs := extractInTurn(t, p, files)
	s := openStore(t, "bbolt", t.TempDir())
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	calls := 0
	sum, err := p.Ingest(ctx, batchesOf{s, 64}, []string{dir}, func(string) {
		calls++
		if calls == 1 {
			cancel() // after the first batch is stored
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Ingest error = %v, want context.Canceled", err)
	}
	if sum.Articles != 2 {
		t.Errorf("summary says %d articles, want the first batch of 2 (bounded by %d bytes of text)", sum.Articles, 64*ingest.BatchBytesPerArticle)
	}
	for i, x := range xs {
		got, want := len(quadLines(t, s, x.Article.ID)), 0
		if i < 2 {
			want = len(graph.Quads(x))
		}
		if got != want {
			t.Errorf("article %d: %d quads stored, want %d", i+1, got, want)
		}
	}
}

// A batch whose transaction fails is written again article by article:
// with the store closed under the run, the error names an article, and
// the batches written before are there whole when the store is reopened.
func TestIngestBatchStoreError(t *testing.T) {
	p := pipeline(t)
	dir := t.TempDir()
	files := writeCorpus(t, dir, 12)
	xs := extractInTurn(t, p, files)
	storeDir := t.TempDir()
	s, err := cayleystore.Open(context.Background(), "leveldb:"+storeDir, nil)
	if err != nil {
		t.Fatal(err)
	}
	calls := 0
	sum, err := p.Ingest(context.Background(), batchesOf{s, 4}, []string{dir}, func(string) {
		calls++
		if calls == 4 {
			s.Close()
		}
	})
	if err == nil || !strings.Contains(err.Error(), "article") {
		t.Fatalf("Ingest into a store closed after the first batch: %v, want an error naming an article", err)
	}
	if sum.Articles != 4 {
		t.Errorf("summary says %d articles, want the first batch of 4", sum.Articles)
	}
	reopened := openStore(t, "leveldb", storeDir)
	for i, x := range xs {
		got, want := len(quadLines(t, reopened, x.Article.ID)), 0
		if i < 4 {
			want = len(graph.Quads(x))
		}
		if got != want {
			t.Errorf("article %d after reopening: %d quads, want %d", i+1, got, want)
		}
	}
}

// TestQuoteIDsAreTheArticles: two articles with the same text from
// different addresses are two articles, and their quotes are two quotes,
// each minted from its own article's ID.
func TestQuoteIDsAreTheArticles(t *testing.T) {
	body := `"The talks went well," Norland's foreign minister Lena Dahl said on Monday.`
	var ids [][]string
	for _, url := range []string{"https://example.org/a", "https://example.org/b"} {
		x, err := pipeline(t).Extract(context.Background(), reader.Document{InputName: url, URL: url, Publisher: "Test Wire", Published: "2024-03-04", Body: body})
		if err != nil {
			t.Fatal(err)
		}
		if len(x.Quotes) == 0 {
			t.Fatalf("%s: no quote read from %q", url, body)
		}
		var qs []string
		for _, q := range x.Quotes {
			qs = append(qs, q.ID)
		}
		ids = append(ids, append([]string{x.Article.ID}, qs...))
	}
	for i := range ids[0] {
		if i < len(ids[1]) && ids[0][i] == ids[1][i] {
			t.Errorf("article/quote IDs shared by two articles: %q", ids[0][i])
		}
	}
}

// ExtractAll hands the articles on in the order read, whatever the number
// of workers: the sample articles, one file each, extracted on one core and
// on four give the same sequence as Extract one by one.
func TestExtractAllInOrder(t *testing.T) {
	p := pipeline(t)
	ctx := context.Background()
	articles, err := seeds.Articles()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, a := range articles {
		if err := os.WriteFile(filepath.Join(dir, a.Name), a.Text, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var want []graph.Extraction
	if _, err := reader.Walk(ctx, []string{dir}, func(d reader.Document) error {
		x, err := p.Extract(ctx, d)
		want = append(want, x)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	for _, procs := range []int{1, 4} {
		old := runtime.GOMAXPROCS(procs)
		var got []graph.Extraction
		_, err := p.ExtractAll(ctx, []string{dir}, func(_ reader.Document, x graph.Extraction, err error) error {
			got = append(got, x)
			return err
		})
		runtime.GOMAXPROCS(old)
		if err != nil {
			t.Fatalf("ExtractAll on %d cores: %v", procs, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("ExtractAll on %d cores (-one by one +got):\n%s", procs, diff)
		}
	}
}
