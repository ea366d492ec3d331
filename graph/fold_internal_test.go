package graph

import "testing"

// TestFoldedShortcut checks the shortcut Fold takes against the full fold:
// every string of up to five runes over an alphabet of capitals, dots,
// spaces, tabs, quotes, dashes and accents that folded accepts must come out
// of the full fold unchanged, and the plain lower-case names must be
// accepted.
func TestFoldedShortcut(t *testing.T) {
	alphabet := []string{"a", "Z", " ", "\t", ".", "`", "'", "-", "é", "’", "\u00a0", "ﬁ"}
	var walk func(s string, n int)
	walk = func(s string, n int) {
		if folded(s) && fold(s) != s {
			t.Fatalf("folded(%q) but the full fold gives %q", s, fold(s))
		}
		if n == 0 {
			return
		}
		for _, r := range alphabet {
			walk(s+r, n-1)
		}
	}
	walk("", 5)
	for _, s := range []string{"", "reuters", "general motors corp", "o'neill", "mercedes-benz"} {
		if !folded(s) {
			t.Errorf("folded(%q) = false, want the shortcut", s)
		}
	}
}
