// Package relate reads what an article says about its entities: roles and
// other relations between them (leaderOf, affiliatedWith, basedIn, allyOf,
// bordersOn…), events coded in CAMEO (summits, visits, resolutions,
// sanctions…) with their participants, place, date and status, and quotes
// and claims with who made them. It works on the sentences and resolved
// entities of the earlier stages with hand-written rules over tokens,
// backed by the gazetteer's titles and offices.
package relate

import (
	"actorgraph/graph"
	"actorgraph/ingest/gazetteer"
	"actorgraph/ingest/text"
)

// Relater reads relations, events and quotes. It is immutable and safe for
// concurrent use.
type Relater struct {
	g *gazetteer.Gazetteer
}

// New makes a Relater that looks titles, offices and capitals up in g.
func New(g *gazetteer.Gazetteer) *Relater { return &Relater{g: g} }

// Result is what Relate read from one article. Entities are the entities it
// had to add because a fact needs them and the resolver had not produced
// them, such as the country of a city the article names alone; they have no
// mentions.
type Result struct {
	Relations []graph.Relation
	Events    []graph.Event
	Quotes    []graph.Quote
	Entities  []graph.Entity
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

// Relate reads one article: body, its publication date (YYYY-MM-DD, or
// empty when unknown; relative dates are then left out), its sentences and
// its resolved entities. Every id in the result is one of ents or of
// Result.Entities.
func (r *Relater) Relate(body, published string, sents []text.Sentence, ents []graph.Entity) Result {
	d := newDoc(body, published, sents, ents)
	var rels relations
	var loose []titled
	for _, s := range d.sents {
		loose = append(loose, r.titleRelations(d, s, &rels)...)
		r.appositionRelations(d, s, &rels)
		r.reverseApposition(d, s, &rels)
		r.citizenRelations(d, s, &rels)
		r.placeCommaRelations(d, s, &rels)
		r.basedInRelations(d, s, &rels)
		r.allyRelations(d, s, &rels)
		r.borderRelations(d, s, &rels)
	}
	var added []graph.Entity
	country := func(iso string) (int, bool) {
		for i, e := range d.ents {
			if e.Type == graph.Country && e.Country == iso {
				return i, true
			}
		}
		c, ok := r.g.Country(iso)
		if !ok {
			return 0, false
		}
		e := graph.Entity{ID: c.ID(), Type: graph.Country, Name: c.Name, Aliases: append([]string{}, c.Aliases...),
			Country: c.Country, Wikidata: c.Wikidata, Mentions: []graph.Mention{}}
		for i := range d.ents {
			if d.ents[i].ID == e.ID {
				return i, true
			}
		}
		d.ents = append(d.ents, e)
		added = append(added, e)
		return len(d.ents) - 1, true
	}
	r.placeRelations(d, &rels, country)
	r.officeRelations(d, loose, &rels)
	claims := r.quotes(d)
	events := r.events(d, claims, offices(rels.list))
	for i := range rels.list {
		rel := &rels.list[i]
		if rel.Confidence == confPlace {
			continue // what the gazetteer knows of a place is no one's claim
		}
		if a := claims.according(rel.Evidence.Start); a != rel.Subject && a != rel.Object {
			rel.Attributed = a
		}
	}
	return Result{Relations: rels.list, Events: events, Quotes: claims.quotes, Entities: added}
}

// officeRelations adds the offices the gazetteer knows the article's
// persons held on the publication date, towards countries and
// organisations the article names: "President Trump" in an article naming
// the United States, or Kim Jong-un wherever North Korea is named. The
// evidence is the sentence where the person is titled, or else first named.
func (r *Relater) officeRelations(d *doc, loose []titled, out *relations) {
	if d.ref.IsZero() {
		return
	}
	day := d.published()
	where := map[int]*sent{}
	for _, t := range loose {
		if where[t.person] == nil {
			where[t.person] = t.s
		}
	}
	for i := range d.ents {
		p := d.ents[i]
		if p.Type != graph.Person || len(p.Mentions) == 0 {
			continue
		}
		s := where[i]
		if s == nil {
			s = d.sentenceAt(p.Mentions[0].Start)
		}
		if s == nil {
			continue
		}
		for _, e := range r.g.Lookup(p.Name) {
			if e.Type != graph.Person || e.ID() != p.ID {
				continue
			}
			for _, o := range e.Roles {
				if !gazetteer.Holds(o, day) {
					continue
				}
				obj := -1
				for j, c := range d.ents {
					if len(c.Mentions) > 0 && (c.Type == graph.Country && c.Country == o.Of ||
						c.Type == graph.Organization && graph.Fold(c.Name) == graph.Fold(o.Of)) {
						obj = j
						break
					}
				}
				if obj < 0 {
					continue
				}
				pred := graph.RelOfficialOf
				if r.g.IsLeaderOffice(o) {
					pred = graph.RelLeaderOf
				}
				out.add(graph.Relation{Subject: p.ID, Predicate: pred, Object: d.ents[obj].ID, Role: o.Role,
					ValidFrom: day, Confidence: confGazetteer, Evidence: d.evidence(s)})
			}
		}
	}
}
