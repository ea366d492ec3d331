package gazetteer

import (
	"testing"

	"actorgraph/graph"
)

func TestActorCode(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	entity := func(typ graph.EntityType, name, date string) graph.Entity {
		t.Helper()
		for _, e := range g.LookupOn(name, date) {
			if e.Type == typ {
				return graph.Entity{ID: e.ID(), Type: typ, Name: e.Name, Country: e.Country}
			}
		}
		t.Fatalf("no %s %q on %s", typ, name, date)
		return graph.Entity{}
	}
	for _, tc := range []struct {
		typ              graph.EntityType
		name, date, sect string
		want             string
	}{
		{graph.Country, "Russia", "2022-03-01", "", "RUS"},
		{graph.Country, "Russia", "2022-03-01", "MIL", "RUSMIL"},
		{graph.Person, "Joe Biden", "2023-05-01", "", "USAGOV"},
		{graph.Person, "Kim Jong-un", "2019-04-24", "", "PRKGOV"},
		{graph.City, "Paris", "2023-05-01", "", "FRA"},
		// an international body is no actor of the country it sits in: the
		// dictionaries' code by an alias ("OPEC"), or the seeds' own code
		{graph.Organization, "OPEC", "1987-03-01", "", "IGOOPC"},
		{graph.Organization, "European Community", "1987-03-01", "", "IGOEUREEC"},
		{graph.Organization, "GATT", "1987-03-01", "", "IGOWTO"},
		// (wire copy writes the name inverted too)
		{graph.Organization, "General Agreement on Trade and Tariffs", "1987-03-01", "", "IGOWTO"},
		// the trade, money and commodity bodies of 1987 news: under each
		// spelling the dictionaries' code, or the seeds' where they have
		// none (the coffee organisation in London is not GBR)
		{graph.Organization, "OECD", "1987-03-01", "", "IGOWSTBUS"},
		{graph.Organization, "Organization for Economic Cooperation and Development", "1987-03-01", "", "IGOWSTBUS"},
		{graph.Organization, "ICCO", "1987-03-01", "", "IGOAGRICO"},
		{graph.Organization, "International Coffee Organisation", "1987-03-01", "", "IGOAGR"},
		{graph.Organization, "UNCTAD", "1987-03-01", "", "IGOUNO"},
		// a national body keeps its country
		{graph.Organization, "Treasury Department", "1987-03-01", "", "USA"},
		// the text's sector goes after an organisation's own code, not in
		// its place ("NATO forces" were BELMIL, the military of its seat)
		{graph.Organization, "NATO", "1999-03-24", "MIL", "IGOWSTNATMIL"},
		{graph.Organization, "OPEC", "1987-03-01", "GOV", "IGOOPCGOV"},
		// both role codes of a dictionary code ("agriculture minister":
		// GOVAGR), a person's office's sector replaced by the text's
		{graph.Country, "Denmark", "1987-03-01", "GOVAGR", "DNKGOVAGR"},
		{graph.Person, "Joe Biden", "2023-05-01", "MIL", "USAMIL"},
		// a person holding an office of a body is the body's actor, with
		// the text's sector after its code
		{graph.Person, "Jens Stoltenberg", "2022-02-24", "", "IGOWSTNAT"},
		{graph.Person, "Jens Stoltenberg", "2022-02-24", "MIL", "IGOWSTNATMIL"},
	} {
		if got := g.ActorCode(entity(tc.typ, tc.name, tc.date), tc.date, tc.sect); got != tc.want {
			t.Errorf("ActorCode(%s %s, %s, %q) = %q, want %q", tc.typ, tc.name, tc.date, tc.sect, got, tc.want)
		}
	}
	un := entity(graph.Organization, "United Nations", "2023-05-01")
	if got := g.ActorCode(un, "2023-05-01", ""); len(got) < 3 || got[:3] != "IGO" {
		t.Errorf("ActorCode(United Nations) = %q, want an IGO code", got)
	}
}

func TestWithSector(t *testing.T) {
	for _, tc := range []struct{ code, sector, want string }{
		{"RUS", "", "RUS"},
		{"RUS", "MIL", "RUSMIL"},
		{"IGOWSTNAT", "MIL", "IGOWSTNATMIL"},
		{"DNK", "GOVAGR", "DNKGOVAGR"},
		{"USAGOV", "GOVAGR", "USAGOVAGR"}, // a role once
		{"IGOUNOGOV", "GOV", "IGOUNOGOV"},
	} {
		if got := withSector(tc.code, tc.sector); got != tc.want {
			t.Errorf("withSector(%q, %q) = %q, want %q", tc.code, tc.sector, got, tc.want)
		}
	}
}

// TestSubdivision: countries' provinces and states are known by name,
// with the countries that have them; a country is no subdivision.
func TestSubdivision(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if isos, ok := g.Subdivision("Guangxi"); !ok || len(isos) != 1 || isos[0] != "CHN" {
		t.Errorf("Subdivision(Guangxi) = %v, %v; want [CHN]", isos, ok)
	}
	if isos, ok := g.Subdivision("Rio Grande do Sul"); !ok || isos[0] != "BRA" {
		t.Errorf("Subdivision(Rio Grande do Sul) = %v, %v; want [BRA]", isos, ok)
	}
	if isos, ok := g.Subdivision("France"); ok {
		t.Errorf("Subdivision(France) = %v; want none", isos)
	}
}
