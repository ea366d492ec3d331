package cayleystore

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"actorgraph/graph"
)

// backend opens fresh stores of one kind for the conformance suite. reopen
// closes a store and opens the same data again; nil for memory.
type backend struct {
	open   func(t *testing.T) *Store
	reopen func(t *testing.T, s *Store) *Store
}

// runConformance is the behaviour every backend must show, in the spirit of
// cayley's graphtest.
func runConformance(t *testing.T, b backend) {
	tests := []struct {
		name string
		run  func(t *testing.T, b backend)
	}{
		{"EmptyStats", testEmptyStats},
		{"RoundTrip", testRoundTrip},
		{"Reingest", testReingest},
		{"ReplaceEdited", testReplaceEdited},
		{"BatchAsWrites", testBatchAsWrites},
		{"WritesAfterBatch", testWritesAfterBatch},
		{"Quotes", testQuotes},
		{"SharedEntity", testSharedEntity},
		{"Retract", testRetract},
		{"FailedWriteLeavesNothing", testFailedWrite},
		{"Search", testSearch},
		{"Neighbors", testNeighbors},
		{"NeighborImportance", testNeighborImportance},
		{"FactSources", testFactSources},
		{"Export", testExport},
		{"ExportScopes", testExportScopes},
		{"EntityPages", testEntityPages},
		{"SearchSeesWrites", testSearchSeesWrites},
		{"SearchIndex", testSearchIndex},
		{"SearchAnswersTheEntity", testSearchAnswersTheEntity},
		{"HubDetail", testHubDetail},
		{"HubNeighbors", testHubNeighbors},
		{"HubCounts", testHubCounts},
		{"EventTable", testEventTable},
		{"Events", testEvents},
		{"KnowledgeConfidence", testKnowledgeConfidence},
		{"Paths", testPaths},
		{"Import", testImport},
		{"Query", testQuery},
		{"NotFound", testNotFound},
		{"Articles", testArticles},
		{"Reopen", testReopen},
		{"ReopenSameReads", testReopenSameReads},
		{"CatalogueMatchesRebuild", testCatalogueMatchesRebuild},
		{"NeighborOrder", testNeighborOrder},
		{"ConcurrentReadsAndWrites", testConcurrent},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.run(t, b) })
	}
}

func write(t *testing.T, s *Store, xs ...graph.Extraction) {
	t.Helper()
	for _, x := range xs {
		if _, err := s.Write(context.Background(), x); err != nil {
			t.Fatalf("Write(%s): %v", x.Article.Title, err)
		}
	}
}

func quadCount(t *testing.T, s *Store) int {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return st.Quads
}

// quadSet is a set of quads in N-Quads form, comparable with cmp.Diff.
func quadSet(qs []quad.Quad) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.NQuad()
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func allQuads(t *testing.T, s *Store) []quad.Quad {
	t.Helper()
	qs, err := s.match(context.Background(), nil, nil, nil, nil)
	if err != nil {
		t.Fatalf("reading all quads: %v", err)
	}
	return qs
}

var equateEmpty = cmpopts.EquateEmpty()

func testRoundTrip(t *testing.T, b backend) {
	ctx := context.Background()
	for _, x := range []graph.Extraction{articleOne(), articleTwo(), articleThree()} {
		t.Run(x.Article.Title, func(t *testing.T) {
			s := b.open(t)
			res, err := s.Write(ctx, x)
			if err != nil {
				t.Fatalf("Write: %v", err)
			}
			want := graph.WriteResult{Article: x.Article.ID, Quads: len(graph.Quads(x)), Added: len(graph.Quads(x))}
			if diff := cmp.Diff(want, res); diff != "" {
				t.Errorf("WriteResult (-want +got):\n%s", diff)
			}
			got, err := s.Article(ctx, x.Article.ID)
			if err != nil {
				t.Fatalf("Article: %v", err)
			}
			if diff := cmp.Diff(canonical(x), got, equateEmpty); diff != "" {
				t.Errorf("Article(id) differs from what was written (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(quadSet(graph.Quads(x)), quadSet(allQuads(t, s))); diff != "" {
				t.Errorf("stored quads differ from cgraph.Quads (-want +got):\n%s", diff)
			}
		})
	}
}

// testEmptyStats: a store nothing was written to yet counts zero of
// everything (serve asks this before loading the seeds).
func testEmptyStats(t *testing.T, b backend) {
	s := b.open(t)
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatalf("Stats on a new store: %v", err)
	}
	if st != (graph.Stats{}) {
		t.Errorf("Stats on a new store = %+v, want zeros", st)
	}
	write(t, s, articleOne())
	if got := quadCount(t, s); got != len(graph.Quads(articleOne())) {
		t.Errorf("after one article: %d quads, want %d", got, len(graph.Quads(articleOne())))
	}
}

func testReingest(t *testing.T, b backend) {
	ctx := context.Background()
	s := b.open(t)
	write(t, s, articleOne(), articleTwo())
	before := quadCount(t, s)
	res, err := s.Write(ctx, articleOne())
	if err != nil {
		t.Fatalf("second Write: %v", err)
	}
	want := graph.WriteResult{Article: articleOne().Article.ID, Quads: len(graph.Quads(articleOne())), Added: 0, Existed: true}
	if diff := cmp.Diff(want, res); diff != "" {
		t.Errorf("re-ingest WriteResult (-want +got):\n%s", diff)
	}
	if got := quadCount(t, s); got != before {
		t.Errorf("quad count after re-ingest = %d, want %d", got, before)
	}
}

// testReplaceEdited: writing a changed extraction of a stored article
// leaves exactly the new version, in one transaction, and other articles'
// quads alone.
func testReplaceEdited(t *testing.T, b backend) {
	ctx := context.Background()
	s := b.open(t)
	write(t, s, articleOne(), articleTwo())
	v2 := articleOne()
	v2.Article.Title = "Corrected: " + v2.Article.Title
	if len(v2.Relations) == 0 {
		t.Fatal("fixture article one needs a relation")
	}
	v2.Relations = v2.Relations[:len(v2.Relations)-1]
	res, err := s.Write(ctx, v2)
	if err != nil {
		t.Fatalf("Write(edited): %v", err)
	}
	if !res.Existed || res.Added == 0 || res.Removed == 0 {
		t.Errorf("WriteResult = %+v, want an existing article with quads added and removed", res)
	}
	got, err := s.Article(ctx, v2.Article.ID)
	if err != nil {
		t.Fatalf("Article: %v", err)
	}
	if diff := cmp.Diff(canonical(v2), got, equateEmpty); diff != "" {
		t.Errorf("stored article is not the edited version (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(quadSet(append(graph.Quads(v2), graph.Quads(articleTwo())...)), quadSet(allQuads(t, s))); diff != "" {
		t.Errorf("store holds other quads than the edited article and article two (-want +got):\n%s", diff)
	}
}

// testBatchAsWrites: a batch whose articles the store holds already, or
// that come several times (edited, read from another input, the same
// again), leaves the store, its catalogue and the results as writing the
// articles one by one does.
func testBatchAsWrites(t *testing.T, b backend) {
	ctx := context.Background()
	edited := articleOne()
	edited.Article.Title = "Corrected: " + edited.Article.Title
	edited.Relations = edited.Relations[:len(edited.Relations)-1]
	copied := articleThree()
	copied.InputName = "elsewhere/ports.txt"
	retitled := articleThree()
	retitled.Article.Title = "Ports of the Pacific, updated"
	first := []graph.Extraction{articleOne(), articleTwo()}
	batch := []graph.Extraction{articleThree(), edited, copied, articleTwo(), retitled, articleOne(), edited, copied}

	one, many := b.open(t), b.open(t)
	write(t, one, first...)
	var want []graph.WriteResult
	for _, x := range batch {
		res, err := one.Write(ctx, x)
		if err != nil {
			t.Fatalf("Write(%s): %v", x.Article.Title, err)
		}
		want = append(want, res)
	}
	if _, err := many.WriteBatch(ctx, first); err != nil {
		t.Fatalf("WriteBatch(first): %v", err)
	}
	got, err := many.WriteBatch(ctx, batch)
	if err != nil {
		t.Fatalf("WriteBatch: %v", err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results of the batch differ from those of one write after the other (-one by one +batch):\n%s", diff)
	}
	if diff := cmp.Diff(quadSet(allQuads(t, one)), quadSet(allQuads(t, many))); diff != "" {
		t.Errorf("quads differ (-one by one +batch):\n%s", diff)
	}
	if diff := catalogueDiff(t, many); diff != "" {
		t.Errorf("the batch's catalogue differs from a rebuild (-rebuilt +maintained):\n%s", diff)
	}
	for _, x := range []graph.Extraction{articleOne(), articleTwo(), articleThree()} {
		a, err := one.Article(ctx, x.Article.ID)
		if err != nil {
			t.Fatalf("Article: %v", err)
		}
		b, err := many.Article(ctx, x.Article.ID)
		if err != nil {
			t.Fatalf("Article: %v", err)
		}
		if diff := cmp.Diff(a, b, equateEmpty); diff != "" {
			t.Errorf("article %s differs (-one by one +batch):\n%s", x.Article.Title, diff)
		}
	}
}

// testWritesAfterBatch: a store written a batch at a time (on the
// key-value backends, by the bulk path) takes the ordinary writes after it,
// reopened, as one written article by article does: articles of one batch
// that share entities are deleted one at a time, so a shared node loses
// one reference and then its last; an article comes back, edited; a new
// one is written alone. The quads, the catalogue and each article read
// back agree at every step.
func testWritesAfterBatch(t *testing.T, b backend) {
	ctx := context.Background()
	syn := newSynthetic(11, 3, 1, 6, 2) // a small cast: the articles share entities
	var xs []graph.Extraction
	for i := range 6 {
		xs = append(xs, syn.article(i))
	}
	one, many := b.open(t), b.open(t)
	write(t, one, xs...)
	// two batches, so that the second's shared entities are stored nodes
	for _, batch := range [][]graph.Extraction{xs[:3], xs[3:]} {
		if _, err := many.WriteBatch(ctx, batch); err != nil {
			t.Fatalf("WriteBatch: %v", err)
		}
	}
	if b.reopen != nil {
		one, many = b.reopen(t, one), b.reopen(t, many)
	}
	edited := xs[2]
	edited.Article.Title = "Edited: " + edited.Article.Title
	edited.Relations = edited.Relations[:len(edited.Relations)/2]
	steps := []struct {
		name string
		do   func(s *Store) error
	}{
		{"delete the first article", func(s *Store) error { return s.DeleteArticle(ctx, xs[0].Article.ID) }},
		{"delete the second", func(s *Store) error { return s.DeleteArticle(ctx, xs[1].Article.ID) }},
		{"write the third edited", func(s *Store) error { _, err := s.Write(ctx, edited); return err }},
		{"write the first again", func(s *Store) error { _, err := s.Write(ctx, xs[0]); return err }},
		{"write a new article", func(s *Store) error { _, err := s.Write(ctx, syn.article(6)); return err }},
		{"delete every other article", func(s *Store) error {
			for _, x := range append(xs[1:], syn.article(6)) {
				if err := s.DeleteArticle(ctx, x.Article.ID); err != nil && !errors.Is(err, graph.ErrNotFound) {
					return err
				}
			}
			return nil
		}},
	}
	for _, st := range steps {
		for _, s := range []*Store{one, many} {
			if err := st.do(s); err != nil {
				t.Fatalf("%s: %v", st.name, err)
			}
		}
		if diff := cmp.Diff(quadSet(allQuads(t, one)), quadSet(allQuads(t, many))); diff != "" {
			t.Fatalf("after %s, quads differ (-article by article +batch):\n%s", st.name, diff)
		}
		if diff := catalogueDiff(t, many); diff != "" {
			t.Errorf("after %s, the catalogue differs from a rebuild (-rebuilt +maintained):\n%s", st.name, diff)
		}
		for _, x := range append(xs, syn.article(6)) {
			a, aerr := one.Article(ctx, x.Article.ID)
			b, berr := many.Article(ctx, x.Article.ID)
			if (aerr == nil) != (berr == nil) {
				t.Fatalf("after %s, Article(%s): article by article %v, batch %v", st.name, x.Article.Title, aerr, berr)
			}
			if diff := cmp.Diff(a, b, equateEmpty); diff != "" {
				t.Errorf("after %s, article %s differs (-article by article +batch):\n%s", st.name, x.Article.Title, diff)
			}
		}
	}
	if got := quadSet(allQuads(t, many)); len(got) != len(quadSet(graph.Quads(xs[0]))) {
		t.Errorf("%d quads left, want the first article's %d", len(got), len(quadSet(graph.Quads(xs[0]))))
	}
}

// testQuotes: an entity's detail lists what it said and what was said about
// it, with the article and evidence; retracting the article takes them away.
func testQuotes(t *testing.T, b backend) {
	ctx := context.Background()
	s := b.open(t)
	one := articleOne()
	if len(one.Quotes) != 1 {
		t.Fatalf("fixture article one should hold one quote, has %d", len(one.Quotes))
	}
	one.Quotes[0].Direct = true
	write(t, s, one, articleTwo())
	q := one.Quotes[0]
	said, err := s.Entity(ctx, q.Speaker)
	if err != nil {
		t.Fatalf("Entity(speaker): %v", err)
	}
	if len(said.Quotes) != 1 {
		t.Fatalf("speaker has %d quotes, want 1: %+v", len(said.Quotes), said.Quotes)
	}
	got := said.Quotes[0]
	if got.ID != q.ID || got.Role != "speaker" || got.Text != q.Text || got.Date != q.Date || !got.Direct || got.Speaker == nil || got.Speaker.ID != q.Speaker {
		t.Errorf("speaker's quote = %+v, want %+v as speaker", got, q)
	}
	if got.Provenance.Article != one.Article.ID || got.Provenance.Title != one.Article.Title || got.Provenance.Evidence != q.Evidence {
		t.Errorf("quote provenance = %+v, want article %s with evidence %+v", got.Provenance, one.Article.ID, q.Evidence)
	}
	if len(got.About) != len(q.About) {
		t.Errorf("quote is about %d entities, want %d", len(got.About), len(q.About))
	}
	about, err := s.Entity(ctx, q.About[0])
	if err != nil {
		t.Fatalf("Entity(about): %v", err)
	}
	if len(about.Quotes) != 1 || about.Quotes[0].Role != "about" || about.Quotes[0].Speaker.ID != q.Speaker {
		t.Errorf("quotes about %s = %+v, want the speaker's quote with role about", q.About[0], about.Quotes)
	}
	if err := s.DeleteArticle(ctx, one.Article.ID); err != nil {
		t.Fatal(err)
	}
	if d, err := s.Entity(ctx, q.Speaker); err == nil && len(d.Quotes) != 0 {
		t.Errorf("quotes survive the retraction of their article: %+v", d.Quotes)
	}
}

func testSharedEntity(t *testing.T, b backend) {
	ctx := context.Background()
	s := b.open(t)
	write(t, s, articleOne(), articleTwo())
	got, total, err := s.SearchEntities(ctx, "Maria Alvarez", "", 10, 0)
	if err != nil {
		t.Fatalf("SearchEntities: %v", err)
	}
	if total != 1 || len(got) != 1 || got[0].ID != alvarez.ID {
		t.Fatalf("SearchEntities(Maria Alvarez) = %d hits (%v), want only %s", total, got, alvarez.ID)
	}
	d, err := s.Entity(ctx, alvarez.ID)
	if err != nil {
		t.Fatalf("Entity: %v", err)
	}
	var arts []string
	for _, a := range d.Articles {
		arts = append(arts, a.Title)
	}
	if diff := cmp.Diff([]string{"Chilean president visits Oslo", "Alvarez and Berg meet in Santiago"}, arts); diff != "" {
		t.Errorf("articles mentioning Alvarez, newest first (-want +got):\n%s", diff)
	}
	want := graph.Entity{ID: alvarez.ID, Type: graph.Person, Name: "Maria Alvarez", Aliases: []string{"Alvarez"}, Country: "CHL"}
	if diff := cmp.Diff(want, d.Entity, equateEmpty); diff != "" {
		t.Errorf("entity (-want +got):\n%s", diff)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	// 8 entities named in the two articles plus their two publishers.
	wantStats := graph.Stats{Articles: 2, Entities: 10, Events: 2, Relations: 6, Quads: st.Quads}
	if diff := cmp.Diff(wantStats, st); diff != "" {
		t.Errorf("Stats (-want +got):\n%s", diff)
	}
}

func testRetract(t *testing.T, b backend) {
	ctx := context.Background()
	s := b.open(t)
	one, two := articleOne(), articleTwo()
	write(t, s, one, two)
	if err := s.DeleteArticle(ctx, one.Article.ID); err != nil {
		t.Fatalf("DeleteArticle: %v", err)
	}
	if diff := cmp.Diff(quadSet(graph.Quads(two)), quadSet(allQuads(t, s))); diff != "" {
		t.Errorf("after retracting article one, the store is not exactly article two (-want +got):\n%s", diff)
	}
	if _, err := s.Entity(ctx, un.ID); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Entity(United Nations) after retracting the only article naming it: err = %v, want ErrNotFound", err)
	}
	d, err := s.Entity(ctx, alvarez.ID)
	if err != nil {
		t.Fatalf("Entity(Alvarez): %v", err)
	}
	if len(d.Articles) != 1 || d.Articles[0].ID != two.Article.ID {
		t.Errorf("Alvarez articles after retraction = %v, want only article two", d.Articles)
	}
	for _, f := range d.Facts {
		if f.Predicate == graph.RelLeaderOf && f.ArticleCount != 1 {
			t.Errorf("leaderOf sources after retraction = %d, want 1", f.ArticleCount)
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	want := graph.Stats{Articles: 1, Entities: 8, Events: 1, Relations: 3, Quads: len(graph.Quads(two))}
	if diff := cmp.Diff(want, st); diff != "" {
		t.Errorf("Stats after retraction (-want +got):\n%s", diff)
	}
	if err := s.DeleteArticle(ctx, one.Article.ID); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("second DeleteArticle: err = %v, want ErrNotFound", err)
	}
}

func testFailedWrite(t *testing.T, b backend) {
	ctx := context.Background()
	s := b.open(t)
	write(t, s, articleOne())
	before := quadSet(allQuads(t, s))

	bad := articleTwo()
	bad.Relations = append(bad.Relations, graph.Relation{Subject: alvarez.ID, Predicate: graph.RelCitizenOf, Object: "no-such-entity"})
	if _, err := s.Write(ctx, bad); !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("Write of an invalid extraction: err = %v, want ErrInvalid", err)
	}
	if diff := cmp.Diff(before, quadSet(allQuads(t, s))); diff != "" {
		t.Errorf("an invalid extraction left quads behind (-before +after):\n%s", diff)
	}

	// A transaction that fails after its adds were applied — here by a
	// delete of a quad that does not exist — must leave none of them.
	two := articleTwo()
	var deltas []cgraph.Delta
	for _, q := range graph.Quads(two) {
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	deltas = append(deltas, cgraph.Delta{Action: cgraph.Delete, Quad: quad.MakeIRI("urn:x:nobody", "urn:x:knows", "urn:x:nothing", "urn:x:nowhere")})
	s.mu.Lock()
	_, err := s.apply(ctx, deltas, cgraph.IgnoreOpts{})
	s.mu.Unlock()
	if err == nil {
		t.Fatalf("ApplyDeltas with a missing delete succeeded")
	}
	if diff := cmp.Diff(before, quadSet(allQuads(t, s))); diff != "" {
		t.Errorf("a failed transaction left quads behind (-before +after):\n%s", diff)
	}
	// The store still works and the article can be written after all.
	write(t, s, two)
	if _, err := s.Article(ctx, two.Article.ID); err != nil {
		t.Errorf("Article after a failed transaction and a good write: %v", err)
	}
}

func testSearch(t *testing.T, b backend) {
	ctx := context.Background()
	s := b.open(t)
	write(t, s, articleOne(), articleTwo(), articleThree())
	names := func(es []graph.Entity) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.Name)
		}
		return out
	}
	tests := []struct {
		q         string
		typ       graph.EntityType
		limit     int
		offset    int
		want      []string
		wantTotal int
	}{
		// exact first; then prefixes, the most-mentioned first.
		{q: "santiago", want: []string{"Santiago"}, wantTotal: 1},
		// Santiago is in two articles, the others in one; ties go by name.
		// "Banco Santander" is a prefix match by its alias, Port of Santos a
		// word-prefix match.
		{q: "San", want: []string{"Santiago", "Banco Santander", "Santa Cruz", "Port of Santos"}, wantTotal: 4},
		{q: "santa", want: []string{"Banco Santander", "Santa Cruz"}, wantTotal: 2},
		// word prefix beats substring.
		{q: "santos", want: []string{"Port of Santos"}, wantTotal: 1},
		{q: "tiago", want: []string{"Santiago"}, wantTotal: 1},
		{q: "north atlantic", want: []string{"NATO"}, wantTotal: 1},
		{q: "  MARIA   alvarez ", want: []string{"Maria Alvarez"}, wantTotal: 1},
		{q: "san", typ: graph.Organization, want: []string{"Banco Santander"}, wantTotal: 1},
		{q: "san", typ: graph.City, want: []string{"Santiago", "Santa Cruz"}, wantTotal: 2},
		{q: "san", limit: 1, offset: 1, want: []string{"Banco Santander"}, wantTotal: 4},
		{q: "zzz", want: nil, wantTotal: 0},
		// after exact names, countries and people by how often the graph
		// mentions them, before other prefixes: Norway (a substring) comes
		// before the city of Oslo (a prefix)
		{q: "o", limit: 3, want: []string{"Olaf Berg", "Norway", "Oslo"}, wantTotal: 11},
	}
	for _, tc := range tests {
		got, total, err := s.SearchEntities(ctx, tc.q, tc.typ, tc.limit, tc.offset)
		if err != nil {
			t.Errorf("SearchEntities(%q, %q): %v", tc.q, tc.typ, err)
			continue
		}
		if diff := cmp.Diff(tc.want, names(got), equateEmpty); diff != "" || total != tc.wantTotal {
			t.Errorf("SearchEntities(%q, %q, %d, %d): total %d (want %d) (-want +got):\n%s", tc.q, tc.typ, tc.limit, tc.offset, total, tc.wantTotal, diff)
		}
	}
	if _, _, err := s.SearchEntities(ctx, "x", "Planet", 0, 0); !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("SearchEntities with an unknown type: err = %v, want ErrInvalid", err)
	}
}

func testNeighbors(t *testing.T, b backend) {
	ctx := context.Background()
	s := b.open(t)
	write(t, s, articleOne(), articleTwo())
	visit := articleTwo().Events[0]
	tests := []struct {
		name      string
		id        string
		depth     int
		limit     int
		wantNodes []string
		wantEdges []string
	}{
		{
			name: "Berg depth 1", id: berg.ID, depth: 1,
			wantNodes: []string{"Norway", "Olaf Berg", santiagoMeeting.ID},
			wantEdges: []string{"Olaf Berg leaderOf Norway", "meeting target Olaf Berg"},
		},
		{
			name: "Berg depth 2", id: berg.ID, depth: 2,
			wantNodes: []string{"Chile", "Maria Alvarez", "NATO", "Norway", "Olaf Berg", "Oslo", "Santiago", santiagoMeeting.ID, visit.ID},
			wantEdges: []string{
				"Chile tradingPartnerOf Norway", "Norway memberOf NATO", "Olaf Berg leaderOf Norway", "Oslo capitalOf Norway",
				"meeting actor Maria Alvarez", "meeting location Santiago", "meeting target Olaf Berg", "visit target Norway",
			},
		},
		{
			name: "meeting event depth 1", id: santiagoMeeting.ID, depth: 1,
			wantNodes: []string{"Maria Alvarez", "Olaf Berg", "Santiago", santiagoMeeting.ID},
			wantEdges: []string{"meeting actor Maria Alvarez", "meeting location Santiago", "meeting target Olaf Berg"},
		},
		{
			name: "limit", id: berg.ID, depth: 2, limit: 2,
			wantNodes: []string{"Norway", "Olaf Berg"},
			wantEdges: []string{"Olaf Berg leaderOf Norway"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := s.Neighbors(ctx, tc.id, tc.depth, tc.limit)
			if err != nil {
				t.Fatalf("Neighbors: %v", err)
			}
			label := map[string]string{}
			var nodes []string
			for _, n := range g.Nodes {
				name := n.Name
				if n.Kind == graph.KindEvent {
					name = n.ID
					label[n.ID] = n.Type
				} else {
					label[n.ID] = n.Name
				}
				nodes = append(nodes, name)
			}
			slices.Sort(nodes)
			slices.Sort(tc.wantNodes)
			var edges []string
			for _, e := range g.Edges {
				edges = append(edges, label[e.From]+" "+e.Predicate+" "+label[e.To])
				if e.ArticleCount != len(e.Provenance) || e.ArticleCount == 0 {
					t.Errorf("edge %s: Sources %d with %d provenance", e.ID, e.ArticleCount, len(e.Provenance))
				}
				for _, p := range e.Provenance {
					if p.Evidence.Text == "" || p.Title == "" {
						t.Errorf("edge %s: provenance without evidence or title: %+v", e.ID, p)
					}
				}
			}
			slices.Sort(edges)
			if diff := cmp.Diff(tc.wantNodes, nodes); diff != "" {
				t.Errorf("nodes (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.wantEdges, edges); diff != "" {
				t.Errorf("edges (-want +got):\n%s", diff)
			}
		})
	}
	for _, depth := range []int{0, 4} {
		if _, err := s.Neighbors(ctx, berg.ID, depth, 0); !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("Neighbors depth %d: err = %v, want ErrInvalid", depth, err)
		}
	}
}

// A neighbourhood's nodes carry their importance in the whole graph: links
// (relations and event roles, each once) and articles (that mention the
// entity or report the event), the same on a page that holds few of them
// and after the store is opened again (the catalogue rebuilt).
func testNeighborImportance(t *testing.T, b backend) {
	ctx := context.Background()
	s := b.open(t)
	write(t, s, articleOne(), articleTwo())
	visit := articleTwo().Events[0]
	type importance struct{ Links, Articles int }
	check := func(t *testing.T, s *Store) {
		t.Helper()
		// Norway: leaderOf, tradingPartnerOf, memberOf, capitalOf, the
		// visit's target; NATO has one link whatever page shows it
		want := map[string]importance{norway.ID: {5, 2}, oslo.ID: {2, 1}, nato.ID: {1, 1}, visit.ID: {3, 1}}
		for _, from := range []string{norway.ID, nato.ID} {
			g, err := s.Neighbors(ctx, from, 2, 0)
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range g.Nodes {
				if w, ok := want[n.ID]; ok && (importance{n.Links, n.Articles}) != w {
					t.Errorf("from %s, %s has links %d and articles %d, want %+v", from, n.Name, n.Links, n.Articles, w)
				}
			}
		}
	}
	check(t, s)
	if b.reopen != nil {
		check(t, b.reopen(t, s))
	}
}

func testFactSources(t *testing.T, b backend) {
	ctx := context.Background()
	s := b.open(t)
	one, two := articleOne(), articleTwo()
	write(t, s, one, two)
	d, err := s.Entity(ctx, alvarez.ID)
	if err != nil {
		t.Fatalf("Entity: %v", err)
	}
	want := []graph.Fact{{
		Subject:      graph.NodeRef{ID: alvarez.ID, Kind: graph.KindEntity, Type: "Person", Name: "Maria Alvarez"},
		Predicate:    graph.RelLeaderOf,
		Object:       graph.NodeRef{ID: chile.ID, Kind: graph.KindEntity, Type: "Country", Name: "Chile"},
		Role:         "President",
		ArticleCount: 2,
		Provenance: []graph.Provenance{
			{Article: two.Article.ID, Title: two.Article.Title, Publisher: "Harbour Wire", Published: "2024-03-05", URL: two.Article.URL,
				Evidence: two.Relations[0].Evidence, Confidence: 0.9},
			{Article: one.Article.ID, Title: one.Article.Title, Publisher: "Northern Ledger", Published: "2024-03-02", URL: one.Article.URL,
				Evidence: one.Relations[0].Evidence, Confidence: 0.9},
		},
	}}
	if diff := cmp.Diff(want, d.Facts); diff != "" {
		t.Errorf("facts of Alvarez (-want +got):\n%s", diff)
	}
	var events []string
	for _, e := range d.Events {
		events = append(events, e.Type)
	}
	slices.Sort(events)
	if diff := cmp.Diff([]string{"meeting", "visit"}, events); diff != "" {
		t.Errorf("events of Alvarez (-want +got):\n%s", diff)
	}

	c, err := s.Entity(ctx, chile.ID)
	if err != nil {
		t.Fatalf("Entity(Chile): %v", err)
	}
	var facts []string
	for _, f := range c.Facts {
		facts = append(facts, f.Subject.Name+" "+f.Predicate+" "+f.Object.Name)
	}
	wantFacts := []string{"Maria Alvarez leaderOf Chile", "Santiago capitalOf Chile", "Chile tradingPartnerOf Norway"}
	if diff := cmp.Diff(wantFacts, facts); diff != "" {
		t.Errorf("facts of Chile, most sources first (-want +got):\n%s", diff)
	}
}

func testExport(t *testing.T, b backend) {
	ctx := context.Background()
	s := b.open(t)
	one, two := articleOne(), articleTwo()
	write(t, s, one, two)
	read := func(t *testing.T, data []byte) []quad.Quad {
		t.Helper()
		r := nquads.NewReader(bytes.NewReader(data), false)
		var out []quad.Quad
		for {
			q, err := r.ReadQuad()
			if err == io.EOF {
				return out
			}
			if err != nil {
				t.Fatalf("reading exported N-Quads: %v", err)
			}
			out = append(out, q)
		}
	}
	tests := []struct {
		article string
		want    []quad.Quad
	}{
		{"", append(graph.Quads(one), graph.Quads(two)...)},
		{two.Article.ID, graph.Quads(two)},
	}
	for _, tc := range tests {
		var buf bytes.Buffer
		if err := s.Export(ctx, &buf, "nquads", graph.ExportScope{Article: tc.article}); err != nil {
			t.Fatalf("Export(nquads, %q): %v", tc.article, err)
		}
		if diff := cmp.Diff(quadSet(tc.want), quadSet(read(t, buf.Bytes()))); diff != "" {
			t.Errorf("Export(nquads, %q) read back (-want +got):\n%s", tc.article, diff)
		}
	}
	var nq bytes.Buffer
	if err := s.Export(ctx, &nq, "nquads", graph.ExportScope{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(nq.String(), "^^<xsd:") || !strings.Contains(nq.String(), "^^<http://www.w3.org/2001/XMLSchema#integer>") {
		t.Errorf("N-Quads datatypes are not full IRIs:\n%.400s", nq.String())
	}
	var ld bytes.Buffer
	if err := s.Export(ctx, &ld, "jsonld", graph.ExportScope{Article: two.Article.ID}); err != nil {
		t.Fatalf("Export(jsonld): %v", err)
	}
	if !strings.Contains(ld.String(), `"@context"`) || !strings.Contains(ld.String(), graph.VocabNS) {
		t.Errorf("the JSON-LD export has no @context naming our vocabulary:\n%.300s", ld.String())
	}
	got, err := quad.ReadAll(jsonld.NewReader(&ld))
	if err != nil {
		t.Fatalf("jsonld export does not parse back: %v", err)
	}
	if len(got) != len(graph.Quads(two)) {
		t.Errorf("jsonld export read back %d quads, want %d", len(got), len(graph.Quads(two)))
	}
	var buf bytes.Buffer
	if err := s.Export(ctx, &buf, "graphml", graph.ExportScope{Article: one.Article.ID}); err != nil {
		t.Fatalf("Export(graphml): %v", err)
	}
	// read back: a property graph of the article's entities and event,
	// with its relations and roles as edges and literals as attributes
	var gml struct {
		Nodes []struct {
			ID   string `xml:"id,attr"`
			Data []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"graph>node"`
		Edges []struct {
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
			Data   []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"graph>edge"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &gml); err != nil {
		t.Fatalf("graphml export does not parse: %v", err)
	}
	attrs := map[string]map[string]string{}
	for _, n := range gml.Nodes {
		attrs[n.ID] = map[string]string{}
		for _, d := range n.Data {
			attrs[n.ID][d.Key] = d.Value
		}
	}
	if len(gml.Nodes) != 7 || len(gml.Edges) != 7 {
		t.Errorf("graphml: %d nodes and %d edges, want the 6 entities and the event, 4 relations and 3 roles", len(gml.Nodes), len(gml.Edges))
	}
	if a := attrs[alvarez.ID]; a["label"] != "Maria Alvarez" || a["type"] != "Person" || a["country"] != "CHL" {
		t.Errorf("graphml node of Maria Alvarez: %v", a)
	}
	if a := attrs[one.Events[0].ID]; a["cameo"] != "040" || a["date"] != "2024-02-27" || a["kind"] != "event" {
		t.Errorf("graphml node of the meeting: %v", a)
	}
	for _, e := range gml.Edges {
		if attrs[e.Source] == nil || attrs[e.Target] == nil {
			t.Errorf("graphml edge %s → %s joins a node that is not in the graph (a literal?)", e.Source, e.Target)
		}
	}
	// CSV: a zip of nodes.csv and edges.csv, edges with their evidence
	var zbuf bytes.Buffer
	if err := s.Export(ctx, &zbuf, "csv", graph.ExportScope{Article: one.Article.ID}); err != nil {
		t.Fatalf("Export(csv): %v", err)
	}
	nodeRows, edgeRows := readCSVZip(t, zbuf.Bytes())
	tables := map[string][][]string{"nodes.csv": nodeRows, "edges.csv": edgeRows}
	if len(tables["nodes.csv"]) != 8 || len(tables["edges.csv"]) != 8 {
		t.Errorf("csv: %d node rows and %d edge rows, want a header and 7 of each", len(tables["nodes.csv"]), len(tables["edges.csv"]))
	}
	for _, row := range tables["edges.csv"][1:] {
		if row[6] == "" || row[5] != one.Article.ID {
			t.Errorf("csv edge without its evidence: %v", row)
		}
	}
	// Cypher: a MERGE a node and an edge, statements closed, strings quoted
	var cy bytes.Buffer
	if err := s.Export(ctx, &cy, "cypher", graph.ExportScope{Article: one.Article.ID}); err != nil {
		t.Fatalf("Export(cypher): %v", err)
	}
	var nodeStmts, edgeStmts int
	for _, line := range strings.Split(strings.TrimSpace(cy.String()), "\n") {
		if strings.HasPrefix(line, "//") {
			continue
		}
		if !strings.HasSuffix(line, ";") || strings.Count(strings.ReplaceAll(line, `\'`, ""), "'")%2 != 0 {
			t.Errorf("cypher statement not closed or a string not quoted: %s", line)
		}
		switch {
		case strings.HasPrefix(line, "MERGE (n:"):
			nodeStmts++
		case strings.HasPrefix(line, "MATCH (a:"):
			edgeStmts++
		}
	}
	if nodeStmts != 7 || edgeStmts != 7 || !strings.Contains(cy.String(), "[r:LEADER_OF]") {
		t.Errorf("cypher: %d node and %d edge statements, want 7 and 7 with LEADER_OF:\n%.500s", nodeStmts, edgeStmts, cy.String())
	}
	if err := s.Export(ctx, io.Discard, "turtle", graph.ExportScope{}); !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), "nquads") {
		t.Errorf("Export(turtle): err = %v, want ErrInvalid naming the formats", err)
	}
}

func testNotFound(t *testing.T, b backend) {
	ctx := context.Background()
	s := b.open(t)
	write(t, s, articleOne())
	missing := graph.EntityID(graph.EntityKey{Type: graph.Person, Name: "Nobody"})
	tests := []struct {
		name string
		err  error
	}{
		{"Entity", func() error { _, err := s.Entity(ctx, missing); return err }()},
		{"Neighbors", func() error { _, err := s.Neighbors(ctx, missing, 1, 0); return err }()},
		{"Article", func() error { _, err := s.Article(ctx, missing); return err }()},
		{"DeleteArticle", s.DeleteArticle(ctx, missing)},
		{"Export", s.Export(ctx, io.Discard, "nquads", graph.ExportScope{Article: missing})},
	}
	for _, tc := range tests {
		if !errors.Is(tc.err, graph.ErrNotFound) {
			t.Errorf("%s of an unknown id: err = %v, want ErrNotFound", tc.name, tc.err)
		}
	}
}

func testArticles(t *testing.T, b backend) {
	ctx := context.Background()
	s := b.open(t)
	write(t, s, articleOne(), articleThree(), articleTwo())
	tests := []struct {
		limit, offset int
		want          []string
	}{
		{0, 0, []string{"Ports of the Pacific", "Chilean president visits Oslo", "Alvarez and Berg meet in Santiago"}},
		{2, 0, []string{"Ports of the Pacific", "Chilean president visits Oslo"}},
		{2, 2, []string{"Alvarez and Berg meet in Santiago"}},
		{1, 5, nil},
	}
	for _, tc := range tests {
		got, total, err := s.Articles(ctx, tc.limit, tc.offset)
		if err != nil {
			t.Fatalf("Articles: %v", err)
		}
		var titles []string
		for _, a := range got {
			titles = append(titles, a.Title)
		}
		if diff := cmp.Diff(tc.want, titles, equateEmpty); diff != "" || total != 3 {
			t.Errorf("Articles(%d, %d): total %d (-want +got):\n%s", tc.limit, tc.offset, total, diff)
		}
	}
	got, _, _ := s.Articles(ctx, 1, 0)
	want := graph.Article{ID: articleThree().Article.ID, Title: "Ports of the Pacific", Publisher: "Northern Ledger",
		Published: "2024-04-10", URL: "https://ledger.example/2024/04/10/ports"}
	if diff := cmp.Diff([]graph.Article{want}, got); diff != "" {
		t.Errorf("newest article (-want +got):\n%s", diff)
	}
}

func testReopen(t *testing.T, b backend) {
	if b.reopen == nil {
		t.Skip("backend keeps nothing across reopening")
	}
	ctx := context.Background()
	s := b.open(t)
	one, two := articleOne(), articleTwo()
	write(t, s, one, two)
	if err := s.DeleteArticle(ctx, two.Article.ID); err != nil {
		t.Fatalf("DeleteArticle: %v", err)
	}
	wantStats, err := s.Stats(ctx)
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	s = b.reopen(t, s)
	got, err := s.Stats(ctx)
	if err != nil {
		t.Fatalf("Stats after reopen: %v", err)
	}
	if diff := cmp.Diff(wantStats, got); diff != "" {
		t.Errorf("Stats after reopen (-before +after):\n%s", diff)
	}
	hits, _, err := s.SearchEntities(ctx, "santiago", graph.City, 0, 0)
	if err != nil || len(hits) != 1 {
		t.Errorf("search after reopen = %v, %v; want Santiago", hits, err)
	}
	x, err := s.Article(ctx, one.Article.ID)
	if err != nil {
		t.Fatalf("Article after reopen: %v", err)
	}
	if diff := cmp.Diff(canonical(one), x, equateEmpty); diff != "" {
		t.Errorf("Article after reopen (-want +got):\n%s", diff)
	}
	res, err := s.Write(ctx, one)
	if err != nil || res.Added != 0 || !res.Existed {
		t.Errorf("re-ingest after reopen = %+v, %v; want nothing added", res, err)
	}
}

// testEventTable: the actor codes of an article's events survive the store,
// and the event table has a row for each source and target with GDELT's
// columns.
func testEventTable(t *testing.T, b backend) {
	ctx := context.Background()
	s := b.open(t)
	one := articleOne()
	if len(one.Events) == 0 {
		t.Fatal("the fixture has no event")
	}
	for i := range one.Events {
		for j := range one.Events[i].Participants {
			p := &one.Events[i].Participants[j]
			p.Code = fmt.Sprintf("X%02dGOV", j)
		}
	}
	write(t, s, one)
	back, err := s.Article(ctx, one.Article.ID)
	if err != nil {
		t.Fatal(err)
	}
	codes := func(x graph.Extraction) map[string]string {
		m := map[string]string{}
		for _, ev := range x.Events {
			for _, p := range ev.Participants {
				m[ev.ID+" "+p.Entity] = p.Code
			}
		}
		return m
	}
	if diff := cmp.Diff(codes(one), codes(back)); diff != "" {
		t.Errorf("actor codes read back (-written +read):\n%s", diff)
	}
	var buf bytes.Buffer
	if err := s.Export(ctx, &buf, "events", graph.ExportScope{}); err != nil {
		t.Fatalf("Export(events): %v", err)
	}
	r := csv.NewReader(&buf)
	r.Comma = '\t'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("event table does not parse: %v", err)
	}
	if len(rows) < 2 || !slices.Equal(rows[0], graph.EventColumns) {
		t.Fatalf("event table: %d rows, header %v", len(rows), rows[0])
	}
	col := func(name string) int { return slices.Index(graph.EventColumns, name) }
	for _, row := range rows[1:] {
		if !strings.HasPrefix(row[col("Actor1Code")], "X") || row[col("EventCode")] == "" || row[col("ArticleID")] != one.Article.ID {
			t.Errorf("event row lacks its codes or article: %v", row)
		}
	}
	if err := s.Export(ctx, io.Discard, "events", graph.ExportScope{Article: graph.EntityID(graph.EntityKey{Type: graph.Person, Name: "Nobody"})}); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Export(events) of an unknown article: err = %v, want ErrNotFound", err)
	}
}

// testEvents: the timeline, newest first, with its filters, and one
// event's detail with the sentence of every article reporting it.
func testEvents(t *testing.T, b backend) {
	ctx := context.Background()
	s := b.open(t)
	one, two := articleOne(), articleTwo()
	// a second outlet reports the Santiago meeting in the same words
	again := articleOne()
	again.Article.URL = "https://other.example/santiago"
	again.Article.ID = graph.ArticleID(again.Article.URL, again.Body)
	// which also states it in two more sentences
	stated := func(text string) graph.Evidence {
		i := strings.Index(again.Body, text)
		return graph.Evidence{Start: i, End: i + len(text), Text: text}
	}
	told := []graph.Evidence{stated("Santiago, the capital of Chile, hosted the talks at the presidential palace."),
		stated("The two leaders also discussed a United Nations climate fund.")}
	again.Events[0].Mentions = told
	write(t, s, one, two, again)
	if back, err := s.Article(ctx, again.Article.ID); err != nil || !cmp.Equal(back.Events[0].Mentions, told) {
		t.Errorf("Article(%s): the event's other sentences read back as %v (err %v), want %v", again.Article.ID, back.Events[0].Mentions, err, told)
	}

	list := func(q graph.EventQuery) []string {
		t.Helper()
		evs, total, err := s.Events(ctx, q)
		if err != nil {
			t.Fatalf("Events(%+v): %v", q, err)
		}
		if total != len(evs) && q.Limit == 0 {
			t.Errorf("Events(%+v): total %d for %d events", q, total, len(evs))
		}
		var out []string
		for _, ev := range evs {
			var ps []string
			for _, p := range ev.Participants {
				ps = append(ps, p.Name+"/"+p.Role)
			}
			loc := ""
			if ev.Location != nil {
				loc = ev.Location.Name
			}
			out = append(out, fmt.Sprintf("%s %s %s %s @%s %d: %s", ev.Type, ev.CAMEO, ev.Date, ev.DatePrecision, loc, ev.ArticleCount, strings.Join(ps, ", ")))
		}
		return out
	}
	visit := "visit 042 2024-03-04 day @Oslo 1: Maria Alvarez/actor, Norway/target"
	meeting := "meeting 040 2024-02-27 day @Santiago 2: Maria Alvarez/actor, Olaf Berg/target"
	for _, tc := range []struct {
		q    graph.EventQuery
		want []string
	}{
		{graph.EventQuery{}, []string{visit, meeting}},
		{graph.EventQuery{Type: "visit"}, []string{visit}},
		{graph.EventQuery{CAMEO: "04"}, []string{visit, meeting}},
		{graph.EventQuery{CAMEO: "042"}, []string{visit}},
		{graph.EventQuery{Entity: berg.ID}, []string{meeting}},
		{graph.EventQuery{Entity: oslo.ID}, []string{visit}},
		{graph.EventQuery{Country: "NOR"}, []string{visit, meeting}},
		{graph.EventQuery{From: "2024-03"}, []string{visit}},
		{graph.EventQuery{To: "2024-02-28"}, []string{meeting}},
		{graph.EventQuery{From: "2024"}, []string{visit, meeting}},
		{graph.EventQuery{Status: "planned"}, nil},
		{graph.EventQuery{Limit: 1, Offset: 1}, []string{meeting}},
	} {
		if diff := cmp.Diff(tc.want, list(tc.q)); diff != "" {
			t.Errorf("Events(%+v) (-want +got):\n%s", tc.q, diff)
		}
	}
	var id string
	for _, ev := range one.Events {
		id = ev.ID
	}
	ev, err := s.Event(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	var arts []string
	for _, p := range ev.Provenance {
		arts = append(arts, p.Article)
		if !strings.Contains(p.Evidence.Text, "Santiago") || p.Confidence <= 0 {
			t.Errorf("provenance %+v lacks the sentence or its confidence", p)
		}
		if want := map[bool][]graph.Evidence{true: told}[p.Article == again.Article.ID]; !cmp.Equal(p.Mentions, want, cmpopts.EquateEmpty()) {
			t.Errorf("provenance of %s: other sentences %v, want %v", p.Article, p.Mentions, want)
		}
	}
	slices.Sort(arts)
	want := []string{one.Article.ID, again.Article.ID}
	slices.Sort(want)
	if diff := cmp.Diff(want, arts); diff != "" || ev.ArticleCount != 2 {
		t.Errorf("Event(%s): sources %d, articles (-want +got):\n%s", id, ev.ArticleCount, diff)
	}
	if _, err := s.Event(ctx, graph.EntityID(graph.EntityKey{Type: graph.Person, Name: "Nobody"})); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Event of an unknown id: err = %v, want ErrNotFound", err)
	}
	if _, _, err := s.Events(ctx, graph.EventQuery{Limit: -1}); !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("Events with a negative limit: err = %v, want ErrInvalid", err)
	}
}

// testKnowledgeConfidence: a fact of the seed knowledge, which has no
// evidence sentence, shows the same confidence in the entity's detail and
// in its neighbourhood.
func testKnowledgeConfidence(t *testing.T, b backend) {
	ctx := context.Background()
	s := b.open(t)
	k := graph.Extraction{
		InputName: graph.KnowledgeSource,
		Article:   graph.Article{ID: graph.KnowledgeID(), Title: "seed knowledge"},
		Entities:  []graph.Entity{santiago, chile},
		Relations: []graph.Relation{{Subject: santiago.ID, Predicate: graph.RelCapitalOf, Object: chile.ID, Confidence: 1}},
	}
	write(t, s, k)
	d, err := s.Entity(ctx, santiago.ID)
	if err != nil {
		t.Fatal(err)
	}
	g, err := s.Neighbors(ctx, santiago.ID, 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	var detail, edge float64
	for _, f := range d.Facts {
		for _, p := range f.Provenance {
			detail = p.Confidence
		}
	}
	for _, e := range g.Edges {
		for _, p := range e.Provenance {
			edge = p.Confidence
		}
	}
	if detail != 1 || edge != 1 {
		t.Errorf("the seed fact's confidence: %v in the detail, %v in the neighbourhood; want 1 in both", detail, edge)
	}
}

// testPaths: shortest connections on the fixture graph, worked out by hand.
func testPaths(t *testing.T, b backend) {
	ctx := context.Background()
	s := b.open(t)
	write(t, s, articleOne(), articleTwo())
	show := func(ps []graph.Path) []string {
		var out []string
		for _, p := range ps {
			var parts []string
			for i, n := range p.Nodes {
				if i > 0 {
					parts = append(parts, "-"+p.Edges[i-1].Predicate+"-")
					if len(p.Edges[i-1].Provenance) == 0 || p.Edges[i-1].Provenance[0].Evidence.Text == "" {
						t.Errorf("edge %s has no evidence sentence", p.Edges[i-1].ID)
					}
				}
				name := n.Name
				if n.Kind == graph.KindEvent {
					name = n.Type
				}
				parts = append(parts, name)
			}
			out = append(out, strings.Join(parts, " "))
		}
		return out
	}
	for _, tc := range []struct {
		from, to graph.Entity
		max      int
		want     []string
	}{
		// through the meeting both took part in
		{alvarez, berg, 4, []string{"Maria Alvarez -actor- meeting -target- Olaf Berg"}},
		// through relations: Chile trades with Norway, whose capital is Oslo
		{chile, oslo, 4, []string{"Chile -tradingPartnerOf- Norway -capitalOf- Oslo"}},
		{alvarez, oslo, 1, nil},
	} {
		ps, err := s.Paths(ctx, tc.from.ID, tc.to.ID, tc.max, 5)
		if err != nil {
			t.Fatalf("Paths(%s, %s): %v", tc.from.Name, tc.to.Name, err)
		}
		if diff := cmp.Diff(tc.want, show(ps)); diff != "" {
			t.Errorf("Paths(%s, %s, %d) (-want +got):\n%s", tc.from.Name, tc.to.Name, tc.max, diff)
		}
		// each node carries its importance, the figures the neighbours
		// route gives it (on the code before, none)
		for _, p := range ps {
			for _, n := range p.Nodes {
				g, err := s.Neighbors(ctx, n.ID, 1, 0)
				if err != nil {
					t.Fatal(err)
				}
				i := slices.IndexFunc(g.Nodes, func(m graph.Node) bool { return m.ID == n.ID })
				if i < 0 {
					t.Fatalf("%s is not in its own neighbourhood", n.Name)
				}
				if got, want := [2]int{n.Links, n.Articles}, [2]int{g.Nodes[i].Links, g.Nodes[i].Articles}; got != want || got[0] == 0 || got[1] == 0 {
					t.Errorf("%s %s on a path: links and articles %v, want %v as its neighbourhood gives them (none zero)", n.Kind, n.Name+n.Type, got, want)
				}
			}
		}
	}
	if _, err := s.Paths(ctx, alvarez.ID, graph.EntityID(graph.EntityKey{Type: graph.Person, Name: "Nobody"}), 4, 5); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Paths to an unknown entity: err = %v, want ErrNotFound", err)
	}
	if _, err := s.Paths(ctx, alvarez.ID, alvarez.ID, 4, 5); !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("Paths from an entity to itself: err = %v, want ErrInvalid", err)
	}
}

// testImport: export → import into a fresh store → export gives the same
// quads, from N-Quads and from JSON-LD, and the articles read back alike.
func testImport(t *testing.T, b backend) {
	ctx := context.Background()
	src := b.open(t)
	one, two := articleOne(), articleTwo()
	write(t, src, one, two)
	export := func(s *Store, format string) []byte {
		t.Helper()
		var buf bytes.Buffer
		if err := s.Export(ctx, &buf, format, graph.ExportScope{}); err != nil {
			t.Fatalf("Export(%s): %v", format, err)
		}
		return buf.Bytes()
	}
	lines := func(data []byte) []string {
		out := strings.Split(strings.TrimSpace(string(data)), "\n")
		slices.Sort(out)
		return out
	}
	want := export(src, "nquads")
	for _, format := range ImportFormats {
		t.Run(format, func(t *testing.T) {
			dst := b.open(t)
			res, err := dst.Import(ctx, bytes.NewReader(export(src, format)), format)
			if err != nil {
				t.Fatal(err)
			}
			if res.Labels != 2 || res.Added != res.Quads || res.Quads != len(lines(want)) {
				t.Errorf("import: %+v, want 2 labels and every one of %d quads added", res, len(lines(want)))
			}
			if diff := cmp.Diff(lines(want), lines(export(dst, "nquads"))); diff != "" {
				t.Errorf("export after import differs (-before +after):\n%s", diff)
			}
			a, err := src.Article(ctx, one.Article.ID)
			if err != nil {
				t.Fatal(err)
			}
			c, err := dst.Article(ctx, one.Article.ID)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(a, c); diff != "" {
				t.Errorf("the article read back differs after import (-before +after):\n%s", diff)
			}
			again, err := dst.Import(ctx, bytes.NewReader(export(src, format)), format)
			if err != nil || again.Added != 0 {
				t.Errorf("importing twice: %+v, %v; want nothing added", again, err)
			}
		})
	}
	if _, err := src.Import(ctx, strings.NewReader("<a> <b> <c> .\n"), "nquads"); !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("importing a quad with no label: err = %v, want ErrInvalid", err)
	}
	if _, err := src.Import(ctx, strings.NewReader("x"), "turtle"); !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("importing turtle: err = %v, want ErrInvalid", err)
	}
}

// testQuery: Cayley's query languages over the graph, read-only, with a
// result cap and a time limit that stops an endless query while the store
// goes on answering.
func testQuery(t *testing.T, b backend) {
	ctx := context.Background()
	s := b.open(t)
	write(t, s, articleOne())
	alvarezIRI := graph.IRI(graph.KindEntity, alvarez.ID)
	got, err := s.Query(ctx, "gizmo", fmt.Sprintf(`g.V(%q).Out(%q).All()`, "<"+alvarezIRI+">", "<"+graph.PredName+">"), 10, 5*time.Second)
	if err != nil {
		t.Fatalf("gizmo: %v", err)
	}
	if !strings.Contains(fmt.Sprint(got), "Maria Alvarez") {
		t.Errorf("gizmo answered %v, want Maria Alvarez's name", got)
	}
	all, err := s.Query(ctx, "gizmo", `g.V().All()`, 3, 5*time.Second)
	if err != nil || len(all) != 3 {
		t.Errorf("gizmo with a cap of 3: %d results, %v", len(all), err)
	}
	gql, err := s.Query(ctx, "graphql", fmt.Sprintf(`{ person(id: <%s>) { name: <%s> } }`, alvarezIRI, graph.PredName), 10, 5*time.Second)
	if err != nil || !strings.Contains(fmt.Sprint(gql), "Maria Alvarez") {
		t.Errorf("graphql answered %v, %v; want Maria Alvarez's name", gql, err)
	}
	done := make(chan error, 1)
	start := time.Now()
	go func() {
		_, err := s.Query(ctx, "gizmo", `while (true) {}`, 10, 300*time.Millisecond)
		done <- err
	}()
	// the store answers while the endless query runs
	if _, err := s.Stats(ctx); err != nil {
		t.Errorf("stats during a running query: %v", err)
	}
	select {
	case err := <-done:
		if !errors.Is(err, graph.ErrTimeout) {
			t.Errorf("an endless query: err = %v, want ErrTimeout", err)
		}
		if took := time.Since(start); took > 5*time.Second {
			t.Errorf("an endless query was stopped after %v, want about its limit", took)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("an endless query was not stopped")
	}
	for _, tc := range []struct{ lang, q string }{{"sql", "select 1"}, {"gizmo", "g.V(("}} {
		if _, err := s.Query(ctx, tc.lang, tc.q, 10, time.Second); !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("Query(%s, %q): err = %v, want ErrInvalid", tc.lang, tc.q, err)
		}
	}
}
