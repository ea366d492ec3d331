package gazetteer

import (
	"strings"
	"testing"
	"unicode/utf8"

	"actorgraph/graph"
)

// foldASCII folds as graph.Fold does, and needs no allocation to look a
// name up.
func TestFoldASCII(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"", " ", "U.S.", "u.s", "  New   York ", "Kim Jong-un", "O`Neil", "A.\tB\n", "Côte d'Ivoire", "Ministry ", ".", "..a..", "\x00x", "ABC\x7f"}
	for c := range 256 {
		b := string([]byte{byte(c)})
		names = append(names, b, "a"+b+"Z", b+b+"x", "x "+b+" y")
	}
	for _, e := range g.Entries() {
		names = append(names, e.Name)
		names = append(names, e.Aliases...)
	}
	for _, n := range names {
		got, ok := foldASCII(nil, n)
		if ascii := !strings.ContainsFunc(n, func(r rune) bool { return r >= utf8.RuneSelf }); ok != ascii {
			t.Errorf("foldASCII(%q) ok = %v, want %v", n, ok, ascii)
		}
		if want := graph.Fold(n); ok && string(got) != want {
			t.Errorf("foldASCII(%q) = %q, want %q", n, got, want)
		}
	}
	if allocs := testing.AllocsPerRun(100, func() { g.Demonym("North Korean") }); allocs != 0 {
		t.Errorf("Demonym allocates %.0f times", allocs)
	}
}
