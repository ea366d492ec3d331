// Command clusters learns the word clusters the NER model uses from
// unlabelled news and writes them to ingest/ner/model/clusters.tsv.gz:
//
//	go run ./ingest/ner/cmd/clusters
//
// It reads the text and titles of the Reuters-21578 development corpus
// and the words (not the tags) of CoNLL-2003 train; never dev, whose
// scores would then be less honest. The output holds words and cluster
// paths only, no text.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"time"

	"actorgraph/ingest/ner"
	"actorgraph/ingest/segment"
	"actorgraph/ingest/shared"
)

func main() {
	reuters := flag.String("reuters", shared.ReutersDev(), "Reuters-21578 articles, one JSON record a line with title and text")
	conll := flag.String("conll", shared.CoNLL("train"), "a CoNLL file whose words are added (empty: none)")
	out := flag.String("out", "ingest/ner/model/clusters.tsv.gz", "where to write the clusters")
	var opt ner.ClusterOptions
	flag.IntVar(&opt.MinCount, "min-count", 0, "fewest occurrences of a clustered word (0: ner's default)")
	flag.IntVar(&opt.Depth, "depth", 0, "depth of the cluster tree (0: ner's default)")
	flag.Int64Var(&opt.Seed, "seed", 1, "seed of the random projection")
	flag.Parse()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	if err := run(context.Background(), log, *reuters, *conll, *out, opt); err != nil {
		fmt.Fprintln(os.Stderr, "clusters:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, log *slog.Logger, reuters, conll, out string, opt ner.ClusterOptions) error {
	start := time.Now()
	var sents [][]string
	f, err := os.Open(reuters)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for sc.Scan() {
		var rec struct{ Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return fmt.Errorf("%s: %w", reuters, err)
		}
		for _, body := range []string{rec.Title, rec.Text} {
			for _, s := range segment.Sentences(body) {
				words := make([]string, len(s.Tokens))
				for i, t := range s.Tokens {
					words[i] = t.Text
				}
				sents = append(sents, words)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", reuters, err)
	}
	if conll != "" {
		cf, err := os.Open(conll)
		if err != nil {
			return err
		}
		docs, err := ner.ReadCoNLL(bufio.NewReader(cf))
		cf.Close()
		if err != nil {
			return err
		}
		for _, d := range docs {
			for _, s := range d.Sentences {
				sents = append(sents, s.Words)
			}
		}
	}
	log.Info("read", "sentences", len(sents), "elapsed", time.Since(start).Round(time.Millisecond))
	c, err := ner.LearnClusters(ctx, sents, opt)
	if err != nil {
		return err
	}
	log.Info("clustered", "words", c.Len(), "elapsed", time.Since(start).Round(time.Millisecond))
	w, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := c.Write(w); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}
