package cayleystore

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"actorgraph/graph"
)

// Articles lists stored articles, newest published first, with the total.
func (s *Store) Articles(ctx context.Context, limit, offset int) ([]graph.Article, int, error) {
	if limit < 0 || offset < 0 {
		return nil, 0, fmt.Errorf("list articles: %w: limit %d and offset %d must not be negative", graph.ErrInvalid, limit, offset)
	}
	s.mu.RLock()
	all := make([]graph.Article, 0, len(s.cat.articles))
	for id, n := range s.cat.articles {
		if n.prop(graph.ClassPredicate(graph.KindArticle)).len() == 0 {
			continue
		}
		a, _ := s.cat.article(id)
		all = append(all, a)
	}
	s.mu.RUnlock()
	slices.SortFunc(all, newestFirst)
	return page(all, limit, offset), len(all), ctx.Err()
}

// page cuts one page out of a list; limit 0 means all.
func page[T any](all []T, limit, offset int) []T {
	if offset >= len(all) {
		return []T{}
	}
	all = all[offset:]
	if limit > 0 && limit < len(all) {
		all = all[:limit]
	}
	return all
}

// Stats counts what the store holds.
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	quads, err := s.quadCount(ctx)
	if err != nil {
		return graph.Stats{}, fmt.Errorf("stats: %w", err)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := graph.Stats{
		Entities:  len(s.cat.entities),
		Events:    len(s.cat.events),
		Relations: len(s.cat.relations),
		Quads:     int(quads),
	}
	for _, n := range s.cat.articles {
		if n.prop(graph.ClassPredicate(graph.KindArticle)).len() > 0 {
			out.Articles++
		}
	}
	return out, nil
}

// quadCount is the exact number of quads. Asking Cayley for exact stats
// would walk every node to count them, which we never use; the quad count is
// exact without it on the key-value backends and cached by the SQL ones. A
// new key-value store has no size record until its first write.
func (s *Store) quadCount(ctx context.Context) (int64, error) {
	if s.pg != nil {
		return s.pg.quadCount(ctx)
	}
	st, err := s.qs.Stats(ctx, false)
	if errors.Is(err, kv.ErrNoBucket) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	if !st.Quads.Exact {
		if st, err = s.qs.Stats(ctx, true); err != nil {
			return 0, err
		}
	}
	return st.Quads.Value, nil
}

// Article reads an article's extraction back from the quads under its
// label (graph.FromQuads says in what order and form).
func (s *Store) Article(ctx context.Context, id string) (graph.Extraction, error) {
	s.mu.RLock()
	qs, err := s.match(ctx, nil, nil, nil, graph.ArticleLabel(id))
	s.mu.RUnlock()
	if err != nil {
		return graph.Extraction{}, fmt.Errorf("read article %q: %w", id, err)
	}
	if len(qs) == 0 {
		return graph.Extraction{}, fmt.Errorf("read article %q: %w", id, graph.ErrNotFound)
	}
	return graph.FromQuads(id, qs), nil
}

// props is one node's quads under an article's label, by predicate.
type props map[string][]quad.Value
