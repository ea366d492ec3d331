package relate

import (
	"cmp"
	"slices"
	"strings"

	"actorgraph/graph"
	"actorgraph/ingest/segment"
	"actorgraph/ingest/wordset"
)

// Confidence of each relation rule: how often the pattern, when it fires,
// states the relation outright.
const (
	confTitle      = 0.9  // "Russian President Vladimir Putin"
	confApposition = 0.8  // "Jane Roe, a scholar at the X Institute"
	confBasedIn    = 0.85 // "the Japan-based newspaper X", "X, based in Seattle"
	confAlly       = 0.8  // "China, North Korea's biggest ally"
	confBorder     = 0.9  // "the North Korea-Russia border"
	confGazetteer  = 0.6  // a leader the text names without a country, known from the gazetteer
	confSeat       = 0.7  // "a fellow at the X Institute in Oslo": the city is where it sits, most often
	confCitizen    = 0.8  // "X, a Canadian citizen"
	confPlaceComma = 0.85 // "Surrey, British Columbia"
	confNational   = 0.7  // "the West German engineering union IG Metall"
	confSpeaker    = 0.7  // "Norland will repay the debt, Finance Minister Jon Vik said"
)

// relations collects relations, keeping one per subject, predicate and
// object: the most confident, and the earliest among equals; a leaderOf
// takes the place of an officialOf of the same pair, role and term.
type relations struct {
	list  []graph.Relation
	index map[[3]string]int
}

func (rs *relations) add(r graph.Relation) {
	if r.Subject == "" || r.Object == "" || r.Subject == r.Object {
		return
	}
	if rs.index == nil {
		rs.index = map[[3]string]int{}
	}
	k := [3]string{r.Subject, r.Predicate, r.Object}
	if i, ok := rs.index[k]; ok {
		if r.Confidence > rs.list[i].Confidence {
			rs.list[i] = r
		}
		return
	}
	// one who leads a body serves it: a leaderOf stands for the officialOf
	// of the same pair ("Bank of England governor X" read twice)
	if i, led := rs.index[[3]string{r.Subject, graph.RelLeaderOf, r.Object}]; led && r.Predicate == graph.RelOfficialOf && sameOffice(rs.list[i], r) {
		return
	}
	if i, ok := rs.index[[3]string{r.Subject, graph.RelOfficialOf, r.Object}]; ok && r.Predicate == graph.RelLeaderOf && sameOffice(rs.list[i], r) {
		delete(rs.index, [3]string{r.Subject, graph.RelOfficialOf, r.Object})
		rs.list[i] = r
		rs.index[k] = i
		return
	}
	rs.index[k] = len(rs.list)
	rs.list = append(rs.list, r)
}

// sameOffice reports two relations of one office: the same role and term.
func sameOffice(a, b graph.Relation) bool {
	return strings.EqualFold(a.Role, b.Role) && a.ValidFrom == b.ValidFrom && a.ValidUntil == b.ValidUntil
}

// isState reports whether an entity can hold offices: a country, or an
// organisation.
func isState(e *graph.Entity) bool { return e.Type == graph.Country || e.Type == graph.Organization }

// honorific tokens may stand between a title and a name.
func (r *Relater) honorific(w string) bool { return r.titleKind(w) == kindHonorific }

// titleEndingAt finds the longest title whose last token is k; it returns
// its first token and kind.
func (r *Relater) titleEndingAt(s *sent, k int) (first int, kind int, ok bool) {
	var buf [5]string // the words, on the stack
	words := buf[:max(min(5, k+1), 0)]
	for i := range words {
		words[i] = s.raw(k - len(words) + 1 + i)
	}
	// joined once: the fewer words tried after are its ends
	joined, from := strings.Join(words, " "), 0
	for n := len(words); n >= 1; n-- {
		if kd := r.titleKind(joined[from:]); kd == kindLeader || kd == kindOfficial {
			t0 := k - n + 1
			if t0 >= 2 && s.w(t0-1) == "and" && isLowerWord(s.raw(t0-2)) {
				// "president and chief executive officer": two offices held
				// together, read as one title; a head's if either is
				if first, kd2, ok := r.titleEndingAt(s, t0-2); ok {
					if kd2 == kindLeader {
						kd = kindLeader
					}
					return first, kd, true
				}
			}
			return t0, kd, true
		}
		from += len(words[len(words)-n]) + 1
	}
	word := isLowerWord(s.raw(k)) || segment.IsCapitalised(s.raw(k)) // (not the comma before a name)
	for j := k - 1; word && j >= 1 && j >= k-3; j-- {
		// "Commissioner for Agriculture", "director-general for
		// agriculture": a title with the field it serves after "for"
		if m := s.mentionAt(j + 1); s.w(j) == "for" && (m == nil || m.last-m.first == 1) {
			if t0, _, ok := r.titleEndingAt(s, j-1); ok {
				return t0, kindOfficial, true // (a head for one field serves the body: not its leader)
			}
			break
		}
		if !isLowerWord(s.raw(j)) && !segment.IsCapitalised(s.raw(j)) || s.breaks(j) {
			break
		}
	}
	return 0, kindNone, false
}

// titleStartingAt finds the longest title whose first token is k; it
// returns the token after it and its kind.
func (r *Relater) titleStartingAt(s *sent, k int) (end int, kind int, ok bool) {
	var buf [5]string // the words, on the stack
	words := buf[:max(min(5, len(s.Tokens)-k), 0)]
	for i := range words {
		words[i] = s.raw(k + i)
	}
	// joined once: the fewer words tried after are its beginnings
	joined := strings.Join(words, " ")
	to := len(joined)
	for n := len(words); n >= 1; n-- {
		if kd := r.titleKind(joined[:to]); kd == kindLeader || kd == kindOfficial {
			return k + n, kd, true
		}
		to -= len(words[n-1]) + 1
	}
	return 0, kindNone, false
}

// portfolio reports a one-word name inside a title that only names the
// office's field: "Labour" in "Labour Minister" is no body the minister
// serves, while a known body ("Treasury Secretary": the US Treasury, in the
// gazetteer with its country) is.
func portfolio(e *graph.Entity, m *mention) bool {
	return e.Country == "" && e.Wikidata == "" && m.last-m.first == 1
}

// qualifiedTitleBody finds a body or state named right before up to four
// capitalised words that qualify the title starting at t0 ("Vice", "External
// Trade"); it returns the mention, the first qualifying token, and whether
// a deputy's word is among them (the office is then below the title's).
func qualifiedTitleBody(d *doc, s *sent, t0 int) (*mention, int, bool) {
	deputy, lower, poss := false, false, false
	acronym := 0 // the tokens of "(MITI)" between the body and the title
	k := t0 - 1
	for ; k >= 0 && k >= t0-5; k-- {
		if s.mentionAt(k) != nil {
			break
		}
		if s.possessive(k) && k > 0 && s.mentionAt(k-1) != nil {
			k, poss = k-1, true // "Ecuador's deputy energy minister"
			break
		}
		if s.w(k) == ")" && k < t0-1 && s.w(k-2) == "(" && s.mentionAt(k-3) != nil {
			// "Ministry of International Trade and Industry (MITI) Deputy
			// Director General X": the body before its acronym
			k, acronym = k-3, 3
			break
		}
		w := s.raw(k)
		if w != "and" && !segment.IsCapitalised(w) {
			// "Ecuador's deputy energy minister X", "Venezuelan energy
			// and mines minister Y": the office's words in lower case
			if !titleQualifiers.Has(w) && !portfolioFields.Has(w) {
				return nil, 0, false
			}
			lower = true
		}
		deputy = deputy || w == "Vice" || w == "Deputy" || w == "Assistant" || w == "vice" || w == "deputy" || w == "assistant"
	}
	m := s.mentionAt(k)
	if k < 0 || k == t0-1 || m == nil || m.last != k+1 || s.possessive(k) || poss && !lower && d.entity(m.ent).Type != graph.Country || s.raw(k+1) == "and" {
		return nil, 0, false
	}
	if e := d.entity(m.ent); !isState(e) && (e.Type != graph.Organization || portfolio(e, m)) {
		return nil, 0, false
	}
	if poss {
		return m, k + 2, deputy
	}
	return m, k + 1 + acronym, deputy
}

// bodyUnitNouns name a part of a body: "Mitsui Bank's treasury division".
var bodyUnitNouns = wordset.Of(map[string]bool{"division": true, "department": true, "unit": true, "subsidiary": true, "committee": true,
	"staff": true, "desk": true, "section": true, "bureau": true, "office": true, "branch": true, "operations": true,
	"arm": true, "affiliate": true, "group": true, "team": true, "panel": true, "subcommittee": true})

// unitEnd is the token after the unit noun that ends the lower-case words
// from k ("treasury division", "foreign exchange trading and treasury
// department"), or k when they name no unit.
func unitEnd(s *sent, k int) int {
	from := k
	if m := s.mentionAt(k); m != nil && m.first == k && m.m.Label == graph.LabelMISC && !s.possessive(m.last) {
		from = m.last // a region's unit: "the World Bank's Moroccan division"
	}
	for j := from; j < len(s.Tokens) && j < k+7 && s.mentionAt(j) == nil && isLowerWord(s.raw(j)) && !isPreposition(s.w(j)) && s.w(j) != "its"; j++ {
		// (not "vice president of Borg-Warner Corp and president of its
		// industrial products division": another office)
		if bodyUnitNouns.Has(s.w(j)) {
			return j + 1
		}
	}
	return k
}

// unnamedUnit reports a part of a body in lower-case words from k that the
// sentence does not name after a comma: "treasury division." but not
// "airline unit, Pacific Western Airlines Ltd".
func unnamedUnit(s *sent, k int) bool {
	e := unitEnd(s, k)
	if e == k {
		return false
	}
	return !(s.w(e) == "," && s.mentionAt(e+1) != nil)
}

// titleQualifiers may stand in lower case between a state and a title:
// "deputy energy minister", "acting finance minister".
var titleQualifiers = wordset.Of(map[string]bool{
	"deputy": true, "executive": true, "board": true, "supervisory": true, "management": true, "vice": true, "assistant": true, "acting": true, "senior": true, "chief": true, "junior": true,
	"new": true, "outgoing": true, "and": true, "mines": true, "petroleum": true, "planning": true, "information": true,
	"economic": true, "fisheries": true, "tourism": true, "external": true, "public": true, "works": true,
	"development": true, "communications": true, "mining": true, "coffee": true, "sugar": true, "debt": true,
	"bankruptcy": true, "district": true, "federal": true, // "U.S. bankruptcy judge Manuel Leal"
})

func predicateOf(kind int) string {
	if kind == kindLeader {
		return graph.RelLeaderOf
	}
	return graph.RelOfficialOf
}

// titled is a person named after a title that names no country, such as
// "President Trump": the gazetteer may know which country.
type titled struct {
	person int
	role   string
	s      *sent
}

// tellVerbs take a hearer as their object: "told" and its forms,
// "briefed", and the verbs that tell a hearer a claim (hearerVerbs).
func tellVerbs(w string) bool {
	return w == "told" || w == "tell" || w == "tells" || w == "telling" || w == "briefed" || hearerVerbs.Has(w)
}

// titleRelations reads "<Country or Org> <Title> [for <X>] <Person>", as in
// "Russian President Vladimir Putin" or "U.S. Special Envoy for North Korea
// Stephen E. Biegun". A title with no country before it is returned for the
// gazetteer to place.
func (r *Relater) titleRelations(d *doc, s *sent, out *relations) []titled {
	var loose []titled
	for _, p := range s.mentions {
		if d.entity(p.ent).Type != graph.Person {
			continue
		}
		j := p.first - 1
		for j >= 0 && r.honorific(s.raw(j)) {
			j--
		}
		roleEnd := j + 1
		// "Special Envoy for North Korea", "Portuguese Ambassador to
		// Peking": a title with a "for <X>" or an envoy's "to <X>" complement
		if m := s.mentionAt(j); m != nil && (s.w(m.first-1) == "for" || s.w(m.first-1) == "to" && envoy(s.w(m.first-2))) {
			if _, _, ok := r.titleEndingAt(s, m.first-2); ok {
				j = m.first - 2
			}
		} else if m == nil && j >= 2 && s.w(j-1) == "to" && envoy(s.w(j-2)) && !isLowerWord(s.raw(j)) {
			j -= 2 // the post's city the tagger folded into the name
		}
		if m := s.mentionAt(j); m != nil && m.last == j+1 && isState(d.entity(m.ent)) && !portfolio(d.entity(m.ent), m) && !s.consumed[s.at[j]] {
			// "Director of the Office of Management and Budget James
			// Miller", "Chairman of the Joint Chiefs Jon Vik": the title
			// and the body it is held in, before the name
			o := m.first - 1
			if s.w(o) == "the" {
				o--
			}
			if s.w(o) == "of" {
				if t0, kind, ok := r.titleEndingAt(s, o-1); ok && !(t0 > 0 && (s.w(t0-1) == "former" || s.w(t0-1) == "then")) {
					s.consume(s.at[j])
					out.add(graph.Relation{
						Subject: d.entity(p.ent).ID, Predicate: predicateOf(kind), Object: d.entity(m.ent).ID,
						Role: d.body[s.Tokens[t0].Start:s.Tokens[o-1].End], ValidFrom: d.published(), Confidence: confTitle, Evidence: d.evidence(s),
					})
					continue
				}
			}
		}
		t0, kind, ok := r.titleEndingAt(s, j)
		if !ok {
			// "Britain's Secretary of Trade and Industry Paul Channon": a
			// title with an "of <field>" complement in capitals
			if o := titleComplementOf(d, s, j); o > 0 {
				t0, kind, ok = r.titleEndingAt(s, o-1)
			}
		}
		commaTitle := false
		if !ok && s.w(j) == "," && j >= 2 && (s.w(afterName(s, p)) == "," || s.breaks(afterName(s, p))) {
			// "Iran's revolutionary leader, Ayatollah Ruhollah Khomeini,":
			// the title set off before the name; only with its state
			// named before it (below)
			if t0, kind, ok = r.titleEndingAt(s, j-1); ok {
				roleEnd, commaTitle = j, true
			}
		}
		if !ok {
			continue
		}
		if w := s.w(t0 - 1); w == "former" || w == "then" || w == "ex" || w == "late" {
			if who := s.w(t0 - 2); (who == "his" || who == "her") && (t0 == 2 || s.breaks(t0-3)) {
				// "His former deputy X": the office held under the possessor,
				// in the country the possessor leads
				if e := d.personPronoun(s, t0-2); e >= 0 && e != p.ent {
					if c := d.ledCountry(out, e); c >= 0 {
						out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: graph.RelOfficialOf, Object: d.entity(c).ID,
							Role: d.body[s.Tokens[t0].Start:s.Tokens[roleEnd-1].End], Confidence: confApposition, Evidence: d.evidence(s)})
					}
				}
			}
			continue
		}
		role := d.body[s.Tokens[t0].Start:s.Tokens[roleEnd-1].End]
		c := t0 - 1
		if s.w(c) == "and" {
			// "Halvard Corp president Jon Vik and vice president Ada Lund":
			// the second title is held in the body of the first
			if q := s.mentionAt(c - 1); q != nil && q.last == c && d.entity(q.ent).Type == graph.Person {
				if qt0, _, ok := r.titleEndingAt(s, q.first-1); ok && qt0 > 0 {
					// (a state, or a body of no state: not the department of
					// "Transportation Secretary Elizabeth Dole and President
					// Reagan", whose second title is no office in it)
					if b := qt0 - 1; s.mentionAt(b) != nil && pairedBody(d.entity(s.mentionAt(b).ent)) && !s.possessive(b) || s.possessive(b) && s.mentionAt(b-1) != nil && pairedBody(d.entity(s.mentionAt(b-1).ent)) {
						c = b
					}
				}
			}
		}
		if s.w(c) == ">" && s.mentionAt(c-1) == nil {
			c = s.skipTicker(c) // "CBS Inc <CBS> president Laurence Tisch": past the ticker
		}
		if s.w(c) == ")" {
			// "Halvard Corp (HC) chairman Jon Vik": past the acronym
			for o := c - 1; o >= 0 && o >= c-4; o-- {
				if s.w(o) == "(" {
					c = o - 1
					break
				}
			}
		}
		if s.w(c) == "," && c >= 3 {
			// "Chicago Board of Trade, CBT, chairman Karsten Mahlmann": past
			// the acronym set off by commas, when it names the body before it
			if a := s.mentionAt(c - 1); a != nil && s.w(a.first-1) == "," {
				if b := s.mentionAt(a.first - 2); b != nil && b.ent == a.ent {
					c = a.first - 2
				}
			}
		}
		for n := 0; n < 2 && (s.w(c) == "revolutionary" || s.w(c) == "spiritual") && isLowerWord(s.raw(c)); n++ {
			c-- // "Iran's revolutionary leader"
		}
		if p := c - 2 - b2i(isOrdinal(s.w(c-2))); s.w(c) == "bank" && s.w(c-1) == "central" && isLowerWord(s.raw(c)) && (s.possessive(p) || s.mentionAt(p) != nil && s.mentionAt(p).last == p+1) {
			// "Brazil's central bank President Francisco Gros", "Brazil's
			// new central bank governor", "Bolivian central bank governor
			// X": the unnamed central bank's head is the state's official
			if m := s.mentionAt(p - b2i(s.possessive(p))); m != nil && d.entity(m.ent).Type == graph.Country {
				kind = kindOfficial
				role = d.body[s.Tokens[c-1].Start:s.Tokens[roleEnd-1].End]
				c = p
			}
		}
		if b := portfolioBefore(s, c); b < c && s.raw(roleEnd-1) == "minister" {
			// "Guinean natural resources minister Ousmane Sylla", "Soviet
			// first deputy prime minister X": lower-case words of the
			// portfolio or the rank between the state and the title
			x := b
			if s.possessive(x) {
				x--
			}
			if m := s.mentionAt(x); m != nil && m.last == x+1 && d.entity(m.ent).Type == graph.Country {
				c = b
				role = d.body[s.Tokens[c+1].Start:s.Tokens[roleEnd-1].End]
			}
		}
		if s.possessive(c) {
			c--
		}
		cm := s.mentionAt(c)
		if cm != nil && !s.possessive(c+1) && d.entity(cm.ent).Type == graph.Organization {
			if b := cm.first - 1 - b2i(s.w(cm.first-1) == "the"); tellVerbs(s.w(b)) {
				// "Mulroney told Reuters Trade Minister Pat Carney would
				// visit", "told the IMF Finance Minister X had agreed": the
				// hearer, no body of the title (a state before the title is
				// the title's: "told Brazilian Finance Minister Dilson Funaro")
				cm = nil
			}
		}
		if commaTitle && (cm == nil || d.entity(cm.ent).Type != graph.Country || !s.possessive(c+1)) {
			continue // "the leader, Khomeini,": a title set off alone names no state
		}
		regional := cm != nil && d.entity(cm.ent).Type == graph.Region && regionalHeads.Has(strings.ToLower(role))
		if regional {
			// "New Mexico Governor Garrey Carruthers", "Ontario Premier
			// David Peterson": a state or province with a government of
			// its own, led by its governor or premier (GUIDE.md)
			kind = kindLeader
		}
		if cm == nil || !isState(d.entity(cm.ent)) && !regional {
			// the body named inside the title: "Treasury Secretary James Baker"
			cm = nil
			for k := t0; k < roleEnd; k++ {
				if m := s.mentionAt(k); m != nil && d.entity(m.ent).Type == graph.Organization && !portfolio(d.entity(m.ent), m) {
					cm, c = m, k
					break
				}
			}
		}
		if cm == nil {
			// the body before words that qualify the title: "Federal Reserve
			// Board Vice Chairman X", "EC External Trade Commissioner Y"
			if m, k, deputy := qualifiedTitleBody(d, s, t0); m != nil {
				cm, c = m, m.last-1
				role = d.body[s.Tokens[k].Start:s.Tokens[roleEnd-1].End]
				if deputy {
					kind = kindOfficial
				}
			}
		}
		if cm == nil {
			if o := titledOf(d, s, p, role, kind); o != nil {
				// "President Jose Sarney of Brazil", "Chairman Jon Vik of
				// Halvard Corp": the body after the name
				s.consume(s.at[o.first])
				out.add(graph.Relation{
					Subject: d.entity(p.ent).ID, Predicate: predicateOf(kind), Object: d.entity(o.ent).ID,
					Role: role, ValidFrom: d.published(), Confidence: confTitle, Evidence: d.evidence(s),
				})
			} else if c := d.servedUnder(s, t0, p, role, out); c >= 0 {
				out.add(graph.Relation{
					Subject: d.entity(p.ent).ID, Predicate: graph.RelLeaderOf, Object: d.entity(c).ID,
					Role: role, Confidence: confApposition, Evidence: d.evidence(s),
				})
			}
			loose = append(loose, titled{person: p.ent, role: role, s: s})
			continue
		}
		if w := s.w(cm.first - 1); w == "former" || w == "then" || w == "ex" || w == "late" {
			// "former Brazilian president Dilma Rousseff" held the office once
			s.consume(s.at[c])
			continue
		}
		if partyWord(cm) {
			continue // "Republican Sen. John Tower": a member of the party (partyRelations), no office in it
		}
		s.consume(s.at[c])
		for k := t0; k < roleEnd; k++ {
			if m := s.mentionAt(k); m != nil {
				s.consume(s.at[k])
			}
		}
		if kind == kindOfficial && strings.EqualFold(role, "governor") && d.entity(cm.ent).Type == graph.Organization && strings.Contains(d.entity(cm.ent).Name, "Bank") {
			// "Bank of England governor Robin Leigh-Pemberton": a bank's
			// governor heads it (a Federal Reserve governor sits on its board)
			kind = kindLeader
		}
		out.add(graph.Relation{
			Subject: d.entity(p.ent).ID, Predicate: predicateOf(kind), Object: d.entity(cm.ent).ID,
			Role: role, ValidFrom: d.published(), Confidence: confTitle, Evidence: d.evidence(s),
		})
	}
	return loose
}

// portfolioBefore is where up to three lower-case words before the title
// at c+1 end, back from c: the token before them (c itself when there are
// none). Words that open or join a phrase ("the", "his", "said", "of")
// are no portfolio's.
func portfolioBefore(s *sent, c int) int {
	b := c
	for n := 0; n < 3 && b > 0 && isLowerWord(s.raw(b)) && !s.possessive(b) && !notPortfolio.Has(s.w(b)) && s.mentionAt(b) == nil && !(s.w(b) == "and" && b == c); n++ {
		b--
	}
	if s.w(b+1) == "and" {
		return c
	}
	return b
}

// portfolioTitleAt is the token after a lower-case portfolio of up to
// three words and the title "minister" that starts at k and stands right
// before a person's name ("natural resources minister Ousmane Sylla"); k
// for none.
func (r *Relater) portfolioTitleAt(s *sent, k int) int {
	e := k
	for n := 0; n < 3 && isLowerWord(s.raw(e)) && !notPortfolio.Has(s.w(e)) && s.w(e) != "minister" && s.mentionAt(e) == nil; n++ {
		e++
	}
	if e == k || s.raw(e) != "minister" || s.mentionAt(e+1) == nil || s.mentionAt(e+1).first != e+1 {
		return k
	}
	return e + 1
}

// notPortfolio are lower-case words that cannot stand in a minister's
// portfolio or rank.
var notPortfolio = wordset.Of(map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true,
	"said": true, "says": true, "told": true, "former": true, "then": true, "ex": true, "late": true, "but": true, "of": true,
	"to": true, "by": true, "for": true, "from": true, "in": true, "on": true, "at": true, "as": true, "with": true, "that": true,
	"new": true, "outgoing": true, "incoming": true, "designate": true, "acting": true, "after": true, "before": true,
	"during": true, "under": true})

// servedUnder is the country a head of state or government titled
// without one leads in a biography: the country of the person the
// article is about, by what the text said before, where the title
// follows "under", "of" or "by" ("served as finance minister under
// President X", "the cabinet of Prime Minister Y", "appointed by President
// Z") and the sentence names no other country; -1 for none. Whom one
// meets or talks with may lead any state.
func (d *doc) servedUnder(s *sent, t0 int, p mention, role string, out *relations) int {
	switch s.w(t0 - 1) {
	case "under", "of", "by":
	default:
		return -1
	}
	switch strings.ToLower(role) {
	case "president", "prime minister", "premier":
	default:
		return -1
	}
	t := d.topic()
	if t < 0 || t == p.ent {
		return -1
	}
	c := d.ownCountry(out, t)
	if c < 0 {
		return -1
	}
	for _, m := range s.mentions {
		if m.ent != c && d.entity(m.ent).Type == graph.Country {
			return -1
		}
	}
	return c
}

// titledOf is the country or body named right after a titled person's
// name by "of (the)" that the title serves: "President Jose Sarney of
// Brazil", "Chairman Jon Vik of Halvard Corp"; nil for none.
func titledOf(d *doc, s *sent, p mention, role string, kind int) *mention {
	if kind != kindLeader && kind != kindOfficial {
		return nil
	}
	k := afterName(s, p)
	if s.w(k) != "of" {
		return nil
	}
	j := k + 1 + b2i(s.w(k+1) == "the")
	o := s.mentionAt(j)
	if o == nil || o.first != j || o.ent == p.ent || s.possessive(o.last) || !isState(d.entity(o.ent)) || !titleServes(role, d.entity(o.ent).Type) {
		return nil
	}
	return o
}

// partyWord reports a mention of a party by its members' word
// ("Republican", "Democrats", "GOP"), which the guide reads as the party.
func partyWord(m *mention) bool {
	switch m.m.Text {
	case "Republican", "Republicans", "Democrat", "Democrats", "Democratic", "GOP":
		return true
	}
	return false
}

// partyRelations reads a person named with the party's word as its
// member (affiliatedWith, role "member"): "Republican David Karnes",
// "Democratic Sen. X" (the word before a legislator's title), "Bob Dole,
// a Kansas Republican,".
func (r *Relater) partyRelations(d *doc, s *sent, out *relations) {
	for i := range s.mentions {
		m := &s.mentions[i]
		if !partyWord(m) || d.entity(m.ent).Type != graph.Organization {
			continue
		}
		add := func(p *mention) {
			out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: graph.RelAffiliatedWith, Object: d.entity(m.ent).ID,
				Role: "member", ValidFrom: d.published(), Confidence: confApposition, Evidence: d.evidence(s)})
		}
		if memberWord(d, s, m) >= 0 {
			// "the Ohio Democrat who chairs …": one member, who acts and
			// speaks, not the party
			s.consume(s.at[m.first])
		}
		// before the name, past a legislator's title: "Republican Sen. X"
		j := m.last
		for n := 0; n < 2 && (r.honorific(s.raw(j)) || legislatorTitles.Has(s.w(j))); n++ {
			j++
		}
		if p := s.mentionAt(j); p != nil && p.first == j && d.entity(p.ent).Type == graph.Person {
			add(p)
			continue
		}
		// an apposition: "X, a Kansas Republican," / "X, the Michigan
		// Democrat", "X, a New York Democrat" (the state read as its city)
		k := m.first - 1
		if st := s.mentionAt(k); st != nil && st.last == m.first && (d.entity(st.ent).Type == graph.Region || d.entity(st.ent).Type == graph.City) {
			k = st.first - 1
		}
		for n := 0; n < 2 && k > 0 && s.mentionAt(k) == nil && isLowerWord(s.raw(k)) && !describerStops.Has(s.w(k)); n++ {
			k-- // "a conservative Republican", "a senior Kansas Democrat"
		}
		if w := s.w(k); w == "a" || w == "an" || w == "the" {
			k--
		}
		if s.w(k) == "," {
			if p := s.mentionAt(k - 1); p != nil && d.entity(p.ent).Type == graph.Person {
				add(p)
			}
		}
	}
}

// memberWord is a party's word used for one member ("the Illinois
// Democrat", "a Kansas Republican"): the singular after an article and an
// optional state. It returns where the phrase starts, or -1.
func memberWord(d *doc, s *sent, m *mention) int {
	if m.m.Text != "Democrat" && m.m.Text != "Republican" {
		return -1
	}
	k := m.first - 1
	if st := s.mentionAt(k); st != nil && st.last == m.first && (d.entity(st.ent).Type == graph.Region || d.entity(st.ent).Type == graph.City) {
		k = st.first - 1 // "the Washington Democrat": the state, read as its city
	}
	for n := 0; n < 2 && k > 0 && s.mentionAt(k) == nil && isLowerWord(s.raw(k)) && !describerStops.Has(s.w(k)); n++ {
		k-- // "a conservative Republican"
	}
	if w := s.w(k); w == "a" || w == "an" || w == "the" {
		return k
	}
	return -1
}

// partyMembersSpeak gives a quote the party's word attributes to one
// member ("…, the Illinois Democrat said", "X, an Illinois Democrat,
// said") to that member: the person set off before the word, else the one
// person the article named with the party's word before; with none known
// the phrase is an unnamed source. The party itself speaks only where its
// word names it ("Democrats in Congress said").
func (d *doc) partyMembersSpeak(c *claims) {
	for i := range c.quotes {
		q := &c.quotes[i]
		p, ok := d.index(q.Speaker)
		described := q.Speaker == "" && (strings.HasSuffix(q.UnnamedSpeaker, " Democrat") || strings.HasSuffix(q.UnnamedSpeaker, " Republican"))
		if !described && (!ok || d.ents[p].Type != graph.Organization) {
			continue
		}
		for _, s := range d.sents {
			// the sentence of the attribution: where the claim or the
			// quotation ends
			if end := q.Evidence.End - 1; end < s.Start || end >= s.End {
				continue
			}
			for j := range s.mentions {
				m := &s.mentions[j]
				if described && partyWord(m) {
					p = m.ent // `…," the Texas Democrat told reporters`, read as an unnamed source
				}
				if m.ent != p {
					continue
				}
				at := memberWord(d, s, m)
				if at < 0 {
					continue
				}
				if s.w(at-1) == "," {
					if who := s.mentionAt(at - 2); who != nil && d.ents[who.ent].Type == graph.Person {
						q.Speaker, q.UnnamedSpeaker = d.ents[who.ent].ID, ""
						break
					}
				}
				if who := d.memberNamed(p, s.Start); who >= 0 {
					q.Speaker, q.UnnamedSpeaker = d.ents[who].ID, ""
				} else {
					q.Speaker, q.UnnamedSpeaker = "", d.body[s.Tokens[at].Start:m.m.End]
				}
				break
			}
		}
	}
}

// memberNamed is the one person an earlier sentence names as a member of
// party p ("X, a Kansas Republican", "Republican Sen. X"), -1 for none or
// several.
func (d *doc) memberNamed(p, before int) int {
	found := -1
	for _, s := range d.sents {
		if s.Start >= before {
			break
		}
		for j := range s.mentions {
			m := &s.mentions[j]
			if m.ent != p || !partyWord(m) {
				continue
			}
			var who *mention
			if at := memberWord(d, s, m); at > 0 && s.w(at-1) == "," {
				who = s.mentionAt(at - 2)
			} else {
				k := m.last
				for n := 0; n < 2 && legislatorTitles.Has(s.w(k)); n++ {
					k++
				}
				who = s.mentionAt(k)
			}
			if who == nil || d.ents[who.ent].Type != graph.Person {
				continue
			}
			if found >= 0 && found != who.ent {
				return -1
			}
			found = who.ent
		}
	}
	return found
}

// regionalHeads lead a state or province of a country: "New Mexico
// Governor X", "Quebec Premier Y".
var regionalHeads = wordset.Of(map[string]bool{"governor": true, "gov.": true, "premier": true, "provincial premier": true,
	"chief minister": true, "state governor": true, "province governor": true, "provincial governor": true})

// legislatorTitles stand between a party's word and a legislator's name.
var legislatorTitles = wordset.Of(map[string]bool{"sen.": true, "sens.": true, "rep.": true, "reps.": true, "senator": true, "senators": true,
	"representative": true, "congressman": true, "congresswoman": true, "gov.": true, "governor": true, "leader": true})

// titleComplementOf finds the "of" of a title's complement ending at j:
// up to four capitalised words, "and" or "the" that name a field or a
// body ("of Trade and Industry", "of the Exchequer"), no person. It
// returns the index of "of", or -1.
func titleComplementOf(d *doc, s *sent, j int) int {
	for k := j; k >= 0 && j-k < 5; k-- {
		switch w := s.raw(k); {
		case w == "of" || w == "for" && k > 0 && strings.EqualFold(s.raw(k-1), "Minister"):
			// ("Minister for Aviation Michael Spicer" as "Minister of")
			if k == j {
				return -1
			}
			return k
		case w == "and" || w == "the":
		case s.breaks(k) || !segment.IsCapitalised(w):
			return -1
		default:
			if m := s.mentionAt(k); m != nil && d.entity(m.ent).Type == graph.Person {
				return -1
			}
		}
	}
	return -1
}

// appositionRelations reads what a person is, wherever the sentence says
// it about a name: an apposition ("Jane Roe, a scholar at the X Institute":
// affiliatedWith, role "scholar"; "John Doe, the U.S. ambassador to the
// United Nations": officialOf the United States), a copula as encyclopaedic
// text writes it ("X is the finance minister of Y", "X was a French
// economist"), or a verb of office ("X has been President of Y since 2017",
// "X served as the 40th prime minister of Y from 2017 to 2023", "X became
// Secretary-General of Y", "X worked as a journalist for Y"), also after an
// apposition or in a relative clause ("X, a Dutch politician, was Prime
// Minister of Y", "X is a German politician who served as Chancellor of Y").
// A past office carries the dates the sentence gives, not the article's.
func (r *Relater) appositionRelations(d *doc, s *sent, out *relations) {
	// a description before the clause it belongs to: "A long-time member
	// of the X, he was …", "A German physician by training and a member of
	// the Y, she served as …"
	if w := s.w(0); w == "a" || w == "an" {
		for _, p := range d.pronounSubjects(s) {
			if s.w(p.first-1) == "," {
				r.readDescription(d, s, p, description{k: 0}, out)
				if m := s.mentionAt(1); m != nil && d.entity(m.ent).Type == graph.Country && m.m.Label == graph.LabelMISC &&
					isLowerWord(s.raw(m.last)) && r.titleKind(s.raw(m.last)) == kindNone {
					out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: graph.RelCitizenOf, Object: d.entity(m.ent).ID,
						ValidFrom: d.published(), Confidence: confCitizen, Evidence: d.evidence(s)})
				}
				break
			}
		}
	}
	r.possessedOffices(d, s, out)
	d.relativeOffices(s, out)
	r.asOpening(d, s, out)
	ps := d.described(s)
	for _, p := range ps {
		for _, at := range r.descriptionStarts(d, s, p) {
			r.readDescription(d, s, p, at, out)
		}
		d.workRelations(s, p, out)
		d.officeNounRelations(s, p, out)
		d.boardSeats(s, p, out)
		d.boardNamed(s, p, out)
	}
	r.successions(d, s, ps, out)
}

// successions reads a succession in an office, which states that both
// held it: "He succeeded X", "succeeding her father X", "she was
// succeeded by X", "His successor, X,", "Her successor was the former
// footballer X", "was succeeded as premier by X", "succeeded X as Labour
// leader". The office is the one "as" names, else the first the text has
// said one of the two leads; the other is given it.
func (r *Relater) successions(d *doc, s *sent, ps []mention, out *relations) {
	if !slices.ContainsFunc(s.lw, func(w string) bool {
		return w == "succeeded" || w == "succeeding" || w == "succeeds" || w == "successor" || w == "replaced" || w == "handing" || w == "handed"
	}) {
		return
	}
	ps = slices.Clone(ps)
	// pronouns come after the names in ps
	slices.SortFunc(ps, func(a, b mention) int { return a.first - b.first })
	subject := func(j int) int { // the person a verb at j is said of
		e := -1
		for _, p := range ps {
			if p.last > j {
				break
			}
			switch s.w(p.first - 1) {
			case "", ",", "and", "but", ";":
			default:
				if w := s.w(p.first); w != "he" && w != "she" {
					continue // "the cabinet of Prime Minister X … and replaced him": no subject
				}
			}
			if e < 0 || s.w(j-1) != "," {
				e = p.ent // "…, succeeding X": the clause's first person
			}
		}
		return e
	}
	person := func(j int) (int, int) { // the person named in the next few words, and the token after
		if s.w(j) == "him" || s.w(j) == "her" && s.w(j+1) == "as" {
			return d.personPronoun(s, j), j + 1 // "replaced him as leader"
		}
		for n := j; n < len(s.Tokens) && n < j+6 && !s.breaks(n); n++ {
			if m := s.mentionAt(n); m != nil {
				if d.entity(m.ent).Type != graph.Person {
					return -1, 0
				}
				return m.ent, m.last
			}
			if !isLowerWord(s.raw(n)) && !s.possessive(n) {
				return -1, 0
			}
		}
		return -1, 0
	}
	for j, w := range s.lw {
		var before, after, as int // the predecessor, the successor, and "as" (0 for none)
		switch {
		case (w == "succeeded" || w == "succeeding") && (s.w(j-1) == "was" || s.w(j-1) == "is" || s.w(j-1) == "been"):
			// "she was succeeded [as premier] by X"
			before, after = subject(j), -1
			n := j + 1
			if s.w(n) == "as" {
				as = n
				for n < j+6 && s.w(n) != "by" && !s.breaks(n) {
					n++
				}
			}
			if s.w(n) == "by" {
				after, _ = person(n + 1)
			}
		case w == "succeeded" || w == "succeeding" || w == "succeeds" || w == "replaced" && s.w(j-1) != "was" && s.w(j-1) != "been":
			// "He succeeded X [as Labour leader]", "…, succeeding her father
			// X", "replaced him as leader of the X Party"
			var e int
			after = subject(j)
			before, e = person(j + 1)
			if s.w(e) == "as" {
				as = e
			} else if w == "replaced" {
				continue // replacing is a succession only in the office "as" names
			}
		case (w == "handing" || w == "handed") && s.w(j+1) == "over" && s.w(j+2) == "to":
			// "He stepped down as chairman …, handing over to his son, X"
			before = subject(j)
			n := j + 3
			if s.w(n) == "his" || s.w(n) == "her" {
				for n < j+8 && s.w(n) != "," && s.mentionAt(n) == nil {
					n++ // "his eldest son,"
				}
				n += b2i(s.w(n) == ",")
			}
			after, _ = person(n)
		case w == "successor" && (s.w(j-1) == "his" || s.w(j-1) == "her" || s.possessive(j-1)):
			// "His successor, X,", "Her successor was the former foreign minister X"
			if s.w(j-1) == "his" || s.w(j-1) == "her" {
				before = d.personPronoun(s, j-1)
			} else if m := s.mentionAt(j - 2); m != nil && d.entity(m.ent).Type == graph.Person {
				before = m.ent
			} else {
				continue
			}
			n := j + 1
			if s.w(n) == "as" {
				as = n
				for n < j+6 && s.w(n) != "," && s.w(n) != "was" {
					n++
				}
			}
			if s.w(n) != "," && s.w(n) != "was" && s.w(n) != "is" {
				continue
			}
			after, _ = person(n + 1)
		default:
			continue
		}
		if before == after && before >= 0 && (s.w(j+1) == "him" || s.w(j+1) == "her") {
			// "he was vice-president under X and succeeded him": "him" is
			// not the clause's subject but the last other person named
			before = -1
			for _, m := range s.mentions {
				if m.first < j && m.ent != after && d.entity(m.ent).Type == graph.Person {
					before = m.ent
				}
			}
		}
		if before < 0 || after < 0 || before == after {
			continue
		}
		r.shareOffice(d, s, before, after, as, w == "handing" || w == "handed", out)
	}
}

// shareOffice gives each of two persons, one of whom succeeded the other,
// the office "as" at token as names ("as Labour leader": the body it
// names; "as premier": the office one of them is said to hold by that
// title), or with no "as" the first leadership the text gave either (all
// this sentence gives the predecessor a when a hands over to b).
func (r *Relater) shareOffice(d *doc, s *sent, a, b, as int, handover bool, out *relations) {
	ids := [2]string{d.ents[a].ID, d.ents[b].ID}
	var held []graph.Relation
	for _, rel := range out.list {
		if (rel.Subject == ids[0] || rel.Subject == ids[1]) && (rel.Predicate == graph.RelLeaderOf || rel.Predicate == graph.RelOfficialOf) {
			held = append(held, rel)
		}
	}
	var office *graph.Relation
	if as > 0 {
		n := as + 1 + b2i(s.w(as+1) == "the")
		if m := s.mentionAt(n); m != nil && m.first == n && d.entity(m.ent).Type == graph.Organization {
			// "as Labour leader", "as Halvard Corp chairman"
			if _, kind, ok := r.titleStartingAt(s, m.last); ok || s.w(m.last) == "leader" {
				if !ok {
					kind = kindLeader
				}
				office = &graph.Relation{Predicate: predicateOf(kind), Object: d.entity(m.ent).ID, Role: s.raw(m.last)}
			}
		} else if end, kind, ok := r.titleStartingAt(s, n); ok && s.w(end) == "of" && s.mentionAt(end+1+b2i(s.w(end+1) == "the")) != nil {
			// "as leader of the Conservative Party"
			if m := s.mentionAt(end + 1 + b2i(s.w(end+1) == "the")); d.entity(m.ent).Type == graph.Organization {
				office = &graph.Relation{Predicate: predicateOf(kind), Object: d.entity(m.ent).ID, Role: d.body[s.Tokens[n].Start:s.Tokens[end-1].End]}
			}
		} else if end, _, ok := r.titleStartingAt(s, n); ok {
			// "as premier": the office held by that title
			title := strings.ToLower(s.raw(end - 1))
			for i := range held {
				ws := strings.Fields(strings.ToLower(held[i].Role))
				if len(ws) > 0 && ws[len(ws)-1] == title {
					office = &held[i]
					break
				}
			}
		}
		if office == nil {
			return
		}
	} else {
		// handing over: the leaderships this sentence says the one who
		// hands over held ("stepped down as chairman of both X and Y,
		// handing over to Z"); else the first leadership the text gave
		var here []graph.Relation
		for i := range held {
			if handover && held[i].Subject == ids[0] && held[i].Predicate == graph.RelLeaderOf && held[i].Evidence.Start == s.Start {
				here = append(here, held[i])
			}
		}
		if len(here) > 0 {
			for _, o := range here {
				for _, id := range ids {
					out.add(graph.Relation{Subject: id, Predicate: o.Predicate, Object: o.Object, Role: o.Role,
						Confidence: confApposition, Evidence: d.evidence(s)})
				}
			}
			return
		}
		for i := range held {
			if held[i].Predicate == graph.RelLeaderOf {
				office = &held[i]
				break
			}
		}
	}
	if office == nil {
		return
	}
	for _, id := range ids {
		out.add(graph.Relation{Subject: id, Predicate: office.Predicate, Object: office.Object, Role: office.Role,
			Confidence: confApposition, Evidence: d.evidence(s)})
	}
}

// possessedOffices reads an office named by a possessive and held by the
// person a copula names: "His prime minister from 2020 to 2022 was X"
// (the country the possessor leads), "Since 2022 its executive director
// has been Y" (the organisation the paragraph is about).
func (r *Relater) possessedOffices(d *doc, s *sent, out *relations) {
	for k := 0; k < len(s.Tokens)-3; k++ {
		w := s.w(k)
		if w != "his" && w != "her" && w != "its" && w != "the" || k > 0 && !s.breaks(k-1) && yearOf(s.w(k-1)) == "" {
			continue
		}
		t0 := k + 1 + b2i(s.w(k+1) == "own")
		end, kind, ok := r.titleStartingAt(s, t0)
		if !ok {
			continue
		}
		j := end
		for n := 0; n < 6 && (termWords.Has(s.w(j)) || yearOf(s.w(j)) != ""); n++ {
			j++ // "from 2020 to 2022"
		}
		switch {
		case s.w(j) == "was" || s.w(j) == "is":
			j++
		case (s.w(j) == "has" || s.w(j) == "had") && s.w(j+1) == "been":
			j += 2
		default:
			continue
		}
		p := s.mentionAt(j)
		if p == nil || p.first != j || d.entity(p.ent).Type != graph.Person {
			continue
		}
		body := -1
		if w == "its" || w == "the" {
			body = d.topicOrganization(s) // "since 2021 the secretary-general has been X"
		} else if who := d.personPronoun(s, k); who >= 0 && who != p.ent {
			body = d.ledCountry(out, who)
		}
		if body < 0 {
			continue
		}
		from, until := termDates(s, end, true)
		out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: predicateOf(kind), Object: d.entity(body).ID,
			Role: d.body[s.Tokens[t0].Start:s.Tokens[end-1].End], ValidFrom: validFrom(d, s.w(j-1) != "is", from), ValidUntil: until,
			Confidence: confApposition, Evidence: d.evidence(s)})
	}
}

// describes reports a word after a person's name that opens what the
// person is: an apposition's comma or a copula.
func describes(w string) bool { return w == "," || w == "is" || w == "was" }

// description is where what a person is begins, and how the sentence
// says it.
type description struct {
	k        int  // the first token of the description
	verbal   bool // after a verb, which may take a bare title ("was President of Y"), not after a comma
	past     bool // a past office ("was", "served as", "had been")
	start    bool // the verb starts the term ("became", "was elected"): a year after it is its first
	employer bool // "works for Y": the object follows at once
	leads    bool // "led Y", "ruled Y": the object follows at once
	rules    bool // "ruled Y", "governed Y": a country needs no dates
}

// officeVerbs open a description after a name, longest first. Adverbs may
// stand between their words ("was later appointed", "has also served as").
var officeVerbs = []struct {
	words                            []string
	past, start, works, leads, rules bool
}{
	{words: []string{"has", "led"}, leads: true}, {words: []string{"has", "headed"}, leads: true},
	{words: []string{"stepped", "down", "as"}, past: true}, {words: []string{"resigned", "as"}, past: true}, {words: []string{"retired", "as"}, past: true},
	{words: []string{"went", "on", "to", "lead"}, past: true, leads: true}, {words: []string{"went", "on", "to", "head"}, past: true, leads: true},
	{words: []string{"went", "on", "to", "rule"}, past: true, leads: true, rules: true},
	{words: []string{"has", "ruled"}, leads: true, rules: true}, {words: []string{"has", "governed"}, leads: true, rules: true},
	{words: []string{"led"}, past: true, leads: true}, {words: []string{"leads"}, leads: true},
	{words: []string{"headed"}, past: true, leads: true}, {words: []string{"heads"}, leads: true},
	{words: []string{"has", "chaired"}, leads: true}, {words: []string{"had", "chaired"}, past: true, leads: true},
	{words: []string{"chaired"}, past: true, leads: true}, {words: []string{"chairs"}, leads: true},
	{words: []string{"presides", "over"}, leads: true}, {words: []string{"presided", "over"}, past: true, leads: true},
	{words: []string{"ruled"}, past: true, leads: true, rules: true}, {words: []string{"rules"}, leads: true, rules: true},
	{words: []string{"governed"}, past: true, leads: true, rules: true}, {words: []string{"governs"}, leads: true, rules: true},
	{words: []string{"was", "sworn", "in", "as"}, past: true, start: true},
	{words: []string{"has", "served", "as"}}, {words: []string{"have", "served", "as"}},
	{words: []string{"had", "served", "as"}, past: true},
	{words: []string{"having", "served", "as"}, past: true}, {words: []string{"having", "been"}, past: true},
	{words: []string{"had", "led"}, past: true, leads: true}, {words: []string{"had", "headed"}, past: true, leads: true},
	{words: []string{"took", "office", "as"}, past: true, start: true},
	{words: []string{"held", "the", "post", "of"}, past: true}, {words: []string{"holds", "the", "post", "of"}},
	{words: []string{"held", "the", "office", "of"}, past: true}, {words: []string{"holds", "the", "office", "of"}},
	{words: []string{"has", "worked", "for"}, works: true}, {words: []string{"has", "worked", "as"}},
	{words: []string{"was", "elected", "as"}, past: true, start: true},
	{words: []string{"was", "appointed", "as"}, past: true, start: true},
	{words: []string{"was", "named", "as"}, past: true, start: true},
	{words: []string{"has", "been"}}, {words: []string{"have", "been"}}, {words: []string{"had", "been"}, past: true},
	{words: []string{"has", "become"}, start: true},
	{words: []string{"is", "serving", "as"}}, {words: []string{"was", "serving", "as"}, past: true},
	{words: []string{"serves", "as"}}, {words: []string{"served", "as"}, past: true}, {words: []string{"serving", "as"}},
	{words: []string{"works", "as"}}, {words: []string{"worked", "as"}, past: true},
	{words: []string{"works", "for"}, works: true}, {words: []string{"worked", "for"}, past: true, works: true},
	{words: []string{"works", "at"}, works: true}, {words: []string{"worked", "at"}, past: true, works: true},
	{words: []string{"is", "employed", "by"}, works: true}, {words: []string{"was", "employed", "by"}, past: true, works: true},
	{words: []string{"teaches", "at"}, works: true}, {words: []string{"taught", "at"}, past: true, works: true},
	{words: []string{"was", "elected"}, past: true, start: true},
	{words: []string{"was", "appointed"}, past: true, start: true},
	{words: []string{"was", "named"}, past: true, start: true},
	{words: []string{"was", "re-elected"}, past: true, start: true},
	{words: []string{"became"}, past: true, start: true},
	// "will remain president of Y", "continues as chairman": an office held now
	{words: []string{"will", "remain"}}, {words: []string{"would", "remain"}}, {words: []string{"will", "continue", "as"}},
	{words: []string{"would", "continue", "as"}}, {words: []string{"continues", "as"}}, {words: []string{"continued", "as"}, past: true},
	{words: []string{"remains"}}, {words: []string{"remained"}, past: true},
	{words: []string{"is"}}, {words: []string{"was"}, past: true},
}

// officeAdverbs may stand inside a verb of office.
var officeAdverbs = map[string]bool{
	"also": true, "later": true, "now": true, "currently": true, "previously": true, "formerly": true,
	"briefly": true, "then": true, "subsequently": true, "since": false, "still": true, "once": true, "twice": true, "again": true, "concurrently": true, "long": true, "earlier": true,
}

// officeVerb matches a verb of office at k.
// officeAdverbSet is officeAdverbs as a word set, which officeVerb reads
// once for every verb of office it tries.
var officeAdverbSet = wordset.Of(officeAdverbs)

func officeVerb(s *sent, k int) (description, bool) {
	for _, v := range officeVerbs {
		j := k
		ok := true
		for _, w := range v.words {
			for officeAdverbSet.Has(s.w(j)) {
				j++
			}
			if s.w(j) != w {
				ok = false
				break
			}
			j++
		}
		if ok {
			for officeAdverbSet.Has(s.w(j)) {
				j++
			}
			return description{k: j, verbal: true, past: v.past, start: v.start, employer: v.works, leads: v.leads, rules: v.rules}, true
		}
	}
	return spentAs(s, k)
}

// spentAs reads a term spent in an office: "spent eight years as managing
// director of the IMF", "has spent a decade as its chairman".
func spentAs(s *sent, k int) (description, bool) {
	j, past := k, true
	for officeAdverbs[s.w(j)] {
		j++
	}
	if s.w(j) == "has" || s.w(j) == "have" {
		j, past = j+1, false
	}
	for officeAdverbs[s.w(j)] {
		j++
	}
	if s.w(j) != "spent" {
		return description{}, false
	}
	for e := j + 2; e <= j+5; e++ {
		if spentUnits.Has(s.w(e-1)) && s.w(e) == "as" {
			return description{k: e + 1, verbal: true, past: past}, true
		}
	}
	return description{}, false
}

// spentUnits end the time spent in an office before "as".
var spentUnits = wordset.Of(map[string]bool{"years": true, "year": true, "decade": true, "decades": true, "months": true, "terms": true, "term": true})

// descriptionStarts lists where the descriptions of a person begin: right
// after the name, and after a relative pronoun, a comma or "and" in the
// next few words, up to another person or the end of the clause.
// rankedTitleOf reports a title at k, past words that rank it ("joint
// managing director"), followed by "of": "managing director of P and O
// Containers".
func (r *Relater) rankedTitleOf(s *sent, k int) bool {
	for n := 0; n < 3 && rankWords.Has(s.w(k)) || s.w(k) == "joint"; n++ {
		k++
	}
	end, _, ok := r.titleStartingAt(s, k)
	return ok && s.w(end) == "of"
}

func (r *Relater) descriptionStarts(d *doc, s *sent, p mention) []description {
	var out []description
	after := afterName(s, p)
	if s.w(after) == "," && (s.w(after+1) == "now" || s.w(after+1) == "currently") {
		out = append(out, description{k: after + 2}) // "William Isaac, now president of the Secura Group,"
	} else if s.w(after) == "," && s.w(after+1) == "then" {
		out = append(out, description{k: after + 2, past: true}) // "John Poindexter, then head of the National Security Council,"
	} else if s.w(after) == "," {
		if v, ok := officeVerb(s, after+1); ok && v.leads && s.w(after+1) == "went" {
			out = append(out, v) // "His vice-president, X, went on to rule Egypt"
		} else {
			out = append(out, description{k: after + 1})
		}
	} else if v, ok := officeVerb(s, after); ok {
		out = append(out, v)
	}
	for j := after + 1; j < len(s.Tokens) && j < after+30; j++ {
		if m := s.mentionAt(j); m != nil && m.ent != p.ent && d.entity(m.ent).Type == graph.Person {
			break
		}
		w := s.w(j)
		if w == ";" || w == "said" || w == "says" || w == "told" {
			break
		}
		if (w == "he" || w == "she") && j != p.first && d.personPronoun(s, j) != p.ent {
			break // "The only child of X, the country's prime minister, she had been …": her clause, not X's
		}
		if w == "who" || w == "," || w == "and" {
			if v, ok := officeVerb(s, j+1); ok {
				out = append(out, v)
			} else if w == "and" && len(out) > 0 && s.mentionAt(j-1) != nil && isLowerWord(s.raw(j+1)) && r.rankedTitleOf(s, j+1) &&
				!slices.ContainsFunc(s.lw[after:j], func(w string) bool { return w == "former" || w == "then" || w == "been" || w == "was" }) {
				// "is chairman of X and joint managing director of Y": a
				// second office held, after a first one with its body (not
				// "former chairman and chief executive of Y", nor one held
				// once: "had been … and president of Y")
				out = append(out, description{k: j + 1})
			}
		} else if w == "as" && asOffice(s.w(j-1)) {
			// "returned as Prime Minister of Poland in 2023", "won another
			// term as President of Turkey": a title after "as" is held
			n := j + 1 + b2i(s.w(j+1) == "the")
			for isOrdinal(s.w(n)) {
				n++
			}
			if _, _, ok := r.titleStartingAt(s, n); ok {
				out = append(out, description{k: j + 1, verbal: true, start: true})
			}
		} else if w == "serving" && s.w(j+1) == "as" {
			// "X is a Turkish politician serving as the president of Y"
			if v, ok := officeVerb(s, j); ok {
				out = append(out, v)
			}
		}
	}
	return out
}

// afterName is the token after a person's name, past a parenthesis that
// follows it as encyclopaedic text writes one: "X (born 7 May 1971) is".
func afterName(s *sent, p mention) int {
	k := p.last
	if s.w(k) != "(" {
		return k
	}
	for j := k + 1; j < len(s.Tokens) && j < k+14; j++ {
		switch s.w(j) {
		case ")":
			return j + 1
		case "(", ".", ";":
			return k
		}
	}
	return k
}

// stateOffice reports a title that only a state's government gives: a
// minister, an ambassador, a vice-president, a premier.
func stateOffice(role string) bool {
	ws := strings.Fields(strings.ToLower(role))
	for i, w := range ws {
		switch w {
		case "minister", "ambassador", "vice-president", "premier":
			return true
		case "president":
			if i > 0 && ws[i-1] == "vice" {
				return true
			}
		}
	}
	return false
}

// ownCountry is the one country the relations read so far say person e
// leads or serves, else the one it says e is a citizen of, or -1.
func (d *doc) ownCountry(out *relations, e int) int {
	for _, preds := range [][]string{{graph.RelLeaderOf, graph.RelOfficialOf}, {graph.RelCitizenOf}} {
		found := -1
		for _, r := range out.list {
			if r.Subject != d.ents[e].ID || !slices.Contains(preds, r.Predicate) {
				continue
			}
			if o, ok := d.index(r.Object); ok && d.ents[o].Type == graph.Country {
				if found >= 0 && found != o {
					return -1
				}
				found = o
			}
		}
		if found >= 0 {
			return found
		}
	}
	return -1
}

// bodyAnaphor is the body "the <noun>" at token j stands for ("chaired
// the party", "quit the party", "the bank's board"): the last organisation named before it,
// in this sentence or the two before, that the noun fits (a party any
// body with members), or nil.
func (d *doc) bodyAnaphor(s *sent, j int) *mention {
	w := s.w(j)
	if s.w(j-1) != "the" || !bodyAnaphors.Has(w) || s.mentionAt(j) != nil {
		return nil
	}
	fits := func(e int) bool {
		switch {
		case d.ents[e].Type != graph.Organization:
			return false
		case w == "party":
			return isMembership(d.ents[e].Name)
		}
		return anyBodyAnaphors.Has(w) || fitsNoun(d.ents[e], w)
	}
	for i := s.idx; i >= 0 && i >= s.idx-2; i-- {
		u := d.sentence(i)
		for n := len(u.mentions) - 1; n >= 0; n-- {
			if m := &u.mentions[n]; (i < s.idx || m.last <= j) && fits(m.ent) {
				return m
			}
		}
	}
	if org := d.topicOrganization(s); org >= 0 {
		return d.firstMention(org) // "Likud is an Israeli party …; X has chaired the party since 2005"
	}
	return nil
}

// asOpening reads an office in a phrase that opens the sentence with
// "As", held by the subject of the clause after it: "As leader of the
// Labor Party he signed …", "As chairman of X, Jon Vik said …".
func (r *Relater) asOpening(d *doc, s *sent, out *relations) {
	if s.w(0) != "as" {
		return
	}
	for k := 2; k < len(s.Tokens) && k < 16; k++ {
		var p mention
		if w := s.w(k); w == "he" || w == "she" {
			e := d.personPronoun(s, k)
			if e < 0 {
				return
			}
			p = mention{ent: e, m: graph.Mention{Start: s.Tokens[k].Start, End: s.Tokens[k].End}, first: k, last: k + 1}
		} else if m := s.mentionAt(k); m != nil && d.entity(m.ent).Type == graph.Person {
			if s.w(k-1) != "," {
				return // "As X's deputy": another person in the phrase
			}
			p = *m
		} else {
			if s.w(k) == "." || s.w(k) == ";" {
				return
			}
			continue
		}
		r.readDescription(d, s, p, description{k: 1, verbal: true, past: true}, out)
		return
	}
}

// onlyOrganization reports that sentence s names no organisation other
// than org.
func onlyOrganization(d *doc, s *sent, org int) bool {
	for _, m := range s.mentions {
		if m.ent != org && d.entity(m.ent).Type == graph.Organization {
			return false
		}
	}
	return true
}

// relativeOffices reads a body's office or membership in a relative
// clause whose subject is a pronoun: "the X Party, which he chaired until
// 2020" (leads it), "the Y Party, which he left in 2015" (was a member).
func (d *doc) relativeOffices(s *sent, out *relations) {
	for k := 2; k < len(s.Tokens)-2; k++ {
		if s.w(k) == "which" && s.w(k-1) == "," && (s.w(k+1) == "is" || s.w(k+1) == "was") && headedBy.At(s.w(k+2)) != "" && s.w(k+3) == "by" {
			// "the Christian Social Union, which is led by X"
			o, p := s.mentionAt(k-2), s.mentionAt(k+4)
			if o != nil && o.last == k-1 && d.entity(o.ent).Type == graph.Organization && p != nil && p.first == k+4 && d.entity(p.ent).Type == graph.Person {
				out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: graph.RelLeaderOf, Object: d.entity(o.ent).ID,
					ValidFrom: validFrom(d, s.w(k+1) == "was", ""), Confidence: confApposition, Evidence: d.evidence(s)})
			}
			continue
		}
		if s.w(k) != "which" || s.w(k-1) != "," || s.w(k+1) != "he" && s.w(k+1) != "she" {
			continue
		}
		o := s.mentionAt(k - 2)
		if o == nil || o.last != k-1 || d.entity(o.ent).Type != graph.Organization {
			continue
		}
		v := k + 2
		for officeAdverbs[s.w(v)] || s.w(v) == "had" || s.w(v) == "has" {
			v++
		}
		pred := ""
		switch s.w(v) {
		case "chaired", "led", "headed", "chairs", "leads", "heads":
			pred = graph.RelLeaderOf
		case "left", "quit", "joined":
			if isMembership(d.entity(o.ent).Name) {
				pred = graph.RelMemberOf
			}
		}
		p := d.personPronoun(s, k+1)
		if pred == "" || p < 0 {
			continue
		}
		from, until := termDates(s, v+1, false)
		out.add(graph.Relation{Subject: d.entity(p).ID, Predicate: pred, Object: d.entity(o.ent).ID,
			ValidFrom: from, ValidUntil: until, Confidence: confApposition, Evidence: d.evidence(s)})
	}
}

// institution reports an organisation whose name says it is a public
// service, a school, an institute or a museum, which a director heads.
func institution(e *graph.Entity) bool {
	if e.Type != graph.Organization {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(e.Name)) {
		switch w {
		case "service", "school", "institute", "museum", "library", "mint", "bureau", "agency", "office", "laboratory", "observatory":
			return true
		}
	}
	return false
}

// bodyAnaphors name the body a paragraph speaks of by its kind, with a
// possessive: "the court's president", "the club's general manager".
var bodyAnaphors = wordset.Of(map[string]bool{"court": true, "club": true, "bank": true, "party": true, "company": true, "firm": true,
	"group": true, "fund": true, "agency": true, "organisation": true, "organization": true, "union": true, "council": true,
	"alliance": true, "bloc": true, "university": true, "orchestra": true, "band": true, "team": true, "newspaper": true,
	"community": true})

// anyBodyAnaphors fit a body whatever its name says: a club's name
// rarely holds "club".
var anyBodyAnaphors = wordset.Of(map[string]bool{"club": true, "team": true, "organisation": true, "organization": true, "band": true, "group": true})

// possessedBody reads, at token k of a description of person p, a
// possessive that stands for the body or state the office is held in,
// and returns its mention and the token after it: "its governor" (the
// organisation the paragraph is about), "the court's president" (the
// paragraph's organisation, or the last one named, that the noun fits),
// "his finance minister" and "Hollande's economy minister" (the country
// the possessor leads, by the relations read so far).
func (d *doc) possessedBody(s *sent, k int, p mention, out *relations) (*mention, int) {
	switch w := s.w(k); {
	case w == "its":
		if org := d.topicOrganization(s); org >= 0 {
			return d.firstMention(org), k + 1
		}
	case bodyAnaphors.Has(w) && s.possessive(k+1) && s.w(k-1) == "the":
		fits := func(e int) bool {
			return anyBodyAnaphors.Has(w) && d.ents[e].Type == graph.Organization || fitsNoun(d.ents[e], w)
		}
		if org := d.topicOrganization(s); org >= 0 && fits(org) {
			return d.firstMention(org), k + 2
		}
		for i := s.idx; i >= 0 && i >= s.idx-2; i-- {
			u := d.sentence(i)
			for n := len(u.mentions) - 1; n >= 0; n-- {
				if m := &u.mentions[n]; (i < s.idx || m.last <= k) && fits(m.ent) {
					return m, k + 2
				}
			}
		}
	case w == "his" || w == "her" || s.possessive(k+1) && s.mentionAt(k) != nil && d.entity(s.mentionAt(k).ent).Type == graph.Person:
		who, n := -1, k+1
		if w == "his" || w == "her" {
			who = d.personPronoun(s, k)
		} else {
			who, n = s.mentionAt(k).ent, s.mentionAt(k).last+1
		}
		if who < 0 || who == p.ent {
			return nil, 0
		}
		if s.w(n) == "own" {
			n++ // "his own foreign minister"
		}
		if c := d.ledCountry(out, who); c >= 0 {
			return d.firstMention(c), n
		}
	}
	return nil, 0
}

// ordinals and other words that may stand between the article and an
// office: "the 40th prime minister", "the first president".
var officeOrdinals = wordset.Of(map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true, "seventh": true,
	"eighth": true, "ninth": true, "tenth": true, "last": true, "current": true, "incumbent": true, "interim": true,
	"new": true, "acting": true, "longtime": true, "longest-serving": true,
})

func isOrdinal(w string) bool {
	if officeOrdinals.Has(w) {
		return true
	}
	n := len(w)
	if n < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch w[n-2:] {
	case "st", "nd", "rd", "th":
		return strings.Trim(w[:n-2], "0123456789") == ""
	}
	return false
}

// readDescription reads one description of person p and adds the relation
// it states.
func (r *Relater) readDescription(d *doc, s *sent, p mention, at description, out *relations) {
	k := at.k
	ev := d.evidence(s)
	if at.leads {
		// "Kofi Annan led the United Nations", "Fidel Castro led Cuba from
		// 1959 to 2008"; a country led with no term may be a team's ("led
		// Brazil to victory"), unless ruled or governed
		j := k + b2i(s.w(k) == "the")
		if s.w(k) == "the" && s.mentionAt(j) == nil {
			// "chaired the international law firm Baker McKenzie": a
			// description in lower case whose last word names the kind of body
			e := j
			for e < j+4 && s.mentionAt(e) == nil && isLowerWord(s.raw(e)) {
				e++
			}
			if e > j && (antecedentNouns.Has(s.w(e-1)) || employerNouns.Has(s.w(e-1))) {
				j = e
			}
		}
		o := s.mentionAt(j)
		end := -1 // where the term follows, when the body is named before
		countryAnaphor := false
		if o == nil && s.w(k) == "the" && s.w(j) == "country" && !s.possessive(j+1) {
			// "who led the country for most of the period": the country
			// named last, led whatever the term (no team is "the country")
			o, end, countryAnaphor = d.lastCountry(s, j), j+1, true
		} else if o == nil && s.w(k) == "the" && !s.possessive(j+1) {
			o, end = d.bodyAnaphor(s, j), j+1 // "chaired the party from 1950", not "the party's youth wing"
		} else if o == nil && s.w(k) == "it" {
			end = k + 1
			o = d.lastOfType(s, k, graph.Organization) // "founded the X Party in 1949 and headed it"
			if o != nil && s.mentionAt(o.first) != o {
				o = nil // only a body this sentence names
			}
		}
		if o != nil && end < 0 && s.possessive(o.last) && d.entity(o.ent).Type == graph.Organization {
			// "an American who heads the International Monetary Fund's
			// exchange department": the head of a body's department is
			// its official
			u := (o.last + 1)
			for n := 0; n < 5 && isLowerWord(s.raw(u)) && !departmentNouns.Has(s.w(u)); n++ {
				u++
			}
			if departmentNouns.Has(s.w(u)) {
				out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: graph.RelOfficialOf, Object: d.entity(o.ent).ID,
					Role:      "head of " + strings.TrimSpace(d.body[s.Tokens[(o.last+1)].Start:s.Tokens[u].End]),
					ValidFrom: validFrom(d, at.past, ""), Confidence: confApposition, Evidence: ev})
			}
			return
		}
		if o == nil || !isState(d.entity(o.ent)) || end < 0 && s.possessive(o.last) {
			return
		}
		if end < 0 {
			end = o.last
		}
		if subUnits.Has(s.w(end)) || isLowerWord(s.raw(end)) && subUnits.Has(s.w(end+1)) {
			return // "led the United Nations inspection team": the team, not the UN
		}
		from, until := termDates(s, end, false)
		if d.entity(o.ent).Type == graph.Country && !at.rules && !countryAnaphor && from == "" && until == "" {
			return
		}
		pred := graph.RelLeaderOf
		if s.w(end) == "to" && s.mentionAt(end+1) == nil && d.entity(o.ent).Type == graph.Organization && !strings.Contains(strings.ToLower(d.entity(o.ent).Name), "party") {
			// "had led Aberdeen to victory in the Cup": a team's manager or
			// captain works for the club; a party led to victory is led
			pred = graph.RelAffiliatedWith
		}
		out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: pred, Object: d.entity(o.ent).ID,
			ValidFrom: validFrom(d, at.past, from), ValidUntil: until, Confidence: confApposition, Evidence: ev})
		return
	}
	if at.employer {
		j := k + b2i(s.w(k) == "the")
		if s.mentionAt(j) == nil && (antecedentNouns.Has(s.w(j)) || employerNouns.Has(s.w(j))) {
			j++ // "works for the newspaper El Universal"
		}
		if o := s.mentionAt(j); o != nil && d.entity(o.ent).Type == graph.Organization {
			out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: graph.RelAffiliatedWith, Object: d.entity(o.ent).ID,
				ValidFrom: validFrom(d, at.past, ""), Confidence: confApposition, Evidence: ev})
		}
		return
	}
	article := true
	past := at.past
	if w := s.w(k + 1); (s.w(k) == "also" || s.w(k) == "currently" || s.w(k) == "now") && (w == "a" || w == "an" || w == "the" || r.titleKind(s.raw(k+1)) != kindNone) {
		k++ // "X, also a member of the ruling Y party,", "X, also chairman of Y,"
	}
	switch s.w(k) {
	case "a", "an", "the":
		k++
	default:
		// wire copy drops the article: "William Bradt, new chairman of
		// the New York Mercantile Exchange,", "X, India's prime minister,",
		// "X, President of France," — then only a title counts; after a
		// verb of office a bare title is usual ("has been President of
		// France")
		if m := s.mentionAt(k); !isLowerWord(s.raw(k)) && !at.verbal && (m == nil || !isState(d.entity(m.ent)) || m.first != k) {
			if _, _, ok := r.titleStartingAt(s, k); !ok && !(s.w(k) == "head" && s.w(k+1) == "of") { // ("Sir Roy Denman, Head of the EC Delegation,")
				q := k
				for q < k+2 && rankWords.Has(s.w(q)) {
					q++ // "X, Deputy Trade Minister at …": a rank before the title
				}
				if _, _, ok := r.titleStartingAt(s, q); q == k || !ok {
					return
				}
			}
		}
		article = false
	}
	for {
		if w := s.w(k); w == "former" {
			past = true
		} else if w == "and" && isOrdinal(s.w(k+1)) && k > at.k {
			// "the 46th and current president"
		} else if !isOrdinal(w) {
			break
		}
		k++
	}
	var pre *mention
	if m := s.mentionAt(k); m != nil && isState(d.entity(m.ent)) {
		pre, k = m, m.last
		if s.possessive(k) {
			k++
		}
	} else if s.w(k) == "country" && s.possessive(k+1) && k > 0 && s.w(k-1) == "the" {
		// "served as the country's prime minister": the country named last
		if c := d.lastCountry(s, k); c != nil {
			pre, k = c, k+2
		} else if c := d.onlyCountryBefore(s.Tokens[k].Start); c >= 0 {
			pre, k = d.firstMention(c), k+2 // the one country the paragraph named, sentences before
		}
	} else if o, n := d.possessedBody(s, k, p, out); o != nil {
		pre, k = o, n
	}
	for pre != nil && (isOrdinal(s.w(k)) || electedWords.Has(s.w(k))) {
		k++ // "Israel's fourth prime minister", "the country's first democratically elected president"
	}
	roleStart := k
	ownWord := func(k int) bool { // a word of a description the resolver read as the person himself ("the West German chancellor")
		m := s.mentionAt(k)
		return m != nil && m.ent == p.ent && descriptiveText(m.m.Text)
	}
	for k < len(s.Tokens) && k-roleStart < 6 && (s.mentionAt(k) == nil || ownWord(k)) && !s.breaks(k) && !isPreposition(s.w(k)) && !roleStops.Has(s.w(k)) &&
		!(s.w(k) == "and" && (officeAdverbs[s.w(k+1)] || s.w(k+1) == "as")) {
		k++ // (not past "and later as" another office)
	}
	if k == roleStart {
		return
	}
	roleEnd := k
	if m := s.mentionAt(k); m != nil && m.first == k && d.entity(m.ent).Type == graph.Person {
		return // "X, French President Y": the title is the next person's
	}
	titleEnd, kind, isTitle := r.titleStartingAt(s, roleStart)
	if isTitle && pre == nil && titleEnd > roleEnd && s.mentionAt(titleEnd-1) != nil {
		return // "Assistant Secretary of State for African Affairs" read as a body from "State": no body named
	}
	if !isTitle {
		// "the first deputy managing director of the IMF", "executive vice
		// president", "senior vice president": words that rank an office
		// before its title; a deputy's word puts it below the one the
		// title names
		q, below := roleStart, false
		for q < roleEnd-1 && rankWords.Has(s.w(q)) {
			below = below || deputyWords.Has(s.w(q))
			q++
		}
		if end, kd, ok := r.titleStartingAt(s, q); q > roleStart && ok && end == roleEnd {
			isTitle, kind = true, kd
			if below {
				kind = kindOfficial
			}
		}
	}
	if !isTitle && roleEnd-roleStart <= 3 {
		// "finance director of X", "marketing vice president": a field
		// before the title, in lower case; an office below the head
		if end, _, ok := r.titleStartingAt(s, roleEnd-1); ok && end == roleEnd && isLowerWord(s.raw(roleStart)) && fieldWords.Has(s.w(roleStart)) {
			isTitle, kind = true, kindOfficial
		} else if ok && end == roleEnd && roleEnd-roleStart >= 2 && isLowerWord(s.raw(roleStart)) {
			// "external relations commissioner of the EC", "foreign
			// affairs spokesman of X": a portfolio in lower case before
			// the title, each word a field's
			field := true
			for j := roleStart; j < roleEnd-1; j++ {
				field = field && isLowerWord(s.raw(j)) && (fieldWords.Has(s.w(j)) || portfolioFields.Has(s.w(j)) || portfolioExtras.Has(s.w(j)))
			}
			if field {
				isTitle, kind = true, kindOfficial
			}
		}
	}
	if !isTitle && s.w(roleEnd-1) == "minister" {
		// "information and broadcasting minister", "research and
		// technology minister": a portfolio in lower case before the title
		lower := true
		for j := roleStart; j < roleEnd; j++ {
			lower = lower && isLowerWord(s.raw(j))
		}
		if lower {
			isTitle, kind = true, kindOfficial
		}
	}
	if !isTitle && pre == nil && s.w(roleStart) == "party" && roleEnd > roleStart+1 {
		// "was elected party leader": the party the paragraph is about, or
		// the last party named
		if end, kd, ok := r.titleStartingAt(s, roleStart+1); ok && end == roleEnd {
			party := d.topicOrganization(s)
			if party < 0 || !isMembership(d.ents[party].Name) {
				party = -1
				if m := d.bodyAnaphor(s, roleStart); m != nil {
					party = m.ent // "the party leader" (bodyAnaphor wants "the" before)
				}
			}
			if party >= 0 {
				pre, isTitle, kind = d.firstMention(party), true, kd
			}
		}
	}
	head := roleEnd == roleStart+1 && (s.w(roleStart) == "head" || s.w(roleStart) == "chief" && s.w(roleEnd) == "of")
	if head {
		// "the head of the IMF", "head of government of Denmark"
		isTitle, kind = true, kindLeader
		if s.w(k) == "of" && (s.w(k+1) == "state" || s.w(k+1) == "government") {
			k += 2
			if s.w(k) == "and" && (s.w(k+1) == "state" || s.w(k+1) == "government") {
				k += 2
			}
			roleEnd = k
		}
	}
	staff := staffNouns.Has(s.w(roleEnd-1)) && !notStaff.Has(s.w(roleEnd-1))
	member := s.w(roleEnd-1) == "member" || s.w(roleEnd-1) == "members"
	board := member && roleEnd-roleStart >= 2 && s.w(roleEnd-2) == "board" // "management board member of X"
	if !article && !isTitle && !staff && !board {
		// (wire copy drops the article before a job too: "X, chief
		// economist of Halvard Corp,", "X, Halvard Corp's chief economist,")
		return
	}
	var obj *mention
	sentTo, inUnit, atPost := false, false, false
	prep := s.w(k)
	if prep == "representing" {
		prep = "for" // "an attorney representing Casey-Werner": working for it
	}
	both := false // "chairman of both X and Y"
	object := func() {
		k++
		if s.w(k) == "both" && s.mentionAt(k+1) != nil {
			k, both = k+1, true
		}
		if s.w(k) == "the" {
			k++
		}
		if rulingWords.Has(s.w(k)) && s.mentionAt(k+1) != nil {
			k++ // "chairman of the ruling X party"
		}
		if bodyPraise.Has(s.w(k)) && s.mentionAt(k) == nil && s.mentionAt(k+1) != nil {
			k++ // "head of the powerful Sao Paulo State Industries' Federation"
		}
		if o := kindDescribed(d, s, k); o > k {
			k = o // "leader of the Irish party Fianna Fail", "chairman of the West German chemicals group Hoechst AG"
		}
		if s.w(k) == "<" && s.mentionAt(k+1) != nil {
			k++ // "a spokesman for <Unzan Mine Development Co>": the wire's brackets round a firm's name
		}
		// "president of Pacific Western's airline unit" is not of the
		// owner, "head of the Malaysian delegation" not of the country
		if m := s.mentionAt(k); m != nil && isState(d.entity(m.ent)) && !s.possessive(m.last) && m.m.Label != graph.LabelMISC {
			obj = m
			// "chairman of the House committee", "head of the IBM research
			// division": an office in a part of the body the name only
			// modifies, below its head
			// ("the Cafe Peru group" is the firm; "Salomon Inc subsidiary
			// Salomon Brothers" names the unit)
			if u := unitEnd(s, m.last); d.entity(m.ent).Type == graph.Organization && unnamedUnit(s, m.last) && s.mentionAt(u) == nil && s.w(u-1) != "group" && s.w(u-1) != "team" {
				inUnit = true
			}
		} else if m != nil && m.m.Label == graph.LabelMISC && d.entity(m.ent).Type == graph.Country && envoyPosts.Has(s.w(m.last)) && (prep == "at" || prep == "of" || prep == "in") {
			// "Deputy Trade Minister at the Soviet embassy": the state's
			// servant abroad, whatever his title
			obj, atPost = m, true
		} else if m != nil && s.possessive(m.last) && (isTitle || head) {
			// "head of Poland's National Bank": the body the state owns
			if o := s.mentionAt(m.last + 1); o != nil && o.first == m.last+1 && d.entity(o.ent).Type == graph.Organization && !s.possessive(o.last) {
				obj = o
			} else if d.entity(m.ent).Type == graph.Organization && unnamedUnit(s, m.last+1) {
				// "general manager of Mitsui Bank Ltd's treasury division":
				// an office in the bank, below its head ("president of
				// Pacific Western's airline unit, Pacific Western Airlines
				// Ltd" heads the unit the apposition names instead)
				obj, inUnit = m, true
			}
		}
	}
	if isPreposition(prep) {
		prepAt := k
		object()
		// "ambassador to Liberia" serves the state that sends the envoy
		sentTo = obj != nil && prep == "to" && envoy(role0(s, roleStart, roleEnd))
		// "Minister of Finance of Greece", "a professor of economics at X":
		// the role runs on through a complement that names nothing
		// ("executive vice president for finance at X": a field, not
		// "a spokesman for the union at X", a body)
		if obj == nil && (prep == "of" || prep == "for" && isTitle && s.w(prepAt+1) != "the") {
			j := k
			for j < len(s.Tokens) && j < k+4 && s.mentionAt(j) == nil && !s.breaks(j) && !isPreposition(s.w(j)) {
				j++
			}
			if j > k && isPreposition(s.w(j)) && s.w(j) != "to" && s.w(j) != "in" {
				roleEnd0, k0, prep0 := roleEnd, k, prep
				roleEnd, k, prep = j, j, s.w(j)
				object()
				if head {
					isTitle = false // "head of research at the bank" heads no bank
				}
				if f := prepAt + 1; obj != nil && kind == kindLeader && prep0 == "of" && isLowerWord(s.raw(f)) && !determiners.Has(s.w(f)) && s.w(f) != "board" && s.w(f) != "directors" {
					// "managing director of swaps for Morgan Stanley": the
					// head of one field serves the firm, not its leader
					kind = kindOfficial
				}
				if obj == nil && prep0 == "for" && isLowerWord(s.raw(k0)) {
					// "his finance minister for most of the 1950s": a time, no
					// field ("Assistant Secretary for Economics")
					roleEnd, k, prep = roleEnd0, k0, prep0
				}
			}
		}
	}
	role := d.body[s.Tokens[roleStart].Start:s.Tokens[roleEnd-1].End]
	end := roleEnd
	if obj != nil {
		end = obj.last
	} else if pre != nil && s.mentionAt(pre.first) == pre {
		end = max(end, pre.last)
	}
	from, until := termDates(s, end, at.start)
	if kind == kindOfficial && roleEnd == roleStart+1 && s.w(roleStart) == "director" && obj != nil && prep == "of" && institution(d.entity(obj.ent)) {
		// "director of the London School of Economics", "a former director
		// of the Federal Security Service": an institution's director heads
		// it (a firm's may sit on its board)
		kind = kindLeader
	}
	if kind == kindOfficial && roleEnd == roleStart+1 && s.w(roleStart) == "governor" && s.w(at.k) != "a" {
		// "the governor of the Bank of Japan", "its governor": a bank's or
		// a fund's governor heads it (a state's region is no body here)
		if t := cmp.Or(obj, pre); t != nil && d.entity(t.ent).Type == graph.Organization {
			kind = kindLeader
		}
	}
	rel := func(pred string, object *mention, role string) {
		out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: pred, Object: d.entity(object.ent).ID,
			Role: role, ValidFrom: validFrom(d, past && !at.start, from), ValidUntil: until, Confidence: confApposition, Evidence: ev})
	}
	served := false // a bare state office placed in the person's country
	switch {
	case pre != nil && isTitle:
		full := role
		if obj != nil {
			full = d.body[s.Tokens[roleStart].Start:obj.m.End]
		}
		if s.mentionAt(pre.first) == pre {
			s.consume(s.at[pre.first])
		}
		rel(predicateOf(kind), pre, full)
	case obj != nil && (isTitle || staff) && atPost:
		rel(graph.RelOfficialOf, obj, role)
	case obj != nil && isTitle && !sentTo && inUnit:
		rel(graph.RelOfficialOf, obj, d.body[s.Tokens[roleStart].Start:s.Tokens[unitEnd(s, obj.last+b2i(s.possessive(obj.last)))-1].End])
	case obj != nil && isTitle && !sentTo:
		rel(predicateOf(kind), obj, role)
	case (article || board) && member && obj != nil && prep == "of" && d.entity(obj.ent).Type == graph.Organization:
		// "a member of the X party": the text states membership, memberOf
		// as for states (a party's word before a name, "Republican Sen.
		// X", stays an affiliation: partyRelations); a board's member
		// serves it as an official
		if board || s.w(obj.last) == "board" {
			// "a member of the Halvard board"
			rel(graph.RelOfficialOf, obj, role)
			break
		}
		rel(graph.RelMemberOf, obj, role)
		// "a member of the X and of the Hindu nationalist organisation
		// Y", "of the X party and later of the Y"
		for n := obj.last; s.w(n) == "party" || s.w(n) == "and"; {
			n += b2i(s.w(n) == "party")
			if s.w(n) != "and" {
				break
			}
			n++
			for officeAdverbs[s.w(n)] {
				n++
			}
			if s.w(n) != "of" {
				break
			}
			n++
			for j := 0; j < 5 && s.mentionAt(n) == nil && (isLowerWord(s.raw(n)) || s.possessive(n)) && !s.breaks(n); j++ {
				n++ // "the Hindu nationalist organisation"
			}
			o := s.mentionAt(n)
			if o == nil || d.entity(o.ent).Type != graph.Organization {
				break
			}
			rel(graph.RelMemberOf, o, role)
			n = o.last
		}
	case isTitle && obj == nil && kind == kindLeader && (from != "" || until != "") && titleServes(role, graph.Organization) && d.topicOrganization(s) >= 0 &&
		onlyOrganization(d, s, d.topicOrganization(s)):
		// "Karl Otto Pöhl, president from 1980 to 1991, resigned" in a
		// paragraph about the bank: its head in those years
		rel(graph.RelLeaderOf, d.firstMention(d.topicOrganization(s)), role)
	case isTitle && (obj == nil || sentTo) && stateOffice(role):
		// "she later served as information minister", "he was ambassador
		// to the United States": an office of the state the person leads,
		// serves or is a citizen of by what the text said before
		if c := d.ownCountry(out, p.ent); c >= 0 && (obj == nil || obj.ent != c) {
			rel(predicateOf(kind), d.firstMention(c), role)
			served = true
		}
	case (article || head || staff) && obj != nil && d.entity(obj.ent).Type == graph.Organization && (prep == "at" || prep == "of" || prep == "with" || prep == "for") &&
		!notStaff.Has(s.w(roleEnd-1)):
		rel(staffPredicate(s.w(roleEnd-1)), obj, role)
	case staff && obj == nil && pre != nil && d.entity(pre.ent).Type == graph.Organization && s.possessive(pre.last):
		// "X, Halvard Corp's chief economist,", "Roy Hattersley, the
		// Labour Party's Treasury spokesman,"
		rel(staffPredicate(s.w(roleEnd-1)), pre, role)
	}
	// a second office coordinated with the first: "Prime Minister of Y
	// and President of the Z Party"
	// Minister of Y from 1995 to 2013 and later President of the Z"),
	// "foreign minister and later as deputy prime minister"
	if both && obj != nil && s.w(obj.last) == "and" && isTitle && !sentTo {
		// "chairman of both Fox Corporation and News Corp"
		n := obj.last + 1 + b2i(s.w(obj.last+1) == "the")
		if o := s.mentionAt(n); o != nil && o.first == n && d.entity(o.ent).Type == d.entity(obj.ent).Type {
			rel(predicateOf(kind), o, role)
		}
	}
	if obj != nil || served {
		and := roleEnd
		if obj != nil {
			and = obj.last
		}
		for n := 0; n < 6 && and < len(s.Tokens) && (termWords.Has(s.w(and)) || yearOf(s.w(and)) != ""); n++ {
			and++
		}
		if s.w(and) == "and" {
			first := and + 1
			for officeAdverbs[s.w(first)] {
				first++
			}
			if s.w(first) == "as" {
				first++
			}
			if _, _, ok := r.titleStartingAt(s, first+b2i(s.w(first) == "the")); ok {
				r.readDescription(d, s, p, description{k: first, verbal: true, past: at.past, start: at.start}, out)
			} else if w := s.w(first); (w == "a" || w == "an") && isLowerWord(s.raw(first+1)) {
				// "a professor at X and a fellow of the Y Society"
				r.readDescription(d, s, p, description{k: first, past: at.past, start: at.start}, out)
			}
		}
	}
}

// staffPredicate is what a job says of the one who holds it: a
// spokesman speaks for the body as its official (the guide's "X, a
// spokesman for Y"), other jobs are an affiliation.
func staffPredicate(job string) string {
	switch job {
	case "spokesman", "spokeswoman", "spokesperson", "official":
		return graph.RelOfficialOf
	}
	if bandRoles.Has(job) {
		return graph.RelMemberOf // "the guitarist of the Rolling Stones": the band's member
	}
	return graph.RelAffiliatedWith
}

// bandRoles are the parts players take in a band or an orchestra, whose
// players are its members.
var bandRoles = wordset.Of(map[string]bool{"singer": true, "vocalist": true, "guitarist": true, "bassist": true, "drummer": true,
	"keyboardist": true, "frontman": true, "frontwoman": true, "percussionist": true, "saxophonist": true, "trumpeter": true})

// stateStaff are jobs a state's name before them makes its service:
// "U.S. negotiator X", "Japanese trade official Y".
var stateStaff = wordset.Of(map[string]bool{"negotiator": true, "official": true, "delegate": true, "diplomat": true, "envoy": true, "emissary": true})

// fieldWords name the field of an office before its title: "finance
// director", "marketing manager".
var fieldWords = wordset.Of(map[string]bool{"finance": true, "financial": true, "marketing": true, "sales": true, "research": true,
	"personnel": true, "production": true, "technical": true, "commercial": true, "economic": true, "legal": true,
	"operations": true, "planning": true, "investment": true, "export": true, "exports": true, "trading": true,
	"development": true, "communications": true, "programme": true, "program": true, "regional": true, "international": true})

// portfolioExtras are words of a portfolio beside portfolioFields:
// "external relations", "foreign affairs".
var portfolioExtras = wordset.Of(map[string]bool{"external": true, "relations": true, "affairs": true, "security": true,
	"consumer": true, "public": true, "works": true, "mines": true, "petroleum": true, "information": true})

// rankWords rank an office before its title ("executive vice
// president"); deputyWords among them put it below the title's.
var (
	rankWords   = wordset.Of(map[string]bool{"deputy": true, "vice": true, "assistant": true, "associate": true, "senior": true, "executive": true, "group": true, "joint": true, "acting": true})
	deputyWords = wordset.Of(map[string]bool{"deputy": true, "vice": true, "assistant": true, "associate": true})
)

// rulingWords describe a party between "the" and its name.
var rulingWords = wordset.Of(map[string]bool{"ruling": true, "governing": true, "opposition": true, "main": true, "conservative": true,
	"socialist": true, "centre-right": true, "centre-left": true, "nationalist": true, "communist": true})

// envoyPosts are where a state's servants abroad work.
var envoyPosts = wordset.Of(map[string]bool{"embassy": true, "consulate": true, "legation": true})

// bodyPraise are adjectives a writer puts before a body's name to say
// how it stands, not what it is: "the powerful X", "the influential Y".
var bodyPraise = wordset.Of(map[string]bool{"powerful": true, "influential": true, "prestigious": true, "giant": true,
	"mighty": true, "respected": true, "troubled": true, "ailing": true})

// officeNouns name an office held by its nature: "returned to the
// presidency of Brazil", "won the leadership of the Liberal Democratic
// Party".
var officeNouns = wordset.Of(map[string]bool{"presidency": true, "premiership": true, "chancellorship": true, "leadership": true, "chairmanship": true})

// officeHeld are verbs that hold an office named by its noun: "has held the presidency".
var officeHeld = wordset.Of(map[string]bool{"held": true, "holds": true, "assumed": true})

// boardSeats reads a seat on a body's board, an office below its head:
// "sits on the board of the Walt Disney Company", "had sat on the bank's
// executive board".
func (d *doc) boardSeats(s *sent, p mention, out *relations) {
	for j := p.last; j < len(s.Tokens)-3 && j < p.last+20; j++ {
		if m := s.mentionAt(j); m != nil && m.ent != p.ent && d.entity(m.ent).Type == graph.Person || s.w(j) == ";" {
			return
		}
		if w := s.w(j); w != "sits" && w != "sat" && w != "sitting" || s.w(j+1) != "on" {
			continue
		}
		k := j + 2
		var o *mention
		switch {
		case s.w(k) == "the" && s.w(k+1) == "board" && s.w(k+2) == "of":
			n := k + 3 + b2i(s.w(k+3) == "the")
			if m := s.mentionAt(n); m != nil && m.first == n {
				o = m
			}
		case s.w(k) == "the" && s.possessive(k+2):
			o, k = d.bodyAnaphor(s, k+1), k+3 // "the bank's executive board"
		default:
			if m := s.mentionAt(k + b2i(s.w(k) == "the")); m != nil && s.possessive(m.last) {
				o, k = m, m.last+1 // "Halvard Corp's board"
			}
		}
		if o == nil || d.entity(o.ent).Type != graph.Organization {
			continue
		}
		if s.w(k) != "board" && s.w(k+1) != "board" && s.w(j+3) != "board" {
			continue
		}
		out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: graph.RelOfficialOf, Object: d.entity(o.ent).ID,
			Role: "board member", Confidence: confApposition, Evidence: d.evidence(s)})
		return
	}
}

// boardNamed reads a person named, elected or appointed to a firm's
// board, with others joined to the name ("Myers and Morgan were named to
// the board", "X was elected to its board"): the firm's board member.
// "The board" or "its board" is the firm the sentence's speaker is ("J.M.
// said …"), a body the sentence names.
func (d *doc) boardNamed(s *sent, p mention, out *relations) {
	j := p.last
	for j < len(s.Tokens) && j < p.last+12 {
		if m := s.mentionAt(j + 1); (s.w(j) == "and" || s.w(j) == ",") && m != nil && m.first == j+1 && d.entity(m.ent).Type == graph.Person {
			j = m.last // "Myers and Morgan were named"
			continue
		}
		if w := s.w(j); w == "was" || w == "were" || w == "has" || w == "have" || w == "been" || w == "also" || w == "today" {
			j++
			continue
		}
		break
	}
	if w := s.w(j); w != "named" && w != "elected" && w != "appointed" && w != "nominated" || s.w(j+1) != "to" {
		return
	}
	k := j + 2
	var o *mention
	switch {
	case (s.w(k) == "the" || s.w(k) == "its") && s.w(k+1) == "board" && s.w(k+2) == "of":
		n := k + 3 + b2i(s.w(k+3) == "the")
		if m := s.mentionAt(n); m != nil && m.first == n {
			o = m
		}
	case (s.w(k) == "the" || s.w(k) == "its") && s.w(k+1) == "board":
		// the firm that speaks in this sentence: "J.M. said … were named to the board"
		for i := range s.mentions {
			m := &s.mentions[i]
			if m.last <= p.first && d.entity(m.ent).Type == graph.Organization && speechVerbs[s.w(m.last)] {
				o = m
				break
			}
		}
	default:
		if m := s.mentionAt(k + b2i(s.w(k) == "the")); m != nil && s.possessive(m.last) && s.w(m.last+1) == "board" {
			o = m // "named to Halvard Corp's board"
		}
	}
	if o == nil || d.entity(o.ent).Type != graph.Organization {
		return
	}
	out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: graph.RelOfficialOf, Object: d.entity(o.ent).ID,
		Role: "board member", Confidence: confApposition, Evidence: d.evidence(s)})
}

// officeNounRelations reads an office noun, "of" and a state in the
// clause of person p: leaderOf.
func (d *doc) officeNounRelations(s *sent, p mention, out *relations) {
	for j := p.last; j < len(s.Tokens)-2 && j < p.last+25; j++ {
		if m := s.mentionAt(j); m != nil && m.ent != p.ent && d.entity(m.ent).Type == graph.Person || s.w(j) == ";" {
			return
		}
		if officeNouns.Has(s.w(j)) && s.w(j-1) == "the" && s.w(j+1) != "of" && officeHeld.Has(s.w(j-2)) {
			// "has held the presidency since 2019": of the organisation the
			// paragraph is about
			if org := d.topicOrganization(s); org >= 0 {
				from, until := termDates(s, j+1, true)
				out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: graph.RelLeaderOf, Object: d.entity(org).ID,
					Role: s.raw(j), ValidFrom: validFrom(d, false, from), ValidUntil: until, Confidence: confApposition, Evidence: d.evidence(s)})
			}
			continue
		}
		if !officeNouns.Has(s.w(j)) || s.w(j+1) != "of" || s.w(j-1) != "the" {
			continue
		}
		k := j + 2 + b2i(s.w(j+2) == "the")
		o := s.mentionAt(k)
		if o == nil || o.first != k || !isState(d.entity(o.ent)) || s.possessive(o.last) {
			continue
		}
		from, until := termDates(s, o.last, true)
		out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: graph.RelLeaderOf, Object: d.entity(o.ent).ID,
			Role: s.raw(j), ValidFrom: validFrom(d, false, from), ValidUntil: until, Confidence: confApposition, Evidence: d.evidence(s)})
	}
}

// asOffice reports a word before "as" after which a title is an office
// held: a verb ("returned as", "was re-elected as") or "term", "office".
// After a noun the title is someone else's or no one's yet ("Reagan's
// nominee as director of the CIA").
func asOffice(w string) bool {
	switch w {
	case "term", "office", "returned", "serves", "remains", "stayed", "continues", "continued", "returns":
		return true
	case "known", "such", "used", "seen", "regarded", "described", "ranked", "listed", "cited":
		return false
	}
	return strings.HasSuffix(w, "ed") && len(w) > 3
}

// electedWords say how an office was won between its country and its
// title: "the country's first democratically elected president".
var electedWords = wordset.Of(map[string]bool{"democratically": true, "popularly": true, "directly": true, "freely": true, "elected": true})

// lastCountry is the mention of the country named last before token k of
// s, in s or the sentences before it (demonyms included): what "the
// country's" refers to.
func (d *doc) lastCountry(s *sent, k int) *mention { return d.lastOfType(s, k, graph.Country) }

// lastOfType is the mention of an entity of type t named last before token
// k of s, in s or the two sentences before it, or nil.
func (d *doc) lastOfType(s *sent, k int, t graph.EntityType) *mention {
	return d.lastWhere(s, k, func(m *mention) bool { return d.entity(m.ent).Type == t })
}

// lastWhere is the mention that ok accepts named last before token k of
// s, in s or the two sentences before it, or nil.
func (d *doc) lastWhere(s *sent, k int, ok func(m *mention) bool) *mention {
	for i := s.idx; i >= 0 && i >= s.idx-2; i-- {
		u := d.sentence(i)
		if u == nil {
			continue
		}
		for n := len(u.mentions) - 1; n >= 0; n-- {
			m := &u.mentions[n]
			if (i < s.idx || m.last <= k) && ok(m) {
				return m
			}
		}
	}
	return nil
}

// notStaff are what a person may be of or at an organisation without
// working for it: "a graduate of Harvard", "a critic of the IMF", "a
// founder of the party", "a customer of the bank".
var notStaff = wordset.Of(map[string]bool{"graduate": true, "graduates": true, "student": true, "students": true, "alumnus": true,
	"alumna": true, "alumni": true, "founder": true, "co-founder": true, "cofounder": true, "supporter": true,
	"critic": true, "opponent": true, "ally": true, "fan": true, "customer": true, "client": true, "shareholder": true,
	"owner": true, "victim": true, "candidate": true, "nominee": true, "friend": true, "son": true, "daughter": true,
	"wife": true, "husband": true, "brother": true, "sister": true, "guest": true, "visitor": true, "winner": true,
	"recipient": true, "laureate": true, "prisoner": true, "defendant": true, "plaintiff": true, "admirer": true,
	"biographer": true, "target": true, "beneficiary": true, "patron": true})

// subUnits are parts of a body a person may lead without leading the body:
// "led the UN inspection team", "headed the EU delegation".
// departmentNouns name a part of a body that a person heads.
var departmentNouns = wordset.Of(map[string]bool{"department": true, "division": true, "office": true, "unit": true,
	"branch": true, "bureau": true, "section": true, "desk": true})

var subUnits = wordset.Of(map[string]bool{"team": true, "teams": true, "mission": true, "delegation": true, "unit": true,
	"division": true, "contingent": true, "force": true, "forces": true, "operation": true, "panel": true,
	"investigation": true, "inquiry": true, "branch": true, "office": true, "bureau": true, "campaign": true,
	"inspectors": true, "observers": true, "troops": true, "negotiators": true, "talks": true})

// roleStops end a role's words: the years of its term, the sentence's end.
var roleStops = wordset.Of(map[string]bool{"from": true, "since": true, "until": true, "between": true, ".": true, ")": true, "(": true, "who": true, "representing": true,
	"as": true, "under": true}) // "foreign minister and later as …", "finance minister under President X"

// role0 is the lower-cased words of a role between tokens [a, b).
func role0(s *sent, a, b int) string {
	ws := make([]string, 0, b-a)
	for k := a; k < b; k++ {
		ws = append(ws, s.w(k))
	}
	return strings.Join(ws, " ")
}

// envoy reports a role sent to another state or body, whose "to" names
// where the envoy serves, not whom: "ambassador to Liberia".
func envoy(role string) bool {
	for _, w := range []string{"ambassador", "envoy", "representative", "emissary", "consul", "high commissioner", "minister"} {
		if strings.HasSuffix(role, w) {
			return true
		}
	}
	return false
}

// termWords join the years of a term: "from 1995 to 2013", "since 2019".
var termWords = wordset.Of(map[string]bool{"from": true, "to": true, "until": true, "till": true, "since": true, "between": true, "in": true, "–": true, "-": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true})

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// validFrom is when a relation read from a description holds from: the
// year the sentence gives, else the article's date for a present office or
// one the sentence starts ("was appointed": news of the day), else nothing
// (a past office held before the article, when is not said).
func validFrom(d *doc, past bool, year string) string {
	switch {
	case year != "":
		return year
	case past:
		return ""
	}
	return d.published()
}

// termDates reads the years of a term after its office: "from 2005 to
// 2021", "between 2005 and 2021", "since 2017", "until 2021",
// "(2005–2021)", and "in 2017" after a verb that starts the term.
func termDates(s *sent, k int, start bool) (from, until string) {
	for j := k; j < len(s.Tokens) && j < k+5; j++ {
		w := s.w(j)
		switch w {
		case "from", "between":
			if y := yearOf(s.w(j + 1)); y != "" {
				if a, b, ok := yearRange(s.w(j + 1)); ok {
					return a, b
				}
				if c := s.w(j + 2); c == "to" || c == "until" || c == "till" || c == "and" {
					return y, yearOf(s.w(j + 3))
				}
				return y, ""
			}
		case "since":
			if termWords.Has(s.w(j+1)) && yearOf(s.w(j+2)) != "" {
				return yearOf(s.w(j + 2)), "" // "since February 2018"
			}
			return yearOf(s.w(j + 1)), ""
		case "until", "till":
			return "", yearOf(s.w(j + 1))
		case "in":
			if start {
				if termWords.Has(s.w(j+1)) && s.w(j+1) != "in" {
					return yearOf(s.w(j + 2)), "" // "in December 2017"
				}
				return yearOf(s.w(j + 1)), ""
			}
		case "(":
			if a, b, ok := yearRange(s.w(j + 1)); ok {
				return a, b
			}
			if y := yearOf(s.w(j + 1)); y != "" && (s.w(j+2) == "–" || s.w(j+2) == "-") {
				return y, yearOf(s.w(j + 3))
			}
		}
		if w == "." || w == ";" || w == "and" {
			break
		}
	}
	return "", ""
}

// yearOf is w when it is a year (1800–2099), else "".
func yearOf(w string) string {
	if len(w) == 4 && (strings.HasPrefix(w, "18") || strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == "" {
		return w
	}
	return ""
}

// yearRange splits a token such as "2005–2021".
func yearRange(w string) (string, string, bool) {
	for _, dash := range []string{"–", "-"} {
		if a, b, ok := strings.Cut(w, dash); ok && yearOf(a) != "" && yearOf(b) != "" {
			return a, b, true
		}
	}
	return "", "", false
}

// orgKindWords name a body's kind after its name: "the IG Metall union".
var orgKindWords = wordset.Of(map[string]bool{"union": true, "group": true, "company": true, "bank": true, "party": true,
	"federation": true, "association": true, "agency": true, "firm": true})

// reverseApposition reads "<Country or Org>'s [acting] <title> [to <Org>],
// <Person>": "Canada's acting high commissioner, Stewart Wheeler", "Israel's
// ambassador to the U.N., Gilad Erdan", "Syria's interim president, Ahmed
// al-Sharaa".
func (r *Relater) reverseApposition(d *doc, s *sent, out *relations) {
	for _, p := range s.mentions {
		end := p.first - 1 // the comma
		if m := s.mentionAt(end); m != nil && m.last == p.first && m.m.Label == graph.LabelMISC && d.entity(m.ent).Type == graph.Country {
			end = m.first - 1 // "Ariadne's chairman, New Zealander Bruce Judge,": a demonym describing the person after the comma
		}
		if d.entity(p.ent).Type != graph.Person || s.w(end) != "," {
			continue
		}
		// the state: a possessive at most eight tokens back, nothing but
		// role words, and a "to|for|at [the] <Org>" complement, between
		var state *mention
		k := end - 1
		for ; k >= 0 && end-k <= 8; k-- {
			if s.possessive(k) {
				if m := s.mentionAt(k - 1); m != nil && isState(d.entity(m.ent)) {
					state = m
				}
				break
			}
			if (s.w(k) == "his" || s.w(k) == "her") && (k == 0 || s.breaks(k-1) || s.w(k-1) == "with" || s.w(k-1) == "and") {
				// "His finance minister, X,", "with his own foreign minister,
				// X": the country the possessor leads
				if who := d.personPronoun(s, k); who >= 0 && who != p.ent {
					if c := d.ledCountry(out, who); c >= 0 {
						state = d.firstMention(c)
						if s.w(k+1) == "own" {
							k++
						}
					}
				}
				break
			}
			if s.w(k) == "its" && (k == 0 || s.breaks(k-1)) {
				// "Its chairman, X,": the organisation the paragraph is about
				if org := d.topicOrganization(s); org >= 0 {
					for _, f := range d.sents {
						for i := range f.mentions {
							if f.mentions[i].ent == org && state == nil {
								state = &f.mentions[i]
							}
						}
					}
				}
				break
			}
			if s.breaks(k) {
				break
			}
			if m := s.mentionAt(k); m != nil {
				k = m.first
				if w := s.w(k - 1); w != "to" && w != "for" && w != "at" && w != "the" {
					break
				}
			}
		}
		roleStart, roleEnd := k+1, end
		if state == nil {
			// "The American ambassador, Mark Lewis,": a demonym, then a title
			for j := roleStart; j < roleEnd; j++ {
				if m := s.mentionAt(j); m != nil && m.m.Label == graph.LabelMISC && d.entity(m.ent).Type == graph.Country {
					if _, _, ok := r.titleStartingAt(s, m.last); ok && m.last < roleEnd {
						state, roleStart = m, m.last
					}
					break
				}
			}
		}
		if state == nil {
			// "the Prime Minister of India, Narendra Modi,": a title, "of",
			// the state, the comma
			e := end
			if s.w(e-1) == ")" && s.w(e-3) == "(" {
				e -= 3 // "the head of the Iraqi National Oil Company (INOC), X"
			}
			m := s.mentionAt(e - 1)
			if m == nil && orgKindWords.Has(s.w(e-1)) && isLowerWord(s.raw(e-1)) {
				// "the chairman of the IG Metall union, X,": the body's kind after its name
				if m = s.mentionAt(e - 2); m != nil && m.last == e-1 {
					e--
				}
			}
			if m == nil || !isState(d.entity(m.ent)) || m.last != e {
				continue
			}
			of := m.first - 1 - b2i(s.w(m.first-1) == "the")
			if s.w(of) != "of" {
				continue
			}
			first, _, ok := r.titleEndingAt(s, of-1)
			if !ok && s.w(of-1) == "head" && s.w(of-2) == "the" {
				first, ok = of-1, true // "the head of Halvard Corp, Jon Vik,": who leads it
			}
			before := first - 1
			for before > 0 && (isOrdinal(s.w(before)) || strings.Contains(s.w(before), "-") && isLowerWord(s.raw(before))) {
				before-- // "the newly-elected chairman of", "the new president of"
			}
			if !ok || first > 0 && s.w(before) != "the" && !s.breaks(before) && s.w(before) != "," {
				continue
			}
			state, roleStart, roleEnd = m, first, of
		}
		kind := kindNone
		if s.w(roleStart) == "head" && roleEnd == roleStart+1 {
			kind = kindLeader
		}
		for j := roleStart; j < roleEnd && kind == kindNone; j++ {
			if _, kd, ok := r.titleStartingAt(s, j); ok {
				kind = kd
				break
			}
			if s.mentionAt(j) != nil {
				break
			}
		}
		pred := predicateOf(kind)
		if kind == kindNone && roleStart < roleEnd && d.entity(state.ent).Type == graph.Organization && staffNouns.Has(s.w(roleEnd-1)) {
			// "Pennzoil Co's chief trial lawyer, Joseph P. Jamail,": one
			// who works for the body, no officer of it
			kind, pred = kindOfficial, graph.RelAffiliatedWith
		}
		if kind == kindNone || roleStart >= roleEnd {
			continue
		}
		from, to := roleStart, roleEnd
		if s.mentionAt(state.first) == state {
			from, to = min(state.first, roleStart), max(roleEnd, state.last)
		}
		for j := from; j < to; j++ {
			if s.mentionAt(j) != nil {
				s.consume(s.at[j])
			}
		}
		out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: pred, Object: d.entity(state.ent).ID,
			Role: d.body[s.Tokens[roleStart].Start:s.Tokens[roleEnd-1].End], ValidFrom: d.published(),
			Confidence: confApposition, Evidence: d.evidence(s)})
	}
}

// listedTitles gives the people of a list of titled names the body its
// first name's title was read in: "SGL chairman Jon Lieberman, executive
// vice president Ed Dougherty and financial officer Al Levine" (all SGL's),
// "Foreign Secretary Geoffrey Howe" after a British minister. Each title
// after ", " or "and" right after a titled person of this sentence; a
// body other than a state only for titles in lower case.
func (r *Relater) listedTitles(d *doc, s *sent, out *relations) {
	ev := d.evidence(s)
	for _, p := range s.mentions {
		if d.entity(p.ent).Type != graph.Person {
			continue
		}
		t0, kind, ok := r.titleEndingAt(s, p.first-1)
		if !ok || t0 < 2 || s.w(t0-1) != "," && s.w(t0-1) != "and" {
			continue
		}
		q := s.mentionAt(t0 - 2)
		if q == nil || q.last != t0-1 || d.entity(q.ent).Type != graph.Person {
			continue
		}
		lower := true // a firm's officers' titles are written in lower case
		for k := t0; k < p.first; k++ {
			lower = lower && isLowerWord(s.raw(k))
		}
		for _, rel := range out.list {
			if rel.Subject == d.entity(q.ent).ID && (rel.Predicate == graph.RelLeaderOf || rel.Predicate == graph.RelOfficialOf) && rel.Evidence == ev {
				if i, ok := d.index(rel.Object); !ok || d.ents[i].Type != graph.Country && !lower {
					break // "Commerce Secretary Baldrige and Defense Secretary Weinberger": each his own department
				}
				out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: predicateOf(kind), Object: rel.Object,
					Role: d.body[s.Tokens[t0].Start:s.Tokens[p.first-1].End], ValidFrom: d.published(), Confidence: confTitle, Evidence: ev})
				break
			}
		}
	}
}

// relativePronouns open a relative clause.
var relativePronouns = wordset.Of(map[string]bool{"which": true, "that": true, "who": true, "whom": true, "whose": true})

// demonymWord reports a word shaped as a demonym: "Australian", "Briton",
// "New Zealander", "Swiss", "Dutch", "Japanese", "Iraqi", "Thai".
func demonymWord(w string) bool {
	for _, suf := range []string{"an", "er", "ese", "ish", "ss", "ch", "i", "on"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// pairedBody reports a body whose title a second title after "and" shares:
// a state, or an organisation of no state (a firm, a union).
func pairedBody(e *graph.Entity) bool {
	return e.Type == graph.Country || e.Type == graph.Organization && e.Country == ""
}

// describingWords may stand between the article and a nationality: "a
// retired Nigerian general", "a leading Kenyan lawyer".
var describingWords = wordset.Of(map[string]bool{"retired": true, "former": true, "leading": true, "prominent": true, "veteran": true,
	"renowned": true, "celebrated": true, "distinguished": true, "young": true, "noted": true, "influential": true})

// citizenRelations reads "<Person>, a <Demonym> citizen|national".
func (r *Relater) citizenRelations(d *doc, s *sent, out *relations) {
	// "the French economist Thomas Piketty": a demonym and a trade (no
	// title: "French President X" is an office, read elsewhere) before a
	// person
	for _, m := range s.mentions {
		if d.entity(m.ent).Type != graph.Country {
			continue
		}
		j := m.last
		for j < len(s.Tokens) && j < m.last+4 && isLowerWord(s.raw(j)) && r.titleKind(s.raw(j)) == kindNone && !determiners.Has(s.w(j)) && !relativePronouns.Has(s.w(j)) {
			j++ // (not past a relative pronoun: "the British budget which Lawson unveiled")
		}
		p := s.mentionAt(j)
		if p == nil || p.first != j || d.entity(p.ent).Type != graph.Person {
			continue
		}
		if j == m.last {
			// "New Zealander Bruce Judge", "Briton Jon Smith": the demonym
			// itself before a full name (not a country's name, "Japan
			// Nakasone", nor a word taken for a name: "Nicaraguan Contra
			// rebels")
			if m.m.Label == graph.LabelMISC && demonymWord(s.raw(m.last-1)) && p.last-p.first >= 2 {
				out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: graph.RelCitizenOf, Object: d.entity(m.ent).ID,
					ValidFrom: d.published(), Confidence: confCitizen, Evidence: d.evidence(s)})
			}
			continue
		}
		if j > m.last+1 && s.verbBetween(m.last, j) {
			continue // "Soviet officials met Tom Green": a clause, not a description
		}
		if stateStaff.Has(s.w(j - 1)) {
			// "chief U.S. arms control negotiator X", "Japanese trade
			// official Y": the state's servant, more than its citizen
			out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: graph.RelOfficialOf, Object: d.entity(m.ent).ID,
				Role: d.body[s.Tokens[m.last].Start:s.Tokens[j-1].End], ValidFrom: d.published(), Confidence: confApposition, Evidence: d.evidence(s)})
			continue
		}
		if m.m.Label == graph.LabelMISC && j <= m.last+3 {
			out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: graph.RelCitizenOf, Object: d.entity(m.ent).ID,
				ValidFrom: d.published(), Confidence: confCitizen, Evidence: d.evidence(s)})
		}
	}
	citizen := func(p, m *mention) {
		out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: graph.RelCitizenOf, Object: d.entity(m.ent).ID,
			ValidFrom: d.published(), Confidence: confCitizen, Evidence: d.evidence(s)})
	}
	for i := range s.mentions {
		p := &s.mentions[i]
		if d.entity(p.ent).Type != graph.Person {
			continue
		}
		// what the person is, said right after the name: "X, a U.S.
		// citizen", "X is a naturalised citizen of Mexico", "X, who holds
		// British citizenship"
		j := afterName(s, *p)
		switch s.w(j) {
		case ",", "is", "was", "became", "remains":
			j++
			if s.w(j) == "who" {
				j++
				if w := s.w(j); w == "is" || w == "was" || w == "became" || w == "remains" {
					j++
				}
			}
		default:
			continue
		}
		switch s.w(j) {
		case "a", "an":
			j++
			if w := s.w(j); w == "naturalised" || w == "naturalized" || w == "dual" {
				j++
			}
			if m := s.mentionAt(j); m != nil && d.entity(m.ent).Type == graph.Country {
				// "X, who is a British and Israeli citizen": a citizen of each
				var n *mention
				if s.w(m.last) == "and" {
					if n = s.mentionAt(m.last + 1); n != nil && (d.entity(n.ent).Type != graph.Country || n.m.Label != graph.LabelMISC) {
						n = nil
					}
				}
				k := m.last
				if n != nil {
					k = n.last
				}
				if w := s.w(k); w == "citizen" || w == "national" || w == "citizens" || w == "nationals" {
					citizen(p, m)
					if n != nil {
						citizen(p, n)
					}
				}
			} else if w := s.w(j); (w == "citizen" || w == "national") && s.w(j+1) == "of" {
				if m := s.mentionAt(j + 2 + b2i(s.w(j+2) == "the")); m != nil && d.entity(m.ent).Type == graph.Country {
					citizen(p, m)
				}
			}
		case "holds", "has", "held", "had", "acquired", "obtained":
			if m := s.mentionAt(j + 1); m != nil && d.entity(m.ent).Type == graph.Country && m.m.Label == graph.LabelMISC {
				if w := s.w(m.last); w == "citizenship" || w == "nationality" {
					citizen(p, m)
				}
			}
		}
	}
	for _, p := range s.mentions {
		// "Manaspas Xuto of Thailand said": a person of a state, with no
		// title before the name (whose holder is the state's official)
		after := afterName(s, p)
		if d.entity(p.ent).Type != graph.Person || s.w(after) != "of" || p.last-p.first < 2 {
			continue // (a full name: "Fujitsu of Japan" may be a firm the tagger took for a person)
		}
		m := s.mentionAt(after + 1)
		if m == nil || m.first != after+1 || d.entity(m.ent).Type != graph.Country || m.m.Label == graph.LabelMISC {
			continue
		}
		if _, _, titled := r.titleEndingAt(s, p.first-1); titled || r.honorific(s.raw(p.first-1)) {
			continue
		}
		if w := s.w(m.last); w == "," || w == "." || w == ";" || speechVerbs[w] {
			citizen(&p, m)
		}
	}
	for _, p := range s.mentions {
		after := afterName(s, p)
		if d.entity(p.ent).Type != graph.Person || !describes(s.w(after)) || s.w(after+1) != "a" && s.w(after+1) != "an" {
			continue
		}
		m := s.mentionAt(after + 2)
		if m == nil && describingWords.Has(s.w(after+2)) {
			m = s.mentionAt(after + 3) // "is a retired Nigerian general"
		}
		if b := s.mentionAt(after + 2); b != nil && b.first == after+2 && (d.entity(b.ent).Type == graph.City || d.entity(b.ent).Type == graph.Region) {
			// "X, a Zurich-based Swedish property tycoon": where he is based,
			// then the nationality
			k := b.last
			for k < len(s.Tokens) && k < b.last+3 && (s.w(k) == "-" || s.w(k) == "based" || s.w(k) == "-based") {
				k++
			}
			if k > b.last || strings.HasSuffix(s.w(b.last-1), "-based") {
				m = s.mentionAt(k) // (the tokenizer may keep "Zurich-based" one word)
			}
		}
		if m == nil || d.entity(m.ent).Type != graph.Country || m.m.Label != graph.LabelMISC {
			continue
		}
		if rest := strings.ToLower(d.body[m.m.End:min(len(d.body), m.m.End+10)]); strings.HasPrefix(rest, "-language") || strings.HasPrefix(rest, "-speaking") {
			continue // "a Polish-language poet" writes in Polish; a nationality is not said
		}
		// "a German-born American physicist": the birthplace is not the
		// nationality the description gives
		if j := m.last + b2i(s.w(m.last) == "-"); s.w(j) == "born" || s.w(j) == "-born" || strings.HasSuffix(s.w(m.last-1), "-born") {
			if s.w(j) == "born" || s.w(j) == "-born" {
				j++
			}
			if n := s.mentionAt(j); n != nil && d.entity(n.ent).Type == graph.Country && n.m.Label == graph.LabelMISC {
				m = n
			} else {
				continue
			}
		}
		// two nationalities: "a Nigerian-American economist" (one token),
		// "a Brazilian and Portuguese writer"
		also := []int{}
		if tok := s.raw(m.last - 1); strings.Contains(tok, "-") {
			parts := strings.Split(tok, "-")
			for _, part := range parts[1:] {
				if i, ok := d.byName[graph.Fold(part)]; ok && d.entity(i).Type == graph.Country && i != m.ent {
					also = append(also, i)
				}
			}
		}
		if s.w(m.last) == "and" {
			if n := s.mentionAt(m.last + 1); n != nil && d.entity(n.ent).Type == graph.Country && n.m.Label == graph.LabelMISC {
				also = append(also, m.ent)
				m = n
			}
		}
		// "X, a French citizen", "X, a French economist", "X, a
		// Ghanaian,": not a title
		if w := s.raw(m.last); (!isLowerWord(w) || r.titleKind(w) == kindLeader || r.titleKind(w) == kindOfficial) && w != "," && w != "." {
			continue
		}
		out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: graph.RelCitizenOf, Object: d.entity(m.ent).ID,
			ValidFrom: d.published(), Confidence: confCitizen, Evidence: d.evidence(s)})
		for _, i := range also {
			out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: graph.RelCitizenOf, Object: d.entity(i).ID,
				ValidFrom: d.published(), Confidence: confCitizen, Evidence: d.evidence(s)})
		}
	}
}

func isPreposition(w string) bool {
	switch w {
	case "at", "of", "with", "for", "to", "in":
		return true
	}
	return false
}

// sentenceAt is the sentence holding byte offset off, or nil.
func (d *doc) sentenceAt(off int) *sent {
	for _, s := range d.sents {
		if off >= s.Start && off < s.End {
			return s
		}
	}
	return nil
}

// published is the article date as a relation's "as of" date.
func (d *doc) published() string {
	if d.ref.IsZero() {
		return ""
	}
	return d.ref.Format("2006-01-02")
}

// kindDescribed is where the name starts after a description of its kind
// at k: a demonym at most, then lower-case words whose last names a kind of
// body ("the Irish party Fianna Fail", "the West German chemicals group
// Hoechst AG", "the newspaper El Universal"); k when none is there.
func kindDescribed(d *doc, s *sent, k int) int {
	j := k
	if m := s.mentionAt(j); m != nil {
		if m.first != j || m.m.Label != graph.LabelMISC || s.possessive(m.last) {
			return k
		}
		j = m.last
	}
	e := j
	for e < j+3 && s.mentionAt(e) == nil && isLowerWord(s.raw(e)) {
		e++
	}
	if e == j || !antecedentNouns.Has(s.w(e-1)) && !employerNouns.Has(s.w(e-1)) {
		return k
	}
	if o := s.mentionAt(e); o == nil || o.first != e || d.entity(o.ent).Type != graph.Organization {
		return k
	}
	return e
}

// possessedPersonRelations reads a person named right after a firm's
// possessive as one who works with it ("Bernstein's Sandi Sweeney is
// recommending…", "Salomon's Henry Kaufman said"): affiliatedWith, with
// no role; a title between is read by the title rules.
func (r *Relater) possessedPersonRelations(d *doc, s *sent, out *relations) {
	for i := range s.mentions {
		m := &s.mentions[i]
		if d.entity(m.ent).Type != graph.Organization || !s.possessive(m.last) {
			continue
		}
		p := s.mentionAt(m.last + 1)
		if p == nil || p.first != m.last+1 || d.entity(p.ent).Type != graph.Person || s.possessive(p.last) || !personActs.Has(s.w(p.last)) {
			continue // ("Chrysler's Iacocca's plan": the person's own; "PepsiCo's Taco Bell restaurants": a unit the tagger took for a person)
		}
		out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: graph.RelAffiliatedWith, Object: d.entity(m.ent).ID,
			ValidFrom: d.published(), Confidence: confApposition, Evidence: d.evidence(s)})
	}
}

// personActs follow a person's name when the person speaks or acts: "X's
// Jon Vik said", "X's Jon Vik, who…", "X's Jon Vik is recommending".
var personActs = wordset.Of(map[string]bool{"said": true, "says": true, "told": true, "added": true, "noted": true,
	"estimated": true, "predicted": true, "expects": true, "believes": true, "thinks": true, "is": true, "was": true,
	"has": true, "had": true, ",": true, "outlined": true, "explained": true, "agreed": true, "commented": true})

// appointments reads an office a body gives a person by naming him to it:
// "Halvard Corp named Robert Warren president", "said it appointed Jon Berg
// chief executive officer", "named Robert Warren to the new post of vice
// chairman". The body is the verb's subject, named before it in the
// sentence (or "it" after a speaker it stands for); as of the article's
// date.
func (r *Relater) appointments(d *doc, s *sent, out *relations) {
	for _, p := range s.mentions {
		if d.entity(p.ent).Type != graph.Person || p.first < 2 || !appointVerbs.Has(s.w(p.first-1)) {
			continue
		}
		v := p.first - 1
		k := afterName(s, p)
		switch {
		case s.w(k) == "as":
			k++
		case s.w(k) == "to" && s.w(k+1) == "the":
			// "to the new post of vice chairman", "to the post of"
			j := k + 2
			if s.w(j) == "new" || s.w(j) == "newly-created" {
				j++
			}
			if s.w(j) != "post" && s.w(j) != "position" || s.w(j+1) != "of" {
				continue
			}
			k = j + 2
		}
		if s.w(k) == "the" || s.w(k) == "a" {
			k++
		}
		end, kind, ok := r.titleStartingAt(s, k)
		if w := s.w(k); !ok && (w == "vice" || w == "deputy" || w == "assistant" || w == "executive") {
			// "vice chairman", "executive vice president": an officer below the head
			if end, _, ok = r.titleStartingAt(s, k+1); !ok && (s.w(k+1) == "vice" || s.w(k+1) == "deputy") {
				end, _, ok = r.titleStartingAt(s, k+2)
			}
			kind = kindOfficial
		}
		if !ok || s.mentionAt(end) != nil && s.w(end-1) != "of" {
			continue
		}
		var body *mention
		if s.w(end) == "of" {
			// "named Robert Warren president of Halvard Corp": read elsewhere
			continue
		}
		for j := v - 1; j >= 0 && v-j <= 4; j-- {
			if m := s.mentionAt(j); m != nil {
				if d.entity(m.ent).Type == graph.Organization {
					body = m
				}
				break
			}
			if w := s.w(j); w == "it" {
				// "Halvard Corp said it named …": the body that speaks
				if sv := s.w(j - 1); sv == "said" || sv == "says" || sv == "announced" {
					if m := s.mentionAt(s.skipTicker(j - 2)); m != nil && d.entity(m.ent).Type == graph.Organization {
						body = m
					}
				}
				break
			}
			if w := s.w(j); !auxiliaries.Has(w) && w != "also" && w != "has" && w != "had" && w != "today" && w != "yesterday" {
				break
			}
		}
		if body == nil {
			continue
		}
		out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: predicateOf(kind), Object: d.entity(body.ent).ID,
			Role: strings.TrimSuffix(d.body[s.Tokens[k].Start:s.Tokens[end-1].End], "."), ValidFrom: d.published(), Confidence: confApposition, Evidence: d.evidence(s)})
	}
}

// appointVerbs give a person an office: "named X president".
var appointVerbs = wordset.Of(map[string]bool{"named": true, "appointed": true, "elected": true, "promoted": true, "designated": true, "names": true, "appoints": true})
