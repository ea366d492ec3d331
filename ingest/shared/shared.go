// Package shared finds the team's data that lives outside the repository,
// in the folder "shared" beside the module root: the reference article,
// CoNLL-2003, the Reuters-21578 development corpus and the PETRARCH2
// dictionaries. Tests and commands take their paths from here, so the
// layout is written down once; a test skips, saying what is missing, when
// the folder is not there.
package shared

import (
	"os"
	"path/filepath"
)

// Dir is the shared folder: "shared" beside the directory that holds
// go.mod, found by walking up from the working directory, and given
// relative to the working directory (from the module root it is
// "../shared"). Outside a module it is "../shared", which is right for a
// binary run from the root of a checkout.
func Dir() string {
	wd, err := os.Getwd()
	if err != nil {
		return filepath.Join("..", "shared")
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			if rel, err := filepath.Rel(wd, filepath.Join(filepath.Dir(d), "shared")); err == nil {
				return rel
			}
			return filepath.Join(filepath.Dir(d), "shared")
		}
		if filepath.Dir(d) == d {
			return filepath.Join("..", "shared")
		}
	}
}

// ReferenceArticle is the team's reference article, a news story whose
// text is not ours to copy into the repository.
func ReferenceArticle() string {
	return filepath.Join(Dir(), "seed", "000_5361b55b051ced31.txt")
}

// CoNLL is a split of CoNLL-2003 in its original column format: "train",
// "dev" or "test".
func CoNLL(split string) string {
	return filepath.Join(Dir(), "data", "conll2003", split+".txt")
}

// ReutersDev is the development half of Reuters-21578, one JSON record a
// line, that the news annotations refer to.
func ReutersDev() string {
	return filepath.Join(Dir(), "data", "reuters21578", "dev.jsonl")
}

// Petrarch is the folder of the PETRARCH2 dictionaries (CAMEO verbs,
// Phoenix actors and agents).
func Petrarch() string {
	return filepath.Join(Dir(), "data", "petrarch2")
}

// TB is the part of testing.TB that Need and Read use; it keeps the
// testing package out of the commands that import this one.
type TB interface {
	Helper()
	Skipf(format string, args ...any)
	Fatalf(format string, args ...any)
}

// Need returns path, a file or folder of the shared folder, and skips the
// test when it is absent.
func Need(t TB, path string) string {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s is absent, so this test is skipped: it belongs to the team's shared folder, expected at %s, beside the module root (%v)", path, Dir(), err)
	}
	return path
}

// Read returns the contents of a file of the shared folder, skips the test
// when it is absent and fails it when it cannot be read.
func Read(t TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(Need(t, path))
	if err != nil {
		t.Fatalf("%s is there but cannot be read: %v", path, err)
	}
	return b
}
