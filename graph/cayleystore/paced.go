package cayleystore

import (
	"context"
	"sync/atomic"

	hkv "github.com/hidal-go/hidalgo/kv"
)

// pacedKV is a bolt or bbolt store as Cayley and the store see it: its
// write transactions release the mapped pages of the file (releaseMapped)
// every releaseOps keys they read or write, on the writer's own goroutine.
// A bulk write's lookups map the file faster than a timer can release it:
// the kernel maps up to 16 cached pages around each page read (its
// fault-around), so 20,000 lookups map 100-160 MB of the 8,161-article
// store within about 50 ms, and a ticker beside the writer (applyKV) comes
// too late on a loaded machine. Releasing in the middle of a write
// transaction is safe: bolt and bbolt remap the file only on opening and
// while committing, and keep no pointer into the mapping that a page
// mapped back would change.
type pacedKV struct {
	hkv.KV
	// released counts the releases made inside write transactions.
	released atomic.Int64
}

// releaseOps is how many keys a write transaction reads or writes between
// two releases of the mapped store (pacedKV): about 40-60 MB mapped at most
// on the Reuters development set. Each release costs a read transaction and
// one madvise, and the pages read next are mapped back from the page cache.
const releaseOps = 8192

func (p *pacedKV) Tx(ctx context.Context, rw bool) (hkv.Tx, error) {
	tx, err := p.KV.Tx(ctx, rw)
	if err != nil || !rw {
		return tx, err
	}
	return &pacedTx{Tx: tx, kv: p}, nil
}

func (p *pacedKV) View(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.View(ctx, p, fn)
}

func (p *pacedKV) Update(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.Update(ctx, p, fn)
}

// pacedTx is a write transaction of a pacedKV.
type pacedTx struct {
	hkv.Tx
	kv  *pacedKV
	ops int
}

// count adds n keys read or written, and releases the mapped store every
// releaseOps. A release that fails leaves the pages mapped, as without it;
// the bulk write's own release after its transaction (Store.release) logs
// the error.
func (t *pacedTx) count(n int) {
	t.ops += n
	if t.ops < releaseOps {
		return
	}
	t.ops = 0
	if releaseMapped(t.kv.KV) == nil {
		t.kv.released.Add(1)
	}
}

func (t *pacedTx) Get(ctx context.Context, k hkv.Key) (hkv.Value, error) {
	t.count(1)
	return t.Tx.Get(ctx, k)
}

// GetBatch reads the keys releaseOps at a time: Cayley reads every index
// entry a transaction appends to in one batch, tens of thousands of keys.
func (t *pacedTx) GetBatch(ctx context.Context, keys []hkv.Key) ([]hkv.Value, error) {
	if len(keys) <= releaseOps-t.ops {
		t.count(len(keys))
		return t.Tx.GetBatch(ctx, keys)
	}
	out := make([]hkv.Value, 0, len(keys))
	for len(keys) > 0 {
		n := min(len(keys), releaseOps-t.ops)
		vals, err := t.Tx.GetBatch(ctx, keys[:n])
		if err != nil {
			return nil, err
		}
		out = append(out, vals...)
		keys = keys[n:]
		t.count(n)
	}
	return out, nil
}

func (t *pacedTx) Put(ctx context.Context, k hkv.Key, v hkv.Value) error {
	t.count(1)
	return t.Tx.Put(ctx, k, v)
}

func (t *pacedTx) Del(ctx context.Context, k hkv.Key) error {
	t.count(1)
	return t.Tx.Del(ctx, k)
}

func (t *pacedTx) Scan(ctx context.Context, opts ...hkv.IteratorOption) hkv.Iterator {
	t.count(1)
	return t.Tx.Scan(ctx, opts...)
}
