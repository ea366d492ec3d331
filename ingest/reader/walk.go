package reader

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"actorgraph/graph"
)

// Walk reads every input named in paths, in order: files, directories
// (recursively, in lexical order, skipping hidden files and directories)
// and "-" for standard input. Each Document read is handed to fn. An input
// that cannot be read (missing, binary, empty, not UTF-8, too large,
// malformed JSON) becomes a Problem and the walk goes on; an error from fn,
// or the context ending, stops the walk and is returned with the Problems
// met so far.
func Walk(ctx context.Context, paths []string, fn func(Document) error) ([]Problem, error) {
	var probs []Problem
	deliver := func(name string, data []byte) error {
		docs, err := Parse(name, data, "")
		probs = append(probs, problems(name, err)...)
		for _, d := range docs {
			if err := fn(d); err != nil {
				return err
			}
		}
		return nil
	}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return probs, err
		}
		if p == "-" {
			data, err := readLimited(os.Stdin)
			if err != nil {
				probs = append(probs, Problem{p, err})
				continue
			}
			if err := deliver(p, data); err != nil {
				return probs, err
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			probs = append(probs, Problem{p, openError(err)})
			continue
		}
		if !info.IsDir() {
			if err := walkFile(p, deliver, &probs); err != nil {
				return probs, err
			}
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				probs = append(probs, Problem{path, openError(err)})
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return ctx.Err()
			}
			if d.Type()&fs.ModeSymlink != 0 {
				if target, err := os.Stat(path); err == nil && target.IsDir() {
					probs = append(probs, Problem{path, invalid("name the linked directory itself to read it",
						"is a link to a directory, which is not followed")})
					return nil
				}
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			return walkFile(path, deliver, &probs)
		})
		if err != nil {
			return probs, err
		}
	}
	return probs, nil
}

// walkFile reads one file, refusing oversized and special files before
// reading them, and hands it to deliver.
func walkFile(path string, deliver func(string, []byte) error, probs *[]Problem) error {
	f, err := os.Open(path)
	if err != nil {
		*probs = append(*probs, Problem{path, openError(err)})
		return nil
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		*probs = append(*probs, Problem{path, openError(err)})
		return nil
	}
	if !info.Mode().IsRegular() {
		*probs = append(*probs, Problem{path, invalid("give regular files or directories",
			"is not a regular file (%s)", info.Mode().Type())})
		return nil
	}
	if info.Size() > MaxBytes {
		*probs = append(*probs, Problem{path, tooLarge(info.Size())})
		return nil
	}
	data, err := readLimited(f)
	if err != nil {
		*probs = append(*probs, Problem{path, err})
		return nil
	}
	return deliver(path, data)
}

// readLimited reads at most one byte past MaxBytes, so that an endless
// stream is refused instead of filling memory.
func readLimited(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxBytes+1))
	if err != nil {
		return nil, invalid("check that the input can be read", "could not be read (%v)", err)
	}
	if len(data) > MaxBytes {
		return nil, tooLarge(-1)
	}
	return data, nil
}

// tooLarge says how large the input is when known (size >= 0).
func tooLarge(size int64) error {
	reason := fmt.Sprintf("is larger than the %d MiB one input may be", MaxBytes>>20)
	if size >= 0 {
		reason = fmt.Sprintf("is %.1f MiB, more than the %d MiB one input may be", float64(size)/(1<<20), MaxBytes>>20)
	}
	return rejection{kind: graph.ErrTooLarge, reason: reason, fix: "split it into smaller files, one article or a few records each"}
}

func openError(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return invalid("check the path", "does not exist")
	case errors.Is(err, fs.ErrPermission):
		return invalid("make it readable, or leave it out", "cannot be read: permission denied")
	}
	return invalid("check the path", "could not be opened (%v)", err)
}
