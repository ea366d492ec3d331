package ner

import (
	"slices"
	"unsafe"

	"actorgraph/ingest/perceptron"
)

// phraseTable holds the gazetteer a model carries: the list bits of each
// phrase key. Nearly every lookup is of a phrase it lacks, so a bit array
// small enough to stay in cache (16 bits a key) turns most of them away
// before the table, which is not, is read.
type phraseTable struct {
	phrases perceptron.Table[uint8]
	filter  []uint64 // bit key&filterMask is set for every key held
	mask    uint64
}

func newPhraseTable(n int) phraseTable {
	size := 64
	for size < 16*n {
		size <<= 1
	}
	return phraseTable{phrases: perceptron.NewTable[uint8](n), filter: make([]uint64, size/64), mask: uint64(size - 1)}
}

func (g *phraseTable) add(key uint64, bits uint8) {
	v, _ := g.phrases.Claim(key)
	*v = bits
	b := key & g.mask
	g.filter[b/64] |= 1 << (b % 64)
}

func (g *phraseTable) lookup(key uint64) uint8 {
	if b := key & g.mask; len(g.filter) == 0 || g.filter[b/64]&(1<<(b%64)) == 0 {
		return 0
	}
	bits, _ := g.phrases.Find(key)
	return bits
}

// rowRef says where a feature's weights are in Model.rows: the offset of
// its row of nLabels weights in each pass, or -1 where all its weights in
// that pass are 0.
type rowRef [2]int32

// sumRows adds the rows of w at offs to e, in order. The sums stay in
// registers from one row to the next instead of being stored and loaded
// again at every addition, which more than halves the time tagging spends
// here; each label still adds its weights in the same order, so the sums
// are the same to the bit. A row is found by its address, after one
// comparison with the end of w: the slice of w and the conversion to an
// array each checked bounds again and cost about as many instructions as
// the row's 17 additions (cachegrind; with rowList.add written out, 2,372
// → 2,323 M instructions a pass of BenchmarkExtractCorpus).
func sumRows(e *[nLabels]float32, w []float32, offs []int32) {
	var _ [17]float32 = [nLabels]float32{} // written out for 17 labels
	// a row starts at offset last at the latest
	base, last := unsafe.Pointer(unsafe.SliceData(w)), len(w)-nLabels
	if last < 0 && len(offs) > 0 {
		panic("ner: weight rows shorter than a row")
	}
	e0, e1, e2, e3, e4, e5, e6, e7, e8 := e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], e[8]
	e9, e10, e11, e12, e13, e14, e15, e16 := e[9], e[10], e[11], e[12], e[13], e[14], e[15], e[16]
	for _, off := range offs {
		if uint(off) > uint(last) {
			panic("ner: a weight row outside the rows")
		}
		r := (*[nLabels]float32)(unsafe.Add(base, uintptr(off)*unsafe.Sizeof(float32(0))))
		e0 += r[0]
		e1 += r[1]
		e2 += r[2]
		e3 += r[3]
		e4 += r[4]
		e5 += r[5]
		e6 += r[6]
		e7 += r[7]
		e8 += r[8]
		e9 += r[9]
		e10 += r[10]
		e11 += r[11]
		e12 += r[12]
		e13 += r[13]
		e14 += r[14]
		e15 += r[15]
		e16 += r[16]
	}
	e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], e[8] = e0, e1, e2, e3, e4, e5, e6, e7, e8
	e[9], e[10], e[11], e[12], e[13], e[14], e[15], e[16] = e9, e10, e11, e12, e13, e14, e15, e16
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
func newModel(first, second *stage, gaz map[uint64]uint8, clusters map[uint64]clusterPath) *Model {
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
	// One table entry serves both passes, so a key's rows are gathered
	// from both stages before its rows of non-zero weights are kept.
	rows := perceptron.NewTable[rowRef](n)
	for p, st := range stages[:m.passes] {
		for r, k := range st.keys {
			ref, added := rows.Claim(k)
			if added {
				*ref = rowRef{-1, -1}
			}
			ref[p] = int32(r)
		}
	}
	m.features = perceptron.NewTable[rowRef](n)
	for _, s := range rows.Slots {
		if s.Key == 0 {
			continue
		}
		ref := rowRef{-1, -1}
		for p, r := range s.Val {
			if r < 0 {
				continue
			}
			row := stages[p].weights[int(r)*nLabels : int(r+1)*nLabels]
			if slices.ContainsFunc(row, func(v float32) bool { return v != 0 }) {
				ref[p] = int32(len(m.rows))
				m.rows = append(m.rows, row...)
			}
		}
		if ref != (rowRef{-1, -1}) {
			v, _ := m.features.Claim(s.Key)
			*v = ref
		}
	}
	m.clusters = perceptron.NewTable[clusterPath](len(clusters))
	for k, c := range clusters {
		v, _ := m.clusters.Claim(k)
		*v = c
	}
	m.gaz = newPhraseTable(len(gaz))
	for k, b := range gaz {
		if b != 0 {
			m.gaz.add(k, b)
		}
	}
	m.prepare()
	return m
}
