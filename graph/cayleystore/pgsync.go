package cayleystore

// Several actorgraph processes may serve one PostgreSQL database, and each
// keeps its own catalogue in memory, so each must learn of the others'
// writes. Every transaction that changes quads also appends the change to
// the catalogue — the catalogued quads it added and removed — to the table
// actorgraph_changes and announces its number with NOTIFY, in the same
// transaction: a change is logged and announced if and only if its quads
// were committed. Every process LISTENs, reads each change it did not make
// and applies it to its catalogue, the way its own writes are applied.
//
// When a process (re)loads its catalogue from the quads — on Open, and after
// its listening connection was lost, when announcements may have been
// missed — it holds an exclusive advisory lock that every writing
// transaction takes shared, so no write lands during the reload, and it
// notes the last change number: changes up to it are in the reload, later
// ones are applied as announced.
//
// CockroachDB has no LISTEN/NOTIFY; a store there still assumes one writer.

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/cayley/graph/sql/postgres"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"github.com/lib/pq"
)

const (
	// changesTable holds the changes of the last changeRetention.
	changesTable = "actorgraph_changes"
	// changesChannel is the NOTIFY channel; a payload is "SEQ ORIGIN".
	changesChannel = "actorgraph_changes"
	// changesLock is the advisory lock writers take shared and a reload
	// takes exclusive (any fixed number; this one spells "actgraph").
	changesLock int64 = 0x6163746772617068
	// changeRetention is how long a change stays in the log: a process
	// reads a change within moments of its announcement, and one that
	// finds it gone reloads.
	changeRetention = time.Hour
)

// pgFlavour is the name under which Cayley's SQL backend knows our
// PostgreSQL flavour: Cayley's own, whose write transaction also takes the
// shared lock and logs and announces the change.
const pgFlavour = "actorgraph-postgres"

var registerFlavour sync.Once

// registerPGFlavour registers pgFlavour with Cayley. Its schema is the
// postgres flavour's, so either opens the other's databases.
func registerPGFlavour() {
	registerFlavour.Do(func() {
		csql.Register(pgFlavour, csql.Registration{
			Driver:             "postgres",
			HashType:           "BYTEA",
			BytesType:          "BYTEA",
			HorizonType:        "BIGSERIAL",
			TimeType:           "timestamp with time zone",
			QueryDialect:       postgres.QueryDialect,
			ConditionalIndexes: true,
			FillFactor:         true,
			Error:              postgres.ConvError,
			// The planner's row estimate, as the postgres flavour asks
			// for it when sizing iterators: an exact count would scan the
			// table after every write.
			Estimated: func(table string) string {
				return "SELECT reltuples::BIGINT AS estimate FROM pg_class WHERE relname='" + table + "';"
			},
			RunTx: runLoggedTx,
		})
	})
}

// loggedWrite hands the change of the write in progress to runLoggedTx,
// which Cayley calls with nothing but the transaction, and hands back the
// transaction's id. PostgreSQL writes of one process go one at a time.
var loggedWrite struct {
	sync.Mutex
	change *change
	deltas []cgraph.Delta // the write's, of which change is made
	xid    int64          // the transaction's id (txid_current), 0 until known
	// skipped are the deltas whose quads were already stored (by
	// index), left out of the change.
	skipped []int
}

// change is one write transaction's effect on the catalogue.
type change struct {
	origin         string
	added, removed []byte // pquads
}

// runLoggedTx is Cayley's postgres write of the added quads, done in bulk
// (copyTx; deletions follow it in the same transaction), preceded by the
// shared lock and followed by the change's log row and announcement.
func runLoggedTx(tx *sql.Tx, nodes []graphlog.NodeUpdate, quads []graphlog.QuadUpdate, opts cgraph.IgnoreOpts) error {
	c := loggedWrite.change
	if c == nil {
		return errors.New("a PostgreSQL write outside Store.apply would not be announced to the other servers")
	}
	// The id tells, should the COMMIT's answer be lost, whether it went
	// through (committedTx).
	if err := tx.QueryRow(`SELECT txid_current() FROM (SELECT pg_advisory_xact_lock_shared($1)) AS locked`,
		changesLock).Scan(&loggedWrite.xid); err != nil {
		return fmt.Errorf("take the write lock: %w", err)
	}
	skipped, err := copyTx(tx, nodes, quads, opts)
	if err != nil {
		return err
	}
	gone, err := lockDeleted(tx, loggedWrite.deltas)
	if err != nil {
		return err
	}
	if len(skipped)+len(gone) > 0 {
		// Another server stored them first, or removed them first, and
		// announced it: counted twice, they would outlive their
		// article's retraction, or take another article's statements
		// with them.
		skipped = slices.Sorted(slices.Values(append(skipped, gone...)))
		loggedWrite.skipped = skipped
		if c, err = newChange(c.origin, without(loggedWrite.deltas, skipped)); err != nil {
			return err
		}
	}
	var seq int64
	err = tx.QueryRow(`INSERT INTO `+changesTable+` (origin, added, removed) VALUES ($1, $2, $3) RETURNING seq`,
		c.origin, c.added, c.removed).Scan(&seq)
	if err != nil {
		return fmt.Errorf("log the change: %w", err)
	}
	if _, err := tx.Exec(`SELECT pg_notify($1, $2)`, changesChannel, strconv.FormatInt(seq, 10)+" "+c.origin); err != nil {
		return fmt.Errorf("announce the change: %w", err)
	}
	return nil
}

// lockDeleted locks the stored quads the deltas delete, until the
// transaction ends, and returns the deltas whose quads are not there (by
// index): another server's transaction removed them while this one was
// being prepared, and Cayley's delete (after this, in the same
// transaction) passes over them.
func lockDeleted(tx *sql.Tx, deltas []cgraph.Delta) ([]int, error) {
	var dels []int
	for i, d := range deltas {
		if d.Action == cgraph.Delete {
			dels = append(dels, i)
		}
	}
	if len(dels) == 0 {
		return nil, nil
	}
	if _, err := tx.Exec(`CREATE TEMP TABLE ` + goneQuadsTable + ` (n INT NOT NULL, ` +
		strings.Join(quadColumns, " BYTEA, ") + ` BYTEA) ON COMMIT DROP`); err != nil {
		return nil, fmt.Errorf("lock the quads to delete: %w", err)
	}
	row := make([]any, 1+len(quadColumns))
	err := copyRows(tx, goneQuadsTable, append([]string{"n"}, quadColumns...), len(dels), func(i int) ([]any, error) {
		row[0] = dels[i]
		for j, dir := range quad.Directions {
			row[j+1] = nil
			if v := deltas[dels[i]].Quad.Get(dir); v != nil {
				row[j+1] = csql.NodeHash{ValueHash: refs.HashOf(v)}.SQLValue()
			}
		}
		return row, nil
	})
	if err != nil {
		return nil, err
	}
	rows, err := tx.Query(`SELECT t.n FROM ` + goneQuadsTable + ` t JOIN quads q
		ON q.subject_hash = t.subject_hash AND q.predicate_hash = t.predicate_hash AND q.object_hash = t.object_hash
		AND (q.label_hash = t.label_hash OR (q.label_hash IS NULL AND t.label_hash IS NULL))
		FOR UPDATE OF q`)
	if err != nil {
		return nil, fmt.Errorf("lock the quads to delete: %w", err)
	}
	ns, err := rowNumbers(rows)
	if err != nil {
		return nil, fmt.Errorf("lock the quads to delete: %w", err)
	}
	there := map[int]bool{}
	for _, n := range ns {
		there[n] = true
	}
	var gone []int
	for _, i := range dels {
		if !there[i] {
			gone = append(gone, i)
		}
	}
	return gone, nil
}

// goneQuadsTable holds, for one transaction, the quads it deletes.
const goneQuadsTable = "actorgraph_gone_quads"

// catalogPredicateSet is catalogPredicates as a set.
var catalogPredicateSet = func() map[quad.Value]bool {
	out := make(map[quad.Value]bool, len(catalogPredicates))
	for _, p := range catalogPredicates {
		out[quad.IRI(p)] = true
	}
	return out
}()

// newChange encodes what deltas change in a catalogue: their quads of the
// catalogued predicates.
func newChange(origin string, deltas []cgraph.Delta) (*change, error) {
	var added, removed []quad.Quad
	for _, d := range deltas {
		if !catalogPredicateSet[d.Quad.Predicate] {
			continue
		}
		if d.Action == cgraph.Delete {
			removed = append(removed, d.Quad)
		} else {
			added = append(added, d.Quad)
		}
	}
	c := &change{origin: origin}
	var err error
	if c.added, err = encodeQuads(added); err != nil {
		return nil, err
	}
	if c.removed, err = encodeQuads(removed); err != nil {
		return nil, err
	}
	return c, nil
}

func encodeQuads(qs []quad.Quad) ([]byte, error) {
	var buf bytes.Buffer
	w := pquads.NewWriter(&buf, &pquads.Options{})
	if _, err := w.WriteQuads(qs); err != nil {
		return nil, fmt.Errorf("encode the change: %w", err)
	}
	return buf.Bytes(), nil
}

func decodeQuads(data []byte) ([]quad.Quad, error) {
	r := pquads.NewReader(bytes.NewReader(data), 0)
	var out []quad.Quad
	for {
		q, err := r.ReadQuad()
		if errors.Is(err, io.EOF) {
			return out, nil
		} else if err != nil {
			return nil, fmt.Errorf("decode a change: %w", err)
		}
		out = append(out, q)
	}
}

// pgSync is a PostgreSQL store's link to the other processes on its
// database.
type pgSync struct {
	db       *sql.DB // the change log, the reload lock, the quad count
	listener *pq.Listener
	origin   string // this Store, in the changes it logs
	log      *slog.Logger
	// mark is the last change the catalogue holds from its reload; the
	// announcements of later ones are applied. Guarded by Store.mu.
	mark int64
	// count is the last quad count and the number of changes seen
	// when it was taken; it holds until the next change.
	count   atomic.Pointer[countedQuads]
	changes atomic.Uint64
	// resyncs counts the reloads after the first, for the logs and tests.
	resyncs atomic.Int64
	stop    context.CancelFunc
	done    chan struct{}
}

// openPGSync creates the change log if it is missing and starts listening,
// so that no change committed after this returns goes unannounced.
func openPGSync(ctx context.Context, addr string, log *slog.Logger) (*pgSync, error) {
	db, err := sql.Open("postgres", addr)
	if err != nil {
		return nil, err
	}
	_, err = db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS `+changesTable+` (
	seq BIGSERIAL PRIMARY KEY,
	origin TEXT NOT NULL,
	added BYTEA NOT NULL,
	removed BYTEA NOT NULL,
	at TIMESTAMPTZ NOT NULL DEFAULT now())`)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("create the change log: %w", err)
	}
	var id [8]byte
	rand.Read(id[:])
	p := &pgSync{db: db, origin: hex.EncodeToString(id[:]), log: log}
	p.listener = pq.NewListener(named(addr, listenerName), 100*time.Millisecond, 5*time.Second, func(ev pq.ListenerEventType, err error) {
		if err != nil {
			log.Warn("the PostgreSQL change listener lost its connection; reloading the catalogue once it is back", "event", ev, "err", err)
		}
	})
	if err := p.listener.Listen(changesChannel); err != nil {
		p.listener.Close()
		db.Close()
		return nil, fmt.Errorf("listen for changes: %w", err)
	}
	return p, nil
}

// listenerName is the application name of the listening connections, so
// that pg_stat_activity tells them apart (unless the URL names one).
const listenerName = "actorgraph change listener"

// named gives a PostgreSQL URL a fallback application name.
func named(addr, name string) string {
	u, err := url.Parse(addr)
	if err != nil {
		return addr
	}
	q := u.Query()
	q.Set("fallback_application_name", name)
	u.RawQuery = q.Encode()
	return u.String()
}

// close stops following and releases the connections.
func (p *pgSync) close() error {
	if p.stop != nil {
		p.stop()
		<-p.done
	}
	return errors.Join(p.listener.Close(), p.db.Close())
}

// reload rebuilds the catalogue from the quads while no process writes, and
// notes the last change it holds. s.mu must be held (or s not yet shared).
func (s *Store) reload(ctx context.Context) error {
	p := s.pg
	// The lock goes with the transaction, whatever happens to the reload.
	tx, err := p.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, changesLock); err != nil {
		return fmt.Errorf("take the reload lock: %w", err)
	}
	var mark int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0) FROM `+changesTable).Scan(&mark); err != nil {
		return fmt.Errorf("read the change log: %w", err)
	}
	kept := s.cat
	s.cat = newCatalog()
	if err := s.loadCatalog(ctx); err != nil {
		s.cat = kept
		return err
	}
	p.mark = mark
	p.changed()
	s.nodes.Purge()
	s.views.Purge()
	return nil
}

// follow applies the other processes' changes as they are announced, and
// reloads after the listener reconnects, until ctx is done.
func (s *Store) follow(ctx context.Context) {
	p := s.pg
	defer close(p.done)
	ping := time.NewTicker(30 * time.Second)
	defer ping.Stop()
	prune := time.NewTicker(10 * time.Minute)
	defer prune.Stop()
	stale := false // a change may have been missed
	var retry <-chan time.Time
	for {
		if stale && retry == nil {
			if err := s.resync(ctx); err != nil {
				if ctx.Err() != nil {
					return
				}
				s.log.WarnContext(ctx, "could not reload the catalogue; retrying", "err", err)
				retry = time.After(time.Second)
			} else {
				stale = false
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-retry:
			retry = nil
		case n, ok := <-p.listener.Notify:
			if !ok {
				return
			}
			if n == nil { // reconnected: announcements may have been lost
				stale = true
				continue
			}
			if stale {
				continue // the reload will hold it
			}
			if err := s.applyAnnounced(ctx, n.Extra); err != nil {
				if ctx.Err() != nil {
					return
				}
				s.log.WarnContext(ctx, "could not apply another server's change; reloading the catalogue", "err", err)
				stale = true
			}
		case <-ping.C:
			// Finds a dead connection the operating system has not
			// reported; the listener then reconnects.
			p.listener.Ping()
		case <-prune.C:
			if err := p.prune(ctx); err != nil && ctx.Err() == nil {
				s.log.WarnContext(ctx, "could not prune the change log", "err", err)
			}
		}
	}
}

// prune drops the changes older than changeRetention.
func (p *pgSync) prune(ctx context.Context) error {
	_, err := p.db.ExecContext(ctx, `DELETE FROM `+changesTable+` WHERE at < now() - $1::interval`,
		fmt.Sprintf("%d seconds", int(changeRetention.Seconds())))
	return err
}

// resync reloads the catalogue under the store's write lock, after checking
// that the database answers, so readers are not held while it is away.
func (s *Store) resync(ctx context.Context) error {
	if err := s.pg.db.PingContext(ctx); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	start := time.Now()
	if err := s.reload(ctx); err != nil {
		return err
	}
	s.pg.resyncs.Add(1)
	s.log.InfoContext(ctx, "catalogue reloaded after the change listener reconnected", "took", time.Since(start),
		"articles", len(s.cat.articles), "entities", len(s.cat.entities))
	return nil
}

// applyAnnounced applies the change a notification names, unless this store
// made it or its reload already holds it.
func (s *Store) applyAnnounced(ctx context.Context, payload string) error {
	seqText, origin, ok := strings.Cut(payload, " ")
	seq, err := strconv.ParseInt(seqText, 10, 64)
	if !ok || err != nil {
		return fmt.Errorf("unreadable change announcement %q", payload)
	}
	if origin == s.pg.origin {
		return nil
	}
	var added, removed []byte
	err = s.pg.db.QueryRowContext(ctx, `SELECT added, removed FROM `+changesTable+` WHERE seq = $1`, seq).Scan(&added, &removed)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("change %d is no longer in the log", seq)
	} else if err != nil {
		return fmt.Errorf("read change %d: %w", seq, err)
	}
	adds, err := decodeQuads(added)
	if err != nil {
		return err
	}
	removes, err := decodeQuads(removed)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if seq <= s.pg.mark {
		return nil
	}
	for _, q := range adds {
		s.cat.apply(q, +1)
	}
	for _, q := range removes {
		s.cat.apply(q, -1)
	}
	s.cat.gen++ // a change of no catalogued quad still changes what pages show
	s.pg.changed()
	s.nodes.Purge()
	s.views.Purge() // the change names only the catalogued quads of the articles it touches
	s.log.DebugContext(ctx, "applied another server's change", "seq", seq, "origin", origin, "added", len(adds), "removed", len(removes))
	return nil
}

type countedQuads struct {
	n       int64
	changes uint64
}

// changed forgets the quad count.
func (p *pgSync) changed() { p.changes.Add(1) }

// quadCount counts the quads, once per change: Cayley's own count is
// forgotten only on this process's writes.
func (p *pgSync) quadCount(ctx context.Context) (int64, error) {
	seen := p.changes.Load()
	if c := p.count.Load(); c != nil && c.changes == seen {
		return c.n, nil
	}
	var n int64
	if err := p.db.QueryRowContext(ctx, `SELECT count(*) FROM `+sqlQuadsTable).Scan(&n); err != nil {
		return 0, err
	}
	p.count.Store(&countedQuads{n: n, changes: seen})
	return n, nil
}

// without is deltas but those at the indexes skip (sorted).
func without(deltas []cgraph.Delta, skip []int) []cgraph.Delta {
	out := make([]cgraph.Delta, 0, len(deltas)-len(skip))
	for i, d := range deltas {
		if len(skip) > 0 && skip[0] == i {
			skip = skip[1:]
			continue
		}
		out = append(out, d)
	}
	return out
}

// applyLogged runs one transaction on PostgreSQL, logging and announcing
// its change to the catalogue in it, and returns the deltas that changed
// the store: all but the added quads another server had just stored.
// s.mu must be held.
func (s *Store) applyLogged(ctx context.Context, deltas []cgraph.Delta, opts cgraph.IgnoreOpts) ([]cgraph.Delta, error) {
	c, err := newChange(s.pg.origin, deltas)
	if err != nil {
		return nil, err
	}
	loggedWrite.Lock()
	loggedWrite.change, loggedWrite.deltas, loggedWrite.xid, loggedWrite.skipped = c, deltas, 0, nil
	err = s.qs.ApplyDeltas(deltas, opts)
	xid, skipped := loggedWrite.xid, loggedWrite.skipped
	loggedWrite.change, loggedWrite.deltas, loggedWrite.skipped = nil, nil, nil
	loggedWrite.Unlock()
	s.nodes.Purge()
	s.pg.changed()
	if err == nil {
		return without(deltas, skipped), nil
	}
	if xid == 0 {
		return nil, err
	}
	// An error may come after the transaction committed: the connection
	// lost while PostgreSQL answered the COMMIT. The others then apply the
	// change as announced and skip it as ours, so unless this store applies
	// it too its catalogue lacks it for good: a redo finds the quads
	// present and writes nothing.
	committed, cerr := s.pg.committedTx(ctx, xid)
	if cerr != nil {
		return nil, errors.Join(err, fmt.Errorf("whether transaction %d committed is not known: %w", xid, cerr))
	}
	if !committed {
		return nil, err
	}
	s.log.WarnContext(ctx, "a write reported an error after it committed; it counts as written", "xid", xid, "err", err)
	return without(deltas, skipped), nil
}

// committedTx tells whether transaction xid committed, waiting while it is
// still in progress (its COMMIT may still be on its way when the client has
// lost the connection), for up to outcomeWait.
func (p *pgSync) committedTx(ctx context.Context, xid int64) (bool, error) {
	// A cancelled caller still needs the answer: the catalogue depends on it.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), outcomeWait)
	defer cancel()
	for {
		var status sql.NullString
		if err := p.db.QueryRowContext(ctx, `SELECT txid_status($1)`, xid).Scan(&status); err != nil {
			return false, err
		}
		switch status.String {
		case "committed":
			return true, nil
		case "aborted":
			return false, nil
		case "in progress":
		default:
			return false, fmt.Errorf("PostgreSQL no longer knows (status %q)", status.String)
		}
		select {
		case <-ctx.Done():
			return false, fmt.Errorf("still in progress: %w", ctx.Err())
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// outcomeWait is how long a write whose COMMIT's answer was lost waits to
// learn whether it committed.
const outcomeWait = 10 * time.Second
