package cayleystore

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"

	ag "actorgraph/graph"
)

// ImportFormats are the formats Import reads: what Export writes as quads.
var ImportFormats = []string{"nquads", "jsonld"}

// Import reads quads another instance exported (N-Quads or JSON-LD) and
// adds those the store lacks, one transaction per label, so that an
// article comes in whole or not at all. Every quad must carry its label
// (the article it came from). Importing twice adds nothing.
func (s *Store) Import(ctx context.Context, r io.Reader, format string) (ag.ImportResult, error) {
	var qr quad.Reader
	switch format {
	case "nquads":
		qr = nquads.NewReader(r, false)
	case "jsonld":
		qr = jsonld.NewReader(r)
	default:
		return ag.ImportResult{}, fmt.Errorf("import: %w: format %q is not one of %v", ag.ErrInvalid, format, ImportFormats)
	}
	byLabel := map[string][]quad.Quad{}
	var labels []string
	n := 0
	for {
		q, err := qr.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return ag.ImportResult{}, fmt.Errorf("import: %w: quad %d does not parse: %v", ag.ErrInvalid, n+1, err)
		}
		n++
		if q.Label == nil {
			return ag.ImportResult{}, fmt.Errorf("import: %w: quad %d has no label; every quad must carry the article it came from (export it with actorgraph export)", ag.ErrInvalid, n)
		}
		l := q.Label.String()
		if _, seen := byLabel[l]; !seen {
			labels = append(labels, l)
		}
		byLabel[l] = append(byLabel[l], fullTypes(q))
	}
	slices.Sort(labels)
	res := ag.ImportResult{Labels: len(labels), Quads: n}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, l := range labels {
		if err := ctx.Err(); err != nil {
			return res, fmt.Errorf("import: %w", err)
		}
		qs := byLabel[l]
		have := map[string]bool{}
		if err := s.each(ctx, nil, nil, nil, qs[0].Label, func(q quad.Quad) error {
			have[fullTypes(q).String()] = true
			return nil
		}); err != nil {
			return res, fmt.Errorf("import %s: %w", l, err)
		}
		var deltas []graph.Delta
		for _, q := range qs {
			if k := q.String(); !have[k] {
				have[k] = true
				deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
			}
		}
		if len(deltas) == 0 {
			continue
		}
		if err := s.apply(ctx, deltas, graph.IgnoreOpts{IgnoreDup: true}); err != nil {
			return res, fmt.Errorf("import %s: %w", l, err)
		}
		for _, d := range deltas {
			s.cat.apply(d.Quad, +1)
		}
		res.Added += len(deltas)
	}
	return res, nil
}
