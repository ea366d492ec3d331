package ner

import (
	"sync"

	"actorgraph/ingest/perceptron"
)

// Tagging an article reads the features training reads (tokenFeatures,
// contextFeatures) but finds most of their weights another way: looking
// each feature up in the model's table costs a cache miss or two, and that
// was most of the tagger's time. What a word form brings — its token, the
// sums of the weights of its word features, and where the weights are of
// the features its neighbours see it by — is found once, in a lexeme kept
// in a cache shared by all articles. Only the features of two words, the
// rare ones and the gazetteer's are looked up while tagging. Weights are
// added in the order the features come, so the scores are the same to the
// bit as the features' (a test compares them).

// lexeme is what the tagger reads of one word form.
type lexeme struct {
	tok  token // id and word unset: they number a document's words
	sums [2][nLabels]float32
	// refs are where the weights are of the features the word gives its
	// neighbours (fLowerPrev, seen from the word after it, and so on) and
	// of its own features that hold in some sentences only.
	refs [nRoles]rowRef
	// pre are the hashes of the features of two or three words up to
	// this word's part, when it comes first: the hashing of the features
	// of each token then begins where they leave off.
	pre [nPrefixes]uint64
}

// The features of word pairs and of the shapes of three words, by the
// word whose part comes first.
const (
	pPairPrev       = iota // fPairPrev, seen from the word after
	pPairNext              // fPairNext
	pShortTri              // fShortTri, seen from the word after
	pLowerPrevShape        // fLowerPrevShape, seen from the word after
	pShapeLowerNext        // fShapeLowerNext
	pSandwich              // fSandwich, seen from the word two after
	nPrefixes
)

const (
	rLowerAsPrev = iota
	rLowerAsNext
	rLowerAsPrev2
	rLowerAsNext2
	rShortAsPrev
	rShortAsNext
	rClusterAsPrev6
	rClusterAsNext6
	rClusterAsPrevMax
	rClusterAsNextMax
	rFormAsPrev
	rFormAsNext
	rFirstShort
	rCapsLower
	rCapsShort
	nRoles
)

// lexemeCacheSize is how many word forms a model keeps: the words of a few
// thousand articles, about 10 MB when full. Twice the 16,384 words it once
// kept: on a stream of Reuters articles a word is built again for 6 % of
// look-ups instead of 12 %.
const lexemeCacheSize = 1 << 15

// lexicon is a model's cache of lexemes, and the lexemes of the places
// before and after a sentence.
type lexicon struct {
	cache      *perceptron.Cache[lexeme]
	start, end lexeme
}

// constant features: those of no word, looked up once.
type constantRefs struct {
	titlePrev                              rowRef
	docLowerSeen, docCapSeen, docCapUnseen [2]rowRef // by whether the sentence is all capitals
}

func (m *Model) ref(key uint64) rowRef {
	if ref, ok := m.features.Find(key); ok {
		return ref
	}
	return rowRef{-1, -1}
}

// prepare makes the model ready to tag: its lexicon and constant features.
// Every constructor of a Model calls it last.
func (m *Model) prepare() {
	m.lexicon = &lexicon{cache: perceptron.NewCache[lexeme](lexemeCacheSize)}
	m.lexicon.start = m.newLexeme(token{form: padStart, lower: padStart, short: padStart}, clusterPath{bits: 1})
	m.lexicon.end = m.newLexeme(token{form: padEnd, lower: padEnd, short: padEnd}, clusterPath{bits: 2})
	m.consts.titlePrev = m.ref(perceptron.Finish(perceptron.Seed(fTitlePrev)))
	for caps := range 2 {
		m.consts.docLowerSeen[caps] = m.ref(perceptron.Finish(perceptron.Int(perceptron.Seed(fDocLowerSeen), caps)))
		m.consts.docCapSeen[caps] = m.ref(perceptron.Finish(perceptron.Int(perceptron.Seed(fDocCapSeen), caps)))
		m.consts.docCapUnseen[caps] = m.ref(perceptron.Finish(perceptron.Int(perceptron.Seed(fDocCapUnseen), caps)))
	}
}

func (m *Model) buildLexeme(form string) lexeme {
	t := newToken(form)
	return m.newLexeme(t, m.clusterLookup(clusterKey(clusterWord(t.lower))))
}

// newLexeme makes the lexeme of token t, whose cluster is cl.
func (m *Model) newLexeme(t token, cl clusterPath) lexeme {
	lx := lexeme{tok: t}
	// room on the stack for a word's features and their rows, which
	// growing from nil cost more than the rest of a new word
	var featBuf [24]uint64
	var rowBuf [2][24]int32
	rows := [2][]int32{rowBuf[0][:0], rowBuf[1][:0]}
	m.addBoth(&lx.sums, tokenFeatures(&t, cl, featBuf[:0]), &rows)
	key := func(tmpl int, s string) uint64 {
		return perceptron.Finish(perceptron.String(perceptron.Seed(tmpl), s))
	}
	lx.refs = [nRoles]rowRef{
		rLowerAsPrev:      m.ref(key(fLowerPrev, t.lower)),
		rLowerAsNext:      m.ref(key(fLowerNext, t.lower)),
		rLowerAsPrev2:     m.ref(key(fLowerPrev2, t.lower)),
		rLowerAsNext2:     m.ref(key(fLowerNext2, t.lower)),
		rShortAsPrev:      m.ref(key(fShortPrev, t.short)),
		rShortAsNext:      m.ref(key(fShortNext, t.short)),
		rClusterAsPrev6:   m.ref(clusterFeature(fClusterPrev, 6, cl)),
		rClusterAsNext6:   m.ref(clusterFeature(fClusterNext, 6, cl)),
		rClusterAsPrevMax: m.ref(clusterFeature(fClusterPrev, maxClusterDepth, cl)),
		rClusterAsNextMax: m.ref(clusterFeature(fClusterNext, maxClusterDepth, cl)),
		rFormAsPrev:       m.ref(key(fFormPrev, t.form)),
		rFormAsNext:       m.ref(key(fFormNext, t.form)),
		rFirstShort:       m.ref(key(fFirstShort, t.short)),
		rCapsLower:        m.ref(key(fCapsLower, t.lower)),
		rCapsShort:        m.ref(key(fCapsShort, t.short)),
	}
	part := func(tmpl int, s string) uint64 { return perceptron.String(perceptron.Seed(tmpl), s) }
	lx.pre = [nPrefixes]uint64{
		pPairPrev:       part(fPairPrev, t.lower),
		pPairNext:       part(fPairNext, t.lower),
		pShortTri:       part(fShortTri, t.short),
		pLowerPrevShape: part(fLowerPrevShape, t.lower),
		pShapeLowerNext: part(fShapeLowerNext, t.short),
		pSandwich:       part(fSandwich, t.lower),
	}
	return lx
}

// readDocument prepares sentences to be tagged, their words' tokens taken
// from the lexicon: a word met before is not read again. The document
// takes the room of one tagged before; release gives it back.
func (m *Model) readDocument(sents [][]string) *document {
	if m.passes == 0 {
		return newDocument(sents)
	}
	buf, _ := documentPool.Get().(*document)
	return readDocument(sents, func(form string) *lexeme { return m.lexicon.cache.Get(form, m.buildLexeme) }, buf)
}

// documentPool holds documents tagged, whose room the next takes: an
// article's tokens and what is known of its words were a tenth of the
// bytes an extraction allocated.
var documentPool sync.Pool

// release gives back a document readDocument made, once nothing reads it.
func release(d *document) { documentPool.Put(d) }

// lexemes gives the lexeme of each distinct word of d, by token.word.
func (m *Model) lexemes(d *document) []*lexeme {
	if d.lexemes != nil {
		return d.lexemes
	}
	lx := make([]*lexeme, d.words)
	for w, form := range d.forms {
		lx[w] = m.lexicon.cache.Get(form, m.buildLexeme)
	}
	return lx
}

// rowList gathers the weight rows of each pass, feature by feature.
type rowList [2][]int32

func (rs *rowList) add(ref rowRef) {
	// the two passes written out: a loop over ref cost a third of the
	// instructions gathering rows takes (cachegrind)
	if ref[0] >= 0 {
		rs[0] = append(rs[0], ref[0])
	}
	if ref[1] >= 0 {
		rs[1] = append(rs[1], ref[1])
	}
}

func (rs *rowList) find(m *Model, key uint64) {
	if ref, ok := m.features.Find(key); ok {
		rs.add(ref)
	}
}

// tokenScores holds the scores of a document's tokens in each pass while
// it is tagged; it is kept for the next document (scorePool).
type tokenScores [2][][nLabels]float32

var scorePool = sync.Pool{New: func() any { return new(tokenScores) }}

// lexemeScores is wordScores for a document whose words' lexemes are lx:
// the same sums, the weights of the same features added in the same order.
// The scores are held in flat, grown as need be.
func (m *Model) lexemeScores(d *document, lx []*lexeme, flat *tokenScores) (base [2][][][nLabels]float32) {
	for p := range m.passes {
		base[p] = make([][][nLabels]float32, len(d.sents))
		if cap(flat[p]) < d.tokens() {
			flat[p] = make([][nLabels]float32, d.tokens())
		}
		flat[p] = flat[p][:d.tokens()]
	}
	var rows rowList
	j := 0
	for k := range d.sents {
		for p := range m.passes {
			base[p][k] = flat[p][j : j+len(d.sents[k].toks)]
		}
		for i := range d.sents[k].toks {
			e := lx[d.sents[k].toks[i].word].sums
			rows[0], rows[1] = rows[0][:0], rows[1][:0]
			m.contextRows(d, k, i, lx, &rows)
			sumRows(&e[0], m.rows, rows[0])
			sumRows(&e[1], m.rows, rows[1])
			for p := range m.passes {
				flat[p][j] = e[p]
			}
			j++
		}
	}
	return base
}

// contextRows adds the rows of the features contextFeatures gives token i
// of sentence k, in its order.
func (m *Model) contextRows(d *document, k, i int, lx []*lexeme, rows *rowList) {
	s := &d.sents[k]
	t := &s.toks[i]
	at := func(j int) *lexeme {
		switch {
		case j < 0:
			return &m.lexicon.start
		case j >= len(s.toks):
			return &m.lexicon.end
		}
		return lx[s.toks[j].word]
	}
	prev, next := at(i-1), at(i+1)
	me := lx[t.word]
	// pair hashes a feature of two parts from the hash of the first
	pair := func(first uint64, b string) uint64 { return perceptron.Finish(perceptron.String(first, b)) }
	rows.add(prev.refs[rLowerAsPrev])
	rows.add(next.refs[rLowerAsNext])
	rows.add(at(i - 2).refs[rLowerAsPrev2])
	rows.add(at(i + 2).refs[rLowerAsNext2])
	rows.add(prev.refs[rShortAsPrev])
	rows.add(next.refs[rShortAsNext])
	rows.find(m, pair(prev.pre[pPairPrev], t.lower))
	rows.find(m, pair(me.pre[pPairNext], next.tok.lower))
	rows.find(m, pair(perceptron.String(prev.pre[pShortTri], t.short), next.tok.short))
	rows.find(m, pair(prev.pre[pLowerPrevShape], t.short))
	rows.find(m, pair(me.pre[pShapeLowerNext], next.tok.lower))
	if i > 0 && s.toks[i-1].title {
		rows.add(m.consts.titlePrev)
	}
	rows.add(prev.refs[rClusterAsPrev6])
	rows.add(next.refs[rClusterAsNext6])
	rows.add(prev.refs[rClusterAsPrevMax])
	rows.add(next.refs[rClusterAsNextMax])
	rows.add(prev.refs[rFormAsPrev])
	rows.add(next.refs[rFormAsNext])
	rows.find(m, pair(prev.pre[pSandwich], next.tok.lower))
	if i == 0 {
		rows.add(me.refs[rFirstShort])
	}
	if len(s.toks) <= 3 {
		rows.find(m, perceptron.Finish(perceptron.Int(perceptron.String(perceptron.Seed(fShortLine), t.short), i)))
	}
	if s.allCaps {
		rows.add(me.refs[rCapsLower])
		rows.add(me.refs[rCapsShort])
	}
	caps := boolInt(s.allCaps)
	if t.hasLetter && t.form != t.lower {
		if d.lowerMid[t.id] {
			rows.add(m.consts.docLowerSeen[caps])
		}
		if i == 0 || s.allCaps {
			if d.capMid[t.id] {
				rows.add(m.consts.docCapSeen[caps])
			} else {
				rows.add(m.consts.docCapUnseen[caps])
			}
		}
	}
	if d.gazAt != nil {
		j := s.first + i
		for _, key := range d.gaz[d.gazAt[j]:d.gazAt[j+1]] {
			rows.find(m, key)
		}
	}
}
