package cayleystore

import (
	"fmt"
	"syscall"

	hkv "github.com/hidal-go/hidalgo/kv"
	hbbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// releaseMapped unmaps from this process the pages of a bbolt store's file
// that its reads mapped in (madvise MADV_DONTNEED). bbolt reads through a
// shared, read-only mapping of the whole file, so during a bulk write every
// page of the B+trees it looks a key up in stays in the process's RSS until
// the end: about the size of the store, 450 MB for the Reuters development
// set. The pages stay in the kernel's page cache, as a leveldb store's
// files do, and a later read maps them back from there, with the same bytes
// (the mapping is of the file, and bbolt writes the file, never the
// mapping). Other backends have nothing to release.
//
// A read transaction is held meanwhile: it holds bbolt's mapping lock, so
// the file cannot be remapped (bbolt does when it grows) between reading
// the mapping's address and the call. Bolt, bbolt's ancestor (the "bolt"
// backend), maps its file the same way.
func releaseMapped(db hkv.KV) error {
	switch b := db.(type) {
	case *hbbolt.DB:
		tx, err := b.DB().Begin(false)
		if err != nil {
			return fmt.Errorf("release the mapped store: %w", err)
		}
		defer tx.Rollback()
		return dontNeed(b.DB().Info().Data, tx.Size())
	case *hbolt.DB:
		tx, err := b.DB().Begin(false)
		if err != nil {
			return fmt.Errorf("release the mapped store: %w", err)
		}
		defer tx.Rollback()
		return dontNeed(b.DB().Info().Data, tx.Size())
	}
	return nil
}

// dontNeed unmaps the pages of the size bytes mapped at data.
func dontNeed(data uintptr, size int64) error {
	if _, _, errno := syscall.Syscall(syscall.SYS_MADVISE, data, uintptr(size), syscall.MADV_DONTNEED); errno != 0 {
		return fmt.Errorf("release the mapped store: %w", errno)
	}
	return nil
}
