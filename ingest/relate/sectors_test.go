package relate

import (
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"actorgraph/graph"
	"actorgraph/seeds"
)

// The sector of a party's code comes from the agents dictionary: a word
// our own list lacked ("farmers"), a phrase of several words ("air
// force"), the longest phrase where several start at one word
// ("government troops" are soldiers), and our list where the dictionary
// has nothing ("officials") or is wrong for news ("deputy", "spokesman",
// "representatives").
func TestActorSectorsFromAgentsDictionary(t *testing.T) {
	tests := []struct {
		name, body string
		build      func(h *hand)
		want       []string
	}{
		{"a word only the dictionary has",
			"Danish farmers blocked roads into Sweden on Monday.",
			func(h *hand) {
				h.known(graph.Country, "Denmark", "=MISC:Danish").known(graph.Country, "Sweden", "Sweden")
			},
			[]string{"actor DNKAGR", "target SWE"}},
		{"both role codes of a dictionary code",
			"The Danish agriculture minister accused Sweden of dumping on Monday.",
			func(h *hand) {
				h.known(graph.Country, "Denmark", "=MISC:Danish").known(graph.Country, "Sweden", "Sweden")
			},
			[]string{"actor DNKGOVAGR", "target SWE"}},
		{"a sector after an organisation's own code",
			"NATO troops shelled Serbia on Monday.",
			func(h *hand) {
				h.known(graph.Organization, "NATO", "NATO").known(graph.Country, "Serbia", "Serbia")
			},
			[]string{"actor IGOWSTNATMIL", "target SRB"}},
		{"a phrase of two words",
			"The Chilean air force bombed Peru on Monday.",
			func(h *hand) {
				h.known(graph.Country, "Chile", "=MISC:Chilean").known(graph.Country, "Peru", "Peru")
			},
			[]string{"actor CHLMIL", "target PER"}},
		{"the longest phrase at a word",
			"Sudanese government troops shelled Chad on Monday.",
			func(h *hand) {
				h.known(graph.Country, "Sudan", "=MISC:Sudanese").known(graph.Country, "Chad", "Chad")
			},
			[]string{"actor SDNMIL", "target TCD"}},
		{"our word where the dictionary has none",
			"Iranian officials accused Iraq of shelling the border on Monday.",
			func(h *hand) {
				h.known(graph.Country, "Iran", "=MISC:Iranian").known(graph.Country, "Iraq", "Iraq")
			},
			[]string{"actor IRNGOV", "target IRQ"}},
		{"a deputy is a rank, not the police",
			"A Polish deputy foreign minister accused Belarus of lying on Monday.",
			func(h *hand) {
				h.known(graph.Country, "Poland", "=MISC:Polish").known(graph.Country, "Belarus", "Belarus")
			},
			[]string{"actor POLGOV", "target BLR"}},
		{"a spokesman is not the media",
			"A Turkish spokesman accused Greece of lying on Monday.",
			func(h *hand) {
				h.known(graph.Country, "Turkey", "=MISC:Turkish").known(graph.Country, "Greece", "Greece")
			},
			[]string{"actor TUR", "target GRC"}},
		{"a chamber named before a title makes its holder a legislator ('House Speaker Jon Vik'), the chamber a name of its own",
			"House Speaker Jon Vik accused Mexico of lying on Monday.",
			func(h *hand) {
				h.known(graph.Organization, "United States House of Representatives", "House").unknown(graph.Person, "Jon Vik", "USA", "Jon Vik").known(graph.Country, "Mexico", "Mexico")
			},
			[]string{"actor USALEG", "target MEX"}},
		{"representatives are not a legislature",
			"Canadian representatives accused Mexico of lying on Monday.",
			func(h *hand) {
				h.known(graph.Country, "Canada", "=MISC:Canadian").known(graph.Country, "Mexico", "Mexico")
			},
			[]string{"actor CAN", "target MEX"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHand(t, tt.body)
			tt.build(h)
			res := relate(t, h, "2024-03-04")
			var got []string
			for _, ev := range res.Events {
				if ev.Type == "statement" {
					continue
				}
				for _, p := range ev.Participants {
					got = append(got, p.Role+" "+p.Code)
				}
			}
			sort.Strings(got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\nactor codes (-want +got):\n%s", tt.body, diff)
			}
		})
	}
}

// Police, prosecutors and courts charge (173); lawyers, whom the
// dictionary puts among the judiciary too, only accuse (112).
func TestOnlyPoliceProsecutorsAndCourtsCharge(t *testing.T) {
	tests := []struct{ body, want string }{
		{"Turkish prosecutors accused Greece of a crime on Monday.", "173"},
		{"Turkish police accused Greece of a crime on Monday.", "173"},
		{"Turkish lawyers accused Greece of a crime on Monday.", "112"},
		{"Turkish attorneys accused Greece of a crime on Monday.", "112"},
	}
	for _, tt := range tests {
		h := newHand(t, tt.body)
		h.known(graph.Country, "Turkey", "=MISC:Turkish").known(graph.Country, "Greece", "Greece")
		var got []string
		for _, ev := range relate(t, h, "2024-03-04").Events {
			got = append(got, ev.CAMEO)
		}
		if len(got) != 1 || len(got[0]) < 3 || got[0][:3] != tt.want {
			t.Errorf("%s: events coded %v, want one %s", tt.body, got, tt.want)
		}
	}
}

// Each entry of our list changes what the dictionary says: one that
// agrees with it is dead weight, and one the dictionary came to have would
// no longer be needed.
func TestSectorWordsOfOursDifferFromTheDictionary(t *testing.T) {
	dict, err := readSectors(seeds.FS, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(dict.word) < 1000 || len(dict.phrases) < 500 {
		t.Errorf("the agents table gives %d words and phrases at %d first words, want the thousand or so of each it holds", len(dict.word), len(dict.phrases))
	}
	for w, ours := range sectorWordsOfOurs {
		if dict.word[w] == ours {
			t.Errorf("%q: our list and the dictionary both give %q; drop it from sectorWordsOfOurs", w, ours)
		}
	}
	lex := loadSectors()
	for w, ours := range sectorWordsOfOurs {
		if got := lex.word[w]; got != ours {
			t.Errorf("sector of %q = %q, want ours, %q", w, got, ours)
		}
	}
}
