package evaluation_test

import (
	"context"
	"strings"
	"testing"

	"actorgraph/graph"
	"actorgraph/ingest/evaluation"
)

// TestScoreParagraph: a paragraph states three relations; the extraction
// finds the citizenship through the demonym's mention, gets the office's
// kind wrong (officialOf for leaderOf) and adds a relation of another kind
// (basedIn, not scored) and a spurious citizenship.
func TestScoreParagraph(t *testing.T) {
	text := "Jon Berg is a Norlandic economist. He was prime minister of Norland and a member of the Ostland Pact. He met Lena Dahl of Vardo."
	person := func(id, name string) graph.Entity {
		i := strings.Index(text, name)
		return graph.Entity{ID: id, Name: name, Type: graph.Person, Mentions: []graph.Mention{{Start: i, End: i + len(name), Text: name}}}
	}
	norland := countryIn(text, "n", "Norland")
	norland.Mentions = append(norland.Mentions, graph.Mention{Start: strings.Index(text, "Norlandic"), End: strings.Index(text, "Norlandic") + len("Norlandic"), Text: "Norlandic"})
	x := graph.Extraction{
		Entities: []graph.Entity{person("j", "Jon Berg"), person("l", "Lena Dahl"), norland, countryIn(text, "v", "Vardo"),
			{ID: "o", Name: "Ostland Pact", Type: graph.Organization}},
		Relations: []graph.Relation{
			{Subject: "j", Predicate: graph.RelCitizenOf, Object: "n"},
			{Subject: "j", Predicate: graph.RelOfficialOf, Object: "n"},
			{Subject: "l", Predicate: graph.RelCitizenOf, Object: "n"},
			{Subject: "o", Predicate: graph.RelBasedIn, Object: "v"},
		},
	}
	p := evaluation.Paragraph{ID: "t1", Text: text, Relations: []evaluation.ParagraphRelation{
		{Subject: "Jon Berg", Predicate: graph.RelCitizenOf, Object: "Norlandic"},
		{Subject: "Jon Berg", Predicate: graph.RelLeaderOf, Object: "Norland"},
		{Subject: "Jon Berg", Predicate: graph.RelMemberOf, Object: "Ostland Pact"},
	}}
	rep, err := evaluation.RunParagraphs(context.Background(), fixedExtractor{x}, []evaluation.Paragraph{p}, true)
	if err != nil {
		t.Fatal(err)
	}
	// found 1 of 3; predicted 3 of the scored kinds, 1 right
	if got := [2]float64{rep.Recall(), rep.Precision()}; got != [2]float64{100.0 / 3, 100.0 / 3} {
		t.Errorf("recall, precision = %v, want 33.3, 33.3\n%s", got, rep)
	}
	if c := *rep.ByPredicate[graph.RelLeaderOf]; c != [4]int{1, 0, 0, 0} {
		t.Errorf("leaderOf [annotated found predicted right] = %v, want [1 0 0 0]", c)
	}
	if c := *rep.ByPredicate[graph.RelCitizenOf]; c != [4]int{1, 1, 2, 1} {
		t.Errorf("citizenOf [annotated found predicted right] = %v, want [1 1 2 1]", c)
	}
	if len(rep.Errors) != 4 {
		t.Errorf("errors listed: %q, want two misses and two spurious relations", rep.Errors)
	}
}

func TestReadParagraphsRejectsBadOnes(t *testing.T) {
	for name, line := range map[string]string{
		"party not in text": `{"id":"x","text":"A is a B economist.","relations":[{"subject":"C","predicate":"citizenOf","object":"B"}]}`,
		"unknown predicate": `{"id":"x","text":"A is a B economist.","relations":[{"subject":"A","predicate":"bornIn","object":"B"}]}`,
		"unknown field":     `{"id":"x","text":"A is a B economist.","relations":[],"extra":1}`,
		"no id":             `{"text":"A is a B economist.","relations":[]}`,
	} {
		if _, err := evaluation.ReadParagraphs(strings.NewReader(line)); err == nil {
			t.Errorf("%s: read without error", name)
		}
	}
}

// TestParagraphSetShape: the team's encyclopaedic set loads, every kind is
// annotated, and it splits in halves of roughly equal size.
func TestParagraphSetShape(t *testing.T) {
	ps, err := evaluation.LoadParagraphs("encyclopaedic/paragraphs.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) < 80 {
		t.Errorf("%d paragraphs, want at least 80", len(ps))
	}
	kinds, split := map[string]int{}, map[string]int{}
	for _, p := range ps {
		split[evaluation.ParagraphSplit(p.ID)]++
		for _, r := range p.Relations {
			kinds[r.Predicate]++
		}
	}
	for _, k := range evaluation.EncyclopaedicKinds {
		if kinds[k] < 20 {
			t.Errorf("%d %s relations, want at least 20", kinds[k], k)
		}
	}
	if split[evaluation.Dev] < len(ps)/3 || split[evaluation.HeldOut] < len(ps)/3 {
		t.Errorf("halves of %d and %d paragraphs", split[evaluation.Dev], split[evaluation.HeldOut])
	}
}
