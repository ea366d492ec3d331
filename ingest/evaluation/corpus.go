package evaluation

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"sort"
)

// Record is one article of the Reuters-21578 development corpus
// (shared.ReutersDev).
type Record struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Dateline  string   `json:"dateline"`
	Published string   `json:"published"`
	Publisher string   `json:"publisher"`
	Text      string   `json:"text"`
	Topics    []string `json:"topics"`
}

// ReadCorpus reads JSONL records.
func ReadCorpus(r io.Reader) ([]Record, error) {
	var out []Record
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		var rec Record
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("corpus line %d: %w", n, err)
		}
		out = append(out, rec)
	}
	return out, sc.Err()
}

// sampleKey orders the corpus for the sample: a hash, so the order is
// random but anyone can recompute it.
func sampleKey(id string) string {
	h := sha256.Sum256([]byte("actorgraph-eval-1:" + id))
	return hex.EncodeToString(h[:])
}

// inPopulation is what the sample is drawn from: articles of 400 to 2,500
// bytes that are not earnings tables alone.
func inPopulation(r Record) bool {
	n := len(r.Text)
	return n >= 400 && n <= 2500 && !(len(r.Topics) == 1 && r.Topics[0] == "earn")
}

// Sample is the ids of the first n articles of the population in sample
// order; GUIDE.md gives the first half to dev, the second to heldout.
func Sample(recs []Record, n int) []string {
	var ids []string
	for _, r := range recs {
		if inPopulation(r) {
			ids = append(ids, r.ID)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return sampleKey(ids[i]) < sampleKey(ids[j]) })
	return ids[:min(n, len(ids))]
}
