package ner

import (
	"context"
	"flag"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"
)

var (
	trainFlag  = flag.Bool("train", false, "train the model on CoNLL-2003 and write it to model/conll.bin.gz")
	epochsFlag = flag.Int("epochs", 0, "training epochs for -train (0: TrainOptions default)")
	seedFlag   = flag.Int64("seed", 1, "shuffling seed for -train")
	foldsFlag  = flag.Int("folds", 0, "folds for the second pass with -train (0: TrainOptions default, -1: one pass)")
)

// conllPath is where the shared CoNLL-2003 data sits, seen from this
// package's folder.
func conllPath(name string) string {
	return filepath.Join("..", "..", "..", "shared", "data", "conll2003", name)
}

func readCoNLLFile(t testing.TB, name string) []Document {
	t.Helper()
	f, err := os.Open(conllPath(name))
	if err != nil {
		t.Skipf("CoNLL-2003 %s not available at %s: %v", name, conllPath(name), err)
	}
	defer f.Close()
	docs, err := ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// TestTrainModel retrains the embedded model when run with -train:
//
//	go test ./ingest/ner -run TestTrainModel -train -timeout 2h -v
func TestTrainModel(t *testing.T) {
	if !*trainFlag {
		t.Skip("retrains the shipped model only with -train")
	}
	train := readCoNLLFile(t, "train.txt")
	dev := readCoNLLFile(t, "dev.txt")
	start := time.Now()
	m, err := Train(context.Background(), train, dev, TrainOptions{
		Epochs: *epochsFlag,
		Seed:   *seedFlag,
		Folds:  *foldsFlag,
		Log:    slog.New(slog.NewTextHandler(os.Stderr, nil)),
	})
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
	m2, err := Read(mustOpen(t, filepath.Join("model", "conll.bin.gz")))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("dev scores of the written model:\n%v", Evaluate(m2, dev))
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
