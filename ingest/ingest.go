// Package ingest is actorgraph's extraction pipeline: read an article,
// split it into sentences, tag named entities, resolve them to canonical
// entities, read relations, events and quotes, and hand the result — one
// graph.Extraction per article — to whatever stores it.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"actorgraph/graph"
	"actorgraph/ingest/gazetteer"
	"actorgraph/ingest/ner"
	"actorgraph/ingest/reader"
	"actorgraph/ingest/relate"
	"actorgraph/ingest/resolve"
	"actorgraph/ingest/segment"
	"actorgraph/seeds"
)

// Pipeline turns documents into extractions. It is safe for concurrent use.
type Pipeline struct {
	tagger   *ner.Model
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
	return &Pipeline{tagger: m, resolver: resolve.New(g).WithLogger(log), relater: relate.New(g), log: log}, nil
}

// Extract reads one document. It touches no store. A document the
// extractor fails on — a panic or an inconsistent result, both our bugs —
// comes back as a reader.Problem naming it, so a batch can skip it and go on.
func (p *Pipeline) Extract(ctx context.Context, doc reader.Document) (x graph.Extraction, err error) {
	if err := ctx.Err(); err != nil {
		return graph.Extraction{}, err
	}
	defer func() {
		if v := recover(); v != nil {
			p.logger().Error("extraction failed", "source", doc.InputName, "panic", v, "stack", string(debug.Stack()))
			x, err = graph.Extraction{}, reader.Problem{InputName: doc.InputName,
				Err: fmt.Errorf("%w: the extractor failed on this article (%v); it was skipped — please report it with the article", graph.ErrInvalid, v)}
		}
	}()
	body := doc.Body
	sents := segment.Sentences(body)
	spans := p.tagger.Tag(body, sents)
	ents, names := p.resolver.ResolveNames(body, doc.Published, sents, spans)
	articleID := graph.ArticleID(doc.URL, body)
	res := p.relater.Relate(articleID, body, doc.Published, sents, ents)
	x = graph.Extraction{
		InputName: doc.InputName,
		Article: graph.Article{
			ID:          articleID,
			Title:       doc.Title,
			Publisher:   doc.Publisher,
			PublisherID: p.resolver.Publisher(doc.Publisher),
			Published:   doc.Published,
			URL:         doc.URL,
		},
		Body:      body,
		Entities:  nonNil(ents),
		Relations: nonNil(res.Relations),
		Events:    nonNil(res.Events),
		Quotes:    nonNil(res.Quotes),
		Names:     names,
	}
	if err := graph.Validate(x); err != nil {
		// An inconsistent extraction is our bug, not the user's input.
		p.logger().Error("inconsistent extraction", "source", doc.InputName, "err", err)
		return graph.Extraction{}, reader.Problem{InputName: doc.InputName,
			Err: fmt.Errorf("%w: the extractor produced an inconsistent result (%v); the article was skipped — please report it", graph.ErrInvalid, err)}
	}
	return x, nil
}

// logger is the pipeline's logger, or a silent one for a zero Pipeline.
func (p *Pipeline) logger() *slog.Logger {
	if p.log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return p.log
}

// MaxRecords is the most articles ExtractBytes reads from one input: a
// request of twenty thousand tiny records once held the server for ten
// minutes; a batch that large belongs to 'actorgraph ingest'.
const MaxRecords = 1000

// ExtractBytes parses one input (a file's bytes or a request body) and
// extracts every article in it. It is what the HTTP API's POST /articles
// calls.
func (p *Pipeline) ExtractBytes(ctx context.Context, name string, data []byte, contentType string) ([]graph.Extraction, error) {
	docs, err := reader.Parse(name, data, contentType)
	if err != nil {
		return nil, err
	}
	if len(docs) > MaxRecords {
		return nil, fmt.Errorf("%s: %w: %d articles in one request; send at most %d per request, or ingest the file with 'actorgraph ingest'",
			name, graph.ErrTooLarge, len(docs), MaxRecords)
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

// BatchWriter stores several articles in one transaction (group commit),
// each still all or nothing; a Writer that is one gets the articles of an
// ingest in batches of BatchSize (or of what its own BatchSize method says).
type BatchWriter interface {
	WriteBatch(ctx context.Context, xs []graph.Extraction) ([]graph.WriteResult, error)
}

// BatchSize is how many articles an ingest writes in one transaction to a
// BatchWriter: a crash loses at most these, and never part of one.
const BatchSize = 64

// BatchBytesPerArticle bounds a batch by its articles' text as well: a
// batch of n articles at most is written once its bodies reach n times this
// many bytes, whichever comes first (an article larger than that goes
// alone). A store's uncommitted transaction grows with the quads in it, and
// an article's quads with its text, so a run of long articles no longer
// makes a batch several times the usual size in memory. A Reuters article
// is 900 bytes on average, so the usual batch is not cut.
const BatchBytesPerArticle = 2 << 10

// aheadDivisor: while a batch is written, the workers extract at most a
// quarter of a batch beyond a few articles per worker, not a whole one.
// Writing is most of an ingest's time, so the workers still keep up, and
// fewer extractions wait in memory.
const aheadDivisor = 4

// Summary counts what an ingest run did.
type Summary struct {
	Articles int // articles extracted and written
	New      int // of which were not in the store before
	Entities int // entities read, article by article (one named by two articles counts twice)
	Facts    int // relations, events and quotes read, article by article
	Quads    int // quads added to the store
	Problems []reader.Problem
	Elapsed  time.Duration
}

func (s Summary) String() string {
	return fmt.Sprintf("%d articles (%d new), %d entities and %d facts read in them, %d quads added, %d skipped, %.2f s",
		s.Articles, s.New, s.Entities, s.Facts, s.Quads, len(s.Problems), s.Elapsed.Seconds())
}

// Ingest reads every input under paths, extracts each article and writes it
// to w (see run: in batches to a BatchWriter). Unreadable inputs are reported in the
// summary and skipped; a store error stops the run. progress, if not nil,
// is called after each article, from one goroutine at a time.
func (p *Pipeline) Ingest(ctx context.Context, w Writer, paths []string, progress func(source string)) (Summary, error) {
	start := time.Now()
	var probs []reader.Problem
	sum, err := p.run(ctx, w, func(ctx context.Context, emit func(reader.Document) error) error {
		var err error
		probs, err = reader.Walk(ctx, paths, emit)
		return err
	}, progress)
	sum.Problems = append(probs, sum.Problems...)
	sum.Elapsed = time.Since(start)
	return sum, err
}

// extracted is one document's extraction on its way to the writer.
type extracted struct {
	doc reader.Document
	x   graph.Extraction
	err error
}

// job is one document for a worker; done receives its extraction.
type job struct {
	doc  reader.Document
	done chan extracted
}

// ExtractAll reads every input under paths and extracts each article on
// GOMAXPROCS workers, calling fn with each document and its extraction (or
// the error Extract gave) from one goroutine, in the order the documents
// were read, so that the output is the same whatever the number of cores.
// An error fn returns stops the run and is returned. Unreadable inputs are
// returned as problems.
func (p *Pipeline) ExtractAll(ctx context.Context, paths []string, fn func(reader.Document, graph.Extraction, error) error) ([]reader.Problem, error) {
	var probs []reader.Problem
	err := p.extractAll(ctx, func(ctx context.Context, emit func(reader.Document) error) error {
		var err error
		probs, err = reader.Walk(ctx, paths, emit)
		return err
	}, 0, func(e extracted) error { return fn(e.doc, e.x, e.err) })
	return probs, err
}

// extractAll extracts the documents docs emits on GOMAXPROCS workers and
// hands them to fn from this goroutine alone, in the order emitted.
// Extraction is the costly part and needs no lock. At most ahead articles
// beyond a few per worker are in flight, however many docs emits: room for
// the workers to go on while fn writes a batch. An error of fn stops the
// workers and the reading; what was already extracted is dropped.
func (p *Pipeline) extractAll(ctx context.Context, docs func(context.Context, func(reader.Document) error) error, ahead int, fn func(extracted) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan job, workers)
	// order holds each document's result channel in input order; its
	// capacity is what bounds the articles in flight.
	order := make(chan chan extracted, 2*workers+ahead)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				x, err := p.Extract(ctx, j.doc)
				j.done <- extracted{doc: j.doc, x: x, err: err}
			}
		})
	}
	var readErr error
	go func() {
		defer close(order)
		defer close(jobs)
		readErr = docs(ctx, func(d reader.Document) error {
			j := job{doc: d, done: make(chan extracted, 1)}
			select {
			case order <- j.done:
			case <-ctx.Done():
				return ctx.Err()
			}
			// Workers never block, so this send waits at most for one of
			// them to finish an article.
			jobs <- j
			return nil
		})
	}()
	var fnErr error
	for done := range order {
		e := <-done
		if fnErr != nil {
			continue // drain what was already extracted, hand on none of it
		}
		if fnErr = fn(e); fnErr != nil {
			cancel()
		}
	}
	wg.Wait()
	if fnErr != nil {
		return fnErr
	}
	return readErr
}

// run extracts the documents docs emits (extractAll) and writes them to w
// in the order emitted: in batches to a BatchWriter, one transaction per
// article otherwise. Writing in order makes a run's results, and where an
// error stops it, the same as if every article were handled in turn. While
// a batch is written the workers extract the next one.
func (p *Pipeline) run(ctx context.Context, w Writer, docs func(context.Context, func(reader.Document) error) error, progress func(string)) (Summary, error) {
	var sum Summary
	bw, batched := w.(BatchWriter)
	size := BatchSize
	if sized, ok := w.(interface{ BatchSize() int }); ok && sized.BatchSize() > 0 {
		size = sized.BatchSize()
	}
	maxBytes := size * BatchBytesPerArticle
	ahead := 0
	if batched {
		ahead = size / aheadDivisor
	}
	var batch []extracted
	batchBytes := 0
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		xs := make([]graph.Extraction, len(batch))
		for i, e := range batch {
			xs[i] = e.x
		}
		results, err := bw.WriteBatch(ctx, xs)
		if err != nil {
			return fmt.Errorf("store %d articles from %s on: %w", len(batch), batch[0].doc.InputName, err)
		}
		for i, e := range batch {
			sum.count(e.x, results[i])
			if progress != nil {
				progress(e.doc.InputName)
			}
			p.logger().Debug("ingested", "source", e.doc.InputName, "article", results[i].Article, "added", results[i].Added)
		}
		clear(batch) // the extractions go to the collector with the batch written
		batch = batch[:0]
		batchBytes = 0
		return nil
	}
	var writeErr error
	err := p.extractAll(ctx, docs, ahead, func(e extracted) error {
		if batched && e.err == nil {
			batch = append(batch, e)
			batchBytes += len(e.x.Body)
			if len(batch) >= size || batchBytes >= maxBytes {
				writeErr = flush()
			}
			return writeErr
		}
		if writeErr = flush(); writeErr != nil { // what came before goes first
			return writeErr
		}
		res, err := p.write(ctx, w, e, &sum)
		if progress != nil {
			progress(e.doc.InputName)
		}
		if err != nil {
			writeErr = err
			return err
		}
		p.logger().Debug("ingested", "source", e.doc.InputName, "article", res.Article, "added", res.Added)
		return nil
	})
	if writeErr != nil {
		return sum, writeErr
	}
	// what was read before an error of the reading is still stored
	if ferr := flush(); ferr != nil {
		return sum, ferr
	}
	return sum, err
}

func (p *Pipeline) write(ctx context.Context, w Writer, e extracted, sum *Summary) (graph.WriteResult, error) {
	var prob reader.Problem
	if errors.As(e.err, &prob) {
		sum.Problems = append(sum.Problems, prob) // one bad article never stops a batch
		return graph.WriteResult{}, nil
	}
	if e.err != nil {
		return graph.WriteResult{}, e.err
	}
	if err := ctx.Err(); err != nil {
		return graph.WriteResult{}, err
	}
	res, err := w.Write(ctx, e.x)
	if err != nil {
		return res, fmt.Errorf("store %s: %w", e.doc.InputName, err)
	}
	sum.count(e.x, res)
	return res, nil
}

// count adds one written article to the summary.
func (s *Summary) count(x graph.Extraction, res graph.WriteResult) {
	s.Articles++
	if !res.Existed {
		s.New++
	}
	s.Entities += len(x.Entities)
	s.Facts += len(x.Relations) + len(x.Events) + len(x.Quotes)
	s.Quads += res.Added
}

// Knowledge writes the seed knowledge (the gazetteer's facts) to w; it
// changes nothing when the store already holds this version of it.
func (p *Pipeline) Knowledge(ctx context.Context, w Writer) (graph.WriteResult, error) {
	res, err := w.Write(ctx, p.resolver.Knowledge())
	if err != nil {
		return res, fmt.Errorf("store seed gazetteer: %w", err)
	}
	return res, nil
}

// Seeds writes the team's seed knowledge to w: the gazetteer's facts and the
// sample articles embedded in the binary.
func (p *Pipeline) Seeds(ctx context.Context, w Writer) (Summary, error) {
	start := time.Now()
	known, err := p.Knowledge(ctx, w)
	if err != nil {
		return Summary{}, err
	}
	articles, err := seeds.Articles()
	if err != nil {
		return Summary{Quads: known.Added}, err
	}
	sum, err := p.run(ctx, w, func(ctx context.Context, emit func(reader.Document) error) error {
		for _, a := range articles {
			docs, err := reader.Parse(path.Join("seeds", "articles", a.Name), a.Text, "text/plain")
			if err != nil {
				return fmt.Errorf("seed article %s: %w", a.Name, err)
			}
			for _, d := range docs {
				if err := emit(d); err != nil {
					return err
				}
			}
		}
		return nil
	}, nil)
	sum.Quads += known.Added
	sum.Elapsed = time.Since(start)
	return sum, err
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
