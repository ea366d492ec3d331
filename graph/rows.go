package graph

import "github.com/cayleygraph/quad"

// The readers below serve a store that reads one node's quads, or decides
// which quads of an article to keep, without reading the whole article: each
// reads with the schema's own rows, so that a row changed in the schema is
// read alike here.

// AnchorPredicates are the predicates of the rows marked Anchor: the
// predicates whose object is a node their subject is said of.
func AnchorPredicates() map[string]bool { return anchorPredicates }

var anchorPredicates = func() map[string]bool {
	out := map[string]bool{}
	for _, p := range Schema {
		if p.Anchor {
			out[p.Predicate] = true
		}
	}
	return out
}()

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
