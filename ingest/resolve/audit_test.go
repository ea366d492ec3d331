package resolve

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"actorgraph/graph"
	"actorgraph/ingest/segment"
)

// TestResolveAuditRules checks the rules the extraction audit added, each
// on our own sentence with the spans a tagger gave or could give.
func TestResolveAuditRules(t *testing.T) {
	r := newResolver(t)
	tests := []struct {
		name   string
		body   string
		tags   []tag
		want   map[string]view
		absent []string
	}{
		{
			name: "a capitalised 'An' or 'A' the tagger took into a name is the sentence's article, not the name's ('An Halvard Board ruling', 'A Vesk Trading Co official'); a person's one-word name after 'An' is kept whole ('An Lund founded it')",
			body: "An Halvard Board ruling came. The Halvard Board said no. A Vesk Trading Co official said yes. An Lund founded it.",
			tags: []tag{{"An Halvard Board", "ORG"}, {"Halvard Board", "ORG"}, {"A Vesk Trading Co", "ORG"}, {"An Lund", "PER"}},
			want: map[string]view{
				"Halvard Board":   {Type: graph.Organization, Mentions: []string{"Halvard Board", "Halvard Board"}},
				"Vesk Trading Co": {Type: graph.Organization, Mentions: []string{"Vesk Trading Co"}},
				"An Lund":         {Type: graph.Person, Mentions: []string{"An Lund"}},
			},
			absent: []string{"An Halvard Board", "A Vesk Trading Co"},
		},
		{
			name: "a capital's possessive before a firm's or a market's name is the city ('Tokyo's Halvard Securities Co said', 'London's Stock Exchange said'); before a state's body it stays the government ('Moscow's Foreign Ministry said')",
			body: "Tokyo's Halvard Securities Co said profits rose. London's Stock Exchange said volume fell. Moscow's Foreign Ministry said talks failed.",
			tags: []tag{{"Tokyo", "LOC"}, {"Halvard Securities Co", "ORG"}, {"London", "LOC"}, {"Stock Exchange", "ORG"}, {"Moscow", "LOC"}, {"Foreign Ministry", "ORG"}},
			want: map[string]view{
				"Tokyo":  {Type: graph.City, Country: "JPN", Mentions: []string{"Tokyo"}},
				"London": {Type: graph.City, Country: "GBR", Mentions: []string{"London"}},
				"Russia": {Type: graph.Country, Country: "RUS", Wikidata: "Q159", Mentions: []string{"Moscow"}},
			},
		},
		{
			name: "a person's name the tagger joined to the company it is of, in an attribution, is the person and the company ('said Ola Nes of Halvard Corp', 'Kari Moe of Brask Securities Ltd said', 'agreed Jon Vik of Vesk Trading Inc'); a company of a place or a body's name stays whole ('said Vista Ore of Canada Ltd', 'Vista Sales of Norland Inc said', 'Lund Bank of Vardo Ltd said')",
			body: "Rates will rise, said Ola Nes of Halvard Corp. Kari Moe of Brask Securities Ltd said sales fell. \"It is late,\" agreed Jon Vik of Vesk Trading Inc. Vista Sales of Norland Inc said sales rose. Lund Bank of Vardo Ltd said rates fell. Costs rose, said Vista Ore of Canada Ltd.",
			tags: []tag{{"Ola Nes of Halvard Corp", "ORG"}, {"Kari Moe of Brask Securities Ltd", "ORG"}, {"Jon Vik of Vesk Trading Inc", "ORG"}, {"Vista Sales of Norland Inc", "ORG"}, {"Lund Bank of Vardo Ltd", "ORG"}, {"Vista Ore of Canada Ltd", "ORG"}},
			want: map[string]view{
				"Ola Nes":                    {Type: graph.Person, Mentions: []string{"Ola Nes"}},
				"Halvard Corp":               {Type: graph.Organization, Mentions: []string{"Halvard Corp"}},
				"Kari Moe":                   {Type: graph.Person, Mentions: []string{"Kari Moe"}},
				"Brask Securities Ltd":       {Type: graph.Organization, Mentions: []string{"Brask Securities Ltd"}},
				"Jon Vik":                    {Type: graph.Person, Mentions: []string{"Jon Vik"}},
				"Vesk Trading Inc":           {Type: graph.Organization, Mentions: []string{"Vesk Trading Inc"}},
				"Vista Sales of Norland Inc": {Type: graph.Organization, Mentions: []string{"Vista Sales of Norland Inc"}},
				"Lund Bank of Vardo Ltd":     {Type: graph.Organization, Mentions: []string{"Lund Bank of Vardo Ltd"}},
				"Vista Ore of Canada Ltd":    {Type: graph.Organization, Mentions: []string{"Vista Ore of Canada Ltd"}},
			},
		},
		{
			name: "a Shiite cleric's rank before a name is an honorific, not part of it ('Hojatoleslam Jon Vikar', 'Hojjatoleslam Ola Nesar'), as 'Ayatollah' is",
			body: "The audience included Hojatoleslam Jon Vikar. Hojjatoleslam Ola Nesar spoke.",
			tags: []tag{{"Hojatoleslam Jon Vikar", "PER"}, {"Hojjatoleslam Ola Nesar", "PER"}},
			want: map[string]view{
				"Jon Vikar": {Type: graph.Person, Mentions: []string{"Jon Vikar"}},
				"Ola Nesar": {Type: graph.Person, Mentions: []string{"Ola Nesar"}},
			},
		},
		{
			name: "a one-word name the tagger called a person before a word of armed people is their group ('Vesker rebels', 'Lundar guerrillas'), not a person",
			body: "Norway sold missiles to Vesker rebels. Lundar guerrillas attacked a town.",
			tags: []tag{{"Norway", "LOC"}, {"Vesker", "PER"}, {"Lundar", "PER"}},
			want: map[string]view{
				"Vesker": {Type: graph.Organization, Mentions: []string{"Vesker"}},
				"Lundar": {Type: graph.Organization, Mentions: []string{"Lundar"}},
			},
		},
		{
			name: "a sea's word alone after a company's name it opens is the company ('Pacific Trading Corp was closed. Pacific said deposits fell', 'Gulf Canada Corp … Gulf said')",
			body: "Pacific Trading Corp was closed. Pacific said deposits fell. Gulf Canada Corp was charged. Gulf said the charges were unfounded.",
			tags: []tag{{"Pacific Trading Corp", "ORG"}, {"Pacific", "LOC"}, {"Gulf Canada Corp", "ORG"}, {"Gulf", "LOC"}},
			want: map[string]view{
				"Pacific Trading Corp": {Type: graph.Organization, Mentions: []string{"Pacific Trading Corp", "Pacific"}},
				"Gulf Canada Corp":     {Type: graph.Organization, Mentions: []string{"Gulf Canada Corp", "Gulf"}},
			},
			absent: []string{"Pacific Ocean", "Gulf", "Persian Gulf"},
		},
		{
			name: "a sea's word written with 'the' stays the sea beside a company named by it ('Pacific Trading Corp said ships sailed across the Pacific')",
			body: "Pacific Trading Corp said ships sailed across the Pacific.",
			tags: []tag{{"Pacific Trading Corp", "ORG"}, {"Pacific", "LOC"}},
			want: map[string]view{
				"Pacific Trading Corp": {Type: graph.Organization, Mentions: []string{"Pacific Trading Corp"}},
				"Pacific Ocean":        {Type: graph.Place, Mentions: []string{"Pacific"}},
			},
		},
		{
			name: "a leader in office named before 'Administration', 'Cabinet' or 'Government' in one name is a mention of the leader, the word left out ('the Biden Administration said', 'the Kishida Cabinet'), as CoNLL tags 'the Biden administration'; a name that is no leader's stays a body ('the Vesk Administration')",
			body: "The Biden Administration said it would act. The Kishida Cabinet approved the budget. The Vesk Administration said costs rose.",
			tags: []tag{{"Biden Administration", "ORG"}, {"Kishida Cabinet", "ORG"}, {"Vesk Administration", "ORG"}},
			want: map[string]view{
				"Joe Biden":           {Type: graph.Person, Country: "USA", Wikidata: "Q6279", Mentions: []string{"Biden"}},
				"Fumio Kishida":       {Type: graph.Person, Country: "JPN", Mentions: []string{"Kishida"}},
				"Vesk Administration": {Type: graph.Organization, Mentions: []string{"Vesk Administration"}},
			},
			absent: []string{"Biden Administration", "Kishida Cabinet"},
		},
		{
			name: "a state's word before 'Government' or 'Administration' written as one name is the state ('the Dutch Government said', 'the Japanese Government', 'the Swiss Federal Government'); a body named so with other words stays a body ('the Food and Drug Administration')",
			body: "The Dutch Government said taxes would rise. The Japanese Government sold bonds. The Swiss Federal Government borrowed. The Food and Drug Administration approved the drug.",
			tags: []tag{{"Dutch Government", "ORG"}, {"Japanese Government", "ORG"}, {"Swiss Federal Government", "ORG"}, {"Food and Drug Administration", "ORG"}},
			want: map[string]view{
				"Netherlands": {Type: graph.Country, Country: "NLD", Wikidata: "Q55", Mentions: []string{"Dutch Government"}},
				"Japan":       {Type: graph.Country, Country: "JPN", Wikidata: "Q17", Mentions: []string{"Japanese Government"}},
				"Switzerland": {Type: graph.Country, Country: "CHE", Wikidata: "Q39", Mentions: []string{"Swiss Federal Government"}},
			},
			absent: []string{"Dutch Government", "Japanese Government", "Swiss Federal Government"},
		},
		{
			name: "a committee's name without its chamber's word is the committee named in full before ('the House Budget Committee' … 'the Budget Committee'); not when two committees of that name were named ('the Senate Trade Committee', 'the House Trade Committee' … 'the Trade Committee')",
			body: "The House Budget Committee approved the plan. The Budget Committee said spending would fall. The Senate Trade Committee met. The House Trade Committee met. The Trade Committee said exports rose.",
			tags: []tag{{"House Budget Committee", "ORG"}, {"Budget Committee", "ORG"}, {"Senate Trade Committee", "ORG"}, {"House Trade Committee", "ORG"}, {"Trade Committee", "ORG"}},
			want: map[string]view{
				"House Budget Committee": {Type: graph.Organization, Mentions: []string{"House Budget Committee", "Budget Committee"}},
				"Senate Trade Committee": {Type: graph.Organization, Mentions: []string{"Senate Trade Committee"}},
				"House Trade Committee":  {Type: graph.Organization, Mentions: []string{"House Trade Committee"}},
				"Trade Committee":        {Type: graph.Organization, Mentions: []string{"Trade Committee"}},
			},
		},
		{
			name: "a bare 'Congress' is the U.S. one, except right after another state's possessive ('Brazil's Congress' is Brazil's); 'the U.S. Congress' stays the U.S. one",
			body: "Brazil's Congress rejected the budget. The U.S. Congress passed the bill. Congress will vote on Friday.",
			tags: []tag{{"Brazil", "LOC"}, {"Congress", "ORG"}, {"U.S.", "LOC"}, {"Congress", "ORG"}, {"Congress", "ORG"}},
			want: map[string]view{
				"Brazilian Congress":     {Type: graph.Organization, Country: "BRA", Mentions: []string{"Congress"}},
				"United States Congress": {Type: graph.Organization, Country: "USA", Mentions: []string{"U.S. Congress", "Congress"}},
			},
		},
		{
			name: "names of laws and indices are no actors, also when the tagger leaves a law's 'Act' out ('the Halvard Reform Act of 1985' tagged 'Halvard Reform', 'the Vesk Fibre Arrangement', 'the Brask Industrial Average'); a division of land or an island named with its kind is a place, not a person ('the Vardo Island', 'Lund Prefecture'); a body's name ending so stays a body ('Vista Bank of Lund Province')",
			body: "The deal is part of the Halvard Reform Act of 1985. The Vesk Fibre Arrangement expires in July. The Brask Industrial Average rose. Troops landed on the Vardo Island. Floods hit Lund Prefecture. Vista Bank of Lund Province was sold.",
			tags: []tag{{"Halvard Reform", "ORG"}, {"Vesk Fibre Arrangement", "ORG"}, {"Brask Industrial Average", "ORG"}, {"Vardo Island", "PER"}, {"Lund Prefecture", "PER"}, {"Vista Bank of Lund Province", "ORG"}},
			want: map[string]view{
				"Vardo Island":                {Type: graph.Place, Mentions: []string{"Vardo Island"}},
				"Lund Prefecture":             {Type: graph.Region, Mentions: []string{"Lund Prefecture"}},
				"Vista Bank of Lund Province": {Type: graph.Organization, Mentions: []string{"Vista Bank of Lund Province"}},
			},
			absent: []string{"Halvard Reform", "Vesk Fibre Arrangement", "Brask Industrial Average"},
		},
		{
			name: "a state's demonym that opens a title and name joined by 'and' to an institution's title makes the institution that state's ('Argentine Economy Minister Jon Vik and Treasury Secretary Ola Nes', in an article naming the United States too); one word before 'and' says nothing ('the Fed and Treasury')",
			body: "Argentine Economy Minister Jon Vik and Treasury Secretary Ola Nes met U.S. bankers. The Fed and Treasury said rates would hold.",
			tags: []tag{{"Argentine", "MISC"}, {"Jon Vik", "PER"}, {"Treasury", "ORG"}, {"Ola Nes", "PER"}, {"U.S.", "LOC"}, {"Fed", "ORG"}, {"Treasury", "ORG"}},
			want: map[string]view{
				"Argentine Treasury":                       {Type: graph.Organization, Country: "ARG", Mentions: []string{"Treasury"}},
				"United States Department of the Treasury": {Type: graph.Organization, Country: "USA", Mentions: []string{"Treasury"}},
			},
		},
		{
			name: "a name of two to four words right after a title in lower case is a person, whatever the tagger said ('committee chairman Jon Vik', 'energy ministry Ola Nes said'); a body's noun before a one-word name still makes a body ('the planning agency Brask')",
			body: "Halvard told committee chairman Jon Vik the bill was bad. The figures rose, energy ministry Ola Nes said. The planning agency Brask said growth slowed.",
			tags: []tag{{"Halvard", "PER"}, {"Jon Vik", "ORG"}, {"Ola Nes", "PER"}, {"Brask", "ORG"}},
			want: map[string]view{
				"Jon Vik": {Type: graph.Person, Mentions: []string{"Jon Vik"}},
				"Ola Nes": {Type: graph.Person, Mentions: []string{"Ola Nes"}},
				"Brask":   {Type: graph.Organization, Mentions: []string{"Brask"}},
			},
		},
		{
			name: "a prefix of stance right before a span leaves the span's first word to the stance ('pro-Western Zaire' tagged 'Western Zaire' is Zaire; 'pro-Peking Vesk Daily News' is the paper); a name known whole stays ('non-North Sea revenue')",
			body: "Aid will flow to pro-Western Zaire. The pro-Peking Vesk Daily News said rates rose. Non-North Sea revenue rose.",
			tags: []tag{{"Western Zaire", "LOC"}, {"Peking Vesk Daily News", "ORG"}, {"North Sea", "LOC"}},
			want: map[string]view{
				"Zaire":           {Type: graph.Country, Country: "ZAR", Mentions: []string{"Zaire"}},
				"Vesk Daily News": {Type: graph.Organization, Mentions: []string{"Vesk Daily News"}},
			},
			absent: []string{"Western Zaire", "Peking Vesk Daily News", "Sea"},
		},
		{
			name: "a capital after 'to' past a verb of giving, selling or lending is its government ('agreed to sell wheat to Moscow'), and so is a capital after an accusing or urging participle ('with Ottawa accusing Washington'); a capital one travels to is the city ('flew to Beijing')",
			body: "Japan agreed to sell wheat to Moscow. The dispute grew, with Ottawa accusing Washington of failing to act. The minister flew to Beijing on Monday.",
			tags: []tag{{"Japan", "LOC"}, {"Moscow", "LOC"}, {"Ottawa", "LOC"}, {"Washington", "LOC"}, {"Beijing", "LOC"}},
			want: map[string]view{
				"Russia":        {Type: graph.Country, Country: "RUS", Wikidata: "Q159", Mentions: []string{"Moscow"}},
				"United States": {Type: graph.Country, Country: "USA", Wikidata: "Q30", Mentions: []string{"Washington"}},
				"Beijing":       {Type: graph.City, Country: "CHN", Mentions: []string{"Beijing"}},
			},
		},
		{
			name: "a chamber that opens a sentence before a title, untagged by the tagger, is the chamber ('House Speaker Jon Vik said', 'Senate Majority Leader Ola Nes said' in an article of the United States); not a chamber before no title ('House prices rose')",
			body: "House Speaker Jon Vik said the United States would act. Senate Majority Leader Ola Nes agreed. House prices rose.",
			tags: []tag{{"Jon Vik", "PER"}, {"United States", "LOC"}, {"Ola Nes", "PER"}},
			want: map[string]view{
				"United States House of Representatives": {Type: graph.Organization, Country: "USA", Wikidata: "Q11701", Mentions: []string{"House"}},
				"United States Senate":                   {Type: graph.Organization, Country: "USA", Wikidata: "Q66096", Mentions: []string{"Senate"}},
			},
		},
		{
			name: "'Democratic' before a legislator's title is the Democratic Party ('Democratic Sen. Jon Vik', 'Democratic member of the board'); elsewhere it names no party ('the Democratic-controlled committee')",
			body: "Democratic Sen. Jon Vik spoke. Ola Nes, Democratic member of the board, agreed. The Democratic-controlled committee said exports fell.",
			tags: []tag{{"Democratic", "MISC"}, {"Jon Vik", "PER"}, {"Ola Nes", "PER"}, {"Democratic", "MISC"}, {"Democratic-controlled", "MISC"}},
			want: map[string]view{
				"Democratic Party": {Type: graph.Organization, Country: "USA", Wikidata: "Q29552", Mentions: []string{"Democratic", "Democratic"}},
			},
		},
		{
			name: "a people's adjective before a noun of an agreement, plan or rate is a mention of its state ('the Mexican accord', 'the Brazilian plan'); a name of no state there still names the thing ('the Plaza accord')",
			body: "The Mexican accord with its creditor banks was signed on Friday. Bankers rejected the Brazilian plan. The Plaza accord set the dollar's course.",
			tags: []tag{{"Mexican", "MISC"}, {"Brazilian", "MISC"}, {"Plaza", "MISC"}},
			want: map[string]view{
				"Mexico": {Type: graph.Country, Country: "MEX", Wikidata: "Q96", Mentions: []string{"Mexican"}},
				"Brazil": {Type: graph.Country, Country: "BRA", Wikidata: "Q155", Mentions: []string{"Brazilian"}},
			},
			absent: []string{"Plaza"},
		},
		{
			name: "a name set off before 'the company's' or 'the bank's' and a title is the body's officer, a person ('Jon Vik, the company's sales manager,', 'Ola Nes, the bank's chief economist,'); a body's own noun still makes a body ('Brekka, the company's airline unit')",
			body: "Halvard Corp said sales rose. Jon Vik, the company's sales manager, said prices would fall. Ola Nes, the bank's chief economist, said rates rose. Brekka, the company's airline unit, lost money.",
			tags: []tag{{"Halvard Corp", "ORG"}, {"Jon Vik", "PER"}, {"Ola Nes", "PER"}, {"Brekka", "ORG"}},
			want: map[string]view{
				"Jon Vik": {Type: graph.Person, Mentions: []string{"Jon Vik"}},
				"Ola Nes": {Type: graph.Person, Mentions: []string{"Ola Nes"}},
				"Brekka":  {Type: graph.Organization, Mentions: []string{"Brekka"}},
			},
		},
		{
			name: "a firm our knowledge names with commas inside, tagged in pieces at the commas ('Merrill Lynch' + 'Pierce' + 'Smith'), is that one firm, not persons; its full name with a comma is one of its names ('Goldman, Sachs and Co'), and no piece of it is ('Sachs and Co', 'Pierce')",
			body: "Prices will rise, said Ann Lee, analyst with Merrill Lynch, Pierce, Fenner and Smith. The issue was led by Goldman, Sachs and Co. Sachs and Co is a new firm in Oslo. Pierce said the index fell.",
			tags: []tag{{"Ann Lee", "PER"}, {"Merrill Lynch", "ORG"}, {"Pierce", "PER"}, {"Smith", "PER"}, {"Goldman, Sachs and Co", "ORG"},
				{"Sachs and Co", "ORG"}, {"Oslo", "LOC"}, {"Pierce", "PER"}},
			want: map[string]view{
				"Merrill Lynch": {Type: graph.Organization, Country: "USA", Mentions: []string{"Merrill Lynch, Pierce, Fenner and Smith"}},
				"Goldman Sachs": {Type: graph.Organization, Country: "USA", Mentions: []string{"Goldman, Sachs and Co"}},
				"Sachs and Co":  {Type: graph.Organization, Mentions: []string{"Sachs and Co"}},
				"Pierce":        {Type: graph.Person, Mentions: []string{"Pierce"}},
			},
			absent: []string{"Smith"},
		},
		{
			name: "a firm named by its partners keeps a one-word partner before a comma ('Brekka, Halvard Ltd', 'Vik, Lund and Berg Inc'), not a name in a list or a place before it ('the operator, Ostby, Vesk Richfield Co', 'affiliate in Lundby, KT Systems Inc')",
			body: "The issue was led by Brekka, Halvard Ltd on Monday. Stocks rose, said Vik, Lund and Berg Inc analyst Jon Moe. The block went to the operator, Ostby, Vesk Richfield Co and others. Its affiliate in Lundby, KT Systems Inc, makes software.",
			tags: []tag{{"Brekka", "PER"}, {"Halvard Ltd", "ORG"}, {"Vik", "ORG"}, {"Lund", "ORG"}, {"Berg Inc", "ORG"}, {"Jon Moe", "PER"},
				{"Ostby", "ORG"}, {"Vesk Richfield Co", "ORG"}, {"Lundby", "LOC"}, {"KT Systems Inc", "ORG"}},
			want: map[string]view{
				"Brekka, Halvard Ltd":    {Type: graph.Organization, Mentions: []string{"Brekka, Halvard Ltd"}},
				"Vik, Lund and Berg Inc": {Type: graph.Organization, Mentions: []string{"Vik, Lund and Berg Inc"}},
				"Vesk Richfield Co":      {Type: graph.Organization, Mentions: []string{"Vesk Richfield Co"}},
				"KT Systems Inc":         {Type: graph.Organization, Mentions: []string{"KT Systems Inc"}},
			},
			absent: []string{"Halvard Ltd", "Berg Inc", "Ostby, Vesk Richfield Co", "Lundby, KT Systems Inc"},
		},
		{
			name: "a country's abbreviation and a noun of a firm the wire capitalised after its full stop are no part of the firm's name ('U.S. Group Halvard Electric Co', 'U.S. Subsidiary of Brask Motor Corp'); a firm whose own name opens with the abbreviation keeps it ('U.S. Vesk Corp')",
			body: "Talks with the U.S. Group Halvard Electric Co failed. The U.S. Subsidiary of Brask Motor Corp said sales rose. U.S. Vesk Corp said profits rose.",
			tags: []tag{{"U.S. Group Halvard Electric Co", "ORG"}, {"U.S. Subsidiary of Brask Motor Corp", "ORG"}, {"U.S. Vesk Corp", "ORG"}},
			want: map[string]view{
				"Halvard Electric Co": {Type: graph.Organization, Mentions: []string{"Halvard Electric Co"}},
				"Brask Motor Corp":    {Type: graph.Organization, Mentions: []string{"Brask Motor Corp"}},
				"U.S. Vesk Corp":      {Type: graph.Organization, Mentions: []string{"U.S. Vesk Corp"}},
				"United States":       {Type: graph.Country, Country: "USA", Wikidata: "Q30", Mentions: []string{"U.S.", "U.S."}},
			},
			absent: []string{"U.S. Group Halvard Electric Co", "U.S. Subsidiary of Brask Motor Corp"},
		},
		{
			name: "an acronym of three capitals or more inside a firm's legal name is a short name of it ('VKX' of 'Halvard VKX Mining Corp')",
			body: "Halvard VKX Mining Corp said it bought a mine. The mine will produce gold next year, VKX said.",
			tags: []tag{{"Halvard VKX Mining Corp", "ORG"}, {"VKX", "ORG"}},
			want: map[string]view{
				"Halvard VKX Mining Corp": {Type: graph.Organization, Mentions: []string{"Halvard VKX Mining Corp", "VKX"}},
			},
			absent: []string{"VKX"},
		},
		{
			name: "a ministry or central bank reporting a state's figures is that state's, when one state opens the sentence ('Sweden's trade surplus fell …, the Finance Ministry said'); not a state after a preposition, nor one of two, nor a ministry that does not speak",
			body: "Sweden's trade surplus fell in January, the Finance Ministry said. Exports to Japan rose, the Trade Ministry said. " +
				"Norway's exports to Denmark rose, the Commerce Ministry said. Canadian banks will receive Economy Ministry approval.",
			tags: []tag{{"Sweden", "LOC"}, {"Finance Ministry", "ORG"}, {"Japan", "LOC"}, {"Trade Ministry", "ORG"}, {"Norway", "LOC"},
				{"Denmark", "LOC"}, {"Commerce Ministry", "ORG"}, {"Canadian", "MISC"}, {"Economy Ministry", "ORG"}},
			want: map[string]view{
				"Swedish Finance Ministry": {Type: graph.Organization, Country: "SWE", Mentions: []string{"Finance Ministry"}},
				"Trade Ministry":           {Type: graph.Organization, Mentions: []string{"Trade Ministry"}},
				"Commerce Ministry":        {Type: graph.Organization, Mentions: []string{"Commerce Ministry"}},
				"Economy Ministry":         {Type: graph.Organization, Mentions: []string{"Economy Ministry"}},
			},
		},
		{
			name: "a short name is the full name's without the initials that open it ('Halvard' of 'C. Halvard EC SpA', 'Brask Associates' of 'T. Brask Associates Inc')",
			body: "Ing C. Halvard EC SpA said sales rose. Halvard said prices fell. T. Brask Associates Inc said yields fell. Brask Associates said bonds rose.",
			tags: []tag{{"C. Halvard EC SpA", "ORG"}, {"Halvard", "ORG"}, {"T. Brask Associates Inc", "ORG"}, {"Brask Associates", "ORG"}},
			want: map[string]view{
				"C. Halvard EC SpA":       {Type: graph.Organization, Mentions: []string{"C. Halvard EC SpA", "Halvard"}},
				"T. Brask Associates Inc": {Type: graph.Organization, Mentions: []string{"T. Brask Associates Inc", "Brask Associates"}},
			},
			absent: []string{"Halvard", "Brask Associates"},
		},
		{
			name: "a span the tagger ran over a lower-case 'from' between two names is two names: the firm a stake is in and the one it is bought from",
			body: "Halvard SpA has acquired a 70 pct stake in Brekka Research Institute from Vesk Richfield Co for a large sum.",
			tags: []tag{{"Halvard SpA", "ORG"}, {"Brekka Research Institute from Vesk Richfield Co", "ORG"}},
			want: map[string]view{
				"Brekka Research Institute": {Type: graph.Organization, Mentions: []string{"Brekka Research Institute"}},
				"Vesk Richfield Co":         {Type: graph.Organization, Mentions: []string{"Vesk Richfield Co"}},
			},
			absent: []string{"Brekka Research Institute from Vesk Richfield Co"},
		},
		{
			name: "a known name keeps its title word",
			body: "General Assembly resolutions are not binding.",
			tags: []tag{{"General Assembly", "ORG"}},
			want: map[string]view{
				"United Nations General Assembly": {Type: graph.Organization, Country: "USA", Mentions: []string{"General Assembly"}},
			},
			absent: []string{"Assembly"},
		},
		{
			name: "the intergovernmental bodies of economic news are one node under each spelling wire copy uses; an acronym spelled out in brackets after it names the known body too",
			body: "The OECD said growth would slow. The Organization for Economic Cooperation and Development said prices rose. " +
				"Delegates watched the OECD (Organisation of Economic Cooperation and Development) closely. The ICCO met. UNCTAD said demand fell.",
			tags: []tag{{"OECD", "ORG"}, {"Organization for Economic Cooperation and Development", "ORG"}, {"OECD", "ORG"},
				{"Organisation of Economic Cooperation and Development", "ORG"}, {"ICCO", "ORG"}, {"UNCTAD", "ORG"}},
			want: map[string]view{
				"Organisation for Economic Co-operation and Development": {Type: graph.Organization, Country: "FRA",
					Mentions: []string{"OECD", "Organization for Economic Cooperation and Development", "OECD", "Organisation of Economic Cooperation and Development"}},
				"International Cocoa Organization":                   {Type: graph.Organization, Mentions: []string{"ICCO"}},
				"United Nations Conference on Trade and Development": {Type: graph.Organization, Country: "CHE", Mentions: []string{"UNCTAD"}},
			},
			absent: []string{"OECD", "Organisation of Economic Cooperation and Development", "ICCO", "UNCTAD"},
		},
		{
			name: "a company named with a tail like 'Laboratories', 'Enterprises', 'Resources' or 'Technologies' is also its first words alone ('Wyle Laboratories … Wyle said')",
			body: "Halvard Laboratories said sales rose. Halvard said prices fell.",
			tags: []tag{{"Halvard Laboratories", "ORG"}, {"Halvard", "ORG"}},
			want: map[string]view{
				"Halvard Laboratories": {Type: graph.Organization, Mentions: []string{"Halvard Laboratories", "Halvard"}},
			},
		},
		{
			name: "a company of three words or more is also its initials where the tagger left them untagged ('Halvard Telephone and Telegraph Co … HTT said'); a common abbreviation ('PC') is none",
			body: "Halvard Telephone and Telegraph Co said sales rose. HTT said prices fell. Prime Computer Inc sells a PC for home use.",
			tags: []tag{{"Halvard Telephone and Telegraph Co", "ORG"}, {"Prime Computer Inc", "ORG"}},
			want: map[string]view{
				"Halvard Telephone and Telegraph Co": {Type: graph.Organization, Mentions: []string{"Halvard Telephone and Telegraph Co", "HTT"}},
				"Prime Computer Inc":                 {Type: graph.Organization, Mentions: []string{"Prime Computer Inc"}},
			},
		},
		{
			name: "a name the wire sets in angle brackets is a company's, also where the tagger missed it ('to <Eagle Cable>'); a ticker is none",
			body: "Tempo Enterprises Inc said it agreed to sell seven cable television systems to <Eagle Cable>. Shares of <AVX> rose.",
			tags: []tag{{"Tempo Enterprises Inc", "ORG"}},
			want: map[string]view{
				"Eagle Cable": {Type: graph.Organization, Mentions: []string{"Eagle Cable"}},
			},
			absent: []string{"AVX"},
		},
		{
			name: "'the Group of Five and Canada' read as one name is the group and the state that joins it",
			body: "The rates were agreed at last month's meeting of the Group of Five and Canada in Paris.",
			tags: []tag{{"Group of Five and Canada", "ORG"}, {"Paris", "LOC"}},
			want: map[string]view{
				"Group of Five": {Type: graph.Organization, Mentions: []string{"Group of Five"}},
				"Canada":        {Type: graph.Country, Country: "CAN", Wikidata: "Q16", Mentions: []string{"Canada"}},
			},
			absent: []string{"Group of Five and Canada"},
		},
		{
			name: "a verb the wire capitalised after an abbreviation's dot is no name ('The U.S. Said', 'Halvard N.V. Said', 'the U.K., Said')",
			body: "The U.S. Said it remains hopeful. The notes are priced at par, lead manager Halvard Bank N.V. Said. The largest society in the U.K., Said it has arranged a loan. Edward Said spoke.",
			tags: []tag{{"U.S.", "LOC"}, {"Said", "PER"}, {"Halvard Bank N.V.", "ORG"}, {"Said", "PER"}, {"U.K.", "LOC"}, {"Said", "PER"}, {"Edward Said", "PER"}},
			want: map[string]view{
				"Edward Said": {Type: graph.Person, Mentions: []string{"Edward Said"}},
			},
			absent: []string{"Said"},
		},
		{
			name: "a firm written with joined initials keeps its first letter, which the tagger left out or named apart",
			body: "K and J Halvard Foods Corp said sales rose. Brask said D & F Vesk sold two cargoes.",
			tags: []tag{{"K", "ORG"}, {"J Halvard Foods Corp", "ORG"}, {"Brask", "ORG"}, {"F Vesk", "ORG"}},
			want: map[string]view{
				"K and J Halvard Foods Corp": {Type: graph.Organization, Mentions: []string{"K and J Halvard Foods Corp"}},
				"D & F Vesk":                 {Type: graph.Organization, Mentions: []string{"D & F Vesk"}},
			},
			absent: []string{"K", "J Halvard Foods Corp", "F Vesk"},
		},
		{
			name: "a firm's short form of two joined names is the firm the article named whole, but not a list before its name",
			body: "Harlow and Pemberly Tobacco Corp said sales fell. The U.S. Harlow and Pemberly unit held its gains, Harlow and Pemberly's owner said. A venture of AT and T and Vosskamp Lampenfabriek NV opened. AT and T and Vosskamp agreed.",
			tags: []tag{{"Harlow and Pemberly Tobacco Corp", "ORG"}, {"U.S.", "LOC"}, {"Harlow", "PER"}, {"Pemberly", "ORG"}, {"Harlow", "PER"}, {"AT", "ORG"}, {"T and Vosskamp Lampenfabriek NV", "ORG"}, {"AT", "ORG"}, {"T", "ORG"}, {"Vosskamp", "ORG"}},
			want: map[string]view{
				"Harlow and Pemberly Tobacco Corp": {Type: graph.Organization, Mentions: []string{"Harlow and Pemberly Tobacco Corp", "Harlow and Pemberly", "Harlow and Pemberly"}},
				"Vosskamp":                         {Type: graph.Organization, Mentions: []string{"Vosskamp"}},
			},
			absent: []string{"Harlow", "Pemberly"},
		},
		{
			name: "a firm whose legal form's dot ends a sentence is not joined to the firm that opens the next",
			body: "Halvard Corp bought a stake in Ostland Inc. Mersk Corp said it would sue. Alex. Vesk and Sons Inc managed the issue.",
			tags: []tag{{"Halvard Corp", "ORG"}, {"Ostland Inc.", "ORG"}, {"Mersk Corp", "ORG"}, {"Alex. Vesk and Sons Inc", "ORG"}},
			want: map[string]view{
				"Ostland Inc":             {Type: graph.Organization, Mentions: []string{"Ostland Inc"}},
				"Mersk Corp":              {Type: graph.Organization, Mentions: []string{"Mersk Corp"}},
				"Alex. Vesk and Sons Inc": {Type: graph.Organization, Mentions: []string{"Alex. Vesk and Sons Inc"}},
			},
			absent: []string{"Ostland Inc. Mersk Corp"},
		},
		{
			name: "a lone surname the tagger called a person, opening the one company of the article and naming no one in it in full, is the company, not the leader of that name in office",
			body: "Sunak Holdings Plc said sales rose. Sunak said it would not sign the decree.",
			tags: []tag{{"Sunak Holdings Plc", "ORG"}, {"Sunak", "PER"}},
			want: map[string]view{
				"Sunak Holdings Plc": {Type: graph.Organization, Mentions: []string{"Sunak Holdings Plc", "Sunak"}},
			},
			absent: []string{"Rishi Sunak", "Sunak"},
		},
		{
			name: "a body's kind written alone and capitalised ('the Association') is the one body of that kind the article names in full",
			body: "Ostland Bank left the Association of Private Banks on Monday. The Association said rates would fall.",
			tags: []tag{{"Ostland Bank", "ORG"}, {"Association of Private Banks", "ORG"}, {"Association", "ORG"}},
			want: map[string]view{
				"Association of Private Banks": {Type: graph.Organization, Mentions: []string{"Association of Private Banks", "Association"}},
			},
			absent: []string{"Association"},
		},
		{
			name: "a name one letter off another in one long word is its misspelling ('Vesterhlam' for 'Vesterhalm Corp', 'Saudia Arabia'); one-word names of fewer than seven letters differing by one are other names",
			body: "Vesterhalm Corp rejected the bid. Vesterhlam said it would study it. Saudi Arabia dropped the condition before Saudia Arabia would ship oil. Brasko and Brisko sold units.",
			tags: []tag{{"Vesterhalm Corp", "ORG"}, {"Vesterhlam", "ORG"}, {"Saudi Arabia", "LOC"}, {"Saudia Arabia", "LOC"}, {"Brasko", "ORG"}, {"Brisko", "ORG"}},
			want: map[string]view{
				"Vesterhalm Corp": {Type: graph.Organization, Mentions: []string{"Vesterhalm Corp", "Vesterhlam"}},
				"Saudi Arabia":    {Type: graph.Country, Country: "SAU", Wikidata: "Q851", Mentions: []string{"Saudi Arabia", "Saudia Arabia"}},
				"Brasko":          {Type: graph.Organization, Mentions: []string{"Brasko"}},
				"Brisko":          {Type: graph.Organization, Mentions: []string{"Brisko"}},
			},
			absent: []string{"Vesterhlam", "Saudia Arabia"},
		},
		{
			name: "the dot of a legal form that ends the sentence is the sentence's, not the name's; inside a sentence it is the name's",
			body: "The issue was led by Halvard Brothers Inc. Ostland Corp. said it would buy Vesk Co.",
			tags: []tag{{"Halvard Brothers Inc.", "ORG"}, {"Ostland Corp.", "ORG"}, {"Vesk Co.", "ORG"}},
			want: map[string]view{
				"Halvard Brothers Inc": {Type: graph.Organization, Mentions: []string{"Halvard Brothers Inc"}},
				"Ostland Corp.":        {Type: graph.Organization, Mentions: []string{"Ostland Corp."}},
				"Vesk Co":              {Type: graph.Organization, Mentions: []string{"Vesk Co"}},
			},
			absent: []string{"Halvard Brothers Inc.", "Vesk Co."},
		},
		{
			name: "a firm named with a possessive the article never writes without it is one name; an owner written alone elsewhere, a known place or a longer name's last word owns the firm",
			body: "Halloran's Frozen Foods Inc said sales rose. Halloran's shares fell. Vesk's Brask Holdings Ltd unit gained; Vesk Corp said so. Japan's Ostmark Motor Co Ltd and Tally Corp's Pemb Chemical Co rose.",
			tags: []tag{{"Halloran", "PER"}, {"Frozen Foods Inc", "ORG"}, {"Halloran", "PER"}, {"Vesk", "ORG"}, {"Brask Holdings Ltd", "ORG"}, {"Vesk Corp", "ORG"},
				{"Japan", "LOC"}, {"Ostmark Motor Co Ltd", "ORG"}, {"Tally Corp", "ORG"}, {"Pemb Chemical Co", "ORG"}},
			want: map[string]view{
				"Halloran's Frozen Foods Inc": {Type: graph.Organization, Mentions: []string{"Halloran's Frozen Foods Inc", "Halloran"}},
				"Brask Holdings Ltd":          {Type: graph.Organization, Mentions: []string{"Brask Holdings Ltd"}},
				"Ostmark Motor Co Ltd":        {Type: graph.Organization, Mentions: []string{"Ostmark Motor Co Ltd"}},
				"Pemb Chemical Co":            {Type: graph.Organization, Mentions: []string{"Pemb Chemical Co"}},
			},
			absent: []string{"Frozen Foods Inc", "Halloran"},
		},
		{
			name: "a person's span widens over a particle name",
			body: "Egyptian President Abdel Fattah el-Sisi spoke.",
			tags: []tag{{"Egyptian", "MISC"}, {"Abdel Fattah", "PER"}},
			want: map[string]view{
				"Abdel Fattah el-Sisi": {Type: graph.Person, Country: "EGY", Mentions: []string{"Abdel Fattah el-Sisi"}},
			},
		},
		{
			name: "a person's span cut inside a two-word particle ('Miguel de | la Madrid', 'Jan van | der Berg') widens over the rest; the place word after it is no mention",
			body: "Mexican President Miguel de la Madrid met Jan van der Berg in Bonn.",
			tags: []tag{{"Mexican", "MISC"}, {"Miguel de", "PER"}, {"Madrid", "LOC"}, {"Jan van", "PER"}, {"Berg", "PER"}, {"Bonn", "LOC"}},
			want: map[string]view{
				"Miguel de la Madrid": {Type: graph.Person, Country: "MEX", Mentions: []string{"Miguel de la Madrid"}},
				"Jan van der Berg":    {Type: graph.Person, Mentions: []string{"Jan van der Berg"}},
			},
			absent: []string{"Miguel de", "Spain", "Madrid", "Jan van", "Berg"},
		},
		{
			name: "a part of a law or rulebook named by its number ('Article III', 'Section 301', 'Chapter 11') and a rulebook's name ('the Rules of Fair Practice', 'the Code of Conduct') are no person, place or body",
			body: "Woltz violated Article III of the Rules of Fair Practice. Halvard Corp filed under Chapter 11 and Section 301 applies under the Code of Conduct.",
			tags: []tag{{"Woltz", "PER"}, {"Article III", "PER"}, {"Fair Practice", "LOC"}, {"Halvard Corp", "ORG"}, {"Chapter 11", "MISC"}, {"Section 301", "ORG"}, {"Code of Conduct", "ORG"}},
			want: map[string]view{
				"Halvard Corp": {Type: graph.Organization, Mentions: []string{"Halvard Corp"}},
			},
			absent: []string{"Article III", "Fair Practice", "Rules of Fair Practice", "Chapter 11", "Section 301", "Code of Conduct"},
		},
		{
			name: "a person's name with a qualifier it forms for the body after it ('Jon C. Berg-controlled Halvard Corp') is the person without the qualifier; a double name ('Li Ka-shing') keeps its second part",
			body: "Last week, Jon C. Berg-controlled Halvard Corp made an offer. Chairman Li Ka-shing said profits rose.",
			tags: []tag{{"Jon C.", "PER"}, {"Halvard Corp", "ORG"}, {"Li Ka-shing", "PER"}},
			want: map[string]view{
				"Jon C. Berg":  {Type: graph.Person, Mentions: []string{"Jon C. Berg"}},
				"Li Ka-shing":  {Type: graph.Person, Mentions: []string{"Li Ka-shing"}},
				"Halvard Corp": {Type: graph.Organization, Mentions: []string{"Halvard Corp"}},
			},
			absent: []string{"Jon C. Berg-controlled", "Jon C"},
		},
		{
			name: "an organisation cut at a place or head noun is rejoined",
			body: "Grace Wanjiru, a lecturer at the Rift Valley Institute of Governance, and a professor at the Lagoa School of Public Policy agreed.",
			tags: []tag{{"Grace Wanjiru", "PER"}, {"Rift Valley", "LOC"}, {"Institute of Governance", "ORG"}, {"Lagoa", "LOC"}, {"Public Policy", "ORG"}},
			want: map[string]view{
				"Rift Valley Institute of Governance": {Type: graph.Organization, Mentions: []string{"Rift Valley Institute of Governance"}},
				"Lagoa School of Public Policy":       {Type: graph.Organization, Mentions: []string{"Lagoa School of Public Policy"}},
			},
			absent: []string{"Rift Valley", "Institute of Governance", "Public Policy"},
		},
		{
			name: "a known name cut at of is rejoined",
			body: "The Democratic Republic of Congo signed.",
			tags: []tag{{"Democratic Republic", "LOC"}, {"Congo", "LOC"}},
			want: map[string]view{
				"DR Congo": {Type: graph.Country, Country: "COD", Mentions: []string{"Democratic Republic of Congo"}},
			},
		},
		{
			name: "a generic institution is named after its country",
			body: "Iran's Foreign Ministry and the Sudanese Foreign Ministry disagreed.",
			tags: []tag{{"Iran", "LOC"}, {"Foreign Ministry", "ORG"}, {"Sudanese", "MISC"}},
			want: map[string]view{
				"Iranian Foreign Ministry":  {Type: graph.Organization, Country: "IRN", Mentions: []string{"Foreign Ministry"}},
				"Sudanese Foreign Ministry": {Type: graph.Organization, Country: "SDN", Mentions: []string{"Sudanese Foreign Ministry"}},
			},
			absent: []string{"Foreign Ministry"},
		},
		{
			name: "an acronym joins the organisation it spells",
			body: "The Coastal Defence League fought on. Commanders of the CDL said so.",
			tags: []tag{{"Coastal Defence League", "ORG"}, {"CDL", "ORG"}},
			want: map[string]view{
				"Coastal Defence League": {Type: graph.Organization, Mentions: []string{"Coastal Defence League", "CDL"}},
			},
			absent: []string{"CDL"},
		},
		{
			name:   "a religion is no organisation",
			body:   "He was shot outside a Sikh temple.",
			tags:   []tag{{"Sikh", "ORG"}},
			absent: []string{"Sikh"},
		},
		{
			name: "an apposition types an organisation",
			body: "Washington blamed Harakat Nujaba, an Iraqi militia.",
			tags: []tag{{"Washington", "LOC"}, {"Harakat Nujaba", "PER"}, {"Iraqi", "MISC"}},
			want: map[string]view{
				"Harakat Nujaba": {Type: graph.Organization, Mentions: []string{"Harakat Nujaba"}},
			},
		},
		{
			name: "a known name whose first word and connector the tagger left out at a sentence's start",
			body: "Standard and Poor's said it cut the rating.",
			tags: []tag{{"Poor", "ORG"}},
			want: map[string]view{
				"Standard and Poor's": {Type: graph.Organization, Country: "USA", Mentions: []string{"Standard and Poor's"}},
			},
			absent: []string{"Poor"},
		},
		{
			name: "a name a two-word person is 'of', 'at' or 'with', maybe through a noun of a business's kind, is a firm ('James Murren of C.J. Lawrence', 'Paul Spedding of brokers Kleinwort Grieveson'); a one-word name after a person is not ('Per Lund of Osby')",
			body: "Jon Vik of C.J. Lawrence said so. Analyst Ada Berg of brokers Halvard Grieveson agreed. Per Lund of Osby spoke.",
			tags: []tag{{"Jon Vik", "PER"}, {"C.J. Lawrence", "PER"}, {"Ada Berg", "PER"}, {"Halvard Grieveson", "PER"}, {"Per Lund", "PER"}, {"Osby", "PER"}},
			want: map[string]view{
				"C.J. Lawrence":     {Type: graph.Organization, Mentions: []string{"C.J. Lawrence"}},
				"Halvard Grieveson": {Type: graph.Organization, Mentions: []string{"Halvard Grieveson"}},
				"Osby":              {Type: graph.Person, Mentions: []string{"Osby"}},
			},
		},
		{
			name: "a legal form ends a firm's name before 'of' a place or 'for' another firm ('Pioneer Business Group Inc of Atlanta', 'Morgan Guaranty Ltd for Saab Scania'); a body's head word goes on ('Bank for International Settlements'), and 'Corp' or 'Co' before 'of' does ('Financial Corp of Santa Barbara')",
			body: "Halvard Group Inc of Atlanta rose. Vesk Guaranty Ltd for Brask Holdings acted. The Bank for International Settlements met. Ostby Financial Corp of Santa Barbara fell.",
			tags: []tag{{"Halvard Group Inc", "ORG"}, {"Atlanta", "LOC"}, {"Vesk Guaranty Ltd", "ORG"}, {"Brask Holdings", "ORG"}, {"Bank", "ORG"}, {"International Settlements", "ORG"}, {"Ostby Financial Corp", "ORG"}, {"Santa Barbara", "LOC"}},
			want: map[string]view{
				"Halvard Group Inc":                     {Type: graph.Organization, Mentions: []string{"Halvard Group Inc"}},
				"Vesk Guaranty Ltd":                     {Type: graph.Organization, Mentions: []string{"Vesk Guaranty Ltd"}},
				"Brask Holdings":                        {Type: graph.Organization, Mentions: []string{"Brask Holdings"}},
				"Bank for International Settlements":    {Type: graph.Organization, Country: "CHE", Mentions: []string{"Bank for International Settlements"}},
				"Ostby Financial Corp of Santa Barbara": {Type: graph.Organization, Mentions: []string{"Ostby Financial Corp of Santa Barbara"}},
			},
		},
		{
			name: "a business in the plural is no person ('Mills' is a surname too, so it is no such word)",
			body: "Tuscan Dairies sold its plant. Lawrence Mills said so. Vardo bought Glidden Paints from Cinema Beverages.",
			tags: []tag{{"Tuscan Dairies", "PER"}, {"Lawrence Mills", "PER"}, {"Glidden Paints", "PER"}, {"Cinema Beverages", "PER"}},
			want: map[string]view{
				"Tuscan Dairies":   {Type: graph.Organization, Mentions: []string{"Tuscan Dairies"}},
				"Glidden Paints":   {Type: graph.Organization, Mentions: []string{"Glidden Paints"}},
				"Cinema Beverages": {Type: graph.Organization, Mentions: []string{"Cinema Beverages"}},
				"Lawrence Mills":   {Type: graph.Person, Mentions: []string{"Lawrence Mills"}},
			},
		},
		{
			name: "a rate, a rating and a lone adjective name nothing; a bank whose name starts like a rating does",
			body: "Federal funds traded at six pct over the London Interbank Offered Rates. Moody's cut the notes to AA-minus from AA. Analysts said CC-Bank rose.",
			tags: []tag{{"Federal", "ORG"}, {"London Interbank Offered Rates", "ORG"}, {"Moody's", "ORG"}, {"AA-minus", "ORG"}, {"AA", "ORG"}, {"CC-Bank", "ORG"}},
			want: map[string]view{
				"CC-Bank": {Type: graph.Organization, Mentions: []string{"CC-Bank"}},
			},
			absent: []string{"Federal", "London Interbank Offered Rates", "London", "AA", "AA-minus"},
		},
		{
			name: "a grade after 'rated a top-flight' or in brackets after another agency's grade is a rating, and Treasuries are securities: no names",
			body: "The issue is rated a top-flight AAA by Moody's. Duff and Phelps raised its ratings to DP-1 (AAA) from DP-2. It yields 60 basis points more than Treasuries.",
			tags: []tag{{"AAA", "ORG"}, {"Moody's", "ORG"}, {"Duff and Phelps", "ORG"}, {"AAA", "ORG"}, {"Treasuries", "ORG"}},
			want: map[string]view{
				"Duff and Phelps": {Type: graph.Organization, Mentions: []string{"Duff and Phelps"}},
			},
			absent: []string{"AAA", "Treasuries"},
		},
		{
			name: "weather ('El Nino') and a Roman numeral after a lower-case word ('a phase III study') are no names; a numeral in a name stays",
			body: "El Nino may return to Peru. Halvard Corp will start a phase III study. Vardo Partners II will invest.",
			tags: []tag{{"El Nino", "ORG"}, {"Peru", "LOC"}, {"Halvard Corp", "ORG"}, {"III", "ORG"}, {"Vardo Partners II", "ORG"}},
			want: map[string]view{
				"Halvard Corp":      {Type: graph.Organization, Mentions: []string{"Halvard Corp"}},
				"Vardo Partners II": {Type: graph.Organization, Mentions: []string{"Vardo Partners II"}},
			},
			absent: []string{"El Nino", "III"},
		},
		{
			name: "an acronym the article defines after a name is that name's, though our knowledge spells it otherwise ('KPA' is the Korean People's Army) or the name is in another language's order ('IBC')",
			body: "The Kolby Ports Authority, KPA, signed the contract. KPA said it would hire workers. The president of the Brask Coffee Institute, IBC, spoke. The IBC will sell.",
			tags: []tag{{"Kolby Ports Authority", "ORG"}, {"KPA", "ORG"}, {"KPA", "ORG"}, {"Brask Coffee Institute", "ORG"}, {"IBC", "ORG"}, {"IBC", "ORG"}},
			want: map[string]view{
				"Kolby Ports Authority":  {Type: graph.Organization, Mentions: []string{"Kolby Ports Authority", "KPA", "KPA"}},
				"Brask Coffee Institute": {Type: graph.Organization, Mentions: []string{"Brask Coffee Institute", "IBC", "IBC"}},
			},
			absent: []string{"Korean People's Army", "IBC"},
		},
		{
			name: "a rank tagged with a department before a title is the title's ('Assistant Treasury Secretary'); a legal form closes a firm's name before 'and' and another name of two words",
			body: "Assistant Treasury Secretary Jon Berg said so. The notes were sold by Halvard, Brask and Co and Vesk Securities.",
			tags: []tag{{"Assistant Treasury", "ORG"}, {"Jon Berg", "PER"}, {"Halvard, Brask and Co and Vesk Securities", "ORG"}},
			want: map[string]view{
				"United States Department of the Treasury": {Type: graph.Organization, Country: "USA", Mentions: []string{"Treasury"}},
				"Halvard, Brask and Co":                    {Type: graph.Organization, Mentions: []string{"Halvard, Brask and Co"}},
				"Vesk Securities":                          {Type: graph.Organization, Mentions: []string{"Vesk Securities"}},
			},
			absent: []string{"Assistant Treasury", "Halvard, Brask and Co and Vesk Securities"},
		},
		{
			name: "'the Berg Administration' of a president the article names is a mention of him, no body; 'the Maritime Administration' stays a body",
			body: "President Berg spoke. The Berg Administration wants lower tariffs. The Maritime Administration said ships were idle.",
			tags: []tag{{"Berg", "PER"}, {"Berg Administration", "ORG"}, {"Maritime Administration", "ORG"}},
			want: map[string]view{
				"Berg":                    {Type: graph.Person, Mentions: []string{"Berg", "Berg"}},
				"Maritime Administration": {Type: graph.Organization, Mentions: []string{"Maritime Administration"}},
			},
			absent: []string{"Berg Administration"},
		},
		{
			name: "a minister's portfolios the tagger ran into a name after them as one body ('Minister of Energy and Mines Jon Vesk Berg') are no part of the person's name; names and offices listed are left ('Secretary of State Ada Lund and Defense Secretary …')",
			body: "Output rose, Minister of Energy and Mines Jon Vesk Berg said. Secretary of State Ada Lund and Defense Secretary Olaf Brask met.",
			tags: []tag{{"Mines Jon Vesk Berg", "ORG"}, {"State Ada Lund and Defense", "ORG"}, {"Olaf Brask", "PER"}},
			want: map[string]view{
				"Jon Vesk Berg": {Type: graph.Person, Mentions: []string{"Jon Vesk Berg"}},
			},
			absent: []string{"Mines Jon Vesk Berg", "Ada Lund and Defense"},
		},
		{
			name: "a title's last word the tagger ran into a name after it ('Minister of Mines and Energy Subroto') is no part of the name",
			body: "Vesk's Minister of Mines and Energy Brakto said output would fall. Jon Berg and Energy Smith met.",
			tags: []tag{{"Vesk", "LOC"}, {"Energy Brakto", "PER"}, {"Jon Berg", "PER"}, {"Energy Smith", "PER"}},
			want: map[string]view{
				"Brakto":       {Type: graph.Person, Mentions: []string{"Brakto"}},
				"Energy Smith": {Type: graph.Person, Mentions: []string{"Energy Smith"}},
			},
			absent: []string{"Energy Brakto"},
		},
		{
			name: "a name before a kind of site or division of land is a place or a region, whatever the tagger called it; a firm before 'field' stays a firm",
			body: "Drilling on the Vesk Ann deposit went on. The Brask Hill property and the Kolby district were tested. Warplanes hit Dorn island. Halvard Corp field workers struck.",
			tags: []tag{{"Vesk Ann", "PER"}, {"Brask Hill", "PER"}, {"Kolby", "ORG"}, {"Dorn", "ORG"}, {"Halvard Corp", "ORG"}},
			want: map[string]view{
				"Vesk Ann":     {Type: graph.Place, Mentions: []string{"Vesk Ann"}},
				"Brask Hill":   {Type: graph.Place, Mentions: []string{"Brask Hill"}},
				"Kolby":        {Type: graph.Region, Mentions: []string{"Kolby"}},
				"Dorn":         {Type: graph.Place, Mentions: []string{"Dorn"}},
				"Halvard Corp": {Type: graph.Organization, Mentions: []string{"Halvard Corp"}},
			},
		},
		{
			name: "after 'the', a name and the lower-case words of a body's kind up to its noun is that body ('the Vesk economic research institute', 'the Brask Meat board'); a site's noun ('power station') or a verb between makes none",
			body: "The Vesk economic research institute said growth would slow. The Brask Meat board said exports fell. The Kolby power station will close. The Dorn said the institute grew.",
			tags: []tag{{"Vesk", "PER"}, {"Brask Meat", "PER"}, {"Kolby", "LOC"}, {"Dorn", "PER"}},
			want: map[string]view{
				"Vesk":       {Type: graph.Organization, Mentions: []string{"Vesk"}},
				"Brask Meat": {Type: graph.Organization, Mentions: []string{"Brask Meat"}},
				"Kolby":      {Type: graph.City, Mentions: []string{"Kolby"}},
				"Dorn":       {Type: graph.Person, Mentions: []string{"Dorn"}},
			},
		},
		{
			name: "acronyms of economics and accounting and the names of monetary systems and borrowing measures are no bodies",
			body: "Net includes a FIFO inventory gain. The franc is the weakest currency in the European Monetary System. The SDR rate rose and the EMS held. The Public Sector Borrowing Requirement fell. Vesk Bank said so.",
			tags: []tag{{"FIFO", "ORG"}, {"European Monetary System", "ORG"}, {"SDR", "ORG"}, {"EMS", "ORG"}, {"Public Sector Borrowing Requirement", "ORG"}, {"Vesk Bank", "ORG"}},
			want: map[string]view{
				"Vesk Bank": {Type: graph.Organization, Mentions: []string{"Vesk Bank"}},
			},
			absent: []string{"FIFO", "European Monetary System", "SDR", "EMS", "Public Sector Borrowing Requirement"},
		},
		{
			name: "the finance ministers' groups and the developing countries' caucus by their digits: 'G-5', 'Group of 10', 'G-77'",
			body: "Ministers of the G-5 met. Governors from the Group of 10 countries met. The G-77 met.",
			tags: []tag{{"G-5", "ORG"}, {"Group of 10", "ORG"}, {"G-77", "ORG"}},
			want: map[string]view{
				"Group of Five": {Type: graph.Organization, Mentions: []string{"G-5"}},
				"Group of Ten":  {Type: graph.Organization, Mentions: []string{"Group of 10"}},
				"Group of 77":   {Type: graph.Organization, Mentions: []string{"G-77"}},
			},
		},
		{
			name: "'St.' tagged apart from the name after it opens that name",
			body: "St. Vesk Gold said it would expand. St. Brask Minerals Corp said so.",
			tags: []tag{{"St.", "ORG"}, {"Vesk Gold", "PER"}, {"St.", "ORG"}, {"Brask Minerals Corp", "ORG"}},
			want: map[string]view{
				"St. Vesk Gold":           {Type: graph.Organization, Mentions: []string{"St. Vesk Gold"}},
				"St. Brask Minerals Corp": {Type: graph.Organization, Mentions: []string{"St. Brask Minerals Corp"}},
			},
			absent: []string{"Vesk Gold", "St", "Brask Minerals Corp"},
		},
		{
			name: "'Great', 'Grand', 'Royal' or 'Golden' the tagger left out opens the name after it; 'Great American' alone is the same body, no demonym",
			body: "Great Vesk First Savings Bank said it plans to expand. Great Vesk recently announced plans to buy a bank.",
			tags: []tag{{"Vesk", "MISC"}, {"First Savings Bank", "ORG"}, {"Vesk", "MISC"}},
			want: map[string]view{
				"Great Vesk First Savings Bank": {Type: graph.Organization, Mentions: []string{"Great Vesk First Savings Bank", "Great Vesk"}},
			},
			absent: []string{"Vesk First Savings Bank"},
		},
		{
			name: "a place tagged with its '-based' is the place; an adverb or a short word in capitals before '-based' is none",
			body: "The order came from a Vesk City-based company. Broadly-based PC-based systems sold well.",
			tags: []tag{{"Vesk City-based", "MISC"}, {"Broadly-based", "MISC"}, {"PC-based", "ORG"}},
			want: map[string]view{
				"Vesk City": {Type: graph.City, Mentions: []string{"Vesk City"}},
			},
			absent: []string{"Vesk City-based", "Broadly", "PC"},
		},
		{
			name: "a weapon before 'missiles' or 'gun' and a ship after 'tanker', 'vessel', 'M/V' or 'aircraft carrier' are no names; an airline after 'carrier' stays",
			body: "Norland bought Vesk missiles and the Brask gun. The tanker Ostmark Star was hit. The aircraft carrier Halvard sailed. Ships of the M/V Vardo line docked. The carrier Nordair rose.",
			tags: []tag{{"Norland", "LOC"}, {"Vesk", "ORG"}, {"Brask", "PER"}, {"Ostmark Star", "ORG"}, {"Halvard", "ORG"}, {"Vardo", "ORG"}, {"Nordair", "ORG"}},
			want: map[string]view{
				"Nordair": {Type: graph.Organization, Mentions: []string{"Nordair"}},
			},
			absent: []string{"Vesk", "Brask", "Ostmark Star", "Halvard", "Vardo"},
		},
		{
			name: "a secretary's portfolio is the department named; a minister's is no mention",
			body: "Energy Secretary Jon Vik met Philippine Finance Secretary Per Lund and Finance Minister Ola Berg.",
			tags: []tag{{"Jon Vik", "PER"}, {"Philippine", "MISC"}, {"Per Lund", "PER"}, {"Ola Berg", "PER"}},
			want: map[string]view{
				"United States Department of Energy": {Type: graph.Organization, Country: "USA", Wikidata: "Q217810", Mentions: []string{"Energy"}},
				"Philippine Finance Department":      {Type: graph.Organization, Country: "PHL", Mentions: []string{"Finance"}},
			},
			absent: []string{"Finance", "Energy"},
		},
		{
			name: "a secretary's portfolio after 'of' in a title set off after the name is the department named ('Jon Vik, Undersecretary of Commerce for Economic Affairs,')",
			body: "Yesterday Jon Vik, Undersecretary of Commerce for Economic Affairs, said the yen was undervalued.",
			tags: []tag{{"Jon Vik", "PER"}},
			want: map[string]view{
				"United States Department of Commerce": {Type: graph.Organization, Country: "USA", Wikidata: "Q503577", Mentions: []string{"Commerce"}},
			},
		},
		{
			name: "a State Secretary is a title of its own (a junior minister), not the State Department's secretary ('Finance Ministry State Secretary Jon Vik')",
			body: "Finance Ministry State Secretary Jon Vik met Energy Secretary Per Lund.",
			tags: []tag{{"Finance Ministry", "ORG"}, {"Jon Vik", "PER"}, {"Per Lund", "PER"}},
			want: map[string]view{
				"Finance Ministry":                   {Type: graph.Organization, Mentions: []string{"Finance Ministry"}},
				"United States Department of Energy": {Type: graph.Organization, Country: "USA", Wikidata: "Q217810", Mentions: []string{"Energy"}},
			},
			absent: []string{"United States Department of State", "State"},
		},
		{
			name: "a professional corporation's P.C. is a legal form: its partners make one firm",
			body: "The suit was filed by Berger and Montague P.C. on Monday.",
			tags: []tag{{"Berger", "PER"}, {"Montague P.C.", "PER"}},
			want: map[string]view{
				"Berger and Montague P.C.": {Type: graph.Organization, Mentions: []string{"Berger and Montague P.C."}},
			},
			absent: []string{"Berger", "Montague P.C."},
		},
		{
			name: "a firm's name ends at its legal form before 'of <City>, <State>'; 'Aluminum Co of America' keeps its name",
			body: "AC Material Handling Co of Columbus, Ohio, agreed. Aluminum Co of America said so.",
			tags: []tag{{"AC Material Handling Co of Columbus", "ORG"}, {"Ohio", "LOC"}, {"Aluminum Co of America", "ORG"}},
			want: map[string]view{
				"AC Material Handling Co": {Type: graph.Organization, Mentions: []string{"AC Material Handling Co"}},
				"Aluminum Co of America":  {Type: graph.Organization, Mentions: []string{"Aluminum Co of America"}},
			},
			absent: []string{"AC Material Handling Co of Columbus"},
		},
		{
			name: "a firm's name ends at 'Inc' or 'Ltd' before 'of <State>'; 'Union Oil Co of California' keeps its name",
			body: "Cargill Inc of Minnesota took two cargoes. Union Oil Co of California sold one.",
			tags: []tag{{"Cargill Inc of Minnesota", "ORG"}, {"Union Oil Co of California", "ORG"}},
			want: map[string]view{
				"Cargill Inc":                {Type: graph.Organization, Mentions: []string{"Cargill Inc"}},
				"Minnesota":                  {Type: graph.Region, Country: "USA", Mentions: []string{"Minnesota"}},
				"Union Oil Co of California": {Type: graph.Organization, Mentions: []string{"Union Oil Co of California"}},
			},
			absent: []string{"Cargill Inc of Minnesota"},
		},
		{
			name: "a company's short name however its capitals are written",
			body: "TranVik Natural Gas Corp sold a field. Tranvik said the price was fair.",
			tags: []tag{{"TranVik Natural Gas Corp", "ORG"}, {"Tranvik", "ORG"}},
			want: map[string]view{
				"TranVik Natural Gas Corp": {Type: graph.Organization, Mentions: []string{"TranVik Natural Gas Corp", "Tranvik"}},
			},
			absent: []string{"Tranvik"},
		},
		{
			name: "a bank holding's or stores' short name; a body's name without its 'of' tail",
			body: "Ostra Commerce Bancshares agreed. The buyer of Ostra Commerce paid cash. Holm Stores rose as Holm grew. Jon Vik of the Consumer League of Norland spoke. The Consumer League said prices rose.",
			tags: []tag{{"Ostra Commerce Bancshares", "ORG"}, {"Ostra Commerce", "ORG"}, {"Holm Stores", "ORG"}, {"Holm", "ORG"},
				{"Jon Vik", "PER"}, {"Consumer League of Norland", "ORG"}, {"Consumer League", "ORG"}},
			want: map[string]view{
				"Ostra Commerce Bancshares":  {Type: graph.Organization, Mentions: []string{"Ostra Commerce Bancshares", "Ostra Commerce"}},
				"Holm Stores":                {Type: graph.Organization, Mentions: []string{"Holm Stores", "Holm"}},
				"Consumer League of Norland": {Type: graph.Organization, Mentions: []string{"Consumer League of Norland", "Consumer League"}},
			},
			absent: []string{"Ostra Commerce", "Holm", "Consumer League"},
		},
		{
			name: "a bare 'Senate' or 'House' in an article whose names are of the United States is the chamber of the U.S. Congress",
			body: "Treasury Secretary James Baker said the Senate would vote on Monday. The House approved the bill.",
			tags: []tag{{"Treasury", "ORG"}, {"James Baker", "PER"}, {"Senate", "ORG"}, {"House", "ORG"}},
			want: map[string]view{
				"United States Senate":                   {Type: graph.Organization, Country: "USA", Wikidata: "Q66096", Mentions: []string{"Senate"}},
				"United States House of Representatives": {Type: graph.Organization, Country: "USA", Wikidata: "Q11701", Mentions: []string{"House"}},
			},
			absent: []string{"Senate", "House"},
		},
		{
			name: "a bare 'Senate' in an article of another state stays that state's or bare, never the U.S. chamber",
			body: "Philippine President Corazon Aquino said the Senate would approve the accord.",
			tags: []tag{{"Philippine", "MISC"}, {"Corazon Aquino", "PER"}, {"Senate", "ORG"}},
			want: map[string]view{
				"Senate": {Type: graph.Organization, Mentions: []string{"Senate"}},
			},
			absent: []string{"United States Senate"},
		},
		{
			name: "'House' alone is the chamber the article names in full, never one of its committees",
			body: "The Norland House of Representatives voted. The House Budget Committee met. The House later opposed the aid.",
			tags: []tag{{"Norland House of Representatives", "ORG"}, {"House Budget Committee", "ORG"}, {"House", "ORG"}},
			want: map[string]view{
				"Norland House of Representatives": {Type: graph.Organization, Mentions: []string{"Norland House of Representatives", "House"}},
				"House Budget Committee":           {Type: graph.Organization, Mentions: []string{"House Budget Committee"}},
			},
			absent: []string{"House"},
		},
		{
			name: "the acronym a company's name holds",
			body: "International K.R.V. Industries Inc bought a studio. K.R.V. said it paid cash.",
			tags: []tag{{"International K.R.V. Industries Inc", "ORG"}, {"K.R.V.", "ORG"}},
			want: map[string]view{
				"International K.R.V. Industries Inc": {Type: graph.Organization, Mentions: []string{"International K.R.V. Industries Inc", "K.R.V."}},
			},
			absent: []string{"K.R.V."},
		},
		{
			name: "a company's short name the tagger missed is found after its full name, not as a paper's modifier",
			body: "Halvik Hotel Corp held talks with Halvik and Brask. Halvik said it would pay one Halvik share for each Brask share.",
			tags: []tag{{"Halvik Hotel Corp", "ORG"}, {"Brask", "ORG"}, {"Brask", "ORG"}},
			want: map[string]view{
				"Halvik Hotel Corp": {Type: graph.Organization, Mentions: []string{"Halvik Hotel Corp", "Halvik", "Halvik"}},
			},
		},
		{
			name: "a company's short name made of a place's words names no place",
			body: "Ostrian Nordic Bank said profits rose. Analysts said Ostrian Nordic was the best performer.",
			tags: []tag{{"Ostrian Nordic Bank", "ORG"}, {"Ostrian", "MISC"}, {"Nordic", "MISC"}},
			want: map[string]view{
				"Ostrian Nordic Bank": {Type: graph.Organization, Mentions: []string{"Ostrian Nordic Bank", "Ostrian Nordic"}},
			},
			absent: []string{"Ostrian", "Nordic"},
		},
		{
			name: "a person's or an unknown town's name that opens one company's name is its short name; not a founder's, nor a town written as one",
			body: "Halden VII Industries Inc bid for Conrac Corp. Halden VII said the offer was fair. Sorvik Gold Corp sold shares and Sorvik will buy a mill. Ivar Berg and Co LP sold shares and Ivar Berg said he would sell. Tarvik Mining Ltd bought land in Tarvik, Norland.",
			tags: []tag{{"Halden VII Industries Inc", "ORG"}, {"Conrac Corp", "ORG"}, {"Halden VII", "PER"}, {"Sorvik Gold Corp", "ORG"}, {"Sorvik", "LOC"},
				{"Ivar Berg and Co LP", "ORG"}, {"Ivar Berg", "PER"}, {"Tarvik Mining Ltd", "ORG"}, {"Tarvik", "LOC"}, {"Norland", "LOC"}},
			want: map[string]view{
				"Halden VII Industries Inc": {Type: graph.Organization, Mentions: []string{"Halden VII Industries Inc", "Halden VII"}},
				"Sorvik Gold Corp":          {Type: graph.Organization, Mentions: []string{"Sorvik Gold Corp", "Sorvik"}},
				"Ivar Berg":                 {Type: graph.Person, Mentions: []string{"Ivar Berg"}},
				"Tarvik Mining Ltd":         {Type: graph.Organization, Mentions: []string{"Tarvik Mining Ltd"}},
			},
			absent: []string{"Halden VII", "Sorvik"},
		},
		{
			name: "an acronym in brackets after a company's name is found where the text uses it alone",
			body: "Halvik Circuit Technology Inc (HCT) sold a unit. HCT said the price was fair.",
			tags: []tag{{"Halvik Circuit Technology Inc", "ORG"}},
			want: map[string]view{
				"Halvik Circuit Technology Inc": {Type: graph.Organization, Mentions: []string{"Halvik Circuit Technology Inc", "HCT", "HCT"}},
			},
		},
		{
			name: "a name no dictionary knows between 'its' and a unit's noun is a company, after 'Lake' a place; a known town keeps its type",
			body: "Halvard Corp filed it for its Ostrin subsidiary. Ports on Lake Varnow were closed. Halvard sold its Stuttgart branch.",
			tags: []tag{{"Halvard Corp", "ORG"}, {"Ostrin", "LOC"}, {"Lake Varnow", "PER"}, {"Halvard", "ORG"}, {"Stuttgart", "LOC"}},
			want: map[string]view{
				"Ostrin":      {Type: graph.Organization, Mentions: []string{"Ostrin"}},
				"Lake Varnow": {Type: graph.Place, Mentions: []string{"Lake Varnow"}},
				"Stuttgart":   {Type: graph.City, Country: "DEU", Mentions: []string{"Stuttgart"}},
			},
		},
		{
			name: "'the Administration' is the state the article names (the United States among others), not a body of its own; a title's field ('Director for Finance and Administration') is none",
			body: "The United States and Japan met. The Administration said it would veto the bill. Jon Berg, Director for Finance and Administration at Halvard Corp, said so.",
			tags: []tag{{"United States", "LOC"}, {"Japan", "LOC"}, {"Administration", "ORG"}, {"Jon Berg", "PER"}, {"Administration", "ORG"}, {"Halvard Corp", "ORG"}},
			want: map[string]view{
				"United States": {Type: graph.Country, Country: "USA", Wikidata: "Q30", Mentions: []string{"United States", "Administration"}},
			},
			absent: []string{"Administration"},
		},
		{
			name: "a one-word town no dictionary knows, never written as a place, is no entity ('Dragonair said', 'the current Vardolo model'); one written as a place stays ('flights from Kettleby', 'Brackwood, Ohio')",
			body: "Dragonair said it would fly to Toronto. The current Vardolo model sells well. Flights from Kettleby rose. Brackwood, Ohio, was flooded.",
			tags: []tag{{"Dragonair", "LOC"}, {"Toronto", "LOC"}, {"Vardolo", "LOC"}, {"Kettleby", "LOC"}, {"Brackwood", "LOC"}, {"Ohio", "LOC"}},
			want: map[string]view{
				"Kettleby":  {Type: graph.City, Mentions: []string{"Kettleby"}},
				"Brackwood": {Type: graph.City, Mentions: []string{"Brackwood"}},
			},
			absent: []string{"Dragonair", "Vardolo"},
		},
		{
			name: "'U.S. Department of X' is the known department of the United States, one node with 'the X Department'; a department no state's body of that name is not guessed",
			body: "The U.S. Department of Justice approved the merger. The Justice Department said so. The U.S. Department of Agriculture said so. The U.S. Department of Halvard Affairs said so.",
			tags: []tag{{"U.S. Department of Justice", "ORG"}, {"Justice Department", "ORG"}, {"U.S. Department of Agriculture", "ORG"}, {"U.S. Department of Halvard Affairs", "ORG"}},
			want: map[string]view{
				"United States Department of Justice":     {Type: graph.Organization, Country: "USA", Wikidata: "Q1553390", Mentions: []string{"U.S. Department of Justice", "Justice Department"}},
				"United States Department of Agriculture": {Type: graph.Organization, Country: "USA", Wikidata: "Q501542", Mentions: []string{"U.S. Department of Agriculture"}},
			},
			absent: []string{"U.S. Department of Justice", "U.S. Department of Agriculture"},
		},
		{
			name: "a company's first word alone is the company, not the office holder of that surname, also where the wire writes its legal form in lower case ('Baker International corp … Baker said')",
			body: "Blinken Hydraulics corp said it sued Gable Tool Co. Blinken said the merger must go ahead. Secretary of State Blinken declined to comment.",
			tags: []tag{{"Blinken Hydraulics", "ORG"}, {"Gable Tool Co", "ORG"}, {"Blinken", "PER"}, {"Blinken", "PER"}},
			want: map[string]view{
				"Blinken Hydraulics": {Type: graph.Organization, Mentions: []string{"Blinken Hydraulics", "Blinken"}},
				"Antony Blinken":     {Type: graph.Person, Country: "USA", Mentions: []string{"Blinken"}},
			},
		},
		{
			name: "a firm's first word is its short name before a word of its trade or reach ('Halvard' of 'Halvard International', 'Brask' of 'Brask Economics'); a sea's word opens the one company named in full, which the article also writes without its legal form ('Pacific' of 'Pacific Securities Co Ltd' and 'Pacific Securities')",
			body: "Halvard International said profits rose. Halvard said it expects growth. Ola Nes, an economist at Brask Economics, said rates will fall. Brask said the market was firm. Vesk set up a company, Pacific Securities Co Ltd, to issue notes. The price at which Pacific bought the notes was not given. Pacific Securities will issue two notes.",
			tags: []tag{{"Halvard International", "ORG"}, {"Halvard", "ORG"}, {"Ola Nes", "PER"}, {"Brask Economics", "ORG"}, {"Brask", "ORG"}, {"Vesk", "ORG"}, {"Pacific Securities Co Ltd", "ORG"}, {"Pacific", "LOC"}, {"Pacific Securities", "ORG"}},
			want: map[string]view{
				"Halvard International":     {Type: graph.Organization, Mentions: []string{"Halvard International", "Halvard"}},
				"Brask Economics":           {Type: graph.Organization, Mentions: []string{"Brask Economics", "Brask"}},
				"Pacific Securities Co Ltd": {Type: graph.Organization, Mentions: []string{"Pacific Securities Co Ltd", "Pacific", "Pacific Securities"}},
			},
			absent: []string{"Halvard", "Brask", "Pacific Ocean", "Pacific Securities"},
		},
		{
			name: "'the Foundation' capitalised is the one foundation the article names in full, not a body of the knowledge base that the dictionary gives the word as an alias",
			body: "The Halvard Vik Foundation holds 27 pct of Vesk Hotels Corp. The tax office allowed the Foundation to keep the shares.",
			tags: []tag{{"Halvard Vik Foundation", "ORG"}, {"Vesk Hotels Corp", "ORG"}, {"Foundation", "ORG"}},
			want: map[string]view{
				"Halvard Vik Foundation": {Type: graph.Organization, Mentions: []string{"Halvard Vik Foundation", "Foundation"}},
			},
			absent: []string{"El Rukn", "Foundation"},
		},
		{
			name: "a firm's first word alone is the one two-word firm named before it ('Vesk' of 'Vesk Halden'), and a firm's name after a legal form put first is the firm ('Brask' of 'AB Brask'); a first word that other bodies of the article share stays apart ('Lund' beside 'Lund Minerals' and 'Lund Halvik')",
			body: "Vesk Halden said profits rose. Vesk said it expects growth. AB Brask said sales fell. Brask said costs rose. Lund Minerals and Lund Halvik said output fell. Lund said prices rose.",
			tags: []tag{{"Vesk Halden", "ORG"}, {"Vesk", "ORG"}, {"AB Brask", "ORG"}, {"Brask", "ORG"}, {"Lund Minerals", "ORG"}, {"Lund Halvik", "ORG"}, {"Lund", "ORG"}},
			want: map[string]view{
				"Vesk Halden":   {Type: graph.Organization, Mentions: []string{"Vesk Halden", "Vesk"}},
				"AB Brask":      {Type: graph.Organization, Mentions: []string{"AB Brask", "Brask"}},
				"Lund Minerals": {Type: graph.Organization, Mentions: []string{"Lund Minerals"}},
				"Lund":          {Type: graph.Organization, Mentions: []string{"Lund"}},
			},
			absent: []string{"Vesk", "Brask"},
		},
		{
			name: "a state's body written after the state's name is that state's, named as its demonym names it ('U.K. Treasury' is the 'British Treasury' a bare 'Treasury' of Britain is, 'Japan Finance Ministry' the 'Japanese Finance Ministry'); the United States' keep the wire's 'U.S.' ('U.S. Navy')",
			body: "Britain will sell its stake, the U.K. Treasury said. A statement issued by the Treasury said the sale would raise 7 billion stg. The Japan Finance Ministry said rates fell. The U.S. Navy said a ship was hit.",
			tags: []tag{{"Britain", "LOC"}, {"U.K. Treasury", "ORG"}, {"Treasury", "ORG"}, {"Japan Finance Ministry", "ORG"}, {"U.S. Navy", "ORG"}},
			want: map[string]view{
				"British Treasury":          {Type: graph.Organization, Country: "GBR", Mentions: []string{"U.K. Treasury", "Treasury"}},
				"Japanese Finance Ministry": {Type: graph.Organization, Country: "JPN", Mentions: []string{"Japan Finance Ministry"}},
				"U.S. Navy":                 {Type: graph.Organization, Country: "USA", Mentions: []string{"U.S. Navy"}},
			},
			absent: []string{"U.K. Treasury", "Japan Finance Ministry"},
		},
		{
			name: "a name an apposition calls a product ('Vesk Shelf, a 300 dlr program that …', 'Norzolex, a treatment for …') is no person or body, wherever the article writes it, its last word alone too; a firm's apposition ('Brask Corp, a building product concern'; 'Halvik, a reseller of personal computers') keeps it",
			body: "Vesk Corp introduced Vesk Shelf, a 300 dlr program that holds a dictionary. Shelf sold well. Lund Ltd makes Norzolex, a treatment for cancer. Norzolex sales rose. Brask Corp, a building product concern, said sales rose. Halvik, a reseller of personal computers, said sales fell.",
			tags: []tag{{"Vesk Corp", "ORG"}, {"Vesk Shelf", "PER"}, {"Shelf", "PER"}, {"Lund Ltd", "ORG"}, {"Norzolex", "PER"}, {"Norzolex", "ORG"}, {"Brask Corp", "ORG"}, {"Halvik", "ORG"}},
			want: map[string]view{
				"Vesk Corp":  {Type: graph.Organization, Mentions: []string{"Vesk Corp"}},
				"Brask Corp": {Type: graph.Organization, Mentions: []string{"Brask Corp"}},
				"Halvik":     {Type: graph.Organization, Mentions: []string{"Halvik"}},
			},
			absent: []string{"Vesk Shelf", "Shelf", "Norzolex"},
		},
		{
			name: "a capital one leaves for is the city ('leaves today for Ottawa', 'would leave for Ottawa in three weeks'); one that is pressed for, or asked to act, stays its government ('pressed for Moscow to act')",
			body: "Jon Vik leaves today for Ottawa for trade talks. A delegation would leave for Ottawa in three weeks. Norland pressed for Moscow to act.",
			tags: []tag{{"Jon Vik", "PER"}, {"Ottawa", "LOC"}, {"Ottawa", "LOC"}, {"Norland", "LOC"}, {"Moscow", "LOC"}},
			want: map[string]view{
				"Ottawa": {Type: graph.City, Country: "CAN", Mentions: []string{"Ottawa", "Ottawa"}},
				"Russia": {Type: graph.Country, Country: "RUS", Wikidata: "Q159", Mentions: []string{"Moscow"}},
			},
			absent: []string{"Canada"},
		},
		{
			name: "a firm's name and a lone surname after 'and' the tagger took for a person's are one partnership ('brokerage house Halden and Drew'), unless someone of that surname is named in full ('Martin Lovik'), the firm is named alone too, the first name ends in a legal form, or the surname opens a firm's name",
			body: "Ola Nes, an economist at brokerage house Halden and Drew, said rates would fall. Martin Lovik said Vesk and Lovik would sell. Brask said sales rose, and Brask and Wyatt agreed. Tove Steamship Co and Moore Ltd said so. Holm and Baker agreed, said Baker Tools Inc.",
			tags: []tag{{"Ola Nes", "PER"}, {"Halden", "ORG"}, {"Drew", "PER"}, {"Martin Lovik", "PER"}, {"Vesk", "ORG"}, {"Lovik", "PER"}, {"Brask", "ORG"}, {"Brask", "ORG"}, {"Wyatt", "PER"}, {"Tove Steamship Co", "ORG"}, {"Moore", "PER"}, {"Holm", "ORG"}, {"Baker", "PER"}, {"Baker Tools Inc", "ORG"}},
			want: map[string]view{
				"Halden and Drew": {Type: graph.Organization, Mentions: []string{"Halden and Drew"}},
				"Martin Lovik":    {Type: graph.Person, Mentions: []string{"Martin Lovik", "Lovik"}},
				"Wyatt":           {Type: graph.Person, Mentions: []string{"Wyatt"}},
			},
			absent: []string{"Drew", "Vesk and Lovik", "Brask and Wyatt", "Tove Steamship Co and Moore", "Holm and Baker"},
		},
		{
			name: "a name the tagger took for a person's, listed between cities ('Boston, Halvik Falls and Denver') or hyphenated before one ('airports--Dallas-Fort Worth, Boston'), is a city; people listed stay people",
			body: "Delays fell at airports in Boston, Halvik Falls and Denver. At five other airports--Dallas-Fort Worth, Boston and Denver--delays rose. Jon Vik, Ola Nes and Kari Moe said so.",
			tags: []tag{{"Boston", "LOC"}, {"Halvik Falls", "PER"}, {"Denver", "LOC"}, {"Dallas-Fort Worth", "PER"}, {"Boston", "LOC"}, {"Denver", "LOC"}, {"Jon Vik", "PER"}, {"Ola Nes", "PER"}, {"Kari Moe", "PER"}},
			want: map[string]view{
				"Halvik Falls":      {Type: graph.City, Mentions: []string{"Halvik Falls"}},
				"Dallas-Fort Worth": {Type: graph.City, Mentions: []string{"Dallas-Fort Worth"}},
				"Ola Nes":           {Type: graph.Person, Mentions: []string{"Ola Nes"}},
			},
		},
		{
			name: "a city's name that is a state's too, before a state's office, is the state ('New York Governor Jon Vik', 'New York Sen. Ola Nes'); elsewhere it stays the city",
			body: "New York Governor Jon Vik said rates were fair. New York Sen. Ola Nes agreed. Shares rose in New York.",
			tags: []tag{{"New York", "LOC"}, {"Jon Vik", "PER"}, {"New York", "LOC"}, {"Ola Nes", "PER"}, {"New York", "LOC"}},
			want: map[string]view{
				"New York State": {Type: graph.Region, Country: "USA", Mentions: []string{"New York", "New York"}},
				"New York":       {Type: graph.City, Country: "USA", Mentions: []string{"New York"}},
			},
		},
		{
			name: "a bare 'Treasury' in an article that names one state's Treasury and no other is that state's ('the U.K. Treasury said … a statement issued by the Treasury said'), not the dictionary's United States Treasury",
			body: "The U.K. Treasury said the budget allowed for the sale. A statement issued by the Treasury said the proceeds would come in installments.",
			tags: []tag{{"U.K. Treasury", "ORG"}, {"Treasury", "ORG"}},
			want: map[string]view{
				"British Treasury": {Type: graph.Organization, Country: "GBR", Mentions: []string{"U.K. Treasury", "Treasury"}},
			},
			absent: []string{"United States Department of the Treasury"},
		},
		{
			name: "a place no gazetteer knows is a region by a word of a region's ('the Vesk Plains') or, of two words or more, before 'area' or 'region' ('the Halvik Falls area'); one word before 'area' stays a city ('the Lundby area')",
			body: "Rain fell on the Vesk Plains. Bids were high in the Halvik Falls area. Shares rose in the Lundby area.",
			tags: []tag{{"Vesk Plains", "LOC"}, {"Halvik Falls", "LOC"}, {"Lundby", "LOC"}},
			want: map[string]view{
				"Vesk Plains":  {Type: graph.Region, Mentions: []string{"Vesk Plains"}},
				"Halvik Falls": {Type: graph.Region, Mentions: []string{"Halvik Falls"}},
				"Lundby":       {Type: graph.City, Mentions: []string{"Lundby"}},
			},
		},
		{
			name: "a short name two companies of the article share stays no one's",
			body: "Holvik Inns Inc is a unit of Holvik Corp. Analysts said Holvik's plan was sound.",
			tags: []tag{{"Holvik Inns Inc", "ORG"}, {"Holvik Corp", "ORG"}},
			want: map[string]view{
				"Holvik Inns Inc": {Type: graph.Organization, Mentions: []string{"Holvik Inns Inc"}},
				"Holvik Corp":     {Type: graph.Organization, Mentions: []string{"Holvik Corp"}},
			},
			absent: []string{"Holvik"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ents := r.Resolve(tt.body, "2024-02-03", segment.Sentences(tt.body), handTag(tt.body, tt.tags))
			checkMentions(t, tt.body, ents)
			got := views(ents)
			for name, want := range tt.want {
				if diff := cmp.Diff(want, got[name]); diff != "" {
					t.Errorf("%s (-want +got):\n%s\nall: %v", name, diff, got)
				}
			}
			for _, name := range tt.absent {
				if _, ok := got[name]; ok {
					t.Errorf("unexpected entity %q among %v", name, got)
				}
			}
		})
	}
}
