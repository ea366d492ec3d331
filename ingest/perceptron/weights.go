package perceptron

import (
	"context"
	"errors"
	"math"
	"runtime"
	"sync"
)

// Weights are a perceptron's weights while it learns: a row of one weight
// per label for every feature key seen. Beside each weight it accumulates
// every update times the step it was made at, so the averaged weights are
// w - u/c without touching every weight at every step.
type Weights struct {
	labels int
	index  map[uint64]int32
	keys   []uint64
	w      []float32
	u      []float64
	c      float64
}

// NewWeights makes empty weights for labels labels.
func NewWeights(labels int) *Weights {
	return &Weights{labels: labels, index: map[uint64]int32{}}
}

// Labels is how many labels a row has.
func (ws *Weights) Labels() int { return ws.labels }

// Row returns the row number of key, adding a row of zeros if it is new.
func (ws *Weights) Row(key uint64) int32 {
	if r, ok := ws.index[key]; ok {
		return r
	}
	r := int32(len(ws.keys))
	ws.index[key] = r
	ws.keys = append(ws.keys, key)
	ws.w = append(ws.w, make([]float32, ws.labels)...)
	ws.u = append(ws.u, make([]float64, ws.labels)...)
	return r
}

// Current returns row r's weights as they are now (not averaged); the
// slice is the weights' own and changes with them.
func (ws *Weights) Current(r int32) []float32 {
	return ws.w[int(r)*ws.labels : int(r+1)*ws.labels]
}

// Step counts one more training example: updates from now on weigh one
// step less in the average.
func (ws *Weights) Step() { ws.c++ }

// Steps is how many examples have been counted.
func (ws *Weights) Steps() float64 { return ws.c }

// Update adds delta to the weight of label y in row r.
func (ws *Weights) Update(r int32, y int, delta float32) {
	j := int(r)*ws.labels + y
	ws.w[j] += delta
	ws.u[j] += ws.c * float64(delta)
}

// Averaged returns the averaged weights of every row, in the order the
// rows were added, leaving out rows whose weights all lie within ±prune
// (none when prune < 0): keys[i]'s weights are weights[i*labels:(i+1)*labels].
func (ws *Weights) Averaged(prune float64) (keys []uint64, weights []float32) {
	avg := make([]float32, ws.labels)
	c := max(ws.c, 1)
	for r, k := range ws.keys {
		keep := prune < 0
		for y := range avg {
			j := r*ws.labels + y
			avg[y] = float32(float64(ws.w[j]) - ws.u[j]/c)
			if math.Abs(float64(avg[y])) > prune {
				keep = true
			}
		}
		if keep {
			keys = append(keys, k)
			weights = append(weights, avg...)
		}
	}
	return keys, weights
}

// Parallel runs fn(0) … fn(n-1), as many at once as there are CPUs, and
// returns the errors joined.
func Parallel(ctx context.Context, n int, fn func(int) error) error {
	errs := make([]error, n)
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			if err := ctx.Err(); err != nil {
				errs[i] = err
				return
			}
			errs[i] = fn(i)
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}
