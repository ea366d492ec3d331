package cayleystore

import (
	"cmp"
	"context"
	"slices"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	lru "github.com/hashicorp/golang-lru/v2"

	"actorgraph/graph"
)

// Reads bounded by what is asked. An entity's detail and a neighbourhood
// list what the catalogue knows — an entity's relations, events, quotes,
// articles, a node's links — ranked, and read from the store only the
// page asked for. Two things keep a hub's page about as cheap as anyone's:
//
//   - The rankings are memos of the catalogue (memo), made once per
//     catalogue generation: a hub's thousand articles are sorted once after
//     a write, not on every request. Their lengths are the totals.
//   - What a page reads from the store — a statement's role, dates and
//     evidence, an event's evidence in one article, a quote — is one
//     article's part of the graph, so it is kept (views) until that article
//     is written again or retracted (Store.written), not until any write.

// memoKey names one ranking of one node.
type memoKey struct {
	id   string
	part byte
}

// The rankings memo keeps.
const (
	memoFacts byte = iota
	memoEvents
	memoQuotes
	memoArticles
	memoLinks
)

type memoEntry struct {
	gen uint64
	v   any
}

// memoSize is how many rankings the catalogue keeps.
const memoSize = 1 << 14

// memo gives a ranking of node id as of the catalogue's generation, made by
// build when it has none. Rankings are shared between readers: never
// change one. The caller holds the store's lock (read or write).
func memo[T any](c *catalog, id string, part byte, build func() T) T {
	k := memoKey{id, part}
	if e, ok := c.memo.Get(k); ok && e.gen == c.gen {
		return e.v.(T)
	}
	v := build()
	c.memo.Add(k, memoEntry{c.gen, v})
	return v
}

// stated is an article that states a link, with what orders it.
type stated struct{ article, published, title string }

// statedBy are the articles that state a link, newest first (then by
// headline and id), as of the catalogue's generation.
func (c *catalog) statedBy(l link) []stated {
	if e, ok := c.linkMemo.Get(l); ok && e.gen == c.gen {
		return e.v.([]stated)
	}
	arts := c.sources(l)
	out := make([]stated, 0, arts.len())
	for a := range arts.keys() {
		st := stated{article: a}
		if n := c.articles[a]; n != nil {
			o := graph.ArticleOrderFromSummary(a, kept{n})
			st.published, st.title = o.Published, o.Title
		}
		out = append(out, st)
	}
	slices.SortFunc(out, func(a, b stated) int {
		return cmp.Or(cmp.Compare(b.published, a.published), cmp.Compare(a.title, b.title), cmp.Compare(a.article, b.article))
	})
	c.linkMemo.Add(l, memoEntry{c.gen, out})
	return out
}

// pageKey names a page of an entity's detail or of a neighbourhood.
type pageKey struct {
	kind                 byte // 'd'etail, 'n'eighbourhood
	json                 bool // the page as JSON
	id                   string
	depth, limit, offset int
}

// pagesSize is how many pages the catalogue keeps: a hub's neighbourhood
// page is some hundreds of kilobytes, most pages a few.
const pagesSize = 1 << 8

// cachedPage is a page assembled at the catalogue's generation: asked again
// before the next change, it is not assembled again. Every change of the
// quads, and every change another server announces, is a new generation,
// so a kept page is what assembling it would give. The caller holds the
// store's lock (read or write) and copies what it hands out.
func cachedPage[T any](c *catalog, k pageKey) (T, bool) {
	if e, ok := c.pages.Get(k); ok && e.gen == c.gen {
		return e.v.(T), true
	}
	var zero T
	return zero, false
}

func keepPage(c *catalog, k pageKey, v any) { c.pages.Add(k, memoEntry{c.gen, v}) }

// name is an entity's or event's name as refs show it: its id when it has
// none.
func (c *catalog) name(id string) string {
	if r, ok := c.entityRef(id); ok {
		return r.Name
	}
	if r, ok := c.eventRef(id); ok {
		return r.Name
	}
	return id
}

// rankedFacts are an entity's relations, either end, with the most
// sources first, then by predicate, subject and object.
func (c *catalog) rankedFacts(id string) []link {
	return memo(c, id, memoFacts, func() []link {
		type ranked struct {
			l               link
			sources         int
			subject, object string
		}
		var rs []ranked
		for _, l := range c.adjacent[id] {
			if arts, ok := c.relations[l]; ok && arts.len() > 0 {
				rs = append(rs, ranked{l, arts.len(), c.name(l.src), c.name(l.dst)})
			}
		}
		slices.SortFunc(rs, func(a, b ranked) int {
			return cmp.Or(cmp.Compare(b.sources, a.sources), cmp.Compare(a.l.pred, b.l.pred),
				cmp.Compare(a.subject, b.subject), cmp.Compare(a.object, b.object),
				cmp.Compare(a.l.src, b.l.src), cmp.Compare(a.l.dst, b.l.dst))
		})
		out := make([]link, len(rs))
		for i, r := range rs {
			out[i] = r.l
		}
		return out
	})
}

// rankedEvents are the events an entity takes part in, by name.
func (c *catalog) rankedEvents(id string) []graph.NodeRef {
	return memo(c, id, memoEvents, func() []graph.NodeRef {
		seen := map[string]bool{}
		var out []graph.NodeRef
		for _, l := range c.adjacent[id] {
			if _, isEvent := c.eventLinks[l]; isEvent && l.dst == id && !seen[l.src] {
				seen[l.src] = true
				out = append(out, c.ref(graph.KindEvent, l.src))
			}
		}
		slices.SortFunc(out, func(a, b graph.NodeRef) int { return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID)) })
		return out
	})
}

// quoteRef is a quote as an entity's detail ranks it.
type quoteRef struct {
	id, role, article, published string
}

// saidBy names a quote's link to its speaker, the role of a quote the
// entity said (graph.QuoteView).
var saidBy = localName(graph.SpeakerPredicate())

// rankedQuotes are the quotes an entity said or that are about it — said,
// when both — newest article first, then by article and id.
func (c *catalog) rankedQuotes(id string) []quoteRef {
	return memo(c, id, memoQuotes, func() []quoteRef {
		byID := map[string]quoteRef{}
		for _, l := range c.quotesOf[id] {
			if prev, ok := byID[l.src]; ok && (prev.role == saidBy || l.pred != saidBy) {
				continue
			}
			q := quoteRef{id: l.src, role: l.pred}
			for art := range c.quoteLinks[l].keys() {
				if q.article == "" || art < q.article {
					q.article = art
				}
			}
			q.published = c.published(q.article)
			byID[l.src] = q
		}
		out := make([]quoteRef, 0, len(byID))
		for _, q := range byID {
			out = append(out, q)
		}
		slices.SortFunc(out, func(a, b quoteRef) int {
			return cmp.Or(cmp.Compare(b.published, a.published), cmp.Compare(a.article, b.article), cmp.Compare(a.id, b.id))
		})
		return out
	})
}

// rankedArticles are the stored articles that mention an entity, newest
// first.
func (c *catalog) rankedArticles(id string) []string {
	return memo(c, id, memoArticles, func() []string {
		var arts []graph.Article
		if e := c.entities[id]; e != nil {
			for art := range e.mentionedIn.keys() {
				if n := c.articles[art]; n != nil {
					arts = append(arts, graph.ArticleOrderFromSummary(art, kept{n}))
				}
			}
		}
		slices.SortFunc(arts, newestFirst)
		out := make([]string, len(arts))
		for i, a := range arts {
			out[i] = a.ID
		}
		return out
	})
}

// linksOf lists the links of a node in the order a neighbourhood walks
// them, which decides who is kept when the walk reaches its limit: the
// links more articles state first, then the more recently stated (the
// newest article's date), then those to the more important node (an
// entity by the articles that mention it, an event by the articles that
// report it), then by relation or role, direction and the other end's id.
func (c *catalog) linksOf(id string) []link {
	return memo(c, id, memoLinks, func() []link {
		type ranked struct {
			l          link
			group      int
			sources    int
			newest     string
			importance int
			other      string
		}
		out := make([]ranked, 0, len(c.adjacent[id]))
		for _, l := range c.adjacent[id] {
			r := ranked{l: l, other: l.dst}
			if l.dst == id {
				r.other = l.src
			}
			arts := c.sources(l)
			r.sources = arts.len()
			for a := range arts.keys() {
				r.newest = max(r.newest, c.published(a))
			}
			if _, isEvent := c.eventLinks[l]; isEvent {
				r.group = 2*len(relationNames) + slices.IndexFunc(eventLinks, func(p string) bool { return localName(p) == l.pred })
				if r.other == l.src {
					r.importance = c.reports(l.src)
				} else {
					r.importance = c.mentions(l.dst)
				}
			} else {
				r.group = 2 * slices.Index(relationNames, l.pred)
				if l.src != id {
					r.group++
				}
				r.importance = c.mentions(r.other)
			}
			out = append(out, r)
		}
		slices.SortFunc(out, func(a, b ranked) int {
			return cmp.Or(cmp.Compare(b.sources, a.sources), cmp.Compare(b.newest, a.newest), cmp.Compare(b.importance, a.importance),
				cmp.Compare(a.group, b.group), cmp.Compare(a.other, b.other), cmp.Compare(a.l.pred, b.l.pred))
		})
		ls := make([]link, len(out))
		for i, r := range out {
			ls[i] = r.l
		}
		return ls
	})
}

// mentions counts the articles that mention an entity.
func (c *catalog) mentions(id string) int {
	if n := c.entities[id]; n != nil {
		return n.mentionedIn.len()
	}
	return 0
}

// reports counts the articles that report an event.
func (c *catalog) reports(id string) int {
	seen := map[string]bool{}
	for _, l := range c.adjacent[id] {
		if l.src == id {
			for a := range c.eventLinks[l].keys() {
				seen[a] = true
			}
		}
	}
	return len(seen)
}

// viewKey names one article's part of a node: the statement of a relation
// (a link), the evidence for an event (a link whose src is the event), or
// a quote (a link whose src is the quote); a statement's or evidence's own
// id, a hash, is minted only when it is read.
type viewKey struct {
	kind    byte // 's'tatement, 'e'vent, 'q'uote
	l       link
	article string
}

// view is what a page reads of one article's part of a node, and the
// article's write (Store.written) it was read after.
type view struct {
	seq   uint64
	fact  factView
	quote *quoteData
}

// factView is one article's statement of a relation, or its evidence for
// an event.
type factView struct {
	found             bool // false: a relation imported without its statement
	role, from, until string
	ev                graph.Evidence
	conf              float64
}

// quoteData is a quote as it is stored; who it names is looked up in the
// catalogue when it is shown.
type quoteData struct {
	graph.Quote
	article string
}

// viewCacheSize is how many article parts the view cache holds: a few
// hundred bytes each (an evidence sentence), some tens of megabytes.
const viewCacheSize = 1 << 17

func newViews() *lru.Cache[viewKey, view] { return newLRU[viewKey, view](viewCacheSize) }

// cachedView is the part k names if it was read after its article's last
// write. s.mu is held.
func (s *Store) cachedView(k viewKey) (view, bool) {
	v, ok := s.views.Get(k)
	if !ok || v.seq != s.written[k.article] {
		return view{}, false
	}
	return v, true
}

// keepView keeps a part just read. s.mu is held.
func (s *Store) keepView(k viewKey, v view) {
	v.seq = s.written[k.article]
	s.views.Add(k, v)
}

// noteWritten records the articles a transaction changes, whose kept
// parts are then stale. s.mu is held for writing.
func (s *Store) noteWritten(deltas []cgraph.Delta) {
	s.writeSeq++
	last := ""
	for _, d := range deltas {
		a := graph.ValueText(d.Quad.Label)
		if a != last {
			s.written[a] = s.writeSeq
			last = a
		}
	}
}

// statementView reads one article's statement of a relation: role, term
// and evidence (its confidence, else the statement's).
func (s *Store) statementView(ctx context.Context, l link, article string) (factView, error) {
	k := viewKey{'s', l, article}
	if v, ok := s.cachedView(k); ok {
		return v.fact, nil
	}
	node := graph.IRI(graph.KindStatement, graph.StatementID(article, l.src, l.pred, l.dst))
	var fv factView
	ref, err := s.refs(ctx, quad.IRI(node), quad.IRI(graph.EvidenceLinkPredicate()))
	if err != nil {
		return fv, err
	}
	if ref[0] != nil {
		rows, err := s.outgoing(ctx, ref[0])
		if err != nil {
			return fv, err
		}
		p := props{}
		var ev cgraph.Ref
		for _, q := range rows {
			pr := string(q.Predicate.(quad.IRI))
			p[pr] = append(p[pr], q.Object)
			if ev == nil && sameRef(q.refs[1], ref[1]) {
				ev = q.refs[2]
			}
		}
		fv.found = true
		st := graph.StatementFromNode(p)
		fv.role = st.Role
		fv.from, fv.until = latestTerm(st.ValidFrom, st.ValidUntil)
		if fv.ev, fv.conf, err = s.evidenceNode(ctx, ev); err != nil {
			return fv, err
		}
		if fv.conf == 0 {
			fv.conf = st.Confidence
		}
	}
	s.keepView(k, view{fact: fv})
	return fv, nil
}

// eventEvidence reads one article's evidence for an event (its confidence,
// else the event's).
func (s *Store) eventEvidence(ctx context.Context, event, article string) (factView, error) {
	k := viewKey{'e', link{src: event}, article}
	if v, ok := s.cachedView(k); ok {
		return v.fact, nil
	}
	node := graph.IRI(graph.KindEvent, event)
	fv := factView{found: true}
	var err error
	if fv.ev, fv.conf, err = s.evidence(ctx, quad.IRI(node), article); err != nil {
		return fv, err
	}
	if fv.conf == 0 {
		refs, err := s.refs(ctx, quad.IRI(node))
		if err != nil {
			return fv, err
		}
		rows, err := s.outgoing(ctx, refs[0])
		if err != nil {
			return fv, err
		}
		fv.conf = graph.FactConfidence(rowProps(rows))
	}
	s.keepView(k, view{fact: fv})
	return fv, nil
}

// quote reads a quote of an article.
func (s *Store) quote(ctx context.Context, id, article string) (*quoteData, error) {
	k := viewKey{'q', link{src: id}, article}
	if v, ok := s.cachedView(k); ok {
		return v.quote, nil
	}
	node := graph.IRI(graph.KindQuote, id)
	p, err := s.props(ctx, quad.IRI(node))
	if err != nil {
		return nil, err
	}
	var e props
	if evs := p[graph.EvidenceLinkPredicate()]; len(evs) > 0 {
		if e, err = s.props(ctx, evs[0]); err != nil {
			return nil, err
		}
	}
	q := &quoteData{Quote: graph.QuoteFromNodes(id, p, e), article: graph.ArticleOfNode(p)}
	s.keepView(k, view{quote: q})
	return q, nil
}
