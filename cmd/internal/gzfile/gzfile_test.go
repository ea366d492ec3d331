package gzfile

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestWrite: what is written reads back, and writing it again gives the
// same bytes (no name or time in the header).
func TestWrite(t *testing.T) {
	dir := t.TempDir()
	var files [2][]byte
	for i := range files {
		path := filepath.Join(dir, "a.tsv.gz")
		if err := Write(path, func(w io.Writer) error {
			_, err := io.WriteString(w, "lemma\tforms\nfind\tfound\n")
			return err
		}); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		files[i] = b
	}
	if !bytes.Equal(files[0], files[1]) {
		t.Error("writing the same content twice gave different bytes")
	}
	zr, err := gzip.NewReader(bytes.NewReader(files[0]))
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != "lemma\tforms\nfind\tfound\n" {
		t.Errorf("read back %q", got)
	}
	if zr.Header.Name != "" || !zr.Header.ModTime.IsZero() {
		t.Errorf("header has name %q, time %v; want none", zr.Header.Name, zr.Header.ModTime)
	}
	boom := errors.New("boom")
	if err := Write(filepath.Join(dir, "b.gz"), func(io.Writer) error { return boom }); !errors.Is(err, boom) {
		t.Errorf("Write with a failing writer = %v, want it wrapped", err)
	}
	if err := Write(filepath.Join(dir, "no", "such", "dir.gz"), func(io.Writer) error { return nil }); err == nil {
		t.Error("Write into a missing directory succeeded")
	}
}
