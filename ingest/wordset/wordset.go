// Package wordset holds the fixed word lists the rules look words up in,
// every word of every sentence and often several lists a word. Most words
// are in none of them; a Set turns most of those away by their length and
// first byte alone and finds the rest in a small open-addressing table with
// a cheap hash, where a Go map hashes every word and probes its groups
// (about 100 instructions a look-up under cachegrind, against 15 to 40).
package wordset

import "iter"

// Map maps a fixed list of words to values. Its zero value holds nothing.
type Map[V any] struct {
	slots  []slot[V]
	shift  uint
	mask   uint64
	lens   uint64    // bit n is set if a word of n bytes is held (63: 63 or more)
	firsts [4]uint64 // bit c is set if a word starting with byte c is held
}

type slot[V any] struct {
	key  string
	full bool
	val  V
}

// Set is a Map without values.
type Set struct{ m Map[struct{}] }

// MapOf makes a Map of the entries of m.
func MapOf[V any](m map[string]V) Map[V] {
	b := 1
	for 1<<b < 2*len(m) {
		b++
	}
	t := Map[V]{slots: make([]slot[V], 1<<b), shift: uint(64 - b), mask: 1<<b - 1}
	for k, v := range m {
		t.lens |= 1 << lenBit(k)
		if k != "" {
			t.firsts[k[0]>>6] |= 1 << (k[0] & 63)
		}
		i := hash(k) >> t.shift
		for t.slots[i].full {
			i = (i + 1) & t.mask
		}
		t.slots[i] = slot[V]{key: k, full: true, val: v}
	}
	return t
}

// Of makes the Set of the words m maps to true.
func Of(m map[string]bool) Set {
	held := map[string]struct{}{}
	for k, in := range m {
		if in {
			held[k] = struct{}{}
		}
	}
	return Set{MapOf(held)}
}

// Words makes the Set of words.
func Words(words ...string) Set {
	held := map[string]struct{}{}
	for _, w := range words {
		held[w] = struct{}{}
	}
	return Set{MapOf(held)}
}

func lenBit(s string) uint { return uint(min(len(s), 63)) }

// hash is FNV-1a seeded with the length; its top bits pick the slot.
func hash(s string) uint64 {
	h := uint64(14695981039346656037) ^ uint64(len(s))
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h ^ h<<29
}

// Get returns the value of w and whether w is held.
func (t *Map[V]) Get(w string) (V, bool) {
	var zero V
	if t.lens&(1<<lenBit(w)) == 0 || w != "" && t.firsts[w[0]>>6]&(1<<(w[0]&63)) == 0 {
		return zero, false
	}
	for i := hash(w) >> t.shift; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if !s.full {
			return zero, false
		}
		if s.key == w {
			return s.val, true
		}
	}
}

// At returns the value of w, the zero value if w is not held.
func (t *Map[V]) At(w string) V {
	v, _ := t.Get(w)
	return v
}

// Has reports whether w is in the set.
func (s *Set) Has(w string) bool {
	_, ok := s.m.Get(w)
	return ok
}

// Len is the number of words held.
func (t *Map[V]) Len() int {
	n := 0
	for _, s := range t.slots {
		if s.full {
			n++
		}
	}
	return n
}

// All yields the words of the set, in no order.
func (s *Set) All() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, sl := range s.m.slots {
			if sl.full && !yield(sl.key) {
				return
			}
		}
	}
}

// Len is the number of words in the set.
func (s *Set) Len() int { return s.m.Len() }
