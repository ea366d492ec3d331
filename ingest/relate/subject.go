package relate

import (
	"actorgraph/ingest/wordset"
	"slices"
	"strings"

	"actorgraph/graph"
	"actorgraph/ingest/segment"
	"actorgraph/ingest/syntax"
)

// subject finds who does what the verb at token v says, when the word
// before it is not a name: across an apposition or relative clause
// ("Brazil, which borders both countries, said"; "Riyad Mansour, the
// Palestinian ambassador, told"), through a coordinated predicate ("Trump
// made his announcement …, and met"; "rejected the accusations … and said")
// or a personal pronoun ("He said", "She told"). It returns an entity
// index, or -1. ok tells whether the words before v were read at all: a
// verb after a relative "that" whose antecedent is no name has no subject
// to find further back ("activities that threatened").
func (d *doc) subject(s *sent, v int, c *claims) (ent int, ok bool) {
	j := s.skipTicker(v - 1)
	for j >= 0 && (softTokens.Has(s.w(j)) || auxiliaries.Has(s.w(j)) || isDateToken(s, j) || datePreps.Has(s.w(j)) && isDateToken(s, j+1)) {
		j = s.skipTicker(j - 1) // ("Cathay on Monday reported", "in February")
	}
	if j > 0 && trailingForms.Has(s.w(j)) && s.mentionAt(j) == nil {
		// "Norton co said", "Petroleos de Venezuela, S.A. said": a legal
		// form the name left out stands between it and its verb
		k := j - 1
		if s.w(k) == "," {
			k--
		}
		if k >= 0 && s.mentionAt(k) != nil {
			j = k
		}
	}
	if j < 0 {
		return -1, false
	}
	w := s.w(j)
	if o := namedKindBody(d, s, j); o != nil && !s.consumed[s.at[o.first]] {
		return o.ent, true // "The Business Day newspaper said"
	}
	if s.w(j-1) == "the" && s.mentionAt(j) == nil && printKinds.Has(s.w(j)) {
		if e := d.kindNamedBefore(s, s.w(j)); e >= 0 {
			return e, true // "Business Week magazine said …. The magazine said": the one so named before
		}
	}
	if holderNouns.Has(w) && !speechVerbs[s.w(v)] && !thatVerbs[s.w(v)] && s.mentionAt(j) == nil && isLowerWord(s.raw(j)) && (s.w(j-1) == "the" || s.w(j-2) == "the" && isLowerWord(s.raw(j-1)) && s.mentionAt(j-1) == nil) {
		if e := d.describedSpeaker(s, j, c); e >= 0 && d.ents[e].Type == graph.Person {
			return e, true // "The prime minister urged Japan" after "Prime Minister Brian Mulroney": the one titled so (a speaker of that kind the quote rules read)
		}
	}
	if peopleOfBody.Has(w) && (s.w(j-1) == "the" || (j == s.firstWord() || s.w(j-1) == ",") && isLowerWord(s.raw(j))) && !speechVerbs[s.w(v)] && !thatVerbs[s.w(v)] {
		// (bare too: "After 36 hours of negotiations, ministers agreed")
		if e := d.bodyOfGroup(s, w); e >= 0 {
			return e, true // "EC foreign ministers met … The ministers urged Japan": the body they were named of
		}
	}
	switch {
	case s.mentionAt(j) != nil:
		m := s.mentionAt(j)
		if o := d.homeOf(s, m); o != nil {
			m = o // "NV Nederlandse Gasunie of the Netherlands has signed": the firm, not its home
		}
		if objectPreps.Has(s.w(d.titleStart(s, m.first) - 1)) {
			// "leaders attending a meeting with President Sarney called":
			// the name is a preposition's object, not who acts
			return -1, true
		}
		if a, _, ok := d.textAbout(s, j); ok {
			return a, true // "A World Bank report on Peru has said": its author, not Peru
		}
		if d.sourceBefore(s, m) {
			// (also the last of two places: "Newspapers in Tokyo and Hong
			// Kong reported")
			// "Floor traders at the MidAmerica Commodity Exchange said",
			// "Weather officials in neighbouring Sweden said": unnamed
			// people of a body or place speak, not the body
			return -1, true
		}
		if speaks(d.ents[m.ent].Type) && !s.consumed[s.at[j]] {
			return m.ent, true
		}
		return -1, false
	case w == "he" || w == "she":
		return d.pronoun(s, j, c), true
	case (w == "i" || w == "we") && c != nil:
		// `"I urge the administration to act," Berg said`: who speaks in
		// a direct quotation is its speaker
		if q := c.directAt(s.Tokens[j].Start); q != nil && q.Speaker != "" {
			if e, ok := d.index(q.Speaker); ok {
				return e, true
			}
		}
		return -1, true
	case w == "it" && isLowerWord(s.raw(j)) || w == "it" && j == 0:
		if e := d.saidIt(s, j, c); e >= 0 {
			return e, true
		}
		if e := d.subordinateSubject(s, j); e >= 0 {
			return e, true
		}
		if e := d.countryAntecedent(s, j); e >= 0 {
			return e, true
		}
		if e := d.orgAntecedent(s, j, "", c); e >= 0 {
			return e, true
		}
		if e := d.previousSubject(s); j == 0 && e >= 0 {
			return e, true
		}
		return d.onlyOrganisationBefore(s, j), true
	case unitNouns.Has(w) && d.unitName(s, j) >= 0:
		return d.unitName(s, j), true
	case organNouns.Has(w) && d.organOf(s, j) >= 0:
		return d.organOf(s, j), true // "The OPEC committee will meet", "the ICO executive board": the body's own organ
	case antecedentNouns.Has(w) && d.describedBody(s, j):
		if m := s.mentionAt(j - 1); w == "government" && m != nil && d.ents[m.ent].Type == graph.Country {
			return m.ent, true // "the French government said": France
		}
		if (w == "group" || w == "organisation" || w == "organization") && s.w(j-1) != "the" {
			// "the trade group": only a body whose name says so
			if e := d.orgAntecedent(s, j, s.w(j-1), c); e >= 0 {
				return e, true
			}
			return -1, true
		}
		if w == "group" && s.w(j-1) == "the" {
			if e := d.groupLeader(s); e >= 0 {
				return e, true // "An investor group led by George Soros said … The group said": Soros, not the firm it targets
			}
		}
		w = kindNoun(w)
		if e := d.bodyDescribed(s, j, w, c); e >= 0 {
			return e, true
		}
		if e := d.onlyCountryBefore(s.Tokens[j].Start); w == "government" && e >= 0 && (speechVerbs[s.w(v)] || thatVerbs[s.w(v)]) {
			// "The government has said the land reform plan aims…" in an
			// article that has named one country: that state (GUIDE.md)
			return e, true
		}
		return -1, true
	case w == "that" || w == "which" || w == "who":
		// the antecedent, if it is a name: "<X>, which …", "<X> that …",
		// "The M23 rebel group, which …"
		a := j - 1
		if s.w(a) == "," {
			a--
		}
		for n := 0; n < 2 && a > 0 && s.mentionAt(a) == nil && isLowerWord(s.raw(a)) && !s.breaks(a); n++ {
			a--
		}
		if m := s.mentionAt(a); m != nil && speaks(d.ents[m.ent].Type) && !s.consumed[s.at[a]] {
			return m.ent, true
		}
		return -1, true
	case w == ",":
		// the comma closing an apposition or relative clause: the parse
		// reads past a list inside it ("An official of CITIC, which has
		// raised funds in Hong Kong, Tokyo and Frankfurt, declined");
		// else the name before the comma that opens it
		placed := false
		for o := j - 1; o >= 0 && j-o <= 20; o-- {
			if s.w(o) == ";" || s.w(o) == ":" || s.w(o) == "“" || s.w(o) == "”" || s.w(o) == "\"" {
				break
			}
			if s.w(o) != "," {
				continue
			}
			if placeComma(d, s, o) {
				placed = true
				continue // "based in Vasteras, Sweden,", "a Houston, Texas-based maker": a town and its state inside the apposition
			}
			if a, b := s.mentionAt(o-1), s.mentionAt(o+1); a != nil && b != nil && a.ent == b.ent && a.first < o-1 && s.w(b.last) == "," && d.apposedPerson(s, a.first) >= 0 {
				// "Brodsky, president of the Chicago Mercantile Exchange,
				// CME, told": the body's short form set off after it inside
				// the apposition (not "The International Monetary Fund,
				// IMF, said": the body itself speaks)
				continue
			}
			// "X, president of the Y council, said": after a person's
			// name any apposition describes them ("Chase Manhattan Corp
			// <CMB>, the third largest U.S. bank, said": past its ticker)
			n := s.skipTicker(o - 1)
			if m := s.mentionAt(n); !appositionOpener(s, o+1) && (m == nil || d.ents[m.ent].Type != graph.Person) {
				break
			}
			// "Israel's ambassador to the U.N., Gilad Erdan, rejected": the
			// apposition is the name
			if m := s.mentionAt(o + 1); m != nil && m.last == j && d.ents[m.ent].Type == graph.Person {
				return m.ent, true
			}
			if m := s.mentionAt(n); m != nil && speaks(d.ents[m.ent].Type) && !s.consumed[s.at[n]] {
				if s.placeOfSource(m.first) {
					return -1, true // "Officials in France, which produces much wine, said": the officials, unnamed
				}
				if p := d.parsedSubject(s, v, o-1); p >= 0 && d.ents[m.ent].Type != graph.Person && !placed {
					return p, true
				}
				if p := d.apposedPerson(s, m.first); p >= 0 && d.ents[m.ent].Type != graph.Person && appositionOpener(s, o+1) {
					// "Alexander Ivlev, an official with Amtorg, a Soviet
					// trading organization, told": the body is the person's,
					// described in turn; the person speaks
					return p, true
				}
				return m.ent, true
			}
			if s.mentionAt(o-1) == nil && antecedentNouns.Has(s.w(o-1)) && (appositionOpener(s, o+1) || headedBy.At(s.w(o+1)) != "") && s.w(o-3) != "," {
				// "The company, which operates 137 stores, said", "the
				// group, led by Mutual Shares Corp, said": the noun before
				// the clause is the subject (not after a claim: "<claim>,
				// the exchange, Canada's second largest, said")
				return d.subject(s, o, c)
			}
			break
		}
	case w == "and" || w == "but":
		// (a speech verb's sentence is parsed for its claim anyway)
		if e := d.clauseSubject(s, j, speechVerbs[s.w(v)]); e >= 0 {
			return e, true
		}
	}
	return -1, false
}

// placeComma reports a comma at o between a town and the state or
// country it lies in: "Vasteras, Sweden", "Houston, Texas-based".
func placeComma(d *doc, s *sent, o int) bool {
	a, b := s.mentionAt(o-1), s.mentionAt(o+1)
	if a == nil || b == nil || a.last != o || b.first != o+1 {
		return false
	}
	switch d.ents[a.ent].Type {
	case graph.City, graph.Place, graph.Region:
	default:
		return false
	}
	t := d.ents[b.ent].Type
	return t == graph.Region || t == graph.Country
}

// parsedSubject is the party the parse reads as the subject of the active
// verb at v when the name at k, found by words before a comma, lies
// outside the subject the parse reads and that subject, ending before a
// comma, holds one party; -1 otherwise.
func (d *doc) parsedSubject(s *sent, v, k int) int {
	ps := s.parsed()
	for _, cl := range ps.Clauses {
		if cl.Verb.Start > v || v >= cl.Verb.End {
			continue
		}
		if cl.Passive || len(cl.Subject) == 0 || cl.Inverted {
			return -1
		}
		np := cl.Subject[len(cl.Subject)-1]
		if np.End >= v || s.w(np.End) != "," {
			return -1
		}
		for _, sp := range cl.Subject {
			if sp.Start <= k && k < sp.End {
				return -1
			}
		}
		if out := d.distinctParties(s, cl.Subject); len(out) == 1 {
			return out[0]
		}
		return -1
	}
	return -1
}

// appositionOpener reports whether token k can open an apposition or a
// relative clause: "which", "who", an article, or a name (a title, a
// demonym) that describes the one before the comma.
func appositionOpener(s *sent, k int) bool {
	switch s.w(k) {
	case "which", "who", "whose", "a", "an", "the", "its", "his", "her", "their", "formerly":
		return true // ("TMOC, formerly the Moonie Oil Co Ltd, said": its former name)
	}
	return s.mentionAt(k) != nil || segment.IsCapitalised(s.raw(k))
}

// auxiliaries may stand between a subject and its verb.
var auxiliaries = wordset.Of(map[string]bool{
	"has": true, "have": true, "had": true, "will": true, "would": true, "is": true, "was": true, "are": true,
	"were": true, "also": true, "then": true, "did": true, "does": true, "do": true, "could": true, "may": true,
	"might": true, "must": true, "should": true, "can": true, "already": true, "still": true, "overwhelmingly": true,
	"unanimously": true, "quickly": true, "formally": true, "jointly": true,
})

// clauseSubject is the subject of the clause a coordinated predicate at
// token k belongs to: the first name of the sentence that speaks and is
// not a title's country nor the object of a preposition.
//
// With finite set (a participle's speaker: "…, saying"), a finite verb
// outside quotation marks before any name also ends the search (read from
// the parse, which other callers do not need).
func (d *doc) clauseSubject(s *sent, k int, finite bool) int {
	var ps *syntax.Sentence
	if finite {
		ps = s.parsed()
	}
	claimed := false // a finite verb before any name: a claim, whose speaker follows it
	for j := 0; j < k; j++ {
		m := s.mentionAt(j)
		if m == nil {
			if speechVerbs[s.w(j)] || triggers[s.w(j)].verbal {
				return -1 // a verb before any name: the subject is not a name
			}
			opening := s.Tokens[j].Start >= s.afterDateline() && (j == 0 || s.Tokens[j-1].Start < s.afterDateline()) // ("Asked about the charges, …")
			if ps != nil && j < len(ps.POS) && (ps.POS[j] == "VBD" || ps.POS[j] == "VBZ" || ps.POS[j] == "VBP") && !s.quotedAt(j) && !opening {
				// "It left open the possibility …, but said", "Dealers
				// doubted whether Japan …": the subject is no name, unless a
				// name with its speech verb ends the claim ("The accord was
				// not …, Gleske stressed, adding")
				claimed = true
			}
			if w := s.raw(j); (w == "He" || w == "She") && opening {
				return d.pronoun(s, j, nil) // "He defended the USDA differentials, saying": the one he stands for
			}
			continue
		}
		if claimed && !(s.w(m.first-1) == "," && (speechVerbs[s.w(m.last)] || thatVerbSet.Has(s.w(m.last)))) {
			return -1
		}
		j = m.last - 1
		// a possessor modifies the subject: "India's Ministry of External Affairs"
		if s.consumed[s.at[m.first]] || !speaks(d.ents[m.ent].Type) || afterPreps.Has(s.w(m.first-1)) || s.w(m.first-1) == "by" || s.w(m.first-1) == "with" || s.possessive(m.last) {
			continue
		}
		if finite && d.ents[m.ent].Type == graph.Country && sourceWord(s.w(m.last)) {
			// "Japanese officials criticised the plan and said": unnamed
			// officials speak, not the state (though "U.S. officials …
			// and have threatened" is the state's threat)
			return -1
		}
		return m.ent
	}
	return -1
}

// pronoun resolves "he", "she", "his" or "her" at token k to the one
// person the same sentence before it, or the sentence before, names or
// quotes. With no person, or more than one, it stays unresolved (-1):
// the text says nothing about gender the rule could use to choose.
func (d *doc) pronoun(s *sent, k int, c *claims) int {
	found := -1
	consider := func(e int) bool {
		if d.ents[e].Type != graph.Person {
			return true
		}
		if found >= 0 && found != e {
			return false
		}
		found = e
		return true
	}
	// "Foreign Minister X was not involved, he said": the names before an
	// attribution after its claim are in what is said, not who says it
	trailing := k > 0 && s.w(k-1) == "," && speechVerbs[s.w(k+1)] && (k+2 >= len(s.Tokens) || s.w(k+2) == "." || s.w(k+2) == ",")
	if openers.Has(s.w(k - 1)) {
		// "Industry Minister X surprised markets when he said …": the
		// subject of a clause of time or cause is the one person its
		// sentence names before it (a possessor aside: "Chirac's
		// spokesman, Denis Baudouin, … when he said"), not someone of the
		// sentence before
		own := -1
		for _, m := range s.mentions {
			if m.first >= k || trailing || inAdjunct(s, m) || s.quotedAt(m.first) || s.possessive(m.last) || d.ents[m.ent].Type != graph.Person {
				continue
			}
			if own >= 0 && own != m.ent {
				own = -1
				break
			}
			own = m.ent
		}
		if own >= 0 {
			return own
		}
	}
	for _, m := range s.mentions {
		if m.first < k && !trailing && !inAdjunct(s, m) && !s.quotedAt(m.first) && !consider(m.ent) {
			return -1
		}
	}
	if s.idx > 0 {
		if p := d.sentence(s.idx - 1); p != nil {
			said := len(p.Tokens)
			for j := range p.Tokens {
				if speechVerbs[p.w(j)] && (p.w(j) == "said" || p.w(j) == "told" || p.w(j) == "added") {
					if b := p.w(j - 1); p.w(j) != "told" && (b == "," || b == "\"" || b == "”") || p.w(j+1) == "." || p.w(j+1) == "," {
						break // `…," said Sam Kahan, an analyst`: the speaker follows
					}
					said = j
					break
				}
			}
			if found < 0 && c != nil && slices.ContainsFunc(c.quotes, func(q graph.Quote) bool {
				return q.Speaker == "" && q.Evidence.Start >= p.Start && q.Evidence.End <= p.End && oneUnnamed(q.UnnamedSpeaker)
			}) {
				// "…, a Seaway official said. …, she said": the one
				// unnamed source who spoke last, not a name in the claim
				return -1
			}
			for _, m := range p.mentions {
				if c != nil && c.inClaim(m.m.Start) || m.first > said {
					continue // "He said Iraq's President Saddam Hussein was …": a name in what was said, or who was told, is not who said it
				}
				if c != nil && c.inSourceOf(p, m) {
					// "A close aide to Nakasone has said …. …, he said": the
					// unnamed aide, not the one he is aide to
					return -1
				}
				if !consider(m.ent) {
					return -1
				}
			}
			if c != nil {
				for _, q := range c.quotes {
					if q.Speaker == "" || q.Evidence.End <= p.Start || q.Evidence.Start >= p.End {
						continue
					}
					if e, ok := d.index(q.Speaker); ok && !consider(e) {
						return -1
					}
				}
			}
		}
	}
	return found
}

// oneUnnamed reports an unnamed source that is one person: "a Seaway
// official", "one trader", "the spokesman" (not "officials").
func oneUnnamed(src string) bool {
	ws := strings.Fields(strings.ToLower(src))
	if len(ws) < 2 {
		return false
	}
	switch ws[0] {
	case "a", "an", "one", "the":
	default:
		return false
	}
	last := ws[len(ws)-1]
	return sourceWord(last) && !strings.HasSuffix(last, "s") || last == "spokesman" || last == "spokeswoman"
}

// quotedAt reports whether token k stands inside quotation marks opened
// in its sentence: `"Regan told me …," he said` names Regan in what is
// said, not who says it.
func (s *sent) quotedAt(k int) bool {
	open := false
	for j := 0; j < k && j < len(s.Tokens); j++ {
		switch s.w(j) {
		case "\"":
			open = !open
		case "“":
			open = true
		case "”":
			open = false
		}
	}
	return open
}

// inAdjunct reports a mention that is the object of a preposition
// ("after talks with President Suharto, he said"): a pronoun subject after
// it stands for someone else. A title between the preposition and the
// name is skipped.
func inAdjunct(s *sent, m mention) bool {
	switch s.w(beforeTitles(s, m)) {
	case "with", "to", "by", "from", "after", "before", "for", "against", "about", "on", "at", "of":
		return true
	}
	return false
}

// beforeTitles is the word before mention m and the capitalised words of
// a title before it, up to three ("with President Suharto", "to Prime
// Minister X", "by Democratic Senator X": a party's word counts as one).
func beforeTitles(s *sent, m mention) int {
	j := m.first - 1
	for j > 0 && segment.IsCapitalised(s.raw(j)) && (s.mentionAt(j) == nil || partyWord(s.mentionAt(j))) && !s.breaks(j) && j > m.first-4 {
		j--
	}
	return j
}

// describedBody reports "the" before the noun at j, alone or with up to
// two lower-case words or a place's adjective between: "the company",
// "the central bank", "the bank board", "the Vardo-based company".
func (d *doc) describedBody(s *sent, j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if s.w(k) == "the" {
			// not the object of a preposition: "a spokesman for the mining
			// company said", "a report by the Capel firm said"
			return k == 0 || !afterPreps.Has(s.w(k-1)) && s.w(k-1) != "by"
		}
		if m := s.mentionAt(k); m != nil && m.last-m.first == 1 && d.ents[m.ent].Type != graph.Person {
			continue // "the Vardo-based company", "the French ministry"
		}
		if !isLowerWord(s.raw(k)) || s.breaks(k) || auxiliaries.Has(s.w(k)) {
			return false
		}
	}
	return false
}

// unitName is the firm named right before the unit noun at j, the one
// that speaks in "McLean Industries Inc's United States Lines Inc
// subsidiary said", "Allied-Signal's 49.7 pct owned <Union Texas
// Petroleum Co> affiliate said", "Jaguar PLC's Jaguar Cars Inc U.S.
// subsidiary said" (a place or nationality between them); -1 when none
// is, or when the name follows an article ("the GM unit said" is a unit
// of GM, not GM).
func (d *doc) unitName(s *sent, j int) int {
	k := j - 1
	if m := s.mentionAt(k); m != nil && d.ents[m.ent].Type != graph.Organization && m.m.Label != graph.LabelORG {
		k = m.first - 1 // "Jaguar Cars Inc U.S. subsidiary"
	}
	if s.w(k) == ">" {
		k-- // "<Union Texas Petroleum Co> affiliate"
	}
	m := s.mentionAt(k)
	if m == nil || d.ents[m.ent].Type != graph.Organization || s.consumed[s.at[k]] {
		return -1
	}
	before := m.first - 1
	if s.w(before) == "<" {
		before--
	}
	if w := s.w(before); w == "the" || w == "a" || w == "an" || w == "its" || w == "their" {
		return -1
	}
	return m.ent
}

// bodyDescribed is the body a definite description headed by the noun at
// j stands for, the noun of its kind given (kindNoun): the body of that
// kind named last ("Rospatch … the company"), the one firm named before,
// or the firm the article opens with; -1 for none.
func (d *doc) bodyDescribed(s *sent, j int, noun string, c *claims) int {
	if e := d.orgAntecedent(s, j, noun, c); e >= 0 {
		return e
	}
	if e := d.onlyOrganisationBefore(s, j); e >= 0 && d.fits(e, noun) {
		return e // "AVX Corp … The company agreed": the one firm named before
	}
	if e := d.topicOrganization(s); e >= 0 && d.fits(e, noun) && s.idx > 0 {
		// "Zenith Laboratories said … Squibb … The company said": the
		// firm the article opens with
		return e
	}
	return -1
}

// datePreps open a date that may stand between a subject and its verb.
var datePreps = wordset.Of(map[string]bool{"on": true, "in": true, "at": true, "during": true})

// organNouns name a body's own organ, which acts for it: "the OPEC
// pricing committee", "the ICO executive board".
var organNouns = wordset.Of(map[string]bool{"committee": true, "board": true, "council": true, "panel": true, "secretariat": true})

// organOf is the body whose organ the noun at j names: an organisation
// named right before it, past one lower-case word ("executive",
// "pricing"); -1 for none.
func (d *doc) organOf(s *sent, j int) int {
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		if m := s.mentionAt(k); m != nil {
			if m.last == k+1 && d.ents[m.ent].Type == graph.Organization && !s.consumed[s.at[k]] {
				return m.ent
			}
			return -1
		}
		if !isLowerWord(s.raw(k)) {
			return -1
		}
	}
	return -1
}

// antecedentNouns head a definite description that wire copy uses for the
// body it has named: "the company said", "the department said".
var antecedentNouns = wordset.Of(map[string]bool{
	"company": true, "firm": true, "group": true, "concern": true, "bank": true, "department": true,
	"ministry": true, "commission": true, "agency": true, "board": true, "exchange": true, "union": true,
	"association": true, "office": true, "council": true, "fund": true, "government": true, "utility": true,
	"airline": true, "corporation": true, "organisation": true, "organization": true, "institute": true,
	"maker": true, "producer": true, "manufacturer": true, "committee": true, "subcommittee": true,
	"partnership": true, "trust": true, // "the partnership said": General Partners; "the trust said": Americus Trust
})

// homeOf is the organisation named right before "of (the)" and place
// mention m, when m only says where it is from: "Global Mining and
// Industrial Corp of South Africa", "Victor Federal Savings and Loan
// Association of Muskogee"; nil otherwise ("the president of France").
func (d *doc) homeOf(s *sent, m *mention) *mention {
	t := d.ents[m.ent].Type
	if t != graph.Country && !placeType(t) && t != graph.Organization {
		return nil
	}
	j := m.first - 1
	if s.w(j) == "the" {
		j--
	}
	if s.w(j) != "of" {
		return nil
	}
	if j--; s.w(j) == ")" {
		// "Shenzhen Electronics Group (SEG) of China": past the firm's own
		// acronym; not "Robert Byrd (Democrat) of West Virginia"
		in, before := s.mentionAt(j-1), s.mentionAt(j-3)
		if s.w(j-2) != "(" || in == nil || before == nil || in.ent != before.ent {
			return nil
		}
		j -= 3
	}
	if j = s.skipTicker(j); s.w(j) == ">" {
		j-- // "<Siebe Plc> of the U.K."
	}
	if o := s.mentionAt(j); o != nil && d.ents[o.ent].Type == graph.Organization && o.ent != m.ent {
		// (a body "of" another body is its part, and speaks for itself:
		// "the Joint Agricultural Weather Facility of the U.S. Agriculture
		// and Commerce Departments said")
		return o
	}
	return nil
}

// namedKindBody is the body named right before a noun of its kind at j
// ("the Business Day newspaper said", "the Kyodo news agency said"), nil
// for none. A unit of the body is not the body ("the Citicorp unit").
func namedKindBody(d *doc, s *sent, j int) *mention {
	if !speakingKinds.Has(s.w(j)) && !namedKinds.Has(s.w(j)) {
		return nil
	}
	k := s.skipTicker(j - 1) // "The United Auto Workers <UAW> union said"
	if s.mentionAt(k) == nil && isLowerWord(s.raw(k)) && !namedKinds.Has(s.w(j)) {
		k-- // "news agency"
	}
	o := s.mentionAt(k)
	if o == nil || o.last != k+1 || d.ents[o.ent].Type != graph.Organization || strings.Contains(s.raw(k), "-") {
		return nil // (not "the English-language paper")
	}
	if n := d.ents[o.ent].Name; s.w(j) == "agency" && (strings.Contains(n, "Department") || strings.Contains(n, "Ministry")) {
		return nil // "the Energy Department agency", "the Department of Energy agency": an agency of the department
	}
	return o
}

// kindNamedBefore is the one body an earlier sentence names right before
// the kind word ("Business Week magazine", "the Oil World newsletter"),
// -1 for none or several.
func (d *doc) kindNamedBefore(s *sent, kind string) int {
	found := -1
	for _, o := range d.sents {
		if o.Start >= s.Start {
			break
		}
		for _, m := range o.mentions {
			if k := o.w(m.last); (k == kind || kind == "paper" && k == "newspaper") && d.ents[m.ent].Type == graph.Organization && !strings.Contains(o.raw(m.last-1), "-") {
				// ("the paper said" after "the official Economic
				// Information newspaper")
				if found >= 0 && found != m.ent {
					return -1
				}
				found = m.ent
			}
		}
	}
	return found
}

// printKinds name a paper by its kind: "the magazine said".
var printKinds = wordset.Of(map[string]bool{"newspaper": true, "daily": true, "weekly": true, "magazine": true,
	"journal": true, "paper": true, "newsletter": true})

// speakingKinds name the kind of body that speaks after its name.
var speakingKinds = wordset.Of(map[string]bool{"newspaper": true, "daily": true, "weekly": true, "agency": true,
	"magazine": true, "journal": true, "radio": true, "television": true, "paper": true})

// namedKinds name the kind of a body right after its name: "the United
// Auto Workers union said", "the Liberal party said".
var namedKinds = wordset.Of(map[string]bool{"union": true, "federation": true, "party": true})

// trailingForms are legal forms written after a company's name, in lower
// case or with dots, which a name may leave out.
var trailingForms = wordset.Of(map[string]bool{"co": true, "co.": true, "inc": true, "inc.": true, "corp": true,
	"corp.": true, "ltd": true, "ltd.": true, "plc": true, "s.a.": true, "sa": true, "ag": true, "nv": true, "n.v.": true,
	"spa": true, "s.p.a.": true, "gmbh": true, "bhd": true, "pty": true})

// subordinateSubject is the body or state that opens a subordinate clause
// before the comma right before "it" at j: "When CPC announced the deal
// yesterday, it said…" — the clause's subject is who "it" is.
func (d *doc) subordinateSubject(s *sent, j int) int {
	f := s.firstWord()
	if j < 2 || s.w(j-1) != "," || f >= j || !openers.Has(s.w(f)) {
		return -1
	}
	k := f + 1 + b2i(s.w(f+1) == "the")
	m := s.mentionAt(k)
	if m == nil || m.first != k {
		return -1
	}
	if t := d.ents[m.ent].Type; t != graph.Organization && t != graph.Country {
		return -1
	}
	for x := m.last; x < j-1; x++ {
		if s.w(x) == "," || s.w(x) == ";" {
			return -1 // the comma before "it" must close that clause
		}
	}
	return m.ent
}

// openers open a subordinate clause at the start of a sentence.
var openers = wordset.Of(map[string]bool{"when": true, "after": true, "as": true, "while": true, "although": true, "though": true,
	"because": true, "since": true, "before": true, "if": true, "once": true, "until": true})

// orgAntecedent resolves "it" or "the <noun>" at token k of sentence s to
// the body that spoke last before it, in a claim or quote of the article
// ("Acme Corp said … . It said …"; "Acme said it agreed …"), when that
// body fits the noun:
// a company for "the company", a country for "the government", a body
// whose name holds the noun for "the department" or "the central bank".
// With no such speaker it stays unresolved (-1): "it" alone names too
// many things to guess.
func (d *doc) orgAntecedent(s *sent, k int, noun string, c *claims) int {
	if c == nil {
		return -1
	}
	best, at := -1, -1
	for _, q := range c.quotes {
		if q.Speaker == "" || q.Evidence.Start > s.Start || q.Evidence.Start < at {
			continue
		}
		e, ok := d.index(q.Speaker)
		if !ok || !d.fits(e, noun) {
			continue
		}
		if q.Evidence.Start == s.Start && !d.mentionedBefore(e, s.Tokens[k].Start) {
			continue // in this sentence, only a speaker named before the pronoun
		}
		best, at = e, q.Evidence.Start
	}
	if best < 0 && noun == "" {
		return -1
	}
	// a body of the kind named as the subject of "said" in a sentence
	// after that claim's is the later speaker, though its reported claim
	// is not read yet: "Pennzoil said its goals …. \"…,\" the company
	// said" after a quote given to Texaco; before any quote, "the company"
	// is the one such body only ("Acme said … Beta Corp said … \"…,\"
	// the company said" names neither)
	before := best
	for _, sd := range d.saidSubjects() {
		if sd.start >= s.Start {
			break
		}
		if sd.start <= at || !d.fits(sd.ent, noun) {
			continue
		}
		if before < 0 && best >= 0 && best != sd.ent {
			return -1
		}
		best = sd.ent
	}
	return best
}

// saidSubject is a body or person named right before a speech verb, in
// the sentence that starts at start.
type saidSubject struct{ start, ent int }

// saidSubjects are the names right before a speech verb in the article,
// in order, read once: "Pennzoil said" (not "an analyst with Dean Witter
// said", nor a possessive).
func (d *doc) saidSubjects() []saidSubject {
	if d.said == nil {
		d.said = []saidSubject{}
		for _, o := range d.sents {
			for _, m := range o.mentions {
				if w := o.w(m.first - 1); speechVerbs[o.w(m.last)] && !o.possessive(m.last-1) &&
					w != "with" && w != "of" && w != "at" && w != "for" && w != "from" && w != "by" {
					d.said = append(d.said, saidSubject{o.Start, m.ent})
				}
			}
		}
	}
	return d.said
}

// announcedVerbs make known what their subject did, as said does, though
// they give no quote: "Iran announced it had launched an offensive".
var announcedVerbs = wordset.Of(map[string]bool{"announced": true, "announces": true, "disclosed": true, "discloses": true,
	"confirmed": true, "confirms": true, "revealed": true, "reveals": true, "reported": true, "reports": true})

// saidIt is who "it" is right after a verb of saying: the body or state
// that says it of itself ("Japan said it would cut tariffs", "AVX Corp
// said it has entered a settlement", "Iran says that it shot down"), -1
// when the speaker is no organisation or country.
func (d *doc) saidIt(s *sent, k int, c *claims) int {
	says := func(w string) bool { return speechVerbs[w] || announcedVerbs.Has(w) }
	v := k - 1
	if s.w(v) == "that" {
		v--
	}
	for v > 1 && !says(s.w(v)) && isDateToken(s, v) {
		v-- // "said last week it would back", "said on Tuesday that it"
	}
	if v >= 1 && (s.w(v) == "on" || s.w(v) == "that") && !says(s.w(v)) {
		v--
	}
	if v < 1 || !says(s.w(v)) {
		return -1
	}
	e, _ := d.subject(s, v, c)
	if e < 0 || d.ents[e].Type != graph.Organization && d.ents[e].Type != graph.Country {
		return -1
	}
	return e
}

// onlyCountryBefore is the one country the article names before offset
// off, -1 when it names none or several.
func (d *doc) onlyCountryBefore(off int) int {
	found := -1
	for i, e := range d.ents {
		if e.Type != graph.Country || !d.mentionedBefore(i, off) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// mentionedBefore reports a mention of entity e before offset off.
func (d *doc) mentionedBefore(e, off int) bool {
	for _, m := range d.ents[e].Mentions {
		if m.Start < off {
			return true
		}
	}
	return false
}

// paperWords call a body a newspaper.
var paperWords = wordset.Of(map[string]bool{"daily": true, "newspaper": true, "weekly": true, "paper": true})

// fits is fitsNoun for the article's entity e, which an apposition may
// also call a partnership: "Timber Realization, a limited partnership
// formed to dispose of timberlands, … . The partnership said", and the
// text a newspaper: "The government daily Izvestia said … . the
// newspaper said".
func (d *doc) fits(e int, noun string) bool {
	return fitsNoun(d.ents[e], noun) || noun == "partnership" && d.ents[e].Type == graph.Organization && d.calledPartnership(e) ||
		noun == "newspaper" && d.ents[e].Type == graph.Organization && d.calledNewspaper(e) ||
		noun != "" && d.ents[e].Type == graph.Organization && d.calledKind(e, noun)
}

// calledKind reports a mention of body e followed by an apposition "a
// (an) <lower-case words> <noun>," that names its kind: "the Pension
// Benefit Guaranty Corp, a federal agency, said" is "the agency" after;
// so is a kind noun right before the name ("the official news agency
// Tass said") or between it and a speech verb ("Kyodo news agency said").
func (d *doc) calledKind(e int, noun string) bool {
	if d.kinds == nil {
		d.kinds = map[int][]string{}
		for _, s := range d.sents {
			for _, m := range s.mentions {
				if d.ents[m.ent].Type != graph.Organization {
					continue // (fits asks only of bodies)
				}
				if k := m.first - 1; k > 0 && isLowerWord(s.raw(k)) && !determiners.Has(s.w(k)) && s.mentionAt(k) == nil && (s.w(k-1) == "the" || isLowerWord(s.raw(k-1))) {
					d.kinds[m.ent] = append(d.kinds[m.ent], s.w(k)) // "the official news agency Tass said"
				}
				for k := m.last; k < m.last+2 && k+1 < len(s.lw) && isLowerWord(s.raw(k)) && s.mentionAt(k) == nil; k++ {
					if !speechVerbs[s.w(k+1)] {
						continue
					}
					if o := namedKindBody(d, s, k); o != nil && o.ent == m.ent {
						d.kinds[m.ent] = append(d.kinds[m.ent], s.w(k)) // "Kyodo news agency said" (not "the Energy Department agency said")
						break
					}
				}
				if s.w(m.last) != "," || s.w(m.last+1) != "a" && s.w(m.last+1) != "an" {
					continue
				}
				for k := m.last + 2; k < m.last+7 && k < len(s.lw) && isLowerWord(s.raw(k)); k++ {
					if n := s.w(k + 1); n == "," || n == "of" || n == "which" || n == "that" {
						d.kinds[m.ent] = append(d.kinds[m.ent], s.w(k))
					}
				}
			}
		}
	}
	return slices.Contains(d.kinds[e], noun)
}

// calledNewspaper reports a body the article calls a newspaper right
// before its name ("The government daily Izvestia said", "the newspaper
// Pravda", "the weekly Der Spiegel", a word or two between) or in an
// apposition after it ("Wen Wei Po, a Hong Kong daily, said").
func (d *doc) calledNewspaper(e int) bool {
	for _, s := range d.sents {
		for _, m := range s.mentions {
			if m.ent != e {
				continue
			}
			for k := m.first - 1; k >= 0 && k >= m.first-3; k-- {
				if paperWords.Has(s.w(k)) {
					return true
				}
				if !isLowerWord(s.raw(k)) {
					break
				}
			}
			if s.w(m.last) == "," && (s.w(m.last+1) == "a" || s.w(m.last+1) == "the") {
				// "Wen Wei Po, a Hong Kong daily, said"
				for k := m.last + 2; k < len(s.Tokens) && k <= m.last+6 && !s.breaks(k); k++ {
					if paperWords.Has(s.w(k)) {
						return true
					}
				}
			}
		}
	}
	return false
}

// calledPartnership reports a mention of e followed by ", a (an)" and
// at most three lower-case words before "partnership".
func (d *doc) calledPartnership(e int) bool {
	for _, s := range d.sents {
		for _, m := range s.mentions {
			if m.ent != e || s.w(m.last) != "," || s.w(m.last+1) != "a" && s.w(m.last+1) != "an" {
				continue
			}
			for k := m.last + 2; k < m.last+6 && k < len(s.lw); k++ {
				if s.w(k) == "partnership" {
					return true
				}
				if !isLowerWord(s.raw(k)) {
					break
				}
			}
		}
	}
	return false
}

func fitsNoun(e graph.Entity, noun string) bool {
	switch noun {
	case "":
		return e.Type == graph.Organization
	case "government":
		return e.Type == graph.Country
	case "company", "firm", "concern", "corporation", "utility", "airline", "maker", "producer", "manufacturer":
		// "the company" is no agency, nor the paper that reports on it
		return e.Type == graph.Organization && !publicBody(e.Name) && !newspaperName(e.Name)
	case "group":
		return e.Type == graph.Organization && !publicBody(e.Name) // "the trade group" is no department
	case "organisation", "organization":
		return e.Type == graph.Organization
	case "union":
		return e.Type == graph.Organization && labourBody(e.Name)
	case "partnership":
		// "the partnership said": a body named as one ("General Partners",
		// "USACafes LP", "Clevebaco Ltd Partnership")
		if e.Type != graph.Organization {
			return false
		}
		switch headNoun(e.Name) {
		case "partners", "partnership", "lp", "l.p.", "l.p":
			return true
		}
		// (a legal form saying it: "TENERA LP", "USACafes L.P.")
		ws := strings.Fields(strings.ToLower(e.Name))
		last := strings.Trim(ws[len(ws)-1], ".")
		return len(ws) > 1 && (last == "lp" || last == "l.p")
	case "newspaper":
		return e.Type == graph.Organization && newspaperName(e.Name)
	case "agency":
		// "the agency" is a body named an agency, or a public office named
		// by its kind: "the Energy Information Administration", "the
		// Internal Revenue Service", "the Environmental Protection Agency"
		if e.Type != graph.Organization {
			return false
		}
		// (a department or a commission of a government too: "the
		// Department of Transportation …. The agency said", "the
		// Securities and Exchange Commission …. the agency")
		n := strings.ToLower(e.Name)
		return strings.Contains(n, "agency") || strings.HasSuffix(n, " administration") || strings.HasSuffix(n, " service") ||
			strings.HasSuffix(n, " bureau") || strings.HasSuffix(n, " authority") ||
			strings.HasPrefix(n, "department of ") || strings.Contains(n, " department of ") || strings.HasSuffix(n, " commission")
	}
	if head, ok := strings.CutPrefix(noun, headOf); ok {
		// "the exchange" the London Metal Exchange (not the Securities and
		// Exchange Commission), "the forecaster" Australian Wheat
		// Forecasters Pty Ltd: a body the word heads
		if e.Type != graph.Organization {
			return false
		}
		h := headNoun(e.Name) // the head, read once
		return h == head || len(h) == len(head)+1 && strings.HasPrefix(h, head) && h[len(head)] == 's'
	}
	return e.Type == graph.Organization && strings.Contains(strings.ToLower(e.Name), noun)
}

// kindNoun is how fitsNoun reads a noun a body is called by: a kind of
// body as it is ("the company", "the bank"), any other word as the head of
// the body's name ("the exchange", "the commission", "the forecaster").
func kindNoun(w string) string {
	if bodyKinds.Has(w) {
		return w
	}
	if w == "paper" || w == "newspaper" || w == "daily" || w == "weekly" {
		return "newspaper" // "the paper said": the newspaper the article names
	}
	if w == "partnership" {
		return w
	}
	if firmTrades.Has(w) {
		return "company" // "the soft drink bottler", "the British carrier": a firm by its trade
	}
	return headOf + w
}

// firmTrades name a firm by its trade.
var firmTrades = wordset.Of(map[string]bool{"bottler": true, "carrier": true, "retailer": true, "refiner": true, "insurer": true,
	"brokerage": true, "publisher": true, "developer": true, "conglomerate": true, "chain": true, "miner": true,
	"steelmaker": true, "automaker": true, "carmaker": true, "distributor": true, "lender": true, "thrift": true,
	"brewer": true, "distiller": true, "shipper": true, "supplier": true, "exporter": true, "importer": true,
	"shipbuilder": true, "homebuilder": true, "chipmaker": true, "drugmaker": true, "operator": true})

// bodyKinds are the nouns of a body's kind a speaker is called by; a name
// holding one anywhere fits it.
var bodyKinds = wordset.Of(map[string]bool{"company": true, "firm": true, "concern": true, "corporation": true, "utility": true,
	"airline": true, "group": true, "government": true, "bank": true, "agency": true, "department": true, "ministry": true,
	"organisation": true, "organization": true, "maker": true, "producer": true, "manufacturer": true, "union": true})

// labourBody reports a name of a labour union: "National Union of
// Seamen", "United Rubber Workers" (not "Union Pacific Corp", a firm the
// word opens, nor the "European Union").
func labourBody(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 || strings.Contains(name, "European") {
		return false
	}
	if slices.Contains(ws[1:], "Union") || slices.Contains(ws[1:], "Federation") && strings.Contains(name, "Labo") {
		return true
	}
	return labourMembers.Has(ws[len(ws)-1])
}

// labourMembers end the names of unions by their members: "United Auto
// Workers", "International Brotherhood of Teamsters", "Independent
// Federation of Flight Attendants".
var labourMembers = wordset.Of(map[string]bool{"Workers": true, "Teamsters": true, "Machinists": true, "Employees": true,
	"Seamen": true, "Miners": true, "Dockers": true, "Mineworkers": true, "Steelworkers": true, "Autoworkers": true,
	"Longshoremen": true, "Pilots": true, "Engineers": true, "Firefighters": true, "Teachers": true,
	"Attendants": true, "Controllers": true, "Nurses": true, "Drivers": true, "Clerks": true, "Carpenters": true,
	"Electricians": true, "Journalists": true, "Railwaymen": true, "Metalworkers": true, "Boilermakers": true})

// newspaperName reports a name a newspaper goes by: its last word is one
// papers are called ("The Washington Post", "China Daily", "Asahi
// Shimbun", "China Legal News").
func newspaperName(name string) bool {
	ws := strings.Fields(name)
	return len(ws) >= 2 && newspaperHeads.Has(ws[len(ws)-1])
}

// (not words firms end in too: "American Telephone and Telegraph",
// "American Express")
var newspaperHeads = wordset.Of(map[string]bool{"Post": true, "Times": true, "Journal": true, "Herald": true, "News": true,
	"Daily": true, "Tribune": true, "Gazette": true, "Shimbun": true, "Chronicle": true, "Weekly": true,
	"Pravda": true, "Izvestia": true, "Zeitung": true, "Monde": true, "Figaro": true, "Handelsblatt": true})

// headOf before a noun asks fitsNoun for a body the noun heads.
const headOf = "head:"

// headNoun is the word that heads a body's name, in lower case: the last
// before "of", "for" or "on", or before a legal form ("Bank of England": bank; "Australian Wheat
// Forecasters Pty Ltd": forecasters).
func headNoun(name string) string {
	ws := strings.Fields(strings.ToLower(name))
	if i := slices.IndexFunc(ws, func(w string) bool { return w == "of" || w == "for" || w == "on" }); i > 0 {
		ws = ws[:i] // "Institute for World Economy": institute
	}
	for len(ws) > 1 && legalTail.Has(strings.Trim(ws[len(ws)-1], ".")) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// legalTail are legal forms in lower case.
var legalTail = wordset.Of(map[string]bool{"inc": true, "corp": true, "co": true, "ltd": true, "plc": true, "pty": true, "llc": true,
	"ag": true, "sa": true, "nv": true, "n.v": true, "bv": true, "gmbh": true, "spa": true, "ab": true, "oy": true, "lp": true, "l.p": true})

// publicBodyWords name a state's or the world's bodies, which are no
// company: "Food and Drug Administration", "Ministry of Trade".
var publicBodyWords = wordset.Of(map[string]bool{"administration": true, "agency": true, "department": true, "ministry": true,
	"commission": true, "council": true, "committee": true, "organization": true, "organisation": true,
	"court": true, "parliament": true, "government": true, "authority": true, "board": true, "bureau": true,
	"senate": true, "congress": true, "assembly": true, "nations": true})

// publicBody reports a name that says it is a public body.
func publicBody(name string) bool { return nameHas(name, publicBodyWords) }

// nameHas reports a name one of whose words, in lower case, is in words.
func nameHas(name string, words wordset.Set) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if words.Has(w) {
			return true
		}
	}
	return false
}

// sentence is the sentence with index i, or nil.
func (d *doc) sentence(i int) *sent {
	for _, s := range d.sents {
		if s.idx == i {
			return s
		}
	}
	return nil
}

// index is the entity index of an id.
func (d *doc) index(id string) (int, bool) {
	for i, e := range d.ents {
		if e.ID == id {
			return i, true
		}
	}
	return 0, false
}

// objectPreps make the name after them no subject of the verb that
// follows: "talks with Japan ended", "the dispute between X and Y grew".
var objectPreps = wordset.Of(map[string]bool{"with": true, "against": true, "between": true, "among": true, "to": true})

// textAbout reads the words before the verb, ending at j, as a text and
// what it is about: "a World Bank report on Peru", "a report by the OECD
// on Japan", "a study of the Brazilian economy". ok then, with the text's
// author named before its noun or after its "by" (-1 when none is) and
// the token of the noun.
func (d *doc) textAbout(s *sent, j int) (author, noun int, ok bool) {
	p := j
	for p > 0 && p > j-6 && !aboutPreps.Has(s.w(p)) {
		if s.breaks(p) || s.w(p) == "," || auxiliaries.Has(s.w(p)) {
			return -1, 0, false
		}
		p--
	}
	if p <= 0 || p == j || !aboutPreps.Has(s.w(p)) || (s.w(p) == "on" || s.w(p) == "of") && !topicOf(d, s, p, j) {
		return -1, 0, false
	}
	if b := s.mentionAt(p - 1); b != nil && b.last == p-1 {
		// "a report by the OECD on Japan"
		by := b.first - 1 - b2i(s.w(b.first-1) == "the")
		if s.w(by) == "by" && authoredNouns.Has(s.w(by-1)) && speaks(d.ents[b.ent].Type) {
			return b.ent, by - 1, true
		}
		return -1, 0, false
	}
	if !authoredNouns.Has(s.w(p - 1)) {
		return -1, 0, false
	}
	if a := s.mentionAt(p - 2); a != nil && speaks(d.ents[a.ent].Type) && !s.consumed[s.at[p-2]] {
		return a.ent, p - 1, true
	}
	return -1, p - 1, true
}

// topicOf tells whether the words after the preposition at p, to j, are a
// text's topic: "on" opens the medium too ("a report on Cable News
// Network") and "of" the author ("the annual report of Zambia's Metal
// Marketing Corp"), so a body named last is none.
func topicOf(d *doc, s *sent, p, j int) bool {
	for k := j; k > p; k-- {
		if m := s.mentionAt(k); m != nil {
			return d.ents[m.ent].Type != graph.Organization
		}
	}
	return true
}

// authoredNouns are the texts that have a topic and an author: "a report
// on Peru", not an outlet ("Ming Pao newspaper of Hong Kong").
var authoredNouns = wordset.Of(map[string]bool{"report": true, "study": true, "survey": true, "poll": true,
	"statement": true, "communique": true, "review": true, "analysis": true, "memorandum": true})

// aboutPreps open what a text is about: "a report on Peru", "a study of
// Japan's markets", "a survey about the EC".
var aboutPreps = wordset.Of(map[string]bool{"on": true, "about": true, "of": true, "into": true})

// demonymAt reports a demonym's one-word mention at k ("Italian").
func demonymAt(s *sent, k int) bool {
	m := s.mentionAt(k)
	return m != nil && m.first == k && m.last == k+1 && m.m.Label == graph.LabelMISC
}

// sourceOf reports a preposition at p ("at", "in", "of", "for", "from")
// right after the noun of an unnamed source, past a "the" and a lower-case
// word after it: "traders at the", "officials in neighbouring".
func sourceOf(s *sent, p int) bool {
	if s.w(p) == "by" && p > 1 && polledWords.Has(s.w(p-1)) && (sourceWord(s.w(p-2)) || s.mentionAt(p-2) == nil && (strings.HasSuffix(s.w(p-2), "s") || strings.HasSuffix(s.w(p-2), "men")) && (isLowerWord(s.raw(p-2)) || s.Tokens[p-2].Start <= s.afterDateline())) {
		// "Analysts polled by Reuters estimated", "Trading banks polled
		// by Reuters said": the people or firms asked speak, not the body
		// that asked them
		return true
	}
	if s.w(p) == "representing" && p > 0 && sourceWord(s.w(p-1)) {
		return true // "Lawyers representing Ward have said": the lawyers speak, not their client
	}
	if s.w(p) == "'s" && p > 1 && !isLowerWord(s.raw(p-1)) {
		// "a former chairman of President Reagan's Council of Economic
		// Advisers": past the possessor's name
		p--
		if m := s.mentionAt(p); m != nil && m.first < p {
			p = m.first
		}
	}
	for n := 0; n < 2 && p > 0 && !isLowerWord(s.raw(p)) && s.w(p-1) != "," && (afterPreps.Has(s.w(p-1)) || !isLowerWord(s.raw(p-1))); n++ {
		p-- // a party's word before the title: "Aides to Republican Senator Robert Dole"
	}
	for p > 0 && (s.w(p) == "the" || isLowerWord(s.raw(p)) && !afterPreps.Has(s.w(p)) && s.w(p) != "with" || demonymAt(s, p) && isLowerWord(s.raw(p+1))) && p > 0 {
		// (past a demonym among the description's words: "sources close to
		// Italian state-owned investment bank IMI")
		if sourceNouns.Has(s.w(p)) {
			return false // "the sources" is no preposition's object
		}
		p--
		if m := s.mentionAt(p - 1); s.w(p) == "'s" && m != nil && m.last == p && m.first > 2 && isLowerWord(s.raw(p+1)) &&
			s.w(m.first-1) == "of" && headNouns.Has(s.w(m.first-2)) && unnamedHead(s, m.first-2) {
			return true // "a leading member of Britain's opposition Labour Party": the member, past the state's possessive
		}
		if afterPreps.Has(s.w(p)) || s.w(p) == "with" {
			break // "a top official with the SEC"
		}
	}
	switch s.w(p) {
	case "at", "in", "of", "for", "from", "with", "to":
		if p > 1 && (s.w(p) == "in" || s.w(p) == "at") && basedWords.Has(s.w(p-1)) {
			p-- // "Ugandan officials based in Kenya said": the officials speak
		}
		if p > 1 && (s.w(p) == "to" && s.w(p-1) == "close" || s.w(p) == "with" && s.w(p-1) == "familiar") {
			// "sources close to finance minister Edouard Balladur",
			// "officials familiar with the talks": people near them speak
			p--
		}
		if p > 3 && s.w(p) == "to" && (s.w(p-1) == "connections" || s.w(p-1) == "ties" || s.w(p-1) == "links" || s.w(p-1) == "contacts") {
			// "One lobbyist with close connections to the Reagan
			// administration said": the lobbyist speaks
			q := p - 2
			for q > 0 && q > p-4 && s.w(q) != "with" && isLowerWord(s.raw(q)) {
				q--
			}
			if s.w(q) == "with" {
				p = q
			}
		}
		if p > 2 && s.w(p) == "with" && talkNouns.Has(s.w(p-1)) && s.w(p-2) == "in" {
			p -= 2 // "Company sources in talks with Algeria said": the sources speak
			if strings.HasSuffix(s.w(p-1), "ly") && p > 1 {
				p-- // "sources currently in talks with"
			}
		}
		if s.w(p) == "of" && p > 2 && memberPlurals.Has(s.w(p-1)) {
			// "Diplomats from member states of NATO said", "officials of
			// the member countries of the EC": people of the members
			// speak, not the body
			q := p - 2
			for q > 0 && q > p-5 && isLowerWord(s.raw(q)) && !afterPreps.Has(s.w(q)) && s.w(q) != "with" {
				q--
			}
			if (s.w(q) == "from" || s.w(q) == "of" || s.w(q) == "in") && q > 0 && sourceWord(s.w(q-1)) {
				return true
			}
		}
		if p > 1 && (s.w(p-1) == "leaders" || s.w(p-1) == "leader") && leaderKinds.Has(s.w(p-2)) {
			return true // "Union leaders in Peru said", "business leaders in Japan": not the state
		}
		return p > 0 && (sourceWord(s.w(p-1)) || s.w(p) == "of" && headNouns.Has(s.w(p-1)) && unnamedHead(s, p-1))
	}
	return false
}

// leaderKinds say what leaders lead when it is no state: "union leaders",
// "business leaders", "opposition leaders".
var leaderKinds = wordset.Of(map[string]bool{"union": true, "business": true, "industry": true, "opposition": true,
	"farm": true, "labour": true, "labor": true, "church": true, "community": true, "student": true, "religious": true,
	"rebel": true, "guerrilla": true, "tribal": true, "civic": true, "banking": true, "financial": true, "corporate": true,
	"industrial": true, "farmers'": true, "workers'": true, "party": true, "congressional": true, "political": true})

// memberPlurals name the members of a body in "officials from member
// states of NATO".
var memberPlurals = wordset.Of(map[string]bool{"states": true, "countries": true, "nations": true,
	"governments": true, "members": true, "economies": true})

// peopleOfBody name people of a body in the plural, for "the <noun>" as a
// subject.
var peopleOfBody = wordset.Of(map[string]bool{"ministers": true, "officials": true, "delegates": true, "negotiators": true})

// bodyOfGroup is the body or state a sentence of the three before s named
// right before the plural noun ("EC foreign ministers", "Japanese
// officials"), the nearest such; -1 when none.
func (d *doc) bodyOfGroup(s *sent, noun string) int {
	for i := s.idx - 1; i >= 0 && i >= s.idx-3; i-- {
		f := d.sentence(i)
		if f == nil {
			continue
		}
		for k := len(f.Tokens) - 1; k > 0; k-- {
			if f.w(k) != noun {
				continue
			}
			for b := k - 1; b >= 0 && b >= k-3; b-- {
				if m := f.mentionAt(b); m != nil {
					if m.last == b+1 && speaks(d.ents[m.ent].Type) && d.ents[m.ent].Type != graph.Person {
						return m.ent
					}
					break
				}
				if !isLowerWord(f.raw(b)) {
					break
				}
			}
		}
	}
	return -1
}

// holderNouns title one who holds an office, for "the <title>" as a
// subject.
var holderNouns = wordset.Of(map[string]bool{"minister": true, "president": true, "chancellor": true, "premier": true,
	"secretary": true, "governor": true, "chairman": true, "ambassador": true, "senator": true, "commissioner": true, "envoy": true})

// headNouns title one who heads or speaks for a body: "the head of
// Indonesia's Association of Private Banks told Reuters", "a former
// chairman of the Council of Economic Advisers said" — an unnamed person,
// not the body.
var headNouns = wordset.Of(map[string]bool{"head": true, "chairman": true, "chairwoman": true, "president": true,
	"director": true, "chief": true, "leader": true, "member": true, "governor": true, "secretary": true, "representative": true})

// headModifiers stand between an article and a head noun: "a former
// chairman", "a leading member", "a prominent member".
var headModifiers = wordset.Words("former", "deputy", "vice", "senior", "acting", "leading", "prominent", "top",
	"high-ranking", "influential", "veteran", "longtime", "founding")

// unnamedHead reports a head noun at k that an article, "former" or a
// number opens with nothing capitalised between: "the head", "a former
// chairman", "one member" (not "Jon Vik, chairman of", whose name is
// before the comma).
func unnamedHead(s *sent, k int) bool {
	j := k - 1
	for j >= 0 && headModifiers.Has(s.w(j)) {
		j--
	}
	switch s.w(j) {
	case "the", "a", "an", "one", "another", "two", "three", "several":
	default:
		return false
	}
	if s.w(j-1) == "," {
		// "Edward Markey, D-Mass, the chairman of the subcommittee, said":
		// the person before the comma, in apposition
		for i := j - 2; i >= 0 && i >= j-8 && s.w(i) != "." && s.w(i) != ";"; i-- {
			if m := s.mentionAt(i); m != nil && m.m.Label == graph.LabelPER {
				return false
			}
		}
	}
	return true
}

// basedWords place people where they work: "diplomats based in Moscow".
var basedWords = wordset.Of(map[string]bool{"based": true, "stationed": true, "posted": true, "living": true, "working": true})

// polledWords ask people for what they think: "analysts polled by Reuters".
var polledWords = wordset.Of(map[string]bool{"polled": true, "surveyed": true, "questioned": true, "interviewed": true, "canvassed": true, "contacted": true,
	"queried": true, "sampled": true})

// titleStart is where the capitalised words (titles) before the name at k
// start, up to three: "President" in "with President Jose Sarney".
func (d *doc) titleStart(s *sent, k int) int {
	for n := 0; n < 3 && k > 0 && s.mentionAt(k-1) == nil && !isLowerWord(s.raw(k-1)) && s.w(k-1) != s.raw(k-1); n++ {
		k--
	}
	return k
}

// countryAntecedent is the country an "It" opening a sentence stands for:
// the subject that opens the sentence before, when that is a country
// ("Indonesia, hurt by the fall in oil prices, is the Third World's sixth
// largest debtor. It has received 10.7 billion dlrs from the World Bank"),
// in a sentence that reports no speech. An "It" that stands for nothing ("It was imperative that", "It would
// take five months to repair") is none; -1 when there is none.
func (d *doc) countryAntecedent(s *sent, j int) int {
	if j != 0 || s.idx == 0 || dummyIt(s) {
		return -1
	}
	p := d.sentence(s.idx - 1)
	if p == nil {
		return -1
	}
	for k := range p.Tokens {
		if speechVerbs[p.w(k)] || p.w(k) == "according" {
			// "Thailand exported …, the Commerce Ministry said. It said":
			// the one who spoke is the antecedent the other rules find
			return -1
		}
	}
	for _, m := range p.mentions {
		if p.dateline(m) {
			continue
		}
		if m.first > 1 || m.first == 1 && p.w(0) != "the" || d.ents[m.ent].Type != graph.Country || p.possessive(m.last) ||
			p.w(m.last) == "and" || strings.HasPrefix(p.w(m.last), "-") {
			return -1
		}
		if ps := p.parsed(); m.last < len(ps.POS) && p.w(m.last) != "," && !strings.HasPrefix(ps.POS[m.last], "VB") && ps.POS[m.last] != "MD" && !strings.HasSuffix(p.w(m.last), "ly") {
			return -1 // "U.S. green coffee roastings were …": the country modifies the subject
		}
		return m.ent
	}
	return -1
}

// dummyIt reports an "It" opening s that stands for nothing: before a form
// of "be" that is no progressive ("It was imperative", "It is expected
// that"), or a verb of seeming or taking ("It would take five months", "It
// seems").
func dummyIt(s *sent) bool {
	w1, w2 := s.w(1), s.w(2)
	if w1 == "also" {
		w1, w2 = w2, s.w(3)
	}
	switch {
	case beForms.Has(w1):
		return !strings.HasSuffix(w2, "ing")
	case futureModals.Has(w1) || w1 == "may" || w1 == "might":
		return w2 == "be" || seemVerbs.Has(w2)
	}
	return seemVerbs.Has(w1)
}

// seemVerbs have an empty "it" for subject: "it seems", "it would take".
var seemVerbs = wordset.Of(map[string]bool{"seem": true, "seems": true, "seemed": true, "appear": true, "appears": true, "appeared": true,
	"take": true, "takes": true, "took": true, "remains": true, "remained": true, "cost": true, "costs": true, "makes": true, "made": true,
	"means": true, "meant": true, "matters": true, "happened": true, "follows": true})

// apposedPerson is the person whose apposition holds token k: words from
// a comma right after the person's name to k, with no other comma between
// ("Brodsky, president of the …"); -1 for none.
func (d *doc) apposedPerson(s *sent, k int) int {
	for p := k - 1; p >= 0 && p >= k-8; p-- {
		if s.w(p) == "," {
			if m := s.mentionAt(p - 1); m != nil && d.ents[m.ent].Type == graph.Person {
				return m.ent
			}
			return -1
		}
	}
	return -1
}

// groupLeader is the person or body who leads the group an earlier
// sentence of the article names by its head ("an investor group led by New
// York investor George Soros"), the latest such, -1 for none.
func (d *doc) groupLeader(s *sent) int {
	found := -1
	for _, o := range d.sents {
		if o.idx >= s.idx {
			break
		}
		for k := range o.Tokens {
			if o.w(k) != "group" {
				continue
			}
			if o.w(k+1) == "of" {
				// "A group of investment firms led by": past what the group
				// is made of
				for n := 0; n < 3 && isLowerWord(o.raw(k+2)) && headedBy.At(o.w(k+2)) == ""; n++ {
					k++
				}
				k++
			}
			if headedBy.At(o.w(k+1)) == "" || o.w(k+2) != "by" {
				continue
			}
			for j := k + 3; j < len(o.Tokens) && j <= k+10 && (!o.breaks(j) || o.w(j) == "," && (placeComma(d, o, j) || placeComma(d, o, j-2))); j++ {
				if m := o.mentionAt(j); m != nil {
					if t := d.ents[m.ent].Type; t == graph.Person || t == graph.Organization {
						found = m.ent
						break
					}
					j = m.last - 1 // past a place: "led by New York investor George Soros"
				}
			}
		}
	}
	return found
}

// previousSubject is the body or state that opens the sentence before s as
// the subject of its first finite verb, which a sentence opening with "It"
// goes on about: "TWA reported holding 15 pct of USAir. It had also
// proposed a takeover of USAir"; -1 when that subject is no such name
// ("The Italian treasury said …", "Belgian public debt rose …", "New
// Zealand's money supply grew": a name that only modifies the subject's
// noun). "The group" is the one leading it, as "the group said" is; an
// opening "It" is who that one stands for.
func (d *doc) previousSubject(s *sent) int {
	if s.idx == 0 {
		return -1
	}
	p := d.sentence(s.idx - 1)
	if p == nil {
		return -1
	}
	ps := p.parsed()
	for _, cl := range ps.Clauses {
		if cl.Tense == "" {
			continue
		}
		if len(cl.Subject) != 1 || cl.Subject[0].Start > 1 || cl.Passive {
			return -1
		}
		m := p.mentionAt(cl.Subject[0].Head)
		if m == nil && ps.Lower(cl.Subject[0].Head) == "group" && ps.Lower(cl.Subject[0].Start) == "the" {
			// "The group said its representatives had met with Fairchild
			// officials. It said …": the group, which its leader stands for
			return d.groupLeader(p)
		}
		if m == nil && cl.Subject[0].Start == 0 && ps.Lower(0) == "it" && cl.Subject[0].End == 1 {
			// "It said it was considering more purchases. It said …": the
			// one the first "It" stands for
			return d.previousSubject(p)
		}
		if m == nil || m.m.Label == graph.LabelMISC || p.possessive(m.last) {
			return -1
		}
		if t := d.ents[m.ent].Type; t != graph.Organization && t != graph.Country {
			return -1
		}
		return m.ent
	}
	return -1
}

// inSourceOf reports a mention m of sentence p inside the description of
// an unnamed source of a claim in p: "Nakasone" of "A close aide to
// Nakasone has said".
func (c *claims) inSourceOf(p *sent, m mention) bool {
	for _, q := range c.quotes {
		if q.UnnamedSpeaker == "" || q.Evidence.End <= p.Start || q.Evidence.Start >= p.End {
			continue
		}
		if i := strings.Index(q.Evidence.Text, q.UnnamedSpeaker); i >= 0 {
			from := q.Evidence.Start + i
			if m.m.Start >= from && m.m.End <= from+len(q.UnnamedSpeaker) && afterPreps.Has(p.w(m.first-1)) {
				return true // (a name after a preposition only qualifies the source: not "Chrysler Chairman Lee Iacocca")
			}
		}
	}
	return false
}
