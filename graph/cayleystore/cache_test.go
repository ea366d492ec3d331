package cayleystore

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
)

// TestValueCacheEviction: a full cache drops the entry used least recently,
// where a get counts as a use.
func TestValueCacheEviction(t *testing.T) {
	type op struct {
		put, get int // key to put (its value is "v" and the key) or to get, 0 for none
	}
	tests := []struct {
		name string
		ops  []op
		want []bool // whether keys 1 to 4 are found after the ops
	}{
		{name: "empty", want: []bool{false, false, false, false}},
		{name: "within the size", ops: []op{{put: 1}, {put: 2}}, want: []bool{true, true, false, false}},
		{name: "oldest dropped", ops: []op{{put: 1}, {put: 2}, {put: 3}}, want: []bool{false, true, true, false}},
		{name: "a get keeps it", ops: []op{{put: 1}, {put: 2}, {get: 1}, {put: 3}}, want: []bool{true, false, true, false}},
		{name: "a put again keeps it", ops: []op{{put: 1}, {put: 2}, {put: 1}, {put: 3}}, want: []bool{true, false, true, false}},
		{name: "a miss changes nothing", ops: []op{{put: 1}, {put: 2}, {get: 4}, {put: 3}}, want: []bool{false, true, true, false}},
	}
	value := func(k int) quad.Value { return quad.String(fmt.Sprint("v", k)) }
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := newValueCache(2)
			for _, o := range tc.ops {
				if o.put != 0 {
					c.put(o.put, value(o.put))
				} else {
					c.get(o.get)
				}
			}
			got := make([]bool, 4)
			for k := 1; k <= 4; k++ {
				v, ok := c.get(k)
				if ok && v != value(k) {
					t.Errorf("get(%d) = %v, want %v", k, v, value(k))
				}
				got[k-1] = ok // a get never drops an entry, so the checks do not disturb each other
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("found (-want +got):\n%s", diff)
			}
		})
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

// BenchmarkValueCache measures the value cache on its own: hits on a warm
// cache, from one goroutine and from all; and churn, where four times as
// many keys as the cache holds are read and the misses put, as resolve
// does on a cold store.
func BenchmarkValueCache(b *testing.B) {
	const size = 1 << 12
	keys := make([]any, 4*size)
	for i := range keys {
		keys[i] = uint64(i)
	}
	v := quad.IRI("https://actorgraph.org/ns#actor")
	warm := func() *valueCache {
		c := newValueCache(size)
		for _, k := range keys[:size/2] {
			c.put(k, v)
		}
		return c
	}
	b.Run("hit", func(b *testing.B) {
		c := warm()
		i := 0
		for b.Loop() {
			if _, ok := c.get(keys[i%(size/2)]); !ok {
				b.Fatal("miss on a warm key")
			}
			i++
		}
	})
	b.Run("hit/parallel", func(b *testing.B) {
		c := warm()
		b.RunParallel(func(pb *testing.PB) {
			i := 0
			for pb.Next() {
				c.get(keys[i%(size/2)])
				i++
			}
		})
	})
	b.Run("churn", func(b *testing.B) {
		c := newValueCache(size)
		i := 0
		for b.Loop() {
			k := keys[i%len(keys)]
			if _, ok := c.get(k); !ok {
				c.put(k, v)
			}
			i++
		}
	})
}
