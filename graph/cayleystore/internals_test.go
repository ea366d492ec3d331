package cayleystore

import (
	"actorgraph/graph/cayleystore/pgtest"
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/kv/bbolt"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
	hkv "github.com/hidal-go/hidalgo/kv"

	"actorgraph/graph"
)

// changed fails the test naming the Cayley internal that no longer holds.
func changed(t *testing.T, internal, format string, args ...any) {
	t.Helper()
	t.Errorf("Cayley internal %q changed (see internals.go): "+format, append([]any{internal}, args...)...)
}

// TestCayleyVersionPinned: the internals were read from the Cayley go.mod
// requires; a different one must be read again.
func TestCayleyVersionPinned(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	var got string
	for line := range strings.Lines(string(data)) {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "github.com/cayleygraph/cayley" {
			got = f[1]
		}
	}
	if got != cayleyVersion {
		changed(t, "pinned version", "go.mod requires Cayley %s, internals.go was checked against %s: re-read every internal it lists, then update cayleyVersion", got, cayleyVersion)
	}
}

// TestCayleyKVInternals checks, on every embedded backend, the metadata
// keys, the index list, the files and the ref conventions the store reads.
func TestCayleyKVInternals(t *testing.T) {
	if got, want := mustJSON(t, kv.DefaultQuadIndexes), `[{"dirs":"AQI=","unique":false},{"dirs":"AwIB","unique":false}]`; got != want {
		changed(t, "kv.DefaultQuadIndexes", "now %s, was %s (subject-predicate, object-predicate-subject)", got, want)
	}
	if got, want := mustJSON(t, storeIndexes), `[{"dirs":"AQI=","unique":false},{"dirs":"AwIB","unique":false},{"dirs":"BA==","unique":false}]`; got != want {
		changed(t, "index list JSON", "storeIndexes encode as %s, stores hold %s", got, want)
	}
	for _, tc := range []struct{ backend, file string }{{Bolt, boltFile}, {BBolt, boltFile}, {LevelDB, levelDBFile}} {
		t.Run(tc.backend, func(t *testing.T) {
			ctx := context.Background()
			dir := filepath.Join(t.TempDir(), "db")
			s := openURL(t, tc.backend+":"+dir)
			write(t, s, articleOne())
			st, err := s.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			if _, err := os.Stat(filepath.Join(dir, tc.file)); err != nil {
				changed(t, "backend files", "%s stores no longer hold %s: %v", tc.backend, tc.file, err)
			}
			if got := detectKV(dir); got != tc.backend && (tc.backend != Bolt || got != BBolt) {
				changed(t, "backend files", "a %s directory is detected as %s", tc.backend, got)
			}

			qs, db, indexes, err := openKV(ctx, tc.backend, dir)
			if err != nil {
				t.Fatal(err)
			}
			defer qs.Close()
			if diff := cmp.Diff(storeIndexes, indexes); diff != "" {
				changed(t, "meta/indexes", "the index list read back differs from the one written (-written +read):\n%s", diff)
			}
			meta := map[string][]byte{}
			err = hkv.View(ctx, db, func(tx hkv.Tx) error {
				for _, k := range []hkv.Key{keyIndexes, keyHorizon, keySize, keyCatalog, {[]byte("meta"), []byte("version")}} {
					v, err := tx.Get(ctx, k)
					if errors.Is(err, hkv.ErrNotFound) {
						continue
					} else if err != nil {
						return err
					}
					meta[string(k[1])] = append([]byte(nil), v...)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			for _, k := range []string{"indexes", "horizon", "size", "version", "actorgraph.catalog"} {
				if meta[k] == nil {
					changed(t, "meta/"+k, "no such key in the meta bucket after a write and a close")
				}
			}
			counter := func(k string) int64 {
				if len(meta[k]) != 8 {
					changed(t, "meta/"+k, "%d bytes, not an 8-byte little-endian integer", len(meta[k]))
					return -1
				}
				return int64(binary.LittleEndian.Uint64(meta[k]))
			}
			if v := counter("version"); v != 2 {
				changed(t, "meta/version", "key-value data layout %d, was 2", v)
			}
			if size := counter("size"); size != int64(st.Quads) {
				changed(t, "meta/size", "%d, but the store holds %d quads", size, st.Quads)
			}
			if h := counter("horizon"); h < int64(st.Quads) {
				changed(t, "meta/horizon", "%d, below the %d quads given ids", h, st.Quads)
			}

			kqs := qs.(*kv.QuadStore)
			label := graph.ArticleLabel(articleOne().Article.ID)
			refs, err := kqs.RefsOf(ctx, []quad.Value{quad.IRI("urn:never-stored"), label})
			if err != nil {
				t.Fatal(err)
			}
			if refs[0] != kvNoNode {
				changed(t, "kvNoNode", "RefsOf gives %#v for a value not stored, not %#v", refs[0], kvNoNode)
			}
			if refs[1] == kvNoNode {
				t.Fatal("the article's label is not stored")
			}
		})
	}
}

// TestCayleyKVIDsNeverReused: a node deleted and written again gets a new
// id, so the value cache may keep ids forever.
func TestCayleyKVIDsNeverReused(t *testing.T) {
	ctx := context.Background()
	s := openURL(t, "bbolt:"+filepath.Join(t.TempDir(), "db"))
	closeAtEnd(t, &s)
	x := articleOne()
	label := graph.ArticleLabel(x.Article.ID)
	write(t, s, x)
	before, err := s.refs(ctx, label)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteArticle(ctx, x.Article.ID); err != nil {
		t.Fatal(err)
	}
	if gone, err := s.refs(ctx, label); err != nil || gone[0] != nil {
		t.Fatalf("after deleting the article its label is %v (%v), want gone", gone[0], err)
	}
	write(t, s, x)
	after, err := s.refs(ctx, label)
	if err != nil {
		t.Fatal(err)
	}
	if before[0] == nil || after[0] == nil || before[0].Key() == after[0].Key() {
		changed(t, "node ids only grow", "the label had id %v, and %v after it was deleted and written again", before[0], after[0])
	}
}

// TestCayleyKVStatsOfNewStore: a key-value store never written answers
// Stats with kv.ErrNoBucket, which quadCount takes as zero.
func TestCayleyKVStatsOfNewStore(t *testing.T) {
	db, err := bbolt.Create(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := kv.Init(db, nil); err != nil {
		t.Fatal(err)
	}
	qs, err := kv.New(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer qs.Close()
	if _, err := qs.Stats(context.Background(), false); !errors.Is(err, kv.ErrNoBucket) {
		changed(t, "Stats of a new key-value store", "answers %v, not kv.ErrNoBucket", err)
	}
}

// TestCayleySQLInternals checks, on a real PostgreSQL, the tables and
// columns our raw SQL names, that our flavour makes the postgres flavour's
// schema, that a write and a delete-only transaction each pass through the
// RunTx hook once, and that SQL refs are hashes of values.
func TestCayleySQLInternals(t *testing.T) {
	ours, admin := sharedPostgres(t)
	theirs := pgtest.FreshDatabase(t, admin, os.Getenv(postgresEnv))
	ctx := context.Background()
	s := openShared(t, ours)
	if err := csql.Init("postgres", theirs, nil); err != nil {
		t.Fatalf("Cayley's postgres flavour: %v", err)
	}

	schema := func(u string) (cols, indexes []string) {
		t.Helper()
		db := openDB(t, u)
		rows, err := db.QueryContext(ctx, `SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable
			FROM information_schema.columns WHERE table_name IN ('quads', 'nodes') ORDER BY 1`)
		if err != nil {
			t.Fatal(err)
		}
		cols = scanStrings(t, rows)
		rows, err = db.QueryContext(ctx, `SELECT indexdef FROM pg_indexes WHERE tablename IN ('quads', 'nodes') AND indexname <> $1 ORDER BY 1`, sqlLabelIndex)
		if err != nil {
			t.Fatal(err)
		}
		return cols, scanStrings(t, rows)
	}
	oursCols, oursIdx := schema(ours)
	theirCols, theirIdx := schema(theirs)
	if diff := cmp.Diff(theirCols, oursCols); diff != "" {
		changed(t, "pgFlavour's schema", "columns differ from the postgres flavour's (-postgres +ours):\n%s", diff)
	}
	if diff := cmp.Diff(theirIdx, oursIdx); diff != "" {
		changed(t, "pgFlavour's schema", "indexes differ from the postgres flavour's (-postgres +ours):\n%s", diff)
	}
	for _, want := range []string{sqlQuadsTable + "." + sqlLabelColumn + " bytea YES", "quads.subject_hash bytea NO", "quads.predicate_hash bytea NO", "quads.object_hash bytea NO", "nodes.hash bytea NO"} {
		if !strings.Contains(strings.Join(oursCols, "\n"), want) {
			changed(t, "SQL schema", "no column %q among %q", want, oursCols)
		}
	}
	// Cayley's schema gives the quads table foreign keys by the names
	// dropQuadForeignKeys drops; a store made by us has none, and one
	// opened on a database Cayley made drops them.
	foreignKeys := func(u string) []string {
		t.Helper()
		rows, err := openDB(t, u).QueryContext(ctx, `SELECT conname FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'f' ORDER BY 1`, sqlQuadsTable)
		if err != nil {
			t.Fatal(err)
		}
		return scanStrings(t, rows)
	}
	if diff := cmp.Diff(slices.Sorted(slices.Values(sqlQuadForeignKeys)), foreignKeys(theirs)); diff != "" {
		changed(t, "SQL foreign keys", "the postgres flavour's quads table has other foreign keys (-ours +postgres):\n%s", diff)
	}
	if got := foreignKeys(ours); len(got) > 0 {
		t.Errorf("a new store's quads table has foreign keys %q", got)
	}
	openShared(t, theirs)
	if got := foreignKeys(theirs); len(got) > 0 {
		t.Errorf("a store opened on Cayley's database kept the foreign keys %q", got)
	}
	var labelIndex string
	if err := s.pg.db.QueryRowContext(ctx, `SELECT indexdef FROM pg_indexes WHERE indexname = $1`, sqlLabelIndex).Scan(&labelIndex); err != nil ||
		!strings.Contains(labelIndex, "ON public."+sqlQuadsTable+" ") || !strings.Contains(labelIndex, "("+sqlLabelColumn+")") {
		changed(t, "SQL label index", "%s is %q (%v)", sqlLabelIndex, labelIndex, err)
	}

	logged := func() int {
		var n int
		if err := s.pg.db.QueryRowContext(ctx, `SELECT count(*) FROM `+changesTable).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	x := articleOne()
	write(t, s, x)
	if n := logged(); n != 1 {
		changed(t, "RunTx once per transaction", "one write logged %d changes", n)
	}
	if err := s.DeleteArticle(ctx, x.Article.ID); err != nil {
		t.Fatal(err)
	}
	var removed []byte
	if err := s.pg.db.QueryRowContext(ctx, `SELECT removed FROM `+changesTable+` ORDER BY seq DESC LIMIT 1`).Scan(&removed); err != nil {
		t.Fatal(err)
	}
	if qs, err := decodeQuads(removed); err != nil || len(qs) == 0 || logged() != 2 {
		changed(t, "RunTx once per transaction", "a delete-only transaction was not logged through the hook (%d changes, %d quads removed, %v)", logged(), len(qs), err)
	}

	v := quad.IRI("urn:any")
	ref, err := s.qs.ValueOf(v)
	if err != nil {
		t.Fatal(err)
	}
	if want := csql.HashOf(v); ref == nil || ref.Key() != want.Key() {
		changed(t, "SQL refs are hashes", "ValueOf gives %#v, not the value's hash %#v", ref, want)
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func openDB(t *testing.T, u string) *sql.DB {
	t.Helper()
	db, err := sql.Open("postgres", u)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func scanStrings(t *testing.T, rows *sql.Rows) []string {
	t.Helper()
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
