package relate

import (
	"actorgraph/ingest/wordset"
	"slices"
	"sort"
	"strings"
	"time"

	"actorgraph/graph"
	"actorgraph/ingest/segment"
	"actorgraph/ingest/syntax"
	"actorgraph/ingest/timex"
)

// doc is one article prepared for the rules: its sentences with the entity
// mentions and temporal expressions aligned to their tokens.
type doc struct {
	articleID string // the article's graph ID, which the quotes' IDs are minted from
	body      string
	ref       time.Time // publication date; zero when unknown
	ents      []graph.Entity
	sents     []*sent
	byName    map[string]int // folded name, alias or mention text → entity index
	// actorCode codes an entity as an event's actor, as of the article's
	// date, with the sector the text gives ("" for none); nil leaves codes
	// out.
	actorCode func(e graph.Entity, sector string) string
	// successor is the present-day state a former state's map passed to
	// ("DEU" for West Germany's "BRD"); nil knows none.
	successor func(code string) string
	topicIdx  int // the encyclopaedic topic (d.topic) + 1; -1 none, 0 not yet known
	// topicPronoun is the pronoun the encyclopaedic topic goes by, "he" or
	// "she" ("" unknown)
	topicPronoun string
	// bids are the bids and offers read so far with both their sides, in
	// the order read: a later mention of one that names one side only
	// ("in response to an unsolicited offer from X") is that bid
	bids []*eventMention
	// kinds are the kind nouns appositions give bodies ("X, a federal
	// agency,": "agency"), by entity index; read on first use (calledKind)
	kinds map[int][]string
	said  []saidSubject // the names right before a speech verb, read once (saidSubjects)
}

// sent is a sentence with its tokens lower-cased, its mentions and dates.
type sent struct {
	segment.Sentence
	idx      int
	lw       []string // lower-cased token texts
	mentions []mention
	at       []int // token → index into mentions, or -1
	dates    []date
	consumed map[int]bool     // mentions used as a title's country: not event participants
	syn      *syntax.Sentence // the parse, read on first use (parsed)
	codable  int8             // whether it may hold a coded event: 0 not yet known, 1 yes, -1 no
	caps     int8             // whether it is written in capitals (a headline): 0 not yet known, 1 yes, -1 no
	silent   map[int]bool     // verbs the clause reader found to be no event: no trigger makes one of them
	// paired are the other parties a hyphenated word names beside its
	// mention's ("U.S.-Japanese": Japan beside the United States), by the
	// word's token; nil for none
	paired map[int][]int
}

// consume marks mention m used as a title's country. The map is made for
// the few sentences that have one, not for every sentence.
func (s *sent) consume(m int) {
	if s.consumed == nil {
		s.consumed = map[int]bool{}
	}
	s.consumed[m] = true
}

// mention is an entity mention aligned to tokens [first, last).
type mention struct {
	ent         int
	m           graph.Mention
	first, last int
}

// date is a temporal expression aligned to tokens [first, last).
type date struct {
	timex.Match
	first, last int
}

func newDoc(body, published string, sents []segment.Sentence, ents []graph.Entity) *doc {
	d := &doc{body: body, ents: append([]graph.Entity(nil), ents...), byName: map[string]int{}, sents: make([]*sent, 0, len(sents))}
	if t, err := time.Parse("2006-01-02", published); err == nil {
		d.ref = t
	}
	name := func(i int, n string) {
		if k := graph.Fold(n); k != "" {
			if _, taken := d.byName[k]; !taken {
				d.byName[k] = i
			}
		}
	}
	for i, e := range ents {
		// the name, the aliases, the mentions' texts, in this order
		name(i, e.Name)
		for _, a := range e.Aliases {
			name(i, a)
		}
		for _, m := range e.Mentions {
			name(i, m.Text)
		}
	}
	type located struct {
		ent int
		m   graph.Mention
	}
	n := 0
	for _, e := range ents {
		n += len(e.Mentions)
	}
	all := make([]located, 0, n)
	for i, e := range ents {
		for _, m := range e.Mentions {
			if m.Start >= 0 && m.End <= len(body) && m.Start < m.End {
				all = append(all, located{i, m})
			}
		}
	}
	// the longest of the mentions that start together wins the tokens:
	// "Spanish Socialist Workers' Party", not the demonym inside it
	sort.SliceStable(all, func(a, b int) bool {
		if all[a].m.Start != all[b].m.Start {
			return all[a].m.Start < all[b].m.Start
		}
		return all[a].m.End > all[b].m.End
	})
	for si, s := range sents {
		if s.Start < 0 || s.End > len(body) || s.Start > s.End {
			continue
		}
		st := &sent{Sentence: s, idx: si, lw: lowerTokens(s.Tokens), at: make([]int, len(s.Tokens))}
		for k := range s.Tokens {
			st.at[k] = -1
		}
		for _, l := range all {
			if l.m.End <= s.Start || l.m.Start >= s.End {
				continue
			}
			first, last := -1, -1
			for k, t := range s.Tokens {
				if t.End > l.m.Start && t.Start < l.m.End {
					if first < 0 {
						first = k
					}
					last = k + 1
				}
			}
			if first < 0 {
				continue
			}
			if inDescription(st, first, last) && !descriptiveText(l.m.Text) {
				// "Helmut Kohl, the West German chancellor,": the state's
				// name inside a description of a person takes its words,
				// the description keeps the rest ("the", "chancellor")
				for k := first; k < last; k++ {
					st.at[k] = -1
				}
			}
			if overlapsTaken(st, first, last) {
				// a second party inside one hyphenated word: "the
				// U.S.-Japanese agreement", "the Iran-Iraq war"
				if o := st.mentionAt(first); o != nil && o.ent != l.ent && strings.ContainsAny(s.Tokens[first].Text, "-‑–") && !slices.Contains(st.paired[first], l.ent) {
					if st.paired == nil {
						st.paired = map[int][]int{}
					}
					st.paired[first] = append(st.paired[first], l.ent)
				}
				continue
			}
			for k := first; k < last; k++ {
				st.at[k] = len(st.mentions)
			}
			if nameModifier(body[l.m.End:]) || (l.m.Text == "D" || l.m.Text == "R") && l.m.Start >= 2 && body[l.m.Start-2:l.m.Start] == ", " ||
				l.m.Start >= 4 && strings.EqualFold(body[l.m.Start-4:l.m.Start], "non-") {
				// (a legislator's party tag set off by commas, "Jim Wright,
				// D-Tex,", notes the name before it: no party of an event;
				// "non-OPEC producers" are all but OPEC)
				st.consume(len(st.mentions))
			}
			ent := l.ent
			if c := d.administrationOf(l.ent, body[l.m.End:]); c >= 0 {
				ent = c
			}
			st.mentions = append(st.mentions, mention{ent: ent, m: l.m, first: first, last: last})
		}
		for _, m := range findDates(body, s, st.lw, d.ref) {
			if d.ref.IsZero() && !absolute(m) {
				continue
			}
			{
				m.Start += s.Start
				m.End += s.Start
				first, last := tokenRange(s, m.Start, m.End)
				if first < 0 {
					continue
				}
				st.dates = append(st.dates, date{Match: m, first: first, last: last})
			}
		}
		d.sents = append(d.sents, st)
	}
	return d
}

// administrationOf is the country a leader's administration stands for
// as a party or speaker ("the Reagan administration said", "Reagan
// Administration officials", GUIDE.md): the index of the entity of the
// leader's country when the article names it, -1 otherwise or when the
// name is not followed by "administration". An organisation the tagger
// read whole ("Reagan Administration") stands for it too when the
// article names a person of that surname.
func (d *doc) administrationOf(ent int, after string) int {
	e := d.ents[ent]
	country := ""
	switch {
	case e.Type == graph.Person && len(after) > 15 && strings.EqualFold(after[:15], " administration"):
		country = e.Country
	case e.Type == graph.Organization && strings.HasSuffix(e.Name, " Administration") && !strings.Contains(strings.TrimSuffix(e.Name, " Administration"), " "):
		surname := " " + strings.TrimSuffix(e.Name, " Administration")
		for _, p := range d.ents {
			if p.Type == graph.Person && strings.HasSuffix(p.Name, surname) && p.Country != "" {
				country = p.Country
				break
			}
		}
	}
	if country == "" {
		return -1
	}
	for i, c := range d.ents {
		if c.Type == graph.Country && c.Country == country {
			return i
		}
	}
	return -1
}

// lowerTokens gives strings.ToLower of each token's text. The ASCII words
// with capitals, a third of a story's, are lowered into one string for the
// sentence and sliced from it, instead of into a new string each; a word
// without capitals is its own lower case, and one not ASCII goes through
// strings.ToLower. A token's text is never empty, so "" in lw marks a word
// left to lower until the sentence's string is made.
func lowerTokens(toks []segment.Token) []string {
	lw := make([]string, len(toks))
	n := 0
	for k, t := range toks {
		switch asciiCase(t.Text) {
		case caseLower:
			lw[k] = t.Text
		case caseUpper:
			n += len(t.Text)
		default:
			lw[k] = strings.ToLower(t.Text)
		}
	}
	if n == 0 {
		return lw
	}
	var b strings.Builder
	b.Grow(n)
	for k, t := range toks {
		if lw[k] != "" {
			continue
		}
		for i := 0; i < len(t.Text); i++ {
			c := t.Text[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		}
	}
	lowered := b.String()
	for k, t := range toks {
		if lw[k] == "" {
			lw[k], lowered = lowered[:len(t.Text)], lowered[len(t.Text):]
		}
	}
	return lw
}

// The cases asciiCase tells apart.
const (
	caseLower = iota // ASCII without capitals
	caseUpper        // ASCII with a capital
	caseOther        // not ASCII
)

func asciiCase(w string) int {
	c := caseLower
	for i := 0; i < len(w); i++ {
		switch b := w[i]; {
		case b >= 0x80:
			return caseOther
		case 'A' <= b && b <= 'Z':
			c = caseUpper
		}
	}
	return c
}

// modifierSuffixes after a name make it a modifier of what follows, no
// party to an event: "the Chinese-made missile", "a Paris-based firm",
// "the Uruguay round of trade talks".
var modifierSuffixes = []string{"-made", "-built", "-designed", "-manufactured", "-produced", "-based", " round"}

// nameModifier reports the text right after a mention starting with one
// of the modifierSuffixes.
func nameModifier(after string) bool {
	after = after[:min(len(after), 16)]
	for _, x := range modifierSuffixes {
		if len(after) >= len(x) && strings.EqualFold(after[:len(x)], x) {
			return true
		}
	}
	return false
}

// findDates finds the temporal expressions of sentence s, whose tokens'
// lower-case texts are lower, with offsets into the sentence. Set apart by
// white space, the sentence tokenises alone as it did in the article, and
// its tokens are read as they are instead of tokenising it again.
func findDates(body string, s segment.Sentence, lower []string, ref time.Time) []timex.Match {
	space := func(i int) bool {
		return i < 0 || i >= len(body) || body[i] == ' ' || body[i] == '\n' || body[i] == '\t' || body[i] == '\r' || body[i] == '\f' || body[i] == '\v'
	}
	if !space(s.Start-1) || !space(s.End) {
		return timex.Find(body[s.Start:s.End], ref)
	}
	return timex.FindTokens(body[s.Start:s.End], s.Start, s.Tokens, lower, ref)
}

// absolute reports whether a temporal expression names its year, so that it
// needs no publication date to resolve.
func absolute(m timex.Match) bool {
	digits := 0
	for _, r := range m.Text {
		if r >= '0' && r <= '9' {
			digits++
			if digits == 4 {
				return true
			}
		} else {
			digits = 0
		}
	}
	return false
}

// descriptiveText reports a mention's text that describes its entity rather
// than names it: "the West German chancellor".
func descriptiveText(text string) bool {
	return strings.HasPrefix(text, "the ") || strings.HasPrefix(text, "a ") || strings.HasPrefix(text, "an ")
}

// inDescription reports tokens [first, last) all taken by one mention that
// is a description, none by a name.
func inDescription(s *sent, first, last int) bool {
	at := -1
	for k := first; k < last; k++ {
		if s.at[k] < 0 || at >= 0 && s.at[k] != at {
			return false
		}
		at = s.at[k]
	}
	return at >= 0 && descriptiveText(s.mentions[at].m.Text)
}

func overlapsTaken(s *sent, first, last int) bool {
	for k := first; k < last; k++ {
		if s.at[k] >= 0 {
			return true
		}
	}
	return false
}

// tokenRange is the tokens [first, last) of s that overlap [start, end).
func tokenRange(s segment.Sentence, start, end int) (first, last int) {
	first, last = -1, -1
	for k, t := range s.Tokens {
		if t.End > start && t.Start < end {
			if first < 0 {
				first = k
			}
			last = k + 1
		}
	}
	return first, last
}

// evidence is the sentence as the evidence of a fact.
func (d *doc) evidence(s *sent) graph.Evidence {
	return graph.Evidence{Start: s.Start, End: s.End, Text: d.body[s.Start:s.End]}
}

func (d *doc) entity(i int) *graph.Entity { return &d.ents[i] }

// mentionAt is the mention covering token k, or nil.
func (s *sent) mentionAt(k int) *mention {
	if k < 0 || k >= len(s.at) || s.at[k] < 0 {
		return nil
	}
	return &s.mentions[s.at[k]]
}

// w is the lower-cased token k, or "" outside the sentence.
func (s *sent) w(k int) string {
	if k < 0 || k >= len(s.lw) {
		return ""
	}
	return s.lw[k]
}

// raw is token k as written, or "".
func (s *sent) raw(k int) string {
	if k < 0 || k >= len(s.Tokens) {
		return ""
	}
	return s.Tokens[k].Text
}

// possessive reports whether token k is a possessive 's.
func (s *sent) possessive(k int) bool {
	switch s.w(k) {
	case "'s", "’s", "'", "’":
		return true
	}
	return false
}

// clauseBreaks are the tokens that end the stretch of a sentence a trigger
// looks in for its participants.
var clauseBreaks = wordset.Of(map[string]bool{
	",": true, ";": true, ":": true, "—": true, "–": true, "--": true, "(": true, ")": true,
	"“": true, "”": true, "\"": true, "but": true, "while": true, "because": true,
	"although": true, "whereas": true, "if": true, "which": true, "who": true, "since": true,
	"despite": true, "amid": true, "unless": true, "though": true,
})

func (s *sent) breaks(k int) bool { return clauseBreaks.Has(s.w(k)) }
