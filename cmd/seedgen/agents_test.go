package main

import (
	"bufio"
	"bytes"
	"maps"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"actorgraph/ingest/shared"
)

// agentsSnippet is written in the agents dictionary's format for this
// test: a substitution set used inside a word and before a gap (once with
// no blank before the code), "{}", a plural in braces, a phrase ending in
// "_", plurals of words ending in a consonant's y, a vowel's y, "ss", "ch"
// and one "s", a code placed before the actor's, a comment, and four lines
// it cannot read.
const agentsSnippet = `# a comment
!PERSON! = MAN, WOMEN
FARM!PERSON![~AGR]
!PERSON! OF_LAW [~JUD]   # a comment after an entry
POLICE {} [~COP]
CATTLE_THIEF {CATTLE_THIEVES} [~CRM]
MINISTRY_  [~GOV]
MILITARY_DEPUTY [~MIL]
ATTORNEY [~JUD]
PRESS [~MED]
CHURCH [~REL]
ARMED_FORCES [~MIL]
TRUCE_MONITOR [IGO~]
NO_CODE
OPEN_CODE [~ENV}
BARE_CODE [GOV]
!NOBODY! [~GOV]
`

func TestParseAgents(t *testing.T) {
	got, problems, err := parseAgents(strings.NewReader(agentsSnippet))
	if err != nil {
		t.Fatal(err)
	}
	a := func(phrase, code, place string, line int) agent {
		return agent{Phrase: phrase, Code: code, Place: place, Line: line}
	}
	want := []agent{
		a("farmman", "AGR", "after", 3), a("farmwomen", "AGR", "after", 3),
		a("man * of law", "JUD", "after", 4), a("women * of law", "JUD", "after", 4),
		a("police", "COP", "after", 5),
		a("cattle thief", "CRM", "after", 6), a("cattle thieves", "CRM", "after", 6),
		a("ministry", "GOV", "after", 7),
		a("military deputy", "MIL", "after", 8), a("military deputies", "MIL", "after", 8),
		a("attorney", "JUD", "after", 9), a("attorneys", "JUD", "after", 9),
		a("press", "MED", "after", 10), a("presses", "MED", "after", 10),
		a("church", "REL", "after", 11), a("churches", "REL", "after", 11),
		a("armed forces", "MIL", "after", 12),
		a("truce monitor", "IGO", "before", 13), a("truce monitors", "IGO", "before", 13),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("parseAgents (-want +got):\n%s", diff)
	}
	wantProblems := []agentProblem{
		{14, "NO_CODE", "no [code]"},
		{15, "OPEN_CODE [~ENV}", "the [code] is not closed with ]"},
		{16, "BARE_CODE [GOV]", `code "GOV" has no ~ to say where it goes`},
		{17, "!NOBODY! [~GOV]", "undefined substitution set !NOBODY!"},
	}
	if diff := cmp.Diff(wantProblems, problems); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]agent{a("police", "COP", "after", 5), a("police", "GOV", "after", 1)},
		sortAgents([]agent{a("police", "GOV", "after", 1), a("police", "COP", "after", 5), a("police", "COP", "after", 9)})); diff != "" {
		t.Errorf("sortAgents (-want +got):\n%s", diff)
	}
}

// knownAgentProblems are the agents dictionary's lines the conversion
// cannot read, as written, with what is wrong: TestAgentsAreTheDictionary
// prints them, and fails for one not listed here or one read now.
var knownAgentProblems = map[string]string{
	"DEPARMENT_OF_ENVIRONMENT [~ENV}": "its code closes with } (and DEPARTMENT is misspelt)",
	"ISLAMIC_EXTREMIST":               "no code; the next line, ISLAMIC_EXTREMIST_GROUP, has one",
}

// TestAgentsAreTheDictionary reads the agents dictionary line by line, on
// its own terms, and finds every entry in the embedded agents.tsv.gz with
// its code and its code's place: the phrase as written, each substitution
// of a "!NAME!" set, and the plural the braces give. (The comparison with
// a regenerated file, entry by entry, is in TestSeedsAreTheDictionaries.)
func TestAgentsAreTheDictionary(t *testing.T) {
	src := string(shared.Read(t, filepath.Join(shared.Petrarch(), agentsFile)))
	embedded, _ := seedLines(t, embeddedSeeds("agents.tsv.gz"))
	_, problems, err := parseAgents(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	bad := map[string]bool{}
	for _, p := range problems {
		text := strings.TrimSpace(p.Text)
		bad[text] = true
		if why, ok := knownAgentProblems[text]; ok {
			t.Logf("known error: %s:%d %q: %s (%s)", agentsFile, p.Line, text, p.Why, why)
			continue
		}
		t.Errorf("%s:%d %q is left out: %s", agentsFile, p.Line, text, p.Why)
	}
	for text := range knownAgentProblems {
		if !bad[text] {
			t.Errorf("%q is a known problem but is read now: take it off knownAgentProblems", text)
		}
	}

	for wrong := range agentFixes {
		if !strings.Contains(src, wrong) {
			t.Errorf("agentFixes corrects %q, which the dictionary no longer has", wrong)
		}
	}
	entry := regexp.MustCompile(`^([^\[{]+?)\s*(?:\{([^}]*)\})?\s*\[(~?)([A-Z]+)(~?)\]$`)
	subs := map[string][]string{}
	words := func(p string) string { // "A_B C" → "a b * c"
		p = strings.Join(strings.Fields(p), " * ")
		return strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(p, "_", " "))), " ")
	}
	checked := 0
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		for wrong, right := range agentFixes {
			if strings.Contains(line, wrong) {
				t.Logf("corrected: %s:%d %q, %s read as %s", agentsFile, n, line, wrong, right)
				line = strings.ReplaceAll(line, wrong, right)
			}
		}
		if line == "" || bad[line] {
			continue
		}
		if name, list, ok := strings.Cut(line, " = "); ok && strings.HasPrefix(name, "!") {
			for _, w := range strings.Split(list, ",") {
				subs[name] = append(subs[name], strings.TrimSpace(w))
			}
			continue
		}
		m := entry.FindStringSubmatch(line)
		if m == nil {
			t.Errorf("%s:%d %q: not an entry this test can read", agentsFile, n, line)
			continue
		}
		phrase, plural, code, place := m[1], m[2], m[4], "after"
		if m[5] == "~" {
			place = "before"
		}
		phrases := []string{phrase}
		for name, list := range subs {
			if strings.Contains(phrase, name) {
				phrases = nil
				for _, w := range list {
					phrases = append(phrases, strings.Replace(phrase, name, w, 1))
				}
			}
		}
		if strings.TrimSpace(plural) != "" {
			phrases = append(phrases, plural)
		}
		for _, p := range phrases {
			checked++
			if want := code + "\t" + place; !slices.Contains(embedded[words(p)], want) {
				t.Errorf("%s:%d %q: the embedded agents give %q %q, want %q", agentsFile, n, line, words(p), embedded[words(p)], want)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d phrases of the agents dictionary found in the embedded agents with their codes", checked)
}

// TestAgentEntries checks each line of the embedded agents: a phrase of
// lower-case words (no "_", "!" or braces left, "*" only between words),
// a code of three-letter CAMEO sector parts ("GOV", "GOVAGR"), and the
// code's place; lines sorted and none twice. Phrases the dictionary gives
// two codes are printed.
func TestAgentEntries(t *testing.T) {
	lines, order := seedLines(t, embeddedSeeds("agents.tsv.gz"))
	code := regexp.MustCompile(`^(?:[A-Z]{3})+$`)
	parts := map[string]int{}
	var all []string
	for _, phrase := range order {
		ws := strings.Split(phrase, " ")
		if phrase == "" || strings.ContainsAny(phrase, "_!{}[]~\t") || phrase != strings.ToLower(phrase) ||
			slices.Contains(ws, "") || ws[0] == "*" || ws[len(ws)-1] == "*" {
			t.Errorf("agent phrase %q is malformed", phrase)
		}
		for _, rest := range lines[phrase] {
			all = append(all, phrase+"\t"+rest)
			f := strings.Split(rest, "\t")
			if len(f) != 2 || !code.MatchString(f[0]) || (f[1] != "after" && f[1] != "before") {
				t.Errorf("agent %q: %q is no code and place", phrase, rest)
				continue
			}
			for i := 0; i < len(f[0]); i += 3 {
				parts[f[0][i:i+3]]++
			}
		}
		if len(lines[phrase]) > 1 {
			t.Logf("agent %q has codes %q", phrase, lines[phrase])
		}
	}
	if !slices.IsSorted(all) || len(slices.Compact(slices.Clone(all))) != len(all) {
		t.Error("the agents are not sorted one line each: regenerate them with make seeds")
	}
	var counts bytes.Buffer
	for _, p := range slices.Sorted(maps.Keys(parts)) {
		counts.WriteString(" " + p)
	}
	t.Logf("%d agent lines; code parts:%s", len(all), counts.String())
}

// TestAgentWords: the words a coder most needs give the sector CAMEO gives
// them, singular and plural, and a phrase with a gap or a code placed
// before the actor's reads as the dictionary means.
func TestAgentWords(t *testing.T) {
	lines, _ := seedLines(t, embeddedSeeds("agents.tsv.gz"))
	for _, tt := range []struct{ phrase, want string }{
		{"minister", "GOV\tafter"}, {"ministers", "GOV\tafter"},
		{"rebel", "REB\tafter"}, {"rebels", "REB\tafter"},
		{"police", "COP\tafter"}, {"riot police", "COP\tafter"},
		{"judge", "JUD\tafter"}, {"soldiers", "MIL\tafter"},
		{"cattlemen", "AGR\tafter"}, {"chambers of commerce", "BUS\tafter"},
		{"minister * for agriculture", "GOVAGR\tafter"},
		{"truce monitors", "IGO\tbefore"},
	} {
		if got := lines[tt.phrase]; !slices.Contains(got, tt.want) {
			t.Errorf("agent %q gives %q, want %q among them", tt.phrase, got, tt.want)
		}
	}
	if got := lines["polices"]; got != nil {
		t.Errorf("agent \"polices\" gives %q: POLICE {} has no plural", got)
	}
}
