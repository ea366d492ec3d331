package evaluation

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"actorgraph/graph"
)

// A text of our own with offsets computed from it.
const body = `Norland's Prime Minister Ada Berg met Ostmark President Jon Vik in Brasca on Monday. "We agreed on fishing," Berg said. Ostmark rejected the tariff plan, officials said.`

func at(t *testing.T, s string, nth int) Span {
	t.Helper()
	from := 0
	for i := 0; ; i++ {
		j := strings.Index(body[from:], s)
		if j < 0 {
			t.Fatalf("%q occurs fewer than %d times", s, nth+1)
		}
		if i == nth {
			return Span{from + j, from + j + len(s)}
		}
		from += j + 1
	}
}

func mention(t *testing.T, s string, nth int, label string) graph.Mention {
	sp := at(t, s, nth)
	return graph.Mention{Start: sp.Start, End: sp.End, Text: s, Label: label}
}

func gold(t *testing.T) Annotation {
	s1 := Span{0, strings.Index(body, "Monday.") + len("Monday.")}
	s3 := Span{strings.Index(body, "Ostmark rejected"), len(body)}
	q := at(t, "We agreed on fishing,", 0)
	q.End-- // the comma is not the quote's
	return Annotation{
		Article: "x", Split: Dev, Published: "2020-01-08",
		Entities: []Entity{
			{Ref: "norland", Type: graph.Country, Name: "Norland", Mentions: []graph.Mention{mention(t, "Norland", 0, "LOC")}},
			{Ref: "berg", Type: graph.Person, Name: "Ada Berg", Mentions: []graph.Mention{mention(t, "Ada Berg", 0, "PER"), mention(t, "Berg", 1, "PER")}},
			{Ref: "ostmark", Type: graph.Country, Name: "Ostmark", Mentions: []graph.Mention{mention(t, "Ostmark", 0, "LOC"), mention(t, "Ostmark", 1, "LOC")}},
			{Ref: "vik", Type: graph.Person, Name: "Jon Vik", Mentions: []graph.Mention{mention(t, "Jon Vik", 0, "PER")}},
			{Ref: "brasca", Type: graph.City, Name: "Brasca", Mentions: []graph.Mention{mention(t, "Brasca", 0, "LOC")}},
		},
		Relations: []Relation{
			{Subject: "berg", Predicate: graph.RelLeaderOf, Object: "norland", Sentence: s1},
			{Subject: "vik", Predicate: graph.RelLeaderOf, Object: "ostmark", Sentence: s1},
		},
		Events: []Event{
			{Type: "meeting", Participants: []string{"berg", "vik"}, Date: "2020-01-06", Location: "brasca", Status: "happened", Sentence: s1},
			{Type: "reject", Actors: []string{"ostmark"}, Status: "happened", Sentence: s3},
		},
		Quotes: []Quote{{Speaker: "berg", Start: q.Start, End: q.End, Direct: true, Sentence: Span{q.Start - 1, s3.Start - 1}}},
	}
}

func ent(id string, typ graph.EntityType, ms ...graph.Mention) graph.Entity {
	return graph.Entity{ID: id, Type: typ, Name: id, Mentions: ms}
}

func TestAnnotationCheck(t *testing.T) {
	a := gold(t)
	if probs := a.Check(body); len(probs) > 0 {
		t.Fatalf("hand-made annotation does not check: %v", probs)
	}
	a.Entities[0].Mentions[0].End++
	a.Relations[0].Predicate = "ownerOf"
	a.Events[0].Participants = append(a.Events[0].Participants, "nobody")
	got := a.Check(body)
	want := []string{
		`entity norland: mention 0-8 does not hold "Norland"`,
		`relation: unknown predicate "ownerOf"`,
		`event party: "nobody" is no entity ref`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Check (-want +got):\n%s", diff)
	}
}

func TestScore(t *testing.T) {
	g := gold(t)
	s1 := graph.Evidence{Start: g.Relations[0].Sentence.Start, End: g.Relations[0].Sentence.End}
	s3 := graph.Evidence{Start: g.Events[1].Sentence.Start, End: g.Events[1].Sentence.End}
	q := g.Quotes[0]
	x := graph.Extraction{
		Body: body,
		Entities: []graph.Entity{
			ent("N", graph.Country, mention(t, "Norland", 0, "LOC")),
			ent("B", graph.Person, mention(t, "Ada Berg", 0, "PER"), mention(t, "Berg", 1, "PER")),
			ent("O", graph.Organization, mention(t, "Ostmark", 0, "ORG")), // wrong type
			ent("O2", graph.Country, mention(t, "Ostmark", 1, "LOC")),     // the right node for Ostmark
			ent("V", graph.Person, mention(t, "Jon Vik", 0, "PER")),
			ent("P", graph.Place, mention(t, "Minister", 0, "LOC")), // junk
			ent("C", graph.City, mention(t, "Brasca", 0, "LOC")),
			ent("V2", graph.Person, mention(t, "Jon Vik", 0, "PER")), // a duplicate
			{ID: "Z", Type: graph.Country, Name: "Zed"},              // no mention
		},
		Relations: []graph.Relation{
			{Subject: "B", Predicate: graph.RelLeaderOf, Object: "N", Evidence: s1},
			{Subject: "C", Predicate: graph.RelCapitalOf, Object: "N", Evidence: s1}, // not stated
		},
		Events: []graph.Event{
			{Type: "meeting", Date: "2020-01-06", Location: "C", Evidence: s1,
				Participants: []graph.Participant{{Entity: "B", Role: "actor"}, {Entity: "V", Role: "target"}}}, // right: symmetric
			{Type: "reject", Evidence: s3, Participants: []graph.Participant{{Entity: "O2", Role: "target"}}}, // partly: wrong role
			{Type: "statement", Evidence: graph.Evidence{Start: q.Sentence.Start, End: q.Sentence.End},
				Participants: []graph.Participant{{Entity: "B", Role: "actor"}}},
		},
		Quotes: []graph.Quote{
			{Speaker: "B", Text: body[q.Start:q.End], Evidence: graph.Evidence{Start: q.Sentence.Start, End: q.Sentence.End}},
			{Speaker: "V", Text: "Ostmark rejected the tariff plan", Evidence: s3}, // no annotated quote
		},
	}
	r := NewReport()
	r.Add(g, x)
	got := map[string]Counts{
		"entities":   *r.Entities[All],
		"Person":     *r.Entities["Person"],
		"Country":    *r.Entities["Country"],
		"mentions":   *r.Mentions[All],
		"relations":  *r.Relations[All],
		"hard":       *r.Events[HardEvents],
		"statements": *r.Events["statement"],
		"quotes":     r.Quotes,
	}
	want := map[string]Counts{
		// right: N, B, O2, V, C; wrong: O (type), P (junk), V2 (duplicate), Z (no mention)
		"entities": {TP: 5, Pred: 9, Found: 5, Gold: 5},
		"Person":   {TP: 2, Pred: 3, Found: 2, Gold: 2},
		"Country":  {TP: 2, Pred: 3, Found: 2, Gold: 2}, // N, O2, Z (O was typed Organization)
		// mention spans: 7 distinct predicted spans, one of the wrong type, one junk
		"mentions":   {TP: 6, Pred: 8, Found: 6, Gold: 7},
		"relations":  {TP: 1, Pred: 2, Found: 1, Gold: 2},
		"hard":       {TP: 1, Pred: 2, Found: 2, Gold: 2},
		"statements": {TP: 1, Pred: 1, Found: 1, Gold: 1},
		"quotes":     {TP: 1, Pred: 2, Found: 1, Gold: 1},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("counts (-want +got):\n%s", diff)
	}
	errs := map[string]int{"junk": r.Junk, "unmentioned": r.Unmentioned, "duplicates": r.Duplicates, "wrong type": r.WrongType, "partly": r.EventsPartly}
	if diff := cmp.Diff(map[string]int{"junk": 1, "unmentioned": 1, "duplicates": 1, "wrong type": 1, "partly": 1}, errs); diff != "" {
		t.Errorf("error counts (-want +got):\n%s", diff)
	}
	var out strings.Builder
	if err := r.Write(&out); err != nil || !strings.Contains(out.String(), "1 duplicates") {
		t.Errorf("report: %v\n%s", err, out.String())
	}
}

func TestSampleOrder(t *testing.T) {
	recs := []Record{
		{ID: "a", Text: strings.Repeat("x", 500)},
		{ID: "b", Text: strings.Repeat("x", 300)}, // too short
		{ID: "c", Text: strings.Repeat("x", 900), Topics: []string{"earn"}},
		{ID: "d", Text: strings.Repeat("x", 900), Topics: []string{"earn", "acq"}},
		{ID: "e", Text: strings.Repeat("x", 3000)}, // too long
	}
	got := Sample(recs, 10)
	want := []string{"a", "d"}
	if sampleKey("d") < sampleKey("a") {
		want = []string{"d", "a"}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Sample (-want +got):\n%s", diff)
	}
}

// TestScoreEventMentions: an annotated event in another sentence an event
// lists among its mentions is found, once, when the types agree and it
// names one of its parties; precision still counts the event once.
func TestScoreEventMentions(t *testing.T) {
	g := gold(t)
	s1 := graph.Evidence{Start: g.Relations[0].Sentence.Start, End: g.Relations[0].Sentence.End}
	s2 := graph.Evidence{Start: g.Quotes[0].Sentence.Start, End: g.Quotes[0].Sentence.End}
	s3 := graph.Evidence{Start: g.Events[1].Sentence.Start, End: g.Events[1].Sentence.End}
	// the meeting told again in the quote's sentence, naming Berg
	g.Events = append(g.Events, Event{Type: "meeting", Participants: []string{"berg"}, Status: "happened", Sentence: Span{s2.Start, s2.End}})
	ents := []graph.Entity{
		ent("B", graph.Person, mention(t, "Ada Berg", 0, "PER"), mention(t, "Berg", 1, "PER")),
		ent("V", graph.Person, mention(t, "Jon Vik", 0, "PER")),
		ent("C", graph.City, mention(t, "Brasca", 0, "LOC")),
		ent("O2", graph.Country, mention(t, "Ostmark", 1, "LOC")),
	}
	meeting := graph.Event{Type: "meeting", Date: "2020-01-06", Location: "C", Evidence: s1,
		Participants: []graph.Participant{{Entity: "B", Role: "participant"}, {Entity: "V", Role: "participant"}}}
	for _, tc := range []struct {
		name     string
		mentions []graph.Evidence
		want     Counts
		by       int
	}{
		{"evidence only", nil, Counts{TP: 1, Pred: 1, Found: 1, Gold: 3}, 0},
		{"told again in the quote's sentence", []graph.Evidence{s2}, Counts{TP: 1, Pred: 1, Found: 2, Gold: 3}, 1},
		// the rejection's sentence holds no meeting: nothing more is found
		{"a sentence of another event", []graph.Evidence{s3}, Counts{TP: 1, Pred: 1, Found: 1, Gold: 3}, 0},
	} {
		ev := meeting
		ev.Mentions = tc.mentions
		r := NewReport()
		r.Add(g, graph.Extraction{Body: body, Entities: ents, Events: []graph.Event{ev}})
		if got := *r.Events[HardEvents]; got != tc.want || r.EventsByMention != tc.by {
			t.Errorf("%s: events %+v, found by a mention %d; want %+v, %d", tc.name, got, r.EventsByMention, tc.want, tc.by)
		}
	}
}
