package ner

import (
	"fmt"
	"strings"
)

// Types are the CoNLL-2003 entity types, in the order Scores reports them.
var Types = []string{"PER", "LOC", "ORG", "MISC"}

func typeIndex(t string) int {
	for i, s := range Types {
		if s == t {
			return i
		}
	}
	return -1
}

// Counts are the exact-span results for one entity type or for all of
// them. Precision, Recall and F1 are percentages, as conlleval prints them,
// and 0 where undefined.
type Counts struct {
	TP, FP, FN            int
	Precision, Recall, F1 float64
}

func (c Counts) withRates() Counts {
	c.Precision = 100 * ratio(c.TP, c.TP+c.FP)
	c.Recall = 100 * ratio(c.TP, c.TP+c.FN)
	if c.Precision+c.Recall > 0 {
		c.F1 = 2 * c.Precision * c.Recall / (c.Precision + c.Recall)
	}
	return c
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Scores are CoNLL exact-span scores: an entity counts only when its type
// and both boundaries match a gold entity. ByType has an entry for each of
// Types. CorrectTokens counts tokens whose predicted entity type (or O)
// matches the gold one.
type Scores struct {
	Overall               Counts
	ByType                map[string]Counts
	Tokens, CorrectTokens int
}

// Score compares predicted tag sequences with gold ones, sentence by
// sentence. Any IOB-style scheme is accepted on either side.
func Score(gold, pred [][]string) Scores {
	s := Scores{ByType: map[string]Counts{}}
	for _, t := range Types {
		s.ByType[t] = Counts{}
	}
	for k := range gold {
		var p []string
		if k < len(pred) {
			p = pred[k]
		}
		g := gold[k]
		for i := range g {
			s.Tokens++
			if i < len(p) && chunkType(g[i]) == chunkType(p[i]) {
				s.CorrectTokens++
			}
		}
		gc, pc := chunks(g), chunks(p)
		inGold := map[chunk]bool{}
		for _, c := range gc {
			inGold[c] = true
		}
		for _, c := range pc {
			ct := s.ByType[c.typ]
			if inGold[c] {
				ct.TP++
				delete(inGold, c)
			} else {
				ct.FP++
			}
			s.ByType[c.typ] = ct
		}
		for c := range inGold {
			ct := s.ByType[c.typ]
			ct.FN++
			s.ByType[c.typ] = ct
		}
	}
	for t, c := range s.ByType {
		s.Overall.TP += c.TP
		s.Overall.FP += c.FP
		s.Overall.FN += c.FN
		s.ByType[t] = c.withRates()
	}
	s.Overall = s.Overall.withRates()
	return s
}

func chunkType(tag string) string {
	if len(tag) < 3 {
		return ""
	}
	return tag[2:]
}

// Evaluate tags docs with m and scores the result against their gold tags.
func Evaluate(m *Model, docs []Document) Scores {
	var gold, pred [][]string
	for _, d := range docs {
		words := make([][]string, len(d.Sentences))
		for i, s := range d.Sentences {
			words[i] = s.Words
			gold = append(gold, s.Tags)
		}
		pred = append(pred, m.TagSentences(words)...)
	}
	return Score(gold, pred)
}

// String is a table in the manner of conlleval: token accuracy, then
// precision, recall, F1 and the counts overall and per type.
func (s Scores) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "processed %d tokens; accuracy %6.2f%%\n", s.Tokens, 100*ratio(s.CorrectTokens, s.Tokens))
	fmt.Fprintf(&b, "%-8s %9s %9s %9s %6s %6s %6s\n", "type", "precision", "recall", "F1", "TP", "FP", "FN")
	row := func(name string, c Counts) {
		fmt.Fprintf(&b, "%-8s %8.2f%% %8.2f%% %9.2f %6d %6d %6d\n", name, c.Precision, c.Recall, c.F1, c.TP, c.FP, c.FN)
	}
	row("overall", s.Overall)
	for _, t := range Types {
		row(t, s.ByType[t])
	}
	return b.String()
}
