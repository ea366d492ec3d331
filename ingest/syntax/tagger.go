// Package syntax reads the structure of a sentence: part-of-speech tags and
// phrase chunks from taggers trained on CoNLL-2003's columns, and from
// those the clauses — each verb group with its tense, negation, modality
// and voice, its subject and its objects.
package syntax

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"

	"actorgraph/ingest/perceptron"
)

// tagger is a greedy left-to-right tagger: each word's label is the best
// under features that see the labels already given to the words before
// it. Kind says which feature set it reads.
type tagger struct {
	kind   kind
	labels []string
	// features finds a feature's weights: entries[from:to], one for each
	// label whose weight is not 0. Most features weigh on a few labels
	// only (three of 45 on average), so this is a tenth of dense rows in
	// memory and in additions.
	features perceptron.Table[span]
	entries  []entry
}

type span struct{ from, to int32 }

type entry struct {
	y uint8
	w float32
}

type kind uint8

const (
	kindPOS kind = iota + 1
	kindChunk
)

func (k kind) String() string {
	switch k {
	case kindPOS:
		return "pos"
	case kindChunk:
		return "chunk"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// input is a sentence prepared for one tagger: its words, and for the
// chunker their part-of-speech labels.
type input struct {
	words []word
	pos   []int // part-of-speech label numbers (chunker only)
}

// featuresAt appends the features of word i given the labels before it.
func (t *tagger) featuresAt(in *input, i int, prev []int, dst []uint64) []uint64 {
	if t.kind == kindChunk {
		return chunkFeatures(in, i, prev, dst)
	}
	return posFeatures(in, i, prev, dst)
}

func argmax(v []float32) int {
	best := 0
	for y := 1; y < len(v); y++ {
		if v[y] > v[best] {
			best = y
		}
	}
	return best
}

// example is a training sentence: its input and gold label numbers.
type example struct {
	in   input
	gold []int
}

// TrainOptions steer training of the part-of-speech tagger and the chunker.
type TrainOptions struct {
	Epochs int     // passes over the sentences (8 when 0)
	Seed   int64   // orders the sentences of each epoch
	Prune  float64 // drop features whose averaged weights all lie within ±Prune (0.1 when 0; negative keeps all)
}

func (o TrainOptions) withDefaults() TrainOptions {
	if o.Epochs <= 0 {
		o.Epochs = 8
	}
	if o.Prune == 0 {
		o.Prune = 0.1
	}
	return o
}

// train learns a greedy tagger with the averaged perceptron. The history a
// word's features see is what the tagger itself predicted for the words
// before it, as when tagging, not the gold labels.
func train(ctx context.Context, k kind, labels []string, exs []example, opt TrainOptions) (*tagger, error) {
	opt = opt.withDefaults()
	t := &tagger{kind: k, labels: labels}
	ws := perceptron.NewWeights(len(labels))
	rng := rand.New(rand.NewPCG(uint64(opt.Seed), 0x73796e))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, len(labels))
	var feats []uint64
	var rows []int32
	for epoch := 0; epoch < opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, ei := range order {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			ex := &exs[ei]
			pred := make([]int, len(ex.gold))
			for i := range ex.gold {
				feats = t.featuresAt(&ex.in, i, pred[:i], feats[:0])
				rows = rows[:0]
				clear(scores)
				for _, f := range feats {
					r := ws.Row(f)
					rows = append(rows, r)
					for y, w := range ws.Current(r) {
						scores[y] += w
					}
				}
				ws.Step()
				p := argmax(scores)
				if g := ex.gold[i]; p != g {
					for _, r := range rows {
						ws.Update(r, g, 1)
						ws.Update(r, p, -1)
					}
				}
				pred[i] = p
			}
		}
	}
	keys, weights := ws.Averaged(opt.Prune)
	t.setWeights(keys, weights)
	return t, nil
}

// setWeights keeps the weights of each key (keys[i]'s are
// weights[i*labels:(i+1)*labels]) that are not 0 at the precision a model
// file stores: a 32767th of the largest.
func (t *tagger) setWeights(keys []uint64, weights []float32) {
	n := len(t.labels)
	var peak float64
	for _, v := range weights {
		peak = max(peak, math.Abs(float64(v)))
	}
	least := peak / 32767 / 2
	t.features = perceptron.NewTable[span](len(keys))
	t.entries = t.entries[:0]
	for i, k := range keys {
		from := len(t.entries)
		for y, v := range weights[i*n : (i+1)*n] {
			if math.Abs(float64(v)) > least {
				t.entries = append(t.entries, entry{uint8(y), v})
			}
		}
		if len(t.entries) == from {
			continue
		}
		sp, _ := t.features.Claim(k)
		*sp = span{int32(from), int32(len(t.entries))}
	}
}

// peak is the largest weight, in size.
func (t *tagger) peak() float32 {
	var p float32
	for _, e := range t.entries {
		p = max(p, float32(math.Abs(float64(e.w))))
	}
	return p
}

// labelIndex numbers labels in order of first appearance.
type labelIndex struct {
	names []string
	index map[string]int
}

func (l *labelIndex) id(name string) int {
	if l.index == nil {
		l.index = map[string]int{}
	}
	if y, ok := l.index[name]; ok {
		return y
	}
	y := len(l.names)
	l.index[name] = y
	l.names = append(l.names, name)
	return y
}
