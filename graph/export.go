package graph

import (
	"fmt"
	"strings"
	"time"
)

// ExportMaxDepth is the deepest neighbourhood an export walks.
const ExportMaxDepth = 3

// ExportMaxNodes is the most nodes an export of chosen nodes may name: a
// drawing the viewer keeps smooth holds a few thousand.
const ExportMaxNodes = 20000

// ExportMaxLinks is the most links an export of chosen nodes may name: a
// few per node of the largest drawing.
const ExportMaxLinks = 60000

// ExportScope picks the part of the graph an export writes. The zero scope
// is the whole graph, background knowledge included. Article, Publisher, From
// and To choose articles (together they must all hold) and export only the
// facts read from them; Entity narrows the export to the neighbourhood of
// one entity or event, Depth hops deep over relations and events; Nodes
// narrows it to exactly those entities and events and the links between
// them (the nodes a viewer draws); Links, with Nodes, narrows those links
// to exactly the ones named (the links a viewer draws, after its filters).
type ExportScope struct {
	Article   string // the facts read from one article, by id
	Publisher string // the articles of one publisher, by name (any case) or entity id
	From      string // articles published on or after this day, YYYY-MM-DD
	To        string // articles published on or before this day, YYYY-MM-DD
	Entity    string // the neighbourhood of this entity or event id
	Depth     int    // hops from Entity, 1 to ExportMaxDepth; 0 means 1
	Nodes     []string
	Links     []string // each "FROM PREDICATE TO", as EdgeID writes it; nil: every link between Nodes
}

// EdgeID names a relation or an event's link to a party as the
// neighbours route and an export of chosen links name it.
func EdgeID(from, predicate, to string) string { return from + " " + predicate + " " + to }

// ParseEdgeID reads an id EdgeID wrote.
func ParseEdgeID(id string) (from, predicate, to string, ok bool) {
	f := strings.Split(id, " ")
	if len(f) != 3 || f[0] == "" || f[1] == "" || f[2] == "" {
		return "", "", "", false
	}
	return f[0], f[1], f[2], true
}

// ByArticle tells whether the scope chooses articles rather than taking
// every one.
func (sc ExportScope) ByArticle() bool {
	return sc.Article != "" || sc.Publisher != "" || sc.From != "" || sc.To != ""
}

// Whole tells whether the scope is the whole graph.
func (sc ExportScope) Whole() bool { return !sc.ByArticle() && sc.Entity == "" && sc.Nodes == nil }

// Validate checks the dates and the depth, saying what to change.
func (sc ExportScope) Validate() error {
	var from, to time.Time
	for _, d := range []struct {
		name, v string
		t       *time.Time
	}{{"from", sc.From, &from}, {"to", sc.To, &to}} {
		if d.v == "" {
			continue
		}
		t, err := time.Parse(time.DateOnly, d.v)
		if err != nil {
			return fmt.Errorf("%w: %s must be a day as YYYY-MM-DD; got %q", ErrInvalid, d.name, d.v)
		}
		*d.t = t
	}
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		return fmt.Errorf("%w: from %s is after to %s", ErrInvalid, sc.From, sc.To)
	}
	if sc.Depth < 0 || sc.Depth > ExportMaxDepth {
		return fmt.Errorf("%w: depth must be between 1 and %d; got %d", ErrInvalid, ExportMaxDepth, sc.Depth)
	}
	if sc.Depth > 0 && sc.Entity == "" {
		return fmt.Errorf("%w: depth needs an entity whose neighbourhood to export", ErrInvalid)
	}
	if sc.Nodes != nil {
		if sc.Entity != "" {
			return fmt.Errorf("%w: give either an entity's neighbourhood or the nodes to export, not both", ErrInvalid)
		}
		if len(sc.Nodes) == 0 || len(sc.Nodes) > ExportMaxNodes {
			return fmt.Errorf("%w: nodes must name 1 to %d entities or events; got %d", ErrInvalid, ExportMaxNodes, len(sc.Nodes))
		}
	}
	if sc.Links != nil {
		if sc.Nodes == nil {
			return fmt.Errorf("%w: links choose among the links between chosen nodes; give the nodes too", ErrInvalid)
		}
		if len(sc.Links) > ExportMaxLinks {
			return fmt.Errorf("%w: links must name at most %d links; got %d", ErrInvalid, ExportMaxLinks, len(sc.Links))
		}
	}
	return nil
}

// Published tells whether a publication date (a day or a time stamp, as
// articles carry them) falls within the scope's From and To.
func (sc ExportScope) Published(date string) bool {
	if sc.From == "" && sc.To == "" {
		return true
	}
	if len(date) < len(time.DateOnly) {
		return false
	}
	day := date[:len(time.DateOnly)]
	return (sc.From == "" || day >= sc.From) && (sc.To == "" || day <= sc.To)
}

// String names the scope in messages.
func (sc ExportScope) String() string {
	var parts []string
	add := func(name, v string) {
		if v != "" {
			parts = append(parts, name+" "+v)
		}
	}
	add("article", sc.Article)
	if sc.Publisher != "" {
		parts = append(parts, fmt.Sprintf("source %q", sc.Publisher))
	}
	add("from", sc.From)
	add("to", sc.To)
	if sc.Entity != "" {
		parts = append(parts, fmt.Sprintf("entity %s to depth %d", sc.Entity, max(sc.Depth, 1)))
	}
	if sc.Nodes != nil {
		parts = append(parts, fmt.Sprintf("%d chosen nodes", len(sc.Nodes)))
	}
	if sc.Links != nil {
		parts = append(parts, fmt.Sprintf("%d chosen links", len(sc.Links)))
	}
	if len(parts) == 0 {
		return "the whole graph"
	}
	return strings.Join(parts, ", ")
}
