package gazetteer

import (
	"actorgraph/graph"
)

// sectorOf is the CAMEO sector code of an office: the dictionaries' own
// sectors by their role names, and the seeds' offices of state
// (presidents, ministers, ambassadors) as government.
var sectorOf = func() map[string]string {
	m := map[string]string{}
	for code, role := range sectorRoles {
		m[role] = code
	}
	return m
}()

// ActorCode writes the entity as CAMEO and GDELT code an event's actor, as
// of date (YYYY-MM-DD): its country's code and a sector — "USAGOV" for a
// serving US official, "IRNMIL" for an Iranian commander, "IGOUNO" for the
// UN, "RUS" for Russia. sector ("GOV", "MIL", "GOVAGR"…: one three-letter
// role code or more) is what the text says of the actor ("Russian
// troops"); it wins over the sector of a person's office. After an
// organisation's own code it is added, not put in the code's place: CAMEO
// codes concatenate three-letter codes, and PETRARCH's agents dictionary
// puts its codes after the actor's, so "NATO forces" are IGOWSTNATMIL, not
// the military of NATO's seat. The code is "" where nothing is known.
func (g *Gazetteer) ActorCode(e graph.Entity, date, sector string) string {
	country := e.Country
	switch e.Type {
	case graph.Person:
		if en, ok := g.entryOf(e, date); ok {
			for _, o := range en.Roles {
				if !Holds(o, date) {
					continue
				}
				if _, isCountry := g.countries[o.Of]; isCountry {
					country = o.Of
					if sector == "" {
						sector = sectorOf[o.Role]
						if sector == "" {
							sector = "GOV" // the seeds' offices are offices of state
						}
					}
				} else if code := g.orgCode(o.Of); code != "" {
					return withSector(code, sector)
				}
				break
			}
		}
	case graph.Organization:
		if code := g.orgCodeOf(e, date); code != "" {
			return withSector(code, sector)
		}
	}
	if country == "" {
		return ""
	}
	return withSector(country, sector)
}

// withSector adds to an actor code the three-letter codes of sector that
// it does not hold yet ("IGOWSTNAT" and "MIL": "IGOWSTNATMIL"; "USAGOV"
// and "GOVAGR": "USAGOVAGR"): a code names each role once.
func withSector(code, sector string) string {
	for i := 0; i+3 <= len(sector); i += 3 {
		if !hasPart(code, sector[i:i+3]) {
			code += sector[i : i+3]
		}
	}
	return code
}

// hasPart reports whether an actor code holds part as one of its
// three-letter codes after the first.
func hasPart(code, part string) bool {
	for i := 3; i+3 <= len(code); i += 3 {
		if code[i:i+3] == part {
			return true
		}
	}
	return false
}

// entryOf finds the gazetteer's entry of an entity, as of date.
func (g *Gazetteer) entryOf(e graph.Entity, date string) (Entry, bool) {
	for _, en := range g.LookupOn(e.Name, date) {
		if en.ID() == e.ID {
			return en, true
		}
	}
	return Entry{}, false
}

// orgCodeOf is an organisation's actor code: the seeds' own code, else the
// dictionaries' code by its name or any of its aliases ("OPEC" for the
// Organization of the Petroleum Exporting Countries, whom the
// dictionaries spell without "the").
func (g *Gazetteer) orgCodeOf(e graph.Entity, date string) string {
	names := append([]string{e.Name}, e.Aliases...)
	if en, ok := g.entryOf(e, date); ok {
		if en.Code != "" {
			return en.Code
		}
		names = append(names, en.Aliases...)
	}
	for _, n := range names {
		if code := g.orgCode(n); code != "" {
			return code
		}
	}
	return ""
}

// orgCode is the dictionaries' code of an organisation by one of its names.
func (g *Gazetteer) orgCode(name string) string {
	gen := g.generated()
	if gen.err != nil {
		return ""
	}
	code, _ := byFolded(gen.orgCodes, nil, name)
	return code
}
