package cayleystore

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"actorgraph/graph"
)

// Limits of the read API.
const (
	// DefaultSearchLimit is the page size of a search asked for limit 0.
	DefaultSearchLimit = 20
	// DefaultNeighbors is the node cap of a neighbourhood asked for limit 0.
	DefaultNeighbors = 100
	// MaxNeighbors caps any neighbourhood; a viewer cannot show more.
	MaxNeighbors = 2000
	// MaxDepth is the deepest neighbourhood served.
	MaxDepth = 3
	// edgeProvenance caps the provenance listed on one neighbourhood edge;
	// Sources still counts every article. The newest articles are listed.
	edgeProvenance = 10
)

// Entity is an entity with its facts, events and the articles that mention
// it.
func (s *Store) Entity(ctx context.Context, id string) (graph.EntityDetail, error) {
	return s.EntityPage(ctx, id, 0, 0)
}

// DetailProvenance is how many of a fact's sources, the newest, a page of
// an entity's detail reads and shows; Sources still counts them all.
const DetailProvenance = 5

// EntityPage is an entity's detail with each list cut to limit items from
// offset (limit 0: whole lists): facts with the most sources first, events
// by name, quotes and articles newest first. The lists are ranked on what
// the catalogue knows (once per change of it, see memo) and the store is
// read for the page's items only, so a hub's page costs what a page costs;
// Totals counts the lists whole.
func (s *Store) EntityPage(ctx context.Context, id string, limit, offset int) (graph.EntityDetail, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	d, err := s.entityPage(ctx, id, limit, offset)
	if err != nil {
		return graph.EntityDetail{}, err
	}
	return d.Clone(), nil
}

// EntityPageJSON is EntityPage as encoding/json writes it, which is what
// the API answers. The encoding is kept with the page until the catalogue
// changes, so a page asked again costs neither assembling nor encoding
// (a hub's detail is some hundred kilobytes of JSON). The bytes are
// shared: the caller must not change them.
func (s *Store) EntityPageJSON(ctx context.Context, id string, limit, offset int) ([]byte, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	key := pageKey{kind: 'd', json: true, id: id, limit: limit, offset: offset}
	if b, ok := cachedPage[[]byte](s.cat, key); ok {
		return b, nil
	}
	d, err := s.entityPage(ctx, id, limit, offset)
	if err != nil {
		return nil, err
	}
	b, err := json.Marshal(d)
	if err != nil {
		return nil, fmt.Errorf("entity %q: %w", id, err)
	}
	keepPage(s.cat, key, b)
	return b, nil
}

// entityPage is EntityPage's page as kept (not to be changed); s.mu is
// held.
func (s *Store) entityPage(ctx context.Context, id string, limit, offset int) (graph.EntityDetail, error) {
	if limit < 0 || offset < 0 {
		return graph.EntityDetail{}, fmt.Errorf("entity %q: %w: limit %d and offset %d must not be negative", id, graph.ErrInvalid, limit, offset)
	}
	key := pageKey{kind: 'd', id: id, limit: limit, offset: offset}
	if d, ok := cachedPage[graph.EntityDetail](s.cat, key); ok {
		return d, nil
	}
	e, ok := s.cat.entity(id)
	if !ok {
		return graph.EntityDetail{}, fmt.Errorf("entity %q: %w", id, graph.ErrNotFound)
	}
	d := graph.EntityDetail{Entity: e, Facts: []graph.Fact{}, Events: []graph.NodeRef{}, Articles: []graph.Article{}, Limit: limit, Offset: offset}
	perFact := 0
	if limit > 0 {
		perFact = DetailProvenance
	}
	facts := s.cat.rankedFacts(id)
	d.Totals.Facts = len(facts)
	for _, l := range page(facts, limit, offset) {
		f, err := s.fact(ctx, l, perFact)
		if err != nil {
			return graph.EntityDetail{}, fmt.Errorf("entity %q: %w", id, err)
		}
		d.Facts = append(d.Facts, f)
	}

	events := s.cat.rankedEvents(id)
	d.Totals.Events, d.Events = len(events), append(d.Events, page(events, limit, offset)...)

	quotes, total, err := s.quotes(ctx, id, limit, offset)
	if err != nil {
		return graph.EntityDetail{}, fmt.Errorf("entity %q: quotes: %w", id, err)
	}
	d.Quotes, d.Totals.Quotes = quotes, total

	arts := s.cat.rankedArticles(id)
	d.Totals.Articles = len(arts)
	for _, a := range page(arts, limit, offset) {
		if full, ok := s.cat.article(a); ok {
			d.Articles = append(d.Articles, full)
		}
	}
	if err := ctx.Err(); err != nil {
		return graph.EntityDetail{}, err
	}
	keepPage(s.cat, key, d)
	return d, nil
}

// quotes gathers the quotes and claims an entity made (it is their
// speaker) or that are about it, newest first, each with its article and
// evidence: who said what about whom. With a limit, the quotes are ordered
// and cut by their article's date (the catalogue's) before any is read;
// within a page, by article and place in it. total counts them all.
func (s *Store) quotes(ctx context.Context, id string, limit, offset int) (out []graph.QuoteView, total int, err error) {
	out = []graph.QuoteView{}
	all := s.cat.rankedQuotes(id)
	for _, q := range page(all, limit, offset) {
		v, err := s.quoteView(ctx, q)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, v)
	}
	slices.SortFunc(out, func(a, b graph.QuoteView) int {
		return cmp.Or(cmp.Compare(b.Provenance.Published, a.Provenance.Published), cmp.Compare(a.Provenance.Article, b.Provenance.Article),
			cmp.Compare(a.Provenance.Evidence.Start, b.Provenance.Evidence.Start), cmp.Compare(a.ID, b.ID))
	})
	return out, len(all), nil
}

// EntityFacts is an entity and every fact about it, without the quotes,
// events and articles of its detail: what a question about its relations
// needs.
func (s *Store) EntityFacts(ctx context.Context, id string) (graph.Entity, []graph.Fact, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	e, ok := s.cat.entity(id)
	if !ok {
		return graph.Entity{}, nil, fmt.Errorf("entity %q: %w", id, graph.ErrNotFound)
	}
	facts := s.cat.rankedFacts(id)
	out := make([]graph.Fact, 0, len(facts))
	for _, l := range facts {
		f, err := s.fact(ctx, l, DetailProvenance)
		if err != nil {
			return graph.Entity{}, nil, fmt.Errorf("entity %q: %w", id, err)
		}
		out = append(out, f)
	}
	return e, out, ctx.Err()
}

// quoteView shows a quote as one entity's detail lists it.
func (s *Store) quoteView(ctx context.Context, r quoteRef) (graph.QuoteView, error) {
	q, err := s.quote(ctx, r.id, r.article)
	if err != nil {
		return graph.QuoteView{}, err
	}
	v := graph.QuoteView{ID: r.id, Role: r.role, About: []graph.NodeRef{}, Text: q.Text, Date: q.Date, Direct: q.Direct,
		UnnamedSpeaker: q.UnnamedSpeaker}
	if q.Speaker != "" {
		ref := s.cat.ref(graph.KindEntity, q.Speaker)
		v.Speaker = &ref
	}
	for _, aid := range q.About {
		v.About = append(v.About, s.cat.ref(graph.KindEntity, aid))
	}
	slices.SortFunc(v.About, func(a, b graph.NodeRef) int { return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID)) })
	v.Provenance = s.provenance(q.article, q.Evidence, 1)
	return v, nil
}

// props reads one node's quads, by predicate.
func (s *Store) props(ctx context.Context, node quad.Value) (props, error) {
	rows, err := s.match(ctx, node, nil, nil, nil)
	if err != nil {
		return nil, err
	}
	p := props{}
	for _, q := range rows {
		pred := string(q.Predicate.(quad.IRI))
		p[pred] = append(p[pred], q.Object)
	}
	return p, nil
}

// localName is the short form of our predicate IRIs (actor, location,
// leaderOf…).
func localName(pred string) string {
	if i := strings.LastIndexAny(pred, "#/"); i >= 0 {
		return pred[i+1:]
	}
	return pred
}

// fact is one relation of an entity with the provenance of its newest
// perFact sources (all when perFact is 0), each read from its article's
// statement; Sources counts them all. Role and term are those most of the
// sources read agree on.
func (s *Store) fact(ctx context.Context, l link, perFact int) (graph.Fact, error) {
	by := s.cat.statedBy(l)
	fact := graph.Fact{Subject: s.cat.ref(graph.KindEntity, l.src), Predicate: l.pred, Object: s.cat.ref(graph.KindEntity, l.dst), ArticleCount: len(by)}
	if perFact > 0 && len(by) > perFact {
		by = by[:perFact]
	}
	roles, from, til := counted{}, counted{}, counted{}
	for _, st := range by {
		fv, err := s.statementView(ctx, l, st.article)
		if err != nil {
			return graph.Fact{}, err
		}
		if !fv.found {
			continue // a relation imported without its statement
		}
		roles.add(fv.role, 1)
		from.add(fv.from, 1)
		til.add(fv.until, 1)
		fact.Provenance = append(fact.Provenance, s.provenance(st.article, fv.ev, fv.conf))
	}
	fact.Role, fact.ValidFrom, fact.ValidUntil = roles.best(), from.best(), til.best()
	slices.SortFunc(fact.Provenance, provenanceOrder)
	return fact, nil
}

// latestTerm picks the most recent of the terms one source states for a
// relation (the seed gazetteer gives each of Putin's terms as President):
// the latest start, and the latest end unless fewer terms ended than
// started, when the latest one still holds.
func latestTerm(froms, untils []string) (from, until string) {
	if len(froms) == 0 {
		return "", slices.Max(append(untils, ""))
	}
	from = slices.Max(froms)
	if len(untils) >= len(froms) {
		until = slices.Max(untils)
	}
	return from, until
}

// provenanceOrder lists the newest article first.
func provenanceOrder(a, b graph.Provenance) int {
	return cmp.Or(cmp.Compare(b.Published, a.Published), cmp.Compare(a.Article, b.Article),
		cmp.Compare(a.Evidence.Start, b.Evidence.Start))
}

// evidence reads the evidence one article gives for a fact node
// (statement or event).
func (s *Store) evidence(ctx context.Context, fact quad.Value, article string) (graph.Evidence, float64, error) {
	want, ok, err := s.pattern(ctx, fact, quad.IRI(graph.EvidenceLinkPredicate()), nil, graph.ArticleLabel(article))
	if err != nil || !ok {
		return graph.Evidence{}, 0, err
	}
	var ev cgraph.Ref
	err = s.scanRefs(ctx, want, func(q [4]cgraph.Ref) error {
		if ev == nil {
			ev = q[2]
		}
		return nil
	})
	if err != nil {
		return graph.Evidence{}, 0, err
	}
	return s.evidenceNode(ctx, ev)
}

// statedIn reads the other sentences one article states an event in
// (Event.Mentions), in the order of its body.
func (s *Store) statedIn(ctx context.Context, event quad.Value, article string) ([]graph.Evidence, error) {
	want, ok, err := s.pattern(ctx, event, quad.IRI(graph.StatedInPredicate()), nil, graph.ArticleLabel(article))
	if err != nil || !ok {
		return nil, err
	}
	var refs []cgraph.Ref
	err = s.scanRefs(ctx, want, func(q [4]cgraph.Ref) error {
		refs = append(refs, q[2])
		return nil
	})
	if err != nil {
		return nil, err
	}
	var out []graph.Evidence
	for _, ref := range refs {
		e, _, err := s.evidenceNode(ctx, ref)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	slices.SortFunc(out, graph.EvidenceOrder)
	return out, nil
}

// evidenceNode reads an evidence node; nil gives none.
func (s *Store) evidenceNode(ctx context.Context, ev cgraph.Ref) (graph.Evidence, float64, error) {
	rows, err := s.outgoing(ctx, ev)
	if err != nil {
		return graph.Evidence{}, 0, err
	}
	e, conf := graph.EvidenceFromNode(rowProps(rows))
	return e, conf, nil
}

// rowProps gives a node's quads' objects by predicate.
func rowProps(rows []row) props {
	p := props{}
	for _, q := range rows {
		pr := string(q.Predicate.(quad.IRI))
		p[pr] = append(p[pr], q.Object)
	}
	return p
}

// outgoing lists a node's quads, from the node cache when it holds them;
// nil gives none. The rows are shared: callers only read them.
func (s *Store) outgoing(ctx context.Context, node cgraph.Ref) ([]row, error) {
	if node == nil {
		return nil, nil
	}
	if rows, ok := s.nodes.Get(node.Key()); ok {
		return rows, nil
	}
	var rows []row
	err := s.scan(ctx, [4]cgraph.Ref{node, nil, nil, nil}, nil, func(q row) error {
		rows = append(rows, q)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(rows) <= maxCachedRows {
		s.nodes.Add(node.Key(), rows)
	}
	return rows, nil
}

func (s *Store) provenance(articleID string, ev graph.Evidence, conf float64) graph.Provenance {
	a, _ := s.cat.article(articleID)
	return graph.Provenance{
		Article: articleID, Title: a.Title, Publisher: a.Publisher, Published: a.Published, URL: a.URL,
		Evidence: ev, Confidence: conf,
	}
}

// sources are the articles that state a link.
func (c *catalog) sources(l link) counted {
	if arts, ok := c.relations[l]; ok {
		return arts
	}
	return c.eventLinks[l]
}

// relationNames is the relation vocabulary in a stable order.
var relationNames = slices.Sorted(maps.Keys(graph.RelationPredicates))

// Neighbors is the neighbourhood of an entity or event: a breadth-first walk
// to depth over relation and event edges, stopping at limit nodes.
func (s *Store) Neighbors(ctx context.Context, id string, depth, limit int) (graph.Subgraph, error) {
	return s.NeighborsPage(ctx, id, depth, limit, 0)
}

// NeighborsPage is one page of the neighbourhood of an entity or event. The
// walk is breadth first to depth over relation and event edges, each
// node's links in the order linksOf ranks them (most sources, newest, most
// important first), and numbers the nodes as it reaches them, the root 0.
// A page holds the nodes numbered offset to offset+limit-1 and the walked
// edges that reach one of them from a node numbered before the page's end;
// Next is the offset of the page after it, 0 when the walk has no more. So
// offset 0 is the first limit nodes with the edges between them, and a
// client that adds the pages in turn gets what one walk of their total
// size gives. A page reads the store only for its own edges' evidence;
// the walk costs what it reaches, at most offset+limit nodes and their
// links.
func (s *Store) NeighborsPage(ctx context.Context, id string, depth, limit, offset int) (graph.Subgraph, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	g, err := s.neighborsPage(ctx, id, depth, limit, offset)
	if err != nil {
		return graph.Subgraph{}, err
	}
	return g.Clone(), nil
}

// NeighborsPageJSON is NeighborsPage as encoding/json writes it, which is
// what the API answers, kept with the page as EntityPageJSON's is (a hub's
// page is some hundred kilobytes of JSON, whose encoding cost more than
// the rest of a request). The bytes are shared: the caller must not change
// them.
func (s *Store) NeighborsPageJSON(ctx context.Context, id string, depth, limit, offset int) ([]byte, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	key := pageKey{kind: 'n', json: true, id: id, depth: depth, limit: limit, offset: offset}
	if b, ok := cachedPage[[]byte](s.cat, key); ok {
		return b, nil
	}
	g, err := s.neighborsPage(ctx, id, depth, limit, offset)
	if err != nil {
		return nil, err
	}
	b, err := json.Marshal(g)
	if err != nil {
		return nil, fmt.Errorf("neighbours of %q: %w", id, err)
	}
	keepPage(s.cat, key, b)
	return b, nil
}

// neighborsPage is NeighborsPage's page as kept (not to be changed); s.mu
// is held.
func (s *Store) neighborsPage(ctx context.Context, id string, depth, limit, offset int) (graph.Subgraph, error) {
	if depth < 1 || depth > MaxDepth {
		return graph.Subgraph{}, fmt.Errorf("neighbours of %q: %w: depth %d is not between 1 and %d", id, graph.ErrInvalid, depth, MaxDepth)
	}
	if limit < 0 || offset < 0 {
		return graph.Subgraph{}, fmt.Errorf("neighbours of %q: %w: limit %d and offset %d must not be negative", id, graph.ErrInvalid, limit, offset)
	}
	if limit == 0 {
		limit = DefaultNeighbors
	}
	limit = min(limit, MaxNeighbors)
	end := offset + limit

	key := pageKey{kind: 'n', id: id, depth: depth, limit: limit, offset: offset}
	if g, ok := cachedPage[graph.Subgraph](s.cat, key); ok {
		return g, nil
	}
	rootKind := graph.KindEntity
	if _, ok := s.cat.entity(id); !ok {
		if _, ok := s.cat.eventRef(id); !ok {
			return graph.Subgraph{}, fmt.Errorf("neighbours of %q: %w", id, graph.ErrNotFound)
		}
		rootKind = graph.KindEvent
	}

	type item struct{ kind, id string }
	var reached []item
	order := map[string]int{} // a reached node's number
	more := false
	reach := func(kind, id string) bool {
		if _, ok := order[id]; ok {
			return true
		}
		if len(reached) >= end {
			more = true
			return false
		}
		order[id] = len(reached)
		reached = append(reached, item{kind, id})
		return true
	}
	var walked []link
	added := map[link]bool{}
	reach(rootKind, id)
	frontier := []item{{rootKind, id}}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		var next []item
		for _, n := range frontier {
			for _, l := range s.cat.linksOf(n.id) {
				srcKind := graph.KindEntity
				if _, isEvent := s.cat.eventLinks[l]; isEvent {
					srcKind = graph.KindEvent
				}
				otherKind, other := graph.KindEntity, l.dst
				if other == n.id {
					otherKind, other = srcKind, l.src
				}
				_, known := order[other]
				if !reach(otherKind, other) {
					continue
				}
				if !known {
					next = append(next, item{otherKind, other})
				}
				if !added[l] {
					added[l] = true
					walked = append(walked, l)
				}
			}
		}
		frontier = next
		if err := ctx.Err(); err != nil {
			return graph.Subgraph{}, fmt.Errorf("neighbours of %q: %w", id, err)
		}
	}
	g := graph.Subgraph{Nodes: []graph.Node{}, Edges: []graph.Edge{}}
	for _, n := range reached[min(offset, len(reached)):] {
		g.Nodes = append(g.Nodes, s.graphNode(n.kind, n.id))
	}
	for _, l := range walked {
		if max(order[l.src], order[l.dst]) < offset {
			continue // on an earlier page
		}
		e, err := s.edge(ctx, l)
		if err != nil {
			return graph.Subgraph{}, fmt.Errorf("neighbours of %q: %w", id, err)
		}
		g.Edges = append(g.Edges, e)
	}
	if more {
		g.Next = end
	}
	keepPage(s.cat, key, g)
	return g, nil
}

// edge is a link with its source count and the provenance of its newest
// articles (edgeProvenance of them); s.mu is held.
func (s *Store) edge(ctx context.Context, l link) (graph.Edge, error) {
	e := graph.Edge{ID: graph.EdgeID(l.src, l.pred, l.dst), From: l.src, To: l.dst, Predicate: l.pred, Provenance: []graph.Provenance{}}
	_, isEvent := s.cat.eventLinks[l]
	arts := s.cat.statedBy(l)
	e.ArticleCount = len(arts)
	arts = arts[:min(len(arts), edgeProvenance)]
	for _, art := range arts {
		var (
			fv  factView
			err error
		)
		if isEvent {
			fv, err = s.eventEvidence(ctx, l.src, art.article)
		} else {
			fv, err = s.statementView(ctx, l, art.article)
		}
		if err != nil {
			return graph.Edge{}, err
		}
		e.Provenance = append(e.Provenance, s.provenance(art.article, fv.ev, fv.conf))
	}
	return e, nil
}

// graphNode is a node of a neighbourhood, with its importance as the
// catalogue keeps it (no walk: the length of its list of links, and the
// count of its articles).
func (s *Store) graphNode(kind, id string) graph.Node {
	links, articles := s.importance(kind, id)
	if kind == graph.KindEntity {
		if e, ok := s.cat.entity(id); ok {
			return graph.Node{NodeRef: graph.NodeRef{ID: id, Kind: graph.KindEntity, Type: string(e.Type), Name: e.Name},
				Country: e.Country, Wikidata: e.Wikidata, Links: links, Articles: articles}
		}
	}
	return graph.Node{NodeRef: s.cat.ref(kind, id), Links: links, Articles: articles}
}

// importance is a node's links (relations and event roles, either end,
// each once) and the articles that mention the entity or report the
// event, as the catalogue keeps them; s.mu is held.
func (s *Store) importance(kind, id string) (links, articles int) {
	switch kind {
	case graph.KindEntity:
		articles = s.cat.mentions(id)
	case graph.KindEvent:
		articles = s.cat.reports(id)
	}
	return len(s.cat.adjacent[id]), articles
}

// fullTypes writes a quad's typed literals with full datatype IRIs
// ("http://www.w3.org/2001/XMLSchema#integer", not "xsd:integer"), as RDF
// tools expect them.
func fullTypes(q quad.Quad) quad.Quad {
	full := func(v quad.Value) quad.Value {
		var ts quad.TypedString
		switch v := v.(type) {
		case quad.TypedString:
			ts = v
		case quad.Int:
			ts = v.TypedString()
		case quad.Float:
			ts = v.TypedString()
		case quad.Bool:
			ts = v.TypedString()
		case quad.Time:
			ts = v.TypedString()
		default:
			return v
		}
		ts.Type = ts.Type.Full()
		return ts
	}
	q.Object = full(q.Object)
	return q
}
