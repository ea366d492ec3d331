package main

import (
	"actorgraph/graph/cayleystore/pgtest"
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	_ "github.com/lib/pq" // the test's own connection, to create the database

	"actorgraph/graph"
	"actorgraph/web"
)

// TestTwoServersOnePostgres starts two `actorgraph serve` processes on one
// PostgreSQL database: an article posted to one is found by the other's
// search, stats and article routes within a second, and its retraction
// through one is seen by the other as quickly.
func TestTwoServersOnePostgres(t *testing.T) {
	base := os.Getenv("ACTORGRAPH_TEST_POSTGRES")
	if base == "" {
		t.Skip("set ACTORGRAPH_TEST_POSTGRES to a postgres:// URL of a role that may create databases; on Debian, as root: eval \"$(bash .ci/postgres.sh)\"")
	}
	if testing.Short() {
		t.Skip("builds the binary; skipped with -short")
	}
	store := freshPostgres(t, base)
	bin := filepath.Join(t.TempDir(), "actorgraph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	one, two := startServer(ctx, t, bin, store), startServer(ctx, t, bin, store)

	article := "- Example Wire - Tuesday, March 5, 2024\n\nGerman Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Monday.\n"
	resp, err := http.Post(one+"/api/v1/articles", "text/plain", strings.NewReader(article))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("POST to the first server = %d %s", resp.StatusCode, body)
	}
	var posted web.WrittenList
	if err := json.Unmarshal(body, &posted); err != nil || len(posted.Articles) != 1 {
		t.Fatalf("POST answer %s: %v", body, err)
	}
	id := posted.Articles[0].Result.Article

	// what a server answers about the article and the chancellor
	type view struct {
		Articles  int
		Article   int // status of GET /articles/{id}
		Found     []string
		Detail    int // status and node count of the chancellor's detail and
		Neighbors int // neighbourhood, pages a server keeps until it sees a change
		Nodes     int
	}
	var chancellor string // the chancellor's id, once found
	look := func(server string) view {
		t.Helper()
		var v view
		var st graph.Stats
		getJSON(t, server+"/api/v1/stats", &st)
		v.Articles = st.Articles
		v.Article = getJSON(t, server+"/api/v1/articles/"+id, nil)
		var found struct{ Entities []graph.Entity }
		getJSON(t, server+"/api/v1/entities?q="+url.QueryEscape("scholz"), &found)
		for _, e := range found.Entities {
			v.Found = append(v.Found, e.Name)
		}
		if chancellor != "" {
			v.Detail = getJSON(t, server+"/api/v1/entities/"+chancellor, nil)
			var g graph.Subgraph
			if v.Neighbors = getJSON(t, server+"/api/v1/entities/"+chancellor+"/neighbors?depth=2", &g); v.Neighbors == http.StatusOK {
				v.Nodes = len(g.Nodes)
			}
		}
		return v
	}
	within := func(what string, want view) {
		t.Helper()
		start := time.Now()
		for {
			got := look(two)
			if got.Articles == want.Articles && got.Article == want.Article && strings.Join(got.Found, "|") == strings.Join(want.Found, "|") &&
				got.Detail == want.Detail && got.Neighbors == want.Neighbors && got.Nodes == want.Nodes {
				t.Logf("%s: seen by the second server after %v", what, time.Since(start))
				return
			}
			if time.Since(start) > time.Second {
				t.Fatalf("%s: the second server answers %+v after a second, the first %+v", what, got, want)
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	var found struct{ Entities []graph.Entity }
	getJSON(t, one+"/api/v1/entities?q="+url.QueryEscape("olaf scholz"), &found)
	if len(found.Entities) == 0 {
		t.Fatal("the first server finds no Olaf Scholz")
	}
	chancellor = found.Entities[0].ID
	written := look(one)
	if written.Articles != 1 || written.Article != http.StatusOK || len(written.Found) == 0 || written.Detail != http.StatusOK || written.Nodes < 2 {
		t.Fatalf("the first server itself answers %+v", written)
	}
	within("the posted article", written)

	req, _ := http.NewRequest(http.MethodDelete, one+"/api/v1/articles/"+id, nil)
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNoContent {
		t.Fatalf("DELETE through the first server = %d", resp.StatusCode)
	}
	retracted := look(one)
	if retracted.Articles != 0 || retracted.Article != http.StatusNotFound || len(retracted.Found) != 0 || retracted.Detail != http.StatusNotFound || retracted.Neighbors != http.StatusNotFound {
		t.Fatalf("the first server after the retraction answers %+v", retracted)
	}
	within("the retraction", retracted)
}

// freshPostgres creates a database for one test on the server of base,
// dropped at its end, and returns its URL.
func freshPostgres(t *testing.T, base string) string {
	t.Helper()
	admin, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	return pgtest.FreshDatabase(t, admin, base)
}

// startServer runs `actorgraph serve` on a free loopback port until the test
// ends, and returns its base URL.
func startServer(ctx context.Context, t *testing.T, bin, store string) string {
	t.Helper()
	cmd := exec.CommandContext(ctx, bin, "--store", store, "serve", "--addr", "127.0.0.1:0", "--no-seeds")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		cmd.Wait()
	})
	addr := regexp.MustCompile(`serving on (http://\S+)/`)
	sc := bufio.NewScanner(stderr)
	var lines []string
	for sc.Scan() {
		if m := addr.FindStringSubmatch(sc.Text()); m != nil {
			go func() {
				for sc.Scan() {
				}
			}()
			return m[1]
		}
		lines = append(lines, sc.Text())
	}
	t.Fatalf("the server did not start: %v\n%s", sc.Err(), strings.Join(lines, "\n"))
	return ""
}

// getJSON GETs a URL, decodes a JSON answer into v (when not nil) and
// returns the status.
func getJSON(t *testing.T, u string, v any) int {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if v != nil {
		if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
			t.Fatalf("GET %s: %v", u, err)
		}
	}
	return resp.StatusCode
}
