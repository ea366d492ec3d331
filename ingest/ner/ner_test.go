package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"math"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"actorgraph/ingest/segment"
	"actorgraph/ingest/shared"
)

func TestReadCoNLL(t *testing.T) {
	// Two hand-made documents. The document line is assembled here rather
	// than written out so that no committed file carries CoNLL's
	// document-start line, which is how the repository is checked for
	// CoNLL data that must not be committed.
	docStart := "-DOCSTART-" + " -X- O O"
	in := docStart + `

Alice NNP I-NP I-PER
visited VBD I-VP O
New NNP I-NP I-LOC
York NNP I-NP I-LOC
. . O O

Bob NNP I-NP I-PER
Smith NNP I-NP I-PER
Jones NNP I-NP B-PER

` + docStart + `

Acme NNP I-NP I-ORG
Corp NNP I-NP I-ORG
sold VBD I-VP O
Italian JJ I-NP I-MISC
wine NN B-NP O
`
	got, err := ReadCoNLL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Document{
		{Sentences: []Sentence{
			{Words: []string{"Alice", "visited", "New", "York", "."}, Tags: []string{"B-PER", "O", "B-LOC", "I-LOC", "O"},
				POS: []string{"NNP", "VBD", "NNP", "NNP", "."}, Chunks: []string{"B-NP", "B-VP", "B-NP", "I-NP", "O"}},
			// IOB1's B-PER separates two people; BIO starts each with B-.
			{Words: []string{"Bob", "Smith", "Jones"}, Tags: []string{"B-PER", "I-PER", "B-PER"},
				POS: []string{"NNP", "NNP", "NNP"}, Chunks: []string{"B-NP", "I-NP", "I-NP"}},
		}},
		{Sentences: []Sentence{
			// the chunk column's IOB1 B-NP separates two noun phrases too
			{Words: []string{"Acme", "Corp", "sold", "Italian", "wine"}, Tags: []string{"B-ORG", "I-ORG", "O", "B-MISC", "O"},
				POS: []string{"NNP", "NNP", "VBD", "JJ", "NN"}, Chunks: []string{"B-NP", "I-NP", "B-VP", "B-NP", "B-NP"}},
		}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReadCoNLL (-want +got):\n%s", diff)
	}
}

func TestReadCoNLLErrors(t *testing.T) {
	for _, in := range []string{"word\n", "word POS X-PER\n", "word B-FOO\n"} {
		if _, err := ReadCoNLL(strings.NewReader(in)); err == nil {
			t.Errorf("ReadCoNLL(%q): no error", in)
		}
	}
}

// readScoreFile reads testdata/score.conll: word, gold tag, predicted tag.
func readScoreFile(t *testing.T) (gold, pred [][]string) {
	t.Helper()
	sc := bufio.NewScanner(mustOpen(t, filepath.Join("testdata", "score.conll")))
	var g, p []string
	flush := func() {
		if len(g) > 0 {
			gold, pred = append(gold, g), append(pred, p)
		}
		g, p = nil, nil
	}
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 0:
			flush()
		case f[0] == "#":
		default:
			g, p = append(g, f[1]), append(p, f[2])
		}
	}
	flush()
	return gold, pred
}

func TestScore(t *testing.T) {
	gold, pred := readScoreFile(t)
	// By hand, from testdata/score.conll:
	// gold entities: PER John Smith; LOC Paris, Berlin; ORG Acme Corp, UN;
	//   MISC Danish: 6.
	// predicted: PER John, Smith; LOC Paris, UN; ORG Acme Corp;
	//   MISC Danish, plan: 7.
	// matches (type and both ends): Paris, Acme Corp, Danish: TP 3.
	// PER  TP 0 FP 2 FN 1: P 0, R 0, F1 0.
	// LOC  TP 1 FP 1 (UN) FN 1 (Berlin): P 50, R 50, F1 50.
	// ORG  TP 1 FP 0 FN 1 (UN): P 100, R 50, F1 2*100*50/150 = 66.667.
	// MISC TP 1 FP 1 (plan) FN 0: P 50, R 100, F1 66.667.
	// all  TP 3 FP 4 FN 3: P 3/7 = 42.857, R 3/6 = 50, F1 6/13 = 46.154.
	// tokens: 15, of which UN, plan and Berlin have the wrong type: 12.
	const third = 200.0 / 3
	want := Scores{
		Overall: Counts{TP: 3, FP: 4, FN: 3, Precision: 300.0 / 7, Recall: 50, F1: 600.0 / 13},
		ByType: map[string]Counts{
			"PER":  {TP: 0, FP: 2, FN: 1},
			"LOC":  {TP: 1, FP: 1, FN: 1, Precision: 50, Recall: 50, F1: 50},
			"ORG":  {TP: 1, FP: 0, FN: 1, Precision: 100, Recall: 50, F1: third},
			"MISC": {TP: 1, FP: 1, FN: 0, Precision: 50, Recall: 100, F1: third},
		},
		Tokens:        15,
		CorrectTokens: 12,
	}
	got := Score(gold, pred)
	approx := cmp.Comparer(func(a, b float64) bool { return math.Abs(a-b) < 1e-9 })
	if diff := cmp.Diff(want, got, approx); diff != "" {
		t.Errorf("Score (-want +got):\n%s", diff)
	}
	table := got.String()
	for _, line := range []string{"overall     42.86%    50.00%     46.15      3      4      3", "ORG        100.00%    50.00%     66.67      1      0      1"} {
		if !strings.Contains(table, line) {
			t.Errorf("Scores.String() lacks %q:\n%s", line, table)
		}
	}
}

func TestChunks(t *testing.T) {
	tests := []struct {
		tags []string
		want []chunk
	}{
		{[]string{"I-PER", "I-PER", "B-PER", "O"}, []chunk{{0, 2, "PER"}, {2, 3, "PER"}}},
		{[]string{"B-LOC", "I-ORG", "O", "I-LOC"}, []chunk{{0, 1, "LOC"}, {1, 2, "ORG"}, {3, 4, "LOC"}}},
		{[]string{"B-ORG", "L-ORG", "U-ORG", "S-PER", "E-PER"}, []chunk{{0, 2, "ORG"}, {2, 3, "ORG"}, {3, 4, "PER"}, {4, 5, "PER"}}},
		{nil, nil},
	}
	for _, tt := range tests {
		got := chunks(tt.tags)
		if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(chunk{})); diff != "" {
			t.Errorf("chunks(%q) (-want +got):\n%s", tt.tags, diff)
		}
		if back := chunks(bio(bilou(tt.tags))); !cmp.Equal(back, got, cmp.AllowUnexported(chunk{})) {
			t.Errorf("chunks(bio(bilou(%q))) = %v, want %v", tt.tags, back, got)
		}
	}
}

func TestDropTitles(t *testing.T) {
	tests := []struct {
		words      string
		tags, want string
	}{
		{"Mr. Kim said", "B-PER L-PER O", "O U-PER O"},
		{"President Vladimir Putin", "B-PER I-PER L-PER", "O B-PER L-PER"},
		{"Kim Jong-un left", "B-PER L-PER O", "B-PER L-PER O"},
		{"General Motors", "B-ORG L-ORG", "B-ORG L-ORG"},
	}
	for _, tt := range tests {
		d := newDocument([][]string{strings.Fields(tt.words)})
		ys := [][]int{bilou(strings.Fields(tt.tags))}
		dropTitles(d, ys)
		if diff := cmp.Diff(bilou(strings.Fields(tt.want)), ys[0]); diff != "" {
			t.Errorf("dropTitles(%q) (-want +got):\n%s", tt.words, diff)
		}
	}
}

// TestJoinInitials: an initial right before an organisation's name is
// part of it; not after a capitalised word or a slash, not "A" or "I".
func TestJoinInitials(t *testing.T) {
	tests := []struct {
		words      string
		tags, want string
	}{
		{"Boltz of T. Rowe Price said", "U-PER O O B-ORG I-ORG L-ORG O", "U-PER O B-ORG I-ORG I-ORG L-ORG O"},
		{"S G Warburg has", "O O U-ORG O", "B-ORG I-ORG L-ORG O"},
		{"Series A. Moody rated", "O O U-ORG O", "O O U-ORG O"},
		{"M / V Regent Star", "O O O B-ORG L-ORG", "O O O B-ORG L-ORG"},
		{"A Warburg unit", "O U-ORG O", "O U-ORG O"},
		{"of T. Rowe Price", "O O B-PER L-PER", "O O B-PER L-PER"},
	}
	for _, tt := range tests {
		d := newDocument([][]string{strings.Fields(tt.words)})
		ys := [][]int{bilou(strings.Fields(tt.tags))}
		joinInitials(d, ys)
		if diff := cmp.Diff(bilou(strings.Fields(tt.want)), ys[0]); diff != "" {
			t.Errorf("joinInitials(%q) (-want +got):\n%s", tt.words, diff)
		}
	}
}

// TestJoinCompanyTails: a name followed by "and Co" is one firm with it,
// whatever the name was labelled.
func TestJoinCompanyTails(t *testing.T) {
	tests := []struct {
		words      string
		tags, want string
	}{
		{"said Mabon Nugent and Co .", "O B-PER L-PER O O O", "O B-ORG I-ORG I-ORG L-ORG O"},
		{"of Wilson & Co said", "O U-PER O O O", "O B-ORG I-ORG L-ORG O"},
		{"Goldman , Sachs and Co .", "B-ORG I-ORG L-ORG O O O", "B-ORG I-ORG I-ORG I-ORG L-ORG O"},
		{"Smith and Jones met", "U-PER O U-PER O", "U-PER O U-PER O"},
		{"Wilson and Co", "O O O", "O O O"},
	}
	for _, tt := range tests {
		d := newDocument([][]string{strings.Fields(tt.words)})
		ys := [][]int{bilou(strings.Fields(tt.tags))}
		joinCompanyTails(d, ys)
		if diff := cmp.Diff(bilou(strings.Fields(tt.want)), ys[0]); diff != "" {
			t.Errorf("joinCompanyTails(%q) (-want +got):\n%s", tt.words, diff)
		}
	}
}

func TestJoinPartnerships(t *testing.T) {
	tests := []struct {
		words      string
		tags, want string
	}{
		{"Jon Vik of Halvard and Brask said", "B-PER L-PER O U-ORG O U-PER O", "B-PER L-PER O B-ORG I-ORG L-ORG O"},
		{"analysts at Halvard and Brask expect", "O O U-PER O U-PER O", "O O B-ORG I-ORG L-ORG O"},
		{"Ola Nes and Brask analyst Jon Vik", "B-PER L-PER O U-ORG O B-PER L-PER", "B-ORG I-ORG I-ORG L-ORG O B-PER L-PER"},
		{"Jon Vik of Norland and Vesk spoke", "B-PER L-PER O U-LOC O U-LOC O", "B-PER L-PER O U-LOC O U-LOC O"},
		{"Jon Vik of Halvard Inc and Brask 's Ola", "B-PER L-PER O B-ORG L-ORG O U-ORG O U-PER", "B-PER L-PER O B-ORG L-ORG O U-ORG O U-PER"},
		{"Jon Vik of Halvard Inc and Brask said", "B-PER L-PER O B-ORG L-ORG O U-PER O", "B-PER L-PER O B-ORG L-ORG O U-PER O"},
		{"Vesk Office of Budget and Brask said", "B-ORG I-ORG I-ORG L-ORG O U-PER O", "B-ORG I-ORG I-ORG L-ORG O U-PER O"},
		{"analyst at brokers Halvard and Brask said", "O O O U-LOC O U-PER O", "O O O B-ORG I-ORG L-ORG O"},
		{"analyst at brokers Halvard and Brask said", "O O O O O U-PER O", "O O O B-ORG I-ORG L-ORG O"},
		{"Jon Vik of Halvard and Brask 's Ola", "B-PER L-PER O U-ORG O U-ORG O U-PER", "B-PER L-PER O U-ORG O U-ORG O U-PER"},
		{"Jon Vik of Halvard and Ada Berg spoke", "B-PER L-PER O U-ORG O B-PER L-PER O", "B-PER L-PER O U-ORG O B-PER L-PER O"},
		{"Jon Vik met Halvard and Brask today", "B-PER L-PER O U-PER O U-PER O", "B-PER L-PER O U-PER O U-PER O"},
		{"Jon Vik of Halvard and Brask said", "B-PER I-PER I-PER L-PER O U-PER O", "B-PER L-PER O B-ORG I-ORG L-ORG O"},
		{"Jon Vik of Halvard and Brask said", "B-PER L-PER O U-LOC O U-PER O", "B-PER L-PER O B-ORG I-ORG L-ORG O"},
		{"Jon Vik of Norland and Halvard spoke", "B-PER L-PER O U-LOC O U-ORG O", "B-PER L-PER O U-LOC O U-ORG O"},
	}
	for _, tt := range tests {
		d := newDocument([][]string{strings.Fields(tt.words)})
		ys := [][]int{bilou(strings.Fields(tt.tags))}
		joinPartnerships(d, ys)
		if diff := cmp.Diff(bilou(strings.Fields(tt.want)), ys[0]); diff != "" {
			t.Errorf("joinPartnerships(%q) (-want +got):\n%s", tt.words, diff)
		}
	}
}

// tiny is a hand-made corpus small enough to learn by heart.
var tiny = []Document{
	{Sentences: []Sentence{
		{Words: strings.Fields("Maria Lopez flew to Lima on Monday ."), Tags: strings.Fields("B-PER I-PER O O B-LOC O O O")},
		{Words: strings.Fields("Lopez met officials of Petrobank in Lima ."), Tags: strings.Fields("B-PER O O O B-ORG O B-LOC O")},
	}},
	{Sentences: []Sentence{
		{Words: strings.Fields("Petrobank shares rose in Oslo trading ."), Tags: strings.Fields("B-ORG O O O B-LOC O O")},
		{Words: strings.Fields("The Norwegian firm hired John Berg ."), Tags: strings.Fields("O B-MISC O O B-PER I-PER O")},
	}},
}

func TestTrainLearnsTinyCorpus(t *testing.T) {
	m, err := Train(context.Background(), tiny, TrainOptions{Epochs: [2]int{10, 10}, Seed: 1, Prune: -1})
	if err != nil {
		t.Fatal(err)
	}
	if got := Evaluate(m, tiny).Overall.F1; got != 100 {
		t.Errorf("F1 on the training corpus = %.2f, want 100\n%v", got, Evaluate(m, tiny))
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if got := Evaluate(m2, tiny).Overall.F1; got != 100 {
		t.Errorf("F1 after Write and Read = %.2f, want 100", got)
	}
}

func TestTrainCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Train(ctx, tiny, TrainOptions{}); err == nil {
		t.Error("Train with a cancelled context: no error")
	}
}

func TestReadRejectsGarbage(t *testing.T) {
	for _, in := range [][]byte{nil, []byte("not gzip"), gzipped(t, "another format\n"), gzipped(t, magic+"\x01")} {
		if _, err := Read(bytes.NewReader(in)); err == nil {
			t.Errorf("Read(%q): no error", in)
		}
	}
}

func TestEmptyModelRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	if err := new(Model).Write(&buf); err != nil {
		t.Fatal(err)
	}
	m, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Tag("Paris is in France.", nil); len(got) != 0 {
		t.Errorf("empty model tagged %v", got)
	}
}

func gzipped(t *testing.T, s string) []byte {
	t.Helper()
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func loadModel(t testing.TB) *Model {
	t.Helper()
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// spanSet renders spans as "label text" for comparison.
func spanSet(body string, spans []segment.Span) map[string]bool {
	out := map[string]bool{}
	for _, s := range spans {
		out[s.Label+" "+body[s.Start:s.End]] = true
	}
	return out
}

func TestTag(t *testing.T) {
	m := loadModel(t)
	tests := []struct {
		body string
		want []string
	}{
		{
			"German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday, officials said.",
			[]string{"PER Angela Merkel", "PER Emmanuel Macron", "LOC Berlin"},
		},
		{
			"Microsoft said on Tuesday it would buy a software company based in London for $2 billion.",
			[]string{"ORG Microsoft", "LOC London"},
		},
		{
			"The United Nations Security Council will meet in New York next week to discuss the crisis in Syria.",
			[]string{"ORG United Nations Security Council", "LOC New York", "LOC Syria"},
		},
		{
			"“We will not back down,” Prime Minister Narendra Modi told reporters in New Delhi.",
			[]string{"PER Narendra Modi", "LOC New Delhi"},
		},
		{
			// a legal form's full stop at the sentence's end is the sentence's
			"Bond prices fell sharply, said an analyst at Goldman, Sachs and Co.",
			[]string{"ORG Goldman, Sachs and Co"},
		},
	}
	for _, tt := range tests {
		got := spanSet(tt.body, m.Tag(tt.body, nil))
		for _, w := range tt.want {
			if !got[w] {
				t.Errorf("Tag(%q) lacks %q; got %v", tt.body, w, got)
			}
		}
	}
}

func TestTagConcurrent(t *testing.T) {
	m := loadModel(t)
	want := m.Tag(benchText, nil)
	if len(want) == 0 {
		t.Fatal("no entities in benchText")
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			if diff := cmp.Diff(want, m.Tag(benchText, nil)); diff != "" {
				t.Errorf("concurrent Tag differs (-want +got):\n%s", diff)
			}
		})
	}
	wg.Wait()
}

func TestTagSeedArticle(t *testing.T) {
	body := string(shared.Read(t, shared.ReferenceArticle()))
	m := loadModel(t)
	spans := m.Tag(body, segment.Sentences(body))
	// labelsOf lists the labels of every span whose text is name.
	labelsOf := func(name string) map[string]int {
		out := map[string]int{}
		for _, s := range spans {
			if body[s.Start:s.End] == name {
				out[s.Label]++
			}
		}
		return out
	}
	for _, tt := range []struct{ name, label string }{
		{"Kim Jong-un", "PER"}, {"Vladimir Putin", "PER"}, {"Trump", "PER"}, {"Moon Jae-in", "PER"},
		{"Nicholas Eberstadt", "PER"}, {"Stephen E. Biegun", "PER"},
		{"Vladivostok", "LOC"}, {"Moscow", "LOC"}, {"Hanoi", "LOC"}, {"Pyongyang", "LOC"}, {"Russia", "LOC"}, {"China", "LOC"},
	} {
		if !strings.Contains(body, tt.name) {
			t.Errorf("seed article no longer mentions %q", tt.name)
			continue
		}
		if got := labelsOf(tt.name); got[tt.label] == 0 {
			t.Errorf("%q never tagged %s as a whole span; labels of exact spans: %v", tt.name, tt.label, got)
		}
	}
	for _, s := range spans {
		w := body[s.Start:s.End]
		for _, bad := range []string{"Click", "Please", "LLC"} {
			if strings.Contains(w, bad) && (s.Label == "PER" || s.Label == "LOC") {
				t.Errorf("%q tagged %s", w, s.Label)
			}
		}
	}
}

// devF1 is the dev F1 of the shipped model (99.80), less some room. The
// model was trained on dev too, so this only catches a broken model or
// file; the honest dev figure, of a model trained on train alone, is in
// README.md.
const devF1 = 99.5

func TestDevScore(t *testing.T) {
	if testing.Short() {
		t.Skip("scoring the model on CoNLL-2003 dev is skipped with -short")
	}
	dev := readCoNLLFile(t, "dev")
	s := Evaluate(loadModel(t), dev)
	t.Logf("dev:\n%v", s)
	if s.Overall.F1 < devF1 {
		t.Errorf("dev F1 = %.2f, want ≥ %.2f", s.Overall.F1, devF1)
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"", " ", "Mr. Kim’s U.S.-backed plan.", "NORTH KOREA-RUSSIA TALKS\n\nPyongyang, Jan. 3 —",
		"“Hello,” said Dr. J. R. R. Tolkien's editor.", "\xff\xfe A.B. ’s ’", strings.Repeat("Paris ", 50),
	} {
		f.Add(s)
	}
	m, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body string) {
		last := -1
		for _, s := range m.Tag(body, nil) {
			if s.Start < 0 || s.End > len(body) || s.Start >= s.End {
				t.Fatalf("span %+v outside body of %d bytes", s, len(body))
			}
			if s.Start < last {
				t.Fatalf("span %+v overlaps or precedes the one before", s)
			}
			last = s.End
			if typeIndex(s.Label) < 0 {
				t.Fatalf("span %+v has label %q", s, s.Label)
			}
			if utf8.ValidString(body) && !utf8.ValidString(body[s.Start:s.End]) {
				t.Fatalf("span %+v cuts a character", s)
			}
		}
	})
}

// benchText is original news-style prose written for the benchmark.
const benchText = `WASHINGTON (Reuters) - Senior officials from the European Union and the United States met in Geneva on Thursday to discuss new trade rules, a spokesman for the U.S. Trade Representative said.

The talks, led by Commerce Secretary Maria Alvarez and the EU's trade commissioner Jan Novak, focused on steel tariffs and farm subsidies. "We made real progress," Alvarez told reporters outside the Palais des Nations.

Shares of General Motors and Ford rose in New York after the announcement, while the Nikkei index in Tokyo ended flat. Analysts at Goldman Sachs said the deal could lift exports from Ohio and Michigan by next year.

In Nairobi, Kenyan President William Ruto called on the African Union to back a ceasefire in Sudan, where fighting between the army and the Rapid Support Forces has displaced millions. The United Nations said aid convoys had reached Khartoum for the first time since March.

MOSCOW, Oct 2 - Russia's foreign ministry summoned the British ambassador on Wednesday over what it called hostile remarks by London's defence secretary, the Interfax news agency reported.
`

func BenchmarkTag(b *testing.B) {
	m := loadModel(b)
	sents := segment.Sentences(benchText)
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		m.Tag(benchText, sents)
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Read(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
}

// labelChunks reads the chunks chunks(bio(ys)) reads, from any labels,
// well-formed or not.
func TestLabelChunksAsBIO(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for round := range 2000 {
		ys := make([]int, rng.IntN(12))
		for i := range ys {
			ys[i] = rng.IntN(nLabels)
			if rng.IntN(3) == 0 {
				ys[i] = labelO
			}
		}
		var got []chunk
		labelChunks(ys, func(c chunk) { got = append(got, c) })
		if diff := cmp.Diff(chunks(bio(ys)), got, cmp.AllowUnexported(chunk{})); diff != "" {
			t.Fatalf("round %d, labels %v (-want +got):\n%s", round, ys, diff)
		}
	}
}
