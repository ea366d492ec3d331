// Package relate reads what an article says about its entities: roles and
// other relations between them (leaderOf, affiliatedWith, basedIn, allyOf,
// bordersOn…), events coded in CAMEO (summits, visits, resolutions,
// sanctions…) with their participants, place, date and status, and quotes
// and claims with who made them. It works on the sentences and resolved
// entities of the earlier stages with hand-written rules over tokens,
// backed by the gazetteer's titles and offices.
package relate

import (
	"actorgraph/ingest/wordset"
	"slices"
	"strings"

	"actorgraph/graph"
	"actorgraph/ingest/gazetteer"
	"actorgraph/ingest/segment"
)

// Relater reads relations, events and quotes. It is immutable and safe for
// concurrent use.
type Relater struct {
	g *gazetteer.Gazetteer
}

// New makes a Relater that looks titles, offices and capitals up in g.
func New(g *gazetteer.Gazetteer) *Relater { return &Relater{g: g} }

// Result is what Relate read from one article: only what its text states.
// What the gazetteer knows beyond it (a city's country, a capital, an
// office the sentence does not name) is the seed graph's, not the
// article's, and no entity is added that the text does not mention.
type Result struct {
	Relations []graph.Relation
	Events    []graph.Event
	Quotes    []graph.Quote
}

// Title kinds as the rules use them.
const (
	kindNone = iota
	kindHonorific
	kindOfficial
	kindLeader
)

// titleKind says whether a word or phrase is a leader's or official's
// title, an honorific, or none.
func (r *Relater) titleKind(w string) int {
	if w == "" {
		return kindNone
	}
	_, k, ok := r.g.Title(w)
	if !ok && strings.Contains(w, "-") {
		// "Vice-President", "Deputy-Governor" as wire copy hyphenates them
		_, k, ok = r.g.Title(strings.ReplaceAll(w, "-", " "))
	}
	if !ok {
		// "senior vice president", "executive vice-president": a rank
		// word before a title the dictionaries know bare
		for _, rank := range []string{"senior ", "Senior ", "executive ", "Executive ", "first ", "First "} { // (and "first vice-president")
			if rest, cut := strings.CutPrefix(w, rank); cut && !strings.Contains(rest, " and ") {
				if kd := r.titleKind(rest); kd == kindLeader || kd == kindOfficial {
					return kd
				}
			}
		}
	}
	if first, second, two := strings.Cut(w, " and "); !ok && two {
		// "vice president and treasurer": two offices held together, a
		// head's if either is
		a, b := r.titleKind(first), r.titleKind(second)
		switch {
		case a == kindNone || b == kindNone || a == kindHonorific || b == kindHonorific:
		case a == kindLeader || b == kindLeader:
			return kindLeader
		case a == kindOfficial || b == kindOfficial:
			return kindOfficial
		}
	}
	switch {
	case !ok:
		return kindNone
	case k == gazetteer.Leader:
		return kindLeader
	case k == gazetteer.Official:
		return kindOfficial
	}
	return kindHonorific
}

// Relate reads one article: its ID (graph.ArticleID; the quotes' IDs are
// minted from it), body, publication date (YYYY-MM-DD, or empty when
// unknown; relative dates are then left out), its sentences and its
// resolved entities. Every entity id in the result is one of ents: relate
// reads the entities resolve made, it makes none.
func (r *Relater) Relate(articleID, body, published string, sents []segment.Sentence, ents []graph.Entity) Result {
	d := newDoc(body, published, sents, ents)
	d.articleID = articleID
	if r.g != nil {
		d.actorCode = func(e graph.Entity, sector string) string { return r.g.ActorCode(e, published, sector) }
		d.successor = r.g.Successor
		for i, e := range d.ents {
			if e.Type == graph.Region && e.Country != "" && r.g.Territory(e.Country) {
				// a territory is no state, but its government speaks, signs
				// and appoints as a state's does ("Hong Kong said", "Hong
				// Kong's Attorney General"): the rules read it as a country;
				// the graph keeps the Region resolve made
				d.ents[i].Type = graph.Country
			}
		}
	}
	var rels relations
	var loose []titled
	for _, s := range d.sents {
		loose = append(loose, r.titleRelations(d, s, &rels)...)
		r.listedTitles(d, s, &rels)
		r.appositionRelations(d, s, &rels)
		r.reverseApposition(d, s, &rels)
		r.orgRoleRelations(d, s, &rels)
		r.citizenRelations(d, s, &rels)
		r.placeCommaRelations(d, s, &rels)
		r.firmTownRelations(d, s, &rels)
		r.placeOfRelations(d, s, &rels)
		r.placeInRelations(d, s, &rels)
		r.basedInRelations(d, s, &rels)
		r.describedSeatRelations(d, s, &rels)
		r.describedPlaceRelations(d, s, &rels)
		r.possessedDescriptionRelations(d, s, &rels)
		r.nationalRelations(d, s, &rels)
		r.memberRelations(d, s, &rels)
		r.partyRelations(d, s, &rels)
		r.possessedPersonRelations(d, s, &rels)
		r.appointments(d, s, &rels)
		r.linkRelations(d, s, &rels)
		r.allyRelations(d, s, &rels)
		r.borderRelations(d, s, &rels)
	}
	r.officeRelations(d, loose, &rels)
	claims := r.quotes(d)
	d.partyMembersSpeak(claims)
	r.speakerOffices(d, loose, claims, &rels)
	r.saidItsOffices(d, claims, &rels)
	r.describedSeats(d, claims, &rels)
	events := r.events(d, claims, offices(rels.list))
	types := make(map[string]graph.EntityType, len(ents))
	for _, e := range ents {
		types[e.ID] = e.Type
	}
	kept := rels.list[:0]
	for _, rel := range rels.list {
		if !graph.RelationPredicates[rel.Predicate].Joins(types[rel.Subject], types[rel.Object]) {
			continue // a territory read as a state ("Hong Kong, a U.S. trading partner") is still a Region
		}
		if a := claims.according(rel.Evidence.Start); a != rel.Subject && a != rel.Object {
			rel.Attributed = a
		}
		kept = append(kept, rel)
	}
	return Result{Relations: kept, Events: events, Quotes: claims.quotes}
}

// officeRelations adds the offices the gazetteer knows the article's
// persons held on the publication date where a sentence titles the person
// and names the country or organisation: "President Trump said the United
// States…". The sentence is the evidence; a person never titled, or a body
// named only elsewhere, gives no relation (that is background knowledge).
func (r *Relater) officeRelations(d *doc, loose []titled, out *relations) {
	if d.ref.IsZero() {
		return
	}
	day := d.published()
	where := map[int]*sent{}
	title := map[int]string{}
	for _, t := range loose {
		if where[t.person] == nil {
			where[t.person], title[t.person] = t.s, t.role
		}
	}
	for i := range d.ents {
		p := d.ents[i]
		if p.Type != graph.Person || len(p.Mentions) == 0 {
			continue
		}
		s := where[i]
		if s == nil {
			continue
		}
		for _, e := range r.g.LookupOn(p.Name, day) {
			if e.Type != graph.Person || e.ID() != p.ID {
				continue
			}
			for _, o := range e.Roles {
				if !gazetteer.Holds(o, day) {
					continue
				}
				obj := -1
				for j, c := range d.ents {
					if mentionedIn(c, s) && (c.Type == graph.Country && c.Country == o.Of ||
						c.Type == graph.Organization && graph.Fold(c.Name) == graph.Fold(o.Of)) {
						obj = j
						break
					}
				}
				if obj < 0 && r.capitalIn(d, s, o.Of, day) {
					// "talks with President Suharto, he said he expected
					// Jakarta to do more": the capital stands for the state,
					// named elsewhere in the article
					for j, c := range d.ents {
						if c.Type == graph.Country && c.Country == o.Of {
							obj = j
							break
						}
					}
				}
				if obj < 0 {
					continue
				}
				pred, role := graph.RelOfficialOf, o.Role
				switch {
				case r.g.IsLeaderOffice(o):
					pred = graph.RelLeaderOf
				case r.titleKind(title[i]) == kindLeader:
					// the dictionaries know only that she served the government
					// then; the text's "President" says she led it
					pred, role = graph.RelLeaderOf, title[i]
				}
				out.add(graph.Relation{Subject: p.ID, Predicate: pred, Object: d.ents[obj].ID, Role: role,
					ValidFrom: day, Confidence: confGazetteer, Evidence: d.evidence(s)})
			}
		}
	}
}

// capitalIn reports a city the sentence names, not as its dateline
// ("WASHINGTON — President Biden announced": where the report is filed),
// that was the capital of the country iso3 on day.
func (r *Relater) capitalIn(d *doc, s *sent, iso3, day string) bool {
	for _, m := range s.mentions {
		if c := d.ents[m.ent]; c.Type == graph.City && c.Country == iso3 && !s.dateline(m) {
			if e, ok := r.g.CapitalOfOn(c.Name, day); ok && e.Country == iso3 {
				return true
			}
		}
	}
	return false
}

// speakerOffices reads the office of a titled speaker whose claim opens
// the sentence with the one country or body the sentence names: "Norland
// will repay the debt, Finance Minister Jon Vik said" (a minister speaking
// of his state by its name), "Halvard Corp has held talks, Chairman Ada
// Berg said". A state's title goes with a country, a firm's with a body;
// where the sentence names another of the kind, the claim must open with
// the first of them, by its name, and the title stand bare (bareTitle:
// "Venezuela would lend Ecuador oil, President X said"); where the claim
// opens with something else, the title names no one's office.
func (r *Relater) speakerOffices(d *doc, loose []titled, c *claims, out *relations) {
	for _, t := range loose {
		s, id := t.s, d.entity(t.person).ID
		kind := r.titleKind(t.role)
		if kind != kindLeader && kind != kindOfficial {
			continue
		}
		if r.knownOffice(d, t.person) {
			continue // the dictionaries place the office; the sentence may name another state
		}
		for _, q := range c.spans {
			if q.speaker != id || q.according || q.start < s.Start || q.end > s.End {
				continue
			}
			// "Norland will repay the debt, Finance Minister Jon Vik said",
			// "Finance Minister Jon Vik said that Norland would repay": the
			// claim opens with the state he speaks for
			k := s.tokenFrom(q.start)
			k += b2i(s.w(k) == "the")
			m := s.mentionAt(k)
			if m == nil || m.first != k {
				continue
			}
			e := d.entity(m.ent)
			if e.Type == graph.Country && titleOfBody(s, t) || !titleServes(t.role, e.Type) || !onlyOfType(d, s, m.ent) && (!firstOfType(d, s, m) || m.m.Label == graph.LabelMISC || !bareTitle(d, s, t)) {
				continue
			}
			out.add(graph.Relation{Subject: id, Predicate: predicateOf(kind), Object: e.ID, Role: t.role,
				ValidFrom: d.published(), Confidence: confSpeaker, Evidence: d.evidence(s)})
		}
	}
}

// knownOffice reports a person the gazetteer knows in an office on the
// article's date.
func (r *Relater) knownOffice(d *doc, i int) bool {
	if d.ref.IsZero() || r.g == nil {
		return false
	}
	day := d.published()
	for _, e := range r.g.LookupOn(d.ents[i].Name, day) {
		if e.Type != graph.Person || e.ID() != d.ents[i].ID {
			continue
		}
		for _, o := range e.Roles {
			if gazetteer.Holds(o, day) {
				return true
			}
		}
	}
	return false
}

// tokenFrom is the first token of s that starts at or after offset off.
func (s *sent) tokenFrom(off int) int {
	for i, t := range s.Tokens {
		if t.Start >= off {
			return i
		}
	}
	return len(s.Tokens)
}

// titleServes reports whether a title's holder serves a body of type t: a
// minister a state, a chairman a body; a president or a governor either.
func titleServes(role string, t graph.EntityType) bool {
	ws := strings.Fields(strings.ToLower(role))
	if t == graph.Country && slices.ContainsFunc(ws, func(w string) bool { return titleBodyNouns.Has(w) }) {
		return false // "Central Bank President X" leads the bank, not the state
	}
	switch ws[len(ws)-1] {
	case "president", "governor":
		return t == graph.Country || t == graph.Organization
	case "minister", "premier", "chancellor", "ambassador", "senator", "envoy", "commissioner", "king", "queen":
		return t == graph.Country
	case "chairman", "chairwoman", "chairperson", "executive", "ceo", "director", "director-general", "treasurer", "officer":
		return t == graph.Organization
	}
	return false
}

// bareTitle reports a title with no body of its own before it: it opens
// the sentence or follows a comma, and the comma follows no firm's or
// body's name and no acronym set off by commas ("…, Trade Minister X
// said"; not "B and C managing director X", "Gelco Express marketing vice
// president Y", "Chicago Board of Trade, CBT, chairman Z" or "rules
// proposed by the Federal Reserve Board, Chairman W said", whose body may
// be the one just before).
func bareTitle(d *doc, s *sent, t titled) bool {
	for _, m := range s.mentions {
		if m.ent != t.person {
			continue
		}
		j := m.first - len(strings.Fields(t.role)) - 1
		for j >= 0 && isLowerWord(s.raw(j)) && s.w(j) != "said" && s.w(j) != "and" {
			j-- // "marketing vice president": the words that qualify the title
		}
		if j < 0 {
			return true
		}
		if s.w(j) != "," {
			return false
		}
		if o := s.mentionAt(j - 1); o != nil && d.entity(o.ent).Type == graph.Organization {
			return false
		}
		a := s.raw(j - 1)
		return !(len(a) > 1 && strings.ToUpper(a) == a && s.w(j-2) == ",")
	}
	return false
}

// onlyOfType reports that no entity of ent's type other than ent has a
// mention in s.
func onlyOfType(d *doc, s *sent, ent int) bool {
	for _, m := range s.mentions {
		if m.ent != ent && d.entity(m.ent).Type == d.entity(ent).Type {
			return false
		}
	}
	return true
}

// titleOfBody reports a body's noun in lower case just before t's title
// ("central bank president Jon Vik"): the title is the body's.
func titleOfBody(s *sent, t titled) bool {
	for _, m := range s.mentions {
		if m.ent != t.person {
			continue
		}
		return titleBodyNouns.Has(s.w(m.first - len(strings.Fields(t.role)) - 1))
	}
	return false
}

// titleBodyNouns in a title name the body the holder serves, not the state.
var titleBodyNouns = wordset.Of(map[string]bool{"bank": true, "company": true, "board": true, "fund": true, "commission": true, "institute": true,
	"council": true, "party": true, "union": true, "association": true, "agency": true, "committee": true, "corporation": true, "authority": true})

// firstOfType reports that no entity of m's type other than m's has a
// mention in s before m: the claim opens with the first body of its kind
// the sentence names ("First Interstate would gain from rules proposed by
// the Federal Reserve Board, Chairman X said", "President Y said Venezuela
// would lend Ecuador oil"); one named before it leaves the title's body
// unsaid.
func firstOfType(d *doc, s *sent, m *mention) bool {
	for _, o := range s.mentions {
		if o.ent != m.ent && o.first < m.first && d.entity(o.ent).Type == d.entity(m.ent).Type {
			return false
		}
	}
	return true
}

// mentionedIn reports whether e has a mention inside sentence s.
func mentionedIn(e graph.Entity, s *sent) bool {
	for _, m := range e.Mentions {
		if m.Start >= s.Start && m.End <= s.End {
			return true
		}
	}
	return false
}
