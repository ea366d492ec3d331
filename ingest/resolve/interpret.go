package resolve

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"actorgraph/graph"
	"actorgraph/ingest/gazetteer"
	"actorgraph/ingest/segment"
	"actorgraph/ingest/wordset"
)

// Word lists that carry type evidence. They are general English and
// newsroom vocabulary, not names from any one article.
var (
	// orgHeads end the names of organisations: "American Enterprise
	// Institute", "The Washington Times", "Asahi Shimbun".
	orgHeads = set("Institute", "Institution", "Council", "Agency", "Times", "Post", "News", "Journal", "Herald",
		"Tribune", "Gazette", "Daily", "Press", "Ministry", "Department", "Party", "University", "College", "Bank",
		"Fund", "Committee", "Commission", "Association", "Foundation", "Group", "Corporation", "Corp", "Company",
		"Inc", "LLC", "Ltd", "Center", "Centre", "Forum", "Network", "Organization", "Organisation", "Union", "League",
		"Alliance", "Front", "Army", "Navy", "Force", "Forces", "Court", "Parliament", "Assembly", "Congress", "Senate",
		"Office", "Service", "Authority", "Board", "Bureau", "Society", "Federation", "Coalition", "Movement",
		"Channel", "Broadcasting", "Television", "Radio", "Shimbun", "Ilbo", "Nippo", "Sinmun", "Herald", "Review",
		"Magazine", "Endowment", "Conference", "Secretariat", "Exchange",
		"School", "Academy", "Observatory", "Command", "Guards")
	// orgNouns stand before an organisation's name: "the newspaper Sekai
	// Nippo", "the think tank X", "according to the agency Y".
	orgNouns = set("newspaper", "agency", "broadcaster", "daily", "weekly", "magazine", "outlet", "company", "firm",
		"group", "tank", "organization", "organisation", "network", "channel", "publication", "website", "party",
		"institute", "bank", "ministry", "paper", "tabloid", "wire", "station", "conglomerate", "carrier", "airline")
	// kindBodyNouns end the lower-case words that say what kind of body a
	// name before them is ("the National Meat board"; not "the Mae Moh
	// power station", a site).
	kindBodyNouns = set("board", "commission", "council", "authority", "federation", "association", "corporation", "exchange",
		"institute", "agency", "company", "firm", "group", "bank", "ministry", "party", "newspaper", "organization", "organisation")
	kindStops = set("said", "says", "say", "and", "or", "of", "the", "a", "an", "in", "for", "to", "is", "was", "are", "were", "has", "had",
		"have", "will", "would", "with", "on", "at", "by", "as", "that", "which", "who", "its", "their", "his", "her", "told", "from")
	// appositionOrgNouns head an apposition that describes an organisation
	// ("X, an Iraqi militia"), though they are too vague to stand before a name.
	appositionOrgNouns = set("militia", "movement", "faction", "rebels", "coalition", "alliance", "bloc", "lender",
		"regulator", "union", "charity", "body", "watchdog", "insurgency", "federation",
		// "Dina Camiones, a subsidiary of Diesel Nacional": a part of a firm
		"subsidiary", "affiliate", "division", "offshoot")
	// copulaOrgNouns head what a copula says an organisation is ("X is a
	// Swiss multinational manufacturer"); a person or place is never one.
	copulaOrgNouns = set("manufacturer", "maker", "producer", "retailer", "corporation", "multinational",
		"automaker", "carmaker", "conglomerate", "insurer", "brewer", "publisher", "developer", "supplier",
		"subsidiary", "startup", "band", "club", "university", "college", "charity", "foundation", "nonprofit",
		"non-profit", "association", "consortium", "operator", "distributor", "label", "broadcaster", "chain")
	// corporateRoles are offices and parts only a company or body has:
	// "chief executive of X", "a subsidiary of X".
	corporateRoles = set("chief executive", "chief executive officer", "ceo", "chief operating officer", "coo",
		"chief financial officer", "cfo", "chairman", "chairwoman", "vice chairman", "board", "co-founder", "cofounder",
		"subsidiary", "unit", "division", "shareholders", "shareholder", "shares", "managing director",
		"a subsidiary", "a unit", "a division", "a shareholder", "employees", "an employee")
	// workerNouns are the trades whose worker is named with the firm he
	// works "with" or "at".
	workerNouns = set("analyst", "analysts", "economist", "economists", "strategist", "trader", "traders", "dealer",
		"dealers", "broker", "brokers", "banker", "bankers", "partner", "executive", "executives", "consultant")
	// corporate are legal-form suffixes that name nothing on their own.
	corporate = set("LLC", "Inc", "Ltd", "Corp", "Co", "Cos", "PLC", "Plc", "GmbH", "AG", "SA", "NV", "LP", "LLP", "Bhd",
		"AB", "SpA", "N.V", "S.A", "BV", "B.V", "KK", "Oy", "Oyj", "ASA", "Pty", "Limited", "Incorporated", "SE", "Cie",
		"L.P", "A.G", "P.C")
	// corporateFolded are the same in lower case, for wire copy's typing
	// slips ("Cook United INc", "Zico Holdings LTD").
	corporateFolded = func() map[string]bool {
		m := map[string]bool{}
		for w := range corporate.All() {
			m[strings.ToLower(w)] = true
		}
		return m
	}()
	// notActors head the names of things that do nothing themselves: laws,
	// treaties, plans and programmes, reports, indices, securities and
	// weapons ("the Louvre Accord", "the Farm Bill", "Canada Savings Bonds").
	notActors = set("Act", "Accord", "Accords", "Agreement", "Treaty", "Bill", "Law", "Plan", "Program", "Programme",
		"Project", "Initiative", "Report", "Round", "Index", "Bond", "Bonds", "Notes", "Debentures", "Award", "Prize",
		"Cup", "Missile", "Missiles", "Doctrine", "Protocol", "Amendment", "Budget", "Survey",
		// "the Multi-Fibre Arrangement", "the Dow Jones Industrial Average"
		"Arrangement", "Average",
		// units of account and papers: "Special Drawing Rights"
		"Rights", "Certificates",
		// crude oil grades: "West Texas Intermediate", "Dubai Sour"
		"Intermediate", "Sour", "Sweet", "Crude", "Blend")
	// sectorNouns after a country's name make a phrase of the economy, no
	// body: "U.S. Banks", "U.K. Trade", "U.S. Economy" (in headline case).
	sectorNouns = set("Banks", "Trade", "Economy", "Securities", "Markets", "Market", "Industry", "Industries",
		"Exports", "Imports", "Farmers", "Officials", "Companies", "Firms", "Shares", "Stocks", "Growth", "Output",
		"Sales", "Prices", "Rates", "Deficit", "Surplus", "Dollar", "Stocks", "Brokers", "Investors", "Producers")
	// furniture is the vocabulary of web-page chrome: "Click to Read More
	// and View Comments", "Comment Policy", "Hide".
	furniture = set("Click", "Read", "More", "View", "Comments", "Comment", "Policy", "Hide", "Show", "Share",
		"Subscribe", "Print", "Email", "Reprint", "Permission", "Permissions", "Sign", "Login", "Log", "Newsletter",
		"Advertisement", "Menu", "Search", "Home", "Privacy", "Terms", "Cookie", "Cookies", "Contact", "About",
		"Copyright", "Reply", "Follow", "Like", "Tweet", "Next", "Previous", "Related", "Stories", "Close", "Open",
		"Here", "Please", "Continue", "Reading", "Sponsored", "Content", "Top", "Back", "Skip", "Accept", "Settings",
		"Up", "In", "Out", "Register", "Account", "Feedback", "Help", "Edition", "Use", "Conditions", "Notice", "And", "To")
	// placePreps before a capital make it a place; govCues make it a government.
	placePreps = set("in", "at", "to", "from", "into", "near", "outside", "via", "visited", "visit", "visiting",
		"visits", "toward", "towards", "through", "across", "around", "inside", "reached", "leaving", "left",
		"arrived", "returned", "flew", "travelled", "traveled", "of", "within", "beyond", "downtown")
	govCues = set("on", "against", "with", "between", "by", "for", "pressed", "urged", "told", "warned", "accused",
		"criticized", "criticised", "sanctioned", "persuade", "convince", "blamed", "asked", "joined", "than",
		"accusing", "urging", "pressing", "warning", "criticizing", "criticising", "blaming", "asking", "telling")
	govVerbs = set("has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "can", "should", "may",
		"might", "must", "says", "said", "told", "tells", "claims", "claimed", "wants", "wanted", "insists", "insisted", "sees", "saw",
		"believes", "hopes", "did", "does", "plans", "needs", "holds", "seeks", "sought", "sent", "sends", "made",
		"makes", "took", "takes", "gave", "gives", "stood", "stands", "remains", "refuses", "rejects", "denies",
		"agrees", "warns", "urges", "calls", "called", "responded", "retaliated", "officials", "authorities", "leaders",
		"diplomats", "government", "regime", "administration", "supports", "opposes", "fears", "accuses", "vows", "vowed",
		"radio", "television", "communique", "communiques", "spokesman", "envoy", "delegation", "negotiators")
	adverbs = set("also", "still", "already", "now", "reportedly", "repeatedly", "quickly", "then", "itself", "too",
		"later", "recently", "never", "always", "again", "has", "have", "had", "would", "will", "could")
	descriptionStops = set("leader", "leaders")
)

func set(ws ...string) wordset.Set { return wordset.Words(ws...) }

// wordMap is a set of words to add to or take from.
func wordMap(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// word is a word of a span with its offsets.
type word struct {
	s          string
	start, end int
}

// wordsOf splits body[start:end] at spaces, into a slice made once at the
// size it needs.
func wordsOf(body string, start, end int) []word {
	n := 0
	for i := start; i < end; i++ {
		if !isWordSpace(body[i]) && (i == start || isWordSpace(body[i-1])) {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	ws := make([]word, 0, n)
	i := start
	for i < end {
		for i < end && (body[i] == ' ' || body[i] == '\n' || body[i] == '\t' || body[i] == '\r') {
			i++
		}
		j := i
		for j < end && body[j] != ' ' && body[j] != '\n' && body[j] != '\t' && body[j] != '\r' {
			j++
		}
		if j > i {
			ws = append(ws, word{body[i:j], i, j})
		}
		i = j
	}
	return ws
}

// isWordSpace is a space wordsOf splits at.
func isWordSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func joinWords(ws []word) string {
	var buf [8]string // most names' words, on the stack
	parts := buf[:0]
	if len(ws) > len(buf) {
		parts = make([]string, 0, len(ws))
	}
	parts = parts[:len(ws)]
	for i, w := range ws {
		parts[i] = w.s
	}
	return strings.Join(parts, " ")
}

// interpret reads one tagged span: it strips titles, then links the rest
// as a demonym, a gazetteer name or a compound, or types it by evidence.
// It may yield several mentions ("Russian President Vladimir Putin" is a
// demonym and a person) or none (site furniture).
func (r *Resolver) interpret(d *doc, s segment.Span) []*cand {
	start, end := trim(d.body, s.Start, s.End)
	if start >= end {
		return nil
	}
	start = articleCut(d.body, start, end, s.Label)
	start = initialsJoined(d.body, start)
	end = d.sentenceDotCut(start, end)
	for _, suf := range []string{"'s", "’s"} {
		// "Moody's", "McDonald's": the "'s" is the name's when the
		// gazetteer knows the name with it
		if strings.HasPrefix(d.body[end:], suf) && r.forms.Has(plainKey(d.body[start:end+len(suf)])) {
			end += len(suf)
		}
	}
	if start >= 4 && strings.EqualFold(d.body[start-4:start], "mid-") {
		// "Mid-Atlantic", "mid-West": a region of its own, not what follows
		r.log.Debug("resolve: dropped mention", "text", d.body[start:end], "label", s.Label, "reason", "after \"Mid-\"")
		return nil
	}
	if s.Label == graph.LabelORG {
		end = r.cutTrailingTitle(d, start, end)
	}
	c := &cand{start: start, end: end, origStart: start, ner: s.Label, sentInit: d.sentenceInitial(start)}
	var extra []*cand
	// "General Assembly" is a name, not "General" before a person; so is a
	// company's name with its legal form ("General Felt Industries Inc",
	// "<Mr. Jax Fashions Inc>"), and it is an organisation
	company := endsCorporate(d.body[start:end])
	if !company && !r.namesNonPerson(plainKey(d.body[start:end])) {
		extra = r.stripTitles(d, c)
	}
	if c.start >= c.end {
		return extra
	}
	if lead := r.wireFirmNoun(d, c); lead != nil {
		extra = append(extra, lead) // c is now the firm alone
	}
	c.name = plain(d.body[c.start:c.end])
	if !strings.Contains(c.name, " ") && wireVerbs.Has(c.name) && afterAbbreviation(d.body, c.start) {
		// "The U.S. Said it remains hopeful", "lead manager Algemene Bank
		// Nederland N.V. Said": the wire's capital after an abbreviation's
		// dot, a verb, no name
		r.log.Debug("resolve: dropped mention", "text", c.name, "label", s.Label, "reason", "a verb the wire capitalised after an abbreviation")
		return extra
	}
	if !strings.Contains(c.name, " ") && signatureLine(d.body, c.start, c.end) {
		r.log.Debug("resolve: dropped mention", "text", c.name, "label", s.Label, "reason", "the wire's signature on the article's last line")
		return extra
	}
	if currencyAfter(d.body, c.end) || nonActorAfter(d.body, c.end) && len(r.g.Lookup(c.name)) == 0 && !r.countryOrDemonym(c.name) && !r.pairOfKnown(d, c) {
		r.log.Debug("resolve: dropped mention", "text", c.name, "label", s.Label, "reason", "names a currency, an agreement, a rate or a plan")
		d.keepName(c.start, c.end, s.Label)
		return extra
	}
	if !c.titled {
		r.titleBefore(d, c)
	}
	if e, ok := r.g.Demonym(c.name); ok && (!c.titled || c.role == "" && officeModifierBefore(d.body, c.origStart, c.start)) {
		// "Turkish" of "Acting Turkish Prime Minister Kaya Erdem", "French"
		// of "Former French President X": the state, after a word that
		// qualifies the office
		c.titled = false
		return append(extra, r.countryMention(c, e, graph.LabelMISC, "demonym of "+e.Name))
	}
	if e, ok := r.partDemonym(d, c); ok {
		return append(extra, r.countryMention(c, e, graph.LabelMISC, "demonym of a part of "+e.Name))
	}
	if e, ok := r.governmentOf(c.name); ok {
		return append(extra, r.countryMention(c, e, graph.LabelLOC, "the government of "+e.Name))
	}
	if n := r.leaderOfGovernment(d, c.name); n > 0 {
		// "the Reagan Administration", "the Nakasone Cabinet": the leader's
		// name modifies the word of his government (GUIDE.md: a person
		// mention, as CoNLL tags it); the word is left out of the span
		c.end = c.start + n
		c.name = plain(d.body[c.start:c.end])
	}
	if person := r.personOfCompany(d, c); person != nil {
		extra = append(extra, person) // c is now the company alone
	}
	if place := r.placeOfCompany(d, c); place != nil {
		extra = append(extra, place) // c is now the company alone
	}
	if c.ner == graph.LabelPER && !c.titled && !strings.Contains(c.name, " ") {
		// "Nicaraguan Contra rebels", "Moslem Amal militiamen": a name
		// before a word of armed people is their group's, no person's
		if next := d.nextWords(c.end, 1); len(next) == 1 && armedPeople.Has(strings.ToLower(next[0].Text)) {
			c.ner = graph.LabelORG
		}
	}
	es := r.g.Lookup(c.name)
	if form := partyAdjective(c.name); len(es) == 0 && form != "" && legislatorAfter(d.body, c.end) {
		es = r.g.Lookup(form) // "Democratic Sen. Edward Zorinsky": the party's word before a legislator's title
	}
	if the := c.start - len("the "); len(es) == 0 && the >= 0 && strings.EqualFold(d.body[the:c.start], "the ") {
		es = r.g.Lookup("The " + c.name) // "The Hague", when the tagger left "The" out
	}
	if len(es) == 0 {
		es = r.stateBodyLookup(c.name)
	}
	e, why := r.pick(d, c, es)
	if e == nil && len(es) == 0 {
		e, why = r.worldPlace(d, c)
		c.world = e != nil
	}
	if e == nil && len(es) == 0 {
		e, why = r.countryByTail(d, c)
	}
	if e != nil {
		c.entry, c.typ, c.reason, c.label = e, e.Type, why, labelOf(e.Type)
		// keep the "The" of a name that has one: "The Washington Times"
		if the := c.start - len("The "); strings.HasPrefix(e.Name, "The ") && the >= s.Start && d.body[the:c.start] == "The " {
			c.start = the
		}
		return append(extra, c)
	}
	if d.inHeadline(c.start) {
		// In a title-case headline every word is capitalised and the tagger
		// strings them into names ("Japan Faces Senate Test"): only the
		// known names inside count.
		return append(extra, r.knownInside(d, c)...)
	}
	if parts := r.compound(d, c); parts != nil {
		return append(extra, parts...)
	}
	// a MISC name is an event or a title: "Hong Kong Open" is no newspaper
	// with an "Open" link to cut off
	if shrunk := r.shrink(d, c); shrunk != nil && c.ner != graph.LabelMISC {
		return append(extra, shrunk...)
	}
	if company {
		c.ner = graph.LabelORG
	}
	if lead, ok := r.portfolioInTitle(d, c); ok {
		r.log.Debug("resolve: dropped mention", "text", c.name, "label", s.Label, "reason", "a portfolio in an office's title")
		return append(extra, lead...)
	}
	if parts, ok := r.wireCapitals(d, c); ok {
		r.log.Debug("resolve: dropped mention", "text", c.name, "label", s.Label, "reason", "a capital of the wire's after a country's name, or its 'And'")
		return append(extra, parts...)
	}
	if r.evidence(d, c) {
		if c.typ == graph.Organization {
			// a demonym at the front of an organisation's name ("American
			// Express", "Swiss Bank Corp", "Dutch Economics Ministry") is
			// part of that one mention, no mention of the country
			r.qualifyGeneric(d, c)
		}
		return append(extra, c)
	}
	if r.debugging() {
		r.log.Debug("resolve: dropped mention", "text", c.name, "label", s.Label, "reason", c.reason)
	}
	if c.otherName || s.Label == graph.LabelMISC && hasLetterUpper(c.name) {
		d.keepName(c.start, c.end, s.Label) // a name all the same: "C$", "Hong Kong Open"
	}
	return extra
}

// wireCapitals reads the capitals 1987 wire copy gives words after a
// country's abbreviation, whose full stop it took for a sentence's end, and
// to "and": in "U.S. Bank trader", "U.K. Money
// markets", "U.S. Semiconductor firms" the word the article also writes in
// lower case, before more lower-case words, is the country's noun, no body
// ("U.S. Navy contract" is the Navy: the article writes no "navy"); "U.S.
// And Canada", "the U.S. And North Africa" are two places. The countries
// and places named are returned, and ok is false where none of this holds.
func (r *Resolver) wireCapitals(d *doc, c *cand) ([]*cand, bool) {
	ws := d.words(c.start, c.end)
	part := func(from, to word) *cand {
		p := &cand{start: from.start, end: to.end, ner: graph.LabelLOC, sentInit: c.sentInit && from.start == c.start}
		p.name = plain(d.body[p.start:p.end])
		e, ok := r.stateNamed(p.name)
		if es := r.g.Lookup(p.name); !ok && len(es) == 1 && (es[0].Type == graph.Region || es[0].Type == graph.Place) {
			e, ok = es[0], true
		}
		if !ok {
			return nil
		}
		return r.countryMention(p, e, graph.LabelLOC, "a place by the wire's capitals")
	}
	switch {
	case len(ws) == 2 && strings.HasSuffix(ws[0].s, ".") && r.countryWord(ws[0].s) && wireVerbs.Has(ws[1].s):
		// "The U.S. Has said it will not allow": a verb the wire capitalised
		if p := part(ws[0], ws[0]); p != nil {
			return []*cand{p}, true
		}
	case len(ws) == 2 && strings.HasSuffix(ws[0].s, ".") && r.countryWord(ws[0].s) && d.lower.Has(strings.ToLower(ws[1].s)) && !d.lower.Has(ws[1].s):
		next := d.nextWords(c.end, 1)
		if len(next) == 0 || !startsWord(next[0].Text) || !isLower(next[0].Text) {
			return nil, false
		}
		if p := part(ws[0], ws[0]); p != nil {
			return []*cand{p}, true
		}
	}
	for i := 1; i+1 < len(ws); i++ {
		if ws[i].s != "And" {
			continue
		}
		a, b := part(ws[0], ws[i-1]), part(ws[i+1], ws[len(ws)-1])
		if a != nil && b != nil {
			return []*cand{a, b}, true
		}
	}
	return nil, false
}

// wireFirmNoun cuts a country's abbreviation and the noun of a firm the
// wire capitalised after its full stop off the firm named after them:
// "U.S. Company Du Pont", "U.S. Group General Electric", "U.S. Carmaker
// General Motors", "U.S. Subsidiary of Mazda Motor Corp" are the firm,
// and a mention of the country (returned; nil when the span is not so).
// Firms whose own names open with the abbreviation ("U.S. Shoe Corp",
// "U.S. Trust Co") have no such noun second.
func (r *Resolver) wireFirmNoun(d *doc, c *cand) *cand {
	if sp := strings.IndexByte(d.body[c.start:c.end], ' '); sp < 2 || d.body[c.start+sp-1] != '.' {
		return nil // (read first: most names open with no abbreviation)
	}
	ws := d.words(c.start, c.end)
	if len(ws) < 3 || !strings.HasSuffix(ws[0].s, ".") || !r.countryWord(ws[0].s) || !wireFirmNouns.Has(ws[1].s) {
		return nil
	}
	rest := 2
	if ws[rest].s == "of" && len(ws) > rest+1 {
		rest++ // "U.S. Subsidiary of Mazda Motor Corp"
	}
	if !segment.IsCapitalised(ws[rest].s) {
		return nil
	}
	p := &cand{start: ws[0].start, end: ws[0].end, ner: graph.LabelLOC, sentInit: c.sentInit}
	p.name = plain(d.body[p.start:p.end])
	e, ok := r.stateNamed(p.name)
	if !ok {
		return nil
	}
	c.start, c.sentInit = ws[rest].start, false
	c.ner = graph.LabelORG
	return r.countryMention(p, e, graph.LabelLOC, "a country before the wire's capitalised noun of a firm")
}

// wireFirmNouns are nouns of a firm the wire capitalises after a
// country's abbreviation, before the firm's name.
var wireFirmNouns = set("Company", "Firm", "Group", "Concern", "Carmaker", "Automaker", "Airline", "Carrier", "Maker",
	"Subsidiary", "Unit", "Based", "Conglomerate", "Retailer", "Insurer", "Brokerage", "Manufacturer", "Producer", "Chipmaker")

// afterAbbreviation reports text right before start that ends with an
// abbreviation's dot ("U.S.", "N.V."), or with one and a comma ("the
// U.K., Said").
func afterAbbreviation(body string, start int) bool {
	before := strings.TrimRight(body[:start], " ")
	before = strings.TrimRight(strings.TrimSuffix(before, ","), " ")
	w := before[strings.LastIndexAny(before, " \n\t(")+1:]
	return strings.HasSuffix(w, ".") && strings.Count(w, ".") >= 2
}

// wireVerbs are auxiliaries and speech verbs the 1987 wire capitalises
// after a country's abbreviation, whose full stop it took for a sentence's
// end: "The U.S. Has said", "the U.S. Should work".
var wireVerbs = set("Has", "Have", "Had", "Is", "Was", "Are", "Were", "Will", "Would", "Should", "Could", "Can",
	"May", "Might", "Must", "Said", "Says", "Wants", "Does", "Did")

// portfolioWords name what a minister or secretary is in charge of; the
// heads of institutions ("Ministry", "Court", "Bank") are not among them.
var portfolioWords = wordset.Of(func() map[string]bool {
	m := wordMap("Transportation", "Employment", "Immigration", "Veterans", "Consumer", "Family", "Women",
		"Relations", "Cooperation", "Construction", "Reconstruction", "Infrastructure", "Posts", "Postal",
		"Privatisation", "Privatization", "Reform", "Territories", "Overseas", "Religious", "Regional", "Local",
		"Homeland", "Industries", "International", "Domestic", "Ports", "Railways", "Power", "Fuel", "Steel")
	for w := range genericWords.All() {
		m[w] = true
	}
	for w := range portfolios.All() {
		m[w] = true
	}
	for _, head := range []string{"Ministry", "Office", "Army", "Navy", "Air", "Force", "Forces", "Parliament",
		"Senate", "Supreme", "Court", "Constitutional", "Central", "Bank", "National", "Assembly", "Police",
		"Cabinet", "Government", "Armed", "Council", "Agency", "Service", "Commission", "Presidency", "Military",
		"Coast", "Guard", "Border", "Guards", "General", "Staff", "Prosecutor", "Prosecutor's", "Electoral"} {
		delete(m, head)
	}
	return m
}())

// officeAfterPortfolio are the titles a portfolio stands before:
// "Trade and Industry Minister", "Defence Secretary", "Trade Representative".
var officeAfterPortfolio = set("Minister", "minister", "Ministers", "ministers", "Secretary", "secretary",
	"Representative", "Undersecretary", "undersecretary", "Under-Secretary", "Commissioner", "commissioner")

// portfolioInTitle reports a span the tagger took for a body that is the
// portfolio inside an office's title: "Trade and Industry" in "Trade and
// Industry Minister Hajime Tamura", "Defence" in "Defence Secretary",
// "Agriculture, Fisheries and Food" in "minister of Agriculture, Fisheries
// and Food", "State for Trade" in "Secretary of State for Trade". Such an
// office's title names no body apart from it. A country or demonym opening
// the span ("U.S. Trade Representative", "British Defence Secretary") is
// returned as a mention of the country, a known body as one of the body
// ("EC External Trade Commissioner").
func (r *Resolver) portfolioInTitle(d *doc, c *cand) ([]*cand, bool) {
	ws := d.words(c.start, c.end)
	var lead []*cand
	if len(ws) > 1 {
		for k := min(2, len(ws)-1); k >= 1; k-- {
			name := joinWords(ws[:k])
			e, ok := r.stateNamed(name)
			label := graph.LabelMISC
			if es := r.g.Lookup(name); !ok && len(es) == 1 && es[0].Type == graph.Organization {
				e, ok, label = es[0], true, graph.LabelORG // "EC External Trade Commissioner"
			}
			if ok {
				dc := &cand{start: ws[0].start, end: ws[k-1].end, ner: label, name: name}
				lead = []*cand{r.countryMention(dc, e, label, "country or body before a portfolio in an office's title")}
				ws = ws[k:]
				break
			}
		}
	}
	if len(ws) == 0 || !segment.IsCapitalised(ws[0].s) || !allIn(ws, portfolioWords) {
		return nil, false
	}
	after := strings.Fields(d.body[c.end:min(len(d.body), c.end+50)])
	if len(after) > 0 && officeAfterPortfolio.Has(after[0]) {
		return lead, true
	}
	// "Finance and economy ministers", "Finance and National Economy
	// Minister": a second portfolio after "and", then the office
	if len(after) > 2 && after[0] == "and" {
		for i := 1; i < min(len(after), 5); i++ {
			if officeAfterPortfolio.Has(strings.TrimRight(after[i], ",")) {
				return lead, i > 1
			}
			if !startsWord(after[i]) {
				break
			}
		}
	}
	before := strings.ToLower(d.body[max(0, c.start-30):c.start])
	for _, cue := range []string{"minister of ", "minister for ", "secretary of ", "secretary for ", "secretary of state for ", "minister of state for "} {
		if strings.HasSuffix(before, cue) {
			return lead, true
		}
	}
	return nil, false
}

// namesNonPerson reports whether surface, written exactly so, is a
// gazetteer name of something other than a person.
func (r *Resolver) namesNonPerson(surface string) bool {
	if !r.forms.Has(surface) {
		return false
	}
	es := r.g.Lookup(surface)
	for _, e := range es {
		if e.Type == graph.Person {
			return false
		}
	}
	return len(es) > 0
}

// genericWords make up the names every state gives its institutions:
// "Foreign Ministry", "Ministry of External Affairs", "Supreme Court".
var genericWords = set("Foreign", "Defense", "Defence", "Interior", "Finance", "Health", "Justice", "Education",
	"Trade", "Economy", "Economic", "Ministry", "Office", "Army", "Navy", "Air", "Force", "Forces", "Parliament",
	"Senate", "Supreme", "Court", "Constitutional", "Central", "Bank", "National", "Assembly", "Police", "Cabinet",
	"Government", "Armed", "Council", "Security", "Intelligence", "Agency", "Service", "External", "Affairs",
	"Water", "Resources", "Irrigation", "Energy", "Commerce", "Agriculture", "Home", "Public", "State", "Electoral",
	"Commission", "Information", "Culture", "Environment", "Transport", "Labour", "Labor", "Planning", "Industry",
	"Oil", "Petroleum", "Presidency", "Military", "Coast", "Guard", "Border", "Guards", "General", "Staff",
	"Prosecutor", "Prosecutor's", "of", "and", "the", "for", "on")

// qualifyGeneric names a generic state institution after the country the
// text gives it ("Iran's Foreign Ministry", "the Sudanese Defence
// Ministry"): one country's ministry is not another's, so "Foreign
// Ministry" alone would merge them across articles.
func (r *Resolver) qualifyGeneric(d *doc, c *cand) {
	var buf [8]string
	ws := appendFields(buf[:0], c.name)
	if len(ws) == 0 || !orgHeads.Has(strings.Trim(ws[len(ws)-1], ".,")) && !orgHeads.Has(ws[0]) && ws[len(ws)-1] != "Treasury" {
		return
	}
	// "Sudanese Foreign Ministry" as one name: the demonym is its country;
	// "U.K. Treasury", "Japan Finance Ministry": the country's name, which
	// the body is then named after as with its demonym ("British
	// Treasury", as a bare "Treasury" of Britain is named)
	for k := min(2, len(ws)-1); k >= 1; k-- {
		rest := ws[k:]
		if !allGeneric(rest) && !(len(rest) == 1 && rest[0] == "Treasury") {
			continue
		}
		if e, ok := r.g.Demonym(strings.Join(ws[:k], " ")); ok {
			c.orgOf = e.Country
			return
		}
		if e, ok := r.onlyCountry(strings.Join(ws[:k], " ")); ok && len(e.Demonyms) > 0 {
			if e.Country != "USA" {
				// (the United States' bodies keep the wire's "U.S. Navy":
				// "American" names the Americas too)
				c.name = e.Demonyms[0] + " " + strings.Join(rest, " ")
			}
			c.orgOf = e.Country
			c.reason += "; institution of " + e.Name
			return
		}
	}
	if !allGeneric(ws) {
		return
	}
	prev := d.prevWords(c.start, 4)
	var e gazetteer.Entry
	ok := false
	if n := len(prev); n >= 2 && (prev[n-1].Text == "'s" || prev[n-1].Text == "’s") {
		for k := min(3, n-1); k >= 1 && !ok; k-- {
			e, ok = r.onlyCountry(tokText(prev[n-1-k : n-1]))
		}
	} else if n > 0 {
		for k := min(2, n); k >= 1 && !ok; k-- {
			e, ok = r.g.Demonym(tokText(prev[n-k:]))
		}
	}
	if !ok && reportingBody(ws) && d.saidAfter(c.end) {
		// "France's current account surplus slipped …, the Finance
		// Ministry said", "The Dutch surplus fell …, the Finance Ministry
		// said": a ministry reporting on the state that opens the sentence
		e, ok = r.openingState(d, c.start)
	}
	if !ok || len(e.Demonyms) == 0 {
		return
	}
	c.name = e.Demonyms[0] + " " + c.name
	c.orgOf = e.Country
	c.reason += "; institution of " + e.Name
}

// reportingBody reports the name of a ministry or a central bank, the
// bodies that report a state's figures: "Finance Ministry", "Ministry of
// Trade", "Central Bank" (not a legislature, a council or a force, whose
// name a state's known body may hold).
func reportingBody(ws []string) bool {
	return slices.Contains(ws, "Ministry") || len(ws) == 2 && ws[0] == "Central" && ws[1] == "Bank"
}

// saidAfter reports a verb of saying right after offset: "…, the Finance
// Ministry said".
func (d *doc) saidAfter(offset int) bool {
	i := d.tokAt(offset)
	if i >= len(d.toks) {
		return false
	}
	switch strings.ToLower(d.toks[i].Text) {
	case "said", "says", "reported", "announced", "estimated", "forecast", "stated":
		return true
	}
	return false
}

// openingPreps put a state named after them out of the subject.
var openingPreps = set("to", "from", "in", "with", "by", "for", "on", "at", "against", "into", "of", "over", "between")

// openingState is the one state named by a country's name or a demonym
// among the first words of the sentence that holds offset, after no
// preposition ("France's current account", "The Dutch surplus"), when the
// sentence names no other state before offset.
func (r *Resolver) openingState(d *doc, offset int) (gazetteer.Entry, bool) {
	i := d.tokAt(offset)
	if i >= len(d.toks) {
		return gazetteer.Entry{}, false
	}
	sent := d.toks[i].sent
	first := i
	for first > 0 && d.toks[first-1].sent == sent {
		first--
	}
	var found gazetteer.Entry
	ok := false
	for j := first; j < i; j++ {
		w := d.toks[j].Text
		if !segment.IsCapitalised(w) {
			continue
		}
		e, named := r.stateNamed(w)
		if !named && j+1 < i && segment.IsCapitalised(d.toks[j+1].Text) {
			e, named = r.stateNamed(w + " " + d.toks[j+1].Text) // "West German", "United States"
			if named {
				j++
			}
		}
		if !named {
			continue
		}
		if ok && e.Country != found.Country {
			return gazetteer.Entry{}, false // two states: whose is not told
		}
		if !ok && (j-first > 2 || j > first && openingPreps.Has(strings.ToLower(d.toks[j-1].Text))) {
			return gazetteer.Entry{}, false // "Exports to Japan rose": a state the subject names no owner of
		}
		found, ok = e, true
	}
	return found, ok
}

func allGeneric(ws []string) bool {
	for _, w := range ws {
		if !genericWords.Has(w) {
			return false
		}
	}
	return true
}

// partDemonyms are the adjectives of the parts of a country that is no
// state of its own, which name a person's nationality as that country's:
// "an English footballer" is a British national. They also name
// languages and peoples ("English text", "Welsh speakers"), so they count
// only before a common noun that names no language or its use.
var partDemonyms = map[string]string{"English": "GBR", "Scottish": "GBR", "Welsh": "GBR", "Northern Irish": "GBR"}

// languageUses are the nouns a language's name stands before.
var languageUses = set("language", "languages", "translation", "translations", "version", "versions", "text", "texts",
	"name", "names", "word", "words", "speaker", "speakers", "speaking", "edition", "editions", "title", "titles",
	"lyrics", "subtitles", "dub", "literature", "grammar", "spelling", "pronunciation", "dialect", "dialects",
	"teacher", "teachers", "class", "classes", "lessons", "course", "courses", "proficiency", "department", "law",
	"and", "or", "as", "to", "in", "of", "for", "is", "was", "the", "a")

// partDemonym reads "English", "Scottish" or "Welsh" before a common noun
// that is no language's use ("an English actor", "the Scottish
// economist") as a demonym of the country the part belongs to.
func (r *Resolver) partDemonym(d *doc, c *cand) (gazetteer.Entry, bool) {
	iso, ok := partDemonyms[c.name]
	if !ok || c.titled || strings.HasPrefix(d.body[c.end:], "-") {
		return gazetteer.Entry{}, false // "Welsh-language"
	}
	next := d.nextWords(c.end, 1)
	if len(next) == 0 || !startsWord(next[0].Text) || segment.IsCapitalised(next[0].Text) || languageUses.Has(next[0].Text) ||
		strings.HasPrefix(next[0].Text, "-") {
		return gazetteer.Entry{}, false
	}
	return r.g.Country(iso)
}

// governmentOf reads a state's word before "Government" or
// "Administration", written as one name ("the British Government", "the
// U.K. Government", "the Swiss Federal Government", "the U.S.
// Administration"): the state itself, no body of its own.
func (r *Resolver) governmentOf(name string) (gazetteer.Entry, bool) {
	state, w := cutLastWord(name)
	if w != "Government" && w != "Administration" {
		return gazetteer.Entry{}, false
	}
	state = strings.TrimSuffix(state, " Federal")
	if e, ok := r.g.Demonym(state); ok {
		return e, true
	}
	for _, e := range r.g.Lookup(state) {
		if e.Type == graph.Country {
			return e, true
		}
	}
	return gazetteer.Entry{}, false
}

// leaderOfGovernment is the length of a leader's name that opens name
// before "Administration", "Cabinet" or "Government" ("Reagan
// Administration", "Nakasone Cabinet"): a person in office on the
// article's date, named in full or by surname; 0 for none.
func (r *Resolver) leaderOfGovernment(d *doc, name string) int {
	leader, w := cutLastWord(name)
	if w != "Administration" && w != "Cabinet" && w != "Government" {
		return 0
	}
	if _, ok := r.leaderBySurname(d, &cand{name: leader}); ok {
		return len(leader)
	}
	for _, e := range r.g.Lookup(leader) {
		if e.Type == graph.Person {
			return len(leader)
		}
	}
	return 0
}

// cutLastWord splits a name of several words before its last: "Reagan
// Administration" is "Reagan" and "Administration"; a single word is
// none ("", "").
func cutLastWord(name string) (rest, last string) {
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 {
		return "", ""
	}
	return name[:i], name[i+1:]
}

// armedPeople are the fighters a group's name stands before: "Contra
// rebels", "Amal militiamen".
var armedPeople = set("rebels", "rebel", "guerrillas", "guerrilla", "terrorists", "militia", "militias", "militiamen",
	"insurgents", "separatists", "fighters", "gunmen")

// groupWords name religions and peoples: adjectives before a noun ("a Sikh
// temple", "Shiite militias"), not actors, however a tagger labels them.
var groupWords = set("Sikh", "Sikhs", "Hindu", "Hindus", "Muslim", "Muslims", "Christian", "Christians", "Jewish",
	"Jews", "Buddhist", "Buddhists", "Shiite", "Shiites", "Shia", "Sunni", "Sunnis", "Catholic", "Catholics",
	"Protestant", "Orthodox", "Tamil", "Tamils", "Uyghur", "Uyghurs", "Uighur", "Uighurs", "Rohingya", "Pashtun",
	"Kurdish", "Kurds", "Arab", "Arabs", "Druze", "Alawite", "Yazidi", "Hutu", "Tutsi", "Islamic", "Islamist")

func (r *Resolver) countryMention(c *cand, e gazetteer.Entry, label, why string) *cand {
	c.entry, c.typ, c.reason, c.label = &e, e.Type, why, label
	return c
}

// stripTitles moves c.start past titles and honorifics at the front of the
// span ("Mr.", "President", "Russian President") and returns the demonym or
// country before a title as a mention of its own.
func (r *Resolver) stripTitles(d *doc, c *cand) []*cand {
	var extra []*cand
	if r.titleRunsOn(d, c) {
		c.start = c.end // "National Security" of "National Security adviser"
		return nil
	}
	r.titleEndsInside(d, c)
outer:
	for {
		ws := d.words(c.start, c.end)
		if len(ws) == 0 {
			return extra
		}
		if n, name, kind := r.titleAt(ws); n > 0 {
			if n < len(ws) && !segment.IsCapitalised(ws[n].s) {
				return extra // "Queen of the South", "Lord's": the title word is the name
			}
			if n == len(ws)-1 && orgHeads.Has(strings.Trim(ws[n].s, ".,")) {
				return extra // "Premier League", "President Hotel": a body's name, no titled person
			}
			if n == 1 && n < len(ws) && bodyOpeners.Has(ws[0].s) && orgShaped(d.body[ws[1].start:c.end]) {
				return extra // "General Accounting Office", "King World Productions Inc": a body's name
			}
			if n == 1 && n == len(ws) && kind != gazetteer.Honorific && c.ner != "" && c.start == c.origStart && !articleBefore(d.body, c.start) && !titleOfBody(d.body, c.start, c.end) {
				return extra // "King said": a surname the tagger read as one, not a bare title
			}
			if n == len(ws)-1 && c.ner == graph.LabelORG && kind != gazetteer.Honorific && len(r.g.PersonsBySurname(strings.Trim(ws[n].s, ".,"))) == 0 {
				// "General Motors", "General Dynamics": the tagger leaves
				// titles out of a person's span, so a title inside a body's
				// span, before one word that is nobody's surname, is the name's
				return extra
			}
			c.titled = true
			if kind != gazetteer.Honorific {
				c.role = name
			}
			if n == len(ws) {
				c.start = c.end
				return extra
			}
			c.start = ws[n].start
			continue
		}
		// a demonym or country name followed by a title
		for k := 1; k <= 3 && k < len(ws); k++ {
			lead := joinWords(ws[:k])
			e, ok := r.stateNamed(lead)
			if !ok {
				continue
			}
			if n, _, _ := r.titleAt(ws[k:]); n > 0 {
				dc := &cand{start: ws[0].start, end: ws[k-1].end, ner: graph.LabelMISC, name: lead}
				label := graph.LabelMISC
				if e.Name == lead || r.isCountryName(lead) {
					label = graph.LabelLOC
				}
				extra = append(extra, r.countryMention(dc, e, label, "country before a title"))
				c.roleOf = e.Country
				c.start = ws[k].start
				continue outer
			}
		}
		return extra
	}
}

// titleEndsInside moves c.start past the last words of a title the words
// before the span begin: the tagger's "Exchequer Nigel Lawson" after
// "Chancellor of the" is a titled person, not a body. A title must still
// leave a capitalised name.
func (r *Resolver) titleEndsInside(d *doc, c *cand) {
	prev := d.prevWords(c.start, 3)
	if len(prev) == 0 {
		return
	}
	ws := d.words(c.start, c.end)
	for k := len(prev); k >= 1; k-- {
		before := prev[len(prev)-k:]
		if !segment.IsCapitalised(before[0].Text) || before[len(before)-1].End+1 != c.start && before[len(before)-1].End != c.start {
			continue
		}
		all := make([]word, 0, k+len(ws))
		for _, t := range before {
			all = append(all, word{t.Text, t.Start, t.End})
		}
		all = append(all, ws...)
		n, name, kind := r.titleAt(all)
		if n <= k || n >= len(all) || kind == gazetteer.Honorific || !segment.IsCapitalised(all[n].s) {
			continue
		}
		c.start, c.titled, c.role = all[n].start, true, name
		return
	}
}

// titleRunsOn reports a span that opens a title the words after it end:
// "National Security" in "former National Security adviser Robert
// McFarlane" names no body. A body's name stays, as the guide marks the
// department a title names: "Senate" in "Senate Majority Leader".
func (r *Resolver) titleRunsOn(d *doc, c *cand) bool {
	var buf [5]word // no slice per name: this looks at every span
	ws := buf[:0]
	for _, t := range d.nextWords(c.start, 6) {
		if t.Start >= c.end {
			break
		}
		if len(ws) == 3 {
			return false
		}
		ws = append(ws, word{t.Text, t.Start, t.End})
	}
	n := len(ws)
	if n == 0 || ws[n-1].end != c.end {
		return false
	}
	for _, t := range d.nextWords(c.end, 2) {
		if !startsWord(t.Text) {
			break
		}
		ws = append(ws, word{t.Text, t.Start, t.End})
	}
	if len(ws) == n {
		return false
	}
	if k, _, kind := r.titleAt(ws); k <= n || kind == gazetteer.Honorific {
		return false
	}
	last := strings.Trim(ws[n-1].s, ".,")
	return !legislatures.Has(last) && !orgHeads.Has(last) && !r.namesBody(plain(d.body[c.start:c.end]))
}

// stateBodyLookup finds a state's body named with its state's initials
// before the name the gazetteer knows it by: "U.S. Department of Justice"
// is the Department of Justice of the United States. Only an organisation
// of that state is taken.
func (r *Resolver) stateBodyLookup(name string) []gazetteer.Entry {
	rest, ok := strings.CutPrefix(name, "U.S. ")
	if !ok || !strings.HasPrefix(rest, "Department of ") && !strings.HasPrefix(rest, "Office of ") && !strings.HasPrefix(rest, "Bureau of ") {
		return nil
	}
	var out []gazetteer.Entry
	for _, e := range r.g.Lookup(rest) {
		if e.Type == graph.Organization && e.Country == "USA" {
			out = append(out, e)
		}
	}
	return out
}

// knownInside finds the gazetteer names among the words of c, longest
// first, as mentions of their own.
func (r *Resolver) knownInside(d *doc, c *cand) []*cand {
	ws := d.words(c.start, c.end)
	var out []*cand
	for i := 0; i < len(ws); i++ {
		for n := min(6, len(ws)-i); n >= 1; n-- {
			start, end := ws[i].start, ws[i+n-1].end
			name := plain(d.body[start:end])
			if !r.forms.Has(name) {
				continue
			}
			label := graph.LabelMISC
			if _, ok := r.g.Demonym(name); !ok {
				label = labelOf(r.g.Lookup(name)[0].Type)
			}
			out = append(out, r.interpret(d, segment.Span{Start: start, End: end, Label: label})...)
			i += n - 1
			break
		}
	}
	return out
}

// articleBefore reports "the", "a" or "an" right before offset.
// cutTrailingTitle cuts off the title a body's span ends in when the title
// belongs to the person after it: "CBT Chairman Karsten Mahlmann", "Bank
// Negara Governor Jaafar Hussein", "Federal Reserve Board Vice Chairman
// Manuel Johnson".
func (r *Resolver) cutTrailingTitle(d *doc, start, end int) int {
	ws := d.words(start, end)
	if len(ws) < 2 || r.forms.Has(plain(d.body[start:end])) {
		return end
	}
	last := ws[len(ws)-1].s
	if last == "Vice" || last == "Deputy" {
		// the rest of the title stands after the span
		if next := strings.Fields(d.body[end:min(len(d.body), end+30)]); len(next) > 0 {
			if _, kind, ok := r.g.Title(next[0]); ok && kind != gazetteer.Honorific {
				return ws[len(ws)-2].end
			}
		}
		return end
	}
	if _, kind, ok := r.g.Title(last); ok && kind != gazetteer.Honorific && segment.IsCapitalised(last) {
		next := strings.Fields(d.body[end:min(len(d.body), end+30)])
		if len(next) > 0 && segment.IsCapitalised(next[0]) {
			return ws[len(ws)-2].end
		}
	}
	return end
}

// titleOfBody reports a bare title before the body it is held in: "X,
// Chairwoman of the party," names no one called Chairwoman.
func titleOfBody(body string, start, end int) bool {
	after := body[end:]
	return strings.HasPrefix(after, " of ") || strings.HasPrefix(after, " for ")
}

// officeModifierBefore reports only words that qualify an office between
// from and to ("Acting", "Former"): no honorific of a person's.
func officeModifierBefore(body string, from, to int) bool {
	if from == to {
		// the title word outside the tagged span: the word before it
		before := strings.TrimRight(body[:from], " ")
		from = strings.LastIndexAny(before, " \n\t\"“(") + 1
		to = len(before)
	}
	ws := strings.Fields(body[from:min(to, len(body))])
	for _, w := range ws {
		switch strings.ToLower(w) {
		case "acting", "former", "then", "outgoing", "incoming":
		default:
			return false
		}
	}
	return len(ws) > 0
}

func articleBefore(body string, off int) bool {
	before := strings.TrimRight(body[:off], " ")
	w := strings.ToLower(before[strings.LastIndexAny(before, " \n\t(\"“")+1:])
	return w == "the" || w == "a" || w == "an"
}

// titleAt matches the longest title at the start of ws; it returns how
// many words it took, its canonical name and kind.
func (r *Resolver) titleAt(ws []word) (int, string, gazetteer.TitleKind) {
	for n := min(4, len(ws)); n >= 1; n-- {
		if name, kind, ok := r.g.Title(joinWords(ws[:n])); ok {
			// a lower-case word is a title only when it is part of a longer one ("Secretary of State")
			if n == 1 && !segment.IsCapitalised(ws[0].s) {
				continue
			}
			return n, name, kind
		}
	}
	return 0, "", 0
}

// titleBefore looks for a title just before the mention, outside the span
// ("President" in "President Trump" when the tagger took only "Trump"), and
// a demonym or country before that title.
func (r *Resolver) titleBefore(d *doc, c *cand) {
	prev := d.prevWords(c.start, 6)
	for n := min(4, len(prev)); n >= 1; n-- {
		var buf [4]word
		ws := buf[:0]
		for _, t := range prev[len(prev)-n:] {
			ws = append(ws, word{t.Text, t.Start, t.End})
		}
		if !segment.IsCapitalised(ws[0].s) {
			continue
		}
		name, kind, ok := r.g.Title(joinWords(ws))
		if !ok {
			continue
		}
		if n == 1 && ws[0].end+1 == c.start && bodyOpeners.Has(ws[0].s) && orgShaped(d.body[c.start:c.end]) {
			// "the General Accounting Office", "General Public Utilities
			// Corp": the rank word opens a body's name, no person's
			c.start, c.name, c.ner = ws[0].start, d.body[ws[0].start:c.end], graph.LabelORG
			return
		}
		// Looked up only once a title is found, which few names have.
		if c.ner != graph.LabelPER && r.namesBody(c.name) {
			return // "Former White House spokesman": no title is a body's
		}
		c.titled = true
		if kind != gazetteer.Honorific {
			c.role = name
		}
		before := prev[:len(prev)-n]
		for k := min(3, len(before)); k >= 1; k-- {
			lead := ""
			for i, t := range before[len(before)-k:] {
				if i > 0 {
					lead += " "
				}
				lead += t.Text
			}
			if e, ok := r.g.Demonym(lead); ok {
				c.roleOf = e.Country
				break
			}
			if e, ok := r.onlyCountry(lead); ok {
				c.roleOf = e.Country
				break
			}
		}
		return
	}
}

// bodyOpeners are title words that also open bodies' names: "General
// Motors", "King World Productions", "Queen Elizabeth College".
var bodyOpeners = set("General", "King", "Queen", "Prince", "Princess")

// orgShaped reports a name shaped like an organisation's: ending in a
// legal form or a head noun of bodies ("Accounting Office", "Public
// Utilities Corp", "Agreement on Tariffs and Trade"), or joining words with
// "on" or "of".
func orgShaped(name string) bool {
	last, _ := lastField(name)
	last = strings.TrimRight(last, ".,")
	return isLegalForm(last) || orgHeads.Has(last) || strings.Contains(name, " on ") || strings.Contains(name, " of ") ||
		last == "Industries" || last == "Administration" || last == "Agreement" || last == "Motors"
}

// namesBody reports whether the gazetteer knows name as an organisation or
// a country.
func (r *Resolver) namesBody(name string) bool {
	for _, e := range r.g.Lookup(name) {
		if e.Type == graph.Organization || e.Type == graph.Country {
			return true
		}
	}
	return false
}

// onlyCountry finds the country named s, if s names nothing else.
func (r *Resolver) onlyCountry(s string) (gazetteer.Entry, bool) {
	es := r.g.Lookup(s)
	if len(es) == 1 && es[0].Type == graph.Country && segment.IsCapitalised(s) {
		return es[0], true
	}
	return gazetteer.Entry{}, false
}

// stateNamed is the country a demonym ("British") or a country's own name
// ("Philippines") names.
func (r *Resolver) stateNamed(s string) (gazetteer.Entry, bool) {
	if e, ok := r.g.Demonym(s); ok {
		return e, true
	}
	return r.onlyCountry(s)
}

func (r *Resolver) isCountryName(s string) bool {
	_, ok := r.onlyCountry(s)
	return ok
}

// pick chooses among the gazetteer entries a name matched, and explains why.
func (r *Resolver) pick(d *doc, c *cand, es []gazetteer.Entry) (*gazetteer.Entry, string) {
	if len(es) == 0 {
		return nil, ""
	}
	if !segment.IsCapitalised(c.name) && !startsWord(c.name) {
		return nil, ""
	}
	// "us", "who": a short gazetteer form matches only as written
	if len(c.name) <= 3 && !r.forms.Has(c.name) {
		return nil, ""
	}
	if c.titled {
		for i := range es {
			if es[i].Type == graph.Person {
				return &es[i], "gazetteer person after a title"
			}
		}
		return nil, ""
	}
	choice := -1
	if next := d.nextWords(c.end, 1); len(next) == 1 && stateOfficeWords.Has(next[0].Text) && slices.ContainsFunc(es, func(e gazetteer.Entry) bool { return e.Type == graph.City }) {
		// "New York Governor Mario Cuomo", "New York Senator Daniel
		// Moynihan": the state, not its city
		for _, e := range append(slices.Clone(es), r.g.Lookup(c.name+" State")...) {
			if e.Type == graph.Region {
				return &e, "gazetteer region before a state's office"
			}
		}
	}
	if len(es) == 1 {
		choice = 0
	} else {
		order := map[string][]graph.EntityType{
			graph.LabelPER:  {graph.Person, graph.Organization, graph.Country, graph.City, graph.Region},
			graph.LabelORG:  {graph.Organization, graph.Country, graph.Person, graph.City, graph.Region},
			graph.LabelLOC:  {graph.Country, graph.City, graph.Region, graph.Place, graph.Organization, graph.Person},
			graph.LabelMISC: {graph.Country, graph.Organization, graph.Region, graph.City, graph.Person},
		}[c.ner]
		if order == nil {
			order = []graph.EntityType{graph.Country, graph.Organization, graph.Person, graph.City, graph.Region}
		}
	outer:
		for _, t := range order {
			for i := range es {
				if es[i].Type == t {
					choice = i
					break outer
				}
			}
		}
		if choice < 0 {
			choice = 0
		}
	}
	e := es[choice]
	why := "gazetteer " + strings.ToLower(string(e.Type))
	if len(es) > 1 {
		why += " (preferred for tagger label " + c.ner + ")"
	}
	if e.Type == graph.City && !basedAt(d.body, c.end) {
		if country, ok := r.g.CapitalOfCity(c.name, e); ok {
			if gov, cue := r.actsAsGovernment(d, c.start, c.end, 0); gov {
				c.city = &e
				return &country, "capital acting as its government: " + cue
			} else if cue != "" {
				why += "; capital as a place: " + cue
			}
		}
	}
	return &e, why
}

// stateOfficeWords after a place's name make it a state's: "New York
// Governor", "New York Sen.", "the New York legislature".
var stateOfficeWords = set("Governor", "Gov.", "Gov", "governor", "Senator", "Sen.", "senator", "Legislature", "legislature",
	"Lieutenant", "Lt.")

// actsAsGovernment reads the words around a capital's name: a possessive,
// a cue such as "pressure on", or a verb after it make it the government; a
// preposition of place makes it the city.
func (r *Resolver) actsAsGovernment(d *doc, start, end, depth int) (bool, string) {
	next := d.nextWords(end, 3)
	if len(next) > 0 && (next[0].Text == "'s" || next[0].Text == "’s") {
		if firmAfter(d.nextWords(end, 7)[1:]) {
			return false, "possessive of a firm's name" // "Tokyo's Nikko Securities Co", "London's Stock Exchange": a firm of the city
		}
		for _, n := range d.nextWords(end, 5)[1:] {
			if !startsWord(n.Text) || segment.IsCapitalised(n.Text) {
				break
			}
			if cityNouns.Has(n.Text) {
				return false, "possessive of " + quote(n.Text)
			}
		}
		return true, "possessive"
	}
	if before := d.body[:start]; strings.HasSuffix(before, "anti-") || strings.HasSuffix(before, "pro-") {
		return true, "a stance for or against it (\"anti-Baghdad rebels\")"
	}
	prev := d.prevWords(start, 3)
	if len(prev) > 0 {
		p := strings.ToLower(prev[len(prev)-1].Text)
		switch {
		case p == "to" && depth == 0 && transferBefore(d.prevWords(start, 8)):
			return true, "the one a transfer goes to (\"sell wheat to Moscow\")"
		case placePreps.Has(p):
			return false, "after " + quote(p)
		case p == "for" && slices.ContainsFunc(prev[:len(prev)-1], func(t tok) bool { return departureWords.Has(strings.ToLower(t.Text)) }):
			return false, "where one leaves for (\"leaves today for Ottawa\")"
		case govCues.Has(p):
			return true, "after " + quote(p)
		case (p == "and" || p == "or") && len(prev) >= 2 && depth == 0:
			other := prev[len(prev)-2]
			if _, ok := r.g.CapitalOf(other.Text); ok {
				gov, cue := r.actsAsGovernment(d, other.Start, other.End, depth+1)
				return gov, "coordinated with " + other.Text + " " + cue
			}
		}
	}
	if len(next) > 1 && next[0].Text == "to" && startsWord(next[1].Text) && !segment.IsCapitalised(next[1].Text) && !determinerWords.Has(next[1].Text) {
		// "force Tokyo to open its market", "expected Jakarta to do more":
		// the capital is asked to act
		return true, "before \"to " + next[1].Text + "\""
	}
	for _, n := range next {
		w := n.Text
		if !startsWord(w) || segment.IsCapitalised(w) {
			return false, ""
		}
		if adverbs.Has(w) && !govVerbs.Has(w) || strings.HasSuffix(w, "ly") {
			continue
		}
		if govVerbs.Has(w) || strings.HasSuffix(w, "ed") {
			return true, "before " + quote(w)
		}
		if adverbs.Has(w) {
			continue
		}
		return false, ""
	}
	return false, ""
}

// departureWords leave for a place: "leaves today for Ottawa", "left
// for Moscow", "is bound for Tokyo".
var departureWords = set("leave", "leaves", "left", "leaving", "depart", "departs", "departed", "departing", "bound",
	"headed", "heading", "sails", "sailed", "sailing", "flies", "flew", "flying", "fly")

// firmAfter reports a firm's name opening the words: capitalised words
// up to a legal form or a market's noun ("Nikko Securities Co", "Stock
// Exchange"), not a state's body ("Foreign Ministry").
func firmAfter(ws []tok) bool {
	for i, n := range ws {
		if !segment.IsCapitalised(n.Text) || i > 5 {
			return false
		}
		if isLegalForm(strings.Trim(n.Text, ".,")) || cityFirmHeads.Has(n.Text) {
			return i > 0 || cityFirmHeads.Has(n.Text)
		}
	}
	return false
}

// cityFirmHeads end the name of a market or firm a city's possessive
// names: "London's Stock Exchange", "Tokyo's Nikko Securities".
var cityFirmHeads = set("Exchange", "Securities", "Bourse", "Airport", "University")

// transferVerbs give, sell or lend a thing to a party: a capital after
// "to" past one of them is its government ("sold wheat to Moscow", "agreed
// to lend money to Beijing"), not a place things travel to.
var transferVerbs = set("sell", "sells", "sold", "selling", "lend", "lends", "lent", "lending", "give", "gives",
	"gave", "given", "giving", "grant", "grants", "granted", "granting", "supply", "supplies", "supplied",
	"supplying", "extend", "extends", "extended", "extending", "provide", "provides", "provided", "providing")

// transferBefore reports a verb of transfer among the words before a
// capital's "to", in its clause: no other preposition of place, comma or
// clause word stands between them.
func transferBefore(prev []tok) bool {
	for i := len(prev) - 2; i >= 0; i-- {
		w := strings.ToLower(prev[i].Text)
		if transferVerbs.Has(w) {
			return true
		}
		if !startsWord(w) || placePreps.Has(w) && w != "of" || w == "and" || w == "but" || w == "that" || w == "which" {
			return false
		}
	}
	return false
}

// basedAt reports a name followed by "-based": where something is based,
// the place ("London-based" is the city, as a firm is basedIn it).
func basedAt(body string, end int) bool {
	return len(body) >= end+len("-based") && strings.EqualFold(body[end:end+len("-based")], "-based")
}

// capitalsOfUnnamedCountries reads a place's name that is the surname of
// a person of the article as that person, and a capital as the city after all where
// its country is named nowhere else in the article, by name, demonym or
// one of its people or bodies, and is none of the countries the seeds give
// by hand for being in the news (those with a QID): a reader knows
// "Moscow said" without Russia named, but "Douglas said" in a company's
// report is no word of the Isle of Man's government, nor "Stanley said" of
// the Falklands'.
func (r *Resolver) capitalsOfUnnamedCountries(cands []*cand) {
	named, surname := map[string]bool{}, map[string]bool{}
	for _, c := range cands {
		if c.typ == graph.Person {
			for _, s := range surnames(c.name) {
				surname[s] = true
			}
		}
	}
	for _, c := range cands {
		// "Chairman Kenneth Douglas told analysts … Douglas said": a
		// place's name the tagger did not call a place is the surname of
		// the article's person
		if c.entry != nil && (c.city != nil || c.entry.Type == graph.City) && c.ner != graph.LabelLOC && surname[graph.Fold(c.name)] {
			c.entry, c.typ, c.label, c.city = nil, graph.Person, graph.LabelPER, nil
			c.reason = "the surname of a person of the article, not the place"
		}
	}
	for _, c := range cands {
		if c.city == nil && c.entry != nil {
			if _, capital := r.g.CapitalOfCity(c.name, *c.entry); !capital || c.entry.Type != graph.City {
				named[c.entry.Country] = true
			}
		}
		named[c.roleOf], named[c.orgOf] = true, true
	}
	for _, c := range cands {
		if c.city != nil && c.entry != nil && !named[c.entry.Country] && c.entry.Wikidata == "" {
			c.entry, c.typ, c.label = c.city, c.city.Type, labelOf(c.city.Type)
			c.reason += "; its country is named nowhere else in the article: the city"
			c.city = nil
		}
	}
}

// cityNouns after a capital's possessive make it the city: "Lisbon's civil
// court", "Tokyo's stock market", "Madrid's traffic".
var cityNouns = set("court", "courts", "market", "markets", "exchange", "exchanges", "bourse", "traffic", "streets",
	"airport", "port", "mayor", "police", "residents", "suburbs", "newspapers", "newspaper", "hotels", "population")

// institutionsOfOtherStates gives a one-word name every state's institution
// has ("Treasury", "Parliament", "Senate"), which the seeds give one
// state's body, to another state where the article says so: a demonym or
// country right before it ("the Australian Treasury rate", "the U.K.
// Treasury"), or an article that names another country and never the
// body's own, by name, demonym, capital, person or body (Lawson's budget:
// "the Treasury said" is Britain's). It becomes that state's institution,
// named as qualifyGeneric names one ("British Treasury"). Not "Congress":
// the wire writes the U.S. Congress bare in articles about others ("aid
// approved by Congress" for Nicaragua's rebels).
func (r *Resolver) institutionsOfOtherStates(d *doc, cands []*cand) {
	mentions := map[string]int{}
	var top string
	own := map[string]string{} // an institution's word → the one state whose institution of that word the article names ("U.K. Treasury")
	for _, c := range cands {
		if c.entry == nil && c.orgOf != "" {
			if i := strings.LastIndexByte(c.name, ' '); i > 0 {
				if w, had := own[c.name[i+1:]]; had && w != c.orgOf {
					own[c.name[i+1:]] = "-" // two states' of that word: neither
				} else {
					own[c.name[i+1:]] = c.orgOf
				}
			}
		}
		if c.entry == nil || institutionWord(c) {
			continue
		}
		mentions[c.entry.Country]++
		if c.entry.Type == graph.Country && (top == "" || mentions[c.entry.Country] > mentions[top]) {
			top = c.entry.Country
		}
	}
	for _, c := range cands {
		if !institutionWord(c) && !congressOfState(c) {
			continue
		}
		state, ok := gazetteer.Entry{}, false
		if prev := d.prevWords(c.start, 2); len(prev) == 2 && (prev[1].Text == "'s" || prev[1].Text == "’s") {
			state, ok = r.stateNamed(prev[0].Text) // "Brazil's Congress"
		} else if prev := d.prevWords(c.start, 1); len(prev) == 1 {
			state, ok = r.stateNamed(prev[0].Text)
		}
		if congressOfState(c) && !ok {
			continue // (a bare "Congress" is the U.S. one, whatever the article's country)
		}
		if !ok {
			state, ok = r.coordinatedTitleState(d, c)
		}
		if iso := own[c.name]; !ok && mentions[c.entry.Country] == 0 && iso != "" && iso != "-" {
			// "the U.K. Treasury said … A statement issued by the Treasury
			// said": the same state's, where the article names no other's
			state, ok = r.g.Country(iso)
		}
		if !ok && mentions[c.entry.Country] == 0 && top != "" {
			state, ok = r.g.Country(top)
		}
		if !ok || state.Country == c.entry.Country || len(state.Demonyms) == 0 {
			continue
		}
		c.entry, c.typ, c.label = nil, graph.Organization, graph.LabelORG
		c.name, c.orgOf = state.Demonyms[0]+" "+c.name, state.Country
		c.reason = "an institution every state has, here " + state.Name + "'s"
	}
}

// americanChambers reads a bare "Senate" or "House" as the chamber of the
// U.S. Congress where the article names no chamber in full (which the
// clustering joins it to: "the Philippine Senate … the Senate") and the
// United States is the state its names belong to most: the wire writes
// "the House approved", "Senate Majority Leader" of Congress, and left
// bare they were one node across all articles, of no state.
func (r *Resolver) americanChambers(cands []*cand) {
	var bare []*cand
	count := map[string]int{}
	for _, c := range cands {
		name := c.name
		if c.entry != nil {
			name = c.entry.Name
			count[c.entry.Country]++
		}
		if strings.HasSuffix(name, " Senate") || strings.HasSuffix(name, "House of Representatives") || strings.HasSuffix(name, " House") && name != "White House" {
			return
		}
		if c.entry == nil && (c.name == "Senate" || c.name == "House") && c.typ != graph.Person && !c.dropped {
			bare = append(bare, c)
		}
	}
	if len(bare) == 0 || count["USA"] == 0 {
		return
	}
	for k, n := range count {
		if k != "USA" && k != "" && n >= count["USA"] {
			return
		}
	}
	for _, c := range bare {
		full := "United States Senate"
		if c.name == "House" {
			full = "United States House of Representatives"
		}
		for _, e := range r.g.Lookup(full) {
			if e.Type == graph.Organization {
				c.entry, c.typ, c.reason, c.label = &e, e.Type, "a bare chamber in an article of the United States", labelOf(e.Type)
				break
			}
		}
	}
}

// congressOfState reports a mention read as the U.S. Congress by its bare
// name, which another state's possessive or demonym right before makes
// that state's ("Brazil's Congress").
func congressOfState(c *cand) bool {
	return c.entry != nil && c.entry.Type == graph.Organization && c.name == "Congress"
}

// coordinatedTitleState is the state whose demonym or name opens the
// title and name joined by "and" right before the institution's word:
// "Argentine Economy Minister Juan Sourrouille and Treasury Secretary
// Mario Brodersohn" — the Treasury is Argentina's, as the minister is.
func (r *Resolver) coordinatedTitleState(d *doc, c *cand) (gazetteer.Entry, bool) {
	prev := d.prevWords(c.start, 9)
	if len(prev) < 3 || prev[len(prev)-1].Text != "and" {
		return gazetteer.Entry{}, false
	}
	i := len(prev) - 2
	for i > 0 && segment.IsCapitalised(prev[i-1].Text) {
		i--
	}
	if i == len(prev)-2 {
		return gazetteer.Entry{}, false // (one word before "and": "the Fed and Treasury")
	}
	return r.stateNamed(prev[i].Text)
}

// institutionWord reports a mention read as a state's body by a one-word
// name any state's institution has.
func institutionWord(c *cand) bool {
	return c.entry != nil && c.entry.Type == graph.Organization && c.entry.Country != "" &&
		(c.name == "Treasury" || genericWords.Has(c.name) && orgHeads.Has(c.name))
}

// firmPlurals end the names of businesses, never a person's: "Tuscan
// Dairies", "Answer Systems", "Kane Industries".
var firmPlurals = set("Dairies", "Foods", "Industries", "Motors", "Stores", "Airlines", "Airways", "Laboratories",
	"Systems", "Enterprises", "Resources", "Products", "Pharmaceuticals", "Electronics", "Communications", "Associates",
	"Holdings", "Properties", "Investments", "Securities", "Chemicals", "Computers", "Technologies",
	"Bancshares", "Breweries", "Distillers", "Mines", "Refineries", "Textiles", "Publications", "Studios", "Pictures",
	"Fabrics", "Bancorporation", "Bancorp", "Paints", "Beverages", "Services", "Utilities")

// placesAndFirmsTaggedPersons retypes a name the tagger called a person's,
// and nothing known, by the noun before it: "the border village of Haj
// Omran", "nearby Vlissingen" are places; "its subsidiary, Auergesellschaft"
// a company.
func placesAndFirmsTaggedPersons(d *doc, cands []*cand) {
	for _, c := range cands {
		if c.typ != graph.Person || c.entry != nil || c.titled {
			continue
		}
		if ws := strings.Fields(c.name); len(ws) > 1 && firmPlurals.Has(ws[len(ws)-1]) {
			// "Tuscan Dairies", "Oak Industries": a business in the plural
			c.typ, c.label = graph.Organization, graph.LabelORG
			c.reason = "a company by its last word: " + quote(ws[len(ws)-1])
			continue
		}
		if citiesAround(d, cands, c) {
			// "airports--Dallas-Fort Worth, Boston, Denver": a name listed
			// among cities, with no person's cue, is one more
			c.typ, c.label = graph.City, graph.LabelLOC
			c.reason = "a city listed among cities"
			continue
		}
		prev := d.prevWords(c.start, 2)
		if len(prev) == 0 {
			continue
		}
		last := prev[len(prev)-1].Text
		typ := graph.EntityType("")
		switch {
		case last == "nearby":
			typ = graph.City
		case len(prev) == 2 && last == "of":
			typ = placeKinds[prev[0].Text]
		case len(prev) == 2 && last == "," && firmKinds.Has(prev[0].Text):
			typ = graph.Organization
		}
		if typ != "" {
			c.typ, c.label = typ, labelOf(typ)
			c.reason = "a " + strings.ToLower(string(typ)) + " by the words before it: " + quote(tokText(prev))
		}
	}
}

// citiesAround reports cities listed right before and right after c,
// joined to it by a comma or "and": "Dallas-Fort Worth, Boston, Denver",
// "in Boston, Minneapolis-St. Paul and Denver".
func citiesAround(d *doc, cands []*cand, c *cand) bool {
	if rest := d.body[c.end:]; !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, " and ") {
		return false // (read first: most names are listed with nothing)
	}
	listed := func(from, to int) bool {
		sep := strings.TrimSpace(d.body[from:to])
		return sep == "," || sep == "and" || sep == ", and"
	}
	before, after := false, false
	for _, o := range cands {
		if o == c || o.typ != graph.City {
			continue
		}
		if o.end <= c.start && c.start-o.end <= 6 && listed(o.end, c.start) {
			before = true
		}
		if o.start >= c.end && o.start-c.end <= 6 && listed(c.end, o.start) {
			after = true
		}
	}
	return after && (before || strings.ContainsAny(c.name, "-"))
}

// unitNouns after "its <Name>" make the name a company's unit: "its
// Oncogen subsidiary", "its Oster division".
var unitNouns = set("subsidiary", "subsidiaries", "unit", "units", "division", "affiliate")

// unitsAndLakes retypes a name no dictionary knows by the words around it:
// between "its" and a unit's noun it is a company ("on behalf of its
// Oncogen subsidiary", typed a town by the tagger); after "Lake" it is a
// place ("Lake Tanganyika", typed a person). A known town keeps its type
// ("its Stuttgart branch" is no unit's name).
func unitsAndLakes(d *doc, cands []*cand) {
	for _, c := range cands {
		if c.entry != nil || c.titled || c.typ == graph.Organization {
			continue
		}
		if ws := strings.Fields(c.name); len(ws) == 2 && ws[0] == "Lake" && c.typ == graph.Person {
			c.typ, c.label, c.reason = graph.Place, labelOf(graph.Place), "a lake by its name's first word"
			continue
		}
		prev, next := d.prevWords(c.start, 1), d.nextWords(c.end, 1)
		if len(prev) == 1 && len(next) == 1 && (prev[0].Text == "its" || prev[0].Text == "their") && unitNouns.Has(next[0].Text) {
			c.typ, c.label, c.reason = graph.Organization, graph.LabelORG, "a company's unit by the words around it: \"its … "+next[0].Text+"\""
		}
	}
}

// firmsAfterKindNouns retypes a name the tagger called a person's or a
// place, and nothing known, that a noun of a kind of business or body
// stands right before, in lower case after an article or an adjective:
// "employed by the state corporation Comibol", "brokers James Capel",
// "the cocoa trading firm Barretto Peat". A person is not named after
// such a noun, nor a town ("broker" and "maker" are a person's jobs too:
// "Bombay broker Dinesh Walji", "film maker Steven Spielberg").
func firmsAfterKindNouns(d *doc, cands []*cand) {
	for _, c := range cands {
		if c.entry != nil || c.titled || c.typ == graph.Organization || c.typ == graph.Country {
			continue
		}
		prev := d.prevWords(c.start, 2)
		if len(prev) == 0 || !bodyKindNouns.Has(prev[len(prev)-1].Text) {
			continue
		}
		if len(prev) == 2 && (prev[0].Text == "'s" || prev[0].Text == "’s" || prev[0].Text == "of") {
			continue // "Citicorp's unit X" is read elsewhere; "head of firm X" is rare
		}
		c.typ, c.label = graph.Organization, graph.LabelORG
		c.reason = "a body by the noun of its kind before it: " + quote(prev[len(prev)-1].Text)
	}
}

// firmsOfPeople retypes a name the tagger called a person's, and nothing
// known, that a person is "of", "at" or "with", maybe through a noun of a
// business's kind: "James Murren of C.J. Lawrence", "Analyst Paul
// Spedding of brokers Kleinwort Grieveson", "Caroline Levy of E.F.
// Hutton". A person works at a firm; he is not of another person. The
// person before must be named with two words or more, and the name after
// too ("Jon of Vik" is no such pair).
func firmsOfPeople(d *doc, cands []*cand) {
	for _, c := range cands {
		if c.typ != graph.Person || c.entry != nil || c.titled || c.desc || len(strings.Fields(c.name)) < 2 {
			continue
		}
		prev := d.prevWords(c.start, 2)
		i := len(prev) - 1
		if i > 0 && bodyKindNouns.Has(prev[i].Text) {
			i-- // "of brokers Kleinwort Grieveson"
		}
		if i < 0 || prev[i].Text != "of" && prev[i].Text != "at" && prev[i].Text != "with" {
			continue
		}
		for _, p := range cands {
			if p != c && p.typ == graph.Person && p.end <= prev[i].Start && strings.TrimSpace(d.body[p.end:prev[i].Start]) == "" && len(strings.Fields(p.name)) >= 2 {
				c.typ, c.label = graph.Organization, graph.LabelORG
				c.reason = "a firm by the person before it: " + quote(p.name+" "+tokText(prev[i:]))
				break
			}
		}
	}
}

// bodyKindNouns name a kind of business or body, written before its name.
var bodyKindNouns = set("corporation", "company", "firm", "brokers", "brokerage", "bank", "airline", "carrier", "newspaper",
	"daily", "agency", "utility", "insurer", "lender", "manufacturer", "retailer", "conglomerate", "concern",
	"group", "house", "distributor", "exporter", "importer", "refiner", "shipper", "publisher", "brewer", "chain",
	"mill", "cooperative", "steelmaker", "automaker", "carmaker", "subsidiary", "affiliate")

// firmsBeforeJobs retypes a name the tagger called a person's or a place,
// and nothing known, that a firm's job and a person's name follow: "Dean
// Witter analyst Karen Gibbs", "Smith Barney economist John Doe". A
// person's name does not stand before another's job that way; a known
// place does ("Tokyo analyst X" works in Tokyo) and keeps its type.
func firmsBeforeJobs(d *doc, cands []*cand) {
	starts := make(map[int]*cand, len(cands))
	for _, c := range cands {
		starts[c.start] = c
	}
	for _, c := range cands {
		if c.entry != nil || c.titled || c.typ == graph.Organization || c.typ == graph.Country {
			continue
		}
		next := d.nextWords(c.end, 2)
		if len(next) < 2 || !firmJobs.Has(next[0].Text) {
			continue
		}
		if p := starts[next[1].Start]; p == nil || p.typ != graph.Person || p == c {
			continue
		}
		c.typ, c.label = graph.Organization, graph.LabelORG
		c.reason = "a firm: a firm's job and a person's name follow it (" + quote(next[0].Text) + ")"
	}
}

// firmJobs are jobs a firm's name stands before, with the holder's name
// after: "Dean Witter analyst Karen Gibbs".
var firmJobs = set("analyst", "economist", "strategist", "trader", "spokesman", "spokeswoman", "attorney", "lawyer", "broker", "consultant", "chairman", "president")

// townsBeforeStates retypes a name the tagger called a person's or a
// body's, and nothing known, that a comma and a state or province follow,
// as American and Canadian copy places a town: "Gilroy, Calif.", "the
// Cincinnati, Ohio, investor", "its Bramalea, Ontario stamping facility".
// Not a body's name ("First Federal Savings and Loan Association of
// Beloit, Kansas"), and not before a country ("Labatt, Canada's biggest
// brewery").
func townsBeforeStates(d *doc, cands []*cand) {
	var regions map[int]bool
	for _, c := range cands {
		if c.typ == graph.Region {
			if regions == nil {
				regions = map[int]bool{}
			}
			regions[c.start] = true
		}
	}
	if regions == nil {
		return
	}
	var towns []string
	for _, c := range cands {
		if c.typ != graph.Person && c.typ != graph.Organization || c.entry != nil || c.titled ||
			!regions[c.end+2] || !strings.HasPrefix(d.body[c.end:], ", ") || orgShaped(c.name) {
			continue
		}
		towns = append(towns, c.name)
		c.typ, c.label = graph.City, graph.LabelLOC
		c.reason = "a town: a comma and a state or province follow it"
	}
	// the town's other mentions too: "in Orlando" after "Orlando, Fla.";
	// not where a company is named for the town ("Madill Bank and Trust
	// Co, Madill, Okla … after Madill was closed")
	for _, o := range cands {
		if o.typ == graph.Organization {
			towns = slices.DeleteFunc(towns, func(t string) bool { return strings.HasPrefix(o.name, t+" ") })
		}
	}
	for _, c := range cands {
		if (c.typ == graph.Person || c.typ == graph.Organization) && c.entry == nil && !c.titled && slices.Contains(towns, c.name) {
			c.typ, c.label = graph.City, graph.LabelLOC
			c.reason = "a town: a comma and a state or province follow it, here or elsewhere in the article"
		}
	}
}

// statesAfterTowns reads a name after a town and a comma as the state
// of the town's country so named, where the name is a city's too:
// "Seattle, Washington" and "Spokane, Washington" name the state, not the
// U.S. capital.
func (r *Resolver) statesAfterTowns(d *doc, cands []*cand) {
	for _, c := range cands {
		if c.typ != graph.City || c.entry == nil || c.titled || c.start < 2 || d.body[c.start-2:c.start] != ", " {
			continue
		}
		if st, ok := r.g.Country(c.entry.Country); !ok || st.Capital != c.entry.Name {
			continue // only a capital's name is also a state's ("Washington"); "Tokyo, Osaka" are towns
		}
		var town *cand
		for _, o := range cands {
			if o != c && o.end == c.start-2 && o.typ == graph.City {
				town = o
			}
		}
		if town == nil || town.name == "Capital" || town.entry != nil && town.entry.Country != c.entry.Country || town.start >= 2 && d.body[town.start-2:town.start] == ", " {
			continue // ("Tokyo, Osaka, Yokohama": a list of towns)
		}
		rest := d.body[c.end:]
		if !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, ".") && !strings.HasPrefix(rest, ")") || placeListed(cands, c.end) {
			continue // ("Sao Paulo, Rio de Janeiro and Porto Alegre")
		}
		for _, e := range r.g.Places(c.name) {
			if e.Type == graph.Region && e.Country == c.entry.Country {
				e := e
				c.entry, c.typ, c.world = &e, graph.Region, true
				c.reason = "a state after a town and a comma (\"Seattle, Washington\")"
				break
			}
		}
	}
}

// placeListed reports a place named right after offset end, past a
// comma and an "and": the names before it are a list.
func placeListed(cands []*cand, end int) bool {
	for _, o := range cands {
		if o.start > end && o.start <= end+6 && (o.typ == graph.City || o.typ == graph.Region || o.typ == graph.Country) {
			return true
		}
	}
	return false
}

// placeKinds before "of" say what kind of place a name is ("the village of").
var placeKinds = map[string]graph.EntityType{"village": graph.City, "town": graph.City, "city": graph.City, "port": graph.City,
	"post": graph.City, "island": graph.Place, "province": graph.Region, "district": graph.Region}

// firmKinds before a comma make the name after it a company ("its subsidiary, X").
var firmKinds = set("subsidiary", "unit", "affiliate")

// determinerWords after "to" make a phrase, not a verb: "Tokyo to the south".
var determinerWords = set("the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "some", "all")

func quote(w string) string { return "\"" + w + "\"" }

// pairOfKnown reports a hyphenated mention of two or more known states,
// demonyms or bodies ("the U.S.-Japanese agreement", "Soviet-Afghan
// talks"): the parties of what follows, not the name of an accord.
func (r *Resolver) pairOfKnown(d *doc, c *cand) bool {
	return strings.ContainsAny(c.name, "-‑–") && len(r.compound(d, c)) >= 2
}

// compound splits a hyphenated mention ("U.S.-backed", "North Korea-Russia",
// "U.S.-North Korean") into the countries, demonyms and places it names;
// lower-case parts ("backed", "based") are dropped. Nil when any capitalised
// part names nothing known.
func (r *Resolver) compound(d *doc, c *cand) []*cand {
	if !strings.ContainsAny(c.name, "-‑–") {
		return nil
	}
	var parts []*cand
	i := c.start
	for i <= c.end {
		j := i
		for j < c.end && !strings.HasPrefix(d.body[j:], "-") && !strings.HasPrefix(d.body[j:], "‑") && !strings.HasPrefix(d.body[j:], "–") {
			j++
		}
		ps, pe := trim(d.body, i, j)
		if ps < pe {
			name := plain(d.body[ps:pe])
			p := &cand{start: ps, end: pe, ner: c.ner, name: name}
			switch {
			case !segment.IsCapitalised(name):
			default:
				if e, ok := r.g.Demonym(name); ok {
					parts = append(parts, r.countryMention(p, e, graph.LabelMISC, "demonym in a compound"))
					break
				}
				es := r.g.Lookup(name)
				tagged := p.ner
				p.ner = graph.LabelLOC // to pick a place among the entries
				e, why := r.pick(d, p, es)
				if e == nil {
					return nil
				}
				p.ner = tagged // the mention keeps the tagger's label: "Tripoli-based" is MISC
				if e.Type == graph.City && !basedAt(d.body, pe) {
					// in a compound a capital is its country: "Washington-Pyongyang talks"
					if country, ok := r.g.CapitalOfCity(name, *e); ok {
						p.city = e
						e, why = &country, "capital in a compound"
					}
				}
				p.entry, p.typ, p.reason, p.label = e, e.Type, why+" in a compound", labelOf(e.Type)
				parts = append(parts, p)
			}
		}
		if j >= c.end {
			break
		}
		_, w := utf8.DecodeRuneInString(d.body[j:])
		i = j + w
	}
	if len(parts) == 0 {
		return nil
	}
	return parts
}

// placeOfCompany cuts the place a company is "of" off its name, as wire
// copy writes them: "Nippon Life Insurance Co of Japan", "TDK Corp of
// Tokyo" are the company, and a mention of the place; c keeps the
// company, the place is returned (nil when there is none). The name
// before "of" must end in a legal form and the rest be a country or
// city our knowledge has: "Bank of Japan" stays whole, and so do "Corp of
// America" and "Co of Indiana", which are companies' own names.
func (r *Resolver) placeOfCompany(d *doc, c *cand) *cand {
	ws := d.words(c.start, c.end)
	for i := 2; i+1 < len(ws); i++ {
		if ws[i].s != "of" || !isLegalForm(strings.Trim(ws[i-1].s, ".,")) {
			continue
		}
		p := &cand{start: ws[i+1].start, end: ws[len(ws)-1].end, ner: graph.LabelLOC}
		p.name = plain(d.body[p.start:p.end])
		e, why := r.pick(d, p, r.g.Lookup(p.name))
		if e == nil || e.Type != graph.Country && e.Type != graph.City || p.name == "America" {
			// "Dynamics Corp of America", "Public Service Co of Indiana":
			// America and a state or region end the company's own name
			return nil
		}
		p.entry, p.typ, p.reason, p.label = e, e.Type, why+", the place a company's name says it is of", labelOf(e.Type)
		c.end = ws[i-1].end
		c.name = plain(d.body[c.start:c.end])
		return p
	}
	return nil
}

// personOfCompany cuts a person's name off the company it is "of" when
// the tagger read the two as one name in an attribution: "said Allan
// Leslie of Discount Corp", "Rha Woong of Pacific Holdings Inc said" are
// the person and the company. c keeps the company, the person is
// returned (nil when there is none). The name before "of" must be two or
// three capitalised words, none a firm's word or known to our knowledge,
// and the company's name must end in a legal form: "Bank of America" and
// "Dynamics Corp of America" stay whole.
func (r *Resolver) personOfCompany(d *doc, c *cand) *cand {
	if !endsCorporate(c.name) {
		return nil
	}
	ws := d.words(c.start, c.end)
	of := slices.IndexFunc(ws, func(w word) bool { return w.s == "of" })
	if of < 2 || of > 3 || len(ws)-of < 3 {
		return nil
	}
	for _, w := range ws[:of] {
		if !segment.IsCapitalised(w.s) || firmWord(w.s) || orgHeads.Has(w.s) || businessWords.Has(w.s) || isLegalForm(strings.Trim(w.s, ".,")) || strings.ContainsAny(w.s, "&'’-") {
			return nil
		}
	}
	if after := plain(d.body[ws[of+1].start:ws[of+1].end]); r.isPlaceName(after) || of+2 < len(ws) && r.isPlaceName(plain(d.body[ws[of+1].start:ws[of+2].end])) {
		return nil // "Gold Fields of South Africa Ltd", "Mitsubishi Motor Sales of America Inc": a company of a place
	}
	if !d.saidAfter(c.end) && !saidBefore(d, c.start) {
		return nil
	}
	p := &cand{start: ws[0].start, end: ws[of-1].end, ner: graph.LabelPER}
	p.name = plain(d.body[p.start:p.end])
	if len(r.g.Lookup(p.name)) > 0 || len(r.g.Lookup(plain(d.body[ws[0].start:ws[0].end]))) > 0 {
		return nil // a known name: "Bank of …", "Japan of …"
	}
	p.typ, p.label, p.reason = graph.Person, graph.LabelPER, "a person's name before the company it is of, in an attribution"
	c.start = ws[of+1].start
	c.name = plain(d.body[c.start:c.end])
	return p
}

// businessWords end or fill a firm's name before its "of": "Gold Fields
// of …", "Motor Sales of …", "Life Assurance of …".
var businessWords = set("Fields", "Sales", "Motor", "Motors", "Mines", "Mining", "Oil", "Gas", "Steel", "Trust",
	"Securities", "Finance", "Financial", "Holdings", "Industries", "Life", "Assurance", "Insurance", "Savings",
	"Electric", "Power", "Energy", "Chemical", "Chemicals", "Airlines", "Airways", "Shipping", "Trading", "Capital",
	"Investment", "Investments", "Resources", "Products", "Systems", "Communications", "Telephone", "National", "General",
	"Federal", "First", "International", "American", "Royal", "Manufacturers", "Brewing", "Foods", "Stores")

// isPlaceName reports a name our knowledge has as a country, a region or
// a city.
func (r *Resolver) isPlaceName(name string) bool {
	for _, e := range r.g.Lookup(name) {
		if e.Type == graph.Country || e.Type == graph.City || e.Type == graph.Region {
			return true
		}
	}
	_, ok := r.g.Demonym(name)
	return ok
}

// saidBefore reports a verb of saying right before offset: "said Allan
// Leslie of Discount Corp".
func saidBefore(d *doc, offset int) bool {
	prev := d.prevWords(offset, 1)
	if len(prev) == 0 {
		return false
	}
	switch strings.ToLower(prev[0].Text) {
	case "said", "says", "added", "told", "according", "agreed", "conceded", "admitted", "explained", "noted":
		return true
	}
	return false
}

// shrink cuts site furniture off a known name ("The Washington Times
// Comment Policy" → "The Washington Times").
func (r *Resolver) shrink(d *doc, c *cand) []*cand {
	ws := d.words(c.start, c.end)
	for n := len(ws) - 1; n >= 1; n-- {
		rest := ws[n:]
		if !allIn(rest, furniture) {
			continue
		}
		sub := &cand{start: ws[0].start, end: ws[n-1].end, ner: c.ner, sentInit: c.sentInit}
		sub.name = plain(d.body[sub.start:sub.end])
		if e, why := r.pick(d, sub, r.g.Lookup(sub.name)); e != nil {
			sub.entry, sub.typ, sub.reason, sub.label = e, e.Type, why+"; site furniture cut off", labelOf(e.Type)
			return []*cand{sub}
		}
	}
	return nil
}

func allIn(ws []word, vocab wordset.Set) bool {
	for _, w := range ws {
		if !vocab.Has(strings.Trim(w.s, ".,")) {
			return false
		}
	}
	return len(ws) > 0
}

// evidence types a mention the gazetteer does not know, or reports false
// when it should be dropped; c.reason says why either way.
func (r *Resolver) evidence(d *doc, c *cand) bool {
	ws := d.words(c.start, c.end)
	last := strings.Trim(ws[len(ws)-1].s, ".,")
	switch {
	case allIn(ws, corporate):
		c.reason = "a legal-form suffix alone"
		return false
	case allIn(ws, furniture):
		c.reason = "site furniture"
		return false
	case allIn(ws, functionWords):
		c.reason = "a function word, not a name"
		return false
	case !hasLetterUpper(c.name):
		c.reason = "not a name"
		return false
	case len(ws) == 1 && len(ws[0].s) == 2 && ws[0].s[0] >= 'A' && ws[0].s[0] <= 'Z' && ws[0].s[1] >= '0' && ws[0].s[1] <= '9':
		c.reason = "a letter and a digit (\"M3\", the money supply), no name"
		return false
	case len(ws) == 1 && partyAndState(ws[0].s):
		c.reason = "a legislator's party and state (\"D-Iowa\"), no name"
		return false
	case c.ner == graph.LabelLOC && len(ws) == 1 && strings.Contains(ws[0].s, "-") && strings.ContainsAny(ws[0].s, "0123456789"):
		c.reason = "a code of letters and digits (\"M-1-A\", a tank's), no place"
		return false
	case c.ner == graph.LabelLOC && len(ws) == 1 && creditRating(ws[0].s):
		c.reason = "a credit rating (\"high BB\"), no place"
		return false
	case len(ws) == 1 && econTerms.Has(strings.Trim(ws[0].s, ".,")) || strings.HasSuffix(c.name, "Monetary System") || strings.HasSuffix(c.name, "Borrowing Requirement"):
		c.reason, c.otherName = "a term of economics or accounting (\"LIFO\", \"SDR\", \"the European Monetary System\"), no actor", true
		return false
	case len(ws) == 1 && timeZones.Has(ws[0].s):
		c.reason = "a time zone (\"1100 hrs EST\"), no place"
		return false
	case len(ws) > 1 && partyMembers.Has(last) && r.placeNamed(joinWords(ws[:len(ws)-1])):
		c.reason = "a legislator's state and party (\"the Texas Democrat\"): a person, no place"
		return false
	case len(ws) == 1 && streetWords.Has(last):
		c.reason = "a street's word alone (\"the consensus on the Street\"), no name"
		return false
	case len(ws) > 1 && streetWords.Has(last) && !c.titled && streetAsTrade(d, c):
		c.reason = "a street's name standing for the trade or firms there (\"Wall Street analysts\"), no place"
		return false
	case tickerOfName(d.body, c.start, c.end):
		c.reason = "a stock ticker in angle brackets"
		return false
	case tableRow(d.body, c.start, c.end) && locationType(ws) != graph.Region:
		c.reason = "a table row's label (\"Minorities 25 mln vs 16 mln\"), no name"
		return false
	case len(ws) > 1 && currencies.Has(strings.ToLower(last)) && r.countryOrDemonym(ws[0].s):
		c.reason = "a currency (\"Danish Kroner\"), no actor"
		return false
	case len(ws) == 2 && sectorNouns.Has(last) && r.countryWord(ws[0].s):
		c.reason = "a country's sector in headline case (\"U.S. Banks\"), no body"
		return false
	case notActors.Has(last) && !c.titled:
		c.reason, c.otherName = "names a law, treaty, plan, report or security, not an actor: "+quote(last), true
		return false
	case !c.titled && c.entry == nil && len(ws) > 1 && actNext(d, c):
		// "the Consolidated Omnibus Budget Reconciliation Act of 1985"
		// tagged without its "Act": the name of a law
		c.reason, c.otherName = "the first words of a law's name, its 'Act' left out", true
		return false
	case c.entry == nil && len(ws) > 1 && (c.ner == graph.LabelPER || c.ner == graph.LabelORG) && landKinds.Has(last) && !bodyInside(ws):
		// "the North Island", "Hokkaido Prefecture": a division of land
		// named with its kind, whatever the tagger called it
		c.typ, c.reason = graph.Region, "a division of land named with its kind: "+quote(last)
		if last == "Island" || last == "Islands" {
			c.typ = graph.Place
		}
	case allIn(ws, groupWords):
		c.reason, c.otherName = "names a religion or people, not an actor", true
		return false
	case c.start > 0 && d.body[c.start-1] == '<':
		// the wire brackets company names: "<Maserati>", "<Petrofina S.A.>"
		c.typ, c.reason = graph.Organization, "a name in the wire's angle brackets, which mark companies"
	case len(ws) > 1 && orgLeads.Has(ws[0].s):
		c.typ, c.reason = graph.Organization, "a word that opens companies' names: "+quote(ws[0].s)
	case c.titled:
		c.typ, c.reason = graph.Person, "title or honorific before the name"
	case len(ws) >= 2 && len(ws) <= 4 && c.ner != graph.LabelMISC && lowerTitleBefore(d, c) && !orgHeads.Has(last) && !corporate.Has(last) && !r.namesBody(c.name):
		// "committee chairman Fernand St. Germain", "EC Commission
		// president Jacques Delors": wire copy writes titles in lower case
		// before a name, which the tagger may read as a body's
		c.typ, c.reason = graph.Person, "a person's title in lower case before the name"
	case (c.ner == graph.LabelORG || c.ner == graph.LabelPER) && continentPart(ws):
		// "food needs in Central America", "Continental Europe 77 mln"
		c.typ, c.reason = graph.Region, "a part of a continent: "+quote(c.name)
	case (c.ner == graph.LabelORG || c.ner == graph.LabelPER) && naturalFeature(d, ws, c.ner == graph.LabelPER):
		// "the Strait of Hormuz", "the Cooper Basin", "the Sunbeam Mine":
		// the tagger called them a body or a person
		c.typ, c.reason = graph.Place, "a natural feature's or site's name: "+quote(c.name)
	case orgHeads.Has(last) && len(ws) > 1 || orgHeads.Has(last) && c.ner == graph.LabelORG:
		c.typ, c.reason = graph.Organization, "organisation head noun "+quote(last)
	case len(ws) == 1 && legislatures.Has(last) || len(ws) == 2 && last == "House" && (ws[0].s == "Lower" || ws[0].s == "Upper"):
		// "seats in Parliament", "a dissolution of the Lower House": the
		// body, whatever label the tagger gave it
		c.typ, c.reason = graph.Organization, "a legislature's name"
	case c.entry == nil && siteAfter(d, c) != "":
		// "the Muskeg Lake property", "the Carbonate district", "Iran's
		// Kharg island", "the Nowruz oilfield": a site or a division of
		// land named before its kind, whatever the tagger called it
		c.typ = graph.Place
		if regionKinds.Has(siteAfter(d, c)) {
			c.typ = graph.Region
		}
		c.reason = "a kind of site or division of land after the name: " + quote(siteAfter(d, c))
	case personNounAfter(d, c):
		c.typ, c.reason = graph.Person, "a copula says the name is a person: \"is a … singer\""
	case r.orgNounAround(d, c):
		c.typ, c.reason = graph.Organization, "organisation noun next to the name"
	case c.ner == graph.LabelMISC:
		c.reason, c.otherName = "MISC that names no country", true
		return false
	case len(ws) == 1 && c.sentInit && !d.midCaps.Has(ws[0].s) && !d.nameWords[ws[0].s] && len(r.g.PersonsBySurname(ws[0].s)) == 0 &&
		(d.lower.Has(strings.ToLower(ws[0].s)) || c.ner == graph.LabelMISC):
		// The tagger reads a sentence's first word in context; it is
		// overruled only where the article writes the word in lower case.
		c.reason = "sentence-initial word never capitalised elsewhere, and written in lower case"
		return false
	case c.ner == graph.LabelLOC && locationType(ws) == graph.City && featureNounAfter(d, c):
		c.typ, c.reason = graph.Place, "a kind of land, water or site after the name (\"the Troll field\", \"the Huangpu river\")"
	case c.ner != graph.LabelORG && len(ws) == 1 && firmWord(ws[0].s):
		c.typ, c.reason = graph.Organization, "one word that ends as a bank's or a company's name does (\"Citibank\", \"Investcorp\")"
	case c.ner == graph.LabelLOC && locationType(ws) == graph.City && partnersFirm(d, c):
		c.typ, c.reason = graph.Organization, "a name in a firm's list of partners (\"Donaldson, Lufkin and Jenrette Inc\")"
	case c.ner == graph.LabelLOC && locationType(ws) == graph.City && r.partOfPlace(ws):
		c.typ, c.reason = graph.Region, "a compass word before a country's or region's name: a part of it"
	case c.ner == graph.LabelLOC && locationType(ws) == graph.City && len(ws) > 1 && areaAfter(d, c.end):
		c.typ, c.reason = graph.Region, "a name of two words or more no gazetteer knows before \"area\" or \"region\": a region"
	case c.ner == graph.LabelLOC && locationType(ws) == graph.City && r.cuedSubdivision(d, c):
		c.typ, c.reason = graph.Region, "a province's or state's name, and the sentence speaks of provinces or states"
	case c.ner == graph.LabelLOC:
		c.typ, c.reason = locationType(ws), "tagger label LOC, typed by its words"
	default:
		c.typ = typeOfLabel(c.ner)
		if c.typ == "" {
			c.reason = "unknown label " + c.ner
			return false
		}
		c.reason = "tagger label " + c.ner
	}
	c.label = labelOf(c.typ)
	return true
}

// tableRow reports a span that opens a line of a table of figures: a
// figure and "vs" follow it ("Minorities 76 mln vs 63 mln", "Shr 19 cts vs
// 13 cts").
func tableRow(body string, start, end int) bool {
	if start > 0 && body[start-1] != '\n' {
		return false
	}
	rest := strings.Fields(body[end:min(len(body), end+40)])
	if len(rest) < 2 || !startsDigit(rest[0]) {
		return false
	}
	for _, w := range rest[1:min(len(rest), 4)] {
		if w == "vs" {
			return true
		}
		if !isLower(w) {
			return false
		}
	}
	return false
}

// legislatures are the names of chambers a capital letter makes the body.
var legislatures = set("Parliament", "Congress", "Senate", "Diet", "Knesset", "Bundestag", "Duma", "Storting", "Riksdag", "Cortes")

// orgLeads open companies' and banks' names in the languages wire copy
// quotes: "Gruppo Ferruzzi", "Banco Santander", "Cie Financiere de Paribas".
var orgLeads = set("Gruppo", "Grupo", "Groupe", "Banco", "Banca", "Banque", "Compagnie", "Cie", "Societe",
	"Société", "Sociedad", "Sociedade", "Compania", "Companhia", "Istituto", "Instituto", "Kreditanstalt", "Caisse")

// subdivisionCues in a sentence say that a subdivision's name in it names
// the subdivision: "eight provinces, including Guangxi, Sichuan and Hunan",
// "the Bay of Plenty and Waikato regions", "the state of Bahia".
var subdivisionCues = set("province", "provinces", "region", "regions", "prefecture", "prefectures", "states")

// cuedSubdivision reports an unknown place's name that is a country's
// province or state (gountries' subdivisions) in a sentence that speaks
// of provinces, regions or states. Without such a cue the name stays a
// city's, as many are ("Berne", "Dar es Salaam", "Portland").
func (r *Resolver) cuedSubdivision(d *doc, c *cand) bool {
	if _, ok := r.g.Subdivision(c.name); !ok {
		return false
	}
	before, after := d.prevWords(c.start, 12), d.nextWords(c.end, 12)
	for i, t := range before {
		w := strings.ToLower(t.Text)
		if subdivisionCues.Has(w) || w == "state" && i+1 < len(before) && strings.ToLower(before[i+1].Text) == "of" {
			return true
		}
	}
	for i, t := range after {
		w := strings.ToLower(t.Text)
		if subdivisionCues.Has(w) || w == "state" && i == 0 {
			return true // "Bahia state"
		}
	}
	return false
}

// countryOrDemonym reports a country's name or demonym ("Danish",
// "Swiss", "U.S."): before a currency word it names money, not a person
// ("Michel Marks" stays a name).
func (r *Resolver) countryOrDemonym(w string) bool {
	_, ok := r.g.Demonym(w)
	return ok || r.countryWord(w)
}

// countryWord reports a word the gazetteer knows as a country's name or
// alias ("U.S.", "U.K.", "Japan").
func (r *Resolver) countryWord(w string) bool {
	for _, e := range r.g.Lookup(w) {
		if e.Type == graph.Country {
			return true
		}
	}
	return false
}

// articleCut moves start past a capitalised indefinite article that opens
// a name's span, the sentence's first word before the name: "An Energy
// Department report", "A Treasury official", "An Inland Revenue ruling".
// A person's one-word name after "An" is a name of its own ("An Wang"),
// and a title keeps its article ("A World of Difference").
func articleCut(body string, start, end int, label string) int {
	if start >= end || body[start] != 'A' || label == graph.LabelMISC {
		return start
	}
	for _, pre := range []string{"An ", "A "} {
		rest := body[min(end, start+len(pre)):end]
		if !strings.HasPrefix(body[start:end], pre) || len(rest) < 2 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
			continue
		}
		if label == graph.LabelPER && !strings.Contains(rest, " ") {
			continue
		}
		return start + len(pre)
	}
	return start
}

// functionWords are closed-class words that open sentences capitalised
// and name nothing: "Since", "However", "Although".
var functionWords = set("Since", "However", "Although", "But", "And", "Or", "If", "When", "While", "After", "Before",
	"Because", "Though", "Meanwhile", "Also", "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He",
	"She", "They", "We", "I", "In", "On", "At", "For", "With", "By", "From", "Under", "Over", "As", "Despite")

// signatureLine reports a word that ends the article after its last
// sentence, on a line of its own or in capitals: where wire copy signs off
// ("... is April 7. REUTER").
func signatureLine(body string, start, end int) bool {
	if strings.Trim(body[end:], " \n\t\r.") != "" {
		return false // "REUTER..." is the signature too
	}
	before := strings.TrimRight(body[:start], " ")
	if before == "" || strings.HasSuffix(before, "\n") {
		return true
	}
	// in capitals as the body's last word, after a sentence, a closing
	// quote or a table's last figure: `… corrected." REUTER`, "5.60 REUTER"
	return strings.ContainsAny(before[len(before)-1:], ".!?\"'0123456789”’") && body[start:end] == strings.ToUpper(body[start:end])
}

// currencies are the words that make a country's name before them part of
// a currency's ("U.S. dlrs", "New Zealand dollar", "Canadian dollars").
var currencies = set("dollar", "dollars", "dlr", "dlrs", "yen", "mark", "marks", "franc", "francs", "pound",
	"pounds", "stg", "sterling", "lira", "lire", "peso", "pesos", "rand", "crown", "crowns", "guilder", "guilders",
	"rupee", "rupees", "ringgit", "cruzado", "cruzados", "schilling", "schillings", "krona", "krone", "yuan", "rouble", "roubles", "ruble", "rubles",
	"kroner", "kronor", "dinar", "dinars", "riyal", "riyals", "rial", "rials", "baht", "shekel", "shekels", "escudo", "escudos",
	"peseta", "pesetas", "drachma", "drachmas", "zloty", "forint", "naira", "dirham", "dirhams", "bolivar", "bolivars",
	"austral", "australs", "shilling", "shillings", "ecu", "ecus", "kwacha", "cedi", "sucre", "sucres", "intis", "inti",
	// its hundredth: "20 Canadian cents", "two U.S. cts"
	"cent", "cents", "ct", "cts", "pence", "penny", "centavos") // (not "sen": "Nevada Sen. X" is a senator)

// currencyAfter reports a currency word right after offset end.
func currencyAfter(body string, end int) bool {
	if strings.HasPrefix(body[end:], "/") {
		// "150 Malaysian/Singapore cents": the currency after the pair
		i := strings.IndexByte(body[end:], ' ')
		if i < 0 {
			return false
		}
		end += i
	}
	rest := strings.TrimLeft(body[end:], " ")
	if len(rest) == len(body[end:]) && end < len(body) {
		return false // no space: part of a longer word
	}
	w := rest
	if i := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		w = rest[:i]
	}
	switch lw := strings.ToLower(w); {
	case lw == "currency":
		// "European currency units": the Community's unit of account
		next := strings.TrimLeft(rest[len(w):], " ")
		return strings.HasPrefix(strings.ToLower(next), "unit")
	case lw == "interbank":
		return true // "the London interbank offered rate": a rate's name, no place's part
	default:
		return currencies.Has(lw) // "Swiss francs", "Japanese Yen" in headline case
	}
}

// nonActorHeads are the lower-case nouns that make a name before them the
// name of a thing, not of an actor: "the Plaza agreement", "the Mercalli
// scale", "the Louvre accord".
var nonActorHeads = set("agreement", "agreements", "accord", "accords", "pact", "treaty", "scale", "index",
	"rate", "rates", "plan", "programme", "program", "bill", "act", "formula", "round", "doctrine", "initiative")

// partyAdjective is the members' word of a party whose adjective is not
// also that word: "Democrat" for "Democratic"; "" for any other name.
func partyAdjective(name string) string {
	if name == "Democratic" {
		return "Democrat"
	}
	return ""
}

// legislatorTitles are the titles of legislators and governors a party's
// adjective stands before: "Democratic Sen.", "Democratic senator",
// "Democratic member of the board" (lower-cased, without their stops, as
// wordAfter reads them).
var legislatorTitles = set("sen", "sens", "senator", "senators", "rep", "reps", "representative", "representatives",
	"congressman", "congresswoman", "gov", "governor", "member", "members", "lawmaker", "lawmakers", "legislator", "legislators")

// legislatorAfter reports one of legislatorTitles right after offset end.
func legislatorAfter(body string, end int) bool {
	return strings.HasPrefix(body[end:], " ") && legislatorTitles.Has(wordAfter(body, end))
}

// nonActorAfter reports one of those nouns right after offset end.
func nonActorAfter(body string, end int) bool {
	rest := body[end:]
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	rest = rest[1:]
	i := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if i >= 0 {
		rest = rest[:i]
	}
	return nonActorHeads.Has(rest)
}

// keepName records a name of no actor or place, as the tagger labelled it.
func (d *doc) keepName(start, end int, label string) {
	if label == "" {
		label = graph.LabelMISC
	}
	d.names = append(d.names, graph.Mention{Start: start, End: end, Text: d.body[start:end], Label: label})
}

// endsCorporate reports a name that ends in a legal form ("Inc", "Corp").
func endsCorporate(name string) bool {
	last, more := lastField(name)
	return more && isLegalForm(last)
}

// isLegalForm reports a company's legal-form word ("Inc", "Ltd.", "N.V.",
// "AB"), whatever its case once it opens with a capital ("INc").
// isCorporateFolded is corporateFolded[strings.ToLower(w)], lowering an
// ASCII word only if it may be one of them.
func isCorporateFolded(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return corporateFolded[strings.ToLower(w)]
		}
	}
	return corporateFoldedSet.HasLower(w)
}

// corporateFoldedSet is corporateFolded as a word set.
var corporateFoldedSet = wordset.Of(corporateFolded)

func isLegalForm(w string) bool {
	w = strings.Trim(w, ".,")
	if corporate.Has(w) {
		return true
	}
	if w == "" || w[0] < 'A' || w[0] > 'Z' || !isCorporateFolded(w) {
		return false
	}
	// in capitals only the forms no agency's acronym spells ("SPA" is the
	// Saudi Press Agency as often as a società per azioni)
	return w != strings.ToUpper(w) || capitalForms.Has(w)
}

// capitalForms are the legal forms headlines and wire copy write in capitals.
var capitalForms = set("INC", "LTD", "CORP", "CO", "COS", "BHD", "PTY", "GMBH", "LIMITED", "INCORPORATED")

// partyAndState reports the party letter and state wire copy writes after
// an American legislator's name: "D-Iowa", "R-Kan.".
func partyAndState(w string) bool {
	if len(w) < 4 || w[1] != '-' || !strings.ContainsRune("DRI", rune(w[0])) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[2:])
	return unicode.IsUpper(r)
}

// isTicker reports a span inside a stock symbol as newswires print it after
// a company's name: one upper-case word in angle brackets, "<AVX>",
// "<KLM.A>", or part of one ("MI" of "<BTOM.MI>"). The annotation guide
// says a ticker is no mention; a name in brackets ("<Efibanca>", "<AVX
// Corp>") is one.
func isTicker(body string, start, end int) bool {
	// The brackets are looked for within 12 bytes of the span only: one
	// farther away makes no ticker, and searching the whole article before
	// each name made the test quadratic in the article's length.
	from := max(0, start-12)
	open := strings.LastIndexByte(body[from:start], '<')
	if open < 0 {
		return false
	}
	open += from
	if strings.ContainsAny(body[open+1:start], " \n>") {
		return false
	}
	i := strings.IndexByte(body[end:min(len(body), end+13)], '>')
	if i < 0 || strings.ContainsAny(body[end:end+i], " \n<") {
		return false
	}
	for _, r := range body[open+1 : end+i] {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '.' && r != '-' {
			return false
		}
	}
	return true
}

// tickerOfName reports a ticker (isTicker) that follows its company's
// name: after a conjunction or preposition the brackets hold the company's
// name itself ("a merger between Leyland Trucks and <DAF> of the
// Netherlands"), unless an exchange's suffix says it is a symbol
// ("Furukawa Electric Co Ltd shares <URUT.T>", "plc <ROT.L>").
func tickerOfName(body string, start, end int) bool {
	if !isTicker(body, start, end) {
		return false
	}
	open := strings.LastIndexByte(body[:start], '<')
	if closing := strings.IndexByte(body[open:], '>'); strings.Contains(body[open:open+closing], ".") {
		return true
	}
	before := strings.TrimRight(body[:open], " ")
	return !bracketNameCues.Has(before[strings.LastIndexAny(before, " \n")+1:])
}

// bracketNameCues stand before a company's name in the wire's brackets,
// not before a ticker, which follows the name.
var bracketNameCues = set("and", "or", "of", "by", "with", "from", "to", "for", "in", "between", "at", "on")

var (
	// regionWords make a place name a region: continents and their parts,
	// and the divisions of a country.
	regionWords = set("Africa", "America", "Americas", "Asia", "Europe", "Caribbean", "Balkans", "Scandinavia",
		"Mideast", "Middle", "Far", "Oceania", "County", "Province", "State", "Region", "District", "Territory",
		"Prefecture", "Oblast", "Department", "Belt", "Rim", "Lakes", "Plains", "Highlands", "Lowlands")
	compass = set("West", "East", "North", "South")
	// placeWords make it a geographic feature or site.
	placeWords = set("River", "Sea", "Ocean", "Gulf", "Strait", "Straits", "Island", "Islands", "Mountains", "Mountain",
		"Mount", "Lake", "Bay", "Canal", "Valley", "Desert", "Peninsula", "Airport", "Port", "Harbor", "Harbour",
		"Coast", "Basin", "Field", "Fields", "Zone", "Plateau", "Pass", "Reef", "Delta", "Street", "Avenue", "Road",
		"Boulevard", "Lane", "Square")
)

// continentPart reports the name of a part of a continent: compass or
// position words before "Africa", "America", "Asia" or "Europe"
// ("Central America", "Southeast Asia", "Continental Europe").
func continentPart(ws []word) bool {
	if len(ws) < 2 || !continents.Has(strings.Trim(ws[len(ws)-1].s, ".,")) {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if !continentQualifiers.Has(w.s) {
			return false
		}
	}
	return true
}

var (
	continents          = set("Africa", "America", "Americas", "Asia", "Europe")
	continentQualifiers = set("North", "South", "East", "West", "Central", "Latin", "Southeast", "Southern", "Northern",
		"Eastern", "Western", "Continental", "Southwest", "Northwest", "Northeast", "Sub-Saharan", "Black", "Equatorial")
)

// featureHeads end the names of seas, straits, rivers, basins, islands,
// coasts and mines ("Gulf of Bothnia" opens with one before "of"); the
// tagger often calls them bodies. Those a surname can be ("Lake", "Bay",
// "Island", "Coast", "Valley") do not retype a name it called a person's.
var (
	featureHeads = set("Sea", "Ocean", "Gulf", "Strait", "Straits", "River", "Basin", "Peninsula", "Canal", "Reef", "Mine",
		"Lake", "Bay", "Island", "Islands", "Coast", "Valley", "Delta", "Desert", "Mountains")
	surnameHeads = set("Lake", "Bay", "Island", "Islands", "Coast", "Valley", "Delta", "Desert", "Mountains")
)

// naturalFeature reports the name of a sea, strait, basin, island or mine
// ("Strait of Hormuz", "Gulf of Mexico", "Amadeus Basin", "Misima Island"),
// by its last word, or its first when "of" follows it: no word of it a body's head
// noun, a legal form or a possessive ("Hudson's Bay" is the company), and
// not the first words of a company's name the article gives ("Giant Bay"
// beside "Giant Bay Resources Ltd").
func naturalFeature(d *doc, ws []word, person bool) bool {
	if len(ws) < 2 {
		return false
	}
	// the head of "X of Y" is X: "Queen of the Straits" is no strait
	head := strings.Trim(ws[len(ws)-1].s, ".,")
	for i, w := range ws {
		if w.s == "of" {
			head = ws[0].s
			if i != 1 {
				return false
			}
		}
	}
	if !featureHeads.Has(head) {
		return false
	}
	if person && surnameHeads.Has(head) {
		return false
	}
	for _, w := range ws {
		t := strings.Trim(w.s, ".,")
		if orgHeads.Has(t) || corporate.Has(t) || corporateFolded[strings.ToLower(t)] || strings.Contains(t, "'") {
			return false
		}
	}
	name := joinWords(ws)
	for off := 0; ; {
		i := strings.Index(d.body[off:], name)
		if i < 0 {
			return true
		}
		off += i + len(name)
		for _, n := range d.nextWords(off, 4) {
			w := strings.Trim(n.Text, ".,")
			if corporate.Has(w) || orgHeads.Has(w) {
				return false // "Meston Lake Resources Inc", "Giant Bay Resources Ltd"
			}
			if !segment.IsCapitalised(w) {
				break
			}
		}
	}
}

// locationType types a place the gazetteer does not know by its words: a
// region ("Central America", "Orange County"), a feature or site ("North
// Sea", "Kennedy Airport"), else a city or town, which news names most.
func locationType(ws []word) graph.EntityType {
	last := strings.Trim(ws[len(ws)-1].s, ".,")
	if placeWords.Has(last) || placeWords.Has(ws[0].s) && len(ws) > 1 {
		return graph.Place
	}
	for _, w := range ws {
		if regionWords.Has(strings.Trim(w.s, ".,")) {
			return graph.Region
		}
	}
	if len(ws) == 1 && (compass.Has(ws[0].s) || compassPoints.Has(ws[0].s)) {
		return graph.Region // "the West", "the Midwest"
	}
	return graph.City
}

// firmWord reports one capitalised word that ends as banks' and
// companies' names do: "Citibank", "Investcorp", "Bancorp", "Citicorp".
func firmWord(w string) bool {
	l := strings.ToLower(strings.Trim(w, ".,"))
	for _, x := range []string{"bank", "corp", "bancorp"} {
		if strings.HasSuffix(l, x) && len(l) > len(x)+2 && segment.IsCapitalised(w) {
			return true
		}
	}
	return false
}

// areaAfter reports "area" or "region" right after offset end: "the
// Great Plains area", "the Corn Belt region".
func areaAfter(d *doc, end int) bool {
	next := d.nextWords(end, 1)
	return len(next) == 1 && (next[0].Text == "area" || next[0].Text == "region")
}

// compassPoints are one-word names of a country's parts news writes
// capitalised: "the Midwest", "the Northeast".
var compassPoints = set("Midwest", "Northeast", "Northwest", "Southeast", "Southwest", "Midlands")

// initialsJoined is where a name that opens with a single capital letter
// begins when "<letter> and" or "<letter> &" stands right before it: the
// firms the wire writes "D and F Man", "S and W Berisford", "J and J Snack
// Foods Corp", whose first letter the tagger leaves out.
func initialsJoined(body string, start int) int {
	initial := func(i int) bool { return i >= 0 && i < len(body) && body[i] >= 'A' && body[i] <= 'Z' }
	letter := func(i int) bool {
		return i >= 0 && i < len(body) && (body[i] >= 'A' && body[i] <= 'Z' || body[i] >= 'a' && body[i] <= 'z')
	}
	if !initial(start) || letter(start+1) || start+1 < len(body) && body[start+1] != ' ' {
		return start // the name does not open with a letter of its own
	}
	for _, join := range []string{" and ", " & "} {
		k := start - len(join) - 1
		if k >= 0 && body[k+1:start] == join && initial(k) && !letter(k-1) {
			return k
		}
	}
	return start
}

// partnersFirm reports a name in a list of names that a firm of partners
// is called by, as law firms and brokers are: the names joined by commas
// and "and" or "&" (or by two commas), the list followed by a legal form
// or holding a body's head noun after the name ("Donaldson, Lufkin and
// Jenrette Inc", "Donaldson, Lufkin, and Jenrette Securities") or after
// "firm of" ("the law firm of Kramer, Levin, Nessen and Kamin"); or a name joined
// by a slash to a company's ("Capital Cities/ABC Inc"). A list of towns
// ("Birmingham and Huntsville in Alabama") has neither.
func partnersFirm(d *doc, c *cand) bool {
	if strings.HasPrefix(d.body[c.end:], "/") {
		next := d.nextWords(c.end, 4)
		for _, t := range next[min(1, len(next)):] {
			if isLegalForm(t.Text) {
				return true
			}
			if !segment.IsCapitalised(t.Text) {
				break
			}
		}
	}
	i := d.tokAt(c.start)
	if i >= len(d.toks) {
		return false
	}
	from, to := i, i
	for ; to < len(d.toks) && d.toks[to].Start < c.end; to++ {
	}
	sent := d.toks[i].sent
	inList := func(t tok) bool {
		return t.sent == sent && (t.Text == "," || t.Text == "and" || t.Text == "&" || segment.IsCapitalised(t.Text) && !isLegalForm(t.Text))
	}
	for from > 0 && inList(d.toks[from-1]) {
		from--
	}
	for to < len(d.toks) && inList(d.toks[to]) {
		to++
	}
	commas, and, head := 0, false, false
	for _, t := range d.toks[from:to] {
		if t.Text == "," {
			commas++
		}
		and = and || t.Text == "and" || t.Text == "&"
		head = head || t.Start >= c.end && (orgHeads.Has(t.Text) || firmWords.Has(t.Text))
	}
	if commas == 0 || commas == 1 && !and {
		return false
	}
	if head || to < len(d.toks) && d.toks[to].sent == sent && isLegalForm(d.toks[to].Text) {
		return true // "Donaldson, Lufkin, Jenrette Inc", "Donaldson, Lufkin, and Jenrette Securities"
	}
	return from >= 2 && strings.EqualFold(d.toks[from-2].Text, "firm") && d.toks[from-1].Text == "of"
}

// featureNouns after a name the tagger called a place make it no town but
// a feature or a site: "the Troll field", "the Huangpu river", "Mindanao
// island", "the Sullivan mine" ("the Tucson area" and "Rotterdam port"
// are the towns').
var featureNouns = set("field", "fields", "oilfield", "gasfield", "river", "island", "islands", "mine", "strait",
	"sea", "canal", "basin", "lake", "valley", "desert", "peninsula", "reef", "mountains", "plateau")

// siteAfter is the noun of a site or a division of land right after a
// name the tagger called a person or a place ("the Muskeg Lake property",
// "Richmond Hill deposit", "the Nowruz oilfield"), or a body only for the
// words no firm's name stands before ("Kharg island", "the Carbonate
// district"); "" for none.
func siteAfter(d *doc, c *cand) string {
	next := d.nextWords(c.end, 1)
	if len(next) != 1 {
		return ""
	}
	w := next[0].Text
	switch {
	case (c.ner == graph.LabelPER || c.ner == graph.LabelLOC) && (featureNouns.Has(w) || siteNouns.Has(w) || regionKinds.Has(w)):
		return w
	case c.ner == graph.LabelORG && (siteNouns.Has(w) || regionKinds.Has(w) || w == "island" || w == "islands") && !orgHeads.Has(lastWord(c.name)):
		return w
	}
	return ""
}

// econTerms are acronyms of economics and accounting the tagger takes for
// bodies: methods, measures, rates and units of account.
var econTerms = set("LIFO", "FIFO", "SDR", "SDRs", "PSBR", "GDP", "GNP", "CPI", "PPI", "TAM", "LIBOR", "Libor", "EMS", "ECU", "ECUs", "Ecu", "Ecus")

// landKinds end the names of divisions of land and islands.
var landKinds = set("Island", "Islands", "Prefecture", "Province")

// bodyInside reports a name with a body's head or "of" inside it: "Vista
// Bank of Marion County", "the State Court for Suffolk County".
func bodyInside(ws []word) bool {
	for _, w := range ws {
		if orgHeads.Has(w.s) || w.s == "of" || w.s == "for" || w.s == "Federal" {
			return true
		}
	}
	return false
}

// actNext reports "Act" right after the name, outside it: a law's name cut
// short by the tagger.
func actNext(d *doc, c *cand) bool {
	return strings.HasPrefix(d.body[c.end:], " Act ") || strings.HasPrefix(d.body[c.end:], " Act,") || strings.HasPrefix(d.body[c.end:], " Act.")
}

// siteNouns name a site after its name; regionKinds a division of land.
var (
	siteNouns   = set("property", "deposit", "deposits", "refuge", "prospect", "claims", "oilfields", "gasfield")
	regionKinds = set("district", "county", "province", "prefecture")
)

func featureNounAfter(d *doc, c *cand) bool {
	next := d.nextWords(c.end, 1)
	return len(next) == 1 && featureNouns.Has(next[0].Text)
}

// firmWords end the names of brokers' and partners' firms.
var firmWords = set("Securities", "Partners", "Associates", "Brothers", "Investments")

// partOfPlace reports a compass word before the name of a country or
// region, or of a half of the world: "West Kansas", "Northern
// California", "North China", "Eastern Hemisphere"; not before a city's
// name ("West Berlin" is a city) nor a body's ("West German Cabinet").
func (r *Resolver) partOfPlace(ws []word) bool {
	if len(ws) < 2 || !compassAdjectives.Has(ws[0].s) {
		return false
	}
	rest := joinWords(ws[1:])
	if worldParts.Has(rest) {
		return true
	}
	for _, e := range append(r.g.Lookup(rest), r.g.Places(rest)...) {
		if e.Type == graph.City {
			return false
		}
		if e.Type == graph.Country || e.Type == graph.Region {
			return true
		}
	}
	return false
}

// worldParts are what compass words divide besides countries and regions.
var worldParts = set("Hemisphere", "Pacific", "Atlantic", "Mediterranean", "Highlands", "Plains")

// compassAdjectives before a place's name make a part of it, a region:
// "West Kansas", "Northern California", "North China".
var compassAdjectives = set("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
	"Northeast", "Northwest", "Southeast", "Southwest", "Northeastern", "Northwestern", "Southeastern", "Southwestern",
	"Upper", "Lower")

// streetWords end a street's or square's name: "Wall Street", "Park Avenue".
var streetWords = set("Street", "Avenue", "Road", "Boulevard", "Lane", "Square")

// streetAsTrade reports a street's name that stands for the trade or the
// firms there, as "Wall Street" and "Fleet Street" do: before a noun
// ("Wall Street analysts", "the low end of Wall Street estimates", "its
// Wall Street headquarters"), a verb ("has Wall Street calculating") or
// a possessive ("Wall Street's arbitrage players"); at the end of a
// phrase ("on Wall Street.", "through Wall Street and") it is the street.
func streetAsTrade(d *doc, c *cand) bool {
	next := d.nextWords(c.end, 1)
	if len(next) == 0 {
		return false
	}
	w := next[0].Text
	if prev := d.prevWords(c.start, 1); len(prev) == 1 && (placePreps.Has(strings.ToLower(prev[0].Text)) || prev[0].Text == "on") && auxiliaries.Has(w) {
		return false // "the highest estimates on Wall Street have been": the verb is the phrase's
	}
	return w == "'s" || w == "’s" || startsWord(w) && isLower(w) && !functionAfterName.Has(w)
}

// auxiliaries after a phrase of place end it: "estimates on Wall Street
// have been".
var auxiliaries = set("has", "have", "had", "is", "are", "was", "were", "will", "would")

// functionAfterName are the words after a name that say nothing of what it
// names: "on Wall Street and", "Wall Street because", "on Wall Street today".
var functionAfterName = set("and", "or", "but", "because", "after", "before", "when", "while", "in", "on", "at", "of",
	"for", "to", "from", "with", "by", "as", "than", "since", "until", "where", "which", "who", "that", "today",
	"yesterday", "tomorrow", "now", "last", "this", "next", "earlier", "later", "again")

// creditRating reports a rating agencies' grade: two or three of one
// letter A to C, a plus or minus after ("BB", "AAA", "CCC+").
func creditRating(w string) bool {
	w = strings.TrimRight(w, "+-")
	if len(w) < 2 || len(w) > 3 || w[0] < 'A' || w[0] > 'C' {
		return false
	}
	return strings.Count(w, w[:1]) == len(w)
}

// timeZones are the abbreviations wire copy writes after a time.
var timeZones = set("EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "GMT", "BST", "CET", "CEST")

// partyMembers after a state's name make a legislator: "the Texas
// Democrat", "an Illinois Republican".
var partyMembers = set("Democrat", "Democrats", "Republican", "Republicans")

// placeNamed reports a name the gazetteer knows as a country, region or
// city, among the seeds or the world's places.
func (r *Resolver) placeNamed(name string) bool {
	for _, e := range append(r.g.Lookup(name), r.g.Places(name)...) {
		switch e.Type {
		case graph.Country, graph.Region, graph.City:
			return true
		}
	}
	return false
}

func hasLetterUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// personTrades are what a copula says a person is in encyclopaedic text:
// "Shakira is a Colombian singer".
var personTrades = set("writer", "author", "singer", "songwriter", "actor", "actress", "footballer", "cricketer",
	"politician", "economist", "historian", "journalist", "activist", "diplomat", "scientist", "physicist",
	"chemist", "biologist", "mathematician", "philosopher", "businessman", "businesswoman", "entrepreneur", "lawyer",
	"poet", "novelist", "painter", "sculptor", "musician", "composer", "rapper", "athlete", "swimmer", "cyclist",
	"boxer", "golfer", "comedian", "filmmaker", "screenwriter", "statesman", "stateswoman", "banker",
	"engineer", "astronaut", "explorer", "soldier", "priest", "bishop", "monk", "nun")

// personNounAfter reports a name the tagger did not read as a person that
// a copula describes as one: "<X> is a Colombian singer", "<X> was an
// English footballer" (up to five words to the trade, none a name's).
func personNounAfter(d *doc, c *cand) bool {
	app := d.nextWords(c.end, 8)
	if len(app) < 3 || c.ner == graph.LabelPER || app[0].Text != "is" && app[0].Text != "was" || app[1].Text != "a" && app[1].Text != "an" {
		return false
	}
	for i, n := range app[2:] {
		w := n.Text
		if personTrades.Has(w) {
			return i < 5
		}
		if orgNouns.Has(w) || appositionOrgNouns.Has(w) || copulaOrgNouns.Has(w) || !startsWord(w) || w == "of" || w == "at" || w == "who" || w == "whose" {
			return false
		}
	}
	return false
}

// orgNounAround reports an organisation noun just before the name ("the
// newspaper Sekai Nippo", "the Japan-based newspaper X") or just after it
// ("the Reuters news agency").
// lowerTitles are the offices wire copy writes in lower case right before
// a holder's name.
var lowerTitles = set("chairman", "chairwoman", "president", "minister", "secretary", "governor", "senator",
	"director", "spokesman", "spokeswoman", "ambassador", "undersecretary", "commissioner")

// lowerTitleBefore reports a title in lower case right before the name.
func lowerTitleBefore(d *doc, c *cand) bool {
	if c.start < 2 || d.body[c.start-1] != ' ' || d.body[c.start-2] < 'a' || d.body[c.start-2] > 'z' {
		return false // (the words are read only after a lower-case letter)
	}
	prev := d.prevWords(c.start, 1)
	return len(prev) == 1 && lowerTitles.Has(prev[0].Text)
}

func (r *Resolver) orgNounAround(d *doc, c *cand) bool {
	prev := d.prevWords(c.start, 1)
	if len(prev) == 1 && orgNouns.Has(strings.ToLower(prev[0].Text)) && !segment.IsCapitalised(prev[0].Text) && !(c.ner == graph.LabelPER && strings.Contains(c.name, " ") && (strings.EqualFold(prev[0].Text, "ministry") || strings.EqualFold(prev[0].Text, "department"))) {
		// (not "energy ministry Carlos Morales said": a person the
		// tagger read so, named after his ministry)
		return true
	}
	// "The state corporation, Comibol, …", "its airline, Garuda, …": a
	// body's noun with its article, then the name set off by a comma
	if prev := d.prevWords(c.start, 5); len(prev) >= 3 && prev[len(prev)-1].Text == "," {
		n := strings.ToLower(prev[len(prev)-2].Text)
		if (orgNouns.Has(n) || appositionOrgNouns.Has(n) || copulaOrgNouns.Has(n)) && !segment.IsCapitalised(prev[len(prev)-2].Text) {
			for i := len(prev) - 3; i >= 0; i-- {
				w := prev[i].Text
				if w == "the" || w == "The" || w == "its" || w == "Its" || w == "their" {
					// (not "another former official of the bank, Samuel
					// Yonnone": the person the phrase is headed by)
					return i == 0 || prev[i-1].Text != "of" && prev[i-1].Text != "for"
				}
				if !startsWord(w) || segment.IsCapitalised(w) || w == "and" || w == "of" {
					break
				}
			}
		}
	}
	// "the DIW economic research institute", "the National Meat board":
	// after "the", the name and the words that say what kind of body it
	// is, in lower case, up to the body's noun
	if prev := d.prevWords(c.start, 1); len(prev) == 1 && strings.EqualFold(prev[0].Text, "the") && c.ner != graph.LabelMISC {
		next := d.nextWords(c.end, 4)
		for _, n := range next {
			w := n.Text
			if kindBodyNouns.Has(w) {
				return true
			}
			if !startsWord(w) || segment.IsCapitalised(w) || kindStops.Has(w) || strings.HasSuffix(w, "ed") || strings.ContainsAny(w, "0123456789") {
				break // a verb, a joining word or a figure ends the phrase
			}
		}
	}
	// "Kataib Hezbollah, an Iraqi militia backed by Tehran", "Alitalia,
	// Italy's national airline"
	app := d.nextWords(c.end, 7)
	open := 0
	switch {
	case len(app) >= 3 && app[0].Text == "," && (app[1].Text == "a" || app[1].Text == "an" || app[1].Text == "the"):
		open = 2
	case len(app) >= 4 && app[0].Text == "," && segment.IsCapitalised(app[1].Text) && (app[2].Text == "'s" || app[2].Text == "’s"):
		open = 3
	}
	if open > 0 {
		for i, n := range app[open:min(len(app), open+3)] {
			w := n.Text
			if orgNouns.Has(w) || appositionOrgNouns.Has(w) {
				// "Jon Vik, the agency chief,": the body's officer, a person;
				// so is "Jon Vik, the company's sales manager,"
				k := i + open + 1
				if k < len(app) && (app[k].Text == "'s" || app[k].Text == "’s") {
					for _, h := range app[k+1 : min(len(app), k+4)] {
						if holderNouns.Has(h.Text) || holderNouns.Has(strings.TrimSuffix(h.Text, "s")) {
							return false
						}
					}
				}
				return k >= len(app) || !holderNouns.Has(app[k].Text)
			}
			if !startsWord(w) || w == "at" || w == "of" || w == "with" || w == "for" || w == "in" {
				break
			}
		}
	}
	// "Zelco is a Swiss multinational manufacturer", "Zelco was a
	// record label": a copula and an article open what the name is (not
	// for a person's name: "X is a university professor")
	if app := d.nextWords(c.end, 8); len(app) >= 3 && c.ner != graph.LabelPER && (app[0].Text == "is" || app[0].Text == "was") && (app[1].Text == "a" || app[1].Text == "an") {
		for _, n := range app[2:] {
			w := n.Text
			if orgNouns.Has(w) || appositionOrgNouns.Has(w) || copulaOrgNouns.Has(w) {
				return true
			}
			if !startsWord(w) || w == "at" || w == "of" || w == "with" || w == "for" || w == "in" || w == "who" || w == "and" {
				break
			}
		}
	}
	// "an analyst with Brask Lund", "an economist at Halden": where a
	// trade's worker works is a firm
	if prev := d.prevWords(c.start, 2); len(prev) == 2 && (prev[1].Text == "with" || prev[1].Text == "at") && workerNouns.Has(strings.ToLower(prev[0].Text)) && !strings.HasSuffix(c.name, "-based") {
		return true
	}
	// "lead manager Vesk Kolby", "arranger Brask Lund": a firm that
	// manages a securities issue
	if prev := d.prevWords(c.start, 2); len(prev) == 2 && (prev[1].Text == "arranger" || prev[1].Text == "underwriter" || prev[1].Text == "co-manager" ||
		prev[1].Text == "manager" && (prev[0].Text == "lead" || prev[0].Text == "co-lead" || prev[0].Text == "joint")) {
		return true
	}
	// "chief executive of Zelco", "a subsidiary of Zelco": an office or a
	// part only a company or body has
	if prev := d.prevWords(c.start, 4); len(prev) >= 2 && prev[len(prev)-1].Text == "of" {
		role := prev[:len(prev)-1]
		if role[len(role)-1].Text == "the" {
			role = role[:len(role)-1]
		}
		for i := range role {
			if corporateRoles.Has(strings.ToLower(tokText(role[i:]))) {
				return true
			}
		}
	}
	next := d.nextWords(c.end, 2)
	for i, n := range next {
		w := n.Text
		if segment.IsCapitalised(w) || !startsWord(w) {
			return false
		}
		if orgNouns.Has(w) {
			return true
		}
		if i == 0 && w != "news" && w != "state" && w != "media" && w != "wire" {
			return false
		}
	}
	return false
}

// holderNouns after a body's noun make a person of the one an apposition
// describes: "Jon Vik, the agency chief,".
var holderNouns = set("chief", "head", "director", "spokesman", "spokeswoman", "official", "president", "chairman",
	"economist", "analyst", "member", "executive", "manager", "lawyer", "adviser", "boss", "founder", "treasurer", "secretary")

// worldPlace finds a span the tagger called a place among the world's
// cities and regions (gazetteer.Places): the most populous city of the
// name, or its region where the sentence speaks of provinces or states
// or no city has the name; of a name followed by a country or region
// (", Spain", ", Ohio"), the one in that country, and none where no
// place of the name lies there. A span the tagger called a person or a
// body keeps its label: Jackson, Reading and Phoenix name people and
// firms as often as cities.
func (r *Resolver) worldPlace(d *doc, c *cand) (*gazetteer.Entry, string) {
	if c.ner != graph.LabelLOC || c.titled || !segment.IsCapitalised(c.name) {
		return nil, ""
	}
	es := r.g.Places(c.name)
	if len(es) == 0 {
		return nil, ""
	}
	why := "generated gazetteer "
	if isos := r.countriesAfterName(d, c.name); len(isos) > 0 {
		var in []gazetteer.Entry
		for _, e := range es {
			if slices.Contains(isos, e.Country) {
				in = append(in, e)
			}
		}
		if len(in) == 0 {
			return nil, ""
		}
		es, why = in, "generated gazetteer, in the country named after it, "
	}
	e := es[0]
	for _, x := range es {
		if x.Country != e.Country && r.countryInText(d, x.Country) && !r.countryInText(d, e.Country) {
			e, why = x, why+"in the country the article names, "
			break
		}
	}
	if e.Type == graph.City {
		for _, x := range es {
			if x.Type == graph.Region && (r.cuedSubdivision(d, c) || x.Country == e.Country && r.besideRegions(d, c, e.Country)) {
				e = x
				break
			}
		}
	}
	// a region is less known than a city, and many share their names
	// with places elsewhere ("Long Island" of the Bahamas): one is taken
	// where the article names its country, the sentence speaks of
	// provinces or states, or it follows a place and a comma ("Dalton, Ga.")
	if e.Type == graph.Region && !r.countryInText(d, e.Country) && !r.cuedSubdivision(d, c) && !afterPlaceComma(d, c.start) {
		return nil, ""
	}
	return &e, why + strings.ToLower(string(e.Type)) + " of " + e.Country
}

// countryByTail reads a place's name that is the last word of countries'
// names ("Korea" of North and South Korea) as the one of them the article
// names in full, by demonym or by capital ("Demands that Korea revalue
// ... should Seoul revalue the won"); none where it names both or neither.
func (r *Resolver) countryByTail(d *doc, c *cand) (*gazetteer.Entry, string) {
	if c.ner != graph.LabelLOC && c.ner != graph.LabelMISC || c.titled || strings.Contains(c.name, " ") {
		return nil, ""
	}
	var found *gazetteer.Entry
	for _, e := range r.countryTails[c.name] {
		if e.Until != "" && !r.countryInText(d, e.Country) {
			continue
		}
		named := r.countryInText(d, e.Country)
		for _, n := range e.Aliases {
			named = named || len(n) > len(c.name) && strings.Contains(n, " ") && strings.Contains(d.body, n)
		}
		named = named || e.Capital != "" && strings.Contains(d.body, e.Capital)
		if !named {
			continue
		}
		if found != nil {
			return nil, ""
		}
		found = &e
	}
	if found == nil {
		return nil, ""
	}
	return found, "the last word of " + found.Name + "'s name, the country of them the article names"
}

// countryInText reports an article that writes the name or a demonym of
// country iso: of two cities of one name ("Cadiz" in Spain and in the
// Philippines), the one in the country the article speaks of.
func (r *Resolver) countryInText(d *doc, iso string) bool {
	c, ok := r.g.Country(iso)
	if !ok {
		return false
	}
	for _, n := range append([]string{c.Name}, c.Demonyms...) {
		if strings.Contains(d.body, n) {
			return true
		}
	}
	return false
}

// besideRegions reports a sentence that names, besides c, a region of
// country iso that is no town's name: "in Corrientes, Chaco and Formosa",
// "15 mm in Cordoba, 15 and 120 mm in La Pampa": of a name that is a
// town's and a province's, the province.
func (r *Resolver) besideRegions(d *doc, c *cand, iso string) bool {
	i := d.tokAt(c.start)
	if i >= len(d.toks) {
		return false
	}
	sent := d.toks[i].sent
	from, to := i, i
	for from > 0 && d.toks[from-1].sent == sent {
		from--
	}
	for to < len(d.toks) && d.toks[to].sent == sent {
		to++
	}
	for j := from; j < to; j++ {
		t := d.toks[j]
		if t.Start >= c.start && t.Start < c.end || !segment.IsCapitalised(t.Text) || t.first {
			continue
		}
		// names of one to three capitalised words starting here
		for k := j + 1; k <= min(j+3, to) && segment.IsCapitalised(d.toks[k-1].Text); k++ {
			es := r.g.Places(d.body[t.Start:d.toks[k-1].End])
			if len(es) > 0 && es[0].Type == graph.Region && es[0].Country == iso {
				return true
			}
		}
	}
	return false
}

// afterPlaceComma reports a name after a capitalised word and a comma, as
// wire copy writes a state after its town: "Dalton, Ga.", "Wheeling, W. Va.".
func afterPlaceComma(d *doc, start int) bool {
	prev := d.prevWords(start, 2)
	return len(prev) == 2 && prev[1].Text == "," && segment.IsCapitalised(prev[0].Text)
}

// countriesAfterName are the countries a comma and a country's or
// region's name give after any mention of name in the article: "Trail and
// Kimberley, British Columbia" says which Kimberley the article's "mine at
// Kimberley" is too.
func (r *Resolver) countriesAfterName(d *doc, name string) []string {
	var isos []string
	for off := 0; ; {
		i := strings.Index(d.body[off:], name)
		if i < 0 {
			return isos
		}
		end := off + i + len(name)
		off = end
		if end < len(d.body) && d.body[end] != ',' {
			continue
		}
		for _, iso := range r.countriesAfterComma(d, end) {
			if !slices.Contains(isos, iso) {
				isos = append(isos, iso)
			}
		}
	}
}

// countriesAfterComma are the ISO3 codes of the countries a comma and a
// country's or region's name after a place name may mean ("Cordoba,
// Spain", "Columbus, Ohio", "Atlanta, Ga.", "Atlanta, Georgia": the
// country or the state), or none.
func (r *Resolver) countriesAfterComma(d *doc, end int) []string {
	next := d.nextWords(end, 4)
	if len(next) < 2 || next[0].Text != "," {
		return nil
	}
	n := 1 // the name after the comma ends at the next punctuation: "Philadelphia, Portland, Me."
	for n < len(next) && startsWord(next[n].Text) {
		n++
	}
	var isos []string
	for k := min(3, n-1); k >= 1 && len(isos) == 0; k-- {
		name := plain(tokText(next[1 : 1+k]))
		es := r.g.Lookup(name)
		if ps := r.g.Places(name); len(ps) > 0 && ps[0].Type == graph.Region {
			es = append(es, ps...) // not a town's name too: "Philadelphia, Portland, Me." (Jamaica has a Portland)
		}
		for _, e := range es {
			if (e.Type == graph.Country || e.Type == graph.Region) && e.Country != "" && !slices.Contains(isos, e.Country) {
				isos = append(isos, e.Country)
			}
		}
	}
	return isos
}

// secretaryDepartments makes the portfolio of a secretary's title before a
// person's name a mention of that department, as GUIDE.md annotates it
// ("Energy Secretary John Herrington", "U.S. Agriculture Secretary Richard
// Lyng", "Transportation Under Secretary X"): the department our knowledge
// has by "<portfolio> Department", the United States' as the wire writes
// them, or, after another state's demonym or name ("Philippine Finance
// Secretary"), that state's department of the portfolio. A minister's
// portfolio stays no mention (the guide's decision).
func (r *Resolver) secretaryDepartments(d *doc, cands []*cand) []*cand {
	var out []*cand
	for _, c := range cands {
		if c.typ != graph.Person {
			continue
		}
		prev := d.prevWords(c.start, 4)
		k := len(prev) - 1
		var p tok
		known := false // only a department the knowledge has
		if nx := d.nextWords(c.end, 5); len(nx) >= 4 && nx[0].Text == "," {
			// "Robert Ortner, Undersecretary of Commerce for Economic
			// Affairs,": the title set off after the name
			i := 1
			if w := nx[i].Text; w == "Under" || w == "Assistant" || w == "Deputy" {
				i++
			}
			if i+2 < len(nx) && (nx[i].Text == "Secretary" || nx[i].Text == "Undersecretary") && nx[i+1].Text == "of" && nx[i+2].Text != "State" {
				p, known, k = nx[i+2], true, 0
			}
		}
		switch {
		case p.Text != "":
		case k >= 2 && prev[k-1].Text == "of" && (prev[k-2].Text == "Secretary" || prev[k-2].Text == "Undersecretary") && prev[k].Text != "State":
			// "Secretary of Commerce Malcolm Baldrige", "Under Secretary of
			// Agriculture Daniel Amstutz": the portfolio after "of" ("Secretary
			// of State" is the title of a state's foreign minister, who serves
			// the state)
			p, known = prev[k], true
			k -= 2
		case k >= 1 && prev[k].Text == "Secretary":
			k--
			if w := prev[k].Text; (w == "Under" || w == "Assistant" || w == "Deputy") && k > 0 {
				k--
			}
			p = prev[k]
		default:
			continue
		}
		if !portfolioWords.Has(p.Text) || p.Text == "State" && len(prev) > 0 && prev[len(prev)-1].Text == "Secretary" || slices.ContainsFunc(cands, func(o *cand) bool { return o.start < p.End && p.Start < o.end }) {
			// ("Finance Ministry State Secretary Hans Tietmeyer": a State
			// Secretary is a title of its own, a junior minister)
			continue
		}
		var state gazetteer.Entry
		stated := false
		if k > 0 {
			state, stated = r.stateNamed(strings.TrimSuffix(prev[k-1].Text, "'s"))
		}
		n := &cand{start: p.Start, end: p.End, origStart: p.Start, label: graph.LabelORG, ner: graph.LabelORG,
			name: p.Text, typ: graph.Organization}
		if es := r.g.Lookup(p.Text + " Department"); len(es) == 1 && es[0].Type == graph.Organization && (!stated || state.Country == es[0].Country) {
			e := es[0]
			n.entry = &e
			n.reason = "the department of a secretary's title: " + e.Name
		} else if stated && len(state.Demonyms) > 0 && !known {
			n.name, n.orgOf = state.Demonyms[0]+" "+p.Text+" Department", state.Country
			n.reason = "the department of a secretary's title, " + state.Name + "'s"
		} else {
			continue
		}
		out = append(out, n)
	}
	return out
}

// sentenceDotCut is end without the dot of a legal form that also ends its
// sentence: "… led by First Boston Corp." names "First Boston Corp", the
// dot is the sentence's (as the annotation guide marks it); "Corp. said"
// keeps it inside a sentence.
func (d *doc) sentenceDotCut(start, end int) int {
	if end-start < 5 || d.body[end-1] != '.' {
		return end
	}
	last := d.body[start:end]
	if i := strings.LastIndexByte(last, ' '); i >= 0 {
		last = last[i+1:]
	}
	switch strings.ToLower(last) {
	case "corp.", "inc.", "co.", "ltd.", "plc.", "cos.":
	default:
		return end
	}
	if i := d.tokAt(end); i < len(d.toks) && !d.toks[i].first {
		return end
	}
	return end - 1
}
