package cayleystore

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"actorgraph/graph"
)

// history writes, edits and retracts articles, so that the catalogue has
// counted things up and down: article one is written, edited (a relation
// dropped, the title changed) and written again unchanged; article two is
// written and retracted; article three stays.
func history(t *testing.T, s *Store) {
	t.Helper()
	write(t, s, articleOne(), articleTwo(), articleThree())
	v2 := articleOne()
	v2.Article.Title = "Corrected: " + v2.Article.Title
	v2.Relations = v2.Relations[:len(v2.Relations)-1]
	write(t, s, v2, v2)
	if err := s.DeleteArticle(context.Background(), articleTwo().Article.ID); err != nil {
		t.Fatalf("DeleteArticle: %v", err)
	}
}

// reads is what the read API answers about a whole (small) store.
type reads struct {
	Stats     graph.Stats
	Search    []graph.Entity
	Total     int
	Articles  []graph.Article
	Entities  map[string]graph.EntityDetail
	Neighbors map[string]graph.Subgraph
}

func readAll(t *testing.T, s *Store) reads {
	t.Helper()
	ctx := context.Background()
	var r reads
	var err error
	if r.Stats, err = s.Stats(ctx); err != nil {
		t.Fatalf("Stats: %v", err)
	}
	if r.Search, r.Total, err = s.SearchEntities(ctx, "", "", 1000, 0); err != nil {
		t.Fatalf("SearchEntities: %v", err)
	}
	if r.Articles, _, err = s.Articles(ctx, 0, 0); err != nil {
		t.Fatalf("Articles: %v", err)
	}
	r.Entities, r.Neighbors = map[string]graph.EntityDetail{}, map[string]graph.Subgraph{}
	for _, e := range r.Search {
		d, err := s.Entity(ctx, e.ID)
		if err != nil {
			t.Fatalf("Entity(%s): %v", e.Name, err)
		}
		r.Entities[e.ID] = d
		ids := []string{e.ID}
		for _, ev := range d.Events {
			ids = append(ids, ev.ID)
		}
		for _, id := range ids {
			if r.Neighbors[id], err = s.Neighbors(ctx, id, 2, 0); err != nil {
				t.Fatalf("Neighbors(%s): %v", id, err)
			}
		}
	}
	return r
}

// testReopenSameReads: every read answers the same after reopening as
// before closing, whether the catalogue was saved or rebuilt.
func testReopenSameReads(t *testing.T, b backend) {
	if b.reopen == nil {
		t.Skip("backend keeps nothing across reopening")
	}
	s := b.open(t)
	history(t, s)
	want := readAll(t, s)
	if want.Stats.Articles != 2 || len(want.Search) == 0 {
		t.Fatalf("history left %+v", want.Stats)
	}
	for i := range 2 { // the second reopen finds the catalogue the first one saved
		s = b.reopen(t, s)
		if diff := cmp.Diff(want, readAll(t, s)); diff != "" {
			t.Errorf("reads after reopen %d (-before +after):\n%s", i+1, diff)
		}
	}
}

// catalogueDiff compares the catalogue a store maintained with the one a
// pass over its quads builds.
func catalogueDiff(t *testing.T, s *Store) string {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	kept := s.cat
	s.cat = newCatalog()
	err := s.loadCatalog(context.Background())
	rebuilt := s.cat
	s.cat = kept
	if err != nil {
		t.Fatalf("loadCatalog: %v", err)
	}
	return cmp.Diff(rebuilt, kept, cmp.AllowUnexported(catalog{}, node{}, link{}, counted{}, countedValue{}, prop{}), cmpopts.SortSlices(func(a, b link) bool { return a.src+" "+a.pred+" "+a.dst < b.src+" "+b.pred+" "+b.dst }), cmpopts.IgnoreFields(catalog{}, "searchDirty", "index", "ready", "answers", "gen", "memo", "linkMemo", "pages"))
}

// testCatalogueMatchesRebuild: what Write and DeleteArticle keep up to date
// in the catalogue is what a rebuild from the quads finds.
func testCatalogueMatchesRebuild(t *testing.T, b backend) {
	s := b.open(t)
	history(t, s)
	if diff := catalogueDiff(t, s); diff != "" {
		t.Errorf("maintained catalogue differs from a rebuild (-rebuilt +maintained):\n%s", diff)
	}
}

// testNeighborOrder: when a neighbourhood reaches its limit, the links more
// articles state are kept first.
func testNeighborOrder(t *testing.T, b backend) {
	ctx := context.Background()
	nordic := entity(graph.Organization, "Nordic Council", "", "")
	arctic := entity(graph.Organization, "Arctic Council", "", "")
	// Make the twice-reported organisation the one whose id sorts last, so
	// that the order by id alone would drop it.
	twice, once := nordic, arctic
	if twice.ID < once.ID {
		twice, once = once, twice
	}
	mk := func(url string, orgs ...graph.Entity) graph.Extraction {
		n := newNews(url, "Norway and the councils", "Harbour Wire", "2024-05-0"+fmt.Sprint(len(orgs)),
			"Norway is a member of the Nordic Council and of the Arctic Council.")
		n.entities(append([]graph.Entity{norway}, orgs...)...)
		for _, o := range orgs {
			n.relation(norway, graph.RelMemberOf, o, 0, "")
		}
		return n.x
	}
	s := b.open(t)
	write(t, s, mk("https://harbourwire.example/councils-1", twice, once), mk("https://harbourwire.example/councils-2", twice))
	g, err := s.Neighbors(ctx, norway.ID, 1, 2)
	if err != nil {
		t.Fatalf("Neighbors: %v", err)
	}
	var got []string
	for _, n := range g.Nodes {
		got = append(got, n.Name)
	}
	if diff := cmp.Diff([]string{"Norway", twice.Name}, got); diff != "" {
		t.Errorf("nodes of a neighbourhood capped at 2 (-want +got):\n%s", diff)
	}
}

// testConcurrent: reads run while articles are written and retracted, and
// the store ends as if the writes had run alone.
func testConcurrent(t *testing.T, b backend) {
	ctx := context.Background()
	s := b.open(t)
	write(t, s, articleOne())
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for range 4 {
		wg.Go(func() {
			for range 20 {
				if _, err := s.Entity(ctx, alvarez.ID); err != nil {
					errs <- fmt.Errorf("Entity: %w", err)
				}
				if _, err := s.Neighbors(ctx, berg.ID, 2, 0); err != nil {
					errs <- fmt.Errorf("Neighbors: %w", err)
				}
				if _, _, err := s.SearchEntities(ctx, "san", "", 0, 0); err != nil {
					errs <- fmt.Errorf("SearchEntities: %w", err)
				}
			}
		})
	}
	wg.Go(func() {
		for range 5 {
			for _, x := range []graph.Extraction{articleTwo(), articleThree()} {
				if _, err := s.Write(ctx, x); err != nil {
					errs <- fmt.Errorf("Write: %w", err)
				}
			}
			if err := s.DeleteArticle(ctx, articleThree().Article.ID); err != nil {
				errs <- fmt.Errorf("DeleteArticle: %w", err)
			}
		}
	})
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	want := graph.Quads(articleOne())
	want = append(want, graph.Quads(articleTwo())...)
	if diff := cmp.Diff(quadSet(want), quadSet(allQuads(t, s))); diff != "" {
		t.Errorf("quads after the concurrent run (-want +got):\n%s", diff)
	}
	if diff := catalogueDiff(t, s); diff != "" {
		t.Errorf("catalogue after the concurrent run differs from a rebuild (-rebuilt +maintained):\n%s", diff)
	}
}

// TestCatalogueLinksAreInTheSchema: the links apply counts apart from the
// values it keeps are the schema's summary links (Property.Link), each to
// an entity from a kind of node apply counts links of: every relation
// predicate, an event's, a quote's and an article's; an event's are walked
// participants first, then its place, as before the order was derived.
func TestCatalogueLinksAreInTheSchema(t *testing.T) {
	if want := []string{graph.PredActor, graph.PredTarget, graph.PredParticipant, graph.PredLocation}; !slices.Equal(eventLinks, want) {
		t.Errorf("eventLinks = %v, want %v", eventLinks, want)
	}
	relations := map[string]bool{}
	for _, p := range graph.Schema {
		if !p.Link {
			continue
		}
		if !p.Summary || p.Datatype != graph.NodeValue || p.Object != graph.KindEntity {
			t.Errorf("%s %s is a link but no summary link to an entity", p.Subject, p.Predicate)
		}
		switch p.Subject {
		case graph.KindEntity:
			local, ok := relationOf(p.Predicate)
			if !ok {
				t.Errorf("entity link %s is no relation predicate: apply counts only relations between entities", p.Predicate)
			}
			relations[local] = true
		case graph.KindEvent, graph.KindQuote, graph.KindArticle:
		default:
			t.Errorf("%s %s: apply counts no link from a %s", p.Subject, p.Predicate, p.Subject)
		}
	}
	for r := range graph.RelationPredicates {
		if !relations[r] {
			t.Errorf("relation %s is no summary link of the schema", r)
		}
	}
}
