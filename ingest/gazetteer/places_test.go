package gazetteer

import (
	"testing"

	"actorgraph/graph"
)

// TestPlaces: the generated places find cities and regions with their
// countries, the most populous first; a generated place that is a seed's
// adds its names to the seed entry; Lookup does not find them.
func TestPlaces(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	beijing := g.Lookup("Beijing")
	for _, tc := range []struct {
		surface    string
		typ        graph.EntityType
		name, iso  string
		wantLookup bool
	}{
		{"Atlanta", graph.City, "Atlanta", "USA", false},
		{"Antwerp", graph.City, "Antwerpen", "BEL", false},
		{"Darmstadt", graph.City, "Darmstadt", "DEU", false},
		{"St. Louis", graph.City, "St. Louis", "USA", false},
		{"Portland", graph.City, "Portland", "USA", false}, // Oregon's, bigger than Maine's
		{"Peking", graph.City, beijing[0].Name, "CHN", false},
		{"Bombay", graph.City, "Mumbai", "IND", true}, // a seed city's alias
		{"Leningrad", graph.City, "Saint Petersburg", "RUS", false},
		{"Hokkaido", graph.Region, "Hokkaido", "JPN", false},
		{"Ga.", graph.Region, "Georgia", "USA", false},
		{"W. Va.", graph.Region, "West Virginia", "USA", false},
		{"Sao Paulo", graph.City, "São Paulo", "BRA", true},
		{"Canton", graph.City, "Guangzhou", "CHN", false},
	} {
		es := g.Places(tc.surface)
		if len(es) == 0 {
			t.Errorf("Places(%q): none", tc.surface)
			continue
		}
		if got := es[0]; got.Type != tc.typ || got.Name != tc.name || got.Country != tc.iso {
			t.Errorf("Places(%q)[0] = %s %q %s, want %s %q %s", tc.surface, got.Type, got.Name, got.Country, tc.typ, tc.name, tc.iso)
		}
		if got := len(g.Lookup(tc.surface)) > 0; got != tc.wantLookup {
			t.Errorf("Lookup(%q) finds something: %v, want %v", tc.surface, got, tc.wantLookup)
		}
	}
	if es := g.Places("Peking"); len(es) == 0 || es[0].ID() != beijing[0].ID() {
		t.Errorf("Peking is not the seeds' Beijing: %v", es)
	}
	for _, s := range []string{"Whitehall", "Terminus", "Salt River", "Wall Street"} {
		if es := g.Places(s); len(es) > 0 {
			t.Errorf("Places(%q) = %v, want none: no city's name English news writes", s, es)
		}
	}
}
