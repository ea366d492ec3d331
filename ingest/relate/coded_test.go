package relate

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"actorgraph/graph"
)

// codedLines renders events as "type CAMEO status: Name/role, …", sorted.
func codedLines(evs []graph.Event, n map[string]string) []string {
	var out []string
	for _, e := range evs {
		if e.Type == "statement" {
			continue
		}
		var ps []string
		for _, p := range e.Participants {
			ps = append(ps, n[p.Entity]+"/"+p.Role)
		}
		s := fmt.Sprintf("%s %s %s: %s", e.Type, e.CAMEO, e.Status, strings.Join(ps, ", "))
		if e.Location != "" {
			s += " @" + n[e.Location]
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// TestCodedEvents runs the coding rules on sentences written for them,
// about made-up states (so that no gazetteer knowledge helps): each case
// names the rule it exercises.
func TestCodedEvents(t *testing.T) {
	parties := func(h *hand, body string) {
		if strings.Contains(body, "Jon Berg") {
			h.unknown(graph.Person, "Jon Berg", "", "Jon Berg")
		}
		if strings.Contains(body, "Vardo Trade Committee") {
			h.unknown(graph.Organization, "Vardo Trade Committee", "", "Vardo Trade Committee")
			body = strings.ReplaceAll(body, "Vardo Trade Committee", "")
		}
		if strings.Contains(body, "Lena Dahl") {
			h.unknown(graph.Person, "Lena Dahl", "", "Lena Dahl")
		}
		if strings.Contains(body, "Ostland Pact") {
			h.unknown(graph.Organization, "Ostland Pact", "", "Ostland Pact")
			body = strings.ReplaceAll(body, "Ostland Pact", "")
		}
		if strings.Contains(body, "Vardo Mills") {
			h.unknown(graph.Organization, "Vardo Mills", "", "Vardo Mills")
			body = strings.ReplaceAll(body, "Vardo Mills", "")
		}
		if strings.Contains(body, "Vardo Strait") {
			h.unknown(graph.Place, "Vardo Strait", "", "Vardo Strait")
			body = strings.ReplaceAll(body, "Vardo Strait", "")
		}
		if strings.Contains(body, "Brekka Supreme Court") {
			h.unknown(graph.Organization, "Brekka Supreme Court", "", "Brekka Supreme Court")
			body = strings.ReplaceAll(body, "Brekka Supreme Court", "")
		}
		if strings.Contains(body, "Brekka Senate") {
			h.unknown(graph.Organization, "Brekka Senate", "", "Brekka Senate")
			body = strings.ReplaceAll(body, "Brekka Senate", "")
		}
		if strings.Contains(body, "Ostmark Bank") {
			h.unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank")
			body = strings.ReplaceAll(body, "Ostmark Bank", "")
		}
		if strings.Contains(body, "Brekka City") {
			h.unknown(graph.City, "Brekka City", "", "Brekka City")
		}
		if strings.Contains(body, "Norland Tours") {
			h.unknown(graph.Organization, "Norland Tours", "", "Norland Tours")
			body = strings.ReplaceAll(body, "Norland Tours", "")
		}
		for _, n := range []string{"Norland", "Vardo", "Brekka", "Ostland"} {
			if strings.Contains(strings.ReplaceAll(body, "Brekka City", ""), n) {
				h.unknown(graph.Country, n, "", n)
			}
		}
	}
	tests := []struct {
		name, body string
		want       []string
	}{
		{"a dictionary word inside a name is not matched by the verb's patterns: expanding a firm called Tours is no visit",
			"Ostmark Bank is planning a major expansion of its Norland Tours. Jon Berg toured Vardo.",
			[]string{"visit 042 happened: Jon Berg/actor, Vardo/target @Vardo"}},
		{"an offer to acquire a firm from its seller is put to the seller, not the firm that changes hands, by noun or by verb",
			"Analysts cited Ostmark Bank's proposal to acquire Vardo Mills from Norland Tours. Norland Tours proposed to buy Ostmark Bank from Vardo Mills.",
			[]string{"proposal 036 happened: Norland Tours/actor, Vardo Mills/target", "proposal 036 happened: Ostmark Bank/actor, Norland Tours/target"}},
		{"aid approved 'to' a receiver named right after it goes to that receiver; a state modifying the aid gives it",
			"Ostmark Bank approved a 680 mln dlr Norland government aid package to Vardo Mills. Ostmark Bank approved a loan for Brekka.",
			[]string{"aid 070 happened: Ostmark Bank/actor, Norland/actor, Vardo Mills/target", "aid 071 happened: Ostmark Bank/actor, Brekka/target"}},
		{"seeking something from a party named right after 'from' asks it (020); rejecting an effort or attempt by a party turns that party down",
			"Vardo sought a waiver from Norland. Ostland will seek 50 mln dlrs from Brekka. Vardo Mills rejected an effort by Ostmark Bank to acquire the company.",
			[]string{"appeal 020 happened: Vardo/actor, Norland/target", "appeal 020 planned: Ostland/actor, Brekka/target", "reject 120 happened: Vardo Mills/actor, Ostmark Bank/target"}},
		{"a named person killed or shot dead is assassinated (186), one someone tried to kill an attempt (185); people killed in numbers stay force",
			"Norland gunmen shot dead Jon Berg in Vardo. Lena Dahl was killed by Norland agents. Ostland troops killed 20 Brekka soldiers. Brekka agents tried to kill Lena Dahl.",
			[]string{"assault 185 happened: Brekka/actor, Lena Dahl/target", "assault 186 happened: Norland/actor, Jon Berg/target", "assault 186 happened: Norland/actor, Lena Dahl/target",
				"militaryAction 190 happened: Ostland/actor, Brekka/target"}},
		{"an offer of a sum for shares or a stake in a named firm is a bid for that firm (036)",
			"Ostmark Bank has offered 3.8 billion pesos for 38 mln shares in Vardo Mills. Norland Tours offered 100 mln dlrs for a 20 pct stake in Ostmark Bank.",
			[]string{"proposal 036 happened: Norland Tours/actor, Ostmark Bank/target", "proposal 036 happened: Ostmark Bank/actor, Vardo Mills/target"}},
		{"drills or exercises held are a show of force (150) aimed at the state they are held near, around or off; held jointly, military cooperation (062)",
			"Norland held military drills near Vardo. Ostland staged naval exercises off Brekka on Monday. Norland and Ostland held joint naval drills.",
			[]string{"cooperation 062 happened: Norland/participant, Ostland/participant", "forcePosture 150 happened: Norland/actor, Vardo/target", "forcePosture 150 happened: Ostland/actor, Brekka/target"}},
		{"a message of condolence or sympathy sent is that comment (018), not a contact made (040)",
			"Norland sent a message of condolence to Vardo on Monday. Ostland conveyed a message of sympathy to Brekka.",
			[]string{"comment 018 happened: Norland/actor, Vardo/target", "comment 018 happened: Ostland/actor, Brekka/target"}},
		{"a strike or protest threatened or vowed is a threat of dissent (133), made when uttered, also where no one named threatens",
			"Sugar traders threatened to protest against Norland's policies. Workers vowed to strike against Norland Tours.",
			[]string{"threat 133 happened: Norland Tours/target", "threat 133 happened: Norland/target"}},
		{"consultations held are a meeting, of one body or with another",
			"Norland will hold consultations on the dispute next week. Vardo held bilateral consultations with Brekka on Monday.",
			[]string{"meeting 040 happened: Vardo/participant, Brekka/participant", "meeting 040 planned: Norland/participant"}},
		{"loans sold are no aid: 'the sale of loans to X', 'the loans sold to X'; loans made to X are",
			"Vardo Mills completed the sale of 54 mln dlrs in energy loans to Ostmark Bank. About half of the loans sold to Ostmark Bank came from Norland Tours. Ostland extended loans to Brekka.",
			[]string{"aid 071 happened: Ostland/actor, Brekka/target"}},
		{"demands pressed are made by who presses them, also in an infinitive of purpose after the main clause",
			"The Norland engineering union Vardo Mills will hold strikes on Friday, to press demands for a shorter week. Ostmark Bank pressed demands for higher fees.",
			[]string{"demand 100 happened: Ostmark Bank/actor", "demand 100 happened: Vardo Mills/actor", "protest 140 planned: Vardo Mills/actor"}},
		{"a loan, credit or aid package given to another is aid, whatever words modify it ('trade adjustment loan'); money given 'in aid' too; a warning given is none",
			"Norland granted Vardo a 300 mln dlr trade adjustment loan. Ostland gave Brekka an aid package. " +
				"Norland gave Brekka 50 mln dlrs in aid last year. Ostland gave Vardo a warning.",
			[]string{"aid 070 happened: Norland/actor, Brekka/target", "aid 070 happened: Norland/actor, Vardo/target", "aid 070 happened: Ostland/actor, Brekka/target"}},
		{"a pledge or promise of aid or money is aid promised; one to act, of talks or of shares as security is none",
			"Norland pledged in Ostby last month to take action to boost demand. Vardo promised further talks with Brekka in May. " +
				"Ostland pledged 50 mln dlrs in aid to Brekka. Vardo Mills pledged its Ostmark Bank shares as security.",
			// (known gap: the promised talks are read as an intent, 030, not talks planned)
			[]string{"aid 033 happened: Ostland/actor, Brekka/target", "intent 030 happened: Vardo/actor, Brekka/target"}},
		{"'its' before a deal or an offer is the body that acts before it or, failing that, the one whose claim holds it; a dividend proposal is no deal; the purchase or takeover of a named firm is an acquisition",
			"Vardo Mills said its acquisition of Ostmark Bank was completed. Norland Tours has shown through its purchase of Ostmark Bank that it can grow. " +
				"Vardo Mills said it received a letter from Norland Tours about their proposal to buy Vardo Mills. Vardo Mills will announce its dividend proposal on Friday.",
			// ("purchase of" a firm is an acquisition; known gap: the
			// buyer's target in "their proposal to buy X" is not read)
			[]string{"agreement 057 happened: Norland Tours/participant, Ostmark Bank/participant",
				"agreement 057 happened: Vardo Mills/participant, Ostmark Bank/participant", "proposal 036 happened: Norland Tours/actor"}},
		{"an 'It' opening a sentence stands for the country that opens the sentence before as its subject, not for one that modifies the subject, nor when that sentence reports speech",
			"Norland, hurt by the fall in oil prices, is a large debtor. It has also asked Brekka to cut its tariffs. " +
				"Ostland grain exports were higher this month. It has asked Vardo to buy more. " +
				"Jon Berg said Brekka would export more grain. It has asked Vardo to buy it.",
			[]string{"appeal 020 happened: Norland/actor, Brekka/target", "appeal 020 happened: Vardo/target"}},
		{"what is likely to happen is planned, also through a passive infinitive ('is likely to be signed')",
			"Negotiations between Norland and Vardo are likely to be long. A pact between Ostland and Brekka was likely to be agreed in Ostby soon.",
			[]string{"agreement 032 planned: Ostland/participant, Brekka/participant", "talks 036 planned: Norland/participant, Vardo/participant"}},
		{"a sum received from a state is aid from it, a sum from a firm or paid for goods none; a measure between a loan or contract and its giver is read past",
			"Vardo has received 40 mln dlrs from Norland in the past year. Brekka will receive loans totalling 90 mln dlrs from Ostland for new roads. " +
				"Vardo Mills received 20 mln dlrs from Ostmark Bank. Vardo received 30 mln dlrs from Norland for its wheat. Vardo Mills won a contract worth about 5 mln dlrs from Norland Tours.",
			[]string{"agreement 057 happened: Vardo Mills/participant, Norland Tours/participant", "aid 070 happened: Norland/actor, Vardo/target",
				"aid 070 planned: Ostland/actor, Brekka/target"}},
		{"introducing a product or a bill is no meeting; introducing a person is",
			"Ostmark Bank introduced a new savings account for Norland farmers. Vardo has introduced legislation to curb imports from Brekka. Norland introduced Jon Berg to the press.",
			[]string{"meeting 040 happened: Norland/participant, Jon Berg/participant"}},
		{"hoping another will act is a wish, not an appeal; wanting another to act is an appeal",
			"Norland hopes Vardo will lower its tariffs. Ostmark Bank said it hoped Brekka's exports would improve. Ostland wants Vardo to lower its tariffs.",
			[]string{"appeal 020 happened: Ostland/actor, Vardo/target"}},
		{"a pattern that is only a preposition reads travel only to a named place: handling affairs for a bank goes nowhere",
			"Jon Berg handles public relations for Ostmark Bank. Lena Dahl headed for Vardo.",
			[]string{"visit 042 happened: Lena Dahl/actor, Vardo/target @Vardo"}},
		{"charging a price is a bill and ordering counted goods a purchase; charging a party with a wrong is an accusation, ordering a party to act a demand",
			"Ostmark Bank raised the price it charges Vardo for oil. Norland ordered six new Brekka airplanes. Norland charged Vardo with breaking the treaty. Ostland ordered Brekka to pay the debt.",
			[]string{"demand 100 happened: Ostland/actor, Brekka/target", "disapproval 112 happened: Norland/actor, Vardo/target"}},
		{"a bid withdrawn and an agreement whose termination is announced failed",
			"Ostmark Bank said it is withdrawing its takeover bid for Vardo Mills. Brekka announced the termination of its agreement with Norland.",
			[]string{"agreement 057 failed: Norland/participant, Brekka/participant", "proposal 036 failed: Ostmark Bank/actor, Vardo Mills/target"}},
		{"giving or backing aid is aid by the subject; 'it' after 'said last week' is the speaker",
			"Norland gave aid to Vardo. Ostland said last week it would back a loan to Brekka.",
			[]string{"aid 033 planned: Ostland/actor, Brekka/target", "aid 070 happened: Norland/actor, Vardo/target"}},
		{"'asked the bank to …': the body named before that the noun fits is the one asked; 'the committee' is the committee named before",
			"Jon Berg owns shares of Ostmark Bank. Jon Berg asked the bank to sell its assets. The Vardo Trade Committee met Jon Berg. The committee also urged Brekka to cut tariffs.",
			[]string{"appeal 020 happened: Jon Berg/actor, Ostmark Bank/target", "appeal 020 happened: Vardo Trade Committee/actor, Brekka/target", "meeting 040 happened: Vardo Trade Committee/participant, Jon Berg/participant"}},
		{"declining to comment is CAMEO 011, by one party alone or about the party of the topic",
			"Norland declined to comment. Vardo refused all comment on the Brekka report. Ostmark Bank said it had no comment on the offer. Jon Berg would not comment on the Vardo report.",
			[]string{"comment 011 happened: Jon Berg/actor, Vardo/target", "comment 011 happened: Norland/actor", "comment 011 happened: Ostmark Bank/actor", "comment 011 happened: Vardo/actor, Brekka/target"}},
		{"refusing to indicate, name or explain is declining to comment",
			"Ostmark Bank refused to indicate whether it would reopen the mill. Vardo Mills declined to name its buyers.",
			[]string{"comment 011 happened: Ostmark Bank/actor", "comment 011 happened: Vardo Mills/actor"}},
		{"declining to do something other than comment, or only not commenting, is no 011; a party after 'but' is not the topic",
			"Norland declined to pay the debt to Vardo. Ostland did not comment. Brekka declined to comment on the report, but Jon Berg told reporters the talks were over.",
			[]string{"comment 011 happened: Brekka/actor", "reject 1211 happened: Norland/actor, Vardo/target"}},
		{"the party after 'of' of a noun of proposing, asking or helping is its actor, not its target",
			// (help one works "with", receiving nothing, is no aid: TestAuditEventRules)
			"Ostland will get the assistance of Ostmark Bank. Sparked by the proposal of Vardo Mills to buy a port, Norland voted on Monday.",
			[]string{"aid 070 planned: Ostmark Bank/actor, Ostland/target", "proposal 036 happened: Vardo Mills/actor"}},
		{"a name after 'with' before a verb is no subject: the subject is the phrase a relative or participle clause modifies",
			"Farm leaders attending a meeting with Jon Berg called on Norland to end the tax. Banks that will meet with Jon Berg declined to comment.",
			// the appeal's source is the farm leaders, whom no entity names
			[]string{"appeal 020 happened: Norland/target", "meeting 040 planned: Jon Berg/participant"}},
		{"a participle's own noun is its subject, not the subject of the participle before it",
			"Jon Berg has been in Vardo exchanging views on problems confronting the Ostland Pact.",
			nil},
		{"an agreement only named — breached, stood by, worked under — is no event",
			"Norland breached its agreement with Vardo. Brekka will operate under the accord with Ostland. Jon Berg wants a better deal from Vardo.",
			// breaching an agreement defies it (128)
			[]string{"reject 128 happened: Norland/actor, Vardo/target"}},
		{"a noun of ending or cutting ties, with the one whose ties it cuts after 'with', is aimed at that party",
			"Norland's suspension of security cooperation with Vardo was announced on Monday.",
			[]string{"reduceRelations 160 happened: Norland/actor, Vardo/target"}},
		{"blocking or defeating a bid is a rejection of its bidder, and the bid was made; a refused deal of one's own is not",
			"Norland voted to block bids from Vardo Mills for Ostmark Bank. Brekka declined to renew its agreement with Ostland.",
			[]string{"proposal 036 failed: Vardo Mills/actor, Ostmark Bank/target", "reject 120 happened: Norland/actor, Vardo Mills/target"}},
		{"a proposed deal with its price before the noun is a proposal to the firm it would buy",
			"Norland said it had not seen Vardo Mills's proposed 400 mln dlr acquisition of Ostmark Bank.",
			[]string{"proposal 036 happened: Vardo Mills/actor, Ostmark Bank/target"}},
		{"an agreement whose terms bind two named parties was made, at no date its terms give; terms naming fewer tell nothing of who made it",
			"The agreement also calls for Ostmark Bank to pay Vardo Mills 6 mln dlrs by March 1, 1989. The contract includes an option for two more units, Vardo Mills said.",
			[]string{"agreement 057 happened: Ostmark Bank/participant, Vardo Mills/participant"}},
		{"who tells, addresses or attends a meeting of a named body takes part in it; telling a meeting of analysts is no meeting of named parties",
			"Jon Berg told a meeting of the Vardo Trade Committee that prices would rise. Lena Dahl told a meeting of analysts that sales rose.",
			[]string{"meeting 040 happened: Vardo Trade Committee/participant, Jon Berg/participant"}},
		{"'the committee' as a subject is the committee named before, in the clause reader too: its rejection of a request has the requester as target",
			"The Vardo Trade Committee approved the plan on Monday. The committee also rejected a request by Ostmark Bank for a hearing.",
			[]string{"reject 120 happened: Vardo Trade Committee/actor, Ostmark Bank/target"}},
		{"talks that end without resolving or reaching anything failed",
			"Talks between Norland and Vardo ended on Monday without resolving the dispute.",
			[]string{"talks 046 failed: Norland/participant, Vardo/participant"}},
		{"'the contract, to be signed by A and B' is an agreement still to be made",
			"The contract, to be signed by Vardo Mills and Ostmark Bank, covers the mill.",
			[]string{"agreement 032 planned: Vardo Mills/participant, Ostmark Bank/participant"}},
		{"'<firm> of <country>' before a verb: the firm acts, the country is only its home",
			"Vardo Mills of Norland has signed a loan agreement with Ostmark Bank. Ostmark Bank of Brekka said it made an offer for Vardo Mills.",
			[]string{"agreement 057 happened: Vardo Mills/participant, Ostmark Bank/participant", "proposal 036 happened: Ostmark Bank/actor, Vardo Mills/target"}},
		{"vetoing, now or to come, rejects the bill of the one legislature the sentence names; the noun 'veto' is no act",
			"Jon Berg said he would veto the tax bill passed by the Brekka Senate. Lena Dahl vetoed a similar bill last year after the Brekka Senate had adjourned. Vardo has veto power over the loans.",
			[]string{"reject 120 happened: Lena Dahl/actor, Brekka Senate/target", "reject 120 planned: Jon Berg/actor, Brekka Senate/target"}},
		{"talks or sanctions called or pressed for are demanded, not held or imposed",
			"Norland called for talks with Vardo. Brekka pressed for sanctions against Ostland.",
			// calling for talks is the dictionary's intent to negotiate (036)
			// toward the other side; pressing for sanctions against another
			// its disapproval (110)
			[]string{"disapproval 110 happened: Brekka/actor, Ostland/target", "proposal 036 happened: Norland/actor, Vardo/target", "sanctions 163 demanded: Ostland/target", "talks 046 demanded: Vardo/participant, Norland/participant"}},
		{"buying a unit of a company is a deal with that company, the unit changes hands",
			"Vardo Mills agreed to acquire the Norland Tours division of Ostmark Bank.",
			[]string{"agreement 057 happened: Vardo Mills/participant, Ostmark Bank/participant"}},
		{"the subject of the clause a visit noun is in is its visitor, and a trip 'of' a place goes there",
			"Jon Berg, winding up a two-day visit to Vardo, said prices rose. Lena Dahl began a trip of Brekka City on Monday.",
			[]string{"visit 042 happened: Jon Berg/actor, Vardo/target @Vardo", "visit 042 happened: Lena Dahl/actor @Brekka City"}},
		{"the owner of what a passive rejection or threat is done to is its target, not its actor",
			"Norland's request was rejected. Vardo's system was threatened.",
			[]string{"reject 120 happened: Norland/target", "threat 130 happened: Vardo/target"}},
		{"an agreement signed, reached or dated is an event",
			"Norland signed a trade agreement with Vardo. The pact between Brekka and Ostland was signed on Monday. Prices rose after the accord between Vardo and Brekka last December.",
			// an agreement's parties are its sides, whoever the passive names last
			[]string{"agreement 057 happened: Brekka/participant, Ostland/participant", "agreement 057 happened: Norland/participant, Vardo/participant", "agreement 057 happened: Vardo/participant, Brekka/participant"}},
		{"ordinary business between firms is no cooperation or aid; between states it is; a bid stays a proposal",
			"Vardo Mills bought 32,800 shares of Ostmark Bank. Ostmark Bank will provide Vardo Mills with a line of credit. Norland will provide Brekka with a loan. Vardo Mills offered to buy Ostmark Bank.",
			[]string{"aid 0331 planned: Norland/actor, Brekka/target", "proposal 036 happened: Vardo Mills/actor, Ostmark Bank/target"}},
		{"a name before '-made', '-based' or 'round' modifies what follows and is no party; 'attack helicopters' is no attack",
			"Norland fired a Vardo-made missile at Brekka. Ostland agreed to the Vardo round of trade talks. Brekka will buy attack helicopters from Ostland.",
			[]string{"militaryAction 190 happened: Norland/actor, Brekka/target @Brekka"}},
		{"paying a call is a meeting (040), paying a visit a visit (042), paying money neither",
			"Jon Berg paid a courtesy call on Ostmark Bank. Norland paid a visit to Vardo. Vardo Mills paid 40 mln dlrs to Ostmark Bank.",
			[]string{"meeting 040 happened: Jon Berg/participant, Ostmark Bank/participant", "visit 042 happened: Norland/actor, Vardo/target @Vardo"}},
		{"one side agreeing that something is so is no agreement; meeting a response is no meeting; firms joining firms in raising prices meet nobody",
			"Norland agreed that the tariffs were too high. Norland said any move by Vardo would meet a strong response. Vardo Mills joined Ostmark Bank in raising prices.",
			nil},
		{"a past participle used as an adjective ('a proposed merger', 'its agreed quota') names a thing and tells no act; the verb still does",
			"Vardo Mills filed a registration statement with Ostmark Bank covering a proposed offering of shares. Norland stayed within its agreed output quota. Norland proposed talks with Vardo.",
			[]string{"proposal 036 happened: Norland/actor, Vardo/target"}},
		{"buying or selling by firms named by their country ('Norland crushers', 'its Vardo subsidiary') or of goods named by theirs ('Brekka soybeans') is business, no event; nor is a government buying goods named by their country",
			"Norland crushers will buy 200,000 tonnes of Brekka soybeans. Its Vardo subsidiary will tender for Ostmark Bank. The Norland government will buy Brekka wheat.",
			nil},
		{"the party whose proposal it is ('Norland's proposal', 'the Brekka proposal') proposes it",
			"Norland's proposal to cut tariffs was discussed on Monday. The Brekka proposal would end quotas.",
			[]string{"proposal 036 happened: Brekka/actor", "proposal 036 happened: Norland/actor"}},
		{"striking a deal, an accord or a tone is no attack; the deal struck is an agreement",
			"Norland struck a deal with Vardo on Monday. Brekka struck a conciliatory tone toward Ostland.",
			[]string{"agreement 057 happened: Vardo/participant, Norland/participant"}},
		{"leaving something as it is, or leaving a place, meets no one; leaving for a place is a journey",
			"Norland left its tariffs on Vardo unchanged. Any move by Brekka would leave Ostland no option. Vardo troops are leaving Brekka.",
			nil},
		{"the demand for goods is buying, not asking; insisting on a fact is no demand, insisting that another act is",
			"The upturn will lead to increased demand for Vardo goods. Norland said Brekka demand for Ostland oil rose. Brekka insisted it had paid the debt. Ostland insisted that Vardo pay its debts.",
			[]string{"demand 100 happened: Ostland/actor, Vardo/target"}},
		{"meeting a thing (competition, contracts, a pledge) meets no one; meeting people or a party does",
			"Norland must meet international competition. Vardo has to meet its contracts to Brekka. Ostland met the Brekka negotiators on Monday.",
			[]string{"meeting 040 happened: Ostland/participant, Brekka/participant"}},
		{"coordinated subject: every party is a source",
			"Norland, Vardo and Brekka condemned Ostland on Monday.",
			[]string{"disapproval 111 happened: Norland/actor, Vardo/actor, Brekka/actor, Ostland/target"}},
		{"coordinated object: every party is a target",
			"Ostland accused Norland and Brekka of spying.",
			[]string{"disapproval 112 happened: Ostland/actor, Norland/target, Brekka/target"}},
		{"refusing a cooperative act is a rejection (12)",
			"Norland refused to send aid to Brekka.",
			[]string{"reject 122 happened: Norland/actor, Brekka/target"}},
		{"not doing a cooperative act is a rejection (12)",
			"Norland did not provide weapons to Brekka.",
			[]string{"reject 1222 happened: Norland/actor, Brekka/target"}},
		{"a hostile act said not to have happened is a denial (016)",
			"Norland did not attack Brekka.",
			[]string{"comment 016 happened: Norland/actor, Brekka/target"}},
		{"a hostile act one will not do is no event",
			"Norland will not attack Brekka.",
			nil},
		{"denying that one did a hostile act is a denial (016) by the one who denies",
			"Norland denied that its troops had shelled Brekka.",
			[]string{"comment 016 happened: Norland/actor, Brekka/target"}},
		{"a phrase of time between the verb and 'that' leaves the denial whole",
			"Norland denied on Tuesday that its troops had shelled Brekka.",
			[]string{"comment 016 happened: Norland/actor, Brekka/target"}},
		{"a demand 'that' after a phrase of time is aimed at the one asked to act",
			"Norland demanded on Friday that Brekka release the tanker.",
			[]string{"demand 100 happened: Norland/actor, Brekka/target"}},
		{"closing a passage is a blockade (191); one that could be closed a threat of blockade (1381); a plant closed is neither",
			"Norland closed the Vardo Strait. Norland could close the Vardo Strait. Ostmark Bank closed its plant in Brekka.",
			[]string{"militaryAction 191 happened: Norland/actor @Vardo Strait", "threat 1381 happened: Norland/actor @Vardo Strait"}},
		{"an agreement left is no agreement made",
			"Norland's withdrawal from the trade agreement with Brekka took effect. Vardo pulled out of the deal with Brekka.",
			nil},
		{"a ban is a sanction (163) on the party whose goods it bans",
			"Norland's ban on Vardo fish took effect on Monday.",
			[]string{"sanctions 163 happened: Norland/actor, Vardo/target"}},
		{"talks with one party in a phrase before a clause are held by that clause's subject",
			"After talks with Brekka on Monday, Norland said ties were strong.",
			[]string{"talks 046 happened: Brekka/participant, Norland/participant"}},
		{"a refusal is aimed at the party the refused act is done with",
			"Norland declined to send a delegation for talks with Vardo.",
			// known error: the talks inside the refused act are still read
			// from their noun, with one participant and no status
			[]string{"reject 125 happened: Norland/actor, Vardo/target", "talks 046 failed: Vardo/participant, Norland/participant"}},
		{"the visit of a party is that party's: the visitor after 'of'",
			"The visit of Jon Berg to Brekka ended on Friday.",
			[]string{"visit 042 happened: Jon Berg/actor, Brekka/target @Brekka"}},
		{"what a bid aims at is not done, nor by the clause's subject",
			"Norland threatened to block Vardo's bid to join the Ostland Pact.",
			[]string{"threat 132 happened: Norland/actor, Vardo/target"}},
		{"a state's accusation of a crime is an accusation (112), not a charge",
			"Norland accused Brekka of war crimes.",
			[]string{"disapproval 1124 happened: Norland/actor, Brekka/target"}},
		{"refusing an event a noun names rejects that event (125 for talks)",
			"Norland rejected talks with Brekka.",
			[]string{"reject 125 happened: Norland/actor, Brekka/target"}},
		{"an infinitive after 'not' is denied: deciding not to give aid is a rejection",
			"Norland decided not to send aid to Brekka.",
			[]string{"reject 122 happened: Norland/actor, Brekka/target"}},
		{"a document acts for the one who signed it",
			"Norland signed a decree that ruled out negotiations with Brekka.",
			[]string{"reject 125 happened: Norland/actor, Brekka/target"}},
		{"a planned cooperative act is an intent (03), planned",
			"Norland will send aid to Brekka.",
			[]string{"aid 033 planned: Norland/actor, Brekka/target"}},
		{"threatening a sanction is a threat (13)",
			"Norland threatened to impose sanctions on Brekka.",
			[]string{"threat 1312 happened: Norland/actor, Brekka/target"}},
		{"asking another to act is an appeal; the act asked for is no event",
			"Norland urged Brekka to free the prisoners.",
			[]string{"appeal 020 happened: Norland/actor, Brekka/target"}},
		{"passive: the agent is the source",
			"Sanctions were imposed on Brekka by Norland on Friday.",
			[]string{"sanctions 163 happened: Norland/actor, Brekka/target"}},
		{"nominal: a possessor acts, the 'of' phrase is acted on",
			"Norland's invasion of Brekka shocked Vardo.",
			[]string{"militaryAction 192 happened: Norland/actor, Brekka/target"}},
		{"nominal with 'by': the agent acts",
			"The expulsion of Brekka's diplomats by Norland angered Vardo.",
			[]string{"repatriation 174 happened: Norland/actor, Brekka/target"}},
		{"an offer of aid is an intent to give it (03); the receiver after the aid is the target",
			"Norland offered aid to Brekka.",
			[]string{"aid 033 happened: Norland/actor, Brekka/target"}},
		{"a force massed near a place: the place is where it happens",
			"Norland mobilised troops near Brekka City on Monday.",
			[]string{"forcePosture 154 happened: Norland/actor @Brekka City"}},
		{"ordering what a noun names: the noun's event",
			"Norland ordered an investigation into Vardo.",
			[]string{"investigation 090 happened: Norland/actor, Vardo/target"}},
		{"a protest lodged is an official complaint (114), no demonstration",
			"Norland lodged a formal protest with Vardo over the dam.",
			[]string{"disapproval 114 happened: Norland/actor, Vardo/target"}},
		{"a city inside the phrase acted on is where it happens",
			"Norland shelled a hospital in Brekka City on Monday.",
			[]string{"militaryAction 190 happened: Norland/actor @Brekka City"}},
		{"passive with the event noun as subject",
			"An investigation into Vardo was opened by Norland on Monday.",
			[]string{"investigation 090 happened: Norland/actor, Vardo/target"}},
		{"condemning another's act: its author is the target",
			"Vardo condemned Norland's invasion of Brekka.",
			[]string{"disapproval 111 happened: Vardo/actor, Norland/target", "militaryAction 192 happened: Norland/actor, Brekka/target"}},
		{"a conditional conflictual act is a threat (13)",
			"Norland could attack Brekka.",
			[]string{"threat 138 happened: Norland/actor, Brekka/target"}},
		{"what one should do is not done",
			"Norland should help Brekka.",
			nil},
		{"a passive request: the agent asks, the subject is asked",
			"Brekka was urged by Norland to free the prisoners.",
			[]string{"appeal 020 happened: Norland/actor, Brekka/target"}},
		{"a host takes part in the talks it hosts, and hosting them is mediating (the dictionary's intent 039 done: 045)",
			"Norland hosted talks between Vardo and Brekka.",
			[]string{"talks 045 happened: Norland/participant, Vardo/participant, Brekka/participant"}},
		{"a pronoun subject stands for the person named before",
			"Jon Berg spoke on Monday. He would impose sanctions on Brekka.",
			[]string{"threat 1312 happened: Jon Berg/actor, Brekka/target"}},
		{"handing over: the receiver is the target",
			"Norland extradited the smuggler Jon Berg to Brekka on Monday.",
			[]string{"cooperation 063 happened: Norland/actor, Brekka/target"}},
		{"mass killings are mass violence (20)",
			"Norland carried out mass killings of Vardo civilians.",
			[]string{"massViolence 202 happened: Norland/actor, Vardo/target"}},
		{"ruling out a cooperative act (a gerund after a phrasal verb) is a rejection",
			"Norland ruled out sending weapons to Brekka.",
			[]string{"reject 1222 happened: Norland/actor, Brekka/target"}},
		{"stopping aid reduces relations (162)",
			"Norland stopped supplying weapons to Brekka on Monday.",
			[]string{"reduceRelations 1622 happened: Norland/actor, Brekka/target"}},
		{"a conditional stop of aid is a threat to stop it (1311)",
			"Norland would stop supplying weapons to Brekka if it attacked Vardo.",
			[]string{"threat 1311 happened: Norland/actor, Brekka/target"}},
		{"denying a hostile act is a denial (016) toward its target",
			"Norland denied shelling Brekka.",
			[]string{"comment 016 happened: Norland/actor, Brekka/target"}},
		{"the goods given decide the aid: weapons are military aid (072)",
			"Norland sent twenty tanks to Brekka on Monday.",
			[]string{"aid 072 happened: Norland/actor, Brekka/target"}},
		{"the goods given decide the aid: a loan is economic aid (071)",
			"Norland gave a loan of two billion dollars to Brekka.",
			[]string{"aid 071 happened: Norland/actor, Brekka/target"}},
		{"a promise of humanitarian aid is an intent to give it (0333)",
			"Norland agreed to provide food and medicine to Brekka.",
			[]string{"aid 0333 planned: Norland/actor, Brekka/target"}},
		{"aid given in a country goes to that country",
			"Norland distributed rations to families in Brekka and Vardo.",
			[]string{"aid 073 happened: Norland/actor, Brekka/target, Vardo/target"}},
		{"forces massed near another's border: a mobilisation against it (154)",
			"Norland massed troops near Brekka's border.",
			[]string{"forcePosture 154 happened: Norland/actor, Brekka/target"}},
		{"ready to send forces into another country: a threat of force (138)",
			"Norland is ready to send troops into Brekka if talks fail.",
			[]string{"threat 138 happened: Norland/actor, Brekka/target"}},
		{"a reaction to an act named by a demonym is aimed at its author",
			"Vardo condemned the Norland invasion of Brekka.",
			[]string{"disapproval 111 happened: Vardo/actor, Norland/target", "militaryAction 192 happened: Norland/actor, Brekka/target"}},
		{"a reaction told in the passive is aimed at the act's author",
			"The reimposition of Norland sanctions on Brekka was condemned by Vardo.",
			[]string{"disapproval 111 happened: Vardo/actor, Norland/target", "sanctions 163 happened: Norland/actor, Brekka/target"}},
		{"an act that drew criticism from a party: that party criticises its author",
			"The arrest of Jon Berg by Norland drew criticism from Vardo.",
			[]string{"coercion 173 happened: Norland/actor, Jon Berg/target", "disapproval 111 happened: Vardo/actor, Norland/target"}},
		{"disapproval of an act in a country with no party acted on is aimed at the country",
			"Vardo condemned the coup in Brekka.",
			[]string{"disapproval 111 happened: Vardo/actor, Brekka/target"}},
		{"an ambassador recalled from a country: relations with it are cut (161)",
			"Norland recalled its ambassador from Brekka.",
			[]string{"reduceRelations 161 happened: Norland/actor, Brekka/target"}},
		{"force used 'at' a party is aimed at it",
			"Norland soldiers fired at the Ostland Pact convoy on Monday.",
			[]string{"militaryAction 190 happened: Norland/actor, Ostland Pact/target"}},
		{"handing over: a parenthesis naming the one handed over does not hide the receiver",
			"Norland extradited the smuggler Jon Berg, known as the Fox, to Brekka on Monday.",
			[]string{"cooperation 063 happened: Norland/actor, Brekka/target"}},
		{"a noun of handing over: the receiver after an apposition is the target",
			"Norland's extradition of Jon Berg, a former Vardo official, to Brekka angered Ostland.",
			[]string{"cooperation 063 happened: Norland/actor, Brekka/target"}},
		{"a possessive pronoun before a noun event with a party: the owner is the clause's subject",
			"Norland did not raise the dam during its talks with Brekka.",
			[]string{"talks 046 happened: Brekka/participant, Norland/participant"}},
		{"a noun event inside a refused act is not told as happening",
			"Norland declined to renew its trade agreement with Brekka.",
			nil},
		{"a visit dated after the article is still to come: an intent to visit (036), planned",
			"Jon Berg's visit to Brekka on March 8 was confirmed by Vardo.",
			[]string{"visit 036 planned: Jon Berg/actor, Brekka/target @Brekka"}},
		{"a verb that does the act the dictionary codes as an intent is the act: signing an agreement (057)",
			"Norland and Brekka signed a trade agreement on Monday.",
			[]string{"agreement 057 happened: Norland/participant, Brekka/participant"}},
		{"a pledge keeps the dictionary's finer intent code: money pledged is 0331",
			"Norland pledged 500 million euros in aid to Brekka.",
			[]string{"aid 0331 happened: Norland/actor, Brekka/target"}},
		{"approving a loan gives economic aid (071)",
			"Vardo approved a loan for Brekka.",
			[]string{"aid 071 happened: Vardo/actor, Brekka/target"}},
		{"launching something that is no armed force is no attack",
			"The Ostland Pact launched a bond for Brekka on Monday.",
			nil},
		{"launching an offensive is an attack",
			"Norland launched an offensive against Brekka.",
			[]string{"militaryAction 190 happened: Norland/actor, Brekka/target"}},
		{"going on strike against a party is a labour strike (143), no meeting and no attack",
			"Norland dockers went on strike against the Ostland Pact.",
			[]string{"protest 143 happened: Norland/actor, Ostland Pact/target"}},
		{"meeting a standard meets no one",
			"The rules meet Ostland Pact health standards.",
			nil},
		{"offering to buy a company is a proposal (036) made to it",
			"The Ostland Pact offered to buy Vardo Mills on Monday.",
			[]string{"proposal 036 happened: Ostland Pact/actor, Vardo Mills/target"}},
		{"agreeing to acquire a company is an agreement (057) both sides take part in",
			"The Ostland Pact agreed to acquire Vardo Mills.",
			[]string{"agreement 057 happened: Ostland Pact/participant, Vardo Mills/participant"}},
		{"a tender offer started for a company is a proposal to it",
			"The Ostland Pact started a tender offer for Vardo Mills.",
			[]string{"proposal 036 happened: Ostland Pact/actor, Vardo Mills/target"}},
		{"economic cooperation (06) is between states or their bodies: a state buying a firm's shares is none, and trade between states is ordinary business, none either (the guide); lending food is humanitarian aid",
			"Norland bought shares of Vardo Mills last year. Brekka exported 159,000 tonnes of sugar to Ostland in 1986. Brekka lent Ostland 159,000 tonnes of sugar.",
			[]string{"aid 073 happened: Brekka/actor, Ostland/target"}},
		{"a body named like an event ('Pact') is no event noun",
			"The Ostland Pact condemned Vardo on Monday.",
			[]string{"disapproval 111 happened: Ostland Pact/actor, Vardo/target"}},
		{"responding if another acts is a threat (130) to the one the condition names, made when said",
			"Norland would respond vigorously if Brekka raised its duties, Jon Berg said.",
			[]string{"threat 130 happened: Norland/actor, Brekka/target"}},
		{"admitting a hostile act is an admission (015) toward its target",
			"Norland admitted shelling Brekka.",
			[]string{"comment 015 happened: Norland/actor, Brekka/target"}},
		{"a name before an agent noun is whose agents they are",
			"Ostland Pact gunmen kidnapped two Brekka civilians on Monday.",
			[]string{"assault 181 happened: Ostland Pact/actor, Brekka/target"}},
		{"two sides restoring relations act toward each other: participants",
			"Norland and Brekka restored diplomatic relations on Monday.",
			[]string{"diplomaticCooperation 050 happened: Norland/participant, Brekka/participant"}},
		{"a passive reaction to a possessor's act named early in a long subject is aimed at that possessor",
			"Norland's threat to use force against Brekka was condemned by Vardo.",
			[]string{"disapproval 111 happened: Vardo/actor, Norland/target", "threat 130 happened: Norland/actor"}},
		{"a demand that another act is aimed at the one who is to act; the act is only asked for",
			"Norland demanded that Brekka free the prisoners.",
			[]string{"demand 100 happened: Norland/actor, Brekka/target"}},
		{"an exchange of accusations: each side accuses the other",
			"Norland and Brekka exchanged accusations over the dam.",
			[]string{"disapproval 112 happened: Norland/participant, Brekka/participant"}},
		{"sides that clash fight each other",
			"Norland and Brekka clashed along their border.",
			[]string{"militaryAction 190 happened: Norland/participant, Brekka/participant"}},
		{"joint drills are military cooperation (062) between the sides",
			"Norland and Brekka held joint naval drills on Monday.",
			[]string{"cooperation 062 happened: Norland/participant, Brekka/participant"}},
		{"drills near another's border are a show of force (150) aimed at it",
			"Norland conducted military exercises near the border with Brekka.",
			[]string{"forcePosture 150 happened: Norland/actor, Brekka/target"}},
		{"what an attack named by a noun hit is its target",
			"A Norland air strike killed two Brekka officers.",
			[]string{"militaryAction 190 happened: Norland/actor, Brekka/target"}},
		{"cutting ties is a cut in relations (161) with the party after 'with'",
			"Norland and Vardo cut ties with Brekka on Monday.",
			[]string{"reduceRelations 161 happened: Norland/actor, Vardo/actor, Brekka/target"}},
		{"coordinated sides signing deals with a third: every side a participant",
			"Norland and Vardo signed trade deals with Brekka.",
			[]string{"agreement 057 happened: Norland/participant, Vardo/participant, Brekka/participant"}},
		{"halting arms exports cuts military aid (1622)",
			"Norland halted arms exports to Brekka on Monday.",
			[]string{"reduceRelations 1622 happened: Norland/actor, Brekka/target"}},
		{"a verb that did what the dictionary codes as an intent did it: lifting sanctions eases them (08)",
			"Norland lifted sanctions on Brekka on Monday.",
			[]string{"yield 081 happened: Norland/actor, Brekka/target"}},
		{"agreeing to a ceasefire is an agreement reached (057), not an intent",
			"Norland agreed to a ceasefire with Brekka.",
			[]string{"agreement 057 happened: Norland/participant, Brekka/participant"}},
		{"every party of a coordinated subject agrees, even after an opening place and through a chain of infinitives",
			"In Brekka City, Norland, Vardo and Ostland agreed to try to lower tariffs.",
			[]string{"agreement 057 happened: Norland/participant, Vardo/participant, Ostland/participant @Brekka City"}},
		{"a sentence opening with a place sets the scene of the events it tells",
			"At Brekka City, Norland imposed tariffs on Vardo steel. In Ostland, Vardo condemned Norland.",
			[]string{"disapproval 111 happened: Vardo/actor, Norland/target", "sanctions 163 happened: Norland/actor, Vardo/target @Brekka City"}},
		{"parties agreeing together to cooperate reach an agreement with each other; agreeing to help another is aid promised (TestAuditEventRules), but helping it by acting alike ('by cutting exports') is cooperation, so agreeing to it an agreement with it (GUIDE.md's cooperation row); what each does apart is no agreement",
			"Norland, Vardo and Ostland agreed to cooperate closely. Norland and Vardo agreed to help Brekka by cutting exports. Norland and Ostland agreed to settle the case for 200 dlrs each.",
			[]string{"agreement 057 happened: Norland/participant, Vardo/participant, Brekka/participant", "agreement 057 happened: Norland/participant, Vardo/participant, Ostland/participant"}},
		{"a country named before a place acted on is the target, the place is where",
			"Norland shelled the Vardo port city of Brekka City on Monday. Ostland attacked the Brekka supertanker Vardo Strait on Tuesday.",
			[]string{"militaryAction 190 happened: Norland/actor, Vardo/target @Brekka City", "militaryAction 190 happened: Ostland/actor, Brekka/target @Vardo Strait"}},
		{"a list inside a relative clause before the verb is not its subject",
			"An official of Ostmark Bank, which has raised funds in Brekka, Vardo and Norland, declined comment on the report.",
			[]string{"comment 011 happened: Ostmark Bank/actor"}},
		{"going or flying to a country or city is a visit (042), not the dictionary's going somewhere (040) or intent (036)",
			"Jon Berg went to Vardo on Monday. Jon Berg flew to Brekka City in May.",
			[]string{"visit 042 happened: Jon Berg/actor @Brekka City", "visit 042 happened: Jon Berg/actor, Vardo/target @Vardo"}},
		{"an event that a plan, 'will' or 'would' holds or goes to is planned",
			"Norland said it plans to have further talks with Vardo. Jon Berg would leave for Brekka City for trade talks with Ostland.",
			[]string{"talks 036 planned: Norland/participant, Vardo/participant", "talks 036 planned: Ostland/participant, Jon Berg/participant", "visit 036 planned: Jon Berg/actor @Brekka City"}},
		{"the giver after 'from' of a loan or an offer received acts, the receiver is the target",
			"Vardo received 8.9 mln dlrs in loans from Ostmark Bank. Norland received a takeover offer from Vardo Mills.",
			[]string{"aid 071 happened: Ostmark Bank/actor, Vardo/target", "proposal 036 happened: Vardo Mills/actor, Norland/target"}},
		{"an -ing verb after 'are' is the progressive of a verb, not a noun, and it is happening",
			"Delegates from Norland are meeting today with officials of Vardo.",
			[]string{"meeting 040 happened: Norland/participant, Vardo/participant"}},
		{"a list between dashes after a noun phrase names its parties",
			"Norland reached accords with three nations - Vardo, Brekka and Ostland - to cut tariffs. Traders expect the two - Vardo and Brekka - to meet next week.",
			[]string{"agreement 057 happened: Norland/participant, Vardo/participant, Brekka/participant, Ostland/participant", "meeting 040 planned: Vardo/participant, Brekka/participant"}},
		{"who says or is told, after the claim or as its hearer, is no party of what is told; a speaker before 'talks with Y' may be their other side",
			"The talks between Norland and the banks are proceeding, Finance Minister Jon Berg said. A Norland official told Ostmark Bank the government would impose sanctions on Vardo.",
			// the threat's actor is "the government", Norland's: the one state named before
			[]string{"talks 046 happened: Norland/participant", "threat 1312 happened: Norland/actor, Vardo/target"}},
		{"a compass word before a name is part of its noun phrase: a state's offensive in the north of another is aimed at it",
			"Norland's offensive in northeast Vardo continued.",
			[]string{"militaryAction 190 happened: Norland/actor, Vardo/target"}},
		{"an offer made or terms offered for a party are a proposal to it; an offer or pledge denied is none",
			"Vardo Mills made a 1.4 billion dlr offer for Ostmark Bank. Norland offered 65 dlrs per share for Ostmark Bank. Jon Berg made no commitment to Brekka.",
			[]string{"proposal 036 happened: Norland/actor, Ostmark Bank/target", "proposal 036 happened: Vardo Mills/actor, Ostmark Bank/target"}},
		{"trade between states is no cooperation; joining a body is no meeting or pact; a need or cost met is no meeting; a law or a motion signed is no agreement",
			"Norland exported 159,000 tonnes of sugar to Vardo in 1986. Brekka joined the Ostland Pact last year. The cost would be met from Ostland's own funds. The Vardo move meets one of Norland's main concerns. Jon Berg signed a bill limiting fees. Members of the Ostland Pact signed a motion on fishing quotas.",
			nil},
		{"an offer or a deal held by the verb before it and spelled out by 'to acquire/sell': the one acquired, the seller or the buyer is the other side; no offer made, none",
			"Vardo Mills made an offer to acquire Ostmark Bank. Norland said it finalized agreement to sell its assets to Jon Berg's Brekka unit. Ostland, which has an agreement to buy steel from Vardo, said it would wait. Jon Berg rejected an offer to acquire Ostmark Bank.",
			[]string{"agreement 057 happened: Norland/participant, Brekka/participant", "agreement 057 happened: Ostland/participant, Vardo/participant", "proposal 036 happened: Vardo Mills/actor, Ostmark Bank/target", "reject 120 happened: Jon Berg/actor"}},
		{"a letter of intent or an agreement in principle to buy a firm is a deal with it; to sell to a buyer a deal with the buyer, not with what is sold; one who is in talks or discussions with a party takes part; a letter of credit is none",
			"Vardo Mills said it signed a letter of intent to acquire Ostmark Bank. Norland said it reached agreement in principle to sell its Vardo unit to Brekka. Ostland said it is in talks with Brekka. Ostland opened a letter of credit with Ostmark Bank.",
			[]string{"agreement 057 happened: Norland/participant, Brekka/participant", "agreement 057 happened: Vardo Mills/participant, Ostmark Bank/participant", "talks 046 happened: Brekka/participant, Ostland/participant"}},
		{"who goes or is invited somewhere 'for talks with' a party is their other side",
			"Jon Berg flew to Vardo for talks with Ostland. Norland sent a delegation to Vardo for talks with Brekka.",
			[]string{"talks 046 happened: Brekka/participant, Norland/participant @Vardo", "talks 046 happened: Ostland/participant, Jon Berg/participant @Vardo", "visit 042 happened: Jon Berg/actor, Vardo/target @Vardo", "visit 042 happened: Norland/actor, Vardo/target @Vardo"}},
		{"a place that says where a firm or what it sells lies is not where firms' deal happens; states' accord keeps its place",
			"Vardo Mills agreed to sell its plant in Brekka City to Ostmark Bank. Norland and Vardo signed an accord in Brekka City.",
			[]string{"agreement 057 happened: Norland/participant, Vardo/participant @Brekka City", "agreement 057 happened: Vardo Mills/participant, Ostmark Bank/participant"}},
		{"raising things is no cooperation, raising ties is; cooperation called for or required is not had",
			"Ostmark Bank and Vardo Mills expanded their grain inventories. Norland boosted ties with Vardo. Ostland called for more cooperation with Brekka. The cleanup will require cooperation among Norland and Vardo.",
			[]string{"appeal 020 happened: Ostland/actor, Brekka/target", "cooperation 060 happened: Norland/participant, Vardo/participant"}},
		{"a deal's other side named after it: 'under which', 'to be acquired by', a joint venture 'with', a consortium 'led by'",
			"Vardo Mills signed an agreement under which Ostmark Bank will distribute its drives. Brekka reached an agreement to be acquired by Ostland. Norland agreed to form a joint venture in steel with Vardo. Jon Berg reached an agreement with a consortium led by Ostmark Bank.",
			[]string{"agreement 057 happened: Brekka/participant, Ostland/participant", "agreement 057 happened: Jon Berg/participant, Ostmark Bank/participant", "agreement 057 happened: Norland/participant, Vardo/participant", "agreement 057 happened: Vardo Mills/participant, Ostmark Bank/participant"}},
		{"'it' in a list of subjects after a verb of saying is who says so",
			"Vardo Mills said it and Ostmark Bank will form a joint venture. Norland said it and Brekka have reached agreement on grain.",
			[]string{"agreement 057 happened: Norland/participant, Brekka/participant", "agreement 057 planned: Vardo Mills/participant, Ostmark Bank/participant"}},
		{"allowing or authorising another to act is permission, not an appeal",
			"Norland will allow Ostmark Bank to buy Vardo Mills. Brekka authorised Jon Berg to sign the accord.",
			[]string{"agreement 057 planned: Jon Berg/participant", "yield 035 planned: Norland/actor, Ostmark Bank/target", "yield 080 happened: Brekka/actor, Jon Berg/target"}},
		{"a bid or offer 'to buy' or 'to take over' a firm is put to that firm; not one to buy from it",
			"Analysts welcomed Vardo Mills's bid to take over Ostmark Bank. Ostland's offer to acquire 20 pct of Brekka lapsed. Norland's offer to buy its unit from Jon Berg lapsed.",
			[]string{"proposal 036 happened: Ostland/actor, Brekka/target", "proposal 036 happened: Vardo Mills/actor, Ostmark Bank/target"}},
		{"an offer not accepted is refused to its maker; one accepted is a deal between the two; either offer was made",
			"Vardo Mills said it would not accept Ostmark Bank's takeover bid. Brekka did not accept the offer from Ostland. Norland accepted Jon Berg's bid.",
			[]string{"agreement 057 happened: Norland/participant, Jon Berg/participant", "proposal 036 happened: Jon Berg/actor, Norland/target",
				"proposal 036 happened: Ostland/actor, Brekka/target", "proposal 036 happened: Ostmark Bank/actor, Vardo Mills/target",
				"reject 120 happened: Brekka/actor, Ostland/target", "reject 120 happened: Vardo Mills/actor, Ostmark Bank/target"}},
		{"'its' after a subject pronoun is who the pronoun stands for: the speaker",
			"Vardo Mills said it raised its bid for Ostmark Bank. Norland said it would continue its talks with Brekka.",
			[]string{"proposal 036 happened: Vardo Mills/actor, Ostmark Bank/target", "talks 036 planned: Norland/participant, Brekka/participant"}},
		{"discussions or talks held 'with' named sides: the sides; not unnamed firms of a country",
			"Serious discussions have already been held with Ostmark Bank, the company said. Discussions were held with other Norland firms.",
			[]string{"talks 046 happened: Ostmark Bank/participant"}},
		{"unnamed sides followed by ', including' or ', such as' a list of names: the names",
			"Norland held talks with foreign banks, including Ostmark Bank and Vardo Mills. Talks have been held with other firms, such as Jon Berg and Ostland.",
			[]string{"talks 046 happened: Jon Berg/participant, Ostland/participant", "talks 046 happened: Norland/participant, Ostmark Bank/participant, Vardo Mills/participant"}},
		{"who refuses to accept something from another refuses; the giver does not",
			"Petrobras cancelled a purchase after Ostland refused to accept credit guarantees from Ostmark Bank.",
			[]string{"reject 120 happened: Ostland/actor"}},
		{"a strike that lasts (an 18-month, a 24-hour strike) is a walk-out against its target, not an armed strike",
			"An 18-month strike against Vardo Mills ended on Monday.",
			[]string{"protest 140 happened: Vardo Mills/target"}},
		// (opposing a request refuses it: GUIDE.md's reject row, and the
		// dictionary's own REBUFF DEMAND, 123)
		{"a request received, granted or turned down was made to the one who answers it; not to a third party who opposes it",
			"Ostmark Bank rejected a request by Vardo Mills for more information. Brekka is opposing Jon Berg's request.",
			[]string{"appeal 020 happened: Vardo Mills/actor, Ostmark Bank/target", "reject 120 happened: Brekka/actor, Jon Berg/target", "reject 120 happened: Ostmark Bank/actor, Vardo Mills/target"}},
		{"raising or sweetening part of a bid changes a proposal's terms; no appeal for money",
			"Jon Berg offered to raise the cash portion of his offer for Vardo Mills.",
			[]string{"proposal 036 happened: Jon Berg/actor, Vardo Mills/target"}},
		{"aid cancelled, suspended or withdrawn is no aid given",
			"Ostmark Bank cancelled 450 mln dlrs in loan commitments to Vardo.",
			nil},
		{"considering or weighing is considering a policy option (014), not a meeting; not thinking so is no refusal",
			"Norland is weighing tighter curbs on exports to Vardo. Ostmark Bank is considering Vardo Mills as a supplier. Jon Berg did not think Ostland and Brekka were moving towards a conflict.",
			[]string{"comment 014 happened: Norland/actor, Vardo/target", "comment 014 happened: Ostmark Bank/actor, Vardo Mills/target"}},
		{"who acts in a clause around 'after/in/at talks with' a party is their other side; the agent of a passive; not a name that only modifies the subject",
			"Jon Berg left Vardo after talks with Ostland. The remark was made by Ostmark Bank at a meeting with Brekka. The request for Norland aid came at a meeting with Vardo Mills.",
			[]string{"meeting 040 happened: Brekka/participant, Ostmark Bank/participant", "meeting 040 happened: Vardo Mills/participant", "talks 046 happened: Ostland/participant, Jon Berg/participant @Vardo"}},
		{"a visit set off by commas between the subject and its verb is the subject's",
			"Jon Berg, in a speech on the first day of an official visit to Vardo, praised its reforms.",
			[]string{"visit 042 happened: Jon Berg/actor, Vardo/target @Vardo"}},
		{"a deal 'to merge with' a firm is with it; one who said it agreed to be acquired, or announced its agreement to be, made a deal with the buyer",
			"Vardo Mills said it reached an agreement in principle to merge with Ostmark Bank. Brekka said it agreed to be acquired by Norland for 50 mln dlrs. Ostland announced its agreement to be acquired by Ostmark Bank.",
			[]string{"agreement 057 happened: Norland/participant, Brekka/participant", "agreement 057 happened: Ostland/participant, Ostmark Bank/participant", "agreement 057 happened: Vardo Mills/participant, Ostmark Bank/participant"}},
		{"an attack or offer named by the object of 'launched', 'made' or 'planned to make' with only its target is the subject's, 'it' after 'announced' standing for who announced; not a subject another handed it",
			"Norland announced it had launched a new offensive against Vardo. Brekka planned to make a cash offer for Ostmark Bank. Ostland urged Vardo Mills to make an offer to Jon Berg.",
			[]string{"appeal 020 happened: Ostland/actor, Vardo Mills/target", "militaryAction 190 happened: Norland/actor, Vardo/target", "proposal 036 planned: Brekka/actor, Ostmark Bank/target"}},
		{"a meeting attended by parties has them as sides; attending a meeting is taking part in it (040), no visit",
			"The meeting was attended by Norland, Vardo and Brekka. Jon Berg attended the annual meeting of Ostmark Bank. Ostland made the forecast at a meeting today also attended by Jon Berg and Lena Dahl.",
			// (a meeting's actor and target are CAMEO's source and target; GUIDE.md scores its sides alike)
			[]string{"meeting 040 happened: Jon Berg/participant, Ostmark Bank/participant", "meeting 040 happened: Norland/participant, Vardo/participant, Brekka/participant",
				"meeting 040 happened: Ostland/participant, Jon Berg/participant, Lena Dahl/participant"}},
		{"a firm that was or will be merged with or into another made a deal with it (into a subsidiary of X: with X)",
			"Vardo Mills was merged with Ostmark Bank in February. Norland Tours will be merged into a subsidiary of Ostmark Bank on March 24. Vardo's branches were merged last year.",
			[]string{"agreement 032 planned: Norland Tours/participant, Ostmark Bank/participant", "agreement 057 happened: Vardo Mills/participant, Ostmark Bank/participant"}},
		{"an offer's maker named after its terms ('an offer of 43 dlrs a share from X') makes it",
			"Vardo Mills said it received an unsolicited offer of 43 dlrs a share from Ostmark Bank.",
			[]string{"proposal 036 happened: Ostmark Bank/actor, Vardo Mills/target"}},
		{"what is 'under discussion with' named parties is talks with them; 'under discussion' alone is none",
			"The tariff issue was under discussion with Norland and Vardo. The plan is under discussion.",
			[]string{"talks 046 happened: Norland/participant, Vardo/participant"}},
		{"a letter of intent entered into, to acquire a firm, is a deal with it",
			"Vardo Mills said it has entered into a letter of intent to acquire Ostmark Bank.",
			[]string{"agreement 057 happened: Vardo Mills/participant, Ostmark Bank/participant"}},
		{"who is or remains in talks or negotiations with a party takes part, without a speech verb before it",
			"Norland is in talks with Vardo on its debt. Ostland remains in negotiations with Brekka.",
			[]string{"talks 046 happened: Brekka/participant, Ostland/participant", "talks 046 happened: Vardo/participant, Norland/participant"}},
		{"asking for or requesting help 'from' a party appeals to it; one who acts 'at the request of' another was asked",
			"Norland requested new loans from Ostmark Bank. Vardo asked for credits from Brekka. Ostland prepared the study at the request of Ostmark Bank.",
			[]string{"appeal 020 happened: Ostmark Bank/actor, Ostland/target", "appeal 020 happened: Vardo/actor, Brekka/target", "appeal 023 happened: Norland/actor, Ostmark Bank/target"}},
		{"a stake or shares sold to a named buyer, or a holder's stake bought, are a deal between seller and buyer; sold to the public, or a firm's own stock bought, none",
			"Vardo Mills sold its 20 pct stake in Ostmark Bank to Brekka. Norland said it sold 1.2 mln shares to Ostland. Jon Berg sold 500,000 shares to the public. Ostmark Bank bought Ostland's stake in Vardo Mills. Ostmark Bank bought 9.9 pct of Brekka's stock.",
			[]string{"agreement 057 happened: Norland/participant, Ostland/participant", "agreement 057 happened: Ostmark Bank/participant, Ostland/participant", "agreement 057 happened: Vardo Mills/participant, Brekka/participant"}},
		{"a firm that was acquired or bought by another made a deal with its buyer; shares or a plant bought are no deal",
			"Vardo Mills was acquired by Ostmark Bank last year. Shares of Brekka Corp were bought by Ostmark Bank. The plant was bought by Norland.",
			[]string{"agreement 057 happened: Ostmark Bank/participant, Vardo Mills/participant"}},
		{"an offer to take over a firm is a bid for it",
			"An investor group headed by Jon Berg offered 44 dlrs a share to take over Vardo Mills. Ostmark Bank offered to take over Brekka.",
			[]string{"proposal 036 happened: Jon Berg/actor, Vardo Mills/target", "proposal 036 happened: Ostmark Bank/actor, Brekka/target"}},
		{"one who agrees a view ('agreed the Community must…') concurs, no agreement; two sides agreeing what will be are one",
			"Jon Berg agreed Ostland must take greater heed of farmers. Norland and Vardo agreed the talks would resume.",
			[]string{"agreement 057 happened: Norland/participant, Vardo/participant"}},
		{"a court asked to rule is no appeal",
			"Ostmark Bank asked the Brekka Supreme Court to block the sale. Norland urged Vardo to act.",
			[]string{"appeal 020 happened: Norland/actor, Vardo/target"}},
		{"loans booked are no aid; calling a thing strained is no call; the one granted loans receives them; a mission sent or headed to a country is a visit",
			"Loans to Norland should be placed on a cash basis. Jon Berg called Vardo relations very strained. Banks would grant Brekka loans worth two billion dlrs. Ostland will send two buying missions to Vardo in June.",
			[]string{"aid 070 planned: Brekka/target", "visit 036 planned: Ostland/actor, Vardo/target @Vardo"}},
		{"a thing called something ('called X's offer for Y \"conditional\"') is no call (the offer is Y's bid); a day word after the object or the subject hides no party",
			"Vardo Mills today called Ostmark Bank's offer for Brekka Corp \"highly conditional.\" Norland said it reached an agreement yesterday with Vardo. Jon Berg warned Ostland yesterday it would face retaliation.",
			[]string{"agreement 057 happened: Norland/participant, Vardo/participant", "proposal 036 happened: Ostmark Bank/actor, Brekka/target", "threat 130 happened: Jon Berg/actor, Ostland/target"}},
		{"an offer priced a share is a bid for the firm; shares held after a tender offer are no aid",
			"Vardo Mills made a 44 dlr a share offer for Ostmark Bank. Brekka Corp held 80 pct of Ostland Steel after a tender offer in December.",
			[]string{"proposal 036 happened: Vardo Mills/actor, Ostmark Bank/target"}},
		{"who arrives in a place for talks visits it (042, not the dictionary's talks code); the talks are its own event",
			"Jon Berg arrived in Brekka City on Monday for talks.",
			[]string{"talks 046 happened: Jon Berg/participant @Brekka City", "visit 042 happened: Jon Berg/actor @Brekka City"}},
		{"who has or will have talks with a party takes part in them",
			"Jon Berg, who also had private talks with Brekka, said his government would act. Norland will have talks with Vardo tomorrow.",
			[]string{"talks 036 planned: Norland/participant, Vardo/participant", "talks 046 happened: Jon Berg/participant, Brekka/participant"}},
		{"agreeing with another's remarks is no agreement; a company's annual meeting of its owners is no meeting, a development bank's is; a plan to be proposed at it is a proposal (GUIDE.md, the proposer alone)",
			"Jon Berg agreed with Lena Dahl's remarks. Vardo Mills Inc will propose a plan at the Halvard Corp annual meeting on May 5. The Ostmark Bank annual meeting opened on Monday.",
			[]string{"meeting 040 happened: Ostmark Bank/participant", "proposal 036 planned: Vardo Mills/actor"}},
		{"an offer accepted is a deal between the two; an offer found unacceptable is refused; a bid considered is no meeting",
			"Vardo Mills accepted the offer from Ostmark Bank. Norland found Vardo Mills' offer unacceptable. Brekka is considering the bid.",
			[]string{"agreement 057 happened: Ostmark Bank/participant, Vardo Mills/participant", "proposal 036 happened: Ostmark Bank/actor, Vardo Mills/target", "reject 120 happened: Norland/actor, Vardo Mills/target"}},
		{"a deal or talks terminated, cancelled or abandoned failed, with the one who undid them as a side; one that would be cancelled did not",
			"Vardo Mills terminated its merger agreement with Ostmark Bank. Talks between Norland and Brekka were abandoned on Monday. Ostland would cancel its pact with Vardo if prices fell.",
			[]string{"agreement 057 failed: Vardo Mills/participant, Ostmark Bank/participant", "talks 046 failed: Norland/participant, Brekka/participant"}},
		{"workers or a union who strike an employer walk out (143), no attack; 'its members' are the union's",
			"Members of the Ostland Pact struck Vardo Mills on Monday. The Ostland Pact said its members have struck Ostmark Bank.",
			[]string{"protest 143 happened: Ostland Pact/actor, Ostmark Bank/target", "protest 143 happened: Ostland Pact/actor, Vardo Mills/target"}},
		{"the target of a bid is whom the bid is aimed at",
			"Vardo Mills is the target of a takeover bid from Ostmark Bank.",
			[]string{"proposal 036 happened: Ostmark Bank/actor, Vardo Mills/target"}},
		{"firms doing business make no intent, diplomatic cooperation, yielding or investigation; a state does; firms working with each other cooperate economically (061, GUIDE.md's cooperation row)",
			"Vardo Mills is studying options for Ostmark Bank. Vardo Mills said it is cooperating with Ostmark Bank. Norland said it is cooperating with Ostmark Bank.",
			[]string{"cooperation 061 happened: Vardo Mills/participant, Ostmark Bank/participant", "diplomaticCooperation 050 happened: Norland/actor, Ostmark Bank/target"}},
		{"asking creditors, banks or unions the text does not name to act is the asker's appeal; asking shareholders to vote is none",
			"Norland asked its creditor banks to reschedule the debt. Vardo Mills will ask shareholders to approve the plan.",
			[]string{"appeal 020 happened: Norland/actor"}},
		{"a dispute or charges settled with a party are an agreement between the two",
			"Vardo Mills settled its dispute with Ostmark Bank.",
			[]string{"agreement 057 happened: Vardo Mills/participant, Ostmark Bank/participant"}},
		{"a response promised on a condition stated first is a threat aimed at the one the condition names",
			"Jon Berg said that if Vardo went ahead with the tax, Norland would respond vigorously.",
			[]string{"threat 130 happened: Norland/actor, Vardo/target"}},
		{"meetings, plural, are a meeting",
			"Following meetings with Vardo, Norland said the plan would work.",
			[]string{"meeting 040 happened: Vardo/participant, Norland/participant"}},
		{"a firm that will acquire another, or sell a unit to it, has a deal with it still to close",
			"Vardo Mills said it will acquire Ostmark Bank.",
			[]string{"agreement 032 planned: Vardo Mills/participant, Ostmark Bank/participant"}},
		{"talks with a side the sentence does not name are the named side's, the one the sentence is about; with no such side, none",
			"Norland said after talks with its 14-bank advisory committee that it would pay. Prices fell after talks with the unions.",
			[]string{"talks 046 happened: Norland/participant"}},
		{"an adverb or 'held' between an event noun and the phrase naming its sides does not hide them",
			"Fishing negotiations currently held between Norland and Vardo resumed on Monday.",
			[]string{"talks 046 happened: Norland/participant, Vardo/participant"}},
		{"terms offered or bid 'a share' for a party are a proposal to it, also when the bid is told in the progressive or would be made",
			"Vardo Mills offered 4.00 dlrs a share for Ostmark Bank. Norland said it was bidding 542 mln dlrs for the shares of Brekka. Ostland would bid five dlrs a share for Vardo.",
			[]string{"proposal 036 happened: Norland/actor, Brekka/target", "proposal 036 happened: Vardo Mills/actor, Ostmark Bank/target", "proposal 036 planned: Ostland/actor, Vardo/target"}},
		{"a deal entered into is held and was made; what a deal sells is no party, its buyer is",
			"Ostland said it entered into an agreement to sell its Vardo Mills unit to Brekka. Norland said it entered into a joint venture with Ostmark Bank.",
			[]string{"agreement 057 happened: Norland/participant, Ostmark Bank/participant", "agreement 057 happened: Ostland/participant, Brekka/participant"}},
		{"a business that changed hands between two named parties was a deal made: a firm or a unit bought, sold or completed; shares, stakes and a plant from no one named are market business",
			"Vardo Mills acquired Ostmark Bank. Vardo Mills bought 500,000 shares of Ostmark Bank. Ostmark Bank acquired a 19 pct stake in Vardo Mills. Vardo Mills bought a plant in Brekka City.",
			[]string{"agreement 057 happened: Vardo Mills/participant, Ostmark Bank/participant"}},
		{"a bid received, weighed or rejected was made to the one who answers it, and a rejection is aimed at its maker; one merely named has no target",
			"Ostmark Bank said it received an offer from Vardo Mills. Ostland rejected the bid from Norland. Brekka said the offer from Vardo Mills was high.",
			[]string{"proposal 036 happened: Norland/actor, Ostland/target", "proposal 036 happened: Vardo Mills/actor, Ostmark Bank/target", "reject 120 happened: Ostland/actor, Norland/target"}},
		{"a proposed or planned acquisition is its buyer's proposal to the one it would buy; a proposed merger is an agreement still to make; an acquisition told as done, or shares to buy, is no proposal",
			"Shareholders approved the proposed acquisition of Ostmark Bank by Vardo Mills. The proposed merger of Ostland and Norland needs approval. The acquisition of Brekka by Vardo Mills was welcomed. The proposed purchase of 500,000 shares was dropped.",
			[]string{"agreement 032 planned: Ostland/participant, Norland/participant", "proposal 036 happened: Vardo Mills/actor, Ostmark Bank/target"}},
		{"a bid named by its noun, with its maker after 'by', is made to the one it would buy from, or else the one it would buy; shares are no party",
			"Brekka cited the offer by Vardo Mills to acquire Ostmark Bank. Ostland cited the proposal by Norland to buy the Kesk unit from Vardo Mills. Vardo Mills made an offer to buy 500,000 shares.",
			[]string{"proposal 036 happened: Norland/actor, Vardo Mills/target", "proposal 036 happened: Vardo Mills/actor, Ostmark Bank/target"}},
		{"a loan given as the second object after the receiver's name is economic aid (071), whatever the parse made of the object",
			"Norland granted Vardo a 500 mln dlr loan on Monday. Norland sent Brekka a delegation.",
			[]string{"aid 071 happened: Norland/actor, Vardo/target"}},
		{"a claim that a named party must act is the speaker's demand on it, that it should act an appeal; what it should or must come to (an outcome verb, a firm's results), or must not do, is neither",
			"Jon Berg said Vardo must open its markets. Jon Berg said Brekka should cut its tariffs. Jon Berg said Ostland should have no difficulty. Jon Berg said Norland must not cut rates. Ostmark Bank should be generating profits by 1988, Jon Berg said. Jon Berg said Vardo Mills should receive 450 mln dlrs.",
			[]string{"appeal 020 happened: Jon Berg/actor, Brekka/target", "demand 100 happened: Jon Berg/actor, Vardo/target"}},
		{"'should come up with' a plan is an act asked of the party, though 'come' alone is an outcome",
			"Jon Berg said Brekka should come up with a new economic plan. Jon Berg said Ostland should come into profit soon.",
			[]string{"appeal 020 happened: Jon Berg/actor, Brekka/target"}},
		{"a claim that a named party needs or ought to act is the speaker's appeal to it; what it needs to come about is none",
			"Norland needs to cut its tariffs, Jon Berg said. Ostland ought to buy more grain, Jon Berg said. Brekka needs to see growth of five pct, Jon Berg said.",
			[]string{"appeal 020 happened: Jon Berg/actor, Norland/target", "appeal 020 happened: Jon Berg/actor, Ostland/target"}},
		{"'the government' a claim binds is the one country the article has named; with two countries named, none",
			"Vardo froze wages in February. Jon Berg said the government must take responsibility for the freeze. The government should cut tariffs, Jon Berg added.",
			[]string{"appeal 020 happened: Jon Berg/actor, Vardo/target", "demand 100 happened: Jon Berg/actor, Vardo/target"}},
		{"'the government' a claim binds is no one when the article names two countries",
			"Vardo and Brekka froze wages in February. Jon Berg said the government must take responsibility for the freeze.",
			nil},
		{"a unit sold to a named buyer is a deal with the buyer; the unit is no party",
			"Ostmark Bank sold its Kesk unit to Vardo Mills in 1986.",
			[]string{"agreement 057 happened: Ostmark Bank/participant, Vardo Mills/participant"}},
		{"a deal completed, closed or finalized was made with the one the deal names; what a sale sells is no party, its buyer is; a deal still to close is only planned",
			"Ostmark Bank said it completed the acquisition of Vardo Mills. Ostland completed the sale of its Kesk unit to Norland. Brekka will complete its merger with Vardo Mills.",
			[]string{"agreement 032 planned: Vardo Mills/participant, Brekka/participant", "agreement 057 happened: Ostland/participant, Norland/participant", "agreement 057 happened: Ostmark Bank/participant, Vardo Mills/participant"}},
		{"both sides named in a hyphenated compound before a symmetric event noun take part; a summit meeting is one summit",
			"Norland-Vardo talks resumed on Monday. The Brekka-Ostland summit meeting ended on Monday.",
			[]string{"summit 043 happened: Brekka/participant, Ostland/participant", "talks 046 happened: Norland/participant, Vardo/participant"}},
		{"a deal its holders have with another names both sides and was made; one they have no deal with is none",
			"Norland and Vardo have barter deals with Brekka. Ostland has no agreement with Brekka.",
			[]string{"agreement 057 happened: Brekka/participant, Norland/participant, Vardo/participant"}},
		{"a list of four or more names after 'between' names every party, not the first two as a name and its apposition",
			"The 1985 pact between Norland, Vardo, Brekka and Ostland was a success.",
			[]string{"agreement 057 happened: Norland/participant, Vardo/participant, Brekka/participant, Ostland/participant"}},
		{"lending to a state is economic aid, whatever is lent and however the receiver is named; a state's offensive in another state is aimed at it",
			"Norland lent Vardo five mln barrels of crude. Brekka lent 50 mln dlrs to Ostland on Monday. Norland's offensive in Brekka went on.",
			[]string{"aid 071 happened: Brekka/actor, Ostland/target", "aid 071 happened: Norland/actor, Vardo/target", "militaryAction 190 happened: Norland/actor, Brekka/target @Brekka"}},
		{"a national strike launched is a walk-out; agreeing with a view is no agreement; money sent home is no repatriation",
			"Norland's teachers launched a national strike on Monday. Vardo economists agreed with the report. Workers from Brekka sent home 300 dlrs a month.",
			[]string{"protest 140 happened: Norland/actor"}},
		{"a merger, linkup or tie-up between two named parties is an agreement; one with a single party named is none",
			"Vardo Mills approved a linkup with Ostmark Bank on Monday. A merger approved by the Vardo Mills board is to follow.",
			[]string{"agreement 057 happened: Vardo Mills/participant, Ostmark Bank/participant"}},
		{"talks governed by 'the failure of' or 'the collapse of' failed",
			"Jon Berg blamed Vardo for the failure of last week's Ostland Pact talks. The collapse of the talks between Norland and Brekka surprised no one.",
			[]string{"disapproval 112 happened: Jon Berg/actor, Vardo/target", "talks 046 failed: Norland/participant, Brekka/participant", "talks 046 failed: Ostland Pact/participant"}},
		{"an agreement with one side named after 'with' has the sentence's subject, a state or body, as its other side; not a person's party",
			"Vardo Mills said an agreement reached with Ostmark Bank would cut costs. A member of the Ostland Pact said talks with Brekka went well.",
			[]string{"agreement 057 happened: Ostmark Bank/participant, Vardo Mills/participant", "talks 046 happened: Brekka/participant"}},
		{"a participle with 'by' after a noun names its author: the agent proposes, and rejecting the thing is aimed at its author; a describing participle ('monitored by') is no event",
			"Norland rejected a plan proposed by Vardo. Ostland Radio, monitored by Brekka, said the talks ended.",
			[]string{"proposal 036 happened: Vardo/actor", "reject 120 happened: Norland/actor, Vardo/target"}},
		{"acknowledging a bid or proposal is receiving it, no responsibility claimed (015); the one who acknowledges it is the one it is made to",
			"Ostmark Bank acknowledged the Vardo Mills proposal on Monday.",
			[]string{"proposal 036 happened: Vardo Mills/actor, Ostmark Bank/target"}},
		{"firms seeking credit from banks is ordinary business, no appeal; a state's plea for a loan stays one",
			"Vardo Mills and Ostmark Bank have sought a line of credit from a group of Norland banks. Brekka sought a loan from Ostland.",
			[]string{"appeal 020 happened: Brekka/actor, Ostland/target"}},
		{"retaliating where the sentence names nothing armed is sanctions (163), its threat 1312; with troops named it stays force",
			"Brekka could retaliate against Norland for breaking the chip pact. Ostland could retaliate against Vardo with air raids.",
			[]string{"threat 1312 happened: Brekka/actor, Norland/target", "threat 138 happened: Ostland/actor, Vardo/target"}},
		{"cutting off or stopping what another gets unless it acts is a threat aimed at it",
			"Norland would halt oil imports from Vardo if Vardo refused to pay. Brekka will cut aid to Ostland if Ostland does not free the prisoners.",
			[]string{"threat 130 happened: Brekka/actor, Ostland/target", "threat 130 happened: Norland/actor, Vardo/target"}},
		{"who speaks or is told is no party of what is told, unless named again in it",
			"A spokesman told Ostmark Bank a memorandum would be signed between Norland and Vardo. A spokesman told Vardo Mills that the letter of intent signed with Ostland includes a clause. Jon Berg said the proposed changes would help. Brekka said it had agreed with Ostland to cut tariffs.",
			[]string{"agreement 032 planned: Norland/participant, Vardo/participant", "agreement 057 happened: Ostland/participant, Brekka/participant"}},
		{"suggesting or recommending that another should act is an appeal to it",
			"Jon Berg suggested that Vardo should join the Ostland Pact.",
			[]string{"appeal 020 happened: Jon Berg/actor, Vardo/target"}},
		{"backing a party at or during talks is support (050), not the dictionary's 'backing talks'",
			"Norland backed Vardo at the Brekka City talks on Monday.",
			[]string{"diplomaticCooperation 050 happened: Norland/actor, Vardo/target @Brekka City"}},
		{"arriving in a country is a visit coded as a visit (042), not the dictionary's arriving (040)",
			"Jon Berg arrived in Vardo on Monday.",
			[]string{"visit 042 happened: Jon Berg/actor, Vardo/target @Vardo"}},
		{"every party of a coordinated subject proposes",
			"Norland, Vardo and Ostland have jointly proposed cutting air fares.",
			[]string{"proposal 036 happened: Norland/actor, Vardo/actor, Ostland/actor"}},
		{"tariffs imposed on another's goods are sanctions (163)",
			"Norland imposed 100 pct tariffs on Brekka steel on Monday.",
			[]string{"sanctions 163 happened: Norland/actor, Brekka/target"}},
		{"an event told of by its noun is no new event",
			"Talks between Norland and Brekka stalled on Monday.",
			[]string{"talks 046 failed: Norland/participant, Brekka/participant"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHand(t, tt.body)
			parties(h, tt.body)
			res := relate(t, h, "2024-03-04")
			if diff := cmp.Diff(tt.want, codedLines(res.Events, names(h.ents))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.body, diff)
			}
		})
	}
}

// The actor code of a party named by a demonym and a sector word: Russia's
// military, in CAMEO's and GDELT's form.
func TestActorCodeFromSectorWords(t *testing.T) {
	body := "Russian troops shelled Ukraine on Tuesday."
	h := newHand(t, body)
	h.known(graph.Country, "Russia", "=MISC:Russian").known(graph.Country, "Ukraine", "Ukraine")
	res := relate(t, h, "2022-03-02")
	var got []string
	for _, ev := range res.Events {
		for _, p := range ev.Participants {
			got = append(got, p.Role+" "+p.Code)
		}
	}
	sort.Strings(got)
	if diff := cmp.Diff([]string{"actor RUSMIL", "target UKR"}, got); diff != "" {
		t.Errorf("actor codes (-want +got):\n%s", diff)
	}
}

// Relations and quotes read from sentence structure, on sentences written
// for this test about made-up parties.
func TestStructureRelationsAndQuotes(t *testing.T) {
	tests := []struct {
		name, body string
		build      func(h *hand)
		rels       []string
		quotes     []string
	}{
		{"joining an organisation is membership",
			"Norland joined the Ostland Pact in April.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Organization, "Ostland Pact", "", "Ostland Pact")
			},
			[]string{"Norland memberOf Ostland Pact"}, nil},
		{"being members, coordinated",
			"Norland and Vardo are members of the Ostland Pact.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo").
					unknown(graph.Organization, "Ostland Pact", "", "Ostland Pact")
			},
			[]string{"Vardo memberOf Ostland Pact", "Norland memberOf Ostland Pact"}, nil},
		{"headquartered in a city",
			"Ostmark Bank, which is headquartered in Brekka City, cut jobs.",
			func(h *hand) {
				h.unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.City, "Brekka City", "", "Brekka City")
			},
			[]string{"Ostmark Bank basedIn Brekka City"}, nil},
		{"based in a city, after an apposition with a demonym",
			"Ostmark Bank, the Norlandic lender based in Brekka City, cut jobs.",
			func(h *hand) {
				h.unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.City, "Brekka City", "", "Brekka City").
					unknown(graph.Country, "Norland", "", "=MISC:Norlandic")
			},
			[]string{"Ostmark Bank basedIn Brekka City"}, nil},
		{"based at a town; a body's headquarters named by the town before the noun",
			"Halvard AG is based at Brekka City. Ostmark Bank's Lund Harbour headquarters closed. Vesk Corp's new Kolby headquarters opened.",
			func(h *hand) {
				h.unknown(graph.Organization, "Halvard AG", "", "Halvard AG").unknown(graph.City, "Brekka City", "", "Brekka City").
					unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.City, "Lund Harbour", "", "Lund Harbour").
					unknown(graph.Organization, "Vesk Corp", "", "Vesk Corp").unknown(graph.City, "Kolby", "", "Kolby")
			},
			[]string{"Halvard AG basedIn Brekka City", "Ostmark Bank basedIn Lund Harbour", "Vesk Corp basedIn Kolby"}, nil},
		{"a town and its state before a common noun, before -based, and a town in a part of its country",
			"The Brekka City, Vestmark refinery closed. Ostmark Bank, a Lund Harbour, Vestmark-based lender, cut jobs. The port at Kolby, western Norland, will open.",
			func(h *hand) {
				h.unknown(graph.City, "Brekka City", "", "Brekka City").unknown(graph.City, "Lund Harbour", "", "Lund Harbour").
					unknown(graph.City, "Kolby", "", "Kolby").unknown(graph.Region, "Vestmark", "", "Vestmark@1", "=MISC:Vestmark@2").
					unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank")
			},
			[]string{"Brekka City locatedIn Vestmark", "Lund Harbour locatedIn Vestmark", "Ostmark Bank basedIn Lund Harbour", "Kolby locatedIn Norland"}, nil},
		{"a place's adjective and a firm's noun set off before the name; a continent's rank is no seat",
			"The Norlandic holding company, Ostmark Capital Corp, grew. Europe's largest copper producer, Halvard AG, grew.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "=MISC:Norlandic").unknown(graph.Organization, "Ostmark Capital Corp", "", "Ostmark Capital Corp").
					unknown(graph.Region, "Europe", "", "Europe").unknown(graph.Organization, "Halvard AG", "", "Halvard AG")
			},
			[]string{"Ostmark Capital Corp basedIn Norland"}, nil},
		{"a body's headquarters in a town are its seat",
			"Staff at Ostmark Bank's new headquarters in Brekka City grew. Jobs move to Halvard AG headquarters in Norland.",
			func(h *hand) {
				h.unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.City, "Brekka City", "", "Brekka City").
					unknown(graph.Organization, "Halvard AG", "", "Halvard AG").unknown(graph.Country, "Norland", "", "Norland")
			},
			[]string{"Ostmark Bank basedIn Brekka City", "Halvard AG basedIn Norland"}, nil},
		{"an apposition that ranks a firm among its country's ('the number three Norlandic automaker', 'Norland's largest computer maker') places it there",
			"Ostmark Corp, the number three Norland automaker, grew. Halvard Corp, Norland's largest computer maker, grew.",
			func(h *hand) {
				h.unknown(graph.Organization, "Ostmark Corp", "", "Ostmark Corp").unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").
					unknown(graph.Country, "Norland", "", "Norland")
			},
			[]string{"Ostmark Corp basedIn Norland", "Halvard Corp basedIn Norland"}, nil},
		{"a capitalised direction is a name's: no part of a country",
			"Talks in Kolby, West Norland, ended.",
			func(h *hand) {
				h.unknown(graph.City, "Kolby", "", "Kolby").unknown(graph.Country, "West Norland", "", "West Norland")
			},
			[]string{"Kolby locatedIn West Norland"}, nil},
		{"an apposition of a demonym and a kind of firm: broker, lender, subsidiary",
			"Ostmark Bank, a Norlandic broker, cut jobs.",
			func(h *hand) {
				h.unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.Country, "Norland", "", "=MISC:Norlandic")
			},
			[]string{"Ostmark Bank basedIn Norland"}, nil},
		{"encyclopaedic copula: nationality and trade",
			"Lena Dahl (born 1970) is a Norlandic economist.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "=MISC:Norlandic").unknown(graph.Person, "Lena Dahl", "", "Lena Dahl")
			},
			[]string{"Lena Dahl citizenOf Norland"}, nil},
		{"encyclopaedic copula: headquarters",
			"Ostmark Bank is headquartered in Brekka City.",
			func(h *hand) {
				h.unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.City, "Brekka City", "", "Brekka City")
			},
			[]string{"Ostmark Bank basedIn Brekka City"}, nil},
		{"encyclopaedic copula: an office of a state",
			"Jon Berg is the finance minister of Norland.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			[]string{"Jon Berg officialOf Norland"}, nil},
		{"encyclopaedic copula: employer",
			"Jon Berg is an analyst at Ostmark Bank.",
			func(h *hand) {
				h.unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			[]string{"Jon Berg affiliatedWith Ostmark Bank"}, nil},
		{"a plan to join is no membership",
			"Norland plans to join the Ostland Pact.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Organization, "Ostland Pact", "", "Ostland Pact")
			},
			nil, nil},
		{"a demonym and a trade before a person: citizenship",
			"The Norlandic economist Lena Dahl criticised the budget.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "=MISC:Norlandic").unknown(graph.Person, "Lena Dahl", "", "Lena Dahl")
			},
			[]string{"Lena Dahl citizenOf Norland"}, nil},
		{"a demonym subject and a verb before a person: no citizenship",
			"Norlandic officials met Lena Dahl and Norlandic newspapers reported that Jon Berg resigned.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "=MISC:Norlandic").unknown(graph.Person, "Lena Dahl", "", "Lena Dahl").
					unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			nil, []string{" : Jon Berg resigned"}},
		{"an apposition with a demonym and a trade: citizenship",
			"Lena Dahl, a Norlandic economist, criticised the budget.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "=MISC:Norlandic").unknown(graph.Person, "Lena Dahl", "", "Lena Dahl")
			},
			[]string{"Lena Dahl citizenOf Norland"}, nil},
		{"a nationality, not a birthplace",
			"Lena Dahl was a Vardic-born Norlandic physicist.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "=MISC:Norlandic").unknown(graph.Country, "Vardo", "", "=MISC:Vardic").
					unknown(graph.Person, "Lena Dahl", "", "Lena Dahl")
			},
			[]string{"Lena Dahl citizenOf Norland"}, nil},
		{"two nationalities, hyphenated and coordinated",
			"Lena Dahl is a Norlandic-Vardic economist and Jon Berg is a Vardic and Norlandic writer.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "=MISC:Norlandic").unknown(graph.Country, "Vardo", "", "=MISC:Vardic").
					unknown(graph.Person, "Lena Dahl", "", "Lena Dahl").unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			[]string{"Jon Berg citizenOf Norland", "Lena Dahl citizenOf Norland", "Lena Dahl citizenOf Vardo", "Jon Berg citizenOf Vardo"}, nil},
		{"a demonym as a noun",
			"Jon Berg, a Norlandic, chaired the talks.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "=MISC:Norlandic").unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			[]string{"Jon Berg citizenOf Norland"}, nil},
		{"member states named after the organisation",
			"Ostland Pact member states such as Norland and Vardo objected.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo").
					unknown(graph.Organization, "Ostland Pact", "", "Ostland Pact")
			},
			[]string{"Norland memberOf Ostland Pact", "Vardo memberOf Ostland Pact"}, nil},
		{"members listed after the organisation",
			"The Ostland Pact members Norland, Vardo and Kesk asked for troops.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo").
					unknown(graph.Country, "Kesk", "", "Kesk").unknown(graph.Organization, "Ostland Pact", "", "Ostland Pact")
			},
			[]string{"Norland memberOf Ostland Pact", "Vardo memberOf Ostland Pact", "Kesk memberOf Ostland Pact"}, nil},
		{"an organisation's members include",
			"The Ostland Pact's members include Norland and Vardo.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo").
					unknown(graph.Organization, "Ostland Pact", "", "Ostland Pact")
			},
			[]string{"Norland memberOf Ostland Pact", "Vardo memberOf Ostland Pact"}, nil},
		{"one of the founding members",
			"Norland is one of the founding members of the Ostland Pact.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Organization, "Ostland Pact", "", "Ostland Pact")
			},
			[]string{"Norland memberOf Ostland Pact"}, nil},
		{"memberships listed, in a predicate coordinated after the subject's first",
			"Norland joined the Ostland Pact in 1981 and is also a member of the Kesk Council and the Nordic Forum.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Organization, "Ostland Pact", "", "Ostland Pact").
					unknown(graph.Organization, "Kesk Council", "", "Kesk Council").unknown(graph.Organization, "Nordic Forum", "", "Nordic Forum")
			},
			[]string{"Norland memberOf Kesk Council", "Norland memberOf Nordic Forum", "Norland memberOf Ostland Pact"}, nil},
		{"joining, in a predicate coordinated after the subject's first",
			"Norland is a founding member of the Ostland Pact and joined the Kesk Council in 1986.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Organization, "Ostland Pact", "", "Ostland Pact").
					unknown(graph.Organization, "Kesk Council", "", "Kesk Council")
			},
			[]string{"Norland memberOf Ostland Pact", "Norland memberOf Kesk Council"}, nil},
		{"a member in a relative clause is the relative's",
			"Norland criticised Vardo, which is a member of the Ostland Pact.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo").
					unknown(graph.Organization, "Ostland Pact", "", "Ostland Pact")
			},
			[]string{"Vardo memberOf Ostland Pact"}, nil},
		{"encyclopaedic copula: headquarters after what the organisation is",
			"Ostmark Bank is a Norlandic multinational lender headquartered in Brekka City.",
			func(h *hand) {
				h.unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.City, "Brekka City", "", "Brekka City").
					unknown(graph.Country, "Norland", "", "=MISC:Norlandic")
			},
			[]string{"Ostmark Bank basedIn Brekka City"}, nil},
		{"the members an organisation comprises or consists of",
			"The Ostland Pact is a customs union comprising Norland, Vardo and the Kesk Republic. The Nordic Forum consists of Norland and Vardo.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo").
					unknown(graph.Country, "Kesk Republic", "", "Kesk Republic").unknown(graph.Organization, "Ostland Pact", "", "Ostland Pact").
					unknown(graph.Organization, "Nordic Forum", "", "Nordic Forum")
			},
			[]string{"Norland memberOf Ostland Pact", "Vardo memberOf Ostland Pact", "Kesk Republic memberOf Ostland Pact",
				"Norland memberOf Nordic Forum", "Vardo memberOf Nordic Forum"}, nil},
		{"what an organisation is made of is no list of members when it names one party",
			"The Ostland Pact consists of Norland officials.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Organization, "Ostland Pact", "", "Ostland Pact")
			},
			nil, nil},
		{"states listed as members, past a clause between commas, or taking up membership, belong to the paragraph's organisation",
			"The Nordic Forum is an association of states. Norland and Vardo, neither of which is large, are members. Kesk, Brekka and the Ostland Republic took up membership in 2020.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo").
					unknown(graph.Country, "Kesk", "", "Kesk").unknown(graph.Country, "Brekka", "", "Brekka").
					unknown(graph.Country, "Ostland Republic", "", "Ostland Republic").unknown(graph.Organization, "Nordic Forum", "", "Nordic Forum")
			},
			[]string{"Vardo memberOf Nordic Forum", "Norland memberOf Nordic Forum", "Ostland Republic memberOf Nordic Forum", "Brekka memberOf Nordic Forum", "Kesk memberOf Nordic Forum"}, nil},
		{"the founders of an organisation, states, are its members",
			"The Ostland Pact was founded in Brekka City in 1967 by Norland, Vardo and the Kesk Republic.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo").
					unknown(graph.Country, "Kesk Republic", "", "Kesk Republic").unknown(graph.Organization, "Ostland Pact", "", "Ostland Pact").
					unknown(graph.City, "Brekka City", "", "Brekka City")
			},
			[]string{"Norland memberOf Ostland Pact", "Vardo memberOf Ostland Pact", "Kesk Republic memberOf Ostland Pact"}, nil},
		{"members brought together, and members after a colon",
			"The Ostland Pact brought together Norland and Vardo. The Nordic Forum has three permanent members: Norland, Vardo and Kesk.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo").
					unknown(graph.Country, "Kesk", "", "Kesk").unknown(graph.Organization, "Ostland Pact", "", "Ostland Pact").
					unknown(graph.Organization, "Nordic Forum", "", "Nordic Forum")
			},
			[]string{"Norland memberOf Ostland Pact", "Vardo memberOf Ostland Pact", "Norland memberOf Nordic Forum",
				"Vardo memberOf Nordic Forum", "Kesk memberOf Nordic Forum"}, nil},
		{"states that joined the organisation the paragraph is about, each with its year",
			"The Ostland Pact was set up in 1960. Norland joined in 1984, Vardo in 1995, and Kesk and Brekka in 1997. Ostmark joined later.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo").
					unknown(graph.Country, "Kesk", "", "Kesk").unknown(graph.Country, "Brekka", "", "Brekka").
					unknown(graph.Country, "Ostmark", "", "Ostmark").unknown(graph.Organization, "Ostland Pact", "", "Ostland Pact")
			},
			[]string{"Norland memberOf Ostland Pact", "Vardo memberOf Ostland Pact", "Kesk memberOf Ostland Pact",
				"Brekka memberOf Ostland Pact", "Ostmark memberOf Ostland Pact"}, nil},
		{"founders named after an apposition; states coordinated before 'joined'",
			"The Ostland Pact, a forerunner of today's Nordic Forum, was founded in 1951 by Norland and Vardo. Kesk and Brekka joined in 2022.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo").
					unknown(graph.Country, "Kesk", "", "Kesk").unknown(graph.Country, "Brekka", "", "Brekka").
					unknown(graph.Organization, "Ostland Pact", "", "Ostland Pact").unknown(graph.Organization, "Nordic Forum", "", "Nordic Forum")
			},
			[]string{"Norland memberOf Ostland Pact", "Vardo memberOf Ostland Pact", "Brekka memberOf Ostland Pact", "Kesk memberOf Ostland Pact"}, nil},
		{"a membership denied is none; 'but belongs to' after it; members listed with 'and the'",
			"Norland is not a member of the Ostland Pact but belongs to the Nordic Forum. Vardo, Kesk and the Brekka Republic are members of the Green League.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo").
					unknown(graph.Country, "Kesk", "", "Kesk").unknown(graph.Country, "Brekka Republic", "", "Brekka Republic").
					unknown(graph.Organization, "Ostland Pact", "", "Ostland Pact").unknown(graph.Organization, "Nordic Forum", "", "Nordic Forum").
					unknown(graph.Organization, "Green League", "", "Green League")
			},
			[]string{"Norland memberOf Nordic Forum", "Brekka Republic memberOf Green League", "Kesk memberOf Green League", "Vardo memberOf Green League"}, nil},
		{"becoming the nth member; belonging to a party",
			"Norland became the 31st member of the Ostland Pact in 2023. Jon Berg belongs to the Green League.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Organization, "Ostland Pact", "", "Ostland Pact").
					unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Organization, "Green League", "", "Green League")
			},
			[]string{"Norland memberOf Ostland Pact", "Jon Berg memberOf Green League"}, nil},
		{"a description before the clause: membership in two bodies, and citizenship",
			"Jon Berg is a politician. A Norlandic lawyer and a long-time member of the Green League and of the farmers' organisation Ostland Pact, he led the campaign.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "=MISC:Norlandic").unknown(graph.Person, "Jon Berg", "", "Jon Berg").
					unknown(graph.Organization, "Green League", "", "Green League").unknown(graph.Organization, "Ostland Pact", "", "Ostland Pact")
			},
			[]string{"Jon Berg memberOf Green League", "Jon Berg memberOf Ostland Pact", "Jon Berg citizenOf Norland"}, nil},
		{"the members a paragraph's organisation has, people or states",
			"The Green League is a band formed in 1972, whose four members are Jon Berg, Lena Dahl, Eva Lund and Ole Berg. Its members were paid.",
			func(h *hand) {
				h.unknown(graph.Organization, "Green League", "", "Green League").unknown(graph.Person, "Jon Berg", "", "Jon Berg").
					unknown(graph.Person, "Lena Dahl", "", "Lena Dahl").unknown(graph.Person, "Eva Lund", "", "Eva Lund").
					unknown(graph.Person, "Ole Berg", "", "Ole Berg")
			},
			[]string{"Jon Berg memberOf Green League", "Lena Dahl memberOf Green League", "Eva Lund memberOf Green League", "Ole Berg memberOf Green League"}, nil},
		{"where a person works, from a word of work and 'at' or 'for', and '<person> of <organisation>'",
			"Lena Dahl is a scientist who worked at Ostmark Bank. She holds professorships at both the Green League and Brekka College. She met Jon Berg of Vardo Mills, Eva Lund of the Kesk Party, and studied at Kesk University.",
			func(h *hand) {
				h.unknown(graph.Person, "Lena Dahl", "", "Lena Dahl").unknown(graph.Person, "Jon Berg", "", "Jon Berg").
					unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.Organization, "Green League", "", "Green League").
					unknown(graph.Organization, "Brekka College", "", "Brekka College").unknown(graph.Organization, "Vardo Mills", "", "Vardo Mills").
					unknown(graph.Organization, "Kesk University", "", "Kesk University").unknown(graph.Person, "Eva Lund", "", "Eva Lund").
					unknown(graph.Organization, "Kesk Party", "", "Kesk Party")
			},
			[]string{"Lena Dahl affiliatedWith Ostmark Bank", "Lena Dahl affiliatedWith Green League", "Lena Dahl affiliatedWith Brekka College",
				"Jon Berg affiliatedWith Vardo Mills", "Eva Lund affiliatedWith Kesk Party"}, nil},
		{"an organisation's name before a role and a person, as wire copy writes them",
			"Vardo Mills analyst Jon Berg spoke. Ostmark Bank chairman Lena Dahl agreed, and so did Eva Lund, a Green League economist. Defence Secretary Ole Berg left. Brekkafon official Ann Berg stayed.",
			func(h *hand) {
				h.unknown(graph.Organization, "Brekkafon", "", "Brekkafon").unknown(graph.Person, "Ann Berg", "", "Ann Berg")
				h.unknown(graph.Organization, "Vardo Mills", "", "Vardo Mills").unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").
					unknown(graph.Organization, "Green League", "", "Green League").unknown(graph.Organization, "Defence", "", "Defence").
					unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Person, "Lena Dahl", "", "Lena Dahl").
					unknown(graph.Person, "Eva Lund", "", "Eva Lund").unknown(graph.Person, "Ole Berg", "", "Ole Berg")
			},
			[]string{"Jon Berg affiliatedWith Vardo Mills", "Eva Lund affiliatedWith Green League", "Ann Berg officialOf Brekkafon"}, nil},
		{"members of an organisation named before, as 'the alliance'",
			"Vardo applied to join the Ostland Pact, but Norland and Kesk, both long-standing members of the alliance, objected. Brekka is also a member of the pact.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo").
					unknown(graph.Country, "Kesk", "", "Kesk").unknown(graph.Country, "Brekka", "", "Brekka").
					unknown(graph.Organization, "Ostland Pact", "", "Ostland Pact")
			},
			[]string{"Kesk memberOf Ostland Pact", "Norland memberOf Ostland Pact", "Brekka memberOf Ostland Pact"}, nil},
		{"a demonym and a title before an apposed name; a language is no nationality",
			"The Norlandic ambassador, Jon Berg, met officials. Lena Dahl, a Norlandic-language poet, won.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "=MISC:Norlandic").unknown(graph.Person, "Jon Berg", "", "Jon Berg").
					unknown(graph.Person, "Lena Dahl", "", "Lena Dahl")
			},
			[]string{"Jon Berg officialOf Norland"}, nil},
		{"members who speak name no member (they speak unnamed: GUIDE.md's source, no speaker)",
			"Ostland Pact members said on Monday that talks would resume.",
			func(h *hand) { h.unknown(graph.Organization, "Ostland Pact", "", "Ostland Pact") },
			nil, []string{" : talks would resume"}},
		{"a citizen, three ways",
			"Jon Berg, a Norland citizen, met Lena Dahl, who holds Vardic citizenship, and Eva Lund is a citizen of Kesk.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "=MISC:Vardic").
					unknown(graph.Country, "Kesk", "", "Kesk").unknown(graph.Person, "Jon Berg", "", "Jon Berg").
					unknown(graph.Person, "Lena Dahl", "", "Lena Dahl").unknown(graph.Person, "Eva Lund", "", "Eva Lund")
			},
			[]string{"Jon Berg citizenOf Norland", "Lena Dahl citizenOf Vardo", "Eva Lund citizenOf Kesk"}, nil},
		{"arresting a citizen makes none",
			"Jon Berg arrested a Norland citizen at the border.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			nil, nil},
		{"a joint statement has every speaker",
			"Norland and Vardo said in a joint statement that the talks had failed.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo")
			},
			nil, []string{"Norland : the talks had failed", "Vardo : the talks had failed"}},
		{"a joint statement of a person and a firm",
			"Jon Berg and Ostmark Bank said in a joint statement that the loan was signed.",
			func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank")
			},
			nil, []string{"Jon Berg : the loan was signed", "Ostmark Bank : the loan was signed"}},
		{"a claim after a person's apposition, 'was quoted as saying', 'pointed out that', 'told <a long hearer> that'",
			"Jon Berg, president of the farmers' council, said prices would fall. Lena Dahl was quoted as saying the strike was over. Eva Lund pointed out that debt would rise. Ole Berg told a meeting of the Norland farmers' council that rain would come.",
			func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Person, "Lena Dahl", "", "Lena Dahl").
					unknown(graph.Person, "Eva Lund", "", "Eva Lund").unknown(graph.Person, "Ole Berg", "", "Ole Berg")
			},
			nil, []string{"Eva Lund : debt would rise", "Jon Berg : prices would fall", "Lena Dahl : the strike was over", "Ole Berg : rain would come"}},
		{"'the company' with several firms named before is the firm the article opens with",
			"Ostmark Bank said it won a licence. The licence was held by Vardo Mills and Brekka Steel. The company said it will open branches.",
			func(h *hand) {
				h.unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.Organization, "Vardo Mills", "", "Vardo Mills").
					unknown(graph.Organization, "Brekka Steel", "", "Brekka Steel")
			},
			nil, []string{"Ostmark Bank : it will open branches", "Ostmark Bank : it won a licence"}},
		{"a pronoun after a name in a fronted phrase stands for the one before it",
			"Jon Berg praised Vardo. Speaking after talks with President Lena Dahl, he said the visit went well.",
			func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Person, "Lena Dahl", "", "Lena Dahl").
					unknown(graph.Country, "Vardo", "", "Vardo")
			},
			nil, []string{"Jon Berg : the visit went well"}},
		{"'the company' is no public body that spoke before it",
			"Ostmark Bank said the Norland Drug Administration approved its drug. The Norland Drug Administration said the drug was safe. Earlier the company said it would sell the drug.",
			func(h *hand) {
				h.unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.Organization, "Norland Drug Administration", "", "Norland Drug Administration")
			},
			nil, []string{"Norland Drug Administration : the drug was safe", "Ostmark Bank : it would sell the drug", "Ostmark Bank : the Norland Drug Administration approved its drug"}},
		{"'quoted X as saying', 'but told reporters', and a claim closed by 'announced'",
			"The Norland Post quoted Jon Berg, the bank's envoy, as saying the loan would come. Lena Dahl would not name the buyer, but told reporters the sale was done. Vardo will buy ten ships, Eva Lund announced.",
			func(h *hand) {
				h.unknown(graph.Organization, "Norland Post", "", "Norland Post").unknown(graph.Person, "Jon Berg", "", "Jon Berg").
					unknown(graph.Person, "Lena Dahl", "", "Lena Dahl").unknown(graph.Person, "Eva Lund", "", "Eva Lund").
					unknown(graph.Country, "Vardo", "", "Vardo")
			},
			nil, []string{"Eva Lund : Vardo will buy ten ships", "Jon Berg : the loan would come", "Lena Dahl : the sale was done"}},
		{"an inverted attribution reaches the name past lower-case words before a title ('said bank spokesman X', 'warns Vardo Mills managing director X')",
			"The loans were sold at book value, said bank spokesman Jon Berg. \"We must be careful,\" warns Vardo Mills managing director Lena Dahl.",
			func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Person, "Lena Dahl", "", "Lena Dahl").
					unknown(graph.Organization, "Vardo Mills", "", "Vardo Mills")
			},
			nil, []string{"Jon Berg : The loans were sold at book value", "Lena Dahl : We must be careful"}},
		{"'the mayor', 'the chairman' stand for the one person the article titled so, before the name or in an apposition after it",
			"Ostby mayor Jon Berg spoke to reporters. The mayor said the city would borrow. Lena Dahl, chairman of Vardo Mills, spoke too. The chairman said sales rose.",
			func(h *hand) {
				h.unknown(graph.City, "Ostby", "", "Ostby").unknown(graph.Person, "Jon Berg", "", "Jon Berg").
					unknown(graph.Person, "Lena Dahl", "", "Lena Dahl").unknown(graph.Organization, "Vardo Mills", "", "Vardo Mills")
			},
			nil, []string{"Jon Berg : the city would borrow", "Lena Dahl : sales rose"}},
		{"a body named before a noun of its kind ('the Vardo Day newspaper', 'the Ostby news agency') speaks; an agency of a department is not the department",
			"The Vardo Day newspaper said the bank would close. Prices rose, the Ostby news agency said. The Norland Energy Department agency said stocks fell.",
			func(h *hand) {
				h.unknown(graph.Organization, "Vardo Day", "", "Vardo Day").unknown(graph.Organization, "Ostby", "", "Ostby").
					unknown(graph.Organization, "Norland Energy Department", "", "Norland Energy Department")
			},
			nil, []string{"Ostby : Prices rose", "Vardo Day : the bank would close"}},
		{"a group told with no name before it ('told companies') is a hearer; what one will tell is not said yet; a name told is no group",
			"Jon Berg has told companies they must limit their imports. Vardo will tell its creditors it needs an extension, Eva Lund said. Eva Lund told Reuters the two companies are talking. " +
				"With many dockers on strike, Vardo will tell the committee the government has a duty to help solve the dispute that has been disrupting the port, Eva Lund said.",
			func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").
					unknown(graph.Person, "Eva Lund", "", "Eva Lund").unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.Organization, "Reuters", "", "Reuters")
			},
			nil, []string{"Eva Lund : Vardo will tell its creditors it needs an extension", "Eva Lund : With many dockers on strike, Vardo will tell the committee the government has a duty to help solve the dispute that has been disrupting the port",
				"Eva Lund : the two companies are talking", "Jon Berg : they must limit their imports"}},
		{"who was told is a gathering, a panel or a group of people: the claim after it is the speaker's",
			"Jon Berg told a bank presentation the loans would grow. Lena Dahl told a Senate hearing the budget would pass. Eva Lund told farm leaders they would get more aid.",
			func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Person, "Lena Dahl", "", "Lena Dahl").
					unknown(graph.Person, "Eva Lund", "", "Eva Lund")
			},
			nil, []string{"Eva Lund : they would get more aid", "Jon Berg : the loans would grow", "Lena Dahl : the budget would pass"}},
		{"'<parent>'s <name> unit said': the unit named speaks, not the parent",
			"Ostmark Holdings Inc's Vardo Mills Inc unit said it would build a plant. Brask Corp's 49 pct owned <Halvard Steel Co> affiliate said sales rose.",
			func(h *hand) {
				h.unknown(graph.Organization, "Ostmark Holdings Inc", "", "Ostmark Holdings Inc").unknown(graph.Organization, "Vardo Mills Inc", "", "Vardo Mills Inc").
					unknown(graph.Organization, "Brask Corp", "", "Brask Corp").unknown(graph.Organization, "Halvard Steel Co", "", "Halvard Steel Co")
			},
			nil, []string{"Halvard Steel Co : sales rose", "Vardo Mills Inc : it would build a plant"}},
		{"a phrase set off by commas between the speech verb and 'that': the claim follows it",
			"Ostmark Bank said, in response to published reports, that it had no losses. It said, instead, that its loans were safe.",
			func(h *hand) { h.unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank") },
			nil, []string{"Ostmark Bank : it had no losses", "Ostmark Bank : its loans were safe"}},
		{"the speaker of the sentence, not of the one before",
			"Lena Dahl spoke first. The budget will pass, Prime Minister Jon Berg said.",
			func(h *hand) {
				h.unknown(graph.Person, "Lena Dahl", "", "Lena Dahl").unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			nil, []string{"Jon Berg : The budget will pass"}},
		{"a relative clause or an apposition after 'the <noun>' before the speech verb",
			"Ostmark Bank cut jobs. The bank, which operates 137 branches, said profits fell. The bank, a unit of Norland Holdings, said costs rose.",
			func(h *hand) {
				h.unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.Organization, "Norland Holdings", "", "Norland Holdings")
			},
			nil, []string{"Ostmark Bank : costs rose", "Ostmark Bank : profits fell"}},
		{"more verbs that report a claim before it; one that claims nothing after it",
			"Jon Berg repeated that the bank would not lend. The Ostmark Bank concluded that rates were too high. Lena Dahl testified in favor of the plan.",
			func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").
					unknown(graph.Person, "Lena Dahl", "", "Lena Dahl")
			},
			nil, []string{"Jon Berg : the bank would not lend", "Ostmark Bank : rates were too high"}},
		{"an estimate of a thing at a figure is a claim; 'pointed out' before a clause without 'that'; a passive estimate has no claimant",
			"The Ostmark Bank estimated Norland's wheat crop at 31.85 mln tonnes. Jon Berg pointed out debtor nations are expected to grow. Total output is estimated at 25 mln tonnes.",
			func(h *hand) {
				h.unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.Country, "Norland", "", "Norland").
					unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			nil, []string{"Jon Berg : debtor nations are expected to grow", "Ostmark Bank : Norland's wheat crop at 31.85 mln tonnes"}},
		{"unnamed sources in two places, and 'another' of them",
			"Traders here and in Vardo said wheat prices fell. One dealer said demand was weak. Another said it would recover.",
			func(h *hand) { h.unknown(graph.City, "Vardo", "", "Vardo") },
			nil, []string{" : demand was weak", " : it would recover", " : wheat prices fell"}},
		{"a quotation after a name and its apposition: the name speaks, not a place in the apposition",
			`Ostmark Bank, the largest lender in Norland, said that "losses would rise."`,
			func(h *hand) {
				h.unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.Country, "Norland", "", "Norland")
			},
			nil, []string{"Ostmark Bank : losses would rise"}},
		{"a quotation right after 'He added,' is the one 'he' stands for",
			`Jon Berg spoke in Brekka City on Monday. He added, "We should cut subsidies."`,
			func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.City, "Brekka City", "", "Brekka City")
			},
			nil, []string{"Jon Berg : We should cut subsidies"}},
		{"a legal form the name leaves out between it and 'said' hides no speaker",
			`Ostmark Bank co said it would cut jobs. Vardo Mills, S.A. said prices rose.`,
			func(h *hand) {
				h.unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.Organization, "Vardo Mills", "", "Vardo Mills")
			},
			nil, []string{"Ostmark Bank : it would cut jobs", "Vardo Mills : prices rose"}},
		{"a bracketed acronym in a trailing attribution does not cut the claim off",
			`Wheat stocks are worrying, Brekka Grain Office (BGO) spokesman Jon Berg said.`,
			func(h *hand) {
				h.unknown(graph.Organization, "Brekka Grain Office", "", "Brekka Grain Office").unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			[]string{"Jon Berg officialOf Brekka Grain Office"}, []string{"Jon Berg : Wheat stocks are worrying"}},
		{"a plural subject takes up the parties a sentence opened with, the first named; a list inside a sentence is none",
			"Ostmark Bank and Halvard AG signed a pact. The companies said the pact covers steel. They said it starts in June. Prices rose in Norland, Vardo and Brekka. They said demand was weak.",
			func(h *hand) {
				h.unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.Organization, "Halvard AG", "", "Halvard AG").
					unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.Country, "Brekka", "", "Brekka")
			},
			nil, []string{"Ostmark Bank : it starts in June", "Ostmark Bank : the pact covers steel"}},
		{"a station's claim has no speaker, and 'he' after it is the person it reported",
			"Jon Vik said the army must act, the radio said. He said it must obey.",
			func(h *hand) { h.unknown(graph.Person, "Jon Vik", "", "Jon Vik") },
			nil, []string{" : Jon Vik said the army must act", "Jon Vik : it must obey", "Jon Vik : the army must act"}},
		{"a claim told to a hearer after notified, informed or assured, with or without 'that'; an adverb between a verb and its clause; advice to act is no claim",
			"Ostmark Bank has notified the union the plant will close. Halvard AG assured a meeting of trade ministers it is making every effort. Ostmark Bank announced previously it was seeking approval. Halvard AG advised shareholders to reject the offer.",
			func(h *hand) {
				h.unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.Organization, "Halvard AG", "", "Halvard AG")
			},
			nil, []string{"Halvard AG : it is making every effort", "Ostmark Bank : it was seeking approval", "Ostmark Bank : the plant will close"}},
		{"an inverted speaker named with its part in the deal ('as lead manager') still speaks; one whose 'as' opens a clause does not",
			"Brekka Bank is issuing a 100 mln dlr bond, said Ostmark Bank as lead manager. Halvard AG said Jon Vik will stay as director.",
			func(h *hand) {
				h.unknown(graph.Organization, "Brekka Bank", "", "Brekka Bank").unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").
					unknown(graph.Organization, "Halvard AG", "", "Halvard AG").unknown(graph.Person, "Jon Vik", "", "Jon Vik")
			},
			nil, []string{"Halvard AG : Jon Vik will stay as director", "Ostmark Bank : Brekka Bank is issuing a 100 mln dlr bond"}},
		{"'quoted <phrase> as saying': a name after its title, a person before 'of <place>', a body's text; a description, active or passive, is an unnamed source",
			"The Brekka Daily quoted federation chairman Jon Vik as saying rates would fall. The Brekka Times quoted Senator Ann Berg of Vestmark as saying the study was flawed. It quoted a Halvard Bank press release as saying the loan would help. Prices will rise, a bank official was quoted by the Brekka Daily as saying. The spokesman was quoted by state radio as saying the talks had failed.",
			func(h *hand) {
				h.unknown(graph.Organization, "Brekka Daily", "", "Brekka Daily@1", "Brekka Daily@2").unknown(graph.Person, "Jon Vik", "", "Jon Vik").
					unknown(graph.Organization, "Brekka Times", "", "Brekka Times").unknown(graph.Person, "Ann Berg", "", "Ann Berg").
					unknown(graph.Region, "Vestmark", "", "Vestmark").unknown(graph.Organization, "Halvard Bank", "", "Halvard Bank")
			},
			nil, []string{" : Prices will rise", " : the talks had failed", "Ann Berg : the study was flawed", "Halvard Bank : the loan would help", "Jon Vik : rates would fall"}},
		{"a quotation right after a speech verb is one quote, not also a reported claim of the same words",
			`Jon Vik said "I hope the leaders can get together to find a solution." But he added "the leaders seem hesitant to make concessions because of politics." He said "We have made a lot of concessions already."`,
			func(h *hand) { h.unknown(graph.Person, "Jon Vik", "", "Jon Vik") },
			nil, []string{"Jon Vik : I hope the leaders can get together to find a solution", "Jon Vik : We have made a lot of concessions already", "Jon Vik : the leaders seem hesitant to make concessions because of politics"}},
		{"'the statement said', 'the report said' take the issuer the article named for that text: issued by, in a statement, 'a statement by X', 'X's report'; a letter no one is named as sending speaks unnamed",
			"Norland issued a statement on Monday about the talks. The talks had failed, the statement said. Ostmark Bank said in a statement it would wait. The statement said the plan was good. Brekka Board's annual report showed exports rose. The report said imports fell. Prices will rise, the letter said.",
			func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").
					unknown(graph.Organization, "Brekka Board", "", "Brekka Board")
			},
			nil, []string{" : Prices will rise", "Brekka Board : imports fell", "Norland : The talks had failed", "Ostmark Bank : it would wait", "Ostmark Bank : the plan was good"}},
		{"'a bank statement said', 'the company's annual report says' take the one body of that kind; 'the paper said' the newspaper named; 'the union' one its members name",
			"Ostmark Bank raised its rates. Rates will rise again, a bank statement said. The Vardo Times reported a strike at Brekka Corp. The paper said the strike would end soon. Brekka Corp said it would wait. Pay is too low, the company's annual report says. The Independent Federation of Flight Attendants sued. The union said the order was unfair.",
			func(h *hand) {
				h.unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.Organization, "Vardo Times", "", "The Vardo Times").
					unknown(graph.Organization, "Brekka Corp", "", "Brekka Corp").
					unknown(graph.Organization, "Independent Federation of Flight Attendants", "", "The Independent Federation of Flight Attendants")
			},
			nil, []string{"Brekka Corp : Pay is too low", "Brekka Corp : it would wait", "Independent Federation of Flight Attendants : the order was unfair", "Ostmark Bank : Rates will rise again", "Vardo Times : the strike would end soon"}},
		{"'the report said' after 'X said in its latest weekly report' is X's",
			"Prices are likely to rise, Ostmark Bank said in its latest weekly market report. Demand may fall, the report said.",
			func(h *hand) { h.unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank") },
			nil, []string{"Ostmark Bank : Demand may fall", "Ostmark Bank : Prices are likely to rise"}},
		{"a claim told to a hearer without 'that' may hold a phrase set off by commas before its verb",
			"Jon Vik told Reuters the talks, which began six weeks ago, ended. Ann Berg told a news conference the incentives, to be introduced in May, include loans.",
			func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Ann Berg", "", "Ann Berg").unknown(graph.Organization, "Reuters", "", "Reuters")
			},
			nil, []string{"Ann Berg : the incentives, to be introduced in May, include loans", "Jon Vik : the talks, which began six weeks ago, ended"}},
		{"a participle of claiming after a comma reports its main clause subject's claim, or the unnamed source's the sentence quotes; the claim before it ends at its comma; 'conceded X ultimately will'",
			"Ostmark Bank sued Brekka Corp, alleging it was deceived. Jon Vik conceded Vardo ultimately will lose. Several bankers said they favoured a deal, arguing that it would help.",
			func(h *hand) {
				h.unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.Organization, "Brekka Corp", "", "Brekka Corp").
					unknown(graph.Person, "Jon Vik", "", "Jon Vik")
			},
			nil, []string{" : it would help", " : they favoured a deal", "Jon Vik : Vardo ultimately will lose", "Ostmark Bank : it was deceived"}},
		{"'revealed' reports a claim as 'disclosed' does",
			"Ostmark Bank revealed it intervened to protect the krone on January 28. Vardo Mills revealed a new logo.",
			func(h *hand) {
				h.unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.Organization, "Vardo Mills", "", "Vardo Mills")
			},
			nil, []string{"Ostmark Bank : it intervened to protect the krone on January 28"}},
		{"an adverb of when or how said ('said earlier', 'said recently', 'said earlier today that') is no part of the claim; 'said further cuts' is",
			"Ostmark Bank said earlier it would sell its stake. Vardo Mills said recently the plant would close. Brekka Corp said earlier today that it would wait. Jon Vik said further cuts would follow.",
			func(h *hand) {
				h.unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.Organization, "Vardo Mills", "", "Vardo Mills").
					unknown(graph.Organization, "Brekka Corp", "", "Brekka Corp").unknown(graph.Person, "Jon Vik", "", "Jon Vik")
			},
			nil, []string{"Brekka Corp : it would wait", "Jon Vik : further cuts would follow", "Ostmark Bank : it would sell its stake", "Vardo Mills : the plant would close"}},
		{"a claim inside a relative clause ends with the clause",
			"The new computer, which Ostmark Bank said will run faster, goes on sale today.",
			func(h *hand) { h.unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank") },
			nil, []string{"Ostmark Bank : will run faster"}},
		{"'the union' is the labour union named before, not a firm the word opens",
			"Ostmark Steelworkers struck the plant. The union said talks failed. Union Brekka Corp grew. The union said pay was low.",
			func(h *hand) {
				h.unknown(graph.Organization, "Ostmark Steelworkers", "", "Ostmark Steelworkers").unknown(graph.Organization, "Union Brekka Corp", "", "Union Brekka Corp")
			},
			nil, []string{"Ostmark Steelworkers : pay was low", "Ostmark Steelworkers : talks failed"}},
		{"scare quotes around a term are no quote",
			`Norland rejected the so-called "peace plan" on Monday.`,
			func(h *hand) { h.unknown(graph.Country, "Norland", "", "Norland") },
			nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHand(t, tt.body)
			tt.build(h)
			res := relate(t, h, "2024-03-04")
			n := names(h.ents)
			var rels, quotes []string
			for _, r := range res.Relations {
				if r.Predicate == graph.RelMemberOf || r.Predicate == graph.RelCitizenOf || r.Predicate == graph.RelBasedIn ||
					r.Predicate == graph.RelOfficialOf || r.Predicate == graph.RelAffiliatedWith || r.Predicate == graph.RelLocatedIn {
					rels = append(rels, n[r.Subject]+" "+r.Predicate+" "+n[r.Object])
				}
			}
			for _, q := range res.Quotes {
				quotes = append(quotes, n[q.Speaker]+" : "+q.Text)
			}
			sort.Strings(quotes)
			if diff := cmp.Diff(tt.rels, rels); diff != "" {
				t.Errorf("%s\nrelations (-want +got):\n%s", tt.body, diff)
			}
			if diff := cmp.Diff(tt.quotes, quotes); diff != "" {
				t.Errorf("%s\nquotes (-want +got):\n%s", tt.body, diff)
			}
		})
	}
}

// What a person is, as encyclopaedic text and wire copy say it: offices
// after verbs of office, with the years of the term, in relative clauses
// and after appositions; membership and employers. The people, countries
// and organisations are invented; the titles are the gazetteer's.
func TestOfficeDescriptions(t *testing.T) {
	cast := func(h *hand) {
		for _, e := range []struct {
			typ      graph.EntityType
			name     string
			surfaces []string
		}{
			{graph.Organization, "Norland Labour Party", []string{"Norland Labour Party"}},
			{graph.Country, "Norland", []string{"Norland", "=MISC:Norlandic"}},
			{graph.Person, "Jon Berg", []string{"Jon Berg"}}, {graph.Person, "Lena Dahl", []string{"Lena Dahl"}},
			{graph.Organization, "Ostland Pact", []string{"Ostland Pact"}}, {graph.Organization, "Ostmark Bank", []string{"Ostmark Bank"}},
		} {
			var in []string
			for _, s := range e.surfaces {
				word := strings.TrimPrefix(s, "=MISC:")
				rest := strings.ReplaceAll(h.body, "Norland Labour Party", "")
				if e.name == "Norland Labour Party" {
					rest = h.body
				}
				if regexp.MustCompile(`\b` + regexp.QuoteMeta(word) + `\b`).MatchString(rest) {
					in = append(in, s)
				}
			}
			if len(in) > 0 {
				h.unknown(e.typ, e.name, "", in...)
			}
		}
	}
	tests := []struct{ body, want string }{
		{"Jon Berg has been President of Norland since 2017.", "Jon Berg leaderOf Norland [President] 2017–"},
		{"Lena Dahl has been Chair of the Ostland Pact since February 2018.", "Lena Dahl leaderOf Ostland Pact [Chair] 2018–"},
		{"Jon Berg served as the 40th prime minister of Norland from 2005 to 2021.", "Jon Berg leaderOf Norland [prime minister] 2005–2021"},
		{"Lena Dahl, a Norlandic diplomat, was Secretary-General of the Ostland Pact.", "Lena Dahl leaderOf Ostland Pact [Secretary-General] –"},
		{"Lena Dahl is a Norlandic economist who served as finance minister of Norland between 2001 and 2004.", "Lena Dahl officialOf Norland [finance minister] 2001–2004"},
		{"Jon Berg is a member of the Norland Labour Party.", "Jon Berg memberOf Norland Labour Party [member] 2024-03-04–"},
		{"Jon Berg, a member of the Ostmark Bank board, spoke.", "Jon Berg officialOf Ostmark Bank [member] 2024-03-04–"},
		{"Jon Berg, management board member of Ostmark Bank, spoke.", "Jon Berg officialOf Ostmark Bank [management board member] 2024-03-04–"},
		{"Jon Berg, a board member of Ostmark Bank, spoke.", "Jon Berg officialOf Ostmark Bank [board member] 2024-03-04–"},
		{"Jon Berg, finance director of Ostmark Bank, spoke.", "Jon Berg officialOf Ostmark Bank [finance director] 2024-03-04–"},
		{"Jon Berg, head of Norland's Ostmark Bank, spoke.", "Jon Berg leaderOf Ostmark Bank [head] 2024-03-04–"},
		{"Jon Berg worked as a journalist for Ostmark Bank.", "Jon Berg affiliatedWith Ostmark Bank [journalist] –"},
		// a legislature's Speaker presides over it: its head
		{"Jon Berg, Speaker of the Ostland Pact, spoke.", "Jon Berg leaderOf Ostland Pact [Speaker] 2024-03-04–"},
		{"Jon Berg works for Ostmark Bank.", "Jon Berg affiliatedWith Ostmark Bank [] 2024-03-04–"},
		{"Jon Berg was elected President of Norland in 2019.", "Jon Berg leaderOf Norland [President] 2019–"},
		{"Jon Berg, the former president of Norland, opened the bridge.", "Jon Berg leaderOf Norland [president] –"},
		{"Jon Berg was later appointed finance minister of Norland (2010–2012).", "Jon Berg officialOf Norland [finance minister] 2010–2012"},
		// news of an appointment: the term starts about the article's date
		{"Jon Berg was appointed finance minister of Norland.", "Jon Berg officialOf Norland [finance minister] 2024-03-04–"},
		// an office in an unnamed part of an organisation is an office in it, below its head
		{"Jon Berg was previously president of Ostmark Bank's trading unit.", "Jon Berg officialOf Ostmark Bank [president of Ostmark Bank's trading unit] –"}, // an office in the bank below its head, not its lead
		// a parenthesis after the name, as encyclopaedias write one
		{"Jon Berg (born 4 May 1961) is an economist at Ostmark Bank.", "Jon Berg affiliatedWith Ostmark Bank [economist] 2024-03-04–"},
		{"Lena Dahl is a diplomat who is serving as the ninth Secretary-General of the Ostland Pact.", "Lena Dahl leaderOf Ostland Pact [Secretary-General] 2024-03-04–"},
		{"Jon Berg is the 46th and current president of Norland.", "Jon Berg leaderOf Norland [president] 2024-03-04–"},
		{"Lena Dahl is a professor of economics at Ostmark Bank.", "Lena Dahl affiliatedWith Ostmark Bank [professor of economics] 2024-03-04–"},
		{"Jon Berg works at Ostmark Bank.", "Jon Berg affiliatedWith Ostmark Bank [] 2024-03-04–"},
		{"Lena Dahl has been the head of government of Norland since 2019.", "Lena Dahl leaderOf Norland [head of government] 2019–"},
		{"Jon Berg was Minister of Finance of Norland from 2001 to 2004.", "Jon Berg officialOf Norland [Minister of Finance] 2001–2004"},
		{"Jon Berg joined the Norland Labour Party in 1990.", "Jon Berg memberOf Norland Labour Party [] 1990–"},
		{"Lena Dahl led the Ostland Pact.", "Lena Dahl leaderOf Ostland Pact [] –"},
		// what is led is the noun after the name: the body's team, not the body
		{"Lena Dahl led the Ostland Pact inspection team in Vardo.", ""},
		{"Jon Berg is a Norlandic revolutionary who led Norland from 1959 to 2008.", "Jon Berg leaderOf Norland [] 1959–2008"},
		{"Jon Berg ruled Norland for a decade.", "Jon Berg leaderOf Norland [] –"},
		// a country led with no term: a team's, perhaps
		{"Jon Berg led Norland to victory in the final.", ""},
		// joining a firm is a job, joining a party membership
		{"Jon Berg joined Ostmark Bank in 1979.", "Jon Berg affiliatedWith Ostmark Bank [] 1979–"},
		// the body before words that qualify the title; a deputy's office is below it
		{"Ostmark Bank Vice Chairman Jon Berg said so.", "Jon Berg officialOf Ostmark Bank [Vice Chairman] 2024-03-04–"},
		{"Ostland Pact External Trade Commissioner Lena Dahl said so.", "Lena Dahl officialOf Ostland Pact [External Trade Commissioner] 2024-03-04–"},
		// a possessive body before the words is not the title's
		{"Ostmark Bank's New York Chairman Jon Berg said so.", ""},
		// "and" after the body joins another noun phrase, no title
		{"The Ostland Pact and President Jon Berg said so.", ""},
		// joining another in an act is no membership
		{"Jon Berg joined Ostmark Bank in asking the court to act.", ""},
		// a department's head works at the bank but heads it not; a
		// delegation is not its country
		{"Lena Dahl was head of research at Ostmark Bank until January.", "Lena Dahl affiliatedWith Ostmark Bank [head of research] –"},
		{"Lena Dahl, head of the Norlandic delegation, spoke first.", ""},
		// two offices coordinated
		{"Jon Berg served as prime minister of Norland and president of the Norland Labour Party.", "Jon Berg leaderOf Norland [prime minister] –; Jon Berg leaderOf Norland Labour Party [president] –"},
		// the office is the other person's
		{"Jon Berg met Lena Dahl, who was President of Norland until 2020.", "Lena Dahl leaderOf Norland [President] –2020"},
		// a pronoun opening the next sentence: the person the sentence
		// before opens with
		{"Jon Berg is a Norlandic economist. He was finance minister of Norland from 2001 to 2004.", "Jon Berg officialOf Norland [finance minister] 2001–2004"},
		// an encyclopaedic article's pronoun stands for its topic, not
		// for another person named since; a pronoun of the other gender
		// for the one named before it
		{"Jon Berg (born 1950) is a Norlandic economist. His first teacher was Lena Dahl. He served as president of the Ostland Pact from 2001 to 2004.", "Jon Berg leaderOf Ostland Pact [president] 2001–2004"},
		{"Lena Dahl is a Norlandic economist. She married Jon Berg in 1990. He was president of Norland from 2001 to 2004.", "Jon Berg leaderOf Norland [president] 2001–2004"},
		// a second office after the years of the first
		{"Jon Berg was prime minister of Norland from 1995 to 2013 and later president of the Ostland Pact.", "Jon Berg leaderOf Norland [prime minister] 1995–2013; Jon Berg leaderOf Ostland Pact [president] –"},
		// a participle of office after the description
		{"Jon Berg is a Norlandic politician serving as the 12th president of Norland since 2014.", "Jon Berg leaderOf Norland [president] 2014–"},
		// appositions without an article, as wire copy writes them, and
		// the title and state before the name
		{"Lena Dahl, Norland's finance minister, opened the bridge.", "Lena Dahl officialOf Norland [finance minister] 2024-03-04–"},
		{"Jon Berg, President of Norland, opened the bridge.", "Jon Berg leaderOf Norland [President] 2024-03-04–"},
		{"The president of Norland, Jon Berg, opened the bridge.", "Jon Berg leaderOf Norland [president] 2024-03-04–"},
		// in a list, a title before the next name is that person's
		{"Lena Dahl, Norlandic President Jon Berg and others met.", "Jon Berg leaderOf Norland [President] 2024-03-04–"},
		// what the employer is, between the verb and its name
		{"Lena Dahl works for the newspaper Ostmark Bank.", "Lena Dahl affiliatedWith Ostmark Bank [] 2024-03-04–"},
		// a second description coordinated with an article
		{"Lena Dahl is a professor at Ostmark Bank and a fellow of the Ostland Pact.", "Lena Dahl affiliatedWith Ostmark Bank [professor] 2024-03-04–; Lena Dahl affiliatedWith Ostland Pact [fellow] 2024-03-04–"},
		// a pronoun after an opening phrase of time joins
		{"Lena Dahl is a Norlandic journalist. In 2019 she joined Ostmark Bank as a correspondent.", "Lena Dahl affiliatedWith Ostmark Bank [] 2019–"},
		// "the country's" office: the country named last
		{"Lena Dahl is a Norlandic politician who served as the country's prime minister from 2017 to 2023.", "Lena Dahl leaderOf Norland [prime minister] 2017–2023"},
		// an ordinal after the state's possessive; "twice"
		{"Lena Dahl was Norland's fourth prime minister.", "Lena Dahl leaderOf Norland [prime minister] –"},
		{"Lena Dahl was twice President of Norland.", "Lena Dahl leaderOf Norland [President] –"},
		// a title after "as", whatever the verb
		{"Jon Berg returned as Prime Minister of Norland in December 2023.", "Jon Berg leaderOf Norland [Prime Minister] 2023–"},
		// an office named by its noun; "having served as"; "had headed";
		// an adjective between "the" and the party
		{"Jon Berg is a Norlandic politician who returned to the presidency of Norland in 2023.", "Jon Berg leaderOf Norland [presidency] 2023–"},
		{"Jon Berg became president of Norland, having previously served as the Ostland Pact's vice president.", "Jon Berg leaderOf Norland [president] 2024-03-04–; Jon Berg officialOf Ostland Pact [vice president] –"},
		{"Lena Dahl, who had headed the Ostland Pact for years, resigned.", "Lena Dahl leaderOf Ostland Pact [] –"},
		{"Jon Berg remained chairman of the ruling Norland Labour Party until 1990.", "Jon Berg leaderOf Norland Labour Party [chairman] –1990"},
		// a description of the body's kind between "of" and its name
		{"Jon Berg, leader of the opposition party Norland Labour Party, spoke.", "Jon Berg leaderOf Norland Labour Party [leader] 2024-03-04–"},
		{"Lena Dahl, president of the cocoa trading firm Ostmark Bank, spoke.", "Lena Dahl leaderOf Ostmark Bank [president] 2024-03-04–"},
		{"Lena Dahl, chairman of the Norlandic bank Ostmark Bank, spoke.", "Lena Dahl leaderOf Ostmark Bank [chairman] 2024-03-04–"},
		// "chief of" as "head of"; a unit of a region in the body
		{"Lena Dahl, chief of Ostmark Bank's treasury division, spoke.", "Lena Dahl officialOf Ostmark Bank [chief of Ostmark Bank's treasury division] 2024-03-04–"},
		{"Jon Berg, director of Ostmark Bank's Norlandic division, spoke.", "Jon Berg officialOf Ostmark Bank [director of Ostmark Bank's Norlandic division] 2024-03-04–"},
		// a rank before a capitalised title without an article; a post abroad of a state
		{"Lena Dahl, Deputy Finance Minister of Norland, spoke.", "Lena Dahl officialOf Norland [Deputy Finance Minister] 2024-03-04–"},
		{"Jon Berg, Deputy Trade Minister at the Norlandic embassy, spoke.", "Jon Berg officialOf Norland [Deputy Trade Minister] 2024-03-04–"},
		{"Jon Berg, a spokesman at the Norlandic embassy, spoke.", "Jon Berg officialOf Norland [spokesman] 2024-03-04–"},
		// a body saying what its officer did names his office, also without "its"
		{"Ostmark Bank said senior vice president Jon Berg resigned.", "Jon Berg officialOf Ostmark Bank [senior vice president] 2024-03-04–"},
		{"Ostmark Bank said founder and chairman Lena Dahl resigned.", "Lena Dahl leaderOf Ostmark Bank [chairman] 2024-03-04–"},
		{"Ostmark Bank raised rates. \"Costs rose,\" said spokesman Jon Berg.", ""},
		// "chief" or "head" after the body; the office's field before the title; no longer held
		{"Ostmark Bank chief Jon Berg spoke.", "Jon Berg leaderOf Ostmark Bank [chief] 2024-03-04–"},
		{"Ostland Pact farm Commissioner Lena Dahl spoke.", "Lena Dahl officialOf Ostland Pact [farm Commissioner] 2024-03-04–"},
		{"Former Ostmark Bank chief Jon Berg spoke.", ""},
		{"The estate of late Ostmark Bank chairman Jon Berg sold shares.", ""},
		// a word of standing before the body's name
		{"Lena Dahl, head of the powerful Ostmark Bank, spoke.", "Lena Dahl leaderOf Ostmark Bank [head] 2024-03-04–"},
		// what one may be of a body without working for it
		{"Jon Berg, a graduate of Ostmark Bank, spoke; Lena Dahl, a critic of the Ostland Pact, agreed.", ""},
		// a deputy's office is below the title it names
		{"Lena Dahl is the first deputy managing director of the Ostmark Bank.", "Lena Dahl officialOf Ostmark Bank [deputy managing director] 2024-03-04–"},
		// words that rank an office before its title: a deputy's word
		// puts it below the title, others keep the title's kind; a field
		// after "for" is part of the role, a body after "for the" is not
		// the employer's
		{"Lena Dahl, senior vice president of Ostmark Bank, spoke.", "Lena Dahl officialOf Ostmark Bank [senior vice president] 2024-03-04–"},
		{"Lena Dahl, executive vice president for finance at Ostmark Bank, spoke.", "Lena Dahl officialOf Ostmark Bank [executive vice president for finance] 2024-03-04–"},
		{"Lena Dahl, acting chairman of Ostmark Bank, spoke.", "Lena Dahl leaderOf Ostmark Bank [chairman] 2024-03-04–"},
		{"Lena Dahl, a spokesman for the union at Ostmark Bank, spoke.", ""},
		// a title with an "of <field>" complement in capitals before the
		// name; a person's name is no field
		{"Norland's Secretary of Trade and Industry Lena Dahl spoke.", "Lena Dahl officialOf Norland [Secretary of Trade and Industry] 2024-03-04–"},
		{"Norland's Minister of Finance Lena Dahl spoke.", "Lena Dahl officialOf Norland [Minister of Finance] 2024-03-04–"},
		// a state's name before a job in its service: its official, also
		// by its demonym; a trade is no office
		{"Chief Norland arms control negotiator Lena Dahl spoke.", "Lena Dahl officialOf Norland [arms control negotiator] 2024-03-04–"},
		{"Norlandic trade official Lena Dahl spoke.", "Lena Dahl officialOf Norland [trade official] 2024-03-04–"},
		{"Norlandic economist Lena Dahl spoke.", ""},
		// a firm's officers below its head
		{"Lena Dahl, treasurer of Ostmark Bank, spoke.", "Lena Dahl officialOf Ostmark Bank [treasurer] 2024-03-04–"},
		{"Ostmark Bank treasurer Lena Dahl spoke.", "Lena Dahl officialOf Ostmark Bank [treasurer] 2024-03-04–"},
		// a body's name and a title before a person
		{"Ostmark Bank chairman Lena Dahl agreed.", "Lena Dahl leaderOf Ostmark Bank [chairman] 2024-03-04–"},
		// a title after a noun and "as" is not the person's: a nominee's
		{"Jon Berg's nominee as president of the Ostland Pact withdrew.", ""},
		// an envoy serves the state that sends it, not the one it is sent to
		{"Lena Dahl served as ambassador to Norland.", ""},
		// a second office after a month and year
		{"Jon Berg became president of the Ostland Pact in December 2017 and President of Norland in February 2018.", "Jon Berg leaderOf Ostland Pact [president] 2017–; Jon Berg leaderOf Norland [President] 2018–"},
		// a pronoun after an opening phrase that names others, or after a year
		{"Jon Berg was a Norlandic statesman. After Vardo's union with Kesk he became the first President of Norland in 1964.", "Jon Berg leaderOf Norland [President] 1964–"},
		// the head of the organisation a sentence opens with, by "led by";
		// "Its chairman, X," of the paragraph's organisation
		{"The Ostland Pact has been led since 2016 by Lena Dahl.", "Lena Dahl leaderOf Ostland Pact [] 2016–"},
		{"The Ostland Pact was set up in 1950. Its chairman, Jon Berg, spoke.", "Jon Berg leaderOf Ostland Pact [chairman] 2024-03-04–"},
		// chairing a body leads it, also past a description of its kind
		// in lower case; a meeting chaired is no body
		{"Lena Dahl chaired the international law firm Ostmark Bank from 2001 to 2004.", "Lena Dahl leaderOf Ostmark Bank [] 2001–2004"},
		{"Jon Berg also chairs the Ostland Pact.", "Jon Berg leaderOf Ostland Pact [] 2024-03-04–"},
		{"Jon Berg chaired the meeting of the Ostland Pact.", ""},
		// years spent in an office
		{"Lena Dahl previously spent eight years as managing director of Ostmark Bank.", "Lena Dahl leaderOf Ostmark Bank [managing director] –"},
		{"Jon Berg spent three years as a prisoner in Norland.", ""},
		// a band's players are its members
		{"Jon Berg is the guitarist of the Ostland Pact.", "Jon Berg memberOf Ostland Pact [guitarist] 2024-03-04–"},
		// how the office was won, between the country and its title
		{"Lena Dahl is a Norlandic activist who became the country's first democratically elected president.", "Lena Dahl leaderOf Norland [president] 2024-03-04–"},
		// an office a relative clause of the body names
		{"The coalition ended rule by the Ostland Pact, whose chairman is Jon Berg.", "Jon Berg leaderOf Ostland Pact [chairman] 2024-03-04–"},
		{"The plan came from Ostmark Bank, whose shares rose.", ""},
		// states joined since the year the sentence gives, each of a
		// coordinated subject
		{"Norland and Ostmark Bank joined the Ostland Pact in 1986.", "Ostmark Bank memberOf Ostland Pact [] 1986–; Norland memberOf Ostland Pact [] 1986–"},
		// no office, no relation
		{"Jon Berg was in Norland for talks with the Ostland Pact.", ""},
		{"Jon Berg has been critical of the Ostland Pact since 2019.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.body, func(t *testing.T) {
			h := newHand(t, tt.body)
			cast(h)
			res := relate(t, h, "2024-03-04")
			if diff := cmp.Diff(tt.want, officeLines(h, res)); diff != "" {
				t.Errorf("relations (-want +got):\n%s", diff)
			}
		})
	}
}

// TestOwnLemma: the inflected forms of the verbs of our own lists lead back
// to them; other words to nothing.
func TestOwnLemma(t *testing.T) {
	for form, want := range map[string]string{
		"massed": "mass", "masses": "mass", "massing": "mass", "mobilising": "mobilise", "mobilised": "mobilise",
		"deployed": "deploy", "deploys": "deploy", "stopped": "stop", "stopping": "stop", "denied": "deny",
		"denies": "deny", "halted": "halt", "supplies": "supply", "sanctions": "", "talks": "", "ruled": "",
	} {
		if got := ownLemma(form); got != want {
			t.Errorf("ownLemma(%q) = %q, want %q", form, got, want)
		}
	}
}

// TestHeadlineEvents: a headline in capitals is read as running text (the
// parser learned verbs from lower-case words), and in headlinese the
// present tells what happened and "to" what will happen. (Real states: the
// tagger reads "CONDEMNS" after a word it has never seen as a plural noun.)
func TestHeadlineEvents(t *testing.T) {
	for _, tt := range []struct {
		body string
		want []string
	}{
		{"NORWAY CONDEMNS SWEDEN OVER BORDER CLASH", []string{"disapproval 111 happened: Norway/actor, Sweden/target"}},
		{"NORWAY REJECTS SWEDISH PEACE PLAN", []string{"reject 120 happened: Norway/actor, Sweden/target"}},
		// known error: without articles the tagger reads "SIGN TRADE
		// ACCORD" as one noun phrase; the accord is found by its noun,
		// with both states as actors instead of participants
		{"NORWAY AND SWEDEN SIGN TRADE ACCORD", []string{"agreement 057 happened: Norway/participant, Sweden/participant"}},
		{"NORWAY TO SIGN TRADE ACCORD WITH SWEDEN", []string{"agreement 032 planned: Norway/participant, Sweden/participant"}},
		// the same words in running text, present tense: not yet known to have happened
		{"Norway condemns Sweden over the border clash.", []string{"disapproval 111 happened: Norway/actor, Sweden/target"}},
	} {
		t.Run(tt.body, func(t *testing.T) {
			h := newHand(t, tt.body)
			for _, n := range []string{"Norway", "NORWAY"} {
				if strings.Contains(tt.body, n) {
					h.known(graph.Country, "Norway", n)
				}
			}
			for _, n := range []string{"Sweden", "SWEDEN", "=MISC:SWEDISH"} {
				if strings.Contains(tt.body, strings.TrimPrefix(n, "=MISC:")) {
					h.known(graph.Country, "Sweden", n)
				}
			}
			res := relate(t, h, "2024-03-04")
			if diff := cmp.Diff(tt.want, codedLines(res.Events, names(h.ents))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.body, diff)
			}
		})
	}
}

// TestEventEvidenceNamesItsParties: an event told twice, once by a phrase
// that names none of its parties and once by a sentence that names them,
// carries the naming sentence as its evidence.
func TestEventEvidenceNamesItsParties(t *testing.T) {
	body := "Their agreement last month calmed the markets. In February Norland and Vardo agreed to hold their currencies steady."
	h := newHand(t, body)
	h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo")
	res := relate(t, h, "2024-03-04")
	second := strings.Index(body, "In February")
	n := 0
	for _, e := range res.Events {
		if e.Type != "agreement" {
			continue
		}
		n++
		if e.Evidence.Start < second {
			t.Errorf("the agreement's evidence is %q, not the sentence that names its parties", e.Evidence.Text)
		}
	}
	if n != 1 {
		t.Errorf("%d agreements, want the one told twice: %+v", n, res.Events)
	}
}
