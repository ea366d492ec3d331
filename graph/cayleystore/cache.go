package cayleystore

import (
	"github.com/cayleygraph/quad"
	lru "github.com/hashicorp/golang-lru/v2"
)

// newLRU is a least-recently-used cache of size entries, safe for
// concurrent use; size is one of the constants below, never below one, so
// lru.New cannot fail. A hit costs about 17 ns more than in the
// two-generation map this replaced, under 1 % of a read (BENCHMARKS.md).
func newLRU[K comparable, V any](size int) *lru.Cache[K, V] {
	c, err := lru.New[K, V](size)
	if err != nil {
		panic(err)
	}
	return c
}

// valueCacheSize is how many node values the value cache holds: enough for
// the names, predicates, labels and evidence a busy server reads over and
// over, a few tens of megabytes at most.
const valueCacheSize = 1 << 17

// maxCachedValue is the longest value kept; article bodies are read once
// per write and would crowd out everything else.
const maxCachedValue = 1024

// valueCache maps node refs to their values. An entry never goes stale: a
// key-value store numbers its nodes from a counter that only grows, so a
// number is never given to another value, and a SQL ref is a hash of the
// value itself. Memory refs are neither, so that backend gets none.
type valueCache struct{ lru *lru.Cache[any, quad.Value] }

func newValueCache(size int) *valueCache { return &valueCache{newLRU[any, quad.Value](size)} }

func (c *valueCache) get(key any) (quad.Value, bool) {
	if c == nil {
		return nil, false
	}
	return c.lru.Get(key)
}

func (c *valueCache) put(key any, v quad.Value) {
	if c == nil || v == nil || cachedSize(v) > maxCachedValue {
		return
	}
	c.lru.Add(key, v)
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

// nodeCacheSize is how many small nodes (statements, evidence) the node
// cache holds.
const nodeCacheSize = 1 << 15

// maxCachedRows is the most quads a cached node may have: statements and
// evidence have about eight; a node with more is not what the cache is for.
const maxCachedRows = 64
