package ner

import "math/bits"

// table maps 64-bit keys to values by open addressing with linear probing.
// Keys are finished feature or phrase hashes, so their bits are already
// well mixed, and 0 is never one: it marks an empty slot. A key's first
// slot is given by its top bits, so keys added in ascending order, as the
// model file stores them, fill the table front to back.
type table[V any] struct {
	slots []slot[V]
	shift uint
	mask  uint64
}

type slot[V any] struct {
	key uint64
	val V
}

// newTable makes a table with room for n keys. It is kept at most three
// quarters full, so that looking up an absent key, the common case for
// features, stops after a few slots.
func newTable[V any](n int) table[V] {
	b := 0
	for 1<<b < n+n/3+1 {
		b++
	}
	return table[V]{slots: make([]slot[V], 1<<b), shift: uint(64 - b), mask: 1<<b - 1}
}

func (t *table[V]) find(key uint64) (V, bool) {
	if len(t.slots) > 0 {
		for i := key >> t.shift; ; i = (i + 1) & t.mask {
			s := &t.slots[i]
			if s.key == key {
				return s.val, true
			}
			if s.key == 0 {
				break
			}
		}
	}
	var zero V
	return zero, false
}

// claim returns the value of key, adding key with a zero value if absent.
// The table must have been made for at least as many keys as are added.
func (t *table[V]) claim(key uint64) (val *V, added bool) {
	for i := key >> t.shift; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.key == key {
			return &s.val, false
		}
		if s.key == 0 {
			s.key = key
			return &s.val, true
		}
	}
}

// weightsRef says where a feature's weights are in Model.weights. The
// weights are sparse: a perceptron only moves the weights of labels it
// confused, and five in six of the shipped model's are 0. So a feature
// keeps only its non-zero weights, label by label for the first pass and
// then for the second, and a bit set of which labels they belong to;
// adding a feature costs about three additions a pass instead of
// seventeen. Skipping the zeros changes no sum: x + 0 is x.
//
// Bits 0–16: the labels with a weight in the first pass; 17–33: in the
// second; 34–63: the offset of the first weight.
type weightsRef uint64

const (
	labelSet        = 1<<nLabels - 1
	refOffsetShift  = 2 * nLabels
	maxWeightOffset = 1<<(64-refOffsetShift) - 1
)

func (r weightsRef) labels(pass int) uint32 {
	return uint32(r>>(pass*nLabels)) & labelSet
}

func (r weightsRef) offset() int { return int(r >> refOffsetShift) }

func newWeightsRef(offset int, first, second uint32) weightsRef {
	return weightsRef(offset)<<refOffsetShift | weightsRef(second)<<nLabels | weightsRef(first)
}

// addWeights adds to e the weights w of the labels in set, in label order.
func addWeights(e *[nLabels]float32, set uint32, w []float32) {
	for j := 0; set != 0; j++ {
		e[bits.TrailingZeros32(set)] += w[j]
		set &= set - 1
	}
}

// add adds the weights of feature ref in pass p to e.
func (m *Model) add(e *[nLabels]float32, ref weightsRef, p int) {
	off := ref.offset()
	if p == 1 {
		off += bits.OnesCount32(ref.labels(0))
	}
	addWeights(e, ref.labels(p), m.weights[off:])
}

// stage is one perceptron as training leaves it: feature keys with a
// dense row of weights each (nLabels a key), and label transitions.
type stage struct {
	keys    []uint64
	weights []float32
	trans   [nLabels + 1][nLabels]float32
}

// newModel puts trained passes (second may be nil) together with the
// gazetteer they were trained with.
func newModel(first, second *stage, gaz map[uint64]uint8) *Model {
	m := &Model{}
	stages := []*stage{first, second}
	n := 0
	for p, st := range stages {
		if st == nil {
			break
		}
		m.passes = p + 1
		m.trans[p] = st.trans
		n += len(st.keys)
	}
	// rows finds each key's row in each stage (-1: none) so that the
	// weights of both passes can be laid out together.
	rows := newTable[[2]int32](n)
	for p, st := range stages[:m.passes] {
		for r, k := range st.keys {
			row, added := rows.claim(k)
			if added {
				*row = [2]int32{-1, -1}
			}
			row[p] = int32(r)
		}
	}
	m.features = newTable[weightsRef](n)
	for _, s := range rows.slots {
		if s.key == 0 {
			continue
		}
		var set [2]uint32
		off := len(m.weights)
		for p, r := range s.val {
			if r < 0 {
				continue
			}
			for y, v := range stages[p].weights[int(r)*nLabels : int(r+1)*nLabels] {
				if v != 0 {
					set[p] |= 1 << y
					m.weights = append(m.weights, v)
				}
			}
		}
		if set[0]|set[1] != 0 {
			ref, _ := m.features.claim(s.key)
			*ref = newWeightsRef(off, set[0], set[1])
		}
	}
	m.gaz = newTable[uint8](len(gaz))
	for k, b := range gaz {
		if b != 0 {
			v, _ := m.gaz.claim(k)
			*v = b
		}
	}
	return m
}
