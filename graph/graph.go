// Package graph is actorgraph's domain: the entities, articles, events and
// facts read from news, the vocabulary they are written in, how their IDs are
// minted, and how an article's extraction becomes quads. It depends on nothing
// but the standard library, uuid and the small cayleygraph/quad value module.
package graph

import "slices"

// EntityType is the kind of real-world actor or place an entity is.
type EntityType string

// The entity types the extractor produces.
const (
	Person       EntityType = "Person"
	Country      EntityType = "Country"
	City         EntityType = "City"
	Region       EntityType = "Region"
	Place        EntityType = "Place"
	Organization EntityType = "Organization"
)

// EntityTypes lists every entity type, in a stable order.
var EntityTypes = []EntityType{Person, Country, City, Region, Place, Organization}

// Valid reports whether t is one of the known entity types.
func (t EntityType) Valid() bool { return slices.Contains(EntityTypes, t) }

// CoNLL-2003 mention labels.
const (
	LabelPER  = "PER"
	LabelLOC  = "LOC"
	LabelORG  = "ORG"
	LabelMISC = "MISC"
)

// Extraction is everything read from one article: the public extraction
// contract printed by `actorgraph extract` and returned by POST /articles.
// Change it only by adding fields.
type Extraction struct {
	InputName string     `json:"source"`
	Article   Article    `json:"article"`
	Body      string     `json:"body"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
	Events    []Event    `json:"events"`
	Quotes    []Quote    `json:"quotes"`
	// Names are the names the text gives that are no actor or place of the
	// graph — events, laws, products, peoples and other MISC names — with
	// the tagger's label, so nothing the tagger read is lost.
	Names []Mention `json:"names"`
}

// Article is a news article's metadata. Published is ISO 8601 (YYYY-MM-DD)
// or empty when unknown.
type Article struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	// PublisherID is the publisher's entity id when it is a known
	// organisation, so the outlet is one node whether it publishes or is cited.
	PublisherID string `json:"publisherId,omitempty"`
	Published   string `json:"published"`
	URL         string `json:"url"`
}

// Entity is one real-world actor or place, resolved from its mentions.
type Entity struct {
	ID       string     `json:"id"`
	Type     EntityType `json:"type"`
	Name     string     `json:"name"`
	Aliases  []string   `json:"aliases"`
	Country  string     `json:"country,omitempty"`  // ISO 3166-1 alpha-3
	Wikidata string     `json:"wikidata,omitempty"` // QID
	Mentions []Mention  `json:"mentions"`
}

// Mention is one span of the body that names an entity. Start and End are
// byte offsets into Extraction.Body; Label is the CoNLL-2003 label.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Label string `json:"label"`
}

// Evidence is the span of the body a fact was read from, usually a sentence.
type Evidence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Relation is a fact linking two entities of the same extraction.
type Relation struct {
	Subject    string   `json:"subject"`
	Predicate  string   `json:"predicate"`
	Object     string   `json:"object"`
	Role       string   `json:"role,omitempty"`         // e.g. "President" for leaderOf
	ValidFrom  string   `json:"validFrom,omitempty"`    // ISO 8601, as far as the text tells
	ValidUntil string   `json:"validUntil,omitempty"`   // ISO 8601; empty while it holds
	Attributed string   `json:"attributedTo,omitempty"` // entity id of who claims it
	Confidence float64  `json:"confidence"`
	Evidence   Evidence `json:"evidence"`
}

// Event is something that happened, was planned or was demanded, coded the
// way GDELT analysts expect (CAMEO code and Goldstein score).
type Event struct {
	ID           string        `json:"id"`
	Type         string        `json:"type"`
	CAMEO        string        `json:"cameo"`
	Goldstein    float64       `json:"goldstein"`
	Date         string        `json:"date,omitempty"` // YYYY-MM-DD, YYYY-MM or YYYY
	Location     string        `json:"location,omitempty"`
	Status       string        `json:"status,omitempty"` // planned, happened, failed, demanded…
	Participants []Participant `json:"participants"`
	Attributed   string        `json:"attributedTo,omitempty"`
	Confidence   float64       `json:"confidence"`
	Evidence     Evidence      `json:"evidence"`
	// Mentions are the other sentences of the article that state the
	// event (told again, or told in parts), in order: Evidence is where
	// the article states it best
	Mentions []Evidence `json:"mentions,omitempty"`
}

// Participant is an entity's part in an event.
type Participant struct {
	Entity string `json:"entity"`
	Role   string `json:"role"` // actor, target, participant
	// Code is the actor as CAMEO and GDELT code it, as of the event:
	// country and sector ("USAGOV", "IRNMIL", "RUSOPP") or the
	// organisation's code ("IGOUNO"); empty where nothing is known.
	Code string `json:"code,omitempty"`
}

// Event participant roles.
const (
	RoleActor       = "actor"
	RoleTarget      = "target"
	RoleParticipant = "participant"
)

// Quote is something said or claimed, with who said it and when.
type Quote struct {
	ID             string   `json:"id"`
	Speaker        string   `json:"speaker"`                     // entity id; empty for an unnamed speaker
	UnnamedSpeaker string   `json:"sourceDescription,omitempty"` // who spoke when no entity did: "a high-level diplomatic source", "officials in Washington"
	Text           string   `json:"text"`
	Date           string   `json:"date,omitempty"`
	About          []string `json:"about"`  // entity ids
	Direct         bool     `json:"direct"` // a verbatim quotation rather than a reported claim
	Evidence       Evidence `json:"evidence"`
}
