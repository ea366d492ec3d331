// Package goldenfile rewrites a test's golden file under -update and shows
// what changed, so that a rewrite is reviewed line by line rather than
// trusted: a golden file is a claim about what is right, and a known error
// in it belongs in the test's list of known errors, not frozen as right.
package goldenfile

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/google/go-cmp/cmp"
)

// TB is the part of testing.TB that Update uses.
type TB interface {
	Helper()
	Fatal(args ...any)
	Logf(format string, args ...any)
}

// Report is where Update also writes the diffs (stderr), so that they
// show without -v.
var Report io.Writer = os.Stderr

// Update writes content to the golden file at path unless it holds it
// already, and reports the change as a diff of lines (-old +new) in the
// test log and on Report. It returns whether the file changed.
func Update(t TB, path string, content []byte) bool {
	t.Helper()
	old, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	if err == nil && bytes.Equal(old, content) {
		return false
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, content, 0o644); err != nil {
		t.Fatal(err)
	}
	diff := cmp.Diff(strings.Split(string(old), "\n"), strings.Split(string(content), "\n"))
	msg := fmt.Sprintf("golden file %s rewritten; review every changed line before committing it (-old +new):\n%s", path, diff)
	t.Logf("%s", msg)
	if Report != nil {
		fmt.Fprintln(Report, msg)
	}
	return true
}
