package timex

import (
	"strings"
	"time"

	"actorgraph/ingest/segment"
	"actorgraph/ingest/wordset"
)

// Find returns every temporal expression in the sentence s, resolved
// against ref, in order and without overlaps. The sentence's tense decides
// the direction of bare weekdays and month names (see the package comment).
func Find(s string, ref time.Time) []Match {
	toks := segment.Tokenize(s)
	lower := make([]string, len(toks))
	for i, t := range toks {
		lower[i] = strings.ToLower(t.Text)
	}
	return FindTokens(s, 0, toks, lower, ref)
}

// FindTokens is Find on a sentence already tokenised: toks are the tokens
// Tokenize gives s, their offsets counted from base (a sentence's tokens
// in its article, s the sentence), and lower their texts in lower case.
// The matches' offsets are into s, as Find's.
func FindTokens(s string, base int, toks []segment.Token, lower []string, ref time.Time) []Match {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	f := finder{words: words, lower: lower, ref: time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)}
	var out []Match
	for i := 0; i < len(toks); {
		f.start = i
		m, n := f.at(i)
		if n == 0 {
			i++
			continue
		}
		start, end := toks[i].Start-base, toks[i+n-1].End-base
		m.Start, m.End, m.Text = start, end, s[start:end]
		out = append(out, m)
		i += n
	}
	return out
}

// clauseEnds bound the clause whose verbs give an expression its tense:
// in "Thursday's summit, …, comes eight weeks after the last one ended",
// "ended" says nothing about Thursday.
var clauseEnds = wordset.Of(map[string]bool{
	",": true, ";": true, ":": true, "—": true, "–": true, "(": true, ")": true,
	"because": true, "while": true, "but": true, "after": true, "before": true, "when": true,
	"although": true, "since": true, "until": true,
})

// saidVerbs, in the past, end the clause that says; what they report
// follows in a clause of its own.
var saidVerbs = wordset.Words("said", "told", "added", "stated", "announced", "reported", "warned", "declared")

// saidTime reports a word of a time right after a verb of saying: "on
// Tuesday", "on December 17", "yesterday", "last week".
func saidTime(w, lw string) bool {
	if _, ok := weekday(w); ok {
		return true
	}
	if _, ok := month(w); ok {
		return true
	}
	if lw != "" && lw[0] >= '0' && lw[0] <= '9' && len(lw) <= 4 {
		return true // a day or a year
	}
	return saidTimeWords.Has(lw)
}

var saidTimeWords = wordset.Words("on", "in", "late", "early", "last", "this", "yesterday", "today", "week", "month", "year", "night", "morning", "afternoon", "evening", ",")

// nextVerbs reports "and" at i before the verb group of another clause, a
// modal or a verb in the past, after a clause [start, i) with a tense of
// its own: "arrived on Saturday and will meet X" dates Saturday by
// "arrived".
func nextVerbs(words, lower []string, start, i int) bool {
	if i+1 >= len(lower) {
		return false
	}
	n := lower[i+1]
	if n != "will" && n != "would" && n != "shall" && !pastCues.Has(n) && !pastForm(words[i+1], n) {
		return false
	}
	return tenseOf(words[start:i], lower[start:i]) != present
}

// clauseTenses gives each word the tense of the clause holding it.
func clauseTenses(words, lower []string) []tense {
	out := make([]tense, len(lower))
	start, prev := 0, -1
	saidTense := -1 // the tense of a verb of saying that ended the clause before
	ahead := false  // the clause before ended with a verb of resolving and "to"
	for i := 0; i <= len(lower); i++ {
		said := i < len(lower) && saidVerbs.Has(lower[i]) && i > start
		intent := i < len(lower) && resolvedTo(words, lower, i) && i > start
		if i < len(lower) && !clauseEnds.Has(lower[i]) && !(lower[i] == "and" && nextVerbs(words, lower, start, i)) && !said && !intent {
			continue
		}
		if said {
			// "Nazer on December 17 said prices would rise": the verb of
			// saying ends its own clause, with the time right after it
			// ("said on Tuesday talks would open on Friday"); what it
			// reports has its own tense (the claim's "would" is no future
			// of December 17)
			j := i + 1
			for j < len(lower) && saidTime(words[j], lower[j]) {
				j++
			}
			t := tenseOf(words[start:i+1], lower[start:i+1])
			for k := start; k < j; k++ {
				out[k] = t
			}
			prev, start, saidTense = start, j, int(t)
			i = j - 1
			continue
		}
		t := tenseOf(words[start:i], lower[start:i])
		if saidTense >= 0 && t == present && !hasVerbOfPresent(lower[start:i]) {
			// "Europol warned in a report on Friday": no verb of its own
			// after the verb of saying, the clause is still the saying's
			t = tense(saidTense)
		}
		saidTense = -1
		if t == present && ahead {
			t = future // "has decided to visit Moscow on Sunday": what was resolved lies ahead
		}
		ahead = intent
		if t == present && prev >= 0 && start < i && timeOpeners.Has(lower[start]) && !hasVerbOfPresent(lower[start:i]) && hasWeekday(words[start:i]) {
			// "Iran launched the offensive, codenamed Karbala-7, on Tuesday
			// night": a weekday set off alone has the tense of the clause
			// before it (not a month: "a gesture ahead of his meeting, on
			// April 5-6", the meeting's own time, is still to come)
			t = out[prev]
		}
		if start < i {
			prev = start
		}
		for k := start; k < i; k++ {
			out[k] = t
		}
		if i < len(lower) {
			out[i] = t
		}
		start = i + 1
	}
	// "On Friday, Halvard offered …": a sentence that opens with a phrase
	// of time alone, set off by a comma, takes the tense of what follows
	for i := 0; i+1 < len(lower) && i < 6; i++ {
		if lower[i] == "," {
			t := present // the first verb after the comma: "On Wednesday, Reagan announced that he will…" is past
			for k := i + 1; k < len(lower); k++ {
				if futureCues.Has(lower[k]) {
					t = future
					break
				}
				if pastCues.Has(lower[k]) || pastForm(words[k], lower[k]) {
					t = past
					break
				}
			}
			for k := 0; k <= i; k++ {
				out[k] = t
			}
			break
		}
		if _, day := weekday(words[i]); !day && !timeOpeners.Has(lower[i]) {
			break
		}
	}
	return out
}

// resolvedTo reports "to" at i after a past verb of resolving or
// promising and before a bare verb: "has decided to visit Moscow on
// Sunday", "pledged to repay the loan in May" put what follows ahead of
// the resolve (not "agreed to buy X on Tuesday", which as often dates the
// agreeing).
func resolvedTo(words, lower []string, i int) bool {
	if lower[i] != "to" || i == 0 || i+1 >= len(lower) || !resolveVerbs.Has(lower[i-1]) {
		return false
	}
	n := lower[i+1]
	return words[i+1] == n && !nounMarkers.Has(n) && !strings.HasSuffix(n, "ed") && !strings.HasSuffix(n, "ing") && !strings.HasSuffix(n, "s")
}

// resolveVerbs, in the past, resolve or promise to do a thing.
var resolveVerbs = wordset.Words("decided", "promised", "pledged", "vowed", "resolved", "undertook", "arranged")

// hasWeekday reports a weekday's name among words.
func hasWeekday(words []string) bool {
	for _, w := range words {
		if _, ok := weekday(w); ok {
			return true
		}
	}
	return false
}

// hasVerbOfPresent reports a verb of the present among words: "is", "are",
// "has", "says".
func hasVerbOfPresent(lower []string) bool {
	for _, w := range lower {
		switch w {
		case "is", "are", "am", "has", "have", "says", "say", "does", "do", "'s":
			return true
		}
	}
	return false
}

// timeOpeners are the words of a phrase of time that may open a
// sentence before a weekday: "On Friday,", "Late on Tuesday,".
var timeOpeners = wordset.Of(map[string]bool{"on": true, "late": true, "early": true, "last": true, "this": true, "next": true, "in": true, "at": true})

type finder struct {
	words []string
	lower []string
	ref   time.Time
	start int // the word an expression is read from
	// tenses are clauseTenses of the words, read the first time a
	// reader needs one: most sentences hold no expression whose date
	// hangs on its tense, and reading every clause's verbs was a fifth
	// of finding a sentence's expressions
	tenses []tense
}

// tense is the tense of the clause holding the word an expression is
// read from.
func (f *finder) tense() tense {
	if f.tenses == nil {
		f.tenses = clauseTenses(f.words, f.lower)
	}
	return f.tenses[f.start]
}

// w is the word at i, or "" past either end.
func (f *finder) w(i int) string {
	if i < 0 || i >= len(f.words) {
		return ""
	}
	return f.words[i]
}

func (f *finder) lw(i int) string {
	if i < 0 || i >= len(f.lower) {
		return ""
	}
	return f.lower[i]
}

// at tries every pattern at token i and returns the match and how many
// tokens it spans; n is 0 when nothing starts at i.
func (f *finder) at(i int) (Match, int) {
	if !f.mayStart(i) {
		return Match{}, 0
	}
	// The readers are tried in this order, called one by one: a slice of
	// method values would copy the finder into each, at every word that
	// may start an expression.
	if m, n := f.weekdayDate(i); n > 0 {
		return m, n
	}
	if m, n := f.explicit(i); n > 0 {
		return m, n
	}
	if m, n := f.endOf(i); n > 0 {
		return m, n
	}
	if m, n := f.relativeUnit(i); n > 0 {
		return m, n
	}
	if m, n := f.deictic(i); n > 0 {
		return m, n
	}
	if m, n := f.weekday(i); n > 0 {
		return m, n
	}
	if m, n := f.offset(i); n > 0 {
		return m, n
	}
	if m, n := f.monthName(i); n > 0 {
		return m, n
	}
	if m, n := f.year(i); n > 0 {
		return m, n
	}
	return Match{}, 0
}

// starters are the lower-case words that can open an expression besides
// numbers, months and weekdays; checking them first keeps Find cheap on
// the many words that start nothing.
var starters = wordset.Of(map[string]bool{
	"by": true, "the": true, "end": true, "earlier": true, "later": true, "early": true, "late": true,
	"this": true, "last": true, "past": true, "previous": true, "next": true, "coming": true,
	"current": true, "today": true, "tonight": true, "yesterday": true, "tomorrow": true,
	"a": true, "an": true, "one": true, "two": true, "three": true, "four": true, "five": true,
	"six": true, "seven": true, "eight": true, "nine": true, "ten": true, "eleven": true,
	"twelve": true, "several": true, "few": true,
})

func (f *finder) mayStart(i int) bool {
	w := f.lw(i)
	if w == "" {
		return false
	}
	if starters.Has(w) || w[0] >= '0' && w[0] <= '9' || strings.HasPrefix(w, "mid-") || strings.HasPrefix(w, "early-") || strings.HasPrefix(w, "late-") {
		return true
	}
	if _, ok := months.Get(strings.TrimSuffix(w, ".")); ok {
		return true
	}
	_, ok := weekdays.Get(w)
	return ok
}

// weekdayDate reads "Wednesday, April 24, 2019" as one day.
func (f *finder) weekdayDate(i int) (Match, int) {
	if _, ok := weekday(f.w(i)); !ok {
		return Match{}, 0
	}
	j := i + 1
	if f.w(j) == "," {
		j++
	}
	if m, n := f.explicit(j); n > 0 && m.Date.Precision == Day {
		return m, j - i + n
	}
	return Match{}, 0
}

// explicit reads calendar dates: 2019-04-25, April 25, 2019, 25 April 2019,
// April 2019, April 25, 25 April.
func (f *finder) explicit(i int) (Match, int) {
	w := f.w(i)
	if len(w) >= 7 && w[4] == '-' {
		if t, err := time.Parse("2006-01-02", w); err == nil {
			return Match{Date: dayOf(t)}, 1
		}
		if t, err := time.Parse("2006-01", w); err == nil {
			return Match{Date: monthOf(t)}, 1
		}
	}
	if m, ok := month(w); ok {
		if d, ok := firstDay(f.w(i + 1)); ok {
			j := i + 2
			if f.w(j) == "," {
				j++
			}
			if y, ok := year(f.w(j)); ok {
				if date, ok := validDay(y, m, d); ok {
					return Match{Date: date}, j - i + 1
				}
				return Match{}, 0
			}
			y := monthNear(f.ref, m, f.tense()).Year()
			if date, ok := validDay(y, m, d); ok {
				return Match{Date: date}, 2
			}
			return Match{}, 0
		}
		if y, ok := year(f.w(i + 1)); ok {
			return Match{Date: monthOf(time.Date(y, m, 1, 0, 0, 0, 0, time.UTC))}, 2
		}
		if y, ok := year(f.w(i + 2)); ok && f.w(i+1) == "," {
			return Match{Date: monthOf(time.Date(y, m, 1, 0, 0, 0, 0, time.UTC))}, 3 // "in February, 1986"
		}
		return Match{}, 0
	}
	if d, ok := firstDay(w); ok {
		if m, ok := month(f.w(i + 1)); ok {
			y, n := monthNear(f.ref, m, f.tense()).Year(), 2
			if yy, ok := year(f.w(i + 2)); ok {
				y, n = yy, 3
			}
			if date, ok := validDay(y, m, d); ok {
				return Match{Date: date}, n
			}
		}
	}
	return Match{}, 0
}

// endOf reads "by the end of this year", "the end of the month",
// "end of April".
func (f *finder) endOf(i int) (Match, int) {
	j := i
	if f.lw(j) == "by" {
		j++
	}
	if f.lw(j) == "the" {
		j++
	}
	if f.lw(j) != "end" || f.lw(j+1) != "of" {
		return Match{}, 0
	}
	j += 2
	if m, ok := month(f.w(j)); ok {
		if y, ok := year(f.w(j + 1)); ok {
			return Match{Date: monthOf(time.Date(y, m, 1, 0, 0, 0, 0, time.UTC))}, j - i + 2
		}
		return Match{Date: monthOf(monthNear(f.ref, m, future))}, j - i + 1
	}
	if y, ok := year(f.w(j)); ok {
		return Match{Date: yearOf(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC))}, j - i + 1
	}
	if m, n := f.unitOf(j, true); n > 0 {
		return m, j - i + n
	}
	return Match{}, 0
}

// relativeUnit reads "this week", "last month", "earlier this month",
// "next year", "the past year", "last May".
func (f *finder) relativeUnit(i int) (Match, int) { return f.unitOf(i, false) }

// unitOf reads a week, month or year named relative to the reference; with
// bare set, as after "end of", "the year" also means this year.
func (f *finder) unitOf(i int, bare bool) (Match, int) {
	j := i
	switch f.lw(j) {
	case "earlier", "later", "early", "late":
		j++
	}
	if f.lw(j) == "the" && !(bare && isUnit(f.lw(j+1))) {
		j++
	}
	shift := 0
	switch f.lw(j) {
	case "this", "the", "current":
	case "last", "past", "previous":
		shift = -1
	case "next", "coming":
		shift = 1
	default:
		return Match{}, 0
	}
	if m, ok := month(f.w(j + 1)); ok {
		t := map[int]tense{-1: past, 0: f.tense(), 1: future}[shift]
		d := monthNear(f.ref, m, t)
		if shift == -1 && d.Month() == f.ref.Month() && d.Year() == f.ref.Year() {
			d = d.AddDate(-1, 0, 0)
		}
		if shift == 1 && d.Month() == f.ref.Month() && d.Year() == f.ref.Year() {
			d = d.AddDate(1, 0, 0)
		}
		return Match{Date: monthOf(d)}, j - i + 2
	}
	if first, last, ok := season(f.lw(j + 1)); ok && f.lw(j) != "the" && f.lw(j) != "current" && f.lw(j+2) != "in" && f.lw(j+2) != "of" {
		// (not "the fall in oil prices", "this fall of the dollar")
		// "last fall", "this spring", "next summer": the year the season
		// falls in, nearest the reference on the side "last" or "next" says
		y, m := f.ref.Year(), int(f.ref.Month())
		switch {
		case shift < 0 && last >= m:
			y--
		case shift > 0 && first <= m:
			y++
		}
		return Match{Date: yearOf(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC))}, j - i + 2
	}
	switch f.lw(j + 1) {
	case "week":
		return Match{Date: monthOf(f.ref.AddDate(0, 0, 7*shift))}, j - i + 2
	case "month":
		return Match{Date: monthOf(firstOfMonth(f.ref).AddDate(0, shift, 0))}, j - i + 2
	case "year":
		return Match{Date: yearOf(f.ref.AddDate(shift, 0, 0))}, j - i + 2
	}
	return Match{}, 0
}

func isUnit(w string) bool { return w == "week" || w == "month" || w == "year" }

// season gives the first and last months of a season named by w (spring,
// summer, fall or autumn; winter spans two years and is left out).
func season(w string) (first, last int, ok bool) {
	switch w {
	case "spring":
		return 3, 5, true
	case "summer":
		return 6, 8, true
	case "fall", "autumn":
		return 9, 11, true
	}
	return 0, 0, false
}

func firstOfMonth(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

// partOfDay are the parts of a day "this" names on the day of publication.
var partOfDay = wordset.Of(map[string]bool{"morning": true, "afternoon": true, "evening": true})

// deictic reads today, tonight, yesterday, tomorrow, "this morning",
// "this afternoon", "this evening" and "last night".
func (f *finder) deictic(i int) (Match, int) {
	switch f.lw(i) {
	case "today", "tonight":
		return Match{Date: dayOf(f.ref)}, 1
	case "yesterday":
		return Match{Date: dayOf(f.ref.AddDate(0, 0, -1))}, 1
	case "tomorrow":
		return Match{Date: dayOf(f.ref.AddDate(0, 0, 1))}, 1
	case "this":
		// "met this afternoon with the speaker": the day of publication
		if partOfDay.Has(f.lw(i + 1)) {
			return Match{Date: dayOf(f.ref)}, 2
		}
	case "last":
		// "the package agreed last night": the evening before publication
		if w := f.lw(i + 1); w == "night" || w == "evening" {
			return Match{Date: dayOf(f.ref.AddDate(0, 0, -1))}, 2
		}
	}
	return Match{}, 0
}

// weekday reads "Thursday", "last Friday", "next Monday", "this Sunday".
// A possessive ("Thursday's summit") is left out of the match.
func (f *finder) weekday(i int) (Match, int) {
	t, j, forced := present, i, false
	switch f.lw(i) {
	case "last", "past":
		t, j, forced = past, i+1, true
	case "next", "coming":
		t, j, forced = future, i+1, true
	case "this":
		j = i + 1
	}
	wd, ok := weekday(f.w(j))
	if !ok || f.w(j)[0] < 'A' || f.w(j)[0] > 'Z' {
		return Match{}, 0
	}
	if !forced {
		t = f.tense()
	}
	d := nearestWeekday(f.ref, wd, t)
	if forced && d.Equal(f.ref) {
		d = d.AddDate(0, 0, map[tense]int{past: -7, future: 7}[t])
	}
	return Match{Date: dayOf(d)}, j - i + 1
}

// offset reads "three days ago" (a date) and "eight weeks after",
// "two days before" (an Offset to apply to another event's date).
func (f *finder) offset(i int) (Match, int) {
	j := i
	if f.lw(j) == "a" && f.lw(j+1) == "few" {
		j++
	}
	n, ok := number(f.w(j))
	if !ok {
		return Match{}, 0
	}
	u, ok := unit(f.w(j + 1))
	if !ok {
		return Match{}, 0
	}
	o := Offset{N: n, Unit: u}
	switch f.lw(j + 2) {
	case "ago":
		o.N = -n
		return Match{Date: dayOf(f.ref).Shift(o)}, j - i + 3
	case "after":
		o.N = -n
		return Match{Offset: o}, j - i + 3
	case "before":
		return Match{Offset: o}, j - i + 3
	}
	return Match{}, 0
}

// monthPrepositions mark a following month name, which makes even "May" a
// month rather than the verb.
var monthPrepositions = wordset.Of(map[string]bool{
	"in": true, "of": true, "since": true, "until": true, "by": true, "during": true,
	"early": true, "late": true, "mid": true, "from": true, "through": true, "before": true,
	"after": true, "between": true, "and": true, "to": true,
})

// monthName reads a month on its own: "in February", "the February summit".
func (f *finder) monthName(i int) (Match, int) {
	w, part := f.w(i), false
	for _, p := range []string{"mid-", "early-", "late-", "Mid-", "Early-", "Late-"} {
		if strings.HasPrefix(w, p) {
			w, part = w[len(p):], true // "in mid-May": the month, at its precision
			break
		}
	}
	m, ok := month(w)
	if !ok {
		return Match{}, 0
	}
	if m == time.May && !part && !monthPrepositions.Has(f.lw(i-1)) {
		return Match{}, 0
	}
	if givenName(f.w(i), f.w(i+1)) {
		return Match{}, 0 // "Jan Peters said": a first name, no month
	}
	if contractWords.Has(f.lw(i+1)) || contractWords.Has(f.lw(i+2)) && f.lw(i+1) != "," && !monthPrepositions.Has(f.lw(i+1)) && f.lw(i+1) != "and" {
		// "April heating oil", "May delivery", "the March contract": a
		// month that names a delivery or a contract, not when things happen
		return Match{}, 0
	}
	t := f.tense()
	if f.lw(i-1) == "by" && t == present {
		t = future // a deadline: "the talks are to end by October"
	}
	if f.lw(i-1) == "in" && saidPast.Has(f.lw(i-2)) && !beForm.Has(f.lw(i-3)) {
		t = past // "said in February that Malaysia would …": when it was said, whatever the claim's "would"
	}
	if f.lw(i+2) == "year" {
		// "July this year", "March next year", "December last year": the
		// year the words name, whatever the clause's tense
		shift, ok := map[string]int{"this": 0, "next": 1, "last": -1}[f.lw(i+1)]
		if ok {
			return Match{Date: monthOf(time.Date(f.ref.Year()+shift, m, 1, 0, 0, 0, 0, time.UTC))}, 3
		}
	}
	return Match{Date: monthOf(monthNear(f.ref, m, t))}, 1
}

// givenName reports a month's abbreviation written as a name before
// another capitalised word that is no date: "Jan Peters", not "Jan 15",
// "Jan. 15" or "Jan Feb".
func givenName(w, next string) bool {
	if len(w) < 3 || len(w) > 4 || w[len(w)-1] < 'a' || w[0] < 'A' || w[0] > 'Z' || w[1] < 'a' || w[1] > 'z' || len(next) < 2 || next[0] < 'A' || next[0] > 'Z' {
		return false
	}
	if lw := strings.ToLower(w); lw == "may" || lw == "june" || lw == "july" {
		return false // a month's whole name: "in May Congress voted"
	}
	_, ok := month(next)
	return !ok
}

// contractWords after a month name make it a delivery or contract month.
var contractWords = wordset.Of(map[string]bool{
	"delivery": true, "deliveries": true, "shipment": true, "shipments": true, "loading": true,
	"loadings": true, "contract": true, "contracts": true, "futures": true, "crude": true, "oil": true,
	"heating": true, "gasoline": true, "wheat": true, "corn": true, "soybeans": true, "sugar": true,
	"cocoa": true, "coffee": true, "copper": true, "gold": true, "silver": true, "options": true,
	"arrival": true, "arrivals": true, "sailing": true, "liftings": true, "position": true, "forward": true,
	"maturity": true, "expiry": true,
})

// year reads a four-digit year: "in 2017", "a 2017 resolution", "mid-2019".
// A number followed by a plural noun ("2000 troops") is a count, not a year.
func (f *finder) year(i int) (Match, int) {
	w := f.w(i)
	for _, p := range []string{"mid-", "early-", "late-"} {
		w = strings.TrimPrefix(w, p)
	}
	y, ok := year(w)
	if !ok {
		return Match{}, 0
	}
	next := f.w(i + 1)
	if len(next) > 2 && next[0] >= 'a' && next[0] <= 'z' && (strings.HasSuffix(next, "s") || yearModified.Has(next)) {
		return Match{}, 0 // "2000 troops", "to meet 1987 growth targets": a number or a year naming a thing, no date
	}
	if zone, _, _ := strings.Cut(strings.ToLower(next), "/"); clockWords[zone] {
		return Match{}, 0 // "at 2000 EST", "1430 GMT", "1500 hrs": a time of day
	}
	return Match{Date: yearOf(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC))}, 1
}

// yearModified are the nouns a year names the period of ("the 1988
// budget", "1987 growth targets", "the 1986 crop"), which date nothing
// told of in the sentence.
var yearModified = wordset.Of(map[string]bool{"budget": true, "growth": true, "crop": true, "season": true,
	"output": true, "production": true, "harvest": true, "target": true, "quota": true, "forecast": true,
	"deficit": true, "surplus": true, "level": true, "spending": true, "program": true, "programme": true,
	"campaign": true, "plan": true, "outlook": true, "estimate": true, "fiscal": true})

// clockWords follow a four-digit time of day: a time zone or "hrs".
var clockWords = map[string]bool{
	"est": true, "edt": true, "cst": true, "cdt": true, "mst": true, "mdt": true, "pst": true, "pdt": true,
	"gmt": true, "bst": true, "cet": true, "hkt": true, "jst": true, "utc": true, "hrs": true, "hours": true,
	"local": true,
}

// saidPast are verbs of saying in the past, whose "in <month>" dates the
// saying: "said in February that Malaysia would …".
var saidPast = wordset.Of(map[string]bool{"said": true, "told": true, "announced": true, "reported": true, "disclosed": true,
	"stated": true, "added": true, "noted": true, "confirmed": true, "revealed": true, "warned": true, "predicted": true,
	"estimated": true, "forecast": true, "indicated": true})

// beForm are forms of "be" before a participle: "was announced in May".
var beForm = wordset.Of(map[string]bool{"be": true, "been": true, "being": true, "is": true, "are": true, "was": true, "were": true})
