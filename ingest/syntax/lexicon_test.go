package syntax

import (
	"bufio"
	"math"
	"os"
	"strings"
	"testing"

	"actorgraph/ingest/ner"
	"actorgraph/ingest/segment"
	"actorgraph/ingest/shared"
	"actorgraph/seeds"
)

// referenceScores scores word i as training does: its features from
// featuresAt, each looked up in the model's table, their weights added in
// order.
func referenceScores(t *tagger, in *input, i int, prev []int) []float32 {
	var sc scores
	for _, f := range t.featuresAt(in, i, prev, nil) {
		sc.add(t.weightsOf(f))
	}
	return sc[:len(t.labels)]
}

// testSentences are the sample articles' sentences, CoNLL-2003 dev's when
// present, and words the lexicon must take apart from one another.
func testSentences(t *testing.T) [][]string {
	var sents [][]string
	articles, err := seeds.Articles()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range articles {
		for _, s := range segment.Sentences(string(a.Text)) {
			var words []string
			for _, tok := range s.Tokens {
				words = append(words, tok.Text)
			}
			sents = append(sents, words)
		}
	}
	sents = append(sents,
		strings.Fields("US us U.S. Us-led us-led 1,000 2019 ÉTAT état ’s 's n't"),
		strings.Fields("a"),
		strings.Fields("Talks talks TALKS , , ,"),
		[]string{"\x00", "tab\tword", ""},
	)
	if path := shared.CoNLL("dev"); path != "" {
		if f, err := os.Open(path); err == nil {
			defer f.Close()
			docs, err := ner.ReadCoNLL(bufio.NewReader(f))
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range docs {
				for _, s := range d.Sentences {
					sents = append(sents, s.Words)
				}
			}
		}
	}
	return sents
}

// The taggers score every word exactly as the features training reads
// would, weights added in the same order, to the bit; twice, so that the
// second time the words come from the lexicon.
func TestTaggersScoreAsTheFeatures(t *testing.T) {
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	p, err = NewParser(p.POS, p.Chunk) // an empty lexicon
	if err != nil {
		t.Fatal(err)
	}
	sents := testSentences(t)
	same := func(a, b []float32) bool {
		for i := range a {
			if math.Float32bits(a[i]) != math.Float32bits(b[i]) {
				return false
			}
		}
		return len(a) == len(b)
	}
	var pos, chunk scores
	nPOS, nChunk := len(p.POS.t.labels), len(p.Chunk.t.labels)
	for round := range 2 {
		bad := 0
		for _, words := range sents {
			in := newInput(words)
			n := len(words)
			ys := make([]int, n)
			lx, chunkLx := p.lexemes(words)
			for i := range n {
				p.pos.score(lx, i, ys[:i], &pos)
				if want := referenceScores(p.POS.t, &in, i, ys[:i]); !same(pos[:nPOS], want) && bad < 5 {
					bad++
					t.Errorf("round %d, %q word %d: part-of-speech scores %v, want %v", round, words, i, pos[:nPOS], want)
				}
				ys[i] = argmax(pos[:nPOS])
			}
			in.pos = make([]int, n)
			for i, y := range ys {
				in.pos[i] = p.posIDs[y]
			}
			for i := range n {
				p.chunk.score(chunkLx, in.pos, i, ys[:i], &chunk)
				if want := referenceScores(p.Chunk.t, &in, i, ys[:i]); !same(chunk[:nChunk], want) && bad < 5 {
					bad++
					t.Errorf("round %d, %q word %d: chunk scores %v, want %v", round, words, i, chunk[:nChunk], want)
				}
				ys[i] = argmax(chunk[:nChunk])
			}
		}
	}
	t.Logf("%d sentences", len(sents))
}
