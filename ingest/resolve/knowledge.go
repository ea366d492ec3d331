package resolve

import (
	"sort"

	"actorgraph/graph"
)

// Knowledge is the resolver's gazetteer as an extraction: every country
// with its capital (capitalOf, locatedIn) and land borders (bordersOn, once
// per pair), the other cities and regions (locatedIn), the organisations
// (basedIn) and the leaders (leaderOf or officialOf, with role and term).
// Every fact has confidence 1 and no evidence: it comes from the seeds, not
// from an article. Its entities are those ResolveNames links names to.
func (r *Resolver) Knowledge() graph.Extraction {
	g := r.g
	entries := g.Entries()
	x := graph.Extraction{
		InputName: graph.KnowledgeSource,
		Article: graph.Article{
			ID:        graph.KnowledgeID(),
			Title:     "actorgraph seed gazetteer",
			Publisher: "actorgraph",
		},
		Entities:  []graph.Entity{},
		Relations: []graph.Relation{},
		Events:    []graph.Event{},
		Quotes:    []graph.Quote{},
		Names:     []graph.Mention{},
	}
	ids := make([]string, len(entries))
	seen := map[string]bool{}
	for i, e := range entries {
		ids[i] = e.ID()
		if seen[ids[i]] {
			continue
		}
		seen[ids[i]] = true
		aliases := append([]string{}, e.Aliases...)
		x.Entities = append(x.Entities, graph.Entity{
			ID: ids[i], Type: e.Type, Name: e.Name, Aliases: aliases,
			Country: e.Country, Wikidata: e.Wikidata, Mentions: []graph.Mention{},
		})
	}
	rel := func(s, p, o string) graph.Relation {
		return graph.Relation{Subject: s, Predicate: p, Object: o, Confidence: 1}
	}
	// A code the gazetteer has no country for gives an id no entity has,
	// which Validate refuses.
	countryID := func(iso string) string { c, _ := g.Country(iso); return c.ID() }
	orgID := map[string]string{}
	for i, e := range entries {
		if e.Type == graph.Organization {
			orgID[e.Name] = ids[i]
		}
	}
	capitalOf := map[string]bool{}
	for _, e := range entries {
		if e.Type == graph.Country && e.Capital != "" {
			capitalOf[graph.Fold(e.Capital)+"\x00"+e.Country] = true
		}
	}
	for i, e := range entries {
		switch e.Type {
		case graph.Country:
			for _, b := range e.Borders {
				if e.Country < b {
					x.Relations = append(x.Relations, rel(ids[i], graph.RelBordersOn, countryID(b)))
				}
			}
		case graph.City, graph.Region, graph.Place:
			if e.Country == "" {
				continue
			}
			if countryID(e.Country) == ids[i] {
				continue // a territory is its own code's entry ("Hong Kong", HKG)
			}
			if c, _ := g.Country(e.Country); c.Type == graph.Country && capitalOf[graph.Fold(e.Name)+"\x00"+e.Country] {
				// (a territory's seat lies in it: "Gibraltar" the town)
				x.Relations = append(x.Relations, rel(ids[i], graph.RelCapitalOf, countryID(e.Country)))
			}
			x.Relations = append(x.Relations, rel(ids[i], graph.RelLocatedIn, countryID(e.Country)))
		case graph.Organization:
			if e.Country != "" {
				x.Relations = append(x.Relations, rel(ids[i], graph.RelBasedIn, countryID(e.Country)))
			}
		case graph.Person:
			for _, o := range e.Roles {
				obj, ok := orgID[o.Of]
				if !ok {
					obj = countryID(o.Of)
				}
				p := graph.RelOfficialOf
				if g.IsLeaderOffice(o) {
					p = graph.RelLeaderOf
				}
				office := rel(ids[i], p, obj)
				office.Role, office.ValidFrom, office.ValidUntil = o.Role, o.From, o.Until
				x.Relations = append(x.Relations, office)
			}
		}
	}
	sort.SliceStable(x.Relations, func(i, j int) bool { return x.Relations[i].Predicate < x.Relations[j].Predicate })
	return x
}

// Publisher is the id of the gazetteer's organisation named name, or ""
// when it holds none: an outlet that publishes one article and is cited
// in another is one entity.
// Its ids are kept (r.publishers, as many as the gazetteer's
// organisations at most): every article of a feed names its publisher.
func (r *Resolver) Publisher(name string) string {
	if id, ok := r.publishers.Load(name); ok {
		return id.(string)
	}
	for _, e := range r.g.Lookup(name) {
		if e.Type == graph.Organization {
			id := e.ID()
			r.publishers.Store(name, id)
			return id
		}
	}
	return ""
}
