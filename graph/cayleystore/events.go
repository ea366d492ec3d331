package cayleystore

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"actorgraph/graph"
)

// Events lists the events q selects, newest first (undated last), one page
// of them, and how many there are in all. The catalogue answers without
// reading the store.
func (s *Store) Events(ctx context.Context, q graph.EventQuery) ([]graph.EventView, int, error) {
	if q.Limit < 0 || q.Offset < 0 {
		return nil, 0, fmt.Errorf("list events: %w: limit %d and offset %d must not be negative", graph.ErrInvalid, q.Limit, q.Offset)
	}
	s.mu.RLock()
	var all []graph.EventView
	for id, n := range s.cat.events {
		if n.prop(graph.ClassPredicate(graph.KindEvent)).len() == 0 {
			continue
		}
		ev := s.eventView(id, n)
		if keepEvent(ev, q, s.cat) {
			all = append(all, ev)
		}
	}
	s.mu.RUnlock()
	slices.SortFunc(all, func(a, b graph.EventView) int {
		if (a.Date == "") != (b.Date == "") {
			if a.Date == "" {
				return 1 // dated first
			}
			return -1
		}
		return cmp.Or(-cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID))
	})
	return page(all, q.Limit, q.Offset), len(all), ctx.Err()
}

// Event is one event with the sentence of every article that reports it
// and the actor codes they gave its parties.
func (s *Store) Event(ctx context.Context, id string) (graph.EventView, error) {
	s.mu.RLock()
	n, ok := s.cat.events[id]
	if !ok || n.prop(graph.ClassPredicate(graph.KindEvent)).len() == 0 {
		s.mu.RUnlock()
		return graph.EventView{}, fmt.Errorf("event %q: %w", id, graph.ErrNotFound)
	}
	ev := s.eventView(id, n)
	articles := s.eventArticles(id)
	s.mu.RUnlock()
	node := quad.IRI(graph.IRI(graph.KindEvent, id))
	p, err := s.props(ctx, node)
	if err != nil {
		return graph.EventView{}, fmt.Errorf("event %q: %w", id, err)
	}
	codes := graph.ActorCodesFromNode(p)
	for i := range ev.Participants {
		ev.Participants[i].Codes = append(ev.Participants[i].Codes, codes[ev.Participants[i].ID]...)
		slices.Sort(ev.Participants[i].Codes)
	}
	for _, a := range articles {
		e, conf, err := s.evidence(ctx, node, a)
		if err != nil {
			return graph.EventView{}, fmt.Errorf("event %q: %w", id, err)
		}
		more, err := s.statedIn(ctx, node, a)
		if err != nil {
			return graph.EventView{}, fmt.Errorf("event %q: %w", id, err)
		}
		s.mu.RLock()
		prov := s.provenance(a, e, conf)
		s.mu.RUnlock()
		prov.Mentions = more
		ev.Provenance = append(ev.Provenance, prov)
	}
	return ev, nil
}

// keptEvent is an event's summary as graph reads it: its values, and for
// each of its link rows the entities it links (Value the one most articles
// state, then the least id). s.mu is held.
type keptEvent struct {
	kept
	c  *catalog
	id string
}

func (k keptEvent) Value(pred string) string {
	if !catalogued[graph.KindEvent][pred].Link {
		return k.kept.Value(pred)
	}
	name, best, top := localName(pred), "", 0
	for _, l := range k.c.adjacent[k.id] {
		if l.src != k.id || l.pred != name {
			continue
		}
		if n := k.c.eventLinks[l].len(); n > top || n == top && l.dst < best {
			best, top = l.dst, n
		}
	}
	return best
}

func (k keptEvent) Values(pred string) []string {
	if !catalogued[graph.KindEvent][pred].Link {
		return k.kept.Values(pred)
	}
	name := localName(pred)
	var out []string
	for _, l := range k.c.adjacent[k.id] {
		if l.src == k.id && l.pred == name && k.c.eventLinks[l].len() > 0 {
			out = append(out, l.dst)
		}
	}
	slices.Sort(out)
	return out
}

// eventView builds an event's view from the catalogue; s.mu is held.
func (s *Store) eventView(id string, n *node) graph.EventView {
	seen := map[string]bool{}
	for _, l := range s.cat.adjacent[id] {
		if l.src == id {
			for a := range s.cat.eventLinks[l].keys() {
				seen[a] = true
			}
		}
	}
	k := keptEvent{kept: kept{n}, c: s.cat, id: id}
	e := graph.EventFromSummary(id, k)
	ev := graph.EventView{ID: id, Type: e.Type, CAMEO: e.CAMEO, Goldstein: e.Goldstein,
		Date: e.Date, Status: e.Status, Participants: make([]graph.EventParticipant, 0, len(e.Participants))}
	ev.DatePrecision = graph.DatePrecision(ev.Date)
	if e.Location != "" {
		ref := s.cat.ref(graph.KindEntity, e.Location)
		ev.Location = &ref
	}
	for _, p := range e.Participants {
		ev.Participants = append(ev.Participants, graph.EventParticipant{NodeRef: s.cat.ref(graph.KindEntity, p.Entity), Role: p.Role})
	}
	slices.SortFunc(ev.Participants, func(a, b graph.EventParticipant) int {
		return cmp.Or(cmp.Compare(roleRank(a.Role), roleRank(b.Role)), cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	})
	ev.ArticleCount = len(seen)
	return ev
}

// eventArticles are the articles that report an event, sorted; s.mu is
// held.
func (s *Store) eventArticles(id string) []string {
	set := map[string]bool{}
	for _, l := range s.cat.adjacent[id] {
		if l.src == id {
			for a := range s.cat.eventLinks[l].keys() {
				set[a] = true
			}
		}
	}
	return slices.Sorted(maps.Keys(set))
}

func roleRank(r string) int {
	switch r {
	case graph.RoleActor:
		return 0
	case graph.RoleTarget:
		return 1
	}
	return 2
}

// keepEvent applies a query's filters to an event.
func keepEvent(ev graph.EventView, q graph.EventQuery, c *catalog) bool {
	if q.Type != "" && !strings.EqualFold(ev.Type, q.Type) || q.CAMEO != "" && !strings.HasPrefix(ev.CAMEO, q.CAMEO) ||
		q.Status != "" && ev.Status != q.Status {
		return false
	}
	if (q.From != "" || q.To != "") && ev.Date == "" {
		return false
	}
	// compare at the coarser of the two precisions: "2019-04" is in a range
	// from 2019-04-15
	if q.From != "" && ev.Date < q.From[:min(len(q.From), len(ev.Date))] {
		return false
	}
	if q.To != "" && ev.Date[:min(len(q.To), len(ev.Date))] > q.To {
		return false
	}
	parties := append([]graph.EventParticipant(nil), ev.Participants...)
	if ev.Location != nil {
		parties = append(parties, graph.EventParticipant{NodeRef: *ev.Location})
	}
	if q.Entity != "" && !slices.ContainsFunc(parties, func(p graph.EventParticipant) bool { return p.ID == q.Entity }) {
		return false
	}
	if q.Country != "" && !slices.ContainsFunc(parties, func(p graph.EventParticipant) bool {
		e, ok := c.entity(p.ID)
		return ok && strings.EqualFold(e.Country, q.Country)
	}) {
		return false
	}
	return true
}
