package ingest_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"actorgraph/graph"
	"actorgraph/ingest"
	"actorgraph/ingest/evaluation"
	"actorgraph/ingest/segment"
	"actorgraph/ingest/shared"
)

func reuters(t testing.TB) []evaluation.Record {
	t.Helper()
	recs, err := evaluation.LoadCorpus(shared.Need(t, shared.ReutersDev()))
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// TestExtractWholeCorpus reads every article of the development corpus: no
// article may make the extractor panic or produce an inconsistent
// extraction (Extract validates each and turns a panic into a Problem).
func TestExtractWholeCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 8,161 articles; skipped with -short")
	}
	p := pipeline(t)
	n := 0
	for _, r := range reuters(t) {
		if _, err := p.Extract(context.Background(), r.Document()); err != nil {
			t.Errorf("%s: %v", r.ID, err)
			if n++; n > 20 {
				t.Fatal("too many failures")
			}
		}
	}
}

// A panic inside extraction comes back as a problem naming the article,
// and the batch goes on: a pipeline that was never loaded fails on every
// article, and every article is reported, none stops the run.
func TestIngestGoesOnPastArticlesTheExtractorFailsOn(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		body := "- Example Wire - Monday, May 6, 2024\n\nPresident Ana Lima of Norland met envoys in Brasca (" + name + ").\n"
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var broken ingest.Pipeline
	sum, err := broken.Ingest(context.Background(), openStore(t, "memory", ""), []string{dir}, nil)
	if err != nil {
		t.Fatalf("Ingest stopped: %v", err)
	}
	if sum.Articles != 0 || len(sum.Problems) != 3 {
		t.Fatalf("Ingest = %+v; want no article and three problems", sum)
	}
	for _, p := range sum.Problems {
		if !errors.Is(p, graph.ErrInvalid) || !strings.Contains(p.Error(), "extractor failed") || !strings.HasSuffix(p.InputName, ".txt") {
			t.Errorf("problem %q does not name the article and what happened", p.Error())
		}
	}
}

// FuzzExtract runs the whole extractor on arbitrary text, seeded with
// sentences of real news where the corpus is beside the project (read at
// run time, never committed).
func FuzzExtract(f *testing.F) {
	f.Add("Norland's Prime Minister Ada Berg met Ostmark President Jon Vik in Brasca on Monday.", "2020-01-08")
	f.Add(`"We agreed," Berg said, citing officials as saying`, "")
	f.Add("cited  as saying", "1987-03-02")
	if recs, err := evaluation.LoadCorpus(shared.ReutersDev()); err == nil {
		for i, r := range recs {
			if i%80 != 0 {
				continue
			}
			for _, s := range segment.Sentences(r.Text) {
				f.Add(r.Text[s.Start:s.End], r.Published)
				break
			}
		}
	}
	p := pipeline(f)
	f.Fuzz(func(t *testing.T, body, published string) {
		if len(body) > 4000 {
			return
		}
		x, err := p.Extract(context.Background(), evaluation.Record{ID: "fuzz", Text: body, Published: published}.Document())
		if err != nil {
			t.Fatalf("Extract(%q): %v", body, err)
		}
		if !strings.Contains(body, x.Body) {
			t.Fatalf("body changed")
		}
	})
}
