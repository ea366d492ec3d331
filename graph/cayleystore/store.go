// Package cayleystore keeps actorgraph's knowledge graph in Cayley: it opens
// a backend (in memory, an embedded bolt, bbolt or leveldb directory, or
// PostgreSQL / CockroachDB), writes each article's quads in one transaction
// under the article's label, retracts an article by its label, and answers
// the read models of package graph (actorgraph/graph). It is the only
// package that imports cayley, whose own graph package is imported here as
// cgraph.
//
// Reads go to the quads through index lookups (subject+predicate,
// object+predicate, label), never through a scan of the whole store. What is
// asked of every node on every page — names, types, aliases, article
// headlines, and which relations and event links join which nodes in which
// articles — is kept in an in-process catalogue maintained by Write and
// DeleteArticle. Search ranks the catalogue's names and a neighbourhood walks
// its links, so they cost map lookups, not quad reads; the same holds for
// SQL backends. A key-value store saves the catalogue on Close together with
// the store's write counters, and Open loads it when the counters still
// match; otherwise (a crash, an older store, SQL) Open rebuilds it from the
// catalogued predicates' quads. On PostgreSQL several processes may write
// and serve one database: each announces its changes to the others, which
// apply them to their catalogues (pgsync.go). Elsewhere the catalogue
// assumes this Store is the only writer while it is open: an embedded store
// is locked by its process, and a second process writing a CockroachDB
// database is seen after reopening.
//
// The embedded key-value backends are created with a label index on top of
// Cayley's default subject/predicate and object/predicate/subject indexes,
// so that reading and retracting one article does not scan the store; SQL
// backends get the same index on quads.label_hash. They are opened without
// Cayley's in-memory filter of existing quads, whose construction reads
// every quad on open; Write never needs it (a new article's quads all carry
// its new label node, which Cayley takes as new without a lookup), and a
// delete looks the quad up in the indexes either way. The embedded default is
// bbolt, chosen by measurement (see BENCHMARKS.md): it loaded articles eight
// times faster than leveldb, whose per-transaction table writes dominate,
// at five times leveldb's size on disk.
package cayleystore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/kv/bbolt"
	"github.com/cayleygraph/cayley/graph/kv/bolt"
	"github.com/cayleygraph/cayley/graph/memstore"
	csql "github.com/cayleygraph/cayley/graph/sql"
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach" // registers the cockroach SQL flavour
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"  // registers the postgres SQL flavour
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
	lru "github.com/hashicorp/golang-lru/v2"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"
	hleveldb "github.com/hidal-go/hidalgo/kv/flat/leveldb"
	"github.com/lib/pq"
	"github.com/syndtr/goleveldb/leveldb/filter"
	"github.com/syndtr/goleveldb/leveldb/opt"

	"actorgraph/graph"
)

// Backend names, as Backend reports them.
const (
	Memory    = "memory"
	Bolt      = "bolt"
	BBolt     = "bbolt"
	LevelDB   = "leveldb"
	Postgres  = "postgres"
	Cockroach = "cockroach"
)

// DefaultBackend is the embedded backend used for "" and new plain paths.
const DefaultBackend = BBolt

// DefaultPath is where "" keeps the embedded store.
const DefaultPath = "data"

// urlForms is shown when a store URL is not understood.
const urlForms = `"memory", "" (bbolt at ./data), a directory path, "bolt:PATH", "bbolt:PATH", "leveldb:PATH", "postgres://…" or "cockroach://…"`

// Store is the knowledge graph kept in one Cayley backend. It is safe for
// concurrent use.
type Store struct {
	lock    *dirLock // an embedded store's directory, held while open
	qs      cgraph.QuadStore
	backend string
	log     *slog.Logger
	// reopen opens the backend afresh; set for the key-value backends,
	// whose caches keep node ids of a transaction that failed.
	reopen func(context.Context) (cgraph.QuadStore, error)
	// kvIndexes are the indexes of a key-value backend, read from its
	// metadata: stores created elsewhere may lack the label index.
	kvIndexes []kv.QuadIndex
	// db is the key-value database under qs, where the catalogue is saved;
	// nil for the other backends.
	db hkv.KV
	// saved is the stamp of the catalogue saved in db, when it is the
	// catalogue in memory: Close need not save it again.
	saved *stamp
	// values caches the values of node refs for the key-value and SQL
	// backends, whose every value is otherwise a read of its own; nil for
	// memory.
	values *valueCache
	// nodes caches the quads of small nodes (statements, evidence) that
	// entity details and neighbourhoods read over and over. Unlike a
	// value, a node's quads change with the articles that state them, so
	// every write empties it.
	nodes *lru.Cache[any, []row]
	// views keeps what pages read of one article's part of a node, valid
	// while written (the write counter of the article's last change, 0 when
	// none since Open) is what it was read after; writeSeq counts the
	// transactions. Changes of other processes, and a reload, empty views.
	views    *lru.Cache[viewKey, view]
	written  map[string]uint64
	writeSeq uint64
	// pg follows the other processes writing a PostgreSQL store; nil for
	// the other backends.
	pg *pgSync
	// mapping is what release remembers of an embedded store's mapping.
	mapping mapping

	// mu orders writers against each other and against readers, because
	// memstore is not safe for concurrent writes and the catalogue must
	// change together with the quads.
	mu  sync.RWMutex
	cat *catalog
	// searchMu lets one of the readers holding mu build the catalogue's
	// search index.
	searchMu sync.Mutex
	// planMu lets one reader at a time plan a query on SQL: Cayley's SQL
	// optimizer numbers a query's table aliases with a counter of the
	// quad store's, unguarded (a data race -race reports when two readers
	// plan at once). Planning does no I/O.
	planMu sync.Mutex
}

// Open opens (creating on first use) the store named by url; see urlForms.
// log may be nil. An embedded store another process holds is refused at
// once (ErrStoreBusy); OpenWait waits for it.
func Open(ctx context.Context, url string, log *slog.Logger) (*Store, error) {
	return OpenWait(ctx, url, log, 0)
}

// OpenWait is Open that waits up to wait for another process to let go of
// an embedded store.
func OpenWait(ctx context.Context, url string, log *slog.Logger, wait time.Duration) (*Store, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	backend, addr, err := parseURL(url)
	if err != nil {
		return nil, err
	}
	s := &Store{backend: backend, log: log, cat: newCatalog(), nodes: newLRU[any, []row](nodeCacheSize),
		views: newViews(), written: map[string]uint64{}}
	switch backend {
	case Memory:
		s.qs = memstore.New()
	case Bolt, BBolt, LevelDB:
		if s.lock, err = lockDir(ctx, addr, wait); err != nil {
			return nil, fmt.Errorf("open %s store: %w", backend, err)
		}
		s.reopen = func(ctx context.Context) (cgraph.QuadStore, error) {
			qs, db, _, err := openKV(ctx, backend, addr)
			s.db = db
			return qs, err
		}
		s.qs, s.db, s.kvIndexes, err = openKV(ctx, backend, addr)
		s.values = newValueCache(valueCacheSize)
	case Postgres, Cockroach:
		s.qs, err = openSQL(ctx, backend, addr, log)
		s.values = newValueCache(valueCacheSize)
		if err == nil && backend == Postgres {
			if s.pg, err = openPGSync(ctx, addr, log); err != nil {
				s.qs.Close()
			}
		}
	}
	if err != nil {
		s.lock.release()
		return nil, fmt.Errorf("open %s store: %w", backend, err)
	}
	start := time.Now()
	how, err := s.openCatalog(ctx)
	if err != nil {
		if s.pg != nil {
			s.pg.close()
		}
		s.qs.Close()
		s.lock.release()
		return nil, fmt.Errorf("open %s store: read catalogue: %w", backend, err)
	}
	// Logged before following starts: the follower changes the catalogue.
	log.InfoContext(ctx, "store opened", "backend", backend, "catalogue", how, "took", time.Since(start),
		"articles", len(s.cat.articles), "entities", len(s.cat.entities))
	if s.pg != nil {
		follow, stop := context.WithCancel(context.WithoutCancel(ctx))
		s.pg.stop, s.pg.done = stop, make(chan struct{})
		go s.follow(follow)
	}
	return s, nil
}

// parseURL splits a store URL into a backend name and the address the
// backend understands.
func parseURL(u string) (backend, addr string, err error) {
	switch {
	case u == Memory:
		return Memory, "", nil
	case u == "":
		return DefaultBackend, DefaultPath, nil
	case strings.HasPrefix(u, "postgres://"), strings.HasPrefix(u, "postgresql://"):
		if cockroachHint(u) {
			return Cockroach, u, nil
		}
		return Postgres, u, nil
	case strings.HasPrefix(u, "cockroach://"), strings.HasPrefix(u, "cockroachdb://"):
		_, rest, _ := strings.Cut(u, "://")
		return Cockroach, "postgresql://" + rest, nil
	}
	for _, b := range []string{Bolt, BBolt, LevelDB} {
		if p, ok := strings.CutPrefix(u, b+":"); ok {
			if p == "" {
				return "", "", fmt.Errorf("%w: store URL %q has no path; use one of %s", graph.ErrInvalid, u, urlForms)
			}
			return b, p, nil
		}
	}
	if strings.Contains(u, "://") {
		return "", "", fmt.Errorf("%w: store URL %q is not understood; use one of %s", graph.ErrInvalid, u, urlForms)
	}
	return detectKV(u), u, nil
}

// cockroachHint reports whether a postgres URL points at CockroachDB: its
// default port, or an explicit ?flavor=cockroach.
func cockroachHint(u string) bool {
	p, err := url.Parse(u)
	if err != nil {
		return false
	}
	return p.Port() == "26257" || p.Query().Get("flavor") == Cockroach
}

// detectKV picks the backend of an existing directory by its files, so a
// plain path reopens whatever was created there; new directories get the
// default.
func detectKV(dir string) string {
	if _, err := os.Stat(filepath.Join(dir, boltFile)); err == nil {
		return BBolt // reads bolt's files too
	}
	if _, err := os.Stat(filepath.Join(dir, levelDBFile)); err == nil {
		return LevelDB
	}
	return DefaultBackend
}

// openKV opens a key-value store, returning Cayley's quad store, the
// database under it and its index list.
func openKV(ctx context.Context, backend, dir string) (cgraph.QuadStore, hkv.KV, []kv.QuadIndex, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, nil, nil, err
	}
	var (
		db  hkv.KV
		err error
	)
	switch backend {
	case Bolt:
		db, err = bolt.Create(dir, nil)
	case BBolt:
		db, err = bbolt.Create(dir, nil)
	case LevelDB:
		db, err = openLevelDB(dir)
	}
	if err != nil {
		return nil, nil, nil, err
	}
	switch err := kv.Init(db, nil); {
	case err == nil:
		if err := writeIndexes(ctx, db); err != nil {
			db.Close()
			return nil, nil, nil, err
		}
	case !errors.Is(err, cgraph.ErrDatabaseExists):
		db.Close()
		return nil, nil, nil, err
	}
	indexes, err := readIndexes(ctx, db)
	if err != nil {
		db.Close()
		return nil, nil, nil, err
	}
	qs, err := kv.New(db, cgraph.Options{kv.OptNoBloom: true})
	if err != nil {
		db.Close()
		return nil, nil, nil, err
	}
	return qs, db, indexes, nil
}

// LevelDB settings. Cayley opens goleveldb with its defaults, under which
// every lookup of a key a transaction lacks reads an index block of each
// level-0 table, and each transaction's commit writes a table per 4 MiB
// (OpenTransaction writes tables, not a log), so a bulk ingest spent most
// of its time in those lookups and in compacting the small tables. A bloom
// filter answers most absent keys from memory, and a larger write buffer
// makes fewer tables of a batch's writes. Stores written under the defaults
// open as they are: their tables simply have no filter.
//
// The write buffer is 16 MiB, not the 64 MiB that made one table of a
// batch: goleveldb allocates it whole, once for the store and once for the
// open transaction, and keeps both, so 64 MiB held 128 MiB of heap that the
// collector counts as live (though mostly never touched). Under ingest's
// heap limit (384 MiB) that left the collector running almost without
// pause: the 8,161 Reuters development articles took 279 s of CPU and
// 4 min 36 s, against 130 s and 2 min 19 s with 16 MiB (peak RSS 411 and
// 410 MB; alternate runs, load 4-9).
//
// Every transaction's tables go to level 0 and, holding Cayley's keys
// (hashes, ids), span the whole key space, so compacting one into level 1
// rewrites all of level 1 (up to 100 MiB). goleveldb compacts a level-0
// table as soon as a few hundred lookups have passed through it to another
// table ("seek compaction"), which in an ingest is the next transaction's
// reads: one such rewrite per transaction, 31 for the 8,161 Reuters
// development articles. With seek compaction off (an option goleveldb has
// had since 2019, after the v1.0.0 release Cayley requires) and level 0
// compacted at 8 tables rather than 4, they are 5, and lookups walk at most
// 8 level-0 tables, each answering most absent keys from its bloom
// filter; 16 tables made the lookups cost more than the compactions
// saved (BENCHMARKS.md, "leveldb ingest: a batch's repeated articles in
// its transaction; level 0 compacted less often"). Writes slow down and
// pause at two and three times that many tables, as goleveldb's defaults
// do at 8 and 12 of 4.
const (
	levelDBBloomBits   = 10
	levelDBWriteBuffer = 16 << 20
	levelDBL0Tables    = 8
)

// openLevelDB opens (creating on first use) a goleveldb directory the way
// Cayley's leveldb backend does — hidalgo's flat key-value store, every
// commit synced — with the settings above.
func openLevelDB(dir string) (hkv.KV, error) {
	db, err := hleveldb.Open(dir, &opt.Options{
		Filter:                 filter.NewBloomFilter(levelDBBloomBits),
		WriteBuffer:            levelDBWriteBuffer,
		DisableSeeksCompaction: true,
		CompactionL0Trigger:    levelDBL0Tables,
		WriteL0SlowdownTrigger: 2 * levelDBL0Tables,
		WriteL0PauseTrigger:    3 * levelDBL0Tables,
	})
	if err != nil {
		return nil, err
	}
	db.SetWriteOptions(&opt.WriteOptions{Sync: true})
	return flat.Upgrade(db), nil
}

// readIndexes reads the index list the way Cayley does: a store without one
// predates it and has Cayley's legacy subject and object indexes.
func readIndexes(ctx context.Context, db hkv.KV) ([]kv.QuadIndex, error) {
	var out []kv.QuadIndex
	err := hkv.View(ctx, db, func(tx hkv.Tx) error {
		data, err := tx.Get(ctx, keyIndexes)
		if errors.Is(err, hkv.ErrNotFound) {
			return nil
		} else if err != nil {
			return err
		}
		return json.Unmarshal(data, &out)
	})
	if err != nil {
		return nil, fmt.Errorf("read index list: %w", err)
	}
	if len(out) == 0 {
		out = []kv.QuadIndex{{Dirs: []quad.Direction{quad.Subject}}, {Dirs: []quad.Direction{quad.Object}}}
	}
	return out, nil
}

// writeIndexes replaces the index list a fresh key-value store was
// initialised with. Cayley reads the list back on open; its own way to set
// it, the CAYLEY_KV_INDEXES variable, decodes into unexported fields and so
// never takes effect.
func writeIndexes(ctx context.Context, db hkv.KV) error {
	data, err := json.Marshal(storeIndexes)
	if err != nil {
		return err
	}
	return hkv.Update(ctx, db, func(tx hkv.Tx) error {
		return tx.Put(ctx, keyIndexes, data)
	})
}

func openSQL(ctx context.Context, backend, addr string, log *slog.Logger) (cgraph.QuadStore, error) {
	flavour := backend
	if backend == Postgres {
		registerPGFlavour()
		flavour = pgFlavour
	}
	if err := prepareSQL(ctx, flavour, addr, log); err != nil {
		return nil, err
	}
	return csql.New(flavour, addr, nil)
}

// prepareSQL creates Cayley's schema when the database has none (asking
// first, because Cayley logs an error for a schema that exists), gives
// the quads table the label index Cayley's schema lacks and, on
// PostgreSQL, drops the quads table's foreign keys (dropQuadForeignKeys).
// flavour is the name Cayley's SQL backend knows the database by.
func prepareSQL(ctx context.Context, flavour, addr string, log *slog.Logger) error {
	driver := "postgres"
	if flavour == Cockroach {
		driver = "pgx"
	}
	db, err := sql.Open(driver, addr)
	if err != nil {
		return err
	}
	defer db.Close()
	var quads sql.NullString
	if err := db.QueryRowContext(ctx, `SELECT to_regclass($1)::text`, sqlQuadsTable).Scan(&quads); err != nil {
		return fmt.Errorf("look for the quads table: %w", err)
	}
	if !quads.Valid {
		if err := csql.Init(flavour, addr, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			return err
		}
	}
	if _, err := db.ExecContext(ctx, `CREATE INDEX IF NOT EXISTS `+sqlLabelIndex+` ON `+sqlQuadsTable+` (`+sqlLabelColumn+`)`); err != nil {
		return fmt.Errorf("create label index: %w", err)
	}
	if flavour == pgFlavour {
		if err := dropQuadForeignKeys(ctx, db); err != nil {
			// The writes stay correct with the keys, only slower; a role
			// that does not own the tables (one that only serves) may not
			// drop them.
			log.WarnContext(ctx, "the quads table keeps Cayley's foreign keys; bulk writes will be slower", "err", err)
		}
	}
	return nil
}

// dropQuadForeignKeys drops the foreign keys Cayley's schema gives the
// quads table (each hash column references nodes), when it has them.
// PostgreSQL checks them row by row, four index lookups and row locks per
// quad inserted, which was about half of the server's work in a bulk write
// (graph/cayleystore/BENCHMARKS.md, thirteenth session). They only repeat
// what the write already does: the bulk write (copyTx) inserts or raises
// every node of its quads before the quads, in the same transaction, and
// keeps those node rows locked until it commits, so no other transaction
// can remove one in between; a node is removed only when its reference
// count falls to zero (Cayley's delete), which TestPostgresNodeRefs checks
// stays above the quads referencing it. Cayley's readers do not use them.
func dropQuadForeignKeys(ctx context.Context, db *sql.DB) error {
	var n int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM pg_constraint WHERE conrelid = $1::regclass AND conname = ANY($2)`,
		sqlQuadsTable, pq.Array(sqlQuadForeignKeys)).Scan(&n); err != nil {
		return fmt.Errorf("look for the quads table's foreign keys: %w", err)
	}
	if n == 0 {
		return nil
	}
	drops := make([]string, len(sqlQuadForeignKeys))
	for i, k := range sqlQuadForeignKeys {
		drops[i] = "DROP CONSTRAINT IF EXISTS " + k
	}
	if _, err := db.ExecContext(ctx, `ALTER TABLE `+sqlQuadsTable+` `+strings.Join(drops, ", ")); err != nil {
		return fmt.Errorf("drop the quads table's foreign keys: %w", err)
	}
	return nil
}

// Close saves the catalogue of a key-value store, when it changed since it
// was loaded, and releases the backend. A catalogue that cannot be saved is
// logged, not returned: the quads are safe, and the next Open rebuilds it.
func (s *Store) Close() error {
	var perr error
	if s.pg != nil {
		// Before taking the lock, which the follower may be waiting for.
		perr = s.pg.close()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db != nil {
		if err := s.saveCatalog(context.Background()); err != nil {
			s.log.Warn("the catalogue was not saved; the next open rebuilds it from the quads", "backend", s.backend, "err", err)
		}
	}
	defer s.lock.release()
	return errors.Join(perr, s.qs.Close())
}

// Backend names the backend in use: memory, bolt, bbolt, leveldb, postgres
// or cockroach.
func (s *Store) Backend() string { return s.backend }

// apply runs one transaction and returns the deltas that changed the
// store, for the catalogue: all of them, but on PostgreSQL the added quads
// another server stored first. s.mu must be held.
func (s *Store) apply(ctx context.Context, deltas []cgraph.Delta, opts cgraph.IgnoreOpts) ([]cgraph.Delta, error) {
	s.noteWritten(deltas)
	if s.pg != nil {
		return s.applyLogged(ctx, deltas, opts)
	}
	if err := s.applyKV(ctx, deltas, opts); err != nil {
		return nil, err
	}
	return deltas, nil
}

// applyKV runs one transaction on a store that is no SQL database. After a
// failed one, a key-value backend is reopened: Cayley's kv store caches the
// ids of nodes it created inside the transaction, and after the rollback
// those ids point at nothing, so the next write would store quads with
// missing values.
func (s *Store) applyKV(ctx context.Context, deltas []cgraph.Delta, opts cgraph.IgnoreOpts) error {
	bulk := len(deltas) >= releaseAfter
	if bulk {
		// before, so that the transaction's reads find the mapping split
		s.release(ctx)
	}
	err := s.qs.ApplyDeltas(deltas, opts)
	if bulk && err == nil {
		s.release(ctx)
	}
	s.nodes.Purge()
	if err == nil || s.reopen == nil {
		return err
	}
	s.log.WarnContext(ctx, "transaction failed; reopening the store to drop its caches", "backend", s.backend, "err", err)
	if cerr := s.qs.Close(); cerr != nil {
		return errors.Join(err, fmt.Errorf("close after failed transaction: %w", cerr))
	}
	qs, oerr := s.reopen(ctx)
	if oerr != nil {
		return errors.Join(err, fmt.Errorf("reopen after failed transaction: %w", oerr))
	}
	s.qs = qs
	return err
}

// releaseAfter is the size of a transaction (in quads) before and after
// which an embedded store's mapped pages are released (releaseMapped): a
// bulk write's batch, not a single article, whose readers would only map
// the pages back. Not while it runs: with the mapping split, releasing
// every 250 ms as well lowered the peak RSS of an ingest of the Reuters
// development set by 8 MB (495 against 503 MB) for twice the page faults
// (1.55 against 0.74 million, 26.5 against 12.7 s of system time). Only
// once the process's mapped files pass keepMapped (mapped_linux.go).
const releaseAfter = 2048

// release releases the mapped pages of an embedded store (releaseMapped).
func (s *Store) release(ctx context.Context) {
	if err := releaseMapped(s.db, &s.mapping); err != nil {
		s.log.WarnContext(ctx, "could not release the mapped store during a bulk write", "err", err)
	}
}

// match lists the quads that have the given values in the given directions
// (nil means any). Cayley turns the pattern into one index scan or one SQL
// query.
func (s *Store) match(ctx context.Context, subject, predicate, object, label quad.Value) ([]quad.Quad, error) {
	var out []quad.Quad
	err := s.each(ctx, subject, predicate, object, label, func(q quad.Quad) error {
		out = append(out, q)
		return nil
	})
	return out, err
}

// each is match with a callback, for patterns that may be large.
func (s *Store) each(ctx context.Context, subject, predicate, object, label quad.Value, fn func(quad.Quad) error) error {
	want, ok, err := s.pattern(ctx, subject, predicate, object, label)
	if err != nil || !ok {
		return err
	}
	return s.scan(ctx, want, nil, func(r row) error { return fn(r.Quad) })
}

var directions = [4]quad.Direction{quad.Subject, quad.Predicate, quad.Object, quad.Label}

// pattern gives the refs of a pattern's values, nil where the value is nil;
// ok is false when a value is not in the store, so that nothing can match.
func (s *Store) pattern(ctx context.Context, subject, predicate, object, label quad.Value) (out [4]cgraph.Ref, ok bool, err error) {
	vals := [4]quad.Value{subject, predicate, object, label}
	refs, err := s.refs(ctx, vals[:]...)
	if err != nil {
		return out, false, err
	}
	for i, r := range refs {
		if r == nil && vals[i] != nil {
			return out, false, nil
		}
		out[i] = r
	}
	return out, true, nil
}

// refs gives the backend's refs of values, nil for a nil value or one that
// is not in the store.
func (s *Store) refs(ctx context.Context, vals ...quad.Value) ([]cgraph.Ref, error) {
	out := make([]cgraph.Ref, len(vals))
	kqs, isKV := s.qs.(*kv.QuadStore)
	if !isKV {
		for i, v := range vals {
			if v == nil {
				continue
			}
			r, err := s.qs.ValueOf(v)
			if err != nil {
				return nil, err
			}
			out[i] = r
		}
		return out, nil
	}
	// One transaction for all of them.
	var (
		ask []quad.Value
		at  []int
	)
	for i, v := range vals {
		if v != nil {
			ask = append(ask, v)
			at = append(at, i)
		}
	}
	if len(ask) == 0 {
		return out, nil
	}
	refs, err := kqs.RefsOf(ctx, ask)
	if err != nil {
		return nil, err
	}
	for i, r := range refs {
		if r != kvNoNode {
			out[at[i]] = r
		}
	}
	return out, nil
}

// sameRef reports whether two refs name the same node.
func sameRef(a, b cgraph.Ref) bool { return a != nil && b != nil && a.Key() == b.Key() }

// row is one quad as read from the store, with the backend's refs of its
// four values, so that a lookup that follows a link starts from the ref
// rather than from the value.
type row struct {
	quad.Quad
	refs [4]cgraph.Ref
}

// scanBatch is how many quads scan reads before it resolves their values
// in one go.
const scanBatch = 256

// scan calls fn with the quads that have the given refs in the given
// directions (nil means any) and pass keep (nil keeps all), their values
// resolved a batch at a time.
func (s *Store) scan(ctx context.Context, want [4]cgraph.Ref, keep func([4]cgraph.Ref) bool, fn func(row) error) error {
	batch := make([]row, 0, scanBatch)
	flush := func() error {
		if err := s.resolve(ctx, batch); err != nil {
			return err
		}
		for _, r := range batch {
			if err := fn(r); err != nil {
				return err
			}
		}
		batch = batch[:0]
		return nil
	}
	err := s.scanRefs(ctx, want, func(refs [4]cgraph.Ref) error {
		if keep != nil && !keep(refs) {
			return nil
		}
		batch = append(batch, row{refs: refs})
		if len(batch) == scanBatch {
			return flush()
		}
		return nil
	})
	if err != nil {
		return err
	}
	return flush()
}

// scanRefs calls fn with the refs of the quads that have the given refs in
// the given directions, reading no values: refs are compared, so quads that
// a plan's index prefix lets through but the pattern rejects cost no value
// lookups.
func (s *Store) scanRefs(ctx context.Context, want [4]cgraph.Ref, fn func([4]cgraph.Ref) error) error {
	it, err := s.plan(ctx, want)
	if err != nil {
		return err
	}
	var keys [4]any
	for i, r := range want {
		if r != nil {
			keys[i] = r.Key()
		}
	}
	sc := it.Iterate()
	defer sc.Close()
	for sc.Next(ctx) {
		ref := sc.Result()
		var refs [4]cgraph.Ref
		for i, d := range directions {
			if refs[i], err = s.qs.QuadDirection(ref, d); err != nil {
				return err
			}
		}
		if !matchesRefs(refs, keys) {
			continue
		}
		if err := fn(refs); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

// matchesRefs checks the directions a plan may have left unfiltered.
func matchesRefs(refs [4]cgraph.Ref, want [4]any) bool {
	for i, k := range want {
		if k != nil && (refs[i] == nil || refs[i].Key() != k) {
			return false
		}
	}
	return true
}

// resolve fills in the values of rows read by refs.
func (s *Store) resolve(ctx context.Context, rows []row) error {
	var (
		miss []cgraph.Ref
		seen = map[any]int{}
	)
	got := make([][4]int, len(rows)) // index into miss+1, or 0 when known
	for i := range rows {
		for d, r := range rows[i].refs {
			if r == nil {
				continue
			}
			if v, ok := s.values.get(r.Key()); ok {
				rows[i].Set(directions[d], v)
				continue
			}
			k := r.Key()
			n, ok := seen[k]
			if !ok {
				miss = append(miss, r)
				n = len(miss)
				seen[k] = n
			}
			got[i][d] = n
		}
	}
	if len(miss) == 0 {
		return nil
	}
	vals, err := cgraph.ValuesOf(ctx, s.qs, miss)
	if err != nil {
		return err
	}
	for i, r := range miss {
		s.values.put(r.Key(), vals[i])
	}
	for i := range rows {
		for d, n := range got[i] {
			if n > 0 {
				rows[i].Set(directions[d], vals[n-1])
			}
		}
	}
	return nil
}

// plan picks the iterator for a pattern of refs. Cayley's own shape
// optimiser leaves a pattern such as (predicate, object) to an intersection
// that scans every quad on the key-value backends, because it uses an index
// only when the pattern covers all of its directions; so for them the plan
// is the longest index prefix the pattern fixes, and scan checks the rest.
func (s *Store) plan(ctx context.Context, want [4]cgraph.Ref) (iterator.Shape, error) {
	var filter shape.Quads
	refs := map[quad.Direction]cgraph.Ref{}
	for i, ref := range want {
		if ref == nil {
			continue
		}
		refs[directions[i]] = ref
		filter = append(filter, shape.QuadFilter{Dir: directions[i], Values: shape.Fixed{ref}})
	}
	if len(refs) == 0 {
		return s.qs.QuadsAllIterator(), nil
	}
	switch qs := s.qs.(type) {
	case *kv.QuadStore:
		best, bestLen := kv.QuadIndex{}, 0
		for _, ind := range s.kvIndexes {
			n := 0
			for _, d := range ind.Dirs {
				if _, ok := refs[d]; !ok {
					break
				}
				n++
			}
			if n > bestLen {
				best, bestLen = ind, n
			}
		}
		if bestLen > 0 {
			scan := kv.IndexScan{Index: best}
			for _, d := range best.Dirs[:bestLen] {
				scan.Values = append(scan.Values, uint64(refs[d].(kv.Int64Value)))
			}
			return scan.BuildIterator(qs), nil
		}
		for d, ref := range refs {
			return qs.QuadIterator(d, ref), nil
		}
	case *memstore.QuadStore:
		var (
			bestDir  quad.Direction
			bestSize int64 = -1
		)
		for d, ref := range refs {
			size, err := qs.QuadIteratorSize(ctx, d, ref)
			if err != nil {
				return nil, err
			}
			if bestSize < 0 || size.Value < bestSize {
				bestDir, bestSize = d, size.Value
			}
		}
		return qs.QuadIterator(bestDir, refs[bestDir]), nil
	}
	// SQL backends turn the whole pattern into one query.
	s.planMu.Lock()
	defer s.planMu.Unlock()
	return shape.BuildIterator(ctx, s.qs, filter), nil
}
