package syntax

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Sentences written for this test, tokenised as the pipeline does
// ("didn't" is one word), with the clauses a reader should find.
func TestClauses(t *testing.T) {
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text  string
		names []string // proper names, kept whole
		want  []string
	}{
		// a "not" the chunker leaves after a copula denies it, and the
		// infinitive an adjective after it governs ("was not willing to
		// meet"); a copula with no "not" after it denies nothing
		{"Vesk was not in contact with Brask .", []string{"Vesk", "Brask"},
			[]string{"was past neg | subj: Vesk | in: contact | with: Brask"}},
		{"Vesk was not willing to meet Brask .", []string{"Vesk", "Brask"},
			[]string{"was past neg | subj: Vesk", "meet <was present neg | subj: Vesk | obj: Brask"}},
		{"Vesk was willing to meet Brask .", []string{"Vesk", "Brask"},
			[]string{"was past | subj: Vesk", "meet <was present | subj: Vesk | obj: Brask"}},
		// a finite verb after "and" goes on from the verb that governs the
		// infinitive before it, with that verb's subject
		{"Jon Vik urged producers not to panic and said prices would rise .", []string{"Jon Vik"},
			[]string{"urged past | subj: Jon Vik | obj: producers", "panic <urged present neg | subj: producers", "said past | subj: Jon Vik", "rise present would | subj: prices"}},
		// a subject opened by "none", "neither", "nobody" or "no" denies its
		// clause; a number after "no" does not ("no 2 bank")
		{"None of the Vesk members has asked Brask to cut output .", []string{"Vesk", "Brask"},
			[]string{"asked past neg | subj: None of the Vesk members | obj: Brask", "cut <asked present | subj: Brask | obj: output"}},
		{"No agreement was reached .", nil,
			[]string{"reached past neg passive | subj: No agreement"}},
		// an adverb after an apposition's comma leaves it an apposition;
		// in a list of subjects the first name's apposition is no member;
		// a party set off with "along with" acts beside the subject; a
		// list of three names with a comma before "and" stays a list
		{"Jon Berg , chairman of the Vesk panel , also said rates would fall .", []string{"Jon Berg", "Vesk"},
			[]string{"said past | subj: Jon Berg", "fall present would | subj: rates"}},
		{"Jon Berg , chairman of the Vesk panel , and Ada Lund , head of the Brask unit , also said rates would fall .", []string{"Jon Berg", "Vesk", "Ada Lund", "Brask"},
			[]string{"said past | subj: Jon Berg + Ada Lund", "fall present would | subj: rates"}},
		{"Halvard Corp , along with Brask Inc , recently launched an offer for Ostland Bank .", []string{"Halvard Corp", "Brask Inc", "Ostland Bank"},
			[]string{"launched past | subj: Halvard Corp + Brask Inc | obj: an offer | for: Ostland Bank"}},
		{"Norland , Vardo , and Lund said rates would fall .", []string{"Norland", "Vardo", "Lund"},
			[]string{"said past | subj: Norland + Vardo + Lund", "fall present would | subj: rates"}},
		// an -ing word of a trade before a business noun modifies it, and a
		// word the tagger read as a preposition before it ("wet") is the
		// phrase's adjective, so the sale's buyer after "to" is read
		{"Halvard agreed to sell its corn wet milling business to Brask Inc .", []string{"Halvard", "Brask Inc"},
			[]string{"sell <agreed past | subj: Halvard | obj: its corn wet milling business | to: Brask Inc"}},
		// a name set off by ", which" is the object of the relative
		// clause's verb when it has none; not one the verb fails "to" meet
		{"Brask Inc , which Halvard Corp acquired in May , operates cafeterias .", []string{"Brask Inc", "Halvard Corp"},
			[]string{"acquired past | subj: Halvard Corp | obj: Brask Inc | in: May", "operates present | obj: cafeterias"}},
		{"It missed the rules of the Vesk Board , which it failed to meet in May .", []string{"Vesk Board"},
			[]string{"missed past | subj: It | obj: the rules of the Vesk Board", "meet <failed past | subj: it | in: May"}},
		// a verb after ", and" goes on from the finite verb before a
		// participle describing a noun, not from the participle's noun
		{"Halvard has interests ranging from telecommunications to shipbuilding , and recently struck a deal with Brask Inc .", []string{"Halvard", "Brask Inc"},
			[]string{"has present | subj: Halvard", "ranging | subj: interests | from: telecommunications | to: shipbuilding", "struck past | subj: Halvard | obj: a deal | with: Brask Inc"}},
		{"Halvard Corp signed licensing agreements with Ostland Bank .", []string{"Halvard Corp", "Ostland Bank"},
			[]string{"signed past | subj: Halvard Corp | obj: licensing agreements | with: Ostland Bank"}},
		{"Halvard said it reached an agreement yesterday with Ostland Bank .", []string{"Halvard", "Ostland Bank"},
			[]string{"said past | subj: Halvard", "reached past | subj: it | obj: an agreement | with: Ostland Bank"}},
		{"Halvard launched a 100 dlr per share tender offer for Ostland Bank .", []string{"Halvard", "Ostland Bank"},
			[]string{"launched past | subj: Halvard | obj: a 100 dlr per share tender offer | for: Ostland Bank"}},
		// a phrase of time between the subject and its verb (a development
		// corpus sentence); not a subject of its own ("Sales last year rose")
		{"GenCorp earlier this month reached an agreement with Walt Disney Co .", []string{"GenCorp", "Walt Disney Co"},
			[]string{"reached past | subj: GenCorp | obj: an agreement | with: Walt Disney Co"}},
		// a subject's noun phrase with a place after "near" or "across" is
		// one subject, not the place alone
		{"Norlandic detainees at the Brekka prison near Vardo were abused by the guards .", []string{"Norlandic", "Brekka", "Vardo"},
			[]string{"abused past passive | subj: Norlandic detainees at the Brekka prison near Vardo | by: the guards"}},
		{"Norlandic bases across Ostmark were surrounded by Vardo troops .", []string{"Norlandic", "Ostmark", "Vardo"},
			[]string{"surrounded past passive | subj: Norlandic bases across Ostmark | by: Vardo troops"}},
		{"Sales last year rose 5 pct .", nil,
			[]string{"rose past | subj: Sales | obj: 5 pct"}},
		// a day word that closes the first of two coordinated verb phrases
		// leaves the second the first one's subject, not its object
		{"Jon Berg met Ada Lund today and urged Norland to cut tariffs .", []string{"Jon Berg", "Ada Lund", "Norland"},
			[]string{"met past | subj: Jon Berg | obj: Ada Lund", "urged past | subj: Jon Berg | obj: Norland", "cut <urged present | subj: Norland | obj: tariffs"}},
		// the tagger reads "offer" as a verb after "a tender" (a development
		// corpus sentence)
		{"Waste Management Inc made a tender offer to acquire ChemLawn Corp .", []string{"Waste Management Inc", "ChemLawn Corp"},
			[]string{"made past | subj: Waste Management Inc | obj: a tender offer", "acquire <made present | subj: Waste Management Inc | obj: ChemLawn Corp"}},
		{"Halvard raised its dividend after rejecting an offer from Ostland Bank .", []string{"Halvard", "Ostland Bank"},
			[]string{"raised past | subj: Halvard | obj: its dividend", "rejecting | subj: Halvard | obj: an offer | from: Ostland Bank"}},
		{"Before signing the pact , Norland consulted Vardo .", []string{"Norland", "Vardo"},
			[]string{"signing | subj: Norland | obj: the pact", "consulted past | subj: Norland | obj: Vardo"}},
		{"Chairman Jon Berg ( D-Ill . ) said rates would fall .", []string{"Jon Berg", "D-Ill"},
			[]string{"said past | subj: Chairman Jon Berg", "fall present would | subj: rates"}},
		// a time after "and" opens a second verb of the clause before: its
		// subject is the first verb's, and the list before it ends there
		{"Halvard plans to acquire Ostland Bank , Vardo , and last year acquired Brekka Corp .", []string{"Halvard", "Ostland Bank", "Vardo", "Brekka Corp"},
			[]string{"acquire <plans present | subj: Halvard | obj: Ostland Bank + Vardo", "acquired past | subj: Halvard | obj: Brekka Corp"}},
		{"Halvard sold Ostland Bank and yesterday bought Brekka Corp .", []string{"Halvard", "Ostland Bank", "Brekka Corp"},
			[]string{"sold past | subj: Halvard | obj: Ostland Bank", "bought past | subj: Halvard | obj: Brekka Corp"}},
		// "needs" after a name and before "to" and a verb is its verb
		{"Brask Bank said Japan needs to open its markets .", []string{"Brask Bank", "Japan"},
			[]string{"said past | subj: Brask Bank", "open <needs present | subj: Japan | obj: its markets"}},
		// "wants" between two names, the second acting after "to"
		// (a development corpus sentence: the tagger read "The U.S. wants
		// Japan" as one noun phrase)
		{"The U.S. wants Japan to eliminate its tariffs .", []string{"U.S.", "Japan"},
			[]string{"wants present | subj: The U.S. | obj: Japan", "eliminate <wants present | subj: Japan | obj: its tariffs"}},
		// an adverb inside a noun phrase after its possessive; a noun's
		// infinitive takes the phrase before a finite verb as its object
		{"Halvard Corp has completed its previously announced acquisition of Brask Inc .", []string{"Halvard Corp", "Brask Inc"},
			[]string{"completed past | subj: Halvard Corp | obj: its previously announced acquisition of Brask Inc"}},
		{"Halvard Corp said its agreement to buy Brask Inc expired .", []string{"Halvard Corp", "Brask Inc"},
			[]string{"said past | subj: Halvard Corp | obj: its agreement", "buy <said present | subj: Halvard Corp | obj: Brask Inc", "expired past"}},
		{"Jon Berg today called for tighter rules .", []string{"Jon Berg"},
			[]string{"called past | subj: Jon Berg | for: tighter rules"}},
		{"Halvard said it signed an original equipment manufacturing agreement with Wang .", []string{"Halvard", "Wang"},
			[]string{"said past | subj: Halvard", "signed past | subj: it | obj: an original equipment manufacturing agreement | with: Wang"}},
		{"The prime minister didn't visit Beijing .", nil,
			[]string{"visit past neg | subj: The prime minister | obj: Beijing"}},
		{"Sanctions were imposed on Iran by the European Union on Monday .", []string{"European Union"},
			[]string{"imposed past passive | subj: Sanctions | by: the European Union | on: Iran | on: Monday"}},
		{"In Geneva , Chile , Peru and Bolivia agreed to try to cut tariffs .", nil,
			[]string{"try <agreed past | subj: Chile + Peru + Bolivia", "cut <try present | subj: Chile + Peru + Bolivia | obj: tariffs"}},
		{"An official of Ostmark Bank , which raised funds in Brekka City , Vardo and Norland , declined comment .", []string{"Ostmark Bank", "Brekka City", "Vardo", "Norland"},
			[]string{"raised past | subj: An official of Ostmark Bank | obj: funds | in: Brekka City + Vardo + Norland", "declined past | subj: An official of Ostmark Bank | obj: comment"}},
		{"Delegates from Norland are meeting with officials of Vardo .", []string{"Norland", "Vardo"},
			[]string{"meeting present | subj: Delegates from Norland | with: officials of Vardo"}},
		{"Japan rejected a plan proposed by the United States .", []string{"Japan", "United States"},
			[]string{"rejected past | subj: Japan | obj: a plan", "proposed passive | subj: a plan | by: the United States"}},
		{"France , Italy and Spain plan to meet in Rome .", nil,
			[]string{"meet <plan present | subj: France + Italy + Spain | in: Rome"}},
		// the one called on or appealed to acts ("called on Reagan to
		// impose sanctions")
		{"Jon Berg called on Ada Lund to impose sanctions on Norland .", []string{"Jon Berg", "Ada Lund", "Norland"},
			[]string{"called past | subj: Jon Berg | on: Ada Lund", "impose <called present | subj: Ada Lund | obj: sanctions | on: Norland"}},
		{"The United States urged Japan to open its markets to American rice .", []string{"United States"},
			[]string{"urged past | subj: The United States | obj: Japan", "open <urged present | subj: Japan | obj: its markets | to: American rice"}},
		{"Kim Jong-un , the North Korean leader , met Vladimir Putin in Vladivostok .", []string{"Kim Jong-un", "Vladimir Putin"},
			[]string{"met past | subj: Kim Jong-un | obj: Vladimir Putin | in: Vladivostok"}},
		{"The minister who visited Japan said the talks would resume .", nil,
			[]string{"visited past | subj: The minister | obj: Japan", "said past | subj: The minister", "resume present would | subj: the talks"}},
		// a list of acts of one subject, the second after a comma
		{"Halvard said it sold its unit to Ostland Bank , sold its mills to Brask Inc and sold its stake to Vesk .", []string{"Halvard", "Ostland Bank", "Brask Inc", "Vesk"},
			[]string{"said past | subj: Halvard", "sold past | subj: it | obj: its unit | to: Ostland Bank", "sold past | subj: it | obj: its mills | to: Brask Inc", "sold past | subj: it | obj: its stake | to: Vesk"}},
		{"Japan signed the agreement and pledged aid to Kenya .", nil,
			[]string{"signed past | subj: Japan | obj: the agreement", "pledged past | subj: Japan | obj: aid | to: Kenya"}},
		{"The talks collapsed , said Foreign Minister Sergei Lavrov .", []string{"Sergei Lavrov"},
			[]string{"collapsed past | subj: The talks", "said past inverted | subj: Foreign Minister Sergei Lavrov"}},
		{"Germany will not provide weapons to Ukraine , Chancellor Olaf Scholz said .", []string{"Olaf Scholz"},
			[]string{"provide future will neg | subj: Germany | obj: weapons | to: Ukraine", "said past | subj: Chancellor Olaf Scholz"}},
		{"Brazil , India and South Africa condemned the attack on Israel .", []string{"South Africa"},
			[]string{"condemned past | subj: Brazil + India + South Africa | obj: the attack | on: Israel"}},
		// a verb form that is never a noun, after "and", opens the second
		// of two verb phrases, not a noun coordinated into the first's object
		{"The drought is hurting farms and threatens to reduce the crop .", nil,
			[]string{"hurting present | subj: The drought | obj: farms", "reduce <threatens present | subj: The drought | obj: the crop"}},
		{"The president of France threatened to impose tariffs on Chinese goods .", nil,
			[]string{"impose <threatened past | subj: The president of France | obj: tariffs | on: Chinese goods"}},
		{"Police arrested two opposition leaders in Minsk on Tuesday .", nil,
			[]string{"arrested past | subj: Police | obj: two opposition leaders | in: Minsk | on: Tuesday"}},
		{"Italy ruled out sending troops to Libya .", nil,
			[]string{"ruled past | subj: Italy", "sending <ruled | subj: Italy | obj: troops | to: Libya"}},
		{"Washington stopped supplying weapons to Israel .", nil,
			[]string{"supplying <stopped past | subj: Washington | obj: weapons | to: Israel"}},
		{"Colombia extradited the drug lord Dairo Usuga , known as Otoniel , to the United States .", []string{"Dairo Usuga", "Otoniel", "United States"},
			[]string{"extradited past | subj: Colombia | obj: the drug lord Dairo Usuga | to: the United States", "known past | subj: the drug lord Dairo Usuga | as: Otoniel"}},
		{"Russia is sending troops to Belarus .", nil,
			[]string{"sending present | subj: Russia | obj: troops | to: Belarus"}},
		{"Hungary blocked an EU aid package for Ukraine .", []string{"EU"},
			[]string{"blocked past | subj: Hungary | obj: an EU aid package | for: Ukraine"}},
		{"Several banks that will meet with Volcker tomorrow declined to comment .", []string{"Volcker"},
			[]string{"meet future will | subj: Several banks | with: Volcker", "comment <declined past | subj: Several banks"}},
		{"Farm leaders attending a meeting with President Jose Sarney called for talks .", []string{"Jose Sarney"},
			[]string{"attending | subj: Farm leaders | obj: a meeting", "called past | subj: Farm leaders | for: talks"}},
		{"Halvard Corp offered 4.00 dlrs a share for Norland Inc .", []string{"Halvard Corp", "Norland Inc"},
			[]string{"offered past | subj: Halvard Corp | obj: 4.00 dlrs | for: Norland Inc"}},
		// a price's "a share" after a phrase of price, before the phrase of what is bid for
		{"Halvard Corp began a tender offer at 25 dlrs a share for Brask Inc .", []string{"Halvard Corp", "Brask Inc"},
			[]string{"began past | subj: Halvard Corp | obj: a tender offer | at: 25 dlrs | for: Brask Inc"}},
		// a price per share inside a noun phrase is part of it (a
		// development corpus sentence)
		{"Halvard Inc made a 50 dlrs a share unsolicited bid for Brask Inc .", []string{"Halvard Inc", "Brask Inc"},
			[]string{"made past | subj: Halvard Inc | obj: a 50 dlrs a share unsolicited bid | for: Brask Inc"}},
		// those told end their phrase at their plural noun; the claim's
		// subject opens its own; "meanwhile" is no part of a name
		// (development corpus sentences)
		{"Jon Berg told his colleagues great progress had been made .", []string{"Jon Berg"},
			[]string{"told past | subj: Jon Berg | obj: his colleagues", "made past passive | subj: great progress"}},
		{"Jon Berg meanwhile told reporters conflict between the two set a poor example .", []string{"Jon Berg"},
			[]string{"told past | subj: Jon Berg | obj: reporters", "set past | subj: conflict between the two | obj: a poor example"}},
		// a name with an apposition holding a preposition's phrase after
		// a speech verb opens the clause said, as its subject (a
		// development corpus sentence); "rather than" opens no apposition
		{"Halvard said Brask Corp , a rival in the production of lasts , has offered to acquire Halvard .", []string{"Halvard", "Brask Corp"},
			[]string{"said past | subj: Halvard", "acquire <offered past | subj: Brask Corp | obj: Halvard"}},
		{"Vik said matters at the Halvard House , rather than an absence of pressure , restrained Berg .", []string{"Vik", "Halvard House", "Berg"},
			[]string{"said past | subj: Vik | obj: matters | at: the Halvard House", "restrained past | obj: Berg"}},
		// a month after "last" is a phrase of time between the object and
		// the verb's prepositions; a wh-adverb after it opens a clause of
		// its own (development corpus sentences)
		{"Halvard Bank sold its assets last November to Ostland Bank .", []string{"Halvard Bank", "Ostland Bank"},
			[]string{"sold past | subj: Halvard Bank | obj: its assets | to: Ostland Bank"}},
		{"The offices were acquired last June when Halvard merged with Ostland Bank .", []string{"Halvard", "Ostland Bank"},
			[]string{"acquired past passive | subj: The offices", "merged past | subj: Halvard | with: Ostland Bank"}},
		// a place's "-based" opens the phrase of the name after it, in the
		// wire's round brackets too (a development corpus sentence)
		{"Halvard Corp sold its shoe divisions to Vardo-based ( Brask Footwear Inc ) for undisclosed terms .", []string{"Halvard Corp", "Vardo-based", "( Brask Footwear Inc )"},
			[]string{"sold past | subj: Halvard Corp | obj: its shoe divisions | to: Vardo-based ( Brask Footwear Inc ) | for: undisclosed terms"}},
		{"Halvard Corp has made an offer to acquire , through a wholly owned unit , all shares of Brask Inc .", []string{"Halvard Corp", "Brask Inc"},
			[]string{"made past | subj: Halvard Corp | obj: an offer", "acquire <made present | subj: Halvard Corp | obj: all shares of Brask Inc | through: a wholly owned unit"}},
		{"Ostrin Inc agreed to buy , for 20 mln dlrs , the Pemco unit of Vesk Corp , a maker of pumps .", []string{"Ostrin Inc", "Pemco", "Vesk Corp"},
			[]string{"buy <agreed past | subj: Ostrin Inc | obj: the Pemco unit of Vesk Corp | for: 20 mln dlrs"}},
		{"Halvard Corp said , for its part , sales rose .", []string{"Halvard Corp"},
			[]string{"said past | subj: Halvard Corp | for: its part", "rose past | subj: sales"}},
		// "to" the chunker opens a verb group with, with a noun phrase and
		// no verb after it, is a preposition
		{"Jon Berg was extradited by the Bahamas to the United States on Wednesday .", []string{"Jon Berg", "Bahamas", "United States"},
			[]string{"extradited past passive | subj: Jon Berg | by: the Bahamas | to: the United States | on: Wednesday"}},
		// a past form tagged as a noun between two names in a sentence
		// with no verb is the verb; "not only" is no negation, and the
		// subject is found past it
		{"The EC rejected Manila 's request for lower tariffs .", []string{"EC", "Manila"},
			[]string{"rejected past | subj: The EC | obj: Manila 's request | for: lower tariffs"}},
		{"The EC not only ignored Manila 's request for lower tariffs .", []string{"EC", "Manila"},
			[]string{"ignored past | subj: The EC | obj: Manila 's request | for: lower tariffs"}},
		// so is an irregular past form the tagger reads inside the name's
		// phrase, in a clause with no finite verb, before its object
		{"Norland and the EC held talks on oil .", []string{"Norland", "EC"},
			[]string{"held past | subj: Norland + the EC | obj: talks | on: oil"}},
		{"Norland and the IMF held talks , officials said .", []string{"Norland", "IMF"},
			[]string{"held past | subj: Norland + the IMF | obj: talks", "said past | subj: officials"}},
		// so is a verb in the present no noun is spelt like
		{"Norland and the EC begin talks tomorrow .", []string{"Norland", "EC"},
			[]string{"begin present | subj: Norland + the EC | obj: talks"}},
		// a list of three names or more with a comma before the verb is
		// the subject, its last names no apposition of the one before; a
		// description with "and" after a name stays its apposition
		{"Norland , Vardo , Lund , the Brask Union and Ostmark , agreed to cooperate .", []string{"Norland", "Vardo", "Lund", "Brask Union", "Ostmark"},
			[]string{"cooperate <agreed past | subj: Norland + Vardo + Lund + the Brask Union + Ostmark"}},
		{"Jon Berg , a Norland Democrat and senior Vesk Committee member , said prices rose .", []string{"Jon Berg", "Norland", "Vesk Committee"},
			[]string{"said past | subj: Jon Berg", "rose past | subj: prices"}},
		{"In a filing with the Vesk Commission , Jon Berg , a Norland investor and money manager , said prices rose .", []string{"Vesk Commission", "Jon Berg", "Norland"},
			[]string{"said past | subj: Jon Berg", "rose past | subj: prices"}},
		// "aimed at" after a preposition's noun phrase, the clause's verb
		// before it, is that phrase's participle, no verb with a subject;
		// after a pronoun subject "intended to" stays the verb
		{"Talks have occurred between Norland and Vardo aimed at reaching a pact .", []string{"Norland", "Vardo"},
			[]string{"occurred past | subj: Talks | between: Norland + Vardo", "reaching | obj: a pact"}},
		{"Halvard said it intended to ask Vardo for help .", []string{"Halvard", "Vardo"},
			[]string{"said past | subj: Halvard", "ask <intended past | subj: it | obj: Vardo | for: help"}},
		{"The Trade and Industry Ministry rejected the proposal .", []string{"Trade and Industry Ministry"},
			[]string{"rejected past | subj: The Trade and Industry Ministry | obj: the proposal"}},
	} {
		words := strings.Fields(tc.text)
		var names [][2]int
		for _, n := range tc.names {
			nw := strings.Fields(n)
			for i := 0; i+len(nw) <= len(words); i++ {
				if strings.Join(words[i:i+len(nw)], " ") == n {
					names = append(names, [2]int{i, i + len(nw)})
				}
			}
		}
		s := p.Parse(words, names)
		var got []string
		for _, c := range s.Clauses {
			got = append(got, s.Describe(c))
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s\ntags %v\nchunks %v\n(-want +got):\n%s", tc.text, s.POS, s.Chunks, diff)
		}
	}
}

func TestRelativeObject(t *testing.T) {
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		{"The duties the ministry imposed hurt exporters .", "imposed past | subj: the ministry | obj: The duties"},
		{"The tariffs that the president ordered took effect .", "ordered past | subj: the president | obj: The tariffs"},
	} {
		s := p.Parse(strings.Fields(tc.text), nil)
		var got []string
		for _, c := range s.Clauses {
			got = append(got, s.Describe(c))
		}
		if len(got) == 0 || got[0] != tc.want {
			t.Errorf("%s\ntags %v\nchunks %v\ngot %q, want first %q", tc.text, s.POS, s.Chunks, got, tc.want)
		}
	}
}

func TestNominals(t *testing.T) {
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	events := map[string]bool{"visit": true, "talks": true, "strikes": true, "invasion": true, "sanctions": true}
	for _, tc := range []struct{ text, want string }{
		{"The chancellor 's visit to Beijing was postponed .", "visit | poss: The chancellor | to: Beijing"},
		{"The Geneva talks between Washington and Tehran resumed .", "talks | before: The Geneva | between: Washington + Tehran"},
		{"Israeli air strikes on Gaza continued .", "strikes | before: Israeli air | on: Gaza"},
		{"Analysts said the Russian invasion of Ukraine by land forces surprised Europe .", "invasion | before: the Russian | of: Ukraine | by: land forces"},
	} {
		s := p.Parse(strings.Fields(tc.text), nil)
		ns := s.Nominals(func(w string) bool { return events[w] })
		if len(ns) != 1 {
			t.Errorf("%s: %d nominal events, want 1 (tags %v, chunks %v)", tc.text, len(ns), s.POS, s.Chunks)
			continue
		}
		n := ns[0]
		got := s.Words[n.Noun]
		if len(n.Before) > 0 {
			got += " | before: " + strings.Join(s.Words[n.Before[0]:n.Before[len(n.Before)-1]+1], " ")
		}
		for _, np := range n.Possessor {
			got += " | poss: " + strings.Join(s.Words[np.Start:np.End], " ")
		}
		for _, pp := range n.Preps {
			var parts []string
			for _, o := range pp.Object {
				parts = append(parts, strings.Join(s.Words[o.Start:o.End], " "))
			}
			got += " | " + s.lower(pp.Prep) + ": " + strings.Join(parts, " + ")
		}
		if got != tc.want {
			t.Errorf("%s\ntags %v\nchunks %v\ngot  %s\nwant %s", tc.text, s.POS, s.Chunks, got, tc.want)
		}
	}
}

func TestParticipleTakesTheSubjectBefore(t *testing.T) {
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	s := p.Parse(strings.Fields("Norland expelled six diplomats on Monday , accusing them of espionage ."), nil)
	var got []string
	for _, c := range s.Clauses {
		got = append(got, s.Describe(c))
	}
	want := []string{"expelled past | subj: Norland | obj: six diplomats | on: Monday", "accusing | subj: Norland | obj: them of espionage"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s\ntags %v\nchunks %v", diff, s.POS, s.Chunks)
	}
}

// A "to" clause after one comma is no object of the verb before ("the
// first leader to travel there"); after an apposition closed by a second
// comma it is.
func TestGovernedAcrossCommas(t *testing.T) {
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text     string
		governed bool
	}{
		{"Norland was urged by Anna Berg , the head of the agency , to free the prisoners .", true},
		{"Jon Berg visited Brekka on Friday , the first leader of Norland to travel there .", false},
	} {
		s := p.Parse(strings.Fields(tc.text), nil)
		last := s.Clauses[len(s.Clauses)-1]
		if got := last.Governor >= 0; got != tc.governed {
			var d []string
			for _, c := range s.Clauses {
				d = append(d, s.Describe(c))
			}
			t.Errorf("%s: governed = %v, want %v (%q)", tc.text, got, tc.governed, d)
		}
	}
}
