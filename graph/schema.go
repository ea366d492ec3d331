package graph

import (
	"cmp"
	"slices"

	"github.com/cayleygraph/quad"
)

// Datatype is how a property's value is written as a quad's object.
type Datatype string

// The datatypes of the schema.
const (
	StringValue   Datatype = "string"    // a plain literal
	IntegerValue  Datatype = "integer"   // xsd:integer
	DecimalValue  Datatype = "decimal"   // xsd:decimal in its shortest form
	BooleanValue  Datatype = "boolean"   // xsd:boolean
	NodeValue     Datatype = "node"      // the IRI of one of our nodes, of the kind Property.Object
	ClassValue    Datatype = "class"     // a class IRI (rdf:type)
	RelationValue Datatype = "predicate" // a relation predicate's IRI (PredicateIRI)
	WikidataValue Datatype = "wikidata"  // a Wikidata entity's IRI
)

// Property is one row of the schema: a predicate as the nodes of one kind
// use it, what its object is and which domain field it holds.
type Property struct {
	Subject   string // kind of the subject node: KindArticle, KindEntity…
	Predicate string // IRI
	Datatype  Datatype
	Object    string // kind of the object node, for NodeValue
	Field     string // the domain field it holds, as Go names it
	Many      bool   // one quad per element of a list
	Optional  bool   // no quad when the field is empty
	// Summary marks what lists and neighbourhoods show without reading
	// the node itself: a store keeps these at hand (cayleystore's
	// catalogue).
	Summary bool
	// Link marks a summary row whose object is another node that a store
	// counts per article as an edge of the graph (a relation, an event's
	// or a quote's entities, an article's mentions) rather than keeping
	// as a value of its subject.
	Link bool
	// Export is the name the property-graph exports (GraphML, CSV,
	// Cypher) give a summary value of an entity or event: "label",
	// "type", "country"…; "" for a value they do not carry.
	Export string
	// Anchor marks a row whose object is a node its subject is said of
	// (a statement's subject and object, a quote's speaker, a mention's
	// entity): an export of part of the graph keeps the subject only when
	// it keeps every node its anchor rows name (AnchorPredicates).
	Anchor bool
	// KeptOnRewrite marks a row of an article whose values a store keeps
	// when the article is written again: the names of the inputs it was
	// read from, since where a copy was read is no part of what it says
	// and reading the copies again must change nothing (KeptOnRewrite).
	KeptOnRewrite bool
}

// Schema is every property an extraction is written with, node kind by
// node kind, each kind's in the order Quads writes a node of it. Quads and
// FromQuads are made from the same rows (the shapes below), so a field
// given a row is written and read back alike.
var Schema = slices.Concat(
	articleShape.properties(),
	entityShape.properties(),
	mentionShape.properties(),
	statementShape.properties(),
	eventShape.properties(),
	quoteShape.properties(),
	evidenceShape.properties(),
)

// Each shape below lists the fields of one kind of node in the order their
// quads are written; the order is part of the format (`extract --format
// nquads` prints it).

// articleShape is the root: an extraction is its article node with the
// nodes read from the body.
var articleShape = shape[Extraction]{kind: KindArticle, fields: []field[Extraction]{
	class[Extraction](ClassNewsArticle, true),
	articleTitle,
	articlePublished,
	text(Property{Predicate: PredURL, Field: "Article.URL", Optional: true, Summary: true},
		func(x *Extraction) *string { return &x.Article.URL }),
	sourceName(),
	text(Property{Predicate: PredText, Field: "Extraction.Body", Optional: true},
		func(x *Extraction) *string { return &x.Body }),
	articlePublisher,
	nodes(KindEntity, func(x *Extraction) *[]Entity { return &x.Entities }, entityShape,
		func(_ *writer, e *Entity) string { return e.ID },
		func(a, b Entity) int { return cmp.Compare(a.ID, b.ID) }),
	names(),
	nodes(KindStatement, func(x *Extraction) *[]Relation { return &x.Relations }, statementShape,
		func(w *writer, r *Relation) string {
			return StatementID(w.x.Article.ID, r.Subject, r.Predicate, r.Object)
		},
		func(a, b Relation) int {
			return cmp.Or(cmp.Compare(a.Subject, b.Subject), cmp.Compare(a.Predicate, b.Predicate),
				cmp.Compare(a.Object, b.Object), cmp.Compare(a.Evidence.Start, b.Evidence.Start))
		}),
	nodes(KindEvent, func(x *Extraction) *[]Event { return &x.Events }, eventShape,
		func(_ *writer, ev *Event) string { return ev.ID },
		func(a, b Event) int { return cmp.Compare(a.ID, b.ID) }),
	nodes(KindQuote, func(x *Extraction) *[]Quote { return &x.Quotes }, quoteShape,
		func(_ *writer, q *Quote) string { return q.ID },
		func(a, b Quote) int { return cmp.Compare(a.ID, b.ID) }),
}}

// The fields lists and rankings read alone from a node's summary
// (summary.go), named so that they are read with the very rows written.
var (
	articleTitle = text(Property{Predicate: PredHeadline, Field: "Article.Title", Optional: true, Summary: true},
		func(x *Extraction) *string { return &x.Article.Title })
	articlePublished = text(Property{Predicate: PredDatePublished, Field: "Article.Published", Optional: true, Summary: true},
		func(x *Extraction) *string { return &x.Article.Published })
	articlePublisher = publisher()
	entityType       = entityClass()
	entityAliases    = aliases()
	entityName       = text(Property{Predicate: PredName, Field: "Entity.Name", Summary: true, Export: "label"},
		func(e *Entity) *string { return &e.Name })
	eventType = text(Property{Predicate: PredEventType, Field: "Event.Type", Summary: true, Export: "type"},
		func(ev *Event) *string { return &ev.Type })
	eventNameField = eventName()
	// What a view of one article's statement of a relation reads
	// (StatementFromNode).
	statementConfidence = decimal(Property{Predicate: PredConfidence, Field: "Relation.Confidence"},
		func(r *Relation) *float64 { return &r.Confidence })
	statementRole = text(Property{Predicate: PredRole, Field: "Relation.Role", Optional: true},
		func(r *Relation) *string { return &r.Role })
	statementValidFrom = text(Property{Predicate: PredValidFrom, Field: "Relation.ValidFrom", Optional: true},
		func(r *Relation) *string { return &r.ValidFrom })
	statementValidUntil = text(Property{Predicate: PredValidUntil, Field: "Relation.ValidUntil", Optional: true},
		func(r *Relation) *string { return &r.ValidUntil })
	// The link of a quote to the entity that said it, which an entity's
	// quotes tell from its links to the quotes about it.
	quoteSpeaker = entity(Property{Predicate: PredSpeaker, Field: "Quote.Speaker", Optional: true, Summary: true, Link: true, Anchor: true},
		func(q *Quote) *string { return &q.Speaker })
	evidenceConfidence = decimal(Property{Predicate: PredConfidence, Field: "Relation.Confidence, Event.Confidence (1 for a quote)"},
		func(e *evidenceNode) *float64 { return &e.Confidence })
)

var entityShape = shape[Entity]{kind: KindEntity, fields: []field[Entity]{
	id(func(e *Entity) *string { return &e.ID }),
	entityType,
	entityName,
	entityAliases,
	text(Property{Predicate: PredCountryCode, Field: "Entity.Country", Optional: true, Summary: true, Export: "country"},
		func(e *Entity) *string { return &e.Country }),
	wikidata(),
	mentions(),
}}

// mentionNode is a mention with the entity it names; a name that is no
// entity (Extraction.Names) has none.
type mentionNode struct {
	Mention
	Entity string
}

var mentionShape = shape[mentionNode]{kind: KindMention, fields: []field[mentionNode]{
	class[mentionNode](ClassMention, false),
	entity(Property{Predicate: PredEntity, Field: "the Entity whose Mentions it is in (none for Extraction.Names)", Optional: true, Anchor: true},
		func(m *mentionNode) *string { return &m.Entity }),
	integer(Property{Predicate: PredStart, Field: "Mention.Start"}, func(m *mentionNode) *int { return &m.Start }),
	integer(Property{Predicate: PredEnd, Field: "Mention.End"}, func(m *mentionNode) *int { return &m.End }),
	text(Property{Predicate: PredText, Field: "Mention.Text"}, func(m *mentionNode) *string { return &m.Text }),
	text(Property{Predicate: PredNERLabel, Field: "Mention.Label"}, func(m *mentionNode) *string { return &m.Label }),
}}

// statementShape writes a relation twice: as the direct edge between its
// entities, which neighbourhood queries walk, and as a statement node that
// carries what this article says of it.
var statementShape = shape[Relation]{kind: KindStatement, fields: []field[Relation]{
	relationEdge(),
	class[Relation](ClassStatement, false),
	inArticle[Relation](),
	entity(Property{Predicate: PredSubject, Field: "Relation.Subject", Anchor: true}, func(r *Relation) *string { return &r.Subject }),
	relation(),
	entity(Property{Predicate: PredObject, Field: "Relation.Object", Anchor: true}, func(r *Relation) *string { return &r.Object }),
	statementConfidence,
	statementRole,
	statementValidFrom,
	statementValidUntil,
	entity(Property{Predicate: PredAttributedTo, Field: "Relation.Attributed", Optional: true}, func(r *Relation) *string { return &r.Attributed }),
	evidence("Relation.Evidence", func(r *Relation) (*Evidence, *float64) { return &r.Evidence, &r.Confidence }),
}}

var eventShape = shape[Event]{kind: KindEvent, fields: []field[Event]{
	id(func(ev *Event) *string { return &ev.ID }),
	class[Event](ClassEvent, true),
	eventType,
	eventNameField,
	text(Property{Predicate: PredCAMEO, Field: "Event.CAMEO", Optional: true, Summary: true, Export: "cameo"}, func(ev *Event) *string { return &ev.CAMEO }),
	// A Goldstein score belongs to a CAMEO code: an event with none has none.
	when(func(ev *Event) bool { return ev.CAMEO != "" },
		decimal(Property{Predicate: PredGoldstein, Field: "Event.Goldstein (with Event.CAMEO)", Optional: true, Summary: true, Export: "goldstein"},
			func(ev *Event) *float64 { return &ev.Goldstein })),
	text(Property{Predicate: PredStartDate, Field: "Event.Date", Optional: true, Summary: true, Export: "date"}, func(ev *Event) *string { return &ev.Date }),
	entity(Property{Predicate: PredLocation, Field: "Event.Location", Optional: true, Summary: true, Link: true}, func(ev *Event) *string { return &ev.Location }),
	text(Property{Predicate: PredStatus, Field: "Event.Status", Optional: true, Summary: true, Export: "status"}, func(ev *Event) *string { return &ev.Status }),
	entity(Property{Predicate: PredAttributedTo, Field: "Event.Attributed", Optional: true}, func(ev *Event) *string { return &ev.Attributed }),
	participants(),
	inArticle[Event](),
	// An event's confidence is stored on its evidence only: an event
	// without evidence reads back with none.
	evidence("Event.Evidence", func(ev *Event) (*Evidence, *float64) { return &ev.Evidence, &ev.Confidence }),
	statedIn(),
}}

// participantRoles gives the predicate of each participant role.
var participantRoles = []struct{ Role, Predicate string }{
	{RoleActor, PredActor}, {RoleTarget, PredTarget}, {RoleParticipant, PredParticipant},
}

var quoteShape = shape[Quote]{kind: KindQuote, fields: []field[Quote]{
	id(func(q *Quote) *string { return &q.ID }),
	class[Quote](ClassQuote, false),
	inArticle[Quote](),
	text(Property{Predicate: PredText, Field: "Quote.Text"}, func(q *Quote) *string { return &q.Text }),
	boolean(Property{Predicate: PredDirect, Field: "Quote.Direct"}, func(q *Quote) *bool { return &q.Direct }),
	quoteSpeaker,
	text(Property{Predicate: PredSourceDesc, Field: "Quote.UnnamedSpeaker", Optional: true}, func(q *Quote) *string { return &q.UnnamedSpeaker }),
	text(Property{Predicate: PredStartDate, Field: "Quote.Date", Optional: true}, func(q *Quote) *string { return &q.Date }),
	entities(Property{Predicate: PredAbout, Field: "Quote.About", Summary: true, Link: true}, func(q *Quote) *[]string { return &q.About }),
	// A quote is certain to have been said: its evidence's confidence is 1.
	evidence("Quote.Evidence", func(q *Quote) (*Evidence, *float64) { one := 1.0; return &q.Evidence, &one }),
}}

// evidenceNode is a fact's evidence with the fact's confidence.
type evidenceNode struct {
	Evidence
	Confidence float64
}

var evidenceShape = shape[evidenceNode]{kind: KindEvidence, fields: []field[evidenceNode]{
	class[evidenceNode](ClassEvidence, false),
	inArticle[evidenceNode](),
	integer(Property{Predicate: PredStart, Field: "Evidence.Start"}, func(e *evidenceNode) *int { return &e.Start }),
	integer(Property{Predicate: PredEnd, Field: "Evidence.End"}, func(e *evidenceNode) *int { return &e.End }),
	text(Property{Predicate: PredText, Field: "Evidence.Text"}, func(e *evidenceNode) *string { return &e.Text }),
	evidenceConfidence,
}}

// Quads turns an extraction into the quads that store it, each labelled with
// the article's IRI. The output is deterministic for a given extraction.
func Quads(x Extraction) []quad.Quad {
	w := &writer{x: &x, art: ArticleLabel(x.Article.ID)}
	articleShape.write(w, node{iri: w.art, id: x.Article.ID}, &x)
	return dedupe(w.qs)
}

// FromQuads reads an article's extraction back from the quads under its
// label: what Quads wrote, with lists in a canonical order (entities,
// relations, events and quotes by id or key, mentions by offset, aliases
// and a quote's subjects sorted). The publisher is stored as an entity
// node; it comes back as an entity only when the extraction itself listed
// it, which FromQuads tells by its mentions or by its being named by a
// relation, event or quote. The same article read from several inputs
// names the least of them as its InputName.
func FromQuads(articleID string, qs []quad.Quad) Extraction {
	r := newReader(qs)
	x := Extraction{Names: []Mention{}}
	articleShape.read(r, node{id: articleID}, r.nodes[KindArticle][articleID], &x)
	x.Article.ID = articleID
	dropPublisher(&x)
	x.Article.PublisherID = knownPublisher(x.Article)
	return x
}

// QuoteFromNodes reads a quote from its node's quads and its evidence
// node's (nil when it has none), by predicate, with the rows FromQuads
// reads an article's quotes with: for a store that reads one quote.
func QuoteFromNodes(id string, quote, evidence map[string][]quad.Value) Quote {
	r := &reader{nodes: map[string]map[string]props{}}
	if evs := quote[PredEvidence]; len(evs) > 0 && evidence != nil {
		r.nodes[KindEvidence] = map[string]props{ValueText(evs[0]): evidence}
	}
	var q Quote
	quoteShape.read(r, node{id: id}, props(quote), &q)
	return q
}

// dedupe drops repeated quads, keeping the first of each, so that an
// extraction naming the same fact twice writes it once.
func dedupe(qs []quad.Quad) []quad.Quad {
	seen := make(map[quad.Quad]bool, len(qs))
	out := qs[:0]
	for _, q := range qs {
		if seen[q] {
			continue
		}
		seen[q] = true
		out = append(out, q)
	}
	return out
}

// dropPublisher removes the publisher's entity node from the entities
// unless the extraction listed it: it has mentions or something names it.
func dropPublisher(x *Extraction) {
	if x.Article.Publisher == "" {
		return
	}
	pub := publisherID(x.Article)
	referenced := map[string]bool{}
	for _, r := range x.Relations {
		referenced[r.Subject], referenced[r.Object], referenced[r.Attributed] = true, true, true
	}
	for _, ev := range x.Events {
		referenced[ev.Location], referenced[ev.Attributed] = true, true
		for _, p := range ev.Participants {
			referenced[p.Entity] = true
		}
	}
	for _, q := range x.Quotes {
		referenced[q.Speaker] = true
		for _, a := range q.About {
			referenced[a] = true
		}
	}
	if referenced[pub] {
		return
	}
	var kept []Entity // nil when none is left, as every list but Names
	for _, e := range x.Entities {
		if e.ID != pub || len(e.Mentions) > 0 {
			kept = append(kept, e)
		}
	}
	x.Entities = kept
}

// knownPublisher is the PublisherID of an article read back with its
// publisher's entity id in PublisherID: that id when the extraction knew the
// organisation, "" when it is the one minted from the name.
func knownPublisher(a Article) string {
	if a.PublisherID == EntityID(EntityKey{Type: Organization, Name: a.Publisher}) {
		return ""
	}
	return a.PublisherID
}

// publisherID is the id of an article's publisher's entity node.
func publisherID(a Article) string {
	if a.PublisherID != "" {
		return a.PublisherID
	}
	return EntityID(EntityKey{Type: Organization, Name: a.Publisher})
}
