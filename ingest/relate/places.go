package relate

// Places and seats: a city in its region, an organisation's seat and
// country, allies and borders.

import (
	"actorgraph/ingest/wordset"
	"strings"

	"actorgraph/graph"
	"actorgraph/ingest/segment"
)

// placeCommaRelations reads "<City or Place>, <Region or Country>" closed by
// punctuation: "Surrey, British Columbia,", "GOMA, Congo —". A list of
// cities ("Nairobi, Mombasa and Kisumu") has no region after the comma.
func (r *Relater) placeCommaRelations(d *doc, s *sent, out *relations) {
	for _, a := range s.mentions {
		ea := d.entity(a.ent)
		if ea.Type != graph.City && ea.Type != graph.Place && ea.Type != graph.Region || s.w(a.last) != "," {
			continue
		}
		k := a.last + 1
		if directions.Has(s.w(k)) && isLowerWord(s.raw(k)) && ea.Type == graph.City {
			k++ // "Osaka, western Japan": a part of the country
		}
		b := s.mentionAt(k)
		if b == nil || b.m.Label == graph.LabelMISC && !strings.HasSuffix(s.w(b.last-1), "-based") || b.first != k {
			continue
		}
		eb := d.entity(b.ent)
		if eb.Type != graph.Region && eb.Type != graph.Country || eb.Type == ea.Type && !subRegion(ea.Name) {
			// ("Custer County, Idaho": a county in its state)
			continue
		}
		w := s.w(b.last)
		switch {
		case strings.HasSuffix(s.w(b.last-1), "-based") && k == a.last+1:
			// "Cleveland, Ohio-based Glidden": the town in its state
		case eb.Type == graph.Region && ea.Type == graph.City && k == a.last+1 && b.last < len(s.Tokens) &&
			isLowerWord(s.raw(b.last)) && !describerStops.Has(w) && !s.breaks(b.last):
			// "the Corpus Christi, Texas refinery", "a Saddlebrook, N.J.
			// carpet maker": the town and its state before a common noun
		case b.last < len(s.Tokens) && !s.breaks(b.last) && w != "." && !(w == "and" && ea.Type == graph.City && k == a.last+1 && !listed(s, a.first) && !sameTypeAt(d, s, b.last+1, eb.Type)):
			// ("in Toronto and Edmonton, Alberta and steel": a town's state
			// before "and" too, unless the names are a list: "Congo,
			// Algeria and Mali", "the Chicago, New England and", "in
			// Parana, Mato Grosso and Goias")
			continue
		case w == "," && sameTypeAt(d, s, b.last+1, eb.Type):
			// "in Sao Paulo, Parana, Mato Grosso and Goias": a list of
			// states goes on after the second name
			continue
		}
		if ea.Country != "" && eb.Country != "" && ea.Country != eb.Country {
			continue
		}
		out.add(graph.Relation{Subject: ea.ID, Predicate: graph.RelLocatedIn, Object: eb.ID, Confidence: confPlaceComma, Evidence: d.evidence(s)})
	}
}

// firmTownRelations reads a firm's seat set off after its name: "Bankers
// Trust Co, New York.", "Y-E Data Inc, Tokyo, and", "Standard Chartered
// PLC <STCH.L>, London," — a firm by its legal form, a comma and a town
// that ends the phrase (not a list of places: "Halvard Corp, Tokyo, Osaka
// and Kyoto").
func (r *Relater) firmTownRelations(d *doc, s *sent, out *relations) {
	for _, a := range s.mentions {
		ea := d.entity(a.ent)
		if ea.Type != graph.Organization || !firmName(ea.Name) {
			continue
		}
		k := s.skipTickerAhead(a.last)
		if s.w(k) != "," {
			continue
		}
		b := s.mentionAt(k + 1)
		if b == nil || b.first != k+1 || d.entity(b.ent).Type != graph.City || strings.ToUpper(b.m.Text) == b.m.Text {
			continue // (not "Kraftwerk Union AG, KWU,": its acronym, whatever the tagger called it)
		}
		end := b.last
		if s.w(end) == "," {
			if c := s.mentionAt(end + 1); c != nil && c.first == end+1 && (d.entity(c.ent).Type == graph.Region || d.entity(c.ent).Type == graph.Country) {
				end = c.last // "Inc, Tokyo, Japan,"
			}
		}
		switch w := s.w(end); {
		case end >= len(s.Tokens) || w == "." || w == ";" || w == ")":
		case w == "," && s.mentionAt(end+1) == nil || w == "and" && s.mentionAt(end+1) == nil:
		default:
			continue
		}
		out.add(graph.Relation{Subject: ea.ID, Predicate: graph.RelBasedIn, Object: d.entity(b.ent).ID, Confidence: confPlaceComma, Evidence: d.evidence(s)})
	}
}

// directions name the part of a country a town lies in: "Osaka, western
// Japan".
var directions = wordset.Of(map[string]bool{
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"north": true, "south": true, "east": true, "west": true,
})

// listed reports a name at k after a comma or an article, where it may
// be one item of a list of places ("Sao Paulo, Parana, Mato Grosso and").
func listed(s *sent, k int) bool {
	w := s.w(k - 1)
	return w == "," || w == "the"
}

// sameTypeAt reports a name of type t at k.
func sameTypeAt(d *doc, s *sent, k int, t graph.EntityType) bool {
	m := s.mentionAt(k)
	return m != nil && d.entity(m.ent).Type == t
}

// placeKinds name what a place is after its country: "the Brazilian port
// of Santos", "the New Zealand resort of Taupo".
var placeKinds = wordset.Of(map[string]bool{
	"port": true, "city": true, "town": true, "village": true, "resort": true, "province": true, "state": true,
	"island": true, "islands": true, "region": true, "district": true, "capital": true, "oil port": true,
	"harbour": true, "harbor": true, "border town": true, "oilfield": true, "terminal": true, "county": true,
})

// placeDescribers may describe a place between its country and its kind:
// "the southern Iraqi town", "the Iranian Gulf port", "the main oil port".
var placeDescribers = wordset.Of(map[string]bool{
	"southern": true, "northern": true, "eastern": true, "western": true, "central": true, "northeastern": true,
	"northwestern": true, "southeastern": true, "southwestern": true, "main": true, "key": true, "major": true,
	"chief": true, "coastal": true, "border": true, "strategic": true, "oil": true, "small": true, "remote": true,
	"frontier": true, "industrial": true, "northernmost": true, "southernmost": true, "Gulf": true, "Caspian": true,
	"Red": true, "Sea": true, "Black": true, "Atlantic": true, "Pacific": true, "Mediterranean": true, "Baltic": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true, "holy": true, "capital": true,
	"second": true, "third": true, "largest": true, "biggest": true, "principal": true, "ancient": true,
})

// placeOfRelations reads "the <Country> <kind> of <Place>" ("the Kenyan
// port of Kisumu", "the Belgian port of Zeebrugge"): the place is in the
// country. Up to two words of description may stand before the kind
// ("the Iranian Gulf port of Bandar Abbas").
func (r *Relater) placeOfRelations(d *doc, s *sent, out *relations) {
	for _, c := range s.mentions {
		ec := d.entity(c.ent)
		if ec.Type != graph.Country && ec.Type != graph.Region || s.w(c.first-1) == "ethnic" {
			continue
		}
		k := c.last
		if s.possessive(k) {
			k++ // "Iraq's second city of Basra"
		}
		for n := 0; n < 3 && k < len(s.Tokens) && !placeKinds.Has(s.w(k)); n++ {
			if !placeDescribers.Has(s.raw(k)) {
				k = -1 // "the predominantly ethnic Albanian province of Kosovo": a people's, not a state's
				break
			}
			k++
		}
		if k < 0 || !placeKinds.Has(s.w(k)) || s.w(k+1) != "of" {
			continue
		}
		p := s.mentionAt(k + 2)
		if p == nil || p.first != k+2 {
			continue
		}
		ep := d.entity(p.ent)
		if ep.Type != graph.City && ep.Type != graph.Place && ep.Type != graph.Region || ep.ID == ec.ID ||
			ep.Country != "" && ec.Country != "" && ep.Country != ec.Country {
			continue
		}
		out.add(graph.Relation{Subject: ep.ID, Predicate: graph.RelLocatedIn, Object: ec.ID, Confidence: confPlaceComma, Evidence: d.evidence(s)})
	}
}

// basedInRelations reads "the <Place>-based <noun> <Org>", "<Org>, a
// <Place>-based <noun>" and "<Org>, a <noun> based in <Place>".
// nationalRelations reads a country or its demonym before an organisation
// the gazetteer does not place, across at most three common words that
// describe it ("the West German engineering union IG Metall", "Dutch
// truck maker DAF", "Japan's Halvard Corp"), or "of [the] <country>" right
// after it ("DAF of the Netherlands"). The organisation is basedIn the
// country; a firm named as firms are is basedIn a city or state so named
// too ("Cargill Inc of Minnesota", "<Burns Fry Corp> of Toronto").
func (r *Relater) nationalRelations(d *doc, s *sent, out *relations) {
	for _, m := range s.mentions {
		org := d.entity(m.ent)
		if org.Type != graph.Organization || org.Country != "" || s.consumed[s.at[m.first]] {
			continue
		}
		if first, _, _ := strings.Cut(org.Name, " "); r.titleKind(first) == kindLeader || r.titleKind(first) == kindOfficial {
			continue // "U.S. Undersecretary of State for Economic Affairs": an office the tagger took for a body
		}
		k := m.last
		if s.w(k) == ">" {
			k++ // "<DAF> of the Netherlands"
		}
		k = s.skipTickerAhead(k) // "Toyota Motor Corp <TOYO.T> of Japan"
		if s.w(k) == "of" {
			k++
			if s.w(k) == "the" {
				k++
			}
			if c := s.mentionAt(k); c != nil && c.first == k && (d.entity(c.ent).Type == graph.Country || firmName(org.Name) && (d.entity(c.ent).Type == graph.City || d.entity(c.ent).Type == graph.Region)) {
				out.add(graph.Relation{Subject: org.ID, Predicate: graph.RelBasedIn, Object: d.entity(c.ent).ID,
					Confidence: confNational, Evidence: d.evidence(s)})
				if d.entity(c.ent).Type == graph.Country {
					continue
				}
				// "U.S. brokerage firm Equitable Securities Corp of
				// Nashville": the country before it places it too
			}
		}
		j := m.first - 1
		if s.w(j) == "<" {
			j-- // "Spain's <Asturiana de Zinc>"
		}
		firmAt := m.first - 1 // where the firm's noun stands, if any
		if s.w(j) == "," && firmNouns.Has(s.w(j-1)) && isLowerWord(s.raw(j-1)) && (s.w(m.last) == "," || s.w(m.last) == ">") {
			// "The American holding company, Laurentian Capital Corp,":
			// the description set off before the name
			j--
			firmAt = j
		}
		walked := 0
		if j >= 0 && s.possessive(j) {
			j-- // "Japan's Halvard Corp"
		} else {
			// "Finland's mining and metals group Outokumpu Oy": a firm's
			// noun may take a longer description, joined by "and"
			limit, firm := 3, firmNouns.Has(s.w(firmAt))
			if firm {
				limit = 6 // "Soviet metal trading and equipment sales company X"
			}
			for n := 0; n < limit && j >= 0 && s.mentionAt(j) == nil && (isLowerWord(s.raw(j)) || wireCapital(s, j)) && (!describerStops.Has(s.w(j)) || firm && s.w(j) == "and"); n++ {
				j--
				walked++
			}
			if walked > 0 && j >= 0 && s.possessive(j) {
				j-- // "France's state-owned Elf Aquitaine"
			}
		}
		if j < 0 {
			continue
		}
		c := s.mentionAt(j)
		if c == nil || c.last != j+1 {
			continue
		}
		// a country before the name; a city or region only before a firm's
		// noun ("New York investment bank Allen and Co Inc")
		if t := d.entity(c.ent).Type; t != graph.Country && !((t == graph.City || t == graph.Region) && walked > 0 && firmNouns.Has(s.w(firmAt))) {
			continue
		}
		if firmAt != m.first-1 && d.entity(c.ent).Type == graph.Region && d.entity(c.ent).Country == "" {
			continue // "Europe's largest copper producer, Norddeutsche Affinerie AG": a rank, not a seat
		}
		if s.w(m.last) == "membership" {
			continue // "Spanish EC membership", "Norway's NATO membership": the state is the member, not the seat
		}
		if c.m.End < s.Tokens[j].End && d.body[c.m.End] == '-' && !strings.HasPrefix(d.body[c.m.End:s.Tokens[j].End], "-based") {
			continue // "U.S.-backed Contra rebels", "Saudi-owned X": who backs or owns it, no seat (the "-based" form is read apart)
		}
		out.add(graph.Relation{Subject: org.ID, Predicate: graph.RelBasedIn, Object: d.entity(c.ent).ID,
			Confidence: confNational, Evidence: d.evidence(s)})
	}
}

// wireCapital reports a common word wire copy capitalises right after a
// state's initials ("U.S. Telecommunications giant American Telephone and
// Telegraph Co", "U.S. Chip maker Micron"): no name, though capitalised.
func wireCapital(s *sent, j int) bool {
	c := s.mentionAt(j - 1)
	w := s.raw(j)
	return j > 0 && c != nil && c.last == j && strings.HasSuffix(s.raw(j-1), ".") && len(s.raw(j-1)) <= 4 && s.mentionAt(j+1) == nil &&
		w != "" && w[0] >= 'A' && w[0] <= 'Z' && strings.ToLower(w[1:]) == w[1:]
}

// firmSuffixes end a firm's legal name.
var firmSuffixes = []string{" Inc", " Corp", " Co", " Ltd", " Plc", " PLC", " AG", " SA", " S.A.", " NV", " N.V.", " BV", " SpA",
	" GmbH", " AB", " Corporation", " Company", " Group", " Bancorp", " Holdings", " Ltda", " Oy", " KK", " Bhd", " Pty"}

// firmName reports a name that ends as a firm's does ("Cargill Inc",
// "Burns Fry Corp"): "<firm> of <city or state>" places it there
// ("Cargill Inc of Minnesota"), where "the Bank of New York" or "the
// University of Chicago" is a name.
func firmName(name string) bool {
	for _, suf := range firmSuffixes {
		if strings.HasSuffix(name, suf) {
			return true
		}
	}
	return false
}

// firmNouns name a kind of firm before its name: "investment bank X".
var firmNouns = wordset.Of(map[string]bool{"bank": true, "firm": true, "company": true, "group": true, "brokerage": true, "house": true,
	"utility": true, "airline": true, "carrier": true, "insurer": true, "maker": true, "producer": true, "manufacturer": true,
	"retailer": true, "concern": true, "conglomerate": true, "publisher": true, "developer": true, "refiner": true,
	"mill": true, "exporter": true, "importer": true, "cooperative": true, "steelmaker": true, "automaker": true,
	"organization": true, "organisation": true, "corporation": true, "agency": true, "institution": true,
	// the press: "the Manila newspaper Sunday Times", "the Paris daily Le Monde"
	"newspaper": true, "paper": true, "daily": true, "weekly": true, "magazine": true, "journal": true, "broadcaster": true,
	// the trade: "London trader E D and F Man", "New York broker X"
	"trader": true, "dealer": true, "broker": true, "merchant": true, "shipper": true})

// describerStops are the lower-case words that cannot describe the
// organisation after a country: verbs, prepositions, conjunctions.
var describerStops = wordset.Of(map[string]bool{
	"and": true, "or": true, "to": true, "of": true, "in": true, "on": true, "at": true, "for": true, "with": true,
	"by": true, "from": true, "said": true, "says": true, "told": true, "is": true, "was": true, "are": true,
	"were": true, "has": true, "have": true, "had": true, "will": true, "would": true, "against": true, "than": true,
	"that": true, "which": true, "who": true, "the": true, "a": true, "an": true, "as": true, "but": true,
	"although": true, "though": true, "while": true, "whereas": true, "because": true, "since": true, "if": true,
	"when": true, "after": true, "before": true, "unless": true, "so": true, "also": true, "not": true,
})

func (r *Relater) basedInRelations(d *doc, s *sent, out *relations) {
	for k, w := range s.lw {
		var place int = -1
		var org *mention
		switch {
		case strings.HasSuffix(w, "-based") && len(w) > len("-based"):
			name := s.raw(k)[:len(w)-len("-based")]
			start := k
			m := s.mentionAt(k)
			if m != nil && d.entity(m.ent).Type != graph.Organization {
				start = min(start, m.first) // "a Los Angeles-based broker": the place's name opens before the word
				place = m.ent
				if t := d.entity(m.ent).Type; (t == graph.Region || t == graph.Country) && s.w(m.first-1) == "," {
					// "Cleveland, Ohio-based Glidden": the town is the seat
					if c := s.mentionAt(m.first - 2); c != nil && d.entity(c.ent).Type == graph.City {
						place, start = c.ent, c.first
					}
				}
			} else if i, ok := d.placeNamed(name); ok {
				place = i
			}
			org = s.basedOrg(d, k, start)
		case w == "based" && s.w(k-1) == "-" && s.Tokens[k-1].End == s.Tokens[k].Start && k >= 2:
			// "Dublin, Calif.-based Plant Cell Research": the abbreviated
			// state's dot keeps the hyphen apart; the city before it is the
			// seat
			j := k - 2
			if s.w(j) == "." {
				j--
			}
			start := k
			if m := s.mentionAt(j); m != nil && (d.entity(m.ent).Type == graph.Region || d.entity(m.ent).Type == graph.Country) && s.w(m.first-1) == "," {
				if c := s.mentionAt(m.first - 2); c != nil && d.entity(c.ent).Type == graph.City {
					m = c
				}
				place, start = m.ent, m.first
			} else if m != nil && d.entity(m.ent).Type != graph.Organization && d.entity(m.ent).Type != graph.Person {
				place, start = m.ent, m.first
			}
			org = s.basedOrg(d, k, start) // "Rolm, a Santa Clara, Calif.-based maker"
		case w == "headquarters" && s.w(k+1) == "in":
			// "Airbus headquarters in Toulouse", "Heublein's new
			// headquarters in Farmington": the seat of the body named before
			if m := s.mentionAt(k + 2); m != nil && m.first == k+2 && placeType(d.entity(m.ent).Type) || m != nil && d.entity(m.ent).Type == graph.Country {
				place = m.ent
			}
			j := k - 1
			for n := 0; n < 2 && j > 0 && isLowerWord(s.raw(j)) && !describerStops.Has(s.w(j)); n++ {
				j-- // "new", "corporate", "world"
			}
			if s.possessive(j) {
				j--
			}
			if m := s.mentionAt(j); m != nil && m.last == j+1 && d.entity(m.ent).Type == graph.Organization {
				org = m
			}
		case (w == "headquarters" || w == "head-office") && s.mentionAt(k-1) != nil && s.mentionAt(k-1).last == k && placeType(d.entity(s.mentionAt(k-1).ent).Type):
			// "Lund Bank's London headquarters", "its Toulouse
			// headquarters" after the body: the place before the noun
			m := s.mentionAt(k - 1)
			place = m.ent
			j := m.first - 1
			for n := 0; n < 2 && j > 0 && isLowerWord(s.raw(j)) && !describerStops.Has(s.w(j)) && !s.possessive(j); n++ {
				j-- // "new", "corporate"
			}
			if s.possessive(j) {
				if o := s.mentionAt(j - 1); o != nil && o.last == j && d.entity(o.ent).Type == graph.Organization {
					org = o
				}
			}
		case (w == "based" || w == "headquartered") && (s.w(k+1) == "in" || w == "based" && s.w(k+1) == "at"):
			if m := s.mentionAt(k + 2); m != nil && d.entity(m.ent).Type != graph.Organization && d.entity(m.ent).Type != graph.Person {
				place = m.ent
			}
			j := k - 1
			if s.w(j) == "is" || s.w(j) == "was" || s.w(j) == "are" {
				j-- // "Nordea Bank is headquartered in Helsinki"
			}
			if m := s.mentionAt(j); m != nil && d.entity(m.ent).Type == graph.Organization {
				org = m
			} else if org = s.appositionHead(d, k); org == nil {
				org = s.copulaSubject(d, k)
			}
		}
		if place < 0 || org == nil {
			continue
		}
		out.add(graph.Relation{Subject: d.entity(org.ent).ID, Predicate: graph.RelBasedIn, Object: d.entity(place).ID,
			Confidence: confBasedIn, Evidence: d.evidence(s)})
	}
	// "a researcher at the Andean Policy Institute in Bogotá": an
	// organisation someone works at, followed by its city
	for _, m := range s.mentions {
		o := d.entity(m.ent)
		if o.Type != graph.Organization || s.w(m.last) != "in" {
			continue
		}
		j := m.first - 1
		if s.w(j) == "the" {
			j--
		}
		if w := s.w(j); w != "at" && w != "with" && w != "of" {
			continue
		}
		c := s.mentionAt(m.last + 1)
		if c == nil {
			continue
		}
		pl := d.entity(c.ent)
		if pl.Type != graph.City && !(pl.Type == graph.Country && o.Country == "") {
			continue
		}
		out.add(graph.Relation{Subject: o.ID, Predicate: graph.RelBasedIn, Object: pl.ID, Confidence: confSeat, Evidence: d.evidence(s)})
	}
}

// describedPlaceRelations reads an apposition that places the name before
// it by a place's name or adjective: "<Org>, a Chicago investment
// advisor," and "Snamprogetti, an Italian engineering company," are
// basedIn the place; "Ventspils, a Soviet port," is locatedIn it.
func (r *Relater) describedPlaceRelations(d *doc, s *sent, out *relations) {
	for _, p := range s.mentions {
		pl := d.entity(p.ent)
		if pl.Type != graph.City && pl.Type != graph.Region && pl.Type != graph.Country {
			continue
		}
		// the apposition opens ", a" or ", an" before the place, ", the"
		// and ranking words ("Chrysler Corp, the number three U.S.
		// automaker,"), or the place's possessive ("Norsk Data, Norway's
		// largest computer maker,")
		o := p.first - 1
		for n := 0; n < 3 && o > 0 && (standingWords.Has(s.w(o)) || listingWords.Has(s.w(o))); n++ {
			o--
		}
		possessed := s.w(p.first-1) == "," && pl.Type == graph.Country && s.possessive(p.last)
		// "the" right before the place only for a state's: "Lund Inc, the
		// Canadian mining group,", "Lima, the Peruvian capital," (not "X,
		// the Paris office of Y": a city names a branch as often as a seat)
		theState := s.w(o) == "the" && o == p.first-1 && pl.Type == graph.Country
		if a := s.w(o); !possessed && (a != "a" && a != "an" && !(a == "the" && (o < p.first-1 || theState)) || s.w(o-1) != ",") {
			continue
		}
		if possessed {
			o = p.first
		}
		x := s.mentionAt(o - 2)
		if x == nil || x.last != o-1 {
			continue
		}
		j := p.last
		if possessed {
			j++ // past "'s"
			for n := 0; n < 2 && standingWords.Has(s.w(j)); n++ {
				j++ // "Norway's largest"
			}
		}
		if s.w(j) == "," {
			// "a Portland, Ore., holding company": the place's state between commas
			if m := s.mentionAt(j + 1); m != nil && d.entity(m.ent).Type == graph.Region {
				e := m.last
				if s.w(e) == "." {
					e++ // "Ore.,"
				}
				if s.w(e) == "," {
					j = e + 1
				}
			}
		}
		head := ""
		for n := 0; n < 4 && j < len(s.Tokens) && isLowerWord(s.raw(j)) && !describerStops.Has(s.w(j)); n, j = n+1, j+1 {
			head = s.w(j)
		}
		if head == "" || j < len(s.Tokens) && s.w(j) != "," && s.w(j) != "." && !(s.w(j) == "of" && ownedUnitNouns.Has(head)) {
			continue // the description must end the apposition ("a French subsidiary of Suez" may name its owner)
		}
		if s.w(j) == "of" {
			if own := s.mentionAt(j + 1 + b2i(s.w(j+1) == "the")); own != nil && own.ent == x.ent {
				continue // "UBS, the U.S. unit of Union Bank of Switzerland", read as one body: the unit is not its owner
			}
		}
		ex := d.entity(x.ent)
		switch {
		case ex.Type == graph.Organization && placedBodyNouns.Has(head):
			out.add(graph.Relation{Subject: ex.ID, Predicate: graph.RelBasedIn, Object: pl.ID, Confidence: confBasedIn, Evidence: d.evidence(s)})
		case (ex.Type == graph.City || ex.Type == graph.Place) && placeKinds.Has(head) && pl.Type != graph.City && !possessed && o == p.first-1:
			out.add(graph.Relation{Subject: ex.ID, Predicate: graph.RelLocatedIn, Object: pl.ID, Confidence: confPlaceComma, Evidence: d.evidence(s)})
		}
	}
}

// ownedUnitNouns describe a body another owns, which "of" may name.
var ownedUnitNouns = wordset.Of(map[string]bool{"subsidiary": true, "unit": true, "affiliate": true, "division": true})

// standingWords rank a body among its kind in an apposition: "the number
// three U.S. automaker", "Norway's largest computer maker".
var standingWords = wordset.Of(map[string]bool{"number": true, "no.": true, "one": true, "two": true, "three": true, "four": true,
	"five": true, "second": true, "third": true, "fourth": true, "fifth": true, "largest": true, "biggest": true,
	"leading": true, "top": true, "major": true, "second-largest": true, "third-largest": true, "smallest": true, "oldest": true})

// listingWords describe how a firm is held or traded, before its place in
// an apposition: "a listed Australian firm", "a privately held British
// company".
var listingWords = wordset.Of(map[string]bool{"listed": true, "publicly": true, "privately": true, "held": true,
	"state-owned": true, "family-owned": true, "publicly-held": true, "privately-held": true, "publicly-traded": true,
	"quoted": true, "unlisted": true, "closely": true, "closely-held": true, "government-owned": true})

// placedBodyNouns head the description of a body a place's name or
// adjective places: "a Chicago investment advisor", "an Italian
// engineering company".
var placedBodyNouns = wordset.Of(map[string]bool{
	"company": true, "firm": true, "advisor": true, "adviser": true, "group": true, "maker": true,
	"producer": true, "manufacturer": true, "bank": true, "concern": true, "corporation": true,
	"utility": true, "airline": true, "insurer": true, "retailer": true, "brokerage": true,
	"developer": true, "distributor": true, "supplier": true, "operator": true, "refiner": true,
	"conglomerate": true, "publisher": true, "carrier": true, "exporter": true, "importer": true,
	"house": true, "agency": true, "newspaper": true, "broadcaster": true, "union": true,
	"broker": true, "lender": true, "dealer": true, "subsidiary": true, "unit": true, "affiliate": true,
	"trader": true, "shipper": true, "miner": true, "chain": true, "consortium": true, "cooperative": true,
	"automaker": true, "carmaker": true, "steelmaker": true, "chipmaker": true, "mill": true, "division": true,
})

// copulaSubject finds the organisation a copula before k describes, as
// encyclopaedic text opens an article: "<Org> is a Japanese automotive
// manufacturer headquartered in …" — a name, "is" or "was", an article,
// then common words only up to k.
func (s *sent) copulaSubject(d *doc, k int) *mention {
	for j := k - 1; j > 0 && k-j <= 8; j-- {
		if s.mentionAt(j) != nil && s.w(j-1) != "is" && s.w(j-1) != "was" && s.w(j-1) != "a" && s.w(j-1) != "an" {
			// a demonym describes the organisation; any other name ends the search
			if m := s.mentionAt(j); d.entity(m.ent).Type != graph.Country || m.m.Label != graph.LabelMISC {
				return nil
			}
		}
		if s.breaks(j) {
			return nil
		}
		if (s.w(j) == "is" || s.w(j) == "was") && (s.w(j+1) == "a" || s.w(j+1) == "an") {
			if m := s.mentionAt(j - 1); m != nil && d.entity(m.ent).Type == graph.Organization {
				return m
			}
			return nil
		}
	}
	return nil
}

// basedOrg is the organisation a "-based" at k places: the first name
// within a few common nouns after it ("the Paris-based bank X"), else
// the head of the apposition opening before from ("X, a Paris-based
// bank").
func (s *sent) basedOrg(d *doc, k, from int) *mention {
	for j := k + 1; j < len(s.Tokens) && j <= k+3; j++ {
		if m := s.mentionAt(j); m != nil {
			if d.entity(m.ent).Type == graph.Organization {
				return m
			}
			break
		}
	}
	return s.appositionHead(d, from)
}

// appositionHead finds the organisation an apposition ending at or after k
// describes: "<Org>, a research group based in …" — the nearest
// organisation mention before the comma that opens the apposition.
func (s *sent) appositionHead(d *doc, k int) *mention {
	for j := k - 1; j >= 0 && k-j <= 8; j-- {
		if s.w(j) == "," {
			if m := s.mentionAt(j - 1); m != nil && d.entity(m.ent).Type == graph.Organization {
				return m
			}
			return nil
		}
		if m := s.mentionAt(j); m != nil && m.m.Label != graph.LabelMISC {
			return nil // a demonym may describe the body: "the German engineering group"
		}
	}
	return nil
}

// placeNamed finds a country, city, region or place entity by name.
func (d *doc) placeNamed(name string) (int, bool) {
	i, ok := d.byName[graph.Fold(name)]
	if !ok {
		return 0, false
	}
	switch d.ents[i].Type {
	case graph.Country, graph.City, graph.Region, graph.Place:
		return i, true
	}
	return 0, false
}

// allyRelations reads "<A> — <B>'s biggest ally and trading partner" and
// "<A>, <B>'s closest ally": an apposition naming a country as another's
// ally or trading partner.
func (r *Relater) allyRelations(d *doc, s *sent, out *relations) {
	for _, b := range s.mentions {
		if d.entity(b.ent).Type != graph.Country {
			continue
		}
		ally, partner := false, false
		note := func(k int) {
			switch s.w(k) {
			case "ally", "allies":
				ally = true
			case "partner", "partners":
				if s.w(k-1) == "trading" || s.w(k-1) == "trade" {
					partner = true
				}
			}
		}
		from := b.first // where the phrase naming the relation starts
		switch {
		case s.possessive(b.last):
			// "China, North Korea's biggest ally and trading partner"
			for k := b.last + 1; k < len(s.Tokens) && k <= b.last+6 && !s.breaks(k); k++ {
				note(k)
			}
		case s.w(b.first-1) == "of" && (s.w(b.first-2) == "partner" || s.w(b.first-2) == "ally"):
			// "Japan is the largest trading partner of the United States"
			note(b.first - 2)
			from = b.first - 2 - b2i(s.w(b.first-3) == "trading" || s.w(b.first-3) == "trade")
		case s.w(b.first-1) == "the" && s.w(b.first-2) == "of" && (s.w(b.first-3) == "partner" || s.w(b.first-3) == "ally"):
			note(b.first - 3)
			from = b.first - 3 - b2i(s.w(b.first-4) == "trading" || s.w(b.first-4) == "trade")
		default:
			// "Canada, the largest U.S. trading partner", "a close U.S. ally"
			for k := b.last; k < len(s.Tokens) && k <= b.last+2 && !s.breaks(k); k++ {
				note(k)
			}
		}
		if !ally && !partner {
			continue
		}
		// A stands just before the apposition's opening punctuation, or is
		// the subject of "is"/"remains", past the article and adjectives
		// that open the phrase ("the largest", "a close").
		j := from - 1
		for n := 0; n < 4 && j > 0 && allyOpeners.Has(s.w(j)); n++ {
			j--
		}
		var a *mention
		switch s.w(j) {
		case "—", "–", "--", ",", "(", "is", "remains", "as", "was", "became":
			a = s.mentionAt(j - 1)
		}
		if a == nil || d.entity(a.ent).Type != graph.Country || a.ent == b.ent {
			continue
		}
		for _, pred := range []string{graph.RelAllyOf, graph.RelTradingPartnerOf} {
			if (pred == graph.RelAllyOf && !ally) || (pred == graph.RelTradingPartnerOf && !partner) {
				continue
			}
			out.add(graph.Relation{Subject: d.entity(a.ent).ID, Predicate: pred, Object: d.entity(b.ent).ID,
				ValidFrom: d.published(), Confidence: confAlly, Evidence: d.evidence(s)})
		}
	}
}

// allyOpeners open the phrase that names an ally or trading partner:
// "the largest", "a close", "its main", "the second-largest".
var allyOpeners = wordset.Of(map[string]bool{"the": true, "a": true, "an": true, "its": true, "largest": true, "biggest": true,
	"closest": true, "close": true, "main": true, "major": true, "key": true, "second-largest": true, "second": true,
	"third": true, "top": true, "leading": true, "most": true, "important": true, "principal": true, "chief": true,
	"staunchest": true, "strongest": true, "oldest": true, "traditional": true, "fourth-largest": true, "third-largest": true})

// borderRelations reads "the <A>-<B> border" and "the border between <A>
// and <B>".
func (r *Relater) borderRelations(d *doc, s *sent, out *relations) {
	for k, w := range s.lw {
		if w != "border" && w != "borders" && w != "frontier" {
			continue
		}
		var pairs [][2]int
		if s.w(k+1) == "between" {
			a, b := s.mentionAt(k+2), (*mention)(nil)
			if a != nil && s.w(a.last) == "and" {
				b = s.mentionAt(a.last + 1)
			}
			if a != nil && b != nil {
				pairs = append(pairs, [2]int{a.ent, b.ent})
			}
		}
		// the compound before "border": capitalised tokens back to a break
		j := k - 1
		for j >= 0 && s.raw(j) != "" && segment.IsCapitalised(s.raw(j)) && !s.breaks(j) {
			j--
		}
		if j+1 < k {
			compound := d.body[s.Tokens[j+1].Start:s.Tokens[k-1].End]
			if a, b, ok := d.splitPair(compound); ok {
				pairs = append(pairs, [2]int{a, b})
			}
		}
		for _, p := range pairs {
			if d.ents[p[0]].Type != graph.Country || d.ents[p[1]].Type != graph.Country || p[0] == p[1] {
				continue
			}
			for k2 := j + 1; k2 < k; k2++ {
				if m := s.mentionAt(k2); m != nil {
					s.consume(s.at[k2])
				}
			}
			out.add(graph.Relation{Subject: d.ents[p[0]].ID, Predicate: graph.RelBordersOn, Object: d.ents[p[1]].ID,
				Confidence: confBorder, Evidence: d.evidence(s)})
		}
	}
}

// splitPair splits "North Korea-Russia" at the hyphen that leaves a known
// country on either side.
func (d *doc) splitPair(s string) (a, b int, ok bool) {
	for i := 0; i < len(s); i++ {
		if s[i] != '-' {
			continue
		}
		x, okx := d.placeNamed(s[:i])
		y, oky := d.placeNamed(s[i+1:])
		if okx && oky {
			return x, y, true
		}
	}
	return 0, 0, false
}

// subRegion reports a region's name whose last word makes it a part of a
// larger one: a county, province or district.
func subRegion(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	switch name[i+1:] {
	case "County", "Province", "District", "Parish", "Prefecture", "Department", "Oblast", "Canton":
		return true
	}
	return false
}

// placeInRelations reads "<City> in <Country>": "talks at Punta del Este in
// Uruguay", "the port of Santos in Brazil" — a city, place or region
// right before "in" and a larger region or country (locatedIn), and "<firm>
// of <city>": "Allied Research Inc of Salem", "Snamprogetti of Italy" — a
// company's name ending in a legal form or standing alone before "of"
// and a place (basedIn), as wire copy names a firm by its seat.
func (r *Relater) placeInRelations(d *doc, s *sent, out *relations) {
	for _, a := range s.mentions {
		ea := d.entity(a.ent)
		if k := s.skipTicker(a.last); ea.Type == graph.Organization && s.w(k) == "," && seatedName(s, a) {
			// "Globe Industries Inc, Chicago Heights, Ill., was picked",
			// "<Kerdix Inc.>, Boulder, Colorado,": a firm placed by its town
			// and the town's state, as American copy writes it
			if c := s.mentionAt(k + 1); c != nil && c.first == k+1 && d.entity(c.ent).Type == graph.City && s.w(c.last) == "," && townOfState(d, s, c.last+1) {
				out.add(graph.Relation{Subject: ea.ID, Predicate: graph.RelBasedIn, Object: d.entity(c.ent).ID, Confidence: confBasedIn, Evidence: d.evidence(s)})
			}
		}
		if prep := s.w(a.last); prep != "in" && prep != "of" {
			continue
		}
		at := a.last + 1 + b2i(s.w(a.last+1) == "the")
		b := s.mentionAt(at)
		if b == nil || b.first != at || b.m.Label == graph.LabelMISC || s.possessive(b.last) {
			continue
		}
		eb := d.entity(b.ent)
		switch prep := s.w(a.last); {
		case prep == "in" && (ea.Type == graph.City || ea.Type == graph.Place) && (eb.Type == graph.Country || eb.Type == graph.Region),
			prep == "in" && ea.Type == graph.Region && eb.Type == graph.Country:
			if ea.Country != "" && eb.Country != "" && ea.Country != eb.Country || ea.ID == eb.ID {
				continue
			}
			out.add(graph.Relation{Subject: ea.ID, Predicate: graph.RelLocatedIn, Object: eb.ID, Confidence: confPlaceComma, Evidence: d.evidence(s)})
		case prep == "of" && ea.Type == graph.Organization && (eb.Type == graph.City || eb.Type == graph.Country || eb.Type == graph.Region) && seatedName(s, a):
			out.add(graph.Relation{Subject: ea.ID, Predicate: graph.RelBasedIn, Object: eb.ID, Confidence: confBasedIn, Evidence: d.evidence(s)})
		case prep == "in" && ea.Type == graph.Organization && eb.Type == graph.City && s.w(b.last) == "," && townOfState(d, s, b.last+1) && !gatheringName(ea.Name):
			// "Kaiser Foundation Hospitals in Pasadena, Calif.", "the
			// Perpetual Savings Bank in Santa Ana, Calif.": a body placed
			// by a town and its state (not a congress held there)
			out.add(graph.Relation{Subject: ea.ID, Predicate: graph.RelBasedIn, Object: eb.ID, Confidence: confBasedIn, Evidence: d.evidence(s)})
		}
	}
}

// townOfState reports a state or country named at k: the second half of
// "<town>, <state>".
func townOfState(d *doc, s *sent, k int) bool {
	m := s.mentionAt(k)
	return m != nil && m.first == k && m.m.Label != graph.LabelMISC && (d.entity(m.ent).Type == graph.Region || d.entity(m.ent).Type == graph.Country)
}

// gatheringName reports a body's name that names a gathering held in a
// place rather than a body seated there: "the American Pork Congress in
// Indianapolis".
func gatheringName(name string) bool {
	switch name[strings.LastIndexByte(name, ' ')+1:] {
	case "Congress", "Conference", "Convention", "Meeting", "Summit", "Show", "Fair", "Exhibition", "Games", "Festival", "Forum":
		return true
	}
	return false
}

// seatedName reports a company's name that "of <place>" may follow as its
// seat: one that ends in a legal form ("Inc", "Ltd"), not a body whose
// name "of" continues ("the Bank of England" is one name, resolved whole,
// "the president of France" no firm).
func seatedName(s *sent, m mention) bool {
	switch strings.TrimSuffix(s.raw(m.last-1), ".") {
	case "Inc", "Corp", "Co", "Cos", "Ltd", "Plc", "PLC", "AG", "SA", "NV", "Corporation", "Company", "Bancorp", "Bancshares", "Group", "Holdings", "Industries", "Inc.", "GmbH", "SpA", "Spa", "BV", "AB":
		return true
	}
	return false
}

// demonymDescribed is the firm a description opened by a demonym names
// beside it: "N.V. Philips, the Dutch electronics giant," (the firm before
// the comma) or "the Swedish carmaker AB Volvo" (the firm right after the
// noun); nil for none. The demonym follows "the", "a" or "an" and at most
// one adjective, and lower-case words lead from it to the firm's noun.
func demonymDescribed(d *doc, s *sent, c *mention) *mention {
	det := c.first - 1
	if isLowerWord(s.raw(det)) && !determiners.Has(s.w(det)) && determiners.Has(s.w(det-1)) {
		det-- // "the big Swedish carmaker"
	}
	if w := s.w(det); w != "the" && w != "a" && w != "an" {
		return nil
	}
	firmNoun := func(w string) bool { return placedBodyNouns.Has(w) || w == "giant" }
	j := c.last
	for n := 0; n < 3 && j < len(s.Tokens) && isLowerWord(s.raw(j)) && !firmNoun(s.w(j)); n++ {
		j++
	}
	if !firmNoun(s.w(j)) {
		return nil
	}
	if s.w(det-1) == "," && (s.w(j+1) == "," || s.w(j+1) == ".") {
		if m := s.mentionAt(det - 2); m != nil && m.last == det-1 && d.entity(m.ent).Type == graph.Organization {
			return m
		}
	}
	if m := s.mentionAt(j + 1); m != nil && m.first == j+1 && d.entity(m.ent).Type == graph.Organization {
		return m
	}
	return nil
}

// countryPlaceNouns call a place by what it is in its country.
var countryPlaceNouns = wordset.Of(map[string]bool{"port": true, "capital": true, "city": true, "town": true, "province": true,
	"state": true, "region": true, "island": true, "harbour": true, "harbor": true, "terminal": true})

// possessedDescriptionRelations reads a body described by its country's
// possessive beside its name: "Centromin SA, Peru's biggest state mining
// firm," and "Peru's biggest state mining firm, Centromin SA," — the body
// is based in that country.
func (r *Relater) possessedDescriptionRelations(d *doc, s *sent, out *relations) {
	placeLike := func(t graph.EntityType) bool { return t == graph.City || t == graph.Place || t == graph.Region }
	for _, c := range s.mentions {
		if d.entity(c.ent).Type == graph.Country && c.m.Label == graph.LabelMISC {
			if o := demonymDescribed(d, s, &c); o != nil {
				// "N.V. Philips, the Dutch electronics giant,", "the
				// Swedish carmaker AB Volvo": a firm of that country
				out.add(graph.Relation{Subject: d.entity(o.ent).ID, Predicate: graph.RelBasedIn, Object: d.entity(c.ent).ID, Confidence: confBasedIn, Evidence: d.evidence(s)})
			}
			continue
		}
		if d.entity(c.ent).Type != graph.Country || !s.possessive(c.last) {
			continue
		}
		if o := s.mentionAt(c.last + 1); o != nil && o.first == c.last+1 && r.nationalBody(d.entity(o.ent), d.entity(c.ent)) {
			// "Japan's Ministry of Finance", "Brazil's Central Bank": the
			// country's own body (not "Iran's OPEC delegate": a body of many)
			out.add(graph.Relation{Subject: d.entity(o.ent).ID, Predicate: graph.RelBasedIn, Object: d.entity(c.ent).ID, Confidence: confBasedIn, Evidence: d.evidence(s)})
			continue
		}
		j := c.last + 1
		for n := 0; n < 5 && j < len(s.Tokens) && isLowerWord(s.raw(j)) && !placedBodyNouns.Has(s.w(j)) && !(countryPlaceNouns.Has(s.w(j)) && (s.w(j+1) == "," || s.w(j+1) == ".")); n++ {
			j++
		}
		if countryPlaceNouns.Has(s.w(j)) && (s.w(j+1) == "," || s.w(j+1) == ".") {
			// "Brazil's main port, Santos", "Santos, Brazil's biggest port",
			// "Brazil's capital, Brasilia": the place lies in the country;
			// its capital the text calls so
			var pl *mention
			if s.w(j+1) == "," {
				if m := s.mentionAt(j + 2); m != nil && m.first == j+2 && placeLike(d.entity(m.ent).Type) {
					pl = m
				}
			}
			if pl == nil && s.w(c.first-1) == "," {
				if m := s.mentionAt(c.first - 2); m != nil && m.last == c.first-1 && placeLike(d.entity(m.ent).Type) {
					pl = m
				}
			}
			if pl != nil {
				pred := graph.RelLocatedIn
				if s.w(j) == "capital" && d.entity(pl.ent).Type == graph.City {
					pred = graph.RelCapitalOf
				}
				out.add(graph.Relation{Subject: d.entity(pl.ent).ID, Predicate: pred, Object: d.entity(c.ent).ID, Confidence: confBasedIn, Evidence: d.evidence(s)})
			}
			continue
		}
		if !placedBodyNouns.Has(s.w(j)) {
			continue
		}
		var org *mention
		switch {
		case s.w(j+1) == "," || s.w(j+1) == ".":
			// "Centromin SA, Peru's … firm,"
			if s.w(c.first-1) == "," {
				if m := s.mentionAt(c.first - 2); m != nil && m.last == c.first-1 && d.entity(m.ent).Type == graph.Organization {
					org = m
				}
			}
			// "Peru's … firm, Centromin SA,"
			if org == nil && s.w(j+1) == "," {
				if m := s.mentionAt(j + 2); m != nil && m.first == j+2 && d.entity(m.ent).Type == graph.Organization && (s.w(m.last) == "," || s.w(m.last) == "said") {
					org = m
				}
			}
		}
		if org == nil {
			continue
		}
		out.add(graph.Relation{Subject: d.entity(org.ent).ID, Predicate: graph.RelBasedIn, Object: d.entity(c.ent).ID, Confidence: confBasedIn, Evidence: d.evidence(s)})
	}
}

// nationalBody reports an organisation that can be country c's own: of c
// by the gazetteer, or one the gazetteer does not know (not a body of many
// states it knows with no country).
func (r *Relater) nationalBody(o, c *graph.Entity) bool {
	if o.Type != graph.Organization {
		return false
	}
	if o.Country != "" {
		return o.Country == c.Country
	}
	return r.g == nil || len(r.g.Lookup(o.Name)) == 0
}

// describedSeats reads a firm's seat from the description that stands for
// it as a speaker: "The New York firm said", "The San Diego-based bank
// said" — the place between "the" and a noun of the body's kind, right
// before the speech verb whose speaker the quotes found (basedIn).
func (r *Relater) describedSeats(d *doc, c *claims, out *relations) {
	for _, q := range c.quotes {
		if q.Speaker == "" {
			continue
		}
		e, ok := d.index(q.Speaker)
		if !ok || d.ents[e].Type != graph.Organization {
			continue
		}
		s := d.sentenceAt(q.Evidence.Start)
		if s == nil || s.Start != q.Evidence.Start {
			continue
		}
		for _, m := range s.mentions {
			if m.ent == e {
				break // named in the sentence: no description stands for it
			}
			pl := d.ents[m.ent]
			if pl.Type != graph.City && pl.Type != graph.Region && pl.Type != graph.Country || s.w(m.first-1) != "the" {
				continue
			}
			k := m.last
			if s.w(k) == "-based" || s.w(k) == "based" {
				k++
			}
			if !bodyKinds.Has(s.w(k)) && !firmTrades.Has(s.w(k)) || !speechVerbs[s.w(k+1)] {
				continue
			}
			if strings.HasSuffix(d.body[m.m.Start:m.m.End], "-based") || s.w(m.last) == "-based" || s.w(m.last) == "based" || pl.Type == graph.City {
				// (a state's adjective, "the Italian firm", says its
				// nationality, no seat; a city does)
				out.add(graph.Relation{Subject: d.ents[e].ID, Predicate: graph.RelBasedIn, Object: pl.ID, Confidence: confBasedIn, Evidence: d.evidence(s)})
			}
			break
		}
	}
}

// describedSeatRelations reads a firm's seat named in its description:
// "Providence Securities Inc, a Providence, R.I. brokerage firm", "X, a
// Houston oil company": the town (or the state, country alone) before the
// words of its trade, after "a" or "an".
func (r *Relater) describedSeatRelations(d *doc, s *sent, out *relations) {
	for i := range s.mentions {
		o := &s.mentions[i]
		if d.entity(o.ent).Type != graph.Organization || s.w(o.last) != "," || (s.w(o.last+1) != "a" && s.w(o.last+1) != "an") {
			continue
		}
		p := s.mentionAt(o.last + 2)
		if p == nil || p.first != o.last+2 || !placeType(d.entity(p.ent).Type) && d.entity(p.ent).Type != graph.Country {
			continue
		}
		k := p.last
		if s.w(k) == "," { // "a Providence, R.I. brokerage firm": the town's state after it
			if st := s.mentionAt(k + 1); st != nil && st.first == k+1 && (d.entity(st.ent).Type == graph.Region || d.entity(st.ent).Type == graph.Country) {
				k = st.last
				if s.w(k) == "." {
					k++
				}
			} else {
				continue
			}
		}
		for n := 0; n < 3 && k < len(s.Tokens) && isLowerWord(s.raw(k)) && !firmNouns.Has(s.w(k)); n++ {
			k++
		}
		if !firmNouns.Has(s.w(k)) || s.w(k+1) == "of" {
			continue // ("a London unit of X": whose unit, not where)
		}
		out.add(graph.Relation{Subject: d.entity(o.ent).ID, Predicate: graph.RelBasedIn, Object: d.entity(p.ent).ID,
			Confidence: confPlaceComma, Evidence: d.evidence(s)})
	}
}
