package ner

import (
	"context"
	"flag"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"actorgraph/ingest/shared"
)

var (
	trainFlag  = flag.Bool("train", false, "train the model on CoNLL-2003 train and dev and write it to model/conll.bin.gz")
	cvFlag     = flag.Int("cv", 3, "folds of cross-validation that choose the epochs for -train (0: -epochs as given)")
	epochsFlag = flag.String("epochs", "", "epochs of the first and second pass for -train, e.g. 9,7 (with -cv, the most tried; empty: TrainOptions default)")
	seedFlag   = flag.Int64("seed", 1, "shuffling seed for -train")
)

// readCoNLLFile reads a split of CoNLL-2003 ("train", "dev") from the
// shared folder, or skips.
func readCoNLLFile(t testing.TB, split string) []Document {
	t.Helper()
	f, err := os.Open(shared.Need(t, shared.CoNLL(split)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// TestTrainModel retrains the embedded model when run with -train, as
// `actorgraph train ner --cv 3 --train train.txt --train dev.txt` does:
//
//	go test ./ingest/ner -run TestTrainModel -train -timeout 1h -v
func TestTrainModel(t *testing.T) {
	if !*trainFlag {
		t.Skip("retrains the shipped model only with -train")
	}
	docs := append(readCoNLLFile(t, "train"), readCoNLLFile(t, "dev")...)
	clusters, err := DefaultClusters()
	if err != nil {
		t.Fatal(err)
	}
	opt := TrainOptions{Seed: *seedFlag, Clusters: clusters, Log: slog.New(slog.NewTextHandler(os.Stderr, nil))}
	if *epochsFlag != "" {
		for p, e := range strings.SplitN(*epochsFlag+","+*epochsFlag, ",", 3)[:2] {
			if opt.Epochs[p], err = strconv.Atoi(e); err != nil {
				t.Fatalf("-epochs %q: %v", *epochsFlag, err)
			}
		}
	}
	start := time.Now()
	if *cvFlag > 0 {
		res, err := CrossValidate(context.Background(), docs, *cvFlag, opt)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%d-fold cross-validation: epochs %v, F1 by epoch %.2f\n%v", *cvFlag, res.Epochs, res.F1, res.Scores)
		opt.Epochs = res.Epochs
	}
	m, err := Train(context.Background(), docs, opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("trained in %v", time.Since(start).Round(time.Second))
	f, err := os.Create(filepath.Join("model", "conll.bin.gz"))
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Write(f); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

func mustOpen(t testing.TB, path string) *os.File {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}
