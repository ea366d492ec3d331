package perceptron

// Table maps 64-bit keys to values by open addressing with linear probing,
// Robin Hood style: the keys of a run of full slots lie in the order of
// their first slots, so a look-up for a key the table lacks, the common
// case for features, stops at the first key that would come after it
// instead of at the next empty slot. Keys are finished hashes (Finish),
// so their bits are already well mixed, and 0 is never one: it marks an
// empty slot. A key's first slot is given by its top bits, so keys added
// in ascending order, as model files store them, fill the table front to
// back and never move.
type Table[V any] struct {
	Slots []Slot[V]
	shift uint
	mask  uint64
}

// Slot is one place of a Table; Key 0 marks it empty.
type Slot[V any] struct {
	Key uint64
	Val V
}

// NewTable makes a table with room for n keys. It is kept at most three
// quarters full, so that looking up an absent key stops after a few slots.
func NewTable[V any](n int) Table[V] {
	b := 0
	for 1<<b < n+n/3+1 {
		b++
	}
	return Table[V]{Slots: make([]Slot[V], 1<<b), shift: uint(64 - b), mask: 1<<b - 1}
}

// dist is how far slot i is from the first slot of key.
func (t *Table[V]) dist(i, key uint64) uint64 { return (i - key>>t.shift) & t.mask }

// Find returns the value of key and whether it is held.
func (t *Table[V]) Find(key uint64) (V, bool) {
	if len(t.Slots) > 0 {
		for i, d := key>>t.shift, uint64(0); ; i, d = (i+1)&t.mask, d+1 {
			s := &t.Slots[i]
			if s.Key == key {
				return s.Val, true
			}
			if s.Key == 0 || t.dist(i, s.Key) < d {
				break
			}
		}
	}
	var zero V
	return zero, false
}

// Claim returns the value of key, adding key with a zero value if absent.
// The table must have been made for at least as many keys as are added.
// The pointer is good until the next Claim, which may move values.
func (t *Table[V]) Claim(key uint64) (val *V, added bool) {
	i, d := key>>t.shift, uint64(0)
	for ; ; i, d = (i+1)&t.mask, d+1 {
		s := &t.Slots[i]
		if s.Key == key {
			return &s.Val, false
		}
		if s.Key == 0 {
			s.Key = key
			return &s.Val, true
		}
		if t.dist(i, s.Key) < d {
			break // key comes before this one: move the rest of the run on
		}
	}
	j := i
	for t.Slots[j].Key != 0 {
		j = (j + 1) & t.mask
	}
	for ; j != i; j = (j - 1) & t.mask {
		t.Slots[j] = t.Slots[(j-1)&t.mask]
	}
	t.Slots[i] = Slot[V]{Key: key}
	return &t.Slots[i].Val, true
}
