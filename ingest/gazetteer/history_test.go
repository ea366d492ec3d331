package gazetteer

import (
	"bytes"
	"compress/gzip"
	"testing"

	"github.com/google/go-cmp/cmp"

	"actorgraph/graph"
)

func TestLookupOn(t *testing.T) {
	g := load(t)
	tests := []struct {
		surface, date string
		want          []string // Type Name (Country)
	}{
		{"Germany", "1987-03-02", []string{"Country West Germany (BRD)"}},
		{"Germany", "2019-03-02", []string{"Country Germany (DEU)"}},
		{"Germany", "", []string{"Country Germany (DEU)"}},
		{"Soviet Union", "1987-03-02", []string{"Country Soviet Union (SUN)"}},
		{"Soviet Union", "2019-03-02", []string{"Country Soviet Union (SUN)"}}, // named later, still the USSR
		{"Russia", "2019-03-02", []string{"Country Russia (RUS)"}},
		{"Zaire", "1987", []string{"Country Zaire (ZAR)"}},
		{"Kosovo", "2024-03-04", []string{"Country Kosovo (XKX)"}},   // a state gountries lacks, since 2008
		{"Kosovo", "1999-03-24", nil},                                // a province then
		{"Georgia", "1987-03-02", []string{"Region Georgia ()"}},     // a U.S. state then, or a Soviet republic: no Country
		{"Georgia", "2019-03-02", []string{"Country Georgia (GEO)"}}, // sovereign since 1991
		{"Namibia", "1987-03-02", []string{"Region Namibia ()"}},
		{"Namibia", "1991-03-02", []string{"Country Namibia (NAM)"}},
		{"Hong Kong", "1987-03-02", []string{"Region Hong Kong (HKG)"}},     // a British colony: no state, its code its own
		{"Hong Kong", "2019-03-02", []string{"Region Hong Kong (HKG)"}},     // a region of China
		{"Puerto Rico", "1987-03-02", []string{"Region Puerto Rico (PRI)"}}, // a U.S. territory
		{"Kremlin", "1987-03-02", []string{"Organization Kremlin (SUN)"}},
		{"Kremlin", "2019-03-02", []string{"Organization Kremlin (RUS)"}},
		{"Moscow", "1987-03-02", []string{"City Moscow (RUS)"}},
		{"George Bush", "1987-03-02", []string{"Person George H. W. Bush (USA)"}},
		{"George Bush", "2005-01-01", []string{"Person George W. Bush (USA)"}},
		{"George Bush", "", []string{"Person George W. Bush (USA)"}},
		{"Mikhail Sergeyevich Gorbachev", "1987-03-02", []string{"Person Mikhail Gorbachev (SUN)"}}, // a dictionary alias of a seed person
		{"Boutros Boutros-Ghali", "1993", nil},                                                      // his office is the UN's, not a country's: left out
	}
	for _, tt := range tests {
		var got []string
		for _, e := range g.LookupOn(tt.surface, tt.date) {
			got = append(got, string(e.Type)+" "+e.Name+" ("+e.Country+")")
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("LookupOn(%q, %q) (-want +got):\n%s", tt.surface, tt.date, diff)
		}
	}
}

func TestDatedCountries(t *testing.T) {
	g := load(t)
	for _, tt := range []struct {
		f          func(string, string) (Entry, bool)
		what, date string
		want       string // ISO3, "" for none
	}{
		{g.CapitalOfOn, "Moscow", "1987-03-02", "SUN"},
		{g.CapitalOfOn, "Moscow", "2019-03-02", "RUS"},
		{g.CapitalOfOn, "Moscow", "", "RUS"},
		{g.CapitalOfOn, "Bonn", "1987-03-02", "BRD"},
		{g.CapitalOfOn, "East Berlin", "1987-03-02", "DDR"},
		{g.CapitalOfOn, "Kinshasa", "1987-03-02", "ZAR"},
		{g.CapitalOfOn, "Kinshasa", "2019-03-02", "COD"},
		{g.CapitalOfOn, "Belgrade", "1987-03-02", "YUG"},
		{g.CapitalOfOn, "Prague", "1987-03-02", "CSK"},
		{g.CapitalOfOn, "Prague", "1993-01-01", "CZE"},
		{g.DemonymOn, "Soviet", "1987-03-02", "SUN"},
		{g.DemonymOn, "Soviets", "2019-03-02", "SUN"},
		{g.DemonymOn, "German", "1987-03-02", "BRD"},
		{g.DemonymOn, "German", "2019-03-02", "DEU"},
		{g.DemonymOn, "East German", "1987-03-02", "DDR"},
		{g.DemonymOn, "Yugoslav", "1987-03-02", "YUG"},
		{g.DemonymOn, "Czechoslovak", "1987-03-02", "CSK"},
		{g.DemonymOn, "Zairean", "1987-03-02", "ZAR"},
		{g.CountryOn, "SUN", "1987-03-02", "SUN"},
		{g.CountryOn, "SUN", "1991-12-26", ""},
		{g.CountryOn, "RUS", "1987-03-02", ""},
		{g.CountryOn, "RUS", "1991-12-26", "RUS"},
		{g.CountryOn, "DEU", "", "DEU"},
	} {
		e, ok := tt.f(tt.what, tt.date)
		if ok != (tt.want != "") || e.Country != tt.want {
			t.Errorf("%q on %q = %q, %v; want %q", tt.what, tt.date, e.Country, ok, tt.want)
		}
	}
}

func TestGeneratedPersons(t *testing.T) {
	g := load(t)
	// a seed person gains the dictionaries' offices that do not overlap
	// the seeds' (George H. W. Bush's CIA directorship)
	bush := g.LookupOn("George Herbert Walker Bush", "1987")
	if len(bush) != 1 || bush[0].Name != "George H. W. Bush" {
		t.Fatalf("George Herbert Walker Bush = %v", briefs(bush))
	}
	held := false
	for _, o := range bush[0].Roles {
		held = held || o.Of == "USA" && Holds(o, "1976-06-01")
	}
	if !held {
		t.Errorf("George H. W. Bush's roles lack the dictionaries' 1976 office: %+v", bush[0].Roles)
	}
	// a person only the dictionaries know, with West German offices coded
	// DEU cut at unification
	var roles []Office
	for _, e := range g.LookupOn("Richard von Weizsacker", "1987") {
		roles = e.Roles
	}
	if len(roles) == 0 {
		t.Fatal("Richard von Weizsacker unknown")
	}
	for _, o := range roles {
		if o.Until != "" && o.Until <= "1990-10-03" && o.Of != "BRD" {
			t.Errorf("von Weizsacker's office %+v before unification is not West Germany's", o)
		}
	}
	for _, e := range g.Entries() {
		if e.Name == "Richard von Weizsacker" {
			t.Error("Entries lists a generated person")
		}
	}
}

func TestPhoenixOffice(t *testing.T) {
	g := load(t)
	tests := []struct {
		role string
		want []Office
	}{
		{"USA GOV USAGOV 1981-01-20 1989-01-20", []Office{{Role: "government official", Of: "USA", From: "1981-01-20", Until: "1989-01-20"}}},
		{"USA SPY USASPY 1976-01-30 -", []Office{{Role: "intelligence official", Of: "USA", From: "1976-01-30"}}},
		{"RUS GOV RUSGOV 1985-03-11 1991-08-24", []Office{{Role: "government official", Of: "SUN", From: "1985-03-11", Until: "1991-08-24"}}},
		{"DEU GOV DEUGOV 1982-10-01 1998-10-27", []Office{
			{Role: "government official", Of: "BRD", From: "1982-10-01", Until: "1990-10-03"},
			{Role: "government official", Of: "DEU", From: "1990-10-03", Until: "1998-10-27"},
		}},
		{"DEU MIL DEUMIL 2001-01-01 -", []Office{{Role: "military officer", Of: "DEU", From: "2001-01-01"}}},
		{"IGO UNO IGOUNO 1992-01-01 1996-12-31", nil},
		{"USA ELI USAELI 1964-01-01 2001-01-20", nil},
	}
	for _, tt := range tests {
		got, _, err := g.phoenixOffice(tt.role)
		if err != nil {
			t.Errorf("phoenixOffice(%q): %v", tt.role, err)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("phoenixOffice(%q) (-want +got):\n%s", tt.role, diff)
		}
	}
	for _, bad := range []string{"USA GOV USAGOV 1981-13-01 -", "USA GOV"} {
		if _, _, err := g.phoenixOffice(bad); err == nil {
			t.Errorf("phoenixOffice(%q) gave no error", bad)
		}
	}
}

func TestParseTSV(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("# name\taliases\troles\nHelmut Kohl\t\tDEU GOV DEUGOV 1982-10-01 1998-10-27\nBad\tline\n"))
	zw.Close()
	var rows [][]string
	err := parseTSV(bytes.NewReader(buf.Bytes()), "x.tsv.gz", 3, func(f []string) error {
		rows = append(rows, f)
		return nil
	})
	if err == nil {
		t.Error("a line of 2 fields gave no error")
	}
	if want := [][]string{{"Helmut Kohl", "", "DEU GOV DEUGOV 1982-10-01 1998-10-27"}}; !cmp.Equal(want, rows) {
		t.Errorf("rows = %q, want %q", rows, want)
	}
}

func TestReferenceEntriesLeaveHistoryOut(t *testing.T) {
	g := load(t)
	for _, e := range g.ReferenceEntries() {
		if e.Type == graph.Country && e.Until != "" || e.Name == "George H. W. Bush" || e.Name == "Bonn" {
			t.Errorf("ReferenceEntries has %s %s", e.Type, e.Name)
		}
	}
}
