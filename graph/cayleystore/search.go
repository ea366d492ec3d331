package cayleystore

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"index/suffixarray"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
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
	} else if len(q) <= scanBelow {
		idx.scan(q, fn)
	} else {
		idx.lookup(q, fn)
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

// lookup is find's use of the suffix array: every place q occurs, the
// name holding it, the best rank per entity.
func (idx *searchIndex) lookup(q string, fn func(match)) {
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

// scanBelow: a query of at most this many bytes reads the names one after
// the other instead of the suffix array. A letter occurs everywhere: "a"
// is some 100,000 places in the Reuters development set's 16,000
// entities, each of which the array's lookup gives and a binary search
// places in its name; a pass over the names finds the same ranks in one
// read of the text, with a rank per entity instead of a map. Two letters
// are already rare enough for the array ("ka": 0.3-0.7 ms by the array,
// 1.7 ms by a pass, on that store).
const scanBelow = 1

// scan is find's pass over the names, for short queries: each name's
// best rank for q (at its start, then after a space or hyphen, then
// anywhere), each entity's best over its names, which follow one another
// in the text.
func (idx *searchIndex) scan(q string, fn func(match)) {
	qb := []byte(q)
	cur, best := int32(-1), -1
	flush := func() {
		if cur >= 0 && best >= 0 {
			if _, moved := idx.changed[idx.ids[cur]]; !moved {
				fn(match{idx.ids[cur], &idx.shown[cur], best})
			}
		}
	}
	for i, start := range idx.starts {
		if e := idx.owner[i]; e != cur {
			flush()
			cur, best = e, -1
		}
		end := len(idx.text)
		if i+1 < len(idx.starts) {
			end = int(idx.starts[i+1]) - 1
		}
		name := idx.text[start:end]
		off := bytes.Index(name, qb)
		if off < 0 {
			continue
		}
		r := rankSubstring
		switch {
		case off == 0 && len(name) == len(qb):
			r = rankExact
		case off == 0:
			r = rankPrefix
		default:
			for ; off >= 0; off = nextIndex(name, qb, off) {
				if name[off-1] == ' ' || name[off-1] == '-' {
					r = rankWordPrefix
					break
				}
			}
		}
		if best < 0 || r < best {
			best = r
		}
	}
	flush()
}

// nextIndex is where q occurs in name after the occurrence at off, -1
// when nowhere.
func nextIndex(name, q []byte, off int) int {
	next := bytes.Index(name[off+1:], q)
	if next < 0 {
		return -1
	}
	return off + 1 + next
}

// SearchEntities finds entities whose name or alias matches q, folded
// (case, accents as NFKC leaves them, spaces, dots): exact names first, then
// countries and people by the number of articles that mention them, then
// the other prefixes, word prefixes and substrings, each group by that
// number. An empty q lists every entity. typ "" means any type; limit 0
// means DefaultSearchLimit. It returns one page and the total. The matches
// come from the search index (see searchIndex), not from a scan.
func (s *Store) SearchEntities(ctx context.Context, q string, typ graph.EntityType, limit, offset int) ([]graph.Entity, int, error) {
	limit, err := searchArgs(q, typ, limit, offset)
	if err != nil {
		return nil, 0, err
	}
	fq := searchFold(q)
	s.mu.RLock()
	defer s.mu.RUnlock()
	hits, total := s.search(fq, typ, limit, offset)
	out := make([]graph.Entity, len(hits))
	for i, h := range hits {
		out[i] = *h.entity
		out[i].Aliases = slices.Clone(h.entity.Aliases) // the caller's to change
	}
	return out, total, ctx.Err()
}

// SearchEntitiesJSON is SearchEntities' page as encoding/json writes it (a
// list, never null), with the total. The answer is kept until the
// catalogue changes, as a detail page's is, so a search asked again costs
// a lookup: what a search box sends while a name is typed, and what a load
// of the same few queries sends, no longer ranks and encodes the matches
// each time (issue 12: search's tail under load came with its CPU and
// garbage per request). The bytes are shared: the caller must not change
// them.
func (s *Store) SearchEntitiesJSON(ctx context.Context, q string, typ graph.EntityType, limit, offset int) ([]byte, int, error) {
	limit, err := searchArgs(q, typ, limit, offset)
	if err != nil {
		return nil, 0, err
	}
	key := answerKey{q: searchFold(q), typ: typ, limit: limit, offset: offset}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if a, ok := s.cat.answer(key); ok {
		return a.body, a.total, nil
	}
	hits, total := s.search(key.q, typ, limit, offset)
	out := make([]*graph.Entity, len(hits))
	for i, h := range hits {
		out[i] = h.entity
	}
	b, err := json.Marshal(out)
	if err != nil {
		return nil, 0, fmt.Errorf("search %q: %w", q, err)
	}
	s.cat.keepAnswer(key, searchAnswer{body: b, total: total})
	return b, total, ctx.Err()
}

// searchArgs checks a search's arguments and gives its page size.
func searchArgs(q string, typ graph.EntityType, limit, offset int) (int, error) {
	if typ != "" && !typ.Valid() {
		return 0, fmt.Errorf("search %q: %w: unknown entity type %q", q, graph.ErrInvalid, typ)
	}
	if limit < 0 || offset < 0 {
		return 0, fmt.Errorf("search %q: %w: limit %d and offset %d must not be negative", q, graph.ErrInvalid, limit, offset)
	}
	if limit == 0 {
		limit = DefaultSearchLimit
	}
	return limit, nil
}

// search ranks the matches of the folded query fq and gives the page asked
// and the total; s.mu is held.
func (s *Store) search(fq string, typ graph.EntityType, limit, offset int) ([]searchHit, int) {
	best := newTopK(offset+limit, searchOrder)
	total := 0
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
		total++
		best.add(searchHit{id: m.id, name: m.e.name, tier: tier, rank: m.rank, mentions: n.mentionedIn.len(), entity: &m.e.entity})
	})
	return page(best.sorted(), limit, offset), total
}

// answerKey names a search's page: the folded query, the type, the page.
type answerKey struct {
	q             string
	typ           graph.EntityType
	limit, offset int
}

// searchAnswer is a search's page as JSON, with the total.
type searchAnswer struct {
	body  []byte
	total int
}

// searchAnswers are the answers given at one generation of the catalogue.
// Searches read and add to them under the store's read lock, without a
// lock of their own (sync.Map), which a search's few microseconds would
// otherwise queue on.
type searchAnswers struct {
	gen   uint64
	m     sync.Map // answerKey → searchAnswer
	bytes atomic.Int64
}

// answersBytes bounds the JSON kept per generation: past it, answers are
// given and not kept (a hub's detail page alone is bigger).
const answersBytes = 8 << 20

// answer is the kept answer to k at the catalogue's generation. The
// caller holds the store's lock (read or write).
func (c *catalog) answer(k answerKey) (searchAnswer, bool) {
	if a := c.answers.Load(); a != nil && a.gen == c.gen {
		if v, ok := a.m.Load(k); ok {
			return v.(searchAnswer), true
		}
	}
	return searchAnswer{}, false
}

// keepAnswer keeps v as the answer to k at the catalogue's generation,
// starting the generation's answers when they are older.
func (c *catalog) keepAnswer(k answerKey, v searchAnswer) {
	a := c.answers.Load()
	if a == nil || a.gen != c.gen {
		next := &searchAnswers{gen: c.gen}
		if !c.answers.CompareAndSwap(a, next) {
			// another search started them first
			if a = c.answers.Load(); a == nil || a.gen != c.gen {
				return
			}
		} else {
			a = next
		}
	}
	if a.bytes.Add(int64(len(v.body))) <= answersBytes {
		a.m.Store(k, v)
	}
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

// topK keeps the first k of the items added to it, in an order: a
// bounded heap with the worst kept on top, so that a search that matches
// nearly every entity holds its page's worth of matches, not all of them
// (a search of "a" grew a slice of 16,000 to keep 20). The heap is kept by
// hand: container/heap's Push and Pop box each item in an interface, an
// allocation per item kept on the way.
type topK[T any] struct {
	k     int
	order func(a, b T) int
	h     []T
}

func newTopK[T any](k int, order func(a, b T) int) *topK[T] {
	return &topK[T]{k: k, order: order, h: make([]T, 0, min(k, 256))}
}

// worse tells whether the item at i comes after the one at j.
func (t *topK[T]) worse(i, j int) bool { return t.order(t.h[i], t.h[j]) > 0 }

// add offers x: kept while fewer than k are, or when it comes before the
// worst kept, which it replaces.
func (t *topK[T]) add(x T) {
	if len(t.h) < t.k {
		t.h = append(t.h, x)
		for i := len(t.h) - 1; i > 0; {
			parent := (i - 1) / 2
			if !t.worse(i, parent) {
				break
			}
			t.h[i], t.h[parent] = t.h[parent], t.h[i]
			i = parent
		}
		return
	}
	if t.k == 0 || t.order(x, t.h[0]) >= 0 {
		return // not before the worst kept
	}
	t.h[0] = x
	for i := 0; ; {
		worst, l, r := i, 2*i+1, 2*i+2
		if l < len(t.h) && t.worse(l, worst) {
			worst = l
		}
		if r < len(t.h) && t.worse(r, worst) {
			worst = r
		}
		if worst == i {
			break
		}
		t.h[i], t.h[worst] = t.h[worst], t.h[i]
		i = worst
	}
}

// sorted gives the items kept, in order.
func (t *topK[T]) sorted() []T {
	slices.SortFunc(t.h, t.order)
	return t.h
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
