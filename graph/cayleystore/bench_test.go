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

	ag "actorgraph/graph"
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
			xs := make([]ag.Extraction, b.N)
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

// BenchmarkNeighbors measures a depth-2 neighbourhood (capped at 100 nodes)
// of the most-reported leader, in a store of 1,000 articles.
func BenchmarkNeighbors(b *testing.B) {
	ctx := context.Background()
	cast := benchCast()
	for _, kind := range []string{Memory, LevelDB} {
		b.Run(kind, func(b *testing.B) {
			s := loaded(b, kind, cast, 1000)
			root := cast.article(0).Entities[0].ID
			for _, depth := range []int{1, 2} {
				b.Run(fmt.Sprintf("depth%d", depth), func(b *testing.B) {
					for b.Loop() {
						g, err := s.Neighbors(ctx, root, depth, 100)
						if err != nil || len(g.Nodes) < 2 {
							b.Fatalf("Neighbors = %d nodes, %v", len(g.Nodes), err)
						}
					}
				})
			}
		})
	}
}

// gazetteer writes the cast as seed knowledge — extractions that list
// entities without mentions — so that every entity is in the store.
func gazetteer(b testing.TB, s *Store, es []ag.Entity) {
	for i := 0; i < len(es); i += 100 {
		x := ag.Extraction{Source: "gazetteer", Article: ag.Article{ID: ag.SourceID(fmt.Sprintf("gazetteer-%d", i))},
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
	var all []ag.Entity
	for _, es := range [][]ag.Entity{cast.countries, cast.cities, cast.people, cast.orgs} {
		all = append(all, es...)
	}
	gazetteer(b, s, all)
	st, _ := s.Stats(ctx)
	if st.Entities < 10000 {
		b.Fatalf("only %d entities", st.Entities)
	}
	// A short, common prefix and one full name.
	for _, q := range []string{"ka", all[5000].Name} {
		b.Run(q, func(b *testing.B) {
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
	xs := make([]ag.Extraction, n)
	quads := 0
	for i := range xs {
		xs[i] = cast.article(i)
		quads += len(ag.Quads(xs[i]))
	}
	t.Logf("%d articles, %d quads (%d per article)", n, quads, quads/n)
	t.Logf("%d entities in the cast; %d CPUs", cast.entities(), runtime.NumCPU())
	t.Logf("| backend | load s | articles/s | MB on disk | reopen s | neighbours depth 2 ms | search ms |")
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
			start = time.Now()
			s, err = Open(ctx, u, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			reopen := time.Since(start)
			st, err := s.Stats(ctx)
			if err != nil || st.Articles != n {
				t.Fatalf("Stats = %+v, %v", st, err)
			}
			start = time.Now()
			const queries = 20
			for i := range queries {
				if _, err := s.Neighbors(ctx, xs[i].Entities[0].ID, 2, 100); err != nil {
					t.Fatal(err)
				}
			}
			neighbours := time.Since(start) / queries
			start = time.Now()
			for range queries {
				if _, _, err := s.SearchEntities(ctx, "ka", "", 20, 0); err != nil {
					t.Fatal(err)
				}
			}
			search := time.Since(start) / queries
			t.Logf("| %s | %.1f | %.0f | %.1f | %.1f | %.1f | %.2f |", kind, load.Seconds(), float64(n)/load.Seconds(),
				float64(dirSize(t, dir))/1e6, reopen.Seconds(), ms(neighbours), ms(search))
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
