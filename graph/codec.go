package graph

// The machinery the schema's shapes are made of (schema.go): a field binds
// schema rows to the domain value they are written from and read into.

import (
	"cmp"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
)

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
	read  func(r *reader, n node, p Summary, v *T)
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

func (s shape[T]) read(r *reader, n node, p Summary, v *T) {
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
	// other, when set, gives the values of another node instead of nodes
	// (a node read from a store's summary names its publisher).
	other func(kind, id string) Summary
}

// node gives the values of another node the one being read names.
func (r *reader) node(kind, id string) Summary {
	if r.other != nil {
		return r.other(kind, id)
	}
	return r.nodes[kind][id]
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

// Value is the first value of a predicate as text: a literal's value, the
// id of one of our nodes, any other IRI in full.
func (p props) Value(pred string) string {
	if vs := p[pred]; len(vs) > 0 {
		return ValueText(vs[0])
	}
	return ""
}

func (p props) Values(pred string) []string {
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
		read: func(_ *reader, _ node, ps Summary, v *T) { *at(v) = ps.Value(p.Predicate) },
	}
}

func integer[T any](p Property, at func(*T) *int) field[T] {
	p.Datatype = IntegerValue
	return field[T]{props: []Property{p},
		write: func(w *writer, n node, v *T) { w.add(n.iri, p.Predicate, quad.Int(*at(v))) },
		read: func(_ *reader, _ node, ps Summary, v *T) {
			*at(v), _ = strconv.Atoi(ps.Value(p.Predicate))
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
		read: func(_ *reader, _ node, ps Summary, v *T) {
			*at(v), _ = strconv.ParseFloat(ps.Value(p.Predicate), 64)
		},
	}
}

func boolean[T any](p Property, at func(*T) *bool) field[T] {
	p.Datatype = BooleanValue
	return field[T]{props: []Property{p},
		write: func(w *writer, n node, v *T) { w.add(n.iri, p.Predicate, quad.Bool(*at(v))) },
		read: func(_ *reader, _ node, ps Summary, v *T) {
			*at(v), _ = strconv.ParseBool(ps.Value(p.Predicate))
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
		read: func(_ *reader, _ node, ps Summary, v *T) { *at(v) = ps.Value(p.Predicate) },
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
		read: func(_ *reader, _ node, ps Summary, v *T) {
			*at(v) = ps.Values(p.Predicate)
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
		read:  func(_ *reader, n node, _ Summary, v *T) { *at(v) = n.id },
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
		read: func(r *reader, _ node, _ Summary, v *T) {
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
	p := Property{Predicate: PredSourceName, Datatype: StringValue, Field: "Extraction.InputName", Optional: true, KeptOnRewrite: true}
	return field[Extraction]{props: []Property{p},
		write: func(w *writer, n node, x *Extraction) {
			if x.InputName != "" {
				w.add(n.iri, PredSourceName, quad.String(x.InputName))
			}
		},
		read: func(_ *reader, _ node, ps Summary, x *Extraction) {
			if names := ps.Values(PredSourceName); len(names) > 0 {
				x.InputName = slices.Min(names)
			}
		},
	}
}

// publisher is an organisation's entity node of the publisher's name,
// written with the entity rows, so that the outlet is one node whether it
// publishes or is cited. Its id is PublisherID when
// the extraction knows the organisation, otherwise minted from the name;
// only the former is kept in PublisherID (FromQuads, knownPublisher).
func publisher() field[Extraction] {
	p := Property{Predicate: PredPublisher, Datatype: NodeValue, Object: KindEntity,
		Field: "Article.Publisher (the entity's name), Article.PublisherID", Optional: true, Summary: true}
	return field[Extraction]{props: []Property{p},
		write: func(w *writer, n node, x *Extraction) {
			if x.Article.Publisher == "" {
				return
			}
			e := Entity{ID: publisherID(x.Article), Type: Organization, Name: x.Article.Publisher}
			pub := node{iri: quad.IRI(IRI(KindEntity, e.ID)), id: e.ID}
			w.add(n.iri, PredPublisher, pub.iri)
			entityShape.write(w, pub, &e)
		},
		read: func(r *reader, _ node, ps Summary, x *Extraction) {
			id := ps.Value(PredPublisher)
			if id == "" {
				return
			}
			// the entity's name, as its row (Entity.Name) reads it
			x.Article.Publisher = r.node(KindEntity, id).Value(PredName)
			x.Article.PublisherID = id
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
		read: func(r *reader, _ node, _ Summary, x *Extraction) {
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

// EvidenceOrder orders evidence spans as the body has them: by start, then
// end (Event.Mentions are kept in it).
func EvidenceOrder(a, b Evidence) int {
	return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
}

// mentions links the article to an entity it mentions and to each mention
// node.
func mentions() field[Entity] {
	return field[Entity]{
		props: []Property{
			{Subject: KindArticle, Predicate: PredMentions, Datatype: NodeValue, Object: KindEntity,
				Field: "Entity.Mentions (not empty)", Optional: true, Summary: true, Link: true},
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
		read: func(r *reader, n node, _ Summary, e *Entity) {
			e.Mentions = slices.Clone(r.mentions[n.id])
			slices.SortFunc(e.Mentions, byOffset)
		},
	}
}

func entityClass() field[Entity] {
	p := Property{Predicate: PredType, Datatype: ClassValue, Field: "Entity.Type (ClassOf)", Summary: true, Export: "type"}
	return field[Entity]{props: []Property{p},
		write: func(w *writer, n node, e *Entity) { w.add(n.iri, PredType, quad.IRI(ClassOf(e.Type))) },
		read:  func(_ *reader, _ node, ps Summary, e *Entity) { e.Type = typeOf(ps) },
	}
}

// typeOf is an entity's type as its class row holds it.
func typeOf(ps Summary) EntityType {
	t, _ := EntityTypeOfClass(ps.Value(PredType))
	return t
}

// value is the value of a field of one text row as its read gives it,
// without a node to read it into.
func (f field[T]) value(ps Summary) string { return ps.Value(f.props[0].Predicate) }

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
		read: func(_ *reader, _ node, ps Summary, e *Entity) {
			e.Aliases = ps.Values(PredAlternateName)
			slices.Sort(e.Aliases)
		},
	}
}

func wikidata() field[Entity] {
	p := Property{Predicate: PredSameAs, Datatype: WikidataValue, Field: "Entity.Wikidata", Optional: true, Summary: true, Export: "wikidata"}
	return field[Entity]{props: []Property{p},
		write: func(w *writer, n node, e *Entity) {
			if e.Wikidata != "" {
				w.add(n.iri, PredSameAs, quad.IRI(WikidataNS+e.Wikidata))
			}
		},
		read: func(_ *reader, _ node, ps Summary, e *Entity) {
			e.Wikidata, _ = strings.CutPrefix(ps.Value(PredSameAs), WikidataNS)
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
			Field: "Relation (Subject, Predicate " + local + ", Object)", Summary: true, Link: true})
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
		read: func(_ *reader, _ node, ps Summary, r *Relation) {
			local, ok := strings.CutPrefix(ps.Value(PredPredicate), VocabNS)
			if _, known := RelationPredicates[local]; ok && known {
				r.Predicate = local
			}
		},
	}
}

// eventName is the event's name for display (EventName), made from its
// fields and not read back.
func eventName() field[Event] {
	p := Property{Predicate: PredName, Datatype: StringValue, Field: "EventName(Event)", Summary: true, Export: "label"}
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
	for _, r := range participantRoles {
		ps = append(ps, Property{Predicate: r.Predicate, Datatype: NodeValue, Object: KindEntity,
			Field: "Event.Participants: Participant.Entity with Participant.Role " + r.Role, Many: true, Summary: true, Link: true})
	}
	ps = append(ps, actorCodes)
	return field[Event]{props: ps,
		write: func(w *writer, n node, ev *Event) {
			for _, p := range ev.Participants {
				pred := PredParticipant
				for _, r := range participantRoles {
					if r.Role == p.Role {
						pred = r.Predicate
					}
				}
				w.add(n.iri, pred, quad.IRI(IRI(KindEntity, p.Entity)))
				if p.Code != "" {
					w.add(n.iri, actorCodes.Predicate, quad.String(p.Entity+"="+p.Code))
				}
			}
		},
		read: func(_ *reader, _ node, ps Summary, ev *Event) {
			var codes map[string]string // made when there are any: a store's summary has none
			for _, c := range ps.Values(actorCodes.Predicate) {
				if e, code, ok := parseActorCode(c); ok {
					if codes == nil {
						codes = map[string]string{}
					}
					codes[e] = code
				}
			}
			for _, r := range participantRoles {
				for _, e := range ps.Values(r.Predicate) {
					ev.Participants = append(ev.Participants, Participant{Entity: e, Role: r.Role, Code: codes[e]})
				}
			}
			slices.SortFunc(ev.Participants, func(a, b Participant) int {
				return cmp.Or(cmp.Compare(a.Role, b.Role), cmp.Compare(a.Entity, b.Entity))
			})
		},
	}
}

// actorCodes is the row of an event's participants' actor codes, each
// written "<entity id>=<code>" (parseActorCode).
var actorCodes = Property{Subject: KindEvent, Predicate: PredActorCode, Datatype: StringValue,
	Field: "Event.Participants: Participant.Entity=Participant.Code", Many: true}

// parseActorCode splits the value of an actor code's quad.
func parseActorCode(v string) (entity, code string, ok bool) { return strings.Cut(v, "=") }

// evidence links a fact to the node of the span it was read from, with the
// fact's confidence; an empty span writes none.
func evidence[T any](name string, at func(*T) (*Evidence, *float64)) field[T] {
	p := Property{Predicate: PredEvidence, Datatype: NodeValue, Object: KindEvidence, Field: name, Optional: true}
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
		read: func(r *reader, _ node, ps Summary, v *T) {
			id := ps.Value(PredEvidence)
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

// statedIn links an event to the evidence node of every other sentence of
// the article that states it (Event.Mentions), each with the event's
// confidence; they read back in the order of the body.
func statedIn() field[Event] {
	p := Property{Predicate: PredStatedIn, Datatype: NodeValue, Object: KindEvidence, Field: "Event.Mentions", Many: true, Optional: true}
	return field[Event]{props: []Property{p},
		write: func(w *writer, n node, ev *Event) {
			for _, m := range ev.Mentions {
				id := EvidenceID(w.x.Article.ID, n.id, m.Start, m.End)
				en := node{iri: quad.IRI(IRI(KindEvidence, id)), id: id}
				w.add(n.iri, PredStatedIn, en.iri)
				evidenceShape.write(w, en, &evidenceNode{Evidence: m, Confidence: ev.Confidence})
			}
		},
		read: func(r *reader, _ node, ps Summary, ev *Event) {
			for _, id := range ps.Values(PredStatedIn) {
				ep := r.nodes[KindEvidence][id]
				if ep == nil {
					continue
				}
				var en evidenceNode
				evidenceShape.read(r, node{id: id}, ep, &en)
				ev.Mentions = append(ev.Mentions, en.Evidence)
			}
			slices.SortFunc(ev.Mentions, EvidenceOrder)
		},
	}
}
