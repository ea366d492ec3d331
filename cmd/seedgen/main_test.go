package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
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
