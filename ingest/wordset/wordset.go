// Package wordset holds the fixed word lists the rules look words up in,
// every word of every sentence and often several lists a word. Most words
// are in none of them; a Set turns most of those away by their length, first
// and last bytes alone and finds the rest in a small open-addressing table with
// a cheap hash, where a Go map hashes every word and probes its groups
// (about 100 instructions a look-up under cachegrind, against 15 to 40).
package wordset

import "iter"

// Map maps a fixed list of words to values. Its zero value holds nothing.
type Map[V any] struct {
	slots []slot[V]
	shift uint
	mask  uint64
	lens  uint64           // bit n%64 is set if a word of n bytes is held
	sig   [sigWords]uint64 // bit sigBit(w) is set for every held word w but ""
}

type slot[V any] struct {
	key  string
	full bool
	val  V
}

// Set is a Map without values, with a table of its own: the words alone,
// "" marking an empty slot, so that a slot is a string and the look-up
// compares one string a probe. Has is small enough to be inlined, so a
// word whose length no word held has costs its caller no call.
type Set struct {
	keys  []string // the held words but "", by hash, "" where none is
	shift uint
	mask  uint64
	lens  uint64 // as Map's
	// sig has bit sigBit(w) set for every held word w: a filter on the
	// length, first and last bytes together, which turns away most words
	// that pass the length test alone before they are hashed
	sig   [sigWords]uint64
	empty bool // "" is held
}

const sigWords = 8 // 512 bits

// sigBit mixes the length, first and last bytes of a word that is not "".
func sigBit(w string) uint32 { return sigOf(w[0], w[len(w)-1], len(w)) }

func sigOf(first, last byte, n int) uint32 {
	x := uint32(first) | uint32(last)<<8 | uint32(n)<<16
	return x * 0x9e3779b1 >> (32 - 9)
}

// MapOf makes a Map of the entries of m.
func MapOf[V any](m map[string]V) Map[V] {
	b := 1
	for 1<<b < 2*len(m) {
		b++
	}
	t := Map[V]{slots: make([]slot[V], 1<<b), shift: uint(64 - b), mask: 1<<b - 1}
	for k, v := range m {
		t.lens |= lenBit(len(k))
		if k != "" {
			b := sigBit(k)
			t.sig[b/64] |= 1 << (b % 64)
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
	var held []string
	for k, in := range m {
		if in {
			held = append(held, k)
		}
	}
	return setOf(held)
}

// Words makes the Set of words.
func Words(words ...string) Set {
	held := map[string]bool{}
	for _, w := range words {
		held[w] = true
	}
	return Of(held)
}

// setOf makes the Set of words, each given once.
func setOf(words []string) Set {
	b := 1
	for 1<<b < 2*len(words) {
		b++
	}
	s := Set{keys: make([]string, 1<<b), shift: uint(64 - b), mask: 1<<b - 1}
	for _, k := range words {
		s.lens |= lenBit(len(k))
		if k == "" {
			s.empty = true
			continue
		}
		b := sigBit(k)
		s.sig[b/64] |= 1 << (b % 64)
		i := hash(k) >> s.shift
		for s.keys[i] != "" {
			i = (i + 1) & s.mask
		}
		s.keys[i] = k
	}
	return s
}

// lenBit is the bit of lens for a word of n bytes: lengths 64 bytes apart
// share one, which only lets a few more words past the filter.
func lenBit(n int) uint64 { return 1 << (uint(n) & 63) }

// hash mixes the word's bytes read eight at a time (a short word's in one
// or two overlapping reads); its top bits pick the slot.
func hash(s string) uint64 {
	const k0, k1 = 0x9e3779b97f4a7c15, 0xbf58476d1ce4e5b9
	n := len(s)
	h := uint64(n) * k0
	switch {
	case n >= 8:
		for i := 0; i < n-8; i += 8 {
			h = (h ^ load64(s[i:])) * k1
			h ^= h >> 31
		}
		h = (h ^ load64(s[n-8:])) * k1 // the last eight, overlapping
	case n >= 4:
		h = (h ^ (uint64(load32(s)) | uint64(load32(s[n-4:]))<<32)) * k1
	case n > 0:
		h = (h ^ (uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16)) * k1
	}
	return h ^ h>>29
}

func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// mayHold is the filter: false if no word of w's length, or of its length,
// first and last bytes together (sigBit), is held.
func (t *Map[V]) mayHold(w string) bool {
	if t.lens&lenBit(len(w)) == 0 {
		return false
	}
	if w == "" {
		return true
	}
	b := sigBit(w)
	return t.sig[b/64]&(1<<(b%64)) != 0
}

// Get returns the value of w and whether w is held.
func (t *Map[V]) Get(w string) (V, bool) {
	if !t.mayHold(w) {
		var zero V
		return zero, false
	}
	return t.find(w)
}

func (t *Map[V]) find(w string) (V, bool) {
	for i := hash(w) >> t.shift; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if !s.full {
			var zero V
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
	return s.lens&lenBit(len(w)) != 0 && s.has(w)
}

// has is Has past the length filter.
func (s *Set) has(w string) bool {
	if w == "" {
		return s.empty
	}
	if b := sigBit(w); s.sig[b/64]&(1<<(b%64)) == 0 {
		return false
	}
	for i := hash(w) >> s.shift; ; i = (i + 1) & s.mask {
		k := s.keys[i]
		if k == w {
			return true
		}
		if k == "" {
			return false
		}
	}
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
		if s.empty && !yield("") {
			return
		}
		for _, k := range s.keys {
			if k != "" && !yield(k) {
				return
			}
		}
	}
}

// GetLower is Get(w) with w's ASCII capitals made small, without making
// that string on the heap: the filter lowers the first and last bytes as
// it reads them, and only a word that passes is lowered, on the stack, to
// be looked up.
func (t *Map[V]) GetLower(w string) (V, bool) {
	if w == "" {
		return t.Get(w)
	}
	if b := sigOf(lower(w[0]), lower(w[len(w)-1]), len(w)); t.lens&lenBit(len(w)) == 0 || t.sig[b/64]&(1<<(b%64)) == 0 {
		var zero V
		return zero, false
	}
	var buf [32]byte
	return t.find(string(lowerInto(buf[:0], w)))
}

// HasLower is Has(w) with w's ASCII capitals made small (see GetLower).
func (s *Set) HasLower(w string) bool {
	if w == "" {
		return s.Has(w)
	}
	if b := sigOf(lower(w[0]), lower(w[len(w)-1]), len(w)); s.lens&lenBit(len(w)) == 0 || s.sig[b/64]&(1<<(b%64)) == 0 {
		return false
	}
	var buf [32]byte
	return s.has(string(lowerInto(buf[:0], w)))
}

// lowerInto appends w with its ASCII capitals made small to b (a buffer on
// the caller's stack; a longer word grows it).
func lowerInto(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		b = append(b, lower(w[i]))
	}
	return b
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// Len is the number of words in the set.
func (s *Set) Len() int {
	n := 0
	if s.empty {
		n++
	}
	for _, k := range s.keys {
		if k != "" {
			n++
		}
	}
	return n
}
