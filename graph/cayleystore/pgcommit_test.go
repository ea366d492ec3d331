package cayleystore

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"net"
	"net/url"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"actorgraph/graph"
)

// commitCutter is a TCP relay in front of the test PostgreSQL that, once
// armed, lets the next COMMIT through and closes the client's connection
// as the server answers it, without the answer: the transaction is
// committed and the client is told its connection broke. That is what a
// network fault at the wrong moment does.
type commitCutter struct {
	target string
	armed  atomic.Bool
	cuts   atomic.Int32
}

// commitMessage is the simple-query message lib/pq sends to commit.
var commitMessage = []byte("Q\x00\x00\x00\x0bCOMMIT\x00")

// throughCommitCutter starts a commitCutter in front of the server of the
// PostgreSQL URL u and returns it and u pointing at it.
func throughCommitCutter(t *testing.T, u string) (*commitCutter, string) {
	t.Helper()
	parsed, err := url.Parse(u)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	c := &commitCutter{target: parsed.Host}
	go func() {
		for {
			client, err := ln.Accept()
			if err != nil {
				return
			}
			go c.relay(client)
		}
	}()
	parsed.Host = ln.Addr().String()
	return c, parsed.String()
}

func (c *commitCutter) relay(client net.Conn) {
	defer client.Close()
	server, err := net.Dial("tcp", c.target)
	if err != nil {
		return
	}
	defer server.Close()
	var committing atomic.Bool
	go func() {
		defer server.Close()
		buf := make([]byte, 64<<10)
		for {
			n, err := client.Read(buf)
			if n > 0 {
				// The flag is up before the server can answer.
				if bytes.Contains(buf[:n], commitMessage) && c.armed.CompareAndSwap(true, false) {
					committing.Store(true)
				}
				if _, err := server.Write(buf[:n]); err != nil {
					return
				}
			}
			if err != nil {
				return
			}
		}
	}()
	buf := make([]byte, 64<<10)
	for {
		n, err := server.Read(buf)
		if n > 0 && committing.Load() {
			// The server has committed and answers: the client never
			// hears it.
			c.cuts.Add(1)
			return
		}
		if n > 0 {
			if _, err := client.Write(buf[:n]); err != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}

// TestPostgresCommitAnswerLost: a write whose COMMIT goes through but whose
// answer is lost with the connection counts as written — the writer's
// catalogue holds it, as the other server's does from the announcement —
// for a single article and for a batch (which used to be redone article by
// article, each found present and skipped, leaving the writer's catalogue
// without them for good).
func TestPostgresCommitAnswerLost(t *testing.T) {
	u, _ := sharedPostgres(t)
	cutter, cutURL := throughCommitCutter(t, u)
	a, b := openShared(t, cutURL), openShared(t, u)
	ctx := context.Background()
	syn := newSynthetic(11, 20, 2, 60, 8)

	for _, tc := range []struct {
		name  string
		write func() error
		ids   []string
	}{
		{"Write", func() error {
			_, err := a.Write(ctx, articleOne())
			return err
		}, []string{articleOne().Article.ID}},
		{"WriteBatch", func() error {
			_, err := a.WriteBatch(ctx, []graph.Extraction{syn.article(1), syn.article(2), syn.article(3)})
			return err
		}, []string{syn.article(1).Article.ID, syn.article(2).Article.ID, syn.article(3).Article.ID}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cuts := cutter.cuts.Load()
			cutter.armed.Store(true)
			err := tc.write()
			cutter.armed.Store(false)
			if got := cutter.cuts.Load() - cuts; got != 1 {
				t.Fatalf("%d COMMIT answers cut, want 1 (the relay missed the COMMIT)", got)
			}
			if err != nil {
				t.Errorf("the committed write reported %v", err)
			}
			for name, s := range map[string]*Store{"the writer": a, "the other": b} {
				eventually(t, 5*time.Second, name+" lists the articles", func() string {
					var missing []string
					for _, id := range tc.ids {
						if _, err := s.Article(ctx, id); err != nil {
							missing = append(missing, id+": "+err.Error())
						}
					}
					return cmp.Diff([]string(nil), missing)
				})
				if diff := catalogueDiff(t, s); diff != "" {
					t.Errorf("%s's catalogue differs from a rebuild (-rebuilt +maintained):\n%s", name, diff)
				}
			}
			eventually(t, 5*time.Second, "both stores answer the same (-writer +other)", func() string {
				return cmp.Diff(readAll(t, a), readAll(t, b))
			})
		})
	}
}

// waitingForWriteTurn tells whether a goroutine waits in applyLogged for
// this process's turn to write: a write that has read what the store holds
// and will write what it found missing.
func waitingForWriteTurn() bool {
	buf := make([]byte, 4<<20)
	buf = buf[:runtime.Stack(buf, true)]
	for _, g := range bytes.Split(buf, []byte("\n\n")) {
		if bytes.Contains(g, []byte("[sync.Mutex.Lock")) && bytes.Contains(g, []byte(").applyLogged(")) {
			return true
		}
	}
	return false
}

// TestPostgresSameArticleAtOnce: two servers writing the same article at
// once, each having found it missing, store its quads once (the second
// transaction's inserts are skipped as duplicates) and their catalogues
// count it once; retracted by both at once, it is removed once, and what
// another article states of the same entities stays.
func TestPostgresSameArticleAtOnce(t *testing.T) {
	u, _ := sharedPostgres(t)
	a, b := openShared(t, u), openShared(t, u)
	ctx := context.Background()
	// Holding the reload lock stops both writes inside their transactions,
	// after each has read that the article is missing.
	db, err := sql.Open("postgres", u)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, changesLock); err != nil {
		t.Fatal(err)
	}
	x := articleOne()
	errs := make(chan error, 2)
	for _, s := range []*Store{a, b} {
		go func() {
			_, err := s.Write(ctx, x)
			errs <- err
		}()
	}
	atOnce(t, conn, errs)
	for name, s := range map[string]*Store{"a": a, "b": b} {
		eventually(t, 5*time.Second, "store "+name+"'s catalogue is what a rebuild finds (-rebuilt +maintained)", func() string {
			return catalogueDiff(t, s)
		})
	}
	// And retracted by both at once: each removes it once.
	write(t, a, articleTwo()) // names some of the same entities
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, changesLock); err != nil {
		t.Fatal(err)
	}
	for _, s := range []*Store{a, b} {
		go func() { errs <- s.DeleteArticle(ctx, x.Article.ID) }()
	}
	atOnce(t, conn, errs)
	for name, s := range map[string]*Store{"a": a, "b": b} {
		eventually(t, 5*time.Second, "store "+name+" after two retractions at once (-rebuilt +maintained)", func() string {
			return catalogueDiff(t, s)
		})
	}
}

// atOnce waits until two writes wait for the reload lock conn holds, one
// in PostgreSQL and one in this process for its turn, lets them go and
// fails on an error of either, sent on errs.
func atOnce(t *testing.T, conn *sql.Conn, errs <-chan error) {
	t.Helper()
	ctx := context.Background()
	// One waits for the lock in PostgreSQL, the other (in this process)
	// for its turn to write.
	eventually(t, 10*time.Second, "both writes under way", func() string {
		var waiting int
		if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`).Scan(&waiting); err != nil {
			return err.Error()
		}
		if waiting != 1 || !waitingForWriteTurn() {
			return fmt.Sprintf("%d waiting for the lock, one for its turn: %v", waiting, waitingForWriteTurn())
		}
		return ""
	})
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_unlock($1)`, changesLock); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatalf("write: %v", err)
		}
	}
}
