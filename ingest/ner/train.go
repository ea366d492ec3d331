package ner

import (
	"context"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"actorgraph/ingest/perceptron"
)

// TrainOptions steer Train.
type TrainOptions struct {
	// Epochs are the passes over the training documents of the first and
	// the second perceptron (12 where 0). CrossValidate chooses them.
	Epochs [2]int
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
	// Clusters are the word clusters the features read (none when nil;
	// DefaultClusters are the shipped model's). The model keeps them.
	Clusters *Clusters
	// Capitals is the share of training documents also learned from as a
	// copy in which about half the sentences are in capitals, as
	// headlines are (none when 0): the model should not need a word's
	// case to know it.
	Capitals float64
}

func (opt TrainOptions) withDefaults() TrainOptions {
	for p := range opt.Epochs {
		if opt.Epochs[p] <= 0 {
			opt.Epochs[p] = 12
		}
	}
	if opt.Prune == 0 {
		opt.Prune = 0.05
	}
	if opt.Folds == 0 {
		opt.Folds = 5
	}
	if opt.Log == nil {
		opt.Log = slog.New(slog.DiscardHandler)
	}
	return opt
}

// Train learns a model from train with the averaged structured perceptron.
// The model has two passes: the second sees the first's labels for every
// occurrence of a word in the document. Each pass runs for its
// opt.Epochs; no other data is looked at.
func Train(ctx context.Context, train []Document, opt TrainOptions) (*Model, error) {
	opt = opt.withDefaults()
	start := time.Now()
	g, err := newGazetteerBuilder(train)
	if err != nil {
		return nil, fmt.Errorf("train ner: %w", err)
	}
	docs := g.trainDocs(train, opt)
	first, err := trainStage(ctx, docs, opt.Epochs[0], opt, nil)
	if err != nil {
		return nil, fmt.Errorf("train ner: first pass: %w", err)
	}
	opt.Log.Info("ner first pass trained", "epochs", opt.Epochs[0], "elapsed", time.Since(start).Round(time.Second))
	if opt.Folds < 0 || len(docs) < 2 {
		return newModel(first, nil, g.model(), opt.Clusters.keys()), nil
	}
	if err := stackFirstPass(ctx, docs, g.model(), opt); err != nil {
		return nil, fmt.Errorf("train ner: %w", err)
	}
	second, err := trainStage(ctx, docs, opt.Epochs[1], opt, nil)
	if err != nil {
		return nil, fmt.Errorf("train ner: second pass: %w", err)
	}
	opt.Log.Info("ner second pass trained", "epochs", opt.Epochs[1], "elapsed", time.Since(start).Round(time.Second))
	return newModel(first, second, g.model(), opt.Clusters.keys()), nil
}

// trainDocs prepares the training documents for the perceptron: each
// finds its gazetteer matches without the names only it contributed.
// With opt.Capitals, copies with sentences in capitals follow the
// originals, each in its original's group.
func (g *gazetteerBuilder) trainDocs(train []Document, opt TrainOptions) []trainDoc {
	keys := opt.Clusters.keys()
	lookup := func(k uint64) clusterPath { return keys[k] }
	prepare := func(di int, words [][]string, gold [][]int) trainDoc {
		d := newDocument(words)
		d.gazetteer(g.lookupWithout(di))
		if opt.Clusters != nil {
			d.setClusters(lookup)
		}
		return trainDoc{doc: d, gold: gold, group: di}
	}
	docs := make([]trainDoc, len(train), len(train)+int(opt.Capitals*float64(len(train)))+1)
	golds := make([][][]int, len(train))
	for di, doc := range train {
		words := make([][]string, len(doc.Sentences))
		golds[di] = make([][]int, len(doc.Sentences))
		for k, s := range doc.Sentences {
			words[k], golds[di][k] = s.Words, bilou(s.Tags)
		}
		docs[di] = prepare(di, words, golds[di])
	}
	if opt.Capitals <= 0 {
		return docs
	}
	rng := rand.New(rand.NewPCG(uint64(opt.Seed), 0x636170))
	for di, doc := range train {
		if rng.Float64() >= opt.Capitals {
			continue
		}
		words := make([][]string, len(doc.Sentences))
		for k, s := range doc.Sentences {
			words[k] = s.Words
			if rng.IntN(2) == 0 {
				words[k] = make([]string, len(s.Words))
				for i, w := range s.Words {
					words[k][i] = strings.ToUpper(w)
				}
			}
		}
		docs = append(docs, prepare(di, words, golds[di]))
	}
	return docs
}

// stackFirstPass gives every document of docs the labels of a first pass
// trained, for opt.Epochs[0], on the other folds: what the second pass
// learns to read is what a first pass says of text it did not learn from.
// The folds are trained side by side.
func stackFirstPass(ctx context.Context, docs []trainDoc, gaz map[uint64]uint8, opt TrainOptions) error {
	folds := min(opt.Folds, len(docs))
	pass1 := make([][][]int, len(docs))
	err := perceptron.Parallel(ctx, folds, func(f int) error {
		var in []trainDoc
		for _, d := range docs {
			if d.group%folds != f {
				in = append(in, trainDoc{doc: d.doc.clone(), gold: d.gold, group: d.group})
			}
		}
		st, err := trainStage(ctx, in, opt.Epochs[0], opt, nil)
		if err != nil {
			return fmt.Errorf("fold %d: %w", f, err)
		}
		fold := newModel(st, nil, gaz, nil)
		for di, d := range docs {
			if d.group%folds == f {
				pass1[di] = fold.label(d.doc.clone())
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for di := range docs {
		docs[di].doc.setFirstPass(pass1[di])
	}
	return nil
}

// CVResult is what CrossValidate found.
type CVResult struct {
	Folds int
	// F1 is the F1 after each epoch, pooled over the held-out folds: [0]
	// of the first pass alone, [1] of both passes, the first trained for
	// Epochs[0].
	F1 [2][]float64
	// Epochs are the best epochs of each pass (the fewest of equals).
	Epochs [2]int
	// Scores are those of both passes at Epochs, pooled over the folds.
	Scores Scores
}

// CrossValidate chooses the epochs of each pass by k-fold cross-validation
// on train: each fold's documents are tagged by a model trained on the
// other folds (its own gazetteer of training names included), and the
// epoch with the best F1 over all held-out documents is kept; first for
// the first pass, then for the second on top of it. opt.Epochs are the
// most epochs tried; the rest of opt is used as Train uses it.
func CrossValidate(ctx context.Context, train []Document, folds int, opt TrainOptions) (CVResult, error) {
	opt = opt.withDefaults()
	if folds < 2 || len(train) < folds {
		return CVResult{}, fmt.Errorf("cross-validate ner: %d folds of %d documents", folds, len(train))
	}
	start := time.Now()
	res := CVResult{Folds: folds}
	type fold struct {
		docs    []trainDoc
		gaz     map[uint64]uint8
		heldOut []Document
		// pred[p][e] are the held-out tags after epoch e+1 of pass p.
		pred [2][][][]string
	}
	fs := make([]*fold, folds)
	for f := range fs {
		var in, out []Document
		for di, d := range train {
			if di%folds == f {
				out = append(out, d)
			} else {
				in = append(in, d)
			}
		}
		g, err := newGazetteerBuilder(in)
		if err != nil {
			return res, fmt.Errorf("cross-validate ner: %w", err)
		}
		fs[f] = &fold{docs: g.trainDocs(in, opt), gaz: g.model(), heldOut: out}
	}
	clusters := opt.Clusters.keys()
	tag := func(m *Model, docs []Document) [][]string {
		var pred [][]string
		for _, d := range docs {
			words := make([][]string, len(d.Sentences))
			for i, s := range d.Sentences {
				words[i] = s.Words
			}
			pred = append(pred, m.TagSentences(words)...)
		}
		return pred
	}
	var gold [][]string
	for _, f := range fs {
		for _, d := range f.heldOut {
			for _, s := range d.Sentences {
				gold = append(gold, s.Tags)
			}
		}
	}
	// best pools the folds' held-out tags of each epoch of pass p and
	// returns the best epoch.
	best := func(p int) int {
		bestEpoch, bestF1 := 0, math.Inf(-1)
		for e := range fs[0].pred[p] {
			var pred [][]string
			for _, f := range fs {
				pred = append(pred, f.pred[p][e]...)
			}
			s := Score(gold, pred)
			res.F1[p] = append(res.F1[p], s.Overall.F1)
			if s.Overall.F1 > bestF1 {
				bestEpoch, bestF1, res.Scores = e+1, s.Overall.F1, s
			}
		}
		return bestEpoch
	}

	firsts := make([]*stage, folds)
	err := perceptron.Parallel(ctx, folds, func(i int) error {
		f := fs[i]
		_, err := trainStage(ctx, f.docs, opt.Epochs[0], opt, func(st *stage) {
			f.pred[0] = append(f.pred[0], tag(newModel(st, nil, f.gaz, clusters), f.heldOut))
		})
		return err
	})
	if err != nil {
		return res, fmt.Errorf("cross-validate ner: first pass: %w", err)
	}
	res.Epochs[0] = best(0)
	opt.Log.Info("ner cross-validation: first pass", "epochs", res.Epochs[0], "F1", fmt.Sprintf("%.2f", res.F1[0][res.Epochs[0]-1]),
		"elapsed", time.Since(start).Round(time.Second))
	if opt.Folds < 0 {
		return res, nil
	}
	inner := opt
	inner.Epochs[0] = res.Epochs[0]
	err = perceptron.Parallel(ctx, folds, func(i int) error {
		f := fs[i]
		first, err := trainStage(ctx, f.docs, res.Epochs[0], opt, nil)
		if err != nil {
			return err
		}
		firsts[i] = first
		return nil
	})
	if err != nil {
		return res, fmt.Errorf("cross-validate ner: first pass: %w", err)
	}
	// The stacking folds inside each fold run side by side already.
	for i, f := range fs {
		if err := stackFirstPass(ctx, f.docs, f.gaz, inner); err != nil {
			return res, fmt.Errorf("cross-validate ner: fold %d: %w", i, err)
		}
	}
	err = perceptron.Parallel(ctx, folds, func(i int) error {
		f := fs[i]
		_, err := trainStage(ctx, f.docs, opt.Epochs[1], opt, func(st *stage) {
			f.pred[1] = append(f.pred[1], tag(newModel(firsts[i], st, f.gaz, clusters), f.heldOut))
		})
		return err
	})
	if err != nil {
		return res, fmt.Errorf("cross-validate ner: second pass: %w", err)
	}
	res.Epochs[1] = best(1)
	opt.Log.Info("ner cross-validation: second pass", "epochs", res.Epochs[1], "F1", fmt.Sprintf("%.2f", res.F1[1][res.Epochs[1]-1]),
		"elapsed", time.Since(start).Round(time.Second))
	return res, nil
}

type trainDoc struct {
	doc  *document
	gold [][]int
	// group is the index of the document in the training data: a copy
	// has its original's, so that stacking folds keep them together.
	group int
}

// trainStage trains one perceptron over docs for epochs and returns its
// averaged weights, pruned. With observe, it is shown each epoch's
// averaged weights, unpruned.
func trainStage(ctx context.Context, docs []trainDoc, epochs int, opt TrainOptions, observe func(*stage)) (*stage, error) {
	tr := newTrainer()
	static := make([][][][]int32, len(docs))
	for di := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		static[di] = tr.prepare(docs[di].doc)
	}
	rng := rand.New(rand.NewPCG(uint64(opt.Seed), 0x6e6572))
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	for epoch := 1; epoch <= epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, di := range order {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			errs += tr.learn(docs[di].doc, docs[di].gold, static[di])
		}
		opt.Log.Debug("ner epoch", "epoch", epoch, "sentence errors", errs)
		if observe != nil {
			observe(tr.stage(-1))
		}
	}
	return tr.stage(opt.Prune), nil
}

// trainer holds the perceptron's weights while it learns: one row of
// nLabels a feature, and one a previous label (row nLabels: none) for the
// transitions.
type trainer struct {
	w     *perceptron.Weights
	trans *perceptron.Weights
}

func newTrainer() *trainer {
	tr := &trainer{w: perceptron.NewWeights(nLabels), trans: perceptron.NewWeights(nLabels)}
	for p := range nLabels + 1 {
		tr.trans.Row(uint64(p))
	}
	return tr
}

func (tr *trainer) id(key uint64) int32 { return tr.w.Row(key) }

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
				w := tr.w.Current(f)
				for y := range e {
					e[y] += w[y]
				}
			}
			emit = append(emit, e)
		}
		tr.w.Step()
		tr.trans.Step()
		pred := make([]int, len(emit))
		var trans [nLabels + 1][nLabels]float32
		for p := range trans {
			copy(trans[p][:], tr.trans.Current(int32(p)))
		}
		v.use(&trans)
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
					tr.trans.Update(int32(pg), g[i], 1)
					tr.trans.Update(int32(pp), pred[i], -1)
				}
			}
		}
		d.remember(k, pred)
	}
	return errs
}

func (tr *trainer) update(f int32, y int, delta float32) { tr.w.Update(f, y, delta) }

// stage builds a tagger from the averaged weights, leaving out features
// whose weights all lie within ±prune (none when prune < 0).
func (tr *trainer) stage(prune float64) *stage {
	keys, weights := tr.w.Averaged(prune)
	var trans [nLabels + 1][nLabels]float32
	_, tw := tr.trans.Averaged(-1)
	for p := range trans {
		copy(trans[p][:], tw[p*nLabels:])
	}
	return &stage{keys: keys, weights: weights, trans: trans}
}
