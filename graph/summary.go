package graph

import (
	"slices"
	"strings"
)

// Summary is what the schema's rows read a node's fields from: the
// objects of its quads as text (ValueText), by predicate; Value a row's one
// value, Values all of a list row's. A node's quads are one (FromQuads); a
// store's summary of a node is another: what it keeps at hand of the node's
// summary rows that are no links (Property.Summary, not Property.Link),
// Value being the one most sources agree on. The views below read a store's
// Summary with the schema's own rows, so a summary row added to the schema
// is read into its field without an edit here.
type Summary interface {
	Value(pred string) string
	Values(pred string) []string
}

// SummaryRows are the rows of the schema a store keeps at hand as values of
// nodes of a kind: summary rows that are no links, in the schema's order.
// The slice is shared: do not change it.
func SummaryRows(kind string) []Property { return summaryRows[kind] }

var summaryRows = func() map[string][]Property {
	out := map[string][]Property{}
	for _, p := range Schema {
		if p.Summary && !p.Link {
			out[p.Subject] = append(out[p.Subject], p)
		}
	}
	return out
}()

// summaryFields are the fields of a shape that hold a summary value (and,
// with links, those that hold a summary link): what reading a node from its
// summary reads.
func summaryFields[T any](s shape[T], links bool) shape[T] {
	out := shape[T]{kind: s.kind}
	for _, f := range s.fields {
		if f.read != nil && slices.ContainsFunc(f.props, func(p Property) bool { return p.Summary && (links || !p.Link) }) {
			out.fields = append(out.fields, f)
		}
	}
	return out
}

var (
	// noNodes is the reader of a node read alone: no other node to follow.
	noNodes        = &reader{}
	entitySummary  = summaryFields(entityShape, false)
	eventSummary   = summaryFields(eventShape, true)
	articleSummary = summaryFields(articleShape, false)
)

// EntityFromSummary reads an entity from its summary: every field a summary
// row holds; no mentions.
func EntityFromSummary(id string, s Summary) Entity {
	e := Entity{ID: id}
	entitySummary.read(noNodes, node{id: id}, s, &e)
	return e
}

// EventFromSummary reads an event from its summary: every field a summary
// row holds, its links included: its place and its participants with their
// roles, each the entity ids a link row's predicate gives (Value the one
// most sources agree on, Values all).
func EventFromSummary(id string, s Summary) Event {
	ev := Event{ID: id}
	eventSummary.read(noNodes, node{id: id}, s, &ev)
	return ev
}

// ArticleFromSummary reads an article from its summary; entity gives the
// summary of an entity it names (its publisher), nil for one unknown. The
// publisher is named, not given by id: PublisherID is left empty, so that
// telling a known organisation's id from one minted from the name (which
// costs minting it) is left to FromQuads.
func ArticleFromSummary(id string, s Summary, entity func(id string) Summary) Article {
	r := &reader{other: func(kind, id string) Summary {
		if kind == KindEntity {
			if s := entity(id); s != nil {
				return s
			}
		}
		return props(nil)
	}}
	var x Extraction
	articleSummary.read(r, node{id: id}, s, &x)
	x.Article.ID = id
	x.Article.PublisherID = ""
	return x.Article
}

// The values below are what lists and rankings read of many nodes: a
// node's display name and type, an article's sort keys. Each is read with
// the schema row that holds it, but without reading the whole node.

// EntityRefFromSummary names an entity for display from its summary: its
// type and name as the rows of Entity.Type and Entity.Name read them; Name
// is "" for an entity with no name.
func EntityRefFromSummary(id string, s Summary) NodeRef {
	return NodeRef{ID: id, Kind: KindEntity, Type: string(typeOf(s)), Name: entityName.value(s)}
}

// EventRefFromSummary names an event for display from its summary: its
// type (the row of Event.Type) and the name written for it (EventName).
func EventRefFromSummary(id string, s Summary) NodeRef {
	return NodeRef{ID: id, Kind: KindEvent, Type: eventType.value(s), Name: eventNameField.value(s)}
}

// ArticleOrderFromSummary reads what lists order articles by (newest
// first, then by title): the rows of Article.Published and Article.Title.
func ArticleOrderFromSummary(id string, s Summary) Article {
	return Article{ID: id, Published: articlePublished.value(s), Title: articleTitle.value(s)}
}

// ArticlePublisherFromSummary is the id of the entity an article's summary
// names as its publisher (a known organisation's or the one minted from
// the name), as the publisher row reads it; "" when it names none.
func ArticlePublisherFromSummary(s Summary) string {
	var x Extraction
	articlePublisher.read(noNodes, node{}, s, &x)
	return x.Article.PublisherID
}

// Exported gives a node's summary values as the property-graph exports name
// them (Property.Export): each exported row's value, as the domain reads it
// (an entity's class as its type, a Wikidata IRI as its QID).
func Exported(kind string, s Summary) map[string]string {
	out := make(map[string]string, len(summaryRows[kind])+1) // and the caller's node kind
	for _, p := range summaryRows[kind] {
		if p.Export == "" {
			continue
		}
		v := s.Value(p.Predicate)
		switch p.Datatype {
		case ClassValue:
			t, _ := EntityTypeOfClass(v)
			v = string(t)
		case WikidataValue:
			v, _ = strings.CutPrefix(v, WikidataNS)
		}
		out[p.Export] = v
	}
	return out
}
