package cayleystore

import (
	"cmp"
	"iter"
	"maps"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/cayleygraph/quad"
	lru "github.com/hashicorp/golang-lru/v2"

	"actorgraph/graph"
)

// counted is a multiset of values: the same name or type asserted by several
// articles is counted once per article, so that retracting one article
// removes exactly its share. It is a slice sorted by value, not a map:
// nearly all hold one or two values (a link's articles, a node's name),
// for which a map's table costs about ten times the bytes, and the
// catalogue holds hundreds of thousands of them (issue 12: ingest memory).
type counted struct{ vs []countedValue }

type countedValue struct {
	v string
	n int32
}

func (c *counted) find(v string) (int, bool) {
	return slices.BinarySearchFunc(c.vs, v, func(e countedValue, v string) int { return strings.Compare(e.v, v) })
}

func (c *counted) add(v string, n int) {
	if v == "" {
		return
	}
	i, found := c.find(v)
	if !found {
		if n > 0 {
			c.vs = slices.Insert(c.vs, i, countedValue{v, int32(n)})
		}
		return
	}
	c.vs[i].n += int32(n)
	if c.vs[i].n <= 0 {
		c.vs = slices.Delete(c.vs, i, i+1)
		if len(c.vs) == 0 {
			c.vs = nil
		}
	}
}

// len is the number of distinct values.
func (c counted) len() int { return len(c.vs) }

// all yields the values and their counts, in order.
func (c counted) all() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for _, e := range c.vs {
			if !yield(e.v, int(e.n)) {
				return
			}
		}
	}
}

// keys yields the values, in order.
func (c counted) keys() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, e := range c.vs {
			if !yield(e.v) {
				return
			}
		}
	}
}

// best is the value most articles agree on, the smallest on a tie, so that
// the answer does not depend on the order values came in.
func (c counted) best() string {
	var out string
	top := int32(0)
	for _, e := range c.vs { // sorted: the first of the top count is the smallest
		if e.n > top {
			out, top = e.v, e.n
		}
	}
	return out
}

func (c counted) sorted() []string {
	if len(c.vs) == 0 {
		return nil // as a map's sorted keys were
	}
	out := make([]string, len(c.vs))
	for i, e := range c.vs {
		out[i] = e.v
	}
	return out
}

// node is what the catalogue knows of one node: its values per predicate.
type node struct {
	// props are the node's values by predicate, sorted by predicate: a
	// node has a handful, too few for a map to pay.
	props []prop
	// mentionedIn counts, per article id, the articles that mention an
	// entity.
	mentionedIn counted
}

type prop struct {
	pred string
	vals counted
}

// prop is a predicate's values; none when the node has none.
func (n *node) prop(pred string) counted {
	if i, found := slices.BinarySearchFunc(n.props, pred, func(p prop, pred string) int { return strings.Compare(p.pred, pred) }); found {
		return n.props[i].vals
	}
	return counted{}
}

// add counts a value of a predicate in or out, dropping the predicate
// when no value is left, as a node built afresh would not have it.
func (n *node) add(pred, v string, k int) {
	i, found := slices.BinarySearchFunc(n.props, pred, func(p prop, pred string) int { return strings.Compare(p.pred, pred) })
	if !found {
		if k <= 0 || v == "" {
			return
		}
		n.props = slices.Insert(n.props, i, prop{pred: pred})
	}
	n.props[i].vals.add(v, k)
	if n.props[i].vals.len() == 0 {
		n.props = slices.Delete(n.props, i, i+1)
	}
}

func (n *node) value(pred string) string { return n.prop(pred).best() }

func (n *node) empty() bool {
	for _, p := range n.props {
		if p.vals.len() > 0 {
			return false
		}
	}
	return n.mentionedIn.len() == 0
}

// link is an edge a neighbourhood walks: a relation between two entities
// (pred is the relation's local name), or an event's link to an entity
// (actor, target, participant, location).
type link struct {
	src, pred, dst string // ids
}

// catalog holds the attributes of entities, events and articles that every
// read needs, and the links between them, so that they are map lookups
// rather than store queries.
type catalog struct {
	entities map[string]*node
	events   map[string]*node
	articles map[string]*node
	// relations and eventLinks count, per link, the articles that state it.
	relations  map[link]counted
	eventLinks map[link]counted
	// adjacent lists the links of each node, either end, in no order: a
	// slice, as most nodes have a few links, for which a map's table cost
	// several times the bytes.
	adjacent map[string][]link
	// quoteLinks count, per quote and entity ("speaker" or "about"), the
	// articles that state it; quotesOf indexes them by entity. They are
	// not in adjacent: a quote is no node of the graph's neighbourhoods.
	quoteLinks map[link]counted
	quotesOf   map[string][]link
	// searchDirty marks the entities whose names changed since the search
	// index last looked; index is that index, built on the first search
	// (search.go). Both are changed under the store's write lock, or under
	// its read lock and searchMu.
	searchDirty map[string]bool
	index       *searchIndex
	// ready is index while no entity is marked, nil once one is: a
	// search reads it without taking searchMu, which every search took
	// before (issue 12: search's tail latency under load). apply clears
	// it under the write lock; a search sets it under the read lock.
	ready atomic.Pointer[searchIndex]
	// answers are the searches' pages as JSON at one generation
	// (search.go: SearchEntitiesJSON).
	answers atomic.Pointer[searchAnswers]
	// gen counts the changes applied; memo keeps rankings made at a
	// generation (ranked.go).
	gen      uint64
	memo     *lru.Cache[memoKey, memoEntry]
	linkMemo *lru.Cache[link, memoEntry]
	pages    *lru.Cache[pageKey, memoEntry]
}

func newCatalog() *catalog {
	return &catalog{
		entities:    map[string]*node{},
		events:      map[string]*node{},
		articles:    map[string]*node{},
		relations:   map[link]counted{},
		eventLinks:  map[link]counted{},
		adjacent:    map[string][]link{},
		quoteLinks:  map[link]counted{},
		quotesOf:    map[string][]link{},
		searchDirty: map[string]bool{},
		memo:        newLRU[memoKey, memoEntry](memoSize),
		linkMemo:    newLRU[link, memoEntry](memoSize),
		pages:       newLRU[pageKey, memoEntry](pagesSize),
	}
}

// catalogued is what the catalogue keeps, per kind of subject: the
// schema's summary rows by predicate. apply counts the links among them
// (Property.Link: relations, an event's entities, a quote's, an article's
// mentions) and keeps the rest as the node's values.
var catalogued = func() map[string]map[string]graph.Property {
	out := map[string]map[string]graph.Property{}
	for _, p := range graph.Schema {
		if !p.Summary {
			continue
		}
		if out[p.Subject] == nil {
			out[p.Subject] = map[string]graph.Property{}
		}
		out[p.Subject][p.Predicate] = p
	}
	return out
}()

// linkRows are the schema's summary links from nodes of a kind, in the
// schema's order but lists before single links: an event's participants
// before its place, the order a neighbourhood walks them.
func linkRows(kind string) []string {
	var rows []graph.Property
	for _, p := range graph.Schema {
		if p.Subject == kind && p.Summary && p.Link {
			rows = append(rows, p)
		}
	}
	slices.SortStableFunc(rows, func(a, b graph.Property) int {
		if a.Many == b.Many {
			return 0
		}
		if a.Many {
			return -1
		}
		return 1
	})
	out := make([]string, len(rows))
	for i, p := range rows {
		out[i] = p.Predicate
	}
	return out
}

// eventLinks are the predicates from an event to the entities in it, in the
// order a neighbourhood walks them (actor, target, participant, location).
var eventLinks = linkRows(graph.KindEvent)

// catalogPredicates is every predicate apply looks at, sorted: what a
// rebuild reads and what a saved catalogue was made of.
var catalogPredicates = func() []string {
	set := map[string]bool{}
	for _, preds := range catalogued {
		for p := range preds {
			set[p] = true
		}
	}
	return slices.Sorted(maps.Keys(set))
}()

// catalogPredicate is the catalogue's own copy of a predicate, so that
// every node shares it.
func catalogPredicate(p string) string {
	if i, found := slices.BinarySearch(catalogPredicates, p); found {
		return catalogPredicates[i]
	}
	return p
}

// relationOf gives the local name of a relation predicate IRI.
func relationOf(pred string) (string, bool) {
	local, ok := strings.CutPrefix(pred, graph.VocabNS)
	if !ok {
		return "", false
	}
	_, ok = graph.RelationPredicates[local]
	return local, ok
}

func nodeID(v quad.Value) (kind, id string, ok bool) {
	iri, isIRI := v.(quad.IRI)
	if !isIRI {
		return "", "", false
	}
	return graph.ParseIRI(string(iri))
}

// apply adds (n=+1) or removes (n=-1) one quad's contribution.
func (c *catalog) apply(q quad.Quad, n int) {
	c.gen++
	kind, id, ok := nodeID(q.Subject)
	if !ok {
		return
	}
	pred, ok := q.Predicate.(quad.IRI)
	if !ok {
		return
	}
	p := string(pred)
	row, ok := catalogued[kind][p]
	if !ok {
		return
	}
	if row.Link {
		_, obj, ok := nodeID(q.Object)
		if !ok {
			return
		}
		article := graph.ValueText(q.Label)
		switch kind {
		case graph.KindEntity:
			if local, isRel := relationOf(p); isRel {
				c.link(c.relations, link{id, local, obj}, article, n)
			}
		case graph.KindEvent:
			c.link(c.eventLinks, link{id, localName(p), obj}, article, n)
		case graph.KindQuote:
			c.quoteLink(link{id, localName(p), obj}, article, n)
		case graph.KindArticle:
			c.touch(c.entities, obj, func(e *node) { e.mentionedIn.add(id, n) })
		}
		return
	}
	var m map[string]*node
	switch kind {
	case graph.KindEntity:
		m = c.entities
	case graph.KindEvent:
		m = c.events
	case graph.KindArticle:
		m = c.articles
	default:
		return // a summary of no node the catalogue keeps values of
	}
	if kind == graph.KindEntity {
		c.searchDirty[id] = true // the search index reads the entity's summary (searchEntry)
		c.ready.Store(nil)
	}
	// row.Predicate is the schema's own string: one copy for every node,
	// where p is the quad's.
	c.touch(m, id, func(e *node) { e.add(row.Predicate, graph.ValueText(q.Object), n) })
}

// quoteLink counts an article stating a quote's speaker or subject.
func (c *catalog) quoteLink(l link, article string, n int) {
	arts := c.quoteLinks[l]
	was := arts.len()
	arts.add(article, n)
	switch {
	case arts.len() > 0:
		c.quoteLinks[l] = arts
		if was == 0 {
			c.quotesOf[l.dst] = append(c.quotesOf[l.dst], l)
		}
	case was > 0:
		delete(c.quoteLinks, l)
		unlist(c.quotesOf, l.dst, l)
	}
}

// link counts an article in or out of a link, keeping adjacent in step.
func (c *catalog) link(m map[link]counted, l link, article string, n int) {
	arts := m[l]
	was := arts.len()
	arts.add(article, n)
	switch {
	case arts.len() > 0:
		m[l] = arts
		if was == 0 { // a new link: listed at each end, once
			c.adjacent[l.src] = append(c.adjacent[l.src], l)
			if l.dst != l.src {
				c.adjacent[l.dst] = append(c.adjacent[l.dst], l)
			}
		}
	case was > 0:
		// Relation names and event roles differ, so a link is in one map only.
		delete(m, l)
		unlist(c.adjacent, l.src, l)
		unlist(c.adjacent, l.dst, l)
	}
}

// unlist takes a link out of a node's list, and the list out when empty.
func unlist(lists map[string][]link, id string, l link) {
	ls := lists[id]
	i := slices.Index(ls, l)
	if i < 0 {
		return
	}
	last := len(ls) - 1
	ls[i], ls[last] = ls[last], link{}
	ls = ls[:last]
	if len(ls) == 0 {
		delete(lists, id)
		return
	}
	lists[id] = ls
}

// touch changes a node, creating it first and dropping it when nothing is
// left of it.
func (c *catalog) touch(m map[string]*node, id string, change func(*node)) {
	e := m[id]
	if e == nil {
		e = &node{}
		m[id] = e
	}
	change(e)
	if e.empty() {
		delete(m, id)
	}
}

// entityType is the entity type most articles agree on.
func (n *node) entityType() graph.EntityType {
	best := graph.EntityType("")
	top := 0
	for class, k := range n.prop(entityClass).all() {
		t, ok := graph.EntityTypeOfClass(class)
		if !ok {
			continue
		}
		if k > top || (k == top && t < best) {
			best, top = t, k
		}
	}
	return best
}

// kept is a node's values as graph reads them (graph.Summary): a row's value
// is the one most articles agree on, a list's are all of them, sorted.
type kept struct{ n *node }

func (k kept) Value(pred string) string    { return k.n.value(pred) }
func (k kept) Values(pred string) []string { return k.n.prop(pred).sorted() }

// The rows the catalogue's rules for an entity read by (keptEntity): its
// class, its name and its other names.
var (
	entityClass               = graph.ClassPredicate(graph.KindEntity)
	entityName, entityAliases = graph.NamePredicates()
)

// keptEntity is an entity's values with the catalogue's two rules for what
// articles disagree on: its type is the entity type most agree on (classes
// that are none left out), and every name but the one most give is an
// alias.
type keptEntity struct{ n *node }

func (k keptEntity) Value(pred string) string {
	if pred == entityClass {
		if t := k.n.entityType(); t != "" {
			return graph.ClassOf(t)
		}
		return ""
	}
	return k.n.value(pred)
}

func (k keptEntity) Values(pred string) []string {
	if pred == entityAliases {
		return k.n.aliases()
	}
	return k.n.prop(pred).sorted()
}

// aliases are every name of an entity but the one most articles give,
// sorted.
func (n *node) aliases() []string {
	name := n.value(entityName)
	aliases := []string{}
	for _, pred := range []string{entityName, entityAliases} {
		for a := range n.prop(pred).keys() {
			if a != name && !slices.Contains(aliases, a) {
				aliases = append(aliases, a)
			}
		}
	}
	slices.Sort(aliases)
	return aliases
}

// entity is the catalogue's view of an entity, every field its summary
// rows hold; Mentions are left empty.
func (c *catalog) entity(id string) (graph.Entity, bool) {
	n := c.entities[id]
	if n == nil {
		return graph.Entity{}, false
	}
	e := graph.EntityFromSummary(id, keptEntity{n})
	if e.Name == "" {
		return graph.Entity{}, false
	}
	if e.Aliases == nil {
		e.Aliases = []string{}
	}
	e.Mentions = []graph.Mention{}
	return e, true
}

// article is the catalogue's view of an article's metadata, every field
// its summary rows hold. Lists name the publisher, never its id
// (PublisherID), as they always have (graph.ArticleFromSummary).
func (c *catalog) article(id string) (graph.Article, bool) {
	n := c.articles[id]
	if n == nil {
		return graph.Article{}, false
	}
	a := graph.ArticleFromSummary(id, kept{n}, func(entity string) graph.Summary {
		if e := c.entities[entity]; e != nil {
			return keptEntity{e}
		}
		return nil
	})
	return a, true
}

// published is an article's date as the catalogue knows it, "" if none.
func (c *catalog) published(id string) string {
	if n := c.articles[id]; n != nil {
		return graph.ArticleOrderFromSummary(id, kept{n}).Published
	}
	return ""
}

// eventRef names an event for display.
func (c *catalog) eventRef(id string) (graph.NodeRef, bool) {
	n := c.events[id]
	if n == nil {
		return graph.NodeRef{}, false
	}
	return graph.EventRefFromSummary(id, kept{n}), true
}

// ref names an entity or event for display; unknown ids keep their id as
// name so that a dangling edge still shows.
func (c *catalog) ref(kind, id string) graph.NodeRef {
	if kind == graph.KindEvent {
		if r, ok := c.eventRef(id); ok {
			return r
		}
		return graph.NodeRef{ID: id, Kind: kind, Name: id}
	}
	if r, ok := c.entityRef(id); ok {
		return r
	}
	return graph.NodeRef{ID: id, Kind: kind, Name: id}
}

// entityRef names an entity for display; false when it has no name.
func (c *catalog) entityRef(id string) (graph.NodeRef, bool) {
	n := c.entities[id]
	if n == nil {
		return graph.NodeRef{}, false
	}
	r := graph.EntityRefFromSummary(id, keptEntity{n})
	return r, r.Name != ""
}

// newestFirst orders articles by publication date, newest first, then by
// title and id so that the order is stable.
func newestFirst(a, b graph.Article) int {
	if c := cmp.Compare(b.Published, a.Published); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Title, b.Title); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}
