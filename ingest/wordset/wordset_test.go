package wordset

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestSetAgainstMap looks up, in sets of every size from 0 to 300 words,
// every word held, words differing from them by a byte, a prefix or a
// suffix (same first byte and length, the filter's blind spots), the empty
// word and a long one, and compares with the map the set was made from.
func TestSetAgainstMap(t *testing.T) {
	for n := 0; n <= 300; n += 1 + n/8 {
		m := map[string]bool{}
		for i := range n {
			m[fmt.Sprintf("w%dx", i*7)] = true
		}
		m["false"] = false // a false entry is not held
		if n%2 == 1 {
			m[""] = true
			m[strings.Repeat("long", 20)] = true
		}
		s := Of(m)
		want := 0
		for _, in := range m {
			if in {
				want++
			}
		}
		if s.Len() != want {
			t.Errorf("%d words: Len %d, want %d", n, s.Len(), want)
		}
		var probes []string
		for k := range m {
			probes = append(probes, k, k+"y", "y"+k, strings.ToUpper(k), k[:len(k)/2])
			if k != "" {
				probes = append(probes, k[:len(k)-1]+"z")
			}
		}
		probes = append(probes, "", "w", strings.Repeat("long", 20)+"!", strings.Repeat("long", 21), "\xff")
		for _, p := range probes {
			if got := s.Has(p); got != m[p] {
				t.Errorf("%d words: Has(%q) = %v, want %v", n, p, got, m[p])
			}
		}
	}
}

func TestMapValues(t *testing.T) {
	src := map[string]int{"a": 1, "bb": 2, "ab": 3, "": 4}
	m := MapOf(src)
	for k, want := range src {
		if got, ok := m.Get(k); !ok || got != want {
			t.Errorf("Get(%q) = %d, %v, want %d, true", k, got, ok, want)
		}
	}
	for _, k := range []string{"b", "ba", "abc", "A"} {
		if got, ok := m.Get(k); ok || got != 0 {
			t.Errorf("Get(%q) = %d, %v, want 0, false", k, got, ok)
		}
	}
	var zero Map[int]
	if _, ok := zero.Get("a"); ok {
		t.Error("the zero Map holds a word")
	}
	var none Set
	if none.Has("") {
		t.Error("the zero Set holds the empty word")
	}
}

// TestCollisions fills a table whose words all fall in one slot run: the
// probe must walk past all of them and stop at the first empty slot.
func TestCollisions(t *testing.T) {
	s := Words("said", "says", "told", "added", "stated", "noted", "reported", "announced")
	for _, k := range s.keys {
		if k == "" {
			continue
		}
		// every held word must be reachable from its own first slot
		if !s.Has(k) {
			t.Errorf("Has(%q) = false", k)
		}
	}
	// make every word hash to slot 0 by hand and look them up again
	words := []string{"said", "says", "told", "added"}
	set := Set{keys: make([]string, 8), shift: 64, mask: 7} // hash >> 64 is 0 in Go
	for i, w := range words {
		set.keys[i] = w
		set.lens |= lenBit(len(w))
		b := sigBit(w)
		set.sig[b/64] |= 1 << (b % 64)
	}
	for _, w := range words {
		if !set.Has(w) {
			t.Errorf("colliding %q not in the set", w)
		}
	}
	for _, w := range []string{"sad", "sail", "adds"} {
		if set.Has(w) {
			t.Errorf("absent %q in the set", w)
		}
	}
	tbl := Map[struct{}]{slots: make([]slot[struct{}], 8), shift: 63, mask: 7}
	for i, w := range words {
		tbl.slots[i] = slot[struct{}]{key: w, full: true}
		tbl.lens |= lenBit(len(w))
		b := sigBit(w)
		tbl.sig[b/64] |= 1 << (b % 64)
	}
	tbl.shift = 64 // hash >> 64 is 0 in Go: every word starts at slot 0
	for _, w := range words {
		if _, ok := tbl.Get(w); !ok {
			t.Errorf("colliding %q not found", w)
		}
	}
	for _, w := range []string{"sad", "sail", "adds"} {
		if _, ok := tbl.Get(w); ok {
			t.Errorf("absent %q found", w)
		}
	}
}

var sink bool

func BenchmarkHas(b *testing.B) {
	words := strings.Fields("the president said on Tuesday that the talks with Japan had failed and he would announce new tariffs next week according to officials")
	verbs := map[string]bool{}
	for _, v := range strings.Fields("said says told added stated noted reported announced declared explained warned insisted argued claimed conceded admitted disclosed indicated estimated forecast predicted") {
		verbs[v] = true
	}
	s := Of(verbs)
	b.Run("map", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				sink = verbs[w]
			}
		}
	})
	b.Run("set", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				sink = s.Has(w)
			}
		}
	})
}

func TestAll(t *testing.T) {
	want := []string{"", "a", "bb", "ccc"}
	s := Words(append(want, "a")...)
	var got []string
	for w := range s.All() {
		got = append(got, w)
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("All = %q, want %q", got, want)
	}
	for range s.All() {
		break // stopping early must not panic
	}
}

// TestLengths holds words of every length from 0 to 150 bytes (the hash
// reads them in pieces of 8, 4 and fewer bytes, and the filter folds
// lengths 64 apart) and looks up each, each one byte changed at every
// place, and each one byte longer and shorter.
func TestLengths(t *testing.T) {
	m := map[string]bool{}
	for n := 0; n <= 150; n += 1 + n/40 {
		m[strings.Repeat("ab", n)[:n]] = true
	}
	s := Of(m)
	for k := range m {
		probes := []string{k, k + "a", k + "b"}
		if k != "" {
			probes = append(probes, k[:len(k)-1], k[1:])
		}
		for i := range len(k) {
			probes = append(probes, k[:i]+"z"+k[i+1:])
		}
		for _, p := range probes {
			if got := s.Has(p); got != m[p] {
				t.Errorf("Has(%q) = %v, want %v", p, got, m[p])
			}
		}
	}
}

// TestHasLower checks HasLower(w) against Has(strings.ToLower(w)) for ASCII
// words in and out of the set in every mix of case, a word longer than
// the stack buffer, and a key with a capital, which no lowered word
// reaches.
func TestHasLower(t *testing.T) {
	long := strings.Repeat("incorporated", 4)
	s := Words("inc", "ltd", "gmbh", "kk", "a", "Upper", "", long)
	for _, w := range []string{"inc", "Inc", "INC", "iNc", "Ltd", "GmbH", "GMBH", "KK", "Kk", "A", "a", "b", "Upper",
		"upper", "UPPER", "", "in", "incs", "Corp", "@", "[", strings.ToUpper(long), long, long + "x"} {
		if got, want := s.HasLower(w), s.Has(strings.ToLower(w)); got != want {
			t.Errorf("HasLower(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestGetLower(t *testing.T) {
	m := MapOf(map[string]int{"may": 5, "monday": 1, "twelve": 12, "": 7})
	for _, w := range []string{"May", "MAY", "may", "Monday", "MONDAY", "Twelve", "", "Mayo", "Ma", "X"} {
		wantV, wantOK := m.Get(strings.ToLower(w))
		if gotV, gotOK := m.GetLower(w); gotV != wantV || gotOK != wantOK {
			t.Errorf("GetLower(%q) = %d, %v, want %d, %v", w, gotV, gotOK, wantV, wantOK)
		}
	}
}

// TestIndex numbers words against a map doing the same, over documents of
// several sizes in one reused Index, with repeats and near misses.
func TestIndex(t *testing.T) {
	var x Index
	if x.Has("a") || x.Len() != 0 {
		t.Fatal("zero Index holds a word")
	}
	for _, n := range []int{0, 1, 2, 7, 64, 300, 5, 1000} {
		var words []string
		for i := range n {
			words = append(words, fmt.Sprintf("w%d", i%(n/2+1)), "")
		}
		x.Reset(len(words))
		want := map[string]int32{}
		for _, w := range words {
			id, added := x.Add(w)
			wid, seen := want[w]
			if !seen {
				wid = int32(len(want))
				want[w] = wid
			}
			if id != wid || added == seen {
				t.Fatalf("%d words: Add(%q) = %d, %v; want %d, %v", n, w, id, added, wid, !seen)
			}
		}
		if x.Len() != len(want) {
			t.Errorf("%d words: Len %d, want %d", n, x.Len(), len(want))
		}
		for w := range want {
			for _, p := range []string{w, w + "y", "y" + w} {
				id, ok := x.Get(p)
				pid, in := want[p]
				if ok != in || id != pid {
					t.Errorf("%d words: Get(%q) = %d, %v; want %d, %v", n, p, id, ok, pid, in)
				}
			}
		}
	}
}
