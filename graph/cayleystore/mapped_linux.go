package cayleystore

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"

	hkv "github.com/hidal-go/hidalgo/kv"
	hbbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
	"golang.org/x/sys/unix"
)

// releaseMapped unmaps from this process the pages of a bbolt store's file
// that its reads mapped in (madvise MADV_DONTNEED). bbolt reads through a
// shared, read-only mapping of the whole file, so during a bulk write every
// page of the B+trees it looks a key up in stays in the process's RSS until
// the end: about the size of the store, 450 MB for the Reuters development
// set. The pages stay in the kernel's page cache, as a leveldb store's
// files do, and a later read maps them back from there, with the same bytes
// (the mapping is of the file, and bbolt writes the file, never the
// mapping). Other backends have nothing to release.
//
// It also splits the mapping (m.split) so that each later read maps less.
//
// A read transaction is held meanwhile: it holds bbolt's mapping lock, so
// the file cannot be remapped (bbolt does when it grows) between reading
// the mapping's address and the calls. Bolt, bbolt's ancestor (the "bolt"
// backend), maps its file the same way.
func releaseMapped(db hkv.KV, m *mapping) error {
	switch b := db.(type) {
	case *hbbolt.DB:
		tx, err := b.DB().Begin(false)
		if err != nil {
			return fmt.Errorf("release the mapped store: %w", err)
		}
		defer tx.Rollback()
		return m.release(b.DB().Info().Data, tx.Size())
	case *hbolt.DB:
		tx, err := b.DB().Begin(false)
		if err != nil {
			return fmt.Errorf("release the mapped store: %w", err)
		}
		defer tx.Rollback()
		return m.release(b.DB().Info().Data, tx.Size())
	}
	return nil
}

// keepMapped is how much of the process's memory may be pages of mapped
// files (the store's, and the program's own code) before releaseMapped
// unmaps the store's. Releasing after every bulk transaction made the next
// one fault back in, page by page, the B+tree pages every transaction
// walks (the root bucket's, the indexes' branches): on the Reuters
// development set 30 s of an ingest's 85 s, against 57 s when nothing was
// released, at a peak RSS of 817 MB (BENCHMARKS.md, "A bulk path into
// Cayley's key-value layout"). Kept up to this much, they are faulted in
// once per several transactions. 112 MB, not 96: 5 % fewer page faults and
// a bbolt ingest at 0.81x `cayley load` at the median of five pairs
// against 0.79x (load 1.3-2.0), peak RSS 470-472 MB against 462-465
// (BENCHMARKS.md, "bbolt ingest: what is left").
var keepMapped int64 = 112 << 20

// fileResident is how many bytes of mapped files the process has in
// memory (the third field of /proc/self/statm, in pages).
func fileResident() (int64, error) {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, err
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return 0, fmt.Errorf("/proc/self/statm: %q", b)
	}
	n, err := strconv.ParseInt(f[2], 10, 64)
	return n * int64(os.Getpagesize()), err
}

// mapping is what releaseMapped remembers of a store's mapping: where it
// is and how much of it is split already.
//
// Why split: a read of a page that is in the page cache but not mapped
// makes the kernel map the cached pages around it too ("fault-around", 64
// kB by default), but never past the mapping's region (its VMA). A bulk
// write's key lookups land all over the file, so each of them mapped up
// to sixteen pages it did not read: within one batch's transaction, 140 MB
// of the Reuters development store for a few thousand pages read, faster
// than any release could follow. Marking every other splitChunk of the
// mapping MADV_DONTDUMP (which only leaves those pages out of a core dump,
// where a shared file mapping is not written anyway) makes the kernel keep
// each chunk a region of its own, so a read maps at most splitChunk.
type mapping struct {
	mu    sync.Mutex
	data  uintptr // the mapping split so far (bbolt remaps as the file grows)
	split int64   // bytes of it split
}

// splitChunk is the size of the regions the mapping is split into.
const splitChunk = 16 << 10

// maxSplitRegions bounds the regions a split makes: half of what the
// kernel allows a process (vm.max_map_count), leaving the rest to the Go
// runtime and everything else; a store larger than that many chunks is
// split only that far.
var maxSplitRegions = sync.OnceValue(func() int64 {
	n := int64(65530) // the kernel's default
	if b, err := os.ReadFile("/proc/sys/vm/max_map_count"); err == nil {
		if v, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64); err == nil && v > 0 {
			n = v
		}
	}
	return n / 2
})

// release splits the size bytes mapped at data as far as not yet split,
// then unmaps their pages if the process's mapped files in memory are more
// than keepMapped.
func (m *mapping) release(data uintptr, size int64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if data != m.data {
		m.data, m.split = data, 0
	}
	end := min(size, maxSplitRegions()*splitChunk)
	for ; m.split+splitChunk <= end; m.split += 2 * splitChunk {
		if err := madvise(data+uintptr(m.split), splitChunk, unix.MADV_DONTDUMP); err != nil {
			return fmt.Errorf("split the mapped store: %w", err)
		}
	}
	if n, err := fileResident(); err == nil && n <= keepMapped {
		return nil
	}
	return dontNeed(data, size)
}

// dontNeed unmaps the pages of the size bytes mapped at data.
func dontNeed(data uintptr, size int64) error {
	if err := madvise(data, size, unix.MADV_DONTNEED); err != nil {
		return fmt.Errorf("release the mapped store: %w", err)
	}
	return nil
}

// madvise gives the kernel advice on the size bytes mapped at data.
func madvise(data uintptr, size int64, advice int) error {
	if _, _, errno := unix.Syscall(unix.SYS_MADVISE, data, uintptr(size), uintptr(advice)); errno != 0 {
		return errno
	}
	return nil
}
