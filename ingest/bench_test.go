package ingest_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"actorgraph/graph/cayleystore"
	"actorgraph/ingest"
	"actorgraph/ingest/ner"
	"actorgraph/ingest/reader"
	"actorgraph/ingest/shared"
	"actorgraph/seeds"
)

// BenchmarkExtract is extraction alone, one article per op, on each sample
// article and on the reference article when it is present.
func BenchmarkExtract(b *testing.B) {
	p := pipeline(b)
	type input struct {
		name string
		data []byte
	}
	var inputs []input
	articles, err := seeds.Articles()
	if err != nil {
		b.Fatal(err)
	}
	for _, a := range articles {
		inputs = append(inputs, input{strings.TrimSuffix(a.Name, ".txt"), a.Text})
	}
	ref, err := os.ReadFile(shared.ReferenceArticle())
	switch {
	case err == nil:
		inputs = append(inputs, input{"reference", ref})
	case errors.Is(err, fs.ErrNotExist):
		b.Logf("reference article %s absent: benchmarking the sample articles only", shared.ReferenceArticle())
	default:
		b.Fatal(err)
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			docs, err := reader.Parse(in.name+".txt", in.data, "text/plain")
			if err != nil || len(docs) != 1 {
				b.Fatalf("parse %s: %d documents, %v", in.name, len(docs), err)
			}
			ctx := context.Background()
			// untimed: what the pipeline loads on first use (see
			// BenchmarkExtractCorpus) would weigh on the first run only
			if _, err := p.Extract(ctx, docs[0]); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(docs[0].Body)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := p.Extract(ctx, docs[0]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkIngest is a whole ingest run — read, extract on GOMAXPROCS
// workers, write one transaction per article — of 30 generated articles;
// ns/article is the figure to compare. "new" writes into a fresh store per
// op; "again" into a store that already holds them, the idempotent path a
// re-run or a re-posted article takes. Run it with -cpu 1,2 to see what the
// workers buy.
func BenchmarkIngest(b *testing.B) {
	p := pipeline(b)
	dir := b.TempDir()
	files := writeCorpus(b, dir, 30)
	var size int64
	for _, f := range files {
		size += int64(len(f.Data))
	}
	ctx := context.Background()
	for _, backend := range backends {
		b.Run(backend+"/new", func(b *testing.B) {
			b.SetBytes(size)
			var articles int
			var took time.Duration
			for b.Loop() {
				b.StopTimer()
				s, err := cayleystore.Open(ctx, storeURL(backend, b.TempDir()), nil)
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				start := time.Now()
				sum, err := p.Ingest(ctx, s, []string{dir}, nil)
				took += time.Since(start)
				if err != nil {
					b.Fatal(err)
				}
				articles += sum.Articles
				b.StopTimer()
				s.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(took.Nanoseconds())/float64(articles), "ns/article")
		})
		b.Run(backend+"/again", func(b *testing.B) {
			s := openStore(b, backend, b.TempDir())
			if _, err := p.Ingest(ctx, s, []string{dir}, nil); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(size)
			var articles int
			start := time.Now()
			for b.Loop() {
				sum, err := p.Ingest(ctx, s, []string{dir}, nil)
				if err != nil {
					b.Fatal(err)
				}
				if sum.Quads != 0 {
					b.Fatalf("ingesting the same articles again added %d quads", sum.Quads)
				}
				articles += sum.Articles
			}
			b.ReportMetric(float64(time.Since(start).Nanoseconds())/float64(articles), "ns/article")
		})
	}
}

// BenchmarkLoadPipeline is what ingest.New costs. The NER model and the
// gazetteer are loaded once per process, so "cold" runs each op in a fresh
// process of this test binary and reports the time New took there; "model"
// is the share of that spent decoding the NER model; "warm" is every later
// New in a process.
func BenchmarkLoadPipeline(b *testing.B) {
	b.Run("cold", func(b *testing.B) {
		var took time.Duration
		n := 0
		for b.Loop() {
			cmd := exec.Command(os.Args[0], "-test.run=^TestLoadPipelineChild$", "-test.count=1")
			cmd.Env = append(os.Environ(), loadChildEnv+"=1")
			out, err := cmd.Output()
			if err != nil {
				b.Fatalf("child process: %v\n%s", err, out)
			}
			d, err := childTook(out)
			if err != nil {
				b.Fatal(err)
			}
			took += d
			n++
		}
		b.ReportMetric(float64(took.Nanoseconds())/float64(n), "ns/op")
	})
	b.Run("model", func(b *testing.B) {
		data, err := os.ReadFile("ner/model/conll.bin.gz")
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, err := ner.Read(bytes.NewReader(data)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("warm", func(b *testing.B) {
		pipeline(b)
		for b.Loop() {
			if _, err := ingest.New(nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

const loadChildEnv = "ACTORGRAPH_LOAD_PIPELINE_CHILD"

// TestLoadPipelineChild is the fresh process of BenchmarkLoadPipeline/cold:
// it times the first ingest.New and prints it.
func TestLoadPipelineChild(t *testing.T) {
	if os.Getenv(loadChildEnv) != "1" {
		t.Skip("runs only as BenchmarkLoadPipeline's child process")
	}
	start := time.Now()
	if _, err := ingest.New(nil); err != nil {
		t.Fatal(err)
	}
	fmt.Printf("new-took-ns %d\n", time.Since(start).Nanoseconds())
}

// childTook reads the time the child process printed.
func childTook(out []byte) (time.Duration, error) {
	for line := range strings.Lines(string(out)) {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "new-took-ns "); ok {
			ns, err := strconv.ParseInt(v, 10, 64)
			return time.Duration(ns), err
		}
	}
	return 0, fmt.Errorf("child process printed no time:\n%s", out)
}

// BenchmarkExtractCorpus is extraction alone over the first 600 articles of
// the development corpus, one op for all of them: MB/s is article text
// (body) per second on the cores GOMAXPROCS gives (run with -cpu 1 for the
// per-core figure). It is the steady state: one untimed pass first loads
// what the pipeline loads on first use (the parser, the CAMEO lexicon, the
// dictionaries' office holders: about half a second, once per process,
// which would otherwise weigh on the first timed pass alone) and fills the
// word caches as the timed passes after it find them.
func BenchmarkExtractCorpus(b *testing.B) {
	data := shared.Read(b, shared.ReutersDev())
	lines := bytes.SplitN(data, []byte("\n"), 601)
	docs, err := reader.Parse("corpus.jsonl", bytes.Join(lines[:600], []byte("\n")), "application/x-ndjson")
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, d := range docs {
		size += int64(len(d.Body))
	}
	p := pipeline(b)
	ctx := context.Background()
	for _, d := range docs {
		if _, err := p.Extract(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := p.Extract(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
