package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// dictText is written in the verb dictionary's format for this test: two
// synonym sets (one whose name ends in "_"), blocks with a code, the null
// code and a reversed code, irregular forms, multi-word verbs with the verb
// word first and last, and patterns with phrases, prepositional phrases,
// synsets, alternatives, "_" phrases, actor tokens, a "!" code, an
// undefined synset, a duplicate, a pattern of the verb alone and a
// transformation.
const dictText = `# a header comment
####### SYNONYM SETS #######

&AID
+AID
+HELP_
+RELIEF_SUPPLY

&PREP_
+IN
+AT

####### VERB PATTERNS #######

---  GIVE   [070]  ---
GIVE {GIVES GAVE GIVEN GIVING}
+HAND_OVER {+HANDS_OVER +HANDED_OVER} [0841]
DONATE  # a comment
SCRAP {SCRAPS SCRAPPED};shan 1/1/93
- * &AID                                  [073]   # GIVE
- * {FOOD PARCEL} (TO &PREP CAMP)         [0731]
- * (TO/FOR PROTEST)                      [140]
- * AIR_STRIKE                            [195]
- $ * ARMS (TO +)                         [072!]
- * &NOWHERE                              [073]
- * &AID                                  [073]   # a duplicate
- * [042:043]
~ a (a b GIVE) SAY = a b 070

---  OFFEND   [:110]  ---
WIRE_+TAP {WIRE_+TAPS WIRE_+TAPPED}
ANGER [---]
- * REVOKE_                               [---]
`

func parseText(t *testing.T, s string) (*dictionary, []string) {
	t.Helper()
	var skipped []string
	d, err := parseDictionary(strings.NewReader(s), func(_ int, why string) { skipped = append(skipped, why) })
	if err != nil {
		t.Fatal(err)
	}
	return d, skipped
}

func TestParseDictionary(t *testing.T) {
	d, skipped := parseText(t, dictText)
	want := &dictionary{
		synsets: []synset{
			{name: "AID", phrases: []string{"aid", "help_", "relief supply"}},
			{name: "PREP", phrases: []string{"in_", "at_"}},
		},
		blocks: []block{
			{
				name: "GIVE", code: "070",
				verbs: []verb{
					{entry: "GIVE", forms: []string{"give", "gave", "given", "gives", "giving"}},
					{entry: "HAND_OVER", code: "0841", after: []string{"over"}, forms: []string{"hand", "handed", "hands"}},
					{entry: "DONATE", forms: []string{"donate"}},
					{entry: "SCRAP", forms: []string{"scrap", "scrapped", "scraps"}},
				},
				patterns: []pattern{
					{code: "073", canon: "* &AID", text: "* &AID"},
					{code: "0731", canon: "* {food parcel} (to &PREP camp)", text: "* {FOOD PARCEL} (TO &PREP CAMP)"},
					{code: "140", canon: "* (to/for protest)", text: "* (TO/FOR PROTEST)"},
					{code: "195", canon: "* {air strike}", text: "* AIR_STRIKE"},
					{code: "072", canon: "* arms (to)", text: "$ * ARMS (TO +)"},
					{code: "042:043", canon: "*", text: "*"},
				},
			},
			{
				name: "OFFEND", code: ":110",
				verbs: []verb{
					{entry: "WIRE_TAP", before: []string{"wire"}, forms: []string{"tap", "tapped", "taps"}},
					{entry: "ANGER", code: "---", forms: []string{"anger"}},
				},
				patterns: []pattern{{code: "---", canon: "* revoke_", text: "* REVOKE_"}},
			},
		},
		stats: stats{actorTokens: 1, undefinedSynset: 1, bare: 1, duplicates: 1, bang: 1, transformations: 1},
	}
	opts := cmp.AllowUnexported(dictionary{}, synset{}, block{}, verb{}, pattern{}, stats{})
	if diff := cmp.Diff(want, d, opts); diff != "" {
		t.Errorf("parseDictionary (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"undefined synset &NOWHERE", "transformation"}, skipped); diff != "" {
		t.Errorf("skipped (-want +got):\n%s", diff)
	}
}

func TestParseErrors(t *testing.T) {
	for _, s := range []string{
		"---  X   [12x]  ---\n",
		"---  X   [010]  ---\nGIVE [01a]\n",
		"---  X   [010]  ---\nGIVE {GAVE\n",
		"---  X   [010]  ---\nGIVE TAKE\n",
	} {
		if _, err := parseDictionary(strings.NewReader(s), func(int, string) {}); err == nil {
			t.Errorf("parseDictionary(%q) succeeded, want an error", s)
		}
	}
	// unreadable patterns are skipped, not fatal
	d, skipped := parseText(t, "---  X   [010]  ---\nGIVE\n- * (AID [010]\n- * AID) [010]\n- * AID\n- AID [010]\n")
	if len(d.blocks[0].patterns) != 0 || d.stats.unreadable != 4 || len(skipped) != 4 {
		t.Errorf("patterns %v, unreadable %d, skipped %v; want none, 4, 4", d.blocks[0].patterns, d.stats.unreadable, skipped)
	}
}

func TestRegularForms(t *testing.T) {
	tests := []struct {
		verb           string
		canon, variant []string
	}{
		{"visit", []string{"visits", "visited", "visiting"}, []string{"visitted", "visitting"}},
		{"stop", []string{"stops", "stopped", "stopping"}, nil},
		{"impose", []string{"imposes", "imposed", "imposing"}, nil},
		{"carry", []string{"carries", "carried", "carrying"}, nil},
		{"play", []string{"plays", "played", "playing"}, nil},
		{"die", []string{"dies", "died", "dying"}, nil},
		{"agree", []string{"agrees", "agreed", "agreeing"}, nil},
		{"push", []string{"pushes", "pushed", "pushing"}, nil},
		{"veto", []string{"vetoes", "vetoed", "vetoing"}, nil},
		{"fix", []string{"fixes", "fixed", "fixing"}, nil},
		{"sanction", []string{"sanctions", "sanctioned", "sanctioning"}, nil},
	}
	for _, tt := range tests {
		canon, variant := regularForms(tt.verb)
		if diff := cmp.Diff(tt.canon, canon); diff != "" {
			t.Errorf("regularForms(%q) canon (-want +got):\n%s", tt.verb, diff)
		}
		if diff := cmp.Diff(tt.variant, variant); diff != "" {
			t.Errorf("regularForms(%q) variant (-want +got):\n%s", tt.verb, diff)
		}
	}
}

// writeWordNet writes a tiny WordNet: index.verb (with a licence line, a
// multi-word lemma and tag counts) and verb.exc.
func writeWordNet(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	index := "  1 This software and database is being provided to you\n" +
		"find v 13 6 @ ~ * $ + ; 13 100 02248483\n" +
		"found v 3 3 @ ~ + 3 2 02427103\n" +
		"give v 44 6 @ ~ * $ + ; 44 300 02199590\n" +
		"hope v 3 2 @ ~ 3 20 01811441\n" +
		"hop v 6 2 @ ~ 6 2 01966861\n" +
		"visit v 8 2 @ ~ 8 30 02489456\n" +
		"hand_over v 1 1 @ 1 0 02293321\n" +
		"anger v 2 1 @ 2 1 01787955\n"
	exc := "found find\ngave give\ngiven give\nmet meet\nhanded_over hand_over\n"
	for name, s := range map[string]string{"index.verb": index, "verb.exc": exc} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestBuildLemmas(t *testing.T) {
	wn, err := readWordNet(writeWordNet(t))
	if err != nil {
		t.Fatal(err)
	}
	d, _ := parseText(t, dictText)
	got := buildLemmas(wn, d)
	want := map[string][]string{
		"anger":  {"angered", "angering", "angerred", "angerring", "angers"},
		"donate": {"donated", "donates", "donating"}, // not in WordNet: from the dictionary
		"find":   {"finded", "finding", "finds", "found"},
		"found":  {"founded", "founding", "founds"},
		"give":   {"gave", "gived", "given", "gives", "giving"},
		"hand":   {"handed", "hands"}, // HAND_OVER's listed forms
		"hope":   {"hoped", "hopes", "hoping"},
		"hop":    {"hopped", "hopping", "hops"},
		"meet":   {"met"},                // a lemma of verb.exc only
		"scrap":  {"scrapped", "scraps"}, // the forms listed, no others
		"tap":    {"tapped", "taps"},
		"visit":  {"visited", "visiting", "visits", "visitted", "visitting"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("buildLemmas (-want +got):\n%s", diff)
	}
	if _, err := readWordNet(t.TempDir()); err == nil {
		t.Error("readWordNet of an empty directory succeeded, want an error")
	}
}

func gunzip(t *testing.T, path string) string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestRun converts the test dictionary end to end twice and checks the
// files, and that the bytes do not change.
func TestRun(t *testing.T) {
	wnDir := writeWordNet(t)
	dict := filepath.Join(t.TempDir(), "CAMEO.txt")
	if err := os.WriteFile(dict, []byte(dictText), 0o644); err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	var outs [2]string
	for i := range outs {
		outs[i] = t.TempDir()
		if err := run(dict, wnDir, outs[i], log); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"verbs.tsv.gz", "lemmas.tsv.gz"} {
		a, err := os.ReadFile(filepath.Join(outs[0], name))
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(outs[1], name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs between two runs", name)
		}
	}
	wantVerbs := verbsHeader + "\n" +
		"S\tAID\taid|help_|relief supply\n" +
		"S\tPREP\tin_|at_\n" +
		"B\tGIVE\t070\n" +
		"V\tGIVE\t\t\tgive gave given gives giving\t\n" +
		"V\tHAND_OVER\t0841\t\thand handed hands\tover\n" +
		"V\tDONATE\t\t\tdonate\t\n" +
		"V\tSCRAP\t\t\tscrap scrapped scraps\t\n" +
		"P\t073\t* &AID\t* &AID\n" +
		"P\t0731\t* {food parcel} (to &PREP camp)\t* {FOOD PARCEL} (TO &PREP CAMP)\n" +
		"P\t140\t* (to/for protest)\t* (TO/FOR PROTEST)\n" +
		"P\t195\t* {air strike}\t* AIR_STRIKE\n" +
		"P\t072\t* arms (to)\t$ * ARMS (TO +)\n" +
		"P\t042:043\t*\t*\n" +
		"B\tOFFEND\t:110\n" +
		"V\tWIRE_TAP\t\twire\ttap tapped taps\t\n" +
		"V\tANGER\t---\t\tanger\t\n" +
		"P\t---\t* revoke_\t* REVOKE_\n"
	if diff := cmp.Diff(wantVerbs, gunzip(t, filepath.Join(outs[0], "verbs.tsv.gz"))); diff != "" {
		t.Errorf("verbs.tsv.gz (-want +got):\n%s", diff)
	}
	lemmas := gunzip(t, filepath.Join(outs[0], "lemmas.tsv.gz"))
	for _, line := range []string{"find\tfinded finding finds found\n", "meet\tmet\n", "donate\tdonated donates donating\n"} {
		if !strings.Contains(lemmas, line) {
			t.Errorf("lemmas.tsv.gz lacks %q:\n%s", line, lemmas)
		}
	}
	if err := run(filepath.Join(t.TempDir(), "missing.txt"), wnDir, t.TempDir(), log); err == nil {
		t.Error("run with a missing dictionary succeeded, want an error")
	}
}
