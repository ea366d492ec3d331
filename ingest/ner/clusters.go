package ner

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"context"
	_ "embed"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"

	"actorgraph/ingest/perceptron"
)

// Word clusters carry what unlabelled news says about a word to the
// tagger: words used in the same contexts ("tuesday", "wednesday"; "bonn",
// "tokyo") share a cluster, so a name the labelled data never saw still
// gets the weights learned for its neighbours in the cluster tree. They
// are learned from lower-cased words, so an all-capitals headline finds
// the same clusters as running text.

// clusterPath is a word's leaf in the binary cluster tree: the first n
// bits of bits, the first bit the most significant. n == 0 is "no
// cluster" (a rare or unseen word).
type clusterPath struct {
	bits uint16
	n    uint8
}

const maxClusterDepth = 16

func (c clusterPath) prefix(n int) clusterPath {
	if int(c.n) <= n {
		return c
	}
	return clusterPath{bits: c.bits >> (int(c.n) - n), n: uint8(n)}
}

func (c clusterPath) String() string {
	var b strings.Builder
	for i := int(c.n) - 1; i >= 0; i-- {
		b.WriteByte('0' + byte(c.bits>>i&1))
	}
	return b.String()
}

func parseClusterPath(s string) (clusterPath, error) {
	if len(s) == 0 || len(s) > maxClusterDepth {
		return clusterPath{}, fmt.Errorf("cluster path %q: want 1 to %d bits", s, maxClusterDepth)
	}
	var c clusterPath
	for i := 0; i < len(s); i++ {
		if s[i] != '0' && s[i] != '1' {
			return clusterPath{}, fmt.Errorf("cluster path %q: not a bit string", s)
		}
		c.bits = c.bits<<1 | uint16(s[i]-'0')
	}
	c.n = uint8(len(s))
	return c, nil
}

// clusterWord is the form a word is clustered and looked up under:
// lower-cased, CoNLL-normalised, every digit 0 ("1987" and "1996" are one
// word to a cluster).
func clusterWord(lower string) string {
	if strings.IndexFunc(lower, func(r rune) bool { return '1' <= r && r <= '9' }) < 0 {
		return lower
	}
	b := []byte(lower)
	for i, c := range b {
		if '1' <= c && c <= '9' {
			b[i] = '0'
		}
	}
	return string(b)
}

func clusterKey(word string) uint64 {
	return perceptron.Finish(perceptron.String(perceptron.Seed(fCluster), word))
}

// Clusters maps words to their place in a binary tree of word clusters.
type Clusters struct {
	words map[string]clusterPath
}

// Path gives the bits of word's leaf in the cluster tree, the first bit
// the most significant, and how many there are (0: no cluster). The word is
// looked up lower-cased, with every digit 0.
func (c *Clusters) Path(word string) (bits uint16, n int) {
	if c == nil {
		return 0, 0
	}
	p := c.words[clusterWord(strings.ToLower(word))]
	return p.bits, int(p.n)
}

// Len is the number of words with a cluster.
func (c *Clusters) Len() int {
	if c == nil {
		return 0
	}
	return len(c.words)
}

// keys returns the clusters by hashed word, as the model stores them.
func (c *Clusters) keys() map[uint64]clusterPath {
	if c == nil {
		return nil
	}
	out := make(map[uint64]clusterPath, len(c.words))
	for w, p := range c.words {
		out[clusterKey(w)] = p
	}
	return out
}

// WriteClusters writes c as gzipped lines "path<TAB>word", ordered by
// path and word: a word list with cluster ids, no text.
func (c *Clusters) Write(w io.Writer) error {
	type row struct {
		word string
		path clusterPath
	}
	rows := make([]row, 0, c.Len())
	for w, p := range c.words {
		rows = append(rows, row{w, p})
	}
	slices.SortFunc(rows, func(a, b row) int {
		return cmp.Or(strings.Compare(a.path.String(), b.path.String()), strings.Compare(a.word, b.word))
	})
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("write clusters: %w", err)
	}
	bw := bufio.NewWriter(zw)
	for _, r := range rows {
		fmt.Fprintf(bw, "%s\t%s\n", r.path, r.word)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write clusters: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write clusters: %w", err)
	}
	return nil
}

// ReadClusters reads a file written by Clusters.Write.
func ReadClusters(r io.Reader) (*Clusters, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read clusters: %w", err)
	}
	defer zr.Close()
	c := &Clusters{words: map[string]clusterPath{}}
	sc := bufio.NewScanner(zr)
	for n := 1; sc.Scan(); n++ {
		path, word, ok := strings.Cut(sc.Text(), "\t")
		if !ok || word == "" {
			return nil, fmt.Errorf("read clusters: line %d: want a path, a tab and a word", n)
		}
		p, err := parseClusterPath(path)
		if err != nil {
			return nil, fmt.Errorf("read clusters: line %d: %w", n, err)
		}
		c.words[word] = p
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read clusters: %w", err)
	}
	return c, nil
}

//go:embed model/clusters.tsv.gz
var embeddedClusters []byte

var defaultClusters = sync.OnceValues(func() (*Clusters, error) {
	return ReadClusters(bytes.NewReader(embeddedClusters))
})

// DefaultClusters returns the word clusters that ship with the package,
// learned by cmd/clusters from Reuters news (see README.md); the shipped
// model was trained with them.
func DefaultClusters() (*Clusters, error) { return defaultClusters() }

// ClusterOptions steer LearnClusters.
type ClusterOptions struct {
	// MinCount is how often a word must occur to get a cluster (5 when 0).
	MinCount int
	// Contexts is how many of the most frequent words serve as context
	// words (1000 when 0).
	Contexts int
	// Depth is the deepest level of the cluster tree (12 when 0, at most 16).
	Depth int
	// MinSize is the fewest words a cluster is split (16 when 0).
	MinSize int
	// Dims is the width of the random projection of context vectors (256
	// when 0).
	Dims int
	Seed int64
}

// LearnClusters clusters the words of sents (each a sentence of words as
// written) by the words around them. Each word gets a vector of the
// frequent words one and two to its left and right, as square roots of
// their shares (Hellinger), randomly projected to Dims dimensions; the
// words are then split in two by spherical 2-means, again and again, down
// to Depth levels, which gives each word a bit string whose prefixes are
// coarser clusters, as Brown clusters' are. The same sentences and seed
// give the same clusters.
func LearnClusters(ctx context.Context, sents [][]string, opt ClusterOptions) (*Clusters, error) {
	opt.MinCount = cmp.Or(opt.MinCount, 5)
	opt.Contexts = cmp.Or(opt.Contexts, 1000)
	opt.Depth = min(cmp.Or(opt.Depth, 12), maxClusterDepth)
	opt.MinSize = cmp.Or(opt.MinSize, 16)
	opt.Dims = cmp.Or(opt.Dims, 256)

	ids := map[string]int32{}
	var words []string
	var freq []int
	corpus := make([][]int32, len(sents))
	for k, s := range sents {
		corpus[k] = make([]int32, len(s))
		for i, w := range s {
			cw := clusterWord(newToken(w).lower)
			id, ok := ids[cw]
			if !ok {
				id = int32(len(words))
				ids[cw] = id
				words = append(words, cw)
				freq = append(freq, 0)
			}
			freq[id]++
			corpus[k][i] = id
		}
	}
	// Context words: the most frequent, ties by spelling; index 0 and 1
	// stand for the start and the end of a sentence.
	byFreq := make([]int32, len(words))
	for i := range byFreq {
		byFreq[i] = int32(i)
	}
	slices.SortFunc(byFreq, func(a, b int32) int {
		return cmp.Or(cmp.Compare(freq[b], freq[a]), strings.Compare(words[a], words[b]))
	})
	ctxIndex := make([]int32, len(words))
	for i := range ctxIndex {
		ctxIndex[i] = -1
	}
	for r, id := range byFreq[:min(opt.Contexts, len(byFreq))] {
		ctxIndex[id] = int32(r + 2)
	}
	nCtx := opt.Contexts + 2
	var vocab []int32 // the words to cluster, most frequent first
	for _, id := range byFreq {
		if freq[id] >= opt.MinCount {
			vocab = append(vocab, id)
		}
	}
	row := make([]int32, len(words))
	for i := range row {
		row[i] = -1
	}
	for r, id := range vocab {
		row[id] = int32(r)
	}

	// Context counts: four slots (-2, -1, +1, +2) of nCtx words each.
	const slots = 4
	counts := make([]map[int32]float64, len(vocab))
	for i := range counts {
		counts[i] = map[int32]float64{}
	}
	for _, s := range corpus {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		at := func(i int) int32 {
			switch {
			case i < 0:
				return 0
			case i >= len(s):
				return 1
			}
			return ctxIndex[s[i]]
		}
		for i, id := range s {
			r := row[id]
			if r < 0 {
				continue
			}
			for slot, off := range [slots]int{-2, -1, 1, 2} {
				if c := at(i + off); c >= 0 {
					counts[r][int32(slot*nCtx)+c]++
				}
			}
		}
	}

	// Random ±1 projection of each context dimension, scaled so that
	// projected vectors keep their length on average.
	rng := rand.New(rand.NewPCG(uint64(opt.Seed), 0x636c75))
	proj := make([]float32, slots*nCtx*opt.Dims)
	for i := range proj {
		proj[i] = 1
		if rng.IntN(2) == 0 {
			proj[i] = -1
		}
	}
	vecs := make([][]float32, len(vocab))
	for r := range vocab {
		v := make([]float64, opt.Dims)
		var total [slots]float64
		dims := make([]int32, 0, len(counts[r]))
		for d, n := range counts[r] {
			total[int(d)/nCtx] += n
			dims = append(dims, d)
		}
		slices.Sort(dims) // a fixed order of additions, for the same floats every run
		for _, d := range dims {
			share := math.Sqrt(counts[r][d] / total[int(d)/nCtx])
			p := proj[int(d)*opt.Dims : int(d+1)*opt.Dims]
			for j := range v {
				v[j] += share * float64(p[j])
			}
		}
		vecs[r] = normalized(v)
	}

	c := &Clusters{words: make(map[string]clusterPath, len(vocab))}
	members := make([]int32, len(vocab))
	for i := range members {
		members[i] = int32(i)
	}
	var split func(members []int32, path clusterPath) error
	split = func(members []int32, path clusterPath) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		leaf := func() error {
			// A tree of one leaf still gives every word a cluster.
			path.n = max(path.n, 1)
			for _, m := range members {
				c.words[words[vocab[m]]] = path
			}
			return nil
		}
		if int(path.n) >= opt.Depth || len(members) < opt.MinSize {
			return leaf()
		}
		left, right := bisect(vecs, members)
		if len(left) == 0 || len(right) == 0 {
			return leaf()
		}
		if err := split(left, clusterPath{bits: path.bits << 1, n: path.n + 1}); err != nil {
			return err
		}
		return split(right, clusterPath{bits: path.bits<<1 | 1, n: path.n + 1})
	}
	if err := split(members, clusterPath{}); err != nil {
		return nil, err
	}
	return c, nil
}

func normalized(v []float64) []float32 {
	var n float64
	for _, x := range v {
		n += x * x
	}
	n = math.Sqrt(n)
	out := make([]float32, len(v))
	if n == 0 {
		return out
	}
	for i, x := range v {
		out[i] = float32(x / n)
	}
	return out
}

func dot(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// bisect splits members (indices into vecs, most frequent word first) in
// two by spherical 2-means. The first centre is the most frequent word,
// the second the word least like it: no randomness, so the same vectors
// give the same tree.
func bisect(vecs [][]float32, members []int32) (left, right []int32) {
	a := slices.Clone(vecs[members[0]])
	far, least := members[0], float32(math.Inf(1))
	for _, m := range members {
		if s := dot(a, vecs[m]); s < least {
			far, least = m, s
		}
	}
	b := slices.Clone(vecs[far])
	side := make([]bool, len(members))
	for iter := 0; iter < 20; iter++ {
		changed := iter == 0
		for i, m := range members {
			r := dot(b, vecs[m]) > dot(a, vecs[m])
			if r != side[i] {
				side[i], changed = r, true
			}
		}
		if !changed {
			break
		}
		sa, sb := make([]float64, len(a)), make([]float64, len(b))
		for i, m := range members {
			s := sa
			if side[i] {
				s = sb
			}
			for j, x := range vecs[m] {
				s[j] += float64(x)
			}
		}
		a, b = normalized(sa), normalized(sb)
	}
	for i, m := range members {
		if side[i] {
			right = append(right, m)
		} else {
			left = append(left, m)
		}
	}
	return left, right
}
