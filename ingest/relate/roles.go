package relate

import (
	"cmp"
	"slices"
	"strings"

	"actorgraph/graph"
	"actorgraph/ingest/text"
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
)

// relations collects relations, keeping one per subject, predicate and
// object: the most confident, and the earliest among equals.
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
	rs.index[k] = len(rs.list)
	rs.list = append(rs.list, r)
}

// isState reports whether an entity can hold offices: a country, or an
// organisation.
func isState(e *graph.Entity) bool { return e.Type == graph.Country || e.Type == graph.Organization }

// honorific tokens may stand between a title and a name.
func (r *Relater) honorific(w string) bool { return r.titleKind(w) == kindHonorific }

// titleEndingAt finds the longest title whose last token is k; it returns
// its first token and kind.
func (r *Relater) titleEndingAt(s *sent, k int) (first int, kind int, ok bool) {
	for n := min(5, k+1); n >= 1; n-- {
		words := make([]string, n)
		for i := range n {
			words[i] = s.raw(k - n + 1 + i)
		}
		if kd := r.titleKind(strings.Join(words, " ")); kd == kindLeader || kd == kindOfficial {
			return k - n + 1, kd, true
		}
	}
	return 0, kindNone, false
}

// titleStartingAt finds the longest title whose first token is k; it
// returns the token after it and its kind.
func (r *Relater) titleStartingAt(s *sent, k int) (end int, kind int, ok bool) {
	for n := min(5, len(s.Tokens)-k); n >= 1; n-- {
		words := make([]string, n)
		for i := range n {
			words[i] = s.raw(k + i)
		}
		if kd := r.titleKind(strings.Join(words, " ")); kd == kindLeader || kd == kindOfficial {
			return k + n, kd, true
		}
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
		// "Special Envoy for North Korea": a title with a "for <X>" complement
		if m := s.mentionAt(j); m != nil && s.w(m.first-1) == "for" {
			if _, _, ok := r.titleEndingAt(s, m.first-2); ok {
				j = m.first - 2
			}
		}
		t0, kind, ok := r.titleEndingAt(s, j)
		if !ok {
			continue
		}
		if w := s.w(t0 - 1); w == "former" || w == "then" || w == "ex" || w == "late" {
			continue
		}
		role := d.body[s.Tokens[t0].Start:s.Tokens[roleEnd-1].End]
		c := t0 - 1
		if s.possessive(c) {
			c--
		}
		cm := s.mentionAt(c)
		if cm == nil || !isState(d.entity(cm.ent)) {
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
			loose = append(loose, titled{person: p.ent, role: role, s: s})
			continue
		}
		if w := s.w(cm.first - 1); w == "former" || w == "then" || w == "ex" || w == "late" {
			// "former Brazilian president Dilma Rousseff" held the office once
			s.consumed[s.at[c]] = true
			continue
		}
		s.consumed[s.at[c]] = true
		for k := t0; k < roleEnd; k++ {
			if m := s.mentionAt(k); m != nil {
				s.consumed[s.at[k]] = true
			}
		}
		out.add(graph.Relation{
			Subject: d.entity(p.ent).ID, Predicate: predicateOf(kind), Object: d.entity(cm.ent).ID,
			Role: role, ValidFrom: d.published(), Confidence: confTitle, Evidence: d.evidence(s),
		})
	}
	return loose
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
	for _, p := range d.described(s) {
		for _, at := range r.descriptionStarts(d, s, p) {
			r.readDescription(d, s, p, at, out)
		}
		d.workRelations(s, p, out)
		d.officeNounRelations(s, p, out)
	}
}

// workWords say that someone works somewhere: "while working at CERN",
// "holds professorships at X", "has taught at Y", "spent her career at
// CNN", "a spell at Z", "a partner at the firm W".
var workWords = map[string]bool{"working": true, "worked": true, "works": true, "work": true, "taught": true,
	"teaches": true, "teaching": true, "professorship": true, "professorships": true, "career": true,
	"fellowship": true, "fellowships": true, "spell": true, "stint": true, "partner": true, "researcher": true,
	"lecturer": true, "lectured": true, "employed": true, "job": true, "post": true, "position": true, "presented": true,
	"reporter": true, "correspondent": true, "anchor": true, "editor": true, "columnist": true, "economist": true, "analyst": true}

// workRelations reads where a person works from a word of work followed
// by "at" or "for" and an organisation ("he holds professorships at both
// MIT and the University of Oxford"), and "<Person> of <Organisation>"
// ("Michael Kremer of Harvard University", "Abhijit Banerjee, also of
// MIT"): affiliatedWith, as of the article's date.
func (d *doc) workRelations(s *sent, p mention, out *relations) {
	of := false
	add := func(o *mention) {
		if d.entity(o.ent).Type == graph.Organization && o.ent != p.ent {
			pred := graph.RelAffiliatedWith
			if of && isMembership(d.entity(o.ent).Name) {
				pred = graph.RelMemberOf // "X of the Labour Party" belongs to it
			}
			out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: pred, Object: d.entity(o.ent).ID,
				ValidFrom: d.published(), Confidence: confApposition, Evidence: d.evidence(s)})
		}
	}
	k := afterName(s, p)
	if s.w(k) == "," && s.w(k+1) == "also" {
		k += 2
	}
	if s.w(k) == "of" {
		of = true
		if o := s.mentionAt(k + 1 + b2i(s.w(k+1) == "the")); o != nil && !s.possessive(o.last) {
			add(o)
		}
		return
	}
	for j := k; j < len(s.Tokens) && j < k+25; j++ {
		if m := s.mentionAt(j); m != nil && m.ent != p.ent && d.entity(m.ent).Type == graph.Person || s.w(j) == ";" || s.w(j) == "said" {
			return
		}
		if !workWords[s.w(j)] {
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

// staffNouns name a job done for an organisation: "Goldman Sachs
// economist X", "X, a BBC correspondent".
var staffNouns = map[string]bool{"economist": true, "analyst": true, "correspondent": true, "anchor": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "engineer": true, "executive": true, "lawyer": true,
	"researcher": true, "scientist": true, "reporter": true, "editor": true, "journalist": true, "official": true,
	"employee": true, "trader": true, "strategist": true, "columnist": true, "commentator": true, "producer": true,
	"professor": true, "lecturer": true, "adviser": true, "advisor": true, "consultant": true, "partner": true,
	"manager": true, "banker": true, "dealer": true, "broker": true, "negotiator": true, "presenter": true,
	"photographer": true, "fellow": true, "coach": true}

// orgRoleRelations reads an organisation's name before a role and a
// person, as wire copy writes them: "Goldman Sachs economist Jan Hatzius",
// "Mobil chairman Lucio Noto", "X, a BBC correspondent,", "X, Citigroup
// chief executive,". A title gives the office (leaderOf, officialOf), a
// word of a job affiliation.
func (r *Relater) orgRoleRelations(d *doc, s *sent, out *relations) {
	// role reads the words from k up to end as a role of org
	role := func(p, org *mention, k, end int) {
		if k >= end || end-k > 4 || portfolio(d.entity(org.ent), org) {
			return // "Defence Secretary X": the office's field, no body
		}
		for j := k; j < end; j++ {
			if s.mentionAt(j) != nil || s.breaks(j) {
				return
			}
		}
		text := d.body[s.Tokens[k].Start:s.Tokens[end-1].End]
		pred := ""
		if _, kind, ok := r.titleStartingAt(s, k); ok {
			if n, _, _ := r.titleStartingAt(s, k); n == end {
				pred = predicateOf(kind)
			}
		}
		if pred == "" && staffNouns[s.w(end-1)] {
			pred = graph.RelAffiliatedWith
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
				if d.entity(m.ent).Type == graph.Organization && m.last < p.first && !s.possessive(m.last) {
					role(p, m, m.last, p.first)
				}
				break
			}
			if !isLowerWord(s.raw(j)) && r.titleKind(s.raw(j)) == kindNone {
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
		m := s.mentionAt(k)
		if m == nil || m.first != k || d.entity(m.ent).Type != graph.Organization || s.possessive(m.last) {
			continue
		}
		end := m.last
		for end < len(s.Tokens) && end < m.last+4 && s.w(end) != "," && s.w(end) != "." && !s.breaks(end) && s.mentionAt(end) == nil {
			end++
		}
		if s.w(end) == "," || s.w(end) == "." || end == len(s.Tokens) {
			role(p, m, m.last, end)
		}
	}
}

// described lists the persons a sentence may describe: its person
// mentions, and a personal pronoun that opens a clause ("He was Prime
// Minister of Y", "In 2014, she became …") standing for the one person
// the sentence before names, else for the person an encyclopaedic
// article is about (d.topic). The pronoun is a one-token mention.
func (d *doc) described(s *sent) []mention {
	var out []mention
	for _, m := range s.mentions {
		if d.entity(m.ent).Type == graph.Person {
			out = append(out, m)
		}
	}
	return append(out, d.pronounSubjects(s)...)
}

// pronounSubjects are the personal pronouns that open a clause of s,
// resolved as described says, as one-token mentions.
func (d *doc) pronounSubjects(s *sent) []mention {
	var out []mention
	for k, w := range s.lw {
		if w != "he" && w != "she" || k > 0 && s.w(k-1) != "," && s.w(k-1) != "and" && s.w(k-1) != "but" && yearOf(s.w(k-1)) == "" && !s.openingPhrase(k) {
			continue
		}
		// the one person the sentence before opens with; else the
		// encyclopaedic topic, by its pronoun; else the one person named
		e := d.pronoun(s, k, nil)
		if t := d.topic(); t >= 0 && t != e && !d.opens(s.idx-1, e) && (d.topicPronoun == w || e < 0 && d.topicPronoun == "") {
			e = t
		}
		if e >= 0 {
			out = append(out, mention{ent: e, m: graph.Mention{Start: s.Tokens[k].Start, End: s.Tokens[k].End}, first: k, last: k + 1})
		}
	}
	return out
}

// openingPhrase reports a short phrase of time before token k that opens
// the sentence, with no comma: "In 2019 she joined …", "After the war he
// served as …".
func (s *sent) openingPhrase(k int) bool {
	switch s.w(0) {
	case "in", "on", "after", "since", "from", "during", "later", "then", "by":
	default:
		return false
	}
	if k > 10 {
		return false
	}
	for j := 1; j < k; j++ {
		if s.breaks(j) || s.w(j) == "that" || s.w(j) == "who" || s.w(j) == "which" {
			return false
		}
	}
	return true
}

// topic is the person an encyclopaedic article is about: the one its
// first sentence opens with and describes ("X (born 1961) is a Dutch
// politician", "X was a Ghanaian diplomat"), or -1. The first personal
// pronoun after that sentence is taken for the topic's, as biographies
// write them (d.topicPronoun, "he" or "she"): a pronoun of the other
// gender is someone else.
func (d *doc) topic() int {
	if d.topicIdx > 0 {
		return d.topicIdx - 1
	}
	if d.topicIdx < 0 {
		return -1
	}
	d.topicIdx = -1
	for _, s := range d.sents {
		if len(s.mentions) == 0 {
			continue
		}
		m := s.mentions[0]
		if m.first == 0 && d.entity(m.ent).Type == graph.Person {
			switch s.w(afterName(s, m)) {
			case "is", "was", ",", "has", "had", "served", "became":
				d.topicIdx = m.ent + 1
				d.topicPronoun = d.firstPronoun(s.idx)
			}
		}
		break
	}
	return d.topicIdx - 1
}

// opens reports whether sentence i opens with a mention of entity e.
func (d *doc) opens(i, e int) bool {
	s := d.sentence(i)
	return e >= 0 && s != nil && len(s.mentions) > 0 && s.mentions[0].first == 0 && s.mentions[0].ent == e
}

// firstPronoun is the first personal pronoun after sentence i, as "he"
// or "she", or "".
func (d *doc) firstPronoun(i int) string {
	for _, s := range d.sents {
		if s.idx <= i {
			continue
		}
		for _, w := range s.lw {
			switch w {
			case "he", "his", "him":
				return "he"
			case "she", "her", "hers":
				return "she"
			}
		}
	}
	return ""
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
	{words: []string{"has", "ruled"}, leads: true, rules: true}, {words: []string{"has", "governed"}, leads: true, rules: true},
	{words: []string{"led"}, past: true, leads: true}, {words: []string{"leads"}, leads: true},
	{words: []string{"headed"}, past: true, leads: true}, {words: []string{"heads"}, leads: true},
	{words: []string{"ruled"}, past: true, leads: true, rules: true}, {words: []string{"rules"}, leads: true, rules: true},
	{words: []string{"governed"}, past: true, leads: true, rules: true}, {words: []string{"governs"}, leads: true, rules: true},
	{words: []string{"was", "sworn", "in", "as"}, past: true, start: true},
	{words: []string{"has", "served", "as"}}, {words: []string{"have", "served", "as"}},
	{words: []string{"had", "served", "as"}, past: true},
	{words: []string{"having", "served", "as"}, past: true}, {words: []string{"having", "been"}, past: true},
	{words: []string{"had", "led"}, past: true, leads: true}, {words: []string{"had", "headed"}, past: true, leads: true},
	{words: []string{"took", "office", "as"}, past: true, start: true},
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
	{words: []string{"remains"}}, {words: []string{"remained"}, past: true},
	{words: []string{"is"}}, {words: []string{"was"}, past: true},
}

// officeAdverbs may stand inside a verb of office.
var officeAdverbs = map[string]bool{
	"also": true, "later": true, "now": true, "currently": true, "previously": true, "formerly": true,
	"briefly": true, "then": true, "subsequently": true, "since": false, "still": true, "once": true, "twice": true, "again": true,
}

// officeVerb matches a verb of office at k.
func officeVerb(s *sent, k int) (description, bool) {
	for _, v := range officeVerbs {
		j := k
		ok := true
		for _, w := range v.words {
			for officeAdverbs[s.w(j)] {
				j++
			}
			if s.w(j) != w {
				ok = false
				break
			}
			j++
		}
		if ok {
			for officeAdverbs[s.w(j)] {
				j++
			}
			return description{k: j, verbal: true, past: v.past, start: v.start, employer: v.works, leads: v.leads, rules: v.rules}, true
		}
	}
	return description{}, false
}

// descriptionStarts lists where the descriptions of a person begin: right
// after the name, and after a relative pronoun, a comma or "and" in the
// next few words, up to another person or the end of the clause.
func (r *Relater) descriptionStarts(d *doc, s *sent, p mention) []description {
	var out []description
	after := afterName(s, p)
	if s.w(after) == "," {
		out = append(out, description{k: after + 1})
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
		if w == "who" || w == "," || w == "and" {
			if v, ok := officeVerb(s, j+1); ok {
				out = append(out, v)
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

// ordinals and other words that may stand between the article and an
// office: "the 40th prime minister", "the first president".
var officeOrdinals = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true, "seventh": true,
	"eighth": true, "ninth": true, "tenth": true, "last": true, "current": true, "incumbent": true, "interim": true,
	"new": true, "acting": true, "longtime": true, "longest-serving": true,
}

func isOrdinal(w string) bool {
	if officeOrdinals[w] {
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
		o := s.mentionAt(k + b2i(s.w(k) == "the"))
		if o == nil || !isState(d.entity(o.ent)) || s.possessive(o.last) {
			return
		}
		from, until := termDates(s, o.last, false)
		if d.entity(o.ent).Type == graph.Country && !at.rules && from == "" && until == "" {
			return
		}
		out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: graph.RelLeaderOf, Object: d.entity(o.ent).ID,
			ValidFrom: validFrom(d, at.past, from), ValidUntil: until, Confidence: confApposition, Evidence: ev})
		return
	}
	if at.employer {
		j := k + b2i(s.w(k) == "the")
		if s.mentionAt(j) == nil && (antecedentNouns[s.w(j)] || employerNouns[s.w(j)]) {
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
			if _, _, ok := r.titleStartingAt(s, k); !ok {
				return
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
		}
	}
	for pre != nil && isOrdinal(s.w(k)) {
		k++ // "Israel's fourth prime minister"
	}
	roleStart := k
	for k < len(s.Tokens) && k-roleStart < 6 && s.mentionAt(k) == nil && !s.breaks(k) && !isPreposition(s.w(k)) && !roleStops[s.w(k)] {
		k++
	}
	if k == roleStart {
		return
	}
	roleEnd := k
	if m := s.mentionAt(k); m != nil && m.first == k && d.entity(m.ent).Type == graph.Person {
		return // "X, French President Y": the title is the next person's
	}
	_, kind, isTitle := r.titleStartingAt(s, roleStart)
	head := roleEnd == roleStart+1 && s.w(roleStart) == "head"
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
	if !article && !isTitle {
		return
	}
	var obj *mention
	sentTo := false
	prep := s.w(k)
	object := func() {
		k++
		if s.w(k) == "the" {
			k++
		}
		if rulingWords[s.w(k)] && s.mentionAt(k+1) != nil {
			k++ // "chairman of the ruling X party"
		}
		// "president of Pacific Western's airline unit" is not of the
		// owner, "head of the Malaysian delegation" not of the country
		if m := s.mentionAt(k); m != nil && isState(d.entity(m.ent)) && !s.possessive(m.last) && m.m.Label != graph.LabelMISC {
			obj = m
		}
	}
	if isPreposition(prep) {
		object()
		// "ambassador to Liberia" serves the state that sends the envoy
		sentTo = obj != nil && prep == "to" && envoy(role0(s, roleStart, roleEnd))
		// "Minister of Finance of Greece", "a professor of economics at X":
		// the role runs on through a complement that names nothing
		if obj == nil && prep == "of" {
			j := k
			for j < len(s.Tokens) && j < k+4 && s.mentionAt(j) == nil && !s.breaks(j) && !isPreposition(s.w(j)) {
				j++
			}
			if j > k && isPreposition(s.w(j)) && s.w(j) != "to" && s.w(j) != "in" {
				roleEnd, k, prep = j, j, s.w(j)
				object()
				if head {
					isTitle = false // "head of research at the bank" heads no bank
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
	rel := func(pred string, object *mention, role string) {
		out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: pred, Object: d.entity(object.ent).ID,
			Role: role, ValidFrom: validFrom(d, past && !at.start, from), ValidUntil: until, Confidence: confApposition, Evidence: ev})
	}
	member := s.w(roleEnd-1) == "member" || s.w(roleEnd-1) == "members"
	switch {
	case pre != nil && isTitle:
		full := role
		if obj != nil {
			full = d.body[s.Tokens[roleStart].Start:obj.m.End]
		}
		if s.mentionAt(pre.first) == pre {
			s.consumed[s.at[pre.first]] = true
		}
		rel(predicateOf(kind), pre, full)
	case obj != nil && isTitle && !sentTo:
		rel(predicateOf(kind), obj, role)
	case article && member && obj != nil && prep == "of" && d.entity(obj.ent).Type == graph.Organization:
		rel(graph.RelMemberOf, obj, "")
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
			rel(graph.RelMemberOf, o, "")
			n = o.last
		}
	case (article || head) && obj != nil && d.entity(obj.ent).Type == graph.Organization && (prep == "at" || prep == "of" || prep == "with" || prep == "for"):
		rel(graph.RelAffiliatedWith, obj, role)
	}
	// a second office coordinated with the first: "Prime Minister of Y
	// and President of the Z Party"
	// Minister of Y from 1995 to 2013 and later President of the Z")
	if obj != nil {
		and := obj.last
		for n := 0; n < 6 && and < len(s.Tokens) && (termWords[s.w(and)] || yearOf(s.w(and)) != ""); n++ {
			and++
		}
		if s.w(and) == "and" {
			first := and + 1
			for officeAdverbs[s.w(first)] {
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

// rulingWords describe a party between "the" and its name.
var rulingWords = map[string]bool{"ruling": true, "governing": true, "opposition": true, "main": true, "conservative": true,
	"socialist": true, "centre-right": true, "centre-left": true, "nationalist": true, "communist": true}

// officeNouns name an office held by its nature: "returned to the
// presidency of Brazil", "won the leadership of the Liberal Democratic
// Party".
var officeNouns = map[string]bool{"presidency": true, "premiership": true, "chancellorship": true, "leadership": true, "chairmanship": true}

// officeNounRelations reads an office noun, "of" and a state in the
// clause of person p: leaderOf.
func (d *doc) officeNounRelations(s *sent, p mention, out *relations) {
	for j := p.last; j < len(s.Tokens)-2 && j < p.last+25; j++ {
		if m := s.mentionAt(j); m != nil && m.ent != p.ent && d.entity(m.ent).Type == graph.Person || s.w(j) == ";" {
			return
		}
		if !officeNouns[s.w(j)] || s.w(j+1) != "of" || s.w(j-1) != "the" {
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

// employerNouns name what an employer is, between a verb of work and the
// name: "works for the newspaper X", "joined the broadcaster X".
var employerNouns = map[string]bool{"newspaper": true, "broadcaster": true, "magazine": true, "daily": true,
	"network": true, "channel": true, "university": true, "studio": true, "club": true, "team": true, "band": true,
	"label": true, "publisher": true, "carmaker": true, "automaker": true, "insurer": true, "lender": true, "party": true}

// lastCountry is the mention of the country named last before token k of
// s, in s or the sentences before it (demonyms included): what "the
// country's" refers to.
func (d *doc) lastCountry(s *sent, k int) *mention {
	for i := s.idx; i >= 0 && i >= s.idx-2; i-- {
		t := d.sentence(i)
		if t == nil {
			continue
		}
		for n := len(t.mentions) - 1; n >= 0; n-- {
			m := &t.mentions[n]
			if (i < s.idx || m.last <= k) && d.entity(m.ent).Type == graph.Country {
				return m
			}
		}
	}
	return nil
}

// roleStops end a role's words: the years of its term, the sentence's end.
var roleStops = map[string]bool{"from": true, "since": true, "until": true, "between": true, ".": true, ")": true, "(": true, "who": true}

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
var termWords = map[string]bool{"from": true, "to": true, "until": true, "till": true, "since": true, "between": true, "in": true, "–": true, "-": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true}

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
			return yearOf(s.w(j + 1)), ""
		case "until", "till":
			return "", yearOf(s.w(j + 1))
		case "in":
			if start {
				if termWords[s.w(j+1)] && s.w(j+1) != "in" {
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

// memberRelations reads membership: "Ecuador, a member of OPEC",
// "OPEC member Ecuador", "Ecuador, an OPEC member".
func (r *Relater) memberRelations(d *doc, s *sent, out *relations) {
	member := func(m *mention) bool {
		t := d.entity(m.ent).Type
		return t == graph.Country || t == graph.Organization
	}
	add := func(who, of *mention) {
		if who.ent == of.ent || d.entity(of.ent).Type != graph.Organization {
			return
		}
		out.add(graph.Relation{Subject: d.entity(who.ent).ID, Predicate: graph.RelMemberOf, Object: d.entity(of.ent).ID,
			ValidFrom: d.published(), Confidence: confApposition, Evidence: d.evidence(s)})
	}
	// "Its seven members are A, B and C", "X, whose four members are A and
	// B": the members of the paragraph's organisation, people or states
	for j := 1; j < len(s.Tokens)-2; j++ {
		if (s.w(j) != "members" && s.w(j) != "member") || (s.w(j+1) != "are" && s.w(j+1) != "were" && s.w(j+1) != "include" && s.w(j+1) != "included") {
			continue
		}
		n := j - 1
		for n > 0 && (isCount(s.w(n)) || s.w(n) == "founding" || s.w(n) == "current" || s.w(n) == "original" || s.w(n) == "permanent") {
			n--
		}
		org := -1
		switch {
		case s.w(n) == "its" && n == 0:
			org = d.topicOrganization(s)
		case s.w(n) == "whose" && s.w(n-1) == ",":
			if m := s.mentionAt(0); m != nil && d.entity(m.ent).Type == graph.Organization || s.w(0) == "the" && s.mentionAt(1) != nil {
				if m == nil {
					m = s.mentionAt(1)
				}
				if d.entity(m.ent).Type == graph.Organization {
					org = m.ent
				}
			}
		}
		if org < 0 {
			continue
		}
		anyone := func(m *mention) bool {
			t := d.entity(m.ent).Type
			return t == graph.Person || t == graph.Country || t == graph.Organization
		}
		for _, o := range memberList(s, j+2, anyone) {
			if o.ent != org {
				out.add(graph.Relation{Subject: d.entity(o.ent).ID, Predicate: graph.RelMemberOf, Object: d.entity(org).ID,
					ValidFrom: d.published(), Confidence: confApposition, Evidence: d.evidence(s)})
			}
		}
	}
	// "UEFA itself has been led since 2016 by X", "The BBC … is run by
	// Director-General X": the head of the organisation the sentence opens with
	if len(s.mentions) > 0 {
		if m := s.mentions[0]; (m.first == 0 || m.first == 1 && s.w(0) == "the") && d.entity(m.ent).Type == graph.Organization {
			for j := m.last; j < len(s.Tokens)-1 && j < m.last+25; j++ {
				if s.w(j) == ";" || s.w(j) == "which" || s.w(j) == "who" {
					break
				}
				if w := s.w(j); w != "led" && w != "headed" && w != "chaired" && w != "run" || !(s.w(j-1) == "been" || s.w(j-1) == "is" || s.w(j-1) == "was" || s.w(j-1) == "are") {
					continue
				}
				n := j + 1
				for n < j+5 && s.w(n) != "by" && s.w(n) != "," && s.w(n) != ";" {
					n++ // "since 2016"
				}
				if s.w(n) != "by" {
					break
				}
				n++
				for t := 0; t < 3 && s.mentionAt(n) == nil && n < len(s.Tokens) && !isLowerWord(s.raw(n)); t++ {
					n++ // "by Director-General X"
				}
				if p := s.mentionAt(n); p != nil && d.entity(p.ent).Type == graph.Person {
					from, _ := termDates(s, j+1, true)
					out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: graph.RelLeaderOf, Object: d.entity(m.ent).ID,
						ValidFrom: cmp.Or(from, d.published()), Confidence: confApposition, Evidence: d.evidence(s)})
				}
				break
			}
		}
	}
	// the article's mentions, and pronouns that open a clause ("In 2019
	// she joined X"), which only join
	subjects := append(append([]mention(nil), s.mentions...), d.pronounSubjects(s)...)
	for i := range subjects {
		m := &subjects[i]
		k := m.last
		if member(m) && s.w(k) == "," && (s.w(k+1) == "a" || s.w(k+1) == "an") {
			j := k + 2
			if s.w(j) == "founding" || s.w(j) == "leading" || s.w(j) == "full" {
				j++
			}
			switch {
			case s.w(j) == "member" && s.w(j+1) == "of":
				j += 2
				if s.w(j) == "the" {
					j++
				}
				if o := s.mentionAt(j); o != nil && o.first == j {
					add(m, o)
				}
			case s.mentionAt(j) != nil && s.w(s.mentionAt(j).last) == "member":
				add(m, s.mentionAt(j))
			}
		}
		// "OPEC member Ecuador", "the NATO members Estonia, Latvia and
		// Lithuania", "EU member states such as Poland and Hungary",
		// "OPEC's members include Iraq and Iran"
		if d.entity(m.ent).Type == graph.Organization {
			j := k
			if s.possessive(j) {
				j++
			}
			if s.w(j) == "member" || s.w(j) == "members" {
				j++
				if w := s.w(j); w == "states" || w == "state" || w == "countries" || w == "nations" || w == "governments" {
					j++
				}
				switch {
				case s.w(j) == "such" && s.w(j+1) == "as":
					j += 2
				case s.w(j) == "including" || s.w(j) == "like" || s.w(j) == "include" || s.w(j) == "included":
					j++
				case s.possessive(k):
					j = -1 // "OPEC's member Ecuador" is rare; "OPEC's members said" names none
				}
				for _, o := range memberList(s, j, member) {
					add(o, m)
				}
			}
		}
		// "The Andean Community is a customs union comprising Bolivia,
		// Colombia, Ecuador and Peru", "the Council consists of A and B":
		// the members of the organisation the sentence opens with
		if i == 0 && d.entity(m.ent).Type == graph.Organization && (m.first == 0 || m.first == 1 && s.w(0) == "the") {
			for j := k; j < len(s.Tokens)-1 && j < k+20; j++ {
				if s.w(j) == ";" || s.w(j) == "." || s.w(j) == "which" || s.w(j) == "who" {
					break
				}
				n := 0
				switch {
				case s.w(j) == "comprising" || s.w(j) == "comprises" || s.w(j) == "comprised":
					n = 1
				case (s.w(j) == "together" || s.w(j) == "members" || s.w(j) == "members:") && (s.w(j-1) == "brought" || s.w(j-1) == "brings" || s.w(j-1) == "permanent" || isCount(s.w(j-1))):
					// "brought together A, B and C", "has five permanent members: A, B"
					n = 1 + b2i(s.w(j+1) == ":")
				case s.w(j) == "by" && foundingVerbs[s.w(j-1)] || s.w(j) == "by" && yearOf(s.w(j-1)) != "" && s.w(j-2) == "in":
					// "was founded in Bangkok in 1967 by A, B and C"
					founded := false
					for n := k; n < j; n++ {
						founded = founded || foundingVerbs[s.w(n)]
					}
					if founded {
						n = 1
					}
				case (s.w(j) == "consists" || s.w(j) == "consisted" || s.w(j) == "composed") && s.w(j+1) == "of":
					n = 2
				case s.w(j) == "made" && s.w(j+1) == "up" && s.w(j+2) == "of":
					n = 3
				case (s.w(j) == "comprised" || s.w(j) == "is" || s.w(j) == "was") && s.w(j+1) == "of":
					n = 2
				}
				if n == 0 {
					continue
				}
				at := j + n
				if s.w(at) == "the" {
					at++
				}
				list := memberList(s, at, member)
				if len(list) >= 2 {
					for _, o := range list {
						add(o, m)
					}
				}
				break
			}
		}
		// "Turkey and Hungary, both long-standing members of the alliance":
		// each party coordinated before the apposition
		if member(m) && s.w(k) == "," && (s.w(k+1) == "both" || s.w(k+1) == "all") {
			j := k + 2
			for n := 0; n < 2 && s.w(j) != "members" && isLowerWord(s.raw(j)); n++ {
				j++
			}
			if s.w(j) == "members" && s.w(j+1) == "of" {
				if o := d.organizationAt(s, j+2); o != nil {
					add(m, o)
					for p := m.first - 1; s.w(p) == "and" || s.w(p) == ","; {
						q := s.mentionAt(p - 1)
						if q == nil || !member(q) {
							break
						}
						add(q, o)
						p = q.first - 1
					}
				}
			}
		}
		// "Poland and Hungary are members of the European Union", and a
		// predicate coordinated after the subject's first: "Greece joined
		// the EU in 1981 and is also a member of NATO, the OECD and the
		// Council of Europe"
		copula := func(w string) bool { return w == "is" || w == "are" || w == "was" || w == "were" }
		kc := k
		if s.w(k) == "," && (s.w(k+1) == "which" || s.w(k+1) == "who") {
			kc = k + 2 // "Vardo, which is a member of the Pact"
		}
		if i == 0 && m.first == 0 && member(m) && !copula(s.w(k)) {
			for j := k + 1; j < len(s.Tokens)-1; j++ {
				if s.breaks(j) && s.w(j) != "," || s.w(j) == "which" || s.w(j) == "that" || s.w(j) == "who" {
					break
				}
				if (s.w(j) == "and" || s.w(j) == ",") && copula(s.w(j+1)) {
					kc = j + 1
					break
				}
			}
		}
		if member(m) && copula(s.w(kc)) {
			j := kc + 1
			for officeAdverbs[s.w(j)] {
				j++
			}
			for s.w(j) == "a" || s.w(j) == "an" || s.w(j) == "full" || s.w(j) == "founding" || s.w(j) == "both" || s.w(j) == "all" ||
				s.w(j) == "one" && s.w(j+1) == "of" || s.w(j) == "of" && s.w(j-1) == "one" || s.w(j) == "the" && s.w(j-1) == "of" {
				j++
			}
			if (s.w(j) == "member" || s.w(j) == "members") && s.w(j+1) == "of" {
				j += 2
				if o := d.organizationAt(s, j); o != nil {
					add(m, o)
					// and the bodies coordinated after it: "of NATO, the
					// OECD and the Council of Europe" (when named here)
					for n := o.last; s.mentionAt(o.first) == o && (s.w(n) == "," || s.w(n) == "and"); {
						n++
						if s.w(n) == "and" {
							n++
						}
						if s.w(n) == "the" {
							n++
						}
						q := s.mentionAt(n)
						if q == nil || q.first != n || d.entity(q.ent).Type != graph.Organization {
							break
						}
						add(m, q)
						n = q.last
					}
					// and the parties coordinated before it
					for p := m.first - 1; p > 0; {
						w := s.w(p)
						if w != "and" && w != "," {
							break
						}
						q := s.mentionAt(p - 1)
						if q == nil || !member(q) {
							break
						}
						add(q, o)
						p = q.first - 1
					}
				}
			}
		}
		// "Finland joined NATO", "Sweden formally joined the alliance of NATO",
		// "X joined the Labour Party in 1946": a past joining, not a plan
		if member(m) || d.entity(m.ent).Type == graph.Person {
			j := k
			if i == 0 && m.first == 0 && s.w(k) != "joined" {
				// a predicate coordinated after the subject's first: "Portugal
				// is a founding member of NATO and joined the EEC in 1986"
				for n := k + 1; n < len(s.Tokens)-1; n++ {
					if s.breaks(n) && s.w(n) != "," || s.w(n) == "which" || s.w(n) == "that" || s.w(n) == "who" {
						break
					}
					if s.w(n) == "and" && s.w(n+1) == "joined" {
						j = n + 1
						break
					}
				}
			}
			for j < len(s.Tokens) && j < k+3 && (s.w(j) == "formally" || s.w(j) == "officially" || s.w(j) == "has" || s.w(j) == "have" || s.w(j) == "finally") {
				j++
			}
			became := 0 // "became a member of", "became the 31st member of"
			if s.w(j) == "became" && (s.w(j+1) == "a" || s.w(j+1) == "the") {
				n := j + 2
				for isOrdinal(s.w(n)) || s.w(n) == "full" || s.w(n) == "founding" {
					n++
				}
				if s.w(n) == "member" && s.w(n+1) == "of" {
					became = n + 1 - j
				}
			}
			belongs := (s.w(j) == "belongs" || s.w(j) == "belonged") && s.w(j+1) == "to"
			if s.w(j) == "joined" || became > 0 || belongs {
				j += became + b2i(belongs)
				j++
				if s.w(j) == "the" {
					j++
				}
				if o := s.mentionAt(j); o == nil && s.w(j-1) == "joined" && d.entity(m.ent).Type == graph.Country {
					// "Brunei joined in 1984, Vietnam in 1995, Laos and
					// Myanmar in 1997": the organisation the paragraph is about
					if org := d.topicOrganization(s); org >= 0 {
						for _, c := range joinedList(s, m) {
							out.add(graph.Relation{Subject: d.entity(c.ent).ID, Predicate: graph.RelMemberOf, Object: d.entity(org).ID,
								ValidFrom: d.published(), Confidence: confApposition, Evidence: d.evidence(s)})
						}
					}
				} else if o != nil && o.first == j {
					from, _ := termDates(s, o.last, true)
					if y := yearOf(s.w(1)); from == "" && s.w(0) == "in" && y != "" {
						from = y // "In 2019 she joined X"
					}
					switch {
					case d.entity(m.ent).Type == graph.Person && d.entity(o.ent).Type == graph.Organization && m.ent != o.ent:
						// a person joins a party as a member, a firm as staff
						pred := graph.RelAffiliatedWith
						if isMembership(d.entity(o.ent).Name) {
							pred = graph.RelMemberOf
						}
						out.add(graph.Relation{Subject: d.entity(m.ent).ID, Predicate: pred, Object: d.entity(o.ent).ID,
							ValidFrom: cmp.Or(from, d.published()), Confidence: confApposition, Evidence: d.evidence(s)})
					case d.entity(m.ent).Type != graph.Person:
						add(m, o)
					}
				}
			}
		}
	}
}

// foundingVerbs create an organisation, whose founders are its first
// members when they are states.
var foundingVerbs = map[string]bool{"founded": true, "created": true, "established": true, "formed": true, "set": true}

// isCount reports a number word or numeral: "five members", "15 members".
func isCount(w string) bool {
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty":
		return true
	}
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// orgAnaphors name an organisation already named: "members of the
// alliance", "joined the bloc".
var orgAnaphors = map[string]bool{"alliance": true, "bloc": true, "union": true, "organisation": true,
	"organization": true, "group": true, "grouping": true, "community": true, "association": true, "pact": true}

// organizationAt is the organisation named at token j ("[the] NATO"), or
// the one "the alliance" there stands for: the last organisation named
// before it in this sentence or the two before, or nil.
func (d *doc) organizationAt(s *sent, j int) *mention {
	if s.w(j) == "the" {
		j++
	}
	if o := s.mentionAt(j); o != nil && o.first == j {
		return o
	}
	if s.w(j-1) != "the" || !orgAnaphors[s.w(j)] {
		return nil
	}
	for i := s.idx; i >= 0 && i >= s.idx-2; i-- {
		t := d.sentence(i)
		if t == nil {
			continue
		}
		for n := len(t.mentions) - 1; n >= 0; n-- {
			m := &t.mentions[n]
			if (i < s.idx || m.last <= j) && d.entity(m.ent).Type == graph.Organization {
				return m
			}
		}
	}
	return nil
}

// joinedList reads the countries that joined without the organisation
// named, after the first: "Brunei joined in 1984, Vietnam in 1995, Laos
// and Myanmar in 1997, and Cambodia in 1999" (the first included).
func joinedList(s *sent, first *mention) []*mention {
	out := []*mention{first}
	// and those coordinated before it: "Gabon and Togo joined in 2022"
	for j := first.first - 1; s.w(j) == "and" || s.w(j) == ","; {
		m := s.mentionAt(j - 1)
		if m == nil {
			break
		}
		out = append(out, m)
		j = m.first - 1
	}
	j := first.last + 1 // past "joined"
	for j < len(s.Tokens) {
		// "in 1984" or "as a full member in 2012": to the next comma or "and"
		for j < len(s.Tokens) && s.w(j) != "," && s.w(j) != "and" && !s.breaks(j) {
			j++
		}
		for s.w(j) == "," || s.w(j) == "and" {
			j++
		}
		var got []*mention
		for m := s.mentionAt(j); m != nil && m.first == j; m = s.mentionAt(j) {
			got = append(got, m)
			j = m.last
			if s.w(j) == "and" || s.w(j) == "," {
				j++
			}
		}
		// a member counts only with its year: "Vietnam in 1995"
		if len(got) == 0 || s.w(j) != "in" || yearOf(s.w(j+1)) == "" {
			break
		}
		out = append(out, got...)
		j += 2
	}
	return out
}

// topicOrganization is the organisation an encyclopaedic paragraph is
// about: the one its first sentence opens with, or -1.
func (d *doc) topicOrganization(s *sent) int {
	for _, f := range d.sents {
		if f.idx > s.idx || len(f.mentions) == 0 {
			return -1
		}
		m := f.mentions[0]
		if (m.first == 0 || m.first == 1 && f.w(0) == "the") && d.entity(m.ent).Type == graph.Organization {
			return m.ent
		}
		return -1
	}
	return -1
}

// memberList reads the coordinated members starting at token j:
// "Estonia, Latvia and Lithuania".
func memberList(s *sent, j int, member func(*mention) bool) []*mention {
	var out []*mention
	for j >= 0 {
		o := s.mentionAt(j)
		if o == nil || o.first != j || !member(o) {
			break
		}
		out = append(out, o)
		j = o.last
		if s.w(j) == "," {
			j++
		}
		if s.w(j) == "and" {
			j++
		}
		if j == o.last {
			break
		}
		if s.w(j) == "the" {
			j++ // "Oman, Qatar and the United Arab Emirates"
		}
	}
	return out
}

// membershipWords name bodies that have members rather than staff.
var membershipWords = []string{"party", "union", "league", "alliance", "council", "association", "federation",
	"organization", "organisation", "committee", "club", "congress", "front", "movement", "assembly", "parliament",
	"senate", "house", "caucus", "society", "academy", "pact", "bloc", "community", "opec", "nato"}

// isMembership tells whether an organisation's name says it has members
// (a party, a league, an alliance) rather than employees (a firm).
func isMembership(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if slices.Contains(membershipWords, strings.Trim(w, ".,'’")) {
			return true
		}
	}
	return false
}

// reverseApposition reads "<Country or Org>'s [acting] <title> [to <Org>],
// <Person>": "Canada's acting high commissioner, Stewart Wheeler", "Israel's
// ambassador to the U.N., Gilad Erdan", "Syria's interim president, Ahmed
// al-Sharaa".
func (r *Relater) reverseApposition(d *doc, s *sent, out *relations) {
	for _, p := range s.mentions {
		if d.entity(p.ent).Type != graph.Person || s.w(p.first-1) != "," {
			continue
		}
		end := p.first - 1 // the comma
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
			// "the Prime Minister of India, Narendra Modi,": a title, "of",
			// the state, the comma
			m := s.mentionAt(end - 1)
			if m == nil || !isState(d.entity(m.ent)) || m.last != end {
				continue
			}
			of := m.first - 1 - b2i(s.w(m.first-1) == "the")
			if s.w(of) != "of" {
				continue
			}
			first, _, ok := r.titleEndingAt(s, of-1)
			if !ok || first > 0 && s.w(first-1) != "the" && !s.breaks(first-1) && s.w(first-1) != "," {
				continue
			}
			state, roleStart, roleEnd = m, first, of
		}
		kind := kindNone
		for j := roleStart; j < roleEnd; j++ {
			if _, kd, ok := r.titleStartingAt(s, j); ok {
				kind = kd
				break
			}
			if s.mentionAt(j) != nil {
				break
			}
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
				s.consumed[s.at[j]] = true
			}
		}
		out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: predicateOf(kind), Object: d.entity(state.ent).ID,
			Role: d.body[s.Tokens[roleStart].Start:s.Tokens[roleEnd-1].End], ValidFrom: d.published(),
			Confidence: confApposition, Evidence: d.evidence(s)})
	}
}

// citizenRelations reads "<Person>, a <Demonym> citizen|national".
func (r *Relater) citizenRelations(d *doc, s *sent, out *relations) {
	// "the French economist Thomas Piketty": a demonym and a trade (no
	// title: "French President X" is an office, read elsewhere) before a
	// person
	for _, m := range s.mentions {
		if d.entity(m.ent).Type != graph.Country || m.m.Label != graph.LabelMISC {
			continue
		}
		j := m.last
		for j < len(s.Tokens) && j < m.last+3 && isLowerWord(s.raw(j)) && r.titleKind(s.raw(j)) == kindNone && !determiners[s.w(j)] {
			j++
		}
		if p := s.mentionAt(j); j > m.last && p != nil && p.first == j && d.entity(p.ent).Type == graph.Person {
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
				if w := s.w(m.last); w == "citizen" || w == "national" {
					citizen(p, m)
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
		after := afterName(s, p)
		if d.entity(p.ent).Type != graph.Person || !describes(s.w(after)) || s.w(after+1) != "a" && s.w(after+1) != "an" {
			continue
		}
		m := s.mentionAt(after + 2)
		if m == nil || d.entity(m.ent).Type != graph.Country || m.m.Label != graph.LabelMISC {
			continue
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
		if w := s.raw(m.last); (!isLowerWord(w) || r.titleKind(w) != kindNone) && w != "," && w != "." {
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

// placeCommaRelations reads "<City or Place>, <Region or Country>" closed by
// punctuation: "Surrey, British Columbia,", "GOMA, Congo —". A list of
// cities ("Nairobi, Mombasa and Kisumu") has no region after the comma.
func (r *Relater) placeCommaRelations(d *doc, s *sent, out *relations) {
	for _, a := range s.mentions {
		ea := d.entity(a.ent)
		if ea.Type != graph.City && ea.Type != graph.Place && ea.Type != graph.Region || s.w(a.last) != "," {
			continue
		}
		b := s.mentionAt(a.last + 1)
		if b == nil || b.m.Label == graph.LabelMISC {
			continue
		}
		eb := d.entity(b.ent)
		if eb.Type != graph.Region && eb.Type != graph.Country || eb.Type == ea.Type {
			continue
		}
		if w := s.w(b.last); b.last < len(s.Tokens) && !s.breaks(b.last) && w != "." {
			continue
		}
		if ea.Country != "" && eb.Country != "" && ea.Country != eb.Country {
			continue
		}
		out.add(graph.Relation{Subject: ea.ID, Predicate: graph.RelLocatedIn, Object: eb.ID, Confidence: confPlaceComma, Evidence: d.evidence(s)})
	}
}

func isPreposition(w string) bool {
	switch w {
	case "at", "of", "with", "for", "to", "in":
		return true
	}
	return false
}

// basedInRelations reads "the <Place>-based <noun> <Org>", "<Org>, a
// <Place>-based <noun>" and "<Org>, a <noun> based in <Place>".
// nationalRelations reads a country or its demonym before an organisation
// the gazetteer does not place, across at most three common words that
// describe it ("the West German engineering union IG Metall", "Dutch
// truck maker DAF", "Japan's Halvard Corp"), or "of [the] <country>" right
// after it ("DAF of the Netherlands"). The organisation is basedIn the
// country.
func (r *Relater) nationalRelations(d *doc, s *sent, out *relations) {
	for _, m := range s.mentions {
		org := d.entity(m.ent)
		if org.Type != graph.Organization || org.Country != "" || s.consumed[s.at[m.first]] {
			continue
		}
		k := m.last
		if s.w(k) == ">" {
			k++ // "<DAF> of the Netherlands"
		}
		if s.w(k) == "of" {
			k++
			if s.w(k) == "the" {
				k++
			}
			if c := s.mentionAt(k); c != nil && c.first == k && d.entity(c.ent).Type == graph.Country {
				out.add(graph.Relation{Subject: org.ID, Predicate: graph.RelBasedIn, Object: d.entity(c.ent).ID,
					Confidence: confNational, Evidence: d.evidence(s)})
				continue
			}
		}
		j := m.first - 1
		if j >= 0 && s.possessive(j) {
			j-- // "Japan's Halvard Corp"
		} else {
			for n := 0; n < 3 && j >= 0 && s.mentionAt(j) == nil && isLowerWord(s.raw(j)) && !describerStops[s.w(j)]; n++ {
				j--
			}
		}
		if j < 0 {
			continue
		}
		c := s.mentionAt(j)
		if c == nil || c.last != j+1 || d.entity(c.ent).Type != graph.Country {
			continue
		}
		out.add(graph.Relation{Subject: org.ID, Predicate: graph.RelBasedIn, Object: d.entity(c.ent).ID,
			Confidence: confNational, Evidence: d.evidence(s)})
	}
}

// describerStops are the lower-case words that cannot describe the
// organisation after a country: verbs, prepositions, conjunctions.
var describerStops = map[string]bool{
	"and": true, "or": true, "to": true, "of": true, "in": true, "on": true, "at": true, "for": true, "with": true,
	"by": true, "from": true, "said": true, "says": true, "told": true, "is": true, "was": true, "are": true,
	"were": true, "has": true, "have": true, "had": true, "will": true, "would": true, "against": true, "than": true,
	"that": true, "which": true, "who": true, "the": true, "a": true, "an": true, "as": true, "but": true,
}

func (r *Relater) basedInRelations(d *doc, s *sent, out *relations) {
	for k, w := range s.lw {
		var place int = -1
		var org *mention
		switch {
		case strings.HasSuffix(w, "-based") && len(w) > len("-based"):
			name := s.raw(k)[:len(w)-len("-based")]
			if m := s.mentionAt(k); m != nil && d.entity(m.ent).Type != graph.Organization {
				place = m.ent
			} else if i, ok := d.placeNamed(name); ok {
				place = i
			}
			// the org follows within a few common nouns, or precedes as "<Org>, a ..."
			for j := k + 1; j < len(s.Tokens) && j <= k+3; j++ {
				if m := s.mentionAt(j); m != nil {
					if d.entity(m.ent).Type == graph.Organization {
						org = m
					}
					break
				}
			}
			if org == nil {
				org = s.appositionHead(d, k)
			}
		case (w == "based" || w == "headquartered") && s.w(k+1) == "in":
			if m := s.mentionAt(k + 2); m != nil && d.entity(m.ent).Type != graph.Organization && d.entity(m.ent).Type != graph.Person {
				place = m.ent
			}
			j := k - 1
			if s.w(j) == "is" || s.w(j) == "was" || s.w(j) == "are" {
				j-- // "Nordea Bank is headquartered in Helsinki"
			}
			if m := s.mentionAt(j); m != nil && d.entity(m.ent).Type == graph.Organization {
				org = m
			} else if org = s.appositionHead(d, k); org == nil {
				org = s.copulaSubject(d, k)
			}
		}
		if place < 0 || org == nil {
			continue
		}
		out.add(graph.Relation{Subject: d.entity(org.ent).ID, Predicate: graph.RelBasedIn, Object: d.entity(place).ID,
			Confidence: confBasedIn, Evidence: d.evidence(s)})
	}
	// "a researcher at the Andean Policy Institute in Bogotá": an
	// organisation someone works at, followed by its city
	for _, m := range s.mentions {
		o := d.entity(m.ent)
		if o.Type != graph.Organization || s.w(m.last) != "in" {
			continue
		}
		j := m.first - 1
		if s.w(j) == "the" {
			j--
		}
		if w := s.w(j); w != "at" && w != "with" && w != "of" {
			continue
		}
		c := s.mentionAt(m.last + 1)
		if c == nil {
			continue
		}
		pl := d.entity(c.ent)
		if pl.Type != graph.City && !(pl.Type == graph.Country && o.Country == "") {
			continue
		}
		out.add(graph.Relation{Subject: o.ID, Predicate: graph.RelBasedIn, Object: pl.ID, Confidence: confSeat, Evidence: d.evidence(s)})
	}
}

// copulaSubject finds the organisation a copula before k describes, as
// encyclopaedic text opens an article: "<Org> is a Japanese automotive
// manufacturer headquartered in …" — a name, "is" or "was", an article,
// then common words only up to k.
func (s *sent) copulaSubject(d *doc, k int) *mention {
	for j := k - 1; j > 0 && k-j <= 8; j-- {
		if s.mentionAt(j) != nil && s.w(j-1) != "is" && s.w(j-1) != "was" && s.w(j-1) != "a" && s.w(j-1) != "an" {
			// a demonym describes the organisation; any other name ends the search
			if m := s.mentionAt(j); d.entity(m.ent).Type != graph.Country || m.m.Label != graph.LabelMISC {
				return nil
			}
		}
		if s.breaks(j) {
			return nil
		}
		if (s.w(j) == "is" || s.w(j) == "was") && (s.w(j+1) == "a" || s.w(j+1) == "an") {
			if m := s.mentionAt(j - 1); m != nil && d.entity(m.ent).Type == graph.Organization {
				return m
			}
			return nil
		}
	}
	return nil
}

// appositionHead finds the organisation an apposition ending at or after k
// describes: "<Org>, a research group based in …" — the nearest
// organisation mention before the comma that opens the apposition.
func (s *sent) appositionHead(d *doc, k int) *mention {
	for j := k - 1; j >= 0 && k-j <= 8; j-- {
		if s.w(j) == "," {
			if m := s.mentionAt(j - 1); m != nil && d.entity(m.ent).Type == graph.Organization {
				return m
			}
			return nil
		}
		if m := s.mentionAt(j); m != nil && m.m.Label != graph.LabelMISC {
			return nil // a demonym may describe the body: "the German engineering group"
		}
	}
	return nil
}

// placeNamed finds a country, city, region or place entity by name.
func (d *doc) placeNamed(name string) (int, bool) {
	i, ok := d.byName[graph.Fold(name)]
	if !ok {
		return 0, false
	}
	switch d.ents[i].Type {
	case graph.Country, graph.City, graph.Region, graph.Place:
		return i, true
	}
	return 0, false
}

// allyRelations reads "<A> — <B>'s biggest ally and trading partner" and
// "<A>, <B>'s closest ally": an apposition naming a country as another's
// ally or trading partner.
func (r *Relater) allyRelations(d *doc, s *sent, out *relations) {
	for bi, b := range s.mentions {
		if d.entity(b.ent).Type != graph.Country || !s.possessive(b.last) {
			continue
		}
		ally, partner := false, false
		for k := b.last + 1; k < len(s.Tokens) && k <= b.last+6 && !s.breaks(k); k++ {
			switch s.w(k) {
			case "ally", "allies":
				ally = true
			case "partner", "partners":
				if s.w(k-1) == "trading" || s.w(k-1) == "trade" {
					partner = true
				}
			}
		}
		if !ally && !partner {
			continue
		}
		// A stands just before the apposition's opening punctuation, or is
		// the subject of "is"/"remains".
		var a *mention
		j := b.first - 1
		switch s.w(j) {
		case "—", "–", "--", ",", "(", "is", "remains", "as":
			a = s.mentionAt(j - 1)
		}
		if a == nil || d.entity(a.ent).Type != graph.Country || a.ent == b.ent {
			continue
		}
		_ = bi
		for _, pred := range []string{graph.RelAllyOf, graph.RelTradingPartnerOf} {
			if (pred == graph.RelAllyOf && !ally) || (pred == graph.RelTradingPartnerOf && !partner) {
				continue
			}
			out.add(graph.Relation{Subject: d.entity(a.ent).ID, Predicate: pred, Object: d.entity(b.ent).ID,
				ValidFrom: d.published(), Confidence: confAlly, Evidence: d.evidence(s)})
		}
	}
}

// borderRelations reads "the <A>-<B> border" and "the border between <A>
// and <B>".
func (r *Relater) borderRelations(d *doc, s *sent, out *relations) {
	for k, w := range s.lw {
		if w != "border" && w != "borders" && w != "frontier" {
			continue
		}
		var pairs [][2]int
		if s.w(k+1) == "between" {
			a, b := s.mentionAt(k+2), (*mention)(nil)
			if a != nil && s.w(a.last) == "and" {
				b = s.mentionAt(a.last + 1)
			}
			if a != nil && b != nil {
				pairs = append(pairs, [2]int{a.ent, b.ent})
			}
		}
		// the compound before "border": capitalised tokens back to a break
		j := k - 1
		for j >= 0 && s.raw(j) != "" && text.IsCapitalised(s.raw(j)) && !s.breaks(j) {
			j--
		}
		if j+1 < k {
			compound := d.body[s.Tokens[j+1].Start:s.Tokens[k-1].End]
			if a, b, ok := d.splitPair(compound); ok {
				pairs = append(pairs, [2]int{a, b})
			}
		}
		for _, p := range pairs {
			if d.ents[p[0]].Type != graph.Country || d.ents[p[1]].Type != graph.Country || p[0] == p[1] {
				continue
			}
			for k2 := j + 1; k2 < k; k2++ {
				if m := s.mentionAt(k2); m != nil {
					s.consumed[s.at[k2]] = true
				}
			}
			out.add(graph.Relation{Subject: d.ents[p[0]].ID, Predicate: graph.RelBordersOn, Object: d.ents[p[1]].ID,
				Confidence: confBorder, Evidence: d.evidence(s)})
		}
	}
}

// splitPair splits "North Korea-Russia" at the hyphen that leaves a known
// country on either side.
func (d *doc) splitPair(s string) (a, b int, ok bool) {
	for i := 0; i < len(s); i++ {
		if s[i] != '-' {
			continue
		}
		x, okx := d.placeNamed(s[:i])
		y, oky := d.placeNamed(s[i+1:])
		if okx && oky {
			return x, y, true
		}
	}
	return 0, 0, false
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
