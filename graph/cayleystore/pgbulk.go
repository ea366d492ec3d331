package cayleystore

// Cayley's PostgreSQL write runs one INSERT per node and one per quad, a
// round trip each: about 500 for a news article, 30,000 for a batch of 64.
// copyTx writes the same rows into the same schema with two COPYs and two
// INSERT … SELECTs, whatever the batch's size, in the transaction Cayley
// opened, so a batch is still all or nothing.

import (
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/lib/pq"
)

// nodeColumns are the columns of Cayley's nodes table that a node fills:
// its ref count, its hash, and the value columns of its type (the rest are
// left NULL, as Cayley leaves them).
var nodeColumns = []string{"refs", "hash", "value", "value_string", "datatype", "language",
	"iri", "bnode", "value_int", "value_bool", "value_float", "value_time"}

// quadColumns are the hash columns of Cayley's quads table; the horizon and
// the timestamp take their defaults and now(), as in Cayley's INSERT.
var quadColumns = []string{"subject_hash", "predicate_hash", "object_hash", "label_hash"}

// Temporary tables, one pair per transaction, dropped at its commit.
const (
	newNodesTable = "actorgraph_new_nodes"
	newQuadsTable = "actorgraph_new_quads"
)

// copyTx is Cayley's RunTxPostgres done in bulk: nodes get their ref counts
// raised, or are inserted, in one statement (in hash order, so that two
// processes writing at once lock shared nodes in the same order), then the
// quads are inserted in one statement, duplicates skipped when opts says so
// and refused with cgraph.ErrQuadExists otherwise, as Cayley does. It
// returns the skipped quads, by their index among the deltas (Ind).
func copyTx(tx *sql.Tx, nodes []graphlog.NodeUpdate, quads []graphlog.QuadUpdate, opts cgraph.IgnoreOpts) ([]int, error) {
	if len(nodes) > 0 {
		if _, err := tx.Exec(`CREATE TEMP TABLE ` + newNodesTable + ` (LIKE nodes) ON COMMIT DROP`); err != nil {
			return nil, fmt.Errorf("bulk write: create %s: %w", newNodesTable, err)
		}
		row := make([]any, len(nodeColumns))
		at := map[string]int{}
		for i, c := range nodeColumns {
			at[c] = i
		}
		err := copyRows(tx, newNodesTable, nodeColumns, len(nodes), func(i int) ([]any, error) {
			n := nodes[i]
			if n.RefInc < 0 {
				return nil, errors.New("a node's reference count goes down in an insert")
			}
			kind, values, err := csql.NodeValues(csql.NodeHash{ValueHash: n.Hash}, n.Val)
			if err != nil {
				return nil, err
			}
			clear(row)
			row[0], row[1] = n.RefInc, values[0]
			for j, c := range kind.Columns() {
				row[at[c]] = values[j+1]
			}
			return row, nil
		})
		if err != nil {
			return nil, err
		}
		cols := strings.Join(nodeColumns, ", ")
		if _, err := tx.Exec(`INSERT INTO nodes (` + cols + `) SELECT ` + cols + ` FROM ` + newNodesTable +
			` ORDER BY hash ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`); err != nil {
			return nil, fmt.Errorf("bulk write: insert nodes: %w", err)
		}
	}
	if len(quads) == 0 {
		return nil, nil
	}
	if _, err := tx.Exec(`CREATE TEMP TABLE ` + newQuadsTable + ` (n INT NOT NULL, ` +
		strings.Join(quadColumns, " BYTEA, ") + ` BYTEA) ON COMMIT DROP`); err != nil {
		return nil, fmt.Errorf("bulk write: create %s: %w", newQuadsTable, err)
	}
	row := make([]any, 1+len(quadColumns))
	err := copyRows(tx, newQuadsTable, append([]string{"n"}, quadColumns...), len(quads), func(i int) ([]any, error) {
		q := quads[i]
		if q.Del {
			return nil, errors.New("a quad deletion among the insertions")
		}
		row[0] = i
		for j, h := range q.Quad.Dirs() {
			row[j+1] = csql.NodeHash{ValueHash: h}.SQLValue()
		}
		return row, nil
	})
	if err != nil {
		return nil, err
	}
	cols := strings.Join(quadColumns, ", ")
	// The horizon numbers the quads in the order they were given, as
	// Cayley's INSERT per quad does.
	stmt := `INSERT INTO quads (` + cols + `, ts) SELECT ` + cols + `, now() FROM ` + newQuadsTable + ` ORDER BY n`
	if opts.IgnoreDup {
		stmt += ` ON CONFLICT DO NOTHING`
	}
	res, err := tx.Exec(stmt)
	if err != nil {
		var pe *pq.Error
		if errors.As(err, &pe) && pe.Code == "23505" { // unique_violation
			return nil, &cgraph.DeltaError{Err: cgraph.ErrQuadExists}
		}
		return nil, fmt.Errorf("bulk write: insert quads: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil || n == int64(len(quads)) {
		return nil, err
	}
	// Some quads were there, most likely written by another server at the
	// same moment (the insert waits for its transaction to end), or are
	// twice in the batch: they are the rows this transaction did not
	// create, and the repeats.
	rows, err := tx.Query(`SELECT t.n FROM ` + newQuadsTable + ` t WHERE NOT EXISTS (SELECT 1 FROM quads q
		WHERE q.subject_hash = t.subject_hash AND q.predicate_hash = t.predicate_hash AND q.object_hash = t.object_hash
		AND (q.label_hash = t.label_hash OR (q.label_hash IS NULL AND t.label_hash IS NULL))
		AND q.xmin::text::bigint = txid_current() % 4294967296)`)
	if err != nil {
		return nil, fmt.Errorf("bulk write: find the quads another transaction wrote: %w", err)
	}
	ns, err := rowNumbers(rows)
	if err != nil {
		return nil, fmt.Errorf("bulk write: find the quads another transaction wrote: %w", err)
	}
	skipped := map[int]bool{}
	for _, n := range ns {
		skipped[quads[n].Ind] = true
	}
	seen := make(map[refs.QuadHash]bool, len(quads))
	for _, q := range quads {
		if seen[q.Quad] {
			skipped[q.Ind] = true
		}
		seen[q.Quad] = true
	}
	return slices.Sorted(maps.Keys(skipped)), nil
}

// copyRows copies n rows, made by row, into table's columns.
func copyRows(tx *sql.Tx, table string, columns []string, n int, row func(int) ([]any, error)) error {
	stmt, err := tx.Prepare(pq.CopyIn(table, columns...))
	if err != nil {
		return fmt.Errorf("bulk write: copy into %s: %w", table, err)
	}
	defer stmt.Close()
	for i := range n {
		r, err := row(i)
		if err != nil {
			return fmt.Errorf("bulk write: %w", err)
		}
		if _, err := stmt.Exec(r...); err != nil {
			return fmt.Errorf("bulk write: copy into %s: %w", table, err)
		}
	}
	if _, err := stmt.Exec(); err != nil {
		return fmt.Errorf("bulk write: copy into %s: %w", table, err)
	}
	return nil
}

// rowNumbers reads a query's single integer column (the row numbers of a
// staging table) and closes the rows.
func rowNumbers(rows *sql.Rows) ([]int, error) {
	defer rows.Close()
	var out []int
	for rows.Next() {
		var n int
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}
