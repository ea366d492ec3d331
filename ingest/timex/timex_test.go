package timex

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestResolve(t *testing.T) {
	wed := day("2019-04-24") // a Wednesday
	tests := []struct {
		expr   string
		ref    time.Time
		want   Date
		wantOK bool
	}{
		{"April 25, 2019", wed, Date{"2019-04-25", Day}, true},
		{"25 April 2019", wed, Date{"2019-04-25", Day}, true},
		{"2019-04-25", wed, Date{"2019-04-25", Day}, true},
		{"Apr. 25, 2019", wed, Date{"2019-04-25", Day}, true},
		{"Wednesday, April 24, 2019", wed, Date{"2019-04-24", Day}, true},
		{"April 2019", wed, Date{"2019-04", Month}, true},
		{"in 2017", wed, Date{"2017", Year}, true},
		{"mid-2018", wed, Date{"2018", Year}, true},
		{"Thursday", wed, Date{"2019-04-25", Day}, true},
		{"Wednesday", wed, Date{"2019-04-24", Day}, true},
		{"Monday", wed, Date{"2019-04-22", Day}, true},
		{"Saturday", wed, Date{"2019-04-27", Day}, true},
		{"Sunday", wed, Date{"2019-04-21", Day}, true},
		{"last Thursday", wed, Date{"2019-04-18", Day}, true},
		{"next Monday", wed, Date{"2019-04-29", Day}, true},
		{"next Wednesday", wed, Date{"2019-05-01", Day}, true},
		{"today", wed, Date{"2019-04-24", Day}, true},
		{"yesterday", wed, Date{"2019-04-23", Day}, true},
		{"tomorrow", wed, Date{"2019-04-25", Day}, true},
		{"this afternoon", wed, Date{"2019-04-24", Day}, true},
		{"this morning", day("2019-05-02"), Date{"2019-05-02", Day}, true},
		{"last night", wed, Date{"2019-04-23", Day}, true},
		{"last night", day("2019-05-01"), Date{"2019-04-30", Day}, true},
		{"this week", wed, Date{"2019-04", Month}, true},
		{"last week", day("2019-05-02"), Date{"2019-04", Month}, true},
		{"this month", wed, Date{"2019-04", Month}, true},
		{"last month", wed, Date{"2019-03", Month}, true},
		{"last month", day("2019-01-10"), Date{"2018-12", Month}, true},
		{"next month", day("2019-12-10"), Date{"2020-01", Month}, true},
		{"earlier this month", wed, Date{"2019-04", Month}, true},
		{"this year", wed, Date{"2019", Year}, true},
		{"last year", wed, Date{"2018", Year}, true},
		{"by the end of this year", wed, Date{"2019", Year}, true},
		{"the end of the year", wed, Date{"2019", Year}, true},
		{"in February", wed, Date{"2019-02", Month}, true},
		{"in June", wed, Date{"2019-06", Month}, true},
		{"in May", wed, Date{"2019-05", Month}, true}, // present: the nearer May, next month
		{"in September", wed, Date{"2019-09", Month}, true},
		{"in October", wed, Date{"2018-10", Month}, true}, // six months each way: the one behind
		{"in November", day("2019-01-10"), Date{"2018-11", Month}, true},
		{"last May", day("2019-05-20"), Date{"2018-05", Month}, true},
		{"February", wed, Date{"2019-02", Month}, true},
		{"April 25", wed, Date{"2019-04-25", Day}, true},
		{"April 27-29", wed, Date{"2019-04-27", Day}, true}, // a range of days: its first
		{"27-29 April", wed, Date{"2019-04-27", Day}, true},
		{"April 29-27", wed, Date{}, false},
		{"April 27-299", wed, Date{}, false},
		{"three days ago", wed, Date{"2019-04-21", Day}, true},
		{"two months ago", wed, Date{"2019-02", Month}, true},
		{"a week ago", wed, Date{"2019-04-17", Day}, true},
		{"five years ago", wed, Date{"2014", Year}, true},
		{"in recent years", wed, Date{}, false},
		{"annually", wed, Date{}, false},
		{"10,000 workers", wed, Date{}, false},
		{"2000 troops", wed, Date{}, false},
		{"1987 growth targets", wed, Date{}, false}, // a year naming a period of a thing
		{"1988 budget", wed, Date{}, false},
		{"April heating oil", wed, Date{}, false},
		{"June delivery", wed, Date{}, false},
		{"the March contract", wed, Date{}, false},
		{"February 30, 2019", wed, Date{}, false},
		{"", wed, Date{}, false},
	}
	for _, tt := range tests {
		got, ok := Resolve(tt.expr, tt.ref)
		if ok != tt.wantOK || got != tt.want {
			t.Errorf("Resolve(%q, %s) = %v, %v; want %v, %v", tt.expr, tt.ref.Format("2006-01-02"), got, ok, tt.want, tt.wantOK)
		}
	}
}

func TestFind(t *testing.T) {
	wed := day("2019-04-24")
	tests := []struct {
		name string
		s    string
		ref  time.Time
		want []Match
	}{
		{
			name: "a verb of a timetable in the present puts a bare weekday ahead ('talks reopen in New York on Tuesday' on a Wednesday is next Tuesday)",
			s:    "Debt talks reopen in New York on Tuesday.",
			ref:  wed,
			want: []Match{{Start: 33, End: 40, Text: "Tuesday", Date: Date{"2019-04-30", Day}}},
		},
		{
			name: "a past verb of resolving or promising and 'to' put the time after them ahead ('has decided to visit Vardo on Sunday' on a Wednesday is next Sunday)",
			s:    "Jon Vik has decided to visit Vardo on Sunday.",
			ref:  wed,
			want: []Match{{Start: 38, End: 44, Text: "Sunday", Date: Date{"2019-04-28", Day}}},
		},
		{
			name: "a time between a verb of resolving and its 'to' is the resolving's ('decided on Monday to visit Vardo')",
			s:    "Jon Vik decided on Monday to visit Vardo.",
			ref:  wed,
			want: []Match{{Start: 19, End: 25, Text: "Monday", Date: Date{"2019-04-22", Day}}},
		},
		{
			name: "a timetable's word read as a noun says nothing of the time ('made during Jon Vik's visit to Vardo on Tuesday')",
			s:    "The offer, made during Jon Vik's visit to Vardo on Tuesday, came late.",
			ref:  wed,
			want: []Match{{Start: 51, End: 58, Text: "Tuesday", Date: Date{"2019-04-23", Day}}},
		},
		{
			name: "a verb of saying in the past ends the clause of its time: what it reports has its own tense ('Jon Vik on December 17 said prices would rise' on 2019-04-24 is December 2018, not ahead)",
			s:    "Jon Vik on December 17 said prices would rise.",
			ref:  wed,
			want: []Match{{Start: 11, End: 22, Text: "December 17", Date: Date{"2018-12-17", Day}}},
		},
		{
			name: "the time right after a verb of saying is the saying's ('said on Tuesday talks would open on Friday': Tuesday behind, Friday ahead)",
			s:    "Jon Vik said on Tuesday talks would open on Friday.",
			ref:  wed,
			want: []Match{{Start: 16, End: 23, Text: "Tuesday", Date: Date{"2019-04-23", Day}}, {Start: 44, End: 50, Text: "Friday", Date: Date{"2019-04-26", Day}}},
		},
		{
			name: "a month, a comma and a year is that month of that year ('signed in February, 1986'), as without the comma",
			s:    "The accord was signed in February, 1986 in Caracas.",
			ref:  wed,
			want: []Match{{Start: 25, End: 39, Text: "February, 1986", Date: Date{"1986-02", Month}}},
		},
		{
			name: "'plans' after an article says nothing of the time ('marched on Tuesday against the plans')",
			s:    "Farmers marched in Vardo on Tuesday against the plans.",
			ref:  wed,
			want: []Match{{Start: 28, End: 35, Text: "Tuesday", Date: Date{"2019-04-23", Day}}},
		},
		{
			name: "'plans' after a preposition and a name is a noun too ('marched on Tuesday against EC plans to cut output')",
			s:    "Farmers marched in Vardo on Tuesday against EC plans to cut output.",
			ref:  wed,
			want: []Match{{Start: 28, End: 35, Text: "Tuesday", Date: Date{"2019-04-23", Day}}},
		},
		{
			name: "'plans' as the verb puts the weekday ahead ('The EC plans to cut output on Tuesday')",
			s:    "The EC plans to cut output on Tuesday.",
			ref:  wed,
			want: []Match{{Start: 30, End: 37, Text: "Tuesday", Date: Date{"2019-04-30", Day}}},
		},
		{
			name: "the same verb in the past keeps the weekday behind ('talks reopened on Tuesday')",
			s:    "Debt talks reopened in New York on Tuesday.",
			ref:  wed,
			want: []Match{{Start: 35, End: 42, Text: "Tuesday", Date: Date{"2019-04-23", Day}}},
		},
		{
			name: "a present with no verb of a timetable keeps the nearest weekday ('the market is quiet on Tuesday')",
			s:    "The market is quiet on Tuesday.",
			ref:  wed,
			want: []Match{{Start: 23, End: 30, Text: "Tuesday", Date: Date{"2019-04-23", Day}}},
		},
		{
			name: "a month after 'mid-', 'early-' or 'late-' in one word is that month ('met in mid-February and again in late-March')",
			s:    "OPEC ministers met in mid-February and again in late-March.",
			ref:  wed,
			want: []Match{
				{Start: 22, End: 34, Text: "mid-February", Date: Date{"2019-02", Month}},
				{Start: 48, End: 58, Text: "late-March", Date: Date{"2019-03", Month}},
			},
		},
		{
			name: "a month's abbreviation written as a first name before a capitalised word is no month ('Jan Peters said', 'Del Mar Avionics'); before a day, another month or as a whole name it stays one ('on Jan 15', 'in Dec', 'in May Congress voted')",
			s:    "Jan Peters said output rose. Del Mar Avionics signed. Sales rose on Jan 15. Exports fell in Dec. In May Congress voted.",
			ref:  wed,
			want: []Match{
				{Start: 68, End: 74, Text: "Jan 15", Date: Date{"2019-01-15", Day}},
				{Start: 92, End: 96, Text: "Dec.", Date: Date{"2018-12", Month}},
				{Start: 100, End: 103, Text: "May", Date: Date{"2018-05", Month}},
			},
		},
		{
			name: "a season after 'last', 'this' or 'next' is the year it falls in, nearest the reference on that side ('last spring' in April is last year's); 'the fall in prices' is no date",
			s:    "Talks began last fall and ended last spring. Output rose this summer. The fall in prices stopped. A vote is due next spring.",
			ref:  wed,
			want: []Match{
				{Start: 12, End: 21, Text: "last fall", Date: Date{"2018", Year}},
				{Start: 32, End: 43, Text: "last spring", Date: Date{"2018", Year}},
				{Start: 57, End: 68, Text: "this summer", Date: Date{"2019", Year}},
				{Start: 112, End: 123, Text: "next spring", Date: Date{"2020", Year}},
			},
		},
		{
			name: "a scheduled act in the simple present lies ahead: 'begins a state visit on Monday' in a Wednesday article is next Monday, not the nearer one behind",
			s:    "The king begins a state visit on Monday.",
			ref:  wed,
			want: []Match{
				{Start: 33, End: 39, Text: "Monday", Date: Date{"2019-04-29", Day}},
			},
		},
		{
			name: "possessive weekday is the nearest day",
			s:    "Thursday's summit in the port city comes eight weeks after the earlier summit.",
			ref:  wed,
			want: []Match{
				{Start: 0, End: 8, Text: "Thursday", Date: Date{"2019-04-25", Day}},
				{Start: 41, End: 58, Text: "eight weeks after", Offset: Offset{-8, "week"}},
			},
		},
		{
			name: "a month in a clause of what must be done is ahead, though nearer behind: 'must be concluded in December'",
			s:    "The talks must be concluded in December.",
			ref:  wed,
			want: []Match{{Start: 31, End: 39, Text: "December", Date: Date{"2019-12", Month}}},
		},
		{
			name: "a month after 'by' in the present is a deadline ahead, though nearer behind: 'the plan ends by December'",
			s:    "The plan ends by December.",
			ref:  wed,
			want: []Match{{Start: 17, End: 25, Text: "December", Date: Date{"2019-12", Month}}},
		},
		{
			name: "'must' in quotation marks is a term, no duty ahead: 'the \"must buy\" level was reached in January'",
			s:    "The \"must buy\" level was reached in January.",
			ref:  wed,
			want: []Match{{Start: 36, End: 43, Text: "January", Date: Date{"2019-01", Month}}},
		},
		{
			name: "a month with 'this year', 'next year' or 'last year' after it is of the year they name, whatever the clause's tense",
			s:    "The report was called for July this year, after talks in December last year.",
			ref:  wed,
			want: []Match{
				{Start: 26, End: 40, Text: "July this year", Date: Date{"2019-07", Month}},
				{Start: 57, End: 75, Text: "December last year", Date: Date{"2018-12", Month}},
			},
		},
		{
			name: "'said in <month>' dates the saying behind, though the claim after it speaks of the future ('said in July that it would …')",
			s:    "The firm said in July that it would cut output.",
			ref:  wed,
			want: []Match{{Start: 17, End: 21, Text: "July", Date: Date{"2018-07", Month}}},
		},
		{
			name: "an irregular past ('shot', 'struck', 'fled') dates the weekday of its clause behind",
			s:    "A gunman shot him dead on Friday.",
			ref:  wed,
			want: []Match{{Start: 26, End: 32, Text: "Friday", Date: Date{"2019-04-19", Day}}},
		},
		{
			name: "a weekday after 'set for' or 'slated for' lies ahead, also when it is nearer behind",
			s:    "The council meeting is set for Monday and the vote is slated for Tuesday.",
			ref:  wed,
			want: []Match{
				{Start: 31, End: 37, Text: "Monday", Date: Date{"2019-04-29", Day}},
				{Start: 65, End: 72, Text: "Tuesday", Date: Date{"2019-04-30", Day}},
			},
		},
		{
			name: "a four-digit time of day before a time zone or 'hrs' is no year; a year is",
			s:    "He will be questioned at the 2000 EST session and again at 1430 GMT, after talks at 1500 hrs on the 1999 accord.",
			ref:  wed,
			want: []Match{{Start: 100, End: 104, Text: "1999", Date: Date{"1999", Year}}},
		},
		{
			name: "a year before a noun of a period's thing ('the 1988 budget') dates nothing; before an event ('the 1985 pact') it does",
			s:    "The 1985 pact set the 1988 budget.",
			ref:  wed,
			want: []Match{{Start: 4, End: 8, Text: "1985", Date: Date{"1985", Year}}},
		},
		{
			name: "a phrase of time set off alone after a clause takes that clause's tense",
			s:    "The army launched the offensive, codenamed Halvard, on Friday night.",
			ref:  wed,
			want: []Match{{Start: 55, End: 61, Text: "Friday", Date: Date{"2019-04-19", Day}}},
		},
		{
			name: "a sentence that opens with a weekday set off by a comma takes the tense of the first verb after it: past",
			s:    "On Friday, the firm offered to buy its rival.",
			ref:  wed,
			want: []Match{{Start: 3, End: 9, Text: "Friday", Date: Date{"2019-04-19", Day}}},
		},
		{
			name: "a sentence that opens with a weekday set off by a comma takes the tense of the first verb after it: future",
			s:    "On Friday, the firm will meet them.",
			ref:  wed,
			want: []Match{{Start: 3, End: 9, Text: "Friday", Date: Date{"2019-04-26", Day}}},
		},
		{
			name: "a sentence that opens with a weekday set off by a comma takes the tense of the first verb after it, not a later one",
			s:    "On Monday, Reagan announced that he will act.",
			ref:  wed,
			want: []Match{{Start: 3, End: 9, Text: "Monday", Date: Date{"2019-04-22", Day}}},
		},
		{
			name: "same weekday in the past tense is the reference day",
			s:    "The leader arrived in the capital on Wednesday by train.",
			ref:  wed,
			want: []Match{{Start: 37, End: 46, Text: "Wednesday", Date: Date{"2019-04-24", Day}}},
		},
		{
			name: "a weekday of a past clause stays behind though a verb after 'and' speaks of the future",
			s:    "The envoy arrived in the capital on Friday and will meet the king.",
			ref:  wed,
			want: []Match{{Start: 36, End: 42, Text: "Friday", Date: Date{"2019-04-19", Day}}},
		},
		{
			name: "past tense moves a weekday ahead back a week",
			s:    "The minister said on Friday that talks had stalled.",
			ref:  wed,
			want: []Match{{Start: 21, End: 27, Text: "Friday", Date: Date{"2019-04-19", Day}}},
		},
		{
			name: "any verb in the past moves a weekday ahead back a week",
			s:    "Norlandic jets bombed targets on Friday.",
			ref:  wed,
			want: []Match{{Start: 33, End: 39, Text: "Friday", Date: Date{"2019-04-19", Day}}},
		},
		{
			name: "a participle used as an adjective says nothing of tense",
			s:    "Armed men and the detained leader appear in court on Friday.",
			ref:  wed,
			want: []Match{{Start: 53, End: 59, Text: "Friday", Date: Date{"2019-04-26", Day}}},
		},
		{
			name: "future tense moves a weekday behind to next week",
			s:    "The two ministers will meet on Monday.",
			ref:  wed,
			want: []Match{{Start: 31, End: 37, Text: "Monday", Date: Date{"2019-04-29", Day}}},
		},
		{
			name: "future cue turns a month name forward",
			s:    "Both sides will hold another round in February.",
			ref:  wed,
			want: []Match{{Start: 38, End: 46, Text: "February", Date: Date{"2020-02", Month}}},
		},
		{
			name: "what a firm said it expects to do in a month lies ahead",
			s:    "Rexnord said it expects to merge with Banner in early June.",
			ref:  wed,
			want: []Match{{Start: 54, End: 58, Text: "June", Date: Date{"2019-06", Month}}},
		},
		{
			name: "a month ahead of a past clause is last year's",
			s:    "Exports dropped in May, officials said, and a summit is planned for June.",
			ref:  wed,
			want: []Match{{Start: 19, End: 22, Text: "May", Date: Date{"2018-05", Month}}, {Start: 68, End: 72, Text: "June", Date: Date{"2019-06", Month}}},
		},
		{
			name: "modal may is no month",
			s:    "May the talks succeed, he said, as they may well do in May.",
			ref:  wed,
			want: []Match{{Start: 55, End: 58, Text: "May", Date: Date{"2019-05", Month}}},
		},
		{
			name: "several expressions",
			s:    "A 2017 resolution set a deadline by the end of this year; reports last month said so.",
			ref:  wed,
			want: []Match{
				{Start: 2, End: 6, Text: "2017", Date: Date{"2017", Year}},
				{Start: 33, End: 56, Text: "by the end of this year", Date: Date{"2019", Year}},
				{Start: 66, End: 76, Text: "last month", Date: Date{"2019-03", Month}},
			},
		},
		{
			name: "dateline",
			s:    "Wednesday, April 24, 2019",
			ref:  wed,
			want: []Match{{Start: 0, End: 25, Text: "Wednesday, April 24, 2019", Date: Date{"2019-04-24", Day}}},
		},
		{
			name: "vague expressions give nothing",
			s:    "He has signalled hope in recent years and said so many times.",
			ref:  wed,
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.s, tt.ref)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s", tt.s, diff)
			}
		})
	}
}

func TestShift(t *testing.T) {
	tests := []struct {
		d    Date
		o    Offset
		want Date
	}{
		{Date{"2019-04-25", Day}, Offset{-8, "week"}, Date{"2019-02", Month}},
		{Date{"2019-04-25", Day}, Offset{-1, "week"}, Date{"2019-04-18", Day}},
		{Date{"2019-04-25", Day}, Offset{3, "day"}, Date{"2019-04-28", Day}},
		{Date{"2019-04", Month}, Offset{-2, "month"}, Date{"2019-02", Month}},
		{Date{"2019-04", Month}, Offset{2, "day"}, Date{"2019-04", Month}},
		{Date{"2019", Year}, Offset{-1, "year"}, Date{"2018", Year}},
		{Date{}, Offset{1, "day"}, Date{}},
	}
	for _, tt := range tests {
		if got := tt.d.Shift(tt.o); got != tt.want {
			t.Errorf("%v.Shift(%v) = %v, want %v", tt.d, tt.o, got, tt.want)
		}
	}
}

func TestCompatible(t *testing.T) {
	tests := []struct {
		a, b Date
		want bool
	}{
		{Date{"2019-04", Month}, Date{"2019-04-25", Day}, true},
		{Date{"2019-04-25", Day}, Date{"2019", Year}, true},
		{Date{"2019-04-25", Day}, Date{"2019-04-24", Day}, false},
		{Date{"2019-02", Month}, Date{"2019-04-25", Day}, false},
		{Date{}, Date{"2019", Year}, true},
	}
	for _, tt := range tests {
		if got := tt.a.Compatible(tt.b); got != tt.want {
			t.Errorf("%v.Compatible(%v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Thursday's summit", "by the end of this year", "eight weeks after", "April 25, 2019",
		"25 April", "in May", "mid-2019", "the end of", "last", "2019-13-45", "31 February 2019",
	} {
		f.Add(s)
	}
	ref := day("2019-04-24")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, m := range Find(s, ref) {
			if m.Start < prev || m.End < m.Start || m.End > len(s) || s[m.Start:m.End] != m.Text {
				t.Fatalf("Find(%q): bad span %+v", s, m)
			}
			prev = m.End
			if m.Date.IsZero() == m.Offset.IsZero() {
				t.Fatalf("Find(%q): match %+v has neither or both of a date and an offset", s, m)
			}
			if !m.Date.IsZero() {
				if _, ok := m.Date.Time(); !ok {
					t.Fatalf("Find(%q): malformed date %+v", s, m.Date)
				}
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	s := "Thursday's summit in the port city comes eight weeks after the summit in February, amid a 2017 resolution due by the end of this year."
	ref := day("2019-04-24")
	for b.Loop() {
		Find(s, ref)
	}
}

// TestAtoi holds atoi to strconv.Atoi on numbers, signs, words, mixes and
// numbers too long for the short path.
func TestAtoi(t *testing.T) {
	for _, s := range []string{"", "0", "7", "31", "1987", "+5", "-5", "+", "-", "--5", "+-5", "5-", "12th", "1,000",
		"1.5", "0x10", "1_000", "٣", " 5", "5 ", "999999999999999999", "9223372036854775807", "9223372036854775808",
		"-9223372036854775808", "12345678901234567890", "April", "mid-1987"} {
		want, err := strconv.Atoi(s)
		got, ok := atoi(s)
		if ok != (err == nil) || ok && got != want {
			t.Errorf("atoi(%q) = %d, %v; strconv.Atoi gives %d, %v", s, got, ok, want, err)
		}
	}
}

func TestGetLower(t *testing.T) {
	for _, w := range []string{"Monday", "MONDAY", "monday", "Mon", "Sept", "SEPT", "May", "Twelve", "TWELVE", "few",
		"Montag", "\u212Aey", "Mündlich", "", "x"} {
		wantD, wantOK := weekdays.Get(strings.ToLower(w))
		if gotD, gotOK := getLower(&weekdays, w); gotD != wantD || gotOK != wantOK {
			t.Errorf("getLower(weekdays, %q) = %v, %v, want %v, %v", w, gotD, gotOK, wantD, wantOK)
		}
		wantM, wantOK := months.Get(strings.ToLower(w))
		if gotM, gotOK := getLower(&months, w); gotM != wantM || gotOK != wantOK {
			t.Errorf("getLower(months, %q) = %v, %v, want %v, %v", w, gotM, gotOK, wantM, wantOK)
		}
		wantN, wantOK := numbers.Get(strings.ToLower(w))
		if gotN, gotOK := getLower(&numbers, w); gotN != wantN || gotOK != wantOK {
			t.Errorf("getLower(numbers, %q) = %v, %v, want %v, %v", w, gotN, gotOK, wantN, wantOK)
		}
	}
}
