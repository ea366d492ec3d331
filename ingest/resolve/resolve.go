// Package resolve turns an article's named-entity mentions into canonical
// entities: it strips titles, links names, acronyms, demonyms and capitals
// to the gazetteer, splits compounds such as "U.S.-backed", drops site
// furniture, decides each entity's type from the strongest evidence, and
// groups name variants ("Kim Jong-un", "Mr. Kim", "the North Korean leader")
// on one entity whose ID is the same in every article.
//
// Type evidence, strongest first: an unambiguous gazetteer entry; a person
// title or honorific before the name; an organisation head noun in the name
// ("Institute", "Times", "Shimbun") or an organisation noun before it ("the
// newspaper X"); the labels the tagger gave the name across the article.
//
// A capital names its country's government when it acts ("Moscow has sent",
// "Washington's demands", "pressure on Pyongyang", "talks between Seoul and
// Tokyo") and stays a city when it is a place ("a summit in Vladivostok",
// "visited Moscow"), which is also the default.
package resolve

import (
	"cmp"
	"context"
	"log/slog"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"actorgraph/graph"
	"actorgraph/ingest/gazetteer"
	"actorgraph/ingest/segment"
	"actorgraph/ingest/timex"
	"actorgraph/ingest/wordset"
)

// Resolver resolves mentions against a gazetteer. It is safe for concurrent
// use.
type Resolver struct {
	g     *gazetteer.Gazetteer
	forms wordset.Set // exact surface forms of every gazetteer name, alias and demonym
	// countryTails are the last words of countries' names of several
	// words, with the countries so named: "Korea" → North and South Korea
	countryTails map[string][]gazetteer.Entry
	// commaNames are the names our knowledge holds with a comma inside
	// ("Merrill Lynch, Pierce, Fenner and Smith"), which the tagger cuts
	// into pieces at the commas, by the words before their first comma
	commaNames map[string][]string
	publishers *sync.Map // name → id of the gazetteer organisations Publisher found (shared by copies)
	log        *slog.Logger
}

// New returns a resolver over g that logs nothing.
func New(g *gazetteer.Gazetteer) *Resolver {
	r := &Resolver{g: g, countryTails: map[string][]gazetteer.Entry{}, commaNames: map[string][]string{}, publishers: &sync.Map{}, log: slog.New(slog.DiscardHandler)}
	forms := map[string]bool{}
	for _, e := range g.Entries() {
		for _, n := range append(append([]string{e.Name}, e.Aliases...), e.Demonyms...) {
			forms[plain(n)] = true
			if head, _, ok := strings.Cut(plain(n), ","); ok && e.Type == graph.Organization {
				r.commaNames[head] = append(r.commaNames[head], plain(n))
			}
		}
		if e.Type != graph.Country {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			ws := strings.Fields(n)
			if last := ws[len(ws)-1]; len(ws) > 1 && len(last) >= 4 && !slices.ContainsFunc(r.countryTails[last], func(x gazetteer.Entry) bool { return x.Country == e.Country }) {
				r.countryTails[last] = append(r.countryTails[last], e)
			}
		}
	}
	r.forms = wordset.Of(forms)
	return r
}

// debugging reports whether r logs at debug level: only then are the
// per-mention records, hundreds an article, worth building.
func (r *Resolver) debugging() bool { return r.log.Enabled(context.Background(), slog.LevelDebug) }

// WithLogger makes r log, at debug level, the reason for every type
// decision and every dropped mention.
func (r *Resolver) WithLogger(l *slog.Logger) *Resolver {
	c := *r
	c.log = l
	return &c
}

// Resolve returns the article's entities, each with all its mentions, in
// the order of their first mention. body is the article text, published its
// ISO date (or ""), sents its sentences and spans the tagger's mentions
// (labels PER, LOC, ORG, MISC); offsets are bytes into body.
func (r *Resolver) Resolve(body string, published string, sents []segment.Sentence, spans []segment.Span) []graph.Entity {
	ents, _, _ := r.resolve(body, published, sents, spans)
	return ents
}

// ResolveNames is Resolve that also returns the tagged names that are no
// actor or place — events, laws, products, peoples, a country's name in a
// currency — with the tagger's label, ordered by offset.
func (r *Resolver) ResolveNames(body string, published string, sents []segment.Sentence, spans []segment.Span) ([]graph.Entity, []graph.Mention) {
	ents, names, _ := r.resolve(body, published, sents, spans)
	return ents, names
}

// decision records why an entity got its type, for the debug log and tests.
type decision struct {
	Name   string
	Type   graph.EntityType
	Reason string
}

// cand is one mention being resolved.
type cand struct {
	start, end int
	origStart  int    // where the tagged span began, before titles were cut
	label      string // CoNLL label of the resolved mention
	ner        string // label the tagger gave
	name       string // the name without titles, "the", possessive
	entry      *gazetteer.Entry
	typ        graph.EntityType
	reason     string
	titled     bool             // a title or honorific stood before the name
	role       string           // canonical title before the name ("President")
	roleOf     string           // ISO3 of the demonym or country before the title
	desc       bool             // a definite description ("the Russian president")
	orgOf      string           // ISO3 of the country whose institution a generic name is
	sentInit   bool             // the name is the first word of its sentence
	otherName  bool             // a name, but of no actor or place: kept in Names when dropped
	world      bool             // entry is one of the world's places (gazetteer.Places), not the seeds
	city       *gazetteer.Entry // the capital a name read as its country's government names
	dropped    bool             // inside a company's short name found later ("Saudi French")
}

// doc is the article as the resolver reads it.
type doc struct {
	body      string
	published string
	toks      []tok
	midCaps   wordset.Index   // capitalised words seen away from a sentence start
	lower     wordset.Index   // words seen in lower case
	nameWords map[string]bool // words of the multi-word names tagged in the article
	names     []graph.Mention // names of no actor or place (Names of the extraction)
	headline  []bool          // sentences in title case ("U.S. Imposes New Tariffs On Japan"), by number
	capitals  []bool          // sentences in capitals ("U.S. TO IMPOSE TARIFFS ON JAPAN"), by number
	ids       map[graph.EntityKey]string
	spanWords spanWords // the words of the span last read (words)
}

// spanWords are the words of body[start:end].
type spanWords struct {
	start, end int
	ws         []word
}

// words is wordsOf(d.body, start, end), kept for the span last asked: the
// readers of a mention ask for its words one after the other, eight in a
// row for most. The words are shared, and no reader changes them.
func (d *doc) words(start, end int) []word {
	if w := &d.spanWords; w.start != start || w.end != end {
		*w = spanWords{start, end, wordsOf(d.body, start, end)}
	}
	return d.spanWords.ws
}

// entityID is graph.EntityID(k), minted once an article: a name or entry
// met again, in clustering or when the entities are made, keeps the ID it
// was given. EntityID hashes the key (SHA-1), which was most of the cost
// of clustering a mention.
func (d *doc) entityID(k graph.EntityKey) string {
	id, ok := d.ids[k]
	if !ok {
		if d.ids == nil {
			d.ids = map[graph.EntityKey]string{}
		}
		id = graph.EntityID(k)
		d.ids[k] = id
	}
	return id
}

type tok struct {
	segment.Token
	sent  int
	first bool // first word of its sentence (after opening punctuation)
}

func newDoc(body, published string, sents []segment.Sentence) *doc {
	n := 0
	for _, s := range sents {
		n += len(s.Tokens)
	}
	// each set is sized for every token: neither grows
	d := &doc{body: body, published: published, headline: make([]bool, len(sents)), capitals: make([]bool, len(sents))}
	d.midCaps.Reset(n)
	d.lower.Reset(n)
	d.toks = make([]tok, 0, n)
	for si, s := range sents {
		d.capitals[si] = inCapitals(s.Tokens)
		if titleCase(s.Tokens) {
			d.headline[si] = true
			for _, t := range s.Tokens {
				if t.Start >= 0 && t.End <= len(body) && t.Start < t.End {
					d.toks = append(d.toks, tok{Token: t, sent: si})
				}
			}
			continue // its capitals say nothing of which words are names
		}
		first := true
		for _, t := range s.Tokens {
			if t.Start < 0 || t.End > len(body) || t.Start >= t.End {
				continue
			}
			isWord := startsWord(t.Text)
			d.toks = append(d.toks, tok{Token: t, sent: si, first: first && isWord})
			if isWord {
				if !first && segment.IsCapitalised(t.Text) {
					d.midCaps.Add(t.Text)
				}
				if r, _ := utf8.DecodeRuneInString(t.Text); unicode.IsLower(r) {
					d.lower.Add(t.Text)
				}
				first = false
			}
		}
	}
	// sentences come in the order of the text, and so, nearly always,
	// do their tokens: then there is nothing to sort
	if !slices.IsSortedFunc(d.toks, func(a, b tok) int { return cmp.Compare(a.Start, b.Start) }) {
		sort.SliceStable(d.toks, func(i, j int) bool { return d.toks[i].Start < d.toks[j].Start })
	}
	return d
}

// inCapitals reports a sentence written in capitals: three words or more
// with letters, none in lower case.
func inCapitals(toks []segment.Token) bool {
	n := 0
	for _, t := range toks {
		if !isUpper(t.Text) {
			return false
		}
		if !isLower(t.Text) {
			n++
		}
	}
	return n >= 3
}

// headlineFunctionWords are the small words title case capitalises and
// running text does not.
var headlineFunctionWords = set("On", "In", "Of", "To", "For", "With", "It", "Is", "Will", "At", "By", "As", "And",
	"Over", "From", "Into", "Its", "Be", "Are", "Has", "Not", "After", "Up")

// titleCase reports a headline in title case: four words or more, nearly
// all capitalised, a small word among them capitalised too, and not all in
// capitals (which the tagger reads as it was trained to).
func titleCase(toks []segment.Token) bool {
	words, caps, small, upper := 0, 0, 0, 0
	for i, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			caps++
			if i > 0 && headlineFunctionWords.Has(t.Text) {
				small++
			}
		}
		if isUpper(t.Text) {
			upper++
		}
	}
	return words >= 4 && caps*10 >= words*8 && small > 0 && upper < words
}

// inHeadline reports whether offset lies in a title-case sentence.
func (d *doc) inHeadline(offset int) bool {
	i := d.tokAt(offset)
	return i < len(d.toks) && d.headline[d.toks[i].sent]
}

// tokAt is the index of the first token starting at or after offset.
func (d *doc) tokAt(offset int) int {
	return sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= offset })
}

// prevWords returns up to n tokens before offset in the same sentence,
// nearest last.
func (d *doc) prevWords(offset, n int) []tok {
	i := d.tokAt(offset)
	if i >= len(d.toks) && len(d.toks) > 0 {
		i = len(d.toks)
	}
	var sent = -1
	if i < len(d.toks) {
		sent = d.toks[i].sent
	} else if i > 0 {
		sent = d.toks[i-1].sent
	}
	// the tokens taken lie side by side in d.toks: returned as they lie
	// there, not copied (callers only read them)
	from, to := -1, -1
	for j := i - 1; j >= 0 && to-from < n; j-- {
		if d.toks[j].End > offset {
			continue
		}
		if sent >= 0 && d.toks[j].sent != sent {
			break
		}
		if to < 0 {
			to = j + 1
		}
		from = j
	}
	if to < 0 {
		return nil
	}
	return d.toks[from:to:to]
}

// nextWords returns up to n tokens after offset in the same sentence.
func (d *doc) nextWords(offset, n int) []tok {
	i := d.tokAt(offset)
	// as prevWords, the tokens as they lie in d.toks
	from, to := -1, -1
	for j := i; j < len(d.toks) && to-from < n; j++ {
		if from >= 0 && d.toks[j].sent != d.toks[from].sent {
			break
		}
		if j > 0 && j == i && d.toks[j-1].End > offset && d.toks[j-1].Start < offset {
			continue
		}
		if from < 0 {
			from = j
		}
		to = j + 1
	}
	if from < 0 {
		return nil
	}
	return d.toks[from:to:to]
}

// firstSentenceEnd is where the article's first sentence ends.
func (d *doc) firstSentenceEnd() int {
	for i, t := range d.toks {
		if t.sent != d.toks[0].sent {
			return d.toks[i-1].End
		}
	}
	return len(d.body)
}

// sentenceInitial reports whether offset starts the first word of a sentence.
func (d *doc) sentenceInitial(offset int) bool {
	i := d.tokAt(offset)
	return i < len(d.toks) && d.toks[i].Start == offset && d.toks[i].first
}

func (r *Resolver) resolve(body, published string, sents []segment.Sentence, spans []segment.Span) ([]graph.Entity, []graph.Mention, []decision) {
	if len(sents) == 0 && body != "" {
		sents = segment.Sentences(body)
	}
	// the gazetteer as of the publication date: "Moscow" is the Soviet
	// Union's capital in 1987
	dated := *r
	dated.g = r.g.On(published)
	r = &dated
	d := newDoc(body, published, sents)
	spans = cutTickers(body, r.possessiveFirms(body, joinedShortForms(body, r.mergeSpans(body, r.joinKnownRuns(body, r.extendToForm(body, extendCorporate(body, r.forms.Has, extendParticles(body, extendGivenNames(body, bracketNames(body, officeHolders(body, partnersJoined(body, splitJoinedNames(body, r.listedPlaces(body, r.splitCountryNoun(body, partyTags(body, r.splitPartyWords(body, untaggedCompanies(body, qualifiedCompanies(body, splitAtFrom(body, r.stanceSpans(body, cleanSpans(body, spans))))))))))))))))))))))
	spans = r.cutCityTails(body, dropNamedThings(body, cutAtSentences(body, sents, chamberOpenings(body, sents, spans))))
	d.nameWords = map[string]bool{}
	var buf []string
	for _, s := range spans {
		buf = appendFields(buf[:0], body[s.Start:s.End])
		if ws := buf; len(ws) > 1 {
			for _, w := range ws {
				d.nameWords[w] = true
			}
		}
	}

	var cands []*cand
	for i, s := range spans {
		if i+1 < len(spans) && initialsJoined(body, spans[i+1].Start) <= s.Start && s.End <= spans[i+1].Start {
			continue // the "J" of "J and J Snack Foods Corp": the next name's first letter
		}
		cands = append(cands, r.interpret(d, s)...)
	}
	cands = append(cands, r.scan(d, spans, cands)...)
	cands = append(cands, r.partyLetters(d, cands)...)
	cands = append(cands, r.scanShortNames(d, spans, cands)...)
	cands = slices.DeleteFunc(cands, func(c *cand) bool { return c.dropped })
	cands = r.typeByName(d, cands)
	r.capitalsOfUnnamedCountries(cands)
	placesAndFirmsTaggedPersons(d, cands)
	unitsAndLakes(d, cands)
	firmsBeforeJobs(d, cands)
	firmsAfterKindNouns(d, cands)
	firmsOfPeople(d, cands)
	townsBeforeStates(d, cands)
	r.statesAfterTowns(d, cands)
	r.institutionsOfOtherStates(d, cands)
	r.americanChambers(cands)
	cands = append(cands, r.secretaryDepartments(d, cands)...)
	cls := administrations(d, unplacedTowns(d, r.cluster(d, cands)))
	cls = r.describe(d, cls)
	ents, why := r.entities(d, cls)
	sort.SliceStable(d.names, func(i, j int) bool { return d.names[i].Start < d.names[j].Start })
	return ents, nonNil(d.names), why
}

func nonNil(ms []graph.Mention) []graph.Mention {
	if ms == nil {
		return []graph.Mention{}
	}
	return ms
}

// cleanSpans keeps the spans that lie inside body on rune boundaries, in
// order, dropping any that overlap an earlier one.
func cleanSpans(body string, spans []segment.Span) []segment.Span {
	var out []segment.Span
	for i := 0; i+1 < len(spans); i++ {
		if s, n := spans[i], spans[i+1]; s.Start >= 0 && s.End <= len(body) && (body[s.Start:s.End] == "St." || body[s.Start:s.End] == "St") && n.Start == s.End+1 && n.End <= len(body) && body[s.End] == ' ' {
			// "St. Joe Gold", "St. Joe Minerals Corp" tagged as "St." and a
			// name after it: one name, "St." opening it
			spans = slices.Concat(spans[:i], []segment.Span{{Start: s.Start, End: n.End, Label: s.Label}}, spans[i+2:])
		}
	}
	for _, s := range spans {
		if s.Start < 0 || s.End > len(body) || s.Start >= s.End ||
			!utf8.RuneStart(body[s.Start]) || (s.End < len(body) && !utf8.RuneStart(body[s.End])) {
			continue
		}
		s.Start += stanceLen(body[s.Start:s.End])
		if text := body[s.Start:s.End]; strings.HasPrefix(text, "Reuters ") && toldBefore(body, s.Start) && segment.IsCapitalised(text[len("Reuters "):]) {
			// "told Reuters Taiwan would cut tariffs" tagged as one name:
			// who was told, and the name that opens the claim
			out = append(out, segment.Span{Start: s.Start, End: s.Start + len("Reuters"), Label: "ORG"})
			s.Start += len("Reuters ")
		}
		if text := body[s.Start:s.End]; s.Label != "LOC" {
			// "Dallas-based Ostmark Corp" tagged as one name: the place the
			// body is based in, and the body
			if i := strings.Index(text, "-based "); i > 0 && i+len("-based ") < len(text) && segment.IsCapitalised(text[i+len("-based "):]) {
				out = append(out, segment.Span{Start: s.Start, End: s.Start + i, Label: "LOC"})
				s.Start += i + len("-based ")
			}
		}
		if text := body[s.Start:s.End]; s.Label == graph.LabelPER && strings.Count(text, " ") >= 1 {
			// "Minister of Mines and Energy Subroto" tagged "Energy
			// Subroto": the title's last word is no part of the name
			if first := text[:strings.IndexByte(text, ' ')]; portfolioWords.Has(first) {
				if w := wordBefore(body, s.Start); (w == "and" || w == "of") && titleBefore(body, s.Start) {
					s.Start += len(first) + 1
				}
			}
		} else if s.Label == graph.LabelORG && strings.Count(text, " ") >= 2 {
			// "Minister of Energy and Mines Arturo Hernandez Grisanti",
			// "Minister of Industry and Trade Cahit Aral" tagged as one
			// body from the portfolio on: the person the title names
			if w := wordBefore(body, s.Start); (w == "and" || w == "of") && titleBefore(body, s.Start) {
				ws := strings.Fields(text)
				n, skip := 0, 0
				for n < len(ws)-2 && (portfolioWords.Has(ws[n]) || ws[n] == "and" && n > 0) {
					skip += len(ws[n]) + 1
					n++
				}
				if n > 0 && n < len(ws)-1 && !portfolioWords.Has(ws[n]) && ws[n-1] != "and" && !slices.Contains(ws[n:], "and") && !portfolioWords.Has(ws[len(ws)-1]) {
					// (not "Secretary of State George Shultz and Defense
					// Secretary …": names and offices listed, read elsewhere)
					s.Start += skip
					s.Label = graph.LabelPER
				}
			}
		}
		if text := body[s.Start:s.End]; s.Label == graph.LabelORG && strings.HasSuffix(text, " Administration") && strings.Count(text, " ") == 1 && namedPerson(body, spans, text[:strings.IndexByte(text, ' ')]) {
			// "the Reagan Administration": the president named before, and
			// his government (which the relation rules read as his state)
			s.End, s.Label = s.Start+strings.IndexByte(text, ' '), graph.LabelPER
		}
		if text := body[s.Start:s.End]; s.Label == graph.LabelORG && strings.Contains(text, " ") {
			if rank := text[:strings.IndexByte(text, ' ')]; titleRanks.Has(rank) && titleAfter.Has(wordAfter(body, s.End)) {
				// "Assistant Treasury Secretary David Mulford" tagged
				// "Assistant Treasury": the rank is the title's, the
				// department is the name
				s.Start += len(rank) + 1
			}
		}
		if w := wordBefore(body, s.Start); nameOpeners.Has(w) && s.Start >= len(w)+1 && body[s.Start-len(w)-1:s.Start-1] == w && body[s.Start-1] == ' ' {
			// "Great American First Savings Bank", "Great Western
			// Financial": an opening word of the name the tagger left out
			s.Start -= len(w) + 1
			if s.Label == graph.LabelMISC && !slices.ContainsFunc(spans, func(o segment.Span) bool { return o.Start == s.End+1 }) {
				s.Label = graph.LabelORG // "Great American" alone is no demonym (before a body's name it joins it)
			}
		}
		if text := body[s.Start:s.End]; strings.HasSuffix(text, "-based") && placeLikeStem(strings.TrimSuffix(text, "-based")) {
			// "a Belfast-based company" tagged whole: the place alone
			s.End -= len("-based")
			s.Label = "LOC"
		}
		out = append(out, s)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End > out[j].End
	})
	kept := out[:0]
	end := -1
	for _, s := range out {
		if s.Start < end {
			continue
		}
		kept = append(kept, s)
		end = s.End
	}
	return kept
}

// toldBefore reports that the word before off is "told" or "tells".
func toldBefore(body string, off int) bool {
	w := strings.TrimRight(body[:off], " ")
	return strings.HasSuffix(w, " told") || strings.HasSuffix(w, " tells") || w == "told" || w == "tells"
}

// untaggedCompanies adds a company's name the tagger left untagged: up to
// five capitalised words before a legal form, none a function word nor a
// place before "-based" ("the Caracas-based Andean Development Corp", "a
// unit of New York-based ITT Corp", "holdings in Heck's Inc").
func untaggedCompanies(body string, spans []segment.Span) []segment.Span {
	var added []segment.Span
	// the five words before, in a ring (the n-th word read at n%5): a
	// company's form is rare, and only then are they put in order,
	// instead of shifting them along at every word
	var last [5]word
	n := 0
	for i := 0; i < len(body); {
		for i < len(body) && isWordSpace(body[i]) {
			i++
		}
		j := i
		for j < len(body) && !isWordSpace(body[j]) {
			j++
		}
		if j == i {
			break
		}
		w := word{body[i:j], i, j}
		i = j
		if form := trimClosers(w.s); companyForms.Has(form) && n > 0 {
			var before [len(last)]word // nearest last
			k := min(n, len(last))
			for x := range k {
				before[x] = last[(n-k+x)%len(last)]
			}
			if s, ok := companyBefore(body, before[:k], w.start+len(form)); ok &&
				!slices.ContainsFunc(spans, func(o segment.Span) bool { return o.Start < s.End && s.Start < o.End }) {
				added = append(added, s)
			}
		}
		last[n%len(last)] = w
		n++
	}
	return withSpans(spans, added)
}

// chamberTitleWords follow a chamber's name in a title: "House Speaker",
// "Senate Majority Leader", "Senate Republican leader".
var chamberTitleWords = set("Speaker", "Majority", "Minority", "Republican", "Democratic", "leader", "Leader", "Whip", "whip", "President")

// chamberOpenings adds the chamber the tagger leaves untagged when it
// opens a sentence before a title ("House Speaker Jim Wright said",
// "Senate Republican leader Robert Dole said"): a capital that opens
// every sentence tells it nothing there. Which chamber it is, the
// resolver decides as for any bare chamber (americanChambers).
func chamberOpenings(body string, sents []segment.Sentence, spans []segment.Span) []segment.Span {
	var added []segment.Span
	for _, st := range sents {
		if len(st.Tokens) < 3 {
			continue
		}
		t := st.Tokens[0]
		if w := body[t.Start:t.End]; (w != "Senate" && w != "House") || !chamberTitleWords.Has(body[st.Tokens[1].Start:st.Tokens[1].End]) {
			continue
		}
		if slices.ContainsFunc(spans, func(o segment.Span) bool { return o.Start < t.End && t.Start < o.End }) {
			continue
		}
		added = append(added, segment.Span{Start: t.Start, End: t.End, Label: graph.LabelORG})
	}
	return withSpans(spans, added)
}

// withSpans is spans with added among them, in order of their starts;
// spans itself when nothing is added.
func withSpans(spans, added []segment.Span) []segment.Span {
	if len(added) == 0 {
		return spans
	}
	out := append(slices.Clone(spans), added...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// trimClosers is strings.TrimRight(s, ".,;:)>\"'"), which builds its
// cutset's table at every call, and untaggedCompanies calls it every word.
func trimClosers(s string) string {
	for len(s) > 0 {
		switch s[len(s)-1] {
		case '.', ',', ';', ':', ')', '>', '"', '\'':
			s = s[:len(s)-1]
		default:
			return s
		}
	}
	return s
}

// companyBefore is the company's name that the capitalised words ws (the
// words before a legal form, nearest last) end, up to end.
func companyBefore(body string, ws []word, end int) (segment.Span, bool) {
	k := len(ws)
	for k > 0 {
		p := strings.TrimLeft(ws[k-1].s, "<(\"'")
		next := end
		if k < len(ws) {
			next = ws[k].start
		}
		if !segment.IsCapitalised(p) || functionWords.Has(p) || strings.HasSuffix(strings.ToLower(p), "-based") ||
			strings.ContainsAny(p, ",;:)>") || strings.Contains(body[ws[k-1].end:next], "\n") {
			break
		}
		k--
	}
	if k == len(ws) {
		return segment.Span{}, false
	}
	start := ws[k].start + len(ws[k].s) - len(strings.TrimLeft(ws[k].s, "<(\"'"))
	return segment.Span{Start: start, End: end, Label: graph.LabelORG}, true
}

// bodyHeadBefore is where a body's name begins that the tagger cut after
// its head ("the Subcommittee on" + "International Development
// Institutions", "Caisse" + "Centrale de Credit Cooperatif", "Export-Import"
// + "Bank of Japan"): start itself when no such word stands right before
// it, after offset prev.
func bodyHeadBefore(body string, start, prev int) int {
	wordBefore := func(end int) (string, int) {
		if end < 1 || body[end-1] != ' ' {
			return "", end
		}
		j := strings.LastIndexAny(body[:end-1], " \n\t") + 1
		return body[j : end-1], j
	}
	word, w := wordBefore(start)
	if w < prev || word == "" {
		return start
	}
	first, _, _ := strings.Cut(body[start:], " ")
	switch {
	case orgLeads.Has(word):
		return w
	case strings.Contains(word, "-") && segment.IsCapitalised(word) && !hyphenQualifier(word) && orgHeads.Has(first):
		return w
	case word == "on" || word == "of":
		if head, h := wordBefore(w); h >= prev && (orgHeads.Has(head) || head == "Subcommittee") {
			return h
		}
	}
	return start
}

// legalFormAfter is where a legal form right after offset end ends ("
// Ltd", " Inc."), before next; end when none follows.
func legalFormAfter(body string, end, next int) int {
	if end >= len(body) || body[end] != ' ' {
		return end
	}
	k := end + 1
	for k < len(body) && k < next && !isWordSpace(body[k]) {
		k++
	}
	w := strings.TrimRight(body[end+1:k], ".,;:)'\"")
	if !companyForms.Has(w) {
		return end
	}
	return end + 1 + len(w)
}

// companyForms are the legal forms that end a company's name and nothing
// else ("SE" and "AB" are compass points and initials too).
var companyForms = set("Inc", "Corp", "Co", "Ltd", "Plc", "PLC", "AG", "SA", "NV", "Cos", "Bhd", "GmbH", "SpA", "Pty",
	"Limited", "Corporation", "Incorporated", "LP", "L.P")

// hyphenQualifier reports a span ending in a lower-case part after a
// hyphen, a qualifier of the name after it, not its first words:
// "Dallas-based" before "Diamond Shamrock Corp".
func hyphenQualifier(span string) bool {
	i := strings.LastIndexByte(span, '-')
	return i > 0 && i+1 < len(span) && isLower(span[i+1:])
}

// splitAtFrom splits a span the tagger ran over a lower-case "from"
// between two names: "Plant Cell Research Institute from Atlantic
// Richfield Co" is the firm a stake is in and the one it is bought from;
// no name holds "from".
func splitAtFrom(body string, spans []segment.Span) []segment.Span {
	return rewriteSpans(spans, func(_ int, s segment.Span) []segment.Span {
		text := body[s.Start:s.End]
		i := strings.Index(text, " from ")
		if i <= 0 || i+len(" from ") >= len(text) {
			return nil
		}
		after := text[i+len(" from "):]
		if r, _ := utf8.DecodeRuneInString(after); !unicode.IsUpper(r) {
			return nil
		}
		return []segment.Span{{Start: s.Start, End: s.Start + i, Label: s.Label}, {Start: s.Start + i + len(" from "), End: s.End, Label: s.Label}}
	})
}

// splitJoinedNames splits a body's span the tagger ran over "and" between
// two names: "Fuji Bank Ltd and Sumitomo Bank Ltd" (a legal form before
// "and", and the span ending in one), "Deutsche and Dresdner" (each side a
// name the article gives apart, or the first words of one). A company
// named by its partners ("Procter and Gamble Co", "Texas Oil and Gas
// Corp") has no legal form before "and" and stays whole; so does a body
// whose words are named nowhere else ("House Ways and Means Committee").
// A side the article tags apart takes that tag's label.
func splitJoinedNames(body string, spans []segment.Span) []segment.Span {
	var out []segment.Span // made only when a span splits
	for i, s := range spans {
		a, b, ok := splitAtAnd(body, spans, s)
		if ok && out == nil {
			out = append(make([]segment.Span, 0, len(spans)+1), spans[:i]...)
		}
		switch {
		case ok:
			out = append(out, a, b)
		case out != nil:
			out = append(out, s)
		}
	}
	if out == nil {
		return spans
	}
	return out
}

// partnersJoined joins a firm's name and a lone surname after "and" the
// tagger took for a person's, where the article names no one of that
// surname in full: a partnership's name ("brokerage house Phillips and
// Drew", "Wagner and Brown"), not "MTS and Sosnoff" when "Martin Sosnoff"
// is named.
func partnersJoined(body string, spans []segment.Span) []segment.Span {
	var out []segment.Span // made only when two spans join
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if i+1 < len(spans) && s.Label == graph.LabelORG {
			n := spans[i+1]
			w := body[n.Start:n.End]
			first := body[s.Start:s.End]
			if n.Label == graph.LabelPER && n.Start == s.End+len(" and ") && body[s.End:n.Start] == " and " && !strings.Contains(w, " ") &&
				!segment.IsCapitalised(wordAfter(body, n.End)) && !namedPerson(body, spans, w) && !strings.Contains(first, " and ") &&
				!isLegalForm(lastWord(first)) && !productApposition(body, s.End) && !productApposition(body, n.End) &&
				strings.Count(body, first) == strings.Count(body, first+" and "+w) && !firmOpening(body, spans, w) {
				// (not "Interlake Steamship Co and Moore", two firms; nor a
				// firm the article also names alone, "Coastal said … Coastal
				// and Wyatt", nor a surname opening a firm's name, "Hughes
				// and Baker" beside "Baker International")
				if out == nil {
					out = append(make([]segment.Span, 0, len(spans)), spans[:i]...)
				}
				out = append(out, segment.Span{Start: s.Start, End: n.End, Label: graph.LabelORG})
				i++
				continue
			}
		}
		if out != nil {
			out = append(out, s)
		}
	}
	if out == nil {
		return spans
	}
	return out
}

// firmOpening reports an organisation span of the article that opens
// with the word w: "Baker International Corp" for "Baker".
func firmOpening(body string, spans []segment.Span, w string) bool {
	return slices.ContainsFunc(spans, func(o segment.Span) bool {
		return o.Label == graph.LabelORG && strings.HasPrefix(body[o.Start:o.End], w+" ")
	})
}

// splitPartyWords splits a legislator's state and party ("the Texas
// Democrat", "a Kansas Republican") into the state, a place, and the
// party's word, a mention of the party (the guide: party words are MISC
// mentions of the party).
func (r *Resolver) splitPartyWords(body string, spans []segment.Span) []segment.Span {
	return rewriteSpans(spans, func(_ int, s segment.Span) []segment.Span {
		text := body[s.Start:s.End]
		last, more := lastField(text)
		cut := s.Start + strings.LastIndex(text, last)
		if !more || !partyMembers.Has(last) || !r.placeNamed(strings.TrimSpace(body[s.Start:cut])) {
			return nil
		}
		return []segment.Span{{Start: s.Start, End: cut - 1, Label: graph.LabelLOC}, {Start: cut, End: s.End, Label: graph.LabelMISC}}
	})
}

// partyTags drops a tagged span that is a legislator's party tag,
// "(D-Kan.)", "(R-Ill)", read whole as one name: the party's letter is
// read by partyLetters and the state after the hyphen by the scan, which
// a span over both would hide.
func partyTags(body string, spans []segment.Span) []segment.Span {
	return rewriteSpans(spans, func(_ int, s segment.Span) []segment.Span {
		t := body[s.Start:s.End]
		if s.Start > 0 && body[s.Start-1] == '(' && len(t) >= 3 && (t[0] == 'D' || t[0] == 'R') && t[1] == '-' &&
			t[2] >= 'A' && t[2] <= 'Z' && !strings.Contains(t, " ") && (strings.HasPrefix(body[s.End:], ")") || strings.HasPrefix(body[s.End:], ".)")) {
			return []segment.Span{}
		}
		return nil
	})
}

// rewriteSpans returns spans with each span f gives a replacement for
// replaced by it (nil: the span stays; empty: it goes); the list is
// copied only once a span changes.
func rewriteSpans(spans []segment.Span, f func(i int, s segment.Span) []segment.Span) []segment.Span {
	var out []segment.Span
	for i, s := range spans {
		repl := f(i, s)
		if repl != nil && out == nil {
			out = append(make([]segment.Span, 0, len(spans)+1), spans[:i]...)
		}
		switch {
		case repl != nil:
			out = append(out, repl...)
		case out != nil:
			out = append(out, s)
		}
	}
	if out == nil {
		return spans
	}
	return out
}

// splitCountryNoun keeps only the country of a span "U.S. Bank" or "U.K.
// Government" that is a country's abbreviation and one common noun the
// wire capitalised after its full stop ("the largest U.S. Bank", "blamed
// it on U.S. Refusal to join"): the noun is no name, the country is
// mentioned. A name the gazetteer knows ("U.S. Navy") stays whole.
func (r *Resolver) splitCountryNoun(body string, spans []segment.Span) []segment.Span {
	return rewriteSpans(spans, func(_ int, s segment.Span) []segment.Span {
		text := body[s.Start:s.End]
		cut := strings.IndexByte(text, ' ')
		if cut > 2 && text[cut-1] == '.' && strings.Count(text[:cut], ".") == 2 && !strings.ContainsAny(text[cut+1:], " .") &&
			s.Label != graph.LabelLOC && midSentence(body, s.Start) && commonAfterCountry(body, text[cut+1:]) &&
			r.placeNamed(text[:cut]) && len(r.g.Lookup(text)) == 0 {
			return []segment.Span{{Start: s.Start, End: s.Start + cut, Label: graph.LabelLOC}}
		}
		return nil
	})
}

// listedPlaces gives a span the tagger called an organisation or a person the label
// of the places it is listed with when the gazetteer knows its name as a
// place: "the ports of Tokyo, Osaka, Yokohama and Kobe", where the tagger
// read the last two as firms. A name with a legal form stays a firm.
func (r *Resolver) listedPlaces(body string, spans []segment.Span) []segment.Span {
	gap := func(a, b segment.Span) string { return body[a.End:b.Start] }
	joined := func(g string) bool { return g == " and " || g == ", and " || g == " or " || g == ", or " }
	listed := func(a, b segment.Span) bool { g := gap(a, b); return g == ", " || joined(g) }
	out := rewriteSpans(spans, func(i int, s segment.Span) []segment.Span {
		if s.Label != graph.LabelORG && s.Label != graph.LabelPER {
			return nil
		}
		before := i > 0 && spans[i-1].Label == graph.LabelLOC && listed(spans[i-1], s)
		after := i+1 < len(spans) && spans[i+1].Label == graph.LabelLOC && listed(s, spans[i+1])
		if s.Label == graph.LabelPER && (before || after) {
			// a person's name after a place and a comma is often the
			// subject of a new clause ("Looking beyond the United States,
			// Holland said"): only a list joined by "and" or commas on
			// both sides names places
			list := before && after || before && joined(gap(spans[i-1], s)) || after && joined(gap(s, spans[i+1]))
			before, after = before && list, after && list
		}
		if text := body[s.Start:s.End]; (before || after) && fieldCount(text) <= 2 && !isLegalForm(lastWord(text)) && r.placeNamed(text) {
			s.Label = graph.LabelLOC
			return []segment.Span{s}
		}
		return nil
	})
	if len(spans) == 0 || &out[0] == &spans[0] {
		return spans // none changed: rewriteSpans gave the list back
	}
	// a second pass: "Osaka, Yokohama and Kobe", the first firm now a place
	return r.listedPlaces(body, out)
}

func lastWord(s string) string {
	l, _ := lastField(s)
	return l
}

// midSentence reports that the word before off is a lower-case word or
// a comma: off is inside running text, not a headline or a sentence start.
func midSentence(body string, off int) bool {
	k := off - 1
	for k >= 0 && body[k] == ' ' {
		k--
	}
	if k < 0 {
		return false
	}
	if body[k] == ',' {
		return true
	}
	return 'a' <= body[k] && body[k] <= 'z'
}

// commonAfterCountry reports that w, capitalised after a country's
// abbreviation, is a common noun: the text uses it in lower case
// elsewhere, it is a noun that describes a body or an act, or it has the
// ending of an abstract or plural noun ("Refusal", "Interference",
// "Agencies"); not a legal form ("U.S. Bancorp").
func commonAfterCountry(body, w string) bool {
	if !segment.IsCapitalised(w) || isLegalForm(w) || len(w) < 3 {
		return false
	}
	lw := strings.ToLower(w)
	if describingNouns.Has(lw) || containsWord(body, lw) {
		return true
	}
	for _, suf := range []string{"tion", "sion", "ment", "ance", "ence", "ity", "ism", "ness", "sal", "ies", "ers", "ants", "ions"} {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// describingNouns name a kind of body or group, not one body, after a
// country: "a U.S. Bank", "the U.K. Government".
var describingNouns = set("bank", "banks", "government", "governments", "administration", "company", "companies", "firm", "firms",
	"court", "courts", "unit", "delegation", "group", "subsidiary", "consortium", "corporation", "corporations", "official",
	"officials", "agency", "agencies", "market", "markets", "economy", "industry", "grain", "grains", "oil", "money", "moves",
	"threats", "airlines", "institutions", "insurers", "investment", "investors", "engineering", "telecommunications",
	"treasuries", "trade", "reaction", "action", "producers", "exporters", "importers")

// containsWord reports that w occurs in body as a whole lower-case word.
func containsWord(body, w string) bool {
	for i := 0; ; {
		j := strings.Index(body[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before := j == 0 || !isLetterByte(body[j-1])
		after := j+len(w) == len(body) || !isLetterByte(body[j+len(w)])
		if before && after {
			return true
		}
		i = j + len(w)
	}
}

func isLetterByte(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// splitAtAnd splits s in two where splitJoinedNames says it holds two names.
func splitAtAnd(body string, spans []segment.Span, s segment.Span) (segment.Span, segment.Span, bool) {
	text := body[s.Start:s.End]
	if s.Label != graph.LabelORG {
		return s, s, false
	}
	last, _ := lastField(text)
	legal := isLegalForm(last)
	// "Western National Life Insurance Co from Beneficial Corp": two
	// companies the tagger ran over a preposition
	for _, prep := range []string{" from ", " to ", " by "} {
		if i := strings.Index(text, prep); i > 0 && legal {
			if l, _ := lastField(text[:i]); isLegalForm(l) && segment.IsCapitalised(text[i+len(prep):]) {
				return segment.Span{Start: s.Start, End: s.Start + i, Label: s.Label}, segment.Span{Start: s.Start + i + len(prep), End: s.End, Label: s.Label}, true
			}
		}
	}
	if !strings.Contains(text, " and ") {
		return s, s, false
	}
	// the label of a span elsewhere with this text, or of one of the
	// article's bodies it opens ("Deutsche" of "Deutsche Bank AG")
	named := func(part string) (string, bool) {
		for _, o := range spans {
			if o == s || strings.HasPrefix(body[o.Start:o.End], text) {
				continue // the whole name again
			}
			if t := body[o.Start:o.End]; t == part {
				return o.Label, true
			} else if o.Label == graph.LabelORG && strings.HasPrefix(t, part+" ") && !strings.HasPrefix(t[len(part):], " and ") {
				// not "House Ways" of "House Ways and Means Trade Subcommittee"
				return graph.LabelORG, true
			}
		}
		return "", false
	}
	for off := 0; ; {
		i := strings.Index(text[off:], " and ")
		if i < 0 {
			return s, s, false
		}
		i += off
		off = i + 1
		left, right := text[:i], text[i+len(" and "):]
		if !segment.IsCapitalised(left) || !segment.IsCapitalised(right) || left == right {
			continue
		}
		lastLeft, _ := lastField(left)
		ll, lok := named(left)
		rl, rok := named(right)
		switch {
		case legal && isLegalForm(lastLeft):
			ll, rl = graph.LabelORG, graph.LabelORG
		case strings.HasPrefix(left, "Group of ") && !strings.Contains(left[len("Group of "):], " "):
			// "the Group of Five and Canada": the finance ministers' group
			// and the state that joins it
			ll, rl = graph.LabelORG, graph.LabelLOC
			if strings.HasPrefix(right, "Group of ") {
				rl = graph.LabelORG
			}
		case !legal && lok && rok:
		case strings.Contains(left, " ") && strings.Contains(right, " ") && (orgLeads.Has(right[:strings.IndexByte(right, ' ')]) || strings.HasPrefix(right, "Bank of ")):
			// "Credit Lyonnais and Banque Francaise de Credit Cooperatif":
			// a second body's name opens with a body's word
			ll, rl = graph.LabelORG, graph.LabelORG
		case !legal && isLegalForm(lastLeft) && strings.Contains(left, " ") && strings.Contains(right, " "):
			// "Goldman, Sachs and Co and Montgomery Securities": a firm's
			// legal form closes the first name; a name of two words or
			// more goes on after it
			ll, rl = graph.LabelORG, graph.LabelORG
		case legal && lok && ll == graph.LabelPER && strings.Contains(left, " "):
			// "Dudley Taft and Narragansett Capital Inc", the man named
			// apart elsewhere
			rl = graph.LabelORG
		default:
			continue
		}
		return segment.Span{Start: s.Start, End: s.Start + i, Label: ll}, segment.Span{Start: s.Start + i + len(" and "), End: s.End, Label: rl}, true
	}
}

// titleBefore reports "Minister" or "Secretary" among the six words
// before offset start: the words before start are a title's.
func titleBefore(body string, start int) bool {
	from := max(0, start-60)
	words := strings.Fields(body[from:start])
	if len(words) > 6 {
		words = words[len(words)-6:]
	}
	for _, w := range words {
		if w == "Minister" || w == "Secretary" || w == "minister" || w == "secretary" {
			return true
		}
	}
	return false
}

// namedPerson reports a surname the article gives a person elsewhere: a
// PER span ending with it, or "President <surname>".
func namedPerson(body string, spans []segment.Span, surname string) bool {
	if strings.Contains(body, "President "+surname) {
		return true
	}
	for _, o := range spans {
		if o.Label == graph.LabelPER && o.End <= len(body) && strings.HasSuffix(body[o.Start:o.End], " "+surname) {
			return true
		}
	}
	return false
}

// titleRanks open a title before its department ("Assistant Treasury
// Secretary", "Deputy Trade Minister"); titleAfter are the titles.
var (
	titleRanks = set("Assistant", "Deputy", "Under", "Associate", "Acting", "Vice")
	titleAfter = set("secretary", "minister", "secretary-general", "commissioner", "administrator", "director") // as wordAfter gives them
)

// nameOpeners open names of bodies and places and nothing else in
// capitals: "Great Western", "Grand Metropolitan", "Royal Trustco".
var nameOpeners = set("Great", "Grand", "Royal", "Golden")

// placeLikeStem reports words that may name a place before "-based":
// capitalised words, not an adverb ("Broadly-based") nor a short word in
// capitals ("PC-based", "UNIX OS-based").
func placeLikeStem(stem string) bool {
	ws := strings.Fields(stem)
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if !segment.IsCapitalised(w) || strings.HasSuffix(w, "ly") || len(w) <= 4 && strings.ToUpper(w) == w {
			return false
		}
	}
	return true
}

// stanceSpans cuts off a span's first word when a prefix of stance stands
// right before it, outside the span: "pro-Western Zaire" tagged "Western
// Zaire" is Zaire, "pro-Peking New Evening Post" the Post, when the first
// word names a camp or a place we know; a name we know whole stays
// ("non-North Sea oil").
func (r *Resolver) stanceSpans(body string, spans []segment.Span) []segment.Span {
	for i, s := range spans {
		if s.Start < 4 || body[s.Start-1] != '-' {
			continue
		}
		if before := body[max(0, s.Start-5):s.Start]; !hasSuffixFold(before, "pro-") && !hasSuffixFold(before, "anti-") && !hasSuffixFold(before, "non-") {
			continue
		}
		text := body[s.Start:s.End]
		j := strings.IndexByte(text, ' ')
		if j <= 0 || !segment.IsCapitalised(text[j+1:]) || r.forms.Has(plainKey(text)) || len(r.g.Lookup(text)) > 0 {
			continue
		}
		if first := text[:j]; !blocWords.Has(first) && !r.placeNamed(first) && len(r.g.Lookup(first)) == 0 {
			continue // ("the pro-Vardo Evening Post": a paper of that name, for all we know)
		}
		if rest := text[j+1:]; strings.Contains(rest, " ") || len(r.g.Lookup(rest)) > 0 || r.forms.Has(plainKey(rest)) {
			spans[i].Start += j + 1 // (not "non-North Sea": "Sea" alone names nothing)
		}
	}
	return spans
}

// hasSuffixFold is strings.HasSuffix ignoring case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// blocWords name the camps a stance is taken for or against: "pro-Western".
var blocWords = set("Western", "Eastern", "Communist", "Soviet", "American", "Iranian", "Iraqi", "Arab", "Israeli", "Libyan", "Syrian")

// stanceLen is the length of a prefix of stance or exclusion that opens a
// name's span ("pro-Peking", "non-OPEC Mexico", "anti-Baghdad"): no part
// of the name. 0 where there is none, or nothing capitalised follows it.
func stanceLen(span string) int {
	for _, p := range []string{"pro-", "non-", "anti-", "Pro-", "Non-", "Anti-"} {
		if len(span) > len(p) && strings.HasPrefix(span, p) && segment.IsCapitalised(span[len(p):]) {
			return len(p)
		}
	}
	return 0
}

// knownConnectors may stand between the parts of one known name the
// tagger split: "General Agreement" + "on" + "Tariffs and Trade".
var knownConnectors = set("of", "on", "for", "and", "the", "de", "du", "des", "of the", "on the", "for the")

// joinKnownRuns makes one span of neighbouring spans, and of a capitalised
// word right before the first, when together they are a name our
// knowledge holds: "the General Agreement on Tariffs and Trade", tagged
// "Agreement" and "Tariffs and Trade" with "General" read as a rank, is
// GATT's name.
func (r *Resolver) joinKnownRuns(body string, spans []segment.Span) []segment.Span {
	out := make([]segment.Span, 0, len(spans))
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if end := r.commaNameAt(body, s); end > s.End {
			// a known name with commas, tagged in pieces or in part
			for i+1 < len(spans) && spans[i+1].Start < end {
				i++
			}
			out = append(out, segment.Span{Start: s.Start, End: end, Label: graph.LabelORG})
			continue
		}
		joined := false
		for j := min(i+3, len(spans)-1); j > i && !joined; j-- {
			ok := true
			for k := i; k < j && ok; k++ {
				gap := strings.TrimSpace(body[spans[k].End:spans[k+1].Start])
				ok = knownConnectors.Has(gap) || gap == "," // "Merrill Lynch, Pierce, Fenner and Smith"
			}
			if !ok {
				continue
			}
			starts := []int{s.Start}
			if w := capitalisedBefore(body, s.Start-1, 1); s.Start > 0 && body[s.Start-1] == ' ' && w < s.Start-1 && w >= lastEnd(out) {
				starts = append(starts, w)
			}
			for _, from := range starts {
				if r.forms.Has(plainKey(body[from:spans[j].End])) {
					out = append(out, segment.Span{Start: from, End: spans[j].End, Label: graph.LabelORG})
					i, joined = j, true
					break
				}
			}
		}
		if !joined {
			s = r.knownRunAround(body, s, spans, i, lastEnd(out))
			out = append(out, s)
		}
	}
	return out
}

// commaNameAt is where the longest known name with a comma inside that
// begins with span s ends ("Merrill Lynch" + ", Pierce, Fenner and Smith"),
// s.End when none does. Only a span a comma follows can open one.
func (r *Resolver) commaNameAt(body string, s segment.Span) int {
	if s.End >= len(body) || body[s.End] != ',' {
		return s.End
	}
	end := s.End
	for _, n := range r.commaNames[body[s.Start:s.End]] {
		if !strings.HasPrefix(body[s.Start:], n) {
			continue
		}
		if e := s.Start + len(n); e > end && (e == len(body) || !unicode.IsLetter(rune(body[e])) && !unicode.IsDigit(rune(body[e]))) {
			end = e
		}
	}
	return end
}

// lastEnd is where the last of spans ends, 0 for none.
func lastEnd(spans []segment.Span) int {
	if len(spans) == 0 {
		return 0
	}
	return spans[len(spans)-1].End
}

// knownRunAround widens a span over up to six words after it, capitalised
// or connectors, and a capitalised word before it, to the longest name our
// knowledge holds that it is part of; the span itself when there is none.
func (r *Resolver) knownRunAround(body string, s segment.Span, spans []segment.Span, i, after int) segment.Span {
	limit := len(body)
	if i+1 < len(spans) {
		limit = spans[i+1].Start
	}
	ends := []int{s.End}
	if strings.HasPrefix(body[s.End:], "'s") && (s.End+2 == len(body) || !unicode.IsLetter(rune(body[s.End+2]))) {
		ends = append(ends, s.End+2) // "Standard and Poor's", tagged "Poor"
	}
	for k, n := s.End, 0; n < 6 && k < limit && body[k] == ' '; n++ {
		e := k + 1
		for e < limit && e < len(body) && body[e] != ' ' && body[e] != '\n' {
			e++
		}
		stop := false
		for e > k+1 && strings.ContainsRune(".,;:)", rune(body[e-1])) {
			e, stop = e-1, true // "by Standard and Poor's.": the name ends at its stop
		}
		w := body[k+1 : e]
		if w == "" || !knownConnectors.Has(w) && !segment.IsCapitalised(w) {
			break
		}
		ends = append(ends, e)
		if stop {
			break
		}
		k = e
	}
	starts := []int{s.Start}
	if w := capitalisedBefore(body, s.Start-1, 1); s.Start > 0 && body[s.Start-1] == ' ' && w < s.Start-1 && w >= after {
		starts = append(starts, w)
	} else if c := strings.LastIndexByte(body[:max(s.Start-1, 0)], ' '); s.Start > 0 && body[s.Start-1] == ' ' && c > 0 &&
		knownConnectors.Has(body[c+1:s.Start-1]) && body[c+1:s.Start-1] != "the" {
		// "Standard and Poor's said", its first word untagged at the
		// sentence's start: a capitalised word and a connector before
		if w := capitalisedBefore(body, c, 1); w < c && w >= after {
			starts = append(starts, w)
		}
	}
	for n := len(ends) - 1; n >= 0; n-- {
		for _, from := range starts {
			if from == s.Start && ends[n] == s.End {
				continue
			}
			if name := body[from:ends[n]]; strings.Contains(name, " ") && r.forms.Has(plainKey(name)) {
				return segment.Span{Start: from, End: ends[n], Label: graph.LabelORG}
			}
		}
	}
	return s
}

// officeHolders cuts the portfolio off a span that runs from an office's
// title into its holder's name: "Secretary of State George Shultz and
// Defense Secretary Caspar Weinberger" tags "State George Shultz and
// Defense", which is the person "George Shultz"; "Under Secretary of
// Commerce Bruce Smart" gives "Bruce Smart".
func officeHolders(body string, spans []segment.Span) []segment.Span {
	for i, s := range spans {
		before := strings.ToLower(body[max(0, s.Start-16):s.Start])
		if !strings.HasSuffix(before, "secretary of ") && !strings.HasSuffix(before, "minister of ") {
			continue
		}
		ws := wordsOf(body, s.Start, s.End)
		k := 0
		for k < len(ws) && portfolioWords.Has(ws[k].s) && ws[k].s != "and" {
			k++
		}
		if k < len(ws) && (ws[k].s == "and" || ws[k].s == "for") {
			continue // "Regional and Industrial Expansion", "State for Energy": the portfolio goes on
		}
		if k == 0 || k == len(ws) {
			continue
		}
		end := k
		for end < len(ws) && ws[end].s != "and" && segment.IsCapitalised(ws[end].s) && !portfolioWords.Has(ws[end].s) {
			end++
		}
		if end-k < 2 || end < len(ws) && ws[end].s != "and" {
			continue // a person's name is two words or more, up to "and" and the next office
		}
		spans[i] = segment.Span{Start: ws[k].start, End: ws[end-1].end, Label: graph.LabelPER}
	}
	return spans
}

// bracketNames makes the whole of a company's name in a wire's angle
// brackets one name when the tagger found any part of it: it splits them
// at their particles ("<Banco Portugues de Investmento Sarl>", "<Istituto
// Bancario San Paolo di Torino>"), and the brackets say where the name
// ends. A ticker ("<AVX>") is left for cutTickers; a span running across
// a bracket keeps its part outside.
func bracketNames(body string, spans []segment.Span) []segment.Span {
	if strings.IndexByte(body, '<') < 0 || len(spans) == 0 {
		return spans
	}
	var names []segment.Span
	for i := 0; i < len(body); i++ {
		if body[i] != '<' {
			continue
		}
		j := strings.IndexByte(body[i+1:], '>')
		if j <= 0 || j > 120 || strings.ContainsAny(body[i+1:i+1+j], "<\n\r") {
			continue
		}
		a, b := i+1, i+1+j
		i = b
		if !strings.Contains(body[a:b], " ") || !unicode.IsUpper(rune(body[a])) || !strings.ContainsFunc(body[a:b], unicode.IsLower) {
			continue // a ticker: "<VOLV ST>" as much as "<AVX>"
		}
		for _, cut := range []string{" - ", " ("} {
			// "<Banca Nazionale del Lavoro - BNL>", "<Teck Hock and Co
			// (Pte) Ltd>": the short form after the dash or in a closing
			// bracket ("<Cie Generale ... (CGCT)>") is a name of its own;
			// a bracket closed before the end is part of the name
			if k := strings.Index(body[a:b], cut); k > 0 && (cut == " - " || !strings.Contains(body[a+k:b], ")") || body[b-1] == ')') {
				b = a + k
			}
		}
		names = append(names, segment.Span{Start: a, End: b, Label: graph.LabelORG})
	}
	if len(names) == 0 {
		return spans
	}
	var out []segment.Span
	seen := make([]bool, len(names))
	for _, s := range spans {
		inside := false
		for n, nm := range names {
			if s.End <= nm.Start-1 || s.Start >= nm.End+1 {
				continue
			}
			switch {
			case s.Start >= nm.Start && s.End <= nm.End:
				inside, seen[n] = true, true
			case s.Start < nm.Start:
				seen[n] = true
				s.End = nm.Start - 1 // "Torvik's <Bergen": the part before
			default:
				seen[n] = true
				s.Start = nm.End + 1 // "Bank> and Lunde Foods": the part after
				for _, w := range []string{" ", "and ", "or ", ", "} {
					if strings.HasPrefix(body[s.Start:s.End], w) {
						s.Start += len(w)
					}
				}
			}
		}
		if !inside && s.Start < s.End {
			out = append(out, s)
		}
	}
	for n, nm := range names {
		if seen[n] || nameShaped(body[nm.Start:nm.End]) {
			// (the wire brackets a company's name: "to <Eagle Cable>" is
			// one the tagger missed)
			out = append(out, nm)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// nameParticles are the lower-case words inside a company's name.
var nameParticles = wordset.Of(map[string]bool{"de": true, "del": true, "della": true, "di": true, "du": true, "des": true,
	"la": true, "le": true, "of": true, "and": true, "for": true, "the": true, "y": true, "e": true, "et": true, "und": true,
	"van": true, "von": true, "da": true, "do": true, "dos": true})

// nameShaped reports words that each open with a capital or are a name's
// particle ("Eagle Cable", "Banco de Investimento"), two at least.
func nameShaped(text string) bool {
	n := 0
	for w := range strings.FieldsSeq(text) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !nameParticles.Has(w) {
			return false
		}
		n++
	}
	return n >= 2
}

// cutTickers ends a name where a wire's ticker in angle brackets starts
// inside it and starts it after one that ends inside it: "Williams Cos
// <WMB>" is "Williams Cos", "Dupont's <DD> Conoco Inc" ends with "Conoco
// Inc". Brackets around the whole name ("<Trizec Corp Ltd>") stay for
// trim to drop.
func cutTickers(body string, spans []segment.Span) []segment.Span {
	out := spans[:0]
	for _, s := range spans {
		if i := strings.IndexByte(body[s.Start:s.End], '>'); i >= 0 && s.Start+i+1 < s.End {
			s.Start += i + 1
			// "<Overseas Union Bank Ltd> and United Overseas Bank Ltd"
			for _, w := range []string{" and ", " or ", ", "} {
				if strings.HasPrefix(body[s.Start:s.End], w) {
					s.Start += len(w)
				}
			}
		}
		if i := strings.IndexByte(body[s.Start:s.End], '<'); i > 0 {
			s.End = s.Start + i
		}
		for s.Start < s.End && body[s.Start] == ' ' {
			s.Start++
		}
		for s.End > s.Start && body[s.End-1] == ' ' {
			s.End--
		}
		if s.Start < s.End && !tickerOfName(body, s.Start, s.End) {
			out = append(out, s)
		}
	}
	return out
}

// mergeSpans joins neighbouring spans that the tagger split inside one
// name: when together they are a gazetteer form ("Korean" + "Peninsula",
// "Chinese" + "Foreign Ministry"), or when a modifier stands before a span
// ending in an organisation head noun ("Baltic" + "Policy Forum").
func (r *Resolver) mergeSpans(body string, spans []segment.Span) []segment.Span {
	var out []segment.Span
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		merged := false
		for j := min(i+3, len(spans)-1); j > i; j-- {
			if j == i+1 && headGap(body, s, spans[j]) {
				out = append(out, segment.Span{Start: s.Start, End: spans[j].End, Label: graph.LabelORG})
				i, merged = j, true
				break
			}
			// "Democratic Republic" + "of" + "Congo": a known name cut at "of"
			ofName := j == i+1 && (body[s.End:spans[j].Start] == " of " || body[s.End:spans[j].Start] == " of the ") &&
				r.forms.Has(plainKey(body[s.Start:spans[j].End]))
			if !adjacent(body, spans[i:j+1]) && !(j == i+1 && (ofConnector(body, s, spans[j]) || portfolioJoin(body, s, spans[j]))) && !ofName {
				continue
			}
			surface := plain(body[s.Start:spans[j].End])
			ws := strings.Fields(surface)
			last := strings.Trim(ws[len(ws)-1], ".,")
			formLabel, isForm := r.formLabel(surface)
			switch {
			case isForm:
				out = append(out, segment.Span{Start: s.Start, End: spans[j].End, Label: formLabel})
			case j == i+1 && orgHeads.Has(last) && s.Label == graph.LabelMISC && len(strings.Fields(body[spans[j].Start:spans[j].End])) > 1 && !hyphenQualifier(body[s.Start:s.End]):
				out = append(out, segment.Span{Start: s.Start, End: spans[j].End, Label: graph.LabelORG})
			case j == i+1 && ofConnector(body, s, spans[j]):
				out = append(out, segment.Span{Start: s.Start, End: spans[j].End, Label: graph.LabelORG})
			case j == i+1 && portfolioJoin(body, s, spans[j]):
				// "Ministry of Water Resources" + "and" + "Irrigation": one ministry
				out = append(out, segment.Span{Start: s.Start, End: spans[j].End, Label: graph.LabelORG})
			case j == i+1 && isLegalForm(last) && body[s.End:spans[j].Start] == " " && !r.isCountryName(plainKey(body[s.Start:s.End])) && !hyphenQualifier(body[s.Start:s.End]):
				// "Mark IV" + "Industries Inc": one company the tagger cut in two
				out = append(out, segment.Span{Start: s.Start, End: spans[j].End, Label: graph.LabelORG})
			default:
				continue
			}
			i, merged = j, true
			break
		}
		if !merged {
			out = append(out, s)
		}
	}
	return out
}

// extendToForm widens a tagged span over the lower-case words after it
// (two at most) when together they are a gazetteer form the tagger cut:
// "Korean" + "peninsula" is the Korean Peninsula, not a demonym.
func (r *Resolver) extendToForm(body string, spans []segment.Span) []segment.Span {
	out := make([]segment.Span, 0, len(spans))
	for i, s := range spans {
		if s.Label == graph.LabelORG {
			prev := 0
			if len(out) > 0 {
				prev = out[len(out)-1].End
			}
			s.Start = bodyHeadBefore(body, s.Start, prev)
		}
		end, next := s.End, len(body)
		if i+1 < len(spans) {
			next = spans[i+1].Start
		}
		if form := legalFormAfter(body, s.End, next); form > s.End && s.Label != graph.LabelORG && !r.isCountryName(plainKey(body[s.Start:s.End])) {
			// "Brown Baldwin Nisker" + "Ltd": a company the tagger took for
			// a person, its legal form left out
			out = append(out, segment.Span{Start: s.Start, End: form, Label: graph.LabelORG})
			continue
		}
		for n := 0; n < 2; n++ {
			j := end
			if j >= len(body) || body[j] != ' ' {
				break
			}
			k := j + 1
			for k < len(body) && k < next && body[k] >= 'a' && body[k] <= 'z' {
				k++
			}
			if k == j+1 {
				break
			}
			if r.forms.Has(plainKey(body[s.Start:k])) {
				s = segment.Span{Start: s.Start, End: k, Label: s.Label}
				break
			}
			end = k
		}
		out = append(out, s)
	}
	return out
}

// portfolios are the words of a ministry's or department's remit beyond
// genericWords: "Housing and Urban Development", "Trade and Industry".
var portfolios = set("Development", "Urban", "Housing", "Technology", "Fisheries", "Tourism", "Sports", "Youth",
	"Forestry", "Mines", "Mining", "Communications", "Welfare", "Research", "Science", "Livestock", "Food",
	"Human", "Rural", "Social", "Works", "Lands", "Land", "Natural", "Telecommunications", "Aviation", "Shipping")

// portfolioJoin reports a government body's name cut at "and": the first
// span names an institution "of" something, the second only the rest of
// its remit ("Ministry of Water Resources" and "Irrigation").
func portfolioJoin(body string, a, b segment.Span) bool {
	if body[a.End:b.Start] != " and " || !strings.Contains(body[a.Start:a.End], " of ") {
		return false
	}
	head := false
	for _, w := range strings.Fields(body[a.Start:a.End]) {
		switch w {
		case "Ministry", "Department", "Office", "Commission", "Committee", "Bureau", "Council", "Secretary", "Minister":
			head = true
		}
	}
	for _, w := range strings.Fields(body[b.Start:b.End]) {
		if !genericWords.Has(w) && !portfolios.Has(w) {
			return false
		}
	}
	return head
}

// extendCorporate widens a company name the tagger cut at "and" or "&"
// back to its start: "Pacific Gas and Electric Co", "Standard and Poor's
// Corp", "Procter & Gamble Co" (a span ending in a legal-form suffix, after
// "and" and up to three capitalised words). Spans inside the widened name go.
func extendCorporate(body string, known func(string) bool, spans []segment.Span) []segment.Span {
	var out []segment.Span
	for _, s := range spans {
		if last, _ := lastField(body[s.Start:s.End]); last == "" || !isLegalForm(last) {
			out = append(out, s)
			continue
		}
		start := s.Start
		for _, conj := range []string{" and ", " & "} {
			if s.Start >= len(conj) && body[s.Start-len(conj):s.Start] == conj {
				before := body[:s.Start-len(conj)]
				if isLegalForm(before[strings.LastIndexAny(before, " \n\t")+1:]) {
					break // "X Inc and Y Inc" are two companies
				}
				if n := len(out); n > 0 && out[n-1].End == len(before) && !partnerList(body, out[n-1], known) && (out[n-1].Label == graph.LabelORG ||
					out[n-1].Label == graph.LabelPER && strings.Contains(body[out[n-1].Start:out[n-1].End], " ") && namedApart(body, spans, s)) {
					// "Credit Suisse and Swiss Bank Corp": the tagger named the
					// first apart; "Dudley Taft and Narragansett Capital Inc": a
					// man's full name before a company the article names
					// alone too ("Narragansett"), not "Joseph E. Seagram and
					// Sons Inc"
					break
				}
				if w := capitalisedBefore(body, s.Start-len(conj), 3); w < s.Start-len(conj) && !strings.ContainsAny(body[w:s.Start], "<>") {
					start = w // at least one capitalised word before "and", not out of a name in brackets
				}
				break
			}
		}
		if name := body[start:s.End]; strings.Contains(name, " and ") || strings.Contains(name, " & ") || start == s.Start && oneWordPartnerBefore(body, s.Start, known) {
			// (or a partner before a comma alone: "Kleinwort, Benson Ltd")
			start = partnersBefore(body, spans, start, s.End)
		}
		if start < s.Start {
			for len(out) > 0 && out[len(out)-1].End > start {
				out = out[:len(out)-1]
			}
			s = segment.Span{Start: start, End: s.End, Label: graph.LabelORG}
		}
		out = append(out, s)
	}
	return out
}

// namedApart reports a company whose first word the article tags as a
// name of its own elsewhere: "Narragansett" of "Narragansett Capital Inc".
func namedApart(body string, spans []segment.Span, s segment.Span) bool {
	first, _, _ := strings.Cut(body[s.Start:s.End], " ")
	for _, o := range spans {
		if o != s && o.Label == graph.LabelORG && (body[o.Start:o.End] == first || strings.HasPrefix(body[o.Start:o.End], first+" ")) && !strings.HasPrefix(body[o.Start:o.End], body[s.Start:s.End]) {
			return true
		}
	}
	return false
}

// partnersBefore is where a firm named by its partners begins, its name
// running back from start over ", Partner" ("Smith Barney, Harris Upham
// and Co Inc", "Merrill Lynch, Pierce, Fenner and Smith Inc"): one or two
// capitalised words each, none a legal form nor a word of the partners
// after it, and none opening a name the
// article gives elsewhere ("Sonora, Goldenbell, United and Inca Resources
// Inc" is a list where "Sonora Gold Corp" is named).
func partnersBefore(body string, spans []segment.Span, start, end int) int {
	for start >= 2 && body[start-2:start] == ", " {
		w := capitalisedBefore(body, start-2, 2)
		partner := body[w : start-2]
		if last, _ := lastField(partner); w == start-2 || strings.ContainsAny(partner, "<>") || isLegalForm(last) {
			break
		}
		for _, o := range spans {
			if (o.End <= w || o.Start >= end) && strings.HasPrefix(body[o.Start:o.End], partner+" ") {
				return start
			}
		}
		// "said Thomas McKiernan, McKiernan and Co chairman": a person
		// before the firm that bears his name
		for _, word := range strings.Fields(partner) {
			if slices.Contains(strings.Fields(body[start:end]), word) {
				return start
			}
		}
		start = w
	}
	return start
}

// partnerList reports a one-word span that a comma and another single
// capitalised word stand before: "Lufkin" of "Donaldson, Lufkin and
// Jenrette Inc", a partner of a firm named by its partners, not a firm the
// tagger named apart.
func partnerList(body string, sp segment.Span, known func(string) bool) bool {
	name := body[sp.Start:sp.End]
	return !strings.Contains(name, " ") && !known(name) && oneWordPartnerBefore(body, sp.Start, known)
}

// oneWordPartnerBefore reports ", " and one capitalised word, the first of
// its sentence's run, before offset start: "Kleinwort, " of "Kleinwort,
// Benson Ltd".
func oneWordPartnerBefore(body string, start int, known func(string) bool) bool {
	if start < 2 || body[start-2:start] != ", " {
		return false
	}
	w := capitalisedBefore(body, start-2, 2)
	if w >= start-2 || strings.Contains(body[w:start-2], " ") {
		return false
	}
	partner := body[w : start-2]
	if known(partner) || timex.IsMonth(partner) || strings.ToUpper(partner) == partner {
		return false // a place, a body or a month the article names apart ("London, EuroRatings Ltd", "ARCO, Exxon Corp", "December, InterFirst Corp")
	}
	if w == 0 {
		return true
	}
	prev := lastWordBefore(body, w-1)
	// (not "State Bank of India, Grindlays", "affiliate in Detroit, ST
	// Systems Inc", "the operator, Statoil, Atlantic Richfield Co": a name
	// in a list or a place)
	return body[w-1] == ' ' && !segment.IsCapitalised(prev) && !strings.HasSuffix(prev, ",") &&
		prev != "of" && prev != "de" && prev != "and" && prev != "in" && prev != "at"
}

// lastWordBefore is the word that ends at offset end.
func lastWordBefore(body string, end int) string {
	return body[strings.LastIndexAny(body[:end], " \n\t")+1 : end]
}

// capitalisedBefore is where the run of up to n capitalised words that
// ends at offset end begins (end itself when there is none); the run stops
// at a line break or a word with punctuation in it.
func capitalisedBefore(body string, end, n int) int {
	start := end
	for i := 0; i < n && start > 0 && body[start-1] != '\n'; i++ {
		from := start
		if i > 0 {
			if body[start-1] != ' ' {
				break
			}
			from = start - 1
		}
		j := strings.LastIndexAny(body[:from], " \n\t") + 1
		w := body[j:from]
		if w == "" || !segment.IsCapitalised(w) || strings.ContainsAny(strings.TrimSuffix(w, "'s"), ".,;:'\"") {
			break
		}
		start = j
	}
	return start
}

// formLabel is the CoNLL label of a known written form: a gazetteer name,
// or a demonym ("North Korean"), which is a form without an entry of its own.
func (r *Resolver) formLabel(surface string) (string, bool) {
	if !r.forms.Has(surface) {
		return "", false
	}
	if es := r.g.Lookup(surface); len(es) > 0 {
		return labelOf(es[0].Type), true
	}
	if _, ok := r.g.Demonym(surface); ok {
		return graph.LabelMISC, true
	}
	return "", false
}

// ofConnector reports an organisation's name that the tagger cut at "for"
// or "of": "Lakeside Center" + "for" + "Eurasian Affairs".
func ofConnector(body string, a, b segment.Span) bool {
	gap := body[a.End:b.Start]
	if gap != " for " && gap != " of " && gap != " on " {
		return false
	}
	ws := strings.Fields(body[a.Start:a.End])
	last := strings.Trim(ws[len(ws)-1], ".,")
	if isLegalForm(last) && (gap != " of " || last != "Corp" && last != "Co") {
		// "Pioneer Business Group Inc" + "of" + "Atlanta", "Chrysler Corp"
		// + "for" + "American Motors Corp": a firm's whole name, then where
		// it is from or another firm ("Financial Corp of Santa Barbara",
		// "Associates Corp of North America" are one name each)
		return false
	}
	return orgHeads.Has(last) && segment.IsCapitalised(body[b.Start:b.End])
}

// headGap reports a place or modifier the tagger cut off the organisation
// it names: "Rift Valley" + "Institute of Governance", "São Paulo" +
// "School of" + "International Relations". The second span is an
// organisation that opens with, or is reached through, an organisation head
// noun.
func headGap(body string, a, b segment.Span) bool {
	if b.Label != graph.LabelORG || a.Label == graph.LabelPER || a.Label == graph.LabelORG {
		return false
	}
	gap := strings.Fields(body[a.End:b.Start])
	if body[a.End:b.Start] != " "+strings.Join(gap, " ")+" " && !(len(gap) == 0 && body[a.End:b.Start] == " ") {
		return false
	}
	head := false
	for _, w := range gap {
		switch {
		case orgHeads.Has(w):
			head = true
		case w == "of" || w == "for" || w == "on":
		default:
			return false
		}
	}
	if len(gap) == 0 {
		first := strings.Fields(body[b.Start:b.End])
		head = len(first) > 1 && orgHeads.Has(first[0])
	}
	return head
}

// particles open the second part of Arabic and other names, written
// lower-case and often left out of the tagger's span: "Abdel Fattah
// el-Sisi", "Mohammed bin Salman".
var particles = []string{"el-", "al-", "ul-", "ad-", "as-", "bin ", "ibn ", "bint "}

// romanceParticles join the parts of European names the tagger cuts:
// "Valery Giscard d'Estaing", "Punta del Este", "Mar del Plata".
var romanceParticles = []string{"d'", "d’", "del ", "de la ", "della ", "dos ", "das ", "do ", "da ", "von ", "van der ", "van "}

// extendParticles widens a person's span over a following particle name,
// and a person's or place's over a European name's particle and the
// capitalised word after it.
// extendGivenNames extends a person's name over the hyphenated given name
// after it that the tagger left out, as Chinese and Korean names are
// written in wire copy: "Chang Chi-cheng", "Yu Kuo-hwa" (a capital, lower
// case letters, a hyphen, lower case letters), when no other name starts
// there.
func extendGivenNames(body string, spans []segment.Span) []segment.Span {
	out := append([]segment.Span(nil), spans...)
	for i := range out {
		s := &out[i]
		if s.Label != graph.LabelPER || s.End+1 >= len(body) || body[s.End] != ' ' {
			continue
		}
		if i+1 < len(out) && out[i+1].Start <= s.End+1 {
			continue
		}
		end := s.End + 1
		if end >= len(body) || body[end] < 'A' || body[end] > 'Z' {
			continue
		}
		end++
		lower := func() int {
			n := 0
			for end < len(body) && body[end] >= 'a' && body[end] <= 'z' {
				end++
				n++
			}
			return n
		}
		if lower() == 0 || end >= len(body) || body[end] != '-' {
			continue
		}
		end++
		from := end
		if lower() == 0 || end < len(body) && (startsWord(body[end:]) || body[end] == '-') {
			continue
		}
		if q := body[from:end]; strings.HasSuffix(q, "ed") || q == "run" || q == "born" || q == "made" {
			// "Carl C. Icahn-controlled TWA": the surname, without the
			// qualifier it forms (no double name)
			s.End = from - 1
			continue
		}
		s.End = end
	}
	return out
}

// particleStart reports a lower-case word and its space that open a
// longer particle ("de " of "de la ", "van " of "van der ").
func particleStart(w string) bool {
	for _, p := range romanceParticles {
		if len(p) > len(w) && strings.HasPrefix(p, w) {
			return true
		}
	}
	return false
}

func extendParticles(body string, spans []segment.Span) []segment.Span {
	out := append([]segment.Span(nil), spans...)
	for i := range out {
		s := &out[i]
		if s.Label != graph.LabelPER && s.Label != graph.LabelLOC || s.End+1 >= len(body) || body[s.End] != ' ' {
			continue
		}
		from := s.End + 1
		ps := romanceParticles
		if s.Label == graph.LabelPER {
			ps = append(slices.Clone(particles), romanceParticles...)
			if sp := strings.LastIndexByte(body[s.Start:s.End], ' '); sp > 0 && particleStart(body[s.Start+sp+1:s.End]+" ") {
				// "Miguel de | la Madrid": the tagger took the particle's
				// first word into the given name; the name goes on
				from = s.Start + sp + 1
			}
		}
		rest := body[from:]
		for _, p := range ps {
			if !strings.HasPrefix(rest, p) || len(rest) == len(p) || !segment.IsCapitalised(rest[len(p):]) {
				continue
			}
			end := from + len(p)
			for end < len(body) && (startsWord(body[end:]) || body[end] == '-') {
				_, w := utf8.DecodeRuneInString(body[end:])
				end += w
			}
			if i+1 < len(out) && out[i+1].Start < end {
				if out[i+1].End > end {
					break
				}
				out[i+1].Start, out[i+1].End = end, end // swallowed: dropped by the check below
			}
			s.End = end
			break
		}
	}
	kept := out[:0]
	for _, s := range out {
		if s.Start < s.End {
			kept = append(kept, s)
		}
	}
	return kept
}

// namedThingAfter and namedThingBefore make a place's name part of the
// name of a thing that is no entity: a trade round ("the Uruguay Round"),
// a treaty ("the Treaty of Rome"); the place is not mentioned.
var (
	namedThingAfter  = []string{" Round", " round", " Currency Units", " Currency Unit", " Interbank Offered Rate", " Interbank Offered Rates", " Inter-bank Offered Rate", " Inter-bank Offered Rates"}
	namedThingBefore = []string{"Treaty of ", "treaty of ", "Rules of ", "rules of ", "Code of ", "code of "}
)

// dropNamedThings drops the place spans that only name a round or a treaty,
// and names of a policy or a currency unit, which are no entities.
func dropNamedThings(body string, spans []segment.Span) []segment.Span {
	var products map[string]bool // names an apposition calls a product, wherever the article writes them
	for _, s := range spans {
		if name := body[s.Start:s.End]; s.Label != graph.LabelLOC && productApposition(body, s.End) && !endsCorporate(name) {
			if products == nil {
				products = map[string]bool{}
			}
			products[name] = true
			if i := strings.LastIndexByte(name, ' '); i > 0 && len(name)-i > 4 && !strings.Contains(name, " for ") {
				products[name[i+1:]] = true // "Bookshelf" after "Microsoft Bookshelf, a 300 dlr program"
			}
		}
	}
	kept := spans[:0]
	for _, s := range spans {
		name := body[s.Start:s.End]
		if s.Label == graph.LabelLOC && namedThing(body, s.Start, s.End) {
			continue
		}
		if (strings.HasSuffix(name, " Policy") && !bodyWordIn(name)) || strings.HasSuffix(name, " Currency Unit") || strings.HasSuffix(name, " Currency Units") {
			continue // "the Common Agricultural Policy", "European Currency Units": no body
		}
		if (strings.HasSuffix(name, " Rate") || strings.HasSuffix(name, " Rates")) && !bodyWordIn(name) {
			continue // "London Interbank Offered Rates": a price, no body
		}
		if loneAdjectives.Has(name) || securityNames.Has(name) || ratingNamed(body, s.Start, s.End) {
			continue // "Federal funds", "a Federal prosecutor"; "cut to AA from AA-plus"
		}
		if provisionName(name) || strings.HasPrefix(name, "Rules of ") || strings.HasPrefix(name, "Code of ") {
			// "Article III", "Section 301", "Chapter 11", "the Rules of Fair
			// Practice": a law's or a rulebook's part or name, no person or body
			continue
		}
		if weatherNames.Has(name) || romanNumeral(name) && lowerBefore(body, s.Start) {
			continue // "El Nino may be returning to Peru", "a phase III study": no body, no place
		}
		if s.Label != graph.LabelMISC && (weaponNouns.Has(wordAfter(body, s.End)) || vesselNouns.Has(wordBefore(body, s.Start))) {
			continue // "Blowpipe missiles", "the aircraft carrier Kitty Hawk": weapons and ships are no entities (GUIDE.md)
		}
		if s.Label != graph.LabelLOC && products[name] {
			continue // "Microsoft Bookshelf, a 300 dlr program", "Zoladex, a treatment for prostate cancer": a product, no body or person
		}
		kept = append(kept, s)
	}
	return kept
}

// productNouns head an apposition that says a name is a product's.
var productNouns = set("program", "programme", "drug", "drugs", "treatment", "medication", "medicine", "vaccine",
	"device", "software", "computer", "computers", "car", "cars", "model", "brand", "aircraft", "jet", "airliner",
	"engine", "satellite", "product", "system", "package", "compound", "chip", "tablet", "pill")

// productFollowers end a product apposition's noun phrase at its head: "a
// device which employs", "a treatment for diabetic complications" (not "a
// building product concern": the firm).
var productFollowers = set("that", "which", "for", "to", "by", "with", "used", "designed", "called", "containing", "made", "of", "in", "and")

// productApposition reports ", a|an <up to four words> <product noun>"
// right after offset end, the noun heading its phrase.
func productApposition(body string, end int) bool {
	rest := body[end:min(len(body), end+90)]
	if !strings.HasPrefix(rest, ", a ") && !strings.HasPrefix(rest, ", an ") {
		return false
	}
	ws := strings.Fields(rest[2:])
	for i := 1; i < len(ws) && i <= 5; i++ {
		w := strings.TrimRight(ws[i], ",.;:")
		if productNouns.Has(w) {
			if w != ws[i] || i+1 >= len(ws) {
				return true // the phrase ends at the noun: "a 300 dlr program, that …"
			}
			return productFollowers.Has(ws[i+1])
		}
		if w != ws[i] || productFollowers.Has(w) {
			return false // the phrase's head is before: "a reseller of personal computers"
		}
	}
	return false
}

// weaponNouns follow a weapon's name: "Rapier missiles", "the Sgt. York gun".
var weaponNouns = set("missile", "missiles", "rocket", "rockets", "gun", "guns", "howitzer", "howitzers", "torpedo", "torpedoes",
	"launcher", "launchers", "warhead", "warheads")

// vesselNouns stand right before a ship's name: "the aircraft carrier
// Kitty Hawk", "the cruise ship Regent Sea", "the M/V Regent Star" (not
// "carrier" alone: "the carrier Pan Am" is an airline).
var vesselNouns = set("ship", "vessel", "tanker", "supertanker", "freighter", "frigate", "destroyer", "warship", "cruiser",
	"liner", "M/V", "MV", "USS", "HMS", "trawler", "steamer", "ferry", "barge", "submarine")

// wordAfter is the word right after offset end, lower-cased, past spaces;
// "" at a line's end or before punctuation.
func wordAfter(body string, end int) string {
	i := end
	for i < len(body) && body[i] == ' ' {
		i++
	}
	j := i
	for j < len(body) && (isLetterByte(body[j]) || body[j] == '-') {
		j++
	}
	return strings.ToLower(body[i:j])
}

// wordBefore is the word right before offset start as written, past
// spaces (with its slashes: "M/V"); "" after punctuation or a line break.
func wordBefore(body string, start int) string {
	j := start
	for j > 0 && body[j-1] == ' ' {
		j--
	}
	i := j
	for i > 0 && (isLetterByte(body[i-1]) || body[i-1] == '/') {
		i--
	}
	w := body[i:j]
	if w == "carrier" && strings.HasSuffix(body[:i], "aircraft ") {
		return "ship" // "the aircraft carrier Kitty Hawk"
	}
	return w
}

// weatherNames name weather, no body or place.
var weatherNames = set("El Nino", "La Nina", "EL Nino", "El Niño", "La Niña")

// lowerBefore reports a lower-case word right before offset start: "a
// phase III study" (not "Queen Elizabeth II").
func lowerBefore(body string, start int) bool {
	j := start
	for j > 0 && body[j-1] == ' ' {
		j--
	}
	i := j
	for i > 0 && body[i-1] != ' ' && body[i-1] != '\n' {
		i--
	}
	return i < j && body[i] >= 'a' && body[i] <= 'z'
}

// romanNumeral reports a name that is only a Roman numeral of two letters
// or more ("II", "III", "VI"): a phase, a part or a series, no body.
// provisionName reports a part of a law, a treaty or a rulebook named by
// its number: "Article III", "Section 301", "Chapter 11", "Article 5".
func provisionName(name string) bool {
	word, num, ok := strings.Cut(name, " ")
	if !ok {
		return false
	}
	switch word {
	case "Article", "Articles", "Section", "Sections", "Chapter", "Paragraph", "Clause", "Title", "Rule":
	default:
		return false
	}
	if romanNumeral(num) || num == "I" || num == "V" || num == "X" {
		return true
	}
	for i := 0; i < len(num); i++ {
		if num[i] < '0' || num[i] > '9' {
			return i > 0 && len(num)-i <= 2 // "Section 301a", "Article 5bis" kept short
		}
	}
	return num != ""
}

func romanNumeral(name string) bool {
	if len(name) < 2 || len(name) > 5 {
		return false
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; c != 'I' && c != 'V' && c != 'X' {
			return false
		}
	}
	return true
}

// securityNames are the names of kinds of security, no body: "yield 60
// basis points more than Treasuries", "gilts".
var securityNames = set("Treasuries", "Eurobonds", "Gilts", "Bunds")

// loneAdjectives name nothing by themselves: "Federal funds were trading
// at 6-1/4 pct".
var loneAdjectives = set("Federal", "Central")

// ratingWords come before or after a credit rating.
var ratingWords = set("to", "from", "at", "rated", "rating", "ratings", "of", "its", "and", "or", "top-flight", "a", "rates")

// ratingNamed reports a credit rating the tagger read as a name, by the
// words around it: "lowered its senior debt to AA-minus from AA", "rated
// Caa by Moody's", "a Baa-1 rating".
func ratingNamed(body string, start, end int) bool {
	w := body[start:end]
	base, _, _ := strings.Cut(w, "-")
	if !creditRating(base) && !moodysGrades.Has(base) {
		return false
	}
	if suffix := strings.TrimPrefix(w, base); suffix == "-plus" || suffix == "-minus" || len(suffix) == 2 && suffix[1] >= '1' && suffix[1] <= '3' {
		return true // "AA-minus", "Baa-1"; not "CC-Bank"
	}
	if strings.HasPrefix(body[end:], "-plus") || strings.HasPrefix(body[end:], "-minus") {
		return true
	}
	if w != base {
		return false
	}
	if start > 0 && body[start-1] == '(' && strings.HasPrefix(body[end:], ")") && len(w) >= 2 {
		return true // "raised its ratings to DP-1 (AAA) from DP-2"
	}
	before := strings.Fields(body[max(0, start-12):start])
	after := strings.Fields(body[end:min(len(body), end+12)])
	if len(after) > 0 && strings.HasPrefix(after[0], "rating") {
		return true
	}
	return len(before) > 0 && ratingWords.Has(strings.ToLower(before[len(before)-1])) &&
		(len(after) == 0 || strings.Trim(after[0], ".,;") == "" || ratingWords.Has(strings.Trim(after[0], ".,;")) || after[0] == "by")
}

// moodysGrades are Moody's Investors Service's grades.
var moodysGrades = set("Aaa", "Aa", "Baa", "Ba", "Caa", "Ca")

// bodyWordIn reports a word that heads a body's name inside name: "the
// National Commission on Dairy Policy" is a body, "the Common
// Agricultural Policy" none.
func bodyWordIn(name string) bool {
	for _, w := range strings.Fields(name) {
		switch w {
		case "Commission", "Council", "Committee", "Office", "Institute", "Center", "Centre", "Board", "Bureau", "School", "University", "College",
			"Department", "Ministry", "Agency", "Association", "Foundation", "Group", "Forum":
			return true
		}
	}
	return false
}

// namedThing reports whether body[start:end] is a place's name inside the
// name of a round or a treaty.
func namedThing(body string, start, end int) bool {
	for _, w := range namedThingAfter {
		if strings.HasPrefix(body[end:], w) && !startsWord(body[end+len(w):]) {
			return true
		}
	}
	for _, w := range namedThingBefore {
		if strings.HasSuffix(body[:start], w) {
			return true
		}
	}
	return false
}

// adjacent reports whether the spans follow each other with one space between.
func adjacent(body string, spans []segment.Span) bool {
	for k := 1; k < len(spans); k++ {
		if body[spans[k-1].End:spans[k].Start] != " " {
			return false
		}
	}
	return true
}

// trim narrows [start,end) past surrounding spaces, quotes, brackets and
// punctuation, a trailing possessive and a leading "the".
func trim(body string, start, end int) (int, int) {
	for start < end {
		r, w := utf8.DecodeRuneInString(body[start:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		start += w
	}
	for end > start {
		r, w := utf8.DecodeLastRuneInString(body[start:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' && end-start > 1 && isAbbrev(body[start:end]) {
			break
		}
		end -= w
	}
	for _, suf := range []string{"'s", "’s", "'S", "’"} {
		if strings.HasSuffix(body[start:end], suf) && end-start > len(suf) {
			end -= len(suf)
			break
		}
	}
	for _, pre := range []string{"the ", "The ", "THE "} {
		if strings.HasPrefix(body[start:end], pre) && end-start > len(pre) {
			return start + len(pre), end
		}
	}
	return start, end
}

// isAbbrev reports whether s ends in a dotted abbreviation ("U.S.", "Mr.",
// "Jr."), whose final dot belongs to the name.
func isAbbrev(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	return strings.Count(w, ".") >= 2 || w == "Jr." || w == "Sr." || w == "Inc." || w == "Co." || w == "Corp." || w == "Ltd."
}

// plain normalises a surface form for exact matching: curly quotes and
// dashes made straight, runs of space collapsed; case and dots are kept.
func plain(s string) string {
	if isPlain(s) {
		return strings.Clone(s) // not a slice of the article, which a name may outlive
	}
	return strings.Join(strings.Fields(typographic.Replace(s)), " ")
}

// plainKey is plain for a look-up: s itself when plain leaves it as it is,
// not a copy, so it must not be kept.
func plainKey(s string) string {
	if isPlain(s) {
		return s
	}
	return strings.Join(strings.Fields(typographic.Replace(s)), " ")
}

// isPlain reports whether plain leaves s as it is: ASCII (the typographic
// marks are not), no white space but single spaces between words.
func isPlain(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ' && s[i+1] == ' ':
			return false
		}
	}
	return true
}

// plainPrefix is how far isPlain finds nothing to change in s but its
// ends: the index of the first byte that is not ASCII, is white space other
// than a space, or is a space before another. So s[:n], n > 0, is plain
// when n <= plainPrefix(s) and it neither starts nor ends with a space,
// which lets the gazetteer scan test every name it tries from one word
// with one pass over the text.
func plainPrefix(s string) int {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return i
		case c == ' ' && i+1 < len(s) && s[i+1] == ' ':
			return i
		}
	}
	return len(s)
}

// isUpper is strings.ToUpper(s) == s, without building the upper-case
// string for the ASCII words that are most of them.
func isUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToUpper(s) == s
		}
		if 'a' <= c && c <= 'z' {
			return false
		}
	}
	return true
}

// isLower is strings.ToLower(s) == s, as isUpper.
func isLower(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s) == s
		}
		if 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

var typographic = strings.NewReplacer("’", "'", "‘", "'", "‑", "-", "‐", "-", "–", "-")

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func labelOf(t graph.EntityType) string {
	switch t {
	case graph.Person:
		return graph.LabelPER
	case graph.Organization:
		return graph.LabelORG
	default:
		return graph.LabelLOC
	}
}

func typeOfLabel(l string) graph.EntityType {
	switch l {
	case graph.LabelPER:
		return graph.Person
	case graph.LabelORG:
		return graph.Organization
	}
	return "" // LOC is typed by its words (locationType)
}

// cutCityTails ends a company's name at its legal form where "of <City>,
// <State or Country>" or "of <State or Country>" follows it inside the
// tagged span: "AC Material Handling Co of Columbus, Ohio" is the firm
// and the city it is in, "Cargill Inc of Minnesota" the firm and its
// state; "Aluminum Co of America" keeps its name.
func (r *Resolver) cutCityTails(body string, spans []segment.Span) []segment.Span {
	out := spans[:0:0]
	for _, s := range spans {
		name := body[s.Start:s.End]
		i := strings.LastIndex(name, " of ")
		if s.Label != graph.LabelORG || i < 0 {
			out = append(out, s)
			continue
		}
		legal, _ := lastField(name[:i])
		city := name[i+4:]
		rest := body[s.End:]
		if tailForms.Has(legal) && !strings.Contains(city, ".") && (r.placeOf(city, graph.Region) || r.placeOf(city, graph.Country)) {
			// "Cargill Inc of Minnesota", "Garnac Grain Co Inc of New
			// Jersey": the firm and the state or country it is in ("Union
			// Oil Co of California", "Public Service Co of New Mexico" are
			// names: a firm's "Co" or "Corp" often takes its state)
			out = append(out, segment.Span{Start: s.Start, End: s.Start + i, Label: graph.LabelORG},
				segment.Span{Start: s.Start + i + 4, End: s.End, Label: graph.LabelLOC})
			continue
		}
		if !isLegalForm(legal) || !strings.HasPrefix(rest, ", ") || !r.placeOf(city, graph.City) {
			out = append(out, s)
			continue
		}
		next := strings.TrimSpace(strings.TrimPrefix(rest, ", "))
		if cut := strings.IndexAny(next, ",.;"); cut > 0 {
			next = next[:cut]
		}
		if !r.placeOf(next, graph.Region) && !r.placeOf(next, graph.Country) {
			out = append(out, s)
			continue
		}
		out = append(out, segment.Span{Start: s.Start, End: s.Start + i, Label: graph.LabelORG},
			segment.Span{Start: s.Start + i + 4, End: s.End, Label: graph.LabelLOC})
	}
	return out
}

// tailForms end a firm's legal name that "of <state or country>" does not
// continue.
var tailForms = wordset.Of(map[string]bool{"Inc": true, "Inc.": true, "Ltd": true, "Ltd.": true, "Plc": true, "PLC": true, "AG": true,
	"SA": true, "S.A.": true, "NV": true, "N.V.": true, "SpA": true, "GmbH": true, "BV": true, "AB": true})

// placeOf reports a name our knowledge holds as a place of type t, among
// the seeds or the world's places.
func (r *Resolver) placeOf(name string, t graph.EntityType) bool {
	return slices.ContainsFunc(r.g.Lookup(name), func(e gazetteer.Entry) bool { return e.Type == t }) ||
		slices.ContainsFunc(r.g.Places(name), func(e gazetteer.Entry) bool { return e.Type == t })
}

// qualifiedForm is a qualifier in brackets and the legal form after a
// name: " (Europe) Ltd", " (Holdings) Plc".
var qualifiedForm = regexp.MustCompile(`^ \(([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})\) ([A-Z][A-Za-z.]*)`)

// qualifiedCompanies makes one company's name of a name, a qualifier in
// brackets and a legal form: "Nikko Securities Co (Europe) Ltd", "Cheung
// Kong (Holdings) Ltd", "Morgan Guaranty (Switzerland) AG" name a
// subsidiary by its place or kind, a firm apart from its parent, and the
// place in the brackets is no mention of its own.
func qualifiedCompanies(body string, spans []segment.Span) []segment.Span {
	if !strings.Contains(body, ") ") {
		return spans
	}
	out := make([]segment.Span, 0, len(spans))
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if !strings.HasPrefix(body[s.End:], " (") {
			out = append(out, s) // (most spans: no regular expression run)
			continue
		}
		m := qualifiedForm.FindStringSubmatchIndex(body[s.End:min(len(body), s.End+60)])
		if m == nil {
			out = append(out, s)
			continue
		}
		form := body[s.End+m[4] : s.End+m[5]]
		end := s.End + m[5]
		if strings.HasSuffix(form, ".") && strings.Count(form, ".") == 1 {
			form, end = form[:len(form)-1], end-1 // "Ltd." ending a sentence
		}
		if !isLegalForm(form) {
			out = append(out, s)
			continue
		}
		start := s.Start
		if n := len(out); s.Label != graph.LabelORG && n > 0 && out[n-1].Label == graph.LabelORG && body[out[n-1].End:s.Start] == " of " {
			// "Long Term Credit Bank of" + "Japan" + " (Schweiz) AG"
			start = out[n-1].Start
			out = out[:n-1]
		}
		for i+1 < len(spans) && spans[i+1].Start < end {
			i++ // the qualifier and the form, if tagged
		}
		out = append(out, segment.Span{Start: start, End: end, Label: graph.LabelORG})
	}
	return out
}

// joinedShortForms reads again, as one company, the shorter form an
// article writes of a firm named by two names joined by "and" or "&"
// whose whole name, with its legal form, it wrote elsewhere: after
// "Brown and Williamson Tobacco Corp", "the U.S. Brown and Williamson
// unit" names that firm, not a person Brown and a firm Williamson. The
// short form is the whole name's words up to the first one after the
// conjunction, and as many of its next words as follow in the text.
func joinedShortForms(body string, spans []segment.Span) []segment.Span {
	var out []segment.Span
	for _, f := range spans {
		text := body[f.Start:f.End]
		if !endsCorporate(text) || !strings.Contains(text, " and ") && !strings.Contains(text, " & ") ||
			strings.HasSuffix(body[:f.Start], " and ") || strings.HasSuffix(body[:f.Start], " & ") {
			continue // no joined name, or one that may have lost its first words ("AT and" + "T and Philips ... NV")
		}
		ws := strings.Fields(text)
		k := slices.IndexFunc(ws, func(w string) bool { return w == "and" || w == "&" })
		if k < 1 || k+2 >= len(ws) || !segment.IsCapitalised(ws[0]) || !segment.IsCapitalised(ws[k+1]) {
			continue
		}
		short := strings.Join(ws[:k+2], " ")
		for from := 0; ; {
			i := strings.Index(body[from:], short)
			if i < 0 {
				break
			}
			start, end := from+i, from+i+len(short)
			from = end
			if start > 0 && isWordByte(body[start-1]) || end < len(body) && isWordByte(body[end]) {
				continue // inside a longer word
			}
			// the whole name's next words, as far as the text has them
			for _, w := range ws[k+2:] {
				if !strings.HasPrefix(body[end:], " "+w) || end+1+len(w) < len(body) && isWordByte(body[end+1+len(w)]) {
					break
				}
				end += 1 + len(w)
			}
			if end-start == len(text) || slices.ContainsFunc(spans, func(s segment.Span) bool {
				return s.Start <= start && end <= s.End || s.Start < end && s.End > end || s.Start < start && s.End > start
			}) {
				continue // the whole name itself, one name already, or a name running across it
			}
			out = append(out, segment.Span{Start: start, End: end, Label: graph.LabelORG})
		}
	}
	if out == nil {
		return spans
	}
	kept := slices.DeleteFunc(slices.Clone(spans), func(s segment.Span) bool {
		return slices.ContainsFunc(out, func(o segment.Span) bool { return s.Start < o.End && o.Start < s.End })
	})
	kept = append(kept, out...)
	slices.SortFunc(kept, func(a, b segment.Span) int { return a.Start - b.Start })
	return slices.CompactFunc(kept, func(a, b segment.Span) bool { return a == b })
}

// isWordByte is a byte a word goes on with: a letter or a digit.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= utf8.RuneSelf
}

// cutAtSentences cuts a name the span passes joined across the start of
// a sentence, after a legal form's dot, back into the names before and
// after it: "from Ostland Inc. Mersk Corp said …" joins a firm whose legal
// form ends one sentence to the firm that opens the next.
func cutAtSentences(body string, sents []segment.Sentence, spans []segment.Span) []segment.Span {
	return rewriteSpans(spans, func(_ int, s segment.Span) []segment.Span {
		for _, st := range sents {
			if st.Start > s.Start && st.Start < s.End {
				end := st.Start
				for end > s.Start && isWordSpace(body[end-1]) {
					end--
				}
				if last, _ := lastField(body[s.Start:end]); !strings.HasSuffix(last, ".") || !isLegalForm(last) {
					return nil // "Alex. Brown and Sons Inc": a dot the splitter misread
				}
				return []segment.Span{{Start: s.Start, End: end, Label: s.Label}, {Start: st.Start, End: s.End, Label: s.Label}}
			}
		}
		return nil
	})
}

// possessiveFirms reads a firm named with a possessive, "Wendy's
// International Inc", "Dreyer's Grand Ice Cream Inc", as one name when
// the article never writes the word before "'s" without it: the "'s" is
// the name's, not an owner's ("Chrysler's American Motors Corp" is
// Chrysler's firm where "Chrysler" stands alone elsewhere). The firm's
// short form, "Wendy's", is a mention of it too.
func (r *Resolver) possessiveFirms(body string, spans []segment.Span) []segment.Span {
	var owners map[string]bool // words before "'s" that open a firm's name
	lower := ""
	for _, s := range spans {
		w, _ := possessor(body, s.Start)
		if w == "" || !endsCorporate(body[s.Start:s.End]) || len(r.g.Lookup(w)) > 0 {
			continue // (not "Japan's Fujitsu Ltd": a known name owns the firm)
		}
		if lower == "" {
			lower = strings.ToLower(body)
		}
		if alwaysPossessive(lower, strings.ToLower(w)) {
			if owners == nil {
				owners = map[string]bool{}
			}
			owners[w] = true
		}
	}
	if owners == nil {
		return spans
	}
	var out []segment.Span
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if w, at := possessor(body, s.Start); owners[w] {
			if len(out) > 0 && out[len(out)-1].End > at {
				out = out[:len(out)-1] // the owner's word, tagged apart
			}
			out = append(out, segment.Span{Start: at, End: s.End, Label: graph.LabelORG})
			continue
		}
		if text := body[s.Start:s.End]; owners[text] && strings.HasPrefix(body[s.End:], "'s") && !(i+1 < len(spans) && spans[i+1].Start == s.End+3) {
			out = append(out, segment.Span{Start: s.Start, End: s.End + 2, Label: graph.LabelORG}) // "Wendy's stock"
			continue
		}
		out = append(out, s)
	}
	return out
}

// possessor is the capitalised word written with "'s" right before
// offset, and where it starts: "Wendy" of "Wendy's International".
func possessor(body string, offset int) (string, int) {
	if offset < 4 || body[offset-3:offset] != "'s " {
		return "", 0
	}
	end := offset - 3
	start := end
	for start > 0 && isWordByte(body[start-1]) {
		start--
	}
	if start == end || !segment.IsCapitalised(body[start:end]) || start > 0 && body[start-1] != ' ' && body[start-1] != '\n' && body[start-1] != '<' && body[start-1] != '(' ||
		isLegalForm(body[start:end]) {
		return "", 0
	}
	if b := strings.LastIndexAny(body[:max(start-1, 0)], " \n"); start > 1 && body[start-1] == ' ' && segment.IsCapitalised(body[b+1:start-1]) && body[start-2] != '.' {
		return "", 0 // the last word of a longer name: "Robert Maxwell's", "Coca-Cola Co's"
	}
	return body[start:end], start
}

// alwaysPossessive reports a word the body writes only with "'s" after
// it, both in lower case ("PepsiCo's Taco Bell Corp" where "Pepsico Inc"
// stands alone).
func alwaysPossessive(body, w string) bool {
	for from := 0; ; {
		i := strings.Index(body[from:], w)
		if i < 0 {
			return true
		}
		at := from + i
		from = at + len(w)
		if at > 0 && isWordByte(body[at-1]) || from < len(body) && isWordByte(body[from]) && body[from] != 's' {
			continue // inside a longer word
		}
		if !strings.HasPrefix(body[from:], "'s") {
			return false
		}
	}
}
