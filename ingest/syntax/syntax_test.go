package syntax

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"actorgraph/ingest/ner"
	"actorgraph/ingest/shared"
)

// tagged turns "word/POS/CHUNK …" into a sentence with gold tags.
func tagged(t *testing.T, line string) ner.Sentence {
	t.Helper()
	var s ner.Sentence
	for _, f := range strings.Fields(line) {
		c := strings.LastIndex(f, "/")
		p := strings.LastIndex(f[:max(c, 0)], "/")
		if p <= 0 {
			t.Fatalf("bad token %q: want word/POS/CHUNK", f)
		}
		s.Words = append(s.Words, f[:p])
		s.POS = append(s.POS, f[p+1:c])
		s.Chunks = append(s.Chunks, f[c+1:])
	}
	return s
}

// Sentences written for these tests.
var ownSentences = []string{
	"The/DT/B-NP minister/NN/I-NP visited/VBD/B-VP Hanoi/NNP/B-NP ./././O",
	"Brazil/NNP/B-NP and/CC/I-NP India/NNP/I-NP signed/VBD/B-VP a/DT/B-NP treaty/NN/I-NP ./././O",
	"The/DT/B-NP talks/NNS/I-NP were/VBD/B-VP postponed/VBN/I-VP by/IN/B-PP Kenya/NNP/B-NP ./././O",
	"Chile/NNP/B-NP will/MD/B-VP not/RB/I-VP send/VB/I-VP troops/NNS/B-NP to/TO/B-PP Peru/NNP/B-NP ./././O",
	"Police/NNS/B-NP arrested/VBD/B-VP two/CD/B-NP protesters/NNS/I-NP in/IN/B-PP Lima/NNP/B-NP ./././O",
}

func TestTrainTagsWhatItLearned(t *testing.T) {
	var sents []ner.Sentence
	for _, l := range ownSentences {
		sents = append(sents, tagged(t, l))
	}
	ctx := context.Background()
	opt := TrainOptions{Epochs: 10, Prune: -1}
	pos, err := TrainPOS(ctx, sents, opt)
	if err != nil {
		t.Fatal(err)
	}
	chunk, err := TrainChunker(ctx, sents, pos, opt)
	if err != nil {
		t.Fatal(err)
	}
	p, err := NewParser(pos, chunk)
	if err != nil {
		t.Fatal(err)
	}
	s := Evaluate(p, sents)
	if s.POSCorrect != s.Words || s.Correct != s.Gold || s.Found != s.Gold {
		t.Errorf("on its own training sentences: %s; %s", s.POSString(), s.ChunkString())
	}
	// Written and read back, the models tag alike.
	var again [2]*Model
	for i, m := range []*Model{pos, chunk} {
		var buf bytes.Buffer
		if err := m.Write(&buf); err != nil {
			t.Fatal(err)
		}
		if again[i], err = ReadModel(&buf); err != nil {
			t.Fatal(err)
		}
	}
	q, err := NewParser(again[0], again[1])
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sents {
		p1, c1 := p.Tag(s.Words)
		p2, c2 := q.Tag(s.Words)
		if diff := cmp.Diff([][]string{p1, c1}, [][]string{p2, c2}); diff != "" {
			t.Errorf("read-back model tags %q differently (-written +read):\n%s", s.Words, diff)
		}
	}
	if _, err := NewParser(chunk, pos); err == nil {
		t.Error("NewParser accepted the models the wrong way round")
	}
	if _, err := TrainPOS(ctx, []ner.Sentence{{Words: []string{"a"}, Tags: []string{"O"}}}, opt); err == nil {
		t.Error("TrainPOS accepted sentences without part-of-speech tags")
	}
}

func TestReadModelRejectsOtherFiles(t *testing.T) {
	for name, data := range map[string][]byte{
		"not gzip":   []byte("hello"),
		"empty gzip": gz(t, ""),
		"other file": gz(t, "some other header\npos\n3\n"),
		"cut short":  gz(t, magic+"\npos\n2\nNN\nVB\n\x05"),
	} {
		if _, err := ReadModel(bytes.NewReader(data)); err == nil {
			t.Errorf("%s: read without error", name)
		}
	}
}

func gz(t *testing.T, s string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// The shipped parser on sentences written for this test: the tags and
// phrases the clause reader depends on.
func TestShippedParser(t *testing.T) {
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		words      string
		pos        string // tags of the words, "_" where any tag will do
		chunkTypes string // the phrase types in order, O words left out
	}{
		{"The prime minister did not visit Beijing last week .", "DT JJ NN VBD RB VB NNP JJ NN .", "NP VP NP NP"},
		{"Sanctions were imposed on Iran by the European Union .", "NNS VBD VBN IN NNP IN DT NNP NNP .", "NP VP PP NP PP NP"},
		{"France , Italy and Spain agreed to meet in Rome .", "NNP , NNP CC NNP VBD TO VB IN NNP .", "NP NP VP PP NP"},
		{"The army has arrested the opposition leader .", "DT NN VBZ VBN DT NN NN .", "NP VP NP"},
	} {
		words := strings.Fields(tc.words)
		pos, chunks := p.Tag(words)
		want := strings.Fields(tc.pos)
		for i := range want {
			if want[i] != "_" && pos[i] != want[i] {
				t.Errorf("%q: word %q tagged %s, want %s (all: %v)", tc.words, words[i], pos[i], want[i], pos)
			}
		}
		var types []string
		for _, s := range ner.Spans(chunks) {
			types = append(types, s.Type)
		}
		if got := strings.Join(types, " "); got != tc.chunkTypes {
			t.Errorf("%q: phrases %s, want %s (tags %v)", tc.words, got, tc.chunkTypes, chunks)
		}
	}
}

// TestDevFigures keeps the shipped models' figures on CoNLL-2003 dev (which
// they were not trained on) from falling: 95.29 % and F1 91.47 when shipped.
func TestDevFigures(t *testing.T) {
	f, err := os.Open(shared.Need(t, shared.CoNLL("dev")))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := ner.ReadCoNLL(bufio.NewReader(f))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	var sents []ner.Sentence
	for _, d := range docs {
		sents = append(sents, d.Sentences...)
	}
	s := Evaluate(p, sents)
	t.Logf("CoNLL-2003 dev: %s; %s", s.POSString(), s.ChunkString())
	if s.POS < 95 || s.F1 < 91 {
		t.Errorf("below the floors (POS 95 %%, chunk F1 91): %s; %s", s.POSString(), s.ChunkString())
	}
}

func FuzzTag(f *testing.F) {
	f.Add("The talks in Geneva collapsed .")
	f.Add("")
	f.Add("ÉTAT -- 1,000 ’s n't")
	p, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		pos, chunks := p.Tag(words)
		if len(pos) != len(words) || len(chunks) != len(words) {
			t.Fatalf("%d words, %d tags, %d chunk tags", len(words), len(pos), len(chunks))
		}
	})
}

// FuzzParse reads sentences made of words that shape clauses, chosen by the
// fuzzer's bytes: whatever their order, Parse ends and its clauses lie
// inside the sentence.
func FuzzParse(f *testing.F) {
	vocab := strings.Fields(`the minister said that who which to visit met and , . Japan France urged plans
		was were imposed by on sanctions 's talks between not didn't will would it has been of in
		agreed refused talks police arrested "`)
	f.Add([]byte{0, 1, 2, 3, 4})
	f.Add([]byte{11, 1, 4, 10, 3, 13, 9, 2})
	f.Add([]byte{0, 1, 5, 10, 3, 0, 1, 9, 7, 8, 12})
	p, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) > 60 {
			b = b[:60]
		}
		words := make([]string, len(b))
		for i, c := range b {
			words[i] = vocab[int(c)%len(vocab)]
		}
		s := p.Parse(words, [][2]int{{0, min(2, len(words))}})
		for _, c := range s.Clauses {
			if c.Head < 0 || c.Head >= len(words) || c.End > len(words) || c.Verb.Start > c.Head {
				t.Fatalf("%q: clause out of the sentence: %+v", words, c)
			}
		}
		s.Nominals(func(w string) bool { return w == "talks" || w == "sanctions" })
	})
}

// BenchmarkParse tags, chunks and reads the clauses of a sentence written
// for it (32 words).
func BenchmarkParse(b *testing.B) {
	p, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	words := strings.Fields("The foreign ministers of Norland and Vardo , meeting in Brekka on Tuesday , agreed to resume talks on a border treaty that their governments had abandoned in 2019 , officials said .")
	b.SetBytes(int64(len(strings.Join(words, " "))))
	for b.Loop() {
		p.Parse(words, [][2]int{{4, 5}, {6, 7}, {10, 11}})
	}
}

// TestParseLowered checks that a parse from words lowered by the caller is
// the parse Parse makes.
func TestParseLowered(t *testing.T) {
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"The Trade and Industry Ministry said it didn't expect Japan to cut tariffs .",
		"U.S. Treasury Secretary James Baker CANNOT attend the talks in Paris , officials said .",
		"Shares of General Motors Corp won't rise , analysts said .",
	} {
		words := strings.Fields(text)
		lowered := make([]string, len(words))
		for i, w := range words {
			lowered[i] = strings.ToLower(w)
		}
		names := [][2]int{{1, 5}}
		if diff := cmp.Diff(p.Parse(words, names), p.ParseLowered(words, lowered, names), cmp.AllowUnexported(Sentence{})); diff != "" {
			t.Errorf("%s: ParseLowered differs from Parse (-Parse +ParseLowered):\n%s", text, diff)
		}
	}
}
