package resolve

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"actorgraph/graph"
	"actorgraph/ingest/segment"
)

// TestWireCopy covers what newswire copy (Reuters 1987 is the development
// corpus) does to names, on sentences written for the rules.
func TestWireCopy(t *testing.T) {
	r := newResolver(t)
	tests := []struct {
		name      string
		body      string
		published string
		tags      []tag
		want      map[string]view
		absent    []string
		names     []string // Names, as "LABEL text"
		relabel   bool     // mentions may take another label than the tagger's
	}{
		{
			name: "a name the tagger called a body's or a person's that ends in a sea's, strait's, basin's, island's or mine's word, or opens with one before 'of', is a place; not a company's name, nor a person's that a surname can end",
			body: "Tankers left the Strait of Varna for the Kessel Basin, where Tarvo Mines Ltd runs the Ostrel Mine near Misk Island. Ice closed the Gulf of Narev. Nordgulf Bay Mining Inc fell, and Nordgulf Bay said so. Hudson's Bay said sales rose. Analyst Dale Lake said prices rose.",
			tags: []tag{{"Strait of Varna", "ORG"}, {"Kessel Basin", "ORG"}, {"Tarvo Mines Ltd", "ORG"}, {"Ostrel Mine", "ORG"}, {"Misk Island", "ORG"},
				{"Gulf of Narev", "PER"}, {"Nordgulf Bay Mining Inc", "ORG"}, {"Nordgulf Bay", "ORG"}, {"Hudson's Bay", "ORG"}, {"Dale Lake", "PER"}},
			want: map[string]view{
				"Strait of Varna":         {Type: graph.Place, Mentions: []string{"Strait of Varna"}},
				"Kessel Basin":            {Type: graph.Place, Mentions: []string{"Kessel Basin"}},
				"Tarvo Mines Ltd":         {Type: graph.Organization, Mentions: []string{"Tarvo Mines Ltd"}},
				"Ostrel Mine":             {Type: graph.Place, Mentions: []string{"Ostrel Mine"}},
				"Misk Island":             {Type: graph.Place, Mentions: []string{"Misk Island"}},
				"Gulf of Narev":           {Type: graph.Place, Mentions: []string{"Gulf of Narev"}},
				"Nordgulf Bay Mining Inc": {Type: graph.Organization, Mentions: []string{"Nordgulf Bay Mining Inc", "Nordgulf Bay"}},
				"Hudson's Bay":            {Type: graph.Organization, Mentions: []string{"Hudson's Bay"}},
				"Dale Lake":               {Type: graph.Person, Mentions: []string{"Dale Lake"}},
			},
			relabel: true,
		},
		{
			name: "an acronym defined in brackets after a name is that name's even when the letters spell another name of the article; a hyphenated word gives its parts' initials",
			body: "The Pan-Andean Fishing Bank said its board met. The PAFB will lend more. The top-secret Coastal Survey Agency (CSA) briefed a Coastal Survey Adviser, and the CSA said so.",
			tags: []tag{{"Pan-Andean Fishing Bank", "ORG"}, {"PAFB", "ORG"}, {"Coastal Survey Agency", "ORG"}, {"CSA", "ORG"}, {"Coastal Survey Adviser", "ORG"}},
			want: map[string]view{
				"Pan-Andean Fishing Bank": {Type: graph.Organization, Mentions: []string{"Pan-Andean Fishing Bank", "PAFB"}},
				"Coastal Survey Agency":   {Type: graph.Organization, Mentions: []string{"Coastal Survey Agency", "CSA", "CSA"}},
			},
			absent: []string{"PAFB", "CSA"},
		},
		{
			name: "an acronym spelling a department's or bank's name with its 'of' is that body's, past a state's name before it",
			body: "The U.S. Department of Shipping rejected the plan. DOS officials said it was weak. The Bank of Vardo cut rates. The BOV said it would act.",
			tags: []tag{{"U.S. Department of Shipping", "ORG"}, {"DOS", "ORG"}, {"Bank of Vardo", "ORG"}, {"BOV", "ORG"}},
			want: map[string]view{
				"U.S. Department of Shipping": {Type: graph.Organization, Mentions: []string{"U.S. Department of Shipping", "DOS"}},
				"Bank of Vardo":               {Type: graph.Organization, Mentions: []string{"Bank of Vardo", "BOV"}},
			},
			absent: []string{"DOS", "BOV"},
		},
		{
			name: "a name set off by commas after a body's noun and its article is that body's; after an officer 'of the bank' it is the officer",
			body: "Miners employed by the state corporation, Vorda Minas, declared a strike. Its airline, Brask Air, cut fares. Another former official of the bank, Jon Kolby, pled guilty.",
			tags: []tag{{"Vorda Minas", "PER"}, {"Brask Air", "PER"}, {"Jon Kolby", "PER"}},
			want: map[string]view{
				"Vorda Minas": {Type: graph.Organization, Mentions: []string{"Vorda Minas"}},
				"Brask Air":   {Type: graph.Organization, Mentions: []string{"Brask Air"}},
				"Jon Kolby":   {Type: graph.Person, Mentions: []string{"Jon Kolby"}},
			},
		},
		{
			name: "a name the tagger ran over '<place>-based' is the place and the body after it",
			body: "Brekka Bank had talks with Milwaukee-based Vesk Corp. A unit of Houston-based Lund and Co International said sales rose.",
			tags: []tag{{"Brekka Bank", "ORG"}, {"Milwaukee-based Vesk Corp", "ORG"}, {"Houston-based Lund and Co International", "ORG"}},
			want: map[string]view{
				"Vesk Corp":                 {Type: graph.Organization, Mentions: []string{"Vesk Corp"}},
				"Lund and Co International": {Type: graph.Organization, Mentions: []string{"Lund and Co International"}},
				"Milwaukee":                 {Type: graph.City, Country: "USA", Mentions: []string{"Milwaukee"}},
			},
			absent: []string{"Milwaukee-based Vesk Corp"},
		},
		{
			name: "a known place the tagger called a firm, listed with places, is a place; a firm listed with them stays a firm",
			body: "Ships will call at the ports of Tokyo, Osaka, Yokohama and Kobe. Vesk Corp and Osaka were named.",
			tags: []tag{{"Tokyo", "LOC"}, {"Osaka", "LOC"}, {"Yokohama", "ORG"}, {"Kobe", "ORG"}, {"Vesk Corp", "ORG"}, {"Osaka", "LOC"}},
			want: map[string]view{
				"Yokohama":  {Type: graph.City, Country: "JPN", Mentions: []string{"Yokohama"}},
				"Kobe":      {Type: graph.City, Country: "JPN", Mentions: []string{"Kobe"}},
				"Vesk Corp": {Type: graph.Organization, Mentions: []string{"Vesk Corp"}},
			},
			relabel: true,
		},
		{
			name: "a known place the tagger called a person is a place in a list of places",
			body: "Stores opened in Tokyo, Osaka and Kobe.",
			tags: []tag{{"Tokyo", "LOC"}, {"Osaka", "LOC"}, {"Kobe", "PER"}},
			want: map[string]view{
				"Kobe": {Type: graph.City, Country: "JPN", Mentions: []string{"Kobe"}},
			},
			relabel: true,
		},
		{
			name: "a body's kind, capitalised alone ('the Bank said'), is the one body of that kind the article names; with two, neither",
			body: "The Bank of England gave help. The Bank bought 176 mln stg of bills. Brekka Fund and Lund Fund lent more. The Fund bought bills.",
			tags: []tag{{"Bank of England", "ORG"}, {"Bank", "ORG"}, {"Brekka Fund", "ORG"}, {"Lund Fund", "ORG"}, {"Fund", "ORG"}},
			want: map[string]view{
				"Bank of England": {Type: graph.Organization, Mentions: []string{"Bank of England", "Bank"}},
				"Fund":            {Type: graph.Organization, Mentions: []string{"Fund"}},
			},
		},
		{
			name: "a person's name after a place and a comma, opening a clause, stays a person",
			body: "Looking beyond Tokyo, Kobe said sales would rise.",
			tags: []tag{{"Tokyo", "LOC"}, {"Kobe", "PER"}},
			want: map[string]view{
				"Kobe": {Type: graph.Person, Mentions: []string{"Kobe"}},
			},
		},
		{
			name: "a name the tagger ran on from 'told Reuters' is the agency told and the name opening the claim",
			body: "Brekka Bank cut its rates. Jon Vik told Reuters Brekka Bank would cut them again.",
			tags: []tag{{"Brekka Bank", "ORG"}, {"Jon Vik", "PER"}, {"Reuters Brekka Bank", "ORG"}},
			want: map[string]view{
				"Brekka Bank": {Type: graph.Organization, Mentions: []string{"Brekka Bank", "Brekka Bank"}},
				"Reuters":     {Type: graph.Organization, Country: "GBR", Wikidata: "Q130879", Mentions: []string{"Reuters"}},
			},
			absent: []string{"Reuters Brekka Bank"},
		},
		{
			name: "a common noun the wire capitalised after 'U.S.' or 'U.K.' is no name: the country is mentioned; a known body and a legal form stay",
			body: "Moscow blamed the delay on U.S. Refusal to act, said an official at a large U.S. Bank. The U.K. Government agreed. Ships of the U.S. Navy sailed, and shares of U.S. Bancorp rose.",
			tags: []tag{{"Moscow", "LOC"}, {"U.S. Refusal", "ORG"}, {"U.S. Bank", "ORG"}, {"U.K. Government", "ORG"}, {"U.S. Navy", "ORG"}, {"U.S. Bancorp", "ORG"}},
			want: map[string]view{
				"United States":  {Type: graph.Country, Country: "USA", Wikidata: "Q30", Mentions: []string{"U.S.", "U.S."}},
				"United Kingdom": {Type: graph.Country, Country: "GBR", Wikidata: "Q145", Mentions: []string{"U.K."}},
				"U.S. Bancorp":   {Type: graph.Organization, Mentions: []string{"U.S. Bancorp"}},
			},
			absent: []string{"U.S. Refusal", "U.S. Bank", "U.K. Government"},
		},
		{
			name: "where an analyst, economist or partner works 'with' or 'at', and an issue's lead manager, is a firm, whatever the tagger read",
			body: "Jon Vik, an analyst with Brask Lund, said prices would rise. Ann Berg, an economist at Tarvik Halden, agreed. The notes are led by lead manager Vesk Kolby.",
			tags: []tag{{"Jon Vik", "PER"}, {"Brask Lund", "PER"}, {"Ann Berg", "PER"}, {"Tarvik Halden", "LOC"}, {"Vesk Kolby", "PER"}},
			want: map[string]view{
				"Vesk Kolby":    {Type: graph.Organization, Mentions: []string{"Vesk Kolby"}},
				"Brask Lund":    {Type: graph.Organization, Mentions: []string{"Brask Lund"}},
				"Tarvik Halden": {Type: graph.Organization, Mentions: []string{"Tarvik Halden"}},
				"Jon Vik":       {Type: graph.Person, Mentions: []string{"Jon Vik"}},
			},
		},
		{
			name: "a name described as a firm's subsidiary or division is a firm's, and its first word or the surname its initials lead to is its short name",
			body: "Vorda Camiones, a subsidiary of Brask Nacional, said sales rose. Vorda said exports fell. K.L. Halden, a division of Ostmark Inc, said orders rose. Halden said more.",
			tags: []tag{{"Vorda Camiones", "PER"}, {"Brask Nacional", "ORG"}, {"Vorda", "PER"}, {"K.L. Halden", "PER"}, {"Ostmark Inc", "ORG"}, {"Halden", "PER"}},
			want: map[string]view{
				"Vorda Camiones": {Type: graph.Organization, Mentions: []string{"Vorda Camiones", "Vorda"}},
				"K.L. Halden":    {Type: graph.Organization, Mentions: []string{"K.L. Halden", "Halden"}},
			},
			absent: []string{"Vorda", "Halden"},
		},
		{
			name: "a one-word short name in mixed case, in brackets after a name, is that name's, tagged a body or a place; a legal form in brackets is not",
			body: "The Norvik Options Exchange (Noptex) said volume rose. Noptex will open. The Federation of Brekka Mills (Brekmill) met, and Brekmill said so. Halden Corp (Ltd) grew.",
			tags: []tag{{"Norvik Options Exchange", "ORG"}, {"Noptex", "ORG"}, {"Federation of Brekka Mills", "ORG"}, {"Brekmill", "LOC"}, {"Halden Corp", "ORG"}, {"Ltd", "ORG"}},
			want: map[string]view{
				"Norvik Options Exchange":    {Type: graph.Organization, Mentions: []string{"Norvik Options Exchange", "Noptex", "Noptex"}},
				"Federation of Brekka Mills": {Type: graph.Organization, Mentions: []string{"Federation of Brekka Mills", "Brekmill", "Brekmill"}},
				"Halden Corp":                {Type: graph.Organization, Mentions: []string{"Halden Corp"}},
			},
			absent: []string{"Noptex", "Brekmill"},
		},
		{
			name: "a short name joins a body named without its first word, a company whose legal form 'of' a place follows, and one ending in 'L.P.'; the parent named as the unit's first words stays apart",
			body: "The Norvik Bankers Association said rates rose. The Bankers Association met. Halden Corp of America said sales rose, and Halden said more. Teltrex L.P. bought shares; Teltrex said so. Rask Corp said its Rask Corp of Canada Ltd unit grew.",
			tags: []tag{{"Norvik Bankers Association", "ORG"}, {"Bankers Association", "ORG"}, {"Halden Corp of America", "ORG"}, {"Halden", "ORG"},
				{"Teltrex L.P.", "ORG"}, {"Teltrex", "ORG"}, {"Rask Corp", "ORG"}, {"Rask Corp of Canada Ltd", "ORG"}},
			want: map[string]view{
				"Norvik Bankers Association": {Type: graph.Organization, Mentions: []string{"Norvik Bankers Association", "Bankers Association"}},
				"Halden Corp of America":     {Type: graph.Organization, Mentions: []string{"Halden Corp of America", "Halden"}},
				"Teltrex L.P.":               {Type: graph.Organization, Mentions: []string{"Teltrex L.P.", "Teltrex"}},
				"Rask Corp":                  {Type: graph.Organization, Mentions: []string{"Rask Corp"}},
				"Rask Corp of Canada Ltd":    {Type: graph.Organization, Mentions: []string{"Rask Corp of Canada Ltd"}},
			},
			absent: []string{"Bankers Association", "Halden", "Teltrex"},
		},
		{
			name: "a body's span run over 'and' between two names is two: a legal form before 'and', or each side named apart in the article; a man's full name before a company the article names alone too stays his; partners' names and a committee's stay whole",
			body: "Norden Bank Ltd and Vesta Bank Ltd issued notes. Korvik Oil and Gas Corp rose. Alta and Brenna sold stakes held by Alta Bank AG and Brenna Bank AG. Financier Lars Ostberg and Halvard Capital Inc bid; Ostberg and Halvard said they would raise it. Joseph Stavros and Sons Inc said so. The House Fish and Game Committee met.",
			tags: []tag{{"Norden Bank Ltd and Vesta Bank Ltd", "ORG"}, {"Korvik Oil and Gas Corp", "ORG"}, {"Alta and Brenna", "ORG"}, {"Alta Bank AG", "ORG"}, {"Brenna Bank AG", "ORG"},
				{"Lars Ostberg", "PER"}, {"Halvard Capital Inc", "ORG"}, {"Ostberg", "PER"}, {"Halvard", "ORG"}, {"Joseph Stavros", "PER"}, {"Sons Inc", "ORG"}, {"House Fish and Game Committee", "ORG"}},
			want: map[string]view{
				"Norden Bank Ltd":               {Type: graph.Organization, Mentions: []string{"Norden Bank Ltd"}},
				"Vesta Bank Ltd":                {Type: graph.Organization, Mentions: []string{"Vesta Bank Ltd"}},
				"Korvik Oil and Gas Corp":       {Type: graph.Organization, Mentions: []string{"Korvik Oil and Gas Corp"}},
				"Alta Bank AG":                  {Type: graph.Organization, Mentions: []string{"Alta", "Alta Bank AG"}},
				"Brenna Bank AG":                {Type: graph.Organization, Mentions: []string{"Brenna", "Brenna Bank AG"}},
				"Lars Ostberg":                  {Type: graph.Person, Mentions: []string{"Lars Ostberg", "Ostberg"}},
				"Halvard Capital Inc":           {Type: graph.Organization, Mentions: []string{"Halvard Capital Inc", "Halvard"}},
				"Joseph Stavros and Sons Inc":   {Type: graph.Organization, Mentions: []string{"Joseph Stavros and Sons Inc"}},
				"House Fish and Game Committee": {Type: graph.Organization, Mentions: []string{"House Fish and Game Committee"}},
			},
			absent: []string{"Norden Bank Ltd and Vesta Bank Ltd", "Alta and Brenna", "Lars Ostberg and Halvard Capital Inc", "Sons Inc", "Joseph Stavros", "House Fish"},
		},
		{
			name: "a second name after 'and' that opens with a body's word ('Banque', 'Bank of') is a second body; one word on either side stays one name",
			body: "Credit Norden and Banque Vesta de Commerce said they would merge. Norden Trust and Bank of Ostland lent money. Farmers and Banque Ostrand rose.",
			tags: []tag{{"Credit Norden and Banque Vesta de Commerce", "ORG"}, {"Norden Trust and Bank of Ostland", "ORG"}, {"Farmers and Banque Ostrand", "ORG"}},
			want: map[string]view{
				"Credit Norden":              {Type: graph.Organization, Mentions: []string{"Credit Norden"}},
				"Banque Vesta de Commerce":   {Type: graph.Organization, Mentions: []string{"Banque Vesta de Commerce"}},
				"Norden Trust":               {Type: graph.Organization, Mentions: []string{"Norden Trust"}},
				"Bank of Ostland":            {Type: graph.Organization, Mentions: []string{"Bank of Ostland"}},
				"Farmers and Banque Ostrand": {Type: graph.Organization, Mentions: []string{"Farmers and Banque Ostrand"}},
			},
			absent: []string{"Credit Norden and Banque Vesta de Commerce", "Norden Trust and Bank of Ostland"},
		},
		{
			name: "a lone word that opens one company's name with a legal form is the company: tagged a body's, though a person of the article has it as surname, and tagged a person's, when no person has it; not after a title",
			body: "Orlen and Dahl Publishers Inc rejected the bid. Orlen said talks ended. Investor Paul Vesk owns Vesk Mining Corp, and the Vesk board met. Mr Vesk said he would sell.",
			tags: []tag{{"Orlen and Dahl Publishers Inc", "ORG"}, {"Orlen", "PER"}, {"Paul Vesk", "PER"}, {"Vesk Mining Corp", "ORG"}, {"Vesk", "ORG"}},
			want: map[string]view{
				"Orlen and Dahl Publishers Inc": {Type: graph.Organization, Mentions: []string{"Orlen and Dahl Publishers Inc", "Orlen"}},
				"Vesk Mining Corp":              {Type: graph.Organization, Mentions: []string{"Vesk Mining Corp", "Vesk"}},
				"Paul Vesk":                     {Type: graph.Person, Mentions: []string{"Paul Vesk", "Vesk"}},
			},
			absent:  []string{"Orlen", "Vesk"},
			relabel: true,
		},
		{
			name: "a span that opens a title the next words end, or is a title of several words, names no body, unless it is a body's name; a portfolio and a second one after 'and' before an office's title name no body",
			body: "Former National Security adviser Jon Brekk spoke, as did (then Chief of Staff) Ola Dahl. Senate Majority Leader Ivo Rask agreed. Finance and economy ministers met, and Vardan's Finance and National Economy Minister, Ali Tarek, spoke.",
			tags: []tag{{"National Security", "ORG"}, {"Jon Brekk", "PER"}, {"Chief of Staff", "ORG"}, {"Ola Dahl", "PER"}, {"Senate", "ORG"}, {"Ivo Rask", "PER"},
				{"Finance", "ORG"}, {"Vardan", "LOC"}, {"Ali Tarek", "PER"}},
			want: map[string]view{
				"Jon Brekk": {Type: graph.Person, Mentions: []string{"Jon Brekk"}},
				"Ola Dahl":  {Type: graph.Person, Mentions: []string{"Ola Dahl"}},
				"Senate":    {Type: graph.Organization, Mentions: []string{"Senate"}},
				"Ivo Rask":  {Type: graph.Person, Mentions: []string{"Ivo Rask"}},
				"Ali Tarek": {Type: graph.Person, Mentions: []string{"Ali Tarek"}},
			},
			absent: []string{"National Security", "Chief of Staff", "Finance"},
		},
		{
			name: "a span whose first words end a title the words before it begin is the titled person; a body's name alone after 'the' stays a body",
			body: "Chancellor of the Exchequer Jon Brekk spoke. Later the Exchequer said rates would fall.",
			tags: []tag{{"Exchequer Jon Brekk", "ORG"}, {"Exchequer", "ORG"}},
			want: map[string]view{
				"Jon Brekk": {Type: graph.Person, Mentions: []string{"Jon Brekk"}},
				"Exchequer": {Type: graph.Organization, Mentions: []string{"Exchequer"}},
			},
			absent: []string{"Exchequer Jon Brekk"},
		},
		{
			name: "capitalised words before a legal form the tagger left untagged are a company, not the place before '-based'; a place before '-based' is not the first word of the company's name after it",
			body: "The Lisbon-based Tarvo Fishing Corp said it would buy Marek Holdings Inc, and a unit of Oslo-based Vesk Trading Co sold stakes in Brann's Inc.",
			tags: []tag{{"Lisbon-based", "MISC"}, {"Oslo-based", "MISC"}, {"Vesk Trading Co", "ORG"}},
			want: map[string]view{
				"Tarvo Fishing Corp": {Type: graph.Organization, Mentions: []string{"Tarvo Fishing Corp"}},
				"Marek Holdings Inc": {Type: graph.Organization, Mentions: []string{"Marek Holdings Inc"}},
				"Vesk Trading Co":    {Type: graph.Organization, Mentions: []string{"Vesk Trading Co"}},
				"Brann's Inc":        {Type: graph.Organization, Mentions: []string{"Brann's Inc"}},
				"Lisbon":             {Type: graph.City, Country: "PRT", Mentions: []string{"Lisbon"}},
				"Oslo":               {Type: graph.City, Country: "NOR", Mentions: []string{"Oslo"}},
			},
			absent:  []string{"Lisbon-based Tarvo Fishing Corp", "Oslo-based Vesk Trading Co"},
			relabel: true,
		},
		{
			name: "a name before a legal form the tagger left out is a company's; two companies run over 'from' are two; capitals in the wire's brackets after a conjunction or preposition are a company's name, after a name a ticker",
			body: "Lindqvist Holm Berg Ltd and Osk Capital Corp managed the issue. Osk Capital Corp proposed to acquire Varda Life Co from Brekka Trust Corp <BTC>. The merger between Norsk Trucks and <VTK> of Norway ended, and Osk Capital Corp <OSK> rose.",
			tags: []tag{{"Lindqvist Holm Berg", "PER"}, {"Osk Capital Corp", "ORG"}, {"Varda Life Co from Brekka Trust Corp", "ORG"}, {"Norsk Trucks", "ORG"}, {"VTK", "ORG"}, {"Norway", "LOC"}, {"OSK", "ORG"}},
			want: map[string]view{
				"Lindqvist Holm Berg Ltd": {Type: graph.Organization, Mentions: []string{"Lindqvist Holm Berg Ltd"}},
				"Osk Capital Corp":        {Type: graph.Organization, Mentions: []string{"Osk Capital Corp", "Osk Capital Corp", "Osk Capital Corp"}},
				"Varda Life Co":           {Type: graph.Organization, Mentions: []string{"Varda Life Co"}},
				"Brekka Trust Corp":       {Type: graph.Organization, Mentions: []string{"Brekka Trust Corp"}},
				"VTK":                     {Type: graph.Organization, Mentions: []string{"VTK"}},
			},
			absent:  []string{"Lindqvist Holm Berg", "OSK", "Varda Life Co from Brekka Trust Corp"},
			relabel: true,
		},
		{
			name: "a short name two companies' names open is the one the article's first sentence names first, and only that",
			body: "Rask Holdings Inc said its Rask Mining Corp unit sold assets. Rask said it would buy more. Brann Oil Corp and Brann Gas Inc gained, and Brann said it would sell.",
			tags: []tag{{"Rask Holdings Inc", "ORG"}, {"Rask Mining Corp", "ORG"}, {"Rask", "ORG"}, {"Brann Oil Corp", "ORG"}, {"Brann Gas Inc", "ORG"}, {"Brann", "ORG"}},
			want: map[string]view{
				"Rask Holdings Inc": {Type: graph.Organization, Mentions: []string{"Rask Holdings Inc", "Rask"}},
				"Rask Mining Corp":  {Type: graph.Organization, Mentions: []string{"Rask Mining Corp"}},
				"Brann":             {Type: graph.Organization, Mentions: []string{"Brann"}},
			},
			absent: []string{"Rask"},
		},
		{
			name: "a table row's label before a figure and 'vs' is no name, a region's stays; a lone portfolio word is the one department of the article it names",
			body: "Halvard Foods Plc 1986 year\n\nShr 19 cts vs 13 cts\n\nMinorities 25 mln vs 16 mln\n\nWestern Europe 77 mln vs 56 mln\n\nThe Agriculture Department said quotas would fall. Agriculture officials declined to comment.",
			tags: []tag{{"Halvard Foods Plc", "ORG"}, {"Shr", "ORG"}, {"Minorities", "ORG"}, {"Western Europe", "ORG"}, {"Agriculture Department", "ORG"}, {"Agriculture", "ORG"}},
			want: map[string]view{
				"Halvard Foods Plc":                       {Type: graph.Organization, Mentions: []string{"Halvard Foods Plc"}},
				"United States Department of Agriculture": {Type: graph.Organization, Country: "USA", Wikidata: "Q501542", Mentions: []string{"Agriculture Department", "Agriculture"}},
			},
			absent:  []string{"Shr", "Minorities", "Agriculture"},
			relabel: true,
		},
		{
			name: "a lone word opening one two-word name of the article is that person (family name first); a particle's capital does not keep a surname apart; 'A.G.' is a legal form",
			body: "Envoy Tran Vanh arrived. Tran said talks went well. Jan van Dort left, and Van Dort said so. Norsk Fisk A.G. rose.",
			tags: []tag{{"Tran Vanh", "PER"}, {"Tran", "PER"}, {"Jan van Dort", "PER"}, {"Van Dort", "PER"}, {"Norsk Fisk A.G.", "PER"}},
			want: map[string]view{
				"Tran Vanh":       {Type: graph.Person, Mentions: []string{"Tran Vanh", "Tran"}},
				"Jan van Dort":    {Type: graph.Person, Mentions: []string{"Jan van Dort", "Van Dort"}},
				"Norsk Fisk A.G.": {Type: graph.Organization, Mentions: []string{"Norsk Fisk A.G."}},
			},
			absent:  []string{"Tran", "Van Dort"},
			relabel: true,
		},
		{
			name: "a name typed a person's or a body's that a comma and a state or province follow is a town, in its other mentions too; not a body's name, nor a name before a country",
			body: "A Bexhill, Ohio, investor bought shares of Tarn Mills Inc, of Kessel, Ontario. Output at Kessel rose. The Parr Savings Bank of Dunmore, Kansas, failed, and Labatt, Canada's biggest brewer, rose.",
			tags: []tag{{"Bexhill", "PER"}, {"Ohio", "LOC"}, {"Tarn Mills Inc", "ORG"}, {"Kessel", "ORG"}, {"Ontario", "LOC"}, {"Parr Savings Bank of Dunmore", "ORG"}, {"Kansas", "LOC"}, {"Labatt", "PER"}, {"Canada", "LOC"}},
			want: map[string]view{
				"Bexhill":                      {Type: graph.City, Mentions: []string{"Bexhill"}},
				"Kessel":                       {Type: graph.City, Mentions: []string{"Kessel", "Kessel"}},
				"Parr Savings Bank of Dunmore": {Type: graph.Organization, Mentions: []string{"Parr Savings Bank of Dunmore"}},
				"Labatt":                       {Type: graph.Person, Mentions: []string{"Labatt"}},
			},
			relabel: true,
		},
		{
			name: "a ticker after a company's name that spells a known country or body is no mention of it",
			body: "Halvard Metal Corp <UK> and Brekka Chemical Co <ROK> signed a pact.",
			tags: []tag{{"Halvard Metal Corp", "ORG"}, {"Brekka Chemical Co", "ORG"}},
			want: map[string]view{
				"Halvard Metal Corp": {Type: graph.Organization, Mentions: []string{"Halvard Metal Corp"}},
				"Brekka Chemical Co": {Type: graph.Organization, Mentions: []string{"Brekka Chemical Co"}},
			},
			absent: []string{"United Kingdom", "South Korea"},
		},
		{
			name: "a part of a continent the tagger called a body or a person is a region",
			body: "Food needs in Central Africa rose, and Equatorial Asia imported more, while Sub-Saharan Africa did not.",
			tags: []tag{{"Central Africa", "ORG"}, {"Equatorial Asia", "PER"}, {"Sub-Saharan Africa", "ORG"}},
			want: map[string]view{
				"Central Africa":     {Type: graph.Region, Mentions: []string{"Central Africa"}},
				"Equatorial Asia":    {Type: graph.Region, Mentions: []string{"Equatorial Asia"}},
				"Sub-Saharan Africa": {Type: graph.Region, Mentions: []string{"Sub-Saharan Africa"}},
			},
			relabel: true,
		},
		{
			name: "a body's span cut after its head is widened back over it: a committee's word before 'on' or 'of', a word that opens banks' names, a capitalised hyphenated word before a body's head noun",
			body: "The Subcommittee on Fish Trade Matters met. Lenders included Caisse Centrale de Pret Norvik and the Export-Import Bank of Varna, and the Bank of Ostmark said so.",
			tags: []tag{{"Fish Trade Matters", "ORG"}, {"Centrale de Pret Norvik", "ORG"}, {"Bank of Varna", "ORG"}, {"Bank of Ostmark", "ORG"}},
			want: map[string]view{
				"Subcommittee on Fish Trade Matters": {Type: graph.Organization, Mentions: []string{"Subcommittee on Fish Trade Matters"}},
				"Caisse Centrale de Pret Norvik":     {Type: graph.Organization, Mentions: []string{"Caisse Centrale de Pret Norvik"}},
				"Export-Import Bank of Varna":        {Type: graph.Organization, Mentions: []string{"Export-Import Bank of Varna"}},
				"Bank of Ostmark":                    {Type: graph.Organization, Mentions: []string{"Bank of Ostmark"}},
			},
			absent: []string{"Fish Trade Matters", "Centrale de Pret Norvik", "Bank of Varna"},
		},
		{
			name: "an auxiliary or speech verb the wire capitalised after a country's abbreviation is no part of a name",
			body: "The U.K. Will sell its stake, and the U.S. Has said it will follow.",
			tags: []tag{{"U.K. Will", "ORG"}, {"U.S. Has", "ORG"}},
			want: map[string]view{
				"United Kingdom": {Type: graph.Country, Country: "GBR", Wikidata: "Q145", Mentions: []string{"U.K."}},
				"United States":  {Type: graph.Country, Country: "USA", Wikidata: "Q30", Mentions: []string{"U.S."}},
			},
			absent:  []string{"U.K. Will", "U.S. Has"},
			relabel: true,
		},
		{
			name:      "a surname after a leader's title is the office holder on the article's date, not another person of that surname the article names",
			body:      "Nancy Reagan opened the show. President Reagan will visit Rome in June.",
			published: "1987-03-02",
			tags:      []tag{{"Nancy Reagan", "PER"}, {"Reagan", "PER"}, {"Rome", "LOC"}},
			want: map[string]view{
				"Nancy Reagan":  {Type: graph.Person, Mentions: []string{"Nancy Reagan"}},
				"Ronald Reagan": {Type: graph.Person, Country: "USA", Wikidata: "Q9960", Mentions: []string{"Reagan"}},
			},
			relabel: true,
		},
		{
			name: "an acronym of a measure in lower case or of a name kept as no actor's is no entity, but one of a body is; a letter and a digit is no name",
			body: "Ministers used the producer subsidy equivalent, PSE, and a new Vardo Tin Agreement, VTA, while the Office of Fish and Budget (OFB) and a zonal fishing agency (ZFA) met. The PSE and VTA rose with M3 and 10 mln Special Drawing Rights.",
			tags: []tag{{"PSE", "ORG"}, {"Vardo Tin Agreement", "MISC"}, {"VTA", "ORG"}, {"Office of Fish and Budget", "ORG"}, {"OFB", "ORG"}, {"ZFA", "ORG"}, {"PSE", "ORG"}, {"VTA", "ORG"}, {"M3", "LOC"}, {"Special Drawing Rights", "ORG"}},
			want: map[string]view{
				"OFB": {Type: graph.Organization, Mentions: []string{"OFB"}},
				"ZFA": {Type: graph.Organization, Mentions: []string{"ZFA"}},
			},
			absent:  []string{"PSE", "VTA", "Vardo Tin Agreement", "M3", "Special Drawing Rights"},
			relabel: true,
		},
		{
			name: "a company 'of' a country or city is the company and a mention of the place, not 'of America' or a state; the short name after a bank's word, a ticker named later and a long acronym defined in brackets join the full name",
			body: "Sonar Metal Co of Japan and Dynamo Corp of America signed. Sonar fell. Bank Leumit said Leumit would grow. Transvik Airlines Inc <TVA> bid, and TVA shares rose. The State Fish Committee (GOSRYBKOM) met. GOSRYBKOM said so.",
			tags: []tag{{"Sonar Metal Co of Japan", "ORG"}, {"Dynamo Corp of America", "ORG"}, {"Sonar", "ORG"}, {"Bank Leumit", "ORG"}, {"Leumit", "ORG"},
				{"Transvik Airlines Inc", "ORG"}, {"TVA", "ORG"}, {"State Fish Committee", "ORG"}, {"GOSRYBKOM", "ORG"}},
			want: map[string]view{
				"Sonar Metal Co":         {Type: graph.Organization, Mentions: []string{"Sonar Metal Co", "Sonar"}},
				"Japan":                  {Type: graph.Country, Country: "JPN", Wikidata: "Q17", Mentions: []string{"Japan"}},
				"Dynamo Corp of America": {Type: graph.Organization, Mentions: []string{"Dynamo Corp of America"}},
				"Bank Leumit":            {Type: graph.Organization, Mentions: []string{"Bank Leumit", "Leumit"}},
				"Transvik Airlines Inc":  {Type: graph.Organization, Mentions: []string{"Transvik Airlines Inc", "TVA"}},
				"State Fish Committee":   {Type: graph.Organization, Mentions: []string{"State Fish Committee", "GOSRYBKOM", "GOSRYBKOM"}},
			},
			absent: []string{"Sonar Metal Co of Japan", "Leumit", "TVA", "GOSRYBKOM", "United States"},
		},
		{
			name: "a demonym at the front of an organisation's name is part of its one mention, no mention of the country",
			body: "Lead manager Swiss Bank Corp said the Dutch Economics Ministry would buy bonds of American Motors Corp.",
			tags: []tag{{"Swiss Bank Corp", "ORG"}, {"Dutch Economics Ministry", "ORG"}, {"American Motors Corp", "ORG"}},
			want: map[string]view{
				"Swiss Bank Corp":          {Type: graph.Organization, Mentions: []string{"Swiss Bank Corp"}},
				"Dutch Economics Ministry": {Type: graph.Organization, Mentions: []string{"Dutch Economics Ministry"}},
				"American Motors Corp":     {Type: graph.Organization, Mentions: []string{"American Motors Corp"}},
			},
			absent: []string{"Switzerland", "Netherlands", "United States"},
		},
		{
			name: "a capital's name that is the surname of the article's person is that person; a capital acts as its government only where its country is named elsewhere in the article or is one the seeds give by hand; it is the city before '-based' and when its possessive has a court, a market or traffic",
			body: "Brekka Foods Inc chairman Ole Douglas spoke. Douglas said sales would grow at its London-based unit, and Stanley said it would sell. Portugal's farmers were angry as Lisbon's civil court ruled, and Lisbon said it would appeal.",
			tags: []tag{{"Brekka Foods Inc", "ORG"}, {"Ole Douglas", "PER"}, {"Douglas", "ORG"}, {"London-based", "MISC"}, {"Stanley", "ORG"}, {"Portugal", "LOC"}, {"Lisbon", "LOC"}},
			want: map[string]view{
				"Ole Douglas": {Type: graph.Person, Mentions: []string{"Ole Douglas", "Douglas"}},
				"London":      {Type: graph.City, Country: "GBR", Mentions: []string{"London"}},
				"Lisbon":      {Type: graph.City, Country: "PRT", Mentions: []string{"Lisbon"}},
				"Portugal":    {Type: graph.Country, Country: "PRT", Wikidata: "Q45", Mentions: []string{"Portugal", "Lisbon"}},
			},
			absent:  []string{"Isle of Man", "Falkland Islands", "United Kingdom"},
			relabel: true,
		},
		{
			name: "a person named by the last words of exactly one longer name, or by the first word of one three-word name, is that person; a tail two persons share stays apart",
			body: "Deputy minister Fernando Vega Ruiz arrived, and Vega Ruiz met Tomas de Brekka, said de Brekka. Tan Kheng Lo, head of the unit, spoke. Tan said so. Ana Maria Soto and Luis Maria Soto met, and Maria Soto left.",
			tags: []tag{{"Fernando Vega Ruiz", "PER"}, {"Vega Ruiz", "PER"}, {"Tomas de Brekka", "PER"}, {"de Brekka", "PER"}, {"Tan Kheng Lo", "PER"}, {"Tan", "PER"},
				{"Ana Maria Soto", "PER"}, {"Luis Maria Soto", "PER"}, {"Maria Soto", "PER"}},
			want: map[string]view{
				"Fernando Vega Ruiz": {Type: graph.Person, Mentions: []string{"Fernando Vega Ruiz", "Vega Ruiz"}},
				"Tomas de Brekka":    {Type: graph.Person, Mentions: []string{"Tomas de Brekka", "de Brekka"}},
				"Tan Kheng Lo":       {Type: graph.Person, Mentions: []string{"Tan Kheng Lo", "Tan"}},
				"Maria Soto":         {Type: graph.Person, Mentions: []string{"Maria Soto"}},
			},
			absent: []string{"Vega Ruiz", "de Brekka", "Tan"},
		},
		{
			name: "a name tagged a person's after 'the village of', 'nearby' or 'its subsidiary,' is a place or a company; an unknown place named by the first words of one company is that company, unless written as a place",
			body: "Troops held the border village of Kalo Dera near nearby Vessby. Brekka Corp formed its subsidiary, Lundvald, to sell. Tindra Mining Corp said Tindra shares rose, and Osterby Gold Ltd dug in Osterby, Norland.",
			tags: []tag{{"Kalo Dera", "PER"}, {"Vessby", "PER"}, {"Brekka Corp", "ORG"}, {"Lundvald", "PER"}, {"Tindra Mining Corp", "ORG"}, {"Tindra", "LOC"},
				{"Osterby Gold Ltd", "ORG"}, {"Osterby", "LOC"}, {"Norland", "LOC"}},
			want: map[string]view{
				"Kalo Dera":          {Type: graph.City, Mentions: []string{"Kalo Dera"}},
				"Vessby":             {Type: graph.City, Mentions: []string{"Vessby"}},
				"Lundvald":           {Type: graph.Organization, Mentions: []string{"Lundvald"}},
				"Tindra Mining Corp": {Type: graph.Organization, Mentions: []string{"Tindra Mining Corp", "Tindra"}},
				"Osterby":            {Type: graph.City, Mentions: []string{"Osterby"}},
			},
			absent:  []string{"Tindra"},
			relabel: true,
		},
		{
			name: "a word the wire capitalises after a country's abbreviation, written in lower case elsewhere in the article, is the country's noun; 'And' between two countries makes two; a body the article never writes in lower case stays",
			body: "A dealer at a U.K. Bank said U.S. Semiconductor firms and the U.S. Navy contract grew in the U.S. And Canada. The bank said chip firms in semiconductor work gained.",
			tags: []tag{{"U.K. Bank", "ORG"}, {"U.S. Semiconductor", "ORG"}, {"U.S. Navy", "ORG"}, {"U.S. And Canada", "ORG"}},
			want: map[string]view{
				"United Kingdom": {Type: graph.Country, Country: "GBR", Wikidata: "Q145", Mentions: []string{"U.K."}},
				"United States":  {Type: graph.Country, Country: "USA", Wikidata: "Q30", Mentions: []string{"U.S.", "U.S."}},
				"Canada":         {Type: graph.Country, Country: "CAN", Wikidata: "Q16", Mentions: []string{"Canada"}},
				"U.S. Navy":      {Type: graph.Organization, Country: "USA", Mentions: []string{"U.S. Navy"}},
			},
			absent:  []string{"U.K. Bank", "U.S. Semiconductor", "U.S. And Canada"},
			relabel: true,
		},
		{
			name: "a prefix of stance or exclusion is no part of a name; a capital after 'anti-' or 'pro-' is its government",
			body: "Iraq's foes armed anti-Baghdad rebels, and non-OPEC Norland pumped more. The pro-Vardo Evening Post agreed.",
			tags: []tag{{"Iraq", "LOC"}, {"Baghdad", "LOC"}, {"non-OPEC Norland", "ORG"}, {"pro-Vardo Evening Post", "ORG"}},
			want: map[string]view{
				"Iraq":               {Type: graph.Country, Country: "IRQ", Wikidata: "Q796", Mentions: []string{"Iraq", "Baghdad"}},
				"Vardo Evening Post": {Type: graph.Organization, Mentions: []string{"Vardo Evening Post"}},
			},
			absent:  []string{"non-OPEC Norland", "pro-Vardo Evening Post", "Baghdad"},
			relabel: true,
		},
		{
			name: "a bare 'Treasury' is another state's after its demonym, or in an article naming another country and never the United States",
			body: "Italy will sell bonds, the Treasury said, as the Australian Treasury rate fell.",
			tags: []tag{{"Italy", "LOC"}, {"Treasury", "ORG"}, {"Australian", "MISC"}},
			want: map[string]view{
				"Italian Treasury":    {Type: graph.Organization, Country: "ITA", Mentions: []string{"Treasury"}},
				"Australian Treasury": {Type: graph.Organization, Country: "AUS", Mentions: []string{"Treasury"}},
			},
			absent:  []string{"United States Department of the Treasury"},
			relabel: true,
		},
		{
			name: "a bare 'Treasury' in an article naming the United States stays the U.S. department",
			body: "Italy will sell bonds to U.S. banks, the Treasury said.",
			tags: []tag{{"Italy", "LOC"}, {"U.S.", "LOC"}, {"Treasury", "ORG"}},
			want: map[string]view{
				"United States Department of the Treasury": {Type: graph.Organization, Country: "USA", Mentions: []string{"Treasury"}},
			},
			absent: []string{"Italian Treasury"},
		},
		{
			name: "the Far East of English news is East Asia's region, not Russia's",
			body: "Brekka Foods imports rice from the Far East.",
			tags: []tag{{"Brekka Foods", "ORG"}, {"Far East", "LOC"}},
			want: map[string]view{
				"Far East": {Type: graph.Region, Mentions: []string{"Far East"}},
			},
			absent: []string{"Russian Far East", "Russia"},
		},
		{
			name: "a legislature's name the tagger called a place is the body",
			body: "The budget went to Parliament, and the party has 30 seats in the Lower House.",
			tags: []tag{{"Parliament", "LOC"}, {"Lower House", "LOC"}},
			want: map[string]view{
				"Parliament":  {Type: graph.Organization, Mentions: []string{"Parliament"}},
				"Lower House": {Type: graph.Organization, Mentions: []string{"Lower House"}},
			},
			relabel: true,
		},
		{
			name: "a firm named by its partners is one name, not after a person the firm is named for, nor over a list whose first name opens another company's",
			body: "The lead manager was Berg Moe, Lund Holm and Co Inc, said Ole Vik, Vik and Co chairman. Tindra Gold Corp sold stakes in Tindra, Lunde and Osterby Mining Inc.",
			tags: []tag{{"Berg Moe", "PER"}, {"Lund Holm and Co Inc", "ORG"}, {"Ole Vik", "PER"}, {"Vik and Co", "ORG"}, {"Tindra Gold Corp", "ORG"}, {"Tindra", "LOC"}, {"Lunde and Osterby Mining Inc", "ORG"}},
			want: map[string]view{
				"Berg Moe, Lund Holm and Co Inc": {Type: graph.Organization, Mentions: []string{"Berg Moe, Lund Holm and Co Inc"}},
				"Ole Vik":                        {Type: graph.Person, Mentions: []string{"Ole Vik"}},
				"Vik and Co":                     {Type: graph.Organization, Mentions: []string{"Vik and Co"}},
			},
			absent:  []string{"Berg Moe", "Lund Holm and Co Inc", "Ole Vik, Vik and Co", "Tindra, Lunde and Osterby Mining Inc"},
			relabel: true,
		},
		{
			name: "'And' between a country and a region in the wire's capitals makes two places",
			body: "Output rose in the U.S. And North Africa.",
			tags: []tag{{"U.S. And North Africa", "ORG"}},
			want: map[string]view{
				"United States": {Type: graph.Country, Country: "USA", Wikidata: "Q30", Mentions: []string{"U.S."}},
				"North Africa":  {Type: graph.Region, Mentions: []string{"North Africa"}},
			},
			absent:  []string{"U.S. And North Africa"},
			relabel: true,
		},
		{
			name: "a ticker is no entity; short names, the acronym and the head noun join the full name",
			body: "Halvard Metal Works Corp <HMW> said it would list on the Bergen Grain Exchange. Shares of Halvard rose, the Exchange said, and HMW gained.",
			tags: []tag{{"Halvard Metal Works Corp", "ORG"}, {"HMW", "ORG"}, {"Bergen Grain Exchange", "ORG"}, {"Halvard", "ORG"}, {"Exchange", "ORG"}},
			want: map[string]view{
				"Halvard Metal Works Corp": {Type: graph.Organization, Mentions: []string{"Halvard Metal Works Corp", "Halvard", "HMW"}},
				"Bergen Grain Exchange":    {Type: graph.Organization, Mentions: []string{"Bergen Grain Exchange", "Exchange"}},
			},
			absent: []string{"HMW", "Halvard", "Exchange"},
		},
		{
			name: "a tagged span running into a ticker ends before it, one running out of a ticker starts after it; a ticker alone is no name, a name in brackets is",
			body: "Halvard Metal Works <HMW> bought assets from Torvik's <TRV> Bergen Mills Inc and from <Osterud Bank> and Lunde Foods Inc, said Sandvik <SDV.OL>.",
			tags: []tag{{"Halvard Metal Works <HMW", "ORG"}, {"TRV> Bergen Mills Inc", "ORG"}, {"Osterud Bank> and Lunde Foods Inc", "ORG"}, {"OL", "LOC"}},
			want: map[string]view{
				"Halvard Metal Works": {Type: graph.Organization, Mentions: []string{"Halvard Metal Works"}},
				"Bergen Mills Inc":    {Type: graph.Organization, Mentions: []string{"Bergen Mills Inc"}},
				"Lunde Foods Inc":     {Type: graph.Organization, Mentions: []string{"Lunde Foods Inc"}},
			},
			absent: []string{"OL", "Halvard Metal Works <HMW", "TRV> Bergen Mills Inc"},
		},
		{
			name: "a company's name in angle brackets is one name however the tagger split it; a short form after a dash or in a closing bracket is its own",
			body: "Norsk Fjord Ltd <NFL.OL> bought a stake in <Banco Vardense de Fomento Sarl> from <Brekka Trust and Savings Bank - BTSB> and <Osterud Holding (Brekka) Ltd>, while <Lunde and Berg> and Sandvik Metal Inc <SMI> sold.",
			tags: []tag{{"Norsk Fjord Ltd", "ORG"}, {"Banco Vardense", "ORG"}, {"Fomento Sarl", "PER"}, {"Brekka Trust", "ORG"}, {"Savings Bank", "ORG"}, {"BTSB", "ORG"}, {"Osterud Holding", "ORG"}, {"Brekka", "LOC"}, {"Lunde", "PER"}, {"Sandvik Metal Inc", "ORG"}},
			want: map[string]view{
				"Norsk Fjord Ltd":                {Type: graph.Organization, Mentions: []string{"Norsk Fjord Ltd"}},
				"Banco Vardense de Fomento Sarl": {Type: graph.Organization, Mentions: []string{"Banco Vardense de Fomento Sarl"}},
				"Osterud Holding (Brekka) Ltd":   {Type: graph.Organization, Mentions: []string{"Osterud Holding (Brekka) Ltd"}},
				"Lunde and Berg":                 {Type: graph.Organization, Mentions: []string{"Lunde and Berg"}},
				"Sandvik Metal Inc":              {Type: graph.Organization, Mentions: []string{"Sandvik Metal Inc"}},
			},
			absent:  []string{"Banco Vardense", "Fomento Sarl", "Brekka Trust", "Savings Bank", "Osterud Holding", "Brekka", "Lunde"},
			relabel: true,
		},
		{
			name: "an acronym our knowledge links elsewhere is the article's company whose name opens with it",
			body: "SIPRI Data Systems Inc said its profit rose. SIPRI also said it would open ten offices.",
			tags: []tag{{"SIPRI Data Systems Inc", "ORG"}, {"SIPRI", "ORG"}},
			want: map[string]view{
				"SIPRI Data Systems Inc": {Type: graph.Organization, Mentions: []string{"SIPRI Data Systems Inc", "SIPRI"}},
			},
			absent: []string{"Stockholm International Peace Research Institute"},
		},
		{
			name: "a span running from an office's portfolio into its holder's name is the holder; a portfolio that goes on after 'and' is left alone",
			body: "Secretary of State Jon Berg and Defence Secretary Lars Holm met. Under Secretary of Commerce Nils Dahl spoke. The Minister of Regional and Industrial Expansion, Per Lund, ruled.",
			tags: []tag{{"State Jon Berg and Defence", "ORG"}, {"Lars Holm", "PER"}, {"Commerce Nils Dahl", "ORG"}, {"Regional and Industrial Expansion", "ORG"}, {"Per Lund", "PER"}},
			want: map[string]view{
				"Jon Berg":  {Type: graph.Person, Mentions: []string{"Jon Berg"}},
				"Nils Dahl": {Type: graph.Person, Mentions: []string{"Nils Dahl"}},
				"Per Lund":  {Type: graph.Person, Mentions: []string{"Per Lund"}},
			},
			absent:  []string{"State Jon Berg and Defence", "Commerce Nils Dahl", "Industrial Expansion"},
			relabel: true,
		},
		{
			name: "spans the tagger split inside a known name, and a rank word before it, are that name ('General' is no rank in the General Agreement …)",
			body: "Vardia joined the General Agreement on Tariffs and Trade. Later it applied to the General Agreement on Tariffs and Trade -- which agreed. The bond is rated AA by Standard and Poor's.",
			tags: []tag{{"Agreement", "PER"}, {"Tariffs and Trade", "ORG"}, {"Agreement", "PER"}, {"Standard", "LOC"}},
			want: map[string]view{
				"General Agreement on Tariffs and Trade": {Type: graph.Organization, Country: "CHE", Mentions: []string{"General Agreement on Tariffs and Trade", "General Agreement on Tariffs and Trade"}},
				"Standard and Poor's":                    {Type: graph.Organization, Country: "USA", Mentions: []string{"Standard and Poor's"}},
			},
			absent:  []string{"Agreement", "Tariffs and Trade", "Standard"},
			relabel: true,
		},
		{
			name: "one capitalised word that ends as a bank's or company's name is a firm, whatever the tagger said ('Vardobank', 'Ostcorp')",
			body: "Vardobank said rates rose. Ostcorp agreed with Vardobank.",
			tags: []tag{{"Vardobank", "LOC"}, {"Ostcorp", "PER"}, {"Vardobank", "PER"}},
			want: map[string]view{
				"Vardobank": {Type: graph.Organization, Mentions: []string{"Vardobank", "Vardobank"}},
				"Ostcorp":   {Type: graph.Organization, Mentions: []string{"Ostcorp"}},
			},
			relabel: true,
		},
		{
			name: "a demonym after a word that qualifies the office ('Acting Turkish Prime Minister', 'Former French President') is the state, not a person named so; after a person's honorific it stays a name",
			body: "Acting Turkish Prime Minister Lars Holm said so. Former French President Per Lund agreed. Mr. French objected.",
			tags: []tag{{"Turkish", "PER"}, {"Lars Holm", "PER"}, {"French", "MISC"}, {"Per Lund", "PER"}, {"French", "PER"}},
			want: map[string]view{
				"Turkey":    {Type: graph.Country, Country: "TUR", Wikidata: "Q43", Mentions: []string{"Turkish"}},
				"France":    {Type: graph.Country, Country: "FRA", Wikidata: "Q142", Mentions: []string{"French"}},
				"Lars Holm": {Type: graph.Person, Country: "TUR", Mentions: []string{"Lars Holm"}},
				"Per Lund":  {Type: graph.Person, Country: "FRA", Mentions: []string{"Per Lund"}},
				"French":    {Type: graph.Person, Mentions: []string{"French"}},
			},
			relabel: true,
		},
		{
			name: "a rank word opening a name shaped like a body's ('General Auditing Office', 'King World Productions Inc') is the body's name, no titled person",
			body: "The General Auditing Office said costs rose. General Vardic Utilities Corp said its unit rose. King World Productions Inc said sales fell. General Lars Holm said troops left.",
			tags: []tag{{"Auditing Office", "PER"}, {"General Vardic Utilities Corp", "ORG"}, {"King World Productions Inc", "ORG"}, {"Lars Holm", "PER"}},
			want: map[string]view{
				"General Auditing Office":       {Type: graph.Organization, Mentions: []string{"General Auditing Office"}},
				"General Vardic Utilities Corp": {Type: graph.Organization, Mentions: []string{"General Vardic Utilities Corp"}},
				"King World Productions Inc":    {Type: graph.Organization, Mentions: []string{"King World Productions Inc"}},
				"Lars Holm":                     {Type: graph.Person, Mentions: []string{"Lars Holm"}},
			},
			absent:  []string{"Accounting Office", "Vardic Utilities Corp", "World Productions Inc"},
			relabel: true,
		},
		{
			name:   "a crude oil grade and a country's sector in headline case are no bodies",
			body:   "Prices of West Texas Intermediate and Dubai Sour rose, and U.S. Banks gained while U.K. Trade slowed, said Nordland Securities Dealers Association.",
			tags:   []tag{{"West Texas Intermediate", "ORG"}, {"Dubai Sour", "ORG"}, {"U.S. Banks", "ORG"}, {"U.K. Trade", "ORG"}, {"Nordland Securities Dealers Association", "ORG"}},
			want:   map[string]view{"Nordland Securities Dealers Association": {Type: graph.Organization, Mentions: []string{"Nordland Securities Dealers Association"}}},
			absent: []string{"West Texas Intermediate", "Dubai Sour", "U.S. Banks", "U.K. Trade"},
		},
		{
			name: "'Former' before a body's name makes no titled person of it; the White House is the United States (the annotation guide's decision)",
			body: "Former White House spokesman Larry Speakes said he was misled. The White House did not comment.",
			tags: []tag{{"White House", "LOC"}, {"Larry Speakes", "PER"}},
			want: map[string]view{
				"United States": {Type: graph.Country, Country: "USA", Wikidata: "Q30", Mentions: []string{"White House", "White House"}},
				"Larry Speakes": {Type: graph.Person, Mentions: []string{"Larry Speakes"}},
			},
		},
		{
			name: "a province's name is a region's when the sentence speaks of provinces; without a cue it stays a city's",
			body: "Drought hit eight provinces, including Guangxi and Hunan. Exports from Tanga rose.",
			tags: []tag{{"Guangxi", "LOC"}, {"Hunan", "LOC"}, {"Tanga", "LOC"}},
			want: map[string]view{
				"Guangxi": {Type: graph.Region, Country: "CHN", Mentions: []string{"Guangxi"}},
				"Hunan":   {Type: graph.Region, Country: "CHN", Mentions: []string{"Hunan"}},
				"Tanga":   {Type: graph.City, Country: "TZA", Mentions: []string{"Tanga"}},
			},
		},
		{
			name: "a name in the wire's angle brackets, or opened by a word like 'Gruppo' or 'Banco', is a company's, whatever the tagger says",
			body: "<Halvorsen> said Gruppo Vardelli and Banco Lunde agreed.",
			tags: []tag{{"Halvorsen", "PER"}, {"Gruppo Vardelli", "PER"}, {"Banco Lunde", "LOC"}},
			want: map[string]view{
				"Halvorsen":       {Type: graph.Organization, Mentions: []string{"Halvorsen"}},
				"Gruppo Vardelli": {Type: graph.Organization, Mentions: []string{"Gruppo Vardelli"}},
				"Banco Lunde":     {Type: graph.Organization, Mentions: []string{"Banco Lunde"}},
			},
			relabel: true,
		},
		{
			name:   "a currency in headline case is no actor and its country word no mention; a surname that is a currency's name stays a name",
			body:   "The loss offset a decline against the Danish Kroner and 40 mln U.S. Dlrs, said Michel Marks.",
			tags:   []tag{{"Danish Kroner", "PER"}, {"U.S.", "LOC"}, {"Michel Marks", "PER"}},
			want:   map[string]view{"Michel Marks": {Type: graph.Person, Mentions: []string{"Michel Marks"}}},
			absent: []string{"Danish Kroner", "United States"},
		},
		{
			name:   "a short name that begins two companies' names stays apart",
			body:   "Torvik Mills Inc and Torvik Foods Inc merged, and Torvik said more.",
			tags:   []tag{{"Torvik Mills Inc", "ORG"}, {"Torvik Foods Inc", "ORG"}, {"Torvik", "ORG"}},
			want:   map[string]view{"Torvik": {Type: graph.Organization, Mentions: []string{"Torvik"}}},
			absent: nil,
		},
		{
			name: "a company name cut at 'and' is widened to its start",
			body: "Analysts at Eastern Gas and Electric Co said rates would rise.",
			tags: []tag{{"Eastern Gas", "LOC"}, {"Electric Co", "ORG"}},
			want: map[string]view{
				"Eastern Gas and Electric Co": {Type: graph.Organization, Mentions: []string{"Eastern Gas and Electric Co"}},
			},
			absent: []string{"Electric Co", "Eastern Gas"},
		},
		{
			name:   "laws, plans and securities are names, not actors; so are peoples and MISC names",
			body:   "The Farm Credit Act and the Baker Plan were debated, said traders holding Nordland Savings Bonds. Catholic voters met at the Winter Games.",
			tags:   []tag{{"Farm Credit Act", "MISC"}, {"Baker Plan", "MISC"}, {"Nordland Savings Bonds", "MISC"}, {"Catholic", "MISC"}, {"Winter Games", "MISC"}},
			absent: []string{"Farm Credit Act", "Baker Plan", "Nordland Savings Bonds", "Catholic", "Winter Games"},
			names:  []string{"MISC Farm Credit Act", "MISC Baker Plan", "MISC Nordland Savings Bonds", "MISC Catholic", "MISC Winter Games"},
		},
		{
			name:      "a country's name in a currency is no mention of the country",
			body:      "The New Zealand dollar fell against the U.S. dollar, while New Zealand exports rose.",
			published: "1987-03-02",
			tags:      []tag{{"New Zealand", "LOC"}, {"U.S.", "LOC"}},
			want: map[string]view{
				"New Zealand": {Type: graph.Country, Country: "NZL", Wikidata: "Q664", Mentions: []string{"New Zealand"}},
			},
			absent: []string{"United States"},
			names:  []string{"LOC New Zealand", "LOC U.S."},
		},
		{
			name:   "function words and the wire's signature are no names",
			body:   "Since March the index rose.\n\nThe payment date is April 7. REUTER",
			tags:   []tag{{"Since", "ORG"}, {"REUTER", "PER"}},
			absent: []string{"Since", "REUTER"},
		},
		{
			name: "places the gazetteer does not know are typed by their words",
			body: "Farmers in Kessler County, the Arvo Valley and Southern Arvonia met in Brenton and the West.",
			tags: []tag{{"Kessler County", "LOC"}, {"Arvo Valley", "LOC"}, {"Southern Arvonia", "LOC"}, {"Brenton", "LOC"}, {"West", "LOC"}},
			want: map[string]view{
				"Kessler County": {Type: graph.Region, Mentions: []string{"Kessler County"}},
				"Arvo Valley":    {Type: graph.Place, Mentions: []string{"Arvo Valley"}},
				"Brenton":        {Type: graph.City, Mentions: []string{"Brenton"}},
				"West":           {Type: graph.Region, Mentions: []string{"West"}},
			},
		},
		{
			name: "a sentence-initial word is dropped where the article writes it in lower case, kept otherwise",
			body: "Analysts expected little, other analysts said.\n\nWexford 2 Carrow 1\n\nBrill 0 Carrow 3",
			tags: []tag{{"Analysts", "ORG"}, {"Wexford", "ORG"}, {"Carrow", "ORG"}, {"Brill", "ORG"}},
			want: map[string]view{
				"Wexford": {Type: graph.Organization, Mentions: []string{"Wexford"}},
				"Brill":   {Type: graph.Organization, Mentions: []string{"Brill"}},
			},
			absent: []string{"Analysts"},
		},
		{
			name:      "the mention keeps the tagger's label where the entity is of another kind",
			body:      "Moscow said it would reply.",
			tags:      []tag{{"Moscow", "LOC"}},
			published: "1987-03-02",
			want: map[string]view{
				"Soviet Union": {Type: graph.Country, Country: "SUN", Wikidata: "Q15180", Mentions: []string{"Moscow"}},
			},
		},
		{
			name: "a company name the tagger cut in two before its legal form is one",
			body: "Shares of Vardo IX Industries Inc fell.",
			tags: []tag{{"Vardo IX", "PER"}, {"Industries Inc", "ORG"}},
			want: map[string]view{
				"Vardo IX Industries Inc": {Type: graph.Organization, Mentions: []string{"Vardo IX Industries Inc"}},
			},
			absent: []string{"Vardo IX", "Industries Inc"},
		},
		{
			name: "a title word inside a company's name is no title",
			body: "Shares of Mr. Vardo Fashions Inc and General Brek Industries Inc rose.",
			tags: []tag{{"Mr. Vardo Fashions Inc", "PER"}, {"General Brek Industries Inc", "ORG"}},
			want: map[string]view{
				"Mr. Vardo Fashions Inc":      {Type: graph.Organization, Mentions: []string{"Mr. Vardo Fashions Inc"}},
				"General Brek Industries Inc": {Type: graph.Organization, Mentions: []string{"General Brek Industries Inc"}},
			},
		},
		{
			name: "an acronym in brackets, the core of a name and a hyphenated name's first part join it",
			body: "The Halvard Mercantile Exchange (HAMEX) and Eastman Torvik Co met Brek-Norland AG. HAMEX, Torvik and Brek agreed.",
			tags: []tag{{"Halvard Mercantile Exchange", "ORG"}, {"HAMEX", "ORG"}, {"Eastman Torvik Co", "ORG"}, {"Brek-Norland AG", "ORG"}, {"Torvik", "ORG"}, {"Brek", "ORG"}},
			want: map[string]view{
				"Halvard Mercantile Exchange": {Type: graph.Organization, Mentions: []string{"Halvard Mercantile Exchange", "HAMEX", "HAMEX"}},
				"Eastman Torvik Co":           {Type: graph.Organization, Mentions: []string{"Eastman Torvik Co", "Torvik"}},
				"Brek-Norland AG":             {Type: graph.Organization, Mentions: []string{"Brek-Norland AG", "Brek"}},
			},
			absent: []string{"HAMEX", "Torvik", "Brek"},
		},
		{
			name: "a possessive company name's first word joins it",
			body: "Brekke's Investors Service Inc cut the rating. Brekke said more cuts were possible.",
			tags: []tag{{"Brekke's Investors Service Inc", "ORG"}, {"Brekke", "ORG"}},
			want: map[string]view{
				"Brekke's Investors Service Inc": {Type: graph.Organization, Mentions: []string{"Brekke's Investors Service Inc", "Brekke"}},
			},
		},
		{
			name:   "a name before 'agreement', 'scale' or 'rate' names a thing",
			body:   "Since the Vardo agreement, rates on the Brekke scale fell.",
			tags:   []tag{{"Vardo", "LOC"}, {"Brekke", "PER"}},
			absent: []string{"Vardo", "Brekke"},
			names:  []string{"LOC Vardo", "PER Brekke"},
		},
		{
			name: "two banks the tagger named apart stay apart across 'and'",
			body: "Norbank and Swiss Halvard Corp lent the money.",
			tags: []tag{{"Norbank", "ORG"}, {"Swiss Halvard Corp", "ORG"}},
			want: map[string]view{
				"Norbank":            {Type: graph.Organization, Mentions: []string{"Norbank"}},
				"Swiss Halvard Corp": {Type: graph.Organization, Mentions: []string{"Swiss Halvard Corp"}},
			},
		},
		{
			name: "a ministry's remit cut at 'and' is one ministry; a second body is not",
			body: "The Ministry of Water Resources and Irrigation said so. The Bank of Norland and Halvard met.",
			tags: []tag{{"Ministry of Water Resources", "ORG"}, {"Irrigation", "ORG"}, {"Bank of Norland", "ORG"}, {"Halvard", "ORG"}},
			want: map[string]view{
				"Ministry of Water Resources and Irrigation": {Type: graph.Organization, Mentions: []string{"Ministry of Water Resources and Irrigation"}},
				"Bank of Norland": {Type: graph.Organization, Mentions: []string{"Bank of Norland"}},
				"Halvard":         {Type: graph.Organization, Mentions: []string{"Halvard"}},
			},
		},
		{
			name: "a title word that is the name, or a surname, stays; a title before a name goes",
			body: "Queen of the Straits won, and King said so. President Ada Berg watched.",
			tags: []tag{{"Queen of the Straits", "ORG"}, {"King", "PER"}, {"President Ada Berg", "PER"}},
			want: map[string]view{
				"Queen of the Straits": {Type: graph.Organization, Mentions: []string{"Queen of the Straits"}},
				"King":                 {Type: graph.Person, Mentions: []string{"King"}},
				"Ada Berg":             {Type: graph.Person, Mentions: []string{"Ada Berg"}},
			},
		},
		{
			name:   "a tagged word and the lower-case words after it that make a known name are that name",
			body:   "Troops massed on the divided Korean peninsula.",
			tags:   []tag{{"Korean", "MISC"}},
			want:   map[string]view{"Korean Peninsula": {Type: graph.Region, Mentions: []string{"Korean peninsula"}}},
			absent: []string{"Korean"},
		},
		{
			name: "in a title-case headline only the known names inside the tagger's spans count",
			body: "Norland Says It Will Respond To Japan Tariffs\n\nNorland said it would respond.",
			tags: []tag{{"Norland Says", "ORG"}, {"Will Respond", "PER"}, {"Japan Tariffs", "ORG"}, {"Norland", "LOC"}},
			want: map[string]view{
				"Japan": {Type: graph.Country, Country: "JPN", Wikidata: "Q17", Mentions: []string{"Japan"}},
			},
			absent: []string{"Norland Says", "Will Respond", "Japan Tariffs"},
		},
		{
			name: "a short name beside two full names is the one with only its legal form after it; longer short names join first",
			body: "Halvard Inc and its unit Halvard Forest Inc rose. Halvard said more. Brekke Group PLC bid, Brekke Group said, and Brekke added more. Torvik INc fell and Torvik said so, the official Sarvo Press Agency SPA said.",
			tags: []tag{{"Halvard Inc", "ORG"}, {"Halvard Forest Inc", "ORG"}, {"Halvard", "ORG"}, {"Brekke Group PLC", "ORG"}, {"Brekke Group", "ORG"}, {"Brekke", "ORG"}, {"Torvik INc", "ORG"}, {"Torvik", "ORG"}, {"Sarvo Press Agency", "ORG"}, {"SPA", "ORG"}},
			want: map[string]view{
				"Halvard Inc":        {Type: graph.Organization, Mentions: []string{"Halvard Inc", "Halvard"}},
				"Halvard Forest Inc": {Type: graph.Organization, Mentions: []string{"Halvard Forest Inc"}},
				"Brekke Group PLC":   {Type: graph.Organization, Mentions: []string{"Brekke Group PLC", "Brekke Group", "Brekke"}},
				"Torvik INc":         {Type: graph.Organization, Mentions: []string{"Torvik INc", "Torvik"}},
				"Sarvo Press Agency": {Type: graph.Organization, Mentions: []string{"Sarvo Press Agency", "SPA"}},
			},
			absent: []string{"Halvard", "Brekke Group", "Brekke", "Torvik"},
		},
		{
			name: "a short name does not join the company with only its legal form named after the other: it is the one the article opens with, as the dev annotation has 'Cominco'",
			body: "Vardo American Inc, a unit of Vardo Ltd, signed. Vardo will run the mine.",
			tags: []tag{{"Vardo American Inc", "ORG"}, {"Vardo Ltd", "ORG"}, {"Vardo", "ORG"}},
			want: map[string]view{
				"Vardo American Inc": {Type: graph.Organization, Mentions: []string{"Vardo American Inc", "Vardo"}},
				"Vardo Ltd":          {Type: graph.Organization, Mentions: []string{"Vardo Ltd"}},
			},
			absent: []string{"Vardo"},
		},
		{
			name: "a lone word the tagger called a person or place is the company whose name it opens before a legal form; after a title it stays a person",
			body: "Vardocorp Cos Inc was sued. Vardocorp said the claims were unfounded. Arvel Ltd rose, said Mr Arvel. Kessmor AB said Kessmor would grow.",
			tags: []tag{{"Vardocorp Cos Inc", "ORG"}, {"Vardocorp", "PER"}, {"Arvel Ltd", "ORG"}, {"Arvel", "PER"}, {"Kessmor AB", "ORG"}, {"Kessmor", "LOC"}},
			want: map[string]view{
				"Vardocorp Cos Inc": {Type: graph.Organization, Mentions: []string{"Vardocorp Cos Inc", "Vardocorp"}},
				"Arvel Ltd":         {Type: graph.Organization, Mentions: []string{"Arvel Ltd"}},
				"Arvel":             {Type: graph.Person, Mentions: []string{"Arvel"}},
				"Kessmor AB":        {Type: graph.Organization, Mentions: []string{"Kessmor AB", "Kessmor"}},
			},
			absent:  []string{"Vardocorp", "Kessmor"},
			relabel: true,
		},
		{
			name: "acronyms with the legal form's initial, with CO, after the wire's angle brackets, and in mixed case once written in capitals",
			body: "<Halvard Metal Corp> (HMC) and Brekke Norland Power Corp met. HMC said Brekke Norland Power Corp, or BNPCO, agreed; Bnpco said so too. Vardo Trust Ltd (VTL) lent.",
			tags: []tag{{"Halvard Metal Corp", "ORG"}, {"HMC", "ORG"}, {"Brekke Norland Power Corp", "ORG"}, {"HMC", "ORG"}, {"BNPCO", "ORG"}, {"Bnpco", "ORG"}, {"Vardo Trust Ltd", "ORG"}, {"VTL", "ORG"}},
			want: map[string]view{
				"Halvard Metal Corp":        {Type: graph.Organization, Mentions: []string{"Halvard Metal Corp", "HMC", "HMC"}},
				"Brekke Norland Power Corp": {Type: graph.Organization, Mentions: []string{"Brekke Norland Power Corp", "Brekke Norland Power Corp", "BNPCO", "Bnpco"}},
				"Vardo Trust Ltd":           {Type: graph.Organization, Mentions: []string{"Vardo Trust Ltd", "VTL"}},
			},
			absent: []string{"HMC", "BNPCO", "Bnpco", "VTL"},
		},
		{
			name:      "a title inside a body's span before a word that is nobody's surname is the name's; a legislator's party and state is no name; the wire's signature in capitals ends the body however the line before ends",
			body:      "General Motors said Sen. Ada Berg, D-Iowa, agreed, a Reuter poll found.\n\nSales rose 5.60 REUTER",
			published: "1987-03-02",
			tags:      []tag{{"General Motors", "ORG"}, {"Ada Berg", "PER"}, {"D-Iowa", "PER"}, {"Reuter", "ORG"}, {"REUTER", "PER"}},
			want: map[string]view{
				"General Motors": {Type: graph.Organization, Mentions: []string{"General Motors"}},
				"Ada Berg":       {Type: graph.Person, Mentions: []string{"Ada Berg"}},
				"Reuters":        {Type: graph.Organization, Country: "GBR", Wikidata: "Q130879", Mentions: []string{"Reuter"}},
			},
			absent: []string{"Motors", "D-Iowa", "REUTER"},
		},
		{
			name:      "the wire's state abbreviations after a city, the oceans and England are known places",
			body:      "Plants in Norfolk, Va., Farmingdale, N.Y., and Tacoma, Wash., ship goods across the Atlantic to England and the Mid-Atlantic states.",
			published: "1987-03-02",
			tags:      []tag{{"Norfolk", "LOC"}, {"Va.", "LOC"}, {"Farmingdale", "LOC"}, {"N.Y.", "LOC"}, {"Tacoma", "LOC"}, {"Wash.", "LOC"}, {"Atlantic", "LOC"}, {"England", "LOC"}, {"Atlantic", "LOC"}},
			want: map[string]view{
				"Virginia":         {Type: graph.Region, Country: "USA", Mentions: []string{"Va"}},
				"New York State":   {Type: graph.Region, Country: "USA", Mentions: []string{"N.Y."}},
				"Washington State": {Type: graph.Region, Country: "USA", Mentions: []string{"Wash"}},
				"Atlantic Ocean":   {Type: graph.Place, Mentions: []string{"Atlantic"}},
				"England":          {Type: graph.Region, Country: "GBR", Mentions: []string{"England"}},
			},
			absent: []string{"Va", "Wash", "Atlantic"},
		},
		{
			name: "a bare title in apposition or before 'of' is no person called so; before a verb it is a surname",
			body: "Ada Berg, Chairwoman of the Norland Labour Party, spoke. President of the board Jon Vale agreed, and King said so. King, 42, left.",
			tags: []tag{{"Ada Berg", "PER"}, {"Chairwoman", "PER"}, {"Norland Labour Party", "ORG"}, {"President", "PER"}, {"Jon Vale", "PER"}, {"King", "PER"}, {"King", "PER"}},
			want: map[string]view{
				"Ada Berg": {Type: graph.Person, Mentions: []string{"Ada Berg"}},
				"King":     {Type: graph.Person, Mentions: []string{"King", "King"}},
			},
			absent: []string{"Chairwoman", "President"},
		},
		{
			name: "a title a body's span ends in belongs to the person after it",
			body: "Halvard Exchange Chairman Ada Berg and Norbank Vice Chairman Jon Vale met Bank Brekka Governor Lena Dahl.",
			tags: []tag{{"Halvard Exchange Chairman", "ORG"}, {"Ada Berg", "PER"}, {"Norbank Vice", "ORG"}, {"Jon Vale", "PER"}, {"Bank Brekka Governor", "ORG"}, {"Lena Dahl", "PER"}},
			want: map[string]view{
				"Halvard Exchange": {Type: graph.Organization, Mentions: []string{"Halvard Exchange"}},
				"Norbank":          {Type: graph.Organization, Mentions: []string{"Norbank"}},
				"Bank Brekka":      {Type: graph.Organization, Mentions: []string{"Bank Brekka"}},
				"Ada Berg":         {Type: graph.Person, Mentions: []string{"Ada Berg"}},
			},
			absent: []string{"Halvard Exchange Chairman", "Norbank Vice", "Bank Brekka Governor"},
		},
		{
			name: "a known acronym set off by commas after a name it spells is that name's body; a list of acronyms is not",
			body: "Delegates of the International Cocoa Organization, ICCO, met. ICCO officials said so. Officials of the EC, IMF, and OECD met.",
			tags: []tag{{"International Cocoa Organization", "ORG"}, {"ICCO", "ORG"}, {"ICCO", "ORG"}, {"EC", "ORG"}, {"IMF", "ORG"}, {"OECD", "ORG"}},
			want: map[string]view{
				"International Cocoa Organization": {Type: graph.Organization, Mentions: []string{"International Cocoa Organization", "ICCO", "ICCO"}},
				"International Monetary Fund":      {Type: graph.Organization, Country: "USA", Wikidata: "Q7804", Mentions: []string{"IMF"}},
				"European Community":               {Type: graph.Organization, Country: "BEL", Mentions: []string{"EC"}},
			},
			absent: []string{"ICCO"},
		},
		{
			name: "a lone surname tagged a person's joins a three-word name whose middle word it is (a Spanish first surname); a body's name does not",
			body: "Minister Ada Vale Berg spoke. Vale said talks would go on. Lena Hunt Dahl left. The Hunt group bought shares.",
			tags: []tag{{"Ada Vale Berg", "PER"}, {"Vale", "PER"}, {"Lena Hunt Dahl", "PER"}, {"Hunt", "ORG"}},
			want: map[string]view{
				"Ada Vale Berg":  {Type: graph.Person, Mentions: []string{"Ada Vale Berg", "Vale"}},
				"Lena Hunt Dahl": {Type: graph.Person, Mentions: []string{"Lena Hunt Dahl"}},
				"Hunt":           {Type: graph.Organization, Mentions: []string{"Hunt"}},
			},
		},
		{
			name: "a place inside the name of a trade round or a treaty is no mention; a policy or a currency unit is no body, a body on a policy is one; a European name keeps its particle",
			body: "Talks of the Uruguay Round opened in Punta del Este under the Treaty of Rome. The Common Agricultural Policy and the National Commission on Dairy Policy were discussed, in European Currency Units.",
			tags: []tag{{"Uruguay", "LOC"}, {"Punta", "LOC"}, {"Rome", "LOC"}, {"Common Agricultural Policy", "ORG"}, {"National Commission on Dairy Policy", "ORG"}, {"European Currency Units", "ORG"}},
			want: map[string]view{
				"Punta del Este":                      {Type: graph.City, Mentions: []string{"Punta del Este"}},
				"National Commission on Dairy Policy": {Type: graph.Organization, Mentions: []string{"National Commission on Dairy Policy"}},
			},
			absent: []string{"Uruguay", "Rome", "Common Agricultural Policy", "European Currency Units", "Europe", "Punta"},
		},
		{
			name: "a capital's radio or envoy, or a capital asked to act ('force Tokyo to open'), is its state; a capital travelled from is a city",
			body: "Tehran radio said the attack failed. The plan would force Tokyo to open its market. He flew from Rome to Milan.",
			tags: []tag{{"Tehran", "LOC"}, {"Tokyo", "LOC"}, {"Rome", "LOC"}, {"Milan", "LOC"}},
			want: map[string]view{
				"Iran":  {Type: graph.Country, Country: "IRN", Wikidata: "Q794", Mentions: []string{"Tehran"}},
				"Japan": {Type: graph.Country, Country: "JPN", Wikidata: "Q17", Mentions: []string{"Tokyo"}},
				"Rome":  {Type: graph.City, Country: "ITA", Mentions: []string{"Rome"}},
			},
		},
		{
			name: "a region's adjective is a MISC mention of the region",
			body: "European and Latin American exports rose.",
			tags: []tag{{"European", "MISC"}, {"Latin American", "MISC"}},
			want: map[string]view{
				"Europe":        {Type: graph.Region, Mentions: []string{"European"}},
				"Latin America": {Type: graph.Region, Mentions: []string{"Latin American"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ents, names := r.ResolveNames(tt.body, tt.published, segment.Sentences(tt.body), handTag(tt.body, tt.tags))
			checkEntities(t, tt.body, ents, tt.want, tt.absent)
			var gotNames []string
			for _, m := range names {
				if tt.body[m.Start:m.End] != m.Text {
					t.Errorf("name %q does not hold its text", m.Text)
				}
				gotNames = append(gotNames, m.Label+" "+m.Text)
			}
			if tt.names != nil {
				if diff := cmp.Diff(tt.names, gotNames); diff != "" {
					t.Errorf("names (-want +got):\n%s", diff)
				}
			}
			for _, e := range ents {
				for _, m := range e.Mentions {
					for _, tg := range tt.tags {
						// (a name with its legal form is an organisation whatever the tagger said)
						if tg.text == m.Text && m.Label != tg.label && !endsCorporate(m.Text) && !tt.relabel {
							t.Errorf("mention %q labelled %s, the tagger said %s", m.Text, m.Label, tg.label)
						}
					}
				}
			}
		})
	}
}
