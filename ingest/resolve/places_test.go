package resolve

import (
	"testing"

	"actorgraph/graph"
)

// TestWorldPlaces: a span the tagger called a place that the seeds do not
// know is looked up among the generated cities and regions, with its
// country; spans the tagger called a person or a body keep their label.
func TestWorldPlaces(t *testing.T) {
	r := newResolver(t)
	runEntityCases(t, r, "1987-03-02", []entityCase{
		{
			name: "a city of the world, under the name news writes, and an old name of a seed city",
			body: "Traders in Atlanta and Antwerp sold cotton. Officials in Peking said so.",
			tags: []tag{{"Atlanta", "LOC"}, {"Antwerp", "LOC"}, {"Peking", "LOC"}},
			want: map[string]view{
				"Atlanta":   {Type: graph.City, Country: "USA", Mentions: []string{"Atlanta"}},
				"Antwerpen": {Type: graph.City, Country: "BEL", Mentions: []string{"Antwerp"}},
				"Beijing":   {Type: graph.City, Country: "CHN", Mentions: []string{"Peking"}},
			},
		},
		{
			name: "the tagger's person or body keeps its label: a surname, a firm's name",
			body: "Jackson said the board of Lincoln would buy the shares. Phoenix rose 2 pct.",
			tags: []tag{{"Jackson", "PER"}, {"Lincoln", "ORG"}, {"Phoenix", "ORG"}},
			want: map[string]view{
				"Jackson": {Type: graph.Person, Mentions: []string{"Jackson"}},
				"Lincoln": {Type: graph.Organization, Mentions: []string{"Lincoln"}},
				"Phoenix": {Type: graph.Organization, Mentions: []string{"Phoenix"}},
			},
		},
		{
			name: "a town's name that opens a company's name of the article is the company's, unless written as a place",
			body: "Phoenix Mining Corp said output rose. Phoenix will spend 5 mln dlrs. Denver Gold Inc said Denver, Colo., offices close.",
			tags: []tag{{"Phoenix Mining Corp", "ORG"}, {"Phoenix", "LOC"}, {"Denver Gold Inc", "ORG"}, {"Denver", "LOC"}, {"Colo", "LOC"}},
			want: map[string]view{
				"Phoenix Mining Corp": {Type: graph.Organization, Mentions: []string{"Phoenix Mining Corp", "Phoenix"}},
				"Denver":              {Type: graph.City, Country: "USA", Mentions: []string{"Denver"}},
			},
			absent: []string{"Phoenix"},
		},
		{
			name: "a region of a country the article names, a state after its town and a comma; not a region of a country the article does not name",
			body: "Snow fell on Hokkaido, Japan's north. The plant in Dalton, Ga. closed. Ferries to Long Island stopped.",
			tags: []tag{{"Hokkaido", "LOC"}, {"Japan", "LOC"}, {"Dalton", "LOC"}, {"Ga", "LOC"}, {"Long Island", "LOC"}},
			want: map[string]view{
				"Hokkaido": {Type: graph.Region, Country: "JPN", Mentions: []string{"Hokkaido"}},
				"Georgia":  {Type: graph.Region, Country: "USA", Mentions: []string{"Ga"}},
				// a region of the Bahamas, a country the article does not name
				"Long Island": {Type: graph.Place, Mentions: []string{"Long Island"}},
			},
		},
		{
			name: "of a city's and a province's name, the province where the sentence speaks of provinces",
			body: "Frost hit vineyards in Mendoza province.",
			tags: []tag{{"Mendoza", "LOC"}},
			want: map[string]view{
				"Mendoza": {Type: graph.Region, Country: "ARG", Mentions: []string{"Mendoza"}},
			},
		},
		{
			name: "of a city's and a province's name, the province in a sentence that names another province of the country",
			body: "Argentina had rain. No rain fell in Mendoza, Chaco and Misiones.",
			tags: []tag{{"Argentina", "LOC"}, {"Mendoza", "LOC"}, {"Chaco", "LOC"}, {"Misiones", "LOC"}},
			want: map[string]view{
				"Mendoza": {Type: graph.Region, Country: "ARG", Mentions: []string{"Mendoza"}},
				"Chaco":   {Type: graph.Region, Country: "ARG", Mentions: []string{"Chaco"}},
			},
		},
		{
			name: "without a cue, the city of a city's and a province's name",
			body: "Wine from Mendoza sold well.",
			tags: []tag{{"Mendoza", "LOC"}},
			want: map[string]view{
				"Mendoza": {Type: graph.City, Country: "ARG", Mentions: []string{"Mendoza"}},
			},
		},
		{
			name: "the most populous city of a name, unless a country after a comma says which",
			body: "A plant in Cordoba closed.",
			tags: []tag{{"Cordoba", "LOC"}},
			want: map[string]view{
				"Córdoba": {Type: graph.City, Country: "ARG", Mentions: []string{"Cordoba"}},
			},
		},
		{
			name: "of two cities of one name, the one in the country the article speaks of",
			body: "Spanish farmers blocked roads near Cadiz.",
			tags: []tag{{"Spanish", "MISC"}, {"Cadiz", "LOC"}},
			want: map[string]view{
				"Cadiz": {Type: graph.City, Country: "ESP", Mentions: []string{"Cadiz"}},
			},
		},
		{
			name: "of a city and a region of one name, the one in the country the article speaks of",
			body: "Rain fell in Brazil's south, in Santa Catarina.",
			tags: []tag{{"Brazil", "LOC"}, {"Santa Catarina", "LOC"}},
			want: map[string]view{
				"Santa Catarina": {Type: graph.Region, Country: "BRA", Mentions: []string{"Santa Catarina"}},
			},
		},
		{
			name: "a country after a comma picks the city of that country",
			body: "A plant in Cordoba, Spain, closed.",
			tags: []tag{{"Cordoba", "LOC"}, {"Spain", "LOC"}},
			want: map[string]view{
				"Córdoba": {Type: graph.City, Country: "ESP", Mentions: []string{"Cordoba"}},
			},
		},
		{
			name: "the place after the comma ends at the next comma: another town, no state",
			body: "Flights go to Philadelphia, Portland, Me., and Savannah, Ga.",
			tags: []tag{{"Philadelphia", "LOC"}, {"Portland", "LOC"}, {"Me", "LOC"}, {"Savannah", "LOC"}, {"Ga", "LOC"}},
			want: map[string]view{
				"Philadelphia": {Type: graph.City, Country: "USA", Mentions: []string{"Philadelphia"}},
				"Savannah":     {Type: graph.City, Country: "USA", Mentions: []string{"Savannah"}},
			},
		},
		{
			name: "a country after a comma at one mention says where the name's other mentions lie too",
			body: "Workers at its Kimberley, British Columbia mine met. The mine at Kimberley closed.",
			tags: []tag{{"Kimberley", "LOC"}, {"British Columbia", "LOC"}},
			want: map[string]view{
				"Kimberley": {Type: graph.City, Mentions: []string{"Kimberley", "Kimberley"}},
			},
		},
		{
			name: "no city of the name in the country after the comma: no gazetteer entry",
			body: "A plant in Cordoba, Peru, closed.",
			tags: []tag{{"Cordoba", "LOC"}, {"Peru", "LOC"}},
			want: map[string]view{
				"Cordoba": {Type: graph.City, Mentions: []string{"Cordoba"}},
			},
		},
	})
}

// TestPlaceWords: names the tagger called places that are no city: a
// street and the trade it stands for, parts of countries, a country's
// name without its first word, a time zone, a legislator's state and
// party.
func TestPlaceWords(t *testing.T) {
	r := newResolver(t)
	runEntityCases(t, r, "1987-03-02", []entityCase{
		{
			name: "a street is a place; before a noun it stands for the trade and is no entity",
			body: "Shares fell on Wall Street today. Wall Street analysts expect more, near the low end of Wall Street estimates. Its Wall Street headquarters moved to Park Avenue. Wall Street's arbitrage players sold. The highest estimates on Wall Street have been 160.",
			tags: []tag{{"Wall Street", "LOC"}, {"Park Avenue", "LOC"}},
			want: map[string]view{
				"Wall Street": {Type: graph.Place, Mentions: []string{"Wall Street", "Wall Street"}},
				"Park Avenue": {Type: graph.Place, Mentions: []string{"Park Avenue"}},
			},
		},
		{
			name: "a name in a firm's list of partners is the firm's, not a town's; a list of towns stays towns",
			body: "Stocks fell, said Donaldson, Lufkin and Jenrette Inc analyst Ann Lee. He worked for the law firm of Kramer, Levin, Nessen and Kamin, in New York. CBS met Capital Cities/ABC Inc. Bids came from Marlow, Tate, and Hobart Securities and a bank. Flights serve Dalton and Macon in Georgia.",
			tags: []tag{{"Donaldson", "LOC"}, {"Lufkin", "PER"}, {"Jenrette Inc", "ORG"}, {"Ann Lee", "PER"}, {"Kramer", "LOC"}, {"Levin", "PER"}, {"Nessen", "PER"},
				{"Kamin", "LOC"}, {"New York", "LOC"}, {"CBS", "ORG"}, {"Capital Cities", "LOC"}, {"ABC Inc", "ORG"}, {"Marlow", "LOC"}, {"Tate", "PER"}, {"Hobart Securities", "ORG"}, {"Dalton", "LOC"}, {"Macon", "LOC"}, {"Georgia", "LOC"}},
			want: map[string]view{
				"Donaldson, Lufkin and Jenrette Inc": {Type: graph.Organization, Mentions: []string{"Donaldson, Lufkin and Jenrette Inc"}},
				"Kramer":                             {Type: graph.Organization, Mentions: []string{"Kramer"}},
				"Kamin":                              {Type: graph.Organization, Mentions: []string{"Kamin"}},
				"Capital Cities":                     {Type: graph.Organization, Mentions: []string{"Capital Cities"}},
				"Marlow":                             {Type: graph.Organization, Mentions: []string{"Marlow"}},
				"Dalton":                             {Type: graph.City, Mentions: []string{"Dalton"}},
			},
		},
		{
			name: "a place word in a currency unit's or an interbank rate's name is no mention; the place elsewhere is",
			body: "The loan is worth 50 mln European currency units. Fees rose 2 pct above the London interbank offered rate. Banks in London lent more.",
			tags: []tag{{"European", "MISC"}, {"London", "LOC"}, {"London", "LOC"}},
			want: map[string]view{
				"London": {Type: graph.City, Country: "GBR", Mentions: []string{"London"}},
			},
			absent: []string{"Europe"},
		},
		{
			name: "a country word before cents, or a pair of them joined by a slash before a currency, is no mention; 'Sen.' is no currency",
			body: "Gold rose 50 U.S. cents. Rubber was 150 Malaysian/Singapore cents a kilo. Shares rose 20 Canadian cts. The report was written by former Texas Sen. John Tower.",
			tags: []tag{{"U.S.", "LOC"}, {"Malaysian", "MISC"}, {"Singapore", "LOC"}, {"Canadian", "MISC"}, {"Texas", "LOC"}, {"John Tower", "PER"}},
			want: map[string]view{
				"Texas": {Type: graph.Region, Country: "USA", Mentions: []string{"Texas"}},
			},
			absent: []string{"United States", "Malaysia", "Singapore", "Canada"},
		},
		{
			name: "a capital's name after a town and a comma is the state so named; alone it is the capital",
			body: "Boeing Co of Seattle, Washington, said it would sell jets. Talks in Washington ended.",
			tags: []tag{{"Boeing Co", "ORG"}, {"Seattle", "LOC"}, {"Washington", "LOC"}},
			want: map[string]view{
				"Washington State": {Type: graph.Region, Country: "USA", Mentions: []string{"Washington"}},
				"Washington D.C.":  {Type: graph.City, Country: "USA", Mentions: []string{"Washington"}},
			},
		},
		{
			name: "a qualifier in brackets between a firm's name and its legal form is the firm's: no place of its own, and a firm apart from its parent",
			body: "Ostmark Securities Co (Europe) Ltd is lead manager. Halvard Bank of Japan (Schweiz) AG joined. Brekka Holdings Ltd said profits rose at Brekka (Holdings) Ltd. Brask Bank (Europe) said nothing.",
			tags: []tag{{"Ostmark Securities Co", "ORG"}, {"Europe", "LOC"}, {"Halvard Bank of", "ORG"}, {"Japan", "LOC"}, {"Brekka Holdings Ltd", "ORG"}, {"Brekka", "ORG"},
				{"Brask Bank", "ORG"}},
			want: map[string]view{
				"Ostmark Securities Co (Europe) Ltd": {Type: graph.Organization, Mentions: []string{"Ostmark Securities Co (Europe) Ltd"}},
				"Halvard Bank of Japan (Schweiz) AG": {Type: graph.Organization, Mentions: []string{"Halvard Bank of Japan (Schweiz) AG"}},
				"Brekka (Holdings) Ltd":              {Type: graph.Organization, Mentions: []string{"Brekka (Holdings) Ltd"}},
				"Brekka Holdings Ltd":                {Type: graph.Organization, Mentions: []string{"Brekka Holdings Ltd"}},
				"Europe":                             {Type: graph.Region, Mentions: []string{"Europe"}}, // no legal form after: a place in brackets
			},
			absent: []string{"Japan"},
		},
		{
			name: "a name a firm's job and a person's name follow is the firm's, tagged a person or a place; a known city keeps its type",
			body: "Prices fell, said Holm Varde analyst Ann Lee. Brask Ostrup economist Per Lund agreed. Tokyo analyst Ken Ito disagreed. Jon Vik said rates would rise.",
			tags: []tag{{"Holm Varde", "PER"}, {"Ann Lee", "PER"}, {"Brask Ostrup", "LOC"}, {"Per Lund", "PER"}, {"Tokyo", "LOC"}, {"Ken Ito", "PER"}, {"Jon Vik", "PER"}},
			want: map[string]view{
				"Holm Varde":   {Type: graph.Organization, Mentions: []string{"Holm Varde"}},
				"Brask Ostrup": {Type: graph.Organization, Mentions: []string{"Brask Ostrup"}},
				"Ann Lee":      {Type: graph.Person, Mentions: []string{"Ann Lee"}},
				"Tokyo":        {Type: graph.City, Country: "JPN", Mentions: []string{"Tokyo"}},
				"Jon Vik":      {Type: graph.Person, Mentions: []string{"Jon Vik"}},
			},
		},
		{
			name: "a name after a noun of a kind of body ('the state corporation', 'brokers') is the body's, tagged a person or a town; after a job a person may hold ('broker', 'film maker') it stays a person; a name ending in a firm's word is a firm",
			body: "Miners of the state corporation Halvard struck. Shares were placed by brokers Ann Brask. Oslo broker Per Lund agreed, as did film maker Jon Vik. Vik Bancorporation and Ostrup Fabrics rose.",
			tags: []tag{{"Halvard", "LOC"}, {"Ann Brask", "PER"}, {"Oslo", "LOC"}, {"Per Lund", "PER"}, {"Jon Vik", "PER"}, {"Vik Bancorporation", "PER"}, {"Ostrup Fabrics", "PER"}},
			want: map[string]view{
				"Halvard":            {Type: graph.Organization, Mentions: []string{"Halvard"}},
				"Ann Brask":          {Type: graph.Organization, Mentions: []string{"Ann Brask"}},
				"Per Lund":           {Type: graph.Person, Mentions: []string{"Per Lund"}},
				"Jon Vik":            {Type: graph.Person, Mentions: []string{"Jon Vik"}},
				"Vik Bancorporation": {Type: graph.Organization, Mentions: []string{"Vik Bancorporation"}},
				"Ostrup Fabrics":     {Type: graph.Organization, Mentions: []string{"Ostrup Fabrics"}},
			},
		},
		{
			name: "a name after 'mill', 'cooperative' or 'subsidiary' is the body's, tagged a person",
			body: "The Norland steel mill Ann Brask closed. Its subsidiary Per Lund grew.",
			tags: []tag{{"Norland", "LOC"}, {"Ann Brask", "PER"}, {"Per Lund", "PER"}},
			want: map[string]view{
				"Norland":   {Type: graph.City, Mentions: []string{"Norland"}},
				"Ann Brask": {Type: graph.Organization, Mentions: []string{"Ann Brask"}},
				"Per Lund":  {Type: graph.Organization, Mentions: []string{"Per Lund"}},
			},
		},
		{
			name: "a name described as a body's officer ('the agency chief') is a person's; described as the body, a body's",
			body: "Jon Vik, the agency chief, said costs fell. Halvard, the agency that runs the ports, said costs rose.",
			tags: []tag{{"Jon Vik", "PER"}, {"Halvard", "PER"}},
			want: map[string]view{
				"Jon Vik": {Type: graph.Person, Mentions: []string{"Jon Vik"}},
				"Halvard": {Type: graph.Organization, Mentions: []string{"Halvard"}},
			},
		},
		{
			name: "a kind of land, water or site after a name makes it a place, not a town; an area or a port is the town's",
			body: "Gas from the Kessar field goes under the Tesh river. Rebels held Kolo island. Homes in the Tarvik area sold well.",
			tags: []tag{{"Kessar", "LOC"}, {"Tesh", "LOC"}, {"Kolo", "LOC"}, {"Tarvik", "LOC"}},
			want: map[string]view{
				"Kessar": {Type: graph.Place, Mentions: []string{"Kessar"}},
				"Tesh":   {Type: graph.Place, Mentions: []string{"Tesh"}},
				"Kolo":   {Type: graph.Place, Mentions: []string{"Kolo"}},
				"Tarvik": {Type: graph.City, Mentions: []string{"Tarvik"}},
			},
		},
		{
			name: "an apposition of a country's airline or company makes a body, of its capital a city",
			body: "Results for Alitalia, Italy's national airline, are due. Flights to Atlanta, Georgia's capital, rose.",
			tags: []tag{{"Alitalia", "LOC"}, {"Italy", "LOC"}, {"Atlanta", "LOC"}, {"Georgia", "LOC"}},
			want: map[string]view{
				"Alitalia": {Type: graph.Organization, Mentions: []string{"Alitalia"}},
				"Atlanta":  {Type: graph.City, Country: "USA", Mentions: []string{"Atlanta"}},
			},
		},
		{
			name:   "a street's word alone is no name",
			body:   "The consensus on the Street is changing.",
			tags:   []tag{{"Street", "LOC"}},
			absent: []string{"Street"},
		},
		{
			name: "a compass word before a country or a region makes a region; before a city it is the city's name; parts of a country that are no state",
			body: "Snow fell in West Kansas, Northern California and North China. Banks in West Berlin lent more. Flights from the Midwest and New England rose. Trade with the Pacific Rim grew.",
			tags: []tag{{"West Kansas", "LOC"}, {"Northern California", "LOC"}, {"North China", "LOC"}, {"West Berlin", "LOC"},
				{"Midwest", "LOC"}, {"New England", "LOC"}, {"Pacific Rim", "LOC"}},
			want: map[string]view{
				"West Kansas":         {Type: graph.Region, Mentions: []string{"West Kansas"}},
				"Northern California": {Type: graph.Region, Mentions: []string{"Northern California"}},
				"North China":         {Type: graph.Region, Mentions: []string{"North China"}},
				"West Berlin":         {Type: graph.City, Mentions: []string{"West Berlin"}},
				"Midwest":             {Type: graph.Region, Country: "USA", Mentions: []string{"Midwest"}},
				"New England":         {Type: graph.Region, Country: "USA", Mentions: []string{"New England"}},
				"Pacific Rim":         {Type: graph.Region, Mentions: []string{"Pacific Rim"}},
			},
		},
		{
			name: "the last word of two countries' names is the one the article names, here by its capital",
			body: "Demands that Korea revalue the won are unfair, officials in Seoul said.",
			tags: []tag{{"Korea", "LOC"}, {"Seoul", "LOC"}},
			want: map[string]view{
				"South Korea": {Type: graph.Country, Country: "KOR", Wikidata: "Q884", Mentions: []string{"Korea"}},
			},
			absent: []string{"Korea"},
		},
		{
			name:   "a time zone, a model's code and a credit rating are no places; a legislator's state and party are the state and the party",
			body:   "Offers are due at 1100 hrs EST. The Texas Democrat said he would vote against it. The army bought the T-72B tank. Its debt fell to DP-11 (high BB) from BBB. Republican Jon Vik agreed.",
			tags:   []tag{{"EST", "LOC"}, {"Texas Democrat", "LOC"}, {"T-72B", "LOC"}, {"BB", "LOC"}, {"BBB", "LOC"}, {"Republican", "MISC"}, {"Jon Vik", "PER"}},
			absent: []string{"EST", "Texas Democrat", "T-72B", "BB", "BBB"},
			want: map[string]view{
				"Texas":            {Type: graph.Region, Country: "USA", Mentions: []string{"Texas"}},
				"Democratic Party": {Type: graph.Organization, Country: "USA", Wikidata: "Q29552", Mentions: []string{"Democrat"}},
				"Republican Party": {Type: graph.Organization, Country: "USA", Wikidata: "Q29468", Mentions: []string{"Republican"}},
			},
		},
	})
}
