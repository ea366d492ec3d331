package cayleystore

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"actorgraph/graph"
)

// ErrStoreBusy is returned by Open when another process holds an embedded
// store; the message says who and what to do.
var ErrStoreBusy = errors.New("store in use")

// lockName is the file in an embedded store's directory whose lock says
// which process has the store open. bbolt would otherwise block a second
// opener forever on its own file lock, silently.
const lockName = "actorgraph.lock"

// dirLock is an embedded store's directory held by this process.
type dirLock struct{ f *os.File }

// lockDir takes dir's lock, waiting up to wait for a process that holds
// it; it writes who holds it into the file for the next opener to read.
func lockDir(ctx context.Context, dir string, wait time.Duration) (*dirLock, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	path := filepath.Join(dir, lockName)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open the store's lock file: %w", err)
	}
	deadline := time.Now().Add(wait)
	for {
		ok, err := tryLock(f)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("lock the store: %w", err)
		}
		if ok {
			break
		}
		if time.Now().After(deadline) {
			holder, _ := os.ReadFile(path)
			f.Close()
			who := strings.TrimSpace(string(holder))
			if who == "" {
				who = "another process"
			}
			return nil, fmt.Errorf("%w: the store at %s is held by %s; use that server's API (POST /api/v1/articles) or stop it, or run this command with --wait DURATION: %w",
				ErrStoreBusy, dir, who, graph.ErrInvalid)
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
	// who holds it, for the message above
	if err := f.Truncate(0); err == nil {
		fmt.Fprintf(f, "pid %d (%s), since %s\n", os.Getpid(), strings.Join(os.Args, " "), time.Now().Format(time.RFC3339))
	}
	return &dirLock{f: f}, nil
}

// release lets the next process in.
func (l *dirLock) release() {
	if l == nil {
		return
	}
	unlock(l.f)
	l.f.Close()
}
