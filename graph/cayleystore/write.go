package cayleystore

import (
	"context"
	"fmt"
	"maps"
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

	s.mu.Lock()
	defer s.mu.Unlock()
	have, err := s.labelQuads(ctx, x.Article.ID)
	if err != nil {
		return graph.WriteResult{}, fmt.Errorf("write article %q: read existing quads: %w", x.Article.ID, err)
	}
	res := graph.WriteResult{Article: x.Article.ID, Quads: len(qs), Existed: len(have) > 0}
	add, remove := revise(qs, have)
	deltas := deltasOf(add, cgraph.Add)
	removed := deltasOf(remove, cgraph.Delete)
	res.Added, res.Removed = len(deltas), len(removed)
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

// revise compares an article's new quads with the ones it has (have, which
// it empties): add are those it lacks, remove those of the old version the
// new one no longer has. The same article read from several inputs (a copy
// in another file) keeps every input's name: where it was read is not part
// of what it says, and re-reading the copies must change nothing (the
// schema marks that row KeptOnRewrite).
func revise(qs []quad.Quad, have map[quad.Quad]bool) (add, remove []quad.Quad) {
	for _, q := range qs {
		if have[q] {
			delete(have, q)
			continue
		}
		add = append(add, q)
	}
	for q := range have {
		if pred, ok := q.Predicate.(quad.IRI); ok && graph.KeptOnRewrite(string(pred)) {
			continue
		}
		remove = append(remove, q)
	}
	return add, remove
}

// deltasOf makes one delta of each quad.
func deltasOf(qs []quad.Quad, action cgraph.Procedure) []cgraph.Delta {
	out := make([]cgraph.Delta, len(qs))
	for i, q := range qs {
		out[i] = cgraph.Delta{Quad: q, Action: action}
	}
	return out
}

// labelQuads reads the quads an article has in the store: every quad of an
// article carries the article's label, so they are exactly those under it.
func (s *Store) labelQuads(ctx context.Context, articleID string) (map[quad.Quad]bool, error) {
	have := map[quad.Quad]bool{}
	err := s.each(ctx, nil, nil, nil, graph.ArticleLabel(articleID), func(q quad.Quad) error {
		have[q] = true
		return nil
	})
	return have, err
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
// commit for many articles. The store ends as if each article had been
// written in turn by Write: an article the store already holds, or one
// that comes more than once in the batch, is compared with what it held
// before (batchDeltas), and what it gains goes into the same transaction.
// What a stored article loses goes in a second transaction, for the reason
// Write gives; a crash between the two leaves such an article with its old
// and new quads together, as Write would. Before, each of those articles
// was a transaction of its own, and on leveldb each such small transaction
// could cost a compaction of the whole first level (BENCHMARKS.md, "leveldb
// ingest: a batch's repeated articles in its transaction"). When the batch's transaction fails, its articles are written
// again one by one, each all or nothing. The results are in the order of
// xs.
func (s *Store) WriteBatch(ctx context.Context, xs []graph.Extraction) ([]graph.WriteResult, error) {
	for _, x := range xs {
		if err := graph.Validate(x); err != nil {
			return nil, fmt.Errorf("write article %q: %w", x.Article.ID, err)
		}
	}
	results := make([]graph.WriteResult, len(xs))
	s.mu.Lock()
	adds, removes, err := s.batchDeltas(ctx, xs, results)
	if err != nil {
		s.mu.Unlock()
		return nil, err
	}
	var batchErr error
	if len(adds) > 0 {
		var applied []cgraph.Delta
		if batchErr = ctx.Err(); batchErr == nil {
			applied, batchErr = s.applyAdds(ctx, adds)
		}
		if batchErr == nil {
			for _, d := range applied {
				s.cat.apply(d.Quad, +1)
			}
			s.log.DebugContext(ctx, "articles written together", "articles", len(xs), "quads", len(adds))
		}
	}
	if batchErr == nil && len(removes) > 0 {
		applied, err := s.apply(ctx, removes, cgraph.IgnoreOpts{IgnoreMissing: true})
		if err != nil {
			s.mu.Unlock()
			return nil, fmt.Errorf("write %d articles: remove the old versions' quads: %w", len(xs), err)
		}
		for _, d := range applied {
			s.cat.apply(d.Quad, -1)
		}
	}
	s.mu.Unlock()
	if batchErr == nil {
		return results, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("write %d articles: %w", len(xs), err)
	}
	s.log.WarnContext(ctx, "a batch of articles failed; writing them one by one", "articles", len(xs), "err", batchErr)
	for i, x := range xs {
		res, err := s.Write(ctx, x)
		if err != nil {
			return nil, err
		}
		results[i] = res
	}
	return results, nil
}

// applyAdds runs the transaction of a batch's additions (WriteBatch,
// Import): on a key-value store in bulk (writeKVAdds), which writes what
// Cayley's ApplyDeltas with IgnoreDup would, without its reads of index
// lists it can tell are new; on the other backends through apply. s.mu
// must be held.
func (s *Store) applyAdds(ctx context.Context, adds []cgraph.Delta) ([]cgraph.Delta, error) {
	if s.db == nil || s.pg != nil {
		return s.apply(ctx, adds, cgraph.IgnoreOpts{IgnoreDup: true})
	}
	s.noteWritten(adds)
	big := len(adds) >= releaseAfter
	if big {
		s.release(ctx)
	}
	err := s.writeKVAdds(ctx, adds)
	if big && err == nil {
		s.release(ctx)
	}
	s.nodes.Purge()
	if err != nil {
		return nil, err
	}
	return adds, nil
}

// batchArticle is what batchDeltas keeps of an article that is in the store
// already or comes more than once in a batch: the quads it held before the
// batch (nil for one new to the store) and those it holds once the batch's
// occurrences so far are written.
type batchArticle struct {
	stored, now map[quad.Quad]bool
}

// batchDeltas works out what WriteBatch writes, and fills in results, as if
// the articles of xs were written one after the other by Write. An article
// new to the store and once in xs (nearly all of a bulk ingest) adds its
// quads, as they are. Any other occurrence is compared (revise) with what
// the ones before it left, the first with what the store holds, and gets
// the result Write would give it. adds are the quads to add, the new
// articles' in the order of xs followed by what the other occurrences add,
// each quad once and none that a later occurrence drops; removes are the
// stored quads that the articles' last versions no longer have. s.mu must
// be held.
func (s *Store) batchDeltas(ctx context.Context, xs []graph.Extraction, results []graph.WriteResult) (adds, removes []cgraph.Delta, err error) {
	times := make(map[string]int, len(xs))
	for _, x := range xs {
		times[x.Article.ID]++
	}
	var (
		byLabel = map[quad.Value]*batchArticle{}
		later   []quad.Quad
	)
	for i, x := range xs {
		id := x.Article.ID
		qs := graph.Quads(x)
		label := graph.ArticleLabel(id)
		a := byLabel[label]
		if a == nil {
			if s.cat.articles[id] == nil && times[id] == 1 {
				results[i] = graph.WriteResult{Article: id, Quads: len(qs), Added: len(qs)}
				for _, q := range qs {
					adds = append(adds, cgraph.Delta{Quad: q, Action: cgraph.Add})
				}
				continue
			}
			a = &batchArticle{now: map[quad.Quad]bool{}}
			if s.cat.articles[id] != nil {
				if a.stored, err = s.labelQuads(ctx, id); err != nil {
					return nil, nil, fmt.Errorf("write article %q: read existing quads: %w", id, err)
				}
				maps.Copy(a.now, a.stored)
			}
			byLabel[label] = a
		}
		res := graph.WriteResult{Article: id, Quads: len(qs), Existed: len(a.now) > 0}
		add, remove := revise(qs, maps.Clone(a.now))
		res.Added, res.Removed = len(add), len(remove)
		results[i] = res
		for _, q := range add {
			a.now[q] = true
		}
		for _, q := range remove {
			delete(a.now, q)
		}
		later = append(later, add...)
	}
	if len(byLabel) == 0 {
		return adds, nil, nil
	}
	for _, a := range byLabel {
		for q := range a.stored {
			if !a.now[q] {
				removes = append(removes, cgraph.Delta{Quad: q, Action: cgraph.Delete})
			}
		}
	}
	for _, q := range later {
		// a.now is used up as the quads are taken, so that a quad dropped
		// and added again by later occurrences goes in once
		if a := byLabel[q.Label]; a.now[q] && !a.stored[q] {
			delete(a.now, q)
			adds = append(adds, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
	}
	return adds, removes, nil
}
