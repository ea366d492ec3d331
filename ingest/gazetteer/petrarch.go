package gazetteer

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"
	"sync"

	"actorgraph/graph"
)

// The persons and organisations generated from the PETRARCH2/Phoenix
// dictionaries by cmd/seedgen (seeds/petrarch). They are many (some 18,000
// persons) and only looked up, so they are read on the first look-up, not
// by Load; they are not among Entries, Knowledge or the surnames.
const (
	petrarchPersons = "petrarch/persons.tsv.gz"
	petrarchOrgs    = "petrarch/organizations.tsv.gz"
)

// generated holds the dictionaries' entries, numbered after the seeds':
// entry len(g.entries)+k is entries[k].
type generated struct {
	once    sync.Once
	err     error
	entries []Entry
	byName  map[string][]int
	// orgCodes are the dictionaries' actor codes of organisations
	// ("IGOUNO"), by folded name and alias, seed organisations included.
	orgCodes map[string]string
	roles    map[int][]Office // offices the dictionaries add to a seed person
	// places are the generated cities and regions (seeds/places), by
	// folded name and alias: generated entries, or the seed city or
	// region a generated one is. They are not among byName, so Lookup
	// does not find them: see Places.
	places     map[string][]int
	population map[int]int // a generated city's population
}

// sectorRoles names the offices of the dictionaries' sector codes.
var sectorRoles = map[string]string{
	"GOV": "government official", "MIL": "military officer", "LEG": "legislator", "JUD": "judge",
	"COP": "police official", "SPY": "intelligence official", "OPP": "opposition figure", "REB": "rebel leader",
	"PTY": "party official", "BUS": "business figure", "MED": "journalist", "EDU": "educator",
	"LAB": "labour leader", "NGO": "NGO official", "HLH": "health official", "AGR": "agriculture official",
	"ENV": "environment official", "REF": "refugee official", "HRI": "human rights official",
	"DEV": "development official", "CVL": "civic figure", "CRM": "criminal", "REL": "religious leader",
}

// generated reads the dictionaries once; a failure leaves them out and is
// reported by PetrarchErr.
func (g *Gazetteer) generated() *generated {
	g.gen.once.Do(func() { g.gen.err = g.readGenerated() })
	return g.gen
}

// PetrarchErr reports why the generated dictionaries could not be read, or
// nil. It reads them if no look-up has yet.
func (g *Gazetteer) PetrarchErr() error { return g.generated().err }

func (g *Gazetteer) readGenerated() error {
	gen := g.gen
	gen.byName, gen.roles = map[string][]int{}, map[int][]Office{}
	seedPersons := map[string][]int{}
	seedNames := map[string]bool{}
	for i, e := range g.entries {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := graph.Fold(n)
			seedNames[k] = true
			if e.Type == graph.Person {
				seedPersons[k] = append(seedPersons[k], i)
			}
		}
	}
	index := func(i int, names []string) {
		for _, n := range names {
			k := graph.Fold(n)
			if !slices.Contains(gen.byName[k], i) {
				gen.byName[k] = append(gen.byName[k], i)
			}
		}
	}
	err := readTSV(g.fsys, petrarchPersons, 3, func(f []string) error {
		p := Entry{Type: graph.Person, Name: f[0], Aliases: splitList(f[1])}
		for _, r := range splitList(f[2]) {
			o, ok, err := g.phoenixOffice(r)
			if err != nil {
				return fmt.Errorf("%s: %w", p.Name, err)
			}
			if ok {
				p.Roles = append(p.Roles, o...)
			}
		}
		if len(p.Roles) == 0 {
			return nil
		}
		names := append([]string{p.Name}, p.Aliases...)
		// a person the seeds know keeps the seeds' entry: the
		// dictionaries add the offices it does not overlap, and names
		if seed, ok := g.samePerson(seedPersons, names, p.Roles); ok {
			gen.roles[seed] = append(gen.roles[seed], newOffices(g.entries[seed].Roles, p.Roles)...)
			index(seed, names)
			return nil
		} else if seed < 0 {
			return nil // one of several seed persons: leave it to the seeds
		}
		p.Country = p.Roles[0].Of
		i := len(g.entries) + len(gen.entries)
		gen.entries = append(gen.entries, p)
		index(i, names)
		return nil
	})
	if err != nil {
		return err
	}
	gen.orgCodes = map[string]string{}
	err = readTSV(g.fsys, petrarchOrgs, 3, func(f []string) error {
		names := append([]string{f[0]}, splitList(f[2])...)
		for _, n := range names {
			if k := graph.Fold(n); gen.orgCodes[k] == "" {
				gen.orgCodes[k] = f[1]
			}
		}
		for _, n := range names {
			if seedNames[graph.Fold(n)] {
				return nil // the seeds' organisation wins
			}
		}
		o := Entry{Type: graph.Organization, Name: f[0], Aliases: names[1:]}
		if c, ok := g.countries[f[1][:min(3, len(f[1]))]]; ok {
			o.Country = g.entries[c].Country
		}
		i := len(g.entries) + len(gen.entries)
		gen.entries = append(gen.entries, o)
		index(i, names)
		return nil
	})
	if err != nil {
		return err
	}
	return g.readPlaces()
}

// samePerson finds the seed person a generated one is: one seed person of
// one of its names, or of several the only one whose offices overlap its
// own. ok false with seed -1 means several and none or more overlap.
func (g *Gazetteer) samePerson(seedPersons map[string][]int, names []string, roles []Office) (seed int, ok bool) {
	var cands []int
	for _, n := range names {
		for _, i := range seedPersons[graph.Fold(n)] {
			if !slices.Contains(cands, i) {
				cands = append(cands, i)
			}
		}
	}
	if len(cands) == 0 {
		return 0, false
	}
	var overlap []int
	for _, i := range cands {
		for _, a := range g.entries[i].Roles {
			if overlapsAny(a, roles) {
				overlap = append(overlap, i)
				break
			}
		}
	}
	switch {
	case len(overlap) == 1:
		return overlap[0], true
	case len(cands) == 1 && len(overlap) == 0:
		return cands[0], true
	}
	return -1, false
}

func overlapsAny(a Office, bs []Office) bool {
	for _, b := range bs {
		if a.Of == b.Of && (a.Until == "" || b.From == "" || b.From < a.Until) && (b.Until == "" || a.From == "" || a.From < b.Until) {
			return true
		}
	}
	return false
}

// newOffices are the generated offices that overlap none of the seed's.
func newOffices(seed, gen []Office) []Office {
	var out []Office
	for _, o := range gen {
		if !overlapsAny(o, seed) {
			out = append(out, o)
		}
	}
	return out
}

// phoenixOffice reads "COUNTRY SECTOR CODE FROM UNTIL" into offices. The
// dictionaries code the offices of a state that ended under its heir's
// code (Soviet ones RUS): those before the state's end are its offices,
// and one that spans the end is cut in two. ok is false for a code that is
// no country of ours or a sector that is no office.
func (g *Gazetteer) phoenixOffice(s string) ([]Office, bool, error) {
	f := strings.Fields(s)
	if len(f) != 5 {
		return nil, false, fmt.Errorf("role %q: want 5 fields", s)
	}
	role, ok := sectorRoles[f[1]]
	if _, known := g.countries[f[0]]; !ok || !known {
		return nil, false, nil
	}
	o := Office{Role: role, Of: f[0], From: undash(f[3]), Until: undash(f[4])}
	for _, d := range []string{o.From, o.Until} {
		if d != "" && normDate(d) != d {
			return nil, false, fmt.Errorf("role %q: bad date %q", s, d)
		}
	}
	for _, h := range g.phoen[o.Of] {
		if o.From != "" && o.From >= h.until || o.Until != "" && o.Until <= h.from {
			continue
		}
		before := o
		before.Of = h.code
		if o.Until == "" || o.Until > h.until {
			before.Until = h.until
			after := o
			after.From = h.until
			return []Office{before, after}, true, nil
		}
		return []Office{before}, true, nil
	}
	return []Office{o}, true, nil
}

func undash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// readTSV calls row with the fields of every line of a gzip'd TSV file
// but "#" comments.
func readTSV(fsys fs.FS, name string, fields int, row func([]string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	return parseTSV(f, name, fields, row)
}

func parseTSV(r io.Reader, name string, fields int, row func([]string) error) error {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return fmt.Errorf("gazetteer: read %s: %w", name, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != fields {
			return fmt.Errorf("gazetteer: %s:%d: %d fields, want %d", name, n, len(f), fields)
		}
		if err := row(f); err != nil {
			return fmt.Errorf("gazetteer: %s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("gazetteer: read %s: %w", name, err)
	}
	return nil
}

// entry returns entry i of the seeds or the dictionaries, with the offices
// the dictionaries add to a seed person.
func (g *Gazetteer) entry(i int) Entry {
	if i < len(g.entries) {
		e := g.entries[i]
		if extra := g.gen.roles[i]; len(extra) > 0 {
			e.Roles = append(append([]Office(nil), e.Roles...), extra...)
		}
		return e
	}
	return g.gen.entries[i-len(g.entries)]
}

// named returns the entries, seeds' first, of a folded name.
func (g *Gazetteer) named(k []byte) []int {
	gen := g.generated()
	is := g.byName[string(k)]
	for _, i := range gen.byName[string(k)] {
		if !slices.Contains(is, i) {
			is = append(is[:len(is):len(is)], i)
		}
	}
	return is
}
