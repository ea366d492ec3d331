package graph

import (
	"slices"

	"github.com/cayleygraph/quad"
)

// The readers below serve a store that reads one node's quads, or decides
// which quads of an article to keep, without reading the whole article: each
// reads with the schema's own rows, so that a row changed in the schema is
// read alike here.

// AnchorPredicates are the predicates of the rows marked Anchor: the
// predicates whose object is a node their subject is said of.
func AnchorPredicates() map[string]bool { return anchorPredicates }

var anchorPredicates = predicatesOf(func(p Property) bool { return p.Anchor })

// predicatesOf is the set of the predicates of the rows keep keeps.
func predicatesOf(keep func(Property) bool) map[string]bool {
	out := map[string]bool{}
	for _, p := range Schema {
		if keep(p) {
			out[p.Predicate] = true
		}
	}
	return out
}

// PublisherPredicate is the predicate of the row that names an article's
// publisher's entity (Article.Publisher, Article.PublisherID).
func PublisherPredicate() string { return articlePublisher.props[0].Predicate }

// EvidenceLinkPredicate is the predicate of the rows that link a fact (a
// statement, an event or a quote) to its evidence node; the schema's rows
// agree on it (TestEvidenceLinkOneRow).
func EvidenceLinkPredicate() string { return evidenceLink }

var evidenceLink = func() string {
	for _, p := range Schema {
		if p.Subject == KindStatement && p.Object == KindEvidence {
			return p.Predicate
		}
	}
	return ""
}()

// StatedInPredicate is the predicate of the row that links an event to
// the evidence of its other sentences (Event.Mentions).
func StatedInPredicate() string { return statedInLink }

var statedInLink = func() string {
	for _, p := range Schema {
		if p.Subject == KindEvent && p.Object == KindEvidence && p.Many {
			return p.Predicate
		}
	}
	return ""
}()

// EvidenceFromNode reads an evidence node from its quads' objects by
// predicate: the evidence and the confidence of the fact it supports.
func EvidenceFromNode(p map[string][]quad.Value) (Evidence, float64) {
	var e evidenceNode
	evidenceShape.read(noNodes, node{}, props(p), &e)
	return e.Evidence, e.Confidence
}

// FactConfidence reads the confidence a fact node itself carries (the row
// of the confidence of evidence, which a statement node repeats), 0 when
// it has none.
func FactConfidence(p map[string][]quad.Value) float64 {
	var e evidenceNode
	evidenceConfidence.read(noNodes, node{}, props(p), &e)
	return e.Confidence
}

// StatementTerms is what a view of one article's statement of a relation
// reads from the statement node: its role, every start and end of its term
// as the node holds them (a relation stated twice in an article has one
// node) and its confidence.
type StatementTerms struct {
	Role                  string
	ValidFrom, ValidUntil []string
	Confidence            float64
}

// StatementFromNode reads a statement node's quads' objects, by predicate,
// with the rows of Relation.Role, ValidFrom, ValidUntil and Confidence.
func StatementFromNode(p map[string][]quad.Value) StatementTerms {
	ps := props(p)
	var r Relation
	statementConfidence.read(noNodes, node{}, ps, &r)
	return StatementTerms{
		Role:       statementRole.value(ps),
		ValidFrom:  ps.Values(statementValidFrom.props[0].Predicate),
		ValidUntil: ps.Values(statementValidUntil.props[0].Predicate),
		Confidence: r.Confidence,
	}
}

// ClassPredicate is the predicate of the row that gives nodes of a kind
// their class (rdf:type), "" for a kind with none: a node a store has
// read is typed when it has a value of this row, and only named otherwise.
func ClassPredicate(kind string) string { return classPredicates[kind] }

var classPredicates = func() map[string]string {
	out := map[string]string{}
	for _, p := range Schema {
		if p.Datatype == ClassValue {
			out[p.Subject] = p.Predicate
		}
	}
	return out
}()

// NamePredicates are the predicates of the rows of an entity's name
// (Entity.Name) and of its other names (Entity.Aliases): a store that keeps
// every name articles give an entity reads them by these.
func NamePredicates() (name, aliases string) {
	return entityName.props[0].Predicate, entityAliases.props[0].Predicate
}

// SpeakerPredicate is the predicate of the row that links a quote to the
// entity that said it (Quote.Speaker), as against what it is about.
func SpeakerPredicate() string { return quoteSpeaker.props[0].Predicate }

// ArticleOfNode reads, from a fact node's quads' objects by predicate (a
// statement, event, quote or evidence node), the id of the article the
// node is in, with the row that links it to its article; "" when it has
// none. The rows of every kind agree on it (TestInArticleOneRow).
func ArticleOfNode(p map[string][]quad.Value) string {
	if vs := p[inArticleLink]; len(vs) > 0 {
		return ValueText(vs[0])
	}
	return ""
}

var inArticleLink = func() string {
	for _, p := range Schema {
		if p.Subject == KindQuote && p.Object == KindArticle {
			return p.Predicate
		}
	}
	return ""
}()

// ActorCodesFromNode reads an event node's quads' objects, by predicate,
// for the actor codes its participants were given, with the row that holds
// them: each participant's entity id with its codes, sorted. Articles that
// report the same event may give a party different codes; all are kept.
func ActorCodesFromNode(p map[string][]quad.Value) map[string][]string {
	out := map[string][]string{}
	for _, v := range p[actorCodes.Predicate] {
		if e, code, ok := parseActorCode(ValueText(v)); ok && !slices.Contains(out[e], code) {
			out[e] = append(out[e], code)
		}
	}
	for _, codes := range out {
		slices.Sort(codes)
	}
	return out
}

// KeptOnRewrite tells whether a store keeps an article's quads of a
// predicate when it writes the article again (Property.KeptOnRewrite).
func KeptOnRewrite(pred string) bool { return keptOnRewrite[pred] }

var keptOnRewrite = predicatesOf(func(p Property) bool { return p.KeptOnRewrite })

// A StatementPart is the part of its relation a statement node's quad names.
type StatementPart int

// The parts of a relation a statement node names.
const (
	NoPart StatementPart = iota
	PartSubject
	PartObject
	PartPredicate
)

// StatementPartOf tells which part of its relation a statement node's quad
// of predicate pred names, by the rows of Relation.Subject, Relation.Object
// and Relation.Predicate; NoPart for none.
func StatementPartOf(pred string) StatementPart { return statementParts[pred] }

var statementParts = func() map[string]StatementPart {
	out := map[string]StatementPart{}
	for _, p := range Schema {
		if p.Subject != KindStatement {
			continue
		}
		switch p.Field {
		case "Relation.Subject":
			out[p.Predicate] = PartSubject
		case "Relation.Object":
			out[p.Predicate] = PartObject
		case "Relation.Predicate":
			out[p.Predicate] = PartPredicate
		}
	}
	return out
}()

// ActorCodePredicate is the predicate of the row that holds an event's
// participants' actor codes ("<entity id>=<code>").
func ActorCodePredicate() string { return actorCodes.Predicate }

// LocationPredicate is the predicate of the row that links an event to the
// place it happened (Event.Location).
func LocationPredicate() string { return locationPredicate }

var locationPredicate = func() string {
	for _, p := range Schema {
		if p.Subject == KindEvent && p.Field == "Event.Location" {
			return p.Predicate
		}
	}
	return ""
}()
