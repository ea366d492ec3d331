package graph

import (
	"fmt"
	"strconv"

	"github.com/cayleygraph/quad"
)

// Validate checks that an extraction is internally consistent: every id a
// relation, event or quote refers to is one of its entities, and every
// offset lies inside the body. A store refuses an extraction that fails it.
func Validate(x Extraction) error {
	if x.Article.ID == "" {
		return fmt.Errorf("%w: article has no id", ErrInvalid)
	}
	ids := make(map[string]bool, len(x.Entities))
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
		ids[e.ID] = true
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
		if !ids[id] {
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

// Quads turns an extraction into the quads that store it, each labelled with
// the article's IRI. The output is deterministic for a given extraction.
func Quads(x Extraction) []quad.Quad {
	label := ArticleLabel(x.Article.ID)
	art := label
	var qs []quad.Quad
	add := func(s quad.Value, p string, o quad.Value) {
		qs = append(qs, quad.Quad{Subject: s, Predicate: quad.IRI(p), Object: o, Label: label})
	}
	str := func(s string) quad.Value { return quad.String(s) }
	num := func(f float64) quad.Value {
		return quad.TypedString{Value: quad.String(strconv.FormatFloat(f, 'f', -1, 64)), Type: "http://www.w3.org/2001/XMLSchema#decimal"}
	}
	integer := func(i int) quad.Value { return quad.Int(i) }
	ent := func(id string) quad.IRI { return quad.IRI(IRI(KindEntity, id)) }
	evidence := func(fact quad.IRI, factID string, e Evidence, conf float64) {
		if e.Text == "" && e.Start == 0 && e.End == 0 {
			return
		}
		n := quad.IRI(IRI(KindEvidence, EvidenceID(x.Article.ID, factID, e.Start, e.End)))
		add(fact, PredEvidence, n)
		add(n, PredType, quad.IRI(ClassEvidence))
		add(n, PredInArticle, art)
		add(n, PredStart, integer(e.Start))
		add(n, PredEnd, integer(e.End))
		add(n, PredText, str(e.Text))
		add(n, PredConfidence, num(conf))
	}

	add(art, PredType, quad.IRI(ClassNewsArticle))
	if x.Article.Title != "" {
		add(art, PredHeadline, str(x.Article.Title))
	}
	if x.Article.Published != "" {
		add(art, PredDatePublished, str(x.Article.Published))
	}
	if x.Article.URL != "" {
		add(art, PredURL, str(x.Article.URL))
	}
	if x.Source != "" {
		add(art, PredSourceName, str(x.Source))
	}
	if x.Body != "" {
		add(art, PredText, str(x.Body))
	}
	if x.Article.Publisher != "" {
		pubID := x.Article.PublisherID
		if pubID == "" {
			pubID = EntityID(EntityKey{Type: Organization, Name: x.Article.Publisher})
		}
		pub := ent(pubID)
		add(art, PredPublisher, pub)
		add(pub, PredType, quad.IRI(ClassOf(Organization)))
		add(pub, PredName, str(x.Article.Publisher))
	}

	for _, e := range x.Entities {
		n := ent(e.ID)
		add(n, PredType, quad.IRI(ClassOf(e.Type)))
		add(n, PredName, str(e.Name))
		for _, a := range e.Aliases {
			if a != e.Name {
				add(n, PredAlternateName, str(a))
			}
		}
		if e.Country != "" {
			add(n, PredCountryCode, str(e.Country))
		}
		if e.Wikidata != "" {
			add(n, PredSameAs, quad.IRI(WikidataNS+e.Wikidata))
		}
		if len(e.Mentions) > 0 {
			add(art, PredMentions, n)
		}
		for _, m := range e.Mentions {
			mn := quad.IRI(IRI(KindMention, MentionID(x.Article.ID, m.Start, m.End)))
			add(art, PredMention, mn)
			add(mn, PredType, quad.IRI(ClassMention))
			add(mn, PredEntity, n)
			add(mn, PredStart, integer(m.Start))
			add(mn, PredEnd, integer(m.End))
			add(mn, PredText, str(m.Text))
			add(mn, PredNERLabel, str(m.Label))
		}
	}
	// A name that is no entity is a mention node with no ag:entity.
	for _, m := range x.Names {
		mn := quad.IRI(IRI(KindMention, MentionID(x.Article.ID, m.Start, m.End)))
		add(art, PredMention, mn)
		add(mn, PredType, quad.IRI(ClassMention))
		add(mn, PredStart, integer(m.Start))
		add(mn, PredEnd, integer(m.End))
		add(mn, PredText, str(m.Text))
		add(mn, PredNERLabel, str(m.Label))
	}

	for _, r := range x.Relations {
		s, o := ent(r.Subject), ent(r.Object)
		add(s, PredicateIRI(r.Predicate), o)
		id := StatementID(x.Article.ID, r.Subject, r.Predicate, r.Object)
		st := quad.IRI(IRI(KindStatement, id))
		add(st, PredType, quad.IRI(ClassStatement))
		add(st, PredInArticle, art)
		add(st, PredSubject, s)
		add(st, PredPredicate, quad.IRI(PredicateIRI(r.Predicate)))
		add(st, PredObject, o)
		add(st, PredConfidence, num(r.Confidence))
		if r.Role != "" {
			add(st, PredRole, str(r.Role))
		}
		if r.ValidFrom != "" {
			add(st, PredValidFrom, str(r.ValidFrom))
		}
		if r.ValidUntil != "" {
			add(st, PredValidUntil, str(r.ValidUntil))
		}
		if r.Attributed != "" {
			add(st, PredAttributedTo, ent(r.Attributed))
		}
		evidence(st, id, r.Evidence, r.Confidence)
	}

	for _, ev := range x.Events {
		n := quad.IRI(IRI(KindEvent, ev.ID))
		add(n, PredType, quad.IRI(ClassEvent))
		add(n, PredEventType, str(ev.Type))
		add(n, PredName, str(EventName(ev, x.Entities)))
		if ev.CAMEO != "" {
			add(n, PredCAMEO, str(ev.CAMEO))
			add(n, PredGoldstein, num(ev.Goldstein))
		}
		if ev.Date != "" {
			add(n, PredStartDate, str(ev.Date))
		}
		if ev.Location != "" {
			add(n, PredLocation, ent(ev.Location))
		}
		if ev.Status != "" {
			add(n, PredStatus, str(ev.Status))
		}
		if ev.Attributed != "" {
			add(n, PredAttributedTo, ent(ev.Attributed))
		}
		for _, p := range ev.Participants {
			pred := PredParticipant
			switch p.Role {
			case RoleActor:
				pred = PredActor
			case RoleTarget:
				pred = PredTarget
			}
			add(n, pred, ent(p.Entity))
			if p.Code != "" {
				add(n, PredActorCode, str(p.Entity+"="+p.Code))
			}
		}
		add(n, PredInArticle, art)
		evidence(n, ev.ID, ev.Evidence, ev.Confidence)
	}

	for _, q := range x.Quotes {
		n := quad.IRI(IRI(KindQuote, q.ID))
		add(n, PredType, quad.IRI(ClassQuote))
		add(n, PredInArticle, art)
		add(n, PredText, str(q.Text))
		add(n, PredDirect, quad.Bool(q.Direct))
		if q.Speaker != "" {
			add(n, PredSpeaker, ent(q.Speaker))
		}
		if q.Source != "" {
			add(n, PredSourceDesc, str(q.Source))
		}
		if q.Date != "" {
			add(n, PredStartDate, str(q.Date))
		}
		for _, a := range q.About {
			add(n, PredAbout, ent(a))
		}
		evidence(n, q.ID, q.Evidence, 1)
	}
	return dedupe(qs)
}

// dedupe drops repeated quads, keeping the first of each, so that an
// extraction naming the same fact twice writes it once.
func dedupe(qs []quad.Quad) []quad.Quad {
	seen := make(map[quad.Quad]bool, len(qs))
	out := qs[:0]
	for _, q := range qs {
		if seen[q] {
			continue
		}
		seen[q] = true
		out = append(out, q)
	}
	return out
}

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
