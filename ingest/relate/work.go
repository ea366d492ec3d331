package relate

// Where people work: words of work, "<person> of <organisation>", and an
// organisation's name before a role as wire copy writes it.

import (
	"actorgraph/ingest/wordset"
	"strings"

	"actorgraph/graph"
)

// workWords say that someone works somewhere: "while working at CERN",
// "holds professorships at X", "has taught at Y", "spent her career at
// CNN", "a spell at Z", "a partner at the firm W".
var workWords = wordset.Of(map[string]bool{"working": true, "worked": true, "works": true, "work": true, "taught": true,
	"teaches": true, "teaching": true, "professorship": true, "professorships": true, "career": true,
	"fellowship": true, "fellowships": true, "spell": true, "stint": true, "partner": true, "researcher": true,
	"lecturer": true, "lectured": true, "employed": true, "job": true, "post": true, "position": true, "presented": true,
	"reporter": true, "correspondent": true, "anchor": true, "editor": true, "columnist": true, "economist": true, "analyst": true})

// workRelations reads where a person works from a word of work followed
// by "at" or "for" and an organisation ("he holds professorships at both
// MIT and the University of Oxford"), and "<Person> of <Organisation>"
// ("Michael Kremer of Harvard University", "Abhijit Banerjee, also of
// MIT"): affiliatedWith, as of the article's date.
func (d *doc) workRelations(s *sent, p mention, out *relations) {
	add := func(o *mention) {
		if d.entity(o.ent).Type == graph.Organization && o.ent != p.ent && !s.consumed[s.at[o.first]] {
			out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: graph.RelAffiliatedWith, Object: d.entity(o.ent).ID,
				ValidFrom: d.published(), Confidence: confApposition, Evidence: d.evidence(s)})
		}
	}
	k := afterName(s, p)
	if s.w(k) == "," && s.w(k+1) == "also" {
		k += 2
	}
	set := s.w(k) == ","
	if w := s.w(k + b2i(set)); w == "with" && set || w == "from" {
		// "John Smith, with Salomon Brothers Inc, said", "Jon Vik from
		// Halvard Bank said": the firm, closed by a comma or the speech
		// verb
		j := k + b2i(set) + 1
		j += b2i(s.w(j) == "the")
		if o := s.mentionAt(j); o != nil && o.first == j && !s.possessive(o.last) && (s.w(o.last) == "," || speechVerbs[s.w(o.last)]) {
			add(o)
		}
		return
	}
	if set && s.w(k+1) == "of" {
		k++ // "John Smith, of Salomon Brothers Inc, said"
	}
	if s.w(k) == "of" || s.w(k) == "at" && staffNouns.Has(s.w(p.first-1)) {
		// "Michael Kremer of Harvard University", "economist Wendy Cork
		// of the brokerage Nesbitt Thomson", "analyst Rick Sales at Odlum
		// Brown"
		j := k + 1 + b2i(s.w(k+1) == "the")
		if s.mentionAt(j) == nil && (firmNouns.Has(s.w(j)) || s.w(j) == "<") {
			j++ // (and past the wire's bracket: "Marc Mathieu of <Societe Anonyme de Telecommunications>")
		}
		if o := s.mentionAt(j); o != nil && o.first == j && !s.possessive(o.last) {
			add(o)
		}
		return
	}
	for j := k; j < len(s.Tokens) && j < k+25; j++ {
		if m := s.mentionAt(j); m != nil && m.ent != p.ent && d.entity(m.ent).Type == graph.Person || s.w(j) == ";" || s.w(j) == "said" {
			return
		}
		if (s.w(j) == "he" || s.w(j) == "she") && j != p.first && d.personPronoun(s, j) != p.ent {
			return // "The son of the heiress X, he worked at Y": his work, not hers
		}
		if playWords.Has(s.w(j)) {
			// "played for the Mumbai Indians", "played his entire career
			// for X", "managed Manchester United": a club's player or manager
			n := j + 1
			if s.w(j) != "managed" {
				if (s.w(n) == "his" || s.w(n) == "her") && (s.w(n+1) == "career" || s.w(n+2) == "career") {
					n += 2 + b2i(s.w(n+1) != "career")
				}
				if s.w(n) != "for" {
					continue
				}
				n++
			}
			n += b2i(s.w(n) == "the")
			if o := s.mentionAt(n); o != nil && o.first == n && !s.possessive(o.last) {
				add(o)
			}
			continue
		}
		if !workWords.Has(s.w(j)) {
			continue
		}
		// the place of work within a few words: "at", "for", then the name
		for n := j + 1; n < len(s.Tokens) && n <= j+8; n++ {
			if s.breaks(n) || s.mentionAt(n) != nil && s.w(n-1) != "at" && s.w(n-1) != "for" && s.w(n-1) != "the" && s.w(n-1) != "both" {
				break
			}
			if w := s.w(n); w != "at" && w != "for" {
				continue
			}
			at := n + 1
			for s.w(at) == "both" || s.w(at) == "the" || s.mentionAt(at) == nil && isLowerWord(s.raw(at)) && at < n+5 && !s.breaks(at) {
				at++ // "at the private equity firm the Carlyle Group"
			}
			o := s.mentionAt(at)
			if o == nil || o.first != at {
				break
			}
			add(o)
			// "at both X and the Y"
			if s.w(o.last) == "and" {
				if q := s.mentionAt(o.last + 1 + b2i(s.w(o.last+1) == "the")); q != nil {
					add(q)
				}
			}
			break
		}
	}
}

// playWords say that someone plays for a club or manages it, with the
// club right after "for" (after the verb for "managed").
var playWords = wordset.Of(map[string]bool{"played": true, "plays": true, "playing": true, "managed": true})

// staffNouns name a job done for an organisation: "Goldman Sachs
// economist X", "X, a BBC correspondent".
var staffNouns = wordset.Of(map[string]bool{"economist": true, "analyst": true, "correspondent": true, "anchor": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "engineer": true, "executive": true, "lawyer": true,
	"researcher": true, "scientist": true, "reporter": true, "editor": true, "journalist": true, "official": true,
	"employee": true, "trader": true, "strategist": true, "columnist": true, "commentator": true, "producer": true,
	"attorney": true, "counsel": true, "auditor": true, "accountant": true,
	"professor": true, "lecturer": true, "adviser": true, "advisor": true, "consultant": true, "partner": true,
	"manager": true, "banker": true, "dealer": true, "broker": true, "negotiator": true, "presenter": true,
	"photographer": true, "fellow": true, "coach": true})

// portfolioFields are the fields of ministers' offices, which a tagger may
// take for a body before a title: "Defence Secretary X", "Labour Minister Y".
var portfolioFields = wordset.Of(map[string]bool{"defence": true, "defense": true, "labour": true, "labor": true, "trade": true,
	"finance": true, "foreign": true, "interior": true, "justice": true, "health": true, "education": true,
	"energy": true, "agriculture": true, "transport": true, "commerce": true, "treasury": true, "home": true,
	"environment": true, "industry": true, "culture": true, "economy": true, "oil": true, "state": true,
	"farm": true, "agricultural": true, "monetary": true, "budget": true, "competition": true, "industrial": true,
	"social": true, "regional": true, "customs": true, "fisheries": true, "development": true})

// orgRoleRelations reads an organisation's name before a role and a
// person, as wire copy writes them: "Goldman Sachs economist Jan Hatzius",
// "Mobil chairman Lucio Noto", "X, a BBC correspondent,", "X, Citigroup
// chief executive,". A title gives the office (leaderOf, officialOf), a
// word of a job affiliation.
func (r *Relater) orgRoleRelations(d *doc, s *sent, out *relations) {
	// role reads the words from k up to end as a role of org
	role := func(p, org *mention, k, end int) {
		if speechVerbs[s.w(k)] && s.w(k+1) == "its" {
			k += 2 // "Halvard Corp said its economist John Smith": the role is "economist"
		}
		if k >= end || end-k > 4 || portfolio(d.entity(org.ent), org) && portfolioFields.Has(strings.ToLower(d.entity(org.ent).Name)) {
			return // "Defence Secretary X": the office's field, no body
		}
		for j := k; j < end; j++ {
			if s.mentionAt(j) != nil || s.breaks(j) || auxiliaries.Has(s.w(j)) || beForms.Has(s.w(j)) || s.w(j) == "by" {
				return // "the Trust is headed by banker X": a clause, whose verb says the office
			}
		}
		if w := s.w(org.first - 1); w == "former" || w == "previous" || w == "ex" || w == "late" || w == "then" {
			return // "Former Chinese Communist Party chief Hu Yaobang": no longer
		}
		text := d.body[s.Tokens[k].Start:s.Tokens[end-1].End]
		pred := ""
		if _, kind, ok := r.titleStartingAt(s, k); ok {
			if n, _, _ := r.titleStartingAt(s, k); n == end {
				pred = predicateOf(kind)
			}
		}
		if q := k + 1; pred == "" && q < end && portfolioFields.Has(s.w(k)) {
			// "EC farm Commissioner Frans Andriessen": the office's field
			// in lower case before the title
			if n, kind, ok := r.titleStartingAt(s, q); ok && n == end {
				pred = predicateOf(kind)
			}
		}
		if w := s.w(k); pred == "" && end == k+1 && (w == "chief" || w == "head" || w == "boss") {
			pred = graph.RelLeaderOf // "Opec chief Rilwanu Lukman"
		}
		if pred == "" && staffNouns.Has(s.w(end-1)) {
			pred = staffPredicate(s.w(end - 1)) // "Goldman Sachs economist X": affiliated; "LMFE official Peter Freeman": an official (GUIDE.md)
		}
		if pred == "" && end == k+1 && s.w(k) == "member" && isMembership(d.entity(org.ent).Name) {
			pred = graph.RelMemberOf // "New Democratic Party member Michael Cassidy"
		}
		if pred == "" && end == k+2 && s.w(k) == "board" && s.w(k+1) == "member" {
			pred = graph.RelOfficialOf // "Halvard Corp board member X" (GUIDE.md: a board's member holds an office of the firm)
		}
		if pred == "" {
			return
		}
		out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: pred, Object: d.entity(org.ent).ID,
			Role: text, ValidFrom: d.published(), Confidence: confApposition, Evidence: d.evidence(s)})
	}
	for i := range s.mentions {
		p := &s.mentions[i]
		if d.entity(p.ent).Type != graph.Person {
			continue
		}
		// "<Org> [role words] <Person>"
		for j := p.first - 1; j >= 0 && j >= p.first-5; j-- {
			if m := s.mentionAt(j); m != nil {
				if partyWord(m) {
					break // "Republican Sen. X": a party's member (partyRelations)
				}
				if d.entity(m.ent).Type == graph.Organization && m.last < p.first && !s.possessive(m.last) {
					role(p, m, m.last+b2i(s.w(m.last) == ">"), p.first) // "<Lloyds Bank NZA Ltd> chief economist X": past the wire's bracket
				} else if d.entity(m.ent).Type == graph.Organization && m.last+1 < p.first && s.possessive(m.last) {
					role(p, m, m.last+1, p.first) // "Chase Bank's senior dealer X"
				}
				break
			}
			if !isLowerWord(s.raw(j)) && r.titleKind(s.raw(j)) == kindNone && !(s.possessive(j) && j < p.first-1) && s.w(j) != ">" {
				break
			}
		}
		// "<Person>, [a|the] <Org> <role words>,"
		k := afterName(s, *p)
		if s.w(k) != "," {
			continue
		}
		k++
		if w := s.w(k); w == "a" || w == "an" || w == "the" {
			k++
		}
		for n := 0; n < 2 && headModifiers.Has(s.w(k)) && s.w(k) != "former" && s.mentionAt(k) == nil; n++ {
			k++ // "X, a senior OPEC official,": the rank before the body (not "a former senior Treasury official": no longer)
		}
		m := s.mentionAt(k)
		if m == nil || m.first != k || d.entity(m.ent).Type != graph.Organization || s.possessive(m.last) {
			continue
		}
		end := m.last
		for end < len(s.Tokens) && end < m.last+4 && s.w(end) != "," && s.w(end) != "." && s.w(end) != "who" && !s.breaks(end) && s.mentionAt(end) == nil {
			end++
		}
		if s.w(end) == "," || s.w(end) == "." || s.w(end) == "who" || end == len(s.Tokens) {
			// (also before a relative clause: "X, an OPEC official who
			// attended the talks,")
			role(p, m, m.last, end)
		}
	}
}

// employerNouns name what an employer is, between a verb of work and the
// name: "works for the newspaper X", "joined the broadcaster X".
var employerNouns = wordset.Of(map[string]bool{"newspaper": true, "broadcaster": true, "magazine": true, "daily": true,
	"network": true, "channel": true, "university": true, "studio": true, "club": true, "team": true, "band": true,
	"label": true, "publisher": true, "carmaker": true, "automaker": true, "insurer": true, "lender": true, "party": true})
