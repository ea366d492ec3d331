package cayleystore

import (
	"cmp"
	"container/heap"
	"context"
	"fmt"
	"index/suffixarray"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"actorgraph/graph"
)

// The search index answers name and alias searches without scanning the
// entities. Its base is a suffix array (the standard library's
// index/suffixarray) over every named entity's folded names and aliases: a
// lookup of the folded query gives every place it occurs in any name, and
// where it occurs gives the rank — at a name's start (exact or prefix),
// after a space or hyphen (word prefix), elsewhere (substring) — so one
// lookup serves all the ranks of the API, substrings included, in
// O(|q| log n) plus the matches. A suffix array cannot be changed in place,
// so the entities whose names changed since the base was built (a write, a
// retraction, another server's change on PostgreSQL) are kept beside it as
// a small delta, scanned on each search and shadowing their base names;
// when the delta outgrows rebuildShare of the base, the base is rebuilt
// from the base and the delta, without folding a name again. The catalogue
// marks the changed entities as it applies quads (catalog.apply), so the
// index is consistent with every write the catalogue has seen, whoever made
// it; a new catalogue (a reopen, a reload) starts a new index.
//
// Types and mention counts change with nearly every article, so they are
// not in the index: they are read from the catalogue for each match.

// searchIndex is one version of the index; a version is never changed once
// published, so searches read it without a lock.
type searchIndex struct {
	sa     *suffixarray.Index
	text   []byte        // the folded names, each preceded by sep
	starts []int32       // where each name starts in text, ascending
	owner  []int32       // the entry of each name
	ids    []string      // the entries: entity ids…
	shown  []searchEntry // …and what a search ranks them by
	// changed holds the entities whose names or type changed since the
	// base was built, as they are now (nil: no longer named); their base
	// names are ignored.
	changed map[string]*searchEntry
}

// searchEntry is what the index keeps of an entity: its folded names, the
// name and type a search ranks and filters it by, and the entity as a
// search answers it (catalog.entity), kept because it changes only with
// the entity's summary, which marks it for the index (catalog.apply): a
// search no longer builds each entity it answers (issue 12: search's CPU
// per request).
type searchEntry struct {
	names  []string // folded names and aliases, each once
	name   string
	typ    graph.EntityType
	entity graph.Entity
}

// sep separates the names in the index text; Fold never leaves one in a
// name or query that is searched.
const sep = 0

// rebuildShare: the base is rebuilt when the delta holds more than this
// share of its entries (and more than rebuildMin).
const (
	rebuildShare = 8
	rebuildMin   = 512
)

// searchEntry gives what the index keeps of an entity; nil for an entity
// that is not (or no longer) named.
func (c *catalog) searchEntry(id string) *searchEntry {
	n := c.entities[id]
	if n == nil {
		return nil
	}
	ent, ok := c.entity(id) // its name and aliases, as its page shows them
	if !ok {
		return nil
	}
	e := &searchEntry{name: ent.Name, typ: ent.Type, entity: ent}
	for i := -1; i < len(ent.Aliases); i++ {
		v := ent.Name
		if i >= 0 {
			v = ent.Aliases[i]
		}
		f := strings.ReplaceAll(searchFold(v), "\x00", "")
		if f != "" && !slices.Contains(e.names, f) {
			e.names = append(e.names, f)
		}
	}
	return e
}

// buildSearchIndex indexes the entries, by entity id.
func buildSearchIndex(entries map[string]*searchEntry) *searchIndex {
	ids := slices.Sorted(maps.Keys(entries))
	idx := &searchIndex{ids: ids, shown: make([]searchEntry, len(ids)), changed: map[string]*searchEntry{}}
	size := 0
	for _, id := range ids {
		for _, n := range entries[id].names {
			size += len(n) + 1
		}
	}
	idx.text = make([]byte, 0, size)
	for i, id := range ids {
		e := entries[id]
		idx.shown[i] = searchEntry{name: e.name, typ: e.typ, entity: e.entity}
		for _, n := range e.names {
			idx.text = append(idx.text, sep)
			idx.starts = append(idx.starts, int32(len(idx.text)))
			idx.owner = append(idx.owner, int32(i))
			idx.text = append(idx.text, n...)
		}
	}
	idx.sa = suffixarray.New(idx.text)
	return idx
}

// entries gives what the index holds now, by entity id: its base overlaid
// with the delta.
func (idx *searchIndex) entries() map[string]*searchEntry {
	out := make(map[string]*searchEntry, len(idx.ids))
	for i, start := range idx.starts {
		end := len(idx.text)
		if i+1 < len(idx.starts) {
			end = int(idx.starts[i+1]) - 1
		}
		e := idx.owner[i]
		id := idx.ids[e]
		if _, moved := idx.changed[id]; moved {
			continue
		}
		if out[id] == nil {
			out[id] = &searchEntry{name: idx.shown[e].name, typ: idx.shown[e].typ, entity: idx.shown[e].entity}
		}
		out[id].names = append(out[id].names, string(idx.text[start:end]))
	}
	for id, e := range idx.changed {
		if e != nil {
			out[id] = e
		}
	}
	return out
}

// searchIndex gives the index as of the catalogue's last change, bringing
// it up to date first: built on the first search of a catalogue, then the
// entities the catalogue marked since moved into the delta, and the base
// rebuilt when the delta has grown too big. The caller holds s.mu (read
// or write), so the catalogue does not change meanwhile.
func (s *Store) searchIndex() *searchIndex {
	c := s.cat
	if idx := c.ready.Load(); idx != nil {
		return idx
	}
	s.searchMu.Lock()
	defer s.searchMu.Unlock()
	idx := c.updatedIndex()
	c.ready.Store(idx) // no write runs while the caller holds s.mu
	return idx
}

// updatedIndex is searchIndex's work, under searchMu.
func (c *catalog) updatedIndex() *searchIndex {
	if c.index == nil {
		entries := make(map[string]*searchEntry, len(c.entities))
		for id := range c.entities {
			if e := c.searchEntry(id); e != nil {
				entries[id] = e
			}
		}
		c.index = buildSearchIndex(entries)
		clear(c.searchDirty)
		return c.index
	}
	if len(c.searchDirty) == 0 {
		return c.index
	}
	next := *c.index
	next.changed = maps.Clone(c.index.changed)
	for id := range c.searchDirty {
		next.changed[id] = c.searchEntry(id)
	}
	clear(c.searchDirty)
	if len(next.changed) > max(rebuildMin, len(next.ids)/rebuildShare) {
		c.index = buildSearchIndex(next.entries())
	} else {
		c.index = &next
	}
	return c.index
}

// searchFold is how names and queries are compared: folded as entity
// keys are (graph.Fold: NFKC, lower case, spaces, dots), and then without
// accents — combining marks dropped after canonical decomposition, and the
// few Latin letters that do not decompose spelled in plain letters — so
// that "sao tome" finds São Tomé and "malmo" Malmö.
func searchFold(s string) string {
	f := graph.Fold(s)
	for i := 0; i < len(f); i++ {
		if f[i] >= utf8.RuneSelf {
			// a chain holds state: one per call
			plain, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), f)
			if err != nil {
				return f
			}
			return plainLetters.Replace(plain)
		}
	}
	return f
}

// plainLetters spells the lower-case Latin letters that have no
// decomposition.
var plainLetters = strings.NewReplacer("ø", "o", "ß", "ss", "æ", "ae", "œ", "oe", "ł", "l", "đ", "d", "ð", "d", "þ", "th", "ı", "i")

// match is one entity a search found, with the best rank of its names.
type match struct {
	id   string
	e    *searchEntry // name and type (names unset for base entries)
	rank int
}

// find calls fn with each entity that has a name or alias matching the
// folded query q, and the best rank of its names; an empty q matches every
// name as a substring.
func (idx *searchIndex) find(q string, fn func(match)) {
	if strings.IndexByte(q, sep) >= 0 {
		return
	}
	if q == "" {
		for i, id := range idx.ids {
			if _, moved := idx.changed[id]; !moved {
				fn(match{id, &idx.shown[i], rankSubstring})
			}
		}
	} else {
		best := map[int32]int{}
		for _, off := range idx.sa.Lookup([]byte(q), -1) {
			// the name the occurrence is in: the last one starting at
			// or before it
			i := sort.Search(len(idx.starts), func(i int) bool { return int(idx.starts[i]) > off }) - 1
			if i < 0 {
				continue
			}
			start, end := int(idx.starts[i]), len(idx.text)
			if i+1 < len(idx.starts) {
				end = int(idx.starts[i+1]) - 1
			}
			r := rankSubstring
			switch {
			case off == start && off+len(q) == end:
				r = rankExact
			case off == start:
				r = rankPrefix
			case idx.text[off-1] == ' ' || idx.text[off-1] == '-':
				r = rankWordPrefix
			}
			e := idx.owner[i]
			if prev, ok := best[e]; !ok || r < prev {
				best[e] = r
			}
		}
		for e, r := range best {
			if _, moved := idx.changed[idx.ids[e]]; !moved {
				fn(match{idx.ids[e], &idx.shown[e], r})
			}
		}
	}
	for id, e := range idx.changed {
		if e == nil {
			continue
		}
		if r := rank(q, e.names); r >= 0 {
			fn(match{id, e, r})
		}
	}
}

// SearchEntities finds entities whose name or alias matches q, folded
// (case, accents as NFKC leaves them, spaces, dots): exact names first, then
// countries and people by the number of articles that mention them, then
// the other prefixes, word prefixes and substrings, each group by that
// number. An empty q lists every entity. typ "" means any type; limit 0
// means DefaultSearchLimit. It returns one page and the total. The matches
// come from the search index (see searchIndex), not from a scan.
func (s *Store) SearchEntities(ctx context.Context, q string, typ graph.EntityType, limit, offset int) ([]graph.Entity, int, error) {
	if typ != "" && !typ.Valid() {
		return nil, 0, fmt.Errorf("search %q: %w: unknown entity type %q", q, graph.ErrInvalid, typ)
	}
	if limit < 0 || offset < 0 {
		return nil, 0, fmt.Errorf("search %q: %w: limit %d and offset %d must not be negative", q, graph.ErrInvalid, limit, offset)
	}
	if limit == 0 {
		limit = DefaultSearchLimit
	}
	fq := searchFold(q)
	s.mu.RLock()
	defer s.mu.RUnlock()
	var hits []searchHit
	s.searchIndex().find(fq, func(m match) {
		if typ != "" && m.e.typ != typ {
			return
		}
		n := s.cat.entities[m.id]
		if n == nil {
			return
		}
		tier := 2 // prefixes and substrings of anything else
		switch {
		case m.rank == rankExact:
			tier = 0
		case m.e.typ == graph.Country || m.e.typ == graph.Person:
			tier = 1 // countries and people, by how often the graph mentions them
		}
		hits = append(hits, searchHit{id: m.id, name: m.e.name, tier: tier, rank: m.rank, mentions: n.mentionedIn.len(), entity: &m.e.entity})
	})
	total := len(hits)
	hits = topK(hits, offset+limit, searchOrder)
	hits = page(hits, limit, offset)
	out := make([]graph.Entity, len(hits))
	for i, h := range hits {
		out[i] = *h.entity
		out[i].Aliases = slices.Clone(h.entity.Aliases) // the caller's to change
	}
	return out, total, ctx.Err()
}

// searchHit is a match as a search orders it.
type searchHit struct {
	id, name string
	tier     int // exact names, then countries and people, then the rest
	rank     int
	mentions int
	entity   *graph.Entity
}

func searchOrder(a, b searchHit) int {
	if a.tier == 1 && b.tier == 1 {
		return cmp.Or(cmp.Compare(b.mentions, a.mentions), cmp.Compare(a.rank, b.rank), cmp.Compare(a.name, b.name), cmp.Compare(a.id, b.id))
	}
	return cmp.Or(cmp.Compare(a.tier, b.tier), cmp.Compare(a.rank, b.rank), cmp.Compare(b.mentions, a.mentions),
		cmp.Compare(a.name, b.name), cmp.Compare(a.id, b.id))
}

// topK sorts the first k of xs in order (all of them when k is 0 or
// beyond len(xs)) and returns them; the rest are left out. Far fewer than
// all is a partial selection: a bounded max-heap, then its sort.
func topK[T any](xs []T, k int, order func(a, b T) int) []T {
	if k <= 0 || k >= len(xs) || k > len(xs)/4 {
		slices.SortFunc(xs, order)
		if k > 0 && k < len(xs) {
			xs = xs[:k]
		}
		return xs
	}
	h := &boundedHeap[T]{order: order, items: make([]T, 0, k+1)}
	for _, x := range xs {
		if len(h.items) == k && order(x, h.items[0]) >= 0 {
			continue // not better than the worst kept
		}
		heap.Push(h, x)
		if len(h.items) > k {
			heap.Pop(h)
		}
	}
	slices.SortFunc(h.items, order)
	return h.items
}

// boundedHeap keeps the worst of its items on top (container/heap).
type boundedHeap[T any] struct {
	order func(a, b T) int
	items []T
}

func (h *boundedHeap[T]) Len() int           { return len(h.items) }
func (h *boundedHeap[T]) Less(i, j int) bool { return h.order(h.items[i], h.items[j]) > 0 }
func (h *boundedHeap[T]) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *boundedHeap[T]) Push(x any)         { h.items = append(h.items, x.(T)) }
func (h *boundedHeap[T]) Pop() any {
	x := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return x
}

// Match ranks of a search.
const (
	rankExact = iota
	rankPrefix
	rankWordPrefix
	rankSubstring
)

// rank is the best rank of q against any of the folded names, -1 for none.
func rank(q string, names []string) int {
	if q == "" {
		return rankSubstring
	}
	best := -1
	for _, n := range names {
		r := -1
		switch {
		case n == q:
			r = rankExact
		case strings.HasPrefix(n, q):
			r = rankPrefix
		case strings.Contains(n, " "+q) || strings.Contains(n, "-"+q):
			r = rankWordPrefix
		case strings.Contains(n, q):
			r = rankSubstring
		}
		if r >= 0 && (best < 0 || r < best) {
			best = r
		}
	}
	return best
}
