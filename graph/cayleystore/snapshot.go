package cayleystore

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"slices"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// catalogVersion is the layout of a saved catalogue. Change it whenever
// catalog.apply keeps something new or keeps it differently, so that
// catalogues saved before are rebuilt rather than trusted.
const catalogVersion = 2 // 2: quote links

// stamp names the state of a key-value store a catalogue was made from.
// Cayley numbers every new node and quad from a counter (the horizon) that
// only grows and is kept with the data, and keeps the number of live quads:
// a write that adds a quad raises the horizon, one that only deletes lowers
// the count, so no write leaves both as they were.
type stamp struct {
	Version    int
	Predicates []string // catalogPredicates when the catalogue was saved
	Horizon    int64
	Size       int64
}

func (a stamp) equal(b stamp) bool {
	return a.Version == b.Version && slices.Equal(a.Predicates, b.Predicates) && a.Horizon == b.Horizon && a.Size == b.Size
}

// currentStamp reads the stamp of the data in db; a new store has zeros.
func currentStamp(ctx context.Context, db hkv.KV) (stamp, error) {
	st := stamp{Version: catalogVersion, Predicates: catalogPredicates}
	err := hkv.View(ctx, db, func(tx hkv.Tx) error {
		for _, c := range []struct {
			key hkv.Key
			to  *int64
		}{{keyHorizon, &st.Horizon}, {keySize, &st.Size}} {
			v, err := tx.Get(ctx, c.key)
			if errors.Is(err, hkv.ErrNotFound) {
				continue
			} else if err != nil {
				return err
			}
			if len(v) != 8 {
				return fmt.Errorf("metadata %s is %d bytes, not 8", c.key[1], len(v))
			}
			*c.to = int64(binary.LittleEndian.Uint64(v))
		}
		return nil
	})
	return st, err
}

// savedNode and savedLink are the catalogue as gob writes it.
type savedNode struct {
	Props       map[string]savedCounts
	MentionedIn savedCounts
}

type savedLink struct {
	Src, Pred, Dst string
	Articles       savedCounts
}

// savedCounts is a counted as gob writes it, as it was written when
// counted was a map.
type savedCounts map[string]int

func (sc savedCounts) counted() counted {
	var c counted
	for v, n := range sc {
		if v != "" && n > 0 {
			c.vs = append(c.vs, countedValue{v, int32(n)})
		}
	}
	slices.SortFunc(c.vs, func(a, b countedValue) int { return strings.Compare(a.v, b.v) })
	return c
}

func saveCounts(c counted) savedCounts {
	out := make(savedCounts, c.len())
	for v, n := range c.all() {
		out[v] = n
	}
	return out
}

type savedCatalog struct {
	Entities, Events, Articles map[string]savedNode
	Relations, EventLinks      []savedLink
	QuoteLinks                 []savedLink
}

// openCatalog fills the catalogue: from the one saved in a key-value store
// when it was made from the data as they are, else from the quads. It says
// which.
func (s *Store) openCatalog(ctx context.Context) (string, error) {
	if s.db != nil {
		ok, err := s.loadSaved(ctx)
		if err != nil {
			s.log.WarnContext(ctx, "the saved catalogue is unreadable; rebuilding it from the quads", "backend", s.backend, "err", err)
			s.cat = newCatalog()
		}
		if ok {
			return "saved", nil
		}
	}
	if s.pg != nil {
		if err := s.reload(ctx); err != nil {
			return "", err
		}
		return "rebuilt", nil
	}
	if err := s.loadCatalog(ctx); err != nil {
		return "", err
	}
	return "rebuilt", nil
}

// loadSaved loads the saved catalogue if its stamp is the data's.
func (s *Store) loadSaved(ctx context.Context) (bool, error) {
	cur, err := currentStamp(ctx, s.db)
	if err != nil {
		return false, err
	}
	var data []byte
	err = hkv.View(ctx, s.db, func(tx hkv.Tx) error {
		v, err := tx.Get(ctx, keyCatalog)
		if errors.Is(err, hkv.ErrNotFound) {
			return nil
		}
		// The value belongs to the transaction; decode a copy.
		data = bytes.Clone(v)
		return err
	})
	if err != nil || data == nil {
		return false, err
	}
	dec := gob.NewDecoder(bytes.NewReader(data))
	var st stamp
	if err := dec.Decode(&st); err != nil {
		return false, fmt.Errorf("decode the saved catalogue's stamp: %w", err)
	}
	if !st.equal(cur) {
		s.log.InfoContext(ctx, "the saved catalogue is older than the data; rebuilding it", "backend", s.backend,
			"saved_horizon", st.Horizon, "horizon", cur.Horizon, "saved_quads", st.Size, "quads", cur.Size)
		return false, nil
	}
	var sc savedCatalog
	if err := dec.Decode(&sc); err != nil {
		return false, fmt.Errorf("decode the saved catalogue: %w", err)
	}
	c := newCatalog()
	for _, m := range []struct {
		from map[string]savedNode
		to   map[string]*node
	}{{sc.Entities, c.entities}, {sc.Events, c.events}, {sc.Articles, c.articles}} {
		for id, n := range m.from {
			e := &node{mentionedIn: n.MentionedIn.counted()}
			for pred, vals := range n.Props {
				if c := vals.counted(); c.len() > 0 {
					e.props = append(e.props, prop{catalogPredicate(pred), c})
				}
			}
			slices.SortFunc(e.props, func(a, b prop) int { return strings.Compare(a.pred, b.pred) })
			if !e.empty() {
				m.to[id] = e
			}
		}
	}
	for _, m := range []struct {
		from []savedLink
		to   map[link]counted
	}{{sc.Relations, c.relations}, {sc.EventLinks, c.eventLinks}} {
		for _, l := range m.from {
			for art, n := range l.Articles.counted().all() {
				c.link(m.to, link{l.Src, l.Pred, l.Dst}, art, n)
			}
		}
	}
	for _, l := range sc.QuoteLinks {
		for art, n := range l.Articles.counted().all() {
			c.quoteLink(link{l.Src, l.Pred, l.Dst}, art, n)
		}
	}
	s.cat, s.saved = c, &cur
	return true, nil
}

// saveCatalog writes the catalogue with the data's stamp, unless the one
// saved is already it. s.mu must be held, so that no write runs between
// reading the stamp and the catalogue.
func (s *Store) saveCatalog(ctx context.Context) error {
	cur, err := currentStamp(ctx, s.db)
	if err != nil {
		return err
	}
	if s.saved != nil && s.saved.equal(cur) {
		return nil
	}
	sc := savedCatalog{
		Entities: saveNodes(s.cat.entities), Events: saveNodes(s.cat.events), Articles: saveNodes(s.cat.articles),
		Relations: saveLinks(s.cat.relations), EventLinks: saveLinks(s.cat.eventLinks), QuoteLinks: saveLinks(s.cat.quoteLinks),
	}
	var buf bytes.Buffer
	enc := gob.NewEncoder(&buf)
	if err := enc.Encode(cur); err != nil {
		return err
	}
	if err := enc.Encode(sc); err != nil {
		return err
	}
	err = hkv.Update(ctx, s.db, func(tx hkv.Tx) error {
		return tx.Put(ctx, keyCatalog, buf.Bytes())
	})
	if err != nil {
		return err
	}
	s.saved = &cur
	s.log.DebugContext(ctx, "catalogue saved", "backend", s.backend, "bytes", buf.Len())
	return nil
}

func saveNodes(m map[string]*node) map[string]savedNode {
	out := make(map[string]savedNode, len(m))
	for id, n := range m {
		props := make(map[string]savedCounts, len(n.props))
		for _, p := range n.props {
			props[p.pred] = saveCounts(p.vals)
		}
		out[id] = savedNode{Props: props, MentionedIn: saveCounts(n.mentionedIn)}
	}
	return out
}

func saveLinks(m map[link]counted) []savedLink {
	out := make([]savedLink, 0, len(m))
	for l, arts := range m {
		out = append(out, savedLink{Src: l.src, Pred: l.pred, Dst: l.dst, Articles: saveCounts(arts)})
	}
	return out
}

// loadCatalog builds the catalogue from the quads of the catalogued
// predicates. SQL reads them with one query per predicate, by its index;
// the other backends have no index by predicate, so one pass over the quads
// compares each one's predicate ref and reads the values of the catalogued
// ones only.
func (s *Store) loadCatalog(ctx context.Context) error {
	preds := make([]quad.Value, len(catalogPredicates))
	for i, p := range catalogPredicates {
		preds[i] = quad.IRI(p)
	}
	refs, err := s.refs(ctx, preds...)
	if err != nil {
		return err
	}
	wanted := map[any]bool{}
	for _, r := range refs {
		if r != nil {
			wanted[r.Key()] = true
		}
	}
	if len(wanted) == 0 {
		return nil
	}
	apply := func(r row) error {
		s.cat.apply(r.Quad, +1)
		return nil
	}
	if _, isSQL := s.qs.(*csql.QuadStore); isSQL {
		for _, r := range refs {
			if r == nil {
				continue
			}
			if err := s.scan(ctx, [4]cgraph.Ref{nil, r, nil, nil}, nil, apply); err != nil {
				return err
			}
		}
		return nil
	}
	return s.scan(ctx, [4]cgraph.Ref{}, func(q [4]cgraph.Ref) bool {
		return q[1] != nil && wanted[q[1].Key()]
	}, apply)
}
