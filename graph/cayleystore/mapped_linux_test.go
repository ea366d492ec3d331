package cayleystore

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	hkv "github.com/hidal-go/hidalgo/kv"

	"actorgraph/graph"
)

// mappedKB is how much of the file at path this process has mapped in,
// from /proc/self/smaps.
func mappedKB(t *testing.T, path string) int {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	kb, in := 0, false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) >= 5 && strings.Contains(fields[0], "-") && len(fields[1]) == 4:
			// a mapping's first line: address range, permissions, offset,
			// device, inode and, for a file, its path
			in = len(fields) >= 6 && fields[5] == path
		case in && len(fields) == 3 && fields[0] == "Rss:":
			n, err := strconv.Atoi(fields[1])
			if err != nil {
				t.Fatal(err)
			}
			kb += n
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return kb
}

// A bulk write leaves none of the bbolt (or bolt) file mapped into the
// process, and what the store reads afterwards, mapped back, is what it
// read before.
func TestBulkWriteReleasesMappedStore(t *testing.T) {
	for _, backend := range []string{BBolt, Bolt} {
		t.Run(backend, func(t *testing.T) {
			if backend == Bolt && raceDetector {
				t.Skip("boltdb/bolt (unmaintained; bbolt is its fixed fork) fails -race's pointer checks (checkptr) on opening a store")
			}
			testBulkWriteReleasesMappedStore(t, backend)
		})
	}
}

func testBulkWriteReleasesMappedStore(t *testing.T, backend string) {
	ctx := context.Background()
	dir := t.TempDir()
	s := openURL(t, backend+":"+dir)
	closeAtEnd(t, &s)
	file := filepath.Join(dir, boltFile)
	syn := newSynthetic(17, 20, 2, 60, 8)
	export := func() []byte {
		t.Helper()
		var buf bytes.Buffer
		if err := s.Export(ctx, &buf, "nquads", graph.ExportScope{}); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	for round := range 2 {
		var xs []graph.Extraction
		for i := range s.BatchSize() {
			xs = append(xs, syn.article(round*s.BatchSize()+i))
		}
		before := export()
		if kb := mappedKB(t, file); round > 0 && kb == 0 {
			t.Fatalf("round %d: nothing of %s mapped after reading the whole store; the test reads the wrong mapping", round, file)
		}
		if _, err := s.WriteBatch(ctx, xs); err != nil {
			t.Fatal(err)
		}
		if kb := mappedKB(t, file); kb != 0 {
			t.Errorf("round %d: %d kB of the store still mapped after a bulk write, want 0", round, kb)
		}
		after := export()
		if !bytes.HasPrefix(after, before[:0]) || len(after) <= len(before) {
			t.Errorf("round %d: the export did not grow with the batch (%d -> %d bytes)", round, len(before), len(after))
		}
		if diff := cmp.Diff(string(after), string(export())); diff != "" {
			t.Errorf("round %d: two reads after the release differ:\n%s", round, diff)
		}
	}
	if diff := catalogueDiff(t, s); diff != "" {
		t.Errorf("the catalogue differs from a rebuild (-rebuilt +maintained):\n%s", diff)
	}
}

// A write transaction on bolt or bbolt releases the mapped store every
// releaseOps keys it reads or writes (pacedKV), in its middle, not only
// after it: the lookups before the release mapped much of the file, the
// one after it maps back a few pages. A bulk write releases through it.
func TestWriteTransactionReleasesMappedStore(t *testing.T) {
	for _, backend := range []string{BBolt, Bolt} {
		t.Run(backend, func(t *testing.T) {
			if backend == Bolt && raceDetector {
				t.Skip("boltdb/bolt (unmaintained; bbolt is its fixed fork) fails -race's pointer checks (checkptr) on opening a store")
			}
			testWriteTransactionReleasesMappedStore(t, backend)
		})
	}
}

func testWriteTransactionReleasesMappedStore(t *testing.T, backend string) {
	ctx := context.Background()
	dir := t.TempDir()
	s := openURL(t, backend+":"+dir)
	closeAtEnd(t, &s)
	file := filepath.Join(dir, boltFile)
	paced, ok := s.db.(*pacedKV)
	if !ok {
		t.Fatalf("a %s store writes through %T, not pacedKV", backend, s.db)
	}
	syn := newSynthetic(23, 20, 2, 60, 8)
	for round := range 2 {
		var xs []graph.Extraction
		for i := range s.BatchSize() {
			xs = append(xs, syn.article(round*s.BatchSize()+i))
		}
		before := paced.released.Load()
		if _, err := s.WriteBatch(ctx, xs); err != nil {
			t.Fatal(err)
		}
		if paced.released.Load() == before {
			t.Errorf("round %d: a batch of %d articles was written without a release inside its transaction", round, len(xs))
		}
	}

	var keys []hkv.Key
	err := hkv.View(ctx, s.db, func(tx hkv.Tx) error {
		it := tx.Scan(ctx)
		defer it.Close()
		for it.Next(ctx) {
			keys = append(keys, it.Key().Clone())
		}
		return it.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(keys) < 1000 {
		t.Fatalf("only %d keys in the store; the test needs its lookups spread over the file", len(keys))
	}
	tx, err := s.db.Tx(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Close()
	get := func(i int) {
		t.Helper()
		if _, err := tx.Get(ctx, keys[i%len(keys)]); err != nil && !errors.Is(err, hkv.ErrNotFound) {
			t.Fatal(err)
		}
	}
	for i := range releaseOps - 1 {
		get(i)
	}
	mapped := mappedKB(t, file)
	if mapped < 2048 {
		t.Fatalf("%d kB of %s mapped after %d lookups; the test reads the wrong mapping or too small a store", mapped, file, releaseOps-1)
	}
	get(releaseOps - 1)
	// one lookup maps a root-to-leaf path, each page with its neighbours
	if after := mappedKB(t, file); after > 1024 {
		t.Errorf("%d kB of the store mapped after the %d-th lookup of a write transaction (%d kB before it), want at most 1024", after, releaseOps, mapped)
	}

	// Cayley reads the index entries a transaction appends to with one
	// GetBatch of all of them; it is paced too, and answers every key.
	batch := make([]hkv.Key, 3*releaseOps)
	for i := range batch {
		batch[i] = keys[i%len(keys)]
	}
	before := paced.released.Load()
	vals, err := tx.GetBatch(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	if got := paced.released.Load() - before; got < 3 {
		t.Errorf("%d releases while a GetBatch read %d keys, want at least 3", got, len(batch))
	}
	for i, k := range batch {
		want, err := tx.Get(ctx, k)
		if err != nil && !errors.Is(err, hkv.ErrNotFound) {
			t.Fatal(err)
		}
		if !bytes.Equal(vals[i], want) {
			t.Fatalf("GetBatch's value %d (key %q) is %q, Get's %q", i, k, vals[i], want)
		}
	}
}
