package cayleystore

import (
	"archive/zip"
	"cmp"
	"context"
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"actorgraph/graph"
)

// pgAttr is a node attribute of the property-graph exports.
type pgAttr struct{ name, typ string }

// pgAttrs are the node attributes of the property-graph exports, in
// order: what an entity or event is. Literals are attributes, never nodes.
// Every node has a label (its name), a kind and a type; then come the
// other summary values of the schema's rows that name an export
// (Property.Export), an entity's then an event's, in the schema's order.
var pgAttrs = func() []pgAttr {
	out := []pgAttr{{"label", "string"}, {"kind", "string"}, {"type", "string"}}
	for _, kind := range []string{graph.KindEntity, graph.KindEvent} {
		for _, p := range graph.SummaryRows(kind) {
			if p.Export == "" || slices.ContainsFunc(out, func(a pgAttr) bool { return a.name == p.Export }) {
				continue
			}
			typ := "string"
			if p.Datatype == graph.DecimalValue {
				typ = "double"
			}
			out = append(out, pgAttr{p.Export, typ})
		}
	}
	return out
}()

// pgNode and pgEdge are a node and an edge of a property-graph export.
type pgNode struct {
	id, kind string
}

type pgEdge struct {
	l       link
	sources int
}

// propertyGraph gathers the selected part of the graph as a property
// graph: entity and event nodes, sorted by id, and relations and event
// roles as edges with their source count (in the whole graph). The node
// attributes are read as each node is written (pgNodeAttrs). s.mu is held.
func (s *Store) propertyGraph(sel selection) ([]pgNode, []pgEdge) {
	var edges []pgEdge
	kinds := map[string]string{} // id → kind
	take := func(m map[link]counted, srcKind string) {
		for l, arts := range m {
			if !sel.link(l, arts) {
				continue
			}
			edges = append(edges, pgEdge{l, arts.len()})
			kinds[l.src], kinds[l.dst] = srcKind, cmp.Or(kinds[l.dst], graph.KindEntity)
		}
	}
	take(s.cat.relations, graph.KindEntity)
	take(s.cat.eventLinks, graph.KindEvent)
	for id, n := range s.cat.entities {
		// every named entity of the selection, linked or not
		if _, named := s.cat.entityRef(id); !named || kinds[id] != "" || sel.nodes != nil && !sel.nodes[id] {
			continue
		}
		if sel.arts == nil || sel.stated(n.mentionedIn) {
			kinds[id] = graph.KindEntity
		}
	}
	if sel.nodes != nil {
		if _, isEvent := s.cat.events[sel.anchor]; isEvent && kinds[sel.anchor] == "" {
			kinds[sel.anchor] = graph.KindEvent
		}
	}
	if sel.chosen {
		for id := range sel.nodes {
			if _, isEvent := s.cat.events[id]; isEvent && kinds[id] == "" {
				kinds[id] = graph.KindEvent
			}
		}
	}
	slices.SortFunc(edges, func(a, b pgEdge) int {
		return cmp.Or(cmp.Compare(a.l.src, b.l.src), cmp.Compare(a.l.pred, b.l.pred), cmp.Compare(a.l.dst, b.l.dst))
	})
	nodes := make([]pgNode, 0, len(kinds))
	for id, kind := range kinds {
		if s.pgNodeAttrs(pgNode{id, kind}) != nil {
			nodes = append(nodes, pgNode{id, kind})
		} else {
			delete(kinds, id)
		}
	}
	// no edge to a node the catalogue cannot name: GraphML forbids it
	edges = slices.DeleteFunc(edges, func(e pgEdge) bool { return kinds[e.l.src] == "" || kinds[e.l.dst] == "" })
	slices.SortFunc(nodes, func(a, b pgNode) int { return cmp.Compare(a.id, b.id) })
	return nodes, edges
}

// pgNodeAttrs are a node's attributes (graph.Exported), nil for a node the
// catalogue cannot name.
func (s *Store) pgNodeAttrs(n pgNode) map[string]string {
	var attrs map[string]string
	if n.kind == graph.KindEvent {
		ev := s.cat.events[n.id]
		if ev == nil {
			return nil
		}
		attrs = graph.Exported(graph.KindEvent, kept{ev})
	} else {
		e := s.cat.entities[n.id]
		if _, named := s.cat.entityRef(n.id); !named {
			return nil
		}
		attrs = graph.Exported(graph.KindEntity, keptEntity{e})
	}
	attrs["kind"] = n.kind
	return attrs
}

// evidence is an edge's confidence, article and sentence as exported: its
// newest provenance, or the newest from a selected article.
func (s *Store) pgEvidence(ctx context.Context, l link, sel selection) (conf, article, text string, err error) {
	full, err := s.edge(ctx, l)
	if err != nil || len(full.Provenance) == 0 {
		return "", "", "", err
	}
	p := full.Provenance[0]
	if sel.arts != nil {
		for _, q := range full.Provenance {
			if sel.arts[q.Article] {
				p = q
				break
			}
		}
	}
	return strconv.FormatFloat(p.Confidence, 'f', 2, 64), p.Article, p.Evidence.Text, nil
}

// exportGraphML writes the property graph in GraphML, for Gephi, yEd and
// Cytoscape.
func (s *Store) exportGraphML(ctx context.Context, w io.Writer, sel selection) error {
	nodes, edges := s.propertyGraph(sel)
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
	for _, k := range pgAttrs {
		if err := enc.EncodeElement("", start("key", "id", k.name, "for", "node", "attr.name", k.name, "attr.type", k.typ)); err != nil {
			return err
		}
	}
	for _, k := range [][2]string{{"predicate", "string"}, {"sources", "int"}, {"confidence", "double"}, {"article", "string"}} {
		if err := enc.EncodeElement("", start("key", "id", k[0], "for", "edge", "attr.name", k[0], "attr.type", k[1])); err != nil {
			return err
		}
	}
	g := start("graph", "id", "actorgraph", "edgedefault", "directed")
	if err := enc.EncodeToken(g); err != nil {
		return err
	}
	for _, n := range nodes {
		if err := ctx.Err(); err != nil {
			return err
		}
		el := start("node", "id", n.id)
		if err := enc.EncodeToken(el); err != nil {
			return err
		}
		attrs := s.pgNodeAttrs(n)
		for _, a := range pgAttrs {
			if err := data(a.name, attrs[a.name]); err != nil {
				return err
			}
		}
		if err := enc.EncodeToken(el.End()); err != nil {
			return err
		}
	}
	for i, e := range edges {
		if err := ctx.Err(); err != nil {
			return err
		}
		conf, art, _, err := s.pgEvidence(ctx, e.l, sel)
		if err != nil {
			return err
		}
		el := start("edge", "id", "e"+strconv.Itoa(i), "source", e.l.src, "target", e.l.dst)
		if err := enc.EncodeToken(el); err != nil {
			return err
		}
		for _, d := range [][2]string{{"predicate", e.l.pred}, {"sources", strconv.Itoa(e.sources)}, {"confidence", conf}, {"article", art}} {
			if err := data(d[0], d[1]); err != nil {
				return err
			}
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

// exportCSV writes the property graph as a zip of nodes.csv and edges.csv;
// each edge carries its newest evidence (in an article's export, that
// article's): article, sentence and confidence.
func (s *Store) exportCSV(ctx context.Context, w io.Writer, sel selection) error {
	nodes, edges := s.propertyGraph(sel)
	zw := zip.NewWriter(w)
	f, err := zw.Create("nodes.csv")
	if err != nil {
		return err
	}
	cw := csv.NewWriter(f)
	header := []string{"id"}
	for _, a := range pgAttrs {
		header = append(header, a.name)
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, n := range nodes {
		row := []string{n.id}
		attrs := s.pgNodeAttrs(n)
		for _, a := range pgAttrs {
			row = append(row, attrs[a.name])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	if f, err = zw.Create("edges.csv"); err != nil {
		return err
	}
	cw = csv.NewWriter(f)
	if err := cw.Write([]string{"source", "target", "predicate", "sources", "confidence", "article", "evidence"}); err != nil {
		return err
	}
	for _, e := range edges {
		if err := ctx.Err(); err != nil {
			return err
		}
		conf, art, text, err := s.pgEvidence(ctx, e.l, sel)
		if err != nil {
			return err
		}
		if err := cw.Write([]string{e.l.src, e.l.dst, e.l.pred, strconv.Itoa(e.sources), conf, art, text}); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return zw.Close()
}

// exportCypher writes a Cypher script that loads the property graph into
// Neo4j: a MERGE for every node (label Entity or Event, the attributes as
// properties) and for every edge (its predicate as the relationship type).
func (s *Store) exportCypher(ctx context.Context, w io.Writer, sel selection) error {
	nodes, edges := s.propertyGraph(sel)
	if _, err := io.WriteString(w, "// actorgraph export: run with cypher-shell or paste into Neo4j Browser\n"+
		"CREATE CONSTRAINT actorgraph_entity IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n"+
		"CREATE CONSTRAINT actorgraph_event IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;\n"); err != nil {
		return err
	}
	for _, n := range nodes {
		if err := ctx.Err(); err != nil {
			return err
		}
		l := "Entity"
		if n.kind == graph.KindEvent {
			l = "Event"
		}
		var props []string
		attrs := s.pgNodeAttrs(n)
		for _, a := range pgAttrs {
			v := attrs[a.name]
			if v == "" || a.name == "kind" {
				continue
			}
			if a.typ == "double" {
				props = append(props, fmt.Sprintf("n.%s = %s", a.name, v))
				continue
			}
			props = append(props, fmt.Sprintf("n.%s = %s", a.name, cypherString(v)))
		}
		set := ""
		if len(props) > 0 {
			set = " SET " + strings.Join(props, ", ")
		}
		if _, err := fmt.Fprintf(w, "MERGE (n:%s {id: %s})%s;\n", l, cypherString(n.id), set); err != nil {
			return err
		}
	}
	for _, e := range edges {
		if err := ctx.Err(); err != nil {
			return err
		}
		src := "Entity"
		if _, isEvent := s.cat.eventLinks[e.l]; isEvent {
			src = "Event"
		}
		set := fmt.Sprintf("r.sources = %d", e.sources)
		conf, art, _, err := s.pgEvidence(ctx, e.l, sel)
		if err != nil {
			return err
		}
		if conf != "" {
			set += fmt.Sprintf(", r.confidence = %s, r.article = %s", conf, cypherString(art))
		}
		if _, err := fmt.Fprintf(w, "MATCH (a:%s {id: %s}) MATCH (b:Entity {id: %s}) MERGE (a)-[r:%s]->(b) SET %s;\n",
			src, cypherString(e.l.src), cypherString(e.l.dst), cypherType(e.l.pred), set); err != nil {
			return err
		}
	}
	return nil
}

// cypherString quotes a string for Cypher.
func cypherString(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`, "\r", `\r`).Replace(s) + "'"
}

// cypherType makes a predicate a relationship type: leaderOf → LEADER_OF.
func cypherType(pred string) string {
	var b strings.Builder
	for i, r := range pred {
		if r >= 'A' && r <= 'Z' && i > 0 {
			b.WriteByte('_')
		}
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			b.WriteString(strings.ToUpper(string(r)))
		}
	}
	return b.String()
}
