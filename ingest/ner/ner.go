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
	"sync"

	"actorgraph/ingest/text"
)

// Model is a trained tagger. It is read-only once built, so one Model may
// tag from many goroutines.
type Model struct {
	slots   []slot // open addressing over feature keys
	mask    uint64
	weights []float32 // one row of nLabels per feature
	trans   [nLabels + 1][nLabels]float32
	gaz     map[uint64]uint8
}

type slot struct {
	key uint64
	row int32
}

func (m *Model) row(key uint64) []float32 {
	if len(m.slots) == 0 {
		return nil
	}
	for i := key & m.mask; ; i = (i + 1) & m.mask {
		s := &m.slots[i]
		if s.key == key {
			r := int(s.row) * nLabels
			return m.weights[r : r+nLabels]
		}
		if s.key == 0 {
			return nil
		}
	}
}

// newModel builds a model from feature keys and their weight rows.
func newModel(keys []uint64, weights []float32, trans [nLabels + 1][nLabels]float32, gaz map[uint64]uint8) *Model {
	size := 1
	for size < 2*len(keys) {
		size <<= 1
	}
	m := &Model{slots: make([]slot, size), mask: uint64(size - 1), weights: weights, trans: trans, gaz: gaz}
	for r, k := range keys {
		i := k & m.mask
		for m.slots[i].key != 0 {
			i = (i + 1) & m.mask
		}
		m.slots[i] = slot{key: k, row: int32(r)}
	}
	return m
}

//go:embed model/conll.bin.gz
var embedded []byte

var loadOnce = sync.OnceValues(func() (*Model, error) {
	return Read(bytes.NewReader(embedded))
})

// Load returns the model trained on CoNLL-2003 that ships with the package.
// It is read once and shared.
func Load() (*Model, error) { return loadOnce() }

const magic = "actorgraph-ner-1\n"

// Write stores m gzip-compressed. Weights are kept as 16-bit integers
// with one scale for the whole model: the perceptron's weights need no more.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("write ner model: %w", err)
	}
	bw := bufio.NewWriter(zw)
	keys := make([]uint64, len(m.weights)/nLabels)
	for _, s := range m.slots {
		if s.key != 0 {
			keys[s.row] = s.key
		}
	}
	var maxAbs float64
	for _, v := range m.weights {
		maxAbs = math.Max(maxAbs, math.Abs(float64(v)))
	}
	for _, row := range m.trans {
		for _, v := range row {
			maxAbs = math.Max(maxAbs, math.Abs(float64(v)))
		}
	}
	scale := float32(1)
	if maxAbs > 0 {
		scale = float32(maxAbs / 32767)
	}
	q := func(v float32) int16 { return int16(math.Round(float64(v / scale))) }
	hdr := struct {
		Rows, Gaz uint32
		Scale     float32
	}{uint32(len(keys)), uint32(len(m.gaz)), scale}
	bw.WriteString(magic)
	binary.Write(bw, binary.LittleEndian, hdr)
	for _, row := range m.trans {
		for _, v := range row {
			binary.Write(bw, binary.LittleEndian, q(v))
		}
	}
	// Keys as deltas of a sorted order compress far better than raw
	// hashes; rows follow in the same order, column by column, so that
	// the many zeros of one label sit together.
	order := sortedRows(keys)
	var prev uint64
	buf := make([]byte, binary.MaxVarintLen64)
	for _, r := range order {
		n := binary.PutUvarint(buf, keys[r]-prev)
		bw.Write(buf[:n])
		prev = keys[r]
	}
	for y := 0; y < nLabels; y++ {
		for _, r := range order {
			binary.Write(bw, binary.LittleEndian, q(m.weights[int(r)*nLabels+y]))
		}
	}
	gk := make([]uint64, 0, len(m.gaz))
	for k := range m.gaz {
		gk = append(gk, k)
	}
	slices.Sort(gk)
	prev = 0
	for _, k := range gk {
		n := binary.PutUvarint(buf, k-prev)
		bw.Write(buf[:n])
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
		return nil, errors.New("not an actorgraph NER model")
	}
	var hdr struct {
		Rows, Gaz uint32
		Scale     float32
	}
	if err := binary.Read(br, binary.LittleEndian, &hdr); err != nil {
		return nil, err
	}
	if hdr.Rows > 1<<26 || hdr.Gaz > 1<<24 {
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
	gaz := make(map[uint64]uint8, hdr.Gaz)
	prev = 0
	for range hdr.Gaz {
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
	return newModel(keys, weights, trans, gaz), nil
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
	out := make([][]int, len(d.sents))
	gaz := make([][][]uint64, len(d.sents))
	var feats []uint64
	var emit [][nLabels]float32
	for k := range d.sents {
		s := &d.sents[k]
		gaz[k] = make([][]uint64, len(s.toks))
		gazetteerFeatures(s, m.gazLookup, gaz[k])
		emit = emit[:0]
		for i := range s.toks {
			feats = d.staticFeatures(k, i, nil, feats[:0])
			feats = d.historyFeatures(k, i, feats)
			feats = append(feats, gaz[k][i]...)
			var e [nLabels]float32
			for _, f := range feats {
				if r := m.row(f); r != nil {
					for y := range e {
						e[y] += r[y]
					}
				}
			}
			emit = append(emit, e)
		}
		out[k] = viterbi(emit, &m.trans)
		d.remember(k, out[k])
	}
	return out
}

// viterbi returns the best label sequence under emission scores and
// transition weights, allowing only well-formed BILOU sequences.
func viterbi(emit [][nLabels]float32, trans *[nLabels + 1][nLabels]float32) []int {
	n := len(emit)
	ys := make([]int, n)
	if n == 0 {
		return ys
	}
	const neg = -math.MaxFloat32
	score := make([][nLabels]float32, n)
	back := make([][nLabels]uint8, n)
	for y := 0; y < nLabels; y++ {
		if allowedTable[nLabels][y] {
			score[0][y] = emit[0][y] + trans[nLabels][y]
		} else {
			score[0][y] = neg
		}
	}
	for i := 1; i < n; i++ {
		for y := 0; y < nLabels; y++ {
			best, arg := float32(neg), 0
			for p := 0; p < nLabels; p++ {
				if !allowedTable[p][y] || score[i-1][p] == neg {
					continue
				}
				if v := score[i-1][p] + trans[p][y]; v > best {
					best, arg = v, p
				}
			}
			if best == neg {
				score[i][y] = neg
				continue
			}
			score[i][y] = best + emit[i][y]
			back[i][y] = uint8(arg)
		}
	}
	best, arg := float32(neg), labelO
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

var allowedTable = func() (t [nLabels + 1][nLabels]bool) {
	for p := 0; p <= nLabels; p++ {
		for y := 0; y < nLabels; y++ {
			t[p][y] = allowed(p, y)
		}
	}
	return t
}()

func sortedRows(keys []uint64) []int32 {
	order := make([]int32, len(keys))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return cmp.Compare(keys[a], keys[b]) })
	return order
}
