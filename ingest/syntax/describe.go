package syntax

import (
	"fmt"
	"strings"
)

// Describe writes a clause the way tests and debugging read it:
// "visit past neg | subj: The prime minister | obj: Beijing | in: …".
func (s *Sentence) Describe(c Clause) string {
	var b strings.Builder
	b.WriteString(s.Words[c.Head])
	if c.Governor >= 0 {
		fmt.Fprintf(&b, " <%s", s.Words[c.Governor])
	}
	for _, f := range []struct {
		on   bool
		name string
	}{{c.Tense != "", c.Tense}, {c.Modal != "", c.Modal}, {c.Negated, "neg"}, {c.Passive, "passive"}, {c.Inverted, "inverted"}} {
		if f.on {
			b.WriteString(" " + f.name)
		}
	}
	list := func(label string, nps []NounPhrase) {
		if len(nps) == 0 {
			return
		}
		var parts []string
		for _, np := range nps {
			parts = append(parts, strings.Join(s.Words[np.Start:np.End], " "))
		}
		fmt.Fprintf(&b, " | %s: %s", label, strings.Join(parts, " + "))
	}
	list("subj", c.Subject)
	list("obj", c.Object)
	list("by", c.Agent)
	for _, p := range c.Preps {
		list(s.lower(p.Prep), p.Object)
	}
	return b.String()
}
