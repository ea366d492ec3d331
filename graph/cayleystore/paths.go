package cayleystore

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"actorgraph/graph"
)

// MaxPathHops is the longest connection Paths looks for.
const MaxPathHops = 6

// Paths finds the shortest connections between two entities through
// relations and the events both take part in, at most maxHops edges long
// (an event counts two: one party to the event, the event to the other),
// and returns at most limit of them, each edge with its evidence. No
// connection within maxHops is an empty answer, not an error.
func (s *Store) Paths(ctx context.Context, from, to string, maxHops, limit int) ([]graph.Path, error) {
	if maxHops < 1 || maxHops > MaxPathHops || limit < 1 {
		return nil, fmt.Errorf("paths: %w: max %d must be from 1 to %d and limit %d at least 1", graph.ErrInvalid, maxHops, MaxPathHops, limit)
	}
	if from == to {
		return nil, fmt.Errorf("paths: %w: from and to are the same entity", graph.ErrInvalid)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	for _, id := range []string{from, to} {
		if _, ok := s.cat.entity(id); !ok {
			return nil, fmt.Errorf("paths: entity %q: %w", id, graph.ErrNotFound)
		}
	}
	// breadth first, keeping every link that reaches a node at its
	// shortest distance, so that every shortest path can be read back
	dist := map[string]int{from: 0}
	parents := map[string][]link{}
	frontier := []string{from}
	for hop := 1; hop <= maxHops && len(frontier) > 0 && dist[to] == 0; hop++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var next []string
		for _, n := range frontier {
			for _, l := range s.sortedLinks(n) {
				other := l.dst
				if other == n {
					other = l.src
				}
				if d, seen := dist[other]; seen && d < hop {
					continue
				}
				if _, seen := dist[other]; !seen {
					dist[other] = hop
					next = append(next, other)
				}
				parents[other] = append(parents[other], l)
			}
		}
		frontier = next
	}
	if _, ok := dist[to]; !ok {
		return []graph.Path{}, nil
	}
	// read the paths back from the end, the first limit of them
	var paths [][]link
	var walk func(node string, tail []link)
	walk = func(node string, tail []link) {
		if len(paths) >= limit {
			return
		}
		if node == from {
			p := slices.Clone(tail)
			slices.Reverse(p)
			paths = append(paths, p)
			return
		}
		for _, l := range parents[node] {
			prev := l.src
			if prev == node {
				prev = l.dst
			}
			if dist[prev] != dist[node]-1 {
				continue
			}
			walk(prev, append(tail, l))
		}
	}
	walk(to, nil)
	out := make([]graph.Path, 0, len(paths))
	for _, links := range paths {
		p := graph.Path{Nodes: []graph.PathNode{s.pathNode(from)}, Edges: []graph.Edge{}}
		at := from
		for _, l := range links {
			e, err := s.edge(ctx, l)
			if err != nil {
				return nil, fmt.Errorf("paths: %w", err)
			}
			p.Edges = append(p.Edges, e)
			if l.src == at {
				at = l.dst
			} else {
				at = l.src
			}
			p.Nodes = append(p.Nodes, s.pathNode(at))
		}
		out = append(out, p)
	}
	return out, nil
}

// sortedLinks are a node's links in a stable order; s.mu is held.
func (s *Store) sortedLinks(id string) []link {
	ls := make([]link, 0, len(s.cat.adjacent[id]))
	for _, l := range s.cat.adjacent[id] {
		if s.cat.sources(l).len() > 0 {
			ls = append(ls, l)
		}
	}
	slices.SortFunc(ls, func(a, b link) int {
		return cmp.Or(cmp.Compare(a.pred, b.pred), cmp.Compare(a.src, b.src), cmp.Compare(a.dst, b.dst))
	})
	return ls
}

// pathNode is a node of a path with its importance, as a neighbourhood's
// node carries it; s.mu is held.
func (s *Store) pathNode(id string) graph.PathNode {
	ref := s.nodeRef(id)
	links, articles := s.importance(ref.Kind, id)
	return graph.PathNode{NodeRef: ref, Links: links, Articles: articles}
}

// nodeRef names an entity or event node; s.mu is held.
func (s *Store) nodeRef(id string) graph.NodeRef {
	if ref, ok := s.cat.eventRef(id); ok {
		return ref
	}
	return s.cat.ref(graph.KindEntity, id)
}
