package wordset

// Index numbers the distinct words of one document in the order they first
// come: 0, 1, 2 … A document's words are counted before they are read, so
// the table is sized once for all of them and never grows; with the same
// cheap hash as Map, adding or finding a word costs a fraction of a Go
// map's look-up, which a word of every token made a visible share of the
// tagger's time. An Index may be Reset and used again for the next
// document, keeping its room.
type Index struct {
	slots []indexSlot
	shift uint
	mask  uint64
	n     int32
}

type indexSlot struct {
	key  string
	id   int32
	full bool
}

// Reset forgets every word and makes room for n distinct words.
func (x *Index) Reset(n int) {
	b := 1
	for 1<<b < 2*n {
		b++
	}
	if len(x.slots) < 1<<b || len(x.slots) > 4<<b {
		x.slots = make([]indexSlot, 1<<b)
	} else {
		x.slots = x.slots[:1<<b]
		clear(x.slots)
	}
	x.shift, x.mask, x.n = uint(64-b), 1<<b-1, 0
}

// Add returns the number of w, giving it the next one if w is new (added
// is then true). At most the n words Reset made room for may be added.
func (x *Index) Add(w string) (id int32, added bool) {
	i := hash(w) >> x.shift
	for {
		s := &x.slots[i]
		if !s.full {
			*s = indexSlot{key: w, id: x.n, full: true}
			x.n++
			return s.id, true
		}
		if s.key == w {
			return s.id, false
		}
		i = (i + 1) & x.mask
	}
}

// Get returns the number of w and whether w was added.
func (x *Index) Get(w string) (int32, bool) {
	if len(x.slots) == 0 {
		return 0, false
	}
	for i := hash(w) >> x.shift; ; i = (i + 1) & x.mask {
		s := &x.slots[i]
		if !s.full {
			return 0, false
		}
		if s.key == w {
			return s.id, true
		}
	}
}

// Has reports whether w was added.
func (x *Index) Has(w string) bool {
	_, ok := x.Get(w)
	return ok
}

// Len is the number of distinct words added.
func (x *Index) Len() int { return int(x.n) }
