package graph

import (
	"fmt"

	"github.com/cayleygraph/quad"
)

// Validate checks that an extraction is internally consistent: every id a
// relation, event or quote refers to is one of its entities, every
// relation joins the entity types its predicate joins (RelationPredicates),
// and every offset lies inside the body. A store refuses an extraction that
// fails it.
func Validate(x Extraction) error {
	if x.Article.ID == "" {
		return fmt.Errorf("%w: article has no id", ErrInvalid)
	}
	types := make(map[string]EntityType, len(x.Entities))
	span := func(what string, start, end int) error {
		if start < 0 || end < start || end > len(x.Body) {
			return fmt.Errorf("%w: %s span [%d,%d) outside body of %d bytes", ErrInvalid, what, start, end, len(x.Body))
		}
		return nil
	}
	for _, e := range x.Entities {
		if e.ID == "" || !e.Type.Valid() {
			return fmt.Errorf("%w: entity %q has no id or an unknown type %q", ErrInvalid, e.Name, e.Type)
		}
		types[e.ID] = e.Type
		for _, m := range e.Mentions {
			if err := span("mention of "+e.Name, m.Start, m.End); err != nil {
				return err
			}
		}
	}
	for _, m := range x.Names {
		if err := span("name", m.Start, m.End); err != nil {
			return err
		}
	}
	known := func(what, id string) error {
		if _, ok := types[id]; !ok {
			return fmt.Errorf("%w: %s refers to entity %q that is not in the extraction", ErrInvalid, what, id)
		}
		return nil
	}
	for _, r := range x.Relations {
		if err := known(r.Predicate+" subject", r.Subject); err != nil {
			return err
		}
		if err := known(r.Predicate+" object", r.Object); err != nil {
			return err
		}
		if k, ok := RelationPredicates[r.Predicate]; !ok {
			return fmt.Errorf("%w: relation predicate %q is not in the vocabulary", ErrInvalid, r.Predicate)
		} else if s, o := types[r.Subject], types[r.Object]; !k.Joins(s, o) {
			return fmt.Errorf("%w: %s joins %v to %v, not %s %q to %s %q", ErrInvalid, r.Predicate, k.Subject, k.Object, s, r.Subject, o, r.Object)
		}
		if r.Attributed != "" {
			if err := known(r.Predicate+" attribution", r.Attributed); err != nil {
				return err
			}
		}
		if err := span(r.Predicate+" evidence", r.Evidence.Start, r.Evidence.End); err != nil {
			return err
		}
	}
	for _, ev := range x.Events {
		if ev.ID == "" {
			return fmt.Errorf("%w: %s event has no id", ErrInvalid, ev.Type)
		}
		if ev.Location != "" {
			if err := known(ev.Type+" location", ev.Location); err != nil {
				return err
			}
		}
		if ev.Attributed != "" {
			if err := known(ev.Type+" attribution", ev.Attributed); err != nil {
				return err
			}
		}
		for _, p := range ev.Participants {
			if err := known(ev.Type+" participant", p.Entity); err != nil {
				return err
			}
		}
		if err := span(ev.Type+" evidence", ev.Evidence.Start, ev.Evidence.End); err != nil {
			return err
		}
		for _, m := range ev.Mentions {
			if err := span(ev.Type+" mention", m.Start, m.End); err != nil {
				return err
			}
			if m.Start == ev.Evidence.Start && m.End == ev.Evidence.End {
				return fmt.Errorf("%w: %s event lists its evidence [%d,%d) again among its mentions", ErrInvalid, ev.Type, m.Start, m.End)
			}
		}
	}
	for _, q := range x.Quotes {
		if q.Speaker != "" {
			if err := known("quote speaker", q.Speaker); err != nil {
				return err
			}
		}
		for _, a := range q.About {
			if err := known("quote subject", a); err != nil {
				return err
			}
		}
		if err := span("quote evidence", q.Evidence.Start, q.Evidence.End); err != nil {
			return err
		}
	}
	return nil
}

// ArticleLabel is the quad label under which every fact read from an article
// is stored: provenance is a label query, retraction a label delete.
func ArticleLabel(articleID string) quad.IRI { return quad.IRI(IRI(KindArticle, articleID)) }

// EventName is a human-readable name for an event node, such as
// "summit: Kim Jong-un, Vladimir Putin (Vladivostok, 2019-04-25)".
func EventName(ev Event, entities []Entity) string {
	names := make(map[string]string, len(entities))
	for _, e := range entities {
		names[e.ID] = e.Name
	}
	s := ev.Type
	sep := ": "
	for _, p := range ev.Participants {
		if n := names[p.Entity]; n != "" {
			s += sep + n
			sep = ", "
		}
	}
	var where []string
	if n := names[ev.Location]; n != "" {
		where = append(where, n)
	}
	if ev.Date != "" {
		where = append(where, ev.Date)
	}
	if len(where) == 1 {
		s += " (" + where[0] + ")"
	} else if len(where) == 2 {
		s += " (" + where[0] + ", " + where[1] + ")"
	}
	return s
}
