package ner

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"actorgraph/ingest/perceptron"
	"actorgraph/ingest/wordset"
)

// Labels are BILOU tags: O, then Begin, Inside, Last and Unit for each of
// Types. BILOU lets the model learn entity ends apart from middles, which
// pays on CoNLL's many one-word entities.
const (
	labelO  = 0
	nLabels = 1 + 4*4
)

const (
	posB = iota
	posI
	posL
	posU
)

func label(pos, typ int) int { return 1 + 4*typ + pos }

func labelType(y int) int { return (y - 1) / 4 }

func labelPos(y int) int { return (y - 1) % 4 }

// allowed reports whether label cur may follow label prev; prev == nLabels
// stands for the start of a sentence.
func allowed(prev, cur int) bool {
	inside := prev != nLabels && prev != labelO && (labelPos(prev) == posB || labelPos(prev) == posI)
	if cur == labelO {
		return !inside
	}
	switch labelPos(cur) {
	case posB, posU:
		return !inside
	default:
		return inside && labelType(prev) == labelType(cur)
	}
}

// allowedLast reports whether a sentence may end in label y.
func allowedLast(y int) bool {
	return y == labelO || labelPos(y) == posL || labelPos(y) == posU
}

// bilou turns a tag sequence in any IOB scheme into label indices.
func bilou(tags []string) []int {
	out := make([]int, len(tags))
	for _, c := range chunks(tags) {
		t := typeIndex(c.typ)
		if c.end-c.start == 1 {
			out[c.start] = label(posU, t)
			continue
		}
		out[c.start] = label(posB, t)
		for i := c.start + 1; i < c.end-1; i++ {
			out[i] = label(posI, t)
		}
		out[c.end-1] = label(posL, t)
	}
	return out
}

// bio turns label indices back into BIO tags.
func bio(ys []int) []string {
	out := make([]string, len(ys))
	for i, y := range ys {
		out[i] = bioTags[y]
	}
	return out
}

// bioTags is the BIO tag of each label, made once rather than per token.
var bioTags = func() (t [nLabels]string) {
	t[labelO] = "O"
	for y := 1; y < nLabels; y++ {
		switch labelPos(y) {
		case posB, posU:
			t[y] = "B-" + Types[labelType(y)]
		default:
			t[y] = "I-" + Types[labelType(y)]
		}
	}
	return t
}()

// normalize maps a token of running text to the form CoNLL-2003 (Reuters,
// 1996) would have: straight quotes and apostrophes, ASCII dashes.
func normalize(w string) string {
	if isASCII(w) {
		return w
	}
	return normReplacer.Replace(w)
}

var normReplacer = strings.NewReplacer(
	"’", "'", "‘", "'", "‛", "'", "′", "'",
	"“", "\"", "”", "\"", "„", "\"", "«", "\"", "»", "\"",
	"–", "-", "‑", "-", "‐", "-", "—", "--", "―", "--",
	"…", "...",
)

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// token is what the features read of one word.
type token struct {
	form, lower  string
	shape, short string
	upperStart   bool // first rune is an upper-case letter
	hasLetter    bool
	allUpper     bool // has letters, none lower-case
	title        bool // one of personTitles, with or without a full stop
	// id numbers the distinct lower-cased words of a document, to index
	// what the document knows of each; word numbers its distinct words
	// as written.
	id, word int32
}

func newToken(w string) token {
	f := normalize(w)
	t := token{form: f, lower: strings.ToLower(f)}
	var shapeBuf, shortBuf [32]byte
	shape, short := shapeBuf[:0], shortBuf[:0]
	var last byte
	run := 0
	t.allUpper = true
	for i, r := range f {
		var c byte
		switch {
		case r < utf8.RuneSelf:
			c = asciiShape[r]
			t.hasLetter = t.hasLetter || c == 'X' || c == 'x'
			t.allUpper = t.allUpper && c != 'x'
		case unicode.IsUpper(r):
			c = 'X'
			t.hasLetter = true
		case unicode.IsLetter(r):
			c = 'x'
			t.hasLetter = true
			t.allUpper = false
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = '~'
		}
		if i == 0 {
			t.upperStart = c == 'X'
		}
		if c == last {
			run++
		} else {
			run = 1
			short = append(short, c)
		}
		if run <= 4 {
			shape = append(shape, c)
		}
		last = c
	}
	t.allUpper = t.allUpper && t.hasLetter
	t.shape, t.short = string(shape), string(short)
	t.title = personTitles.Has(strings.TrimSuffix(t.lower, "."))
	return t
}

// asciiShape is the shape character of each ASCII character, as the
// unicode classes give it: X upper-case, x lower-case, d digit, else itself.
var asciiShape = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
		switch {
		case 'A' <= c && c <= 'Z':
			t[c] = 'X'
		case 'a' <= c && c <= 'z':
			t[c] = 'x'
		case '0' <= c && c <= '9':
			t[c] = 'd'
		}
	}
	return t
}()

// Feature templates. Their numbers are part of the model file: never reuse
// or renumber one, only add.
const (
	fBias = iota + 1
	fLower
	fForm
	fPrefix
	fSuffix
	fShape
	fShort
	fLowerPrev
	fLowerNext
	fLowerPrev2
	fLowerNext2
	fShortPrev
	fShortNext
	fPairPrev
	fPairNext
	fShortTri
	fFirstShort
	fCapsLower
	fCapsShort
	fDocLowerSeen
	fDocCapSeen
	fDocCapUnseen
	fGaz
	fHist
	fHistMax
	fShortLine
	fLowerPrevShape
	fShapeLowerNext
	fFormPrev
	fFormNext
	fSandwich
	fP1Own
	fP1Prev
	fP1Next
	fP1Doc
	fP1DocMax
	fTitlePrev
	fGazWord
	fCluster
	fClusterPrev
	fClusterNext
)

// personTitles stand before people's names. Reuters, and so CoNLL-2003,
// hardly ever writes "Mr." or "Mrs.", while other papers write them before
// every surname: one feature for the whole class lets the honorifics share
// what the model learns from "President" and "Minister".
var personTitles = wordset.Of(map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "prof": true, "sir": true, "dame": true,
	"lord": true, "lady": true, "president": true, "minister": true, "premier": true, "chancellor": true,
	"secretary": true, "senator": true, "sen": true, "rep": true, "representative": true, "governor": true,
	"gov": true, "mayor": true, "ambassador": true, "envoy": true, "general": true, "gen": true,
	"col": true, "colonel": true, "lt": true, "sgt": true, "capt": true, "captain": true, "adm": true,
	"admiral": true, "commander": true, "judge": true, "justice": true, "pope": true, "cardinal": true,
	"bishop": true, "rev": true, "father": true, "sheikh": true, "prince": true, "princess": true,
	"king": true, "queen": true, "emperor": true, "chairman": true, "chairwoman": true,
	"spokesman": true, "spokeswoman": true, "coach": true, "striker": true, "midfielder": true,
})

// sentence is a sentence prepared for feature extraction.
type sentence struct {
	toks    []token
	first   int  // the index of toks[0] among the document's tokens
	allCaps bool // every word with letters is upper-case: a headline or dateline
}

func newSentence(toks []token, first int) sentence {
	s := sentence{toks: toks, first: first, allCaps: true}
	letters := 0
	for _, t := range toks {
		if t.hasLetter {
			letters++
			if !t.allUpper {
				s.allCaps = false
			}
		}
	}
	s.allCaps = s.allCaps && letters > 0
	return s
}

// document holds what features know of the whole document: how each word
// is cased elsewhere in it, and the labels given to it in earlier
// sentences. What it knows of a word is indexed by the word's token.id.
type document struct {
	sents   []sentence
	words   int       // distinct words as written, numbered by token.word
	forms   []string  // each of them, by token.word
	lexemes []*lexeme // and their lexemes when readDocument was given them
	toks    []token   // every token, which sents divide
	// passLabels is where each pass writes its labels: tagging's result,
	// good until the document is released.
	passLabels [2]labelRoom
	lowerMid   []bool // seen all lower-case inside a sentence
	capMid     []bool // seen capitalised inside a mixed-case sentence
	hist       [][1 + 4]int32
	// gaz holds the gazetteer features of every token of the document, in
	// token order: those of the j-th are gaz[gazAt[j]:gazAt[j+1]].
	gaz   []uint64
	gazAt []int32

	// The first pass's labels, and for each capitalised word the types
	// it gave its occurrences, when a second pass runs.
	pass1      [][]int
	pass1Types [][1 + 4]int32

	// clusters holds the cluster of each lower-cased word, by token.id;
	// nil when the model has none.
	clusters []clusterPath
}

// wordIndex numbers the words of a document as newDocument reads it:
// forms numbers each word as written (token.word), with first the index of
// its first token; lowers numbers each lower-cased word (token.id). It is
// kept for the next document, which clears it (until then it holds the
// words of the last one).
type wordIndex struct {
	forms, lowers wordset.Index
	first         []int
}

var indexPool = sync.Pool{New: func() any { return &wordIndex{} }}

func newDocument(sents [][]string) *document { return readDocument(sents, nil, nil) }

// readDocument is newDocument taking each distinct word's token from its
// lexeme, which lexeme gives, instead of making it afresh, and keeping the
// lexemes in d.lexemes; a nil lexeme makes the tokens. buf, if not nil, is
// a document no longer used, whose room the new one takes.
func readDocument(sents [][]string, lexeme func(string) *lexeme, buf *document) *document {
	d := &document{}
	if buf != nil {
		d = buf
		*d = document{sents: buf.sents, toks: buf.toks, forms: buf.forms[:0], lexemes: buf.lexemes[:0],
			lowerMid: buf.lowerMid, capMid: buf.capMid, hist: buf.hist, passLabels: buf.passLabels}
	}
	d.sents = sized(d.sents, len(sents))
	n := 0
	for _, ws := range sents {
		n += len(ws)
	}
	d.toks = sized(d.toks, n)
	toks := d.toks
	// Words repeat through a story: each distinct word is read once.
	ix := indexPool.Get().(*wordIndex)
	defer indexPool.Put(ix)
	ix.forms.Reset(n)
	ix.lowers.Reset(n)
	ix.first = ix.first[:0]
	j := 0
	for k, ws := range sents {
		for _, w := range ws {
			if word, added := ix.forms.Add(w); !added {
				toks[j] = toks[ix.first[word]]
			} else {
				var t token
				if lexeme != nil {
					lx := lexeme(w)
					d.lexemes = append(d.lexemes, lx)
					t = lx.tok
				} else {
					t = newToken(w)
				}
				t.id, _ = ix.lowers.Add(t.lower)
				t.word = word
				toks[j] = t
				ix.first = append(ix.first, j)
				d.forms = append(d.forms, w)
			}
			j++
		}
		d.sents[k] = newSentence(toks[j-len(ws):j:j], j-len(ws))
	}
	d.words = ix.forms.Len()
	ids := ix.lowers.Len()
	d.lowerMid = zeroed(d.lowerMid, ids)
	d.capMid = zeroed(d.capMid, ids)
	d.hist = zeroed(d.hist, ids)
	for _, s := range d.sents {
		for i, t := range s.toks {
			if i == 0 || !t.hasLetter {
				continue
			}
			if t.form == t.lower {
				d.lowerMid[t.id] = true
			} else if t.upperStart && !s.allCaps {
				d.capMid[t.id] = true
			}
		}
	}
	return d
}

// labelRoom holds a pass's labels of every token, and of each sentence
// (a part of tokens).
type labelRoom struct {
	tokens []int
	sents  [][]int
}

// sized is s with length n, grown if need be; its old elements stay.
func sized[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// zeroed is s with length n and every element zero.
func zeroed[T any](s []T, n int) []T {
	s = sized(s, n)
	clear(s)
	return s
}

// clone returns a copy of d that labels may be given to without touching
// d: training folds side by side share the documents' features, not
// what each pass remembers.
func (d *document) clone() *document {
	c := *d
	c.hist = make([][5]int32, len(d.hist))
	c.pass1, c.pass1Types = nil, nil
	c.passLabels = [2]labelRoom{}
	return &c
}

// tokens is the number of tokens in d.
func (d *document) tokens() int {
	if len(d.sents) == 0 {
		return 0
	}
	last := &d.sents[len(d.sents)-1]
	return last.first + len(last.toks)
}

// gazetteer finds the gazetteer matches of every sentence.
func (d *document) gazetteer(gaz gazLookup) {
	var hits []gazHit
	for k := range d.sents {
		hits = gazetteerFeatures(&d.sents[k], gaz, hits)
	}
	// Group the features by token, each token's in the order found.
	n := d.tokens()
	d.gazAt = make([]int32, n+1)
	for _, h := range hits {
		d.gazAt[h.tok+1]++
	}
	for j := range n {
		d.gazAt[j+1] += d.gazAt[j]
	}
	next := slices.Clone(d.gazAt[:n])
	d.gaz = make([]uint64, len(hits))
	for _, h := range hits {
		d.gaz[next[h.tok]] = h.key
		next[h.tok]++
	}
}

// setClusters looks up the cluster of each word of the document.
func (d *document) setClusters(lookup func(key uint64) clusterPath) {
	d.clusters = make([]clusterPath, len(d.hist))
	done := make([]bool, len(d.hist))
	for _, s := range d.sents {
		for _, t := range s.toks {
			if !done[t.id] {
				d.clusters[t.id] = lookup(clusterKey(clusterWord(t.lower)))
				done[t.id] = true
			}
		}
	}
}

func (d *document) clusterAt(s *sentence, i int) clusterPath {
	switch {
	case i < 0:
		return clusterPath{bits: 1}
	case i >= len(s.toks):
		return clusterPath{bits: 2}
	case d.clusters == nil:
		return clusterPath{}
	}
	return d.clusters[s.toks[i].id]
}

// clusterPrefixes are the depths of the cluster tree whose clusters are
// features of the word itself: coarse ones generalise, fine ones tell.
var clusterPrefixes = [...]int{4, 6, 10, maxClusterDepth}

func clusterFeature(tmpl, depth int, c clusterPath) uint64 {
	p := c.prefix(depth)
	return perceptron.Finish(perceptron.Int(perceptron.Int(perceptron.Seed(tmpl), int(p.n)), int(p.bits)))
}

// setFirstPass records a first pass's labels for the second.
func (d *document) setFirstPass(ys [][]int) {
	d.pass1 = ys
	d.pass1Types = make([][5]int32, len(d.hist))
	for k, s := range d.sents {
		for i, t := range s.toks {
			if t.upperStart {
				d.pass1Types[t.id][typeSlot(ys[k][i])]++
			}
		}
	}
}

// typeSlot is 0 for O and 1+type for an entity label.
func typeSlot(y int) int {
	if y == labelO {
		return 0
	}
	return 1 + labelType(y)
}

// remember records the labels given to sentence k for later sentences'
// history features. Only capitalised words are kept: it is their type that
// repeats through a story.
func (d *document) remember(k int, ys []int) {
	for i, t := range d.sents[k].toks {
		if t.upperStart {
			d.hist[t.id][typeSlot(ys[i])]++
		}
	}
}

// gazLookup says which gazetteer lists hold a phrase key: bit typ for a
// name seen in training as that type (or listed as it), bit 4+typ for one
// from a reference list.
type gazLookup func(key uint64) uint8

const gazMaxLen = 6

func phraseKey(h uint64, lower string) uint64 { return perceptron.String(h, lower) }

// wordKey is the gazetteer key of a single word of a name: "Chorzow" of
// "Ruch Chorzow" says ORG even where the whole name does not match.
func wordKey(lower string, pos int) uint64 {
	return perceptron.Finish(perceptron.Int(wordHash(lower), pos))
}

func wordHash(lower string) uint64 { return perceptron.String(perceptron.Seed(fGazWord), lower) }

// gazHit is a gazetteer feature of the token at index tok of a document.
type gazHit struct {
	tok int
	key uint64
}

// gazetteerFeatures appends, for each token of s, the gazetteer matches it
// is part of: list, type and the token's place in the match.
func gazetteerFeatures(s *sentence, gaz gazLookup, hits []gazHit) []gazHit {
	out := func(i int, key uint64) { hits = append(hits, gazHit{s.first + i, key}) }
	for i := range s.toks {
		if !s.toks[i].upperStart && !(s.allCaps && s.toks[i].hasLetter) {
			continue
		}
		word := wordHash(s.toks[i].lower)
		for pos := posB; pos <= posU; pos++ {
			bits := gaz(perceptron.Finish(perceptron.Int(word, pos)))
			for b := 0; b < 8; b++ {
				if bits&(1<<b) != 0 {
					out(i, perceptron.Finish(perceptron.Int(perceptron.Int(perceptron.Seed(fGazWord), b), pos)))
				}
			}
		}
		h := perceptron.Start
		for j := i; j < len(s.toks) && j-i < gazMaxLen; j++ {
			h = phraseKey(h, s.toks[j].lower)
			bits := gaz(perceptron.Finish(h))
			if bits == 0 {
				continue
			}
			for b := 0; b < 8; b++ {
				if bits&(1<<b) == 0 {
					continue
				}
				for k := i; k <= j; k++ {
					pos := posI
					switch {
					case i == j:
						pos = posU
					case k == i:
						pos = posB
					case k == j:
						pos = posL
					}
					out(k, perceptron.Finish(perceptron.Int(perceptron.Int(perceptron.Seed(fGaz), b), pos)))
				}
			}
		}
	}
	return hits
}

const (
	padStart = "<s>"
	padEnd   = "</s>"
)

func (s *sentence) lowerAt(i int) string {
	switch {
	case i < 0:
		return padStart
	case i >= len(s.toks):
		return padEnd
	}
	return s.toks[i].lower
}

func (s *sentence) formAt(i int) string {
	switch {
	case i < 0:
		return padStart
	case i >= len(s.toks):
		return padEnd
	}
	return s.toks[i].form
}

func (s *sentence) shortAt(i int) string {
	switch {
	case i < 0:
		return padStart
	case i >= len(s.toks):
		return padEnd
	}
	return s.toks[i].short
}

// staticFeatures appends the features of token i of sentence k that do not
// depend on labels already given.
func (d *document) staticFeatures(k, i int, dst []uint64) []uint64 {
	dst = d.wordFeatures(k, i, dst)
	if d.pass1 != nil {
		dst = d.firstPassFeatures(k, i, dst)
	}
	return dst
}

// wordFeatures appends the features of token i of sentence k that the
// first and second pass share: the word, its neighbours, its casing in the
// document and its gazetteer matches.
func (d *document) wordFeatures(k, i int, dst []uint64) []uint64 {
	dst = tokenFeatures(&d.sents[k].toks[i], d.clusterAt(&d.sents[k], i), dst)
	return d.contextFeatures(k, i, dst)
}

// tokenFeatures appends the features of t that depend on the word alone;
// they come first, so that the weights they add up to can be reused for
// each occurrence of the word.
func tokenFeatures(t *token, cl clusterPath, dst []uint64) []uint64 {
	add := func(h uint64) { dst = append(dst, perceptron.Finish(h)) }
	add(perceptron.Seed(fBias))
	add(perceptron.String(perceptron.Seed(fLower), t.lower))
	add(perceptron.String(perceptron.Seed(fForm), t.form))
	n := 0
	for j := range t.lower {
		if j == 0 {
			continue
		}
		n++
		if n > 4 {
			break
		}
		add(perceptron.String(perceptron.Seed(fPrefix), t.lower[:j]))
		add(perceptron.String(perceptron.Seed(fSuffix), t.lower[len(t.lower)-j:]))
	}
	add(perceptron.String(perceptron.Seed(fShape), t.shape))
	add(perceptron.String(perceptron.Seed(fShort), t.short))
	for j, n := range clusterPrefixes {
		if cl.n == 0 {
			// A word the 1987 clusters never saw: saying so would teach that
			// unseen capitalised words are people (rare names in the cluster
			// text mostly are), which fails on every newer company name.
			break
		}
		if j > 0 && clusterPrefixes[j-1] >= int(cl.n) {
			break // the shorter prefix was the whole path
		}
		dst = append(dst, clusterFeature(fCluster, n, cl))
	}
	return dst
}

// contextFeatures appends the features of token i of sentence k that
// depend on more than the word: its neighbours, the sentence, the document
// and the gazetteer.
func (d *document) contextFeatures(k, i int, dst []uint64) []uint64 {
	s := &d.sents[k]
	t := &s.toks[i]
	add := func(h uint64) { dst = append(dst, perceptron.Finish(h)) }
	add(perceptron.String(perceptron.Seed(fLowerPrev), s.lowerAt(i-1)))
	add(perceptron.String(perceptron.Seed(fLowerNext), s.lowerAt(i+1)))
	add(perceptron.String(perceptron.Seed(fLowerPrev2), s.lowerAt(i-2)))
	add(perceptron.String(perceptron.Seed(fLowerNext2), s.lowerAt(i+2)))
	add(perceptron.String(perceptron.Seed(fShortPrev), s.shortAt(i-1)))
	add(perceptron.String(perceptron.Seed(fShortNext), s.shortAt(i+1)))
	add(perceptron.String(perceptron.String(perceptron.Seed(fPairPrev), s.lowerAt(i-1)), t.lower))
	add(perceptron.String(perceptron.String(perceptron.Seed(fPairNext), t.lower), s.lowerAt(i+1)))
	add(perceptron.String(perceptron.String(perceptron.String(perceptron.Seed(fShortTri), s.shortAt(i-1)), t.short), s.shortAt(i+1)))
	add(perceptron.String(perceptron.String(perceptron.Seed(fLowerPrevShape), s.lowerAt(i-1)), t.short))
	add(perceptron.String(perceptron.String(perceptron.Seed(fShapeLowerNext), t.short), s.lowerAt(i+1)))
	if i > 0 && s.toks[i-1].title {
		add(perceptron.Seed(fTitlePrev))
	}
	for _, n := range [2]int{6, maxClusterDepth} {
		dst = append(dst, clusterFeature(fClusterPrev, n, d.clusterAt(s, i-1)))
		dst = append(dst, clusterFeature(fClusterNext, n, d.clusterAt(s, i+1)))
	}
	add(perceptron.String(perceptron.Seed(fFormPrev), s.formAt(i-1)))
	add(perceptron.String(perceptron.Seed(fFormNext), s.formAt(i+1)))
	add(perceptron.String(perceptron.String(perceptron.Seed(fSandwich), s.lowerAt(i-1)), s.lowerAt(i+1)))
	if i == 0 {
		add(perceptron.String(perceptron.Seed(fFirstShort), t.short))
	}
	if len(s.toks) <= 3 {
		add(perceptron.Int(perceptron.String(perceptron.Seed(fShortLine), t.short), i))
	}
	if s.allCaps {
		add(perceptron.String(perceptron.Seed(fCapsLower), t.lower))
		add(perceptron.String(perceptron.Seed(fCapsShort), t.short))
	}
	if t.hasLetter && t.form != t.lower {
		if d.lowerMid[t.id] {
			add(perceptron.Int(perceptron.Seed(fDocLowerSeen), boolInt(s.allCaps)))
		}
		if i == 0 || s.allCaps {
			if d.capMid[t.id] {
				add(perceptron.Int(perceptron.Seed(fDocCapSeen), boolInt(s.allCaps)))
			} else {
				add(perceptron.Int(perceptron.Seed(fDocCapUnseen), boolInt(s.allCaps)))
			}
		}
	}
	if d.gazAt != nil {
		j := s.first + i
		dst = append(dst, d.gaz[d.gazAt[j]:d.gazAt[j+1]]...)
	}
	return dst
}

// firstPassFeatures appends what the first pass said of this token, its
// neighbours and the other occurrences of the word in the document.
func (d *document) firstPassFeatures(k, i int, dst []uint64) []uint64 {
	ys := d.pass1[k]
	at := func(j int) int {
		if j < 0 || j >= len(ys) {
			return -1
		}
		return ys[j]
	}
	dst = append(dst, perceptron.Finish(perceptron.Int(perceptron.Seed(fP1Own), ys[i])))
	dst = append(dst, perceptron.Finish(perceptron.Int(perceptron.Seed(fP1Prev), at(i-1))))
	dst = append(dst, perceptron.Finish(perceptron.Int(perceptron.Seed(fP1Next), at(i+1))))
	t := &d.sents[k].toks[i]
	if !t.upperStart {
		return dst
	}
	c := d.pass1Types[t.id]
	c[typeSlot(ys[i])]--
	best, bestN := -1, int32(0)
	for y, n := range c {
		if n > 0 {
			dst = append(dst, perceptron.Finish(perceptron.Int(perceptron.Seed(fP1Doc), y)))
		}
		if n > bestN {
			best, bestN = y, n
		}
	}
	return append(dst, perceptron.Finish(perceptron.Int(perceptron.Seed(fP1DocMax), best)))
}

// historyFeatures appends the features drawn from the labels given to the
// same word earlier in the document.
func (d *document) historyFeatures(k, i int, dst []uint64) []uint64 {
	t := &d.sents[k].toks[i]
	if !t.upperStart {
		return dst
	}
	h := &d.hist[t.id]
	if *h == ([5]int32{}) {
		return dst // not labelled before
	}
	best, bestN := 0, int32(-1)
	for y, n := range h {
		if n > 0 {
			dst = append(dst, perceptron.Finish(perceptron.Int(perceptron.Seed(fHist), y)))
		}
		if n > bestN {
			best, bestN = y, n
		}
	}
	return append(dst, perceptron.Finish(perceptron.Int(perceptron.Seed(fHistMax), best)))
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
