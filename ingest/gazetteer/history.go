package gazetteer

import (
	"fmt"
	"slices"
	"time"

	"actorgraph/graph"
)

// historySeed is history.yaml: states that ended, the dates their
// present-day heirs began, their bodies and their leaders.
type historySeed struct {
	States []struct {
		Code      string   `yaml:"code"`
		Name      string   `yaml:"name"`
		Aliases   []string `yaml:"aliases"`
		Demonyms  []string `yaml:"demonyms"`
		Wikidata  string   `yaml:"wikidata"`
		From      string   `yaml:"from"`
		Until     string   `yaml:"until"`
		Capital   string   `yaml:"capital"`
		Successor string   `yaml:"successor"`
		Phoenix   string   `yaml:"phoenix"`
	} `yaml:"states"`
	Begins map[string]string `yaml:"begins"`
	// Republics are present-day states sovereign only since the date;
	// before it their names are of a region (a territory, a republic of
	// another state, a U.S. state of the same name).
	Republics map[string]string `yaml:"republics"`
	// Territories are never sovereign: their names are a region's at
	// every date, their codes their own.
	Territories   []string     `yaml:"territories"`
	Organizations []orgSeed    `yaml:"organizations"`
	Leaders       []leaderSeed `yaml:"leaders"`
}

// phoenixState is a state that ended, as the generated dictionaries code
// it: under its heir's code, for offices before until.
type phoenixState struct {
	code, from, until string
}

func (h historySeed) check(known map[string]bool) error {
	dates := func(what string, ds ...string) error {
		for _, d := range ds {
			if _, err := time.Parse(time.DateOnly, d); err != nil {
				return fmt.Errorf("gazetteer: history.yaml: %s: bad date %q", what, d)
			}
		}
		return nil
	}
	for _, s := range h.States {
		if known[s.Code] {
			return fmt.Errorf("gazetteer: history.yaml: state %s has a present-day country's code", s.Code)
		}
		for _, c := range []string{s.Successor, s.Phoenix} {
			if c != "" && !known[c] {
				return fmt.Errorf("gazetteer: history.yaml: %s: unknown country %q", s.Code, c)
			}
		}
		ds := []string{s.From}
		if s.Until != "" || s.Successor != "" {
			ds = append(ds, s.Until) // a state that ended has its last day; one that lasts has none
		}
		if err := dates(s.Name, ds...); err != nil {
			return err
		}
	}
	for key, m := range map[string]map[string]string{"begins": h.Begins, "republics": h.Republics} {
		for iso, d := range m {
			if !known[iso] {
				return fmt.Errorf("gazetteer: history.yaml: %s names unknown country %q", key, iso)
			}
			if _, both := h.Begins[iso]; both && key == "republics" {
				return fmt.Errorf("gazetteer: history.yaml: %s is in both begins and republics", iso)
			}
			if err := dates(iso, d); err != nil {
				return err
			}
		}
	}
	for _, iso := range h.Territories {
		if !known[iso] {
			return fmt.Errorf("gazetteer: history.yaml: territories names unknown country %q", iso)
		}
		if h.Begins[iso] != "" || h.Republics[iso] != "" {
			return fmt.Errorf("gazetteer: history.yaml: %s is a territory and also in begins or republics", iso)
		}
	}
	return nil
}

// addHistory adds the states of history.yaml with their capitals and
// bodies, and makes their codes known.
func (g *Gazetteer) addHistory(h historySeed, known map[string]bool, orgNames map[string]string) error {
	for _, s := range h.States {
		i := g.add(Entry{Type: graph.Country, Name: s.Name, Aliases: uniq(s.Aliases, s.Name), Country: s.Code,
			Wikidata: s.Wikidata, Capital: s.Capital, Demonyms: s.Demonyms, From: s.From, Until: s.Until})
		g.history[i] = true
		g.countries[s.Code] = i
		known[s.Code] = true
		g.addDemonyms(i)
		if s.Successor != "" {
			g.successor[s.Code] = s.Successor
		}
		if s.Phoenix != "" {
			g.phoen[s.Phoenix] = append(g.phoen[s.Phoenix], phoenixState{s.Code, s.From, s.Until})
		}
		if s.Capital == "" {
			continue
		}
		k := graph.Fold(s.Capital)
		g.capitals[k] = append(g.capitals[k], i)
		// the capital is a city of today's map (Moscow) or one of its
		// heir's (Bonn)
		city := false
		for _, j := range g.byName[k] {
			city = city || g.entries[j].Type == graph.City
		}
		if !city {
			country := s.Successor
			if country == "" {
				country = s.Code
			}
			g.history[g.add(Entry{Type: graph.City, Name: s.Capital, Country: country})] = true
		}
	}
	for _, o := range h.Organizations {
		c, ok := g.countries[o.Country]
		if o.Country != "" && !ok {
			return fmt.Errorf("gazetteer: history.yaml: organisation %q in unknown country %q", o.Name, o.Country)
		}
		e := Entry{Type: graph.Organization, Name: o.Name, Aliases: uniq(o.Aliases, o.Name), Country: o.Country, Wikidata: o.Wikidata}
		if ok {
			e.From, e.Until = g.entries[c].From, g.entries[c].Until
		}
		g.history[g.add(e)] = true
		if _, dup := orgNames[graph.Fold(o.Name)]; !dup {
			orgNames[graph.Fold(o.Name)] = o.Name
		}
	}
	return nil
}

// addDemonyms indexes country i's demonyms and their plurals.
func (g *Gazetteer) addDemonyms(i int) {
	for _, d := range g.entries[i].Demonyms {
		for _, form := range demonymForms(d) {
			k := graph.Fold(form)
			if !slices.Contains(g.demonyms[k], i) {
				g.demonyms[k] = append(g.demonyms[k], i)
			}
		}
	}
}

// On returns the gazetteer as of date (YYYY-MM-DD, YYYY-MM or YYYY; "" or
// an unreadable date for the present): Lookup, Demonym and CapitalOf then
// prefer what existed that day. A name that only ever named something that
// had ended (or not yet begun) still names it: "the Soviet Union" in 2019.
// Several persons of one name are narrowed to those nearest in office.
func (g *Gazetteer) On(date string) *Gazetteer {
	v := *g
	v.day = normDate(date)
	return &v
}

// LookupOn is On(date).Lookup(surface).
func (g *Gazetteer) LookupOn(surface, date string) []Entry { return g.On(date).Lookup(surface) }

// DemonymOn is On(date).Demonym(word).
func (g *Gazetteer) DemonymOn(word, date string) (Entry, bool) { return g.On(date).Demonym(word) }

// CapitalOfOn is On(date).CapitalOf(city).
func (g *Gazetteer) CapitalOfOn(city, date string) (Entry, bool) { return g.On(date).CapitalOf(city) }

// CountryOn finds a country by its code, if it existed on date ("" for the
// present): SUN on 1987-03-02, not on 2019-01-01.
func (g *Gazetteer) CountryOn(iso3, date string) (Entry, bool) {
	e, ok := g.Country(iso3)
	if !ok || !g.On(date).exists(e) {
		return Entry{}, false
	}
	return e, true
}

// exists reports whether e existed on the view's day.
func (g *Gazetteer) exists(e Entry) bool {
	if g.day == "" {
		return e.Until == ""
	}
	return (e.From == "" || e.From <= g.day) && (e.Until == "" || g.day < e.Until)
}

// asOf keeps, of the entries is, those that existed on the view's day (when
// none did, those that had ended by then), and of several persons those
// nearest in office.
func (g *Gazetteer) asOf(is []int) []int {
	var things, persons, valid []int
	for _, i := range is {
		e := g.entry(i)
		if e.Type == graph.Person {
			persons = append(persons, i)
			continue
		}
		things = append(things, i)
		if g.exists(e) {
			valid = append(valid, i)
		}
	}
	if len(valid) > 0 {
		things = valid
	} else {
		// none existed that day: a name of a state or body that had ended
		// still finds it ("Soviet Union" in 2019); one not yet founded does
		// not ("Wagner" in 1987 is no Wagner Group)
		var ended []int
		for _, i := range things {
			if e := g.entry(i); g.day == "" || e.From == "" || e.From <= g.day {
				ended = append(ended, i)
			}
		}
		things = ended
	}
	if len(persons) > 1 {
		best := -1
		var near []int
		for _, i := range persons {
			d := g.officeDistance(g.entry(i))
			switch {
			case best < 0 || d < best:
				best, near = d, []int{i}
			case d == best:
				near = append(near, i)
			}
		}
		persons = near
	}
	if len(persons) == 0 {
		return things
	}
	// keep the original order
	keep := map[int]bool{}
	for _, i := range append(things, persons...) {
		keep[i] = true
	}
	var out []int
	for _, i := range is {
		if keep[i] {
			out = append(out, i)
		}
	}
	return out
}

// officeDistance is how many days from the view's day the nearest office
// of e lay, 0 while one is held; without a day, how long before the
// present the latest one ended. A person without offices is farthest.
func (g *Gazetteer) officeDistance(e Entry) int {
	const far = 1 << 30
	day := g.day
	if day == "" {
		day = "9999-12-31"
	}
	best := far
	for _, o := range e.Roles {
		var d int
		switch {
		case holds(o, day):
			d = 0
		case o.From != "" && day < o.From:
			d = daysBetween(day, o.From)
		case o.Until != "":
			d = daysBetween(o.Until, day)
		}
		best = min(best, d)
	}
	return best
}

func daysBetween(a, b string) int {
	ta, err1 := time.Parse(time.DateOnly, a)
	tb, err2 := time.Parse(time.DateOnly, b)
	if err1 != nil || err2 != nil {
		return 1 << 29
	}
	return int((tb.Unix() - ta.Unix()) / 86400) // not Sub: it saturates past 292 years
}

// one picks, of several countries claiming a form, the one that existed on
// the view's day; failing that, the only one there ever was.
func (g *Gazetteer) one(is []int) (Entry, bool) {
	var valid []int
	for _, i := range is {
		if g.exists(g.entries[i]) {
			valid = append(valid, i)
		}
	}
	switch {
	case len(valid) == 1:
		return g.entries[valid[0]], true
	case len(valid) == 0 && len(is) == 1:
		return g.entries[is[0]], true
	}
	return Entry{}, false
}

// StateOf is the code of the state a place of country iso belonged to on
// the view's day: iso itself while it existed, else the one state it
// succeeded (Moscow's RUS is SUN in 1987; DEU, heir of two states, stays).
func (g *Gazetteer) StateOf(iso string) string {
	if c, ok := g.Country(iso); !ok || g.exists(c) || g.day == "" {
		return iso
	}
	found := ""
	for old, heir := range g.successor {
		if heir != iso {
			continue
		}
		if c, ok := g.Country(old); ok && g.exists(c) {
			if found != "" {
				return iso
			}
			found = old
		}
	}
	if found == "" {
		return iso
	}
	return found
}

// Successor is the present-day state whose code a former state's map
// passed to (DEU for West Germany's BRD, RUS for the Soviet Union's SUN),
// "" for none.
func (g *Gazetteer) Successor(code string) string { return g.successor[code] }

// CapitalOfCity is CapitalOf(name) where name resolved to the gazetteer
// city city: the country whose capital that city was on the view's day.
// Moscow, a city of Russia's, is the Soviet Union's capital in 1987.
func (g *Gazetteer) CapitalOfCity(name string, city Entry) (Entry, bool) {
	c, ok := g.CapitalOf(name)
	if !ok || c.Country != city.Country && g.successor[c.Country] != city.Country {
		return Entry{}, false
	}
	return c, true
}
