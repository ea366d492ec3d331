package evaluation

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"actorgraph/graph"
	"actorgraph/ingest/ner"
	"actorgraph/ingest/reader"
)

// isoDate finds the date a CoNLL-2003 document's dateline gives
// ("LONDON 1996-08-30"), so the pipeline reads it as of that day.
var isoDate = regexp.MustCompile(`^(19|20)\d\d-[01]\d-[0-3]\d$`)

// PipelineTags runs the whole extractor on each CoNLL document — its
// tokens joined by spaces, one sentence a paragraph — and turns the
// mentions of the entities it prints back into BIO tags per token, so
// the pipeline can be scored as the tagger alone is (ner.Score). What
// resolution drops or relabels shows as the loss between the two.
func PipelineTags(ctx context.Context, ex Extractor, docs []ner.Document) (gold, pred [][]string, err error) {
	for n, d := range docs {
		var b strings.Builder
		type span struct{ start, end int }
		offs := make([][]span, len(d.Sentences))
		published := ""
		for i, s := range d.Sentences {
			if i > 0 {
				b.WriteString("\n\n")
			}
			for j, w := range s.Words {
				if j > 0 {
					b.WriteByte(' ')
				}
				offs[i] = append(offs[i], span{b.Len(), b.Len() + len(w)})
				b.WriteString(w)
				if published == "" && i < 3 && isoDate.MatchString(w) {
					published = w
				}
			}
		}
		x, err := ex.Extract(ctx, reader.Document{InputName: fmt.Sprintf("conll#%d", n+1), Published: published, Body: b.String()})
		if err != nil {
			return nil, nil, fmt.Errorf("document %d: %w", n+1, err)
		}
		tags := make([][]string, len(d.Sentences))
		for i, s := range d.Sentences {
			gold = append(gold, s.Tags)
			tags[i] = make([]string, len(s.Words))
			for j := range tags[i] {
				tags[i][j] = "O"
			}
		}
		mentions := append([]graph.Mention{}, x.Names...)
		for _, e := range x.Entities {
			mentions = append(mentions, e.Mentions...)
		}
		// an outer name first: "Japanese" nested in "Japanese Foreign
		// Ministry" is a mention of Japan, but CoNLL tags the whole name
		sort.SliceStable(mentions, func(i, j int) bool {
			return mentions[i].End-mentions[i].Start > mentions[j].End-mentions[j].Start
		})
		for _, m := range mentions {
			first := true
			for i := range offs {
				for j, o := range offs[i] {
					if o.start < m.End && m.Start < o.end && tags[i][j] == "O" {
						if first {
							tags[i][j] = "B-" + m.Label
							first = false
						} else {
							tags[i][j] = "I-" + m.Label
						}
					}
				}
			}
		}
		pred = append(pred, tags...)
	}
	return gold, pred, nil
}
