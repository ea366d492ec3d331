package evaluation

import (
	"fmt"
	"slices"
	"strings"

	"actorgraph/graph"
)

// Counts is one comparison: TP of Pred predicted items are right, Found of
// Gold annotated items were found.
type Counts struct {
	TP, Pred, Found, Gold int
}

// Precision is TP/Pred (0 when nothing was predicted).
func (c Counts) Precision() float64 { return ratio(c.TP, c.Pred) }

// Recall is Found/Gold (0 when nothing was annotated).
func (c Counts) Recall() float64 { return ratio(c.Found, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c *Counts) add(o Counts) { c.TP += o.TP; c.Pred += o.Pred; c.Found += o.Found; c.Gold += o.Gold }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// All is the key of the totals in Report's maps.
const All = "all"

// Report adds up the comparison of extractions with their annotations.
type Report struct {
	Articles  int
	Mentions  map[string]*Counts // by entity type: exact span and type
	Entities  map[string]*Counts // by entity type: one right node per real thing
	Relations map[string]*Counts // by predicate: stated by the evidence sentence
	Events    map[string]*Counts // by event type: TP right in type, parties, roles, date and place
	Quotes    Counts             // span and speaker
	// Entity errors: nodes that are no annotated entity (with and without a
	// mention in the text), second nodes for one real thing, nodes of the
	// wrong type, nodes joining two real things.
	Junk, Unmentioned, Duplicates, WrongType, WrongLinks int
	// Events that match an annotated event but are wrong in a detail, and
	// events that match none.
	EventsPartly, EventsWrong int
	// EventsUnscored are events of CAMEO categories the guide does not
	// annotate.
	EventsUnscored int
	// EventsByMention are annotated events other than statements found
	// only in another sentence an event lists (Event.Mentions), not by
	// its evidence sentence.
	EventsByMention int
	// Errors lists, per article, what was wrong (only for reading dev).
	Errors []string
}

// NewReport is an empty report.
func NewReport() *Report {
	return &Report{Mentions: map[string]*Counts{}, Entities: map[string]*Counts{}, Relations: map[string]*Counts{}, Events: map[string]*Counts{}}
}

func bump(m map[string]*Counts, key string, c Counts) { tally(m, c, key, All) }

func tally(m map[string]*Counts, c Counts, keys ...string) {
	for _, k := range keys {
		if m[k] == nil {
			m[k] = &Counts{}
		}
		m[k].add(c)
	}
}

// HardEvents is the key of the events other than statements.
const HardEvents = "all but statements"

// article is one comparison in progress.
type article struct {
	a      Annotation
	x      graph.Extraction
	gold   map[string]Entity // by ref
	link   map[string]string // predicted entity id -> gold ref ("" none)
	errors []string
}

func (c *article) errorf(f string, args ...any) {
	c.errors = append(c.errors, fmt.Sprintf(f, args...))
}

// Add compares one article's extraction with its annotation. The
// extraction's body must be the annotated text.
func (r *Report) Add(a Annotation, x graph.Extraction) {
	c := &article{a: a, x: x, gold: map[string]Entity{}, link: map[string]string{}}
	for _, e := range a.Entities {
		c.gold[e.Ref] = e
	}
	r.Articles++
	r.entities(c)
	r.relations(c)
	r.events(c)
	r.quotes(c)
	for _, e := range c.errors {
		r.Errors = append(r.Errors, a.Article+": "+e)
	}
}

func (c *article) name(ref string) string {
	if e, ok := c.gold[ref]; ok {
		return e.Name
	}
	return "∅"
}

func (r *Report) entities(c *article) {
	exact := map[Span]string{}
	var goldMentions []struct {
		s   Span
		ref string
	}
	for _, e := range c.a.Entities {
		for _, m := range e.Mentions {
			exact[spanOf(m)] = e.Ref
			goldMentions = append(goldMentions, struct {
				s   Span
				ref string
			}{spanOf(m), e.Ref})
		}
	}
	// Mentions: exact span and type.
	predSpan := map[Span]graph.EntityType{}
	for _, p := range c.x.Entities {
		for _, m := range p.Mentions {
			predSpan[Span{m.Start, m.End}] = p.Type
		}
	}
	for s, t := range predSpan {
		ok := exact[s] != "" && c.gold[exact[s]].Type == t
		bump(r.Mentions, string(t), Counts{TP: b2i(ok), Pred: 1})
	}
	for _, e := range c.a.Entities {
		for _, m := range e.Mentions {
			bump(r.Mentions, string(e.Type), Counts{Found: b2i(predSpan[spanOf(m)] == e.Type), Gold: 1})
		}
	}
	// Nodes: each predicted entity stands for the annotated entity most of
	// its exactly matching mentions belong to.
	type claim struct {
		id string
		n  int
	}
	best := map[string]claim{}
	verdict := map[string]string{}
	for _, p := range c.x.Entities {
		votes := map[string]int{}
		for _, m := range p.Mentions {
			if ref := exact[Span{m.Start, m.End}]; ref != "" {
				votes[ref]++
			}
		}
		ref, n := "", 0
		for k, v := range votes {
			if v > n || v == n && k < ref {
				ref, n = k, v
			}
		}
		if ref == "" {
			// Link facts through overlapping spans all the same: the node
			// is junk, but a fact about it may still name the right thing.
			for _, m := range p.Mentions {
				for _, g := range goldMentions {
					if g.s.overlaps(Span{m.Start, m.End}) {
						c.link[p.ID] = g.ref
					}
				}
			}
			switch {
			case len(p.Mentions) == 0:
				r.Unmentioned++
				verdict[p.ID] = "unmentioned"
				c.errorf("entity %q (%s) has no mention in the text", p.Name, p.Type)
			default:
				r.Junk++
				verdict[p.ID] = "junk"
				c.errorf("entity %q (%s) is no annotated entity (mentions %s)", p.Name, p.Type, mentionTexts(p))
			}
			continue
		}
		c.link[p.ID] = ref
		if len(votes) > 1 {
			r.WrongLinks++
			verdict[p.ID] = "wrong link"
			c.errorf("entity %q joins %d annotated entities (%s)", p.Name, len(votes), mentionTexts(p))
			continue
		}
		if g := c.gold[ref]; g.Type != p.Type {
			r.WrongType++
			verdict[p.ID] = "wrong type"
			c.errorf("entity %q is %s, annotated %s", p.Name, p.Type, g.Type)
			continue
		}
		if b, ok := best[ref]; !ok || n > b.n {
			best[ref] = claim{id: p.ID, n: n}
		}
	}
	for _, p := range c.x.Entities {
		if verdict[p.ID] != "" {
			bump(r.Entities, string(p.Type), Counts{Pred: 1})
			continue
		}
		ref := c.link[p.ID]
		ok := best[ref].id == p.ID
		if !ok {
			r.Duplicates++
			c.errorf("entity %q is a second node for %q", p.Name, c.gold[ref].Name)
		}
		bump(r.Entities, string(p.Type), Counts{TP: b2i(ok), Pred: 1})
	}
	for _, e := range c.a.Entities {
		_, found := best[e.Ref]
		if !found {
			c.errorf("missed entity %q (%s)", e.Name, e.Type)
		}
		bump(r.Entities, string(e.Type), Counts{Found: b2i(found), Gold: 1})
	}
}

func mentionTexts(p graph.Entity) string {
	var s []string
	for _, m := range p.Mentions {
		if !slices.Contains(s, m.Text) {
			s = append(s, m.Text)
		}
	}
	return strings.Join(s, ", ")
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func evidence(e graph.Evidence) Span { return Span{e.Start, e.End} }

func (r *Report) relations(c *article) {
	same := func(g Relation, pred, s, o string) bool {
		return g.Predicate == pred && (g.Subject == s && g.Object == o || graph.RelationPredicates[pred].Symmetric && g.Subject == o && g.Object == s)
	}
	found := make([]bool, len(c.a.Relations))
	for _, p := range c.x.Relations {
		s, o := c.link[p.Subject], c.link[p.Object]
		ok := false
		for i, g := range c.a.Relations {
			if same(g, p.Predicate, s, o) && g.Sentence.overlaps(evidence(p.Evidence)) {
				ok, found[i] = true, true
			}
		}
		if !ok {
			c.errorf("relation %s %s %s is not stated (evidence %d-%d)", c.entityName(p.Subject), p.Predicate, c.entityName(p.Object), p.Evidence.Start, p.Evidence.End)
		}
		bump(r.Relations, p.Predicate, Counts{TP: b2i(ok), Pred: 1})
	}
	for i, g := range c.a.Relations {
		if !found[i] {
			c.errorf("missed relation %s %s %s", c.name(g.Subject), g.Predicate, c.name(g.Object))
		}
		bump(r.Relations, g.Predicate, Counts{Found: b2i(found[i]), Gold: 1})
	}
}

func (c *article) entityName(id string) string {
	for _, e := range c.x.Entities {
		if e.ID == id {
			return e.Name
		}
	}
	return id
}

// symmetricEvent types have sides, not an actor and a target.
var symmetricEvent = map[string]bool{"meeting": true, "summit": true, "talks": true, "agreement": true, "cooperation": true}

// AnnotatedEventTypes are the event types GUIDE.md annotates.
var AnnotatedEventTypes = map[string]bool{
	"appeal": true, "proposal": true, "meeting": true, "visit": true, "hostVisit": true, "summit": true,
	"talks": true, "agreement": true, "cooperation": true, "aid": true, "demand": true, "resolution": true,
	"reject": true, "threat": true, "protest": true, "sanctions": true, "repatriation": true, "militaryAction": true,
}

func (r *Report) events(c *article) {
	gold := c.a.Events
	found := make([]bool, len(gold))
	byMention := make([]bool, len(gold)) // found by another sentence of an event only
	r.statements(c)
	for _, p := range c.x.Events {
		if p.Type == "statement" {
			continue
		}
		if !AnnotatedEventTypes[p.Type] {
			// CAMEO categories the guide does not annotate (disapproval,
			// coercion…) cannot be judged here: the coded sentences score them
			r.EventsUnscored++
			continue
		}
		roles := map[string][]string{}
		for _, pt := range p.Participants {
			if ref := c.link[pt.Entity]; ref != "" {
				roles[pt.Role] = append(roles[pt.Role], ref)
			} else {
				roles[pt.Role] = append(roles[pt.Role], "?"+pt.Entity)
			}
		}
		best, full := -1, false
		for i, g := range gold {
			if g.Type != p.Type || !g.Sentence.overlaps(evidence(p.Evidence)) || !sharesParty(g, roles) {
				continue
			}
			f := sameParties(g, roles) && g.Date == p.Date && g.Location == c.link[p.Location]
			if best < 0 || f && !full {
				best, full = i, f
			}
		}
		if best >= 0 {
			found[best] = true
		}
		// GUIDE.md annotates an event once in each sentence that states
		// it; the graph keeps one node with every such sentence: an
		// annotation in one of its other sentences, of its type and naming
		// one of its parties, is found too
		for i, g := range gold {
			if found[i] || g.Type != p.Type || !sharesParty(g, roles) {
				continue
			}
			for _, m := range p.Mentions {
				if g.Sentence.overlaps(evidence(m)) {
					found[i], byMention[i] = true, true
				}
			}
		}
		switch {
		case best < 0:
			r.EventsWrong++
			c.errorf("event %s %s (%s) matches no annotated event", p.Type, partyNames(c, p), p.Date)
		case !full:
			r.EventsPartly++
			g := gold[best]
			c.errorf("event %s %s %s @%s is partly right: annotated %s/%s/%s %s @%s", p.Type, partyNames(c, p), p.Date, c.entityName(p.Location),
				names(c, g.Actors), names(c, g.Targets), names(c, g.Participants), g.Date, c.name(g.Location))
		}
		tally(r.Events, Counts{TP: b2i(full), Pred: 1}, eventKeys(p.Type)...)
	}
	for i, g := range gold {
		if !found[i] {
			c.errorf("missed event %s %s/%s/%s %s", g.Type, names(c, g.Actors), names(c, g.Targets), names(c, g.Participants), g.Date)
		}
		tally(r.Events, Counts{Found: b2i(found[i]), Gold: 1}, eventKeys(g.Type)...)
		if g.Type != "statement" {
			r.EventsByMention += b2i(byMention[i])
		}
	}
}

// statements scores statement events (CAMEO 010): the annotation's are
// its quotes with a named speaker, one event per speaker, as the extractor
// makes one per speaker (and day and target). A statement is right when
// its actor is a speaker one of whose quotes its evidence overlaps.
func (r *Report) statements(c *article) {
	said := map[string][]Span{}
	var speakers []string
	for _, q := range c.a.Quotes {
		if q.Speaker == "" {
			continue
		}
		if said[q.Speaker] == nil {
			speakers = append(speakers, q.Speaker)
		}
		said[q.Speaker] = append(said[q.Speaker], q.Sentence, q.span())
	}
	found := map[string]bool{}
	for _, p := range c.x.Events {
		if p.Type != "statement" {
			continue
		}
		ok := false
		for _, pt := range p.Participants {
			if pt.Role != graph.RoleActor {
				continue
			}
			for _, sp := range said[c.link[pt.Entity]] {
				if sp.overlaps(evidence(p.Evidence)) {
					ok, found[c.link[pt.Entity]] = true, true
				}
			}
		}
		if !ok {
			c.errorf("statement by %s is no annotated speaker's", partyNames(c, p))
		}
		tally(r.Events, Counts{TP: b2i(ok), Pred: 1}, eventKeys(p.Type)...)
	}
	for _, sp := range speakers {
		if !found[sp] {
			c.errorf("missed statements by %s", c.name(sp))
		}
		tally(r.Events, Counts{Found: b2i(found[sp]), Gold: 1}, eventKeys("statement")...)
	}
}

// eventKeys are the totals an event of type t counts in.
func eventKeys(t string) []string {
	if t == "statement" {
		return []string{t, All}
	}
	return []string{t, HardEvents, All}
}

func names(c *article, refs []string) string {
	var s []string
	for _, r := range refs {
		s = append(s, c.name(r))
	}
	return strings.Join(s, "+")
}

func partyNames(c *article, e graph.Event) string {
	var s []string
	for _, p := range e.Participants {
		s = append(s, c.entityName(p.Entity)+"/"+p.Role)
	}
	return strings.Join(s, ", ")
}

func set(xs ...[]string) []string {
	out := slices.Concat(xs...)
	slices.Sort(out)
	return slices.Compact(out)
}

func sharesParty(g Event, roles map[string][]string) bool {
	all := set(roles[graph.RoleActor], roles[graph.RoleTarget], roles[graph.RoleParticipant])
	for _, r := range set(g.Actors, g.Targets, g.Participants) {
		if slices.Contains(all, r) {
			return true
		}
	}
	return false
}

func sameParties(g Event, roles map[string][]string) bool {
	if symmetricEvent[g.Type] {
		return slices.Equal(set(g.Actors, g.Targets, g.Participants), set(roles[graph.RoleActor], roles[graph.RoleTarget], roles[graph.RoleParticipant]))
	}
	return slices.Equal(set(g.Actors), set(roles[graph.RoleActor])) &&
		slices.Equal(set(g.Targets), set(roles[graph.RoleTarget])) &&
		slices.Equal(set(g.Participants), set(roles[graph.RoleParticipant]))
}

// quoteSpan finds a quote's text in the body, nearest its evidence.
func quoteSpan(body string, q graph.Quote) Span {
	best := Span{q.Evidence.Start, q.Evidence.End}
	if q.Text == "" {
		return best
	}
	dist := -1
	for i := 0; ; {
		j := strings.Index(body[i:], q.Text)
		if j < 0 {
			break
		}
		at := i + j
		d := at - q.Evidence.Start
		if d < 0 {
			d = -d
		}
		if dist < 0 || d < dist {
			best, dist = Span{at, at + len(q.Text)}, d
		}
		i = at + 1
	}
	return best
}

func (r *Report) quotes(c *article) {
	found := make([]bool, len(c.a.Quotes))
	for _, p := range c.x.Quotes {
		ps := quoteSpan(c.x.Body, p)
		ok, matched := false, false
		for i, g := range c.a.Quotes {
			if !halfOverlap(ps, g.span()) {
				continue
			}
			matched = true
			if p.Speaker == "" && g.Speaker == "" || p.Speaker != "" && c.link[p.Speaker] == g.Speaker {
				ok, found[i] = true, true
			}
		}
		switch {
		case !matched:
			c.errorf("quote %d-%d by %q is no annotated quote", ps.Start, ps.End, c.entityName(p.Speaker)+p.UnnamedSpeaker)
		case !ok:
			c.errorf("quote %d-%d has speaker %q", ps.Start, ps.End, c.entityName(p.Speaker)+p.UnnamedSpeaker)
		}
		r.Quotes.add(Counts{TP: b2i(ok), Pred: 1})
	}
	for i, g := range c.a.Quotes {
		if !found[i] {
			c.errorf("missed quote %d-%d by %s", g.Start, g.End, c.name(g.Speaker)+g.UnnamedSpeaker)
		}
		r.Quotes.add(Counts{Found: b2i(found[i]), Gold: 1})
	}
}

// halfOverlap: the spans share at least half of the shorter one.
func halfOverlap(a, b Span) bool {
	lo, hi := max(a.Start, b.Start), min(a.End, b.End)
	if hi <= lo {
		return false
	}
	short := min(a.End-a.Start, b.End-b.Start)
	return 2*(hi-lo) >= short
}
