package relate

// Membership: states in organisations, people in parties and bodies.

import (
	"actorgraph/ingest/wordset"
	"cmp"
	"slices"
	"strings"

	"actorgraph/graph"
)

// memberNouns name a member in an apposition: "a member of", "one of
// the founders of".
var memberNouns = wordset.Of(map[string]bool{"member": true, "founder": true, "founders": true, "members": true})

// listedMemberWords stand between an organisation and "members" before
// the list of them: "its ten non-permanent members include", "OPEC's
// founding members are". ("associate" members are not members.)
var listedMemberWords = wordset.Of(map[string]bool{"permanent": true, "non-permanent": true, "founding": true, "current": true,
	"original": true, "full": true, "other": true, "new": true, "elected": true})

// hypotheticalWords make a membership named by a noun one sought or
// foreseen, not held: "Turkey's bid for EC membership", "Portugal's
// planned accession to the EC", "would follow Spain's accession".
var hypotheticalWords = wordset.Of(map[string]bool{"will": true, "would": true, "could": true, "may": true, "might": true,
	"should": true, "planned": true, "proposed": true, "possible": true, "eventual": true, "future": true, "prospective": true,
	"application": true, "applications": true, "bid": true, "apply": true, "applied": true, "applying": true, "seek": true,
	"seeks": true, "seeking": true, "sought": true, "candidate": true, "candidacy": true, "talks": true, "negotiations": true,
	"prospect": true, "prospects": true, "request": true, "opposed": true, "oppose": true, "opposes": true, "block": true,
	"veto": true, "against": true, "if": true, "whether": true, "before": true, "until": true, "expected": true})

// nominalMembership reads a membership a noun names: "Portugal's
// accession to the European Community", "Spain's membership of NATO",
// "Spain's EC membership", "Spanish EC membership" (a state before it, by
// name or demonym); none sought or foreseen in the words around it
// ("Turkey's bid for EC membership", "Portugal's planned accession").
func (d *doc) nominalMembership(s *sent, add func(who, of *mention)) {
	if !slices.ContainsFunc(s.lw, func(w string) bool { return w == "membership" || w == "accession" }) {
		return
	}
	// (sought or foreseen: a word of it in the six words before the state
	// or after the body up to a break)
	sought := func(m, o *mention) bool {
		if slices.ContainsFunc(s.lw[max(0, m.first-6):m.first], hypotheticalWords.Has) {
			return true
		}
		for k := o.last; k < len(s.Tokens) && !s.breaks(k); k++ {
			if hypotheticalWords.Has(s.w(k)) {
				return true
			}
		}
		return false
	}
	for i := range s.mentions {
		m := &s.mentions[i]
		if d.entity(m.ent).Type != graph.Country {
			continue
		}
		j := m.last
		named := s.possessive(j)
		if named {
			j++
		} else if m.m.Label != graph.LabelMISC {
			continue // a demonym only before the body's name: "Spanish EC membership"
		}
		if o := s.mentionAt(j); o != nil && o.first == j && d.entity(o.ent).Type == graph.Organization && s.w(o.last) == "membership" {
			if !sought(m, o) {
				add(m, o) // "Spain's EC membership", "Spanish EC membership"
			}
			continue
		}
		if !named || s.w(j) != "membership" && s.w(j) != "accession" {
			continue
		}
		if p := s.w(j + 1); !(p == "to" && s.w(j) == "accession" || (p == "of" || p == "in") && s.w(j) == "membership") {
			continue
		}
		if o := d.organizationAt(s, j+2); o != nil && !sought(m, o) {
			add(m, o) // "Portugal's accession to the European Community"
		}
	}
}

// memberRelations reads membership: "Ecuador, a member of OPEC",
// "OPEC member Ecuador", "Ecuador, an OPEC member".
func (r *Relater) memberRelations(d *doc, s *sent, out *relations) {
	member := func(m *mention) bool {
		t := d.entity(m.ent).Type
		return t == graph.Country || t == graph.Organization
	}
	addFrom := func(who, of *mention, from string) {
		if who.ent == of.ent || d.entity(of.ent).Type != graph.Organization {
			return
		}
		out.add(graph.Relation{Subject: d.entity(who.ent).ID, Predicate: graph.RelMemberOf, Object: d.entity(of.ent).ID,
			ValidFrom: cmp.Or(from, d.published()), Confidence: confApposition, Evidence: d.evidence(s)})
	}
	add := func(who, of *mention) { addFrom(who, of, "") }
	// "CAYACQ, an investor group led by Audio/Video Affiliates Inc and
	// Citicorp", "Halvard Group, a consortium of Brask Corp and Vesk Inc":
	// the bodies and people a group named is made of are its members
	for mi := range s.mentions {
		m := &s.mentions[mi]
		g := m.last
		if d.entity(m.ent).Type != graph.Organization || s.w(g) != "," || s.w(g+1) != "a" && s.w(g+1) != "an" {
			continue
		}
		k := g + 2
		for k < g+7 && k < len(s.Tokens) && isLowerWord(s.raw(k)) && !groupNouns.Has(s.w(k)) {
			k++
		}
		if !groupNouns.Has(s.w(k)) {
			continue
		}
		led := false
		switch {
		case s.w(k+1) == "of" || s.w(k+1) == "including":
			k += 2
		case (s.w(k+1) == "led" || s.w(k+1) == "formed" || s.w(k+1) == "headed") && s.w(k+2) == "by":
			led = s.w(k+1) != "formed"
			k += 3
		default:
			continue
		}
		anyone := func(o *mention) bool {
			t := d.entity(o.ent).Type
			return t == graph.Person || t == graph.Country || t == graph.Organization
		}
		if o := s.mentionAt(k); led && o != nil && s.possessive(o.last) {
			// "an investment group headed by Taft's vice chairman, Dudley
			// Taft": the person the title after the possessive names
			for j := o.last; j < len(s.Tokens) && j <= o.last+6 && !s.breaks(j) || s.w(j) == ","; j++ {
				if p := s.mentionAt(j); p != nil && p.first == j && d.entity(p.ent).Type == graph.Person {
					out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: graph.RelLeaderOf, Object: d.entity(m.ent).ID,
						ValidFrom: d.published(), Confidence: confApposition, Evidence: d.evidence(s)})
					break
				}
			}
			continue
		}
		for _, o := range memberList(s, k, anyone) {
			if w := s.raw(o.last); isLowerWord(w) && w != "and" {
				break // "a group led by Viacom management", "a group of Canadian Tire dealers": a name that only qualifies the members
			}
			if led && d.entity(o.ent).Type == graph.Person {
				// "Theta Corp, an investor group led by Dudley Taft": the
				// person leads it
				out.add(graph.Relation{Subject: d.entity(o.ent).ID, Predicate: graph.RelLeaderOf, Object: d.entity(m.ent).ID,
					ValidFrom: d.published(), Confidence: confApposition, Evidence: d.evidence(s)})
				continue
			}
			add(o, m)
		}
	}
	// "Its seven members are A, B and C", "X, whose four members are A and
	// B": the members of the paragraph's organisation, people or states
	for j := 1; j < len(s.Tokens)-2; j++ {
		if (s.w(j) != "members" && s.w(j) != "member") || (s.w(j+1) != "are" && s.w(j+1) != "were" && s.w(j+1) != "include" && s.w(j+1) != "included") {
			continue
		}
		n := j - 1
		for n > 0 && (isCount(s.w(n)) || s.w(n) == "founding" || s.w(n) == "current" || s.w(n) == "original" || s.w(n) == "permanent") {
			n--
		}
		org := -1
		switch {
		case s.w(n) == "its" && n == 0:
			org = d.topicOrganization(s)
		case s.w(n) == "whose" && s.w(n-1) == ",":
			if m := s.mentionAt(0); m != nil && d.entity(m.ent).Type == graph.Organization || s.w(0) == "the" && s.mentionAt(1) != nil {
				if m == nil {
					m = s.mentionAt(1)
				}
				if d.entity(m.ent).Type == graph.Organization {
					org = m.ent
				}
			}
		}
		if org < 0 {
			continue
		}
		anyone := func(m *mention) bool {
			t := d.entity(m.ent).Type
			return t == graph.Person || t == graph.Country || t == graph.Organization
		}
		for _, o := range memberList(s, j+2, anyone) {
			if o.ent != org {
				out.add(graph.Relation{Subject: d.entity(o.ent).ID, Predicate: graph.RelMemberOf, Object: d.entity(org).ID,
					ValidFrom: d.published(), Confidence: confApposition, Evidence: d.evidence(s)})
			}
		}
	}
	// "Mozambique and Rwanda, neither of which was ruled by Britain, are
	// members", "Egypt, Ethiopia, Iran and the United Arab Emirates took up
	// membership": the states listed belong to the paragraph's organisation
	for j := 1; j < len(s.Tokens)-1; j++ {
		n := j
		switch {
		case (s.w(j) == "are" || s.w(j) == "were") && s.w(j+1) == "members" && s.w(j+2) != "of":
		case (s.w(j) == "are" || s.w(j) == "were") && s.w(j+1) == "also" && s.w(j+2) == "members" && s.w(j+3) != "of":
		case (s.w(j) == "took" || s.w(j) == "take" || s.w(j) == "gained") && s.w(j+1) == "up" && s.w(j+2) == "membership":
		case s.w(j) == "gained" && s.w(j+1) == "membership" && s.w(j+2) != "of":
		default:
			continue
		}
		end := n - 1
		if s.w(end) == "," {
			// past a clause set off by commas: ", neither of which was ruled by Britain,"
			for end--; end > 0 && s.w(end) != ","; end-- {
			}
			if end <= 0 {
				continue
			}
			end--
		}
		last := s.mentionAt(end)
		org := d.topicOrganization(s)
		if last == nil || org < 0 || d.entity(last.ent).Type != graph.Country {
			continue
		}
		for _, c := range joinedList(s, last) {
			if d.entity(c.ent).Type == graph.Country && c.ent != org {
				out.add(graph.Relation{Subject: d.entity(c.ent).ID, Predicate: graph.RelMemberOf, Object: d.entity(org).ID,
					ValidFrom: d.published(), Confidence: confApposition, Evidence: d.evidence(s)})
			}
		}
	}
	// "UEFA itself has been led since 2016 by X", "The BBC … is run by
	// Director-General X": the head of the organisation the sentence opens with
	if len(s.mentions) > 0 {
		if m := s.mentions[0]; (m.first == 0 || m.first == 1 && s.w(0) == "the") && d.entity(m.ent).Type == graph.Organization {
			for j := m.last; j < len(s.Tokens)-1 && j < m.last+25; j++ {
				if s.w(j) == ";" || s.w(j) == "which" || s.w(j) == "who" {
					break
				}
				if w := s.w(j); w != "led" && w != "headed" && w != "chaired" && w != "run" && w != "presided" || !(s.w(j-1) == "been" || s.w(j-1) == "is" || s.w(j-1) == "was" || s.w(j-1) == "are") {
					continue
				}
				n := j + 1
				if s.w(j) == "presided" {
					if s.w(n) != "over" {
						continue
					}
					n++ // "PSG is presided over by X"
				}
				for n < j+5 && s.w(n) != "by" && s.w(n) != "," && s.w(n) != ";" {
					n++ // "since 2016"
				}
				if s.w(n) != "by" {
					break
				}
				n++
				for t := 0; t < 4 && s.mentionAt(n) == nil && n < len(s.Tokens) && (!isLowerWord(s.raw(n)) || describesPerson(s, n)); t++ {
					n++ // "by Director-General X", "by banker and businessman X"
				}
				if p := s.mentionAt(n); p != nil && d.entity(p.ent).Type == graph.Person {
					from, _ := termDates(s, j+1, true)
					out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: graph.RelLeaderOf, Object: d.entity(m.ent).ID,
						ValidFrom: cmp.Or(from, d.published()), Confidence: confApposition, Evidence: d.evidence(s)})
				}
				break
			}
		}
	}
	d.foundedIt(s, out)
	d.nominalMembership(s, add)
	// "Its board is chaired by X": the head of the board heads the
	// organisation the paragraph is about
	if s.w(0) == "its" && s.w(1) == "board" && (s.w(2) == "is" || s.w(2) == "was" || s.w(2) == "has") {
		n := 3 + b2i(s.w(3) == "been")
		if org := d.topicOrganization(s); org >= 0 && headedBy.At(s.w(n)) != "" && s.w(n+1) == "by" {
			if p := s.mentionAt(n + 2); p != nil && p.first == n+2 && d.entity(p.ent).Type == graph.Person {
				out.add(graph.Relation{Subject: d.entity(p.ent).ID, Predicate: graph.RelLeaderOf, Object: d.entity(org).ID,
					Role: "chair", ValidFrom: d.published(), Confidence: confApposition, Evidence: d.evidence(s)})
			}
		}
	}
	// the article's mentions, and pronouns that open a clause ("In 2019
	// she joined X"), which only join
	subjects := append(append([]mention(nil), s.mentions...), d.pronounSubjects(s)...)
	for i := range subjects {
		m := &subjects[i]
		k := m.last
		as := b2i(s.w(k) == "," && s.w(k+1) == "as") // "Spain, as a member of NATO, will attend": the apposition's role
		if member(m) && s.w(k) == "," && (s.w(k+as+1) == "a" || s.w(k+as+1) == "an" || s.w(k+as+1) == "the" || s.w(k+as+1) == "one" && s.w(k+as+2) == "of" && s.w(k+as+3) == "the") {
			j := k + as + 2
			if s.w(k+as+1) == "one" {
				j = k + as + 4 // "Taiwan, one of the founders of the ADB"
			}
			for n := 0; n < 3 && !memberNouns.Has(s.w(j)) && (isLowerWord(s.raw(j)) || s.mentionAt(j) == nil && !s.breaks(j) || s.mentionAt(j) != nil && d.entity(s.mentionAt(j).ent).Type == graph.Region); n++ {
				j++ // "the only Asian member of OPEC", "a founding member"
			}
			switch {
			case memberNouns.Has(s.w(j)) && s.w(j+1) == "of":
				j += 2
				if s.w(j) == "the" {
					j++
				}
				if strings.HasSuffix(s.w(j), "-member") || strings.HasSuffix(s.w(j), "-nation") {
					j++ // "the 47-member ADB"
				}
				if o := s.mentionAt(j); o != nil && o.first == j {
					add(m, o)
				}
			case s.mentionAt(j) != nil && s.w(s.mentionAt(j).last) == "member":
				add(m, s.mentionAt(j))
			}
		}
		// "OPEC member Ecuador", "the NATO members Estonia, Latvia and
		// Lithuania", "EU member states such as Poland and Hungary",
		// "OPEC's members include Iraq and Iran"
		if d.entity(m.ent).Type == graph.Organization {
			j := k
			if s.possessive(j) {
				j++
			}
			for n := 0; n < 3 && (isCount(s.w(j)) || listedMemberWords.Has(s.w(j))); n++ {
				j++ // "the Security Council's ten non-permanent members include"
			}
			if s.w(j) == "member" || s.w(j) == "members" {
				j++
				if w := s.w(j); w == "states" || w == "state" || w == "countries" || w == "nations" || w == "governments" {
					j++
				}
				switch {
				case s.w(j) == "such" && s.w(j+1) == "as":
					j += 2
				case s.w(j) == "including" || s.w(j) == "like" || s.w(j) == "include" || s.w(j) == "included":
					j++
				case s.possessive(k):
					j = -1 // "OPEC's member Ecuador" is rare; "OPEC's members said" names none
				}
				for _, o := range memberList(s, j, member) {
					add(o, m)
				}
			}
		}
		// "The Andean Community is a customs union comprising Bolivia,
		// Colombia, Ecuador and Peru", "the Council consists of A and B":
		// the members of the organisation the sentence opens with
		if i == 0 && d.entity(m.ent).Type == graph.Organization && (m.first == 0 || m.first == 1 && s.w(0) == "the") {
			for j := k; j < len(s.Tokens)-1 && j < k+20; j++ {
				if s.w(j) == ";" || s.w(j) == "." || s.w(j) == "which" || s.w(j) == "who" {
					break
				}
				n := 0
				switch {
				case s.w(j) == "comprising" || s.w(j) == "comprises" || s.w(j) == "comprised":
					n = 1
				case (s.w(j) == "together" || s.w(j) == "members" || s.w(j) == "members:") && (s.w(j-1) == "brought" || s.w(j-1) == "brings" || s.w(j-1) == "permanent" || isCount(s.w(j-1))):
					// "brought together A, B and C", "has five permanent members: A, B"
					n = 1 + b2i(s.w(j+1) == ":")
				case s.w(j) == "by" && foundingVerbs.Has(s.w(j-1)) || s.w(j) == "by" && yearOf(s.w(j-1)) != "" && s.w(j-2) == "in":
					// "was founded in Bangkok in 1967 by A, B and C"
					founded := false
					for n := k; n < j; n++ {
						founded = founded || foundingVerbs.Has(s.w(n))
					}
					if founded {
						n = 1
					}
				case (s.w(j) == "consists" || s.w(j) == "consisted" || s.w(j) == "composed") && s.w(j+1) == "of":
					n = 2
				case s.w(j) == "made" && s.w(j+1) == "up" && s.w(j+2) == "of":
					n = 3
				case (s.w(j) == "comprised" || s.w(j) == "is" || s.w(j) == "was") && s.w(j+1) == "of":
					n = 2
				}
				if n == 0 {
					continue
				}
				at := j + n
				if s.w(at) == "the" {
					at++
				}
				if s.w(j) == "by" {
					at = founders(d, s, at)
				}
				list := memberList(s, at, member)
				if len(list) >= 2 {
					for _, o := range list {
						add(o, m)
					}
				}
				break
			}
		}
		// "Turkey and Hungary, both long-standing members of the alliance":
		// each party coordinated before the apposition
		if member(m) && s.w(k) == "," && (s.w(k+1) == "both" || s.w(k+1) == "all") {
			j := k + 2
			for n := 0; n < 2 && s.w(j) != "members" && isLowerWord(s.raw(j)); n++ {
				j++
			}
			if s.w(j) == "members" && s.w(j+1) == "of" {
				if o := d.organizationAt(s, j+2); o != nil {
					add(m, o)
					for p := m.first - 1; s.w(p) == "and" || s.w(p) == ","; {
						q := s.mentionAt(p - 1)
						if q == nil || !member(q) {
							break
						}
						add(q, o)
						p = q.first - 1
					}
				}
			}
		}
		// "Poland and Hungary are members of the European Union", and a
		// predicate coordinated after the subject's first: "Greece joined
		// the EU in 1981 and is also a member of NATO, the OECD and the
		// Council of Europe"
		copula := func(w string) bool { return w == "is" || w == "are" || w == "was" || w == "were" }
		kc := k
		if s.w(k) == "," && (s.w(k+1) == "which" || s.w(k+1) == "who") {
			kc = k + 2 // "Vardo, which is a member of the Pact"
		}
		if i == 0 && m.first == 0 && member(m) && !copula(s.w(k)) {
			for j := k + 1; j < len(s.Tokens)-1; j++ {
				if s.breaks(j) && s.w(j) != "," || s.w(j) == "which" || s.w(j) == "that" || s.w(j) == "who" {
					break
				}
				if (s.w(j) == "and" || s.w(j) == ",") && copula(s.w(j+1)) {
					kc = j + 1
					break
				}
			}
		}
		if member(m) && copula(s.w(kc)) {
			j := kc + 1
			for officeAdverbs[s.w(j)] {
				j++
			}
			for s.w(j) == "a" || s.w(j) == "an" || s.w(j) == "full" || s.w(j) == "founding" || s.w(j) == "both" || s.w(j) == "all" ||
				s.w(j) == "one" && s.w(j+1) == "of" || s.w(j) == "of" && s.w(j-1) == "one" || s.w(j) == "the" && s.w(j-1) == "of" {
				j++
			}
			// "are the only Latin American members of OPEC", "are the two
			// largest members of": an article, "only", a count, a region's
			// word before the noun
			for n := 0; n < 4 && (s.w(j) == "the" || s.w(j) == "only" || isCount(s.w(j)) || s.w(j) == "largest" || s.w(j) == "biggest" ||
				s.mentionAt(j) != nil && d.entity(s.mentionAt(j).ent).Type == graph.Region); n++ {
				j++
			}
			if (s.w(j) == "member" || s.w(j) == "members") && s.w(j+1) == "of" {
				j += 2
				if o := d.organizationAt(s, j); o != nil {
					add(m, o)
					// and the bodies coordinated after it: "of NATO, the
					// OECD and the Council of Europe" (when named here)
					for n := o.last; s.mentionAt(o.first) == o && (s.w(n) == "," || s.w(n) == "and"); {
						n++
						if s.w(n) == "and" {
							n++
						}
						if s.w(n) == "the" {
							n++
						}
						q := s.mentionAt(n)
						if q == nil || q.first != n || d.entity(q.ent).Type != graph.Organization {
							break
						}
						add(m, q)
						n = q.last
					}
					// and the parties coordinated before it ("Mexico,
					// Canada and the United States")
					for p := m.first - 1 - b2i(s.w(m.first-1) == "the"); p > 0; {
						w := s.w(p)
						if w != "and" && w != "," {
							break
						}
						q := s.mentionAt(p - 1)
						if q == nil || !member(q) {
							break
						}
						add(q, o)
						p = q.first - 1
					}
				}
			}
		}
		// "Finland joined NATO", "Sweden formally joined the alliance of NATO",
		// "X joined the Labour Party in 1946": a past joining, not a plan
		if member(m) || d.entity(m.ent).Type == graph.Person {
			j := k
			if i == 0 && m.first == 0 && s.w(k) != "joined" {
				// a predicate coordinated after the subject's first: "Portugal
				// is a founding member of NATO and joined the EEC in 1986"
				for n := k + 1; n < len(s.Tokens)-1; n++ {
					if (s.w(n) == "and" || s.w(n) == "but") && (s.w(n+1) == "joined" || s.w(n+1) == "belongs" || s.w(n+1) == "belonged") {
						j = n + 1 // "… and joined the EEC", "… but belongs to the EEA"
						break
					}
					if s.breaks(n) && s.w(n) != "," || s.w(n) == "which" || s.w(n) == "that" || s.w(n) == "who" {
						break
					}
				}
			}
			if s.w(j) == "," && s.w(j+1) == "which" && d.entity(m.ent).Type == graph.Country {
				j += 2 // "Russia, which joined in 1996, was expelled"
			}
			for j < len(s.Tokens) && j < k+3 && (s.w(j) == "formally" || s.w(j) == "officially" || s.w(j) == "has" || s.w(j) == "have" || s.w(j) == "finally") {
				j++
			}
			became := 0 // "became a member of", "became the 31st member of"
			if s.w(j) == "became" && (s.w(j+1) == "a" || s.w(j+1) == "the") {
				n := j + 2
				for isOrdinal(s.w(n)) || s.w(n) == "full" || s.w(n) == "founding" {
					n++
				}
				if s.w(n) == "member" && s.w(n+1) == "of" {
					became = n + 1 - j
				}
			}
			if (s.w(j) == "later" || s.w(j) == "also") && (s.w(j+1) == "left" || s.w(j+1) == "quit") {
				j++
			}
			if (s.w(j) == "left" || s.w(j) == "quit") && d.entity(m.ent).Type == graph.Person {
				// "He later left UMNO", "he quit the party in 1990": one
				// leaves a party one belonged to
				o := s.mentionAt(j + 1 + b2i(s.w(j+1) == "the"))
				if o == nil && !s.possessive(j+3) {
					o = d.bodyAnaphor(s, j+2)
				}
				if o != nil && o.ent != m.ent && d.entity(o.ent).Type == graph.Organization && isMembership(d.entity(o.ent).Name) {
					out.add(graph.Relation{Subject: d.entity(m.ent).ID, Predicate: graph.RelMemberOf, Object: d.entity(o.ent).ID,
						Confidence: confApposition, Evidence: d.evidence(s)})
				}
			}
			belongs := (s.w(j) == "belongs" || s.w(j) == "belonged") && s.w(j+1) == "to"
			if s.w(j) == "joined" || became > 0 || belongs {
				j += became + b2i(belongs)
				j++
				if s.w(j) == "the" {
					j++
				}
				if o := s.mentionAt(j); o == nil && s.w(j-1) == "joined" && d.entity(m.ent).Type == graph.Country {
					// "Brunei joined in 1984, Vietnam in 1995, Laos and
					// Myanmar in 1997": the organisation the paragraph is about
					if org := d.topicOrganization(s); org >= 0 {
						for _, c := range joinedList(s, m) {
							out.add(graph.Relation{Subject: d.entity(c.ent).ID, Predicate: graph.RelMemberOf, Object: d.entity(org).ID,
								ValidFrom: d.published(), Confidence: confApposition, Evidence: d.evidence(s)})
						}
					}
				} else if o != nil && o.first == j && !jointAction(s, o.last) {
					from, _ := termDates(s, o.last, true)
					if y := yearOf(s.w(1)); from == "" && s.w(0) == "in" && y != "" {
						from = y // "In 2019 she joined X"
					}
					switch {
					case d.entity(m.ent).Type == graph.Person && d.entity(o.ent).Type == graph.Organization && m.ent != o.ent:
						// a person joins a party as a member, a firm as staff
						pred := graph.RelAffiliatedWith
						if isMembership(d.entity(o.ent).Name) {
							pred = graph.RelMemberOf
						}
						out.add(graph.Relation{Subject: d.entity(m.ent).ID, Predicate: pred, Object: d.entity(o.ent).ID,
							ValidFrom: cmp.Or(from, d.published()), Confidence: confApposition, Evidence: d.evidence(s)})
					case d.entity(m.ent).Type != graph.Person:
						// a member since the date the sentence gives ("joined
						// the EC in 1986"), with the states coordinated before
						// it ("Spain and Portugal joined the EC")
						addFrom(m, o, from)
						for p := m.first - 1; p > 0 && (s.w(p) == "and" || s.w(p) == ","); {
							q := s.mentionAt(p - 1)
							if q == nil || !member(q) {
								break
							}
							addFrom(q, o, from)
							p = q.first - 1
						}
					}
				}
			}
		}
	}
}

// founders is where the founding states of an organisation are listed
// after "founded … by" at token at: past "ten states including" or "six
// countries:", and past a treaty "signed by" them ("established by the
// Treaty of X, signed by A, B and C").
func founders(d *doc, s *sent, at int) int {
	if isCount(s.w(at)) {
		n := at + 1
		for n < at+3 && isLowerWord(s.raw(n)) && s.w(n) != "states" && s.w(n) != "countries" && s.w(n) != "nations" {
			n++ // "ten member states", "six founding countries"
		}
		if w := s.w(n); w == "states" || w == "countries" || w == "nations" {
			n++
			switch {
			case s.w(n) == "including" || s.w(n) == ":":
				return n + 1 + b2i(s.w(n+1) == "the")
			case s.w(n) == "such" && s.w(n+1) == "as":
				return n + 2 + b2i(s.w(n+2) == "the")
			}
		}
		return at
	}
	if m := s.mentionAt(at); m != nil && m.first == at && d.entity(m.ent).Type == graph.Organization &&
		strings.Contains(strings.ToLower(d.entity(m.ent).Name), "treaty") && s.w(m.last) == "," && s.w(m.last+1) == "signed" && s.w(m.last+2) == "by" {
		n := m.last + 3
		return n + b2i(s.w(n) == "the")
	}
	return at
}

// foundedIt reads the states that set up the organisation a paragraph is
// about, named before "founded it", "set it up": "Denmark, Iceland,
// Norway and Sweden set it up, and Finland joined in 1955".
func (d *doc) foundedIt(s *sent, out *relations) {
	for j := 1; j < len(s.Tokens)-1; j++ {
		if !foundingVerbs.Has(s.w(j)) || s.w(j+1) != "it" || s.w(j) == "set" && s.w(j+2) != "up" {
			continue
		}
		org := d.topicOrganization(s)
		last := s.mentionAt(j - 1)
		if org < 0 || last == nil || d.entity(last.ent).Type != graph.Country {
			continue
		}
		list := []*mention{last}
		for p := last.first - 1; s.w(p) == "and" || s.w(p) == ","; {
			q := s.mentionAt(p - 1)
			if q == nil || d.entity(q.ent).Type != graph.Country {
				break
			}
			list = append(list, q)
			p = q.first - 1
		}
		if len(list) < 2 {
			continue // one state "set it up" may be its own agency's founder
		}
		for _, c := range list {
			out.add(graph.Relation{Subject: d.entity(c.ent).ID, Predicate: graph.RelMemberOf, Object: d.entity(org).ID,
				ValidFrom: d.published(), Confidence: confApposition, Evidence: d.evidence(s)})
		}
	}
}

// jointAction reports "in" and a gerund at k, after "joined X": "groups
// joined ATT in asking that…" is an act done together, no membership.
func jointAction(s *sent, k int) bool {
	return s.w(k) == "in" && strings.HasSuffix(s.w(k+1), "ing")
}

// foundingVerbs create an organisation, whose founders are its first
// members when they are states.
var foundingVerbs = wordset.Of(map[string]bool{"founded": true, "created": true, "established": true, "formed": true, "set": true})

// isCount reports a number word or numeral: "five members", "15 members".
func isCount(w string) bool {
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty":
		return true
	}
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// orgAnaphors name an organisation already named: "members of the
// alliance", "joined the bloc".
var orgAnaphors = wordset.Of(map[string]bool{"alliance": true, "bloc": true, "union": true, "organisation": true,
	"organization": true, "group": true, "grouping": true, "community": true, "association": true, "pact": true})

// organizationAt is the organisation named at token j ("[the] NATO"), or
// the one "the alliance" there stands for: the last organisation named
// before it in this sentence or the two before, or nil.
func (d *doc) organizationAt(s *sent, j int) *mention {
	if s.w(j) == "the" {
		j++
	}
	if o := s.mentionAt(j); o != nil && o.first == j {
		return o
	}
	if s.w(j-1) != "the" || !orgAnaphors.Has(s.w(j)) {
		return nil
	}
	return d.lastOfType(s, j, graph.Organization)
}

// joinedList reads the countries that joined without the organisation
// named, after the first: "Brunei joined in 1984, Vietnam in 1995, Laos
// and Myanmar in 1997, and Cambodia in 1999" (the first included).
func joinedList(s *sent, first *mention) []*mention {
	out := []*mention{first}
	// and those coordinated before it: "Gabon and Togo joined in 2022"
	j0 := first.first - 1
	if s.w(j0) == "the" {
		j0-- // "Iran and the United Arab Emirates"
	}
	for j := j0; s.w(j) == "and" || s.w(j) == ","; {
		m := s.mentionAt(j - 1)
		if m == nil {
			break
		}
		out = append(out, m)
		j = m.first - 1
	}
	j := first.last + 1 // past "joined"
	for j < len(s.Tokens) {
		// "in 1984" or "as a full member in 2012": to the next comma or "and"
		for j < len(s.Tokens) && s.w(j) != "," && s.w(j) != "and" && !s.breaks(j) {
			j++
		}
		for s.w(j) == "," || s.w(j) == "and" {
			j++
		}
		var got []*mention
		for m := s.mentionAt(j); m != nil && m.first == j; m = s.mentionAt(j) {
			got = append(got, m)
			j = m.last
			if s.w(j) == "and" || s.w(j) == "," {
				j++
			}
		}
		// a member counts only with its year: "Vietnam in 1995"
		if len(got) == 0 || s.w(j) != "in" || yearOf(s.w(j+1)) == "" {
			break
		}
		out = append(out, got...)
		j += 2
	}
	return out
}

// topicOrganization is the organisation an encyclopaedic paragraph is
// about: the one the first sentence that names anything opens with (up to
// s), or -1.
func (d *doc) topicOrganization(s *sent) int {
	for _, f := range d.sents {
		if f.idx > s.idx {
			break
		}
		if len(f.mentions) == 0 {
			continue
		}
		if m := f.mentions[0]; (m.first == 0 || m.first == 1 && f.w(0) == "the") && d.entity(m.ent).Type == graph.Organization {
			return m.ent
		}
		break
	}
	return -1
}

// memberList reads the coordinated members starting at token j:
// "Estonia, Latvia and Lithuania".
func memberList(s *sent, j int, member func(*mention) bool) []*mention {
	var out []*mention
	for j >= 0 {
		o := s.mentionAt(j)
		if o == nil || o.first != j || !member(o) {
			break
		}
		out = append(out, o)
		j = o.last
		if s.w(j) == "," {
			j++
		}
		if s.w(j) == "and" {
			j++
		}
		if j == o.last {
			break
		}
		if s.w(j) == "the" {
			j++ // "Oman, Qatar and the United Arab Emirates"
		}
	}
	return out
}

// groupNouns name a body made of the parties named after it: "an investor
// group led by", "a consortium of".
var groupNouns = wordset.Of(map[string]bool{"group": true, "consortium": true, "partnership": true, "syndicate": true,
	"venture": true, "alliance": true, "coalition": true})

// membershipWords name bodies that have members rather than staff.
var membershipWords = []string{"party", "union", "league", "alliance", "council", "association", "federation",
	"organization", "organisation", "committee", "club", "congress", "front", "movement", "assembly", "parliament",
	"senate", "house", "caucus", "society", "academy", "pact", "bloc", "community", "opec", "nato"}

// isMembership tells whether an organisation's name says it has members
// (a party, a league, an alliance) rather than employees (a firm).
func isMembership(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if slices.Contains(membershipWords, strings.Trim(w, ".,'’")) {
			return true
		}
	}
	return false
}

// describesPerson reports a lower-case word at k that may stand in a
// description before a person's name ("banker and businessman David
// SyCip", "the economist X"): no verb, auxiliary or preposition.
func describesPerson(s *sent, k int) bool {
	w := s.w(k)
	if auxiliaries.Has(w) || beForms.Has(w) || isPreposition(w) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || s.breaks(k) && w != "and" {
		return false
	}
	return true
}
