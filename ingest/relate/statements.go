package relate

import (
	"strings"

	"actorgraph/graph"
)

// Confidence of a statement event: lower than any hard event's, since
// saying is the weakest thing an actor does and the target is read from the
// claim's first words.
const (
	confStatement     = 0.4
	confStatementDate = 0.1 // when the saying is dated
)

// claimParty makes the speaker of a claim a party to the symmetric event it
// reports with one other side: "Egypt said the negotiations with Ethiopia
// had collapsed" — negotiations need two sides, and the speaker is the one
// the text leaves implicit. Only a country or a person counts: a ministry
// speaks for its state rather than negotiating itself.
func (d *doc) claimParty(e *eventMention, c *claims) {
	if !symmetric[e.typ] || len(e.participants) != 1 || e.attributed == "" || e.hasRole(graph.RoleActor) {
		return
	}
	i, ok := d.index(e.attributed)
	if !ok || d.ents[i].Type != graph.Country && d.ents[i].Type != graph.Person {
		return
	}
	if _, in := e.participants[i]; !in {
		e.add(i, graph.RoleParticipant)
		e.attributed = ""
	}
}

// offices are the pairs (person, state or organisation) of the article's
// roles and affiliations: a claim about one's own body is no statement
// aimed at it.
func offices(rels []graph.Relation) map[[2]string]bool {
	own := map[[2]string]bool{}
	for _, r := range rels {
		switch r.Predicate {
		case graph.RelLeaderOf, graph.RelOfficialOf, graph.RelAffiliatedWith:
			own[[2]string{r.Subject, r.Object}] = true
		}
	}
	return own
}

// statements codes each quote or claim with an identified speaker as a
// statement event (CAMEO 010): the speaker is its actor, and its target is
// the party the claim is about when the claim opens with it ("Washington
// supports…", "the United States would…"). Statements of one speaker on
// one day about the same target are one event.
func (d *doc) statements(c *claims, own map[[2]string]bool) []graph.Event {
	var out []graph.Event
	seen := map[string]int{}
	kind, _ := graph.EventKindOf("statement")
	for _, q := range c.quotes {
		if q.Speaker == "" {
			continue
		}
		spk, ok := d.index(q.Speaker)
		if !ok || !actorType(d.ents[spk].Type) {
			continue
		}
		ev := graph.Event{Type: kind.Type, CAMEO: kind.CAMEO, Goldstein: kind.Goldstein, Date: q.Date, Status: "happened",
			Participants: []graph.Participant{{Entity: q.Speaker, Role: graph.RoleActor}}, Confidence: confStatement, Evidence: q.Evidence}
		ids := []string{q.Speaker}
		if t := d.claimSubject(q, spk); t >= 0 && !own[[2]string{q.Speaker, d.ents[t].ID}] {
			ev.Participants = append(ev.Participants, graph.Participant{Entity: d.ents[t].ID, Role: graph.RoleTarget})
			ids = append(ids, d.ents[t].ID)
		}
		if ev.Date != "" {
			ev.Confidence += confStatementDate
		}
		ev.ID = graph.EventID(ev.Type, ev.Date, "", ids)
		if i, dup := seen[ev.ID]; dup {
			out[i].Confidence = min(out[i].Confidence+0.05, 0.6)
			continue
		}
		seen[ev.ID] = len(out)
		out = append(out, ev)
	}
	return out
}

// claimSubject is the party a claim is about: the name that opens it, past
// articles and titles, when it can act and is neither the speaker nor the
// speaker's own country. -1 otherwise: a claim about many things has no
// one target.
func (d *doc) claimSubject(q graph.Quote, speaker int) int {
	start := q.Evidence.Start + strings.Index(q.Evidence.Text, q.Text)
	if start < q.Evidence.Start {
		return -1
	}
	s := d.sentenceAt(start)
	if s == nil {
		return -1
	}
	k := 0
	for k < len(s.Tokens) && s.Tokens[k].Start < start {
		k++
	}
	for n := 0; n < 3 && k < len(s.Tokens); n++ {
		w := s.w(k)
		if m := s.mentionAt(k); m != nil {
			if s.possessive(m.last) || !actorType(d.ents[m.ent].Type) || m.ent == speaker {
				return -1
			}
			own := d.ents[speaker].Country != "" && d.ents[m.ent].Type == graph.Country && d.ents[m.ent].Country == d.ents[speaker].Country
			if own {
				return -1
			}
			// a title's country is part of the name that follows it
			if s.consumed[s.at[k]] {
				k = m.last
				for k < len(s.Tokens) && s.mentionAt(k) == nil {
					k++
				}
				if m2 := s.mentionAt(k); m2 != nil && actorType(d.ents[m2.ent].Type) && m2.ent != speaker {
					return m2.ent
				}
				return -1
			}
			return m.ent
		}
		if w != "the" && w != "“" && w != "\"" {
			return -1
		}
		k++
	}
	return -1
}
