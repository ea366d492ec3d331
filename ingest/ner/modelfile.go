package ner

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"

	"actorgraph/ingest/perceptron"
)

// The model file is a gzip stream of stored (uncompressed) blocks, so that
// reading it costs a copy and a checksum: inflating the deflated model of
// the previous format took 45–80 ms on our 2-core machine, more than the
// rest of Load together. The sparse weights keep the file about as small
// as that deflated one. Layout, integers little-endian:
//
//	magic
//	passes: 1 byte (0, 1 or 2)
//	per pass: scale float32, (nLabels+1)×nLabels transitions as int16
//	features: uvarint count; keys as uvarint deltas, ascending;
//	  per key and pass, its label set in 3 bytes;
//	  the non-zero weights as int16, key by key, pass by pass, label by label
//	gazetteer: uvarint count; keys as uvarint deltas, ascending; a byte of
//	  list bits per key
//	word clusters: uvarint count; hashed words as uvarint deltas,
//	  ascending; per word its path's length (1 byte) and bits (uint16)
//
// Weights and transitions are 16-bit integers times the pass's scale: the
// perceptron's weights need no more.
const magic = "actorgraph-ner-4\n"

// Write stores m.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.NoCompression)
	if err != nil {
		return fmt.Errorf("write ner model: %w", err)
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	bw.WriteByte(byte(m.passes))
	var quant [2]func(float32) int16
	for p := range m.passes {
		scale := m.scale[p]
		if scale == 0 {
			scale = m.weightScale(p)
		}
		quant[p] = func(v float32) int16 { return int16(math.Round(float64(v / scale))) }
		binary.Write(bw, binary.LittleEndian, scale)
		for _, row := range m.trans[p] {
			for _, v := range row {
				binary.Write(bw, binary.LittleEndian, quant[p](v))
			}
		}
	}

	// A weight that rounds to 0 is not stored, nor a feature all of whose
	// weights do: tagging would add nothing for them.
	type feature struct {
		key    uint64
		labels [2]uint32
		q      []int16
	}
	var features []feature
	for _, s := range m.features.Slots {
		if s.Key == 0 {
			continue
		}
		f := feature{key: s.Key}
		for p := range m.passes {
			for y, v := range m.row(s.Val, p) {
				if q := quant[p](v); q != 0 {
					f.labels[p] |= 1 << y
					f.q = append(f.q, q)
				}
			}
		}
		if len(f.q) > 0 {
			features = append(features, f)
		}
	}
	slices.SortFunc(features, func(a, b feature) int { return cmp.Compare(a.key, b.key) })
	var buf []byte
	buf = binary.AppendUvarint(buf, uint64(len(features)))
	var prev uint64
	for _, f := range features {
		buf = binary.AppendUvarint(buf, f.key-prev)
		prev = f.key
	}
	for _, f := range features {
		for p := range m.passes {
			buf = append(buf, byte(f.labels[p]), byte(f.labels[p]>>8), byte(f.labels[p]>>16))
		}
	}
	for _, f := range features {
		for _, q := range f.q {
			buf = binary.LittleEndian.AppendUint16(buf, uint16(q))
		}
	}

	gaz := slices.DeleteFunc(slices.Clone(m.gaz.phrases.Slots), func(s perceptron.Slot[uint8]) bool { return s.Key == 0 })
	slices.SortFunc(gaz, func(a, b perceptron.Slot[uint8]) int { return cmp.Compare(a.Key, b.Key) })
	buf = binary.AppendUvarint(buf, uint64(len(gaz)))
	prev = 0
	for _, s := range gaz {
		buf = binary.AppendUvarint(buf, s.Key-prev)
		prev = s.Key
	}
	for _, s := range gaz {
		buf = append(buf, s.Val)
	}

	cl := slices.DeleteFunc(slices.Clone(m.clusters.Slots), func(s perceptron.Slot[clusterPath]) bool { return s.Key == 0 })
	slices.SortFunc(cl, func(a, b perceptron.Slot[clusterPath]) int { return cmp.Compare(a.Key, b.Key) })
	buf = binary.AppendUvarint(buf, uint64(len(cl)))
	prev = 0
	for _, s := range cl {
		buf = binary.AppendUvarint(buf, s.Key-prev)
		prev = s.Key
	}
	for _, s := range cl {
		buf = append(buf, s.Val.n)
		buf = binary.LittleEndian.AppendUint16(buf, s.Val.bits)
	}
	bw.Write(buf)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write ner model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write ner model: %w", err)
	}
	return nil
}

// row returns the weights of feature ref in pass p; nil when all are 0.
func (m *Model) row(ref rowRef, p int) []float32 {
	if ref[p] < 0 {
		return nil
	}
	return m.rows[ref[p] : ref[p]+nLabels]
}

// weightScale is the step that maps the largest weight or transition of
// pass p to the largest 16-bit integer.
func (m *Model) weightScale(p int) float32 {
	var maxAbs float64
	for _, s := range m.features.Slots {
		if s.Key == 0 {
			continue
		}
		for _, v := range m.row(s.Val, p) {
			maxAbs = math.Max(maxAbs, math.Abs(float64(v)))
		}
	}
	for _, row := range m.trans[p] {
		for _, v := range row {
			maxAbs = math.Max(maxAbs, math.Abs(float64(v)))
		}
	}
	if maxAbs == 0 {
		return 1
	}
	return float32(maxAbs / 32767)
}

// Read reads a model written by Write.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read ner model: %w", err)
	}
	defer zr.Close()
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("read ner model: %w", err)
	}
	m, err := decodeModel(data)
	if err != nil {
		return nil, fmt.Errorf("read ner model: %w", err)
	}
	return m, nil
}

var errTruncated = errors.New("model file truncated")

// decoder reads the parts of a model file from memory; the first error
// sticks, and every read after it yields zeros.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
	d.b = nil
}

func (d *decoder) next(n int) []byte {
	if n < 0 || n > len(d.b) {
		d.fail(errTruncated)
		return make([]byte, max(n, 0))
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail(errTruncated)
		return 0
	}
	d.b = d.b[n:]
	return v
}

// count reads a number of entries each taking at least size bytes, so
// that a corrupt count cannot ask for more memory than the file could fill.
func (d *decoder) count(size int) int {
	n := d.uvarint()
	if n > uint64(len(d.b)/size) {
		d.fail(errTruncated)
		return 0
	}
	return int(n)
}

// keys reads n ascending keys stored as deltas.
func (d *decoder) keys(n int) []uint64 {
	keys := make([]uint64, n)
	var prev uint64
	for i := range keys {
		delta := d.uvarint()
		if delta == 0 || prev+delta < prev {
			d.fail(errors.New("model keys out of order"))
			return nil
		}
		prev += delta
		keys[i] = prev
	}
	return keys
}

func decodeModel(data []byte) (*Model, error) {
	d := &decoder{b: data}
	if string(d.next(len(magic))) != magic {
		return nil, errors.New("not an actorgraph NER model of this version")
	}
	m := &Model{passes: int(d.next(1)[0])}
	if m.passes > len(m.trans) {
		return nil, fmt.Errorf("model has %d passes", m.passes)
	}
	for p := range m.passes {
		m.scale[p] = math.Float32frombits(binary.LittleEndian.Uint32(d.next(4)))
		raw := d.next(2 * (nLabels + 1) * nLabels)
		for i := range (nLabels + 1) * nLabels {
			m.trans[p][i/nLabels][i%nLabels] = float32(int16(binary.LittleEndian.Uint16(raw[2*i:]))) * m.scale[p]
		}
	}

	keys := d.keys(d.count(1 + 3*m.passes))
	raw := d.next(3 * m.passes * len(keys))
	sets := make([][2]uint32, len(keys))
	rows := 0
	for i := range sets {
		for p := range m.passes {
			b := raw[3*(i*m.passes+p):]
			sets[i][p] = uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16
			if sets[i][p] != 0 {
				rows++
			}
		}
		if sets[i][0] >= 1<<nLabels || sets[i][1] >= 1<<nLabels {
			return nil, errors.New("model label set out of range")
		}
	}
	if rows > math.MaxInt32/nLabels {
		return nil, errors.New("model has too many weights")
	}
	m.features = perceptron.NewTable[rowRef](len(keys))
	m.rows = make([]float32, rows*nLabels)
	next := 0
	for i, k := range keys {
		ref, _ := m.features.Claim(k)
		*ref = rowRef{-1, -1}
		for p := range m.passes {
			set := sets[i][p]
			if set == 0 {
				continue
			}
			ref[p] = int32(next)
			row := m.rows[next : next+nLabels]
			next += nLabels
			raw := d.next(2 * bits.OnesCount32(set))
			for ; set != 0; set &= set - 1 {
				row[bits.TrailingZeros32(set)] = float32(int16(binary.LittleEndian.Uint16(raw))) * m.scale[p]
				raw = raw[2:]
			}
		}
	}

	gazKeys := d.keys(d.count(2))
	gazBits := d.next(len(gazKeys))
	m.gaz = newPhraseTable(len(gazKeys))
	for i, k := range gazKeys {
		m.gaz.add(k, gazBits[i])
	}

	clKeys := d.keys(d.count(4))
	clPaths := d.next(3 * len(clKeys))
	m.clusters = perceptron.NewTable[clusterPath](len(clKeys))
	for i, k := range clKeys {
		c := clusterPath{n: clPaths[3*i], bits: binary.LittleEndian.Uint16(clPaths[3*i+1:])}
		if c.n == 0 || c.n > maxClusterDepth || c.bits>>c.n != 0 {
			return nil, errors.New("model word cluster out of range")
		}
		v, _ := m.clusters.Claim(k)
		*v = c
	}
	if d.err != nil {
		return nil, d.err
	}
	if len(d.b) != 0 {
		return nil, errors.New("model file has trailing bytes")
	}
	m.prepare()
	return m, nil
}
