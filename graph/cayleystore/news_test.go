package cayleystore

import (
	"cmp"
	"slices"
	"strings"

	"actorgraph/graph"
)

// news builds a news-like extraction by hand: sentences make the body, and
// entities are mentioned wherever their name or an alias occurs in it.
type news struct {
	x         graph.Extraction
	sentences []graph.Evidence
}

func newNews(url, title, publisher, published string, sentences ...string) *news {
	n := &news{x: graph.Extraction{
		InputName: "test",
		Article:   graph.Article{Title: title, Publisher: publisher, Published: published, URL: url},
	}}
	var b strings.Builder
	for i, s := range sentences {
		if i > 0 {
			b.WriteString(" ")
		}
		start := b.Len()
		b.WriteString(s)
		n.sentences = append(n.sentences, graph.Evidence{Start: start, End: b.Len(), Text: s})
	}
	n.x.Body = b.String()
	n.x.Article.ID = graph.ArticleID(url, n.x.Body)
	return n
}

// person, country… make entities with deterministic ids.
func entity(t graph.EntityType, name, country, wikidata string, aliases ...string) graph.Entity {
	return graph.Entity{
		ID:   graph.EntityID(graph.EntityKey{Type: t, Name: name, Country: country, Wikidata: wikidata}),
		Type: t, Name: name, Aliases: aliases, Country: country, Wikidata: wikidata,
	}
}

func conllLabel(t graph.EntityType) string {
	switch t {
	case graph.Person:
		return graph.LabelPER
	case graph.Organization:
		return graph.LabelORG
	default:
		return graph.LabelLOC
	}
}

func (n *news) entities(es ...graph.Entity) *news {
	for _, e := range es {
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			for off := 0; ; {
				i := strings.Index(n.x.Body[off:], name)
				if i < 0 {
					break
				}
				start := off + i
				e.Mentions = append(e.Mentions, graph.Mention{Start: start, End: start + len(name), Text: name, Label: conllLabel(e.Type)})
				off = start + len(name)
			}
		}
		n.x.Entities = append(n.x.Entities, e)
	}
	return n
}

// name adds a name the text gives that is no entity ("a United Nations
// climate fund" is no actor).
func (n *news) name(text, label string) *news {
	i := strings.Index(n.x.Body, text)
	n.x.Names = append(n.x.Names, graph.Mention{Start: i, End: i + len(text), Text: text, Label: label})
	return n
}

func (n *news) relation(subj graph.Entity, pred string, obj graph.Entity, sentence int, role string) *news {
	n.x.Relations = append(n.x.Relations, graph.Relation{
		Subject: subj.ID, Predicate: pred, Object: obj.ID, Role: role,
		Confidence: 0.9, Evidence: n.sentences[sentence],
	})
	return n
}

func (n *news) event(typ, date string, location graph.Entity, sentence int, parts ...graph.Participant) graph.Event {
	k, _ := graph.EventKindOf(typ)
	ids := make([]string, len(parts))
	for i, p := range parts {
		ids[i] = p.Entity
	}
	ev := graph.Event{
		ID: graph.EventID(typ, date, location.ID, ids), Type: typ, CAMEO: k.CAMEO, Goldstein: k.Goldstein,
		Date: date, Location: location.ID, Status: "happened", Participants: parts,
		Confidence: 0.75, Evidence: n.sentences[sentence],
	}
	n.x.Events = append(n.x.Events, ev)
	return ev
}

func (n *news) quote(speaker graph.Entity, text string, sentence int, about ...graph.Entity) *news {
	ev := n.sentences[sentence]
	q := graph.Quote{
		ID: graph.QuoteID(n.x.Article.ID, ev.Start, ev.End), Speaker: speaker.ID, Text: text,
		Date: n.x.Article.Published, Evidence: ev,
	}
	for _, a := range about {
		q.About = append(q.About, a.ID)
	}
	n.x.Quotes = append(n.x.Quotes, q)
	return n
}

func actor(e graph.Entity) graph.Participant {
	return graph.Participant{Entity: e.ID, Role: graph.RoleActor}
}
func target(e graph.Entity) graph.Participant {
	return graph.Participant{Entity: e.ID, Role: graph.RoleTarget}
}

// canonical puts an extraction's lists in the order Article returns them.
func canonical(x graph.Extraction) graph.Extraction {
	x.Entities = slices.Clone(x.Entities)
	for i := range x.Entities {
		e := &x.Entities[i]
		e.Aliases = slices.Sorted(slices.Values(e.Aliases))
		e.Mentions = slices.SortedFunc(slices.Values(e.Mentions), func(a, b graph.Mention) int {
			return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
		})
	}
	slices.SortFunc(x.Entities, func(a, b graph.Entity) int { return cmp.Compare(a.ID, b.ID) })
	x.Relations = slices.SortedFunc(slices.Values(x.Relations), func(a, b graph.Relation) int {
		return cmp.Or(cmp.Compare(a.Subject, b.Subject), cmp.Compare(a.Predicate, b.Predicate),
			cmp.Compare(a.Object, b.Object), cmp.Compare(a.Evidence.Start, b.Evidence.Start))
	})
	x.Events = slices.Clone(x.Events)
	for i := range x.Events {
		x.Events[i].Participants = slices.SortedFunc(slices.Values(x.Events[i].Participants), func(a, b graph.Participant) int {
			return cmp.Or(cmp.Compare(a.Role, b.Role), cmp.Compare(a.Entity, b.Entity))
		})
	}
	slices.SortFunc(x.Events, func(a, b graph.Event) int { return cmp.Compare(a.ID, b.ID) })
	x.Quotes = slices.Clone(x.Quotes)
	for i := range x.Quotes {
		x.Quotes[i].About = slices.Sorted(slices.Values(x.Quotes[i].About))
	}
	slices.SortFunc(x.Quotes, func(a, b graph.Quote) int { return cmp.Compare(a.ID, b.ID) })
	return x
}

// The cast of the hand-written articles. The people and their offices are
// invented; the places are real.
var (
	alvarez   = entity(graph.Person, "Maria Alvarez", "CHL", "", "Alvarez")
	berg      = entity(graph.Person, "Olaf Berg", "NOR", "", "Berg")
	chile     = entity(graph.Country, "Chile", "CHL", "Q298")
	norway    = entity(graph.Country, "Norway", "NOR", "Q20")
	santiago  = entity(graph.City, "Santiago", "CHL", "Q2887")
	oslo      = entity(graph.City, "Oslo", "NOR", "Q585")
	un        = entity(graph.Organization, "United Nations", "", "Q1065", "UN")
	nato      = entity(graph.Organization, "NATO", "", "Q7184", "North Atlantic Treaty Organization")
	santaCruz = entity(graph.City, "Santa Cruz", "BOL", "")
	santander = entity(graph.Organization, "Banco Santander", "ESP", "", "Santander")
	santos    = entity(graph.Place, "Port of Santos", "BRA", "")
	valpo     = entity(graph.City, "Valparaiso", "CHL", "")
)

// santiagoMeeting is the meeting both articles report; its id is the same
// in both because it is minted from type, date, place and participants.
var santiagoMeeting graph.Event

// articleOne: a meeting in Santiago, reported by one publisher.
func articleOne() graph.Extraction {
	n := newNews("https://ledger.example/2024/03/02/alvarez-berg", "Alvarez and Berg meet in Santiago", "Northern Ledger", "2024-03-02",
		"President Maria Alvarez of Chile met Prime Minister Olaf Berg of Norway in Santiago on Tuesday.",
		"Alvarez said Chile and Norway would sign a trade agreement before the summer.",
		"Santiago, the capital of Chile, hosted the talks at the presidential palace.",
		"The two leaders also discussed a United Nations climate fund.")
	n.entities(alvarez, berg, chile, norway, santiago, un).
		relation(alvarez, graph.RelLeaderOf, chile, 0, "President").
		relation(berg, graph.RelLeaderOf, norway, 0, "Prime Minister").
		relation(santiago, graph.RelCapitalOf, chile, 2, "").
		relation(chile, graph.RelTradingPartnerOf, norway, 1, "").
		quote(alvarez, "Chile and Norway would sign a trade agreement before the summer", 1, chile, norway).
		name("Tuesday", "MISC")
	santiagoMeeting = n.event("meeting", "2024-02-27", santiago, 0, actor(alvarez), target(berg))
	return n.x
}

// articleTwo: a second publisher restates who leads Chile and reports a
// visit to Oslo.
func articleTwo() graph.Extraction {
	n := newNews("https://harbourwire.example/news/alvarez-oslo", "Chilean president visits Oslo", "Harbour Wire", "2024-03-05",
		"Chilean President Maria Alvarez arrived in Oslo on Monday for talks with Olaf Berg.",
		"Oslo is the capital of Norway, a founding member of NATO.",
		"Alvarez is expected to return to Santiago on Thursday.")
	n.entities(alvarez, berg, chile, norway, santiago, oslo, nato).
		relation(alvarez, graph.RelLeaderOf, chile, 0, "President").
		relation(oslo, graph.RelCapitalOf, norway, 1, "").
		relation(norway, graph.RelMemberOf, nato, 1, "")
	n.event("visit", "2024-03-04", oslo, 0, actor(alvarez), target(norway))
	return n.x
}

// articleThree: places whose names share a prefix, for search ranking.
func articleThree() graph.Extraction {
	n := newNews("https://ledger.example/2024/04/10/ports", "Ports of the Pacific", "Northern Ledger", "2024-04-10",
		"Exporters from Santa Cruz ship through Valparaiso and the Port of Santos.",
		"Banco Santander financed the new terminal in Valparaiso.",
		"Santander said Santa Cruz traders would save two days per shipment.")
	n.entities(santaCruz, santander, santos, valpo).
		relation(valpo, graph.RelLocatedIn, chile, 0, "")
	n.x.Entities = append(n.x.Entities, chile) // named by the relation, not in the text
	return n.x
}
