package cayleystore

// This file names every part of Cayley's inside that the store relies on
// beyond Cayley's API, and says why. internals_test.go checks each one
// against the Cayley that go.mod pins, so an upgrade that changes one fails a
// test naming it, rather than leaving a store that misreads its data.
//
// Relied on, and where:
//
//  1. The pinned version (cayleyVersion): the list below was read from it.
//     Upgrading means re-reading it and updating the constant.
//  2. Key-value metadata keys (keyIndexes, keyHorizon, keySize; the meta
//     bucket): Open reads the index list to plan scans on the label index
//     (store.go: plan), and stamps the saved catalogue with the horizon and
//     size counters, 8-byte little-endian, so that a catalogue saved before
//     another write is not trusted (snapshot.go). Our own catalogue lives
//     in the same bucket (keyCatalog), under a name Cayley does not use.
//  3. The rewritten index list (storeIndexes): Cayley's defaults plus a
//     label index, written over the list kv.Init stored, as JSON of
//     kv.QuadIndex, because Cayley's own setting (CAYLEY_KV_INDEXES) never
//     takes effect. Cayley then maintains the label index on every write.
//  4. kvNoNode: RefsOf answers kv.Int64Value(0) for a value not in the
//     store (store.go: refs).
//  5. Node refs never reused: a key-value store numbers nodes from the
//     horizon, which only grows, and an SQL ref is a hash of the value
//     (csql.HashOf), so the value cache is never stale (cache.go).
//  6. Backend files (boltFile, levelDBFile): a plain directory path is
//     reopened with the backend whose files it holds (store.go: detectKV).
//  7. Raw SQL on Cayley's schema (sqlQuadsTable, sqlLabelColumn,
//     sqlLabelIndex): the label index Cayley's schema lacks, created on the
//     quads table's label_hash column (store.go: prepareSQL); the existence
//     check of the quads table before Init; the exact quad count
//     (pgsync.go); the names of the quads table's foreign keys
//     (sqlQuadForeignKeys), which a PostgreSQL store drops.
//  8. The SQL write hook (pgsync.go): the PostgreSQL flavour is
//     re-registered under pgFlavour with Cayley's own parts
//     (postgres.QueryDialect, ConvError, RunTxPostgres) and the same column
//     types, so its schema must stay the postgres flavour's; Cayley's SQL
//     ApplyDeltas must call RunTx once per transaction, deletions included,
//     inside that transaction — the change log and NOTIFY ride on it.
//     Our hook writes the added nodes and quads itself, in bulk (pgbulk.go:
//     COPY into temporary tables, then one INSERT … SELECT each), so it
//     names the columns of Cayley's nodes and quads tables, fills a node's
//     value columns with csql.NodeValues and ValueType.Columns, raises a
//     stored node's refs as Cayley's ON CONFLICT does, and turns a
//     unique violation into cgraph.ErrQuadExists; TestPostgresBulkRows
//     compares its rows with those of Cayley's own postgres write.
//  9. Behaviour worked around, not read: kv ApplyDeltas nets node reference
//     counts over one transaction (write.go: Write removes an old version in
//     a second one); kv caches node ids across a failed transaction
//     (store.go: apply reopens); Cayley's shape optimiser uses a key-value
//     index only when a pattern fixes all its directions (store.go: plan
//     builds kv.IndexScan itself); Stats of a new key-value store is
//     kv.ErrNoBucket (article.go: quadCount); OptNoBloom skips reading every
//     quad on open (store.go: openKV). The conformance suite covers these.
// 10. The key-value layout, written directly by WriteBatch's bulk path
//     (kvbulk.go) where Cayley's ApplyDeltas would write it: a node's id
//     under 'v', the hash's first two bytes and the hash (kvValueKey), its
//     reference count under 'n' and the same (kvRefsKey), both unsigned
//     varints; every primitive (node or quad) proto-encoded in the "log"
//     bucket under its id, 8 bytes big-endian (kvLogKey); an index's list
//     of quad ids as concatenated unsigned varints, in id order, under
//     kv.QuadIndex.KeyFor; the horizon and size counters of item 2; node
//     ids given in the order of the nodes' hashes, then quad ids in the
//     order of the quads, from the horizon; a quad's node references
//     counted even when the quad is skipped as stored already. Cayley
//     exports the index keys and the primitive but not the first three key
//     shapes. Cayley keeps nothing in memory that this would leave stale
//     as long as its bloom filters are off (kv.OptNoBloom, item 9).
//     TestKVBulkSameStore compares all of it with Cayley's own write.

import (
	"encoding/binary"

	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// cayleyVersion is the Cayley module version this file was checked against.
const cayleyVersion = "v0.7.7-0.20240706181042-81dcd7d73e45"

// Key-value metadata, in Cayley's "meta" bucket.
var (
	// keyIndexes holds the index list as JSON.
	keyIndexes = hkv.Key{[]byte("meta"), []byte("indexes")}
	// keyHorizon and keySize are Cayley's counters of ids given and live
	// quads.
	keyHorizon = hkv.Key{[]byte("meta"), []byte("horizon")}
	keySize    = hkv.Key{[]byte("meta"), []byte("size")}
	// keyCatalog is ours: the saved catalogue.
	keyCatalog = hkv.Key{[]byte("meta"), []byte("actorgraph.catalog")}
)

// The key shapes of Cayley's key-value layout it does not export (item 10).
func kvValueKey(h refs.ValueHash) hkv.Key { return hkv.Key{{'v', h[0], h[1]}, h[:]} }
func kvRefsKey(h refs.ValueHash) hkv.Key  { return hkv.Key{{'n', h[0], h[1]}, h[:]} }

// kvLogKey is id's key in the log, its 8 bytes written into b.
func kvLogKey(b []byte, id uint64) hkv.Key {
	binary.BigEndian.PutUint64(b, id)
	return hkv.Key{[]byte("log"), b}
}

// storeIndexes are Cayley's default key-value indexes plus one on the label,
// which Write, DeleteArticle and Article look articles up by.
var storeIndexes = append(append([]kv.QuadIndex(nil), kv.DefaultQuadIndexes...),
	kv.QuadIndex{Dirs: []quad.Direction{quad.Label}})

// kvNoNode is the ref RefsOf gives a value the store does not hold.
var kvNoNode = kv.Int64Value(0)

// Files by which an existing directory shows its backend.
const (
	boltFile    = "indexes.bolt" // bolt and bbolt
	levelDBFile = "CURRENT"      // goleveldb
)

// Cayley's SQL schema, as our raw SQL names it.
const (
	sqlQuadsTable  = "quads"
	sqlLabelColumn = "label_hash"
	sqlLabelIndex  = "l_index" // ours
)

// sqlQuadForeignKeys are the foreign keys Cayley's schema gives the quads
// table, which a PostgreSQL store drops (store.go: dropQuadForeignKeys).
var sqlQuadForeignKeys = []string{"subject_hash_fk", "predicate_hash_fk", "object_hash_fk", "label_hash_fk"}
