package reader

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// headerLine matches the dateline some archives put at the top of a saved
// article: "- Publisher - Weekday, Month D, YYYY", with or without the
// leading dash, the weekday or the publisher. The publisher group is greedy
// so that a publisher with a dash in its name keeps it.
var headerLine = regexp.MustCompile(`(?i)^(?:[-–—•*]\s*)?(?:(.+)\s+[-–—|•]\s+)?((?:` + weekdayPattern + `\s+)?(?:` +
	monthPattern + `\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+` + monthPattern + `,?\s+\d{4}|\d{4}-\d{2}-\d{2}))\s*$`)

// parseText reads a plain-text article: furniture removed, then an
// optional header line and title taken off the top.
func parseText(name, raw string) (Document, error) {
	doc := Document{InputName: name}
	fillFromTop(&doc, Clean(raw))
	if doc.Body == "" {
		return doc, Problem{name, emptyAfterCleaning()}
	}
	return doc, nil
}

func emptyAfterCleaning() error {
	return invalid("give the article's own text, not only its page furniture",
		"has no article text left once copyright lines, share buttons and other site furniture are removed")
}

// fillFromTop takes the header line and a title off the top of a cleaned
// body, filling only the fields doc does not have yet, and sets doc.Body
// to the rest.
func fillFromTop(doc *Document, body string) {
	lines := strings.Split(body, "\n")
	first, second := nonBlank(lines, 0), -1
	if first >= 0 {
		second = nonBlank(lines, first+1)
	}
	switch {
	case first >= 0 && readHeader(doc, lines[first]):
		lines = lines[first+1:]
	case second >= 0 && second == first+1 && titleLike(lines[first]) && readHeader(doc, lines[second]):
		if claimTitle(doc, lines[first]) {
			lines = lines[second+1:]
		} else {
			lines = append(lines[first:first+1], lines[second+1:]...)
		}
	}
	lines = takeTitle(doc, lines)
	doc.Body = strings.TrimSpace(strings.Join(lines, "\n"))
}

func nonBlank(lines []string, from int) int {
	for i := from; i < len(lines); i++ {
		if lines[i] != "" {
			return i
		}
	}
	return -1
}

// readHeader reports whether line is a publisher-and-date header and fills
// doc's empty Publisher and Published from it.
func readHeader(doc *Document, line string) bool {
	if len(line) > 200 {
		return false
	}
	m := headerLine.FindStringSubmatch(line)
	if m == nil {
		return false
	}
	day := isoDay(m[2])
	if day == "" {
		return false
	}
	publisher := strings.Trim(m[1], " \t-–—|•*,")
	if len(publisher) > 80 || len(strings.Fields(publisher)) > 10 {
		return false
	}
	// "By Jane Doe - April 24, 2019" names the writer, not the publisher.
	if strings.HasPrefix(strings.ToLower(publisher), "by ") {
		publisher = ""
	}
	if doc.Publisher == "" {
		doc.Publisher = publisher
	}
	if doc.Published == "" {
		doc.Published = day
	}
	return true
}

// takeTitle takes the first paragraph as the title only when it looks like
// a headline (one short line without closing punctuation) and prose
// follows it; anything less certain stays in the body.
func takeTitle(doc *Document, lines []string) []string {
	start := nonBlank(lines, 0)
	if start < 0 || start+1 >= len(lines) || lines[start+1] != "" || !titleLike(lines[start]) {
		return lines
	}
	next := nonBlank(lines, start+1)
	if next < 0 || !prose(lines[next]) {
		return lines
	}
	if !claimTitle(doc, lines[start]) {
		return lines
	}
	return lines[start+1:]
}

// heading is a line without the "#" marks of a Markdown heading.
func heading(line string) string {
	if strings.HasPrefix(line, "#") {
		return strings.TrimSpace(strings.TrimLeft(line, "#"))
	}
	return line
}

// claimTitle reports whether line is doc's title, taking it as the title
// when doc has none. A record that brings its own, different title keeps
// the line in its body: there it is text, not a heading to drop.
func claimTitle(doc *Document, line string) bool {
	line = heading(line)
	if doc.Title == "" {
		doc.Title = line
		return true
	}
	return strings.EqualFold(collapseSpace(doc.Title), collapseSpace(line))
}

func titleLike(line string) bool {
	line = heading(line)
	if len(line) > 150 {
		return false
	}
	if words := len(strings.Fields(line)); words < 2 || words > 20 {
		return false
	}
	if strings.HasPrefix(strings.ToLower(line), "by ") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".!?;:,-–—…\"”’')", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	return unicode.IsUpper(first) || unicode.IsDigit(first)
}

// prose is a line that reads as running text: long, or a finished sentence.
func prose(line string) bool {
	if len(line) >= 100 {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	return strings.ContainsRune(".!?\"”’", last) && countWords(line, 6) >= 6
}
