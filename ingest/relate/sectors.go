package relate

import (
	"actorgraph/ingest/wordset"
	"bufio"
	"compress/gzip"
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"actorgraph/ingest/syntax"
	"actorgraph/seeds"
)

// agentsTable is the PETRARCH2/Phoenix agents dictionary as cmd/seedgen
// converts it: the phrases that say which part of a state or body acts
// ("troops": military, "riot police": police) with their CAMEO sector.
const agentsTable = "petrarch/agents.tsv.gz"

// sectorWordsOfOurs is our own list, used where the agents dictionary has
// no entry for a word news uses alone, or gives one that is wrong for how
// we read a party; "" takes a dictionary entry away.
var sectorWordsOfOurs = map[string]string{
	// The dictionary has these only inside longer phrases ("official
	// sources", "opposition leader", "security forces"), yet news writes
	// them alone after a demonym or a name: "Iranian officials", "Russian
	// forces", "Israeli jets", "the opposition", "the ruling party".
	"official": "GOV", "officials": "GOV", "forces": "MIL", "jets": "MIL", "guards": "MIL",
	"opposition": "OPP", "party": "PTY", "union": "LAB", "unions": "LAB", "firms": "BUS",
	// The dictionary makes a deputy police (a sheriff's deputy). In world
	// news "deputy" is a rank before an office, which then says the sector
	// ("deputy foreign minister"), and deputies are members of a
	// parliament ("Duma deputies").
	"deputy": "", "deputies": "LEG",
	// The dictionary makes a spokesman media. A spokesman speaks for the
	// body named beside him ("an army spokesman" is the army's), which
	// then gives the sector; alone he gives none.
	"spokesman": "", "spokesmen": "", "spokesperson": "", "spokeswoman": "", "spokeswomen": "",
	// The dictionary makes representatives and delegates a legislature.
	// In news they mostly act for a body or a trade named beside them
	// ("representatives of U.S. cane sugar refiners", "OPEC delegates"),
	// which then gives the sector.
	"representatives": "", "delegate": "", "delegates": "",
}

// sectorPhrase is one phrase of two words or more and its sector; a word
// "*" stands for any words between its neighbours ("minister * for
// agriculture").
type sectorPhrase struct {
	words  []string
	sector string
}

// sectorLexicon is the agents dictionary with our list applied: the
// sector of each single word, and the longer phrases by their first word.
type sectorLexicon struct {
	word    map[string]string
	phrases map[string][]sectorPhrase
}

// loadSectors reads the embedded agents table once. The table is built
// into the binary, so a failure is a broken build.
var loadSectors = sync.OnceValue(func() *sectorLexicon {
	lex, err := readSectors(seeds.FS, sectorWordsOfOurs)
	if err != nil {
		panic("relate: the embedded agents table does not load: " + err.Error())
	}
	return lex
})

// readSectors reads the agents table of fsys and applies ours, a list
// like sectorWordsOfOurs (nil for the dictionary alone). A code keeps all
// its three-letter parts (GOVAGR, an agriculture ministry: government,
// agriculture), which the actor's code carries after its own, as GDELT
// keeps up to three role codes an actor. The few phrases whose code goes
// before the actor's (IGO peacekeepers) are left out, and where the
// dictionary gives one phrase two codes the first in the table's order is
// taken.
func readSectors(fsys fs.FS, ours map[string]string) (*sectorLexicon, error) {
	f, err := fsys.Open(agentsTable)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", agentsTable, err)
	}
	lex := &sectorLexicon{word: map[string]string{}, phrases: map[string][]sectorPhrase{}}
	seen := map[string]bool{}
	sc := bufio.NewScanner(zr)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 || len(cols[1]) < 3 || len(cols[1])%3 != 0 {
			return nil, fmt.Errorf("read %s: line %d is not phrase, code and place: %q", agentsTable, n, line)
		}
		phrase, sector, place := cols[0], cols[1], cols[2]
		if place != "after" || seen[phrase] {
			continue
		}
		seen[phrase] = true
		words := strings.Fields(phrase)
		if len(words) == 1 {
			lex.word[phrase] = sector
			continue
		}
		lex.phrases[words[0]] = append(lex.phrases[words[0]], sectorPhrase{words: words, sector: sector})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", agentsTable, err)
	}
	for w, sector := range ours {
		if sector == "" {
			delete(lex.word, w)
		} else {
			lex.word[w] = sector
		}
	}
	return lex, nil
}

// sectorOf is the sector a single word gives ("troops": MIL,
// "agrobusiness": BUSAGR), "" for none.
func sectorOf(w string) string { return loadSectors().word[strings.ToLower(w)] }

// mainSector is the first three-letter code of a sector, the part it
// plays ("GOVAGR": GOV).
func mainSector(sector string) string {
	if len(sector) > 3 {
		return sector[:3]
	}
	return sector
}

// npSector is the sector the words of a noun phrase give, outside its
// names: the first phrase of the dictionary found in it, the longest
// where several start at one word ("government troops" is the military,
// not the government).
// chamberWords are legislatures named by one word, which before a title
// make its holder a legislator.
var chamberWords = wordset.Of(map[string]bool{"House": true, "Senate": true, "Congress": true, "Parliament": true})

func npSector(ps *syntax.Sentence, s *sent, np syntax.NounPhrase) string {
	lex := loadSectors()
	for k := np.Start; k < np.End; k++ {
		if m := s.mentionAt(k); m != nil {
			if m.first == k && m.last == k+1 && chamberWords.Has(s.raw(k)) && k+1 < np.End && s.mentionAt(k+1) == nil {
				return "LEG" // "House Speaker Jim Wright", the chamber a name of its own
			}
			continue
		}
		best, bestEnd := "", k
		for _, p := range lex.phrases[ps.Lower(k)] {
			if end, ok := matchPhrase(ps, s, p.words[1:], k+1, np.End); ok && end > bestEnd {
				best, bestEnd = p.sector, end
			}
		}
		if best == "" {
			best = sectorOf(ps.Words[k])
		}
		if best != "" {
			return best
		}
	}
	return ""
}

// matchPhrase matches words against the sentence's words from k up to
// end, none inside a name ("*" matching any run of them, none too), and
// returns where the match ends.
func matchPhrase(ps *syntax.Sentence, s *sent, words []string, k, end int) (int, bool) {
	if len(words) == 0 {
		return k, true
	}
	if words[0] == "*" {
		for j := k; j <= end; j++ {
			if e, ok := matchPhrase(ps, s, words[1:], j, end); ok {
				return e, true
			}
			if j < end && s.mentionAt(j) != nil {
				break
			}
		}
		return 0, false
	}
	if k >= end || s.mentionAt(k) != nil || ps.Lower(k) != words[0] {
		return 0, false
	}
	return matchPhrase(ps, s, words[1:], k+1, end)
}

// notCharging are the dictionary's JUD and COP words for those who bring
// no charge: a party's own lawyers, and a prison. Their accusation stays
// an accusation (112).
var notCharging = wordset.Of(map[string]bool{
	"lawyer": true, "lawyers": true, "attorney": true, "attorneys": true, "advocate": true, "advocates": true,
	"barrister": true, "barristers": true, "counsel": true, "counsels": true, "counsellor": true,
	"counsellors": true, "counselor": true, "counselors": true, "counsellor-at-law": true,
	"counsellor-at-laws": true, "pleader": true, "pleaders": true, "conveyancer": true, "conveyancers": true,
	"prison": true, "prisons": true,
})

// chargingWord reports a word for police, prosecutors or a court, whose
// accusation is a charge (173).
func chargingWord(w string) bool {
	w = strings.ToLower(w)
	c := mainSector(sectorOf(w))
	return (c == "JUD" || c == "COP") && !notCharging.Has(w)
}
