// Package gazetteer is actorgraph's world knowledge: countries (names, ISO
// codes, capitals and borders from github.com/pariz/gountries, with the
// demonyms, extra names and Wikidata QIDs of the seeds), cities, regions,
// organisations, leaders with their terms of office, and person titles. The
// resolver links mentions through it; Knowledge turns it into seed facts.
package gazetteer

import (
	"cmp"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/pariz/gountries"
	"gopkg.in/yaml.v3"

	"actorgraph/graph"
	"actorgraph/seeds"
)

// Entry is one known entity. Capital, Demonyms and Borders are set for
// countries, Roles for persons. From and Until bound, as ISO dates, the
// time a state (or a body of one) existed; empty for open.
type Entry struct {
	Type     graph.EntityType
	Name     string
	Aliases  []string
	Country  string // ISO 3166-1 alpha-3: the country itself, where a city or organisation is, or whom a person serves
	Wikidata string
	Capital  string
	Demonyms []string
	Borders  []string // ISO 3166-1 alpha-3
	Roles    []Office
	From     string
	Until    string
	// Code is an organisation's CAMEO actor code where the event-data
	// dictionaries have none for it ("IGOEUREEC" for the European
	// Community); "" leaves the dictionaries' code by its names.
	Code string
}

// Office is a post a person held: Of is a country's ISO3 code or an
// organisation's canonical name; From and Until are ISO dates, Until empty
// while the office is held.
type Office struct {
	Role  string
	Of    string
	From  string
	Until string
}

// Key is the strongest identity the entry has, as graph.EntityID expects it.
func (e Entry) Key() graph.EntityKey {
	return graph.EntityKey{Type: e.Type, Name: e.Name, Country: e.Country, Wikidata: e.Wikidata}
}

// ID is the entry's entity ID: the same as any article's resolved mention of it.
func (e Entry) ID() string { return graph.EntityID(e.Key()) }

// TitleKind tells what a title says about its holder.
type TitleKind int

// Title kinds: a leader heads a state, government or organisation; an
// official holds an office below the head; an honorific says nothing about
// an office.
const (
	Honorific TitleKind = iota
	Official
	Leader
)

// Gazetteer answers look-ups over the seed knowledge as of a date (On):
// without one, as of the present. It is immutable after Load and safe for
// concurrent use.
type Gazetteer struct {
	entries   []Entry
	history   map[int]bool     // entries from history.yaml
	byName    map[string][]int // folded name or alias → entries
	surnames  map[string][]int // folded surname → persons
	demonyms  map[string][]int // folded demonym → countries
	countries map[string]int   // ISO3 → country
	// territories are the ISO3 codes of names that are no state
	// (history.yaml): entries of type Region that act as one
	territories map[string]bool
	capitals    map[string][]int // folded capital name → countries
	successor   map[string]string
	offices     []heldOffice
	titles      map[string]title // folded title → canonical title
	titleList   []string
	// subdivisions are the folded names of countries' first-level
	// subdivisions (provinces, states, regions) from gountries, with the
	// ISO3 codes of the countries that have one so named
	subdivisions map[string][]string
	// the filters of the keys of titles, demonyms, capitals and
	// surnames, made once they are all in (see endsFilter)
	titleKeys, demonymKeys, capitalKeys, surnameKeys *endsFilter

	gen   *generated // the PETRARCH dictionaries, read on first use
	fsys  fs.FS
	phoen map[string][]phoenixState // code the dictionaries use → historical states coded so
	day   string                    // the view's date, "" for the present
}

type heldOffice struct {
	person int
	Office
	top bool
}

type title struct {
	name string
	kind TitleKind
}

var (
	loadOnce sync.Once
	loaded   *Gazetteer
	loadErr  error
)

// Subdivision reports a name that is a country's first-level subdivision
// (a province, state or region: "Guangxi", "Rio Grande do Sul"), with the
// ISO3 codes of the countries that have one so named. Many are also
// cities' names ("Berne", "Dar es Salaam"), so a caller needs a cue
// before it reads one as a region.
func (g *Gazetteer) Subdivision(name string) ([]string, bool) {
	isos, ok := g.subdivisions[graph.Fold(name)]
	return isos, ok
}

// Load builds the gazetteer from gountries and the seeds, once per process:
// later calls return the same value.
func Load() (*Gazetteer, error) {
	loadOnce.Do(func() { loaded, loadErr = build(seeds.FS) })
	return loaded, loadErr
}

// seed file shapes
type (
	countrySeed struct {
		Wikidata string   `yaml:"wikidata"`
		Aliases  []string `yaml:"aliases"`
		Capital  []string `yaml:"capital"`
		// CapitalName replaces gountries' spelling of the capital ("Kyiv").
		CapitalName string `yaml:"capitalName"`
	}
	orgSeed struct {
		Name     string   `yaml:"name"`
		Aliases  []string `yaml:"aliases"`
		Country  string   `yaml:"country"`
		Wikidata string   `yaml:"wikidata"`
		From     string   `yaml:"from"`  // when the body began, where it matters ("EC" before the EU)
		Until    string   `yaml:"until"` // when it ended
		// Code is its CAMEO actor code when the dictionaries have none
		// ("IGOEUREEC"): an international body is no actor of its seat.
		Code string `yaml:"code"`
	}
	officeSeed struct {
		Role  string `yaml:"role"`
		Of    string `yaml:"of"`
		From  string `yaml:"from"`
		Until string `yaml:"until"`
		Top   bool   `yaml:"top"`
	}
	leaderSeed struct {
		Name     string       `yaml:"name"`
		Aliases  []string     `yaml:"aliases"`
		Surname  string       `yaml:"surname"`
		Wikidata string       `yaml:"wikidata"`
		Roles    []officeSeed `yaml:"roles"`
	}
	placeSeed struct {
		Name    string   `yaml:"name"`
		Country string   `yaml:"country"`
		Aliases []string `yaml:"aliases"`
	}
	placesSeed struct {
		Cities   []placeSeed `yaml:"cities"`
		Regions  []placeSeed `yaml:"regions"`
		Features []placeSeed `yaml:"features"` // rivers, seas, mountains: typed Place
	}
	titlesSeed struct {
		Leader    []string          `yaml:"leader"`
		Official  []string          `yaml:"official"`
		Honorific []string          `yaml:"honorific"`
		Synonyms  map[string]string `yaml:"synonyms"`
	}
)

func readYAML(fsys fs.FS, name string, v any) error {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("gazetteer: read %s: %w", name, err)
	}
	if err := yaml.Unmarshal(b, v); err != nil {
		return fmt.Errorf("gazetteer: parse %s: %w", name, err)
	}
	return nil
}

func build(fsys fs.FS) (*Gazetteer, error) {
	var (
		countrySeeds map[string]countrySeed
		demonymSeeds map[string][]string
		orgs         []orgSeed
		leaders      []leaderSeed
		places       placesSeed
		titles       titlesSeed
		hist         historySeed
	)
	for name, v := range map[string]any{
		"countries.yaml": &countrySeeds, "demonyms.yaml": &demonymSeeds, "organizations.yaml": &orgs,
		"leaders.yaml": &leaders, "places.yaml": &places, "titles.yaml": &titles, "history.yaml": &hist,
	} {
		if err := readYAML(fsys, name, v); err != nil {
			return nil, err
		}
	}
	g := &Gazetteer{
		byName:      map[string][]int{},
		surnames:    map[string][]int{},
		demonyms:    map[string][]int{},
		countries:   map[string]int{},
		territories: map[string]bool{},
		capitals:    map[string][]int{},
		successor:   map[string]string{},
		history:     map[int]bool{},
		titles:      map[string]title{},
		gen:         &generated{},
		fsys:        fsys,
		phoen:       map[string][]phoenixState{},
	}

	// Countries, in ISO3 order so the entries are deterministic.
	all := gountries.New().FindAllCountries()
	var cs []gountries.Country
	for _, c := range all {
		if c.Alpha3 != "" {
			cs = append(cs, c)
		}
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].Alpha3 < cs[j].Alpha3 })
	known := map[string]bool{}
	g.subdivisions = map[string][]string{}
	for _, c := range cs {
		known[c.Alpha3] = true
		for _, sd := range c.SubDivisions() {
			for _, n := range append([]string{sd.Name}, sd.Names...) {
				if k := graph.Fold(n); k != "" && !slices.Contains(g.subdivisions[k], c.Alpha3) {
					g.subdivisions[k] = append(g.subdivisions[k], c.Alpha3)
				}
			}
		}
	}
	for iso := range countrySeeds {
		if !known[iso] {
			return nil, fmt.Errorf("gazetteer: countries.yaml names unknown country %q", iso)
		}
	}
	for iso := range demonymSeeds {
		if !known[iso] {
			return nil, fmt.Errorf("gazetteer: demonyms.yaml names unknown country %q", iso)
		}
	}
	if err := hist.check(known); err != nil {
		return nil, err
	}
	type capital struct {
		country int
		names   []string
	}
	var capitals []capital
	for _, iso := range hist.Territories {
		g.territories[iso] = true
	}
	for _, c := range cs {
		seed := countrySeeds[c.Alpha3]
		e := Entry{
			Type:     graph.Country,
			Name:     c.Name.Common,
			Country:  c.Alpha3,
			Wikidata: seed.Wikidata,
			Capital:  c.Capital,
			Demonyms: demonymSeeds[c.Alpha3],
			From:     cmp.Or(hist.Begins[c.Alpha3], hist.Republics[c.Alpha3]),
		}
		e.Aliases = uniq(append([]string{c.Name.Official}, seed.Aliases...), e.Name)
		if g.territories[c.Alpha3] {
			e.Type = graph.Region // "Hong Kong", "Puerto Rico": no state
		}
		if until := hist.Republics[c.Alpha3]; until != "" {
			// before it was sovereign its name is a region's ("Georgia" in
			// 1987, "Soviet Ukraine"): no country, no capital, no demonym
			g.add(Entry{Type: graph.Region, Name: e.Name, Aliases: e.Aliases, Until: until})
		}
		for _, b := range c.Borders {
			if known[b] && !g.territories[b] && !g.territories[c.Alpha3] {
				// states border states; a territory's line is its holder's
				e.Borders = append(e.Borders, b)
			}
		}
		sort.Strings(e.Borders)
		i := g.add(e)
		g.countries[c.Alpha3] = i
		g.addDemonyms(i)
		if c.Capital != "" {
			names := append([]string{c.Capital}, seed.Capital...)
			if seed.CapitalName != "" {
				names = append([]string{seed.CapitalName}, names...)
				g.entries[i].Capital = seed.CapitalName
			}
			capitals = append(capitals, capital{i, uniq(names, "")})
		}
	}
	for _, c := range capitals {
		iso := g.entries[c.country].Country
		g.add(Entry{Type: graph.City, Name: c.names[0], Aliases: uniq(c.names[1:], c.names[0]), Country: iso})
		for _, n := range c.names {
			// names that fold alike ("Washington D.C.", "Washington DC")
			// are one key: the country once, or one() finds two
			k := graph.Fold(n)
			if !slices.Contains(g.capitals[k], c.country) {
				g.capitals[k] = append(g.capitals[k], c.country)
			}
		}
	}
	for _, p := range places.Cities {
		if p.Country != "" && !known[p.Country] {
			return nil, fmt.Errorf("gazetteer: city %q in unknown country %q", p.Name, p.Country)
		}
		g.add(Entry{Type: graph.City, Name: p.Name, Aliases: uniq(p.Aliases, p.Name), Country: p.Country})
	}
	for _, p := range places.Regions {
		if p.Country != "" && !known[p.Country] {
			return nil, fmt.Errorf("gazetteer: region %q in unknown country %q", p.Name, p.Country)
		}
		g.add(Entry{Type: graph.Region, Name: p.Name, Aliases: uniq(p.Aliases, p.Name), Country: p.Country})
	}
	for _, p := range places.Features {
		if p.Country != "" && !known[p.Country] {
			return nil, fmt.Errorf("gazetteer: feature %q in unknown country %q", p.Name, p.Country)
		}
		g.add(Entry{Type: graph.Place, Name: p.Name, Aliases: uniq(p.Aliases, p.Name), Country: p.Country})
	}
	orgNames := map[string]string{}
	for _, o := range orgs {
		if o.Country != "" && !known[o.Country] {
			return nil, fmt.Errorf("gazetteer: organisation %q in unknown country %q", o.Name, o.Country)
		}
		from := o.From
		if from == "" {
			from = hist.Begins[o.Country]
		}
		g.add(Entry{Type: graph.Organization, Name: o.Name, Aliases: uniq(o.Aliases, o.Name), Country: o.Country, Wikidata: o.Wikidata,
			From: from, Until: o.Until, Code: o.Code})
		orgNames[graph.Fold(o.Name)] = o.Name
	}
	if err := g.addHistory(hist, known, orgNames); err != nil {
		return nil, err
	}
	persons := map[string][]int{} // folded name or alias → persons
	for n, l := range append(leaders, hist.Leaders...) {
		e := Entry{Type: graph.Person, Name: l.Name, Aliases: uniq(l.Aliases, l.Name), Wikidata: l.Wikidata}
		var tops []bool
		for _, r := range l.Roles {
			of := r.Of
			if !known[of] {
				canon, ok := orgNames[graph.Fold(of)]
				if !ok {
					return nil, fmt.Errorf("gazetteer: %s holds an office of %q, neither a country code nor an organisation", l.Name, r.Of)
				}
				of = canon
			} else if e.Country == "" {
				e.Country = of
			}
			for _, d := range []string{r.From, r.Until} {
				if d != "" {
					if _, err := time.Parse(time.DateOnly, d); err != nil {
						return nil, fmt.Errorf("gazetteer: %s as %s: bad date %q: %w", l.Name, r.Role, d, err)
					}
				}
			}
			e.Roles = append(e.Roles, Office{Role: r.Role, Of: of, From: r.From, Until: r.Until})
			tops = append(tops, r.Top)
		}
		// a person of history.yaml already in leaders.yaml is one person
		if same := persons[graph.Fold(l.Name)]; n >= len(leaders) && len(same) == 1 {
			i := same[0]
			g.entries[i].Roles = append(g.entries[i].Roles, e.Roles...)
			for k, o := range e.Roles {
				g.offices = append(g.offices, heldOffice{person: i, Office: o, top: tops[k]})
			}
			continue
		}
		i := g.add(e)
		if n >= len(leaders) {
			g.history[i] = true
		}
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			persons[graph.Fold(name)] = append(persons[graph.Fold(name)], i)
		}
		for k, o := range e.Roles {
			g.offices = append(g.offices, heldOffice{person: i, Office: o, top: tops[k]})
		}
		surname := l.Surname
		if surname == "" {
			words := strings.Fields(l.Name)
			surname = words[len(words)-1]
		}
		g.surnames[graph.Fold(surname)] = append(g.surnames[graph.Fold(surname)], i)
	}

	for kind, list := range map[TitleKind][]string{Leader: titles.Leader, Official: titles.Official, Honorific: titles.Honorific} {
		for _, t := range list {
			g.titles[graph.Fold(t)] = title{name: t, kind: kind}
		}
	}
	for variant, canon := range titles.Synonyms {
		t, ok := g.titles[graph.Fold(canon)]
		if !ok {
			return nil, fmt.Errorf("gazetteer: title synonym %q of unknown title %q", variant, canon)
		}
		g.titles[graph.Fold(variant)] = t
	}
	for _, l := range [][]string{titles.Leader, titles.Official, titles.Honorific} {
		g.titleList = append(g.titleList, l...)
	}
	g.titleList = uniq(g.titleList, "")
	sort.SliceStable(g.titleList, func(i, j int) bool {
		if a, b := len(strings.Fields(g.titleList[i])), len(strings.Fields(g.titleList[j])); a != b {
			return a > b
		}
		return g.titleList[i] < g.titleList[j]
	})
	g.titleKeys, g.demonymKeys, g.capitalKeys, g.surnameKeys = filterOf(g.titles), filterOf(g.demonyms), filterOf(g.capitals), filterOf(g.surnames)
	return g, nil
}

// add appends e and indexes its name and aliases.
func (g *Gazetteer) add(e Entry) int {
	i := len(g.entries)
	g.entries = append(g.entries, e)
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		k := graph.Fold(n)
		if !slices.Contains(g.byName[k], i) {
			g.byName[k] = append(g.byName[k], i)
		}
	}
	return i
}

// demonymForms adds the plural of a demonym: Russian → Russians; forms in
// -ese, -ish, -ch, -ss and -s (Japanese, British, French, Swiss) take none.
func demonymForms(d string) []string {
	forms := []string{d}
	l := strings.ToLower(d)
	for _, suf := range []string{"ese", "ish", "ch", "ss", "s", "men"} {
		if strings.HasSuffix(l, suf) {
			return forms
		}
	}
	switch {
	case strings.HasSuffix(l, "man"):
		return append(forms, d[:len(d)-3]+"men")
	case strings.HasSuffix(l, "y") && !strings.HasSuffix(l, "ey"):
		return forms
	}
	return append(forms, d+"s")
}

// uniq drops empty strings, repeats and skip. Spellings that differ only
// in dots or case ("U.N." and "UN") are kept: callers match written forms.
func uniq(xs []string, skip string) []string {
	seen := map[string]bool{skip: skip != ""}
	var out []string
	for _, x := range xs {
		if x == "" || seen[x] {
			continue
		}
		seen[x] = true
		out = append(out, x)
	}
	return out
}

func (g *Gazetteer) copies(is []int) []Entry {
	out := make([]Entry, 0, len(is))
	for _, i := range is {
		out = append(out, g.entry(i))
	}
	return out
}

// Lookup returns every entry named surface by its name or an alias, compared
// folded (case, dots and dashes do not matter): "U.S." and "us" both find the
// United States, so callers decide whether the surface looked like a name.
// It answers as of the gazetteer's date (On): "Germany" is West Germany
// in 1987.
func (g *Gazetteer) Lookup(surface string) []Entry {
	var buf [64]byte
	k, ok := foldASCII(buf[:0], surface)
	if !ok {
		k = []byte(graph.Fold(surface))
	}
	return g.copies(g.asOf(g.named(k)))
}

// Entries returns every entry of the seed files, countries first, in a
// stable order, whatever the date; not the generated dictionaries'.
func (g *Gazetteer) Entries() []Entry { return append([]Entry(nil), g.entries...) }

// ReferenceEntries returns the entries of the present-day seed files,
// without history.yaml's: the reference names the NER model's gazetteer
// features were trained with, kept as they were so that retraining learns
// the same.
func (g *Gazetteer) ReferenceEntries() []Entry {
	var out []Entry
	for i, e := range g.entries {
		if !g.history[i] {
			out = append(out, e)
		}
	}
	return out
}

// Demonym finds the country a demonym or adjectival form names: "North
// Korean", "Russians", "Japanese", as of the gazetteer's date ("German" is
// West German in 1987). A form shared by several countries of one time
// ("Korean") names none.
func (g *Gazetteer) Demonym(word string) (Entry, bool) {
	d, _ := byFolded(g.demonyms, g.demonymKeys, word)
	return g.one(d)
}

// Country finds a country by its ISO 3166-1 alpha-3 code.
func (g *Gazetteer) Country(iso3 string) (Entry, bool) {
	i, ok := g.countries[strings.ToUpper(iso3)]
	if !ok {
		return Entry{}, false
	}
	return g.entries[i], true
}

// CapitalOf finds the country whose capital city is named city, as of the
// gazetteer's date: Moscow is the Soviet Union's in 1987.
func (g *Gazetteer) CapitalOf(city string) (Entry, bool) {
	c, _ := byFolded(g.capitals, g.capitalKeys, city)
	return g.one(c)
}

// PersonsBySurname returns the known persons with that surname ("Kim",
// "Trump", "von der Leyen").
func (g *Gazetteer) PersonsBySurname(surname string) []Entry {
	s, _ := byFolded(g.surnames, g.surnameKeys, surname)
	return g.copies(s)
}

// Title returns the canonical form and kind of a title ("premier" → "Prime
// Minister", Leader); ok is false for words that are not titles.
func (g *Gazetteer) Title(word string) (name string, kind TitleKind, ok bool) {
	t, ok := byFolded(g.titles, g.titleKeys, word)
	return t.name, t.kind, ok
}

// IsTitle reports whether word is a person title or honorific, in any case.
func (g *Gazetteer) IsTitle(word string) bool {
	_, ok := byFolded(g.titles, g.titleKeys, word)
	return ok
}

// Titles lists the titles, the longest (in words) first, so that a caller
// stripping titles greedily tries "Prime Minister" before "Minister".
func (g *Gazetteer) Titles() []string { return append([]string(nil), g.titleList...) }

// LeaderOn finds who held role of country (an ISO3 code, or an
// organisation's name or alias) on date (YYYY-MM-DD, YYYY-MM or YYYY). role
// is a title in any case or variant ("president", "premier"); "leader" or
// "" means the office that makes its holder the leader (the president of
// the United States, the prime minister of Japan). ok is false when nobody
// or more than one person matches.
func (g *Gazetteer) LeaderOn(country, role, date string) (Entry, bool) {
	of := strings.ToUpper(country)
	if _, isCountry := g.countries[of]; !isCountry {
		of = ""
		for _, i := range g.byName[graph.Fold(country)] {
			if g.entries[i].Type == graph.Organization {
				of = g.entries[i].Name
				break
			}
		}
		if of == "" {
			return Entry{}, false
		}
	}
	day := normDate(date)
	if day == "" {
		return Entry{}, false
	}
	wantTop := role == "" || graph.Fold(role) == "leader"
	canon := role
	if t, ok := g.titles[graph.Fold(role)]; ok {
		canon = t.name
	}
	found := -1
	for _, o := range g.offices {
		if o.Of != of || !holds(o.Office, day) {
			continue
		}
		if wantTop && !o.top || !wantTop && graph.Fold(o.Role) != graph.Fold(canon) {
			continue
		}
		if found >= 0 && found != o.person {
			return Entry{}, false
		}
		found = o.person
	}
	if found < 0 {
		return Entry{}, false
	}
	return g.entries[found], true
}

// Holds reports whether office o was held on date (YYYY-MM-DD, YYYY-MM or
// YYYY; a partial date counts from its first day).
func Holds(o Office, date string) bool {
	day := normDate(date)
	return day != "" && holds(o, day)
}

func holds(o Office, day string) bool {
	return (o.From == "" || o.From <= day) && (o.Until == "" || day < o.Until)
}

// normDate pads a partial ISO date to a day; "" for anything else.
func normDate(d string) string {
	d = strings.TrimSpace(d)
	for _, layout := range []string{time.DateOnly, "2006-01", "2006"} {
		if t, err := time.Parse(layout, d); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	if len(d) > 10 {
		if t, err := time.Parse(time.DateOnly, d[:10]); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	return ""
}

// IsLeaderOffice reports whether o heads its country or organisation:
// it is the top office or its title is a leader's title.
func (g *Gazetteer) IsLeaderOffice(o Office) bool {
	for _, h := range g.offices {
		if h.Office == o && h.top {
			return true
		}
	}
	_, kind, ok := g.Title(o.Role)
	return ok && kind == Leader
}

// Territory reports an ISO3 code of a territory that is no state
// ("HKG", "PRI"): a Region that has a government of its own, which
// speaks, signs and is visited as a state's does.
func (g *Gazetteer) Territory(iso string) bool { return g.territories[iso] }
