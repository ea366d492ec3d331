package cayleystore

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"actorgraph/graph"
)

// exportQuadsOf exports a scope and reads the quads back with Cayley's
// parser of the format.
func exportQuadsOf(t *testing.T, s *Store, format string, sc graph.ExportScope) []quad.Quad {
	t.Helper()
	var buf bytes.Buffer
	if err := s.Export(context.Background(), &buf, format, sc); err != nil {
		t.Fatalf("Export(%s, %s): %v", format, sc, err)
	}
	var r quad.Reader = nquads.NewReader(bytes.NewReader(buf.Bytes()), false)
	if format == "jsonld" {
		r = jsonld.NewReader(bytes.NewReader(buf.Bytes()))
	}
	var out []quad.Quad
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("reading back the %s export of %s: %v", format, sc, err)
		}
		out = append(out, q)
	}
}

// The parts of the graph an export can be narrowed to, on the three
// hand-written articles: articleOne (Northern Ledger, 2024-03-02),
// articleTwo (Harbour Wire, 2024-03-05), articleThree (Northern Ledger,
// 2024-04-10). The answers were worked out by hand from the articles.
func testExportScopes(t *testing.T, b backend) {
	ctx := context.Background()
	s := b.open(t)
	one, two, three := articleOne(), articleTwo(), articleThree()
	write(t, s, one, two, three)

	byArticle := []struct {
		name  string
		scope graph.ExportScope
		want  []graph.Extraction
	}{
		{"source, any case", graph.ExportScope{Publisher: "northern ledger"}, []graph.Extraction{one, three}},
		{"source by entity id", graph.ExportScope{Publisher: graph.EntityID(graph.EntityKey{Type: graph.Organization, Name: "Harbour Wire"})}, []graph.Extraction{two}},
		{"from and to", graph.ExportScope{From: "2024-03-03", To: "2024-03-31"}, []graph.Extraction{two}},
		{"from alone", graph.ExportScope{From: "2024-03-05"}, []graph.Extraction{two, three}},
		{"to alone, inclusive", graph.ExportScope{To: "2024-03-02"}, []graph.Extraction{one}},
		{"source and dates", graph.ExportScope{Publisher: "Northern Ledger", From: "2024-04-01"}, []graph.Extraction{three}},
		{"nothing in the period", graph.ExportScope{From: "2025-01-01"}, nil},
	}
	for _, tc := range byArticle {
		t.Run(tc.name, func(t *testing.T) {
			var want []quad.Quad
			for _, x := range tc.want {
				want = append(want, graph.Quads(x)...)
			}
			for _, format := range []string{"nquads", "jsonld"} {
				if diff := cmp.Diff(quadSet(want), quadSet(exportQuadsOf(t, s, format, tc.scope))); diff != "" {
					t.Errorf("%s export of %s (-want +got):\n%s", format, tc.scope, diff)
				}
			}
		})
	}

	// Oslo at depth 1: Norway (Oslo is its capital) and the visit to Oslo;
	// not Alvarez, who is two hops away through the visit.
	visit := two.Events[0]
	t.Run("neighbourhood", func(t *testing.T) {
		sc := graph.ExportScope{Entity: oslo.ID, Depth: 1}
		got := exportQuadsOf(t, s, "nquads", sc)
		in := map[string]bool{oslo.ID: true, norway.ID: true, visit.ID: true}
		publishers := map[string]bool{}
		for _, x := range []graph.Extraction{one, two} {
			publishers[graph.EntityID(graph.EntityKey{Type: graph.Organization, Name: x.Article.Publisher})] = true
		}
		for _, q := range got {
			for _, v := range []quad.Value{q.Subject, q.Object} {
				iri, _ := v.(quad.IRI)
				kind, id, _ := graph.ParseIRI(string(iri))
				if (kind == graph.KindEntity || kind == graph.KindEvent) && !in[id] && !publishers[id] {
					t.Errorf("the neighbourhood of Oslo holds %s, about %s outside it", q, id)
				}
			}
			if q.Label != graph.ArticleLabel(one.Article.ID) && q.Label != graph.ArticleLabel(two.Article.ID) {
				t.Errorf("quad %s comes from an article that says nothing of the neighbourhood", q)
			}
		}
		has := func(s quad.Value, p string, o quad.Value) bool {
			return slices.ContainsFunc(got, func(q quad.Quad) bool { return q.Subject == s && q.Predicate == quad.IRI(p) && q.Object == o })
		}
		ent := func(e graph.Entity) quad.IRI { return quad.IRI(graph.IRI(graph.KindEntity, e.ID)) }
		ev := quad.IRI(graph.IRI(graph.KindEvent, visit.ID))
		for _, c := range []struct {
			s    quad.Value
			p    string
			o    quad.Value
			want bool
		}{
			{ent(oslo), graph.PredicateIRI(graph.RelCapitalOf), ent(norway), true},
			{ev, graph.PredLocation, ent(oslo), true},
			{ev, graph.PredTarget, ent(norway), true},
			{ev, graph.PredActor, ent(alvarez), false},
			{ent(norway), graph.PredName, quad.String("Norway"), true},
			{ent(norway), graph.PredicateIRI(graph.RelMemberOf), ent(nato), false},
			{graph.ArticleLabel(one.Article.ID), graph.PredHeadline, quad.String(one.Article.Title), true}, // Norway is named in it
			{graph.ArticleLabel(one.Article.ID), graph.PredMentions, ent(chile), false},
		} {
			if has(c.s, c.p, c.o) != c.want {
				t.Errorf("the neighbourhood of Oslo has %s %s %s: %v, want %v", c.s, c.p, c.o, !c.want, c.want)
			}
		}
		var statements, evidence int
		for _, q := range got {
			if q.Predicate == quad.IRI(graph.PredType) && q.Object == quad.IRI(graph.ClassStatement) {
				statements++
			}
			if q.Predicate == quad.IRI(graph.PredType) && q.Object == quad.IRI(graph.ClassEvidence) {
				evidence++
			}
		}
		// Oslo capitalOf Norway; the visit's and the statement's evidence
		if statements != 1 || evidence != 2 {
			t.Errorf("the neighbourhood of Oslo holds %d statements and %d evidence nodes, want 1 and 2", statements, evidence)
		}
		if diff := cmp.Diff(quadSet(got), quadSet(exportQuadsOf(t, s, "jsonld", sc))); diff != "" {
			t.Errorf("JSON-LD and N-Quads of one neighbourhood differ (-nquads +jsonld):\n%s", diff)
		}
	})

	// Alvarez to depth 2 in what was published by 2 March: article one only.
	t.Run("neighbourhood in a period", func(t *testing.T) {
		sc := graph.ExportScope{Entity: alvarez.ID, Depth: 2, To: "2024-03-02"}
		var zbuf bytes.Buffer
		if err := s.Export(ctx, &zbuf, "csv", sc); err != nil {
			t.Fatal(err)
		}
		nodes, edges := readCSVZip(t, zbuf.Bytes())
		var ids []string
		for _, row := range nodes[1:] {
			ids = append(ids, row[0])
		}
		want := []string{alvarez.ID, chile.ID, santiagoMeeting.ID, santiago.ID, norway.ID, berg.ID}
		slices.Sort(want)
		if diff := cmp.Diff(want, ids); diff != "" {
			t.Errorf("nodes of Alvarez's neighbourhood by 2 March (-want +got):\n%s", diff)
		}
		for _, row := range edges[1:] {
			if row[5] != one.Article.ID {
				t.Errorf("edge %v shows the evidence of article %s, not of the one selected", row[:3], row[5])
			}
		}
		var tsv bytes.Buffer
		if err := s.Export(ctx, &tsv, "events", sc); err != nil {
			t.Fatal(err)
		}
		rows := strings.Split(strings.TrimSpace(tsv.String()), "\n")
		if len(rows) != 2 || !strings.Contains(rows[1], "Maria Alvarez") || !strings.Contains(rows[1], "Olaf Berg") {
			t.Errorf("events of the period: %q, want the header and the Santiago meeting alone", rows)
		}
	})

	// chosen nodes (a viewer's drawing): exactly those and the links
	// between them; Santiago has none among them and still goes out, the
	// visit's actor Alvarez and Norway's NATO were not chosen
	t.Run("chosen nodes", func(t *testing.T) {
		chosen := []string{oslo.ID, norway.ID, berg.ID, visit.ID, santiago.ID}
		gotNodes, gotEdges := exportedCSV(t, s, graph.ExportScope{Nodes: chosen})
		wantNodes := slices.Sorted(slices.Values(chosen))
		wantEdges := []string{berg.ID + " leaderOf " + norway.ID, oslo.ID + " capitalOf " + norway.ID, visit.ID + " location " + oslo.ID, visit.ID + " target " + norway.ID}
		slices.Sort(wantEdges)
		if diff := cmp.Diff(wantNodes, gotNodes); diff != "" {
			t.Errorf("nodes of the chosen export (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(wantEdges, gotEdges); diff != "" {
			t.Errorf("links of the chosen export (-want +got):\n%s", diff)
		}
	})

	t.Run("chosen links", func(t *testing.T) {
		chosen := []string{oslo.ID, norway.ID, berg.ID, visit.ID, santiago.ID}
		leader, target := graph.EdgeID(berg.ID, "leaderOf", norway.ID), graph.EdgeID(visit.ID, "target", norway.ID)
		gotNodes, gotEdges := exportedCSV(t, s, graph.ExportScope{Nodes: chosen, Links: []string{target, leader}})
		if diff := cmp.Diff(slices.Sorted(slices.Values(chosen)), gotNodes); diff != "" {
			t.Errorf("nodes of the chosen links' export (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(slices.Sorted(slices.Values([]string{leader, target})), gotEdges); diff != "" {
			t.Errorf("links of the chosen links' export (-want +got):\n%s", diff)
		}
		for _, format := range ExportFormats {
			err := s.Export(ctx, &bytes.Buffer{}, format, graph.ExportScope{Nodes: chosen, Links: []string{graph.EdgeID(berg.ID, "enemyOf", norway.ID)}})
			if !errors.Is(err, graph.ErrNotFound) {
				t.Errorf("an unknown link in %s: %v, want %v", format, err, graph.ErrNotFound)
			}
		}
	})

	// The quad formats keep only the chosen links too: their direct edges,
	// their statements with the statements' evidence, and an event's actor
	// codes for the parties it keeps. Read back into an empty store, the
	// export has exactly the chosen links (they were refused before).
	t.Run("chosen links in quads", func(t *testing.T) {
		chosen := []string{oslo.ID, norway.ID, berg.ID, visit.ID, santiago.ID}
		leader, target := graph.EdgeID(berg.ID, "leaderOf", norway.ID), graph.EdgeID(visit.ID, "target", norway.ID)
		sc := graph.ExportScope{Nodes: chosen, Links: []string{target, leader}}
		for _, format := range []string{"nquads", "jsonld"} {
			got := exportQuadsOf(t, s, format, sc)
			for _, q := range got {
				if q.Predicate == quad.IRI(graph.PredicateIRI(graph.RelCapitalOf)) || q.Object == quad.IRI(graph.PredicateIRI(graph.RelCapitalOf)) {
					t.Errorf("%s: Oslo capitalOf Norway was not chosen, yet the export says %s", format, q)
				}
				if q.Predicate == quad.IRI(graph.PredLocation) {
					t.Errorf("%s: the visit's place was not chosen, yet the export says %s", format, q)
				}
			}
			// no evidence node is left without the fact it supports
			supports := map[quad.Value]bool{}
			for _, q := range got {
				if q.Predicate == quad.IRI(graph.EvidenceLinkPredicate()) {
					supports[q.Object] = true
				}
			}
			for _, q := range got {
				if q.Predicate == quad.IRI(graph.PredType) && q.Object == quad.IRI(graph.ClassEvidence) && !supports[q.Subject] {
					t.Errorf("%s: evidence %s supports nothing kept", format, q.Subject)
				}
			}

			var nq bytes.Buffer
			if err := s.Export(ctx, &nq, format, sc); err != nil {
				t.Fatal(err)
			}
			fresh := openURL(t, "memory")
			closeAtEnd(t, &fresh)
			if _, err := fresh.Import(ctx, &nq, format); err != nil {
				t.Fatalf("import the %s export: %v", format, err)
			}
			gotNodes, gotEdges := exportedCSV(t, fresh, graph.ExportScope{Nodes: chosen})
			if diff := cmp.Diff(slices.Sorted(slices.Values(chosen)), gotNodes); diff != "" {
				t.Errorf("%s read back: nodes (-want +got):\n%s", format, diff)
			}
			if diff := cmp.Diff(slices.Sorted(slices.Values([]string{leader, target})), gotEdges); diff != "" {
				t.Errorf("%s read back: links (-want +got):\n%s", format, diff)
			}
		}
		// the events table: the visit by Alvarez, its target and place
		// drawn but their links not chosen
		var tsv bytes.Buffer
		actor := graph.EdgeID(visit.ID, "actor", alvarez.ID)
		if err := s.Export(ctx, &tsv, "events", graph.ExportScope{Nodes: []string{alvarez.ID, norway.ID, oslo.ID, visit.ID}, Links: []string{actor}}); err != nil {
			t.Fatal(err)
		}
		rows := strings.Split(strings.TrimSpace(tsv.String()), "\n")
		if len(rows) != 2 {
			t.Fatalf("the events table of the chosen links: %q, want the header and the visit", rows)
		}
		header, row := strings.Split(rows[0], "\t"), strings.Split(rows[1], "\t")
		got := map[string]string{}
		for i, h := range header {
			got[h] = row[i]
		}
		want := map[string]string{"Actor1Name": "Maria Alvarez", "Actor2Name": "", "Actor2CountryCode": "", "ActionGeo_FullName": ""}
		for col, w := range want {
			if got[col] != w {
				t.Errorf("the events table of the chosen links: %s is %q, want %q (the target's and the place's links were not chosen)", col, got[col], w)
			}
		}
	})

	for _, tc := range []struct {
		name  string
		scope graph.ExportScope
		want  error
	}{
		{"chosen links without nodes", graph.ExportScope{Links: []string{}}, graph.ErrInvalid},
		{"chosen link leaving the nodes", graph.ExportScope{Nodes: []string{oslo.ID}, Links: []string{graph.EdgeID(oslo.ID, "capitalOf", norway.ID)}}, graph.ErrInvalid},
		{"chosen link not named as an edge", graph.ExportScope{Nodes: []string{oslo.ID, norway.ID}, Links: []string{oslo.ID + " capitalOf"}}, graph.ErrInvalid},
		{"unknown entity", graph.ExportScope{Entity: graph.EntityID(graph.EntityKey{Type: graph.Person, Name: "Nobody"})}, graph.ErrNotFound},
		{"unknown chosen node", graph.ExportScope{Nodes: []string{oslo.ID, graph.EntityID(graph.EntityKey{Type: graph.Person, Name: "Nobody"})}}, graph.ErrNotFound},
		{"no chosen node", graph.ExportScope{Nodes: []string{}}, graph.ErrInvalid},
		{"chosen nodes and an entity", graph.ExportScope{Nodes: []string{oslo.ID}, Entity: oslo.ID}, graph.ErrInvalid},
		{"unknown source", graph.ExportScope{Publisher: "Daily Nothing"}, graph.ErrNotFound},
		{"bad day", graph.ExportScope{From: "March 2024"}, graph.ErrInvalid},
		{"period backwards", graph.ExportScope{From: "2024-04-01", To: "2024-03-01"}, graph.ErrInvalid},
		{"too deep", graph.ExportScope{Entity: oslo.ID, Depth: graph.ExportMaxDepth + 1}, graph.ErrInvalid},
		{"depth without entity", graph.ExportScope{Depth: 2}, graph.ErrInvalid},
	} {
		for _, format := range ExportFormats {
			var buf bytes.Buffer
			err := s.Export(ctx, &buf, format, tc.scope)
			if !errors.Is(err, tc.want) {
				t.Errorf("%s, %s: %v, want %v", tc.name, format, err, tc.want)
			}
			if buf.Len() > 0 {
				t.Errorf("%s, %s: %d bytes written before the error", tc.name, format, buf.Len())
			}
		}
	}
}

// readCSVZip reads nodes.csv and edges.csv of a csv export.
// exportedCSV exports scope as CSV and reads back its node ids, in the
// file's order, and its links as "FROM PREDICATE TO", sorted.
func exportedCSV(t *testing.T, s *Store, scope graph.ExportScope) (nodes, edges []string) {
	t.Helper()
	var zbuf bytes.Buffer
	if err := s.Export(context.Background(), &zbuf, "csv", scope); err != nil {
		t.Fatal(err)
	}
	nodeRows, edgeRows := readCSVZip(t, zbuf.Bytes())
	for _, row := range nodeRows[1:] {
		nodes = append(nodes, row[0])
	}
	for _, row := range edgeRows[1:] {
		edges = append(edges, row[0]+" "+row[2]+" "+row[1])
	}
	slices.Sort(edges)
	return nodes, edges
}

func readCSVZip(t *testing.T, data []byte) (nodes, edges [][]string) {
	t.Helper()
	files := unzip(t, data)
	read := func(name string) [][]string {
		rows, err := csv.NewReader(strings.NewReader(files[name])).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return rows
	}
	return read("nodes.csv"), read("edges.csv")
}

// unzip reads every file of a zip.
func unzip(t *testing.T, data []byte) map[string]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	out := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		out[f.Name] = string(b)
	}
	return out
}

// An entity's detail in pages: each list cut to the limit from the offset,
// the totals whole, and the pages together the whole detail in order.
func testEntityPages(t *testing.T, b backend) {
	ctx := context.Background()
	s := b.open(t)
	write(t, s, articleOne(), articleTwo(), articleThree())
	for _, id := range []string{alvarez.ID, chile.ID, norway.ID} {
		whole, err := s.Entity(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		want := graph.DetailTotals{Facts: len(whole.Facts), Events: len(whole.Events), Quotes: len(whole.Quotes), Articles: len(whole.Articles)}
		if whole.Totals != want {
			t.Errorf("%s: totals %+v, want the lists' lengths %+v", whole.Name, whole.Totals, want)
		}
		var pages [4][]string
		for off := 0; off < 10; off++ {
			p, err := s.EntityPage(ctx, id, 1, off)
			if err != nil {
				t.Fatal(err)
			}
			if p.Totals != want {
				t.Errorf("%s page %d: totals %+v, want %+v", whole.Name, off, p.Totals, want)
			}
			if len(p.Facts) > 1 || len(p.Events) > 1 || len(p.Quotes) > 1 || len(p.Articles) > 1 {
				t.Fatalf("%s page %d holds more than one item of a list: %+v", whole.Name, off, p)
			}
			pages = detailLists(pages, p)
		}
		if diff := cmp.Diff(detailLists([4][]string{}, whole), pages, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: the pages together differ from the whole detail (-whole +pages):\n%s", whole.Name, diff)
		}
	}
	if _, err := s.EntityPage(ctx, alvarez.ID, -1, 0); !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("a negative limit: %v", err)
	}
}

// The search index is built once and then read, but a write or a delete
// is seen by the next search: new names found, retracted ones gone,
// mention counts (and so the ranking) up to date.
func testSearchSeesWrites(t *testing.T, b backend) {
	ctx := context.Background()
	s := b.open(t)
	one, two := articleOne(), articleTwo()
	write(t, s, one)
	names := func(q string) []string {
		t.Helper()
		es, _, err := s.SearchEntities(ctx, q, "", 10, 0)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, e := range es {
			out = append(out, e.Name)
		}
		return out
	}
	if got := names("oslo"); len(got) != 0 {
		t.Fatalf("Oslo found before any article names it: %v", got)
	}
	write(t, s, two)
	if got := names("oslo"); !slices.Contains(got, "Oslo") {
		t.Errorf("Oslo not found after the article naming it was written: %v", got)
	}
	if err := s.DeleteArticle(ctx, two.Article.ID); err != nil {
		t.Fatal(err)
	}
	if got := names("oslo"); len(got) != 0 {
		t.Errorf("Oslo still found after the only article naming it was deleted: %v", got)
	}
}
