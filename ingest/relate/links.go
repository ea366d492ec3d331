package relate

// Offices and affiliations wire copy states by a phrase around two names
// rather than a title before one: "the committee, chaired by Rep. John
// Dingell", "the Federal Reserve under Chairman Paul Volcker", "TWA and its
// chairman, Carl Icahn", "Japan's delegate, Minoru Endo", "Roy Gallant,
// from Accu Weather Services".

import (
	"actorgraph/graph"
	"actorgraph/ingest/segment"
	"actorgraph/ingest/wordset"
)

// headedBy are the participles that name a body's head after it.
var headedBy = wordset.MapOf(map[string]string{"chaired": "chairman", "headed": "head", "led": "head"})

// delegateNouns name one who acts for a state or a body abroad or in
// talks: "Japan's delegate, X".
var delegateNouns = wordset.Of(map[string]bool{"delegate": true, "representative": true, "envoy": true, "negotiator": true,
	"ambassador": true, "spokesman": true, "spokeswoman": true})

// saidItsOffices reads an office a body states of its own man: "Manor Care
// Inc said its chairman and chief executive officer, Stewart Bainum Sr.,
// has resigned", "Japan said its ambassador Nobuo Matsunaga met". "its"
// right after the verb of saying is the speaker (saidIt); elsewhere its
// antecedent is left alone ("X, which holds a stake in Y, said its
// chairman" is X's, not Y's).
func (r *Relater) saidItsOffices(d *doc, c *claims, out *relations) {
	for _, s := range d.sents {
		for k := 1; k+2 < len(s.Tokens); k++ {
			t := k + 1 // where the title starts
			if s.w(k) != "its" {
				// "Triton Energy Corp said president Thomas Goff resigned":
				// the title right after the verb, in lower case, is the
				// speaker's too (not "…," said spokesman X: he speaks)
				if w := s.w(k - 2); !speechVerbs[s.w(k-1)] || !isLowerWord(s.raw(k)) || k < 2 || w == "," || w == "\"" || w == "”" {
					continue
				}
				t = k
			}
			if (s.w(t) == "founder" || s.w(t) == "co-founder") && s.w(t+1) == "and" {
				t += 2 // "founder and chairman X"
			}
			end, kind, ok := r.titleStartingAt(s, t)
			if !ok {
				// "senior vice president X", "deputy chairman X": a rank before the title
				q, below := t, false
				for q < t+2 && rankWords.Has(s.w(q)) {
					below = below || deputyWords.Has(s.w(q))
					q++
				}
				if q > t {
					if end, kind, ok = r.titleStartingAt(s, q); ok && below {
						kind = kindOfficial
					}
				}
			}
			for ok && s.w(end) == "and" {
				// "its chairman and chief executive officer"
				e2, k2, ok2 := r.titleStartingAt(s, end+1)
				if !ok2 {
					break
				}
				end, kind = e2, max(kind, k2)
			}
			if !ok {
				continue
			}
			role := d.body[s.Tokens[t].Start:s.Tokens[end-1].End]
			end += b2i(s.w(end) == ",")
			p := s.mentionAt(end)
			if p == nil || p.first != end || d.entity(p.ent).Type != graph.Person {
				continue
			}
			body := d.saidIt(s, k, c)
			if body < 0 || body == p.ent {
				continue
			}
			out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: predicateOf(kind), Object: d.entity(body).ID, Role: role,
				ValidFrom: d.published(), Confidence: confApposition, Evidence: d.evidence(s)})
		}
	}
}

// linkRelations reads the phrases of this file's comment.
func (r *Relater) linkRelations(d *doc, s *sent, out *relations) {
	add := func(p *mention, pred string, o *mention, role string) {
		if p == nil || o == nil || p.ent == o.ent {
			return
		}
		if d.entity(p.ent).Type != graph.Person || !isState(d.entity(o.ent)) {
			return
		}
		if pred == graph.RelAffiliatedWith && d.entity(o.ent).Type != graph.Organization {
			return
		}
		out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: pred, Object: d.entity(o.ent).ID, Role: role,
			ValidFrom: d.published(), Confidence: confApposition, Evidence: d.evidence(s)})
	}
	// the person after a title at k: "Rep. John Dingell", "Chairman Paul
	// Volcker", "Carl Icahn"
	personAt := func(k int) *mention {
		for j := k; j < len(s.Tokens) && j <= k+3; j++ {
			if m := s.mentionAt(j); m != nil && m.first == j {
				if d.entity(m.ent).Type == graph.Person {
					return m
				}
				return nil
			}
			if !segment.IsCapitalised(s.raw(j)) || s.w(j) == "," {
				return nil
			}
		}
		return nil
	}
	for i := range s.mentions {
		o := &s.mentions[i]
		if !isState(d.entity(o.ent)) {
			continue
		}
		k := o.last
		switch {
		case s.w(k) == "," && headedBy.At(s.w(k+1)) != "" && s.w(k+2) == "by":
			// "the House Energy and Commerce Committee, chaired by Rep. John Dingell,"
			add(personAt(k+3), graph.RelLeaderOf, o, headedBy.At(s.w(k+1)))
		case s.w(k) == "under" && (s.w(k+1) == "chairman" || s.w(k+1) == "president" || s.w(k+1) == "director"):
			// "the Federal Reserve under Chairman Paul Volcker"
			add(personAt(k+2), graph.RelLeaderOf, o, s.raw(k+1))
		case s.w(k) == "and" && (s.w(k+1) == "its" || s.w(k+1) == "their") && (s.w(k+2) == "chairman" || s.w(k+2) == "president") && s.w(k+3) == ",":
			// "TWA and its chairman, Carl Icahn,"
			add(personAt(k+4), graph.RelLeaderOf, o, s.w(k+2))
		case (s.w(k) == "," || s.w(k) == "party" && s.w(k+1) == ",") && s.w(k+1+b2i(s.w(k) == "party")) == "whose":
			// "the Law and Justice party, whose chairman is Jaroslaw
			// Kaczynski": the office the relative names, held by the
			// person after "is"
			j := k + 2 + b2i(s.w(k) == "party")
			if end, kind, ok := r.titleStartingAt(s, j); ok && (s.w(end) == "is" || s.w(end) == "was") {
				add(personAt(end+1), predicateOf(kind), o, d.body[s.Tokens[j].Start:s.Tokens[end-1].End])
			}
		case s.possessive(k) && delegateNouns.Has(s.w(k+1)) && s.w(k+2) == ",":
			// "Japan's delegate, Minoru Endo,"
			add(personAt(k+3), graph.RelOfficialOf, o, s.w(k+1))
		}
		// "Patrick Leahy (D-Vt.)", "Jim Wright, D-Tex,": the party's letter
		// in a legislator's bracket or comma tag makes him its member
		if partyLetter(o) && (s.w(o.first-1) == "(" || s.w(o.first-1) == ",") { // or "Jim Wright, D-Tex,"
			if p := s.mentionAt(o.first - 2); p != nil && p.last == o.first-1 && d.entity(p.ent).Type == graph.Person {
				out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: graph.RelAffiliatedWith, Object: d.entity(o.ent).ID, Role: "member",
					ValidFrom: d.published(), Confidence: confApposition, Evidence: d.evidence(s)})
			}
		}
		// "Roy Gallant, from Accu Weather Services,": the person before
		if p := s.mentionAt(o.first - 3); p != nil && s.w(o.first-1) == "from" && s.w(o.first-2) == "," && p.last == o.first-2 && (s.w(o.last) == "," || s.w(o.last) == ".") {
			add(p, graph.RelAffiliatedWith, o, "")
		}
	}
}
