package cayleystore

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	ag "actorgraph/graph"
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
func (s *Store) Entity(ctx context.Context, id string) (ag.EntityDetail, error) {
	return s.EntityPage(ctx, id, 0, 0)
}

// DetailProvenance is how many of a fact's sources, the newest, a page of
// an entity's detail reads and shows; Sources still counts them all.
const DetailProvenance = 5

// EntityPage is an entity's detail with each list cut to limit items from
// offset (limit 0: whole lists): facts with the most sources first, events
// by name, quotes and articles newest first. The cut is made on what the
// catalogue knows, before any quote is read, so a hub's page costs what a
// page costs; Totals counts the lists whole.
func (s *Store) EntityPage(ctx context.Context, id string, limit, offset int) (ag.EntityDetail, error) {
	if limit < 0 || offset < 0 {
		return ag.EntityDetail{}, fmt.Errorf("entity %q: %w: limit %d and offset %d must not be negative", id, ag.ErrInvalid, limit, offset)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	e, ok := s.cat.entity(id)
	if !ok {
		return ag.EntityDetail{}, fmt.Errorf("entity %q: %w", id, ag.ErrNotFound)
	}
	d := ag.EntityDetail{Entity: e, Facts: []ag.Fact{}, Events: []ag.NodeRef{}, Articles: []ag.Article{}, Limit: limit, Offset: offset}
	perFact := 0
	if limit > 0 {
		perFact = DetailProvenance
	}
	facts, err := s.facts(ctx, id, perFact)
	if err != nil {
		return ag.EntityDetail{}, fmt.Errorf("entity %q: %w", id, err)
	}
	d.Totals.Facts, d.Facts = len(facts), append(d.Facts, page(facts, limit, offset)...)

	seen := map[string]bool{}
	var events []ag.NodeRef
	for l := range s.cat.adjacent[id] {
		if _, isEvent := s.cat.eventLinks[l]; isEvent && l.dst == id && !seen[l.src] {
			seen[l.src] = true
			events = append(events, s.cat.ref(ag.KindEvent, l.src))
		}
	}
	slices.SortFunc(events, func(a, b ag.NodeRef) int { return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID)) })
	d.Totals.Events, d.Events = len(events), append(d.Events, page(events, limit, offset)...)

	quotes, total, err := s.quotes(ctx, id, limit, offset)
	if err != nil {
		return ag.EntityDetail{}, fmt.Errorf("entity %q: quotes: %w", id, err)
	}
	d.Quotes, d.Totals.Quotes = quotes, total

	// ordered on date and headline alone, then built for the page only
	var arts []ag.Article
	for art := range s.cat.entities[id].mentionedIn {
		if n := s.cat.articles[art]; n != nil {
			arts = append(arts, ag.Article{ID: art, Published: n.value(ag.PredDatePublished), Title: n.value(ag.PredHeadline)})
		}
	}
	slices.SortFunc(arts, newestFirst)
	d.Totals.Articles = len(arts)
	for _, a := range page(arts, limit, offset) {
		if full, ok := s.cat.article(a.ID); ok {
			d.Articles = append(d.Articles, full)
		}
	}
	return d, nil
}

// quotes gathers the quotes and claims an entity made (it is their
// speaker) or that are about it, newest first, each with its article and
// evidence: who said what about whom. With a limit, the quotes are ordered
// and cut by their article's date (the catalogue's) before any is read;
// within a page, by article and place in it. total counts them all.
func (s *Store) quotes(ctx context.Context, id string, limit, offset int) (out []ag.QuoteView, total int, err error) {
	out = []ag.QuoteView{}
	type found struct {
		node      quad.IRI
		id, role  string
		article   string
		published string
	}
	// the catalogue knows each quote an entity said or is the subject of,
	// and its article: a quote the entity said is listed as said, even if
	// it is also about it
	byID := map[string]found{}
	for l := range s.cat.quotesOf[id] {
		if prev, ok := byID[l.src]; ok && (prev.role == "speaker" || l.pred != "speaker") {
			continue
		}
		f := found{node: quad.IRI(ag.IRI(ag.KindQuote, l.src)), id: l.src, role: l.pred}
		for art := range s.cat.quoteLinks[l] {
			if f.article == "" || art < f.article {
				f.article = art
			}
		}
		f.published = s.cat.published(f.article)
		byID[l.src] = f
	}
	all := make([]found, 0, len(byID))
	for _, f := range byID {
		all = append(all, f)
	}
	seen := byID
	if limit > 0 {
		slices.SortFunc(all, func(a, b found) int {
			return cmp.Or(cmp.Compare(b.published, a.published), cmp.Compare(a.article, b.article), cmp.Compare(a.id, b.id))
		})
		all = page(all, limit, offset)
	}
	for _, f := range all {
		v, err := s.quoteView(ctx, f.node, f.id, f.role)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, v)
	}
	slices.SortFunc(out, func(a, b ag.QuoteView) int {
		return cmp.Or(cmp.Compare(b.Provenance.Published, a.Provenance.Published), cmp.Compare(a.Provenance.Article, b.Provenance.Article),
			cmp.Compare(a.Provenance.Evidence.Start, b.Provenance.Evidence.Start), cmp.Compare(a.ID, b.ID))
	})
	return out, len(seen), nil
}

// EntityFacts is an entity and every fact about it, without the quotes,
// events and articles of its detail: what a question about its relations
// needs.
func (s *Store) EntityFacts(ctx context.Context, id string) (ag.Entity, []ag.Fact, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	e, ok := s.cat.entity(id)
	if !ok {
		return ag.Entity{}, nil, fmt.Errorf("entity %q: %w", id, ag.ErrNotFound)
	}
	facts, err := s.facts(ctx, id, DetailProvenance)
	if err != nil {
		return ag.Entity{}, nil, fmt.Errorf("entity %q: %w", id, err)
	}
	return e, facts, nil
}

func (s *Store) quoteView(ctx context.Context, node quad.IRI, id, role string) (ag.QuoteView, error) {
	p, err := s.props(ctx, node)
	if err != nil {
		return ag.QuoteView{}, err
	}
	v := ag.QuoteView{ID: id, Role: role, About: []ag.NodeRef{},
		Text: p.str(ag.PredText), Date: p.str(ag.PredStartDate), Direct: p.str(ag.PredDirect) == "true",
		SourceDescription: p.str(ag.PredSourceDesc)}
	if sid := p.str(ag.PredSpeaker); sid != "" {
		r := s.cat.ref(ag.KindEntity, sid)
		v.Speaker = &r
	}
	for _, aid := range p.ids(ag.PredAbout) {
		v.About = append(v.About, s.cat.ref(ag.KindEntity, aid))
	}
	slices.SortFunc(v.About, func(a, b ag.NodeRef) int { return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID)) })
	var ev ag.Evidence
	if evs := p[ag.PredEvidence]; len(evs) > 0 {
		e, err := s.props(ctx, evs[0])
		if err != nil {
			return ag.QuoteView{}, err
		}
		ev = ag.Evidence{Start: e.int(ag.PredStart), End: e.int(ag.PredEnd), Text: e.str(ag.PredText)}
	}
	v.Provenance = s.provenance(p.str(ag.PredInArticle), ev, 1)
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

// facts gathers the relations an entity is subject or object of from their
// Statement nodes, one Fact per subject, predicate and object, with the
// provenance of every article that states it. Statements and their
// evidence are followed by ref, from one index scan to the next.
func (s *Store) facts(ctx context.Context, id string, perFact int) ([]ag.Fact, error) {
	// The catalogue knows each relation of the entity and the articles
	// that state it; the statements are read only for the newest perFact
	// of them (all when perFact is 0), since a statement's id is minted
	// from its article and its triple. Sources counts them all.
	r, err := s.refs(ctx, quad.IRI(ag.PredEvidence))
	if err != nil {
		return nil, err
	}
	evidencePred := r[0]
	var out []ag.Fact
	for l := range s.cat.adjacent[id] {
		arts, isRelation := s.cat.relations[l]
		if !isRelation || len(arts) == 0 {
			continue
		}
		type stated struct{ article, published string }
		var by []stated
		for a, n := range arts {
			if n <= 0 {
				continue
			}
			st := stated{article: a}
			if art, ok := s.cat.article(a); ok {
				st.published = art.Published
			}
			by = append(by, st)
		}
		slices.SortFunc(by, func(a, b stated) int {
			return cmp.Or(cmp.Compare(b.published, a.published), cmp.Compare(a.article, b.article))
		})
		fact := ag.Fact{Subject: s.cat.ref(ag.KindEntity, l.src), Predicate: l.pred, Object: s.cat.ref(ag.KindEntity, l.dst), Sources: len(by)}
		if perFact > 0 && len(by) > perFact {
			by = by[:perFact]
		}
		roles, from, til := counted{}, counted{}, counted{}
		for _, st := range by {
			node := quad.IRI(ag.IRI(ag.KindStatement, ag.StatementID(st.article, l.src, l.pred, l.dst)))
			ref, err := s.refs(ctx, node)
			if err != nil {
				return nil, err
			}
			if ref[0] == nil {
				continue // a relation imported without its statement
			}
			rows, err := s.outgoing(ctx, ref[0])
			if err != nil {
				return nil, err
			}
			p := props{}
			var ev graph.Ref
			for _, q := range rows {
				pr := string(q.Predicate.(quad.IRI))
				p[pr] = append(p[pr], q.Object)
				if ev == nil && sameRef(q.refs[1], evidencePred) {
					ev = q.refs[2]
				}
			}
			roles.add(p.str(ag.PredRole), 1)
			f, u := latestTerm(p.ids(ag.PredValidFrom), p.ids(ag.PredValidUntil))
			from.add(f, 1)
			til.add(u, 1)
			evidence, conf, err := s.evidenceNode(ctx, ev)
			if err != nil {
				return nil, err
			}
			if conf == 0 {
				conf = p.num(ag.PredConfidence)
			}
			fact.Provenance = append(fact.Provenance, s.provenance(st.article, evidence, conf))
		}
		fact.Role, fact.ValidFrom, fact.ValidUntil = roles.best(), from.best(), til.best()
		slices.SortFunc(fact.Provenance, provenanceOrder)
		out = append(out, fact)
	}
	slices.SortFunc(out, func(a, b ag.Fact) int {
		return cmp.Or(cmp.Compare(b.Sources, a.Sources), cmp.Compare(a.Predicate, b.Predicate),
			cmp.Compare(a.Subject.Name, b.Subject.Name), cmp.Compare(a.Object.Name, b.Object.Name),
			cmp.Compare(a.Subject.ID, b.Subject.ID), cmp.Compare(a.Object.ID, b.Object.ID))
	})
	if out == nil {
		out = []ag.Fact{}
	}
	return out, ctx.Err()
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
func provenanceOrder(a, b ag.Provenance) int {
	return cmp.Or(cmp.Compare(b.Published, a.Published), cmp.Compare(a.Article, b.Article),
		cmp.Compare(a.Evidence.Start, b.Evidence.Start))
}

// evidence reads the evidence one article gives for a fact node
// (statement or event).
func (s *Store) evidence(ctx context.Context, fact quad.Value, article string) (ag.Evidence, float64, error) {
	want, ok, err := s.pattern(ctx, fact, quad.IRI(ag.PredEvidence), nil, ag.ArticleLabel(article))
	if err != nil || !ok {
		return ag.Evidence{}, 0, err
	}
	var ev graph.Ref
	err = s.scanRefs(ctx, want, func(q [4]graph.Ref) error {
		if ev == nil {
			ev = q[2]
		}
		return nil
	})
	if err != nil {
		return ag.Evidence{}, 0, err
	}
	return s.evidenceNode(ctx, ev)
}

// evidenceNode reads an evidence node; nil gives none.
func (s *Store) evidenceNode(ctx context.Context, ev graph.Ref) (ag.Evidence, float64, error) {
	rows, err := s.outgoing(ctx, ev)
	if err != nil {
		return ag.Evidence{}, 0, err
	}
	p := props{}
	for _, q := range rows {
		pr := string(q.Predicate.(quad.IRI))
		p[pr] = append(p[pr], q.Object)
	}
	return ag.Evidence{Start: p.int(ag.PredStart), End: p.int(ag.PredEnd), Text: p.str(ag.PredText)}, p.num(ag.PredConfidence), nil
}

// outgoing lists a node's quads, from the node cache when it holds them;
// nil gives none. The rows are shared: callers only read them.
func (s *Store) outgoing(ctx context.Context, node graph.Ref) ([]row, error) {
	if node == nil {
		return nil, nil
	}
	if rows, ok := s.nodes.Get(node.Key()); ok {
		return rows, nil
	}
	var rows []row
	err := s.scan(ctx, [4]graph.Ref{node, nil, nil, nil}, nil, func(q row) error {
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

func (s *Store) provenance(articleID string, ev ag.Evidence, conf float64) ag.Provenance {
	a, _ := s.cat.article(articleID)
	return ag.Provenance{
		Article: articleID, Title: a.Title, Publisher: a.Publisher, Published: a.Published, URL: a.URL,
		Evidence: ev, Confidence: conf,
	}
}

// linksOf lists the links of a node in the order a neighbourhood walks
// them, which decides who is kept when the walk reaches its limit: an
// entity's relations by name, outgoing before incoming, then the events it
// is in by role; an event's entities by role. Within each group the links
// that more articles state come first.
func (c *catalog) linksOf(id string) []link {
	group := func(l link) int {
		if _, isEvent := c.eventLinks[l]; isEvent {
			return 2*len(relationNames) + slices.IndexFunc(eventLinks, func(p string) bool { return localName(p) == l.pred })
		}
		g := 2 * slices.Index(relationNames, l.pred)
		if l.src != id {
			g++
		}
		return g
	}
	other := func(l link) string {
		if l.src == id {
			return l.dst
		}
		return l.src
	}
	out := make([]link, 0, len(c.adjacent[id]))
	for l := range c.adjacent[id] {
		out = append(out, l)
	}
	slices.SortFunc(out, func(a, b link) int {
		return cmp.Or(cmp.Compare(group(a), group(b)), cmp.Compare(len(c.sources(b)), len(c.sources(a))),
			cmp.Compare(other(a), other(b)), cmp.Compare(a.pred, b.pred))
	})
	return out
}

// sources are the articles that state a link.
func (c *catalog) sources(l link) counted {
	if arts, ok := c.relations[l]; ok {
		return arts
	}
	return c.eventLinks[l]
}

// relationNames is the relation vocabulary in a stable order.
var relationNames = slices.Sorted(maps.Keys(ag.RelationPredicates))

// Neighbors is the neighbourhood of an entity or event: a breadth-first walk
// to depth over relation and event edges, stopping at limit nodes.
func (s *Store) Neighbors(ctx context.Context, id string, depth, limit int) (ag.Subgraph, error) {
	if depth < 1 || depth > MaxDepth {
		return ag.Subgraph{}, fmt.Errorf("neighbours of %q: %w: depth %d is not between 1 and %d", id, ag.ErrInvalid, depth, MaxDepth)
	}
	if limit < 0 {
		return ag.Subgraph{}, fmt.Errorf("neighbours of %q: %w: limit %d is negative", id, ag.ErrInvalid, limit)
	}
	if limit == 0 {
		limit = DefaultNeighbors
	}
	limit = min(limit, MaxNeighbors)

	s.mu.RLock()
	defer s.mu.RUnlock()
	rootKind := ag.KindEntity
	if _, ok := s.cat.entity(id); !ok {
		if _, ok := s.cat.eventRef(id); !ok {
			return ag.Subgraph{}, fmt.Errorf("neighbours of %q: %w", id, ag.ErrNotFound)
		}
		rootKind = ag.KindEvent
	}

	g := ag.Subgraph{Nodes: []ag.Node{}, Edges: []ag.Edge{}}
	in := map[string]bool{}
	addNode := func(kind, id string) bool {
		if in[id] {
			return true
		}
		if len(g.Nodes) >= limit {
			return false
		}
		in[id] = true
		g.Nodes = append(g.Nodes, s.graphNode(kind, id))
		return true
	}
	var walked []link
	added := map[link]bool{}
	addNode(rootKind, id)
	type item struct{ kind, id string }
	frontier := []item{{rootKind, id}}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		var next []item
		for _, n := range frontier {
			for _, l := range s.cat.linksOf(n.id) {
				srcKind := ag.KindEntity
				if _, isEvent := s.cat.eventLinks[l]; isEvent {
					srcKind = ag.KindEvent
				}
				otherKind, other := ag.KindEntity, l.dst
				if other == n.id {
					otherKind, other = srcKind, l.src
				}
				known := in[other]
				if !addNode(otherKind, other) {
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
	}
	for _, l := range walked {
		e, err := s.edge(ctx, l)
		if err != nil {
			return ag.Subgraph{}, fmt.Errorf("neighbours of %q: %w", id, err)
		}
		g.Edges = append(g.Edges, e)
	}
	return g, nil
}

// edge is a link with its source count and the provenance of its newest
// articles (edgeProvenance of them); s.mu is held.
func (s *Store) edge(ctx context.Context, l link) (ag.Edge, error) {
	e := ag.Edge{ID: l.src + " " + l.pred + " " + l.dst, Source: l.src, Target: l.dst, Predicate: l.pred, Provenance: []ag.Provenance{}}
	_, isEvent := s.cat.eventLinks[l]
	arts := make([]ag.Article, 0, len(s.cat.sources(l)))
	for art := range s.cat.sources(l) {
		meta, _ := s.cat.article(art)
		meta.ID = art
		arts = append(arts, meta)
	}
	e.Sources = len(arts)
	slices.SortFunc(arts, newestFirst)
	for _, art := range arts[:min(len(arts), edgeProvenance)] {
		fact := quad.IRI(ag.IRI(ag.KindEvent, l.src))
		if !isEvent {
			fact = quad.IRI(ag.IRI(ag.KindStatement, ag.StatementID(art.ID, l.src, l.pred, l.dst)))
		}
		ev, conf, err := s.evidence(ctx, fact, art.ID)
		if err != nil {
			return ag.Edge{}, err
		}
		if conf == 0 {
			// a fact with no evidence sentence (the gazetteer's) keeps
			// its confidence on the statement, as the entity's detail
			// reads it; the statement's quads come from the node cache
			refs, err := s.refs(ctx, fact)
			if err != nil {
				return ag.Edge{}, err
			}
			rows, err := s.outgoing(ctx, refs[0])
			if err != nil {
				return ag.Edge{}, err
			}
			for _, q := range rows {
				if q.Predicate == quad.IRI(ag.PredConfidence) {
					conf, _ = strconv.ParseFloat(valueText(q.Object), 64)
				}
			}
		}
		e.Provenance = append(e.Provenance, s.provenance(art.ID, ev, conf))
	}
	return e, nil
}

func (s *Store) graphNode(kind, id string) ag.Node {
	n := ag.Node{NodeRef: s.cat.ref(kind, id)}
	if kind == ag.KindEntity {
		if e, ok := s.cat.entity(id); ok {
			n.Country, n.Wikidata = e.Country, e.Wikidata
		}
	}
	return n
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
