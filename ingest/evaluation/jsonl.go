package evaluation

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

// item is a record of a hand-made evaluation set: it has an id and checks
// itself.
type item interface {
	id() string
	check() error
}

// readItems reads JSON Lines records from r, refusing unknown fields, and
// checks each: an error names the line and the record's id.
func readItems[T item](r io.Reader) ([]T, error) {
	var out []T
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		var v T
		if err := dec.Decode(&v); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if err := v.check(); err != nil {
			return nil, fmt.Errorf("line %d (%s): %w", n, v.id(), err)
		}
		out = append(out, v)
	}
	return out, sc.Err()
}

// loadItems reads the records of several files (what names them, for
// errors: "coded sentences"); an id found twice is an error naming both
// files.
func loadItems[T item](what string, paths ...string) ([]T, error) {
	var out []T
	seen := map[string]string{}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("open %s: %w (run from the project root, or give the files)", what, err)
		}
		items, err := readItems[T](f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		for _, v := range items {
			if other, dup := seen[v.id()]; dup {
				return nil, fmt.Errorf("%s: %s is also in %s", p, v.id(), other)
			}
			seen[v.id()] = p
		}
		out = append(out, items...)
	}
	return out, nil
}
