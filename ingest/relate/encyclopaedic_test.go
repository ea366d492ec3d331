package relate

import (
	"regexp"
	"strings"
	"testing"

	"actorgraph/graph"
	"github.com/google/go-cmp/cmp"
)

// TestEncyclopaedicOffices: offices, memberships and affiliations as
// encyclopaedic paragraphs state them, on invented states, bodies and
// people (each given as an entity where its surface occurs, outside
// longer surfaces listed before it).
func TestEncyclopaedicOffices(t *testing.T) {
	cast := []struct {
		typ      graph.EntityType
		name     string
		surfaces []string
	}{
		{graph.Organization, "Ostland Pact", []string{"Ostland Pact"}},
		{graph.Organization, "Ostmark Bank", []string{"Ostmark Bank"}},
		{graph.Organization, "Vardo Court of Appeal", []string{"Vardo Court of Appeal"}},
		{graph.Organization, "Treaty of Vardo", []string{"Treaty of Vardo"}},
		{graph.Organization, "Vardo School of Economics", []string{"Vardo School of Economics"}},
		{graph.Organization, "Norland Labour Party", []string{"Norland Labour Party"}},
		{graph.Organization, "Kesk Rovers", []string{"Kesk Rovers"}},
		{graph.Country, "Norland", []string{"Norland", "=MISC:Norlandic"}},
		{graph.Country, "Vestria", []string{"Vestria", "=MISC:Vestrian"}},
		{graph.Country, "Kesk", []string{"Kesk"}},
		{graph.Person, "Jon Berg", []string{"Jon Berg", "Berg"}},
		{graph.Person, "Lena Dahl", []string{"Lena Dahl", "Dahl"}},
		{graph.Person, "Ada Holm", []string{"Ada Holm"}},
		{graph.Person, "Per Lund", []string{"Per Lund"}},
	}
	tests := []struct{ body, want string }{
		// "its" office: the organisation the paragraph is about
		{"The Ostland Pact was set up in 1950. Lena Dahl, a Norlandic lawyer, became its secretary-general in 2019.",
			"Lena Dahl leaderOf Ostland Pact [secretary-general] 2019–"},
		// "the court's president": the body the noun fits, named before
		{"Lena Dahl was elected to the Vardo Court of Appeal in 2001. For five years she was the court's president.",
			"Lena Dahl leaderOf Vardo Court of Appeal [president] –"},
		{"Kesk Rovers won the cup in 1990. Jon Berg later served as the club's president.",
			"Jon Berg leaderOf Kesk Rovers [president] –"},
		// a bank's governor heads it; a deputy governor does not
		{"Lena Dahl was governor of the Ostmark Bank from 2013 to 2016.", "Lena Dahl leaderOf Ostmark Bank [governor] 2013–2016"},
		{"Lena Dahl was deputy governor of the Ostmark Bank from 2013 to 2016.", "Lena Dahl officialOf Ostmark Bank [deputy governor] 2013–2016"},
		// "his finance minister": the state his possessor leads
		{"Jon Berg was President of Norland from 1990 to 2000. Ada Holm, his finance minister for most of that time, later left politics.",
			"Jon Berg leaderOf Norland [President] 1990–2000; Ada Holm officialOf Norland [finance minister] 2024-03-04–"},
		{"Jon Berg was President of Norland from 1990 to 2000. Ada Holm served as Berg's economy minister.",
			"Jon Berg leaderOf Norland [President] 1990–2000; Ada Holm officialOf Norland [economy minister] –"},
		{"Jon Berg was President of Norland from 1990 to 2000. His own foreign minister, Per Lund, opposed the treaty.",
			"Jon Berg leaderOf Norland [President] 1990–2000; Per Lund officialOf Norland [foreign minister] 2024-03-04–"},
		{"Lena Dahl led Norland from 2001 to 2010 as its president. She met Jon Berg twice. Her prime minister from 2004 to 2008 was Per Lund.",
			"Lena Dahl leaderOf Norland [] 2001–2010; Per Lund leaderOf Norland [prime minister] 2004–2008"},
		{"The Ostland Pact was set up in 1950. Since May 2022 its executive director has been Ada Holm.",
			"Ada Holm leaderOf Ostland Pact [executive director] –"},
		// a state's office named bare: the country the text says the
		// person leads, serves or is a citizen of
		{"Lena Dahl was President of Norland from 2001 to 2004. She later served as information and broadcasting minister.",
			"Lena Dahl leaderOf Norland [President] 2001–2004; Lena Dahl officialOf Norland [information and broadcasting minister] –"},
		{"Jon Berg was Prime Minister of Norland from 1992 to 1995. He had led the army, after which he was ambassador to Vestria for five years.",
			"Jon Berg leaderOf Norland [Prime Minister] 1992–1995; Jon Berg officialOf Norland [ambassador] –"},
		{"Jon Berg was a Norlandic statesman. He also held the post of foreign minister between 1951 and 1955.",
			"Jon Berg officialOf Norland [foreign minister] 1951–1955"},
		{"Jon Berg was Prime Minister of Norland. He was concurrently foreign minister until 1958.",
			"Jon Berg leaderOf Norland [Prime Minister] –; Jon Berg officialOf Norland [foreign minister] –1958"},
		{"Jon Berg was Prime Minister of Norland. In the government formed that year he was vice-president and minister of defence.",
			"Jon Berg leaderOf Norland [Prime Minister] –; Jon Berg officialOf Norland [vice-president and minister] –"},
		{"Jon Berg was Prime Minister of Norland. He served as foreign minister and later as deputy prime minister.",
			"Jon Berg leaderOf Norland [Prime Minister] –; Jon Berg officialOf Norland [foreign minister] –"},
		{"Jon Berg is a novelist. He later served as finance minister.", ""},
		// the clause after a pronoun is the pronoun's, not that of the
		// person an apposition before it names
		{"Lena Dahl is a Norlandic lawyer. The daughter of Jon Berg, a Vestrian banker, she later served as finance minister.",
			"Lena Dahl officialOf Norland [finance minister] –"},
		// the states that founded an organisation are its first members
		{"The Ostland Pact was founded in 1949 by ten states including Norland, Vestria and Kesk.",
			"Norland memberOf Ostland Pact [] 2024-03-04–; Vestria memberOf Ostland Pact [] 2024-03-04–; Kesk memberOf Ostland Pact [] 2024-03-04–"},
		{"The Ostland Pact was established in 1973 by the Treaty of Vardo, signed by Norland, Vestria and Kesk.",
			"Norland memberOf Ostland Pact [] 2024-03-04–; Vestria memberOf Ostland Pact [] 2024-03-04–; Kesk memberOf Ostland Pact [] 2024-03-04–"},
		{"The Ostland Pact was founded in 1952. Norland, Vestria and Kesk set it up, and others followed.",
			"Kesk memberOf Ostland Pact [] 2024-03-04–; Vestria memberOf Ostland Pact [] 2024-03-04–; Norland memberOf Ostland Pact [] 2024-03-04–"},
		{"The Ostmark Bank was founded in 1952. Norland set it up.", ""},
		// a state that joined, in a relative clause
		{"The Ostland Pact was founded in 1952. Kesk, which joined in 1996, was expelled in 2022.",
			"Kesk memberOf Ostland Pact [] 2024-03-04–"},
		// a succession: both held the office
		{"The Ostmark Bank opened in 1882. Lena Dahl became its governor in 2023. She succeeded Jon Berg, a former president of the Ostland Pact.",
			"Lena Dahl leaderOf Ostmark Bank [governor] 2023–; Jon Berg leaderOf Ostland Pact [president] –; Jon Berg leaderOf Ostmark Bank [governor] –"},
		{"Jon Berg was the first Premier of Norland. He was succeeded as premier by Per Lund.",
			"Jon Berg leaderOf Norland [Premier] –; Per Lund leaderOf Norland [Premier] –"},
		{"Kesk Rovers won the cup in 1990. Jon Berg served as the club's president. His successor, Per Lund, sold the ground.",
			"Jon Berg leaderOf Kesk Rovers [president] –; Per Lund leaderOf Kesk Rovers [president] –"},
		{"Lena Dahl was President of Norland. Her successor was the former footballer Ada Holm.",
			"Lena Dahl leaderOf Norland [President] –; Ada Holm leaderOf Norland [President] –"},
		{"Lena Dahl is a Norlandic lawyer who led the Ostland Pact from 2011, succeeding her father Jon Berg.",
			"Lena Dahl leaderOf Ostland Pact [] 2011–; Jon Berg leaderOf Ostland Pact [] –"},
		{"Lena Dahl entered Parliament in 2015 and succeeded Jon Berg as Norland Labour Party leader in 2020.",
			"Jon Berg leaderOf Norland Labour Party [leader] –; Lena Dahl leaderOf Norland Labour Party [leader] –"},
		// no office said, or a success that is no succession
		{"Lena Dahl is a Norlandic lawyer. She succeeded Jon Berg.", ""},
		{"Jon Berg was President of Norland. He succeeded in holding rates down.", "Jon Berg leaderOf Norland [President] –"},
		// a head titled without a country, under whom the article's
		// person served: the person's country; not one merely met, nor
		// where the sentence names another country
		{"Lena Dahl was President of Norland from 2006 to 2018. She had served as finance minister under President Jon Berg.",
			"Lena Dahl leaderOf Norland [President] 2006–2018; Jon Berg leaderOf Norland [President] –; Lena Dahl officialOf Norland [finance minister] –"},
		{"Jon Berg is a Norlandic diplomat. In 2021 he was appointed envoy by Prime Minister Per Lund.",
			"Per Lund leaderOf Norland [Prime Minister] –"},
		{"Jon Berg was President of Norland. In 2010 he met President Per Lund.", "Jon Berg leaderOf Norland [President] –"},
		{"Jon Berg was President of Norland. The treaty with Vestria was signed under President Per Lund.", "Jon Berg leaderOf Norland [President] –"},
		// work is the worker's: the pronoun that opens a clause after an
		// opening phrase, not a person named before it
		{"Lena Dahl served as finance minister under Jon Berg, and after the 1980 coup she went into exile, working for the Ostmark Bank.",
			"Lena Dahl affiliatedWith Ostmark Bank [] 2024-03-04–"},
		{"Per Lund is a Norlandic journalist. The son of the banker Jon Berg, he worked at the Ostmark Bank.",
			"Per Lund affiliatedWith Ostmark Bank [] –"},
		// a club's players and managers work for it; a captain or
		// manager who led it to a win too, while a party led is led
		{"Jon Berg managed Kesk Rovers from 1986 to 2013.", "Jon Berg affiliatedWith Kesk Rovers [] 2024-03-04–"},
		{"Jon Berg is a Vestrian coach. Before moving to Norland he had led Kesk Rovers to victory in the cup.", "Jon Berg affiliatedWith Kesk Rovers [] –"},
		{"Jon Berg led the Norland Labour Party to a landslide victory in 2024.", "Jon Berg leaderOf Norland Labour Party [] –"},
		{"Jon Berg is a Norlandic cricketer. In the league he played for Kesk Rovers.", "Jon Berg affiliatedWith Kesk Rovers [] 2024-03-04–"},
		{"Jon Berg played his entire career for Kesk Rovers.", "Jon Berg affiliatedWith Kesk Rovers [] 2024-03-04–"},
		{"Jon Berg played a key role for Kesk Rovers.", ""},
		{"Kesk Rovers, owned by a fund, is presided over by Lena Dahl.", "Lena Dahl leaderOf Kesk Rovers [] 2024-03-04–"},
		{"Lena Dahl is a Norlandic lawyer. Before her election she taught law at the Ostmark Bank.", "Lena Dahl affiliatedWith Ostmark Bank [] 2024-03-04–"},
		// a party named before, by "the party" or "it"; leaving a party
		// says one belonged to it; a relative clause of the party's
		{"Jon Berg co-founded the Norland Labour Party. He chaired the party from 1950 to 1966.", "Jon Berg leaderOf Norland Labour Party [] 1950–1966"},
		{"Jon Berg founded the Norland Labour Party in 1949 and headed it until 1966.", "Jon Berg leaderOf Norland Labour Party [] –1966"},
		{"Jon Berg rose through the Norland Labour Party, but he quit the party in 1990.", "Jon Berg memberOf Norland Labour Party [] –"},
		{"Jon Berg later left the Norland Labour Party.", "Jon Berg memberOf Norland Labour Party [] –"},
		{"Jon Berg was a Norlandic doctor. In 2016 he co-founded the Norland Labour Party, which he chaired until 2020.", "Jon Berg leaderOf Norland Labour Party [] –2020"},
		{"Jon Berg was a Norlandic doctor. He won as the candidate of the Norland Labour Party, which he left in 2015.", "Jon Berg memberOf Norland Labour Party [] –"},
		{"Jon Berg left Ostmark Bank in 1990.", ""},
		// an office in an opening "As …" phrase is the clause subject's
		{"Jon Berg was a Norlandic soldier. As leader of the Norland Labour Party he signed the treaty.", "Jon Berg leaderOf Norland Labour Party [leader] –"},
		{"As chairman of Ostmark Bank, Lena Dahl opened the branch.", "Lena Dahl leaderOf Ostmark Bank [chairman] –"},
		{"As a result, Jon Berg resigned.", ""},
		// replacing another "as" an office; "him" in a paragraph about a
		// woman is the other person named
		{"Lena Dahl was a Norlandic chemist. She entered the cabinet of Prime Minister Jon Berg in 1970 and replaced him as leader of the Norland Labour Party in 1975.",
			"Jon Berg leaderOf Norland [Prime Minister] –; Jon Berg leaderOf Norland Labour Party [leader] –; Lena Dahl leaderOf Norland Labour Party [leader] –"},
		{"Jon Berg replaced Lena Dahl in the team.", ""},
		// an institution's director heads it; a firm's may sit on its board
		{"Lena Dahl had earlier been director of the Vardo School of Economics.", "Lena Dahl leaderOf Vardo School of Economics [director] –"},
		{"Lena Dahl, a director of Ostmark Bank, spoke.", "Lena Dahl officialOf Ostmark Bank [director] 2024-03-04–"},
		// a topic that "took office"; an office held "long"
		{"Lena Dahl took office as President of Norland in 2024. She met Jon Berg in May. Her foreign minister, Per Lund, is a lawyer.",
			"Lena Dahl leaderOf Norland [President] 2024–; Per Lund officialOf Norland [foreign minister] 2024-03-04–"},
		{"Kesk Rovers won the cup in 1990. Per Lund, who had long been the club's general manager, left in 2019.", "Per Lund officialOf Kesk Rovers [general manager] –"},
		// a seat on a body's board; the paragraph's organisation's office
		// held by its noun or a title with "the"
		{"Lena Dahl also sits on the board of the Ostmark Bank.", "Lena Dahl officialOf Ostmark Bank [board member] –"},
		{"The Ostmark Bank opened in 1957. Lena Dahl, who had earlier sat on the bank's executive board, became its president in 2022.",
			"Lena Dahl leaderOf Ostmark Bank [president] 2022–; Lena Dahl officialOf Ostmark Bank [board member] –"},
		{"Jon Berg sat on the bench of the Ostmark Bank.", ""},
		{"The Ostland Pact was set up in 1973, and since 2021 the secretary-general has been Lena Dahl.", "Lena Dahl leaderOf Ostland Pact [secretary-general] –"},
		{"Kesk Rovers won the cup in 1990. Jon Berg has held the presidency since 2019.", "Jon Berg leaderOf Kesk Rovers [presidency] 2019–"},
		// "succeeded him": the other person, not the subject
		{"Jon Berg was the third President of Norland. He was vice-president under Per Lund and succeeded him in 1970.",
			"Jon Berg leaderOf Norland [President] –; Jon Berg officialOf Norland [vice-president] –; Per Lund leaderOf Norland [President] –"},
		// "led the country": the country named last, with no term
		{"Lena Dahl became Prime Minister of Norland in 2015. She is the eldest daughter of Jon Berg, who led the country for most of the period between 1968 and 1984.",
			"Lena Dahl leaderOf Norland [Prime Minister] 2015–; Jon Berg leaderOf Norland [] –"},
		// "went on to rule" after an apposition
		{"Jon Berg was President of Norland. His own vice-president, Per Lund, went on to rule Norland for thirty years.",
			"Jon Berg leaderOf Norland [President] –; Per Lund leaderOf Norland [] –; Per Lund officialOf Norland [vice-president] 2024-03-04–"},
		// "his former" office: held under the possessor
		{"Jon Berg was Prime Minister of Norland from 1981 to 2003. His former Deputy Minister Per Lund, whom he had sacked, later wrote books.",
			"Jon Berg leaderOf Norland [Prime Minister] 1981–2003; Per Lund officialOf Norland [Deputy Minister] –"},
		// a head of the paragraph's organisation with the years of his
		// term; a body led by another in a relative clause; its board's chair
		{"The Ostmark Bank was founded in 1957. Per Lund, president from 1980 to 1991, resigned.", "Per Lund leaderOf Ostmark Bank [president] 1980–1991"},
		{"The Ostmark Bank was founded in 1957. Per Lund, president from 1980 to 1991, joined the Ostland Pact.", ""},
		{"The coalition includes the Norland Labour Party, which is led by Lena Dahl.", "Lena Dahl leaderOf Norland Labour Party [] 2024-03-04–"},
		{"The Ostmark Bank is the largest lender. Its board is chaired by Jon Berg.", "Jon Berg leaderOf Ostmark Bank [chair] 2024-03-04–"},
		// "the country's" office: the one country the paragraph named
		{"Norland is a kingdom in the north. Its capital is Vardo. It exports fish. Jon Berg, who has also been the country's prime minister since 2022, spoke.",
			"Jon Berg leaderOf Norland [prime minister] 2022–"},
		// an office left ("stepped down as", "resigned as") was held; two
		// bodies of one title; handing over gives the successor each
		{"Lena Dahl resigned as president of the Ostland Pact in 2010.", "Lena Dahl leaderOf Ostland Pact [president] –"},
		{"Jon Berg stepped down as chairman of both Ostmark Bank and Kesk Rovers in 2023, handing over to his eldest son, Per Lund.",
			"Jon Berg leaderOf Ostmark Bank [chairman] –; Jon Berg leaderOf Kesk Rovers [chairman] –; Per Lund leaderOf Ostmark Bank [chairman] –; Per Lund leaderOf Kesk Rovers [chairman] –"},
		// "party leader" with no party named: the party the paragraph is about
		{"The Norland Labour Party was founded in 1945. Lena Dahl, a lawyer, was elected party leader in January 2022.",
			"Lena Dahl leaderOf Norland Labour Party [party leader] 2022–"},
		{"Kesk Rovers won the cup in 1990. Lena Dahl was elected party leader in 2022.", ""},
		// no state the possessor leads, no office
		{"Jon Berg is a Norlandic novelist. His editor, Ada Holm, lives in Vestria.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.body, func(t *testing.T) {
			h := newHand(t, tt.body)
			rest := tt.body
			for _, e := range cast {
				var in []string
				for _, s := range e.surfaces {
					word := strings.TrimPrefix(s, "=MISC:")
					// a surface inside a longer one named before is that one's
					if re := regexp.MustCompile(`\b` + regexp.QuoteMeta(word) + `\b`); re.MatchString(rest) {
						in = append(in, s)
						rest = re.ReplaceAllString(rest, "")
					}
				}
				if len(in) > 0 {
					h.unknown(e.typ, e.name, "", in...)
				}
			}
			res := relate(t, h, "2024-03-04")
			if diff := cmp.Diff(tt.want, officeLines(h, res)); diff != "" {
				t.Errorf("relations (-want +got):\n%s", diff)
			}
		})
	}
}

// TestEncyclopaedicNationality: a nationality after a describing word,
// or before one that is no office's title.
func TestEncyclopaedicNationality(t *testing.T) {
	for _, tt := range []struct{ body, want string }{
		{"Jon Berg is a retired Norlandic diplomat.", "Jon Berg citizenOf Norland"},
		{"Jon Berg is a Norlandic former striker.", "Jon Berg citizenOf Norland"},
		{"Jon Berg is a leading Norlandic lawyer.", "Jon Berg citizenOf Norland"},
		{"Jon Berg is a Norlandic President.", ""},
	} {
		t.Run(tt.body, func(t *testing.T) {
			h := newHand(t, tt.body).unknown(graph.Person, "Jon Berg", "", "Jon Berg").unknown(graph.Country, "Norland", "", "=MISC:Norlandic")
			res := relate(t, h, "2024-03-04")
			n := names(h.ents)
			var got []string
			for _, r := range res.Relations {
				if r.Predicate == graph.RelCitizenOf {
					got = append(got, n[r.Subject]+" citizenOf "+n[r.Object])
				}
			}
			if diff := cmp.Diff(tt.want, strings.Join(got, "; ")); diff != "" {
				t.Errorf("citizenship (-want +got):\n%s", diff)
			}
		})
	}
}
