package web_test

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"

	"actorgraph/graph"
	"actorgraph/web"
)

// exported are the nodes and the links (source predicate target) of an
// export, as GraphML or as the CSV zip gives them.
type exported struct {
	Nodes, Edges []string
}

func graphMLOf(t *testing.T, body []byte) exported {
	t.Helper()
	var doc struct {
		Nodes []struct {
			ID string `xml:"id,attr"`
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
	if err := xml.Unmarshal(body, &doc); err != nil {
		t.Fatalf("the GraphML does not parse: %v\n%.300s", err, body)
	}
	var got exported
	for _, n := range doc.Nodes {
		got.Nodes = append(got.Nodes, n.ID)
	}
	for _, e := range doc.Edges {
		pred := ""
		for _, d := range e.Data {
			if d.Key == "predicate" {
				pred = d.Value
			}
		}
		got.Edges = append(got.Edges, e.Source+" "+pred+" "+e.Target)
	}
	slices.Sort(got.Nodes)
	slices.Sort(got.Edges)
	return got
}

func csvOf(t *testing.T, body []byte) exported {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(body), int64(len(body)))
	if err != nil {
		t.Fatalf("the CSV export is no zip: %v", err)
	}
	rows := func(name string) [][]string {
		f, err := zr.Open(name)
		if err != nil {
			t.Fatalf("the zip lacks %s: %v", name, err)
		}
		defer f.Close()
		recs, err := csv.NewReader(f).ReadAll()
		if err != nil || len(recs) == 0 {
			t.Fatalf("%s: %v", name, err)
		}
		return recs[1:]
	}
	var got exported
	for _, r := range rows("nodes.csv") {
		got.Nodes = append(got.Nodes, r[0])
	}
	for _, r := range rows("edges.csv") {
		got.Edges = append(got.Edges, r[0]+" "+r[2]+" "+r[1])
	}
	slices.Sort(got.Nodes)
	slices.Sort(got.Edges)
	return got
}

// POST /export holds exactly the nodes named and the links between them:
// not their neighbours, nor a link to a node left out; a node with no link
// among them still goes out.
func TestExportChosenNodes(t *testing.T) {
	h, _ := newHandler(t, "memory", web.Config{})
	fx := newsFixtures(t)
	summit := fx[0].Events[0].ID // Putin (actor) and Kim (participant), in Vladivostok
	kim := fx[0].Entities[2].ID
	beijing := fx[1].Entities[4].ID // linked to China and the host visit, neither chosen
	chosen := []string{putinID, russiaID, kim, summit, beijing}
	want := exported{Nodes: slices.Sorted(slices.Values(chosen)), Edges: []string{
		putinID + " leaderOf " + russiaID, summit + " actor " + putinID, summit + " participant " + kim,
	}}
	slices.Sort(want.Edges)
	for _, c := range []struct {
		format, mediaType, file string
		read                    func(*testing.T, []byte) exported
	}{
		{"graphml", "application/graphml+xml", "actorgraph.graphml", graphMLOf},
		{"csv", "application/zip", "actorgraph-csv.zip", csvOf},
	} {
		t.Run(c.format, func(t *testing.T) {
			// the ids as a client may send them: in upper case, one twice
			ids := append(slices.Clone(chosen), strings.ToUpper(putinID))
			body, _ := json.Marshal(web.ExportRequest{Format: c.format, Nodes: ids})
			rec := do(t, h, "POST", "/api/v1/export", bytes.NewReader(body), "Content-Type", "application/json")
			if rec.Code != 200 {
				t.Fatalf("POST /export: %d %s", rec.Code, rec.Body)
			}
			if ct, cd := rec.Header().Get("Content-Type"), rec.Header().Get("Content-Disposition"); ct != c.mediaType || !strings.Contains(cd, c.file) {
				t.Errorf("Content-Type %q, Content-Disposition %q; want %s and %s", ct, cd, c.mediaType, c.file)
			}
			if diff := cmp.Diff(want, c.read(t, rec.Body.Bytes())); diff != "" {
				t.Errorf("the export of the chosen nodes (-want +got):\n%s", diff)
			}
		})
	}

	// links, when sent, are the only links that go out: those the viewer
	// draws after its filters. On the code before, every link between the
	// nodes went out (and the field was refused as unknown).
	leader, actor := putinID+" leaderOf "+russiaID, summit+" actor "+putinID
	for _, c := range []struct {
		name  string
		links []string
		want  []string
	}{
		{"two of three links", []string{actor, strings.ToUpper(putinID) + " leaderOf " + strings.ToUpper(russiaID)}, []string{actor, leader}},
		{"no link", []string{}, nil},
	} {
		for _, f := range []struct {
			format string
			read   func(*testing.T, []byte) exported
		}{{"graphml", graphMLOf}, {"csv", csvOf}} {
			t.Run(c.name+" "+f.format, func(t *testing.T) {
				body, _ := json.Marshal(map[string]any{"format": f.format, "nodes": chosen, "links": c.links})
				rec := do(t, h, "POST", "/api/v1/export", bytes.NewReader(body), "Content-Type", "application/json")
				if rec.Code != 200 {
					t.Fatalf("POST /export: %d %s", rec.Code, rec.Body)
				}
				want := exported{Nodes: slices.Sorted(slices.Values(chosen)), Edges: slices.Sorted(slices.Values(c.want))}
				if diff := cmp.Diff(want, f.read(t, rec.Body.Bytes())); diff != "" {
					t.Errorf("the export of the chosen links (-want +got):\n%s", diff)
				}
			})
		}
	}

	// in N-Quads too (refused before): the direct edges are the chosen ones
	t.Run("two of three links nquads", func(t *testing.T) {
		body, _ := json.Marshal(web.ExportRequest{Format: "nquads", Nodes: chosen, Links: []string{actor, leader}})
		rec := do(t, h, "POST", "/api/v1/export", bytes.NewReader(body), "Content-Type", "application/json")
		if rec.Code != 200 {
			t.Fatalf("POST /export: %d %s", rec.Code, rec.Body)
		}
		var got []string
		for _, line := range strings.Split(rec.Body.String(), "\n") {
			f := strings.Fields(line)
			if len(f) < 3 {
				continue
			}
			_, from, _ := graph.ParseIRI(strings.Trim(f[0], "<>"))
			_, to, _ := graph.ParseIRI(strings.Trim(f[2], "<>"))
			pred := f[1][strings.LastIndexAny(f[1], "#/")+1 : len(f[1])-1]
			if slices.Contains(chosen, from) && slices.Contains(chosen, to) && from != to {
				got = append(got, from+" "+pred+" "+to)
			}
		}
		slices.Sort(got)
		if diff := cmp.Diff(slices.Sorted(slices.Values([]string{actor, leader})), slices.Compact(got)); diff != "" {
			t.Errorf("the links between chosen nodes in the N-Quads (-want +got):\n%s", diff)
		}
	})

	nodes := `"nodes":["` + strings.Join(chosen, `","`) + `"]`
	bad := []struct {
		name, body string
		status     int
		mentions   []string
	}{
		{"not JSON", `format=graphml`, 400, []string{`"nodes"`, "could not be read"}},
		{"unknown field", `{"format":"graphml","ids":["` + putinID + `"]}`, 400, []string{`"nodes"`}},
		{"no nodes", `{"format":"graphml","nodes":[]}`, 400, []string{"nodes", "1 to 20000"}},
		{"no such format", `{"format":"xlsx","nodes":["` + putinID + `"]}`, 400, []string{"graphml", "csv", `"xlsx"`}},
		{"not an id", `{"format":"csv","nodes":["` + putinID + `","Russia"]}`, 400, []string{"nodes[1]", "UUID", `"Russia"`}},
		{"unknown id", `{"format":"csv","nodes":["6ba7b810-9dad-11d1-80b4-00c04fd430c8"]}`, 404, []string{"6ba7b810-9dad-11d1-80b4-00c04fd430c8", "search"}},
		{"link not named as an edge", `{"format":"csv",` + nodes + `,"links":["` + putinID + `->` + russiaID + `"]}`, 400, []string{"links[0]", "FROM PREDICATE TO"}},
		{"link leaving the nodes", `{"format":"csv",` + nodes + `,"links":["` + leader + `","` + putinID + ` bornIn ` + chinaID + `"]}`, 400, []string{"links[1]", "not in nodes"}},
		{"link not in the graph", `{"format":"csv",` + nodes + `,"links":["` + putinID + ` enemyOf ` + russiaID + `"]}`, 404, []string{"enemyOf", "neighbors"}},
	}
	for _, b := range bad {
		t.Run(b.name, func(t *testing.T) {
			rec := do(t, h, "POST", "/api/v1/export", strings.NewReader(b.body), "Content-Type", "application/json")
			code := map[int]string{400: "invalid_argument", 404: "not_found"}[b.status]
			checkError(t, rec, b.status, code, b.mentions...)
		})
	}
	// too many ids: a list past the bound is refused before any is looked up
	many := make([]string, 20001)
	for i := range many {
		many[i] = putinID
	}
	body, _ := json.Marshal(web.ExportRequest{Format: "graphml", Nodes: many})
	checkError(t, do(t, h, "POST", "/api/v1/export", bytes.NewReader(body), "Content-Type", "application/json"), 400, "invalid_argument", "1 to 20000", "20001")
	manyLinks := make([]string, 60001)
	for i := range manyLinks {
		manyLinks[i] = leader
	}
	body, _ = json.Marshal(web.ExportRequest{Format: "graphml", Nodes: chosen, Links: manyLinks})
	checkError(t, do(t, h, "POST", "/api/v1/export", bytes.NewReader(body), "Content-Type", "application/json"), 400, "invalid_argument", "at most 60000", "60001")
}

// TestViewerExportsTheDrawing exports, from the viewer's menu, what is
// drawn after an expansion and a hide, then with a predicate switched off:
// GraphML and CSV hold exactly the nodes shown and the links drawn. On the
// code before, the export was the focus's neighbourhood: China, which the
// expansion brought, was not in it, and the hidden Kremlin was.
func TestViewerExportsTheDrawing(t *testing.T) {
	if testing.Short() {
		t.Skip("drives a real browser; skipped with -short")
	}
	h, _ := newHandler(t, "memory", web.Config{})
	srv := httptest.NewServer(h)
	defer srv.Close()
	kremlin := newsFixtures(t)[0].Entities[6].ID
	tb := openTab(t, 1300, 850)
	node := func(id string) string { return `cy.getElementById('` + id + `')` }
	tb.do("open Putin", chromedp.Navigate(srv.URL+"/#entity="+putinID), idle(node(putinID)+`.hasClass('focus') && `+node(russiaID)+`.nonempty()`))
	tb.do("expand Russia", clickAt(node(russiaID)), idle(node(chinaID)+`.nonempty() && `+node(kremlin)+`.nonempty()`))
	evalIn[bool](tb, `cy.elements(':selected').unselect() && `+node(kremlin)+`.select().length === 1`)
	tb.do("hide the Kremlin", chromedp.Focus(chromedp.CSS("#cy")), chromedp.KeyEvent("h"), idle(node(kremlin)+`.hasClass('filtered')`))

	shown := slices.Sorted(slices.Values(evalIn[[]string](tb, `cy.nodes().not('.filtered').map(n => n.id())`)))
	drawnLinks := evalIn[[]string](tb, `cy.edges().not('.filtered').map(e => e.id())`)
	if !slices.Contains(shown, chinaID) || slices.Contains(shown, kremlin) {
		t.Fatalf("the drawing shows %v; want China in it and the Kremlin hidden", shown)
	}
	dir := tb.downloads()
	for _, c := range []struct {
		format, file string
		read         func(*testing.T, []byte) exported
	}{{"graphml", "actorgraph.graphml", graphMLOf}, {"csv", "actorgraph-csv.zip", csvOf}} {
		tb.do("export "+c.format, chromedp.Click(chromedp.CSS("#export summary")), chromedp.Click(chromedp.CSS("#export-"+c.format)))
		got := c.read(t, waitFile(t, filepath.Join(dir, c.file)))
		if diff := cmp.Diff(shown, got.Nodes); diff != "" {
			t.Errorf("%s: the exported nodes are not those drawn (-drawn +exported):\n%s", c.format, diff)
		}
		for _, l := range drawnLinks {
			if !slices.Contains(got.Edges, l) {
				t.Errorf("%s: the drawn link %s is not exported", c.format, l)
			}
		}
		for _, e := range got.Edges {
			ends := strings.Fields(e)
			if !slices.Contains(shown, ends[0]) || !slices.Contains(shown, ends[2]) {
				t.Errorf("%s: the exported link %s leaves the drawing", c.format, e)
			}
		}
	}

	// With a predicate switched off its links leave the drawing and the
	// export, though both ends of Putin's leaderOf Russia stay drawn. On
	// the code before, the export held every link between the nodes shown.
	leader := putinID + " leaderOf " + russiaID
	tb.do("switch leaderOf off", chromedp.Click(chromedp.CSS(`#pred-filter input[data-pred="leaderOf"]`)),
		idle(`cy.getElementById('`+leader+`').hasClass('filtered')`))
	shown = slices.Sorted(slices.Values(evalIn[[]string](tb, `cy.nodes().not('.filtered').map(n => n.id())`)))
	drawnLinks = slices.Sorted(slices.Values(evalIn[[]string](tb, `cy.edges().not('.filtered').map(e => e.id())`)))
	if !slices.Contains(shown, putinID) || !slices.Contains(shown, russiaID) || slices.Contains(drawnLinks, leader) {
		t.Fatalf("with leaderOf off the drawing shows %v and links %v; want Putin and Russia shown, not their leaderOf link", shown, drawnLinks)
	}
	dir = tb.downloads()
	for _, c := range []struct {
		format, file string
		read         func(*testing.T, []byte) exported
	}{{"graphml", "actorgraph.graphml", graphMLOf}, {"csv", "actorgraph-csv.zip", csvOf}} {
		tb.do("export "+c.format+" without leaderOf", chromedp.Click(chromedp.CSS("#export summary")), chromedp.Click(chromedp.CSS("#export-"+c.format)))
		got := c.read(t, waitFile(t, filepath.Join(dir, c.file)))
		if diff := cmp.Diff(exported{Nodes: shown, Edges: drawnLinks}, got); diff != "" {
			t.Errorf("%s with leaderOf switched off: the export is not the drawing (-drawn +exported):\n%s", c.format, diff)
		}
	}
	tb.clean()
}
