package cayleystore

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	hbbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"

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

// readEvery reads every stride-th page of a store file of size bytes
// through page, and returns how many it read.
func readEvery(t *testing.T, size, stride int, page func(id int) error) int {
	t.Helper()
	pages := 0
	for id := stride; (id+1)*os.Getpagesize() <= size; id += stride {
		if err := page(id); err != nil {
			t.Fatal(err)
		}
		pages++
	}
	return pages
}

// onBoltBackends runs test on bbolt and on bolt, each as a subtest.
func onBoltBackends(t *testing.T, test func(*testing.T, string)) {
	for _, backend := range []string{BBolt, Bolt} {
		t.Run(backend, func(t *testing.T) {
			if backend == Bolt && raceDetector {
				t.Skip("boltdb/bolt (unmaintained; bbolt is its fixed fork) fails -race's pointer checks (checkptr) on opening a store")
			}
			test(t, backend)
		})
	}
}

// keepNoMapped makes every bulk write release the mapped store, as when
// the process's mapped files pass keepMapped, for one test.
func keepNoMapped(t *testing.T) {
	kept := keepMapped
	keepMapped = 0
	t.Cleanup(func() { keepMapped = kept })
}

// A bulk write, once the process's mapped files pass keepMapped, leaves
// none of the bbolt (or bolt) file mapped into the process, and what the
// store reads afterwards, mapped back, is what it read before.
func TestBulkWriteReleasesMappedStore(t *testing.T) {
	onBoltBackends(t, testBulkWriteReleasesMappedStore)
}

func testBulkWriteReleasesMappedStore(t *testing.T, backend string) {
	keepNoMapped(t)
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

// After a bulk write, a read of one page of the store maps at most one
// split chunk of the file, not the 64 kB the kernel maps around a read of a
// cached page by default (or a whole large folio): the pages read are
// spread over the file, so each would map sixteen pages it does not need.
func TestBulkWriteSplitsMappedStore(t *testing.T) {
	onBoltBackends(t, testBulkWriteSplitsMappedStore)
}

func testBulkWriteSplitsMappedStore(t *testing.T, backend string) {
	keepNoMapped(t)
	ctx := context.Background()
	dir := t.TempDir()
	s := openURL(t, backend+":"+dir)
	closeAtEnd(t, &s)
	file := filepath.Join(dir, boltFile)
	syn := newSynthetic(17, 20, 2, 60, 8)
	var xs []graph.Extraction
	for i := range s.BatchSize() {
		xs = append(xs, syn.article(i))
	}
	if _, err := s.WriteBatch(ctx, xs); err != nil {
		t.Fatal(err)
	}
	if kb := mappedKB(t, file); kb != 0 {
		t.Fatalf("%d kB of the store mapped after a bulk write, want 0", kb)
	}
	// one page in every 128 kB, the page cache holding them all (just
	// written): each read faults once, and opening the transaction reads
	// the meta pages at the start
	const stride = 32
	var pages, size int
	switch b := s.db.(type) {
	case *hbbolt.DB:
		tx, err := b.DB().Begin(false)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback()
		size = int(tx.Size())
		pages = readEvery(t, size, stride, func(id int) error { _, err := tx.Page(id); return err })
	case *hbolt.DB:
		tx, err := b.DB().Begin(false)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback()
		size = int(tx.Size())
		pages = readEvery(t, size, stride, func(id int) error { _, err := tx.Page(id); return err })
	default:
		t.Fatalf("the store's database is a %T", s.db)
	}
	if pages < 8 {
		t.Fatalf("a %d-byte store has %d pages to read; the test needs a larger batch", size, pages)
	}
	got := mappedKB(t, file)
	if want := (pages + 1) * splitChunk >> 10; got > want || got == 0 {
		t.Errorf("reading %d pages of a %d kB store mapped %d kB of it, want at most %d kB (%d kB a page) and more than 0", pages, size>>10, got, want, splitChunk>>10)
	}
}

// Below keepMapped, a bulk write leaves the store's pages mapped, so the
// next one does not fault back in, one by one, the pages every
// transaction walks.
func TestBulkWriteKeepsSmallMapping(t *testing.T) {
	onBoltBackends(t, func(t *testing.T, backend string) {
		ctx := context.Background()
		dir := t.TempDir()
		s := openURL(t, backend+":"+dir)
		closeAtEnd(t, &s)
		syn := newSynthetic(19, 20, 2, 60, 8)
		var xs []graph.Extraction
		for i := range s.BatchSize() {
			xs = append(xs, syn.article(i))
		}
		if _, err := s.WriteBatch(ctx, xs); err != nil {
			t.Fatal(err)
		}
		n, err := fileResident()
		if err != nil {
			t.Fatal(err)
		}
		if n > keepMapped {
			t.Skipf("the test process has %d MB of mapped files resident already, more than the %d MB kept", n>>20, keepMapped>>20)
		}
		if kb := mappedKB(t, filepath.Join(dir, boltFile)); kb == 0 {
			t.Errorf("nothing of the store mapped after a bulk write with %d MB of mapped files resident, want its pages kept below %d MB", n>>20, keepMapped>>20)
		}
	})
}
