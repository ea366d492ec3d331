// Package seeds is actorgraph's seed knowledge, embedded as data: the
// gazetteer files (organisations, leaders and their terms, demonyms, country
// names and QIDs, cities and regions, person titles, and the world's
// cities and regions generated under places/) read by
// ingest/gazetteer, the CAMEO verb lexicon read by ingest/cameo (cameo/),
// and sample articles written by the team that are loaded into an empty
// store and used as golden-test inputs.
package seeds

import (
	"embed"
	"io/fs"
	"path"
	"sort"
)

// FS holds the YAML files at its root and the sample articles under articles/.
//
//go:embed *.yaml articles/*.txt petrarch/*.tsv.gz places/*.tsv.gz cameo/*.gz
var FS embed.FS

// Article is one sample article: its file name under articles/ ("001_….txt")
// and its text.
type Article struct {
	Name string
	Text []byte
}

// Articles returns the sample articles in the order of their names.
func Articles() ([]Article, error) {
	names, err := fs.Glob(FS, "articles/*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	out := make([]Article, 0, len(names))
	for _, n := range names {
		data, err := fs.ReadFile(FS, n)
		if err != nil {
			return nil, err
		}
		out = append(out, Article{Name: path.Base(n), Text: data})
	}
	return out, nil
}
