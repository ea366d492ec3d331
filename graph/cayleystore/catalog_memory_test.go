package cayleystore

import (
	"runtime"
	"testing"

	"github.com/cayleygraph/quad"

	"actorgraph/graph"
)

// TestCatalogueMemory bounds the heap the catalogue holds per catalogued
// quad, on news-like synthetic articles: it grows with the corpus and is
// what ingest keeps in memory (issue 12). Counts kept in maps (a map per
// link, per node and per predicate) held 252 bytes a quad here; sorted
// slices hold 142, and nodes listing their links in slices 126.
func TestCatalogueMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the catalogue of 3,000 articles")
	}
	if raceDetector {
		t.Skip("the race detector changes what the heap holds")
	}
	cast := newSynthetic(3, 60, 4, 2000, 200)
	var quads int
	heap := func() uint64 {
		var m runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	// The articles are made first; their quads are made as they are
	// applied, as Write makes them, so that what the catalogue keeps of
	// them (the ids inside their IRIs) is counted.
	articles := make([]graph.Extraction, 3000)
	for i := range articles {
		articles[i] = cast.article(i)
	}
	before := heap()
	c := newCatalog()
	for _, x := range articles {
		for _, q := range graph.Quads(x) {
			kind, _, _ := nodeID(q.Subject)
			if pred, ok := q.Predicate.(quad.IRI); ok && catalogued[kind][string(pred)].Predicate != "" {
				quads++
			}
			c.apply(q, +1)
		}
	}
	after := heap()
	runtime.KeepAlive(articles)
	perQuad := float64(after-before) / float64(quads)
	t.Logf("%d catalogued quads, %.0f bytes of heap each (%d entities, %d events, %d articles)",
		quads, perQuad, len(c.entities), len(c.events), len(c.articles))
	if perQuad > 200 {
		t.Errorf("the catalogue holds %.0f bytes a catalogued quad, want at most 200", perQuad)
	}
	runtime.KeepAlive(c)
}
