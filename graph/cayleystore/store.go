// Package cayleystore keeps actorgraph's knowledge graph in Cayley: it opens
// a backend (in memory, an embedded bolt, bbolt or leveldb directory, or
// PostgreSQL / CockroachDB), writes each article's quads in one transaction
// under the article's label, retracts an article by its label, and answers
// the read models of package graph. It is the only package that imports
// cayley.
//
// Reads go to the quads through index lookups (subject+predicate,
// object+predicate, label), never through a scan of the whole store. What is
// asked of every node on every page — names, types, aliases, article
// headlines — is kept in an in-process catalogue built by one pass over the
// quads on Open and maintained by Write and DeleteArticle. Search ranks the
// catalogue's names, so it costs a pass over the entities, not the quads; the
// same holds for SQL backends. The catalogue assumes this Store is the only
// writer while it is open; a second process writing the same database is seen
// after reopening.
//
// The embedded key-value backends are created with a label index on top of
// Cayley's default subject/predicate and object/predicate/subject indexes,
// so that reading and retracting one article does not scan the store; SQL
// backends get the same index on quads.label_hash. The embedded default is
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

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/kv/bbolt"
	"github.com/cayleygraph/cayley/graph/kv/bolt"
	"github.com/cayleygraph/cayley/graph/kv/leveldb"
	"github.com/cayleygraph/cayley/graph/memstore"
	csql "github.com/cayleygraph/cayley/graph/sql"
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach" // registers the cockroach SQL flavour
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"  // registers the postgres SQL flavour
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"

	ag "actorgraph/graph"
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
	qs      graph.QuadStore
	backend string
	log     *slog.Logger
	// reopen opens the backend afresh; set for the key-value backends,
	// whose caches keep node ids of a transaction that failed.
	reopen func(context.Context) (graph.QuadStore, error)
	// kvIndexes are the indexes of a key-value backend, read from its
	// metadata: stores created elsewhere may lack the label index.
	kvIndexes []kv.QuadIndex

	// mu orders writers against each other and against readers, because
	// memstore is not safe for concurrent writes and the catalogue must
	// change together with the quads.
	mu  sync.RWMutex
	cat *catalog
}

// Open opens (creating on first use) the store named by url; see urlForms.
// log may be nil.
func Open(ctx context.Context, url string, log *slog.Logger) (*Store, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	backend, addr, err := parseURL(url)
	if err != nil {
		return nil, err
	}
	var (
		qs      graph.QuadStore
		reopen  func(context.Context) (graph.QuadStore, error)
		indexes []kv.QuadIndex
	)
	switch backend {
	case Memory:
		qs = memstore.New()
	case Bolt, BBolt, LevelDB:
		reopen = func(ctx context.Context) (graph.QuadStore, error) {
			qs, _, err := openKV(ctx, backend, addr)
			return qs, err
		}
		qs, indexes, err = openKV(ctx, backend, addr)
	case Postgres, Cockroach:
		qs, err = openSQL(ctx, backend, addr)
	}
	if err != nil {
		return nil, fmt.Errorf("open %s store: %w", backend, err)
	}
	s := &Store{qs: qs, backend: backend, log: log, cat: newCatalog(), reopen: reopen, kvIndexes: indexes}
	if err := s.loadCatalog(ctx); err != nil {
		qs.Close()
		return nil, fmt.Errorf("open %s store: read catalogue: %w", backend, err)
	}
	log.InfoContext(ctx, "store opened", "backend", backend,
		"articles", len(s.cat.articles), "entities", len(s.cat.entities))
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
				return "", "", fmt.Errorf("%w: store URL %q has no path; use one of %s", ag.ErrInvalid, u, urlForms)
			}
			return b, p, nil
		}
	}
	if strings.Contains(u, "://") {
		return "", "", fmt.Errorf("%w: store URL %q is not understood; use one of %s", ag.ErrInvalid, u, urlForms)
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
	if _, err := os.Stat(filepath.Join(dir, "indexes.bolt")); err == nil {
		return BBolt // reads bolt's files too
	}
	if _, err := os.Stat(filepath.Join(dir, "CURRENT")); err == nil {
		return LevelDB
	}
	return DefaultBackend
}

// storeIndexes are Cayley's default key-value indexes plus one on the label,
// which Write, DeleteArticle and Article look articles up by.
var storeIndexes = append(append([]kv.QuadIndex(nil), kv.DefaultQuadIndexes...),
	kv.QuadIndex{Dirs: []quad.Direction{quad.Label}})

func openKV(ctx context.Context, backend, dir string) (graph.QuadStore, []kv.QuadIndex, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, nil, err
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
		db, err = leveldb.Create(dir, nil)
		if errors.Is(err, graph.ErrDatabaseExists) {
			db, err = leveldb.Open(dir, nil)
		}
	}
	if err != nil {
		return nil, nil, err
	}
	switch err := kv.Init(db, nil); {
	case err == nil:
		if err := writeIndexes(ctx, db); err != nil {
			db.Close()
			return nil, nil, err
		}
	case !errors.Is(err, graph.ErrDatabaseExists):
		db.Close()
		return nil, nil, err
	}
	indexes, err := readIndexes(ctx, db)
	if err != nil {
		db.Close()
		return nil, nil, err
	}
	qs, err := kv.New(db, nil)
	if err != nil {
		db.Close()
		return nil, nil, err
	}
	return qs, indexes, nil
}

// keyIndexes is where Cayley keeps the index list of a key-value store.
var keyIndexes = hkv.Key{[]byte("meta"), []byte("indexes")}

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

func openSQL(ctx context.Context, backend, addr string) (graph.QuadStore, error) {
	if err := prepareSQL(ctx, backend, addr); err != nil {
		return nil, err
	}
	return csql.New(backend, addr, nil)
}

// prepareSQL creates Cayley's schema when the database has none (asking
// first, because Cayley logs an error for a schema that exists) and gives
// the quads table the label index Cayley's schema lacks.
func prepareSQL(ctx context.Context, backend, addr string) error {
	driver := "postgres"
	if backend == Cockroach {
		driver = "pgx"
	}
	db, err := sql.Open(driver, addr)
	if err != nil {
		return err
	}
	defer db.Close()
	var quads sql.NullString
	if err := db.QueryRowContext(ctx, `SELECT to_regclass('quads')::text`).Scan(&quads); err != nil {
		return fmt.Errorf("look for the quads table: %w", err)
	}
	if !quads.Valid {
		if err := csql.Init(backend, addr, nil); err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
			return err
		}
	}
	if _, err := db.ExecContext(ctx, `CREATE INDEX IF NOT EXISTS l_index ON quads (label_hash)`); err != nil {
		return fmt.Errorf("create label index: %w", err)
	}
	return nil
}

// Close releases the backend.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.qs.Close()
}

// Backend names the backend in use: memory, bolt, bbolt, leveldb, postgres
// or cockroach.
func (s *Store) Backend() string { return s.backend }

// apply runs one transaction. After a failed one, a key-value backend is
// reopened: Cayley's kv store caches the ids of nodes it created inside the
// transaction, and after the rollback those ids point at nothing, so the
// next write would store quads with missing values. s.mu must be held.
func (s *Store) apply(ctx context.Context, deltas []graph.Delta, opts graph.IgnoreOpts) error {
	err := s.qs.ApplyDeltas(deltas, opts)
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
	want := [4]quad.Value{subject, predicate, object, label}
	it, err := s.plan(ctx, want)
	if err != nil || it == nil {
		return err
	}
	sc := it.Iterate()
	defer sc.Close()
	for sc.Next(ctx) {
		q, err := s.qs.Quad(sc.Result())
		if err != nil {
			return err
		}
		if !matches(q, want) {
			continue
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

var directions = [4]quad.Direction{quad.Subject, quad.Predicate, quad.Object, quad.Label}

// matches checks the directions a plan may have left unfiltered.
func matches(q quad.Quad, want [4]quad.Value) bool {
	for i, v := range want {
		if v != nil && q.Get(directions[i]) != v {
			return false
		}
	}
	return true
}

// plan picks the iterator for a pattern; nil when a value of the pattern is
// not in the store, so nothing can match. Cayley's own shape optimiser
// leaves a pattern such as (predicate, object) to an intersection that
// scans every quad on the key-value backends, because it uses an index only
// when the pattern covers all of its directions; so for them the plan is
// the longest index prefix the pattern fixes, and each checks the rest.
func (s *Store) plan(ctx context.Context, want [4]quad.Value) (iterator.Shape, error) {
	var filter shape.Quads
	refs := map[quad.Direction]graph.Ref{}
	for i, v := range want {
		if v == nil {
			continue
		}
		ref, err := s.qs.ValueOf(v)
		if err != nil {
			return nil, err
		}
		if ref == nil {
			return nil, nil
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
	return shape.BuildIterator(ctx, s.qs, filter), nil
}
