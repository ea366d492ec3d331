package cayleystore

import (
	"bytes"
	"context"
	"encoding/gob"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// putCatalog overwrites the saved catalogue of a closed key-value store.
func putCatalog(t testing.TB, kind, dir string, data []byte) {
	t.Helper()
	ctx := context.Background()
	qs, db, _, err := openKV(ctx, kind, dir)
	if err != nil {
		t.Fatalf("openKV: %v", err)
	}
	defer qs.Close()
	if err := hkv.Update(ctx, db, func(tx hkv.Tx) error { return tx.Put(ctx, keyCatalog, data) }); err != nil {
		t.Fatalf("put catalogue: %v", err)
	}
}

// crash leaves s as a process that dies would: the backend closed without
// the catalogue saved, and the directory's lock let go.
func crash(s *Store) error {
	defer s.lock.release()
	return s.qs.Close()
}

// oldVersion is a saved catalogue with the store's stamp but an older
// layout.
func oldVersion(t *testing.T, kind, dir string) []byte {
	t.Helper()
	ctx := context.Background()
	qs, db, _, err := openKV(ctx, kind, dir)
	if err != nil {
		t.Fatalf("openKV: %v", err)
	}
	defer qs.Close()
	st, err := currentStamp(ctx, db)
	if err != nil {
		t.Fatalf("currentStamp: %v", err)
	}
	st.Version--
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(st); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestSavedCatalogue: Open takes the catalogue Close saved only when it was
// made from the data as they are, and otherwise rebuilds it from the
// quads, with the same reads either way.
func TestSavedCatalogue(t *testing.T) {
	tests := []struct {
		name string
		// spoil runs on a store whose catalogue was saved, and leaves it
		// closed.
		spoil       func(t *testing.T, s *Store, kind, dir string)
		wantRebuilt bool
	}{
		{
			name:  "closed",
			spoil: func(t *testing.T, s *Store, kind, dir string) { s.Close() },
		},
		{
			name: "written after the save, not closed",
			spoil: func(t *testing.T, s *Store, kind, dir string) {
				write(t, s, articleTwo())
				crash(s) // the saved catalogue lacks article two
			},
			wantRebuilt: true,
		},
		{
			name: "retracted after the save, not closed",
			spoil: func(t *testing.T, s *Store, kind, dir string) {
				if err := s.DeleteArticle(context.Background(), articleThree().Article.ID); err != nil {
					t.Fatal(err)
				}
				crash(s)
			},
			wantRebuilt: true,
		},
		{
			name: "unreadable",
			spoil: func(t *testing.T, s *Store, kind, dir string) {
				s.Close()
				putCatalog(t, kind, dir, []byte("not a catalogue"))
			},
			wantRebuilt: true,
		},
		{
			name: "older layout",
			spoil: func(t *testing.T, s *Store, kind, dir string) {
				s.Close()
				putCatalog(t, kind, dir, oldVersion(t, kind, dir))
			},
			wantRebuilt: true,
		},
	}
	for _, kind := range []string{BBolt, Bolt, LevelDB} {
		for _, tc := range tests {
			t.Run(kind+"/"+tc.name, func(t *testing.T) {
				dir := filepath.Join(t.TempDir(), "db")
				u := kind + ":" + dir
				s := openURL(t, u)
				history(t, s)
				s.Close() // saves
				s = openURL(t, u)
				if s.saved == nil {
					t.Fatalf("Open after Close rebuilt the catalogue instead of loading the saved one")
				}
				tc.spoil(t, s, kind, dir)

				s = openURL(t, u)
				if rebuilt := s.saved == nil; rebuilt != tc.wantRebuilt {
					t.Errorf("catalogue rebuilt = %v, want %v", rebuilt, tc.wantRebuilt)
				}
				got := readAll(t, s)
				if diff := catalogueDiff(t, s); diff != "" {
					t.Errorf("catalogue differs from a rebuild (-rebuilt +opened):\n%s", diff)
				}
				crash(s) // without saving

				// What the data hold, read through a catalogue rebuilt from them.
				putCatalog(t, kind, dir, []byte("not a catalogue"))
				s = openURL(t, u)
				defer s.Close()
				if s.saved != nil {
					t.Fatalf("Open took an unreadable saved catalogue")
				}
				if diff := cmp.Diff(readAll(t, s), got); diff != "" {
					t.Errorf("reads (-rebuilt from the quads +opened):\n%s", diff)
				}
			})
		}
	}
}
