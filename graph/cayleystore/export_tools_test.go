package cayleystore

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/google/go-cmp/cmp"
	"github.com/piprate/json-gold/ld"

	"actorgraph/graph"
)

// The exports read by the parsers of the tools analysts use: GraphML
// validated by xmllint against the GraphML structure (testdata/graphml.xsd)
// and loaded by networkx and igraph; the Cypher script parsed and linted by
// Neo4j's own Cypher language support; JSON-LD expanded by a JSON-LD
// processor. .ci/deps.sh installs the tools; each part skips, saying so,
// where its tool is missing. The expected graph is worked out from the
// hand-written articles, not from the exporter.

// exportedFixture is a memory store with the three hand-written articles.
func exportedFixture(t *testing.T) (*Store, []graph.Extraction) {
	s := openURL(t, "memory")
	closeAtEnd(t, &s)
	xs := []graph.Extraction{articleOne(), articleTwo(), articleThree()}
	write(t, s, xs...)
	return s, xs
}

func exportTo(t *testing.T, s *Store, format string, sc graph.ExportScope) string {
	t.Helper()
	var buf bytes.Buffer
	if err := s.Export(context.Background(), &buf, format, sc); err != nil {
		t.Fatalf("Export(%s): %v", format, err)
	}
	path := filepath.Join(t.TempDir(), "export."+format)
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// expectedGraph is the property graph of extractions: every entity named
// (publishers too) and every event as a node; relations and event roles
// as edges "src pred dst".
func expectedGraph(xs []graph.Extraction) (nodes map[string]map[string]string, edges []string) {
	nodes = map[string]map[string]string{}
	set := map[string]bool{}
	for _, x := range xs {
		pub := graph.EntityID(graph.EntityKey{Type: graph.Organization, Name: x.Article.Publisher})
		nodes[pub] = map[string]string{"label": x.Article.Publisher, "kind": graph.KindEntity, "type": string(graph.Organization)}
		for _, e := range x.Entities {
			nodes[e.ID] = map[string]string{"label": e.Name, "kind": graph.KindEntity, "type": string(e.Type)}
		}
		for _, r := range x.Relations {
			set[r.Subject+" "+r.Predicate+" "+r.Object] = true
		}
		for _, ev := range x.Events {
			nodes[ev.ID] = map[string]string{"kind": graph.KindEvent, "type": ev.Type, "cameo": ev.CAMEO, "date": ev.Date}
			for _, p := range ev.Participants {
				set[ev.ID+" "+string(p.Role)+" "+p.Entity] = true
			}
			set[ev.ID+" location "+ev.Location] = true
		}
	}
	return nodes, slices.Sorted(func(yield func(string) bool) {
		for e := range set {
			if !yield(e) {
				return
			}
		}
	})
}

func TestGraphMLInTools(t *testing.T) {
	s, xs := exportedFixture(t)
	path := exportTo(t, s, "graphml", graph.ExportScope{})
	t.Run("xmllint", func(t *testing.T) {
		xmllint, err := exec.LookPath("xmllint")
		if err != nil {
			t.Skip("xmllint is not installed (Debian libxml2-utils; .ci/deps.sh installs it)")
		}
		if out, err := exec.Command(xmllint, "--noout", "--schema", "testdata/graphml.xsd", path).CombinedOutput(); err != nil {
			t.Fatalf("the GraphML export does not validate: %v\n%s", err, out)
		}
		// The schema is no rubber stamp: an edge to a node that is not in
		// the graph fails it.
		data, _ := os.ReadFile(path)
		broken := filepath.Join(t.TempDir(), "broken.graphml")
		i := bytes.Index(data, []byte(`target="`))
		os.WriteFile(broken, append(append(slices.Clone(data[:i]), `target="nowhere" x`...), data[i+len(`target="`):]...), 0o644)
		if out, err := exec.Command(xmllint, "--noout", "--schema", "testdata/graphml.xsd", broken).CombinedOutput(); err == nil {
			t.Errorf("a GraphML file with a dangling edge validates:\n%s", out)
		}
	})
	t.Run("networkx and igraph", func(t *testing.T) {
		py := "/usr/bin/python3"
		if _, err := os.Stat(py); err != nil {
			py = "python3"
		}
		if err := exec.Command(py, "-c", "import networkx").Run(); err != nil {
			t.Skip("networkx is not installed (Debian python3-networkx; .ci/deps.sh installs it)")
		}
		out, err := exec.Command(py, "testdata/readgraphml.py", path).Output()
		if err != nil {
			t.Fatalf("networkx cannot read the GraphML export: %v", err)
		}
		var got struct {
			NetworkX struct {
				Nodes map[string]map[string]any `json:"nodes"`
				Edges [][]any                   `json:"edges"`
			} `json:"networkx"`
			IGraph *struct{ Nodes, Edges int } `json:"igraph"`
		}
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatalf("reading what networkx found: %v\n%s", err, out)
		}
		wantNodes, wantEdges := expectedGraph(xs)
		gotNodes := map[string]map[string]string{}
		for id, attrs := range got.NetworkX.Nodes {
			gotNodes[id] = map[string]string{}
			for k, v := range attrs {
				if want := wantNodes[id]; want != nil {
					if _, asked := want[k]; asked {
						gotNodes[id][k] = v.(string)
					}
				}
			}
		}
		for _, want := range wantNodes {
			if want["kind"] == graph.KindEvent {
				delete(want, "label") // events are named by the exporter
			}
		}
		if diff := cmp.Diff(wantNodes, gotNodes); diff != "" {
			t.Errorf("nodes networkx read (-want +got):\n%s", diff)
		}
		var gotEdges []string
		for _, e := range got.NetworkX.Edges {
			gotEdges = append(gotEdges, e[0].(string)+" "+e[2].(string)+" "+e[1].(string))
			if n, _ := e[3].(float64); n < 1 {
				t.Errorf("edge %v has no source count", e)
			}
		}
		slices.Sort(gotEdges)
		if diff := cmp.Diff(wantEdges, gotEdges); diff != "" {
			t.Errorf("edges networkx read (-want +got):\n%s", diff)
		}
		if got.IGraph == nil {
			t.Log("igraph is not installed (Debian python3-igraph); networkx alone read the file")
		} else if got.IGraph.Nodes != len(wantNodes) || got.IGraph.Edges != len(wantEdges) {
			t.Errorf("igraph read %d nodes and %d edges, want %d and %d", got.IGraph.Nodes, got.IGraph.Edges, len(wantNodes), len(wantEdges))
		}
	})
}

func TestCypherInNeo4jParser(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	if _, err := os.Stat("testdata/cypher/node_modules/@neo4j-cypher/language-support"); err != nil {
		t.Skip("Neo4j's Cypher language support is not installed: npm --prefix graph/cayleystore/testdata/cypher ci (.ci/deps.sh does it)")
	}
	s, xs := exportedFixture(t)
	lint := func(script string) (string, error) {
		cmd := exec.Command(node, "testdata/cypher/lint.cjs")
		cmd.Stdin = strings.NewReader(script)
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	data, _ := os.ReadFile(exportTo(t, s, "cypher", graph.ExportScope{}))
	out, err := lint(string(data))
	if err != nil {
		t.Fatalf("Neo4j's parser finds problems in the Cypher export: %v\n%s", err, out)
	}
	nodes, edges := expectedGraph(xs)
	// two constraints, a MERGE per node, a MATCH…MERGE per edge
	if want := "statements " + strconv.Itoa(2+len(nodes)+len(edges)); !strings.Contains(out, want) {
		t.Errorf("the parser read %q, want %s", strings.TrimSpace(out), want)
	}
	// The checker is no rubber stamp.
	if out, err := lint(strings.Replace(string(data), "MERGE (n:Entity {id: ", "MERGE (n:Entity {id ", 1)); err == nil {
		t.Errorf("a broken Cypher script passes the check:\n%s", out)
	}
}

// The JSON-LD export expanded with its own @context by a JSON-LD processor
// gives the quads the N-Quads export gives.
func TestJSONLDExpands(t *testing.T) {
	s, _ := exportedFixture(t)
	data, _ := os.ReadFile(exportTo(t, s, "jsonld", graph.ExportScope{}))
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("the JSON-LD export is not JSON: %v", err)
	}
	proc, opts := ld.NewJsonLdProcessor(), ld.NewJsonLdOptions("")
	expanded, err := proc.Expand(doc, opts)
	if err != nil {
		t.Fatalf("expanding the JSON-LD export: %v", err)
	}
	if strings.Contains(jsonString(t, expanded), `"@context"`) {
		t.Fatal("the expanded document still has a @context")
	}
	opts.Format = "application/n-quads"
	nq, err := proc.ToRDF(expanded, opts)
	if err != nil {
		t.Fatalf("the expanded JSON-LD to RDF: %v", err)
	}
	var got []quad.Quad
	r := nquads.NewReader(strings.NewReader(nq.(string)), false)
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("the expanded JSON-LD's quads: %v", err)
		}
		got = append(got, q)
	}
	want := exportQuadsOf(t, s, "nquads", graph.ExportScope{})
	if diff := cmp.Diff(quadSet(want), quadSet(got)); diff != "" {
		t.Errorf("expanded JSON-LD against N-Quads (-nquads +jsonld):\n%.3000s", diff)
	}
}

func jsonString(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
