package cayleystore

import (
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
)

func TestLRU(t *testing.T) {
	type op struct {
		put   int // key to put (its value is key*10), 0 for none
		clear bool
	}
	tests := []struct {
		name string
		ops  []op
		// want lists, for keys 1 to 5, the value get finds (0: none).
		// Gets run in key order after the ops, and a hit in the old
		// generation moves the key to the current one.
		want []int
	}{
		{name: "empty", want: []int{0, 0, 0, 0, 0}},
		{name: "within one generation", ops: []op{{put: 1}, {put: 2}}, want: []int{10, 20, 0, 0, 0}},
		// max 2: putting 3 retires {1,2} to the old generation; putting 5
		// retires {3,4} and drops {1,2}.
		{name: "two generations", ops: []op{{put: 1}, {put: 2}, {put: 3}}, want: []int{10, 20, 30, 0, 0}},
		{name: "oldest dropped", ops: []op{{put: 1}, {put: 2}, {put: 3}, {put: 4}, {put: 5}}, want: []int{0, 0, 30, 40, 50}},
		{name: "clear", ops: []op{{put: 1}, {put: 2}, {put: 3}, {clear: true}, {put: 4}}, want: []int{0, 0, 0, 40, 0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := newLRU[int, int](2)
			for _, o := range tc.ops {
				if o.clear {
					c.clear()
				} else {
					c.put(o.put, o.put*10)
				}
			}
			got := make([]int, 5)
			for k := 1; k <= 5; k++ {
				got[k-1], _ = c.get(k)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("values (-want +got):\n%s", diff)
			}
		})
	}
}

// TestLRUKeepsRecentlyUsed: an entry read from the old generation survives
// the next turnover.
func TestLRUKeepsRecentlyUsed(t *testing.T) {
	c := newLRU[int, int](2)
	c.put(1, 10)
	c.put(2, 20)
	c.put(3, 30) // {1,2} old
	if _, ok := c.get(1); !ok {
		t.Fatal("1 lost after one turnover")
	}
	c.put(4, 40) // 1 moved into {3,1}; now full: {3,1} old, {4} current
	if v, ok := c.get(1); !ok || v != 10 {
		t.Errorf("get(1) after a second turnover = %d, %v; want 10, true", v, ok)
	}
	if _, ok := c.get(2); ok {
		t.Errorf("get(2) found an entry two generations old")
	}
}

func TestValueCache(t *testing.T) {
	long := quad.String(strings.Repeat("x", maxCachedValue+1))
	tests := []struct {
		name  string
		cache *valueCache
		value quad.Value
		want  bool
	}{
		{"kept", newValueCache(4), quad.IRI("https://actorgraph.org/ns#actor"), true},
		{"too long", newValueCache(4), long, false},
		{"nil value", newValueCache(4), nil, false},
		{"nil cache", nil, quad.String("x"), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.cache.put(7, tc.value)
			v, ok := tc.cache.get(7)
			if ok != tc.want || (ok && v != tc.value) {
				t.Errorf("get after put(%v) = %v, %v; want found %v", tc.value, v, ok, tc.want)
			}
		})
	}
}
