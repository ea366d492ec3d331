package cayleystore

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"io"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/google/go-cmp/cmp"

	"actorgraph/graph"
)

// Import writes labels in groups of BatchSize: more articles than one
// group, some of them already in the store, come in whole, each once, and
// the catalogue knows them, as after Write.
func TestImportGroups(t *testing.T) {
	ctx := context.Background()
	syn := newSynthetic(11, 20, 2, 60, 8)
	for _, backend := range []string{Memory, BBolt, LevelDB} {
		t.Run(backend, func(t *testing.T) {
			u := func(name string) string {
				if backend == Memory {
					return Memory
				}
				return backend + ":" + filepath.Join(t.TempDir(), name)
			}
			src, dst := openURL(t, u("src")), openURL(t, u("dst"))
			closeAtEnd(t, &src)
			closeAtEnd(t, &dst)
			n := dst.BatchSize() + 3
			var xs []graph.Extraction
			for i := range n {
				xs = append(xs, syn.article(i))
			}
			if _, err := src.WriteBatch(ctx, xs); err != nil {
				t.Fatal(err)
			}
			if _, err := dst.WriteBatch(ctx, []graph.Extraction{xs[1], xs[n-1]}); err != nil {
				t.Fatal(err)
			}
			export := func(s *Store) string {
				t.Helper()
				var buf bytes.Buffer
				if err := s.Export(ctx, &buf, "nquads", graph.ExportScope{}); err != nil {
					t.Fatal(err)
				}
				lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
				slices.Sort(lines)
				return strings.Join(lines, "\n")
			}
			had := len(strings.Split(export(dst), "\n"))
			res, err := dst.Import(ctx, strings.NewReader(export(src)), "nquads")
			if err != nil {
				t.Fatal(err)
			}
			total := len(strings.Split(export(src), "\n"))
			if res.Labels != n || res.Quads != total || res.Added != total-had {
				t.Errorf("Import = %+v, want %d labels, %d quads, %d added", res, n, total, total-had)
			}
			if diff := cmp.Diff(export(src), export(dst)); diff != "" {
				t.Errorf("the store after the import differs from the exported one (-exported +imported):\n%s", diff)
			}
			if diff := catalogueDiff(t, dst); diff != "" {
				t.Errorf("the catalogue differs from a rebuild (-rebuilt +maintained):\n%s", diff)
			}
		})
	}
}

// An export read from something that can seek is written a group at a
// time, as it is read; labels whose quads are apart are still written
// whole; a file with a bad quad at its end writes nothing, whichever way it
// is read.
func TestImportStreams(t *testing.T) {
	ctx := context.Background()
	syn := newSynthetic(13, 20, 2, 60, 8)
	src := openURL(t, Memory)
	closeAtEnd(t, &src)
	n := src.BatchSize() + 3
	buf := exportedSynthetic(t, src, syn, n)
	grouped := strings.Split(strings.TrimSpace(buf.String()), "\n")
	// the first article's first quad moved to the end: its label apart
	apart := append(slices.Clone(grouped[1:]), grouped[0])
	sorted := func(lines []string) string {
		lines = slices.Clone(lines)
		slices.Sort(lines)
		return strings.Join(lines, "\n")
	}
	export := func(s *Store) string {
		t.Helper()
		var buf bytes.Buffer
		if err := s.Export(ctx, &buf, "nquads", graph.ExportScope{}); err != nil {
			t.Fatal(err)
		}
		return sorted(strings.Split(strings.TrimSpace(buf.String()), "\n"))
	}
	for _, tc := range []struct {
		name   string
		lines  []string
		reader func(string) io.Reader
	}{
		{"grouped, seekable", grouped, func(s string) io.Reader { return strings.NewReader(s) }},
		{"apart, seekable", apart, func(s string) io.Reader { return strings.NewReader(s) }},
		{"grouped, not seekable", grouped, func(s string) io.Reader { return struct{ io.Reader }{strings.NewReader(s)} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dst := openURL(t, BBolt+":"+filepath.Join(t.TempDir(), "dst"))
			closeAtEnd(t, &dst)
			bad := strings.Join(tc.lines, "\n") + "\n<a> <b> <c> .\n"
			if res, err := dst.Import(ctx, tc.reader(bad), "nquads"); !errors.Is(err, graph.ErrInvalid) || res.Added != 0 {
				t.Fatalf("import with an unlabelled last quad = %+v, %v; want ErrInvalid and nothing added", res, err)
			}
			if got := export(dst); got != "" {
				t.Fatalf("after a refused import the store holds %d quads, want none", len(strings.Split(got, "\n")))
			}
			res, err := dst.Import(ctx, tc.reader(strings.Join(tc.lines, "\n")), "nquads")
			if err != nil {
				t.Fatal(err)
			}
			if res.Labels != n || res.Quads != len(grouped) || res.Added != len(grouped) {
				t.Errorf("Import = %+v, want %d labels and %d quads, all added", res, n, len(grouped))
			}
			if diff := cmp.Diff(sorted(grouped), export(dst)); diff != "" {
				t.Errorf("the store after the import differs from the exported one (-exported +imported):\n%s", diff)
			}
			if diff := catalogueDiff(t, dst); diff != "" {
				t.Errorf("the catalogue differs from a rebuild (-rebuilt +maintained):\n%s", diff)
			}
		})
	}
	first := grouped[0][strings.LastIndex(strings.TrimSuffix(grouped[0], " ."), " ")+1 : len(grouped[0])-2]
	for _, tc := range []struct {
		name  string
		lines []string
		want  []string
	}{
		{"as exported", grouped, nil},
		{"a label apart", apart, []string{first}},
	} {
		got, err := labelsApart(ctx, nquads.NewReader(strings.NewReader(strings.Join(tc.lines, "\n")), false))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tc.want, slices.Sorted(maps.Keys(got))); diff != "" {
			t.Errorf("labelsApart(%s) (-want +got):\n%s", tc.name, diff)
		}
	}
}

// A write that fails stops the import: the labels written before it stay,
// each whole, the failed group's labels are redone one by one up to the
// one that fails, nothing after it is written, the error comes back and
// the count of quads added is what the store holds. On PostgreSQL, where a
// CHECK constraint refuses one label of the second group.
func TestImportStopsAtAFailedWrite(t *testing.T) {
	u, _ := sharedPostgres(t)
	ctx := context.Background()
	syn := newSynthetic(17, 20, 2, 60, 8)
	src := openURL(t, Memory)
	closeAtEnd(t, &src)
	dst := openShared(t, u)
	size := dst.BatchSize()
	buf := exportedSynthetic(t, src, syn, 3*size+5)
	var labels []quad.Value
	linesOf := map[quad.Value][]string{}
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		q, err := nquads.Parse(line)
		if err != nil {
			t.Fatal(err)
		}
		if len(labels) == 0 || labels[len(labels)-1] != q.Label {
			labels = append(labels, q.Label)
		}
		linesOf[q.Label] = append(linesOf[q.Label], line)
	}
	if len(labels) != len(linesOf) || len(labels) < 2*size+1 {
		t.Fatalf("the export has %d labels, %d of them apart; want them grouped, more than two groups", len(labels), len(labels)-len(linesOf))
	}
	refused := size + 3
	h := csql.HashOf(labels[refused]).ValueHash
	if _, err := openDB(t, u).ExecContext(ctx, `ALTER TABLE quads ADD CONSTRAINT refuse_one_label CHECK (label_hash <> decode('`+hex.EncodeToString(h[:])+`', 'hex'))`); err != nil {
		t.Fatal(err)
	}

	res, err := dst.Import(ctx, strings.NewReader(buf.String()), "nquads")
	if err == nil {
		t.Fatalf("Import = %+v and no error, though label %d of %d was refused", res, refused, len(labels))
	}
	var want []string
	for _, l := range labels[:refused] {
		want = append(want, linesOf[l]...)
	}
	slices.Sort(want)
	var out bytes.Buffer
	if err := dst.Export(ctx, &out, "nquads", graph.ExportScope{}); err != nil {
		t.Fatal(err)
	}
	got := strings.Split(strings.TrimSpace(out.String()), "\n")
	slices.Sort(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("the store after the failed import holds other quads than the %d labels before the refused one (-want +got):\n%s", refused, diff)
	}
	if res.Added != len(want) {
		t.Errorf("Import says %d quads added, the store holds %d", res.Added, len(want))
	}
}

// exportedSynthetic writes n synthetic articles to src in one batch and
// returns src's N-Quads export.
func exportedSynthetic(t *testing.T, src *Store, syn *synthetic, n int) *bytes.Buffer {
	t.Helper()
	ctx := context.Background()
	var xs []graph.Extraction
	for i := range n {
		xs = append(xs, syn.article(i))
	}
	if _, err := src.WriteBatch(ctx, xs); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := src.Export(ctx, &buf, "nquads", graph.ExportScope{}); err != nil {
		t.Fatal(err)
	}
	return &buf
}
