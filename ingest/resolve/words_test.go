package resolve

import (
	"slices"
	"strings"
	"testing"
)

// TestWordHelpers holds fieldCount, lastField and appendFields to
// strings.Fields on every string of up to five pieces over an alphabet of
// words, ASCII and Unicode spaces and a broken UTF-8 byte.
func TestWordHelpers(t *testing.T) {
	alphabet := []string{"Inc", "é", " ", "\t", "\n", "\u00a0", "\u3000", "\xc2", "\xa0"}
	var walk func(s string, n int)
	walk = func(s string, n int) {
		want := strings.Fields(s)
		if got := fieldCount(s); got != len(want) {
			t.Fatalf("fieldCount(%q) = %d, want %d", s, got, len(want))
		}
		last, more := lastField(s)
		if len(want) == 0 && (last != "" || more) || len(want) > 0 && (last != want[len(want)-1] || more != (len(want) > 1)) {
			t.Fatalf("lastField(%q) = %q, %v; strings.Fields gives %q", s, last, more, want)
		}
		if got := appendFields([]string{"x"}, s); !slices.Equal(got, append([]string{"x"}, want...)) {
			t.Fatalf("appendFields(%q) = %q, want %q after x", s, got, want)
		}
		if n == 0 {
			return
		}
		for _, r := range alphabet {
			walk(s+r, n-1)
		}
	}
	walk("", 5)
}

// TestPlainPrefix holds the gazetteer scan's test of a name, a prefix of
// the text from its first word no longer than plainPrefix and with no space
// at either end, to isPlain on every substring of every string of up to
// five pieces over an alphabet of letters, spaces, other white space and a
// two-byte letter.
func TestPlainPrefix(t *testing.T) {
	alphabet := []string{"a", " ", "\t", "\n", "é", "-"}
	var walk func(s string, n int)
	walk = func(s string, n int) {
		for i := range len(s) {
			good := i + plainPrefix(s[i:])
			for j := i + 1; j <= len(s); j++ {
				got := j <= good && s[i] != ' ' && s[j-1] != ' '
				if want := isPlain(s[i:j]); got != want {
					t.Fatalf("%q: plain by plainPrefix %v, isPlain %v", s[i:j], got, want)
				}
			}
		}
		if n == 0 {
			return
		}
		for _, a := range alphabet {
			walk(s+a, n-1)
		}
	}
	walk("", 5)
}

func TestTrimClosers(t *testing.T) {
	for _, s := range []string{"", "Inc", "Inc.", "Corp.,", "Ltd);", "Co>\"'", "...", "A.B.", "x:y.", "Plc'\""} {
		if got, want := trimClosers(s), strings.TrimRight(s, ".,;:)>\"'"); got != want {
			t.Errorf("trimClosers(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestIsCorporateFolded(t *testing.T) {
	words := []string{"", "Inc", "INC", "inc", "Ltd", "LTD", "GmbH", "Incorporated", "INCORPORATED", "Reagan", "Corporation",
		"Spa", "SPA", "\u212Ak", "Société", "Oyj", "OYJ"}
	for w := range corporate.All() {
		words = append(words, w, strings.ToUpper(w))
	}
	for _, w := range words {
		if got, want := isCorporateFolded(w), corporateFolded[strings.ToLower(w)]; got != want {
			t.Errorf("isCorporateFolded(%q) = %v, want %v", w, got, want)
		}
	}
}
