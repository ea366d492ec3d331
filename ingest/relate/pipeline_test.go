package relate

import (
	"actorgraph/ingest/goldenfile"
	"encoding/json"
	"flag"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"actorgraph/graph"
	"actorgraph/ingest/gazetteer"
	"actorgraph/ingest/ner"
	"actorgraph/ingest/reader"
	"actorgraph/ingest/resolve"
	"actorgraph/ingest/segment"
	"actorgraph/seeds"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// stages are the real pipeline stages before this one, loaded once.
type stages struct {
	tagger   *ner.Model
	resolver *resolve.Resolver
	relater  *Relater
}

var (
	stagesOnce sync.Once
	loaded     stages
	loadErr    error
)

func realStages(t testing.TB) stages {
	t.Helper()
	stagesOnce.Do(func() {
		m, err := ner.Load()
		if err != nil {
			loadErr = err
			return
		}
		g, err := gazetteer.Load()
		if err != nil {
			loadErr = err
			return
		}
		loaded = stages{tagger: m, resolver: resolve.New(g), relater: New(g)}
	})
	if loadErr != nil {
		t.Fatalf("load pipeline stages: %v", loadErr)
	}
	return loaded
}

// run extracts body through NER, resolution and Relate, and checks the
// result validates as an extraction.
func (st stages) run(t testing.TB, body, published string) (graph.Extraction, Result) {
	t.Helper()
	sents := segment.Sentences(body)
	ents := st.resolver.Resolve(body, published, sents, st.tagger.Tag(body, sents))
	res := st.relater.Relate(graph.ArticleID("", body), body, published, sents, ents)
	x := graph.Extraction{
		Article:  graph.Article{ID: graph.ArticleID("", body), Published: published},
		Body:     body,
		Entities: append([]graph.Entity{}, ents...),
		// nil-free slices, as the pipeline hands them on
		Relations: res.Relations, Events: res.Events, Quotes: res.Quotes,
	}
	if err := graph.Validate(x); err != nil {
		t.Fatalf("extraction does not validate: %v", err)
	}
	return x, res
}

// golden is what a golden file holds: the facts, readable by name; the
// lines among them known to be wrong, each with why; and the facts the
// article states that the extraction lacks, each with why. A known error is
// kept listed until it is fixed (the file then stops matching), never
// passed off as right; a known missing fact stays listed until a line
// states it, and the line is then reviewed like any other.
type golden struct {
	Relations    []string          `json:"relations"`
	Events       []string          `json:"events"`
	Quotes       []string          `json:"quotes"`
	KnownErrors  map[string]string `json:"knownErrors,omitempty"`
	KnownMissing map[string]string `json:"knownMissing,omitempty"`
}

// withKnownErrors carries the known errors of the golden file over to got,
// for the lines got still has, and its known missing facts.
func (g golden) withKnownErrors(file string) golden {
	g.KnownErrors = knownErrorsFrom(file, g.Relations, g.Events, g.Quotes)
	if b, err := os.ReadFile(file); err == nil {
		var old golden
		if json.Unmarshal(b, &old) == nil {
			g.KnownMissing = old.KnownMissing
		}
	}
	return g
}

// knownErrorsFrom reads the known errors a golden file lists and keeps
// those of lines still produced.
func knownErrorsFrom(file string, produced ...[]string) map[string]string {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil
	}
	var old struct {
		KnownErrors map[string]string `json:"knownErrors"`
	}
	if json.Unmarshal(b, &old) != nil {
		return nil
	}
	have := map[string]bool{}
	for _, lines := range produced {
		for _, l := range lines {
			have[l] = true
		}
	}
	var out map[string]string
	for line, why := range old.KnownErrors {
		if have[line] {
			if out == nil {
				out = map[string]string{}
			}
			out[line] = why
		}
	}
	return out
}

// logKnown prints what a golden file lists as wrong or missing, so that a
// passing run still says where the extraction is known to fall short.
func logKnown(t *testing.T, file string, knownErrors, knownMissing map[string]string) {
	t.Helper()
	for _, line := range slices.Sorted(maps.Keys(knownErrors)) {
		t.Logf("%s: known error: %s (%s)", file, line, knownErrors[line])
	}
	for _, line := range slices.Sorted(maps.Keys(knownMissing)) {
		t.Logf("%s: known missing: %s (%s)", file, line, knownMissing[line])
	}
}

func TestSampleArticlesGolden(t *testing.T) {
	st := realStages(t)
	articles, err := seeds.Articles()
	if err != nil || len(articles) == 0 {
		t.Fatalf("no sample articles in seeds: %v", err)
	}
	for _, a := range articles {
		f := "articles/" + a.Name
		t.Run(a.Name, func(t *testing.T) {
			docs, err := reader.Parse(f, a.Text, "text/plain")
			if err != nil || len(docs) != 1 {
				t.Fatalf("reader.Parse(%s) = %d documents, %v; want 1", f, len(docs), err)
			}
			x, res := st.run(t, docs[0].Body, docs[0].Published)
			n := names(x.Entities)
			got := golden{
				Relations: relationLines(res.Relations, n),
				Events:    eventLines(res.Events, n),
				Quotes:    quoteLines(res.Quotes, n),
			}
			file := filepath.Join("testdata", "golden", strings.TrimSuffix(path.Base(f), ".txt")+".json")
			got = got.withKnownErrors(file)
			checkGolden(t, file, got)
			logKnown(t, file, got.KnownErrors, got.KnownMissing)
		})
	}
}

// TestReferenceArticlePipeline runs the reference article through the real
// stages and checks the facts the project was started for.
func TestReferenceArticlePipeline(t *testing.T) {
	body := referenceArticle(t)
	x, res := realStages(t).run(t, body, "2019-04-24")
	n := names(x.Entities)
	rels := relationLines(res.Relations, n)
	evs := eventLines(res.Events, n)
	for _, want := range []string{
		"Vladimir Putin leaderOf Russia (President)",
		"Moon Jae-in leaderOf South Korea (President)",
		"Nicholas Eberstadt affiliatedWith American Enterprise Institute (scholar)",
	} {
		if !hasPrefix(rels, want) {
			t.Errorf("no relation %q among:\n%s", want, strings.Join(rels, "\n"))
		}
	}
	for _, want := range []string{
		"summit 2019-04-25 @Vladivostok",
		"summit 2019-02 @Hanoi failed",
		"resolution 2017",
		"visit 2019-04 @Moscow",
		"visit 2019-04-24",
	} {
		if !hasPrefix(evs, want) {
			t.Errorf("no event %q among:\n%s", want, strings.Join(evs, "\n"))
		}
	}
}

func hasPrefix(lines []string, prefix string) bool {
	for _, l := range lines {
		if strings.HasPrefix(l, prefix) {
			return true
		}
	}
	return false
}

func FuzzRelate(f *testing.F) {
	for _, s := range []string{
		"Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday.",
		"“We will not back down,” said Jane Roe, a scholar at the Lakeside Forum. “Never.”",
		"The U.N. Security Council adopted a resolution ordering the repatriation of North Korean workers.",
		"Thursday's summit in Hanoi comes eight weeks after the Singapore summit ended without progress.",
		"A high-level diplomatic source told Reuters that Seoul will send aid, according to the agency.",
		"the China-India border ” ” \" “ , a -based based in",
		"An investigation into Russia was opened by Germany, which had refused to send aid to Ukraine.",
		"France, Italy and Spain would not impose sanctions on Iran, urged by Japan to free the men.",
		"",
	} {
		f.Add(s, "2019-04-24")
	}
	f.Add("President Trump visited Japan.", "")
	st := realStages(f)
	f.Fuzz(func(t *testing.T, body, published string) {
		if len(body) > 2000 {
			return
		}
		st.run(t, body, published)
	})
}

func BenchmarkRelate(b *testing.B) {
	st := realStages(b)
	data, err := fs.ReadFile(seeds.FS, "articles/001_g20_osaka_trade_truce.txt")
	if err != nil {
		b.Fatal(err)
	}
	docs, err := reader.Parse("001.txt", data, "text/plain")
	if err != nil {
		b.Fatal(err)
	}
	body, published := docs[0].Body, docs[0].Published
	sents := segment.Sentences(body)
	ents := st.resolver.Resolve(body, published, sents, st.tagger.Tag(body, sents))
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		st.relater.Relate(graph.ArticleID("", body), body, published, sents, ents)
	}
}

// checkGolden compares got with the JSON golden file, rewriting the file
// first under -update and showing what changed, for review.
func checkGolden[T any](t *testing.T, file string, got T) {
	t.Helper()
	if *update {
		b, err := json.MarshalIndent(got, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		goldenfile.Update(t, file, append(b, '\n'))
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("read golden file (run with -update to create it): %v", err)
	}
	var want T
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatalf("golden file %s: %v", file, err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("extraction differs from %s (-want +got; run with -update if the change is intended):\n%s", file, diff)
	}
}

// TestAmericanBodiesNamed: "U.S. Senate" and "U.S. House of
// Representatives" are the chambers (one Organization each, coded to the
// United States), not the country with the chamber's word dropped; a
// later bare "Senate" is the same chamber, and another country's senate
// stays its own.
func TestAmericanBodiesNamed(t *testing.T) {
	st := realStages(t)
	x, _ := st.run(t, "The U.S. Senate voted on Tuesday. The U.S. House of Representatives met too. The Senate approved the bill.", "1987-03-02")
	got := map[string]int{}
	for _, e := range x.Entities {
		got[string(e.Type)+" "+e.Name+" "+e.Country] = len(e.Mentions)
	}
	want := map[string]int{"Organization United States Senate USA": 2, "Organization United States House of Representatives USA": 1}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entities (type name country: mentions) differ (-want +got):\n%s", diff)
	}
	x, _ = st.run(t, "The Philippine Senate met on Monday. The Senate approved the bill.", "1987-03-02")
	for _, e := range x.Entities {
		if e.Name == "United States Senate" {
			t.Errorf("another country's senate read as the U.S. Senate: %+v", e)
		}
	}
	// federal agencies by acronym, two of which are also towns' names, and
	// an acronym and the full name are one agency; the GAO's name is the
	// one it had on the article's date
	for date, gao := range map[string]string{"1987-03-02": "General Accounting Office", "2019-04-24": "Government Accountability Office"} {
		x, _ = st.run(t, "The GAO and the OMB said so. The SEC agreed. The Securities and Exchange Commission met.", date)
		got = map[string]int{}
		for _, e := range x.Entities {
			got[string(e.Type)+" "+e.Name+" "+e.Country] = len(e.Mentions)
		}
		want = map[string]int{"Organization " + gao + " USA": 1, "Organization Office of Management and Budget USA": 1, "Organization Securities and Exchange Commission USA": 2}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: entities (type name country: mentions) differ (-want +got):\n%s", date, diff)
		}
	}
	// securities houses named like people, or in one word, are firms;
	// their short forms are the same firm
	x, _ = st.run(t, "Rates rose, said analyst Jon Smith of Drexel Burnham. Citibank and Shearson Lehman Brothers agreed. Shearson said so.", "1987-03-02")
	got = map[string]int{}
	for _, e := range x.Entities {
		got[string(e.Type)+" "+e.Name+" "+e.Country] = len(e.Mentions)
	}
	want = map[string]int{"Person Jon Smith ": 1, "Organization Drexel Burnham Lambert Inc USA": 1, "Organization Citibank USA": 1, "Organization Shearson Lehman Brothers Inc USA": 2}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("firms: entities (type name country: mentions) differ (-want +got):\n%s", diff)
	}
}

// A legislator's party tag, in brackets or set off by commas, names his
// party (affiliatedWith) and his state ("(D-Kan.)", "Jim Wright, D-Tex,",
// GUIDE.md), and the party is no party of what he proposes or says.
func TestPartyTags(t *testing.T) {
	st := realStages(t)
	x, _ := st.run(t, "Rep. Dan Glickman (D-Kan.) spoke on Tuesday. The tax proposed by House Speaker Jim Wright, D-Tex, was opposed. Sen. Bob Dole, R-Kan., said the bill would pass.", "1987-03-05")
	names := map[string]bool{}
	for _, e := range x.Entities {
		names[string(e.Type)+" "+e.Name] = true
	}
	for _, want := range []string{"Region Kansas", "Region Texas", "Organization Democratic Party", "Organization Republican Party"} {
		if !names[want] {
			t.Errorf("no %s among %v", want, names)
		}
	}
	nm := entityNames(x)
	if diff := cmp.Diff([]string{"Bob Dole Republican Party", "Dan Glickman Democratic Party", "Jim Wright Democratic Party"}, relationsNamed(x, graph.RelAffiliatedWith)); diff != "" {
		t.Errorf("party members differ (-want +got):\n%s", diff)
	}
	for _, e := range x.Events {
		for _, p := range e.Participants {
			if n := nm[p.Entity]; n == "Democratic Party" || n == "Republican Party" {
				t.Errorf("the party tag is a party of %s %q", e.Type, e.Evidence.Text)
			}
		}
	}
	for _, q := range x.Quotes {
		if n := nm[q.Speaker]; n == "Democratic Party" || n == "Republican Party" {
			t.Errorf("the party tag speaks: %q", q.Text)
		}
	}
}

// The wire's longer abbreviations of states ("Kans.", "Nebr.", "Wisc.")
// name the state as the short ones do, in a party tag or after a town.
func TestLongStateAbbreviations(t *testing.T) {
	st := realStages(t)
	x, _ := st.run(t, "Sen. Robert Dole (R-Kans.) spoke. Sen. Ed Zorinsky (D-Nebr.) agreed. Acme Corp of Madison, Wisc., said so.", "1987-03-05")
	names := map[string]bool{}
	for _, e := range x.Entities {
		names[string(e.Type)+" "+e.Name] = true
	}
	for _, want := range []string{"Region Kansas", "Region Nebraska", "Region Wisconsin"} {
		if !names[want] {
			t.Errorf("no %s among %v", want, names)
		}
	}
}

// "Secretary of Commerce X", "Undersecretary of Commerce X": the
// department after "of" is an Organization mention and X its official
// (GUIDE.md, as for "Commerce Secretary X"); "Secretary of State X" serves
// the state.
func TestSecretaryOfPortfolio(t *testing.T) {
	st := realStages(t)
	x, _ := st.run(t, "Secretary of Commerce Malcolm Baldrige spoke. Undersecretary of Commerce Bruce Smart agreed. U.S. Secretary of State George Shultz disagreed.", "1987-03-05")
	want := []string{"Bruce Smart United States Department of Commerce", "George Shultz United States", "Malcolm Baldrige United States Department of Commerce"}
	if diff := cmp.Diff(want, relationsNamed(x, graph.RelOfficialOf)); diff != "" {
		t.Errorf("officials differ (-want +got):\n%s", diff)
	}
}

// A hyphenated word that names two states or a state and a people ("the
// U.S.-Japanese agreement", "Soviet-Afghan talks") names both, before an
// accord's noun too, and both are the sides of the talk or accord it
// modifies.
func TestHyphenatedPairs(t *testing.T) {
	st := realStages(t)
	x, _ := st.run(t, "The EC filed a complaint against the U.S.-Japanese agreement on chips. Soviet-Afghan talks resumed in Kabul on Monday.", "1987-03-02")
	n := entityNames(x)
	var names []string
	for _, e := range x.Entities {
		names = append(names, e.Name)
	}
	for _, want := range []string{"United States", "Japan", "Soviet Union", "Afghanistan"} {
		if !slices.Contains(names, want) {
			t.Errorf("%s not found among %v", want, names)
		}
	}
	got := eventLines(hard(x.Events), n)
	if !slices.Contains(got, "talks 1987-03-02 @Kabul happened: Soviet Union/participant, Afghanistan/participant") {
		t.Errorf("the talks of both sides not read: %v", got)
	}
}

// Who will have talks takes part in them, and a weekday of the clause
// before "and will" is behind the article's date (a sentence of the
// development corpus, Reuters 1987).
func TestTalksHadAfterArrival(t *testing.T) {
	st := realStages(t)
	got := st.eventsOf(t, "World Bank President Barber Conable arrived in Jakarta on Saturday and will have talks with Suharto tomorrow.", "1987-03-23")
	want := []string{
		"talks 1987-03-24 @ planned: Barber Conable/participant, Suharto/participant",
		"visit 1987-03-21 @Jakarta happened: Barber Conable/actor",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

// Aid given to no one and nowhere named is no aid event: a central bank's
// help to the money market, as the development corpus reports it daily.
func TestAidToNoOne(t *testing.T) {
	st := realStages(t)
	got := st.eventsOf(t, "The Bank of England said it provided the money market with assistance worth 215 mln stg. Britain will lend Kenya 20 mln stg.", "1987-03-02")
	want := []string{"aid  @ planned: United Kingdom/actor, Kenya/target"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

// Raising things is no cooperation: the dictionary's own code of its verbs
// of raising (060) needs a relation raised (a development-corpus sentence).
func TestRaisingIsNoCooperation(t *testing.T) {
	st := realStages(t)
	got := st.eventsOf(t, "Japanese, British and U.S. securities houses have been expanding inventories of gilts to meet demand from investors.", "1987-03-02")
	for _, l := range got {
		if strings.HasPrefix(l, "cooperation") {
			t.Errorf("inventories expanded read as cooperation: %s", l)
		}
	}
}

// A trip that frames a clause of the future is still to come (a
// development-corpus sentence).
func TestTripOfAPlan(t *testing.T) {
	st := realStages(t)
	got := st.eventsOf(t, "President Reagan will visit Rome and West Berlin during a trip to Europe in June to attend the Venice summit meeting of the major industrialized countries, the White House said.", "1987-03-02")
	for _, l := range got {
		if strings.HasPrefix(l, "visit") && !strings.Contains(l, " planned:") {
			t.Errorf("a visit still to come read as done: %s", l)
		}
	}
}

// A modal before another verb is that verb's: "warned X that any
// interference would meet a strong response" is a threat made, on the
// Sunday before the article (a development-corpus sentence).
func TestModalOfAnotherVerb(t *testing.T) {
	st := realStages(t)
	got := st.eventsOf(t, "Iran on Sunday denied as baseless reports that it intended to threaten shipping in the gulf and warned the United States that any interference in the region would meet a strong response from Tehran, Tehran Radio said.", "1987-03-02")
	if !slices.Contains(got, "threat 1987-03-01 @ happened: Iran/actor, United States/target per Tehran Radio") {
		t.Errorf("the threat made on Sunday not read: %v", got)
	}
	// the plan was proposed; only the rejection would come
	got = st.eventsOf(t, "Japan said it would reject the plan proposed by the United States.", "1987-03-02")
	want := []string{"proposal  @ happened: United States/actor per Japan", "reject  @ planned: Japan/actor, United States/target"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

// A summit or meeting one pushes the idea of, or seeks, is put to its
// other side: a proposal (a development-corpus sentence).
func TestSummitSought(t *testing.T) {
	st := realStages(t)
	got := st.eventsOf(t, "Representative William Gray has been pushing the idea of a budget summit with President Reagan.", "1987-03-02")
	if !slices.ContainsFunc(got, func(l string) bool {
		return strings.HasPrefix(l, "proposal  @ happened: William Gray/actor, Ronald Reagan/target")
	}) {
		t.Errorf("the summit put to Reagan not read as Gray's proposal: %v", got)
	}
	for _, l := range got {
		if strings.HasPrefix(l, "summit") || strings.HasPrefix(l, "meeting") {
			t.Errorf("a summit only proposed read as held: %s", l)
		}
	}
}

// A body chaired or headed by a person, a body under its chairman, a firm
// and its chairman, a state's delegate, a person from a firm: offices and
// affiliations stated around two names (sentences like the development
// corpus's, read by the real pipeline).
func TestLinkedOffices(t *testing.T) {
	st := realStages(t)
	x, _ := st.run(t, "The House Energy and Commerce Committee, chaired by Rep. John Dingell, will hold hearings. The Federal Reserve under Chairman Paul Volcker raised rates. Trans World Airlines and its chairman, Carl Icahn, bought shares. Japan's delegate, Minoru Endo, spoke. Roy Gallant, from Accu Weather Services, forecast rain.", "1987-03-02")
	n := entityNames(x)
	got := relationPairs(x.Relations, n)
	for _, want := range []string{"John Dingell leaderOf House Energy and Commerce Committee", "Paul Volcker leaderOf Federal Reserve",
		"Carl Icahn leaderOf Trans World Airlines", "Minoru Endo officialOf Japan", "Roy Gallant affiliatedWith Accu Weather Services"} {
		if !slices.Contains(got, want) {
			t.Errorf("%s not read: %v", want, got)
		}
	}
}

// A body that says "its <title>, <person>" states its own officer; a
// body named inside the speaker's relative clause is not the one (forms of
// the development corpus, names invented).
func TestSaidItsOffices(t *testing.T) {
	st := realStages(t)
	x, _ := st.run(t, "Norvale Mills Inc, which holds a 9.8 pct stake in Brant Engineering Corp, said its chairman and chief executive officer, Walter Hemsley, has resigned. Japan said its ambassador Akira Nomura met officials. Tarlton Corp said its treasurer, Ellen Rusk, sold shares.", "1987-03-02")
	n := entityNames(x)
	got := relationPairs(x.Relations, n)
	for _, want := range []string{"Walter Hemsley leaderOf Norvale Mills Inc", "Akira Nomura officialOf Japan", "Ellen Rusk officialOf Tarlton Corp"} {
		if !slices.Contains(got, want) {
			t.Errorf("%s not read: %v", want, got)
		}
	}
	if slices.Contains(got, "Walter Hemsley leaderOf Brant Engineering Corp") {
		t.Errorf("the office went to the body in the relative clause: %v", got)
	}
}

// The failure of a body named with its acronym in brackets to reach
// agreement: the agreement failed (a sentence like the development
// corpus's, names invented).
func TestFailureAcrossAcronym(t *testing.T) {
	st := realStages(t)
	var got []string
	for _, l := range st.eventsOf(t, "The failure of the Norland Coffee Organization (NCO) to reach agreement on export quotas hit prices.", "1987-03-02") {
		if strings.HasPrefix(l, "agreement") {
			got = append(got, l)
		}
	}
	if len(got) != 1 || !strings.Contains(got[0], " failed: ") {
		t.Errorf("agreements %q, want one that failed", got)
	}
}

// A body "is headed by" a person described by lower-case nouns: he leads
// it, and the clause is no role written before a name (names invented).
func TestHeadedByDescribedPerson(t *testing.T) {
	st := realStages(t)
	x, _ := st.run(t, "The Halden Privatisation Trust is headed by banker and businessman Per Lundvik.", "1987-03-20")
	got := relationPairs(x.Relations, entityNames(x))
	if !slices.Equal(got, []string{"Per Lundvik leaderOf Halden Privatisation Trust"}) {
		t.Errorf("relations %v, want only Per Lundvik leaderOf Halden Privatisation Trust", got)
	}
}

// A titled leader the dictionaries know holds his office in the state whose
// capital the sentence names, when the article names the state; the
// capital of another state gives nothing (sentences like the development
// corpus's; the offices are the dictionaries').
func TestOfficeByCapital(t *testing.T) {
	st := realStages(t)
	x, _ := st.run(t, "Canada and the United States will discuss acid rain. The envoy will meet Prime Minister Brian Mulroney in Ottawa on April 5. Later, President Ronald Reagan will fly to Tokyo.", "1987-03-20")
	got := relationPairs(x.Relations, entityNames(x))
	if !slices.Contains(got, "Brian Mulroney leaderOf Canada") {
		t.Errorf("the capital's state not read as the office's: %v", got)
	}
	if slices.Contains(got, "Ronald Reagan leaderOf United States") {
		t.Errorf("another state's capital gave an office: %v", got)
	}
}

// A firm described as a joint venture between or of named firms is an
// agreement of those sides that stands: neither dated nor planned by the
// rest of the sentence, and the venture itself no side (forms of the
// development corpus, names invented).
func TestVentureOfSides(t *testing.T) {
	st := realStages(t)
	var got []string
	for _, l := range st.eventsOf(t, "Norvale Petroleum Corp, a joint venture between Halvard Oil Corp <HLV> and Brant Energy Inc <BRT>, said it raised prices effective today. Tarlton Communications Co, a joint venture of Kesk Telephone Corp <KTC> and Vardo Cable Inc <VCI>, said it will start service on April two.", "1987-03-02") {
		if strings.HasPrefix(l, "agreement") {
			got = append(got, l)
		}
	}
	want := []string{"agreement  @ happened: Halvard Oil Corp/participant, Brant Energy Inc/participant",
		"agreement  @ happened: Kesk Telephone Corp/participant, Vardo Cable Inc/participant"}
	if !slices.Equal(got, want) {
		t.Errorf("agreements %q, want %q", got, want)
	}
}

// A titled foreigner "in <city> for talks" visits the city's state; one
// at home visits no one (sentences like the development corpus's).
func TestVisitInApposition(t *testing.T) {
	st := realStages(t)
	var visits []string
	for _, l := range st.eventsOf(t, "Belgian Trade Minister Herman De Croo, in Washington for talks with U.S. officials, said the tax was fair. Japanese Trade Minister Hajime Tamura, in Tokyo for talks, said so.", "1987-03-02") {
		if strings.HasPrefix(l, "visit") {
			visits = append(visits, l)
		}
	}
	if want := []string{"visit  @Washington D.C. happened: Herman De Croo/actor, United States/target"}; !slices.Equal(visits, want) {
		t.Errorf("visits %v, want %v", visits, want)
	}
}

// eventsOf runs the real pipeline on body and renders its events other
// than statements by name (eventLines).
func (st stages) eventsOf(t *testing.T, body, published string) []string {
	t.Helper()
	x, _ := st.run(t, body, published)
	return eventLines(hard(x.Events), entityNames(x))
}

// relationPairs renders relations as "subject predicate object" by name,
// without relationLines' role and attribution: the pipeline tests ask only
// who is related to whom.
func relationPairs(rels []graph.Relation, n map[string]string) []string {
	var out []string
	for _, r := range rels {
		out = append(out, n[r.Subject]+" "+r.Predicate+" "+n[r.Object])
	}
	return out
}

// entityNames are the names of an extraction's entities by ID.
// relationsNamed lists x's relations of predicate as "subject object"
// by the entities' names, sorted.
func relationsNamed(x graph.Extraction, predicate string) []string {
	nm := entityNames(x)
	var rels []string
	for _, r := range x.Relations {
		if r.Predicate == predicate {
			rels = append(rels, nm[r.Subject]+" "+nm[r.Object])
		}
	}
	slices.Sort(rels)
	return rels
}

func entityNames(x graph.Extraction) map[string]string {
	n := map[string]string{}
	for _, e := range x.Entities {
		n[e.ID] = e.Name
	}
	return n
}

// The party's letter in a legislator's bracket, "(D-Vt.)", makes him a
// member of the party, and he stays the subject and speaker before it
// (sentences like the development corpus's).
func TestPartyBracket(t *testing.T) {
	st := realStages(t)
	x, _ := st.run(t, "Senate Agriculture Committee Chairman Patrick Leahy (D-Vt.) slammed the plan. Rep. Edward Madigan (R-Ill) agreed. Dan Rostenkowski (D-Ill.) said Congress would act.", "1987-03-02")
	n := entityNames(x)
	got := relationPairs(x.Relations, n)
	for _, want := range []string{"Patrick Leahy affiliatedWith Democratic Party", "Edward Madigan affiliatedWith Republican Party", "Dan Rostenkowski affiliatedWith Democratic Party"} {
		if !slices.Contains(got, want) {
			t.Errorf("%s not read: %v", want, got)
		}
	}
	if len(x.Quotes) != 1 || n[x.Quotes[0].Speaker] != "Dan Rostenkowski" {
		t.Errorf("the legislator's claim not his: %+v", x.Quotes)
	}
}

// A territory is no state, and its name a Region's, but its government
// speaks, signs and appoints as a state's does (sentences written for the
// test, of the kinds the development corpus reports from Hong Kong).
func TestTerritoryActsAsAState(t *testing.T) {
	st := realStages(t)
	x, _ := st.run(t, "Hong Kong said it would sign a trade agreement with China. Hong Kong's Attorney General Michael Thomas said he would not appeal.", "1987-03-02")
	n := entityNames(x)
	for _, e := range x.Entities {
		if e.Name == "Hong Kong" && e.Type != graph.Region {
			t.Errorf("Hong Kong in 1987 typed %s, want Region", e.Type)
		}
	}
	if got := eventLines(hard(x.Events), n); !slices.Contains(got, "agreement  @ planned: Hong Kong/participant, China/participant") {
		t.Errorf("the territory's agreement not read: %v", got)
	}
	if got := relationPairs(x.Relations, n); !slices.Contains(got, "Michael Thomas officialOf Hong Kong") {
		t.Errorf("the territory's official not read: %v", got)
	}
	if len(x.Quotes) == 0 || n[x.Quotes[0].Speaker] != "Hong Kong" {
		t.Errorf("the territory's claim not its own: %+v", x.Quotes)
	}
}

// A title set off by commas before a name, or qualified ("revolutionary
// leader"), serves the state named before it; an unnamed central bank's
// head is the state's official, not its leader; a title set off with no
// state names none (sentences written for the test).
func TestTitlesBeforeTheName(t *testing.T) {
	st := realStages(t)
	x, _ := st.run(t, "Brazil's central bank governor Ana Lima said rates would fall. Iran's revolutionary leader, Ali Rezai, warned the army. The leader, Omar Sayed, spoke.", "1987-03-02")
	got := relationPairs(x.Relations, entityNames(x))
	want := []string{"Ana Lima officialOf Brazil", "Ali Rezai leaderOf Iran"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
}

// eventForms are forms of events read on sentences written for them or
// taken from the development corpus: what each sentence states.
var eventForms = []struct {
	name, why, body, published string
	want                       []string
}{
	{"Conferences",
		"A conference of an intergovernmental body is its meeting; one a firm, a school or a magazine holds, and a news conference, are none, and a news conference lends no date (sentences written for the test, of the kinds the development corpus has).",
		"OPEC's conference in Vienna ended on Monday. Jon Vik told a Brekka Bank conference that rates would rise. Jon Vik announced sanctions on Libya at a news conference in Oslo yesterday. A GCC summit conference will be held in Riyadh.", "1987-03-05",
		[]string{
			"meeting 1987-03-02 @Vienna happened: Organization of the Petroleum Exporting Countries/participant",
			"sanctions 1987-03-04 @Oslo happened: Jon Vik/actor, Libya/target",
			"summit  @Riyadh planned: Gulf Cooperation Council/participant",
		}},
	{"JointWork",
		"Work done together is cooperation (061), between firms too: \"jointly\", \"together\" by the verb, \"in conjunction with\"; owning together is none, and a verb the dictionary codes keeps its code (sentences written for the test).",
		"Ostmark Corp and Halvard Corp jointly developed a chip. Brekka AG will expand in Europe in conjunction with Lund AG. Tarvo AG and Vesk AG together own the bank. Norway and Sweden have jointly proposed new rules to Denmark.", "1987-03-02",
		[]string{
			"cooperation  @ happened: Ostmark Corp/participant, Halvard Corp/participant",
			"cooperation  @Europe planned: Brekka AG/participant, Lund AG/participant",
			"proposal  @ happened: Norway/actor, Sweden/actor, Denmark/target",
		}},
	{"CalledIsNaming",
		"\"call\" that names or judges is no telephone call (the dictionary's bare 041): a unit called X, what he called, called a policy unfair; telephoning and phoning are (sentences written for the test, of kinds the development corpus has).",
		"Ostmark Corp said it is forming a new U.S. unit called Brekka Systems. Jon Vik listed what he called the strengths of the Norwegian economy. Jon Vik called Norway's trade policy very unfair. The Federal Reserve telephoned several banks in London. Halvard AG has phoned Sweden's central bank.", "1987-03-02",
		[]string{
			"meeting  @ happened: Halvard AG/participant, Sweden/participant",
			"meeting  @London happened: Federal Reserve/participant",
		}},
	{"MeetingRules",
		"Meeting rules or standards is no meeting even when a name modifies them; meeting a minister named after his title is one, with a coordinated object too (sentences written for the test, of kinds the development corpus has).",
		"Ostmark Corp acknowledged that more papers were required to meet Transportation Department rules. Brekka AG plans to meet EEC safety standards. Jon Vik met Swedish energy and trade minister Lars Berg on Tuesday.", "1987-03-05",
		[]string{"meeting 1987-03-03 @ happened: Jon Vik/participant, Lars Berg/participant"}},
	{"RejectionNoun",
		"\"X's rejection of\" and \"the rejection of ... by X\" are X's rejection; a rejection no one named makes, one urged on others, and \"not a rejection\" are none (sentences written for the test, of kinds the development corpus has).",
		"Ostmark Corp filed again after the Department of Transportation's rejection last week of an incomplete application. The company said the rejection of the Oslo package by union locals closed the plant in Norway. Jon Vik's bill is not a rejection of the Danish plan, Sweden said.", "1987-03-05",
		[]string{"reject 1987-02 @ happened: United States Department of Transportation/actor"}},
	{"GuaranteedDebt",
		"A debt guaranteed by a named party is its aid (a guarantee, GUIDE.md) to the issuer the article opens with; one to come is intended aid (033, planned); a price guaranteed by law, and a guarantee denied, are none (sentences written for the test, of the kind the development corpus's bond reports have).",
		"Brekka Funding Inc is issuing a 100 mln dlr bond in Luxembourg. The non-callable bond is guaranteed by Ostmark Bank and is available in denominations of 5,000 dlrs. The notes will be guaranteed by Norway and listed in Luxembourg. The price is guaranteed by law in Sweden. Halvard AG said the loan was not guaranteed by Sweden.", "1987-03-05",
		[]string{"aid  @ happened: Ostmark Bank/actor, Brekka Funding Inc/target", "aid  @ planned: Norway/actor, Brekka Funding Inc/target"}},
	{"OwnSupportPledged",
		"The owner of the support a giver pledges is the giver's side, no target; the party it helps is (a sentence of the kind the development corpus has, names changed).",
		"World Bank president Jon Vik pledged the Bank's support to help Norway adjust to lower oil prices. Sweden offered its support to Denmark.", "1987-03-05",
		[]string{"aid  @ happened: Jon Vik/actor, Norway/target", "intent  @ happened: Sweden/actor, Denmark/target"}},
	{"UnderTheAuspices",
		"The body under whose auspices a meeting or talks are held takes part in them, not in another event the sentence names after (sentences written for the test, of the kind the development corpus has).",
		"Delegates of 26 states ended a trade meeting in Lima today. The meeting was held under the auspices of the Ostland Economic System and the World Bank, ahead of July's conference in Geneva of the United Nations.", "1987-03-05",
		[]string{"meeting  @ happened: Ostland Economic System/participant, World Bank/participant", "meeting 1987-07 @Geneva planned: United Nations/participant"}},
	{"ProposalPut",
		"A proposal, a plan or an offer presented, sent or forwarded to a party is a proposal (036, GUIDE.md), not a request (the dictionary's PRESENT &PROPOSAL, 020) (sentences written for the test, of kinds the development corpus has).",
		"Norway presented a proposal to the World Bank. Jon Vik has sent Congress proposals to streamline export controls. Brekka AG forwarded a formal offer to Sweden.", "1987-03-05",
		[]string{"proposal  @ happened: Brekka AG/actor, Sweden/target", "proposal  @ happened: Jon Vik/actor, United States Congress/target", "proposal  @ happened: Norway/actor, World Bank/target"}},
	{"ParticipleApposition",
		"A participle's subject described after a name and a comma is that name: \"X, an investor group bidding for Y,\"; a relative clause's description is not read so (sentences written for the test, of kinds the development corpus has).",
		"Vesk Corp, an investor group bidding for Ostmark Corp, said it would raise its price. Jon Vik, a former adviser who resigned over the Norway arms affair, spoke in Oslo today.", "1987-03-05",
		[]string{"proposal  @ happened: Vesk Corp/actor, Ostmark Corp/target"}},
	{"OfferForShares",
		"An offer to pay a firm's holders, or for its stock, is a proposal to that firm; the bidder's own stock paid is not its target (sentences written for the test, of the kind the development corpus has).",
		"Analysts called Halvard AG's offer to pay four dlrs a share of Halvard AG stock to Ostmark Corp holders a good price. Vesk Corp's offer of 20 dlrs for Lund Bank stock was low.", "1987-03-05",
		[]string{"proposal  @ happened: Halvard AG/actor, Ostmark Corp/target", "proposal  @ happened: Vesk Corp/actor, Lund Bank/target"}},
	{"HoldingTalks",
		"Who is holding talks takes part in them, as who held them does, also with an unnamed other side (GUIDE.md: talks with one named party are that party's alone; a sentence of the kind the development corpus has).",
		"Ostmark Corp is holding talks with two potential buyers.", "1987-03-02",
		[]string{"talks  @ happened: Ostmark Corp/participant"}},
	{"OppositionTo",
		"\"X's opposition to\" a plan is X's rejection; \"the opposition\" party is none (sentences written for the test).",
		"Britain's opposition to the tax was clear. The opposition Social Democrats won in Norway.", "1987-03-02",
		[]string{"reject  @ happened: United Kingdom/actor"}},
	{"EconomicHarmIsNoForce",
		"Harm or attack in a market's or an argument's sense is no force: imports that injure producers, a deficit attacked, controls that hurt imports; an attack on troops still is (sentences written for the test, of kinds the development corpus has).",
		"The tribunal ruled that imports of corn from Norway are injuring Swedish producers. Congress wants to attack the trade deficit. China's controls on currency hurt its imports of Taiwanese goods. Iraq attacked Iranian troops near Basra.", "1987-03-02",
		[]string{"militaryAction  @Basra happened: Iraq/actor, Iran/target"}},
	{"DutyIsSanctions",
		"A duty put on another state's goods is sanctions (163), as punitive tariffs are, not coercion (a development-corpus sentence).",
		"Canada recently imposed a permanent duty of 85 cents per bushel on U.S. corn imports.", "1987-03-02",
		[]string{"sanctions  @ happened: Canada/actor, United States/target"}},
	{"AppealsThatAreNone",
		"Appealing a ruling asks a court again and recommending a stock is advice to investors: neither is an appeal to a party (GUIDE.md); an appeal to a state still is (sentences written for the test).",
		"Merrill Lynch recommended Ostmark Corp stock to its clients. Ostmark Corp said it would appeal the decision of the Commerce Department. Norway appealed to Sweden to stop the fishing.", "1987-03-02",
		[]string{"appeal  @ happened: Norway/actor, Sweden/target"}},
}

func TestEventForms(t *testing.T) {
	st := realStages(t)
	for _, tc := range eventForms {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, st.eventsOf(t, tc.body, tc.published)); diff != "" {
				t.Errorf("%s\nevents (-want +got):\n%s", tc.why, diff)
			}
		})
	}
}

// A description after a name that the resolver reads as the person himself
// ("Helmut Kohl, the West German chancellor,": the known holder of that
// office) still states his office: the state's name inside it is read as
// the state (an invented sentence with a real office holder).
func TestDescriptionOfKnownHolder(t *testing.T) {
	st := realStages(t)
	x, _ := st.run(t, "Helmut Kohl, the West German chancellor, said prices rose.", "1987-03-12")
	n := entityNames(x)
	got := relationPairs(x.Relations, n)
	if !slices.Contains(got, "Helmut Kohl leaderOf West Germany") {
		t.Errorf("the office in the description is not read: %v", got)
	}
}

// A failure in a clause of reason is the reason's, not the event's: the
// refusal happened (an invented sentence with real names, of a form of
// the development corpus).
func TestFailureInReason(t *testing.T) {
	st := realStages(t)
	x, _ := st.run(t, "The Transportation Department on Friday rejected TWA's application to acquire Ozark on the grounds that the application failed to meet its rules.", "1987-03-12")
	found := false
	for _, ev := range x.Events {
		if ev.Type == "reject" {
			found = true
			if ev.Status != "happened" {
				t.Errorf("the refusal is %q, want happened", ev.Status)
			}
		}
	}
	if !found {
		t.Errorf("no refusal read: %+v", x.Events)
	}
}
