package cayleystore

import (
	"cmp"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strconv"

	ag "actorgraph/graph"
)

// graphmlKeys are the attributes of the GraphML export: on nodes, what an
// entity or event is; on edges, the relation or role and how many articles
// state it. Literals are attributes, never nodes.
var graphmlKeys = []struct{ id, target, name, typ string }{
	{"label", "node", "label", "string"},
	{"kind", "node", "kind", "string"},
	{"type", "node", "type", "string"},
	{"country", "node", "country", "string"},
	{"wikidata", "node", "wikidata", "string"},
	{"cameo", "node", "cameo", "string"},
	{"goldstein", "node", "goldstein", "double"},
	{"date", "node", "date", "string"},
	{"status", "node", "status", "string"},
	{"predicate", "edge", "predicate", "string"},
	{"sources", "edge", "sources", "int"},
}

// exportGraphML writes the graph, or one article's part of it, as a
// property graph in GraphML: entity and event nodes with their names,
// types, countries, CAMEO codes and dates, relations and event roles as
// edges with their predicate and source count. It opens in Gephi, yEd and
// Cytoscape.
func (s *Store) exportGraphML(ctx context.Context, w io.Writer, articleID string) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if articleID != "" {
		if _, ok := s.cat.articles[articleID]; !ok {
			return fmt.Errorf("export article %q: %w", articleID, ag.ErrNotFound)
		}
	}
	type edge struct {
		l       link
		sources int
	}
	var edges []edge
	nodes := map[string]string{} // id → kind
	take := func(m map[link]counted, srcKind string) {
		for l, arts := range m {
			if len(arts) == 0 || articleID != "" && arts[articleID] == 0 {
				continue
			}
			edges = append(edges, edge{l, len(arts)})
			nodes[l.src], nodes[l.dst] = srcKind, cmp.Or(nodes[l.dst], ag.KindEntity)
		}
	}
	take(s.cat.relations, ag.KindEntity)
	take(s.cat.eventLinks, ag.KindEvent)
	for id, n := range s.cat.entities {
		// every named entity, or the article's
		if len(n.props[ag.PredName]) > 0 && nodes[id] == "" && (articleID == "" || n.mentionedIn[articleID] > 0) {
			nodes[id] = ag.KindEntity
		}
	}
	slices.SortFunc(edges, func(a, b edge) int {
		return cmp.Or(cmp.Compare(a.l.src, b.l.src), cmp.Compare(a.l.pred, b.l.pred), cmp.Compare(a.l.dst, b.l.dst))
	})
	ids := make([]string, 0, len(nodes))
	for id := range nodes {
		ids = append(ids, id)
	}
	slices.Sort(ids)

	enc := xml.NewEncoder(w)
	enc.Indent("", " ")
	start := func(name string, attrs ...string) xml.StartElement {
		el := xml.StartElement{Name: xml.Name{Local: name}}
		for i := 0; i+1 < len(attrs); i += 2 {
			el.Attr = append(el.Attr, xml.Attr{Name: xml.Name{Local: attrs[i]}, Value: attrs[i+1]})
		}
		return el
	}
	data := func(key, value string) error {
		if value == "" {
			return nil
		}
		return enc.EncodeElement(value, start("data", "key", key))
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	root := start("graphml", "xmlns", "http://graphml.graphdrawing.org/xmlns")
	if err := enc.EncodeToken(root); err != nil {
		return err
	}
	for _, k := range graphmlKeys {
		if err := enc.EncodeElement("", start("key", "id", k.id, "for", k.target, "attr.name", k.name, "attr.type", k.typ)); err != nil {
			return err
		}
	}
	g := start("graph", "id", "actorgraph", "edgedefault", "directed")
	if err := enc.EncodeToken(g); err != nil {
		return err
	}
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return err
		}
		var attrs [][2]string
		if nodes[id] == ag.KindEvent {
			ev := s.cat.events[id]
			if ev == nil {
				continue
			}
			attrs = [][2]string{{"label", ev.value(ag.PredName)}, {"kind", ag.KindEvent}, {"type", ev.value(ag.PredEventType)},
				{"cameo", ev.value(ag.PredCAMEO)}, {"goldstein", ev.value(ag.PredGoldstein)}, {"date", ev.value(ag.PredStartDate)},
				{"status", ev.value(ag.PredStatus)}}
		} else if e, ok := s.cat.entity(id); ok {
			attrs = [][2]string{{"label", e.Name}, {"kind", ag.KindEntity}, {"type", string(e.Type)}, {"country", e.Country},
				{"wikidata", e.Wikidata}}
		}
		n := start("node", "id", id)
		if err := enc.EncodeToken(n); err != nil {
			return err
		}
		for _, a := range attrs {
			if err := data(a[0], a[1]); err != nil {
				return err
			}
		}
		if err := enc.EncodeToken(n.End()); err != nil {
			return err
		}
	}
	for i, e := range edges {
		el := start("edge", "id", "e"+strconv.Itoa(i), "source", e.l.src, "target", e.l.dst)
		if err := enc.EncodeToken(el); err != nil {
			return err
		}
		if err := data("predicate", e.l.pred); err != nil {
			return err
		}
		if err := data("sources", strconv.Itoa(e.sources)); err != nil {
			return err
		}
		if err := enc.EncodeToken(el.End()); err != nil {
			return err
		}
	}
	if err := enc.EncodeToken(g.End()); err != nil {
		return err
	}
	if err := enc.EncodeToken(root.End()); err != nil {
		return err
	}
	return enc.Flush()
}
