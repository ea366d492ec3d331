// Package timex finds temporal expressions in news sentences and resolves
// them against the article's publication date, keeping only as much
// precision as the text gives: "Thursday" in a Wednesday article is a day,
// "last month" is a month, "by the end of this year" is a year.
//
// Bare weekdays follow one documented rule: the weekday of the reference
// date is the reference date itself; any other weekday is the nearest one
// within three days either side, moved to the previous week when its clause
// is in the past tense and the nearest lies ahead, and to the following
// week when the clause speaks of the future and the nearest lies behind.
// "last"/"next" before a weekday force the direction. Tense is read from
// cue words (will, planned, expected… for the future, as is a verb of a
// timetable in the present: "talks reopen on Tuesday"; said, arrived,
// was… for the past) in the clause holding the expression, bounded by commas,
// dashes and conjunctions such as "after" and "because". Month names
// without a year follow the same reading: the latest such month not after
// the reference under a past reading, the earliest not before it under a
// future one, and in the present the nearer of the two.
//
// A week has no precision of its own in the graph's date format
// (YYYY-MM-DD, YYYY-MM or YYYY), so "this week", "last week" and
// "next week" resolve to the month holding the reference day moved by that
// many weeks, with precision month.
package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"actorgraph/ingest/wordset"
)

// Precisions of a Date.
const (
	Day   = "day"
	Month = "month"
	Year  = "year"
)

// Date is a calendar date as precise as the text tells: Value is YYYY-MM-DD,
// YYYY-MM or YYYY to match Precision day, month or year.
type Date struct {
	Value     string
	Precision string
}

// IsZero reports whether d holds no date.
func (d Date) IsZero() bool { return d.Value == "" }

// Time is the first instant d covers, in UTC; ok is false for a zero or
// malformed Date.
func (d Date) Time() (t time.Time, ok bool) {
	var err error
	switch d.Precision {
	case Day:
		t, err = time.Parse("2006-01-02", d.Value)
	case Month:
		t, err = time.Parse("2006-01", d.Value)
	case Year:
		t, err = time.Parse("2006", d.Value)
	default:
		return time.Time{}, false
	}
	return t, err == nil
}

// Contains reports whether o lies within d, as 2019-04-25 lies within
// 2019-04: the test for two mentions possibly naming the same date.
func (d Date) Contains(o Date) bool {
	return d.Value != "" && strings.HasPrefix(o.Value, d.Value)
}

// Compatible reports whether d and o can be the same date at different
// precisions. A zero Date is compatible with anything.
func (d Date) Compatible(o Date) bool {
	return d.IsZero() || o.IsZero() || d.Contains(o) || o.Contains(d)
}

// Finer reports whether d is more precise than o.
func (d Date) Finer(o Date) bool { return rank(d.Precision) > rank(o.Precision) }

func rank(p string) int {
	switch p {
	case Day:
		return 3
	case Month:
		return 2
	case Year:
		return 1
	}
	return 0
}

func dayOf(t time.Time) Date   { return Date{t.Format("2006-01-02"), Day} }
func monthOf(t time.Time) Date { return Date{t.Format("2006-01"), Month} }
func yearOf(t time.Time) Date  { return Date{t.Format("2006"), Year} }

// Offset is a distance in time read from "eight weeks after …" or
// "two days before …": N units (day, week, month, year), signed so that
// adding it to the date of what the sentence is about gives the date of
// what follows "after"/"before".
type Offset struct {
	N    int
	Unit string
}

// IsZero reports whether o is no offset.
func (o Offset) IsZero() bool { return o.N == 0 || o.Unit == "" }

// precision is the finest precision a distance in these units supports:
// a day count keeps the day, a single week keeps it too, but "eight weeks"
// is an estimate good to the month.
func (o Offset) precision() string {
	n := o.N
	if n < 0 {
		n = -n
	}
	switch o.Unit {
	case "day":
		return Day
	case "week":
		if n <= 1 {
			return Day
		}
		return Month
	case "month":
		return Month
	}
	return Year
}

// Shift moves d by o and keeps the coarser of d's precision and the
// precision the offset supports. A zero Date stays zero.
func (d Date) Shift(o Offset) Date {
	t, ok := d.Time()
	if !ok {
		return Date{}
	}
	switch o.Unit {
	case "day":
		t = t.AddDate(0, 0, o.N)
	case "week":
		t = t.AddDate(0, 0, 7*o.N)
	case "month":
		t = t.AddDate(0, o.N, 0)
	case "year":
		t = t.AddDate(o.N, 0, 0)
	default:
		return d
	}
	p := d.Precision
	if rank(o.precision()) < rank(p) {
		p = o.precision()
	}
	return truncate(t, p)
}

func truncate(t time.Time, p string) Date {
	switch p {
	case Day:
		return dayOf(t)
	case Month:
		return monthOf(t)
	}
	return yearOf(t)
}

// Match is one temporal expression found in a sentence. Start and End are
// byte offsets into the sentence. Date is the resolved date; for an
// expression relative to another event ("eight weeks after") Date is zero
// and Offset says how far that event lies from the sentence's own date.
type Match struct {
	Start, End int
	Text       string
	Date       Date
	Offset     Offset
}

// Resolve normalises one temporal expression, such as "April 25, 2019",
// "Thursday", "last month" or "in February", against the reference date.
// ok is false when expr is not a temporal expression or names no date
// ("in recent years"). A bare weekday is read without tense: the nearest.
func Resolve(expr string, ref time.Time) (Date, bool) {
	ms := Find(expr, ref)
	if len(ms) != 1 || ms[0].Date.IsZero() {
		return Date{}, false
	}
	rest := strings.Fields(expr[:ms[0].Start] + " " + expr[ms[0].End:])
	for _, w := range rest {
		if !filler.Has(strings.ToLower(strings.Trim(w, ".,;:"))) {
			return Date{}, false
		}
	}
	return ms[0].Date, true
}

// filler words may surround an expression given to Resolve.
var filler = wordset.Of(map[string]bool{"": true, "in": true, "on": true, "at": true, "since": true, "during": true, "until": true, "of": true, "the": true, "from": true})

// String is the date's value, for messages.
func (d Date) String() string { return fmt.Sprintf("%s(%s)", d.Value, d.Precision) }

// IsMonth reports a month's name or its abbreviation, in any case
// ("May", "december", "Sept").
func IsMonth(w string) bool {
	_, ok := months.Get(strings.ToLower(w))
	return ok
}

var months = wordset.MapOf(map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
})

var weekdays = wordset.MapOf(map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
})

var numbers = wordset.MapOf(map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"several": 3, "few": 3,
})

// getLower is m.Get(strings.ToLower(w)), which for an ASCII word lowers
// it only if it may be held.
func getLower[V any](m *wordset.Map[V], w string) (V, bool) {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return m.Get(strings.ToLower(w))
		}
	}
	return m.GetLower(w)
}

// atoi is strconv.Atoi(s) and whether it took s, without the error value
// Atoi makes for each of the many words that are no number.
func atoi(s string) (int, bool) {
	if len(s) >= 19 {
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	t := s
	if t != "" && (t[0] == '+' || t[0] == '-') {
		t = t[1:]
	}
	if t == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(t); i++ {
		c := t[i] - '0'
		if c > 9 {
			return 0, false
		}
		n = n*10 + int(c)
	}
	if s[0] == '-' {
		n = -n
	}
	return n, true
}

func number(w string) (int, bool) {
	if n, ok := getLower(&numbers, w); ok {
		return n, true
	}
	n, ok := atoi(w)
	return n, ok && n > 0 && n < 1000
}

func unit(w string) (string, bool) {
	w = strings.ToLower(w)
	w = strings.TrimSuffix(w, "s")
	switch w {
	case "day", "week", "month", "year":
		return w, true
	}
	return "", false
}

// month reads a month name or its abbreviation ("Apr.", "Sept"); it must be
// capitalised, so the verb "may" and the noun "march" are not months.
func month(w string) (time.Month, bool) {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return 0, false
	}
	m, ok := getLower(&months, strings.TrimSuffix(w, "."))
	return m, ok
}

func weekday(w string) (time.Weekday, bool) {
	d, ok := getLower(&weekdays, w)
	return d, ok
}

func year(w string) (int, bool) {
	if len(w) != 4 {
		return 0, false
	}
	y, ok := atoi(w)
	return y, ok && y >= 1900 && y <= 2100
}

func dayNum(w string) (int, bool) {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		w = strings.TrimSuffix(w, suf)
	}
	if len(w) > 2 {
		return 0, false
	}
	d, ok := atoi(w)
	return d, ok && d >= 1 && d <= 31
}

// firstDay reads a day number or a range of days, "27-29" in "April
// 27-29" or "27-29 April", as the range's first day: an event held over
// days is dated by the day it opens.
func firstDay(w string) (int, bool) {
	a, b, ok := strings.Cut(w, "-")
	if !ok {
		return dayNum(w)
	}
	d, ok := dayNum(a)
	if !ok || len(b) > 2 {
		return 0, false
	}
	e, ok := dayNum(b)
	return d, ok && e > d
}

// validDay builds a day date, refusing dates like February 30.
func validDay(y int, m time.Month, d int) (Date, bool) {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || t.Month() != m {
		return Date{}, false
	}
	return dayOf(t), true
}

// tense is what a sentence's verbs say about when it happens.
type tense int

const (
	present tense = iota
	past
	future
)

var futureCues = wordset.Of(map[string]bool{
	"will": true, "shall": true, "'ll": true, "’ll": true, "upcoming": true, "planned": true,
	"scheduled": true, "expected": true, "plans": true, "due": true, "slated": true,
	"next": true, "would": true,
	// what one expects or intends to do lies ahead ("said it expects to
	// merge in early May"); "plan" and "hopes" are nouns as often
	"expects": true, "expect": true, "intends": true, "intend": true,
	// what must be done is still to do ("must be concluded by October")
	"must": true,
	// a scheduled act in the simple present lies ahead ("begins a state
	// visit on Tuesday", "arrives in London on Monday")
	"begins": true, "starts": true, "opens": true, "arrives": true, "leaves": true, "departs": true,
	"meets": true, "visits": true, "resumes": true, "convenes": true, "travels": true,
})

var pastCues = wordset.Of(map[string]bool{
	"said": true, "told": true, "was": true, "were": true, "had": true, "did": true,
	"arrived": true, "visited": true, "met": true, "held": true, "signed": true, "announced": true,
	"ended": true, "collapsed": true, "returned": true, "left": true, "came": true, "went": true,
	"spoke": true, "called": true, "wrote": true, "reported": true, "added": true, "agreed": true,
	"launched": true, "fired": true, "attacked": true, "declared": true, "rejected": true,
	"sent": true, "took": true, "gave": true, "yesterday": true, "began": true, "started": true, "hosted": true, "welcomed": true,
	// irregular pasts of acts the news dates: "shot dead … on Friday"
	"shot": true, "struck": true, "fought": true, "won": true, "lost": true, "fled": true, "sought": true,
	"bought": true, "sold": true, "brought": true, "stole": true, "flew": true,
})

// pastForm reports a word written in lower case that looks like a verb in
// the past ("bombed", "criticised"): five letters or more ending in "ed",
// no hyphen ("state-owned"), not one of the participles news uses as
// adjectives ("armed men", "the detained leader").
func pastForm(w, lw string) bool {
	return w == lw && len(lw) >= 5 && strings.HasSuffix(lw, "ed") && !strings.Contains(lw, "-") && !adjectivalParticiples.Has(lw)
}

// adjectivalParticiples are past participles news uses as adjectives,
// which say nothing of the clause's tense.
var adjectivalParticiples = wordset.Of(map[string]bool{"armed": true, "based": true, "detained": true, "alleged": true,
	"disputed": true, "occupied": true, "united": true, "proposed": true, "advanced": true, "limited": true,
	"related": true, "listed": true, "registered": true, "qualified": true, "skilled": true, "required": true,
	"estimated": true, "unnamed": true, "unidentified": true, "injured": true, "wounded": true, "embattled": true})

// tenseOf reads the tense of words (and their lower-cased forms).
func tenseOf(words, lower []string) tense {
	isPast, timetabled, later := false, false, false
	for i, lw := range lower {
		if lw == "later" {
			later = true // ahead unless a verb says past: "meet later today", not "later met Kohl on Tuesday"
		}
		if timetableVerbs.Has(lw) && i > 0 && !nounMarkers.Has(lower[i-1]) && !strings.HasSuffix(lower[i-1], "'s") {
			timetabled = true // (not a noun: "during Olaf Scholz's visit to Brasilia on Monday", "the open market")
		}
		if lw == "must" && (strings.HasPrefix(words[i], "\"") || strings.HasPrefix(words[i], "“") || i > 0 && (words[i-1] == "\"" || words[i-1] == "“")) {
			continue // the "must buy" level: a term in marks, no duty ahead
		}
		if lw == "plans" && plansNoun(words, lower, i) {
			continue // "demonstrated on Monday against the plans", "against EC plans": a noun, nothing ahead
		}
		if futureCues.Has(lw) || lw == "set" && i+1 < len(lower) && lower[i+1] == "for" {
			return future // ("the meeting is set for Monday")
		}
		if pastCues.Has(lw) || pastForm(words[i], lw) {
			isPast = true
		}
	}
	if isPast {
		return past
	}
	if timetabled || later {
		return future
	}
	return present
}

// plansNoun reports "plans" at i written as a noun: after an article or
// a possessive ("the plans", "the EC's plans"), or after a preposition
// and a name ("against EC plans").
func plansNoun(words, lower []string, i int) bool {
	if i == 0 {
		return false
	}
	if nounMarkers.Has(lower[i-1]) && lower[i-1] != "to" || strings.HasSuffix(lower[i-1], "'s") || strings.HasSuffix(lower[i-1], "’s") {
		return true
	}
	return i > 1 && words[i-1] != lower[i-1] && planPreps.Has(lower[i-2])
}

// planPreps put the name and noun after them in a phrase of their own.
var planPreps = wordset.Words("against", "of", "over", "about", "on", "to", "with", "for", "under", "by")

// nounMarkers make the word after them a noun.
var nounMarkers = wordset.Of(map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true,
	"their": true, "our": true, "this": true, "that": true, "'s": true, "’s": true, "to": true})

// timetableVerbs, in the present, tell what is timetabled: "talks reopen
// in New York on Tuesday", "Japan and the U.S. begin talks on Monday"
// lie ahead (a clause with a verb in the past is past: "talks began on
// Monday").
var timetableVerbs = wordset.Of(map[string]bool{"begin": true, "begins": true, "open": true, "opens": true,
	"reopen": true, "reopens": true, "resume": true, "resumes": true, "start": true, "starts": true,
	"meet": true, "meets": true, "convene": true, "convenes": true, "arrive": true, "arrives": true,
	"leave": true, "leaves": true, "visit": true, "visits": true})

// nearestWeekday applies the package's weekday rule.
func nearestWeekday(ref time.Time, wd time.Weekday, t tense) time.Time {
	diff := (int(wd) - int(ref.Weekday()) + 7) % 7
	if diff == 0 {
		return ref
	}
	if diff > 3 {
		diff -= 7
	}
	switch {
	case t == past && diff > 0:
		diff -= 7
	case t == future && diff < 0:
		diff += 7
	}
	return ref.AddDate(0, 0, diff)
}

// monthNear is the month m in the year that makes it the latest m not after
// ref under a past reading, the earliest m not before ref under a future
// one, and the nearer of the two in the present ("preparations for a June
// meeting" in March is three months ahead, not nine behind; at six months
// either way, the one behind).
func monthNear(ref time.Time, m time.Month, t tense) time.Time {
	y := ref.Year()
	switch {
	case t == future && m < ref.Month():
		y++
	case t == past && m > ref.Month():
		y--
	case t == present && m > ref.Month():
		if m-ref.Month() >= 6 {
			y--
		}
	case t == present && m < ref.Month():
		if ref.Month()-m > 6 {
			y++
		}
	}
	return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
}
