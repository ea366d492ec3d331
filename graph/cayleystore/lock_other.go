//go:build !unix

package cayleystore

import "os"

// tryLock: without flock the store relies on its backend's own locking.
func tryLock(*os.File) (bool, error) { return true, nil }

func unlock(*os.File) {}
