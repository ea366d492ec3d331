package gazetteer

import (
	"testing"

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
	for _, e := range g.Entries() {
		names = append(names, e.Name)
		names = append(names, e.Aliases...)
	}
	for _, n := range names {
		got, ok := foldASCII(nil, n)
		if want := graph.Fold(n); ok && string(got) != want {
			t.Errorf("foldASCII(%q) = %q, want %q", n, got, want)
		}
	}
	if allocs := testing.AllocsPerRun(100, func() { g.Demonym("North Korean") }); allocs != 0 {
		t.Errorf("Demonym allocates %.0f times", allocs)
	}
}
