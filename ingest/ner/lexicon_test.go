package ner

import (
	"bufio"
	"math"
	"os"
	"strings"
	"testing"

	"actorgraph/ingest/segment"
	"actorgraph/ingest/shared"
	"actorgraph/seeds"
)

// testDocuments are the sample articles, CoNLL-2003 dev's documents when
// present, and words the lexicon must take apart from one another.
func testDocuments(t *testing.T) [][][]string {
	var docs [][][]string
	articles, err := seeds.Articles()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range articles {
		var doc [][]string
		for _, s := range segment.Sentences(string(a.Text)) {
			var words []string
			for _, tok := range s.Tokens {
				words = append(words, tok.Text)
			}
			doc = append(doc, words)
		}
		docs = append(docs, doc)
	}
	docs = append(docs, [][]string{
		strings.Fields("MINISTER VISITS U.S. , SAYS TALKS GO ON"),
		strings.Fields("President Obama met Mr. Abe ’s “ envoy ” in Tokyo"),
		strings.Fields("Obama"),
		strings.Fields("US us U.S. Us-led 1,000 2019 ÉTAT état <s> </s>"),
		{"\x00", "tab\tword", ""},
	})
	if f, err := os.Open(shared.CoNLL("dev")); err == nil {
		defer f.Close()
		cd, err := ReadCoNLL(bufio.NewReader(f))
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range cd {
			var doc [][]string
			for _, s := range d.Sentences {
				doc = append(doc, s.Words)
			}
			docs = append(docs, doc)
		}
	}
	return docs
}

// Tagging through the lexicon gives every token the scores the features
// give, to the bit, in both passes; twice, so that the second time the
// words come from the lexicon.
func TestLexiconScoresAsTheFeatures(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	m2 := *m
	m2.prepare() // an empty lexicon
	m = &m2
	docs := testDocuments(t)
	bad := 0
	for round := range 2 {
		for _, words := range docs {
			d := newDocument(words)
			d.gazetteer(m.gazLookup)
			got := m.lexemeScores(d, m.lexemes(d), new(tokenScores))
			d.setClusters(m.clusterLookup)
			want := m.wordScores(d)
			for p := range m.passes {
				for k := range want[p] {
					for i := range want[p][k] {
						g, w := got[p][k][i], want[p][k][i]
						for y := range g {
							if math.Float32bits(g[y]) != math.Float32bits(w[y]) && bad < 5 {
								bad++
								t.Errorf("round %d, pass %d, %q token %d: scores %v, want %v", round, p, words[k], i, g, w)
								break
							}
						}
					}
				}
			}
		}
	}
	t.Logf("%d documents", len(docs))
}
