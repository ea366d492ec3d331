package relate

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"actorgraph/graph"
	"actorgraph/ingest/segment"
)

// names maps entity ids to names for readable comparisons.
func names(ents ...[]graph.Entity) map[string]string {
	m := map[string]string{}
	for _, es := range ents {
		for _, e := range es {
			m[e.ID] = e.Name
		}
	}
	return m
}

// relationLines renders relations as "Subject predicate Object (role)".
func relationLines(rs []graph.Relation, n map[string]string) []string {
	var out []string
	for _, r := range rs {
		s := n[r.Subject] + " " + r.Predicate + " " + n[r.Object]
		if r.Role != "" {
			s += " (" + r.Role + ")"
		}
		if r.Attributed != "" {
			s += " per " + n[r.Attributed]
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// eventLines renders events as "type date @location status: name/role …".
func eventLines(evs []graph.Event, n map[string]string) []string {
	var out []string
	for _, e := range evs {
		var ps []string
		for _, p := range e.Participants {
			ps = append(ps, n[p.Entity]+"/"+p.Role)
		}
		s := fmt.Sprintf("%s %s @%s %s: %s", e.Type, e.Date, n[e.Location], e.Status, strings.Join(ps, ", "))
		if e.Attributed != "" {
			s += " per " + n[e.Attributed]
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// quoteLines renders quotes as "speaker|source date direct: text".
func quoteLines(qs []graph.Quote, n map[string]string) []string {
	var out []string
	for _, q := range qs {
		who := n[q.Speaker]
		if q.UnnamedSpeaker != "" {
			who = q.UnnamedSpeaker
		}
		out = append(out, fmt.Sprintf("%s %s %v: %s", who, q.Date, q.Direct, q.Text))
	}
	sort.Strings(out)
	return out
}

func relate(t *testing.T, h *hand, published string) Result {
	t.Helper()
	res := newRelater(t).Relate(graph.ArticleID("", h.body), h.body, published, segment.Sentences(h.body), h.ents)
	x := graph.Extraction{Article: graph.Article{ID: graph.ArticleID("", h.body)}, Body: h.body,
		Entities: append([]graph.Entity{}, h.ents...), Relations: res.Relations, Events: res.Events, Quotes: res.Quotes}
	if err := graph.Validate(x); err != nil {
		t.Fatalf("result does not validate: %v", err)
	}
	return res
}

func TestRelations(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		published string // 2019-04-24 when empty
		build     func(h *hand)
		want      []string
	}{
		{
			name: "title with a demonym",
			body: "German Chancellor Angela Merkel spoke first.",
			build: func(h *hand) {
				h.known(graph.Country, "Germany", "=MISC:German").known(graph.Person, "Angela Merkel", "Angela Merkel")
			},
			want: []string{"Angela Merkel leaderOf Germany (Chancellor)"},
		},
		{
			name: "a country's firm described at length, 'and' inside the description, before a firm's noun",
			body: "Norland's mining and metals group Halvard Oy said so. Vardo's trade and industry minister met Brask Oy.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Organization, "Halvard Oy", "", "Halvard Oy").
					unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.Organization, "Brask Oy", "", "Brask Oy")
			},
			want: []string{"Halvard Oy basedIn Norland"},
		},
		{
			name: "'the newly-elected chairman of the Halvard union, X,': modifiers before the title and the body's kind after its name; a former one holds no office",
			body: "The newly-elected chairman of the Halvard union, Jon Vik, spoke. The former president of Brask Corp, Ada Berg, left.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard", "", "Halvard").unknown(graph.Person, "Jon Vik", "", "Jon Vik").
					unknown(graph.Organization, "Brask Corp", "", "Brask Corp").unknown(graph.Person, "Ada Berg", "", "Ada Berg")
			},
			want: []string{"Jon Vik leaderOf Halvard (chairman)"},
		},
		{
			name: "a titled person 'of (the)' the country or body the title serves holds the office in it; a firm's chairman is no office of a state",
			body: "President Ada Berg of Norland said so. Chairman Jon Vik of the Halvard Corp spoke. Finance Minister Per Lund of Norland agreed. Chairman Ola Rud of Norland left.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Ada Berg", "", "Ada Berg").unknown(graph.Country, "Norland", "", "Norland").
					unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").
					unknown(graph.Person, "Per Lund", "", "Per Lund").unknown(graph.Person, "Ola Rud", "", "Ola Rud")
			},
			want: []string{"Ada Berg leaderOf Norland (President)", "Jon Vik leaderOf Halvard Corp (Chairman)", "Per Lund officialOf Norland (Finance Minister)"},
		},
		{
			name: "an apposition placing a body or a place by a place's name or adjective: based in it, or located in it; a state's capitalised portfolio before a title; 'the head of <Org> (<acronym>), <Person>' leads it",
			body: "Halvard Corp, a Brekka investment advisor, said so. Vardo Mills, an Ostlandic engineering company, won. Ostby, a Norlandic port, was closed. Jon Vik, a Brekka lawyer, left. Norland's Overseas Trade minister Ada Berg arrived. The head of the Ostmark Oil Company (OOC), Per Lund, said so.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.City, "Brekka", "", "Brekka").
					unknown(graph.Organization, "Vardo Mills", "", "Vardo Mills").unknown(graph.Country, "Ostland", "", "=MISC:Ostlandic").
					unknown(graph.City, "Ostby", "", "Ostby").unknown(graph.Country, "Norland", "", "Norland", "=MISC:Norlandic").
					unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Ada Berg", "", "Ada Berg").
					unknown(graph.Organization, "Ostmark Oil Company", "", "Ostmark Oil Company").unknown(graph.Person, "Per Lund", "", "Per Lund")
			},
			want: []string{
				"Ada Berg officialOf Norland (Overseas Trade minister)",
				"Halvard Corp basedIn Brekka",
				"Ostby locatedIn Norland",
				"Per Lund leaderOf Ostmark Oil Company (head)",
				"Vardo Mills basedIn Ostland",
			},
		},
		{
			name: "a long description of a firm's kind, joined by 'and', places it in the country before it, which is no party of what it does",
			body: "The Norlandic metal trading and equipment sales company Vardo Export signed the contract with Ostland. The Norlandic seed and cotton mill Brask Agricola sold oil.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "=MISC:Norlandic").unknown(graph.Organization, "Vardo Export", "", "Vardo Export").
					unknown(graph.Country, "Ostland", "", "Ostland").unknown(graph.Organization, "Brask Agricola", "", "Brask Agricola")
			},
			want: []string{"Brask Agricola basedIn Norland", "Vardo Export basedIn Norland"},
		},
		{
			name: "'X, a <town of two words>-based broker' places X in the town",
			body: "Jon Berg works for Halvard Co Inc, a Vesk City-based securities broker-dealer.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Organization, "Halvard Co Inc", "", "Halvard Co Inc").
					unknown(graph.City, "Vesk City", "", "Vesk City")
			},
			want: []string{"Halvard Co Inc basedIn Vesk City", "Jon Berg affiliatedWith Halvard Co Inc"},
		},
		{
			name: "a citizen of two countries joined by 'and', after 'who is'",
			body: "Jon Berg, who is a Norlandic and Ostlandic citizen, sold oil.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "=MISC:Norlandic").unknown(graph.Country, "Ostland", "", "=MISC:Ostlandic").
					unknown(graph.Person, "Jon Berg", "", "Jon Berg")
			},
			want: []string{"Jon Berg citizenOf Norland", "Jon Berg citizenOf Ostland"},
		},
		{
			name: "a firm with a legal form placed by a town and the town's state between commas is based in the town; a list of firms places none",
			body: "Halvard Corp, Ostby, Vesk, was picked. The underwriters are Vardo Ltd, Brask Inc and Ostmark Co.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.City, "Ostby", "", "Ostby").
					unknown(graph.Region, "Vesk", "", "Vesk").unknown(graph.Organization, "Vardo Ltd", "", "Vardo Ltd").
					unknown(graph.Organization, "Brask Inc", "", "Brask Inc").unknown(graph.Organization, "Ostmark Co", "", "Ostmark Co")
			},
			want: []string{"Halvard Corp basedIn Ostby", "Ostby locatedIn Vesk"},
		},
		{
			name: "an apposition placing a body as a place's subsidiary 'of' its owner, or as a mill, bases it there",
			body: "Halvard Invest NV, a Norlandic finance subsidiary of Vardo Mills, sold bonds. Ostmark Steel, an Ostlandic steel mill, said so.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Invest NV", "", "Halvard Invest NV").unknown(graph.Country, "Norland", "", "=MISC:Norlandic").
					unknown(graph.Organization, "Vardo Mills", "", "Vardo Mills").unknown(graph.Organization, "Ostmark Steel", "", "Ostmark Steel").
					unknown(graph.Country, "Ostland", "", "=MISC:Ostlandic")
			},
			want: []string{"Halvard Invest NV basedIn Norland", "Ostmark Steel basedIn Ostland"},
		},
		{
			name: "a city before 'in' and a country, a county before a comma and its state, and a firm with a legal form before 'of' and its seat; a body whose name goes on with 'of', or a country's office, is no seat",
			body: "Talks were held at Ostby in Norland. The mine is in Vesk County, Brekka. Halvard Corp of Ostby rose. The president of Norland spoke. Exports of Vardo Mills rose in Norland.",
			build: func(h *hand) {
				h.unknown(graph.City, "Ostby", "", "Ostby").unknown(graph.Country, "Norland", "", "Norland").
					unknown(graph.Region, "Vesk County", "", "Vesk County").unknown(graph.Region, "Brekka", "", "Brekka").
					unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Vardo Mills", "", "Vardo Mills")
			},
			want: []string{
				"Halvard Corp basedIn Ostby",
				"Ostby locatedIn Norland",
				"Vesk County locatedIn Brekka",
			},
		},
		{
			name: "a body described by its country's possessive beside its name is based there, the description before or after the name; a country's possessive before another noun is no seat",
			body: "Halvard Corp, Norland's biggest state mining firm, said so. Talks with Vardo's largest bank, Ostmark Bank, ended. Norland's exports rose.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Country, "Norland", "", "Norland").
					unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank")
			},
			want: []string{
				"Halvard Corp basedIn Norland",
				"Ostmark Bank basedIn Vardo",
			},
		},
		{
			name: "a job after a comma without an article, of or after a firm's possessive, is an affiliation; an official or spokesman is the body's official",
			body: "Jon Vik, chief economist of Halvard Corp, said so. Ada Berg, Ostmark Bank's senior dealer, agreed. Per Lund, deputy general manager at Vardo Trust, left. Eva Dahl, a senior official of the Brekka Union, spoke.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").
					unknown(graph.Person, "Ada Berg", "", "Ada Berg").unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").
					unknown(graph.Person, "Per Lund", "", "Per Lund").unknown(graph.Organization, "Vardo Trust", "", "Vardo Trust").
					unknown(graph.Person, "Eva Dahl", "", "Eva Dahl").unknown(graph.Organization, "Brekka Union", "", "Brekka Union")
			},
			want: []string{
				"Ada Berg affiliatedWith Ostmark Bank (senior dealer)",
				"Eva Dahl officialOf Brekka Union (senior official)",
				"Jon Vik affiliatedWith Halvard Corp (chief economist)",
				"Per Lund affiliatedWith Vardo Trust (deputy general manager)",
			},
		},
		{
			name: "a title in lower case after a state's possessive or demonym, a hyphenated title, a job after a firm's possessive; a person's possessive gives none",
			body: "Norland's deputy energy minister Ada Berg arrived. Ostmark energy and mines minister Per Lund spoke. Vardo Bank Vice-President Jon Vik said so. Halvard Corp's senior dealer Eva Dahl said so. Ada Berg's new chief of staff Nils Holm resigned.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Ostmark", "", "Ostmark").
					unknown(graph.Person, "Ada Berg", "", "Ada Berg").unknown(graph.Person, "Per Lund", "", "Per Lund").
					unknown(graph.Organization, "Vardo Bank", "", "Vardo Bank").unknown(graph.Person, "Jon Vik", "", "Jon Vik").
					unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Person, "Eva Dahl", "", "Eva Dahl").
					unknown(graph.Person, "Nils Holm", "", "Nils Holm")
			},
			want: []string{
				"Ada Berg officialOf Norland (deputy energy minister)",
				"Eva Dahl affiliatedWith Halvard Corp (senior dealer)",
				"Jon Vik officialOf Vardo Bank (Vice-President)",
				"Per Lund officialOf Ostmark (energy and mines minister)",
			},
		},
		{
			name: "the <country> <kind> of <place>: the place is in the country, past a few words of description; not after a people's adjective",
			body: "The ferry sailed from the Ostmark port of Valby to the southern Norland town of Brask. Strikes hit the predominantly ethnic Norland province of Kerra.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Ostmark", "", "Ostmark").unknown(graph.Country, "Norland", "", "Norland").
					unknown(graph.City, "Valby", "", "Valby").unknown(graph.City, "Brask", "", "Brask").unknown(graph.Region, "Kerra", "", "Kerra")
			},
			want: []string{"Brask locatedIn Norland", "Valby locatedIn Ostmark"},
		},
		{
			name: "a town, a comma and its state before 'and': the last of two towns; not an item of a list of places",
			body: "It sold centers in Ostby and Valby, Kerra and steel. Rains fell in Brask, Vesk and Lund.",
			build: func(h *hand) {
				h.unknown(graph.City, "Ostby", "", "Ostby").unknown(graph.City, "Valby", "", "Valby").unknown(graph.Region, "Kerra", "", "Kerra").
					unknown(graph.City, "Brask", "", "Brask").unknown(graph.Region, "Vesk", "", "Vesk").unknown(graph.Region, "Lund", "", "Lund")
			},
			want: []string{"Valby locatedIn Kerra"},
		},
		{
			name: "a body before 'in' and a town with its state is seated in the town; a congress held there is not",
			body: "The Ostby Savings Bank in Valby, Kerra, failed. Delegates attending the Norland Pork Congress in Valby, Kerra, voted.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Ostby Savings Bank", "", "Ostby Savings Bank").unknown(graph.City, "Valby", "", "Valby").
					unknown(graph.Region, "Kerra", "", "Kerra").unknown(graph.Organization, "Norland Pork Congress", "", "Norland Pork Congress")
			},
			want: []string{"Ostby Savings Bank basedIn Valby", "Valby locatedIn Kerra"},
		},
		{
			name: "official title with a complement",
			body: "U.S. Special Envoy for North Korea Stephen Biegun flew on.",
			build: func(h *hand) {
				h.known(graph.Country, "United States", "U.S.").known(graph.Country, "North Korea", "North Korea").
					known(graph.Person, "Stephen Biegun", "Stephen Biegun")
			},
			want: []string{"Stephen Biegun officialOf United States (Special Envoy for North Korea)"},
		},
		{
			name: "organisation title",
			body: "NATO Secretary-General Jens Stoltenberg said the alliance was ready.",
			build: func(h *hand) {
				h.known(graph.Organization, "NATO", "NATO").unknown(graph.Person, "Jens Stoltenberg", "", "Jens Stoltenberg")
			},
			want: []string{"Jens Stoltenberg leaderOf North Atlantic Treaty Organization (Secretary-General)"},
		},
		{
			name: "a title of a portfolio: the country before it, no body named 'Labour'",
			body: "U.S. Trade Representative Jon Vik met Labour Minister Jon Berg and Oil Minister Ana Lis.",
			build: func(h *hand) {
				h.known(graph.Country, "United States", "U.S.").unknown(graph.Person, "Jon Vik", "", "Jon Vik").
					unknown(graph.Organization, "Labour", "", "Labour").unknown(graph.Person, "Jon Berg", "", "Jon Berg").
					unknown(graph.Person, "Ana Lis", "", "Ana Lis")
			},
			want: []string{"Jon Vik officialOf United States (Trade Representative)"},
		},
		{
			name: "apposition at an organisation",
			body: "The plan is weak, said Jane Roe, a senior fellow at the Lakeside Forum, a research group.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Lakeside Forum", "", "Lakeside Forum").unknown(graph.Person, "Jane Roe", "", "Jane Roe")
			},
			want: []string{"Jane Roe affiliatedWith Lakeside Forum (senior fellow)"},
		},
		{
			name: "apposition with a country and a title",
			body: "John Doe, the U.S. ambassador to the United Nations, told the council it must act.",
			build: func(h *hand) {
				h.known(graph.Country, "United States", "U.S.").known(graph.Organization, "United Nations", "United Nations").
					unknown(graph.Person, "John Doe", "", "John Doe")
			},
			want: []string{"John Doe officialOf United States (ambassador to the United Nations)"},
		},
		{
			name: "based in, two ways",
			body: "The Osaka-based daily Kita Shimbun disagreed. So did the Harbor Institute, a research group based in Seattle.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Kita Shimbun", "", "Kita Shimbun").unknown(graph.Organization, "Harbor Institute", "", "Harbor Institute").
					known(graph.City, "Osaka", "Osaka").known(graph.City, "Seattle", "Seattle")
			},
			want: []string{
				"Harbor Institute basedIn Seattle",
				"Kita Shimbun basedIn Osaka",
			},
		},
		{
			name: "'<City>, <State abbreviation>.-based' places the firm in the city, before it or in an apposition",
			body: "Halvard Corp bought Torvik, Calif.-based Brask Mills. It sold Ostmark Tools, a Vardo, Calif.-based maker of saws.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Brask Mills", "", "Brask Mills").
					unknown(graph.Organization, "Ostmark Tools", "", "Ostmark Tools").unknown(graph.City, "Torvik", "USA", "Torvik").
					unknown(graph.City, "Vardo", "USA", "Vardo").unknown(graph.Region, "California", "USA", "Calif")
			},
			want: []string{"Brask Mills basedIn Torvik", "Ostmark Tools basedIn Vardo", "Torvik locatedIn California", "Vardo locatedIn California"},
		},
		{
			name: "a country before or after an organisation it does not place is its seat",
			body: "The Norlandic engineering union IG Vardo will strike. A merger of Halvard Trucks and <Brek> of Ostmark was approved. Norland's Torvik Corp said Norland exports rose.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "=MISC:Norlandic", "Norland").unknown(graph.Organization, "IG Vardo", "", "IG Vardo").
					unknown(graph.Organization, "Halvard Trucks", "", "Halvard Trucks").unknown(graph.Organization, "Brek", "", "Brek").
					unknown(graph.Country, "Ostmark", "", "Ostmark").unknown(graph.Organization, "Torvik Corp", "", "Torvik Corp")
			},
			want: []string{"Brek basedIn Ostmark", "IG Vardo basedIn Norland", "Torvik Corp basedIn Norland"},
		},
		{
			name: "a firm named as firms are, 'of' a city or state, is based there; a name such as 'the Bank of Torvik' is not",
			body: "Halvard Corp bought <Brask Mills Inc> of Torvik. Norlandic brokerage Vik Securities Corp of Vardo rose. The Ostmark Institute of Torvik disagreed.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Brask Mills Inc", "", "Brask Mills Inc").
					unknown(graph.Organization, "Vik Securities Corp", "", "Vik Securities Corp").unknown(graph.Organization, "Ostmark Institute", "", "Ostmark Institute").
					unknown(graph.City, "Torvik", "", "Torvik").unknown(graph.Region, "Vardo", "", "Vardo").unknown(graph.Country, "Norland", "", "=MISC:Norlandic")
			},
			want: []string{"Brask Mills Inc basedIn Torvik", "Vik Securities Corp basedIn Norland", "Vik Securities Corp basedIn Vardo"},
		},
		{
			name:      "a leader's title in the text makes the dictionaries' office a leadership",
			body:      "President Corazon Aquino said the Philippines would pay.",
			published: "1987-03-02",
			build: func(h *hand) {
				h.known(graph.Person, "Corazon Aquino", "Corazon Aquino").known(graph.Country, "Philippines", "Philippines")
			},
			want: []string{"Corazon Aquino leaderOf Philippines (President)"},
		},
		{
			name: "a title in an apposition without its article; a member state",
			body: "Jon Vik, new chairman of the Halvard Exchange, spoke. Ada Berg, speaking at the Halvard Exchange, agreed. Norland, a member of the Vardo Pact Organisation, and Vardo Pact Organisation member Ostmark met.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Organization, "Halvard Exchange", "", "Halvard Exchange").
					unknown(graph.Person, "Ada Berg", "", "Ada Berg").unknown(graph.Country, "Norland", "", "Norland").
					unknown(graph.Organization, "Vardo Pact Organisation", "", "Vardo Pact Organisation").unknown(graph.Country, "Ostmark", "", "Ostmark")
			},
			want: []string{
				"Jon Vik leaderOf Halvard Exchange (chairman)",
				"Norland memberOf Vardo Pact Organisation",
				"Ostmark memberOf Vardo Pact Organisation",
			},
		},
		{
			name: "a department named in a title",
			body: "Treasury Secretary James Baker spoke.",
			build: func(h *hand) {
				h.known(graph.Organization, "United States Department of the Treasury", "Treasury").unknown(graph.Person, "James Baker", "", "James Baker")
			},
			want: []string{"James Baker officialOf United States Department of the Treasury (Treasury Secretary)"},
		},
		{
			name: "ally and trading partner in an apposition",
			body: "Both watched Germany, France's closest ally and biggest trading partner, with care.",
			build: func(h *hand) {
				h.known(graph.Country, "Germany", "Germany").known(graph.Country, "France", "France")
			},
			want: []string{"Germany allyOf France", "Germany tradingPartnerOf France"},
		},
		{
			name: "a trading partner or ally named by the other's name before the noun, or after 'of'; a country's trading houses are no partner",
			body: "Norway, the largest Swedish trading partner, objected. Denmark is the biggest trading partner of Finland. Iceland, a close Danish ally, agreed. Norway sold fish to Swedish trading houses.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norway", "", "Norway").unknown(graph.Country, "Sweden", "", "=MISC:Swedish").
					unknown(graph.Country, "Denmark", "", "Denmark", "=MISC:Danish").unknown(graph.Country, "Finland", "", "Finland").
					unknown(graph.Country, "Iceland", "", "Iceland")
			},
			want: []string{"Denmark tradingPartnerOf Finland", "Iceland allyOf Denmark", "Norway tradingPartnerOf Sweden"},
		},
		{
			name: "border compound",
			body: "Troops gathered along the China-India border on Monday.",
			build: func(h *hand) {
				h.known(graph.Country, "China", "China").known(graph.Country, "India", "India")
			},
			want: []string{"China bordersOn India"},
		},
		{
			name: "leader known from the gazetteer",
			body: "President Trump spoke about the United States and trade.",
			build: func(h *hand) {
				h.known(graph.Person, "Donald Trump", "Trump").known(graph.Country, "United States", "United States")
			},
			want: []string{"Donald Trump leaderOf United States (President)"},
		},
		{
			name: "a former leader holds no office",
			body: "Former President Obama spoke about the United States.",
			build: func(h *hand) {
				h.known(graph.Person, "Barack Obama", "Obama").known(graph.Country, "United States", "United States")
			},
			want: nil,
		},
		{
			name: "a capital named beside its country is no capitalOf (that is the gazetteer's knowledge); one the text calls the country's capital is",
			body: "Talks resumed in Hanoi as Vietnam hoped. Talks resumed in Hanoi, Vietnam's capital.",
			build: func(h *hand) {
				h.known(graph.City, "Hanoi", "Hanoi").known(graph.Country, "Vietnam", "Vietnam")
			},
			want: []string{"Hanoi capitalOf Vietnam"},
		},
		{
			name: "a party's word before a person or a legislator's title, or as an apposition after one ('an Ohio Republican', 'a conservative Republican from Texas'), makes the person its member (affiliatedWith), not its official",
			body: "Republican Jon Vik spoke. Former Republican Sen. Ada Berg agreed. Per Lund, a Texas Democrat, objected. Democrats in the House met. Sen. Eva Dahl, an Ohio Republican, spoke. Sen. Ola Nes, a conservative Republican from Texas, agreed.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Republican Party", "", "Republican").unknown(graph.Organization, "Democratic Party", "", "Democrat", "Democrats").
					unknown(graph.Region, "Texas", "", "Texas").unknown(graph.Region, "Ohio", "", "Ohio").unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Ada Berg", "", "Ada Berg").
					unknown(graph.Person, "Per Lund", "", "Per Lund").unknown(graph.Person, "Eva Dahl", "", "Eva Dahl").unknown(graph.Person, "Ola Nes", "", "Ola Nes")
			},
			want: []string{"Ada Berg affiliatedWith Republican Party (member)", "Eva Dahl affiliatedWith Republican Party (member)", "Jon Vik affiliatedWith Republican Party (member)", "Ola Nes affiliatedWith Republican Party (member)", "Per Lund affiliatedWith Democratic Party (member)"},
		},
		{
			name: "a person set off with a firm by ', of', ', with' or 'from' before the speech verb works with it ('Jon Vik, of Halvard Bank, said', 'Ola Nes, with Brekka Corp, said', 'Ada Berg from Osby Ltd said'); not a firm further on ('at a meeting with Osby Ltd'), nor one after a bare name and 'at' ('Per Lund at Vesk Inc said')",
			body: "Jon Vik, of Halvard Bank, said rates would rise. Ola Nes, with Brekka Corp, said rates would fall. Per Lund at Vesk Inc said prices rose. Ada Berg from Osby Ltd said prices fell. Eva Dahl at a meeting with Osby Ltd said prices fell.",
			build: func(h *hand) {
				unknownAll(h, graph.Person, "Jon Vik", "Ola Nes", "Per Lund", "Ada Berg", "Eva Dahl")
				unknownAll(h, graph.Organization, "Halvard Bank", "Brekka Corp", "Vesk Inc", "Osby Ltd")
			},
			want: []string{"Ada Berg affiliatedWith Osby Ltd", "Jon Vik affiliatedWith Halvard Bank", "Ola Nes affiliatedWith Brekka Corp"},
		},
		{
			name: "the party's adjective before a legislator's title makes the person its member too ('Democratic Sen. Ada Berg', 'Democratic senator Per Lund'); a person after it in a phrase of 'by' is no antecedent of 'he'",
			body: "Democratic Sen. Ada Berg agreed. Democratic senator Per Lund objected. The bill was introduced by Democratic Senator Ada Berg, he said.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Democratic Party", "", "=MISC:Democratic").unknown(graph.Person, "Ada Berg", "", "Ada Berg").unknown(graph.Person, "Per Lund", "", "Per Lund")
			},
			want: []string{"Ada Berg affiliatedWith Democratic Party (member)", "Per Lund affiliatedWith Democratic Party (member)"},
		},
		{
			name: "a minister 'for' a field before the name serves the state before the title",
			body: "Norland Minister for Fisheries Jon Vik spoke.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Person, "Jon Vik", "", "Jon Vik")
			},
			want: []string{"Jon Vik officialOf Norland (Minister for Fisheries)"},
		},
		{
			name: "a firm in the wire's angle brackets before a job and a name employs the person",
			body: "<Halvard Corp> chief economist Jon Vik said rates would fall.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Person, "Jon Vik", "", "Jon Vik")
			},
			want: []string{"Jon Vik affiliatedWith Halvard Corp (chief economist)"},
		},
		{
			name: "a party's word after a state named as its city ('X, a New York Democrat,')",
			body: "Jon Vik, a Brekka City Democrat, objected.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Democratic Party", "", "Democrat").unknown(graph.City, "Brekka City", "", "Brekka City").
					unknown(graph.Person, "Jon Vik", "", "Jon Vik")
			},
			want: []string{"Jon Vik affiliatedWith Democratic Party (member)"},
		},
		{
			name: "a country's possessive before words that describe a body, a city before a firm's noun: where it is based; a city before other words is none",
			body: "Norland's state-owned Brask Oil Co raised output. Ostby investment bank Halvard Corp advised it. Ostby trading partner Vardo Mills sold.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.City, "Ostby", "", "Ostby").unknown(graph.Organization, "Brask Oil Co", "", "Brask Oil Co").
					unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Vardo Mills", "", "Vardo Mills")
			},
			want: []string{"Brask Oil Co basedIn Norland", "Halvard Corp basedIn Ostby"},
		},
		{
			name: "a body's title with its acronym in brackets between ('Halvard Corp (HC) chairman X')",
			body: "Halvard Corp (HC) chairman Ada Berg spoke first.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Person, "Ada Berg", "", "Ada Berg")
			},
			want: []string{"Ada Berg leaderOf Halvard Corp (chairman)"},
		},
		{
			name: "a titled speaker whose claim, before or after the speech verb, opens with the one state or body of the sentence serves it: a minister the state, a chairman the body; not a bank's president, not a claim opening with something else; with two states, the one the claim opens with",
			body: "Norland will repay its debts in ten years, Finance Minister Jon Vik said. Halvard Corp expects higher profits, chairman Ada Berg said. Norland will buy bonds, central bank president Per Lund said. Norland's trade with Ostland will grow, Trade Minister Eva Dahl said. Prices will rise in Norland, Economy Minister Ola Nes said. Planning Minister Siv Berg said that Norland would grow. Deputy prime minister Tor Lie told Reuters Norland needed credits. Trade Minister Kai Moe said rates in Norland would fall.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Ostland", "", "Ostland").unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").
					unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Ada Berg", "", "Ada Berg").unknown(graph.Person, "Per Lund", "", "Per Lund").
					unknown(graph.Person, "Eva Dahl", "", "Eva Dahl").unknown(graph.Person, "Ola Nes", "", "Ola Nes").unknown(graph.Person, "Siv Berg", "", "Siv Berg").
					unknown(graph.Person, "Tor Lie", "", "Tor Lie").unknown(graph.Person, "Kai Moe", "", "Kai Moe").unknown(graph.Organization, "Reuters", "", "Reuters")
			},
			want: []string{"Ada Berg leaderOf Halvard Corp (chairman)", "Eva Dahl officialOf Norland (Trade Minister)", "Jon Vik officialOf Norland (Finance Minister)", "Siv Berg officialOf Norland (Planning Minister)", "Tor Lie officialOf Norland (Deputy prime minister)"},
		},
		{
			name: "an undersecretary, a lower-case court title, and an office the tagger took for a body after a country (no body based there)",
			body: "Vardo Bank undersecretary Jon Vik spoke. Norland Foreign Affairs Undersecretary Ada Berg met him. Norland bankruptcy judge Per Lund ruled. The Norland Undersecretary of Trade Affairs spoke.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Organization, "Vardo Bank", "", "Vardo Bank").
					unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Ada Berg", "", "Ada Berg").unknown(graph.Person, "Per Lund", "", "Per Lund").
					unknown(graph.Organization, "Undersecretary of Trade Affairs", "", "Undersecretary of Trade Affairs")
			},
			want: []string{"Ada Berg officialOf Norland (Foreign Affairs Undersecretary)", "Jon Vik officialOf Vardo Bank (undersecretary)", "Per Lund officialOf Norland (bankruptcy judge)"},
		},
		{
			name: "a body in the wire's angle brackets after 'of'/'for' in an apposition; a title 'of' a body before the name",
			body: "Prices rose, said Jon Vik, a spokesman for <Vardo Mines Co>. Ada Berg, chairman of <Ostmark Bank>, agreed. Director of the Brask Budget Office Per Lund said so.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Vardo Mines Co", "", "Vardo Mines Co").unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").
					unknown(graph.Organization, "Brask Budget Office", "", "Brask Budget Office").
					unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Ada Berg", "", "Ada Berg").unknown(graph.Person, "Per Lund", "", "Per Lund")
			},
			want: []string{"Ada Berg leaderOf Ostmark Bank (chairman)", "Jon Vik officialOf Vardo Mines Co (spokesman)", "Per Lund officialOf Brask Budget Office (Director)"},
		},
		{
			name: "an office in an unnamed part of a body is an office in the body, below its head; a part the apposition names is left to it",
			body: "Prices rose, said Jon Vik, general manager of Ostmark Bank's treasury division. Ada Berg, head of the Vardo Mills credit department, agreed. Per Lund was president of Brask Corp's airline unit, Brask Air Ltd.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.Organization, "Brask Corp", "", "Brask Corp").unknown(graph.Organization, "Brask Air Ltd", "", "Brask Air Ltd").
					unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Ada Berg", "", "Ada Berg").unknown(graph.Person, "Per Lund", "", "Per Lund")
			},
			want: []string{"Jon Vik officialOf Ostmark Bank (general manager of Ostmark Bank's treasury division)"},
		},
		{
			name: "a job before the name and the firm after 'of the <firm noun>' or 'at' is where the person works; 'at' after a bare name is no job",
			body: "Economist Jon Vik of the brokerage Halvard Corp said rates rose. Nickel analyst Ada Berg at Ostmark Bank agreed. Per Lund at Brask Inc spoke.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.Organization, "Brask Inc", "", "Brask Inc").
					unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Ada Berg", "", "Ada Berg").unknown(graph.Person, "Per Lund", "", "Per Lund")
			},
			want: []string{"Ada Berg affiliatedWith Ostmark Bank", "Jon Vik affiliatedWith Halvard Corp"},
		},
		{
			name: "a ticker in the wire's brackets between a firm and its country or title is passed over; a firm in brackets after a country's possessive is based there; an envoy's 'to <capital>' before the name; 'now' before an apposition's title; a subordinator is no describing word",
			body: "Halvard Corp <HAL.T> of Norland said so. Brask Inc <BRK> president Jon Vik agreed. Vardo Mills signed with Norland's <Ostmark Bank> today. Norlandic Ambassador to Ostby Ada Berg spoke. Per Lund, now chairman of Kesk Corp, objected. Prices fell in Norland although <Brekka Corp> has a unit there.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland", "=MISC:Norlandic").unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Brask Inc", "", "Brask Inc").
					unknown(graph.Organization, "Vardo Mills", "", "Vardo Mills").unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.Organization, "Kesk Corp", "", "Kesk Corp").
					unknown(graph.Organization, "Brekka Corp", "", "Brekka Corp").unknown(graph.City, "Ostby", "", "Ostby").
					unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Ada Berg", "", "Ada Berg").unknown(graph.Person, "Per Lund", "", "Per Lund")
			},
			want: []string{"Ada Berg officialOf Norland (Ambassador to Ostby)", "Halvard Corp basedIn Norland", "Jon Vik leaderOf Brask Inc (president)", "Ostmark Bank basedIn Norland", "Per Lund leaderOf Kesk Corp (chairman)"},
		},
		{
			name: "a place its country's possessive calls its port or capital is in it, the capital its capital; members named after 'the only <region> members of'",
			body: "Troops entered Norland's capital, Ostby, on Monday. Ships were idle in Kesk, Norland's biggest port. Norland's biggest state mining firm, Vardo Mills, said so. Norland and Brekka are the only Latin American members of the Ostland Pact.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Brekka", "", "Brekka").unknown(graph.City, "Ostby", "", "Ostby").unknown(graph.City, "Kesk", "", "Kesk").
					unknown(graph.Organization, "Vardo Mills", "", "Vardo Mills").unknown(graph.Organization, "Ostland Pact", "", "Ostland Pact").unknown(graph.Region, "Latin America", "", "=MISC:Latin American")
			},
			want: []string{"Brekka memberOf Ostland Pact", "Kesk locatedIn Norland", "Norland memberOf Ostland Pact", "Ostby capitalOf Norland", "Vardo Mills basedIn Norland"},
		},
		{
			name: "'then head of' an apposition's body held the office; an attorney 'representing' a body and a body's counsel work for it",
			body: "Jon Vik, then head of the Ostby Security Council, refused. Ada Berg, an attorney representing Halvard Corp, said so. Brask Bank special counsel Per Lund agreed.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Ostby Security Council", "", "Ostby Security Council").unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Brask Bank", "", "Brask Bank").
					unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Ada Berg", "", "Ada Berg").unknown(graph.Person, "Per Lund", "", "Per Lund")
			},
			want: []string{"Ada Berg affiliatedWith Halvard Corp (attorney)", "Jon Vik leaderOf Ostby Security Council (head)", "Per Lund affiliatedWith Brask Bank (special counsel)"},
		},
		{
			name: "an office the sentence does not name the country of",
			body: "President Trump spoke about trade. The United States is a large market.",
			build: func(h *hand) {
				h.known(graph.Person, "Donald Trump", "Trump").known(graph.Country, "United States", "United States")
			},
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHand(t, tt.body)
			tt.build(h)
			day := tt.published
			if day == "" {
				day = "2019-04-24"
			}
			res := relate(t, h, day)
			got := relationLines(res.Relations, names(h.ents))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("relations mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRelationEvidence(t *testing.T) {
	body := "Markets were calm. German Chancellor Angela Merkel spoke first."
	h := newHand(t, body)
	h.known(graph.Country, "Germany", "=MISC:German").known(graph.Person, "Angela Merkel", "Angela Merkel")
	res := relate(t, h, "2019-04-24")
	if len(res.Relations) != 1 {
		t.Fatalf("got %d relations, want 1", len(res.Relations))
	}
	r := res.Relations[0]
	want := graph.Evidence{Start: 19, End: len(body), Text: body[19:]}
	if diff := cmp.Diff(want, r.Evidence); diff != "" {
		t.Errorf("evidence mismatch (-want +got):\n%s", diff)
	}
	if r.ValidFrom != "2019-04-24" || r.Confidence != confTitle {
		t.Errorf("validFrom, confidence = %q, %v; want 2019-04-24, %v", r.ValidFrom, r.Confidence, confTitle)
	}
}

func TestEvents(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		published string
		build     func(h *hand)
		want      []string
	}{
		{
			name:      "'the <leader> administration' as a party stands for the leader's country when the article names it; the leader alone is the person",
			body:      "The Vik administration urged Vardo to lower its tariffs. Jon Vik met Ada Berg in Norland. Vardo rejected a proposal by the Vik Administration.",
			published: "1987-03-04",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Vik Administration", "", "Vik Administration").unknown(graph.Person, "Jon Vik", "NRL", "Jon Vik", "Vik").
					unknown(graph.Country, "Norland", "NRL", "Norland").unknown(graph.Country, "Vardo", "VRD", "Vardo").unknown(graph.Person, "Ada Berg", "", "Ada Berg")
			},
			want: []string{
				"appeal  @ happened: Norland/actor, Vardo/target",
				"meeting  @ happened: Jon Vik/participant, Ada Berg/participant",
				"proposal  @ happened: Norland/actor, Vardo/target",
				"reject  @ happened: Vardo/actor, Norland/target",
			},
		},
		{
			name:      "a visit that frames the clause ('at the end of a visit to', 'during a visit to') is its subject's; the speaker is a party of what is outside the claim",
			body:      "Jon Vik told a news conference at the end of a two-day visit to Norland that trade would grow. Ada Berg met Per Lund during a visit to Vardo.",
			published: "1987-03-04",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo").
					unknown(graph.Person, "Ada Berg", "", "Ada Berg").unknown(graph.Person, "Per Lund", "", "Per Lund")
			},
			want: []string{
				"meeting  @ happened: Ada Berg/participant, Per Lund/participant",
				"visit  @Norland happened: Jon Vik/actor, Norland/target",
				"visit  @Vardo happened: Ada Berg/actor, Vardo/target",
			},
		},
		{
			name:      "a date in a clause of its own ('since …', ', which …,') dates no event outside it, unless the clause describes the event's noun; a date after 'told <hearer>' dates the telling",
			body:      "Since Norland rejoined the Ostland Council last June, its teams have visited Vardo. Halvard Corp, which last week reported losses, met Ostland Bank. Strikes marked the four-day visit of Ada Berg to Norland, which starts on Friday. Jon Vik told the news agency Brask yesterday the talks with Ada Berg were useful.",
			published: "1987-03-04",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.Organization, "Ostland Council", "", "Ostland Council").
					unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Ostland Bank", "", "Ostland Bank").
					unknown(graph.Person, "Ada Berg", "", "Ada Berg").unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Organization, "Brask", "", "Brask")
			},
			want: []string{
				"meeting  @ happened: Halvard Corp/participant, Ostland Bank/participant",
				"talks  @ happened: Ada Berg/participant, Jon Vik/participant",
				"visit  @Vardo happened: Vardo/target",
				"visit 1987-03-06 @Norland planned: Ada Berg/actor, Norland/target",
			},
		},
		{
			name:      "financing provided is economic aid, planned or given",
			body:      "Ostland Bank will provide Norland with 300 mln dlrs of financing. Ostland Bank provided Vardo with 20 mln dlrs of financing.",
			published: "1987-03-12",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Ostland Bank", "", "Ostland Bank").unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo")
			},
			want: []string{
				"aid  @ happened: Ostland Bank/actor, Vardo/target",
				"aid  @ planned: Ostland Bank/actor, Norland/target",
			},
		},
		{
			name:      "'is (currently) negotiating with' is talks, as 'negotiated' is (not the dictionary's cooperation); 'the negotiating table' none",
			body:      "Norland is negotiating with Vardo. Ostland was brought to the negotiating table by Brekka. Brekka is currently negotiating a loan with creditor banks.",
			published: "1987-03-12",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo").
					unknown(graph.Country, "Ostland", "", "Ostland").unknown(graph.Country, "Brekka", "", "Brekka")
			},
			want: []string{
				"talks  @ happened: Brekka/participant",
				"talks  @ happened: Norland/participant, Vardo/participant",
			},
		},
		{
			name:      "'asked/requested <someone> to <act>' is an appeal, to someone unnamed too; not 'who asked not to be identified', 'requested licences to export', 'when asked at what point'",
			body:      "Norland requested the law enforcement chiefs to investigate the firms. Jon Berg, who asked not to be identified, said prices fell. Vardo requested licences to export wheat. Lena Dahl said when asked at what point efforts to cut costs fail that she did not know. Brekka has asked the banks to lend more.",
			published: "1987-03-12",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Person, "Jon Berg", "", "Jon Berg").
					unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.Person, "Lena Dahl", "", "Lena Dahl").
					unknown(graph.Country, "Brekka", "", "Brekka")
			},
			want: []string{
				"appeal  @ happened: Brekka/actor",
				"appeal  @ happened: Norland/actor",
			},
		},
		{
			name:      "who 'is likely to get' or 'is due to receive' aid is its target, and the aid is planned",
			body:      "Norland is likely to get an extra aid package from the Ostland Bank. Vardo is due to receive fresh export credits from Brekka.",
			published: "1987-03-12",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Organization, "Ostland Bank", "", "Ostland Bank").
					unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.Country, "Brekka", "", "Brekka")
			},
			want: []string{
				"aid  @ planned: Brekka/actor, Vardo/target",
				"aid  @ planned: Ostland Bank/actor, Norland/target",
			},
		},
		{
			name:      "a contract won from or awarded by a named party is an agreement of the two; one won from no one named is none",
			body:      "Brask Mills said it won a 15 mln dlr contract from Norland. Halvard Corp said it was awarded a contract by the Vardo Navy. Ostra Inc won a contract to build a bridge.",
			published: "1987-03-12",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Brask Mills", "", "Brask Mills").unknown(graph.Country, "Norland", "", "Norland").
					unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Vardo Navy", "", "Vardo Navy").
					unknown(graph.Organization, "Ostra Inc", "", "Ostra Inc")
			},
			want: []string{
				"agreement  @ happened: Brask Mills/participant, Norland/participant",
				"agreement  @ happened: Halvard Corp/participant, Vardo Navy/participant",
			},
		},
		{
			name:      "the subject of a passive appeal or threat is acted on; one opposed to a thing opposes it",
			body:      "Norland was threatened with sanctions. Vardo was urged to cut tariffs. Brekka is opposed to the plan.",
			published: "1987-03-12",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo").
					unknown(graph.Country, "Brekka", "", "Brekka")
			},
			want: []string{
				"appeal  @ happened: Vardo/target",
				"reject  @ happened: Brekka/actor",
				"threat  @ happened: Norland/target",
			},
		},
		{
			name:      "'the government' as a party is the one state the article names before; with two named, none",
			body:      "Norland's economy slowed. The Ostmark Bank urged the government to cut taxes. Vardo and Brekka grew fast. The Ostby Fund urged the government to act.",
			published: "1987-03-12",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").
					unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.Country, "Brekka", "", "Brekka").
					unknown(graph.Organization, "Ostby Fund", "", "Ostby Fund")
			},
			want: []string{
				"appeal  @ happened: Ostby Fund/actor",
				"appeal  @ happened: Ostmark Bank/actor, Norland/target",
			},
		},
		{
			name:      "meeting the press is no meeting; one there are no plans for is denied",
			body:      "Jon Berg will meet the press very soon. There are no plans for Lena Dahl to meet Jon Berg in Vardo. Lena Dahl met Jon Berg on Monday.",
			published: "1987-03-12",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Person, "Lena Dahl", "", "Lena Dahl").unknown(graph.City, "Vardo", "", "Vardo")
			},
			want: []string{
				"meeting 1987-03-09 @ happened: Lena Dahl/participant, Jon Berg/participant",
			},
		},
		{
			name:      "'is demanding' a thing is a demand by its subject; 'a demanding job' none",
			body:      "Halvard Union is demanding a shorter working week. It is a demanding job for Brask Mills.",
			published: "1987-03-12",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Union", "", "Halvard Union").unknown(graph.Organization, "Brask Mills", "", "Brask Mills")
			},
			want: []string{
				"demand  @ happened: Halvard Union/actor",
			},
		},
		{
			name:      "a bid resisted is refused, its bidder the target; a refusal expected is planned, no threat",
			body:      "Halvard Corp resisted the bid by Brask Mills. Ostland Bank is expected to resist Vardo Steel's latest bid.",
			published: "1987-03-12",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Brask Mills", "", "Brask Mills").
					unknown(graph.Organization, "Ostland Bank", "", "Ostland Bank").unknown(graph.Organization, "Vardo Steel", "", "Vardo Steel")
			},
			want: []string{
				"reject  @ happened: Halvard Corp/actor, Brask Mills/target",
				"reject  @ planned: Ostland Bank/actor, Vardo Steel/target",
			},
		},
		{
			name:      "loans held are no aid; an intention denied and a reluctance are no events",
			body:      "Halvard Bank has 6.4 billion dlrs of loans to Norland and Vardo. Halvard Bank will declare its loans to Norland non-performing. Brask Air said it does not intend to seek control of Ostland Air. Halvard Bank is reluctant to suggest solutions to Norland. Halvard Bank approved a loan to Vardo.",
			published: "1987-03-12",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Bank", "", "Halvard Bank").unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo").
					unknown(graph.Organization, "Brask Air", "", "Brask Air").unknown(graph.Organization, "Ostland Air", "", "Ostland Air")
			},
			want: []string{
				"aid  @ happened: Halvard Bank/actor, Vardo/target",
			},
		},
		{
			name:      "a firm's acquisition by another, a stake bought from a named holder and a merger are agreements; shares bought on the market and an acquisition of shares are none",
			body:      "The pending acquisition of Brask Mills by Halvard Corp will close in May. Ostland Bank bought 10 pct of Brask Mills from Vardo Steel. Ostland Bank bought 10 pct of Brask Mills on the market. Halvard Corp will merge with Vardo Steel. The acquisition of shares of Brask Mills by Halvard Corp was completed.",
			published: "1987-03-12",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Ostland Bank", "", "Ostland Bank").
					unknown(graph.Organization, "Brask Mills", "", "Brask Mills").unknown(graph.Organization, "Vardo Steel", "", "Vardo Steel")
			},
			want: []string{
				"agreement  @ happened: Ostland Bank/participant, Vardo Steel/participant",
				"agreement  @ planned: Halvard Corp/participant, Vardo Steel/participant",
				"agreement 1987-05 @ planned: Halvard Corp/participant, Brask Mills/participant",
			},
		},
		{
			name:      "talks broken off, suspended or called off failed; no threat",
			body:      "Halvard Corp said it broke off talks with Ostland Bank. Norland suspended negotiations with Vardo.",
			published: "1987-03-12",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Ostland Bank", "", "Ostland Bank").
					unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo")
			},
			want: []string{
				"talks  @ failed: Halvard Corp/participant, Ostland Bank/participant",
				"talks  @ failed: Norland/participant, Vardo/participant",
			},
		},
		{
			name:      "a date in the trigger's own clause wins over one read first across a comma ('a plan, due to start May 29, was made today at a meeting')",
			body:      "A proposal that Halvard Corp change its system, due to start May 29, was made today at a meeting of Halvard Corp and Ostland Bank.",
			published: "1987-03-12",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Ostland Bank", "", "Ostland Bank")
			},
			want: []string{
				"meeting 1987-03-12 @ happened: Halvard Corp/participant, Ostland Bank/participant",
			},
		},
		{
			name:      "'pressing X to act' is an appeal, 'pressing for' a demand; 'signed licensing agreements with X' one agreement of both; a business bought from a seller (or 'from a unit of' it) is a deal between buyer and seller",
			body:      "Ostland Bank had been pressing Norland to make a payment. Vardo is pressing for a restructuring of Brask Mills. Halvard Corp signed licensing agreements with Ostland Bank. Halvard Corp acquired Brask Mills from a unit of Brekka Steel.",
			published: "1987-03-04",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.Organization, "Ostland Bank", "", "Ostland Bank").
					unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Brask Mills", "", "Brask Mills").
					unknown(graph.Organization, "Brekka Steel", "", "Brekka Steel")
			},
			want: []string{
				"agreement  @ happened: Halvard Corp/participant, Brekka Steel/participant",
				"agreement  @ happened: Halvard Corp/participant, Ostland Bank/participant",
				"appeal  @ happened: Ostland Bank/actor, Norland/target",
				"demand  @ happened: Vardo/actor, Brask Mills/target",
			},
		},
		{
			name:      "a disaster of nature that strikes or hits a country is no one's attack; jets that strike are",
			body:      "An earthquake that struck Ecuador killed 300 people. A powerful storm hit Norway yesterday. Iraqi jets struck Iran's oil terminal.",
			published: "1987-03-04",
			build: func(h *hand) {
				h.known(graph.Country, "Ecuador", "Ecuador").known(graph.Country, "Norway", "Norway").known(graph.Country, "Iraq", "=MISC:Iraqi").known(graph.Country, "Iran", "Iran")
			},
			want: []string{"militaryAction  @ happened: Iraq/actor, Iran/target"},
		},
		{
			name:      "a weekday of a past clause before 'and will' dates that clause's event, not the next verb's, and leaves it done",
			body:      "Jon Vik arrived in Ostby on Saturday and will meet Ada Berg.",
			published: "1987-03-04",
			build: func(h *hand) {
				h.unknown(graph.City, "Ostby", "NOR", "Ostby").unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Ada Berg", "", "Ada Berg")
			},
			want: []string{"meeting  @ planned: Jon Vik/participant, Ada Berg/participant", "visit 1987-02-28 @Ostby happened: Jon Vik/actor"},
		},
		{
			name:      "an airline's flights to a place are a route, not a visit; a person's are a visit",
			body:      "Halvard Airlines, which flies to 11 Norland cities, is allowed to fly to Ostby. Jon Vik flew to Ostby on Tuesday.",
			published: "1987-03-04",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Airlines", "", "Halvard Airlines").unknown(graph.Country, "Norland", "", "Norland").
					unknown(graph.City, "Ostby", "NOR", "Ostby").unknown(graph.Person, "Jon Vik", "", "Jon Vik")
			},
			want: []string{"visit 1987-03-03 @Ostby happened: Jon Vik/actor"},
		},
		{
			name:      "a demand 'required that' or 'to' of a named party by a named party, not by a text (the provision 'offered by Jon Vik' is his proposal); 'has been calling for' an appeal; a rejection's target is whose offer, plan or proposals they were ('of the offer from', 'opposed the plan by', 'objected to proposals by')",
			body:      "The Ostland Council required that Halvard Corp sell its unit. A provision, offered by Jon Vik, that would have required Halvard Corp to pay was dropped. Norland has been calling for lower rates. Brask Bank's rejection of the offer from Halvard Corp was expected. Vardo opposed the plan by the Ostland Council. Brekka objected to proposals by Norland.",
			published: "1987-03-04",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.Country, "Brekka", "", "Brekka").
					unknown(graph.Organization, "Ostland Council", "", "Ostland Council").unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").
					unknown(graph.Organization, "Brask Bank", "", "Brask Bank").unknown(graph.Person, "Jon Vik", "", "Jon Vik")
			},
			want: []string{
				"appeal  @ happened: Norland/actor",
				"demand  @ happened: Ostland Council/actor, Halvard Corp/target",
				"proposal  @ happened: Jon Vik/actor",
				"reject  @ happened: Brask Bank/actor, Halvard Corp/target",
				"reject  @ happened: Brekka/actor, Norland/target",
				"reject  @ happened: Vardo/actor, Ostland Council/target",
			},
		},
		{
			name:      "talks and agreements named by a noun take the sides after 'between' or 'with': in the subject's noun, after the verb the talks are the subject of, 'discussions with' a side; discussions with no side named are no event",
			body:      "Talks are underway between Norland and the Ostland Council. The agreement between Vardo and Brekka was signed. Halvard Corp held discussions with Eastman Kodak Co. Prices rose whenever discussions concerned Norland.",
			published: "1987-03-04",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.Country, "Brekka", "", "Brekka").
					unknown(graph.Organization, "Ostland Council", "", "Ostland Council").unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").
					unknown(graph.Organization, "Eastman Kodak Co", "", "Eastman Kodak Co")
			},
			want: []string{
				"agreement  @ happened: Vardo/participant, Brekka/participant",
				"talks  @ happened: Halvard Corp/participant, Eastman Kodak Co/participant",
				"talks  @ happened: Norland/participant, Ostland Council/participant",
			},
		},
		{
			name:      "a date that dates the speech verb ('said today') or bounds a period ('from February 1') does not date the event",
			body:      "Norland attacked Vardo last week, Brekka said today. The Ostland Council agreed in December to limit output from February 1.",
			published: "1987-03-04",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.Country, "Brekka", "", "Brekka").
					unknown(graph.Organization, "Ostland Council", "", "Ostland Council")
			},
			want: []string{
				"agreement 1986-12 @ happened: Ostland Council/participant",
				"militaryAction 1987-02 @ happened: Norland/actor, Vardo/target per Brekka",
			},
		},
		{
			name:      "an event noun's status from its own clause, its date and its cues; a denied one is no event",
			body:      "The talks between Norland and Ostmark in Valdor are still going on. Norland's offensive into Ostmark is combined with support for rebels. The visit is part of preparations for a June meeting of the Halvard Council in Valdor. There are no plans for an emergency Halvard Council meeting. Negotiations between Ostmark and the Halvard Council are about to start. The 1985 pact between Norland and Ostmark was a success. The warning came ahead of Norland's wage talks with the Halvard Union.",
			published: "1987-03-04",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Ostmark", "", "Ostmark").
					unknown(graph.City, "Valdor", "", "Valdor").unknown(graph.Organization, "Halvard Council", "", "Halvard Council").
					unknown(graph.Organization, "Halvard Union", "", "Halvard Union")
			},
			want: []string{
				"agreement 1985 @ happened: Norland/participant, Ostmark/participant",
				"meeting 1987-06 @Valdor planned: Halvard Council/participant",
				"militaryAction  @ happened: Norland/actor, Ostmark/target",
				"talks  @ planned: Norland/participant, Halvard Union/participant",
				"talks  @ planned: Ostmark/participant, Halvard Council/participant",
				"talks  @Valdor happened: Norland/participant, Ostmark/participant",
			},
		},
		{
			name:      "a strike is a walk-out unless it is armed or falls on a place",
			body:      "The union IG Halvard will hold warning strikes on Monday. Norland launched air strikes on Ostmark.",
			published: "1987-03-04",
			build: func(h *hand) {
				h.unknown(graph.Organization, "IG Halvard", "", "IG Halvard").
					unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Ostmark", "", "Ostmark")
			},
			want: []string{
				"militaryAction  @ happened: Norland/actor, Ostmark/target",
				"protest 1987-03-09 @ planned: IG Halvard/actor",
			},
		},
		{
			name:      "meeting a need or a duty is no meeting",
			body:      "Norland said it would meet its obligations and meet domestic demand. Ada Berg met Jon Vik.",
			published: "1987-03-04",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Person, "Ada Berg", "", "Ada Berg").unknown(graph.Person, "Jon Vik", "", "Jon Vik")
			},
			want: []string{"meeting  @ happened: Ada Berg/participant, Jon Vik/participant"},
		},
		{
			name:      "a coordinated list of parties, with articles, are all parties",
			body:      "The Ostmark Bank approved loans to Norland, the Vardo Republic and Brekka.",
			published: "1987-03-04",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.Country, "Norland", "", "Norland").
					unknown(graph.Country, "Vardo Republic", "", "Vardo Republic").unknown(graph.Country, "Brekka", "", "Brekka")
			},
			want: []string{"aid  @ happened: Ostmark Bank/actor, Norland/target, Vardo Republic/target, Brekka/target"},
		},
		{
			name:      "a loan given to a party is aid; loans on the books are not",
			body:      "The Ostmark Bank approved a 300 mln dlr loan to Norland. Halvard Bank said its loans rose.",
			published: "1987-03-04",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.Country, "Norland", "", "Norland").
					unknown(graph.Organization, "Halvard Bank", "", "Halvard Bank")
			},
			want: []string{"aid  @ happened: Ostmark Bank/actor, Norland/target"},
		},
		{
			name:      "'it' in a claim is the body that speaks; a noun's agent follows 'by'",
			body:      "Halvard Metals Corp said it agreed to form a joint venture with Torvik Mining Inc. The plan was set during a visit to Norland by Jon Vik.",
			published: "1987-03-04",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Metals Corp", "", "Halvard Metals Corp").
					unknown(graph.Organization, "Torvik Mining Inc", "", "Torvik Mining Inc").
					unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Person, "Jon Vik", "", "Jon Vik")
			},
			want: []string{
				"agreement  @ happened: Halvard Metals Corp/participant, Torvik Mining Inc/participant",
				"visit  @Norland happened: Jon Vik/actor, Norland/target",
			},
		},
		{
			name:      "a date past ', but', or in a clause before 'and <name>', dates no event outside it",
			body:      "Duties rose to 1.37 billion dlrs against 852.72 mln in 1985 and Bob Hawke urged Japan to act. Britain would not comment on Japan's operations, but traders reported intervention today.",
			published: "1987-03-03",
			build: func(h *hand) {
				h.known(graph.Person, "Bob Hawke", "Bob Hawke").known(graph.Country, "Japan", "Japan").
					known(graph.Country, "United Kingdom", "Britain")
			},
			want: []string{"appeal  @ happened: Bob Hawke/actor, Japan/target", "comment  @ happened: United Kingdom/actor, Japan/target"},
		},
		{
			name:      "a visit's host is the country of the city visited, except for a visitor of that country (a trip at home)",
			body:      "China said it would buy wheat. George Shultz arrived in Beijing on Sunday. Deng Xiaoping flew to Shanghai on Monday.",
			published: "1987-03-03",
			build: func(h *hand) {
				h.known(graph.Country, "China", "China").known(graph.Person, "George Shultz", "George Shultz").
					known(graph.Person, "Deng Xiaoping", "Deng Xiaoping").known(graph.City, "Beijing", "Beijing").known(graph.City, "Shanghai", "Shanghai")
			},
			want: []string{"visit 1987-03-01 @Beijing happened: George Shultz/actor, China/target", "visit 1987-03-02 @Shanghai happened: Deng Xiaoping/actor"},
		},
		{
			name:      "a person of another country who 'is in' a place or country 'to'/'for talks'/'this week', or 'is on his way to' it, visits its country",
			body:      "Italy backs Brazil. Brazilian Finance Minister Dilson Funaro, who is in Rome this week, met bankers. George Shultz is in Rome to discuss trade. Giovanni Goria is in Rome to sign the bill. Bob Hawke is on his way to Italy.",
			published: "1987-03-03",
			build: func(h *hand) {
				h.known(graph.Country, "Italy", "Italy").known(graph.Country, "Brazil", "Brazilian").unknown(graph.Person, "Dilson Funaro", "", "Dilson Funaro").
					known(graph.Person, "George Shultz", "George Shultz").unknown(graph.Person, "Giovanni Goria", "ITA", "Giovanni Goria").
					known(graph.Person, "Bob Hawke", "Bob Hawke").known(graph.City, "Rome", "Rome")
			},
			want: []string{"meeting  @ happened: Dilson Funaro/participant", "visit  @Italy planned: Bob Hawke/actor, Italy/target", "visit  @Rome happened: George Shultz/actor, Italy/target", "visit 1987-03 @Rome happened: Dilson Funaro/actor, Italy/target"},
		},
		{
			name:      "summit mentioned twice is one event",
			body:      "Chinese President Xi Jinping's summit with Russian President Vladimir Putin this week will focus on energy. Tuesday's summit in Moscow follows months of planning.",
			published: "2023-03-20",
			build: func(h *hand) {
				h.known(graph.Country, "China", "=MISC:Chinese").known(graph.Country, "Russia", "=MISC:Russian").
					known(graph.Person, "Xi Jinping", "Xi Jinping").known(graph.Person, "Vladimir Putin", "Vladimir Putin").
					known(graph.City, "Moscow", "Moscow")
			},
			want: []string{"summit 2023-03-21 @Moscow planned: Xi Jinping/participant, Vladimir Putin/participant"},
		},
		{
			name:      "failed summit dated by an offset",
			body:      "Friday's meeting in Geneva comes six weeks after Mr. Biden's Paris meeting with Mr. Macron ended without agreement.",
			published: "2021-06-16",
			build: func(h *hand) {
				h.known(graph.Person, "Joe Biden", "Biden").known(graph.Person, "Emmanuel Macron", "Macron").
					known(graph.City, "Geneva", "Geneva").known(graph.City, "Paris", "Paris")
			},
			want: []string{
				"meeting 2021-05 @Paris failed: Joe Biden/participant, Emmanuel Macron/participant",
				// no "meeting 2021-06-18 @Geneva planned": a meeting with
				// no named party is no event (GUIDE.md)
			},
		},
		{
			name:      "visit with subject, object and date",
			body:      "Japanese Prime Minister Fumio Kishida visited Kyiv on Tuesday.",
			published: "2023-03-22",
			build: func(h *hand) {
				h.known(graph.Country, "Japan", "=MISC:Japanese").known(graph.Person, "Fumio Kishida", "Fumio Kishida").
					known(graph.City, "Kyiv", "Kyiv")
			},
			// Ukraine is not mentioned: no node is made for it.
			want: []string{"visit 2023-03-21 @Kyiv happened: Fumio Kishida/actor"},
		},
		{
			name:      "visit to a city of a country the article names",
			body:      "Japanese Prime Minister Fumio Kishida visited Kyiv on Tuesday. Ukraine welcomed him.",
			published: "2023-03-22",
			build: func(h *hand) {
				h.known(graph.Country, "Japan", "=MISC:Japanese").known(graph.Person, "Fumio Kishida", "Fumio Kishida").
					known(graph.City, "Kyiv", "Kyiv").known(graph.Country, "Ukraine", "Ukraine")
			},
			want: []string{"visit 2023-03-21 @Kyiv happened: Fumio Kishida/actor, Ukraine/target"},
		},
		{
			name:      "resolution demanding an action",
			body:      "The U.N. Security Council adopted a resolution ordering the repatriation of North Korean workers by the end of this year.",
			published: "2017-12-23",
			build: func(h *hand) {
				h.known(graph.Organization, "United Nations Security Council", "U.N. Security Council").
					known(graph.Country, "North Korea", "=MISC:North Korean")
			},
			want: []string{
				"repatriation 2017 @ demanded: North Korea/target",
				"resolution  @ happened: United Nations Security Council/actor, North Korea/target",
			},
		},
		{
			name:      "sanctions with actor and target",
			body:      "The European Union imposed sanctions on Russia last month.",
			published: "2022-03-10",
			build: func(h *hand) {
				h.known(graph.Organization, "European Union", "European Union").known(graph.Country, "Russia", "Russia")
			},
			// "imposed" in the past: the sanctions happened
			want: []string{"sanctions 2022-02 @ happened: European Union/actor, Russia/target"},
		},
		{
			name:      "denied aid is no event",
			body:      "Kim wants aid that Russia has not been willing to give.",
			published: "2019-04-24",
			build: func(h *hand) {
				h.known(graph.Person, "Kim Jong-un", "Kim").known(graph.Country, "Russia", "Russia")
			},
			want: nil,
		},
		{
			name:      "'X said it …': X is the subject; the maker of a deal is one of its sides, its status made; a year before a noun dates the noun, not the event",
			body:      "Norland said it had attacked Ostmark. Torvik Corp said it has entered a settlement with Norland and Ostmark. Torvik said it had provided for the settlement in its 1986 financial statements.",
			published: "1987-03-04",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Ostmark", "", "Ostmark").
					unknown(graph.Organization, "Torvik Corp", "", "Torvik Corp", "Torvik")
			},
			want: []string{
				"agreement  @ happened: Norland/participant, Ostmark/participant, Torvik Corp/participant",
				"militaryAction  @ happened: Norland/actor, Ostmark/target",
			},
		},
		{
			name:      "claimed event is attributed",
			body:      "Moscow has sent home half of the North Korean workers, according to Reuters.",
			published: "2019-04-24",
			build: func(h *hand) {
				h.known(graph.Organization, "Reuters", "Reuters").known(graph.Country, "Russia", "Moscow").
					known(graph.Country, "North Korea", "=MISC:North Korean")
			},
			want: []string{"repatriation  @ happened: Russia/actor, North Korea/target per Reuters"},
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

func TestEventCoding(t *testing.T) {
	body := "Mr. Biden met Mr. Macron in Paris on Monday."
	h := newHand(t, body)
	h.known(graph.Person, "Joe Biden", "Biden").known(graph.Person, "Emmanuel Macron", "Macron").known(graph.City, "Paris", "Paris")
	res := relate(t, h, "2021-06-16")
	if len(res.Events) != 1 {
		t.Fatalf("got %d events, want 1: %v", len(res.Events), eventLines(res.Events, names(h.ents)))
	}
	ev := res.Events[0]
	kind, _ := graph.EventKindOf("meeting")
	ids := []string{h.ents[0].ID, h.ents[1].ID}
	want := graph.Event{
		ID: graph.EventID("meeting", "2021-06-14", h.ents[2].ID, ids), Type: "meeting", CAMEO: kind.CAMEO, Goldstein: kind.Goldstein,
		Date: "2021-06-14", Location: h.ents[2].ID, Status: "happened",
		// the actor codes of the day: both were heads of state in office;
		// a meeting's sides are participants (GUIDE.md), the one who met first
		Participants: []graph.Participant{{Entity: ids[0], Role: graph.RoleParticipant, Code: "USAGOV"}, {Entity: ids[1], Role: graph.RoleParticipant, Code: "FRAGOV"}},
		Confidence:   ev.Confidence,
		Evidence:     graph.Evidence{Start: 0, End: len(body), Text: body},
	}
	if diff := cmp.Diff(want, ev); diff != "" {
		t.Errorf("event mismatch (-want +got):\n%s", diff)
	}
	if ev.Confidence <= 0.5 || ev.Confidence > 1 {
		t.Errorf("confidence %v, want in (0.5, 1]", ev.Confidence)
	}
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name  string
		body  string
		build func(h *hand)
		want  []string
	}{
		{
			name: "direct quote across sentences and its continuation",
			body: "“Talks will go on. Nobody wants a war,” Jane Roe said Wednesday. “Both sides know it.”\n\nMarkets rose.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jane Roe", "", "Jane Roe")
			},
			want: []string{
				"Jane Roe 2019-04-24 true: Both sides know it",
				"Jane Roe 2019-04-24 true: Talks will go on. Nobody wants a war",
			},
		},
		{
			name: "a statement issued 'saying' and one 'is saying' report the subject's claim, which ends where another named speaker's begins",
			body: "Though Halvard Corp issued a statement saying that it was studying the offer, Jon Vik said he regarded it as a done deal. Ostland Bank is saying rates will rise.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Person, "Jon Vik", "", "Jon Vik").
					unknown(graph.Organization, "Ostland Bank", "", "Ostland Bank")
			},
			want: []string{
				"Halvard Corp  false: it was studying the offer",
				"Jon Vik  false: he regarded it as a done deal",
				"Ostland Bank  false: rates will rise",
			},
		},
		{
			name: "a board, agency or ministry the article names nowhere before is an unnamed source; after a named body it may stand for that body, and stays unread",
			body: "Exports will fall, the state grain board said. Ostmark Bank raised rates. Prices rose, the federal agency said.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank")
			},
			want: []string{"the state grain board  false: Exports will fall"},
		},
		{
			name: "a direct quote attributed after it to a titled name, and a claim to a sole underwriter",
			body: "\"Sales will rise,\" said Chairman Jon Vik. Halvard Corp is offering 75 mln dlrs of notes, said sole underwriter Ostland Bank.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").
					unknown(graph.Organization, "Ostland Bank", "", "Ostland Bank")
			},
			want: []string{"Jon Vik  true: Sales will rise", "Ostland Bank  false: Halvard Corp is offering 75 mln dlrs of notes"},
		},
		{
			name: "aides to a titled member of a party are an unnamed source; one who cautioned that claims",
			body: "Aides to Republican Senator Jon Vik said the bill would pass. Ada Berg cautioned that prices could fall.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Ada Berg", "", "Ada Berg").
					unknown(graph.Organization, "Republican Party", "", "=MISC:Republican")
			},
			want: []string{"Ada Berg  false: prices could fall", "Aides to Republican Senator Jon Vik  false: the bill would pass"},
		},
		{
			name: "a claim ends where a second verb of announcing or vowing opens another",
			body: "Jon Vik said sales rose and announced that the plant would close. Ada Berg said costs fell and vowed to cut more.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Ada Berg", "", "Ada Berg")
			},
			want: []string{"Ada Berg  false: costs fell", "Jon Vik  false: sales rose", "Jon Vik  false: the plant would close"},
		},
		{
			name: "an adverb between the speech verb and its 'that' is no part of the claim",
			body: "Jon Vik said recently that sales would rise. Ada Berg said previously that costs fell.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Ada Berg", "", "Ada Berg")
			},
			want: []string{"Ada Berg  false: costs fell", "Jon Vik  false: sales would rise"},
		},
		{
			name: "a state's embassy speaks for the state",
			body: "The Norland Embassy said in a report that exports rose.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland")
			},
			want: []string{"Norland  false: exports rose"},
		},
		{
			name: "people who contend, argue, insist or warn claim what follows; to or a modal before the verb makes it nothing said yet",
			body: "Many local bankers argue the only solution is to drop controls. Some analysts warn that the optimism is excessive. Jane Roe planned to contend that the sales were legal. The ministers will insist that rates fall.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jane Roe", "", "Jane Roe")
			},
			want: []string{
				"Many local bankers  false: the only solution is to drop controls",
				"Some analysts  false: the optimism is excessive",
			},
		},
		{
			name: "a participle or 'despite' phrase between commas before the verb passes over to the subject, a bracketed name too",
			body: "<Halvard Corp>, earlier reporting a loss, said it agreed to sell its unit. The Brask Commission, despite its earlier demand, also said it was happy with the code. The spokesman, speaking from Oslo, estimated that 80 ships were idle.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Brask Commission", "", "Brask Commission").
					unknown(graph.City, "Oslo", "", "Oslo")
			},
			want: []string{
				"Brask Commission  false: it was happy with the code",
				"Halvard Corp  false: it agreed to sell its unit",
				"The spokesman  false: 80 ships were idle",
			},
		},
		{
			name: "'reported' a figure is no claim; '<claim>, X reported today' and 'reported last week that' are",
			body: "Halvard Corp reported a loss of 3 mln dlrs. Prices will rise, the Brask Times reported today. Ostland Bank reported last week that reserves fell.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Brask Times", "", "Brask Times").
					unknown(graph.Organization, "Ostland Bank", "", "Ostland Bank")
			},
			want: []string{
				"Brask Times 2019-04-24 false: Prices will rise",
				"Ostland Bank 2019-04 false: reserves fell",
			},
		},
		{
			name: "'the government' says what the one country named before it says; critics 'complain that'",
			body: "Norland wants land reform. The government has said the plan aims to distribute land. Critics complain that the plan does not go far enough.",
			build: func(h *hand) {
				h.unknown(graph.Country, "Norland", "", "Norland")
			},
			want: []string{
				"Critics  false: the plan does not go far enough",
				"Norland  false: the plan aims to distribute land",
			},
		},
		{
			name: "unnamed sources before a relative clause or before where they work",
			body: "Analysts who follow the industry say demand is strong. Prices will fall, trading managers at several companies told Reuters.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Reuters", "", "Reuters")
			},
			want: []string{
				"Analysts who follow the industry 2019-04-24 false: demand is strong",
				"trading managers at several companies  false: Prices will fall",
			},
		},
		{
			name: "retorted, replied, a closing 'pointed out', and 'noting that' as a quote of its own",
			body: "Prices will rise, Halvard Corp pointed out. \"We will not sell,\" Jon Vik retorted. Ada Berg replied that the plan was sound. Halvard Corp said prices rose, noting that demand was strong.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Ada Berg", "", "Ada Berg")
			},
			want: []string{
				"Ada Berg  false: the plan was sound",
				"Halvard Corp  false: Prices will rise",
				"Halvard Corp  false: demand was strong",
				"Halvard Corp  false: prices rose",
				"Jon Vik  true: We will not sell",
			},
		},
		{
			name: "'the spokesman', 'the private forecaster', 'the San Francisco-based group' said: the one named so before; a word of a body's name fits only the body it heads; a spokesman for the company is no company",
			body: "Halvard spokesman Jon Vik said sales rose. The spokesman said prices fell. Brask Forecasters Pty Ltd said plantings fell. Output will fall, the private forecaster said. The Ostland Securities and Exchange Commission met. The exchange said trade rose. A spokesman for the Oslo-based forecaster said rain fell.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Organization, "Brask Forecasters Pty Ltd", "", "Brask Forecasters Pty Ltd").
					unknown(graph.Organization, "Ostland Securities and Exchange Commission", "", "Ostland Securities and Exchange Commission").unknown(graph.City, "Oslo", "", "Oslo")
			},
			want: []string{
				"A spokesman for the Oslo-based forecaster  false: rain fell",
				"Brask Forecasters Pty Ltd  false: Output will fall",
				"Brask Forecasters Pty Ltd  false: plantings fell",
				"Jon Vik  false: prices fell",
				"Jon Vik  false: sales rose",
			},
		},
		{
			name: "'the Vardo senator', 'the Halvard chairman' said: the one of that title the article tied to that place or body; 'the minister' with no minister named before is an unnamed source",
			body: "Senator Jon Vik of Vardo opposed the bill. Senator Per Lund spoke too. Halvard chairman Ada Berg spoke. The Vardo senator said prices would rise. The Halvard chairman said sales fell. The minister said exports rose.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Region, "Vardo", "", "Vardo").unknown(graph.Person, "Per Lund", "", "Per Lund").
					unknown(graph.Person, "Ada Berg", "", "Ada Berg").unknown(graph.Organization, "Halvard", "", "Halvard")
			},
			want: []string{
				"Ada Berg  false: sales fell",
				"Jon Vik  false: prices would rise",
				"The minister  false: exports rose",
			},
		},
		{
			name: "'…, said lead manager X' is the managing firm's claim; '…, a rubber researcher said' an unnamed source's; 'warned against' a caution, no claim; 'X in <city> said' is X's",
			body: "Halvard Corp is raising 100 mln dlrs through an offering of notes, said lead manager Brask Securities Inc. The blight will cut supply, a Vardo rubber researcher said. Jon Vik warned against expecting a turnaround. Halvard Corp in New Ostby said rates fell.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Brask Securities Inc", "", "Brask Securities Inc").
					unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Country, "Vardo", "", "Vardo").unknown(graph.City, "New Ostby", "", "New Ostby")
			},
			want: []string{
				"Brask Securities Inc  false: Halvard Corp is raising 100 mln dlrs through an offering of notes",
				"Halvard Corp  false: rates fell",
				"a Vardo rubber researcher  false: The blight will cut supply",
			},
		},
		{
			name: "an unnamed source who works 'with/for/of' a body is no body: the description whole, the body's name with its 'and' and its acronym; a long attribution closing the claim; a body opening a subordinate clause is 'it'; a body in the speaker's title is no second speaker, a second person is",
			body: "A top official with the Vardo Securities and Exchange Board said rules would change. Rates fell, a spokesman for the Central Bureau of Norland Statistics (CBS) said. When Halvard Corp announced the deal, it said only that the price was high. Prices will rise, Brask Corp <BRK> director and senior vice-president Jon Vik said. Ada Berg and Finance Director Per Lund told a news conference sales rose.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Vardo Securities and Exchange Board", "", "Vardo Securities and Exchange Board").unknown(graph.Organization, "Central Bureau of Norland Statistics", "", "Central Bureau of Norland Statistics").
					unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Brask Corp", "", "Brask Corp").
					unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Ada Berg", "", "Ada Berg").unknown(graph.Person, "Per Lund", "", "Per Lund")
			},
			want: []string{
				"A top official with the Vardo Securities and Exchange Board  false: rules would change",
				"Ada Berg  false: sales rose",
				"Halvard Corp  false: the price was high",
				"Jon Vik  false: Prices will rise",
				"Per Lund  false: sales rose",
				"a spokesman for the Central Bureau of Norland Statistics (CBS)  false: Rates fell",
			},
		},
		{
			name: "'alleged that' is a claim; figures after 'according to' speak; described sources after 'quoted'; a singular job noun after 'the' is an unnamed source, a firm's trade noun the one firm named before; no source ends in an adverb or a season",
			body: "Halvard Corp alleged that Brask Inc broke the contract. Inflation fell to 5 pct, according to preliminary central bank estimates. The paper quoted highly placed sources as saying Vardo would default. Prices are too low, the counselor said. Halvard Corp said it sold notes. Proceeds will repay debt, the soft drink bottler said. The company further said costs rose. The government last summer said taxes rose.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Brask Inc", "", "Brask Inc").unknown(graph.Country, "Vardo", "", "Vardo")
			},
			want: []string{
				"Halvard Corp  false: Brask Inc broke the contract",
				"Halvard Corp  false: Proceeds will repay debt",
				"Halvard Corp  false: costs rose",
				"Halvard Corp  false: it sold notes",
				"Vardo 2018 false: taxes rose",
				"highly placed sources  false: Vardo would default",
				"preliminary central bank estimates  false: Inflation fell to 5 pct",
				"the counselor  false: Prices are too low",
			},
		},
		{
			name: "told analysts or shareholders, 'told Reuters recently', 'told shareholders, however, that'; a denied rumour or rejected suggestion is the claim",
			body: "Jon Vik told analysts the deal would cut debt. Sales will rise, Ada Berg told shareholders. Per Lund told Reuters recently virtually all exports had stopped. Eva Dahl told shareholders, however, that rates would fall. Halvard Corp denied market rumors that it wrote off loans. Ola Nes rejected suggestions the yen is undervalued.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Ada Berg", "", "Ada Berg").unknown(graph.Person, "Per Lund", "", "Per Lund").
					unknown(graph.Person, "Eva Dahl", "", "Eva Dahl").unknown(graph.Person, "Ola Nes", "", "Ola Nes").
					unknown(graph.Organization, "Reuters", "", "Reuters").unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp")
			},
			want: []string{
				"Ada Berg  false: Sales will rise",
				"Eva Dahl  false: rates would fall",
				"Halvard Corp  false: it wrote off loans",
				"Jon Vik  false: the deal would cut debt",
				"Ola Nes  false: the yen is undervalued",
				"Per Lund  false: virtually all exports had stopped",
			},
		},
		{
			name: "a subject set off from its verb by 'led by', 'dated', 'based in' speaks, and the claim before it ends before the subject",
			body: "The research team, led by Jon Vik, said cases rose. Sales will rise, the report, dated March 17, said. Halvard Corp, based in Ostby, said it sold its unit.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.City, "Ostby", "", "Ostby")
			},
			want: []string{
				"Halvard Corp  false: it sold its unit",
				"The research team  false: cases rose",
				"the report 2019-03-17 false: Sales will rise",
			},
		},
		{
			name: "a person 'of the' country or body says it, not the body",
			body: "President Ada Berg of the Norland Republic said prices rose. Jon Vik of the Halvard Growers said so.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Ada Berg", "", "Ada Berg").unknown(graph.Country, "Norland Republic", "", "Norland Republic").
					unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Organization, "Halvard Growers", "", "Halvard Growers")
			},
			want: []string{
				"Ada Berg  false: prices rose",
				"Jon Vik  false: so",
			},
		},
		{
			name: "a few quoted words inside a reported clause are one reported claim over the clause; a quotation set off by a comma or colon, or opening its sentence, stays direct",
			body: "Jon Vik said the country needed \"a calmer climate\" to grow. Ada Berg said in a statement, \"Prices are too low.\" Per Lund said: \"We will sell.\"",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Ada Berg", "", "Ada Berg").unknown(graph.Person, "Per Lund", "", "Per Lund")
			},
			want: []string{
				"Ada Berg  true: Prices are too low",
				"Jon Vik  false: the country needed \"a calmer climate\" to grow",
				"Per Lund  true: We will sell",
			},
		},
		{
			name: "an attribution closing the sentence past when and where; a claim ends before ', but declined to elaborate' and before the attribution of a claim inside it; a person before an apposition naming a body speaks",
			body: "Prices will rise, Jon Vik told journalists here on Monday. Exports will fall, Vardo sources said last month. Ada Berg said the plan was sound, but declined to elaborate. Output may fall, Per Lund, chairman of the Halvard Exporters Association told Reuters.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Ada Berg", "", "Ada Berg").unknown(graph.Person, "Per Lund", "", "Per Lund").
					unknown(graph.Organization, "Halvard Exporters Association", "", "Halvard Exporters Association").unknown(graph.Organization, "Reuters", "", "Reuters").
					unknown(graph.Country, "Vardo", "", "Vardo")
			},
			want: []string{
				"Ada Berg  false: the plan was sound",
				"Jon Vik 2019-04-22 false: Prices will rise",
				"Per Lund  false: Output may fall",
				"Vardo sources 2019-03 false: Exports will fall",
			},
		},
		{
			name: "a name inside what was said before is not who 'he' is; the words after a quotation's 'he said' are no claim",
			body: "A Vardo spokesman said the attack failed. He said President Jon Vik of Norland was to blame. \"We will not yield,\" he said twice at a rally.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo")
			},
			want: []string{
				"A Vardo spokesman  false: President Jon Vik of Norland was to blame",
				"A Vardo spokesman  false: the attack failed",
				"A Vardo spokesman  true: We will not yield",
			},
		},
		{
			name: "'quoted him as saying' is the person named before; 'quoted a spokesman … as saying' an unnamed source; 'X was quoted on television as saying' is X",
			body: "Jon Vik arrived on Monday. The Vardo Press Agency quoted him as saying the talks went well. The agency quoted a ministry spokesman in Vardo as saying the attack failed. Ada Berg was quoted on Norland television as saying prices would rise.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Organization, "Vardo Press Agency", "", "Vardo Press Agency").
					unknown(graph.Person, "Ada Berg", "", "Ada Berg").unknown(graph.City, "Vardo", "", "Vardo").unknown(graph.Country, "Norland", "", "Norland")
			},
			want: []string{
				"Ada Berg  false: prices would rise",
				"Jon Vik  false: the talks went well",
				"a ministry spokesman in Vardo  false: the attack failed",
			},
		},
		{
			name: "a body described speaks as the body named before that fits it, not as an unnamed source; people named by what they do are unnamed sources; 'the <demonym> government' is its state",
			body: "The Vardo Home Loan Bank Board said rates fell. Rates will rise, the bank board said. Growers said the crop was late. The rains came too late, a specialist said. The Norland foreign ministry said the plan was unfair. The Norland government said it would sign. Harbour workers returned after a strike in support of pay claims closed the ports. A spokesman for the mining company said output fell.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Vardo Home Loan Bank Board", "", "Vardo Home Loan Bank Board").unknown(graph.Country, "Norland", "", "Norland")
			},
			want: []string{
				"A spokesman for the mining company  false: output fell",
				"Growers  false: the crop was late",
				"Norland  false: it would sign",
				"Vardo Home Loan Bank Board  false: Rates will rise",
				"Vardo Home Loan Bank Board  false: rates fell",
				"a specialist  false: The rains came too late",
			},
		},
		{
			name: "an attribution that interrupts a claim leaves it whole; a time after the verb opens no claim of its own; 'said as lead manager' is about the saying; a month names what the claim is about",
			body: "In addition, Jon Vik said, the company is selling its unit. The issue was priced at 101, Halvard Corp said as lead manager. Ada Berg said yesterday the pipeline would reopen. Ada Berg said on Tuesday the strike had ended. Halvard Corp said February sales rose. Output will rise, Jon Vik said, without giving figures.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").
					unknown(graph.Person, "Ada Berg", "", "Ada Berg")
			},
			want: []string{
				"Ada Berg 2019-04-23 false: the pipeline would reopen",
				"Ada Berg 2019-04-23 false: the strike had ended",
				"Halvard Corp  false: February sales rose", // the month is the claim's, not the day it was said
				"Halvard Corp  false: The issue was priced at 101",
				"Jon Vik  false: In addition, Jon Vik said, the company is selling its unit",
				"Jon Vik  false: Output will rise",
			},
		},
		{
			name: "an attribution after a sentence's opening word or its subject ('But, it added,', 'Refiners, he said,') interrupts one claim, the whole sentence; 'the <leader> administration' speaks for the state the article names, else it is an unnamed source; 'according to' figures published by a body is that body's claim",
			body: "Halvard Corp said sales rose. But, it added, the bank is still awaiting the studies. Refiners, Jon Vik said, appeared to have used up old stock. Prices will fall in Norland, the Berg administration announced. Output rose, according to figures published by the Ostmark Bank.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Person, "Jon Vik", "", "Jon Vik").
					unknown(graph.Country, "Norland", "NRL", "Norland").unknown(graph.Person, "Ada Berg", "NRL", "Berg").
					unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank")
			},
			want: []string{
				"Halvard Corp  false: But, it added, the bank is still awaiting the studies",
				"Halvard Corp  false: sales rose",
				"Jon Vik  false: Refiners, Jon Vik said, appeared to have used up old stock",
				"Norland  false: Prices will fall in Norland",
				"Ostmark Bank  false: Output rose",
			},
		},
		{
			name: "the subject of a speech verb past a phrase set off by commas that names the saying's form ('in a statement') or the subject's owner ('65 pct owned by X'), past a day before the pair or a reflexive pronoun after the name, is its speaker",
			body: "Halvard Corp, in a statement, said sales rose. Vardo Mills, 65 pct owned by Ostmark Bank, said costs fell. Ostmark Bank yesterday, however, said rates would rise. Jon Vik himself said prices would fall.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Vardo Mills", "", "Vardo Mills").
					unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").unknown(graph.Person, "Jon Vik", "", "Jon Vik")
			},
			want: []string{
				"Halvard Corp  false: sales rose",
				"Jon Vik  false: prices would fall",
				// a known error: the saying is not dated by the "yesterday"
				// before the pair (it should read 2019-04-23)
				"Ostmark Bank  false: rates would rise",
				"Vardo Mills  false: costs fell",
			},
		},
		{
			name: "the wire's other verbs of saying: contended, quipped, commented (also inverted), and charged, complained, suggested with 'that'; 'charged a fee', 'suggested a plan' are no claim",
			body: "Jon Vik contended the plan would fail. Prices are too high, quipped Ada Berg. Halvard Corp complained that rates were unfair. Ostmark Bank suggested that rates would fall. Vardo Mills charged a fee. Halvard Corp suggested a plan.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Ada Berg", "", "Ada Berg").
					unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank").
					unknown(graph.Organization, "Vardo Mills", "", "Vardo Mills")
			},
			want: []string{
				"Ada Berg  false: Prices are too high",
				"Halvard Corp  false: rates were unfair",
				"Jon Vik  false: the plan would fail",
				"Ostmark Bank  false: rates would fall",
			},
		},
		{
			name: "an inverted attribution names its speaker after the verb, past a firm and its title or with an apposition after; a name after 'said' that starts a clause of its own is no speaker",
			body: "Prices will rise, said Jon Vik, a director of Halvard Corp in Ostby. Costs fell, said Halvard Corp chairman Ada Berg. \"Sales rose,\" said Halvard Corp analyst Ola Nes. Output rose, said one trader. The official, who asked not to be named, said Per Lund was wrong. Eva Dahl, a Norland senator, told Reuters that taxes would rise.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").
					unknown(graph.Person, "Ada Berg", "", "Ada Berg").unknown(graph.Person, "Per Lund", "", "Per Lund").unknown(graph.Person, "Ola Nes", "", "Ola Nes").
					unknown(graph.Person, "Eva Dahl", "", "Eva Dahl").unknown(graph.Organization, "Reuters", "", "Reuters").unknown(graph.Country, "Norland", "", "Norland")
			},
			want: []string{
				"Ada Berg  false: Costs fell",
				"Eva Dahl  false: taxes would rise",
				"Jon Vik  false: Prices will rise",
				"Ola Nes  true: Sales rose",
				"The official  false: Per Lund was wrong",
				"one trader  false: Output rose",
			},
		},
		{
			name: "a party's word for one member ('the Texas Democrat said', 'X, a Texas Democrat, said') speaks for that member, the one named so before, else for an unnamed source; the party speaks by its plural",
			body: "Jon Vik, a Texas Democrat, spoke first. The Texas Democrat said the bill would pass. \"We will win,\" the Texas Democrat told reporters. Ada Berg, an Ohio Republican, said taxes would rise. Democrats said the vote was close.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Republican Party", "", "Republican").unknown(graph.Organization, "Democratic Party", "", "Democrat", "Democrats").
					unknown(graph.Region, "Texas", "", "Texas").unknown(graph.Region, "Ohio", "", "Ohio").unknown(graph.Person, "Jon Vik", "", "Jon Vik").
					unknown(graph.Person, "Ada Berg", "", "Ada Berg")
			},
			want: []string{
				"Ada Berg  false: taxes would rise",
				"Democratic Party  false: the vote was close",
				"Jon Vik  false: the bill would pass",
				"Jon Vik  true: We will win",
			},
		},
		{
			name: "attributions after the claim: 'told a meeting of bankers', 'said chairman-elect X', a body with its acronym in brackets",
			body: "Prices will rise, Jon Vik told a meeting of bankers. Sales fell, said chairman-elect Ada Berg. The economy grew, the Halvard Group (HG) said in its report. Analyst Per Lund at Halvard Group said rates would fall.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Group", "", "Halvard Group", "HG").unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Ada Berg", "", "Ada Berg").
					unknown(graph.Person, "Per Lund", "", "Per Lund")
			},
			want: []string{
				"Ada Berg  false: Sales fell",
				"Halvard Group  false: The economy grew",
				"Jon Vik  false: Prices will rise",
				"Per Lund  false: rates would fall",
			},
		},
		{
			name: "a body speaks through its statement, report or letter ('The Halvard Corp statement said'); 'according to spokesman X' is X's",
			body: "The Halvard Corp statement said sales fell. Prices will rise, according to spokesman Jon Vik. The Norland letter said talks would go on.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Country, "Norland", "", "Norland")
			},
			want: []string{
				"Halvard Corp  false: sales fell",
				"Jon Vik  false: Prices will rise",
				"Norland  false: talks would go on",
			},
		},
		{
			name: "a second speech verb ('adding that', 'but added', 'adding, \"…\"') is a second claim of the same speaker; 'said, however, that'; police and aides to a person are unnamed sources",
			body: "Jon Vik said sales rose, adding that costs would fall. Halvard Corp said sales rose but added that margins fell. Ada Berg said, however, that costs rose. The strike ended, police said. Aides to Ada Berg said the bill would pass. Halvard Corp said it beat a bid by Ostland Bank, adding, \"Our business grew.\"",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Ada Berg", "", "Ada Berg").
					unknown(graph.Organization, "Ostland Bank", "", "Ostland Bank")
			},
			want: []string{
				"Ada Berg  false: costs rose",
				"Aides to Ada Berg  false: the bill would pass",
				"Halvard Corp  false: it beat a bid by Ostland Bank",
				"Halvard Corp  false: margins fell",
				"Halvard Corp  false: sales rose",
				"Halvard Corp  true: Our business grew",
				"Jon Vik  false: costs would fall",
				"Jon Vik  false: sales rose",
				"police  false: The strike ended",
			},
		},
		{
			name: "'the company', 'the minister' as a speaker is the body of that kind or the one person so titled the article named before; not where two fit",
			body: "Halvard Corp said it would close its plant. \"We regret the decision,\" the company said in a statement. Finance Minister Jon Vik said rates would fall. The minister said the budget was tight. Trade Minister Ada Berg spoke later. \"It is hard,\" the minister said.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Person, "Ada Berg", "", "Ada Berg")
			},
			want: []string{
				"Halvard Corp  false: it would close its plant",
				"Halvard Corp  true: We regret the decision",
				"Jon Vik  false: rates would fall",
				"Jon Vik  false: the budget was tight",
				"the minister  true: It is hard",
			},
		},
		{
			name: "a verb of reporting a claim takes a clause without 'that' (a short noun phrase and a finite verb), or a thing estimated at a figure (GUIDE.md's verbs of saying hold 'estimated'); believing alone reports none",
			body: "Jon Vik estimated sales would rise 10 pct. Ada Berg acknowledged the plan had failed. Halvard Corp estimated sales at 10 mln dlrs. Per Lund believes that prices will fall.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").
					unknown(graph.Person, "Ada Berg", "", "Ada Berg").unknown(graph.Person, "Per Lund", "", "Per Lund")
			},
			want: []string{
				"Ada Berg  false: the plan had failed",
				"Halvard Corp  false: sales at 10 mln dlrs",
				"Jon Vik  false: sales would rise 10 pct",
			},
		},
		{
			name: "a speaker named before an apposition that runs to the verb: the claim before ends at the name, a quotation before is the speaker's, a person 'of' a body is the speaker; an unnamed source after a name is no apposition of it",
			body: "Loans to Norland are safe, Jon Vik, a board member of Halvard Corp responsible for exports, said. \"The plan works,\" Ada Berg, member of the Ostby Council's oversight committee said. Per Lund of Halvard Corp, the biggest steel maker, said prices would rise. He met Eva Dahl, a spokesman for Halvard Corp said. \"Costs fell,\" Ola Nes, chairman of the Ostby Council (OC), told Reuters.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").
					unknown(graph.Person, "Ada Berg", "", "Ada Berg").unknown(graph.Organization, "Ostby Council", "", "Ostby Council").
					unknown(graph.Person, "Per Lund", "", "Per Lund").unknown(graph.Person, "Eva Dahl", "", "Eva Dahl").unknown(graph.Country, "Norland", "", "Norland").
					unknown(graph.Person, "Ola Nes", "", "Ola Nes")
			},
			want: []string{
				"Ada Berg  true: The plan works",
				"Jon Vik  false: Loans to Norland are safe",
				"Ola Nes  true: Costs fell",
				"Per Lund  false: prices would rise",
				"a spokesman for Halvard Corp  false: He met Eva Dahl",
			},
		},
		{
			name: "a quotation after 'said,' whose unnamed subject stands before a phrase set off by commas is that source's; 'according to' inside a quotation is no claim of its own",
			body: "The spokesman, speaking from Ostby, said, \"We have good reason to believe the talks will succeed.\" \"According to sources, the plan failed,\" the report said.",
			build: func(h *hand) {
				h.unknown(graph.City, "Ostby", "", "Ostby")
			},
			want: []string{
				"The spokesman  true: We have good reason to believe the talks will succeed",
				"the report  true: According to sources, the plan failed",
			},
		},
		{
			name: "unnamed people of a body or place speak as an unnamed source, not the body (the guide's 'a Treasury official'); a person 'of' a body speaks himself",
			body: "Floor traders at the Vardo Exchange said prices fell. A spokesman for Halvard Corp said profits rose. Weather officials in neighbouring Norland said the ice was thick. Jon Vik of Ostmark Bank said rates would fall. The Vardo Exchange said volume rose.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Vardo Exchange", "", "Vardo Exchange").unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").
					unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Organization, "Ostmark Bank", "", "Ostmark Bank")
			},
			want: []string{
				"A spokesman for Halvard Corp  false: profits rose",
				"Floor traders at the Vardo Exchange  false: prices fell",
				"Jon Vik  false: rates would fall",
				"Vardo Exchange  false: volume rose",
				"Weather officials in neighbouring Norland  false: the ice was thick",
			},
		},
		{
			name: "'cited X as saying' is X's claim; 'cited' a reason is no claim",
			body: "The Vardo Press Agency cited Jon Vik as saying the talks went well. Halvard Corp cited rising costs for the loss.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Organization, "Vardo Press Agency", "", "Vardo Press Agency").
					unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp")
			},
			want: []string{
				"Jon Vik  false: the talks went well",
			},
		},
		{
			name: "told a hearer and said in a medium without 'that'; a subject past a relative clause or an adverb; an inverted unnamed source and the pronoun after it; a report speaks",
			body: "Jon Vik told Reuters the plan was sound. Halvard Corp said in a statement it would cut jobs. The source, who declined to be identified, said the mill would close. Analysts, however, said the bid would fail. \"We will not sell,\" said one trader. \"Prices are too low,\" he said. The report said exports rose. Ada Berg, who told Vardo farmers last year they must cut output, said prices would fall.",
			build: func(h *hand) {
				h.unknown(graph.Person, "Jon Vik", "", "Jon Vik").unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").
					unknown(graph.Person, "Ada Berg", "", "Ada Berg").unknown(graph.City, "Vardo", "", "Vardo").
					unknown(graph.Organization, "Reuters", "", "Reuters")
			},
			want: []string{
				"Ada Berg  false: prices would fall",
				"Ada Berg  false: they must cut output",
				"Analysts  false: the bid would fail",
				"Halvard Corp  false: it would cut jobs",
				"Jon Vik  false: the plan was sound",
				"The report  false: exports rose",
				"The source  false: the mill would close",
				"one trader  true: Prices are too low",
				"one trader  true: We will not sell",
			},
		},
		{
			name: "'it' and 'the company' are the body that spoke last; 'it' with no speaker before stays unresolved; 'the department' is no company and names a body the article does not: no speaker guessed",
			body: "It said prices rose. Halvard Corp said profits rose. It said prices would fall. Costs will rise, the company said. The department said exports fell.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp")
			},
			want: []string{
				"Halvard Corp  false: Costs will rise",
				"Halvard Corp  false: prices would fall",
				"Halvard Corp  false: profits rose",
			},
		},
		{
			name: "a ticker between speaker and verb; plural unnamed sources; 'they' after them",
			body: "Sonar Corp <SNR.T> said it will cut prices in the U.S. this year. Prices will rise, dealers said. They said demand was weak. The Vardo Trade Office (VTO) said imports fell. <Halvard Mills Ltd> said it would grow. Exports fell, the Vardo Trade Office said in a monthly report. Halvard Mills chief Jon Vik told reporters the plan was sound. Vik disclosed that profits rose.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Sonar Corp", "", "Sonar Corp").unknown(graph.Organization, "Vardo Trade Office", "", "Vardo Trade Office", "VTO").
					unknown(graph.Organization, "Halvard Mills Ltd", "", "Halvard Mills Ltd", "Halvard Mills").unknown(graph.Person, "Jon Vik", "", "Jon Vik", "Vik")
			},
			want: []string{
				"Halvard Mills Ltd  false: it would grow",
				"Jon Vik  false: profits rose",
				"Jon Vik  false: the plan was sound",
				"Sonar Corp  false: it will cut prices in the U.S. this year",
				"Vardo Trade Office  false: Exports fell",
				"Vardo Trade Office  false: imports fell",
				"dealers  false: Prices will rise",
				"dealers  false: demand was weak",
			},
		},
		{
			// Reuters-21578 has "cited as saying" with the source left out;
			// it once panicked the extractor.
			name:  "cited as saying with no one between",
			body:  "The agency cited as saying \"prices will rise\" in March.",
			build: func(h *hand) {},
			want:  nil,
		},
		{
			name: "said before the name",
			body: "\"Sanctions work,\" said John Doe, an analyst.",
			build: func(h *hand) {
				h.unknown(graph.Person, "John Doe", "", "John Doe")
			},
			want: []string{"John Doe  true: Sanctions work"},
		},
		{
			name: "after the quote: a name with its firm and title, a pronoun, a spokesman for a body (unnamed, as before a claim: GUIDE.md's 'a Treasury official'), an unnamed source",
			body: "\"Demand is weak,\" Halvard Corp chairman Jon Vik said. \"We will cut output,\" he said.\n\n\"We are not selling,\" a spokesman for Sonar Corp told Reuters.\n\n\"Prices will fall,\" one dealer said.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Halvard Corp", "", "Halvard Corp").unknown(graph.Person, "Jon Vik", "", "Jon Vik").
					unknown(graph.Organization, "Sonar Corp", "", "Sonar Corp").known(graph.Organization, "Reuters", "Reuters")
			},
			want: []string{
				"Jon Vik  true: Demand is weak",
				"Jon Vik  true: We will cut output",
				"a spokesman for Sonar Corp  true: We are not selling",
				"one dealer  true: Prices will fall",
			},
		},
		{
			name: "'it said' after a quote: the one organisation named before",
			body: "Sonar Corp cut prices on Monday. \"Demand is weak,\" it said.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Sonar Corp", "", "Sonar Corp")
			},
			want: []string{"Sonar Corp  true: Demand is weak"},
		},
		{
			name: "'the company said', 'it said' with no speaker before: the one organisation named before",
			body: "Sonar Corp cut prices on Monday. The company said demand was weak. It said costs would rise.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Sonar Corp", "", "Sonar Corp")
			},
			want: []string{"Sonar Corp  false: costs would rise", "Sonar Corp  false: demand was weak"},
		},
		{
			name: "anonymous source",
			body: "A senior diplomatic source told the Kita Shimbun that the envoy will travel to Seoul.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Kita Shimbun", "", "Kita Shimbun").known(graph.City, "Seoul", "Seoul")
			},
			want: []string{"A senior diplomatic source  false: the envoy will travel to Seoul"},
		},
		{
			name: "a newspaper claims",
			body: "The Kita Shimbun claims the talks stalled over Seoul.",
			build: func(h *hand) {
				h.unknown(graph.Organization, "Kita Shimbun", "", "Kita Shimbun").known(graph.City, "Seoul", "Seoul")
			},
			want: []string{"Kita Shimbun 2019-04-24 false: the talks stalled over Seoul"},
		},
		{
			name: "according to an agency",
			body: "Beijing sent home most workers, according to the Reuters news agency.",
			build: func(h *hand) {
				h.known(graph.Organization, "Reuters", "Reuters").known(graph.Country, "China", "Beijing")
			},
			want: []string{"Reuters  false: Beijing sent home most workers"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHand(t, tt.body)
			tt.build(h)
			res := relate(t, h, "2019-04-24")
			got := quoteLines(res.Quotes, names(h.ents))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("quotes mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestQuoteAbout(t *testing.T) {
	body := "“Seoul and Tokyo must talk,” Jane Roe said."
	h := newHand(t, body)
	h.unknown(graph.Person, "Jane Roe", "", "Jane Roe").known(graph.City, "Seoul", "Seoul").known(graph.City, "Tokyo", "Tokyo")
	res := relate(t, h, "2019-04-24")
	if len(res.Quotes) != 1 {
		t.Fatalf("got %d quotes, want 1", len(res.Quotes))
	}
	q := res.Quotes[0]
	if diff := cmp.Diff([]string{h.ents[1].ID, h.ents[2].ID}, q.About); diff != "" {
		t.Errorf("about mismatch (-want +got):\n%s", diff)
	}
	if q.Speaker != h.ents[0].ID || q.ID == "" || q.Evidence.Text != body {
		t.Errorf("quote = %+v; want speaker Jane Roe, an id and the sentence as evidence", q)
	}
}

func TestNoPublicationDate(t *testing.T) {
	body := "Mr. Biden met Mr. Macron in Paris on Monday and in June 2021."
	h := newHand(t, body)
	h.known(graph.Person, "Joe Biden", "Biden").known(graph.Person, "Emmanuel Macron", "Macron").known(graph.City, "Paris", "Paris")
	res := relate(t, h, "")
	got := eventLines(res.Events, names(h.ents))
	want := []string{"meeting 2021-06 @Paris happened: Joe Biden/participant, Emmanuel Macron/participant"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("without a publication date only dates naming their year count (-want +got):\n%s", diff)
	}
}

// TestWordsOnceOnlyInTheReferenceArticle exercises, on sentences written
// for them, trigger and cue words that only the reference article used to
// exercise: "get-together", "rail link", "eyeing", "two-thirds".
func TestWordsOnceOnlyInTheReferenceArticle(t *testing.T) {
	for _, tc := range []struct {
		body string
		want []string
	}{
		{"Ada Berg and Jon Vik held a get-together in Ostby on Monday.",
			[]string{"meeting 2024-03-04 @Ostby happened: Ada Berg/participant, Jon Vik/participant"}},
		{"Norland and Vardo proposed a rail link.",
			[]string{"proposal  @ happened: Norland/actor, Vardo/actor"}},
		{"Nearly two-thirds of Norland's troops attacked Vardo on Monday.",
			[]string{"militaryAction 2024-03-04 @ happened: Norland/actor, Vardo/target"}},
	} {
		h := newHand(t, tc.body)
		for _, n := range []string{"Norland", "Vardo"} {
			if strings.Contains(tc.body, n) {
				h.unknown(graph.Country, n, "", n)
			}
		}
		for _, n := range []string{"Ada Berg", "Jon Vik"} {
			if strings.Contains(tc.body, n) {
				h.unknown(graph.Person, n, "", n)
			}
		}
		if strings.Contains(tc.body, "Ostby") {
			h.unknown(graph.City, "Ostby", "", "Ostby")
		}
		res := relate(t, h, "2024-03-04")
		if diff := cmp.Diff(tc.want, eventLines(res.Events, names(h.ents))); diff != "" {
			t.Errorf("%s\n(-want +got):\n%s", tc.body, diff)
		}
	}
	// "eyeing" makes what follows a plan
	h := newHand(t, "Norland is eyeing a summit with Vardo next month.")
	h.unknown(graph.Country, "Norland", "", "Norland").unknown(graph.Country, "Vardo", "", "Vardo")
	res := relate(t, h, "2024-03-04")
	if len(res.Events) != 1 || res.Events[0].Type != "summit" || res.Events[0].Status != "planned" {
		t.Errorf("eyeing a summit: got %v, want one planned summit", eventLines(res.Events, names(h.ents)))
	}
}
