package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/cayleygraph/quad/nquads"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"actorgraph/graph"
	"actorgraph/graph/cayleystore"
	"actorgraph/ingest"
	"actorgraph/ingest/evaluation"
	"actorgraph/ingest/ner"
	"actorgraph/ingest/reader"
	"actorgraph/ingest/shared"
	"actorgraph/ingest/syntax"
	"actorgraph/web"
)

// options shared by every command.
type options struct {
	store   string
	wait    time.Duration
	verbose bool
	stdin   io.Reader
	stdout  io.Writer
	stderr  io.Writer
}

func (o *options) main(ctx context.Context) (*Main, error) {
	m := &Main{StoreURL: o.store, StoreWait: o.wait, Log: newLogger(o.stderr, o.verbose)}
	if err := m.Open(ctx); err != nil {
		m.Close()
		return nil, err
	}
	return m, nil
}

// withMain opens the store and pipeline, runs fn and closes them again.
func (o *options) withMain(ctx context.Context, fn func(*Main) error) error {
	m, err := o.main(ctx)
	if err != nil {
		return err
	}
	defer m.Close()
	return fn(m)
}

// version says which build this is: the module version and, for a build
// from a checkout, the commit and whether it had local changes.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown build)"
	}
	v := bi.Main.Version
	var rev, modified, at string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value
		case "vcs.time":
			at = s.Value
		}
	}
	if rev != "" {
		v += " commit " + rev[:min(12, len(rev))]
		if modified == "true" {
			v += " (modified)"
		}
		if at != "" {
			v += " " + at
		}
	}
	return v + " " + bi.GoVersion
}

func newRoot(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	o := &options{stdin: stdin, stdout: stdout, stderr: stderr}
	root := &cobra.Command{
		Use:   "actorgraph",
		Short: "Build a knowledge graph of who did what with whom from news articles",
		Long: `actorgraph reads news articles and builds a knowledge graph of leaders,
countries, organisations, events and the sources that report them, stored in
Cayley, queried over HTTP and explored in a browser.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version(),
	}
	root.SetVersionTemplate("actorgraph {{.Version}}\n")
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	def := os.Getenv("ACTORGRAPH_STORE")
	root.PersistentFlags().StringVar(&o.store, "store", def,
		`where the graph lives: "" (default) = embedded store under ./data; "memory"; a directory path; "bolt:PATH"; "leveldb:PATH"; "postgres://user:pass@host/db"; "cockroach://…" (env ACTORGRAPH_STORE)`)
	root.PersistentFlags().BoolVarP(&o.verbose, "verbose", "v", false, "log what happens to stderr")
	root.PersistentFlags().DurationVar(&o.wait, "wait", 0, "wait this long (e.g. 30s) for another actorgraph process to let go of an embedded store, instead of stopping at once")
	// --cpuprofile is for measuring the program, not for its users: hidden.
	var cpuProfile string
	root.PersistentFlags().StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the command to this file")
	_ = root.PersistentFlags().MarkHidden("cpuprofile")
	var stopProfile func() error
	root.PersistentPreRunE = func(*cobra.Command, []string) error {
		if cpuProfile == "" {
			return nil
		}
		var err error
		stopProfile, err = startCPUProfile(cpuProfile)
		return err
	}
	root.PersistentPostRunE = func(*cobra.Command, []string) error {
		if stopProfile == nil {
			return nil
		}
		return stopProfile()
	}
	root.AddCommand(serveCmd(o), seedsCmd(o), ingestCmd(o), extractCmd(o), exportCmd(o), queryCmd(o), statsCmd(o), trainCmd(o), evalCmd(o), healthCmd(o))
	return root
}

func serveCmd(o *options) *cobra.Command {
	var addr string
	var noSeeds bool
	var allowedHosts, corsOrigins []string
	var queryTimeout time.Duration
	var queryLimit int
	var token, tokenFile string
	var privateReads, insecure bool
	var maxExports, maxIngests int
	var rateLimit float64
	var requestTimeout time.Duration
	c := &cobra.Command{
		Use: "serve",
		Long: `Serve the HTTP API under /api/v1 and the graph viewer at /.

Reads are open; the routes that change the graph (POST and DELETE of
articles, import) need "Authorization: Bearer <token>" with a write token
once the server has tokens: --token (or ACTORGRAPH_TOKEN) gives one write
token, --token-file several, one a line as "<read|write> <name> <secret>".
--private-reads makes every route but /api/v1/healthz and the OpenAPI
document need a token of either scope. A server listening beyond loopback
refuses to start without a token unless --insecure-no-auth says so.`,
		Short: "Serve the HTTP API under /api/v1 and the graph viewer at /",
		Example: `  actorgraph serve                       # embedded store under ./data, http://127.0.0.1:8080/
  actorgraph serve --addr 127.0.0.1:9000 --store memory
  actorgraph serve --store postgres://actorgraph:secret@127.0.0.1/actorgraph
  ACTORGRAPH_TOKEN=$(openssl rand -hex 32) actorgraph serve --addr 0.0.0.0:8080 --allowed-hosts graph.example
  actorgraph serve --addr 0.0.0.0:8080 --token-file /etc/actorgraph/tokens --private-reads`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if token == "" {
				token = os.Getenv("ACTORGRAPH_TOKEN")
			}
			tokens, err := serveTokens(addr, token, tokenFile, insecure)
			if err != nil {
				return err
			}
			if privateReads && len(tokens) == 0 {
				return fmt.Errorf("--private-reads needs tokens: give --token, ACTORGRAPH_TOKEN or --token-file")
			}
			return o.withMain(ctx, func(m *Main) error {
				m.Tokens, m.PrivateReads = tokens, privateReads
				m.MaxExports, m.MaxIngests, m.RequestTimeout = maxExports, maxIngests, requestTimeout
				switch {
				case rateLimit >= 0:
					m.RatePerClient = rateLimit
				case !loopbackAddr(addr):
					m.RatePerClient = DefaultRemoteRate
				}
				m.AllowedHosts, m.CORSOrigins = servedHosts(addr, allowedHosts), corsOrigins
				m.QueryTimeout, m.QueryLimit = queryTimeout, queryLimit
				if !noSeeds {
					loaded, err := m.LoadSeedsIfEmpty(ctx)
					if err != nil {
						return err
					}
					if loaded {
						fmt.Fprintln(o.stderr, "empty store: loaded the seed gazetteer and sample articles")
					} else if res, err := m.Pipeline.Knowledge(ctx, m.Store); err != nil {
						return err
					} else if res.Added > 0 {
						// a store whose seed knowledge was lost, or is older than this binary's
						fmt.Fprintf(o.stderr, "seed knowledge restored or updated (%d quads written)\n", res.Added)
					}
				}
				ln, err := net.Listen("tcp", addr)
				if err != nil {
					return fmt.Errorf("listen on %s: %w (is another server running? pick another --addr)", addr, err)
				}
				fmt.Fprintf(o.stderr, "actorgraph serving on http://%s/ (store: %s)\n", ln.Addr(), m.Store.Backend())
				return m.Serve(ctx, ln)
			})
		},
	}
	c.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on")
	c.Flags().StringSliceVar(&allowedHosts, "allowed-hosts", nil, "host names the server answers to besides 127.0.0.1, localhost, ::1 and the --addr host (against DNS rebinding); * for any")
	c.Flags().StringSliceVar(&corsOrigins, "cors-origins", nil, "origins (https://tools.example) whose pages may call the API, writes included; none by default")
	c.Flags().BoolVar(&noSeeds, "no-seeds", false, "do not load the seed knowledge into an empty store")
	c.Flags().DurationVar(&queryTimeout, "query-timeout", web.DefaultQueryTimeout, "how long a graph query (POST /api/v1/query) may run before it is stopped")
	c.Flags().IntVar(&queryLimit, "query-limit", web.DefaultQueryLimit, "most results a graph query returns")
	c.Flags().StringVar(&token, "token", "", "a write token (at least 16 characters) that POST and DELETE need as \"Authorization: Bearer <token>\"; ACTORGRAPH_TOKEN when not given")
	c.Flags().StringVar(&tokenFile, "token-file", "", "a file of tokens, one a line: \"<read|write> <name> <secret>\"")
	c.Flags().BoolVar(&privateReads, "private-reads", false, "reads need a token too (read or write scope)")
	c.Flags().DurationVar(&requestTimeout, "request-timeout", web.DefaultRequestTimeout, "how long a read may run before it is stopped and answered 503 (exports and ingests are not cut)")
	c.Flags().IntVar(&maxExports, "max-exports", web.DefaultMaxExports, "exports running at once; more are answered 429")
	c.Flags().IntVar(&maxIngests, "max-ingests", web.DefaultMaxIngests, "ingests (POST articles, import) running at once; more are answered 429")
	c.Flags().Float64Var(&rateLimit, "rate-limit", -1, fmt.Sprintf("requests a second one client address may send to the API (bursts of twice that), 0 for no limit; by default none on loopback, %g beyond", DefaultRemoteRate))
	c.Flags().BoolVar(&insecure, "insecure-no-auth", false, "serve beyond loopback without tokens: anyone who reaches the port may change the graph")
	return c
}

// healthCmd asks a running server whether it and its store answer: the
// container's health check (the image has no shell or curl).
func healthCmd(o *options) *cobra.Command {
	var url string
	var timeout time.Duration
	c := &cobra.Command{
		Use:   "health",
		Short: "Check that a running server answers (exit 0) or not (exit 1)",
		Example: `  actorgraph health
  actorgraph health --url http://127.0.0.1:9000/api/v1/healthz`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, cancel := context.WithTimeout(cmd.Context(), timeout)
			defer cancel()
			req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
			if err != nil {
				return fmt.Errorf("--url %q: %w", url, err)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				return fmt.Errorf("the server at %s does not answer: %w", url, err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
			if resp.StatusCode != http.StatusOK {
				return fmt.Errorf("the server at %s answers %s: %s", url, resp.Status, strings.TrimSpace(string(body)))
			}
			fmt.Fprintln(o.stdout, "ok")
			return nil
		},
	}
	c.Flags().StringVar(&url, "url", "http://127.0.0.1:8080/api/v1/healthz", "the health route of the server to check")
	c.Flags().DurationVar(&timeout, "timeout", 3*time.Second, "how long to wait for the answer")
	return c
}

// DefaultRemoteRate is the per-client request rate of a server reachable
// beyond loopback when --rate-limit does not say.
const DefaultRemoteRate float64 = 50

// serveTokens are the tokens serve guards writes with. A server that
// listens beyond loopback must have one unless insecure says otherwise.
func serveTokens(addr, token, tokenFile string, insecure bool) ([]web.Token, error) {
	var tokens []web.Token
	if tokenFile != "" {
		f, err := os.Open(tokenFile)
		if err != nil {
			return nil, fmt.Errorf("--token-file: %w", err)
		}
		defer f.Close()
		if tokens, err = web.ParseTokens(f); err != nil {
			return nil, fmt.Errorf("--token-file %s: %w", tokenFile, err)
		}
	}
	if token != "" {
		if len(token) < web.MinTokenLength {
			return nil, fmt.Errorf("--token (or ACTORGRAPH_TOKEN) has %d characters; use at least %d (openssl rand -hex 32 makes one)", len(token), web.MinTokenLength)
		}
		tokens = append(tokens, web.Token{Name: "token", Scope: web.ScopeWrite, Secret: token})
	}
	if len(tokens) == 0 && !insecure && !loopbackAddr(addr) {
		return nil, fmt.Errorf("serve on %s is reachable beyond this machine, and without a token anyone who reaches it may change the graph: "+
			"give --token (or ACTORGRAPH_TOKEN) or --token-file, listen on 127.0.0.1, or say --insecure-no-auth", addr)
	}
	return tokens, nil
}

// loopbackAddr tells whether a listen address is reachable from this
// machine only.
func loopbackAddr(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// servedHosts are the host names serve answers to: the loopback names, the
// host of its listen address (unless it listens on every address) and
// those given; none checked when one of them is "*".
func servedHosts(addr string, extra []string) []string {
	if slices.Contains(extra, "*") {
		return nil
	}
	hosts := append(append([]string{}, web.LoopbackHosts...), extra...)
	if h, _, err := net.SplitHostPort(addr); err == nil && h != "" && h != "0.0.0.0" && h != "::" {
		hosts = append(hosts, h)
	}
	return hosts
}

func seedsCmd(o *options) *cobra.Command {
	var reload bool
	c := &cobra.Command{
		Use:   "seeds --reload",
		Short: "Rebuild the seed knowledge (gazetteer facts) and sample articles in the store",
		Long: `The seed knowledge — countries, capitals, borders, organisations, office
holders with their terms — is stored under its own label, not as an article:
DELETE refuses it. seeds --reload writes it again from this binary (and the
sample articles), replacing an older version; serve does the same check at
start.`,
		Example: `  actorgraph seeds --reload
  actorgraph seeds --reload --store postgres://actorgraph:secret@127.0.0.1/actorgraph`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !reload {
				return fmt.Errorf("say --reload to rebuild the seed knowledge")
			}
			ctx := cmd.Context()
			return o.withMain(ctx, func(m *Main) error {
				sum, err := m.Pipeline.Seeds(ctx, m.Store)
				if err != nil {
					return err
				}
				fmt.Fprintln(o.stdout, sum.String())
				return nil
			})
		},
	}
	c.Flags().BoolVar(&reload, "reload", false, "write the seed knowledge and sample articles again")
	return c
}

// importFormat is the format of an export file by its extension, "" for
// an article input.
func importFormat(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".nq", ".nquads":
		return "nquads"
	case ".jsonld":
		return "jsonld"
	}
	return ""
}

func importFile(ctx context.Context, s *cayleystore.Store, path, format string) (graph.ImportResult, error) {
	f, err := os.Open(path)
	if err != nil {
		return graph.ImportResult{}, fmt.Errorf("import: %w", err)
	}
	defer f.Close()
	res, err := s.Import(ctx, f, format) // a file can seek: Import streams it
	if err != nil {
		return res, fmt.Errorf("import %s: %w", path, err)
	}
	return res, nil
}

// defaultIngestMemoryLimit is the Go heap's soft limit during an ingest
// (debug.SetMemoryLimit), unless GOMEMLIMIT or --memory-limit says
// otherwise. Without one the heap grows to twice what is live before the
// collector runs; with it the collector runs sooner as the limit nears, so
// an ingest stays near its live heap (the catalogue, one batch, the models)
// at some CPU. A soft limit: a live heap above it is never an error, the
// collector only works harder (at most half the CPU, by Go's own cap).
//
// 320MiB since the catalogue keeps its counts in slices (issue 12): its
// live heap fell by about 55 MB on the 8,161 Reuters development
// articles, so 320MiB leaves the collector the room 384MiB left before, at
// the same CPU, and bbolt's peak RSS falls from about 500 to about 450 MB.
const defaultIngestMemoryLimit = "320MiB"

// parseBytes reads a size such as 384MiB, 1GiB, 500MB or 400000000; 0 or
// "off" is no limit (-1).
func parseBytes(s string) (int64, error) {
	t := strings.TrimSpace(strings.ToLower(s))
	if t == "off" || t == "0" || t == "" {
		return -1, nil
	}
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		n      int64
	}{{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30}, {"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9}, {"b", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.n
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%q is no size: give bytes with a unit, such as 384MiB or 1GiB, or 0 for no limit", s)
	}
	return n * mult, nil
}

// setIngestMemoryLimit applies --memory-limit: the flag when given, else
// GOMEMLIMIT when set (the runtime has read it already), else the default.
func setIngestMemoryLimit(cmd *cobra.Command, flag string) error {
	if !cmd.Flags().Changed("memory-limit") && os.Getenv("GOMEMLIMIT") != "" {
		return nil
	}
	n, err := parseBytes(flag)
	if err != nil {
		return fmt.Errorf("--memory-limit: %w", err)
	}
	if n < 0 {
		n = math.MaxInt64
	}
	debug.SetMemoryLimit(n)
	return nil
}

func ingestCmd(o *options) *cobra.Command {
	var memLimit string
	c := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Extract articles (text, JSON, JSONL, HTML, directories) and store their facts",
		Long: `ingest reads every article under the given files and directories (recursively),
extracts entities, relations, events and quotes on every core, and stores
them labelled with the article, many articles a transaction (64; 256 on
leveldb): a crash loses at most the last batch, never part of an article.
Ingesting the same article again changes nothing. Unreadable inputs are
reported and skipped. An N-Quads (.nq, .nquads) or JSON-LD (.jsonld) file
exported by actorgraph is imported as it is: its quads, in the same batches,
each article whole or not at all. A batch of long articles is written
early (past 2 KB of text an article). The Go heap is kept near
--memory-limit (320MiB) by collecting sooner; a corpus whose catalogue
needs more still goes through, more slowly.`,
		Example: `  actorgraph ingest ../shared/seed/
  actorgraph ingest --store memory articles.jsonl page.html
  cat story.txt | actorgraph ingest -
  actorgraph ingest --store /tmp/copy graph.nq     # another instance's export`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, paths []string) error {
			ctx := cmd.Context()
			if err := setIngestMemoryLimit(cmd, memLimit); err != nil {
				return err
			}
			return o.withMain(ctx, func(m *Main) error {
				var progress func(string)
				finish := func() {}
				if f, ok := o.stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
					bar := progressbar.NewOptions(-1,
						progressbar.OptionSetWriter(o.stderr),
						progressbar.OptionSetDescription("ingesting"),
						progressbar.OptionShowCount(),
						progressbar.OptionShowIts(),
						progressbar.OptionSetItsString("articles"),
						// no rate from the first instant's handful of articles
						progressbar.OptionThrottle(500*time.Millisecond),
						progressbar.OptionClearOnFinish())
					progress = func(string) { bar.Add(1) }
					done := false
					finish = func() {
						if !done {
							done = true
							bar.Finish()
						}
					}
					defer finish()
				}
				var articles []string
				for _, p := range paths {
					format := importFormat(p)
					if format == "" {
						articles = append(articles, p)
						continue
					}
					// another instance's export: its quads, as they are
					res, err := importFile(ctx, m.Store, p, format)
					if err != nil {
						return err
					}
					fmt.Fprintf(o.stdout, "%s: %d labels, %d quads, %d added\n", p, res.Labels, res.Quads, res.Added)
				}
				if len(articles) == 0 {
					return nil
				}
				sum, err := m.Pipeline.Ingest(ctx, m.Store, articles, progress)
				finish() // the bar's line is cleared before anything else is printed
				for _, p := range sum.Problems {
					fmt.Fprintln(o.stderr, "skipped:", p.Error())
				}
				fmt.Fprintln(o.stdout, sum.String())
				// the store's own counts, as stats and the API give them:
				// an article's entities and facts above are counted per
				// article, an entity named by many articles once here
				if st, serr := m.Store.Stats(ctx); serr == nil {
					fmt.Fprintf(o.stdout, "the store now holds %d articles, %d entities, %d events, %d relations, %d quads\n",
						st.Articles, st.Entities, st.Events, st.Relations, st.Quads)
				}
				if err == nil && sum.Articles == 0 && len(sum.Problems) > 0 {
					return fmt.Errorf("no article ingested: every input was skipped (see above)")
				}
				return err
			})
		},
	}
	c.Flags().StringVar(&memLimit, "memory-limit", defaultIngestMemoryLimit,
		"soft limit of the Go heap while ingesting (e.g. 256MiB, 1GiB; 0 = none): the collector runs sooner as it nears; GOMEMLIMIT applies when this flag is not given. Not counted: the store's memory-mapped file (bbolt), which is page cache")
	return c
}

func extractCmd(o *options) *cobra.Command {
	var format string
	c := &cobra.Command{
		Use:   "extract FILE...|-",
		Short: "Print what would be stored for each article, without touching the store",
		Long: `extract prints the extraction contract for each article: the article's
metadata, the body that offsets refer to, entities with their mentions,
relations and events with their evidence, and quotes. See the README for the
shape; --format nquads prints the quads instead.`,
		Example: `  actorgraph extract --format json ../shared/seed/000_5361b55b051ced31.txt
  actorgraph extract --format jsonl articles/
  echo "- Example Wire - Monday, May 6, 2024\n\nPresident Biden met ..." | actorgraph extract -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, paths []string) error {
			ctx := cmd.Context()
			if format != "json" && format != "jsonl" && format != "nquads" {
				return fmt.Errorf("unknown --format %q: use json, jsonl or nquads", format)
			}
			p, err := ingest.New(newLogger(o.stderr, o.verbose))
			if err != nil {
				return err
			}
			w := bufio.NewWriter(o.stdout)
			defer w.Flush()
			nq := nquads.NewWriter(w)
			var failed []reader.Problem
			written := 0
			// on every core, printed in the order read
			probs, err := p.ExtractAll(ctx, paths, func(_ reader.Document, x graph.Extraction, err error) error {
				var prob reader.Problem
				if errors.As(err, &prob) {
					failed = append(failed, prob) // one bad article never stops a batch
					return nil
				}
				if err != nil {
					return err
				}
				written++
				switch format {
				case "json":
					enc := json.NewEncoder(w)
					enc.SetIndent("", "  ")
					return enc.Encode(x)
				case "jsonl":
					return json.NewEncoder(w).Encode(x)
				default:
					_, err := nq.WriteQuads(graph.Quads(x))
					return err
				}
			})
			for _, p := range append(probs, failed...) {
				fmt.Fprintln(o.stderr, "skipped:", p.Error())
			}
			if err == nil && written == 0 && len(probs)+len(failed) > 0 {
				return fmt.Errorf("no article extracted: every input was skipped (see above)")
			}
			return err
		},
	}
	c.Flags().StringVarP(&format, "format", "f", "json", "output format: json (indented, one object per article), jsonl (one line per article) or nquads")
	return c
}

func exportCmd(o *options) *cobra.Command {
	var format, out string
	var scope graph.ExportScope
	c := &cobra.Command{
		Use:   "export",
		Short: "Write the whole graph, or a part of it, in an RDF, graph or table format",
		Long: `Write the whole graph, or a part of it, in an RDF, graph or table format.

The part: --article (one article's facts), --source (the articles of one
publisher), --from/--to (articles published in those days), --entity with
--depth (the neighbourhood of an entity or event, over relations and
events). Given together, all must hold.`,
		Example: `  actorgraph export > graph.nq
  actorgraph export --format graphml --out graph.graphml
  actorgraph export --format csv --out graph.zip      # nodes.csv and edges.csv
  actorgraph export --format cypher > load.cypher     # cypher-shell < load.cypher
  actorgraph export --entity ID --depth 2 --format graphml --out around.graphml
  actorgraph export --source Reuters --from 1987-03-01 --to 1987-03-31 --format events
  actorgraph export --article 5d0f…-uuid`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			return o.withMain(ctx, func(m *Main) error {
				if out == "" || out == "-" {
					bw := bufio.NewWriter(o.stdout)
					if err := m.Store.Export(ctx, bw, format, scope); err != nil {
						return err
					}
					return bw.Flush()
				}
				// Written beside the target and renamed when complete, so a
				// failed export never leaves a half file under its name.
				f, err := os.CreateTemp(filepath.Dir(out), ".export-*")
				if err != nil {
					return err
				}
				defer os.Remove(f.Name())
				bw := bufio.NewWriter(f)
				err = f.Chmod(0o644)
				if err == nil {
					err = m.Store.Export(ctx, bw, format, scope)
				}
				if err == nil {
					err = bw.Flush()
				}
				if cerr := f.Close(); err == nil {
					err = cerr
				}
				if err != nil {
					return err
				}
				return os.Rename(f.Name(), out)
			})
		},
	}
	c.Flags().StringVarP(&format, "format", "f", "nquads", "nquads, jsonld, graphml, events (a tab-separated table with GDELT's column names), csv (a zip of nodes.csv and edges.csv) or cypher (a Neo4j script)")
	c.Flags().StringVar(&scope.Article, "article", "", "export only the facts read from this article id")
	c.Flags().StringVar(&scope.Publisher, "source", "", "export only the facts read from this publisher's articles (its name or entity id)")
	c.Flags().StringVar(&scope.From, "from", "", "export only the facts of articles published on or after this day (YYYY-MM-DD)")
	c.Flags().StringVar(&scope.To, "to", "", "export only the facts of articles published on or before this day (YYYY-MM-DD)")
	c.Flags().StringVar(&scope.Entity, "entity", "", "export only the neighbourhood of this entity or event id")
	c.Flags().IntVar(&scope.Depth, "depth", 0, "how many hops from --entity (1 to 3; default 1)")
	c.Flags().StringVarP(&out, "out", "o", "", "write to this file instead of stdout")
	return c
}

func queryCmd(o *options) *cobra.Command {
	var typ string
	var limit, depth int
	var id string
	var neighbors bool
	c := &cobra.Command{
		Use:   "query [TEXT]",
		Short: "Search entities by name, or show one entity's facts or neighbourhood",
		Example: `  actorgraph query Putin                       # entities whose name or alias matches
  actorgraph query --type Country korea
  actorgraph query --id 8f1c…                  # the entity with its facts and their sources (JSON)
  actorgraph query --id 8f1c… --neighbors --depth 2`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if id == "" && len(args) == 0 {
				return fmt.Errorf("give a search TEXT or --id ID")
			}
			return o.withMain(ctx, func(m *Main) error {
				enc := json.NewEncoder(o.stdout)
				enc.SetIndent("", "  ")
				switch {
				case id != "" && neighbors:
					g, err := m.Store.Neighbors(ctx, id, depth, limit)
					if err != nil {
						return err
					}
					return enc.Encode(g)
				case id != "":
					d, err := m.Store.Entity(ctx, id)
					if err != nil {
						return err
					}
					return enc.Encode(d)
				}
				ents, total, err := m.Store.SearchEntities(ctx, args[0], graph.EntityType(typ), limit, 0)
				if err != nil {
					return err
				}
				tw := tabwriter.NewWriter(o.stdout, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "ID\tTYPE\tNAME\tCOUNTRY\tWIKIDATA\tALIASES")
				for _, e := range ents {
					fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", e.ID, e.Type, e.Name, e.Country, e.Wikidata, strings.Join(e.Aliases, "; "))
				}
				fmt.Fprintf(tw, "(%d of %d)\n", len(ents), total)
				return tw.Flush()
			})
		},
	}
	c.Flags().StringVar(&typ, "type", "", "only entities of this type: Person, Country, City, Region, Place, Organization")
	c.Flags().IntVar(&limit, "limit", 20, "at most this many results (or nodes, with --neighbors)")
	c.Flags().StringVar(&id, "id", "", "show this entity (or event) instead of searching")
	c.Flags().BoolVar(&neighbors, "neighbors", false, "with --id: print the neighbourhood subgraph")
	c.Flags().IntVar(&depth, "depth", 1, "with --neighbors: hops from the node, 1 to 3")
	return c
}

func statsCmd(o *options) *cobra.Command {
	return &cobra.Command{
		Use:     "stats",
		Short:   "Count the articles, entities, events, relations and quads in the store",
		Example: "  actorgraph stats\n  actorgraph stats --store postgres://actorgraph:secret@127.0.0.1/actorgraph",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			return o.withMain(ctx, func(m *Main) error {
				st, err := m.Store.Stats(ctx)
				if err != nil {
					return err
				}
				enc := json.NewEncoder(o.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(st)
			})
		},
	}
}

func trainCmd(o *options) *cobra.Command {
	train := &cobra.Command{
		Use:   "train",
		Short: "Train a model (see: train ner, train syntax)",
	}
	var trainPaths []string
	var devPath, out, clustersPath string
	var epochs []int
	var cv int
	var seed int64
	var capitals float64
	nerCmd := &cobra.Command{
		Use:   "ner",
		Short: "Train the named-entity recogniser on CoNLL-2003 data",
		Long: `Trains the two-pass tagger on the --train files (all of them: give dev.txt
too for the model that ships). With --cv K, each pass's number of epochs is
chosen by K-fold cross-validation on those same files, never on --dev,
which is only tagged and scored at the end.`,
		Example: `  # the shipped model: epochs by 3-fold cross-validation, then trained on train and dev
  actorgraph train ner --cv 3 --train ../shared/data/conll2003/train.txt \
      --train ../shared/data/conll2003/dev.txt --out ingest/ner/model/conll.bin.gz
  # the same settings on train alone, scored on dev
  actorgraph train ner --cv 3 --train ../shared/data/conll2003/train.txt \
      --dev ../shared/data/conll2003/dev.txt --out /tmp/train-only.bin.gz
  # fixed epochs (first pass, second pass)
  actorgraph train ner --epochs 9,7 --train ../shared/data/conll2003/train.txt --out m.bin.gz`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			var tr []ner.Document
			for _, p := range trainPaths {
				docs, err := readCoNLL(p)
				if err != nil {
					return err
				}
				tr = append(tr, docs...)
			}
			var dev []ner.Document
			if devPath != "" {
				var err error
				if dev, err = readCoNLL(devPath); err != nil {
					return err
				}
			}
			clusters, err := readClusters(clustersPath)
			if err != nil {
				return err
			}
			opt := ner.TrainOptions{Seed: seed, Clusters: clusters, Capitals: capitals, Log: newLogger(o.stderr, o.verbose)}
			switch len(epochs) {
			case 0:
			case 1:
				opt.Epochs = [2]int{epochs[0], epochs[0]}
			case 2:
				opt.Epochs = [2]int{epochs[0], epochs[1]}
			default:
				return fmt.Errorf("--epochs takes one number, or two (first pass, second pass)")
			}
			if cv > 0 {
				res, err := ner.CrossValidate(ctx, tr, cv, opt)
				if err != nil {
					return err
				}
				fmt.Fprintf(o.stdout, "%d-fold cross-validation on %d documents: epochs %d,%d\n", cv, len(tr), res.Epochs[0], res.Epochs[1])
				for p, f1 := range res.F1 {
					fmt.Fprintf(o.stdout, "pass %d F1 by epoch:", p+1)
					for _, f := range f1 {
						fmt.Fprintf(o.stdout, " %.2f", f)
					}
					fmt.Fprintln(o.stdout)
				}
				fmt.Fprint(o.stdout, res.Scores.String())
				opt.Epochs = res.Epochs
			}
			m, err := ner.Train(ctx, tr, opt)
			if err != nil {
				return err
			}
			f, err := os.Create(out)
			if err != nil {
				return err
			}
			if err := m.Write(f); err != nil {
				f.Close()
				return err
			}
			if err := f.Close(); err != nil {
				return err
			}
			if dev != nil {
				fmt.Fprintf(o.stdout, "%s (not used in training):\n%s", devPath, ner.Evaluate(m, dev).String())
			}
			return nil
		},
	}
	nerCmd.Flags().StringArrayVar(&trainPaths, "train", nil, "CoNLL-format training file (required; repeat to train on several)")
	nerCmd.Flags().StringVar(&devPath, "dev", "", "CoNLL-format file to score the trained model on (never used to train or choose)")
	nerCmd.Flags().StringVar(&out, "out", "ner-model.bin.gz", "where to write the trained model")
	nerCmd.Flags().IntSliceVar(&epochs, "epochs", nil, "epochs of the first and second pass, e.g. 9,7 (default 12); with --cv, the most tried")
	nerCmd.Flags().IntVar(&cv, "cv", 0, "choose each pass's epochs by this many folds of cross-validation on the training files")
	nerCmd.Flags().Int64Var(&seed, "seed", 1, "random seed, for reproducible training")
	nerCmd.Flags().StringVar(&clustersPath, "clusters", "", `word clusters file (default: the shipped ones; "none": no cluster features)`)
	nerCmd.Flags().Float64Var(&capitals, "capitals", 0, "share of training documents also learned as a copy with half its sentences in capitals")
	nerCmd.MarkFlagRequired("train")
	train.AddCommand(nerCmd, trainSyntaxCmd(o))
	return train
}

func trainSyntaxCmd(o *options) *cobra.Command {
	var trainPaths []string
	var devPath, outDir string
	var epochs int
	var seed int64
	cmd := &cobra.Command{
		Use:   "syntax",
		Short: "Train the part-of-speech tagger and the phrase chunker on CoNLL-2003's POS and chunk columns",
		Long: `Trains the part-of-speech tagger, then the chunker on the tags that tagger
gives, from the --train files (four-column CoNLL: word POS chunk NER), and
writes pos.bin.gz and chunk.bin.gz into --out. --dev is only tagged and
scored at the end.`,
		Example: `  # the shipped models: trained on train and dev
  actorgraph train syntax --train ../shared/data/conll2003/train.txt \
      --train ../shared/data/conll2003/dev.txt --out ingest/syntax/model
  # on train alone, scored on dev
  actorgraph train syntax --train ../shared/data/conll2003/train.txt \
      --dev ../shared/data/conll2003/dev.txt --out /tmp/syntax`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			var tr []ner.Sentence
			for _, p := range trainPaths {
				docs, err := readCoNLL(p)
				if err != nil {
					return err
				}
				tr = append(tr, sentencesOf(docs)...)
			}
			opt := syntax.TrainOptions{Epochs: epochs, Seed: seed}
			pos, err := syntax.TrainPOS(ctx, tr, opt)
			if err != nil {
				return err
			}
			chunk, err := syntax.TrainChunker(ctx, tr, pos, opt)
			if err != nil {
				return err
			}
			if err := os.MkdirAll(outDir, 0o755); err != nil {
				return err
			}
			for _, m := range []*syntax.Model{pos, chunk} {
				if err := writeModel(filepath.Join(outDir, m.Kind()+".bin.gz"), m.Write); err != nil {
					return err
				}
				fmt.Fprintf(o.stdout, "%s: %d labels, %d features\n", m.Kind(), len(m.Labels()), m.Features())
			}
			if devPath != "" {
				docs, err := readCoNLL(devPath)
				if err != nil {
					return err
				}
				p, err := syntax.NewParser(pos, chunk)
				if err != nil {
					return err
				}
				s := syntax.Evaluate(p, sentencesOf(docs))
				fmt.Fprintf(o.stdout, "%s (not used in training):\n%s\n%s\n", devPath, s.POSString(), s.ChunkString())
			}
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&trainPaths, "train", nil, "four-column CoNLL training file (required; repeat to train on several)")
	cmd.Flags().StringVar(&devPath, "dev", "", "CoNLL file to score the trained models on (never used to train)")
	cmd.Flags().StringVar(&outDir, "out", "syntax-model", "directory to write pos.bin.gz and chunk.bin.gz into")
	cmd.Flags().IntVar(&epochs, "epochs", 0, "passes over the training sentences (default 8)")
	cmd.Flags().Int64Var(&seed, "seed", 1, "random seed, for reproducible training")
	cmd.MarkFlagRequired("train")
	return cmd
}

func sentencesOf(docs []ner.Document) []ner.Sentence {
	var out []ner.Sentence
	for _, d := range docs {
		out = append(out, d.Sentences...)
	}
	return out
}

func writeModel(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// syntaxEvalCmd is eval pos and eval chunk: the shipped parser scored on a
// four-column CoNLL file.
func syntaxEvalCmd(o *options, what string) *cobra.Command {
	var dir string
	short := map[string]string{
		"pos":   "Score the part-of-speech tagger on a four-column CoNLL file: accuracy",
		"chunk": "Score the phrase chunker on a four-column CoNLL file: precision, recall, F1 of exact phrases, from predicted POS tags",
	}[what]
	cmd := &cobra.Command{
		Use:     what + " FILE",
		Short:   short,
		Example: "  actorgraph eval " + what + " ../shared/data/conll2003/dev.txt",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			docs, err := readCoNLL(args[0])
			if err != nil {
				return err
			}
			p, err := loadParser(dir)
			if err != nil {
				return err
			}
			s := syntax.Evaluate(p, sentencesOf(docs))
			if s.Words == 0 {
				return fmt.Errorf("%s has no part-of-speech or chunk column: give a four-column CoNLL file (word POS chunk NER)", args[0])
			}
			if what == "pos" {
				fmt.Fprintln(o.stdout, s.POSString())
			} else {
				fmt.Fprintln(o.stdout, s.ChunkString())
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "models", "", "directory with pos.bin.gz and chunk.bin.gz to score (default: the embedded models)")
	return cmd
}

func loadParser(dir string) (*syntax.Parser, error) {
	if dir == "" {
		return syntax.Load()
	}
	var ms [2]*syntax.Model
	for i, name := range []string{"pos.bin.gz", "chunk.bin.gz"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("load models: %w", err)
		}
		ms[i], err = syntax.ReadModel(bufio.NewReader(f))
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("load %s: %w", name, err)
		}
	}
	return syntax.NewParser(ms[0], ms[1])
}

func evalCmd(o *options) *cobra.Command {
	eval := &cobra.Command{
		Use:   "eval",
		Short: "Evaluate a model or the extraction (see: eval ner, pos, chunk, news)",
	}
	var modelPath, pipelineFile string
	var predicted bool
	nerCmd := &cobra.Command{
		Use:   "ner FILE",
		Short: "Score the NER model on a CoNLL-format file: per-type precision, recall, F1 (exact spans)",
		Example: `  actorgraph eval ner ../shared/data/conll2003/dev.txt
  actorgraph eval ner --model my-model.bin.gz dev.txt
  actorgraph eval ner --predicted tagged.conll   # score the file's last two columns (gold, predicted), as conlleval does
  actorgraph eval ner --pipeline ../shared/data/conll2003/dev.txt  # score what extract prints, not the tagger alone`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if pipelineFile != "" {
				if len(args) > 0 {
					return fmt.Errorf("--pipeline takes the CoNLL file itself; give no other argument")
				}
				docs, err := readCoNLL(pipelineFile)
				if err != nil {
					return err
				}
				p, err := ingest.New(nil)
				if err != nil {
					return err
				}
				gold, pred, err := evaluation.PipelineTags(cmd.Context(), p, docs)
				if err != nil {
					return err
				}
				fmt.Fprint(o.stdout, ner.Score(gold, pred).String())
				return nil
			}
			if len(args) != 1 {
				return fmt.Errorf("give the CoNLL file to score (or --pipeline FILE)")
			}
			if predicted {
				gold, pred, err := readScored(args[0])
				if err != nil {
					return err
				}
				fmt.Fprint(o.stdout, ner.Score(gold, pred).String())
				return nil
			}
			docs, err := readCoNLL(args[0])
			if err != nil {
				return err
			}
			var m *ner.Model
			if modelPath == "" {
				m, err = ner.Load()
			} else {
				var f *os.File
				if f, err = os.Open(modelPath); err == nil {
					m, err = ner.Read(f)
					f.Close()
				}
			}
			if err != nil {
				return fmt.Errorf("load model: %w", err)
			}
			fmt.Fprint(o.stdout, ner.Evaluate(m, docs).String())
			return nil
		},
	}
	nerCmd.Flags().StringVar(&modelPath, "model", "", "model file to score (default: the embedded model)")
	nerCmd.Flags().StringVar(&pipelineFile, "pipeline", "", "score the whole extract pipeline (NER, resolution) on this CoNLL file, mapping the mentions it prints back to tokens")
	nerCmd.Flags().BoolVar(&predicted, "predicted", false, "FILE already holds predictions: score its last two columns (gold, predicted) without tagging")
	eval.AddCommand(nerCmd, newsCmd(o), eventsEvalCmd(o), relationsEvalCmd(o), syntaxEvalCmd(o, "pos"), syntaxEvalCmd(o, "chunk"))
	return eval
}

func eventsEvalCmd(o *options) *cobra.Command {
	var split string
	var details bool
	cmd := &cobra.Command{
		Use:   "events [FILE...]",
		Short: "Score CAMEO coding on coded sentences: root, source and target agreement",
		Long: `Extracts each sentence of the coded-sentence files (JSON Lines, by
ingest/evaluation/coded/README.md; default: the team's set in
ingest/evaluation/coded) as an article of its date, and prints how many
expected events come out with the right CAMEO root and both parties, with
the right root alone, and how many coded pairs are right, per root and per
variant. --split picks the half by the id: dev (the first set, "r…") is
worked from, heldout (the fresh batch, "f…") only measured; --details,
which lists each error, is for dev only.`,
		Example: `  actorgraph eval events                        # held-out batch of the team's set
  actorgraph eval events --split dev --details  # what to work on
  actorgraph eval events --split all my-sentences.jsonl`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkHalf(split, details); err != nil {
				return err
			}
			files := args
			if len(files) == 0 {
				var err error
				if files, err = evaluation.CodedFiles(evaluation.CodedDir); err != nil {
					return err
				}
			}
			return scoreHalf(o, split, func() ([]evaluation.CodedSentence, error) { return evaluation.LoadCoded(files...) },
				func(s evaluation.CodedSentence) string { return evaluation.CodedSplit(s.ID) },
				func(p *ingest.Pipeline, sents []evaluation.CodedSentence) (fmt.Stringer, error) {
					return evaluation.RunCoded(cmd.Context(), p, sents, details)
				})
		},
	}
	halfFlags(cmd, &split, &details, "event")
	return cmd
}

// halfFlags adds --split and --details to an evaluation on a team's set
// whose errors are misses and spurious whats.
func halfFlags(cmd *cobra.Command, split *string, details *bool, what string) {
	cmd.Flags().StringVar(split, "split", evaluation.HeldOut, "which half: heldout, dev or all")
	cmd.Flags().BoolVar(details, "details", false, "list every miss and spurious "+what+" (dev only)")
}

// checkHalf checks the --split and --details flags of an evaluation on a
// team's set: dev, heldout or all, and errors listed only on dev.
func checkHalf(split string, details bool) error {
	if split != evaluation.Dev && split != evaluation.HeldOut && split != "all" {
		return fmt.Errorf("--split is dev, heldout or all, not %q", split)
	}
	if details && split != evaluation.Dev {
		return fmt.Errorf("--details lists errors item by item: only for --split dev (the held-out half is only measured)")
	}
	return nil
}

// scoreHalf loads a team's set, keeps one half of it ("all" keeps every
// item), extracts and scores it with the shipped pipeline, and prints the
// report under the half's name.
func scoreHalf[T any](o *options, split string, load func() ([]T, error), half func(T) string,
	score func(*ingest.Pipeline, []T) (fmt.Stringer, error)) error {
	all, err := load()
	if err != nil {
		return err
	}
	var items []T
	for _, it := range all {
		if split == "all" || half(it) == split {
			items = append(items, it)
		}
	}
	p, err := ingest.New(nil)
	if err != nil {
		return err
	}
	rep, err := score(p, items)
	if err != nil {
		return err
	}
	fmt.Fprintf(o.stdout, "split %s\n%s", split, rep.String())
	return nil
}

func relationsEvalCmd(o *options) *cobra.Command {
	var split string
	var details bool
	cmd := &cobra.Command{
		Use:   "relations [FILE...]",
		Short: "Score relations (citizenship, membership, affiliation, offices) on encyclopaedic paragraphs",
		Long: `Extracts each paragraph of the encyclopaedic files (JSON Lines, by
ingest/evaluation/encyclopaedic/README.md; default: the team's set) as an
article of 2024-03-04 and prints, per relation kind (citizenOf, memberOf,
affiliatedWith, leaderOf, officialOf), how many annotated relations come
out with both parties (recall) and how many predicted relations of those
kinds are annotated (precision). --split picks the half (by a hash of the
id): dev is worked from, heldout only measured; --details, which lists each
error, is for dev only.`,
		Example: `  actorgraph eval relations                        # held-out half of the team's set
  actorgraph eval relations --split dev --details  # what to work on
  actorgraph eval relations --split all my-paragraphs.jsonl`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkHalf(split, details); err != nil {
				return err
			}
			files := args
			if len(files) == 0 {
				files = []string{evaluation.EncyclopaedicFile}
			}
			return scoreHalf(o, split, func() ([]evaluation.Paragraph, error) { return evaluation.LoadParagraphs(files...) },
				func(p evaluation.Paragraph) string { return evaluation.ParagraphSplit(p.ID) },
				func(p *ingest.Pipeline, ps []evaluation.Paragraph) (fmt.Stringer, error) {
					return evaluation.RunParagraphs(cmd.Context(), p, ps, details)
				})
		},
	}
	halfFlags(cmd, &split, &details, "relation")
	return cmd
}

func newsCmd(o *options) *cobra.Command {
	var corpus, split string
	var details bool
	cmd := &cobra.Command{
		Use:   "news",
		Short: "Score extraction against the hand-annotated Reuters-21578 articles (entities, relations, events, quotes)",
		Long: `Extracts every annotated article of the Reuters-21578 development corpus and
prints precision, recall and F1 per entity type, relation predicate and event
type, and for quotes. The annotations (offsets and labels, by
ingest/evaluation/GUIDE.md) are embedded; the text is read from --corpus.

The heldout split is for measuring a finished change: --details, which lists
every error article by article, is refused for it.`,
		Example: `  actorgraph eval news                       # the fresh held-out figures the README shows (heldout4)
  actorgraph eval news --split heldout3      # the third held-out set
  actorgraph eval news --split heldout2      # the second held-out set
  actorgraph eval news --split heldout       # the first held-out set
  actorgraph eval news --split dev --details # what to work on next`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if details && split != evaluation.Dev {
				return fmt.Errorf("--details lists errors article by article: only for --split dev (held-out articles are measured, never read)")
			}
			anns, err := evaluation.Annotations(split)
			if err != nil {
				return err
			}
			recs, err := evaluation.LoadCorpus(corpus)
			if err != nil {
				return err
			}
			p, err := ingest.New(nil)
			if err != nil {
				return err
			}
			rep, err := evaluation.Run(cmd.Context(), p, recs, anns)
			if err != nil {
				return err
			}
			if details {
				for _, e := range rep.Errors {
					fmt.Fprintln(o.stdout, e)
				}
				fmt.Fprintln(o.stdout)
			}
			fmt.Fprintf(o.stdout, "split %s\n", split)
			return rep.Write(o.stdout)
		},
	}
	cmd.Flags().StringVar(&corpus, "corpus", shared.ReutersDev(), "the Reuters-21578 dev.jsonl the annotations refer to")
	cmd.Flags().StringVar(&split, "split", evaluation.HeldOut4, "which annotations: heldout4 (the fresh held-out set), heldout3, heldout2 and heldout (earlier held-out sets, whose figures have steered work, so no longer unseen) or dev")
	cmd.Flags().BoolVar(&details, "details", false, "list every error, article by article (dev only)")
	return cmd
}

// readClusters reads the word clusters of train ner --clusters.
func readClusters(path string) (*ner.Clusters, error) {
	switch path {
	case "":
		return ner.DefaultClusters()
	case "none":
		return nil, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open clusters: %w", err)
	}
	defer f.Close()
	return ner.ReadClusters(bufio.NewReader(f))
}

func readCoNLL(path string) ([]ner.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open CoNLL file: %w", err)
	}
	defer f.Close()
	docs, err := ner.ReadCoNLL(bufio.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return docs, nil
}

// readScored reads a conlleval-style file of gold and predicted tags.
func readScored(path string) (gold, pred [][]string, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("open scored file: %w", err)
	}
	defer f.Close()
	gold, pred, err = ner.ReadScored(bufio.NewReader(f))
	if err != nil {
		return nil, nil, fmt.Errorf("%s:%w", path, err)
	}
	return gold, pred, nil
}

// startCPUProfile starts writing a CPU profile to path; the function it
// returns stops it and closes the file.
func startCPUProfile(path string) (func() error, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	return func() error {
		pprof.StopCPUProfile()
		return f.Close()
	}, nil
}
