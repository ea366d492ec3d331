// Package seeds is actorgraph's seed knowledge, embedded as data: the
// gazetteer files (organisations, leaders and their terms, demonyms, country
// names and QIDs, cities and regions, person titles) read by
// ingest/gazetteer, the CAMEO verb lexicon read by ingest/cameo (cameo/),
// and sample articles written by the team that are loaded into an empty
// store and used as golden-test inputs.
package seeds

import "embed"

// FS holds the YAML files at its root and the sample articles under articles/.
//
//go:embed *.yaml articles/*.txt petrarch/*.tsv.gz cameo/*.gz
var FS embed.FS
