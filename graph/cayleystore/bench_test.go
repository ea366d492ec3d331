package cayleystore

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"

	"actorgraph/graph"
)

// benchCast is the cast of the benchmark articles: 200 countries, 1,000
// cities, 3,000 people and 400 organisations.
func benchCast() *synthetic { return newSynthetic(1, 200, 5, 3000, 400) }

func openBench(b testing.TB, kind string) *Store {
	u := Memory
	if kind != Memory {
		u = kind + ":" + filepath.Join(b.TempDir(), "db")
	}
	s, err := Open(context.Background(), u, nil)
	if err != nil {
		b.Fatalf("Open(%s): %v", u, err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// BenchmarkWrite measures writing one new article (about 325 quads) in its
// own transaction, into a store that already holds 200 articles.
func BenchmarkWrite(b *testing.B) {
	ctx := context.Background()
	cast := benchCast()
	for _, kind := range []string{Memory, LevelDB, Bolt, BBolt} {
		b.Run(kind, func(b *testing.B) {
			s := openBench(b, kind)
			for i := range 200 {
				if _, err := s.Write(ctx, cast.article(i)); err != nil {
					b.Fatal(err)
				}
			}
			xs := make([]graph.Extraction, b.N)
			for i := range xs {
				xs[i] = cast.article(1000 + i)
			}
			b.ResetTimer()
			for i := range xs {
				if _, err := s.Write(ctx, xs[i]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// loaded is a store holding the first n benchmark articles.
func loaded(b testing.TB, kind string, cast *synthetic, n int) *Store {
	ctx := context.Background()
	s := openBench(b, kind)
	for i := range n {
		if _, err := s.Write(ctx, cast.article(i)); err != nil {
			b.Fatal(err)
		}
	}
	return s
}

// hub is the entity the most articles mention.
func hub(s *Store) string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var (
		best string
		top  int
	)
	for id, n := range s.cat.entities {
		if k := n.mentionedIn.len(); k > top || (k == top && id < best) {
			best, top = id, k
		}
	}
	return best
}

// BenchmarkRead measures the reads of an entity page in a store of 1,000
// articles: neighbourhoods (capped at 100 nodes) and entity details, of the
// first entity of the first article and of the hub, the entity most
// articles mention. Each read runs b.N times on the
// same entity, so after the first run the caches are warm; BENCHMARKS.md
// also gives cold figures.
func BenchmarkRead(b *testing.B) {
	ctx := context.Background()
	cast := benchCast()
	for _, kind := range []string{Memory, BBolt, LevelDB} {
		b.Run(kind, func(b *testing.B) {
			s := loaded(b, kind, cast, 1000)
			roots := map[string]string{"first": cast.article(0).Entities[0].ID, "hub": hub(s)}
			for _, root := range []string{"first", "hub"} {
				for _, depth := range []int{1, 2} {
					b.Run(fmt.Sprintf("neighbors/%s/depth%d", root, depth), func(b *testing.B) {
						for b.Loop() {
							g, err := s.Neighbors(ctx, roots[root], depth, 100)
							if err != nil || len(g.Nodes) < 2 {
								b.Fatalf("Neighbors = %d nodes, %v", len(g.Nodes), err)
							}
						}
					})
				}
				b.Run("entity/"+root, func(b *testing.B) {
					for b.Loop() {
						if d, err := s.Entity(ctx, roots[root]); err != nil || len(d.Facts) == 0 {
							b.Fatalf("Entity = %d facts, %v", len(d.Facts), err)
						}
					}
				})
			}
		})
	}
}

// BenchmarkArticleView measures one article's metadata as lists and pages
// show it (catalog.article): read from the catalogue's summary with the
// schema's rows, its publisher named.
func BenchmarkArticleView(b *testing.B) {
	s := loaded(b, Memory, benchCast(), 20)
	id := benchCast().article(7).Article.ID
	s.mu.RLock()
	defer s.mu.RUnlock()
	b.ReportAllocs()
	for b.Loop() {
		if a, ok := s.cat.article(id); !ok || a.Publisher == "" {
			b.Fatalf("article(%s) = %+v, %v", id, a, ok)
		}
	}
}

// TestArticleViewAllocations bounds what an article in a list costs: the
// catalogue's summary read with the schema's rows, with no publisher id
// minted to be dropped (that took 11 allocations; reading takes 4).
func TestArticleViewAllocations(t *testing.T) {
	s := loaded(t, Memory, benchCast(), 20)
	id := benchCast().article(7).Article.ID
	s.mu.RLock()
	defer s.mu.RUnlock()
	if n := testing.AllocsPerRun(100, func() { s.cat.article(id) }); n > 6 {
		t.Errorf("an article view takes %.0f allocations, want at most 6", n)
	}
}

// BenchmarkOpen measures opening a bbolt store of 500 articles, with the
// catalogue Close saved and with the catalogue rebuilt from the quads (as
// after a crash).
func BenchmarkOpen(b *testing.B) {
	ctx := context.Background()
	dir := filepath.Join(b.TempDir(), "db")
	u := BBolt + ":" + dir
	s, err := Open(ctx, u, nil)
	if err != nil {
		b.Fatal(err)
	}
	cast := benchCast()
	for i := range 500 {
		if _, err := s.Write(ctx, cast.article(i)); err != nil {
			b.Fatal(err)
		}
	}
	s.Close()
	for _, tc := range []struct {
		name  string
		close func(*Store) error
	}{
		{"saved", (*Store).Close},
		// Closing Cayley's store alone leaves the catalogue unsaved.
		{"rebuilt", crash},
	} {
		b.Run(tc.name, func(b *testing.B) {
			if tc.name == "rebuilt" {
				putCatalog(b, BBolt, dir, []byte("not a catalogue"))
			}
			for b.Loop() {
				s, err := Open(ctx, u, nil)
				if err != nil {
					b.Fatal(err)
				}
				if (s.saved == nil) != (tc.name == "rebuilt") {
					b.Fatalf("catalogue saved = %v", s.saved != nil)
				}
				if err := tc.close(s); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// gazetteer writes the cast as seed knowledge — extractions that list
// entities without mentions — so that every entity is in the store.
func gazetteer(b testing.TB, s *Store, es []graph.Entity) {
	for i := 0; i < len(es); i += 100 {
		x := graph.Extraction{InputName: "gazetteer", Article: graph.Article{ID: graph.SourceID(fmt.Sprintf("gazetteer-%d", i))},
			Entities: es[i:min(i+100, len(es))]}
		if _, err := s.Write(context.Background(), x); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSearch measures searches over 10,600 entities.
func BenchmarkSearch(b *testing.B) {
	ctx := context.Background()
	cast := newSynthetic(1, 200, 5, 9000, 400)
	s := loaded(b, Memory, cast, 300)
	var all []graph.Entity
	for _, es := range [][]graph.Entity{cast.countries, cast.cities, cast.people, cast.orgs} {
		all = append(all, es...)
	}
	gazetteer(b, s, all)
	st, _ := s.Stats(ctx)
	if st.Entities < 10000 {
		b.Fatalf("only %d entities", st.Entities)
	}
	// A letter (nearly every entity), a short, common prefix and one full
	// name.
	for _, q := range []string{"a", "ka", all[5000].Name} {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, total, err := s.SearchEntities(ctx, q, "", 20, 0); err != nil || total == 0 {
					b.Fatalf("SearchEntities(%q) = %d, %v", q, total, err)
				}
			}
		})
	}
}

// TestBackendLoad loads ACTORGRAPH_LOAD_ARTICLES synthetic articles, one
// transaction each, into every embedded backend and reports time, size on
// disk, reopening time and query latency: the figures behind
// DefaultBackend. See BENCHMARKS.md.
func TestBackendLoad(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("ACTORGRAPH_LOAD_ARTICLES"))
	if n <= 0 {
		t.Skip("set ACTORGRAPH_LOAD_ARTICLES=5000 to compare the embedded backends (takes minutes)")
	}
	ctx := context.Background()
	cast := benchCast()
	xs := make([]graph.Extraction, n)
	quads := 0
	for i := range xs {
		xs[i] = cast.article(i)
		quads += len(graph.Quads(xs[i]))
	}
	t.Logf("%d articles, %d quads (%d per article)", n, quads, quads/n)
	t.Logf("%d entities in the cast; %d CPUs", cast.entities(), runtime.NumCPU())
	t.Logf("| backend | load s | articles/s | MB on disk | reopen s | rebuild s | neighbours depth 2 ms | entity ms | hub entity ms | search ms |")
	for _, kind := range []string{LevelDB, Bolt, BBolt} {
		t.Run(kind, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), kind)
			u := kind + ":" + dir
			s, err := Open(ctx, u, nil)
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			for _, x := range xs {
				if _, err := s.Write(ctx, x); err != nil {
					t.Fatal(err)
				}
			}
			load := time.Since(start)
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			// Reopen with the catalogue saved by Close, then with none, as
			// after a crash.
			start = time.Now()
			s, err = Open(ctx, u, nil)
			if err != nil {
				t.Fatal(err)
			}
			reopen := time.Since(start)
			crash(s)
			putCatalog(t, kind, dir, []byte("not a catalogue"))
			start = time.Now()
			s, err = Open(ctx, u, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			rebuild := time.Since(start)
			if s.saved != nil {
				t.Fatal("the catalogue was not rebuilt")
			}
			st, err := s.Stats(ctx)
			if err != nil || st.Articles != n {
				t.Fatalf("Stats = %+v, %v", st, err)
			}
			// Each query on a different entity, so that caches help only
			// with what entities share.
			const queries = 20
			start = time.Now()
			for i := range queries {
				if _, err := s.Neighbors(ctx, xs[i].Entities[0].ID, 2, 100); err != nil {
					t.Fatal(err)
				}
			}
			neighbours := time.Since(start) / queries
			start = time.Now()
			for i := range queries {
				if _, err := s.Entity(ctx, xs[queries+i].Entities[1].ID); err != nil {
					t.Fatal(err)
				}
			}
			entity := time.Since(start) / queries
			start = time.Now()
			if _, err := s.Entity(ctx, hub(s)); err != nil {
				t.Fatal(err)
			}
			hubEntity := time.Since(start)
			start = time.Now()
			for range queries {
				if _, _, err := s.SearchEntities(ctx, "ka", "", 20, 0); err != nil {
					t.Fatal(err)
				}
			}
			search := time.Since(start) / queries
			t.Logf("| %s | %.1f | %.0f | %.1f | %.2f | %.1f | %.1f | %.1f | %.1f | %.2f |", kind, load.Seconds(), float64(n)/load.Seconds(),
				float64(dirSize(t, dir))/1e6, reopen.Seconds(), rebuild.Seconds(), ms(neighbours), ms(entity), ms(hubEntity), ms(search))
		})
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func dirSize(t *testing.T, dir string) int64 {
	var total int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err == nil {
			total += info.Size()
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return total
}
