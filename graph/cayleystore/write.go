package cayleystore

import (
	"context"
	"fmt"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"actorgraph/graph"
)

// Write stores an article's extraction in one transaction: all of its quads
// or none. Quads the store already holds are left alone, so writing the same
// article again changes nothing; quads the article had before that the new
// extraction no longer has (the article was edited, or the extractor got
// better) are removed right after, so the stored article is the latest
// extraction (see below for why that takes a second transaction).
func (s *Store) Write(ctx context.Context, x graph.Extraction) (graph.WriteResult, error) {
	if err := graph.Validate(x); err != nil {
		return graph.WriteResult{}, fmt.Errorf("write article %q: %w", x.Article.ID, err)
	}
	start := time.Now()
	qs := graph.Quads(x)
	label := graph.ArticleLabel(x.Article.ID)

	s.mu.Lock()
	defer s.mu.Unlock()
	// Every quad of an article carries the article's label, so the quads
	// it may already have are exactly those under that label.
	have := map[quad.Quad]bool{}
	if err := s.each(ctx, nil, nil, nil, label, func(q quad.Quad) error {
		have[q] = true
		return nil
	}); err != nil {
		return graph.WriteResult{}, fmt.Errorf("write article %q: read existing quads: %w", x.Article.ID, err)
	}
	res := graph.WriteResult{Article: x.Article.ID, Quads: len(qs), Existed: len(have) > 0}
	deltas := make([]cgraph.Delta, 0, len(qs))
	for _, q := range qs {
		if have[q] {
			delete(have, q)
			continue
		}
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
		res.Added++
	}
	var removed []cgraph.Delta
	for q := range have {
		// The same article read from several inputs (a copy in another
		// file) keeps every input's name: where it was read is not part of
		// what it says, and re-reading the copies must change nothing
		// (the schema marks that row KeptOnRewrite).
		if pred, ok := q.Predicate.(quad.IRI); ok && graph.KeptOnRewrite(string(pred)) {
			continue
		}
		removed = append(removed, cgraph.Delta{Quad: q, Action: cgraph.Delete})
	}
	res.Removed = len(removed)
	if len(deltas) == 0 && len(removed) == 0 {
		return res, nil
	}
	if err := ctx.Err(); err != nil {
		return graph.WriteResult{}, fmt.Errorf("write article %q: %w", x.Article.ID, err)
	}
	// The new version lands in one transaction; IgnoreDup covers another
	// process having written the same article between our read and this
	// transaction (SQL backends).
	if len(deltas) > 0 {
		applied, err := s.apply(ctx, deltas, cgraph.IgnoreOpts{IgnoreDup: true})
		if err != nil {
			return graph.WriteResult{}, fmt.Errorf("write article %q: %w", x.Article.ID, err)
		}
		for _, d := range applied {
			s.cat.apply(d.Quad, +1)
		}
		res.Added = len(applied)
	}
	// The old version's leftovers go in a second transaction. Cayley's
	// key-value backends net node reference counts over a transaction and
	// lose a node whose count nets to zero (an old quad releasing it as a new
	// one takes it up), storing the new quad without it. Were the process to
	// stop between the two, the article would hold its old and new quads
	// together — never a partial version — and the next write finishes it.
	if len(removed) > 0 {
		applied, err := s.apply(ctx, removed, cgraph.IgnoreOpts{IgnoreMissing: true})
		if err != nil {
			return graph.WriteResult{}, fmt.Errorf("write article %q: remove the old version's quads: %w", x.Article.ID, err)
		}
		for _, d := range applied {
			s.cat.apply(d.Quad, -1)
		}
	}
	s.log.DebugContext(ctx, "article written", "article", x.Article.ID,
		"quads", res.Quads, "added", res.Added, "removed", res.Removed, "took", time.Since(start))
	return res, nil
}

// DeleteArticle retracts an article: every quad under its label goes, in one
// transaction. The same triple stated by another article stays, because it
// is stored under that article's label.
func (s *Store) DeleteArticle(ctx context.Context, articleID string) error {
	if articleID == graph.KnowledgeID() {
		return fmt.Errorf("delete article %q: %w: it is the seed knowledge, not an article; 'actorgraph seeds --reload' rebuilds it", articleID, graph.ErrProtected)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	qs, err := s.match(ctx, nil, nil, nil, graph.ArticleLabel(articleID))
	if err != nil {
		return fmt.Errorf("delete article %q: %w", articleID, err)
	}
	if len(qs) == 0 {
		return fmt.Errorf("delete article %q: %w", articleID, graph.ErrNotFound)
	}
	deltas := make([]cgraph.Delta, len(qs))
	for i, q := range qs {
		deltas[i] = cgraph.Delta{Quad: q, Action: cgraph.Delete}
	}
	applied, err := s.apply(ctx, deltas, cgraph.IgnoreOpts{IgnoreMissing: true})
	if err != nil {
		return fmt.Errorf("delete article %q: %w", articleID, err)
	}
	for _, d := range applied {
		s.cat.apply(d.Quad, -1)
	}
	s.log.InfoContext(ctx, "article deleted", "article", articleID, "quads", len(qs))
	return nil
}

// Articles per transaction of WriteBatch (as ingest calls it) and Import.
// A crash loses at most one batch. LevelDB takes bigger ones: each of its
// transactions writes and compacts tables of its own (see openLevelDB).
const (
	batchArticles        = 64
	levelDBBatchArticles = 256
)

// BatchSize is how many articles a bulk write should put in one WriteBatch.
func (s *Store) BatchSize() int {
	if s.backend == LevelDB {
		return levelDBBatchArticles
	}
	return batchArticles
}

// WriteBatch stores several articles' extractions in one transaction (group
// commit): all of the new articles' quads or none, so that a crash loses at
// most the batch and never part of an article, and a bulk ingest pays one
// commit for many articles. An article the store already holds, or one
// that comes twice in the batch, is written on its own by Write, which
// replaces an older version. When the batch's transaction fails, its
// articles are written again one by one, each all or nothing. The results
// are in the order of xs.
func (s *Store) WriteBatch(ctx context.Context, xs []graph.Extraction) ([]graph.WriteResult, error) {
	for _, x := range xs {
		if err := graph.Validate(x); err != nil {
			return nil, fmt.Errorf("write article %q: %w", x.Article.ID, err)
		}
	}
	results := make([]graph.WriteResult, len(xs))
	var alone, grouped []int
	var deltas []cgraph.Delta
	seen := map[string]bool{}
	s.mu.Lock()
	for i, x := range xs {
		if seen[x.Article.ID] || s.cat.articles[x.Article.ID] != nil {
			alone = append(alone, i)
			continue
		}
		seen[x.Article.ID] = true
		qs := graph.Quads(x)
		for _, q := range qs {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
		results[i] = graph.WriteResult{Article: x.Article.ID, Quads: len(qs), Added: len(qs)}
		grouped = append(grouped, i)
	}
	var batchErr error
	if len(deltas) > 0 {
		var applied []cgraph.Delta
		if batchErr = ctx.Err(); batchErr == nil {
			applied, batchErr = s.apply(ctx, deltas, cgraph.IgnoreOpts{IgnoreDup: true})
		}
		if batchErr == nil {
			for _, d := range applied {
				s.cat.apply(d.Quad, +1)
			}
			s.log.DebugContext(ctx, "articles written together", "articles", len(grouped), "quads", len(deltas))
		}
	}
	s.mu.Unlock()
	if batchErr != nil {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("write %d articles: %w", len(grouped), err)
		}
		s.log.WarnContext(ctx, "a batch of articles failed; writing them one by one", "articles", len(grouped), "err", batchErr)
		alone = append(alone, grouped...)
	}
	for _, i := range alone {
		res, err := s.Write(ctx, xs[i])
		if err != nil {
			return nil, err
		}
		results[i] = res
	}
	return results, nil
}
