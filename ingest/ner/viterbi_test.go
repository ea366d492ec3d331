package ner

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// referenceDecode is Viterbi decoding written plainly: every label, every
// allowed predecessor in ascending order, the first of equal scores kept.
// viterbi.decode is a faster arrangement of the same comparisons.
func referenceDecode(emit [][nLabels]float32, trans *[nLabels + 1][nLabels]float32) []int {
	n := len(emit)
	ys := make([]int, n)
	if n == 0 {
		return ys
	}
	negInf := float32(math.Inf(-1))
	score := make([][nLabels]float32, n)
	back := make([][nLabels]int, n)
	for y := range nLabels {
		score[0][y] = emit[0][y] + trans[nLabels][y]
		if !allowed(nLabels, y) {
			score[0][y] = negInf
		}
	}
	for i := 1; i < n; i++ {
		for y := range nLabels {
			best, arg := negInf, 0
			for p := range nLabels {
				if !allowed(p, y) {
					continue
				}
				if s := score[i-1][p] + trans[p][y]; s > best {
					best, arg = s, p
				}
			}
			score[i][y] = best + emit[i][y]
			back[i][y] = arg
		}
	}
	best, arg := negInf, labelO
	for y := range nLabels {
		if allowedLast(y) && score[n-1][y] > best {
			best, arg = score[n-1][y], y
		}
	}
	ys[n-1] = arg
	for i := n - 1; i > 0; i-- {
		ys[i-1] = back[i][ys[i]]
	}
	return ys
}

func TestDecodeMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var v viterbi
	for round := range 2000 {
		// Small integer scores make ties common, which is where an
		// arrangement of the comparisons could pick differently.
		spread := float32(3)
		if round%2 == 1 {
			spread = 1000
		}
		value := func() float32 {
			if round%2 == 0 {
				return float32(rng.IntN(7)) - spread
			}
			return (rng.Float32() - 0.5) * spread
		}
		var trans [nLabels + 1][nLabels]float32
		for p := range trans {
			for y := range trans[p] {
				trans[p][y] = value()
			}
		}
		emit := make([][nLabels]float32, rng.IntN(12))
		for i := range emit {
			for y := range emit[i] {
				emit[i][y] = value()
			}
		}
		want := referenceDecode(emit, &trans)
		got := make([]int, len(emit))
		v.use(&trans)
		v.decode(emit, got)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("round %d: decode differs from the reference (-want +got):\n%s", round, diff)
		}
	}
}
