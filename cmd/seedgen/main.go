// Command seedgen converts the PETRARCH2/Phoenix actor and agent
// dictionaries into the gazetteer's generated seeds: persons with their
// dated offices, organisations with their codes, and agent phrases
// ("minister", "rebels") with the sector code they give. It reads the
// dictionaries from -dir (by default shared.Petrarch,
// ../shared/data/petrarch2 seen from the project root) and writes
// seeds/petrarch/persons.tsv.gz, organizations.tsv.gz and agents.tsv.gz.
//
//	go run ./cmd/seedgen [-dir DIR] [-out seeds/petrarch]
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"actorgraph/cmd/internal/gzfile"
	"actorgraph/ingest/shared"
)

func main() {
	dir := flag.String("dir", shared.Petrarch(), "directory holding the Phoenix.*.txt dictionaries")
	out := flag.String("out", "seeds/petrarch", "directory to write the generated seeds into")
	flag.Parse()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	if err := run(*dir, *out, log); err != nil {
		log.Error("seedgen", "err", err)
		os.Exit(1)
	}
}

// The dictionaries read, and what each may hold.
var sources = []struct {
	file          string
	persons, orgs bool
}{
	{"Phoenix.Countries.actors.txt", true, true},
	{"Phoenix.International.actors.txt", true, true},
	{"Phoenix.MilNonState.actors.txt", false, true},
}

func run(dir, out string, log *slog.Logger) error {
	var persons []person
	var orgs []org
	for _, src := range sources {
		f, err := os.Open(filepath.Join(dir, src.file))
		if err != nil {
			return fmt.Errorf("open dictionary: %w", err)
		}
		nbad := 0
		recs, err := parse(f, func(err error) {
			nbad++
			log.Debug("skipped restriction", "file", src.file, "err", err)
		})
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", src.file, err)
		}
		np, no := 0, 0
		for _, r := range recs {
			if p, ok := toPerson(r); ok && src.persons {
				persons = append(persons, p)
				np++
			} else if o, ok := toOrg(r, src.file != "Phoenix.Countries.actors.txt"); ok && src.orgs {
				orgs = append(orgs, o)
				no++
			}
		}
		log.Info("read", "file", src.file, "records", len(recs), "unreadable restrictions", nbad, "persons", np, "organisations", no)
	}
	persons = mergePersons(persons)
	orgs = mergeOrgs(orgs)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if err := gzfile.Write(filepath.Join(out, "persons.tsv.gz"), func(w io.Writer) error { return writePersons(w, persons) }); err != nil {
		return err
	}
	if err := gzfile.Write(filepath.Join(out, "organizations.tsv.gz"), func(w io.Writer) error { return writeOrgs(w, orgs) }); err != nil {
		return err
	}
	f, err := os.Open(filepath.Join(dir, agentsFile))
	if err != nil {
		return fmt.Errorf("open dictionary: %w", err)
	}
	agents, problems, err := parseAgents(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", agentsFile, err)
	}
	for _, p := range problems {
		log.Debug("skipped agent", "file", agentsFile, "line", p.Line, "why", p.Why)
	}
	agents = sortAgents(agents)
	if err := gzfile.Write(filepath.Join(out, "agents.tsv.gz"), func(w io.Writer) error { return writeAgents(w, agents) }); err != nil {
		return err
	}
	log.Info("wrote", "dir", out, "persons", len(persons), "organisations", len(orgs),
		"agent phrases", len(agents), "agent lines left out", len(problems))
	return nil
}

// record is one dictionary entry: its phrases (the first is the primary
// one) and its codes, each possibly date-restricted.
type record struct {
	phrases []string
	codes   []code
	comment string // the primary line's comment ("CountryInfo.txt")
}

// code is a restriction: an actor code valid from From until Until (ISO
// dates, empty for open).
type code struct {
	Code, From, Until string
}

var bracket = regexp.MustCompile(`\[([^\]]*)\]`)

// parse reads an actor dictionary: a primary phrase, "+" synonyms, and
// tab-indented "[CODE restriction]" lines. A phrase line without "+" that
// follows a record with no code yet is read as one more synonym: the
// dictionaries often forget the "+".
// A restriction that cannot be read ("9008223") is reported to warn and
// its code dropped.
func parse(r io.Reader, warn func(error)) ([]record, error) {
	var recs []record
	var cur *record
	flush := func() {
		if cur != nil && len(cur.phrases) > 0 {
			recs = append(recs, *cur)
		}
		cur = nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		body, comment := line, ""
		if i := strings.IndexAny(line, "#;"); i >= 0 {
			body, comment = line[:i], strings.TrimSpace(line[i+1:])
		}
		if strings.TrimSpace(body) == "" {
			if strings.TrimSpace(line) == "" {
				flush()
			}
			continue
		}
		indented := body[0] == '\t' || body[0] == ' '
		body = strings.TrimSpace(body)
		codes, bad := codesIn(body)
		for _, err := range bad {
			warn(fmt.Errorf("line %d: %w", n, err))
		}
		phrase := strings.TrimSpace(bracket.ReplaceAllString(body, ""))
		switch {
		case indented && phrase == "":
			if cur == nil {
				continue
			}
			cur.codes = append(cur.codes, codes...)
		case strings.HasPrefix(phrase, "+"):
			if cur == nil {
				cur = &record{}
			}
			cur.phrases = append(cur.phrases, normPhrase(phrase[1:]))
			cur.codes = append(cur.codes, codes...)
		default:
			if cur == nil || len(cur.codes) > 0 {
				flush()
				cur = &record{comment: comment}
			}
			cur.phrases = append(cur.phrases, normPhrase(phrase))
			cur.codes = append(cur.codes, codes...)
		}
	}
	flush()
	return recs, sc.Err()
}

func normPhrase(p string) string {
	p = strings.ToUpper(strings.TrimSpace(p))
	p = strings.Join(strings.FieldsFunc(p, func(r rune) bool { return r == '_' || r == ' ' }), " ")
	return p
}

// codesIn reads every "[CODE]", "[CODE from-until]", "[CODE >from]" and
// "[CODE <until]" of a line, and the errors of those it cannot read. "---"
// is the null code.
func codesIn(s string) ([]code, []error) {
	var out []code
	var bad []error
	for _, m := range bracket.FindAllStringSubmatch(s, -1) {
		f := strings.Fields(m[1])
		if len(f) == 0 || f[0] == "---" {
			continue
		}
		c := code{Code: strings.ToUpper(f[0])}
		if len(f) > 1 {
			r := strings.Join(f[1:], "")
			if fixed, ok := restrictionFixes[c.Code+" "+r]; ok {
				r = fixed
			}
			var err error
			if c.From, c.Until, err = restriction(r); err != nil {
				bad = append(bad, fmt.Errorf("%s: %w", m[0], err))
				continue
			}
		}
		out = append(out, c)
	}
	return out, bad
}

// restrictionFixes correct the date restrictions the dictionaries get
// wrong, by code and restriction as written (cmd/seedgen's TestSeedEntries
// finds them).
var restrictionFixes = map[string]string{
	// Kamal Ganzouri's second premiership ran from 7 December 2011 to 2
	// August 2012; the dictionary starts it in December 2012, after its end.
	"EGYGOV 20121207-20120802": "20111207-20120802",
}

// restriction reads a date restriction into ISO dates.
func restriction(r string) (from, until string, err error) {
	switch {
	case strings.HasPrefix(r, ">"):
		from, err = isoDate(r[1:])
	case strings.HasPrefix(r, "<"):
		until, err = isoDate(r[1:])
	default:
		a, b, ok := strings.Cut(r, "-")
		if !ok {
			return "", "", fmt.Errorf("restriction %q is neither <date, >date nor date-date", r)
		}
		if from, err = isoDate(a); err == nil {
			until, err = isoDate(b)
		}
	}
	return from, until, err
}

// isoDate reads YYYYMMDD or YYMMDD. A two-digit year below 30 is 20xx: the
// dictionaries date to 2014 and write earlier years of the 1900s in full.
func isoDate(d string) (string, error) {
	for _, r := range d {
		if r < '0' || r > '9' {
			return "", fmt.Errorf("date %q is not all digits", d)
		}
	}
	switch len(d) {
	case 8:
	case 6:
		if d[:2] < "30" {
			d = "20" + d
		} else {
			d = "19" + d
		}
	default:
		return "", fmt.Errorf("date %q has neither 6 nor 8 digits", d)
	}
	y, m, day := d[:4], d[4:6], d[6:]
	if m < "01" || m > "12" || day < "01" || day > "31" {
		return "", fmt.Errorf("date %q is out of range", d)
	}
	return y + "-" + m + "-" + day, nil
}

// person is a generated office holder.
type person struct {
	Name    string
	Aliases []string
	Roles   []role
}

// role is an office: the ISO3 of the country (or the bloc code, "IGO"), the
// sector (GOV, MIL, …; the rest of the code is dropped) and its dates.
type role struct {
	Country, Sector, Code, From, Until string
}

// titleWords stand before a name in the dictionaries' synonyms ("PRESIDENT
// GEORGE BUSH", "FORMER SOVIET LEADER MIKHAIL GORBACHEV"); stripped, the
// rest is the name.
var titleWords = setOf("PRESIDENT", "PRESIDENT-ELECT", "VICE", "VICE-PRESIDENT", "PRIME", "MINISTER", "PREMIER",
	"CHANCELLOR", "KANZLER", "BUNDESKANZLER", "SECRETARY", "SECRETARY-GENERAL", "GENERAL", "LEADER", "FORMER",
	"EX", "EX-PRESIDENT", "EX-SOVIET", "US", "U.S.", "UNITED", "STATES", "AMERICAN", "SOVIET", "RUSSIAN", "GERMAN",
	"BRITISH", "FRENCH", "CHINESE", "JAPANESE", "GOV.", "GOVERNOR", "GOVENOR", "SENATOR", "SEN.", "MR", "MR.",
	"MRS", "MRS.", "MS", "MS.", "DR", "DR.", "SIR", "KING", "QUEEN", "PRINCE", "SHEIKH", "SHEIK", "GEN.", "COL.",
	"FOREIGN", "DEFENSE", "DEFENCE", "AMBASSADOR", "THE", "UN", "U.N.", "NATIONS", "CHAIRMAN", "COMMANDER",
	"DEPUTY", "ACTING", "INTERIOR", "FINANCE", "PARTY", "CHIEF", "OF", "STATE", "NATIONAL", "SECURITY", "ADVISER",
	"ADVISOR", "SPEAKER", "LT.", "MAJ.", "CAPT.", "ADM.", "GENERAL-SECRETARY", "AYATOLLAH", "MARSHAL")

// notNameWords make a phrase an institution, a place or a group, not a
// person.
var notNameWords = setOf("ADMINISTRATION", "GOVERNMENT", "ORGANIZATION", "ORGANISATION", "COUNCIL", "COMMITTEE",
	"PARTY", "FRONT", "ARMY", "FORCES", "FORCE", "MINISTRY", "AGENCY", "BANK", "FUND", "UNION", "ASSOCIATION",
	"LEAGUE", "MOVEMENT", "BRIGADE", "BRIGADES", "GROUP", "GROUPS", "COMMISSION", "COURT", "PARLIAMENT",
	"ASSEMBLY", "CONGRESS", "SENATE", "POLICE", "GUARD", "GUARDS", "INSTITUTE", "FEDERATION", "SOCIETY",
	"ALLIANCE", "TRIBUNAL", "SECRETARIAT", "OFFICE", "PROGRAMME", "PROGRAM", "AUTHORITY", "BUREAU", "CORPS",
	"CENTER", "CENTRE", "FOUNDATION", "CONFERENCE", "COMMUNITY", "REPUBLIC", "KINGDOM", "PROVINCE", "CITY",
	"REGIME", "CABINET", "MILITARY", "REBELS", "MILITIA", "PEACEKEEPER", "PEACEKEEPERS", "MONITOR", "CONTINGENT",
	"INITIATIVE", "DEPARTMENT", "COMPANY", "CORPORATION", "NETWORK", "CAMPAIGN", "COALITION", "PEOPLE", "OF",
	"AND", "FOR", "ISLANDS", "STATES", "NATIONS", "PRESIDENT", "MINISTER", "EMBASSY", "TROOPS", "SOLDIERS",
	"OFFICIALS", "FAMILY", "DYNASTY", "ERA", "CAMP", "SUPPORTERS", "LOYALISTS", "FACTION")

// orgWords mark an institution or group in a phrase.
var orgWords = setOf("ORGANIZATION", "ORGANISATION", "COUNCIL", "COMMITTEE", "PARTY", "FRONT", "ARMY", "FORCES",
	"MINISTRY", "AGENCY", "BANK", "FUND", "UNION", "ASSOCIATION", "LEAGUE", "MOVEMENT", "BRIGADE", "BRIGADES",
	"GROUP", "COMMISSION", "COURT", "PARLIAMENT", "ASSEMBLY", "CONGRESS", "SENATE", "POLICE", "INSTITUTE",
	"FEDERATION", "SOCIETY", "ALLIANCE", "TRIBUNAL", "SECRETARIAT", "PROGRAMME", "PROGRAM", "AUTHORITY",
	"BUREAU", "CORPS", "FOUNDATION", "COMMUNITY", "COALITION", "NETWORK", "CONFEDERATION", "SYNDICATE",
	"BOARD", "ARMED", "GUARD", "MILITIA", "REBELS", "TALIBAN", "PATROL", "COMMAND", "DIRECTORATE")

// ownNameWords are institution's words that alone name the one body
// news means by them: the Taliban, and "the Senate" and "Congress" of the
// United States, as wire copy writes them.
var ownNameWords = setOf("TALIBAN", "SENATE", "CONGRESS")

func setOf(ws ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// personName strips leading titles from a phrase and returns the name,
// title-cased; ok is false unless two to five name words remain.
func personName(phrase string) (string, bool) {
	ws := strings.Fields(phrase)
	// "FORMER CUBAN PRESIDENT FIDEL CASTRO": cut through the last title
	// that leaves two words
	for j := len(ws) - 3; j >= 0; j-- {
		if titleWords[ws[j]] {
			ws = ws[j+1:]
			break
		}
	}
	for len(ws) > 0 && titleWords[ws[0]] {
		ws = ws[1:]
	}
	if len(ws) < 2 || len(ws) > 5 {
		return "", false
	}
	for _, w := range ws {
		if notNameWords[w] || strings.ContainsAny(w, "0123456789()/&\"") || !hasLetter(w) {
			return "", false
		}
	}
	return titleCase(ws, false), true
}

func hasLetter(w string) bool {
	for _, r := range w {
		if r >= 'A' && r <= 'Z' || r > 127 {
			return true
		}
	}
	return false
}

// particles stay lower case inside a name ("Lothar de Maiziere").
var particles = setOf("DE", "DA", "DI", "DU", "DEL", "DELLA", "DOS", "VAN", "VON", "DER", "DEN", "LA", "LE", "BIN", "IBN", "Y")

// smallWords stay lower case inside an organisation's name.
var smallWords = setOf("OF", "THE", "FOR", "AND", "IN", "ON", "AT", "TO", "A", "AN")

// titleCase writes upper-case dictionary words as a name: "HELMUT KOHL" →
// "Helmut Kohl", "BOUTROS-GHALI" → "Boutros-Ghali", "O'NEILL" → "O'Neill".
// Roman numerals stay upper case; in organisation names (org) so do the
// small words' opposites, acronyms of up to five letters.
func titleCase(ws []string, org bool) string {
	out := make([]string, len(ws))
	for i, w := range ws {
		switch {
		case romanNumeral(w) && i > 0:
			out[i] = w
		case org && i > 0 && smallWords[w]:
			out[i] = strings.ToLower(w)
		case !org && i > 0 && i < len(ws)-1 && particles[w]:
			out[i] = strings.ToLower(w)
		case org && len(ws) == 1 && len([]rune(w)) <= 5:
			out[i] = w
		case org && strings.Contains(w, ".") && len(w) <= 8:
			out[i] = w // "U.N."
		default:
			out[i] = capitalise(w)
		}
	}
	return strings.Join(out, " ")
}

func romanNumeral(w string) bool {
	switch w {
	case "II", "III", "IV", "VI", "VII", "VIII":
		return true
	}
	return false
}

// capitalise lower-cases a word but for the first letter of each part
// after a hyphen, an apostrophe or a dot, and "Mc".
func capitalise(w string) string {
	rs := []rune(strings.ToLower(w))
	up := true
	for i, r := range rs {
		if up {
			rs[i] = []rune(strings.ToUpper(string(r)))[0]
		}
		// "O'Neill" but "Women's"
		up = r == '-' || r == '.' || r == '\'' && i+2 < len(rs)
		if i == 1 && rs[0] == 'M' && r == 'c' && len(rs) > 3 {
			up = true
		}
	}
	return string(rs)
}

// sectorsKept are the sector codes that stand for an office; ELI ("elite",
// a notable out of office) and bare country codes do not.
var sectorsKept = setOf("GOV", "MIL", "LEG", "JUD", "COP", "SPY", "OPP", "REB", "PTY", "BUS", "MED", "EDU",
	"LAB", "NGO", "IGO", "HLH", "AGR", "ENV", "REF", "HRI", "DEV", "CVL", "CRM", "REL", "UNO", "NGM", "MNC")

// toPerson reads a record as a person: its name must be a person's name
// and it must carry at least one dated office.
func toPerson(r record) (person, bool) {
	name, ok := personName(r.phrases[0])
	if !ok {
		return person{}, false
	}
	p := person{Name: name}
	for _, ph := range r.phrases[1:] {
		if a, ok := personName(ph); ok && a != name {
			p.Aliases = append(p.Aliases, a)
		}
	}
	p.Aliases = uniq(p.Aliases)
	dated := false
	for _, c := range r.codes {
		if len(c.Code) < 6 {
			continue
		}
		sector := c.Code[3:6]
		if !sectorsKept[sector] {
			continue
		}
		if c.From != "" || c.Until != "" {
			dated = true
		}
		p.Roles = append(p.Roles, role{Country: c.Code[:3], Sector: sector, Code: c.Code, From: c.From, Until: c.Until})
	}
	if !dated && !strings.Contains(r.comment, "CountryInfo") && !strings.Contains(r.comment, "rulers") {
		return person{}, false
	}
	return p, len(p.Roles) > 0
}

// org is a generated organisation.
type org struct {
	Name    string
	Code    string
	Aliases []string
}

// toOrg reads a record as an organisation: one coded beyond a bare country
// whose name has an institution's word in it, or (in the international and
// non-state dictionaries, acronyms allowed) any coded name.
func toOrg(r record, acronyms bool) (org, bool) {
	c := ""
	for _, x := range r.codes {
		if x.Code != "" {
			c = x.Code
			break
		}
	}
	// companies (MNC) are not actors the graph follows
	if c == "" || !acronyms && len(c) <= 3 || strings.HasPrefix(c, "MNC") {
		return org{}, false
	}
	var names []string
	for _, ph := range r.phrases {
		ws := strings.Fields(ph)
		if len(ws) == 0 || strings.ContainsAny(ph, "0123456789\"") {
			continue
		}
		named := false
		for _, w := range ws {
			if orgWords[strings.Trim(w, "()")] {
				named = true
			}
		}
		if !named && !(acronyms && len(ws) == 1 && len(ws[0]) >= 2 && len(ws[0]) <= 6) && !(acronyms && len(ws) >= 2) {
			continue
		}
		if ws[0] == "THE" && len(ws) > 1 {
			ws = ws[1:]
		}
		if w := strings.Trim(ws[0], "()"); len(ws) == 1 && orgWords[w] && !ownNameWords[w] {
			// "FOUNDATION" of El Rukn, "ORGANIZATION" of Tanzim: an
			// institution's word alone names a kind, no one body
			continue
		}
		names = append(names, titleCase(ws, true))
	}
	names = uniq(names)
	if len(names) == 0 {
		return org{}, false
	}
	return org{Name: names[0], Code: c, Aliases: names[1:]}, true
}

func uniq(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if x != "" && !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// mergePersons joins records of the same name: the dictionaries list some
// people twice (once per country file section).
func mergePersons(ps []person) []person {
	idx := map[string]int{}
	var out []person
	for _, p := range ps {
		if i, ok := idx[p.Name]; ok {
			out[i].Aliases = uniq(append(out[i].Aliases, p.Aliases...))
			out[i].Roles = append(out[i].Roles, p.Roles...)
			continue
		}
		idx[p.Name] = len(out)
		out = append(out, p)
	}
	for i := range out {
		out[i].Roles = uniqRoles(out[i].Roles)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func uniqRoles(rs []role) []role {
	seen := map[role]bool{}
	var out []role
	for _, r := range rs {
		if !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].From < out[j].From })
	return out
}

func mergeOrgs(os []org) []org {
	idx := map[string]int{}
	var out []org
	for _, o := range os {
		if i, ok := idx[o.Name]; ok {
			out[i].Aliases = uniq(append(out[i].Aliases, o.Aliases...))
			continue
		}
		idx[o.Name] = len(out)
		out = append(out, o)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// The generated files are gzip'd TSV, one record a line; list fields are
// joined by "|", a role is "COUNTRY SECTOR CODE FROM UNTIL" with "-" for an
// open date.
const (
	personsHeader = "# name\taliases\troles (country sector code from until)"
	orgsHeader    = "# name\tcode\taliases"
)

func writePersons(w io.Writer, ps []person) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, personsHeader)
	for _, p := range ps {
		var rs []string
		for _, r := range p.Roles {
			rs = append(rs, strings.Join([]string{r.Country, r.Sector, r.Code, orDash(r.From), orDash(r.Until)}, " "))
		}
		fmt.Fprintf(bw, "%s\t%s\t%s\n", p.Name, strings.Join(p.Aliases, "|"), strings.Join(rs, "|"))
	}
	return bw.Flush()
}

func writeOrgs(w io.Writer, os []org) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, orgsHeader)
	for _, o := range os {
		fmt.Fprintf(bw, "%s\t%s\t%s\n", o.Name, o.Code, strings.Join(o.Aliases, "|"))
	}
	return bw.Flush()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
