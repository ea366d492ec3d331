package reader

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"actorgraph/graph"

	"github.com/google/go-cmp/cmp"
)

// writeTree creates files (path → content) under root.
func writeTree(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestWalk(t *testing.T) {
	root := t.TempDir()
	page, err := os.ReadFile(filepath.Join("testdata", "nav-footer-ads.html"))
	if err != nil {
		t.Fatal(err)
	}
	writeTree(t, root, map[string]string{
		"b.txt":                    "- The Daily Example - March 1, 2024\n\n" + para1,
		"a/one.txt":                para2,
		"a/page.html":              string(page),
		"a/feed.jsonl":             `{"text":"` + para1 + `"}` + "\n" + `{"title":"none"}` + "\n" + `{"text":"` + para2 + `"}`,
		"a/records.json":           `[{"text":"` + para1 + `"}]`,
		"bad/binary.txt":           "PK\x03\x04\x00\x00binary",
		"bad/empty.txt":            "",
		"bad/latin1.txt":           "Caf\xe9",
		"bad/broken.json":          `{"text": `,
		"bad/furniture.md":         "Advertisement\n\nSubscribe",
		".hidden/secret.txt":       para1,
		"a/.draft.txt":             para1,
		"c/deep/er/still/last.txt": para1,
	})
	// One more bad input given by name: a path that does not exist.
	missing := filepath.Join(root, "missing.txt")

	var got []string
	probs, err := Walk(context.Background(), []string{root, missing}, func(d Document) error {
		got = append(got, strings.TrimPrefix(filepath.ToSlash(d.InputName), filepath.ToSlash(root)+"/"))
		return nil
	})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	want := []string{"a/feed.jsonl#1", "a/feed.jsonl#3", "a/one.txt", "a/page.html", "a/records.json#1", "b.txt", "c/deep/er/still/last.txt"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("documents delivered (-want +got):\n%s", diff)
	}

	var gotProblems []string
	for _, p := range probs {
		gotProblems = append(gotProblems, strings.TrimPrefix(filepath.ToSlash(p.Error()), filepath.ToSlash(root)+"/"))
		if !errors.Is(p, graph.ErrInvalid) {
			t.Errorf("problem %q does not wrap graph.ErrInvalid", p)
		}
	}
	wantProblems := []string{
		"a/feed.jsonl#2: record 2 (line 2) has no text or body field",
		"bad/binary.txt: looks like binary data",
		"bad/broken.json: is not valid JSON",
		"bad/empty.txt: is empty",
		"bad/furniture.md: has no article text left",
		"bad/latin1.txt: is not valid UTF-8",
		"missing.txt: does not exist",
	}
	if len(gotProblems) != len(wantProblems) {
		t.Fatalf("got problems %q, want %d", gotProblems, len(wantProblems))
	}
	for i := range wantProblems {
		if !strings.HasPrefix(gotProblems[i], wantProblems[i]) {
			t.Errorf("problem %d = %q, want it to start with %q", i, gotProblems[i], wantProblems[i])
		}
	}
}

func TestWalkStopsOnCallbackError(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"1.txt": para1, "2.txt": para2, "3.txt": para1})
	stop := errors.New("store is full")
	calls := 0
	_, err := Walk(context.Background(), []string{root}, func(Document) error {
		calls++
		if calls == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Errorf("Walk error = %v, want %v", err, stop)
	}
	if calls != 2 {
		t.Errorf("fn called %d times, want 2", calls)
	}
}

func TestWalkStopsOnCancel(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"1.txt": para1, "2.txt": para2})
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	_, err := Walk(ctx, []string{root}, func(Document) error {
		calls++
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) || calls != 1 {
		t.Errorf("Walk = %v after %d calls, want context.Canceled after 1", err, calls)
	}
}

func TestWalkStdinAndTooLarge(t *testing.T) {
	root := t.TempDir()
	big := filepath.Join(root, "big.txt")
	if err := os.WriteFile(big, bytes.Repeat([]byte("word "), MaxBytes/5+1), 0o644); err != nil {
		t.Fatal(err)
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.WriteString("- The Daily Example - March 1, 2024\n\n" + para1); err != nil {
		t.Fatal(err)
	}
	w.Close()
	stdin := os.Stdin
	os.Stdin = r
	t.Cleanup(func() { os.Stdin = stdin; r.Close() })

	var got []Document
	probs, err := Walk(context.Background(), []string{"-", big}, func(d Document) error {
		got = append(got, d)
		return nil
	})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	want := []Document{{InputName: "-", Publisher: "The Daily Example", Published: "2024-03-01", Body: para1}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("documents (-want +got):\n%s", diff)
	}
	if len(probs) != 1 || probs[0].InputName != big || !errors.Is(probs[0], graph.ErrTooLarge) {
		t.Errorf("problems = %v, want one ErrTooLarge for %s", probs, big)
	}
}
