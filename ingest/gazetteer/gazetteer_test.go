package gazetteer

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"actorgraph/graph"
	"actorgraph/seeds"
)

func load(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return g
}

// brief is what a test compares of an entry.
type brief struct {
	Type     graph.EntityType
	Name     string
	Country  string
	Wikidata string
}

func briefs(es []Entry) []brief {
	var out []brief
	for _, e := range es {
		out = append(out, brief{e.Type, e.Name, e.Country, e.Wikidata})
	}
	return out
}

func TestLookup(t *testing.T) {
	g := load(t)
	usa := brief{graph.Country, "United States", "USA", "Q30"}
	unsc := brief{graph.Organization, "United Nations Security Council", "USA", "Q37470"}
	tests := []struct {
		surface string
		want    []brief
	}{
		{"U.S.", []brief{usa}},
		{"United States", []brief{usa}},
		{"america", []brief{usa}},
		{"United States of America", []brief{usa}},
		{"U.N. Security Council", []brief{unsc}},
		{"Security Council", []brief{unsc}},
		{"UN Security Council", []brief{unsc}},
		{"North Korea", []brief{{graph.Country, "North Korea", "PRK", "Q423"}}},
		{"DPRK", []brief{{graph.Country, "North Korea", "PRK", "Q423"}}},
		{"Britain", []brief{{graph.Country, "United Kingdom", "GBR", "Q145"}}},
		{"Vladivostok", []brief{{graph.City, "Vladivostok", "RUS", ""}}},
		{"Moscow", []brief{{graph.City, "Moscow", "RUS", ""}}},
		{"Washington", []brief{{graph.City, "Washington D.C.", "USA", ""}}},
		{"Kim Jong Un", []brief{{graph.Person, "Kim Jong-un", "PRK", "Q56226"}}},
		{"Reuters", []brief{{graph.Organization, "Reuters", "GBR", "Q130879"}}},
		{"Washington Times", []brief{{graph.Organization, "The Washington Times", "USA", ""}}},
		{"Northeast Asia", []brief{{graph.Region, "Northeast Asia", "", ""}}},
		{"Atlantis", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, briefs(g.Lookup(tt.surface))); diff != "" {
			t.Errorf("Lookup(%q) (-want +got):\n%s", tt.surface, diff)
		}
	}
}

func TestDemonym(t *testing.T) {
	g := load(t)
	tests := []struct {
		word string
		want string // ISO3, "" for none
	}{
		{"North Korean", "PRK"},
		{"North Koreans", "PRK"},
		{"Russian", "RUS"},
		{"Russians", "RUS"},
		{"Japanese", "JPN"},
		{"South Korean", "KOR"},
		{"Chinese", "CHN"},
		{"American", "USA"},
		{"British", "GBR"},
		{"Frenchmen", "FRA"},
		{"Filipinos", "PHL"},
		{"Swiss", "CHE"},
		{"Dominican", "DOM"},
		{"Korean", ""},
		{"Martian", ""},
	}
	for _, tt := range tests {
		e, ok := g.Demonym(tt.word)
		if got := e.Country; ok != (tt.want != "") || got != tt.want {
			t.Errorf("Demonym(%q) = %q, %v; want %q", tt.word, got, ok, tt.want)
		}
	}
}

func TestEveryCountryHasADemonym(t *testing.T) {
	g := load(t)
	for _, e := range g.Entries() {
		if e.Type == graph.Country && len(e.Demonyms) == 0 && e.Country != "DMA" {
			t.Errorf("%s (%s) has no demonym", e.Name, e.Country)
		}
	}
}

func TestCapitalOf(t *testing.T) {
	g := load(t)
	tests := []struct{ city, want string }{
		{"Moscow", "RUS"}, {"Pyongyang", "PRK"}, {"Beijing", "CHN"}, {"Washington", "USA"},
		{"Washington, D.C.", "USA"}, {"Seoul", "KOR"}, {"Kyiv", "UKR"}, {"Kiev", "UKR"},
		{"Hanoi", "VNM"}, {"Vladivostok", ""}, {"Osaka", ""},
	}
	for _, tt := range tests {
		e, ok := g.CapitalOf(tt.city)
		if ok != (tt.want != "") || e.Country != tt.want {
			t.Errorf("CapitalOf(%q) = %q, %v; want %q", tt.city, e.Country, ok, tt.want)
		}
	}
}

func TestLeaderOn(t *testing.T) {
	g := load(t)
	tests := []struct {
		country, role, date string
		want                string // name, "" for none
	}{
		{"USA", "President", "2019-04-24", "Donald Trump"},
		{"USA", "president", "2024-03-01", "Joe Biden"},
		{"USA", "", "2008-06-01", "George W. Bush"},
		{"USA", "President", "2025-02-01", "Donald Trump"},
		{"USA", "President", "2021-01-20", "Joe Biden"}, // inauguration day belongs to the new term
		{"USA", "Secretary of State", "2019-04-24", "Mike Pompeo"},
		{"RUS", "president", "2019-04-24", "Vladimir Putin"},
		{"RUS", "president", "2010-01-01", "Dmitry Medvedev"},
		{"RUS", "leader", "2010-01-01", "Vladimir Putin"},
		{"RUS", "premier", "2015", "Dmitry Medvedev"},
		{"PRK", "leader", "2019-04", "Kim Jong-un"},
		{"PRK", "leader", "2005-01-01", "Kim Jong-il"},
		{"KOR", "President", "2019-04-24", "Moon Jae-in"},
		{"JPN", "Prime Minister", "2019-06-29", "Shinzo Abe"},
		{"CHN", "leader", "2019-06-29", "Xi Jinping"},
		{"DEU", "Chancellor", "2019-06-29", "Angela Merkel"},
		{"United Nations", "Secretary-General", "2019-01-01", "António Guterres"},
		{"UN", "leader", "2010-01-01", "Ban Ki-moon"},
		{"NATO", "Secretary-General", "2022-02-24", "Jens Stoltenberg"},
		{"USA", "President", "1990-01-01", "George H. W. Bush"},
		{"USA", "Vice President", "1987-03-02", "George H. W. Bush"},
		{"SUN", "leader", "1987-03-02", "Mikhail Gorbachev"},
		{"BRD", "Chancellor", "1987-03-02", "Helmut Kohl"},
		{"DEU", "Chancellor", "1995-01-01", "Helmut Kohl"},
		{"USA", "President", "1975-01-01", ""},
		{"USA", "President", "", ""},
		{"XXX", "President", "2019-01-01", ""},
	}
	for _, tt := range tests {
		e, ok := g.LeaderOn(tt.country, tt.role, tt.date)
		if ok != (tt.want != "") || e.Name != tt.want {
			t.Errorf("LeaderOn(%q, %q, %q) = %q, %v; want %q", tt.country, tt.role, tt.date, e.Name, ok, tt.want)
		}
	}
}

func TestTitles(t *testing.T) {
	g := load(t)
	for _, w := range []string{"President", "president", "Mr.", "Mr", "Prime Minister", "Special Envoy", "Secretary of State", "Supreme Leader", "King", "Chancellor", "Foreign Minister"} {
		if !g.IsTitle(w) {
			t.Errorf("IsTitle(%q) = false", w)
		}
	}
	for _, w := range []string{"Kim", "Washington", "Analysts"} {
		if g.IsTitle(w) {
			t.Errorf("IsTitle(%q) = true", w)
		}
	}
	if name, kind, _ := g.Title("premier"); name != "Prime Minister" || kind != Leader {
		t.Errorf("Title(premier) = %q, %v; want Prime Minister, Leader", name, kind)
	}
	ts := g.Titles()
	pos := map[string]int{}
	for i, s := range ts {
		pos[s] = i
	}
	if pos["Prime Minister"] > pos["Minister"] {
		t.Errorf("Titles lists Minister before Prime Minister")
	}
}

func TestIDsAreStable(t *testing.T) {
	g := load(t)
	us, _ := g.Country("USA")
	if got, want := us.ID(), graph.EntityID(graph.EntityKey{Wikidata: "Q30"}); got != want {
		t.Errorf("United States id = %s, want the Q30 id %s", got, want)
	}
	vn, _ := g.Country("vnm")
	if got, want := vn.ID(), graph.EntityID(graph.EntityKey{Wikidata: "Q881"}); got != want {
		t.Errorf("Vietnam id = %s, want %s", got, want)
	}
	ec, _ := g.Country("ECU")
	if got, want := ec.ID(), graph.EntityID(graph.EntityKey{Type: graph.Country, Country: "ECU"}); got != want {
		t.Errorf("Ecuador id = %s, want the ISO id %s", got, want)
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := build(seeds.FS); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	g := load(b)
	for b.Loop() {
		g.Lookup("U.N. Security Council")
		g.Demonym("North Korean")
	}
}

// BenchmarkLoadPetrarch is Load and the first look-up, which reads the
// generated dictionaries.
func BenchmarkLoadPetrarch(b *testing.B) {
	for b.Loop() {
		g, err := build(seeds.FS)
		if err != nil {
			b.Fatal(err)
		}
		if err := g.PetrarchErr(); err != nil {
			b.Fatal(err)
		}
	}
}
