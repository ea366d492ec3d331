package main

import (
	"bufio"
	"compress/gzip"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"actorgraph/ingest/shared"
)

// snippet is written in the dictionaries' format for this test: a country,
// a person with "+" synonyms, a synonym line missing its "+", 6- and
// 8-digit dates, open ranges, a bad date, and an organisation.
const snippet = "# a comment\n" +
	"FREEDONIA_  [FRD]\n+FREEDONIAN_\n\n" +
	"RUFUS_T._FIREFLY_  # CountryInfo.txt\n" +
	"+PRESIDENT_RUFUS_FIREFLY\n" +
	"+FORMER_FREEDONIAN_LEADER_RUFUS_T._FIREFLY\n" +
	"PRIME_MINISTER_FIREFLY\n" +
	"+THE_FIREFLY_ADMINISTRATION\n" +
	"\t[FRDELI 19290101-330101]\n" +
	"\t[FRDGOV 330101-051231]\n" +
	"\t[FRDMIL >100301]\n" +
	"\t[FRDGOVLEG <450101]\n" +
	"\t[FRDGOV 9008223-911221]\n" +
	"\t[FRDELI]\n" +
	"LOTHAR_DE_MAIZIERE_\n\t[DDRGOV 900412-901002]\n\n" +
	"FREEDONIAN_ARMED_FORCES_ [FRDMIL]\n+FREEDONIAN_ARMY\n"

func TestParse(t *testing.T) {
	var bad []error
	recs, err := parse(strings.NewReader(snippet), func(err error) { bad = append(bad, err) })
	if err != nil {
		t.Fatal(err)
	}
	if len(bad) != 1 || !strings.Contains(bad[0].Error(), "9008223") {
		t.Errorf("unreadable restrictions = %v, want the one of 9008223", bad)
	}
	var persons []person
	var orgs []org
	for _, r := range recs {
		if p, ok := toPerson(r); ok {
			persons = append(persons, p)
		} else if o, ok := toOrg(r, false); ok {
			orgs = append(orgs, o)
		}
	}
	wantPersons := []person{
		{
			Name:    "Rufus T. Firefly",
			Aliases: []string{"Rufus Firefly"},
			Roles: []role{
				{Country: "FRD", Sector: "GOV", Code: "FRDGOV", From: "1933-01-01", Until: "2005-12-31"},
				{Country: "FRD", Sector: "MIL", Code: "FRDMIL", From: "2010-03-01"},
				{Country: "FRD", Sector: "GOV", Code: "FRDGOVLEG", Until: "1945-01-01"},
			},
		},
		{Name: "Lothar de Maiziere", Roles: []role{{Country: "DDR", Sector: "GOV", Code: "DDRGOV", From: "1990-04-12", Until: "1990-10-02"}}},
	}
	if diff := cmp.Diff(wantPersons, persons); diff != "" {
		t.Errorf("persons (-want +got):\n%s", diff)
	}
	wantOrgs := []org{{Name: "Freedonian Armed Forces", Code: "FRDMIL", Aliases: []string{"Freedonian Army"}}}
	if diff := cmp.Diff(wantOrgs, orgs); diff != "" {
		t.Errorf("organisations (-want +got):\n%s", diff)
	}
}

func TestIsoDate(t *testing.T) {
	for in, want := range map[string]string{
		"850311": "1985-03-11", "291231": "2029-12-31", "300101": "1930-01-01", "000101": "2000-01-01",
		"19181001": "1918-10-01", "20140130": "2014-01-30",
	} {
		if got, err := isoDate(in); err != nil || got != want {
			t.Errorf("isoDate(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"9008223", "851311", "85031a", ""} {
		if _, err := isoDate(in); err == nil {
			t.Errorf("isoDate(%q) gave no error", in)
		}
	}
}

func TestRestriction(t *testing.T) {
	for in, want := range map[string][2]string{
		"850311-911225": {"1985-03-11", "1991-12-25"},
		">080301":       {"2008-03-01", ""},
		"<19450101":     {"", "1945-01-01"},
	} {
		from, until, err := restriction(in)
		if err != nil || from != want[0] || until != want[1] {
			t.Errorf("restriction(%q) = %q, %q, %v; want %q", in, from, until, err, want)
		}
	}
	if _, _, err := restriction("850311"); err == nil {
		t.Error("a bare date gave no error")
	}
}

// seedLines reads a generated file (gzip'd TSV) into its entries, by name:
// the rest of each line; a name listed twice keeps both.
func seedLines(t *testing.T, path string) (map[string][]string, []string) {
	t.Helper()
	var zr *gzip.Reader
	f, err := os.Open(path)
	if err == nil {
		defer f.Close()
		zr, err = gzip.NewReader(f)
	}
	if err != nil {
		t.Fatal(err)
	}
	out, order := map[string][]string{}, []string(nil)
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		name, rest, _ := strings.Cut(sc.Text(), "\t")
		if _, ok := out[name]; !ok {
			order = append(order, name)
		}
		out[name] = append(out[name], rest)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out, order
}

// embeddedSeeds is the generated file name as the gazetteer embeds it.
func embeddedSeeds(name string) string { return filepath.Join("..", "..", "seeds", "petrarch", name) }

// TestSeedsAreTheDictionaries regenerates the persons, organisations and
// agent phrases from the Phoenix dictionaries in ../shared/data/petrarch2 (skips, saying
// so, without them) and compares them with the embedded ones entry by
// entry, printing each difference; then checks that every office of every
// embedded person — its code and dates, as the dictionary writes them — and
// every organisation's code is in the dictionaries.
func TestSeedsAreTheDictionaries(t *testing.T) {
	dir := shared.Need(t, shared.Petrarch())
	out := t.TempDir()
	if err := run(dir, out, slog.New(slog.NewTextHandler(io.Discard, nil))); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"persons.tsv.gz", "organizations.tsv.gz", "agents.tsv.gz"} {
		want, wantOrder := seedLines(t, filepath.Join(out, name))
		got, gotOrder := seedLines(t, embeddedSeeds(name))
		for _, k := range wantOrder {
			if !slices.Equal(want[k], got[k]) {
				t.Errorf("%s %q: the dictionaries give %q, the embedded file %q", name, k, want[k], got[k])
			}
		}
		for _, k := range gotOrder {
			if _, ok := want[k]; !ok {
				t.Errorf("%s %q: embedded (%q), not in the dictionaries", name, k, got[k])
			}
		}
	}

	// Every bracket of the dictionaries, as written: "[RUSGOV 850311-911225]".
	brackets, codes := map[string]bool{}, map[string]bool{}
	for _, src := range sources {
		b, err := os.ReadFile(filepath.Join(dir, src.file))
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			for _, m := range bracket.FindAllStringSubmatch(line, -1) {
				if f := strings.Fields(strings.ToUpper(m[1])); len(f) > 0 {
					brackets[strings.TrimSpace(f[0]+" "+strings.Join(f[1:], ""))] = true // "[EGYGOV > 140608]" too
					codes[f[0]] = true
				}
			}
		}
	}
	for wrong, fixed := range restrictionFixes {
		code, _, _ := strings.Cut(wrong, " ")
		if !brackets[wrong] {
			t.Errorf("restrictionFixes corrects [%s], which the dictionaries no longer have", wrong)
		}
		brackets[code+" "+fixed] = true
		t.Logf("corrected: [%s] as [%s %s]", wrong, code, fixed)
	}
	// written is every way the dictionaries may write a date: YYMMDD or
	// YYYYMMDD.
	written := func(iso string) []string {
		d := strings.ReplaceAll(iso, "-", "")
		return []string{d[2:], d}
	}
	persons, order := seedLines(t, embeddedSeeds("persons.tsv.gz"))
	n := 0
	for _, name := range order {
		for _, line := range persons[name] {
			_, roles, _ := strings.Cut(line, "\t")
			for _, r := range strings.Split(roles, "|") {
				f := strings.Fields(r)
				code, from, until := f[2], strings.Trim(f[3], "-"), strings.Trim(f[4], "-")
				var forms []string
				switch {
				case from != "" && until != "":
					for _, a := range written(from) {
						for _, b := range written(until) {
							forms = append(forms, code+" "+a+"-"+b)
						}
					}
				case from != "":
					for _, a := range written(from) {
						forms = append(forms, code+" >"+a)
					}
				case until != "":
					for _, b := range written(until) {
						forms = append(forms, code+" <"+b)
					}
				default:
					forms = []string{code}
				}
				n++
				if !slices.ContainsFunc(forms, func(f string) bool { return brackets[f] }) {
					t.Errorf("%s's office %q: no [%s] in the dictionaries", name, r, strings.Join(forms, "] or ["))
				}
			}
		}
	}
	orgs, order := seedLines(t, embeddedSeeds("organizations.tsv.gz"))
	for _, name := range order {
		for _, line := range orgs[name] {
			code, _, _ := strings.Cut(line, "\t")
			n++
			if !codes[code] {
				t.Errorf("organisation %q: no [%s] in the dictionaries", name, code)
			}
		}
	}
	t.Logf("%d offices and organisation codes found in the dictionaries", n)
}

// knownSeedErrors are the embedded entries that break a rule of
// TestSeedEntries, with why they are left: printed, and the test fails
// when one is gone or a new one comes.
var knownSeedErrors = map[string]string{}

// TestSeedEntries checks every embedded person and organisation: a name,
// listed once, no alias equal to it; each office a country (three capital
// letters), a sector the generator keeps, a code that begins with both, and
// dates that are days, the first not after the last; each organisation a
// code of capital letters and digits, no company.
func TestSeedEntries(t *testing.T) {
	day := func(d string) (time.Time, bool) {
		if d == "-" {
			return time.Time{}, true
		}
		tm, err := time.Parse(time.DateOnly, d)
		return tm, err == nil
	}
	country := regexp.MustCompile(`^[A-Z]{3}$`)
	orgCode := regexp.MustCompile(`^[A-Z0-9]{3,}$`)
	found := map[string]string{}
	check := func(entry, problem string) {
		found[entry] = problem
	}
	persons, order := seedLines(t, embeddedSeeds("persons.tsv.gz"))
	dated := 0
	for _, name := range order {
		if len(persons[name]) > 1 || name == "" {
			check("person "+name, "listed "+strconv.Itoa(len(persons[name]))+" times")
		}
		for _, line := range persons[name] {
			f := strings.Split(line, "\t")
			if len(f) != 2 || f[1] == "" {
				check("person "+name, "no office")
				continue
			}
			if f[0] != "" && slices.Contains(strings.Split(f[0], "|"), name) {
				check("person "+name, "an alias is the name")
			}
			for _, r := range strings.Split(f[1], "|") {
				rf := strings.Fields(r)
				if len(rf) != 5 {
					check("person "+name+" office "+r, "not five fields")
					continue
				}
				from, okFrom := day(rf[3])
				until, okUntil := day(rf[4])
				switch {
				case !country.MatchString(rf[0]):
					check("person "+name+" office "+r, "country is not three capital letters")
				case !sectorsKept[rf[1]]:
					check("person "+name+" office "+r, "a sector the generator does not keep")
				case !strings.HasPrefix(rf[2], rf[0]+rf[1]):
					check("person "+name+" office "+r, "code does not begin with country and sector")
				case !okFrom || !okUntil:
					check("person "+name+" office "+r, "a date that is no day")
				case !from.IsZero() && !until.IsZero() && until.Before(from):
					check("person "+name+" office "+r, "ends before it begins")
				}
				if rf[3] != "-" || rf[4] != "-" {
					dated++
				}
			}
		}
	}
	orgs, order := seedLines(t, embeddedSeeds("organizations.tsv.gz"))
	for _, name := range order {
		for _, line := range orgs[name] {
			code, aliases, _ := strings.Cut(line, "\t")
			switch {
			case name == "":
				check("organisation "+line, "no name")
			case !orgCode.MatchString(code) || strings.HasPrefix(code, "MNC"):
				check("organisation "+name, "code "+strconv.Quote(code)+" is no actor code of the graph's")
			case aliases != "" && slices.Contains(strings.Split(aliases, "|"), name):
				check("organisation "+name, "an alias is the name")
			case aliases != "" && slices.ContainsFunc(strings.Split(aliases, "|"), func(a string) bool {
				u := strings.ToUpper(a)
				return !strings.Contains(a, " ") && orgWords[u] && !ownNameWords[u]
			}):
				check("organisation "+name, "an alias is an institution's word alone, which names no one body")
			}
		}
	}
	for entry, problem := range found {
		if why, ok := knownSeedErrors[entry]; ok {
			t.Logf("known error: %s: %s (%s)", entry, problem, why)
			continue
		}
		t.Errorf("%s: %s", entry, problem)
	}
	for entry := range knownSeedErrors {
		if _, ok := found[entry]; !ok {
			t.Errorf("%s is listed as a known error but is right now: take it off knownSeedErrors", entry)
		}
	}
	t.Logf("%d persons (%d dated offices), %d organisations checked", len(persons), dated, len(orgs))
}
