package graph_test

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"actorgraph/graph"
)

// sample builds a small, realistic extraction by hand.
func sample() graph.Extraction {
	body := "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday."
	at := func(s string) (int, int) {
		i := strings.Index(body, s)
		return i, i + len(s)
	}
	mention := func(s, label string) graph.Mention {
		a, b := at(s)
		return graph.Mention{Start: a, End: b, Text: s, Label: label}
	}
	art := graph.ArticleID("https://example.org/a", body)
	france := graph.Entity{ID: graph.EntityID(graph.EntityKey{Type: graph.Country, Country: "FRA"}), Type: graph.Country, Name: "France", Country: "FRA", Wikidata: "Q142", Mentions: []graph.Mention{mention("French", "MISC")}}
	macron := graph.Entity{ID: graph.EntityID(graph.EntityKey{Type: graph.Person, Name: "Emmanuel Macron"}), Type: graph.Person, Name: "Emmanuel Macron", Aliases: []string{"Macron"}, Mentions: []graph.Mention{mention("Emmanuel Macron", "PER")}}
	scholz := graph.Entity{ID: graph.EntityID(graph.EntityKey{Type: graph.Person, Name: "Olaf Scholz"}), Type: graph.Person, Name: "Olaf Scholz", Mentions: []graph.Mention{mention("Olaf Scholz", "PER")}}
	berlin := graph.Entity{ID: graph.EntityID(graph.EntityKey{Type: graph.City, Name: "Berlin"}), Type: graph.City, Name: "Berlin", Country: "DEU", Mentions: []graph.Mention{mention("Berlin", "LOC")}}
	sentence := graph.Evidence{Start: 0, End: len(body), Text: body}
	meet := graph.Event{Type: "meeting", CAMEO: "040", Goldstein: 1, Date: "2024-03-04", Location: berlin.ID,
		Participants: []graph.Participant{{Entity: macron.ID, Role: graph.RoleActor}, {Entity: scholz.ID, Role: graph.RoleParticipant}},
		Confidence:   0.9, Evidence: sentence}
	meet.ID = graph.EventID(meet.Type, meet.Date, meet.Location, []string{macron.ID, scholz.ID})
	return graph.Extraction{
		InputName: "a.txt",
		Article:   graph.Article{ID: art, Title: "Macron meets Scholz", Publisher: "Example Wire", Published: "2024-03-05", URL: "https://example.org/a"},
		Body:      body,
		Entities:  []graph.Entity{france, macron, scholz, berlin},
		Relations: []graph.Relation{{Subject: macron.ID, Predicate: graph.RelLeaderOf, Object: france.ID, Role: "President", Confidence: 0.9, Evidence: sentence}},
		Events:    []graph.Event{meet},
		Quotes:    []graph.Quote{},
	}
}

func TestValidateAcceptsConsistentExtraction(t *testing.T) {
	if err := graph.Validate(sample()); err != nil {
		t.Fatal(err)
	}
}

func TestValidateRejects(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(*graph.Extraction)
		want   string
	}{
		{"no article id", func(x *graph.Extraction) { x.Article.ID = "" }, "article has no id"},
		{"unknown type", func(x *graph.Extraction) { x.Entities[0].Type = "Planet" }, "unknown type"},
		{"mention past the body", func(x *graph.Extraction) { x.Entities[1].Mentions[0].End = len(x.Body) + 1 }, "outside body"},
		{"dangling relation object", func(x *graph.Extraction) { x.Relations[0].Object = "nope" }, "not in the extraction"},
		{"dangling participant", func(x *graph.Extraction) { x.Events[0].Participants[0].Entity = "nope" }, "participant"},
		{"dangling location", func(x *graph.Extraction) { x.Events[0].Location = "nope" }, "location"},
		{"event without id", func(x *graph.Extraction) { x.Events[0].ID = "" }, "has no id"},
		{"negative evidence", func(x *graph.Extraction) { x.Relations[0].Evidence.Start = -1 }, "outside body"},
		{"relation predicate outside the vocabulary", func(x *graph.Extraction) { x.Relations[0].Predicate = "marriedTo" }, "not in the vocabulary"},
		// a person leads a country, not a city
		{"relation object of a type its predicate does not join", func(x *graph.Extraction) { x.Relations[0].Object = x.Entities[3].ID },
			"leaderOf joins [Person] to [Country Organization Region], not Person"},
		{"relation subject of a type its predicate does not join", func(x *graph.Extraction) {
			x.Relations[0].Subject, x.Relations[0].Object = x.Relations[0].Object, x.Relations[0].Subject
		}, "not Country"},
		{"quote by unknown speaker", func(x *graph.Extraction) {
			x.Quotes = append(x.Quotes, graph.Quote{ID: "q", Speaker: "nope", Evidence: graph.Evidence{End: 3}})
		}, "quote speaker"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := sample()
			tt.break_(&x)
			err := graph.Validate(x)
			if !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Validate = %v, want ErrInvalid mentioning %q", err, tt.want)
			}
		})
	}
}

// TestRelationPredicatesJoinKnownTypes: every predicate of the vocabulary
// joins entity types that exist, and a symmetric one joins the same types
// either way round.
func TestRelationPredicatesJoinKnownTypes(t *testing.T) {
	for p, k := range graph.RelationPredicates {
		if k.Meaning == "" || len(k.Subject) == 0 || len(k.Object) == 0 {
			t.Errorf("%s: meaning %q, subject types %v, object types %v; want all three", p, k.Meaning, k.Subject, k.Object)
		}
		for _, typ := range slices.Concat(k.Subject, k.Object) {
			if !typ.Valid() {
				t.Errorf("%s joins %q, which is no entity type", p, typ)
			}
		}
		if k.Symmetric && !slices.Equal(k.Subject, k.Object) {
			t.Errorf("%s is symmetric but joins %v to %v", p, k.Subject, k.Object)
		}
	}
}

func TestQuadsAreLabelledAndDeterministic(t *testing.T) {
	x := sample()
	qs := graph.Quads(x)
	label := graph.ArticleLabel(x.Article.ID)
	seen := map[quad.Quad]bool{}
	for _, q := range qs {
		if q.Label != label {
			t.Fatalf("quad %v is not labelled with the article", q)
		}
		if seen[q] {
			t.Fatalf("duplicate quad %v", q)
		}
		seen[q] = true
	}
	again := graph.Quads(sample())
	if diff := cmp.Diff(nquadLines(qs), nquadLines(again)); diff != "" {
		t.Errorf("Quads is not deterministic (-first +second):\n%s", diff)
	}
	// The relation is a direct edge and a statement with its evidence.
	macron := quad.IRI(graph.IRI(graph.KindEntity, x.Relations[0].Subject))
	france := quad.IRI(graph.IRI(graph.KindEntity, x.Relations[0].Object))
	if !seen[quad.Quad{Subject: macron, Predicate: quad.IRI(graph.PredicateIRI(graph.RelLeaderOf)), Object: france, Label: label}] {
		t.Error("no direct leaderOf edge")
	}
	var events, evidence int
	for _, q := range qs {
		if q.Predicate == quad.IRI(graph.PredType) && q.Object == quad.IRI(graph.ClassEvent) {
			events++
		}
		if q.Predicate == quad.IRI(graph.PredEvidence) {
			evidence++
		}
	}
	if events != 1 || evidence != 2 {
		t.Errorf("events %d, evidence links %d; want 1 and 2 (relation + event)", events, evidence)
	}
}

func nquadLines(qs []quad.Quad) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.NQuad()
	}
	sort.Strings(out)
	return out
}

func TestIDsAreStableAndDistinct(t *testing.T) {
	a := graph.EntityID(graph.EntityKey{Type: graph.Person, Name: "Kim Jong-un"})
	if b := graph.EntityID(graph.EntityKey{Type: graph.Person, Name: "  kim  jong‐un "}); a != b {
		t.Errorf("folded names give different ids: %s %s", a, b)
	}
	if b := graph.EntityID(graph.EntityKey{Type: graph.Person, Name: "Kim Yo-jong"}); a == b {
		t.Error("two people sharing a surname got one id")
	}
	if b := graph.EntityID(graph.EntityKey{Type: graph.Organization, Name: "Kim Jong-un"}); a == b {
		t.Error("type is not part of the key")
	}
	us1 := graph.EntityID(graph.EntityKey{Type: graph.Country, Name: "United States", Country: "usa"})
	us2 := graph.EntityID(graph.EntityKey{Type: graph.Country, Name: "U.S.", Country: "USA"})
	if us1 != us2 {
		t.Error("a country's ISO code should decide its id, not its name")
	}
	wd := graph.EntityID(graph.EntityKey{Type: graph.Person, Name: "Donald J. Trump", Wikidata: "Q22686"})
	if wd != graph.EntityID(graph.EntityKey{Type: graph.Person, Name: "Donald Trump", Wikidata: "q22686"}) {
		t.Error("a Wikidata QID should decide the id")
	}
	if graph.ArticleID("", "same body") != graph.ArticleID("", " same body\n") {
		t.Error("an article without URL is identified by its trimmed body")
	}
	if graph.ArticleID("https://a", "x") == graph.ArticleID("https://b", "x") {
		t.Error("different URLs, same id")
	}
	e1 := graph.EventID("summit", "2019-04-25", "loc", []string{"a", "b"})
	if e1 != graph.EventID("summit", "2019-04-25", "loc", []string{"b", "a"}) {
		t.Error("event id depends on participant order")
	}
	u := graph.UndatedEventID("art-1", "statement", []string{"a", "b"})
	if u != graph.UndatedEventID("art-1", "statement", []string{"b", "a"}) {
		t.Error("undated event id depends on participant order")
	}
	if u == graph.UndatedEventID("art-2", "statement", []string{"a", "b"}) || u == graph.EventID("statement", "", "", []string{"a", "b"}) {
		t.Error("an undated event's id should depend on its article")
	}
}

func TestParseIRI(t *testing.T) {
	for _, tt := range []struct {
		in       string
		kind, id string
		ok       bool
	}{
		{graph.IRI(graph.KindEntity, "abc"), "entity", "abc", true},
		{graph.IRI(graph.KindArticle, "x-1"), "article", "x-1", true},
		{"https://schema.org/Person", "", "", false},
		{graph.IDBase + "entity/", "", "", false},
		{graph.IDBase + "entity", "", "", false},
	} {
		kind, id, ok := graph.ParseIRI(tt.in)
		if kind != tt.kind || id != tt.id || ok != tt.ok {
			t.Errorf("ParseIRI(%q) = %q %q %v, want %q %q %v", tt.in, kind, id, ok, tt.kind, tt.id, tt.ok)
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"U.S.":             "us",
		"  North   Korea ": "north korea",
		"Kim Jong‐un":      "kim jong-un",
		"Mr. Kim’s":        "mr kim's",
		"ＵＮ":               "un",
	} {
		if got := graph.Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEventName(t *testing.T) {
	x := sample()
	got := graph.EventName(x.Events[0], x.Entities)
	want := "meeting: Emmanuel Macron, Olaf Scholz (Berlin, 2024-03-04)"
	if got != want {
		t.Errorf("EventName = %q, want %q", got, want)
	}
}

func ExampleEntityID() {
	a := graph.EntityID(graph.EntityKey{Type: graph.Country, Name: "United States", Country: "USA"})
	b := graph.EntityID(graph.EntityKey{Type: graph.Country, Name: "U.S.", Country: "USA"})
	fmt.Println(a == b)
	// Output: true
}

func ExampleQuads() {
	body := "Olaf Scholz spoke in Berlin."
	scholz := graph.Entity{ID: graph.EntityID(graph.EntityKey{Type: graph.Person, Name: "Olaf Scholz"}), Type: graph.Person, Name: "Olaf Scholz",
		Mentions: []graph.Mention{{Start: 0, End: 11, Text: "Olaf Scholz", Label: graph.LabelPER}}}
	x := graph.Extraction{Article: graph.Article{ID: graph.ArticleID("", body)}, Body: body, Entities: []graph.Entity{scholz}}
	for _, q := range graph.Quads(x) {
		if q.Predicate == quad.IRI(graph.PredName) {
			fmt.Println(q.Object, "labelled", q.Label == graph.ArticleLabel(x.Article.ID))
		}
	}
	// Output: "Olaf Scholz" labelled true
}

func ExampleValidate() {
	x := graph.Extraction{Article: graph.Article{ID: "a"}, Body: "short",
		Relations: []graph.Relation{{Subject: "x", Predicate: graph.RelAllyOf, Object: "y"}}}
	fmt.Println(graph.Validate(x))
	// Output: invalid argument: allyOf subject refers to entity "x" that is not in the extraction
}
