package relate

import (
	"encoding/json"
	"testing"

	"actorgraph/graph"
	"actorgraph/ingest/text"
)

// seedEntities are the entities of the reference article, built by hand
// the way the resolver links them: capitals standing for governments are
// mentions of their countries, demonyms are MISC mentions.
func seedEntities(t testing.TB, body string) []graph.Entity {
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

func TestSeedDump(t *testing.T) {
	body := seedArticle(t)
	ents := seedEntities(t, body)
	r := newRelater(t)
	res := r.Relate(body, "2019-04-24", text.Sentences(body), ents)
	names := map[string]string{}
	for _, e := range append(ents, res.Entities...) {
		names[e.ID] = e.Name
	}
	for _, rel := range res.Relations {
		t.Logf("REL %s %s %s role=%q from=%s conf=%.2f attr=%s", names[rel.Subject], rel.Predicate, names[rel.Object], rel.Role, rel.ValidFrom, rel.Confidence, names[rel.Attributed])
	}
	for _, ev := range res.Events {
		ps := ""
		for _, p := range ev.Participants {
			ps += names[p.Entity] + "/" + p.Role + " "
		}
		t.Logf("EV %s date=%s loc=%s status=%s conf=%.2f attr=%s parts=%s", ev.Type, ev.Date, names[ev.Location], ev.Status, ev.Confidence, names[ev.Attributed], ps)
	}
	for _, q := range res.Quotes {
		about := ""
		for _, a := range q.About {
			about += names[a] + ","
		}
		b, _ := json.Marshal(q.Text)
		t.Logf("Q speaker=%s src=%q date=%s direct=%v about=%s text=%.80s", names[q.Speaker], q.Source, q.Date, q.Direct, about, b)
	}
}
