// Package reader turns the files a user hands to actorgraph (plain text,
// JSON, JSON Lines, saved HTML pages) into article Documents with clean
// main text, and says plainly which inputs it could not read and why.
package reader

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"actorgraph/graph"
)

// Document is one article read from an input, ready for extraction.
type Document struct {
	InputName string // input name (file path relative as given, "-" for stdin, or "name#3" for the 3rd record of a JSONL file)
	Title     string
	Publisher string
	Published string // ISO 8601 YYYY-MM-DD when known (else "")
	URL       string
	Body      string // cleaned main text, UTF-8, paragraphs separated by blank lines
}

// MaxBytes is the largest single input accepted: far above any news
// article, low enough that one stray archive cannot exhaust memory.
const MaxBytes = 10 << 20

// Problem is an input, or one record of it, that was skipped, with why.
// Err wraps graph.ErrInvalid or graph.ErrTooLarge.
type Problem struct {
	InputName string
	Err       error
}

// Error reads "NAME: reason — what to do".
func (p Problem) Error() string {
	if p.InputName == "" {
		return p.Err.Error()
	}
	return p.InputName + ": " + p.Err.Error()
}

func (p Problem) Unwrap() error { return p.Err }

// rejection is the reason an input is refused and what the user can do
// about it; kind is the graph sentinel the edge maps to a status.
type rejection struct {
	kind        error
	reason, fix string
}

func (r rejection) Error() string { return r.reason + " — " + r.fix }
func (r rejection) Unwrap() error { return r.kind }

func invalid(fix, format string, args ...any) error {
	return rejection{kind: graph.ErrInvalid, reason: fmt.Sprintf(format, args...), fix: fix}
}

// format is how an input's bytes are to be read.
type format int

const (
	formatText format = iota
	formatJSON
	formatJSONL
	formatHTML
)

// Parse reads one input. contentType may be empty; then the format is
// sniffed from name's extension and, failing that, from the content. Files
// holding several records (a JSON array, JSON Lines) give one Document per
// good record; when some records are bad, Parse returns the good ones and an
// error joining one Problem per bad record (find them with errors.As or by
// unwrapping). Every error Parse returns is a Problem or such a join.
func Parse(name string, data []byte, contentType string) ([]Document, error) {
	if len(data) > MaxBytes {
		return nil, Problem{name, tooLarge(int64(len(data)))}
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, Problem{name, invalid("give a file that holds article text", "is empty")}
	}
	if looksBinary(data) {
		return nil, Problem{name, invalid("give a plain-text, JSON or HTML article", "looks like binary data, not text")}
	}
	f := detect(name, data, contentType)
	if f == formatHTML {
		return parseHTML(name, data, contentType)
	}
	if !utf8.Valid(data) {
		return nil, Problem{name, invalid("convert it to UTF-8 (for example with iconv -t UTF-8)",
			"is not valid UTF-8 text (first bad byte at offset %d)", firstInvalid(data))}
	}
	switch f {
	case formatJSON:
		return parseJSON(name, data)
	case formatJSONL:
		return parseJSONL(name, data)
	default:
		d, err := parseText(name, string(data))
		if err != nil {
			return nil, err
		}
		return []Document{d}, nil
	}
}

// detect picks the format from the declared content type, then the file
// extension, then the first bytes of the content.
func detect(name string, data []byte, contentType string) format {
	if mt, _, err := mime.ParseMediaType(contentType); err == nil {
		switch mt {
		case "text/plain", "text/markdown":
			return formatText
		case "application/json":
			return jsonOrLines(data)
		case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines":
			return formatJSONL
		case "text/html", "application/xhtml+xml":
			return formatHTML
		}
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text", ".md", ".markdown":
		return formatText
	case ".json":
		return jsonOrLines(data)
	case ".jsonl", ".ndjson":
		return formatJSONL
	case ".html", ".htm", ".xhtml":
		return formatHTML
	}
	return sniff(data)
}

func sniff(data []byte) format {
	head := bytes.TrimLeft(data, " \t\r\n")
	switch {
	case len(head) == 0:
		return formatText
	case head[0] == '{' || head[0] == '[':
		return jsonOrLines(data)
	case head[0] == '<' && looksHTML(head):
		return formatHTML
	}
	return formatText
}

func looksHTML(head []byte) bool {
	if len(head) > 1024 {
		head = head[:1024]
	}
	lower := bytes.ToLower(head)
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<div", "<meta"} {
		if bytes.Contains(lower, []byte(tag)) {
			return true
		}
	}
	return false
}

// looksBinary reports NUL bytes, or enough control characters in the
// first few kilobytes that the input cannot be prose.
func looksBinary(data []byte) bool {
	sample := data
	if len(sample) > 8<<10 {
		sample = sample[:8<<10]
	}
	control := 0
	for _, b := range sample {
		switch {
		case b == 0:
			return true
		case b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v', b == 0x7f:
			control++
		}
	}
	return control*20 > len(sample)
}

func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, w := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && w == 1 {
			return i
		}
		i += w
	}
	return -1
}

// problems lists the Problems inside an error returned by Parse; any other
// error becomes one Problem for source.
func problems(inputName string, err error) []Problem {
	if err == nil {
		return nil
	}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		var out []Problem
		for _, e := range joined.Unwrap() {
			out = append(out, problems(inputName, e)...)
		}
		return out
	}
	var p Problem
	if errors.As(err, &p) {
		return []Problem{p}
	}
	return []Problem{{InputName: inputName, Err: err}}
}
