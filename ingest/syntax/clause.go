package syntax

import (
	"strings"

	"actorgraph/ingest/ner"
	"actorgraph/ingest/wordset"
)

// Sentence is a parsed sentence: every word's part-of-speech tag and chunk
// tag, its phrases, and the clauses read from them. Word indices are those
// of the words given to Parse.
type Sentence struct {
	Words   []string
	POS     []string
	Chunks  []string
	Phrases []Phrase
	Clauses []Clause
	// negation marks words that carry a negation of their own ("didn't").
	negation []bool
	// name numbers the name each word is part of, -1 for none.
	name []int
	// lowered are the words in lower case, made once: the clause reader
	// asks for them many times a word.
	lowered []string
}

// properTag keeps a name's words nouns: a name tagged as a verb or an
// adjective ("Said", "Blair's New Labour") would break its phrase.
func properTag(t string) string {
	if strings.HasPrefix(t, "NN") || t == "POS" || t == "CC" || t == "IN" || t == "DT" || t == "CD" || t == "," {
		return t
	}
	return "NNP"
}

// Phrase is a chunk: words [Start, End) of type NP, VP, PP, ADVP, SBAR…
type Phrase struct {
	Start, End int
	Type       string
}

// Clause is a verb group with the phrases it governs.
type Clause struct {
	Verb Phrase // the verb group ("has not been invited", "plans to visit")
	Head int    // its main verb ("invited", "visit")
	// Governor is the verb the main verb depends on through "to" ("plans"
	// in "plans to visit", "urged" in "urged Japan to act"), or -1.
	Governor int
	// Tense is past, present or future; Modal the modal verb in lower
	// case ("would", "may"), "" for none.
	Tense, Modal string
	Negated      bool
	Passive      bool
	// Subject lists the subject's noun phrases, one for each coordinated
	// part ("France, Italy and Spain" gives three); a passive clause's
	// subject is what the verb is done to. Agent lists the "by" phrases of
	// a passive clause.
	Subject, Agent []NounPhrase
	// Object lists the direct objects, coordinated parts apart.
	Object []NounPhrase
	// Preps are the prepositional phrases after the verb, in order.
	Preps []PrepPhrase
	// Inverted is true where the subject follows the verb ("…, said the
	// minister").
	Inverted bool
	// RelativeObject is true where the object is the noun phrase the
	// clause qualifies: "the duties the ministry imposed".
	RelativeObject bool
	// End is where the clause's words end: the next clause, a clause
	// break, or the sentence end.
	End int
}

// NounPhrase is a noun phrase with what hangs off it: words [Start, End)
// including "of" phrases and appositions, and its head word.
type NounPhrase struct {
	Start, End int
	Head       int
}

// PrepPhrase is a preposition and its object(s).
type PrepPhrase struct {
	Prep   int // the preposition's word
	Object []NounPhrase
}

// nounCompounds mends a tagging error a proper name invites: after a
// determiner and a proper noun, a word tagged as a finite verb and
// followed by a noun is a noun of the compound ("an EU aid package", "the
// U.S. trade deficit"): a name after an article is no subject.
func nounCompounds(pos, chunks []string) {
	for j := 2; j+1 < len(pos); j++ {
		switch pos[j] {
		case "VBD", "VBZ", "VBP":
		default:
			continue
		}
		if pos[j-2] != "DT" || pos[j-1] != "NNP" || !strings.HasPrefix(pos[j+1], "NN") {
			continue
		}
		pos[j] = "NN"
		if strings.HasSuffix(chunks[j-1], "NP") {
			chunks[j] = "I-NP"
			if strings.HasPrefix(chunks[j+1], "B-") {
				chunks[j+1] = "I-NP"
			}
		}
	}
}

// Parse tags, chunks and reads the clauses of a sentence's words. Names
// are the word ranges [start, end) of the proper names found in it: a name
// is kept whole inside one noun phrase, and never split at its "and"
// ("the Trade and Industry Ministry").
func (p *Parser) Parse(words []string, names [][2]int) *Sentence {
	return p.ParseLowered(words, nil, names)
}

// ParseLowered is Parse for a caller that has lowered the words already:
// lowered[i] is strings.ToLower(words[i]), and the sentence keeps it, so
// it must not change. A nil lowered is worked out.
func (p *Parser) ParseLowered(words, lowered []string, names [][2]int) *Sentence {
	// Contractions are one word to the tokenizer and two to the tagger:
	// "didn't" is tagged as "did" + "n't", and the word takes the verb's
	// tags with a negation of its own.
	tw := make([]string, 0, len(words)+2)
	of := make([]int, 0, len(words)+2)
	neg := make([]bool, len(words))
	if lowered == nil {
		lowered = make([]string, len(words))
		for i, w := range words {
			lowered[i] = strings.ToLower(w)
		}
	}
	for i, w := range words {
		lw := lowered[i]
		switch {
		case lw == "cannot":
			tw, of = append(tw, w[:3], "not"), append(of, i, -1)
			neg[i] = true
		case len(lw) > 3 && (strings.HasSuffix(lw, "n't") || strings.HasSuffix(lw, "n’t")):
			cut := strings.LastIndexAny(lw, "nN")
			stem := w[:cut]
			if lw == "won't" || lw == "won’t" {
				stem = "will"
			}
			tw, of = append(tw, stem, "n't"), append(of, i, -1)
			neg[i] = true
		default:
			tw, of = append(tw, w), append(of, i)
		}
	}
	pos, chunks := p.Tag(tw)
	nounCompounds(pos, chunks)
	s := &Sentence{Words: words, POS: make([]string, len(words)), Chunks: make([]string, len(words)), negation: neg, lowered: lowered}
	for j, i := range of {
		if i >= 0 {
			s.POS[i], s.Chunks[i] = pos[j], chunks[j]
		}
	}
	s.name = make([]int, len(words))
	for i := range s.name {
		s.name[i] = -1
	}
	for n, r := range names {
		if r[0] < 0 || r[1] > len(words) || r[0] >= r[1] {
			continue
		}
		for i := r[0]; i < r[1]; i++ {
			s.name[i] = n
			s.POS[i] = properTag(s.POS[i])
			if i == r[0] {
				// a name opens its own phrase unless the chunker already
				// reads it as going on with the words before
				if s.Chunks[i] != "I-NP" || i == 0 || !strings.HasSuffix(s.Chunks[i-1], "NP") {
					s.Chunks[i] = "B-NP"
				}
				if i > 0 && strings.HasSuffix(s.Chunks[i-1], "NP") && placeModifier(lowered[i-1]) {
					// "to Montreal-based (Taurus Footwear Inc)": the
					// modifier opens the name's phrase
					s.Chunks[i] = "I-NP"
				}
			} else {
				s.Chunks[i] = "I-NP"
			}
		}
	}
	s.repairChunks()
	spans := ner.Spans(s.Chunks)
	s.Phrases = make([]Phrase, 0, len(spans))
	for _, sp := range spans {
		s.Phrases = append(s.Phrases, Phrase{sp.Start, sp.End, sp.Type})
	}
	s.readClauses()
	return s
}

// purposeParticiples follow a noun phrase with its purpose: "talks aimed
// at", "a plan designed to".
var purposeParticiples = wordset.Of(map[string]bool{"aimed": true, "designed": true, "intended": true, "meant": true, "geared": true, "targeted": true})

// perUnits are what a price is per: "50 dlrs a share".
var perUnits = wordset.Of(map[string]bool{"share": true, "ounce": true, "barrel": true, "tonne": true, "ton": true, "unit": true, "bushel": true})

// toldPeople reports a plural noun of people one tells: "reporters",
// "colleagues", "delegates", "analysts".
func toldPeople(w string) bool {
	switch w {
	case "reporters", "journalists", "colleagues", "delegates", "analysts", "shareholders", "members", "officials",
		"newsmen", "correspondents", "investors", "bankers", "legislators", "lawmakers", "senators", "ministers":
		return true
	}
	return false
}

// placeModifier is a hyphened word that says where or whose a body is,
// before its name: "Montreal-based", "state-owned", "Soviet-backed".
func placeModifier(lw string) bool {
	for _, suf := range []string{"-based", "-owned", "-controlled", "-backed", "-run", "-led"} {
		if len(lw) > len(suf) && strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// Lower is word i in lower case, strings.ToLower(s.Words[i]), made once
// for the sentence: a caller need not lower it again, and allocate.
func (s *Sentence) Lower(i int) string { return s.lowered[i] }

func (s *Sentence) lower(i int) string {
	if i < 0 || i >= len(s.lowered) {
		return ""
	}
	return s.lowered[i]
}

func (s *Sentence) tag(i int) string {
	if i < 0 || i >= len(s.POS) {
		return ""
	}
	return s.POS[i]
}

func isVerbTag(t string) bool { return strings.HasPrefix(t, "VB") || t == "MD" }

// compass words describe a place by its direction.
var compass = wordset.Of(map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "northern": true, "southern": true, "eastern": true, "western": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true, "central": true,
})

// nominalIngs are -ing words that, after "is", are mostly nouns:
// "the problem is financing", "the business is banking".
var nominalIngs = wordset.Of(map[string]bool{
	"financing": true, "funding": true, "marketing": true, "banking": true, "trading": true, "pricing": true,
	"spending": true, "housing": true, "shipping": true, "building": true, "accounting": true, "lending": true,
	"borrowing": true, "earnings": true, "savings": true, "morning": true, "evening": true, "thing": true,
	"something": true, "nothing": true, "anything": true, "everything": true, "king": true, "ring": true,
	"spring": true, "string": true, "ceiling": true, "offering": true, "listing": true, "rating": true,
})

// catenatives take another verb through "to": "plans to visit", "wants to
// impose". The tagger often reads them as nouns after a subject ("Spain
// plan to meet"); in front of "to" + verb they are verbs.
// onlyVerbs are the catenatives' forms that are never nouns.
var onlyVerbs = wordset.Of(map[string]bool{
	"threatens": true, "threatened": true, "vows": true, "vowed": true, "refuses": true, "refused": true,
	"intends": true, "intended": true, "decides": true, "decided": true, "promised": true, "agrees": true,
	"agreed": true, "tries": true, "tried": true, "seeks": true, "sought": true, "pledged": true, "planned": true,
	"wanted": true, "hoped": true, "expects": true, "expected": true, "aimed": true,
})

var catenatives = wordset.Of(map[string]bool{
	"plan": true, "plans": true, "planned": true, "want": true, "wants": true, "wanted": true,
	"hope": true, "hopes": true, "hoped": true, "intend": true, "intends": true, "intended": true,
	"agree": true, "agrees": true, "agreed": true, "refuse": true, "refuses": true, "refused": true,
	"threaten": true, "threatens": true, "threatened": true, "vow": true, "vows": true, "vowed": true,
	"promise": true, "promises": true, "promised": true, "decide": true, "decides": true, "decided": true,
	"seek": true, "seeks": true, "sought": true, "try": true, "tries": true, "tried": true,
	"offer": true, "offers": true, "offered": true, "pledge": true, "pledges": true, "pledged": true,
	"expect": true, "expects": true, "expected": true, "aim": true, "aims": true, "aimed": true,
	"prepare": true, "prepares": true, "prepared": true, "decline": true, "declines": true, "declined": true,
})

// repairChunks mends what the chunker gets wrong most often where it
// matters to clauses: a catenative verb read as the last noun of the subject
// ("[Spain plan] [to meet]") becomes the start of the verb group.
// dealHeads are nouns of agreement an -ing word may modify ("licensing
// agreements", "marketing accord", "trading pact").
// businessHeads name a business an -ing word of its trade may modify:
// "its corn wet milling business", "the oil refining unit".
var businessHeads = wordset.Of(map[string]bool{"business": true, "businesses": true, "unit": true, "units": true,
	"division": true, "operations": true, "operation": true, "plant": true, "plants": true, "subsidiary": true, "facility": true,
	"facilities": true, "company": true, "interests": true})

// prepositions are the words a preposition's tag may rightly fall on.
var prepositions = wordset.Of(map[string]bool{"about": true, "above": true, "across": true, "after": true, "against": true,
	"along": true, "among": true, "around": true, "as": true, "at": true, "before": true, "behind": true, "below": true,
	"beside": true, "between": true, "beyond": true, "but": true, "by": true, "despite": true, "down": true, "during": true,
	"except": true, "for": true, "from": true, "in": true, "inside": true, "into": true, "like": true, "near": true, "of": true,
	"off": true, "on": true, "onto": true, "out": true, "outside": true, "over": true, "past": true, "per": true, "since": true,
	"than": true, "through": true, "throughout": true, "till": true, "to": true, "toward": true, "towards": true, "under": true,
	"until": true, "up": true, "upon": true, "via": true, "with": true, "within": true, "without": true, "whether": true,
	"if": true, "because": true, "although": true, "though": true, "while": true, "that": true, "so": true, "once": true,
	"unless": true, "whereas": true, "amid": true, "versus": true, "including": true, "following": true, "plus": true})

// businessModifier reports a word at k that can stand before a trade's
// -ing word inside a noun phrase: a noun or an adjective of the trade, or a
// word the tagger read as a preposition though it is none ("wet").
func (s *Sentence) businessModifier(k int) bool {
	if k < 0 {
		return false
	}
	switch t := s.tag(k); {
	case strings.HasPrefix(t, "NN") || t == "JJ":
		return true
	case t == "IN":
		return !prepositions.Has(s.lower(k))
	}
	return false
}

var dealHeads = wordset.Of(map[string]bool{"agreement": true, "agreements": true, "accord": true, "accords": true, "pact": true,
	"pacts": true, "deal": true, "deals": true, "arrangement": true, "arrangements": true, "venture": true, "ventures": true,
	"contract": true, "contracts": true, "rights": true})

// singularOpeners open a noun phrase whose head is one thing.
var singularOpeners = wordset.Of(map[string]bool{"a": true, "an": true, "the": true, "this": true, "that": true, "each": true, "every": true})

// priceUnits are the units of a price a share.
var priceUnits = wordset.Of(map[string]bool{"dlr": true, "dlrs": true, "dollar": true, "dollars": true, "cts": true, "cent": true,
	"cents": true, "pence": true, "yen": true, "marks": true, "francs": true, "stg": true, "pounds": true})

// presentOnlyVerbs are verbs in the present (plural) that no noun is
// spelt like.
var presentOnlyVerbs = wordset.Of(map[string]bool{"begin": true, "resume": true, "agree": true, "seek": true, "urge": true,
	"reject": true, "oppose": true, "discuss": true, "pledge": true, "vow": true})

// pastForm reports a verb's past form: "-ed", or one of the common
// irregular ones.
func pastForm(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") || irregularPasts.Has(w)
}

var irregularPasts = wordset.Of(map[string]bool{"held": true, "met": true, "made": true, "gave": true, "took": true,
	"sent": true, "won": true, "struck": true, "sold": true, "began": true, "set": true, "led": true, "cut": true})

// finiteAround reports a finite verb or modal in the clause around word i:
// back to the sentence's start or a comma, semicolon or "that", and on to
// the next comma or semicolon.
func (s *Sentence) finiteAround(i int) bool {
	finite := func(t string) bool { return t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" }
	for j := i - 1; j >= 0; j-- {
		if w := s.lower(j); w == "," || w == ";" || w == "that" {
			break
		}
		if finite(s.POS[j]) {
			return true
		}
	}
	for j := i + 1; j < len(s.Words); j++ {
		if w := s.lower(j); w == "," || w == ";" {
			break
		}
		if finite(s.POS[j]) {
			return true
		}
	}
	return false
}

func (s *Sentence) repairChunks() {
	// Those told end their phrase at their plural noun when more nouns
	// follow in it: "told reporters conflict between the two would…",
	// "told his colleagues great progress had been made" (the claim's
	// subject opens a phrase of its own).
	for i := 0; i+3 < len(s.Words); i++ {
		if w := s.lowered[i]; w != "told" && w != "tell" && w != "tells" {
			continue
		}
		j := i + 1
		if t := s.POS[j]; t == "PRP$" || t == "DT" {
			j++
		}
		if j+1 < len(s.Words) && s.POS[j] == "NNS" && s.name[j] < 0 && toldPeople(s.lower(j)) && s.Chunks[j+1] == "I-NP" && s.name[j+1] < 0 {
			s.Chunks[j+1] = "B-NP"
		}
	}
	// A price per unit inside a noun phrase is part of it: "a 50 dlrs a
	// share unsolicited bid" is one phrase headed by "bid".
	for i := 1; i+2 < len(s.Words); i++ {
		if w := s.lowered[i]; (w == "a" || w == "an" || w == "per") && perUnits.Has(s.lower(i+1)) && s.POS[i-1] == "NNS" &&
			strings.HasSuffix(s.Chunks[i-1], "NP") && s.Chunks[i+2] == "I-NP" && s.name[i+2] < 0 {
			s.Chunks[i] = "I-NP"
		}
	}
	// "up to" before a number opens the number's phrase: "a tender offer
	// for up to 2,500,000 common shares of X" is one phrase headed by
	// "shares", not "up to" alone.
	for i := 0; i+2 < len(s.Words); i++ {
		if s.lowered[i] == "up" && s.lower(i+1) == "to" && s.POS[i+2] == "CD" && s.Chunks[i] == "B-NP" && s.Chunks[i+1] == "I-NP" && s.Chunks[i+2] == "B-NP" {
			s.Chunks[i+2] = "I-NP"
		}
	}
	for i := range s.Words {
		switch s.POS[i] {
		case "IN":
			// A preposition the chunker opens a noun phrase with, before
			// the phrase it governs, opens a prepositional phrase: "were
			// hit by Iraq" ("by" read as a phrase of its own, then "Iraq").
			if s.Chunks[i] == "B-NP" && i+1 < len(s.Words) && s.Chunks[i+1] == "B-NP" && s.name[i] < 0 {
				s.Chunks[i] = "B-PP"
			}
		case "MD":
			// A word after a modal and a phrase of time ("will this week
			// visit Japan", "would next month sign the pact") is the
			// modal's verb, not the last noun of the time's phrase: one
			// verb group, the time inside.
			if i+3 >= len(s.Words) || !timeOpeners.Has(s.lowered[i+1]) || !timeWords.Has(s.lower(i+2)) || s.name[i+3] >= 0 {
				continue
			}
			if t := s.POS[i+3]; (t == "NN" || t == "VBP" || t == "JJ") && s.lower(i+3) != "'s" {
				s.POS[i+3], s.Chunks[i+1], s.Chunks[i+2], s.Chunks[i+3] = "VB", "I-VP", "I-VP", "I-VP"
				if i+4 < len(s.Words) && s.Chunks[i+4] == "I-NP" {
					s.Chunks[i+4] = "B-NP"
				}
			}
		case "VBZ":
			// "talks" after "the" and a name, as the object of the verb
			// before them, heads that phrase: "will resume the London
			// talks with its creditors" ("talks" read as a verb whose
			// subject is "the London").
			if i < 3 || s.lowered[i] != "talks" || s.name[i-1] < 0 || s.name[i] >= 0 {
				continue
			}
			d := i - 1
			for d > 0 && s.name[d-1] == s.name[i-1] {
				d-- // the name's first word
			}
			if d < 2 || s.POS[d-1] != "DT" || !strings.HasSuffix(s.Chunks[d-2], "VP") {
				continue
			}
			s.POS[i], s.Chunks[i] = "NNS", "I-NP"
		}
	}
	// A finite verb the chunker leaves outside any phrase opens its verb
	// group: "The EC not only ignored Manila's request" ("not only" read
	// as a conjunction phrase, "ignored" as nothing).
	for i := range s.Words {
		if t := s.POS[i]; s.Chunks[i] == "O" && (t == "VBD" || t == "VBZ" || t == "VBP") && s.name[i] < 0 {
			s.Chunks[i] = "B-VP"
		}
	}
	// A past form the tagger reads as a noun between a name and the noun
	// phrase after it, in a sentence with no finite verb, is the verb:
	// "The EC rejected Manila's request" ("rejected" tagged NN).
	finite := false
	for _, t := range s.POS {
		if t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			finite = true
			break
		}
	}
	for i := 1; i+1 < len(s.Words) && !finite; i++ {
		if w := s.lowered[i]; len(w) > 4 && strings.HasSuffix(w, "ed") && s.name[i] < 0 && (s.POS[i] == "NN" || s.POS[i] == "JJ") &&
			s.name[i-1] >= 0 && (s.name[i+1] >= 0 || s.POS[i+1] == "DT" || s.POS[i+1] == "PRP$") && s.Chunks[i] == "I-NP" {
			s.POS[i], s.Chunks[i], s.Chunks[i+1] = "VBD", "B-VP", "B-NP"
			break
		}
	}
	// So is a past form read as a participle inside the name's phrase, in
	// a clause with no finite verb, before the phrase it governs: "Canada
	// and the EC held talks" ("held" tagged VBN, "EC held talks" one
	// phrase); so is a verb in the present no noun is spelt like, read as
	// a noun there: "Japan and the United States begin talks tomorrow"
	// ("begin" tagged NN, "United States begin talks" one phrase).
	for i := 1; i+1 < len(s.Words); i++ {
		if s.name[i-1] < 0 || s.name[i] >= 0 { // (the ints first: most words follow no name)
			continue
		}
		tag := ""
		switch t := s.POS[i]; {
		case (t == "VBN" || t == "NN" || t == "JJ") && pastForm(s.lowered[i]):
			tag = "VBD"
		case (t == "NN" || t == "NNS" || t == "JJ") && presentOnlyVerbs.Has(s.lowered[i]):
			tag = "VBP"
		}
		if tag == "" || s.Chunks[i] != "I-NP" {
			continue
		}
		if t := s.POS[i+1]; s.Chunks[i+1] != "I-NP" || t != "NNS" && t != "NN" && t != "DT" && t != "JJ" && t != "PRP$" && t != "CD" {
			continue
		}
		if s.finiteAround(i) {
			continue
		}
		s.POS[i], s.Chunks[i], s.Chunks[i+1] = tag, "B-VP", "B-NP"
	}
	// "aimed at", "designed to" after a noun phrase, in a clause whose
	// finite verb came before, is a participle of that phrase, no verb
	// of its own: "talks have occurred between Britain and Japan aimed
	// at reaching a pact".
	for i := 2; i+1 < len(s.Words); i++ {
		if s.POS[i] != "VBD" || !purposeParticiples.Has(s.lowered[i]) || (s.lower(i+1) != "at" && s.lower(i+1) != "to") || !strings.HasSuffix(s.Chunks[i-1], "NP") {
			continue
		}
		np := i - 1
		for np > 0 && s.Chunks[np] != "B-NP" {
			np--
		}
		if np == 0 || s.POS[np-1] != "IN" && s.POS[np-1] != "TO" && s.lower(np-1) != "and" {
			continue // (only a phrase after a preposition: not "it intended to ask")
		}
		for j := i - 2; j >= 0; j-- {
			if t := s.POS[j]; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
				s.POS[i], s.Chunks[i] = "VBN", "B-ADJP" // (a phrase of the noun's, no verb group)
				break
			}
			if w := s.lower(j); w == "," || w == ";" || w == "and" && s.POS[j+1] != "NNP" || w == "that" || w == "which" || w == "who" || w == "if" || w == "when" || w == "because" {
				break
			}
		}
	}
	// "to" the chunker opens a verb group with, but with no verb after it,
	// is a preposition before its noun phrase: "was extradited by the
	// Bahamas to the United States".
	for i := 1; i+1 < len(s.Words); i++ {
		if s.POS[i] == "TO" && s.Chunks[i] == "B-VP" && s.Chunks[i+1] == "B-NP" && (s.POS[i+1] == "DT" || s.name[i+1] >= 0) {
			s.Chunks[i] = "B-PP"
		}
	}
	// "meanwhile" after a name is the sentence's adverb, no part of it.
	for i := 1; i < len(s.Words); i++ {
		if s.lowered[i] == "meanwhile" && s.Chunks[i] == "I-NP" {
			s.POS[i], s.Chunks[i] = "RB", "B-ADVP"
		}
	}
	// An adverb between a determiner or possessive and the rest of its
	// noun phrase is inside it: "its previously announced acquisition".
	for i := 1; i+1 < len(s.Words); i++ {
		if s.Chunks[i] == "B-ADVP" && s.POS[i] == "RB" && s.Chunks[i+1] == "I-NP" && (s.POS[i-1] == "PRP$" || s.POS[i-1] == "DT") && strings.HasSuffix(s.Chunks[i-1], "NP") {
			s.Chunks[i] = "I-NP"
		}
	}
	// "needs" or "need" right after a name and before "to" and a verb is
	// the name's verb, not a noun of its phrase: "said Japan needs to open
	// its markets".
	for i := 1; i+2 < len(s.Words); i++ {
		if w := s.lowered[i]; (w == "needs" || w == "need") && s.name[i-1] >= 0 && s.name[i] < 0 && strings.HasPrefix(s.POS[i], "NN") &&
			s.lower(i+1) == "to" && s.POS[i+2] == "VB" {
			s.POS[i] = map[string]string{"needs": "VBZ", "need": "VBP"}[w]
			s.Chunks[i], s.Chunks[i+1], s.Chunks[i+2] = "B-VP", "I-VP", "I-VP"
		}
		// "The U.S. wants Japan to eliminate its tariffs": "wants" between
		// two names, the second acting after "to", is the first's verb
		if w := s.lowered[i]; (w == "wants" || w == "want") && s.name[i-1] >= 0 && s.name[i] < 0 && s.name[i+1] >= 0 && strings.HasPrefix(s.POS[i], "NN") {
			n := i + 1
			for n < len(s.Words) && s.name[n] == s.name[i+1] {
				n++
			}
			if n+1 < len(s.Words) && s.lower(n) == "to" && s.POS[n+1] == "VB" {
				s.POS[i] = map[string]string{"wants": "VBZ", "want": "VBP"}[w]
				s.Chunks[i], s.Chunks[i+1] = "B-VP", "B-NP"
			}
		}
	}
	// A compass word right before a name describes the place: "in
	// northeast Iraq", "southern Lebanon" are one noun phrase, not an
	// adverb and a new subject.
	for i := 0; i+1 < len(s.Words); i++ {
		if compass.Has(s.lowered[i]) && s.name[i+1] >= 0 && s.Chunks[i] != "I-NP" {
			s.POS[i] = "JJ"
			s.Chunks[i] = "B-NP"
			if i > 0 && s.tag(i-1) == "DT" && strings.HasSuffix(s.Chunks[i-1], "NP") {
				s.Chunks[i] = "I-NP" // "the northern Iraq"
			}
			s.Chunks[i+1] = "I-NP"
		}
	}
	// A price a share inside a noun phrase is one phrase with it: "a 100
	// dlr per share tender offer", "a 44 dlr a share bid" are an offer.
	for i := 2; i+2 < len(s.Words); i++ {
		if w := s.lowered[i]; (w == "a" || w == "per") && priceUnits.Has(s.lower(i-1)) && strings.HasSuffix(s.Chunks[i-1], "NP") &&
			(s.lower(i+1) == "share" || s.lower(i+1) == "shr") && s.Chunks[i+2] == "I-NP" && strings.HasPrefix(s.tag(i+2), "NN") {
			s.Chunks[i], s.Chunks[i+1] = "I-NP", "I-NP"
		}
	}
	// A day word that ends a longer noun phrase says when, not what: "reached
	// an agreement yesterday with X" has the object "an agreement" and a
	// phrase of time ("today's talks" keeps its possessive).
	for i := 1; i < len(s.Words); i++ {
		if dayWords.Has(s.lowered[i]) && s.Chunks[i] == "I-NP" &&
			s.name[i] < 0 && (i+1 >= len(s.Words) || s.Chunks[i+1] != "I-NP") {
			s.Chunks[i] = "B-NP"
		}
	}
	// Two verbs of one phrase with no auxiliary or "to" joining them are
	// two verb groups: "the duties the ministry [imposed] [hurt] exporters".
	for i := 1; i < len(s.Words); i++ {
		if s.Chunks[i] != "I-VP" || !strings.HasSuffix(s.Chunks[i-1], "VP") {
			continue
		}
		t, pt, pw := s.POS[i], s.tag(i-1), s.lower(i-1)
		if (t == "VBD" || t == "VBZ" || t == "VBP" || t == "VBN") && (pt == "VBD" || pt == "VBN" && !beForms.Has(pw)) &&
			!beForms.Has(pw) && !haveForms.Has(pw) && !getForms.Has(pw) && pw != "did" {
			s.Chunks[i] = "B-VP"
		}
	}
	for i := 1; i+1 < len(s.Words); i++ {
		if !catenatives.Has(s.lowered[i]) || s.lower(i+1) != "to" || !strings.HasSuffix(s.Chunks[i], "NP") {
			continue
		}
		// after a noun, or after "and" when the word can be no noun:
		// "is hurting farms and threatens to reduce the crop" (not "its
		// plans and hopes to expand")
		afterNoun := strings.HasSuffix(s.Chunks[i-1], "NP") && strings.HasPrefix(s.tag(i-1), "NN")
		afterAnd := i >= 2 && s.lower(i-1) == "and" && strings.HasSuffix(s.Chunks[i-2], "NP") && onlyVerbs.Has(s.lowered[i])
		if isVerbTag(s.POS[i]) || !afterNoun && !afterAnd {
			continue
		}
		if s.tag(i+2) != "VB" {
			continue
		}
		s.POS[i] = "VBZ"
		if strings.HasSuffix(s.lowered[i], "ed") {
			s.POS[i] = "VBD"
		} else if !strings.HasSuffix(s.lowered[i], "s") {
			s.POS[i] = "VBP"
		}
		s.Chunks[i] = "B-VP"
		for j := i + 1; j < len(s.Chunks) && (strings.HasSuffix(s.Chunks[j], "VP")); j++ {
			s.Chunks[j] = "I-VP"
		}
	}
	// A verb of the present after a singular noun of a noun phrase opened by
	// an article or a possessive is its last noun: "made a tender offer to
	// acquire X", "its takeover bid for Y" (a singular subject would take
	// the verb's -s form).
	for i := 2; i < len(s.Words); i++ {
		if s.POS[i] != "VBP" || s.tag(i-1) != "NN" || s.name[i] >= 0 || !strings.HasSuffix(s.Chunks[i-1], "NP") {
			continue
		}
		b := i - 1
		for b > 0 && s.Chunks[b] == "I-NP" && s.tag(b-1) != "CC" && s.Words[b-1] != "," {
			b--
		}
		if s.Chunks[b] != "B-NP" || b == i-1 || !singularOpeners.Has(s.lower(b)) && s.tag(b) != "PRP$" {
			continue
		}
		s.POS[i], s.Chunks[i] = "NN", "I-NP"
		if i+1 < len(s.Words) && s.Chunks[i+1] == "I-VP" {
			s.Chunks[i+1] = "B-VP"
		}
	}
	// A dash is never inside a noun phrase: "the six - Britain, Canada …
	// -" is a phrase and a list set off after it.
	for i := range s.Words {
		if w := s.Words[i]; (w == "-" || w == "--" || w == "—") && strings.HasSuffix(s.Chunks[i], "NP") {
			s.Chunks[i] = "O"
			if i+1 < len(s.Words) && s.Chunks[i+1] == "I-NP" {
				s.Chunks[i+1] = "B-NP"
			}
		}
	}
	// "are meeting today", "is holding talks": an -ing word after a form of
	// "be" in a verb group is the progressive, not a noun ("the meeting"),
	// unless "of" follows it or it names a trade ("is marketing").
	for i := 1; i+1 < len(s.Words); i++ {
		w := s.lowered[i]
		if !strings.HasSuffix(w, "ing") || !strings.HasPrefix(s.POS[i], "NN") || s.name[i] >= 0 {
			continue
		}
		if !beForms.Has(s.lower(i-1)) || !strings.HasSuffix(s.Chunks[i-1], "VP") || s.lower(i+1) == "of" || nominalIngs.Has(w) {
			continue
		}
		s.POS[i], s.Chunks[i] = "VBG", "I-VP"
		if s.Chunks[i+1] == "I-NP" {
			s.Chunks[i+1] = "B-NP"
		}
	}
	// "signed licensing agreements", "a marketing accord": an -ing word
	// just before a noun of agreement modifies it; the verb group ends
	// before it and the noun phrase starts there.
	for i := 1; i+1 < len(s.Words); i++ {
		if !strings.HasSuffix(s.lowered[i], "ing") || s.POS[i] != "VBG" || s.name[i] >= 0 {
			continue
		}
		business := businessHeads.Has(s.lower(i+1)) && s.businessModifier(i-1)
		if !dealHeads.Has(s.lower(i+1)) && !business {
			continue
		}
		if beForms.Has(s.lower(i - 1)) {
			continue // "is marketing agreements": the progressive
		}
		if business && s.tag(i-1) == "IN" && !prepositions.Has(s.lower(i-1)) {
			// "its European corn wet milling business": a word of the
			// trade the tagger read as a preposition is its adjective
			s.POS[i-1], s.Chunks[i-1] = "JJ", "I-NP"
		}
		s.POS[i] = "NN"
		if strings.HasSuffix(s.Chunks[i-1], "NP") {
			s.Chunks[i] = "I-NP" // "an original equipment manufacturing agreement": one phrase
		} else {
			s.Chunks[i] = "B-NP" // out of the verb group: "signed licensing agreements"
		}
		s.Chunks[i+1] = "I-NP"
	}
	// A chain of infinitives is a chain of verb groups, each governing the
	// next: "[agreed to cooperate] [to hold]", so the first verb keeps its
	// clause and its subject.
	firstTo := -1
	for i := 0; i < len(s.Words); i++ {
		if !strings.HasSuffix(s.Chunks[i], "VP") || s.Chunks[i] == "B-VP" {
			firstTo = -1
		}
		if s.lowered[i] != "to" || !strings.HasSuffix(s.Chunks[i], "VP") {
			continue
		}
		if firstTo >= 0 && s.Chunks[i] == "I-VP" && i+1 < len(s.Words) && s.tag(i+1) == "VB" && isVerbTag(s.tag(i-1)) {
			s.Chunks[i] = "B-VP"
		}
		firstTo = i
	}
}
