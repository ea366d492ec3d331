package resolve

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"actorgraph/graph"
	"actorgraph/ingest/gazetteer"
)

func TestKnowledge(t *testing.T) {
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatalf("gazetteer.Load: %v", err)
	}
	x := New(g).Knowledge()
	if err := graph.Validate(x); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	if got, want := x.Article.ID, graph.SourceID("seed-gazetteer"); got != want {
		t.Errorf("article id = %q, want %q", got, want)
	}
	names := map[string]string{}
	for _, e := range x.Entities {
		names[e.ID] = e.Name
	}
	has := func(s, p, o string) bool {
		for _, r := range x.Relations {
			if names[r.Subject] == s && r.Predicate == p && names[r.Object] == o {
				return true
			}
		}
		return false
	}
	for _, f := range [][3]string{
		{"Moscow", graph.RelCapitalOf, "Russia"},
		{"Moscow", graph.RelLocatedIn, "Russia"},
		{"Vladivostok", graph.RelLocatedIn, "Russia"},
		{"North Korea", graph.RelBordersOn, "Russia"},
		{"Donald Trump", graph.RelLeaderOf, "United States"},
		{"Mike Pompeo", graph.RelOfficialOf, "United States"},
		{"António Guterres", graph.RelLeaderOf, "United Nations"},
		{"Reuters", graph.RelBasedIn, "United Kingdom"},
	} {
		if !has(f[0], f[1], f[2]) {
			t.Errorf("Knowledge lacks %s %s %s", f[0], f[1], f[2])
		}
	}
	var trump []graph.Relation
	for _, r := range x.Relations {
		if names[r.Subject] == "Donald Trump" {
			r.Subject, r.Object = "", names[r.Object]
			trump = append(trump, r)
		}
	}
	want := []graph.Relation{
		{Predicate: graph.RelLeaderOf, Object: "United States", Role: "President", ValidFrom: "2017-01-20", ValidUntil: "2021-01-20", Confidence: 1},
		{Predicate: graph.RelLeaderOf, Object: "United States", Role: "President", ValidFrom: "2025-01-20", Confidence: 1},
	}
	if diff := cmp.Diff(want, trump); diff != "" {
		t.Errorf("Trump's offices (-want +got):\n%s", diff)
	}
	if len(graph.Quads(x)) == 0 {
		t.Error("Knowledge yields no quads")
	}
}

// TestPublisher checks the outlet's id: the gazetteer organisation's, the
// same from a copy of the resolver and on every call (Publisher keeps the
// ids it found), and "" for a name the gazetteer holds no organisation of,
// asked twice.
func TestPublisher(t *testing.T) {
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatalf("gazetteer.Load: %v", err)
	}
	var want string
	for _, e := range g.Lookup("Reuters") {
		if e.Type == graph.Organization {
			want = e.ID()
		}
	}
	if want == "" {
		t.Fatal("the gazetteer holds no organisation Reuters")
	}
	r := New(g)
	c := r.WithLogger(nil)
	for i, got := range []string{r.Publisher("Reuters"), c.Publisher("Reuters"), r.Publisher("Reuters"), r.Publisher("Reuter")} {
		if got != want {
			t.Errorf("call %d: Publisher = %q, want %q", i, got, want)
		}
	}
	for i := range 2 {
		if got := r.Publisher("Moscow"); got != "" {
			t.Errorf("call %d: Publisher(Moscow) = %q, want none (a city)", i, got)
		}
	}
}
