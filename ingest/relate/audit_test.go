package relate

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"actorgraph/graph"
	"actorgraph/ingest/reader"
)

// unknownAll adds entities of one type the gazetteer does not hold, each
// named by its one surface.
func unknownAll(h *hand, typ graph.EntityType, names ...string) {
	for _, n := range names {
		h.unknown(typ, n, "", n)
	}
}

// hard drops the statement events every quote adds, for tests of the
// other event rules.
func hard(evs []graph.Event) []graph.Event {
	var out []graph.Event
	for _, e := range evs {
		if e.Type != "statement" {
			out = append(out, e)
		}
	}
	return out
}

// auditGolden is what an audit golden file holds: the entities as well as
// the facts, since the audit checks the resolver too.
type auditGolden struct {
	Entities    []string          `json:"entities"`
	Relations   []string          `json:"relations"`
	Events      []string          `json:"events"`
	Quotes      []string          `json:"quotes"`
	KnownErrors map[string]string `json:"knownErrors,omitempty"` // see golden
}

// TestAuditArticlesGolden runs the audit articles in testdata/audit (our
// own, written to vary region, event kind and style) through the real
// stages. Each golden file was reviewed by eye; what it still gets wrong is
// listed in the README.
func TestAuditArticlesGolden(t *testing.T) {
	st := realStages(t)
	files, err := filepath.Glob(filepath.Join("testdata", "audit", "*.txt"))
	if err != nil || len(files) < 10 {
		t.Fatalf("want the ten audit articles in testdata/audit, got %d: %v", len(files), err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			docs, err := reader.Parse(f, data, "text/plain")
			if err != nil || len(docs) != 1 {
				t.Fatalf("reader.Parse(%s) = %d documents, %v; want 1", f, len(docs), err)
			}
			x, res := st.run(t, docs[0].Body, docs[0].Published)
			n := names(x.Entities)
			var ents []string
			for _, e := range x.Entities {
				ents = append(ents, string(e.Type)+" "+e.Name)
			}
			sort.Strings(ents)
			got := auditGolden{
				Entities:  ents,
				Relations: relationLines(res.Relations, n),
				Events:    eventLines(res.Events, n),
				Quotes:    quoteLines(res.Quotes, n),
			}
			file := filepath.Join("testdata", "audit", "golden", strings.TrimSuffix(filepath.Base(f), ".txt")+".json")
			got.KnownErrors = knownErrorsFrom(file, got.Entities, got.Relations, got.Events, got.Quotes)
			checkGolden(t, file, got)
			logKnown(t, file, got.KnownErrors, nil)
		})
	}
}

// TestStatementEvents checks the statement event (CAMEO 010) each quote or
// claim with a speaker adds: the speaker acts, the party the claim opens
// with is the target, and a claim about one's own office or country has
// none.
func TestStatementEvents(t *testing.T) {
	tests := []struct {
		name  string
		body  string
		build func(h *hand)
		want  []string
	}{
		{
			name: "a date after 'since' or 'until' is a span the claim tells of, no day of saying ('Since July, Halvard Corp said it has bought shares', 'Brask Corp, whose stock has traded since November 1984, said')",
			body: "Since July, Halvard Corp said it has bought shares. Brask Corp, whose stock has traded since November 1984, said it will move.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Corp")
			},
			want: []string{"statement  @ happened: Brask Corp/actor", "statement  @ happened: Halvard Corp/actor"},
		},
		{
			name: "a date right after the verb of saying that is the claim's subject ('said February fell within the tax season', 'said 1987 would be the fifth year of growth') dates no saying; 'said Tuesday the plan failed' does",
			body: "Halvard Corp said February fell within the tax season. Brask Corp said Tuesday the plan failed.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Corp")
			},
			want: []string{"statement  @ happened: Halvard Corp/actor", "statement 2023-12-05 @ happened: Brask Corp/actor"},
		},
		{
			name: "claim about another party",
			body: "Guyanese President Irfaan Ali said Venezuela would face consequences.",
			build: func(h *hand) {
				h.known(graph.Country, "Guyana", "=MISC:Guyanese").known(graph.Person, "Irfaan Ali", "Irfaan Ali").
					known(graph.Country, "Venezuela", "Venezuela")
			},
			want: []string{"statement  @ happened: Irfaan Ali/actor, Venezuela/target"},
		},
		{
			name: "claim about one's own country has no target",
			body: "Guyanese President Irfaan Ali said Guyana would defend itself.",
			build: func(h *hand) {
				h.known(graph.Country, "Guyana", "=MISC:Guyanese", "Guyana").known(graph.Person, "Irfaan Ali", "Irfaan Ali")
			},
			want: []string{"statement  @ happened: Irfaan Ali/actor"},
		},
		{
			name: "anonymous source makes no statement event",
			body: "Officials in the region said the border was calm.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Nobody Named", "", "Nobody Named")
			},
			want: nil,
		},
		{
			name: "direct quotes of one speaker are one statement",
			body: "“We are ready,” said Jane Roe. “We have waited long enough.”",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jane Roe", "", "Jane Roe")
			},
			want: []string{"statement  @ happened: Jane Roe/actor"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := tt.body
			if tt.name == "anonymous source makes no statement event" {
				body += " Nobody Named was away."
			}
			h := newHand(t, body)
			tt.build(h)
			res := relate(t, h, "2023-12-06")
			var got []string
			for _, l := range eventLines(res.Events, names(h.ents)) {
				if strings.HasPrefix(l, "statement") {
					got = append(got, l)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("statements mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAuditEventRules checks the event rules the audit added or fixed, one
// sentence each.
func TestAuditEventRules(t *testing.T) {
	tests := []struct {
		name, body, published string
		build                 func(h *hand)
		want                  []string
	}{
		{
			name:      "a bare plural of a body's people opening a clause ('After 36 hours of talks, ministers agreed') is the body named of them before ('Vesk Union farm ministers met'), as 'the ministers' is",
			published: "1987-03-12",
			body:      "Vesk Union farm ministers met in Brekka on Monday. After 36 hours of negotiations, ministers agreed detailed rules for the suspension.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Union")
				unknownAll(h, graph.City, "Brekka")
			},
			want: []string{"agreement  @ happened: Vesk Union/participant", "meeting 1987-03-09 @Brekka happened: Vesk Union/participant"},
		},
		{
			name:      "a protest 'at' a body or state is aimed at it ('dumped lemons in protest at Vesk Union duties', 'the strike at Halvard Corp's plant'); not at a demonym's thing ('a strike at Norlandic mines')",
			published: "1987-03-12",
			body:      "Citrus growers dumped lemons in protest at Vesk Union duties. Workers went on strike at Halvard Corp's plant. Miners went on strike at Norlandic mines.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Union", "Halvard Corp")
				h.unknown(graph.Country, "Norland", "", "=MISC:Norlandic")
			},
			want: []string{"protest  @ happened: Halvard Corp/target", "protest  @ happened: Vesk Union/target"},
		},
		{
			name:      "talks or a meeting in a phrase of 'in', 'at' or 'during' after a clause's verb, naming no party of their own, are the clause subject's ('Vesk and its creditors failed to make progress in the debt talks', 'Norland raised the issue at the meeting'); not a copula's topic ('Brask had not been an issue in the talks'), a gerund ('difficulties in meeting export commitments') or an owners' meeting ('will retire at the annual meeting') a part only sought ('is seeking a deeper role in the stalled talks') or a body's own board ('at a meeting of its executive board')",
			published: "1987-03-12",
			body:      "Vesk and its creditors failed to make progress in the debt talks. Norland raised the issue at the meeting. Brask had not been an issue in the talks. Halvard Corp will have difficulties in meeting export commitments. Jon Vik will retire at the annual meeting. Ostland is seeking a deeper role in the stalled talks. The Halvard Corp decided at a meeting of its executive board to expand.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Vesk", "Norland", "Brask", "Ostland")
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{
				"meeting  @ happened: Norland/participant",
				"talks  @ failed: Vesk/participant",
			},
		},
		{
			name:      "a verb of opening, ending, attending or chairing makes the talks or meeting its object names its subject's ('Vesk ministers ended a meeting in Brekka', 'Norland resumed talks', 'Jon Vik chaired the meeting'); 'will not attend a meeting' is none, and 'ended the strike' makes no striker",
			published: "1987-03-12",
			body:      "Vesk ministers ended a meeting in Brekka on Monday. Norland resumed talks with its creditors on Tuesday. Jon Vik chaired the meeting. Brask will not attend a meeting of producers. The Halvard Corp ended the strike.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Vesk", "Norland", "Brask")
				unknownAll(h, graph.City, "Brekka")
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{
				"meeting  @ happened: Jon Vik/participant",
				"meeting 1987-03-09 @Brekka happened: Vesk/participant",
				"talks 1987-03-10 @ happened: Norland/participant",
			},
		},
		{
			name:      "talks or a meeting that open the sentence as a phrase set off by a comma are those of the clause after it: its subject's, and the party its verb acts on ('In talks last week, Vesk criticised Norland's policy', 'In a meeting, Jon Vik told Lena Dahl …'); a body's own meeting, a speech to one and a clause of its own give none",
			published: "1987-03-12",
			body:      "In high-level talks last week, Vesk criticised Norland's trade policy. In a 30-minute meeting, Jon Vik told Lena Dahl the bank would consider the request. At the company's annual meeting, Halvard Corp said profits rose. After the meeting broke up, Brask officials went home. In a speech to a meeting of bankers, Lena Dahl said rates would fall.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Vesk", "Norland", "Brask")
				unknownAll(h, graph.Person, "Jon Vik", "Lena Dahl")
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{
				"disapproval  @ happened: Vesk/actor, Norland/target",
				"meeting  @ happened: Jon Vik/participant, Lena Dahl/participant",
				"talks 1987-03 @ happened: Vesk/participant, Norland/participant",
			},
		},
		{
			name:      "a verb after a modal and a phrase of time is the modal's ('Jon Vik will this week visit Vesk and Norland': his planned visit, 'visit' read as a noun of 'this week' lost him)",
			published: "1987-03-12",
			body:      "Jon Vik will this week visit Vesk and Norland.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Country, "Vesk", "Norland")
			},
			want: []string{"visit 1987-03 @Vesk planned: Jon Vik/actor, Vesk/target, Norland/target"},
		},
		{
			name:      "'talks' after 'the' and a place's name as a verb's object heads that phrase: 'Vesk will resume the London talks with its banks' is Vesk's talks in London, still to come, not the city's",
			published: "1987-03-12",
			body:      "Vesk will resume the London talks with its banks.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Vesk")
				unknownAll(h, graph.City, "London")
			},
			want: []string{"talks  @London planned: Vesk/participant"},
		},
		{
			name:      "an act warned against ('Vesk warned Norland not to attack Brask') is no event, neither the hearer's nor the speaker's: the warning is",
			published: "1987-03-12",
			body:      "Vesk warned Norland not to attack Brask.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Vesk", "Norland", "Brask")
			},
			want: []string{"threat  @ happened: Vesk/actor, Norland/target"},
		},
		{
			name:      "a passive of force on a thing with its 'by' agent is the agent's attack ('Two tankers were hit by Vesk on Tuesday'); a passive deal's 'by' agents stay its parties before a participle ('an agreement was reached by Halvard Corp and Brask Inc providing for a venture')",
			published: "1987-03-12",
			body:      "Two tankers were hit by Vesk on Tuesday. Oslo Inc said an agreement was reached by Halvard Corp and Brask Inc providing for a joint venture.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Vesk")
				unknownAll(h, graph.Organization, "Oslo Inc", "Halvard Corp", "Brask Inc")
			},
			want: []string{"agreement  @ happened: Halvard Corp/participant, Brask Inc/participant per Oslo Inc", "militaryAction 1987-03-10 @ happened: Vesk/actor"},
		},
		{
			name:      "'had a meeting with', 'has had talks with', 'will have a meeting with' are the subject's meeting or talks with the other side, as 'held' is; the speaker before them takes no part ('Halvard Corp said Brask Inc has had talks with Vesk Inc'); 'did not have a meeting' is none",
			published: "1987-03-12",
			body:      "Jon Vik had a frank meeting with Ada Lund this morning. Halvard Corp said Brask Inc has had talks with Vesk Inc. Per Moe will have a meeting with Eva Dahl next week. Per Moe did not have a meeting with Ola Nes.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund", "Per Moe", "Eva Dahl", "Ola Nes")
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc", "Vesk Inc")
			},
			want: []string{"meeting 1987-03 @ planned: Per Moe/participant, Eva Dahl/participant", "meeting 1987-03-12 @ happened: Jon Vik/participant, Ada Lund/participant",
				"talks  @ happened: Brask Inc/participant, Vesk Inc/participant per Halvard Corp"},
		},
		{
			name:      "two verbs of a one-sided act in two sentences, one asking no one named and the other a named party, are two acts ('Brask called for new talks on debt. Brask also called on Norland to ease its terms')",
			published: "1987-03-12",
			body:      "Brask called for new talks on debt. Brask also called on Norland to ease its terms.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Brask", "Norland")
			},
			want: []string{"appeal  @ happened: Brask/actor", "appeal  @ happened: Brask/actor, Norland/target"},
		},
		{
			name:      "a plan that 'met opposition from' a party, 'met with' or 'was met with' it, is that party's rejection of the plan's author, also where the plan is the subject ('The Norland plan met strong opposition from Vesk and Brask'); 'Jon Vik met Eva Dahl' stays a meeting",
			published: "1987-03-12",
			body:      "The Norland plan met strong opposition from Vesk and Brask. Jon Vik's offer met with opposition from Ada Lund. Per Moe's bid was met with stiff resistance from Eva Dahl. Jon Vik met Eva Dahl on Tuesday.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund", "Per Moe", "Eva Dahl")
				unknownAll(h, graph.Country, "Norland", "Vesk", "Brask")
			},
			want: []string{"meeting 1987-03-10 @ happened: Jon Vik/participant, Eva Dahl/participant", "reject  @ happened: Ada Lund/actor, Jon Vik/target",
				"reject  @ happened: Eva Dahl/actor, Per Moe/target", "reject  @ happened: Vesk/actor, Brask/actor, Norland/target"},
		},
		{
			name:      "'launched' with no word of armed force after it is no attack, also where the dictionary's talks take over the clause ('The Vesk Council launched a round of trade talks in Norland'); 'launched raids on' is one",
			published: "1987-03-12",
			body:      "The Vesk Council launched a round of trade talks in Norland. Brask launched raids on Norland.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Council")
				unknownAll(h, graph.Country, "Norland", "Brask")
			},
			want: []string{"militaryAction  @ happened: Brask/actor, Norland/target", "talks  @ happened: Vesk Council/participant"},
		},
		{
			name:      "a body's bracketed acronym between its name and its people is passed over: 'Nordic Fishing Council (NFC) ministers met Jon Vik in Oslo' is the council's meeting, as without the acronym",
			published: "1987-03-12",
			body:      "Nordic Fishing Council (NFC) ministers met Jon Vik in Oslo. Vesk Trade Board (VTB) officials rejected the Norland plan.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.City, "Oslo")
				h.unknown(graph.Organization, "Nordic Fishing Council", "", "Nordic Fishing Council", "NFC")
				h.unknown(graph.Organization, "Vesk Trade Board", "", "Vesk Trade Board", "VTB")
				unknownAll(h, graph.Country, "Norland")
			},
			want: []string{"meeting  @Oslo happened: Nordic Fishing Council/participant, Jon Vik/participant", "reject  @ happened: Vesk Trade Board/actor, Norland/target"},
		},
		{
			name:      "a meeting in the present 'later today' is still to come ('Jon Vik and Ada Lund meet later today in Oslo'); 'later' before a past verb tells no future ('Per Moe later met Eva Dahl on Tuesday': the Tuesday before)",
			published: "1987-03-12",
			body:      "Jon Vik and Ada Lund meet later today in Oslo. Per Moe later met Eva Dahl on Tuesday.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund", "Per Moe", "Eva Dahl")
				unknownAll(h, graph.City, "Oslo")
			},
			want: []string{"meeting 1987-03-10 @ happened: Per Moe/participant, Eva Dahl/participant", "meeting 1987-03-12 @Oslo planned: Jon Vik/participant, Ada Lund/participant"},
		},
		{
			name:      "an appeal, demand or charge in a participle opening the sentence is the main clause subject's ('Calling on Norland to open its markets, Jon Vik said', 'Accusing Vesk of overfishing, Norland said'); 'Concerning X, Y said' is none",
			published: "1987-03-12",
			body:      "Calling on Norland to open its markets, Jon Vik said the deficit was too large. Accusing Vesk of overfishing, Norland said its boats would be seized. Concerning Vesk's stake, Ada Lund said the stake was strategic.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund")
				unknownAll(h, graph.Country, "Norland", "Vesk")
			},
			want: []string{"appeal  @ happened: Jon Vik/actor, Norland/target", "disapproval  @ happened: Norland/actor, Vesk/target"},
		},
		{
			name:      "refusing to speak refuses no one ('He refused to comment on the talks', 'refused to give details of', 'refused to answer questions'); refusing to give in to pressure is a refusal",
			published: "1987-03-12",
			body:      "Jon Vik met Norland's trade minister. He refused to comment on the talks. Vesk officials refused to give details of the plan. Norland refused to give in to pressure from Vesk.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Country, "Norland", "Vesk")
			},
			want: []string{"meeting  @ happened: Jon Vik/participant, Norland/participant", "reject  @ happened: Norland/actor"},
		},
		{
			name:      "a demand insisted on is made of the party after its 'from' ('Norland insisted on higher quotas from the Brask Fund', 'is insisting on new quotas from'), as one demanded is",
			published: "1987-03-12",
			body:      "Norland insisted on higher quotas from the Brask Fund. Vesk is insisting on new quotas from the Brask Fund.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk")
				unknownAll(h, graph.Organization, "Brask Fund")
			},
			want: []string{"demand  @ happened: Norland/actor, Brask Fund/target", "demand  @ happened: Vesk/actor, Brask Fund/target"},
		},
		{
			name:      "an agreement one failed to reach failed, no one refusing another ('Norland failed to reach an agreement with Vesk', 'failed to agree with'), also with one side named ('OPEC failed to reach an agreement in December'); it stays apart from a deal made in another sentence ('a protocol signed in 1985')",
			published: "1987-03-12",
			body:      "Norland and Vesk signed a protocol in 1985. Norland failed to reach an agreement with Vesk on wheat. Brask failed to agree with Vesk on prices. The Halvard Pact failed to reach an agreement in December.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk", "Brask")
				unknownAll(h, graph.Organization, "Halvard Pact")
			},
			want: []string{"agreement  @ failed: Brask/participant, Vesk/participant", "agreement  @ failed: Norland/participant, Vesk/participant", "agreement 1985 @ happened: Norland/participant, Vesk/participant", "agreement 1986-12 @ failed: Halvard Pact/participant"},
		},
		{
			name:      "'is in discussions with' is talks with both sides, as 'is in talks with' is ('Norland is in discussions with Vesk')",
			published: "1987-03-12",
			body:      "Norland is in discussions with Vesk.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk")
			},
			want: []string{"talks  @ happened: Vesk/participant, Norland/participant"},
		},
		{
			name:      "terms offered or outlined to a party are a proposal to it, whatever party it is ('Norland offered a new plan to the Brask Fund', 'offered loan options to Halden Bank', 'Vesk outlined its plan to the Brask Fund'); a loan offered stays aid, a plan outlined to no one no event",
			published: "1987-03-12",
			body:      "Norland offered a new plan to the Brask Fund. The Vardo Association offered specific loan options to Halden Bank. Vesk outlined its plan to the Brask Fund. Norland offered a loan to Vesk. Halvard outlined a plan to cut costs.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk")
				unknownAll(h, graph.Organization, "Brask Fund", "Vardo Association", "Halden Bank", "Halvard")
			},
			want: []string{"aid  @ happened: Norland/actor, Vesk/target", "proposal  @ happened: Norland/actor, Brask Fund/target", "proposal  @ happened: Vardo Association/actor, Halden Bank/target", "proposal  @ happened: Vesk/actor, Brask Fund/target"},
		},
		{
			name:      "goods or funds that go somewhere make no visit or meeting ('80 pct of Norland's exports went to Brask Pact countries', 'the money will go to Vesk')",
			published: "1987-03-12",
			body:      "He added that 80 pct of Norland's exports went to Brask Pact countries. The money will go to Vesk.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk")
				unknownAll(h, graph.Organization, "Brask Pact")
			},
			want: nil,
		},
		{
			name:      "an act only denied is no event ('Jon Vik denied that he had met Ada Lund', 'denied reports that Norland had asked the Brask Fund for a loan'); a denied attack is the denial (016), as 'denied attacking' is",
			published: "1987-03-12",
			body:      "Jon Vik denied that he had met Ada Lund in Vardo. Per Moe denied reports that Norland had asked the Brask Fund for a loan. Norland denied that it had attacked Vesk.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund", "Per Moe")
				unknownAll(h, graph.Country, "Norland", "Vesk")
				unknownAll(h, graph.Organization, "Brask Fund")
				unknownAll(h, graph.City, "Vardo")
			},
			want: []string{"comment  @ happened: Norland/actor, Vesk/target"},
		},
		{
			name:      "'pressed' as an adjective before a name presses no one ('Financially pressed Ecuador was pumping oil')",
			published: "1987-03-12",
			body:      "Financially pressed Ecuador was recently pumping oil.",
			build: func(h *hand) {
				h.known(graph.Country, "Ecuador", "Ecuador")
			},
			want: nil,
		},
		{
			name:      "'strongly pressed' with an object to act is an appeal ('Peru strongly pressed Ecuador to cut rates')",
			published: "1987-03-12",
			body:      "Peru strongly pressed Ecuador to cut rates.",
			build: func(h *hand) {
				h.known(graph.Country, "Ecuador", "Ecuador").known(graph.Country, "Peru", "Peru")
			},
			want: []string{"appeal  @ happened: Peru/actor, Ecuador/target"},
		},
		{
			name:      "a place opening the sentence before a verb of saying is where it was said, not where an act the claim tells of happens ('In Vardo, Jon Vik said Norland would lend 10 mln dlrs to Vesk'); a refusal said there is made there ('In Vardo, Norland said it would not recognise the pact')",
			published: "1987-03-12",
			body:      "In Vardo, President Jon Vik said Norland would lend 10 mln dlrs to Vesk. In Vardo, Norland said it would not recognise the Lund Pact.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Country, "Norland", "Vesk")
				unknownAll(h, graph.City, "Vardo")
				unknownAll(h, graph.Organization, "Lund Pact")
			},
			want: []string{"aid  @ planned: Norland/actor, Vesk/target per Jon Vik", "reject  @Vardo happened: Norland/actor, Lund Pact/target"},
		},
		{
			name:      "'negotiate <thing> with <party>' is talks, planned under 'will' (the intent to meet, 036), as 'negotiated with' is; no diplomatic cooperation",
			published: "1987-03-12",
			body:      "Norland will negotiate a new loan package with the Vesk Fund.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland")
				unknownAll(h, graph.Organization, "Vesk Fund")
			},
			want: []string{"talks  @ planned: Norland/participant, Vesk Fund/participant"},
		},
		{
			name:      "words of a meeting's kind between a body and its meeting keep the body in it ('the Vesk Pact annual meeting in June', 'the Vesk Pact quarterly session'), as an organ's noun does",
			published: "1987-03-12",
			body:      "A decision will be taken at the Vesk Pact annual meeting in June.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Pact")
			},
			want: []string{"meeting 1987-06 @ planned: Vesk Pact/participant"},
		},
		{
			name:      "the subject of 'obtained' or 'won' an agreement with a party is a party to it, as of 'reached' ('Halvard Corp has obtained an agreement with Brask Corp')",
			published: "1987-03-12",
			body:      "Halvard Corp has obtained an agreement with Brask Corp.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Corp")
			},
			want: []string{"agreement  @ happened: Brask Corp/participant, Halvard Corp/participant"},
		},
		{
			name:      "'fire' with people as its object dismisses them, no attack ('Jon Vik fired Ada Lund', 'fired Vesk aide Karl Brask', 'Halvard Corp fired 200 workers'); 'Norland fired missiles at Vesk' is one as before",
			published: "1987-03-12",
			body:      "Jon Vik fired Ada Lund last week. Norland fired Vesk aide Karl Brask. Halvard Corp fired 200 workers. Norland fired missiles at Vesk.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund", "Karl Brask")
				unknownAll(h, graph.Organization, "Halvard Corp")
				unknownAll(h, graph.Country, "Norland", "Vesk")
			},
			want: []string{"militaryAction  @Vesk happened: Norland/actor, Vesk/target"},
		},
		{
			name:      "'go on' is no going to meet anyone ('the Vesk player goes on sale in Vardo', 'talks went on in Lund'); 'went on strike' is a strike and 'went to Lund' a visit as before",
			published: "1987-03-12",
			body:      "The new Vesk player goes on sale in Vardo today. Halvard went on strike in Vardo. Jon Vik went to Lund.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Organization, "Vesk", "Halvard")
				unknownAll(h, graph.City, "Vardo", "Lund")
			},
			want: []string{"protest  @Vardo happened: Halvard/actor", "visit  @Lund happened: Jon Vik/actor"},
		},
		{
			name:      "an act only a party does after 'and', past a speaker's claim whose subject names no one, is the speaker's ('Jon Vik said the mark was too strong and urged Norland to cut rates'); one named in the claim does its own ('said Lund urged Norland')",
			published: "1987-03-12",
			body:      "Jon Vik said the mark was too strong and urged Norland to cut interest rates. Ada Lund said Lund urged Vesk to cut interest rates.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund")
				unknownAll(h, graph.Country, "Norland", "Lund", "Vesk")
			},
			want: []string{"appeal  @ happened: Jon Vik/actor, Norland/target", "appeal  @ happened: Lund/actor, Vesk/target per Ada Lund"},
		},
		{
			name:      "'he' and 'the government' stand in for both parties of a sentence that names none ('Norland's economy is weak, Jon Vik said. He called on the government to cut taxes': the one state named before)",
			published: "1987-03-12",
			body:      "Norland's economy is weak, association chairman Jon Vik said. He called on the government to review its tax policies.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Country, "Norland")
			},
			want: []string{"appeal  @ happened: Jon Vik/actor, Norland/target"},
		},
		{
			name:      "a date in what a verb of saying reports is no date of an event outside it: the meeting told ('Jon Vik told a meeting of the Vesk Council that exports rose in 1985'), a visit before the verb ('Ada Lund, during a visit to Vardo, told Reuters that in February output fell'); one inside the claim keeps it",
			published: "1987-03-12",
			body:      "Jon Vik told a meeting of the Vesk Council that exports rose in 1985. Ada Lund, during a visit to Vardo, told Reuters that in February output fell. Karl Brask said Norland held talks with Lund in January.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund", "Karl Brask")
				unknownAll(h, graph.Organization, "Vesk Council", "Reuters")
				unknownAll(h, graph.City, "Vardo")
				unknownAll(h, graph.Country, "Norland", "Lund")
			},
			want: []string{"meeting  @ happened: Vesk Council/participant, Jon Vik/participant", "talks 1987-01 @ happened: Norland/participant, Lund/participant per Karl Brask", "visit  @Vardo happened: Ada Lund/actor"},
		},
		{
			name:      "the 'from' object of a verb of asking is who is asked ('Norlandic farmers demanded higher prices from the Vesk Council', 'marched in Vardo to demand … from'); 'pressures from' a party presses, no one asked",
			published: "1987-03-12",
			body:      "Norlandic farmers demanded higher prices from the Vesk Council. The Lund Council may face conflicting pressures from Norlandic farmers.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "=MISC:Norlandic")
				unknownAll(h, graph.Organization, "Vesk Council", "Lund Council")
			},
			want: []string{"demand  @ happened: Norland/actor, Vesk Council/target"},
		},
		{
			name:      "a march is where it goes through ('marched through Vardo on Monday'); a participle right after a time that ends a clause without an object is that clause's subject's, the comma left out ('… on Monday burning effigies of Jon Vik': not Vardo's), as one after 'today' ('Jon Vik and Ada Lund are today meeting Karl Brask')",
			published: "1987-03-12",
			body:      "Thousands of Norlandic farmers marched through Vardo on Monday burning effigies of Agriculture Minister Jon Vik. Ada Lund and Sven Dahl are today meeting Karl Brask.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "=MISC:Norlandic")
				unknownAll(h, graph.City, "Vardo")
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund", "Sven Dahl", "Karl Brask")
			},
			want: []string{"meeting 1987-03-12 @ happened: Ada Lund/participant, Sven Dahl/participant, Karl Brask/participant", "protest 1987-03-09 @Vardo happened: Norland/actor, Jon Vik/target"},
		},
		{
			name:      "a protest 'at' a party is aimed at it ('blocked roads in protest at the Vesk Council', 'protested at Vesk Council duties'), as one 'against' it; 'at' a place is where",
			published: "1987-03-12",
			body:      "Norlandic farmers blocked roads on Monday in protest at the Vesk Council. Lundish farmers protested at Vesk Council duties in Vardo.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "=MISC:Norlandic")
				h.unknown(graph.Country, "Lund", "", "=MISC:Lundish")
				unknownAll(h, graph.Organization, "Vesk Council")
				unknownAll(h, graph.City, "Vardo")
			},
			want: []string{"protest  @Vardo happened: Lund/actor, Vesk Council/target", "protest 1987-03-09 @ happened: Norland/actor, Vesk Council/target"},
		},
		{
			name:      "two verbs of an appeal (demand, refusal, threat) in two sentences asking no one named are two acts: the second's day is not the first's ('Jon Vik called for lower interest rates. On Monday Jon Vik called for an end to the strike'); two on one day are one event (one id)",
			published: "1987-03-12",
			body:      "Jon Vik called for lower interest rates. On Monday Jon Vik called for an end to the strike. On Tuesday Ada Lund urged lower taxes. On Tuesday Ada Lund also urged a cut in spending.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund")
			},
			want: []string{"appeal  @ happened: Jon Vik/actor", "appeal 1987-03-09 @ happened: Jon Vik/actor", "appeal 1987-03-10 @ happened: Ada Lund/actor"},
		},
		{
			name:      "'the ministers' or 'the officials' acting are of the body a sentence just before named them of ('Norlandic foreign ministers met in Vardo. The ministers urged Vesk to cut tariffs'); none named so, no actor",
			published: "1987-03-12",
			body:      "Norlandic foreign ministers met in Vardo on Monday. The ministers urged Vesk to cut tariffs. The officials urged Lund to cut tariffs.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "=MISC:Norlandic")
				unknownAll(h, graph.Country, "Vesk", "Lund")
				unknownAll(h, graph.City, "Vardo")
			},
			want: []string{"appeal  @ happened: Lund/target", "appeal  @ happened: Norland/actor, Vesk/target", "meeting 1987-03-09 @Vardo happened: Norland/participant"},
		},
		{
			name:      "'the <title>' acting is the one the article titled so before ('Prime Minister Jon Vik spoke … The prime minister urged Norland to open its markets'); a verb of saying keeps its own reading",
			published: "1987-03-12",
			body:      "Prime Minister Jon Vik spoke in Vardo on Monday. The prime minister urged Norland to open its markets.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Country, "Norland")
				unknownAll(h, graph.City, "Vardo")
			},
			want: []string{"appeal  @ happened: Jon Vik/actor, Norland/target"},
		},
		{
			name:      "a question put to a speaker asks for no act: the event its topic names keeps its own status ('Asked to comment on Norland's agreement with Vesk today, Jon Vik said', happened, not demanded)",
			published: "1987-03-12",
			body:      "Asked to comment on Norland's agreement with Vesk today, Jon Vik said it was good news.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk")
				unknownAll(h, graph.Person, "Jon Vik")
			},
			want: []string{"agreement 1987-03-12 @ happened: Norland/participant, Vesk/participant"},
		},
		{
			name:      "a state's forces or soldiers, unnamed, use its force ('Norland said its forces crushed a new Veskian offensive', 'its soldiers shelled Veskian positions'), as its troops do; 'market forces hit the dollar' is no force",
			published: "1987-03-12",
			body:      "Norland said its forces crushed a new Veskian offensive near Vardo. Market forces hit the dollar.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland")
				h.unknown(graph.Country, "Vesk", "", "=MISC:Veskian")
				unknownAll(h, graph.City, "Vardo")
			},
			want: []string{"militaryAction  @Vardo happened: Norland/actor, Vesk/target"},
		},
		{
			name:      "an event's noun after 'speaking before', 'speaking on the eve of' or 'said prior to' is to come when the speaker spoke: planned ('Jon Vik, speaking before talks with Ada Lund, said', 'Jon Vik, speaking on the eve of a visit to Vesk, said'); 'met Lund before talks with Brask' and 'took place on the eve of the meeting' say nothing of it (known error: the meeting also takes Ostland, the other side of the talks after 'before')",
			published: "1987-03-12",
			body:      "Jon Vik, speaking before talks with Ada Lund, said the dollar was stable. Karl Brask, speaking on the eve of a visit to Vesk, said ties were good. Norland met Lund before talks with Ostland.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund", "Karl Brask")
				unknownAll(h, graph.Country, "Vesk", "Norland", "Lund", "Ostland")
			},
			want: []string{"meeting  @ happened: Norland/participant, Ostland/participant, Lund/participant", "talks  @ happened: Ostland/participant, Norland/participant", "talks  @ planned: Ada Lund/participant, Jon Vik/participant", "visit  @Vesk planned: Karl Brask/actor, Vesk/target"},
		},
		{
			name:      "a time between 'is expected' and its infinitive leaves the subject's act to come ('Norland is expected next week to ask Vesk for a loan', as 'is expected to ask'); an object before the infinitive is the one expected to act, no act of the subject ('Lund expected Ostland to ask Brask for aid')",
			published: "1987-03-12",
			body:      "Norland is expected next week to ask Vesk for a new loan. Lund expected Ostland to ask Brask for aid.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk", "Lund", "Ostland", "Brask")
			},
			want: []string{"appeal 1987-03 @ planned: Norland/actor, Vesk/target"},
		},
		{
			name:      "a named party's refusal is a rejection of what the infinitive's object names ('Norland's refusal to accept a Vesk program', 'the refusal by Lund to accept the Ostland plan'), not an intent to accept it; a refusal no one named makes is none ('The refusal to sign angered Brask')",
			published: "1987-03-12",
			body:      "Norland's refusal to accept a Vesk program reflects politics. The refusal by Lund to accept the Ostland plan was criticised. The refusal to sign angered Brask.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk", "Lund", "Ostland", "Brask")
			},
			want: []string{"reject  @ happened: Lund/actor, Ostland/target", "reject  @ happened: Norland/actor, Vesk/target"},
		},
		{
			name:      "the subject of 'pursue' talks or negotiations is in them, as of 'hold' ('Norland and Vesk are pursuing negotiations with creditor banks', 'Lund pursued talks with Ostland'); 'pursued a policy' is no event",
			published: "1987-03-12",
			body:      "Norland and Vesk are pursuing negotiations with creditor banks. Lund pursued talks with Ostland. Brask pursued a policy of austerity.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk", "Lund", "Ostland", "Brask")
			},
			want: []string{"talks  @ happened: Norland/participant, Vesk/participant", "talks  @ happened: Ostland/participant, Lund/participant"},
		},
		{
			name:      "attacks in the plural and a capture, named by their nouns with the sides around them, are force like one attack ('Norlandic air attacks on Veskian oil facilities', 'The capture of the Ostlandic air base by Lund on Sunday')",
			published: "1987-03-12",
			body:      "The reduction in Norlandic air attacks on Veskian export facilities allowed output to rise. The capture of the Ostlandic air base by Lund on Sunday surprised observers.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "=MISC:Norlandic")
				h.unknown(graph.Country, "Vesk", "", "=MISC:Veskian")
				h.unknown(graph.Country, "Ostland", "", "=MISC:Ostlandic")
				h.unknown(graph.Country, "Lund", "", "Lund")
			},
			want: []string{"militaryAction  @ happened: Norland/actor, Vesk/target", "militaryAction 1987-03-08 @ happened: Lund/actor, Ostland/target"},
		},
		{
			name:      "a date that opens the sentence before its subject and verb of saying dates the saying, not an act the speaker says will or would come ('In February, Halvard Corp said its board would meet Brask Inc'); an act done in the reported clause keeps it ('On Monday, Vesk said it had signed an accord with Lund')",
			published: "1987-03-12",
			body:      "In February, Halvard Corp said its board would meet Brask Inc. On Monday, Vesk said it had signed an accord with Lund.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc")
				unknownAll(h, graph.Country, "Vesk", "Lund")
			},
			want: []string{"agreement 1987-03-09 @ happened: Vesk/participant, Lund/participant", "meeting  @ planned: Halvard Corp/participant, Brask Inc/participant"},
		},
		{
			name:      "ending or concluding talks or a visit is no visit, cut in relations or threat of one ('Norland concluded its talks with Vesk on Monday', 'Lund will end its talks with Ostland on Friday'): the talks, read from the noun, are the event",
			published: "1987-03-12",
			body:      "Norland concluded its talks with Vesk on Monday. Lund will end its talks with Ostland on Friday.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk", "Lund", "Ostland")
			},
			want: []string{"talks 1987-03-09 @ happened: Vesk/participant, Norland/participant", "talks 1987-03-13 @ planned: Ostland/participant, Lund/participant"},
		},
		{
			name:      "clashing with a side over an issue, or rules that could clash with a law, is no force nor threat where the sentence names nothing armed ('Norland clashed with Vesk over rice', 'The new Norland rules could clash with Vesk trade law'); troops or police that clash stay force",
			published: "1987-03-12",
			body:      "Norland clashed with Vesk over rice. The new Norland rules could clash with Vesk trade law. Lund troops clashed with Ostland troops on Monday.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk", "Lund", "Ostland")
			},
			want: []string{"militaryAction 1987-03-09 @ happened: Lund/actor, Ostland/target"},
		},
		{
			name:      "sides that will agree to do a thing have an agreement still to come (planned, an intent's code), not one reached ('Norland and Vesk will agree to cut tariffs'); 'agreed to' stays reached",
			published: "1987-03-12",
			body:      "Norland and Vesk will agree to cut tariffs. Lund and Ostland agreed to cut tariffs.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk", "Lund", "Ostland")
			},
			want: []string{"agreement  @ happened: Lund/participant, Ostland/participant", "agreement  @ planned: Norland/participant, Vesk/participant"},
		},
		{
			name:      "proposals in the plural made to a named side are a proposal (036) like one proposal or offers ('Norland made several proposals to Vesk', 'Halvard Corp has made new proposals to Brask Inc to settle'); proposals no one is named to take none ('Lund's proposals to cut prices')",
			published: "1987-03-12",
			body:      "Norland made several proposals to Vesk on fishing rights. Halvard Corp has made new proposals to Brask Inc to settle the suit. Lund's proposals to cut prices were published on Monday.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk", "Lund")
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc")
			},
			want: []string{"proposal  @ happened: Halvard Corp/actor, Brask Inc/target", "proposal  @ happened: Norland/actor, Vesk/target"},
		},
		{
			name:      "a year right after 'due' or 'maturing' is when a security falls due, no date of an act ('will issue notes due 1995 and will sell its unit to Brask Inc'); a date of the act itself stays ('will sell its unit to Brask Inc in 1988')",
			published: "1987-03-12",
			body:      "Halvard Corp will issue 50 mln dlrs of notes due 1995 and will sell its unit to Brask Inc. Vesk Corp will sell its unit to Lund Inc in 1988.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc", "Vesk Corp", "Lund Inc")
			},
			want: []string{"agreement  @ planned: Halvard Corp/participant, Brask Inc/participant", "agreement 1988 @ planned: Vesk Corp/participant, Lund Inc/participant"},
		},
		{
			name:      "talks between two named sides that were suspended or broken off failed, whichever the sides' phrases ('Talks between Norland and Vesk were suspended on Friday', 'negotiations between Ostland and Brask Corp had been broken off'): the subject's head is the talks, not the first side",
			published: "1987-03-12",
			body:      "Talks between Norland and Vesk were suspended on Friday. He noted negotiations between Ostland and Brask Corp had been broken off.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk", "Ostland")
				unknownAll(h, graph.Organization, "Brask Corp")
			},
			want: []string{"talks  @ failed: Ostland/participant, Brask Corp/participant", "talks 1987-03-06 @ failed: Norland/participant, Vesk/participant"},
		},
		{
			name:      "interfering in another's affairs or plans is no aid to it ('Norland has interfered in the internal affairs of Vesk', 'Halvard Corp interfered with Brask Inc's plans'), whatever the dictionary files it under",
			published: "1987-03-12",
			body:      "Norland has interfered in the internal affairs of Vesk. Halvard Corp interfered with Brask Inc's plans.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk")
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc")
			},
			want: nil,
		},
		{
			name:      "money released or disbursed to a party is economic aid (071), not a release of persons ('released half of an 80 mln dlr loan to Vesk', 'disbursed 100 mln dlrs to Lund'); a bridging loan granted is aid ('granted Ostland a 500 mln dlr bridge'); persons released stay a release",
			published: "1987-03-12",
			body:      "The Halvard Bank has released half of an 80 mln dlr loan to Vesk. The Brask Fund disbursed 100 mln dlrs to Lund. Norland granted Ostland a 500 mln dlr bridge. Norland released two Vesk prisoners on Monday.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Vesk", "Lund", "Norland", "Ostland")
				unknownAll(h, graph.Organization, "Halvard Bank", "Brask Fund")
			},
			want: []string{"aid  @ happened: Brask Fund/actor, Lund/target", "aid  @ happened: Halvard Bank/actor, Vesk/target", "aid  @ happened: Norland/actor, Ostland/target", "yield 1987-03-09 @ happened: Norland/actor, Vesk/target"},
		},
		{
			name:      "'asked' set off after its subject asks nothing of anyone: the one asked answers (', asked his reaction to the Vesk offer, said', ', when asked her view of …, said'); a request after an apposition still is one ('The unit, Brask Co, asked Norland for a loan')",
			published: "1987-03-12",
			body:      "Jon Vik, asked his reaction to the Vesk offer, said it was welcome. Ada Lund, when asked her view of the Ostland plan, said it would fail. The unit, Brask Co, asked Norland for a loan.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund")
				unknownAll(h, graph.Country, "Vesk", "Ostland", "Norland")
				unknownAll(h, graph.Organization, "Brask Co")
			},
			want: []string{"appeal  @ happened: Brask Co/actor, Norland/target"},
		},
		{
			name:      "a date after a participle that follows a noun in a preposition's object dates that noun's thing, not the act ('to live up to a pledge made last year', 'to honour a promise given in January'); a text the act was made in keeps its date ('in a report adopted yesterday')",
			published: "1987-03-12",
			body:      "Norland pressed Vesk to live up to a pledge made last year. Ostland urged Lund to honour a promise given in January. In a report adopted yesterday, Halvard urged Brask to cut its tariffs.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk", "Ostland", "Lund", "Brask")
				unknownAll(h, graph.Organization, "Halvard")
			},
			want: []string{"appeal  @ happened: Norland/actor, Vesk/target", "appeal  @ happened: Ostland/actor, Lund/target", "appeal 1987-03-11 @ happened: Halvard/actor, Brask/target"},
		},
		{
			name:      "a claim of an unnamed source that a named party should, must or needs to act appeals to or demands of that party, with no actor ('Bankers said Norland should open its markets', 'Vesk must cut its tariffs, officials said'); not what is expected to come about ('should have no difficulty') nor a quotation",
			published: "1987-03-12",
			body:      "Bankers said Norland should open its markets. Vesk must cut its tariffs, officials said. Economists said Ostland should have no difficulty meeting the target. \"Lund should act now,\" one banker said.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk", "Ostland", "Lund")
			},
			want: []string{"appeal  @ happened: Norland/target", "demand  @ happened: Vesk/target"},
		},
		{
			name:      "a reason or circumstance after an event's noun names no side of it ('cautious during the talks because of Norland's trade surplus', 'a hard line in the negotiations despite Vesk's policies'); a side after 'with' still is one",
			published: "1987-03-12",
			body:      "Dealers were cautious during the talks because of Norland's trade surplus. Banks took a hard line in the negotiations despite Vesk's policies. Ostland held talks with Lund on Tuesday.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk", "Ostland", "Lund")
			},
			want: []string{"talks 1987-03-10 @ happened: Ostland/participant, Lund/participant"},
		},
		{
			name:      "a thing a party will not or does not accept is refused (120), the party it comes from targeted ('will not accept interference from the Vesk Fund', 'does not accept Lund monitoring'); not an inability ('would not be able to accept offers from Halvard': only the offers made)",
			published: "1987-03-12",
			body:      "Norland will not accept interference from the Vesk Fund. Ostland does not accept Lund monitoring of its economy. The Brask Commission would not be able to accept offers from Halvard.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Ostland", "Lund")
				unknownAll(h, graph.Organization, "Vesk Fund", "Brask Commission", "Halvard")
			},
			want: []string{"proposal  @ happened: Halvard/actor, Brask Commission/target", "reject  @ happened: Norland/actor, Vesk Fund/target", "reject  @ happened: Ostland/actor, Lund/target"},
		},
		{
			name:      "an object that is only 'him' or 'her' is the person it stands for: the last person named before it who is not the clause's actor ('met Ola Nes and urged him', 'Per Berg sacked Jon Vik after accusing him'), else the one other person of the sentence before ('Ada Lund met Ola Nes. Ada Lund urged him', 'held talks with him'); none for one of two ('met Per Berg and Jon Vik. Kari Moe criticised him')",
			published: "1987-03-12",
			body: "Jon Vik met Ola Nes in Oslo on Tuesday and urged him to cut tariffs. Ada Lund met Ola Nes on Wednesday. Ada Lund urged him to lift the curbs. " +
				"Per Berg sacked Jon Vik as party leader after accusing him of undermining the leadership. Kari Moe arrived in Oslo. Ada Lund held talks with her. " +
				"Ada Lund met Per Berg and Jon Vik. Kari Moe criticised him.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ola Nes", "Ada Lund", "Per Berg", "Kari Moe")
				unknownAll(h, graph.City, "Oslo")
			},
			want: []string{"appeal  @ happened: Ada Lund/actor, Ola Nes/target", "appeal  @ happened: Jon Vik/actor, Ola Nes/target",
				"disapproval  @ happened: Per Berg/actor, Jon Vik/target", "meeting  @ happened: Ada Lund/participant, Per Berg/participant, Jon Vik/participant",
				"meeting 1987-03-10 @Oslo happened: Jon Vik/participant, Ola Nes/participant", "meeting 1987-03-11 @ happened: Ada Lund/participant, Ola Nes/participant",
				"talks  @ happened: Ada Lund/participant, Kari Moe/participant", "visit  @Oslo happened: Kari Moe/actor"},
		},
		{
			name:      "bidding for securities ('Halvard Bank said it bid the Brask Corp mortgage bonds at 99.609') is no demand, and breaking into a market ('the first foreigner to break into the Vesk market') is no force",
			published: "1987-03-12",
			body:      "Halvard Bank said it bid the Brask Corp mortgage bonds at 99.609 and set a coupon of 8-1/2 pct. Bankers noted that Halvard Bank was the first foreigner to break into the Vesk market.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Bank", "Brask Corp")
				unknownAll(h, graph.Country, "Vesk")
			},
			want: nil,
		},
		{
			name:      "a date and its preposition are no words of the dictionary's patterns: 'phoned Ola Nes on Tuesday' is a call (041), not 'call on' (an appeal); 'called on Ola Nes to act' still appeals",
			published: "1987-03-12",
			body:      "Jon Vik phoned Ola Nes on Tuesday. Per Berg called on Ada Lund to free the prisoners.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ola Nes", "Per Berg", "Ada Lund")
			},
			want: []string{"appeal  @ happened: Per Berg/actor, Ada Lund/target", "meeting 1987-03-10 @ happened: Jon Vik/participant, Ola Nes/participant"},
		},
		{
			name:      "refusing to let or allow a party act rejects that party ('Norland refused to let Vesk pass the ammunition on', 'refused to let the Halvard special envoy, Jon Vik, meet Ola Nes'), and what it would have done is not done; not a name qualifying a thing ('refused to allow Brask-issued bonds')",
			published: "1987-03-12",
			body:      "Norland refused on Thursday to let Vesk pass the ammunition on to Lund. Ostland refused to let the Halvard special envoy, Jon Vik, meet Ola Nes. A bank refused to allow Brask-issued bonds as collateral.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk", "Lund", "Ostland")
				unknownAll(h, graph.Person, "Jon Vik", "Ola Nes")
				unknownAll(h, graph.Organization, "Halvard", "Brask")
			},
			want: []string{"reject  @ happened: Ostland/actor, Jon Vik/target", "reject 1987-03-12 @ happened: Norland/actor, Vesk/target"},
		},
		{
			name:      "an infinitive after holding a meeting tells what the meeting was for ('held a meeting yesterday to discuss the situation'): one meeting, dated, no talks besides",
			published: "1987-03-12",
			body:      "The official said the Halvard Council and the Brask Ministry held a meeting yesterday to discuss the situation.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Council", "Brask Ministry")
			},
			want: []string{"meeting 1987-03-11 @ happened: Halvard Council/participant, Brask Ministry/participant"},
		},
		{
			name:      "defending a party's argument, record or price ('Jon Vik defended Norland's economic record', 'to defend Vesk's benchmark price') protects no one, no aid; defending a state still is",
			published: "1987-03-12",
			body:      "Jon Vik defended Norland's recent economic record. Brask is keeping output down to defend Vesk's benchmark price. Lund defended Ostland against Brask.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Country, "Norland", "Vesk", "Brask", "Lund", "Ostland")
			},
			want: []string{"aid  @ happened: Lund/actor, Ostland/target"},
		},
		{
			name:      "a bare verb after 'and' shares the modal and tense of the verb before it ('will hold talks with Ola Nes and meet Per Berg': both planned; 'should discard … and admit': neither done)",
			published: "1987-03-12",
			body:      "Jon Vik will hold talks with Ola Nes and meet Per Berg. Norland should discard its tariffs and admit Vesk goods.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ola Nes", "Per Berg")
				unknownAll(h, graph.Country, "Norland", "Vesk")
			},
			want: []string{"meeting  @ planned: Jon Vik/participant, Per Berg/participant", "talks  @ planned: Jon Vik/participant, Ola Nes/participant"},
		},
		{
			name:      "a 'with' phrase right after a meeting noun is the meeting's side, not the speaking verb's ('Jon Vik spoke after his meeting with Norland's finance minister' is one meeting, no talks besides), as is a 'between' phrase ('Per Moe spoke after talks between Brask and Ostland': Per Moe takes no part); speaking with a party is still talks",
			published: "1987-03-12",
			body:      "Jon Vik spoke after his first meeting with Norland's finance minister. Ola Nes spoke with Vesk's trade minister on Monday. Per Moe spoke after talks between Brask and Ostland.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ola Nes", "Per Moe")
				unknownAll(h, graph.Country, "Norland", "Vesk", "Brask", "Ostland")
			},
			want: []string{"meeting  @ happened: Norland/participant, Jon Vik/participant", "talks  @ happened: Brask/participant, Ostland/participant", "talks 1987-03-09 @ happened: Ola Nes/participant, Vesk/participant"},
		},
		{
			name:      "putting pressure on a party to act is an appeal (020) to it, as pressuring it is ('Norland is putting strong pressure on Vesk to buy a plane', 'brought undue pressure on the Halvard Fund to approve'); the act pressed for is only asked for ('has been pressuring the Halvard Fund to approve the loan': the loan demanded); pressure on a market's thing none",
			published: "1987-03-12",
			body:      "Military experts said Norland is putting strong pressure on Vesk to buy a plane. Brask has been pressuring the Halvard Fund to approve the loan. The heavy volume of new stock has put pressure on Lund stocks.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk", "Brask", "Lund")
				unknownAll(h, graph.Organization, "Halvard Fund")
			},
			want: []string{"aid  @ demanded: Halvard Fund/actor", "appeal  @ happened: Brask/actor, Halvard Fund/target", "appeal  @ happened: Norland/actor, Vesk/target"},
		},
		{
			name:      "fighting against a market's thing ('fighting back against low-priced Vesk competition', 'fought against Norland imports') is no force; fighting against soldiers is",
			published: "1987-03-12",
			body:      "In shipping, Halvard Heavy Industries Ltd is fighting back against low-priced Vesk competition by building better carriers. Brask Steel Corp fought against Norland imports. Lund troops are fighting against Ostland soldiers near the border.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk", "Lund", "Ostland")
				unknownAll(h, graph.Organization, "Halvard Heavy Industries Ltd", "Brask Steel Corp")
			},
			want: []string{"militaryAction  @ happened: Lund/actor, Ostland/target"},
		},
		{
			name:      "helping is aid only from a party to a party: not a thing that helps ('a drop in Norland intervention stocks would help Vesk sales', 'a Halvard Fund program would help along the recovery in Vesk'), nor help to a market's thing ('has helped the Ostby market's growth'); a state helping a state still aids it",
			published: "1987-03-12",
			body:      "He said a 50 pct drop in Norland intervention stocks would help Vesk sales. A Halvard Fund program would help along the recovery in Vesk. The rise in Norland securities houses in Ostby has helped the Ostby market's growth. Brask helped Lund with a loan of 500 mln dlrs.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk", "Brask", "Lund")
				unknownAll(h, graph.Organization, "Halvard Fund")
				unknownAll(h, graph.City, "Ostby")
			},
			want: []string{"aid  @ happened: Brask/actor, Lund/target"},
		},
		{
			name:      "a person who 'agreed' with nothing after it shares a view, no deal ('Halvard Bank economist Jon Vik agreed.', 'a board member, Ola Nes, agreed, \"…\"'); states that agreed still make one",
			published: "1987-03-12",
			body:      "Rates will fall, one analyst said. Halvard Bank senior economist Jon Vik agreed. The other member of the board, Ola Nes, agreed, \"Things are moving quickly.\" Norland and Vesk agreed.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ola Nes")
				unknownAll(h, graph.Organization, "Halvard Bank")
				unknownAll(h, graph.Country, "Norland", "Vesk")
			},
			want: []string{"agreement  @ happened: Norland/participant, Vesk/participant"},
		},
		{
			name:      "a call for something its maker is named making or makes again is an appeal ('Jon Vik renewed his call for import relief', 'Vik's call for a tariff'); not a call with no maker before it ('a margin call for more funds', 'a call for tenders'), nor one for talks, which are the event asked for",
			published: "1987-03-12",
			body:      "Jon Vik renewed his call for import relief for the oil industry. Ola Nes's call for an oil import tariff drew support. Dealers at Halvard Bank received a margin call for more funds. Brask Corp issued a call for tenders. Norland renewed its call for talks with Vesk.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ola Nes")
				unknownAll(h, graph.Organization, "Halvard Bank", "Brask Corp")
				unknownAll(h, graph.Country, "Norland", "Vesk")
			},
			want: []string{"appeal  @ happened: Jon Vik/actor", "appeal  @ happened: Ola Nes/actor", "talks  @ demanded: Vesk/participant, Norland/participant"},
		},
		{
			name:      "facing something that is no party is a hardship borne, no meeting ('farmers in China and growers in Australia all face serious losses'), though facing a party may still be meeting it",
			published: "1987-03-12",
			body:      "Rice and wheat farmers in China, sugarcane growers in Australia and tea planters in Sri Lanka all face serious losses to their harvests unless rains arrive in time, officials said. Jon Vik will face Ola Nes at the summit in Ostby.",
			build: func(h *hand) {
				h.known(graph.Country, "China", "China").known(graph.Country, "Australia", "Australia").known(graph.Country, "Sri Lanka", "Sri Lanka")
				unknownAll(h, graph.Person, "Jon Vik", "Ola Nes")
				unknownAll(h, graph.City, "Ostby")
			},
			want: []string{"meeting  @Ostby planned: Jon Vik/participant, Ola Nes/participant"},
		},
		{
			name:      "pressing or pushing for something is a demand (100), the dictionary's PRESS and PUSH ('Norland has pressed for lower spreads', 'Vesk is pushing for reforms'), not when the one pressing is unnamed ('miners employed by Brask Corp went on strike to press for higher wages'), short of something ('hard pressed for profits') or the noun ('the Norland push for reforms')",
			published: "1987-03-12",
			body:      "Norland has pressed for lower spreads on its debt. Vesk is pushing for reforms of the fund. Miners employed by Brask Corp went on strike to press for higher wages. Ostland firms, hard pressed for profits, cut jobs. The Lund push for reforms is sensitive.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk", "Ostland", "Lund")
				unknownAll(h, graph.Organization, "Brask Corp")
			},
			want: []string{"demand  @ happened: Norland/actor", "demand  @ happened: Vesk/actor"},
		},
		{
			name:      "agreeing that something is so is a view shared, no deal ('Jon Vik and Ola Nes agreed that rates would fall', 'Most analysts agreed Vesk had done well'), unless states or bodies agree so together ('Norland, Vesk and Brask agreed that their currencies were stable': an accord)",
			published: "1987-03-12",
			body:      "Jon Vik and Ola Nes agreed that rates would fall. Most analysts agreed Vesk had done well. Norland, Vesk and Brask agreed that their currencies were stable.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ola Nes")
				unknownAll(h, graph.Country, "Norland", "Vesk", "Brask")
			},
			want: []string{"agreement  @ happened: Norland/participant, Vesk/participant, Brask/participant"},
		},
		{
			name:      "helping a party by acting alike is cooperation, and agreeing to it an agreement made ('Norland and Vesk agreed to help Brask by restraining production'); helping by lending stays aid",
			published: "1987-03-12",
			body:      "Norland and Vesk agreed to help Brask by restraining production. Ostland helped Lund by lending it 500 mln dlrs.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk", "Brask", "Ostland", "Lund")
			},
			want: []string{"agreement  @ happened: Norland/participant, Vesk/participant, Brask/participant", "aid  @ happened: Ostland/actor, Lund/target"},
		},
		{
			name:      "a deal or talks called off failed, as ones terminated or cancelled did, and calling them off cuts no relations ('Halvard Corp called off its merger with Brask Inc')",
			published: "1987-03-12",
			body:      "Halvard Corp called off its merger with Brask Inc.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc")
			},
			want: []string{"agreement  @ failed: Brask Inc/participant, Halvard Corp/participant"},
		},
		{
			name:      "figures are no actor: 'Vesk Bank data suggest that Norland should cut rates' is no appeal; 'Vesk Bank suggested that Norland should cut rates' is",
			published: "1987-03-12",
			body:      "Vesk Bank data suggest that Norland should cut rates. Vesk Bank suggested that Brask should cut rates.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Vesk Bank", "", "Vesk Bank")
				unknownAll(h, graph.Country, "Norland", "Brask")
			},
			want: []string{"appeal  @ happened: Vesk Bank/actor, Brask/target"},
		},
		{
			name:      "force whose 'by' phrase names an economic figure is no force ('the Vesk Board's price structure had been overtaken by Norland's high inflation rate'); troops' is",
			published: "1987-03-12",
			body:      "The sources said the Vesk Board's price structure had been overtaken by Norland's high inflation rate. The Ostby Board's depot was attacked by Norland troops.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Board", "Ostby Board")
				h.unknown(graph.Country, "Norland", "", "Norland@1", "=MISC:Norland@2")
			},
			want: []string{"militaryAction  @ happened: Norland/actor, Ostby Board/target"},
		},
		{
			name:      "what a power or right held allows is no act: 'has the right to impose sanctions on Vesk', 'voted to give Jon Vik authority to block takeovers of Vesk firms'; an act done is one",
			published: "1987-03-12",
			body:      "Norland has the right to impose sanctions on Vesk. The Brask Senate voted to give Jon Vik authority to block takeovers of Vesk firms. Norland imposed sanctions on Ostland.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Ostland")
				h.unknown(graph.Country, "Vesk", "", "Vesk@1", "=MISC:Vesk@2").unknown(graph.Organization, "Brask Senate", "", "Brask Senate").unknown(graph.Person, "Jon Vik", "", "Jon Vik")
			},
			want: []string{"sanctions  @ happened: Norland/actor, Ostland/target"},
		},
		{
			name:      "a modal before a verb that weighs or judges an event told by a noun leaves the noun's event as told ('Norland would consider the Brask offer', 'will not approve the USDA proposal': the offer is made); one before a verb that makes it plans it ('will make an offer')",
			published: "1987-03-12",
			body:      "Norland would consider the Brask offer. Ostland will make an offer to Vesk.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Brask", "", "=MISC:Brask")
				unknownAll(h, graph.Country, "Ostland", "Vesk")
			},
			want: []string{"proposal  @ happened: Brask/actor, Norland/target", "proposal  @ planned: Ostland/actor, Vesk/target"},
		},
		{
			name:      "a date right after a verb's object dates the verb's act, not the event its object names ('Norland rejected the Brask offer last Thursday')",
			published: "1987-03-12",
			body:      "Norland rejected the Brask offer last Thursday.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Brask", "", "=MISC:Brask")
			},
			want: []string{"proposal  @ happened: Brask/actor, Norland/target", "reject 1987-03-05 @ happened: Norland/actor, Brask/target"},
		},
		{
			name:      "a subject opened by 'none' or 'no' denies its clause: 'None of the Vesk members has asked Brask to cut output', 'No agreement was reached between Norland and Brask' are no events",
			published: "1987-03-12",
			body:      "None of the Vesk members has asked Brask to cut output. No agreement was reached between Norland and Brask. Norland asked Brask to cut output.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk")
				unknownAll(h, graph.Country, "Brask", "Norland")
			},
			want: []string{"appeal  @ happened: Norland/actor, Brask/target"},
		},
		{
			name:      "'opposition' said of those who oppose is a refusal: nationalities before it with no article ('despite Vesk and Brask opposition'); not a state's opposition parties ('the Vesk opposition Socialists'); a party that drew protests or criticism is their target ('Norland faced protests from Ostland')",
			published: "1987-03-12",
			body:      "The scheme went ahead despite Vesk and Brask opposition. The Vesk opposition Socialists lost seats to Brask. Norland faced protests from Ostland.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Vesk", "", "=MISC:Vesk").unknown(graph.Country, "Brask", "", "=MISC:Brask")
				unknownAll(h, graph.Country, "Norland", "Ostland")
			},
			want: []string{"disapproval  @ happened: Ostland/actor, Norland/target", "reject  @ happened: Brask/actor, Vesk/actor"},
		},
		{
			name:      "a nominal event 'planned for' a time is still to come, as one 'set for' or 'scheduled for' is ('Jon Vik's visit to Vesk is planned for May')",
			published: "1987-03-12",
			body:      "Jon Vik's visit to Vesk is planned for May.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				h.unknown(graph.Country, "Vesk", "", "Vesk")
			},
			want: []string{"visit  @Vesk planned: Jon Vik/actor, Vesk/target"},
		},
		{
			name:      "cutting a level of policy on a condition is no threat ('would consider cutting Vesk interest rates if the Fed was ready to follow suit'); halting what another gets is ('would halt oil imports from Brask if Brask refused to pay')",
			published: "1987-03-12",
			body:      "Jon Vik told bankers he would consider cutting Vesk interest rates if Brask was ready to follow suit. Norland would halt oil imports from Brask if Brask refused to pay.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				h.unknown(graph.Country, "Vesk", "", "=MISC:Vesk").unknown(graph.Country, "Brask", "", "Brask").unknown(graph.Country, "Norland", "", "Norland")
			},
			want: []string{"threat  @ happened: Norland/actor, Brask/target"},
		},
		{
			name:      "what a thing contains is no confinement (the dictionary's CONTAIN, 170): 'a subsidiary of Brask Inc containing the Vesk courier operations'; containing a party is",
			published: "1987-03-12",
			body:      "Holders would receive warrants to buy shares in a subsidiary of Brask Inc containing the Vesk courier operations. Norland contained Vesk in the north.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Brask Inc")
				h.unknown(graph.Country, "Vesk", "", "=MISC:Vesk@1", "Vesk@2").unknown(graph.Country, "Norland", "", "Norland")
			},
			want: []string{"coercion  @ happened: Norland/actor, Vesk/target"},
		},
		{
			name:      "a name after 'non-' is all but that party, no party of an event ('called on non-OPEC producers', 'cooperation from non-OPEC producers')",
			published: "1987-03-12",
			body:      "Jon Vik called on non-Vesk producers to cut output. Ola Nes praised the cooperation from non-Vesk producers. Ola Nes called on Brask to cut output.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ola Nes")
				h.unknown(graph.Organization, "Vesk", "", "Vesk").unknown(graph.Organization, "Brask", "", "Brask")
			},
			want: []string{"appeal  @ happened: Jon Vik/actor", "appeal  @ happened: Ola Nes/actor, Brask/target"},
		},
		{
			name:      "being, remaining or keeping in contact or in touch with a party is consulting it, a meeting (GUIDE.md: X consults with Y); not when negated, nor 'in touch' with no one named after 'with'",
			published: "1987-03-12",
			body:      "Halvard Corp was in contact with Brask Inc on Monday. Norland has been in close touch with Vesk about the plan. Ostland was not in contact with Vesk. Brekka is in touch with the market. Brekka has never been in touch with Vesk.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc")
				unknownAll(h, graph.Country, "Norland", "Vesk", "Ostland", "Brekka")
			},
			want: []string{"meeting  @ happened: Norland/participant, Vesk/participant", "meeting 1987-03-09 @ happened: Halvard Corp/participant, Brask Inc/participant"},
		},
		{
			name:      "a date inside a relative clause opened by 'that' after a noun dates no event outside it ('holding talks with Vesk Inc on terms that will allow it to pay its debts in 1988'); one describing the event's own noun does ('the Vesk Council meeting that begins here today')",
			published: "1987-03-12",
			body:      "Halvard Corp is holding talks with Vesk Inc on terms that will allow it to pay its debts in 1988. Delegates to the Vesk Council meeting that begins here today criticised the plan.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk Inc", "Vesk Council")
			},
			want: []string{"meeting 1987-03-12 @ happened: Vesk Council/participant", "talks  @ happened: Halvard Corp/participant, Vesk Inc/participant"},
		},
		{
			name:      "a meeting or talks 'due' or 'scheduled' somewhere or some time after its noun is still to come ('a Vesk Council summit meeting due in Norland late this year', 'talks scheduled for next week')",
			published: "1987-03-12",
			body:      "Any decision will be forwarded for final approval to a Vesk Council summit meeting due in Norland late this year.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Council")
				unknownAll(h, graph.Country, "Norland")
			},
			want: []string{"meeting 1987 @ planned: Vesk Council/participant", "summit  @ planned: Vesk Council/participant"},
		},
		{
			name:      "refusing to attend a meeting held in a state is refusing it to that state, the host (125, placed there): 'Brask will not attend a meeting of coffee producing countries scheduled for this weekend in Norland'",
			published: "1987-03-12",
			body:      "Brask will not attend a meeting of coffee producing countries scheduled for this weekend in Norland.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Brask", "Norland")
			},
			want: []string{"reject  @Norland happened: Brask/actor, Norland/target"},
		},
		{
			name:      "'his government' is the state of the person 'his' stands for ('Norland Trade Minister Jon Berg said his government would oppose the Brask plan')",
			published: "1987-03-12",
			body:      "Norland Trade Minister Jon Berg said his government would oppose the Brask plan.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "NRL", "Norland")
				h.unknown(graph.Person, "Jon Berg", "NRL", "Jon Berg")
				h.unknown(graph.Country, "Brask", "BRK", "Brask")
			},
			want: []string{"reject  @ planned: Norland/actor, Brask/target per Jon Berg"},
		},
		{
			name:      "paying for a named firm, its business or all its shares is a deal between the two (057), done or, with 'will', to close ('Halvard Corp paid 440 mln dlrs for Vesk Inc's gold assets', 'Osby Corp will pay 8.5 mln dlrs for the outstanding shares of Lund Bank'); not shares bought on the market ('Nord Corp paid 178 mln dlrs for its Kolby Inc stock')",
			published: "1987-03-12",
			body:      "Halvard Corp paid 440 mln dlrs for Vesk Inc's gold assets. Osby Corp will pay 8.5 mln dlrs for the outstanding shares of Lund Bank. Nord Corp paid 178 mln dlrs for its Kolby Inc stock.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk Inc", "Osby Corp", "Lund Bank", "Nord Corp", "Kolby Inc")
			},
			want: []string{"agreement  @ happened: Halvard Corp/participant, Vesk Inc/participant", "agreement  @ planned: Osby Corp/participant, Lund Bank/participant"},
		},
		{
			name:      "the buyer after a 'to' that follows a list of assets and their places is a side of the sale ('agreed to sell its smelter at Osby, Norland, and port facilities at Lund, Brask to Vesk Aluminium Corp'); a 'to' after another verb is not",
			published: "1987-03-12",
			body:      "Halvard Corp has agreed to sell its smelter at Osby, Norland, and port facilities at Lund, Brask to Vesk Aluminium Corp. Nord Corp has agreed to sell its plant, which exports to Kolby Inc.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk Aluminium Corp", "Nord Corp", "Kolby Inc")
				unknownAll(h, graph.City, "Osby", "Lund")
				unknownAll(h, graph.Region, "Norland", "Brask")
			},
			want: []string{"agreement  @ happened: Halvard Corp/participant, Vesk Aluminium Corp/participant"},
		},
		{
			name:      "attending a gathering is meeting, whatever pattern of its dictionary block the phrase fits: 'would attend the opening of the talks in Osby on Monday' is no threat to pull out of talks (the block's '* (OF TALKS)', written for PULLED_OUT)",
			published: "1987-03-12",
			body:      "Jon Berg would attend the opening of the talks in Osby on Monday.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg")
				unknownAll(h, graph.City, "Osby")
			},
			want: []string{"meeting 1987-03-16 @Osby planned: Jon Berg/participant"},
		},
		{
			name:      "a body's name before its bracketed acronym qualifies the event noun after it: 'Vesk Cocoa Organization (VCO) talks on buffer stock rules have slowed' are talks of that body, as 'VCO talks' are",
			published: "1987-03-12",
			body:      "Vesk Cocoa Organization (VCO) talks on buffer stock rules have slowed.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Vesk Cocoa Organization", "", "Vesk Cocoa Organization", "VCO")
			},
			want: []string{"talks  @ happened: Vesk Cocoa Organization/participant"},
		},
		{
			name:      "a plan, provision or bill put forward 'by' its author is the author's proposal, with no target named ('The plan, presented by Finance Minister Jon Berg, calls for tax cuts', 'The bill, introduced by Senator Ada Lund,'); a bid put forward so is left to the bid rules",
			published: "1987-03-12",
			body:      "The plan, presented by Finance Minister Jon Berg, calls for tax cuts. The bill, introduced by Senator Ada Lund, would cut tariffs. The offer, presented by Per Moe, expires on Friday.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund", "Per Moe")
			},
			want: []string{"proposal  @ happened: Ada Lund/actor", "proposal  @ happened: Jon Berg/actor"},
		},
		{
			name:      "a stake agreed to be bought in a named firm, with no holder named, is a deal with that firm ('agreed in principle to buy an 80 pct stake in Vesk Holdings Corp'); not the buyer's own affiliates ('agreed to acquire the remaining interest in its Brask Pipeline affiliate'), and a stake bought on the market is none",
			published: "1987-03-12",
			body:      "Halvard Corp said it had agreed in principle to buy an 80 pct stake in Vesk Holdings Corp for 79 mln dlrs. Osby Corp has agreed to acquire the remaining interest in its Brask Pipeline affiliate. Lund Corp bought an 8 pct stake in Nord Inc.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk Holdings Corp", "Osby Corp", "Brask Pipeline", "Lund Corp", "Nord Inc")
			},
			want: []string{"agreement  @ happened: Halvard Corp/participant, Vesk Holdings Corp/participant"},
		},
		{
			name:      "terms of an agreement are no refusals: 'Under the agreement, HAL will not buy more Vesk shares', 'an agreement with Vesk Group Inc that prevents HAL from buying shares' (the agreement prevents, not the side after 'with')",
			published: "1987-03-12",
			body:      "Halvard Air Lines Inc said it reached an agreement yesterday in federal court with Vesk Group Inc that prevents HAL from buying additional shares of Vesk. Under the agreement, HAL will not buy more Vesk shares before April 23.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Air Lines Inc", "", "Halvard Air Lines Inc", "HAL")
				h.unknown(graph.Organization, "Vesk Group Inc", "", "Vesk Group Inc", "Vesk")
			},
			want: []string{"agreement 1987-03-11 @ happened: Halvard Air Lines Inc/participant, Vesk Group Inc/participant"},
		},
		{
			name:      "firms working together with one another cooperate (061, between firms too, as 'jointly develop' does): 'said it joined with Vesk Inc to exhibit its technology', 'teamed up with', 'cooperated with'; not 'they join an agreement with Brask Inc' (what is joined); a state's 'joined with' is left to the dictionary",
			published: "1987-03-12",
			body:      "Halvard Corp said it joined with Vesk Inc to exhibit its technology. Osby Corp teamed up with Lund Inc to build cars. The agreements are with Vesk Inc, and they join an earlier agreement with Brask Inc.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk Inc", "Osby Corp", "Lund Inc", "Brask Inc")
			},
			want: []string{"cooperation  @ happened: Halvard Corp/participant, Vesk Inc/participant", "cooperation  @ happened: Osby Corp/participant, Lund Inc/participant"},
		},
		{
			name:      "agreeing to accept a bid or proposal accepts it: an agreement made with its maker (057, happened), as 'accepted' is, not an intent ('Halvard Corp agreed to accept a merger proposal at 36.50 dlrs a share from Vesk Inc'); raising prices for a state's customers is no appeal to it",
			published: "1987-03-12",
			body:      "Halvard Corp agreed to accept a merger proposal at 36.50 dlrs a share from Vesk Inc. Brask Inc said it would raise prices for Norland customers by five cts a pound on polyethylene.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk Inc", "Brask Inc")
				unknownAll(h, graph.Country, "Norland")
			},
			want: []string{"agreement  @ happened: Vesk Inc/participant, Halvard Corp/participant", "proposal  @ happened: Vesk Inc/actor, Halvard Corp/target"},
		},
		{
			name:      "a body's call to a party to act is its appeal to that party, as a call 'for' or 'on' it is ('the Vesk Ministry's call to Norland chip makers last month to cut production')",
			published: "1987-03-12",
			body:      "The Vesk Ministry's call to Norland chip makers last month to cut production has begun to dry up supplies.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Ministry")
				unknownAll(h, graph.Country, "Norland")
			},
			want: []string{"appeal 1987-02 @ happened: Vesk Ministry/actor, Norland/target"},
		},
		{
			name:      "leading a delegation on a tour of places is a visit to them (042), not the dictionary's intent to meet (LEAD * DELEGATION, 036): 'is leading a delegation on a lobbying tour of Vesk Union capitals'",
			published: "1987-03-12",
			body:      "Jon Berg is leading a delegation on a lobbying tour of Vesk Union capitals.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg")
				unknownAll(h, graph.Organization, "Vesk Union")
			},
			want: []string{"visit  @ happened: Jon Berg/actor, Vesk Union/target"},
		},
		{
			name:      "force a named party's forces used on ships is that party's act with no target named ('Norland warplanes hit two ships'), and 'its warplanes' inside the party's own claim are the party's ('Norland said its warplanes hit two ships off the Brekka coast': 'off' before a noun phrase is no particle, no 'hit off' talks)",
			published: "1987-03-12",
			body:      "Norland said its warplanes hit two ships off the Brekka coast. Ostland warplanes hit a tanker.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Brekka", "Ostland")
			},
			want: []string{"militaryAction  @ happened: Norland/actor", "militaryAction  @ happened: Ostland/actor"},
		},
		{
			name:      "a party threatened by a thing ('Norland was threatened by a growing dependence on oil imports') is a danger told, no threat; threatened by a party or by people who act stays one",
			published: "1987-03-12",
			body:      "The study warned Norland was threatened by a growing dependence on oil imports. Brask was threatened by Ostland.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Brask", "Ostland")
			},
			want: []string{"threat  @ happened: Ostland/actor, Brask/target"},
		},
		{
			name:      "'would' inside a reported claim is 'will' told later: 'said it would buy the unit from X' is a deal still to close (planned), as 'will buy' is; 'would' outside a claim is a condition, no deal",
			published: "1987-03-12",
			body:      "Halvard Corp said it would buy the unit from Vesk Corp. Brask Corp would buy Osby Corp if prices fell.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk Corp", "Brask Corp", "Osby Corp")
			},
			want: []string{"agreement  @ planned: Halvard Corp/participant, Vesk Corp/participant"},
		},
		{
			name:      "a place named as where a body sits ('Osby-based Vesk Council') is no place of what is done to or with the body",
			published: "1987-03-12",
			body:      "Norland said it would ask the Osby-based Vesk Council to rule on the section.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland")
				unknownAll(h, graph.Organization, "Vesk Council")
				unknownAll(h, graph.City, "Osby")
			},
			want: []string{"appeal  @ planned: Norland/actor, Vesk Council/target"},
		},
		{
			name:      "urging rejection of a bidder's offer is the urger's refusal of it (120), not an appeal to the bidder ('Halvard Corp urged rejection of Jon Berg's offer')",
			published: "1987-03-12",
			body:      "Halvard Corp urged rejection of Jon Berg's offer.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp")
				unknownAll(h, graph.Person, "Jon Berg")
			},
			want: []string{"reject  @ happened: Halvard Corp/actor, Jon Berg/target"},
		},
		{
			name:      "backing or support reaffirmed is the backer's for the one after 'for', not aimed at the backer named before the noun ('reaffirmed Norland backing for the Osby agreement', 'reaffirmed its support for Lund')",
			published: "1987-03-12",
			body:      "Jon Berg reaffirmed Norland backing for the Osby agreement. Brask reaffirmed its support for Lund.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Brask", "Lund")
				unknownAll(h, graph.Person, "Jon Berg")
			},
			want: []string{"diplomaticCooperation  @ happened: Brask/actor, Lund/target"},
		},
		{
			name:      "the present progressive with 'tonight' is still to come: planned ('Jon Berg is hosting a dinner tonight for Ada Lund')",
			published: "1987-03-12",
			body:      "Jon Berg is hosting a dinner tonight for Ada Lund.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund")
			},
			want: []string{"hostVisit 1987-03-12 @ planned: Jon Berg/actor, Ada Lund/target"},
		},
		{
			name:      "progress toward an agreement is no agreement made yet: planned ('made progress towards reaching an agreement', 'slight progress toward a pact between Lund and Vardo')",
			published: "1987-03-12",
			body:      "Norland and Brask made progress towards reaching an agreement on trade. There has been slight progress toward a pact between Lund and Vardo, the chairman said.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Brask", "Lund", "Vardo")
			},
			want: []string{"agreement  @ planned: Lund/participant, Vardo/participant", "agreement  @ planned: Norland/participant, Brask/participant"},
		},
		{
			name:      "a person in a country named with its article and acronym to talk is visiting it ('Vardian Oil Minister Jon Berg is in the Norland Republic (NR) to discuss oil prices')",
			published: "1987-03-12",
			body:      "Vardian Oil Minister Jon Berg is in the Norland Republic (NR) to discuss oil prices.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Vardo", "", "=MISC:Vardian")
				unknownAll(h, graph.Country, "Norland Republic")
				unknownAll(h, graph.Person, "Jon Berg")
			},
			want: []string{"visit  @Norland Republic happened: Jon Berg/actor, Norland Republic/target"},
		},
		{
			name:      "one said to be disturbed or disappointed by another's act disapproves of it (110), the other does not act on it ('Norland was disturbed by the Vardian decision', 'Lund officials had been disturbed by Brask's suspension of payments')",
			published: "1987-03-12",
			body:      "Norland was disturbed by the Vardian decision. He said Lund officials had been disappointed by Brask's suspension of interest payments.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Vardo", "", "=MISC:Vardian")
				unknownAll(h, graph.Country, "Norland", "Lund", "Brask")
			},
			want: []string{"disapproval  @ happened: Lund/actor, Brask/target", "disapproval  @ happened: Norland/actor, Vardo/target"},
		},
		{
			name:      "a firm that answers another's bid with no target named is the one bid for ('Halvard Corp told shareholders not to accept Brask Corp's takeover bid', 'said the valuation was made in response to an earlier bid by Mersk Inc'); a third party's clause without such words is no target",
			published: "1987-03-12",
			body:      "Halvard Corp told shareholders not to accept Brask Corp's 4.00 dlr a share takeover bid.\n\nOstland Corp said the valuation was made in response to an earlier bid of 2.55 dlrs a share by Mersk Inc.\n\nVesk Ratings said it is reviewing the debt of Lund Corp following the bid by Jon Berg.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Corp", "Ostland Corp", "Mersk Inc", "Vesk Ratings", "Lund Corp")
				unknownAll(h, graph.Person, "Jon Berg")
			},
			want: []string{"proposal  @ happened: Brask Corp/actor, Halvard Corp/target", "proposal  @ happened: Mersk Inc/actor, Ostland Corp/target"},
		},
		{
			name:      "a state's possessive before a firm's name is the firm's home, no party ('opposition to Norland's Halvard Corp takeover bid for Brask Corp', 'Norland's Vesk group fought back a bid by Jon Berg')",
			published: "1987-03-12",
			body:      "The official was a central figure in the opposition to Norland's Halvard Corp takeover bid for Brask Corp.\n\nNorland's Vesk group fought back a bid by Jon Berg to secure a larger stake.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Corp", "Vesk")
				unknownAll(h, graph.Country, "Norland")
				unknownAll(h, graph.Person, "Jon Berg")
			},
			want: []string{"proposal  @ happened: Halvard Corp/actor, Brask Corp/target", "proposal  @ happened: Jon Berg/actor, Vesk/target", "reject  @ happened: Halvard Corp/target", "reject  @ happened: Vesk/actor, Jon Berg/target"},
		},
		{
			name:      "offering a person or a body of no state a plan or terms is a proposal (036), as offering a state is; a firm's shares or wares offered are none ('offered a counter-proposal to Brask Corp', 'offered a plan to Jon Berg', 'offering 200,000 preferred shares to Ada Lund')",
			published: "1987-03-12",
			body:      "Halvard Corp management offered a counter-proposal to Brask Corp. The Vesk Association offered a plan to Jon Berg. Mersk Inc said it is offering 200,000 preferred shares to Ada Lund.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Corp", "Vesk Association", "Mersk Inc")
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund")
			},
			want: []string{"proposal  @ happened: Halvard Corp/actor, Brask Corp/target", "proposal  @ happened: Vesk Association/actor, Jon Berg/target"},
		},
		{
			name:      "the news service told is no party of what is told ('a Halvard Corp executive told Reuters its chairman Jon Berg spoke with Ada Lund', 'traders told Reuters coffee producers will meet', 'told Reuters his company hoped to conclude the talks')",
			published: "1987-03-12",
			body:      "Today, a Halvard Corp executive told Reuters its chairman Jon Berg spoke with Ada Lund last week. Several traders and analysts here told Reuters Latin American coffee producers will meet this weekend in Osby. The spokesman told Reuters his company hoped to conclude the talks currently underway in a couple of months.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Reuters")
				unknownAll(h, graph.City, "Osby")
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund")
			},
			want: []string{"talks 1987-03-12 @ happened: Jon Berg/participant, Ada Lund/participant"},
		},
		{
			name:      "a merger one would reject or oppose is no agreement made ('recommend that they reject a merger with Brask Corp')",
			published: "1987-03-12",
			body:      "The directors of Halvard Corp said they would recommend to shareholders that they reject a merger with Brask Corp today. Lund Corp opposes a merger with Mersk Inc.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Corp", "Lund Corp", "Mersk Inc")
			},
			want: []string{"reject  @ happened: Lund Corp/actor, Mersk Inc/target"},
		},
		{
			name:      "a possessive inside a phrase set before the main clause is its subject's ('In a filing with the Vesk Commission that details its bid for Brask Corp, Halvard Corp said'), and a participle before a price ('its proposed 69 dlr a share offer') tells no act of the body named before it",
			published: "1987-03-12",
			body:      "In a filing with the Vesk Commission that details its bid for Brask Corp, Halvard Corp said Ostland Bank would provide financing. In a filing with the Vesk Commission that details its proposed 69 dlr a share cash tender offer for Mersk Inc, Lund Corp said it had financing.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Commission", "Brask Corp", "Halvard Corp", "Ostland Bank", "Lund Corp", "Mersk Inc")
			},
			want: []string{"proposal  @ happened: Halvard Corp/actor, Brask Corp/target", "proposal  @ happened: Lund Corp/actor, Mersk Inc/target"},
		},
		{
			name:      "a verb that moves a market's quantity is no demand or threat ('could push demand for Vesk oil above 20 mln barrels', 'Norland car makers will curb their exports to Lund'); a threat in so many words stays",
			published: "1987-03-12",
			body:      "Jon Berg said declines in Norland oil production could push demand for Vesk Union oil above 20 mln barrels per day. Norland car makers will curb their exports to Lund. Brask threatened to impose sanctions on Lund.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Union")
				unknownAll(h, graph.Country, "Norland", "Lund", "Brask")
				unknownAll(h, graph.Person, "Jon Berg")
			},
			want: []string{"threat  @ happened: Brask/actor, Lund/target"},
		},
		{
			name:      "talks between two ministers each titled by a lower-case portfolio ('between Vardian trade minister Jon Berg and Ostrian natural resources minister Ada Lund')",
			published: "1987-03-12",
			body:      "The communique was issued after two days of talks between Vardian trade minister Jon Berg and Ostrian natural resources minister Ada Lund.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Vardo", "", "=MISC:Vardian")
				h.unknown(graph.Country, "Ostmark", "", "=MISC:Ostrian")
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund")
			},
			want: []string{"talks  @ happened: Jon Berg/participant, Ada Lund/participant"},
		},
		{
			name:      "a body or state the talks are about ('talks on the Vesk Union', 'a meeting on Lund') is no side of them; a sale or a side's debt they are on still names their sides",
			published: "1987-03-12",
			body:      "Trade ministers from 22 nations gathered in Osby for informal talks on the Vesk Union. Norland held talks with Brask on Lund. Vardo held negotiations with creditors over Lund's debt.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Union")
				unknownAll(h, graph.Country, "Norland", "Brask", "Lund", "Vardo")
				unknownAll(h, graph.City, "Osby")
			},
			want: []string{"talks  @ happened: Norland/participant, Brask/participant", "talks  @ happened: Vardo/participant, Lund/participant"},
		},
		{
			name:      "what proposals, bids or requests aim at is not done by them ('the Vesk Commission is working on proposals to enable Norland to provide income supports', 'had any concrete proposals to help Lund')",
			published: "1987-03-12",
			body:      "The Vesk Commission is working on proposals to enable Norland to provide income supports. Asked whether Brask had any concrete proposals to help Lund, he declined to comment.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Commission")
				unknownAll(h, graph.Country, "Norland", "Brask", "Lund")
			},
			want: nil,
		},
		{
			name:      "one told to act is appealed to also when a title with 'and' stands before the name ('told Trade and Industry Minister Ada Lund to redouble her efforts')",
			published: "1987-03-12",
			body:      "Jon Berg told Trade and Industry Minister Ada Lund to redouble her efforts.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund")
			},
			want: []string{"appeal  @ happened: Jon Berg/actor, Ada Lund/target"},
		},
		{
			name:      "voting against a proposal is refusing it (120, the dictionary's own VOTE '* (AGAINST)'), not weighing a policy option (014): 'Norland voted against the Vesk Union proposal', 'Lund would vote against the proposed Vesk Union tax'",
			published: "1987-03-12",
			body:      "Norland voted against the Vesk Union proposal. Lund would vote against the proposed Vesk Union tax.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Lund")
				unknownAll(h, graph.Organization, "Vesk Union")
			},
			want: []string{"proposal  @ happened: Vesk Union/actor", "reject  @ happened: Norland/actor, Vesk Union/target", "reject  @ planned: Lund/actor, Vesk Union/target"},
		},
		{
			name:      "'both sides', 'the two countries' take up the parties named together as a subject just before ('Norland and Lund held talks in Vardo. Both sides signed an accord.')",
			published: "1987-03-12",
			body:      "Norland and Lund held talks in Vardo. Both sides signed an accord.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Lund")
				unknownAll(h, graph.City, "Vardo")
			},
			want: []string{"agreement  @ happened: Norland/participant, Lund/participant", "talks  @Vardo happened: Norland/participant, Lund/participant"},
		},
		{
			name:      "one who is or remains under pressure from a party to act is appealed to by it, as one who comes under pressure is ('Norland is under pressure from Lund to open its markets'); not when denied, nor pressure from a market ('prices are under pressure from heavy selling')",
			published: "1987-03-12",
			body:      "Norland is under pressure from Lund to open its markets. Brask is not under pressure from Lund. Prices are under pressure from heavy selling.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Lund", "Brask")
			},
			want: []string{"appeal  @ happened: Lund/actor, Norland/target"},
		},
		{
			name:      "repeating another's statement says it again, it mocks no one ('Jon Berg repeated Ada Lund's statement that the door was open'); repeating a criticism still criticises",
			published: "1987-03-12",
			body:      "Jon Berg repeated Ada Lund's statement that the door was open. Olaf Brask repeated his criticism of Vesk Corp.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund", "Olaf Brask")
				unknownAll(h, graph.Organization, "Vesk Corp")
			},
			want: []string{"disapproval  @ happened: Olaf Brask/actor, Vesk Corp/target"},
		},
		{
			name:      "offering something to a state is a proposal (036), not the dictionary's bare intent to cooperate (030): 'the Vesk government has offered subsidies to Norland and Lund'; a firm offering its service is no event",
			published: "1987-03-12",
			body:      "Brask has offered export subsidies to Norland and Lund. Halvard Corp said it is offering its Direct service in Brask.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Brask", "Norland", "Lund")
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"proposal  @ happened: Brask/actor, Norland/target, Lund/target"},
		},
		{
			name:      "a bid another 'will top' was made: its status is the bid's, not the topping's ('another suitor will top the 265 mln dlr bid for Brask Corp by Vesk Inc')",
			published: "1987-03-12",
			body:      "Analysts said they do not believe another suitor will top the 265 mln dlr bid for Brask Corp by Vesk Inc.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Brask Corp", "Vesk Inc")
			},
			want: []string{"proposal  @ happened: Vesk Inc/actor, Brask Corp/target"},
		},
		{
			name:      "a deadline in a relative clause describing talks ('which must be concluded by October') does not date the talks",
			published: "1987-03-12",
			body:      "Trade negotiations between Norland and Lund, which must be concluded by October, are progressing well.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Lund")
			},
			want: []string{"talks  @ happened: Norland/participant, Lund/participant"},
		},
		{
			name:      "a trip or talks one plans are still to come, made by the one who plans them ('he plans a July trip to Norland', 'Jon Berg is planning talks with Lund'), not a proposal",
			published: "1987-03-12",
			body:      "Jon Berg spoke on Monday. He said he plans a July trip to Norland to discuss trade. Ada Lund is planning talks with Lund.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund")
				unknownAll(h, graph.Country, "Norland", "Lund")
			},
			want: []string{"talks  @ planned: Lund/participant, Ada Lund/participant", "visit 1987-07 @Norland planned: Jon Berg/actor, Norland/target"},
		},
		{
			name:      "a firm that got control of a named firm made a deal with it, as one that won or took control did ('Vesk Holdings got 51 pct control of Brask Industries last year')",
			published: "1987-03-12",
			body:      "Vesk Holdings PLC got 51 pct control of Brask Industries Inc last year for about 600 mln dlrs.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Holdings PLC", "Brask Industries Inc")
			},
			want: []string{"agreement 1986 @ happened: Vesk Holdings PLC/participant, Brask Industries Inc/participant"},
		},
		{
			name:      "fighting off, thwarting or blocking a named bidder's takeover, or keeping a named bidder from taking control of or buying a firm, is a refusal aimed at the bidder ('fought off a takeover attempt by Jon Berg', 'block Lund Corp from taking control'), not a coercion",
			published: "1987-03-12",
			body:      "Last year, Vesk Corp fought off a takeover attempt by financier Jon Berg. Brask Inc filed a lawsuit to block Lund Corp from taking control. Caesars Inc fought the takeover offer by Ada Lund.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Corp", "Brask Inc", "Lund Corp", "Caesars Inc")
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund")
			},
			want: []string{"proposal  @ happened: Ada Lund/actor, Caesars Inc/target", "reject  @ happened: Brask Inc/actor, Lund Corp/target", "reject  @ happened: Caesars Inc/actor, Ada Lund/target", "reject 1986 @ happened: Vesk Corp/actor, Jon Berg/target"},
		},
		{
			name:      "a firm that is or remains interested in acquiring a named firm wants it, a bid as 'wants to acquire' is; not 'would be interested' (a wish not yet held) nor goods ('interested in buying more Norland wheat')",
			published: "1987-03-12",
			body:      "Vesk Corp is interested in acquiring Brask Inc in a friendly manner. Lund Group said it remains interested in acquiring Halvard Ltd. Berg Plc would be interested in buying Ostmark AG. Vardo AG is interested in buying more Norland wheat.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Corp", "Brask Inc", "Lund Group", "Halvard Ltd", "Berg Plc", "Ostmark AG", "Vardo AG")
				unknownAll(h, graph.Country, "Norland")
			},
			want: []string{"proposal  @ happened: Lund Group/actor, Halvard Ltd/target", "proposal  @ happened: Vesk Corp/actor, Brask Inc/target"},
		},
		{
			name:      "a relative clause closing a name's apposition leaves the name the subject ('Jon Berg, managing director of Vesk Corp, which is taking part in the plan, urged Norland to cut tariffs')",
			published: "1987-03-12",
			body:      "Jon Berg, managing director of Vesk Corp, which is taking part in the plan, urged Norland to cut tariffs.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg")
				unknownAll(h, graph.Organization, "Vesk Corp")
				unknownAll(h, graph.Country, "Norland")
			},
			want: []string{"appeal  @ happened: Jon Berg/actor, Norland/target"},
		},
		{
			name:      "proposing or suggesting an easing is a proposal made to the one it favours, not the easing itself ('the Vesk Treasury proposed allowing temporary imports of Norland ore'); one still to be proposed is not ('will propose allowing')",
			published: "1987-03-12",
			body:      "The Vesk Treasury proposed allowing temporary imports of Norland uranium ore. Lund will propose allowing imports from Brask.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland")
				unknownAll(h, graph.Country, "Lund", "Brask")
				unknownAll(h, graph.Organization, "Vesk Treasury")
			},
			want: []string{"proposal  @ happened: Vesk Treasury/actor, Norland/target"},
		},
		{
			name:      "who has a bid for a firm made it, and the firm that has an offer from another had it made to it ('Vesk Inc has a 27 dlr per share tender offer for Brask Corp underway', 'Lund Corp has an offer from Halvard AG')",
			published: "1987-03-12",
			body:      "Vesk Inc has a 27 dlr per share tender offer for Brask Corp underway. Lund Corp has an offer from Halvard AG.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Inc", "Brask Corp", "Lund Corp", "Halvard AG")
			},
			want: []string{"proposal  @ happened: Halvard AG/actor, Lund Corp/target", "proposal  @ happened: Vesk Inc/actor, Brask Corp/target"},
		},
		{
			name:      "an attempt on a named firm is a bid for it: 'tried to acquire X', 'intends to take over X', 'the attempt by X to take over Y', 'its unsuccessful battle to take over Y' (failed); not a guess ('may be trying to acquire') nor firms unnamed ('efforts to acquire Norland firms')",
			published: "1987-03-12",
			body: "Vesk Corp tried to acquire Brask Inc last year. Lund Group intends to take over Halvard Ltd. The recent attempt by Ostmark AG to take over Vardo AG failed. " +
				"Brask Inc made a bid for Lund Group after its unsuccessful battle to take over Berg Plc. Analysts said Vardo AG may be trying to acquire Vesk Corp. " +
				"Halvard Ltd will continue its efforts to acquire Norland firms.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Corp", "Brask Inc", "Lund Group", "Halvard Ltd", "Ostmark AG", "Vardo AG", "Berg Plc")
				unknownAll(h, graph.Country, "Norland")
			},
			want: []string{"proposal  @ failed: Brask Inc/actor, Berg Plc/target", "proposal  @ failed: Ostmark AG/actor, Vardo AG/target",
				"proposal  @ happened: Brask Inc/actor, Lund Group/target", "proposal  @ happened: Lund Group/actor, Halvard Ltd/target", "proposal 1986 @ happened: Vesk Corp/actor, Brask Inc/target"},
		},
		{
			name:      "the one who signs for, secures or wins a loan from a named lender is its receiver, the lender its giver ('Halvard Oil signed for a 500 mln dlr loan from the Vesk Bank')",
			published: "1987-03-12",
			body:      "State oil firm Halvard Oil signed for a 500 mln dlr loan from the Vesk Bank to finance its project.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Oil", "Vesk Bank")
			},
			want: []string{"agreement  @ happened: Halvard Oil/participant", "aid  @ happened: Vesk Bank/actor, Halvard Oil/target"},
		},
		{
			name:      "what is discussed is the talks' topic, not a side of them ('had discussed the deployment of Vardian missiles with Norland's envoy', 'Lund and Ostmark discussed Brask')",
			published: "1987-03-12",
			body:      "The envoy had discussed the deployment of Vardian missiles with Norland Foreign Undersecretary Jon Berg. Lund and Ostmark discussed Brask.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Vardo", "", "=MISC:Vardian")
				unknownAll(h, graph.Country, "Norland", "Lund", "Ostmark", "Brask")
				unknownAll(h, graph.Person, "Jon Berg")
			},
			want: []string{"meeting  @ happened: Lund/participant, Ostmark/participant"},
		},
		{
			name:      "'the resolution of <a situation>' is a problem solved, no body's resolution; 'a resolution of the Vesk Council' still is one",
			published: "1987-03-12",
			body:      "Halvard Corp rejected the offer. They said they are confident that the Halvard Corp board will conclude that the resolution of the company's current unstable situation as quickly as possible is in the best interests of all parties. A resolution of the Vesk Council demanded that Norland withdraw.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk Council")
				unknownAll(h, graph.Country, "Norland")
			},
			want: []string{"demand  @ happened: Vesk Council/actor, Norland/target", "reject  @ happened: Halvard Corp/actor", "resolution  @ happened: Vesk Council/actor, Norland/target"},
		},
		{
			name:      "a decree, law or order signed in a passive or a participle after it ('the decree, signed by President Berg, relieved …', 'the order was signed by Judge Lund') is no pact; an agreement signed so is",
			published: "1987-03-12",
			body:      "Norpress said the decree, signed by President Jon Berg, relieved the minister of his post. The company said the order was signed by Judge Ada Lund. The accord was signed by Norland and Vardo.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund")
				unknownAll(h, graph.Organization, "Norpress")
				unknownAll(h, graph.Country, "Norland", "Vardo")
			},
			want: []string{"agreement  @ happened: Norland/participant, Vardo/participant"},
		},
		{
			name:      "a duty put on 'both X and Y' ('Ola Dahl said both Norland and Vardo must continue to cut tariffs') binds both, as one put on 'X and Y' does",
			published: "1987-03-12",
			body:      "Ola Dahl said both Norland and Vardo must continue to cut tariffs.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vardo")
				unknownAll(h, graph.Person, "Ola Dahl")
			},
			want: []string{"demand  @ happened: Ola Dahl/actor, Norland/target, Vardo/target"},
		},
		{
			name:      "an event noun after 'no need for', 'no reason for', 'no question of' is not held ('there was no need for an emergency Vesk meeting'); one to be held stays",
			published: "1987-03-12",
			body:      "Ola Dahl also reiterated that there was no need for an emergency meeting with Norland. Vardo will hold an emergency meeting with Lund in Brekka.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vardo", "Lund")
				unknownAll(h, graph.Person, "Ola Dahl")
				unknownAll(h, graph.City, "Brekka")
			},
			want: []string{"meeting  @Brekka planned: Vardo/participant, Lund/participant"},
		},
		{
			name:      "a business being bought from or sold to a named party ('Halvard is buying the Vesk Chronicle from Brask Endowment Inc', 'is selling its unit to Lund Inc') is a deal between the two, under way",
			published: "1987-03-12",
			body:      "Halvard Corp is buying the Vesk Chronicle from Brask Endowment Inc for 400 mln dlrs. Ostmark Inc is selling its unit to Lund Inc.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk Chronicle", "Brask Endowment Inc", "Ostmark Inc", "Lund Inc")
			},
			want: []string{"agreement  @ happened: Halvard Corp/participant, Brask Endowment Inc/participant", "agreement  @ happened: Ostmark Inc/participant, Lund Inc/participant"},
		},
		{
			name:      "a military exercise or patrol several states launch or fly together ('Norland, Vardo and Lund launched their first military exercise, Iron Edge, …', 'Ostrian and Vardian bombers flew a joint patrol') is military cooperation (062) among them, the drill's name no party; one state's drills near another stay a show of force (150)",
			published: "1987-03-12",
			body:      "Norland, Vardo and Lund launched their first military exercise, Iron Edge, in waters south of Brekka on Thursday. Ostmark held military drills near Vardo.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vardo", "Lund", "Ostmark")
				unknownAll(h, graph.Person, "Iron Edge")
				unknownAll(h, graph.City, "Brekka")
			},
			want: []string{"cooperation 1987-03-12 @ happened: Norland/participant, Vardo/participant, Lund/participant", "forcePosture  @ happened: Ostmark/actor, Vardo/target"},
		},
		{
			name:      "a party named in what a noun phrase is about ('Vesk and Lund investigators into the Norland arms affair agreed …') is none of its parties; both bodies before the noun are",
			published: "1987-03-12",
			body:      "Vesk Assembly and Lund Council investigators into the Norland arms affair agreed to merge their hearings.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Assembly", "Lund Council")
				unknownAll(h, graph.Country, "Norland")
			},
			want: []string{"agreement  @ happened: Vesk Assembly/participant, Lund Council/participant"},
		},
		{
			name:      "a verb whose subject, by the parse, is plain nouns that name no one ('in cases where authorities refused to take part', 'some of the banks have demanded repayment') takes no name from further back as its actor",
			published: "1987-03-12",
			body:      "The Vesk Commission would act in cases where authorities refused to take part in the planning. Halvard Corp said some of the banks have demanded repayment. Norland rejected the plan.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Commission", "Halvard Corp")
				unknownAll(h, graph.Country, "Norland")
			},
			want: []string{"reject  @ happened: Norland/actor"},
		},
		{
			name:      "a date inside a noun phrase dates that noun's thing, not another event of the sentence ('filed a lawsuit … regarding its March 9 tender offer', 'opposition to Vesk's Feb 12 request came from Brask'); a date in a letter still dates what the letter says, and one in the verb's own object ('plans a July trip') the verb's event",
			published: "1987-03-12",
			body:      "Halvard Corp said it filed a lawsuit against Brask Inc regarding its March 9 unsolicited tender offer for Halvard stock. Lund urged Vardo in a February 12 letter to cut tariffs.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc")
				unknownAll(h, graph.Country, "Lund", "Vardo")
			},
			want: []string{"appeal 1987-02-12 @ happened: Lund/actor, Vardo/target", "disapproval  @ happened: Halvard Corp/actor, Brask Inc/target"},
		},
		{
			name:      "an agreement to transfer a business to a named firm ('reached an agreement in principle to transfer its South American service to Vesk Lines') is a deal with that firm, as one to sell it is",
			published: "1987-03-12",
			body:      "Halvard Lines Inc reached an agreement in principle to transfer its South American service to Vesk Transport Lines Inc.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Lines Inc", "Vesk Transport Lines Inc")
			},
			want: []string{"agreement  @ happened: Halvard Lines Inc/participant, Vesk Transport Lines Inc/participant"},
		},
		{
			name:      "a firm set off by ', which' that the relative clause's subject acquired ('Brask Inc, which Halvard Corp acquired in May 1985, operates …') is a deal between the two, dated by the clause",
			published: "1987-03-12",
			body:      "Brask Inc, which Halvard Corp acquired in May 1985, operates cafeterias.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Brask Inc", "Halvard Corp")
			},
			want: []string{"agreement 1985-05 @ happened: Halvard Corp/participant, Brask Inc/participant"},
		},
		{
			name:      "a sentence opening with 'It' goes on about the body that was the subject of the sentence before ('Halvard reported holding 15 pct of Brask. It had also proposed a takeover of Brask'), not a name that only modifies that subject ('The Norland treasury …', 'Vardo's money supply …')",
			published: "1987-03-12",
			body:      "Halvard Corp earlier this month reported holding about 15 pct of Brask Inc. It had also proposed a takeover of Brask Inc, its rival. Vardo's money supply grew 2 pct in January. It urged Lund to cut tariffs.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc")
				unknownAll(h, graph.Country, "Vardo", "Lund")
			},
			want: []string{"appeal  @ happened: Lund/target", "proposal  @ happened: Halvard Corp/actor, Brask Inc/target"},
		},
		{
			name:      "a request or application denied or thrown out is refused (120) and aimed at its maker ('the Board denied the application by Halvard', 'Vesk Agency threw out Brask's request'), not a denial of blame or an expulsion; 'denied the charges' stays no refusal",
			published: "1987-03-12",
			body:      "The Vesk Board denied the application by Halvard Corp. The Vesk Agency threw out Brask Inc's request for a waiver. Norland denied the charges by Vardo.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Board", "Halvard Corp", "Vesk Agency", "Brask Inc")
				unknownAll(h, graph.Country, "Norland", "Vardo")
			},
			want: []string{"reject  @ happened: Vesk Agency/actor, Brask Inc/target", "reject  @ happened: Vesk Board/actor, Halvard Corp/target"},
		},
		{
			name:      "a firm's board or directors answering a bid or request act for the firm 'its' stands for: the refusal is the firm's, aimed at the bidder, and the bid was made to the firm ('Halvard said its board rejected a takeover offer by investor Brask'); a board acting on no bid is left alone",
			published: "1987-03-12",
			body:      "Halvard Corp said its board unanimously rejected a 28 dlr a share takeover offer by New York investor Peter Brask. Lund Inc said its directors rejected a request by Ostmark Corp for more information. Vardo Power said its board has delayed the completion of Unit Two.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Lund Inc", "Ostmark Corp", "Vardo Power", "Unit Two")
				unknownAll(h, graph.Person, "Peter Brask")
				unknownAll(h, graph.City, "New York")
			},
			want: []string{"appeal  @ happened: Ostmark Corp/actor, Lund Inc/target", "proposal  @ happened: Peter Brask/actor, Halvard Corp/target", "reject  @ happened: Halvard Corp/actor, Peter Brask/target", "reject  @ happened: Lund Inc/actor, Ostmark Corp/target"},
		},
		{
			name:      "'told X to act' asks a named party to act, as 'asked' does (an appeal), and so does the passive 'was told by X to act'; 'told reporters to expect' and 'told X the decision to sell was right' ask no party",
			published: "1987-03-12",
			body:      "Norland told Vardo to release the hostages. Brask Airlines was told by Lund to seek a foreign loan. The minister told reporters to expect higher prices. Ostmark told Vardo the decision to sell the bank was a relief.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vardo", "Lund", "Ostmark")
				unknownAll(h, graph.Organization, "Brask Airlines")
			},
			want: []string{"appeal  @ happened: Lund/actor, Brask Airlines/target", "appeal  @ happened: Norland/actor, Vardo/target"},
		},
		{
			name:      "a refusal with no target is aimed at the maker of the proposal its actor received in the same sentence ('Halvard made an offer for Brask which Brask rejected'); a bid told before that 'the bid' takes up is no such proposal",
			published: "1987-03-12",
			body:      "Halvard Corp had originally made a hostile tender offer of 27 dlrs per share for Brask Corp which Brask Corp rejected as inadequate.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Corp")
			},
			want: []string{"proposal  @ happened: Halvard Corp/actor, Brask Corp/target", "reject  @ happened: Brask Corp/actor, Halvard Corp/target"},
		},
		{
			name:      "a request or offer ignored is refused ('Norland ignored Vardo's request', 'not only ignored … but proposed'), and the request was made to the one who ignored it",
			published: "1987-03-12",
			body:      "Norland not only ignored Vardo's request for lower tariffs but proposed a levy on oils. Lund ignored Brask's offer.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vardo", "Lund", "Brask")
			},
			want: []string{"appeal  @ happened: Vardo/actor, Norland/target", "proposal  @ happened: Brask/actor, Lund/target", "proposal  @ happened: Norland/actor", "reject  @ happened: Lund/actor, Brask/target", "reject  @ happened: Norland/actor, Vardo/target"},
		},
		{
			name:      "intelligence shared ('has begun sharing intelligence with Vardo', 'imagery was shared with Vardo by Norland') is 064; an act begun ('began to shell Ostmark') is under way, not planned or threatened; one that will begin stays to come",
			published: "1987-03-12",
			body:      "Norland has begun sharing intelligence with Vardo about the troops. Satellite imagery of the build-up was shared with Lund by Brask. Ostmark began to shell Vardo. Lund will begin to shell Brask next week.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vardo", "Lund", "Brask", "Ostmark")
			},
			want: []string{"cooperation  @ happened: Brask/actor, Lund/participant", "cooperation  @ happened: Norland/actor, Vardo/participant", "militaryAction  @ happened: Ostmark/actor, Vardo/target", "threat 1987-03 @ planned: Lund/actor, Brask/target"},
		},
		{
			name:      "a firm issuing warrants (a security) to another is no order or demand (the dictionary's ISSUE * WARRANT 100); a state extradites to another by a passive with both named ('was extradited by Norland to Vardo')",
			published: "1987-03-12",
			body:      "Halvard Corp said it issued 550,000 of the warrants to Brask Inc in 1985, exercisable at 9.50 dlrs per share. Jon Berg was extradited by Norland to the United States on Wednesday.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc")
				unknownAll(h, graph.Person, "Jon Berg")
				unknownAll(h, graph.Country, "Norland")
				h.known(graph.Country, "United States", "United States")
			},
			want: []string{"cooperation 1987-03-11 @ happened: Norland/actor, United States/target"},
		},
		{
			name:      "a law of sanctions named for a state ('the Ostrian sanctions bill', 'the Norland sanctions law') aims them at that state; the legislature that passed it, or the state that enacted it, imposes them; 'Vardo sanctions against Lund' stay Vardo's",
			published: "1987-03-12",
			body:      "The Vardo Congress passed the comprehensive Ostrian sanctions bill last fall. The Norland sanctions law, enacted by Vardo, prohibited imports of coal. Vardo sanctions against Lund remain in force.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vardo Congress")
				h.unknown(graph.Country, "Ostmark", "", "=MISC:Ostrian")
				unknownAll(h, graph.Country, "Norland", "Vardo", "Lund")
			},
			want: []string{"sanctions  @ happened: Vardo/actor, Lund/target", "sanctions  @ happened: Vardo/actor, Norland/target", "sanctions 1986 @ happened: Vardo Congress/actor, Ostmark/target"},
		},
		{
			name:      "aid denied with a light giving verb ('would not give aid to Vardo', 'would not give Vardo any aid') is a refusal of aid (122), as 'will not provide loans' is; details of aid not given, or a loan not yet given, are none",
			published: "1987-03-12",
			body:      "The minister said Norland would not give aid to Vardo. Brask would not give Vardo any aid. Ostmark did not give details of the aid to Vardo. Lund has not yet given the loan to Vardo.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vardo", "Brask", "Ostmark", "Lund")
			},
			want: []string{"reject  @ happened: Brask/actor, Vardo/target", "reject  @ happened: Norland/actor, Vardo/target"},
		},
		{
			name:      "a noun 'call' with its maker and the party it asks to act is an appeal ('Norland's call for Vardo to stop the subsidies', 'the call by Norland on Vardo to …'); a plea with an infinitive after its party is not stopped by it ('Norland's plea to Vardo to stop …'); a margin or telephone call is none",
			published: "1987-03-12",
			body:      "Norland's call for Vardo to stop the subsidies appeared in a report. The call by Brask on Vardo to reopen the border was repeated. Ostmark's plea to Vardo to stop the shelling was direct. A margin call for Halvard Corp was made. Norland's telephone call to Brask lasted an hour.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vardo", "Brask", "Ostmark")
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"appeal  @ happened: Brask/actor, Vardo/target", "appeal  @ happened: Norland/actor, Vardo/target", "appeal  @ happened: Ostmark/actor, Vardo/target"},
		},
		{
			name:      "'charged (during the debate) that Norland was …', 'complained (that) Vardo had …': an accusation or complaint aimed at the subject of the claim after 'that' (the dictionary's CHARGE 112, COMPLAIN 114); none when that subject is the speaker himself, his own state or no party; a date in the claim is not the charge's",
			published: "1987-03-12",
			body:      "Jon Berg charged during the council debate that Norland was trying to keep jobs at home. Vardo complained that Norland had dumped steel last month. Vardo complained that it had lost sales. Brask complained that prices were too high. Prime Minister Brian Mulroney charged that Canada had been misread. Brask complained Norland was dumping steel.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vardo", "Brask")
				unknownAll(h, graph.Person, "Jon Berg")
				h.known(graph.Person, "Brian Mulroney", "Brian Mulroney").known(graph.Country, "Canada", "Canada")
			},
			want: []string{"disapproval  @ happened: Brask/actor, Norland/target", "disapproval  @ happened: Jon Berg/actor, Norland/target", "disapproval  @ happened: Vardo/actor, Norland/target"},
		},
		{
			name:      "pronoun subject resolves to the one person before",
			published: "2024-10-15",
			body:      "Prime Minister Justin Trudeau spoke in Ottawa. He met Indian officials on Monday.",
			build: func(h *hand) {
				h.known(graph.Person, "Justin Trudeau", "Justin Trudeau").known(graph.City, "Ottawa", "Ottawa").
					known(graph.Country, "India", "=MISC:Indian")
			},
			want: []string{"meeting 2024-10-14 @ happened: Justin Trudeau/participant, India/participant"},
		},
		{
			name:      "a refusal's agent after what it refuses: 'the rejection of the offer by Norland', 'opposition to the deal by the Halvard administration' (the state, when the article names it)",
			published: "1987-03-12",
			body:      "Vardo objected. The rejection of the offer by Norland surprised analysts. The sale was dropped after opposition to the deal by the Berg administration.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vardo")
				h.unknown(graph.Person, "Jon Berg", "", "Berg")
			},
			want: []string{"reject  @ happened: Norland/actor"},
		},
		{
			name:      "a proposal its maker intends to withdraw was made, not planned; one withdrawn after failing stays failed",
			published: "1987-03-12",
			body:      "Halvard Corp said it intends to withdraw its proposal to acquire Vesk Corp by March 30. Brask Inc said it is withdrawing its bid for Lund Corp after failing to gain a majority.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk Corp", "Brask Inc", "Lund Corp")
			},
			// (known gap: the withdrawal's "by March 30" still dates the proposal)
			want: []string{"proposal  @ failed: Brask Inc/actor, Lund Corp/target", "proposal 1987-03-30 @ happened: Halvard Corp/actor, Vesk Corp/target"},
		},
		{
			name:      "a participle between aid's noun and its giver is read past: 'a loan expected from the Vesk Bank', 'an aid package approved by the Norland Congress last year'",
			published: "1987-03-12",
			body:      "Brekka will receive a 300 mln dlr loan expected from the Vesk Bank. The vote guaranteed that part of a 100 mln dlr aid package approved by the Norland Congress last year would be paid.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Bank", "Norland Congress")
				unknownAll(h, graph.Country, "Brekka")
			},
			want: []string{"aid  @ planned: Vesk Bank/actor, Brekka/target", "aid 1986 @ happened: Norland Congress/actor"},
		},
		{
			name:      "'next' or 'forthcoming' before a body's name opens a meeting still to come: 'the next Vesk Open Market Committee meeting'",
			published: "1987-03-12",
			body:      "He will raise the issue at the next Vesk Open Market Committee meeting. He spoke at the last Halvard Council meeting.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Open Market Committee", "Halvard Council")
			},
			want: []string{"meeting  @ happened: Halvard Council/participant", "meeting  @ planned: Vesk Open Market Committee/participant"},
		},
		{
			name:      "talks or a meeting postponed or delayed is still to come, not refused; a speaker telling of others' postponed meeting takes no part in it (he does in 'meetings with X' he tells of)",
			published: "1987-03-12",
			body:      "Talks between Norland and Vardo were postponed until Thursday. Jon Berg spoke. He said a meeting of the Vesk Committee had been postponed. Ada Lund spoke. He said that in meetings with Brekka he had not called for changes.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vardo", "Brekka")
				unknownAll(h, graph.Organization, "Vesk Committee")
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund")
			},
			want: []string{"meeting  @ happened: Brekka/participant, Ada Lund/participant", "meeting  @ planned: Vesk Committee/participant per Jon Berg", "talks  @ planned: Norland/participant, Vardo/participant"},
		},
		{
			name:      "a call by or from someone is that party's appeal ('a call from Jon Berg for a change', 'a call by Prime Minister Ada Lund to clear up'); calls taken, made or by telephone are none",
			published: "1987-03-12",
			body:      "Bankers backed a call from Jon Berg for a change in the committee. The comments followed a call by Prime Minister Ada Lund to clear up misunderstandings. Ole Moe took calls from Per Holm. Holders of Vesk Corp get international calls from Norland.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund", "Ole Moe", "Per Holm")
				unknownAll(h, graph.Organization, "Vesk Corp")
				unknownAll(h, graph.Country, "Norland")
			},
			want: []string{"appeal  @ happened: Ada Lund/actor", "appeal  @ happened: Jon Berg/actor"},
		},
		{
			name:      "what is 'called again for' or 'pressed anew for' is demanded, as after 'called for'",
			published: "1987-03-12",
			body:      "Norland called again for talks with Vardo. Ostria pressed anew for sanctions against Brekka.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vardo", "Ostria", "Brekka")
			},
			want: []string{"appeal  @ happened: Ostria/actor, Brekka/target", "proposal  @ happened: Norland/actor, Vardo/target", "sanctions  @ demanded: Brekka/target",
				"talks  @ demanded: Vardo/participant, Norland/participant"},
		},
		{
			name:      "the act another is urged, asked or called on to do is demanded, not done: 'urged Norland to impose sanctions against Vardo', 'asked Brekka to hold talks'",
			published: "1987-03-12",
			body:      "Ostria urged Norland to impose trade sanctions against Vardo. Ostria asked Brekka to hold talks on fishing quotas. Norland imposed sanctions on Brekka.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vardo", "Ostria", "Brekka")
			},
			want: []string{"appeal  @ happened: Ostria/actor, Brekka/target", "appeal  @ happened: Ostria/actor, Norland/target", "sanctions  @ demanded: Norland/actor, Vardo/target",
				"sanctions  @ happened: Norland/actor, Brekka/target", "talks  @ demanded: Brekka/participant"},
		},
		{
			name:      "a refusal followed by 'but failed to' another act happened (talks that 'failed to produce' an accord failed); a country naming an arms initiative, probe or controversy is no party",
			published: "1987-03-12",
			body:      "Norland rejected the plan but failed to stop it. Talks between Norland and Vardo were held but failed to produce an agreement. Jon Berg opposed the Ostria arms initiative yet failed to end it. Brekka criticised the Ostria arms probe.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vardo", "Ostria", "Brekka")
				unknownAll(h, graph.Person, "Jon Berg")
			},
			want: []string{"disapproval  @ happened: Brekka/actor", "reject  @ happened: Jon Berg/actor", "reject  @ happened: Norland/actor", "talks  @ failed: Norland/participant, Vardo/participant"},
		},
		{
			name:      "a body's organ meets for it ('a full Vesk Organization council meeting'); a meeting 'set for', 'scheduled for' or 'due' is planned, its weekday ahead",
			published: "1987-03-12",
			body:      "A full Vesk Organization council meeting is set for Monday. The Halvard Union board meeting is scheduled for 1900 hours. The Brask Group committee meeting ended on Friday.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Organization", "Halvard Union", "Brask Group")
			},
			want: []string{"meeting  @ planned: Halvard Union/participant", "meeting 1987-03-06 @ happened: Brask Group/participant", "meeting 1987-03-16 @ planned: Vesk Organization/participant"},
		},
		{
			name:      "an aside of means or price between a verb and its object is read past: 'an offer to acquire, through a unit, all shares of X', 'agreed to buy, for 20 mln dlrs, the Pemco unit of Y'",
			published: "1987-03-05",
			body:      "Halvard Corp said it has made an offer to acquire, through a wholly owned unit, all outstanding shares of Brask Inc for 22 dlrs a share. Ostrin Inc said it agreed to buy, for 20 mln dlrs, the Pemco unit of Vesk Corp.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc", "Ostrin Inc", "Vesk Corp")
			},
			want: []string{"agreement  @ happened: Ostrin Inc/participant, Vesk Corp/participant", "proposal  @ happened: Halvard Corp/actor, Brask Inc/target"},
		},
		{
			name:      "a duty put on parties named together binds each ('Japan and Canada must make efforts'); 'had to' said of a named party is an appeal, as 'needs to' is",
			published: "1987-03-05",
			body:      "Jon Berg said Japan and Canada must make long-term efforts to cut their deficits. Ada Lund said Brazil had to solve its problems with the banks.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Person, "Ada Lund", "", "Ada Lund")
				h.known(graph.Country, "Japan", "Japan")
				h.known(graph.Country, "Canada", "Canada")
				h.known(graph.Country, "Brazil", "Brazil")
			},
			want: []string{"appeal  @ happened: Ada Lund/actor, Brazil/target", "demand  @ happened: Jon Berg/actor, Japan/target, Canada/target"},
		},
		{
			name:      "a session of an intergovernmental body is its meeting, with its date; a market's session, or a firm's, is none, and 'met in closed session' is the one meeting the verb names",
			published: "1987-03-05",
			body: "Prices may firm before the next OPEC session on June 25. Halvard Corp shares fell in the afternoon session. " +
				"Vesk Corp held a session with analysts on Monday. European Community ministers met in closed session in Brussels on Friday.",
			build: func(h *hand) {
				h.known(graph.Organization, "Organization of the Petroleum Exporting Countries", "OPEC")
				h.known(graph.Organization, "European Community", "European Community").known(graph.City, "Brussels", "Brussels")
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk Corp")
			},
			want: []string{"meeting 1987-02-27 @Brussels happened: European Community/participant",
				"meeting 1987-06-25 @ planned: Organization of the Petroleum Exporting Countries/participant"},
		},
		{
			name:      "a regulator, a court or a state approving a deal between firms is no side of it; a firm's holders approving its own merger are the firm's",
			published: "1987-03-05",
			body: "The Norland Commerce Commission approved the merger between Halvard Corp and Brask Inc. " +
				"The deal between Vesk Corp and Ostland Bank was approved by the Norland Supreme Court. " +
				"Mersk Inc shareholders approved the merger with Kalle Corp.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Norland Commerce Commission", "Halvard Corp", "Brask Inc", "Vesk Corp", "Ostland Bank",
					"Norland Supreme Court", "Mersk Inc", "Kalle Corp")
			},
			want: []string{"agreement  @ happened: Halvard Corp/participant, Brask Inc/participant",
				"agreement  @ happened: Mersk Inc/participant, Kalle Corp/participant",
				"agreement  @ happened: Vesk Corp/participant, Ostland Bank/participant"},
		},
		{
			name:      "a hostile act others guess a party may do is no threat of it ('exporters fear X may renounce', '…, traders said'), nor a refusal they speculate of; the party's own 'would retaliate' is",
			published: "1987-03-05",
			body: "Exporters fear Vardo may renounce its contract with Norland. Vardo could cancel its grain contract with Norland, traders said. " +
				"Jon Berg said Norland would retaliate against Vardo. Analysts speculated Vardo would not sign the accord with Norland.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.Country, "Norland", "", "Norland")
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			want: []string{"threat  @ happened: Norland/actor, Vardo/target per Jon Berg"},
		},
		{
			name:      "'threaten' with a thing for subject tells a danger, no threat ('drought threatens to reduce X's crop', 'sales of Vardo steel were threatening jobs'); a party's threat, also in a relative clause, is one",
			published: "1987-03-05",
			body: "Severe drought is hurting one-third of Norland and threatens to reduce the country's wheat crop. " +
				"That perception has wrecked Jon Berg's popularity and threatened to condemn him to defeat. " +
				"The complaint said the sales of Vardo steel were threatening jobs in Norland. " +
				"The shares were bought from Halvard Corp, which had threatened a hostile bid for Brask Inc. " +
				"Norland officials threatened to impose tariffs on Vardo.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.Country, "Norland", "", "Norland")
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc")
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			want: []string{"threat  @ happened: Halvard Corp/actor, Brask Inc/target", "threat  @ happened: Norland/actor, Vardo/target"},
		},
		{
			name:      "force needs a state, a place or an armed party: firms in a 'bidding war', a firm that 'will overtake' another, a firm's 'slaughtering plant' are no attack or threat of force; troops attacking a country are",
			published: "1987-03-05",
			body: "A bidding war for Brask Inc pitted Halvard Corp against Vesk Corp. " +
				"Mersk Inc will overtake Kalle Corp by 1990, its chairman said. " +
				"Ostby Corp said it won a contract to set up a slaughtering plant. " +
				"Vardo troops attacked Norland positions on Monday.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Brask Inc", "Halvard Corp", "Vesk Corp", "Mersk Inc", "Kalle Corp", "Ostby Corp")
				h.unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.Country, "Norland", "", "Norland")
			},
			want: []string{"militaryAction 1987-03-02 @ happened: Vardo/actor, Norland/target"},
		},
		{
			name:      "an attack on an argument's thing ('attacked Vardo's fiscal policy', 'attacked OECD forecasts', 'to fight the Norland action'), or that a policy faces, is words, no force",
			published: "1987-03-05",
			body: "Norland has openly attacked Vardo's tight-fisted fiscal policy. Vardo has also attacked Halvard Corp forecasts. " +
				"Jon Berg vowed to fight the Norland action against Vardo potash exports. " +
				"Vardo's economic policies face fierce international attack. Norland troops attacked Vardo on Monday.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.Country, "Norland", "", "Norland")
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp")
			},
			want: []string{"militaryAction 1987-03-02 @ happened: Norland/actor, Vardo/target"},
		},
		{
			name:      "'agreed to pay X for' a firm or its shares is a purchase agreed, as 'agreed to buy' is; paying for one's share of costs is none",
			published: "1987-03-05",
			body: "Jon Berg has agreed to pay 101 mln dlrs for all of Brask Inc's class B shares, analysts noted. " +
				"Halvard Corp agreed to pay 10 mln dlrs for Vesk Corp. Mersk Inc agreed to pay 20 mln dlrs for its share of the costs.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Brask Inc", "Halvard Corp", "Vesk Corp", "Mersk Inc")
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			want: []string{"agreement  @ happened: Halvard Corp/participant, Vesk Corp/participant",
				"agreement  @ happened: Jon Berg/participant, Brask Inc/participant"},
		},
		{
			name:      "a contract won, secured or signed 'to supply X with goods' is a deal with X; goods supplied 'from' a place name no side; an offer received is the other's",
			published: "1987-03-05",
			body: "Halvard Corp said it won a contract to supply Norland with telephone exchanges. " +
				"Brask Inc has secured a contract to supply Mersk Inc with lasers. " +
				"Vesk Corp won the contract to supply the wheat from Vardo. Kalle Corp received an offer to buy its unit.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc", "Mersk Inc", "Vesk Corp", "Kalle Corp")
				h.unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.Country, "Norland", "", "Norland")
			},
			want: []string{"agreement  @ happened: Brask Inc/participant, Mersk Inc/participant",
				"agreement  @ happened: Halvard Corp/participant, Norland/participant"},
		},
		{
			name:      "rights, patents or a licence sold to or bought from a named firm are a deal between the two, as a stake is; what the rights are 'to' is no buyer; sold with no buyer, none",
			published: "1987-03-05",
			body: "Halvard Corp sold the rights to its Vesk technology to Brask Inc for 2 mln dlrs. " +
				"Mersk Inc bought the patents from Kalle Corp. Ostby Corp sold the rights last year.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk", "Brask Inc", "Mersk Inc", "Kalle Corp", "Ostby Corp")
			},
			want: []string{"agreement  @ happened: Halvard Corp/participant, Brask Inc/participant",
				"agreement  @ happened: Mersk Inc/participant, Kalle Corp/participant"},
		},
		{
			name:      "a warning that another thing may happen is a forecast reported, no threat; a warning of the warner's own act, of a response or of force is one",
			published: "1987-03-05",
			body: "The Ostland Fund has warned Norland in a report that a continued rise in wages could undo its program. " +
				"Vardo warned Norland that any interference would meet a strong response. " +
				"Jon Berg warned Ostland that the army could be called in.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Ostland Fund", "", "Ostland Fund").unknown(graph.Person, "Jon Berg", "", "Jon Berg")
				h.unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Ostland", "", "Ostland")
			},
			want: []string{"threat  @ happened: Jon Berg/actor, Ostland/target", "threat  @ happened: Vardo/actor, Norland/target"},
		},
		{
			name:      "a visit to a city with no host named has the city's country as host where the article names it, also a former state whose capital it was (Bonn: West Germany in 1987)",
			published: "1987-03-05",
			body:      "Jon Berg will visit Bonn next week. West Germany welcomed the plan.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").known(graph.City, "Bonn", "Bonn").known(graph.Country, "West Germany", "West Germany")
			},
			want: []string{"visit 1987-03 @Bonn planned: Jon Berg/actor, West Germany/target"},
		},
		{
			name:      "a bid 'for the company' is for the firm named before it that is not the bidder",
			published: "1987-03-05",
			body:      "Brask Inc said it received a bid. Its largest shareholder, Halvard Corp, has offered 65 dlrs per share for the company.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Brask Inc", "Halvard Corp")
			},
			want: []string{"proposal  @ happened: Halvard Corp/actor, Brask Inc/target"},
		},
		{
			name:      "refusing a plan or offer 'devised/proposed/made by X' refuses X's",
			published: "1987-03-05",
			body:      "Halvard Corp would not agree to an alternative plan devised by Brask Inc. Vesk Corp rejected the offer made by Mersk Inc.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc", "Vesk Corp", "Mersk Inc")
			},
			want: []string{"proposal  @ happened: Mersk Inc/actor, Vesk Corp/target",
				"reject  @ happened: Halvard Corp/actor, Brask Inc/target", "reject  @ happened: Vesk Corp/actor, Mersk Inc/target"},
		},
		{
			name:      "an armed group the seeds code as rebels uses force; a warning of what the warner's state will do is a threat",
			published: "2024-03-05",
			body: "Hezbollah could carry out further attacks in Europe, Europol warned in a report on Friday. " +
				"President Joe Biden warned Iran on Tuesday that the United States would not stand by.",
			build: func(h *hand) {
				h.known(graph.Organization, "Hezbollah", "Hezbollah").unknown(graph.Organization, "Europol", "", "Europol").known(graph.Region, "Europe", "Europe")
				h.known(graph.Person, "Joe Biden", "Joe Biden").known(graph.Country, "Iran", "Iran").known(graph.Country, "United States", "United States")
			},
			want: []string{"threat 2024-03-01 @Europe happened: Hezbollah/actor per Europol", "threat 2024-03-05 @ happened: Joe Biden/actor, Iran/target"},
		},
		{
			name:      "an attack's place is also told by a phrase of nearness: 'east of the port city of X', 'off X', past a state's possessive ('east of Norland's second city, X') and a demonym modifier",
			published: "1987-03-05",
			body: "Norland launched an overnight attack east of the southern port city of Ostby. " +
				"Norland forces captured several Vardo posts east of Vardo's second city, Brekka. " +
				"Vardo jets bombed Norland targets near the key Norland air base of Kalby.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.Country, "Norland", "", "Norland")
				h.unknown(graph.City, "Ostby", "", "Ostby").unknown(graph.City, "Brekka", "", "Brekka").unknown(graph.City, "Kalby", "", "Kalby")
			},
			want: []string{"militaryAction  @Brekka happened: Norland/actor, Vardo/target", "militaryAction  @Kalby happened: Vardo/actor, Norland/target",
				"militaryAction  @Ostby happened: Norland/actor"},
		},
		{
			name:      "a firm 'taken over by' another is a deal between the two; taken over by an unnamed buyer it is no seizure",
			published: "1987-03-05",
			body: "Brask Inc, which was later taken over by Halvard Corp, sued Vesk Corp. " +
				"Since the Miami-based carrier was taken over by Mersk Inc last year, morale has fallen.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Brask Inc", "Halvard Corp", "Vesk Corp", "Mersk Inc")
				h.known(graph.City, "Miami", "Miami")
			},
			want: []string{"agreement  @ happened: Halvard Corp/participant, Brask Inc/participant", "coercion  @ happened: Brask Inc/actor, Vesk Corp/target"},
		},
		{
			name:      "opposing or dismissing a request, application or proposal refuses it (a reject), not the dictionary's disapproval; criticising one is disapproval",
			published: "1987-03-05",
			body: "Halvard Corp is opposing Brask Inc's request. The ministry dismissed Vesk Corp's application to acquire Mersk Inc. " +
				"Kalle Corp criticised a proposal by Ostby Corp.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc", "Vesk Corp", "Mersk Inc", "Kalle Corp", "Ostby Corp")
			},
			want: []string{"disapproval  @ happened: Kalle Corp/actor, Ostby Corp/target",
				"reject  @ happened: Halvard Corp/actor, Brask Inc/target"},
		},
		{
			name:      "a country named only inside an affair's name ('the Vardo arms scandal', 'the arms-to-Vardo scandal') is no party",
			published: "1987-03-05",
			body:      "Senate investigators into the Vardo arms scandal agreed to combine their hearings. Jon Berg was damaged by the arms-to-Vardo scandal.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Organization, "Senate", "", "Senate")
			},
			want: nil,
		},
		{
			name:      "'to protest' as the purpose of an act done ('staged a demonstration to protest', 'staging a sit-in to protest') was done with it; one to come stays planned",
			published: "1987-03-05",
			body: "A group of ecologists staged a demonstration to protest Vardo's plans to build a dam. " +
				"The workers, staging a sit-in to protest Halvard Corp's decision to close the plant, met today. " +
				"The union will hold a rally to protest against Brask Inc.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Vardo", "", "Vardo")
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc")
			},
			want: []string{"protest  @ happened: Halvard Corp/target", "protest  @ happened: Vardo/target", "protest  @ planned: Brask Inc/target"},
		},
		{
			name:      "a named party meeting 'with' people it does not name ('another potential suitor', 'representatives from exporting companies') holds a meeting of its own (GUIDE.md: one named party alone)",
			published: "1987-03-05",
			body:      "Jon Berg said Halvard Corp is meeting tomorrow with another potential suitor.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp")
			},
			want: []string{"meeting 1987-03-06 @ planned: Halvard Corp/participant per Jon Berg"},
		},
		{
			name:      "a buyout of a named firm by another is a deal between the two, as an acquisition is; one with no buyer named is none",
			published: "1987-03-05",
			body:      "Halvard Corp completed the buyout of Brask Inc last year. The leveraged buyout of Vesk Corp by Mersk Inc was completed. Management proposed a buyout.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc", "Vesk Corp", "Mersk Inc")
			},
			want: []string{"agreement  @ happened: Mersk Inc/participant, Vesk Corp/participant", "agreement 1986 @ happened: Halvard Corp/participant, Brask Inc/participant"},
		},
		{
			name:      "a body's organ named after it ('the Halvard Exchange board', 'the OPEC pricing committee') acts for the body",
			published: "1987-03-05",
			body:      "The Halvard Exchange board rejected a petition by Jon Berg. The OPEC pricing committee will meet on March 30.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Exchange")
				h.known(graph.Organization, "Organization of the Petroleum Exporting Countries", "OPEC")
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			want: []string{"meeting 1987-03-30 @ planned: Organization of the Petroleum Exporting Countries/participant", "reject  @ happened: Halvard Exchange/actor, Jon Berg/target"},
		},
		{
			name:      "a veto, a proposal or an urging of a thing by a named party with no addressee named is an event of its actor alone; proposing is a proposal",
			published: "1987-03-05",
			body: "Jon Berg said he will veto an 87.5 billion dlr highway bill. Halvard Corp said it is proposing a new approach to regulating the market. " +
				"Ada Lund urged passage of an amendment.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Person, "Ada Lund", "", "Ada Lund")
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"appeal  @ happened: Ada Lund/actor", "proposal  @ happened: Halvard Corp/actor", "reject  @ planned: Jon Berg/actor"},
		},
		{
			name:      "a country named only as the home of a firm or investors is no side of the firm's deal ('an agreement with a Norland marketing company', 'to a group of Vardo investors', 'Vardo's state-owned Brask Inc', whose firm is the side)",
			published: "1987-03-05",
			body: "Halvard Corp finalized an agreement with a Norland marketing company. Mersk Inc agreed to sell its unit to a group of Vardo investors. " +
				"Ostby AG is a joint venture between Kalle Corp and Vardo's state-owned Brask Inc.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Mersk Inc", "Kalle Corp", "Brask Inc", "Ostby AG")
				h.unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.Country, "Norland", "", "Norland")
			},
			want: []string{"agreement  @ happened: Halvard Corp/participant", "agreement  @ happened: Kalle Corp/participant, Brask Inc/participant",
				"agreement  @ happened: Mersk Inc/participant"},
		},
		{
			name:      "a country named only as the home of the firms or bankers meeting or talking is no side of the talks; a debtor state is the side of talks with its creditor banks",
			published: "1987-03-05",
			body: "Norland bankers will meet with Halvard Corp on Monday. Talks between a Vardo company and Brask Inc went well. " +
				"Jon Berg is in New York for talks with Ostland's creditor banks.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc")
				h.unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Ostland", "", "Ostland")
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").known(graph.City, "New York", "New York")
			},
			want: []string{"meeting 1987-03-09 @ planned: Halvard Corp/participant", "talks  @ happened: Brask Inc/participant",
				"talks  @New York happened: Ostland/participant, Jon Berg/participant"},
		},
		{
			name:      "a firm bought keeps its name as the object's head before an apposition naming a place ('Brask Leasing Co Inc, a Portland, Maine lessor')",
			published: "1987-03-05",
			body:      "Halvard Bank said it has agreed to purchase Brask Leasing Co Inc, a Portland, Maine lessor of office equipment, for about 43,000 common shares.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Bank", "Brask Leasing Co Inc")
				h.unknown(graph.City, "Portland", "", "Portland").known(graph.Region, "Maine", "Maine")
			},
			want: []string{"agreement  @ happened: Halvard Bank/participant, Brask Leasing Co Inc/participant"},
		},
		{
			name:      "a cooperative act denied is a refusal only where the party will not do it or does not accept it; an act not done ('did not release details', 'has not yet reached an agreement', 'were not submitted until') is no event (GUIDE.md), nor 'will not allow X to'",
			published: "1987-03-05",
			body: "Halvard Corp will not accept the offer from Vesk Corp. Brask Inc does not support the plan of Kalle Corp. " +
				"Mersk Inc did not release details of Ostby Corp's plans. Ostby Corp said it has not yet reached an agreement with Mersk Inc. " +
				"Norland will not allow Vardo to use the port. The documents required by Norland were not submitted by Vardo until February. " +
				"Norland is not prepared to discuss prices with Vardo.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk Corp", "Brask Inc", "Kalle Corp", "Mersk Inc", "Ostby Corp")
				h.unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.Country, "Norland", "", "Norland")
			},
			want: []string{"proposal  @ happened: Vesk Corp/actor, Halvard Corp/target",
				"reject  @ happened: Brask Inc/actor, Kalle Corp/target",
				"reject  @ happened: Halvard Corp/actor, Vesk Corp/target",
				"reject  @ happened: Norland/actor, Vardo/target"},
		},
		{
			name:      "a person who tells of talks of others is no side of them; one the claim puts in them by a pronoun is ('his talks with X', 'negotiate with him'); a state that tells of its talks with another is",
			published: "1987-03-05",
			body: "Progress in the talks between Norland and its bank advisory committee is close at hand, said Jon Berg. " +
				"Ada Lund said her talks at Ostby with Kari Moe had been constructive. Vardo said the negotiations with Brekka had collapsed.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Person, "Ada Lund", "", "Ada Lund").unknown(graph.Person, "Kari Moe", "", "Kari Moe")
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.Country, "Brekka", "", "Brekka").unknown(graph.City, "Ostby", "", "Ostby")
			},
			want: []string{"talks  @ failed: Brekka/participant, Vardo/participant", "talks  @ happened: Norland/participant per Jon Berg",
				"talks  @Ostby happened: Kari Moe/participant, Ada Lund/participant"},
		},
		{
			name:      "opposing a policy named in general is a standing view, no rejection ('opposes tax increases'); opposing a party's proposal, or being opposed by a party, is one",
			published: "1987-03-05",
			body: "Jon Berg said he opposes new taxes. Ada Lund opposed import subsidies or tariffs. Kari Moe opposed the proposal of Norland. " +
				"The sale was opposed by Vardo.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Person, "Ada Lund", "", "Ada Lund").unknown(graph.Person, "Kari Moe", "", "Kari Moe")
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo")
			},
			want: []string{"proposal  @ happened: Norland/actor, Kari Moe/target", "reject  @ happened: Kari Moe/actor, Norland/target", "reject  @ happened: Vardo/actor"},
		},
		{
			name:      "a call or a request that is a step of finance is no appeal ('called for the redemption of its debentures', 'called for a rights issue', 'asked Y to arrange a facility'); a call on a party to act is",
			published: "1987-03-05",
			body: "Halvard Corp said it called for the redemption of its debentures. Brask Inc called for a rights issue last November. " +
				"Vesk Corp asked Kalle Bank to arrange a 100 mln dlr facility. Mersk Inc called on Ostby Corp to withdraw its bid.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc", "Vesk Corp", "Kalle Bank", "Mersk Inc", "Ostby Corp")
			},
			want: []string{"appeal  @ happened: Mersk Inc/actor, Ostby Corp/target"},
		},
		{
			name:      "an agreement to supply goods to a named party has it as a side, as one to buy from it has; supplying goods alone is trade, no agreement; an executed agreement is made by who executed it",
			published: "1987-03-05",
			body:      "Halvard Corp signed an agreement to supply disk drives to Brask Inc. Vesk Corp supplied coal to Kalle Corp. Mersk Inc said it has executed an underwriting agreement with Ostby Corp.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc", "Vesk Corp", "Kalle Corp", "Mersk Inc", "Ostby Corp")
			},
			want: []string{"agreement  @ happened: Halvard Corp/participant, Brask Inc/participant", "agreement  @ happened: Mersk Inc/participant, Ostby Corp/participant"},
		},
		{
			name:      "refusing 'the offer' refuses the bid told just before against the one who refuses it; another who refuses it names no bidder",
			published: "1987-03-05",
			body:      "Halvard Corp made an offer for Brask Inc. Brask Inc rejected the offer. Kalle Corp made an offer for Mersk Inc. Vesk Corp rejected the offer.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc", "Kalle Corp", "Mersk Inc", "Vesk Corp")
			},
			want: []string{"proposal  @ happened: Halvard Corp/actor, Brask Inc/target", "proposal  @ happened: Kalle Corp/actor, Mersk Inc/target",
				"reject  @ happened: Brask Inc/actor, Halvard Corp/target", "reject  @ happened: Vesk Corp/actor"},
		},
		{
			name:      "a date in a noun's possessive ('last December's OPEC meeting') is the event's, whatever finer date the sentence gives later",
			published: "1987-03-05",
			body:      "Prices recovered after last December's OPEC meeting and Brent traded today around 17 dlrs.",
			build: func(h *hand) {
				h.known(graph.Organization, "Organization of the Petroleum Exporting Countries", "OPEC")
			},
			want: []string{"meeting 1986-12 @ happened: Organization of the Petroleum Exporting Countries/participant"},
		},
		{
			name:      "one side that 'agreed, saying …' shares a view, makes no agreement; two sides that agreed made one",
			published: "1987-03-05",
			body:      "Jon Berg of Halvard Bank agreed, saying the dollar would fall. Vesk Corp and Brask Inc agreed on a merger.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg")
				unknownAll(h, graph.Organization, "Halvard Bank", "Vesk Corp", "Brask Inc")
			},
			want: []string{"agreement  @ happened: Vesk Corp/participant, Brask Inc/participant"},
		},
		{
			name:      "a region lent or given to is the aid's receiver, not where it happens, as a country is",
			published: "1987-03-05",
			body:      "The World Bank has lent 35 billion dlrs to Latin America. The IMF lent 5 mln dlrs to Norland.",
			build: func(h *hand) {
				h.known(graph.Organization, "World Bank", "World Bank").known(graph.Organization, "International Monetary Fund", "IMF")
				h.known(graph.Region, "Latin America", "Latin America").unknown(graph.Country, "Norland", "", "Norland")
			},
			want: []string{"aid  @ happened: International Monetary Fund/actor, Norland/target", "aid  @ happened: World Bank/actor, Latin America/target"},
		},
		{
			name:      "what a party is unwilling or reluctant to give is no aid, neither by its verb nor by its noun; another party's demands it is unwilling to countenance stay that party's",
			published: "1987-03-05",
			body:      "Vardo creditors are unwilling to provide any new credits to Norland. Ostmark is unwilling to countenance Brekka demands for higher tariffs.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.Country, "Norland", "", "Norland").
					unknown(graph.Country, "Ostmark", "", "Ostmark").unknown(graph.Country, "Brekka", "", "Brekka")
			},
			want: []string{"demand  @ happened: Brekka/actor"},
		},
		{
			name:      "people blocking a road or a border crossing protest (144), they refuse nothing; blocking a proposal, or another's consideration of a bill, is a refusal",
			published: "1987-03-05",
			body:      "Vardo farmers blocked a border crossing with Norland. Vardo blocked the proposal of Norland. Ostmark blocked Senate consideration of a Norland bill.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Ostmark", "", "Ostmark")
			},
			want: []string{"protest  @ happened: Vardo/actor, Norland/target", "reject  @ happened: Ostmark/actor, Norland/target", "reject  @ happened: Vardo/actor, Norland/target"},
		},
		{
			name:      "a date that closes a clause before 'and' and another verb dates that clause's event, not the next one's",
			published: "1987-03-05",
			body:      "Jon Berg met Ada Lund today and urged Norland to cut its tariffs.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Person, "Ada Lund", "", "Ada Lund").unknown(graph.Country, "Norland", "", "Norland")
			},
			want: []string{"appeal  @ happened: Jon Berg/actor, Norland/target", "meeting 1987-03-05 @ happened: Jon Berg/participant, Ada Lund/participant"},
		},
		{
			name:      "a meeting named by its body, read from the noun, is held where 'in <place>' after it and its date says",
			published: "1987-03-05",
			body:      "The issue comes up again during the IMF meetings next month in Ostby.",
			build: func(h *hand) {
				h.known(graph.Organization, "International Monetary Fund", "IMF").unknown(graph.City, "Ostby", "", "Ostby")
			},
			want: []string{"meeting 1987-04 @Ostby planned: International Monetary Fund/participant"},
		},
		{
			name:      "talks a party went to or was at a place for, or held before it left the place, are held there; not talks after which it went on elsewhere",
			published: "1987-03-05",
			body: "Jon Berg arrived in Ostby at the head of a large delegation for talks with Vardo. " +
				"Ada Lund left Brekka yesterday evening after talks with Vardo. Kari Moe is on his way to Norland after talks with Vardo.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Person, "Ada Lund", "", "Ada Lund").unknown(graph.Person, "Kari Moe", "", "Kari Moe")
				h.unknown(graph.City, "Ostby", "", "Ostby").unknown(graph.City, "Brekka", "", "Brekka")
				h.unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.Country, "Norland", "", "Norland")
			},
			want: []string{"talks  @ happened: Vardo/participant, Kari Moe/participant",
				"talks  @Ostby happened: Vardo/participant, Jon Berg/participant",
				"talks 1987-03-04 @Brekka happened: Vardo/participant, Ada Lund/participant",
				"visit  @Ostby happened: Jon Berg/actor, Vardo/target"},
		},
		{
			name:      "'broke off (merger) discussions with X' is talks that failed, no threat",
			published: "1987-03-05",
			body:      "Halvard Corp said its Brask unit broke off merger discussions with Vesk Corp.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask", "Vesk Corp")
			},
			want: []string{"talks  @ failed: Brask/participant, Vesk Corp/participant per Halvard Corp"},
		},
		{
			name:      "'a deal was struck with X' is a deal made, no military strike",
			published: "1987-03-05",
			body:      "Analysts said a deal was struck with Halvard Corp in February.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"agreement 1987-02 @ happened: Halvard Corp/participant"},
		},
		{
			name:      "'advised X that …', 'retained to advise X on …', 'advised by X' tell or counsel, no appeal; 'advised X to do Y' asks",
			published: "1987-03-05",
			body:      "Halvard Corp said it advised Vesk Bank that the plants would close. Ostland Partners has been retained to advise Brask Inc on the sale. Kolby Corp advised Mersk Corp to sell its stake.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk Bank", "Ostland Partners", "Brask Inc", "Kolby Corp", "Mersk Corp")
			},
			want: []string{"appeal  @ happened: Kolby Corp/actor, Mersk Corp/target"},
		},
		{
			name:      "a resolution of a dispute or matter settles it and a continuing resolution is a spending bill: no body's resolution; a body adopting one calling for action is",
			published: "1987-03-05",
			body:      "Halvard Corp stopped market making pending resolution of the matter with the Vesk Exchange. The Ostland Party had only come forth with a so-called continuing resolution. The Brask Council adopted a resolution demanding that Kolby Corp withdraw.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk Exchange", "Ostland Party", "Brask Council", "Kolby Corp")
			},
			want: []string{"demand  @ happened: Brask Council/actor, Kolby Corp/target", "resolution  @ happened: Brask Council/actor"},
		},
		{
			name:      "an agreement named with both its sides is stated even when the sentence does not make it; not 'any' agreement, not one proposed, not one a person or a town is read as a side of",
			published: "1987-03-05",
			body:      "Mersk Ratings said the merger agreement between Halvard Bank and Ostland Bank would not affect its ratings. The trust requires the bank to vote for any acquisition agreement between Vardo Corp and Brask Inc. Jon Berg said the agreement with Lund Corp was a good deal. Analysts said the trackage agreement between Kolby Corp and Tromvik would help.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Mersk Ratings", "Halvard Bank", "Ostland Bank", "Vardo Corp", "Brask Inc", "Lund Corp", "Kolby Corp")
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.City, "Tromvik", "", "Tromvik")
			},
			want: []string{"agreement  @ happened: Halvard Bank/participant, Ostland Bank/participant per Mersk Ratings"},
		},
		{
			name:      "a date after a participle of a thing the act is about dates that thing, not the act: 'rejected a petition presented in February', 'which had sales for the year ended August 31, 1986'",
			published: "1987-03-05",
			body:      "Halvard Bank rejected a petition presented in February by some members. Vardo Corp said it has purchased Brask Inc, which had sales of 10 mln dlrs for the year ended August 31, 1986.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Bank", "Vardo Corp", "Brask Inc")
			},
			want: []string{"agreement  @ happened: Vardo Corp/participant, Brask Inc/participant", "reject  @ happened: Halvard Bank/actor"},
		},
		{
			name:      "a bid for shares in or of a firm is aimed at the firm: 'a tender offer for up to 2,500,000 common shares of X'",
			published: "1987-03-05",
			body:      "Vardo Corp said it has started a tender offer for up to 2,500,000 common shares of Brask Inc. Halvard Bank is making a tender offer for 30 mln ordinary shares in Ostland Bank.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Bank", "Ostland Bank", "Vardo Corp", "Brask Inc")
			},
			want: []string{"proposal  @ happened: Halvard Bank/actor, Ostland Bank/target", "proposal  @ happened: Vardo Corp/actor, Brask Inc/target"},
		},
		{
			name:      "who completed or raised a bid for a firm made it: 'completed a tender offer for X common shares'",
			published: "1987-03-05",
			body:      "Vardo Corp completed a tender offer for Brask Inc common shares in late February. Halvard Bank raised the offer for Ostland Bank to 30 dlrs a share.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Bank", "Ostland Bank", "Vardo Corp", "Brask Inc")
			},
			want: []string{"proposal  @ happened: Halvard Bank/actor, Ostland Bank/target", "proposal 1987-02 @ happened: Vardo Corp/actor, Brask Inc/target"},
		},
		{
			name:      "a facility, factory or hotel sold to a named buyer is a deal (GUIDE.md: facilities changing hands)",
			published: "1987-03-05",
			body:      "Halvard Bank sold the facility to Ostland Bank in January. Vardo Corp sold two hotels to Brask Inc.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Bank", "Ostland Bank", "Vardo Corp", "Brask Inc")
			},
			want: []string{"agreement  @ happened: Vardo Corp/participant, Brask Inc/participant", "agreement 1987-01 @ happened: Halvard Bank/participant, Ostland Bank/participant"},
		},
		{
			name:      "a part of a business sold ('most of its assets', 'all of its operations') is a business sold",
			published: "1987-03-05",
			body:      "Halvard Bank sold most of its assets to Ostland Bank. Vardo Corp sold all of its farm equipment operations to Brask Inc.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Bank", "Ostland Bank", "Vardo Corp", "Brask Inc")
			},
			want: []string{"agreement  @ happened: Halvard Bank/participant, Ostland Bank/participant", "agreement  @ happened: Vardo Corp/participant, Brask Inc/participant"},
		},
		{
			name:      "talks that are the means of an act to come ('seeks to postpone the payments through negotiations') are planned, not failed",
			published: "1987-03-05",
			body:      "Norland seeks to postpone the payments through negotiations with its creditors.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland")
			},
			want: []string{"talks  @ planned: Norland/participant"},
		},
		{
			name:      "a named side discussing or negotiating something 'with' people the text does not name holds talks alone; an unnamed subject holds none",
			published: "1987-03-05",
			body:      "Norland is discussing a new accord with its creditors. Jon Berg said the bank would begin discussing the facility with potential customers.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			want: []string{"talks  @ happened: Norland/participant"},
		},
		{
			name:      "a firm that won or took control of a firm made a deal with it; a body our knowledge holds taking control of one, or control still to take, is none",
			published: "1987-03-05",
			body:      "Halvard Corp won control of Brask Inc last year. Vardo Corp took control of Ostland Ltd. The IMF said it took control of Kessel Savings. Tally Corp plans to take control of Pemb Inc.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc", "Vardo Corp", "Ostland Ltd", "Kessel Savings", "Tally Corp", "Pemb Inc")
				h.known(graph.Organization, "International Monetary Fund", "IMF")
			},
			want: []string{"agreement  @ happened: Vardo Corp/participant, Ostland Ltd/participant", "agreement 1986 @ happened: Halvard Corp/participant, Brask Inc/participant"},
		},
		{
			name:      "a firm's purchase of a named firm told as the means of what it did ('entered the market with the purchase of Brask Inc', 'which expanded through the acquisition of') is a deal between the two",
			published: "1987-03-05",
			body:      "Halvard Corp entered the market in 1986 with the purchase of Brask Inc. Analysts cited Vardo Bank, which expanded through the acquisition of Ostland Ltd.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc", "Vardo Bank", "Ostland Ltd")
			},
			want: []string{"agreement  @ happened: Vardo Bank/participant, Ostland Ltd/participant", "agreement 1986 @ happened: Halvard Corp/participant, Brask Inc/participant"},
		},
		{
			name:      "one who is involved or engaged in talks with a party takes part in them, as one who is in talks does",
			published: "1987-03-05",
			body:      "Halvard Corp is involved in talks with Brask Inc. Norland is engaged in negotiations with Vardo.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc")
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo")
			},
			want: []string{"talks  @ happened: Brask Inc/participant, Halvard Corp/participant", "talks  @ happened: Vardo/participant, Norland/participant"},
		},
		{
			name:      "a firm sold to a named buyer, told in the passive, is a deal between the two, done or to close; shares sold, or a firm sold to the public, are none",
			published: "1987-03-05",
			body:      "Brask Ltd was sold to Ostland Bank last year. Vardo Ltd shares were sold to Tally Corp. Pemb Ltd was sold to the public.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Brask Ltd", "Ostland Bank", "Vardo Ltd", "Tally Corp", "Pemb Ltd")
			},
			want: []string{"agreement 1986 @ happened: Ostland Bank/participant, Brask Ltd/participant"},
		},
		{
			name:      "all of a firm's stock bought ('acquired all the common stock of', '100 pct of') is the firm bought; a part of it on the market is no deal",
			published: "1987-03-05",
			body:      "Halvard Corp acquired all the common stock of Brask Inc. Vardo Corp bought 100 pct of Ostland Ltd. Tally Corp bought 20 pct of Pemb Inc.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc", "Vardo Corp", "Ostland Ltd", "Tally Corp", "Pemb Inc")
			},
			want: []string{"agreement  @ happened: Halvard Corp/participant, Brask Inc/participant", "agreement  @ happened: Vardo Corp/participant, Ostland Ltd/participant"},
		},
		{
			name:      "a merger of two named firms owned by one ('its pending merger with') is told as a deal even when the article told none before; one rejected or proposed is not",
			published: "1987-03-05",
			body:      "Halvard Corp said its pending merger with Brask Inc was delayed. The agency had rejected in July, on grounds it would reduce competition, the merger of Tally Corp and Pemb Inc.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc", "Tally Corp", "Pemb Inc")
			},
			want: []string{"agreement  @ happened: Brask Inc/participant, Halvard Corp/participant"},
		},
		{
			name:      "one named as the subject of going on strike, declaring or staging one protests; workers employed by a named firm, or strikes called off, are not the firm's",
			published: "1987-03-20",
			body:      "The Halvard Dockers Union went on strike for 24 hours on Monday. About 9,000 miners employed by Brask Corp declared a general strike. The Vardo Transport Union has called off the strikes.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Dockers Union", "Brask Corp", "Vardo Transport Union")
			},
			want: []string{"protest 1987-03-16 @ happened: Halvard Dockers Union/actor"},
		},
		{
			name:      "an offer declined that is 'his' is the offer of the person 'his' stands for: he made it, and the refusal is aimed at him",
			published: "1987-03-05",
			body:      "Jon Berg spoke on Monday. Halvard Corp declined his offer.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg")
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"proposal  @ happened: Jon Berg/actor, Halvard Corp/target", "reject  @ happened: Halvard Corp/actor, Jon Berg/target"},
		},
		{
			name:      "the subject of 'mounted' or 'waged' an offensive or attack acts; one who 'conducted attacks' used force, not the dictionary's 'lead the attack' (rallying opposition)",
			published: "1987-03-05",
			body:      "Norland mounted an offensive against Vardo. Ostland waged a war against Brask. Tally conducted attacks on Pemb.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vardo", "Ostland", "Brask", "Tally", "Pemb")
			},
			want: []string{"militaryAction  @ happened: Norland/actor, Vardo/target", "militaryAction  @ happened: Ostland/actor, Brask/target", "militaryAction  @ happened: Tally/actor, Pemb/target"},
		},
		{
			name:      "a person or a firm our knowledge does not hold that attacks no one and nowhere named speaks against something: no force; a state attacking one is",
			published: "1987-03-05",
			body:      "The Halvard Dockers Union attacked loss figures given for the port. Jon Berg attacked the practice of buying firms. Norland attacked Vardo.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Dockers Union")
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg")
				unknownAll(h, graph.Country, "Norland", "Vardo")
			},
			want: []string{"militaryAction  @ happened: Norland/actor, Vardo/target"},
		},
		{
			name:      "people and firms our knowledge does not hold who defeat, fight or move against each other do so in a vote or a market: no force",
			published: "1987-03-05",
			body:      "Jon Berg defeated vice chairman Ole Moe by a vote of 315 to 217. Halvard Corp fought Brask Inc over the contract. Norland defeated Vardo.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg", "Ole Moe")
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc")
				unknownAll(h, graph.Country, "Norland", "Vardo")
			},
			want: []string{"militaryAction  @ happened: Norland/actor, Vardo/target"},
		},
		{
			name:      "a country describing a firm's kind in a long description joined by 'and' is no party",
			published: "1987-03-05",
			body:      "The Norlandic metal trading and equipment sales company Vardo Export signed the contract with Ostland.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "=MISC:Norlandic").unknown(graph.Organization, "Vardo Export", "", "Vardo Export").
					unknown(graph.Country, "Ostland", "", "Ostland")
			},
			want: []string{"agreement  @ happened: Vardo Export/participant, Ostland/participant"},
		},
		{
			name:      "talks that failed to do something failed; a participle after a comma dates the noun before it, not the talks",
			published: "1987-03-05",
			body:      "Norland's talks with Ostland failed to break a deadlock over export quotas, suspended in February 1986. The directors of Norland, the largest state, voted on Tuesday to urge Ostland to act. Norland met Ostland to discuss tariffs, suspended in June 1986.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Ostland", "", "Ostland")
			},
			want: []string{
				"appeal 1987-03-03 @ happened: Norland/actor, Ostland/target",
				"meeting  @ happened: Norland/participant, Ostland/participant",
				"talks  @ failed: Norland/participant, Ostland/participant",
			},
		},
		{
			name:      "a pipeline or a rail link is built, not proposed",
			published: "1987-03-05",
			body:      "Workers began building a pipeline from Vesk City in Norland to Brekka City. The Norlandic pipeline to Brekka City has room. Norland hopes a rail link to Ostland can be built.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland", "=MISC:Norlandic").unknown(graph.Country, "Ostland", "", "Ostland").
					unknown(graph.City, "Vesk City", "", "Vesk City").unknown(graph.City, "Brekka City", "", "Brekka City")
			},
			want: nil,
		},
		{
			name:      "only a verb of expelling, or people sent away, is an expulsion",
			published: "1987-03-05",
			body:      "Vardo Bank removed Halvard Corp from its recommended list. Norland expelled two Ostlandic diplomats. Jon Berg was ousted as party leader by Lena Dahl.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Ostland", "", "=MISC:Ostlandic").
					unknown(graph.Organization, "Vardo Bank", "", "Vardo Bank").unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").
					unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Person, "Lena Dahl", "", "Lena Dahl")
			},
			want: []string{"repatriation  @ happened: Norland/actor, Ostland/target"},
		},
		{
			name:      "'proposed' before a name that modifies a noun names a thing, no act of proposing",
			published: "1987-03-05",
			body:      "Norland producers are hoping the proposed Ostland tax on fats will not be imposed. The Senate voted to condemn the proposed Ostland (OST) tax on oils.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Ostland", "", "Ostland", "OST").
					unknown(graph.Organization, "Senate", "", "Senate")
			},
			want: []string{"disapproval  @ happened: Senate/actor, Ostland/target"},
		},
		{
			name:      "loans signed from a lender are its aid to the signer; help to the money market, help one works with and a loan rate are no aid",
			published: "1987-03-05",
			body:      "Norland signed four loans from the Vesk Development Bank. The Ostmark Bank said it provided assistance worth 350 mln stg against a shortage. Halvard Corp acquired Brask Inc with the assistance of the Vesk Development Bank. Support is provided by the Norland loan rate.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Organization, "Vesk Development Bank", "", "Vesk Development Bank").
					unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").
					unknown(graph.Organization, "Brask Inc", "", "Brask Inc")
			},
			want: []string{"agreement  @ happened: Halvard Corp/participant, Brask Inc/participant", "aid  @ happened: Vesk Development Bank/actor, Norland/target"},
		},
		{
			name:      "the new end of an offer extended, or the day it expires, dates no offer",
			published: "1987-03-05",
			body:      "Halvard Corp said it extended its tender offer for Brask Inc to March 20. Vesk Corp said its offer for Ostmark Inc expires on Friday.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Brask Inc", "", "Brask Inc").
					unknown(graph.Organization, "Vesk Corp", "", "Vesk Corp").unknown(graph.Organization, "Ostmark Inc", "", "Ostmark Inc")
			},
			want: []string{"proposal  @ happened: Halvard Corp/actor, Brask Inc/target", "proposal  @ happened: Vesk Corp/actor, Ostmark Inc/target"},
		},
		{
			name:      "a firm in the wire's angle brackets is one name of a list; a firm placed by its town and state after a comma is the party of a deal",
			published: "1987-03-05",
			body:      "Halvard Corp has filed suit against <Brask Associates Ltd>, Dorn Corp, Lisk Corp and others. Vesk Corp last year acquired Ostmark Bank, Kolby, Wash.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Brask Associates Ltd", "", "Brask Associates Ltd").
					unknown(graph.Organization, "Dorn Corp", "", "Dorn Corp").unknown(graph.Organization, "Lisk Corp", "", "Lisk Corp").
					unknown(graph.Organization, "Vesk Corp", "", "Vesk Corp").unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").
					unknown(graph.City, "Kolby", "", "Kolby").known(graph.Region, "Washington State", "Wash.")
			},
			want: []string{
				"agreement 1986 @ happened: Vesk Corp/participant, Ostmark Bank/participant",
				"disapproval  @ happened: Halvard Corp/actor, Brask Associates Ltd/target, Dorn Corp/target, Lisk Corp/target",
			},
		},
		{
			name:      "a firm's ticker after its name, with a dot inside, is part of the name as the parse reads it",
			published: "1987-03-02",
			body:      "Halvard AG <HALV.F>, <Brask Inc.>, Kolby, Colorado, and <Vesk Corp>, Tokyo, have agreed to pool their research on memory discs.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard AG", "", "Halvard AG").unknown(graph.Organization, "Brask Inc.", "", "Brask Inc.").
					unknown(graph.City, "Kolby", "", "Kolby").known(graph.Region, "Colorado", "Colorado").
					unknown(graph.Organization, "Vesk Corp", "", "Vesk Corp").known(graph.City, "Tokyo", "Tokyo")
			},
			want: []string{"agreement  @ happened: Halvard AG/participant, Brask Inc./participant, Vesk Corp/participant"},
		},
		{
			name:      "what an agreement with a party is on is its matter, not a party; assembling a thing is no meeting",
			published: "1987-03-25",
			body:      "Halvard Airlines Ltd said it has agreed with Brask Airways Ltd to an increase in seat allocations on the busy Manila-Hong Kong route. Halvard Airlines Ltd may assemble aircraft in Oregon, a spokesman said.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Airlines Ltd", "", "Halvard Airlines Ltd").unknown(graph.Organization, "Brask Airways Ltd", "", "Brask Airways Ltd").
					known(graph.Country, "Philippines", "Manila").known(graph.Region, "Hong Kong", "Hong Kong").known(graph.Region, "Oregon", "Oregon")
			},
			want: []string{"agreement  @ happened: Halvard Airlines Ltd/participant, Brask Airways Ltd/participant"},
		},
		{
			name:      "a name in the wire's brackets or before its ticker is the head of its phrase, not the state before it or the place after it",
			published: "1987-03-25",
			body:      "Halvard Inc said it agreed to sell its unit to <Brask AG> of West Germany. Norway's Vesk Corp <VSK.OL> made an offer for Ostmark Inc. Kolby Ltd resumed talks with U.S. <Dorn Corp.> last week.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Inc", "", "Halvard Inc").unknown(graph.Organization, "Brask AG", "", "Brask AG").
					known(graph.Country, "West Germany", "West Germany").known(graph.Country, "Norway", "Norway").
					unknown(graph.Organization, "Vesk Corp", "", "Vesk Corp").unknown(graph.Organization, "Ostmark Inc", "", "Ostmark Inc").
					unknown(graph.Organization, "Kolby Ltd", "", "Kolby Ltd").known(graph.Country, "United States", "U.S.").
					unknown(graph.Organization, "Dorn Corp.", "", "Dorn Corp.")
			},
			want: []string{
				"agreement  @ happened: Halvard Inc/participant, Brask AG/participant",
				"proposal  @ happened: Vesk Corp/actor, Ostmark Inc/target",
				"talks 1987-03 @ happened: Kolby Ltd/participant, Dorn Corp./participant",
			},
		},
		{
			name:      "advising unnamed holders after 'that' is an appeal by the named adviser; a named party that 'needs to' act is appealed to; hosting negotiations is talks, no visit",
			published: "1987-03-17",
			body:      "Halvard Corp's board recommended that shareholders reject the offer. Brask Bank said Norway needs to cut its interest rates. A new formula will take account of rates in the exporting countries, the 24-nation Vesk Council, which hosted the reform negotiations, said.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Brask Bank", "", "Brask Bank").
					known(graph.Country, "Norway", "Norway").unknown(graph.Organization, "Vesk Council", "", "Vesk Council")
			},
			want: []string{
				"appeal  @ happened: Brask Bank/actor, Norway/target",
				"appeal  @ happened: Halvard Corp/actor",
				"talks  @ happened: Vesk Council/participant",
			},
		},
		{
			name:      "firms bought together are one deal each with the buyer; a merger of several is one",
			published: "1987-03-09",
			body:      "Halvard Corp said it acquired Brask Inc and Vesk Corp for 20 mln dlrs. Ostmark Inc completed the merger of its Dorn Co unit and Lisk Corp.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Brask Inc", "", "Brask Inc").
					unknown(graph.Organization, "Vesk Corp", "", "Vesk Corp").unknown(graph.Organization, "Ostmark Inc", "", "Ostmark Inc").
					unknown(graph.Organization, "Dorn Co", "", "Dorn Co").unknown(graph.Organization, "Lisk Corp", "", "Lisk Corp")
			},
			want: []string{
				"agreement  @ happened: Halvard Corp/participant, Brask Inc/participant",
				"agreement  @ happened: Halvard Corp/participant, Vesk Corp/participant",
				"agreement  @ happened: Ostmark Inc/participant, Dorn Co/participant, Lisk Corp/participant",
			},
		},
		{
			name:      "an analyst recommending a firm picks its stock, no appeal; recommending a state act is one",
			published: "1987-03-09",
			body:      "Analyst Jon Berg of Halvard Securities recommended Brask Co. The IMF recommended that Norway cut its budget deficit.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Organization, "Halvard Securities", "", "Halvard Securities").
					unknown(graph.Organization, "Brask Co", "", "Brask Co").known(graph.Organization, "International Monetary Fund", "IMF").known(graph.Country, "Norway", "Norway")
			},
			want: []string{"appeal  @ happened: International Monetary Fund/actor, Norway/target"},
		},
		{
			name:      "terms after 'Under a separate agreement,' are a deal made; a guess that a party 'might not' buy is no refusal",
			published: "1987-03-09",
			body:      "Under a separate agreement, Halvard Corp will acquire the Vesk unit from Brask Inc. Norway might not buy any Swedish corn this year, traders said.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Brask Inc", "", "Brask Inc").
					known(graph.Country, "Norway", "Norway").known(graph.Country, "Sweden", "=MISC:Swedish")
			},
			want: []string{"agreement  @ happened: Halvard Corp/participant, Brask Inc/participant"},
		},
		{
			name:      "an option to buy acquired from a seller or exercised is a deal with it; an offer to pay for a firm's stock is a bid for the firm",
			published: "1987-03-11",
			body:      "Halvard Corp said it acquired an option to purchase 500,000 shares of Vesk Corp from Brask Inc. Ostmark Inc exercised an option to buy all of the common stock of Dorn Co. Lisk Corp had offered to pay 20 dlrs a share for Kolby Inc's stock.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Vesk Corp", "", "Vesk Corp").
					unknown(graph.Organization, "Brask Inc", "", "Brask Inc").unknown(graph.Organization, "Ostmark Inc", "", "Ostmark Inc").
					unknown(graph.Organization, "Dorn Co", "", "Dorn Co").unknown(graph.Organization, "Lisk Corp", "", "Lisk Corp").
					unknown(graph.Organization, "Kolby Inc", "", "Kolby Inc")
			},
			want: []string{
				"agreement  @ happened: Halvard Corp/participant, Brask Inc/participant",
				"agreement  @ happened: Ostmark Inc/participant, Dorn Co/participant",
				"proposal  @ happened: Lisk Corp/actor, Kolby Inc/target",
			},
		},
		{
			name:      "'its agreement to buy X' is the deal its owner made with X; a deal completed after an adverb in its phrase",
			published: "1987-03-11",
			body:      "Halvard Corp said its agreement to purchase Brask Inc's 65 pct interest in Vesk expired. Ostmark Inc has completed its previously announced acquisition of Dorn Co.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Brask Inc", "", "Brask Inc").
					unknown(graph.Organization, "Ostmark Inc", "", "Ostmark Inc").unknown(graph.Organization, "Dorn Co", "", "Dorn Co")
			},
			want: []string{
				"agreement  @ happened: Halvard Corp/participant, Brask Inc/participant",
				"agreement  @ happened: Ostmark Inc/participant, Dorn Co/participant",
			},
		},
		{
			name:      "meeting people or a body the text does not name is a meeting of the one named party (GUIDE.md); meeting targets is none",
			published: "1987-03-11",
			body:      "Vesk finance minister Jon Berg met the full panel on Monday. Halvard Corp met its sales targets.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Vesk", "", "Vesk").unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp")
			},
			want: []string{"meeting 1987-03-09 @ happened: Jon Berg/participant"},
		},
		{
			name:      "an appeal one is trying or attempting to make is being made; one it will try to make is planned",
			published: "1987-03-11",
			body:      "Norway is attempting to persuade Sweden to cut its tariffs. Denmark will try to persuade Finland to lower its taxes.",
			build: func(h *hand) {
				h.known(graph.Country, "Norway", "Norway").known(graph.Country, "Sweden", "Sweden").known(graph.Country, "Denmark", "Denmark").known(graph.Country, "Finland", "Finland")
			},
			want: []string{"appeal  @ happened: Norway/actor, Sweden/target", "appeal  @ planned: Denmark/actor, Finland/target"},
		},
		{
			name:      "force used by someone unnamed on a party's ship or terminal is annotated with its target; harm to exporters is none",
			published: "1987-03-23",
			body:      "The Iranian tanker Avaj was hit on Saturday. Warplanes hit the western jetty at Iraq's Faw oil terminal, a communique said. Japanese exporters were hit by the strong yen.",
			build: func(h *hand) {
				h.known(graph.Country, "Iran", "=MISC:Iranian").known(graph.Country, "Iraq", "Iraq").known(graph.Country, "Japan", "=MISC:Japanese")
			},
			want: []string{"militaryAction  @Iraq happened: Iraq/target", "militaryAction 1987-03-21 @ happened: Iran/target"},
		},
		{
			name:      "pronoun with two candidate persons stays unresolved",
			published: "2024-10-15",
			body:      "Justin Trudeau spoke with Narendra Modi. He visited India on Monday.",
			build: func(h *hand) {
				h.known(graph.Person, "Justin Trudeau", "Justin Trudeau").known(graph.Person, "Narendra Modi", "Narendra Modi").
					known(graph.Country, "India", "India")
			},
			// the dictionary codes speaking with someone as engaging in
			// talks (04): a party each, read from the clause
			want: []string{"talks  @ happened: Justin Trudeau/participant, Narendra Modi/participant", "visit 2024-10-14 @India happened: India/target"},
		},
		{
			name:      "his visit",
			published: "2024-10-10",
			body:      "Luiz Inácio Lula da Silva landed in Shanghai. His visit to China began on Wednesday.",
			build: func(h *hand) {
				h.known(graph.Person, "Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva").known(graph.City, "Shanghai", "Shanghai").
					known(graph.Country, "China", "China")
			},
			want: []string{"visit 2024-10-09 @China happened: Luiz Inácio Lula da Silva/actor, China/target"}, // "began on Wednesday"
		},
		{
			name:      "subject across a relative clause",
			published: "2025-06-28",
			body:      "Donald Trump, who met the two ministers later in the day, visited Congo.",
			build: func(h *hand) {
				h.known(graph.Person, "Donald Trump", "Donald Trump").known(graph.Country, "DR Congo", "Congo")
			},
			want: []string{"meeting  @ happened: Donald Trump/participant", "visit  @DR Congo happened: Donald Trump/actor, DR Congo/target"},
		},
		{
			name:      "relative that with no named antecedent has no actor; 'activities that threatened Canada' tell a danger, no one's threat",
			published: "2024-10-15",
			body:      "Agents of the Indian government engaged in activities that threatened Canada.",
			build: func(h *hand) {
				h.known(graph.Country, "India", "=MISC:Indian").known(graph.Country, "Canada", "Canada")
			},
			want: nil,
		},
		{
			name:      "reciprocal expulsions are two events",
			published: "2024-10-15",
			body:      "Canada expelled six Indian diplomats. India expelled six Canadian diplomats hours later.",
			build: func(h *hand) {
				h.known(graph.Country, "Canada", "Canada", "=MISC:Canadian").known(graph.Country, "India", "=MISC:Indian", "India")
			},
			want: []string{"repatriation  @ happened: Canada/actor, India/target", "repatriation  @ happened: India/actor, Canada/target"},
		},
		{
			name:      "war that broke out is no failure of the aid",
			published: "2024-04-16",
			body:      "Donors pledged aid for Sudan on Monday, a year after war broke out.",
			build: func(h *hand) {
				h.known(graph.Country, "Sudan", "Sudan")
			},
			want: []string{"aid 2024-04-15 @ happened: Sudan/target"}, // "pledged": it happened
		},
		{
			name:      "lifting sanctions imposes none; one party agreeing to act is no agreement but an intent (CAMEO 03)",
			published: "2025-05-21",
			body:      "European Union ministers agreed on Tuesday to lift economic sanctions on Syria.",
			build: func(h *hand) {
				h.known(graph.Organization, "European Union", "European Union").known(graph.Country, "Syria", "Syria")
			},
			want: []string{"intent 2025-05-20 @ planned: European Union/actor, Syria/target"},
		},
		{
			name:      "passive agent and titled coordination",
			published: "2023-12-20",
			body:      "The talks were agreed in July by Egyptian President Abdel Fattah el-Sisi and Ethiopian Prime Minister Abiy Ahmed.",
			build: func(h *hand) {
				h.known(graph.Country, "Egypt", "=MISC:Egyptian").known(graph.Person, "Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi").
					known(graph.Country, "Ethiopia", "=MISC:Ethiopian").known(graph.Person, "Abiy Ahmed", "Abiy Ahmed")
			},
			want: []string{"agreement 2023-07 @ happened: Abdel Fattah el-Sisi/participant, Abiy Ahmed/participant"},
		},
		{
			name:      "money pledge is aid; a host takes part in the talks it hosts",
			published: "2024-04-16",
			body:      "Germany pledged 244 million euros. Qatar is hosting talks between Rwanda and Congo.",
			build: func(h *hand) {
				h.known(graph.Country, "Germany", "Germany").known(graph.Country, "Qatar", "Qatar").
					known(graph.Country, "Rwanda", "Rwanda").known(graph.Country, "DR Congo", "Congo")
			},
			want: []string{"aid  @ happened: Germany/actor", "talks  @ happened: Qatar/participant, Rwanda/participant, DR Congo/participant"},
		},
		{
			name:      "seized a city, with another's backing",
			published: "2025-06-28",
			body:      "The M23 rebel group, which seized Goma this year with Rwanda's backing, was not a party.",
			build: func(h *hand) {
				h.known(graph.Organization, "M23", "M23").known(graph.City, "Goma", "Goma").known(graph.Country, "Rwanda", "Rwanda")
			},
			want: []string{"militaryAction 2025 @Goma happened: M23/actor, Rwanda/participant"},
		},
		{
			name:      "a date in a coordinated clause of its own; there",
			published: "2025-05-21",
			body:      "Trump spoke in Riyadh on May 13, and met Ahmed al-Sharaa there.",
			build: func(h *hand) {
				h.known(graph.Person, "Donald Trump", "Trump").known(graph.City, "Riyadh", "Riyadh").
					known(graph.Person, "Ahmed al-Sharaa", "Ahmed al-Sharaa")
			},
			want: []string{"meeting  @Riyadh happened: Donald Trump/participant, Ahmed al-Sharaa/participant"},
		},
		{
			name:      "the talks refer back",
			published: "2023-12-20",
			body:      "Egypt said talks with Ethiopia had collapsed. The talks in Addis Ababa ended without results.",
			build: func(h *hand) {
				h.known(graph.Country, "Egypt", "Egypt").known(graph.Country, "Ethiopia", "Ethiopia").known(graph.City, "Addis Ababa", "Addis Ababa")
			},
			want: []string{"talks  @Addis Ababa failed: Ethiopia/participant, Egypt/participant"},
		},
		{
			name:      "a vetoed resolution failed; the veto is a rejection",
			published: "2023-12-13",
			body:      "The United States vetoed a resolution in the Security Council.",
			build: func(h *hand) {
				h.known(graph.Country, "United States", "United States").
					known(graph.Organization, "United Nations Security Council", "Security Council")
			},
			want: []string{"reject  @ happened: United States/actor", "resolution  @ failed: United Nations Security Council/actor"},
		},
		{
			name:      "settling a complaint or charges a body brought, or its lawsuit, is an agreement with it; a year of figures reported in an accounting period dates no act",
			published: "1987-03-05",
			body:      "Halvard Corp settled an administrative complaint by Brask Inc by agreeing to restate 42 mln dlrs previously reported in the second quarter 1984. Vardo Corp settled charges brought by Ostbank Ltd. Norvik Corp settled Kolby Inc's lawsuit. Kolby Inc met Ostbank Ltd to discuss losses posted in the first half of 1986.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc", "Vardo Corp", "Ostbank Ltd", "Kolby Inc", "Norvik Corp")
			},
			want: []string{"agreement  @ happened: Halvard Corp/participant, Brask Inc/participant", "agreement  @ happened: Norvik Corp/participant, Kolby Inc/participant", "agreement  @ happened: Vardo Corp/participant, Ostbank Ltd/participant", "meeting  @ happened: Kolby Inc/participant, Ostbank Ltd/participant"},
		},
		{
			name:      "a board meeting of the body whose board the sentence names is its meeting, with the day of the weighing; a bid being weighed was made, undated",
			published: "1987-03-18",
			body:      "Halvard Corp's board will consider the Brask Inc bid again this Friday at a regularly scheduled board meeting. Vardo Corp is studying the Ostbank Ltd offer.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc", "Vardo Corp", "Ostbank Ltd")
			},
			want: []string{"meeting 1987-03-20 @ planned: Halvard Corp/participant", "proposal  @ happened: Brask Inc/actor, Halvard Corp/target", "proposal  @ happened: Ostbank Ltd/actor, Vardo Corp/target"},
		},
		{
			name:      "a firm's acquisition of another across its ticker, a price or a year ('X Corp's <XC> 1.5 billion dlr acquisition of Y') is their deal; a purchase of the other's stock is none",
			published: "1987-03-18",
			body:      "Halvard Corp agreed to forgive the debt as part of Vardo Corp's <VC> 1.5 billion dlr acquisition of Brask Inc last year. Ostbank Ltd's 1981 acquisition of Kolby Inc reduced competition. Norvik Corp's 20 mln dlr purchase of Halvard Corp stock was approved.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc", "Vardo Corp", "Ostbank Ltd", "Kolby Inc", "Norvik Corp")
			},
			want: []string{"agreement 1981 @ happened: Ostbank Ltd/participant, Kolby Inc/participant", "agreement 1986 @ happened: Vardo Corp/participant, Brask Inc/participant"},
		},
		{
			name:      "what talks are about ('talks on further Norlandic assistance', 'talks about a loan') is no event of its own",
			published: "1987-03-11",
			body:      "Ostland held talks with Norland on further Norlandic assistance. Brekka and Kolby held talks about a Norland loan to Ostland.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland", "=MISC:Norlandic").unknown(graph.Country, "Ostland", "", "Ostland").
					unknown(graph.Country, "Brekka", "", "Brekka").unknown(graph.Country, "Kolby", "", "Kolby")
			},
			want: []string{"talks  @ happened: Brekka/participant, Kolby/participant", "talks  @ happened: Ostland/participant, Norland/participant"},
		},
		{
			name:      "a loan one has agreed to make was approved; one it will agree to is planned",
			published: "1987-03-11",
			body:      "Norland has already agreed to lend Ostland five mln barrels of crude. Brekka will agree to lend Ostland crude.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Ostland", "", "Ostland").unknown(graph.Country, "Brekka", "", "Brekka")
			},
			want: []string{"aid  @ happened: Norland/actor, Ostland/target", "aid  @ planned: Brekka/actor, Ostland/target"},
		},
		{
			name:      "discussions with or between parties, and renegotiating, are talks; a party 'not holding discussions with anyone' holds none; a debt 'previously renegotiated' is no talks",
			published: "1987-03-11",
			body:      "Halvard Corp held discussions with Brask Inc on Monday. Discussions between Vardo Corp and Ostbank Ltd ended. Kolby Inc is renegotiating its loans with its banks. Dorn AG will renegotiate its leases. Norvik Corp is not holding discussions with anyone. Brask Inc repaid previously renegotiated debt to Vardo Corp.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc", "Vardo Corp", "Ostbank Ltd", "Kolby Inc", "Norvik Corp", "Dorn AG")
			},
			want: []string{"talks  @ happened: Kolby Inc/participant", "talks  @ happened: Vardo Corp/participant, Ostbank Ltd/participant", "talks  @ planned: Dorn AG/participant", "talks 1987-03-09 @ happened: Halvard Corp/participant, Brask Inc/participant"},
		},
		{
			name:      "talks held 'without agreement', or a meeting 'without an agreement', make no agreement",
			published: "1987-03-25",
			body:      "Norland held talks with Ostland today without agreement on Brekka proposals. Vesk and Kolby met without an agreement.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Ostland", "", "Ostland").unknown(graph.Country, "Brekka", "", "Brekka").
					unknown(graph.Country, "Vesk", "", "Vesk").unknown(graph.Country, "Kolby", "", "Kolby")
			},
			want: []string{"meeting  @ happened: Vesk/participant, Kolby/participant", "talks 1987-03-25 @ happened: Norland/participant, Ostland/participant"},
		},
		{
			name:      "an act with no target of its own, joined by 'and' to the same subject's act on a party, is aimed at that party; not when it names its own unnamed object",
			published: "1987-03-25",
			body:      "Norland has accused Ostland of reneging on the deal and has threatened to take retaliatory action. Dorn rejected Vesk's offer and urged its shareholders not to tender.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Ostland", "Vesk", "Dorn")
			},
			want: []string{"appeal  @ happened: Dorn/actor", "disapproval  @ happened: Norland/actor, Ostland/target", "proposal  @ happened: Vesk/actor, Dorn/target", "reject  @ happened: Dorn/actor, Vesk/target", "threat  @ happened: Norland/actor, Ostland/target"},
		},
		{
			name:      "a meeting or talks 'at' a body, with no side named, are that body's",
			published: "1987-03-09",
			body:      "Speaking after a meeting at the Halvard Bank for Settlements, he said rates were stable. Talks at the Brask Council continued.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Bank for Settlements", "Brask Council")
			},
			want: []string{"meeting  @ happened: Halvard Bank for Settlements/participant", "talks  @ happened: Brask Council/participant"},
		},
		{
			name:      "blocking a plan, bill, bid or stage turns it down; blocking a road does not",
			published: "1987-03-16",
			body:      "Members such as Norland have so far blocked a second stage of the system. Ostland blocked Vesk's takeover bid. Protesters blocked the road to Kolby.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Ostland", "Vesk")
				h.unknown(graph.City, "Kolby", "", "Kolby")
			},
			want: []string{"reject  @ happened: Norland/actor", "reject  @ happened: Ostland/actor, Vesk/target"},
		},
		{
			name:      "'saying it is prepared to increase its bid for X': 'its' is who says so, and a firm's intent read from the clause leaves the bid its own event",
			published: "1987-03-05",
			body:      "Halvard Corp sent a letter to the Brask Inc board, saying it is prepared to increase its bid for Brask Inc to 33 dlrs a share.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc")
			},
			want: []string{"meeting  @ happened: Halvard Corp/participant, Brask Inc/participant", "proposal  @ happened: Halvard Corp/actor, Brask Inc/target"},
		},
		{
			name:      "'I' or 'we' in a direct quotation is its speaker: '\"We urge Ostland to open its markets,\" Berg said' is his appeal",
			published: "1987-03-05",
			body:      "\"We urge Ostland to open its markets,\" Jon Berg said. \"I have refused to lend Vesk money,\" Ole Moe said.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Ostland", "Vesk")
				unknownAll(h, graph.Person, "Jon Berg", "Ole Moe")
			},
			want: []string{"appeal  @ happened: Jon Berg/actor, Ostland/target", "reject  @ happened: Ole Moe/actor, Vesk/target"},
		},
		{
			name:      "a loan signed 'with' a bank or fund is that lender's; a bank that signs one with a state lends it",
			published: "1987-03-05",
			body:      "Norland signed a 250 mln dlr loan with the Halvard Development Bank. The Vesk Fund signed a loan with Ostland.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Ostland")
				unknownAll(h, graph.Organization, "Halvard Development Bank", "Vesk Fund")
			},
			want: []string{"aid  @ happened: Halvard Development Bank/actor, Norland/target", "aid  @ happened: Vesk Fund/actor, Ostland/target"},
		},
		{
			name:      "a firm's whole name in round brackets, as the wire sometimes writes its angle ones, is read as one name",
			published: "1987-03-05",
			body:      "Halvard Inc said it has bought all of the stock of (Brask Footwear Inc) in exchange for shares of its common stock.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Inc", "Brask Footwear Inc")
			},
			want: []string{"agreement  @ happened: Halvard Inc/participant, Brask Footwear Inc/participant"},
		},
		{
			name:      "an acquisition or purchase noun with its buyer and the holder it buys 'from' is a deal between the two, of a stake or a business; of goods it is none",
			published: "1987-03-05",
			body:      "The issue would finance Halvard Corp's 1.4 billion dlr acquisition of a 23 pct stake in Brask Ltd from Jon Berg. Vesk Corp's purchase of grain from Kolby Inc rose.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Ltd", "Vesk Corp", "Kolby Inc")
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			want: []string{"agreement  @ happened: Halvard Corp/participant, Jon Berg/participant"},
		},
		{
			name:      "a date right after 'reported' or 'announced' before 'that' is the report's, not the date of what it reports",
			published: "1987-03-05",
			body:      "Halvard News reported on Friday that Norland had warned Ostland not to use the missiles.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Ostland")
				unknownAll(h, graph.Organization, "Halvard News")
			},
			want: []string{"threat  @ happened: Norland/actor, Ostland/target per Halvard News"},
		},
		{
			name:      "pressing unnamed others to act is an appeal by who presses; pressing ahead, or a price, is none",
			published: "1987-03-05",
			body:      "Halvard Bank has been pressing chip makers to limit production. Norland is pressing ahead with its plan. Prices pressed lower.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Bank")
				unknownAll(h, graph.Country, "Norland")
			},
			want: []string{"appeal  @ happened: Halvard Bank/actor"},
		},
		{
			name:      "an act one 'should' or 'must' do is demanded, not done; said of a named party, the saying is a demand ('must') or an appeal ('should')",
			published: "1987-03-05",
			body:      "Norland should impose sanctions on Ostland. Jon Berg said Vesk must hold talks with Kolby.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Ostland", "Vesk", "Kolby")
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			want: []string{"demand  @ happened: Jon Berg/actor, Vesk/target", "sanctions  @ demanded: Norland/actor, Ostland/target", "talks  @ demanded: Kolby/participant, Vesk/participant per Jon Berg"},
		},
		{
			name:      "talks a visit is made for have the visitor and the host as their sides",
			published: "1987-03-03",
			body:      "A Halvard Bank team led by economist Jon Berg arrived in Norland for talks on a recovery program.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Bank", "", "Halvard Bank").unknown(graph.Person, "Jon Berg", "", "Jon Berg").
					unknown(graph.Country, "Norland", "", "Norland")
			},
			want: []string{"talks  @Norland happened: Jon Berg/participant, Norland/participant", "visit  @Norland happened: Jon Berg/actor, Norland/target"},
		},
		{
			name:      "tendering for a firm's shares is a bid for the firm, by one bidder or two; tendering one's own shares is none; one that will tender is planned",
			published: "1987-03-05",
			body:      "Halvard Corp is tendering for Brask Inc shares at 90 dlrs a share. Vardo Corp and Norvik Corp have been tendering for all Ostbank Ltd shares. Kolby Inc tendered its Brask Inc shares. Kolby Inc will tender for Halvard Corp shares.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc", "Vardo Corp", "Ostbank Ltd", "Kolby Inc", "Norvik Corp")
			},
			want: []string{"proposal  @ happened: Halvard Corp/actor, Brask Inc/target", "proposal  @ happened: Vardo Corp/actor, Norvik Corp/actor, Ostbank Ltd/target", "proposal  @ planned: Kolby Inc/actor, Halvard Corp/target"},
		},
		{
			name:      "an offer or deal withdrawn or terminated in its infinitive failed; one it intends to withdraw was made and stands",
			published: "1987-03-05",
			body:      "Halvard Corp withdrew an offer to acquire 80 pct of Brask Inc. Vardo Corp terminated its agreement to buy Ostbank Ltd. Norvik Corp said it intends to withdraw its proposal to acquire Kolby Inc.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc", "Vardo Corp", "Ostbank Ltd", "Kolby Inc", "Norvik Corp")
			},
			want: []string{"agreement  @ failed: Ostbank Ltd/participant, Vardo Corp/participant", "proposal  @ failed: Halvard Corp/actor, Brask Inc/target", "proposal  @ happened: Norvik Corp/actor, Kolby Inc/target"},
		},
		{
			name:      "a firm that wants or intends to acquire another, or a business, bids for it; wanting to buy a loan, or to sell, is no bid",
			published: "1987-03-05",
			body:      "Halvard Corp, which wants to acquire Brask Inc for 90 mln dlrs, said sales rose. Vardo Corp intends to buy Ostbank Ltd's steel assets. Norvik Corp wants to buy the Kolby Inc loan. Brask Inc wants to sell its unit to Kolby Inc. Kolby Inc does not want to buy Halvard Corp.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc", "Vardo Corp", "Ostbank Ltd", "Kolby Inc", "Norvik Corp")
			},
			want: []string{"proposal  @ happened: Halvard Corp/actor, Brask Inc/target", "proposal  @ happened: Vardo Corp/actor, Ostbank Ltd/target"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHand(t, tt.body)
			tt.build(h)
			res := relate(t, h, tt.published)
			got := eventLines(hard(res.Events), names(h.ents))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("events mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAuditClaims checks the claim rules the audit added: a speaker across
// an apposition, a relative clause, a coordinated verb or a pronoun; a
// trailing attribution; ", saying"; a phrase between the verb and "that".
func TestAuditClaims(t *testing.T) {
	tests := []struct {
		name, body string
		build      func(h *hand)
		want       []string
	}{
		{
			name: "a claim ends before ', and' and the speaker's next act with no subject of its own ('said the banks had done well, and praised their flexibility'); a clause of the claim after ', but' stays in it",
			body: "Jon Vik said the Vesk banks had done well since the reforms, and praised their flexibility. Ola Nes said rates would fall, but the economy would grow.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ola Nes")
				unknownAll(h, graph.Country, "Vesk")
			},
			want: []string{"Jon Vik  false: the Vesk banks had done well since the reforms", "Ola Nes  false: rates would fall, but the economy would grow"},
		},
		{
			name: "the people of a body described with its country's demonym speak unnamed, as without it ('Sources close to Veskian state-owned investment bank Halvik said', 'a spokesman for the Veskian salvage firm Brask said'); the body speaks when it is the subject ('The Veskian bank Halvik said')",
			body: "Sources close to Veskian state-owned investment bank Halvik said a deal was near. The ferry was off the coast, a spokesman for the Veskian salvage firm Brask said. The Veskian bank Halvik said rates rose.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Vesk", "", "=MISC:Veskian")
				unknownAll(h, graph.Organization, "Halvik", "Brask")
			},
			want: []string{"Halvik  false: rates rose", "Sources close to Veskian state-owned investment bank Halvik  false: a deal was near", "a spokesman for the Veskian salvage firm Brask  false: The ferry was off the coast"},
		},
		{
			name: "a plural subject's verb of noting, pointing out or projecting in the present before 'that' reports a claim whatever the tagger read the verb as ('Some analysts note that', 'Others note that', 'Some traders point out that', 'Industry analysts project that')",
			body: "Some analysts note that the krone is weak. Others note that Vesk could yet cut rates. Some traders point out that the krone is firm. Industry analysts project that sales could double.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Vesk")
			},
			want: []string{"Industry analysts  false: sales could double", "Others  false: Vesk could yet cut rates", "Some analysts  false: the krone is weak", "Some traders  false: the krone is firm"},
		},
		{
			name: "a body's people as the subject of a verb and 'saying' or 'but said' speak unnamed, as they do before 'said' ('VTB officials rejected the plan, saying', 'A Halvard Bank spokesman declined comment but said')",
			body: "VTB officials rejected the plan, saying it was too costly. A Halvard Bank spokesman declined comment but said rates would rise.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "VTB", "Halvard Bank")
			},
			want: []string{"A Halvard Bank spokesman  false: rates would rise", "VTB officials  false: it was too costly"},
		},
		{
			name: "'\"…,\" he said' after 'A Veskian official, speaking in Oslo, said …' is that unnamed official, as without the participle's aside, not the person named before",
			body: "Jon Vik said Vesk would act. \"We are ready,\" he said. A Veskian official, speaking in Oslo, said the reports were false. \"Vesk has misled its partners,\" he said.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				h.unknown(graph.Country, "Vesk", "", "Vesk", "=MISC:Veskian")
				unknownAll(h, graph.City, "Oslo")
			},
			want: []string{"A Veskian official  false: the reports were false", "A Veskian official  true: Vesk has misled its partners", "Jon Vik  false: Vesk would act", "Jon Vik  true: We are ready"},
		},
		{
			name: "'The government froze wages and said' is the state the description stands for, as 'The government said' is; 'the central bank … and said' is none named",
			body: "Vesk is in crisis. The government froze wages and said rises must be linked to output. The central bank gave its approval and said banks may merge.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Vesk")
			},
			want: []string{"Vesk  false: rises must be linked to output"},
		},
		{
			name: "a date right before 'and said' or 'but said' is the first verb's, not the saying's ('froze wages in the fourth quarter of 2023 and said'); 'today' is the saying's too",
			body: "Vesk froze wages in the fourth quarter of 2023 and said rises must be linked to output. Norland cut prices today but said demand was weak.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Vesk", "Norland")
			},
			want: []string{"Norland 2024-04-16 false: demand was weak", "Vesk  false: rises must be linked to output"},
		},
		{
			name: "'The agency said' is the body the article called an agency right before its name ('the official news agency Vesk Press said'), or between its name and a speech verb ('Halvard Wire agency said')",
			body: "Prices rose, the official news agency Vesk Press said. The agency said output fell. Halvard Wire agency said rates rose. The agency said costs fell.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Press", "Halvard Wire")
			},
			want: []string{"Halvard Wire  false: costs fell", "Halvard Wire  false: rates rose", "Vesk Press  false: Prices rose", "Vesk Press  false: output fell"},
		},
		{
			name: "'They said' after a party named in the plural said something in the sentence before is that party ('Veskists said … They said'); after a body named in the singular it is no one ('Halvard Corp said … They said')",
			body: "Veskists said the deficit should be cut. They said the dollar might fall. Halvard Corp said prices would rise. They said output would fall.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Vesk Party", "", "Veskists")
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"Halvard Corp  false: prices would rise", "Vesk Party  false: the deficit should be cut", "Vesk Party  false: the dollar might fall"},
		},
		{
			name: "'all', 'both' or 'each' between a coordinated subject and its speech verb leaves the speakers as without it ('Vesk, Norland and Brask all said', 'Halvard Corp and Oslo Inc both said')",
			body: "Vesk, Norland and Brask all said they would oppose the plan. Halvard Corp and Oslo Inc both said sales rose.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Vesk", "Norland", "Brask")
				unknownAll(h, graph.Organization, "Halvard Corp", "Oslo Inc")
			},
			want: []string{"Brask  false: they would oppose the plan", "Halvard Corp  false: sales rose", "Norland  false: they would oppose the plan", "Oslo Inc  false: sales rose", "Vesk  false: they would oppose the plan"},
		},
		{
			name: "after a quotation, 'complained', 'declared', 'stressed', 'maintained' before or after the name attribute it as 'said' does ('\"…,\" complained Jon Vik', '\"…,\" Per Lund declared')",
			body: "\"Prices will fall,\" complained Jon Vik. \"Rates will rise,\" Per Lund declared. \"Demand is weak,\" stressed Ada Lund, an economist.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Per Lund", "Ada Lund")
			},
			want: []string{"Ada Lund  true: Demand is weak", "Jon Vik  true: Prices will fall", "Per Lund  true: Rates will rise"},
		},
		{
			name: "after an inverted speech verb, a name after one or two lower-case words of a job is the speaker ('said oil analyst Jon Vik', 'said senior oil analyst Per Lund of Halvard Bank'); 'said one oil analyst' stays unnamed",
			body: "\"Prices fall,\" said oil analyst Jon Vik. Rates will rise, said senior oil analyst Per Lund of Halvard Bank. \"Demand is weak,\" said one oil analyst.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Per Lund")
				unknownAll(h, graph.Organization, "Halvard Bank")
			},
			want: []string{"Jon Vik  true: Prices fall", "Per Lund  false: Rates will rise", "one oil analyst  true: Demand is weak"},
		},
		{
			name: "marked words inside a reported clause followed by 'but added that' stay the clause's: the subject adds, not the name before 'but' ('Halvard Corp said it had signed a \"very large\" contract with Brask Inc but added that …')",
			body: "Halvard Corp said it had signed a \"very large\" contract with Brask Inc but added that the price was confidential.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc")
			},
			want: []string{"Halvard Corp  false: it had signed a \"very large\" contract with Brask Inc", "Halvard Corp  false: the price was confidential"},
		},
		{
			name: "before any quotation, '\"…,\" the company said' is the one company named as the subject of a speech verb in a sentence before ('Halvard Corp said … Brask Inc is a client'); not when two were ('Vesk Corp said … Oslo Inc said …')",
			body: "Halvard Corp said sales rose in the year. Brask Inc is its client.\n\n\"We expect more growth,\" the company said.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc")
			},
			want: []string{"Halvard Corp  false: sales rose in the year", "Halvard Corp  true: We expect more growth"},
		},
		{
			name: "before any quotation, '\"…,\" the company said' after two companies said something names neither ('Vesk Corp said … Oslo Inc said …')",
			body: "Vesk Corp said costs fell. Oslo Inc said prices rose.\n\n\"Costs will rise,\" the company said.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Corp", "Oslo Inc")
			},
			want: []string{"Oslo Inc  false: prices rose", "Vesk Corp  false: costs fell", "the company  true: Costs will rise"},
		},
		{
			name: "a state's office holder left unnamed speaks as one ('Norland's oil minister said')",
			body: "Norland's oil minister said prices would rise.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland")
			},
			want: []string{"Norland's oil minister  false: prices would rise"},
		},
		{
			name: "a feeling voiced that a thing is so claims it ('Norland expressed concern that the krone would rise', 'voiced serious doubts that'); concern over a thing claims nothing",
			body: "Norland expressed concern that the krone would rise. Jon Vik voiced serious doubts that the plan would work. Vesk expressed concern over the krone.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk")
				unknownAll(h, graph.Person, "Jon Vik")
			},
			want: []string{"Jon Vik  false: the plan would work", "Norland  false: the krone would rise"},
		},
		{
			name: "a delegation speaks unnamed ('The Norlandic delegation said'); a person before an unclosed staff apposition with its article speaks ('Jon Vik, an analyst with Halvard Corp said'); people 'said to be' or 'said to have' are reported about, not speaking; 'here' after unnamed people is where they are, no part of them ('Trade sources here said')",
			body: "The Norlandic delegation said prices would rise. Jon Vik, an analyst with Halvard Corp said rates would fall. Both former officials said to have played leading roles were fired. Trade sources here said wheat was cheap.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "=MISC:Norlandic")
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"Jon Vik  false: rates would fall", "The Norlandic delegation  false: prices would rise", "Trade sources  false: wheat was cheap"},
		},
		{
			name: "a legislator's bracket and the wire's comma before the verb ('Rep. Jon Vik (R-Kan.), said'); the bodies in a person's description before his set-off name are no joint speakers ('The chairman of the Vesk Fund subcommittee on dairy, livestock and poultry, Rep. Ada Lund (D-Tex.), said')",
			body: "Rep. Jon Vik (R-Kan.), said the administration should push hard. The chairman of the Vesk Fund subcommittee on dairy, livestock and poultry, Rep. Ada Lund (D-Tex.), said prices will be cut.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund")
				unknownAll(h, graph.Organization, "Vesk Fund", "R", "D")
			},
			want: []string{"Ada Lund  false: prices will be cut", "Jon Vik  false: the administration should push hard"},
		},
		{
			name: "a firm and its ticker before an apposition speaks ('Halvard Corp <HAL>, the third largest bank, said'), as the firm without its ticker does; a date in a long relative clause on it does not date the saying",
			body: "Halvard Corp <HAL>, the third largest bank, said it would raise reserves. Vesk Inc <VSK>, which earlier announced profits of 17 mln dlrs in 2023 against 6 mln dlrs in 2022 for the group, said it plans more stores.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk Inc")
			},
			want: []string{"Halvard Corp  false: it would raise reserves", "Vesk Inc  false: it plans more stores"},
		},
		{
			name: "a date in an opening phrase of the occasion of saying dates the saying ('In testimony today, Jon Vik said', 'At last Friday's session, Ada Lund said'); an opening phrase with no occasion word does not ('In the north on Monday, floods rose, Per Moe said')",
			body: "In testimony today, Jon Vik said rates were high. At last Friday's session, Ada Lund said prices rose. In the north on Monday, floods rose, Per Moe said.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund", "Per Moe")
			},
			want: []string{"Ada Lund 2024-04-12 false: prices rose", "Jon Vik 2024-04-16 false: rates were high", "Per Moe  false: In the north on Monday, floods rose"},
		},
		{
			name: "'the ministry said' with no ministry named is an unnamed source, also after a firm was named ('Prices are stable, Halvard Corp said. The farm ministry said'), and with its portfolio after 'of' ('the Brasker ministry of agriculture said'); after a public body the words may stand for it and are not read ('the Vesk Agency said …. The ministry said')",
			body: "Prices are stable, Halvard Corp said. The farm ministry said a survey is still valid. The Brasker ministry of agriculture said sowings were unchanged. Costs rose, the Vesk Agency said. The ministry said exports fell.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk Agency")
			},
			want: []string{"Halvard Corp  false: Prices are stable", "The Brasker ministry of agriculture  false: sowings were unchanged", "The farm ministry  false: a survey is still valid", "Vesk Agency  false: Costs rose"},
		},
		{
			name: "'They said' after a sentence opened by unnamed people, in any sentence of the article, is theirs ('Dealers were cautious. They said', 'Vesk ministers met today. They also said', 'Experts blamed taxes, but they said'); not a trailing '…, they added' after people in a claim ('Investors are wary. Costs rose, they added': who spoke last goes on)",
			body: "Prices fell, analysts said. Dealers were cautious. They said rates would rise. Vesk ministers met today. They also said taxes would fall. Experts blamed taxes, but they said output would rise. Investors are wary. Costs rose, they added.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk")
			},
			want: []string{"Dealers  false: rates would rise", "Experts  false: Costs rose", "Experts  false: output would rise", "Vesk ministers  false: taxes would fall", "analysts  false: Prices fell"},
		},
		{
			name: "'the <kind> said' is the body an apposition called so before ('Halvard Benefit Corp, a federal agency, said …. The agency said', 'Vesk Committee, a group of economists, said …. The group said')",
			body: "Halvard Benefit Corp, a federal agency, said it took action. The agency said it signed an agreement. The Vesk Committee, a group of private economists, said growth will rise. The group said rates were too high.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Benefit Corp", "Vesk Committee")
			},
			want: []string{"Halvard Benefit Corp  false: it signed an agreement", "Halvard Benefit Corp  false: it took action", "Vesk Committee  false: growth will rise", "Vesk Committee  false: rates were too high"},
		},
		{
			name: "an unnamed head of a body speaks, unnamed, also with a word of rank before the head ('A leading member of the Vesk Party said', 'A prominent member of') and past a state's possessive with a word before the body ('a leading member of Norland's opposition Vesk Party said')",
			body: "A leading member of the Vesk Party said taxes would rise. A prominent member of the Vesk Party said rates would fall. A leading member of Norland's opposition Vesk Party said costs rose.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Party")
				unknownAll(h, graph.Country, "Norland")
			},
			want: []string{"A leading member of Norland's opposition Vesk Party  false: costs rose", "A leading member of the Vesk Party  false: taxes would rise", "A prominent member of the Vesk Party  false: rates would fall"},
		},
		{
			name: "after a quotation, an unnamed official of a state with 'here' before the verb is an unnamed source, not the state (`\"…,\" a senior Vesk official here said`), as without 'here'",
			body: "\"Prices will rise,\" a senior Vesk official here said. \"Costs will fall,\" a Vesk official said.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Vesk")
			},
			want: []string{"a Vesk official  true: Costs will fall", "a senior Vesk official  true: Prices will rise"},
		},
		{
			name: "'X was also quoted in the statement as saying' is X's claim, past the adverb, as 'X was quoted by the paper as saying' is; 'in the statement' is no source",
			body: "Jon Vik was also quoted in the statement as saying the bank was weak. Ada Lund was quoted by the paper as saying rates would rise.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund")
			},
			want: []string{"Ada Lund  false: rates would rise", "Jon Vik  false: the bank was weak"},
		},
		{
			name: "'quoted X as stressing/noting that …' is X's claim, as 'as saying' is ('A ministry statement quoted Jon Vik as stressing that the loan was repaid', 'The paper quoted him as noting that'), with no second claim for the text that quoted",
			body: "Ada Lund met the board. A ministry statement quoted Jon Vik as stressing that the loan was repaid. The paper quoted him as noting that prices rose.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund")
			},
			want: []string{"Jon Vik  false: prices rose", "Jon Vik  false: the loan was repaid"},
		},
		{
			name: "a titled person quoted as saying a quotation speaks it, named, not an unnamed source with a name ('quoted Finance Minister Ada Lund as saying, \"…\"', 'quoted Vesk Corp Chairman Jon Vik as saying'); 'quoted an aide to X as saying' stays unnamed",
			body: "The paper quoted Vesk Corp Chairman Jon Vik as saying, \"We welcome the bid.\" It quoted Finance Minister Ada Lund as saying, \"We will not act.\" It quoted an aide to Ada Lund as saying, \"Rates will fall.\"",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund")
				unknownAll(h, graph.Organization, "Vesk Corp")
			},
			want: []string{"Ada Lund  true: We will not act", "Jon Vik  true: We welcome the bid", "an aide to Ada Lund  true: Rates will fall"},
		},
		{
			name: "a quotation of two sentences after 'quoted X as saying,' is one direct quote, with no second, indirect one of its first sentence and the marks (`quoted Jon Vik as saying, \"We will not act. That is final.\"`)",
			body: "The paper quoted Jon Vik as saying, \"We will not act. That is final.\"",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
			},
			want: []string{"Jon Vik  true: We will not act. That is final"},
		},
		{
			name: "a body named after a quotation or claim and set off by an articled apposition speaks, and the claim ends before it (`\"Demand is weak,\" Halvard Corp, an oil company, said`, `\"…,\" the Vesk Foundation, a think tank, said`, 'Prices will fall, Halvard Corp, a big oil firm, said' in any sentence of the article)",
			body: "\"Demand is weak,\" Halvard Corp, an oil company, said. \"Rates are low,\" the Vesk Foundation, a conservative think tank, said in a paper. Prices will fall, Halvard Corp, a big oil firm, said.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk Foundation")
			},
			want: []string{"Halvard Corp  false: Prices will fall", "Halvard Corp  true: Demand is weak", "Vesk Foundation  true: Rates are low"},
		},
		{
			name: "a date in an opening phrase of the medium of saying dates the saying ('In yesterday's report, Jon Vik said', 'In a letter dated April 10, Ada Lund said')",
			body: "In yesterday's report, Jon Vik said rates were high. In a letter dated April 10, Ada Lund said prices rose.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund")
			},
			want: []string{"Ada Lund 2024-04-10 false: prices rose", "Jon Vik 2024-04-15 false: rates were high"},
		},
		{
			name: "', adding to <a noun>' says nothing ('raising prices, adding to the pressure on rivals'); 'did say' is a past saying by the subject before 'did' ('Some dealers did say'); a person named before 'and' unnamed people speaks first ('Jon Vik and bank officials said')",
			body: "Halvard Inc is raising prices, adding to the pressure on rivals. Some dealers did say that prices were firm. Rates will rise, Jon Vik and bank officials said.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Organization, "Halvard Inc")
			},
			want: []string{"Jon Vik  false: Rates will rise", "Some dealers  false: prices were firm"},
		},
		{
			name: "a speaker set off from the verb by a relative clause after its bracketed acronym ('Halvard Corp (HC), which faces competition, said'), by a participle phrase ('Vesk Bank, founded in 1812, said'), a person before 'chairman of X, which …,' and a chartist or strategist named after an inverted verb speak",
			body: "Halvard Corp (HC), which faces competition, said it will cut prices. Vesk Bank, founded in 1812, said profits rose. Jon Vik, chairman of the Brask Fund, which regulates banks, said rates would fall. Bonds will rally, said chartist Ada Lund. Strategists said shares were cheap.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund")
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk Bank", "Brask Fund")
			},
			want: []string{"Ada Lund  false: Bonds will rally", "Halvard Corp  false: it will cut prices", "Jon Vik  false: rates would fall", "Strategists  false: shares were cheap", "Vesk Bank  false: profits rose"},
		},
		{
			name: "a date in a relative clause or participle phrase on the speaker, set off before the verb, does not date the saying ('Halvard Inc, which lost money last year, said', 'who joined Halvard in 1980', 'hired from Vesk last year'); 'speaking yesterday' and a text 'issued yesterday' still do",
			body: "Halvard Inc, which lost money last year, said it will cut jobs. Jon Vik, who joined Halvard in 1980, said rates would rise. Ada Lund, hired from Vesk Bank last year, said exports would fall. Per Moe, speaking yesterday, said prices would rise. The report, issued yesterday, said growth had slowed.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund", "Per Moe")
				unknownAll(h, graph.Organization, "Halvard Inc", "Vesk Bank")
			},
			want: []string{"Ada Lund  false: exports would fall", "Halvard Inc  false: it will cut jobs", "Jon Vik  false: rates would rise", "Per Moe 2024-04-15 false: prices would rise", "The report 2024-04-15 false: growth had slowed"},
		},
		{
			name:  "a progressive 'were saying' claims for its unnamed subject ('Dealers were saying the krone would fall', 'are now saying', 'have been saying'), past a clause's opening word ('a month ago when traders were saying')",
			body:  "Dealers were saying the krone would fall. Some analysts are now saying rates will rise. Brokers have been saying bonds are cheap. This is a shift from a month ago when traders were saying exports would fall.",
			build: func(h *hand) {},
			want:  []string{"Brokers  false: bonds are cheap", "Dealers  false: the krone would fall", "Some analysts  false: rates will rise", "traders  false: exports would fall"},
		},
		{
			name: "a that-less claim after the verb's phrases of time and city is the speaker's ('said on Monday in Vardo the talks had failed', 'said in Vardo producers were confident'), dated by the time; a day alone before the claim's noun is the saying's ('said yesterday exporters were worried'); after a country the claim opens ('said in Norland exports had risen, while in Vesk …')",
			body: "Jon Vik said on Monday in Vardo the talks had failed. Ada Lund said in Vardo producers were confident. Per Moe said yesterday exporters were worried. Eva Berg said in Norland exports had risen, while in Vesk they had fallen.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund", "Per Moe", "Eva Berg")
				unknownAll(h, graph.City, "Vardo")
				unknownAll(h, graph.Country, "Norland", "Vesk")
			},
			want: []string{"Ada Lund  false: producers were confident", "Eva Berg  false: in Norland exports had risen, while in Vesk they had fallen", "Jon Vik 2024-04-15 false: the talks had failed", "Per Moe 2024-04-15 false: exporters were worried"},
		},
		{
			name:  "a bare 'one' or 'another' after an inverted verb speaks unnamed (`\"…,\" said one.`, `\"…,\" said another.`), as `one said` does",
			body:  "Dealers were gloomy. \"We expect more selling,\" said one. \"It will pass,\" said another.",
			build: func(h *hand) {},
			want:  []string{"another  true: It will pass", "one  true: We expect more selling"},
		},
		{
			name: "an inverted attribution ends past a legislator's bracket ('…, said Senator Jon Vik (R-Kan).'); 'said to reporters' tells the hearers ('…, Ada Lund said to reporters.', 'said to reporters that …')",
			body: "The bill will pass, said Senator Jon Vik (R-Kan). Prices will rise, Ada Lund said to reporters. Per Moe said to reporters that rates would fall.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund", "Per Moe")
				unknownAll(h, graph.Organization, "R")
			},
			want: []string{"Ada Lund  false: Prices will rise", "Jon Vik  false: The bill will pass", "Per Moe  false: rates would fall"},
		},
		{
			name:  "'the report states that' claims as 'says that' does (when the tagger reads 'states' as a verb: not yet after 'The annual report')",
			body:  "The report states that prices rose.",
			build: func(h *hand) {},
			want:  []string{"The report  false: prices rose"},
		},
		{
			name: "a claim closed by 'X reported, citing …' is X's ('…, the newspaper Vesk Times reported, citing company sources'); 'the reports' and 'press reports' at a sentence's end report nothing ('In Vardo, officials were unaware of the reports.')",
			body: "Halvard plans a new plant in Vardo, the newspaper Vesk Times reported, citing company sources. In Vardo, officials were unaware of the reports. The spokesman was commenting on press reports that Halvard is considering a bond issue.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Times", "Halvard")
				unknownAll(h, graph.City, "Vardo")
			},
			want: []string{"Vesk Times  false: Halvard plans a new plant in Vardo"},
		},
		{
			name: "a claim before a firm and its apposition ends before the firm ('Rains were linked to El Nino, Halvard Inc, a forecasting service, said'), as before a person and his",
			body: "Rains were linked to El Nino, Halvard Inc, a forecasting service, said.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Inc")
			},
			want: []string{"Halvard Inc  false: Rains were linked to El Nino"},
		},
		{
			name:  "a verb of saying after 'and'/'but' whose clause opens with people named by their trade speaks for the people, not the country their adjective names ('Norlandic farmers hesitated about planting wheat, but said prices would rise'); a speaker who already spoke keeps the second claim",
			body:  "Norlandic farmers hesitated about planting wheat this year, but said prices would rise.",
			build: func(h *hand) { h.unknown(graph.Country, "Norland", "", "Norlandic") },
			want:  []string{"Norlandic farmers  false: prices would rise"},
		},
		{
			name:  "'they' speaks for the unnamed people that open its sentence or the one before as subject ('Experts attributed the fall to …, but they said')",
			body:  "Experts attributed the fall to lower prices, but they said exports could rise.",
			build: func(h *hand) {},
			want:  []string{"Experts  false: exports could rise"},
		},
		{
			name:  "'they' after a sentence whose subject is unnamed people speaks for them ('Dealers were cautious. They said …')",
			body:  "Dealers were cautious. They said the krone could fall.",
			build: func(h *hand) {},
			want:  []string{"Dealers  false: the krone could fall"},
		},
		{
			name:  "'they' after a sentence whose subject is no people names no one ('Prices rose sharply. They said …')",
			body:  "Prices rose sharply. They said the krone was firm.",
			build: func(h *hand) {},
			want:  nil,
		},
		{
			name: "a medium a claim came out in, with where or when it came out, is passed to the claim ('said in remarks published today there would be …', 'said in remarks published in the daily Vesk Times there were no plans'); 'there' with its verb opens a claim however tagged ('told a luncheon there would be …')",
			body: "Jon Vik said in remarks published today there would be progress. Ada Lund said in remarks published in the daily Vesk Times there were no plans. Per Moe told a press club luncheon there would be tax proposals.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund", "Per Moe")
				unknownAll(h, graph.Organization, "Vesk Times")
			},
			want: []string{"Ada Lund  false: there were no plans", "Jon Vik 2024-04-16 false: there would be progress", "Per Moe  false: there would be tax proposals"},
		},
		{
			name: "a person before an apposition and a participle's phrase, each set off by commas, speaks ('Jon Vik, Halvard chairman, speaking at a news conference, said that …', 'Ada Lund, Vesk deputy secretary general, also addressing the seminar, added that …')",
			body: "Jon Vik, Halvard chairman, speaking at a news conference, said that profits would rise. Ada Lund, Vesk deputy secretary general, also addressing the seminar, added that discipline was needed.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund")
				unknownAll(h, graph.Organization, "Halvard", "Vesk")
			},
			want: []string{"Ada Lund  false: discipline was needed", "Jon Vik  false: profits would rise"},
		},
		{
			name: "a phrase of when after the one told, ending the sentence, is no part of the hearer ('…, Jon Vik told Reuters after a meeting of Halvard's board.', '… told reporters after a meeting of the firm's board.'); 'told Reuters after a press conference they expect …' as before",
			body: "Prices will rise, Jon Vik told Reuters after a meeting of Halvard's board. Sales will fall, Ada Lund told reporters after a meeting of the firm's board. Brask executives told Reuters after a press conference they expect to grow.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund")
				unknownAll(h, graph.Organization, "Halvard", "Brask", "Reuters")
			},
			want: []string{"Ada Lund  false: Sales will fall", "Brask executives  false: they expect to grow", "Jon Vik  false: Prices will rise"},
		},
		{
			name: "a time in a phrase between the verb and 'that' dates the saying ('said in a speech yesterday that', 'told a court yesterday in Vardo that'), as a day named alone does without 'that' ('told reporters on Saturday it would') and a time 'ago' right after the verb ('said two days ago that'); not a time inside a noun ('in its February outlook that') nor a date that may be the claim's ('said on May 10 it will redeem')",
			body: "Jon Vik said in a speech yesterday that prices would rise. Ada Lund told a court yesterday in Vardo that she was innocent. Per Moe told reporters on Saturday it would be unwise. Halvard Bank said in its February economic outlook that growth would slow. Brask Corp said on May 10 it will redeem its notes. Ola Berg said two days ago that exports rose.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund", "Per Moe", "Ola Berg")
				unknownAll(h, graph.Organization, "Halvard Bank", "Brask Corp")
				unknownAll(h, graph.City, "Vardo")
			},
			want: []string{"Ada Lund 2024-04-15 false: she was innocent", "Brask Corp  false: it will redeem its notes", "Halvard Bank  false: growth would slow", "Jon Vik 2024-04-15 false: prices would rise", "Ola Berg 2024-04-14 false: exports rose", "Per Moe 2024-04-13 false: it would be unwise"},
		},
		{
			name:  "'maintain that' in the present reports a claim as 'concede that' does ('Critics maintain that prices will fall')",
			body:  "Critics maintain that prices will fall.",
			build: func(h *hand) {},
			want:  []string{"Critics  false: prices will fall"},
		},
		{
			name: "a legislator's bracket after his name is a note on it, no end of the attribution (`\"…,\" Senator Jon Vik (R-Kan.) said`, 'Senator Ada Lund (D-Neb.), sponsor of the bill, said …')",
			body: "\"We will lose,\" Senator Jon Vik (R-Kan.) said. Senator Ada Lund (D-Neb.), sponsor of the bill, said the vote would be close.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund")
				unknownAll(h, graph.Organization, "R", "D") // the parties' letters, as the gazetteer names them
			},
			want: []string{"Ada Lund  false: the vote would be close", "Jon Vik  true: We will lose"},
		},
		{
			name: "'the company' closing a claim is the firm the claim opens with as its subject, though another firm is named after it ('Halvard Corp has won a contract to supply Brask Corp, the company said')",
			body: "Halvard Corp has won a contract to supply equipment to Brask Corp, the company said.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Corp")
			},
			want: []string{"Halvard Corp  false: Halvard Corp has won a contract to supply equipment to Brask Corp"},
		},
		{
			name: "'the company' closing a claim whose first firm is no subject names neither ('Vesk Corp's sale of its unit to Lund Corp was completed, the company said')",
			body: "Vesk Corp's sale of its unit to Lund Corp was completed, the company said.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Corp", "Lund Corp")
			},
			want: nil,
		},
		{
			name: "an adverb between the verb and its claim is no word of the claim ('stressed however that', 'said flatly that', 'stressed however it was', 'said meanwhile the dollar'); 'said though the plan failed, …' keeps its clause",
			body: "Jon Vik stressed however that Norland would pay. Ada Lund said flatly that markets overreact. Karl Brask stressed however it was important to grow. Per Dahl said meanwhile the krone was stable. Ola Berg said though the plan failed, the krone was stable.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund", "Karl Brask", "Per Dahl", "Ola Berg")
			},
			want: []string{"Ada Lund  false: markets overreact", "Jon Vik  false: Norland would pay", "Karl Brask  false: it was important to grow", "Ola Berg  false: though the plan failed, the krone was stable", "Per Dahl  false: the krone was stable"},
		},
		{
			name:  "'speculated' reports a guess as 'said' reports a claim, with or without 'that' and inverted ('\"…,\" speculated one arbitrager'); 'speculated on the possibility' claims nothing",
			body:  "Dealers speculated the central bank would cut rates. \"A bid is next,\" speculated one arbitrager. Shares rose as investors speculated on the possibility of a bid.",
			build: func(h *hand) {},
			want:  []string{"Dealers  false: the central bank would cut rates", "one arbitrager  true: A bid is next"},
		},
		{
			name: "an inverted attribution to a firm after its kind speaks as the firm ('\"…,\" added brokers Halvard and Dahl.'), not the speaker before",
			body: "\"Rates will fall,\" Jon Vik said. \"Sterling is strong,\" added brokers Halvard and Dahl.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Organization, "Halvard and Dahl")
			},
			want: []string{"Halvard and Dahl  true: Sterling is strong", "Jon Vik  true: Rates will fall"},
		},
		{
			name:  "'Some said', 'Many said', 'Several said' speak unnamed, as 'Others said' and 'Another said' do",
			body:  "Analysts were divided. Some said prices would rise. Many said they would fall.",
			build: func(h *hand) {},
			want:  []string{"Many  false: they would fall", "Some  false: prices would rise"},
		},
		{
			name:  "'…, they add.' closes a claim in the present, as '…, they said.' does; 'allowed to add the volume' claims nothing",
			body:  "Analysts said prices would rise. Demand is strong, they add. Members are allowed to add the volume traded overnight to the session, officials said.",
			build: func(h *hand) {},
			want:  []string{"Analysts  false: Demand is strong", "Analysts  false: prices would rise", "officials  false: Members are allowed to add the volume traded overnight to the session"},
		},
		{
			name: "a name right before a verb of naming says the words in marks that name its object ('Jon Vik called the tone of the talks \"optimistic and realistic.\"', 'Ada Lund described the plan as \"a big step.\"'); 'called on' is an appeal, 'an unnamed official called it' names no one",
			body: "\"Prices will rise,\" producer spokesman Karl Brask told journalists. Consumer spokesman Jon Vik called the tone of the talks \"optimistic and realistic.\" Ada Lund described the plan as \"a big step.\"",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund", "Karl Brask")
			},
			want: []string{"Ada Lund  true: a big step", "Jon Vik  true: optimistic and realistic", "Karl Brask  true: Prices will rise"},
		},
		{
			name: "a claim ends before 'and' and an act only a party does whose subject, by the parse, is the speaker's ('Jon Vik said the mark was too strong and urged Norland to cut rates')",
			body: "Jon Vik said the mark was too strong and urged Norland to cut interest rates.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Country, "Norland")
			},
			want: []string{"Jon Vik  false: the mark was too strong"},
		},
		{
			name: "a body's members speak unnamed ('Vesk Council members said', 'consumer Vesk Council members said'); 'members of Lund' as before",
			body: "Vesk Council members said that prices were improving. Some consumer Vesk Council members said stocks were high.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Council")
			},
			want: []string{"Some consumer Vesk Council members  false: stocks were high", "Vesk Council members  false: prices were improving"},
		},
		{
			name: "a person 'of' a region or city before the verb speaks, not the place ('Senator Jon Vik of Vardia said', 'Governor Ada Lund of Vardo said'), as 'of' a state does",
			body: "Senator Jon Vik of Vardia said the trade bill would pass. Governor Ada Lund of Vardo said taxes would rise.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund")
				unknownAll(h, graph.Region, "Vardia")
				unknownAll(h, graph.City, "Vardo")
			},
			want: []string{"Ada Lund  false: taxes would rise", "Jon Vik  false: the trade bill would pass"},
		},
		{
			name: "a word the wire capitalised after 'U.S.' as after a sentence's end is read in lower case ('The U.S. Charges that …', 'Vesk and the U.S. Have been holding talks, trade sources said')",
			body: "The U.S. Charges that Vesk is violating the rules. Vesk and the U.S. Have been holding talks on the currency, trade sources said.",
			build: func(h *hand) {
				h.known(graph.Country, "United States", "U.S.")
				unknownAll(h, graph.Country, "Vesk")
			},
			want: []string{"United States  false: Vesk is violating the rules", "trade sources  false: Vesk and the U.S. Have been holding talks on the currency"},
		},
		{
			name: "a verb of claiming right before a comma or colon and the opening marks says the quotation ('Jon Vik countered, \"Talks failed.\"', 'the staff concluded: \"…\"'), as 'said' does",
			body: "Jon Vik countered, \"Talks failed because Vesk dictated quotas.\" However, the staff concluded: \"The risks are large.\"",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Country, "Vesk")
			},
			want: []string{"Jon Vik  true: Talks failed because Vesk dictated quotas", "the staff  true: The risks are large"},
		},
		{
			name: "an inverted attribution may end with a relative clause about the speaker's body ('…, said Jon Vik of Halvard Oil Information Services, which tracks drilling'), as about the speaker ('…, said Jon Vik, who heads it')",
			body: "Only 33 rigs were drilling last week, said Jon Vik of Halvard Oil Information Services, which tracks drilling. Output fell, said Ada Lund, who heads Vesk Oil Co.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund")
				unknownAll(h, graph.Organization, "Halvard Oil Information Services", "Vesk Oil Co")
			},
			want: []string{"Ada Lund  false: Output fell", "Jon Vik  false: Only 33 rigs were drilling last week"},
		},
		{
			name:  "a source set off by a phrase of how it was asked or heard still speaks ('Bankers, contacted by Reuters, said', 'Economists, polled on Monday, said'), as one 'quoted by' does",
			body:  "Bankers, contacted by Reuters, said rates would rise. Economists, polled on Monday, said prices would fall.",
			build: func(h *hand) {},
			want:  []string{"Bankers  false: rates would rise", "Economists 2024-04-15 false: prices would fall"},
		},
		{
			name: "'he' after 'when' (as, after, because…) is the one person its sentence named before it, not the speaker of the sentence before ('Prime Minister Jon Vik's spokesman, Ada Lund, surprised markets on Monday when she said …'); a person after a preposition is none ('Sven Dahl spoke after talks with Ola Berg when he said')",
			body: "Finance Minister Karl Brask said taxes would fall. Prime Minister Jon Vik's spokesman, Ada Lund, surprised markets on Monday when she said ministers agreed on a reflation. Sven Dahl spoke after talks with Ola Berg when he said rates would rise.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Karl Brask", "Jon Vik", "Ada Lund", "Sven Dahl", "Ola Berg")
			},
			want: []string{"Ada Lund 2024-04-15 false: ministers agreed on a reflation", "Karl Brask  false: taxes would fall", "Sven Dahl  false: rates would rise"},
		},
		{
			name: "a sentence wholly in quotation marks after a reported claim of the sentence before, in its paragraph, is that speaker's quotation, also when it ends the paragraph or the article ('Jon Vik said the bank was on track. \"The worst is behind us.\"'); one opening mid-sentence is not",
			body: "Jon Vik said he believed the bank was back on track. \"The worst is behind us.\" Profits rose.\n\nA bank spokesman said output would rise. \"Demand is strong.\"\n\nAda Lund said the plan was sound. She called it \"a big step.\"",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund")
			},
			want: []string{"A bank spokesman  false: output would rise", "A bank spokesman  true: Demand is strong", "Ada Lund  false: the plan was sound", "Jon Vik  false: he believed the bank was back on track", "Jon Vik  true: The worst is behind us"},
		},
		{
			name: "leaders of a kind that is no state in a place speak unnamed, not the place ('Union leaders in Norland said', 'industry leaders in Vesk and Lund said'); plain 'Leaders in Norland said' stays the state",
			body: "Union leaders in Norland said wages were low. But industry leaders in Vesk and Lund said there was a long way to go. Leaders in Norland said output rose.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk", "Lund")
			},
			want: []string{"Norland  false: output rose", "Union leaders in Norland  false: wages were low", "industry leaders in Vesk and Lund  false: there was a long way to go"},
		},
		{
			name: "a quotation ending in a question or exclamation mark is attributed by the short sentence the segmenter split off after it ('\"How can there be a program?\" Ada Lund said, adding …', '\"Why now?\" said one trader'); a sentence with a claim of its own after it is no attribution ('\"Is it true?\" Jon Vik said the question was silly')",
			body: "\"Is it true?\" Jon Vik said the question was silly.\n\n\"How can there be a program?\" Ada Lund said, adding the stand was wrong. \"Why now?\" said one trader.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund")
			},
			want: []string{"Ada Lund  false: the stand was wrong", "Ada Lund  true: How can there be a program?", "Jon Vik  false: the question was silly", "one trader  true: Why now?"},
		},
		{
			name: "a pronoun with an adverb before the verb a quotation follows speaks ('He also said, \"…\"', 'She later said: \"…\"'); '… but said, \"…\"' is the first verb's subject; '\"…,\" he was quoted as saying' is as '\"…,\" he said'; a source set off by 'quoted in/by …' still speaks ('A military spokesman, quoted by the Vesk news agency, said')",
			body: "Jon Vik spoke on Monday. He also said, \"It is a useful plan.\" He did not give details but said, \"We will pay.\"\n\nAda Lund spoke in Vardo. \"I do not want to prejudge results,\" she was quoted as saying.\n\nA military spokesman, quoted by the Vesk news agency, said the raids were carried out at dawn.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund")
				unknownAll(h, graph.City, "Vardo")
				unknownAll(h, graph.Country, "Vesk")
			},
			want: []string{"A military spokesman  false: the raids were carried out at dawn", "Ada Lund  true: I do not want to prejudge results", "Jon Vik  true: It is a useful plan", "Jon Vik  true: We will pay"},
		},
		{
			name: "present 'adds' says a claim with 'that' ('Jon Vik adds that exports will rise') and ends an attribution ('\"…,\" the report adds.', '…, he adds.'); it is no verb of saying before a plain object ('The plan adds terms for creditors', 'adds to the value')",
			body: "Jon Vik adds that exports will rise sharply. \"Exports will rise,\" the report adds. Halvard Corp said the new plan increases the payment and adds terms for creditor participation. The deal adds to the value of the merger, Ada Lund said.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund")
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"Ada Lund  false: The deal adds to the value of the merger", "Halvard Corp  false: the new plan increases the payment and adds terms for creditor participation", "Jon Vik  false: exports will rise sharply", "the report  true: Exports will rise"},
		},
		{
			name: "a bare plural source after an inverted verb speaks unnamed ('Prices are rising, said officials.', '\"…,\" said dealers', '…, said officials of Halvard Corp'); a plural before a name is the name's kind, no source ('added brokers Vik and Lund')",
			body: "Prices are rising, said officials. \"It will fall,\" said dealers.\n\nOutput is high, said officials of Halvard Mining.\n\n\"Sales rose,\" added brokers Vik and Lund in a recent report.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Mining")
			},
			want: []string{"dealers  true: It will fall", "officials  false: Prices are rising", "officials of Halvard Mining  false: Output is high"},
		},
		{
			name:  "two words joined by 'and' before a source's noun both describe it ('Oil and gas analysts said', 'Some broking and banking analysts said'); two nouns stay two ('Officials and seismologists said'), and a pronoun joined is no modifier ('He and other analysts said')",
			body:  "Oil and gas analysts said prices would rise. Some broking and banking analysts said rates would fall. Officials and seismologists said the quake was strong. He and other analysts said output fell.",
			build: func(h *hand) {},
			want:  []string{"Officials and seismologists  false: the quake was strong", "Oil and gas analysts  false: prices would rise", "Some broking and banking analysts  false: rates would fall", "other analysts  false: output fell"},
		},
		{
			name:  "'they' opening a clause joined by 'but' or 'and' after an unnamed plural source's claim in the same sentence is that source ('Dealers said rates rose, but they said demand was weak'), not the source of the sentence before",
			body:  "Growers said the crop was small. Dealers said rates rose, but they said demand was weak.",
			build: func(h *hand) {},
			want:  []string{"Dealers  false: demand was weak", "Dealers  false: rates rose", "Growers  false: the crop was small"},
		},
		{
			name: "a survey or figures that reveal give no quote, as ones that show ('…, the survey reveals', 'A Halvard survey revealed that output rose'); a survey that says does, and a person who reveals does",
			body: "Norland was producing above quota in early March, the survey reveals. A Halvard survey revealed that output rose. The minister revealed that he would resign. The survey said exports fell.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland")
				unknownAll(h, graph.Organization, "Halvard")
			},
			want: []string{"The minister  false: he would resign", "The survey  false: exports fell"},
		},
		{
			name: "a text whose period or topic follows its noun, set off by how it came out before its verb, still says ('The government's economic report for calendar 1986, issued last week, said', 'The report for 1986, issued last week, said'), its period kept in the source; a date before the pair is still no part of it ('Halvard Corp yesterday, however, said')",
			body: "The government's economic report for calendar 1986, issued last week, said exports rose. The report for 1986, issued last week, said imports fell. Halvard Corp yesterday, however, said sales rose.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"Halvard Corp  false: sales rose", "The government's economic report for calendar 1986 2024-04 false: exports rose", "The report for 1986 2024-04 false: imports fell"},
		},
		{
			name:  "'It said' right after an unnamed text's claim is that text again ('The report says exports will rise. It says imports will fall.', 'The study said …. It also said …')",
			body:  "The report says exports will rise. It says imports will fall. The study said costs rose. It also said wages fell.",
			build: func(h *hand) {},
			want:  []string{"The report 2024-04-16 false: exports will rise", "The report 2024-04-16 false: imports will fall", "The study  false: costs rose", "The study  false: wages fell"},
		},
		{
			name: "people from or of a body's members speak unnamed, not the body ('Diplomats from member states of the Vesk Pact said', 'officials of the member countries of the Halvard Council said')",
			body: "Diplomats from member states of the Vesk Pact said the pact would reject the plan. Officials of the member countries of the Halvard Council said growth would slow.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Pact", "Halvard Council")
			},
			want: []string{"Diplomats from member states of the Vesk Pact  false: the pact would reject the plan", "Officials of the member countries of the Halvard Council  false: growth would slow"},
		},
		{
			name: "after 'told <hearer>' with no 'that', a claim may open with a comparative before its noun ('He told Reuters less competition should lead to higher sales', 'told Reuters more ships would be built')",
			body: "Jon Vik spoke on Monday. He told Reuters less competition should lead to higher sales. He told Reuters more ships would be built.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Organization, "Reuters")
			},
			want: []string{"Jon Vik  false: less competition should lead to higher sales", "Jon Vik  false: more ships would be built"},
		},
		{
			name: "people in a place or places, set off from their verb by a relative clause or the place's apposition, speak unnamed, not the place ('Officials in Norland, which produces wine, said', 'Officials in Norland, Vesk and Lund, which …, said', 'Mine officials in Vesk, the world's leading producer, said'); a person's post at a firm set off after the name leaves the person speaking ('Jon Vik, analyst at Halvard, Brask and Co, said')",
			body: "Officials in Norland, which produces much wine, said prices would rise. Officials in Norland, Vesk and Lund, which produce most of the tin, said output would fall. Mine officials in Vesk, the world's leading producer, said mines would close. Jon Vik, analyst at Halvard, Brask and Co, said he had retired.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk", "Lund")
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Organization, "Halvard, Brask and Co")
			},
			want: []string{"Jon Vik  false: he had retired", "Mine officials in Vesk  false: mines would close", "Officials in Norland  false: prices would rise", "Officials in Norland, Vesk and Lund  false: output would fall"},
		},
		{
			name: "a text set off by how it came out before its verb of saying still says ('The report, released on Monday, said', 'The study, published by Halvard Corp last week, said'); a quotation before such a subject is its attribution: the quotation is the text's, unnamed, no reported claim of its own ('\"…,\" the paper, written by Jon Vik, said'); after an unnamed source, ('\"…,\" the official, who asked not to be named, told Reuters') is that source again",
			body: "The report, released on Monday, said the government had failed. The study, published by Halvard Corp last week, said taxes were too high. \"Prices will fall,\" the paper, written by Jon Vik, said. \"The mine is rich,\" said a former official of Halvard Mining. \"It will take years,\" the official, who asked not to be named, told Reuters.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Organization, "Halvard Corp", "Halvard Mining")
			},
			want: []string{"The report 2024-04-15 false: the government had failed", "The study 2024-04 false: taxes were too high", "a former official of Halvard Mining  true: It will take years", "a former official of Halvard Mining  true: The mine is rich", "the paper  true: Prices will fall"},
		},
		{
			name: "a phrase of the occasion after the hearer ('…, he told reporters during the bank's annual meeting here', '…, Jon Vik told shareholders at the annual meeting') is when the claim before was said, not the claim; a clause after the occasion is still the claim ('told reporters after the meeting that rates would fall')",
			body: "Jon Vik spoke in Vardo. Prices will rise this year, he told reporters during the Brask Bank's annual meeting here. Sales will grow, Ada Lund told shareholders at the annual meeting. Ada Lund told reporters after the meeting that rates would fall.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund")
				unknownAll(h, graph.Organization, "Brask Bank")
				unknownAll(h, graph.City, "Vardo")
			},
			want: []string{"Ada Lund  false: Sales will grow", "Ada Lund  false: rates would fall", "Jon Vik  false: Prices will rise this year"},
		},
		{
			name: "a verb that says a quotation only right after it, its speaker named after it (`…,\" agreed Jon Vik`, `…,\" conceded Ada Lund`), gives the quotation to that speaker, not to the one who spoke before",
			body: "Kari Moe said rates would rise. \"Rates will fall,\" agreed Jon Vik, an economist at Halvard Corp. \"It is too late,\" conceded Ada Lund.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund", "Kari Moe")
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"Ada Lund  true: It is too late", "Jon Vik  true: Rates will fall", "Kari Moe  false: rates would rise"},
		},
		{
			name: "'wrote to X that …' and 'wrote to X saying …' claim what follows the one written to ('wrote to Jon Vik that aid was needed'); 'wrote to X' alone claims nothing",
			body: "Ada Lund wrote to Jon Vik that aid was needed. The Brask Party wrote to Vardo airlines saying their fares were too high. Ada Lund wrote to Jon Vik last week.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund")
				unknownAll(h, graph.Organization, "Brask Party")
				unknownAll(h, graph.City, "Vardo")
			},
			want: []string{"Ada Lund  false: aid was needed", "Brask Party  false: their fares were too high"},
		},
		{
			name: "a few marked words that end a clause the speaker is said after are one reported claim over the clause (`Exports have been \"doing well,\" Jon Vik said`, `Prices will \"rise sharply\" this year, Jon Vik said`), not a quotation of the marked words; marks that open the speaker's own sentence stay a quotation (`Since prices fell, \"Perhaps we should wait,\" Ada Lund said`), as does a whole quotation",
			body: "Exports of Vardo have been \"doing well,\" Jon Vik said. Prices will \"rise sharply\" this year, Jon Vik said. Since prices fell last year, \"Perhaps we should wait,\" Ada Lund said. \"We will grow,\" Ada Lund said.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund")
				unknownAll(h, graph.City, "Vardo")
			},
			want: []string{"Ada Lund  true: Perhaps we should wait", "Ada Lund  true: We will grow", "Jon Vik  false: Exports of Vardo have been \"doing well", "Jon Vik  false: Prices will \"rise sharply\" this year"},
		},
		{
			name:  "a committee or panel the article does not name speaks unnamed ('The committee said'), so do bodies of a kind ('Consumer associations said', 'the farm groups said') and a court filing ('The suit alleged', 'its complaint said'); bodies of a kind that only note a thing with a feeling claim nothing ('agencies noted with satisfaction a rise')",
			body:  "The committee said the bill would pass. Consumer associations said prices were too high. The farm groups said the plan would fail. The suit alleged the firm had lied. Donor countries and agencies noted with satisfaction a rise in output.",
			build: func(h *hand) {},
			want:  []string{"Consumer associations  false: prices were too high", "The committee  false: the bill would pass", "The farm groups  false: the plan would fail", "The suit  false: the firm had lied"},
		},
		{
			name: "an army, a military command or an embassy that speaks is an unnamed body ('The Norland army said', 'Vesk's military high command said', 'The embassy said'), and 'It said' right after is that body again; a firm named before keeps 'it' when it spoke last",
			body: "The Norland army said rebels fled. It said 20 soldiers died. Vesk's military high command said the base fell. The embassy said exports rose. It said imports fell. Halvard Corp said profits rose. It said sales were high.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk")
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"Halvard Corp  false: profits rose", "Halvard Corp  false: sales were high", "The Norland army  false: 20 soldiers died", "The Norland army  false: rebels fled",
				"The embassy  false: exports rose", "The embassy  false: imports fell", "Vesk's military high command  false: the base fell"},
		},
		{
			name: "an unnamed source named by whom it serves, set off by a relative clause before its verb, speaks unnamed ('A close aide to Jon Vik, who asked not to be named, said'); a named person with such a clause still speaks ('Ada Lund, who heads Halvard Corp, said')",
			body: "A close aide to Prime Minister Jon Vik, who asked not to be named, said the tax would pass. Ada Lund, who heads Halvard Corp, said sales rose.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund")
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"A close aide to Prime Minister Jon Vik  false: the tax would pass", "Ada Lund  false: sales rose"},
		},
		{
			name: "'he said' after its claim stands for no one the claim names ('Finance Minister Ola Nes was not involved, he said': the one who spoke before); after a claim of one unnamed source, 'she said' is that source ('…, a Vardo official said. …, she said'), not a name in the claim",
			body: "Jon Vik said the talks were useful. Those who failed would have to go. Finance Minister Ola Nes was not involved, he said. The Vardo Canal will open on March 31, a Vardo official said. Repairs to the canal by Kari Moe are late, she said.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ola Nes", "Kari Moe")
				unknownAll(h, graph.Place, "Vardo Canal")
				unknownAll(h, graph.City, "Vardo")
			},
			want: []string{"Jon Vik  false: Finance Minister Ola Nes was not involved", "Jon Vik  false: the talks were useful", "a Vardo official  false: Repairs to the canal by Kari Moe are late", "a Vardo official  false: The Vardo Canal will open on March 31"},
		},
		{
			name: "a short phrase of place or time between a speech verb and its 'that' is no part of the claim ('said from Vardo that', 'acknowledged prior to the vote that', 'said before the elections that'); a noun's 'reports from Vardo that' claims nothing of the subject's",
			body: "Jon Vik said from Vardo that the talks would go on. Ada Lund acknowledged prior to the vote that the plan had failed. The Brask Party said before the elections that taxes would rise. Officials were unable to comment on reports from Vardo that talks had resumed.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund")
				unknownAll(h, graph.City, "Vardo")
				unknownAll(h, graph.Organization, "Brask Party")
			},
			want: []string{"Ada Lund  false: the plan had failed", "Brask Party  false: taxes would rise", "Jon Vik  false: the talks would go on"},
		},
		{
			name: "a description of the speaker before soft words speaks as it does right before its verb ('The minister also said', 'the company has said': the one so titled or named before); a title in title case is a description too ('The Trade Minister announced that', with no one of that title named: unnamed)",
			body: "Agriculture Minister Jon Vik said output rose. The minister also said prices would rise. Halvard Corp said sales fell. The company has said costs would fall. The Trade Minister announced that the tariffs would go.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"Halvard Corp  false: costs would fall", "Halvard Corp  false: sales fell", "Jon Vik  false: output rose", "Jon Vik  false: prices would rise", "The Trade Minister  false: the tariffs would go"},
		},
		{
			name: "people named by their trade whose first verb is joined to a speech verb by 'and' or 'but', or followed by a participle of saying, speak as the subject only ('Bankers criticised the plan and said', 'Ministry officials met the governor but said', 'Dealers in Vesk rejected the plan, saying'), not with the first verb's predicate",
			body: "Bankers criticised the plan and said it would fail. Ministry officials met the governor but said no accord was reached. Dealers in Vesk rejected the plan, saying it came too late.",
			build: func(h *hand) {
				unknownAll(h, graph.City, "Vesk")
			},
			want: []string{"Bankers  false: it would fail", "Dealers in Vesk  false: it came too late", "Ministry officials  false: no accord was reached"},
		},
		{
			name: "a comment clause after another's saying is no attribution of it ('Jon Vik said Norland should cut tariffs, as some bankers have suggested': the bankers say nothing of the sentence); alone it still is ('Prices fell, as traders had predicted'). Known error kept visible: Jon Vik's claim still runs on over the comment clause",
			body: "Jon Vik said Norland should cut tariffs, as some bankers have suggested. Prices fell, as traders had predicted.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Country, "Norland")
			},
			want: []string{"Jon Vik  false: Norland should cut tariffs, as some bankers have suggested", "traders  false: Prices fell"},
		},
		{
			name: "a party that 'is said to' do something is reported of by no one named, and says nothing ('Jon Vik is said to have thrown his support behind Ola Nes', 'Norland was said to be near a deal'), nor when it 'is said by' others to ('the Vesk Fund is said by bankers to be worried'); 'Jon Vik said' still speaks",
			body: "Jon Vik is said to have thrown his support behind Ola Nes. Norland was said to be near a deal. The Vesk Fund is said by bankers to be worried about the debt. Jon Vik said the deal was near.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ola Nes")
				unknownAll(h, graph.Country, "Norland")
				unknownAll(h, graph.Organization, "Vesk Fund")
			},
			want: []string{"Jon Vik  false: the deal was near"},
		},
		{
			name: "an unnamed source named with other people by 'and' is all of them ('Traders and analysts said', 'monetary sources and Vesk officials said'), without a conjunction it opens with ('as one senior banker noted'); a word is matched whole ('police', not 'policemen')",
			body: "Traders and analysts said the krone would fall. Prices will rise, monetary sources and Vesk officials said. Exports grew, as some exporters had predicted. Four policemen were hurt in a shooting incident, police said.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Vesk")
			},
			want: []string{"Traders and analysts  false: the krone would fall", "monetary sources and Vesk officials  false: Prices will rise",
				"police  false: Four policemen were hurt in a shooting incident", "some exporters  false: Exports grew"},
		},
		{
			name: "a warning told to a hearer claims what follows the hearer ('cautioned investors that rates would rise', 'warned creditors Norland could no longer pay'); 'cautioned' reports as 'warned' does; advice to act is no claim ('cautioned the Vesk board to take account of', 'warned the banks against retaliation')",
			body: "Ola Nes of Halvard Bank cautioned investors that rates would rise. Jon Vik warned creditors Norland could no longer pay. Board officials cautioned the Vesk board to take account of the plan. " +
				"Jon Vik warned the banks against retaliation. \"Caution should be used,\" cautioned Per Berg.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ola Nes", "Per Berg")
				unknownAll(h, graph.Country, "Norland")
				unknownAll(h, graph.Organization, "Halvard Bank", "Vesk")
			},
			want: []string{"Jon Vik  false: Norland could no longer pay", "Ola Nes  false: rates would rise", "Per Berg  true: Caution should be used"},
		},
		{
			name: "a text that states its authors' views speaks as an unnamed source ('The declaration said', 'a recent internal memo said'), its author when the description names one ('a memo from Jon Vik said', 'Norland in its telex said', 'a statement from Halvard Bank said'); not a name that only qualifies the author ('a report from the Vesk trade counselor')",
			body: "The declaration said no debtors' club was about to appear. A recent internal memo said costs must fall. A memo from Jon Vik said output must rise. " +
				"Norland in its telex said it would pay. A statement from Halvard Bank said the loan was ready. A report from the Vesk trade counselor said sales rose.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Country, "Norland", "Vesk")
				unknownAll(h, graph.Organization, "Halvard Bank")
			},
			want: []string{"A recent internal memo  false: costs must fall", "A report from the Vesk trade counselor  false: sales rose", "Halvard Bank  false: the loan was ready",
				"Jon Vik  false: output must rise", "Norland  false: it would pay", "The declaration  false: no debtors' club was about to appear"},
		},
		{
			name: "a person right before a title of a body, the wire's comma dropped, speaks, not the body ('Jon Vik general manager of Halvard Life Co told Reuters')",
			body: "Jon Vik general manager of Halvard Life Co told Reuters the deal was good.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Organization, "Halvard Life Co", "Reuters")
			},
			want: []string{"Jon Vik  false: the deal was good"},
		},
		{
			name: "after a quotation, a titled name with an apposition before the verb speaks ('\"…,\" Senator Jon Vik, a Vesk Republican, said')",
			body: "\"This is a mistake,\" Senator Jon Vik, a Vesk Republican, said in a letter to the president.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Region, "Vesk")
			},
			want: []string{"Jon Vik  true: This is a mistake"},
		},
		{
			name: "a date opening the sentence, set off by a comma, dates the saying right after it ('On February 20, Norland said …'); not around a parenthetical attribution ('Last year, he said, output hit a record': the claim's)",
			body: "On February 20, Norland said it would suspend interest payments. Last year, Jon Vik said, output hit a record.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Country, "Norland")
			},
			want: []string{"Jon Vik  false: Last year, Jon Vik said, output hit a record", "Norland 2024-02-20 false: it would suspend interest payments"},
		},
		{
			name: "'the Chancellor said' is the one the article titled so before, also where the title names its office's body after 'of' ('Chancellor of the Exchequer Jon Vik')",
			body: "Chancellor of the Exchequer Jon Vik met bankers on Monday. The Chancellor said Norland supported the plan.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Country, "Norland")
			},
			want: []string{"Jon Vik  false: Norland supported the plan"},
		},
		{
			name: "the unnamed head of a body owned by a titled person's possessive ('a former chairman of President Reagan's Council of Economic Advisers said') and people described by a participle ('officials travelling with President Jon Vik said') speak, not the names inside; a body named in apposition still speaks ('the planning agency Halvard Bureau said')",
			body: "Norland's attempt is modest, a former chairman of President Reagan's Council of Economic Advisers said. Aid to Vesk will rise this year, officials travelling with President Jon Vik said. Growth is slowing, the official planning agency Halvard Bureau said.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				h.known(graph.Person, "Ronald Reagan", "Reagan")
				unknownAll(h, graph.Organization, "Council of Economic Advisers", "Halvard Bureau")
				unknownAll(h, graph.Country, "Norland", "Vesk")
			},
			want: []string{"Halvard Bureau  false: Growth is slowing", "a former chairman of President Reagan's Council of Economic Advisers  false: Norland's attempt is modest", "officials travelling with President Jon Vik  false: Aid to Vesk will rise this year"},
		},
		{
			name: "a few words in marks qualifying the noun after them ('on a \"voluntary\" basis', '\"walkaway lease\" deals') are a term, no quotation; a quotation before its speaker stays",
			body: "Halvard Corp said consultants found scope for closing plants on a \"voluntary\" basis. Analysts said \"walkaway lease\" deals have been used before. \"Anything could happen,\" Ola Nes said.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Ola Nes")
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"Analysts  false: \"walkaway lease\" deals have been used before", "Halvard Corp  false: consultants found scope for closing plants on a \"voluntary\" basis", "Ola Nes  true: Anything could happen"},
		},
		{
			name: "unnamed people described by a relative clause or 'queried by' speak, not the name the clause ends with ('bankers who attended the meeting with Jon Vik said', 'Several other banks queried by Vesk Corp said')",
			body: "Norland met its creditors on Monday. But bankers who attended the meeting with Jon Vik said it was inconclusive. Several other banks queried by Vesk Corp said much the same thing.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Organization, "Vesk Corp")
				unknownAll(h, graph.Country, "Norland")
			},
			want: []string{"Several other banks queried by Vesk Corp  false: much the same thing", "bankers who attended the meeting with Jon Vik  false: it was inconclusive"},
		},
		{
			name: "an unnamed head of a body speaks, not the body ('…, the head of Vesk's Association of Private Banks told Reuters', 'a former chairman of the Halvard Council said'), unless a person before a comma is the one titled so; and 'he said' after 'A close aide to Jon Vik has said' is the aide's, not Vik's",
			body: "Brask's attempt is modest, a former chairman of the Halvard Council said. Bank profits will fall in 1987, the head of Vesk's Association of Private Banks told Reuters. Ola Nes, the chairman of the Lund Committee, said rates would rise. A close aide to Jon Vik has said the tax will have a minimal impact. In the local elections, even party candidates oppose the tax, he said.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ola Nes")
				unknownAll(h, graph.Organization, "Association of Private Banks", "Halvard Council", "Lund Committee", "Reuters")
				unknownAll(h, graph.Country, "Vesk", "Brask")
			},
			want: []string{"A close aide to Jon Vik  false: In the local elections, even party candidates oppose the tax", "A close aide to Jon Vik  false: the tax will have a minimal impact", "Ola Nes  false: rates would rise", "a former chairman of the Halvard Council  false: Brask's attempt is modest", "the head of Vesk's Association of Private Banks  false: Bank profits will fall in 1987"},
		},
		{
			name: "a definite title after an inverted speech verb is the one the article titled so before ('\"…,\" said the Halvard spokesman' after 'Halvard spokesman Jon Vik'), as 'the spokesman said' is",
			body: "Halvard Corp spokesman Jon Vik declined to comment on Monday. \"We have done nothing wrong,\" said the Halvard spokesman. \"We will cooperate,\" said the spokesman.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp", "Halvard")
			},
			want: []string{"Jon Vik  true: We have done nothing wrong", "Jon Vik  true: We will cooperate"},
		},
		{
			name: "those polled by a body speak, unnamed, also opening the sentence in capitals ('Shipowners polled by Halvard News said') and after 'according to' ('according to specialists polled by Vesk Corp', 'according to views polled by Vesk Corp correspondents'), never the body that asked them",
			body: "Prices will rise, according to merger specialists polled by Vesk Corp in March. Shipowners polled by Halvard News said the budget had done little for them. Growers are unhappy with the accord, according to views polled by Vesk Corp correspondents.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Corp", "Halvard News")
			},
			want: []string{"Shipowners polled by Halvard News  false: the budget had done little for them", "merger specialists polled by Vesk Corp in March  false: Prices will rise"},
		},
		{
			name: "after an inverted verb, the person titled after a firm's bracketed place or unit speaks ('said Halvard Securities (Vesk) associate vice president Jon Vik')",
			body: "\"Prices will rise,\" said Halvard Securities (Vesk) associate vice president Jon Vik.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Organization, "Halvard Securities")
				h.unknown(graph.Country, "Vesk", "", "Vesk")
			},
			want: []string{"Jon Vik  true: Prices will rise"},
		},
		{
			name: "'X, U.K. analyst at brokers Y, said' (a state's word opening the role, a broker's noun before the firm) is X's claim, not the firm's",
			body: "However, Jon Vik, Vesk Analyst at brokers Halvard Bank said exports would fall.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Organization, "Halvard Bank")
				h.unknown(graph.Country, "Vesk", "", "Vesk")
			},
			want: []string{"Jon Vik  false: exports would fall"},
		},
		{
			name: "a straight double quote between a letter and a possessive's or contraction's ending is an apostrophe, no mark ('Vesk\"s output', 'We don\"t believe'); a real quotation around it stays one",
			body: "\"We don\"t believe there is a problem,\" Jon Vik said. The report said Vesk\"s output fell. \"Prices rose,\" Ola Nes said.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ola Nes")
				h.unknown(graph.Country, "Vesk", "", "Vesk")
			},
			want: []string{"Jon Vik  true: We don\"t believe there is a problem", "Ola Nes  true: Prices rose", "The report  false: Vesk\"s output fell"},
		},
		{
			name: "after a quotation the attribution may run to twelve words ('Halvard Corp Inc's Oslo-based analyst Jon Vik said'), but not through 'by' ('\"done in\" by Vesk's suspension of payments'); 'it quoted experts of the Vesk Ministry as saying' and 'one representative of the Vesk Bank said' are unnamed",
			body: "\"I doubt there will be a takeover,\" Halvard Corp Inc's Oslo-based senior oil analyst Jon Vik said. Ola Nes said no bank would be \"done in\" by Vesk's suspension of payments. \"There is hope for a harvest,\" it quoted experts of the Vesk Ministry as saying. \"There is no plan yet,\" one representative of the Vesk Bank said.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ola Nes")
				unknownAll(h, graph.Organization, "Halvard Corp Inc", "Vesk Ministry", "Vesk Bank")
				h.unknown(graph.Country, "Vesk", "", "Vesk@1")
			},
			want: []string{"Jon Vik  true: I doubt there will be a takeover", "Ola Nes  false: no bank would be \"done in\" by Vesk's suspension of payments", "experts of the Vesk Ministry  true: There is hope for a harvest", "one representative of the Vesk Bank  true: There is no plan yet"},
		},
		{
			name: "a bracketed name before its bracketed acronym speaks ('…, <Halvard Bank BSC> (HB) said', 'arranger <Vesk Banking Corp> (VBC) said'), whether or not the acronym is read as a name",
			body: "Bond markets remain fragmented, <Halvard Bank BSC> (HB) said. The loan is ready, arranger <Vesk Banking Corp> (VBC) said.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Bank BSC", "", "Halvard Bank BSC", "HB")
				unknownAll(h, graph.Organization, "Vesk Banking Corp")
			},
			want: []string{"Halvard Bank BSC  false: Bond markets remain fragmented", "Vesk Banking Corp  false: The loan is ready"},
		},
		{
			name: "a body's text speaks for the body after a quotation too ('\"…,\" the Vesk Bank report said'), and 'according to a report from the Vesk Bank' is the bank's; not a party word's report ('the Republican report'), nor a name that only qualifies the one the report is from ('a report from the Vesk agriculture counselor')",
			body: "\"Returns still favor participation,\" the Vesk Bank report said. Prices will fall, according to a report from the Vesk Bank. Sales rose, according to a report from the Vesk agriculture counselor in Osby.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Bank")
				h.unknown(graph.Country, "Vesk", "", "=MISC:Vesk")
			},
			want: []string{"Vesk Bank  false: Prices will fall", "Vesk Bank  true: Returns still favor participation", "a report from the Vesk agriculture counselor in Osby  false: Sales rose"},
		},
		{
			name: "a quotation after '\"…,\" said X of Y Corp.' in the same sentence (the abbreviation keeps it whole) is X's, not a body named in the first quotation; '\"…,\" said a director at one merchant bank' is an unnamed source by his job",
			body: "\"For now, Vesk is following a neutral path,\" said Jon Vik of Halvard Corp. \"I expect it to continue.\"\n\n\"The risks are very large,\" said a director at one merchant bank.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk")
			},
			want: []string{"Jon Vik  true: For now, Vesk is following a neutral path", "Jon Vik  true: I expect it to continue", "a director at one merchant bank  true: The risks are very large"},
		},
		{
			name: "'he said' after a quotation is the person of a firm who claimed in the sentence before it ('But Jon Vik of Halvard Securities Inc says Vesk is a better buy. \"We'd rather …,\" he said'), not the speaker before him",
			body: "\"Their costs are low,\" said Ola Nes of Brask Inc. \"The shares will rise,\" he said.\n\nBut Jon Vik of Halvard Securities Inc says Vesk Mining is a better buy. \"We'd rather buy Vesk. I see a premium,\" he said.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Ola Nes", "Jon Vik")
				unknownAll(h, graph.Organization, "Brask Inc", "Halvard Securities Inc", "Vesk Mining")
			},
			want: []string{"Jon Vik  true: We'd rather buy Vesk. I see a premium", "Jon Vik 2024-04-16 false: Vesk Mining is a better buy", "Ola Nes  true: The shares will rise", "Ola Nes  true: Their costs are low"},
		},
		{
			name: "the speaker before a set-off phrase of occasion is the one who speaks, not a person named in it ('Nazer, in his first interview since succeeding Yamani, said: \"…\"'); 'and reported crop problems' after a dashed aside, with no verb before, is no saying",
			body: "Ola Nes, in his first interview since succeeding Jon Vik, said: \"I see no need for new measures.\" Dry weather in Vesk -- a major corn supplier to the USSR -- and reported crop problems prompted Halvard Corp to lower its estimate.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Ola Nes", "", "Ola Nes").unknown(graph.Person, "Jon Vik", "", "Jon Vik")
				unknownAll(h, graph.Country, "Vesk")
				h.known(graph.Country, "Soviet Union", "USSR")
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"Ola Nes  true: I see no need for new measures"},
		},
		{
			name: "'Analyst X of brokers Y noted that …' is X's claim, as 'X of Y said' is",
			body: "Analyst Jon Vik of brokers Halvard Grieveson noted that prices would rise.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik")
				unknownAll(h, graph.Organization, "Halvard Grieveson")
			},
			want: []string{"Jon Vik  false: prices would rise"},
		},
		{
			name: "'he' opening a clause joined by 'but' or 'and' is the one who spoke in the clause before it ('\"…,\" said one arbitrager, but he speculated …', 'A Vesk spokesman said …, but he confirmed …'), not a person named before; not when that claim names another person ('Sources said Ola Nes believes …, but he told clients …')",
			body: "Jon Vik owns 20 pct of Halvard Corp stock. \"I could see it go for 175,\" said one arbitrager, but he speculated it would not be taken over. A Vesk spokesman said it was not company policy, but he confirmed that arbitrage was allowed. Sources said Ola Nes believes Halvard Corp will grow, but he told clients the stock was dear.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Ola Nes", "", "Ola Nes")
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk")
			},
			want: []string{"A Vesk spokesman  false: arbitrage was allowed", "A Vesk spokesman  false: it was not company policy", "Ola Nes  false: the stock was dear", "Sources  false: Ola Nes believes Halvard Corp will grow", "one arbitrager  false: it would not be taken over", "one arbitrager  true: I could see it go for 175"},
		},
		{
			name: "'the paper said' is the one paper the article named before as a 'newspaper' ('the official Vesk Information newspaper')",
			body: "The official Vesk Information newspaper last month said output will fall. The paper said unreasonable pricing resulted in losses.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Information")
			},
			want: []string{"Vesk Information  false: unreasonable pricing resulted in losses", "Vesk Information 2024-03 false: output will fall"},
		},
		{
			name: "'the group's president said' is the one the article titled so before, after a quotation or before a claim; 'the group's' stands for the body the title is held in",
			body: "Vardo and its president Jon Vik met in Oslo. \"We are ready,\" the group's president said. The group's president said the meeting was on.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vardo")
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik")
			},
			want: []string{"Jon Vik  false: the meeting was on", "Jon Vik  true: We are ready"},
		},
		{
			name: "'according to company spokesman X': the person after a few lower-case words that end in a source's noun or title; 'according to a company spokesman' stays unnamed",
			body: "It was business as usual at the Halvard Corp headquarters, according to company spokesman Jon Vik. Prices rose, according to senior economist Ada Berg. Sales fell, according to a company spokesman.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Ada Berg", "", "Ada Berg")
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"Ada Berg  false: Prices rose", "Jon Vik  false: It was business as usual at the Halvard Corp headquarters", "a company spokesman  false: Sales fell"},
		},
		{
			name: "'X and other analysts said' is X's claim, named first (GUIDE.md: a joint claim takes the first named), before or after the claim; 'other analysts said' alone is unnamed",
			body: "The next six weeks will be crucial, Jon Vik and other analysts said. Halvard Corp and other producers said prices would rise. Rain is due, other analysts said.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik")
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"Halvard Corp  false: prices would rise", "Jon Vik  false: The next six weeks will be crucial", "other analysts  false: Rain is due"},
		},
		{
			name: "a quotation that is a paragraph of its own, with no attribution, after a paragraph that ends with a claim, is that speaker's ('But he added it did not imply heavy selling.' then '\"Our marketing policy is …\"'); not after a paragraph with no claim, nor one that goes on after its marks",
			body: "Jon Vik said prices would rise.\n\nBut he added it did not imply heavy selling.\n\n\"Our marketing policy is to sell without haste. No targets will be set.\"\n\nHalvard Corp made a profit.\n\n\"We are not selling.\"\n\nBrask Inc lost money, Ada Berg said.\n\n\"We must sell now and cut costs\" was the slogan of the day.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Ada Berg", "", "Ada Berg")
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc")
			},
			want: []string{"Ada Berg  false: Brask Inc lost money", "Jon Vik  false: it did not imply heavy selling", "Jon Vik  false: prices would rise", "Jon Vik  true: Our marketing policy is to sell without haste. No targets will be set"},
		},
		{
			name: "'he said' after a quotation is the one unnamed person who claimed in the sentence before it ('One senior floor trader said …', 'A Brask trader estimated …'), not the last person named ('the Halvard Exchange treasurer' is the one titled so before); and the sentence before a quotation that runs over two sentences is the one before its opening",
			body: "Jon Vik, a vice president of Halvard Exchange, said the floor was old. \"We have looked at five plans,\" he added.\n\nOne senior floor trader said the room needs renovating.\n\n\"There is talk the floor will shift,\" he said.\n\nVik said prices fell. \"Halvard will trade more,\" he said.\n\nA Brask trader estimated stocks at three mln tonnes. \"They are falling,\" he said.\n\nHalvard Exchange treasurer Ola Nes said bonds were sold.\n\nThe Halvard Exchange treasurer said the bonds were long. \"They were safe,\" he said.\n\nEchoing Vik's words, Per Lund, manager of the growers' federation, said Brask sought a new policy.\n\n\"There is great expectation. Ours is beginning to emerge,\" he told journalists.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik", "Vik").unknown(graph.Person, "Per Lund", "", "Per Lund").unknown(graph.Person, "Ola Nes", "", "Ola Nes")
				unknownAll(h, graph.Organization, "Halvard Exchange")
				unknownAll(h, graph.Country, "Brask")
			},
			want: []string{"A Brask trader  false: stocks at three mln tonnes", "A Brask trader  true: They are falling", "Jon Vik  false: prices fell", "Jon Vik  false: the floor was old", "Jon Vik  true: Halvard will trade more", "Jon Vik  true: We have looked at five plans", "Ola Nes  false: bonds were sold", "Ola Nes  false: the bonds were long", "Ola Nes  true: They were safe", "One senior floor trader  false: the room needs renovating", "One senior floor trader  true: There is talk the floor will shift", "Per Lund  false: Brask sought a new policy", "Per Lund  true: There is great expectation. Ours is beginning to emerge"},
		},
		{
			name: "after a quotation, or before one, an indefinite description of people is an unnamed source, a name only its modifier ('an aide to Agriculture Secretary X', 'one Japanese refiner', 'an Agriculture Department authority on the USSR'), as before a claim ('the aide to Lyng' too), and a quotation standing alone after it goes on with it; a name said alone still speaks, and a text is its issuer's; the one a paper quoted is ('the NRC quoted the official as saying': the official, unnamed), nor a body's own noun ('the United Auto Workers <UAW> union said')",
			body: "\"Prices will rise,\" an aide to Trade Secretary Jon Vik said. \"Output will fall,\" one Vesk refiner said. \"The crop is late,\" an Agriculture Ministry authority on Brask said. A Vesk refiner said, \"Markets are better.\" \"Costs are high,\" Ada Berg said. \"We will cut,\" a spokesman for Halvard Corp told Reuters. \"Sales fell,\" an aide to Ada Berg said. \"But there is no talk.\" \"Costs are high,\" a statement issued by Halvard Corp said. \"We will wait,\" the aide to Ada Berg said. \"Rates will rise,\" the NRC quoted the official as saying. The Vardo Auto Workers <VAW> union said, \"We will strike.\" \"We will win,\" the Halvard Corp spokesman said. The Ostby Chamber of Mines met. The chamber said, \"Prices are up.\"",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Ada Berg", "", "Ada Berg")
				h.unknown(graph.Country, "Vesk", "", "=MISC:Vesk")
				unknownAll(h, graph.Country, "Brask")
				unknownAll(h, graph.Organization, "Halvard Corp", "NRC")
				h.unknown(graph.Organization, "Vardo Auto Workers", "", "Vardo Auto Workers", "VAW")
				unknownAll(h, graph.Organization, "Ostby Chamber of Mines")
				h.known(graph.Organization, "Reuters", "Reuters")
			},
			want: []string{"A Vesk refiner  true: Markets are better", "Ada Berg  true: Costs are high", "Halvard Corp  true: Costs are high", "Ostby Chamber of Mines  true: Prices are up", "Vardo Auto Workers  true: We will strike", "a spokesman for Halvard Corp  true: We will cut", "an Agriculture Ministry authority on Brask  true: The crop is late", "an aide to Ada Berg  true: But there is no talk", "an aide to Ada Berg  true: Sales fell", "an aide to Trade Secretary Jon Vik  true: Prices will rise", "one Vesk refiner  true: Output will fall", "the Halvard Corp spokesman  true: We will win", "the aide to Ada Berg  true: We will wait", "the official  true: Rates will rise"},
		},
		{
			name: "the speaker before an aside set off by dashes speaks, not a name inside the aside ('Halvard Corp -- responding to a statement by Vesk Inc -- said it would not negotiate')",
			body: "Halvard Corp -- responding to a statement by Vesk Inc -- said it would not negotiate.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk Inc")
			},
			want: []string{"Halvard Corp  false: it would not negotiate"},
		},
		{
			name: "a paper called a daily in an apposition is the one 'the paper said' stands for ('Nord Osby, a Vesk daily, said …'); 'the Nord Osby domestic edition said' is the paper",
			body: "Nord Osby, a Vesk daily, said crops were hit. The paper said many farms are short of water. Brask has ordered work cancelled, the Nord Osby domestic edition said.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Nord Osby")
				h.unknown(graph.Country, "Vesk", "", "=MISC:Vesk")
				unknownAll(h, graph.Country, "Brask")
			},
			want: []string{"Nord Osby  false: Brask has ordered work cancelled", "Nord Osby  false: crops were hit", "Nord Osby  false: many farms are short of water"},
		},
		{
			name: "an inverted attribution may end with a relative clause about the speaker ('…, said Jon Berg, who will remain a director of the company'); 'said Ada Lund, who served as a middleman, deposited …' is a claim whose subject Ada Lund is",
			body: "Halvard Corp is experienced in turnaround situations, said Jon Berg, who will remain a director of the company. The newspaper, quoting officials, said Ada Lund, who served as a middleman, deposited two mln dlrs in a bank.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund")
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"Jon Berg  false: Halvard Corp is experienced in turnaround situations", "The newspaper  false: Ada Lund, who served as a middleman, deposited two mln dlrs in a bank"},
		},
		{
			name: "a joint claim of two people each carrying a bracketed tag is both of theirs ('Jon Berg (R-Kan.) and Ada Lund (D-Okla.) said'), as 'Jon Berg and Ada Lund said' is",
			body: "Two farm state Congressmen, Jon Berg (R-Kan.) and Ada Lund (D-Okla.) said cargo preference makes exports more costly.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund")
			},
			want: []string{"Ada Lund  false: cargo preference makes exports more costly", "Jon Berg  false: cargo preference makes exports more costly"},
		},
		{
			name: "'quoted' a demonym, a title of capitalised words and a person 'as saying': the person speaks ('quoted Norland Minister of Industry and Trade Jon Berg as saying'), not the state",
			body: "The Vesk Agency quoted Norland Minister of Industry and Trade Jon Berg as saying Norland would export sugar this year.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Agency")
				unknownAll(h, graph.Person, "Jon Berg")
				h.unknown(graph.Country, "Norland", "", "=MISC:Norland@1", "Norland@2")
			},
			want: []string{"Jon Berg  false: Norland would export sugar this year"},
		},
		{
			name: "'according to' a trade's plural word and a firm names the firm ('according to stockbrokers Halvard Mackenzie and Co Ltd'), as 'according to spokesman X' names the person; not a demonym ('according to official Vesk figures')",
			body: "The relief will favour smaller fields, according to stockbrokers Halvard Mackenzie and Co Ltd. Brask repaid a record sum in 1986, according to official Vesk figures.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Mackenzie and Co Ltd")
				unknownAll(h, graph.Country, "Brask")
				h.unknown(graph.Country, "Vesk", "", "=MISC:Vesk")
			},
			want: []string{"Halvard Mackenzie and Co Ltd  false: The relief will favour smaller fields", "official Vesk figures  false: Brask repaid a record sum in 1986"},
		},
		{
			name: "'the newspaper said' is the paper the article called a daily, a weekly or a newspaper before its name ('The government daily Nord Osby said …'), though its name says no paper",
			body: "The government daily Nord Osby said winter crops were damaged. The newspaper said a large part of the crops must be reseeded.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Nord Osby")
			},
			want: []string{"Nord Osby  false: a large part of the crops must be reseeded", "Nord Osby  false: winter crops were damaged"},
		},
		{
			name: "a speaker's name set off on both sides after an office ('…, the Conflicts Secretary of the Vesk Miners Federation, Jon Berg, told Reuters') ends the claim before the office; a claim's own apposition before the name stays in it ('…, a five-fold rise over the year before, Ada Lund, vice-president of Halvard Corp told a briefing')",
			body: "A strike has paralysed tin production, the Conflicts Secretary of the Vesk Miners Federation, Jon Berg, told Reuters. Halvard Corp hopes to sell 8,000 cars this year, a five-fold rise over the year before, Ada Lund, vice-president of Halvard Corp told a news briefing.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund")
				unknownAll(h, graph.Organization, "Vesk Miners Federation", "Halvard Corp", "Reuters")
			},
			want: []string{"Ada Lund  false: Halvard Corp hopes to sell 8,000 cars this year, a five-fold rise over the year before", "Jon Berg  false: A strike has paralysed tin production"},
		},
		{
			name: "the speaker's second verb ends the claim: 'and indicated there would be …' (a verb of saying with a clause of its own, after a claim with a verb of its own), ', but has given no timetable' after 'has already said' (TestClaimNotCutInsideNounPhrase: not 'both proved reserves and estimated revenues resulted')",
			body: "Halvard Corp has already said it will announce further measures, but has given no timetable. Jon Berg said the plan was sound and indicated there would be opposition to it.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg")
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"Halvard Corp  false: it will announce further measures", "Jon Berg  false: the plan was sound"},
		},
		{
			name: "a trailing speaker's name set off after a description ('…, the president of the Vesk Banks Association, Jon Berg, said') ends the claim before the description; a name set off alone ('…, Ada Lund, said') ends it before the name",
			body: "Protectionism is the biggest danger, the president of the Vesk Banks Association, Jon Berg, said. Prices will rise, Ada Lund, said.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund")
				unknownAll(h, graph.Organization, "Vesk Banks Association")
			},
			want: []string{"Ada Lund  false: Prices will rise", "Jon Berg  false: Protectionism is the biggest danger"},
		},
		{
			name: "a long body's name in a trailing speaker's title counts as one word on the way back to the claim's comma ('…, the secretary general of the Vesk Organisation for Economic Cooperation and Trade Development Jon Berg said'); the speaker's own name may hold a comma",
			body: "Prices will rise this year, the secretary general of the Vesk Organisation for Economic Cooperation and Trade Development Jon Berg said. Bond prices fell, Lund, Brask and Osby Inc said.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg")
				unknownAll(h, graph.Organization, "Vesk Organisation for Economic Cooperation and Trade Development", "Lund, Brask and Osby Inc")
			},
			want: []string{"Jon Berg  false: Prices will rise this year", "Lund, Brask and Osby Inc  false: Bond prices fell"},
		},
		{
			name: "after 'told' and its hearer, a clause whose verb comes before a 'that' holds the 'that' ('told a business meeting the Vesk Union produces few items that Brask wants', 'told reporters the council was concerned that'); 'told the meeting that' starts after 'that'",
			body: "Jon Berg told a business meeting the Vesk Union produces few items that Brask wants. Ada Lund told reporters the council was concerned that prices be kept stable. Jon Berg told the meeting that prices rose.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund")
				unknownAll(h, graph.Country, "Vesk Union", "Brask")
			},
			want: []string{"Ada Lund  false: the council was concerned that prices be kept stable", "Jon Berg  false: prices rose", "Jon Berg  false: the Vesk Union produces few items that Brask wants"},
		},
		{
			name: "an opening 'It said' after 'The group said' is the group's, which its leader stands for, not the firm the group met; a second 'It said' is the first one's",
			body: "A group led by Jon Berg said it holds 9.8 pct of Halvard Corp. The group said its representatives had met with Halvard Corp officials. It said it was considering more purchases. It said a decision depended on market prices.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg")
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"Jon Berg  false: a decision depended on market prices", "Jon Berg  false: it holds 9.8 pct of Halvard Corp", "Jon Berg  false: it was considering more purchases", "Jon Berg  false: its representatives had met with Halvard Corp officials"},
		},
		{
			name: "a firm's former name set off after it ('Halvard Corp, formerly the Vesk Oil Co Ltd, said', 'formerly known as') leaves the firm the speaker",
			body: "Halvard Corp, formerly the Vesk Oil Co Ltd, said the valuation was fair. Brask Inc, formerly known as Lund Rubber Co, said it signed an agreement.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk Oil Co Ltd", "Brask Inc", "Lund Rubber Co")
			},
			want: []string{"Brask Inc  false: it signed an agreement", "Halvard Corp  false: the valuation was fair"},
		},
		{
			name: "a sentence that opens with 'He (also) said/suggested that …' and ends with another attribution holds one claim, the inner verb's, not a second one spanning 'He said'",
			body: "Jon Berg spoke at the meeting. He also suggested that the Osby refuge should be opened up for leasing, Jon Berg said.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg")
			},
			want: []string{"Jon Berg  false: the Osby refuge should be opened up for leasing"},
		},
		{
			name: "a quotation standing alone after a claim in the sentence before, in its paragraph, is that speaker's; not one with an unread attribution of its own after it",
			body: "Jon Berg said the accord was a step in the right direction. \"There will always be a risk of breakdown in cooperation\" without a budget cut.\n\nAda Lund said the report was flawed. \"A fee will provide the stimulus,\" and raise revenues, he said.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund")
			},
			want: []string{"Ada Lund  false: \"A fee will provide the stimulus,\" and raise revenues", "Ada Lund  false: the report was flawed", "Jon Berg  false: the accord was a step in the right direction", "Jon Berg  true: There will always be a risk of breakdown in cooperation"},
		},
		{
			name: "people based, stationed or posted in a state speak, not the state ('Vardian officials based in Norland said')",
			body: "Vardian officials based in Norland said the border was closed.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Vardo", "", "=MISC:Vardian")
				unknownAll(h, graph.Country, "Norland")
			},
			want: []string{"Vardian officials based in Norland  false: the border was closed"},
		},
		{
			name: "a capitalised word inside a name is no speech verb ('Oil Minister Jon Said Berg met', 'the Vesk Claims Court'), one ending a name the tagger ran past may be ('Halvard Bank B.A. Said it')",
			body: "Oil Minister Jon Said Berg met Ada Lund in Osby.\n\nKarl Brask, a judge at the Vesk Claims Court, will retire.\n\nHalvard Bank B.A. Said it is launching a bond.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Said Berg", "Ada Lund", "Karl Brask")
				unknownAll(h, graph.Organization, "Vesk Claims Court", "Halvard Bank B.A. Said")
				unknownAll(h, graph.City, "Osby")
			},
			want: []string{"Halvard Bank B.A. Said  false: it is launching a bond"},
		},
		{
			name: "a date inside the claim before a trailing attribution or a participle after a claim dates the claim's content, not the saying ('… in early April, it said', 'had a net loss in 2023, adding'); one opening the sentence or going with the participle's act still dates it",
			body: "Halvard Corp said sales rose. Grains usually break dormancy in early April, it said.\n\nJon Berg said Vesk Corp had a net loss in 2023, adding this was equal to 1.22 cts a share.\n\nOstland Corp disclosed the fraud on Monday, saying documents were lost.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk Corp", "Ostland Corp")
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			want: []string{
				"Halvard Corp  false: Grains usually break dormancy in early April",
				"Halvard Corp  false: sales rose",
				"Jon Berg  false: Vesk Corp had a net loss in 2023",
				"Jon Berg  false: this was equal to 1.22 cts a share",
				"Ostland Corp 2024-04-15 false: documents were lost",
			},
		},
		{
			name: "advisers, lobbyists and consultants are unnamed sources, also with close ties to a body or an administration, and the source of a claim nested in another's is not read back past the outer speech verb ('One lobbyist with close connections to the Reagan administration said a trade team told traders that …')",
			body: "Jon Berg's legal adviser said the plan was ready.\n\nOne lobbyist with close connections to the Vesk Party said a trade team told grain traders that Lund would buy wheat.\n\nPresident Karl Brask spoke. A lawyer with close ties to the Brask administration said prices would rise.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg", "Karl Brask")
				unknownAll(h, graph.Organization, "Vesk Party")
				unknownAll(h, graph.Country, "Lund")
			},
			want: []string{"A lawyer with close ties to the Brask administration  false: prices would rise", "Jon Berg's legal adviser  false: the plan was ready", "One lobbyist with close connections to the Vesk Party  false: a trade team told grain traders that Lund would buy wheat", "a trade team  false: Lund would buy wheat"},
		},
		{
			name: "who 'he' is before a quotation: not a name in a question, a claim or an object before the verb, but the one the claims read tell ('Asked what Vesk's output was, he replied', 'He said Vardo's President Jon Berg was … and said …', 'Brask described Lund as …, and said', 'the spokesman said …, although he added')",
			body: "Minister Karl Brask said output was low. Asked what the Vesk Union's output level was now, he replied: \"Below 15.8 mln barrels.\"\n\nA Lund Corp spokesman said the Gulf was calm. He said Vardian President Jon Berg was the main cause of tension and said Lund would use \"all its legitimate means to stem the tension.\"\n\nAda Lund described Olaf Dahl as \"sympathetic but noncommittal,\" and said she detected \"a sense of frustration\" on his part.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Karl Brask", "Jon Berg", "Ada Lund", "Olaf Dahl")
				unknownAll(h, graph.Organization, "Vesk Union", "Lund Corp")
				h.unknown(graph.Country, "Vardo", "", "=MISC:Vardian")
			},
			want: []string{
				"A Lund Corp spokesman  false: Lund would use \"all its legitimate means to stem the tension.\"",
				"A Lund Corp spokesman  false: Vardian President Jon Berg was the main cause of tension",
				"A Lund Corp spokesman  false: the Gulf was calm",
				"Ada Lund  true: a sense of frustration",
				"Ada Lund  true: sympathetic but noncommittal", // (the words she names him by: a quotation of hers)
				"Karl Brask  false: output was low",
				"Karl Brask  true: Below 15.8 mln barrels",
			},
		},
		{
			name: "'the group said' is the leader of 'a group of investment firms led by' a person, past his town and state set off by commas",
			body: "A group of investment firms led by Osby, Vardo, investor Jon Berg said it is seeking information about Brask Corp. The group said it already holds 9.8 pct of Brask Corp.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg")
				unknownAll(h, graph.Organization, "Brask Corp")
				unknownAll(h, graph.City, "Osby")
				unknownAll(h, graph.Region, "Vardo")
			},
			want: []string{"Jon Berg  false: it already holds 9.8 pct of Brask Corp", "Jon Berg  false: it is seeking information about Brask Corp"},
		},
		{
			name: "a name inside the subject's modifier is no speaker: 'X's aide' after a quotation, lawyers representing X, banks polled by X, a body headed by X",
			body: "\"We will hear what they have to say,\" Jon Berg's aide said. Lawyers representing Ada Lund have said she saw the funds as a reward. Trading banks polled by Vesk Corp said rates would rise. The Halvard Commission, headed by Karl Brask, said its decision reflected a \"need to safeguard the principle of separation between banks and industry.\"",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund", "Karl Brask")
				unknownAll(h, graph.Organization, "Vesk Corp", "Halvard Commission")
			},
			want: []string{"Halvard Commission  true: need to safeguard the principle of separation between banks and industry", "Jon Berg's aide  true: We will hear what they have to say", "Lawyers representing Ada Lund  false: she saw the funds as a reward", "Trading banks polled by Vesk Corp  false: rates would rise"},
		},
		{
			name: "a person named between commas after an opening description in lower case speaks ('Vesk Corp chief of security, Retired General Jon Berg, said …')",
			body: "Vesk Corp chief of security, Retired General Jon Berg, said security measures would be stricter.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg")
				unknownAll(h, graph.Organization, "Vesk Corp")
			},
			want: []string{"Jon Berg  false: security measures would be stricter"},
		},
		{
			name: "a person set off after a claim whose office runs on to the speech verb with no closing comma speaks, not the bodies in the office ('…, Jon Berg, administrator for Vesk Agency's Stabilization and Conservation Service said'); not a pronoun's clause ('…, including its chairman, Ada Lund, he said')",
			body: "Producers submitted bids for 11 mln acres, Jon Berg, administrator for Vesk Agency's Stabilization and Conservation Service said at a hearing. The offers were made by several Halvard representatives, including its chairman, Ada Lund, he said.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund")
				unknownAll(h, graph.Organization, "Vesk Agency", "Stabilization and Conservation Service", "Halvard")
			},
			want: []string{"Jon Berg  false: Producers submitted bids for 11 mln acres", "Jon Berg  false: The offers were made by several Halvard representatives, including its chairman, Ada Lund"},
		},
		{
			name: "'adding' after an unnamed source's claim speaks for that source, not for a name in the claim ('Gold from Norland will not be used, officials said, adding that bullion would be bought on the market')",
			body: "Gold from Norland or Lund will not be used in the coin, officials said, adding that bullion would be bought on the world market.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Lund")
			},
			want: []string{"officials  false: Gold from Norland or Lund will not be used in the coin", "officials  false: bullion would be bought on the world market"},
		},
		{
			name: "'notes' closing a list of what is paid ('for three mln dlrs in cash, stock and notes.') is the debt paper, no one noting: the sentence's claim is read once",
			body: "Vesk Corp said it agreed to buy Brask Inc for three mln dlrs in cash, stock and notes.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Corp", "Brask Inc")
			},
			want: []string{"Vesk Corp  false: it agreed to buy Brask Inc for three mln dlrs in cash, stock and notes"},
		},
		{
			name: "'according to' a body's name, a capitalised title and a person names the person ('according to Vesk Chairman Jon Berg'), as a lower-case title does",
			body: "Vesk Corp plans to sell its unit, according to Vesk Chairman Jon Berg.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg")
				h.unknown(graph.Organization, "Vesk Corp", "", "Vesk Corp", "Vesk")
			},
			want: []string{"Jon Berg  false: Vesk Corp plans to sell its unit"},
		},
		{
			name: "sources 'in talks with' a state are the unnamed speakers, not the state ('Company sources in talks with Norland said …'); a name after 'with' is no participle's subject ('Company sources currently in talks with Norland agree, saying …')",
			body: "Company sources in talks with Norland said the deal was near. Company sources currently in talks with Norland agree, saying that Norland gas would only serve peak demand.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland")
			},
			want: []string{"Company sources in talks with Norland  false: the deal was near"},
		},
		{
			name: "a body named inside a quotation is what the quotation speaks of, not who 'it' after it stands for (`\"… Vesk Air has given no reason,\" it added` after the Lund Agency spoke)",
			body: "The Lund Agency rejected the request, it said. \"The application fails to comply with our rules and Vesk Air has given no reason,\" it added.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Lund Agency", "Vesk Air")
			},
			want: []string{"Lund Agency  false: The Lund Agency rejected the request", "Lund Agency  true: The application fails to comply with our rules and Vesk Air has given no reason"},
		},
		{
			name: "a speech verb joined by 'but' or 'and' to one before it speaks for the same speaker or unnamed source, not for a name inside that source ('One Norland bank trader said …, but said this was largely a guess'); a noun's claim before it is no such verb ('was skeptical of a Norland claim …, and said')",
			body: "One Norland bank trader said it could have been up to 500 mln dlrs, but said this was largely a guess. " +
				"Jon Berg was skeptical of a Norland claim for a record harvest, and said the drought may have hurt more grain than thought.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland")
				unknownAll(h, graph.Person, "Jon Berg")
			},
			want: []string{"Jon Berg  false: the drought may have hurt more grain than thought", "One Norland bank trader  false: it could have been up to 500 mln dlrs", "One Norland bank trader  false: this was largely a guess"},
		},
		{
			name: "a day's or a year's possessive after the speech verb opens the claim and dates what follows it, not the saying ('said today's vote was important', 'said this year's harvest would be large'); a hearer's date still dates the telling ('told last November's annual meeting')",
			body: "Jon Berg said today's vote was important. Ada Lund said this year's harvest would be large. Olaf Berg told last November's annual meeting that sales would rise.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund", "Olaf Berg")
			},
			want: []string{"Ada Lund  false: this year's harvest would be large", "Jon Berg  false: today's vote was important", "Olaf Berg 2023-11 false: sales would rise"},
		},
		{
			name: "a participle's speaker is the clause's subject: 'He' opening the sentence stands for the one before, a name inside the object is no speaker ('He defended the Vesk differentials, saying …'); after a verb with no name before it, only a name with its speech verb ending the claim speaks ('…, Ada Lund stressed, adding …'), else the people the subject names by their trade, unnamed ('Dealers doubted whether any package Norland could adopt would work, noting …': the dealers, not Norland)",
			body: "Jon Berg spoke in Vardo. He defended the Vesk differentials, saying that these margins reflect an average of prices. " +
				"Dealers doubted whether any package Norland could adopt would work, noting that such measures would invite further steps. " +
				"The accord was not a target zone, Ada Lund stressed, adding such targets would be hard to enforce.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund")
				unknownAll(h, graph.City, "Vardo")
				unknownAll(h, graph.Organization, "Vesk")
				unknownAll(h, graph.Country, "Norland")
			},
			want: []string{"Ada Lund  false: such targets would be hard to enforce", "Dealers  false: such measures would invite further steps", "Jon Berg  false: these margins reflect an average of prices"},
		},
		{
			name: "a plural noun naming no one that issues a statement 'saying' is an unnamed source, not a name in an opening phrase ('Following meetings with Jon Berg, the groups issued a statement saying …')",
			body: "Following meetings with Senator Jon Berg, the farm groups issued a statement saying lawmakers should leave the law alone. " +
				"After talks with Ada Lund, the unions issued a statement saying lawmakers should \"resist efforts to overhaul the law.\"",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund")
			},
			want: []string{"the farm groups  false: lawmakers should leave the law alone", "the unions  true: resist efforts to overhaul the law"},
		},
		{
			name: "a gathering a long name opens is who was told ('…, Jon Berg told the Vesk Petroleum Exploration Association annual conference'), so the words before are his claim",
			body: "A reduction would keep output steady, Jon Berg told the Vesk Petroleum Exploration Association annual conference.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg")
				unknownAll(h, graph.Organization, "Vesk Petroleum Exploration Association")
			},
			want: []string{"Jon Berg  false: A reduction would keep output steady"},
		},
		{
			name: "a claim after a colon is what follows it, and a claim that is one quotation in marks ('But he added: \"There must be …\"', 'Lund said \"no one should expect …\"') is a direct quote of the words inside, not a reported claim in marks",
			body: "Jon Berg spoke in Vardo. He added that \"no one should expect any dramatic developments before March 31.\" Ada Lund said the law was unfair, adding \"if the law is to be read by Vardo, what is to happen to the rest of us?\"",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund")
				unknownAll(h, graph.City, "Vardo")
			},
			want: []string{"Ada Lund  false: the law was unfair", "Ada Lund  true: if the law is to be read by Vardo, what is to happen to the rest of us?", "Jon Berg  true: no one should expect any dramatic developments before March 31"},
		},
		{
			name: "a claim after 'that,' with a phrase set off by commas ('told the meeting that, in addition to …, a program will be prepared') starts after the comma",
			body: "Jon Berg told an informal Vesk meeting that, in addition to measures adopted last September, a new program will be prepared.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg")
				unknownAll(h, graph.Organization, "Vesk")
			},
			want: []string{"Jon Berg  false: in addition to measures adopted last September, a new program will be prepared"},
		},
		{
			name: "a quotation closed by 'Name, BODY title, told Reuters.' (an untagged short name before the office: 'ASA president') is the person's direct quotation; a title in quotation marks before ', Name, Deputy Secretary, said <claim>' is no quotation of his",
			body: "\"The Vesk board will have to act,\" Jon Berg, ASA president, told Reuters. In a letter accompanying the \"Sugar Program Act,\" Ada Lund, Deputy Agriculture Secretary, said the loan rate would be cut.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund")
				unknownAll(h, graph.Organization, "Reuters")
			},
			want: []string{"Ada Lund  false: the loan rate would be cut", "Jon Berg  true: The Vesk board will have to act"},
		},
		{
			name: "people in two or more places ('Newspapers in Brekka and Vardo reported that …', 'Officials in Norland, Lund and Ostmark said …') are an unnamed source described whole, not the last place as speaker; places that speak themselves ('Norland and Lund said') still do",
			body: "Newspapers in Brekka and Vardo reported at the weekend that an offer had been made. Officials in Norland, Lund and Ostmark said prices would rise. Norland and Lund said the talks had failed.",
			build: func(h *hand) {
				unknownAll(h, graph.City, "Brekka")
				unknownAll(h, graph.Country, "Vardo", "Norland", "Lund", "Ostmark")
			},
			want: []string{"Lund  false: the talks had failed", "Newspapers in Brekka and Vardo  false: an offer had been made", "Norland  false: the talks had failed", "Officials in Norland, Lund and Ostmark  false: prices would rise"},
		},
		{
			name: "one who declines or is unable to say, or would not say, says nothing: no claim, whatever the question that follows ('was unable to say whether …', 'declined to say how much …')",
			body: "A spokeswoman for Halvard Corp was unable to say whether trading had been affected. Vesk Bank declined to say how much the venture would cost. Ola Dahl would not say if the committee met. Ola Dahl said the talks would go on.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk Bank")
				unknownAll(h, graph.Person, "Ola Dahl")
			},
			want: []string{"Ola Dahl  false: the talks would go on"},
		},
		{
			name: "a claim in a clause that opens the sentence ('Although Norland said that …, the date is early', 'While Halvard noted that …, it stressed that …') ends where the main clause begins; an opening phrase before the speaker ('After the talks, Vardo said A, B …') is no such clause",
			body: "Although Norland said that the group would be sold this year, the May date is earlier than expected. While Halvard Corp noted that markets have stabilized, it stressed that 1987 would be hard. After the talks, Vardo said that in effect, regulators are asking too much.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vardo")
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"Halvard Corp  false: 1987 would be hard", "Halvard Corp  false: markets have stabilized", "Norland  false: the group would be sold this year", "Vardo  false: in effect, regulators are asking too much"},
		},
		{
			name: "'quoted <body> <title> <Name> as saying (that) …' and '… as telling <hearer> … that …': the titled person speaks, and the claim starts after 'that'",
			body: "The Vesk Daily quoted Halvard Party secretary general Jon Berg as telling opposition officials yesterday that the budget should grow. The paper quoted Ada Lund as saying that taxes would fall.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Daily", "Halvard Party")
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund")
			},
			want: []string{"Ada Lund  false: taxes would fall", "Jon Berg  false: the budget should grow"},
		},
		{
			name: "'the agency' after a government department or commission the article names speaks for it ('The Vesk Department of Transport said … The agency said …'), as after an administration or a service; not a firm",
			body: "The Vesk Department of Transport said it approved the plan. The agency said the stock would have to be held in a trust. The Norland Trading Commission said it opened a case. The agency said the case was serious.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Department of Transport", "Norland Trading Commission")
			},
			want: []string{"Norland Trading Commission  false: it opened a case", "Norland Trading Commission  false: the case was serious", "Vesk Department of Transport  false: it approved the plan", "Vesk Department of Transport  false: the stock would have to be held in a trust"},
		},
		{
			name: "two speakers each with an apposition, joined by 'and' before 'also said', both say the claim; an apposition before 'also said' still leaves its name the speaker",
			body: "Jon Berg, chairman of the Vesk Assembly committee, and Ada Lund, chairman of the Brask Assembly panel, also said they would merge their inquiries. Ola Dahl, head of the Vesk Bank research unit, also said rates would fall.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund", "Ola Dahl")
				unknownAll(h, graph.Organization, "Vesk Assembly", "Brask Assembly", "Vesk Bank")
			},
			want: []string{"Ada Lund  false: they would merge their inquiries", "Jon Berg  false: they would merge their inquiries", "Ola Dahl  false: rates would fall"},
		},
		{
			name: "a person named inside a relative clause after a body ('Halvard Corp, which is owned by Jon Berg, a Norland citizen, also said') is no speaker: the body the clause hangs on speaks",
			body: "Halvard Corp filed a report. In a filing with the Vesk Commission, Halvard Corp, which is owned by Jon Berg, a Norland citizen living in Vardo, also said it discussed a bid.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk Commission")
				unknownAll(h, graph.Person, "Jon Berg")
				unknownAll(h, graph.Country, "Norland")
				unknownAll(h, graph.City, "Vardo")
			},
			want: []string{"Halvard Corp  false: it discussed a bid"},
		},
		{
			name: "a speaker set off by two appositions, the second describing the first one's body ('X, vice-president of Y, an association of shippers, said') speaks the quotation or claim before them",
			body: "Ada Lund of Vardo spoke first. \"These are the hardest talks in our history,\" Ola Dahl, vice-president of Brask Shipping, an association of Vardo shipowners, said. Prices will fall, Jon Vik, director of Vesk Bank, a Vardo lender, said.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Ada Lund", "Ola Dahl", "Jon Vik")
				unknownAll(h, graph.Organization, "Brask Shipping", "Vesk Bank")
				unknownAll(h, graph.City, "Vardo")
			},
			want: []string{"Jon Vik  false: Prices will fall", "Ola Dahl  true: These are the hardest talks in our history"},
		},
		{
			name: "an adverb of when or how after the verb ('said recently.', 'said again on Monday.') closes the attribution of the claim before it; 'said later that …' claims the clause after 'that'",
			body: "Jon Vik spoke in Vardo. Vardo cannot tolerate a further rise of the crown, Jon Vik said recently. Prices will rise, Jon Vik said again on Monday. Vardo officials said later that Vardo did not seek a confrontation.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.City, "Vardo")
			},
			want: []string{"Jon Vik  false: Vardo cannot tolerate a further rise of the crown", "Jon Vik 2024-04-15 false: Prices will rise", "Vardo officials  false: Vardo did not seek a confrontation"},
		},
		{
			name: "a claim with no subject of its own after the verb ('in what some observers said may mark a shift', 'the level producers said was needed') is the source's, the noun phrase just before the verb (a reduced relative's head stays in it), not the words from the sentence's start",
			body: "Jon Berg urged Norland to act in what some observers said may mark a shift in policy. The rebate was 2.5 crowns short of the level producers said was needed, the officials said.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg")
				unknownAll(h, graph.Country, "Norland")
			},
			want: []string{"some observers  false: may mark a shift in policy", "the level producers  false: was needed", "the officials  false: The rebate was 2.5 crowns short of the level producers said was needed"},
		},
		{
			name: "'told Norlandic Finance Minister Jon Berg the bank would …', 'told the Vardo Treasury Secretary Ada Lund …': a title and the person it names after a demonym or a body are the hearer, not the claim; a person with a verb right after is the claim's subject ('told Reuters Finance Minister Jon Berg had resigned')",
			body: "Halvard Bank met officials in Vardo. Ola Dahl told Norlandic Finance Minister Jon Berg the bank would consider the request. Ola Dahl told Vardo Treasury Secretary Ada Lund the loan was ready. Ola Dahl told Norland the talks had ended. Ola Dahl told Halvard Bank Finance Minister Jon Berg had resigned.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Bank", "Vardo Treasury")
				unknownAll(h, graph.Person, "Ola Dahl", "Jon Berg", "Ada Lund")
				h.unknown(graph.Country, "Norland", "", "Norland", "=MISC:Norlandic")
				unknownAll(h, graph.City, "Vardo")
			},
			want: []string{"Ola Dahl  false: Finance Minister Jon Berg had resigned", "Ola Dahl  false: the bank would consider the request", "Ola Dahl  false: the loan was ready", "Ola Dahl  false: the talks had ended"},
		},
		{
			name: "'said at least 15 banks had agreed': a bound on the claim's number opens the claim, not a phrase of place after the verb ('In a report to X, Y said at least …' claims the clause, not the report phrase); 'said at least twice' claims nothing after it",
			body: "Jon Vik spoke in Vardo. In a report to the Vardo council on the year, Jon Vik said at least 15.9 mln crowns were expected from the tax. He said at least 12 banks had agreed. Prices would rise, Jon Vik said at least twice.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.City, "Vardo")
			},
			want: []string{"Jon Vik  false: Prices would rise", "Jon Vik  false: at least 12 banks had agreed", "Jon Vik  false: at least 15.9 mln crowns were expected from the tax"},
		},
		{
			name: "'he said, \"…\"' after a phrase naming others is the pronoun's person's quotation: 'Asked if he would raise it at the next Vesk Committee meeting, he said, \"…\"'",
			body: "Jon Berg spoke in Vardo. Asked if he would raise the issue at the next Vesk Committee meeting, he said, \"Even at previous meetings prices were raised.\"",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg")
				unknownAll(h, graph.Organization, "Vesk Committee")
				unknownAll(h, graph.City, "Vardo")
			},
			want: []string{"Jon Berg  true: Even at previous meetings prices were raised"},
		},
		{
			name: "'has said since in speeches and at news conferences that …': the claim starts after 'that'",
			body: "Jon Vik spoke in Vardo. He has said since in speeches and at news conferences that any plan would fail.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.City, "Vardo")
			},
			want: []string{"Jon Vik  false: any plan would fail"},
		},
		{
			name: "a plural speaker's present 'predict' or 'estimate' before a clause claims it without 'that' ('Dealers predict the rate will fall', 'they estimate'); a noun 'estimates' claims nothing",
			body: "Halvard Corp reported results. Dealers predict the call rate will fall to four pct. Analysts estimate the deficit will widen. The estimates the ministry made were wrong.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"Analysts  false: the deficit will widen", "Dealers  false: the call rate will fall to four pct"},
		},
		{
			name: "'said only that', 'said simply that', 'conceded only': the claim starts after the adverb",
			body: "Halvard Corp said only that it was reviewing its options. Jon Vik said simply that prices would rise. Ada Lund conceded only there were errors in implementation.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund")
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"Ada Lund  false: there were errors in implementation", "Halvard Corp  false: it was reviewing its options", "Jon Vik  false: prices would rise"},
		},
		{
			name: "a hearer's apposition before 'that' or a clause of its own is read past: 'told the Norland Congress, Norland's parliament, that', 'told Per Holm, a Vardo senator, he backed'",
			body: "Jon Vik told the Norland Congress, Norland's parliament, that the country should cut imports. Ada Lund told Halvard Corp, the biggest firm in Vardo, that sales would fall. " +
				"Ole Moe told Per Holm, a Vardo senator, he backed the bill.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund", "Ole Moe", "Per Holm")
				unknownAll(h, graph.Organization, "Norland Congress", "Halvard Corp")
				unknownAll(h, graph.Country, "Norland")
				unknownAll(h, graph.City, "Vardo")
			},
			want: []string{"Ada Lund  false: sales would fall", "Jon Vik  false: the country should cut imports", "Ole Moe  false: he backed the bill"},
		},
		{
			name: "'\"…,\" he added' opening a sentence is the person who claimed in the sentence before, not the last quotation's speaker; not when that sentence names another person after him; 'X from the research department of Y said' is X's",
			body: "\"Exports will fall,\" Tom Berg said. But he added it will be a while. Jon Vik from the research department of Halvard Corp said Norland would export as much as it can. " +
				"He said the debt situation was a major consideration. \"The government does not have enough money,\" he added. Ole Moe said Per Holm had left. \"It was a surprise,\" he said.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Tom Berg", "Jon Vik", "Ole Moe", "Per Holm")
				unknownAll(h, graph.Organization, "Halvard Corp")
				unknownAll(h, graph.Country, "Norland")
			},
			want: []string{"Jon Vik  false: Norland would export as much as it can", "Jon Vik  false: the debt situation was a major consideration", "Jon Vik  true: The government does not have enough money",
				"Ole Moe  false: Per Holm had left", "Ole Moe  true: It was a surprise", "Tom Berg  false: it will be a while", "Tom Berg  true: Exports will fall"},
		},
		{
			name: "'the company's annual report said' is the firm's, and 'the report said' after it too",
			body: "Halvard Corp reported higher profits. The marketing climate will improve, the company's annual report said. Prices will rise, the report said.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"Halvard Corp  false: Prices will rise", "Halvard Corp  false: The marketing climate will improve"},
		},
		{
			name: "a body named before its kind speaks, also across its ticker: 'The Halvard Auto Workers <HAW> union said', 'the Vesk Workers federation said'",
			body: "The Halvard Auto Workers <HAW> union said it supports the merger. The Vesk Workers federation said the strike would go on.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Auto Workers", "Vesk Workers")
			},
			want: []string{"Halvard Auto Workers  false: it supports the merger", "Vesk Workers  false: the strike would go on"},
		},
		{
			name: "a text's author speaks, not what the text is about: 'a Halvard Bank report on Norland has said', 'a report by the Vesk Institute on Ostria said'; 'a study of the Norland economy said' is an unnamed source; 'a report on <a network>' and 'the annual report of <a firm>' are its medium and its author",
			body: "A confidential Halvard Bank report on Norland has said the country faces a debt crisis. A report by the Vesk Institute on Ostria said growth would slow. " +
				"A study of the Norland economy said exports would fall. A report on Halvard Television said Vesk Corp had bought shares. The 1986 annual report of Norland's state-run Lund Marketing Corp said exports rose.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Bank", "Vesk Institute", "Halvard Television", "Vesk Corp", "Lund Marketing Corp")
				unknownAll(h, graph.Country, "Norland", "Ostria")
			},
			want: []string{"A study  false: exports would fall", "Halvard Bank  false: the country faces a debt crisis", "Halvard Television  false: Vesk Corp had bought shares",
				"Lund Marketing Corp  false: exports rose", "Vesk Institute  false: growth would slow"},
		},
		{
			name: "'the group said' after 'an investor group led by X said' is X's, not the firm the group targets",
			body: "An investor group led by New York investor Jon Berg said it was dissatisfied with Halvard Corp management. The group said it had bought 11.5 pct of Halvard Corp.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.City, "New York", "", "New York")
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"Jon Berg  false: it had bought 11.5 pct of Halvard Corp", "Jon Berg  false: it was dissatisfied with Halvard Corp management"},
		},
		{
			name: "a person whose apposition names a body that has an apposition of its own speaks, not the body: 'Jon Berg, an official with Vesk, a trading firm, told'",
			body: "Jon Berg, an official with Vesk Trading Corp, a state trading organization, told Reuters he had no information. Ada Lund, president of Halvard Bank, a Norland bank, said rates would fall.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Person, "Ada Lund", "", "Ada Lund")
				unknownAll(h, graph.Organization, "Vesk Trading Corp", "Halvard Bank")
			},
			want: []string{"Ada Lund  false: rates would fall", "Jon Berg  false: he had no information"},
		},
		{
			name: "'a major French bank said', 'a Japanese real estate company said': a firm the text does not name is an unnamed source; 'the company said' is the one named before",
			body: "Halvard Corp reported results. A major French bank said prices would fall. A Japanese real estate company said land prices rose. The company said sales rose.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"A Japanese real estate company  false: land prices rose", "A major French bank  false: prices would fall", "Halvard Corp  false: sales rose"},
		},
		{
			name: "a phrase of where one spoke set off by commas ('Company officials, at a press conference, said') stands between the source and its verb",
			body: "Company officials, at a press conference, said the plant would close. Halvard Corp, at a news conference, said prices would rise.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"Company officials  false: the plant would close", "Halvard Corp  false: prices would rise"},
		},
		{
			name: "'the partnership said' is the body named as a partnership, 'the trust said' the one named a trust, not the body named last",
			body: "Vesk Partners said it holds 9.8 pct of Brask Inc stock. Brask Inc shares rose on the Halvard Exchange. The partnership said it would make an offer. Ostland Trust said it extended its deadline. The trust, which will accept up to 7.5 mln shares of Mersk Corp <MRK>, said it had received 40 mln dlrs.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Partners", "Brask Inc", "Halvard Exchange", "Ostland Trust", "Mersk Corp")
			},
			want: []string{"Ostland Trust  false: it extended its deadline", "Ostland Trust  false: it had received 40 mln dlrs", "Vesk Partners  false: it holds 9.8 pct of Brask Inc stock", "Vesk Partners  false: it would make an offer"},
		},
		{
			name: "'the partnership said' is also a body whose legal form is LP, or one an apposition calls a partnership",
			body: "Brask LP said it will pay 17 cts a unit. Halvard Exchange listed the units. The partnership said the payout is its largest. Vesk Realization Co, a limited partnership formed to sell timberland, said it sold 9,000 acres to Mersk Corp. Mersk Corp shares rose. The partnership said it will terminate in August.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Brask LP", "Halvard Exchange", "Vesk Realization Co", "Mersk Corp")
			},
			want: []string{"Brask LP  false: it will pay 17 cts a unit", "Brask LP  false: the payout is its largest", "Vesk Realization Co  false: it sold 9,000 acres to Mersk Corp", "Vesk Realization Co  false: it will terminate in August"},
		},
		{
			name: "'said without elaborating' closes the attribution: the claim is before it, the aside no claim",
			body: "More contracts are expected soon, Vesk Corp added without providing details. Sales fell in May, Jon Berg said without elaborating.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Corp")
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			want: []string{"Jon Berg  false: Sales fell in May", "Vesk Corp  false: More contracts are expected soon"},
		},
		{
			name: "a few marked words inside a reported claim are the claim's, also when their own attribution would name another speaker",
			body: "Norland officials said the country needed \"a more serene climate\" to carry out reforms.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland")
			},
			want: []string{"Norland officials  false: the country needed \"a more serene climate\" to carry out reforms"},
		},
		{
			name: "a few marked words in the claim after 'told <hearer>' are the claim's, as after 'said'; a body's short form set off inside a speaker's apposition is no speaker",
			body: "Jon Berg told economists that the economy was in a \"very difficult\" situation. Ada Lund, president of the Halvard Mercantile Exchange, HME, told Reuters that the plan would be a worthwhile exercise.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Person, "Ada Lund", "", "Ada Lund").
					unknown(graph.Organization, "Halvard Mercantile Exchange", "", "Halvard Mercantile Exchange", "HME")
			},
			want: []string{"Ada Lund  false: the plan would be a worthwhile exercise", "Jon Berg  false: the economy was in a \"very difficult\" situation"},
		},
		{
			name:  "relative clause between speaker and verb",
			body:  "Brazil, which borders both countries, said it had moved troops.",
			build: func(h *hand) { h.known(graph.Country, "Brazil", "Brazil") },
			want:  []string{"Brazil  false: it had moved troops"},
		},
		{
			name: "an inverted speaker after what he does ('said analyst Jon Berg') and with his body after 'of' ends the attribution; a sentence follows",
			body: "Rates rose. \"It will be slow,\" said analyst Jon Berg. Prices fell. \"It was wrong,\" said economist Ana Lund of the Halvard Bank. The sea is calm.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Person, "Ana Lund", "", "Ana Lund")
				unknownAll(h, graph.Organization, "Halvard Bank")
			},
			want: []string{"Ana Lund  true: It was wrong", "Jon Berg  true: It will be slow"},
		},
		{
			name: "one told by a common noun phrase the parse reads as the object, a clause with its own subject after it, hears the claim; 'told all he knows' tells no one",
			body: "Halvard Corp proposed a plan. The company told the task force the new distribution company would be regulated. Jon Berg said he has told all he knows.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp")
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			want: []string{"Halvard Corp  false: the new distribution company would be regulated", "Jon Berg  false: he has told all he knows"},
		},
		{
			name: "a claim ends where the writer's aside about the speaker begins after 'but' ('but declined to name', 'but did not elaborate', 'but gave no details'); the claim's own subject going on stays",
			body: "Jon Berg said the bank was involved in talks but declined to name the buyer. Halvard Corp said it agreed to adopt new policies but did not elaborate. Brask Corp said sales rose but declined in May. Vesk said the state would talk but would not discuss prices.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Country, "Vesk", "", "Vesk")
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Corp")
			},
			want: []string{"Brask Corp  false: sales rose but declined in May", "Halvard Corp  false: it agreed to adopt new policies", "Jon Berg  false: the bank was involved in talks", "Vesk  false: the state would talk but would not discuss prices"},
		},
		{
			name: "'the company said' after a direct quote is the body named as the subject of 'said' since the last quote, not that quote's speaker; one named after 'of' is no such subject",
			body: "\"We are open to talks,\" Brask Inc said. Halvard Co said sales rose. Jon Berg of Vesk Corp said rates would fall. \"Production will begin late in the year,\" the company said.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Brask Inc", "Halvard Co", "Vesk Corp")
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			want: []string{"Brask Inc  true: We are open to talks", "Halvard Co  false: sales rose", "Halvard Co  true: Production will begin late in the year", "Jon Berg  false: rates would fall"},
		},
		{
			name: "'the <firm> <title> said' after a direct quote is the person the article named with that title, not the firm",
			body: "Halvard Corp treasurer Jon Berg outlined the deal. \"We will pay,\" the Halvard treasurer said.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp", "Halvard").unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			want: []string{"Jon Berg  true: We will pay"},
		},
		{
			name:  "one told by a speaker with 'meanwhile' between them hears the claim, as do his colleagues whose phrase the tagger ran into the claim's subject",
			body:  "Jon Berg meanwhile told reporters conflict between the two set a poor example. Ole Moe told his colleagues great progress had been made.",
			build: func(h *hand) { unknownAll(h, graph.Person, "Jon Berg", "Ole Moe") },
			want:  []string{"Jon Berg  false: conflict between the two set a poor example", "Ole Moe  false: great progress had been made"},
		},
		{
			name: "an inverted speaker after a firm and two offices held together ('said Halvard Corp president and chief executive officer Jon Berg') is the person",
			body: "\"We will fight,\" said Halvard Corp president and chief executive officer Jon Berg.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp")
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			want: []string{"Jon Berg  true: We will fight"},
		},
		{
			name:  "'…,\" a Halvard Corp spokesman said' is an unnamed person of the body, as in a reported claim (GUIDE.md: 'a Treasury official'); '…,\" Halvard Corp said' is the body",
			body:  "\"We think rates will rise,\" a Halvard Corp spokesman said. \"We are sound,\" Halvard Corp said.",
			build: func(h *hand) { unknownAll(h, graph.Organization, "Halvard Corp") },
			want:  []string{"Halvard Corp  true: We are sound", "a Halvard Corp spokesman  true: We think rates will rise"},
		},
		{
			name: "a forecast of a change ('forecast a 20 pct jump in earnings', 'predicted a rise in prices') is a claim of the change; 'is forecast to' and a forecast of sales are none",
			body: "Jon Berg forecast a 20 pct jump in earnings. Halvard Corp predicted a rise in prices. Growth is forecast to rise. Brask Corp forecast sales of 20 mln dlrs.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg")
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Corp")
			},
			want: []string{"Halvard Corp  false: a rise in prices", "Jon Berg  false: a 20 pct jump in earnings"},
		},
		{
			name:  "'responded by saying <claim>' claims, as ', saying <claim>' does: the main clause's subject speaks",
			body:  "Norland responded to the criticism by saying it would pay its debts.",
			build: func(h *hand) { h.unknown(graph.Country, "Norland", "", "Norland") },
			want:  []string{"Norland  false: it would pay its debts"},
		},
		{
			name:  "'a new poll said <claim>' is a claim of an unnamed source, as 'a survey said' is",
			body:  "A new poll said most voters support the plan.",
			build: func(h *hand) {},
			want:  []string{"A new poll  false: most voters support the plan"},
		},
		{
			name:  "'the magazine said' is the one paper the article named before its kind word ('Vesk Week magazine said'), reported or after a quotation",
			body:  "Vesk Week magazine said sales rose. The magazine said profits fell. \"Costs rose,\" the magazine said.",
			build: func(h *hand) { unknownAll(h, graph.Organization, "Vesk Week") },
			want:  []string{"Vesk Week  false: profits fell", "Vesk Week  false: sales rose", "Vesk Week  true: Costs rose"},
		},
		{
			name: "a firm 'of' its home country speaks, not the country",
			body: "Halvard Ltd of the U.K. said it would sell the unit. Ostmark Plc of Norland said prices rose.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Ltd", "", "Halvard Ltd").known(graph.Country, "United Kingdom", "U.K.").
					unknown(graph.Organization, "Ostmark Plc", "", "Ostmark Plc").unknown(graph.Country, "Norland", "", "Norland")
			},
			want: []string{"Halvard Ltd  false: it would sell the unit", "Ostmark Plc  false: prices rose"},
		},
		{
			name: "an opening 'According to X, …' claims the clause after X and its descriptions; a closing '…, according to X, an analyst at Y.' the clause before; a medial one, or one a clause follows, the whole sentence",
			body: "According to Jon Berg, chief economist at Halvard Bank, exports will fall in May. " +
				"According to the report, published by Vesk Corp, prices rose sharply. " +
				"Output fell 20 pct last year, according to Ada Lund, an analyst at Ostland Securities, who expects a recovery. " +
				"Profits, according to Mark Olsen, have risen. " +
				"Sales rose, according to Kurt Hamm, who declined to be named, but costs rose too.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Bank", "Vesk Corp", "Ostland Securities")
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Person, "Ada Lund", "", "Ada Lund")
				h.unknown(graph.Person, "Mark Olsen", "", "Mark Olsen").unknown(graph.Person, "Kurt Hamm", "", "Kurt Hamm")
			},
			want: []string{"Ada Lund  false: Output fell 20 pct last year", "Jon Berg  false: exports will fall in May",
				"Kurt Hamm  false: Sales rose, according to Kurt Hamm, who declined to be named, but costs rose too",
				"Mark Olsen  false: Profits, according to Mark Olsen, have risen", "report  false: prices rose sharply"},
		},
		{
			name: "a claim told by a verb in the present before 'that' ('analysts estimate that', 'Halvard Corp denies that'), not a noun ('the charge that'); 'was quoted as saying' of an unnamed source; 'sources close to X' are unnamed, not X",
			body: "Analysts estimate that Halvard Corp will earn two dlrs a share. Halvard Corp denies that it violated the accord. " +
				"The charge that the company took was large. A senior official was quoted as saying that prices would hold. " +
				"Sources close to Finance Minister Jon Berg said the currency would not be devalued.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp")
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			want: []string{"A senior official  false: prices would hold", "Analysts  false: Halvard Corp will earn two dlrs a share",
				"Halvard Corp  false: it violated the accord",
				"Sources close to Finance Minister Jon Berg  false: the currency would not be devalued"},
		},
		{
			name: "'according to <firm> <title> <person>' is the person's claim, not the firm's",
			body: "Prices will rise, according to Halvard and Co strategist Jon Berg. Rates will fall, according to Vesk Bank chief economist Ada Lund.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard and Co", "Vesk Bank")
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Person, "Ada Lund", "", "Ada Lund")
			},
			want: []string{"Ada Lund  false: Rates will fall", "Jon Berg  false: Prices will rise"},
		},
		{
			name: "'according to the company' is the company named before, as 'the company said' is; 'according to the company's figures' stays an unnamed source",
			body: "Halvard Corp named Jon Berg chairman. Berg joined the board in 1980, according to the company. " +
				"Sales rose 20 pct, according to the company's figures.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp")
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg", "Berg")
			},
			want: []string{"Halvard Corp  false: Berg joined the board in 1980", "company's figures  false: Sales rose 20 pct"},
		},
		{
			name:  "a claim ending in a short capitalised word leaves the sentence's full stop out ('until May.'), an abbreviation's in ('Halvard Inc.')",
			body:  "Jon Berg said the strike could last until May. Ada Lund said the buyer was Halvard Inc.",
			build: func(h *hand) { unknownAll(h, graph.Person, "Jon Berg", "Ada Lund") },
			want:  []string{"Ada Lund  false: the buyer was Halvard Inc.", "Jon Berg  false: the strike could last until May"},
		},
		{
			name:  "a claim opening with 'there' ('acknowledged there was a risk') is a clause the verb reports",
			body:  "Jon Berg said sales rose, but he acknowledged there was a risk.",
			build: func(h *hand) { h.unknown(graph.Person, "Jon Berg", "", "Jon Berg") },
			want:  []string{"Jon Berg  false: sales rose", "Jon Berg  false: there was a risk"},
		},
		{
			name:  "people 'polled by' or 'surveyed by' a body speak, unnamed, not the body that asked them",
			body:  "Analysts polled by Halvard News estimated profits rose 20 pct. Economists surveyed by Brask Bank said growth would slow.",
			build: func(h *hand) { unknownAll(h, graph.Organization, "Halvard News", "Brask Bank") },
			want:  []string{"Analysts polled by Halvard News  false: profits rose 20 pct", "Economists surveyed by Brask Bank  false: growth would slow"},
		},
		{
			name:  "a date with its preposition between the speaker and the verb ('Halvard Corp on Monday said') leaves the speaker the subject; a month there said in the past is the last one",
			body:  "Halvard Corp on Monday said profits rose 20 pct. Brask Inc in November reported it would cut jobs.",
			build: func(h *hand) { unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc") },
			want:  []string{"Brask Inc 2023-11 false: it would cut jobs", "Halvard Corp 2024-04-15 false: profits rose 20 pct"},
		},
		{
			name:  "a claim ends where 'and he <speech verb>' begins; the second verb's claim is its own",
			body:  "Jon Berg said stocks were peaking and he predicted prices would fall soon.",
			build: func(h *hand) { h.unknown(graph.Person, "Jon Berg", "", "Jon Berg") },
			want:  []string{"Jon Berg  false: prices would fall soon", "Jon Berg  false: stocks were peaking"},
		},
		{
			name:  "a pronoun told ('told him', 'told them') is the hearer; what follows is the claim, an order ('told him to leave') none",
			body:  "Halvard Bank told him it was watching the market closely. Brask Inc told them to leave.",
			build: func(h *hand) { unknownAll(h, graph.Organization, "Halvard Bank", "Brask Inc") },
			want:  []string{"Halvard Bank  false: it was watching the market closely"},
		},
		{
			name: "a clause mostly in quotation marks is a direct quote of the marked words; one with a few marked words is one reported claim",
			body: `Halvard Corp said its offer was "the best that shareholders could hope for in this market." ` +
				`Brask Inc said demand needed "a more serene climate" to grow.`,
			build: func(h *hand) { unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc") },
			want: []string{"Brask Inc  false: demand needed \"a more serene climate\" to grow",
				"Halvard Corp  true: the best that shareholders could hope for in this market"},
		},
		{
			name:  "apposition between speaker and verb",
			body:  "Riyad Mansour, the Palestinian ambassador, told the assembly that the war must stop.",
			build: func(h *hand) { h.unknown(graph.Person, "Riyad Mansour", "", "Riyad Mansour") },
			want:  []string{"Riyad Mansour  false: the war must stop"},
		},
		{
			name:  "coordinated speech verb",
			body:  "The Kremlin rejected the report and said it was false.",
			build: func(h *hand) { h.known(graph.Organization, "Kremlin", "Kremlin") },
			want:  []string{"Kremlin  false: it was false"},
		},
		{
			name: "pronoun speaker",
			body: "Irfaan Ali spoke on Tuesday. He said Guyana would not yield.",
			build: func(h *hand) {
				h.known(graph.Person, "Irfaan Ali", "Irfaan Ali").known(graph.Country, "Guyana", "Guyana")
			},
			want: []string{"Irfaan Ali  false: Guyana would not yield"},
		},
		{
			name: "trailing attribution past a dateline",
			body: "PARIS — Donors pledged more than 2 billion euros, French President Emmanuel Macron said.",
			build: func(h *hand) {
				h.known(graph.City, "Paris", "PARIS").known(graph.Country, "France", "=MISC:French").
					known(graph.Person, "Emmanuel Macron", "Emmanuel Macron")
			},
			want: []string{"Emmanuel Macron  false: Donors pledged more than 2 billion euros"},
		},
		{
			name: "saying after the main clause",
			body: "Ethiopia's Foreign Ministry blamed Cairo, saying Egypt had erected roadblocks.",
			build: func(h *hand) {
				h.known(graph.Country, "Ethiopia", "Ethiopia").unknown(graph.Organization, "Ethiopian Foreign Ministry", "ETH", "Foreign Ministry").
					known(graph.Country, "Egypt", "Cairo", "Egypt")
			},
			want: []string{"Ethiopian Foreign Ministry  false: Egypt had erected roadblocks"},
		},
		{
			name: "'the Ohio Democrat said' after a quotation is the one politician the sentence before names; two named there leave it unsaid",
			body: "Senator Jon Berg wants the rules changed. \"Nine airlines control the market,\" the Vesk Democrat said. Jon Berg and Lars Dahl met. \"We will act,\" the Vesk Republican said.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Person, "Lars Dahl", "", "Lars Dahl")
			},
			want: []string{"Jon Berg  true: Nine airlines control the market", "the Vesk Republican  true: We will act"},
		},
		{
			name: "a firm named by its partners, the first taken for a person, titles the speaker and does not speak with him",
			body: "Carroll McEntee and McGinley analyst Denis Karnosky said rates would rise.", // (the development corpus's words)
			build: func(h *hand) {
				h.unknown(graph.Person, "Carroll McEntee", "", "Carroll McEntee").unknown(graph.Organization, "McGinley", "", "McGinley").
					unknown(graph.Person, "Denis Karnosky", "", "Denis Karnosky")
			},
			want: []string{"Denis Karnosky  false: rates would rise"},
		},
		{
			name: "a phrase of place or time between 'said' and a claim opened by a pronoun without 'that'",
			body: "Jon Berg said at a Senate committee hearing he would not object. Halvard Corp said at the end of last year it wanted to sell the unit.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Organization, "Senate", "USA", "Senate").unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp")
			},
			want: []string{"Halvard Corp  false: it wanted to sell the unit", "Jon Berg  false: he would not object"},
		},
		{
			name: "people named by what they do ('seamen', 'businessmen') speak unnamed, before 'who say' too, and their demonym's country does not; the claim of 'who say' ends where the main clause resumes",
			body: "Norlandic seamen, who say their wages are too low, went on strike. Vesk businessmen said the yen would rise. Jon Berg, who said if the bill passed, the union would retaliate, left.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "=MISC:Norlandic").unknown(graph.Country, "Vesk", "", "=MISC:Vesk").unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			want: []string{"Jon Berg  false: if the bill passed, the union would retaliate", "Norlandic seamen 2024-04-16 false: their wages are too low", "Vesk businessmen  false: the yen would rise"},
		},
		{
			name: "a report a body ordered ('A White House-ordered report said') is no text of the body's",
			body: "A Vesk Council-ordered report said the plan would cost jobs.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Vesk Council", "", "Vesk Council")
			},
			want: []string{"A Vesk Council-ordered report  false: the plan would cost jobs"},
		},
		{
			name: "a short phrase after 'said' and before 'that' ('over the weekend', 'without elaboration') is no part of the claim",
			body: "Jon Berg said over the weekend that the pact did not fix the dollar. Lars Dahl said without elaboration that he expects a decline.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Person, "Lars Dahl", "", "Lars Dahl")
			},
			want: []string{"Jon Berg  false: the pact did not fix the dollar", "Lars Dahl  false: he expects a decline"},
		},
		{
			name: "'He said: \"…\"' is a direct quotation of the one he stands for, over all its sentences",
			body: "President Jon Vik spoke today. He said: \"In the case of the sale, both advisers told me to stop. I went forward.\"",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik")
			},
			want: []string{"Jon Vik  true: In the case of the sale, both advisers told me to stop. I went forward"},
		},
		{
			name: "after a quotation a verb of claiming needs no 'that' ('…,\" Jon Berg explained.'); a clause between the quotation and such a verb is no attribution",
			body: "Asked on the program \"One on One,\" if he thought Lars Dahl would be confirmed, Ole Moe laughed. \"We had to go it alone,\" Jon Berg explained.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Person, "Lars Dahl", "", "Lars Dahl").unknown(graph.Person, "Ole Moe", "", "Ole Moe")
			},
			want: []string{"Jon Berg  true: We had to go it alone"},
		},
		{
			name: "a name or term in marks inside a sentence is no quotation; a short answer after a speech verb is one; a quotation opening a sentence after one that ends 'X said.' is X's",
			body: "Jon Vik spoke in Oslo. A new computer code-named \"Fort Knox\" was dropped, he said. Lars Dahl replied, \"No,\" and left. Prices will rise, Ole Moe said. \"The major story will be a rebound.\"",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Lars Dahl", "", "Lars Dahl").unknown(graph.Person, "Ole Moe", "", "Ole Moe")
			},
			want: []string{"Jon Vik  false: A new computer code-named \"Fort Knox\" was dropped", "Lars Dahl  true: No", "Ole Moe  false: Prices will rise", "Ole Moe  true: The major story will be a rebound"},
		},
		{
			name: "'the agency' is a public office named by its kind ('Administration', 'Service'); 'the company, in a newspaper advertisement, said' is the company",
			body: "The Vesk Information Administration reported stocks fell. The agency said imports rose. Ostmark Corp lost money. The company, in a newspaper advertisement, said it would recover.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Vesk Information Administration", "", "Vesk Information Administration").unknown(graph.Organization, "Ostmark Corp", "", "Ostmark Corp")
			},
			want: []string{"Ostmark Corp  false: it would recover", "Vesk Information Administration  false: imports rose", "Vesk Information Administration  false: stocks fell"},
		},
		{
			name: "'the statement said' or '…,\" the statement added' right after a firm's claim is that firm's; after a person's or an unnamed source's it stays unnamed",
			body: "Halvard Corp said profits fell. \"Sales were weak in Norland,\" the statement added. Costs rose, the statement said. Jon Berg said prices rose. \"Demand is strong,\" the statement added. Traders said prices fell. \"Supply is tight,\" the statement said.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			want: []string{"Halvard Corp  false: Costs rose", "Halvard Corp  false: profits fell", "Halvard Corp  true: Sales were weak in Norland", "Jon Berg  false: prices rose", "Traders  false: prices fell", "the statement  true: Demand is strong", "the statement  true: Supply is tight"},
		},
		{
			name: "'the Vesk economic research institute said', 'the Brask institute in Kolby said': the body named before its kind; not 'the Ostland Department of Trade agency said', a unit of the department",
			body: "The Vesk economic research institute said growth would slow. The Brask institute in Kolby said exports would fall. The Ostland Department of Trade agency said stocks rose.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Vesk", "", "Vesk").unknown(graph.Organization, "Brask", "", "Brask").unknown(graph.City, "Kolby", "", "Kolby").
					unknown(graph.Organization, "Ostland Department of Trade", "", "Ostland Department of Trade")
			},
			want: []string{"Brask  false: exports would fall", "Vesk  false: growth would slow"},
		},
		{
			name: "'…,\" he told radio' read after all claims is the last person who spoke before it, past a firm's claim between, not one who speaks after",
			body: "Jon Berg said an inquiry had started. Halvard Corp said the ship was holed. \"It is too early to say,\" he told radio. Lars Dahl said ships would sail.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Person, "Lars Dahl", "", "Lars Dahl")
			},
			want: []string{"Halvard Corp  false: the ship was holed", "Jon Berg  false: an inquiry had started", "Jon Berg  true: It is too early to say", "Lars Dahl  false: ships would sail"},
		},
		{
			name: "a town and its state or country inside an apposition before the verb ('based in Kolby, Norland,', 'a Kolby, Brekka-based maker') leave the name before it the speaker",
			body: "Halvard Corp, the industrial concern based in Kolby, Norland, said it expects flat earnings. Brask Inc, a Dorn, Brekka-based maker of pumps, said sales rose.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.City, "Kolby", "", "Kolby").unknown(graph.Country, "Norland", "", "Norland").
					unknown(graph.Organization, "Brask Inc", "", "Brask Inc").unknown(graph.City, "Dorn", "", "Dorn").unknown(graph.Region, "Brekka", "", "Brekka")
			},
			want: []string{"Brask Inc  false: sales rose", "Halvard Corp  false: it expects flat earnings"},
		},
		{
			name: "'Analyst X of Brask and Dorn said': the analyst speaks, the firm of partners' names is no second speaker",
			body: "Analyst Ada Lund of Brask and Dorn said Halvard Corp could bid.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Ada Lund", "", "Ada Lund").unknown(graph.City, "Brask", "", "Brask").unknown(graph.Organization, "Dorn", "", "Dorn").
					unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp")
			},
			want: []string{"Ada Lund  false: Halvard Corp could bid"},
		},
		{
			name: "a negated speech verb claims nothing: 'would not say whether', 'could neither confirm nor deny reports that'",
			body: "The spokesman would not say whether the board would vote. The officials could neither confirm nor deny reports that Norland would sell. Jon Berg said prices rose.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Country, "Norland", "", "Norland")
			},
			want: []string{"Jon Berg  false: prices rose"},
		},
		{
			name: "a reported claim ends where 'but'/'although' opens another claim without a comma: 'said A but other economists said B', 'said A but stressed B', 'said A although he conceded that B'",
			body: "Jon Berg said the surplus would fall but other economists said it could rise. Ada Lund said prices would rise but stressed a need for vigilance. Per Moe said it was minimal although he conceded that carriers are vulnerable.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Person, "Ada Lund", "", "Ada Lund").unknown(graph.Person, "Per Moe", "", "Per Moe")
			},
			want: []string{"Ada Lund  false: prices would rise", "Jon Berg  false: the surplus would fall", "Per Moe  false: carriers are vulnerable", "Per Moe  false: it was minimal", "other economists  false: it could rise"},
		},
		{
			name:  "a phrase between the verb and that",
			body:  "Joe Biden said in a statement that the response had begun.",
			build: func(h *hand) { h.known(graph.Person, "Joe Biden", "Joe Biden") },
			want:  []string{"Joe Biden  false: the response had begun"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHand(t, tt.body)
			tt.build(h)
			res := relate(t, h, "2024-04-16")
			got := quoteLines(res.Quotes, names(h.ents))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("quotes mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAuditRelations checks the relation rules the audit added.
func TestAuditRelations(t *testing.T) {
	tests := []struct {
		name, body string
		build      func(h *hand)
		want       []string
	}{
		{
			name: "a firm described after a comma by a description its country's demonym opens is based in that country ('Halvard NV, the Veskian electronics giant,', 'Brask AB, a big Norlandic carmaker,', 'Lund Ltd, the Veskian unit of Halvard NV,'); not a firm the description only stands near ('Halvard NV said the Veskian economy grew')",
			body: "Halvard NV, the Veskian electronics giant, said sales rose. Brask AB, a big Norlandic carmaker, said profits fell. Lund Ltd, the Veskian unit of Halvard NV, agreed. Brask AB said the Veskian economy grew.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Vesk", "", "=MISC:Veskian")
				h.unknown(graph.Country, "Norland", "", "=MISC:Norlandic")
				unknownAll(h, graph.Organization, "Halvard NV", "Brask AB", "Lund Ltd")
			},
			want: []string{"Brask AB basedIn Norland", "Halvard NV basedIn Vesk", "Lund Ltd basedIn Vesk"},
		},
		{
			name: "states coordinated before 'joined' are each the body's member ('Vesk and Norland joined the Halvard Pact in 1986', 'Brask, Oslo and Lund joined the Pact')",
			body: "Vesk and Norland joined the Halvard Pact in 1986. Brask, Ostland and Lundia joined the Halvard Pact.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Vesk", "Norland", "Brask", "Ostland", "Lundia")
				unknownAll(h, graph.Organization, "Halvard Pact")
			},
			want: []string{"Brask memberOf Halvard Pact", "Lundia memberOf Halvard Pact", "Norland memberOf Halvard Pact", "Ostland memberOf Halvard Pact", "Vesk memberOf Halvard Pact"},
		},
		{
			name: "a body's person in an apposition before a relative clause ('Jon Vik, a VTB official who attended the talks, said') and after a word of rank ('Per Lund, a senior VTB official,', 'a veteran Vesk Party member'); not after 'a former senior'",
			body: "Jon Vik, a VTB official who attended the talks, said prices would rise. Per Lund, a senior VTB official, left. Ola Nes, a veteran Vesk Party member, spoke. Eva Dahl, a former senior VTB official, agreed.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Per Lund", "Ola Nes", "Eva Dahl")
				unknownAll(h, graph.Organization, "VTB", "Vesk Party")
			},
			want: []string{"Jon Vik officialOf VTB (official)", "Ola Nes memberOf Vesk Party (member)", "Per Lund officialOf VTB (official)"},
		},
		{
			name: "a state's central bank head is its official with a word of tenure between ('Vesk's new central bank governor Ola Nes', 'acting central bank president'), and after the state's demonym ('Brasker central bank governor Eva Dahl')",
			body: "Vesk's new central bank governor Ola Nes met bankers. Norland's acting central bank president Per Lund left. Prices fell, Brasker central bank governor Eva Dahl said.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Ola Nes", "Per Lund", "Eva Dahl")
				unknownAll(h, graph.Country, "Vesk", "Norland")
				h.unknown(graph.Country, "Brask", "", "=MISC:Brasker")
			},
			want: []string{"Eva Dahl officialOf Brask (central bank governor)", "Ola Nes officialOf Vesk (central bank governor)", "Per Lund officialOf Norland (central bank president)"},
		},
		{
			name: "a body that is the hearer of 'told' is no body of the title after it ('Jon Vik told Halvard News Trade Minister Ola Nes would visit'), a state there is ('told Veskian Finance Minister Per Lund the bank would help')",
			body: "Jon Vik told Halvard News Trade Minister Ola Nes would visit Vardo. Jon Vik told Veskian Finance Minister Per Lund the bank would help.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ola Nes", "Per Lund")
				unknownAll(h, graph.Organization, "Halvard News")
				unknownAll(h, graph.City, "Vardo")
				h.unknown(graph.Country, "Vesk", "", "=MISC:Veskian")
			},
			want: []string{"Per Lund officialOf Vesk (Finance Minister)"},
		},
		{
			name: "in a list of titled names, a title right after a titled person holds the body the first title was read in: a firm's officers in lower case ('Brask Inc chairman Ola Nes, executive vice president Per Lund'), and a state's ministers; not another department ('Commerce Secretary Ola Dahl, Defense Secretary Eva Holm')",
			body: "Brask Inc chairman Ola Nes, executive vice president Per Lund and Jon Berg resigned. The letter went to Commerce Secretary Ola Dahl, Defense Secretary Eva Holm and others.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Ola Nes", "Per Lund", "Jon Berg", "Ola Dahl", "Eva Holm")
				unknownAll(h, graph.Organization, "Brask Inc")
				h.known(graph.Organization, "United States Department of Commerce", "Commerce")
			},
			want: []string{"Ola Dahl officialOf United States Department of Commerce (Commerce Secretary)", "Ola Nes leaderOf Brask Inc (chairman)", "Per Lund officialOf Brask Inc (executive vice president)"},
		},
		{
			name: "a rank word 'first' before a title the dictionaries know bare ('Halvard Bank first vice-president Jon Vik'), as 'senior' and 'executive' are",
			body: "Halvard Bank first vice-president Jon Vik said rates fell. Brask Inc first vice president Ola Nes left.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ola Nes")
				unknownAll(h, graph.Organization, "Halvard Bank", "Brask Inc")
			},
			want: []string{"Jon Vik officialOf Halvard Bank (first vice-president)", "Ola Nes officialOf Brask Inc (first vice president)"},
		},
		{
			name: "an apposition opened by 'also', 'now' or 'currently' before a bare title holds it ('Jon Vik, also chairman of Halvard Corp,')",
			body: "Jon Vik, also chairman of Halvard Corp, spoke. Ola Nes, now president of Brask Inc, left.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ola Nes")
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc")
			},
			want: []string{"Jon Vik leaderOf Halvard Corp (chairman)", "Ola Nes leaderOf Brask Inc (president)"},
		},
		{
			name: "'X, a Zurich-based Swedish property tycoon,': where he is based, then his nationality; a city alone names none ('Ola Nes, an Oslo-based trader,')",
			body: "Jon Vik, an Oslo-based Vesk property tycoon, bought shares. Ola Nes, an Oslo-based trader, sold.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ola Nes")
				h.unknown(graph.City, "Oslo", "", "Oslo@1,2").unknown(graph.Country, "Vesk", "", "=MISC:Vesk")
			},
			want: []string{"Jon Vik citizenOf Vesk"},
		},
		{
			name: "the bodies and people a named group is made of are its members ('Vesk Corp, an investor group led by Halvard Inc and Brask Inc', 'Osby Group, a consortium of Lund Corp and Jon Berg'); not a name that only qualifies the members ('Nord Corp, a group of Norland Tire dealers')",
			body: "Vesk Corp, an investor group led by Halvard Inc and Brask Inc, raised its offer. Osby Group, a consortium of Lund Corp and Jon Berg, bid for the firm. Nord Corp, a group of Norland Tire dealers, is appealing.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Corp", "Halvard Inc", "Brask Inc", "Osby Group", "Lund Corp", "Nord Corp", "Norland Tire")
				unknownAll(h, graph.Person, "Jon Berg")
			},
			want: []string{"Brask Inc memberOf Vesk Corp", "Halvard Inc memberOf Vesk Corp", "Jon Berg memberOf Osby Group", "Lund Corp memberOf Osby Group"},
		},
		{
			name: "a person who leads or heads a named group leads it ('Theta Corp, an investment group led by Jon Berg'; 'headed by Halvard Inc's vice chairman, Ada Lund': the person the title names, not the firm whose officer she is; a vice chairman is an official under the chairman, not the leader)",
			body: "Theta Corp, an investment group led by Jon Berg, bid for the firm. Vesk Corp, an investment group headed by Halvard Inc's vice chairman, Ada Lund, bid too.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Theta Corp", "Vesk Corp", "Halvard Inc")
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund")
			},
			want: []string{"Ada Lund leaderOf Vesk Corp", "Ada Lund officialOf Halvard Inc (vice chairman)", "Jon Berg leaderOf Theta Corp"},
		},
		{
			name: "a co-chairman leads the body with the other chairman: leaderOf, as 'chairman' is ('Jon Berg, a co-chairman of the Vesk Association', 'the Association's co-chairman')",
			body: "Jon Berg, a co-chairman of the Vesk Association, said the market grew. Halvard Corp co-chairman Ada Lund said profits rose.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Association", "Halvard Corp")
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund")
			},
			want: []string{"Ada Lund leaderOf Halvard Corp (co-chairman)", "Jon Berg leaderOf Vesk Association (co-chairman)"},
		},
		{
			name: "a second office after 'and' in a description, after a first one with its body, is held too ('is chairman of the Vesk Lines and joint managing director of Halvard Corp')",
			body: "Jon Berg is chairman of the Vesk Lines and joint managing director of Halvard Corp.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Lines", "Halvard Corp")
				unknownAll(h, graph.Person, "Jon Berg")
			},
			want: []string{"Jon Berg leaderOf Halvard Corp (joint managing director)", "Jon Berg leaderOf Vesk Lines (chairman)"},
		},
		{
			name: "a person named with 'of' a state and no title before the name is its citizen ('the chairman of the conference, Jon Berg of Norland, said'); a titled one holds its office; a one-word name is left (a firm the tagger may take for a person)",
			body: "There has been progress, the chairman of the conference, Jon Berg of Norland, said. President Ada Lund of Brask spoke. Vesk of Lund spoke.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund", "Vesk")
				unknownAll(h, graph.Country, "Norland", "Brask", "Lund")
			},
			want: []string{"Ada Lund leaderOf Brask (President)", "Jon Berg citizenOf Norland"},
		},
		{
			name: "a body's official or spokesman named before the name is its official (GUIDE.md: 'X, a spokesman for Y'); its economist stays affiliated ('Vesk Exchange official Jon Berg', 'Halvard Corp economist Ada Lund')",
			body: "Vesk Exchange official Jon Berg said prices rose. Halvard Corp economist Ada Lund said rates fell.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Exchange", "Halvard Corp")
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund")
			},
			want: []string{"Ada Lund affiliatedWith Halvard Corp (economist)", "Jon Berg officialOf Vesk Exchange (official)"},
		},
		{
			name: "a demonym before a relative clause or a that-clause is no citizenship of the name inside it ('the Vardian budget which Jon Berg unveiled', 'a Vardian newspaper report that Ada Lund'); the demonym before a trade and a name is",
			body: "During a debate on the Vardian budget which Jon Berg unveiled, he said prices would rise. A Vardian newspaper report that Ada Lund was studying a bid was denied. The Vardian economist Karl Brask spoke.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Vardo", "", "=MISC:Vardian")
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund", "Karl Brask")
			},
			want: []string{"Karl Brask citizenOf Vardo"},
		},
		{
			name: "a state's delegate is its official: 'Jon Berg, Norland's delegate to the Vesk Council, made the appeal'",
			body: "Jon Berg, Norland's delegate to the Vesk Council, made the appeal.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland")
				unknownAll(h, graph.Organization, "Vesk Council")
				unknownAll(h, graph.Person, "Jon Berg")
			},
			want: []string{"Jon Berg officialOf Norland (delegate to the Vesk Council)"},
		},
		{
			name: "lower-case words of a portfolio or rank between a state and 'minister' before a name ('Vardian natural resources minister Jon Berg', 'Ostrian first deputy prime minister Ada Lund'); none after 'after' or a possessive",
			body: "Vardian natural resources minister Jon Berg spoke. Ostrian first deputy prime minister Ada Lund spoke. Bonds rose in the Vardian market after Prime Minister Karl Brask spoke.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Vardo", "", "=MISC:Vardian")
				h.unknown(graph.Country, "Ostmark", "", "=MISC:Ostrian")
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund", "Karl Brask")
			},
			want: []string{"Ada Lund officialOf Ostmark (first deputy prime minister)", "Jon Berg officialOf Vardo (natural resources minister)"},
		},
		{
			name: "a capitalised 'Head of' in an apposition is the body's head, as a lower-case one is ('Sir Jon Berg, Head of the Vesk Delegation in Lund, said')",
			body: "Sir Jon Berg, Head of the Vesk Delegation in Lund, said the bill was misguided.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg")
				unknownAll(h, graph.Organization, "Vesk Delegation")
				unknownAll(h, graph.City, "Lund")
			},
			want: []string{"Jon Berg leaderOf Vesk Delegation (Head)", "Vesk Delegation basedIn Lund"},
		},
		{
			name: "people named, elected or appointed to a firm's board are its board members: the board of the firm named, or the board of the firm that speaks ('Vesk Corp said … Jon Berg and Ada Lund were named to the board'); no firm named, no relation",
			body: "Vesk Corp said its directors have resigned and Jon Berg and Ada Lund were named to the board. Olaf Brask was appointed to the board of Halvard AG. Karl Lund was named to the board.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund", "Olaf Brask", "Karl Lund")
				unknownAll(h, graph.Organization, "Vesk Corp", "Halvard AG")
			},
			want: []string{"Ada Lund officialOf Vesk Corp (board member)", "Jon Berg officialOf Vesk Corp (board member)", "Olaf Brask officialOf Halvard AG (board member)"},
		},
		{
			name: "a portfolio of several lower-case words before a title in an apposition is an office of the body ('Jon Berg, external relations commissioner of the Vesk Union, said')",
			body: "Talks must go on, Jon Berg, external relations commissioner of the Vesk Union, said.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg")
				unknownAll(h, graph.Organization, "Vesk Union")
			},
			want: []string{"Jon Berg officialOf Vesk Union (external relations commissioner)"},
		},
		{
			name: "a unit named by several lower-case words with 'and' inside is still a part of the body ('vice president of Vesk Bank's foreign exchange trading and treasury department'); another office after 'and' is not part of the unit ('vice president of Halvard Corp and president of its industrial products division')",
			body: "Jon Berg, vice president of Vesk Bank's foreign exchange trading and treasury department, said gold would rise. Ada Lund, vice president of Halvard Corp and president of its industrial products division, agreed.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Berg", "Ada Lund")
				unknownAll(h, graph.Organization, "Vesk Bank", "Halvard Corp")
			},
			want: []string{"Ada Lund officialOf Halvard Corp (vice president)", "Jon Berg officialOf Vesk Bank (vice president of Vesk Bank's foreign exchange trading and treasury department)"},
		},
		{
			name: "an administrator holds an office in the body named ('Peter Brask, administrator of the Vesk Agency', 'Vesk Agency Administrator Anna Lund', 'deputy administrator for Vesk Agency's farm operations')",
			body: "Peter Brask, administrator of the Vesk Agency, said no. Vesk Agency Administrator Anna Lund agreed. Olaf Berg, deputy administrator for Vesk Agency's farm operations, said yes.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Peter Brask", "Anna Lund", "Olaf Berg")
				unknownAll(h, graph.Organization, "Vesk Agency")
			},
			want: []string{"Anna Lund officialOf Vesk Agency (Administrator)", "Olaf Berg officialOf Vesk Agency (deputy administrator for Vesk Agency's farm operations)", "Peter Brask officialOf Vesk Agency (administrator)"},
		},
		{
			name: "a chair or head of a part a body's name only modifies ('chairman of the Vesk Assembly committee', 'head of the Halvard research division') is its official, not its leader; 'president of the Lund group' (the firm) and 'president of Halvard' lead it",
			body: "Peter Brask, chairman of the Vesk Assembly committee, said no. Anna Lund, head of the Halvard Corp research division, said yes. Olaf Berg, president of the Ostmark Coffee group, said maybe. Karl Vardo, president of Halvard Corp, agreed.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Peter Brask", "Anna Lund", "Olaf Berg", "Karl Vardo")
				unknownAll(h, graph.Organization, "Vesk Assembly", "Halvard Corp", "Ostmark Coffee")
			},
			want: []string{"Anna Lund officialOf Halvard Corp (head of the Halvard Corp research division)", "Karl Vardo leaderOf Halvard Corp (president)", "Olaf Berg leaderOf Ostmark Coffee (president)", "Peter Brask officialOf Vesk Assembly (chairman of the Vesk Assembly committee)"},
		},
		{
			name: "a membership a noun names: 'Norland's accession to the Vesk Union', 'Vardo's membership of the Pact', 'Ostrian Vesk Union membership', 'Lund's Vesk Union membership'; none sought or foreseen ('Brask's bid for …', 'would follow Lund's accession to the Pact'); the organisation's ten non-permanent members listed after 'include'",
			body: "Under the terms of Norland's accession to the Vesk Union, tariffs fell. Vardo's membership of the Pact was confirmed. The impact of Ostrian Vesk Union membership was large. " +
				"Talks would follow Lund's accession to the Pact. Brask's bid for Vesk Union membership stalled. The Pact's ten non-permanent members include Lund and Brask.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Ostmark", "", "=MISC:Ostrian")
				unknownAll(h, graph.Country, "Norland", "Vardo", "Lund", "Brask")
				unknownAll(h, graph.Organization, "Vesk Union", "Pact")
			},
			want: []string{"Brask memberOf Pact", "Lund memberOf Pact", "Norland memberOf Vesk Union", "Ostmark memberOf Vesk Union", "Vardo memberOf Pact"},
		},
		{
			name: "a state joined by a hyphen to a participle other than 'based' before a body tells who backs, owns or lists it, not its seat ('Norland-backed Halvard Corp', 'Norland-owned Vesk Bank'); 'Norland-based Lund Corp' and 'Norland's Brask Corp' seat it",
			body: "Norland-backed Halvard Corp said sales rose. Norland-owned Vesk Bank grew. A Norland-based Lund Corp said costs fell. Norland's Brask Corp said prices rose.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland")
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk Bank", "Lund Corp", "Brask Corp")
			},
			want: []string{"Brask Corp basedIn Norland", "Lund Corp basedIn Norland"},
		},
		{
			name: "an organisation, agency or corporation described with its state seats the body: 'Amtorg, a Soviet trading organization', 'the official Norland news agency Norpress'",
			body: "Vesk Trading, a Norland trading organization, said no. The official Norland news agency Norpress reported the attack.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland")
				unknownAll(h, graph.Organization, "Vesk Trading", "Norpress")
			},
			want: []string{"Norpress basedIn Norland", "Vesk Trading basedIn Norland"},
		},
		{
			name: "an apposition seats a firm across words of listing ('a listed Norland firm', 'a privately held Norland company') and after 'the' before a state ('the Norland mining group', 'Vardo, the Ostrian port city'); a unit is not seated by an apposition naming it as its own owner",
			body: "Vesk Ltd, a listed Norland firm, made a bid. Brask AB, a privately held Norland company, declined. Lund Inc, the Norland mining group, said it would sell. " +
				"Vardo, the Ostrian port city, was closed. Halvard, the Norland unit of Halvard, said so.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Ostrian")
				unknownAll(h, graph.Organization, "Vesk Ltd", "Brask AB", "Lund Inc", "Halvard")
				unknownAll(h, graph.City, "Vardo")
			},
			want: []string{"Brask AB basedIn Norland", "Lund Inc basedIn Norland", "Vardo locatedIn Ostrian", "Vesk Ltd basedIn Norland"},
		},
		{
			name: "a second title after 'and' is held in the body of the first ('Halvard Corp president Jon Vik and vice president Ada Lund', 'Norlandic Prime Minister Tom Berg and Treasurer Ole Hansen'); not in a department named inside the first title ('Transport Secretary Ada Berg and President Jon Dahl')",
			body: "Halvard Corp president Jon Vik and vice president Ada Lund said they backed the plan. Norlandic Prime Minister Tom Berg and Treasurer Ole Hansen said the deficit would grow. " +
				"The plan must be approved by Transport Secretary Ada Berg and President Jon Dahl.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "=MISC:Norlandic")
				h.unknown(graph.Organization, "Norland Department of Transport", "NOR", "Transport")
				unknownAll(h, graph.Organization, "Halvard Corp")
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund", "Tom Berg", "Ole Hansen", "Ada Berg", "Jon Dahl")
			},
			want: []string{"Ada Berg officialOf Norland Department of Transport (Secretary)", "Ada Lund officialOf Halvard Corp (vice president)", "Jon Vik leaderOf Halvard Corp (president)",
				"Ole Hansen officialOf Norland (Treasurer)", "Tom Berg leaderOf Norland (Prime Minister)"},
		},
		{
			name: "a trading firm is seated by its city before its noun ('London broker C Czarnikow', 'Vardo sugar trader Halvard Ltd'); a person so described is not",
			body: "Last month Vardo broker Vesk Ltd estimated output. Vardo sugar trader Halvard Ltd bought it. Vardo trader Jon Smith sold it.",
			build: func(h *hand) {
				unknownAll(h, graph.City, "Vardo")
				unknownAll(h, graph.Organization, "Vesk Ltd", "Halvard Ltd")
				unknownAll(h, graph.Person, "Jon Smith")
			},
			want: []string{"Halvard Ltd basedIn Vardo", "Vesk Ltd basedIn Vardo"},
		},
		{
			name: "a common word wire copy capitalises after a state's initials still describes the firm after it ('N.L. Research firm Vesk Inc', 'its N.L. Subsidiary <Brask Ltd>'); a comma there is none ('outside the N.L., through Halvard Corp')",
			body: "N.L. Research firm Vesk Inc said sales rose. Lund AG said its N.L. Subsidiary <Brask Ltd> grew. Debt will be sold outside the N.L., through Halvard Corp.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "N.L.")
				unknownAll(h, graph.Organization, "Vesk Inc", "Lund AG", "Brask Ltd", "Halvard Corp")
			},
			want: []string{"Brask Ltd basedIn Norland", "Vesk Inc basedIn Norland"},
		},
		{
			name: "the press is seated by its city before its noun ('the Vardo newspaper Morgenpost', 'the Lund daily Punch') and by an apposition ('Wen Po, a Vardo daily,')",
			body: "The Vardo newspaper Morgenpost reported the deal. The Lund daily Punch said so. Wen Po, a Vardo daily, said the drought was severe.",
			build: func(h *hand) {
				unknownAll(h, graph.City, "Vardo", "Lund")
				unknownAll(h, graph.Organization, "Morgenpost", "Punch", "Wen Po")
			},
			want: []string{"Morgenpost basedIn Vardo", "Punch basedIn Lund", "Wen Po basedIn Vardo"},
		},
		{
			name: "a title set off before a name reads past a demonym describing the person: 'Halvard Corp's chairman, Norlander Jon Vik,'",
			body: "A letter came from Halvard Corp's chairman, Norlander Jon Vik, that he was offering cash.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "=MISC:Norlander")
				unknownAll(h, graph.Person, "Jon Vik")
				unknownAll(h, graph.Organization, "Halvard Corp")
			},
			want: []string{"Jon Vik citizenOf Norland", "Jon Vik leaderOf Halvard Corp (chairman)"},
		},
		{
			name: "a head's title with the field it heads after 'of' serves the firm named after it ('managing director of swaps for Vesk Corp'); 'chairman of the board of X' and a bare 'president of X' lead it",
			body: "Jon Smith, managing director of swaps for Vesk Corp, said so. Ole Moe, chairman of the board of Brask Inc, said so. Ada Lund, president of Halvard Corp, said so.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Vesk Corp", "Brask Inc", "Halvard Corp")
				unknownAll(h, graph.Person, "Jon Smith", "Ole Moe", "Ada Lund")
			},
			want: []string{"Ada Lund leaderOf Halvard Corp (president)", "Jon Smith officialOf Vesk Corp (managing director of swaps)", "Ole Moe leaderOf Brask Inc (chairman of the board)"},
		},
		{
			name: "a rank word before a known title ('senior vice president', 'executive vice-president') is the title, also joined to another ('director and senior vice president') and after a ticker",
			body: "Halvard Corp <HAL> director and senior vice president Jon Vik said so. Ada Lund, Vesk Inc's senior vice president, said so. Brask Ltd named Ole Moe executive vice-president.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Vesk Inc", "Brask Ltd")
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund", "Ole Moe")
			},
			want: []string{"Ada Lund officialOf Vesk Inc (senior vice president)", "Jon Vik officialOf Halvard Corp (director and senior vice president)", "Ole Moe officialOf Brask Ltd (executive vice-president)"},
		},
		{
			name: "a demonym right before a full name is the person's citizenship ('Norlander Jon Vik', 'Ostrian Ada Lund'); not before a word taken for a one-word name ('Norlandian Contra rebels')",
			body: "Norlander Jon Vik said the bid would go ahead. Ostrian Ada Lund said so. Norlandian Contra rebels attacked.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "=MISC:Norlander", "=MISC:Norlandian")
				h.unknown(graph.Country, "Ostria", "", "=MISC:Ostrian")
				unknownAll(h, graph.Person, "Jon Vik", "Ada Lund", "Contra")
			},
			want: []string{"Ada Lund citizenOf Ostria", "Jon Vik citizenOf Norland"},
		},
		{
			name: "'<Org> said its economist <Person>': the role is the job, not the words of saying",
			body: "Halvard Corp said its economist Jon Berg expects growth.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp")
				unknownAll(h, graph.Person, "Jon Berg")
			},
			want: []string{"Jon Berg affiliatedWith Halvard Corp (economist)"},
		},
		{
			name: "a body naming a person to an office gives it to him: 'named X president', 'said it named X to the new post of vice chairman', 'appointed X executive vice president'; naming a plant after him none",
			body: "Halvard Corp named Jon Berg president. Brask Inc said it named Ole Moe to the new post of vice chairman, effective today. " +
				"Vesk Corp appointed Ada Lund executive vice president. The board named the plant after Lars Dahl.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc", "Vesk Corp")
				unknownAll(h, graph.Person, "Jon Berg", "Ole Moe", "Ada Lund", "Lars Dahl")
			},
			want: []string{"Ada Lund officialOf Vesk Corp (executive vice president)", "Jon Berg leaderOf Halvard Corp (president)", "Ole Moe officialOf Brask Inc (vice chairman)"},
		},
		{
			name: "a body's title before a name reads past the body's acronym set off by commas: 'the Halvard Board of Trade, HBT, chairman Jon Berg'",
			body: "The Halvard Board of Trade, HBT, chairman Jon Berg said volume rose.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Board of Trade", "", "Halvard Board of Trade", "HBT").unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			want: []string{"Jon Berg leaderOf Halvard Board of Trade (chairman)"},
		},
		{
			name: "'<Org>'s chief trial lawyer, <Person>,' works with the body, no officer of it; '<Person> of <Org>' past the wire's bracket",
			body: "Halvard Corp's chief trial lawyer, Jon Berg, said the verdict was fair. Ole Moe of <Brask Telecommunications SA> said the bid was strong.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Telecommunications SA")
				unknownAll(h, graph.Person, "Jon Berg", "Ole Moe")
			},
			want: []string{"Jon Berg affiliatedWith Halvard Corp (chief trial lawyer)", "Ole Moe affiliatedWith Brask Telecommunications SA"},
		},
		{
			name: "a party's member before the name, 'also a member of the ruling X' after it, and a firm's board member",
			body: "Jon Berg, also a member of the ruling Vesk Conservative Party, said so. Vesk Labour Party member Lars Dahl said so. Halvard Corp board member Ole Moe said so.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Organization, "Vesk Conservative Party", "", "Vesk Conservative Party").
					unknown(graph.Organization, "Vesk Labour Party", "", "Vesk Labour Party").unknown(graph.Person, "Lars Dahl", "", "Lars Dahl").
					unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Person, "Ole Moe", "", "Ole Moe")
			},
			want: []string{"Jon Berg memberOf Vesk Conservative Party (member)", "Lars Dahl memberOf Vesk Labour Party (member)", "Ole Moe officialOf Halvard Corp (board member)"},
		},
		{
			name: "a state's or province's governor or premier named before the name leads it; a state's senator does not",
			body: "Vesk Governor Jon Berg said so. Ostland Premier Ole Moe said so. Vesk Senator Lars Dahl said so.",
			build: func(h *hand) {
				h.unknown(graph.Region, "Vesk", "", "Vesk").unknown(graph.Region, "Ostland", "", "Ostland")
				unknownAll(h, graph.Person, "Jon Berg", "Ole Moe", "Lars Dahl")
			},
			want: []string{"Jon Berg leaderOf Vesk (Governor)", "Ole Moe leaderOf Ostland (Premier)"},
		},
		{
			name: "a person named right after a firm's possessive who speaks or acts works with the firm; a unit the tagger typed a person does not",
			body: "Halvard Corp's Jon Berg said rates would fall. Brask Inc's Ole Moe is recommending oil stocks. Vesk Corp's Tally Bell restaurants grew.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc", "Vesk Corp")
				unknownAll(h, graph.Person, "Jon Berg", "Ole Moe", "Tally Bell")
			},
			want: []string{"Jon Berg affiliatedWith Halvard Corp", "Ole Moe affiliatedWith Brask Inc"},
		},
		{
			name: "a title with the field it serves after 'for' before the name is an office in the body named before it, an official's, not its head's",
			body: "Halvard Bank director-general for agriculture Jon Berg said so. Brask Corp vice president for exports Ole Moe said so.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Bank", "Brask Corp")
				unknownAll(h, graph.Person, "Jon Berg", "Ole Moe")
			},
			want: []string{"Jon Berg officialOf Halvard Bank (director-general for agriculture)", "Ole Moe officialOf Brask Corp (vice president for exports)"},
		},
		{
			name: "an apposition naming a member with words before its noun ('the only Asian member of', 'one of the founders of the 47-member') is membership; 'the largest debtor' is none",
			body: "Vesk, the only Asian member of the Ostland Pact, said so. Norland, one of the founders of the 47-member Brask Bank, said so. Vardo, the largest debtor, said so.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Vesk", "Norland", "Vardo")
				unknownAll(h, graph.Organization, "Ostland Pact", "Brask Bank")
			},
			want: []string{"Norland memberOf Brask Bank", "Vesk memberOf Ostland Pact"},
		},
		{
			name: "an apposition opened by 'as' names a member as one without it does ('Vesk, as a member of the Ostland Pact, will attend'); 'as a result of' names none",
			body: "Vesk, as a member of the Ostland Pact, will attend. Norland, as a result of the vote, will attend.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Vesk", "Norland")
				unknownAll(h, graph.Organization, "Ostland Pact")
			},
			want: []string{"Vesk memberOf Ostland Pact"},
		},
		{
			name: "two offices held together before the name ('president and chief executive officer', 'vice president and treasurer') are one title, a head's if either is; a person and a title joined by 'and' are not",
			body: "Halvard Corp president and chief executive officer Jon Berg said so. Brask Inc sold bonds, vice president and treasurer Ole Moe said. Vesk Corp's chairman Lars Dahl and treasurer Per Holm spoke.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc", "Vesk Corp")
				unknownAll(h, graph.Person, "Jon Berg", "Ole Moe", "Lars Dahl", "Per Holm")
			},
			want: []string{"Jon Berg leaderOf Halvard Corp (president and chief executive officer)", "Lars Dahl leaderOf Vesk Corp (chairman)", "Ole Moe officialOf Brask Inc (vice president and treasurer)",
				"Per Holm officialOf Vesk Corp (treasurer)"}, // the second title, in the first's body (not part of Lars Dahl's)
		},
		{
			name: "a board's chairman named with the body before the title ('VW executive board chairman Carl Hahn') leads the body",
			body: "Halvard AG executive board chairman Jon Berg said so. Brask AG supervisory board chairman Ole Moe said so.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard AG", "Brask AG")
				unknownAll(h, graph.Person, "Jon Berg", "Ole Moe")
			},
			want: []string{"Jon Berg leaderOf Halvard AG (executive board chairman)", "Ole Moe leaderOf Brask AG (supervisory board chairman)"},
		},
		{
			name: "a country's possessive before a ranked place noun ('Vesk's second city of Brask') locates the place in it",
			body: "Norland attacked Vesk's second city of Brask. Ostland's largest province of Tally voted.",
			build: func(h *hand) {
				unknownAll(h, graph.Country, "Norland", "Vesk", "Ostland")
				h.unknown(graph.City, "Brask", "", "Brask").unknown(graph.Region, "Tally", "", "Tally")
			},
			want: []string{"Brask locatedIn Vesk", "Tally locatedIn Ostland"},
		},
		{
			name: "a firm's description naming a town before its trade ('X, a Providence, R.I. brokerage firm') seats it there; 'a unit of' names an owner, no seat",
			body: "Halvard Securities Inc, a Vardo, R.I. brokerage firm, bought shares. Brask Corp, a Tally oil company, said so. Pemb Ltd, a Tally maker of Vesk Corp, said so.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Securities Inc", "Brask Corp", "Pemb Ltd", "Vesk Corp")
				h.unknown(graph.City, "Vardo", "", "Vardo").unknown(graph.City, "Tally", "", "Tally")
				h.known(graph.Region, "Rhode Island", "R.I.")
			},
			want: []string{"Brask Corp basedIn Tally", "Halvard Securities Inc basedIn Vardo", "Vardo locatedIn Rhode Island"},
		},
		{
			name: "one who heads a body's department is its official; heading its loans is nothing",
			body: "Jon Berg, an economist who heads the Halvard Bank's exchange and trade relations department, spoke. Ole Moe, who heads Brask Inc's loans, spoke.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Bank", "Brask Inc")
				unknownAll(h, graph.Person, "Jon Berg", "Ole Moe")
			},
			want: []string{"Jon Berg officialOf Halvard Bank (head of exchange and trade relations department)"},
		},
		{
			name: "an office one 'will remain' in or 'continues as' is held: each of two joined by 'and'",
			body: "Jon Berg will remain executive vice president of Halvard Corp and president of Brask Inc. Ole Moe will continue as chairman of Vesk Corp.",
			build: func(h *hand) {
				unknownAll(h, graph.Organization, "Halvard Corp", "Brask Inc", "Vesk Corp")
				unknownAll(h, graph.Person, "Jon Berg", "Ole Moe")
			},
			want: []string{"Jon Berg leaderOf Brask Inc (president)", "Jon Berg officialOf Halvard Corp (executive vice president)", "Ole Moe leaderOf Vesk Corp (chairman)"},
		},
		{
			name: "'The New York firm said', 'The Kolby-based bank said' standing for a named firm give its seat; 'the Italian firm' its nationality, no seat",
			body: "Halvard Corp reported a loss. The New York firm said sales fell. Brask Bank said it lost money. The Kolby-based bank said loans rose. Vesk Corp reported a loss. The Italian firm said sales fell.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").known(graph.City, "New York City", "New York").
					unknown(graph.Organization, "Brask Bank", "", "Brask Bank").unknown(graph.City, "Kolby", "", "Kolby").
					unknown(graph.Organization, "Vesk Corp", "", "Vesk Corp").known(graph.Country, "Italy", "=MISC:Italian")
			},
			want: []string{"Brask Bank basedIn Kolby", "Halvard Corp basedIn New York"},
		},
		{
			name: "a bare title after a claim that opens with the first firm or state the sentence names; not after a body's name or an adjective",
			body: "Halvard Corp would gain from rules the Vesk Exchange Board proposed last year, President Jon Berg said. Norland would lend Ostland oil, Prime Minister Lars Dahl said. Brask Inc would gain from the rules of Kolby Bank, Kolby Bank chairman Ole Moe said. Norlandic firm Vardo Corp will list in Ostland, president Ada Lund told analysts.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Vesk Exchange Board", "", "Vesk Exchange Board").
					unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Country, "Norland", "", "Norland", "=MISC:Norlandic").
					unknown(graph.Country, "Ostland", "", "Ostland").unknown(graph.Person, "Lars Dahl", "", "Lars Dahl").
					unknown(graph.Organization, "Brask Inc", "", "Brask Inc").unknown(graph.Organization, "Kolby Bank", "", "Kolby Bank").
					unknown(graph.Person, "Ole Moe", "", "Ole Moe").unknown(graph.Organization, "Vardo Corp", "", "Vardo Corp").unknown(graph.Person, "Ada Lund", "", "Ada Lund")
			},
			want: []string{"Jon Berg leaderOf Halvard Corp (President)", "Lars Dahl leaderOf Norland (Prime Minister)", "Ole Moe leaderOf Kolby Bank (chairman)", "Vardo Corp basedIn Norland"},
		},
		{
			name: "a bank's governor named before his title heads it, one relation for the pair; a reserve board's governor (no bank) serves it",
			body: "Vesk Central Bank governor Jon Berg said rates would fall. Brask Reserve Board governor Ada Lund spoke.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Vesk Central Bank", "", "Vesk Central Bank").unknown(graph.Person, "Jon Berg", "", "Jon Berg").
					unknown(graph.Organization, "Brask Reserve Board", "", "Brask Reserve Board").unknown(graph.Person, "Ada Lund", "", "Ada Lund")
			},
			want: []string{"Ada Lund officialOf Brask Reserve Board (governor)", "Jon Berg leaderOf Vesk Central Bank (governor)"},
		},
		{
			name: "a body, its acronym in brackets, then qualified title words and the name: the body's office",
			body: "Vesk Ministry of Trade (VMT) Deputy Director General Jon Berg told reporters.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Vesk Ministry of Trade", "", "Vesk Ministry of Trade", "VMT").unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			want: []string{"Jon Berg officialOf Vesk Ministry of Trade (Deputy Director General)"},
		},
		{
			name: "a firm, its ticker, a comma and its town ending the phrase: its seat; not a list of towns, nor an acronym",
			body: "The paying agent is Halvard Trust Co, Kolby. It is produced by Brask Data Inc <BDI>, Dorn, and sold abroad. Vardo Corp, Kolby, Dorn and Vesk sold bonds. Ostbank AG, OBG, said so.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Trust Co", "", "Halvard Trust Co").unknown(graph.City, "Kolby", "", "Kolby").
					unknown(graph.Organization, "Brask Data Inc", "", "Brask Data Inc").unknown(graph.City, "Dorn", "", "Dorn").
					unknown(graph.Organization, "Vardo Corp", "", "Vardo Corp").unknown(graph.City, "Vesk", "", "Vesk").
					unknown(graph.Organization, "Ostbank AG", "", "Ostbank AG").unknown(graph.City, "OBG", "", "OBG")
			},
			want: []string{"Brask Data Inc basedIn Dorn", "Halvard Trust Co basedIn Kolby"},
		},
		{
			name: "a country's possessive right before a body is its seat, also for a body the gazetteer places there ('Norland's Ministry of Finance'); not before a body of many states ('Iran's OPEC delegate')",
			body: "The plan must be approved by Norland's Ministry of Finance. Iran's OPEC delegate spoke.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "NRL", "Norland").unknown(graph.Organization, "Norlandic Ministry of Finance", "NRL", "Ministry of Finance").
					known(graph.Country, "Iran", "Iran").known(graph.Organization, "Organization of the Petroleum Exporting Countries", "OPEC")
			},
			want: []string{"Norlandic Ministry of Finance basedIn Norland"},
		},
		{
			name: "office before the name, set off by commas",
			body: "It ordered Canada's acting high commissioner, Stewart Wheeler, to leave.",
			build: func(h *hand) {
				h.known(graph.Country, "Canada", "Canada").unknown(graph.Person, "Stewart Wheeler", "", "Stewart Wheeler")
			},
			want: []string{"Stewart Wheeler officialOf Canada (acting high commissioner)"},
		},
		{
			name: "citizen apposition",
			body: "He killed Hardeep Singh Nijjar, a Canadian citizen, in June.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Hardeep Singh Nijjar", "", "Hardeep Singh Nijjar").known(graph.Country, "Canada", "=MISC:Canadian")
			},
			want: []string{"Hardeep Singh Nijjar citizenOf Canada"},
		},
		{
			name: "place, region",
			body: "He was shot in Surrey, British Columbia, last year.",
			build: func(h *hand) {
				h.unknown(graph.Place, "Surrey", "", "Surrey").known(graph.Region, "British Columbia", "British Columbia")
			},
			// British Columbia's country is the gazetteer's knowledge, not this sentence's.
			want: []string{"Surrey locatedIn British Columbia"},
		},
		{
			name: "a list of states after a town's comma is no town in its state",
			body: "Garages closed in Vesk City, Brekka, Ostland Province and Kolby.",
			build: func(h *hand) {
				h.unknown(graph.City, "Vesk City", "", "Vesk City").unknown(graph.Region, "Brekka", "", "Brekka").
					unknown(graph.Region, "Ostland Province", "", "Ostland Province").unknown(graph.Region, "Kolby", "", "Kolby")
			},
			want: nil,
		},
		{
			name: "organisation someone works at, in its city",
			body: "Lina Karam, a senior fellow at the Mediterranean Policy Centre in Marseille, disagreed.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Lina Karam", "", "Lina Karam").unknown(graph.Organization, "Mediterranean Policy Centre", "", "Mediterranean Policy Centre").
					known(graph.City, "Marseille", "Marseille")
			},
			want: []string{
				"Lina Karam affiliatedWith Mediterranean Policy Centre (senior fellow)",
				"Mediterranean Policy Centre basedIn Marseille",
			},
		},
		{
			name: "a former office is no office",
			body: "He met former Brazilian president Dilma Rousseff.",
			build: func(h *hand) {
				h.known(graph.Country, "Brazil", "=MISC:Brazilian").known(graph.Person, "Dilma Rousseff", "Dilma Rousseff")
			},
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHand(t, tt.body)
			tt.build(h)
			res := relate(t, h, "2024-10-15")
			got := relationLines(res.Relations, names(h.ents))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("relations mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestEventMentions: an event told in several sentences is one event that
// lists every other sentence stating it; a bid told again with one side
// named ("an unsolicited offer from X", "X's offer of February 27") is the
// bid read before it with that side, and lends it no date, status or
// evidence; one with no earlier bid of that side stays unread.
func TestEventMentions(t *testing.T) {
	tests := []struct {
		name, body string
		names      []string
		want       []string // each event: its line, then the first words of each sentence of its mentions
	}{
		{
			name: "a bid told again by its bidder alone",
			body: "Halvard Corp said it rejected a proposal by Brask Inc to acquire its stock. " +
				"Halvard Corp said sales rose. " +
				"The board acted in response to an unsolicited offer from Brask Inc, the company said. " +
				"Halvard Corp said Brask Inc's offer of February 27 was inadequate.",
			names: []string{"Halvard Corp", "Brask Inc"},
			want: []string{"proposal  @ happened: Brask Inc/actor, Halvard Corp/target | The board acted | Halvard Corp said",
				"reject  @ happened: Halvard Corp/actor, Brask Inc/target"},
		},
		{
			name:  "an offer of one side with no earlier bid of that side is no bid",
			body:  "Halvard Corp rejected a bid by Brask Inc. Kolby Inc said its offer of shares was priced at 20 dlrs.",
			names: []string{"Halvard Corp", "Brask Inc", "Kolby Inc"},
			want: []string{"proposal  @ happened: Brask Inc/actor, Halvard Corp/target",
				"reject  @ happened: Halvard Corp/actor, Brask Inc/target"},
		},
		{
			name: "'the transaction' five sentences after the deal restates it",
			body: "Halvard Corp agreed to acquire Brask Inc on Monday. Halvard Corp said sales rose. Its profit rose too. " +
				"Halvard Corp said it had record orders. Its shares rose. Halvard Corp will provide 20 mln dlrs of its funds to complete the transaction.",
			names: []string{"Halvard Corp", "Brask Inc"},
			want:  []string{"agreement 1987-03-02 @ happened: Halvard Corp/participant, Brask Inc/participant | Halvard Corp will"},
		},
		{
			name: "'the arrangement' restates the deal told before; 'financing arrangements' with none before are no deal",
			body: "Halvard Corp signed an agreement with Brask Inc on Monday. " +
				"The arrangement also provides for the dismissal of pending litigation, Halvard Corp said. " +
				"Kolby Inc has completed financing arrangements with Vardo Corp.",
			names: []string{"Halvard Corp", "Brask Inc", "Kolby Inc", "Vardo Corp"},
			want:  []string{"agreement 1987-03-02 @ happened: Halvard Corp/participant, Brask Inc/participant | The arrangement also"},
		},
		{
			name: "an agreement only named is a mention of one told before with a side of it; with none before, it is no event",
			body: "Halvard Corp signed an agreement with Brask Inc on Monday. " +
				"Halvard Corp said its merger agreement with Brask Inc provides that two directors resign. " +
				"Kolby Inc stood by its accord with Vardo Corp.",
			names: []string{"Halvard Corp", "Brask Inc", "Kolby Inc", "Vardo Corp"},
			want:  []string{"agreement 1987-03-02 @ happened: Halvard Corp/participant, Brask Inc/participant | Halvard Corp said"},
		},
		{
			name: "'the offer' is the last bid, told in the last three sentences, and lends it no date",
			body: "Halvard Corp offered to acquire Brask Inc for 20 dlrs a share. The offer expires on Friday. " +
				"Kolby Inc said sales rose. Kolby Inc said profits rose. Kolby Inc said costs fell. Analysts said the revised offer was low.",
			names: []string{"Halvard Corp", "Brask Inc", "Kolby Inc"},
			want:  []string{"proposal  @ happened: Halvard Corp/actor, Brask Inc/target | The offer expires"},
		},
		{
			name: "'the acquisition', 'the merger' naming no one is the deal told before with its sides; with none before, nothing",
			body: "Kolby Inc said the merger would cut costs. " +
				"Halvard Corp said it sold its shoe divisions to Brask Inc. Brask Inc said the acquisition would raise its sales.",
			names: []string{"Halvard Corp", "Brask Inc", "Kolby Inc"},
			want:  []string{"agreement  @ happened: Halvard Corp/participant, Brask Inc/participant | Brask Inc said"},
		},
		{
			name: "'the transaction' is the deal told in the last three sentences, and lends it no date; 'a transaction with X', or one with no deal before, is none",
			body: "Kolby Inc said the transaction would cut costs. " +
				"Halvard Corp agreed to sell its shoe divisions to Brask Inc. The transaction is expected to be completed by September 1. " +
				"Mersk Bank will provide financing for the proposed transaction. Kolby Inc said a transaction with Vardo Corp was unlikely.",
			names: []string{"Halvard Corp", "Brask Inc", "Kolby Inc", "Mersk Bank", "Vardo Corp"},
			want:  []string{"agreement  @ happened: Halvard Corp/participant, Brask Inc/participant | The transaction is | Mersk Bank will"},
		},
		{
			name:  "two readings of one type, date and parties in two sentences are one event listing both",
			body:  "Jon Berg urged Ostland to cut its tariffs. Jon Berg said Ostland should open its markets.",
			names: []string{},
			want:  []string{"appeal  @ happened: Jon Berg/actor, Ostland/target | Jon Berg said"},
		},
		{
			name:  "an act done and an act to come, each told by its verb, are two events",
			body:  "Last month, Halvard Bank asked Brask Corp to reduce output. Halvard Bank will ask Brask Corp to slash output further.",
			names: []string{"Halvard Bank", "Brask Corp"},
			want:  []string{"appeal  @ planned: Halvard Bank/actor, Brask Corp/target", "appeal 1987-02 @ happened: Halvard Bank/actor, Brask Corp/target"},
		},
		{
			name:  "talks told in two sentences",
			body:  "Halvard Corp held talks with Brask Inc on Monday. The talks between Halvard Corp and Brask Inc were friendly, a spokesman said.",
			names: []string{"Halvard Corp", "Brask Inc"},
			want:  []string{"talks 1987-03-02 @ happened: Halvard Corp/participant, Brask Inc/participant | The talks between"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHand(t, tt.body)
			unknownAll(h, graph.Organization, tt.names...)
			if strings.Contains(tt.body, "Ostland") {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Country, "Ostland", "", "Ostland")
			}
			res := relate(t, h, "1987-03-05")
			evs := hard(res.Events)
			lines := eventLines(evs, names(h.ents))
			var got []string
			for _, line := range lines {
				for _, ev := range evs {
					if eventLines([]graph.Event{ev}, names(h.ents))[0] != line {
						continue
					}
					for _, m := range ev.Mentions {
						w := strings.Fields(m.Text)
						line += " | " + strings.Join(w[:min(3, len(w))], " ")
					}
					break
				}
				got = append(got, line)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("events and their other sentences (-want +got):\n%s", diff)
			}
		})
	}
}

// TestClaimNotCutInsideNounPhrase: a verb of saying after "and" ends a
// claim only after a claim with a verb of its own: in "the revisions in
// both proved reserves and estimated future revenues resulted", "proved"
// (tagged a verb) is a word of the noun phrase, so the claim runs on.
// Known error, not asserted: "estimated future revenues resulted" is also
// read as a second claim of its own.
func TestClaimNotCutInsideNounPhrase(t *testing.T) {
	h := newHand(t, "Ada Lund said the revisions in both proved reserves and estimated future revenues resulted from lower prices.")
	unknownAll(h, graph.Person, "Ada Lund")
	res := relate(t, h, "2024-04-16")
	want := "Ada Lund  false: the revisions in both proved reserves and estimated future revenues resulted from lower prices"
	if got := quoteLines(res.Quotes, names(h.ents)); !slices.Contains(got, want) {
		t.Errorf("quotes = %q, want among them %q", got, want)
	}
}

// TestTermsAntecedent: a relative clause after an agreement and the side
// it was made with has the agreement for its subject ("an agreement with
// USAir Group Inc that prevents TWA from buying"), not that side; after a
// party alone it has the party.
func TestTermsAntecedent(t *testing.T) {
	p, err := loadParser()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words string
		head  string
		want  bool
	}{
		{"Halvard Corp reached an agreement yesterday in federal court with Vesk Inc that prevents TWA from buying shares .", "prevents", true},
		{"Halvard Corp signed a pact yesterday with Brask and Osby which bars new tariffs .", "bars", true},
		{"Halvard Corp met officials yesterday in Paris with Vesk Inc that prevents TWA from buying shares .", "prevents", false},
		{"Halvard Corp sold its unit to Vesk Inc , which prevents Brask from buying it .", "prevents", false},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.words)
		var names [][2]int // runs of capitalised words after the first
		for k := 0; k < len(words); k++ {
			if words[k][0] < 'A' || words[k][0] > 'Z' {
				continue
			}
			e := k
			for e < len(words) && words[e][0] >= 'A' && words[e][0] <= 'Z' {
				e++
			}
			names = append(names, [2]int{k, e})
			k = e
		}
		ps := p.Parse(words, names)
		found := false
		for _, cl := range ps.Clauses {
			if ps.Words[cl.Head] != tt.head {
				continue
			}
			found = true
			if got := termsAntecedent(ps, cl); got != tt.want {
				t.Errorf("termsAntecedent(%q) = %v, want %v", tt.words, got, tt.want)
			}
		}
		if !found {
			t.Errorf("%q: no clause of %q", tt.words, tt.head)
		}
	}
}

// TestUndatedStatementIDs checks that an undated statement is one event
// within its article only: the same speaker saying something about the
// same party in two articles is two events, while a dated statement is
// the same event in any article that gives its day.
func TestUndatedStatementIDs(t *testing.T) {
	ids := func(body, published string) []string {
		h := newHand(t, body)
		h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp")
		var out []string
		for _, e := range relate(t, h, published).Events {
			if e.Type == "statement" {
				out = append(out, e.ID)
			}
		}
		return out
	}
	a := ids("Jon Berg said Halvard Corp would grow. Jon Berg said Halvard Corp must cut costs.", "2023-12-06")
	b := ids("Jon Berg said Halvard Corp had done well in the year.", "2023-12-06")
	if len(a) != 1 || len(b) != 1 {
		t.Fatalf("want one undated statement event in each article, got %d and %d", len(a), len(b))
	}
	if a[0] == b[0] {
		t.Error("two articles' undated statements by one speaker about one party share an event id")
	}
	c := ids("Jon Berg said on Monday Halvard Corp would grow.", "2023-12-06")
	d := ids("Jon Berg said on Monday Halvard Corp had done well.", "2023-12-06")
	if len(c) != 1 || len(d) != 1 || c[0] != d[0] {
		t.Errorf("a statement of one day by one speaker about one party should be one event in any article: %v %v", c, d)
	}
}

// TestNicknameInMarks: a nickname in marks inside a person's name ("C.N.
// \"Bud\" Vik") is no quotation of his. (What he says there is not read
// yet: the marks inside the name keep the claim from its speaker, a known
// miss.)
func TestNicknameInMarks(t *testing.T) {
	h := newHand(t, "Sales vice-president C.N. \"Bud\" Vik said sales rose.")
	h.unknown(graph.Person, "C.N. Vik", "", "Vik")
	res := relate(t, h, "2024-04-16")
	for _, q := range res.Quotes {
		if q.Text == "Bud" {
			t.Errorf("the nickname is read as a quotation: %+v", q)
		}
	}
}

// TestStatementPlace: a statement takes the place its sentence says it was
// made in, opening the sentence before the speaker ("In Ostby, Jon Vik
// said") or after the speech verb ("told reporters in Brekka"), not a place
// inside the claim.
func TestStatementPlace(t *testing.T) {
	h := newHand(t, "In Ostby, Finance Minister Jon Vik said exports would rise. Ola Nes told reporters in Brekka that Norland would pay. Per Berg said the talks in Ostby had failed.")
	unknownAll(h, graph.Person, "Jon Vik", "Ola Nes", "Per Berg")
	unknownAll(h, graph.City, "Ostby", "Brekka")
	unknownAll(h, graph.Country, "Norland")
	var said []graph.Event
	for _, e := range relate(t, h, "1987-03-12").Events {
		if e.Type == "statement" {
			said = append(said, e)
		}
	}
	want := []string{"statement  @ happened: Per Berg/actor", "statement  @Brekka happened: Ola Nes/actor, Norland/target", "statement  @Ostby happened: Jon Vik/actor"}
	if diff := cmp.Diff(want, eventLines(said, names(h.ents))); diff != "" {
		t.Errorf("statements mismatch (-want +got):\n%s", diff)
	}
}
