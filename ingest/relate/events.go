package relate

import (
	"sort"
	"strings"

	"actorgraph/graph"
	"actorgraph/ingest/timex"
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
	"meeting": {"meeting", 0.5, false}, "met": {"meeting", 0.5, true}, "meet": {"meeting", 0.45, true},
	"meets": {"meeting", 0.5, true}, "get-together": {"meeting", 0.4, false},
	"visit": {"visit", 0.5, false}, "visits": {"visit", 0.5, true}, "visited": {"visit", 0.6, true},
	"visiting": {"visit", 0.5, true}, "arrived": {"visit", 0.5, true}, "arrival": {"visit", 0.5, false},
	"trip": {"visit", 0.4, false}, "toured": {"visit", 0.5, true},
	"hosted": {"hostVisit", 0.5, true}, "hosting": {"hostVisit", 0.5, true},
	"talks": {"talks", 0.5, false}, "negotiations": {"talks", 0.5, false}, "negotiated": {"talks", 0.5, true},
	"demand": {"demand", 0.35, false}, "demands": {"demand", 0.35, false}, "demanded": {"demand", 0.5, true},
	"urged": {"appeal", 0.45, true}, "appealed": {"appeal", 0.5, true},
	"resolution": {"resolution", 0.6, false},
	"sanctions":  {"sanctions", 0.55, false}, "sanctioned": {"sanctions", 0.55, true}, "embargo": {"sanctions", 0.55, false},
	"repatriation": {"repatriation", 0.6, false}, "repatriated": {"repatriation", 0.65, true},
	"repatriate": {"repatriation", 0.55, true}, "repatriating": {"repatriation", 0.55, true},
	"sent home": {"repatriation", 0.55, true}, "send home": {"repatriation", 0.5, true},
	"deported": {"repatriation", 0.6, true}, "expelled": {"repatriation", 0.6, true},
	"proposal": {"proposal", 0.55, false}, "proposed": {"proposal", 0.55, true}, "proposes": {"proposal", 0.55, true},
	"railroad link": {"proposal", 0.4, false}, "rail link": {"proposal", 0.4, false},
	"gas pipeline": {"proposal", 0.4, false}, "pipeline": {"proposal", 0.35, false},
	"agreement": {"agreement", 0.55, false}, "agreed": {"agreement", 0.5, true}, "signed": {"agreement", 0.55, true},
	"treaty": {"agreement", 0.5, false}, "accord": {"agreement", 0.5, false}, "deal": {"agreement", 0.4, false},
	"aid": {"aid", 0.45, false}, "assistance": {"aid", 0.4, false},
	"rejected": {"reject", 0.55, true}, "rejects": {"reject", 0.5, true}, "refused": {"reject", 0.5, true},
	"threatened": {"threat", 0.55, true}, "threatens": {"threat", 0.5, true}, "threat": {"threat", 0.4, false},
	"protest": {"protest", 0.45, false}, "protested": {"protest", 0.5, true},
	"invasion": {"militaryAction", 0.65, false}, "invaded": {"militaryAction", 0.65, true},
	"invades": {"militaryAction", 0.65, true}, "attack": {"militaryAction", 0.5, false},
	"attacked": {"militaryAction", 0.55, true}, "airstrike": {"militaryAction", 0.6, false},
	"airstrikes": {"militaryAction", 0.6, false}, "bombed": {"militaryAction", 0.6, true},
	"tested": {"militaryAction", 0.4, true}, "launched": {"militaryAction", 0.4, true},
	"cooperation": {"cooperation", 0.45, false},
}

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
var negations = map[string]bool{"not": true, "n't": true, "never": true, "cannot": true, "no": true}

// mention of an event in one sentence, before merging.
type eventMention struct {
	typ, status  string
	strength     float64
	verbal       bool
	k, end       int // trigger tokens [k, end)
	s            *sent
	date         timex.Date
	location     int // entity index, -1 for none
	participants map[int]string
	order        []int
	attributed   string
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
func (r *Relater) events(d *doc, c *claims) []graph.Event {
	var all []*eventMention
	for _, s := range d.sents {
		all = append(all, r.sentenceEvents(d, s, c)...)
	}
	merged := mergeEvents(all)
	var out []graph.Event
	for _, e := range merged {
		if len(e.participants) == 0 && (e.location < 0 || e.date.IsZero()) {
			continue
		}
		out = append(out, d.toEvent(e))
	}
	return out
}

// triggersIn finds the triggers of s, longest phrase first.
func (s *sent) triggersIn() []*eventMention {
	var out []*eventMention
	for k := 0; k < len(s.Tokens); k++ {
		n, t, ok := 2, triggers[s.w(k)+" "+s.w(k+1)], false
		if t.typ != "" {
			ok = true
		} else if t, ok = triggers[s.w(k)]; ok {
			n = 1
		}
		if !ok || s.mentionAt(k) != nil {
			continue
		}
		switch {
		case t.typ == "sanctions" && (s.w(k+1) == "relief" || s.w(k-1) == "lifting"):
			continue
		case !t.verbal && n == 1 && personNouns[s.w(k+1)]:
			// "a sanctions analyst": the word names a trade, not an event
			continue
		case t.typ == "proposal" && n+k <= len(s.Tokens) && !s.anyOf(hopeCues) && !strings.HasPrefix(s.w(k), "propos"):
			continue
		case s.negated(k, t.verbal):
			continue
		}
		out = append(out, &eventMention{typ: t.typ, strength: t.strength, verbal: t.verbal, k: k, end: k + n, s: s, location: -1})
		k += n - 1
	}
	return out
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
			if negations[s.w(j)] || strings.HasSuffix(s.w(j), "n't") {
				return true
			}
		}
		return false
	}
	if s.w(k+1) == "that" {
		for j := k + 2; j < len(s.Tokens) && j <= k+8 && !s.breaks(j); j++ {
			if negations[s.w(j)] || strings.HasSuffix(s.w(j), "n't") {
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

// sentenceEvents reads the event mentions of one sentence.
func (r *Relater) sentenceEvents(d *doc, s *sent, c *claims) []*eventMention {
	evs := s.triggersIn()
	if len(evs) == 0 {
		return nil
	}
	for i, e := range evs {
		next := len(s.Tokens)
		if i+1 < len(evs) {
			next = evs[i+1].k
		}
		r.location(d, s, e)
		r.participants(d, s, e, next)
		e.status = status(s, e)
		e.attributed = c.attribution(s.Tokens[e.k].Start)
	}
	assignDates(s, evs)
	for _, e := range evs {
		if e.status == "" || e.status == "happened" {
			if e.date.Precision == timex.Day && !d.ref.IsZero() && e.date.Value > d.published() {
				e.status = "planned"
			}
		}
	}
	return evs
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
	if e.typ == "visit" && s.mentionAt(j) != nil {
		// "visited Moscow": the visited place is the direct object
		if t := d.ents[s.mentionAt(j).ent].Type; placeType(t) || t == graph.Country {
			e.location = s.mentionAt(j).ent
		}
		return
	}
	// "in <Place>" after the trigger and its objects: "met Mr. Macron in
	// Paris"; a visit is also "to" its place
	for ; j < len(s.Tokens) && j <= e.end+6 && !s.breaks(j); j++ {
		if s.w(j) != "in" && s.w(j) != "at" && !(e.typ == "visit" && s.w(j) == "to") {
			continue
		}
		k := j + 1
		if s.w(k) == "the" {
			k++
		}
		if m := s.mentionAt(k); m != nil {
			t := d.ents[m.ent].Type
			if placeType(t) || e.typ == "visit" && t == graph.Country {
				e.location = m.ent
				return
			}
		}
	}
}

// participants fills actor, target and participant roles from the
// possessor or subject before the trigger and the objects after it, up to
// the next trigger (nextK) or a clause break.
func (r *Relater) participants(d *doc, s *sent, e *eventMention, nextK int) {
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
	for j := e.k - 1; j >= 0 && e.k-j <= 8; j-- {
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
		adjacent := m.last == e.k || s.possessive(m.last) || isDateToken(s, m.last) || s.mentionAt(m.last) != nil && placeType(d.ents[s.mentionAt(m.last).ent].Type)
		// a demonym modifies the noun phrase it opens: "a Russian natural gas pipeline"
		adjacent = adjacent || !e.verbal && m.m.Label == graph.LabelMISC && e.k-m.last <= 2 && plainModifiers(s, m.last, e.k)
		if e.typ == "proposal" && !e.verbal {
			role = graph.RoleParticipant
		}
		if adjacent || e.verbal || lightVerbBefore(s, e.k) {
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
	// after: objects of prepositions and, for verbs, the direct object
	limit := min(len(s.Tokens), e.end+10)
	if e.typ == "resolution" || e.typ == "demand" {
		limit = min(len(s.Tokens), e.end+14)
	} else if nextK < limit {
		limit = nextK
	}
	prep := ""
	if e.verbal {
		prep = "object"
	}
	free := 1 // one word of its own may follow a noun: "sanctions pressure on"
	for j := e.end; j < limit; j++ {
		w := s.w(j)
		if m := s.mentionAt(j); m != nil {
			j = m.last - 1
			if !usable(m) {
				continue
			}
			switch {
			case prep == "with":
				e.add(m.ent, other)
			case prep == "from" && e.typ == "aid":
				e.add(m.ent, graph.RoleActor)
			case prep == "for" || prep == "from" || prep == "through" || prep == "via":
				e.add(m.ent, graph.RoleParticipant)
			case prep == "in" || prep == "at":
				// a place or host, not a party: "talks at the Kremlin"
			case prep != "":
				e.add(m.ent, graph.RoleTarget)
			}
			if prep == "object" {
				prep = ""
			}
			continue
		}
		switch {
		case w == "with" || w == "between":
			prep = "with"
		case afterPreps[w]:
			prep = w
		case w == "and" || determiners[w] || e.typ == "proposal" && proposalFiller[w] || r.titleKind(s.raw(j)) != kindNone || isDateToken(s, j) || isNumber(w):
		case free > 0 && j == e.end && !e.verbal:
			free--
		case j > e.end && triggers[w].typ != "" && (e.typ == "resolution" || e.typ == "demand"):
			// "a resolution ordering the repatriation of …": read on to the target
		case j > e.end && demandCues[w] && (e.typ == "resolution" || e.typ == "demand"):
		default:
			j = limit
		}
	}
	if e.typ == "visit" && e.location >= 0 {
		host := e.location
		if c := d.countryOf(host); c >= 0 {
			host = c
		}
		if actorType(d.ents[host].Type) {
			e.add(host, graph.RoleTarget)
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
				e.add(m.ent, graph.RoleActor)
				break
			}
		}
	}
	if e.typ == "resolution" {
		// resolutions are adopted by a body: the organisation the sentence names
		for _, m := range s.mentions {
			if d.ents[m.ent].Type == graph.Organization && !s.consumed[s.at[m.first]] {
				e.add(m.ent, graph.RoleActor)
				break
			}
		}
	}
}

var afterPreps = map[string]bool{
	"on": true, "against": true, "to": true, "toward": true, "towards": true, "of": true, "over": true,
	"for": true, "from": true, "into": true, "through": true, "via": true, "in": true, "at": true,
}

// proposalFiller words carry a hoped-for project to its route: "a pipeline
// can be built through North Korea".
var proposalFiller = map[string]bool{
	"can": true, "could": true, "would": true, "be": true, "built": true, "constructed": true,
	"run": true, "laid": true, "extended": true, "potentially": true, "linking": true,
}

var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "all": true, "some": true, "both": true, "its": true,
	"their": true, "his": true, "her": true, "more": true, "than": true, "nearly": true,
	"half": true, "two-thirds": true, "one-third": true, "third": true, "quarter": true, "most": true,
	"many": true, "several": true, "thousands": true, "hundreds": true, "dozens": true, "about": true,
}

func isNumber(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// personNouns after a noun trigger make it a modifier of a person.
var personNouns = map[string]bool{
	"analyst": true, "analysts": true, "expert": true, "experts": true, "official": true,
	"officials": true, "envoy": true, "lawyer": true, "specialist": true, "committee": true,
	"negotiator": true, "negotiators": true, "team": true, "teams": true,
}

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

// lightVerbs make a noun trigger their object, so the verb's subject is the
// event's actor: "the European Union imposed sanctions".
var lightVerbs = map[string]bool{
	"imposed": true, "imposes": true, "adopted": true, "adopts": true, "approved": true, "passed": true,
	"announced": true, "announces": true, "held": true, "holds": true, "signed": true, "issued": true,
	"made": true, "proposed": true, "launched": true, "tightened": true, "extended": true,
}

// lightVerbBefore reports whether a light verb governs the noun at k, past
// up to three determiners and modifiers.
func lightVerbBefore(s *sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if lightVerbs[s.w(j)] {
			return true
		}
		if s.breaks(j) || s.mentionAt(j) != nil {
			return false
		}
	}
	return false
}

// countryOf is the article's country entity that a city entity lies in, or -1.
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
	return -1
}

var failCues = map[string]bool{"collapsed": true, "failed": true, "fell": true, "broke": true, "stalled": true}

var demandCues = map[string]bool{
	"ordering": true, "ordered": true, "demanding": true, "demanded": true, "requiring": true,
	"required": true, "urging": true, "calling": true, "demands": true, "demand": true, "orders": true,
}

// status reads whether the event failed, was demanded, is planned or
// happened, from the words around its trigger and the sentence's tense.
func status(s *sent, e *eventMention) string {
	for j := e.end; j < len(s.Tokens) && j <= e.end+12; j++ {
		w := s.w(j)
		if failCues[w] || w == "without" && (s.w(j+1) == "progress" || s.w(j+1) == "agreement" || s.w(j+2) == "agreement" || s.w(j+2) == "deal" || s.w(j+1) == "results") {
			return "failed"
		}
		if j > e.end && triggers[w].typ != "" && s.breaks(j-1) {
			break
		}
	}
	for j := e.k - 1; j >= 0 && j >= e.k-4; j-- {
		if demandCues[s.w(j)] && e.typ != "demand" && e.typ != "resolution" {
			return "demanded"
		}
	}
	if e.typ == "demand" || e.typ == "resolution" {
		return "demanded"
	}
	for j := e.k + 1; j < len(s.Tokens) && j <= e.end+6; j++ {
		switch s.w(j) {
		case "will", "'ll", "’ll", "shall":
			return "planned"
		}
	}
	for j := max(0, e.k-6); j < e.k; j++ {
		switch s.w(j) {
		case "will", "would", "planned", "upcoming", "scheduled", "expected", "hopes", "hope", "could", "can", "may", "might", "eyeing":
			return "planned"
		}
	}
	if e.verbal && (strings.HasSuffix(s.w(e.k), "ed") || irregularPast[s.w(e.k)]) {
		return "happened"
	}
	return ""
}

var irregularPast = map[string]bool{
	"met": true, "sent": true, "held": true, "took": true, "made": true, "gave": true, "began": true,
	"fought": true, "struck": true, "shot": true, "won": true, "led": true,
}

// participleVerbs introduce phrases whose dates are their own: "workers
// employed there in 2018" dates the employment, not the event.
func participleGoverned(s *sent, dt date) bool {
	for j := dt.first - 1; j >= 0 && j >= dt.first-3; j-- {
		w := s.w(j)
		if w == "in" || w == "there" || w == "since" || w == "on" {
			continue
		}
		return strings.HasSuffix(w, "ing") && triggers[w].typ == "" || w == "employed" || w == "based"
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
func assignDates(s *sent, evs []*eventMention) {
	type offset struct {
		o  timex.Offset
		at int
	}
	var offs []offset
	for _, dt := range s.dates {
		if !dt.Offset.IsZero() {
			offs = append(offs, offset{dt.Offset, dt.first})
			continue
		}
		if participleGoverned(s, dt) {
			continue
		}
		best, bestDist := -1, 1<<30
		for i, e := range evs {
			from, to := e.end, dt.first
			if dt.last <= e.k {
				from, to = dt.last, e.k
			}
			dist := max(to-from, 0)
			for k := from; k < to; k++ {
				if s.breaks(k) {
					// a date across a comma or dash belongs to its own clause first
					dist += 10
				}
			}
			if dist < bestDist {
				best, bestDist = i, dist
			}
		}
		if best >= 0 && (evs[best].date.IsZero() || dt.Date.Finer(evs[best].date)) {
			evs[best].date = dt.Date
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

func (e *eventMention) hasRole(role string) bool {
	for _, r := range e.participants {
		if r == role {
			return true
		}
	}
	return false
}

// mergeEvents joins mentions of one event: same type, compatible dates,
// the same place or one unknown, statuses that agree on whether it was only
// demanded, and participants of one contained in the other's.
func mergeEvents(all []*eventMention) []*eventMention {
	var out []*eventMention
	for _, e := range all {
		merged := false
		for _, o := range out {
			if compatible(o, e) {
				o.absorb(e)
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, e)
		}
	}
	return out
}

func compatible(a, b *eventMention) bool {
	if a.typ != b.typ || !a.date.Compatible(b.date) {
		return false
	}
	if a.location >= 0 && b.location >= 0 && a.location != b.location {
		return false
	}
	if (a.status == "demanded") != (b.status == "demanded") {
		return false
	}
	if !subset(a.participants, b.participants) && !subset(b.participants, a.participants) {
		return false
	}
	// something must tie them: a shared participant, the same place, or
	// both dated alike
	shared := false
	for k := range a.participants {
		if _, ok := b.participants[k]; ok {
			shared = true
		}
	}
	return shared || a.location >= 0 && a.location == b.location || !a.date.IsZero() && !b.date.IsZero()
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
	for _, ent := range o.order {
		e.add(ent, o.participants[ent])
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
	if o.strength > e.strength {
		e.strength, e.k, e.end, e.s = o.strength, o.k, o.end, o.s
	}
	e.strength += 0.05
}

// toEvent codes a merged event mention as a graph event.
func (d *doc) toEvent(e *eventMention) graph.Event {
	kind, _ := graph.EventKindOf(e.typ)
	ev := graph.Event{Type: e.typ, CAMEO: kind.CAMEO, Goldstein: kind.Goldstein, Date: e.date.Value, Status: e.status,
		Attributed: e.attributed, Evidence: d.evidence(e.s)}
	loc := ""
	if e.location >= 0 {
		loc = d.ents[e.location].ID
		ev.Location = loc
	}
	ids := make([]string, 0, len(e.order))
	for _, ent := range e.order {
		id := d.ents[ent].ID
		ev.Participants = append(ev.Participants, graph.Participant{Entity: id, Role: e.participants[ent]})
		ids = append(ids, id)
	}
	sort.SliceStable(ev.Participants, func(i, j int) bool {
		return rolePriority(ev.Participants[i].Role) > rolePriority(ev.Participants[j].Role)
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
