package cayleystore

import (
	"context"
	"runtime"
	"testing"
)

// heapInUse is the Go heap that is live after a collection.
func heapInUse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// An open leveldb store that has written holds goleveldb's write buffers,
// the store's and its transaction's, allocated whole and kept: 32 MiB with
// the 16 MiB buffer, 128 MiB with 64 MiB ones, which under ingest's heap
// limit kept the collector running without pause.
func TestLevelDBHeldHeap(t *testing.T) {
	before := heapInUse()
	s := openURL(t, "leveldb:"+t.TempDir())
	closeAtEnd(t, &s)
	syn := newSynthetic(5, 10, 2, 20, 4)
	if _, err := s.Write(context.Background(), syn.article(0)); err != nil {
		t.Fatal(err)
	}
	held := int64(heapInUse()) - int64(before)
	t.Logf("an open leveldb store that has written one article holds %.1f MiB of heap", float64(held)/(1<<20))
	if held > 64<<20 {
		t.Errorf("an open leveldb store that has written one article holds %.1f MiB of heap, want at most 64 MiB", float64(held)/(1<<20))
	}
}
