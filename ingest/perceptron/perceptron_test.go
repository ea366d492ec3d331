package perceptron

import (
	"context"
	"errors"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestHashKeepsPartsApart(t *testing.T) {
	if String(String(Start, "ab"), "c") == String(String(Start, "a"), "bc") {
		t.Error(`("ab","c") and ("a","bc") hash alike`)
	}
	if Seed(1) == Seed(2) {
		t.Error("templates 1 and 2 seed alike")
	}
	if Finish(0) == 0 {
		t.Error("Finish gave 0, the empty-slot marker")
	}
}

func TestTable(t *testing.T) {
	tb := NewTable[int](100)
	for k := uint64(1); k <= 100; k++ {
		v, added := tb.Claim(Finish(k))
		if !added {
			t.Fatalf("key %d claimed twice", k)
		}
		*v = int(k)
	}
	for k := uint64(1); k <= 100; k++ {
		if v, ok := tb.Find(Finish(k)); !ok || v != int(k) {
			t.Errorf("Find(%d) = %d, %v", k, v, ok)
		}
	}
	if _, ok := tb.Find(Finish(1000)); ok {
		t.Error("found a key never added")
	}
	var empty Table[int]
	if _, ok := empty.Find(1); ok {
		t.Error("found a key in an empty table")
	}
}

// The averaged weight is the mean, over the steps, of the weight each
// step's example was scored with: an update made after step c's example
// counts from step c+1 on.
func TestWeightsAverage(t *testing.T) {
	ws := NewWeights(2)
	a, b := ws.Row(10), ws.Row(20)
	if ws.Row(10) != a {
		t.Fatal("a key got two rows")
	}
	// (a,0) becomes 1 after step 1: used by steps 2–4, 3 of 4 → 0.75.
	// (b,1) becomes -2 after step 3: used by step 4 → -0.5.
	ws.Step()
	ws.Update(a, 0, 1)
	ws.Step()
	ws.Step()
	ws.Update(b, 1, -2)
	ws.Step()
	keys, w := ws.Averaged(-1)
	if diff := cmp.Diff([]uint64{10, 20}, keys); diff != "" {
		t.Error(diff)
	}
	if diff := cmp.Diff([]float32{0.75, 0, 0, -0.5}, w); diff != "" {
		t.Errorf("averaged weights (-want +got):\n%s", diff)
	}
	keys, _ = ws.Averaged(1)
	if diff := cmp.Diff([]uint64(nil), keys); diff != "" {
		t.Errorf("pruned at 1: %s", diff)
	}
}

func TestParallelJoinsErrors(t *testing.T) {
	boom := errors.New("boom")
	seen := make([]bool, 5)
	err := Parallel(context.Background(), 5, func(i int) error {
		seen[i] = true
		if i == 3 {
			return boom
		}
		return nil
	})
	if !errors.Is(err, boom) {
		t.Errorf("err = %v, want boom", err)
	}
	for i, s := range seen {
		if !s {
			t.Errorf("fn(%d) not run", i)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Parallel(ctx, 2, func(int) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
}

func TestCache(t *testing.T) {
	c := NewCache[int](4)
	built := 0
	build := func(s string) int {
		built++
		return len(s)
	}
	for range 3 {
		for _, k := range []string{"a", "bb", "ccc"} {
			if got := *c.Get(k, build); got != len(k) {
				t.Errorf("Get(%q) = %d, want %d", k, got, len(k))
			}
		}
	}
	if built < 3 || built > 9 {
		t.Errorf("built %d times for 3 keys asked 9 times", built)
	}
	// More keys than slots: each still gets its own value.
	for i := range 100 {
		k := string(rune('a'+i%26)) + string(rune('a'+i/26))
		if got := *c.Get(k, build); got != 2 {
			t.Errorf("Get(%q) = %d, want 2", k, got)
		}
	}
}

// Keys added in any order are all found, and absent keys are not, however
// the runs of full slots lie.
func TestTableAnyOrder(t *testing.T) {
	const n = 3000
	keys := make([]uint64, n)
	for i := range keys {
		keys[i] = Finish(uint64(i + 1))
	}
	// Keys crowded into few first slots, so that runs are long and wrap.
	crowded := make([]uint64, 200)
	for i := range crowded {
		crowded[i] = 0xffff_0000_0000_0000 | uint64(i+1)<<20 | 1
	}
	for _, ks := range [][]uint64{keys, crowded} {
		for order := range 3 {
			ks := slices.Clone(ks)
			switch order {
			case 1:
				slices.Sort(ks)
			case 2:
				rand.New(rand.NewPCG(1, 2)).Shuffle(len(ks), func(i, j int) { ks[i], ks[j] = ks[j], ks[i] })
			}
			tb := NewTable[uint64](len(ks))
			for _, k := range ks {
				v, added := tb.Claim(k)
				if !added {
					t.Fatalf("key %x claimed twice", k)
				}
				*v = k
			}
			for _, k := range ks {
				if v, ok := tb.Find(k); !ok || v != k {
					t.Errorf("order %d: Find(%x) = %x, %v", order, k, v, ok)
				}
				if v, added := tb.Claim(k); added || *v != k {
					t.Errorf("order %d: Claim(%x) again = %x, %v", order, k, *v, added)
				}
			}
			for i := range ks {
				if k := ks[i] ^ 1<<40; !slices.Contains(ks, k) {
					if _, ok := tb.Find(k); ok {
						t.Errorf("order %d: found %x, never added", order, k)
					}
				}
			}
		}
	}
}
