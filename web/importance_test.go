package web_test

import (
	"fmt"
	"net/http/httptest"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"

	"actorgraph/graph"
	"actorgraph/web"
)

// The viewer sizes a node by its importance in the whole graph, which the
// neighbours route gives with each node: its links and its articles,
// counted over the store, not over the page asked for.
func TestNeighborsCarryImportance(t *testing.T) {
	type importance struct{ Links, Articles int }
	for _, backend := range []string{"memory", "disk"} {
		t.Run(backend, func(t *testing.T) {
			h, _ := newHandler(t, backend, web.Config{})
			of := func(target string) map[string]importance {
				t.Helper()
				got := decode[graph.Subgraph](t, do(t, h, "GET", target, nil))
				out := map[string]importance{}
				for _, n := range got.Nodes {
					out[n.Name] = importance{n.Links, n.Articles}
				}
				return out
			}
			got := of("/api/v1/entities/" + russiaID + "/neighbors?depth=2")
			// Russia: leaderOf, locatedIn, basedIn, tradingPartnerOf, the
			// visit's target, the agreement's party; Putin's leaderOf is one
			// link though two articles state it
			want := map[string]importance{
				"Russia": {6, 2}, "Vladimir Putin": {4, 2}, "Kim Jong-un": {4, 2}, "Vladivostok": {4, 1},
				"Kremlin": {1, 1}, "Russky Island": {1, 1},
				"summit: Vladimir Putin, Kim Jong-un (Vladivostok, 2019-04-25)": {3, 1},
			}
			for name, w := range want {
				if diff := cmp.Diff(w, got[name]); diff != "" {
					t.Errorf("%s's importance (-want +got):\n%s", name, diff)
				}
			}
			if !(got["Russia"].Links > got["Vladimir Putin"].Links && got["Vladimir Putin"].Links > got["Kremlin"].Links) {
				t.Errorf("links: Russia %d, Putin %d, Kremlin %d; want the hub first", got["Russia"].Links, got["Vladimir Putin"].Links, got["Kremlin"].Links)
			}
			// from the leaf, Vladivostok's page holds one of its links; its
			// importance is still its four
			leaf := graph.EntityID(graph.EntityKey{Type: graph.Place, Name: "Russky Island", Country: "RUS", Wikidata: "Q1194016"})
			if got := of("/api/v1/entities/" + leaf + "/neighbors"); got["Vladivostok"] != (importance{4, 1}) {
				t.Errorf("Vladivostok from Russky Island = %+v, want {4 1}: the whole graph's figures, not the page's", got["Vladivostok"])
			}
		})
	}
}

// TestViewerSizesByImportance opens a member of a hub of 200: the member
// and the hub have one link each in the drawing, yet the hub, with 200
// links in the graph, is drawn larger, at the largest size and no larger
// (the scale is a log, bounded), the member near the smallest. On the code
// before, both were sized by their drawn links, the same.
func TestViewerSizesByImportance(t *testing.T) {
	s := browserStore(t)
	hub := bigGraph(t, s, 1, 200)[0]
	member := graph.EntityID(graph.EntityKey{Type: graph.Person, Name: "Member A0"})
	srv := httptest.NewServer(web.New(web.Config{Store: s}))
	defer srv.Close()
	tb := openTab(t, 1300, 850)
	node := func(id string) string { return `cy.getElementById('` + id + `')` }
	tb.do("open Member A0", chromedp.Navigate(srv.URL+"/#entity="+member),
		idle(fmt.Sprintf(`%s.hasClass('focus') && %s.nonempty() && cy.nodes().length === 2`, node(member), node(hub))))
	width := func(id string) float64 { return evalIn[float64](tb, node(id)+`.width()`) }
	drawn := func(id string) int { return evalIn[int](tb, node(id)+`.connectedEdges().length`) }
	if drawn(hub) != 1 || drawn(member) != 1 {
		t.Fatalf("the hub has %d links drawn, the member %d; want one each", drawn(hub), drawn(member))
	}
	h, m := width(hub), width(member)
	if h != 46 {
		t.Errorf("the hub of 200 links is %.1f px wide, want the largest size, 46", h)
	}
	if m < 20 || m > 26 {
		t.Errorf("the member of one link is %.1f px wide, want near the smallest size (20 to 26)", m)
	}
	// the figure is the whole graph's: hiding links does not shrink the hub
	if got := evalIn[int](tb, node(hub)+`.data('links')`); got != 200 {
		t.Errorf("the hub's links = %d, want 200 from the neighbours route", got)
	}
	tb.clean()
}

// TestViewerSizesPathNodesByImportance finds a path from a second
// organisation of a member of a hub of 200 to another member: the hub, drawn by the path
// alone with two links in the drawing, is drawn at the largest size, as
// its 200 links in the graph say. On the code before, the paths answer
// carried no figure and the hub was sized by its two drawn links (24 px).
func TestViewerSizesPathNodesByImportance(t *testing.T) {
	s := browserStore(t)
	hub := bigGraph(t, s, 1, 200)[0]
	a := newArticle(t, "https://example.org/fixture-club", "A club", "Example News", "2020-01-02", "Member A0 also works for Club Y.")
	ally := a.entity(graph.Organization, "Club Y", "", "")
	a.relate(a.entity(graph.Person, "Member A0", "", ""), graph.RelAffiliatedWith, ally, "", 0.8, "Member A0 also works for Club Y.")
	if _, err := s.Write(t.Context(), a.x); err != nil {
		t.Fatal(err)
	}
	member := graph.EntityID(graph.EntityKey{Type: graph.Person, Name: "Member A1"})
	srv := httptest.NewServer(web.New(web.Config{Store: s}))
	defer srv.Close()

	// the paths answer carries each node's figures, the neighbours route's
	paths := decode[web.PathList](t, do(t, web.New(web.Config{Store: s}), "GET", "/api/v1/paths?from="+ally+"&to="+member, nil))
	if len(paths.Paths) != 1 || len(paths.Paths[0].Nodes) != 4 {
		t.Fatalf("paths from Club Y to Member A1: %+v; want one of four nodes", paths.Paths)
	}
	want := map[string][2]int{"Club Y": {1, 1}, "Member A0": {2, 2}, "Hub A": {200, 1}, "Member A1": {1, 1}}
	for _, n := range paths.Paths[0].Nodes {
		if got := [2]int{n.Links, n.Articles}; got != want[n.Name] {
			t.Errorf("%s on the path: links and articles %v, want %v", n.Name, got, want[n.Name])
		}
	}

	tb := openTab(t, 1300, 850)
	node := func(id string) string { return `cy.getElementById('` + id + `')` }
	tb.do("find the path", chromedp.Navigate(srv.URL+"/#entity="+ally+"&pathfrom="+ally+"&pathto="+member),
		idle(fmt.Sprintf(`%s.hasClass('path') && %s.hasClass('path')`, node(hub), node(member))))
	if got := evalIn[int](tb, node(hub)+`.connectedEdges().length`); got != 2 {
		t.Fatalf("the hub has %d links drawn; want the path's two", got)
	}
	if got := evalIn[float64](tb, node(hub)+`.width()`); got != 46 {
		t.Errorf("the hub of 200 links, drawn by the path, is %.1f px wide; want the largest size, 46", got)
	}
	if got := evalIn[int](tb, node(hub)+`.data('links')`); got != 200 {
		t.Errorf("the hub's links = %d, want 200 from the paths route", got)
	}
	tb.clean()
}
