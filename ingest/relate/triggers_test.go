package relate

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"actorgraph/graph"
	"actorgraph/seeds"
)

// triggerSentences exercise, on sentences written for them, the trigger
// words that no other test read (the reference article aside). Each want is
// what the sentence states; where the rules read something else, known
// says why, and the test prints it instead of passing it off as right.
var triggerSentences = []struct {
	body  string
	want  []string
	known string
}{
	// pressing or pushing for something is a demand
	{body: "Norland always presses for lower spreads. Vardo now pushes for reforms.",
		want: []string{"demand  @ happened: Norland/actor", "demand  @ happened: Vardo/actor"}},
	// "strike" in a sense of its own is no walk-out and no blow
	{body: "Halvard Corp said Norland's budget must strike a balance between tax cuts and borrowing. " +
		"Vardo applied to strike out the action brought by Brask Inc. It makes sense for Kolby Inc to strike before the offering.", want: nil},
	{body: "Norland and Vardo held two summits in Ostby last year.",
		want: []string{"summit 2023 @Ostby happened: Norland/participant, Vardo/participant"}},
	// a conference is a meeting only of an intergovernmental body
	// (TestConferences, with the real gazetteer); here no party has a code
	{body: "Halvard Bank held two conferences for Vardo firms in Ostby last year.", want: nil},
	// so is a session (TestAuditEventRules, with OPEC)
	{body: "Halvard Bank held two sessions for Vardo firms in Ostby last year.", want: nil},
	{body: "Norland and Vardo held summit talks in Ostby last year.",
		want: []string{"summit 2023 @Ostby happened: Norland/participant, Vardo/participant"}},
	{body: "Vardo will get 50 mln dlrs as grants from Norland this year.",
		want: []string{"aid 2024 @ planned: Norland/actor, Vardo/target"}},
	{body: "Norland approved a grant to Vardo on Monday.",
		want: []string{"aid 2024-03-04 @ happened: Norland/actor, Vardo/target"}},
	{body: "Norland's lending to Vardo rose last year. Bank lending rose two pct.",
		want: []string{"aid 2023 @ happened: Norland/actor, Vardo/target"}},
	{body: "Norland's tax credits for Halvard rose last year. Norland granted new credits to Vardo on Monday.",
		want: []string{"aid 2024-03-04 @ happened: Norland/actor, Vardo/target"}},
	{body: "Norland presses Vardo to cut its tariffs. Norland presses ahead with its plan.",
		want: []string{"appeal  @ happened: Norland/actor, Vardo/target"}},
	// (a visit in the simple present with a weekday is one scheduled: next
	// Tuesday, in an article of Wednesday 6 March)
	{body: "Ada Berg visits Vardo on Tuesday.",
		want: []string{"visit 2024-03-12 @Vardo planned: Ada Berg/actor, Vardo/target"}},
	{body: "Ada Berg is visiting Vardo this week.",
		want: []string{"visit 2024-03 @Vardo happened: Ada Berg/actor, Vardo/target"}},
	{body: "Ada Berg's arrival in Vardo on Monday drew crowds.",
		want: []string{"visit 2024-03-04 @Vardo happened: Ada Berg/actor, Vardo/target"}},
	{body: "Ada Berg toured Vardo on Monday.",
		want: []string{"visit 2024-03-04 @Vardo happened: Ada Berg/actor, Vardo/target"}},
	{body: "Norland negotiated with Vardo on Monday.",
		want: []string{"talks 2024-03-04 @ happened: Norland/participant, Vardo/participant"}},
	{body: "Norland appealed to Vardo on Monday to end the dispute.",
		want: []string{"appeal 2024-03-04 @ happened: Norland/actor, Vardo/target"}},
	{body: "Norland urges Vardo to end the dispute.",
		want: []string{"appeal  @ happened: Norland/actor, Vardo/target"}},
	{body: "Norland is urging Vardo to end the dispute.",
		want: []string{"appeal  @ happened: Norland/actor, Vardo/target"}},
	{body: "Norland calls on Vardo to end the dispute.",
		want: []string{"appeal  @ happened: Norland/actor, Vardo/target"}},
	{body: "Norland called for an end to the dispute on Monday.",
		want: []string{"appeal 2024-03-04 @ happened: Norland/actor"}},
	{body: "Norland calls for an end to the dispute.",
		want: []string{"appeal  @ happened: Norland/actor"}},
	{body: "Ostria backed a call by Vardo for lower tariffs.",
		want: []string{"appeal  @ happened: Vardo/actor"}},
	{body: "Ostria heeded calls by Vardo for lower tariffs.",
		want: []string{"appeal  @ happened: Vardo/actor"}},
	{body: "Ostria backed a call from Vardo for lower tariffs.",
		want: []string{"appeal  @ happened: Vardo/actor"}},
	{body: "Ostria heeded calls from Vardo for lower tariffs.",
		want: []string{"appeal  @ happened: Vardo/actor"}},
	{body: "Vardo asked for a 90-day extension on Monday.",
		want: []string{"appeal 2024-03-04 @ happened: Vardo/actor"}},
	{body: "Vardo asks for more time.",
		want: []string{"appeal  @ happened: Vardo/actor"}},
	{body: "Norland turned down Vardo's request on Monday.",
		want: []string{"reject 2024-03-04 @ happened: Norland/actor, Vardo/target"}},
	{body: "Norland turns down the request.",
		want: []string{"reject  @ happened: Norland/actor"}},
	// the terms a text lays down, a noun and a bond's call are no appeal
	{body: "The plan calls for Norland to cut output. Norland would resist calls for a tax increase. Vardo called for redemption of its preferred stock. Norland backed a plan by Vardo that called for lower tariffs.",
		want: nil},
	{body: "Norland sanctioned Vardo on Monday.",
		want: []string{"sanctions 2024-03-04 @ happened: Norland/actor, Vardo/target"}},
	{body: "Norland imposed embargoes on Vardo on Monday.",
		want: []string{"sanctions 2024-03-04 @ happened: Norland/actor, Vardo/target"}},
	{body: "Norland announced a boycott of Vardo on Monday.",
		want: []string{"sanctions 2024-03-04 @ happened: Norland/actor, Vardo/target"}},
	{body: "Norland lifted its embargoes on Vardo on Monday.",
		want: []string{"yield 2024-03-04 @ happened: Norland/actor, Vardo/target"}},
	{body: "Norland repatriated Vardo's workers on Monday.",
		want: []string{"repatriation 2024-03-04 @ happened: Norland/actor, Vardo/target"}},
	{body: "Norland will repatriate Vardo's workers.",
		want: []string{"repatriation  @ planned: Norland/actor, Vardo/target"}},
	{body: "Norland is repatriating Vardo's workers.",
		want: []string{"repatriation  @ happened: Norland/actor, Vardo/target"}},
	{body: "Norland deported Vardo's diplomats on Monday.",
		want: []string{"repatriation 2024-03-04 @ happened: Norland/actor, Vardo/target"}},
	{body: "Norland proposes a rail link with Vardo.",
		want: []string{"proposal  @ happened: Norland/actor, Vardo/target"}},
	{body: "Norland proposes a summit with Vardo.",
		want: []string{"proposal  @ happened: Norland/actor, Vardo/target"}},
	{body: "Norland and Vardo proposed a railroad link.",
		want: []string{"proposal  @ happened: Norland/actor, Vardo/actor"}},
	{body: "Norland announced a link-up with Vardo on Monday.",
		want: []string{"agreement 2024-03-04 @ happened: Vardo/participant, Norland/participant"}},
	{body: "Norland and Vardo signed two treaties on Monday.",
		want: []string{"agreement 2024-03-04 @ happened: Norland/participant, Vardo/participant"}},
	{body: "Norland and Vardo signed new accords on Monday.",
		want: []string{"agreement 2024-03-04 @ happened: Norland/participant, Vardo/participant"}},
	{body: "Norland and Vardo signed two pacts on Monday.",
		want: []string{"agreement 2024-03-04 @ happened: Norland/participant, Vardo/participant"}},
	{body: "Norland donated grain to Vardo on Monday.",
		want: []string{"aid 2024-03-04 @ happened: Norland/actor, Vardo/target"}},
	{body: "Norland opposed Vardo's plan on Monday.",
		want: []string{"reject 2024-03-04 @ happened: Norland/actor, Vardo/target"}},
	{body: "Norland opposes Vardo's plan.",
		want: []string{"reject  @ happened: Norland/actor, Vardo/target"}},
	{body: "Norland protested to Vardo on Monday.",
		want: []string{"protest 2024-03-04 @ happened: Norland/actor, Vardo/target"}},
	{body: "Vardo is protesting Norland's tariffs.",
		want: []string{"protest  @ happened: Vardo/actor, Norland/target"}},
	{body: "Demonstrations against Norland spread in Vardo on Monday.",
		want: []string{"protest 2024-03-04 @ happened: Norland/target"}},
	{body: "Workers staged a walkout against Norland in Vardo on Monday.",
		want: []string{"protest 2024-03-04 @ happened: Norland/target"}},
	{body: "Dock workers in Vardo began a stoppage against Norland on Monday.",
		want: []string{"protest 2024-03-04 @ happened: Vardo/actor, Norland/target"}},
	{body: "Norland invaded Vardo on Monday.",
		want: []string{"militaryAction 2024-03-04 @ happened: Norland/actor, Vardo/target"}},
	{body: "A Norland airstrike hit Vardo on Monday.",
		want: []string{"militaryAction 2024-03-04 @ happened: Norland/actor, Vardo/target"}},
	{body: "Norland bombed Vardo on Monday.",
		want: []string{"militaryAction 2024-03-04 @ happened: Norland/actor, Vardo/target"}},
	{body: "Norland captured Vardo's capital on Monday.",
		want: []string{"militaryAction 2024-03-04 @ happened: Norland/actor, Vardo/target"}},
	// a present tense with a date still to come tells a plan
	{body: "Norland visits Vardo next week. Norland meets Vardo tomorrow.",
		want: []string{"meeting 2024-03-07 @ planned: Norland/participant, Vardo/participant", "visit 2024-03 @Vardo planned: Norland/actor, Vardo/target"}},
	// a deadline after "by" dates what is still to be done, not a past
	// proposal or request of it; a plan to act by a day is dated by it
	{body: "Norland has proposed ending the quotas by December 2025. Norland will sign an accord with Vardo by Friday.",
		want: []string{"agreement 2024-03-08 @ planned: Norland/participant, Vardo/participant", "proposal  @ happened: Norland/actor"}},
	// "visiting" before a title and a name: the person named visits; the
	// state before the title is the visitor's own, not the host
	{body: "The accord was signed in Ostby by the visiting Vardo Foreign Minister Ada Berg.",
		want: []string{"agreement  @ happened: Ada Berg/participant", "visit  @ happened: Ada Berg/actor"}},
	// a date after "and would" is of what is still to come, not of the
	// past act before it
	{body: "Norland asked Vardo for a loan and would repay it in May.",
		want: []string{"appeal  @ happened: Norland/actor, Vardo/target"}},
	// parts of the day of publication: "this afternoon" and "last night"
	// date it; "this evening" with a verb in the present is still to come
	{body: "Norland met Vardo this afternoon. Norland and Vardo signed an accord last night. Ada Berg, who travels to Vardo this evening, said shares fell.",
		want: []string{"agreement 2024-03-05 @ happened: Norland/participant, Vardo/participant", "meeting 2024-03-06 @ happened: Norland/participant, Vardo/participant", "statement 2024-03-06 @ happened: Ada Berg/actor", "visit 2024-03-06 @Vardo planned: Ada Berg/actor, Vardo/target"}},
	// "the threat of" a thing feared names no threat made; one's threat is,
	// and the sanctions it threatens are not imposed
	{body: "With the threat of the Vardo takeover bid gone, shares fell. Norland's threat of sanctions worried Ostby.",
		want: []string{"threat  @ happened: Norland/actor"}},
	// lending to a named party is aid, also from lenders not named; lending
	// to no one named, or only being reluctant to, is none
	{body: "Norland will lend Vardo 500 mln dlrs. Banks will lend Ostby Bank credits. Banks are reluctant to lend to Vardo. The fund lends to private firms.",
		want: []string{"aid  @ planned: Norland/actor, Vardo/target"}},
	// a bare month is the one to come for a plan, the one past for what happened
	{body: "Norland and Vardo signed an accord in May. Norland and Vardo agreed to meet in January.",
		want: []string{"agreement 2023-05 @ happened: Norland/participant, Vardo/participant", "meeting 2025-01 @ planned: Norland/participant, Vardo/participant"}},
	// "agreed" after a quotation and before a name attributes it: her
	// statement, no agreement
	{body: "\"Sales will fall in the second quarter,\" agreed Ada Berg of Ostby Bank.",
		want: []string{"statement  @ happened: Ada Berg/actor"}},
	// a proposal one rejects or welcomes is not one's own
	{body: "Ada Berg rejected the proposal. Ada Berg welcomed the proposal on Tuesday.",
		want: []string{"reject  @ happened: Ada Berg/actor"}},
	// a weapon tested is a show of force (CAMEO 15), no attack; a product tested is no event
	{body: "Norland tested a ballistic missile on Monday. The missile Vardo built was tested on Tuesday. Two Vardo cars are being tested in Ostby by Norland.",
		want: []string{"forcePosture 2024-03-04 @ happened: Norland/actor", "forcePosture 2024-03-05 @ happened: Vardo/actor"}},
}

// TestTriggerSentences runs each trigger sentence through Relate with its
// entities made by hand, as of Wednesday 2024-03-06.
func TestTriggerSentences(t *testing.T) {
	for _, tc := range triggerSentences {
		h := newHand(t, tc.body)
		for _, n := range []string{"Norland", "Vardo"} {
			if strings.Contains(tc.body, n) {
				h.unknown(graph.Country, n, "", n)
			}
		}
		if strings.Contains(tc.body, "Ada Berg") {
			h.unknown(graph.Person, "Ada Berg", "", "Ada Berg")
		}
		if strings.Contains(tc.body, "Ostby") {
			h.unknown(graph.City, "Ostby", "", "Ostby")
		}
		got := eventLines(relate(t, h, "2024-03-06").Events, names(h.ents))
		diff := cmp.Diff(tc.want, got)
		switch {
		case tc.known == "" && diff != "":
			t.Errorf("%s\n(-want +got):\n%s", tc.body, diff)
		case tc.known != "" && diff == "":
			t.Errorf("%s: read right now; drop its known error (%s)", tc.body, tc.known)
		case tc.known != "":
			t.Logf("known error: %s: %s (-want +got):\n%s", tc.body, tc.known, diff)
		}
	}
}

// TestEveryTriggerIsTested: every trigger word of the events rules occurs
// in a sentence a test of this package reads (its test files, the audit
// articles or the sample articles, never only the reference article), so a
// new trigger comes with a sentence written for it. That the sentence's
// event is checked is the test's own business.
func TestEveryTriggerIsTested(t *testing.T) {
	var texts []string
	for _, pattern := range []string{"*_test.go", filepath.Join("testdata", "audit", "*.txt")} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	articles, err := seeds.Articles()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range articles {
		texts = append(texts, string(a.Text))
	}
	all := strings.Join(texts, "\n")
	var untested []string
	for word := range triggers {
		if !regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(word) + `\b`).MatchString(all) {
			untested = append(untested, word)
		}
	}
	slices.Sort(untested)
	if len(untested) > 0 {
		t.Errorf("trigger words no test sentence uses: %q; add a sentence written for each to triggerSentences", untested)
	}
}
