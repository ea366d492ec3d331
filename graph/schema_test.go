package graph_test

import (
	"cmp"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	gocmp "github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"actorgraph/graph"
)

// TestQuadsRoundTrip: any extraction in canonical form (the order FromQuads
// gives its lists) reads back from its quads as it was, whatever order the
// store returns them in; so does each quote from its own nodes.
func TestQuadsRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		x := extraction(t)
		if err := graph.Validate(x); err != nil {
			t.Fatalf("the generator made an invalid extraction: %v", err)
		}
		qs := rapid.Permutation(graph.Quads(x)).Draw(t, "quads")
		got := graph.FromQuads(x.Article.ID, qs)
		if diff := gocmp.Diff(x, got, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("FromQuads(Quads(x)) differs from x (-want +got):\n%s", diff)
		}
		nodes := map[quad.Value]map[string][]quad.Value{}
		for _, q := range qs {
			if nodes[q.Subject] == nil {
				nodes[q.Subject] = map[string][]quad.Value{}
			}
			pred := string(q.Predicate.(quad.IRI))
			nodes[q.Subject][pred] = append(nodes[q.Subject][pred], q.Object)
		}
		for _, want := range x.Quotes {
			n := nodes[quad.IRI(graph.IRI(graph.KindQuote, want.ID))]
			var ev map[string][]quad.Value
			if e := n[graph.PredEvidence]; len(e) > 0 {
				ev = nodes[e[0]]
			}
			if diff := gocmp.Diff(want, graph.QuoteFromNodes(want.ID, n, ev), cmpopts.EquateEmpty()); diff != "" {
				t.Fatalf("QuoteFromNodes differs from the quote written (-want +got):\n%s", diff)
			}
		}
	})
}

// TestSchemaCoversTheDomain: every field of the types an extraction is made
// of is held by a row of the schema, so a field added to the domain without
// its row fails here rather than being lost on the way to the store.
// Structures and lists of them are nodes of their own; an id is its node's
// IRI.
func TestSchemaCoversTheDomain(t *testing.T) {
	ids := []string{"Article.ID", "Entity.ID", "Event.ID", "Quote.ID"}
	var fields strings.Builder
	for _, p := range graph.Schema {
		fields.WriteString(p.Field + "\n")
	}
	for _, v := range []any{graph.Extraction{}, graph.Article{}, graph.Entity{}, graph.Mention{}, graph.Evidence{},
		graph.Relation{}, graph.Event{}, graph.Participant{}, graph.Quote{}} {
		typ := reflect.TypeOf(v)
		for f := range typ.Fields() {
			name := typ.Name() + "." + f.Name
			k := f.Type.Kind()
			if k == reflect.Struct || k == reflect.Slice && f.Type.Elem().Kind() == reflect.Struct || slices.Contains(ids, name) {
				continue
			}
			if !strings.Contains(fields.String(), name) {
				t.Errorf("%s is held by no row of graph.Schema: add one in schema.go (and draw it in this file's generator)", name)
			}
		}
	}
}

// TestSchemaRows: every row names its subject, predicate, datatype and
// field, a node row its object's kind, and no predicate is used twice by
// one kind of node.
func TestSchemaRows(t *testing.T) {
	seen := map[[2]string]bool{}
	for _, p := range graph.Schema {
		if p.Subject == "" || p.Predicate == "" || p.Datatype == "" || p.Field == "" || (p.Datatype == graph.NodeValue) != (p.Object != "") {
			t.Errorf("incomplete row %+v", p)
		}
		k := [2]string{p.Subject, p.Predicate}
		// A mention is linked from its article as an entity's or as a name.
		if seen[k] && p.Predicate != graph.PredMention {
			t.Errorf("%s has two rows for %s", p.Subject, p.Predicate)
		}
		seen[k] = true
	}
}

// extraction draws a valid extraction in canonical form. What the store
// cannot tell apart is drawn once: spans of mentions are distinct (a
// mention node is minted from its span), a relation is stated once per
// article, an entity takes one part in an event, and an event without
// evidence has no confidence (it is stored on the evidence).
func extraction(t *rapid.T) graph.Extraction {
	body := rapid.String().Draw(t, "body")
	id := func(label string) string { return rapid.StringMatching(`[0-9a-f]{8}-[0-9a-f]{4}`).Draw(t, label) }
	opt := func(label string) string {
		if rapid.Bool().Draw(t, label+" set") {
			return rapid.String().Draw(t, label)
		}
		return ""
	}
	taken := map[[2]int]bool{}
	mentions := func(label string, max int) []graph.Mention {
		var out []graph.Mention
		for i := range rapid.IntRange(0, max).Draw(t, label) {
			a := rapid.IntRange(0, len(body)).Draw(t, fmt.Sprintf("%s %d start", label, i))
			b := rapid.IntRange(a, len(body)).Draw(t, fmt.Sprintf("%s %d end", label, i))
			if taken[[2]int{a, b}] {
				continue
			}
			taken[[2]int{a, b}] = true
			out = append(out, graph.Mention{Start: a, End: b, Text: rapid.String().Draw(t, "text"),
				Label: rapid.SampledFrom([]string{graph.LabelPER, graph.LabelLOC, graph.LabelORG, graph.LabelMISC}).Draw(t, "label")})
		}
		slices.SortFunc(out, func(a, b graph.Mention) int { return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End)) })
		return out
	}
	evidence := func(label string) graph.Evidence {
		if !rapid.Bool().Draw(t, label+" set") {
			return graph.Evidence{}
		}
		a := rapid.IntRange(0, len(body)).Draw(t, label+" start")
		return graph.Evidence{Start: a, End: rapid.IntRange(a, len(body)).Draw(t, label+" end"), Text: rapid.StringN(1, -1, -1).Draw(t, label+" text")}
	}
	confidence := func(label string) float64 { return rapid.Float64Range(0, 1).Draw(t, label) }

	x := graph.Extraction{
		InputName: opt("source"),
		Article: graph.Article{ID: id("article"), Title: opt("title"), Published: opt("published"), URL: opt("url"),
			Publisher: opt("publisher")},
		Body:  body,
		Names: mentions("names", 3),
	}
	if x.Article.Publisher != "" && rapid.Bool().Draw(t, "publisher known") {
		x.Article.PublisherID = id("publisher id")
	}
	for i := range rapid.IntRange(0, 5).Draw(t, "entities") {
		e := graph.Entity{
			ID:       fmt.Sprintf("%s-%d", id("entity"), i),
			Type:     rapid.SampledFrom(graph.EntityTypes).Draw(t, "type"),
			Name:     rapid.String().Draw(t, "name"),
			Country:  opt("country"),
			Mentions: mentions("mentions", 3),
		}
		if rapid.Bool().Draw(t, "wikidata") {
			e.Wikidata = rapid.StringMatching(`Q[1-9][0-9]{0,6}`).Draw(t, "qid")
		}
		for _, a := range rapid.SliceOfDistinct(rapid.String(), rapid.ID).Draw(t, "aliases") {
			if a != e.Name {
				e.Aliases = append(e.Aliases, a)
			}
		}
		slices.Sort(e.Aliases)
		x.Entities = append(x.Entities, e)
	}
	slices.SortFunc(x.Entities, func(a, b graph.Entity) int { return cmp.Compare(a.ID, b.ID) })
	if len(x.Entities) == 0 {
		return x
	}
	ids := make([]string, len(x.Entities))
	for i, e := range x.Entities {
		ids[i] = e.ID
	}
	someone := func(label string) string {
		if rapid.Bool().Draw(t, label+" set") {
			return rapid.SampledFrom(ids).Draw(t, label)
		}
		return ""
	}

	typeOf := map[string]graph.EntityType{}
	for _, e := range x.Entities {
		typeOf[e.ID] = e.Type
	}
	stated := map[[3]string]bool{}
	for range rapid.IntRange(0, 4).Draw(t, "relations") {
		subject, object := rapid.SampledFrom(ids).Draw(t, "subject"), rapid.SampledFrom(ids).Draw(t, "object")
		var joining []string // the predicates that may join these two
		for _, p := range slices.Sorted(maps.Keys(graph.RelationPredicates)) {
			if graph.RelationPredicates[p].Joins(typeOf[subject], typeOf[object]) {
				joining = append(joining, p)
			}
		}
		if len(joining) == 0 {
			continue
		}
		r := graph.Relation{
			Subject:    subject,
			Predicate:  rapid.SampledFrom(joining).Draw(t, "predicate"),
			Object:     object,
			Role:       opt("role"),
			ValidFrom:  opt("from"),
			ValidUntil: opt("until"),
			Attributed: someone("attributed"),
			Confidence: confidence("confidence"),
			Evidence:   evidence("evidence"),
		}
		if k := [3]string{r.Subject, r.Predicate, r.Object}; !stated[k] {
			stated[k] = true
			x.Relations = append(x.Relations, r)
		}
	}
	slices.SortFunc(x.Relations, func(a, b graph.Relation) int {
		return cmp.Or(cmp.Compare(a.Subject, b.Subject), cmp.Compare(a.Predicate, b.Predicate), cmp.Compare(a.Object, b.Object))
	})

	for i := range rapid.IntRange(0, 3).Draw(t, "events") {
		ev := graph.Event{
			ID:         fmt.Sprintf("%s-%d", id("event"), i),
			Type:       rapid.SampledFrom(graph.EventKinds).Draw(t, "kind").Type,
			Date:       opt("date"),
			Location:   someone("location"),
			Status:     opt("status"),
			Attributed: someone("attributed"),
			Evidence:   evidence("evidence"),
		}
		if rapid.Bool().Draw(t, "coded") {
			ev.CAMEO = rapid.StringMatching(`[0-2][0-9]{2,3}`).Draw(t, "cameo")
			ev.Goldstein = rapid.Float64Range(-10, 10).Draw(t, "goldstein")
		}
		if ev.Evidence != (graph.Evidence{}) {
			ev.Confidence = confidence("confidence")
			// other sentences that state it: spans of their own
			for range rapid.IntRange(0, 2).Draw(t, "mentions") {
				m := evidence("mention")
				if m == (graph.Evidence{}) || slices.ContainsFunc(append([]graph.Evidence{ev.Evidence}, ev.Mentions...), func(o graph.Evidence) bool {
					return o.Start == m.Start && o.End == m.End
				}) {
					continue
				}
				ev.Mentions = append(ev.Mentions, m)
			}
			slices.SortFunc(ev.Mentions, func(a, b graph.Evidence) int { return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End)) })
		}
		for _, e := range rapid.SliceOfDistinct(rapid.SampledFrom(ids), rapid.ID).Draw(t, "participants") {
			ev.Participants = append(ev.Participants, graph.Participant{Entity: e,
				Role: rapid.SampledFrom([]string{graph.RoleActor, graph.RoleTarget, graph.RoleParticipant}).Draw(t, "role"),
				Code: rapid.StringMatching(`([A-Z]{3,6})?`).Draw(t, "code")})
		}
		slices.SortFunc(ev.Participants, func(a, b graph.Participant) int {
			return cmp.Or(cmp.Compare(a.Role, b.Role), cmp.Compare(a.Entity, b.Entity))
		})
		x.Events = append(x.Events, ev)
	}
	slices.SortFunc(x.Events, func(a, b graph.Event) int { return cmp.Compare(a.ID, b.ID) })

	for i := range rapid.IntRange(0, 3).Draw(t, "quotes") {
		q := graph.Quote{
			ID:             fmt.Sprintf("%s-%d", id("quote"), i),
			Speaker:        someone("speaker"),
			UnnamedSpeaker: opt("unnamed speaker"),
			Text:           rapid.String().Draw(t, "text"),
			Date:           opt("date"),
			About:          rapid.SliceOfDistinct(rapid.SampledFrom(ids), rapid.ID).Draw(t, "about"),
			Direct:         rapid.Bool().Draw(t, "direct"),
			Evidence:       evidence("evidence"),
		}
		slices.Sort(q.About)
		x.Quotes = append(x.Quotes, q)
	}
	slices.SortFunc(x.Quotes, func(a, b graph.Quote) int { return cmp.Compare(a.ID, b.ID) })
	return x
}

func ExampleFromQuads() {
	x := sample()
	back := graph.FromQuads(x.Article.ID, graph.Quads(x))
	fmt.Println(back.Article.Title, "|", len(back.Entities), "entities |", back.Relations[0].Predicate, "|", back.Events[0].Type)
	// Output: Macron meets Scholz | 4 entities | leaderOf | meeting
}

func ExampleSchema() {
	for _, p := range graph.Schema {
		if p.Subject == graph.KindStatement && p.Datatype != graph.ClassValue {
			fmt.Printf("%s %s %s\n", strings.TrimPrefix(p.Predicate, graph.VocabNS), p.Datatype, p.Field)
		}
	}
	// Output:
	// inArticle node (the article)
	// subject node Relation.Subject
	// predicate predicate Relation.Predicate
	// object node Relation.Object
	// confidence decimal Relation.Confidence
	// role string Relation.Role
	// validFrom string Relation.ValidFrom
	// validUntil string Relation.ValidUntil
	// attributedTo node Relation.Attributed
	// evidence node Relation.Evidence
}

// quadNode is one node's quads as a graph.Summary: the first value of a
// predicate, or all of them.
type quadNode map[string][]quad.Value

func (n quadNode) Value(pred string) string {
	if vs := n[pred]; len(vs) > 0 {
		return graph.ValueText(vs[0])
	}
	return ""
}

func (n quadNode) Values(pred string) []string {
	var out []string
	for _, v := range n[pred] {
		out = append(out, graph.ValueText(v))
	}
	return out
}

// TestReadsFromSummary: what lists and rankings read of a node alone — an
// entity's or event's name and type, an article's sort keys and publisher,
// an event with its place and parties — is what was written, read with the
// same rows.
func TestReadsFromSummary(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		x := extraction(t)
		nodes := map[string]quadNode{}
		for _, q := range graph.Quads(x) {
			s := string(q.Subject.(quad.IRI))
			if nodes[s] == nil {
				nodes[s] = quadNode{}
			}
			p := string(q.Predicate.(quad.IRI))
			nodes[s][p] = append(nodes[s][p], q.Object)
		}
		of := func(kind, id string) quadNode { return nodes[graph.IRI(kind, id)] }
		for _, e := range x.Entities {
			want := graph.NodeRef{ID: e.ID, Kind: graph.KindEntity, Type: string(e.Type), Name: e.Name}
			if got := graph.EntityRefFromSummary(e.ID, of(graph.KindEntity, e.ID)); got != want {
				t.Fatalf("EntityRefFromSummary = %+v, want %+v", got, want)
			}
		}
		for _, ev := range x.Events {
			want := graph.NodeRef{ID: ev.ID, Kind: graph.KindEvent, Type: ev.Type, Name: graph.EventName(ev, x.Entities)}
			if got := graph.EventRefFromSummary(ev.ID, of(graph.KindEvent, ev.ID)); got != want {
				t.Fatalf("EventRefFromSummary = %+v, want %+v", got, want)
			}
			// every summary row: not who claims it, nor its evidence
			wantEv := ev
			wantEv.Attributed, wantEv.Confidence, wantEv.Evidence, wantEv.Mentions = "", 0, graph.Evidence{}, nil
			if diff := gocmp.Diff(wantEv, graph.EventFromSummary(ev.ID, of(graph.KindEvent, ev.ID)), cmpopts.EquateEmpty()); diff != "" {
				t.Fatalf("EventFromSummary differs from the event written (-want +got):\n%s", diff)
			}
		}
		art := of(graph.KindArticle, x.Article.ID)
		want := graph.Article{ID: x.Article.ID, Published: x.Article.Published, Title: x.Article.Title}
		if got := graph.ArticleOrderFromSummary(x.Article.ID, art); got != want {
			t.Fatalf("ArticleOrderFromSummary = %+v, want %+v", got, want)
		}
		wantPub := x.Article.PublisherID
		if x.Article.Publisher == "" {
			wantPub = ""
		} else if wantPub == "" {
			wantPub = graph.EntityID(graph.EntityKey{Type: graph.Organization, Name: x.Article.Publisher})
		}
		if got := graph.ArticlePublisherFromSummary(art); got != wantPub {
			t.Fatalf("ArticlePublisherFromSummary = %q, want %q", got, wantPub)
		}
	})
}

// TestEvidenceLinkOneRow: every row that links a fact to its evidence
// node uses the one predicate a store looks evidence up by, and the
// publisher's and anchors' predicates are those of their rows.
func TestEvidenceLinkOneRow(t *testing.T) {
	link := graph.EvidenceLinkPredicate()
	if link == "" {
		t.Fatal("no row links a statement to its evidence")
	}
	n, more := 0, 0
	for _, p := range graph.Schema {
		if p.Datatype == graph.NodeValue && p.Object == graph.KindEvidence && p.Many {
			// an event's other sentences (Event.Mentions)
			more++
			if p.Predicate != graph.StatedInPredicate() || p.Subject != graph.KindEvent {
				t.Errorf("the %s row of %s links more evidence by %s, not %s", p.Field, p.Subject, p.Predicate, graph.StatedInPredicate())
			}
		} else if p.Datatype == graph.NodeValue && p.Object == graph.KindEvidence {
			n++
			if p.Predicate != link {
				t.Errorf("the %s row of %s links its evidence by %s, not %s", p.Field, p.Subject, p.Predicate, link)
			}
		}
		if strings.Contains(p.Field, "Article.PublisherID") && p.Predicate != graph.PublisherPredicate() {
			t.Errorf("PublisherPredicate is %s; the row of %s has %s", graph.PublisherPredicate(), p.Field, p.Predicate)
		}
		if p.Anchor && (p.Datatype != graph.NodeValue || p.Many) {
			t.Errorf("the anchor row %s of %s holds no single node", p.Field, p.Subject)
		}
		if p.Anchor != graph.AnchorPredicates()[p.Predicate] {
			t.Errorf("AnchorPredicates disagrees with the row %s of %s", p.Field, p.Subject)
		}
	}
	if n != 3 || more != 1 { // a statement's, an event's and a quote's; an event's other sentences
		t.Errorf("%d rows link a fact to its evidence, want 3; %d link more of it, want 1", n, more)
	}
	classes := map[string]int{}
	for _, p := range graph.Schema {
		if p.Datatype == graph.ClassValue {
			classes[p.Subject]++
			if p.Predicate != graph.ClassPredicate(p.Subject) {
				t.Errorf("ClassPredicate(%s) is %q; its class row has %s", p.Subject, graph.ClassPredicate(p.Subject), p.Predicate)
			}
		}
	}
	for _, kind := range []string{graph.KindArticle, graph.KindEntity, graph.KindEvent} {
		if classes[kind] != 1 {
			t.Errorf("%d class rows for %s, want 1 (a store tells a typed node by it)", classes[kind], kind)
		}
	}
}

// TestNodeReaders: what a store reads of one node without reading the
// article (an event's actor codes, the article a fact node is in, a
// quote's speaker, an entity's names) is what was written, read by the
// rows that wrote it.
func TestNodeReaders(t *testing.T) {
	name, aliases := graph.NamePredicates()
	rapid.Check(t, func(t *rapid.T) {
		x := extraction(t)
		nodes := map[string]map[string][]quad.Value{}
		for _, q := range graph.Quads(x) {
			s := string(q.Subject.(quad.IRI))
			if nodes[s] == nil {
				nodes[s] = map[string][]quad.Value{}
			}
			p := string(q.Predicate.(quad.IRI))
			nodes[s][p] = append(nodes[s][p], q.Object)
		}
		of := func(kind, id string) map[string][]quad.Value { return nodes[graph.IRI(kind, id)] }
		texts := func(vs []quad.Value) []string {
			out := []string{}
			for _, v := range vs {
				out = append(out, graph.ValueText(v))
			}
			slices.Sort(out)
			return out
		}
		for _, e := range x.Entities {
			n := of(graph.KindEntity, e.ID)
			if got := texts(n[name]); !slices.Equal(got, []string{e.Name}) {
				t.Fatalf("entity %s: names by NamePredicates %q, want %q", e.ID, got, e.Name)
			}
			want := []string{}
			for _, a := range e.Aliases {
				if a != e.Name && !slices.Contains(want, a) {
					want = append(want, a)
				}
			}
			slices.Sort(want)
			if got := texts(n[aliases]); !slices.Equal(got, want) {
				t.Fatalf("entity %s: aliases by NamePredicates %q, want %q", e.ID, got, want)
			}
		}
		for _, ev := range x.Events {
			want := map[string][]string{}
			for _, p := range ev.Participants {
				if p.Code != "" && !slices.Contains(want[p.Entity], p.Code) {
					want[p.Entity] = append(want[p.Entity], p.Code)
					slices.Sort(want[p.Entity])
				}
			}
			n := of(graph.KindEvent, ev.ID)
			if diff := gocmp.Diff(want, graph.ActorCodesFromNode(n), cmpopts.EquateEmpty()); diff != "" {
				t.Fatalf("event %s: ActorCodesFromNode differs (-want +got):\n%s", ev.ID, diff)
			}
			if got := graph.ArticleOfNode(n); got != x.Article.ID {
				t.Fatalf("event %s: ArticleOfNode = %q, want %q", ev.ID, got, x.Article.ID)
			}
		}
		for _, q := range x.Quotes {
			n := of(graph.KindQuote, q.ID)
			if got := graph.ArticleOfNode(n); got != x.Article.ID {
				t.Fatalf("quote %s: ArticleOfNode = %q, want %q", q.ID, got, x.Article.ID)
			}
			want := []string{}
			if q.Speaker != "" {
				want = []string{q.Speaker}
			}
			if got := texts(n[graph.SpeakerPredicate()]); !slices.Equal(got, want) {
				t.Fatalf("quote %s: speaker by SpeakerPredicate %q, want %q", q.ID, got, want)
			}
		}
		for _, r := range x.Relations {
			n := of(graph.KindStatement, graph.StatementID(x.Article.ID, r.Subject, r.Predicate, r.Object))
			if got := graph.ArticleOfNode(n); got != x.Article.ID {
				t.Fatalf("statement of %+v: ArticleOfNode = %q, want %q", r, got, x.Article.ID)
			}
		}
	})
}

// TestInArticleOneRow: every fact node links to its article by the one
// predicate ArticleOfNode reads, and the one row a store keeps on a
// rewrite is the input's name.
func TestInArticleOneRow(t *testing.T) {
	kinds := map[string]bool{}
	var kept []string
	for _, p := range graph.Schema {
		if p.Datatype == graph.NodeValue && p.Object == graph.KindArticle {
			kinds[p.Subject] = true
			if got := graph.ArticleOfNode(map[string][]quad.Value{p.Predicate: {quad.IRI(graph.ArticleLabel("a1"))}}); got != "a1" {
				t.Errorf("the %s row of %s links its article by %s, which ArticleOfNode does not read", p.Field, p.Subject, p.Predicate)
			}
		}
		if p.KeptOnRewrite != graph.KeptOnRewrite(p.Predicate) {
			t.Errorf("KeptOnRewrite(%s) disagrees with the row %s of %s", p.Predicate, p.Field, p.Subject)
		}
		if p.KeptOnRewrite {
			kept = append(kept, p.Field)
		}
	}
	if want := []string{graph.KindEvent, graph.KindEvidence, graph.KindQuote, graph.KindStatement}; !slices.Equal(slices.Sorted(maps.Keys(kinds)), want) {
		t.Errorf("kinds linked to their article: %q, want %q", slices.Sorted(maps.Keys(kinds)), want)
	}
	if !slices.Equal(kept, []string{"Extraction.InputName"}) {
		t.Errorf("rows kept on a rewrite: %q, want only the input's name", kept)
	}
}

// TestStoreRowAccessors checks the accessors the stores read statements'
// parts, actor codes and places by: each names the row of its field.
func TestStoreRowAccessors(t *testing.T) {
	for pred, want := range map[string]graph.StatementPart{graph.PredSubject: graph.PartSubject, graph.PredObject: graph.PartObject, graph.PredPredicate: graph.PartPredicate, graph.PredConfidence: graph.NoPart} {
		if got := graph.StatementPartOf(pred); got != want {
			t.Errorf("StatementPartOf(%s) = %d, want %d", pred, got, want)
		}
	}
	if graph.ActorCodePredicate() != graph.PredActorCode || graph.LocationPredicate() != graph.PredLocation {
		t.Errorf("ActorCodePredicate() = %s, LocationPredicate() = %s", graph.ActorCodePredicate(), graph.LocationPredicate())
	}
}
