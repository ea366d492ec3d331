package shared

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDir(t *testing.T) {
	if got, want := Dir(), filepath.Join("..", "..", "..", "shared"); got != want {
		t.Errorf("Dir() from ingest/shared = %q, want %q", got, want)
	}
}

func TestDirElsewhere(t *testing.T) {
	root := t.TempDir()
	module := filepath.Join(root, "project")
	deep := filepath.Join(module, "a", "b")
	outside := filepath.Join(root, "elsewhere")
	for _, d := range []string{deep, outside} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(module, "go.mod"), []byte("module project\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, wd, want string
	}{
		{"module root", module, filepath.Join("..", "shared")},
		{"two folders down", deep, filepath.Join("..", "..", "..", "shared")},
		{"outside a module", outside, filepath.Join("..", "shared")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(tt.wd)
			if got := Dir(); got != tt.want {
				t.Errorf("Dir() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPaths(t *testing.T) {
	dir := Dir()
	tests := []struct{ got, want string }{
		{ReferenceArticle(), filepath.Join(dir, "seed", "000_5361b55b051ced31.txt")},
		{CoNLL("dev"), filepath.Join(dir, "data", "conll2003", "dev.txt")},
		{CoNLL("train"), filepath.Join(dir, "data", "conll2003", "train.txt")},
		{ReutersDev(), filepath.Join(dir, "data", "reuters21578", "dev.jsonl")},
		{Petrarch(), filepath.Join(dir, "data", "petrarch2")},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

// recorder is a TB that keeps what a test would have been told.
type recorder struct{ skipped, failed string }

func (r *recorder) Helper()                           {}
func (r *recorder) Skipf(format string, args ...any)  { r.skipped = fmt.Sprintf(format, args...) }
func (r *recorder) Fatalf(format string, args ...any) { r.failed = fmt.Sprintf(format, args...) }

func TestNeed(t *testing.T) {
	present := filepath.Join(t.TempDir(), "here.txt")
	if err := os.WriteFile(present, []byte("text"), 0o644); err != nil {
		t.Fatal(err)
	}
	var r recorder
	if got := Need(&r, present); got != present || r.skipped != "" {
		t.Errorf("Need(present) = %q, skipped %q; want the path, no skip", got, r.skipped)
	}
	if got := Read(&r, present); string(got) != "text" || r.skipped != "" || r.failed != "" {
		t.Errorf("Read(present) = %q, skipped %q, failed %q", got, r.skipped, r.failed)
	}
	absent := filepath.Join(Dir(), "no-such-file.txt")
	Need(&r, absent)
	if !strings.Contains(r.skipped, absent) || !strings.Contains(r.skipped, "shared folder") {
		t.Errorf("skip message %q does not name the missing file and the shared folder", r.skipped)
	}
}
