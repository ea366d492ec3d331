package resolve

import (
	"actorgraph/ingest/wordset"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"actorgraph/graph"
	"actorgraph/ingest/gazetteer"
	"actorgraph/ingest/segment"
)

// piece is a token, or a part of a hyphenated token, for the gazetteer scan.
type piece struct {
	start, end int
	sent       int
}

// overlapsAny reports a tagged span or a candidate over [start, end).
func overlapsAny(spans []segment.Span, cands []*cand, start, end int) bool {
	for _, s := range spans {
		if start < s.End && s.Start < end {
			return true
		}
	}
	for _, c := range cands {
		if start < c.end && c.start < end {
			return true
		}
	}
	return false
}

// scan finds gazetteer names the tagger missed ("U.S." in "U.S.-backed",
// "Korean peninsula"), outside every tagged span. A name must match a
// gazetteer form exactly as written, so "us" and "who" never do.
func (r *Resolver) scan(d *doc, spans []segment.Span, cands []*cand) []*cand {
	covered := func(start, end int) bool { return overlapsAny(spans, cands, start, end) }
	ps := make([]piece, 0, len(d.toks)+len(d.toks)/8) // a few words hold a hyphen
	for _, t := range d.toks {
		i := t.Start
		for k := t.Start; k <= t.End; k++ {
			if k == t.End || d.body[k] == '-' {
				if k > i {
					ps = append(ps, piece{i, k, t.sent})
				}
				i = k + 1
			}
		}
	}
	var out []*cand
	for i := 0; i < len(ps); i++ {
		if !segment.IsCapitalised(d.body[ps[i].start:ps[i].end]) && !startsDigit(d.body[ps[i].start:]) {
			continue
		}
		longest := min(6, len(ps)-i)
		good := ps[i].start + plainPrefix(d.body[ps[i].start:ps[i+longest-1].end])
		for n := longest; n >= 1; n-- {
			last := ps[i+n-1]
			if last.sent != ps[i].sent {
				continue
			}
			start, end := ps[i].start, last.end
			surface := d.body[start:end] // looked up, not kept
			if end > good || d.body[start] == ' ' || d.body[end-1] == ' ' {
				surface = plainKey(surface)
			}
			if d.capitals[ps[i].sent] {
				// a headline in capitals: its known names, written as
				// running text writes them ("NORTH KOREA", "THATCHER")
				if titled := titleWords(surface); titled != surface && (r.forms.Has(titled) || n == 1 && r.leaderNamed(d, titled)) {
					surface = titled
				}
			}
			known := r.forms.Has(surface)
			isDemonym := false
			if known || strings.HasSuffix(surface, "s") {
				_, isDemonym = r.g.Demonym(surface) // a plural too: "North Koreans"
			}
			if !known && !isDemonym && !(d.capitals[ps[i].sent] && n == 1 && r.leaderNamed(d, surface)) || covered(start, end) {
				continue
			}
			if end < len(d.body) && startsWord(d.body[end:]) {
				continue // a prefix of a longer word
			}
			if namedThing(d.body, start, end) {
				continue // "the Uruguay Round", "the Treaty of Rome"
			}
			if d.body[start-min(start, 1)] == '<' && tickerOfName(d.body, start, end) {
				continue // "Union Carbide <UK>": a ticker, no country
			}
			label := graph.LabelMISC
			if !known && !isDemonym {
				label = graph.LabelPER // a leader's surname in a headline in capitals
			} else if !isDemonym {
				// a region's adjective ("European") stays MISC, as a demonym does
				if es := r.g.Lookup(surface); len(es) == 0 {
					continue // a form of the knowledge with no entry as of the article's date
				} else if es[0].Type != graph.Region || !strings.HasSuffix(surface, "an") {
					label = labelOf(es[0].Type)
				}
			}
			found := r.interpret(d, segment.Span{Start: start, End: end, Label: label})
			for _, c := range found {
				c.reason += "; found by gazetteer scan"
			}
			out = append(out, found...)
			i += n - 1
			break
		}
	}
	return out
}

// partyLetters reads the party's letter of a US legislator's bracket,
// "(D-Vt.)", "(R-Ill)", or of the tag set off by commas ("Jim Wright,
// D-Tex, said"): a mention of the Democratic or Republican Party on
// the letter (the state after the hyphen is read by the scan).
func (r *Resolver) partyLetters(d *doc, cands []*cand) []*cand {
	var out []*cand
	for _, t := range d.toks {
		if t.Start < 2 || t.End-t.Start < 3 || d.body[t.Start+1] != '-' {
			continue
		}
		bracket := d.body[t.Start-1] == '('
		if !bracket && !(d.body[t.Start-2:t.Start] == ", " && t.End < len(d.body) && (d.body[t.End] == ',' || d.body[t.End] == '.') && letterBefore(d.body, t.Start-2)) {
			continue // "Jim Wright, D-Tex, said": the tag set off by commas after a name
		}
		var party string
		switch d.body[t.Start] {
		case 'D':
			party = "Democratic Party"
		case 'R':
			party = "Republican Party"
		default:
			continue
		}
		if c := d.body[t.Start+2]; c < 'A' || c > 'Z' || bracket && !strings.Contains(d.body[t.End:min(t.End+2, len(d.body))], ")") {
			continue
		}
		if !bracket && (strings.Contains(d.body[t.Start:t.End], " ") || !r.placeNamed(strings.TrimRight(d.body[t.Start+2:t.End], ".,"))) {
			continue // ", D-Tex,": only where a state follows the hyphen
		}
		if overlapsAny(nil, cands, t.Start, t.Start+1) {
			continue
		}
		es := r.g.Lookup(party)
		if len(es) == 0 {
			continue
		}
		e := es[0]
		out = append(out, &cand{start: t.Start, end: t.Start + 1, origStart: t.Start, ner: graph.LabelMISC, name: party,
			entry: &e, typ: e.Type, label: graph.LabelMISC, reason: "a party's letter in a legislator's bracket"})
	}
	return out
}

// titleWords writes each word of s with a capital and the rest in lower
// case, keeping abbreviations with dots ("U.S.").
func titleWords(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		if strings.Contains(w, ".") {
			continue
		}
		r := []rune(strings.ToLower(w))
		r[0] = unicode.ToUpper(r[0])
		ws[i] = string(r)
	}
	return strings.Join(ws, " ")
}

// leaderNamed reports a surname of one gazetteer person in office on the
// article's date, at least four letters long: "THATCHER" in 1987.
func (r *Resolver) leaderNamed(d *doc, surname string) bool {
	if len(surname) < 4 {
		return false
	}
	_, ok := r.leaderBySurname(d, &cand{name: surname})
	return ok
}

func startsDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= '0' && r <= '9'
}

// typeByName gives every unlinked mention of the same name one type, from
// the strongest evidence any of them has, so one weak cue cannot split a
// name into a person and a place.
func (r *Resolver) typeByName(d *doc, cands []*cand) []*cand {
	rank := func(c *cand) int {
		switch {
		case strings.HasPrefix(c.reason, "title"):
			return 3
		case strings.HasPrefix(c.reason, "organisation"):
			return 3
		default:
			return 1
		}
	}
	groups := map[string][]*cand{}
	for _, c := range cands {
		if c.entry == nil {
			k := graph.Fold(c.name)
			groups[k] = append(groups[k], c)
		}
	}
	for _, g := range groups {
		if len(g) < 2 {
			continue
		}
		best, votes := g[0], map[graph.EntityType]int{}
		for _, c := range g {
			votes[c.typ]++
			if rank(c) > rank(best) {
				best = c
			}
		}
		typ, why := best.typ, best.reason
		if rank(best) == 1 {
			for _, t := range []graph.EntityType{graph.Person, graph.Organization, graph.City, graph.Region, graph.Place} {
				if votes[t] > votes[typ] {
					typ = t
				}
			}
			why = "most mentions tagged " + labelOf(typ)
		}
		for _, c := range g {
			if c.typ != typ {
				c.typ, c.label, c.reason = typ, labelOf(typ), why+" (same name elsewhere)"
			}
		}
	}
	return cands
}

// cluster is one entity being built.
type cluster struct {
	key     string
	typ     graph.EntityType
	name    string
	entry   *gazetteer.Entry
	cands   []*cand
	reason  string
	country string
}

func (cl *cluster) firstStart() int {
	first := -1
	for _, c := range cl.cands {
		if first < 0 || c.start < first {
			first = c.start
		}
	}
	return first
}

// personKey drops middle initials and suffixes so that "Stephen E. Biegun"
// and "Stephen Biegun" are one person.
func personKey(name string) string {
	ws := strings.Fields(name)
	var keep []string
	for i, w := range ws {
		t := strings.TrimSuffix(w, ".")
		if i > 0 && i < len(ws)-1 && utf8.RuneCountInString(t) == 1 {
			continue
		}
		if i == len(ws)-1 && i > 0 && (t == "Jr" || t == "Sr" || t == "II" || t == "III") {
			continue
		}
		keep = append(keep, w)
	}
	return graph.Fold(strings.Join(keep, " "))
}

// surnames are the words a lone mention may use for a full name: the last
// word, and the first when the given name is hyphenated ("Kim Jong-un",
// "Moon Jae-in", family name first).
func surnames(name string) []string {
	var buf [8]string
	ws := appendFields(buf[:0], name)
	for len(ws) > 1 {
		t := strings.TrimSuffix(ws[len(ws)-1], ".")
		if t != "Jr" && t != "Sr" && t != "II" && t != "III" {
			break
		}
		ws = ws[:len(ws)-1]
	}
	if len(ws) < 2 {
		return nil
	}
	out := []string{graph.Fold(ws[len(ws)-1])}
	if len(ws) == 2 && strings.Contains(ws[1], "-") {
		out = append(out, graph.Fold(ws[0]))
	}
	return out
}

// middleSurname is the middle word of a three-word name, which a Spanish
// name's first surname is ("Juan Chacin Guzman"): a lone mention tagged a
// person's may use it; "" for none.
func middleSurname(name string) string {
	ws := strings.Fields(name)
	if len(ws) != 3 || len(strings.TrimSuffix(ws[1], ".")) <= 2 || strings.Contains(ws[1], "-") {
		return ""
	}
	return graph.Fold(ws[1])
}

func (r *Resolver) cluster(d *doc, cands []*cand) []*cluster {
	byKey := map[string]*cluster{}
	var order []*cluster
	get := func(key string, typ graph.EntityType, name string, e *gazetteer.Entry, why string) *cluster {
		if cl, ok := byKey[key]; ok {
			return cl
		}
		cl := &cluster{key: key, typ: typ, name: name, entry: e, reason: why}
		if e != nil {
			cl.country = e.Country
		}
		byKey[key] = cl
		order = append(order, cl)
		return cl
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].start < cands[j].start })

	isPersonish := func(c *cand) bool {
		return c.typ == graph.Person || c.titled || c.ner == graph.LabelPER || c.entry == nil
	}
	// Full names first, so lone surnames can find them.
	var lone []*cand
	for _, c := range cands {
		switch {
		case c.entry != nil && c.entry.Type == graph.Person:
			get(d.entityID(c.entry.Key()), graph.Person, c.entry.Name, c.entry, c.reason).add(c)
		case c.entry == nil && c.typ == graph.Person && fieldCount(c.name) > 1:
			k := personKey(c.name)
			cl := get(d.entityID(graph.EntityKey{Type: graph.Person, Name: k}), graph.Person, c.name, nil, c.reason)
			if len(c.name) > len(cl.name) {
				cl.name = c.name
			}
			cl.add(c)
		case fieldCount(c.name) == 1 && isPersonish(c):
			lone = append(lone, c)
		case c.entry != nil:
			get(d.entityID(c.entry.Key()), c.entry.Type, c.entry.Name, c.entry, c.reason).add(c)
		default:
			name := c.name
			get(d.entityID(graph.EntityKey{Type: c.typ, Name: name}), c.typ, name, nil, c.reason).add(c)
		}
	}
	persons := func() []*cluster {
		var ps []*cluster
		for _, cl := range order {
			if cl.typ == graph.Person && (cl.entry != nil || len(strings.Fields(cl.name)) > 1) {
				ps = append(ps, cl)
			}
		}
		return ps
	}()
	// Lone-word mentions that are not persons by themselves (a place name
	// tagged PER once) join a full-name person with that surname, or go
	// back to what the gazetteer or tagger made of them.
	for _, c := range lone {
		if into := companyOpenedBy(d, order, c); into != nil {
			// "the Taft board", "Baker wants it", tagged a body's, beside
			// "Taft Broadcasting Co" and "Baker International Corp": the
			// company, not Dudley Taft's or James Baker's surname
			c.typ, c.label = graph.Organization, graph.LabelORG
			c.reason = "first word of " + into.name + ", named in the article"
			into.add(c)
			continue
		}
		w := graph.Fold(c.name)
		var matches []*cluster
		for _, cl := range persons {
			if r.hasSurname(cl, w) || c.typ == graph.Person && cl.entry == nil && middleSurname(cl.name) == w {
				matches = append(matches, cl)
			}
		}
		if len(matches) == 0 && (c.typ == graph.Person || c.ner == graph.LabelPER) {
			// "Chee Kheng Hoy … Chee said", "Li Sangsu … Li added": family
			// name first, as one name of the article opens
			for _, cl := range persons {
				if ws := strings.Fields(cl.name); len(ws) >= 2 && graph.Fold(ws[0]) == w {
					matches = append(matches, cl)
				}
			}
			if len(matches) > 1 {
				matches = nil
			}
		}
		if len(matches) > 0 && c.role != "" {
			// "President Reagan" in an article that names Nancy Reagan: the
			// office holder the title names, when the article's full name
			// is not his
			if e, ok := r.leaderBySurname(d, c); ok && !slices.ContainsFunc(matches, func(cl *cluster) bool { return cl.entry != nil && cl.entry.ID() == e.ID() || cl.name == e.Name }) {
				matches = nil
			}
		}
		if len(matches) > 1 {
			// "Reagan and Nancy Reagan … Reagan will travel": the one the
			// article already calls by the surname alone, when only one is
			if bare := slices.DeleteFunc(slices.Clone(matches), func(cl *cluster) bool { return !calledBy(cl, w, c.start) }); len(bare) == 1 {
				matches = bare
			}
		}
		if len(matches) > 0 {
			cl := nearest(matches, c.start)
			c.typ, c.label = graph.Person, graph.LabelPER
			c.reason = "surname of " + cl.name + " named in the article"
			cl.add(c)
			continue
		}
		if c.entry == nil || c.entry.Type == graph.Person {
			if into := companyOpenedByWord(d, order, c); into != nil && (c.typ == graph.Person || c.typ == "" && c.ner == graph.LabelPER) {
				// "Baker said it would not sign" beside "Baker International
				// Corp" (or "corp"), in an article naming no Baker in full:
				// the company, not the Treasury Secretary in office that day
				c.typ, c.label, c.entry = graph.Organization, graph.LabelORG, nil
				c.reason = "first word of " + into.name + ", named in the article"
				into.add(c)
				continue
			}
		}
		if c.entry != nil && !c.titled {
			get(d.entityID(c.entry.Key()), c.entry.Type, c.entry.Name, c.entry, c.reason).add(c)
			continue
		}
		if e, ok := r.leaderBySurname(d, c); ok {
			c.typ, c.label = graph.Person, graph.LabelPER
			c.reason = "surname of " + e.Name + ", in office on the article's date"
			cl := get(e.ID(), graph.Person, e.Name, &e, c.reason)
			cl.add(c)
			persons = append(persons, cl)
			continue
		}
		if c.typ == "" || c.titled {
			c.typ = graph.Person
		}
		c.label = labelOf(c.typ)
		get(d.entityID(graph.EntityKey{Type: c.typ, Name: c.name}), c.typ, c.name, nil, c.reason).add(c)
	}
	for _, cl := range order {
		for _, c := range cl.cands {
			if cl.country == "" && c.roleOf != "" && cl.typ == graph.Person {
				cl.country = c.roleOf
			}
			if cl.country == "" && c.orgOf != "" && cl.typ == graph.Organization {
				cl.country = c.orgOf
			}
		}
	}
	return joinMisspellings(joinPortfolios(d, joinShortNames(d, r.joinAcronyms(d, companiesTaggedPlaces(d, joinPersonTails(order))))))
}

// joinMisspellings moves a name no gazetteer knows into the one entity of
// the article whose name it misspells by a letter in one long word:
// "Rosptach" beside "Rospatch Corp"'s short name "Rospatch", "Kanasa City
// Southern" beside "Kansas City Southern", "Saudia Arabia" beside "Saudi
// Arabia" (wire copy of the 1980s keeps its typing errors). The entity
// the gazetteer knows, or else the one named more often or first, keeps
// its name.
func joinMisspellings(order []*cluster) []*cluster {
	for _, a := range order {
		if a.entry != nil || len(a.cands) == 0 {
			continue
		}
		var into *cluster
		for _, b := range order {
			if b == a || len(b.cands) == 0 || b.entry == nil && (len(b.cands) < len(a.cands) || len(b.cands) == len(a.cands) && b.firstStart() > a.firstStart()) || !misspelling(a.name, b.name) {
				continue
			}
			if into != nil {
				into = nil // two names it could misspell: neither
				break
			}
			into = b
		}
		if into == nil {
			continue
		}
		for _, c := range a.cands {
			c.typ, c.label, c.reason = into.typ, labelOf(into.typ), "misspelling of "+into.name+" named in the article"
			c.entry = into.entry
			into.add(c)
		}
		a.cands = nil
	}
	return order
}

// misspelling reports a name one letter off another in one word of at least
// five letters (seven, for a name of one word), with the same first
// letter and all its other words the same: a typing error, not another
// name ("Mobil" and "Mobile", "Hunt" and "Hurt" are too short to tell).
func misspelling(a, b string) bool {
	if a == "" || b == "" || a[0] != b[0] {
		return false // (read first: most pairs differ here, without splitting)
	}
	if d := len(a) - len(b); (d > 1 || d < -1) && !(strings.IndexByte(a, ' ') < 0 && strings.Count(b, " ") == 1) {
		return false
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) == 1 && len(wb) > 1 && isLegalForm(wb[len(wb)-1]) && len(wb) == 2 {
		wb = wb[:1] // "Rosptach" beside "Rospatch Corp"
	}
	if len(wa) != len(wb) || a == b {
		return false
	}
	diff := -1
	for i := range wa {
		if wa[i] != wb[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	if diff < 0 {
		return false // "Sonora" beside "Sonora Corp": its short name, read by joinShortNames
	}
	x, y := wa[diff], wb[diff]
	least := 5
	if len(wa) == 1 {
		least = 7
	}
	if len(x) < least || len(y) < least || x[0] != y[0] || capsWord(x) || capsWord(y) {
		return false
	}
	return oneEdit(x, y)
}

// oneEdit reports two words one insertion, deletion, substitution or swap
// of neighbouring letters apart.
func oneEdit(x, y string) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	switch len(y) - len(x) {
	case 0:
		var at []int
		for i := range x {
			if x[i] != y[i] {
				at = append(at, i)
			}
		}
		return len(at) == 1 || len(at) == 2 && at[1] == at[0]+1 && x[at[0]] == y[at[1]] && x[at[1]] == y[at[0]]
	case 1:
		i := 0
		for i < len(x) && x[i] == y[i] {
			i++
		}
		return x[i:] == y[i+1:]
	}
	return false
}

// companyOpenedBy is the one company of order whose name, ending in a
// legal form, the lone word c opens, when the tagger called c a body's
// name and no title stands before it; nil otherwise, and for an acronym,
// which joinAcronyms places ("UBS" beside "UBS Securities Inc" and the
// Union Bank of Switzerland, "Edo" where the article writes "EDO").
func companyOpenedBy(d *doc, order []*cluster, c *cand) *cluster {
	if c.ner != graph.LabelORG || c.entry != nil {
		return nil
	}
	return companyOpenedByWord(d, order, c)
}

// companyOpenedByWord is companyOpenedBy whatever the tagger called c.
func companyOpenedByWord(d *doc, order []*cluster, c *cand) *cluster {
	if c.titled || isAcronym(c.name) {
		return nil
	}
	into := onlyOrganization(order, nil, func(cl *cluster) bool {
		first, _, _ := strings.Cut(cl.name, " ")
		last, more := lastField(cl.name)
		return more && first == c.name && (isLegalForm(last) || lowerLegalFormAfter(d, cl))
	})
	if into != nil && strings.Contains(d.body, strings.ToUpper(c.name)) {
		return nil
	}
	return into
}

// lowerLegalFormAfter tells whether one of cl's mentions is followed by a legal
// form the wire wrote in lower case ("Baker International corp said"),
// which the name leaves out.
func lowerLegalFormAfter(d *doc, cl *cluster) bool {
	for _, c := range cl.cands {
		rest, ok := strings.CutPrefix(d.body[c.end:], " ")
		if !ok || rest == "" || rest[0] < 'a' || rest[0] > 'z' {
			continue
		}
		w := rest
		if i := strings.IndexAny(rest, " ,.;:()"); i >= 0 {
			w = rest[:i]
		}
		if isCorporateFolded(w) {
			return true
		}
	}
	return false
}

// companiesTaggedPlaces moves a place the gazetteer does not know, named by
// the first words of exactly one company of the article whose name ends in
// a legal form, into that company: "Sonora shares" and "Sonora will use"
// after "Sonora Gold Corp", "the acquisition of Fairchild" after "Fairchild
// Semiconductor Corp". Not where the article writes it as a place: "in
// Teberebie, Ghana" beside "Teberebie Goldfields Ltd". One of the world's
// places that only the generated list knows is moved too ("Sonora" after
// "Sonora Gold Corp"), not a seed's.
func companiesTaggedPlaces(d *doc, order []*cluster) []*cluster {
	for _, a := range order {
		if a.typ != graph.City && a.typ != graph.Region || a.entry != nil && !worldPlaces(a) || len(a.cands) == 0 || placeWritten(d, a) {
			continue
		}
		if a.typ == graph.Region && a.entry == nil {
			continue // a region typed by its words ("Kessler County")
		}
		short := strings.Fields(a.name)
		var into *cluster
		n := 0
		for _, cl := range order {
			full := strings.Fields(cl.name)
			if cl.typ == graph.Organization && len(cl.cands) > 0 && len(full) > len(short) &&
				slices.Equal(full[:len(short)], short) && isLegalForm(full[len(full)-1]) {
				into, n = cl, n+1
			}
		}
		if n == 1 {
			into.absorb(a, "first words of "+into.name+", named in the article")
		}
	}
	return order
}

// worldPlaces reports a cluster whose mentions all name one of the world's
// generated places.
func worldPlaces(a *cluster) bool {
	for _, c := range a.cands {
		if !c.world {
			return false
		}
	}
	return len(a.cands) > 0
}

// placeWritten reports a mention of the cluster after a preposition of
// place ("in Teberebie", "at Oglethorpe") or before a comma and a further
// name ("Irvine, Calif.").
func placeWritten(d *doc, a *cluster) bool {
	for _, c := range a.cands {
		if prev := d.prevWords(c.start, 1); len(prev) == 1 && (prev[0].Text == "in" || prev[0].Text == "at" || prev[0].Text == "near" || prev[0].Text == "outside") {
			return true
		}
		if next := d.nextWords(c.end, 2); len(next) == 2 && next[0].Text == "," && segment.IsCapitalised(next[1].Text) {
			return true
		}
	}
	return false
}

// administrations reads "the Administration", set in capitals as wire copy
// does, as the state the article names whose government it is: one
// country the article names, the United States where it is named among
// others (GUIDE.md: "the administration" stands for the United States when
// the article names it); with no state named it is no actor, a name only.
func administrations(d *doc, order []*cluster) []*cluster {
	return slices.DeleteFunc(order, func(cl *cluster) bool {
		if cl.name != "Administration" || cl.entry != nil || len(cl.cands) == 0 {
			return false
		}
		var states []*cluster
		for _, o := range order {
			if o.typ == graph.Country && o.entry != nil && len(o.cands) > 0 {
				states = append(states, o)
			}
		}
		var into *cluster
		for _, o := range states {
			if o.entry.Country == "USA" || len(states) == 1 {
				into = o
			}
		}
		for _, c := range cl.cands {
			if prev := d.prevWords(c.start, 1); into == nil || len(prev) == 1 && (prev[0].Text == "and" || prev[0].Text == "for" || prev[0].Text == "of") {
				// (or a field of a title: "Executive Director for Finance
				// and Administration")
				d.keepName(c.start, c.end, c.ner)
				continue
			}
			c.typ, c.label, c.entry, c.reason = into.typ, labelOf(into.typ), into.entry, "the Administration of "+into.name+", named in the article"
			into.add(c)
		}
		cl.cands = nil
		return true
	})
}

// unplacedTowns drops a town no dictionary knows, of one word, that the
// article never writes as a place: "Dragonair said", "the Buccaneer and
// Blue Jay brands", "the current Golf model" are names the tagger took for
// places, not towns; "in Secaucus", "Vestal, N.Y.", "near Gympie" stay.
// Its mentions are kept as names of no actor.
func unplacedTowns(d *doc, order []*cluster) []*cluster {
	return slices.DeleteFunc(order, func(cl *cluster) bool {
		if cl.typ != graph.City || cl.entry != nil || cl.country != "" || strings.Contains(cl.name, " ") || len(cl.cands) == 0 || townWritten(d, order, cl) {
			return false
		}
		for _, c := range cl.cands {
			d.keepName(c.start, c.end, graph.LabelLOC)
		}
		return true
	})
}

// townWritten reports a mention of cl written as a place is: after a
// preposition of place or motion, before ", <State>", or as "X-based".
func townWritten(d *doc, order []*cluster, cl *cluster) bool {
	if placeWritten(d, cl) {
		return true
	}
	for _, c := range cl.cands {
		prev := d.prevWords(c.start, 2)
		if n := len(prev); n >= 1 && placePreps.Has(strings.ToLower(prev[n-1].Text)) ||
			n == 2 && placePreps.Has(strings.ToLower(prev[0].Text)) && placeOpeners.Has(strings.ToLower(prev[1].Text)) {
			return true // ("in the Tarvik area", "near nearby Vessby")
		}
		if strings.HasPrefix(d.body[c.end:], "-based") {
			return true
		}
		next := d.nextWords(c.end, 2)
		if len(next) >= 1 && placeSites.Has(strings.ToLower(next[0].Text)) || len(next) == 2 && placeSites.Has(strings.ToLower(next[1].Text)) && next[0].Text == strings.ToLower(next[0].Text) {
			return true // "the Kolby power station", "the Stanlow refinery": the site's place
		}
		if len(next) == 2 && next[0].Text == "and" && knownPlaceAt(order, next[1].Start) {
			return true // "flights serve Dalton and Macon": a list of towns
		}
	}
	return false
}

// placeOpeners stand between a preposition of place and the place's name.
var placeOpeners = set("the", "nearby", "neighbouring", "neighboring")

// placeSites are sites named after their place: "the Stanlow refinery",
// "the Chernobyl nuclear plant", "the Kolby power station".
var placeSites = set("plant", "station", "refinery", "refineries", "field", "oilfield", "mine", "mines", "port", "airport",
	"harbour", "harbor", "smelter", "terminal", "reactor", "dam", "mill", "shipyard", "base", "works", "complex")

// knownPlaceAt reports a place the dictionaries know named at offset
// start, the word after "and": the town before it is one of a list of
// towns.
func knownPlaceAt(order []*cluster, start int) bool {
	for _, cl := range order {
		if cl.entry == nil || cl.typ != graph.City && cl.typ != graph.Region && cl.typ != graph.Country {
			continue
		}
		for _, c := range cl.cands {
			if c.start == start {
				return true
			}
		}
	}
	return false
}

// joinPersonTails moves a person named by the last words of exactly one
// other person's longer name into that person: wire copy names "Fernando
// Santos Alvite" once and "Santos Alvite" after, "Tomas de Hora" and then
// "de Hora" (or "De Hora", opening a sentence), a two-word surname the
// lone-surname rule cannot see.
func joinPersonTails(order []*cluster) []*cluster {
	for _, a := range order {
		short := strings.Fields(a.name)
		if a.typ != graph.Person || a.entry != nil || len(short) < 2 || len(a.cands) == 0 {
			continue
		}
		var into *cluster
		n := 0
		for _, cl := range order {
			full := strings.Fields(cl.name)
			if cl != a && cl.typ == graph.Person && len(cl.cands) > 0 && len(full) > len(short) &&
				slices.EqualFunc(full[len(full)-len(short):], short, strings.EqualFold) {
				into, n = cl, n+1
			}
		}
		if n != 1 {
			continue
		}
		for _, c := range a.cands {
			c.reason = "last words of " + into.name + "'s name, named in the article"
			into.add(c)
		}
		a.cands = nil
	}
	return order
}

// joinShortNames moves an unlinked organisation named by the first words of
// another organisation's full name into it: "AVX" and "Rapidtech" are "AVX
// Corp" and "Rapidtech Systems Inc" when the article names those, as wire
// copy names a company in full once and short after. So is a lone head
// noun that ends one organisation's name ("the Exchange" after "London
// Metal Exchange"). A short name that fits two full names stays apart,
// unless one of them is the short name with only its legal form after it
// and is named first: "Noranda" beside "<Noranda Inc>" and, later,
// "Noranda Forest Inc" is "Noranda Inc"; after "Cominco American Inc, a
// unit of Cominco Ltd" it stays apart. Longer short names go first, so "Dixons Group" has joined
// "Dixons Group PLC" before "Dixons" looks for its one full name. A lone
// word the tagger called a person or a place, and that nothing else
// claims, is the company when it opens a company's name with a legal form
// and never stands after a title ("Worldgroup" of "Worldgroup Cos Inc").
func joinShortNames(d *doc, order []*cluster) []*cluster {
	words := map[string][]string{} // each name's words, split once
	fields := func(name string) []string {
		ws, ok := words[name]
		if !ok {
			ws = strings.Fields(name)
			words[name] = ws
		}
		return ws
	}
	shorts := slices.Clone(order)
	sort.SliceStable(shorts, func(i, j int) bool {
		return len(fields(shorts[i].name)) > len(fields(shorts[j].name))
	})
	for _, a := range shorts {
		if a.typ == graph.Place && len(a.cands) > 0 {
			// "Gulf said" after "Gulf Oil Corp said", "Pacific said" after
			// "Pacific Banking Corp": a sea's word, never "the Gulf",
			// opening the one company's name named before it
			w := d.body[a.cands[0].start:a.cands[0].end]
			same := !strings.Contains(w, " ")
			for _, c := range a.cands {
				same = same && d.body[c.start:c.end] == w && !strings.HasSuffix(strings.ToLower(d.body[max(0, c.start-4):c.start]), "the ")
			}
			opens := func(cl *cluster) bool { return firmOpenedBy([]string{w}, fields(cl.name), graph.City) }
			into := onlyOrganization(order, a, opens)
			if into == nil {
				// "Pacific Securities" beside "Pacific Securities Co Ltd",
				// not yet joined: one company, named in full
				into = onlyOrganization(order, a, func(cl *cluster) bool {
					return opens(cl) && !slices.ContainsFunc(order, func(o *cluster) bool {
						return o != cl && o.typ == graph.Organization && len(o.cands) > 0 && writtenShorter(cl.name, o.name)
					})
				})
			}
			if same && into != nil && into.firstStart() < a.firstStart() {
				into.absorb(a, "short name of "+into.name+" named in the article")
			}
			continue
		}
		if a.entry != nil || len(a.cands) == 0 {
			continue
		}
		short := fields(a.name)
		var into *cluster
		switch {
		case a.typ == graph.Organization:
			fits := func(cl *cluster) bool { return shortNameOf(short, fields(cl.name)) && !subBody(short, fields(cl.name)) }
			into = onlyOrganization(order, a, fits)
			if first := firstNamed(order, a, fits); into == nil && first != nil && first.firstStart() < a.firstStart() && !committeeWords.Has(short[len(short)-1]) &&
				first.firstStart() < d.firstSentenceEnd() && !coordinated(d, order, a, first, fits) {
				// "Shearson" beside "Shearson Lehman Brothers Inc", which
				// the article opens with, and "Shearson Lehman Commercial
				// Paper Inc", its unit named later; "Yugo" after "<Yugo
				// America Inc>, a unit of <Yugo NV>, said"
				into = first
			}
			if into == nil && len(short) == 1 && (short[0] == "House" || short[0] == "Senate") {
				// "the House" beside "the U.S. House of Representatives": the
				// chamber the article names in full
				into = onlyOrganization(order, a, func(cl *cluster) bool {
					n := cl.name
					return short[0] == "House" && strings.HasSuffix(n, "House of Representatives") || short[0] == "Senate" && strings.HasSuffix(n, " Senate")
				})
			}
			if into == nil && len(short) == 1 && kindHeads.Has(short[0]) {
				// "the Bank said" after "the Bank of England", "the Fund"
				// after "the International Monetary Fund": a body's kind,
				// capitalised, stands for the one body of that kind the
				// article names
				into = onlyOrganization(order, a, func(cl *cluster) bool {
					return cl.name != a.name && slices.Contains(fields(cl.name), short[0])
				})
			}
			if into == nil {
				into = onlyOrganization(order, a, func(cl *cluster) bool { return parentNamed(short, fields(cl.name)) })
				if into != nil && firstNamed(order, a, fits) != into {
					// "Cominco American Inc, a unit of Cominco Ltd": the
					// company the article is about is named first
					into = nil
				}
			}
			if into == nil && len(short) == 1 && !kindHeads.Has(short[0]) {
				// "Morgan will remove itself" after "Morgan Stanley said",
				// "Airbus" after "Airbus Industrie": the first word of the
				// one two-word firm named before it, whose words no other
				// body of the article has ("BHP" beside "BHP Minerals" and
				// "BHP Petroleum Inc" may be their parent)
				into = onlyOrganization(order, a, func(cl *cluster) bool {
					full := fields(cl.name)
					return len(full) == 2 && full[0] == short[0] && segment.IsCapitalised(full[1]) && !orgHeads.Has(full[1])
				})
				if into != nil && (into.firstStart() > a.firstStart() || slices.ContainsFunc(order, func(o *cluster) bool {
					if o == into || o == a || o.typ != graph.Organization || len(o.cands) == 0 {
						return false
					}
					second := fields(into.name)[1]
					return slices.ContainsFunc(fields(o.name), func(w string) bool {
						w = strings.Trim(w, ",.'")
						return w == short[0] || w == second // ("Cargill" of "Cargill, Inc." too)
					})
				})) {
					into = nil
				}
			}
		case (a.typ == graph.Person && len(short) > 1 || a.typ == graph.City && !placeWritten(d, a)) && !a.titled() && onlyOrganization(order, a, func(cl *cluster) bool { return firmOpenedBy(short, fields(cl.name), a.typ) }) != nil:
			// "Mark IV" beside "Mark IV Industries Inc", "Hughes Tool"
			// beside "Hughes Tool Co", "Sonora" beside "Sonora Gold
			// Corp": the tagger's person or a town no gazetteer knows,
			// opening one company's name, is its short name (not a town
			// written as one: "in Teberebie, Ghana")
			into = onlyOrganization(order, a, func(cl *cluster) bool { return firmOpenedBy(short, fields(cl.name), a.typ) })
		case len(short) == 1 && !a.titled():
			into = onlyOrganization(order, a, func(cl *cluster) bool { return parentNamed(short, fields(cl.name)) })
			if into == nil && a.typ == graph.Person {
				// "Harper said" beside "Harper and Row Publishers Inc",
				// "Wang said" beside "Wang Laboratories Inc": a surname no
				// person of the article has, opening one company's name
				into = onlyOrganization(order, a, func(cl *cluster) bool {
					full := fields(cl.name)
					return len(full) > 1 && full[0] == short[0] && isLegalForm(full[len(full)-1])
				})
				if into == nil {
					// "Dina said" beside the two-word "Dina Camiones", "Dodge
					// said" beside "F.W. Dodge": a firm's name the surname
					// opens, or that its initials lead to
					into = onlyOrganization(order, a, func(cl *cluster) bool {
						full := fields(cl.name)
						return len(full) == 2 && (full[0] == short[0] || full[1] == short[0] && initialsOnly(full[0]))
					})
				}
			}
		}
		if into != nil {
			into.absorb(a, "short name of "+into.name+" named in the article")
		}
	}
	return order
}

// kindHeads are the kinds of body a capitalised lone word names when the
// article has named one body of the kind in full: "the Bank", "the Fund".
var kindHeads = set("Bank", "Fund", "Foundation", "Commission", "Community", "Council", "Agency", "Board", "Institute", "Ministry", "Organisation", "Organization",
	"Federation", "Association", "Authority", "Bureau", "Exchange", "Corporation")

// initialsOnly reports a word of initials: "F.W.", "J.C.".
func initialsOnly(w string) bool {
	if len(w) < 2 || !strings.HasSuffix(w, ".") {
		return false
	}
	for i, r := range w {
		if i%2 == 0 && (r < 'A' || r > 'Z') || i%2 == 1 && r != '.' {
			return false
		}
	}
	return true
}

// coordinated reports another company that fits, named right after first
// with only "and" or a comma between: "Torvik Mills Inc and Torvik Foods
// Inc merged" names two alike, and "Torvik" is either.
func coordinated(d *doc, order []*cluster, a, first *cluster, fits func(*cluster) bool) bool {
	end := -1
	for _, c := range first.cands {
		if c.start == first.firstStart() {
			end = c.end
		}
	}
	for _, cl := range order {
		if cl == a || cl == first || cl.typ != graph.Organization || len(cl.cands) == 0 || !fits(cl) {
			continue
		}
		if s := cl.firstStart(); s > end && end >= 0 {
			if gap := strings.Trim(d.body[end:s], " <>"); gap == "and" || gap == "," || gap == "&" {
				return true
			}
		}
	}
	return false
}

// joinPortfolios moves a lone portfolio word the tagger called a body
// ("Commerce officials declined to say") into the one department or
// ministry of the article named by it: "the Commerce Department", "U.S.
// Agriculture Department", "Ministry of Trade".
func joinPortfolios(d *doc, order []*cluster) []*cluster {
	for _, a := range order {
		if a.entry != nil || a.typ != graph.Organization || len(a.cands) == 0 || !portfolioWords.Has(a.name) {
			continue
		}
		into := onlyOrganization(order, a, func(cl *cluster) bool {
			for _, c := range cl.cands {
				m := d.body[c.start:c.end]
				if strings.HasSuffix(m, a.name+" Department") || strings.HasSuffix(m, a.name+" Ministry") ||
					strings.HasSuffix(m, "Department of "+a.name) || strings.HasSuffix(m, "Ministry of "+a.name) {
					return true
				}
			}
			return false
		})
		if into != nil {
			into.absorb(a, "portfolio of "+into.name+", named in the article")
		}
	}
	return order
}

// shortNameOf reports whether short names the organisation full: its first
// words before a legal form or a head noun, the head noun alone, a body's
// name without its first word, the core word before a legal form, or a
// possessive or hyphenated name's first part.
func shortNameOf(short, full []string) bool {
	full = dropInitials(short, full) // "Olivetti" of "C. Olivetti EC SpA"
	// "Dynamics Corp of America", "Wright Engineers Ltd of British
	// Columbia": the name ends at its legal form
	for i := 1; i+1 < len(full); i++ {
		if full[i+1] == "of" && isLegalForm(full[i]) {
			full = full[:i+1]
			break
		}
	}
	if len(full) > 3 {
		// "Consumer Federation" of "Consumer Federation of America",
		// "Continental" of "Continental Bank of Canada": a body's name
		// ends at its head noun
		for i := max(len(short)-1, 1); i+1 < len(full); i++ {
			if full[i+1] == "of" && orgHeads.Has(full[i]) && !isLegalForm(full[len(full)-1]) {
				if slices.Equal(full[:i+1], short) {
					return true
				}
				full = full[:i+1]
				break
			}
		}
	}
	if len(full) <= len(short) {
		return false
	}
	last := full[len(full)-1]
	legal := isLegalForm(last) || firmTails.Has(last)
	// "Transamerican" of "TransAmerican Natural Gas Corp": wire copy
	// writes a name's capitals as it likes
	prefix := slices.EqualFunc(full[:len(short)], short, strings.EqualFold) && (legal || orgHeads.Has(last))
	// "H.R.S." of "International H.R.S. Industries Inc": the acronym the
	// name holds
	inner := len(short) == 1 && legal && isAcronym(strings.ReplaceAll(short[0], ".", "")) && (strings.Contains(short[0], ".") || len(short[0]) >= 3) &&
		slices.Contains(full[1:len(full)-1], short[0]) // ("TVX" of "Consolidated TVX Mining Corp")
	head := len(short) == 1 && orgHeads.Has(short[0]) && last == short[0]
	// "National Bank" of "Swiss National Bank", "Budget Committee" of
	// "House Budget Committee": a body's name without its first word
	tail := len(short) >= 2 && orgHeads.Has(last) && !legal && len(full) == len(short)+1 && slices.Equal(full[1:], short)
	// "Kodak" of "Eastman Kodak Co", "Daimler" of "Daimler-Benz AG",
	// "Moody" of "Moody's Investors Service Inc"
	core := len(short) == 1 && (legal && len(full) > 2 && full[len(full)-2] == short[0] ||
		legal && strings.HasPrefix(full[0], short[0]+"-") ||
		full[0] == short[0]+"'s" || full[0] == short[0]+"’s")
	// "Hapoalim" of "Bank Hapoalim", "Bilbao Vizcaya" of "Banco Bilbao
	// Vizcaya": the name after a bank's word; "Philips" of "N.V.
	// Philips", "Volvo" of "AB Volvo": after a legal form put first
	bank := (bankWords.Has(full[0]) || isLegalForm(full[0])) && slices.Equal(full[1:], short)
	return prefix || head || tail || core || bank || inner
}

// bracketedAcronym is the acronym or ticker in brackets right after
// offset end ("Applied Circuit Technology Inc (ACT)", "Digital Equipment
// Corp <DEC>"): three to six capital letters, or "" when there is none.
func bracketedAcronym(body string, end int) string {
	rest := body[end:]
	if len(rest) < 5 || rest[0] != ' ' || rest[1] != '(' && rest[1] != '<' {
		return ""
	}
	closer := byte(')')
	if rest[1] == '<' {
		closer = '>'
	}
	j := 2
	for j < len(rest) && j < 9 && rest[j] >= 'A' && rest[j] <= 'Z' {
		j++
	}
	if j < 5 || j >= len(rest) || rest[j] != closer {
		return ""
	}
	return rest[2:j]
}

// firmOpenedBy reports a company's name full that opens with the words of
// short, as a short name of it (shortNameOf). A town's name opens only a
// firm's with a legal form or firm's word at its end ("Teberebie
// Goldfields Ltd", not "Surinam News Agency"); a person's, not a firm
// named after its founder ("Ivan Boesky and Co L.P.": he is real).
func firmOpenedBy(short, full []string, typ graph.EntityType) bool {
	full = dropInitials(short, full) // "Olivetti" of "C. Olivetti EC SpA"
	if len(full) <= len(short) || !slices.Equal(full[:len(short)], short) || !shortNameOf(short, full) {
		return false
	}
	if last := full[len(full)-1]; typ == graph.City && !isLegalForm(last) && !firmTails.Has(last) {
		return false
	}
	return full[len(short)] != "and" && full[len(short)] != "&"
}

// dropInitials is a full name without the initials that open it ("T.
// Rowe Price Associates", "S G Warburg Securities", "C. Itoh and Co"),
// which a short name leaves out, unless the short name opens with one.
func dropInitials(short, full []string) []string {
	if len(short) > 0 && oneInitial(short[0]) {
		return full
	}
	for len(full) > 2 && oneInitial(full[0]) {
		full = full[1:]
	}
	return full
}

// oneInitial reports a capital letter alone, or with a full stop.
func oneInitial(w string) bool {
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' || len(w) == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.'
}

// subBody reports a committee or panel of the body short names: "House
// Budget Committee", "Senate Banking Committee" are the House's and the
// Senate's, not the House or the Senate. A committee's own short name is
// none: "Budget Committee" of "House Budget Committee".
func subBody(short, full []string) bool {
	return len(full) > len(short) && committeeWords.Has(full[len(full)-1]) && (len(short) == 0 || !committeeWords.Has(short[len(short)-1]))
}

var committeeWords = set("Committee", "Subcommittee", "Panel", "Caucus")

// firmTails end a company's name as a legal form does, and its first
// words are its short name: "Texas Commerce" of "Texas Commerce
// Bancshares", "Safeway" of "Safeway Stores".
var firmTails = set("Bancshares", "Bancorp", "Bancorporation", "Stores", "Industries", "Holdings", "Airlines", "Airways", "Laboratories", "Enterprises", "Resources", "Technologies",
	// "Exco" of "Exco International", "Wrightson" of "Wrightson
	// Economics": a firm's word of its trade or reach after its name
	"International", "Economics", "Securities", "Partners", "Associates")

// bankWords open a bank's name before the name proper.
var bankWords = wordset.Of(map[string]bool{"Bank": true, "Banco": true, "Banca": true, "Banque": true, "Banka": true})

// parentNamed reports whether full is short followed by legal forms only:
// "Noranda Inc" for "Noranda", "Airod Sdn Bhd" for "Airod".
func parentNamed(short, full []string) bool {
	if len(full) <= len(short) || !slices.Equal(full[:len(short)], short) {
		return false
	}
	for _, w := range full[len(short):] {
		if !isLegalForm(w) && w != "Sdn" {
			return false
		}
	}
	return true
}

// firstNamed is the organisation cluster that fits and is named first in
// the article.
func firstNamed(order []*cluster, a *cluster, fits func(*cluster) bool) *cluster {
	var first *cluster
	for _, cl := range order {
		if cl == a || cl.typ != graph.Organization || len(cl.cands) == 0 || !fits(cl) {
			continue
		}
		if first == nil || cl.firstStart() < first.firstStart() {
			first = cl
		}
	}
	return first
}

// titled reports whether a title or honorific stood before any mention.
func (cl *cluster) titled() bool {
	return slices.ContainsFunc(cl.cands, func(c *cand) bool { return c.titled })
}

// onlyOrganization is the one organisation cluster of order, other than a
// and those already joined to another, that fits; nil when none or several do.
func onlyOrganization(order []*cluster, a *cluster, fits func(*cluster) bool) *cluster {
	var into *cluster
	for _, cl := range order {
		if cl == a || cl.typ != graph.Organization || len(cl.cands) == 0 || !fits(cl) {
			continue
		}
		if into != nil {
			return nil
		}
		into = cl
	}
	return into
}

// absorb moves a's mentions into cl, as organisation mentions.
func (cl *cluster) absorb(a *cluster, why string) {
	for _, c := range a.cands {
		c.typ, c.label, c.reason = graph.Organization, graph.LabelORG, why
		c.entry, c.world = nil, false
		cl.add(c)
	}
	a.cands = nil
}

func (cl *cluster) add(c *cand) { cl.cands = append(cl.cands, c) }

// joinAcronyms moves an unlinked acronym ("RSF") into the one organisation
// of the article whose initials it spells ("Rapid Support Forces"), with or
// without its legal form ("SMC" and "FDIC" of "San Miguel Corp" and
// "Federal Deposit Insurance Corp", "KEPCO" of "Korea Electric Power
// Corp"), or that it stands in brackets after ("New York Mercantile
// Exchange (NYMEX)", "<San Miguel Corp> (SMC)"). A name once written in
// capitals is an acronym however else the article writes it ("Kepco").
func (r *Resolver) joinAcronyms(d *doc, order []*cluster) []*cluster {
	for _, a := range order {
		if a.entry != nil && len(a.cands) > 0 {
			if full := bracketedAfter(d, order, a); a.typ == graph.Organization && full != nil && full != a && full.entry == nil && full.typ == graph.Organization && len(full.cands) > 0 && r.spelledBy(d, a, full) {
				// "the International Cocoa Organization, ICCO, said", our
				// knowledge having the acronym only: the name is the known
				// body's; a name that shares no word with the known body's
				// defines the acronym anew ("the Kenya Ports Authority, KPA,"
				// is not the Korean People's Army)
				if sharesNameWords(full.name, a.entry) {
					a.absorb(full, "full name of "+a.name+", which follows it")
				} else {
					full.absorb(a, "acronym the article defines after "+full.name)
				}
			}
			r.ownAcronym(d, order, a)
			continue
		}
		if a.entry != nil || len(a.cands) == 0 {
			continue
		}
		acronym := ""
		bracketed := bracketedAfter(d, order, a)
		for _, c := range a.cands {
			// a longer word in capitals is an acronym only where it is
			// defined, in brackets after a name: "the State Agro-Industrial
			// Committee (GOSAGROPROM)"
			if w := d.body[c.start:c.end]; (isAcronym(w) || isAcronym(strings.TrimSuffix(w, "s")) || bracketed != nil && (capsWord(w) || shortForm(d, c, w))) && strings.EqualFold(w, a.name) {
				acronym = w
				break
			}
		}
		if acronym == "" {
			continue
		}
		ticked := tickerOf(d, order, acronym)
		into := onlyOrganization(order, a, func(cl *cluster) bool {
			return cl == bracketed || cl == ticked || slices.Contains(initialisms(cl.name), acronym)
		})
		if into == nil && bracketed != nil && bracketed != a && bracketed.typ == graph.Organization && len(bracketed.cands) > 0 {
			// "the National Security Agency (NSA)" beside a "National
			// Security Adviser" the letters spell too: the name it is
			// defined after is the one
			into = bracketed
		}
		if into != nil {
			into.absorb(a, "acronym of "+into.name+" named in the article")
		} else if bracketed == nil && definesNoActor(d, a, acronym) {
			// "the producer subsidy equivalent, PSE", "a new International
			// Natural Rubber Agreement, INRA": the acronym is what it
			// abbreviates, a measure or a treaty, no actor
			for _, c := range a.cands {
				d.keepName(c.start, c.end, graph.LabelMISC)
			}
			r.log.Debug("resolve: dropped mention", "text", a.name, "reason", "acronym of a thing named no actor")
			a.cands = nil
		}
	}
	return order
}

// sharesNameWords reports a name with half its words or more (past
// "the", "of", "and") in the known body's name or one of its aliases, or
// a known body our knowledge names by its acronym only.
func sharesNameWords(name string, e *gazetteer.Entry) bool {
	words := func(s string) []string {
		var out []string
		for _, w := range strings.Fields(strings.ToLower(s)) {
			if w != "the" && w != "of" && w != "and" && w != "for" {
				out = append(out, strings.Trim(w, ".,'’"))
			}
		}
		return out
	}
	ws := words(name)
	spelled := false // the knowledge spells the acronym out in some name
	for _, known := range append([]string{e.Name}, e.Aliases...) {
		spelled = spelled || strings.Contains(known, " ")
	}
	if !spelled {
		return true // "ICCO" alone: the name after it is what the knowledge abbreviates
	}
	for _, known := range append([]string{e.Name}, e.Aliases...) {
		kw := words(known)
		n := 0
		for _, w := range ws {
			if slices.Contains(kw, w) {
				n++
			}
		}
		if 2*n >= len(ws) && n > 0 {
			return true
		}
	}
	return false
}

// bodyNouns head the lower-case description of a body.
var bodyNouns = wordset.Of(map[string]bool{"agency": true, "bank": true, "fund": true, "committee": true, "council": true,
	"board": true, "commission": true, "office": true, "bureau": true, "institute": true, "association": true,
	"organisation": true, "organization": true, "authority": true, "company": true, "corporation": true,
	"union": true, "federation": true, "group": true, "party": true, "ministry": true, "department": true})

// definesNoActor reports an acronym defined, in brackets or between
// commas, right after words in lower case that it spells ("the producer
// subsidy equivalent, PSE") or after a name kept as no actor's
// ("International Natural Rubber Agreement, INRA", "Philippine
// Investment Notes (PINs)").
func definesNoActor(d *doc, a *cluster, acronym string) bool {
	for _, c := range a.cands {
		var end int
		switch {
		case c.start >= 2 && d.body[c.start-2:c.start] == ", " && (strings.HasPrefix(d.body[c.end:], ",") || strings.HasPrefix(d.body[c.end:], ".")):
			end = c.start - 2
		case c.start >= 2 && d.body[c.start-2:c.start] == " (" && strings.HasPrefix(d.body[c.end:], ")"):
			end = c.start - 2
		default:
			continue
		}
		letters := strings.TrimSuffix(acronym, "s")
		for _, n := range d.names {
			// a kept name it spells, not a body's name ("Office of
			// Management and Budget (OMB)")
			if first, _, _ := strings.Cut(n.Text, " "); n.End == end && spells(letters, n.Text) && !orgHeads.Has(first) && !strings.Contains(n.Text, " of ") {
				return true
			}
		}
		// the lower-case words before it, one for each letter, not a
		// body's ("a multilateral investment guarantee agency (MIGA)")
		ws := strings.Fields(d.body[max(0, end-80):end])
		lower := strings.ToLower(letters)
		if len(ws) < len(lower) {
			continue
		}
		ws = ws[len(ws)-len(lower):]
		ok := !bodyNouns.Has(ws[len(ws)-1])
		for i, w := range ws {
			ok = ok && w != "" && w == strings.ToLower(w) && w[0] == lower[i]
		}
		if ok {
			return true
		}
	}
	return false
}

// ownAcronym moves an acronym our knowledge links elsewhere into the
// article's company whose full name opens with it: in an article about
// "CPC International Inc", "CPC" is that company and not the Chinese
// Communist Party; "ICI" beside "ICI Americas Inc" is the American unit's
// parent only when the article names the parent in full, which then
// links the acronym's cluster through that name. Only a cluster of
// acronyms alone moves, into the one company with a legal form.
func (r *Resolver) ownAcronym(d *doc, order []*cluster, a *cluster) {
	if a.entry.Type != graph.Organization {
		return
	}
	acronym := ""
	for _, c := range a.cands {
		w := d.body[c.start:c.end]
		if !isAcronym(w) || acronym != "" && w != acronym {
			return
		}
		acronym = w
	}
	into := onlyOrganization(order, a, func(cl *cluster) bool {
		first, _, _ := strings.Cut(cl.name, " ")
		return cl.entry == nil && first == acronym && first != cl.name && endsCorporate(cl.name)
	})
	if into != nil {
		into.absorb(a, "acronym opening the name of "+into.name+", named in the article")
	}
}

// tickerOf is the organisation whose name stands right before the ticker
// acronym in angle brackets ("Transworld Airlines Inc <TWA>", "<TWA.N>"):
// the wire names the company by its ticker later ("TWA shares fell").
func tickerOf(d *doc, order []*cluster, acronym string) *cluster {
	for off := 0; ; {
		i := strings.Index(d.body[off:], "<"+acronym)
		if i < 0 {
			return nil
		}
		i += off
		off = i + 1
		if rest := d.body[i+1+len(acronym):]; !strings.HasPrefix(rest, ">") && !strings.HasPrefix(rest, ".") {
			continue
		}
		end := len(strings.TrimRight(d.body[:i], " "))
		for _, cl := range order {
			if cl.typ != graph.Organization {
				continue
			}
			for _, o := range cl.cands {
				if o.end == end {
					return cl
				}
			}
		}
	}
}

// bracketedAfter is the cluster a mention of a stands in brackets right
// after, as a definition: "<name> (<acronym>)"; or, for an acronym, the one
// spelled out in brackets right after it: "<acronym> (<name>)".
func bracketedAfter(d *doc, order []*cluster, a *cluster) *cluster {
	for _, c := range a.cands {
		if acr := d.body[c.start:c.end]; isAcronym(acr) && strings.HasPrefix(d.body[c.end:], " (") {
			// "the OECD (Organisation of Economic Cooperation and
			// Development)": the name spelled out in brackets after it
			for _, cl := range order {
				for _, o := range cl.cands {
					if o.start == c.end+2 && strings.HasPrefix(d.body[o.end:], ")") && (spells(acr, d.body[o.start:o.end]) || sameInitials(acr, d.body[o.start:o.end])) {
						return cl
					}
				}
			}
		}
		comma := c.start >= 2 && d.body[c.start-2:c.start] == ", " && (strings.HasPrefix(d.body[c.end:], ",") || strings.HasPrefix(d.body[c.end:], ".")) && isAcronym(d.body[c.start:c.end])
		if !comma && (c.start < 2 || d.body[c.start-2:c.start] != " (" || !strings.HasPrefix(d.body[c.end:], ")")) {
			continue
		}
		end := c.start - 2
		if end > 0 && d.body[end-1] == '>' {
			end-- // "<San Miguel Corp> (SMC)": the wire's brackets around a company
		}
		for _, cl := range order {
			for _, o := range cl.cands {
				// "the International Cocoa Organization, ICCO, said": set off
				// by commas, the acronym must spell the name's letters
				if o.end == end && (!comma || spells(d.body[c.start:c.end], d.body[o.start:o.end]) || sameInitials(d.body[c.start:c.end], d.body[o.start:o.end])) {
					return cl
				}
			}
		}
	}
	return nil
}

// sameInitials reports an acronym whose letters are the initials of the
// name's capitalised words in another order, as an acronym of the name in
// its own language is: "the Brazilian Coffee Institute, IBC," (Instituto
// Brasileiro do Cafe).
func sameInitials(acronym, name string) bool {
	var initials []byte
	for _, w := range strings.Fields(name) {
		if w[0] >= 'A' && w[0] <= 'Z' {
			initials = append(initials, w[0])
		}
	}
	letters := []byte(acronym)
	if len(initials) != len(letters) || len(letters) < 2 {
		return false
	}
	slices.Sort(initials)
	slices.Sort(letters)
	return string(initials) == string(letters)
}

// spelledBy reports whether one of a's mentions is an acronym spelling a
// mention of full: the known acronym after a name it abbreviates.
func (r *Resolver) spelledBy(d *doc, a, full *cluster) bool {
	for _, c := range a.cands {
		w := d.body[c.start:c.end]
		if !isAcronym(w) {
			continue
		}
		for _, o := range full.cands {
			if spells(w, d.body[o.start:o.end]) {
				return true
			}
		}
	}
	return false
}

// spells reports whether acronym's letters appear in name in order, the
// first being the name's first: "ICCO" in "International Cocoa
// Organization", "LME" in "London Metal Exchange", not "IMF" in "EC".
func spells(acronym, name string) bool {
	name = strings.ToUpper(name)
	if acronym == "" || name == "" || acronym[0] != name[0] {
		return false
	}
	i := 0
	for j := 0; j < len(name) && i < len(acronym); j++ {
		if name[j] == acronym[i] {
			i++
		}
	}
	return i == len(acronym)
}

// shortForm reports a one-word name in brackets right after another, in
// letters of both cases: the short name a body goes by ("the Singapore
// International Monetary Exchange (Simex)", "Petroleos Mexicanos
// (Pemex)", "the Federation of Economic Organisations (Keidanren)").
func shortForm(d *doc, c *cand, w string) bool {
	if len(w) < 3 || len(w) > 14 || w[0] < 'A' || w[0] > 'Z' || isLegalForm(w) || orgHeads.Has(w) ||
		c.start < 2 || d.body[c.start-2:c.start] != " (" || !strings.HasPrefix(d.body[c.end:], ")") {
		return false
	}
	return strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) < 0
}

// capsWord reports a word of 2 to 14 capital letters.
func capsWord(s string) bool {
	if len(s) < 2 || len(s) > 14 {
		return false
	}
	return strings.IndexFunc(s, func(r rune) bool { return r < 'A' || r > 'Z' }) < 0
}

func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// initials are the capitals opening the words of a name, "of", "for" and
// "the" left out: "Rapid Support Forces" → "RSF".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if isLegalForm(w) {
			continue // "TWA" is Trans World Airlines Inc
		}
		r, _ := utf8.DecodeRuneInString(w)
		if r >= 'A' && r <= 'Z' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// initialisms are the acronyms a name is written as: its initials without
// its legal form, with the form's initial ("SMC", San Miguel Corp) and,
// for a company, with "CO" ("KEPCO", Korea Electric Power Corp); a
// hyphenated word gives the initials of its parts too ("IADB", the
// Inter-American Development Bank).
func initialisms(name string) []string {
	bare := initials(name)
	ws := strings.Fields(name)
	var out []string
	if of := ofInitials(ws); of != "" {
		out = append(out, of)
	}
	if strings.Contains(name, "-") {
		if parts := initials(strings.ReplaceAll(name, "-", " ")); parts != bare {
			out = append(out, parts)
		}
	}
	if len(ws) < 2 || !isLegalForm(ws[len(ws)-1]) {
		return append(out, bare)
	}
	out = append(out, bare, bare+strings.ToUpper(ws[len(ws)-1][:1]))
	switch strings.Trim(ws[len(ws)-1], ".,") {
	case "Corp", "Co", "Company":
		out = append(out, bare+"CO")
	}
	return out
}

// ofInitials are the initials of a department's or bank's name with its
// "of" ("DOT", the Department of Transportation; "BOJ", the Bank of
// Japan), past a state's name before it ("U.S. Department of Energy":
// "DOE"); "" for a name without "of".
func ofInitials(ws []string) string {
	if len(ws) > 0 && (ws[0] == "U.S." || ws[0] == "US") {
		ws = ws[1:]
	} else if len(ws) > 1 && ws[0] == "United" && ws[1] == "States" {
		ws = ws[2:]
	}
	if !slices.Contains(ws, "of") || len(ws) < 3 {
		return ""
	}
	var b strings.Builder
	for _, w := range ws {
		switch r, _ := utf8.DecodeRuneInString(w); {
		case w == "of":
			b.WriteByte('O')
		case isLegalForm(w) || w == "the" || w == "and" || w == "for":
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r)
		}
	}
	return b.String()
}

// hasSurname reports whether w (folded) is the surname of the person cl.
func (r *Resolver) hasSurname(cl *cluster, w string) bool {
	if cl.entry != nil {
		for _, e := range r.g.PersonsBySurname(w) {
			if e.Name == cl.entry.Name {
				return true
			}
		}
	}
	for _, c := range cl.cands {
		if slices.Contains(surnames(c.name), w) {
			return true
		}
	}
	return false
}

// nearest is the cluster mentioned last before offset, or else the first after.
// calledBy reports a mention of cl before offset that is the lone word w
// (folded): the person the article calls by the surname alone.
func calledBy(cl *cluster, w string, offset int) bool {
	for _, c := range cl.cands {
		if c.start < offset && !strings.Contains(c.name, " ") && graph.Fold(c.name) == w {
			return true
		}
	}
	return false
}

func nearest(cls []*cluster, offset int) *cluster {
	var best *cluster
	bestAt := -1
	for _, cl := range cls {
		for _, c := range cl.cands {
			if c.start < offset && c.start > bestAt {
				best, bestAt = cl, c.start
			}
		}
	}
	if best != nil {
		return best
	}
	sort.SliceStable(cls, func(i, j int) bool { return cls[i].firstStart() < cls[j].firstStart() })
	return cls[0]
}

// leaderBySurname finds the one gazetteer person with that surname who held
// an office on the article's date, preferring the title used ("President
// Trump" in 2019 is Donald Trump).
func (r *Resolver) leaderBySurname(d *doc, c *cand) (gazetteer.Entry, bool) {
	if d.published == "" {
		return gazetteer.Entry{}, false
	}
	var inOffice, titled []gazetteer.Entry
	for _, e := range r.g.PersonsBySurname(c.name) {
		held, match := false, false
		for _, o := range e.Roles {
			if gazetteer.Holds(o, d.published) {
				held = true
				if c.role != "" && graph.Fold(o.Role) == graph.Fold(c.role) && (c.roleOf == "" || c.roleOf == o.Of) {
					match = true
				}
			}
		}
		if held {
			inOffice = append(inOffice, e)
		}
		if match {
			titled = append(titled, e)
		}
	}
	switch {
	case len(titled) == 1:
		return titled[0], true
	case len(inOffice) == 1:
		return inOffice[0], true
	}
	return gazetteer.Entry{}, false
}

// describe finds definite descriptions of leaders ("the North Korean
// leader", "the Russian president") and adds each as a mention of the
// person who held that office on the article's date, or of the one person
// the article itself gives that office.
// manyHolders are offices a state gives to many people at once, so that a
// definite description names none of them by itself.
var manyHolders = wordset.Of(map[string]bool{"ambassador": true, "envoy": true, "consul": true, "representative": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "general": true, "senator": true, "governor": true,
	"mayor": true, "judge": true, "commander": true, "secretary": true, "minister": true, "official": true})

func (r *Resolver) describe(d *doc, cls []*cluster) []*cluster {
	for i := 0; i < len(d.toks); i++ {
		if !strings.EqualFold(d.toks[i].Text, "the") {
			continue
		}
		j := i + 1
		var iso string
		for k := 3; k >= 1; k-- {
			if j+k > len(d.toks) || d.toks[j+k-1].sent != d.toks[i].sent {
				continue
			}
			lead := tokText(d.toks[j : j+k])
			if e, ok := r.g.Demonym(lead); ok && segment.IsCapitalised(lead) {
				iso, j = e.Country, j+k
				break
			}
		}
		if iso == "" {
			continue
		}
		role, end := "", 0
		for k := 3; k >= 1; k-- {
			if j+k > len(d.toks) || d.toks[j+k-1].sent != d.toks[i].sent {
				continue
			}
			name, kind, ok := r.g.Title(tokText(d.toks[j : j+k]))
			if ok && kind != gazetteer.Honorific {
				role, end = name, j+k
				break
			}
		}
		if role == "" {
			continue
		}
		if end < len(d.toks) && d.toks[end].sent == d.toks[i].sent && segment.IsCapitalised(d.toks[end].Text) {
			continue // "the Russian President Vladimir Putin": the name follows
		}
		if end+1 < len(d.toks) && d.toks[end].Text == "," && d.toks[end+1].sent == d.toks[i].sent && segment.IsCapitalised(d.toks[end+1].Text) {
			continue // "The American ambassador, Mark Lewis,": the apposition names the person
		}
		if manyHolders.Has(graph.Fold(role)) {
			continue // a state has many ambassadors: "the American ambassador" names no one the date can tell
		}
		if descriptionStops.Has(strings.ToLower(d.toks[end-1].Text)) && strings.HasSuffix(d.toks[end-1].Text, "s") {
			continue
		}
		if graph.Fold(role) == "leader" {
			role = ""
		}
		cl := r.describedPerson(d, cls, iso, role)
		if cl == nil {
			if e, ok := r.g.LeaderOn(iso, role, d.published); ok {
				cl = &cluster{key: e.ID(), typ: graph.Person, name: e.Name, entry: &e, country: e.Country, reason: "gazetteer office holder on the article's date"}
				cls = append(cls, cl)
			}
		}
		if cl == nil {
			continue
		}
		c := &cand{start: d.toks[i].Start, end: d.toks[end-1].End, label: graph.LabelPER, typ: graph.Person, desc: true,
			reason: "definite description of the " + iso + " " + orLeader(role)}
		c.name = d.body[c.start:c.end]
		cl.add(c)
		i = end - 1
	}
	return cls
}

func orLeader(role string) string {
	if role == "" {
		return "leader"
	}
	return strings.ToLower(role)
}

func tokText(ts []tok) string {
	var buf [8]string // most names' words, on the stack
	parts := buf[:0]
	if len(ts) > len(buf) {
		parts = make([]string, 0, len(ts))
	}
	parts = parts[:len(ts)]
	for i, t := range ts {
		parts[i] = t.Text
	}
	return strings.Join(parts, " ")
}

// describedPerson finds the one person of the article who holds role
// ("" for the leader) of country iso: by the gazetteer on the article's
// date, or by a title the article gives them ("Russian President Putin").
func (r *Resolver) describedPerson(d *doc, cls []*cluster, iso, role string) *cluster {
	if e, ok := r.g.LeaderOn(iso, role, d.published); ok {
		for _, cl := range cls {
			if cl.entry != nil && cl.entry.ID() == e.ID() {
				return cl
			}
		}
	}
	var found *cluster
	for _, cl := range cls {
		if cl.typ != graph.Person {
			continue
		}
		for _, c := range cl.cands {
			if c.roleOf == iso && c.role != "" && (role == "" || graph.Fold(c.role) == graph.Fold(role)) {
				if found != nil && found != cl {
					return nil
				}
				found = cl
			}
		}
	}
	return found
}

// entities turns clusters into graph entities, ordered by first mention.
func (r *Resolver) entities(d *doc, cls []*cluster) ([]graph.Entity, []decision) {
	sort.SliceStable(cls, func(i, j int) bool { return cls[i].firstStart() < cls[j].firstStart() })
	var ents []graph.Entity
	var why []decision
	for _, cl := range cls {
		if len(cl.cands) == 0 {
			continue
		}
		e := graph.Entity{ID: cl.key, Type: cl.typ, Name: cl.name, Country: cl.country}
		if cl.entry != nil {
			e.Wikidata = cl.entry.Wikidata
			e.Country = cl.entry.Country
			if e.Type != graph.Country && e.Type != graph.Person {
				e.Country = r.g.StateOf(e.Country) // Moscow in 1987 is a Soviet city
			}
		} else if cl.typ != graph.Person {
			e.ID = d.entityID(graph.EntityKey{Type: cl.typ, Name: cl.name})
		}
		seen := map[[2]int]bool{}
		var aliases []string
		sort.SliceStable(cl.cands, func(i, j int) bool { return cl.cands[i].start < cl.cands[j].start })
		for _, c := range cl.cands {
			if seen[[2]int{c.start, c.end}] {
				continue
			}
			seen[[2]int{c.start, c.end}] = true
			e.Mentions = append(e.Mentions, graph.Mention{Start: c.start, End: c.end, Text: d.body[c.start:c.end], Label: mentionLabel(c)})
			if !c.desc {
				aliases = append(aliases, plain(d.body[c.start:c.end]))
			}
			if r.debugging() {
				r.log.Debug("resolve: mention", "text", d.body[c.start:c.end], "entity", cl.name, "type", cl.typ, "reason", c.reason)
			}
		}
		if cl.entry != nil {
			aliases = append(aliases, cl.entry.Aliases...)
		}
		e.Aliases = uniqAliases(aliases, e.Name)
		ents = append(ents, e)
		why = append(why, decision{Name: e.Name, Type: e.Type, Reason: cl.cands[0].reason})
	}
	return ents, why
}

// mentionLabel is what the text says the mention is in context: the
// tagger's label where the tagger found the name, even when the entity is
// of another kind ("Moscow" read as a place names the Soviet government);
// the resolved type's for a name the tagger missed.
func mentionLabel(c *cand) string {
	switch c.ner {
	case graph.LabelPER, graph.LabelLOC, graph.LabelORG, graph.LabelMISC:
		return c.ner
	}
	return c.label
}

func uniqAliases(xs []string, name string) []string {
	seen := map[string]bool{name: true}
	out := []string{}
	for _, x := range xs {
		if x == "" || seen[x] {
			continue
		}
		seen[x] = true
		out = append(out, x)
	}
	return out
}

// shortNameFollowers may follow a company's short name at the start of a
// sentence, where a capital says nothing: "Affiliated said", "Pratt's
// offer", "Affiliated, which owns".
var shortNameFollowers = set("said", "says", "'s", "’s", ",", "is", "was", "has", "had", "will", "would", "also", "agreed", "added")

// placeWordsOnly reports words [start, end) that the tagger or the
// gazetteer read only as places and peoples, inside them: "Saudi French".
func placeWordsOnly(spans []segment.Span, cands []*cand, start, end int) bool {
	in := false
	for _, sp := range spans {
		if sp.Start < end && start < sp.End {
			if sp.Start < start || sp.End > end || sp.Label != graph.LabelLOC && sp.Label != graph.LabelMISC {
				return false
			}
			in = true
		}
	}
	for _, c := range cands {
		if c.start < end && start < c.end {
			if c.start < start || c.end > end || c.typ == graph.Organization || c.typ == graph.Person {
				return false
			}
			in = true
		}
	}
	return in
}

// securityWords after a short name make it a modifier of the paper, no
// party: "one Regal share for each Bell share".
var securityWords = set("share", "shares", "stock", "stocks", "common", "notes", "bonds", "debentures", "preferred", "warrants", "units")

// scanShortNames finds the short names of the article's companies that the
// tagger missed, after the company is named in full: "talks with Pratt and
// Southmark" after "Pratt Hotel Corp", "Affiliated said" after "Affiliated
// Publications Inc". A short name is the first words before the legal form
// (shortNameOf's prefix), written exactly so, never a known name, never a
// word the article writes in lower case or a word of a person's name in
// it, and only where one company of the article has it; it stands alone
// between words in lower case.
// capitalWords are the words of text written in capitals, two letters or
// more ("ATT", "GM").
func capitalWords(text string) map[string]bool {
	out := map[string]bool{}
	start := -1
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] >= 'A' && text[i] <= 'Z' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && i-start >= 2 && (i == len(text) || !(text[i] >= 'a' && text[i] <= 'z')) && (start == 0 || !(text[start-1] >= 'a' && text[start-1] <= 'z')) {
			out[text[start:i]] = true
		}
		start = -1
	}
	return out
}

// commonAbbreviations stand for things, not the company whose initials
// they share: "PC" is a personal computer beside Prime Computer Inc.
var commonAbbreviations = wordset.Of(map[string]bool{"PC": true, "PCS": true, "TV": true, "CD": true, "AM": true, "PM": true,
	"VAT": true, "CEO": true, "GDP": true, "GNP": true, "OTC": true, "IPO": true, "LBO": true, "ECU": true, "CPI": true, "PPI": true})

func (r *Resolver) scanShortNames(d *doc, spans []segment.Span, cands []*cand) []*cand {
	type firm struct {
		short []string
		first int
	}
	var firms []firm
	owners := map[string]map[string]bool{} // short name → the companies it fits
	persons := map[string]bool{}
	for _, c := range cands {
		if c.typ == graph.Person {
			for _, w := range strings.Fields(c.name) {
				persons[w] = true
			}
		}
	}
	for _, c := range cands {
		if c.typ != graph.Organization || c.entry != nil {
			continue
		}
		full := strings.Fields(c.name)
		for n := len(full) - 1; n >= 1; n-- {
			short := full[:n]
			last := full[len(full)-1]
			if !(isLegalForm(last) || firmTails.Has(last) || orgHeads.Has(last)) || !shortNameOf(short, full) {
				continue
			}
			key := strings.Join(short, " ")
			if r.forms.Has(key) || len(short[0]) < 3 || !segment.IsCapitalised(short[0]) {
				continue
			}
			if slices.ContainsFunc(short, func(w string) bool { return d.lower.Has(strings.ToLower(w)) || persons[w] || orgHeads.Has(w) }) {
				continue
			}
			if owners[key] == nil {
				owners[key] = map[string]bool{}
				firms = append(firms, firm{short, c.start})
			}
			owners[key][c.name] = true
		}
	}
	initialled := map[string]bool{}
	var caps map[string]bool // the text's words in capitals, read once when a name's initials are wanted
	for _, c := range cands {
		// "Applied Circuit Technology Inc (ACT)", "Digital Equipment Corp
		// <DEC>": the acronym or ticker in brackets after a company's name,
		// which the text then uses alone ("ACT said", "In contrast to DEC")
		if c.typ != graph.Organization {
			continue
		}
		if a := bracketedAcronym(d.body, c.end); a != "" && !r.forms.Has(a) && owners[a] == nil {
			owners[a] = map[string]bool{c.name: true}
			firms = append(firms, firm{[]string{a}, c.start})
		}
		if c.entry == nil && !initialled[c.name] && strings.Count(c.name, " ") >= 2 {
			// "American Telephone and Telegraph Co … ATT said", "General
			// Motors Corp … GM": the initials of a company of three words
			// or more, which the tagger left untagged (once a name: the
			// candidates are its mentions)
			initialled[c.name] = true
			if caps == nil {
				caps = capitalWords(d.body)
			}
			for _, a := range initialisms(c.name) {
				if len(a) < 2 || !caps[a] || r.forms.Has(a) || r.forms.Has(strings.ToLower(a)) || commonAbbreviations.Has(a) {
					continue
				}
				if owners[a] == nil {
					owners[a] = map[string]bool{}
					firms = append(firms, firm{[]string{a}, c.start})
				}
				owners[a][c.name] = true
			}
		}
	}
	byFirst := map[string][]firm{} // the companies' short names by first word, where one company has it
	for _, f := range firms {
		if distinctOwners(owners[strings.Join(f.short, " ")]) == 1 {
			byFirst[f.short[0]] = append(byFirst[f.short[0]], f)
		}
	}
	if len(byFirst) == 0 {
		return nil
	}
	covered := func(start, end int) bool { return overlapsAny(spans, cands, start, end) }
	var out []*cand
	for i := 0; i < len(d.toks); i++ {
		t := d.toks[i]
		if d.capitals[t.sent] || d.headline[t.sent] || !segment.IsCapitalised(t.Text) {
			continue // a short name's first word is capitalised: the map is not read for the others
		}
		for _, f := range byFirst[t.Text] {
			n := len(f.short)
			if t.Start <= f.first || i+n > len(d.toks) {
				continue
			}
			ok := true
			for j, w := range f.short {
				if tk := d.toks[i+j]; tk.Text != w || tk.sent != t.sent {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			start, end := t.Start, d.toks[i+n-1].End
			next := ""
			if i+n < len(d.toks) && d.toks[i+n].sent == t.sent {
				next = d.toks[i+n].Text
			}
			inner := n > 1 && placeWordsOnly(spans, cands, start, end)
			if covered(start, end) && !inner || segment.IsCapitalised(next) && next != "" && next != "," ||
				!t.first && i > 0 && segment.IsCapitalised(d.toks[i-1].Text) && d.toks[i-1].sent == t.sent ||
				t.first && !shortNameFollowers.Has(next) || securityWords.Has(next) {
				continue
			}
			found := r.interpret(d, segment.Span{Start: start, End: end, Label: graph.LabelORG})
			for _, c := range found {
				c.reason += "; a company's short name found by scan"
			}
			if inner {
				// "Saudi French" of "Saudi French Bank": its words name
				// no country here
				for _, c := range cands {
					if c.start >= start && c.end <= end {
						c.dropped = true
					}
				}
			}
			out = append(out, found...)
			i += n - 1
			break
		}
	}
	return out
}

// distinctOwners counts the companies a short name fits, one company
// named in full and by a shorter name of its own counted once ("Pacific"
// of "Pacific Securities Co Ltd" and of "Pacific Securities", which the
// article also writes).
func distinctOwners(names map[string]bool) int {
	if len(names) < 2 {
		return len(names)
	}
	n := 0
	for name := range names {
		shorter := false
		for other := range names {
			if other != name && writtenShorter(name, other) {
				shorter = true
				break
			}
		}
		if !shorter {
			n++
		}
	}
	return n
}

// writtenShorter reports name as the opening words of the company full
// names, a shorter name of its own ("Pacific Securities" of "Pacific
// Securities Co Ltd").
func writtenShorter(name, full string) bool {
	return strings.HasPrefix(full, name+" ") && shortNameOf(strings.Fields(name), strings.Fields(full))
}

// letterBefore reports a letter or a full stop right before offset k: the
// end of a name ("Wright", "Jr.").
func letterBefore(body string, k int) bool {
	if k < 1 {
		return false
	}
	c := body[k-1]
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '.'
}
