// Package ner finds the names of people, places, organisations and other
// named things (CoNLL-2003's PER, LOC, ORG, MISC) in news text. It is an
// averaged structured perceptron over BILOU tags with Viterbi decoding,
// trained on CoNLL-2003, with document-level features: how a word is cased
// elsewhere in the article and what it was labelled earlier in it.
package ner

import (
	"bytes"
	_ "embed"
	"math"
	"sync"

	"actorgraph/ingest/perceptron"
	"actorgraph/ingest/segment"
	"actorgraph/ingest/wordset"
)

// Model is a trained tagger. It is read-only once built, so one Model may
// tag from many goroutines.
type Model struct {
	// passes is how many perceptrons label a document: the second, when
	// present, re-tags it seeing what the first said of every occurrence
	// of each word in it (a stacked, two-pass model).
	passes int
	// trans are each pass's label transition weights; row nLabels is the
	// start of a sentence.
	trans [2][nLabels + 1][nLabels]float32
	// features finds a feature's weights in both passes with one lookup:
	// the passes share most features, and looking them up is most of the
	// tagging time.
	features perceptron.Table[rowRef]
	rows     []float32 // weight rows of nLabels, found through features
	gaz      phraseTable
	// clusters gives the word cluster of a hashed lower-cased word.
	clusters perceptron.Table[clusterPath]
	// scale is the step of each pass's 16-bit weights in the file the
	// model was read from, so that writing it back gives the same file;
	// 0 in a model just trained, whose weights Write quantises afresh.
	scale [2]float32
	// lexicon and consts are what prepare finds for tagging.
	lexicon *lexicon
	consts  constantRefs
}

//go:embed model/conll.bin.gz
var embedded []byte

var loadOnce = sync.OnceValues(func() (*Model, error) {
	return Read(bytes.NewReader(embedded))
})

// Load returns the model trained on CoNLL-2003 that ships with the package.
// It is read once and shared.
func Load() (*Model, error) { return loadOnce() }

func (m *Model) gazLookup(key uint64) uint8 { return m.gaz.lookup(key) }

func (m *Model) clusterLookup(key uint64) clusterPath {
	c, _ := m.clusters.Find(key)
	return c
}

// TagSentences tags the pre-tokenised sentences of one document and
// returns BIO tags, one per word.
func (m *Model) TagSentences(sents [][]string) [][]string {
	d := m.readDocument(sents)
	ys := m.tagDocument(d)
	out := make([][]string, len(ys))
	for i, y := range ys {
		out[i] = bio(y)
	}
	release(d) // and ys, its labels
	return out
}

// Tag finds the named entities of an article. sents are the article's
// sentences from segment.Sentences (nil to split body here); the spans are
// byte offsets of whole tokens in body, labelled PER, LOC, ORG or MISC.
func (m *Model) Tag(body string, sents []segment.Sentence) []segment.Span {
	if sents == nil {
		sents = segment.Sentences(body)
	}
	n := 0
	for _, s := range sents {
		n += len(s.Tokens)
	}
	flat := make([]string, 0, n)
	words := make([][]string, len(sents))
	for k, s := range sents {
		for _, t := range s.Tokens {
			flat = append(flat, t.Text)
		}
		words[k] = flat[len(flat)-len(s.Tokens) : len(flat) : len(flat)]
	}
	d := m.readDocument(words)
	ys := m.tagDocument(d)
	defer release(d) // and ys, its labels
	var spans []segment.Span
	for k, s := range sents {
		labelChunks(ys[k], func(c chunk) {
			start, end := s.Tokens[c.start].Start, s.Tokens[c.end-1].End
			if c.end == len(s.Tokens) && abbreviatedForm(s.Tokens[c.end-1].Text) {
				end-- // "… said Wilson and Co.": the sentence's full stop, no part of the name
			}
			if start < 0 || end > len(body) || start >= end {
				return
			}
			spans = append(spans, segment.Span{Start: start, End: end, Label: c.typ})
		})
	}
	return spans
}

// labelChunks calls f with each chunk of the labels ys, the chunks that
// chunks(bio(ys)) reads, in order, without writing the tags: a B- or U-
// label opens a chunk, and so do an I- or L- label of another type than
// the open chunk's or with none open; O closes it.
func labelChunks(ys []int, f func(chunk)) {
	open, typ := -1, 0
	for i, y := range ys {
		switch {
		case y == labelO:
			if open >= 0 {
				f(chunk{open, i, Types[typ]})
			}
			open = -1
		case labelPos(y) == posB || labelPos(y) == posU || open < 0 || labelType(y) != typ:
			if open >= 0 {
				f(chunk{open, i, Types[typ]})
			}
			open, typ = i, labelType(y)
		}
	}
	if open >= 0 {
		f(chunk{open, len(ys), Types[typ]})
	}
}

func (m *Model) tagDocument(d *document) [][]int {
	d.gazetteer(m.gazLookup)
	var ys [][]int
	if m.passes == 0 {
		ys = make([][]int, len(d.sents))
	} else {
		scores := scorePool.Get().(*tokenScores)
		ys = m.runPasses(d, m.lexemeScores(d, m.lexemes(d), scores))
		scorePool.Put(scores)
	}
	dropTitles(d, ys)
	joinInitials(d, ys)
	joinCompanyTails(d, ys)
	joinPartnerships(d, ys)
	return ys
}

// label runs the passes over d, whose gazetteer matches and clusters are
// set: training labels documents whose gazetteer and clusters are not the
// model's own.
func (m *Model) label(d *document) [][]int {
	if m.passes == 0 {
		return make([][]int, len(d.sents))
	}
	return m.runPasses(d, m.wordScores(d))
}

// runPasses runs the passes over d whose tokens' scores from the features
// that do not depend on labels are base.
func (m *Model) runPasses(d *document, base [2][][][nLabels]float32) [][]int {
	ys := m.tagPass(d, 0, base[0])
	if m.passes > 1 {
		d.setFirstPass(ys)
		ys = m.tagPass(d, 1, base[1])
	}
	return ys
}

// wordScores adds up the weights of each token's word features, for each
// pass. The features of the word alone come first, so their sum is made
// once per distinct word of the document and copied to each occurrence:
// the additions that follow are the same, in the same order, as if it
// were made afresh.
func (m *Model) wordScores(d *document) (base [2][][][nLabels]float32) {
	var flat [2][][nLabels]float32
	for p := range m.passes {
		base[p] = make([][][nLabels]float32, len(d.sents))
		flat[p] = make([][nLabels]float32, d.tokens())
	}
	words := make([][2][nLabels]float32, d.words)
	done := make([]bool, d.words)
	var feats []uint64
	var rows [2][]int32
	j := 0
	for k := range d.sents {
		for p := range m.passes {
			base[p][k] = flat[p][j : j+len(d.sents[k].toks)]
		}
		for i := range d.sents[k].toks {
			t := &d.sents[k].toks[i]
			w := &words[t.word]
			if !done[t.word] {
				m.addBoth(w, tokenFeatures(t, d.clusterAt(&d.sents[k], i), feats[:0]), &rows)
				done[t.word] = true
			}
			e := *w
			feats = d.contextFeatures(k, i, feats[:0])
			m.addBoth(&e, feats, &rows)
			for p := range m.passes {
				flat[p][j] = e[p]
			}
			j++
		}
	}
	return base
}

// addBoth adds the weights of feats in both passes to e; rows is scratch
// space.
func (m *Model) addBoth(e *[2][nLabels]float32, feats []uint64, rows *[2][]int32) {
	rows[0], rows[1] = rows[0][:0], rows[1][:0]
	for _, f := range feats {
		if ref, ok := m.features.Find(f); ok {
			for p, r := range ref {
				if r >= 0 {
					rows[p] = append(rows[p], r)
				}
			}
		}
	}
	sumRows(&e[0], m.rows, rows[0])
	sumRows(&e[1], m.rows, rows[1])
}

// dropTitles takes a leading title ("Mr.", "President") out of a person's
// name, as CoNLL-2003 marks names: the model, having seen few "Mr."s in
// Reuters copy, sometimes takes it in.
func dropTitles(d *document, ys [][]int) {
	perB, perI, perL, perU := label(posB, 0), label(posI, 0), label(posL, 0), label(posU, 0)
	for k, y := range ys {
		toks := d.sents[k].toks
		for i := 0; i+1 < len(y); i++ {
			if y[i] != perB || !toks[i].title {
				continue
			}
			y[i] = labelO
			switch y[i+1] {
			case perL:
				y[i+1] = perU
			case perI:
				y[i+1] = perB
			}
		}
	}
}

// joinInitials opens an organisation's name at the initial before it
// that the labels left out: "of T. Rowe Price Associates Inc said", "S G
// Warburg Securities has" (a capital letter alone, with or without a
// full stop, right before the name's first word, after no other name and
// no other capitalised word but an initial).
func joinInitials(d *document, ys [][]int) {
	orgB, orgI, orgL, orgU := label(posB, 2), label(posI, 2), label(posL, 2), label(posU, 2)
	for k, y := range ys {
		toks := d.sents[k].toks
		for i := len(y) - 2; i >= 0; i-- {
			if y[i] != labelO || y[i+1] != orgB && y[i+1] != orgU || !initialWord(toks[i].form) {
				continue
			}
			if i > 0 && (y[i-1] != labelO || toks[i-1].form == "/" || toks[i-1].upperStart && !initialWord(toks[i-1].form)) {
				continue // not "Series A. Moody's", "M/V Regent Star", "A/S Norske Shell"
			}
			y[i] = orgB
			if y[i+1] == orgU {
				y[i+1] = orgL
			} else {
				y[i+1] = orgI
			}
		}
	}
}

// joinCompanyTails makes a name followed by "and Co" (or "& Co", "and
// Sons", "and Company") one organisation with it: "Wilson and Co",
// "Goldman, Sachs and Co", "Mabon Nugent and Co" (a partnership's name,
// not a person).
func joinCompanyTails(d *document, ys [][]int) {
	for k, y := range ys {
		toks := d.sents[k].toks
		for i := 0; i+2 < len(y); i++ {
			if y[i] == labelO || labelPos(y[i]) != posL && labelPos(y[i]) != posU || y[i+1] != labelO || y[i+2] != labelO {
				continue
			}
			if a := toks[i+1].form; a != "and" && a != "&" || !companyTail(toks[i+2].form) {
				continue
			}
			start := i
			for start > 0 && labelPos(y[start]) != posB && labelPos(y[start]) != posU {
				start--
			}
			end := i + 3 // the name and its tail, [start, end)
			for j := start; j < end; j++ {
				y[j] = label(posI, 2)
			}
			y[start], y[end-1] = label(posB, 2), label(posL, 2)
			i = end - 1
		}
	}
}

// joinPartnerships makes two names joined by "and" one organisation where
// the words around them say a firm: after a person and "of", "at" or
// "with" ("Stephen Lewis of Phillips and Drew said"), after a trade's
// plural and "at" ("analysts at Phillips and Drew"), or before a job's
// noun ("Carroll McEntee and McGinley analyst Brian Singer"). The second
// name is one word, not tagged a place, and the first a place only before
// a person's name: "of Britain and France" and "of Smith and Jim Brown"
// are no firm.
func joinPartnerships(d *document, ys [][]int) {
	for k, y := range ys {
		toks := d.sents[k].toks
		for i := 1; i+2 < len(y); i++ {
			if toks[i].form != "and" || y[i] != labelO {
				continue
			}
			// the second name: one capitalised word after "and"
			b := i + 1
			if !toks[b].upperStart || y[b] != labelO && labelPos(y[b]) != posU || y[b] != labelO && labelType(y[b]) == 1 {
				continue
			}
			if b+1 < len(y) && (toks[b+1].upperStart || y[b+1] != labelO || toks[b+1].form == "'s" || toks[b+1].form == "’s") {
				continue // (not "of Dean Witter Reynolds Inc and Merrill's Roling")
			}
			if legalForms.Has(toks[i-1].form) {
				continue // a firm's whole name before "and"
			}
			// the first name: an entity ending right before "and", a place
			// only before a person's name ("of Phillips and Drew": the
			// tagger reads a surname after "of" as a place); after a
			// broker's noun an untagged capitalised word too ("at brokers
			// Phillips and Drew")
			broker := i >= 2 && y[i-1] == labelO && toks[i-1].upperStart && brokerNouns.Has(toks[i-2].form)
			if !broker && (y[i-1] == labelO || labelPos(y[i-1]) != posL && labelPos(y[i-1]) != posU || labelType(y[i-1]) == 1 && (y[b] == labelO || labelType(y[b]) != 0)) {
				continue
			}
			a := i - 1
			for !broker && a > 0 && labelPos(y[a]) != posB && labelPos(y[a]) != posU {
				a--
			}
			inner := -1 // "Stephen Lewis of Phillips" tagged one person: the name after its "of"
			for j := a + 1; j < i-1; j++ {
				if f := toks[j].form; f == "of" || f == "at" || f == "with" {
					inner = j
				}
			}
			if inner > a+1 && labelType(y[a]) == 0 {
				y[a] = label(posB, 0)
				if inner-1 == a {
					y[a] = label(posU, 0)
				}
				for j := a + 1; j < inner-1; j++ {
					y[j] = label(posI, 0)
				}
				y[inner-1], y[inner] = label(posL, 0), labelO
				a = inner + 1
			}
			firm := b+1 < len(y) && partnerJobs.Has(toks[b+1].form) || a >= 1 && brokerNouns.Has(toks[a-1].form) // "at brokers Phillips and Drew"
			if a >= 2 && (toks[a-1].form == "of" || toks[a-1].form == "at" || toks[a-1].form == "with") {
				p := y[a-2]
				firm = firm || p != labelO && labelType(p) == 0 && (labelPos(p) == posL || labelPos(p) == posU) || // a person's
					p == labelO && partnerJobs.Has(toks[a-2].form) // "analysts at"
			}
			if !firm {
				continue
			}
			for j := a; j <= b; j++ {
				y[j] = label(posI, 2)
			}
			y[a], y[b] = label(posB, 2), label(posL, 2)
			i = b
		}
	}
}

// brokerNouns name a broking firm before its name.
var brokerNouns = wordset.Of(map[string]bool{"brokers": true, "stockbrokers": true, "brokerage": true})

// legalForms end a firm's whole name.
var legalForms = wordset.Of(map[string]bool{"Inc": true, "Inc.": true, "Corp": true, "Corp.": true, "Co": true, "Co.": true,
	"Ltd": true, "Ltd.": true, "PLC": true, "Plc": true, "AG": true, "SA": true, "NV": true, "Cos": true})

// partnerJobs are the trades of people who work at a partnership, written
// before its name's preposition or after its name.
var partnerJobs = wordset.Of(map[string]bool{"analyst": true, "analysts": true, "economist": true, "economists": true,
	"strategist": true, "strategists": true, "partner": true, "dealer": true, "dealers": true, "broker": true, "brokers": true})

// companyTail reports the word a firm's name ends in after "and": "Co",
// "Co.", "Sons", "Company".
func companyTail(w string) bool {
	switch w {
	case "Co", "Co.", "Sons", "Company", "Cie", "Cie.":
		return true
	}
	return false
}

// abbreviatedForm reports a legal form written with a full stop, which
// at a sentence's end is also the sentence's: "Co.", "Inc.", "Corp.".
func abbreviatedForm(w string) bool {
	switch w {
	case "Co.", "Inc.", "Corp.", "Ltd.", "Bros.":
		return true
	}
	return false
}

// initialWord reports a capital letter alone, or with a full stop: "T.", "S".
func initialWord(w string) bool {
	switch len(w) {
	case 1:
		return w[0] >= 'A' && w[0] <= 'Z' && w != "A" && w != "I"
	case 2:
		return w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.'
	}
	return false
}

// tagPass labels the sentences of d in order with pass p, each sentence
// seeing the labels given to the ones before. scores holds the sums of the
// tokens' word features; the rest of their features are added to it.
func (m *Model) tagPass(d *document, p int, scores [][][nLabels]float32) [][]int {
	clear(d.hist)
	buf := &d.passLabels[p]
	buf.sents, buf.tokens = sized(buf.sents, len(d.sents)), sized(buf.tokens, d.tokens())
	out, ys := buf.sents, buf.tokens
	var feats []uint64
	var rows []int32
	var v viterbi
	v.use(&m.trans[p])
	longest := 0
	for _, emit := range scores {
		longest = max(longest, len(emit))
	}
	v.score, v.back = make([][nLabels]float32, longest), make([][nLabels]uint8, longest)
	for k, emit := range scores {
		for i := range emit {
			feats = feats[:0]
			if d.pass1 != nil {
				feats = d.firstPassFeatures(k, i, feats)
			}
			feats = d.historyFeatures(k, i, feats)
			rows = rows[:0]
			for _, f := range feats {
				if ref, ok := m.features.Find(f); ok && ref[p] >= 0 {
					rows = append(rows, ref[p])
				}
			}
			sumRows(&emit[i], m.rows, rows)
		}
		out[k] = ys[:len(emit):len(emit)]
		ys = ys[len(emit):]
		v.decode(emit, out[k])
		d.remember(k, out[k])
	}
	return out
}

// viterbi finds the best label sequence under emission scores and
// transition weights, allowing only well-formed BILOU sequences. It keeps
// its tables from one sentence to the next.
type viterbi struct {
	trans *[nLabels + 1][nLabels]float32
	// The transitions from closing to opening labels, in the order the
	// inner loop reads them, and the largest from each closing label.
	closeOpen [len(closing)][len(opening)]float32
	maxFrom   [len(closing)]float32
	// The smallest transition from O to an opening label: adding a
	// score to each rounds in the same order as adding it to this one,
	// so the least of the sums is the sum with the least.
	leastFromO float32
	// The labels inside a name of each type and the transitions to them.
	inner [(nLabels - 1) / 4]innerLabels

	score [][nLabels]float32
	back  [][nLabels]uint8
}

// use sets the transitions to decode with; it must be called again when
// they change.
func (v *viterbi) use(trans *[nLabels + 1][nLabels]float32) {
	v.trans = trans
	v.leastFromO = float32(math.Inf(1))
	for _, y := range opening {
		v.leastFromO = min(v.leastFromO, trans[labelO][y])
	}
	for b, p := range closing {
		v.maxFrom[b] = float32(math.Inf(-1))
		for a, y := range opening {
			v.closeOpen[b][a] = trans[p][y]
			v.maxFrom[b] = max(v.maxFrom[b], trans[p][y])
		}
	}
	for typ := range v.inner {
		b, i, l := label(posB, typ), label(posI, typ), label(posL, typ)
		v.inner[typ] = innerLabels{begin: uint8(b), inside: uint8(i), last: uint8(l),
			beginInside: trans[b][i], beginLast: trans[b][l], insideInside: trans[i][i], insideLast: trans[i][l]}
	}
}

// innerLabels are the B-, I- and L- labels of one type, and the
// transitions an I- or an L- label may come by.
type innerLabels struct {
	begin, inside, last                              uint8
	beginInside, beginLast, insideInside, insideLast float32
}

// decode puts in ys the labels of the tokens whose emission scores are
// emit. Of equally good predecessors the lowest-numbered wins.
func (v *viterbi) decode(emit [][nLabels]float32, ys []int) {
	trans, closeOpen, maxFrom, leastFromO := v.trans, &v.closeOpen, &v.maxFrom, v.leastFromO
	n := len(emit)
	if n == 0 {
		return
	}
	if cap(v.score) < n {
		v.score = make([][nLabels]float32, n)
		v.back = make([][nLabels]uint8, n)
	}
	score, back := v.score[:n], v.back[:n]
	negInf := float32(math.Inf(-1))
	for y := range nLabels {
		score[0][y] = emit[0][y] + trans[nLabels][y]
		if !allowed(nLabels, y) {
			score[0][y] = negInf
		}
	}
	for i := 1; i < n; i++ {
		prev, cur, from, e := &score[i-1], &score[i], &back[i], &emit[i]
		// closing[0] is O, label 0, so starting from it picks what
		// starting from -Inf and label 0 would.
		var best [len(opening)]float32
		var arg [len(opening)]uint8 // the best predecessor: O (0) until another beats it
		for a := range opening {
			best[a] = prev[labelO] + closeOpen[0][a]
		}
		least := prev[labelO] + leastFromO
		for b := 1; b < len(closing); b++ {
			pb, t := prev[closing[b]], &closeOpen[b]
			if pb+maxFrom[b] <= least {
				// No path through this label can beat any so far: most
				// tokens are plainly O, and this skips most of the work.
				continue
			}
			for a := range opening {
				if s := pb + t[a]; s > best[a] {
					best[a], arg[a] = s, closing[b]
				}
			}
		}
		for a, y := range opening {
			cur[y] = best[a] + e[y]
			from[y] = arg[a]
		}
		for k := range v.inner {
			in := &v.inner[k]
			pb, pi := prev[in.begin], prev[in.inside]
			best, arg := negInf, uint8(0)
			if s := pb + in.beginInside; s > best {
				best, arg = s, in.begin
			}
			if s := pi + in.insideInside; s > best {
				best, arg = s, in.inside
			}
			cur[in.inside], from[in.inside] = best+e[in.inside], arg
			best, arg = negInf, 0
			if s := pb + in.beginLast; s > best {
				best, arg = s, in.begin
			}
			if s := pi + in.insideLast; s > best {
				best, arg = s, in.inside
			}
			cur[in.last], from[in.last] = best+e[in.last], arg
		}
	}
	best, arg := negInf, labelO
	for y := range nLabels {
		if allowedLast(y) && score[n-1][y] > best {
			best, arg = score[n-1][y], y
		}
	}
	ys[n-1] = arg
	for i := n - 1; i > 0; i-- {
		ys[i-1] = int(back[i][ys[i]])
	}
}

// Inside a sentence, the labels that open something (O, B-, U-) may follow
// exactly the labels that close something (O, L-, U-); I- and L- follow B-
// or I- of their own type. Both lists are in ascending order.
var opening, closing = func() (open, close [1 + 2*4]uint8) {
	o, c := 0, 0
	for y := range nLabels {
		if allowed(labelO, y) {
			open[o] = uint8(y)
			o++
		}
		if allowed(y, labelO) {
			close[c] = uint8(y)
			c++
		}
	}
	return open, close
}()
