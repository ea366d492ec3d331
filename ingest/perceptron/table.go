package perceptron

// Table maps 64-bit keys to values by open addressing with linear probing.
// Keys are finished hashes (Finish), so their bits are already well mixed,
// and 0 is never one: it marks an empty slot. A key's first slot is given
// by its top bits, so keys added in ascending order, as model files store
// them, fill the table front to back.
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
// quarters full, so that looking up an absent key, the common case for
// features, stops after a few slots.
func NewTable[V any](n int) Table[V] {
	b := 0
	for 1<<b < n+n/3+1 {
		b++
	}
	return Table[V]{Slots: make([]Slot[V], 1<<b), shift: uint(64 - b), mask: 1<<b - 1}
}

// Find returns the value of key and whether it is held.
func (t *Table[V]) Find(key uint64) (V, bool) {
	if len(t.Slots) > 0 {
		for i := key >> t.shift; ; i = (i + 1) & t.mask {
			s := &t.Slots[i]
			if s.Key == key {
				return s.Val, true
			}
			if s.Key == 0 {
				break
			}
		}
	}
	var zero V
	return zero, false
}

// Claim returns the value of key, adding key with a zero value if absent.
// The table must have been made for at least as many keys as are added.
func (t *Table[V]) Claim(key uint64) (val *V, added bool) {
	for i := key >> t.shift; ; i = (i + 1) & t.mask {
		s := &t.Slots[i]
		if s.Key == key {
			return &s.Val, false
		}
		if s.Key == 0 {
			s.Key = key
			return &s.Val, true
		}
	}
}
