package reader

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// furnitureRule removes a whole line whose normalised form matches re and
// has at most maxWords words: furniture is short, and the limit keeps a
// real sentence that happens to start the same way. A rule not anchored at
// the start of the line names a literal the line must contain, so that
// most lines skip its regexp, which would otherwise scan every line.
type furnitureRule struct {
	re       *regexp.Regexp
	maxWords int
	needle   string
}

func rule(maxWords int, pattern string) furnitureRule {
	return furnitureRule{re: regexp.MustCompile(pattern), maxWords: maxWords}
}

func ruleWith(needle string, maxWords int, pattern string) furnitureRule {
	r := rule(maxWords, pattern)
	r.needle = needle
	return r
}

// furniture is the site furniture that survives copy-paste and scraping,
// matched on lower-cased lines without bullets or trailing punctuation.
var furniture = []furnitureRule{
	// copyright and reprint lines
	rule(50, `^(copyright\s*(©|\(c\)|\d{4}|by\b)|©|\(c\)\s*\d{4})`),
	ruleWith("all rights reserved", 50, `\ball rights reserved\b`),
	rule(50, `^this (material|article|story|content) may not be (published|reproduced|republished|copied)`),
	ruleWith("reprint", 25, `reprint(ed|s)? (with )?permissions?\b|\breprints? (and|&) permissions|request (a )?reprint|for reprint\b`),
	// calls to action
	rule(15, `^(click|tap) (to|here|on|for|below|the)\b`),
	rule(20, `^(read|see|view|load|show) (more|the full (story|article)|full (story|article)|next)\b`),
	rule(6, `^(continue|keep) reading\b`),
	rule(8, `^share (this|on|via|to|the|article|story|post|page)\b`),
	rule(25, `^(sign up|signup|subscribe|register)\b.*\bnewsletters?\b`),
	rule(20, `^(get|receive) (our|the) .*newsletters?\b`),
	rule(8, `^sign up\b`),
	rule(10, `^subscribe\b`),
	rule(20, `^(already a subscriber|become a (subscriber|member)|support (our|independent|quality) journalism)\b`),
	rule(15, `^follow (us|me|him|her|them|@\S+|[\p{L}.' -]{1,40}?) on (twitter|x|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky|telegram|mastodon|whatsapp|social media)\b`),
	rule(8, `^follow (us|@\S+)\b`),
	// advertising
	rule(8, `^(advertisement|advertising|sponsored( content)?|paid (content|post)|promoted( content)?|ad)(\s*[-–—:|]\s*.*)?$`),
	rule(8, `^(story|article) continues below( the)?( advertisement| ad)?$`),
	// cookie notices
	rule(60, `^(we|this (web)?site|our (web)?site|this page)( and our partners)? (use|uses)( \S+)? cookies\b`),
	rule(60, `^by (continuing|using|clicking|browsing|accepting)\b.*\bcookies?\b`),
	rule(6, `^(accept|manage|reject|allow)( all| necessary| essential)? cookies\b`),
	rule(4, `^cookie (policy|settings|preferences|notice|consent)$`),
	// provenance notes and photo credits
	rule(60, `^(this|the) (article|story|post|piece|report|column|interview|essay) (was )?(originally|first) (appeared|published|ran|posted)\b`),
	rule(60, `^(a version of this (article|story|post)|this (article|story|post) (is|was) (republished|reprinted|adapted)|originally (published|appeared)|first published)\b`),
	rule(25, `^[(\[]?\s*((ap|afp|reuters|getty|getty images|epa|file|associated press|staff)\s+)?(photo|photograph|image|picture|credit|photo credit|image credit)s?\s*(:|/|by\b|courtesy\b)`),
	rule(25, `^\(.*\bphotos?\b.*\)$`),
	rule(8, `^([\p{L}]+ )*(via )?getty images$`),
	// datelines a page prints above the text; the date is metadata
	rule(12, `^(posted|published|updated|last (updated|modified))( on| at)?:?\s+((mon|tue|wed|thu|fri|sat|sun)\S*\s+)?(\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`),
	// navigation left behind by copy-paste
	rule(4, `^(skip to (main )?content|back to top|menu|home|search|close|print|email|e-mail|loading|log ?in|sign in|next|previous|prev|next (article|story)|previous (article|story)|toggle navigation|open menu|close menu|listen( to this (article|story))?|save( article| story)?|bookmark|comments?|view comments|show comments|hide comments|\d+ comments?|comments \(\d+\))$`),
	rule(20, `^(tags|topics|filed under|categories)\s*:\s`),
	rule(30, `^(related|see also|also read|read also|more)\s*:\s*\S`),
}

// commentPolicyHeading starts a block that goes on for as long as its
// paragraphs talk about commenting.
var commentPolicyHeading = rule(8, `(comment policy|comments policy|commenting policy|community guidelines|join the (conversation|discussion)|leave a (comment|reply)|post a comment)$`)

var commentTalk = regexp.MustCompile(`\bcomment(s|ing|ers?)?\b|third[- ]party|spot\.im|disqus|\bmoderat(ed|ion|ors?)\b|community (guidelines|standards|rules)|be (civil|respectful)|(log ?in|sign in) to`)

// relatedHeading starts a block of headline links that goes on for as long
// as its lines look like headlines.
var relatedHeading = rule(8, `^(related|related (articles?|stories|content|coverage|reading|links|news|posts|topics|videos?)|more (from|on|in) [^.]{1,40}|read next|up next|what to read next|recommended( for you| stories| reading| articles)?|you (may|might) also (like|be interested in)|most (popular|read|viewed)|trending( now| stories)?|further reading|see also|also read)$`)

// socialWords are the labels of share buttons; a line made only of them is
// a button row.
var socialWords = map[string]bool{
	"facebook": true, "twitter": true, "x": true, "email": true, "e-mail": true, "mail": true,
	"print": true, "whatsapp": true, "linkedin": true, "reddit": true, "pinterest": true,
	"telegram": true, "messenger": true, "copy": true, "link": true, "sms": true, "tumblr": true,
	"flipboard": true, "share": true, "tweet": true, "bluesky": true, "threads": true, "pocket": true,
}

// trailingCredit is a photo credit at the end of a caption or paragraph.
var trailingCredit = regexp.MustCompile(`(?i)\s*[(\[]\s*(?:(?:ap|afp|reuters|epa|file|associated press)\s+)?(?:photo|photograph|image|picture|credit|getty images)s?\b[^()\[\]]{0,100}[)\]]$`)

var textReplacer = strings.NewReplacer(
	"\r\n", "\n", "\r", "\n", "\f", "\n", "\v", "\n", "\u2028", "\n", "\u2029", "\n\n",
	"\u00a0", " ", "\ufeff", "", "\u200b", "",
)

// Clean removes site furniture (copyright and reprint lines, comment-policy
// blocks, share and subscribe prompts, advertisement markers, cookie
// notices, related-article lists, photo credits) from an article body,
// normalises line endings and spacing, and leaves paragraphs separated by
// one blank line. Lines are judged whole: a sentence that merely contains
// "click" or "subscribe" stays.
func Clean(body string) string {
	body = textReplacer.Replace(strings.ToValidUTF8(body, "\uFFFD"))
	lines := strings.Split(body, "\n")
	for i := range lines {
		lines[i] = withoutCredits(strings.TrimSpace(lines[i]))
	}

	kept := make([]string, 0, len(lines))
	const (
		inText = iota
		inRelated
		inComments
	)
	mode := inText
	prevDropped := false
	for i, line := range lines {
		if line == "" {
			kept = append(kept, line)
			continue
		}
		key := furnitureKey(line)
		words := countWords(line, 100)
		switch mode {
		case inRelated:
			if headlineLike(line, words) {
				prevDropped = true
				continue
			}
		case inComments:
			if words <= 80 && commentTalk.MatchString(key) {
				prevDropped = true
				continue
			}
		}
		mode = inText
		if standalone(lines, i, prevDropped) {
			switch {
			case commentPolicyHeading.matches(key, words):
				mode, prevDropped = inComments, true
				continue
			case relatedHeading.matches(key, words):
				mode, prevDropped = inRelated, true
				continue
			case isFurniture(key, words):
				prevDropped = true
				continue
			}
		}
		prevDropped = false
		kept = append(kept, line)
	}
	return joinParagraphs(kept)
}

// withoutCredits strips the photo credits that end a line, however many.
// A credit is short, so only the line's tail is searched: a regexp over a
// whole megabyte-long line would cost seconds.
func withoutCredits(line string) string {
	for strings.HasSuffix(line, ")") || strings.HasSuffix(line, "]") {
		from := max(0, len(line)-160)
		for from > 0 && !utf8.RuneStart(line[from]) {
			from--
		}
		loc := trailingCredit.FindStringIndex(line[from:])
		if loc == nil {
			break
		}
		line = strings.TrimSpace(line[:from+loc[0]])
	}
	return line
}

// countWords counts the words of s, stopping once past limit: furniture
// rules only ask whether a line is short.
func countWords(s string, limit int) int {
	n, inWord := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			inWord = false
			continue
		}
		if !inWord {
			n++
			if n > limit {
				return n
			}
			inWord = true
		}
	}
	return n
}

func (r furnitureRule) matches(key string, words int) bool {
	return words <= r.maxWords && strings.Contains(key, r.needle) && r.re.MatchString(key)
}

func isFurniture(key string, words int) bool {
	for _, r := range furniture {
		if r.matches(key, words) {
			return true
		}
	}
	return socialRow(key)
}

// furnitureKey lower-cases a line and strips the bullets, arrows and
// closing punctuation that decorate furniture.
func furnitureKey(line string) string {
	key := strings.ToLower(line)
	key = strings.TrimLeft(key, "-*•·#>|›» \t")
	key = strings.TrimRight(key, ".!:;…»›>→|-–—* \t")
	return key
}

func socialRow(key string) bool {
	if len(key) > 100 {
		return false
	}
	fields := strings.FieldsFunc(key, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("|·/,•", r)
	})
	if len(fields) == 0 || len(fields) > 10 {
		return false
	}
	for _, f := range fields {
		if !socialWords[f] {
			return false
		}
	}
	return true
}

// standalone reports whether line i stands on its own rather than being
// part of a sentence hard-wrapped across lines, where a line such as
// "subscribe to the service, he said" must survive. A wrapped line starts
// in lower case after an unfinished line, or runs on into a next line that
// starts in lower case.
func standalone(lines []string, i int, prevDropped bool) bool {
	line := lines[i]
	if i > 0 && lines[i-1] != "" && !prevDropped && !finished(lines[i-1]) && startsLower(line) {
		return false
	}
	if i+1 < len(lines) && lines[i+1] != "" && !finished(line) && startsLower(lines[i+1]) {
		return false
	}
	return true
}

func finished(line string) bool {
	last, _ := utf8.DecodeLastRuneInString(line)
	return strings.ContainsRune(".!?:\"”’)]", last)
}

func startsLower(line string) bool {
	first, _ := utf8.DecodeRuneInString(line)
	return unicode.IsLower(first)
}

// headlineLike is a line in a list of links to other stories: short and
// not a finished sentence.
func headlineLike(line string, words int) bool {
	last, _ := utf8.DecodeLastRuneInString(line)
	return words <= 20 && !strings.ContainsRune(".!?", last)
}

// joinParagraphs collapses runs of blank lines into one and trims the ends.
func joinParagraphs(lines []string) string {
	var b strings.Builder
	blank := false
	for _, line := range lines {
		if line == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if blank {
				b.WriteByte('\n')
			}
		}
		b.WriteString(line)
		blank = false
	}
	return b.String()
}
