package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
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

// kill -9 during a bulk ingest (64 articles a transaction, 256 on
// leveldb), five times at different moments: after each, every article in
// the store is whole — exactly its extraction's quads — or absent; then one
// more run completes the store. On the embedded default, on leveldb and,
// when ACTORGRAPH_TEST_POSTGRES names a server, on PostgreSQL (the bulk
// COPY write). Uses 1,000 articles
// of the development corpus (skipped without it).
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
	check := func(t *testing.T, store, when string) int {
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
	afters := []time.Duration{1800 * time.Millisecond, 2500 * time.Millisecond, 3000 * time.Millisecond, 3500 * time.Millisecond, 4000 * time.Millisecond}
	type kill struct {
		name, store string
		wait        func(t *testing.T, i int) // until the moment of the i-th kill
	}
	// leveldb too, killed twice as late, since its batches are four times
	// bigger (256 articles): they carry an already stored or repeated
	// article's changes in the batch's transaction and a second one
	// (cayleystore.WriteBatch)
	stores := []kill{
		{"bbolt", filepath.Join(dir, "store"), func(_ *testing.T, i int) { time.Sleep(afters[i]) }},
		{"leveldb", "leveldb:" + filepath.Join(dir, "leveldb"), func(_ *testing.T, i int) { time.Sleep(2 * afters[i]) }},
	}
	if base := os.Getenv("ACTORGRAPH_TEST_POSTGRES"); base != "" {
		// PostgreSQL is read while the ingest runs: each kill comes a
		// different time after a batch of new articles was committed,
		// so that it lands inside the next one whatever the machine's
		// load (re-runs rewrite the articles stored before, unchanged,
		// first)
		store := freshPostgres(t, base)
		db, err := sql.Open("postgres", store)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		last := func() int64 {
			var n int64
			db.QueryRow(`SELECT count(DISTINCT label_hash) FROM quads`).Scan(&n) // absent before the first open
			return n
		}
		stores = append(stores, kill{"postgres", store, func(t *testing.T, i int) {
			before := last()
			for deadline := time.Now().Add(time.Minute); last() == before; time.Sleep(10 * time.Millisecond) {
				if time.Now().After(deadline) {
					t.Fatalf("kill %d: no batch committed within a minute", i+1)
				}
			}
			time.Sleep(time.Duration(i) * 100 * time.Millisecond)
		}})
	}
	for _, k := range stores {
		store := k.store
		t.Run(k.name, func(t *testing.T) {
			for i := range afters {
				cmd := exec.Command(bin, "--store", store, "ingest", input)
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				start := time.Now()
				k.wait(t, i)
				cmd.Process.Kill() // SIGKILL: no clean shutdown
				cmd.Wait()
				t.Logf("kill %d after %v: %d articles whole", i+1, time.Since(start).Round(time.Millisecond), check(t, store, "after kill"))
			}
			if out, err := exec.Command(bin, "--store", store, "ingest", input).CombinedOutput(); err != nil {
				t.Fatalf("the last run: %v\n%s", err, out)
			}
			if n := check(t, store, "after the last run"); n != len(want) {
				t.Errorf("after the last run %d of %d articles are stored", n, len(want))
			}
		})
	}
}
