package cayleystore

import (
	"sync"

	"github.com/cayleygraph/quad"
)

// valueCacheSize is how many node values one generation of the cache holds:
// enough for the names, predicates, labels and evidence a busy server reads
// over and over, a few tens of megabytes at most.
const valueCacheSize = 1 << 16

// maxCachedValue is the longest value kept; article bodies are read once
// per write and would crowd out everything else.
const maxCachedValue = 1024

// valueCache maps node refs to their values. An entry never goes stale: a
// key-value store numbers its nodes from a counter that only grows, so a
// number is never given to another value, and a SQL ref is a hash of the
// value itself. It holds two generations, the current one and the one
// before; when the current one is full it becomes the old one, so the
// values read recently survive and memory stays bounded. A nil cache
// keeps nothing.
type valueCache struct {
	mu        sync.Mutex
	max       int
	cur, prev map[any]quad.Value
}

func newValueCache(max int) *valueCache {
	return &valueCache{max: max, cur: make(map[any]quad.Value, max)}
}

func (c *valueCache) get(key any) (quad.Value, bool) {
	if c == nil {
		return nil, false
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

func (c *valueCache) put(key any, v quad.Value) {
	if c == nil || v == nil || cachedSize(v) > maxCachedValue {
		return
	}
	c.mu.Lock()
	c.putLocked(key, v)
	c.mu.Unlock()
}

func (c *valueCache) putLocked(key any, v quad.Value) {
	if len(c.cur) >= c.max {
		c.prev, c.cur = c.cur, make(map[any]quad.Value, c.max)
	}
	c.cur[key] = v
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
