// Package ingest is actorgraph's extraction pipeline: read an article,
// split it into sentences, tag named entities, resolve them to canonical
// entities, read relations, events and quotes, and hand the result — one
// graph.Extraction per article — to whatever stores it.
package ingest

import (
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"path"
	"sort"
	"time"

	"actorgraph/graph"
	"actorgraph/ingest/gazetteer"
	"actorgraph/ingest/ner"
	"actorgraph/ingest/reader"
	"actorgraph/ingest/relate"
	"actorgraph/ingest/resolve"
	"actorgraph/ingest/text"
	"actorgraph/seeds"
)

// Pipeline turns documents into extractions. It is safe for concurrent use.
type Pipeline struct {
	tagger   *ner.Model
	gaz      *gazetteer.Gazetteer
	resolver *resolve.Resolver
	relater  *relate.Relater
	log      *slog.Logger
}

// New loads the embedded NER model and the seed gazetteer.
func New(log *slog.Logger) (*Pipeline, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	m, err := ner.Load()
	if err != nil {
		return nil, fmt.Errorf("load NER model: %w", err)
	}
	g, err := gazetteer.Load()
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	return &Pipeline{tagger: m, gaz: g, resolver: resolve.New(g), relater: relate.New(g), log: log}, nil
}

// Extract reads one document. It touches no store.
func (p *Pipeline) Extract(ctx context.Context, doc reader.Document) (graph.Extraction, error) {
	if err := ctx.Err(); err != nil {
		return graph.Extraction{}, err
	}
	body := doc.Body
	sents := text.Sentences(body)
	spans := p.tagger.Tag(body, sents)
	ents := p.resolver.Resolve(body, doc.Published, sents, spans)
	res := p.relater.Relate(body, doc.Published, sents, ents)
	ents = append(ents, res.Entities...)
	x := graph.Extraction{
		Source: doc.Source,
		Article: graph.Article{
			ID:          graph.ArticleID(doc.URL, body),
			Title:       doc.Title,
			Publisher:   doc.Publisher,
			PublisherID: p.publisherID(doc.Publisher),
			Published:   doc.Published,
			URL:         doc.URL,
		},
		Body:      body,
		Entities:  nonNil(ents),
		Relations: nonNil(res.Relations),
		Events:    nonNil(res.Events),
		Quotes:    nonNil(res.Quotes),
	}
	if err := graph.Validate(x); err != nil {
		// An inconsistent extraction is our bug, not the user's input.
		return graph.Extraction{}, fmt.Errorf("extract %s: internal inconsistency: %v", doc.Source, err)
	}
	return x, nil
}

// publisherID links a publisher to its gazetteer organisation, so an outlet
// that publishes one article and is cited in another is one node.
func (p *Pipeline) publisherID(name string) string {
	for _, e := range p.gaz.Lookup(name) {
		if e.Type == graph.Organization {
			return e.ID()
		}
	}
	return ""
}

// ExtractBytes parses one input (a file's bytes or a request body) and
// extracts every article in it. It is what the HTTP API's POST /articles
// calls.
func (p *Pipeline) ExtractBytes(ctx context.Context, name string, data []byte, contentType string) ([]graph.Extraction, error) {
	docs, err := reader.Parse(name, data, contentType)
	if err != nil {
		return nil, err
	}
	out := make([]graph.Extraction, 0, len(docs))
	for _, d := range docs {
		x, err := p.Extract(ctx, d)
		if err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, nil
}

// Writer stores one article's extraction in one transaction.
type Writer interface {
	Write(ctx context.Context, x graph.Extraction) (graph.WriteResult, error)
}

// Summary counts what an ingest run did.
type Summary struct {
	Articles int // articles extracted and written
	New      int // of which were not in the store before
	Entities int
	Facts    int // relations, events and quotes
	Quads    int // quads added to the store
	Problems []reader.Problem
	Elapsed  time.Duration
}

func (s Summary) String() string {
	return fmt.Sprintf("%d articles (%d new), %d entities, %d facts, %d quads added, %d skipped, %.2f s",
		s.Articles, s.New, s.Entities, s.Facts, s.Quads, len(s.Problems), s.Elapsed.Seconds())
}

// Ingest reads every input under paths, extracts each article and writes it
// to w, one transaction per article. Unreadable inputs are reported in the
// summary and skipped; a store error stops the run. progress, if not nil,
// is called after each article.
func (p *Pipeline) Ingest(ctx context.Context, w Writer, paths []string, progress func(source string)) (Summary, error) {
	start := time.Now()
	var sum Summary
	probs, err := reader.Walk(ctx, paths, func(d reader.Document) error {
		res, err := p.write(ctx, w, d, &sum)
		if progress != nil {
			progress(d.Source)
		}
		if err != nil {
			return err
		}
		p.log.Debug("ingested", "source", d.Source, "article", res.Article, "added", res.Added)
		return nil
	})
	sum.Problems = probs
	sum.Elapsed = time.Since(start)
	return sum, err
}

func (p *Pipeline) write(ctx context.Context, w Writer, d reader.Document, sum *Summary) (graph.WriteResult, error) {
	x, err := p.Extract(ctx, d)
	if err != nil {
		return graph.WriteResult{}, err
	}
	res, err := w.Write(ctx, x)
	if err != nil {
		return res, fmt.Errorf("store %s: %w", d.Source, err)
	}
	sum.Articles++
	if !res.Existed {
		sum.New++
	}
	sum.Entities += len(x.Entities)
	sum.Facts += len(x.Relations) + len(x.Events) + len(x.Quotes)
	sum.Quads += res.Added
	return res, nil
}

// Seeds writes the team's seed knowledge to w: the gazetteer's facts and the
// sample articles embedded in the binary.
func (p *Pipeline) Seeds(ctx context.Context, w Writer) (Summary, error) {
	start := time.Now()
	var sum Summary
	res, err := w.Write(ctx, p.gaz.Knowledge())
	if err != nil {
		return sum, fmt.Errorf("store seed gazetteer: %w", err)
	}
	sum.Quads += res.Added
	names, err := fs.Glob(seeds.FS, "articles/*.txt")
	if err != nil {
		return sum, err
	}
	sort.Strings(names)
	for _, name := range names {
		data, err := fs.ReadFile(seeds.FS, name)
		if err != nil {
			return sum, err
		}
		docs, err := reader.Parse(path.Join("seeds", name), data, "text/plain")
		if err != nil {
			return sum, fmt.Errorf("seed article %s: %w", name, err)
		}
		for _, d := range docs {
			if _, err := p.write(ctx, w, d, &sum); err != nil {
				return sum, err
			}
		}
	}
	sum.Elapsed = time.Since(start)
	return sum, nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
