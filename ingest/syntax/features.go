package syntax

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"actorgraph/ingest/ner"
	"actorgraph/ingest/perceptron"
)

// word is what the features read of one token.
type word struct {
	cluster uint16 // the word's cluster path, 0 where it has none: see clusterOf
	lower   string // lower-cased, digits as 0
	shape   string // X for upper, x for lower, d for digit, runs of three or more cut to two
	first   bool   // first word of its sentence
}

func newWord(form string, first bool) word {
	var b, sh strings.Builder
	var last rune
	run := 0
	for _, r := range form {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			r = unicode.ToLower(r)
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
			r = '0'
		case r == '’' || r == '‘':
			r, c = '\'', '\''
		}
		b.WriteRune(r)
		if c == last {
			run++
		} else {
			run = 1
		}
		last = c
		if run <= 2 {
			sh.WriteRune(c)
		}
	}
	lower := b.String()
	return word{lower: lower, shape: sh.String(), first: first, cluster: clusterOf(lower)}
}

// clusters are the NER's word clusters (ingest/ner): a rare word's cluster
// says what words it is used like.
var clusters = sync.OnceValue(func() *ner.Clusters {
	c, err := ner.DefaultClusters()
	if err != nil {
		panic(fmt.Sprintf("syntax: the embedded word clusters do not load: %v", err))
	}
	return c
})

// clusterOf packs a word's cluster path into 16 bits: a leading 1 bit, then
// the path, so that every prefix length is told apart; 0 is no cluster.
func clusterOf(lower string) uint16 {
	bits, n := clusters().Path(lower)
	if n == 0 || n > 15 {
		if n > 15 {
			return 1<<15 | bits>>1
		}
		return 0
	}
	return 1<<n | bits
}

// clusterPrefix is the first n bits of a packed path (with its leading 1).
func clusterPrefix(c uint16, n int) int {
	if c == 0 {
		return 0
	}
	l := 15
	for c>>l == 0 {
		l--
	}
	if l <= n {
		return int(c)
	}
	return int(c >> (l - n))
}

func newInput(words []string) input {
	in := input{words: make([]word, len(words))}
	for i, w := range words {
		in.words[i] = newWord(w, i == 0)
	}
	return in
}

// suffix returns the last n bytes of s, whole runes only.
func suffix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i]
}

// Feature templates. Their numbers are part of the model files: never
// reuse or renumber one, only add.
const (
	fBias = iota + 1
	fWord
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fPre1
	fPre3
	fShape
	fFirstShape
	fPrevTag
	fPrev2Tags
	fPrevTagWord
	fPrevWord
	fPrevSuf3
	fPrev2Word
	fNextWord
	fNextSuf3
	fNext2Word
	fNextShape
	fHyphen
	fPOS
	fPOSPrev
	fPOSNext
	fPOSPrev2
	fPOSNext2
	fPOSBigramPrev
	fPOSBigramNext
	fPOSTrigram
	fWordPOS
	fChunkPrev
	fChunkPrevPOS
	fChunkPrevPOSPair
	fChunkPrev2
	fPOSNextWord
	fWordNext
	fCluster4
	fCluster8
	fCluster12
	fClusterAll
	fClusterPrev
	fClusterNext
)

// none stands for a word or label outside the sentence.
const none = "\x00"

func wordAt(in *input, i int) string {
	if i < 0 || i >= len(in.words) {
		return none
	}
	return in.words[i].lower
}

func posAt(in *input, i int) int {
	if i < 0 || i >= len(in.pos) {
		return -1
	}
	return in.pos[i]
}

func labelAt(prev []int, i int) int {
	if i < 0 || i >= len(prev) {
		return -1
	}
	return prev[i]
}

func str(tmpl int, s string) uint64 {
	return perceptron.Finish(perceptron.String(perceptron.Seed(tmpl), s))
}

func num(tmpl int, v int) uint64 { return perceptron.Finish(perceptron.Int(perceptron.Seed(tmpl), v)) }

func pair(tmpl, a, b int) uint64 {
	return perceptron.Finish(perceptron.Int(perceptron.Int(perceptron.Seed(tmpl), a), b))
}

func triple(tmpl, a, b, c int) uint64 {
	return perceptron.Finish(perceptron.Int(perceptron.Int(perceptron.Int(perceptron.Seed(tmpl), a), b), c))
}

func wordPair(tmpl int, a, b string) uint64 {
	return perceptron.Finish(perceptron.String(perceptron.String(perceptron.Seed(tmpl), a), b))
}

func hasHyphen(lower string) bool { return strings.Contains(lower, "-") }

// posWordFeatures appends the features of the word alone that the part-of-
// speech tagger's features open with.
func posWordFeatures(w *word, dst []uint64) []uint64 {
	return append(dst,
		perceptron.Finish(perceptron.Seed(fBias)),
		str(fWord, w.lower),
		str(fSuf1, suffix(w.lower, 1)),
		str(fSuf2, suffix(w.lower, 2)),
		str(fSuf3, suffix(w.lower, 3)),
		str(fSuf4, suffix(w.lower, 4)),
		str(fPre1, prefix(w.lower, 1)),
		str(fPre3, prefix(w.lower, 3)),
		str(fShape, w.shape),
	)
}

// posFeatures are the part-of-speech tagger's: the word, its affixes and
// shape, its neighbours, and the tags given to the two words before it.
// posTagger.score adds their weights in this order: change both together.
func posFeatures(in *input, i int, prev []int, dst []uint64) []uint64 {
	w := &in.words[i]
	p1, p2 := labelAt(prev, i-1), labelAt(prev, i-2)
	dst = posWordFeatures(w, dst)
	dst = append(dst,
		num(fPrevTag, p1),
		pair(fPrev2Tags, p1, p2),
		perceptron.Finish(perceptron.String(perceptron.Int(perceptron.Seed(fPrevTagWord), p1), w.lower)),
		str(fPrevWord, wordAt(in, i-1)),
		str(fPrev2Word, wordAt(in, i-2)),
		str(fNextWord, wordAt(in, i+1)),
		str(fNext2Word, wordAt(in, i+2)),
	)
	if w.cluster != 0 {
		dst = append(dst, num(fCluster4, clusterPrefix(w.cluster, 4)), num(fCluster8, clusterPrefix(w.cluster, 8)),
			num(fCluster12, clusterPrefix(w.cluster, 12)), num(fClusterAll, int(w.cluster)))
	}
	if i > 0 {
		dst = append(dst, num(fClusterPrev, clusterPrefix(in.words[i-1].cluster, 8)))
	}
	if i+1 < len(in.words) {
		dst = append(dst, num(fClusterNext, clusterPrefix(in.words[i+1].cluster, 8)))
	}
	if w.first {
		dst = append(dst, str(fFirstShape, w.shape))
	}
	if i > 0 {
		dst = append(dst, str(fPrevSuf3, suffix(in.words[i-1].lower, 3)))
	}
	if i+1 < len(in.words) {
		dst = append(dst, str(fNextSuf3, suffix(in.words[i+1].lower, 3)), str(fNextShape, in.words[i+1].shape),
			wordPair(fWordNext, w.lower, in.words[i+1].lower))
	}
	if hasHyphen(w.lower) {
		dst = append(dst, perceptron.Finish(perceptron.Seed(fHyphen)))
	}
	return dst
}

// chunkFeatures are the chunker's: the part-of-speech tags around the word,
// the word itself, and the chunk labels given to the words before it.
// chunkTagger.score adds their weights in this order: change both together.
func chunkFeatures(in *input, i int, prev []int, dst []uint64) []uint64 {
	p := posAt(in, i)
	pp, pn := posAt(in, i-1), posAt(in, i+1)
	c1, c2 := labelAt(prev, i-1), labelAt(prev, i-2)
	w := in.words[i].lower
	dst = append(dst,
		perceptron.Finish(perceptron.Seed(fBias)),
		str(fWord, w),
		num(fPOS, p),
		num(fPOSPrev, pp),
		num(fPOSNext, pn),
		num(fPOSPrev2, posAt(in, i-2)),
		num(fPOSNext2, posAt(in, i+2)),
		pair(fPOSBigramPrev, pp, p),
		pair(fPOSBigramNext, p, pn),
		triple(fPOSTrigram, pp, p, pn),
		perceptron.Finish(perceptron.String(perceptron.Int(perceptron.Seed(fWordPOS), p), w)),
		str(fPrevWord, wordAt(in, i-1)),
		str(fNextWord, wordAt(in, i+1)),
		num(fChunkPrev, c1),
		pair(fChunkPrevPOS, c1, p),
		triple(fChunkPrevPOSPair, c1, pp, p),
		pair(fChunkPrev2, c2, c1),
		perceptron.Finish(perceptron.String(perceptron.Int(perceptron.Seed(fPOSNextWord), p), wordAt(in, i+1))),
	)
	return dst
}
