package cayleystore

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"actorgraph/graph"
)

// summaryWorld is one article's quads with a node of every kind that has
// summary rows (the article, an entity, an event, a quote), each with a
// quad for every summary row of its kind, but skip's, and a second entity
// every link points to. A quote has the quads its view needs beside.
func summaryWorld(skip *graph.Property) []quad.Quad {
	const art = "0a000000-0000-4000-8000-000000000001"
	label := quad.IRI(graph.ArticleLabel(art))
	e1, e2 := "0e000000-0000-4000-8000-000000000001", "0e000000-0000-4000-8000-000000000002"
	ev, qt := "0f000000-0000-4000-8000-000000000001", "0c000000-0000-4000-8000-000000000001"
	subjects := map[string]quad.IRI{
		graph.KindArticle: label,
		graph.KindEntity:  quad.IRI(graph.IRI(graph.KindEntity, e1)),
		graph.KindEvent:   quad.IRI(graph.IRI(graph.KindEvent, ev)),
		graph.KindQuote:   quad.IRI(graph.IRI(graph.KindQuote, qt)),
	}
	classes := map[string]string{
		graph.KindArticle: graph.ClassNewsArticle, graph.KindEntity: graph.ClassOf(graph.Person),
		graph.KindEvent: graph.ClassEvent, graph.KindQuote: graph.ClassQuote,
	}
	other := quad.IRI(graph.IRI(graph.KindEntity, e2))
	var qs []quad.Quad
	add := func(s quad.Value, p string, o quad.Value) {
		qs = append(qs, quad.Quad{Subject: s, Predicate: quad.IRI(p), Object: o, Label: label})
	}
	add(other, graph.PredType, quad.IRI(graph.ClassOf(graph.Country)))
	add(other, graph.PredName, quad.String("Beta"))
	add(subjects[graph.KindQuote], graph.PredInArticle, label)
	add(subjects[graph.KindQuote], graph.PredText, quad.String("We will meet."))
	add(subjects[graph.KindQuote], graph.PredDirect, quad.Bool(true))
	for _, p := range graph.Schema {
		if !p.Summary || skip != nil && p.Subject == skip.Subject && p.Predicate == skip.Predicate {
			continue
		}
		s, ok := subjects[p.Subject]
		if !ok {
			panic(fmt.Sprintf("summary row %s of a %s: summaryWorld has no node of that kind; give it one", p.Predicate, p.Subject))
		}
		var o quad.Value
		switch p.Datatype {
		case graph.StringValue:
			o = quad.String("Alpha " + localName(p.Predicate))
		case graph.IntegerValue:
			o = quad.Int(7)
		case graph.DecimalValue:
			o = quad.TypedString{Value: "0.5", Type: "http://www.w3.org/2001/XMLSchema#decimal"}
		case graph.BooleanValue:
			o = quad.Bool(true)
		case graph.NodeValue:
			o = other
		case graph.ClassValue:
			o = quad.IRI(classes[p.Subject])
		case graph.WikidataValue:
			o = quad.IRI(graph.WikidataNS + "Q1")
		case graph.RelationValue:
			o = quad.IRI(graph.PredicateIRI(graph.RelAllyOf))
		default:
			panic(fmt.Sprintf("summary row %s: summaryWorld writes no %s value; teach it one", p.Predicate, p.Datatype))
		}
		add(s, p.Predicate, o)
	}
	return qs
}

// shownViews is everything the store shows of a summaryWorld: its article
// list, both entities' details and neighbourhoods, the event list and the
// event, a search and the property-graph exports.
func shownViews(t *testing.T, qs []quad.Quad) string {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, "memory", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var in bytes.Buffer
	w := nquads.NewWriter(&in)
	if _, err := w.WriteQuads(qs); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Import(ctx, &in, "nquads"); err != nil {
		t.Fatalf("Import: %v", err)
	}
	var out strings.Builder
	show := func(name string, v any, err error) {
		b, _ := json.Marshal(v)
		fmt.Fprintf(&out, "%s: %s (%v)\n", name, b, err)
	}
	arts, _, err := s.Articles(ctx, 0, 0)
	show("articles", arts, err)
	for _, id := range []string{"0e000000-0000-4000-8000-000000000001", "0e000000-0000-4000-8000-000000000002"} {
		d, err := s.EntityPage(ctx, id, 0, 0)
		show("entity "+id, d, err)
		n, err := s.Neighbors(ctx, id, 2, 100)
		show("neighbours "+id, n, err)
	}
	evs, _, err := s.Events(ctx, graph.EventQuery{})
	show("events", evs, err)
	ev, err := s.Event(ctx, "0f000000-0000-4000-8000-000000000001")
	show("event", ev, err)
	found, _, err := s.SearchEntities(ctx, "", "", 10, 0)
	show("search", found, err)
	for _, f := range []string{"graphml", "csv", "cypher"} {
		var b bytes.Buffer
		err := s.Export(ctx, &b, f, graph.ExportScope{})
		if f == "csv" {
			show(f, unzip(t, b.Bytes()), err)
			continue
		}
		show(f, b.String(), err)
	}
	return out.String()
}

// TestEverySummaryRowIsShown: every summary row of graph.Schema — what the
// store's catalogue keeps at hand — changes what the store shows (an
// entity, article or event view, a neighbourhood, the property-graph
// exports): a world with every row's quad is shown otherwise than the
// same world without one row's. A summary row added to the schema that no
// view builder or export reads fails here.
func TestEverySummaryRowIsShown(t *testing.T) {
	all := shownViews(t, summaryWorld(nil))
	for _, p := range graph.Schema {
		if !p.Summary {
			continue
		}
		t.Run(p.Subject+" "+localName(p.Predicate), func(t *testing.T) {
			if shownViews(t, summaryWorld(&p)) == all {
				t.Errorf("a %s's %s (%s) changes nothing the store shows: read it in the catalogue's views (catalog.go, events.go), "+
					"export it (Property.Export), or make it no summary row", p.Subject, p.Predicate, p.Field)
			}
		})
	}
}
