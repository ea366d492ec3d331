package syntax

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"context"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"sync"

	"actorgraph/ingest/ner"
	"actorgraph/ingest/perceptron"
)

// Model is one trained tagger: the part-of-speech tagger or the chunker.
// It is read-only once built and may tag from many goroutines.
type Model struct{ t *tagger }

// Kind is "pos" or "chunk".
func (m *Model) Kind() string { return m.t.kind.String() }

// Labels are the tags the model gives.
func (m *Model) Labels() []string { return slices.Clone(m.t.labels) }

// Features is how many features have weights.
func (m *Model) Features() int {
	n := 0
	for _, s := range m.t.features.Slots {
		if s.Key != 0 {
			n++
		}
	}
	return n
}

// TrainPOS learns a part-of-speech tagger from sentences with POS tags
// (CoNLL-2003's second column).
func TrainPOS(ctx context.Context, sents []ner.Sentence, opt TrainOptions) (*Model, error) {
	var labels labelIndex
	var exs []example
	for _, s := range sents {
		if len(s.POS) != len(s.Words) {
			continue
		}
		ex := example{in: newInput(s.Words), gold: make([]int, len(s.POS))}
		for i, t := range s.POS {
			ex.gold[i] = labels.id(t)
		}
		exs = append(exs, ex)
	}
	if len(exs) == 0 {
		return nil, errors.New("train pos: no sentence has part-of-speech tags: give a four-column CoNLL file (word POS chunk NER)")
	}
	t, err := train(ctx, kindPOS, labels.names, exs, opt)
	if err != nil {
		return nil, fmt.Errorf("train pos: %w", err)
	}
	return &Model{t}, nil
}

// TrainChunker learns a phrase chunker from sentences with chunk tags. It
// learns from the tags the part-of-speech tagger pos gives the words, not
// the gold ones, as it will see them when chunking.
func TrainChunker(ctx context.Context, sents []ner.Sentence, pos *Model, opt TrainOptions) (*Model, error) {
	if pos == nil || pos.t.kind != kindPOS {
		return nil, errors.New("train chunk: the chunker needs the part-of-speech model it will read the tags of")
	}
	var labels labelIndex
	labels.id("O")
	var posLabels labelIndex
	for _, l := range pos.t.labels {
		posLabels.id(l)
	}
	var exs []example
	tagger := newPOSTagger(pos.t)
	for _, s := range sents {
		if len(s.Chunks) != len(s.Words) {
			continue
		}
		ex := example{in: newInput(s.Words), gold: make([]int, len(s.Chunks))}
		ex.in.pos = make([]int, len(s.Words))
		tagger.tag(s.Words, ex.in.pos)
		for i, y := range ex.in.pos {
			ex.in.pos[i] = posLabels.id(pos.t.labels[y])
		}
		for i, t := range s.Chunks {
			ex.gold[i] = labels.id(t)
		}
		exs = append(exs, ex)
	}
	if len(exs) == 0 {
		return nil, errors.New("train chunk: no sentence has chunk tags: give a four-column CoNLL file (word POS chunk NER)")
	}
	t, err := train(ctx, kindChunk, labels.names, exs, opt)
	if err != nil {
		return nil, fmt.Errorf("train chunk: %w", err)
	}
	return &Model{t}, nil
}

// The file: a gzip stream of a header line, the labels one a line, then
// the feature count, the weight step, and for each feature in ascending key
// order its key as a delta from the previous one and its non-zero weights
// as (label, steps) pairs, all as varints.
const magic = "actorgraph syntax model 1"

// Write stores the model; Read gives back an equal model.
func (m *Model) Write(w io.Writer) error {
	t := m.t
	n := len(t.labels)
	step := t.peak() / 32767
	if step == 0 {
		step = 1
	}
	type feature struct {
		key uint64
		sp  span
	}
	var feats []feature
	for _, s := range t.features.Slots {
		if s.Key != 0 {
			feats = append(feats, feature{s.Key, s.Val})
		}
	}
	slices.SortFunc(feats, func(a, b feature) int { return cmp.Compare(a.key, b.key) })
	var buf []byte
	buf = fmt.Appendf(buf, "%s\n%s\n%d\n", magic, t.kind, n)
	for _, l := range t.labels {
		buf = append(buf, l...)
		buf = append(buf, '\n')
	}
	buf = binary.AppendUvarint(buf, uint64(len(feats)))
	buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(step))
	var prev uint64
	var pairs []int64
	for _, f := range feats {
		buf = binary.AppendUvarint(buf, f.key-prev)
		prev = f.key
		pairs = pairs[:0]
		for _, e := range t.entries[f.sp.from:f.sp.to] {
			if q := int64(math.Round(float64(e.w / step))); q != 0 {
				pairs = append(pairs, int64(e.y), q)
			}
		}
		buf = binary.AppendUvarint(buf, uint64(len(pairs)/2))
		for j := 0; j < len(pairs); j += 2 {
			buf = binary.AppendUvarint(buf, uint64(pairs[j]))
			buf = binary.AppendVarint(buf, pairs[j+1])
		}
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(buf); err != nil {
		return fmt.Errorf("write syntax model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write syntax model: %w", err)
	}
	return nil
}

// ReadModel reads a model Write stored.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read syntax model: %w", err)
	}
	br := bufio.NewReader(zr)
	line := func() string {
		s, _ := br.ReadString('\n')
		return strings.TrimSuffix(s, "\n")
	}
	if got := line(); got != magic {
		return nil, fmt.Errorf("read syntax model: not a model file (header %q)", got)
	}
	t := &tagger{}
	switch k := line(); k {
	case "pos":
		t.kind = kindPOS
	case "chunk":
		t.kind = kindChunk
	default:
		return nil, fmt.Errorf("read syntax model: unknown kind %q", k)
	}
	var n int
	if _, err := fmt.Sscan(line(), &n); err != nil || n <= 0 || n > 255 {
		return nil, fmt.Errorf("read syntax model: bad label count")
	}
	for range n {
		t.labels = append(t.labels, line())
	}
	count, err := binary.ReadUvarint(br)
	if err != nil || count > 1<<26 {
		return nil, fmt.Errorf("read syntax model: bad feature count")
	}
	var sb [4]byte
	if _, err := io.ReadFull(br, sb[:]); err != nil {
		return nil, fmt.Errorf("read syntax model: %w", err)
	}
	step := math.Float32frombits(binary.LittleEndian.Uint32(sb[:]))
	keys := make([]uint64, 0, count)
	weights := make([]float32, 0, int(count)*n)
	var prev uint64
	for range count {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("read syntax model: cut short: %w", err)
		}
		prev += d
		keys = append(keys, prev)
		row := make([]float32, n)
		k, err := binary.ReadUvarint(br)
		if err != nil || k > uint64(n) {
			return nil, fmt.Errorf("read syntax model: bad weights")
		}
		for range k {
			y, err1 := binary.ReadUvarint(br)
			q, err2 := binary.ReadVarint(br)
			if err1 != nil || err2 != nil || y >= uint64(n) {
				return nil, fmt.Errorf("read syntax model: bad weights")
			}
			row[y] = float32(q) * step
		}
		weights = append(weights, row...)
	}
	t.setWeights(keys, weights)
	return &Model{t}, nil
}

var (
	//go:embed model/pos.bin.gz
	embeddedPOS []byte
	//go:embed model/chunk.bin.gz
	embeddedChunk []byte
)

// Parser tags the words of a sentence with parts of speech and chunks them
// into phrases. It is read-only and safe for concurrent use.
type Parser struct {
	POS, Chunk *Model
	posIDs     []int // the chunker's number of each of the tagger's labels
	pos        *posTagger
	chunk      *chunkTagger
	lexicon    *perceptron.Cache[formLexemes]
}

// NewParser puts a part-of-speech tagger and a chunker together.
func NewParser(pos, chunk *Model) (*Parser, error) {
	if pos.t.kind != kindPOS || chunk.t.kind != kindChunk {
		return nil, fmt.Errorf("syntax: want a pos and a chunk model, got %s and %s", pos.Kind(), chunk.Kind())
	}
	ids := map[string]int{}
	for i, l := range pos.t.labels {
		ids[l] = i
	}
	p := &Parser{POS: pos, Chunk: chunk, pos: newPOSTagger(pos.t), chunk: newChunkTagger(chunk.t, len(pos.t.labels)),
		lexicon: perceptron.NewCache[formLexemes](lexemeCacheSize)}
	for _, l := range pos.t.labels {
		p.posIDs = append(p.posIDs, ids[l])
	}
	return p, nil
}

var loadParser = sync.OnceValues(func() (*Parser, error) {
	pos, err := ReadModel(bytes.NewReader(embeddedPOS))
	if err != nil {
		return nil, err
	}
	chunk, err := ReadModel(bytes.NewReader(embeddedChunk))
	if err != nil {
		return nil, err
	}
	return NewParser(pos, chunk)
})

// Load returns the parser trained on CoNLL-2003 that ships with the
// package, read once and shared.
func Load() (*Parser, error) { return loadParser() }

// Tag returns the part-of-speech tag and the chunk tag (BIO: B-NP, I-VP, O…)
// of each word.
func (p *Parser) Tag(words []string) (pos, chunks []string) {
	ys := make([]int, len(words))
	posLx, chunkLx := p.lexemes(words)
	p.pos.tagLexemes(posLx, ys)
	pos = make([]string, len(ys))
	ids := make([]int, len(ys))
	for i, y := range ys {
		pos[i] = p.POS.t.labels[y]
		ids[i] = p.posIDs[y]
	}
	p.chunk.tagLexemes(chunkLx, ids, ys)
	chunks = make([]string, len(ys))
	for i, y := range ys {
		chunks[i] = p.Chunk.t.labels[y]
	}
	return pos, chunks
}
