package cayleystore

import (
	"actorgraph/graph/cayleystore/pgtest"
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"actorgraph/graph"
)

// postgresEnv names the PostgreSQL server the SQL conformance run uses;
// .ci/postgres.sh prints it.
const postgresEnv = "ACTORGRAPH_TEST_POSTGRES"

func openURL(t *testing.T, u string) *Store {
	t.Helper()
	s, err := Open(context.Background(), u, nil)
	if err != nil {
		t.Fatalf("Open(%q): %v", u, err)
	}
	return s
}

// closeAtEnd closes the store the test ends with; reopen swaps it.
func closeAtEnd(t *testing.T, s **Store) {
	t.Cleanup(func() {
		if err := (*s).Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
}

// diskBackend opens stores of an embedded backend in a fresh directory.
func diskBackend(kind string) backend {
	paths := map[*Store]string{}
	holders := map[*Store]**Store{}
	return backend{
		open: func(t *testing.T) *Store {
			p := kind + ":" + filepath.Join(t.TempDir(), "db")
			s := openURL(t, p)
			h := &s
			closeAtEnd(t, h)
			paths[s], holders[s] = p, h
			return s
		},
		reopen: func(t *testing.T, s *Store) *Store {
			p, h := paths[s], holders[s]
			if err := s.Close(); err != nil {
				t.Fatalf("Close: %v", err)
			}
			n := openURL(t, p)
			*h = n
			paths[n], holders[n] = p, h
			return n
		},
	}
}

func TestMemory(t *testing.T) {
	runConformance(t, backend{open: func(t *testing.T) *Store {
		s := openURL(t, "memory")
		closeAtEnd(t, &s)
		return s
	}})
}

func TestBolt(t *testing.T)    { runConformance(t, diskBackend(Bolt)) }
func TestBBolt(t *testing.T)   { runConformance(t, diskBackend(BBolt)) }
func TestLevelDB(t *testing.T) { runConformance(t, diskBackend(LevelDB)) }

// TestPostgres runs the suite against a real PostgreSQL, each test in a
// database of its own.
func TestPostgres(t *testing.T) {
	base := os.Getenv(postgresEnv)
	if base == "" {
		t.Skipf("set %s to a postgres:// URL of a role that may create databases to run the SQL backend; on Debian, as root: eval \"$(bash .ci/postgres.sh)\"", postgresEnv)
	}
	admin, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatalf("connect to %s: %v", postgresEnv, err)
	}
	t.Cleanup(func() { admin.Close() })
	urls := map[*Store]string{}
	holders := map[*Store]**Store{}
	runConformance(t, backend{
		open: func(t *testing.T) *Store {
			u := pgtest.FreshDatabase(t, admin, base)
			s := openURL(t, u)
			h := &s
			closeAtEnd(t, h)
			urls[s], holders[s] = u, h
			return s
		},
		reopen: func(t *testing.T, s *Store) *Store {
			u, h := urls[s], holders[s]
			if err := s.Close(); err != nil {
				t.Fatalf("Close: %v", err)
			}
			n := openURL(t, u)
			*h = n
			urls[n], holders[n] = u, h
			return n
		},
	})
}

func TestParseURL(t *testing.T) {
	dir := t.TempDir()
	boltDir, levelDir := filepath.Join(dir, "b"), filepath.Join(dir, "l")
	for _, u := range []string{"bolt:" + boltDir, "leveldb:" + levelDir} {
		openURL(t, u).Close()
	}
	tests := []struct {
		url         string
		wantBackend string
		wantAddr    string
	}{
		{"memory", Memory, ""},
		{"", DefaultBackend, DefaultPath},
		{"bolt:/var/lib/ag", Bolt, "/var/lib/ag"},
		{"bbolt:rel/dir", BBolt, "rel/dir"},
		{"leveldb:./data", LevelDB, "./data"},
		{filepath.Join(dir, "new"), DefaultBackend, filepath.Join(dir, "new")},
		{boltDir, BBolt, boltDir},
		{levelDir, LevelDB, levelDir},
		{"postgres://u:p@db:5432/ag?sslmode=disable", Postgres, "postgres://u:p@db:5432/ag?sslmode=disable"},
		{"postgresql://u@db/ag", Postgres, "postgresql://u@db/ag"},
		{"postgresql://root@crdb:26257/ag", Cockroach, "postgresql://root@crdb:26257/ag"},
		{"cockroach://root@crdb/ag?sslmode=disable", Cockroach, "postgresql://root@crdb/ag?sslmode=disable"},
	}
	for _, tc := range tests {
		b, addr, err := parseURL(tc.url)
		if err != nil || b != tc.wantBackend || addr != tc.wantAddr {
			t.Errorf("parseURL(%q) = %q, %q, %v; want %q, %q", tc.url, b, addr, err, tc.wantBackend, tc.wantAddr)
		}
	}
	for _, bad := range []string{"mysql://x", "bolt:", "s3://bucket/x"} {
		if _, _, err := parseURL(bad); !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("parseURL(%q): err = %v, want ErrInvalid", bad, err)
		}
	}
}

func TestLatestTerm(t *testing.T) {
	tests := []struct {
		froms, untils []string
		from, until   string
	}{
		{nil, nil, "", ""},
		{[]string{"2019-04-24"}, nil, "2019-04-24", ""},
		{[]string{"2000-05-07"}, []string{"2008-05-07"}, "2000-05-07", "2008-05-07"},
		// two terms, the second still running
		{[]string{"2000-05-07", "2012-05-07"}, []string{"2008-05-07"}, "2012-05-07", ""},
		// two terms, both over
		{[]string{"2017-01-20", "2025-01-20"}, []string{"2021-01-20", "2029-01-20"}, "2025-01-20", "2029-01-20"},
	}
	for _, tt := range tests {
		from, until := latestTerm(tt.froms, tt.untils)
		if from != tt.from || until != tt.until {
			t.Errorf("latestTerm(%q, %q) = %q, %q; want %q, %q", tt.froms, tt.untils, from, until, tt.from, tt.until)
		}
	}
}
