package cayleystore

import (
	"context"
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// A second opener of an embedded store that another holds is refused at
// once with who holds it and what to do, waits with a wait, and gets in
// once the first lets go.
func TestStoreHeldByAnother(t *testing.T) {
	for _, backend := range []string{BBolt, LevelDB} {
		t.Run(backend, func(t *testing.T) {
			ctx := context.Background()
			url := backend + ":" + t.TempDir()
			first, err := Open(ctx, url, nil)
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			_, err = Open(ctx, url, nil)
			if !errors.Is(err, ErrStoreBusy) || !strings.Contains(err.Error(), "pid "+strconv.Itoa(os.Getpid())) || !strings.Contains(err.Error(), "--wait") {
				t.Fatalf("second Open = %v; want ErrStoreBusy naming this process and --wait", err)
			}
			if took := time.Since(start); took > time.Second {
				t.Errorf("refusing took %v; want under a second", took)
			}
			go func() {
				time.Sleep(300 * time.Millisecond)
				first.Close()
			}()
			second, err := OpenWait(ctx, url, nil, 10*time.Second)
			if err != nil {
				t.Fatalf("OpenWait after the first closed: %v", err)
			}
			second.Close()
		})
	}
}
