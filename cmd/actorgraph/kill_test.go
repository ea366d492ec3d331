package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"actorgraph/graph"
	"actorgraph/graph/cayleystore"
	"actorgraph/ingest/shared"
)

// kill -9 during a bulk ingest (64 articles a transaction), five times at
// different moments: after each, every article in the store is whole —
// exactly its extraction's quads — or absent; then one more run completes
// the store. Uses 1,000 articles of the development corpus (skipped without
// it).
func TestKillDuringIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and ingests 1,000 articles five times; skipped with -short")
	}
	f, err := os.Open(shared.Need(t, shared.ReutersDev()))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	input := filepath.Join(dir, "articles.jsonl")
	var lines bytes.Buffer
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 0; n < 1000 && sc.Scan(); n++ {
		lines.Write(sc.Bytes())
		lines.WriteByte('\n')
	}
	f.Close()
	if err := os.WriteFile(input, lines.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "actorgraph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	// what each article's quads are, from extract
	out, err := exec.Command(bin, "extract", "--format", "jsonl", input).Output()
	if err != nil {
		t.Fatalf("extract: %v", err)
	}
	// an article that comes twice (a repeated record) is left out: what a
	// second reading keeps of the first is Write's business, tested there
	quads := map[string]map[string]bool{}
	twice := map[string]bool{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for dec.More() {
		var x graph.Extraction
		if err := dec.Decode(&x); err != nil {
			t.Fatal(err)
		}
		if quads[x.Article.ID] == nil {
			quads[x.Article.ID] = map[string]bool{}
		} else {
			twice[x.Article.ID] = true
		}
		for _, q := range graph.Quads(x) {
			quads[x.Article.ID][q.String()] = true
		}
	}
	want := map[string]int{}
	for id, qs := range quads {
		if !twice[id] {
			want[id] = len(qs)
		}
	}
	store := filepath.Join(dir, "store")
	check := func(when string) int {
		t.Helper()
		s, err := cayleystore.Open(context.Background(), store, nil)
		if err != nil {
			t.Fatalf("%s: open: %v", when, err)
		}
		defer s.Close()
		whole := 0
		for id, n := range want {
			var buf bytes.Buffer
			if err := s.Export(context.Background(), &buf, "nquads", graph.ExportScope{Article: id}); err != nil {
				continue // absent
			}
			if got := bytes.Count(buf.Bytes(), []byte("\n")); got != n {
				t.Errorf("%s: article %s holds %d quads, want %d or none", when, id, got, n)
			}
			whole++
		}
		return whole
	}
	// the pipeline takes a second or two to load; then a batch of 64 is
	// stored every few tenths of a second
	for i, after := range []time.Duration{1800 * time.Millisecond, 2500 * time.Millisecond, 3000 * time.Millisecond, 3500 * time.Millisecond, 4000 * time.Millisecond} {
		cmd := exec.Command(bin, "--store", store, "ingest", input)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(after)
		cmd.Process.Kill() // SIGKILL: no clean shutdown
		cmd.Wait()
		t.Logf("kill %d after %v: %d articles whole", i+1, after, check("after kill"))
	}
	if out, err := exec.Command(bin, "--store", store, "ingest", input).CombinedOutput(); err != nil {
		t.Fatalf("the last run: %v\n%s", err, out)
	}
	if n := check("after the last run"); n != len(want) {
		t.Errorf("after the last run %d of %d articles are stored", n, len(want))
	}
}
