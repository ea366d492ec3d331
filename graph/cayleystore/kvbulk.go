package cayleystore

// Cayley's key-value write (kv.QuadStore.ApplyDeltas) reads, before it
// writes a quad's index entries, the list each entry's key already holds:
// about three reads a quad, nearly all of keys that cannot exist, since a
// news article's quads name its own new nodes (statements, mentions, the
// article itself). It also keeps the whole transaction's index entries in
// maps of strings to slices until the commit. On the 8,161 Reuters
// development articles those reads were a quarter of an ingest's CPU on
// leveldb; without them and the maps, the whole ingest's CPU fell from 84
// to 47 s, the collector's part from 18 to 9 s (BENCHMARKS.md, "A bulk
// path into Cayley's key-value layout").
//
// writeKVAdds writes the same keys and values as ApplyDeltas of the same
// added quads (with IgnoreDup), in one transaction of the database under
// Cayley, and leaves out the reads whose answer it knows: a key naming a
// node created in this transaction is new. Everything a later Cayley read
// or write relies on is as Cayley would have left it — node and quad ids
// in Cayley's order, reference counts, the log, index lists, the horizon
// and size counters — so the store is Cayley's own; only the log's
// timestamps differ, as between any two writes. TestKVBulkSameStore
// compares every key and value (timestamps aside) with those Cayley writes.
//
// The layout is Cayley's (graph/kv/indexing.go at cayleyVersion); what its
// exported API gives is used (kv.QuadIndex.KeyFor for index keys,
// graphlog.InsertQuads for the node reference counts and quad hashes,
// proto.Primitive for the log entries, pquads for values), and the few key
// shapes it keeps unexported are named in internals.go (item 10).

import (
	"cmp"
	"context"
	"encoding/binary"
	"fmt"
	"slices"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	"go.etcd.io/bbolt"
	"google.golang.org/protobuf/proto"
)

// writeKVAdds adds the quads of deltas (all additions) to a key-value
// store in one transaction, as Cayley's ApplyDeltas with IgnoreDup would:
// quads the store holds, and repeats, are skipped, yet count towards their
// nodes' references, as in Cayley. Nothing of Cayley's in memory needs to
// change: its value cache only ever holds ids of nodes that exist, and a
// node this adds is new to it; its bloom filters of quads and nodes, which
// would not know what this writes, are off (openKV opens the store with
// kv.OptNoBloom, which this relies on). s.mu must be held.
func (s *Store) writeKVAdds(ctx context.Context, deltas []cgraph.Delta) error {
	qs := make([]quad.Quad, len(deltas))
	for i, d := range deltas {
		if d.Action != cgraph.Add {
			return fmt.Errorf("bulk write: a deletion among the additions")
		}
		qs[i] = d.Quad
	}
	var tx interface {
		bulkTx
		Commit(context.Context) error
		Close() error
	}
	if b, ok := s.db.(*hbbolt.DB); ok {
		btx, err := b.DB().Begin(true)
		if err != nil {
			return err
		}
		tx = &bboltTx{tx: btx, buckets: make(map[string]*bbolt.Bucket, bboltBuckets)}
	} else {
		htx, err := s.db.Tx(ctx, true)
		if err != nil {
			return err
		}
		tx = htx
	}
	defer tx.Close()
	w := kvBulk{ctx: ctx, tx: tx, indexes: s.kvIndexes, now: time.Now().UnixNano()}
	if err := w.write(graphlog.InsertQuads(qs)); err != nil {
		return fmt.Errorf("bulk write: %w", err)
	}
	return tx.Commit(ctx)
}

// bulkTx is what the bulk path does in a transaction.
type bulkTx interface {
	Get(ctx context.Context, k hkv.Key) (hkv.Value, error)
	GetBatch(ctx context.Context, ks []hkv.Key) ([]hkv.Value, error)
	Put(ctx context.Context, k hkv.Key, v hkv.Value) error
}

// bboltTx is a bbolt transaction read and written as hidalgo's bbolt
// backend does (a key's first part names a bucket of the root, its second
// the key in it), which finds a key's bucket anew in the root for every
// read and write; this keeps each bucket it has found, since a bulk write
// puts millions of keys into the log's and the indexes' few buckets.
type bboltTx struct {
	tx      *bbolt.Tx
	buckets map[string]*bbolt.Bucket
}

// bboltBuckets is the room made for the buckets a bulk transaction finds:
// a batch of 64 Reuters articles touches 7,500 of Cayley's 131,072
// 'v' and 'n' buckets on average (at most 11,900 in the first 2,000
// articles), and growing the map to that was 107 MB of an
// ingest's allocations.
const bboltBuckets = 8192

func (t *bboltTx) bucket(name []byte, create bool) (*bbolt.Bucket, error) {
	if b := t.buckets[string(name)]; b != nil {
		return b, nil
	}
	var b *bbolt.Bucket
	if create {
		var err error
		if b, err = t.tx.CreateBucketIfNotExists(name); err != nil {
			return nil, err
		}
	} else if b = t.tx.Bucket(name); b == nil {
		return nil, nil
	}
	t.buckets[string(name)] = b
	return b, nil
}

func (t *bboltTx) Get(ctx context.Context, k hkv.Key) (hkv.Value, error) {
	if len(k) != 2 {
		return nil, fmt.Errorf("bulk write: a key of %d parts", len(k))
	}
	b, err := t.bucket(k[0], false)
	if err != nil || b == nil {
		return nil, cmp.Or(err, hkv.ErrNotFound)
	}
	if v := b.Get(k[1]); v != nil {
		return v, nil
	}
	return nil, hkv.ErrNotFound
}

func (t *bboltTx) GetBatch(ctx context.Context, ks []hkv.Key) ([]hkv.Value, error) {
	out := make([]hkv.Value, len(ks))
	for i, k := range ks {
		v, err := t.Get(ctx, k)
		if err != nil && err != hkv.ErrNotFound {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

func (t *bboltTx) Put(ctx context.Context, k hkv.Key, v hkv.Value) error {
	if len(k) != 2 {
		return fmt.Errorf("bulk write: a key of %d parts", len(k))
	}
	b, err := t.bucket(k[0], true)
	if err != nil {
		return err
	}
	return b.Put(k[1], v)
}

func (t *bboltTx) Commit(context.Context) error { return t.tx.Commit() }
func (t *bboltTx) Close() error {
	if t.tx.DB() == nil { // committed
		return nil
	}
	return t.tx.Rollback()
}

// kvBulk is one bulk transaction.
type kvBulk struct {
	ctx     context.Context
	tx      bulkTx
	indexes []kv.QuadIndex
	now     int64 // every new primitive's timestamp
	// firstNew is the first id this transaction gives: a key naming one
	// is new.
	firstNew uint64
	buf      []byte
	// scratch of writeIndex, kept from one index to the next: grown
	// entry by entry, they were a twentieth of an ingest's allocations
	lists []indexList
	prev  [][]byte
	old   []hkv.Key
	oldAt []int
	prim  cproto.Primitive // the primitive being logged, not one allocation each
}

// indexList is one key's list in writeIndex: its key and its entries.
type indexList struct {
	key        hkv.Key
	start, end int
}

// alloc carves n bytes out of a larger block: bolt keeps every key and
// value given to Put until the commit, and a block of thousands of them is
// one object for the collector, not thousands.
func (w *kvBulk) alloc(n int) []byte {
	if len(w.buf) < n {
		w.buf = make([]byte, max(n, 1<<16))
	}
	b := w.buf[:n:n]
	w.buf = w.buf[n:]
	return b
}

// uvarint is Cayley's encoding of a node id or a reference count.
func (w *kvBulk) uvarint(x uint64) []byte {
	var b [binary.MaxVarintLen64]byte
	n := binary.PutUvarint(b[:], x)
	out := w.alloc(n)
	copy(out, b[:n])
	return out
}

func (w *kvBulk) put(k hkv.Key, v []byte) error { return w.tx.Put(w.ctx, k, v) }

// metaInt reads one of Cayley's counters (0 when absent).
func (w *kvBulk) metaInt(k hkv.Key) (uint64, error) {
	v, err := w.tx.Get(w.ctx, k)
	if err == hkv.ErrNotFound {
		return 0, nil
	} else if err != nil {
		return 0, err
	} else if len(v) != 8 {
		return 0, fmt.Errorf("%s: a counter of %d bytes", k, len(v))
	}
	return binary.LittleEndian.Uint64(v), nil
}

func (w *kvBulk) putMetaInt(k hkv.Key, v uint64) error {
	b := w.alloc(8)
	binary.LittleEndian.PutUint64(b, v)
	return w.put(k, b)
}

// log writes a primitive to Cayley's log, where its id finds it.
func (w *kvBulk) log(p *cproto.Primitive) error {
	b, err := proto.MarshalOptions{}.MarshalAppend(w.alloc(proto.Size(p))[:0], p)
	if err != nil {
		return err
	}
	return w.put(kvLogKey(w.alloc(8), p.ID), b)
}

// indexEntry is a quad's entry in one index: the ids of the index's
// directions (its key) and the quad's id.
type indexEntry struct {
	key  [4]uint64
	quad uint64
}

func (w *kvBulk) write(d *graphlog.Deltas) error {
	horizon, err := w.metaInt(keyHorizon)
	if err != nil {
		return err
	}
	size, err := w.metaInt(keySize)
	if err != nil {
		return err
	}
	firstNew := horizon + 1
	w.firstNew = firstNew

	// Nodes: their ids where they exist, new ids in the order of their
	// hashes where not (Cayley's incNodes).
	keys := make([]hkv.Key, len(d.IncNode))
	for i, n := range d.IncNode {
		keys[i] = kvValueKey(n.Hash)
	}
	vals, err := w.tx.GetBatch(w.ctx, keys)
	if err != nil {
		return err
	}
	ids := make(map[refs.ValueHash]uint64, len(d.IncNode))
	var stored []int
	for i, n := range d.IncNode {
		if len(vals[i]) == 0 {
			horizon++
			ids[n.Hash] = horizon
			continue
		}
		id, _ := binary.Uvarint(vals[i])
		ids[n.Hash] = id
		stored = append(stored, i)
	}
	vals = nil
	for i, n := range d.IncNode {
		id := ids[n.Hash]
		if id < firstNew {
			continue
		}
		v, err := pquads.MarshalValue(n.Val)
		if err != nil {
			return err
		}
		if err := w.put(keys[i], w.uvarint(id)); err != nil {
			return err
		}
		w.prim = cproto.Primitive{ID: id, Value: v, Timestamp: w.now}
		if err := w.log(&w.prim); err != nil {
			return err
		}
	}
	// Reference counts: a stored node's goes up, a new node's starts.
	refKeys := make([]hkv.Key, len(stored))
	for j, i := range stored {
		refKeys[j] = kvRefsKey(d.IncNode[i].Hash)
	}
	counts, err := w.tx.GetBatch(w.ctx, refKeys)
	if err != nil {
		return err
	}
	for j, i := range stored {
		n, _ := binary.Uvarint(counts[j])
		if err := w.put(refKeys[j], w.uvarint(n+uint64(d.IncNode[i].RefInc))); err != nil {
			return err
		}
	}
	counts = nil
	for _, n := range d.IncNode {
		if ids[n.Hash] >= firstNew {
			if err := w.put(kvRefsKey(n.Hash), w.uvarint(uint64(n.RefInc))); err != nil {
				return err
			}
		}
	}

	// Quads: each once, in the order given, but for those stored already
	// (only a quad of stored nodes alone can be); ids follow the nodes'.
	type link struct {
		id   uint64
		dirs [4]uint64 // the nodes, in the order of quad.Directions
	}
	links := make([]link, 0, len(d.QuadAdd))
	seen := make(map[[4]uint64]bool, len(d.QuadAdd))
	for _, q := range d.QuadAdd {
		var l link
		isNew := false
		for i, dir := range quad.Directions {
			id, ok := ids[q.Quad.Get(dir)]
			if !ok {
				continue
			}
			isNew = isNew || id >= firstNew
			l.dirs[i] = id
		}
		if seen[l.dirs] {
			continue
		}
		seen[l.dirs] = true
		if !isNew {
			ok, err := w.hasQuad(&cproto.Primitive{Subject: l.dirs[0], Predicate: l.dirs[1], Object: l.dirs[2], Label: l.dirs[3]})
			if err != nil {
				return err
			}
			if ok {
				continue
			}
		}
		links = append(links, l)
	}
	seen = nil
	for i := range links {
		horizon++
		l := &links[i]
		l.id = horizon
		w.prim = cproto.Primitive{ID: l.id, Subject: l.dirs[0], Predicate: l.dirs[1], Object: l.dirs[2], Label: l.dirs[3], Timestamp: w.now}
		if err := w.log(&w.prim); err != nil {
			return err
		}
	}
	if horizon >= firstNew {
		if err := w.putMetaInt(keyHorizon, horizon); err != nil {
			return err
		}
	}
	if len(links) > 0 {
		if err := w.putMetaInt(keySize, size+uint64(len(links))); err != nil {
			return err
		}
	}

	// Index entries, one index at a time in key order; a list is read
	// only where its key names stored nodes alone (Cayley's flushMapBucket
	// reads every one).
	entries := make([]indexEntry, len(links))
	for _, ind := range w.indexes {
		for i, l := range links {
			e := indexEntry{quad: l.id}
			for j, dir := range ind.Dirs {
				e.key[j] = l.dirs[slices.Index(quad.Directions, dir)]
			}
			entries[i] = e
		}
		slices.SortFunc(entries, func(a, b indexEntry) int {
			if c := slices.Compare(a.key[:], b.key[:]); c != 0 {
				return c
			}
			return cmp.Compare(a.quad, b.quad)
		})
		if err := w.writeIndex(ind, entries); err != nil {
			return err
		}
	}
	return nil
}

// writeIndex appends the sorted entries to their keys' lists in one index.
func (w *kvBulk) writeIndex(ind kv.QuadIndex, entries []indexEntry) error {
	lists, old, oldAt := w.lists[:0], w.old[:0], w.oldAt[:0]
	var p cproto.Primitive
	for i := 0; i < len(entries); {
		j := i + 1
		for j < len(entries) && entries[j].key == entries[i].key {
			j++
		}
		stored := true
		for k, dir := range ind.Dirs {
			p.SetDirection(dir, entries[i].key[k])
			stored = stored && entries[i].key[k] < w.firstNew
		}
		l := indexList{key: ind.KeyFor(&p), start: i, end: j}
		if stored {
			old = append(old, l.key)
			oldAt = append(oldAt, len(lists))
		}
		lists = append(lists, l)
		i = j
	}
	w.lists, w.old, w.oldAt = lists, old, oldAt
	prev := slices.Grow(w.prev[:0], len(lists))[:len(lists)]
	clear(prev)
	w.prev = prev
	if len(old) > 0 {
		vals, err := w.tx.GetBatch(w.ctx, old)
		if err != nil {
			return err
		}
		for k, v := range vals {
			prev[oldAt[k]] = v
		}
	}
	for k, l := range lists {
		size := len(prev[k]) + binary.MaxVarintLen64*(l.end-l.start)
		v := append(w.alloc(size)[:0], prev[k]...)
		for _, e := range entries[l.start:l.end] {
			v = binary.AppendUvarint(v, e.quad)
		}
		if err := w.put(l.key, v); err != nil {
			return err
		}
	}
	return nil
}

// hasQuad tells whether the store holds a live quad of l's nodes, as
// Cayley's hasPrimitive does without its bloom filter, through one index
// where Cayley intersects all of them: a list holds the ids of every quad,
// deleted ones too, ever written under its key, so the log says which is
// the same link and alive.
func (w *kvBulk) hasQuad(l *cproto.Primitive) (bool, error) {
	if len(w.indexes) == 0 {
		return false, fmt.Errorf("no quad index")
	}
	// the index of most directions has the shortest lists
	ind := slices.MaxFunc(w.indexes, func(a, b kv.QuadIndex) int { return len(a.Dirs) - len(b.Dirs) })
	v, err := w.tx.Get(w.ctx, ind.KeyFor(l))
	if err == hkv.ErrNotFound {
		return false, nil
	} else if err != nil {
		return false, err
	}
	var ids []uint64
	for len(v) > 0 {
		id, n := binary.Uvarint(v)
		if n <= 0 {
			return false, fmt.Errorf("a corrupt index list")
		}
		ids = append(ids, id)
		v = v[n:]
	}
	for _, id := range slices.Backward(ids) {
		// Cayley fails the write too when an indexed quad is not in the
		// log: its quads are marked deleted there, never removed
		b, err := w.tx.Get(w.ctx, kvLogKey(make([]byte, 8), id))
		if err != nil {
			return false, fmt.Errorf("quad %d of an index: %w", id, err)
		}
		var p cproto.Primitive
		if err := proto.Unmarshal(b, &p); err != nil {
			return false, err
		}
		if !p.Deleted && p.IsSameLink(l) {
			return true, nil
		}
	}
	return false, nil
}
