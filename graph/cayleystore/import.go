package cayleystore

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"

	"actorgraph/graph"
)

// ImportFormats are the formats Import reads: what Export writes as quads.
var ImportFormats = []string{"nquads", "jsonld"}

// Import reads quads another instance exported (N-Quads or JSON-LD) and
// adds those the store lacks, a label's quads all or none, so that an
// article comes in whole or not at all. Labels go in groups of
// BatchSize, one transaction per group (group commit); when a group's
// transaction fails, its labels are written again one by one. Every quad
// must carry its label (the article it came from). Importing twice adds
// nothing.
func (s *Store) Import(ctx context.Context, r io.Reader, format string) (graph.ImportResult, error) {
	var qr quad.Reader
	switch format {
	case "nquads":
		qr = nquads.NewReader(r, false)
	case "jsonld":
		qr = jsonld.NewReader(r)
	default:
		return graph.ImportResult{}, fmt.Errorf("import: %w: format %q is not one of %v", graph.ErrInvalid, format, ImportFormats)
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
			return graph.ImportResult{}, fmt.Errorf("import: %w: quad %d does not parse: %v", graph.ErrInvalid, n+1, err)
		}
		n++
		if q.Label == nil {
			return graph.ImportResult{}, fmt.Errorf("import: %w: quad %d has no label; every quad must carry the article it came from (export it with actorgraph export)", graph.ErrInvalid, n)
		}
		l := q.Label.String()
		if _, seen := byLabel[l]; !seen {
			labels = append(labels, l)
		}
		byLabel[l] = append(byLabel[l], fullTypes(q))
	}
	slices.Sort(labels)
	res := graph.ImportResult{Labels: len(labels), Quads: n}
	s.mu.Lock()
	defer s.mu.Unlock()
	size := s.BatchSize()
	for start := 0; start < len(labels); start += size {
		group := labels[start:min(start+size, len(labels))]
		added, err := s.importLabels(ctx, group, byLabel)
		if err != nil && ctx.Err() == nil && len(group) > 1 {
			s.log.WarnContext(ctx, "a group of imported labels failed; writing them one by one", "labels", len(group), "err", err)
			added, err = 0, nil
			for _, l := range group {
				n, lerr := s.importLabels(ctx, []string{l}, byLabel)
				added += n
				if lerr != nil {
					err = lerr
					break
				}
			}
		}
		res.Added += added
		if err != nil {
			return res, fmt.Errorf("import: %w", err)
		}
	}
	return res, nil
}

// importLabels adds, in one transaction, the quads of labels the store
// lacks, and returns how many. s.mu must be held.
func (s *Store) importLabels(ctx context.Context, labels []string, byLabel map[string][]quad.Quad) (int, error) {
	var deltas []cgraph.Delta
	for _, l := range labels {
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		qs := byLabel[l]
		have := map[string]bool{}
		if err := s.each(ctx, nil, nil, nil, qs[0].Label, func(q quad.Quad) error {
			have[fullTypes(q).String()] = true
			return nil
		}); err != nil {
			return 0, fmt.Errorf("%s: %w", l, err)
		}
		for _, q := range qs {
			if k := q.String(); !have[k] {
				have[k] = true
				deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
			}
		}
	}
	if len(deltas) == 0 {
		return 0, nil
	}
	if err := s.apply(ctx, deltas, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
		if len(labels) == 1 {
			return 0, fmt.Errorf("%s: %w", labels[0], err)
		}
		return 0, fmt.Errorf("%d labels from %s on: %w", len(labels), labels[0], err)
	}
	for _, d := range deltas {
		s.cat.apply(d.Quad, +1)
	}
	return len(deltas), nil
}
