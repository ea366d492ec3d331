package main

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"actorgraph/graph"
	"actorgraph/ingest/shared"
	"actorgraph/web"
)

func needSeed(t *testing.T) string {
	t.Helper()
	return shared.Need(t, shared.ReferenceArticle())
}

// run executes the CLI as a user would, returning stdout and stderr.
func run(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	root := newRoot(strings.NewReader(""), &out, &errb)
	root.SetArgs(args)
	err := root.ExecuteContext(context.Background())
	return out.String(), errb.String(), err
}

func TestExtractSeedArticleContract(t *testing.T) {
	path := needSeed(t)
	out, stderr, err := run(t, "extract", "--format", "json", path)
	if err != nil {
		t.Fatalf("extract: %v\n%s", err, stderr)
	}
	var x graph.Extraction
	if err := json.Unmarshal([]byte(out), &x); err != nil {
		t.Fatalf("output is not one JSON extraction: %v", err)
	}
	if x.InputName != path || x.Article.ID == "" || x.Article.Publisher != "The Washington Times" || x.Article.Published != "2019-04-24" {
		t.Errorf("article = %+v, source %q", x.Article, x.InputName)
	}
	if err := graph.Validate(x); err != nil {
		t.Errorf("extraction is inconsistent: %v", err)
	}
	byName := map[string]graph.Entity{}
	for _, e := range x.Entities {
		byName[e.Name] = e
		for _, m := range e.Mentions {
			if got := x.Body[m.Start:m.End]; got != m.Text {
				t.Errorf("mention of %s: body[%d:%d] = %q, text %q", e.Name, m.Start, m.End, got, m.Text)
			}
		}
	}
	for name, typ := range map[string]graph.EntityType{
		"Kim Jong-un": graph.Person, "Vladimir Putin": graph.Person,
		"North Korea": graph.Country, "Russia": graph.Country, "Vladivostok": graph.City,
	} {
		e, ok := byName[name]
		if !ok {
			t.Errorf("no entity %q", name)
			continue
		}
		if e.Type != typ {
			t.Errorf("%s is a %s, want %s", name, e.Type, typ)
		}
	}
	for _, r := range x.Relations {
		if x.Body[r.Evidence.Start:r.Evidence.End] != r.Evidence.Text {
			t.Errorf("relation %s evidence offsets do not slice the body", r.Predicate)
		}
	}
}

func TestExtractFormats(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.jsonl")
	writeFile(t, a, "- Example Wire - Tuesday, March 5, 2024\n\nGerman Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Monday to discuss aid to Ukraine.\n")
	writeFile(t, b, `{"title":"Talks in Ankara","text":"Turkish President Recep Tayyip Erdogan hosted Finnish President Sauli Niinisto in Ankara on Friday.","published":"2023-03-17","publisher":"Example Wire"}`+"\n")
	out, _, err := run(t, "extract", "--format", "jsonl", dir)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("jsonl gave %d lines for 2 articles", len(lines))
	}
	nq, _, err := run(t, "extract", "--format", "nquads", a)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(nq, "<https://schema.org/NewsArticle>") {
		t.Errorf("nquads output lacks the article node:\n%.500s", nq)
	}
	if _, _, err := run(t, "extract", "--format", "xml", a); err == nil || !strings.Contains(err.Error(), "json, jsonl or nquads") {
		t.Errorf("unknown format error = %v", err)
	}
}

func writeFile(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func stats(t *testing.T, store string) graph.Stats {
	t.Helper()
	out, stderr, err := run(t, "--store", store, "stats")
	if err != nil {
		t.Fatalf("stats: %v %s", err, stderr)
	}
	var st graph.Stats
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestIngestTwiceChangesNothing(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.MkdirAll(filepath.Join(in, "sub"), 0o755)
	writeFile(t, filepath.Join(in, "one.txt"), "- Example Wire - Tuesday, March 5, 2024\n\nGerman Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Monday.\n")
	writeFile(t, filepath.Join(in, "sub", "two.txt"), "- Example Wire - Friday, March 8, 2024\n\nJapanese Prime Minister Fumio Kishida visited Seoul on Thursday for talks with South Korean President Yoon Suk Yeol.\n")
	writeFile(t, filepath.Join(in, "broken.txt"), "\x00\x01\x02binary")
	store := "leveldb:" + filepath.Join(dir, "store")

	out, stderr, err := run(t, "--store", store, "ingest", in)
	if err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	if !strings.HasPrefix(out, "2 articles (2 new)") {
		t.Errorf("summary = %q", out)
	}
	if !strings.Contains(stderr, "broken.txt") {
		t.Errorf("the unreadable file is not reported by name: %q", stderr)
	}
	first := stats(t, store)
	if first.Articles != 2 || first.Quads == 0 {
		t.Fatalf("after ingest: %+v", first)
	}
	// the summary's store line is what stats says
	if want := fmt.Sprintf("the store now holds %d articles, %d entities, %d events, %d relations, %d quads",
		first.Articles, first.Entities, first.Events, first.Relations, first.Quads); !strings.Contains(out, want) {
		t.Errorf("summary %q does not say %q", out, want)
	}
	out, _, err = run(t, "--store", store, "ingest", in)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "2 articles (0 new)") || !strings.Contains(out, " 0 quads added") {
		t.Errorf("re-ingest summary = %q", out)
	}
	if again := stats(t, store); again != first {
		t.Errorf("re-ingest changed the store: %+v -> %+v", first, again)
	}
	if _, _, err := run(t, "--store", store, "ingest", filepath.Join(in, "broken.txt")); err == nil {
		t.Error("an ingest whose every input was skipped should fail")
	}
	q, _, err := run(t, "--store", store, "query", "Scholz")
	if err != nil || !strings.Contains(q, "Olaf Scholz") {
		t.Errorf("query Scholz = %q, %v", q, err)
	}
}

// TestServeEndToEnd runs the real server on a port, with the seeds loaded
// into an empty memory store, and uses the API as a client would.
func TestServeEndToEnd(t *testing.T) {
	t.Run("memory", func(t *testing.T) { serveEndToEnd(t, "memory") })
	// The default embedded store, new: what `make run` starts with.
	t.Run("embedded", func(t *testing.T) { serveEndToEnd(t, filepath.Join(t.TempDir(), "data")) })
}

func serveEndToEnd(t *testing.T, store string) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	m := &Main{StoreURL: store}
	if err := m.Open(ctx); err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	loaded, err := m.LoadSeedsIfEmpty(ctx)
	if err != nil || !loaded {
		t.Fatalf("seeds loaded = %v, %v", loaded, err)
	}
	if again, err := m.LoadSeedsIfEmpty(ctx); err != nil || again {
		t.Fatalf("seeds loaded twice: %v %v", again, err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- m.Serve(ctx, ln) }()
	base := "http://" + ln.Addr().String()

	get := func(path string, v any) int {
		t.Helper()
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if v != nil {
			json.NewDecoder(resp.Body).Decode(v)
		}
		return resp.StatusCode
	}
	if code := get("/healthz", nil); code != 200 && get("/api/v1/healthz", nil) != 200 {
		t.Fatalf("healthz = %d", code)
	}
	var found struct{ Entities []graph.Entity }
	get("/api/v1/entities?q=Putin", &found)
	if len(found.Entities) == 0 || found.Entities[0].Name != "Vladimir Putin" {
		t.Fatalf("search Putin on the seeded store = %+v", found.Entities)
	}
	// The seed gazetteer states each of his terms; the fact shows the one
	// that holds now.
	var putin graph.EntityDetail
	get("/api/v1/entities/"+found.Entities[0].ID, &putin)
	var leads bool
	for _, f := range putin.Facts {
		if f.Predicate == graph.RelLeaderOf && f.Object.Name == "Russia" {
			leads = true
			if f.ValidUntil != "" || f.ValidFrom < "2012" {
				t.Errorf("Putin leaderOf Russia from %q until %q, want his current term", f.ValidFrom, f.ValidUntil)
			}
		}
	}
	if !leads {
		t.Errorf("no leaderOf Russia among Putin's facts: %+v", putin.Facts)
	}
	var sg graph.Subgraph
	if code := get("/api/v1/entities/"+found.Entities[0].ID+"/neighbors?depth=1", &sg); code != 200 || len(sg.Edges) == 0 {
		t.Fatalf("neighbors of Putin: %d, %d edges", code, len(sg.Edges))
	}

	var before graph.Stats
	get("/api/v1/stats", &before)
	article := "- Example Wire - Tuesday, March 5, 2024\n\nGerman Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Monday.\n"
	post := func() (int, []byte) {
		resp, err := http.Post(base+"/api/v1/articles", "text/plain", strings.NewReader(article))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, b
	}
	code, body := post()
	if code != http.StatusCreated {
		t.Fatalf("POST article = %d %s", code, body)
	}
	var mid graph.Stats
	get("/api/v1/stats", &mid)
	if mid.Articles != before.Articles+1 {
		t.Errorf("articles %d -> %d", before.Articles, mid.Articles)
	}
	if code, _ := post(); code != http.StatusOK {
		t.Errorf("re-POST = %d, want 200", code)
	}
	var after graph.Stats
	get("/api/v1/stats", &after)
	if after != mid {
		t.Errorf("re-POST changed the store: %+v -> %+v", mid, after)
	}
	var arts struct{ Articles []graph.Article }
	get("/api/v1/articles?limit=200", &arts)
	var posted string
	for _, a := range arts.Articles {
		if a.Published == "2024-03-05" {
			posted = a.ID
		}
	}
	if posted == "" {
		t.Fatal("the posted article is not listed")
	}
	req, _ := http.NewRequest(http.MethodDelete, base+"/api/v1/articles/"+posted, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNoContent {
		t.Errorf("DELETE = %d", resp.StatusCode)
	}
	var final graph.Stats
	get("/api/v1/stats", &final)
	if final.Quads != before.Quads || final.Articles != before.Articles {
		t.Errorf("retract left %+v, want the state before the POST %+v", final, before)
	}
	if code := get("/api/v1/articles/"+posted, nil); code != http.StatusNotFound {
		t.Errorf("GET retracted article = %d, want 404", code)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve: %v", err)
	}
}

// TestEvalScoresByHand checks `eval ner --predicted` on a file whose scores
// were worked out by hand: gold entities are Ana Costa, Jonas Berg, Erik Lund
// (PER), Lisbon, Oslo (LOC) and Nordic Council (ORG); the predictions get the
// three people and Oslo right, call Lisbon an ORG and cut Nordic Council to
// "Nordic". So TP 4, FP 2, FN 2: P = R = F1 = 4/6; LOC P 1/1, R 1/2, F1 2/3;
// ORG 0 of 2 predicted and 0 of 1 gold; 17 of 19 tokens right.
func TestEvalScoresByHand(t *testing.T) {
	out, _, err := run(t, "eval", "ner", "--predicted", "testdata/scored.conll")
	if err != nil {
		t.Fatal(err)
	}
	want := `processed 19 tokens; accuracy  89.47%
type     precision    recall        F1     TP     FP     FN
overall     66.67%    66.67%     66.67      4      2      2
PER        100.00%   100.00%    100.00      3      0      0
LOC        100.00%    50.00%     66.67      1      0      1
ORG          0.00%     0.00%      0.00      0      2      1
MISC         0.00%     0.00%      0.00      0      0      0
`
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("eval ner --predicted (-want +got):\n%s", diff)
	}
	bad := filepath.Join(t.TempDir(), "bad.conll")
	writeFile(t, bad, "Ana I-PER\n")
	if _, _, err := run(t, "eval", "ner", "--predicted", bad); err == nil || !strings.Contains(err.Error(), "bad.conll:1") {
		t.Errorf("a line without a predicted tag: err = %v, want the file and line named", err)
	}
}

func TestEvalEmbeddedModel(t *testing.T) {
	out, _, err := run(t, "eval", "ner", "testdata/tiny.conll")
	if err != nil {
		t.Fatal(err)
	}
	// The four gold entities are all counted; the people and places are
	// right. A known error of the shipped model: "Google", unseen in the
	// 1996 training text and the 1987 clusters, is tagged PER.
	for _, want := range []string{`processed 14 tokens`, `PER\s+\S+\s+100\.00%`, `LOC\s+100\.00%\s+100\.00%`} {
		if !regexp.MustCompile(want).MatchString(out) {
			t.Errorf("eval output does not match %q:\n%s", want, out)
		}
	}
	if !strings.Contains(out, "      3      1      1") && !strings.Contains(out, "      4      0      0") {
		t.Errorf("the overall line should count four gold entities:\n%s", out)
	}
}

// A command on a store that a running server holds stops at once, saying
// who holds it and what to do, instead of hanging; with --wait it gets in
// when the server lets go.
func TestCommandOnAHeldStore(t *testing.T) {
	dir := t.TempDir()
	m := &Main{StoreURL: dir}
	if err := m.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	article := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(article, []byte("- Example Wire - Monday, May 6, 2024\n\nPresident Ada Berg of Norland met envoys in Brasca.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, _, err := run(t, "ingest", "--store", dir, article)
	if err == nil || !strings.Contains(err.Error(), "held by pid") || !strings.Contains(err.Error(), "--wait") {
		t.Fatalf("ingest on a held store = %v; want an error naming the holder and --wait", err)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("refusing took %v", took)
	}
	go func() {
		time.Sleep(300 * time.Millisecond)
		m.Close()
	}()
	if out, stderr, err := run(t, "ingest", "--store", dir, "--wait", "20s", article); err != nil || !strings.Contains(out, "1 articles") {
		t.Fatalf("ingest --wait = %v\n%s%s", err, out, stderr)
	}
}

// seeds --reload writes the seed knowledge and sample articles; a second
// run finds them as they are and writes nothing.
func TestSeedsReload(t *testing.T) {
	if _, _, err := run(t, "seeds"); err == nil || !strings.Contains(err.Error(), "--reload") {
		t.Errorf("seeds without --reload = %v; want it to ask for --reload", err)
	}
	dir := t.TempDir()
	first, stderr, err := run(t, "seeds", "--reload", "--store", dir)
	if err != nil || strings.Contains(first, " 0 quads added") {
		t.Fatalf("first seeds --reload = %v: %s%s", err, first, stderr)
	}
	second, stderr, err := run(t, "seeds", "--reload", "--store", dir)
	if err != nil || !strings.Contains(second, " 0 quads added") {
		t.Fatalf("second seeds --reload = %v: %s%s; want nothing written", err, second, stderr)
	}
}

func TestServedHosts(t *testing.T) {
	tests := []struct {
		addr  string
		extra []string
		want  []string
	}{
		{"127.0.0.1:8080", nil, []string{"127.0.0.1", "localhost", "::1", "127.0.0.1"}},
		{"0.0.0.0:8080", []string{"graph.example"}, []string{"127.0.0.1", "localhost", "::1", "graph.example"}},
		{"10.0.0.5:8080", nil, []string{"127.0.0.1", "localhost", "::1", "10.0.0.5"}},
		{"0.0.0.0:8080", []string{"*"}, nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, servedHosts(tt.addr, tt.extra)); diff != "" {
			t.Errorf("servedHosts(%q, %v) (-want +got):\n%s", tt.addr, tt.extra, diff)
		}
	}
}

func TestVersion(t *testing.T) {
	out, _, err := run(t, "--version")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "actorgraph ") || !strings.Contains(out, runtime.Version()) {
		t.Errorf("--version printed %q, want the build and the Go version", out)
	}
}

// ingest takes another instance's export (N-Quads) as it is: the copy
// exports the same quads.
func TestIngestImportsAnExport(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	nq := filepath.Join(dir, "graph.nq")
	if _, stderr, err := run(t, "--store", a, "ingest", "../../seeds/articles/002_dmz_meeting.txt"); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	if _, stderr, err := run(t, "--store", a, "export", "--format", "nquads", "--out", nq); err != nil {
		t.Fatalf("export: %v\n%s", err, stderr)
	}
	out, stderr, err := run(t, "--store", b, "ingest", nq)
	if err != nil || !strings.Contains(out, "added") {
		t.Fatalf("ingest of the export: %v, %q\n%s", err, out, stderr)
	}
	again := filepath.Join(dir, "again.nq")
	if _, stderr, err := run(t, "--store", b, "export", "--format", "nquads", "--out", again); err != nil {
		t.Fatalf("export of the copy: %v\n%s", err, stderr)
	}
	x, _ := os.ReadFile(nq)
	y, _ := os.ReadFile(again)
	lines := func(b []byte) []string {
		l := strings.Split(strings.TrimSpace(string(b)), "\n")
		slices.Sort(l)
		return l
	}
	if diff := cmp.Diff(lines(x), lines(y)); diff != "" {
		t.Errorf("the copy exports other quads (-original +copy):\n%.2000s", diff)
	}
}

// An export to a file appears whole or not at all: a refused format leaves
// neither the named file nor a temporary one behind, and a csv export is a
// readable zip.
func TestExportToFile(t *testing.T) {
	dir := t.TempDir()
	store := filepath.Join(dir, "store")
	if _, stderr, err := run(t, "--store", store, "ingest", "../../seeds/articles/002_dmz_meeting.txt"); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	out := filepath.Join(dir, "out", "graph.xml")
	if err := os.Mkdir(filepath.Dir(out), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, _, err := run(t, "--store", store, "export", "--format", "xml", "--out", out); err == nil {
		t.Fatal("export --format xml succeeded")
	}
	if left, _ := os.ReadDir(filepath.Dir(out)); len(left) != 0 {
		t.Errorf("a refused export left %v behind", left)
	}
	zipped := filepath.Join(dir, "out", "graph.zip")
	if _, stderr, err := run(t, "--store", store, "export", "--format", "csv", "--out", zipped); err != nil {
		t.Fatalf("export csv: %v\n%s", err, stderr)
	}
	zr, err := zip.OpenReader(zipped)
	if err != nil {
		t.Fatalf("csv export is no zip: %v", err)
	}
	defer zr.Close()
	if len(zr.File) != 2 {
		t.Errorf("zip holds %d files, want nodes.csv and edges.csv", len(zr.File))
	}
	if left, _ := os.ReadDir(filepath.Dir(out)); len(left) != 1 {
		t.Errorf("export left %v, want graph.zip alone", left)
	}
}

// A server reachable beyond loopback does not start without a token.
func TestServeNeedsATokenBeyondLoopback(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		args    []string
		mention string
	}{
		{[]string{"serve", "--addr", "0.0.0.0:0"}, "--insecure-no-auth"},
		{[]string{"serve", "--addr", "127.0.0.1:0", "--token", "short"}, "at least 16"},
		{[]string{"serve", "--addr", "127.0.0.1:0", "--private-reads"}, "needs tokens"},
		{[]string{"serve", "--addr", "127.0.0.1:0", "--token-file", filepath.Join(dir, "none")}, "--token-file"},
	} {
		_, _, err := run(t, append([]string{"--store", "memory"}, tc.args...)...)
		if err == nil || !strings.Contains(err.Error(), tc.mention) {
			t.Errorf("%v: %v, want an error mentioning %q", tc.args, err, tc.mention)
		}
	}
	for _, tc := range []struct {
		addr, token string
		insecure    bool
		ok          bool
	}{
		{"127.0.0.1:8080", "", false, true},
		{"[::1]:8080", "", false, true},
		{"localhost:8080", "", false, true},
		{"0.0.0.0:8080", "", false, false},
		{":8080", "", false, false},
		{"192.168.1.5:8080", "", false, false},
		{"0.0.0.0:8080", "0123456789abcdef", false, true},
		{"0.0.0.0:8080", "", true, true},
	} {
		toks, err := serveTokens(tc.addr, tc.token, "", tc.insecure)
		if (err == nil) != tc.ok {
			t.Errorf("serveTokens(%q, token %q, insecure %v) = %v, want ok %v", tc.addr, tc.token, tc.insecure, err, tc.ok)
		}
		if tc.token != "" && (len(toks) != 1 || toks[0].Scope != web.ScopeWrite) {
			t.Errorf("--token gives %+v, want one write token", toks)
		}
	}
}

// The health command says whether a server answers: the container's check.
func TestHealthCommand(t *testing.T) {
	base := serveMemory(t, false)
	out, _, err := run(t, "health", "--url", base+"/api/v1/healthz")
	if err != nil || strings.TrimSpace(out) != "ok" {
		t.Errorf("health of a running server: %q, %v", out, err)
	}
	closed, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := closed.Addr().String()
	closed.Close()
	if _, _, err := run(t, "health", "--url", "http://"+addr+"/api/v1/healthz", "--timeout", "1s"); err == nil || !strings.Contains(err.Error(), "does not answer") {
		t.Errorf("health of no server: %v, want it to fail", err)
	}
	if _, _, err := run(t, "health", "--url", base+"/api/v1/nothing"); err == nil || !strings.Contains(err.Error(), "404") {
		t.Errorf("health of a route that is not one: %v", err)
	}
}

// TestEvalRelationsCommand runs `eval relations` through the whole
// pipeline on two paragraphs written for it: Jon Berg's citizenship and
// office are stated and found; Lena Dahl's employer is stated but written
// so that no rule reads it ("spends her days at"). The held-out half
// refuses --details.
func TestEvalRelationsCommand(t *testing.T) {
	file := filepath.Join(t.TempDir(), "paragraphs.jsonl")
	writeFile(t, file, `{"id":"t1","text":"Jon Berg is a Canadian lawyer. He was Prime Minister of Canada from 2001 to 2003.","relations":[{"subject":"Jon Berg","predicate":"citizenOf","object":"Canadian"},{"subject":"Jon Berg","predicate":"leaderOf","object":"Canada"}]}
{"id":"t2","text":"Lena Dahl, a lawyer, spends her days at the Ostmark Bank in Oslo.","relations":[{"subject":"Lena Dahl","predicate":"affiliatedWith","object":"Ostmark Bank"}]}
`)
	out, _, err := run(t, "eval", "relations", "--split", "all", file)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`2 paragraphs`, `citizenOf\s+1/1\s+100\.0%`, `leaderOf\s+1/1\s+100\.0%`, `affiliatedWith\s+0/1\s+0\.0%`, `all\s+2/3\s+66\.7%`} {
		if !regexp.MustCompile(want).MatchString(out) {
			t.Errorf("eval relations output does not match %q:\n%s", want, out)
		}
	}
	if _, _, err := run(t, "eval", "relations", "--details", file); err == nil || !strings.Contains(err.Error(), "only for --split dev") {
		t.Errorf("--details on the held-out half: err = %v, want a refusal", err)
	}
}
