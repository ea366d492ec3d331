package syntax

import "actorgraph/ingest/wordset"

import (
	"slices"
	"strings"
)

// Words that shape a verb group.
var (
	beForms   = wordset.Of(map[string]bool{"be": true, "is": true, "are": true, "am": true, "was": true, "were": true, "been": true, "being": true, "'s": true, "'re": true})
	getForms  = wordset.Of(map[string]bool{"get": true, "gets": true, "got": true, "gotten": true, "getting": true})
	haveForms = wordset.Of(map[string]bool{"have": true, "has": true, "had": true, "having": true, "'ve": true})
	negWords  = wordset.Of(map[string]bool{"not": true, "n't": true, "never": true})
	modals    = wordset.MapOf(map[string]string{
		"will": "will", "'ll": "will", "wo": "will", "shall": "will", "would": "would", "'d": "would",
		"may": "may", "might": "might", "could": "could", "can": "can", "ca": "can", "should": "should",
		"must": "must", "ought": "should",
	})
	// objectControl verbs pass their object to the verb after "to": "urged
	// Japan to open", "asked Iran to free". Other verbs pass their subject:
	// "agreed to meet".
	objectControl = wordset.Of(map[string]bool{
		"urge": true, "ask": true, "call": true, "tell": true, "press": true, "persuade": true, "force": true,
		"allow": true, "invite": true, "encourage": true, "order": true, "want": true, "expect": true,
		"pressure": true, "pressed": true, "appeal": true, "request": true, "require": true, "compel": true,
		"advise": true, "instruct": true, "authorize": true, "authorise": true, "help": true,
	})
	// attachPreps join a noun phrase to the one before it in a subject or
	// object ("the president of France", "officials in Washington").
	attachPreps = wordset.Of(map[string]bool{"of": true, "from": true, "in": true, "at": true, "for": true, "between": true, "into": true, "on": true, "against": true, "with": true, "to": true})
	// subjectPreps join a noun phrase to the one before it in a subject
	// also where they would start an adverbial after a verb: "Ukrainian
	// bases across Crimea were surrounded", "Iraqi detainees at the prison
	// near Baghdad were abused". Not "by" or "over", which end an object
	// before a relative clause's subject ("warnings to Japan over
	// frictions which have hit").
	subjectPreps = wordset.Of(map[string]bool{"across": true, "near": true, "along": true, "around": true, "inside": true,
		"outside": true, "within": true, "under": true, "behind": true, "off": true, "among": true,
		"alongside": true, "throughout": true, "beside": true, "beyond": true, "towards": true, "toward": true})
	relPronouns = wordset.Of(map[string]bool{"who": true, "which": true, "that": true, "whom": true})
	// breakWords end a clause's objects.
	// particles complete a phrasal verb: "ruled out", "turned down".
	particles  = wordset.Of(map[string]bool{"out": true, "down": true, "off": true, "up": true, "back": true, "over": true, "away": true})
	breakWords = wordset.Of(map[string]bool{";": true, ":": true, "\"": true, "(": true, ")": true, "--": true, "“": true, "”": true})
)

// base is a rough stem for the verbs above: "urged" and "urges" → "urge".
func base(w string) string {
	for _, suf := range []string{"ing", "es", "ed", "s", "d"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			b := strings.TrimSuffix(w, suf)
			if objectControl.Has(b) {
				return b
			}
			if objectControl.Has(b + "e") {
				return b + "e"
			}
		}
	}
	return w
}

// relative reports a relative pronoun at word i ("who", "which", "that"
// not used as a determiner).
func (s *Sentence) relative(i int) bool {
	return relPronouns.Has(s.lower(i)) && s.tag(i) != "DT"
}

// phraseAt gives the index of the phrase holding word i, or -1.
func (s *Sentence) phraseAt(i int) int {
	for k, p := range s.Phrases {
		if p.Start <= i && i < p.End {
			return k
		}
	}
	return -1
}

func (s *Sentence) isType(k int, t string) bool {
	return k >= 0 && k < len(s.Phrases) && s.Phrases[k].Type == t
}

// readClauses finds every verb group and what it governs.
func (s *Sentence) readClauses() {
	var vps []int
	for k, p := range s.Phrases {
		if p.Type == "VP" {
			vps = append(vps, k)
		}
	}
	for n, k := range vps {
		// "has also agreed": a group of auxiliaries only, an adverb, and
		// the rest of the group read as two phrases
		if n+1 < len(vps) && s.onlyAuxiliaries(s.Phrases[k]) && (vps[n+1] == k+1 || vps[n+1] == k+2 && s.isType(k+1, "ADVP")) {
			s.Phrases[vps[n+1]].Start = s.Phrases[k].Start
			continue
		}
		s.Clauses = append(s.Clauses, s.verbGroup(s.Phrases[k]))
	}
	for c := range s.Clauses {
		s.governed(c)
		if cl := &s.Clauses[c]; s.lower(cl.Verb.Start) == "to" && cl.Verb.Start > 0 && negWords.Has(s.lower(cl.Verb.Start-1)) {
			cl.Negated = true // "decided not to open": the infinitive is denied
		}
		if cl := &s.Clauses[c]; !cl.Negated && cl.Verb.End < len(s.Words) && negWords.Has(s.lower(cl.Verb.End)) && s.Chunks[cl.Verb.End] == "O" && beForms.Has(s.lower(cl.Head)) {
			cl.Negated = true // "was not in contact with", "is not against": the chunker leaves the "not" after a copula out of its verb group
		}
	}
	for c := range s.Clauses {
		// "was not willing to meet", "is not ready to sign": the infinitive
		// an adjective after a denied copula governs is denied too
		cl := &s.Clauses[c]
		if cl.Negated || cl.Governor < 0 || s.lower(cl.Verb.Start) != "to" || !beForms.Has(s.lower(cl.Governor)) {
			continue
		}
		for _, g := range s.Clauses {
			if g.Head == cl.Governor && g.Negated && cl.Verb.Start-g.Verb.End <= 3 {
				cl.Negated = true
			}
		}
	}
	for c := range s.Clauses {
		next := len(s.Words)
		if c+1 < len(s.Clauses) {
			next = s.Clauses[c+1].Verb.Start
		}
		s.objects(&s.Clauses[c], next)
	}
	for c := range s.Clauses {
		s.parenthetical(c)
	}
	for c := range s.Clauses {
		s.subject(c)
		s.relativeObject(c)
		if cl := &s.Clauses[c]; len(cl.Subject) == 1 && noneWords.Has(s.lower(cl.Subject[0].Start)) && cl.Subject[0].Start < len(s.Words)-1 &&
			(s.lower(cl.Subject[0].Start) != "no" || s.tag(cl.Subject[0].Start+1) != "CD") {
			cl.Negated = true // "None of the OPEC members has asked", "No agreement was reached": nothing done
		}
	}
	for c := 1; c < len(s.Clauses); c++ {
		// "rejected a plan proposed by the United States": the phrase a
		// participle describes is the object of the verb before it too
		cl, prev := &s.Clauses[c], &s.Clauses[c-1]
		if !cl.Passive || s.tag(cl.Verb.Start) != "VBN" || len(cl.Subject) != 1 || len(prev.Object) > 0 || prev.Passive {
			continue
		}
		if np := cl.Subject[0]; np.End == cl.Verb.Start && np.Start == prev.Verb.End {
			prev.Object = cl.Subject
		}
	}
}

// noneWords open a subject that denies its clause.
var noneWords = wordset.Of(map[string]bool{"none": true, "neither": true, "nobody": true, "no": true})

// namingParticiples open a parenthesis that names a phrase again: "the drug
// lord X, known as Otoniel, to the United States".
var namingParticiples = wordset.Of(map[string]bool{"known": true, "called": true, "dubbed": true, "nicknamed": true, "named": true})

// parenthetical gives the clause before a naming participle's parenthesis
// the phrases after its closing comma: they were that clause's.
func (s *Sentence) parenthetical(c int) {
	cl := &s.Clauses[c]
	if c == 0 || cl.Verb.Start == 0 || s.lower(cl.Verb.Start-1) != "," || !namingParticiples.Has(s.lower(cl.Head)) || len(cl.Preps) < 2 {
		return
	}
	first := cl.Preps[0]
	if len(first.Object) == 0 || !s.gapIs(first.Object[len(first.Object)-1].End, cl.Preps[1].Prep, ",") {
		return
	}
	prev := &s.Clauses[c-1]
	if len(prev.Object) == 0 || prev.End != cl.Verb.Start-1 {
		return
	}
	prev.Preps = append(prev.Preps, cl.Preps[1:]...)
	prev.End = cl.End
	cl.Preps = cl.Preps[:1]
	cl.End = first.Object[len(first.Object)-1].End
}

// relativeObject gives a clause with a subject and no object the noun
// phrase its relative clause hangs off: "the duties (that) the ministry
// imposed" — the ministry imposed the duties.
func (s *Sentence) relativeObject(c int) {
	cl := &s.Clauses[c]
	if len(cl.Object) > 0 || cl.Passive || len(cl.Subject) == 0 || cl.Inverted {
		return
	}
	k := s.phraseAt(cl.Subject[0].Start) - 1
	if k < 0 || s.Phrases[k].End > cl.Subject[0].Start {
		return
	}
	gap := s.gapWords(s.Phrases[k].End, cl.Subject[0].Start)
	if (s.Phrases[k].Type == "NP" || s.Phrases[k].Type == "SBAR") && len(gap) == 0 && relPronouns.Has(s.lower(s.Phrases[k].Start)) && k > 0 {
		k-- // "the tariffs [that] the president ordered", "that" read as a phrase
		gap = s.gapWords(s.Phrases[k].End, s.Phrases[k+1].Start)
		if w := s.lower(s.Phrases[k+1].Start); len(gap) == 1 && gap[0] == "," && (w == "which" || w == "whom") && !speechVerbs.Has(s.lower(cl.Head)) &&
			s.name[s.Phrases[k].End-1] >= 0 && !s.infinitiveIn(cl.Verb.Start, min(cl.Verb.End+1, len(s.Words))) {
			// "Service America, which Allegheny acquired in May": a name set
			// off by its comma (not "the NASD, which it failed to meet")
			gap = nil
		}
	}
	if s.Phrases[k].Type != "NP" || s.possessive(s.Phrases[k].End-1) || !(len(gap) == 0 || len(gap) == 1 && relPronouns.Has(gap[0])) {
		return
	}
	if s.tag(s.Phrases[k].End-1) == "PRP" || s.tag(s.Phrases[k].End-1) == "CD" {
		return
	}
	first := k
	for first > 0 && s.Phrases[first-1].Type == "NP" && s.Phrases[first-1].End == s.Phrases[first].Start && s.possessive(s.Phrases[first-1].End-1) {
		first--
	}
	np, _ := s.nounPhraseRight(first)
	np.End = s.Phrases[k].End
	cl.Object = []NounPhrase{np}
	cl.RelativeObject = true
}

// infinitiveIn reports "to" among words [from, to).
func (s *Sentence) infinitiveIn(from, to int) bool {
	for i := from; i < to; i++ {
		if s.lower(i) == "to" {
			return true
		}
	}
	return false
}

func (s *Sentence) onlyAuxiliaries(p Phrase) bool {
	for i := p.Start; i < p.End; i++ {
		w := s.lower(i)
		if !(beForms.Has(w) || haveForms.Has(w) || negWords.Has(w) || modals.At(w) != "" || w == "do" || w == "does" || w == "did" || s.negation[i]) {
			return false
		}
	}
	return true
}

// verbGroup reads tense, modality, negation, voice and the main verb of a
// verb phrase.
func (s *Sentence) verbGroup(p Phrase) Clause {
	c := Clause{Verb: p, Head: -1, Governor: -1, Tense: "present", End: p.End}
	lastTo := -1
	for i := p.Start; i < p.End; i++ {
		w := s.lower(i)
		switch {
		case w == "to":
			lastTo = i
		case w == "not" && i+1 < len(s.Words) && (s.lower(i+1) == "only" || s.lower(i+1) == "just" || s.lower(i+1) == "merely"):
			// "not only ignored the request but proposed a levy": an
			// addition, no denial
		case negWords.Has(w) || s.negation[i]:
			c.Negated = true
		}
		if m := modals.At(w); m != "" && (s.tag(i) == "MD" || w == "will" || w == "would") {
			c.Modal = m
		}
		if isVerbTag(s.tag(i)) && s.tag(i) != "MD" {
			c.Head = i
		}
	}
	if c.Head < 0 {
		c.Head = p.End - 1
	}
	if lastTo > p.Start && lastTo < c.Head {
		for i := lastTo - 1; i >= p.Start; i-- {
			if isVerbTag(s.tag(i)) && s.tag(i) != "MD" {
				c.Governor = i
				break
			}
		}
	}
	from := p.Start
	if lastTo >= 0 && lastTo < c.Head {
		from = lastTo + 1
	}
	if c.Governor < 0 && s.tag(c.Head) == "VBG" {
		// "stopped supplying", "denied carrying out": the gerund is the
		// complement of the verb before it in the group
		for i := c.Head - 1; i >= from; i-- {
			if w := s.lower(i); isVerbTag(s.tag(i)) && s.tag(i) != "MD" && !beForms.Has(w) && !haveForms.Has(w) && !getForms.Has(w) && w != "do" && w != "does" && w != "did" {
				c.Governor = i
				from = i + 1
				break
			}
		}
	}
	if c.Head == p.Start && s.tag(c.Head) == "VBN" && s.lower(c.Head+1) != "by" {
		// a lone participle with no "by" after it is a past tense the
		// tagger took for a participle: "Police arrested two men"
		s.POS[c.Head] = "VBD"
	}
	if c.Head == p.Start && (s.tag(c.Head) == "VBD" || s.tag(c.Head) == "VBN") && s.lower(c.Head+1) == "by" {
		c.Passive = true // "the sanctions imposed by the EU"
		s.POS[c.Head] = "VBN"
	}
	if s.tag(c.Head) == "VBN" || s.tag(c.Head) == "VBD" && strings.HasSuffix(s.lower(c.Head), "ed") {
		for i := from; i < c.Head; i++ {
			if w := s.lower(i); beForms.Has(w) || getForms.Has(w) {
				c.Passive = true
				s.POS[c.Head] = "VBN"
			}
		}
	}
	switch {
	case c.Modal == "will":
		c.Tense = "future"
	default:
		first := p.Start
		for first < p.End && !isVerbTag(s.tag(first)) {
			first++
		}
		if first < p.End {
			switch t := s.tag(first); {
			case t == "VBD":
				c.Tense = "past"
			case haveForms.Has(s.lower(first)) && first+1 < p.End:
				c.Tense = "past"
			case t == "VBN" || t == "VBG":
				c.Tense = ""
			}
			if beForms.Has(s.lower(first)) && s.lower(first+1) == "to" || s.lower(first) == "going" && s.lower(first+1) == "to" {
				c.Tense = "future" // "is to visit", "going to visit"
			}
		}
	}
	return c
}

// governed links a clause whose verb group starts with "to" to the verb
// before it: "urged Japan [to open]", "[agreed] [to meet]" split in two.
func (s *Sentence) governed(c int) {
	cl := &s.Clauses[c]
	if c > 0 && s.tag(cl.Verb.Start) == "VBG" {
		// a gerund right after a verb, or after its particle, is that
		// verb's complement: "ruled out sending troops", "stopped
		// supplying arms", "denied carrying out the attack"
		prev := &s.Clauses[c-1]
		i := prev.Verb.End
		for i < cl.Verb.Start && particles.Has(s.lower(i)) {
			i++
		}
		if i == cl.Verb.Start && !beForms.Has(s.lower(prev.Head)) && !haveForms.Has(s.lower(prev.Head)) {
			cl.Governor = prev.Head
		}
		if h := s.lower(prev.Head); i+2 == cl.Verb.Start && (beForms.Has(h) || h == "remains" || h == "remain" || h == "remained") && s.lower(i) == "interested" && s.lower(i+1) == "in" {
			// "is interested in acquiring X": the gerund is what the
			// subject of "is" wants
			cl.Governor = prev.Head
		}
		return
	}
	if s.lower(cl.Verb.Start) != "to" || c == 0 {
		return
	}
	prev := &s.Clauses[c-1]
	// between the two: at most the previous verb's object
	k := s.phraseAt(cl.Verb.Start) - 1
	pv := s.phraseAt(prev.Verb.Start)
	commas := 0
	for i := prev.Verb.End; i < cl.Verb.Start; i++ {
		if s.lower(i) == "," {
			commas++
		}
	}
	// an apposition between is closed by its second comma ("urged by
	// Grossi, the head of the agency, to give"); one comma leaves a new
	// phrase ("visited Beijing, the first leader to travel there")
	if k == pv || k > pv && k-pv <= 14 && commas%2 == 0 && !s.breakBetween(prev.Verb.End, cl.Verb.Start) && !s.verbBetween(pv+1, k) {
		cl.Governor = prev.Head
	}
}

// timeWords head noun phrases that say when, not who.
var timeWords = wordset.Of(map[string]bool{
	"year": true, "years": true, "month": true, "months": true, "week": true, "weeks": true, "day": true,
	"days": true, "today": true, "yesterday": true, "tomorrow": true, "morning": true, "evening": true,
	"night": true, "weekend": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "time": true, "hours": true,
})

// participlePreps open a participle clause of time whose subject is the
// main clause's: "after rejecting", "before signing" ("in fighting", "by
// offering" are left alone: what they code is rarely the act itself).
var participlePreps = wordset.Of(map[string]bool{"after": true, "before": true, "while": true, "since": true, "upon": true})

// dayWord reports phrase k as a lone "today", "yesterday" or "tomorrow"
// after a noun phrase: "Nakasone today called for" has the subject before
// it.
func (s *Sentence) dayWord(k int) bool {
	p := s.Phrases[k]
	if p.Type != "NP" || k == 0 || s.Phrases[k-1].Type != "NP" || s.Phrases[k-1].End != p.Start {
		return false
	}
	// "Nakasone today called", "GenCorp earlier this month reached",
	// "Japan last year signed"
	return s.timeOnly(p)
}

// timeOnly reports a phrase that is only a time: "today", "last year",
// "earlier this month".
func (s *Sentence) timeOnly(p Phrase) bool {
	if p.End-p.Start == 1 {
		return dayWords.Has(s.lower(p.Start))
	}
	return p.End-p.Start <= 3 && timeOpeners.Has(s.lower(p.Start)) && timeWords.Has(s.lower(p.End-1)) && s.name[p.End-1] < 0
}

// timeBefore reports a time right before token k: "on Monday", "last
// week", "yesterday" (its one or two words a time's).
func (s *Sentence) timeBefore(k int) bool {
	if k < 1 || !timeWords.Has(s.lower(k-1)) {
		return false
	}
	if k >= 2 {
		switch b := s.lower(k - 2); {
		case b == "on" || b == "in" || b == "at" || b == "last" || b == "this" || b == "next" || b == "early" || b == "late" || b == "that":
			return true
		}
	}
	return dayWords.Has(s.lower(k - 1))
}

// speakerOf is the clause of the verb of saying whose claim clause p is,
// when p's subject names no one and that verb's subject names someone
// ("Kohl said [the mark was too strong]"); -1 otherwise.
func (s *Sentence) speakerOf(p int) int {
	if p < 1 || len(s.Clauses[p].Subject) == 0 || s.named(s.Clauses[p].Subject[0]) {
		return -1
	}
	g := p - 1
	sc := &s.Clauses[g]
	if !speechVerbs.Has(s.lower(sc.Head)) || len(sc.Subject) == 0 || !s.named(sc.Subject[0]) {
		return -1
	}
	start := s.Clauses[p].Subject[0].Start
	if start != sc.Verb.End && !(start == sc.Verb.End+1 && s.lower(sc.Verb.End) == "that") {
		return -1
	}
	return g
}

// named reports a name among a noun phrase's words.
func (s *Sentence) named(np NounPhrase) bool {
	for i := np.Start; i < np.End && i < len(s.name); i++ {
		if s.name[i] >= 0 {
			return true
		}
	}
	return false
}

// agentVerbs, in the past, are acts only a party does: a verb of them
// after "and" goes on from a speaker, not from what he spoke of. (The
// quote rules' speakerActs, in relate, are these but the verbs of
// saying.)
var agentVerbs = wordset.Words("urged", "called", "asked", "appealed", "warned", "rejected", "threatened", "proposed",
	"demanded", "denied", "refused", "criticised", "criticized", "accused", "announced", "offered", "pledged", "promised",
	"welcomed", "stressed", "added", "insisted", "vowed")

// conjoinedTime reports phrase k as a phrase of time right after "and" or
// "but" ("…, and last year acquired", "and yesterday agreed"): what
// follows is a second verb of the clause before, not a clause whose
// subject is the time.
func (s *Sentence) conjoinedTime(k int) bool {
	p := s.Phrases[k]
	if p.Type != "NP" || p.Start == 0 || s.Phrases[k-1].End > p.Start-1 {
		return false
	}
	if w := s.lower(p.Start - 1); w != "and" && w != "but" || k+1 >= len(s.Phrases) || s.Phrases[k+1].Type != "VP" || s.Phrases[k+1].Start != p.End {
		return false
	}
	return s.timeOnly(p)
}

// timeOpeners open a phrase of time that may stand between a subject and
// its verb.
var timeOpeners = wordset.Of(map[string]bool{"last": true, "this": true, "next": true, "earlier": true, "later": true,
	"early": true, "late": true, "past": true, "coming": true})

// dayWords name a day by the article's own: a phrase of time wherever
// they stand.
var dayWords = wordset.Of(map[string]bool{"today": true, "yesterday": true, "tomorrow": true})

func (s *Sentence) timePhrase(p Phrase) bool {
	return p.End-p.Start <= 3 && timeWords.Has(s.lower(s.headOf(p))) && s.name[s.headOf(p)] < 0 ||
		// "sold its assets last November to …": a month after "last", "next"…
		p.End-p.Start == 2 && timeOpeners.Has(s.lower(p.Start)) && monthWords.Has(s.lower(p.Start+1))
}

// monthWords are the months' names, in lower case.
var monthWords = wordset.Of(map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true})

// verbBetween reports a verb phrase among phrases [from, to].
func (s *Sentence) verbBetween(from, to int) bool {
	for k := from; k <= to && k < len(s.Phrases); k++ {
		if s.Phrases[k].Type == "VP" || s.Phrases[k].Type == "SBAR" {
			return true
		}
	}
	return false
}

func (s *Sentence) breakBetween(from, to int) bool {
	for i := from; i < to; i++ {
		if breakWords.Has(s.lower(i)) || s.tag(i) == "VBD" || relPronouns.Has(s.lower(i)) && s.tag(i) != "DT" {
			return true
		}
	}
	return false
}

// nounPhraseRight reads the noun phrase starting at phrase k with its
// "of" phrases and the phrases glued to it ("Germany 's" + "aid"), and
// returns it with the index of the first phrase after it.
func (s *Sentence) nounPhraseRight(k int) (NounPhrase, int) {
	p := s.Phrases[k]
	np := NounPhrase{Start: p.Start, End: p.End, Head: s.headOf(p)}
	k++
	for k < len(s.Phrases) {
		q := s.Phrases[k]
		switch {
		case q.Type == "NP" && q.Start == np.End && (s.possessive(np.End-1) || s.possessive(q.Start) || s.joiner(np.End-1)):
			np.End = q.End
			np.Head = s.headOf(q)
			k++
			continue
		case q.Type == "PP" && q.Start == np.End && s.lower(q.Start) == "of" && s.isType(k+1, "NP") && s.Phrases[k+1].Start == q.End:
			np.End = s.Phrases[k+1].End
			k += 2
			continue
		}
		break
	}
	return np, k
}

// joiner reports a coordinating word or comma at word i that the chunker
// left inside a phrase ("[Egypt and] [Saudi Arabia]").
func (s *Sentence) joiner(i int) bool {
	w := s.lower(i)
	return (w == "and" || w == "or" || w == ",") && (i < 0 || i >= len(s.name) || s.name[i] < 0)
}

// possessive reports a possessive ending at word i ("Germany 's").
func (s *Sentence) possessive(i int) bool {
	w := s.lower(i)
	return s.tag(i) == "POS" || w == "'s" || w == "’s" || w == "'"
}

// headOf is a noun phrase's last word that is not a possessive ending.
func (s *Sentence) headOf(p Phrase) int {
	h := s.beforeTicker(p.Start, p.End-1)
	for h > p.Start && (s.tag(h) == "POS" || s.lower(h) == "'s" || s.lower(h) == "'") {
		h--
	}
	return h
}

// beforeTicker is the last word h of a phrase starting at from, or, where
// h closes the wire's angle brackets, the name's last word: the one before
// a ticker ("Siemens AG <SIEG.F>") or inside a bracketed name
// ("<Italtel>").
func (s *Sentence) beforeTicker(from, h int) int {
	if h <= from || s.Words[h] != ">" {
		return h
	}
	ticker := true
	for j := h - 1; j >= from; j-- {
		if s.Words[j] == "<" {
			if j > from && ticker && j < h-1 {
				return j - 1
			}
			return h - 1 // "U.S. <McDonnell Douglas Corp.>": a name in brackets
		}
		if strings.ToUpper(s.Words[j]) != s.Words[j] {
			ticker = false // a ticker is written in capitals: "SIEG.F", "TWA"
		}
	}
	return h
}

// split cuts a noun phrase at its coordinating words and commas outside
// names: "Brazil, India and South Africa" gives three.
func (s *Sentence) split(np NounPhrase) []NounPhrase {
	var out []NounPhrase
	start := np.Start
	for i := np.Start; i < np.End; i++ {
		w := s.lower(i)
		if s.name[i] >= 0 || !(w == "," || w == "and" || w == "or" || w == "&") {
			continue
		}
		if i > start {
			h := s.lastWord(start, i)
			if np.Head >= start && np.Head < i && s.attachedAfter(np.Head, i) {
				h = np.Head // "Talks between Brazil and Mexico": the head before the preposition stays the first part's
			}
			out = append(out, NounPhrase{Start: start, End: i, Head: h})
		}
		start = i + 1
	}
	if start < np.End {
		out = append(out, NounPhrase{Start: start, End: np.End, Head: np.Head})
		if np.Head < start {
			out[len(out)-1].Head = s.lastWord(start, np.End)
		}
	}
	if len(out) > 1 {
		// "the Foreign and Defence ministers": adjectives or nouns before
		// one head are one phrase
		for _, o := range out[:len(out)-1] {
			if o.End-o.Start == 1 && strings.HasPrefix(s.tag(o.Start), "JJ") {
				return []NounPhrase{np}
			}
		}
	}
	return out
}

// attachedAfter reports a preposition that joins phrases between the
// head at h and word to: what follows the head is its prepositional
// phrase, not a head of its own.
func (s *Sentence) attachedAfter(h, to int) bool {
	for j := h + 1; j < to; j++ {
		if s.tag(j) == "IN" && s.subjectPrep(j) {
			return true
		}
	}
	return false
}

func (s *Sentence) lastWord(from, to int) int {
	h := to - 1
	for h > from && (s.tag(h) == "POS" || s.lower(h) == ",") {
		h--
	}
	if t := s.beforeTicker(from, h); t != h {
		return s.lastWord(from, t+1)
	}
	return h
}

// coordinated reads noun phrases from phrase k on joined by commas and
// "and"/"or": "on Iran, Syria and Cuba". It returns the parts and the index
// of the first phrase after them.
func (s *Sentence) coordinated(k int) ([]NounPhrase, int) {
	var parts []NounPhrase
	for k < len(s.Phrases) && s.Phrases[k].Type == "NP" && !s.relative(s.Phrases[k].Start) {
		np, next := s.nounPhraseRight(k)
		parts = append(parts, s.split(np)...)
		k = next
		if k >= len(s.Phrases) {
			break
		}
		gap := s.gapWords(np.End, s.Phrases[k].Start)
		joined := false
		for _, w := range gap {
			if w == "and" || w == "or" {
				joined = true
			}
		}
		if len(gap) == 0 || len(gap) > 2 || s.Phrases[k].Type != "NP" || s.conjoinedTime(k) {
			break // (a time after "and" opens the next verb: "acquire X, and last year acquired Y")
		}
		if !joined {
			// "met Kim, the foreign minister, on Monday": an apposition
			// is no new party
			if gap[0] == "," {
				if ap, after := s.nounPhraseRight(k); after < len(s.Phrases) && s.gapIs(s.Phrases[after-1].End, s.Phrases[after].Start, ",") &&
					!(s.name[parts[len(parts)-1].Head] >= 0 && s.name[ap.Head] >= 0 && s.listAhead(k)) {
					// (two names in a row that an "and" goes on to close are
					// a list: "between the U.S., Japan, Britain and France")
					// the apposition belongs to the party it names: "met
					// Syria's interim president, Ahmed al-Sharaa, there"
					last := &parts[len(parts)-1]
					last.End = ap.End
					if s.name[ap.Head] >= 0 && s.name[last.Head] < 0 {
						// (a name keeps its head before an apposition that
						// names a place in it: "Northeast Leasing Co Inc, a
						// Portland, Maine lessor")
						last.Head = ap.Head
					}
					k = after
					break
				}
				if !s.listAhead(k) {
					break
				}
			} else {
				break
			}
		}
	}
	return parts, k
}

// listAhead reports whether phrase k starts the rest of a list that an
// "and" closes: "Iran, Syria and Cuba".
func (s *Sentence) listAhead(k int) bool {
	for ; k < len(s.Phrases) && s.Phrases[k].Type == "NP"; k++ {
		np, next := s.nounPhraseRight(k)
		for i := np.Start; i < np.End; i++ {
			if (s.lower(i) == "and" || s.lower(i) == "or") && s.name[i] < 0 {
				return true // "…, the Vardo Republic and Brekka" read as one phrase
			}
		}
		if next >= len(s.Phrases) {
			return false
		}
		gap := s.gapWords(s.Phrases[next-1].End, s.Phrases[next].Start)
		if len(gap) == 1 && (gap[0] == "and" || gap[0] == "or") || len(gap) == 2 && gap[0] == "," && gap[1] == "and" {
			return true
		}
		if len(gap) != 1 || gap[0] != "," {
			return false
		}
		k = next - 1
	}
	return false
}

// gapWords are the lower-cased words between two phrases.
func (s *Sentence) gapWords(from, to int) []string {
	var out []string
	for i := from; i < to; i++ {
		out = append(out, s.lower(i))
	}
	return out
}

func (s *Sentence) gapIs(from, to int, w string) bool {
	g := s.gapWords(from, to)
	return len(g) == 1 && g[0] == w
}

// objects reads the direct objects and prepositional phrases after a
// verb group, up to next (the next verb group).
func (s *Sentence) objects(c *Clause, next int) {
	k := s.phraseAt(c.Verb.Start) + 1
	c.End = c.Verb.End
	// aside is set while the clause has read only an aside set off by
	// commas right after its verb ("to acquire, through a unit, all
	// shares of X"): its object may follow the closing comma
	aside := false
	for k < len(s.Phrases) && s.Phrases[k].Start < next {
		p := s.Phrases[k]
		if s.breakBetween(c.End, p.Start) && c.End < p.Start {
			break
		}
		g := s.gapWords(c.End, p.Start)
		if p.Type == "PP" && len(c.Object) == 0 && len(c.Preps) == 0 && c.End == c.Verb.End && len(g) == 1 && g[0] == "," && asidePreps.Has(s.lower(p.Start)) {
			aside = true
		} else if aside && p.Type == "NP" && len(g) == 1 && g[0] == "," && len(c.Object) == 0 && len(c.Preps) == 1 && !s.relative(p.Start) {
			parts, nk := s.coordinated(k)
			if nk == k || nk < len(s.Phrases) && s.Phrases[nk].Type == "VP" && s.Phrases[nk].Start == s.Phrases[nk-1].End {
				return
			}
			c.Object = parts
			c.End = max(c.End, s.Phrases[nk-1].End)
			k, aside = nk, false
			continue
		} else if aside && (p.Type != "NP" || len(g) != 0) {
			aside = false
		}
		if len(g) > 0 && (g[len(g)-1] == "," && p.Type == "NP" || g[0] == "and" || g[0] == "but") {
			break
		}
		switch p.Type {
		case "PRT", "ADVP", "ADJP":
			if s.tag(p.Start) == "WRB" {
				return // "… last June when Carteret merged": a clause of its own
			}
			c.End = p.End
			k++
		case "NP":
			if s.timePhrase(p) {
				c.End = p.End // "seized Goma this year with …"
				k++
				continue
			}
			if len(c.Object) > 0 && len(c.Preps) == 0 && s.distributive(p, c.Object[len(c.Object)-1]) {
				c.End = p.End // "offered 4.00 dlrs a share for Conrac": the rate's "a share"
				k++
				continue
			}
			if n := len(c.Preps); n > 0 && len(c.Preps[n-1].Object) > 0 && s.distributive(p, c.Preps[n-1].Object[len(c.Preps[n-1].Object)-1]) {
				c.End = p.End // "began a tender offer at 25 dlrs a share for Conrac": the price's "a share"
				k++
				continue
			}
			if len(c.Object) > 0 || len(c.Preps) > 0 || len(c.Agent) > 0 || s.relative(p.Start) {
				return
			}
			parts, nk := s.coordinated(k)
			if nk == k {
				return
			}
			if nk < len(s.Phrases) && s.Phrases[nk].Type == "VP" && s.Phrases[nk].Start == s.Phrases[nk-1].End && s.lower(s.Phrases[nk].Start) != "to" &&
				s.relativeBefore(c.Verb.Start) < 0 && !(s.lower(c.Verb.Start) == "to" && c.Verb.Start > 0 && strings.HasPrefix(s.tag(c.Verb.Start-1), "NN") && finiteTags.Has(s.tag(s.Phrases[nk].Start))) {
				// "said the talks would resume": the phrase is the subject
				// of the verb after it (not after an infinitive of a noun,
				// "its agreement to buy Brask Inc expired": the infinitive's
				// object, the noun's phrase the subject)
				return
			}
			c.Object = parts
			if nk > k {
				c.End = max(c.End, s.Phrases[nk-1].End)
			}
			k = nk
		case "PP":
			if !s.isType(k+1, "NP") {
				return
			}
			parts, nk := s.coordinated(k + 1)
			if aside && len(c.Preps) == 0 {
				// the aside's own phrase, not a list across its closing
				// comma: "for 20 mln dlrs, the Pemco unit"
				np, after := s.nounPhraseRight(k + 1)
				parts, nk = []NounPhrase{np}, after
			}
			if nk == k+1 {
				return
			}
			if nk < len(s.Phrases) && s.Phrases[nk].Type == "VP" && s.Phrases[nk].Start == s.Phrases[nk-1].End && s.lower(s.Phrases[nk].Start) != "to" &&
				!(c.Passive && s.lower(p.Start) == "by" && s.tag(s.Phrases[nk].Start) == "VBG") {
				// "fled after rebels seized Damascus": "after" opens a
				// clause whose subject is the phrase (not "was reached by
				// Toshiba and Hitachi providing for a venture": the agent,
				// a participle after it)
				return
			}
			pp := PrepPhrase{Prep: p.Start, Object: parts}
			if c.Passive && s.lower(p.Start) == "by" && len(c.Agent) == 0 {
				c.Agent = parts
			} else {
				c.Preps = append(c.Preps, pp)
			}
			c.End = max(c.End, s.Phrases[nk-1].End)
			k = nk
		default:
			return
		}
	}
}

// asidePreps open an aside of means or price between a verb and its
// object: "to acquire, through a unit, all shares", "to buy, for 20 mln
// dlrs, the Pemco unit".
var asidePreps = wordset.Of(map[string]bool{"through": true, "via": true, "for": true, "at": true})

// finiteTags open a finite verb group.
var finiteTags = wordset.Of(map[string]bool{"VBD": true, "VBZ": true, "VBP": true, "MD": true})

// distributive reports a phrase "a share", "an ounce" right after a
// quantity it divides ("4.00 dlrs a share", "500 dlrs an ounce").
func (s *Sentence) distributive(p Phrase, before NounPhrase) bool {
	if p.End-p.Start != 2 || p.Start != before.End || s.lower(p.Start) != "a" && s.lower(p.Start) != "an" {
		return false
	}
	for i := before.Start; i < before.End; i++ {
		if s.tag(i) == "CD" {
			return true
		}
	}
	return false
}

// controllingPrep is the phrase right after a verb of asking with no
// object whose noun phrase is the one asked to act: "called on Reagan",
// "appealed to Japan", "prevailed upon them".
func (s *Sentence) controllingPrep(gc *Clause) (PrepPhrase, bool) {
	if len(gc.Object) > 0 || len(gc.Preps) == 0 || gc.Preps[0].Prep != gc.Head+1 || len(gc.Preps[0].Object) == 0 {
		return PrepPhrase{}, false
	}
	p := gc.Preps[0]
	switch base(s.lower(gc.Head)) + " " + s.lower(p.Prep) {
	case "call on", "call upon", "appeal to", "prevail on", "prevail upon", "lean on":
		return p, true
	}
	return PrepPhrase{}, false
}

// subject finds a clause's subject: the noun phrases before its verb group,
// the subject of the verb it is joined to by "and", the object or subject
// of the verb that governs it through "to", or, after a speech verb with
// nothing before it, the noun phrase after ("…, said the minister").
func (s *Sentence) subject(c int) {
	cl := &s.Clauses[c]
	appos := -1
	if cl.Governor >= 0 && cl.Governor < cl.Verb.Start {
		// the governing verb is in the same group ("plans to visit") or the
		// clause before ("urged Japan to open")
		if g := s.clauseOf(cl.Governor); g >= 0 && g != c {
			gc := &s.Clauses[g]
			if objectControl.Has(base(s.lower(gc.Head))) && len(gc.Object) > 0 {
				cl.Subject = gc.Object
			} else if p, ok := s.controllingPrep(gc); ok {
				cl.Subject = p.Object // "called on Reagan to impose sanctions", "appealed to Japan to open": the one called on acts
			} else {
				cl.Subject = gc.Subject
				if len(cl.Subject) == 0 && g < c {
					s.subject(g)
					cl.Subject = gc.Subject
				}
			}
			return
		}
	}
	if c > 0 && s.tag(cl.Verb.Start) == "VBG" && (s.lower(cl.Verb.Start-1) == "," || s.timeBefore(cl.Verb.Start) && s.Clauses[c-1].Tense != "" && len(s.Clauses[c-1].Object) == 0) {
		// "Canada expelled six diplomats, accusing them of …": the
		// participle's subject is the clause's before it; so after a
		// time that ends that clause, the comma left out ("marched
		// through Hanover on Monday burning effigies of …": not Hanover),
		// when the clause has no object the participle may describe
		// ("to sign an agreement next week settling the debt")
		p := &s.Clauses[c-1]
		if len(p.Subject) == 0 {
			s.subject(c - 1)
		}
		cl.Subject = p.Subject
		return
	}
	if s.tag(cl.Verb.Start) == "VBG" && cl.Verb.Start > 0 && participlePreps.Has(s.lower(cl.Verb.Start-1)) {
		// "raised its dividend after rejecting the offer", "After
		// rejecting the offer, Caesars raised…": the participle's subject
		// is the main clause's
		for _, o := range []int{c - 1, c + 1} {
			if o < 0 || o >= len(s.Clauses) || s.tag(s.Clauses[o].Verb.Start) == "VBG" {
				continue
			}
			if o == c+1 && cl.Verb.Start > 1 {
				continue // only a sentence's opening participle looks ahead
			}
			if len(s.Clauses[o].Subject) == 0 {
				s.subject(o)
			}
			cl.Subject = s.Clauses[o].Subject
			return
		}
	}
	k := s.phraseAt(cl.Verb.Start) - 1
	// adverbs and commas around them: "Japan, however, agreed"
	for k >= 0 && (s.Phrases[k].Type == "ADVP" || s.Phrases[k].Type == "CONJP" && s.lower(s.Phrases[k].Start) == "not" || s.Phrases[k].Type == "NP" && s.tag(s.Phrases[k].Start) == "RB" || s.dayWord(k)) {
		k-- // (and "not only": "the EC not only ignored …")
	}
	if w := s.lower(s.Phrases[max(k, 0)].Start); k > 0 && (strings.HasPrefix(w, "d-") || strings.HasPrefix(w, "r-")) && s.Phrases[k].Start > 0 && s.lower(s.Phrases[k].Start-1) == "(" && s.Phrases[k-1].End == s.Phrases[k].Start-1 &&
		strings.Contains(strings.Join(s.gapWords(s.Phrases[k].End, cl.Verb.Start), " "), ")") {
		k-- // "Dan Rostenkowski (D-Ill.) said": the name before its bracket
	}
	if k < 0 {
		s.invertedSubject(cl)
		return
	}
	if k > 0 && s.conjoinedTime(k) {
		// "plans to acquire X, and last year acquired Y": the verb goes
		// on from the clause before, with its subject
		if p := s.clauseBefore(c); p >= 0 {
			if len(s.Clauses[p].Subject) == 0 {
				s.subject(p)
			}
			cl.Subject = s.Clauses[p].Subject
		}
		return
	}
	gap := s.gapWords(s.Phrases[k].End, cl.Verb.Start)
	if a := k + 1; a < s.phraseAt(cl.Verb.Start) && s.Phrases[a].Type == "ADVP" {
		// "Kim, the foreign minister, also said": the adverb after the
		// apposition's comma leaves it one
		if g := s.gapWords(s.Phrases[k].End, s.Phrases[a].Start); len(g) == 1 && g[0] == "," && s.appositionEnd(k) {
			gap = g
		}
	}
	for len(gap) > 1 && dayWords.Has(strings.ToLower(gap[0])) {
		// "met Ada Lund today and urged Norland": the day closes the
		// clause before; the verb after "and" goes on with its subject
		gap = gap[1:]
	}
	if len(gap) > 0 && gap[len(gap)-1] == "," && speechVerbs.Has(s.lower(cl.Head)) && len(cl.Object) > 0 {
		if s.invertedSubject(cl); cl.Inverted {
			return
		}
	}
	if len(gap) == 1 && gap[0] == "," && s.listedVerb(c, k) {
		// "completed the sale of X to Y, sold Z to W and sold …": a verb
		// in a list of acts after its object's comma goes on with the
		// subject of the act before it
		p := s.clauseBefore(c)
		if len(s.Clauses[p].Subject) == 0 && p < c {
			s.subject(p)
		}
		cl.Subject = s.Clauses[p].Subject
		return
	}
	if len(gap) > 1 && gap[0] == "," && (gap[1] == "and" || gap[1] == "but") && c > 0 {
		// "CGE has interests ranging from X to Y, and recently struck a
		// deal": the verb goes on from the last finite verb before a
		// participle that describes a noun, with its subject (not the
		// participle's noun)
		p := c - 1
		for p > 0 && s.Clauses[p].Tense == "" && s.tag(s.Clauses[p].Verb.Start) == "VBG" {
			p--
		}
		if p < c-1 && s.Clauses[p].Tense != "" {
			if len(s.Clauses[p].Subject) == 0 {
				s.subject(p)
			}
			cl.Subject = s.Clauses[p].Subject
			return
		}
	}
	if len(gap) > 0 && (gap[0] == "and" || gap[0] == "but" || gap[0] == "or") || s.Phrases[k].Type == "VP" {
		// "signed the deal and pledged aid": the earlier verb's subject
		p := s.clauseBefore(c)
		for t := s.tag(cl.Verb.Start); p >= 0 && (t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD") && s.Clauses[p].Governor >= 0 && s.lower(s.Clauses[p].Verb.Start) == "to"; {
			// "urged producers not to panic and said they need …": a
			// finite verb after "and" goes on from the verb that governs
			// the infinitive before it, with that verb's subject
			g := s.clauseOf(s.Clauses[p].Governor)
			if g < 0 || g >= p {
				break
			}
			p = g
		}
		if p >= 0 && len(gap) > 0 {
			if len(s.Clauses[p].Subject) == 0 && p < c {
				s.subject(p)
			}
			cl.Subject = s.Clauses[p].Subject
			if g := s.speakerOf(p); g >= 0 && agentVerbs.Has(s.lower(cl.Head)) {
				// "Kohl said the mark was too strong and urged Japan to
				// cut rates": an act only a party does goes on from the
				// one who said, not from the unnamed thing his claim is of
				cl.Subject = s.Clauses[g].Subject
			}
		}
		return
	}
	if s.Phrases[k].Type != "NP" {
		if len(gap) > 0 && gap[len(gap)-1] == "," {
			s.invertedSubject(cl)
		}
		return
	}
	if len(gap) > 0 && gap[len(gap)-1] == "," {
		// "…Iran, the ministry said" or "Kim, the foreign minister, said"
		if s.appositionEnd(k) {
			appos = k
			k = s.appositionStart(k)
		} else {
			s.invertedSubject(cl)
			if len(cl.Subject) > 0 {
				return
			}
		}
	}
	// "Jonathan Nelson, managing director of Narragansett Capital Corp,
	// which is taking part in the plan, declined": a relative clause set
	// off after a name's apposition ends it; the name is the subject
	apposed := func(r int) int {
		if r+1 >= len(s.Phrases) || !s.gapHasComma(r+1) {
			return r
		}
		st := s.appositionStart(r)
		if st == r || !s.namesPhrase(st) || s.namesPhrase(st+1) {
			// (not "Under the agreement, TWA, which holds 15 pct, will": no
			// name's apposition; nor "Officials in Malaysia, Indonesia and
			// Thailand, which produce": names listed)
			return r
		}
		for _, w := range s.gapWords(s.Phrases[st].End, s.Phrases[r].Start) {
			if w == "and" || w == "or" {
				return r
			}
		}
		appos = r
		return st
	}
	if r := s.beyondPrepObject(c, k); r >= 0 {
		k = apposed(r)
	}
	// a relative pronoun stands for the phrase before it
	if relPronouns.Has(s.lower(s.Phrases[k].Start)) && s.Phrases[k].End-s.Phrases[k].Start == 1 {
		k--
		for k >= 0 && s.Phrases[k].Type != "NP" {
			if g := s.gapWords(s.Phrases[k].End, s.Phrases[k+1].Start); len(g) > 1 {
				return
			}
			k--
		}
		if k < 0 {
			return
		}
	} else if v := s.clauseEndingAt(k); v >= 0 && v < c {
		// the phrase is an earlier verb's object: "the minister who
		// visited Japan said" — the subject is before the relative clause
		if r := s.relativeBefore(s.Clauses[v].Verb.Start); r >= 0 {
			k = apposed(r)
		} else if appos >= 0 && speechVerbs.Has(s.lower(s.Clauses[v].Head)) && !s.contrastBetween(s.Phrases[k].End, s.Phrases[appos].End) {
			// "said Vulcan Corp, a rival in shoe lasts, has offered": the
			// name with its apposition opens the clause said, no object
			s.Clauses[v].Object = nil
		} else {
			return
		}
	}
	cl.Subject = s.subjectPhrases(k)
	if b := s.acronymModified(k); b < k && len(cl.Subject) == 1 && cl.Subject[0].Start == s.Phrases[k].Start {
		cl.Subject[0].Start = s.Phrases[b].Start // "European Community (EC) farm ministers met": the body's people
	}
	if appos > k {
		// "Wagner and Brown, along with AFG Industries, launched": the
		// party set off with "along with" acts beside the subject
		n := k + 1
		for n <= appos && s.Phrases[n].Type == "PP" {
			n++
		}
		if n <= appos && n > k+1 && comitative(s.gapWords(s.Phrases[k].End, s.Phrases[n].Start)) {
			np, _ := s.nounPhraseRight(n)
			cl.Subject = append(cl.Subject, s.split(np)...)
		}
	}
	if p := s.objectOfModifier(c); p >= 0 {
		// "leaders attending a meeting with Sarney called": the phrase
		// read is the participle's object; its subject is the clause's
		cl.Subject = s.subjectPhrases(p)
	}
	if appos >= 0 && len(cl.Subject) > 0 && s.Phrases[appos].Type == "NP" && appos > 0 && s.gapHasComma(appos) {
		// "her Rwandan counterpart, Olivier Nduhungirehe,": the apposition
		// names the party
		last := &cl.Subject[len(cl.Subject)-1]
		if h := s.headOf(s.Phrases[appos]); s.name[h] >= 0 && s.Phrases[appos-1].End == last.End {
			last.End, last.Head = s.Phrases[appos].End, h
		}
	}
}

// comitative reports the words that set off a party acting beside the
// subject: ", along with", ", together with", ", alongside".
func comitative(gap []string) bool {
	w := strings.Join(gap, " ")
	return w == ", along with" || w == ", together with" || w == ", alongside"
}

// contrastBetween reports "than", "not" or "instead" in words [from, to):
// "matters at the White House, rather than an absence of pressure," is no
// apposition naming the phrase before it.
func (s *Sentence) contrastBetween(from, to int) bool {
	for i := from; i < to; i++ {
		if w := s.lower(i); w == "than" || w == "not" || w == "instead" {
			return true
		}
	}
	return false
}

// beyondPrepObject looks past a noun phrase k that is a preposition's
// object right before clause c's verb when no noun phrase before the
// preposition takes it in: "banks that will meet with Volcker declined",
// "leaders attending a meeting with Sarney called". The subject is the
// phrase a relative pronoun or a participle before it stands for; its
// phrase index is returned, or -1 when k stays.
func (s *Sentence) beyondPrepObject(c, k int) int {
	if k < 1 || s.Phrases[k-1].Type != "PP" || s.Phrases[k-1].End != s.Phrases[k].Start || s.Clauses[c].Tense == "" {
		return -1
	}
	if j := k - 2; j >= 0 && s.Phrases[j].Type == "NP" && s.Phrases[j].End == s.Phrases[k-1].Start {
		return -1 // "the president of France said": one phrase
	}
	for v := c - 1; v >= 0; v-- {
		cv := s.Clauses[v]
		if cv.Verb.End > s.Phrases[k-1].Start {
			continue
		}
		if r := s.relativeBefore(cv.Verb.Start); r >= 0 {
			return r
		}
		if p := s.phraseAt(cv.Verb.Start) - 1; s.tag(cv.Verb.Start) == "VBG" && p >= 0 && s.Phrases[p].Type == "NP" && s.Phrases[p].End == cv.Verb.Start {
			return p
		}
		return -1
	}
	return -1
}

// objectOfModifier reports clause c's subject read as the object of a
// participle or relative clause before it ("leaders attending a meeting
// with Sarney called", "banks that met the Fed declined"), and gives the
// index of the phrase that clause modifies, or -1.
func (s *Sentence) objectOfModifier(c int) int {
	cl := s.Clauses[c]
	if cl.Tense == "" {
		return -1 // "problems confronting the economy": a participle's own noun
	}
	for v := c - 1; v >= 0 && len(cl.Subject) > 0; v-- {
		cv := s.Clauses[v]
		if len(cv.Object) == 0 || cv.Object[0].Start != cl.Subject[0].Start {
			continue
		}
		if r := s.relativeBefore(cv.Verb.Start); r >= 0 {
			return r
		}
		if p := s.phraseAt(cv.Verb.Start) - 1; s.tag(cv.Verb.Start) == "VBG" && p >= 0 && s.Phrases[p].Type == "NP" && s.Phrases[p].End == cv.Verb.Start {
			return p
		}
		return -1
	}
	return -1
}

// appositionEnd reports phrase k closing "X, <apposition>," before a verb.
func (s *Sentence) appositionEnd(k int) bool {
	st := s.appositionStart(k)
	return st != k
}

// appositionStart walks from the last phrase of "Kim, the foreign
// minister of X," back to Kim's phrase; it returns k where the pattern is
// not there.
func (s *Sentence) appositionStart(k int) int {
	j := k
	for j > 0 && (s.Phrases[j].Type == "NP" || s.Phrases[j].Type == "PP") && !s.gapHasComma(j) {
		j--
	}
	if j <= 0 || j == k && s.Phrases[j].Type != "NP" || !s.gapHasComma(j) {
		return k
	}
	prev := j - 1
	if s.Phrases[prev].Type != "NP" {
		return k
	}
	for _, w := range s.gapWords(s.Phrases[prev].End, s.Phrases[j].Start) {
		if w == "and" || w == "or" {
			return k
		}
	}
	if prev > 0 && s.namesPhrase(prev) && s.nameList(j, k) && s.Phrases[prev-1].Type == "NP" && s.namesPhrase(prev-1) &&
		slices.Equal(s.gapWords(s.Phrases[prev-1].End, s.Phrases[prev].Start), []string{","}) && !s.listNamesNoun(prev-1) {
		// "Britain, Canada, Japan, the United States and West Germany,
		// agreed": the last names of a list of three or more, joined by
		// "and", are no apposition of the name before them
		return k
	}
	return prev
}

// listNamesNoun reports a list of names, whose item before last starts
// at phrase k, set off after a plain noun phrase it spells out: "The oil
// companies, Amoco, ARCO, …, Texaco and Union Oil, said" (an apposition
// of "the oil companies", not a subject of its own).
func (s *Sentence) listNamesNoun(k int) bool {
	for k > 0 && s.Phrases[k].Type == "NP" && s.namesPhrase(k) && slices.Equal(s.gapWords(s.Phrases[k-1].End, s.Phrases[k].Start), []string{","}) {
		k--
	}
	p := s.Phrases[k]
	return p.Type == "NP" && !s.namesPhrase(k) && !s.timeOnly(p) && k+1 < len(s.Phrases) && slices.Equal(s.gapWords(p.End, s.Phrases[k+1].Start), []string{","})
}

// nameList reports phrases j to k that are names joined by "and" or "or"
// (and commas) alone: "the United States and West Germany".
func (s *Sentence) nameList(j, k int) bool {
	joined := false
	for i := j; i <= k; i++ {
		if s.Phrases[i].Type != "NP" || s.name[s.Phrases[i].End-1] < 0 {
			return false // (each a name to its last word: not "a New York investor and money manager")
		}
		for t := s.Phrases[i].Start; t < s.Phrases[i].End; t++ {
			if w := s.lower(t); (w == "and" || w == "or") && s.name[t] < 0 {
				joined = true // "the Brask Union and Ostmark" read as one phrase
			}
		}
		if i == k {
			break
		}
		for _, w := range s.gapWords(s.Phrases[i].End, s.Phrases[i+1].Start) {
			switch w {
			case "and", "or":
				joined = true
			case ",":
			default:
				return false
			}
		}
	}
	return joined
}

// namesPhrase reports a phrase holding a proper name.
func (s *Sentence) namesPhrase(k int) bool {
	for i := s.Phrases[k].Start; i < s.Phrases[k].End; i++ {
		if s.name[i] >= 0 {
			return true
		}
	}
	return false
}

func (s *Sentence) gapHasComma(j int) bool {
	if j == 0 {
		return false
	}
	g := s.gapWords(s.Phrases[j-1].End, s.Phrases[j].Start)
	return len(g) == 1 && g[0] == ","
}

// subjectPhrases reads the coordinated noun phrases that end with phrase k
// ("France, Italy and Spain", "the president of France").
func (s *Sentence) subjectPhrases(k int) []NounPhrase {
	start := k
	skip := -1 // phrases (skip, skipEnd] are an apposition inside the list
	skipEnd := -1
	for {
		j := start - 1
		if j < 0 {
			break
		}
		g := s.gapWords(s.Phrases[j].End, s.Phrases[start].Start)
		switch {
		case len(g) == 0 && s.Phrases[j].Type == "NP" && (s.possessive(s.Phrases[j].End-1) || s.possessive(s.Phrases[start].Start) || s.joiner(s.Phrases[j].End-1)):
			start = j
			continue
		case len(g) == 0 && s.Phrases[j].Type == "PP" && s.subjectPrep(s.Phrases[j].Start) && j > 0 && s.Phrases[j-1].Type == "NP" && s.Phrases[j-1].End == s.Phrases[j].Start:
			start = j - 1
			continue
		case s.Phrases[j].Type == "NP" && len(g) >= 1 && len(g) <= 2 && (g[len(g)-1] == "and" || g[len(g)-1] == "or" || g[0] == "," && s.listClosedBy(start, k)):
			if j > 0 && s.Phrases[j-1].Type == "PP" && s.Phrases[j-1].End == s.Phrases[j].Start && (j == 1 || s.gapHasComma(j-1)) {
				// "In Paris, Britain and France agreed": an opening
				// preposition's object is no member of the list
				break
			}
			start = j
			if a := s.appositionStart(j); a != j && skip < 0 && len(g) == 2 && g[0] == "," && !s.namesPhrase(a+1) {
				// "Lee Hamilton, chairman of the House committee, and
				// Daniel Inouye said": the first name's apposition is no
				// member of the list (not "Britain, France, and Germany")
				skip, skipEnd, start = a, j, a
			}
			continue
		}
		break
	}
	var out []NounPhrase
	for i := start; i <= k; {
		if i > skip && i <= skipEnd {
			i = skipEnd + 1
			continue
		}
		np, next := s.nounPhraseRight(i)
		for next <= k && s.Phrases[next].Type == "PP" && s.subjectPrep(s.Phrases[next].Start) && next+1 <= k {
			np.End = s.Phrases[next+1].End
			next += 2
		}
		out = append(out, s.split(np)...)
		i = next
	}
	return out
}

// acronymModified is the phrase naming a body before its bracketed
// acronym when the noun phrase k follows them with no article, so that
// the three are one phrase: "European Community (EC) farm ministers",
// "the International Coffee Organization (ICO) council"; k otherwise.
func (s *Sentence) acronymModified(k int) int {
	if k < 2 || s.Phrases[k-1].Type != "NP" || s.Phrases[k-2].Type != "NP" || !s.gapIs(s.Phrases[k-1].End, s.Phrases[k].Start, ")") ||
		!s.gapIs(s.Phrases[k-2].End, s.Phrases[k-1].Start, "(") || !s.namesPhrase(k-2) || !s.namesPhrase(k-1) || s.Phrases[k-1].End-s.Phrases[k-1].Start != 1 {
		return k
	}
	if t := s.tag(s.Phrases[k].Start); t != "NN" && t != "NNS" && t != "JJ" || dayWords.Has(s.lower(s.Phrases[k].Start)) {
		return k // ("Exxon Corp (XON) the company said", "(ICO) Executive Director": a name of its own)
	}
	// the acronym's letters are the name's initials, in order (not
	// "Popular Alliance (AP)", whose acronym may be another's name)
	acr, n := s.Words[s.Phrases[k-1].Start], 0
	for i := s.Phrases[k-2].Start; i < s.Phrases[k-2].End && n < len(acr); i++ {
		if w := s.Words[i]; w != "" && w[0] >= 'A' && w[0] <= 'Z' && w[0] == acr[n] {
			n++
		}
	}
	if n < len(acr) {
		return k
	}
	return k - 2
}

// subjectPrep reports a preposition at word i that joins a subject's noun
// phrases.
func (s *Sentence) subjectPrep(i int) bool {
	w := s.lower(i)
	return attachPreps.Has(w) || subjectPreps.Has(w)
}

// listClosedBy reports an "and" between phrases from and to: the commas
// before from are a list's.
func (s *Sentence) listClosedBy(from, to int) bool {
	for j := from; j < to; j++ {
		for _, w := range s.gapWords(s.Phrases[j].End, s.Phrases[j+1].Start) {
			if w == "and" || w == "or" {
				return true
			}
		}
	}
	for i := s.Phrases[from].Start; i < s.Phrases[to].End; i++ {
		if (s.lower(i) == "and" || s.lower(i) == "or") && s.name[i] < 0 {
			return true
		}
	}
	return false
}

// invertedSubject takes the noun phrase after a speech verb with no
// subject before it: "…, said Foreign Minister Kim."
func (s *Sentence) invertedSubject(cl *Clause) {
	if len(cl.Object) == 0 || len(cl.Preps) > 0 || !speechVerbs.Has(s.lower(cl.Head)) {
		return
	}
	end := cl.Object[len(cl.Object)-1].End
	if end < len(s.Words) && !(s.lower(end) == "." || s.lower(end) == "," || s.lower(end) == "on" || s.lower(end) == "in") {
		return
	}
	cl.Subject, cl.Object, cl.Inverted = cl.Object, nil, true
}

// speechVerbs report speech after or before them.
var speechVerbs = wordset.Of(map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "stated": true, "announced": true,
	"declared": true, "noted": true, "explained": true, "argued": true, "warned": true, "insisted": true,
	"reported": true, "wrote": true, "asserted": true, "claimed": true, "acknowledged": true,
})

// clauseOf gives the clause whose verb group holds word i, or -1.
func (s *Sentence) clauseOf(i int) int {
	for c, cl := range s.Clauses {
		if cl.Verb.Start <= i && i < cl.Verb.End {
			return c
		}
	}
	return -1
}

// clauseBefore is the clause before c in the sentence, or -1.
func (s *Sentence) clauseBefore(c int) int { return c - 1 }

// clauseEndingAt gives the clause whose objects end with phrase k, or -1.
func (s *Sentence) clauseEndingAt(k int) int {
	for c, cl := range s.Clauses {
		if cl.End == s.Phrases[k].End && cl.Verb.End <= s.Phrases[k].Start {
			return c
		}
	}
	return -1
}

// relativeBefore finds, right before a relative clause's verb at word v,
// "who"/"which" and the noun phrase it stands for; it returns that noun
// phrase's phrase index, or -1.
func (s *Sentence) relativeBefore(v int) int {
	k := s.phraseAt(v) - 1
	for k >= 0 && s.Phrases[k].Type == "ADVP" {
		k--
	}
	if k < 1 || !relPronouns.Has(s.lower(s.Phrases[k].Start)) {
		return -1
	}
	k--
	if s.Phrases[k].Type != "NP" {
		return -1
	}
	return k
}

// listedVerb reports clause c's finite past verb right after a comma that
// closes the clause before it, itself a finite past verb with a subject of
// its own and an object, with "and" and another such verb still to come:
// a list of acts of one subject ("completed X, sold Y and sold Z").
func (s *Sentence) listedVerb(c, k int) bool {
	p := s.clauseBefore(c)
	if p < 0 || p >= c {
		return false
	}
	cl, pr := s.Clauses[c], s.Clauses[p]
	if s.tag(cl.Verb.Start) != "VBD" || s.tag(pr.Head) != "VBD" && s.tag(pr.Verb.Start) != "VBD" || len(pr.Object) == 0 || pr.End != s.Phrases[k].End {
		return false
	}
	for j := cl.End; j+1 < len(s.Words); j++ {
		if s.lower(j) == "and" && s.tag(j+1) == "VBD" {
			return true
		}
	}
	return false
}
