// Package ner finds the names of people, places, organisations and other
// named things (CoNLL-2003's PER, LOC, ORG, MISC) in news text. It is an
// averaged structured perceptron over BILOU tags with Viterbi decoding,
// trained on CoNLL-2003, with document-level features: how a word is cased
// elsewhere in the article and what it was labelled earlier in it.
package ner

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"sync"

	"actorgraph/ingest/text"
)

// Model is a trained tagger. It is read-only once built, so one Model may
// tag from many goroutines.
type Model struct {
	first *stage
	// second, when present, re-tags a document seeing what first said of
	// every occurrence of each word in it (a stacked, two-pass model).
	second *stage
	gaz    map[uint64]uint8
	words  wordIndex
}

// newModel puts the passes together with the gazetteer they were trained with.
func newModel(first, second *stage, gaz map[uint64]uint8) *Model {
	return &Model{first: first, second: second, gaz: gaz, words: newWordIndex(first, second)}
}

// wordIndex finds a word feature's weight rows in both passes with one
// lookup: the passes share their word features, and looking them up is
// most of the tagging time.
type wordIndex struct {
	keys []uint64 // 0 marks an empty slot
	rows [][2]int32
	mask uint64
}

func newWordIndex(stages ...*stage) wordIndex {
	n := 0
	for _, st := range stages {
		if st != nil {
			n += len(st.weights)
		}
	}
	size := 1
	for size < n+n/3+1 {
		size <<= 1
	}
	w := wordIndex{keys: make([]uint64, size), rows: make([][2]int32, size), mask: uint64(size - 1)}
	for s, st := range stages {
		if st == nil {
			continue
		}
		for j, k := range st.keys {
			if k == 0 {
				continue
			}
			i := k & w.mask
			for w.keys[i] != 0 && w.keys[i] != k {
				i = (i + 1) & w.mask
			}
			if w.keys[i] == 0 {
				w.keys[i], w.rows[i] = k, [2]int32{-1, -1}
			}
			w.rows[i][s] = st.rows[j]
		}
	}
	return w
}

func (w *wordIndex) find(key uint64) *[2]int32 {
	for i := key & w.mask; ; i = (i + 1) & w.mask {
		switch w.keys[i] {
		case key:
			return &w.rows[i]
		case 0:
			return nil
		}
	}
}

// stage is one perceptron: feature weights and label transitions. Feature
// keys sit in their own open-addressing table, small enough to stay in
// cache, since most lookups are of features the model never kept.
type stage struct {
	keys    []uint64 // 0 marks an empty slot
	rows    []int32  // the weight row of the key in the same slot
	mask    uint64
	weights [][nLabels]float32
	trans   [nLabels + 1][nLabels]float32
}

func (st *stage) row(key uint64) *[nLabels]float32 {
	if len(st.keys) == 0 {
		return nil
	}
	for i := key & st.mask; ; i = (i + 1) & st.mask {
		switch st.keys[i] {
		case key:
			return &st.weights[st.rows[i]]
		case 0:
			return nil
		}
	}
}

// newStage builds a stage from feature keys and their weight rows.
func newStage(keys []uint64, weights []float32, trans [nLabels + 1][nLabels]float32) *stage {
	size := 1
	for size < len(keys)+len(keys)/3+1 {
		size <<= 1
	}
	st := &stage{
		keys:    make([]uint64, size),
		rows:    make([]int32, size),
		mask:    uint64(size - 1),
		weights: make([][nLabels]float32, len(keys)),
		trans:   trans,
	}
	for r, k := range keys {
		i := k & st.mask
		for st.keys[i] != 0 {
			i = (i + 1) & st.mask
		}
		st.keys[i], st.rows[i] = k, int32(r)
		copy(st.weights[r][:], weights[r*nLabels:])
	}
	return st
}

//go:embed model/conll.bin.gz
var embedded []byte

var loadOnce = sync.OnceValues(func() (*Model, error) {
	return Read(bytes.NewReader(embedded))
})

// Load returns the model trained on CoNLL-2003 that ships with the package.
// It is read once and shared.
func Load() (*Model, error) { return loadOnce() }

const magic = "actorgraph-ner-2\n"

// Write stores m gzip-compressed.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("write ner model: %w", err)
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	first := m.first
	if first == nil {
		first = &stage{}
	}
	first.write(bw)
	if m.second != nil {
		bw.WriteByte(1)
		m.second.write(bw)
	} else {
		bw.WriteByte(0)
	}
	gk := make([]uint64, 0, len(m.gaz))
	for k := range m.gaz {
		gk = append(gk, k)
	}
	slices.Sort(gk)
	buf := make([]byte, binary.MaxVarintLen64)
	bw.Write(buf[:binary.PutUvarint(buf, uint64(len(gk)))])
	var prev uint64
	for _, k := range gk {
		bw.Write(buf[:binary.PutUvarint(buf, k-prev)])
		bw.WriteByte(m.gaz[k])
		prev = k
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write ner model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write ner model: %w", err)
	}
	return nil
}

// write stores the weights as 16-bit integers with one scale for the
// stage: the perceptron's weights need no more. Write errors surface at
// the caller's Flush.
func (st *stage) write(bw *bufio.Writer) {
	type row struct {
		key uint64
		w   *[nLabels]float32
	}
	var rows []row
	var maxAbs float64
	for i, k := range st.keys {
		if k == 0 {
			continue
		}
		w := &st.weights[st.rows[i]]
		rows = append(rows, row{k, w})
		for _, v := range w {
			maxAbs = math.Max(maxAbs, math.Abs(float64(v)))
		}
	}
	for _, row := range st.trans {
		for _, v := range row {
			maxAbs = math.Max(maxAbs, math.Abs(float64(v)))
		}
	}
	scale := float32(1)
	if maxAbs > 0 {
		scale = float32(maxAbs / 32767)
	}
	q := func(v float32) int16 { return int16(math.Round(float64(v / scale))) }
	binary.Write(bw, binary.LittleEndian, struct {
		Rows  uint32
		Scale float32
	}{uint32(len(rows)), scale})
	for _, row := range st.trans {
		for _, v := range row {
			binary.Write(bw, binary.LittleEndian, q(v))
		}
	}
	// Keys as deltas of a sorted order compress far better than raw
	// hashes; rows follow in the same order, label by label, so that the
	// many zeros of one label sit together.
	slices.SortFunc(rows, func(a, b row) int { return cmp.Compare(a.key, b.key) })
	var prev uint64
	buf := make([]byte, binary.MaxVarintLen64)
	for _, r := range rows {
		bw.Write(buf[:binary.PutUvarint(buf, r.key-prev)])
		prev = r.key
	}
	col := make([]byte, 2*len(rows))
	for y := 0; y < nLabels; y++ {
		for i, r := range rows {
			binary.LittleEndian.PutUint16(col[2*i:], uint16(q(r.w[y])))
		}
		bw.Write(col)
	}
}

// Read reads a model written by Write.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read ner model: %w", err)
	}
	defer zr.Close()
	br := bufio.NewReaderSize(zr, 1<<16)
	m, err := readModel(br)
	if err != nil {
		return nil, fmt.Errorf("read ner model: %w", err)
	}
	return m, nil
}

func readModel(br *bufio.Reader) (*Model, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil {
		return nil, err
	}
	if string(head) != magic {
		return nil, errors.New("not an actorgraph NER model of this version")
	}
	first, err := readStage(br)
	if err != nil {
		return nil, err
	}
	more, err := br.ReadByte()
	if err != nil {
		return nil, err
	}
	var second *stage
	if more == 1 {
		if second, err = readStage(br); err != nil {
			return nil, err
		}
	}
	n, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, err
	}
	if n > 1<<24 {
		return nil, errors.New("gazetteer too large")
	}
	gaz := make(map[uint64]uint8, n)
	var prev uint64
	for range n {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		b, err := br.ReadByte()
		if err != nil {
			return nil, err
		}
		prev += d
		gaz[prev] = b
	}
	return newModel(first, second, gaz), nil
}

func readStage(br *bufio.Reader) (*stage, error) {
	var hdr struct {
		Rows  uint32
		Scale float32
	}
	if err := binary.Read(br, binary.LittleEndian, &hdr); err != nil {
		return nil, err
	}
	if hdr.Rows > 1<<26 {
		return nil, errors.New("model too large")
	}
	var qt [(nLabels + 1) * nLabels]int16
	if err := binary.Read(br, binary.LittleEndian, &qt); err != nil {
		return nil, err
	}
	var trans [nLabels + 1][nLabels]float32
	for i, v := range qt {
		trans[i/nLabels][i%nLabels] = float32(v) * hdr.Scale
	}
	rows := int(hdr.Rows)
	keys := make([]uint64, rows)
	var prev uint64
	for i := range keys {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		prev += d
		keys[i] = prev
	}
	raw := make([]byte, 2*rows)
	weights := make([]float32, rows*nLabels)
	for y := 0; y < nLabels; y++ {
		if _, err := io.ReadFull(br, raw); err != nil {
			return nil, err
		}
		for r := 0; r < rows; r++ {
			weights[r*nLabels+y] = float32(int16(binary.LittleEndian.Uint16(raw[2*r:]))) * hdr.Scale
		}
	}
	return newStage(keys, weights, trans), nil
}

func (m *Model) gazLookup(key uint64) uint8 { return m.gaz[key] }

// TagSentences tags the pre-tokenised sentences of one document and
// returns BIO tags, one per word.
func (m *Model) TagSentences(sents [][]string) [][]string {
	ys := m.tagDocument(newDocument(sents))
	out := make([][]string, len(ys))
	for i, y := range ys {
		out[i] = bio(y)
	}
	return out
}

// Tag finds the named entities of an article. sents are the article's
// sentences from text.Sentences (nil to split body here); the spans are
// byte offsets of whole tokens in body, labelled PER, LOC, ORG or MISC.
func (m *Model) Tag(body string, sents []text.Sentence) []text.Span {
	if sents == nil {
		sents = text.Sentences(body)
	}
	words := make([][]string, len(sents))
	for k, s := range sents {
		words[k] = make([]string, len(s.Tokens))
		for i, t := range s.Tokens {
			words[k][i] = t.Text
		}
	}
	ys := m.tagDocument(newDocument(words))
	var spans []text.Span
	for k, s := range sents {
		for _, c := range chunks(bio(ys[k])) {
			start, end := s.Tokens[c.start].Start, s.Tokens[c.end-1].End
			if start < 0 || end > len(body) || start >= end {
				continue
			}
			spans = append(spans, text.Span{Start: start, End: end, Label: c.typ})
		}
	}
	return spans
}

func (m *Model) tagDocument(d *document) [][]int {
	d.gazetteer(m.gazLookup)
	ys := m.label(d)
	dropTitles(d, ys)
	return ys
}

// label runs the passes over d, whose gazetteer matches are set.
func (m *Model) label(d *document) [][]int {
	if m.first == nil {
		return make([][]int, len(d.sents))
	}
	base := m.wordScores(d)
	ys := m.first.tag(d, base[0])
	if m.second != nil {
		d.setFirstPass(ys)
		ys = m.second.tag(d, base[1])
	}
	return ys
}

// wordScores adds up the weights of each token's word features, for each
// pass.
func (m *Model) wordScores(d *document) (base [2][][][nLabels]float32) {
	n := 0
	for _, s := range d.sents {
		n += len(s.toks)
	}
	var flat [2][][nLabels]float32
	for p := range base {
		base[p] = make([][][nLabels]float32, len(d.sents))
		flat[p] = make([][nLabels]float32, n)
	}
	var feats []uint64
	j := 0
	for k := range d.sents {
		for p := range base {
			base[p][k] = flat[p][j : j+len(d.sents[k].toks)]
		}
		for i := range d.sents[k].toks {
			feats = d.wordFeatures(k, i, feats[:0])
			e1, e2 := &flat[0][j], &flat[1][j]
			for _, f := range feats {
				r := m.words.find(f)
				if r == nil {
					continue
				}
				if r[0] >= 0 {
					addRow(e1, &m.first.weights[r[0]])
				}
				if r[1] >= 0 {
					addRow(e2, &m.second.weights[r[1]])
				}
			}
			j++
		}
	}
	return base
}

// dropTitles takes a leading title ("Mr.", "President") out of a person's
// name, as CoNLL-2003 marks names: the model, having seen few "Mr."s in
// Reuters copy, sometimes takes it in.
func dropTitles(d *document, ys [][]int) {
	perB, perI, perL, perU := label(posB, 0), label(posI, 0), label(posL, 0), label(posU, 0)
	for k, y := range ys {
		toks := d.sents[k].toks
		for i := 0; i+1 < len(y); i++ {
			if y[i] != perB || !personTitles[strings.TrimSuffix(toks[i].lower, ".")] {
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

// tag labels the sentences of d in order, each seeing the labels given
// to the ones before.
func (st *stage) tag(d *document, base [][][nLabels]float32) [][]int {
	clear(d.hist)
	out := make([][]int, len(d.sents))
	var feats []uint64
	var emit [][nLabels]float32
	for k := range d.sents {
		emit = emit[:0]
		for i := range d.sents[k].toks {
			feats = feats[:0]
			if d.pass1 != nil {
				feats = d.firstPassFeatures(k, i, feats)
			}
			feats = d.historyFeatures(k, i, feats)
			e := base[k][i]
			st.add(&e, feats)
			emit = append(emit, e)
		}
		out[k] = viterbi(emit, &st.trans)
		d.remember(k, out[k])
	}
	return out
}

func addRow(e, w *[nLabels]float32) {
	for y := range e {
		e[y] += w[y]
	}
}

// add adds the weights of feats to e.
func (st *stage) add(e *[nLabels]float32, feats []uint64) {
	for _, f := range feats {
		if r := st.row(f); r != nil {
			for y := range e {
				e[y] += r[y]
			}
		}
	}
}

// viterbi returns the best label sequence under emission scores and
// transition weights, allowing only well-formed BILOU sequences.
func viterbi(emit [][nLabels]float32, trans *[nLabels + 1][nLabels]float32) []int {
	n := len(emit)
	ys := make([]int, n)
	if n == 0 {
		return ys
	}
	score := make([][nLabels]float32, n)
	back := make([][nLabels]uint8, n)
	for y := 0; y < nLabels; y++ {
		score[0][y] = emit[0][y] + trans[nLabels][y]
		if !allowed(nLabels, y) {
			score[0][y] = float32(math.Inf(-1))
		}
	}
	for i := 1; i < n; i++ {
		prev := &score[i-1]
		for y := 0; y < nLabels; y++ {
			best, arg := float32(math.Inf(-1)), uint8(0)
			for _, p := range predecessors[y] {
				if v := prev[p] + trans[p][y]; v > best {
					best, arg = v, p
				}
			}
			score[i][y] = best + emit[i][y]
			back[i][y] = arg
		}
	}
	best, arg := float32(math.Inf(-1)), labelO
	for y := 0; y < nLabels; y++ {
		if allowedLast(y) && score[n-1][y] > best {
			best, arg = score[n-1][y], y
		}
	}
	ys[n-1] = arg
	for i := n - 1; i > 0; i-- {
		ys[i-1] = int(back[i][ys[i]])
	}
	return ys
}

// predecessors lists for each label the labels that may come before it
// inside a sentence.
var predecessors = func() (t [nLabels][]uint8) {
	for y := 0; y < nLabels; y++ {
		for p := 0; p < nLabels; p++ {
			if allowed(p, y) {
				t[y] = append(t[y], uint8(p))
			}
		}
	}
	return t
}()
