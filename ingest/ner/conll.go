package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Document is one -DOCSTART- document of a CoNLL file: its sentences, in
// order, so that document-level features see the same context at training
// and tagging time.
type Document struct {
	Sentences []Sentence
}

// Sentence is one sentence of CoNLL tokens with their gold tags, in BIO
// (IOB2) form after ReadCoNLL.
type Sentence struct {
	Words []string
	Tags  []string
	// POS and Chunks are the part-of-speech tags and the phrase chunk
	// tags (in BIO) of files that have those columns (word POS chunk NER),
	// else nil.
	POS    []string
	Chunks []string
}

// ReadCoNLL reads CoNLL-2003 style data: one token a line with the word first
// and the NER tag last (with the part-of-speech and chunk tags between
// them in four-column files), blank lines between sentences and -DOCSTART-
// lines between documents. IOB1 tags (where B- only separates two adjacent
// entities of one type) are rewritten to BIO so that every entity starts
// with B-.
func ReadCoNLL(r io.Reader) ([]Document, error) {
	var docs []Document
	var doc Document
	var sent Sentence
	flushSent := func() {
		if len(sent.Words) > 0 {
			sent.Tags = toBIO(sent.Tags)
			if len(sent.Chunks) > 0 {
				sent.Chunks = toBIO(sent.Chunks)
			}
			doc.Sentences = append(doc.Sentences, sent)
		}
		sent = Sentence{}
	}
	flushDoc := func() {
		flushSent()
		if len(doc.Sentences) > 0 {
			docs = append(docs, doc)
		}
		doc = Document{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			flushSent()
			continue
		}
		if fields[0] == "-DOCSTART-" {
			flushDoc()
			continue
		}
		if len(fields) < 2 {
			return nil, fmt.Errorf("read conll: line %d: want a word and a tag, got %q", line, sc.Text())
		}
		tag := fields[len(fields)-1]
		if !validTag(tag) {
			return nil, fmt.Errorf("read conll: line %d: bad tag %q", line, tag)
		}
		if len(fields) == 4 {
			sent.POS = append(sent.POS, fields[1])
			sent.Chunks = append(sent.Chunks, fields[2])
		}
		sent.Words = append(sent.Words, fields[0])
		sent.Tags = append(sent.Tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read conll: %w", err)
	}
	flushDoc()
	return docs, nil
}

func validTag(tag string) bool {
	if tag == "O" {
		return true
	}
	if len(tag) < 3 || tag[1] != '-' {
		return false
	}
	switch tag[0] {
	case 'B', 'I', 'E', 'S', 'L', 'U':
	default:
		return false
	}
	return typeIndex(tag[2:]) >= 0
}

// toBIO rewrites any IOB-style tag sequence so that each entity starts with
// B- and continues with I-.
func toBIO(tags []string) []string {
	out := make([]string, len(tags))
	for _, c := range chunks(tags) {
		out[c.start] = "B-" + c.typ
		for i := c.start + 1; i < c.end; i++ {
			out[i] = "I-" + c.typ
		}
	}
	for i := range out {
		if out[i] == "" {
			out[i] = "O"
		}
	}
	return out
}

// chunk is an entity of a tag sequence: tokens [start, end) of type typ.
type chunk struct {
	start, end int
	typ        string
}

// chunks reads entities from tags the way conlleval does: a chunk starts at
// B-/S-/U-, at I-/E-/L- after O or after another type, and ends before a
// tag that starts a new chunk or after E-/L-/S-/U-. This accepts IOB1, BIO,
// BIOES and BILOU alike.
func chunks(tags []string) []chunk {
	var out []chunk
	open := -1
	typ := ""
	closeAt := func(i int) {
		if open >= 0 {
			if out == nil {
				// room for a phrase every other word, a chunker's usual,
				// so that the slice is seldom regrown
				out = make([]chunk, 0, len(tags)/2+1)
			}
			out = append(out, chunk{open, i, typ})
			open = -1
		}
	}
	for i, t := range tags {
		if t == "O" || len(t) < 3 {
			closeAt(i)
			continue
		}
		p, ty := t[0], t[2:]
		switch {
		case p == 'B' || p == 'S' || p == 'U':
			closeAt(i)
			open, typ = i, ty
		case open < 0 || ty != typ:
			closeAt(i)
			open, typ = i, ty
		}
		if p == 'E' || p == 'L' || p == 'S' || p == 'U' {
			closeAt(i + 1)
		}
	}
	closeAt(len(tags))
	return out
}

// Span is a phrase of a tag sequence: words [Start, End) of type Type.
type Span struct {
	Start, End int
	Type       string
}

// Spans reads the phrases of any IOB-style tag sequence (IOB1, BIO, BIOES,
// BILOU) the way conlleval does; the chunker is scored with it too.
func Spans(tags []string) []Span {
	cs := chunks(tags)
	out := make([]Span, len(cs))
	for i, c := range cs {
		out[i] = Span{c.start, c.end, c.typ}
	}
	return out
}

// ReadScored reads a conlleval-style file: one token a line whose last two
// columns are the gold and the predicted tag, blank lines (or document
// lines) between sentences. An error names the line: "3: …".
func ReadScored(r io.Reader) (gold, pred [][]string, err error) {
	var g, p []string
	flush := func() {
		if len(g) > 0 {
			gold, pred = append(gold, g), append(pred, p)
			g, p = nil, nil
		}
	}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) == 0 || fields[0] == "-DOCSTART-":
			flush()
		case len(fields) < 3:
			return nil, nil, fmt.Errorf("%d: want a token, then the gold and the predicted tag as the last two columns", n)
		default:
			g = append(g, fields[len(fields)-2])
			p = append(p, fields[len(fields)-1])
		}
	}
	flush()
	return gold, pred, sc.Err()
}
