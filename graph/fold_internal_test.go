package graph

import (
	"strings"
	"testing"

	"github.com/google/uuid"
)

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

// TestFoldASCII checks fold's byte-at-a-time path for ASCII against the
// full one (NFKC, then rune by rune) on every string of up to five bytes
// over capitals, small letters, dots, spaces, control spaces, quotes and
// dashes.
func TestFoldASCII(t *testing.T) {
	alphabet := []byte{'a', 'Z', ' ', '\t', '\n', '\v', '\f', '\r', '.', '`', '\'', '-', '7', '@', '[', '{'}
	var walk func(s string, n int)
	walk = func(s string, n int) {
		if got, want := foldASCII(s), foldUnicode(s); got != want {
			t.Fatalf("foldASCII(%q) = %q, want %q", s, got, want)
		}
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			walk(s+string(c), n-1)
		}
	}
	walk("", 5)
}

// TestMint checks mint against the UUID library's version 5 UUIDs it
// replaces, for keys short enough for its stack buffer and longer.
func TestMint(t *testing.T) {
	for _, parts := range [][]string{
		{},
		{""},
		{KindEntity, "person", "kim jong-un"},
		{KindQuote, "0b1c9a52-8c3e-5a4b-9d0e-2f6a7b8c9d0e", "120", "245", "speaker"},
		{KindEvent, strings.Repeat("long part ", 30), "2019-04-25"},
	} {
		want := uuid.NewSHA1(namespace, []byte(strings.Join(parts, "\x1f"))).String()
		if got := mint(parts...); got != want {
			t.Errorf("mint(%q) = %s, want %s", parts, got, want)
		}
	}
}
