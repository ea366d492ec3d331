package goldenfile

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type recorder struct {
	testing.TB
	logs []string
}

func (r *recorder) Logf(format string, args ...any) {
	r.logs = append(r.logs, fmt.Sprintf(format, args...))
}

func TestUpdateShowsWhatChanged(t *testing.T) {
	var out bytes.Buffer
	Report = &out
	defer func() { Report = nil }()
	path := filepath.Join(t.TempDir(), "sub", "x.golden")
	r := &recorder{TB: t}

	if !Update(r, path, []byte("a\nb\n")) {
		t.Fatal("a new golden file was not reported as changed")
	}
	if got, _ := os.ReadFile(path); string(got) != "a\nb\n" {
		t.Fatalf("golden file holds %q", got)
	}
	out.Reset()
	r.logs = nil
	if Update(r, path, []byte("a\nb\n")) || len(r.logs) != 0 || out.Len() != 0 {
		t.Fatalf("an unchanged golden file was reported: %q %q", r.logs, out.String())
	}
	if !Update(r, path, []byte("a\nc\n")) {
		t.Fatal("a changed golden file was not reported")
	}
	if len(r.logs) != 1 || !strings.Contains(r.logs[0], `-`) || !strings.Contains(r.logs[0], `"b"`) || !strings.Contains(r.logs[0], `"c"`) {
		t.Fatalf("the log does not show the old and new lines: %q", r.logs)
	}
	if !strings.Contains(out.String(), path) {
		t.Fatalf("the report does not name the file: %q", out.String())
	}
	if got, _ := os.ReadFile(path); string(got) != "a\nc\n" {
		t.Fatalf("golden file holds %q", got)
	}
}
