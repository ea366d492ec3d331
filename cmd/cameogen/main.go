// Command cameogen converts the PETRARCH2 verb dictionary (CAMEO.2.0.txt)
// into the embedded verb lexicon of ingest/cameo: the synonym sets, the verb
// blocks with their verbs and patterns in a canonical form, and a table of
// verb forms and their lemmas built from WordNet 3.0 and the dictionary's own
// irregular forms. It writes seeds/cameo/verbs.tsv.gz and
// seeds/cameo/lemmas.tsv.gz; the output is sorted or in dictionary order, so
// the same input gives the same bytes.
//
//	go run ./cmd/cameogen [-cameo FILE] [-wordnet DIR] [-out seeds/cameo]
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"actorgraph/cmd/internal/gzfile"
	"actorgraph/ingest/shared"
)

func main() {
	cameo := flag.String("cameo", filepath.Join(shared.Petrarch(), "CAMEO.2.0.txt"), "the PETRARCH2 verb dictionary")
	wordnet := flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 database directory (index.verb, verb.exc); Debian package wordnet-base")
	out := flag.String("out", "seeds/cameo", "directory to write the generated lexicon into")
	flag.Parse()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	if err := run(*cameo, *wordnet, *out, log); err != nil {
		log.Error("cameogen", "err", err)
		os.Exit(1)
	}
}

func run(cameoPath, wordnetDir, out string, log *slog.Logger) error {
	f, err := os.Open(cameoPath)
	if err != nil {
		return fmt.Errorf("open verb dictionary: %w", err)
	}
	d, err := parseDictionary(f, func(line int, msg string) {
		log.Debug("skipped", "line", line, "why", msg)
	})
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", cameoPath, err)
	}
	wn, err := readWordNet(wordnetDir)
	if err != nil {
		return err
	}
	lemmas := buildLemmas(wn, d)
	rekeyed, homographs := keyByLemma(d, wn, lemmas)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if err := gzfile.Write(filepath.Join(out, "verbs.tsv.gz"), func(w io.Writer) error { return writeVerbs(w, d) }); err != nil {
		return err
	}
	if err := gzfile.Write(filepath.Join(out, "lemmas.tsv.gz"), func(w io.Writer) error { return writeLemmas(w, lemmas) }); err != nil {
		return err
	}
	s := d.stats
	nverbs, npatterns := 0, 0
	for _, b := range d.blocks {
		nverbs += len(b.verbs)
		npatterns += len(b.patterns)
	}
	nforms := 0
	for _, fs := range lemmas {
		nforms += 1 + len(fs)
	}
	log.Info("wrote", "dir", out, "synsets", len(d.synsets), "blocks", len(d.blocks), "verbs", nverbs,
		"patterns", npatterns, "lemmas", len(lemmas), "forms", nforms)
	log.Info("left out or changed", "patterns with actor tokens ($ + % ^, dropped)", s.actorTokens,
		"patterns with an undefined synset", s.undefinedSynset, "patterns of the verb alone", s.bare,
		"patterns unreadable", s.unreadable, "duplicate patterns", s.duplicates,
		"codes with '!' (dropped)", s.bang, "transformations (~)", s.transformations,
		"irregular forms whose other words differ", s.formMismatch)
	log.Info("verbs keyed by their lemma", "inflected verbs keyed by their lemma", rekeyed,
		"homographs keyed by themselves", homographs)
	return nil
}

// dictionary is the verb dictionary as read: synonym sets, then blocks of
// verbs sharing patterns, in the order of the file.
type dictionary struct {
	synsets []synset
	blocks  []block
	stats   stats
}

// stats counts what the conversion left out or changed.
type stats struct {
	actorTokens, undefinedSynset, bare, unreadable, duplicates int
	bang, transformations, formMismatch                        int
}

// synset is a "&NAME" set of words or phrases. A phrase written with a
// final "_", or every phrase of a set whose name ends in "_", takes no
// plural; that is kept as a final "_" on the phrase.
type synset struct {
	name    string // without "&" or the final "_"
	phrases []string
}

// block is a "--- NAME [CODE] ---" verb block.
type block struct {
	name, code string
	verbs      []verb
	patterns   []pattern
}

// verb is one verb line of a block. A multi-word verb keeps its other words
// in before and after ("WIRE_+TAP": before "wire"; "+ASK_FOR": after "for").
type verb struct {
	entry         string   // as written, without "+" ("ASK_FOR")
	code          string   // its own code; "" for the block's
	before, after []string // lower case
	forms         []string // lower case; the verb word first, then those listed in {...}
}

// pattern is a "- pre * post [CODE]" line in canonical form (see writeVerbs).
type pattern struct {
	code, canon, text string
}

var (
	codeRE  = regexp.MustCompile(`^(---|\d{2,4}|\d{2,4}:\d{2,4}|:\d{2,4})$`)
	blockRE = regexp.MustCompile(`^---\s*(.*?)\s*\[([^\]]*)\]\s*---`)
)

// parseDictionary reads the verb dictionary. skip is told of every line or
// part of one that is left out, and why.
func parseDictionary(r io.Reader, skip func(line int, why string)) (*dictionary, error) {
	d := &dictionary{}
	defined := map[string]bool{}
	var syn *synset
	var synNoPlural bool
	var cur *block
	seen := map[string]bool{} // patterns of the current block, code and canon
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		raw := sc.Text()
		if m := blockRE.FindStringSubmatch(raw); m != nil {
			code, err := d.normCode(m[2])
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", n, err)
			}
			d.blocks = append(d.blocks, block{name: m[1], code: code})
			cur, syn = &d.blocks[len(d.blocks)-1], nil
			seen = map[string]bool{}
			continue
		}
		line := raw
		if i := strings.IndexAny(line, "#;"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(strings.ReplaceAll(line, "\t", " "))
		switch {
		case line == "":
		case strings.HasPrefix(line, "&"):
			name := strings.Fields(line)[0][1:]
			synNoPlural = strings.HasSuffix(name, "_")
			name = strings.TrimSuffix(name, "_")
			d.synsets = append(d.synsets, synset{name: name})
			syn, cur = &d.synsets[len(d.synsets)-1], nil
			defined[name] = true
		case syn != nil && strings.HasPrefix(line, "+"):
			p := strings.ToLower(strings.TrimPrefix(strings.Fields(line)[0], "+"))
			words := strings.Fields(strings.ReplaceAll(p, "_", " "))
			if len(words) == 0 {
				continue
			}
			ph := strings.Join(words, " ")
			if synNoPlural || strings.HasSuffix(p, "_") {
				ph += "_"
			}
			syn.phrases = append(syn.phrases, ph)
		case cur == nil:
			skip(n, "outside any block or synonym set")
		case strings.HasPrefix(line, "~"):
			d.stats.transformations++
			skip(n, "transformation")
		case strings.HasPrefix(line, "-"):
			p, ok, why := d.parsePattern(line[1:], defined)
			if !ok {
				skip(n, why)
				continue
			}
			k := p.code + " " + p.canon
			if seen[k] {
				d.stats.duplicates++
				continue
			}
			seen[k] = true
			cur.patterns = append(cur.patterns, p)
		default:
			v, err := d.parseVerb(line)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", n, err)
			}
			cur.verbs = append(cur.verbs, v)
		}
	}
	return d, sc.Err()
}

// normCode reads the inside of "[...]": "---" (also "----") is the null
// code; "042:043" pairs the subject's event with the object's in return,
// ":110" is the object's event only. One code in the file carries a "!"
// that no coder reads; it is dropped.
func (d *dictionary) normCode(c string) (string, error) {
	c = strings.TrimSpace(c)
	if c == "----" {
		c = "---"
	}
	if strings.HasSuffix(c, "!") {
		d.stats.bang++
		c = strings.TrimSuffix(c, "!")
	}
	if !codeRE.MatchString(c) {
		return "", fmt.Errorf("unreadable code [%s]", c)
	}
	return c, nil
}

// parseVerb reads a verb line: "VERB", "VERB {FORMS} [CODE]",
// "+ASK_FOR {+ASKED_FOR …}", "WIRE_+TAP".
func (d *dictionary) parseVerb(line string) (verb, error) {
	var v verb
	if i := strings.Index(line, "["); i >= 0 {
		j := strings.Index(line[i:], "]")
		if j < 0 {
			return v, fmt.Errorf("unclosed code in %q", line)
		}
		code, err := d.normCode(line[i+1 : i+j])
		if err != nil {
			return v, err
		}
		v.code = code
		line = line[:i] + line[i+j+1:]
	}
	var listed []string
	hasList := false
	if i := strings.Index(line, "{"); i >= 0 {
		j := strings.Index(line, "}")
		if j < i {
			return v, fmt.Errorf("unclosed forms in %q", line)
		}
		hasList = true
		listed = strings.FieldsFunc(line[i+1:j], func(r rune) bool { return r == ' ' || r == ',' })
		line = line[:i] + line[j+1:]
	}
	fields := strings.Fields(line)
	if len(fields) != 1 {
		return v, fmt.Errorf("verb line %q is not one phrase", line)
	}
	v.entry = strings.ReplaceAll(fields[0], "+", "")
	before, word, after := splitVerbPhrase(fields[0])
	v.before, v.after = before, after
	v.forms = []string{word}
	for _, f := range listed {
		b, w, a := splitVerbPhrase(f)
		if !slices.Equal(b, before) || !slices.Equal(a, after) {
			d.stats.formMismatch++
		}
		if w != "" && !slices.Contains(v.forms, w) {
			v.forms = append(v.forms, w)
		}
	}
	if hasList && len(v.forms) > 1 {
		slices.Sort(v.forms[1:])
	}
	return v, nil
}

// splitVerbPhrase splits "WIRE_+TAP" into before ["wire"], the verb word
// "tap" and after []; a phrase with no "+" is all verb word.
func splitVerbPhrase(p string) (before []string, word string, after []string) {
	words := strings.Split(strings.ToLower(strings.Trim(p, "_")), "_")
	if len(words) == 1 {
		return nil, strings.TrimPrefix(words[0], "+"), nil
	}
	at := 0
	for i, w := range words {
		if strings.HasPrefix(w, "+") {
			at = i
		}
	}
	if at > 0 {
		before = words[:at]
	}
	if at < len(words)-1 {
		after = words[at+1:]
	}
	return before, strings.TrimPrefix(words[at], "+"), after
}

// parsePattern reads the body of a pattern line ("* (FOR {FINANCIAL AID})
// [0231]") into its canonical form. The tokens "$", "+", "%" and "^" mark
// where the source or target actor stands, or a phrase to skip, in TABARI
// patterns; a use of a verb carries no actors, so they are dropped. "_"
// joins words into a phrase, as "{...}" does, and "/" separates
// alternative words.
func (d *dictionary) parsePattern(body string, defined map[string]bool) (pattern, bool, string) {
	i := strings.LastIndex(body, "[")
	j := strings.LastIndex(body, "]")
	if i < 0 || j < i {
		d.stats.unreadable++
		return pattern{}, false, "no code"
	}
	code, err := d.normCode(body[i+1 : j])
	if err != nil {
		d.stats.unreadable++
		return pattern{}, false, err.Error()
	}
	text := strings.Join(strings.Fields(body[:i]), " ")
	// "*_LAWS", "SPY_*_DEAL": the verb is no word of a phrase
	src := strings.NewReplacer("_*", " *", "*_", "* ").Replace(body[:i])
	toks := tokenize(src)
	if strings.Count(src, "*") != 1 {
		d.stats.unreadable++
		return pattern{}, false, "not one *"
	}
	pr := &patternReader{toks: toks, defined: defined}
	var pre, post []string
	star := false
	for !pr.done() {
		if pr.peek() == "*" {
			pr.next()
			star = true
			continue
		}
		el, err := pr.element()
		if err != nil {
			d.stats.unreadable++
			return pattern{}, false, err.Error()
		}
		if el == "" {
			continue
		}
		if star {
			post = append(post, el)
		} else {
			pre = append(pre, el)
		}
	}
	switch {
	case pr.undefined != "":
		d.stats.undefinedSynset++
		return pattern{}, false, "undefined synset &" + pr.undefined
	case len(pre)+len(post) == 0:
		// "- * [042:043]": the verb alone, whatever its object
		d.stats.bare++
	}
	if pr.actors {
		d.stats.actorTokens++
	}
	canon := strings.TrimSpace(strings.Join(pre, " ") + " * " + strings.Join(post, " "))
	return pattern{code: code, canon: canon, text: text}, true, ""
}

// tokenize splits a pattern into "*", "{", "}", "(", ")" and words.
func tokenize(s string) []string {
	var toks []string
	word := strings.Builder{}
	flush := func() {
		if word.Len() > 0 {
			toks = append(toks, word.String())
			word.Reset()
		}
	}
	for _, r := range s {
		switch r {
		case ' ', '\t':
			flush()
		case '*', '{', '}', '(', ')':
			flush()
			toks = append(toks, string(r))
		default:
			word.WriteRune(r)
		}
	}
	flush()
	return toks
}

// patternReader reads a pattern's tokens into canonical elements.
type patternReader struct {
	toks      []string
	at        int
	defined   map[string]bool
	undefined string // the first undefined synset met
	actors    bool   // an actor token was dropped
}

func (p *patternReader) done() bool   { return p.at >= len(p.toks) }
func (p *patternReader) peek() string { return p.toks[p.at] }
func (p *patternReader) next() string { p.at++; return p.toks[p.at-1] }

// element reads a word, a "{...}" phrase or a "(PREP ...)" phrase; "" for
// an actor token.
func (p *patternReader) element() (string, error) {
	switch t := p.next(); t {
	case "{":
		var ws []string
		for !p.done() && p.peek() != "}" {
			w := p.next()
			if w == "{" || w == "(" || w == ")" || w == "*" {
				return "", fmt.Errorf("%q inside {...}", w)
			}
			if x := p.word(w); x != "" {
				ws = append(ws, strings.Fields(strings.Trim(x, "{}"))...)
			}
		}
		if p.done() {
			return "", fmt.Errorf("unclosed {")
		}
		p.next()
		return phrase(ws), nil
	case "(":
		var parts []string
		for !p.done() && p.peek() != ")" {
			if p.peek() == "*" || p.peek() == "(" {
				return "", fmt.Errorf("%q inside (...)", p.peek())
			}
			el, err := p.element()
			if err != nil {
				return "", err
			}
			if el != "" {
				parts = append(parts, el)
			}
		}
		if p.done() {
			return "", fmt.Errorf("unclosed (")
		}
		p.next()
		if len(parts) == 0 {
			return "", nil
		}
		return "(" + strings.Join(parts, " ") + ")", nil
	case "}", ")":
		return "", fmt.Errorf("unopened %s", t)
	default:
		return p.word(t), nil
	}
}

// word reads a bare token: an actor token (""), "&SYNSET", "A/B", or
// "A_B" (a phrase).
func (p *patternReader) word(t string) string {
	switch t {
	case "$", "+", "%", "^":
		p.actors = true
		return ""
	}
	// a synset's name may hold "_" ("&FIGHT_OF_WORDS"): it runs to the
	// token's end
	words, syn, _ := strings.Cut(t, "&")
	var ws []string
	for _, w := range strings.Split(words, "_") {
		if w != "" {
			ws = append(ws, strings.ToLower(w))
		}
	}
	if syn != "" {
		name := strings.TrimSuffix(syn, "_")
		if !p.defined[name] && p.undefined == "" {
			p.undefined = name
		}
		ws = append(ws, "&"+name)
	}
	if len(ws) == 0 {
		return ""
	}
	if len(ws) == 1 {
		if strings.HasSuffix(t, "_") && !strings.HasPrefix(ws[0], "&") {
			return ws[0] + "_" // "REVOKE_": no plural
		}
		return ws[0]
	}
	return phrase(ws)
}

func phrase(ws []string) string {
	if len(ws) == 1 {
		return ws[0]
	}
	return "{" + strings.Join(ws, " ") + "}"
}

// wordNet is what the generator reads of WordNet: the single-word verb
// lemmas with how often their senses were seen in the tagged corpus (a
// tie-break between lemmas), and the irregular forms of verb.exc.
type wordNet struct {
	lemmas map[string]int      // lemma → tagsense_cnt
	exc    map[string][]string // form → lemmas
}

func readWordNet(dir string) (*wordNet, error) {
	wn := &wordNet{lemmas: map[string]int{}, exc: map[string][]string{}}
	err := readLines(filepath.Join(dir, "index.verb"), func(f []string) {
		// lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt offsets…
		if len(f) < 6 || strings.Contains(f[0], "_") {
			return
		}
		np, err := strconv.Atoi(f[3])
		if err != nil || len(f) < 6+np {
			return
		}
		tags, _ := strconv.Atoi(f[5+np])
		wn.lemmas[f[0]] = tags
	})
	if err != nil {
		return nil, err
	}
	err = readLines(filepath.Join(dir, "verb.exc"), func(f []string) {
		if len(f) < 2 || strings.Contains(f[0], "_") {
			return
		}
		for _, l := range f[1:] {
			if !strings.Contains(l, "_") {
				wn.exc[f[0]] = append(wn.exc[f[0]], l)
			}
		}
	})
	if err != nil {
		return nil, err
	}
	if len(wn.lemmas) == 0 {
		return nil, fmt.Errorf("no verb lemmas in %s/index.verb: is WordNet installed (apt-get install wordnet-base)?", dir)
	}
	return wn, nil
}

// readLines calls fn with the fields of every line of a WordNet file but
// the licence header (lines starting with a space).
func readLines(path string, fn func([]string)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open WordNet: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		if line := sc.Text(); line != "" && line[0] != ' ' {
			fn(strings.Fields(line))
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}

// How sure a form's lemma is; a form goes to its surest lemma. An irregular
// form of WordNet that the dictionary lists under one of WordNet's lemmas
// for it goes to that one ("overflown", of overflow or overfly, listed
// under OVERFLY); any other irregular form of WordNet beats the form's
// being a lemma itself ("found" → "find", "fell" → "fall"), which beats
// the dictionary's listed forms ("lie", listed under LAY, stays "lie"),
// which beat regular forms; the regular form of the doubling rule not
// taken ("visitted", "hopeed") comes last.
const (
	rankIrregularListed = iota
	rankIrregular
	rankSelf
	rankListed
	rankRegular
	rankVariant
)

// buildLemmas gives every single-word form its lemma, and returns each
// lemma's forms other than itself.
func buildLemmas(wn *wordNet, d *dictionary) map[string][]string {
	type cand struct {
		lemma string
		rank  int
	}
	best := map[string]cand{}
	better := func(a, b cand) bool { // a better than b
		if a.rank != b.rank {
			return a.rank < b.rank
		}
		if wn.lemmas[a.lemma] != wn.lemmas[b.lemma] {
			return wn.lemmas[a.lemma] > wn.lemmas[b.lemma]
		}
		return a.lemma < b.lemma
	}
	add := func(form, lemma string, rank int) {
		if !singleWord(form) || !singleWord(lemma) {
			return
		}
		c := cand{lemma, rank}
		if b, ok := best[form]; !ok || better(c, b) {
			best[form] = c
		}
	}
	lemmas := map[string]bool{}
	addRegular := func(l string) {
		canon, variant := regularForms(l)
		for _, f := range canon {
			add(f, l, rankRegular)
		}
		for _, f := range variant {
			add(f, l, rankVariant)
		}
	}
	for l := range wn.lemmas {
		lemmas[l] = true
		add(l, l, rankSelf)
		addRegular(l)
	}
	for form, ls := range wn.exc {
		for _, l := range ls {
			lemmas[l] = true
			add(form, l, rankIrregular)
		}
	}
	// the dictionary's verbs: a verb word that WordNet does not know, as a
	// lemma or a form, is a lemma of its own ("re-admit", "despatch")
	for _, b := range d.blocks {
		for _, v := range b.verbs {
			base := v.forms[0]
			if _, known := best[base]; !known && singleWord(base) {
				lemmas[base] = true
				add(base, base, rankSelf)
				if len(v.forms) == 1 {
					addRegular(base)
				}
			}
			if lemmas[base] {
				for _, f := range v.forms[1:] {
					rank := rankListed
					if slices.Contains(wn.exc[f], base) {
						rank = rankIrregularListed
					}
					add(f, base, rank)
				}
			}
		}
	}
	out := map[string][]string{}
	for l := range lemmas {
		out[l] = nil
	}
	for form, c := range best {
		if form != c.lemma {
			out[c.lemma] = append(out[c.lemma], form)
		}
	}
	for l := range out {
		slices.Sort(out[l])
	}
	return out
}

// keyByLemma keys each verb of the dictionary by the lemma of its verb
// word (lemmas, as buildLemmas gives them), so that every form of the
// lemma finds it: the dictionary lists some inflected forms as verbs of
// their own ("LOSING" and "LOST" beside "LOSE", "SAW" beside "SEE",
// "+IS_DETERMINED", "+SHOT_AND"), written for a coder that did not bring a
// verb to its lemma. The lemma goes first among the verb's forms, the
// form the dictionary wrote among the rest. A word that WordNet also lists
// as a verb of its own (index.verb; "shot", an irregular form's lemma in
// verb.exc only, is not) keeps itself when its block has no verb of the
// other lemma: the dictionary means the homograph ("FOUND" in the block of
// ENACT is to found a body, not "find"; "BOUND" in JUMP, "WOUND" in HURT,
// "LAY" in its own block). It returns how many verbs it keyed anew and how
// many homographs it left.
func keyByLemma(d *dictionary, wn *wordNet, lemmas map[string][]string) (rekeyed, homographs int) {
	lemmaOf := map[string]string{}
	for l, forms := range lemmas {
		for _, f := range forms {
			lemmaOf[f] = l
		}
	}
	for bi := range d.blocks {
		b := &d.blocks[bi]
		inBlock := map[string]bool{}
		for _, v := range b.verbs {
			inBlock[v.forms[0]] = true
		}
		for vi := range b.verbs {
			v := &b.verbs[vi]
			word := v.forms[0]
			l, ok := lemmaOf[word]
			if !ok || l == word {
				continue
			}
			if _, own := wn.lemmas[word]; own && !inBlock[l] {
				homographs++
				continue
			}
			rest := slices.DeleteFunc(slices.Clone(v.forms), func(f string) bool { return f == l })
			slices.Sort(rest)
			v.forms = append([]string{l}, rest...)
			rekeyed++
		}
	}
	return rekeyed, homographs
}

func singleWord(w string) bool {
	return w != "" && !strings.ContainsAny(w, " _")
}

// regularForms gives a verb's regular -s, -ed and -ing forms. Whether a
// final consonant doubles depends on stress, which the spelling does not
// show: a word of one syllable doubles ("stopped"), a longer one does not
// ("visited"); the other choice is returned as variant. WordNet lists most
// longer verbs that double ("committed") as irregular.
func regularForms(v string) (canon, variant []string) {
	n := len(v)
	if n < 2 {
		return nil, nil
	}
	last, prev := v[n-1], v[n-2]
	switch {
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") ||
		strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh") || last == 'o' && !vowel(prev):
		canon = append(canon, v+"es")
	case last == 'y' && !vowel(prev):
		canon = append(canon, v[:n-1]+"ies")
	default:
		canon = append(canon, v+"s")
	}
	switch {
	case last == 'e':
		canon = append(canon, v+"d")
		switch {
		case strings.HasSuffix(v, "ie"):
			canon = append(canon, v[:n-2]+"ying")
		case strings.HasSuffix(v, "ee") || strings.HasSuffix(v, "ye") || strings.HasSuffix(v, "oe"):
			canon = append(canon, v+"ing")
		default:
			canon = append(canon, v[:n-1]+"ing")
		}
	case last == 'y' && !vowel(prev):
		canon = append(canon, v[:n-1]+"ied", v+"ing")
	case doubles(v):
		d := v + string(last)
		if syllables(v) == 1 {
			canon = append(canon, d+"ed", d+"ing")
		} else {
			canon = append(canon, v+"ed", v+"ing")
			variant = append(variant, d+"ed", d+"ing")
		}
	default:
		canon = append(canon, v+"ed", v+"ing")
	}
	return canon, variant
}

func vowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// doubles reports whether a verb ends consonant–single vowel–consonant,
// the final consonant not w, x or y: the shape whose consonant doubles.
func doubles(v string) bool {
	n := len(v)
	if n < 3 {
		return false
	}
	c, m, b := v[n-1], v[n-2], v[n-3]
	return isLetter(c) && !vowel(c) && strings.IndexByte("wxy", c) < 0 && vowel(m) && isLetter(b) && !vowel(b) && !(b == 'q' && m == 'u')
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' }

func syllables(v string) int {
	n, in := 0, false
	for i := 0; i < len(v); i++ {
		if vowel(v[i]) {
			if !in {
				n++
			}
			in = true
		} else {
			in = false
		}
	}
	return n
}

// The generated files are gzip'd TSV. verbs.tsv.gz, in dictionary order:
//
//	S  NAME   PHRASES                    a synonym set, "&NAME" in patterns; phrases joined by "|", words by " ",
//	                                     a final "_" for no plural
//	B  NAME   CODE                       a verb block; the V and P lines after it are its own
//	V  ENTRY  CODE  BEFORE  FORMS  AFTER a verb: CODE "" for the block's; FORMS its key, the lemma of the
//	                                     verb word (see keyByLemma), then the verb word and those listed
//	                                     in {...}; BEFORE/AFTER the other words of a multi-word verb
//	P  CODE   CANON  TEXT                a pattern: canonical form, and the text as in the dictionary
//
// A canonical pattern is "PRE * POST", each side a list of elements: a
// word (lower case; "a/b" alternatives; a final "_" for no plural),
// "&NAME", "{w w …}" consecutive words, "(prep e …)" a preposition (never
// plural) and the elements that follow it. Codes: "---" null, "042", "042:043" the
// subject's event and the object's in return, ":110" the object's event.
//
// lemmas.tsv.gz, sorted: "LEMMA TAB FORMS", the forms other than the lemma
// itself whose lemma it is; a form is listed under one lemma only, and a
// lemma listed as another's form ("found" under "find") is that lemma's.
const (
	verbsHeader  = "# S name phrases | B name code | V entry code before forms after | P code canon text"
	lemmasHeader = "# lemma\tforms"
)

func writeVerbs(w io.Writer, d *dictionary) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, verbsHeader)
	for _, s := range d.synsets {
		fmt.Fprintf(bw, "S\t%s\t%s\n", s.name, strings.Join(s.phrases, "|"))
	}
	for _, b := range d.blocks {
		fmt.Fprintf(bw, "B\t%s\t%s\n", b.name, b.code)
		for _, v := range b.verbs {
			fmt.Fprintf(bw, "V\t%s\t%s\t%s\t%s\t%s\n", v.entry, v.code, strings.Join(v.before, " "),
				strings.Join(v.forms, " "), strings.Join(v.after, " "))
		}
		for _, p := range b.patterns {
			fmt.Fprintf(bw, "P\t%s\t%s\t%s\n", p.code, p.canon, p.text)
		}
	}
	return bw.Flush()
}

func writeLemmas(w io.Writer, lemmas map[string][]string) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, lemmasHeader)
	for _, l := range slices.Sorted(maps.Keys(lemmas)) {
		fmt.Fprintf(bw, "%s\t%s\n", l, strings.Join(lemmas[l], " "))
	}
	return bw.Flush()
}
