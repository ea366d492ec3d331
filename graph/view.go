package graph

import "slices"

// The read side: what the store answers and the API serves.

// Provenance says where a fact was read: which article (or seed source),
// which span of its body, and how confident the extractor was.
type Provenance struct {
	Article   string   `json:"article"` // article id (or source id for seed knowledge)
	Title     string   `json:"title,omitempty"`
	Publisher string   `json:"publisher,omitempty"`
	Published string   `json:"published,omitempty"`
	URL       string   `json:"url,omitempty"`
	Evidence  Evidence `json:"evidence"`
	// Mentions are the other sentences of the article that state an
	// event (Event.Mentions); none for a relation
	Mentions   []Evidence `json:"mentions,omitempty"`
	Confidence float64    `json:"confidence"`
}

// NodeRef names a node of the graph for display.
type NodeRef struct {
	ID   string `json:"id"`
	Kind string `json:"kind"`           // entity, event, article, quote
	Type string `json:"type,omitempty"` // entity type or event type
	Name string `json:"name"`
}

// Fact is one relation of an entity with the articles that state it.
// ArticleCount counts the distinct articles that agree (JSON "sources").
type Fact struct {
	Subject      NodeRef      `json:"subject"`
	Predicate    string       `json:"predicate"` // local name, e.g. leaderOf
	Object       NodeRef      `json:"object"`
	Role         string       `json:"role,omitempty"`
	ValidFrom    string       `json:"validFrom,omitempty"`
	ValidUntil   string       `json:"validUntil,omitempty"`
	ArticleCount int          `json:"sources"`
	Provenance   []Provenance `json:"provenance"`
}

// EntityDetail is an entity with everything the graph knows of it.
type EntityDetail struct {
	Entity
	Facts    []Fact      `json:"facts"`
	Events   []NodeRef   `json:"events"`
	Quotes   []QuoteView `json:"quotes"`   // what it said, and what was said about it
	Articles []Article   `json:"articles"` // articles that mention it
	// Totals counts each list whole; the lists hold at most Limit items
	// from Offset (0: all of them), so that a hub's detail costs what a
	// page costs.
	Totals DetailTotals `json:"totals"`
	Limit  int          `json:"limit,omitempty"`
	Offset int          `json:"offset,omitempty"`
}

// Clone is d with lists of its own, so that a caller may reorder them
// (the store keeps pages it hands out).
func (d EntityDetail) Clone() EntityDetail {
	d.Aliases = slices.Clone(d.Aliases)
	d.Mentions = slices.Clone(d.Mentions)
	d.Facts, d.Events, d.Quotes, d.Articles = slices.Clone(d.Facts), slices.Clone(d.Events), slices.Clone(d.Quotes), slices.Clone(d.Articles)
	return d
}

// DetailTotals are the sizes of an entity's lists before paging.
type DetailTotals struct {
	Facts    int `json:"facts"`
	Events   int `json:"events"`
	Quotes   int `json:"quotes"`
	Articles int `json:"articles"`
}

// QuoteView is a quote or claim as seen from one entity: who said it (an
// entity, or an unnamed source's description), what about, when, and where
// it was read. Role is "speaker" when the entity said it and "about" when
// it was said about the entity.
type QuoteView struct {
	ID             string     `json:"id"`
	Role           string     `json:"role"`
	Speaker        *NodeRef   `json:"speaker,omitempty"`
	UnnamedSpeaker string     `json:"sourceDescription,omitempty"`
	Text           string     `json:"text"`
	Date           string     `json:"date,omitempty"`
	Direct         bool       `json:"direct"`
	About          []NodeRef  `json:"about"`
	Provenance     Provenance `json:"provenance"`
}

// Node is a vertex of a neighbourhood subgraph. Links and Articles say how
// important it is in the whole graph, not in the page: its links (relations
// and event roles, either end, each once whatever the number of articles
// that state it) and the articles that mention the entity or report the
// event.
type Node struct {
	NodeRef
	Country  string `json:"country,omitempty"`
	Wikidata string `json:"wikidata,omitempty"`
	Links    int    `json:"links,omitempty"`
	Articles int    `json:"articles,omitempty"`
}

// Edge is a labelled link of a neighbourhood subgraph, with its evidence.
type Edge struct {
	ID           string       `json:"id"`
	From         string       `json:"source"` // node id; "source" and "target" are Cytoscape's names
	To           string       `json:"target"`
	Predicate    string       `json:"predicate"`
	ArticleCount int          `json:"sources"`
	Provenance   []Provenance `json:"provenance"`
}

// Subgraph is the neighbourhood of a node.
type Subgraph struct {
	Nodes []Node `json:"nodes"`
	Edges []Edge `json:"edges"`
	// Next is the offset of the next page of a neighbourhood cut at its
	// limit: the walk reached more nodes. 0 (absent) when there are none.
	Next int `json:"next,omitempty"`
}

// Clone is g with lists of its own, so that a caller may reorder them
// (the store keeps pages it hands out).
func (g Subgraph) Clone() Subgraph {
	g.Nodes, g.Edges = slices.Clone(g.Nodes), slices.Clone(g.Edges)
	return g
}

// Stats counts what the store holds.
type Stats struct {
	Articles  int `json:"articles"`
	Entities  int `json:"entities"`
	Events    int `json:"events"`
	Relations int `json:"relations"`
	Quads     int `json:"quads"`
}

// WriteResult says what writing one article did.
type WriteResult struct {
	Article string `json:"article"`
	Quads   int    `json:"quads"`   // quads in the article's extraction
	Added   int    `json:"added"`   // quads that were new to the store
	Removed int    `json:"removed"` // quads of an earlier version of the article that it no longer has
	Existed bool   `json:"existed"` // the article was already stored
}

// EventQuery selects the events of a timeline. Every field is optional:
// Type an event type, CAMEO a code or its prefix ("19" for every fight),
// Entity an entity taking part (or where it happens), Country an ISO 3166-1
// alpha-3 code of a party or of the place, Status a status, From and To the
// first and last date (YYYY, YYYY-MM or YYYY-MM-DD, inclusive; an event
// dated only to its month or year is in range when that month or year
// overlaps it).
type EventQuery struct {
	Type, CAMEO, Entity, Country, Status string
	From, To                             string
	Limit, Offset                        int
}

// EventParticipant is a party of an event with its role and the actor
// codes articles gave it ("USAGOV").
type EventParticipant struct {
	NodeRef
	Role  string   `json:"role"`
	Codes []string `json:"codes,omitempty"`
}

// EventView is an event as the graph knows it: type, CAMEO code and
// Goldstein score, date and its precision (day, month, year), status,
// place, parties with roles, how many articles report it, and — in one
// event's detail — the sentence of each of them.
type EventView struct {
	ID            string             `json:"id"`
	Type          string             `json:"type"`
	CAMEO         string             `json:"cameo,omitempty"`
	Goldstein     float64            `json:"goldstein"`
	Date          string             `json:"date,omitempty"`
	DatePrecision string             `json:"datePrecision,omitempty"`
	Status        string             `json:"status,omitempty"`
	Location      *NodeRef           `json:"location,omitempty"`
	Participants  []EventParticipant `json:"participants"`
	ArticleCount  int                `json:"sources"`
	Provenance    []Provenance       `json:"provenance,omitempty"`
}

// DatePrecision names the precision of an ISO date as events carry it.
func DatePrecision(date string) string {
	switch len(date) {
	case 10:
		return "day"
	case 7:
		return "month"
	case 4:
		return "year"
	}
	return ""
}

// Path is one connection between two entities: its nodes in order, from
// the first entity to the second, and the edge between each two, with its
// predicate (a relation, or a role in an event) and its evidence.
type Path struct {
	Nodes []PathNode `json:"nodes"`
	Edges []Edge     `json:"edges"`
}

// PathNode is a node of a path with its importance in the whole graph, as
// a Node of a neighbourhood carries it (Links and Articles).
type PathNode struct {
	NodeRef
	Links    int `json:"links,omitempty"`
	Articles int `json:"articles,omitempty"`
}

// ImportResult says what importing an export did: the labels (articles,
// the seed knowledge) it held, its quads, and how many were new.
type ImportResult struct {
	Labels int `json:"labels"`
	Quads  int `json:"quads"`
	Added  int `json:"added"`
}
