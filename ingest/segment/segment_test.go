package segment

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"actorgraph/seeds"
)

func words(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Mr. Kim met U.S. officials.", []string{"Mr.", "Kim", "met", "U.S.", "officials", "."}},
		{"Kim Jong-un’s train", []string{"Kim", "Jong-un", "’s", "train"}},
		{"the U.S.-backed plan", []string{"the", "U.S.-backed", "plan"}},
		{"some 30,000 workers, 2.5 million", []string{"some", "30,000", "workers", ",", "2.5", "million"}},
		{"Stephen E. Biegun said", []string{"Stephen", "E.", "Biegun", "said"}},
		{"“We agree,” she said", []string{"“", "We", "agree", ",", "”", "she", "said"}},
		{"North Korea-Russia border", []string{"North", "Korea-Russia", "border"}},
		{"wait...", []string{"wait", "..."}},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in)
		if diff := cmp.Diff(tt.want, words(toks)); diff != "" {
			t.Errorf("Tokenize(%q) (-want +got):\n%s", tt.in, diff)
		}
		for _, tok := range toks {
			if tt.in[tok.Start:tok.End] != tok.Text {
				t.Errorf("token %q does not slice the input at [%d,%d)", tok.Text, tok.Start, tok.End)
			}
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"abbreviations do not end sentences", "Mr. Kim met Dr. Lee in the U.N. building. They talked.",
			[]string{"Mr. Kim met Dr. Lee in the U.N. building.", "They talked."}},
		{"a possessive ends a sentence: its s is no initial", "The largest debt is Norland's. Vesk has the second. It is Lund’s. Talks went on.",
			[]string{"The largest debt is Norland's.", "Vesk has the second.", "It is Lund’s.", "Talks went on."}},
		{"U.S. at the end of a sentence", "The plan angered the U.S. The talks ended.",
			[]string{"The plan angered the U.S.", "The talks ended."}},
		{"a wire's capital And after U.S. goes on", "Talks between the U.S. And Japan ended. They resume soon.",
			[]string{"Talks between the U.S. And Japan ended.", "They resume soon."}},
		{"closing curly quote stays", "“We will talk.” Then he left.",
			[]string{"“We will talk.”", "Then he left."}},
		{"straight quote opening the next sentence", `He spoke in twelve years. "This is new," she said.`,
			[]string{"He spoke in twelve years.", `"This is new," she said.`}},
		{"straight quote closing", `She said "we agree." He left.`,
			[]string{`She said "we agree."`, "He left."}},
		{"a dot before a comma ends an abbreviation, not a sentence", "Halden Corp, a Portland, Ore., holding company, rose. It fell.",
			[]string{"Halden Corp, a Portland, Ore., holding company, rose.", "It fell."}},
		{"a dot joined to a hyphen ends an abbreviation, not a sentence", "It bought a Dublin, Calif.-based maker. It fell.",
			[]string{"It bought a Dublin, Calif.-based maker.", "It fell."}},
		{"a company's dotted legal form before a name and a verb ends the sentence", "He bought it from Halden Corp. Halden had announced plans. Veska Corp. Salomon Brothers Inc co-managed it.",
			[]string{"He bought it from Halden Corp.", "Halden had announced plans.", "Veska Corp.", "Salomon Brothers Inc co-managed it."}},
		{"not before another legal form or a word the wire capitalised", "Brask Heavy Industries Co. Ltd of Valby won. Varn Systems Inc. Has raised its stake.",
			[]string{"Brask Heavy Industries Co. Ltd of Valby won.", "Varn Systems Inc. Has raised its stake."}},
		{"plural titles before names end nothing ('Democratic Sens. Jon Vik and Ada Lund', 'Reps.', 'Govs.', 'Messrs.')", "Clark met Democratic Sens. Jon Vik and Ada Lund. Reps. Karl Brask and Govs. Ole Berg spoke. Messrs. Vik and Lund left.",
			[]string{"Clark met Democratic Sens. Jon Vik and Ada Lund.", "Reps. Karl Brask and Govs. Ole Berg spoke.", "Messrs. Vik and Lund left."}},
		{"paragraphs", "A headline without a stop\n\nThe body starts here.",
			[]string{"A headline without a stop", "The body starts here."}},
		{"wrapped line", "The minister said the\ntalks would go on.",
			[]string{"The minister said the\ntalks would go on."}},
		{"a stock ticker's full stop ends nothing", "Sonar Corp <SNR.T> said it would. Prices fell.",
			[]string{"Sonar Corp <SNR.T> said it would.", "Prices fell."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tt.in) {
				got = append(got, tt.in[s.Start:s.End])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestIsCapitalised(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"Paris", true},
		{"NATO", true},
		{"Émile", true},
		{"Łódź", true},
		{"Ölkə", true},
		{"Δελφοί", true},
		{"Москва", true},
		{"ǅemal", true}, // a title-case digraph
		{"paris", false},
		{"élan", false},
		{"łódź", false},
		{"δελφοί", false},
		{"42nd", false},
		{"'s", false},
		{"“Paris", false},
		{"東京", false}, // no case at all
		{"", false},
		{"\xc3", false}, // half of "É"
	}
	for _, tt := range tests {
		if got := IsCapitalised(tt.w); got != tt.want {
			t.Errorf("IsCapitalised(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"Mr. Kim met U.S. envoys. “Yes,” he said.", "a..b", "U.S.-", "’s", "\"\n\n\"", "3,4.5.", "E.U.-led"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		last := 0
		for _, sent := range Sentences(s) {
			if sent.Start < last || sent.End < sent.Start || sent.End > len(s) || len(sent.Tokens) == 0 {
				t.Fatalf("bad sentence [%d,%d) after %d in %q", sent.Start, sent.End, last, s)
			}
			for _, tok := range sent.Tokens {
				if tok.Start < sent.Start || tok.End > sent.End || tok.Start >= tok.End || s[tok.Start:tok.End] != tok.Text {
					t.Fatalf("bad token %+v in %q", tok, s)
				}
				if strings.TrimSpace(tok.Text) != tok.Text {
					t.Fatalf("token with space %q", tok.Text)
				}
			}
			last = sent.End
		}
	})
}

func BenchmarkSentences(b *testing.B) {
	body := strings.Repeat("German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Monday, officials said. “We agree on aid to Ukraine,” Mr. Scholz told reporters after the U.S.-backed talks.\n\n", 50)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		Sentences(body)
	}
}

// A sentence with white space (or the body's ends) either side tokenises
// alone exactly as it did in its article, offsets aside: the relation
// rules read its tokens as they are instead of tokenising it again.
func TestSentenceTokenisesAlone(t *testing.T) {
	articles, err := seeds.Articles()
	if err != nil {
		t.Fatal(err)
	}
	bodies := []string{
		"Talks in the U.S. ended.The U.S.-backed plan... won't work -- he said.\n\n1,000 troops left at 3 p.m. on Jan. 5.\"",
		"He met Mr. Smith in Washington D.C. on Tuesday. Prices rose 1.5 pct.",
	}
	for _, a := range articles {
		bodies = append(bodies, string(a.Text))
	}
	space := func(body string, i int) bool {
		return i < 0 || i >= len(body) || strings.ContainsRune(" \n\t\r\f\v", rune(body[i]))
	}
	checked := 0
	for _, body := range bodies {
		for _, s := range Sentences(body) {
			if !space(body, s.Start-1) || !space(body, s.End) {
				continue
			}
			checked++
			var want []Token
			for _, tok := range s.Tokens {
				want = append(want, Token{tok.Text, tok.Start - s.Start, tok.End - s.Start})
			}
			if diff := cmp.Diff(want, Tokenize(body[s.Start:s.End])); diff != "" {
				t.Errorf("%q tokenises alone otherwise (-in the article +alone):\n%s", body[s.Start:s.End], diff)
			}
		}
	}
	if checked < 50 {
		t.Errorf("only %d sentences checked", checked)
	}
}
