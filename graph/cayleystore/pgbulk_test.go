package cayleystore

import (
	"context"
	"errors"
	"os"
	"testing"
	"time"

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
