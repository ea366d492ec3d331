package graph

import (
	"cmp"
	"maps"
	"slices"
	"strconv"
	"strings"

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
}

// Schema is every property an extraction is written with, node kind by
// node kind, in the order Quads writes them. Quads and FromQuads are made
// from the same rows (schema.go), so a field added to a row is written and
// read back alike.
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
	text(Property{Predicate: PredHeadline, Field: "Article.Title", Optional: true, Summary: true},
		func(x *Extraction) *string { return &x.Article.Title }),
	text(Property{Predicate: PredDatePublished, Field: "Article.Published", Optional: true, Summary: true},
		func(x *Extraction) *string { return &x.Article.Published }),
	text(Property{Predicate: PredURL, Field: "Article.URL", Optional: true, Summary: true},
		func(x *Extraction) *string { return &x.Article.URL }),
	sourceName(),
	text(Property{Predicate: PredText, Field: "Extraction.Body", Optional: true},
		func(x *Extraction) *string { return &x.Body }),
	publisher(),
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

var entityShape = shape[Entity]{kind: KindEntity, fields: []field[Entity]{
	id(func(e *Entity) *string { return &e.ID }),
	entityClass(),
	text(Property{Predicate: PredName, Field: "Entity.Name", Summary: true},
		func(e *Entity) *string { return &e.Name }),
	aliases(),
	text(Property{Predicate: PredCountryCode, Field: "Entity.Country", Optional: true, Summary: true},
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
	entity(Property{Predicate: PredEntity, Field: "the Entity whose Mentions it is in (none for Extraction.Names)", Optional: true},
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
	entity(Property{Predicate: PredSubject, Field: "Relation.Subject"}, func(r *Relation) *string { return &r.Subject }),
	relation(),
	entity(Property{Predicate: PredObject, Field: "Relation.Object"}, func(r *Relation) *string { return &r.Object }),
	decimal(Property{Predicate: PredConfidence, Field: "Relation.Confidence"}, func(r *Relation) *float64 { return &r.Confidence }),
	text(Property{Predicate: PredRole, Field: "Relation.Role", Optional: true}, func(r *Relation) *string { return &r.Role }),
	text(Property{Predicate: PredValidFrom, Field: "Relation.ValidFrom", Optional: true}, func(r *Relation) *string { return &r.ValidFrom }),
	text(Property{Predicate: PredValidUntil, Field: "Relation.ValidUntil", Optional: true}, func(r *Relation) *string { return &r.ValidUntil }),
	entity(Property{Predicate: PredAttributedTo, Field: "Relation.Attributed", Optional: true}, func(r *Relation) *string { return &r.Attributed }),
	evidence(func(r *Relation) (*Evidence, *float64) { return &r.Evidence, &r.Confidence }),
}}

var eventShape = shape[Event]{kind: KindEvent, fields: []field[Event]{
	id(func(ev *Event) *string { return &ev.ID }),
	class[Event](ClassEvent, true),
	text(Property{Predicate: PredEventType, Field: "Event.Type", Summary: true}, func(ev *Event) *string { return &ev.Type }),
	eventName(),
	text(Property{Predicate: PredCAMEO, Field: "Event.CAMEO", Optional: true, Summary: true}, func(ev *Event) *string { return &ev.CAMEO }),
	// A Goldstein score belongs to a CAMEO code: an event with none has none.
	when(func(ev *Event) bool { return ev.CAMEO != "" },
		decimal(Property{Predicate: PredGoldstein, Field: "Event.Goldstein (with Event.CAMEO)", Optional: true, Summary: true},
			func(ev *Event) *float64 { return &ev.Goldstein })),
	text(Property{Predicate: PredStartDate, Field: "Event.Date", Optional: true, Summary: true}, func(ev *Event) *string { return &ev.Date }),
	entity(Property{Predicate: PredLocation, Field: "Event.Location", Optional: true, Summary: true}, func(ev *Event) *string { return &ev.Location }),
	text(Property{Predicate: PredStatus, Field: "Event.Status", Optional: true, Summary: true}, func(ev *Event) *string { return &ev.Status }),
	entity(Property{Predicate: PredAttributedTo, Field: "Event.Attributed", Optional: true}, func(ev *Event) *string { return &ev.Attributed }),
	participants(),
	inArticle[Event](),
	// An event's confidence is stored on its evidence only: an event
	// without evidence reads back with none.
	evidence(func(ev *Event) (*Evidence, *float64) { return &ev.Evidence, &ev.Confidence }),
}}

// ParticipantRoles gives the predicate of each participant role.
var ParticipantRoles = []struct{ Role, Predicate string }{
	{RoleActor, PredActor}, {RoleTarget, PredTarget}, {RoleParticipant, PredParticipant},
}

var quoteShape = shape[Quote]{kind: KindQuote, fields: []field[Quote]{
	id(func(q *Quote) *string { return &q.ID }),
	class[Quote](ClassQuote, false),
	inArticle[Quote](),
	text(Property{Predicate: PredText, Field: "Quote.Text"}, func(q *Quote) *string { return &q.Text }),
	boolean(Property{Predicate: PredDirect, Field: "Quote.Direct"}, func(q *Quote) *bool { return &q.Direct }),
	entity(Property{Predicate: PredSpeaker, Field: "Quote.Speaker", Optional: true, Summary: true}, func(q *Quote) *string { return &q.Speaker }),
	text(Property{Predicate: PredSourceDesc, Field: "Quote.Source", Optional: true}, func(q *Quote) *string { return &q.Source }),
	text(Property{Predicate: PredStartDate, Field: "Quote.Date", Optional: true}, func(q *Quote) *string { return &q.Date }),
	entities(Property{Predicate: PredAbout, Field: "Quote.About", Summary: true}, func(q *Quote) *[]string { return &q.About }),
	// A quote is certain to have been said: its evidence's confidence is 1.
	evidence(func(q *Quote) (*Evidence, *float64) { one := 1.0; return &q.Evidence, &one }),
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
	decimal(Property{Predicate: PredConfidence, Field: "Relation.Confidence, Event.Confidence (1 for a quote)"},
		func(e *evidenceNode) *float64 { return &e.Confidence }),
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
// names the least of them as its Source.
func FromQuads(articleID string, qs []quad.Quad) Extraction {
	r := newReader(qs)
	x := Extraction{Names: []Mention{}}
	articleShape.read(r, node{id: articleID}, r.nodes[KindArticle][articleID], &x)
	x.Article.ID = articleID
	dropPublisher(&x)
	return x
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

// publisherID is the id of an article's publisher's entity node.
func publisherID(a Article) string {
	if a.PublisherID != "" {
		return a.PublisherID
	}
	return EntityID(EntityKey{Type: Organization, Name: a.Publisher})
}

// The machinery the shapes are made of.

// node is a node being written or read: its IRI and its id.
type node struct {
	iri quad.IRI
	id  string
}

// field binds properties of a node to the domain value they are written
// from and read into. A field with no properties writes no quad of the node
// (an id, a list of other nodes); a field with no read is not read back (a
// constant class, a derived name).
type field[T any] struct {
	props []Property
	write func(w *writer, n node, v *T)
	read  func(r *reader, n node, p props, v *T)
}

// shape is the fields of one kind of node, in the order they are written.
type shape[T any] struct {
	kind   string
	fields []field[T]
}

func (s shape[T]) write(w *writer, n node, v *T) {
	for _, f := range s.fields {
		f.write(w, n, v)
	}
}

func (s shape[T]) read(r *reader, n node, p props, v *T) {
	for _, f := range s.fields {
		if f.read != nil {
			f.read(r, n, p, v)
		}
	}
}

func (s shape[T]) properties() []Property {
	var out []Property
	for _, f := range s.fields {
		for _, p := range f.props {
			if p.Subject == "" {
				p.Subject = s.kind
			}
			out = append(out, p)
		}
	}
	return out
}

// writer collects an extraction's quads.
type writer struct {
	x   *Extraction
	art quad.IRI // the article's node, also every quad's label
	qs  []quad.Quad
}

func (w *writer) add(s quad.Value, p string, o quad.Value) {
	w.qs = append(w.qs, quad.Quad{Subject: s, Predicate: quad.IRI(p), Object: o, Label: w.art})
}

// reader holds an article's quads by node, and its mentions read once.
type reader struct {
	nodes    map[string]map[string]props // kind → id → props
	mentions map[string][]Mention        // entity id → its mentions
	names    []Mention
}

func newReader(qs []quad.Quad) *reader {
	r := &reader{nodes: map[string]map[string]props{}, mentions: map[string][]Mention{}}
	for _, q := range qs {
		iri, ok := q.Subject.(quad.IRI)
		if !ok {
			continue
		}
		kind, id, ok := ParseIRI(string(iri))
		if !ok {
			continue
		}
		pred, ok := q.Predicate.(quad.IRI)
		if !ok {
			continue
		}
		if r.nodes[kind] == nil {
			r.nodes[kind] = map[string]props{}
		}
		if r.nodes[kind][id] == nil {
			r.nodes[kind][id] = props{}
		}
		r.nodes[kind][id][string(pred)] = append(r.nodes[kind][id][string(pred)], q.Object)
	}
	for id, p := range r.nodes[KindMention] {
		var m mentionNode
		mentionShape.read(r, node{id: id}, p, &m)
		if m.Entity != "" {
			r.mentions[m.Entity] = append(r.mentions[m.Entity], m.Mention)
		} else {
			r.names = append(r.names, m.Mention)
		}
	}
	return r
}

// props is one node's quads, by predicate.
type props map[string][]quad.Value

// text is the first value of a predicate as text: a literal's value, the id
// of one of our nodes, any other IRI in full.
func (p props) text(pred string) string {
	if vs := p[pred]; len(vs) > 0 {
		return ValueText(vs[0])
	}
	return ""
}

func (p props) texts(pred string) []string {
	var out []string
	for _, v := range p[pred] {
		out = append(out, ValueText(v))
	}
	return out
}

// ValueText is the text of a quad's object as the domain reads it: a
// literal's value, the id of one of our nodes, any other IRI in full.
func ValueText(v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.IRI:
		if _, id, ok := ParseIRI(string(v)); ok {
			return id
		}
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.Int:
		return strconv.FormatInt(int64(v), 10)
	case quad.Bool:
		return strconv.FormatBool(bool(v))
	case nil:
		return ""
	default:
		return v.String()
	}
}

func text[T any](p Property, at func(*T) *string) field[T] {
	p.Datatype = StringValue
	return field[T]{props: []Property{p},
		write: func(w *writer, n node, v *T) {
			if s := *at(v); s != "" || !p.Optional {
				w.add(n.iri, p.Predicate, quad.String(s))
			}
		},
		read: func(_ *reader, _ node, ps props, v *T) { *at(v) = ps.text(p.Predicate) },
	}
}

func integer[T any](p Property, at func(*T) *int) field[T] {
	p.Datatype = IntegerValue
	return field[T]{props: []Property{p},
		write: func(w *writer, n node, v *T) { w.add(n.iri, p.Predicate, quad.Int(*at(v))) },
		read: func(_ *reader, _ node, ps props, v *T) {
			*at(v), _ = strconv.Atoi(ps.text(p.Predicate))
		},
	}
}

func decimal[T any](p Property, at func(*T) *float64) field[T] {
	p.Datatype = DecimalValue
	return field[T]{props: []Property{p},
		write: func(w *writer, n node, v *T) {
			w.add(n.iri, p.Predicate, quad.TypedString{
				Value: quad.String(strconv.FormatFloat(*at(v), 'f', -1, 64)),
				Type:  "http://www.w3.org/2001/XMLSchema#decimal",
			})
		},
		read: func(_ *reader, _ node, ps props, v *T) {
			*at(v), _ = strconv.ParseFloat(ps.text(p.Predicate), 64)
		},
	}
}

func boolean[T any](p Property, at func(*T) *bool) field[T] {
	p.Datatype = BooleanValue
	return field[T]{props: []Property{p},
		write: func(w *writer, n node, v *T) { w.add(n.iri, p.Predicate, quad.Bool(*at(v))) },
		read: func(_ *reader, _ node, ps props, v *T) {
			*at(v), _ = strconv.ParseBool(ps.text(p.Predicate))
		},
	}
}

// entity binds an entity id written as the entity node's IRI.
func entity[T any](p Property, at func(*T) *string) field[T] {
	p.Datatype, p.Object = NodeValue, KindEntity
	return field[T]{props: []Property{p},
		write: func(w *writer, n node, v *T) {
			if id := *at(v); id != "" || !p.Optional {
				w.add(n.iri, p.Predicate, quad.IRI(IRI(KindEntity, id)))
			}
		},
		read: func(_ *reader, _ node, ps props, v *T) { *at(v) = ps.text(p.Predicate) },
	}
}

// entities binds a list of entity ids, read back sorted.
func entities[T any](p Property, at func(*T) *[]string) field[T] {
	p.Datatype, p.Object, p.Many = NodeValue, KindEntity, true
	return field[T]{props: []Property{p},
		write: func(w *writer, n node, v *T) {
			for _, id := range *at(v) {
				w.add(n.iri, p.Predicate, quad.IRI(IRI(KindEntity, id)))
			}
		},
		read: func(_ *reader, _ node, ps props, v *T) {
			*at(v) = ps.texts(p.Predicate)
			slices.Sort(*at(v))
		},
	}
}

// class writes a node's constant class.
func class[T any](iri string, summary bool) field[T] {
	p := Property{Predicate: PredType, Datatype: ClassValue, Field: "(the class " + iri + ")", Summary: summary}
	return field[T]{props: []Property{p},
		write: func(w *writer, n node, _ *T) { w.add(n.iri, PredType, quad.IRI(iri)) },
	}
}

// id reads a node's id into the field that holds it.
func id[T any](at func(*T) *string) field[T] {
	return field[T]{
		write: func(*writer, node, *T) {},
		read:  func(_ *reader, n node, _ props, v *T) { *at(v) = n.id },
	}
}

// inArticle links a node to the article it was read from.
func inArticle[T any]() field[T] {
	p := Property{Predicate: PredInArticle, Datatype: NodeValue, Object: KindArticle, Field: "(the article)"}
	return field[T]{props: []Property{p},
		write: func(w *writer, n node, _ *T) { w.add(n.iri, PredInArticle, w.art) },
	}
}

// when writes a field only where a condition on the value holds.
func when[T any](cond func(*T) bool, f field[T]) field[T] {
	write := f.write
	f.write = func(w *writer, n node, v *T) {
		if cond(v) {
			write(w, n, v)
		}
	}
	return f
}

// nodes writes a list of values as nodes of a kind, each with its id, and
// reads back every node of that kind, in order.
func nodes[T, C any](kind string, list func(*T) *[]C, s shape[C], id func(*writer, *C) string, order func(a, b C) int) field[T] {
	return field[T]{
		write: func(w *writer, _ node, v *T) {
			for i := range *list(v) {
				c := &(*list(v))[i]
				cid := id(w, c)
				s.write(w, node{iri: quad.IRI(IRI(kind, cid)), id: cid}, c)
			}
		},
		read: func(r *reader, _ node, _ props, v *T) {
			for cid, ps := range r.nodes[kind] {
				var c C
				s.read(r, node{id: cid}, ps, &c)
				*list(v) = append(*list(v), c)
			}
			slices.SortFunc(*list(v), order)
		},
	}
}

// sourceName is the input an article was read from; the same article read
// from several inputs has several, and reads back the least.
func sourceName() field[Extraction] {
	p := Property{Predicate: PredSourceName, Datatype: StringValue, Field: "Extraction.Source", Optional: true, Summary: true}
	return field[Extraction]{props: []Property{p},
		write: func(w *writer, n node, x *Extraction) {
			if x.Source != "" {
				w.add(n.iri, PredSourceName, quad.String(x.Source))
			}
		},
		read: func(_ *reader, _ node, ps props, x *Extraction) {
			if names := ps.texts(PredSourceName); len(names) > 0 {
				x.Source = slices.Min(names)
			}
		},
	}
}

// publisher is an entity node of the publisher's name, so that the outlet
// is one node whether it publishes or is cited. Its id is PublisherID when
// the extraction knows the organisation, otherwise minted from the name;
// only the former is read back into PublisherID.
func publisher() field[Extraction] {
	p := Property{Predicate: PredPublisher, Datatype: NodeValue, Object: KindEntity,
		Field: "Article.Publisher (the entity's name), Article.PublisherID", Optional: true, Summary: true}
	return field[Extraction]{props: []Property{p},
		write: func(w *writer, n node, x *Extraction) {
			if x.Article.Publisher == "" {
				return
			}
			pub := quad.IRI(IRI(KindEntity, publisherID(x.Article)))
			w.add(n.iri, PredPublisher, pub)
			w.add(pub, PredType, quad.IRI(ClassOf(Organization)))
			w.add(pub, PredName, quad.String(x.Article.Publisher))
		},
		read: func(r *reader, _ node, ps props, x *Extraction) {
			pub := ps.text(PredPublisher)
			if pub == "" {
				return
			}
			x.Article.Publisher = r.nodes[KindEntity][pub].text(PredName)
			if pub != publisherID(x.Article) {
				x.Article.PublisherID = pub
			}
		},
	}
}

// names are the mentions that name no entity: mention nodes with no
// ag:entity.
func names() field[Extraction] {
	p := Property{Predicate: PredMention, Datatype: NodeValue, Object: KindMention, Field: "Extraction.Names", Many: true}
	return field[Extraction]{props: []Property{p},
		write: func(w *writer, _ node, x *Extraction) {
			for _, m := range x.Names {
				w.mention(m, "")
			}
		},
		read: func(r *reader, _ node, _ props, x *Extraction) {
			x.Names = append(x.Names, r.names...)
			slices.SortFunc(x.Names, byOffset)
		},
	}
}

// mention writes a mention node of the article.
func (w *writer) mention(m Mention, entity string) {
	id := MentionID(w.x.Article.ID, m.Start, m.End)
	n := node{iri: quad.IRI(IRI(KindMention, id)), id: id}
	w.add(w.art, PredMention, n.iri)
	mentionShape.write(w, n, &mentionNode{Mention: m, Entity: entity})
}

func byOffset(a, b Mention) int {
	return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
}

// mentions links the article to an entity it mentions and to each mention
// node.
func mentions() field[Entity] {
	return field[Entity]{
		props: []Property{
			{Subject: KindArticle, Predicate: PredMentions, Datatype: NodeValue, Object: KindEntity,
				Field: "Entity.Mentions (not empty)", Optional: true, Summary: true},
			{Subject: KindArticle, Predicate: PredMention, Datatype: NodeValue, Object: KindMention,
				Field: "Entity.Mentions", Many: true},
		},
		write: func(w *writer, n node, e *Entity) {
			if len(e.Mentions) > 0 {
				w.add(w.art, PredMentions, n.iri)
			}
			for _, m := range e.Mentions {
				w.mention(m, e.ID)
			}
		},
		read: func(r *reader, n node, _ props, e *Entity) {
			e.Mentions = slices.Clone(r.mentions[n.id])
			slices.SortFunc(e.Mentions, byOffset)
		},
	}
}

func entityClass() field[Entity] {
	p := Property{Predicate: PredType, Datatype: ClassValue, Field: "Entity.Type (ClassOf)", Summary: true}
	return field[Entity]{props: []Property{p},
		write: func(w *writer, n node, e *Entity) { w.add(n.iri, PredType, quad.IRI(ClassOf(e.Type))) },
		read: func(_ *reader, _ node, ps props, e *Entity) {
			e.Type, _ = EntityTypeOfClass(ps.text(PredType))
		},
	}
}

// aliases are an entity's other names; the name itself is not repeated.
func aliases() field[Entity] {
	p := Property{Predicate: PredAlternateName, Datatype: StringValue, Field: "Entity.Aliases (but Entity.Name)", Many: true, Summary: true}
	return field[Entity]{props: []Property{p},
		write: func(w *writer, n node, e *Entity) {
			for _, a := range e.Aliases {
				if a != e.Name {
					w.add(n.iri, PredAlternateName, quad.String(a))
				}
			}
		},
		read: func(_ *reader, _ node, ps props, e *Entity) {
			e.Aliases = ps.texts(PredAlternateName)
			slices.Sort(e.Aliases)
		},
	}
}

func wikidata() field[Entity] {
	p := Property{Predicate: PredSameAs, Datatype: WikidataValue, Field: "Entity.Wikidata", Optional: true, Summary: true}
	return field[Entity]{props: []Property{p},
		write: func(w *writer, n node, e *Entity) {
			if e.Wikidata != "" {
				w.add(n.iri, PredSameAs, quad.IRI(WikidataNS+e.Wikidata))
			}
		},
		read: func(_ *reader, _ node, ps props, e *Entity) {
			e.Wikidata, _ = strings.CutPrefix(ps.text(PredSameAs), WikidataNS)
		},
	}
}

// relationEdge is a relation's direct edge, subject to object under the
// relation's own predicate; the statement node says the same, so it is not
// read back.
func relationEdge() field[Relation] {
	var ps []Property
	for _, local := range slices.Sorted(maps.Keys(RelationPredicates)) {
		ps = append(ps, Property{Subject: KindEntity, Predicate: PredicateIRI(local), Datatype: NodeValue, Object: KindEntity,
			Field: "Relation (Subject, Predicate " + local + ", Object)", Summary: true})
	}
	return field[Relation]{props: ps,
		write: func(w *writer, _ node, r *Relation) {
			w.add(quad.IRI(IRI(KindEntity, r.Subject)), PredicateIRI(r.Predicate), quad.IRI(IRI(KindEntity, r.Object)))
		},
	}
}

// relation is a statement's predicate; an IRI that is no relation of the
// vocabulary reads back as none.
func relation() field[Relation] {
	p := Property{Predicate: PredPredicate, Datatype: RelationValue, Field: "Relation.Predicate"}
	return field[Relation]{props: []Property{p},
		write: func(w *writer, n node, r *Relation) {
			w.add(n.iri, PredPredicate, quad.IRI(PredicateIRI(r.Predicate)))
		},
		read: func(_ *reader, _ node, ps props, r *Relation) {
			local, ok := strings.CutPrefix(ps.text(PredPredicate), VocabNS)
			if _, known := RelationPredicates[local]; ok && known {
				r.Predicate = local
			}
		},
	}
}

// eventName is the event's name for display (EventName), made from its
// fields and not read back.
func eventName() field[Event] {
	p := Property{Predicate: PredName, Datatype: StringValue, Field: "EventName(Event)", Summary: true}
	return field[Event]{props: []Property{p},
		write: func(w *writer, n node, ev *Event) {
			w.add(n.iri, PredName, quad.String(EventName(*ev, w.x.Entities)))
		},
	}
}

// participants writes each participant under its role's predicate, with
// its actor code as "<entity id>=<code>": the code belongs to the
// participation, not to the entity.
func participants() field[Event] {
	var ps []Property
	for _, r := range ParticipantRoles {
		ps = append(ps, Property{Predicate: r.Predicate, Datatype: NodeValue, Object: KindEntity,
			Field: "Event.Participants: Participant.Entity with Participant.Role " + r.Role, Many: true, Summary: true})
	}
	ps = append(ps, Property{Predicate: PredActorCode, Datatype: StringValue, Field: "Event.Participants: Participant.Entity=Participant.Code", Many: true})
	return field[Event]{props: ps,
		write: func(w *writer, n node, ev *Event) {
			for _, p := range ev.Participants {
				pred := PredParticipant
				for _, r := range ParticipantRoles {
					if r.Role == p.Role {
						pred = r.Predicate
					}
				}
				w.add(n.iri, pred, quad.IRI(IRI(KindEntity, p.Entity)))
				if p.Code != "" {
					w.add(n.iri, PredActorCode, quad.String(p.Entity+"="+p.Code))
				}
			}
		},
		read: func(_ *reader, _ node, ps props, ev *Event) {
			codes := map[string]string{}
			for _, c := range ps.texts(PredActorCode) {
				if e, code, ok := strings.Cut(c, "="); ok {
					codes[e] = code
				}
			}
			for _, r := range ParticipantRoles {
				for _, e := range ps.texts(r.Predicate) {
					ev.Participants = append(ev.Participants, Participant{Entity: e, Role: r.Role, Code: codes[e]})
				}
			}
			slices.SortFunc(ev.Participants, func(a, b Participant) int {
				return cmp.Or(cmp.Compare(a.Role, b.Role), cmp.Compare(a.Entity, b.Entity))
			})
		},
	}
}

// evidence links a fact to the node of the span it was read from, with the
// fact's confidence; an empty span writes none.
func evidence[T any](at func(*T) (*Evidence, *float64)) field[T] {
	p := Property{Predicate: PredEvidence, Datatype: NodeValue, Object: KindEvidence, Field: "Evidence", Optional: true}
	return field[T]{props: []Property{p},
		write: func(w *writer, n node, v *T) {
			e, conf := at(v)
			if e.Text == "" && e.Start == 0 && e.End == 0 {
				return
			}
			id := EvidenceID(w.x.Article.ID, n.id, e.Start, e.End)
			en := node{iri: quad.IRI(IRI(KindEvidence, id)), id: id}
			w.add(n.iri, PredEvidence, en.iri)
			evidenceShape.write(w, en, &evidenceNode{Evidence: *e, Confidence: *conf})
		},
		read: func(r *reader, _ node, ps props, v *T) {
			id := ps.text(PredEvidence)
			ep := r.nodes[KindEvidence][id]
			if ep == nil {
				return
			}
			var en evidenceNode
			evidenceShape.read(r, node{id: id}, ep, &en)
			e, conf := at(v)
			*e, *conf = en.Evidence, en.Confidence
		},
	}
}
