package relate

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"actorgraph/graph"
	"actorgraph/ingest/cameo"
	"actorgraph/ingest/syntax"
	"actorgraph/ingest/timex"
	"actorgraph/ingest/wordset"
)

// trigger is a word that names an event of a type. Strength is how surely
// the word alone means that event (a "summit" is a summit; "demands" is
// often only talk of one). Verbal triggers take a subject as actor and a
// direct object as target.
type trigger struct {
	typ      string
	strength float64
	verbal   bool
}

// triggers maps lower-cased words, and two-word phrases joined by a space,
// to the events they name.
var triggers = map[string]trigger{
	"summit": {"summit", 0.6, false}, "summits": {"summit", 0.6, false},
	// "a summit meeting", "summit talks": one summit, not a meeting beside it
	"summit meeting": {"summit", 0.6, false}, "summit talks": {"summit", 0.6, false}, "summit conference": {"summit", 0.6, false},
	"meeting": {"meeting", 0.5, false}, "meetings": {"meeting", 0.5, false}, "met": {"meeting", 0.5, true}, "meet": {"meeting", 0.45, true},
	"meets": {"meeting", 0.5, true}, "get-together": {"meeting", 0.4, false},
	// "the OPEC conference", "a GATT ministerial conference" (not "a news
	// conference": pressMet)
	"conference": {"meeting", 0.45, false}, "conferences": {"meeting", 0.45, false},
	"consultations": {"meeting", 0.45, false},
	// "the next OPEC session", "a special session of the GATT council"
	// (not "the afternoon session" of a market: conferenceOfNoStates)
	"session": {"meeting", 0.45, false}, "sessions": {"meeting", 0.45, false},
	"visit": {"visit", 0.5, false}, "visits": {"visit", 0.5, true}, "visited": {"visit", 0.6, true},
	"visiting": {"visit", 0.5, true}, "arrived": {"visit", 0.5, true}, "arrival": {"visit", 0.5, false},
	"trip": {"visit", 0.4, false}, "toured": {"visit", 0.5, true},
	"hosted": {"hostVisit", 0.5, true}, "hosting": {"hostVisit", 0.5, true},
	"talks": {"talks", 0.5, false}, "negotiations": {"talks", 0.5, false}, "negotiated": {"talks", 0.5, true},
	"letter of":   {"agreement", 0.45, false}, // "a letter of intent" (only before "intent")
	"negotiating": {"talks", 0.45, true},
	// "continuing discussions with its bank lenders": talks, with their
	// other side named (a discussion of a topic alone is none)
	"discussions with": {"talks", 0.45, false}, "discussions between": {"talks", 0.45, false},
	"renegotiating": {"talks", 0.45, true}, "renegotiate": {"talks", 0.45, true},
	"demand": {"demand", 0.35, false}, "demands": {"demand", 0.35, false}, "demanded": {"demand", 0.5, true},
	"demanding": {"demand", 0.45, true},
	"urged":     {"appeal", 0.45, true}, "appealed": {"appeal", 0.5, true},
	"resolution": {"resolution", 0.6, false},
	"sanctions":  {"sanctions", 0.55, false}, "sanctioned": {"sanctions", 0.55, true}, "embargo": {"sanctions", 0.55, false},
	"repatriation": {"repatriation", 0.6, false}, "repatriated": {"repatriation", 0.65, true},
	"repatriate": {"repatriation", 0.55, true}, "repatriating": {"repatriation", 0.55, true},
	"sent home": {"repatriation", 0.55, true}, "send home": {"repatriation", 0.5, true},
	"deported": {"repatriation", 0.6, true}, "expelled": {"repatriation", 0.6, true},
	"proposal": {"proposal", 0.55, false}, "proposed": {"proposal", 0.55, true}, "proposes": {"proposal", 0.55, true},
	"agreement": {"agreement", 0.55, false}, "agreed": {"agreement", 0.5, true}, "signed": {"agreement", 0.55, true},
	"treaty": {"agreement", 0.5, false}, "accord": {"agreement", 0.5, false}, "deal": {"agreement", 0.4, false},
	"deals": {"agreement", 0.4, false}, "treaties": {"agreement", 0.5, false},
	"embargoes": {"sanctions", 0.55, false},
	"aid":       {"aid", 0.45, false}, "assistance": {"aid", 0.4, false},
	"rejected": {"reject", 0.55, true}, "rejects": {"reject", 0.5, true}, "refused": {"reject", 0.5, true},
	"threatened": {"threat", 0.55, true}, "threatens": {"threat", 0.5, true}, "threat": {"threat", 0.4, false},
	"protest": {"protest", 0.45, false}, "protested": {"protest", 0.5, true},
	"invasion": {"militaryAction", 0.65, false}, "invaded": {"militaryAction", 0.65, true},
	"invades": {"militaryAction", 0.65, true}, "attack": {"militaryAction", 0.5, false},
	"attacked": {"militaryAction", 0.55, true}, "airstrike": {"militaryAction", 0.6, false},
	"airstrikes": {"militaryAction", 0.6, false}, "bombed": {"militaryAction", 0.6, true},
	"tested": {"forcePosture", 0.4, true}, "launched": {"militaryAction", 0.4, true},
	"cooperation": {"cooperation", 0.45, false},
	"strike":      {"militaryAction", 0.45, false}, "strikes": {"militaryAction", 0.45, false},
	"struck": {"militaryAction", 0.45, true}, "seized": {"militaryAction", 0.45, true},
	"captured": {"militaryAction", 0.45, true},
	"protests": {"protest", 0.45, false}, "demonstrations": {"protest", 0.4, false},
	"protesting": {"protest", 0.45, true},
	"agreements": {"agreement", 0.5, false}, "accords": {"agreement", 0.5, false},
	"blocked": {"reject", 0.45, true}, // "blocked the plan" (blockedProposal)
	// "pressed for a restructuring", "has pushed for reforms": the
	// dictionary's PRESS and PUSH are demands (100) when "for" follows
	"pressed for": {"demand", 0.45, true}, "pressing for": {"demand", 0.45, true}, "presses for": {"demand", 0.45, true}, "press for": {"demand", 0.45, true},
	"pushed for": {"demand", 0.45, true}, "pushing for": {"demand", 0.45, true}, "pushes for": {"demand", 0.45, true}, "push for": {"demand", 0.45, true},
	"vetoed": {"reject", 0.55, true}, "pressed": {"appeal", 0.4, true}, "pressing": {"appeal", 0.4, true}, "presses": {"appeal", 0.4, true},
	"pledged": {"aid", 0.45, true}, "promised": {"aid", 0.4, true}, "donated": {"aid", 0.5, true},
	"pact": {"agreement", 0.5, false}, "pacts": {"agreement", 0.5, false}, "joint venture": {"agreement", 0.45, false},
	"merger": {"agreement", 0.4, false}, "linkup": {"agreement", 0.4, false}, "link-up": {"agreement", 0.4, false},
	"acquisition": {"agreement", 0.4, false}, "purchase": {"agreement", 0.4, false}, "takeover": {"agreement", 0.4, false}, "buyout": {"agreement", 0.4, false},
	"tie-up":     {"agreement", 0.4, false},
	"settlement": {"agreement", 0.4, false}, "arrangement": {"agreement", 0.4, false}, "arrangements": {"agreement", 0.4, false}, "loan": {"aid", 0.4, false}, "loans": {"aid", 0.4, false},
	"grant": {"aid", 0.4, false}, "grants": {"aid", 0.4, false}, "lending": {"aid", 0.35, false},
	"credits": {"aid", 0.35, false},
	"lend":    {"aid", 0.45, true}, "lends": {"aid", 0.45, true}, "lent": {"aid", 0.45, true}, // "banks will lend Argentina 500 mln dlrs"
	"opposed": {"reject", 0.45, true}, "opposes": {"reject", 0.45, true},
	// "Britain's opposition to the tax" (not "the opposition parties":
	// triggersIn and the nominal reader want "to" after it)
	"opposition": {"reject", 0.45, false},
	"rejection":  {"reject", 0.45, false}, // "the DOT's rejection of the application"
	"refusal":    {"reject", 0.45, false}, // "Brazil's refusal to accept an IMF program"
	"walkout":    {"protest", 0.45, false}, "stoppage": {"protest", 0.4, false}, "boycott": {"sanctions", 0.45, false},
	"urges": {"appeal", 0.45, true}, "urging": {"appeal", 0.4, true}, "called on": {"appeal", 0.45, true},
	"calls on": {"appeal", 0.45, true}, "insisted": {"demand", 0.4, true},
	// "called for the strikes", "asked for a 90-day extension", "turned
	// down the request": an appeal or a refusal made, its target named or not
	"called for": {"appeal", 0.45, true}, "calls for": {"appeal", 0.45, true},
	// "a call from Funaro for a change", "a call by Nakasone to clear up":
	// the noun's appeal, made by who "by" or "from" names
	"call for": {"appeal", 0.4, false}, // "renewed his call for import relief": only after its maker (callMaker)
	"call by":  {"appeal", 0.4, false}, "call from": {"appeal", 0.4, false}, "calls by": {"appeal", 0.4, false}, "calls from": {"appeal", 0.4, false},
	"asked for": {"appeal", 0.45, true}, "asks for": {"appeal", 0.45, true}, "calling for": {"appeal", 0.4, true},
	"turned down": {"reject", 0.5, true}, "turns down": {"reject", 0.5, true},
}

// firmAcquired reports "acquisition of" a named organisation right after
// the noun at k ("of Texas Commerce", "of the Armtek Corp"), with its buyer
// named by "by" after it or as its possessor before it.
func (d *doc) firmAcquired(s *sent, k int) bool {
	if s.w(k+1) != "of" {
		return false
	}
	j := k + 2 + b2i(s.w(k+2) == "the")
	o := s.mentionAt(j)
	if o == nil || o.first != j || d.ents[o.ent].Type != graph.Organization || shareWords.Has(s.w(o.last)) {
		return false // (not "its purchase of American Motors stock": shares, no firm)
	}
	if s.w(o.last) == "by" && s.mentionAt(o.last+1) != nil {
		return true
	}
	b, priced := k-1, false
	for b >= 0 {
		if w := s.w(b); w == "proposed" || w == "pending" || w == "planned" || w == "completed" {
			b--
		} else if isNumber(w) || moneyCounts.Has(w) || currencyName(w) {
			b, priced = b-1, true // "Chrysler's 1.5 billion dlr acquisition of American Motors": past the price
		} else {
			break
		}
	}
	b = s.skipTicker(b) // "Chrysler Corp's <C> acquisition"
	// (a pronoun across a price or year is not read: "its 1985 acquisition
	// of X" was often another firm's)
	return s.possessive(b) && (s.mentionAt(b) != nil || s.mentionAt(b-1) != nil) || !priced && (s.w(b) == "its" || s.w(b) == "their")
}

// boughtAsMeans reads a named firm's acquisition told as the means or
// occasion of what a firm did, "Halvard Corp entered the market in 1986
// with the purchase of Brask Inc", "expanded through the acquisition of
// Brask Inc": the clause's subject, a firm, bought the firm named after
// "of". It adds the buyer and reports the deal.
func (d *doc) boughtAsMeans(s *sent, e *eventMention) bool {
	k := e.k
	if s.w(k+1) != "of" || s.w(k-1) != "the" {
		return false
	}
	o := s.mentionAt(k + 2)
	if o == nil || o.first != k+2 || d.ents[o.ent].Type != graph.Organization || shareWords.Has(s.w(o.last)) {
		return false
	}
	ps := s.parsed()
	for _, cl := range ps.Clauses {
		for _, p := range cl.Preps {
			if w := ps.Lower(p.Prep); w != "with" && w != "through" && w != "via" && w != "after" && w != "following" || len(p.Object) == 0 || p.Object[0].Start != k-1 {
				continue
			}
			b := d.namedBuyer(s, ps, cl)
			if b < 0 || b == o.ent || cl.Passive {
				return false
			}
			// the two sides alone: others named near the noun are not its
			e.participants, e.order = map[int]string{}, nil
			e.add(b, graph.RoleParticipant)
			e.add(o.ent, graph.RoleParticipant)
			return true
		}
	}
	return false
}

// namedBuyer is the firm named as the clause's subject, or before the
// relative pronoun that is its subject ("Deutsche Bank AG <DBKG.F>,
// which entered …"); -1 for none or another kind of party.
func (d *doc) namedBuyer(s *sent, ps *syntax.Sentence, cl syntax.Clause) int {
	if len(cl.Subject) != 1 {
		return -1
	}
	np := cl.Subject[0]
	at := np.Head
	if w := ps.Lower(np.Head); np.End-np.Start == 1 && (w == "which" || w == "that") {
		at = np.Start - 1
		if s.w(at) == "," {
			at--
		}
		if s.w(at) == ">" {
			for at > 0 && s.w(at) != "<" {
				at--
			}
			at--
		}
	}
	m := s.mentionAt(at)
	if m == nil || d.ents[m.ent].Type != graph.Organization {
		return -1
	}
	return m.ent
}

// strikers are the parties named as the subject of the verb that takes
// a walk-out or protest noun at k as its object or after "on": "went on
// strike", "staged a protest", "declared a general strike", "called a
// strike" (its pronoun read as the subject it stands for).
func (d *doc) strikers(s *sent, k int, c *claims) []int {
	ps := s.parsed()
	lex, err := loadLexicon()
	if err != nil {
		return nil
	}
	for _, cl := range ps.Clauses {
		holds := false
		for _, o := range cl.Object {
			holds = holds || o.Start <= k && k < o.End
		}
		for _, p := range cl.Preps {
			if ps.Lower(p.Prep) == "on" && p.Prep == cl.Verb.End && len(p.Object) > 0 && p.Object[0].Start <= k && k < p.Object[0].End {
				holds = true // "went on strike"
			}
		}
		if !holds || cl.Passive || cl.Negated || !strikeVerbs.Has(lemma(lex, ps.Lower(cl.Head))) || ps.Lower(cl.Head+1) == "off" {
			continue // ("called off the strikes": ended)
		}
		var named []syntax.NounPhrase
		for _, np := range cl.Subject {
			// the name opens the subject ("IG Metall members", "the
			// union"), not "9,000 miners employed by Comibol"
			if w := s.w(np.Start - 1); w == "by" || w == "of" || w == "for" {
				continue // the parse's subject after a participle's preposition: "miners employed by Comibol declared"
			}
			if st := np.Start + b2i(ps.Lower(np.Start) == "the"); s.mentionAt(st) != nil || ps.POS[np.Head] == "PRP" {
				named = append(named, np)
			}
		}
		out := d.actorsOf(s, named)
		if len(out) == 0 && len(named) == 1 && ps.POS[named[0].Head] == "PRP" {
			if e := d.pronounSubject(s, ps, named[0], c); e >= 0 {
				out = []int{e}
			}
		}
		return slices.DeleteFunc(out, func(a int) bool { return d.ents[a].Type != graph.Organization && d.ents[a].Type != graph.Person })
	}
	return nil
}

// strikeVerbs take a walk-out or a protest: "went on strike", "staged a
// protest", "declared a general strike".
var strikeVerbs = wordset.Of(map[string]bool{"go": true, "stage": true, "declare": true, "call": true, "begin": true,
	"start": true, "launch": true, "hold": true, "continue": true, "mount": true, "organize": true, "organise": true})

// civilianFight reports a military action told by a word of fighting
// whose parties are all civilians: "a bidding war for Viacom", "Bradt
// defeated vice chairman Meierfeld by a vote", "Royal Trust moved into
// Europe": firms and people at war in a market or a vote use no force.
func (d *doc) civilianFight(s *sent, e *eventMention) bool {
	return e.typ == "militaryAction" && civilianFights.Has(s.w(e.k)) && len(e.participants) > 0 && d.civilian(e)
}

// civilianFights are the words of fighting that firms and people use of
// markets, votes and moves, no force.
var civilianFights = wordset.Of(map[string]bool{"war": true, "wars": true, "warfare": true, "battle": true, "battles": true,
	"defeated": true, "defeat": true, "moved": true, "move": true, "fight": true, "fought": true, "fighting": true})

// civilian reports an event whose every party is a person or a body our
// knowledge does not hold (a state's body, an armed group, an
// international one would be held: they may use force).
func (d *doc) civilian(e *eventMention) bool {
	for a := range e.participants {
		x := d.ents[a]
		if x.Type != graph.Person && x.Type != graph.Organization || x.Type == graph.Organization && (x.Wikidata != "" || x.Country != "") {
			return false
		}
	}
	return true
}

// ownerJoins adds to a deal noun with one side the party its possessive
// pronoun stands for, "its" or "their" before the noun and the words that
// qualify it ("its pending merger with X", "their proposed merger with
// X"), and reports whether one was added.
func (d *doc) ownerJoins(s *sent, e *eventMention, c *claims) bool {
	j := e.k - 1
	for j >= 0 && j >= e.k-3 && dealQualifiers.Has(s.w(j)) {
		j--
	}
	if w := s.w(j); w != "its" && w != "their" {
		return false
	}
	added := false
	for _, a := range d.pronounOwner(s, s.parsed(), j, c) {
		if _, in := e.participants[a]; !in && d.ents[a].Type == graph.Organization {
			e.add(a, graph.RoleParticipant)
			added = true
		}
	}
	return added
}

// dealQualifiers stand between a possessive and its deal noun: "its
// pending merger", "their proposed tie-up".
var dealQualifiers = wordset.Of(map[string]bool{"pending": true, "proposed": true, "planned": true, "possible": true,
	"previously": true, "announced": true, "recently": true, "recent": true, "agreed": true, "completed": true, "earlier": true})

// askedFor are the particles of the phrasal triggers ("called for",
// "turned down") whose events need their maker named.
var askedFor = wordset.Of(map[string]bool{"for": true, "down": true})

// askedBy reports a phrasal appeal or refusal whose verb heads a clause
// with a party for subject that is no text ("the agreement calls for"),
// an actor of the event, and whose object is no bond's call ("called for
// redemption").
func (d *doc) askedBy(s *sent, e *eventMention) bool {
	if !e.hasRole(graph.RoleActor) || s.w(e.k+2) == "redemption" || s.w(e.k-1) == "that" || s.w(e.k-1) == "which" {
		return false // "a proposal by X that called for": a text's terms
	}
	ps := s.parsed()
	for _, cl := range ps.Clauses {
		// "has been calling for": the progressive's participle heads it
		progressive := ps.POS[e.k] == "VBG" && cl.Verb.Start < e.k
		if cl.Head != e.k || cl.Passive || !strings.HasPrefix(ps.POS[e.k], "VB") || ps.POS[e.k] == "VBG" && !progressive {
			continue
		}
		for _, np := range cl.Subject {
			if textNouns.Has(ps.Lower(np.Head)) {
				return false
			}
		}
		for _, a := range d.partiesOf(s, cl.Subject) {
			if e.participants[a] == graph.RoleActor {
				return true
			}
		}
		if len(cl.Subject) == 1 && standIn(ps, cl.Subject[0]) {
			// "it called for", "he asked for": the actor found stands for
			// it; "a proposal that called for" is a text's
			w := ps.Lower(cl.Subject[0].Head)
			return w != "that" && w != "which"
		}
	}
	return false
}

// textNouns are texts whose terms "call for" what they lay down.
var textNouns = wordset.Of(map[string]bool{"agreement": true, "arrangement": true, "proposal": true, "plan": true, "directive": true,
	"bill": true, "law": true, "resolution": true, "accord": true, "pact": true, "contract": true, "legislation": true,
	"budget": true, "package": true, "program": true, "programme": true, "measure": true, "report": true, "treaty": true,
	"deal": true, "offer": true, "rules": true, "rule": true, "draft": true, "amendment": true, "statement": true, "telex": true,
	"complaint": true, "letter": true, "scheme": true, "terms": true, "policy": true, "strategy": true})

// metObjects are what one meets that is no party: a need, a target, a
// duty ("the country would meet its obligations").
var metObjects = wordset.Of(map[string]bool{
	"demand": true, "needs": true, "need": true, "targets": true, "target": true, "obligations": true,
	"obligation": true, "requirements": true, "requirement": true, "expectations": true, "criteria": true,
	"deadline": true, "standards": true, "costs": true, "payments": true, "conditions": true, "goals": true,
	"goal": true, "quota": true, "quotas": true, "commitments": true, "debts": true, "challenge": true,
	// "would meet a strong response", "met stiff resistance": what an act meets
	"response": true, "resistance": true, "opposition": true, "approval": true, "fate": true,
	"expenses": true, "shortfall": true, "demands": true, "terms": true, "specifications": true,
	"concerns": true, "concern": true, "wishes": true, "criterion": true, "cost": true, "bill": true,
})

// militaryStrikes are the words before "strike" that make it an armed
// attack; any other strike is a walk-out, which news names far more often
// ("warning strikes", "a strike at the port").
var militaryStrikes = wordset.Of(map[string]bool{
	"air": true, "missile": true, "military": true, "drone": true, "retaliatory": true, "pre-emptive": true,
	"preemptive": true, "artillery": true, "nuclear": true, "rocket": true, "naval": true, "surgical": true,
	"precision": true, "punitive": true, "u.s.": true,
})

// needsObject triggers are events only with a party or place as their
// object: "pressed Kenya to", "seized the cities of Goma", not "pressed
// ahead", "seized assets".
var needsObject = wordset.Of(map[string]bool{"pressed": true, "pressing": true, "presses": true, "seized": true, "captured": true, "struck": true,
	"lend": true, "lends": true, "lent": true})

// pressedAdjective reports "pressed" at k used as an adjective before a
// name or noun: after an adverb in -ly or at the sentence's start, or
// after an article ("financially pressed Brazil", "the hard pressed
// farmers"), with no "to" after it.
func pressedAdjective(s *sent, k int) bool {
	b := s.w(k - 1)
	if !(k == 0 || strings.HasSuffix(b, "ly") || b == "hard" || b == "the" || b == "a" || b == "its") {
		return false
	}
	return s.w(k+1) != "to" && s.w(k+1) != "for" && s.w(k+1) != "on" && s.w(k+1) != "ahead"
}

// pressedToAct reports "pressing chip makers to limit production": a
// verb of pressing whose object, named or not, is urged "to" act — an
// appeal by whoever presses.
func pressedToAct(s *sent, k int) bool {
	for j := k + 1; j < len(s.Tokens) && j <= k+5 && !s.breaks(j); j++ {
		if s.w(j) == "to" {
			return j > k+1 && j+1 < len(s.Tokens) && s.parsed().POS[j+1] == "VB"
		}
		if s.w(j) == "for" || s.w(j) == "ahead" || s.w(j) == "on" {
			return false
		}
	}
	return false
}

// moneyVerbs are aid only when a sum of money follows them ("pledged 355
// million euros"), not a promise of anything else.
var moneyVerbs = wordset.Of(map[string]bool{"pledged": true, "promised": true, "donated": true})

// notStrikes are the words before "strike" that make it a walk-out, not a
// military strike.
var notStrikes = wordset.Of(map[string]bool{
	"general": true, "hunger": true, "labor": true, "labour": true, "national": true, "workers": true,
	"teachers": true, "doctors": true, "nationwide": true, "rail": true, "union": true, "lucky": true,
})

// airlineFlies reports a visit whose travellers are all airlines: their
// flights to a place are a route, not a visit.
func (d *doc) airlineFlies(e *eventMention) bool {
	n := 0
	for ent, role := range e.participants {
		if role != graph.RoleActor {
			continue
		}
		name := " " + strings.ToLower(d.ents[ent].Name) + " "
		if d.ents[ent].Type != graph.Organization || !strings.Contains(name, " airlines ") && !strings.Contains(name, " airways ") &&
			!strings.Contains(name, " air lines ") && !strings.Contains(name, " airline ") && !strings.HasPrefix(name, " air ") {
			return false
		}
		n++
	}
	return n > 0
}

// disasterBefore reports a natural disaster's noun in the four words
// before token k: "the earthquake that struck Ecuador", "storms hit".
func (s *sent) disasterBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if disasterNouns.Has(s.w(j)) {
			return true
		}
	}
	return false
}

// disasterNouns name disasters of nature, which strike and hit no party.
var disasterNouns = wordset.Of(map[string]bool{"earthquake": true, "earthquakes": true, "quake": true, "quakes": true, "storm": true,
	"storms": true, "hurricane": true, "typhoon": true, "cyclone": true, "flood": true, "floods": true, "flooding": true,
	"tornado": true, "blizzard": true, "drought": true, "frost": true, "fire": true, "epidemic": true, "tremor": true,
	"tremors": true, "snowstorm": true, "landslide": true, "avalanche": true, "disease": true, "outbreak": true})

// threatOf reports a noun after "threat(s) of", up to two words between:
// "the threat of trade sanctions" names what is threatened, not done.
func threatOf(s *sent, k int) bool {
	for j := k - 1; j >= 1 && j >= k-3; j-- {
		if s.w(j) == "of" {
			return s.w(j-1) == "threat" || s.w(j-1) == "threats"
		}
	}
	return false
}

// liftedBefore reports a verb of lifting in the three words before k:
// "lifted its embargoes", "easing the sanctions".
func (s *sent) liftedBefore(k int) bool {
	return liftCues.Has(s.w(k-1)) || liftCues.Has(s.w(k-2)) || liftCues.Has(s.w(k-3))
}

// liftCues before "sanctions" undo them: lifting sanctions is not imposing
// them; the clause reader codes the easing (081) where it reads the verb.
var liftCues = wordset.Of(map[string]bool{
	"lift": true, "lifts": true, "lifted": true, "lifting": true, "ease": true, "eased": true, "easing": true,
	"remove": true, "removed": true, "removing": true, "scrap": true, "scrapped": true, "end": true, "ended": true,
	"ending": true, "drop": true, "dropped": true, "relief": true, "waive": true, "waived": true, "suspend": true,
	"suspended": true,
})

// baseVerbs are trigger nouns that are verbs after "to": "voted to demand".
var baseVerbs = wordset.Of(map[string]bool{"demand": true, "visit": true, "meet": true, "protest": true, "attack": true, "strike": true})

// symmetric events have participants on an equal footing.
var symmetric = map[string]bool{"summit": true, "meeting": true, "talks": true, "agreement": true, "cooperation": true}

// infrastructure proposals are events only when the sentence hopes or
// plans for them; otherwise a pipeline is just a pipeline.
var hopeCues = map[string]bool{
	"hope": true, "hopes": true, "hoped": true, "plan": true, "plans": true, "planned": true,
	"propose": true, "proposed": true, "could": true, "would": true, "built": true, "build": true,
}

// negations before a verbal trigger, or between a noun trigger and its
// verb, mean the event did not happen: "has not been inclined to grant".
var negations = wordset.Of(map[string]bool{"not": true, "n't": true, "never": true, "cannot": true, "no": true})

// mention of an event in one sentence, before merging.
type eventMention struct {
	typ, status  string
	strength     float64
	verbal       bool
	k, end       int // trigger tokens [k, end)
	s            *sent
	date         timex.Date
	dateText     string // the words of the date, as written ("next week")
	location     int    // entity index, -1 for none
	participants map[int]string
	order        []int
	attributed   string
	lastSent     int // the index of the last sentence merged into it
	// stated are the sentences of every mention merged into it, by index
	// (empty while it is one mention)
	stated []int
	// restated marks a mention that only tells again of an event told
	// before — a bid with one side named or "the offer" (doc.earlierBid),
	// an agreement only named, "the acquisition": it merges into that
	// event (never starts one) and adds its sentence and any side it
	// names, not its date, status or evidence
	restated bool
	// sidesNamed marks a restated agreement that names two sides: an event
	// of its own when no earlier one takes it in
	sidesNamed bool
	// code is the CAMEO code read from the clause or noun ("" for the
	// type's); structured marks events read from the parse.
	code       string
	structured bool
	// sector is what the text says of a party's part ("Russian troops":
	// MIL), by entity index; it goes into the party's actor code.
	sector map[int]string
	// terms marks an agreement told by its terms ("the agreement calls
	// for X to pay Y"): made, at no date the sentence gives.
	terms bool
	// cover are the words [cover[0], cover[1]) a structured event read
	// (its verb group and objects): no trigger among them is another event.
	cover [2]int
	// bidFor is the firm a bid was read to be made for from its own
	// answer to it ("TMOC told shareholders not to accept Santos' bid"):
	// a speaker kept as the bid's target, as its index + 1; 0 none
	bidFor int
}

// underAgreement reports a clause opened by "Under the agreement,",
// "Under a separate accord," before token k: what follows are the terms
// of a deal made.
func (s *sent) underAgreement(k int) bool {
	j := s.firstWord()
	if s.w(j) != "under" {
		return false
	}
	for n := j + 1; n < k && n <= j+6; n++ {
		if dealTerms.Has(s.w(n)) {
			// the clause after the phrase's comma, not a verb inside it
			// ("Under the agreement signed last July, …": the signing)
			for c := n + 1; c < k && c <= n+12; c++ {
				if s.w(c) == "," {
					return true
				}
			}
			return false
		}
	}
	return false
}

// dealTerms name a deal whose terms a clause may tell.
var dealTerms = wordset.Of(map[string]bool{"agreement": true, "accord": true, "deal": true, "contract": true, "pact": true, "arrangement": true})

// anaphoric reports a bare definite mention ("the talks", "the latest round
// of negotiations") that names no party and no date of its own: it refers
// back to an event already told of.
func (e *eventMention) anaphoric() bool {
	if len(e.participants) > 0 || !e.date.IsZero() {
		return false
	}
	for j := e.k - 1; j >= 0 && j >= e.k-3; j-- {
		switch e.s.w(j) {
		case "the", "this", "that", "these":
			return true
		}
		if e.s.breaks(j) || e.s.mentionAt(j) != nil {
			return false
		}
	}
	return false
}

// drop takes ent out of e's participants.
func (e *eventMention) drop(ent int) {
	delete(e.participants, ent)
	e.order = slices.DeleteFunc(e.order, func(x int) bool { return x == ent })
}

// keepTargets drops the targets not among keep.
func (e *eventMention) keepTargets(keep []int) {
	for ent, role := range e.participants {
		if role == graph.RoleTarget && !slices.Contains(keep, ent) {
			e.drop(ent)
		}
	}
}

func (e *eventMention) add(ent int, role string) {
	if e.participants == nil {
		e.participants = map[int]string{}
	}
	if old, ok := e.participants[ent]; ok {
		if rolePriority(role) > rolePriority(old) {
			e.participants[ent] = role
		}
		return
	}
	e.participants[ent] = role
	e.order = append(e.order, ent)
}

// sideRank orders the sides of a symmetric event: the one that acted
// ("Loral's acquisition of Goodyear"), the ones it acted with, the one
// acted on.
func sideRank(r string) int {
	switch r {
	case graph.RoleActor:
		return 3
	case graph.RoleParticipant:
		return 2
	}
	return 1
}

func rolePriority(r string) int {
	switch r {
	case graph.RoleActor:
		return 3
	case graph.RoleTarget:
		return 2
	}
	return 1
}

// events reads the event mentions of every sentence, merges the mentions
// of one event across sentences and returns them as graph events.
func (r *Relater) events(d *doc, c *claims, own map[[2]string]bool) []graph.Event {
	var all []*eventMention
	for _, s := range d.sents {
		ms := r.sentenceEvents(d, s, c)
		for _, e := range ms {
			if e.typ == "proposal" && e.hasRole(graph.RoleActor) && e.hasRole(graph.RoleTarget) && e.status != "demanded" {
				d.bids = append(d.bids, e)
			}
		}
		all = append(all, ms...)
	}
	all = slices.DeleteFunc(all, func(e *eventMention) bool {
		// "Reagan will meet the press", "met reporters": a news
		// conference, no meeting of parties; "there are no plans for
		// Dilson Funaro to meet commercial bankers": denied (GUIDE.md).
		// Dropped before merging, so that they lend no place or date.
		return e.typ == "meeting" && (pressMet(e.s, e.k) || d.conferenceOfNoStates(e)) || noPlansFor(e.s, e.k)
	})
	for _, e := range all {
		if e.typ == "agreement" {
			d.dropApprovers(e)
		}
		if e.typ == "reject" && !e.hasRole(graph.RoleTarget) {
			d.rejectedBid(e)
		}
	}
	all = slices.DeleteFunc(all, func(e *eventMention) bool {
		return e.typ == "threat" && (guessedThreat(e, c) || r.thingThreatens(e.s, e.k)) || e.typ == "reject" && !rejectWords.Has(e.s.w(e.k)) && guessedThreat(e, c) ||
			e.typ == "appeal" && financeCall(e.s, e.k) || e.typ == "reject" && !e.hasRole(graph.RoleTarget) && opposesPolicy(e.s, e.k) ||
			e.typ == "reject" && !e.structured && e.s.w(e.k+1) == "to" && silenced(e.s, e.k+2) // "He refused to comment": no refusal of anyone's
	})
	merged := mergeEvents(all)
	var out []graph.Event
	for _, e := range merged {
		if len(e.participants) == 0 {
			// "the Paris meeting last month", "talks in Rio de Janeiro
			// Wednesday": no named party, no event to code (GUIDE.md: at
			// least one party; CAMEO codes a source's act)
			continue
		}
		if (e.typ == "appeal" || e.typ == "demand") && d.courtAsked(e) {
			continue // "filed a motion with the Texas Court of Appeals": a court asked to rule, no appeal (GUIDE.md)
		}
		if e.typ == "agreement" && agreeForms.Has(e.s.w(e.k)) && (e.s.w(e.k-1) == "," || e.s.w(e.k-1) == "\"" || e.s.w(e.k-1) == "”") && e.s.mentionAt(e.end) != nil {
			continue // `"…," agreed Allan Leslie of Discount Corp`: a speaker's attribution, no agreement
		}
		if e.typ == "agreement" && agreeForms.Has(e.s.w(e.k)) && (len(e.participants) == 1 && e.s.w(e.end) == "that" || e.hasRole(graph.RoleActor) && concurs(e.s, e.end)) {
			// "Japan agreed that the yen was too strong", "Feiter agreed
			// the Community must take greater heed": one side concurs in a
			// view, no agreement
			continue
		}
		if e.typ == "agreement" && agreeForms.Has(e.s.w(e.k)) && e.s.w(e.end) == "with" && opinionAhead(e.s, e.end+1) {
			continue // "agreed with Wang's remarks": one concurs in a view, no agreement
		}
		if e.typ == "agreement" && agreeForms.Has(e.s.w(e.k)) && len(e.participants) < 2 && e.s.w(e.k+1) == "," &&
			(e.s.w(e.k+2) == "saying" || e.s.w(e.k+2) == "adding" || e.s.w(e.k+2) == "noting") {
			continue // "Jon Berg of Halvard Bank agreed, saying the dollar would fall": a view shared, no agreement
		}
		if e.typ == "visit" && e.verbal && e.s.w(e.k) == "visiting" {
			d.visitingPerson(e)
		}
		for p := range e.participants {
			if e.s.namesScandal(p) {
				e.drop(p) // "damaged by the arms-to-Iran scandal": the affair's name, no party
			}
		}
		if e.typ == "agreement" || e.typ == "proposal" || e.typ == "talks" || e.typ == "meeting" || e.typ == "cooperation" {
			for p := range e.participants {
				if d.ents[p].Type != graph.Country {
					continue
				}
				if ok, owned := d.namesFirmOf(e.s, p); ok {
					// "a joint venture between ITT and France's state-owned
					// CGE", "an agreement with a Canadian marketing company",
					// "to a group of South African investors": the state is
					// only where the firm is from; the firm it owns, named,
					// is the side
					role := e.participants[p]
					e.drop(p)
					if owned >= 0 && e.participants[owned] == "" {
						e.add(owned, role)
					}
				}
			}
		}
		if len(e.participants) == 0 {
			continue // every party was a name's modifier or an affair's name
		}
		if e.typ == "visit" {
			d.hostOfPlace(e)
		}
		if e.typ == "agreement" && len(e.participants) == 1 {
			if o := d.dealOtherSide(e); o >= 0 {
				e.add(o, graph.RoleParticipant)
			}
		}
		if (e.typ == "proposal" || e.typ == "agreement") && !e.verbal {
			// "Conseco's proposal to acquire Western National from Beneficial
			// Corp": the seller is the one the deal is put to or made with,
			// not the firm that changes hands
			if bought, seller := d.boughtFrom(e.s, e.k+1); bought >= 0 && e.participants[bought] != "" {
				role := e.participants[bought]
				e.drop(bought)
				if e.participants[seller] == "" {
					e.add(seller, role)
				}
			}
		}
		if e.typ == "militaryAction" && dealStruck(e.s, e.k) {
			// "a deal was struck with Hutton": a deal made, no blow
			e.typ, e.code = "agreement", "057"
			for p := range e.participants {
				e.participants[p] = graph.RoleParticipant
			}
		}
		if d.businessOnly(e) {
			continue // firms doing business: no event of these kinds (GUIDE.md: ordinary business)
		}
		if e.typ == "aid" && !e.hasRole(graph.RoleTarget) && !e.hasRole(graph.RoleParticipant) && (marketAided(e) || programNamed(e)) {
			// "provided the money market with assistance worth 646 mln
			// stg", "U.S. assistance programs": a central bank's market
			// operation, or a programme named, is no aid given to a party
			// (GUIDE.md: X provides aid to Y)
			continue
		}
		if (e.typ == "agreement" || e.typ == "proposal" || e.typ == "reject") && e.location >= 0 && d.firmsOnly(e) {
			// "purchased Miami-based Heinl's Nursery", "to sell the
			// restaurant in Urbana, Md.", "a Portland, Maine lessor": the
			// place of a firm or of what it sells, not of the deal
			e.location = -1
		}
		if e.typ == "aid" && !e.verbal && governedBy(e, cancelWords, 6) {
			// "cancelled 450 mln dlrs in loan commitments to the
			// Philippines": aid withdrawn is no aid given (the clause reader
			// codes the cut where the dictionary knows the verb)
			continue
		}
		if e.typ == "aid" && !e.verbal && !e.hasRole(graph.RoleTarget) && governedBy(e, askWords, 5) {
			continue // "the request for Norland aid", "appealed for aid": aid asked for, not given
		}
		if e.typ == "cooperation" && !e.verbal && governedBy(e, wantWords, 4) {
			// "called for more cooperation with Japan", "the request for
			// White House cooperation", "a drive to intensify economic
			// cooperation": cooperation wanted, not had
			continue
		}
		if (e.status == "happened" || e.status == "" || e.status == "planned") && e.typ != "appeal" && e.typ != "demand" && e.typ != "threat" && urgedAct(e) {
			// "urged the U.S. government to impose trade sanctions against
			// Japan", "asked Vardo to hold talks": the act asked for is
			// demanded, not done (GUIDE.md: status demanded)
			e.status = "demanded"
		}
		if (e.status == "happened" || e.status == "") && calledFor(e) && (symmetric[e.typ] || e.typ == "sanctions" || e.typ == "visit") {
			// "called for talks with Iran", "called for sanctions against
			// South Africa": asked for, not held or imposed (GUIDE.md:
			// status demanded)
			e.status = "demanded"
		}
		if e.typ == "meeting" && d.shareholdersMeeting(e) {
			continue // "at the GenCorp annual meeting": a firm's own meeting of its owners, ordinary business
		}
		if e.typ == "appeal" && informed(e.s, e.k) {
			continue // "Telecom said it advised Siemens it intends to close", "retained to advise Pacific Lighting on": told or counselled, no appeal
		}
		if e.typ == "resolution" && settlingResolution(e.s, e.k) {
			continue // "a resolution of the dispute", "a so-called continuing resolution": a settling or a spending bill, no body's resolution
		}

		out = append(out, d.toEvent(e))
	}
	for _, ev := range d.statements(c, own) {
		if ev.Type != "statement" && slices.ContainsFunc(out, func(o graph.Event) bool {
			return o.Type == ev.Type && o.Evidence.Start == ev.Evidence.Start && slices.Equal(o.Participants, ev.Participants)
		}) {
			continue // a duty the clause reader already coded: "suggested that Vardo should join"
		}
		out = append(out, ev)
	}
	return sameIDOnce(out)
}

// samePartsRoles reports two events with the same parties in the same roles.
func samePartsRoles(a, b graph.Event) bool {
	if len(a.Participants) != len(b.Participants) {
		return false
	}
	for _, p := range a.Participants {
		if !slices.ContainsFunc(b.Participants, func(q graph.Participant) bool { return q.Entity == p.Entity && q.Role == p.Role }) {
			return false
		}
	}
	return true
}

// sameIDOnce keeps one event of each id: two readings of one type, date,
// place and parties ("He urged X to act" read by the clause reader and by
// the statement's duty) are one node of the graph, the first with the
// other's sentences among its mentions.
func sameIDOnce(evs []graph.Event) []graph.Event {
	at := make(map[string]int, len(evs))
	out := evs[:0]
	for _, ev := range evs {
		i, seen := at[ev.ID]
		if !seen || !samePartsRoles(out[i], ev) {
			// (one event's actor the other's target, "Canada expelled
			// Indian diplomats; India expelled Canadian diplomats", are two)
			if !seen {
				at[ev.ID] = len(out)
			}
			out = append(out, ev)
			continue
		}
		first := &out[i]
		for _, m := range append([]graph.Evidence{ev.Evidence}, ev.Mentions...) {
			if m.Start == first.Evidence.Start && m.End == first.Evidence.End || slices.ContainsFunc(first.Mentions, func(o graph.Evidence) bool { return o.Start == m.Start && o.End == m.End }) {
				continue
			}
			first.Mentions = append(first.Mentions, m)
		}
		slices.SortFunc(first.Mentions, graph.EvidenceOrder)
	}
	return out
}

// pressWords name the press one meets at a news conference.
var pressWords = wordset.Of(map[string]bool{"press": true, "reporters": true, "journalists": true, "newsmen": true, "correspondents": true})

// pressMet reports a verb of meeting at k whose object is the press:
// "will meet the press very soon", "met reporters".
func pressMet(s *sent, k int) bool {
	switch s.w(k) {
	case "conference", "conferences":
		// "a news conference", "a telephone conference call", "the
		// conference room"
		w := s.w(k - 1)
		return pressWords.Has(w) || w == "news" || w == "telephone" || w == "video" || s.w(k+1) == "call" || s.w(k+1) == "room"
	case "meet", "meets", "met", "meeting":
	default:
		return false
	}
	j := k + 1 + b2i(s.w(k+1) == "the" || s.w(k+1) == "with")
	j += b2i(s.w(j) == "the")
	return pressWords.Has(s.w(j))
}

// sessionWords before "session" make it a market's or a day's part, no
// meeting: "the afternoon session", "in late trading session".
var sessionWords = wordset.Of(map[string]bool{"trading": true, "morning": true, "afternoon": true, "evening": true,
	"overnight": true, "day": true, "night": true, "floor": true, "market": true, "stock": true, "futures": true,
	"training": true, "photo": true, "question": true, "practice": true, "late": true, "early": true, "previous": true,
	"today's": true, "yesterday's": true, "friday's": true, "monday's": true, "tuesday's": true, "wednesday's": true, "thursday's": true})

// conferenceOfNoStates reports a conference or session that no
// intergovernmental body takes part in: "told a Euromoney conference", "a
// conference organized by the Massachusetts Institute of Technology" are a
// firm's or a school's gatherings, where "the OPEC conference" and "a
// United Nations conference on natural rubber" are meetings of states, as
// "the next OPEC session" is.
func (d *doc) conferenceOfNoStates(e *eventMention) bool {
	switch w := e.s.w(e.k); w {
	case "conference", "conferences":
	case "session", "sessions":
	default:
		return false
	}
	for a := range e.participants {
		if d.actorCode != nil && strings.HasPrefix(d.actorCode(d.ents[a], ""), "IGO") {
			return false
		}
	}
	return true
}

// noPlansFor reports "no plans for X to" or "no plan to" shortly before
// the trigger at k, in its clause: "there are no plans for Brazilian
// finance minister Dilson Funaro to meet commercial bankers", "there were
// no plans for an emergency OPEC meeting".
func noPlansFor(s *sent, k int) bool {
	for j := k - 1; j >= 1 && j >= k-10 && !s.breaks(j); j-- {
		if (s.w(j) == "plans" || s.w(j) == "plan") && s.w(j-1) == "no" {
			return true
		}
	}
	return false
}

// opinionNouns name what one says or thinks, which one agrees with
// without any agreement between parties.
var opinionNouns = wordset.Of(map[string]bool{"remarks": true, "remark": true, "view": true, "views": true, "comments": true,
	"comment": true, "assessment": true, "position": true, "statement": true, "statements": true, "analysis": true,
	"opinion": true, "conclusion": true, "conclusions": true, "argument": true, "criticism": true, "suggestion": true})

// opinionAhead reports an opinion noun within the few words from k, before
// a break: "with Wang's remarks", "with the bank's assessment".
func opinionAhead(s *sent, k int) bool {
	for j := k; j < len(s.Tokens) && j <= k+5 && !s.breaks(j); j++ {
		if opinionNouns.Has(s.w(j)) {
			return true
		}
	}
	return false
}

// blockedProposal reports a plan, bill or deal among the few words after
// "blocked" at k: "have blocked a second stage of the system", "blocked
// the merger" (not "blocked roads", "blocked accounts").
func blockedProposal(s *sent, k int) bool {
	for j := k; j < len(s.Tokens) && j <= k+4 && !s.breaks(j); j++ {
		if blockedNouns.Has(s.w(j)) {
			return true
		}
	}
	return false
}

var blockedNouns = wordset.Of(map[string]bool{"plan": true, "plans": true, "proposal": true, "proposals": true, "bill": true,
	"bid": true, "deal": true, "merger": true, "takeover": true, "measure": true, "measures": true, "move": true, "reform": true,
	"reforms": true, "stage": true, "resolution": true, "sale": true, "agreement": true, "accord": true, "attempt": true,
	"initiative": true, "amendment": true, "legislation": true, "offer": true, "acquisition": true, "appointment": true})

// topicOfTalks reports a noun at k inside the phrase that tells what talks
// or a meeting are about: "talks on further Venezuelan assistance",
// "talks with Norland on a Kolby loan", "negotiations over sanctions".
func topicOfTalks(s *sent, k int) bool {
	for j := k - 1; j >= 1 && j >= k-6 && !s.breaks(j); j-- {
		if w := s.w(j); w == "on" || w == "about" || w == "over" || w == "concerning" {
			t := j - 1
			if m := s.mentionAt(t); m != nil && (s.w(m.first-1) == "with" || s.w(m.first-1) == "between") {
				t = m.first - 2 // "talks with Norland on"
			}
			return talksNouns.Has(s.w(t))
		}
		if triggers[s.w(j)].typ != "" && j != k {
			return false
		}
		if m := s.mentionAt(j); m != nil {
			j = m.first // a name that qualifies the noun: "a Kolby loan", "Venezuelan assistance"
		}
	}
	return false
}

var talksNouns = wordset.Of(map[string]bool{"talks": true, "negotiations": true, "discussions": true, "consultations": true,
	"meeting": true, "meetings": true, "conference": true, "negotiation": true})

// withdrawVerbs take back a proposal already made.
var withdrawVerbs = wordset.Of(map[string]bool{"withdraw": true, "withdraws": true, "withdrew": true, "withdrawn": true,
	"withdrawing": true, "drop": true, "dropped": true, "abandon": true, "abandoned": true, "rescind": true, "rescinded": true})

// weighVerbs weigh a proposal already made.
var weighVerbs = wordset.Of(map[string]bool{"consider": true, "considers": true, "considered": true, "considering": true,
	"reconsider": true, "study": true, "studying": true, "review": true, "reviewing": true, "evaluate": true, "evaluating": true,
	"weigh": true, "weighing": true, "examine": true, "examining": true})

// deliberated reports a proposal noun that is the object of a verb of
// weighing it ("will consider the Chrysler bid", "is studying the offer"):
// the proposal exists, whatever the weighing's tense.
func deliberated(s *sent, e *eventMention) bool {
	if e.verbal || e.typ != "proposal" {
		return false
	}
	for _, cl := range s.parsed().Clauses {
		if !weighVerbs.Has(s.w(cl.Head)) && !withdrawVerbs.Has(s.w(cl.Head)) || cl.Passive || cl.Negated {
			continue // ("intends to withdraw its proposal by March 30": the proposal was made; the date is the withdrawal's)
		}
		for _, np := range cl.Object {
			if np.Start <= e.k && e.k <= np.Head {
				return true
			}
		}
	}
	return false
}

// boardOwner is the body whose board holds the meeting noun e names with
// "board" before it and no party of its own, when the sentence names that
// board by its owner before it ("American Motors' board will consider the
// bid at a regularly scheduled board meeting", "the Halvard Corp board
// … at a board meeting"); -1 otherwise.
func (d *doc) boardOwner(s *sent, e *eventMention) int {
	if e.verbal || len(e.participants) > 0 || e.typ != "meeting" || s.w(e.k) != "meeting" || s.w(e.k-1) != "board" {
		return -1
	}
	for j := 0; j < e.k-1; j++ {
		if s.w(j) != "board" || s.w(j+1) == "meeting" {
			continue
		}
		o := j - 1
		if s.possessive(o) {
			o--
		}
		if m := s.mentionAt(o); m != nil && m.last == o+1 && d.ents[m.ent].Type == graph.Organization {
			return m.ent
		}
	}
	return -1
}

// ownersMeetingWords before "meeting" make it a firm's meeting of its
// owners: "the annual meeting", "a special shareholders meeting".
var ownersMeetingWords = wordset.Of(map[string]bool{"annual": true, "shareholders": true, "stockholders": true, "shareholder": true,
	"stockholder": true, "shareholders'": true, "stockholders'": true, "special": true})

// shareholdersMeeting reports a meeting e names by "meeting" after words of
// a firm's owners' meeting, all of whose parties are companies by their
// legal form ("the GenCorp Inc annual meeting"; the IADB's annual meeting
// of governments stays a meeting).
func (d *doc) shareholdersMeeting(e *eventMention) bool {
	if w := e.s.w(e.k); w != "meeting" && w != "meetings" {
		return false
	}
	owners := false
	for j := e.k - 1; j >= 0 && j >= e.k-3; j-- {
		if ownersMeetingWords.Has(e.s.w(j)) || e.s.possessive(j) && ownersMeetingWords.Has(e.s.w(j-1)) {
			owners = true
		}
	}
	if !owners {
		return false
	}
	if len(e.participants) == 0 {
		return false
	}
	for ent := range e.participants {
		// a company by its legal form: "GenCorp Inc", "CTS Corp"
		if x := d.ents[ent]; x.Type != graph.Organization || !legalTail.Has(strings.ToLower(strings.TrimSuffix(x.Name[strings.LastIndexByte(x.Name, ' ')+1:], "."))) {
			return false
		}
	}
	return true
}

// labourBefore reports workers or a union named in the few words before
// a verb of striking: "its members have struck", "the Writers Guild of
// America struck".
func (s *sent) labourBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-6 && !s.breaks(j); j-- {
		if labourWords.Has(s.w(j)) {
			return true
		}
	}
	return false
}

// purchaseNouns name a firm's purchase of another: "the pending acquisition
// of Texas Commerce by Chemical", "the buyout of Brask Inc".
var purchaseNouns = wordset.Of(map[string]bool{"acquisition": true, "purchase": true, "takeover": true, "buyout": true})

// strikeSenses follow "strike" read in a sense of its own: "strike a
// balance", "strike a chord".
var strikeSenses = wordset.Of(map[string]bool{"a balance": true, "the balance": true, "a chord": true, "a note": true,
	"a compromise": true, "a bargain": true, "a blow": true, "a deal": true, "a pose": true, "a tone": true})

// winVerbs take a contract from the party that gives it.
var winVerbs = wordset.Of(map[string]bool{"won": true, "wins": true, "win": true, "received": true, "receives": true,
	"receive": true, "got": true, "gets": true, "obtained": true, "awarded": true, "landed": true, "secured": true})

// contractsWon reads a contract won from, or awarded by, a named party as
// an agreement of the two (GUIDE.md: an agreement between two named
// parties): "Alcatel Cit has won a 15 mln franc contract from the Swedish
// armed forces", "Systemhouse Inc said it has been awarded a 12 mln dlr
// contract by the County of Los Angeles", "it received a contract from
// Union Carbide Corp". "Signed a contract with" is read as any signed
// agreement is.
func (d *doc) contractsWon(s *sent, c *claims) []*eventMention {
	var out []*eventMention
	for k := 1; k+3 < len(s.Tokens); k++ {
		if !winVerbs.Has(s.w(k)) || s.mentionAt(k) != nil {
			continue
		}
		j := k + 1
		for j < len(s.Tokens) && j <= k+10 && s.w(j) != "contract" && s.w(j) != "contracts" && s.w(j) != ";" && s.w(j) != "." && s.mentionAt(j) == nil && !speechVerbs[s.w(j)] {
			j++
		}
		if w := s.w(j); w != "contract" && w != "contracts" || s.mentionAt(j) != nil {
			continue
		}
		p := measureEnd(s, j+1) // "a contract worth more than 500 mln dlrs from Boeing Co"
		if w := s.w(p); w != "from" && w != "by" && w != "with" {
			continue
		}
		m := nameAfter(s, p+1)
		if m == nil || !actorType(d.ents[m.ent].Type) {
			continue
		}
		winner, _ := d.subject(s, k, c)
		if winner < 0 || winner == m.ent || !actorType(d.ents[winner].Type) {
			continue
		}
		e := &eventMention{typ: "agreement", code: "057", strength: 0.5, verbal: true, k: k, end: j + 1, s: s, location: -1,
			lastSent: s.idx, status: receivedStatus(s, k), structured: true}
		e.add(winner, graph.RoleParticipant)
		e.add(m.ent, graph.RoleParticipant)
		out = append(out, e)
	}
	return out
}

// moneyCounts count a sum after its number, or name its currency's
// country: "10.7 billion dlrs", "390 mln U.S. dlrs".
var moneyCounts = wordset.Of(map[string]bool{"mln": true, "million": true, "billion": true, "bln": true, "sterling": true,
	"us": true, "u.s.": true})

// currencyName reports a currency written after a sum: the wire's
// abbreviations ("dlrs", "stg") or a full name ("euros", "pesos").
func currencyName(w string) bool { return currencyWords.Has(w) || moreCurrencies.Has(w) }

// sumEnd is the token after a sum of money that starts at k ("10.7
// billion dlrs", "about 390 mln U.S. dlrs", "$147 million"), or k when
// none starts there.
func sumEnd(s *sent, k int) int {
	j := k
	for approxWords.Has(s.w(j)) {
		j++
	}
	if !isNumber(s.w(j)) && !strings.HasPrefix(s.w(j), "$") {
		return k
	}
	j++
	units := strings.HasPrefix(s.w(j-1), "$")
	for moneyCounts.Has(s.w(j)) || currencyName(s.w(j)) {
		j++
		units = true
	}
	if !units {
		return k
	}
	return j
}

// approxWords hedge a sum: "about 390 mln dlrs".
var approxWords = wordset.Of(map[string]bool{"about": true, "some": true, "nearly": true, "almost": true, "over": true,
	"around": true, "approximately": true, "roughly": true, "more": true, "than": true, "up": true, "to": true})

// measureEnd is the token after a measure that follows a noun at k
// ("loans totalling 390 mln dlrs", "credits worth 50 mln stg", "a loan
// of 300 mln dlrs"), or k when none follows.
func measureEnd(s *sent, k int) int {
	switch s.w(k) {
	case "totalling", "totaling", "worth", "of":
		if e := sumEnd(s, k+1); e > k+1 {
			return e
		}
	case "valued", "amounting":
		if w := s.w(k + 1); w == "at" || w == "to" {
			if e := sumEnd(s, k+2); e > k+2 {
				return e
			}
		}
	}
	return k
}

// fundsReceived reads a sum a party received from a state or an
// intergovernmental body as aid from that body to it (GUIDE.md: X
// provides aid to Y): "Indonesia has received 10.7 billion dlrs from the
// World Bank". A sum from a firm is business, and a sum paid for something
// ("for its oil", "in exchange for") is a price, no aid; one "for
// investment in highways" is aid for a purpose.
func (d *doc) fundsReceived(s *sent, c *claims) []*eventMention {
	var out []*eventMention
	for k := 1; k+3 < len(s.Tokens); k++ {
		if !receiveWords.Has(s.w(k)) || s.mentionAt(k) != nil {
			continue
		}
		j := sumEnd(s, k+1)
		if j == k+1 || s.w(j) != "from" {
			continue
		}
		m := nameAfter(s, j+1)
		if m == nil || !d.stateParty(m.ent) || d.ents[m.ent].Type == graph.Person {
			continue
		}
		if w, x := s.w(m.last), s.w(m.last+1); w == "for" && (x == "its" || x == "their" || x == "his" || x == "her" || x == "the" || x == "shares" || x == "stock") ||
			w == "in" && x == "exchange" || w == "as" && x == "payment" {
			continue
		}
		getter, _ := d.subject(s, k, c)
		if getter < 0 || getter == m.ent || !actorType(d.ents[getter].Type) {
			continue
		}
		e := &eventMention{typ: "aid", code: "070", strength: 0.5, verbal: true, k: k, end: m.last, s: s, location: -1,
			lastSent: s.idx, status: receivedStatus(s, k), structured: true}
		e.add(m.ent, graph.RoleActor)
		e.add(getter, graph.RoleTarget)
		out = append(out, e)
	}
	return out
}

// nameAfter is the name that starts at k, past a "the": the party after
// "from" or "by"; nil when no name starts there.
func nameAfter(s *sent, k int) *mention {
	k += b2i(s.w(k) == "the")
	if m := s.mentionAt(k); m != nil && m.first == k {
		return m
	}
	return nil
}

// receivedStatus is the status of what the verb at k receives or wins:
// planned after a modal or "to" ("will receive a contract", "expects to
// win"), else happened.
func receivedStatus(s *sent, k int) string {
	if futureModals.Has(s.w(k-1)) || s.w(k-1) == "to" {
		return "planned"
	}
	return "happened"
}

// visitsInApposition reads a visit set off after a titled foreigner's
// name: "Belgian Trade Minister Herman De Croo, in Washington for talks
// with U.S. officials," visits the United States. The visitor's state is
// the demonym or country before his title, and must differ from the one
// of the place.
func (d *doc) visitsInApposition(s *sent) []*eventMention {
	var out []*eventMention
	for i := range s.mentions {
		p := &s.mentions[i]
		k := p.last
		if d.ents[p.ent].Type != graph.Person {
			continue
		}
		// "X, in Washington for talks,", and "X is in Washington to
		// discuss trade", "X, who is in Paris this week,"
		present, way := false, false
		switch {
		case s.w(k) == "," && s.w(k+1) == "in":
		case (s.w(k) == "is" || s.w(k) == "was") && s.w(k+1) == "in":
			present = true
		case s.w(k) == "," && s.w(k+1) == "who" && (s.w(k+2) == "is" || s.w(k+2) == "was") && s.w(k+3) == "in":
			k += 2
			present = true
		case (s.w(k) == "is" || s.w(k) == "was") && s.w(k+1) == "on" && (s.w(k+2) == "his" || s.w(k+2) == "her") && s.w(k+3) == "way" && s.w(k+4) == "to":
			// "De Clercq is on his way to China"
			k += 3
			present, way = true, true
		default:
			continue
		}
		at := k + 2 + b2i(s.w(k+2) == "the") // ("is in the United Arab Emirates to discuss")
		place := s.mentionAt(at)
		if place == nil || place.first != at || !placeType(d.ents[place.ent].Type) && d.ents[place.ent].Type != graph.Country {
			continue
		}
		next := place.last
		if s.w(next) == "(" && s.w(next+2) == ")" {
			next += 3 // "in the United Arab Emirates (UAE) to discuss"
		}
		switch after := s.w(next); {
		case way:
		case after == "for":
			if w := s.w(next + 1); w != "talks" && w != "a" && w != "meetings" && w != "negotiations" && w != "consultations" {
				continue
			}
		case present && (after == "to" || after == "this" || after == "on"):
		default:
			continue
		}
		host := place.ent
		if d.ents[host].Type != graph.Country {
			host = d.countryOf(host)
		}
		if host < 0 {
			continue
		}
		home := -1
		for j := p.first - 1; j >= 0 && j >= p.first-5; j-- {
			if m := s.mentionAt(j); m != nil && d.ents[m.ent].Type == graph.Country {
				home = m.ent
				break
			}
		}
		if home < 0 && present && d.ents[p.ent].Country != "" && d.ents[p.ent].Country != d.ents[host].Country {
			home = -2 // the person's own country, known and another
		}
		if home == -1 || home == host {
			continue
		}
		st := "happened"
		if way && s.w(p.last) == "is" {
			st = "planned" // on the way: the visit is still to come
		}
		e := &eventMention{typ: "visit", code: "042", strength: 0.5, k: k + 1, end: place.last, s: s, location: place.ent,
			lastSent: s.idx, status: st, structured: true}
		e.add(p.ent, graph.RoleActor)
		e.add(host, graph.RoleTarget)
		out = append(out, e)
	}
	return out
}

// triggersIn finds the triggers of s, longest phrase first.
// triggerHeads are what a phrase among the triggers has before one of its
// spaces, so triggersIn joins a word to the next one, to look the two up,
// only after a word a phrase can begin with.
var triggerHeads = func() wordset.Set {
	heads := map[string]bool{}
	for k := range triggers {
		for i := range len(k) {
			if k[i] == ' ' {
				heads[k[:i]] = true
			}
		}
	}
	return wordset.Of(heads)
}()

// econObjectAfter reports a verb at k whose object, a few words on, is a
// market's or an argument's thing ("attack the trade deficit", "hit U.S.
// exports"), not a party or a place.
func (s *sent) econObjectAfter(k int) bool {
	for j := k + 1; j < len(s.Tokens) && j <= k+5; j++ {
		if s.breaks(j) {
			return false
		}
		w := s.w(j)
		if econNouns.Has(w) {
			return true
		}
		if isPreposition(w) || !isLowerWord(s.raw(j)) && s.mentionAt(j) == nil && !s.possessive(j) {
			return false
		}
	}
	return false
}

// econUnderAttack reports a noun of attack at k that a market's or an
// argument's thing faces or comes under: "Japan's economic policies face
// fierce international attack", "the plan came under attack".
func (s *sent) econUnderAttack(k int) bool {
	for j := k - 1; j >= 1 && j >= k-3; j-- {
		switch s.w(j) {
		case "face", "faces", "faced", "facing", "under":
			i := j - 1
			for i > 0 && facingAux.Has(s.w(i)) {
				i--
			}
			return econNouns.Has(s.w(i))
		}
	}
	return false
}

// facingAux may stand between a subject and "face" or "under": "has come
// under", "could face".
var facingAux = wordset.Of(map[string]bool{"has": true, "have": true, "had": true, "will": true, "would": true, "could": true,
	"may": true, "might": true, "come": true, "came": true, "comes": true, "coming": true, "are": true, "is": true, "were": true,
	"was": true, "now": true, "also": true, "to": true, "likely": true})

// triggerWords are the triggers as a word map, which triggersIn looks
// every word up in.
var triggerWords = wordset.MapOf(triggers)

func (s *sent) triggersIn() []*eventMention {
	var out []*eventMention
	for k := 0; k < len(s.Tokens); k++ {
		n, t, ok := 2, trigger{}, false
		if triggerHeads.Has(s.w(k)) {
			t = triggers[s.w(k)+" "+s.w(k+1)]
		}
		if t.typ != "" {
			ok = true
		} else if t, ok = triggerWords.Get(s.w(k)); ok {
			n = 1
		} else if w := s.w(k); (w == "asked" || w == "requested") && s.askedToAct(k) {
			// "requested the states' law enforcement chiefs to
			// investigate": an appeal, also to someone unnamed (not a
			// trigger word elsewhere: "asked about the plan", "who asked
			// not to be identified", "requested licences to export")
			t, ok, n = trigger{"appeal", 0.45, true}, true, 1
		}
		if !ok || s.mentionAt(k) != nil {
			continue
		}
		switch {
		case t.typ == "sanctions" && (s.w(k+1) == "relief" || s.liftedBefore(k) || threatOf(s, k)):
			continue
		case (t.typ == "militaryAction" || t.typ == "assault") && (t.verbal || baseVerbs.Has(s.w(k)) && s.w(k-1) == "to") && s.econObjectAfter(k):
			continue // "to attack the trade deficit": an argument's attack, no force
		case (t.typ == "militaryAction" || t.typ == "assault") && !t.verbal && s.econUnderAttack(k):
			continue // "Japan's economic policies face fierce international attack": words against a policy, no force
		case (s.w(k) == "call" || s.w(k) == "calls") && !t.verbal && phoneCall(s, k):
			continue // "took calls from Reagan", "telephone calls from lawmakers": calls made, no appeal
		case t.verbal && agreeForms.Has(s.w(k)) && (s.w(k+1) == "that" || s.nounClause(k+1)) && s.bodySidesOf(k) < 2:
			continue // "Japan and France agreed that the dollar was overvalued", "analysts agreed Lawson had done well": a view shared, no deal
		case slices.ContainsFunc(s.lw[:k], powerNouns.Has) && s.inPowerInfinitive(k):
			continue // "has the right to impose sanctions on France": a right held, none imposed
		case s.w(k) == "opposition" && s.w(k+1) != "to" && !s.opposedBy(k):
			continue // "the opposition Social Democrats": a party, no rejection
		case s.w(k) == "rejection" && !(s.possessive(k-1) && s.mentionAt(k-2) != nil) && !s.rejectedBy(k):
			// "the DOT's rejection of the application", "the rejection of
			// the plan by Sweden"; not "urged rejection of the offer" (an
			// appeal to others), "is not a rejection of", nor "the rejection
			// of the package by union locals" (no one named rejects)
			continue
		case s.w(k) == "refusal" && !(s.possessive(k-1) && s.mentionAt(k-2) != nil) && !(s.w(k+1) == "by" && s.mentionAt(k+2) != nil):
			continue // "Brazil's refusal to accept", "the refusal by Iran to": a refusal no one named makes is none
		case (s.w(k) == "conference" || s.w(k) == "conferences") && pressMet(s, k):
			continue // "told a news conference": no meeting, and no date of its own to take
		case (s.w(k) == "session" || s.w(k) == "sessions") && (sessionWords.Has(s.w(k-1)) || s.w(k-1) == "in" || s.w(k-2) == "in" && isLowerWord(s.raw(k-1)) && !determiners.Has(s.w(k-1))):
			// "the afternoon session", "a trading session": a market's or a
			// day's part; "met in closed session": the meeting the verb
			// names; neither takes a date
			continue
		case s.w(k) == "negotiating" && !beForms.Has(s.w(k-1)) && !(s.w(k-1) == "still" || s.w(k-1) == "now" || s.w(k-1) == "also") &&
			!(strings.HasSuffix(s.w(k-1), "ly") && beForms.Has(s.w(k-2))): // "is currently negotiating"
			continue // "the negotiating table", "his negotiating power": a noun's modifier, no talks
		case s.w(k) == "launched" && !s.militaryAhead(k+1):
			continue // "launched a bond", "launched a bid": no attack
		case s.w(k) == "tested" && !s.militaryAhead(k+1) && !s.militaryBehind(k-1):
			continue // "the cars are being tested", "tested the technology": no weapon, no show of force
		case (s.w(k) == "threat" || s.w(k) == "threats") && s.w(k+1) == "of" && !s.possessive(k-1) && s.mentionAt(k-1) == nil:
			continue // "the threat of a takeover bid": what is feared; a threat made is read from its maker ("a threat by X", the clause reader)
		case t.verbal && s.w(k-1) == "to" && (reluctantWords.Has(s.w(k-2)) || s.w(k-2) == "unable"):
			continue // "banks are reluctant to lend to Brazil": not done, nor refused to anyone
		case s.w(k) == "letter" && s.w(k+2) != "intent":
			continue // "a letter of credit", "the letter of the law"
		case (s.w(k) == "strike" || s.w(k) == "strikes") && strikeSenses.Has(s.w(k+1)+" "+s.w(k+2)) || s.w(k) == "strike" && (s.w(k+1) == "out" || s.w(k+1) == "before"):
			continue // "must strike a balance", "an application to strike out the action", "to strike before the offering": no walk-out, no blow
		case (s.w(k) == "strike" || s.w(k) == "strikes") && (notStrikes.Has(s.w(k-1)) || s.w(k-1) == "on" || s.w(k+1) == "action" || !militaryStrike(s, k)):
			t.typ = "protest" // a walk-out
		case s.w(k) == "struck" && (dealWords.Has(s.w(k+1)) || dealWords.Has(s.w(k+2))):
			continue
		case t.typ == "militaryAction" && (s.w(k) == "struck" || s.w(k) == "strike") && s.labourBefore(k):
			t.typ = "protest" // "its members have struck CBS": a walk-out
		case n == 2 && t.typ == "demand" && s.w(k+1) == "for" && (s.w(k-1) == "hard" || s.w(k-1) == "financially" || determiners.Has(s.w(k-1)) || ownPronouns.Has(s.w(k-1)) || strings.HasSuffix(s.w(k-1), "'s") || s.mentionAt(k-1) != nil):
			continue // "hard pressed for profits": short of them; "another push for controls", "the U.S. push for reforms": the noun, not the act
		case n == 2 && s.w(k) == "call" && s.w(k+1) == "for" && !(ownPronouns.Has(s.w(k-1)) || strings.HasSuffix(s.w(k-1), "'s") || s.w(k-1) == "'" || s.mentionAt(k-1) != nil && s.mentionAt(k-1).last == k):
			continue // "a call for tenders", "a margin call for more funds": no maker named before it
		case n == 2 && s.w(k) == "call" && s.w(k+1) == "for" && (eventNoun(s.w(k+2)) || eventNoun(s.w(k+3)) && !s.breaks(k+2)):
			continue // "renewed its call for talks with X": the talks, asked for, are the event
		case s.w(k) == "agreed" && (k+1 >= len(s.Tokens) || s.w(k+1) == "." || s.w(k+1) == ",") && personJustBefore(s, k):
			continue // "Industrial Bank of Japan economist Jon Vik agreed.": a view shared with the one quoted before, no deal
		case n == 2 && t.typ == "demand" && s.w(k+1) == "for" && unnamedPresser(s, k):
			continue // "miners employed by Comibol went on strike to press for higher wages": the miners, unnamed, ask it
		case t.typ == "appeal" && strings.HasPrefix(s.w(k), "press") && s.w(k+1) == "for":
			continue // "pressing for a restructuring": a demand, which the clause reader codes
		case t.typ == "militaryAction" && t.verbal && s.disasterBefore(k):
			continue // "an earthquake that struck Ecuador": nature, no one's attack
		case moneyVerbs.Has(s.w(k)) && !moneyAhead(s, k+1):
			continue
		case t.typ == "repatriation" && s.w(k+1) == "home" && moneyAhead(s, k+2):
			continue // "sent home 300 dlrs a month": money, no one expelled
		case n == 1 && (equipmentNouns.Has(s.w(k+1)) || s.w(k+1) == "and" && equipmentNouns.Has(s.w(k+3))) && !determiners.Has(s.w(k+1)):
			// "attack aircraft", "assault rifles", "attack and
			// reconnaissance aircraft": a kind of weapon, not an act
			continue
		case !t.verbal && n == 1 && personNouns.Has(s.w(k+1)):
			// "a sanctions analyst": the word names a trade, not an event
			continue
		case t.typ == "proposal" && n+k <= len(s.Tokens) && !s.anyOf(hopeCues) && !strings.HasPrefix(s.w(k), "propos"):
			continue
		case (s.w(k) == "loan" || s.w(k) == "loans" || s.w(k) == "grant" || s.w(k) == "grants" || s.w(k) == "lending" || s.w(k) == "credits") && !aidLoan(s, k):
			continue // "a grant from Britain", "lending by the World Bank to China", not "bank lending rose"
		case t.typ == "meeting" && t.verbal && (s.metObjectAhead(k+1) || s.thingMetAt(k)):
			continue // "meet domestic demand", "met its obligations", "meet EC health standards": no one was met
		case s.negated(k, t.verbal):
			continue
		case !t.verbal && s.w(k) == "demand" && !politicalDemand(s, k):
			continue // "demand for U.S. goods", "domestic demand", "supply and demand": buying, not asking
		case s.w(k) == "insisted" && insistedFact(s, k):
			continue // "insisted he has told all he knows": a claim, not a demand
		case t.verbal && n == 1 && s.prenominal(k):
			continue // "a proposed offering", "its agreed output ceiling": a thing named, no act told
		case !t.verbal && leftBehind(s.w, k):
			continue // "the withdrawal from the Paris agreement": no agreement made
		}
		verbal := t.verbal || baseVerbs.Has(s.w(k)) && s.w(k-1) == "to"
		out = append(out, &eventMention{typ: t.typ, strength: t.strength, verbal: verbal, k: k, end: k + n, s: s, location: -1, lastSent: s.idx})
		k += n - 1
	}
	return out
}

// askedToAct reports "asked"/"requested" at k before whom it asks and
// "to" with a verb: "requested the states' law enforcement chiefs to
// investigate", "asked its bankers to assist it". A passive ("were asked
// to contribute": who asks is unnamed) or a bare "asked to" is not read
// here.
func (s *sent) askedToAct(k int) bool {
	if beForms.Has(s.w(k-1)) || s.w(k-1) == "when" || s.w(k+1) == "to" || s.w(k+1) == "not" || s.mentionAt(k) != nil {
		return false // "was asked to", "said when asked at what point", "who asked not to be identified"
	}
	for j := k + 1; j < len(s.Tokens) && j <= k+8; j++ {
		switch w := s.w(j); {
		case w == "to" && j > k+1 && grantedThings.Has(s.w(j-1)):
			return false // "requested licences to export", "asked permission to": a thing asked for, no one asked to act
		case w == "to" && j > k+1:
			ps := s.parsed()
			return j+1 < len(ps.POS) && ps.POS[j+1] == "VB"
		case s.breaks(j) || speechVerbs[w] || w == "that" || w == "whether" || w == "if" || w == "about" || w == "for" || w == "what" || w == "how" || w == "why":
			return false
		}
	}
	return false
}

// grantedThings are what one asks to be given before "to <act>":
// "requested licences to export", "asked permission to sell".
var grantedThings = wordset.Of(map[string]bool{"licences": true, "licenses": true, "licence": true, "license": true,
	"permission": true, "right": true, "rights": true, "approval": true, "authority": true, "time": true, "money": true,
	"funds": true, "information": true, "leave": true, "clearance": true, "authorisation": true, "authorization": true})

// prepObjectBefore reports the last mention of ent before k as the object
// of a preposition: "the U.S. offer to the Soviets was rejected" names no
// subject in "the Soviets".
func prepObjectBefore(s *sent, ent, k int) bool {
	for j := k - 1; j >= 0; j-- {
		if m := s.mentionAt(j); m != nil && m.ent == ent {
			p := m.first - 1
			if determiners.Has(s.w(p)) {
				p--
			}
			return isPreposition(s.w(p))
		}
	}
	return false
}

// passiveTypes are the acts whose passive subject is the one acted on:
// "Brazil's plan was rejected", "Norland was urged to act". (A struck
// deal or a town struck by an earthquake is no attack to turn around.)
var passiveTypes = wordset.Of(map[string]bool{"reject": true, "threat": true, "appeal": true, "demand": true,
	"sanctions": true, "repatriation": true})

// passiveAt reports a past participle at k after a form of "be": "was
// rejected", "has been expelled"; not "is opposed to", an adjective.
func passiveAt(s *sent, k int) bool {
	w := s.w(k)
	return beForms.Has(s.w(k-1)) && s.w(k-1) != "'s" && w != "opposed" && (strings.HasSuffix(w, "ed") || irregularPast.Has(w))
}

// beForms make a progressive of the -ing word after them: "is negotiating".
var beForms = wordset.Of(map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true, "be": true, "'s": true})

// politicalDemand reports the noun "demand" at k as one party's demand
// of another ("Iraq's demand that Kuwait pay", "a demand by the strikers
// to be paid", "rejected the demand of the rebels"), not the economist's
// demand for goods ("demand for OPEC oil", "domestic demand", "camera
// demand rose", "in demand"): a possessive party before it, or "that",
// "to", "by" or "of" after it.
func politicalDemand(s *sent, k int) bool {
	switch s.w(k + 1) {
	case "that", "to", "by", "of":
		return true
	case "for":
		return false
	}
	return k > 0 && s.possessive(k-1) && s.mentionAt(k-2) != nil
}

// insistedFact reports "insisted" before a claim stated as fact ("insisted
// he has told all", "insisted that the approach was necessary"), which is
// no demand; "insisted McDonnell drop the MD-11", "insisted the banks
// appoint auditors" (a bare verb) and "insisted that Japan must open" ask
// for an act.
func insistedFact(s *sent, k int) bool {
	ps := s.parsed()
	for j := k + 1; j < len(ps.Words) && j < k+12; j++ {
		if s.breaks(j) {
			return false
		}
		switch t := ps.POS[j]; {
		case t == "MD":
			w := s.w(j)
			return w != "must" && w != "should"
		case t == "VBD" && !strings.HasSuffix(s.w(j), "ed") && !irregularPast.Has(s.w(j)) && !statedPast.Has(s.w(j)):
			return false // "insisted McDonnell drop": a bare verb the tagger took for a past
		case t == "VBD" || t == "VBZ":
			return true
		case t == "VB" || t == "VBP":
			return false // "insisted Japan boost imports": the bare verb of a demand
		}
	}
	return false
}

// statedPast are past forms of being, having and knowing that state a fact.
var statedPast = wordset.Of(map[string]bool{"was": true, "were": true, "had": true, "did": true, "said": true, "knew": true,
	"thought": true, "found": true, "felt": true, "became": true, "got": true, "kept": true, "meant": true})

// noteWords open a noun phrase before a past participle used as its
// adjective: "the proposed merger", "its agreed quota".
var noteWords = wordset.Of(map[string]bool{
	"a": true, "an": true, "the": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "any": true, "every": true, "no": true, "each": true,
})

// phraseBreakers are the words after a participle that show it is a verb,
// not an adjective: "the terms agreed to", "a plan proposed by".
var phraseBreakers = wordset.Of(map[string]bool{
	"to": true, "by": true, "with": true, "on": true, "in": true, "at": true, "for": true, "that": true,
	"and": true, "or": true, "upon": true, "of": true, "from": true, "as": true, "under": true, "last": true,
	"earlier": true, "yesterday": true, "today": true, "this": true, "between": true, "among": true,
})

// prenominal reports a past participle at k that is an adjective inside a
// noun phrase: after an article, a possessive or "X's", and before a
// plain lower-case word ("a proposed offering", "its agreed output
// ceiling", "Monsod's proposed growth facility"). It names a thing; it
// tells no act.
func (s *sent) prenominal(k int) bool {
	w := s.w(k)
	if k == 0 || !strings.HasSuffix(w, "ed") {
		return false
	}
	if !noteWords.Has(s.w(k-1)) && !s.possessive(k-1) {
		return false
	}
	next := s.raw(k + 1)
	if m := s.mentionAt(k + 1); m != nil && m.first == k+1 {
		// "the proposed EC tax on fats", "the proposed Tricil
		// acquisition": a name that modifies the noun after it
		j := m.last
		if s.w(j) == "(" && s.w(j+2) == ")" {
			j += 3 // "a proposed European Community (EC) tax"
		}
		return isLowerWord(s.raw(j)) && !phraseBreakers.Has(s.w(j)) && !s.possessive(m.last)
	}
	if isNumber(s.w(k+1)) && isLowerWord(s.raw(k+2)) {
		return true // "its proposed 69 dlr a share cash tender offer": a price before the noun
	}
	return isLowerWord(next) && !phraseBreakers.Has(s.w(k+1)) && s.mentionAt(k+1) == nil
}

// militaryStrike reports a strike that is an attack: an armed word before
// it ("air strikes"), or a place or country it falls on ("strikes on
// Iraq") with no labour word around it.
// durationSuffixes end a word that says how long something lasts.
var durationSuffixes = []string{"-hour", "-day", "-week", "-month", "-year", "-long"}

func militaryStrike(s *sent, k int) bool {
	for _, d := range durationSuffixes {
		if strings.HasSuffix(s.w(k-1), d) {
			return false // "an 18-month strike against Watsonville Canning": a walk-out lasts
		}
	}
	if militaryStrikes.Has(s.w(k-1)) || militaryStrikes.Has(s.w(k-2)) {
		return true
	}
	if s.w(k+1) == "on" || s.w(k+1) == "against" {
		j := k + 2
		if s.w(j) == "the" {
			j++
		}
		return s.mentionAt(j) != nil
	}
	return false
}

// aidLoan reports a loan that is given to a party: "a loan to the
// Philippines", "approved a 300 mln dlr loan for Indonesia", not a bank's
// loans on its books.
func aidLoan(s *sent, k int) bool {
	if s.w(k) == "grant" && (determiners.Has(s.w(k+1)) || auxiliaries.Has(s.w(k-1)) || s.w(k-1) == "to") {
		return false // "will grant a licence", "to grant": the verb
	}
	if s.w(k-1) == "tax" {
		return false // "tax credits"
	}
	if w := s.w(k); (w == "loan" || w == "loans") && heldLoans(s, k) {
		return false // "its long-term loans to Brazil", "has 6.4 billion dlrs of loans to Argentina": loans held, none made
	}
	for j := k - 1; j >= 0 && j >= k-7 && !s.breaks(j); j-- {
		if w := s.w(j); w == "sale" || w == "sold" || w == "sell" || w == "sells" || w == "selling" {
			return false // "the sale of 54 mln dlrs in energy loans to Prudential": loans sold, none made
		}
	}
	if w := s.w(k + 1); w == "sold" || w == "sales" {
		return false // "the loans sold to Prudential"
	}
	received := false // "will get 104 mln stg as grants from Britain"
	for j := k - 1; j >= 0 && j >= k-8 && !s.breaks(j); j-- {
		received = received || receiveWords.Has(s.w(j))
	}
	after := measureEnd(s, k+1) - 1 // "loans totalling 390 mln dlrs from Japan"
	for j := k + 1; j < len(s.Tokens) && j <= max(k+3, after+1); j++ {
		if (s.w(j) == "to" || s.w(j) == "for" || received && s.w(j) == "from") && s.mentionAt(j+1+b2i(s.w(j+1) == "the")) != nil {
			return true
		}
	}
	if w := s.w(k); w != "loan" && w != "loans" {
		return false // a grant, lending or credits to or from a party named right after
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		switch s.w(j) {
		case "approved", "approve", "approves", "granted", "grant", "extended", "provide", "provided", "gave", "give", "offered", "signed":
			return true
		}
	}
	return false
}

// helpNamedOnly reports aid at k with no receiver that gives nothing to
// anyone: a central bank's help to the money market ("provided assistance
// worth 350 mln stg … against a shortage"), help one works with ("with
// the assistance of the FSLIC", "with assistance from X") or a loan's
// rate ("the U.S. loan rate").
func helpNamedOnly(s *sent, k int) bool {
	w := s.w(k)
	if (w == "loan" || w == "loans") && (s.w(k+1) == "rate" || s.w(k+1) == "rates") {
		return true
	}
	if help := w == "assistance" || w == "help"; help && (s.w(k-1) == "with" || s.w(k-1) == "the" && s.w(k-2) == "with") {
		return true
	}
	for j := range s.Tokens {
		if v := s.w(j); v == "shortage" || v == "market" && (s.w(j-1) == "money" || s.w(j-1) == "the") {
			return true
		}
	}
	return false
}

// heldLoans reports loans at k a lender holds rather than makes: its
// possessive before them, or a verb of having, with no verb of making one.
func heldLoans(s *sent, k int) bool {
	// "loans to Brazil should be placed on a cash basis", "its loans were
	// classified as non-performing": loans the lender holds and books
	for j := k + 1; j < len(s.Tokens) && j <= k+8 && !s.breaks(j); j++ {
		if bookingWords.Has(s.w(j)) && (beForms.Has(s.w(j-1)) || s.w(j-1) == "been") {
			return true
		}
	}
	held := false
	for j := k - 1; j >= 0 && j >= k-7 && !s.breaks(j); j-- {
		switch s.w(j) {
		case "approved", "approve", "approves", "granted", "grant", "extended", "provide", "provided", "gave", "give", "offered", "signed", "make", "made", "new":
			return false
		case "its", "their", "has", "have", "had", "holds", "hold", "outstanding", "existing":
			held = true
		}
	}
	return held
}

// giveWords give what follows them to the one named right after them:
// "grant Argentina loans", "extended Brazil credits".
var giveWords = wordset.Of(map[string]bool{"grant": true, "granted": true, "grants": true, "give": true, "gave": true, "gives": true,
	"extend": true, "extended": true, "extends": true, "offer": true, "offered": true, "offers": true, "lend": true,
	"lent": true, "provide": true, "provided": true, "promised": true, "send": true, "sent": true})

// bookingWords book loans held: "placed on a cash basis", "classified as
// non-performing", "written down".
var bookingWords = wordset.Of(map[string]bool{"placed": true, "put": true, "classified": true, "reclassified": true, "declared": true,
	"written": true, "booked": true, "carried": true, "designated": true})

// bothSides reports a subject that names two parties without naming them:
// "the two sides had agreed", "both countries agreed".
func bothSides(s *sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch s.w(j) {
		case "sides", "countries", "leaders", "governments", "parties", "nations", "men":
			return s.w(j-1) == "two" || s.w(j-1) == "both"
		}
	}
	return false
}

// pastDate is the first token from k that is not part of a date or its "on".
func (s *sent) pastDate(k int) int {
	for k < len(s.Tokens) && (isDateToken(s, k) || s.w(k) == "on" && isDateToken(s, k+1)) {
		k++
	}
	return k
}

// dealWords after "struck" make it a bargain: "struck a deal".
var dealWords = wordset.Of(map[string]bool{"deal": true, "agreement": true, "accord": true, "compromise": true,
	"bargain": true, "tone": true, "note": true, "balance": true, "chord": true, "deals": true})

// moneyAhead reports a sum of money within five tokens of k: "355 million
// euros", "$147 million", "more than 2 billion euros".
func moneyAhead(s *sent, k int) bool {
	for j := k; j < len(s.Tokens) && j < k+5; j++ {
		w := s.w(j)
		if strings.HasPrefix(w, "$") || strings.HasPrefix(w, "€") || strings.HasPrefix(w, "£") || w == "million" || w == "billion" || w == "mln" || w == "dlrs" || w == "stg" {
			return true
		}
		if s.breaks(j) {
			return false
		}
	}
	return false
}

func (s *sent) anyOf(set map[string]bool) bool {
	for _, w := range s.lw {
		if set[w] {
			return true
		}
	}
	return false
}

// negated reports whether the trigger at k is denied: a negation among the
// three tokens before a verb, or a relative clause "that … not" right after
// a noun.
func (s *sent) negated(k int, verbal bool) bool {
	if verbal {
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if negations.Has(s.w(j)) || strings.HasSuffix(s.w(j), "n't") {
				return true
			}
		}
		if slices.ContainsFunc(s.lw[:k], func(w string) bool { return w == "none" || w == "neither" || w == "nobody" }) {
			// "None of the OPEC members has asked Saudi Arabia": a subject
			// that denies the clause (the parse marks it)
			for _, cl := range s.parsed().Clauses {
				if cl.Head == k && cl.Negated {
					return true
				}
			}
		}
		return false
	}
	if s.w(k+1) == "that" {
		for j := k + 2; j < len(s.Tokens) && j <= k+8 && !s.breaks(j); j++ {
			if negations.Has(s.w(j)) || strings.HasSuffix(s.w(j), "n't") {
				return true
			}
		}
	}
	return false
}

// actorType reports whether an entity of type t can take part in an event.
func actorType(t graph.EntityType) bool { return speaks(t) }

func placeType(t graph.EntityType) bool {
	return t == graph.City || t == graph.Place || t == graph.Region
}

// answeredProposals gives a refusal with no target the maker of a
// proposal made to its actor in the same sentence: "Waste Management
// made an offer for ChemLawn which ChemLawn rejected".
func answeredProposals(evs []*eventMention) {
	for _, e := range evs {
		if e.typ != "reject" || e.hasRole(graph.RoleTarget) {
			continue
		}
		for _, p := range evs {
			if p == e || p.typ != "proposal" || p.restated || p.anaphoric() {
				continue // (not a bid told before that "the bid" takes up)
			}
			var makers []int
			aimed := false
			for ent, role := range p.participants {
				switch {
				case role == graph.RoleActor:
					makers = append(makers, ent)
				case role == graph.RoleTarget && e.participants[ent] == graph.RoleActor:
					aimed = true
				}
			}
			if aimed && len(makers) > 0 {
				slices.Sort(makers)
				for _, m := range makers {
					if _, in := e.participants[m]; !in {
						e.add(m, graph.RoleTarget)
					}
				}
				break
			}
		}
	}
}

// sentenceEvents reads the event mentions of one sentence.
func (r *Relater) sentenceEvents(d *doc, s *sent, c *claims) []*eventMention {
	coded := r.clauseEvents(d, s, c)
	coded = append(coded, r.nominalEvents(d, s, coded, c)...)
	coded = slices.DeleteFunc(coded, func(e *eventMention) bool {
		// (an act only denied is no event: "Baker denied that he had met
		// Kohl"; a denied attack is the denial, coded 016)
		return d.civilianFight(s, e) || e.typ != "comment" && e.verbal && deniedClaim(s, e.k)
	})
	coded = append(coded, d.visitsInApposition(s)...)
	coded = append(coded, d.contractsWon(s, c)...)
	coded = append(coded, d.fundsReceived(s, c)...)
	for _, e := range coded {
		if e.location < 0 {
			r.location(d, s, e) // "the IMF meetings next month in Washington", "arrived in Algiers for talks"
		}
	}
	evs := s.triggersIn()
	// a trigger the parse already read is that event; one in a condition
	// ("if it attacked Vardo") is no act
	kept := evs[:0]
	for _, e := range evs {
		if !coveredBy(coded, e.k) && !s.inCondition(e.k) && !s.silent[e.k] && !(e.verbal && deniedClaim(s, e.k)) {
			kept = append(kept, e)
		}
	}
	evs = kept
	for _, e := range evs {
		// "traders threatened to protest against the Commission", "vowed
		// to strike": the act threatened is a threat made (133 for dissent)
		if k, ok := graph.EventKindOf(e.typ); ok && e.verbal && e.typ != "threat" && conflictual(k.CAMEO[:2]) && threatenedAct(s, e.k) {
			e.code, e.typ, e.status = threatCode(k.CAMEO), "threat", "happened"
		}
	}
	if len(evs) == 0 && len(coded) == 0 {
		return d.transactionTold(s, nil)
	}
	// "Qatar is hosting talks": the host takes part in the talks; there is
	// no visit
	kept = evs[:0]
	for i, e := range evs {
		if e.typ == "hostVisit" && i+1 < len(evs) && evs[i+1].k <= e.end+3 && !evs[i+1].verbal {
			continue
		}
		if e.typ == "hostVisit" && slices.ContainsFunc([]int{e.end, e.end + 1, e.end + 2}, func(j int) bool { t, ok := triggers[s.w(j)]; return ok && !t.verbal && symmetric[t.typ] }) {
			continue // (the talks it hosts read by the parse already: "which hosted the reform negotiations")
		}
		if e.typ == "hostVisit" && s.w(e.end) == "by" && s.mentionAt(e.k-1) == nil && s.mentionAt(e.k-2) == nil {
			continue // "The conference, hosted by France": no visitor, no visit
		}
		kept = append(kept, e)
	}
	evs = kept
	for i, e := range evs {
		next := len(s.Tokens)
		if i+1 < len(evs) {
			next = evs[i+1].k
		}
		r.location(d, s, e)
		r.participants(d, s, e, next, c)
		if e.typ == "protest" && !e.verbal && len(e.participants) == 0 {
			// "the Harbour Workers Union went on strike", "declared a
			// general strike": who takes the action its clause names
			for _, a := range d.strikers(s, e.k, c) {
				e.add(a, graph.RoleActor)
			}
		}
		if o := d.boardOwner(s, e); o >= 0 {
			e.add(o, graph.RoleParticipant)
		}
		if len(e.participants) == 0 {
			for _, p := range d.occasionParties(s, e) {
				e.add(p, graph.RoleParticipant)
			}
		}
		if len(e.participants) == 0 {
			for _, p := range d.phraseParties(s, e) {
				e.add(p, graph.RoleParticipant)
			}
		}
		at := e.end + 1 + b2i(s.w(e.end+1) == "the")
		if o := s.mentionAt(at); !e.verbal && len(e.participants) == 0 && (e.typ == "meeting" || e.typ == "talks") && s.w(e.end) == "at" &&
			o != nil && o.first == at && d.ents[o.ent].Type == graph.Organization &&
			!slices.ContainsFunc(s.mentions, func(m mention) bool { return m.ent != o.ent && actorType(d.ents[m.ent].Type) }) {
			// "after a meeting at the Bank for International Settlements": the
			// body that holds it, where the sentence names no one else (not
			// "After talks at the Kremlin, Mr. Putin said": his talks)
			e.add(o.ent, graph.RoleParticipant)
		}
		if e.typ == "meeting" || e.typ == "talks" || e.typ == "summit" {
			// "the meeting was held under the auspices of the Latin
			// American Economic System": the body that convenes it takes
			// part
			for _, p := range append(s.auspices(e.k), d.attendedBy(s, e.k)...) {
				if e.participants[p] == "" && actorType(d.ents[p].Type) {
					e.add(p, graph.RoleParticipant)
				}
			}
			if !e.verbal && !e.hasRole(graph.RoleActor) {
				// "July's conference in Geneva of the United Nations": the
				// body a meeting is of takes part in it, it is no target
				for _, p := range e.order {
					if e.participants[p] == graph.RoleTarget {
						e.participants[p] = graph.RoleParticipant
					}
				}
			}
		}
		if e.typ == "visit" && !e.verbal && !e.hasRole(graph.RoleActor) && visitFrame(s.parsed(), e.k) && !s.possessive(e.k-1) {
			d.visitorFromClause(s, e)
		}
		for _, p := range slices.Clone(e.order) {
			if d.speechParty(s, p, e.k, c) || d.onlyHearer(s, p, e.k) {
				// "A spokesman told Reuters a memorandum would be signed",
				// "Xuto said producers had agreed": who speaks or is told
				// is no party of what is told
				e.drop(p)
			}
		}
		if symmetric[e.typ] && len(e.participants) == 1 && e.hasRole(graph.RoleParticipant) && !ventureOf(s, e) {
			// "PAL said an agreement reached with British Airways …",
			// "Tanzania devalued … in line with a package agreed with the
			// IMF": the other side is the one the sentence is about (the
			// parse is read only here, where it can add a side)
			if p := d.mainSubject(s, e.k); p >= 0 && e.participants[p] == "" {
				e.add(p, graph.RoleParticipant)
			}
		}
		e.status = status(s, e)
		if e.typ == "threat" && e.verbal && threatenedAct(s, e.k) {
			e.status = "happened" // a threat is made when it is uttered ("vowed to strike")
		}
		e.attributed = c.attribution(s.Tokens[e.k].Start)
		d.claimParty(e, c)
	}
	kept = evs[:0]
	for _, e := range evs {
		switch {
		case needsObject.Has(s.w(e.k)) && e.end-e.k == 1 && !e.hasRole(graph.RoleTarget) && e.location < 0 && !(e.typ == "appeal" && pressedToAct(s, e.k)):
			continue
		case s.w(e.k) == "pressed" && pressedAdjective(s, e.k):
			continue // "Financially pressed Brazil is seeking loans": short of money, no one pressed
		case e.typ == "visit" && d.airlineFlies(e):
			continue // "Halvard Airlines is allowed to fly to Tokyo": a route flown, no visit
		case e.verbal && e.end-e.k == 2 && askedFor.Has(s.w(e.k+1)) && !d.askedBy(s, e):
			// "the plan calls for Japan to cut output", "resist calls for a
			// tax increase", "called for redemption of its preferred
			// stock": a text's terms, a noun, a bond's call; an appeal or a
			// refusal needs a party that makes it as its clause's subject
			continue
		case d.civilianFight(s, e):
			continue
		case e.typ == "militaryAction" && strings.HasPrefix(s.w(e.k), "attack") && e.location < 0 && len(e.participants) == 1 && e.hasRole(graph.RoleActor) && d.civilian(e):
			// "the union attacked loss figures", "he attacked the practice
			// of …": a firm or person attacking no one and nowhere named
			// speaks against something, no force
			continue
		case s.w(e.k) == "blocked" && !blockedProposal(s, e.end):
			// "blocked the road", "blocked accounts": no proposal turned down
			continue
		case e.typ == "meeting" && e.verbal && len(e.participants) < 2 && metNoOne(s, e.k, e.end):
			// "the U.S. move Meets one of the producers' main concerns", "the
			// cost would be met from BP's own resources": a need or a cost
			// met, no one
			continue
		case e.typ == "resolution" && !e.verbal && s.w(e.k+1) == "of" && s.mentionAt(e.k+2+b2i(s.w(e.k+2) == "the")) == nil:
			// "the resolution of the company's unstable situation": a
			// problem solved, no body's resolution ("a resolution of the
			// Vesk Council" is one)
			continue
		case e.typ == "agreement" && e.verbal && (signsLaw(s, e.end) || signedLawBefore(s, e.k)):
			// "President Reagan signed a bill limiting fees": a law signed, no pact
			continue
		case (s.w(e.k) == "grant" || s.w(e.k) == "grants" || s.w(e.k) == "lending" || s.w(e.k) == "credits") && (!e.hasRole(graph.RoleActor) || !e.hasRole(graph.RoleTarget)):
			// "complaints about lending to South Africa": aid needs its giver
			// and its receiver named
			continue
		case d.nominalDeal(s, e):
			// "Bond Corp's acquisition of a 23.77 pct stake in HK-TVB from
			// Run Run Shaw": a stake or business changing hands between its
			// buyer and the holder it is bought from
		case (s.w(e.k) == "merger" || s.w(e.k) == "linkup" || s.w(e.k) == "link-up" || s.w(e.k) == "tie-up") && len(e.participants) == 1 && d.ownerJoins(s, e, c):
			// "American Security said … its pending merger with Maryland
			// National Corp": the owner "its" stands for is the other side
		case purchaseNouns.Has(s.w(e.k)) && d.boughtAsMeans(s, e):
			// "entered the market with the purchase of Brask Inc": the
			// subject's purchase of the firm
		case dealNouns.Has(s.w(e.k)) && triggers[s.w(e.k)].typ == "agreement" && len(e.participants) < 2 && definiteNoun(s, e.k):
			// "Taurus said the acquisition is expected to increase its
			// sales": the deal told before, if one was (mergeEvents)
			e.restated = true
		case (s.w(e.k) == "merger" || s.w(e.k) == "linkup" || s.w(e.k) == "link-up" || s.w(e.k) == "tie-up") && len(e.participants) < 2:
			// "a merger approved by the board": a deal needs both its sides
			continue
		case purchaseNouns.Has(s.w(e.k)) && (len(e.participants) < 2 || !d.firmAcquired(s, e.k)):
			// "the pending acquisition of Texas Commerce Bancshares by
			// Chemical New York Corp", "Dyneer's acquisition of Armtek": a
			// business changing hands between named parties; not the
			// acquisition of shares, a stake or goods, nor one side alone
			continue
		case agreeForms.Has(s.w(e.k)) && s.w(e.k+1) == "with" && !partyWithin(d, s, e.k+2, 4):
			// "economists agreed with the report": an opinion shared, no
			// agreement made
			continue
		case e.typ == "aid" && (s.w(e.k) == "pledged" || s.w(e.k) == "promised") && !aidPledged(s, e.end):
			// "pledged in Paris to stabilise currencies", "pledged its Encor
			// shares as security", "promised further talks": no aid
			continue
		case s.w(e.k) == "agreed" && s.w(s.pastDate(e.end)) == "to" && s.mentionAt(s.pastDate(e.end)+1) == nil && len(e.participants) < 2 && !bothSides(s, e.k):
			// "the ministers agreed to lift sanctions": a decision of one party
			continue
		}
		kept = append(kept, e)
	}
	evs = kept
	for _, e := range coded {
		e.attributed = c.attribution(s.Tokens[e.k].Start)
		d.claimParty(e, c)
		for _, p := range slices.Clone(e.order) {
			if (d.speechParty(s, p, e.k, c) && len(e.participants) > 1 && (!symmetric[e.typ] || !s.namedBefore(p, e.k)) || d.onlyHearer(s, p, e.k)) && e.bidFor != p+1 {
				// (a speaker before "talks with Y" may be their other side:
				// "Franco said talks with the minister ended")
				// "X told Reuters the government would send missions":
				// the one told, or who tells, is no party of it
				e.drop(p)
			}
		}
	}
	evs = append(coded, evs...)
	kept = evs[:0]
	for _, e := range evs {
		if !e.verbal && deniedNoun(s, e.k) {
			continue
		}
		if e.typ == "agreement" && towardAgreement(s, e.k) {
			e.status = "planned" // "made progress towards reaching an agreement": none made yet
		}
		if e.typ == "appeal" && e.verbal && s.w(e.end) == "rejection" && s.w(e.end+1) == "of" && e.hasRole(graph.RoleActor) && e.hasRole(graph.RoleTarget) {
			// "Caesars urged rejection of Sosnoff's offer": the board's own
			// refusal of the offer, asked of unnamed holders
			e.typ, e.code = "reject", "120"
		}
		if !e.verbal && e.typ != "talks" && e.typ != "meeting" && e.typ != "agreement" && topicOfTalks(s, e.k) {
			continue // "talks on further Venezuelan assistance": what the talks are about, not done
		}

		if e.typ == "aid" && !e.hasRole(graph.RoleTarget) && e.location < 0 && helpNamedOnly(s, e.k) {
			continue
		}
		if e.typ == "agreement" && !e.verbal {
			for _, p := range d.termsBetween(s, e.k, e.end) {
				e.add(p, graph.RoleParticipant)
				e.terms = true
			}
		}
		if e.typ == "agreement" && e.verbal && s.underAgreement(e.k) {
			// "Under a separate agreement, Halvard will acquire the unit
			// from Brask": the deal is told by its terms; it was made
			e.terms, e.code = true, "057"
		}
		if e.typ == "agreement" && !e.verbal && !purchaseNouns.Has(s.w(e.k)) && e.status != "failed" && !s.agreementMade(e.k, e.end) && !e.terms && !d.firmsMerging(s, e) {
			// "stood by the December accord", "breached their agreements":
			// an agreement named, not one signed, reached or concluded (a
			// firm's acquisition by another is the deal itself; one
			// terminated was made and failed): only a mention of one the
			// article has told of before ("its merger agreement with
			// Piedmont provides that…"); a merger of two named firms is
			// told as one ("its pending merger with Maryland National")
			e.restated = true
			// "a national pact between GM and the UAW": a deal that names
			// both its sides is stated, told before or not (GUIDE.md: each
			// sentence that states it)
			e.sidesNamed = len(e.participants) >= 2 && d.sidesOfDeal(s, e)
		}
		if w := s.w(e.k); (w == "arrangement" || w == "arrangements") && (s.w(e.k+1) == "of" || s.w(e.k+1) == "for") {
			continue // "the arrangement of financing": a thing arranged
		} else if w == "arrangement" || w == "arrangements" {
			// "The arrangement also provides for …", "Under this latest
			// arrangement": only the deal told before, restated; alone the
			// word is as often a bank's or a court's ("financing
			// arrangements", "a plan of arrangement")
			e.restated, e.sidesNamed = true, false
		}
		kept = append(kept, e)
	}
	evs = kept
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].k < evs[j].k })
	// a proposal being weighed takes no date of the weighing, which may
	// date another event of the sentence ("will consider the bid this
	// Friday at a board meeting")
	var weighed []*eventMention
	for _, e := range evs {
		if deliberated(s, e) {
			weighed = append(weighed, e)
		}
	}
	// (nor does a mention of an event told before, which takes none)
	assignDates(s, slices.DeleteFunc(slices.Clone(evs), func(e *eventMention) bool { return slices.Contains(weighed, e) || e.restated }))
	coordinatedTargets(s, evs)
	visitTalks(s, evs)
	evs = d.refusedLeave(s, evs)
	answeredProposals(evs)
	for _, e := range evs {
		if e.terms {
			// its terms' dates and conditions are not the agreement's: it
			// was made ("obligates Bally to buy … by February 21, 1988")
			e.date, e.dateText, e.status = timex.Date{}, "", "happened"
		}
	}
	for _, e := range weighed {
		// "the board will consider the Chrysler bid again this Friday":
		// the bid was made; the day and the tense are the weighing's
		st := "happened"
		if e.status == "failed" {
			st = e.status // "is withdrawing its bid after failing to gain a majority"
		}
		e.date, e.dateText, e.status = timex.Date{}, "", st
	}
	for _, e := range evs {
		if ventureOf(s, e) && s.w(e.k-1) != "proposed" && s.w(e.k-1) != "planned" {
			// "Caltex, a joint venture between Chevron Corp and Texaco Inc,
			// said it raised prices effective today": a venture that
			// stands, neither dated nor planned by the rest of the sentence
			e.date, e.dateText, e.status = timex.Date{}, "", "happened"
		}
		if e.status == "" || e.status == "happened" {
			if e.date.Precision == timex.Day && !d.ref.IsZero() && e.date.Value > d.published() || futureWords(e.dateText) || laterToday(s, e) {
				e.status = "planned" // "visits Bonn next week": still to come
			}
		}
		d.heldDeal(s, e)
		if e.status == "" {
			e.status = d.datedStatus(e)
		}
		if e.status == "" && !e.verbal {
			e.status = nounSubjectStatus(s, e.k)
		}
		if e.status == "" && !e.verbal && visitFrame(s.parsed(), e.k) {
			e.status = framedStatus(s, e.k)
		}
		if pub := d.published(); e.status == "planned" && e.date.Precision == timex.Month && len(pub) >= 7 && e.date.Value < pub[:7] && bareMonth(e.dateText) {
			// "agreed to meet in May" in a March article: the May to come,
			// not the one past (a bare month name is read as the nearest)
			if y, err := strconv.Atoi(e.date.Value[:4]); err == nil {
				e.date.Value = strconv.Itoa(y+1) + e.date.Value[4:]
			}
		}
		if pub := d.published(); e.status == "happened" && e.date.Precision == timex.Month && len(pub) >= 7 && e.date.Value > pub[:7] && bareMonth(e.dateText) {
			// "an agreement reached in December" in a March article: the
			// December past
			if y, err := strconv.Atoi(e.date.Value[:4]); err == nil {
				e.date.Value = strconv.Itoa(y-1) + e.date.Value[4:]
			}
		}
		code := e.code
		if kind, ok := graph.EventKindOf(e.typ); code == "" && ok && e.structured {
			code = kind.CAMEO
		}
		if r := cameo.Root(code); e.status == "planned" && code != "" && cooperative(r) && r != "03" {
			e.code = intentCode(code) // a visit still to come is an intent to visit (036)
		}
	}
	return d.transactionTold(s, evs)
}

// transactionTold adds to a sentence's events evs "the transaction" ("the
// transaction is expected to be completed by September 1", "financing for
// the transaction"): the deal told before, named with no side, which only
// lends that deal its sentence; not where the sentence tells an agreement
// of its own.
func (d *doc) transactionTold(s *sent, evs []*eventMention) []*eventMention {
	if k := definiteTransaction(s); k >= 0 && !slices.ContainsFunc(evs, func(e *eventMention) bool { return e.typ == "agreement" }) {
		evs = append(evs, &eventMention{typ: "agreement", strength: 0.4, k: k, end: k + 1, s: s, location: -1, lastSent: s.idx,
			participants: map[int]string{}, restated: true, status: "happened"})
	}
	return evs
}

// answeredBetween reports a verb between tokens from and to that answers
// or weighs what the noun after it names: "Jon Vik rejected the
// proposal" did not propose it.
func answeredBetween(s *sent, from, to int) bool {
	for j := from; j < to; j++ {
		if t := triggers[s.w(j)]; t.verbal && t.typ != "proposal" || weighWords.Has(s.w(j)) {
			return true
		}
	}
	return false
}

// weighWords answer or weigh a proposal: "studied the plan", "welcomed the offer".
var weighWords = wordset.Of(map[string]bool{"accepted": true, "studied": true, "considered": true, "received": true, "welcomed": true,
	"backed": true, "supported": true, "criticised": true, "criticized": true, "discussed": true, "reviewed": true,
	"approved": true, "endorsed": true, "dismissed": true, "attacked": true, "praised": true, "examined": true,
	"accepts": true, "studies": true, "considers": true, "receives": true, "welcomes": true, "backs": true, "supports": true})

// bareMonth reports a date written as a month's name alone, maybe after a
// preposition or "early"/"late" ("in May", "by early June"): no year, and
// no "last" or "next" to tell which.
func bareMonth(t string) bool {
	ws := strings.Fields(strings.ToLower(t))
	for len(ws) > 1 {
		switch ws[0] {
		case "in", "by", "until", "on", "from", "since", "during", "early", "late", "mid", "mid-":
			ws = ws[1:]
			continue
		}
		break
	}
	return len(ws) == 1 && timex.IsMonth(strings.TrimPrefix(ws[0], "mid-"))
}

// futureWords reports a date written as one still to come, relative to
// the day of writing: "next week", "tomorrow", "later this month", "the
// coming weeks".
// marketAided reports aid whose receiver is a market: "provided the
// money market with assistance", "assistance to the market".
func marketAided(e *eventMention) bool {
	for j := max(e.k-6, 1); j <= e.end+3 && j < len(e.s.Tokens); j++ {
		if w := e.s.w(j); (w == "market" || w == "markets") && (e.s.w(j-1) == "the" || e.s.w(j-1) == "money") {
			return true
		}
	}
	return false
}

// programNamed reports an aid noun that names a programme: "U.S.
// assistance programs", "the Transportation Assistance Program".
func programNamed(e *eventMention) bool {
	switch e.s.w(e.end) {
	case "program", "programs", "programme", "programmes":
		return !e.verbal
	}
	return false
}

// governedBy reports an event noun that one of words governs, within n
// words before it in its clause: "called for more cooperation" (wanting,
// four words), "the request for Norland aid" (asking, five).
func governedBy(e *eventMention, words map[string]bool, n int) bool {
	for j := e.k - 1; j >= 0 && j >= e.k-n && !e.s.breaks(j); j-- {
		if words[e.s.w(j)] {
			return true
		}
	}
	return false
}

// calledFor reports an event noun asked for: "called for talks with",
// "calls for new sanctions against", "pressed for a meeting".
func calledFor(e *eventMention) bool {
	for j := e.k - 1; j >= 1 && j >= e.k-4 && !e.s.breaks(j); j-- {
		if e.s.w(j) == "for" {
			v := j - 1
			if sayAdverbs.Has(e.s.w(v)) || e.s.w(v) == "anew" {
				v-- // "called again for talks", "pressed anew for"
			}
			return callForWords.Has(e.s.w(v))
		}
	}
	return false
}

// phoneCall reports the noun "call" at k as a call made or taken: after
// "phone", "telephone" or "conference", or the object of a verb of taking
// or making one ("received calls from", "returned his call").
func phoneCall(s *sent, k int) bool {
	j := k - 1
	for j >= 0 && k-j <= 3 && (determiners.Has(s.w(j)) || s.w(j) == "no" || s.w(j) == "many" || s.w(j) == "several" || isNumber(s.w(j))) {
		j--
	}
	switch s.w(j) {
	case "phone", "telephone", "conference", "international", "local", "long-distance", "toll", "took", "take", "takes", "taking", "received", "receive", "receives", "receiving",
		"returned", "return", "answered", "made", "make", "got", "had", "placed", "fielded":
		return true
	}
	return s.w(k-1) == "phone" || s.w(k-1) == "telephone"
}

// urgedAct reports an event whose clause hangs on a verb of urging or
// asking through "to": "urged Norland to impose sanctions", "asked Vardo
// to hold talks", "called on Brekka to lift the embargo".
func urgedAct(e *eventMention) bool {
	ps := e.s.parsed()
	c := clauseHolding(ps, e.k)
	if c < 0 || ps.Clauses[c].Governor < 0 || ps.Clauses[c].Negated {
		return false
	}
	if questionVerbs.Has(ps.Lower(ps.Clauses[c].Head)) {
		return false // "Asked to comment on Chile's agreement with its creditors": a question put, no act asked for
	}
	g := ps.Clauses[c].Governor
	return urgeVerbs.Has(ps.Lower(g)) || (ps.Lower(g) == "called" || ps.Lower(g) == "calls" || ps.Lower(g) == "call") && ps.Lower(g+1) == "on"
}

// questionVerbs are what a question asks one to do: "asked to comment on".
var questionVerbs = wordset.Of(map[string]bool{"comment": true, "elaborate": true, "say": true, "respond": true,
	"reply": true, "explain": true, "confirm": true, "speculate": true, "discuss": true, "describe": true, "assess": true})

// urgeVerbs ask another to act: the act is demanded.
var urgeVerbs = wordset.Of(map[string]bool{"urged": true, "urges": true, "urge": true, "urging": true, "asked": true, "asks": true,
	"asking": true, "pressed": true, "pressing": true, "requested": true, "requests": true, "persuade": true, "persuaded": true,
	"encouraged": true, "encourages": true, "appealed": true, "appeals": true,
	// "has been pressuring the IMF to approve the loan", "brought pressure
	// on Tokyo to buy": pressed to act, the act is only asked for
	"pressure": true, "pressured": true, "pressures": true, "pressuring": true, "press": true, "presses": true,
	"ask": true, "request": true, "requesting": true, "persuading": true, "persuades": true,
	"encourage": true, "encouraging": true})

var callForWords = wordset.Of(map[string]bool{"call": true, "calls": true, "called": true, "calling": true, "press": true,
	"pressed": true, "pressing": true, "push": true, "pushed": true, "pushing": true, "appealed": true, "asked": true})

// askWords ask for what they govern; wantWords want, need or increase it.
// cancelWords undo what they govern.
var cancelWords = map[string]bool{"cancel": true, "cancels": true, "cancelled": true, "canceled": true, "cancelling": true,
	"suspend": true, "suspends": true, "suspended": true, "halt": true, "halted": true, "froze": true, "frozen": true,
	"freeze": true, "withdrew": true, "withdrawn": true, "terminated": true, "rescinded": true, "revoked": true}

var askWords = map[string]bool{"request": true, "requests": true, "requested": true, "call": true, "calls": true,
	"called": true, "appeal": true, "appeals": true, "appealed": true, "plea": true, "ask": true, "asked": true,
	"asking": true, "seek": true, "seeking": true, "sought": true}

var wantWords = map[string]bool{"for": true, "require": true, "requires": true, "required": true, "need": true,
	"needs": true, "intensify": true, "increase": true, "increased": true, "more": true, "greater": true,
	"closer": true, "expanded": true, "encourage": true, "promote": true, "strengthen": true, "improve": true,
	"better": true, "seek": true, "sought": true, "urge": true, "urged": true, "call": true, "called": true, "calls": true}

// visitingPerson reads "visiting" before a name as wire copy writes it
// ("told visiting U.S. Secretary of State George Shultz", "the visiting
// Indonesian Finance Minister Radius Prawiro"): the person named is the
// visitor, and the state before the title is the visitor's own, neither
// the host nor the place.
func (d *doc) visitingPerson(e *eventMention) {
	s := e.s
	for j := e.k + 1; j < len(s.Tokens) && j <= e.k+9; j++ {
		m := s.mentionAt(j)
		if m == nil {
			if s.breaks(j) || isLowerWord(s.raw(j)) && s.w(j) != "of" && s.w(j) != "for" {
				return
			}
			continue
		}
		if d.ents[m.ent].Type != graph.Person {
			j = m.last - 1 // a state or body in the title: "U.S.", "Indonesian"
			continue
		}
		own := d.ents[m.ent].Country
		for ent := range e.participants {
			if s.mentionsEntity(e.k+1, m.first, ent) || d.ents[ent].Type == graph.Country && d.ents[ent].Country == own && own != "" {
				e.drop(ent)
			}
		}
		if e.location >= 0 && (d.ents[e.location].Country == own && own != "" && d.ents[e.location].Type == graph.Country || s.mentionsEntity(e.k+1, m.first, e.location)) {
			e.location = -1
		}
		e.drop(m.ent)
		e.add(m.ent, graph.RoleActor)
		return
	}
}

// mentionsEntity reports a mention of entity ent among tokens [from, to).
func (s *sent) mentionsEntity(from, to, ent int) bool {
	for k := from; k < to; k++ {
		if m := s.mentionAt(k); m != nil && m.ent == ent {
			return true
		}
	}
	return false
}

// dealOtherSide finds the other side of a deal that names one, in the
// words after it: "an agreement under which Microamerica will distribute",
// "an agreement to be acquired by Patrick Petroleum", "agreed to form a
// joint venture in factory automation with Matsushita", "an agreement with
// a consortium led by Sino Land"; -1 when none.
func (d *doc) dealOtherSide(e *eventMention) int {
	s := e.s
	party := func(k int) int {
		for k < len(s.Tokens) && (determiners.Has(s.w(k)) || s.w(k) == "<") {
			k++
		}
		if m := s.mentionAt(k); m != nil && actorType(d.ents[m.ent].Type) {
			if _, in := e.participants[m.ent]; !in {
				return m.ent
			}
		}
		return -1
	}
	for j := e.k + 1; j < len(s.Tokens) && j < e.end+14 && s.w(j) != ";" && s.w(j) != "said"; j++ {
		switch {
		case s.w(j) == "under" && s.w(j+1) == "which":
			return party(j + 2)
		case s.w(j) == "be" && (s.w(j+1) == "acquired" || s.w(j+1) == "bought" || s.w(j+1) == "purchased") && s.w(j+2) == "by":
			return party(j + 3)
		case (s.w(j) == "venture" || s.w(j) == "ventures") && s.w(j-1) == "joint":
			for k := j + 1; k < len(s.Tokens) && k <= j+6 && !s.breaks(k); k++ {
				if s.w(k) == "with" {
					return party(k + 1)
				}
			}
		case (s.w(j) == "consortium" || s.w(j) == "group") && s.w(j+1) == "led" && s.w(j+2) == "by" && s.w(j-2) == "with":
			return party(j + 3)
		}
	}
	return -1
}

// futureBetween reports "and" before a modal of the future ("and would",
// "and will") among tokens [from, to).
func futureBetween(s *sent, from, to int) bool {
	for j := from; j < to; j++ {
		if s.w(j) == "and" && futureModals.Has(s.w(j+1)) {
			return true
		}
	}
	return false
}

// pastVerb reports a verb at k in a past form: "proposed", "agreed".
func pastVerb(s *sent, k int) bool {
	ps := s.parsed()
	return k < len(ps.POS) && (ps.POS[k] == "VBD" || ps.POS[k] == "VBN")
}

// laterToday reports an event dated "this evening" or "tonight" by a verb
// in the present ("who travels to Italy this evening"): the day of
// publication, still to come.
func laterToday(s *sent, e *eventMention) bool {
	t := strings.ToLower(e.dateText)
	if t == "today" {
		for j := 1; j < len(s.Tokens); j++ {
			if s.w(j) == "today" && s.w(j-1) == "later" {
				t = "later today" // ("meet later today": the date read is the day)
			}
		}
	}
	if t != "this evening" && t != "tonight" && t != "later today" || !e.verbal {
		return false
	}
	ps := s.parsed()
	// ("meets tonight", "is hosting a dinner tonight")
	return e.k < len(ps.POS) && (ps.POS[e.k] == "VBZ" || ps.POS[e.k] == "VBP" || ps.POS[e.k] == "VBG" && (s.w(e.k-1) == "is" || s.w(e.k-1) == "are"))
}

func futureWords(t string) bool {
	t = strings.ToLower(t)
	for _, w := range []string{"next ", "tomorrow", "later this ", "coming ", "later in the "} {
		if strings.HasPrefix(t, w) || strings.Contains(t, " "+w) {
			return true
		}
	}
	return false
}

// deniedNoun reports an event noun its own words deny: "no emergency
// OPEC meeting", "there are no plans for talks", "no intention of a
// summit". What is only denied is no event.
func deniedNoun(s *sent, k int) bool {
	if w := s.w(k - 1); (lightVerbs.Has(w) || w == "holding" || w == "having") && (s.w(k-2) == "not" || s.w(k-2) == "n't") {
		return true // "is not holding discussions with anyone", "did not hold talks"
	}
	if j := lightVerbAt(s, k); j > 0 && gatheringVerbs.Has(s.w(j)) && (s.w(j-1) == "not" || s.w(j-1) == "n't" || s.w(j-1) == "never") {
		return true // "Colombia will not attend a meeting of producers"
	}
	if s.w(k-1) == "without" || s.w(k-2) == "without" && (s.w(k-1) == "any" || s.w(k-1) == "an" || s.w(k-1) == "a") {
		return true // "ended its annual meeting without agreement on U.S. proposals"
	}
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if s.breaks(j) {
			return false
		}
		if s.w(j) != "no" {
			continue
		}
		between := s.parsed().POS[j+1 : k]
		if !slices.ContainsFunc(between, func(t string) bool { return t == "IN" || t == "TO" || strings.HasPrefix(t, "VB") }) {
			return true // "no" is the noun's own determiner
		}
		switch s.w(j + 1) {
		case "plans", "plan", "intention", "intentions", "immediate", "date", "timetable", "need", "reason", "question", "prospect":
			return true // ("there was no need for an emergency OPEC meeting")
		}
		return false
	}
	return false
}

// metNoOne reports a "meet" at k that meets a thing, not a party: a
// passive ("would be met from its own resources", "had been met with
// advice"), or an object naming a need, cost or concern within a few
// words ("meets one of the producers' main concerns", "to meet the EC
// quotas"), or nothing at all after "to meet" ("too high for some
// companies to meet.").
func metNoOne(s *sent, k, end int) bool {
	switch s.w(k - 1) {
	case "be", "been", "being", "is", "was", "were", "are":
		return true
	}
	if s.w(k-1) == "to" && (s.w(end) == "." || end >= len(s.Tokens)) {
		return true
	}
	for j := end; j < len(s.Tokens) && j <= end+6 && !s.breaks(j); j++ {
		if s.mentionAt(j) != nil && s.w(j-1) != "the" && !s.possessive(j+1) {
			return false
		}
		if metObjects.Has(s.w(j)) {
			return true
		}
	}
	return false
}

// signsLaw reports a law signed after a verb ending at k: "signed a bill",
// "signed into law", "signed the budget".
func signsLaw(s *sent, k int) bool {
	for j := k; j < len(s.Tokens) && j <= k+3 && !s.breaks(j); j++ {
		if signedDocuments.Has(s.w(j)) && s.w(j) != "declaration" {
			return true
		}
		if s.mentionAt(j) != nil {
			return false
		}
	}
	return false
}

// signedLawBefore reports a law or decree signed in a passive or a
// participle after it: "the decree, signed by President Saddam Hussein",
// "The law was signed by Reagan": no pact.
func signedLawBefore(s *sent, k int) bool {
	if !strings.HasPrefix(s.w(k), "sign") {
		return false
	}
	j := k - 1
	for j >= 0 && j >= k-3 && (beForms.Has(s.w(j)) || s.w(j) == "," || s.w(j) == "had" || s.w(j) == "has") {
		j--
	}
	return j >= 0 && signedDocuments.Has(s.w(j)) && s.w(j) != "declaration" && s.w(j) != "letter" && s.w(j) != "petition"
}

// framedStatus is "happened" for an event noun in a phrase of time
// ("during a visit to", "at the end of talks") of a clause in the past:
// "met Per Lund during a visit to Vardo".
func framedStatus(s *sent, k int) string {
	for _, cl := range s.parsed().Clauses {
		if cl.Verb.Start < k && k < cl.End {
			if cl.Tense == "past" && cl.Modal == "" && !cl.Negated {
				return "happened"
			}
			if futureModals.Has(strings.ToLower(cl.Modal)) && !cl.Negated {
				return "planned" // "will visit Rome during a trip to Europe in June"
			}
			return ""
		}
	}
	return ""
}

// visitorFromClause takes as a framed visit's visitor the person who acts
// in the clause the visit frames ("Garcia told a press conference at the
// end of an official visit to Mexico").
func (d *doc) visitorFromClause(s *sent, e *eventMention) {
	for _, cl := range s.parsed().Clauses {
		if cl.Verb.Start < e.k && e.k < cl.End && !cl.Passive {
			for _, a := range d.actorsOf(s, cl.Subject) {
				if _, in := e.participants[a]; !in && d.ents[a].Type == graph.Person {
					e.add(a, graph.RoleActor)
				}
			}
			return
		}
	}
}

// heldDeal reads an agreement its holders have "with" another ("Iraq and
// China have barter deals with Brazil"): the holders are its other side,
// and it was made.
func (d *doc) heldDeal(s *sent, e *eventMention) {
	if e.typ != "agreement" || e.verbal || s.w(e.end) != "with" {
		return
	}
	for _, cl := range s.parsed().Clauses {
		h := s.w(cl.Head)
		if h != "has" && h != "have" && h != "had" || cl.Head >= e.k || e.k-cl.Head > 4 || cl.Negated || cl.Passive {
			continue
		}
		for _, a := range d.distinctParties(s, cl.Subject) {
			if actorType(d.ents[a].Type) && e.participants[a] == "" {
				e.add(a, graph.RoleParticipant)
			}
		}
		if cl.Modal == "" && e.status == "" {
			e.status = "happened"
		}
	}
}

// defaultStatus is the status of an event nothing else has dated or
// qualified: an act after "to" is still to do ("invited him to visit"), a
// verb's event its clause puts under a modal, in the future or under a
// verb of planning is planned ("could meet", "wants to meet"); any other
// was told as done or being done ("urges Japan to act", "the merger
// proposal for AMC"), which the guide marks happened. No event leaves
// without one.
func defaultStatus(s *sent, k int, verbal bool) string {
	ps := s.parsed()
	if s.w(k-1) == "to" && ps.POS[k] == "VB" && (s.w(k) == "protest" || s.w(k) == "demonstrate") {
		// "staged a demonstration to protest Argentina's plans",
		// "boycotted the annual meeting last year to protest": the protest
		// is the act it is the purpose of, done when that was
		if c := clauseHolding(ps, k); c >= 0 && ps.Clauses[c].Governor >= 0 {
			if g := ps.Clauses[c].Governor; ps.POS[g] == "VBD" || ps.POS[g] == "VBG" && protestActs.Has(s.w(g)) {
				return "happened"
			}
		}
	}
	if s.w(k-1) == "to" && ps.POS[k] == "VB" {
		return "planned" // "invited him to visit China later in the year": an act still to do
	}
	c := clauseHolding(ps, k)
	if c < 0 {
		return "happened"
	}
	cl := ps.Clauses[c]
	if lex, err := loadLexicon(); err == nil && cl.Governor >= 0 && k >= cl.Head {
		// "declined to send a delegation for talks": an act refused was
		// not done; one still to do is planned ("invited him to visit",
		// "to hold talks"); a noun the act only touches stands as told
		// ("moved to undercut U.S.-led sanctions"), and a venture agreed
		// to be formed is an agreement made
		h, g := lemma(lex, s.w(cl.Head)), lemma(lex, s.w(cl.Governor))
		switch {
		case !verbal && meansOf(ps, cl, k):
			return "planned" // "seeks to postpone the payments through negotiations with its creditors": the means of an act to come
		case refused(lex, ps, cl):
			return "failed"
		case verbal || k == cl.Head:
			return "planned"
		case g == "agree" || g == "decide":
			return "happened"
		case holdVerbs.Has(h) || h == "send":
			return "planned"
		}
		return "happened"
	}
	if !verbal {
		// a noun's event stands as told whatever its clause's modal:
		// "Washington would be upset if Moscow undercut U.S.-led sanctions"
		return "happened"
	}
	if cl.Modal != "" || cl.Tense == "future" {
		return "planned"
	}
	if cl.Governor >= 0 {
		if lex, err := loadLexicon(); err == nil && planVerbs.Has(lemma(lex, s.w(cl.Governor))) {
			return "planned"
		}
	}
	return "happened"
}

// dueNext follow "due" or "scheduled" after an event's noun when it is
// still to come: "due in Saudi Arabia", "scheduled for next week".
var dueNext = wordset.Of(map[string]bool{"in": true, "on": true, "at": true, "for": true, "next": true, "later": true,
	"early": true, "late": true, "this": true})

// protestActs are the acts of protest a participle tells as going on:
// "staging a sit-in to protest".
var protestActs = wordset.Of(map[string]bool{"staging": true, "holding": true, "boycotting": true, "marching": true, "striking": true})

// datedStatus is the status an event's own date gives when its words
// do not: a meeting "in June" of a March article is still to come, "the
// 1985 pact" has been made. A date in the article's own month or year
// tells neither.
func (d *doc) datedStatus(e *eventMention) string {
	pub := d.published()
	if e.date.IsZero() || pub == "" || len(e.date.Value) > len(pub) {
		return ""
	}
	switch own := pub[:len(e.date.Value)]; {
	case e.date.Value > own:
		return "planned"
	case e.date.Value < own:
		return "happened"
	}
	return ""
}

// nounSubjectStatus is "happened" for an event noun that is the subject
// of a clause stating, in the present or the past, what it is or was:
// "the talks are still going on", "the pact was a success", "financing
// talks are proving difficult". A modal, a negation or a verb of plans
// ("the talks are expected to resume", "the meeting is scheduled for")
// tells nothing.
func nounSubjectStatus(s *sent, k int) string {
	ps := s.parsed()
	lex, err := loadLexicon()
	if err != nil {
		return ""
	}
	for _, cl := range ps.Clauses {
		in := false
		for _, np := range cl.Subject {
			// the noun heads the subject, or its first words: "the talks
			// between Japan" (a coordinated subject's part may be headed
			// by its last name), not "support for the talks"
			in = in || np.Start <= k && k < np.End && (np.Head == k || !slices.ContainsFunc(ps.POS[np.Start:k], func(t string) bool { return t == "IN" || t == "TO" }))
		}
		if in && cl.Head >= 0 && !cl.Negated && cl.Governor < 0 && (s.w(cl.Head) == "set" || s.w(cl.Head) == "scheduled" || s.w(cl.Head) == "slated" || s.w(cl.Head) == "due" ||
			s.w(cl.Head) == "planned" && cl.Passive && s.w(cl.Head+1) == "for") {
			return "planned" // "the council meeting is set for 1900 hours", "talks are due on Monday", "Kohl's visit is planned for May"
		}
		if !in || cl.Passive && cl.Head >= 0 && planVerbs.Has(lemma(lex, s.w(cl.Head))) {
			continue
		}
		if cl.Negated || cl.Modal != "" || cl.Tense != "present" && cl.Tense != "past" || cl.Head < 0 {
			return ""
		}
		if planVerbs.Has(lemma(lex, s.w(cl.Head))) || cl.Governor >= 0 || dueWords.Has(s.w(cl.Head)) {
			return ""
		}
		return "happened"
	}
	return ""
}

// postponedNoun reports the event noun at k heading the subject of a
// passive clause of putting off: "talks … were postponed", "the meeting
// has been delayed".
func postponedNoun(s *sent, k int) bool {
	lex, err := loadLexicon()
	if err != nil {
		return false
	}
	if !slices.ContainsFunc(s.lw, func(w string) bool { return delayVerbs.Has(lemma(lex, w)) }) {
		return false // (no verb of delay: the sentence is not parsed for one)
	}
	ps := s.parsed()
	for _, cl := range ps.Clauses {
		if !cl.Passive || cl.Negated || cl.Head < 0 || !delayVerbs.Has(lemma(lex, s.w(cl.Head))) {
			continue
		}
		for _, np := range cl.Subject {
			if np.Start <= k && k < np.End && (np.Head == k || !slices.ContainsFunc(ps.POS[np.Start:k], func(t string) bool { return t == "IN" || t == "TO" })) {
				return true
			}
		}
	}
	return false
}

// dueWords say an event is still to come: "talks are due", "the summit
// is set for June".
var dueWords = wordset.Of(map[string]bool{"due": true, "scheduled": true, "set": true, "expected": true, "planned": true, "slated": true, "likely": true})

// opposedBy reports "opposition" at k said of the parties that oppose:
// "opposition from France", or nationalities before it with no article
// ("despite Spanish and Portuguese opposition"); not "the opposition
// parties", "the French opposition Socialists" (a state's opposition
// parties), nor one followed by a name or a party's noun.
func (s *sent) opposedBy(k int) bool {
	if s.w(k+1) == "from" {
		return s.mentionAt(k+2+b2i(s.w(k+2) == "the")) != nil
	}
	if n := s.w(k + 1); n == "parties" || n == "party" || n == "leader" || n == "leaders" || k+1 < len(s.Tokens) && !isLowerWord(s.raw(k+1)) && s.raw(k+1) != "." && s.raw(k+1) != "," {
		return false
	}
	m := s.mentionAt(k - 1)
	if m == nil || m.last != k || m.m.Label != graph.LabelMISC {
		return false
	}
	j := m.first - 1
	for j >= 1 && s.w(j) == "and" {
		p := s.mentionAt(j - 1)
		if p == nil || p.m.Label != graph.LabelMISC {
			return false
		}
		j = p.first - 1
	}
	return j < 0 || s.w(j) != "the" && s.w(j) != "a" && s.w(j) != "its" && s.w(j) != "their"
}

// judgesNoun reports a verb among words [from, to) that judges or
// weighs an event already told by the noun at to, rather than making it:
// "will not approve the USDA proposal", "would consider the offer".
func judgesNoun(s *sent, from, to int) bool {
	ps := s.parsed()
	for j := from; j < to && j < len(ps.POS); j++ {
		if strings.HasPrefix(ps.POS[j], "VB") && judgingVerbs.Has(s.w(j)) {
			return true
		}
	}
	return false
}

// judgingVerbs weigh, back or oppose what another proposed or did.
var judgingVerbs = wordset.Of(map[string]bool{"approve": true, "reject": true, "accept": true, "consider": true, "study": true,
	"examine": true, "oppose": true, "support": true, "back": true, "welcome": true, "endorse": true, "review": true,
	"veto": true, "block": true, "resist": true, "debate": true, "favor": true, "favour": true})

// bodySidesOf counts the distinct states and bodies (no persons) named in
// the subject of the clause whose verb is at k: "the U.S., Japan, West
// Germany … agreed that major currencies were within ranges" is an accord
// of six; "Williams and Griggs agreed the Fed will …", a view two analysts
// share.
func (s *sent) bodySidesOf(k int) int {
	seen := map[int]bool{}
	for _, cl := range s.parsed().Clauses {
		if cl.Head != k {
			continue
		}
		for _, np := range cl.Subject {
			for j := np.Start; j < np.End; j++ {
				if m := s.mentionAt(j); m != nil && m.m.Label != graph.LabelPER {
					seen[m.ent] = true
				}
			}
		}
	}
	return len(seen)
}

// inPowerInfinitive reports the word at k inside the verb or object of an
// infinitive a power noun governs ("the authority to block takeovers",
// "the right to impose sanctions").
func (s *sent) inPowerInfinitive(k int) bool {
	ps := s.parsed()
	for _, cl := range ps.Clauses {
		if !powerInfinitive(ps, cl) {
			continue
		}
		if cl.Verb.Start <= k && k < cl.Verb.End {
			return true
		}
		for _, o := range cl.Object {
			if o.Start <= k && k < o.End {
				return true
			}
		}
	}
	return false
}

// objectNounOf reports the noun at n heading the object of the clause of
// the verb at v, its phrase ending at end: "rejected [the Brazilian
// offer] last Thursday".
func objectNounOf(s *sent, v, n, end int) bool {
	for _, cl := range s.parsed().Clauses {
		if cl.Head != v {
			continue
		}
		for _, o := range cl.Object {
			if o.Head == n && o.End == end {
				return true
			}
		}
	}
	return false
}

// namedBefore reports whether entity ent is named before token k.
func (s *sent) namedBefore(ent, k int) bool {
	for _, m := range s.mentions {
		if m.ent == ent && m.first < k {
			return true
		}
	}
	return false
}

// thatAfterVerb is the first "that" after the speech verb at v and before the
// sentence's end, or -1.
func thatAfterVerb(s *sent, v int) int {
	for j := v + 1; j < len(s.Tokens); j++ {
		if s.w(j) == "that" {
			return j
		}
	}
	return -1
}

// titledAfterComma reports a name at k opening, or ending, the phrase
// after a comma: ", Philippine Finance Secretary Jaime Ongpin" — a
// comma within four words before it, and no verb between.
func titledAfterComma(s *sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if s.w(j) == "," {
			return true
		}
		if speechVerbs[s.w(j)] || s.breaks(j) {
			return false
		}
	}
	return false
}

// speechParty reports an entity named in the sentence only as the
// speaker or the one told of a speech verb before word k: "Xuto said
// producers … had agreed", "told Reuters a memorandum would be signed".
// towardAgreement reports an agreement word at k that progress or a move
// is toward: "progress towards reaching a rubber pact", "moved closer to
// an accord".
func towardAgreement(s *sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4 && !s.breaks(j); j-- {
		if w := s.w(j); w == "towards" || w == "toward" || w == "to" && s.w(j-1) == "closer" {
			return true
		}
	}
	return false
}

// onlyHearer reports an entity the sentence names only before the word at
// k as the one told ("told Reuters his company hoped to conclude the
// talks") or as the one who asked ("A Fiat spokesman contacted by Reuters
// said"): no party of what is told. A pronoun after it may stand for a
// hearer that is no news service ("told Brazil the bank will continue to
// cooperate with it").
func (d *doc) onlyHearer(s *sent, ent, k int) bool {
	found, last := false, 0
	for _, m := range s.mentions {
		if m.ent != ent {
			continue
		}
		b := m.first - 1
		if m.first >= k || !(s.w(b) == "told" || s.w(b) == "tells" || s.w(b) == "by" && polledWords.Has(s.w(b-1))) {
			return false
		}
		found, last = true, m.last
	}
	if !found || strings.EqualFold(d.ents[ent].Name, "Reuters") || newspaperName(d.ents[ent].Name) {
		return found
	}
	return !slices.ContainsFunc(s.lw[last:], func(w string) bool { return w == "it" || w == "its" || w == "them" || w == "their" })
}

func (d *doc) speechParty(s *sent, ent, k int, c *claims) bool {
	role := false
	for j := 0; j < len(s.Tokens); j++ {
		m := s.mentionAt(j)
		if m == nil || m.ent != ent {
			continue
		}
		j = m.last - 1
		v := m.last
		for v < k && (auxiliaries.Has(s.w(v)) || s.w(v) == ",") {
			v++
		}
		told := s.w(m.first-1) == "told" || s.w(m.first-1) == "tells" || s.w(m.first-2) == "told" && s.w(m.first-1) == "the"
		// "…, Finance Secretary Jaime Ongpin said." and "…, said X.":
		// the attribution after the claim
		trailing := m.first > k && (speechVerbs[s.w(v)] && (s.w(v+1) == "." || v+1 >= len(s.Tokens) || isDateToken(s, v+1) && s.w(v+2) == ".") && titledAfterComma(s, m.first) ||
			speechVerbs[s.w(m.first-1)] && s.w(m.first-2) == "," && (s.w(m.last) == "." || s.w(m.last) == ","))
		switch {
		case told && m.first < k:
			role = true
		case trailing:
			role = true
		case speechVerbs[s.w(v)] && v < k && s.w(v) != "insisted" && s.w(v) != "warned":
			if t := thatAfterVerb(s, v); t >= 0 && k < t {
				// "Garcia told a press conference at the end of a visit to
				// Mexico that …": the visit is not in what he told
				return false
			}
			if c != nil && slices.ContainsFunc(c.spans, func(cl claim) bool {
				return cl.verb == v && cl.start >= s.Start && cl.start < cl.end && cl.end <= s.Tokens[k].Start
			}) {
				// "Kohl said the mark was too strong and urged Japan to …":
				// an act after what he said ended is his own
				return false
			}
			role = true
		default:
			return false // named elsewhere in the sentence as well
		}
	}
	for j := 0; role && j < len(s.Tokens); j++ {
		switch s.w(j) {
		case "it", "its", "he", "his", "she", "her", "they", "their", "we", "our":
			return false // "Japan said it would meet China": named again by a pronoun
		}
	}
	return role
}

// listBefore reports a word that joins a list ("and", "or", a comma or a
// dash) before word v.
func listBefore(s *sent, v int) bool {
	for j := 0; j < v; j++ {
		switch s.w(j) {
		case "and", "or", ",", "-", "--", "—":
			return true
		}
	}
	return false
}

// mainSubject is the state or organisation the parse reads as the subject
// of the sentence's first clause when word k comes after that clause's
// verb (in its object, a phrase or what it reports), -1 otherwise.
func (d *doc) mainSubject(s *sent, k int) int {
	ps := s.parsed()
	if len(ps.Clauses) == 0 {
		return -1
	}
	cl := ps.Clauses[0]
	stative := cl.Passive && (ps.Lower(cl.Head) == "involved" || ps.Lower(cl.Head) == "engaged") // "is involved in talks with"
	if cl.Passive && !stative || cl.Inverted || k < cl.Verb.End || len(cl.Subject) == 0 {
		return -1
	}
	st := cl.Subject[0].Start
	if s.w(st) == "the" {
		st++
	}
	if len(cl.Subject) != 1 || s.mentionAt(st) == nil {
		return -1 // "a leading member of the Labour Party said": a person, not the party
	}
	out := d.distinctParties(s, cl.Subject)
	if len(out) != 1 {
		return -1
	}
	if t := d.ents[out[0]].Type; t != graph.Country && t != graph.Organization {
		return -1
	}
	return out[0]
}

// subjectHead is the state or body that heads the subject of the last
// clause with a subject whose verb ends before k: "West German
// engineering union IG Metall will hold strikes, to press": IG Metall.
func (d *doc) subjectHead(s *sent, k int) int {
	ps := s.parsed()
	c := -1
	for i, cl := range ps.Clauses {
		if cl.Verb.End <= k && len(cl.Subject) > 0 {
			c = i
		}
	}
	if c < 0 {
		return -1
	}
	cl := ps.Clauses[c]
	if cl.Passive || cl.Inverted || len(cl.Subject) != 1 {
		return -1
	}
	m := s.mentionAt(cl.Subject[0].Head)
	if m == nil || m.m.Label == graph.LabelMISC {
		return -1
	}
	if t := d.ents[m.ent].Type; t != graph.Country && t != graph.Organization {
		return -1
	}
	return m.ent
}

// partyWithin reports a party named within n words from k, before any
// punctuation.
func partyWithin(d *doc, s *sent, k, n int) bool {
	for j := k; j < len(s.Tokens) && j < k+n; j++ {
		if m := s.mentionAt(j); m != nil && actorType(d.ents[m.ent].Type) {
			return true
		}
		if w := s.w(j); w == "," || w == "." || w == ";" {
			return false
		}
	}
	return false
}

// eachAfter reports a distributive "each" after the word at k:
// "agreed to pay penalties of 200,000 dlrs each".
func eachAfter(s *sent, k int) bool {
	for j := k + 1; j < len(s.Tokens); j++ {
		if s.w(j) == "each" && s.w(j+1) != "other" {
			return true
		}
	}
	return false
}

// failNouns say that the event they govern with "of" or "in" failed.
var failNouns = wordset.Of(map[string]bool{"failure": true, "collapse": true, "breakdown": true, "break-up": true, "breakup": true})

// agreeForms are the forms of "agree".
var agreeForms = wordset.Of(map[string]bool{"agree": true, "agrees": true, "agreed": true, "agreeing": true})

// courtAsked reports an event aimed at a court.
func (d *doc) courtAsked(e *eventMention) bool {
	for p, role := range e.participants {
		if role != graph.RoleTarget {
			continue
		}
		for _, w := range strings.Fields(d.ents[p].Name) {
			if w == "Court" || w == "Tribunal" || w == "court" {
				return true
			}
		}
	}
	return false
}

// concurs reports "agreed" followed by a clause of its own without "that",
// one whose verb is a modal or a form of "be" ("agreed the Community must
// take greater heed", "agreed the yen was too strong"): a view shared.
func concurs(s *sent, k int) bool {
	if !s.nounClause(k) {
		return false
	}
	for j := k + 1; j < len(s.Tokens) && j <= k+8 && !s.breaks(j); j++ {
		switch s.w(j) {
		case "must", "should", "was", "were", "is", "are", "had":
			return true
		}
	}
	return false
}

// makeWords make an agreement named within seven words after them:
// "signed a loan agreement", "reached agreement", "entered into a joint
// venture", "announce a deal".
var makeWords = map[string]bool{}

// madeWords after an agreement's noun say it was made: "the accord
// reached in February", "the pact was signed".
var madeWords = map[string]bool{}

func init() {
	for _, v := range [][]string{
		{"sign", "signs", "signed", "signing"}, {"reach", "reaches", "reached", "reaching"},
		{"conclude", "concludes", "concluded", "concluding"}, {"strike", "strikes", "struck", "striking"},
		{"negotiate", "negotiates", "negotiated", "negotiating"}, {"initial", "initials", "initialled", "initialed"},
		{"enter", "enters", "entered", "entering"}, {"form", "forms", "formed", "forming"},
		{"announce", "announces", "announced", "announcing"}, {"clinch", "clinches", "clinched", "clinching"},
		{"seal", "seals", "sealed", "sealing"}, {"finalise", "finalised", "finalize", "finalized", "finalising", "finalizing"},
		{"complete", "completes", "completed", "completing"}, {"hammer", "hammered", "hammering"},
		{"work", "worked", "working"}, {"approve", "approves", "approved", "approving"},
		{"ratify", "ratifies", "ratified", "ratifying"}, {"agree", "agrees", "agreed", "agreeing"},
		{"accept", "accepts", "accepted", "accepting"}, {"renew", "renews", "renewed", "renewing"},
		{"set", "sets", "setting"}, {"establish", "establishes", "established", "establishing"},
		{"execute", "executes", "executed", "executing"}, // "has executed an underwriting agreement with X"
		{"announcement", "signing", "conclusion", "announced"},
	} {
		for _, w := range v {
			makeWords[w] = true
		}
		madeWords[v[len(v)-2]] = true // the past participle: "signed", "reached"
	}
	for _, w := range []string{"struck", "initialled", "initialed", "finalised", "finalized", "agreed", "set"} {
		madeWords[w] = true
	}
}

// ventureOf reports a joint venture named with its sides after it ("a
// joint venture between Chevron Corp and Texaco Inc", "a joint venture of
// GTE Corp and United Telecommunications Inc"): a description of a firm
// the sides hold, whose subject is the venture, not a side.
func ventureOf(s *sent, e *eventMention) bool {
	return !e.verbal && ventureSidesAt(s, e.end)
}

// ventureSidesAt reports "venture" right before end and "between" or
// "of" at end with a name after it: "a joint venture between Chevron
// Corp and Texaco Inc".
func ventureSidesAt(s *sent, end int) bool {
	w := s.w(end)
	return s.w(end-1) == "venture" && (w == "between" || w == "of") && s.mentionAt(end+1+b2i(s.w(end+1) == "the")) != nil
}

// agreementMade reports an agreement noun at [k, end) told as made: a verb
// of making it shortly before ("signed a 130 mln dlr loan agreement"), or
// its participle after ("the accord reached in February", "the pact was
// signed"). An agreement only named — stood by, breached, under which
// something is done — is no event.
func (s *sent) agreementMade(k, end int) bool {
	if w := s.w(k - 1); w == "proposed" || w == "planned" {
		return true // "the proposed merger of Greyhound and Trailways": one still to make, a planned agreement
	}
	if ventureSidesAt(s, end) {
		return true // "Caltex, a joint venture between Chevron Corp and Texaco Inc": a venture the firms hold was made (ventureOf)
	}
	for j := k - 1; j >= 0 && k-j <= 4 && !s.breaks(j) && s.w(end) == "with"; j-- {
		if w := s.w(j); w == "has" || w == "have" || w == "had" {
			return true // "Iraq and China have barter deals with Brazil": a deal they hold was made
		}
	}
	for j := k - 1; j >= 0 && k-j <= 7 && !s.breaks(j); j-- {
		if makeWords[s.w(j)] || k-j <= 4 && isDateToken(s, j) {
			// "signed a loan agreement"; "last December's OPEC accord",
			// "the September 1985 Plaza pact": made on a date
			return true
		}
	}
	for j := end; j < len(s.Tokens) && j < end+8 && !s.breaks(j); j++ {
		switch {
		case isDateToken(s, j):
			return true // "the accord between X and Y last December"
		case madeWords[s.w(j)] && (j == end || auxiliaries.Has(s.w(j-1)) || s.w(j-1) == "been"):
			return true // "the accord reached", "the pact between X and Y was signed"
		}
	}
	return false
}

// termsBetween gives the sides of an agreement noun at [k, end) that is
// the subject of a verb stating its terms between two parties the clause
// names, nil for none: "The
// agreement also calls for Bally to pay Trump 6.2 mln dlrs", "the pact
// provides for Navistar to assist Dina Camiones", "the agreement gives
// CNN the right to sell spots on China Central TV". The terms tell of an
// agreement made, between those two (GUIDE.md: one event per sentence that
// states it); "the contract includes an option", with fewer than two
// parties, tells nothing of who made it.
func (d *doc) termsBetween(s *sent, k, end int) []int {
	if w := s.w(k - 1); w != "the" && w != "this" && w != "their" && w != "its" && w != "merger" && w != "purchase" {
		return nil
	}
	v := end
	if s.w(v) == "also" {
		v++
	}
	if s.w(v) == "would" || s.w(v) == "will" {
		v++
	}
	switch s.w(v) {
	case "calls", "called", "call", "provides", "provided", "provide":
		if s.w(v+1) != "for" {
			return nil
		}
	case "requires", "required", "require", "obligates", "obligated", "obligate", "gives", "gave", "give", "allows", "allowed", "allow":
	default:
		return nil
	}
	var parties []int
	for j := v + 1; j < len(s.Tokens) && !s.breaks(j); j++ {
		if m := s.mentionAt(j); m != nil && actorType(d.ents[m.ent].Type) && !slices.Contains(parties, m.ent) {
			parties = append(parties, m.ent)
			if len(parties) == 2 {
				break // the two the terms bind; later names are what they concern ("trucks for sale in Mexico")
			}
		}
	}
	if len(parties) < 2 {
		return nil
	}
	return parties
}

// location finds where an event took place: a place named just before the
// trigger ("the Hanoi summit"), after "in"/"at" ("summit in Vladivostok"),
// or visited ("visited Moscow", "arrived in Russia").
func (r *Relater) location(d *doc, s *sent, e *eventMention) {
	for j := e.k - 1; j >= 0 && j >= e.k-3; j-- {
		m := s.mentionAt(j)
		if m == nil {
			if isDateToken(s, j) || s.possessive(j) {
				continue
			}
			break
		}
		if placeType(d.ents[m.ent].Type) {
			e.location = m.ent
			return
		}
		break
	}
	j := e.end
	if e.typ == "militaryAction" && e.verbal {
		// "seized Damascus", "seized the cities of Goma and Bukavu"
		k := j
		for determiners.Has(s.w(k)) || s.w(k) == "city" || s.w(k) == "cities" || s.w(k) == "town" || s.w(k) == "towns" || s.w(k) == "of" {
			k++
		}
		if m := s.mentionAt(k); m != nil && placeType(d.ents[m.ent].Type) {
			e.location = m.ent
			return
		}
	}
	if e.typ == "visit" && s.mentionAt(j) != nil {
		// "visited Moscow": the visited place is the direct object
		if t := d.ents[s.mentionAt(j).ent].Type; placeType(t) || t == graph.Country {
			e.location = s.mentionAt(j).ent
		}
		return
	}
	// "met al-Sharaa, …, there": the place named before in the sentence
	for k := e.end; k < len(s.Tokens) && k <= e.end+12; k++ {
		if s.w(k) != "there" {
			if s.w(k) == ";" || triggers[s.w(k)].verbal {
				break
			}
			continue
		}
		for p := e.k - 1; p >= 0; p-- {
			if m := s.mentionAt(p); m != nil && placeType(d.ents[m.ent].Type) {
				e.location = m.ent
				return
			}
		}
	}
	if at := d.placeGoneFor(s, e); at >= 0 {
		e.location = at
		return
	}
	if e.typ == "militaryAction" || e.typ == "assault" {
		if at := d.forcePlace(s, e.end); at >= 0 {
			e.location = at
			return
		}
	}
	// "in <Place>" after the trigger and its objects: "met Mr. Macron in
	// Paris"; a visit is also "to" its place
	for ; j < len(s.Tokens) && j <= e.end+6 && !s.breaks(j); j++ {
		if s.w(j) != "in" && s.w(j) != "at" && !(e.typ == "visit" && s.w(j) == "to") {
			continue
		}
		if seatNouns.Has(s.w(j - 1)) {
			continue // "the government in Kinshasa" names a party, not where
		}
		k := j + 1
		if s.w(k) == "the" {
			k++
		}
		if m := s.mentionAt(k); m != nil {
			t := d.ents[m.ent].Type
			if placeType(t) || (e.typ == "visit" || e.typ == "militaryAction") && t == graph.Country {
				e.location = m.ent
				return
			}
		}
	}
	e.location = openingPlace(d, s, e.k, e.typ)
}

// forcePlace is where an attack told from token j on happened, by a
// phrase of nearness after it: "an Iranian attack east of the southern
// port city of Basra", "a supertanker off the United Arab Emirates",
// "fighting near the air base of Ouadi Doum", "in northeast Iraq", "defence
// posts east of Iraq's second city, Basra" (the city, past its state's
// possessive); -1 for none.
func (d *doc) forcePlace(s *sent, j int) int {
	for end := j + 12; j < len(s.Tokens) && j <= end; j++ {
		w := s.w(j)
		if s.w(j) == ";" || s.w(j) == "." || triggers[w].verbal && j > 0 {
			return -1
		}
		near := w == "near" || w == "off" || w == "outside" || compassWords.Has(w) && s.w(j+1) == "of" ||
			w == "in" && (compassWords.Has(s.w(j+1)) || strings.HasSuffix(s.w(j+1), "ern") && compassWords.Has(strings.TrimSuffix(s.w(j+1), "ern"))) // "in northeast Iraq", "in northern Chad"
		if !near {
			continue
		}
		for k := j + 1; k < len(s.Tokens) && k <= j+9; k++ {
			if s.w(k) == ";" || s.w(k) == "." || s.breaks(k) && s.w(k) != "," {
				return -1
			}
			m := s.mentionAt(k)
			if m == nil {
				continue
			}
			t := d.ents[m.ent].Type
			if !placeType(t) && t != graph.Country {
				return -1
			}
			if s.possessive(m.last) {
				k = m.last
				continue // "Iraq's second city, Basra": the city
			}
			if nx := s.raw(m.last); isLowerWord(nx) && !isPreposition(s.w(m.last)) && s.w(m.last) != "and" {
				k = m.last - 1
				continue // "the key Libyan air base of Ouadi Doum": a modifier
			}
			return m.ent
		}
	}
	return -1
}

// compassWords name a direction from a place: "east of Basra".
var compassWords = wordset.Of(map[string]bool{"north": true, "south": true, "east": true, "west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true, "north-east": true,
	"north-west": true, "south-east": true, "south-west": true})

// openingPlace is the city or place a sentence opens with before the word
// at k ("In Paris on February 22, six nations agreed"; "At Geneva, …"),
// -1 for none: the opening phrase, closed by a comma, sets the scene.
// spokenActs are done by saying them: a refusal, an appeal, a demand, a
// threat or a proposal is made where it is said.
var spokenActs = wordset.Words("reject", "appeal", "demand", "threat", "proposal", "intent", "comment", "disapproval")

func openingPlace(d *doc, s *sent, k int, typ string) int {
	if s.w(0) != "in" && s.w(0) != "at" {
		return -1
	}
	m := s.mentionAt(1)
	if m == nil || !placeType(d.ents[m.ent].Type) || s.dateline(*m) {
		return -1
	}
	for j := m.last; j < k && j <= m.last+5; j++ {
		if s.w(j) == "," {
			for t := j + 1; t < k && !spokenActs.Has(typ); t++ {
				if speechVerbs[s.w(t)] {
					// "In Paris, Mitterrand said France would lend to
					// Chad": where it was said, not where the loan is (a
					// refusal or appeal said there is made there)
					return -1
				}
			}
			return m.ent
		}
		if s.mentionAt(j) != nil || s.breaks(j) {
			return -1
		}
	}
	return -1
}

// participants fills actor, target and participant roles from the
// possessor or subject before the trigger and the objects after it, up to
// the next trigger (nextK) or a clause break.
// coordinatedSubject is every party the parse reads as the subject of the
// active verb at v (its head, or the verb governing it in one group) when
// that subject holds ent, the subject found by words; nil otherwise.
func (d *doc) coordinatedSubject(s *sent, v, ent int) []int {
	if ent >= 0 && !listBefore(s, v) {
		return nil // no list before the verb: the parse can add no party
	}
	ps := s.parsed()
	for _, cl := range ps.Clauses {
		if cl.Passive || cl.Head != v && !(cl.Governor == v && cl.Verb.Start <= v && v < cl.Verb.End) {
			continue
		}
		if len(cl.Subject) > 0 && eachAfter(s, cl.Subject[len(cl.Subject)-1].End) {
			return nil // "Sears and Kellwood agreed to pay 200,000 dlrs each": each apart
		}
		if out := d.withListedIt(s, ps, cl.Subject, d.distinctParties(s, cl.Subject), nil); slices.Contains(out, ent) || ent < 0 {
			return out
		}
		return nil
	}
	return nil
}

func (r *Relater) participants(d *doc, s *sent, e *eventMention, nextK int, c *claims) {
	sym := symmetric[e.typ]
	other := graph.RoleTarget
	if sym {
		other = graph.RoleParticipant
	}
	usable := func(m *mention) bool {
		return m != nil && actorType(d.ents[m.ent].Type) && !s.consumed[s.at[m.first]] && m.ent != e.location
	}
	// before: a possessor, a modifier ("U.S. demands", "U.S.-led
	// sanctions") or, for verbs, the subject
	lv := lightVerbAt(s, e.k)
	if lv < 0 && e.typ == "agreement" && !e.verbal {
		lv = makeVerbAt(s, e.k) // "entered a settlement with", "struck a deal"
	}
	if e.verbal && s.w(e.k+1) == "by" && strings.HasSuffix(s.w(e.k), "ed") && !auxiliaries.Has(s.w(e.k-1)) && s.mentionAt(e.k-1) == nil {
		// "a plan proposed by the United States": the agent after "by"
		// acts, not whoever the sentence is about
		goto after
	}
	if v := e.k; e.verbal || lv >= 0 {
		// a subject the words right before the verb do not name: across
		// an apposition, a coordinated predicate, a pronoun; none after a
		// relative "that" whose antecedent is no name
		if !e.verbal {
			v = lv
		}
		ent, read := d.subject(s, v, c)
		if ent < 0 && !e.verbal && v >= 1 && s.w(v-1) == "to" && strings.HasPrefix(s.w(v), "press") {
			// "IG Metall will hold strikes to press demands for a 35-hour
			// week": demands pressed in a purpose are the main subject's
			if m := d.subjectHead(s, v); m >= 0 {
				ent, read = m, true
			}
		}
		if ent < 0 && !read && e.verbal {
			// no name right before the verb: the subject the parse reads,
			// if it names parties ("expect the six - Britain, …, West
			// Germany - to meet")
			if all := d.coordinatedSubject(s, v, -1); len(all) > 0 {
				role := graph.RoleActor
				if sym && len(all) > 1 {
					role = graph.RoleParticipant
				}
				for _, a := range all {
					if a != e.location {
						e.add(a, role)
					}
				}
				goto after
			}
		}
		switch {
		case ent >= 0 && ent != e.location && actorType(d.ents[ent].Type):
			role := graph.RoleActor
			if v != e.k {
				role = subjectRole(s, v)
			} else if passiveTypes.Has(e.typ) && passiveAt(s, e.k) && !prepObjectBefore(s, ent, e.k) {
				role = graph.RoleTarget // "Brazil's plan was rejected (by the banks)": acted on; the agent after "by" acts
			}
			if all := d.coordinatedSubject(s, v, ent); len(all) > 1 {
				// "Britain, Canada and France agreed to cut tariffs": every
				// party of the coordinated subject, sides of a mutual act
				if sym {
					role = graph.RoleParticipant
				}
				for _, a := range all {
					if a != e.location {
						e.add(a, role)
					}
				}
			}
			e.add(ent, role)
			// "The foreign ministers of Congo and Rwanda signed"
			if m := s.mentionAt(v - 1); m != nil && m.ent == ent {
				if c := r.skipTitles(s, m.first-1); s.w(c) == "and" {
					if m2 := s.mentionAt(r.skipTitles(s, c-1)); usable(m2) {
						e.add(m2.ent, role)
					}
				}
			}
		case read && ent < 0:
			goto after
		}
	}
	if j := possessivePronoun(s, e.k); j >= 0 {
		// "his visit", "her first trip"
		if ent := d.pronoun(s, j, c); ent >= 0 {
			e.add(ent, graph.RoleActor)
		}
	}
	if j := dealOwnerPronoun(s, e); j >= 0 && len(e.participants) == 0 {
		// "Loral Corp said its acquisition of Goodyear Aerospace was
		// completed", "… It said its offer for Conrac stands": the body
		// that speaks of its own deal makes it
		ent := d.dealOwner(s, j, c)
		if ent >= 0 && actorType(d.ents[ent].Type) && ent != e.location {
			e.add(ent, graph.RoleActor)
		}
	}
	for j := e.k - 1; j >= 0 && e.k-j <= 8 && len(e.participants) == 0 && !(e.verbal && unnamedSubject(s, e.k)); j-- {
		if s.breaks(j) {
			break
		}
		m := s.mentionAt(j)
		if m == nil {
			continue
		}
		if !usable(m) {
			j = m.first
			continue
		}
		role := graph.RoleActor
		if w := s.w(m.last - 1); strings.HasSuffix(w, "-backed") || strings.HasSuffix(w, "-brokered") {
			role = graph.RoleParticipant
		}
		adjacent := m.last == e.k || s.possessive(m.last) || isDateToken(s, m.last) || s.mentionAt(m.last) != nil && placeType(d.ents[s.mentionAt(m.last).ent].Type) ||
			// "a full ICO council meeting", "the OPEC pricing committee meeting": the body's organ meets
			!e.verbal && e.typ == "meeting" && e.k-m.last <= 2 && organNouns.Has(s.w(e.k-1)) && d.ents[m.ent].Type == graph.Organization && plainModifiers(s, m.last, e.k) ||
			// "the OPEC annual meeting", "an OECD ministerial meeting",
			// "the ICO special council session": a kind of its meetings
			!e.verbal && e.typ == "meeting" && e.k-m.last <= 3 && e.k > m.last && d.ents[m.ent].Type == graph.Organization && meetingKinds(s, m.last, e.k)
		// a demonym modifies the noun phrase it opens: "a Russian natural gas pipeline"
		adjacent = adjacent || !e.verbal && m.m.Label == graph.LabelMISC && e.k-m.last <= 2 && plainModifiers(s, m.last, e.k)
		if e.typ == "proposal" && !e.verbal && !(strings.HasPrefix(s.w(e.k), "propos") && (s.possessive(m.last) || m.last == e.k)) {
			// a project's parties ("a Russian gas pipeline") take part in
			// it; "Bolivia's proposal", "the EC proposal" are proposed by
			// the party named
			role = graph.RoleParticipant
		}
		if sides := d.compoundSides(s, m.last-1); sym && adjacent && !e.verbal && len(sides) > 1 {
			// "a U.S.-Soviet summit", "Iran-Iraq talks": both sides
			// named in the compound take part
			for _, a := range sides {
				e.add(a, graph.RoleParticipant)
			}
			break
		}
		if adjacent || e.verbal || lightVerbBefore(s, e.k) {
			if e.typ == "aid" && !e.verbal && giveWords.Has(s.w(m.first-1)) {
				role = graph.RoleTarget // "would grant Argentina loans": the receiver, after the verb of giving
			}
			if e.verbal && passiveTypes.Has(e.typ) && passiveAt(s, e.k) && !prepObjectBefore(s, m.ent, e.k) {
				role = graph.RoleTarget // "Brazil's request was rejected": Brazil is turned down
			}
			if e.typ == "sanctions" && !e.verbal && legislationNouns.Has(s.w(e.k+1)) {
				// "the South African sanctions bill": the state a law of
				// sanctions is named for is their target; the one who
				// passed it ("Congress passed the … bill") imposes them
				role = graph.RoleTarget
				for v := m.first - 1; v >= 0 && v >= m.first-6 && !s.breaks(v); v-- {
					if enactVerb(s.w(v)) {
						// (a name right before the verb, not a pronoun: "when it
						// passed the … bill" may not be the last body named)
						if ent, _ := d.subject(s, v, c); ent >= 0 && ent != m.ent && actorType(d.ents[ent].Type) && s.mentionAt(v-1) != nil {
							e.add(ent, graph.RoleActor)
						}
						break
					}
				}
			}
			e.add(m.ent, role)
			// "President Trump and Chinese President Xi Jinping agreed"
			c := r.skipTitles(s, m.first-1)
			if s.w(c) == "and" {
				if m2 := s.mentionAt(r.skipTitles(s, c-1)); usable(m2) {
					e.add(m2.ent, role)
				}
			}
			break
		}
		if !adjacent {
			break
		}
	}
after:
	// after: objects of prepositions and, for verbs, the direct object;
	// names and titles do not use up the words a trigger reads
	span := 10
	if e.typ == "resolution" || e.typ == "demand" {
		span = 14
	}
	limit := e.end
	for n := 0; limit < len(s.Tokens) && n < span; limit++ {
		if s.mentionAt(limit) == nil && r.titleKind(s.raw(limit)) == kindNone {
			n++
		}
	}
	if e.typ != "resolution" && e.typ != "demand" && nextK < limit {
		limit = nextK
	}
	prep := ""
	if e.verbal {
		prep = "object"
	}
	free := 1 // one word of its own may follow a noun: "sanctions pressure on"
	prepAt := -1
	for j := e.end; j < limit; j++ {
		w := s.w(j)
		if m := s.mentionAt(j); m != nil {
			j = m.last - 1
			if !usable(m) {
				continue
			}
			if d.firmOfHome(s, m) != nil {
				continue // "opposition to Japan's Fujitsu Ltd takeover bid": the firm's home, no party
			}
			switch {
			case prep == "with" && s.possessive(m.last) && backing[s.w(m.last+1)]:
				// "with Rwanda's backing"
				e.add(m.ent, graph.RoleParticipant)
			case prep == "with":
				e.add(m.ent, other)
			case prep == "by":
				// the agent of a passive: "agreed in July by Egyptian President …"
				e.add(m.ent, graph.RoleActor)
			case prep == "of" && (!e.verbal || s.w(e.k-1) == "the") && s.w(e.end) == "of" && agentOf.Has(s.w(e.end-1)):
				// "the proposal of Fujitsu", "with the assistance of the
				// Bundesbank": who proposes or helps, not who is acted on
				e.add(m.ent, graph.RoleActor)
			case prep == "of" && s.w(e.end-1) == "venture":
				e.add(m.ent, graph.RoleParticipant) // "a joint venture of GTE Corp and United Telecommunications Inc": its sides
			case prep == "from" && e.typ == "aid":
				e.add(m.ent, graph.RoleActor)
			case (prep == "for" || prep == "to") && e.typ == "aid":
				e.add(m.ent, graph.RoleTarget)
			case prep == "for" || prep == "from" || prep == "through" || prep == "via":
				e.add(m.ent, graph.RoleParticipant)
			case prep == "at" && e.typ == "protest" && prepAt == e.end && m.m.Label != graph.LabelMISC && (d.ents[m.ent].Type == graph.Organization || d.ents[m.ent].Type == graph.Country):
				// "dumped lemons in protest at EC duties", "protested at
				// the ban": what the protest is aimed at
				e.add(m.ent, graph.RoleTarget)
			case prep == "in" || prep == "at":
				// a place or host, not a party: "talks at the Kremlin"
			case (prep == "on" || prep == "over") && !e.verbal && (e.typ == "talks" || e.typ == "meeting" || e.typ == "summit") &&
				m.first == prepAt+1+b2i(s.w(prepAt+1) == "the") && !s.possessive(m.last) && s.w(m.last) != "-":
				// a body or state the talks are about, no side of them:
				// "informal talks on the GATT" (not "talks on Brazil's debt")
			case prep != "":
				e.add(m.ent, graph.RoleTarget)
			}
			if prep == "object" {
				prep = ""
			}
			continue
		}
		if end, _, ok := r.titleStartingAt(s, j); ok {
			j = end - 1 // "Prime Minister" before a name
			continue
		}
		next := s.mentionAt(j+1) != nil || r.titleKind(s.raw(j+1)) != kindNone ||
			determiners.Has(s.w(j+1)) && s.mentionAt(j+2) != nil // "Argentina, the Philippines and Brazil"
		switch {
		case causeWords.Has(w) && !e.verbal:
			// "cautious during the talks because of Japan's trade surplus":
			// a reason or circumstance after the noun names no side of it
			j = limit
		case w == "<" && j > e.end && s.mentionAt(j-1) != nil:
			// a stock ticker after a name: "Chevron Corp <CHV> and Texaco Inc"
			for j < limit-1 && s.w(j) != ">" && j < e.end+40 {
				j++
			}
		case !e.verbal && e.typ == "aid" && aidParticiples.Has(w) && (s.w(j+1) == "from" || s.w(j+1) == "by" || s.w(j+1) == "to" || s.w(j+1) == "for"):
			// "another 300 mln dlr loan expected from the Export-Import Bank
			// of Japan", "a loan approved by the World Bank": read on to the
			// giver or the receiver
		case !e.verbal && e.typ == "aid" && measureEnd(s, j) > j:
			// "loans totalling 390 mln dlrs from Japan": the sum, then the party
			j = measureEnd(s, j) - 1
		case w == "with" || w == "between":
			prep = "with"
		case w == "by" && (e.verbal || !e.verbal && next || prep == "by" || participleBy.Has(s.w(j-1))):
			// a verb's or a passive's agent, and a noun's: "a visit to the
			// United States by President Corazon Aquino"
			prep = "by"
		case w == "to" && s.w(e.k) == "refusal" && s.mentionAt(j+1) == nil && isLowerWord(s.raw(j+1)) && !determiners.Has(s.w(j+1)):
			// "Brazil's refusal to accept an IMF program": what the
			// infinitive's object names is refused
			prep = "object"
			j++
		case afterPreps.Has(w):
			prep, prepAt = w, j
		case w == "and" || determiners.Has(w) || e.typ == "proposal" && proposalFiller.Has(w) || r.titleKind(s.raw(j)) != kindNone || isDateToken(s, j) || isNumber(w) || placeNouns.Has(w) || s.possessive(j):
		case w == "," && next && j > e.end:
			// a list or an apposition of names: "by France, Germany and the
			// European Union", "met Syria's interim president, Ahmed al-Sharaa"
		case w == "," && participleBy.Has(s.w(j+1)) && !e.verbal:
			// "The protests, led largely by young Kenyans"
		case prep != "" && r.portfolioTitleAt(s, j) > j:
			// "between French trade minister Michel Noir and Guinean natural
			// resources minister Ousmane Sylla": a lower-case portfolio and
			// title before the name
			j = r.portfolioTitleAt(s, j) - 1
		case participleBy.Has(w) || strings.HasSuffix(w, "ly") && (prep == "by" || participleBy.Has(s.w(j-1))):
		case next && prep != "" && isLowerWord(s.raw(j)) && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s") && !auxiliaries.Has(w) && !speechVerbs[w] && w != "be" && w != "been" && s.w(j-1) != "to":
			// an adjective before the name: "by young Kenyans", "interim president"
		case free > 0 && j == e.end && !e.verbal:
			free--
		case !e.verbal && prep == "" && j <= e.end+3 && (heldWords.Has(w) || strings.HasSuffix(w, "ly") && isLowerWord(s.raw(j))):
			// "negotiations currently held between Canada and France",
			// "talks now being held with the banks"
		case j > e.end && triggers[w].typ != "" && (e.typ == "resolution" || e.typ == "demand"):
			// "a resolution ordering the repatriation of …": read on to the target
		case j > e.end && demandCues.Has(w) && (e.typ == "resolution" || e.typ == "demand"):
		default:
			j = limit
		}
	}
	if e.typ == "aid" && !e.verbal && !e.hasRole(graph.RoleTarget) {
		// "India will get 104 mln stg as grants from Britain": who gets
		// or receives the aid is its target
		for j := e.k - 1; j >= 0 && j >= e.k-8 && !s.breaks(j); j-- {
			if receiveWords.Has(s.w(j)) || s.w(j) == "for" && s.w(j-1) == "signed" || securedWords.Has(s.w(j)) {
				// ("Pemex signed for a 500 mln dlr loan from the Export-Import
				// Bank of Japan", "secured a loan from": the borrower)
				if s.w(j) == "for" {
					j--
				}
				v := j
				for v >= 2 && s.w(v-1) == "to" && (likelyWords.Has(s.w(v-2)) || beForms.Has(s.w(v-2))) {
					// "Morocco is likely to get an aid package": the subject
					// of the verb the infinitive hangs on
					v -= 2 // subject skips the "is" before "likely"
				}
				if ent, _ := d.subject(s, v, c); ent >= 0 && actorType(d.ents[ent].Type) {
					if role, in := e.participants[ent]; !in {
						e.add(ent, graph.RoleTarget)
					} else if role == graph.RoleActor && len(e.participants) > 1 {
						e.participants[ent] = graph.RoleTarget // read as an actor first by the words before the noun
					}
				}
				break
			}
		}
	}
	if e.typ == "visit" && e.location >= 0 {
		if host := d.visitHost(e); host >= 0 {
			e.add(host, graph.RoleTarget)
		}
	}
	if e.typ == "appeal" && !e.verbal && (s.w(e.end-1) == "by" || s.w(e.end-1) == "from") && !e.hasRole(graph.RoleActor) {
		// "a call from Funaro for a change": the caller after the noun's
		// preposition
		n := e.end + b2i(s.w(e.end) == "the")
		if end, _, ok := r.titleStartingAt(s, n); ok {
			n = end // "a call by Prime Minister Yasuhiro Nakasone"
		}
		if m := s.mentionAt(n); usable(m) && m.first == n {
			e.add(m.ent, graph.RoleActor)
		}
	}
	if e.typ == "reject" && !e.verbal && !e.hasRole(graph.RoleActor) {
		// "the rejection of the offer by Norway", "opposition to the deal
		// by the Reagan administration": the agent after what is refused
		for j := e.end; j < len(s.Tokens) && j <= e.end+8 && !s.breaks(j); j++ {
			if s.w(j) != "by" {
				continue
			}
			n := j + 1 + b2i(s.w(j+1) == "the")
			if m := s.mentionAt(n); usable(m) && m.first == n {
				if s.w(m.last) == "administration" {
					if st := d.administration(s, m.last); st >= 0 {
						e.add(st, graph.RoleActor) // the state the administration stands for, when the article names it (GUIDE.md)
					}
				} else {
					e.add(m.ent, graph.RoleActor)
				}
			}
			break
		}
	}
	j := e.end
	if w := s.w(j); w == "with" || w == "to" && !e.verbal {
		j++
	}
	if pw := s.w(j); (pw == "him" || pw == "her") && len(e.participants) > 0 && !e.hasRole(other) {
		// "Deng urged him to act", "held talks with him": the person the
		// object pronoun stands for
		var actors []int
		for ent, role := range e.participants {
			if role == graph.RoleActor || sym {
				actors = append(actors, ent)
			}
		}
		if e.verbal {
			if subj, _ := d.subject(s, e.k, c); !slices.Contains(actors, subj) {
				// a verb's own subject acts: not "the lack of a successor
				// as CIA director prevented him", "the bill allows him"
				actors = nil
			}
		}
		if p := d.objectPronoun(s, syntax.NounPhrase{Start: j, End: j + 1, Head: j}, actors); p >= 0 && len(actors) > 0 && s.w(j+1) != "'s" && !eventNoun(s.w(j+1)) {
			e.add(p, other)
		}
	}
	if e.typ == "proposal" && !e.hasRole(graph.RoleActor) {
		// who hopes for or proposes the project: the first person of the clause
		start := e.k
		for start > 0 && !s.breaks(start-1) && s.w(start-1) != "that" {
			start--
		}
		for j := start; j < e.k; j++ {
			if m := s.mentionAt(j); usable(m) && d.ents[m.ent].Type == graph.Person {
				if !answeredBetween(s, m.last, e.k) {
					e.add(m.ent, graph.RoleActor)
				}
				break
			}
		}
	}
	if e.typ == "resolution" && !e.hasRole(graph.RoleActor) {
		// resolutions are adopted by a body: the organisation the sentence
		// names nearest the trigger
		best, dist := -1, 1<<30
		for _, m := range s.mentions {
			if d.ents[m.ent].Type != graph.Organization || s.consumed[s.at[m.first]] || s.dateline(m) {
				continue
			}
			dd := e.k - m.last
			if m.first >= e.end {
				dd = m.first - e.end
			}
			if dd < dist {
				best, dist = m.ent, dd
			}
		}
		if best >= 0 {
			e.add(best, graph.RoleActor)
		}
	}
}

// causeWords open a reason or a circumstance after an event's noun.
var causeWords = wordset.Of(map[string]bool{"because": true, "despite": true, "amid": true, "although": true,
	"though": true, "whereas": true, "unless": true, "owing": true})

// compoundSides are the parties named inside one hyphenated token, in
// order: "U.S.-Soviet" names the United States and the Soviet Union; nil
// for a token that names fewer than two.
func (d *doc) compoundSides(s *sent, k int) []int {
	if k < 0 || k >= len(s.Tokens) || !strings.Contains(s.raw(k), "-") {
		return nil
	}
	start, end := s.Tokens[k].Start, s.Tokens[k].End
	type at struct{ ent, off int }
	var found []at
	for i, e := range d.ents {
		if !actorType(e.Type) {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start >= start && m.End <= end {
				found = append(found, at{i, m.Start})
				break
			}
		}
	}
	if len(found) < 2 {
		return nil
	}
	slices.SortFunc(found, func(a, b at) int { return a.off - b.off })
	out := make([]int, len(found))
	for i, f := range found {
		out[i] = f.ent
	}
	return out
}

// heldWords say where or when an event noun is held, before the phrase
// naming its sides: "talks held between", "the meeting taking place with".
var heldWords = wordset.Of(map[string]bool{"held": true, "being": true, "now": true, "taking": true, "place": true, "conducted": true, "under": true, "way": true})

// receiveWords get what their object names: "will get", "received".
// likelyWords stand between a subject and "to" with the verb it does:
// "Morocco is likely to get", "Nigeria is due to receive".
var likelyWords = wordset.Of(map[string]bool{"likely": true, "due": true, "expected": true, "set": true, "able": true, "going": true})

// securedWords win what was asked: "secured a loan from the World Bank".
var securedWords = wordset.Of(map[string]bool{"secured": true, "secures": true, "secure": true, "won": true, "wins": true, "win": true})

var receiveWords = wordset.Of(map[string]bool{"get": true, "gets": true, "got": true, "receive": true, "receives": true, "received": true, "obtain": true, "obtained": true, "obtains": true})

// seatNouns before "in <City>" make the city the seat of a party: "the
// government in Kinshasa", "officials in Washington".
var seatNouns = wordset.Of(map[string]bool{
	"government": true, "authorities": true, "officials": true, "embassy": true, "consulate": true,
	"regime": true, "leadership": true, "administration": true, "junta": true,
})

var afterPreps = wordset.Of(map[string]bool{
	"on": true, "against": true, "to": true, "toward": true, "towards": true, "of": true, "over": true,
	"for": true, "from": true, "into": true, "through": true, "via": true, "in": true, "at": true,
})

// proposalFiller words carry a hoped-for project to its route: "a rail
// line could be laid across Poland".
var proposalFiller = wordset.Of(map[string]bool{
	"can": true, "could": true, "would": true, "be": true, "built": true, "constructed": true,
	"run": true, "laid": true, "extended": true, "potentially": true, "linking": true,
})

var determiners = wordset.Of(map[string]bool{
	"the": true, "a": true, "an": true, "all": true, "some": true, "both": true, "its": true,
	"their": true, "his": true, "her": true, "more": true, "than": true, "nearly": true,
	"half": true, "two-thirds": true, "one-third": true, "third": true, "quarter": true, "most": true,
	"many": true, "several": true, "thousands": true, "hundreds": true, "dozens": true, "about": true,
})

func isNumber(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' || numberWords.Has(w) }

var numberWords = wordset.Of(map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "eleven": true, "twelve": true, "fifteen": true, "twenty": true, "dozen": true,
})

// participleBy open a passive phrase whose "by" names who acts: "led by",
// "hosted by".
// aidParticiples tell of a loan or aid between its noun and its giver or
// receiver: "a loan expected from X", "credits granted to Y".
var aidParticiples = wordset.Of(map[string]bool{"expected": true, "sought": true, "obtained": true, "promised": true,
	"pledged": true, "requested": true, "approved": true, "granted": true, "arranged": true, "provided": true,
	"extended": true, "offered": true})

var participleBy = wordset.Of(map[string]bool{"led": true, "organised": true, "organized": true, "staged": true, "called": true,
	"backed": true, "sponsored": true, "brokered": true, "mediated": true, "hosted": true, "convened": true})

func isLowerWord(w string) bool { return w != "" && w[0] >= 'a' && w[0] <= 'z' }

// placeNouns stand before the places an event reaches: "seized the cities
// of Goma and Bukavu".
var placeNouns = wordset.Of(map[string]bool{"city": true, "cities": true, "town": true, "towns": true, "region": true, "province": true, "village": true, "villages": true})

// equipmentNouns after a trigger make it the kind of a weapon or craft.
var equipmentNouns = wordset.Of(map[string]bool{
	"aircraft": true, "helicopter": true, "helicopters": true, "submarine": true, "submarines": true,
	"plane": true, "planes": true, "jet": true, "jets": true, "boat": true, "boats": true, "craft": true,
	"rifle": true, "rifles": true, "vehicle": true, "vehicles": true, "ship": true, "ships": true,
	"weapons": true, "weapon": true, "dogs": true, "force": true,
})

// personNouns after a noun trigger make it a modifier of a person.
var personNouns = wordset.Of(map[string]bool{
	"analyst": true, "analysts": true, "expert": true, "experts": true, "official": true,
	"officials": true, "envoy": true, "lawyer": true, "specialist": true, "committee": true,
	"negotiator": true, "negotiators": true, "team": true, "teams": true,
})

// meetingKinds reports words [from, to) that only say what kind of
// meeting a body holds: "annual", "ministerial", "special council".
func meetingKinds(s *sent, from, to int) bool {
	for k := from; k < to; k++ {
		if w := s.w(k); !meetingAdjectives.Has(w) && !organNouns.Has(w) {
			return false
		}
	}
	return true
}

// meetingAdjectives tell the kind or rhythm of a body's meeting.
var meetingAdjectives = wordset.Words("annual", "ministerial", "special", "extraordinary", "regular", "emergency",
	"semi-annual", "twice-yearly", "monthly", "quarterly", "full", "informal", "plenary", "general", "biannual", "spring", "autumn")

// plainModifiers reports whether tokens [from, to) are only words that can
// stand inside a noun phrase: not a verb of saying, not a past form.
func plainModifiers(s *sent, from, to int) bool {
	for k := from; k < to; k++ {
		w := s.w(k)
		if speechVerbs[w] || strings.HasSuffix(w, "ed") || s.breaks(k) {
			return false
		}
	}
	return true
}

// skipTitles steps back from k over titles, honorifics and mentions used as
// a title's country, to the word before a titled name.
func (r *Relater) skipTitles(s *sent, k int) int {
	for k >= 0 {
		if m := s.mentionAt(k); m != nil && s.consumed[s.at[k]] {
			k = m.first - 1
			continue
		}
		if r.titleKind(s.raw(k)) == kindNone {
			return k
		}
		k--
	}
	return k
}

// backing nouns after "with <X>'s" make X a supporter: "with Rwanda's backing".
var backing = map[string]bool{"backing": true, "support": true, "help": true, "blessing": true, "approval": true}

// hostVerbs make their subject the host of the event they govern, which
// takes part in it without being the one who acts.
var hostVerbs = wordset.Of(map[string]bool{"hosting": true, "hosted": true, "hosts": true, "host": true})

// subjectRole is the role a verb's subject takes: the actor, or a
// participant when it only hosts the event.
func subjectRole(s *sent, v int) string {
	if hostVerbs.Has(s.w(v)) {
		return graph.RoleParticipant
	}
	return graph.RoleActor
}

// possessivePronoun is the token of a "his" or "her" that opens the noun
// phrase of the trigger at k ("his visit", "her first trip"), or -1.
func possessivePronoun(s *sent, k int) int {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if w := s.w(j); w == "his" || w == "her" {
			return j
		}
		if s.breaks(j) || s.mentionAt(j) != nil {
			return -1
		}
	}
	return -1
}

// aidPledged reports aid or money among the few words after a verb of
// pledging that ends at k: "pledged the Bank's support", "promised 50 mln
// dlrs in credits", "pledged to provide aid", not "pledged to take action",
// "promised further talks" or "pledged its shares".
func aidPledged(s *sent, k int) bool {
	for j := k; j < len(s.Tokens) && j < k+8 && !s.breaks(j); j++ {
		switch w := s.w(j); {
		case shareWords.Has(w):
			return false
		case pledgedAidNouns.Has(w), currencyName(w), strings.HasPrefix(w, "$"), strings.HasPrefix(w, "€"), strings.HasPrefix(w, "£"):
			return true
		}
	}
	return false
}

// pledgedAidNouns name what a pledge gives another.
var pledgedAidNouns = wordset.Of(map[string]bool{"aid": true, "support": true, "assistance": true, "help": true, "loan": true,
	"loans": true, "credit": true, "credits": true, "funds": true, "money": true, "grant": true, "grants": true, "food": true,
	"financing": true, "funding": true, "relief": true, "backing": true})

// moreCurrencies name currencies the wire's abbreviations (currencyWords) do not.
var moreCurrencies = wordset.Of(map[string]bool{"dollars": true, "euros": true, "euro": true, "pounds": true, "yuan": true,
	"rupees": true, "pesos": true, "crowns": true, "guilders": true, "ecus": true, "francs": true, "dlr": true})

// shareWords are holdings pledged as security, no aid.
var shareWords = wordset.Of(map[string]bool{"shares": true, "stock": true, "stake": true, "securities": true, "assets": true})

// boughtFrom reads "to acquire/buy/purchase <X> from <Y>" starting at k:
// the firm bought and its seller, -1 each when the words are not there.
func (d *doc) boughtFrom(s *sent, k int) (int, int) {
	if s.w(k) != "to" || !buyWords.Has(s.w(k+1)) {
		return -1, -1
	}
	j := k + 2 + b2i(s.w(k+2) == "the")
	x := s.mentionAt(j)
	if x == nil || x.first != j || d.ents[x.ent].Type != graph.Organization || s.w(x.last) != "from" {
		return -1, -1
	}
	n := x.last + 1 + b2i(s.w(x.last+1) == "the")
	y := s.mentionAt(n)
	if y == nil || y.first != n || !actorType(d.ents[y.ent].Type) || y.ent == x.ent {
		return -1, -1
	}
	return x.ent, y.ent
}

// nominalDeal reads an acquisition or purchase noun at e.k whose buyer
// and seller are both named around it — the buyer as its possessor or
// after "by", the seller after "from" — and makes them the deal's two
// sides (GUIDE.md: a business, a stake or shares bought from a named
// holder); false when one is missing.
func (d *doc) nominalDeal(s *sent, e *eventMention) bool {
	if w := s.w(e.k); e.verbal || w != "acquisition" && w != "purchase" {
		return false
	}
	ps := s.parsed()
	buyer, seller := -1, -1
	for j := e.k + 1; j < len(s.Tokens) && j <= e.k+16 && !s.breaks(j); j++ {
		if p := ps.POS[j]; strings.HasPrefix(p, "VB") && p != "VBN" {
			break
		}
		m := s.mentionAt(j + 1 + b2i(s.w(j+1) == "the"))
		if m == nil || !actorType(d.ents[m.ent].Type) {
			continue
		}
		if s.w(j) == "from" && seller < 0 {
			seller = m.ent
		} else if s.w(j) == "by" && buyer < 0 {
			buyer = m.ent
		}
	}
	b := e.k - 1
	for b >= 0 && b >= e.k-6 && (isNumber(s.w(b)) || moneyCounts.Has(s.w(b)) || currencyName(s.w(b)) || isDateToken(s, b) || s.w(b) == "proposed" || s.w(b) == "pending" || s.w(b) == "completed") {
		b--
	}
	b = s.skipTicker(b)
	m := s.mentionAt(b)
	if m == nil {
		m = s.mentionAt(b - 1) // "Halvard Corp 's acquisition"
	}
	if m != nil && s.possessive(b) && actorType(d.ents[m.ent].Type) && buyer < 0 {
		buyer = m.ent // "Bond Corp's acquisition of a stake from X"
	}
	if buyer < 0 || seller < 0 || buyer == seller || !businessSold(d, s, e.k) {
		return false
	}
	for _, p := range slices.Clone(e.order) {
		e.drop(p)
	}
	e.add(buyer, graph.RoleParticipant)
	e.add(seller, graph.RoleParticipant)
	return true
}

// businessSold reports that what the deal noun at k is "of" is a firm, a
// business or a stake in one ("of a 23.77 pct stake in HK-TVB", "of its
// Brask unit", "of controlling interest in the company"), not goods ("of
// rice").
func businessSold(d *doc, s *sent, k int) bool {
	if s.w(k+1) != "of" {
		return false
	}
	for j := k + 2; j < len(s.Tokens) && j <= k+8 && !s.breaks(j); j++ {
		if m := s.mentionAt(j); m != nil && d.ents[m.ent].Type == graph.Organization && s.w(j-1) != "to" && s.w(j-1) != "from" && s.w(j-1) != "by" {
			return true // "of Brask Inc", "of its Brask unit"
		}
		if w := s.w(j); businessNouns.Has(w) || shareWords.Has(w) || w == "stake" || w == "interest" || w == "control" || w == "holding" || w == "holdings" {
			return true
		}
		if w := s.w(j); w == "to" || w == "from" || w == "by" {
			return false
		}
	}
	return false
}

// buyWords buy a business.
var buyWords = wordset.Of(map[string]bool{"acquire": true, "buy": true, "purchase": true})

// dealOwnerPronoun is the "its" or "their" that owns the deal or offer a
// noun at e.k names ("its acquisition of", "their proposed merger", "its
// 52 dlr a share offer"), -1 when there is none.
func dealOwnerPronoun(s *sent, e *eventMention) int {
	if e.verbal || e.typ != "agreement" && e.typ != "proposal" || !dealNouns.Has(s.w(e.k)) && !proposedDeals.Has(s.w(e.k)) && !offerNouns.Has(s.w(e.k)) {
		return -1
	}
	for j := e.k - 1; j >= 0 && j >= e.k-5 && !s.breaks(j) && s.mentionAt(j) == nil; j-- {
		if w := s.w(j); w == "its" || w == "their" {
			return j
		}
		if w := s.w(j); !dealModifiers.Has(w) && !isNumber(w) && !moneyCounts.Has(w) && !currencyName(w) && w != "a" && w != "share" {
			return -1 // "its dividend proposal", "their budget proposal": no deal with a party
		}
	}
	return -1
}

// dealModifiers may stand between "its" and the deal it makes: "its
// proposed acquisition", "its sweetened 52 dlr a share offer".
var dealModifiers = wordset.Of(map[string]bool{"proposed": true, "pending": true, "planned": true, "final": true, "new": true,
	"revised": true, "latest": true, "original": true, "earlier": true, "hostile": true, "friendly": true, "improved": true,
	"sweetened": true, "cash": true, "tender": true, "takeover": true, "merger": true, "recent": true, "completed": true,
	"previous": true, "initial": true, "unsolicited": true, "rival": true, "competing": true, "higher": true})

// dealOwner is the body an "its" or "their" at j stands for, before a
// deal: the body named last before it when it acts there (the subject of a
// verb, "GE has shown through its acquisition of RCA"; an agent after
// "by", "from" or "for", "a letter from Chrysler Corp advising us of their
// proposal"), else the speaker whose claim holds it ("USAir said it seeks
// loans to complete its takeover of Piedmont and its acquisition of PSA"),
// else the body that spoke last; -1 for none.
func (d *doc) dealOwner(s *sent, j int, c *claims) int {
	if out := d.frontedOwner(s, j); len(out) == 1 {
		return out[0] // "In a filing with the SEC that details its proposed offer, USAir said"
	}
	var last *mention
	for i := range s.mentions {
		m := &s.mentions[i]
		if t := d.ents[m.ent].Type; m.last <= j && (t == graph.Organization || t == graph.Country) && !s.dateline(*m) {
			last = m
		}
	}
	if last != nil {
		ps := s.parsed()
		n := s.skipTicker(last.last)
		acts := n < len(ps.POS) && (strings.HasPrefix(ps.POS[n], "VB") || ps.POS[n] == "MD" || s.w(n) == "," && n+1 == j)
		switch s.w(last.first - 1) {
		case "by", "from", "for":
			acts = true
		}
		if acts {
			return last.ent
		}
	}
	if c != nil {
		if id := c.attribution(s.Tokens[j].Start); id != "" {
			if e, ok := d.index(id); ok && (d.ents[e].Type == graph.Organization || d.ents[e].Type == graph.Country) {
				return e
			}
		}
	}
	return d.orgAntecedent(s, j, "", c)
}

// offerNouns name an offer for a business.
var offerNouns = wordset.Of(map[string]bool{"offer": true, "bid": true, "proposal": true, "tender": true})

// dateline reports a mention in the dateline that opens an article
// ("UNITED NATIONS (AP) —"): where it was filed, not who acts.
func (s *sent) dateline(m mention) bool {
	if s.idx != 0 {
		return false
	}
	for k := m.last; k < len(s.Tokens) && k <= m.last+5; k++ {
		if s.w(k) == "—" || s.w(k) == "--" || s.w(k) == "-" {
			return true
		}
		if isLowerWord(s.raw(k)) {
			return false // "Japan reached accords with three nations - …": a sentence, no dateline
		}
	}
	return false
}

// lightVerbs make a noun trigger their object, so the verb's subject is the
// event's actor: "the European Union imposed sanctions".
// enteredVerbs bring about, in the past, the deal or event their object
// names: "entered into an agreement", "finalized a pact", "won a contract".
var enteredVerbs = wordset.Of(map[string]bool{
	"entered": true, "finalized": true, "finalised": true, "completed": true, "struck": true, "won": true,
	"received": true, "obtained": true, "secured": true,
})

var lightVerbs = wordset.Of(map[string]bool{
	"imposed": true, "imposes": true, "adopted": true, "adopts": true, "approved": true, "passed": true,
	"announced": true, "announces": true, "held": true, "holds": true, "signed": true, "issued": true,
	"made": true, "proposed": true, "launched": true, "tightened": true, "extended": true,
	"hosting": true, "hosted": true, "hosts": true, "oversaw": true, "carried": true, "conducted": true,
	"staged": true, "pledged": true, "promised": true, "provided": true, "sent": true,
	"hold": true, "stage": true, "impose": true, "approve": true, "approves": true, "sign": true, "signs": true,
	"form": true, "formed": true, "forming": true, "reach": true, "reached": true, "concluded": true,
	"conclude": true, "granted": true, "grant": true, "set": true,
	"holding": true, "conducting": true, "staging": true, // "is holding talks with two potential buyers"
	"pursuing": true, "pursued": true, "pursues": true, // "are pursuing negotiations with creditor banks"
	"heading": true, "heads": true, "headed": true, "leading": true, "leads": true, "led": true, // "heading a trade mission to the U.S."
})

// gatheringVerbs make talks or a meeting their object the subject's, as
// light verbs do: "ended a meeting here", "opened talks", "attended the
// summit" (not other events: "ended the strike" is no striker's).
var gatheringVerbs = wordset.Words("ended", "ends", "ending", "opened", "opens", "opening", "attended", "attends",
	"attending", "attend", "chaired", "chairs", "chairing", "convened", "convenes", "resumed", "resumes", "resuming",
	"resume", "began", "begins", "wound", "adjourned", "joined")

// lightVerbBefore reports whether a light verb governs the noun at k, past
// up to five determiners, modifiers and amounts ("announced $147 million in
// new aid").
func lightVerbBefore(s *sent, k int) bool { return lightVerbAt(s, k) >= 0 }

// lightVerbAt is the light verb governing the noun at k, or -1.
func lightVerbAt(s *sent, k int) int {
	if s.w(k-1) == "in" && (beForms.Has(s.w(k-2)) || s.w(k-2) == "remains" || s.w(k-2) == "remained") {
		return k - 2 // "it is in talks with X", "they were in discussions": the one who is in them takes part
	}
	t := triggers[s.w(k)].typ
	gathering := t == "meeting" || t == "talks" || t == "summit"
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if lightVerbs.Has(s.w(j)) || gathering && gatheringVerbs.Has(s.w(j)) {
			return j
		}
		if strings.HasPrefix(s.w(j), "press") && (s.w(k) == "demands" || s.w(k) == "demand") {
			return j // "pressed demands for a 35-hour week", "is pressing its demands"
		}
		if s.breaks(j) || s.mentionAt(j) != nil || triggers[s.w(j)].typ != "" {
			return -1
		}
	}
	return -1
}

// makeVerbAt is the verb that makes the agreement named at k ("entered
// a two mln dlr settlement", "struck a deal", "clinched an accord"), or
// -1: a verb form of makeWords up to six words before, with no break,
// name or other trigger between.
func makeVerbAt(s *sent, k int) int {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if w := s.w(j); makeWords[w] && w != "announcement" && w != "signing" && w != "conclusion" && !strings.HasPrefix(w, "work") {
			return j
		}
		if s.breaks(j) || s.mentionAt(j) != nil || triggers[s.w(j)].typ != "" {
			return -1
		}
	}
	return -1
}

// countryOf is the article's country entity that a city entity lies in, or -1.
// visitHost is the host of a visit to e's place (GUIDE.md: the host
// country or body is the target): the place, or the country of the city
// visited when the article names it; -1 when a visitor is of that country
// ("Deng Xiaoping flew to Shanghai": a trip at home has no host).
func (d *doc) visitHost(e *eventMention) int {
	host := e.location
	if c := d.countryOf(host); c >= 0 {
		host = c
	}
	if !actorType(d.ents[host].Type) {
		return -1
	}
	if iso := d.ents[host].Country; iso != "" && d.ents[host].Type == graph.Country {
		for a, role := range e.participants {
			if role == graph.RoleActor && a != host && d.ents[a].Type == graph.Person && d.ents[a].Country == iso {
				return -1
			}
		}
	}
	return host
}

func (d *doc) countryOf(i int) int {
	iso := d.ents[i].Country
	if iso == "" || d.ents[i].Type == graph.Country {
		return -1
	}
	for j, e := range d.ents {
		if e.Type == graph.Country && e.Country == iso {
			return j
		}
	}
	if d.successor != nil {
		// Bonn, a city of today's Germany (DEU), is West Germany's (BRD)
		for j, e := range d.ents {
			if e.Type == graph.Country && e.Country != "" && d.successor(e.Country) == iso {
				return j
			}
		}
	}
	return -1
}

// hostOfPlace gives a visit with a place and no host the country of the
// place as its host, where the article names that country and the
// visitor is not its own: "will also visit Bonn on Thursday" in an article
// naming West Germany (GUIDE.md: X visits Y or a place of Y, the host
// country the target).
func (d *doc) hostOfPlace(e *eventMention) {
	if e.location < 0 || e.hasRole(graph.RoleTarget) {
		return
	}
	host := e.location
	if d.ents[host].Type != graph.Country {
		host = d.countryOf(host)
	}
	if host < 0 || e.participants[host] != "" {
		return
	}
	for p, role := range e.participants {
		if role != graph.RoleActor {
			continue
		}
		if d.ents[p].Country == d.ents[host].Country || d.ents[p].Type == graph.Country {
			return // a trip at home, or a state's act read as a visit
		}
	}
	e.add(host, graph.RoleTarget)
}

// namesScandal reports ent named in s only inside the name of an affair:
// "the Iran arms scandal", "the arms-to-Iran scandal", "the Iran affair".
func (s *sent) namesScandal(ent int) bool {
	return s.everyMention(ent, func(m mention) bool {
		for j := m.last; j < len(s.Tokens) && j <= m.last+2; j++ {
			if w := s.w(j); w == "scandal" || w == "affair" || w == "scandals" || w == "controversy" || w == "probe" || w == "inquiry" || w == "initiative" && s.w(j-1) == "arms" {
				return true
			}
			if !isLowerWord(s.raw(j)) && !strings.HasPrefix(s.raw(j), "-") {
				return false
			}
		}
		return false
	})
}

// everyMention reports ent named in s, each of its mentions as f says.
func (s *sent) everyMention(ent int, f func(m mention) bool) bool {
	found := false
	for _, m := range s.mentions {
		if m.ent != ent {
			continue
		}
		if !f(m) {
			return false
		}
		found = true
	}
	return found
}

// namesFirmOf reports the country ent named in s only as the home of a
// firm or of investors, and the body it owns when one is named: its name
// or demonym, past a possessive and up to three lower-case words, before a
// word for a firm ("a Canadian marketing company", "U.S. brokerage firm",
// "South African investors") or before a body's name ("France's
// state-owned Cie Generale d'Electricite").
func (d *doc) namesFirmOf(s *sent, ent int) (bool, int) {
	body := -1
	home := s.everyMention(ent, func(m mention) bool {
		if m.first > 0 && s.possessive(m.first-1) {
			return false // "Jon Berg's Brekka unit": a name of what another owns
		}
		k := m.last
		if s.possessive(k) {
			k++
		}
		owned := false
		for j := k; j < len(s.Tokens) && j <= k+3 && !s.breaks(j); j++ {
			if o := s.mentionAt(j); o != nil {
				// "France's state-owned Cie Generale d'Electricite": a firm
				// the state owns, named
				if owned && o.ent != ent && d.ents[o.ent].Type == graph.Organization {
					body = o.ent
					return true
				}
				return false
			}
			w := s.w(j)
			if w == "creditor" || w == "creditors" || w == "lender" || w == "lenders" || w == "central" || w == "state" || w == "national" {
				return false // "Argentina's creditor banks": the debtor state is the banks' other side; "Sweden's central bank" acts for the state
			}
			if firmNouns.Has(w) || tradeNouns.Has(w) || w == "investors" || w == "consortium" {
				return true
			}
			if !isLowerWord(s.raw(j)) || determiners.Has(w) || isPreposition(w) || notModifiers.Has(w) || strings.HasSuffix(w, "ed") && !strings.Contains(w, "-") {
				return false // "Venezuela and its bank advisory committee", "Chile reached agreement with bank creditors"
			}
			owned = owned || strings.HasSuffix(w, "-owned") || strings.HasSuffix(w, "-run")
		}
		return false
	})
	if !home {
		return false, -1
	}
	return true, body
}

// notModifiers are function words, which no noun phrase's modifiers
// hold: "between the United States and Japan on bank rules".
var notModifiers = wordset.Of(map[string]bool{"and": true, "or": true, "on": true, "between": true, "from": true,
	"about": true, "over": true, "into": true, "under": true, "by": true, "as": true, "against": true, "after": true,
	"before": true, "during": true, "through": true, "than": true, "per": true, "via": true, "across": true,
	"since": true, "until": true, "near": true, "within": true, "without": true, "among": true, "including": true,
	"who": true, "which": true, "that": true, "is": true, "are": true, "was": true, "were": true, "be": true,
	"been": true, "has": true, "have": true, "had": true, "will": true, "would": true, "said": true, "says": true,
	"its": true, "their": true, "his": true, "her": true})

// unresolved follow "without" where talks end with nothing settled: "ended
// today without resolving the dispute".
var unresolved = wordset.Of(map[string]bool{"resolving": true, "reaching": true, "settling": true, "solving": true,
	"agreeing": true, "ending": true})

// reasonWords open a clause of reason or condition, whose verbs say
// nothing of the event before them.
var reasonWords = wordset.Of(map[string]bool{"because": true, "grounds": true, "unless": true, "if": true, "although": true, "though": true})

var failCues = wordset.Of(map[string]bool{"collapsed": true, "failed": true, "stalled": true})

// failPhrases are failures only with their particle: talks "fell apart" or
// "broke down", but war "broke out" and a leader "fell ill".
var failPhrases = wordset.Of(map[string]bool{"fell apart": true, "fell through": true, "broke down": true, "broke off": true})

// subordinators open a clause of its own, whose verbs say nothing of the
// event before them: "a year after war broke out".
var subordinators = wordset.Of(map[string]bool{"after": true, "before": true, "since": true, "when": true, "as": true, "until": true})

var demandCues = wordset.Of(map[string]bool{
	"ordering": true, "ordered": true, "demanding": true, "demanded": true, "requiring": true,
	"required": true, "urging": true, "calling": true, "demands": true, "demand": true, "orders": true,
})

// meansOf reports word k inside a phrase of the clause that names its
// means: "through negotiations", "via talks", "by agreement".
func meansOf(ps *syntax.Sentence, cl syntax.Clause, k int) bool {
	for _, p := range cl.Preps {
		switch ps.Lower(p.Prep) {
		case "through", "via", "by":
			for _, o := range p.Object {
				if o.Start <= k && k < o.End {
					return true
				}
			}
		}
	}
	return false
}

// status reads whether the event failed, was demanded, is planned or
// happened, from the words around its trigger and the sentence's tense.
func status(s *sent, e *eventMention) string {
	if !e.verbal && (e.typ == "meeting" || e.typ == "talks" || e.typ == "summit" || e.typ == "visit") && postponedNoun(s, e.k) {
		return "planned" // "talks between Norway and Iceland were postponed until Thursday": still to come
	}
	for j := e.end; j < len(s.Tokens) && j <= e.end+12; j++ {
		w := s.w(j)
		if subordinators.Has(w) && j > e.end || reasonWords.Has(w) {
			break // ("rejected the application on the grounds that it failed to comply": the reason's verb, not the refusal's)
		}
		if w == "but" && j > e.end && !failCues.Has(s.w(j+1)) {
			// "had asked for the data by Monday, but the DOJ failed to
			// meet the deadline": another's failure, in a clause of its own
			break
		}
		if w == "failed" && s.w(j+1) == "to" && !symmetric[e.typ] && (s.w(j-1) == "but" || s.w(j-1) == "yet" || s.w(j-1) == "and") {
			break // "rejected the plan but failed to stop it": another act of the same party failed, not the refusal
		}
		if failCues.Has(w) || failPhrases.Has(w+" "+s.w(j+1)) || w == "without" && (s.w(j+1) == "progress" || s.w(j+1) == "agreement" || s.w(j+2) == "agreement" || s.w(j+2) == "deal" || s.w(j+1) == "results" || unresolved.Has(s.w(j+1))) {
			return "failed"
		}
		if j > e.end && triggers[w].typ != "" && s.breaks(j-1) {
			break
		}
	}
	for j := e.k - 2; !e.verbal && j >= 0 && j >= e.k-14; j-- {
		// "the failure of last week's ICO talks", "the collapse of the
		// London talks", "a breakdown in negotiations", "the failure of
		// the International Coffee Organization (ICO) to reach agreement"
		if s.w(j) == ")" {
			for j > 0 && s.w(j) != "(" && e.k-j < 14 {
				j-- // past an acronym in brackets
			}
			continue
		}
		if failNouns.Has(s.w(j)) && (s.w(j+1) == "of" || s.w(j+1) == "in") {
			return "failed"
		}
		if w := s.w(j); (w == "failed" || w == "fails" || w == "fail") && s.w(j+1) == "to" && e.k-j <= 5 && (e.typ == "agreement" || e.typ == "talks") && s.w(j-1) != "not" && s.w(j-1) != "never" {
			return "failed" // "OPEC failed to reach an agreement in December": a deal not reached
		}
		if s.breaks(j) {
			break
		}
	}
	for j := e.k - 1; j >= 0 && j >= e.k-4; j-- {
		if demandCues.Has(s.w(j)) && e.typ != "demand" && e.typ != "resolution" {
			return "demanded"
		}
		if e.typ == "resolution" && (s.w(j) == "vetoed" || s.w(j) == "blocked" || s.w(j) == "rejected") {
			return "failed"
		}
	}
	pastVerb := e.verbal && (strings.HasSuffix(s.w(e.k), "ed") || irregularPast.Has(s.w(e.k)))
	for j := e.k + 1; j < len(s.Tokens) && j <= e.end+10; j++ {
		if pastVerb && nextVerbGroup(s, j) {
			break // "arrived on Saturday and will have talks": the "will" is the next verb's
		}
		switch s.w(j) {
		case "will", "'ll", "’ll", "shall":
			if j <= e.end+6 {
				return "planned"
			}
		case "about", "due", "set", "scheduled", "expected", "slated", "likely":
			// "negotiations … are about to start", "talks due to open", "a
			// loan to Morocco is likely to be agreed"
			if s.w(j+1) == "to" && !e.verbal && (s.w(j-1) == "are" || s.w(j-1) == "is" || s.w(j-1) == "be" || s.w(j-1) == "," || s.w(j-1) == "were" || s.w(j-1) == "was") {
				return "planned"
			}
			// "a GCC summit meeting due in Saudi Arabia late this year",
			// "talks scheduled for next week": the noun's own participle
			// (or its compound's: "summit meeting due")
			if !e.verbal && (j == e.end || j == e.end+1 && eventNoun(s.w(e.end))) && (s.w(j) == "due" || s.w(j) == "scheduled" || s.w(j) == "slated") && dueNext.Has(s.w(j+1)) {
				return "planned"
			}
		}
		if s.breaks(j) && s.w(j) != "," && s.w(j) != "and" {
			break
		}
	}
	for j := max(0, e.k-6); j < e.k; j++ {
		if isDateToken(s, j) {
			continue // "May 13" is no "may"
		}
		switch s.w(j) {
		case "will", "would", "planned", "upcoming", "scheduled", "expected", "hopes", "hope", "could", "can", "may", "might", "eyeing", "likely",
			"plans", "planning": // "plans a July trip to China"
			if e.verbal && s.verbBetween(j+1, e.k) && !infinitivePassive(s, j+1, e.k) {
				continue // "would not agree to the terms proposed by X": the modal is the other verb's
			}
			if !e.verbal && judgesNoun(s, j+1, e.k) {
				continue // "will not approve the USDA proposal": the proposal is made; the modal is the judging's
			}
			return "planned"
		case "should", "must":
			// "France should impose sanctions on Italy": what one is bound
			// to do is asked for, not done (GUIDE.md: demanded)
			if n := s.verbsBetween(j+1, e.k); n == 0 || !e.verbal && n == 1 {
				return "demanded" // ("should impose sanctions": the noun's own verb)
			}
		}
	}
	if e.verbal && (strings.HasSuffix(s.w(e.k), "ed") || irregularPast.Has(s.w(e.k))) {
		return "happened"
	}
	if p := s.w(e.k - 1); e.verbal && strings.HasSuffix(s.w(e.k), "ing") && (p == "is" || p == "are" || p == "was" || p == "were") {
		return "happened" // "are meeting today", "was holding talks"
	}
	if s.capitals() {
		// headlinese tells what happened in the present: "SAUDI ARABIA
		// REJECTS OPEC PLAN", "X AND Y SIGN TRADE ACCORD"; what will
		// happen with "to": "X TO VISIT Y", "X TO SIGN ACCORD"
		for j := max(0, e.k-3); j < e.k; j++ {
			if s.w(j) == "to" && (j == e.k-1 || !e.verbal) {
				return "planned"
			}
		}
		return "happened"
	}
	// a noun after a light verb in the past: "approved a loan", "signed a pact"
	for j := e.k - 1; !e.verbal && j >= 0 && j >= e.k-5; j-- {
		if w := s.w(j); j == e.k-1 && (w == "proposed" || w == "planned") {
			break // "the proposed merger": one still to make, read below
		}
		if w := s.w(j); (lightVerbs.Has(w) || enteredVerbs.Has(w)) && (strings.HasSuffix(w, "ed") || irregularPast.Has(w) || w == "won" || w == "struck") {
			return "happened"
		}
	}
	return clauseStatus(s, e.k, e.verbal)
}

// clauseStatus is the status the clause holding word k gives what it
// tells when nothing nearer says: "their next meeting", "will be on hand
// for the meeting" and "plans to have talks" are planned. Nothing is
// said to have happened from its clause alone: "said the talks", "was
// due to meet", "arrived for talks" do not tell.
func clauseStatus(s *sent, k int, verbal bool) string {
	for j := k - 2; !verbal && j >= 0 && j >= k-6 && !s.breaks(j); j-- {
		// "due for a meeting", "ahead of Israel's wage talks", "in
		// advance of his annual meeting", "preparations for the summit"
		switch s.w(j) + " " + s.w(j+1) {
		case "due for", "ahead of", "advance of", "preparations for", "preparation for", "prepare for", "preparing for", "prepares for":
			return "planned"
		}
	}
	for j := k - 1; !verbal && j >= 1 && j >= k-3; j-- {
		b := j // the first word of "before", "prior to", "on the eve of"
		switch {
		case s.w(j) == "to" && s.w(j-1) == "prior":
			b = j - 1
		case s.w(j) == "of" && s.w(j-1) == "eve" && s.w(j-2) == "the" && s.w(j-3) == "on":
			b = j - 3
		case s.w(j) != "before":
			b = -1
		}
		if b >= 1 {
			if w := s.w(b - 1); w == "speaking" || w == "said" || w == "told" || w == "spoke" {
				// "Baker, speaking before talks with Miyazawa, said", "Kohl,
				// speaking on the eve of a visit to Washington": to come
				// when he spoke
				return "planned"
			}
			break
		}
		if !determiners.Has(s.w(j)) {
			break
		}
	}
	b := k
	if m := s.mentionAt(k - 1); m != nil && m.last == k && !verbal {
		b = m.first // "the next Federal Open Market Committee meeting": the words before the body's name
	}
	for j := max(0, b-3); j < k; j++ {
		switch s.w(j) {
		case "next", "forthcoming", "coming", "future", "possible", "proposed", "new":
			if s.w(j) != "new" || s.w(j+1) == "round" {
				return "planned"
			}
		}
	}
	ps := s.parsed()
	c := clauseHolding(ps, k)
	if c < 0 {
		return ""
	}
	cl := ps.Clauses[c]
	gov := ""
	if cl.Governor >= 0 {
		gov = s.w(cl.Governor)
	}
	lex, err := loadLexicon()
	if err != nil {
		return ""
	}
	held := verbal
	if h := lemma(lex, s.w(cl.Head)); holdVerbs.Has(h) {
		// the event is what the clause's verb holds, reaches or goes to:
		// "will hold talks", "plans to sign an accord", "will be on hand
		// for the meeting"
		for _, np := range cl.Object {
			held = held || np.Start <= k && k < np.End
		}
		for _, p := range cl.Preps {
			for _, np := range p.Object {
				held = held || np.Start <= k && k < np.End
			}
		}
	}
	g := lemma(lex, gov)
	if held && !cl.Negated && (cl.Modal == "will" || cl.Modal == "would" || cl.Tense == "future" || planVerbs.Has(g) && g != "agree" && g != "set" && g != "decide" && cl.Governor != k) {
		return "planned"
	}
	return ""
}

// holdVerbs hold, reach or go to the event their object or phrase names.
var holdVerbs = wordset.Of(map[string]bool{
	"hold": true, "have": true, "start": true, "begin": true, "reach": true, "sign": true, "enter": true,
	"conduct": true, "open": true, "attend": true, "resume": true, "be": true, "leave": true, "go": true,
	"travel": true, "fly": true, "come": true, "join": true, "launch": true, "make": true, "pay": true,
})

var irregularPast = wordset.Of(map[string]bool{
	"met": true, "sent": true, "held": true, "took": true, "made": true, "gave": true, "began": true,
	"fought": true, "struck": true, "shot": true, "won": true, "led": true, "spoke": true, "flew": true,
	"went": true, "came": true, "left": true, "saw": true, "told": true,
})

// irregularParticiples are past participles without "-ed" that may follow
// a noun and date it ("a promise given in January", "a pledge made last
// year", "relations broken off last October"); speech verbs are not here.
var irregularParticiples = wordset.Of(map[string]bool{
	"given": true, "taken": true, "broken": true, "shown": true, "written": true, "done": true, "seen": true,
	"chosen": true, "drawn": true, "begun": true, "withdrawn": true, "undertaken": true, "made": true,
	"held": true, "sent": true, "brought": true, "set": true, "put": true, "won": true, "lost": true,
	"paid": true, "sold": true, "bought": true, "built": true, "cut": true, "struck": true, "laid": true,
	"kept": true, "found": true, "spent": true, "lent": true, "granted": true,
})

// ownDateVerbs date themselves, not the event they describe: "his visit,
// delayed in March", "workers employed there in 2018".
var ownDateVerbs = wordset.Of(map[string]bool{
	"employed": true, "based": true, "delayed": true, "postponed": true, "rescheduled": true, "cancelled": true,
	"canceled": true, "born": true, "elected": true, "appointed": true, "imposed": true, "founded": true,
})

// periodVerbs before an accounting period give figures its date, no act:
// "previously reported in the second quarter 1984".
var periodVerbs = wordset.Of(map[string]bool{"reported": true, "posted": true, "recorded": true, "booked": true})

// periodWords counts the words of an accounting period right before a
// year at k: "the second quarter 1984", "the first half of 1986" (4).
func periodWords(s *sent, k int) int {
	n := 0
	if s.w(k-1) == "of" {
		n++
	}
	if w := s.w(k - 1 - n); w != "quarter" && w != "half" {
		return 0
	}
	n++
	if periodOrdinals.Has(s.w(k - 1 - n)) {
		n++
	}
	if s.w(k-1-n) == "the" {
		n++
	}
	return n
}

var periodOrdinals = wordset.Of(map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "final": true, "last": true, "latest": true})

// yearModifier reports a year that qualifies the noun after it inside a
// noun phrase ("its 1986 financial statements", "the 1987 budget",
// "Japan's 1987 imports"): it dates that thing, not the event.
func yearModifier(s *sent, dt date) bool {
	if dt.Date.Precision != timex.Year || dt.last-dt.first != 1 || dt.first == 0 {
		return false
	}
	prev := s.w(dt.first - 1)
	if !noteWords.Has(prev) && !s.possessive(dt.first-1) && prev != "fiscal" || phraseBreakers.Has(s.w(dt.last)) {
		return false
	}
	for j := dt.last; j < len(s.Tokens) && j < dt.last+4 && !s.breaks(j); j++ {
		if triggers[s.w(j)].typ != "" {
			return false // "the 2018 Helsinki summit": the year dates the event it names
		}
	}
	return isLowerWord(s.raw(dt.last)) || s.mentionAt(dt.last) != nil
}

// nounDated is the head of the noun phrase a date qualifies from inside
// it, after an article or a possessive ("its March 9 unsolicited tender
// offer", "an October deadline", "the 1987 budget talks"): the date is
// that thing's, and dates no other event; -1 when the date stands alone.
func nounDated(s *sent, dt date) int {
	if dt.first == 0 || !noteWords.Has(s.w(dt.first-1)) && !s.possessive(dt.first-1) {
		return -1
	}
	ps := s.parsed()
	k := dt.last
	for k < len(s.Tokens) && k < dt.last+5 && k < len(ps.POS) && isLowerWord(s.raw(k)) && !s.breaks(k) &&
		(strings.HasPrefix(ps.POS[k], "NN") || ps.POS[k] == "JJ") {
		k++
	}
	if k == dt.last || !strings.HasPrefix(ps.POS[k-1], "NN") || sayingNouns.Has(s.w(k-1)) || mediumWords.Has(s.w(k-1)) || s.w(k-1) == "filing" || s.w(k-1) == "announcement" {
		return -1 // ("in a Feb 12 letter": the day the letter said what it says)
	}
	return k - 1
}

// participleVerbs introduce phrases whose dates are their own: "workers
// employed there in 2018" dates the employment, not the event.
func participleGoverned(s *sent, dt date, evs []*eventMention) bool {
	period := 0
	if dt.Date.Precision == timex.Year {
		period = periodWords(s, dt.first) // "the second quarter 1984"
	}
	for j := dt.first - 1; j >= 0 && j >= dt.first-3-period; j-- {
		w := s.w(j)
		if w == "in" || w == "there" || w == "since" || w == "on" || j >= dt.first-period {
			continue
		}
		if s.mentionAt(j) != nil {
			return false // "in Beijing on Friday": a name, not a participle
		}
		if s.w(j-1) == "," && j >= 2 && (s.parsed().POS[j] == "VBN" || s.parsed().POS[j] == "VBD") && strings.HasSuffix(w, "ed") && triggers[s.w(j-2)].typ == "" && s.mentionAt(j-2) == nil && !finiteAt(s, j) {
			// "a deadlock over export quotas, suspended in February 1986,":
			// a participle after a comma dates the noun before it, no
			// event (a trigger's noun keeps it: "the talks, held in May")
			return true
		}
		if (strings.HasSuffix(w, "ed") || irregularParticiples.Has(w)) && triggers[w].typ == "" && j >= 1 && isLowerWord(s.raw(j-1)) && s.mentionAt(j-1) == nil &&
			(triggers[s.w(j-1)].typ == "" && nominalCodes.At(s.w(j-1)) == "" || !slices.ContainsFunc(evs, func(e *eventMention) bool { return e.k == j-1 })) && participleAfterNoun(s.parsed(), j) {
			// "rejected a petition presented in February": a participle
			// right after a noun that names no event dates that noun's
			// thing, not the act
			return true
		}
		return strings.HasSuffix(w, "ing") && triggers[w].typ == "" || ownDateVerbs.Has(w) || periodVerbs.Has(w) && period > 0
	}
	return false
}

// termDate reports a date that ends a term, not the day of an act: the
// new end of an offer extended ("extended its tender offer for X to March
// 20", "until April 1"), the day an offer or a deal expires ("its offer
// for X expires on Friday"), or the year a security falls due ("notes due
// 1995").
func termDate(s *sent, dt date) bool {
	j := dt.first - 1
	if w := s.w(j); (w == "due" || w == "maturing") && dt.Date.Precision == timex.Year {
		return true // when a security falls due: "notes due 1995", "debentures maturing 2000"
	}
	if w := s.w(j); w == "on" || w == "at" {
		j--
	}
	if w := s.w(j); w == "expires" || w == "expire" || w == "expired" || w == "expiring" || w == "lapses" || w == "lapse" {
		return true
	}
	if w := s.w(dt.first - 1); w != "to" && w != "until" && w != "through" && w != "till" {
		return false
	}
	for k := dt.first - 2; k >= 0 && k >= dt.first-12 && !s.breaks(k); k-- {
		switch s.w(k) {
		case "extended", "extends", "extend", "extending", "extension":
			return true
		}
	}
	return false
}

// finiteAt reports a clause whose verb is at k with a subject of its own:
// "The directors of X, the largest farm group, voted Tuesday", where the
// verb after the comma is the main clause's, not a participle.
func finiteAt(s *sent, k int) bool {
	for _, cl := range s.parsed().Clauses {
		if cl.Head == k && len(cl.Subject) > 0 && !cl.Passive {
			return true
		}
	}
	return false
}

// ownClause reports a date that belongs to a clause of its own, before a
// comma and "and" that coordinate another verb with the event: "Trump made
// his announcement in Riyadh on May 13, and met X there the next day".
func ownClause(s *sent, dt date, evs []*eventMention) bool {
	for _, e := range evs {
		if e.k < dt.last {
			return false
		}
	}
	k := dt.last
	for k < len(s.Tokens) && (s.mentionAt(k) != nil || isDateToken(s, k)) {
		k++
	}
	// "rose to 1.37 billion dlrs against 852.72 mln in 1985 and Gosper
	// urged": "and" before a new named subject starts another clause too
	if (s.w(k) != "," || s.w(k+1) != "and") && (s.w(k) != "and" || s.mentionAt(k+1) == nil) {
		return false
	}
	ps := s.parsed()
	for j := dt.first - 1; j >= 0 && !s.breaks(j); j-- {
		if w := s.w(j); triggers[w].typ == "" && (irregularPast.Has(w) || strings.HasSuffix(w, "ed") && len(w) > 4 || ps.POS[j] == "VBD") {
			return true
		}
	}
	return false
}

// assignDates gives each event mention of a sentence its date. A temporal
// expression belongs to the nearest trigger, counting a clause break as ten
// words; "eight weeks after" dates the
// next trigger from the one before it; a trigger left undated takes the date
// (and, if it lacks one, the target) of an earlier mention of the same type
// in the sentence, as in "Moscow has sent home …, and Beijing has
// repatriated …".
// contrastBetween reports ", but" among tokens [from, to).
func contrastBetween(s *sent, from, to int) bool {
	for k := from; k < to; k++ {
		if s.w(k) == "but" && s.w(k-1) == "," {
			return true
		}
	}
	return false
}

// boundaryWords before a date make it the start or end of a period, not
// when an event happened: "agreed in December to limit production from
// February 1" was agreed in December.
var boundaryWords = wordset.Of(map[string]bool{"from": true, "until": true, "till": true, "through": true, "starting": true,
	"effective": true, "beginning": true, "by": true, "before": true})

// speechDated is the speech verb a date dates, right before or after it
// ("Iraq said today", "told reporters on Tuesday", "said last week
// that"), not the events of what was said; -1 for none.
func speechDated(s *sent, dt date) int {
	p := dt.first - 1
	if s.w(p) == "on" {
		p--
	}
	switch {
	case speechVerbs[s.w(p)]:
		return p
	case (thatVerbs[s.w(p)] || s.w(p) == "reported") && s.w(dt.last) == "that":
		return p // "CBS reported on Friday that Washington had warned Tehran": the report's day
	case (s.w(p) == "reporters" || s.w(p) == "journalists" || s.w(p) == "reuters") && (s.w(p-1) == "told" || s.w(p-1) == "tells"):
		return p - 1
	case speechVerbs[s.w(dt.last)] && s.mentionAt(dt.first-1) != nil: // "Iraq on Tuesday said"
		return dt.last
	}
	// "told the official news agency PAP yesterday the talks were…": the
	// hearer between the verb and the date
	for j := p; j >= 0 && j >= p-6 && !s.breaks(j); j-- {
		if w := s.w(j); w == "told" || w == "tells" {
			return j
		} else if triggers[w].verbal || speechVerbs[w] {
			break
		}
	}
	return -1
}

// openingSpeechDate is the verb of saying a date that opens the
// sentence, before its subject, dates ("In February, Piedmont said …",
// "On Monday, Japan said …"), when it is the first verb after the date;
// -1 for none.
func openingSpeechDate(s *sent, dt date) int {
	if s.w(dt.last) != "," || !(dt.first == 0 || dt.first == 1 && (s.w(0) == "in" || s.w(0) == "on")) {
		return -1
	}
	for j := dt.last + 1; j < len(s.Tokens) && j <= dt.last+10 && !s.breaks(j); j++ {
		if speechVerbs[s.w(j)] {
			return j
		}
		if triggers[s.w(j)].verbal || thatVerbs[s.w(j)] {
			break
		}
	}
	return -1
}

// describedBy reports a relative clause at sub that describes the event
// noun at k: only the noun's own phrase between them ("the four-day visit
// of President X, which starts on Friday").
func describedBy(s *sent, k, sub int) bool {
	if k >= sub || sub-k > 10 {
		return false
	}
	for j := k + 1; j < sub-1; j++ {
		if s.breaks(j) || speechVerbs[s.w(j)] || triggers[s.w(j)].verbal {
			return false
		}
	}
	return true
}

// relativeWords open a relative clause.
var relativeWords = wordset.Of(map[string]bool{"which": true, "who": true, "that": true}) // ("that" only as subordinateSpan reads it: relativeThat)

// subordinateSpan is the clause a subordinator or relative pronoun opens
// around date dt ("since Poland rejoined the IMF last June", ", which last
// week reported losses,"): its first and end token, or -1 when the date
// stands in the main clause.
func subordinateSpan(s *sent, dt date) (int, int) {
	for j := dt.first - 1; j >= 0 && j >= dt.first-12; j-- {
		w := s.w(j)
		if subordinators.Has(w) && w != "that" || w == "which" || w == "who" || w == "that" && relativeThat(s, j) {
			end := dt.last
			for end < len(s.Tokens) && s.w(end) != "," && s.w(end) != ";" {
				end++
			}
			return j, end
		}
		if s.breaks(j) {
			break
		}
	}
	return -1, -1
}

// relativeThat reports a "that" at j that opens a relative clause: right
// after a common noun and right before a finite verb ("a tender offer that
// expires midnight March 17"), not a claim's "that" after a verb.
func relativeThat(s *sent, j int) bool {
	ps := s.parsed()
	if j < 1 || j+1 >= len(ps.POS) {
		return false
	}
	return (ps.POS[j-1] == "NN" || ps.POS[j-1] == "NNS") && (finiteTag(ps.POS[j+1]) || ps.POS[j+1] == "VB")
}

// verbBetween reports a verb in the base or a finite form among tokens
// [from, to), by the parse's tags: the verb a modal before them belongs to.
// infinitivePassive reports only "to be" or "to have been" between from
// and to: "is likely to be agreed", "expected to be signed", where the
// verb at to is the one the modality governs.
func infinitivePassive(s *sent, from, to int) bool {
	if s.w(from) != "to" || from+1 >= to {
		return false
	}
	for k := from + 1; k < to; k++ {
		if w := s.w(k); w != "be" && w != "have" && w != "been" {
			return false
		}
	}
	return true
}

func (s *sent) verbBetween(from, to int) bool {
	ps := s.parsed()
	for k := from; k < to && k < len(ps.POS); k++ {
		switch ps.POS[k] {
		case "VB", "VBP", "VBZ", "VBD":
			return true
		}
	}
	return false
}

// verbsBetween counts the finite and bare verbs in [from, to), -1 when a
// clause breaks between them.
func (s *sent) verbsBetween(from, to int) int {
	ps := s.parsed()
	n := 0
	for k := from; k < to && k < len(ps.POS); k++ {
		if s.breaks(k) {
			return -1
		}
		switch ps.POS[k] {
		case "VB", "VBP", "VBZ", "VBD":
			n++
		}
	}
	return n
}

// nextVerbGroup reports "and" at k before the verb group of a clause of
// its own: a modal or a verb in the past ("and will meet", "and signed").
func nextVerbGroup(s *sent, k int) bool {
	if s.w(k) != "and" {
		return false
	}
	switch n := s.w(k + 1); {
	case futureModals.Has(n) || n == "is" || n == "was" || n == "has" || n == "had":
		return true
	default:
		return irregularPast.Has(n) || strings.HasSuffix(n, "ed") && s.mentionAt(k+1) == nil && isLowerWord(s.raw(k+1))
	}
}

// tenseChange reports a verb group after "and" at k in another tense than
// the clause before it: "arrived on Saturday and will meet X" (a date of
// the one is not the other's), not "will travel to Bonn on June 12 and
// will meet X" (the same day).
func tenseChange(s *sent, k int) bool {
	before := false
	for j := k - 1; j >= 0 && !s.breaks(j); j-- {
		before = before || futureModals.Has(s.w(j))
	}
	return before != futureModals.Has(s.w(k+1))
}

func assignDates(s *sent, evs []*eventMention) {
	type offset struct {
		o  timex.Offset
		at int
	}
	var offs []offset
	heldAt := map[*eventMention]int{} // how far from its trigger the date each event holds was
	owned := map[*eventMention]bool{} // a date in the noun's possessive ("last December's meeting"), which no other replaces
	for _, dt := range s.dates {
		if !dt.Offset.IsZero() {
			offs = append(offs, offset{dt.Offset, dt.first})
			continue
		}
		if participleGoverned(s, dt, evs) || yearModifier(s, dt) {
			continue
		}
		if v := speechDated(s, dt); ownClause(s, dt, evs) || v >= 0 && !slices.ContainsFunc(evs, func(e *eventMention) bool { return e.k == v }) {
			continue // (a speech verb that is itself the event, "warned on Tuesday", keeps its date)
		}
		boundary := boundaryWords.Has(s.w(dt.first-1)) || boundaryWords.Has(s.w(dt.first))
		sub, subEnd := subordinateSpan(s, dt)
		best, bestDist := -1, 1<<30
		deadline := s.w(dt.first-1) == "by" || strings.HasPrefix(strings.ToLower(dt.Text), "by ")
		if termDate(s, dt) {
			continue
		}
		nd := nounDated(s, dt)
		said := openingSpeechDate(s, dt)
		for i, e := range evs {
			if said >= 0 && e.k > said && slices.ContainsFunc(s.lw[said+1:e.k], futureModals.Has) {
				// "In February, Piedmont said its board would meet": the
				// day of the saying, not of what is still to come
				continue
			}
			if nd >= 0 && e.k != nd && !(e.verbal && e.end <= dt.first && dt.first-e.end <= 1 && (dt.first == e.end || noteWords.Has(s.w(e.end)))) {
				// "filed a lawsuit regarding its March 9 tender offer": the
				// offer's day, not the lawsuit's (but "plans a July trip":
				// the verb's own object)
				continue
			}
			if e.verbal && e.k < dt.first && pastVerb(s, e.k) && futureBetween(s, e.end, dt.first) {
				// "asked for the loan and would ship the oil back in May":
				// the date of what is still to come, not of what was done
				continue
			}
			if e.end <= dt.first && claimOpensBetween(s, e.k, e.end, dt.first) {
				// "told a meeting of the State Council that exports rose in
				// 1985": a date in what is said is of what is said, not of
				// the meeting it was said to
				continue
			}
			if e.end <= dt.first && contrastBetween(s, e.end, dt.first) {
				// "rejected the concept, but the counter-proposal made on
				// Friday…": a date past ", but" is of the other clause
				continue
			}
			if e.verbal && e.k < dt.first && slices.Contains(s.lw[e.k+1:dt.first], "that") && claimAgainstVerb(s.w(e.k)) {
				// "charged that a Soviet test last month blew debris…": a
				// date in the claim is of what is claimed, not of the charge
				continue
			}
			if deadline && e.verbal && e.k < dt.first && pastVerb(s, e.k) {
				// "has proposed ending the quotas by December 1988": the
				// deadline of what was proposed, not the day of proposing
				continue
			}
			if sub >= 0 && (e.k < sub || e.k >= subEnd) && !(relativeWords.Has(s.w(sub)) && !e.verbal && describedBy(s, e.k, sub) && !deadline) {
				// a date of a clause of its own dates no event outside it,
				// unless the clause describes the event's noun ("the visit of
				// X, which starts on Friday"; not its deadline: "trade
				// negotiations, which must be concluded by October, are
				// progressing")
				continue
			}
			from, to := e.end, dt.first
			if dt.last <= e.k {
				from, to = dt.last, e.k
			}
			dist := max(to-from, 0)
			if !e.verbal && e.end == dt.first && slices.ContainsFunc(evs, func(v *eventMention) bool { return v.verbal && v.k < e.k && objectNounOf(s, v.k, e.k, dt.first) }) {
				// "rejected the Brazilian offer last Thursday": a date after the
				// verb's object dates the verb's act, not the noun's
				dist += 4
			}
			if dt.last <= e.k && nextVerbGroup(s, dt.last) {
				// "met Funaro today and expressed Italy's willingness": a
				// date that closes a clause before "and" and a verb dates
				// that clause, not the one after
				dist += 10
			}
			for k := from; k < to; k++ {
				if s.breaks(k) || nextVerbGroup(s, k) && tenseChange(s, k) {
					// a date across a comma or dash belongs to its own clause
					// first, and so across "and" before another verb ("arrived
					// on Saturday and will meet X")
					dist += 10
				}
			}
			if dist < bestDist {
				best, bestDist = i, dist
			}
		}
		if best < 0 {
			continue
		}
		e := evs[best]
		if owned[e] {
			continue // "last December's OPEC meeting": the noun's own date stays
		}
		held, dated := heldAt[e]
		// a date in the trigger's own clause wins over one read first across
		// a comma: "a proposal on the system, due to start May 29, was made
		// today at a meeting" dates the meeting today
		nearer := dated && !boundary && !e.date.Finer(dt.Date) && held >= 10 && bestDist < 10
		if e.date.IsZero() || dt.Date.Finer(e.date) && !boundary || nearer {
			e.date, e.dateText = dt.Date, dt.Text
			heldAt[e] = bestDist
			if !e.verbal && dt.last <= e.k && e.k-dt.last <= 4 && (s.w(dt.last) == "'s" || s.w(dt.last) == "’s") {
				owned[e] = true
			}
		}
	}
	for _, o := range offs {
		var before *eventMention
		for _, e := range evs {
			if e.end <= o.at {
				before = e
				continue
			}
			if before != nil && !before.date.IsZero() && e.date.IsZero() {
				e.date = before.date.Shift(o.o)
			}
			break
		}
	}
	for i, e := range evs {
		for _, p := range evs[:i] {
			if p.typ != e.typ {
				continue
			}
			if e.date.IsZero() {
				e.date = p.date
			}
			if !e.hasRole(graph.RoleTarget) {
				for ent, role := range p.participants {
					if role == graph.RoleTarget {
						e.add(ent, graph.RoleTarget)
					}
				}
			}
			break
		}
	}
}

// claimOpensBetween reports a "that" from token from to before token to
// that opens what a verb of saying reports, the event's trigger at k
// outside it: before the verb ("during a visit to London, told Reuters
// that") or the verb's object ("told a meeting … that"), not in what the
// verb says ("said it is holding discussions with its lenders that …").
func claimOpensBetween(s *sent, k, from, to int) bool {
	for j := from; j < to; j++ {
		if s.w(j) != "that" {
			continue
		}
		for v := j - 1; v >= 0 && v >= j-12 && !s.breaks(v); v-- {
			if speechVerbs[s.w(v)] || thatVerbs[s.w(v)] {
				return k < v || k-v <= 3 && determiners.Has(s.w(v+1))
			}
		}
	}
	return false
}

// visitTalks gives talks a visit is made for ("arrived in Caracas last
// night for talks on further assistance") the visitor as a side, and the
// host where they name no other.
func visitTalks(s *sent, evs []*eventMention) {
	for _, e := range evs {
		if e.verbal || e.typ != "talks" || s.w(e.k-1) != "for" && !(s.w(e.k-2) == "for" && isLowerWord(s.raw(e.k-1))) {
			continue
		}
		for _, v := range evs {
			if v.typ != "visit" || !v.verbal || v.k >= e.k || e.k-v.k > 15 {
				continue
			}
			for _, p := range v.order {
				if v.participants[p] == graph.RoleActor && e.participants[p] == "" {
					e.add(p, graph.RoleParticipant)
				}
			}
			for _, p := range v.order {
				// the host, where the talks name no other side ("flew to
				// Vardo for talks with Ostland" are with Ostland)
				if v.participants[p] == graph.RoleTarget && e.participants[p] == "" && len(e.participants) < 2 {
					e.add(p, graph.RoleParticipant)
				}
			}
			break
		}
	}
}

// coordinatedTargets gives a verb's act with no target the target of the
// act before it that its subject did, when "and" joins the two predicates
// with no new subject between: "Washington has accused Japan of reneging
// and has threatened to take retaliatory action" threatens Japan.
func coordinatedTargets(s *sent, evs []*eventMention) {
	for _, e := range evs {
		if !e.verbal || !e.hasRole(graph.RoleActor) || e.hasRole(graph.RoleTarget) || e.hasRole(graph.RoleParticipant) || symmetric[e.typ] {
			continue
		}
		if slices.ContainsFunc([]int{e.end, e.end + 1, e.end + 2}, func(j int) bool { return askedNouns.Has(s.w(j)) }) {
			continue // "… and urged its shareholders not to tender": its own unnamed object
		}
		for _, p := range evs {
			if p == e || !p.verbal || p.k >= e.k || e.k-p.k > 20 || !p.hasRole(graph.RoleTarget) || symmetric[p.typ] {
				continue
			}
			same := true
			for a, r := range e.participants {
				if r == graph.RoleActor && p.participants[a] != graph.RoleActor {
					same = false
				}
			}
			and := -1
			for j := p.end; j < e.k; j++ {
				if s.w(j) == ";" || s.w(j) == ":" || s.w(j) == "but" || s.w(j) == "while" {
					and = -1
					break
				}
				if s.w(j) == "and" {
					and = j
				}
			}
			if !same || and < 0 || slices.ContainsFunc(s.mentions, func(m mention) bool { return m.first > and && m.first < e.k }) {
				continue
			}
			for _, t := range p.order {
				if p.participants[t] == graph.RoleTarget {
					e.add(t, graph.RoleTarget)
				}
			}
			break
		}
	}
}

func (e *eventMention) hasRole(role string) bool {
	for _, r := range e.participants {
		if r == role {
			return true
		}
	}
	return false
}

// firmsMerging reports a merger told by its noun with two firms, and
// firms only, for its sides, owned by one of them ("its pending merger
// with X", "Cooper's merger with Gardner-Denver") or between the two ("the
// merger between USAir and Piedmont"), and neither proposed nor rejected.
func (d *doc) firmsMerging(s *sent, e *eventMention) bool {
	if e.typ != "agreement" || e.verbal || len(e.participants) != 2 || !mergerNouns.Has(s.w(e.k)) {
		return false
	}
	owned := false
	for j := e.k - 1; j >= 0 && j >= e.k-4; j-- {
		w := s.w(j)
		if w == "its" || w == "their" || w == "'s" || w == "’s" || w == "the" && (s.w(e.k+1) == "between" || s.w(e.k+1) == "of") {
			owned = true
			break
		}
		if !dealQualifiers.Has(w) {
			break
		}
	}
	for j := max(0, e.k-15); j < e.k && owned; j++ {
		if w := s.w(j); w == "proposed" || w == "offer" || w == "offered" || w == "rejected" || w == "calls" || w == "advise" || w == "proposal" {
			owned = false // "has proposed a cash merger", "the ICC had rejected … the merger": no deal made
		}
	}
	if !owned {
		return false
	}
	for a := range e.participants {
		if d.ents[a].Type != graph.Organization {
			return false
		}
	}
	return true
}

// mergerNouns name two firms becoming one.
var mergerNouns = wordset.Of(map[string]bool{"merger": true, "linkup": true, "link-up": true, "tie-up": true})

// mergeEvents joins mentions of one event: same type, compatible dates,
// the same place or one unknown, statuses that agree on whether it was only
// demanded, and participants of one contained in the other's.
func mergeEvents(all []*eventMention) []*eventMention {
	var out, named []*eventMention
	for _, e := range all {
		merged := false
		for _, o := range out {
			if compatible(o, e) && (!e.restated || sharesParticipant(o, e)) {
				o.absorb(e)
				merged = true
				break
			}
		}
		if !merged && e.anaphoric() {
			// "the talks in Addis Ababa ended": the talks the article has
			// just told of, if it told of one in the six sentences before
			// (a news story restates its deal a paragraph or two on: "E.F.
			// Hutton will provide 279 mln dlrs to complete the transaction")
			for i := len(out) - 1; i >= 0; i-- {
				o := out[i]
				if o.typ == e.typ && o.lastSent >= e.s.idx-6 && (o.location < 0 || e.location < 0 || o.location == e.location) && (!e.restated || len(o.participants) > 0) {
					o.absorb(e)
					merged = true
					break
				}
			}
		}
		if !merged && !e.restated {
			// (a mention told again of an event before it, which is not
			// there, is no event of its own)
			out = append(out, e)
		} else if !merged && e.sidesNamed {
			named = append(named, e)
		}
	}
	// an agreement named with both its sides that no event took in is one
	// of its own, after the events stated outright have had their turn
	// (they keep their date, status and evidence)
	for _, e := range named {
		merged := false
		for _, o := range out {
			if compatible(o, e) && sharesParticipant(o, e) {
				o.absorb(e)
				merged = true
				break
			}
		}
		if !merged {
			e.restated = false
			out = append(out, e)
		}
	}
	return out
}

func compatible(a, b *eventMention) bool {
	if a.typ != b.typ || !a.date.Compatible(b.date) && !b.restated {
		return false
	}
	if a.location >= 0 && b.location >= 0 && a.location != b.location {
		return false
	}
	if a.verbal && b.verbal && a.typ != "agreement" && (a.status == "planned" && b.status == "happened" || a.status == "happened" && b.status == "planned") && a.s != b.s &&
		(a.date.Value != b.date.Value || len(a.participants) != len(b.participants)) { // (else one node: the same type, date and parties are one event id)
		// "Last month the ministry asked chip makers to cut output" and
		// "the ministry will ask them again": two acts, each told by its
		// verb, one done and one to come (not a deal made whose terms say
		// what "will" be bought)
		return false
	}
	if a.verbal && b.verbal && a.s != b.s && oneSidedActs.Has(a.typ) && len(a.participants) != len(b.participants) && a.date.Value == b.date.Value {
		// "Brazil called for new talks on debt. Brazil also called on the
		// IMF to ease its terms": one act asks no one named, the other
		// asks a party; two verbs, two acts
		return false
	}
	if a.verbal && b.verbal && a.s != b.s && oneSidedActs.Has(a.typ) && len(a.participants) == 1 && len(b.participants) == 1 && a.date.Value != b.date.Value {
		// "Kohl called for lower interest rates. On Monday Kohl called
		// for an end to the strike": each verb is an act of its own,
		// asking no one named for a different thing (the first no more
		// Monday's than the second); two of one date are one event id,
		// one node
		return false
	}
	if (a.status == "demanded") != (b.status == "demanded") {
		return false
	}
	if a.typ == "agreement" && a.s != b.s && (a.status == "failed") != (b.status == "failed") {
		// "failed to conclude an agreement during talks last week" and
		// "a protocol signed in 1985": a deal not reached is not the one
		// made before
		return false
	}
	if !subset(a.participants, b.participants) && !subset(b.participants, a.participants) {
		return false
	}
	for k, ra := range a.participants {
		// one side's actor is the other's target: "Canada expelled Indian
		// diplomats; India expelled Canadian diplomats" are two events
		if rb, ok := b.participants[k]; ok && ra != rb && ra != graph.RoleParticipant && rb != graph.RoleParticipant {
			return false
		}
	}
	// something must tie them: a shared participant, the same place, or
	// both dated alike
	return sharesParticipant(a, b) || a.location >= 0 && a.location == b.location || !a.date.IsZero() && !b.date.IsZero()
}

// oneSidedActs are the events one party does to another by saying so:
// two verbs of them in two sentences, with no party asked, refused or
// threatened named, are two acts. (An offer is told again with its
// terms or its day: "offered to acquire X" … "On February 6, Y
// initially offered to acquire X".)
var oneSidedActs = wordset.Words("appeal", "demand", "reject", "threat")

// sharesParticipant reports a party of a that b names too.
func sharesParticipant(a, b *eventMention) bool {
	for k := range a.participants {
		if _, ok := b.participants[k]; ok {
			return true
		}
	}
	return false
}

func subset(a, b map[int]string) bool {
	for k := range a {
		if _, ok := b[k]; !ok {
			return false
		}
	}
	return true
}

// absorb takes what o adds to e: participants, the finer date, the place,
// a definite status, and the stronger evidence.
func (e *eventMention) absorb(o *eventMention) {
	named := len(e.participants)
	if len(e.stated) == 0 {
		e.stated = []int{e.s.idx}
	}
	e.stated = append(e.stated, o.s.idx)
	e.stated = append(e.stated, o.stated...)
	for _, ent := range o.order {
		e.add(ent, o.participants[ent])
	}
	if o.restated {
		e.lastSent = max(e.lastSent, o.s.idx)
		return
	}
	if o.date.Finer(e.date) {
		e.date = o.date
	}
	if e.location < 0 {
		e.location = o.location
	}
	if e.status == "" || o.status == "failed" {
		e.status = o.status
	}
	if e.attributed != o.attributed {
		// the article states the event itself somewhere: no one claims it
		e.attributed = ""
	}
	if o.strength > e.strength || len(o.participants) > named && o.strength >= e.strength-0.15 {
		// the stronger mention, or the one that names more of its
		// parties ("their agreement last month" before "Britain, Canada
		// and France agreed"), is where the article states the event
		e.strength, e.k, e.end, e.s = max(o.strength, e.strength), o.k, o.end, o.s
	}
	for ent, sec := range o.sector {
		if e.sector == nil {
			e.sector = map[int]string{}
		}
		if e.sector[ent] == "" {
			e.sector[ent] = sec
		}
	}
	if o.structured && (!e.structured || e.code == "") {
		// the code read from a clause is finer than a trigger's type
		e.code, e.structured = o.code, true
	}
	e.lastSent = max(e.lastSent, o.s.idx)
	e.strength += 0.05
}

// toEvent codes a merged event mention as a graph event.
func (d *doc) toEvent(e *eventMention) graph.Event {
	kind, _ := graph.EventKindOf(e.typ)
	if e.typ == "visit" && e.code == "040" {
		// "arrived in Russia": the dictionary's code for arriving, where
		// the event read is a visit (042)
		e.code = kind.CAMEO
	}
	if e.typ == "agreement" && e.code == "050" {
		// "Canada and the United States agreed last December": the
		// dictionary's bare diplomatic cooperation (050) for an agreement
		// the reading made is the agreement itself (057, GUIDE.md)
		e.code = kind.CAMEO
	}
	if e.code != "" && e.code != kind.CAMEO {
		kind.CAMEO = e.code
		kind.Goldstein = graph.RootGoldstein[e.code[:2]]
	}
	status := e.status
	if status == "" {
		status = defaultStatus(e.s, e.k, e.verbal) // after merging, where a mention that dates it may have spoken
	}
	ev := graph.Event{Type: e.typ, CAMEO: kind.CAMEO, Goldstein: kind.Goldstein, Date: e.date.Value, Status: status,
		Attributed: e.attributed, Evidence: d.evidence(e.s)}
	slices.Sort(e.stated)
	for _, si := range slices.Compact(e.stated) {
		if si != e.s.idx {
			ev.Mentions = append(ev.Mentions, d.evidence(d.sents[si]))
		}
	}
	loc := ""
	if e.location >= 0 {
		loc = d.ents[e.location].ID
		ev.Location = loc
	}
	ev.Participants = []graph.Participant{}
	ids := make([]string, 0, len(e.order))
	// an agreement told once with sides and once with an actor
	// ("entered a settlement with X and Y" and "it provided for the
	// settlement") has sides only. So has every symmetric event (GUIDE.md: meetings,
	// summits, talks, agreements and cooperation list every side as a
	// participant, no actor or target), the side that acts listed first,
	// as the CAMEO export reads the order; handing over or sharing (063,
	// 064…) keeps its direction
	told := e.typ == "agreement" && e.hasRole(graph.RoleParticipant) // sides in the order told
	sides := told || symmetric[e.typ] && !directedCode(kind.CAMEO)
	rank := make(map[string]int, len(e.order))
	for _, ent := range e.order {
		id := d.ents[ent].ID
		p := graph.Participant{Entity: id, Role: e.participants[ent]}
		rank[id] = rolePriority(p.Role)
		if sides {
			rank[id] = sideRank(p.Role)
			if told {
				rank[id] = 0
			}
			p.Role = graph.RoleParticipant
		}
		if d.actorCode != nil {
			p.Code = d.actorCode(d.ents[ent], e.sector[ent])
		}
		ev.Participants = append(ev.Participants, p)
		ids = append(ids, id)
	}
	sort.SliceStable(ev.Participants, func(i, j int) bool {
		return rank[ev.Participants[i].Entity] > rank[ev.Participants[j].Entity]
	})
	ev.ID = graph.EventID(e.typ, ev.Date, loc, ids)
	conf := e.strength + 0.15*float64(min(len(e.order), 2))
	if !e.date.IsZero() {
		conf += 0.1
	}
	if e.location >= 0 {
		conf += 0.1
	}
	ev.Confidence = min(conf, 0.95)
	if ev.Attributed != "" && isParticipant(ev, ev.Attributed) {
		ev.Attributed = ""
	}
	return ev
}

func isParticipant(ev graph.Event, id string) bool {
	for _, p := range ev.Participants {
		if p.Entity == id {
			return true
		}
	}
	return false
}

// inCondition reports a word a few words after "if" or "unless" with no
// punctuation between: the verb of a condition ("if it attacked Vardo").
func (s *sent) inCondition(k int) bool {
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		w := s.w(i)
		if conditionWords.Has(w) {
			return true
		}
		if w == "," || w == ";" || w == "." || w == "and" || w == "but" {
			return false
		}
	}
	return false
}

// militaryWords are what an armed force launches.
var militaryWords = wordset.Of(map[string]bool{
	"attack": true, "attacks": true, "offensive": true, "counteroffensive": true, "raid": true, "raids": true,
	"strike": true, "strikes": true, "airstrikes": true, "missile": true, "missiles": true, "rocket": true,
	"rockets": true, "invasion": true, "operation": true, "operations": true, "war": true, "assault": true,
	"bombing": true, "bombings": true, "drones": true, "drone": true, "incursion": true, "barrage": true,
	"shells": true, "torpedo": true, "torpedoes": true,
})

// militaryBehind reports a word of armed force among the few words
// before k in its clause: "the missile was tested".
func (s *sent) militaryBehind(k int) bool {
	for j := k; j >= 0 && j > k-6; j-- {
		w := s.w(j)
		if militaryWords.Has(w) {
			return true
		}
		if w == "," || w == ";" || w == "and" {
			return false
		}
	}
	return false
}

// militaryAhead reports a word of armed force among the few words from k,
// before any punctuation: "launched an offensive", "launched air strikes
// on", not "launched a 200 mln dlr bond".
func (s *sent) militaryAhead(k int) bool {
	for j := k; j < len(s.Tokens) && j < k+5; j++ {
		w := s.w(j)
		if (w == "strike" || w == "strikes") && !militaryStrike(s, j) {
			return false // "launched a national strike": a walk-out
		}
		if militaryWords.Has(w) {
			return true
		}
		if w == "," || w == "." || w == ";" || w == "for" || w == "to" || w == "by" {
			return false
		}
	}
	return false
}

// metObjectAhead reports, among the few words from k before a preposition
// or punctuation, a word that is met without meeting anyone ("meet EC
// health standards", "met its obligations").
func (s *sent) metObjectAhead(k int) bool {
	for j := k; j < len(s.Tokens) && j < k+6; j++ {
		w := s.w(j)
		if metObjects.Has(w) {
			return true
		}
		if w == "," || w == "." || w == ";" || w == "with" || w == "in" || w == "on" || w == "at" || w == "to" || s.mentionAt(j) != nil && s.w(j+1) != "'s" && !metObjects.Has(s.w(s.mentionAt(j).last)) && !s.nameModifies(j) {
			return false
		}
	}
	return false
}

// nameModifies reports a name at k that modifies a noun after it
// ("European Community health standards"), rather than heading a phrase.
func (s *sent) nameModifies(k int) bool {
	m := s.mentionAt(k)
	if m == nil {
		return false
	}
	next := s.w(m.last)
	return next != "" && next != "," && next != "." && isLowerWord(s.raw(m.last)) && next != "and" && next != "on" && next != "in" && next != "at" && next != "for" && next != "to" && next != "with"
}

// clauseHolding is the last clause whose words from its verb on hold word
// k, or -1.
func clauseHolding(ps *syntax.Sentence, k int) int {
	c := -1
	for i, cl := range ps.Clauses {
		if cl.Verb.Start <= k && k < cl.End {
			c = i
		}
	}
	return c
}

// rejectedBy reports "by" and a named party after "rejection of …" at k,
// within its phrase: "the rejection of the plan by Sweden".
func (s *sent) rejectedBy(k int) bool {
	if s.w(k+1) != "of" {
		return false
	}
	for j := k + 2; j < len(s.Tokens) && j <= k+10 && !s.breaks(j); j++ {
		if s.w(j) == "by" {
			n := j + 1
			if s.w(n) == "the" {
				n++
			}
			return s.mentionAt(n) != nil
		}
	}
	return false
}

// auspices are the parties named after "under the auspices of" that
// follows the event word at e within 14 words: "a meeting held here under
// the auspices of the U.N. Conference on Trade and Development (UNCTAD)",
// "of SELA and CEPAL".
// attendedBy are the parties a meeting noun at e lists after "attended
// by": "a meeting today on Austria's outlook also attended by Chancellor
// Franz Vranitzky, Finance Minister Ferdinand Lacina and Stefan Koren".
func (d *doc) attendedBy(s *sent, e int) []int {
	var out []int
	for k := e + 1; k+2 < len(s.Tokens) && k <= e+10 && !(s.breaks(k) && s.w(k) != ","); k++ {
		if s.w(k) != "attended" || s.w(k+1) != "by" {
			continue
		}
		for j := k + 2; j < len(s.Tokens) && j <= k+30 && !(s.breaks(j) && s.w(j) != ","); j++ {
			if m := s.mentionAt(j); m != nil && m.first == j && !s.consumed[s.at[j]] && speaks(d.ents[m.ent].Type) && !slices.Contains(out, m.ent) {
				out = append(out, m.ent)
			}
		}
		break
	}
	return out
}

func (s *sent) auspices(e int) []int {
	var out []int
	for k := e + 1; k+2 < len(s.Tokens) && k <= e+14; k++ {
		if s.w(k) != "auspices" || s.w(k+1) != "of" {
			continue
		}
		for j := k + 2; j < len(s.Tokens) && j <= k+16 && !(s.breaks(j) && s.w(j) != "," && s.w(j) != "(" && s.w(j) != ")"); j++ {
			if m := s.mentionAt(j); m != nil && m.first == j {
				out = append(out, m.ent)
			}
		}
	}
	return out
}

// participleAfterNoun reports a participle at j right after a common noun
// inside the object of a clause's verb or of a preposition ("to live up
// to a commitment made last year"; not a text the act was made in: "in a
// report adopted yesterday", "in a letter dated March 10").
func participleAfterNoun(ps *syntax.Sentence, j int) bool {
	return (ps.POS[j] == "VBN" || ps.POS[j] == "VBD") && strings.HasPrefix(ps.POS[j-1], "NN") && !strings.HasPrefix(ps.POS[j-1], "NNP") && (objectOfVerb(ps, j-1) || prepObject(ps, j-1) && !mediumWords.Has(ps.Lower(j-1)) && !sayingNouns.Has(ps.Lower(j-1)))
}

// prepObject reports a common noun at k that ends a noun phrase opened by a
// preposition: "to a commitment", "under the pledge".
func prepObject(ps *syntax.Sentence, k int) bool {
	f := k
	for f > 0 && (strings.HasPrefix(ps.POS[f-1], "NN") && !strings.HasPrefix(ps.POS[f-1], "NNP") || ps.POS[f-1] == "JJ" || ps.POS[f-1] == "DT" || ps.POS[f-1] == "PRP$") {
		f--
	}
	return f > 0 && (ps.POS[f-1] == "IN" || ps.POS[f-1] == "TO") && ps.Lower(f-1) != "that"
}

// objectOfVerb reports a word inside the object of a clause's verb: "rejected
// a petition presented in February" (the participle after it is no verb of
// its own).
func objectOfVerb(ps *syntax.Sentence, k int) bool {
	for _, c := range ps.Clauses {
		for _, o := range c.Object {
			if o.Start <= k && k < o.End && c.Verb.End <= o.Start {
				return true
			}
		}
		// (the parse may read the participle as the verb of a clause whose
		// subject follows another verb at once: "rejected [a petition]
		// presented")
		if len(c.Subject) > 0 && c.Verb.Start == k+1 {
			if st := c.Subject[0].Start; st > 0 && st <= k && strings.HasPrefix(ps.POS[st-1], "VB") && !speechVerbs[ps.Lower(st-1)] && !thatVerbs[ps.Lower(st-1)] {
				return true
			}
		}
	}
	return false
}

// sidesOfDeal reports an agreement named by a noun whose sides are states,
// regions, bodies or firms, not people or towns (a speaker or an owner read as a side: "Gerhard
// de Kock said the agreement was a good deal"), and, for "deal", one with
// its other side after it ("Nippon's deal with American Express"; not "ran
// the books on that deal", an issue of securities).
func (d *doc) sidesOfDeal(s *sent, e *eventMention) bool {
	for p := range e.participants {
		if t := d.ents[p].Type; t == graph.Person || t == graph.City || t == graph.Place {
			return false // (a town read as a side is a name misread: "the Denver and Rio Grande Western")
		}
	}
	if w := s.w(e.k); w == "deal" || w == "deals" {
		if s.w(e.end) != "with" && s.w(e.end) != "between" {
			return false
		}
	}
	for j := e.k - 1; j >= 0 && j >= e.k-4 && isLowerWord(s.raw(j)); j-- {
		if w := s.w(j); w == "any" || w == "no" || w == "possible" || w == "potential" || w == "future" || w == "new" {
			return false // "vote in favor of any acquisition agreement between TWA and USAir": none made
		}
		if w := s.w(j); w == "its" || w == "their" || w == "his" || w == "her" {
			// "Norland breached its agreement with Vardo", "stood by its
			// accord with X": a deal its owner holds, named in passing
			return false
		}
	}
	// "has proposed a cash merger of USAir with TWA", "opposes the merger
	// of X and Y": a deal put forward or fought, not one made
	lex, err := loadLexicon()
	if err != nil {
		return false
	}
	ps := s.parsed()
	for _, c := range ps.Clauses {
		for _, o := range c.Object {
			if o.Start <= e.k && e.k < o.End && unmadeDealVerbs.Has(lemma(lex, ps.Lower(c.Head))) {
				return false
			}
		}
	}
	// "had rejected in July, on grounds it would reduce competition, the
	// merger of X and Y": the verb before the noun, past a phrase set off
	// by commas
	for j := e.k - 1; j >= 0; j-- {
		if s.w(j) == "," {
			p := j - 1
			for p >= 0 && j-p <= 12 && s.w(p) != "," && !s.breaks(p) {
				p--
			}
			if p >= 0 && s.w(p) == "," {
				j = p
				continue
			}
			break
		}
		if s.breaks(j) {
			break
		}
		if strings.HasPrefix(ps.POS[j], "VB") {
			return !unmadeDealVerbs.Has(lemma(lex, ps.Lower(j)))
		}
	}
	return true
}

// unmadeDealVerbs put a deal forward, weigh it or fight it: the deal they
// take is not made.
var unmadeDealVerbs = wordset.Of(map[string]bool{"propose": true, "offer": true, "seek": true, "want": true, "oppose": true,
	"reject": true, "block": true, "consider": true, "study": true, "review": true, "discuss": true, "negotiate": true,
	"challenge": true, "plan": true, "suggest": true, "urge": true, "need": true, "explore": true, "pursue": true})

// settlingResolution reports "resolution" at k in the sense of settling
// something ("the resolution of a dispute with the NASD", "a resolution to
// this problem") or the budget's stopgap ("a continuing resolution"), not
// a body's resolution.
func settlingResolution(s *sent, k int) bool {
	if w := s.w(k); w != "resolution" && w != "resolutions" {
		return false
	}
	if s.w(k-1) == "continuing" {
		return true
	}
	if p := s.w(k + 1); p != "of" && p != "to" {
		return false
	}
	for j := k + 2; j < len(s.Tokens) && j <= k+6 && !s.breaks(j); j++ {
		if settledThings.Has(s.w(j)) {
			return true
		}
	}
	return false
}

// settledThings are what a resolution in the sense of settling settles.
var settledThings = wordset.Of(map[string]bool{"dispute": true, "disputes": true, "disagreement": true, "issue": true, "issues": true,
	"matter": true, "matters": true, "problem": true, "problems": true, "suit": true, "suits": true, "challenge": true,
	"challenges": true, "conflict": true, "crisis": true, "case": true, "question": true, "difficulties": true, "claims": true,
	"differences": true, "situation": true, "litigation": true, "impasse": true, "deadlock": true})

// informed reports "advise" at k telling or counselling its object rather
// than asking it to act: no "to" and a verb after the one advised
// ("advised the union the plants were distressed", "hired to advise Santa
// Fe in the merger", "advised by Soros"); "advised Brask to sell" asks.
func informed(s *sent, k int) bool {
	switch s.w(k) {
	case "advise", "advised", "advises", "advising":
	default:
		return false
	}
	ps := s.parsed()
	for j := k + 1; j+1 < len(s.Tokens) && j <= k+8 && !s.breaks(j); j++ {
		if s.w(j) == "to" && ps.POS[j+1] == "VB" {
			return false
		}
	}
	return true
}

// dealStruck reports "struck" at k in the passive with a deal as its
// subject: "a deal was struck with E.F. Hutton".
func dealStruck(s *sent, k int) bool {
	if w := s.w(k); w != "struck" || k < 2 {
		return false
	}
	if b := s.w(k - 1); b != "was" && b != "were" && b != "been" && b != "be" {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-5; j-- {
		switch s.w(j) {
		case "deal", "deals", "agreement", "agreements", "accord", "bargain", "compromise", "pact":
			return true
		}
	}
	return false
}

// approveWords are the verbs of a body that clears a deal others make.
var approveWords = wordset.Of(map[string]bool{"approve": true, "approves": true, "approved": true, "approving": true,
	"clear": true, "clears": true, "cleared": true, "clearing": true, "authorize": true, "authorizes": true, "authorized": true,
	"authorise": true, "authorises": true, "authorised": true})

// regulatorWords in a body's name make it a regulator, a court or a
// government office.
var regulatorWords = wordset.Of(map[string]bool{"department": true, "ministry": true, "court": true, "commission": true,
	"reserve": true, "agency": true, "authority": true, "administration": true, "bureau": true,
	"comptroller": true, "treasury": true})

// dropApprovers takes out of an agreement the state or public body whose
// approval of it the sentence tells: "the Federal Reserve Board approved
// the acquisition of Coastal by Suffield", "the Japanese finance ministry
// is expected to approve the deal" clear a deal that others make (a firm
// whose board or holders approve its own merger stays its side, and a
// state approving a pact with another state is a side of it).
func (d *doc) dropApprovers(e *eventMention) {
	ps := e.s.parsed()
	for _, cl := range ps.Clauses {
		if !approveWords.Has(e.s.w(cl.Head)) {
			continue
		}
		// the deal the body approves: the trigger is the verb or in its
		// object, or, passive, in its subject ("was approved by the court")
		deal, by := cl.Object, cl.Subject
		if cl.Passive {
			deal, by = cl.Subject, cl.Agent
		}
		if e.k != cl.Head && !slices.ContainsFunc(deal, func(np syntax.NounPhrase) bool { return np.Start <= e.k && e.k <= np.End }) {
			continue
		}
		states := 0
		for a := range e.participants {
			if d.ents[a].Type == graph.Country {
				states++
			}
		}
		for _, a := range d.partiesOf(e.s, by) {
			if _, ok := e.participants[a]; !ok {
				continue
			}
			if ent := d.ents[a]; ent.Type == graph.Country && states == 1 || ent.Type == graph.Organization && regulator(ent.Name) {
				e.drop(a)
			}
		}
	}
}

// regulator reports a body's name that holds a word of a regulator, a
// court or a government office: "U.S. Department of Transportation",
// "Federal Reserve Board", "U.S. Bankruptcy Court".
func regulator(name string) bool { return nameHas(name, regulatorWords) }

// definiteTransaction is the token of "the transaction" ("this proposed
// transaction", "the cash transaction") in s, or -1: not "a transaction
// with Vulcan", "the Forum transaction", "the transaction costs". It reads
// the words alone: most sentences it looks at have no parse.
func definiteTransaction(s *sent) int {
	for k := range s.Tokens {
		if s.w(k) != "transaction" || s.mentionAt(k+1) != nil {
			continue
		}
		j := k - 1
		if w := s.w(j); isLowerWord(s.raw(j)) && w != "the" && w != "this" && w != "that" && !isPreposition(w) && !strings.HasSuffix(w, "ing") && s.mentionAt(j) == nil {
			j-- // "the proposed transaction", "the cash transaction"
		}
		switch s.w(j) {
		case "the", "this", "that":
		default:
			continue
		}
		switch s.w(k + 1) {
		case "costs", "fees", "tax", "price", "with", "between":
		default:
			return k
		}
	}
	return -1
}

// threatWords name a threat or a warning as such.
var threatWords = wordset.Of(map[string]bool{"threat": true, "threats": true, "threaten": true, "threatens": true,
	"threatened": true, "threatening": true, "warn": true, "warns": true, "warned": true, "warning": true, "vowed": true, "vows": true})

// silenceVerbs are what one refuses to do in declining to speak: "refused
// to comment", "refused to elaborate".
var silenceVerbs = wordset.Words("comment", "elaborate", "say", "discuss", "specify", "disclose", "speculate", "confirm", "identify", "answer")

// silenced reports a verb of speaking at k that one refuses ("refused to
// comment", "refused to give details", "refused to give him information";
// not "refused to give in to pressure").
func silenced(s *sent, k int) bool {
	if silenceVerbs.Has(s.w(k)) {
		return true
	}
	if s.w(k) != "give" {
		return false
	}
	for j := k + 1; j <= k+3; j++ {
		if w := s.w(j); w == "details" || w == "information" || w == "figures" || w == "comment" {
			return true
		}
	}
	return false
}

// rejectWords name a refusal as such: a guess at one ("analysts
// speculated the managements would not tolerate Icahn") is none, a
// refusal reported ("traders said Japan rejected the offer") is.
var rejectWords = wordset.Of(map[string]bool{"rejected": true, "rejects": true, "reject": true, "rejection": true,
	"refused": true, "refuses": true, "refuse": true, "vetoed": true, "veto": true, "opposed": true, "opposes": true,
	"opposition": true, "blocked": true, "turned": true, "declined": true, "spurned": true, "rebuffed": true})

// fearWords tell what someone fears or believes another may do.
var fearWords = wordset.Of(map[string]bool{"fear": true, "fears": true, "feared": true, "believe": true, "believes": true,
	"believed": true, "think": true, "thinks": true, "suspect": true,
	"suspects": true, "worry": true, "worried": true, "speculate": true, "speculated": true, "doubt": true, "doubts": true})

// observerWords are people who watch a market and guess what parties do.
var observerWords = wordset.Of(map[string]bool{"analysts": true, "analyst": true, "exporters": true, "importers": true,
	"traders": true, "dealers": true, "economists": true, "observers": true, "bankers": true, "brokers": true,
	"experts": true, "exporter": true, "trader": true, "dealer": true, "economist": true})

// guessedThreat reports a threat (or a refusal) read from an act a party
// may or will do that others guess at, which the party has made no threat
// of:
// "exporters fear China may renounce its contract with France", "China
// could cancel the contract, traders said" (not "threatened to", "warned",
// nor a party's own "would retaliate, Yeutter said").
func guessedThreat(e *eventMention, c *claims) bool {
	s := e.s
	if threatWords.Has(s.w(e.k)) {
		return false
	}
	for j := e.k - 1; j >= 0 && j >= e.k-12; j-- {
		if fearWords.Has(s.w(j)) {
			return true
		}
		if speechVerbs[s.w(j)] || thatVerbs[s.w(j)] {
			break
		}
	}
	for _, q := range c.quotes {
		if q.Speaker == "" && q.Evidence.Start <= s.Tokens[e.k].Start && s.Tokens[e.k].Start < q.Evidence.End {
			for _, w := range strings.Fields(strings.ToLower(q.UnnamedSpeaker)) {
				if observerWords.Has(w) {
					return true
				}
			}
		}
	}
	return false
}

// thingThreatens reports a threat told by "threaten" at k (or by the verb
// a "threaten" at k governs) whose subject is a thing, no one who could
// threaten: "Severe drought ... threatens to reduce the tea crop", "the
// sales of Soviet mercury were threatening jobs", "That perception
// threatened to condemn him", "was threatened by a growing dependence". A
// danger told, no party's threat.
func (r *Relater) thingThreatens(s *sent, k int) bool {
	ps := s.parsed()
	for _, cl := range ps.Clauses {
		v := cl.Head
		switch {
		case cl.Governor >= 0 && (cl.Governor == k || cl.Head == k):
			v = cl.Governor
		case cl.Head != k:
			continue
		}
		if !threatenForms.Has(ps.Lower(v)) {
			continue
		}
		if cl.Passive {
			// "the United States was threatened by a growing dependence on
			// oil imports": a danger told by its "by" phrase
			return r.thingAgent(s, ps, &cl)
		}
		if len(cl.Subject) == 0 {
			return false
		}
		for _, np := range cl.Subject {
			if s.mentionAt(np.Head) != nil || r.agentHead(ps, np.Head) {
				return false
			}
		}
		// a relative clause's subject is the word its pronoun follows:
		// "shares from Donald Trump, who had threatened a takeover"
		for j := cl.Verb.Start - 1; j >= 1 && j >= cl.Verb.Start-3; j-- {
			if w := ps.Lower(j); w == "who" || w == "which" || w == "that" {
				a := j - 1
				if ps.Words[a] == "," && a > 0 {
					a--
				}
				return s.mentionAt(a) == nil && !r.agentHead(ps, a)
			}
		}
		return true
	}
	return false
}

// thingAgent tells whether every "by" phrase of a passive clause names a
// thing, not a party: no name in it, and its head no word of a person or a
// body that acts ("rebels", "troops", "officials") nor a pronoun.
// Nor is a name anywhere after it up to the clause's end, where its
// author may be ("shocked by the ratings of X by Standard and Poor's").
func (r *Relater) thingAgent(s *sent, ps *syntax.Sentence, cl *syntax.Clause) bool {
	for _, np := range cl.Agent {
		if r.agentHead(ps, np.Head) || sectorOf(ps.Words[np.Head]) != "" {
			return false
		}
	}
	if len(cl.Agent) == 0 {
		return false
	}
	for k := cl.Agent[0].Start; k < max(cl.End, cl.Agent[len(cl.Agent)-1].End); k++ {
		if s.mentionAt(k) != nil {
			return false
		}
	}
	return true
}

// threatenedAct reports the verb at k as the "to" infinitive of a verb of
// threatening or vowing: "threatened to protest", "vowed to strike".
func threatenedAct(s *sent, k int) bool {
	if s.w(k-1) != "to" {
		return false
	}
	w := s.w(k - 2)
	return threatenForms.Has(w) || w == "vow" || w == "vows" || w == "vowed"
}

// threatenForms are the forms of the verb "threaten".
var threatenForms = wordset.Of(map[string]bool{"threaten": true, "threatens": true, "threatened": true, "threatening": true})

// agentHead reports a noun phrase head that names someone who can act: a
// pronoun, a name the entities missed, a title, or a word for people or a
// body ("officials", "the union", "the government", "rebels").
func (r *Relater) agentHead(ps *syntax.Sentence, h int) bool {
	w := ps.Lower(h)
	if ps.POS[h] == "PRP" || ps.Words[h] != w || r.titleKind(w) != kindNone {
		return true
	}
	one := strings.TrimSuffix(w, "s")
	if strings.HasSuffix(w, "ies") {
		one = strings.TrimSuffix(w, "ies") + "y"
	}
	for _, x := range []string{w, one} {
		if personNouns.Has(x) || bodyNouns.Has(x) || antecedentNouns.Has(x) || labourWords.Has(x) || publicBodyWords.Has(x) ||
			orgKindWords.Has(x) || askedNouns.Has(x) || agentNouns.Has(x) {
			return true
		}
	}
	return false
}

// agentNouns are more words for people and bodies that act.
var agentNouns = wordset.Of(map[string]bool{"rebel": true, "guerrilla": true, "troop": true, "army": true, "force": true,
	"leader": true, "producer": true, "farmer": true, "nation": true, "state": true, "trader": true, "shareholder": true,
	"director": true, "management": true, "lawmaker": true, "legislator": true, "opposition": true, "exporter": true,
	"importer": true, "buyer": true, "seller": true, "creditor": true, "lender": true, "supplier": true, "militant": true,
	"faction": true, "military": true, "navy": true, "police": true, "people": true, "man": true, "men": true,
	"delegate": true, "delegation": true, "investor": true, "owner": true, "bidder": true, "suitor": true, "raider": true,
	"holder": true, "partner": true, "ally": true, "regime": true, "cabinet": true, "consumer": true, "member": true})

// goneWords before a place tell where a party went or was: "arrived in
// Algiers", "went to Wellington", "left Bonn".
var goneWords = wordset.Of(map[string]bool{"in": true, "to": true, "at": true, "left": true, "reached": true, "visited": true, "into": true})

// goneVerbs of going and arriving may stand between the place and the
// talks it is gone to: "on his way to Tokyo, where he is to arrive on
// Sunday for talks".
var goneVerbs = wordset.Of(map[string]bool{"arrive": true, "arrived": true, "arrives": true, "arriving": true, "go": true,
	"goes": true, "went": true, "going": true, "fly": true, "flew": true, "flying": true, "travel": true, "travelled": true,
	"traveled": true, "travelling": true, "traveling": true, "due": true, "be": true, "is": true, "was": true, "are": true, "were": true})

// placeGoneFor is where talks or a meeting named as a purpose of a party's
// going or being happen, or as what it did before it left: "arrived in
// Algiers at the head of a large delegation for talks", "Yeutter, in New
// Zealand for informal GATT ministerial talks", "would go to Wellington
// for talks with New Zealand", "left Bonn early yesterday evening after
// talks with Kohl", "has just left Riyadh after holding preliminary
// talks"; -1 when the sentence says no such thing (not "on his way to
// China after attending a conference", nor "suspending protests to allow
// time for negotiations").
func (d *doc) placeGoneFor(s *sent, e *eventMention) int {
	if e.verbal || e.typ != "talks" && e.typ != "meeting" && e.typ != "summit" {
		return -1
	}
	if !slices.ContainsFunc(s.lw[max(0, e.k-5):e.k], func(w string) bool { return w == "for" || w == "after" }) {
		return -1 // (the sentence is parsed only when its tags can tell)
	}
	ps := s.parsed()
	verb := func(q int) bool { return q < len(ps.POS) && (strings.HasPrefix(ps.POS[q], "VB") || ps.POS[q] == "MD") }
	p := e.k - 1
	for p >= 0 && e.k-p <= 5 && s.w(p) != "for" && s.w(p) != "after" && !s.breaks(p) && (!verb(p) || s.w(p) == "holding") {
		p--
	}
	if s.w(p) != "for" && s.w(p) != "after" {
		return -1
	}
	for q := p - 1; q >= 0 && p-q <= 10; q-- {
		if m := s.mentionAt(q); m != nil {
			if t := d.ents[m.ent].Type; (placeType(t) || t == graph.Country) && (s.w(m.first-1) == "left" || s.w(p) == "for" && goneWords.Has(s.w(m.first-1))) {
				return m.ent
			}
			q = m.first
			continue
		}
		if w := s.w(q); w == ";" || w == "." || triggers[w].verbal || verb(q) && !goneVerbs.Has(w) {
			break
		}
	}
	return -1
}

// financeWords after a call or a request make it a step of finance: "called
// for the redemption of its debentures", "called for a rights issue",
// "asked them to submit bids", "asked S.G. Warburg to arrange a facility".
var financeWords = wordset.Of(map[string]bool{"redemption": true, "redeemption": true, "rights": true, "prepayment": true,
	"conversion": true, "bids": true, "tenders": true, "arrange": true, "underwrite": true, "lead-manage": true})

// financeCall reports an appeal read from "call" or "ask" at k whose next
// few words are a step of finance, no appeal to a party (GUIDE.md:
// ordinary business).
func financeCall(s *sent, k int) bool {
	switch w := s.w(k); {
	case strings.HasPrefix(w, "call"), strings.HasPrefix(w, "ask"):
	default:
		return false
	}
	for j := k + 1; j < len(s.Tokens) && j <= k+8 && !s.breaks(j); j++ {
		if financeWords.Has(s.w(j)) && (s.w(j) != "rights" || s.w(j+1) == "issue" || s.w(j+1) == "offering") {
			return true
		}
	}
	return false
}

// opposesPolicy reports "oppose" at k before a policy named in general, with
// no determiner: "President Reagan opposes tax increases", "he opposed
// import subsidies or tariffs", "is opposed to new taxes": a standing view,
// no party's proposal or demand rejected (GUIDE.md), where "opposed the
// plan", "opposes the EC's proposal" reject one.
func opposesPolicy(s *sent, k int) bool {
	switch s.w(k) {
	case "oppose", "opposes", "opposed", "opposing":
	default:
		return false
	}
	j := k + 1
	if s.w(j) == "to" {
		j++
	}
	w := s.w(j)
	if !isLowerWord(s.raw(j)) || determiners.Has(w) || s.mentionAt(j) != nil {
		return false
	}
	switch w {
	case "a", "this", "that", "such", "any", "it", "them", "him", "her", "by", "recent", "proposed":
		return false // "opposed by the Commerce Department", "opposed to proposed limits": another's act or proposal
	}
	for n := j; n < len(s.Tokens) && n <= j+3 && !s.breaks(n); n++ {
		if blockedNouns.Has(s.w(n)) || s.w(n) == "suggestions" || s.w(n) == "limits" {
			return false // "opposes proposals to require", "opposed deficit reduction proposals"
		}
	}
	return true
}

// rejectedBid gives a refusal of "the offer" or "the bid" that names no
// bidder the bidder of the last bid told in the three sentences before
// ("Regal made an offer for Bell. … Bell's board rejected the offer"),
// when that bid is aimed at the one who refuses it.
func (d *doc) rejectedBid(e *eventMention) {
	s := e.s
	told := false
	for j := e.end; j < len(s.Tokens) && j <= e.end+4 && !s.breaks(j); j++ {
		if offerNouns.Has(s.w(j)) && (s.w(j-1) == "the" || s.w(j-1) == "that" || s.w(j-1) == "this") {
			told = true
			break
		}
	}
	if !told {
		return
	}
	for i := len(d.bids) - 1; i >= 0; i-- {
		b := d.bids[i]
		if b.s.idx >= s.idx {
			continue
		}
		if b.s.idx < s.idx-3 {
			return
		}
		for _, a := range e.order {
			if e.participants[a] == graph.RoleActor && b.participants[a] == graph.RoleTarget {
				for _, p := range b.order {
					if b.participants[p] == graph.RoleActor {
						e.add(p, graph.RoleTarget)
					}
				}
				return
			}
		}
		return
	}
}

// subjectTimeNouns head phrases of time the tagger may read as a subject.
var subjectTimeNouns = wordset.Of(map[string]bool{"past": true, "year": true, "years": true, "week": true, "weeks": true, "month": true,
	"months": true, "time": true, "day": true, "days": true, "future": true, "meantime": true})

// unnamedSubject reports a verb at k whose clause has, by the parse, a
// subject of plain nouns that names no one ("cases where authorities
// refused to take part"): no name further back acts.
func unnamedSubject(s *sent, k int) bool {
	ps := s.parsed()
	for _, cl := range ps.Clauses {
		if k < cl.Verb.Start || k >= cl.Verb.End || cl.Passive || len(cl.Subject) == 0 {
			continue
		}
		if cl.Tense == "" || !strings.HasPrefix(ps.POS[cl.Verb.Start], "VB") || ps.POS[cl.Verb.Start] == "VBN" || ps.POS[cl.Verb.Start] == "VBG" ||
			cl.Subject[len(cl.Subject)-1].End != cl.Verb.Start {
			return false // only a finite verb right after its subject ("authorities refused"), not a participle's noun
		}
		if h := ps.Lower(cl.Subject[len(cl.Subject)-1].Head); eventNoun(h) || subjectTimeNouns.Has(h) {
			return false // "an agreement signed last year", "has in the past rejected": a participle, a time the tagger misread
		}
		for _, np := range cl.Subject {
			for i := np.Start; i < np.End; i++ {
				if s.mentionAt(i) != nil || !isLowerWord(s.raw(i)) || standInWords.Has(s.w(i)) || antecedentNouns.Has(s.w(i)) {
					return false
				}
			}
		}
		return true
	}
	return false
}

// unnamedPresser reports whether the one who presses or pushes for
// something at token k is a common noun that names no party ("miners
// … went on strike to press for higher wages", "consumers press for"):
// the subject of the verb's clause, or of the verb governing its
// infinitive, is neither a name nor a word standing for one.
func unnamedPresser(s *sent, k int) bool {
	ps := s.parsed()
	for _, cl := range ps.Clauses {
		if k < cl.Verb.Start || k >= cl.Verb.End {
			continue
		}
		subj := cl.Subject
		if len(subj) == 0 && cl.Governor >= 0 {
			for _, g := range ps.Clauses {
				if g.Verb.Start <= cl.Governor && cl.Governor < g.Verb.End {
					subj = g.Subject
				}
			}
		}
		if len(subj) == 0 || cl.Passive {
			return false
		}
		for _, np := range subj {
			if np.Start > 0 && s.w(np.Start-1) == "by" {
				return true // "miners employed by Comibol went": the name is a participle's agent, the subject before it
			}
			for j := np.Start; j < np.End; j++ {
				m := s.mentionAt(j)
				if m == nil {
					continue
				}
				b := m.first - 1
				if determiners.Has(s.w(b)) {
					b-- // "arm of the Socialist party"
				}
				if !s.possessive(m.last) && !afterPreps.Has(s.w(b)) {
					return false
				}
			}
			if standInWords.Has(ps.Lower(np.Head)) {
				return false
			}
		}
		return true
	}
	return false
}

// personJustBefore reports a person's name ending right before token k,
// or before a comma there: "Jon Vik agreed", "a board member, Jon Vik,
// agreed".
func personJustBefore(s *sent, k int) bool {
	j := k - 1
	if s.w(j) == "," {
		j--
	}
	m := s.mentionAt(j)
	return m != nil && m.last == j+1 && m.m.Label == graph.LabelPER
}

// refusedLeave reads "refused to let X do Y", "refused to allow X to do
// Y": X is who is refused (the rejection's target, 12x), and Y is not
// done (no event of its own).
func (d *doc) refusedLeave(s *sent, evs []*eventMention) []*eventMention {
	for _, e := range evs {
		if e.typ != "reject" || !e.verbal || !strings.HasPrefix(s.w(e.k), "refus") {
			continue
		}
		j := e.end
		for j < len(s.Tokens) && j < e.end+4 && s.w(j) != "to" {
			j++ // (past "on Thursday", "again")
		}
		if s.w(j) != "to" || !leaveVerbs.Has(s.w(j+1)) {
			continue
		}
		from := j + 2
		t := -1
		for k := from; k < len(s.Tokens) && k < from+8; k++ {
			if m := s.mentionAt(k); m != nil && actorType(d.ents[m.ent].Type) {
				if s.w(m.last) == "-" || m.m.End < len(d.body) && d.body[m.m.End] == '-' {
					break // "refused to allow Drexel-issued bonds as collateral": a name qualifying a thing
				}
				t = m.ent
				for c := m.last; c < len(s.Tokens) && c < m.last+5 && s.mentionAt(c) == nil; c++ {
					if s.w(c) != "," {
						continue
					}
					if o := s.mentionAt(c + 1); o != nil && d.ents[o.ent].Type == graph.Person {
						t = o.ent // the name in apposition: "the ASEAN special envoy, Erywan Yusof, meet"
					}
					break
				}
				break
			}
		}
		if t < 0 || e.participants[t] != "" {
			continue
		}
		e.add(t, graph.RoleTarget)
		// what the one refused would have done is not done
		evs = slices.DeleteFunc(evs, func(o *eventMention) bool { return o != e && o.k > j+1 && o.k < j+14 && o.status != "planned" })
		return evs
	}
	return evs
}

// leaveVerbs give leave to act: "let", "allow", "permit".
var leaveVerbs = wordset.Of(map[string]bool{"let": true, "allow": true, "permit": true})

// occasionOpeners open a phrase that sets a sentence at a meeting or talks:
// "At last week's talks, …", "In a 30-minute meeting, …".
var occasionOpeners = wordset.Words("in", "at", "during", "after", "following")

// speechNouns are one's own words to an audience, no meeting.
var speechNouns = wordset.Words("speech", "address", "remarks", "testimony", "interview", "lecture")

// ownOccasionWords before a meeting make it a body's own, with the
// owners' words of shareholdersMeeting: "At the company's annual
// meeting", "At today's Cabinet meeting", "at a general meeting".
var ownOccasionWords = wordset.Words("company's", "board", "cabinet", "general")

// ownMeetingWord reports a word that makes a meeting a body's own.
func ownMeetingWord(w string) bool { return ownersMeetingWords.Has(w) || ownOccasionWords.Has(w) }

// occasionParties are the parties of talks or a meeting that opens its
// sentence as a phrase set off by a comma and names no party of its own:
// those the clause after the comma names as its subject, and as the
// object its verb acts on ("In high-level talks last week, the U.S.
// criticised Japan's fiscal policy": the United States and Japan; "At a
// meeting in Paris last month, Britain, Canada and France agreed to
// cooperate"). A body's own meeting ("At the company's annual meeting")
// and a claim's object ("… officials said Japan's …") give none.
func (d *doc) occasionParties(s *sent, e *eventMention) []int {
	if e.verbal || e.typ != "meeting" && e.typ != "talks" && e.typ != "summit" {
		return nil
	}
	f := s.firstWord()
	if !occasionOpeners.Has(s.w(f)) || e.k-f > 8 || e.k <= f {
		return nil
	}
	comma := -1
	for j := f + 1; j < len(s.Tokens) && j <= e.k+8; j++ {
		if s.w(j) == "," {
			comma = j
			break
		}
		if j > f+1 && j < e.k && (s.breaks(j) || s.mentionAt(j) != nil) {
			return nil // "After talks with Japan": a party of their own, read as such
		}
	}
	if comma < e.k {
		return nil
	}
	ps := s.parsed()
	for j := f + 1; j < comma; j++ {
		if j < e.k && (ownMeetingWord(s.w(j)) || speechNouns.Has(s.w(j))) || j > e.k && strings.HasPrefix(ps.POS[j], "VB") {
			// "In a speech to a meeting of executives" (a speech is no
			// meeting), "After the meeting broke up," (a clause of its own)
			return nil
		}
	}
	for _, cl := range ps.Clauses {
		if cl.Verb.Start <= comma || len(cl.Subject) == 0 || cl.Subject[0].Start != comma+1+b2i(s.w(comma+1) == "the") && cl.Subject[0].Start != comma+1 || cl.Passive {
			continue
		}
		out := d.distinctParties(s, cl.Subject)
		if len(out) == 0 {
			return nil
		}
		if v := ps.Lower(cl.Head); (!speechVerbSet.Has(v) || v == "told" || v == "tells") && len(cl.Object) > 0 {
			// the one the verb acts on: "criticised Japan's policy", "told
			// Finance Minister Dilson Funaro the bank would consider"
			o := cl.Object[0]
			m := s.mentionAt(o.Head)
			if m == nil || !actorType(d.ents[m.ent].Type) {
				m = nil
				if q := s.mentionAt(o.Start + b2i(s.w(o.Start) == "the")); q != nil && s.possessive(q.last) {
					m = q
				}
			}
			if m != nil && actorType(d.ents[m.ent].Type) && !slices.Contains(out, m.ent) {
				out = append(out, m.ent)
			}
		}
		return out
	}
	return nil
}

// roleInWords name a part one may seek or play in talks without being
// their side: "a deeper role in the talks", "spoiler in the talks".
var roleInWords = wordset.Words("role", "roles", "spoiler", "say", "voice", "stake", "interest", "seat", "influence", "hand")

// phraseParties are the parties of talks or a meeting named in a phrase
// of "in", "at" or "during" after a clause's verb, where the talks name
// no party of their own: the clause's subject takes part in them ("Brazil
// and its creditors failed to make progress in the debt talks"; "made
// progress in the talks" read the same through its light verb).
func (d *doc) phraseParties(s *sent, e *eventMention) []int {
	if e.verbal || e.typ != "meeting" && e.typ != "talks" {
		return nil
	}
	if e.typ == "meeting" && (s.w(e.k-1) == "in" || s.w(e.k-1) == "at") && isLowerWord(s.raw(e.k+1)) && !isPreposition(s.w(e.k+1)) {
		return nil // "difficulties in meeting export commitments": a verb's gerund, no meeting
	}
	p := e.k - 1
	for n := 0; n < 3 && p > 0 && isLowerWord(s.raw(p)) && s.mentionAt(p) == nil && !isPreposition(s.w(p)); n++ {
		if ownersMeetingWords.Has(s.w(p)) || s.w(p) == "general" {
			return nil // "will retire at the annual meeting": the owners', no party's
		}
		p--
	}
	if w := s.w(p); w != "in" && w != "at" && w != "during" {
		return nil
	}
	if roleInWords.Has(s.w(p - 1)) {
		return nil // "is seeking a deeper role in the stalled talks", "played spoiler in the talks": a part sought, not taken
	}
	if s.w(e.k-1) == "board" || s.w(e.k+1) == "of" && slices.ContainsFunc(s.lw[e.k+1:min(e.k+5, len(s.lw))], func(w string) bool { return w == "board" || w == "directors" }) {
		return nil // "at a meeting of its executive board", "at their regular board meeting": a body's own, no side's (GUIDE.md)
	}
	ps := s.parsed()
	c := -1
	for i, cl := range ps.Clauses {
		if cl.Verb.End <= p {
			c = i
		}
	}
	if c < 0 {
		return nil
	}
	cl := ps.Clauses[c]
	if cl.Passive || len(cl.Subject) == 0 || speechVerbSet.Has(ps.Lower(cl.Head)) || beForms.Has(ps.Lower(cl.Head)) {
		return nil // (not "South Africa had not been an issue in the talks": what they were about)
	}
	for j := cl.Verb.End; j < p; j++ {
		if s.breaks(j) {
			return nil
		}
	}
	return d.distinctParties(s, cl.Subject)
}
