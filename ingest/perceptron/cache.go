package perceptron

import (
	"hash/maphash"
	"strings"
	"sync/atomic"
)

// Cache keeps what a tagger works out from a word — its features' weights
// gathered from the model's tables — so that a word met again, in this
// article or the next, costs one look-up instead of one per feature. It
// holds a fixed number of words, a new word taking the place of the one
// whose slot it hashes to, and is safe for concurrent use: a value, once
// in, is never changed.
type Cache[V any] struct {
	seed  maphash.Seed
	slots []atomic.Pointer[cached[V]]
	mask  uint64
}

type cached[V any] struct {
	key string
	val V
}

// NewCache makes a cache for about n words.
func NewCache[V any](n int) *Cache[V] {
	size := 1
	for size < n {
		size <<= 1
	}
	return &Cache[V]{seed: maphash.MakeSeed(), slots: make([]atomic.Pointer[cached[V]], size), mask: uint64(size - 1)}
}

// Get returns the value of key, made by build(key) if the cache does not
// hold it. build must give the same value every time for the same key.
// The value is shared: the caller must not change it.
func (c *Cache[V]) Get(key string, build func(string) V) *V {
	slot := &c.slots[maphash.String(c.seed, key)&c.mask]
	if e := slot.Load(); e != nil && e.key == key {
		return &e.val
	}
	// The key is cloned: it is often a slice of an article, which the
	// cache must not keep alive.
	e := &cached[V]{key: strings.Clone(key), val: build(key)}
	slot.Store(e)
	return &e.val
}
