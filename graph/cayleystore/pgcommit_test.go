package cayleystore

import (
	"bytes"
	"context"
	"net"
	"net/url"
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
