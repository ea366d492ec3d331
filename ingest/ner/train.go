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
	// Epochs is the most passes over the training documents for each
	// perceptron (12 when 0). With dev documents, the epoch that scores
	// best on them is kept.
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
	// Folds is how many parts the training documents are cut into to give
	// the second pass first-pass labels the first pass did not learn from
	// (5 when 0). Negative trains a single-pass model.
	Folds int
}

// Train learns a model from train with the averaged structured perceptron.
// The model has two passes: the second sees the first's labels for every
// occurrence of a word in the document. dev, if not empty, picks the best
// epoch of each pass and is otherwise unused.
func Train(ctx context.Context, train, dev []Document, opt TrainOptions) (*Model, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 12
	}
	if opt.Prune == 0 {
		opt.Prune = 0.05
	}
	if opt.Folds == 0 {
		opt.Folds = 5
	}
	log := opt.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	start := time.Now()
	g, err := newGazetteerBuilder(train)
	if err != nil {
		return nil, fmt.Errorf("train ner: %w", err)
	}
	gaz := g.model()
	docs := make([]trainDoc, len(train))
	for di, doc := range train {
		words := make([][]string, len(doc.Sentences))
		gold := make([][]int, len(doc.Sentences))
		for k, s := range doc.Sentences {
			words[k], gold[k] = s.Words, bilou(s.Tags)
		}
		d := newDocument(words)
		d.gazetteer(g.lookupWithout(di))
		docs[di] = trainDoc{doc: d, gold: gold}
	}
	eval := func(candidate *Model) float64 {
		if len(dev) == 0 {
			return math.NaN()
		}
		return Evaluate(candidate, dev).Overall.F1
	}
	first, epochs, err := trainStage(ctx, docs, opt.Epochs, opt, func(st *stage) float64 {
		return eval(newModel(st, nil, gaz))
	})
	if err != nil {
		return nil, fmt.Errorf("train ner: first pass: %w", err)
	}
	log.Info("ner first pass trained", "epochs", epochs, "elapsed", time.Since(start).Round(time.Second))
	if opt.Folds < 0 || len(docs) < 2 {
		return newModel(first, nil, gaz), nil
	}
	folds := min(opt.Folds, len(docs))
	pass1 := make([][][]int, len(docs))
	for f := range folds {
		var in []trainDoc
		for di := range docs {
			if di%folds != f {
				in = append(in, docs[di])
			}
		}
		st, _, err := trainStage(ctx, in, epochs, opt, nil)
		if err != nil {
			return nil, fmt.Errorf("train ner: fold %d: %w", f, err)
		}
		fold := newModel(st, nil, gaz)
		for di := range docs {
			if di%folds == f {
				pass1[di] = fold.label(docs[di].doc)
			}
		}
		log.Info("ner fold trained", "fold", f+1, "of", folds, "elapsed", time.Since(start).Round(time.Second))
	}
	for di := range docs {
		docs[di].doc.setFirstPass(pass1[di])
	}
	second, epochs, err := trainStage(ctx, docs, opt.Epochs, opt, func(st *stage) float64 {
		return eval(newModel(first, st, gaz))
	})
	if err != nil {
		return nil, fmt.Errorf("train ner: second pass: %w", err)
	}
	log.Info("ner second pass trained", "epochs", epochs, "elapsed", time.Since(start).Round(time.Second))
	return newModel(first, second, gaz), nil
}

type trainDoc struct {
	doc  *document
	gold [][]int
}

// trainStage trains one perceptron over docs. With score, each epoch's
// averaged weights are scored and the best epoch is returned; without, the
// last of epochs is.
func trainStage(ctx context.Context, docs []trainDoc, epochs int, opt TrainOptions, score func(*stage) float64) (*stage, int, error) {
	log := opt.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	tr := &trainer{index: map[uint64]int32{}}
	static := make([][][][]int32, len(docs))
	for di := range docs {
		if err := ctx.Err(); err != nil {
			return nil, 0, err
		}
		static[di] = tr.prepare(docs[di].doc)
	}
	rng := rand.New(rand.NewPCG(uint64(opt.Seed), 0x6e6572))
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	var best *stage
	bestEpoch, bestScore := epochs, math.Inf(-1)
	for epoch := 1; epoch <= epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, di := range order {
			if err := ctx.Err(); err != nil {
				return nil, 0, err
			}
			errs += tr.learn(docs[di].doc, docs[di].gold, static[di])
		}
		if score == nil {
			continue
		}
		s := score(tr.stage(-1))
		log.Info("ner epoch", "epoch", epoch, "sentence errors", errs, "dev F1", fmt.Sprintf("%.2f", s))
		if s > bestScore {
			bestScore, bestEpoch, best = s, epoch, tr.stage(opt.Prune)
		}
	}
	if best == nil {
		best = tr.stage(opt.Prune)
	}
	return best, bestEpoch, nil
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

// prepare turns the label-independent features of d into weight rows
// once, so that epochs only look up the history features.
func (tr *trainer) prepare(d *document) [][][]int32 {
	out := make([][][]int32, len(d.sents))
	var feats []uint64
	for k := range d.sents {
		out[k] = make([][]int32, len(d.sents[k].toks))
		for i := range d.sents[k].toks {
			feats = d.staticFeatures(k, i, feats[:0])
			rows := make([]int32, len(feats))
			for j, f := range feats {
				rows[j] = tr.id(f)
			}
			out[k][i] = rows
		}
	}
	return out
}

// learn runs one pass of the perceptron over a document and returns the
// number of sentences it got wrong.
func (tr *trainer) learn(d *document, gold [][]int, static [][][]int32) int {
	clear(d.hist)
	errs := 0
	var emit [][nLabels]float32
	var feats []uint64
	var rows [][]int32
	var v viterbi
	for k := range d.sents {
		emit = emit[:0]
		rows = rows[:0]
		for i := range d.sents[k].toks {
			feats = d.historyFeatures(k, i, feats[:0])
			r := slices.Clone(static[k][i])
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
		pred := make([]int, len(emit))
		v.use(&tr.trans)
		v.decode(emit, pred)
		g := gold[k]
		if !slices.Equal(pred, g) {
			errs++
			for i := range pred {
				if pred[i] != g[i] {
					for _, f := range rows[i] {
						tr.update(f, g[i], 1)
						tr.update(f, pred[i], -1)
					}
				}
				pp, pg := nLabels, nLabels
				if i > 0 {
					pp, pg = pred[i-1], g[i-1]
				}
				if pp != pg || pred[i] != g[i] {
					tr.trans[pg][g[i]]++
					tr.tu[pg][g[i]] += tr.c
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

// stage builds a tagger from the averaged weights, leaving out features
// whose weights all lie within ±prune (none when prune < 0).
func (tr *trainer) stage(prune float64) *stage {
	var keys []uint64
	var weights []float32
	avg := make([]float32, nLabels)
	c := max(tr.c, 1)
	for r, k := range tr.keys {
		keep := prune < 0
		for y := range avg {
			j := r*nLabels + y
			avg[y] = float32(float64(tr.w[j]) - tr.u[j]/c)
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
			trans[p][y] = float32(float64(tr.trans[p][y]) - tr.tu[p][y]/c)
		}
	}
	return &stage{keys: keys, weights: weights, trans: trans}
}
