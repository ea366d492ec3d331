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
// must carry its label (the article it came from); a quad without one, or
// one that does not parse, is reported before anything is written.
// Importing twice adds nothing.
//
// An N-Quads input that can seek (a file) is read twice: once to check it
// and find the labels whose quads do not come one after the other, and
// once to write it a group at a time as it is read, holding only those
// labels' quads until the end; so what is held is a group and the
// scattered labels, not the file (a whole export of the Reuters
// development set, held, took 1.6 GB). Any other input is held whole,
// grouped by label, before the first write.
func (s *Store) Import(ctx context.Context, r io.Reader, format string) (graph.ImportResult, error) {
	read := func(r io.Reader) quad.Reader {
		if format == "jsonld" {
			return jsonld.NewReader(r)
		}
		return nquads.NewReader(r, false)
	}
	if !slices.Contains(ImportFormats, format) {
		return graph.ImportResult{}, fmt.Errorf("import: %w: format %q is not one of %v", graph.ErrInvalid, format, ImportFormats)
	}
	held := func(string) bool { return true }
	if rs, ok := r.(io.ReadSeeker); ok && format == "nquads" {
		at, err := rs.Seek(0, io.SeekCurrent)
		if err != nil {
			return graph.ImportResult{}, fmt.Errorf("import: %w", err)
		}
		apart, err := labelsApart(ctx, read(rs))
		if err != nil {
			return graph.ImportResult{}, err
		}
		if _, err := rs.Seek(at, io.SeekStart); err != nil {
			return graph.ImportResult{}, fmt.Errorf("import: %w", err)
		}
		held = func(l string) bool { return apart[l] }
	}
	return s.importQuads(ctx, read(r), held)
}

// importQuads writes what qr reads, a group of BatchSize labels at a time
// as their quads come, except the labels held says may come again later:
// those are kept and written at the end, when they are whole.
func (s *Store) importQuads(ctx context.Context, qr quad.Reader, held func(label string) bool) (graph.ImportResult, error) {
	var res graph.ImportResult
	size := s.BatchSize()
	write := func(labels []string, byLabel map[string][]quad.Quad) error {
		for start := 0; start < len(labels); start += size {
			added, err := s.importGroup(ctx, labels[start:min(start+size, len(labels))], byLabel)
			res.Added += added
			if err != nil {
				return err
			}
		}
		return nil
	}
	group, kept := map[string][]quad.Quad{}, map[string][]quad.Quad{}
	var groupLabels, keptLabels []string
	last := ""
	err := eachLabelled(ctx, qr, func(q quad.Quad, l string) error {
		res.Quads++
		if held(l) {
			if _, seen := kept[l]; !seen {
				keptLabels = append(keptLabels, l)
			}
			kept[l] = append(kept[l], fullTypes(q))
			return nil
		}
		if l != last {
			if len(groupLabels) == size {
				if err := write(groupLabels, group); err != nil {
					return err
				}
				clear(group)
				groupLabels = groupLabels[:0]
			}
			groupLabels = append(groupLabels, l)
			res.Labels++
			last = l
		}
		group[l] = append(group[l], fullTypes(q))
		return nil
	})
	if err != nil {
		return res, err
	}
	if err := write(groupLabels, group); err != nil {
		return res, err
	}
	slices.Sort(keptLabels)
	res.Labels += len(keptLabels)
	return res, write(keptLabels, kept)
}

// labelsApart reads every quad of qr and returns the labels whose quads do
// not all come one after the other.
func labelsApart(ctx context.Context, qr quad.Reader) (map[string]bool, error) {
	apart := map[string]bool{}
	seen := map[string]bool{}
	last := ""
	err := eachLabelled(ctx, qr, func(_ quad.Quad, l string) error {
		if l != last {
			if seen[l] {
				apart[l] = true
			}
			seen[l] = true
			last = l
		}
		return nil
	})
	return apart, err
}

// eachLabelled calls fn with each quad qr reads and its label, and stops
// at the first quad that does not parse or has no label, or when ctx is done.
func eachLabelled(ctx context.Context, qr quad.Reader, fn func(q quad.Quad, label string) error) error {
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("import: %w", err)
		}
		q, err := qr.ReadQuad()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("import: %w: quad %d does not parse: %v", graph.ErrInvalid, n, err)
		}
		if q.Label == nil {
			return fmt.Errorf("import: %w: quad %d has no label; every quad must carry the article it came from (export it with actorgraph export)", graph.ErrInvalid, n)
		}
		if err := fn(q, q.Label.String()); err != nil {
			return err
		}
	}
}

// importGroup writes a group of labels in one transaction, and when that
// fails, label by label.
func (s *Store) importGroup(ctx context.Context, group []string, byLabel map[string][]quad.Quad) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
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
	if err != nil {
		return added, fmt.Errorf("import: %w", err)
	}
	return added, nil
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
	var (
		applied []cgraph.Delta
		err     error
	)
	if len(labels) > 1 {
		applied, err = s.applyAdds(ctx, deltas)
	} else {
		applied, err = s.apply(ctx, deltas, cgraph.IgnoreOpts{IgnoreDup: true})
	}
	if err != nil {
		if len(labels) == 1 {
			return 0, fmt.Errorf("%s: %w", labels[0], err)
		}
		return 0, fmt.Errorf("%d labels from %s on: %w", len(labels), labels[0], err)
	}
	for _, d := range applied {
		s.cat.apply(d.Quad, +1)
	}
	return len(deltas), nil
}
