package syntax

import "strings"

// Nominal is an event named by a noun: "the chancellor's visit to Beijing",
// "the Geneva talks", "Israeli air strikes on Gaza", "the duties the
// ministry imposed".
type Nominal struct {
	Noun int // the event noun
	// Before are the words of its phrase before it ("the Geneva", "Israeli
	// air"); Possessor the noun phrases ending in 's before it.
	Before    []int
	Possessor []NounPhrase
	// Preps are the prepositional phrases right after it ("to Beijing",
	// "between Israel and Hamas", "by the army").
	Preps []PrepPhrase
	// Clause is the clause that has the noun's phrase as its subject or
	// object, or -1; ObjectOf tells which.
	Clause   int
	ObjectOf bool
}

// Nominals finds the nouns isEvent accepts (called with the lower-cased
// word) and reads their parties.
func (s *Sentence) Nominals(isEvent func(lower string) bool) []Nominal {
	var out []Nominal
	for k, p := range s.Phrases {
		if p.Type != "NP" {
			continue
		}
		for i := p.Start; i < p.End; i++ {
			if !strings.HasPrefix(s.tag(i), "NN") || s.name[i] >= 0 || !isEvent(s.lower(i)) {
				continue
			}
			n := Nominal{Noun: i, Clause: -1}
			for j := p.Start; j < i; j++ {
				if !s.possessive(j) {
					n.Before = append(n.Before, j)
				}
			}
			// possessors: "[Germany 's] [aid]", or as CoNLL chunks it,
			// "[the chancellor] ['s visit]"
			for j := k - 1; j >= 0 && s.Phrases[j].Type == "NP" && s.Phrases[j].End == s.Phrases[j+1].Start &&
				(s.possessive(s.Phrases[j].End-1) || s.possessive(s.Phrases[j+1].Start)); j-- {
				h := s.headOf(s.Phrases[j])
				n.Possessor = append([]NounPhrase{{Start: s.Phrases[j].Start, End: h + 1, Head: h}}, n.Possessor...)
			}
			if i == p.End-1 || s.tag(i+1) == "POS" {
				n.Preps = s.prepsAfter(k + 1)
			}
			for c, cl := range s.Clauses {
				for _, o := range cl.Object {
					if o.Start <= i && i < o.End {
						n.Clause, n.ObjectOf = c, true
					}
				}
				for _, sb := range cl.Subject {
					if sb.Start <= i && i < sb.End && n.Clause < 0 {
						n.Clause = c
					}
				}
			}
			out = append(out, n)
		}
	}
	return out
}

// prepsAfter reads the prepositional phrases from phrase k on while they
// follow each other: "to Beijing on Monday", "between Israel and Hamas".
func (s *Sentence) prepsAfter(k int) []PrepPhrase {
	var out []PrepPhrase
	end := -1
	if k > 0 {
		end = s.Phrases[k-1].End
	}
	appositive := false // the phrase before closed an apposition: "of X, Venezuela's former chief, to Y"
	for k+1 < len(s.Phrases) && s.Phrases[k].Type == "PP" && s.Phrases[k+1].Type == "NP" {
		if end >= 0 && s.Phrases[k].Start != end && !(appositive && s.gapIs(end, s.Phrases[k].Start, ",")) {
			break
		}
		parts, next := s.coordinated(k + 1)
		appositive = false
		if len(parts) > 0 {
			last := parts[len(parts)-1]
			for i := last.Start; i < last.End; i++ {
				appositive = appositive || s.lower(i) == ","
			}
		}
		if next == k+1 {
			break
		}
		out = append(out, PrepPhrase{Prep: s.Phrases[k].Start, Object: parts})
		end = s.Phrases[next-1].End
		k = next
	}
	return out
}
