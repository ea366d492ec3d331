// Package gzfile writes the generated seed files of cmd/cameogen and
// cmd/seedgen: gzip with no name or time in the header, so that
// regenerating unchanged input gives identical bytes and a diff of the
// repository shows only what the data changed.
package gzfile

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
)

// Write creates the file at path and writes into it, through gzip at its
// best compression, what write writes.
func Write(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		f.Close()
		return err
	}
	if err := write(zw); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
