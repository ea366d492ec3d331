package relate

import (
	"slices"
	"strings"

	"actorgraph/graph"
	"actorgraph/ingest/syntax"
	"actorgraph/ingest/wordset"
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
// the text leaves implicit. A country counts, and a person the claim
// puts in the event by a pronoun ("his talks at Riyadh with Nazir", "he
// held discussions with the premiers", "negotiate an agreement with him"):
// a ministry speaks for its state rather than negotiating itself, and a
// person may only tell of others' talks.
func (d *doc) claimParty(e *eventMention, c *claims) {
	if !symmetric[e.typ] || len(e.participants) != 1 || e.attributed == "" || e.hasRole(graph.RoleActor) {
		return
	}
	i, ok := d.index(e.attributed)
	if !ok || d.ents[i].Type != graph.Country && !(d.ents[i].Type == graph.Person && speakerInEvent(e)) {
		// (a person who tells of talks between others is no side of them:
		// "talks between the Philippines and its bank advisory committee
		// …, said David Mulford"; GUIDE.md: talks with one named party are
		// that party's alone)
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
// one day about the same target are one event; undated ones are one event
// within their article only (saidEventID).
func (d *doc) statements(c *claims, own map[[2]string]bool) []graph.Event {
	var out []graph.Event
	seen := map[string]int{}
	minted := map[string]string{}
	kind, _ := graph.EventKindOf("statement")
	for _, q := range c.quotes {
		if q.Speaker == "" {
			if ob, ok := d.unnamedDuty(q); ok {
				if _, dup := seen[ob.ID]; !dup {
					seen[ob.ID] = len(out)
					out = append(out, ob)
				}
			}
			continue
		}
		spk, ok := d.index(q.Speaker)
		if !ok || !actorType(d.ents[spk].Type) {
			continue
		}
		ev := graph.Event{Type: kind.Type, CAMEO: kind.CAMEO, Goldstein: kind.Goldstein, Date: q.Date, Status: "happened",
			Participants: []graph.Participant{{Entity: q.Speaker, Role: graph.RoleActor}}, Confidence: confStatement, Evidence: q.Evidence}
		ids := []string{q.Speaker}
		t := d.claimSubject(q, spk)
		if g := d.claimGovernment(q, spk); t < 0 && g >= 0 && d.obliged(q, g) != "" {
			t = g // "Lazarevic said the government must take responsibility": a duty put on it
		}
		if t >= 0 && !own[[2]string{q.Speaker, d.ents[t].ID}] {
			ev.Participants = append(ev.Participants, graph.Participant{Entity: d.ents[t].ID, Role: graph.RoleTarget})
			ids = append(ids, d.ents[t].ID)
			if typ, others := d.obligedWith(q, t); typ != "" {
				// "Baker said Japan must open its markets": a demand (100)
				// on the party the claim binds; "should", an appeal (020)
				k, _ := graph.EventKindOf(typ)
				status := "happened" // the demand is made (what it asks for would be "demanded")
				ob := graph.Event{Type: k.Type, CAMEO: k.CAMEO, Goldstein: k.Goldstein, Date: q.Date, Status: status,
					Participants: []graph.Participant{{Entity: q.Speaker, Role: graph.RoleActor}, {Entity: d.ents[t].ID, Role: graph.RoleTarget}},
					Confidence:   confStatement, Evidence: q.Evidence}
				obIDs := ids
				for _, o := range others {
					if d.ents[o].ID != q.Speaker && !own[[2]string{q.Speaker, d.ents[o].ID}] {
						ob.Participants = append(ob.Participants, graph.Participant{Entity: d.ents[o].ID, Role: graph.RoleTarget})
						obIDs = append(slices.Clone(obIDs), d.ents[o].ID)
					}
				}
				ob.ID = graph.EventID(ob.Type, ob.Date, "", obIDs) // minted as the clause path mints the same appeal or demand
				if _, dup := seen[ob.ID]; !dup {
					seen[ob.ID] = len(out)
					out = append(out, ob)
				}
			}
		}
		if ev.Date != "" {
			ev.Confidence += confStatementDate
		}
		if p := d.speechPlace(q, spk); p >= 0 {
			ev.Location = d.ents[p].ID
		}
		k := ev.Date + "\x1f" + strings.Join(ids, "\x1f") // minted once: a speaker's claims share their statement's id
		if ev.ID = minted[k]; ev.ID == "" {
			ev.ID = d.saidEventID(ev.Type, ev.Date, ids)
			minted[k] = ev.ID
		}
		if i, dup := seen[ev.ID]; dup {
			out[i].Confidence = min(out[i].Confidence+0.05, 0.6)
			continue
		}
		seen[ev.ID] = len(out)
		out = append(out, ev)
	}
	return out
}

// unnamedDuty is the appeal or demand a claim of an unnamed source puts on
// the named party it opens with ("Bankers said Japan should open its
// markets", "Japan must cut tariffs, U.S. officials said"; GUIDE.md: "X
// should do Y" said of a named party is an appeal, whoever says it): the
// party is its target, and no one named is its actor.
func (d *doc) unnamedDuty(q graph.Quote) (graph.Event, bool) {
	if q.UnnamedSpeaker == "" || q.Direct {
		return graph.Event{}, false
	}
	t := d.claimSubject(q, -1)
	if t < 0 {
		return graph.Event{}, false
	}
	if s, _, _ := d.claimAt(q); s == nil || !slices.ContainsFunc(s.lw, dutyWords.Has) {
		return graph.Event{}, false // (read before the sentence is parsed for it)
	}
	typ, others := d.obligedWith(q, t)
	if typ == "" {
		return graph.Event{}, false
	}
	k, _ := graph.EventKindOf(typ)
	ev := graph.Event{Type: k.Type, CAMEO: k.CAMEO, Goldstein: k.Goldstein, Date: q.Date, Status: "happened",
		Participants: []graph.Participant{{Entity: d.ents[t].ID, Role: graph.RoleTarget}}, Confidence: confStatement, Evidence: q.Evidence}
	ids := []string{d.ents[t].ID}
	for _, o := range others {
		ev.Participants = append(ev.Participants, graph.Participant{Entity: d.ents[o].ID, Role: graph.RoleTarget})
		ids = append(ids, d.ents[o].ID)
	}
	ev.ID = graph.EventID(ev.Type, ev.Date, "", ids)
	return ev, true
}

// dutyWords are the words without which a claim puts no duty on a party
// (obligedWith): "should", "must", "needs to", "ought to", "has to".
var dutyWords = wordset.Of(map[string]bool{"should": true, "must": true, "need": true, "needs": true, "ought": true,
	"has": true, "have": true, "had": true})

// saidEventID mints the ID of a statement: by its day when the article
// gives one, as any event; without one, within the article
// (graph.UndatedEventID), so that undated statements of one speaker in two
// articles are not one node. (A demand or appeal read from a claim is
// minted as any event, the same as when its verb tells it.)
func (d *doc) saidEventID(typ, date string, ids []string) string {
	if date == "" {
		return graph.UndatedEventID(d.articleID, typ, ids)
	}
	return graph.EventID(typ, date, "", ids)
}

// claimSubject is the party a claim is about: the name that opens it, past
// articles and titles, when it can act and is neither the speaker nor the
// speaker's own country. -1 otherwise: a claim about many things has no
// one target.
func (d *doc) claimSubject(q graph.Quote, speaker int) int {
	s, k, _ := d.claimAt(q)
	if s == nil {
		return -1
	}
	for n := 0; n < 3 && k < len(s.Tokens); n++ {
		w := s.w(k)
		if m := s.mentionAt(k); m != nil {
			if s.possessive(m.last) || !actorType(d.ents[m.ent].Type) || m.ent == speaker {
				return -1
			}
			own := speaker >= 0 && d.ents[speaker].Country != "" && d.ents[m.ent].Type == graph.Country && d.ents[m.ent].Country == d.ents[speaker].Country
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
		if w != "the" && w != "“" && w != "\"" && w != "both" {
			return -1 // ("both Germany and Japan must …": the first of the pair)
		}
		k++
	}
	return -1
}

// claimAt is where the claim of q starts: its sentence, the first token
// at or after the start and that start's offset; a nil sentence when the
// claim is not inside its evidence.
func (d *doc) claimAt(q graph.Quote) (*sent, int, int) {
	start := q.Evidence.Start + strings.Index(q.Evidence.Text, q.Text)
	s := d.sentenceAt(start)
	if s == nil || start < q.Evidence.Start {
		return nil, 0, start
	}
	k := 0
	for k < len(s.Tokens) && s.Tokens[k].Start < start {
		k++
	}
	return s, k, start
}

// claimGovernment is the country "the government" opening a claim stands
// for: the one country the article has named before it (GUIDE.md), when
// it is not the speaker's own by the speaker's country; -1 otherwise.
func (d *doc) claimGovernment(q graph.Quote, speaker int) int {
	s, k, _ := d.claimAt(q)
	if s == nil || s.w(k) != "the" || s.w(k+1) != "government" || s.mentionAt(k+1) != nil {
		return -1
	}
	c := d.onlyCountryBefore(s.Tokens[k].Start)
	if c < 0 || c == speaker || d.ents[speaker].Country != "" && d.ents[c].Country == d.ents[speaker].Country {
		return -1
	}
	return c
}

// obliged reads the claim of q about party t as a duty put on t: the
// clause t is the subject of has "must" (a demand) or "should" (an
// appeal), not negated. "" otherwise.
func (d *doc) obliged(q graph.Quote, t int) string {
	typ, _ := d.obligedWith(q, t)
	return typ
}

// obligedWith is obliged and the other parties the duty binds with t, named
// beside it as the clause's subject: "Japan and the United States must make
// efforts" binds both.
func (d *doc) obligedWith(q graph.Quote, t int) (string, []int) {
	s, _, start := d.claimAt(q)
	if s == nil {
		return "", nil
	}
	ps := s.parsed()
	for _, cl := range ps.Clauses {
		if cl.Negated || cl.Passive || s.Tokens[min(cl.Verb.Start, len(s.Tokens)-1)].Start < start {
			continue
		}
		for _, np := range cl.Subject {
			if w := ps.Lower(np.Head); (w == "needs" || w == "need") && np.Head > np.Start && np.Head == np.End-1 && cl.Verb.Start == np.End && strings.EqualFold(ps.Words[cl.Verb.Start], "to") {
				// "Japan needs to cut tariffs", the tagger reading "Japan
				// needs" as a noun phrase: Japan needs to act
				if m := s.mentionAt(np.Head - 1); m != nil && m.ent == t && !cl.Negated {
					if lex, err := loadLexicon(); err == nil && !outcomeVerbs.Has(lemma(lex, ps.Lower(cl.Head))) {
						return "appeal", nil
					}
				}
				continue
			}
			if m := s.mentionAt(np.Head); (m == nil || m.ent != t) && !(d.ents[t].Type == graph.Country && strings.EqualFold(ps.Words[np.Head], "government") && np.End-np.Start == 2) {
				continue // (or "the government", the country claimSubject took it for)
			}
			lex, err := loadLexicon()
			if err != nil || outcomeVerbs.Has(lemma(lex, ps.Lower(cl.Head))) && ps.Lower(cl.Head+1) != "up" {
				return "", nil // "South Africa should have no difficulty": what is expected, no duty ("should come up with a plan" is one)
			}
			for k := cl.Verb.Start; k+1 < cl.Head && cl.Modal == ""; k++ {
				// "West Germany needs to cut its rates, the Treasury said":
				// what a named party needs to do is asked of it (GUIDE.md:
				// "X needs Y" said of a named party is an appeal); not
				// "needs to see growth", what it needs to come about
				if l := lemma(lex, ps.Lower(k)); (l == "need" || l == "ought" || l == "have") && strings.EqualFold(ps.Words[k+1], "to") {
					return "appeal", d.coSubjects(s, cl, t)
				}
			}
			switch cl.Modal {
			case "must":
				return "demand", d.coSubjects(s, cl, t)
			case "should":
				return "appeal", d.coSubjects(s, cl, t)
			}
			return "", nil
		}
	}
	return "", nil
}

// coSubjects are the parties other than t named as the clause's subject:
// "Japan and the United States must …".
func (d *doc) coSubjects(s *sent, cl syntax.Clause, t int) []int {
	var out []int
	for _, a := range d.partiesOf(s, cl.Subject) {
		if a != t && actorType(d.ents[a].Type) && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

// outcomeVerbs tell what is expected to come about, not what a party is
// bound to do: "should have no difficulty", "should experience a 20 pct
// improvement", "must be near its bottom".
var outcomeVerbs = wordset.Of(map[string]bool{"be": true, "have": true, "experience": true, "see": true, "remain": true, "rise": true,
	"fall": true, "reach": true, "show": true, "benefit": true, "improve": true, "increase": true, "decline": true,
	"continue": true, "get": true, "come": true, "grow": true, "average": true, "total": true, "become": true,
	"stay": true, "exceed": true, "recover": true, "return": true, "gain": true, "lose": true, "suffer": true,
	"face": true, "feel": true, "find": true, "expect": true, "drop": true, "ease": true, "emerge": true,
	// a firm's results: "should be generating profits by 1988", "should earn more"
	"generate": true, "earn": true, "post": true, "report": true, "receive": true})

// selfWords stand for the speaker of a claim.
var selfWords = wordset.Of(map[string]bool{"he": true, "his": true, "i": true, "my": true, "we": true, "our": true})

// speakerInEvent reports the claim's speaker at the event's trigger: "the
// talks with X" the speaker tells of, a pronoun of the speaker, one of "he",
// "his", "I", "we" before it with no name between ("he wishes to attend a
// meeting", not "he believes Brazil will strike an agreement"), or "with
// him", "with us" after it.
func speakerInEvent(e *eventMention) bool {
	s := e.s
	if (s.w(e.k-1) == "the" || s.w(e.k-1) == "these") && s.w(e.end) == "with" {
		return true // "told the agency the talks with Ada Berg were useful": his own
	}
	for j := e.k - 1; j >= 0 && j >= e.k-6 && !s.breaks(j); j-- {
		if s.mentionAt(j) != nil || speechVerbs[s.w(j)] && j < e.k-1 && s.w(e.end) != "with" {
			// (not "He said a meeting of the committee had been postponed":
			// others' meeting he tells of; "he said that in meetings with
			// Suharto" are his)
			break
		}
		if selfWords.Has(s.w(j)) {
			return true
		}
	}
	for j := e.end; j < len(s.Tokens) && j <= e.end+4 && !s.breaks(j); j++ {
		if s.w(j) == "with" && (s.w(j+1) == "him" || s.w(j+1) == "me" || s.w(j+1) == "us") {
			return true
		}
	}
	return false
}

// speechPlace is where a claim was said, when its sentence tells: a place
// opening the sentence before the speaker ("In Bangkok, Thai Finance
// Minister X said") or after the speech verb ("said in Lagos", "told
// reporters in Washington"), outside what is said; -1 for none.
func (d *doc) speechPlace(q graph.Quote, speaker int) int {
	s, _, start := d.claimAt(q)
	if s == nil {
		return -1
	}
	end := start + len(q.Text)
	inClaim := func(m *mention) bool { return m.m.Start >= start && m.m.Start < end }
	// the speaker named in the sentence outside the claim, by the speech
	// verb (not "said in Lisbon that China had promised": China's words
	// were not said in Lisbon)
	named := func(v int) bool {
		for _, m := range s.mentions {
			if m.ent == speaker && !inClaim(&m) && (m.last <= v && v-m.last <= 4 || m.first > v && m.first-v <= 4) {
				return true
			}
		}
		return false
	}
	if f := s.tokenFrom(s.afterDateline()); s.w(f) == "in" && slices.ContainsFunc(s.mentions, func(m mention) bool { return m.ent == speaker && !inClaim(&m) }) {
		if m := s.mentionAt(f + 1); m != nil && m.first == f+1 && d.placeOrState(m) && s.w(m.last) == "," && !inClaim(m) && m.m.End <= start {
			return m.ent
		}
	}
	for v := range s.Tokens {
		if !speechVerbs[s.w(v)] || s.Tokens[v].Start >= start && s.Tokens[v].Start < end || !named(v) {
			continue
		}
		for j := v + 1; j < len(s.Tokens) && j <= v+3; j++ {
			if s.w(j) == "that" || s.breaks(j) && s.w(j) != "," {
				break
			}
			if s.w(j) != "in" {
				continue
			}
			if m := s.mentionAt(j + 1); m != nil && m.first == j+1 && d.placeOrState(m) && !inClaim(m) {
				return m.ent
			}
		}
	}
	return -1
}
