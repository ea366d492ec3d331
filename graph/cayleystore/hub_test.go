package cayleystore

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"actorgraph/graph"
)

// The hub of the paging tests: Freedonia, in every article; its leader in
// every article too, its trading partner in half of them, one port per
// article.
var (
	freedonia = entity(graph.Country, "Freedonia", "FRD", "")
	sylvania  = entity(graph.Country, "Sylvania", "SYL", "")
	firefly   = entity(graph.Person, "Rufus Firefly", "", "")
)

const hubArticles = 12

func port(i int) graph.Entity { return entity(graph.City, fmt.Sprintf("Port %02d", i), "FRD", "") }

// hubArticle is article i of the hub, a day newer than article i-1: the
// leader leads (all), trades with Sylvania (i < 6), a port of its own lies
// in Freedonia, the leader visits Freedonia at the port and says something
// about it. edited is a later version of it (same URL) that drops the
// trade, words the leadership and the quote anew.
func hubArticle(i int, edited bool) graph.Extraction {
	lead, says := "Rufus Firefly leads Freedonia.", fmt.Sprintf("Freedonia would prosper in year %d", i)
	if edited {
		lead, says = "Rufus Firefly still leads Freedonia.", "Freedonia will prosper again"
	}
	date := fmt.Sprintf("2024-01-%02d", 10+i)
	n := newNews(fmt.Sprintf("https://freedonia.example/news/%d", i), fmt.Sprintf("Freedonia day %d", i), "Freedonia Gazette", date,
		lead,
		"Freedonia trades with Sylvania.",
		port(i).Name+" lies in Freedonia.",
		"Firefly said "+says+".")
	n.entities(freedonia, sylvania, firefly, port(i)).
		relation(firefly, graph.RelLeaderOf, freedonia, 0, "President").
		relation(port(i), graph.RelLocatedIn, freedonia, 2, "").
		quote(firefly, says, 3, freedonia)
	if i < 6 && !edited {
		n.relation(sylvania, graph.RelTradingPartnerOf, freedonia, 1, "")
	}
	n.event("visit", date, port(i), 0, actor(firefly), target(freedonia))
	return n.x
}

func writeHub(t *testing.T, s *Store) {
	t.Helper()
	for i := range hubArticles {
		write(t, s, hubArticle(i, false))
	}
}

func factKey(f graph.Fact) string { return f.Subject.Name + " " + f.Predicate + " " + f.Object.Name }

// detailLists appends the keys of a detail's four lists (facts, events,
// quotes, articles) to lists, so that pages can be put together and
// compared with the whole detail.
func detailLists(lists [4][]string, d graph.EntityDetail) [4][]string {
	for _, f := range d.Facts {
		lists[0] = append(lists[0], factKey(f))
	}
	for _, e := range d.Events {
		lists[1] = append(lists[1], e.ID)
	}
	for _, q := range d.Quotes {
		lists[2] = append(lists[2], q.ID)
	}
	for _, a := range d.Articles {
		lists[3] = append(lists[3], a.ID)
	}
	return lists
}

// testHubDetail: a hub's detail is ranked and cut at the limit, with the
// totals of the whole lists, and its pages (offset) together are the whole
// detail in order.
func testHubDetail(t *testing.T, b backend) {
	ctx := context.Background()
	s := b.open(t)
	writeHub(t, s)
	d, err := s.EntityPage(ctx, freedonia.ID, 3, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := graph.DetailTotals{Facts: 2 + hubArticles, Events: hubArticles, Quotes: hubArticles, Articles: hubArticles}
	if d.Totals != want {
		t.Errorf("totals %+v, want %+v", d.Totals, want)
	}
	var facts []string
	for _, f := range d.Facts {
		facts = append(facts, fmt.Sprintf("%s (%d sources, %d shown)", factKey(f), f.ArticleCount, len(f.Provenance)))
	}
	// most sources first; of the one-source ports, by predicate then name
	wantFacts := []string{
		"Rufus Firefly leaderOf Freedonia (12 sources, 5 shown)",
		"Sylvania tradingPartnerOf Freedonia (6 sources, 5 shown)",
		"Port 00 locatedIn Freedonia (1 sources, 1 shown)",
	}
	if diff := cmp.Diff(wantFacts, facts); diff != "" {
		t.Errorf("the first page's facts (-want +got):\n%s", diff)
	}
	// the newest five sources of the leadership, newest first
	var dates []string
	for _, p := range d.Facts[0].Provenance {
		dates = append(dates, p.Published)
		if p.Evidence.Text != "Rufus Firefly leads Freedonia." || p.Confidence == 0 {
			t.Errorf("leadership provenance %+v", p)
		}
	}
	if diff := cmp.Diff([]string{"2024-01-21", "2024-01-20", "2024-01-19", "2024-01-18", "2024-01-17"}, dates); diff != "" {
		t.Errorf("the leadership's sources shown (-want +got):\n%s", diff)
	}
	if len(d.Quotes) != 3 || d.Quotes[0].Text != "Freedonia would prosper in year 11" || d.Quotes[0].Provenance.Evidence.Text == "" {
		t.Errorf("the first page's quotes, newest first: %+v", d.Quotes)
	}
	if len(d.Articles) != 3 || d.Articles[0].Title != "Freedonia day 11" || len(d.Events) != 3 {
		t.Errorf("the first page's articles (newest first) %+v and events %+v", d.Articles, d.Events)
	}

	// The pages of three together are the whole detail, in order.
	whole, err := s.Entity(ctx, freedonia.ID)
	if err != nil {
		t.Fatal(err)
	}
	if whole.Totals != want || len(whole.Facts) != want.Facts || len(whole.Quotes) != want.Quotes {
		t.Fatalf("whole detail: totals %+v, %d facts, %d quotes", whole.Totals, len(whole.Facts), len(whole.Quotes))
	}
	var pages [4][]string
	for off := 0; off < hubArticles+2; off += 3 {
		p, err := s.EntityPage(ctx, freedonia.ID, 3, off)
		if err != nil {
			t.Fatal(err)
		}
		if p.Totals != want {
			t.Errorf("page at %d: totals %+v", off, p.Totals)
		}
		pages = detailLists(pages, p)
	}
	if diff := cmp.Diff(detailLists([4][]string{}, whole), pages); diff != "" {
		t.Errorf("the pages together differ from the whole detail (-whole +pages):\n%s", diff)
	}
	// A page handed out is the caller's: reordering it changes no later answer.
	slices.Reverse(d.Facts)
	again, err := s.EntityPage(ctx, freedonia.ID, 3, 0)
	if err != nil {
		t.Fatal(err)
	}
	if factKey(again.Facts[0]) != "Rufus Firefly leaderOf Freedonia" {
		t.Errorf("a page reordered by its caller came back reordered: %v", factKey(again.Facts[0]))
	}
}

// walk is a neighbourhood as node names (events by id) and edges.
func walk(t *testing.T, s *Store, id string, depth, limit, offset int) (nodes, edges []string, next int) {
	t.Helper()
	g, err := s.NeighborsPage(context.Background(), id, depth, limit, offset)
	if err != nil {
		t.Fatalf("NeighborsPage(%d, %d, %d): %v", depth, limit, offset, err)
	}
	for _, n := range g.Nodes {
		if n.Kind == graph.KindEvent {
			nodes = append(nodes, n.ID)
		} else {
			nodes = append(nodes, n.Name)
		}
	}
	for _, e := range g.Edges {
		edges = append(edges, e.ID)
		if e.ArticleCount == 0 || len(e.Provenance) != min(e.ArticleCount, edgeProvenance) {
			t.Errorf("edge %s: %d sources, %d provenance", e.ID, e.ArticleCount, len(e.Provenance))
		}
	}
	return nodes, edges, g.Next
}

// testHubNeighbors: a hub's neighbourhood keeps the links more articles
// state, then the newest, and its pages (Next) together are the walk one
// page of their total size gives, nodes in order and edges the same.
func testHubNeighbors(t *testing.T, b backend) {
	s := b.open(t)
	writeHub(t, s)
	nodes, _, next := walk(t, s, freedonia.ID, 1, 4, 0)
	// Firefly (12 sources), Sylvania (6), then of the one-source links
	// the newest: the last article's port (a relation comes before an
	// event of the same article)
	if diff := cmp.Diff([]string{"Freedonia", "Rufus Firefly", "Sylvania", "Port 11"}, nodes); diff != "" || next != 4 {
		t.Errorf("first page of 4: next %d (-want +got):\n%s", next, diff)
	}
	for _, depth := range []int{1, 2} {
		allNodes, allEdges, allNext := walk(t, s, freedonia.ID, depth, 1000, 0)
		if allNext != 0 {
			t.Errorf("depth %d: the whole walk has a next page at %d", depth, allNext)
		}
		var pageNodes, pageEdges []string
		off := 0
		for pages := 0; ; pages++ {
			n, e, next := walk(t, s, freedonia.ID, depth, 5, off)
			pageNodes, pageEdges = append(pageNodes, n...), append(pageEdges, e...)
			if next == 0 {
				break
			}
			if next != off+5 || len(n) != 5 || pages > 100 {
				t.Fatalf("depth %d: page at %d has %d nodes and next %d", depth, off, len(n), next)
			}
			off = next
		}
		if diff := cmp.Diff(allNodes, pageNodes); diff != "" {
			t.Errorf("depth %d: the pages' nodes differ from the whole walk's (-whole +pages):\n%s", depth, diff)
		}
		slices.Sort(allEdges)
		slices.Sort(pageEdges)
		if diff := cmp.Diff(allEdges, pageEdges); diff != "" {
			t.Errorf("depth %d: the pages' edges differ from the whole walk's (-whole +pages):\n%s", depth, diff)
		}
	}
	if n, e, next := walk(t, s, freedonia.ID, 1, 5, 1000); len(n)+len(e)+next != 0 {
		t.Errorf("a page past the end: %v %v %d", n, e, next)
	}
}

// testHubCounts: the counts and what the pages show follow a retraction, a
// re-ingest and a new version of an article, on a store whose pages were
// read (and kept) before; and after a reopen.
func testHubCounts(t *testing.T, b backend) {
	ctx := context.Background()
	s := b.open(t)
	writeHub(t, s)
	check := func(when string, want graph.DetailTotals, leaderSources, tradeSources int) graph.EntityDetail {
		t.Helper()
		d, err := s.EntityPage(ctx, freedonia.ID, 2, 0)
		if err != nil {
			t.Fatal(err)
		}
		if d.Totals != want {
			t.Errorf("%s: totals %+v, want %+v", when, d.Totals, want)
		}
		sources := map[string]int{}
		for _, f := range d.Facts {
			sources[factKey(f)] = f.ArticleCount
		}
		wantSources := map[string]int{"Rufus Firefly leaderOf Freedonia": leaderSources, "Sylvania tradingPartnerOf Freedonia": tradeSources}
		if diff := cmp.Diff(wantSources, sources); diff != "" {
			t.Errorf("%s: sources of the first facts (-want +got):\n%s", when, diff)
		}
		g, err := s.Neighbors(ctx, freedonia.ID, 1, 3)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range g.Edges {
			if e.From == firefly.ID && e.Predicate == graph.RelLeaderOf && e.ArticleCount != leaderSources {
				t.Errorf("%s: the leadership edge has %d sources, want %d", when, e.ArticleCount, leaderSources)
			}
		}
		// The JSON the API answers, kept with the pages since the last
		// check, says what the pages say now.
		dj, err := s.EntityPageJSON(ctx, freedonia.ID, 2, 0)
		if err != nil {
			t.Fatal(err)
		}
		var dGot graph.EntityDetail
		if err := json.Unmarshal(dj, &dGot); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(d, dGot); diff != "" {
			t.Errorf("%s: the detail's JSON differs from the detail (-detail +JSON):\n%s", when, diff)
		}
		gj, err := s.NeighborsPageJSON(ctx, freedonia.ID, 1, 3, 0)
		if err != nil {
			t.Fatal(err)
		}
		var gGot graph.Subgraph
		if err := json.Unmarshal(gj, &gGot); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(g, gGot); diff != "" {
			t.Errorf("%s: the neighbourhood's JSON differs from the neighbourhood (-page +JSON):\n%s", when, diff)
		}
		return d
	}
	full := graph.DetailTotals{Facts: 2 + hubArticles, Events: hubArticles, Quotes: hubArticles, Articles: hubArticles}
	check("written", full, hubArticles, 6)

	// The oldest article retracted: its port, visit, quote and article go,
	// and a source of the leadership and of the trade.
	if err := s.DeleteArticle(ctx, hubArticle(0, false).Article.ID); err != nil {
		t.Fatal(err)
	}
	less := graph.DetailTotals{Facts: 1 + hubArticles, Events: hubArticles - 1, Quotes: hubArticles - 1, Articles: hubArticles - 1}
	check("article 0 retracted", less, hubArticles-1, 5)
	write(t, s, hubArticle(0, false))
	check("article 0 written again", full, hubArticles, 6)

	// The newest article (11) in a new version, then article 1 (which
	// states the trade) in one too: what the pages show is the new
	// wording, and the trade lost a source.
	write(t, s, hubArticle(hubArticles-1, true), hubArticle(1, true))
	d := check("articles 11 and 1 edited", full, hubArticles, 5)
	if got := d.Quotes[0].Text; got != "Freedonia will prosper again" {
		t.Errorf("the newest quote after the edit: %q", got)
	}
	if got := d.Facts[0].Provenance[0].Evidence.Text; got != "Rufus Firefly still leads Freedonia." {
		t.Errorf("the leadership's newest evidence after the edit: %q", got)
	}
	g, err := s.Neighbors(ctx, freedonia.ID, 1, 3)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range g.Edges {
		if e.From == firefly.ID && e.Predicate == graph.RelLeaderOf && e.Provenance[0].Evidence.Text != "Rufus Firefly still leads Freedonia." {
			t.Errorf("the leadership edge's newest evidence after the edit: %+v", e.Provenance[0])
		}
	}
	if diff := catalogueDiff(t, s); diff != "" {
		t.Errorf("maintained catalogue differs from a rebuild (-rebuilt +maintained):\n%s", diff)
	}
	if b.reopen != nil {
		s = b.reopen(t, s)
		check("reopened", full, hubArticles, 5)
	}
}
