package cayleystore

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
	hkv "github.com/hidal-go/hidalgo/kv"
	"google.golang.org/protobuf/proto"

	"actorgraph/graph"
)

// rawKV reads every key and value of a key-value store, the log's
// primitives with their timestamps cleared (the time of a write is all that
// may differ between two writes of the same quads), and our saved catalogue
// left out.
func rawKV(t *testing.T, s *Store) map[string]string {
	t.Helper()
	ctx := context.Background()
	out := map[string]string{}
	err := hkv.View(ctx, s.db, func(tx hkv.Tx) error {
		it := tx.Scan(ctx)
		defer it.Close()
		for it.Next(ctx) {
			k, v := it.Key(), it.Val()
			if k.Compare(keyCatalog) == 0 {
				continue
			}
			if len(k) == 2 && bytes.Equal(k[0], []byte("log")) {
				var p cproto.Primitive
				if err := proto.Unmarshal(v, &p); err != nil {
					return fmt.Errorf("log %x: %w", k[1], err)
				}
				if p.Timestamp == 0 {
					return fmt.Errorf("log %x: no timestamp", k[1])
				}
				p.Timestamp = 0
				out[fmt.Sprintf("%q", k)] = p.String()
				continue
			}
			out[fmt.Sprintf("%q", k)] = fmt.Sprintf("%x", v)
		}
		return it.Err()
	})
	if err != nil {
		t.Fatalf("reading the store's keys: %v", err)
	}
	return out
}

func addDeltas(qs []quad.Quad) []cgraph.Delta { return deltasOf(qs, cgraph.Add) }

// TestKVBulkSameStore writes the same transactions of added quads through
// Cayley's ApplyDeltas into one store and through the bulk path into
// another, with a deletion through Cayley between them on both, and
// compares every key and value: node and quad ids, reference counts, the
// log, index lists, the counters. The transactions cover what the bulk
// path decides on its own: nodes shared between articles of a batch and
// with stored articles, a quad twice in one transaction, quads the store
// holds already (skipped, yet counted in their nodes' references, as
// Cayley does), a new quad of stored nodes alone, and quads added again
// after their deletion (whose index lists still hold the dead ones).
func TestKVBulkSameStore(t *testing.T) {
	for _, kind := range []string{BBolt, Bolt, LevelDB} {
		t.Run(kind, func(t *testing.T) {
			ctx := context.Background()
			b := diskBackend(kind)
			viaCayley, bulk := b.open(t), b.open(t)
			syn := newSynthetic(3, 8, 2, 30, 6)
			quadsOf := func(from, to int) []quad.Quad {
				var qs []quad.Quad
				for i := from; i < to; i++ {
					qs = append(qs, graph.Quads(syn.article(i))...)
				}
				return qs
			}
			first := quadsOf(0, 12)
			a3 := graph.Quads(syn.article(3))
			// a new quad of stored nodes alone: an article's statement
			// made again under another stored article's label
			crossed := a3[0]
			crossed.Label = first[len(first)-1].Label
			again := append(append(append(append([]quad.Quad{}, a3...), quadsOf(12, 14)...), a3[:5]...), crossed)
			del := syn.article(5).Article.ID
			steps := []struct {
				name   string
				quads  []quad.Quad // added, or nil for a deletion
				delete string      // an article
				gone   []quad.Quad // or quads
			}{
				{"a batch of new articles sharing entities", first, "", nil},
				{"stored quads, repeats, new articles and a new quad of stored nodes", again, "", nil},
				{"an article deleted through Cayley", nil, del, nil},
				{"the deleted article added again with two more", quadsOf(4, 7), "", nil},
				{"one quad of stored nodes deleted through Cayley", nil, "", first[:1]},
				{"that quad added again", append([]quad.Quad{first[0]}, a3[:2]...), "", nil},
			}
			for _, st := range steps {
				for _, s := range []*Store{viaCayley, bulk} {
					s.mu.Lock()
					var err error
					switch {
					case st.gone != nil:
						_, err = s.apply(ctx, deltasOf(st.gone, cgraph.Delete), cgraph.IgnoreOpts{})
					case st.quads == nil:
						s.mu.Unlock()
						err = s.DeleteArticle(ctx, st.delete)
						s.mu.Lock()
					case s == bulk:
						_, err = s.applyAdds(ctx, addDeltas(st.quads))
					default:
						_, err = s.apply(ctx, addDeltas(st.quads), cgraph.IgnoreOpts{IgnoreDup: true})
					}
					s.mu.Unlock()
					if err != nil {
						t.Fatalf("%s: %v", st.name, err)
					}
				}
				if diff := cmp.Diff(rawKV(t, viaCayley), rawKV(t, bulk)); diff != "" {
					t.Fatalf("after %s, the stores differ (-Cayley's ApplyDeltas +bulk):\n%s", st.name, diff)
				}
			}
			if diff := cmp.Diff(quadSet(allQuads(t, viaCayley)), quadSet(allQuads(t, bulk))); diff != "" {
				t.Errorf("quads differ (-Cayley +bulk):\n%s", diff)
			}
		})
	}
}
