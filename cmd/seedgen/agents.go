package main

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
)

// agentsFile is the Phoenix agents dictionary: words for the kind of party
// a phrase names ("minister", "rebels", "riot police") and the sector code
// each gives (GOV, REB, COP…).
const agentsFile = "Phoenix.agents.txt"

// agentsHeader is the first line of agents.tsv: the columns.
const agentsHeader = "# phrase\tcode\tplace"

// agent is one form of an agent phrase with the code it gives. Phrase is
// lower-case words separated by single spaces; a "*" word stands where the
// dictionary lets other words come between ("minister * for agriculture").
// Place is where a coder puts the code beside the actor's own:
// "after" ("~GOV": Russia's government, RUSGOV) or "before" ("IGO~").
type agent struct {
	Phrase, Code, Place string
	Line                int // the dictionary line it comes from
}

// agentProblem is a dictionary line the conversion leaves out, and why.
type agentProblem struct {
	Line int
	Text string
	Why  string
}

// agentFixes correct what the agents dictionary writes wrongly, as
// written and as meant: six entries had the MINIST of "ADMINISTRATION"
// replaced by the marker of the !MINIST! set ("TERRITORIAL_AD!MINIST!RATION"),
// which would make "administerration".
var agentFixes = map[string]string{"AD!MINIST!RATI": "ADMINISTRATI"}

// parseAgents reads the agents dictionary: "!NAME! = A, B" substitution
// sets, then entries "PHRASE {PLURAL} [CODE]" with "#" comments. Every
// form of an entry is returned: each substitution of a "!NAME!" in it (no
// plural made of those, as the dictionary's format says), else the phrase
// and its plural — the one in braces ("{}" for none), none for a phrase
// ending in "_", otherwise the regular English plural of its last word.
// Lines it cannot read are returned as problems, not fatal.
func parseAgents(r io.Reader) ([]agent, []agentProblem, error) {
	subs := map[string][]string{}
	var out []agent
	var problems []agentProblem
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		raw := sc.Text()
		line, _, _ := strings.Cut(raw, "#")
		for wrong, right := range agentFixes {
			line = strings.ReplaceAll(line, wrong, right)
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "!") {
			if name, list, ok := strings.Cut(line, "="); ok {
				name = strings.TrimSpace(name)
				for _, w := range strings.Split(list, ",") {
					subs[name] = append(subs[name], strings.TrimSpace(w))
				}
				continue
			}
		}
		phrase, plural, code, place, why := agentLine(line)
		if why != "" {
			problems = append(problems, agentProblem{Line: n, Text: raw, Why: why})
			continue
		}
		forms, why := agentForms(phrase, plural, subs)
		if why != "" {
			problems = append(problems, agentProblem{Line: n, Text: raw, Why: why})
			continue
		}
		for _, f := range forms {
			out = append(out, agent{Phrase: f, Code: code, Place: place, Line: n})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, err
	}
	return out, problems, nil
}

// agentLine splits an entry into its phrase, its plural (nil when it gives
// none, empty when "{}"), its code and the code's place; why says what is
// wrong with a line it cannot read.
func agentLine(line string) (phrase string, plural *string, code, place, why string) {
	open := strings.Index(line, "[")
	if open < 0 {
		return "", nil, "", "", "no [code]"
	}
	closing := strings.Index(line[open:], "]")
	if closing < 0 {
		return "", nil, "", "", "the [code] is not closed with ]"
	}
	code = strings.TrimSpace(line[open+1 : open+closing])
	if rest := strings.TrimSpace(line[open+closing+1:]); rest != "" {
		return "", nil, "", "", fmt.Sprintf("%q after the code", rest)
	}
	phrase = line[:open]
	if i := strings.Index(phrase, "{"); i >= 0 {
		j := strings.Index(phrase, "}")
		if j < i {
			return "", nil, "", "", "the {plural} is not closed with }"
		}
		p := strings.TrimSpace(phrase[i+1 : j])
		plural = &p
		phrase = phrase[:i] + phrase[j+1:]
	}
	phrase = strings.TrimSpace(phrase)
	switch {
	case strings.HasPrefix(code, "~") && len(code) > 1:
		code, place = code[1:], "after"
	case strings.HasSuffix(code, "~") && len(code) > 1:
		code, place = code[:len(code)-1], "before"
	default:
		return "", nil, "", "", fmt.Sprintf("code %q has no ~ to say where it goes", code)
	}
	if phrase == "" {
		return "", nil, "", "", "no phrase"
	}
	return phrase, plural, code, place, ""
}

// agentForms are the forms of an entry's phrase, each in the form agent
// gives them (agentPhrase).
func agentForms(phrase string, plural *string, subs map[string][]string) ([]string, string) {
	if i := strings.Index(phrase, "!"); i >= 0 {
		j := strings.Index(phrase[i+1:], "!")
		if j < 0 {
			return nil, "a ! with no closing !"
		}
		name := phrase[i : i+j+2]
		list, ok := subs[name]
		if !ok {
			return nil, "undefined substitution set " + name
		}
		var out []string
		for _, w := range list {
			forms, why := agentForms(phrase[:i]+w+phrase[i+j+2:], new(string), subs)
			if why != "" {
				return nil, why
			}
			out = append(out, forms...)
		}
		return out, ""
	}
	forms := []string{agentPhrase(phrase)}
	switch {
	case plural != nil:
		if *plural != "" {
			forms = append(forms, agentPhrase(*plural))
		}
	case strings.HasSuffix(phrase, "_"):
	default:
		words := strings.Fields(forms[0])
		if p := pluralOf(words[len(words)-1]); p != "" {
			words[len(words)-1] = p
			forms = append(forms, strings.Join(words, " "))
		}
	}
	return forms, ""
}

// agentPhrase writes a dictionary phrase in lower case, its words split at
// "_" and blanks, a blank (other words may come between) written "*".
func agentPhrase(p string) string {
	var words []string
	for i, group := range strings.Fields(p) {
		if i > 0 {
			words = append(words, "*")
		}
		for _, w := range strings.Split(group, "_") {
			if w != "" {
				words = append(words, strings.ToLower(w))
			}
		}
	}
	return strings.Join(words, " ")
}

// pluralOf is the regular English plural of a noun, "" for a word ending
// in one "s", which in this dictionary is a plural already ("forces",
// "islamists") or has none ("news").
func pluralOf(w string) string {
	switch {
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"),
		strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	case strings.HasSuffix(w, "s"):
		return ""
	case len(w) > 1 && strings.HasSuffix(w, "y") && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

// sortAgents orders the agents by phrase, code and place, one line each.
func sortAgents(as []agent) []agent {
	slices.SortFunc(as, func(a, b agent) int {
		return strings.Compare(a.Phrase+"\t"+a.Code+"\t"+a.Place, b.Phrase+"\t"+b.Code+"\t"+b.Place)
	})
	return slices.CompactFunc(as, func(a, b agent) bool {
		return a.Phrase == b.Phrase && a.Code == b.Code && a.Place == b.Place
	})
}

func writeAgents(w io.Writer, as []agent) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, agentsHeader)
	for _, a := range as {
		fmt.Fprintf(bw, "%s\t%s\t%s\n", a.Phrase, a.Code, a.Place)
	}
	return bw.Flush()
}
