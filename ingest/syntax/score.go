package syntax

import (
	"fmt"

	"actorgraph/ingest/ner"
)

// Scores are a parser's figures on sentences with gold tags.
type Scores struct {
	Words      int     // words with a gold part-of-speech tag
	POSCorrect int     // of them, tagged right
	POS        float64 // accuracy, %
	// Chunks (CoNLL-2000 style: a phrase counts when its type and both ends
	// are right), chunked from the parser's own part-of-speech tags.
	Gold, Found, Correct int
	P, R, F1             float64
}

// Evaluate tags and chunks sents with p and scores it against their gold
// part-of-speech and chunk tags.
func Evaluate(p *Parser, sents []ner.Sentence) Scores {
	var s Scores
	for _, sent := range sents {
		pos, chunks := p.Tag(sent.Words)
		if len(sent.POS) == len(pos) {
			for i := range pos {
				s.Words++
				if pos[i] == sent.POS[i] {
					s.POSCorrect++
				}
			}
		}
		if len(sent.Chunks) == len(chunks) {
			gold := map[ner.Span]bool{}
			for _, c := range ner.Spans(sent.Chunks) {
				gold[c] = true
			}
			s.Gold += len(gold)
			for _, c := range ner.Spans(chunks) {
				s.Found++
				if gold[c] {
					s.Correct++
				}
			}
		}
	}
	pct := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return 100 * float64(a) / float64(b)
	}
	s.POS = pct(s.POSCorrect, s.Words)
	s.P, s.R = pct(s.Correct, s.Found), pct(s.Correct, s.Gold)
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
	return s
}

// POSString and ChunkString report the figures as eval prints them.
func (s Scores) POSString() string {
	return fmt.Sprintf("part-of-speech accuracy %.2f%% (%d of %d words)", s.POS, s.POSCorrect, s.Words)
}

func (s Scores) ChunkString() string {
	return fmt.Sprintf("chunks P %.2f R %.2f F1 %.2f (%d gold, %d found, %d right; from predicted part-of-speech tags)",
		s.P, s.R, s.F1, s.Gold, s.Found, s.Correct)
}
