package cayleystore

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"sync"
	"testing"
	"time"

	"actorgraph/graph"
	"actorgraph/graph/cayleystore/pgtest"

	cgraph "github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
)

// TestPostgresBulkRows writes the same transactions through the bulk write
// (copyTx) and through Cayley's own postgres flavour, a statement per row,
// and compares the rows they leave: every value type in its columns, the
// ref counts (raised for a node already stored, counted twice for a quad
// given twice, as Cayley counts them), the quads in the order given, and a
// duplicate refused without IgnoreDup.
func TestPostgresBulkRows(t *testing.T) {
	ours, admin := sharedPostgres(t)
	theirs := pgtest.FreshDatabase(t, admin, os.Getenv(postgresEnv))
	ctx := context.Background()
	s := openShared(t, ours)
	if err := csql.Init("postgres", theirs, nil); err != nil {
		t.Fatalf("Cayley's postgres flavour: %v", err)
	}
	cayley, err := csql.New("postgres", theirs, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cayley.Close() })

	at := time.Date(1987, 3, 2, 14, 5, 0, 0, time.UTC)
	label := quad.IRI("urn:x:article")
	first := []quad.Quad{
		quad.Make(quad.IRI("urn:x:a"), quad.IRI("urn:x:name"), quad.String("Ménem\ttab\\slash\nline"), label),
		quad.Make(quad.IRI("urn:x:a"), quad.IRI("urn:x:typed"), quad.TypedString{Value: "42", Type: "urn:x:t"}, label),
		quad.Make(quad.IRI("urn:x:a"), quad.IRI("urn:x:lang"), quad.LangString{Value: "Bonn", Lang: "de"}, label),
		quad.Make(quad.BNode("b1"), quad.IRI("urn:x:int"), quad.Int(-7), label),
		quad.Make(quad.BNode("b1"), quad.IRI("urn:x:bool"), quad.Bool(true), label),
		quad.Make(quad.BNode("b1"), quad.IRI("urn:x:float"), quad.Float(2.5), label),
		quad.Make(quad.BNode("b1"), quad.IRI("urn:x:time"), quad.Time(at), label),
		quad.Make(quad.IRI("urn:x:a"), quad.IRI("urn:x:knows"), quad.IRI("urn:x:b"), nil),
		quad.Make(quad.IRI("urn:x:a"), quad.IRI("urn:x:name"), quad.String("Ménem\ttab\\slash\nline"), label), // twice
	}
	second := []quad.Quad{
		quad.Make(quad.IRI("urn:x:b"), quad.IRI("urn:x:name"), quad.String("B"), quad.IRI("urn:x:other")),
		quad.Make(quad.IRI("urn:x:a"), quad.IRI("urn:x:knows"), quad.IRI("urn:x:b"), nil), // stored already
	}
	adds := func(qs []quad.Quad) []cgraph.Delta {
		var out []cgraph.Delta
		for _, q := range qs {
			out = append(out, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
		return out
	}
	dup := cgraph.IgnoreOpts{IgnoreDup: true}
	// What the catalogue is told was written: the first write's repeat
	// and the second's stored quad are left out.
	wantApplied := [][]quad.Quad{first[:len(first)-1], second[:1]}
	for i, qs := range [][]quad.Quad{first, second} {
		s.mu.Lock()
		applied, err := s.apply(ctx, adds(qs), dup)
		s.mu.Unlock()
		if err != nil {
			t.Fatalf("bulk write %d: %v", i+1, err)
		}
		var got []quad.Quad
		for _, d := range applied {
			got = append(got, d.Quad)
		}
		if diff := cmp.Diff(wantApplied[i], got); diff != "" {
			t.Errorf("bulk write %d: the quads it says it added (-want +got):\n%s", i+1, diff)
		}
		if err := cayley.ApplyDeltas(adds(qs), dup); err != nil {
			t.Fatalf("Cayley's write %d: %v", i+1, err)
		}
	}
	rows := func(u string) (nodes, quads []string) {
		t.Helper()
		db := openDB(t, u)
		r, err := db.QueryContext(ctx, `SELECT concat_ws(' | ', encode(hash, 'hex'), refs, encode(value, 'hex'), value_string, datatype,
			language, iri, bnode, value_int, value_bool, value_float, value_time AT TIME ZONE 'UTC') FROM nodes ORDER BY hash`)
		if err != nil {
			t.Fatal(err)
		}
		nodes = scanStrings(t, r)
		r, err = db.QueryContext(ctx, `SELECT concat_ws(' ', encode(subject_hash, 'hex'), encode(predicate_hash, 'hex'),
			encode(object_hash, 'hex'), coalesce(encode(label_hash, 'hex'), '-'), ts IS NOT NULL) FROM quads ORDER BY horizon`)
		if err != nil {
			t.Fatal(err)
		}
		return nodes, scanStrings(t, r)
	}
	ourNodes, ourQuads := rows(ours)
	theirNodes, theirQuads := rows(theirs)
	if diff := cmp.Diff(theirNodes, ourNodes); diff != "" {
		t.Errorf("nodes differ from Cayley's (-Cayley +bulk):\n%s", diff)
	}
	if diff := cmp.Diff(theirQuads, ourQuads); diff != "" {
		t.Errorf("quads differ from Cayley's (-Cayley +bulk):\n%s", diff)
	}

	// Read back through Cayley, values and all.
	got := quadSet(allQuads(t, s))
	want := quadSet(append(first[:len(first)-1], second[0]))
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quads read back (-want +got):\n%s", diff)
	}

	s.mu.Lock()
	_, err = s.apply(ctx, adds(second[1:]), cgraph.IgnoreOpts{})
	s.mu.Unlock()
	if !errors.Is(err, cgraph.ErrQuadExists) {
		t.Errorf("a stored quad written again without IgnoreDup: err = %v, want ErrQuadExists", err)
	}
	if _, after := rows(ours); len(after) != len(ourQuads) {
		t.Errorf("the refused write left %d quads, want %d", len(after), len(ourQuads))
	}
}

// TestPostgresNodeRefs: with the quads table's foreign keys dropped
// (dropQuadForeignKeys), what keeps every quad's values stored is the
// nodes' reference counts, Cayley's delete removing a node only at zero.
// After writes, edits, retractions, batches with a repeated article, and
// two servers writing and retracting the same articles at once, every
// value a quad names must be a node whose count is at least the quads that
// name it (Cayley counts a quad given twice in one transaction twice, so
// more is allowed; fewer would let a retraction take a value still in use).
func TestPostgresNodeRefs(t *testing.T) {
	u, _ := sharedPostgres(t)
	a, b := openShared(t, u), openShared(t, u)
	ctx := context.Background()
	syn := newSynthetic(11, 12, 2, 40, 6)
	for k := range 6 {
		write(t, a, syn.article(k))
	}
	if _, err := b.WriteBatch(ctx, []graph.Extraction{syn.article(10), syn.article(11), syn.article(10), syn.article(2)}); err != nil {
		t.Fatalf("WriteBatch: %v", err)
	}
	edited := syn.article(3)
	edited.Article.Title = "Corrected: " + edited.Article.Title
	edited.Relations = edited.Relations[:len(edited.Relations)/2]
	write(t, b, edited)
	for _, k := range []int{0, 11} {
		if err := a.DeleteArticle(ctx, syn.article(k).Article.ID); err != nil {
			t.Fatalf("DeleteArticle: %v", err)
		}
	}
	var wg sync.WaitGroup
	for i, s := range []*Store{a, b} {
		wg.Go(func() {
			for k := 20; k < 26; k++ {
				if _, err := s.Write(ctx, syn.article(k)); err != nil {
					t.Errorf("Write: %v", err)
				}
			}
			for k := 20 + i; k < 26; k += 2 {
				if err := s.DeleteArticle(ctx, syn.article(k).Article.ID); err != nil && !errors.Is(err, graph.ErrNotFound) {
					t.Errorf("DeleteArticle: %v", err)
				}
			}
		})
	}
	wg.Wait()

	db := openDB(t, u)
	var quads int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM quads`).Scan(&quads); err != nil || quads == 0 {
		t.Fatalf("%d quads stored (%v): the test wrote nothing", quads, err)
	}
	if bad := nodeRefsShort(t, db); len(bad) > 0 {
		t.Errorf("%d values named by quads are missing or counted short, e.g. %q", len(bad), bad[:min(len(bad), 5)])
	}
}

// nodeRefsShort lists the values quads name whose node is missing or
// whose reference count is below the quads naming it.
func nodeRefsShort(t *testing.T, db *sql.DB) []string {
	t.Helper()
	rows, err := db.QueryContext(context.Background(), `WITH used AS (
		SELECT h, count(*) AS n FROM (
			SELECT subject_hash AS h FROM quads UNION ALL SELECT predicate_hash FROM quads
			UNION ALL SELECT object_hash FROM quads UNION ALL SELECT label_hash FROM quads WHERE label_hash IS NOT NULL) AS named
		GROUP BY h)
		SELECT encode(u.h, 'hex') || ' named ' || u.n || ' times, refs ' || coalesce(n.refs::text, 'no node')
		FROM used u LEFT JOIN nodes n ON n.hash = u.h WHERE n.hash IS NULL OR n.refs < u.n ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	return scanStrings(t, rows)
}
