package web

import "testing"

// holdsIn on terms worked out by hand.
func TestHoldsIn(t *testing.T) {
	for _, tc := range []struct {
		from, until, since, till string
		want                     bool
	}{
		{"2012-05-07", "", "2019-04-25", "2019-04-25", true},            // still in office
		{"2000-05-07", "2008-05-07", "2019-04-25", "2019-04-25", false}, // ended before
		{"2024-01-01", "", "2019-04-25", "2019-04-25", false},           // began after
		{"2019-04", "", "2019-04-25", "2019-04-25", true},               // month precision overlaps
		{"", "", "1987", "1987", true},                                  // undated: holds whenever asked
		{"2008-05-07", "2012-05-07", "2010", "2011", true},              // a period inside the term
		{"2008-05-07", "2012-05-07", "2012-05-07", "", false},           // asked from the day it ended
		{"2008-05-07", "2012-05-07", "", "2008-05-06", false},           // asked until the day before it began
	} {
		if got := holdsIn(tc.from, tc.until, tc.since, tc.till); got != tc.want {
			t.Errorf("holdsIn(%q, %q, %q, %q) = %v, want %v", tc.from, tc.until, tc.since, tc.till, got, tc.want)
		}
	}
}
