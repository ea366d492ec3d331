// Package segment splits an article body into sentences and tokens with byte
// offsets into the body: the common ground of the tagger and the rules that
// read relations and events.
package segment

import (
	"actorgraph/ingest/wordset"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word, number or punctuation mark; Start and End are byte
// offsets into the body it was read from.
type Token struct {
	Text       string
	Start, End int
}

// Sentence is a run of tokens ending in sentence punctuation or a paragraph
// break. Start and End are byte offsets into the body.
type Sentence struct {
	Start, End int
	Tokens     []Token
}

// Span is a labelled stretch of the body, such as a named-entity mention.
type Span struct {
	Start, End int
	Label      string
}

// abbreviations end in a dot that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "cmdr": true, "adm": true,
	"gov": true, "pres": true, "st": true, "jr": true, "sr": true, "mt": true, "ft": true,
	"no": true, "vs": true, "etc": true, "inc": true, "corp": true, "co": true, "ltd": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "rev": true, "hon": true,
	"u.s": true, "u.n": true, "u.k": true, "e.u": true, "d.c": true, "a.m": true, "p.m": true,
	"sens": true, "reps": true, "govs": true, "messrs": true, "gens": true, // "Democratic Sens. Patrick Moynihan and …"
}

// titles are abbreviations that always stand before a name.
var titles = wordset.Of(map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "cmdr": true, "adm": true,
	"gov": true, "pres": true, "st": true, "mt": true, "ft": true, "rev": true, "hon": true,
	"sens": true, "reps": true, "govs": true, "messrs": true, "gens": true,
})

// Tokenize splits body into tokens. Dotted abbreviations (U.S., Mr., E.)
// stay one token; a possessive 's is its own token; hyphenated words stay
// whole, as in CoNLL-2003.
func Tokenize(body string) []Token {
	toks := make([]Token, 0, len(body)/5+1) // news runs about five bytes a token
	i := 0
	for i < len(body) {
		if c := body[i]; c == ' ' || c == '\n' {
			i++ // most spaces, without decoding them
			continue
		}
		r, w := utf8.DecodeRuneInString(body[i:])
		if unicode.IsSpace(r) {
			i += w
			continue
		}
		start := i
		if r < utf8.RuneSelf && asciiWord[r] || isWordRune(r) {
			i = scanWord(body, i)
			// possessive: split a trailing 's / ’s (a word ending in
			// neither s nor S is none, and most are not tried)
			word := body[start:i]
			if last := word[len(word)-1]; last == 's' || last == 'S' {
				for _, suf := range []string{"'s", "’s", "'S"} {
					if len(word) > len(suf) && strings.HasSuffix(word, suf) {
						toks = append(toks, Token{word[:len(word)-len(suf)], start, i - len(suf)})
						toks = append(toks, Token{suf, i - len(suf), i})
						word = ""
						break
					}
				}
			}
			if word != "" {
				toks = append(toks, Token{word, start, i})
			}
			continue
		}
		i += w
		// runs of the same punctuation (..., --) stay together
		for i < len(body) {
			r2, w2 := utf8.DecodeRuneInString(body[i:])
			if r2 != r || r == '"' || r == '“' || r == '”' {
				break
			}
			i += w2
		}
		toks = append(toks, Token{body[start:i], start, i})
	}
	return toks
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// asciiWord is isWordRune of each ASCII byte: most of a word's bytes are
// read from it instead of decoded and classed rune by rune.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isWordRune(rune(c))
	}
	return t
}()

// wordJoiner are the ASCII bytes that may join a word to what follows
// (see scanWord's cases); any other ASCII byte but a word's ends it.
var wordJoiner = [utf8.RuneSelf]bool{'-': true, '\'': true, '&': true, ',': true, ':': true, '.': true}

// scanWord reads a word from i: letters and digits, joined by inner
// hyphens, apostrophes, dots of abbreviations, and the commas and dots of
// numbers.
func scanWord(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiWord[c] {
				i++
				continue
			}
			if !wordJoiner[c] {
				return i // a space, most often: no rune to decode, nothing around to read
			}
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			i += w
			continue
		}
		next, nw := utf8.DecodeRuneInString(s[i+w:])
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		switch r {
		case '-', '‑', '\'', '’', '&':
			if i+w < len(s) && isWordRune(next) {
				i += w
				continue
			}
		case ',', ':':
			if unicode.IsDigit(prev) && i+w < len(s) && unicode.IsDigit(next) {
				i += w
				continue
			}
		case '.':
			if unicode.IsDigit(prev) && i+w < len(s) && unicode.IsDigit(next) {
				i += w
				continue
			}
			if isAbbrevDot(s, i) {
				i += w
				// U.S.-backed: a hyphen after an abbreviation continues the word
				if i < len(s) && (s[i] == '-') && i+1 < len(s) {
					if n2, _ := utf8.DecodeRuneInString(s[i+1:]); isWordRune(n2) {
						i++
						continue
					}
				}
				if i < len(s) && isWordRune(next) && next != 0 && nw > 0 && isInitialChain(s, i) {
					continue
				}
				return i
			}
		}
		return i
	}
	return i
}

// IsAbbrevDot reports whether the dot at byte i of s belongs to the word
// before it (an initial, a letter of U.S., a known abbreviation such as
// "Inc." or "Mr.") rather than ending a sentence.
func IsAbbrevDot(s string, i int) bool { return isAbbrevDot(s, i) }

// isAbbrevDot reports whether the dot at i belongs to the word before it:
// a single letter (an initial, or a letter of U.S.), or a known abbreviation.
func isAbbrevDot(s string, i int) bool {
	j := i
	for j > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:j])
		if !isWordRune(r) && r != '.' {
			break
		}
		j -= w
	}
	word := strings.ToLower(strings.Trim(s[j:i], "."))
	if utf8.RuneCountInString(word) == 1 {
		if strings.HasSuffix(s[:j], "'") || strings.HasSuffix(s[:j], "’") {
			return false // "is Japan's.": a possessive ends the sentence, no initial
		}
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsLetter(r)
	}
	if abbreviations[word] {
		return true
	}
	// letters separated by dots: U.S, U.N, E.U
	if strings.Contains(word, ".") {
		for _, part := range strings.Split(word, ".") {
			if utf8.RuneCountInString(part) != 1 {
				return false
			}
		}
		return true
	}
	return false
}

// isInitialChain reports whether s[i:] continues a dotted abbreviation
// (the "S." of "U.S.") rather than starting a new word.
func isInitialChain(s string, i int) bool {
	r, w := utf8.DecodeRuneInString(s[i:])
	if !unicode.IsLetter(r) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[i+w:])
	return next == '.'
}

// Sentences splits body into sentences and tokenizes each.
func Sentences(body string) []Sentence {
	toks := Tokenize(body)
	var out []Sentence
	// Each sentence's tokens are a part of toks, capped so that appending
	// to one cannot run into the next.
	from := 0
	flush := func(to int) {
		if to == from {
			return
		}
		cur := toks[from:to:to]
		out = append(out, Sentence{Start: cur[0].Start, End: cur[len(cur)-1].End, Tokens: cur})
		from = to
	}
	inTicker := false // inside "<KLM.A>": wire copy's stock tickers hold full stops
	for k, t := range toks {
		switch t.Text {
		case "<":
			inTicker = k+1 < len(toks) && strings.Contains(body[t.End:min(len(body), t.End+12)], ">")
		case ">":
			inTicker = false
		}
		if k > from {
			prev := toks[k-1]
			if strings.Count(body[prev.End:t.Start], "\n") >= 2 || (strings.Contains(body[prev.End:t.Start], "\n") && !continuesLine(prev)) {
				flush(k)
			}
		}
		if !inTicker && endsSentence(t, toks, k) {
			flush(k + 1)
		}
	}
	flush(len(toks))
	return out
}

// continuesLine reports whether a single line break after t is inside a
// sentence (a wrapped line) rather than the end of a line of its own.
func continuesLine(t Token) bool {
	r, _ := utf8.DecodeLastRuneInString(t.Text)
	return unicode.IsLetter(r) && unicode.IsLower(r) || r == ','
}

func endsSentence(t Token, toks []Token, k int) bool {
	switch t.Text {
	case ".", "!", "?", "...", "…":
	case "”", "\"", "’", ")":
		// a closing quote right after sentence punctuation ends the sentence
		if k > 0 && toks[k-1].End == t.Start {
			p := toks[k-1].Text
			if p == "." || p == "!" || p == "?" {
				return nextStartsSentence(toks, k)
			}
		}
		return false
	default:
		// A title ("Mr.") never ends a sentence; another abbreviation
		// ("U.S.", "Inc.") ends one only before a word that typically starts one.
		if strings.HasSuffix(t.Text, ".") && len(t.Text) > 2 && !titles.Has(strings.ToLower(strings.TrimSuffix(t.Text, "."))) {
			return k+1 < len(toks) && (isSentenceStarter(toks[k+1].Text) || firmSuffixes.HasLower(t.Text) && newSubjectAfter(toks, k+1))
		}
		return false
	}
	// A dot before a comma or a semicolon ends an abbreviation, not a
	// sentence: "a Portland, Ore., holding company"; so does one joined to
	// a hyphen: "a Dublin, Calif.-based company".
	if t.Text == "." && k+1 < len(toks) && (toks[k+1].Text == "," || toks[k+1].Text == ";" || toks[k+1].Start == t.End && toks[k+1].Text == "-") {
		return false
	}
	// A quote mark attached to the punctuation closes a quotation and the
	// sentence ends after it; one after a space opens the next sentence.
	if k+1 < len(toks) && toks[k+1].Start == t.End {
		switch toks[k+1].Text {
		case "”", "\"", "’", ")":
			return false
		}
	}
	return true
}

func nextStartsSentence(toks []Token, k int) bool {
	if k+1 >= len(toks) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(toks[k+1].Text)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '“' || r == '"'
}

// firmSuffixes end a company's name with a dot: "Beneficial Corp.".
var firmSuffixes = wordset.Of(map[string]bool{"corp.": true, "inc.": true, "co.": true, "ltd.": true, "plc.": true, "cos.": true})

// wireCapitals are words the 1980s wire capitalised after an abbreviation
// inside a sentence ("Inc. Has raised", "the U.S. Will").
var wireCapitals = wordset.Of(map[string]bool{"Has": true, "Have": true, "Had": true, "Will": true, "Would": true, "Is": true,
	"Was": true, "Are": true, "Were": true, "By": true, "To": true, "For": true, "In": true, "Of": true, "On": true, "And": true,
	"Said": true, "Also": true, "Can": true, "Could": true, "May": true, "Should": true, "Did": true, "Does": true, "Into": true,
	"With": true, "At": true, "From": true, "As": true, "Or": true, "Plans": true, "Agreed": true})

// newSubjectAfter reports capitalised words from k that are no legal form
// and are followed by a lower-case word: the name that opens the next
// sentence and its verb ("… from Beneficial Corp. Beneficial had
// previously announced", "… Standard and Poor's Corp. Salomon Brothers Inc
// co-managed the deal"), not "Co. Ltd of Seoul" nor "Co. International.".
func newSubjectAfter(toks []Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	switch toks[k].Text {
	case "Ltd", "Plc", "PLC", "Inc", "Corp", "Co", "SA", "AG", "NV", "Cos", "International", "Limited":
		return false
	}
	if wireCapitals.Has(toks[k].Text) {
		return false // "Siemens Informations Systems Inc. Has raised": the wire capitalises a word after an abbreviation
	}
	j := k
	for j < len(toks) && j < k+5 && IsCapitalised(toks[j].Text) {
		j++
	}
	if j == k || j >= len(toks) || j == k+5 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(toks[j].Text)
	return unicode.IsLower(r)
}

// isSentenceStarter: words that commonly start a sentence after an
// abbreviation like "U.S." at a sentence end. "And" is not one: wires
// capitalise the word after "U.S." ("the U.S. And Japan agreed"), and a
// news sentence seldom opens with "And".
func isSentenceStarter(w string) bool {
	switch w {
	case "The", "It", "He", "She", "They", "We", "I", "In", "But", "A", "An", "This", "That", "There", "While", "With", "As", "On", "At":
		return true
	}
	return false
}

// IsCapitalised reports whether w begins with a capital letter in any
// script: "Émile" and "Łódź" are capitalised as much as "Paris". A
// title-case letter ("ǅ", the capital of a digraph) counts as a capital.
func IsCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}
