package cayleystore

import (
	"actorgraph/graph/cayleystore/pgtest"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"actorgraph/graph"
)

// sharedPostgres gives a fresh database on the test PostgreSQL and an admin
// connection to it, or skips.
func sharedPostgres(t *testing.T) (string, *sql.DB) {
	t.Helper()
	base := os.Getenv(postgresEnv)
	if base == "" {
		t.Skipf("set %s to a postgres:// URL of a role that may create databases to run several stores on one PostgreSQL; on Debian, as root: eval \"$(bash .ci/postgres.sh)\"", postgresEnv)
	}
	admin, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatalf("connect to %s: %v", postgresEnv, err)
	}
	t.Cleanup(func() { admin.Close() })
	return pgtest.FreshDatabase(t, admin, base), admin
}

// openShared opens a store on u that the test closes at its end.
func openShared(t *testing.T, u string) *Store {
	t.Helper()
	s := openURL(t, u)
	closeAtEnd(t, &s)
	return s
}

// eventually polls check until it returns "" and fails with its last
// answer if a check begun after within still found a difference; it returns
// how long it took. The deadline is on when a check begins, not when it
// ends: a check reads the stores at some time after it begins, and on a
// loaded machine one check may take longer than within (readAll of two
// stores took up to 7 s at load 13), so a deadline on its end would fail
// a change that had arrived in milliseconds.
func eventually(t *testing.T, within time.Duration, what string, check func() string) time.Duration {
	t.Helper()
	return eventuallyExplained(t, within, what, check, nil)
}

// eventuallyExplained is eventually, and on failure also prints explain's
// answer.
func eventuallyExplained(t *testing.T, within time.Duration, what string, check, explain func() string) time.Duration {
	t.Helper()
	start := time.Now()
	for {
		began := time.Since(start)
		got := check()
		if got == "" {
			return time.Since(start)
		}
		if began > within {
			more := ""
			if explain != nil {
				more = "\n" + explain()
			}
			t.Fatalf("%s: not seen within %v: %s%s", what, within, got, more)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// cataloguesExplained says, for each store, which articles its catalogue
// holds and how it differs from a rebuild from the quads both share.
func cataloguesExplained(t *testing.T, stores map[string]*Store) string {
	t.Helper()
	var b strings.Builder
	for _, name := range slices.Sorted(maps.Keys(stores)) {
		s := stores[name]
		s.mu.RLock()
		ids := slices.Sorted(maps.Keys(s.cat.articles))
		s.mu.RUnlock()
		fmt.Fprintf(&b, "store %s's catalogue holds %d articles: %v\n", name, len(ids), ids)
		if diff := catalogueDiff(t, s); diff != "" {
			fmt.Fprintf(&b, "store %s's catalogue differs from a rebuild (-rebuilt +maintained):\n%s\n", name, diff)
		} else {
			fmt.Fprintf(&b, "store %s's catalogue is what a rebuild finds\n", name)
		}
	}
	return b.String()
}

// seen is what one store answers about an article and an entity it names.
type seen struct {
	Articles    int
	Article     bool // Article finds it
	Search      []string
	EntityFacts int    // facts of the entity searched for
	Title       string // the article's title in the list
}

func look(t *testing.T, s *Store, articleID, query string) seen {
	t.Helper()
	ctx := context.Background()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	out := seen{Articles: st.Articles}
	_, err = s.Article(ctx, articleID)
	switch {
	case err == nil:
		out.Article = true
	case !errors.Is(err, graph.ErrNotFound):
		t.Fatalf("Article: %v", err)
	}
	found, _, err := s.SearchEntities(ctx, query, "", 10, 0)
	if err != nil {
		t.Fatalf("SearchEntities: %v", err)
	}
	for _, e := range found {
		out.Search = append(out.Search, e.Name)
	}
	if len(found) > 0 {
		d, err := s.Entity(ctx, found[0].ID)
		if err != nil {
			t.Fatalf("Entity: %v", err)
		}
		out.EntityFacts = len(d.Facts)
	}
	arts, _, err := s.Articles(ctx, 0, 0)
	if err != nil {
		t.Fatalf("Articles: %v", err)
	}
	for _, a := range arts {
		if a.ID == articleID {
			out.Title = a.Title
		}
	}
	return out
}

// sameAs checks that s answers what want answers.
func sameAs(t *testing.T, s *Store, articleID, query string, want seen) func() string {
	return func() string { return cmp.Diff(want, look(t, s, articleID, query)) }
}

// TestPostgresSeveralServers: two stores on one PostgreSQL, as two `serve`
// processes would be, each see what the other writes and retracts within a
// second, search included; after their listening connections are cut, they
// reload and miss nothing; a store opened while another writes holds
// exactly what the quads say.
func TestPostgresSeveralServers(t *testing.T) {
	u, admin := sharedPostgres(t)
	a, b := openShared(t, u), openShared(t, u)
	ctx := context.Background()
	one, three := articleOne(), articleThree()
	id := one.Article.ID

	t.Run("WriteSeenByTheOther", func(t *testing.T) {
		write(t, a, one)
		want := look(t, a, id, "alvarez")
		if !want.Article || want.Articles != 1 || !slices.Contains(want.Search, "Maria Alvarez") || want.EntityFacts == 0 {
			t.Fatalf("the writer itself answers %+v", want)
		}
		took := eventually(t, time.Second, "article one written through a, read through b", sameAs(t, b, id, "alvarez", want))
		t.Logf("seen by the other store after %v", took)
	})

	t.Run("SearchSeesTheOthersWrite", func(t *testing.T) {
		// the answer as the API gives it, which a store keeps until its
		// catalogue changes, another server's change included
		search := func(s *Store) []string {
			body, _, err := s.SearchEntitiesJSON(ctx, "santa", "", 10, 0)
			if err != nil {
				t.Fatalf("SearchEntitiesJSON: %v", err)
			}
			var found []graph.Entity
			if err := json.Unmarshal(body, &found); err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, e := range found {
				names = append(names, e.Name)
			}
			return names
		}
		if before := search(a); slices.Contains(before, "Santa Cruz") {
			t.Fatalf("a finds %q before b writes", before)
		}
		write(t, b, three)
		want := search(b)
		if !slices.Contains(want, "Santa Cruz") {
			t.Fatalf("the writer's own search finds %q", want)
		}
		eventually(t, time.Second, "search through a for what b wrote", func() string {
			return cmp.Diff(want, search(a))
		})
	})

	t.Run("EditSeenByTheOther", func(t *testing.T) {
		v2 := articleOne()
		v2.Article.Title = "Corrected: " + v2.Article.Title
		v2.Relations = v2.Relations[:len(v2.Relations)-1]
		write(t, b, v2)
		want := look(t, b, id, "alvarez")
		if want.Title != v2.Article.Title {
			t.Fatalf("the writer lists title %q", want.Title)
		}
		eventually(t, time.Second, "the edit made through b, read through a", sameAs(t, a, id, "alvarez", want))
	})

	t.Run("RetractionSeenByTheOther", func(t *testing.T) {
		if err := a.DeleteArticle(ctx, id); err != nil {
			t.Fatalf("DeleteArticle: %v", err)
		}
		want := seen{Articles: 1}
		if got := look(t, a, id, "alvarez"); !cmp.Equal(got, want) {
			t.Fatalf("the retracting store answers %+v, want %+v", got, want)
		}
		eventually(t, time.Second, "the retraction made through a, read through b", sameAs(t, b, id, "alvarez", want))
	})

	// Each store keeps pages and what they read of each article; another
	// server's change must reach them too.
	t.Run("KeptPagesSeeTheOthersEdit", func(t *testing.T) {
		for i := range 3 {
			write(t, a, hubArticle(i, false))
		}
		page := func(s *Store) string {
			d, err := s.EntityPage(ctx, freedonia.ID, 2, 0)
			if err != nil {
				return err.Error()
			}
			g, err := s.Neighbors(ctx, freedonia.ID, 1, 3)
			if err != nil {
				return err.Error()
			}
			out := fmt.Sprintf("%+v", d.Totals)
			if len(d.Quotes) > 0 {
				out += " quote: " + d.Quotes[0].Text
			}
			for _, e := range g.Edges {
				if e.From == firefly.ID && e.Predicate == graph.RelLeaderOf {
					out += fmt.Sprintf(" leadership: %d sources, newest %q", e.ArticleCount, e.Provenance[0].Evidence.Text)
				}
			}
			hits, _, err := s.SearchEntities(ctx, "FREEDONIA GAZ", "", 10, 0)
			if err != nil {
				return err.Error()
			}
			for _, h := range hits {
				out += " found: " + h.Name
			}
			return out
		}
		want := page(a)
		eventually(t, time.Second, "the hub written through a, read through b", func() string { return cmp.Diff(want, page(b)) })
		// b has now kept its pages; a edits the newest article and
		// retracts the oldest.
		write(t, a, hubArticle(2, true))
		if err := a.DeleteArticle(ctx, hubArticle(0, false).Article.ID); err != nil {
			t.Fatal(err)
		}
		want = page(a)
		if !strings.Contains(want, "Freedonia will prosper again") || !strings.Contains(want, "still leads") || !strings.Contains(want, "2 sources") {
			t.Fatalf("the writer itself shows %s", want)
		}
		eventually(t, time.Second, "the edit and retraction made through a, read through b", func() string { return cmp.Diff(want, page(b)) })
		for i := 1; i < 3; i++ {
			if err := a.DeleteArticle(ctx, hubArticle(i, false).Article.ID); err != nil {
				t.Fatal(err)
			}
		}
	})

	t.Run("ConcurrentWriters", func(t *testing.T) {
		syn := newSynthetic(7, 20, 2, 60, 8)
		var wg sync.WaitGroup
		for i, s := range []*Store{a, b} {
			wg.Go(func() {
				for k := range 4 {
					x := syn.article(2*k + i)
					if _, err := s.Write(ctx, x); err != nil {
						t.Errorf("Write: %v", err)
					}
				}
				batch := []graph.Extraction{syn.article(100 + i), syn.article(102 + i)}
				if _, err := s.WriteBatch(ctx, batch); err != nil {
					t.Errorf("WriteBatch: %v", err)
				}
			})
		}
		wg.Wait()
		stores := map[string]*Store{"a": a, "b": b}
		took := eventuallyExplained(t, 5*time.Second, "both stores answer the same (-a +b)", func() string {
			return cmp.Diff(readAll(t, a), readAll(t, b))
		}, func() string { return cataloguesExplained(t, stores) })
		t.Logf("both stores answer the same %v after the last write", took)
		for name, s := range stores {
			if diff := catalogueDiff(t, s); diff != "" {
				t.Errorf("store %s's catalogue differs from a rebuild (-rebuilt +maintained):\n%s", name, diff)
			}
		}
	})

	t.Run("ReloadAfterReconnect", func(t *testing.T) {
		before := a.pg.resyncs.Load() + b.pg.resyncs.Load()
		var db string
		if err := a.pg.db.QueryRowContext(ctx, `SELECT current_database()`).Scan(&db); err != nil {
			t.Fatal(err)
		}
		var cut int
		err := admin.QueryRowContext(ctx, `SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
			WHERE datname = $1 AND application_name = $2`, db, listenerName).Scan(&cut)
		if err != nil || cut != 2 {
			t.Fatalf("cut %d listening connections (%v), want 2", cut, err)
		}
		x := newSynthetic(8, 20, 2, 60, 8).article(500)
		write(t, a, x)
		eventually(t, 10*time.Second, "both stores reload after losing their listeners", func() string {
			if got := a.pg.resyncs.Load() + b.pg.resyncs.Load(); got < before+2 {
				return "reloads: " + cmp.Diff(before+2, got)
			}
			return ""
		})
		eventually(t, time.Second, "what a wrote while b was reconnecting", func() string {
			return cmp.Diff(readAll(t, a), readAll(t, b))
		})
		if diff := catalogueDiff(t, b); diff != "" {
			t.Errorf("b's catalogue after its reload differs from a rebuild:\n%s", diff)
		}
	})

	t.Run("OpenWhileAnotherWrites", func(t *testing.T) {
		syn := newSynthetic(9, 20, 2, 60, 8)
		done := make(chan struct{})
		go func() {
			defer close(done)
			for k := range 12 {
				if _, err := a.Write(ctx, syn.article(k)); err != nil {
					t.Errorf("Write: %v", err)
					return
				}
			}
		}()
		c := openShared(t, u)
		<-done
		eventually(t, time.Second, "a store opened during the writes", func() string {
			return cmp.Diff(readAll(t, a), readAll(t, c))
		})
		if diff := catalogueDiff(t, c); diff != "" {
			t.Errorf("the late store's catalogue differs from a rebuild:\n%s", diff)
		}
	})
}

// TestPostgresChangeLogPruned: changes older than changeRetention leave the
// log, newer ones stay; the announcement of a pruned change is an error.
func TestPostgresChangeLogPruned(t *testing.T) {
	u, _ := sharedPostgres(t)
	a, b := openShared(t, u), openShared(t, u)
	ctx := context.Background()
	write(t, a, articleOne())
	write(t, a, articleTwo())
	var first int64
	if err := a.pg.db.QueryRowContext(ctx, `UPDATE `+changesTable+` SET at = now() - interval '2 hours'
		WHERE seq = (SELECT min(seq) FROM `+changesTable+`) RETURNING seq`).Scan(&first); err != nil {
		t.Fatal(err)
	}
	if err := a.pg.prune(ctx); err != nil {
		t.Fatalf("prune: %v", err)
	}
	var left []int64
	rows, err := a.pg.db.QueryContext(ctx, `SELECT seq FROM `+changesTable+` ORDER BY seq`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var n int64
		rows.Scan(&n)
		left = append(left, n)
	}
	rows.Close()
	if diff := cmp.Diff([]int64{first + 1}, left); diff != "" {
		t.Fatalf("changes left after pruning (-want +got):\n%s", diff)
	}
	// The follower reloads on such an error.
	if err := b.applyAnnounced(ctx, fmt.Sprintf("%d other", first)); err == nil || !strings.Contains(err.Error(), "no longer in the log") {
		t.Errorf("the announcement of a pruned change gave %v, want an error saying it is gone", err)
	}
}
