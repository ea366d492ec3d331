package evaluation

import (
	"context"
	"fmt"
	"os"
	"strings"

	"actorgraph/graph"
	"actorgraph/ingest/reader"
)

// Extractor reads one document, as ingest.Pipeline does.
type Extractor interface {
	Extract(ctx context.Context, doc reader.Document) (graph.Extraction, error)
}

// LoadCorpus reads the corpus file at path.
func LoadCorpus(path string) ([]Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open the Reuters-21578 corpus: %w (pass --corpus with the path of dev.jsonl)", err)
	}
	defer f.Close()
	return ReadCorpus(f)
}

// Document is the record as the extractor reads it: the body is the record's
// text unchanged, so the annotations' offsets hold.
func (r Record) Document() reader.Document {
	return reader.Document{InputName: r.ID, Title: r.Title, Publisher: r.Publisher, Published: r.Published, Body: r.Text}
}

// Run extracts every annotated article and scores it. An annotation that
// does not fit its text is an error: the figures would mean nothing.
func Run(ctx context.Context, ex Extractor, recs []Record, anns []Annotation) (*Report, error) {
	byID := make(map[string]Record, len(recs))
	for _, r := range recs {
		byID[r.ID] = r
	}
	rep := NewReport()
	for _, a := range anns {
		rec, ok := byID[a.Article]
		if !ok {
			return nil, fmt.Errorf("annotated article %s is not in the corpus", a.Article)
		}
		if probs := a.Check(rec.Text); len(probs) > 0 {
			return nil, fmt.Errorf("annotation of %s does not fit its text: %s", a.Article, strings.Join(probs, "; "))
		}
		x, err := ex.Extract(ctx, rec.Document())
		if err != nil {
			return nil, fmt.Errorf("extract %s: %w", a.Article, err)
		}
		if x.Body != rec.Text {
			return nil, fmt.Errorf("extract %s: the body is not the record's text, so offsets cannot be compared", a.Article)
		}
		rep.Add(a, x)
	}
	return rep, nil
}
