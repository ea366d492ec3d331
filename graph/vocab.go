package graph

import "slices"

// The namespaces the graph is written in. schema.org terms are used where they
// exist; everything else lives in the project namespace.
const (
	SchemaNS   = "https://schema.org/"
	VocabNS    = "https://actorgraph.org/ns#"
	IDBase     = "https://actorgraph.org/id/"
	RDFType    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
	WikidataNS = "http://www.wikidata.org/entity/"
)

// Predicates of the graph, as full IRIs.
const (
	PredType          = RDFType
	PredName          = SchemaNS + "name"
	PredAlternateName = SchemaNS + "alternateName"
	PredSameAs        = SchemaNS + "sameAs"
	PredStartDate     = SchemaNS + "startDate"
	PredLocation      = SchemaNS + "location"
	PredPublisher     = SchemaNS + "publisher"
	PredDatePublished = SchemaNS + "datePublished"
	PredHeadline      = SchemaNS + "headline"
	PredURL           = SchemaNS + "url"
	PredText          = SchemaNS + "text"

	PredCountryCode  = VocabNS + "countryCode"
	PredSourceName   = VocabNS + "sourceName"
	PredMentions     = VocabNS + "mentions" // article → entity
	PredMention      = VocabNS + "mention"  // article → mention node
	PredEntity       = VocabNS + "entity"   // mention node → entity
	PredStart        = VocabNS + "start"    // byte offset into the article body
	PredEnd          = VocabNS + "end"
	PredNERLabel     = VocabNS + "nerLabel"
	PredEvidence     = VocabNS + "evidence"  // fact node → evidence node
	PredStatedIn     = VocabNS + "statedIn"  // event → evidence node of another sentence that states it
	PredInArticle    = VocabNS + "inArticle" // evidence/statement/quote → article
	PredConfidence   = VocabNS + "confidence"
	PredSubject      = VocabNS + "subject"   // statement → subject entity
	PredPredicate    = VocabNS + "predicate" // statement → predicate IRI
	PredObject       = VocabNS + "object"    // statement → object entity
	PredRole         = VocabNS + "role"
	PredValidFrom    = VocabNS + "validFrom"
	PredValidUntil   = VocabNS + "validUntil"
	PredAttributedTo = VocabNS + "attributedTo"
	PredEventType    = VocabNS + "eventType"
	PredCAMEO        = VocabNS + "cameo"
	// PredActorCode holds an event participant's actor code as
	// "<entity id>=<code>": the code belongs to the participation, not to
	// the entity, and an event has several.
	PredActorCode   = VocabNS + "actorCode"
	PredGoldstein   = VocabNS + "goldstein"
	PredStatus      = VocabNS + "status"
	PredActor       = VocabNS + "actor"
	PredTarget      = VocabNS + "target"
	PredParticipant = VocabNS + "participant"
	PredSpeaker     = VocabNS + "speaker"
	PredSourceDesc  = VocabNS + "sourceDescription"
	PredAbout       = VocabNS + "about"
	PredDirect      = VocabNS + "direct"
)

// Classes of nodes.
const (
	ClassNewsArticle = SchemaNS + "NewsArticle"
	ClassEvent       = SchemaNS + "Event"
	ClassStatement   = VocabNS + "Statement"
	ClassMention     = VocabNS + "Mention"
	ClassEvidence    = VocabNS + "Evidence"
	ClassQuote       = VocabNS + "Quote"
)

// ClassOf gives the class IRI of an entity type: schema.org where it has one.
func ClassOf(t EntityType) string {
	if c, ok := classOf[t]; ok {
		return c // made once: a store asks for every entity it names
	}
	return classIRI(t)
}

func classIRI(t EntityType) string {
	switch t {
	case Person, Country, City, Place, Organization:
		return SchemaNS + string(t)
	default:
		return VocabNS + string(t)
	}
}

var classOf = func() map[EntityType]string {
	out := make(map[EntityType]string, len(EntityTypes))
	for _, t := range EntityTypes {
		out[t] = classIRI(t)
	}
	return out
}()

// EntityTypeOfClass is the inverse of ClassOf; ok is false for classes that
// are not entity types.
func EntityTypeOfClass(iri string) (EntityType, bool) {
	t, ok := entityTypeOfClass[iri]
	return t, ok
}

var entityTypeOfClass = func() map[string]EntityType {
	out := make(map[string]EntityType, len(EntityTypes))
	for _, t := range EntityTypes {
		out[classIRI(t)] = t
	}
	return out
}()

// Relation predicates: camelCase local names in the project namespace.
// RelationPredicates says which entity types each one joins.
const (
	RelLeaderOf         = "leaderOf"
	RelOfficialOf       = "officialOf"
	RelAffiliatedWith   = "affiliatedWith"
	RelMemberOf         = "memberOf"
	RelLocatedIn        = "locatedIn"
	RelCapitalOf        = "capitalOf"
	RelBasedIn          = "basedIn"
	RelAllyOf           = "allyOf"
	RelTradingPartnerOf = "tradingPartnerOf"
	RelBordersOn        = "bordersOn"
	RelCitizenOf        = "citizenOf"
)

// RelationKind is one predicate of the relation vocabulary: what it means
// and the entity types it joins. Validate refuses a relation between types
// its predicate does not join.
type RelationKind struct {
	Meaning   string
	Subject   []EntityType // the types its subject may have
	Object    []EntityType // the types its object may have
	Symmetric bool         // it says the same read either way round
}

// Joins reports whether the relation may go from an entity of type subject
// to one of type object.
func (k RelationKind) Joins(subject, object EntityType) bool {
	return slices.Contains(k.Subject, subject) && slices.Contains(k.Object, object)
}

var (
	// a territory's government has its heads and officials too ("Hong
	// Kong's Attorney General"), as a state's or a body's
	governed    = []EntityType{Country, Organization, Region}
	onlyCountry = []EntityType{Country}
)

// RelationPredicates is the relation vocabulary: each predicate's meaning
// and the types it joins (ingest/evaluation/GUIDE.md gives examples of
// each as text states it).
var RelationPredicates = map[string]RelationKind{
	RelLeaderOf: {Meaning: "heads the state, government or organisation",
		Subject: []EntityType{Person}, Object: governed},
	RelOfficialOf: {Meaning: "holds an office of the state or organisation",
		Subject: []EntityType{Person}, Object: governed},
	RelAffiliatedWith: {Meaning: "works for or belongs to the organisation",
		Subject: []EntityType{Person}, Object: []EntityType{Organization}},
	// A person is a member of a party or a board ("X of the Labour
	// Party"), a club of a league.
	RelMemberOf: {Meaning: "is a member of the organisation",
		Subject: []EntityType{Country, Organization, Person}, Object: []EntityType{Organization}},
	// A place may lie in a city (Russky Island in Vladivostok).
	RelLocatedIn: {Meaning: "lies within the country, region or city",
		Subject: []EntityType{City, Place, Region}, Object: []EntityType{Country, Region, City}},
	RelCapitalOf: {Meaning: "is the capital city of the country",
		Subject: []EntityType{City}, Object: onlyCountry},
	RelBasedIn: {Meaning: "has its seat in the place",
		Subject: []EntityType{Organization}, Object: []EntityType{Country, City, Region, Place}},
	RelAllyOf: {Meaning: "is an ally of",
		Subject: onlyCountry, Object: onlyCountry, Symmetric: true},
	RelTradingPartnerOf: {Meaning: "is a trading partner of",
		Subject: onlyCountry, Object: onlyCountry, Symmetric: true},
	RelBordersOn: {Meaning: "shares a land border with",
		Subject: onlyCountry, Object: onlyCountry, Symmetric: true},
	RelCitizenOf: {Meaning: "is a national of",
		Subject: []EntityType{Person}, Object: onlyCountry},
}

// PredicateIRI turns a relation's local name into its IRI.
func PredicateIRI(local string) string { return VocabNS + local }

// EventKind describes an event type: its CAMEO root code and Goldstein score.
type EventKind struct {
	Type      string
	CAMEO     string
	Goldstein float64
	Meaning   string
}

// EventKinds is the event vocabulary. CAMEO codes and Goldstein scores follow
// the CAMEO 1.1b3 codebook and the Goldstein (1992) scale as GDELT uses them.
var EventKinds = []EventKind{
	{"statement", "010", 0.0, "makes a public statement"},
	{"meeting", "040", 1.0, "consults or meets"},
	{"visit", "042", 1.9, "makes a visit"},
	{"hostVisit", "043", 2.8, "hosts a visit"},
	{"summit", "043", 2.8, "meets at a summit"},
	{"talks", "046", 7.0, "engages in negotiation"},
	{"appeal", "020", 3.0, "makes an appeal or request"},
	{"demand", "100", -5.0, "demands"},
	{"resolution", "100", -5.0, "adopts a resolution demanding action"},
	{"proposal", "036", 4.0, "expresses intent to meet, negotiate or cooperate"},
	{"agreement", "057", 8.0, "signs a formal agreement"},
	{"cooperation", "061", 6.4, "cooperates economically"},
	{"aid", "070", 7.0, "provides aid"},
	{"sanctions", "163", -8.0, "imposes an embargo, boycott or sanctions"},
	{"repatriation", "174", -5.0, "expels or deports individuals"},
	{"reject", "120", -4.0, "rejects"},
	{"threat", "130", -4.4, "threatens"},
	{"protest", "140", -6.5, "protests"},
	{"militaryAction", "190", -10.0, "uses conventional military force"},
	// the other CAMEO root categories, for events coded from the verb
	// dictionary
	{"comment", "011", 0.0, "comments on, acknowledges, denies or condoles with a party"},
	{"intent", "030", 4.0, "expresses intent to cooperate"},
	{"mediation", "045", 5.0, "mediates"},
	{"diplomaticCooperation", "050", 3.5, "engages in diplomatic cooperation"},
	{"yield", "080", 5.0, "yields"},
	{"investigation", "090", -2.0, "investigates"},
	{"disapproval", "110", -2.0, "disapproves, criticises or accuses"},
	{"forcePosture", "150", -7.2, "exhibits military posture"},
	{"reduceRelations", "160", -4.0, "reduces relations"},
	{"coercion", "170", -5.0, "coerces: seizes, arrests, represses"},
	{"assault", "180", -9.0, "uses unconventional violence"},
	{"massViolence", "200", -10.0, "uses unconventional mass violence"},
}

// RootGoldstein is the Goldstein score of each CAMEO root category's
// general code (010 … 200), as GDELT scores them.
var RootGoldstein = map[string]float64{
	"01": 0.0, "02": 3.0, "03": 4.0, "04": 1.0, "05": 3.5, "06": 6.0, "07": 7.0, "08": 5.0, "09": -2.0, "10": -5.0,
	"11": -2.0, "12": -4.0, "13": -4.4, "14": -6.5, "15": -7.2, "16": -4.0, "17": -5.0, "18": -9.0, "19": -10.0, "20": -10.0,
}

// EventKindOf finds an event type by its local name.
func EventKindOf(t string) (EventKind, bool) {
	for _, k := range EventKinds {
		if k.Type == t {
			return k, true
		}
	}
	return EventKind{}, false
}

// JSONLDContext is the @context of the JSON-LD export: our vocabulary,
// schema.org, XML Schema datatypes, Wikidata and our node ids by short
// prefixes.
var JSONLDContext = map[string]any{
	"ag":     VocabNS,
	"schema": SchemaNS,
	"xsd":    "http://www.w3.org/2001/XMLSchema#",
	"rdf":    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
	"wd":     WikidataNS,
	"agid":   IDBase,
}
