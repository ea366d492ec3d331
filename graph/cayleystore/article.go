package cayleystore

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	ag "actorgraph/graph"
)

// Articles lists stored articles, newest published first, with the total.
func (s *Store) Articles(ctx context.Context, limit, offset int) ([]ag.Article, int, error) {
	if limit < 0 || offset < 0 {
		return nil, 0, fmt.Errorf("list articles: %w: limit %d and offset %d must not be negative", ag.ErrInvalid, limit, offset)
	}
	s.mu.RLock()
	all := make([]ag.Article, 0, len(s.cat.articles))
	for id, n := range s.cat.articles {
		if len(n.props[ag.PredType]) == 0 {
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
func (s *Store) Stats(ctx context.Context) (ag.Stats, error) {
	quads, err := s.quadCount(ctx)
	if err != nil {
		return ag.Stats{}, fmt.Errorf("stats: %w", err)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := ag.Stats{
		Entities:  len(s.cat.entities),
		Events:    len(s.cat.events),
		Relations: len(s.cat.relations),
		Quads:     int(quads),
	}
	for _, n := range s.cat.articles {
		if len(n.props[ag.PredType]) > 0 {
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

// Article rebuilds an article's extraction from the quads under its label:
// what Write stored, with lists in a canonical order (entities, relations,
// events and quotes by id or key, mentions by offset). The publisher is
// stored as an entity node; it comes back as an entity only when the
// extraction itself listed it, which the rebuild tells by its mentions or by
// its being named by a relation, event or quote.
func (s *Store) Article(ctx context.Context, id string) (ag.Extraction, error) {
	s.mu.RLock()
	qs, err := s.match(ctx, nil, nil, nil, ag.ArticleLabel(id))
	s.mu.RUnlock()
	if err != nil {
		return ag.Extraction{}, fmt.Errorf("read article %q: %w", id, err)
	}
	if len(qs) == 0 {
		return ag.Extraction{}, fmt.Errorf("read article %q: %w", id, ag.ErrNotFound)
	}
	return rebuild(id, qs), nil
}

// props is one node's quads under an article's label, by predicate.
type props map[string][]quad.Value

func (p props) str(pred string) string {
	if vs := p[pred]; len(vs) > 0 {
		return valueText(vs[0])
	}
	return ""
}

// least is the smallest of a predicate's text values: an article read from
// several inputs names one of them, the same one on every backend.
func (p props) least(pred string) string {
	var out string
	for i, v := range p[pred] {
		if t := valueText(v); i == 0 || t < out {
			out = t
		}
	}
	return out
}

func (p props) num(pred string) float64 {
	f, _ := strconv.ParseFloat(p.str(pred), 64)
	return f
}

func (p props) int(pred string) int {
	if vs := p[pred]; len(vs) > 0 {
		if i, ok := vs[0].(quad.Int); ok {
			return int(i)
		}
	}
	i, _ := strconv.Atoi(p.str(pred))
	return i
}

func (p props) ids(pred string) []string {
	var out []string
	for _, v := range p[pred] {
		out = append(out, valueText(v))
	}
	return out
}

func rebuild(articleID string, qs []quad.Quad) ag.Extraction {
	nodes := map[string]map[string]props{} // kind → id → props
	for _, q := range qs {
		kind, id, ok := nodeID(q.Subject)
		if !ok {
			continue
		}
		byID := nodes[kind]
		if byID == nil {
			byID = map[string]props{}
			nodes[kind] = byID
		}
		p := byID[id]
		if p == nil {
			p = props{}
			byID[id] = p
		}
		pred, ok := q.Predicate.(quad.IRI)
		if !ok {
			continue
		}
		p[string(pred)] = append(p[string(pred)], q.Object)
	}
	art := nodes[ag.KindArticle][articleID]
	x := ag.Extraction{
		Source: art.least(ag.PredSourceName),
		Article: ag.Article{
			ID:        articleID,
			Title:     art.str(ag.PredHeadline),
			Published: art.str(ag.PredDatePublished),
			URL:       art.str(ag.PredURL),
		},
		Body:  art.str(ag.PredText),
		Names: []ag.Mention{},
	}
	publisher := art.str(ag.PredPublisher)
	if publisher != "" {
		x.Article.Publisher = nodes[ag.KindEntity][publisher].str(ag.PredName)
	}
	evidence := func(p props) ag.Evidence {
		ev := nodes[ag.KindEvidence][p.str(ag.PredEvidence)]
		if ev == nil {
			return ag.Evidence{}
		}
		return ag.Evidence{Start: ev.int(ag.PredStart), End: ev.int(ag.PredEnd), Text: ev.str(ag.PredText)}
	}
	confidence := func(p props) float64 {
		if ev := nodes[ag.KindEvidence][p.str(ag.PredEvidence)]; ev != nil {
			return ev.num(ag.PredConfidence)
		}
		return p.num(ag.PredConfidence)
	}

	referenced := map[string]bool{}
	mentions := map[string][]ag.Mention{}
	for _, p := range nodes[ag.KindMention] {
		m := ag.Mention{
			Start: p.int(ag.PredStart), End: p.int(ag.PredEnd),
			Text: p.str(ag.PredText), Label: p.str(ag.PredNERLabel),
		}
		if ent := p.str(ag.PredEntity); ent != "" {
			mentions[ent] = append(mentions[ent], m)
		} else {
			x.Names = append(x.Names, m)
		}
	}
	slices.SortFunc(x.Names, func(a, b ag.Mention) int { return cmp.Compare(a.Start, b.Start) })

	for _, p := range nodes[ag.KindStatement] {
		r := ag.Relation{
			Subject:    p.str(ag.PredSubject),
			Object:     p.str(ag.PredObject),
			Role:       p.str(ag.PredRole),
			ValidFrom:  p.str(ag.PredValidFrom),
			ValidUntil: p.str(ag.PredValidUntil),
			Attributed: p.str(ag.PredAttributedTo),
			Confidence: p.num(ag.PredConfidence),
			Evidence:   evidence(p),
		}
		r.Predicate, _ = relationOf(p.str(ag.PredPredicate))
		referenced[r.Subject], referenced[r.Object], referenced[r.Attributed] = true, true, true
		x.Relations = append(x.Relations, r)
	}
	slices.SortFunc(x.Relations, func(a, b ag.Relation) int {
		return cmp.Or(cmp.Compare(a.Subject, b.Subject), cmp.Compare(a.Predicate, b.Predicate),
			cmp.Compare(a.Object, b.Object), cmp.Compare(a.Evidence.Start, b.Evidence.Start))
	})

	for id, p := range nodes[ag.KindEvent] {
		ev := ag.Event{
			ID:         id,
			Type:       p.str(ag.PredEventType),
			CAMEO:      p.str(ag.PredCAMEO),
			Goldstein:  p.num(ag.PredGoldstein),
			Date:       p.str(ag.PredStartDate),
			Location:   p.str(ag.PredLocation),
			Status:     p.str(ag.PredStatus),
			Attributed: p.str(ag.PredAttributedTo),
			Confidence: confidence(p),
			Evidence:   evidence(p),
		}
		codes := map[string]string{}
		for _, c := range p.ids(ag.PredActorCode) {
			if e, code, ok := strings.Cut(c, "="); ok {
				codes[e] = code
			}
		}
		for _, role := range []struct{ pred, role string }{
			{ag.PredActor, ag.RoleActor}, {ag.PredTarget, ag.RoleTarget}, {ag.PredParticipant, ag.RoleParticipant},
		} {
			for _, e := range p.ids(role.pred) {
				ev.Participants = append(ev.Participants, ag.Participant{Entity: e, Role: role.role, Code: codes[e]})
				referenced[e] = true
			}
		}
		slices.SortFunc(ev.Participants, func(a, b ag.Participant) int {
			return cmp.Or(cmp.Compare(a.Role, b.Role), cmp.Compare(a.Entity, b.Entity))
		})
		referenced[ev.Location], referenced[ev.Attributed] = true, true
		x.Events = append(x.Events, ev)
	}
	slices.SortFunc(x.Events, func(a, b ag.Event) int { return cmp.Compare(a.ID, b.ID) })

	for id, p := range nodes[ag.KindQuote] {
		qt := ag.Quote{
			ID:       id,
			Speaker:  p.str(ag.PredSpeaker),
			Source:   p.str(ag.PredSourceDesc),
			Text:     p.str(ag.PredText),
			Date:     p.str(ag.PredStartDate),
			About:    p.ids(ag.PredAbout),
			Evidence: evidence(p),
		}
		if b := p[ag.PredDirect]; len(b) > 0 {
			v, _ := b[0].(quad.Bool)
			qt.Direct = bool(v)
		}
		slices.Sort(qt.About)
		referenced[qt.Speaker] = true
		for _, a := range qt.About {
			referenced[a] = true
		}
		x.Quotes = append(x.Quotes, qt)
	}
	slices.SortFunc(x.Quotes, func(a, b ag.Quote) int { return cmp.Compare(a.ID, b.ID) })

	for id, p := range nodes[ag.KindEntity] {
		if id == publisher && len(mentions[id]) == 0 && !referenced[id] {
			continue
		}
		t, _ := ag.EntityTypeOfClass(p.str(ag.PredType))
		e := ag.Entity{
			ID:       id,
			Type:     t,
			Name:     p.str(ag.PredName),
			Aliases:  p.ids(ag.PredAlternateName),
			Country:  p.str(ag.PredCountryCode),
			Mentions: mentions[id],
		}
		e.Wikidata, _ = strings.CutPrefix(p.str(ag.PredSameAs), ag.WikidataNS)
		slices.Sort(e.Aliases)
		slices.SortFunc(e.Mentions, func(a, b ag.Mention) int {
			return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
		})
		x.Entities = append(x.Entities, e)
	}
	slices.SortFunc(x.Entities, func(a, b ag.Entity) int { return cmp.Compare(a.ID, b.ID) })
	return x
}
