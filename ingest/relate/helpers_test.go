package relate

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"actorgraph/graph"
	"actorgraph/ingest/gazetteer"
	"actorgraph/ingest/shared"
)

// hand builds entities for a body by hand, the way the resolver would:
// each entity with every occurrence of its surfaces as a mention.
type hand struct {
	t    testing.TB
	g    *gazetteer.Gazetteer
	body string
	ents []graph.Entity
}

func newHand(t testing.TB, body string) *hand {
	t.Helper()
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatalf("gazetteer.Load: %v", err)
	}
	return &hand{t: t, g: g, body: body}
}

// known adds the gazetteer's entry named name (of type typ), mentioned as
// the surfaces with the given CoNLL label; a surface "=MISC:Russian" is
// given its own label.
func (h *hand) known(typ graph.EntityType, name string, surfaces ...string) *hand {
	h.t.Helper()
	for _, e := range h.g.Lookup(name) {
		if e.Type == typ {
			h.add(graph.Entity{ID: e.ID(), Type: typ, Name: e.Name, Country: e.Country, Wikidata: e.Wikidata}, surfaces)
			return h
		}
	}
	h.t.Fatalf("gazetteer has no %s named %q", typ, name)
	return h
}

// unknown adds an entity the gazetteer does not hold.
func (h *hand) unknown(typ graph.EntityType, name, country string, surfaces ...string) *hand {
	h.add(graph.Entity{ID: graph.EntityID(graph.EntityKey{Type: typ, Name: name, Country: country}), Type: typ, Name: name, Country: country}, surfaces)
	return h
}

func (h *hand) add(e graph.Entity, surfaces []string) {
	h.t.Helper()
	label := map[graph.EntityType]string{graph.Person: graph.LabelPER, graph.Organization: graph.LabelORG}[e.Type]
	if label == "" {
		label = graph.LabelLOC
	}
	taken := map[int]bool{}
	for _, en := range h.ents {
		for _, m := range en.Mentions {
			for i := m.Start; i < m.End; i++ {
				taken[i] = true
			}
		}
	}
	for _, s := range surfaces {
		l := label
		if strings.HasPrefix(s, "=MISC:") {
			s, l = strings.TrimPrefix(s, "=MISC:"), graph.LabelMISC
		}
		// "Moscow@3,5": only the third and fifth occurrences
		var only map[int]bool
		if at := strings.LastIndex(s, "@"); at > 0 {
			only = map[int]bool{}
			for _, n := range strings.Split(s[at+1:], ",") {
				k, err := strconv.Atoi(n)
				if err != nil {
					h.t.Fatalf("bad occurrence list in %q", s)
				}
				only[k] = true
			}
			s = s[:at]
		}
		found := false
		nth := 0
		for off := 0; ; {
			i := strings.Index(h.body[off:], s)
			if i < 0 {
				break
			}
			start, end := off+i, off+i+len(s)
			off = end
			if !wordEdge(h.body, start, end) {
				continue
			}
			nth++
			if taken[start] || only != nil && !only[nth] {
				continue
			}
			for j := start; j < end; j++ {
				taken[j] = true
			}
			e.Mentions = append(e.Mentions, graph.Mention{Start: start, End: end, Text: s, Label: l})
			found = true
		}
		if !found {
			h.t.Fatalf("surface %q of %s is not in the body", s, e.Name)
		}
	}
	e.Aliases = []string{e.Name}
	h.ents = append(h.ents, e)
}

func wordEdge(body string, start, end int) bool {
	isWord := func(b byte) bool {
		return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
	}
	return (start == 0 || !isWord(body[start-1])) && (end == len(body) || !isWord(body[end]))
}

// referenceArticle reads the reference article from the shared folder
// beside the checkout, or skips the test.
func referenceArticle(t testing.TB) string {
	t.Helper()
	return string(shared.Read(t, shared.ReferenceArticle()))
}

func newRelater(t testing.TB) *Relater {
	t.Helper()
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatalf("gazetteer.Load: %v", err)
	}
	return New(g)
}

// officeLines are the office, membership and affiliation relations of an
// extraction, one "subject predicate object [role] from–until" each,
// joined by "; ".
func officeLines(h *hand, res Result) string {
	n := names(h.ents)
	var got []string
	for _, r := range res.Relations {
		switch r.Predicate {
		case graph.RelLeaderOf, graph.RelOfficialOf, graph.RelMemberOf, graph.RelAffiliatedWith:
			got = append(got, fmt.Sprintf("%s %s %s [%s] %s–%s", n[r.Subject], r.Predicate, n[r.Object], r.Role, r.ValidFrom, r.ValidUntil))
		}
	}
	return strings.Join(got, "; ")
}
