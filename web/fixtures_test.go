package web_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"actorgraph/graph"
	"actorgraph/graph/cayleystore"
	"actorgraph/web"
)

// article builds the extraction of a hand-written news story: an entity's
// mentions are found in the body by its name and aliases, and each fact
// points at the whole sentence it is read from.
type article struct {
	t testing.TB
	x graph.Extraction
}

func newArticle(t testing.TB, url, title, publisher, published, body string) *article {
	return &article{t: t, x: graph.Extraction{
		InputName: "fixture",
		Article:   graph.Article{ID: graph.ArticleID(url, body), Title: title, Publisher: publisher, Published: published, URL: url},
		Body:      body,
	}}
}

var labels = map[graph.EntityType]string{
	graph.Person: graph.LabelPER, graph.Organization: graph.LabelORG,
	graph.Country: graph.LabelLOC, graph.City: graph.LabelLOC, graph.Region: graph.LabelLOC, graph.Place: graph.LabelLOC,
}

// entity adds an entity with a mention at every place one of its names
// occurs that an earlier, longer name has not taken.
func (a *article) entity(typ graph.EntityType, name, country, qid string, aliases ...string) string {
	a.t.Helper()
	id := graph.EntityID(graph.EntityKey{Type: typ, Name: name, Country: country, Wikidata: qid})
	e := graph.Entity{ID: id, Type: typ, Name: name, Aliases: append([]string{name}, aliases...), Country: country, Wikidata: qid}
	taken := func(start, end int) bool {
		for _, m := range e.Mentions {
			if start < m.End && m.Start < end {
				return true
			}
		}
		return false
	}
	for _, form := range e.Aliases {
		for off := 0; ; {
			i := strings.Index(a.x.Body[off:], form)
			if i < 0 {
				break
			}
			start, end := off+i, off+i+len(form)
			if !taken(start, end) && wordAt(a.x.Body, start, end) {
				e.Mentions = append(e.Mentions, graph.Mention{Start: start, End: end, Text: form, Label: labels[typ]})
			}
			off = end
		}
	}
	if len(e.Mentions) == 0 {
		a.t.Fatalf("fixture: %q does not occur in the body of %q", name, a.x.Article.Title)
	}
	a.x.Entities = append(a.x.Entities, e)
	return id
}

// wordAt reports whether body[start:end] is a whole word or words, so that
// "Russia" is not found inside "Russian".
func wordAt(body string, start, end int) bool {
	letter := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	before, _ := utf8.DecodeLastRuneInString(body[:start])
	after, _ := utf8.DecodeRuneInString(body[end:])
	return !(start > 0 && letter(before)) && !(end < len(body) && letter(after))
}

func (a *article) evidence(sentence string) graph.Evidence {
	a.t.Helper()
	i := strings.Index(a.x.Body, sentence)
	if i < 0 {
		a.t.Fatalf("fixture: sentence %q is not in the body of %q", sentence, a.x.Article.Title)
	}
	return graph.Evidence{Start: i, End: i + len(sentence), Text: sentence}
}

func (a *article) relate(subject, predicate, object, role string, confidence float64, sentence string) {
	a.t.Helper()
	a.x.Relations = append(a.x.Relations, graph.Relation{Subject: subject, Predicate: predicate, Object: object,
		Role: role, Confidence: confidence, Evidence: a.evidence(sentence)})
}

func (a *article) event(typ, date, location string, confidence float64, sentence string, ps ...graph.Participant) string {
	a.t.Helper()
	kind, ok := graph.EventKindOf(typ)
	if !ok {
		a.t.Fatalf("fixture: unknown event type %q", typ)
	}
	ids := make([]string, len(ps))
	for i, p := range ps {
		ids[i] = p.Entity
	}
	id := graph.EventID(typ, date, location, ids)
	a.x.Events = append(a.x.Events, graph.Event{ID: id, Type: typ, CAMEO: kind.CAMEO, Goldstein: kind.Goldstein,
		Date: date, Location: location, Status: "happened", Participants: ps, Confidence: confidence, Evidence: a.evidence(sentence)})
	return id
}

func actor(id string) graph.Participant { return graph.Participant{Entity: id, Role: graph.RoleActor} }
func target(id string) graph.Participant {
	return graph.Participant{Entity: id, Role: graph.RoleTarget}
}
func with(id string) graph.Participant {
	return graph.Participant{Entity: id, Role: graph.RoleParticipant}
}

// Sentences of the two fixture stories, written for these tests.
const (
	summitLede   = "Russian President Vladimir Putin and North Korean leader Kim Jong-un held their first summit on Thursday on Russky Island off Vladivostok, Russia."
	summitQuote  = "Putin said after the talks that Moscow backed security guarantees for Pyongyang in exchange for steps toward giving up nuclear weapons."
	summitTrain  = "Kim travelled to the Pacific port city by armoured train."
	summitUN     = "The Kremlin said the two leaders discussed North Korean workers in Russia, whom a United Nations Security Council resolution requires to return home by the end of the year."
	forumLede    = "Chinese President Xi Jinping welcomed Russian President Vladimir Putin to Beijing, China, on Friday for a forum on the Belt and Road Initiative."
	forumTrade   = "China is Russia's largest trading partner, and the two governments signed agreements on energy and transport."
	forumBriefed = "Putin briefed Xi on his meeting with Kim Jong-un a day earlier."
)

// Fixture entity ids, minted the way the extractor mints them.
var (
	putinID  = graph.EntityID(graph.EntityKey{Type: graph.Person, Name: "Vladimir Putin", Wikidata: "Q7747"})
	russiaID = graph.EntityID(graph.EntityKey{Type: graph.Country, Name: "Russia", Country: "RUS", Wikidata: "Q159"})
	chinaID  = graph.EntityID(graph.EntityKey{Type: graph.Country, Name: "China", Country: "CHN", Wikidata: "Q148"})
)

// newsFixtures are two agency stories of April 2019 about the same actors,
// so that some facts have two sources.
func newsFixtures(t testing.TB) []graph.Extraction {
	a := newArticle(t, "https://www.reuters.com/article/fixture-putin-kim-summit", "Putin and Kim hold first summit in Vladivostok",
		"Reuters", "2019-04-25",
		"VLADIVOSTOK (Reuters) - "+summitLede+"\n\n"+summitQuote+" "+summitTrain+"\n\n"+summitUN+"\n")
	putin := a.entity(graph.Person, "Vladimir Putin", "", "Q7747", "Putin")
	russia := a.entity(graph.Country, "Russia", "RUS", "Q159", "Moscow")
	kim := a.entity(graph.Person, "Kim Jong-un", "", "Q56226", "Kim")
	nk := a.entity(graph.Country, "North Korea", "PRK", "Q423", "Pyongyang")
	vlad := a.entity(graph.City, "Vladivostok", "RUS", "Q959", "VLADIVOSTOK")
	russky := a.entity(graph.Place, "Russky Island", "RUS", "Q1194016")
	kremlin := a.entity(graph.Organization, "Kremlin", "RUS", "")
	unsc := a.entity(graph.Organization, "United Nations Security Council", "", "Q37470")
	a.relate(putin, graph.RelLeaderOf, russia, "President", 0.92, summitLede)
	a.relate(kim, graph.RelLeaderOf, nk, "leader", 0.9, summitLede)
	a.relate(vlad, graph.RelLocatedIn, russia, "", 0.81, summitLede)
	a.relate(russky, graph.RelLocatedIn, vlad, "", 0.64, summitLede)
	a.relate(kremlin, graph.RelBasedIn, russia, "", 0.58, summitUN)
	a.event("summit", "2019-04-25", vlad, 0.88, summitLede, actor(putin), with(kim))
	a.x.Events[len(a.x.Events)-1].Mentions = []graph.Evidence{a.evidence(summitUN)} // the two leaders' discussions at it
	a.event("visit", "2019-04-25", vlad, 0.7, summitTrain, actor(kim), target(russia))
	a.event("resolution", "", "", 0.66, summitUN, actor(unsc), target(nk))
	ev := a.evidence(summitQuote)
	a.x.Quotes = append(a.x.Quotes, graph.Quote{ID: graph.QuoteID(a.x.Article.ID, ev.Start, ev.End), Speaker: putin,
		Text: strings.TrimPrefix(strings.TrimSuffix(summitQuote, "."), "Putin said after the talks that "), Date: "2019-04-25",
		About: []string{nk}, Evidence: ev})

	b := newArticle(t, "https://apnews.com/article/fixture-xi-putin-beijing-forum", "Xi welcomes Putin to Beijing forum",
		"Associated Press", "2019-04-26",
		"BEIJING (AP) - "+forumLede+"\n\n"+forumTrade+"\n\n"+forumBriefed+"\n")
	xi := b.entity(graph.Person, "Xi Jinping", "", "Q15031", "Xi")
	putin = b.entity(graph.Person, "Vladimir Putin", "", "Q7747", "Putin")
	china := b.entity(graph.Country, "China", "CHN", "Q148")
	russia = b.entity(graph.Country, "Russia", "RUS", "Q159")
	beijing := b.entity(graph.City, "Beijing", "CHN", "Q956", "BEIJING")
	kim = b.entity(graph.Person, "Kim Jong-un", "", "Q56226")
	b.relate(xi, graph.RelLeaderOf, china, "President", 0.93, forumLede)
	b.relate(putin, graph.RelLeaderOf, russia, "President", 0.9, forumLede)
	b.relate(beijing, graph.RelCapitalOf, china, "", 0.77, forumLede)
	b.relate(china, graph.RelTradingPartnerOf, russia, "", 0.86, forumTrade)
	b.event("hostVisit", "2019-04-26", beijing, 0.84, forumLede, actor(xi), target(putin))
	b.event("agreement", "2019-04-26", beijing, 0.79, forumTrade, actor(china), with(russia))
	b.event("meeting", "2019-04-25", "", 0.6, forumBriefed, actor(putin), with(kim))
	return []graph.Extraction{a.x, b.x}
}

// openStore opens a real store ("memory", or "disk" for leveldb in a temp
// directory) holding the fixtures.
func openStore(t testing.TB, backend string) *cayleystore.Store {
	t.Helper()
	url := "memory"
	if backend == "disk" {
		url = t.TempDir()
	}
	ctx := context.Background()
	s, err := cayleystore.Open(ctx, url, nil)
	if err != nil {
		t.Fatalf("open %s store: %v", backend, err)
	}
	t.Cleanup(func() { s.Close() })
	for _, x := range newsFixtures(t) {
		if _, err := s.Write(ctx, x); err != nil {
			t.Fatalf("write fixture %q: %v", x.Article.Title, err)
		}
	}
	return s
}

// newHandler serves a real store of the given backend holding the fixtures.
func newHandler(t testing.TB, backend string, cfg web.Config) (http.Handler, *cayleystore.Store) {
	t.Helper()
	s := openStore(t, backend)
	cfg.Store = s
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return web.New(cfg), s
}
