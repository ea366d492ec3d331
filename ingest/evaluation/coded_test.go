package evaluation_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"actorgraph/graph"
	"actorgraph/ingest"
	"actorgraph/ingest/evaluation"
	"actorgraph/ingest/reader"
)

func codedSet(t *testing.T) []evaluation.CodedSentence {
	t.Helper()
	files, err := evaluation.CodedFiles("coded")
	if err != nil {
		t.Fatal(err)
	}
	sents, err := evaluation.LoadCoded(files...)
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

// TestCodedSetShape: the team's set is what the issue asks for — at least
// 300 sentences, every root category in every variant — and the held-out
// batch ("f…") covers every root in every variant too.
func TestCodedSetShape(t *testing.T) {
	sents := codedSet(t)
	if len(sents) < 300 {
		t.Errorf("%d coded sentences, want at least 300", len(sents))
	}
	cells := map[string]int{} // by batch, root and variant
	split := map[string]int{}
	for _, s := range sents {
		cells[s.ID[:3]+" "+s.Variant]++
		split[evaluation.CodedSplit(s.ID)]++
	}
	for r := 1; r <= 20; r++ {
		root := string(rune('0'+r/10)) + string(rune('0'+r%10))
		for _, v := range []string{"active", "passive", "negated", "modal", "coordinated", "nominal"} {
			if n := cells["r"+root+" "+v]; n < 2 {
				t.Errorf("root %s has %d %s sentences in the first set, want at least 2", root, n, v)
			}
			if n := cells["f"+root+" "+v]; n < 1 {
				t.Errorf("root %s has no %s sentence in the held-out batch", root, v)
			}
		}
	}
	if split[evaluation.HeldOut] < 120 || split[evaluation.Dev] < 300 {
		t.Errorf("%d dev and %d held-out sentences, want at least 300 and 120", split[evaluation.Dev], split[evaluation.HeldOut])
	}
}

func TestReadCodedRejectsBadSentences(t *testing.T) {
	for name, line := range map[string]string{
		"source not in text": `{"id":"x","date":"2024-01-01","variant":"active","text":"A met B.","events":[{"code":"040","source":"C","target":"B"}],"note":""}`,
		"bad code":           `{"id":"x","date":"2024-01-01","variant":"active","text":"A met B.","events":[{"code":"4a","source":"A","target":"B"}],"note":""}`,
		"unknown field":      `{"id":"x","date":"2024-01-01","variant":"active","text":"A met B.","events":[],"note":"","extra":1}`,
		"bad date":           `{"id":"x","date":"2024","variant":"active","text":"A met B.","events":[],"note":""}`,
	} {
		if _, err := evaluation.ReadCoded(strings.NewReader(line)); err == nil {
			t.Errorf("%s: read without error", name)
		}
	}
}

// fixedExtractor answers every sentence with the same events, so that the
// scorer is checked on a case worked out by hand.
type fixedExtractor struct{ x graph.Extraction }

func (f fixedExtractor) Extract(_ context.Context, doc reader.Document) (graph.Extraction, error) {
	x := f.x
	x.Body = doc.Body
	return x, nil
}

// countryIn is a country entity named once in text, at its first occurrence.
func countryIn(text, id, name string) graph.Entity {
	i := strings.Index(text, name)
	return graph.Entity{ID: id, Name: name, Type: graph.Country, Mentions: []graph.Mention{{Start: i, End: i + len(name), Text: name}}}
}

// TestScoreCoded: one sentence, two expected events (Norland and Vardo
// each condemned Brekka); the extraction codes the first right, the second
// with the wrong root, and adds a spurious pair.
func TestScoreCoded(t *testing.T) {
	text := "Norland and Vardo condemned Brekka on Monday."
	x := graph.Extraction{
		Entities: []graph.Entity{countryIn(text, "n", "Norland"), countryIn(text, "v", "Vardo"), countryIn(text, "b", "Brekka")},
		Events: []graph.Event{
			{ID: "1", Type: "disapproval", CAMEO: "111", Participants: []graph.Participant{{Entity: "n", Role: graph.RoleActor}, {Entity: "b", Role: graph.RoleTarget}}},
			{ID: "2", Type: "threat", CAMEO: "130", Participants: []graph.Participant{{Entity: "v", Role: graph.RoleActor}, {Entity: "b", Role: graph.RoleTarget}}},
			{ID: "3", Type: "statement", CAMEO: "010", Participants: []graph.Participant{{Entity: "n", Role: graph.RoleActor}}},
		},
	}
	sent := evaluation.CodedSentence{ID: "t1", Date: "2024-03-04", Variant: "coordinated", Text: text, Events: []evaluation.CodedEvent{
		{Code: "111", Source: "Norland", Target: "Brekka"}, {Code: "111", Source: "Vardo", Target: "Brekka"},
	}}
	rep, err := evaluation.RunCoded(context.Background(), fixedExtractor{x}, []evaluation.CodedSentence{sent}, true)
	if err != nil {
		t.Fatal(err)
	}
	// statements are no coded pairs: two pairs predicted, one right
	if rep.Expected != 2 || rep.Correct != 1 || rep.RootOnly != 2 || rep.Predicted != 2 || rep.Matched != 1 {
		t.Errorf("expected %d, correct %d, root only %d, predicted %d, matched %d; want 2, 1, 2, 2, 1\n%s",
			rep.Expected, rep.Correct, rep.RootOnly, rep.Predicted, rep.Matched, rep)
	}
	if len(rep.Errors) != 2 {
		t.Errorf("errors listed: %q, want the miss and the spurious pair", rep.Errors)
	}
}

// TestScoreCodedSymmetric: three sides of a meeting, all participants, are
// three unordered pairs; an expected pair matches in either order, and the
// reverse order is no second prediction.
func TestScoreCodedSymmetric(t *testing.T) {
	text := "Norland, Vardo and Brekka met in Ostby."
	x := graph.Extraction{
		Entities: []graph.Entity{countryIn(text, "n", "Norland"), countryIn(text, "v", "Vardo"), countryIn(text, "b", "Brekka")},
		Events: []graph.Event{{ID: "1", Type: "meeting", CAMEO: "040", Participants: []graph.Participant{
			{Entity: "n", Role: graph.RoleParticipant}, {Entity: "v", Role: graph.RoleParticipant}, {Entity: "b", Role: graph.RoleParticipant}}}},
	}
	sent := evaluation.CodedSentence{ID: "t2", Date: "2024-03-04", Variant: "coordinated", Text: text, Events: []evaluation.CodedEvent{
		{Code: "040", Source: "Norland", Target: "Vardo"}, {Code: "040", Source: "Brekka", Target: "Norland"},
	}}
	rep, err := evaluation.RunCoded(context.Background(), fixedExtractor{x}, []evaluation.CodedSentence{sent}, true)
	if err != nil {
		t.Fatal(err)
	}
	// pairs n-v, n-b, v-b: both expected found (n-b read as b→n), v-b spurious
	if rep.Expected != 2 || rep.Correct != 2 || rep.Predicted != 3 || rep.Matched != 2 {
		t.Errorf("expected %d, correct %d, predicted %d, matched %d; want 2, 2, 3, 2\n%s",
			rep.Expected, rep.Correct, rep.Predicted, rep.Matched, rep)
	}
}

// TestCodedHeldOut measures the pipeline on the held-out batch of the coded
// sentences (never read for errors) and keeps it from falling.
func TestCodedHeldOut(t *testing.T) {
	var held []evaluation.CodedSentence
	for _, s := range codedSet(t) {
		if evaluation.CodedSplit(s.ID) == evaluation.HeldOut {
			held = append(held, s)
		}
	}
	p, err := ingest.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := evaluation.RunCoded(context.Background(), p, held, false)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("coded sentences, held-out batch:\n" + rep.String())
	if os.Getenv("ACTORGRAPH_EVAL_FLOORS") == "off" {
		return
	}
	if rep.Agreement() < 25 || rep.RootAgreement() < 35 {
		t.Errorf("below the floors (root + both parties 25 %%, root 35 %%):\n%s", rep)
	}
}
