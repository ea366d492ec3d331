package cayleystore

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"

	"actorgraph/graph"
)

// ExportFormats are the formats Export writes.
var ExportFormats = []string{"nquads", "jsonld", "graphml", "events", "csv", "cypher"}

// Export writes the part of the store a scope picks (the whole of it for
// the zero scope) in the given format. Every format streams: what is held
// in memory is one article's quads at a time, never the export.
func (s *Store) Export(ctx context.Context, w io.Writer, format string, scope graph.ExportScope) error {
	if !slices.Contains(ExportFormats, format) {
		return fmt.Errorf("export: %w: format %q is not one of %s", graph.ErrInvalid, format, strings.Join(ExportFormats, ", "))
	}
	if err := scope.Validate(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	sel, err := s.selection(scope)
	if err != nil {
		return err
	}
	switch format {
	case "events":
		err = s.exportEvents(ctx, w, sel)
	case "graphml":
		err = s.exportGraphML(ctx, w, sel)
	case "csv":
		err = s.exportCSV(ctx, w, sel)
	case "cypher":
		err = s.exportCypher(ctx, w, sel)
	default:
		err = s.exportQuads(ctx, w, format, sel)
	}
	if err != nil {
		return fmt.Errorf("export %s of %s: %w", format, scope, err)
	}
	return nil
}

// selection is an export scope resolved against the catalogue: the
// articles whose facts go out and the nodes they may be about.
type selection struct {
	arts  map[string]bool // nil: every article and the background knowledge
	nodes map[string]bool // nil: every node
	// anchor is the entity or event whose neighbourhood is selected.
	anchor string
	// chosen: nodes are the scope's own list, each of which goes out,
	// linked or not.
	chosen bool
	// links, when not nil, are the only links between the nodes that go out.
	links map[link]bool
}

// linkName gives the name a link between two nodes goes by (a relation's
// local name, an event's role) for a predicate IRI that is one.
func linkName(pred string) (string, bool) {
	if local, ok := relationOf(pred); ok {
		return local, true
	}
	if slices.Contains(eventLinks, pred) {
		return localName(pred), true
	}
	return "", false
}

// chosenLink tells whether a link between two selected nodes goes out when
// links are chosen.
func (sel selection) chosenLink(src, pred, dst string) bool {
	return sel.links == nil || sel.links[link{src, pred, dst}]
}

// joined tells whether any chosen link joins an event to an entity.
func (sel selection) joined(event, entity string) bool {
	if sel.links == nil {
		return true
	}
	for _, role := range eventLinks {
		if sel.links[link{event, localName(role), entity}] {
			return true
		}
	}
	return false
}

// selection resolves a scope. s.mu is held.
func (s *Store) selection(sc graph.ExportScope) (selection, error) {
	var sel selection
	if sc.ByArticle() {
		if sc.Article != "" {
			if _, ok := s.cat.articles[sc.Article]; !ok {
				return sel, fmt.Errorf("export article %q: %w; GET /api/v1/articles lists the articles", sc.Article, graph.ErrNotFound)
			}
		}
		publishers := 0
		sel.arts = map[string]bool{}
		for id := range s.cat.articles {
			a, ok := s.cat.article(id)
			if !ok || sc.Article != "" && id != sc.Article || !sc.Published(a.Published) {
				continue
			}
			if sc.Publisher != "" {
				if !strings.EqualFold(a.Publisher, sc.Publisher) && graph.ArticlePublisherFromSummary(kept{s.cat.articles[id]}) != sc.Publisher {
					continue
				}
				publishers++
			}
			sel.arts[id] = true
		}
		if sc.Publisher != "" && publishers == 0 {
			return sel, fmt.Errorf("export: %w: no article of source %q%s; GET /api/v1/articles lists the publishers", graph.ErrNotFound, sc.Publisher,
				map[bool]string{true: " in that period or article", false: ""}[sc.Article != "" || sc.From != "" || sc.To != ""])
		}
	}
	if sc.Nodes != nil {
		sel.nodes, sel.chosen = make(map[string]bool, len(sc.Nodes)), true
		for _, id := range sc.Nodes {
			if _, ok := s.cat.entity(id); !ok {
				if _, ok := s.cat.eventRef(id); !ok {
					return sel, fmt.Errorf("export the chosen nodes: %w: %q is no entity or event of the graph (deleted since it was drawn?); GET /api/v1/search?q= finds an entity's id", graph.ErrNotFound, id)
				}
			}
			sel.nodes[id] = true
		}
	}
	if sc.Links != nil {
		sel.links = make(map[link]bool, len(sc.Links))
		for _, id := range sc.Links {
			src, pred, dst, ok := graph.ParseEdgeID(id)
			if !ok || !sel.nodes[src] || !sel.nodes[dst] {
				return sel, fmt.Errorf("export the chosen links: %w: %q is no link between two of the chosen nodes; name a link as FROM PREDICATE TO, both ends among the nodes", graph.ErrInvalid, id)
			}
			l := link{src, pred, dst}
			_, isRelation := s.cat.relations[l]
			_, isRole := s.cat.eventLinks[l]
			if !isRelation && !isRole {
				return sel, fmt.Errorf("export the chosen links: %w: %q is no link of the graph (deleted since it was drawn?); GET /api/v1/entities/{id}/neighbors lists a node's links", graph.ErrNotFound, id)
			}
			sel.links[l] = true
		}
	}
	if sc.Entity != "" {
		if _, ok := s.cat.entity(sc.Entity); !ok {
			if _, ok := s.cat.eventRef(sc.Entity); !ok {
				return sel, fmt.Errorf("export the neighbourhood of %q: %w: no such entity or event; GET /api/v1/search?q= finds an entity's id", sc.Entity, graph.ErrNotFound)
			}
		}
		sel.nodes, sel.anchor = map[string]bool{sc.Entity: true}, sc.Entity
		frontier := []string{sc.Entity}
		for d := 0; d < max(sc.Depth, 1) && len(frontier) > 0; d++ {
			var next []string
			for _, id := range frontier {
				for _, l := range s.cat.adjacent[id] {
					if !sel.stated(s.cat.sources(l)) {
						continue
					}
					other := l.dst
					if other == id {
						other = l.src
					}
					if !sel.nodes[other] {
						sel.nodes[other] = true
						next = append(next, other)
					}
				}
			}
			frontier = next
		}
	}
	return sel, nil
}

// stated tells whether one of a fact's articles is selected.
func (sel selection) stated(arts counted) bool {
	if sel.arts == nil {
		return arts.len() > 0
	}
	for a, n := range arts.all() {
		if n > 0 && sel.arts[a] {
			return true
		}
	}
	return false
}

// link tells whether a relation or event link goes out.
func (sel selection) link(l link, arts counted) bool {
	return sel.stated(arts) && (sel.nodes == nil || sel.nodes[l.src] && sel.nodes[l.dst]) && (sel.links == nil || sel.links[l])
}

// labels are the articles whose quads an export reads, sorted: the
// selected ones, and of those, with a node filter, the ones that mention a
// selected node or state one of its links. s.mu is held.
func (s *Store) labels(sel selection) []string {
	take := func(id string) bool { return sel.arts == nil || sel.arts[id] }
	out := map[string]bool{}
	if sel.nodes == nil {
		for id := range s.cat.articles {
			if take(id) {
				out[id] = true
			}
		}
		return slices.Sorted(maps.Keys(out))
	}
	if take(graph.KnowledgeID()) {
		out[graph.KnowledgeID()] = true
	}
	for id := range sel.nodes {
		if n := s.cat.entities[id]; n != nil {
			for a := range n.mentionedIn.keys() {
				if take(a) {
					out[a] = true
				}
			}
		}
		for _, l := range s.cat.adjacent[id] {
			if sel.nodes[l.src] && sel.nodes[l.dst] {
				for a := range s.cat.sources(l).keys() {
					if take(a) {
						out[a] = true
					}
				}
			}
		}
	}
	return slices.Sorted(maps.Keys(out))
}

// within keeps, of one article's quads, those about the selected nodes:
// their names and types, the links between them, the statements, quotes,
// mentions and evidence about them, and the article itself (headline,
// date, publisher) when anything of it is kept. A link to a node outside
// the selection is left out, so the export is a closed subgraph.
func (sel selection) within(qs []quad.Quad) []quad.Quad {
	if sel.nodes == nil {
		return qs
	}
	kindOf := func(v quad.Value) (kind, id string) {
		if iri, ok := v.(quad.IRI); ok {
			kind, id, _ = graph.ParseIRI(string(iri))
		}
		return kind, id
	}
	pred := func(q quad.Quad) string {
		p, _ := q.Predicate.(quad.IRI)
		return string(p)
	}
	// What each statement, quote and mention is about: its anchors.
	anchors := graph.AnchorPredicates()
	about := map[string][]string{}
	for _, q := range qs {
		if anchors[pred(q)] {
			_, id := kindOf(q.Object)
			s := q.Subject.String()
			about[s] = append(about[s], id)
		}
	}
	keep := map[string]bool{} // IRIs (as quad strings) of kept nodes that are not entities or events
	for s, ids := range about {
		keep[s] = !slices.ContainsFunc(ids, func(id string) bool { return !sel.nodes[id] })
	}
	// With links chosen, a statement of a link left out goes too, and with
	// it its evidence (kept below only for what is kept).
	if sel.links != nil {
		type said struct{ subject, predicate, object string }
		statements := map[string]*said{}
		for _, q := range qs {
			part := graph.StatementPartOf(pred(q))
			if part == graph.NoPart {
				continue
			}
			st := statements[q.Subject.String()]
			if st == nil {
				st = &said{}
				statements[q.Subject.String()] = st
			}
			switch part {
			case graph.PartSubject:
				_, st.subject = kindOf(q.Object)
			case graph.PartObject:
				_, st.object = kindOf(q.Object)
			default:
				iri, _ := q.Object.(quad.IRI)
				st.predicate, _ = linkName(string(iri))
			}
		}
		for s, st := range statements {
			if keep[s] && !sel.chosenLink(st.subject, st.predicate, st.object) {
				keep[s] = false
			}
		}
	}
	publishers := map[string]bool{}
	evidence, statedIn, publisher := graph.EvidenceLinkPredicate(), graph.StatedInPredicate(), graph.PublisherPredicate()
	for _, q := range qs {
		switch pred(q) {
		case evidence, statedIn:
			kind, id := kindOf(q.Subject)
			if (kind == graph.KindEntity || kind == graph.KindEvent) && sel.nodes[id] || keep[q.Subject.String()] {
				keep[q.Object.String()] = true
			}
		case publisher:
			keep[q.Object.String()] = true
			publishers[q.Object.String()] = true
		}
	}
	kept := func(v quad.Value, asObject bool) bool {
		kind, id := kindOf(v)
		switch kind {
		case "":
			return asObject // a literal, a class, a Wikidata IRI
		case graph.KindEntity, graph.KindEvent:
			return sel.nodes[id] || publishers[v.String()]
		case graph.KindArticle:
			return true // decided below for subjects
		default:
			return keep[v.String()]
		}
	}
	// leftOut tells whether a quad states a link left out: the direct edge
	// of a relation or an event's role, or an event's actor code for a
	// party it keeps no link to.
	leftOut := func(q quad.Quad) bool {
		if sel.links == nil {
			return false
		}
		skind, sid := kindOf(q.Subject)
		if pred(q) == graph.ActorCodePredicate() {
			code, _ := q.Object.(quad.String)
			party, _, _ := strings.Cut(string(code), "=")
			return skind == graph.KindEvent && !sel.joined(sid, party)
		}
		name, isLink := linkName(pred(q))
		_, oid := kindOf(q.Object)
		return isLink && sid != "" && oid != "" && !sel.chosenLink(sid, name, oid)
	}
	out := make([]quad.Quad, 0, len(qs))
	var article []quad.Quad
	for _, q := range qs {
		if !kept(q.Object, true) || leftOut(q) {
			continue
		}
		if kind, _ := kindOf(q.Subject); kind == graph.KindArticle {
			article = append(article, q)
			continue
		}
		if kept(q.Subject, false) {
			out = append(out, q)
		}
	}
	// Publishers alone keep nothing: only the article's own facts do.
	facts := slices.ContainsFunc(out, func(q quad.Quad) bool { return !publishers[q.Subject.String()] })
	if !facts {
		return nil
	}
	return append(out, article...)
}

// exportQuads writes N-Quads or JSON-LD, one article's quads at a time
// (a single scan for the whole graph, so that no quad is missed).
func (s *Store) exportQuads(ctx context.Context, w io.Writer, format string, sel selection) error {
	var qw interface {
		WriteQuads([]quad.Quad) (int, error)
		Close() error
	}
	if format == "nquads" {
		qw = nquads.NewWriter(w)
	} else {
		qw = newLDStream(w)
	}
	write := func(qs []quad.Quad) error {
		for i := range qs {
			qs[i] = fullTypes(qs[i])
		}
		_, err := qw.WriteQuads(qs)
		return err
	}
	var err error
	if sel.arts == nil && sel.nodes == nil {
		batch := make([]quad.Quad, 0, 1024)
		err = s.each(ctx, nil, nil, nil, nil, func(q quad.Quad) error {
			batch = append(batch, q)
			if len(batch) < cap(batch) {
				return nil
			}
			err := write(batch)
			batch = batch[:0]
			return err
		})
		if err == nil {
			err = write(batch)
		}
	} else {
		for _, id := range s.labels(sel) {
			qs, err2 := s.match(ctx, nil, nil, nil, graph.ArticleLabel(id))
			if err = err2; err == nil {
				err = write(sel.within(qs))
			}
			if err != nil {
				break
			}
		}
	}
	if cerr := qw.Close(); err == nil {
		err = cerr
	}
	return err
}

// ldStream writes JSON-LD as it goes: one document with the graph's
// @context and a @graph array, to which each run of quads with one label
// (at most ldChunk of them) is added as that named graph, compacted by
// Cayley's JSON-LD writer. A reader merges the runs of one label.
type ldStream struct {
	w       io.Writer
	buf     []quad.Quad
	started bool
	items   int
}

const ldChunk = 4096

func newLDStream(w io.Writer) *ldStream { return &ldStream{w: w} }

func (l *ldStream) WriteQuads(qs []quad.Quad) (int, error) {
	for i, q := range qs {
		if len(l.buf) > 0 && (len(l.buf) >= ldChunk || q.Label != l.buf[0].Label) {
			if err := l.flush(); err != nil {
				return i, err
			}
		}
		l.buf = append(l.buf, q)
	}
	return len(qs), nil
}

func (l *ldStream) start() error {
	if l.started {
		return nil
	}
	l.started = true
	ctx, err := json.Marshal(graph.JSONLDContext)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(l.w, "{\"@context\": %s,\n\"@graph\": [", ctx)
	return err
}

func (l *ldStream) flush() error {
	if err := l.start(); err != nil || len(l.buf) == 0 {
		return err
	}
	var doc bytes.Buffer
	jw := jsonld.NewWriter(&doc)
	jw.SetLdContext(graph.JSONLDContext)
	if _, err := jw.WriteQuads(l.buf); err != nil {
		return err
	}
	if err := jw.Close(); err != nil {
		return err
	}
	l.buf = l.buf[:0]
	dec := json.NewDecoder(&doc)
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		return err
	}
	delete(m, "@context")
	var items []any
	if _, named := m["@id"]; named {
		items = []any{m}
	} else if g, ok := m["@graph"].([]any); ok {
		items = g
	} else if g, ok := m["@graph"]; ok {
		items = []any{g}
	}
	for _, it := range items {
		b, err := json.Marshal(it)
		if err != nil {
			return err
		}
		sep := ",\n"
		if l.items == 0 {
			sep = "\n"
		}
		l.items++
		if _, err := io.WriteString(l.w, sep); err != nil {
			return err
		}
		if _, err := l.w.Write(b); err != nil {
			return err
		}
	}
	return nil
}

func (l *ldStream) Close() error {
	if err := l.flush(); err != nil {
		return err
	}
	_, err := io.WriteString(l.w, "\n]}\n")
	return err
}

// exportEvents writes the selected events as a tab-separated table with
// GDELT's column names (graph.EventColumns), article by article. s.mu is
// held.
func (s *Store) exportEvents(ctx context.Context, w io.Writer, sel selection) error {
	cw, err := graph.NewEventWriter(w)
	if err != nil {
		return err
	}
	for _, id := range s.labels(sel) {
		if id == graph.KnowledgeID() {
			continue // background knowledge has no events
		}
		qs, err := s.match(ctx, nil, nil, nil, graph.ArticleLabel(id))
		if err != nil {
			return fmt.Errorf("events of %s: %w", id, err)
		}
		x := graph.FromQuads(id, qs)
		if sel.nodes != nil {
			x.Events = slices.DeleteFunc(x.Events, func(ev graph.Event) bool { return !sel.nodes[ev.ID] })
		}
		// with links chosen, an event's parties and place are those it
		// keeps a link to
		for i := range x.Events {
			ev := &x.Events[i]
			ev.Participants = slices.DeleteFunc(ev.Participants, func(p graph.Participant) bool { return !sel.chosenLink(ev.ID, p.Role, p.Entity) })
			if ev.Location != "" && !sel.chosenLink(ev.ID, localName(graph.LocationPredicate()), ev.Location) {
				ev.Location = ""
			}
		}
		if err := graph.EventRows(cw, x); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
