package cayleystore

import (
	"bytes"
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

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
