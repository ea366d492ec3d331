package resolve

import (
	"actorgraph/ingest/goldenfile"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"actorgraph/graph"
	"actorgraph/ingest/gazetteer"
	"actorgraph/ingest/ner"
	"actorgraph/ingest/segment"
	"actorgraph/ingest/shared"
	"actorgraph/seeds"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func newResolver(t testing.TB) *Resolver {
	t.Helper()
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatalf("gazetteer.Load: %v", err)
	}
	return New(g)
}

// referenceArticle reads the shared reference article, or skips.
func referenceArticle(t testing.TB) string {
	t.Helper()
	return string(shared.Read(t, shared.ReferenceArticle()))
}

// checkMentions fails when a mention lies outside body or its text is not
// the body's slice.
func checkMentions(t *testing.T, body string, ents []graph.Entity) {
	t.Helper()
	for _, e := range ents {
		if e.ID == "" || !e.Type.Valid() {
			t.Errorf("entity %q has id %q and type %q", e.Name, e.ID, e.Type)
		}
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(body) || m.Start >= m.End {
				t.Errorf("%s: mention [%d,%d) outside body of %d bytes", e.Name, m.Start, m.End, len(body))
				continue
			}
			if body[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention text %q != body slice %q", e.Name, m.Text, body[m.Start:m.End])
			}
		}
	}
	x := graph.Extraction{Article: graph.Article{ID: "test"}, Body: body, Entities: ents}
	if err := graph.Validate(x); err != nil {
		t.Errorf("Validate: %v", err)
	}
}

// view is what the tests compare of an entity: its name, type and the
// texts of its mentions.
type view struct {
	Type     graph.EntityType
	Country  string `json:",omitempty"`
	Wikidata string `json:",omitempty"`
	Mentions []string
}

func views(ents []graph.Entity) map[string]view {
	out := map[string]view{}
	for _, e := range ents {
		v := view{Type: e.Type, Country: e.Country, Wikidata: e.Wikidata}
		for _, m := range e.Mentions {
			v.Mentions = append(v.Mentions, m.Text)
		}
		out[e.Name] = v
	}
	return out
}

// checkSeed asserts what the brief asks of the reference article: every
// actor with the right type, each person's variants on one entity, no junk.
func checkSeed(t *testing.T, body string, ents []graph.Entity) {
	t.Helper()
	checkMentions(t, body, ents)
	got := views(ents)
	want := map[string]graph.EntityType{
		"Kim Jong-un": graph.Person, "Vladimir Putin": graph.Person, "Donald Trump": graph.Person,
		"Moon Jae-in": graph.Person, "Nicholas Eberstadt": graph.Person, "Stephen Biegun": graph.Person,
		"North Korea": graph.Country, "Russia": graph.Country, "United States": graph.Country, "China": graph.Country,
		"Japan": graph.Country, "South Korea": graph.Country, "Vietnam": graph.Country,
		"Vladivostok": graph.City, "Hanoi": graph.City, "Moscow": graph.City,
		"United Nations Security Council": graph.Organization, "American Enterprise Institute": graph.Organization,
		"Sekai Nippo": graph.Organization, "Reuters": graph.Organization, "The Washington Times": graph.Organization,
	}
	for name, typ := range want {
		if v, ok := got[name]; !ok {
			t.Errorf("no entity %q", name)
		} else if v.Type != typ {
			t.Errorf("%s is a %s, want %s", name, v.Type, typ)
		}
	}
	has := func(name string, texts ...string) {
		t.Helper()
		for _, want := range texts {
			found := false
			for _, m := range got[name].Mentions {
				found = found || m == want
			}
			if !found {
				t.Errorf("%s has no mention %q; has %q", name, want, got[name].Mentions)
			}
		}
	}
	has("Kim Jong-un", "Kim Jong-un", "Kim", "the North Korean leader")
	has("Vladimir Putin", "Vladimir Putin", "Putin")
	has("Donald Trump", "Trump")
	has("Nicholas Eberstadt", "Nicholas Eberstadt", "Eberstadt")
	has("Stephen Biegun", "Stephen E. Biegun")
	has("United States", "U.S.", "Washington")
	has("Russia", "Russia", "Russian", "Moscow")
	has("North Korea", "North Korea", "North Korean", "North Koreans", "Pyongyang")
	has("Japan", "Japan", "Japanese")
	has("United Nations Security Council", "U.N. Security Council", "Security Council")
	for _, q := range []struct{ name, qid string }{{"Kim Jong-un", "Q56226"}, {"Donald Trump", "Q22686"}, {"Vladimir Putin", "Q7747"}, {"United States", "Q30"}} {
		if got[q.name].Wikidata != q.qid {
			t.Errorf("%s has QID %q, want %q", q.name, got[q.name].Wikidata, q.qid)
		}
	}
	for name := range got {
		for _, junk := range []string{"Analysts", "Click", "Please", "LLC", "Unpublished", "Comment Policy", "Read More", "View Comments", "Hide", "Korean", "Kim", "Putin", "Trump", "Mr. Kim"} {
			if strings.EqualFold(name, junk) {
				t.Errorf("junk or split entity %q", name)
			}
		}
	}
	persons := 0
	for _, v := range got {
		if v.Type == graph.Person {
			persons++
		}
	}
	if persons != 6 {
		t.Errorf("%d persons, want the 6 the article names: %v", persons, got)
	}
}

func TestResolveSeedArticle(t *testing.T) {
	body := referenceArticle(t)
	ents := newResolver(t).Resolve(body, "2019-04-24", segment.Sentences(body), handTag(body, seedTags))
	checkSeed(t, body, ents)
}

// TestResolveSeedArticleTagged runs the project's tagger, when its model
// loads, in front of the resolver.
func TestResolveSeedArticleTagged(t *testing.T) {
	body := referenceArticle(t)
	m, err := ner.Load()
	if err != nil {
		t.Skipf("NER model does not load: %v", err)
	}
	sents := segment.Sentences(body)
	ents := newResolver(t).Resolve(body, "2019-04-24", sents, m.Tag(body, sents))
	checkSeed(t, body, ents)
}

func TestResolveCases(t *testing.T) {
	r := newResolver(t)
	tests := []struct {
		name      string
		body      string
		published string
		tags      []tag
		want      map[string]view // by entity name; mentions only
		absent    []string
	}{
		{
			name:      "titles and surnames join the full name",
			body:      "Kim Jong-un met President Trump. Mr. Kim smiled and Trump waved. Later Kim left.",
			published: "2019-02-28",
			tags:      []tag{{"Kim Jong-un", "PER"}, {"Trump", "PER"}, {"Mr. Kim", "LOC"}, {"Kim", "PER"}},
			want: map[string]view{
				"Kim Jong-un":  {Type: graph.Person, Country: "PRK", Wikidata: "Q56226", Mentions: []string{"Kim Jong-un", "Kim", "Kim"}},
				"Donald Trump": {Type: graph.Person, Country: "USA", Wikidata: "Q22686", Mentions: []string{"Trump", "Trump"}},
			},
		},
		{
			name:      "Korea alone is the Republic of Korea, as wire copy uses it",
			body:      "Exports to Korea rose. North Korea objected.",
			published: "1987-03-02",
			tags:      []tag{{"North Korea", "LOC"}, {"Korea", "LOC"}},
			want: map[string]view{
				"South Korea": {Type: graph.Country, Country: "KOR", Wikidata: "Q884", Mentions: []string{"Korea"}},
				"North Korea": {Type: graph.Country, Country: "PRK", Wikidata: "Q423", Mentions: []string{"North Korea"}},
			},
		},
		{
			name:      "a lone surname two persons share is the one the article already calls by it alone",
			body:      "President Reagan will visit Rome. Reagan and Nancy Reagan will meet the Pope. After the summit, Reagan will travel to Bonn.",
			published: "1987-03-02",
			tags:      []tag{{"Nancy Reagan", "PER"}, {"Reagan", "PER"}, {"Rome", "LOC"}, {"Bonn", "LOC"}},
			want: map[string]view{
				"Ronald Reagan": {Type: graph.Person, Country: "USA", Wikidata: "Q9960", Mentions: []string{"Reagan", "Reagan", "Reagan"}},
				"Nancy Reagan":  {Type: graph.Person, Mentions: []string{"Nancy Reagan"}},
			},
		},
		{
			name:      "a hyphenated given name the tagger left out is the person's",
			body:      "Governor Lin Wei-ming said rates would fall.",
			published: "1987-03-02",
			tags:      []tag{{"Lin", "PER"}},
			want: map[string]view{
				"Lin Wei-ming": {Type: graph.Person, Mentions: []string{"Lin Wei-ming"}},
			},
		},
		{
			// seed entries only the reference article used to exercise: a
			// regional newspaper, an envoy-level official
			name:      "a seeded newspaper and a seeded envoy, named in a story of our own",
			body:      "The Sekai Nippo reported that Stephen Biegun would travel to Tokyo.",
			published: "2019-07-01",
			tags:      []tag{{"Sekai Nippo", "ORG"}, {"Stephen Biegun", "PER"}, {"Tokyo", "LOC"}},
			want: map[string]view{
				"Sekai Nippo":    {Type: graph.Organization, Country: "JPN", Mentions: []string{"Sekai Nippo"}},
				"Stephen Biegun": {Type: graph.Person, Country: "USA", Mentions: []string{"Stephen Biegun"}},
			},
		},
		{
			name:      "the title picks the president in office on the date",
			body:      "President Biden spoke on Monday.",
			published: "2024-03-04",
			tags:      []tag{{"Biden", "PER"}},
			want:      map[string]view{"Joe Biden": {Type: graph.Person, Country: "USA", Wikidata: "Q6279", Mentions: []string{"Biden"}}},
		},
		{
			name:      "a definite description resolves to the leader on the date",
			body:      "Officials said the Russian president would attend. The North Korean leader did not reply.",
			published: "2019-04-24",
			want: map[string]view{
				"Vladimir Putin": {Type: graph.Person, Country: "RUS", Wikidata: "Q7747", Mentions: []string{"the Russian president"}},
				"Kim Jong-un":    {Type: graph.Person, Country: "PRK", Wikidata: "Q56226", Mentions: []string{"The North Korean leader"}},
				"Russia":         {Type: graph.Country, Country: "RUS", Wikidata: "Q159", Mentions: []string{"Russian"}},
				"North Korea":    {Type: graph.Country, Country: "PRK", Wikidata: "Q423", Mentions: []string{"North Korean"}},
			},
		},
		{
			name: "unknown people: the honorific joins the full name; different first names stay apart",
			body: "Jane Doe and John Doe spoke. Ms. Doe agreed with Dr. Alan Smithee. Smithee left.",
			tags: []tag{{"Jane Doe", "PER"}, {"John Doe", "PER"}, {"Ms. Doe", "PER"}, {"Alan Smithee", "PER"}, {"Smithee", "ORG"}},
			want: map[string]view{
				"Jane Doe":     {Type: graph.Person, Mentions: []string{"Jane Doe"}},
				"John Doe":     {Type: graph.Person, Mentions: []string{"John Doe", "Doe"}},
				"Alan Smithee": {Type: graph.Person, Mentions: []string{"Alan Smithee", "Smithee"}},
			},
			absent: []string{"Doe", "Smithee"},
		},
		{
			name: "a capital acting is its government; a capital as a place is a city",
			body: "Moscow has sent workers home. The summit in Moscow ended. Washington's demands grew, and pressure on Beijing rose.",
			tags: []tag{{"Moscow", "LOC"}, {"Washington", "LOC"}, {"Beijing", "LOC"}},
			want: map[string]view{
				"Russia":        {Type: graph.Country, Country: "RUS", Wikidata: "Q159", Mentions: []string{"Moscow"}},
				"Moscow":        {Type: graph.City, Country: "RUS", Mentions: []string{"Moscow"}},
				"United States": {Type: graph.Country, Country: "USA", Wikidata: "Q30", Mentions: []string{"Washington"}},
				"China":         {Type: graph.Country, Country: "CHN", Wikidata: "Q148", Mentions: []string{"Beijing"}},
			},
		},
		{
			name: "compounds yield the countries they name",
			body: "A U.S.-backed plan near the North Korea-Russia border worried the Japan-based paper.",
			tags: []tag{{"North Korea-Russia", "LOC"}, {"Japan-based", "MISC"}},
			want: map[string]view{
				"United States": {Type: graph.Country, Country: "USA", Wikidata: "Q30", Mentions: []string{"U.S."}},
				"North Korea":   {Type: graph.Country, Country: "PRK", Wikidata: "Q423", Mentions: []string{"North Korea"}},
				"Russia":        {Type: graph.Country, Country: "RUS", Wikidata: "Q159", Mentions: []string{"Russia"}},
				"Japan":         {Type: graph.Country, Country: "JPN", Wikidata: "Q17", Mentions: []string{"Japan"}},
			},
		},
		{
			name: "the gazetteer type beats a wrong label; furniture and sentence-initial words written in lower case elsewhere are dropped",
			body: "Analysts cited Reuters, as analysts do. Click here. Copyright Example Media, LLC.",
			tags: []tag{{"Analysts", "ORG"}, {"Reuters", "PER"}, {"Click", "ORG"}, {"Example Media", "ORG"}, {"LLC", "ORG"}},
			want: map[string]view{
				"Reuters":       {Type: graph.Organization, Country: "GBR", Wikidata: "Q130879", Mentions: []string{"Reuters"}},
				"Example Media": {Type: graph.Organization, Mentions: []string{"Example Media"}},
			},
			absent: []string{"Analysts", "Click", "LLC"},
		},
		{
			name: "an organisation head noun or an organisation noun before the name outweighs a PER label",
			body: "The Tokyo-based newspaper Hokuto Shinpo quoted Ken Sato of the Sakura Policy Institute.",
			tags: []tag{{"Tokyo-based", "MISC"}, {"Hokuto Shinpo", "PER"}, {"Ken Sato", "PER"}, {"Sakura Policy Institute", "PER"}},
			want: map[string]view{
				"Hokuto Shinpo":           {Type: graph.Organization, Mentions: []string{"Hokuto Shinpo"}},
				"Ken Sato":                {Type: graph.Person, Mentions: []string{"Ken Sato"}},
				"Sakura Policy Institute": {Type: graph.Organization, Mentions: []string{"Sakura Policy Institute"}},
				"Tokyo":                   {Type: graph.City, Country: "JPN", Mentions: []string{"Tokyo"}},
			},
		},
		{
			name: "what a copula says a name is, or an office only a company has before it, makes an organisation of a LOC label",
			body: "Lena Dahl, chief executive of Brekkafon, spoke. Kestrel Works is a Norlandic multinational manufacturer. The mayor of Brekkaby came. Jon Berg is a university professor.",
			tags: []tag{{"Lena Dahl", "PER"}, {"Brekkafon", "LOC"}, {"Kestrel Works", "LOC"}, {"Brekkaby", "LOC"}, {"Jon Berg", "PER"}},
			want: map[string]view{
				"Lena Dahl":     {Type: graph.Person, Mentions: []string{"Lena Dahl"}},
				"Jon Berg":      {Type: graph.Person, Mentions: []string{"Jon Berg"}},
				"Brekkafon":     {Type: graph.Organization, Mentions: []string{"Brekkafon"}},
				"Kestrel Works": {Type: graph.Organization, Mentions: []string{"Kestrel Works"}},
				"Brekkaby":      {Type: graph.City, Mentions: []string{"Brekkaby"}},
			},
		},
		{
			name: "the adjective of a part of a country before a trade is the country's demonym, not before a language's use",
			body: "Tom Reed is an English actor and Ian Ross a Scottish writer. The English text and the Welsh-language paper were lost.",
			tags: []tag{{"Tom Reed", "PER"}, {"Ian Ross", "PER"}, {"English", "MISC"}, {"Scottish", "MISC"}, {"Welsh", "MISC"}},
			want: map[string]view{
				"Tom Reed":       {Type: graph.Person, Mentions: []string{"Tom Reed"}},
				"Ian Ross":       {Type: graph.Person, Mentions: []string{"Ian Ross"}},
				"United Kingdom": {Type: graph.Country, Country: "GBR", Wikidata: "Q145", Mentions: []string{"English", "Scottish"}},
			},
		},
		{
			name:      "a headline in capitals: known names and the surnames of leaders in office are found; other words are not names",
			body:      "THATCHER MEETS GORBACHEV IN MOSCOW\nYOUNG FARMERS PROTEST OVER PRICES\nThe two leaders met on Monday.",
			published: "1987-03-30",
			want: map[string]view{
				"Margaret Thatcher": {Type: graph.Person, Country: "GBR", Wikidata: "Q7416", Mentions: []string{"THATCHER"}},
				"Mikhail Gorbachev": {Type: graph.Person, Country: "SUN", Wikidata: "Q30487", Mentions: []string{"GORBACHEV"}},
				"Moscow":            {Type: graph.City, Country: "SUN", Mentions: []string{"MOSCOW"}},
			},
			absent: []string{"Young", "YOUNG"},
		},
		{
			name: "a title before a body's head noun is the body's name, no titled person",
			body: "Jon Berg played in the Premier League for years.",
			tags: []tag{{"Jon Berg", "PER"}, {"Premier League", "ORG"}},
			want: map[string]view{
				"Jon Berg":       {Type: graph.Person, Mentions: []string{"Jon Berg"}},
				"Premier League": {Type: graph.Organization, Mentions: []string{"Premier League"}},
			},
			absent: []string{"League"},
		},
		{
			name:      "a portfolio inside an office's title names no body; a country before it is the country; GATT is a body though its name ends in 'Agreement … Trade'",
			body:      "Dutch Social Affairs Minister Ada Berg, Trade and Industry Minister Ida Lund and British Defence Secretary Jon Vale met the minister of Agriculture, Fisheries and Food. U.S. Trade Representative Tom Kell spoke at the General Agreement on Tariffs and Trade (GATT). The Foreign Ministry and the Treasury said nothing, nor did EC External Trade Commissioner Lena Dahl.",
			published: "1987-03-02",
			tags: []tag{{"Dutch Social Affairs", "ORG"}, {"Ada Berg", "PER"}, {"Trade and Industry", "ORG"}, {"Ida Lund", "PER"}, {"British Defence", "ORG"}, {"Jon Vale", "PER"},
				{"Agriculture, Fisheries and Food", "ORG"}, {"U.S. Trade", "ORG"}, {"Tom Kell", "PER"}, {"General Agreement on Tariffs and Trade", "ORG"}, {"GATT", "ORG"}, {"Foreign Ministry", "ORG"}, {"Treasury", "ORG"}, {"EC External Trade", "ORG"}, {"Lena Dahl", "PER"}},
			want: map[string]view{
				"United Kingdom":                         {Type: graph.Country, Country: "GBR", Wikidata: "Q145", Mentions: []string{"British"}},
				"United States":                          {Type: graph.Country, Country: "USA", Wikidata: "Q30", Mentions: []string{"U.S."}},
				"General Agreement on Tariffs and Trade": {Type: graph.Organization, Country: "CHE", Mentions: []string{"General Agreement on Tariffs and Trade", "GATT"}},
				"Foreign Ministry":                       {Type: graph.Organization, Mentions: []string{"Foreign Ministry"}},
			},
			absent: []string{"Dutch Social Affairs", "Social Affairs", "Trade and Industry", "British Defence", "Defence", "Agriculture, Fisheries and Food", "U.S. Trade", "Trade", "Agreement on Tariffs and Trade"},
		},
		{
			name: "credit rating agencies by their short names",
			body: "Standard and Poor's Corp cut the rating. S and P said debt would rise, and Moody's agreed.",
			tags: []tag{{"Standard and Poor's Corp", "ORG"}, {"S and P", "ORG"}, {"Moody's", "ORG"}},
			want: map[string]view{
				"Standard and Poor's":       {Type: graph.Organization, Country: "USA", Mentions: []string{"Standard and Poor's Corp", "S and P"}},
				"Moody's Investors Service": {Type: graph.Organization, Country: "USA", Mentions: []string{"Moody's"}},
			},
		},
		{
			name:      "a definite description is no office holder when an apposition names the person, or when the office has many holders",
			body:      "The American ambassador, Mark Lewis, met officials. The Russian ambassador left.",
			published: "2024-03-04",
			tags:      []tag{{"American", "MISC"}, {"Mark Lewis", "PER"}, {"Russian", "MISC"}},
			want: map[string]view{
				"United States": {Type: graph.Country, Country: "USA", Wikidata: "Q30", Mentions: []string{"American"}},
				"Mark Lewis":    {Type: graph.Person, Mentions: []string{"Mark Lewis"}},
				"Russia":        {Type: graph.Country, Country: "RUS", Wikidata: "Q159", Mentions: []string{"Russian"}},
			},
		},
		{
			name: "a copula that says a name is a singer or a writer makes a person of a LOC or ORG label; a firm that is a 'major player' stays one",
			body: "Brekkira is a Norlandic singer. Ada Obi Vale is a Norlandic writer whose novels sold well. Kestrel Works is a major player in steel.",
			tags: []tag{{"Brekkira", "LOC"}, {"Ada Obi Vale", "ORG"}, {"Kestrel Works", "ORG"}},
			want: map[string]view{
				"Brekkira":      {Type: graph.Person, Mentions: []string{"Brekkira"}},
				"Ada Obi Vale":  {Type: graph.Person, Mentions: []string{"Ada Obi Vale"}},
				"Kestrel Works": {Type: graph.Organization, Mentions: []string{"Kestrel Works"}},
			},
		},
		{
			name: "U.N. Security Council and Security Council are one organisation",
			body: "The U.N. Security Council met. Later the Security Council voted.",
			tags: []tag{{"U.N. Security Council", "ORG"}, {"Security Council", "ORG"}},
			want: map[string]view{
				"United Nations Security Council": {Type: graph.Organization, Country: "USA", Wikidata: "Q37470", Mentions: []string{"U.N. Security Council", "Security Council"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ents := r.Resolve(tt.body, tt.published, segment.Sentences(tt.body), handTag(tt.body, tt.tags))
			checkEntities(t, tt.body, ents, tt.want, tt.absent)
		})
	}
}

func TestIDsAgreeAcrossArticles(t *testing.T) {
	r := newResolver(t)
	a := "North Korean leader Kim Jong-un met Russian President Vladimir Putin in Vladivostok."
	b := "Mr. Putin said Russia and the DPRK were friends. Kim arrived by train in Vladivostok."
	ids := func(body, date string, tags []tag) map[string]string {
		out := map[string]string{}
		for _, e := range r.Resolve(body, date, segment.Sentences(body), handTag(body, tags)) {
			out[e.Name] = e.ID
		}
		return out
	}
	x := ids(a, "2019-04-25", []tag{{"North Korean", "MISC"}, {"Kim Jong-un", "PER"}, {"Russian", "MISC"}, {"Vladimir Putin", "PER"}, {"Vladivostok", "LOC"}})
	y := ids(b, "2019-04-26", []tag{{"Mr. Putin", "PER"}, {"Russia", "LOC"}, {"DPRK", "ORG"}, {"Kim", "PER"}, {"Vladivostok", "LOC"}})
	for _, name := range []string{"Kim Jong-un", "Vladimir Putin", "Russia", "North Korea", "Vladivostok"} {
		if x[name] == "" || x[name] != y[name] {
			t.Errorf("%s: ids %q and %q differ between articles (first %v, second %v)", name, x[name], y[name], x, y)
		}
	}
}

// sampleTags label the names of each sample article that the gazetteer
// does not know; the resolver's gazetteer scan finds the rest.
var sampleTags = map[string][]tag{
	"001_g20_osaka_trade_truce.txt": {{"Xi Jinping", "PER"}, {"Shinzo Abe", "PER"}, {"Vladimir Putin", "PER"}, {"Kim Jong-un", "PER"}, {"Trump", "PER"}, {"Xi", "PER"}, {"Abe", "PER"}, {"Putin", "PER"}, {"Lena Hartwig", "PER"}, {"Baltic Policy Forum", "ORG"}, {"Twitter", "ORG"}},
	"002_dmz_meeting.txt":           {{"Donald Trump", "PER"}, {"Kim Jong-un", "PER"}, {"Trump", "PER"}, {"Kim", "PER"}, {"Mr. Moon", "PER"}, {"Freedom House", "ORG"}, {"Daniel Okafor", "PER"}, {"Harbor Institute for Security Studies", "ORG"}, {"Twitter", "ORG"}},
	"003_unsc_resolution_2397.txt":  {{"Hwasong-15", "MISC"}, {"Mira Castellanos", "PER"}, {"Meridian Research Group", "ORG"}},
	"004_xi_state_visit_moscow.txt": {{"Xi Jinping", "PER"}, {"Vladimir Putin", "PER"}, {"Xi", "PER"}, {"Putin", "PER"}, {"Tomas Reyes", "PER"}, {"Lakeside Center for Eurasian Affairs", "ORG"}, {"West", "LOC"}},
	"005_russia_sanctions.txt":      {{"Vladimir Putin", "PER"}, {"Biden", "PER"}, {"Nord Stream 2", "MISC"}, {"House of Commons", "ORG"}, {"Aino Virtanen", "PER"}, {"Northern Lights Security Forum", "ORG"}},
}

// published reads the date from a sample article's header line.
func published(t *testing.T, body string) string {
	t.Helper()
	for _, p := range []struct{ prefix, date string }{
		{"Saturday, June 29, 2019", "2019-06-29"}, {"Monday, July 1, 2019", "2019-07-01"},
		{"Saturday, December 23, 2017", "2017-12-23"}, {"Tuesday, March 21, 2023", "2023-03-21"},
		{"Thursday, February 24, 2022", "2022-02-24"},
	} {
		if strings.Contains(strings.SplitN(body, "\n", 2)[0], p.prefix) {
			return p.date
		}
	}
	t.Fatalf("sample article has no known date in its header")
	return ""
}

// golden is one entity in a golden file: enough to see types, links and
// which mentions resolved together.
type golden struct {
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Country  string   `json:"country,omitempty"`
	Wikidata string   `json:"wikidata,omitempty"`
	Mentions []string `json:"mentions"`
}

func TestSampleArticlesGolden(t *testing.T) {
	r := newResolver(t)
	files, err := seeds.FS.ReadDir("articles")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		t.Run(f.Name(), func(t *testing.T) {
			b, err := seeds.FS.ReadFile("articles/" + f.Name())
			if err != nil {
				t.Fatal(err)
			}
			body := string(b)
			tags, ok := sampleTags[f.Name()]
			if !ok {
				t.Fatalf("no tags for sample article %s: add them to sampleTags", f.Name())
			}
			ents := r.Resolve(body, published(t, body), segment.Sentences(body), handTag(body, tags))
			checkMentions(t, body, ents)
			var got []golden
			for _, e := range ents {
				g := golden{Name: e.Name, Type: string(e.Type), Country: e.Country, Wikidata: e.Wikidata}
				for _, m := range e.Mentions {
					g.Mentions = append(g.Mentions, fmt.Sprintf("%s %q @%d", m.Label, m.Text, m.Start))
				}
				got = append(got, g)
			}
			out, _ := json.MarshalIndent(got, "", "  ")
			path := filepath.Join("testdata", strings.TrimSuffix(f.Name(), ".txt")+".golden")
			if *update {
				goldenfile.Update(t, path, append(out, '\n'))
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read golden (run with -update to create it): %v", err)
			}
			if diff := cmp.Diff(string(want), string(out)+"\n"); diff != "" {
				t.Errorf("%s differs from its golden file (-want +got):\n%s", f.Name(), diff)
			}
		})
	}
}

func FuzzResolve(f *testing.F) {
	f.Add("President Trump met Mr. Kim in Hanoi. Moscow has sent U.S.-backed aid.", uint16(0), uint16(15), uint16(34))
	f.Add("the North Korean leader; Japan-based Sekai Nippo. Click", uint16(4), uint16(25), uint16(50))
	f.Add("Ünïcödé – “Kim” ’s U.N. Security Council…", uint16(1), uint16(3), uint16(9))
	r := newResolver(f)
	f.Fuzz(func(t *testing.T, body string, a, b, c uint16) {
		sents := segment.Sentences(body)
		labels := []string{"PER", "LOC", "ORG", "MISC"}
		var spans []segment.Span
		// spans at token boundaries, plus arbitrary (possibly invalid) ones
		for i, s := range sents {
			for j, tk := range s.Tokens {
				if (i+j+int(a))%3 == 0 {
					end := tk.End
					if j+1 < len(s.Tokens) && (j+int(b))%2 == 0 {
						end = s.Tokens[j+1].End
					}
					spans = append(spans, segment.Span{Start: tk.Start, End: end, Label: labels[(i+j+int(c))%4]})
				}
			}
		}
		spans = append(spans, segment.Span{Start: int(a), End: int(b), Label: labels[int(c)%4]}, segment.Span{Start: int(b) - int(c), End: int(a) + int(c), Label: "XYZ"})
		ents := r.Resolve(body, "2019-04-24", sents, spans)
		for _, e := range ents {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(body) || m.Start >= m.End || body[m.Start:m.End] != m.Text {
					t.Fatalf("bad mention %+v of %q in %q", m, e.Name, body)
				}
			}
		}
	})
}

func BenchmarkResolve(b *testing.B) {
	r := newResolver(b)
	body, err := seeds.FS.ReadFile("articles/002_dmz_meeting.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(body)
	sents := segment.Sentences(s)
	spans := handTag(s, sampleTags["002_dmz_meeting.txt"])
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		r.Resolve(s, "2019-07-01", sents, spans)
	}
}

func BenchmarkResolveSeedArticle(b *testing.B) {
	r := newResolver(b)
	body := referenceArticle(b)
	sents := segment.Sentences(body)
	spans := handTag(body, seedTags)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		r.Resolve(body, "2019-04-24", sents, spans)
	}
}
