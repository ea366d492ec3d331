package gazetteer

import (
	"regexp"
	"slices"
	"testing"

	"actorgraph/graph"
	"actorgraph/seeds"
)

// The tests below check every entry of the seed files, one by one, for what
// a bad entry would break: a name or alias that does not find its own entry,
// a title of no kind, an office of an unknown title, a date out of order, a
// Wikidata id on two entries. They read the files as the gazetteer does.

// seedFiles reads the seed files as build does.
func seedFiles(t *testing.T) (countries map[string]countrySeed, demonyms map[string][]string, orgs []orgSeed,
	leaders []leaderSeed, places placesSeed, titles titlesSeed, hist historySeed) {
	t.Helper()
	for name, v := range map[string]any{
		"countries.yaml": &countries, "demonyms.yaml": &demonyms, "organizations.yaml": &orgs,
		"leaders.yaml": &leaders, "places.yaml": &places, "titles.yaml": &titles, "history.yaml": &hist,
	} {
		if err := readYAML(seeds.FS, name, v); err != nil {
			t.Fatal(err)
		}
	}
	return
}

var qid = regexp.MustCompile(`^Q[1-9][0-9]*$`)

// finds reports whether looking surface up on date finds the entry of that
// type and name.
func finds(g *Gazetteer, surface, date string, typ graph.EntityType, name string) bool {
	return slices.ContainsFunc(g.LookupOn(surface, date), func(e Entry) bool { return e.Type == typ && e.Name == name })
}

// during is a day inside [from, until), or the present for open ends.
func during(from, until string) string {
	switch {
	case until != "" && from != "":
		return from
	case until != "":
		return "0001-01-01"
	}
	return ""
}

// TestSeedTitles: every title has one kind, which Title gives back, and a
// leader or official title names the relation its holder has; every
// synonym names a listed title.
func TestSeedTitles(t *testing.T) {
	g := load(t)
	_, _, _, _, _, titles, _ := seedFiles(t)
	// Forms that fold alike ("Mr." and "Mr") are one title; the list keeps
	// both because titles are stripped from names as written.
	kindOf := map[string]TitleKind{}
	listed := map[string]bool{}
	for kind, list := range map[TitleKind][]string{Leader: titles.Leader, Official: titles.Official, Honorific: titles.Honorific} {
		for _, title := range list {
			if listed[title] {
				t.Errorf("title %q is listed twice", title)
			}
			listed[title] = true
			k := graph.Fold(title)
			if prev, dup := kindOf[k]; dup && prev != kind {
				t.Errorf("title %q is of two kinds (%v and %v)", title, prev, kind)
			}
			kindOf[k] = kind
		}
	}
	for kind, list := range map[TitleKind][]string{Leader: titles.Leader, Official: titles.Official, Honorific: titles.Honorific} {
		for _, title := range list {
			name, got, ok := g.Title(title)
			if canon, isSynonym := titles.Synonyms[title]; isSynonym {
				if !ok || name != canon {
					t.Errorf("Title(%q) = %q, %v; want its synonym's title %q", title, name, ok, canon)
				}
				continue
			}
			if !ok || graph.Fold(name) != graph.Fold(title) || got != kind {
				t.Errorf("Title(%q) = %q, %v, %v; want itself, kind %v", title, name, got, ok, kind)
			}
		}
	}
	for variant, canon := range titles.Synonyms {
		kind, ok := kindOf[graph.Fold(canon)]
		if !ok {
			t.Errorf("synonym %q names %q, no listed title", variant, canon)
			continue
		}
		if name, got, _ := g.Title(variant); name != canon || got != kind {
			t.Errorf("Title(%q) = %q, %v; want %q, %v", variant, name, got, canon, kind)
		}
	}
}

// TestSeedCountries: every country entry's code is a country, its QID well
// formed, and each alias and capital name finds it.
func TestSeedCountries(t *testing.T) {
	g := load(t)
	countries, _, _, _, _, _, _ := seedFiles(t)
	for iso, c := range countries {
		e, ok := g.Country(iso)
		if !ok {
			t.Errorf("countries.yaml: %s is no country", iso)
			continue
		}
		if c.Wikidata != "" && !qid.MatchString(c.Wikidata) {
			t.Errorf("countries.yaml: %s has wikidata %q, no QID", iso, c.Wikidata)
		}
		for _, a := range c.Aliases {
			if !finds(g, a, "", graph.Country, e.Name) {
				t.Errorf("countries.yaml: %s's alias %q does not find %s: %v", iso, a, e.Name, briefs(g.Lookup(a)))
			}
		}
		for _, name := range append(slices.Clone(c.Capital), c.CapitalName) {
			if name == "" {
				continue
			}
			if got, ok := g.CapitalOf(name); !ok || got.Country != iso {
				t.Errorf("countries.yaml: %s's capital %q is the capital of %q, %v", iso, name, got.Country, ok)
			}
		}
	}
}

// TestSeedDemonyms: every form names its own country and no other.
func TestSeedDemonyms(t *testing.T) {
	g := load(t)
	_, demonyms, _, _, _, _, _ := seedFiles(t)
	owner := map[string]string{}
	for iso, forms := range demonyms {
		for _, f := range forms {
			k := graph.Fold(f)
			if prev, dup := owner[k]; dup {
				t.Errorf("demonyms.yaml: %q is listed under %s and %s", f, prev, iso)
			}
			owner[k] = iso
			for _, form := range demonymForms(f) {
				if got, ok := g.Demonym(form); !ok || got.Country != iso {
					t.Errorf("demonyms.yaml: %s's %q (as %q) names %q, %v", iso, f, form, got.Country, ok)
				}
			}
		}
	}
}

// TestSeedOrganizations: every organisation has one entry, a well-formed
// QID and code, dates in order, and its name and each alias find it while
// it exists.
func TestSeedOrganizations(t *testing.T) {
	g := load(t)
	_, _, orgs, _, _, _, hist := seedFiles(t)
	code := regexp.MustCompile(`^[A-Z]{3}([A-Z]{3})*$`)
	// One name may stand in both files: history.yaml's body is its former
	// state's ("Kremlin" of the Soviet Union), valid while that state was.
	names := map[[2]string]bool{}
	for i, o := range append(slices.Clone(orgs), hist.Organizations...) {
		file := "organizations.yaml"
		if i >= len(orgs) {
			file = "history.yaml"
		}
		if k := [2]string{file, graph.Fold(o.Name)}; names[k] {
			t.Errorf("%s lists organisation %q twice", file, o.Name)
		} else {
			names[k] = true
		}
		if o.Wikidata != "" && !qid.MatchString(o.Wikidata) {
			t.Errorf("%s: wikidata %q is no QID", o.Name, o.Wikidata)
		}
		if o.Code != "" && !code.MatchString(o.Code) {
			t.Errorf("%s: code %q is no CAMEO actor code", o.Name, o.Code)
		}
		if o.From != "" && o.Until != "" && o.From >= o.Until {
			t.Errorf("%s: from %s is not before until %s", o.Name, o.From, o.Until)
		}
		day := during(o.From, o.Until)
		for _, surface := range append([]string{o.Name}, o.Aliases...) {
			if !finds(g, surface, day, graph.Organization, o.Name) {
				t.Errorf("%s: %q on %q does not find it: %v", o.Name, surface, day, briefs(g.LookupOn(surface, day)))
			}
		}
	}
}

// TestSeedLeaders: every person is listed once with a well-formed QID; each
// office is a listed title of a leader or an official, in date order, and
// the office that makes its holder the leader is a leader's title; the
// name, each alias and the surname find the person while in office.
func TestSeedLeaders(t *testing.T) {
	g := load(t)
	_, _, _, leaders, _, _, hist := seedFiles(t)
	names := map[string]int{}
	for _, l := range leaders {
		names[graph.Fold(l.Name)]++
	}
	for k, n := range names {
		if n > 1 {
			t.Errorf("leaders.yaml lists %q %d times", k, n)
		}
	}
	for _, l := range append(slices.Clone(leaders), hist.Leaders...) {
		if l.Wikidata != "" && !qid.MatchString(l.Wikidata) {
			t.Errorf("%s: wikidata %q is no QID", l.Name, l.Wikidata)
		}
		for _, r := range l.Roles {
			_, kind, ok := g.Title(r.Role)
			if !ok || kind == Honorific {
				t.Errorf("%s as %q of %s: the role is no leader's or official's title (%v, %v)", l.Name, r.Role, r.Of, kind, ok)
			}
			if r.Top && kind != Leader {
				t.Errorf("%s as %q of %s: top office, but the title is no leader's", l.Name, r.Role, r.Of)
			}
			if r.Until != "" && r.From >= r.Until {
				t.Errorf("%s as %s of %s: from %q is not before until %q", l.Name, r.Role, r.Of, r.From, r.Until)
			}
		}
		day := "" // a person with no office listed is known by name alone
		if len(l.Roles) > 0 {
			day = l.Roles[0].From
		}
		for _, surface := range append([]string{l.Name}, l.Aliases...) {
			if !finds(g, surface, day, graph.Person, l.Name) {
				t.Errorf("%s: %q on %s does not find them: %v", l.Name, surface, day, briefs(g.LookupOn(surface, day)))
			}
		}
		if l.Surname != "" && !slices.ContainsFunc(g.PersonsBySurname(l.Surname), func(e Entry) bool { return e.Name == l.Name }) {
			t.Errorf("%s: surname %q does not find them", l.Name, l.Surname)
		}
	}
}

// TestSeedPlaces: every city, region and feature is listed once in its
// country, and its name and each alias find it.
func TestSeedPlaces(t *testing.T) {
	g := load(t)
	_, _, _, _, places, _, _ := seedFiles(t)
	seen := map[[2]string]bool{}
	for typ, list := range map[graph.EntityType][]placeSeed{graph.City: places.Cities, graph.Region: places.Regions, graph.Place: places.Features} {
		for _, p := range list {
			k := [2]string{graph.Fold(p.Name), p.Country}
			if seen[k] {
				t.Errorf("places.yaml lists %q in %q twice", p.Name, p.Country)
			}
			seen[k] = true
			for _, surface := range append([]string{p.Name}, p.Aliases...) {
				if !finds(g, surface, "", typ, p.Name) {
					t.Errorf("places.yaml: %s %q: %q does not find it: %v", typ, p.Name, surface, briefs(g.Lookup(surface)))
				}
			}
		}
	}
}

// TestSeedWikidataIsOneEntity: a QID names one thing; two entries with one
// QID would be merged into one entity (graph.EntityID keys by it).
func TestSeedWikidataIsOneEntity(t *testing.T) {
	g := load(t)
	byQID := map[string]Entry{}
	for _, e := range g.Entries() {
		if e.Wikidata == "" {
			continue
		}
		if prev, dup := byQID[e.Wikidata]; dup && (prev.Type != e.Type || prev.Name != e.Name) {
			t.Errorf("%s is the QID of both %s %q and %s %q", e.Wikidata, prev.Type, prev.Name, e.Type, e.Name)
		}
		byQID[e.Wikidata] = e
	}
}

// sharedNames are the names two entries share by design, each with why.
var sharedNames = map[string]string{
	"Djibouti":     "a city-state's capital and the country",
	"Gibraltar":    "a territory's capital and the territory",
	"Luxembourg":   "a city-state's capital and the country",
	"Monaco":       "a city-state's capital and the country",
	"Singapore":    "a city-state's capital and the country",
	"Vatican City": "a city-state's capital and the country",
}

// TestSeedNamesAreOneEntry: on a day an entry exists, its name and each
// alias find it alone, so that an alias typed onto the wrong entry ("Paris"
// for the United Nations) or shared by two fails here; the names shared by
// design are listed.
func TestSeedNamesAreOneEntry(t *testing.T) {
	g := load(t)
	used := map[string]bool{}
	for _, e := range g.Entries() {
		day := during(e.From, e.Until)
		if len(e.Roles) > 0 {
			day = e.Roles[0].From
		}
		for _, surface := range append([]string{e.Name}, e.Aliases...) {
			var others []brief
			for _, o := range g.LookupOn(surface, day) {
				if o.Type != e.Type || o.Name != e.Name {
					others = append(others, brief{o.Type, o.Name, o.Country, o.Wikidata})
				}
			}
			if len(others) == 0 {
				continue
			}
			if _, ok := sharedNames[surface]; ok {
				used[surface] = true
				continue
			}
			t.Errorf("%s %q: %q on %q also finds %v", e.Type, e.Name, surface, day, others)
		}
	}
	for name, why := range sharedNames {
		if !used[name] {
			t.Errorf("%q (%s) is shared by no two entries any more: take it off sharedNames", name, why)
		}
	}
}
