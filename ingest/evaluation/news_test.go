package evaluation_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"actorgraph/ingest"
	"actorgraph/ingest/evaluation"
	"actorgraph/ingest/ner"
	"actorgraph/ingest/shared"
)

// corpus reads the Reuters-21578 development corpus beside the project, or
// skips saying why.
func corpus(t *testing.T) []evaluation.Record {
	t.Helper()
	recs, err := evaluation.LoadCorpus(shared.Need(t, shared.ReutersDev()))
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// The annotated articles are exactly the sample GUIDE.md describes, split
// as it says.
func TestAnnotationsAreTheSample(t *testing.T) {
	recs := corpus(t)
	sample := evaluation.Sample(recs, 64)
	for i, split := range []string{evaluation.Dev, evaluation.HeldOut} {
		anns, err := evaluation.Annotations(split)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]bool{}
		for _, id := range sample[32*i : 32*(i+1)] {
			want[id] = true
		}
		for _, a := range anns {
			if !want[a.Article] {
				t.Errorf("%s annotation %s is not in the %s part of the sample", split, a.Article, split)
			}
			delete(want, a.Article)
		}
		if len(want) > 0 {
			t.Errorf("%d articles of the %s sample are not annotated", len(want), split)
		}
	}
}

// The fresh held-out set is drawn from the same sample order, after the
// first 64: its articles lie in the next 57 of that order (24 annotated,
// 33 passed over because their output had been read while developing,
// GUIDE.md).
func TestHeldOut2IsFromTheSample(t *testing.T) {
	recs := corpus(t)
	sample := evaluation.Sample(recs, 64+57)
	at := map[string]int{}
	for i, id := range sample {
		at[id] = i
	}
	anns, err := evaluation.Annotations(evaluation.HeldOut2)
	if err != nil {
		t.Fatal(err)
	}
	if len(anns) != 24 {
		t.Errorf("%d heldout2 annotations, want 24", len(anns))
	}
	for _, a := range anns {
		if i, ok := at[a.Article]; !ok || i < 64 {
			t.Errorf("heldout2 annotation %s is not in the sample after the first 64 (position %d, in sample %v)", a.Article, i, ok)
		}
	}
}

// The third held-out set is drawn from the same order again, after the
// first 121, from its articles of at least 1,000 bytes: longer articles
// carry more events and relations than heldout2's. Articles whose output
// had been read while developing, and texts repeated in the corpus, were
// passed over (GUIDE.md); no two of its articles share their text.
func TestHeldOut3IsFromTheSample(t *testing.T) {
	checkLongDraw(t, evaluation.HeldOut3, nil)
}

// The fourth held-out set is drawn as the third was, after it: the next 48
// articles of at least 1,000 bytes after the first 121 of the order,
// passing over every article whose output had been read while developing
// (including the audits of the eleventh session), every article of an
// earlier split and every repeated text (GUIDE.md).
func TestHeldOut4IsFromTheSample(t *testing.T) {
	checkLongDraw(t, evaluation.HeldOut4, []string{evaluation.Dev, evaluation.HeldOut, evaluation.HeldOut2, evaluation.HeldOut3})
}

// checkLongDraw checks a held-out set of 48 articles of at least 1,000
// bytes drawn after the first 121 of the sample order: none twice, and
// none with the text of an article of the earlier splits.
func checkLongDraw(t *testing.T, split string, earlierSplits []string) {
	t.Helper()
	recs := corpus(t)
	at := map[string]int{}
	for i, id := range evaluation.Sample(recs, len(recs)) {
		at[id] = i
	}
	text := map[string]string{}
	for _, r := range recs {
		text[r.ID] = r.Text
	}
	anns, err := evaluation.Annotations(split)
	if err != nil {
		t.Fatal(err)
	}
	if len(anns) != 48 {
		t.Errorf("%d %s annotations, want 48", len(anns), split)
	}
	earlier := map[string]string{}
	for _, sp := range earlierSplits {
		old, err := evaluation.Annotations(sp)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range old {
			earlier[text[a.Article]] = sp + " " + a.Article
		}
	}
	seen := map[string]string{}
	for _, a := range anns {
		if i, ok := at[a.Article]; !ok || i < 121 {
			t.Errorf("%s annotation %s is not in the sample after the first 121 (position %d, in sample %v)", split, a.Article, i, ok)
		}
		if n := len(text[a.Article]); n < 1000 {
			t.Errorf("%s article %s has %d bytes, fewer than 1,000", split, a.Article, n)
		}
		if other, ok := seen[text[a.Article]]; ok {
			t.Errorf("%s articles %s and %s have the same text", split, a.Article, other)
		}
		if other, ok := earlier[text[a.Article]]; ok {
			t.Errorf("%s article %s has the text of %s", split, a.Article, other)
		}
		seen[text[a.Article]] = a.Article
	}
}

func TestAnnotationsFitTheirText(t *testing.T) {
	byID := map[string]evaluation.Record{}
	for _, r := range corpus(t) {
		byID[r.ID] = r
	}
	anns, err := evaluation.Annotations("")
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range anns {
		r := byID[a.Article]
		if a.Published != r.Published {
			t.Errorf("%s: published %q, the corpus says %q", a.Article, a.Published, r.Published)
		}
		if probs := a.Check(r.Text); len(probs) > 0 {
			t.Errorf("%s:\n%s", a.Article, strings.Join(probs, "\n"))
		}
	}
}

// measureSplit runs the extractor on one split's annotated articles and
// logs its figures under title.
func measureSplit(t *testing.T, split, title string) *evaluation.Report {
	t.Helper()
	recs := corpus(t)
	anns, err := evaluation.Annotations(split)
	if err != nil {
		t.Fatal(err)
	}
	p, err := ingest.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := evaluation.Run(context.Background(), p, recs, anns)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := rep.Write(&out); err != nil {
		t.Fatal(err)
	}
	t.Log(title + ":\n" + out.String())
	return rep
}

// floor is a figure a measurement must not fall below.
type floor struct {
	name     string
	got, min float64
}

// checkFloors fails on every figure below its floor, unless
// ACTORGRAPH_EVAL_FLOORS=off.
func checkFloors(t *testing.T, floors []floor) {
	t.Helper()
	if os.Getenv("ACTORGRAPH_EVAL_FLOORS") == "off" {
		return
	}
	for _, f := range floors {
		if f.got < f.min {
			t.Errorf("%s fell to %.1f %% (floor %.1f %%)", f.name, 100*f.got, 100*f.min)
		}
	}
}

// TestHeldOut measures the extractor on the held-out half and prints the
// figures the README shows (go test -v -run HeldOut ./ingest/evaluation).
// The floors are the figures of the last measured change, less a margin:
// they catch a regression, they are not the goal.
func TestHeldOut(t *testing.T) {
	rep := measureSplit(t, evaluation.HeldOut, "held-out figures")
	checkFloors(t, []floor{
		{"entity precision", rep.Entities[evaluation.All].Precision(), 0.70},  // measured 73.5
		{"entity recall", rep.Entities[evaluation.All].Recall(), 0.82},        // 85.0
		{"mention precision", rep.Mentions[evaluation.All].Precision(), 0.80}, // 83.1
		// 72.7 since 2026-11-30 (8 of 11): the rules for where people work
		// ("X of <organisation>", "analyst at Y") added one relation the
		// held-out annotations do not have; read on 600 unannotated dev
		// articles they were right 22 times in 23 (the one error fixed).
		// At 11 relations one is 9 points: the floor guards against a
		// collapse, not against one relation.
		{"relation precision", rep.Relations[evaluation.All].Precision(), 0.70},
		// 85.4 and 91.6 since the thirteenth session (2026-12-01): its
		// quote rules, from audits of fresh dev articles, cost this set
		// one statement and one quote (35/41, 98/107) while quote precision
		// rose 1.4 points on heldout4, the fresh set; lowered to guard
		// against a collapse, not against one speaker
		{"statement precision", rep.Events["statement"].Precision(), 0.84},
		// 90.8 since the twenty-first session (99/109): its plural
		// speakers ("They said", "The companies said" after "A and B …")
		// added one quote here the annotation does not have, 29 on the
		// 8,161 dev articles read right, none on the other held-out sets
		{"quote precision", rep.Quotes.Precision(), 0.90},
		{"quote recall", rep.Quotes.Recall(), 0.65}, // 67.7
	})
}

// TestHeldOut2 measures the extractor on the fresh held-out set and
// prints the figures the README shows (go test -v -run HeldOut2
// ./ingest/evaluation). Its floors are its first measurement (2026-12-01,
// before any change was measured on it) less a margin.
func TestHeldOut2(t *testing.T) {
	rep := measureSplit(t, evaluation.HeldOut2, "fresh held-out figures (heldout2)")
	checkFloors(t, []floor{
		{"entity precision", rep.Entities[evaluation.All].Precision(), 0.80},  // first measured 84.4
		{"entity recall", rep.Entities[evaluation.All].Recall(), 0.78},        // 82.1
		{"mention precision", rep.Mentions[evaluation.All].Precision(), 0.83}, // 87.3
		{"statement precision", rep.Events["statement"].Precision(), 0.85},    // 92.0
		{"quote precision", rep.Quotes.Precision(), 0.92},                     // 96.6
		{"quote recall", rep.Quotes.Recall(), 0.70},                           // 75.0
	})
}

// TestHeldOut3 measures the extractor on the third held-out set and
// prints the figures the README shows (go test -v -run HeldOut3
// ./ingest/evaluation). Its floors are its first measurement less a
// margin.
func TestHeldOut3(t *testing.T) {
	rep := measureSplit(t, evaluation.HeldOut3, "fresh held-out figures (heldout3)")
	checkFloors(t, []floor{
		{"entity precision", rep.Entities[evaluation.All].Precision(), 0.75},    // first measured 78.9 (2026-12-01)
		{"entity recall", rep.Entities[evaluation.All].Recall(), 0.76},          // 79.9
		{"mention precision", rep.Mentions[evaluation.All].Precision(), 0.84},   // 87.2
		{"relation precision", rep.Relations[evaluation.All].Precision(), 0.70}, // 85.0 (17 of 20)
		{"statement precision", rep.Events["statement"].Precision(), 0.88},      // 92.6
		{"quote precision", rep.Quotes.Precision(), 0.92},                       // 95.4
		{"quote recall", rep.Quotes.Recall(), 0.75},                             // 79.0
	})
}

// TestHeldOut4 measures the extractor on the fourth held-out set and
// prints the figures the README shows (go test -v -run HeldOut4
// ./ingest/evaluation). Its floors are its first measurement (a2a93d8,
// the eleventh session's end, before the set was drawn) less a margin.
func TestHeldOut4(t *testing.T) {
	rep := measureSplit(t, evaluation.HeldOut4, "fresh held-out figures (heldout4)")
	checkFloors(t, []floor{
		{"entity precision", rep.Entities[evaluation.All].Precision(), 0.78},     // first measured 81.4 (2026-12-01)
		{"entity recall", rep.Entities[evaluation.All].Recall(), 0.79},           // 82.4
		{"mention precision", rep.Mentions[evaluation.All].Precision(), 0.86},    // 89.0
		{"relation precision", rep.Relations[evaluation.All].Precision(), 0.80},  // 100 (16 of 16)
		{"relation recall", rep.Relations[evaluation.All].Recall(), 0.20},        // 24.6 (16 of 65)
		{"event precision", rep.Events[evaluation.HardEvents].Precision(), 0.28}, // 36.1 (13 of 36)
		{"statement precision", rep.Events["statement"].Precision(), 0.87},       // 90.9
		{"quote precision", rep.Quotes.Precision(), 0.88},                        // 91.4
		{"quote recall", rep.Quotes.Recall(), 0.73},                              // 76.7
	})
}

// PipelineTags maps what the whole extractor prints — entity mentions and
// names of no actor — back onto CoNLL tokens.
func TestPipelineTags(t *testing.T) {
	p, err := ingest.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("Norland 's President Ada Berg met Jon Vik of Ostmark Steel Corp at the Winter Games in Brasca .")
	gold := []string{"B-LOC", "O", "O", "B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-MISC", "I-MISC", "O", "B-LOC", "O"}
	docs := []ner.Document{{Sentences: []ner.Sentence{
		{Words: strings.Fields("BRASCA 1996-08-30"), Tags: []string{"B-LOC", "O"}},
		{Words: words, Tags: gold},
	}}}
	g, pred, err := evaluation.PipelineTags(context.Background(), p, docs)
	if err != nil {
		t.Fatal(err)
	}
	if len(g) != 2 || len(pred) != 2 || len(pred[1]) != len(words) {
		t.Fatalf("got %d gold and %d predicted sentences, %d tags for %d words", len(g), len(pred), len(pred[1]), len(words))
	}
	for i, want := range map[int]string{3: "B-PER", 4: "I-PER", 6: "B-PER", 7: "I-PER", 9: "B-ORG", 11: "I-ORG", 14: "B-MISC", 15: "I-MISC", 1: "O", 12: "O"} {
		if pred[1][i] != want {
			t.Errorf("%s tagged %s, want %s (all: %v)", words[i], pred[1][i], want, pred[1])
		}
	}
}
