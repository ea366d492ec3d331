package cayleystore

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo"   // registers Gizmo
	_ "github.com/cayleygraph/cayley/query/graphql" // registers GraphQL

	"actorgraph/graph"
)

// QueryLanguages are the query languages Query runs: Cayley's own.
var QueryLanguages = []string{"gizmo", "graphql"}

// Query runs a read-only query in one of Cayley's languages over the
// whole graph and returns at most limit results, as JSON values. A query
// that runs longer than timeout is stopped and answers ErrTimeout; it holds
// no lock, so writes and other requests go on meanwhile.
func (s *Store) Query(ctx context.Context, lang, text string, limit int, timeout time.Duration) ([]any, error) {
	l := query.GetLanguage(lang)
	if l == nil || !validLanguage(lang) {
		return nil, fmt.Errorf("query: %w: language %q is not one of %v", graph.ErrInvalid, lang, QueryLanguages)
	}
	if limit < 1 || timeout <= 0 {
		return nil, fmt.Errorf("query: %w: limit %d and timeout %v must be positive", graph.ErrInvalid, limit, timeout)
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	it, err := l.Session(s.qs).Execute(ctx, text, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return nil, fmt.Errorf("query: %w: %v", graph.ErrInvalid, err)
	}
	defer it.Close()
	out := []any{}
	for len(out) < limit && it.Next(ctx) {
		out = append(out, it.Result())
	}
	err = it.Err()
	switch {
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded):
		return nil, fmt.Errorf("query: %w: it ran longer than %v and was stopped; narrow it or raise the limit", graph.ErrTimeout, timeout)
	case err != nil && ctx.Err() != nil:
		return nil, fmt.Errorf("query: %w", ctx.Err())
	case err != nil:
		return nil, fmt.Errorf("query: %w: %v", graph.ErrInvalid, err)
	}
	return out, nil
}

func validLanguage(lang string) bool { return slices.Contains(QueryLanguages, lang) }
