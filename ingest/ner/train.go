package ner

import (
	"context"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"slices"
	"time"
)

// TrainOptions steer Train.
type TrainOptions struct {
	// Epochs is the number of passes over the training documents (15 when
	// 0). With dev documents, the epoch that scores best on them is kept.
	Epochs int
	// Seed orders the documents of each epoch; the same seed and data give
	// the same model.
	Seed int64
	// Log receives progress; nil discards it.
	Log *slog.Logger
	// Prune drops features whose averaged weights all stay within
	// ±Prune (0.05 when 0; negative keeps every feature). Most features
	// fire rarely and end near zero; dropping them shrinks the model
	// file with no measurable loss.
	Prune float64
}

// Train learns a model from train with the averaged structured perceptron.
// dev, if not empty, picks the best epoch and is otherwise unused.
func Train(ctx context.Context, train, dev []Document, opt TrainOptions) (*Model, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 15
	}
	if opt.Prune == 0 {
		opt.Prune = 0.05
	}
	log := opt.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	start := time.Now()
	g := newGazetteerBuilder(train)
	tr := &trainer{index: map[uint64]int32{}}
	docs := make([]trainDoc, len(train))
	for di, doc := range train {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("train ner: %w", err)
		}
		docs[di] = tr.prepare(doc, g.lookupWithout(di))
	}
	log.Info("ner features ready", "docs", len(docs), "features", len(tr.index), "elapsed", time.Since(start).Round(time.Millisecond))
	gaz := g.model()
	rng := rand.New(rand.NewPCG(uint64(opt.Seed), 0x6e6572))
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	var best *Model
	bestF1 := -1.0
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, di := range order {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("train ner: %w", err)
			}
			errs += tr.learn(&docs[di])
		}
		if len(dev) == 0 {
			log.Info("ner epoch", "epoch", epoch, "sentence errors", errs, "elapsed", time.Since(start).Round(time.Millisecond))
			continue
		}
		s := Evaluate(tr.model(gaz, -1), dev)
		log.Info("ner epoch", "epoch", epoch, "sentence errors", errs, "dev F1", fmt.Sprintf("%.2f", s.Overall.F1), "elapsed", time.Since(start).Round(time.Millisecond))
		if s.Overall.F1 > bestF1 {
			bestF1, best = s.Overall.F1, tr.model(gaz, opt.Prune)
		}
	}
	if best == nil {
		best = tr.model(gaz, opt.Prune)
	}
	log.Info("ner model trained", "features", len(best.weights)/nLabels, "elapsed", time.Since(start).Round(time.Millisecond))
	return best, nil
}

// trainer holds the perceptron's weights while it learns. u accumulates
// each update times the step it was made at, so the averaged weights are
// w - u/c without touching every weight at every step.
type trainer struct {
	index map[uint64]int32
	keys  []uint64
	w     []float32
	u     []float64
	trans [nLabels + 1][nLabels]float32
	tu    [nLabels + 1][nLabels]float64
	c     float64
}

type trainDoc struct {
	doc    *document
	gold   [][]int
	static [][][]int32 // sentence, token, feature rows
}

func (tr *trainer) id(key uint64) int32 {
	if r, ok := tr.index[key]; ok {
		return r
	}
	r := int32(len(tr.keys))
	tr.index[key] = r
	tr.keys = append(tr.keys, key)
	tr.w = append(tr.w, make([]float32, nLabels)...)
	tr.u = append(tr.u, make([]float64, nLabels)...)
	return r
}

func (tr *trainer) prepare(doc Document, gaz gazLookup) trainDoc {
	words := make([][]string, len(doc.Sentences))
	td := trainDoc{gold: make([][]int, len(doc.Sentences)), static: make([][][]int32, len(doc.Sentences))}
	for k, s := range doc.Sentences {
		words[k] = s.Words
		td.gold[k] = bilou(s.Tags)
	}
	td.doc = newDocument(words)
	var feats []uint64
	for k := range td.doc.sents {
		s := &td.doc.sents[k]
		g := make([][]uint64, len(s.toks))
		gazetteerFeatures(s, gaz, g)
		td.static[k] = make([][]int32, len(s.toks))
		for i := range s.toks {
			feats = td.doc.staticFeatures(k, i, nil, feats[:0])
			feats = append(feats, g[i]...)
			rows := make([]int32, len(feats))
			for j, f := range feats {
				rows[j] = tr.id(f)
			}
			td.static[k][i] = rows
		}
	}
	return td
}

// learn runs one pass of the perceptron over a document and returns the
// number of sentences it got wrong.
func (tr *trainer) learn(td *trainDoc) int {
	d := td.doc
	clear(d.hist)
	errs := 0
	var emit [][nLabels]float32
	var feats []uint64
	var rows [][]int32
	for k := range d.sents {
		emit = emit[:0]
		rows = rows[:0]
		for i := range d.sents[k].toks {
			feats = d.historyFeatures(k, i, feats[:0])
			r := slices.Clone(td.static[k][i])
			for _, f := range feats {
				r = append(r, tr.id(f))
			}
			rows = append(rows, r)
			var e [nLabels]float32
			for _, f := range r {
				w := tr.w[int(f)*nLabels : int(f)*nLabels+nLabels]
				for y := range e {
					e[y] += w[y]
				}
			}
			emit = append(emit, e)
		}
		tr.c++
		pred := viterbi(emit, &tr.trans)
		gold := td.gold[k]
		if !slices.Equal(pred, gold) {
			errs++
			for i := range pred {
				if pred[i] != gold[i] {
					for _, f := range rows[i] {
						tr.update(f, gold[i], 1)
						tr.update(f, pred[i], -1)
					}
				}
				pp, pg := nLabels, nLabels
				if i > 0 {
					pp, pg = pred[i-1], gold[i-1]
				}
				if pp != pg || pred[i] != gold[i] {
					tr.trans[pg][gold[i]]++
					tr.tu[pg][gold[i]] += tr.c
					tr.trans[pp][pred[i]]--
					tr.tu[pp][pred[i]] -= tr.c
				}
			}
		}
		d.remember(k, pred)
	}
	return errs
}

func (tr *trainer) update(f int32, y int, delta float32) {
	j := int(f)*nLabels + y
	tr.w[j] += delta
	tr.u[j] += tr.c * float64(delta)
}

// model builds a tagger from the averaged weights, leaving out features
// whose weights all lie within ±prune (none when prune < 0).
func (tr *trainer) model(gaz map[uint64]uint8, prune float64) *Model {
	var keys []uint64
	var weights []float32
	avg := make([]float32, nLabels)
	for r, k := range tr.keys {
		keep := prune < 0
		for y := range avg {
			j := r*nLabels + y
			avg[y] = float32(float64(tr.w[j]) - tr.u[j]/tr.c)
			if math.Abs(float64(avg[y])) > prune {
				keep = true
			}
		}
		if keep {
			keys = append(keys, k)
			weights = append(weights, avg...)
		}
	}
	var trans [nLabels + 1][nLabels]float32
	for p := range trans {
		for y := range trans[p] {
			trans[p][y] = float32(float64(tr.trans[p][y]) - tr.tu[p][y]/tr.c)
		}
	}
	return newModel(keys, weights, trans, gaz)
}
