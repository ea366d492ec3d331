package cayleystore

import (
	"sync"

	"github.com/cayleygraph/quad"
)

// lru is a bounded map that keeps what was used recently: it holds two
// generations, the current one and the one before; a hit in the old one
// moves the entry to the current one, and when the current one is full it
// becomes the old one. That costs one map operation per use, where a true
// LRU list costs several. A nil lru keeps nothing.
type lru[K comparable, V any] struct {
	mu        sync.Mutex
	max       int
	cur, prev map[K]V
}

func newLRU[K comparable, V any](max int) *lru[K, V] {
	return &lru[K, V]{max: max, cur: map[K]V{}}
}

func (c *lru[K, V]) get(key K) (V, bool) {
	var zero V
	if c == nil {
		return zero, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.cur[key]; ok {
		return v, true
	}
	v, ok := c.prev[key]
	if ok {
		c.putLocked(key, v)
	}
	return v, ok
}

func (c *lru[K, V]) put(key K, v V) {
	if c == nil {
		return
	}
	c.mu.Lock()
	c.putLocked(key, v)
	c.mu.Unlock()
}

func (c *lru[K, V]) putLocked(key K, v V) {
	if len(c.cur) >= c.max {
		c.prev, c.cur = c.cur, make(map[K]V, c.max)
	}
	c.cur[key] = v
}

// clear forgets everything.
func (c *lru[K, V]) clear() {
	if c == nil {
		return
	}
	c.mu.Lock()
	c.cur, c.prev = map[K]V{}, nil
	c.mu.Unlock()
}

// valueCacheSize is how many node values one generation of the value cache
// holds: enough for the names, predicates, labels and evidence a busy
// server reads over and over, a few tens of megabytes at most.
const valueCacheSize = 1 << 16

// maxCachedValue is the longest value kept; article bodies are read once
// per write and would crowd out everything else.
const maxCachedValue = 1024

// valueCache maps node refs to their values. An entry never goes stale: a
// key-value store numbers its nodes from a counter that only grows, so a
// number is never given to another value, and a SQL ref is a hash of the
// value itself. Memory refs are neither, so that backend gets none.
type valueCache struct{ lru *lru[any, quad.Value] }

func newValueCache(max int) *valueCache { return &valueCache{newLRU[any, quad.Value](max)} }

func (c *valueCache) get(key any) (quad.Value, bool) {
	if c == nil {
		return nil, false
	}
	return c.lru.get(key)
}

func (c *valueCache) put(key any, v quad.Value) {
	if c == nil || v == nil || cachedSize(v) > maxCachedValue {
		return
	}
	c.lru.put(key, v)
}

// cachedSize is about the bytes a value holds.
func cachedSize(v quad.Value) int {
	switch v := v.(type) {
	case quad.String:
		return len(v)
	case quad.IRI:
		return len(v)
	case quad.TypedString:
		return len(v.Value) + len(v.Type)
	case quad.LangString:
		return len(v.Value) + len(v.Lang)
	}
	return 0
}

// nodeCacheSize is how many small nodes (statements, evidence) one
// generation of the node cache holds.
const nodeCacheSize = 1 << 14

// maxCachedRows is the most quads a cached node may have: statements and
// evidence have about eight; a node with more is not what the cache is for.
const maxCachedRows = 64
