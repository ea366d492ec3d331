//go:build !linux

package cayleystore

import hkv "github.com/hidal-go/hidalgo/kv"

// releaseMapped does nothing off Linux, where MADV_DONTNEED on a shared
// file mapping is at most a hint (see mapped_linux.go).
func releaseMapped(hkv.KV, *mapping) error { return nil }

// mapping is what releaseMapped remembers of a store's mapping on Linux.
type mapping struct{}
