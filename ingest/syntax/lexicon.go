package syntax

import (
	"slices"
	"unsafe"

	"actorgraph/ingest/perceptron"
)

// Tagging reads the same features as training (posFeatures,
// chunkFeatures), but finds their weights another way. Looking each
// feature up in the model's table costs a cache miss or two, and that was
// most of the parser's time. So where the weights of the features a word
// form brings are is found once, in a lexeme kept in a cache shared by all
// articles, and the features of labels alone are gathered once per model
// in small grids; only the features of a word and a label, or of two
// words, are looked up while tagging. The weights are added in the same
// order as the features come, so the scores are the same to the bit (a
// test compares them).

// lexeme is what a tagger reads of one word form: the word, the sum of the
// weights of the features of the word alone that its features open with,
// and where the weights of its other features are — its own and those its
// neighbours see it by. The weights stay in the model, not copied: many
// words share a feature (a cluster, a suffix), whose weights are then read
// from the processor's cache.
type lexeme struct {
	word  word
	base  []float32
	feats [nFeats]span
	// wordNext is the hash of fWordNext up to this word, the pair's
	// first (part-of-speech tagger only).
	wordNext uint64
}

// A lexeme's features. The part-of-speech tagger's: the word's cluster
// paths (fCluster4 … fClusterAll), its shape as the first word, fHyphen if
// it has a hyphen, then the word as its neighbours see it (fPrevWord seen
// from the word after it, and so on).
const (
	lCluster4 = iota
	lCluster8
	lCluster12
	lClusterAll
	lFirstShape
	lHyphen
	lAsPrev
	lAsPrev2
	lAsNext
	lAsNext2
	lClusterAsPrev
	lClusterAsNext
	lSuf3AsPrev
	lSuf3AsNext
	lShapeAsNext
	nFeats
)

// The chunker's: the word seen from the words after and before it.
const (
	lChunkAsPrev = iota
	lChunkAsNext
)

// lexemeCacheSize is how many word forms the parser keeps, with both
// taggers' lexemes of each (and the part-of-speech tagger alone while the
// chunker is trained): the words of a few thousand articles, about 24 MB
// when full (see the NER's).
const lexemeCacheSize = 1 << 15

// find gives where the weights of feature key are, an empty span if it has
// none.
func (t *tagger) find(key uint64) span {
	sp, _ := t.features.Find(key)
	return sp
}

// weightsOf are the entries of feature key, none if it has no weights.
func (t *tagger) weightsOf(key uint64) []entry { return t.weights(t.find(key)) }

func (t *tagger) weights(sp span) []entry { return t.entries[sp.from:sp.to] }

// scores are a word's label scores. A label number is a byte, so adding
// an entry needs no bounds check.
type scores [256]float32

// add adds the weights of es, four entries a step: a sixth fewer
// instructions a parse than one a step (BenchmarkParse under cachegrind).
// The entries are still added one after the other, in order, so the
// scores are the same to the bit.
func (s *scores) add(es []entry) {
	for ; len(es) >= 4; es = es[4:] {
		s[es[0].y] += es[0].w
		s[es[1].y] += es[1].w
		s[es[2].y] += es[2].w
		s[es[3].y] += es[3].w
	}
	for _, e := range es {
		s[e.y] += e.w
	}
}

// addSpans adds the entries of ents in each span of sps, span after span,
// each one after the other, as add would: the scores are the same to the
// bit. A tagger scores a word with one call of it instead of an inlined
// add for each feature (an inlined add must stay within the compiler's
// inlining budget), which leaves room for a loop that steps through the
// entries by address, four at a time, without re-slicing, then adds the
// one to three left over at the address the loop ends at (reading them
// first, at an address the compiler works out again for each entry, cost
// 42 M more): 2,424 → 2,281 M instructions a pass of
// BenchmarkExtractCorpus under cachegrind, with the NER's sumRows. Every
// span is checked against ents first, so no entry outside ents is read.
func (s *scores) addSpans(ents []entry, sps []span) {
	const size = unsafe.Sizeof(entry{})
	base := unsafe.Pointer(unsafe.SliceData(ents))
	_ = s[0]
	for _, sp := range sps {
		from, to := uint(uint32(sp.from)), uint(uint32(sp.to))
		if from > to || to > uint(len(ents)) {
			panic("syntax: a span outside the weights")
		}
		r := (to - from) & 3 // the entries left over after blocks of four
		off, end := uintptr(from)*size, uintptr(to-r)*size
		for ; off < end; off += 4 * size {
			q := (*[4]entry)(unsafe.Add(base, off))
			s[q[0].y] += q[0].w
			s[q[1].y] += q[1].w
			s[q[2].y] += q[2].w
			s[q[3].y] += q[3].w
		}
		if r == 0 { // about a third of the spans, empty ones included
			continue
		}
		switch p := unsafe.Add(base, off); r {
		case 3:
			q := (*[3]entry)(p)
			s[q[0].y] += q[0].w
			s[q[1].y] += q[1].w
			s[q[2].y] += q[2].w
		case 2:
			q := (*[2]entry)(p)
			s[q[0].y] += q[0].w
			s[q[1].y] += q[1].w
		case 1:
			q := (*entry)(p)
			s[q.y] += q.w
		}
	}
}

// newLexeme makes the lexeme of w: base sums the weights of baseKeys, in
// order, and feature l is found at keys[l] (none where keys[l] is 0).
func (t *tagger) newLexeme(w word, baseKeys []uint64, keys *[nFeats]uint64) lexeme {
	lx := lexeme{word: w}
	var sc scores
	for _, k := range baseKeys {
		sc.add(t.weightsOf(k))
	}
	lx.base = append([]float32(nil), sc[:len(t.labels)]...)
	for l, k := range keys {
		if k != 0 {
			lx.feats[l] = t.find(k)
		}
	}
	return lx
}

// grid holds the weights of the features of one or two labels (or, to the
// chunker, part-of-speech tags), numbered from -1 (none) to n-1, gathered
// for every value.
type grid struct {
	n     int
	spans []span // of the two arguments a, b at (a+1)*(n+1)+(b+1), into ents
}

func (g *grid) at(a, b int) span { return g.spans[(a+1)*(g.n+1)+(b+1)] }

// gridOf gathers into ents the weights of keys(a, b), a from -1 to na-1 and
// b from -1 to n-1 (na is 0 for features of one argument, b).
func (t *tagger) gridOf(ents *[]entry, na, n int, keys func(a, b int) []uint64) grid {
	g := grid{n: n}
	for a := -1; a < na; a++ {
		for b := -1; b < n; b++ {
			from := len(*ents)
			for _, k := range keys(a, b) {
				*ents = append(*ents, t.weightsOf(k)...)
			}
			g.spans = append(g.spans, span{int32(from), int32(len(*ents))})
		}
	}
	return g
}

// posTagger is a part-of-speech model made ready to tag.
type posTagger struct {
	t        *tagger
	lexicon  *perceptron.Cache[lexeme]
	edge     lexeme // the word outside the sentence
	prevTags grid   // fPrevTag and fPrev2Tags of (p2, p1)
	// ents are the model's entries followed by the grids': every span a
	// word is scored by, the model's and the grids', points into it.
	ents []entry
}

func newPOSTagger(t *tagger) *posTagger {
	pt := &posTagger{t: t, lexicon: perceptron.NewCache[lexeme](lexemeCacheSize), ents: slices.Clone(t.entries)}
	pt.edge = pt.lexeme(word{lower: none})
	n := len(t.labels)
	pt.prevTags = t.gridOf(&pt.ents, n, n, func(p2, p1 int) []uint64 {
		return []uint64{num(fPrevTag, p1), pair(fPrev2Tags, p1, p2)}
	})
	return pt
}

func (pt *posTagger) lexeme(w word) lexeme {
	var keys [nFeats]uint64
	if w.cluster != 0 {
		keys[lCluster4] = num(fCluster4, clusterPrefix(w.cluster, 4))
		keys[lCluster8] = num(fCluster8, clusterPrefix(w.cluster, 8))
		keys[lCluster12] = num(fCluster12, clusterPrefix(w.cluster, 12))
		keys[lClusterAll] = num(fClusterAll, int(w.cluster))
	}
	keys[lFirstShape] = str(fFirstShape, w.shape)
	if hasHyphen(w.lower) {
		keys[lHyphen] = perceptron.Finish(perceptron.Seed(fHyphen))
	}
	keys[lAsPrev] = str(fPrevWord, w.lower)
	keys[lAsPrev2] = str(fPrev2Word, w.lower)
	keys[lAsNext] = str(fNextWord, w.lower)
	keys[lAsNext2] = str(fNext2Word, w.lower)
	keys[lClusterAsPrev] = num(fClusterPrev, clusterPrefix(w.cluster, 8))
	keys[lClusterAsNext] = num(fClusterNext, clusterPrefix(w.cluster, 8))
	keys[lSuf3AsPrev] = str(fPrevSuf3, suffix(w.lower, 3))
	keys[lSuf3AsNext] = str(fNextSuf3, suffix(w.lower, 3))
	keys[lShapeAsNext] = str(fNextShape, w.shape)
	var base [9]uint64
	lx := pt.t.newLexeme(w, posWordFeatures(&w, base[:0]), &keys)
	lx.wordNext = perceptron.String(perceptron.Seed(fWordNext), w.lower)
	return lx
}

func (pt *posTagger) build(form string) lexeme { return pt.lexeme(newWord(form, false)) }

// lexemes returns the lexemes of forms with two edge lexemes either side.
func lexemes(forms []string, edge *lexeme, get func(string) *lexeme) []*lexeme {
	lx := make([]*lexeme, len(forms)+4)
	lx[0], lx[1] = edge, edge
	for i, f := range forms {
		lx[i+2] = get(f)
	}
	lx[len(forms)+2], lx[len(forms)+3] = edge, edge
	return lx
}

// tag labels forms, writing label numbers into out. The weights are added
// in the order posFeatures gives the features.
func (pt *posTagger) tag(forms []string, out []int) {
	pt.tagLexemes(lexemes(forms, &pt.edge, func(f string) *lexeme { return pt.lexicon.Get(f, pt.build) }), out)
}

// tagLexemes is tag for words whose lexemes are lx, two edge lexemes either
// side.
func (pt *posTagger) tagLexemes(lx []*lexeme, out []int) {
	t := pt.t
	var sc scores
	for i := range len(lx) - 4 {
		pt.score(lx, i, out[:i], &sc)
		out[i] = argmax(sc[:len(t.labels)])
	}
}

// score sets sc to the label scores of word i (lx[i+2]) given the
// labels before it.
func (pt *posTagger) score(lx []*lexeme, i int, prev []int, sc *scores) {
	t := pt.t
	n := len(lx) - 4
	w, before, after := lx[i+2], lx[i+1], lx[i+3]
	p1, p2 := labelAt(prev, i-1), labelAt(prev, i-2)
	copy(sc[:], w.base)
	var sps [18]span // where the weights of each feature are, in order; an empty span adds nothing
	sps[0] = pt.prevTags.at(p2, p1)
	sps[1] = t.find(perceptron.Finish(perceptron.String(perceptron.Int(perceptron.Seed(fPrevTagWord), p1), w.word.lower)))
	sps[2] = before.feats[lAsPrev]
	sps[3] = lx[i].feats[lAsPrev2]
	sps[4] = after.feats[lAsNext]
	sps[5] = lx[i+4].feats[lAsNext2]
	sps[6] = w.feats[lCluster4]
	sps[7] = w.feats[lCluster8]
	sps[8] = w.feats[lCluster12]
	sps[9] = w.feats[lClusterAll]
	if i > 0 {
		sps[10] = before.feats[lClusterAsPrev]
	}
	if i+1 < n {
		sps[11] = after.feats[lClusterAsNext]
	}
	if i == 0 {
		sps[12] = w.feats[lFirstShape]
	}
	if i > 0 {
		sps[13] = before.feats[lSuf3AsPrev]
	}
	if i+1 < n {
		sps[14] = after.feats[lSuf3AsNext]
		sps[15] = after.feats[lShapeAsNext]
		sps[16] = t.find(perceptron.Finish(perceptron.String(w.wordNext, after.word.lower)))
	}
	sps[17] = w.feats[lHyphen]
	sc.addSpans(pt.ents, sps[:])
}

// chunkTagger is a chunker made ready to tag words with the part-of-speech
// tags of a tagger of posLabels labels.
type chunkTagger struct {
	t    *tagger
	edge lexeme
	// The features of tags and chunk labels alone, in the order
	// chunkFeatures gives them; the trigrams are looked up.
	pos, posPrev, posNext, posPrev2, posNext2 grid
	bigramPrev, bigramNext                    grid
	chunkPrev, chunkPrevPOS, chunkPrev2       grid
	ents                                      []entry // as posTagger's
}

func newChunkTagger(t *tagger, posLabels int) *chunkTagger {
	ct := &chunkTagger{t: t, ents: slices.Clone(t.entries)}
	ct.edge = ct.lexeme(word{lower: none})
	one := func(tmpl int) grid {
		return t.gridOf(&ct.ents, 0, posLabels, func(_, p int) []uint64 { return []uint64{num(tmpl, p)} })
	}
	ct.pos, ct.posPrev, ct.posNext, ct.posPrev2, ct.posNext2 = one(fPOS), one(fPOSPrev), one(fPOSNext), one(fPOSPrev2), one(fPOSNext2)
	ct.bigramPrev = t.gridOf(&ct.ents, posLabels, posLabels, func(pp, p int) []uint64 { return []uint64{pair(fPOSBigramPrev, pp, p)} })
	ct.bigramNext = t.gridOf(&ct.ents, posLabels, posLabels, func(p, pn int) []uint64 { return []uint64{pair(fPOSBigramNext, p, pn)} })
	n := len(t.labels)
	ct.chunkPrev = t.gridOf(&ct.ents, 0, n, func(_, c1 int) []uint64 { return []uint64{num(fChunkPrev, c1)} })
	ct.chunkPrevPOS = t.gridOf(&ct.ents, n, posLabels, func(c1, p int) []uint64 { return []uint64{pair(fChunkPrevPOS, c1, p)} })
	ct.chunkPrev2 = t.gridOf(&ct.ents, n, n, func(c2, c1 int) []uint64 { return []uint64{pair(fChunkPrev2, c2, c1)} })
	return ct
}

func (ct *chunkTagger) lexeme(w word) lexeme {
	var keys [nFeats]uint64
	keys[lChunkAsPrev] = str(fPrevWord, w.lower)
	keys[lChunkAsNext] = str(fNextWord, w.lower)
	return ct.t.newLexeme(w, []uint64{perceptron.Finish(perceptron.Seed(fBias)), str(fWord, w.lower)}, &keys)
}

// tagLexemes chunks the words whose lexemes are lx, two edge lexemes
// either side, and whose part-of-speech tag numbers are pos, writing label
// numbers into out.
func (ct *chunkTagger) tagLexemes(lx []*lexeme, pos []int, out []int) {
	var sc scores
	for i := range len(lx) - 4 {
		ct.score(lx, pos, i, out[:i], &sc)
		out[i] = argmax(sc[:len(ct.t.labels)])
	}
}

// formLexemes are a word form's lexemes for both taggers, which a parser
// keeps in one cache: one look-up a word instead of two, and the word
// read once when it is new.
type formLexemes struct{ pos, chunk lexeme }

func (p *Parser) buildLexemes(form string) formLexemes {
	w := newWord(form, false)
	return formLexemes{pos: p.pos.lexeme(w), chunk: p.chunk.lexeme(w)}
}

// lexemes gives the lexemes of forms for each tagger, two edge lexemes
// either side.
func (p *Parser) lexemes(forms []string) (pos, chunk []*lexeme) {
	pos, chunk = make([]*lexeme, len(forms)+4), make([]*lexeme, len(forms)+4)
	pos[0], pos[1], chunk[0], chunk[1] = &p.pos.edge, &p.pos.edge, &p.chunk.edge, &p.chunk.edge
	for i, f := range forms {
		lx := p.lexicon.Get(f, p.buildLexemes)
		pos[i+2], chunk[i+2] = &lx.pos, &lx.chunk
	}
	n := len(forms) + 2
	pos[n], pos[n+1], chunk[n], chunk[n+1] = &p.pos.edge, &p.pos.edge, &p.chunk.edge, &p.chunk.edge
	return pos, chunk
}

// score sets sc to the label scores of word i given the labels before
// it, adding the weights in the order chunkFeatures gives the features.
func (ct *chunkTagger) score(lx []*lexeme, pos []int, i int, prev []int, sc *scores) {
	t := ct.t
	tagAt := func(j int) int {
		if j < 0 || j >= len(pos) {
			return -1
		}
		return pos[j]
	}
	p, pp, pn := tagAt(i), tagAt(i-1), tagAt(i+1)
	c1, c2 := labelAt(prev, i-1), labelAt(prev, i-2)
	w := lx[i+2]
	copy(sc[:], w.base)
	var sps [16]span // as posTagger.score's
	sps[0] = ct.pos.at(-1, p)
	sps[1] = ct.posPrev.at(-1, pp)
	sps[2] = ct.posNext.at(-1, pn)
	sps[3] = ct.posPrev2.at(-1, tagAt(i-2))
	sps[4] = ct.posNext2.at(-1, tagAt(i+2))
	sps[5] = ct.bigramPrev.at(pp, p)
	sps[6] = ct.bigramNext.at(p, pn)
	sps[7] = t.find(triple(fPOSTrigram, pp, p, pn))
	sps[8] = t.find(perceptron.Finish(perceptron.String(perceptron.Int(perceptron.Seed(fWordPOS), p), w.word.lower)))
	sps[9] = lx[i+1].feats[lChunkAsPrev]
	sps[10] = lx[i+3].feats[lChunkAsNext]
	sps[11] = ct.chunkPrev.at(-1, c1)
	sps[12] = ct.chunkPrevPOS.at(c1, p)
	sps[13] = t.find(triple(fChunkPrevPOSPair, c1, pp, p))
	sps[14] = ct.chunkPrev2.at(c2, c1)
	sps[15] = t.find(perceptron.Finish(perceptron.String(perceptron.Int(perceptron.Seed(fPOSNextWord), p), lx[i+3].word.lower)))
	sc.addSpans(ct.ents, sps[:])
}
