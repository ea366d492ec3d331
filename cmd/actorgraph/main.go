// Command actorgraph reads news articles and builds a knowledge graph of who
// did what with whom, stored in Cayley and served over HTTP with a viewer.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"actorgraph/graph"
	"actorgraph/graph/cayleystore"
	"actorgraph/ingest"
	"actorgraph/web"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := newRoot(os.Stdin, os.Stdout, os.Stderr).ExecuteContext(ctx)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "actorgraph:", err)
		os.Exit(1)
	}
}

// Main is the wired program: configuration, store, pipeline and server. The
// commands and the end-to-end tests build it the same way.
type Main struct {
	StoreURL string // "" = embedded default under ./data; "memory"; a path; postgres://…
	// StoreWait is how long to wait for another process to let go of an
	// embedded store; 0 refuses at once, naming the holder.
	StoreWait time.Duration
	Log       *slog.Logger
	// Tokens and PrivateReads guard the server's routes (web.Config).
	Tokens       []web.Token
	PrivateReads bool
	// MaxExports, MaxIngests and RatePerClient bound the server's work
	// (web.Config).
	MaxExports, MaxIngests int
	RatePerClient          float64
	RequestTimeout         time.Duration
	// AllowedHosts and CORSOrigins go to the server (web.Config).
	AllowedHosts []string
	CORSOrigins  []string
	// QueryTimeout and QueryLimit bound graph queries (web.Config).
	QueryTimeout time.Duration
	QueryLimit   int

	Store    *cayleystore.Store
	Pipeline *ingest.Pipeline
}

// Open opens the store and loads the pipeline.
func (m *Main) Open(ctx context.Context) error {
	if m.Log == nil {
		m.Log = slog.New(slog.DiscardHandler)
	}
	p, err := ingest.New(m.Log)
	if err != nil {
		return err
	}
	m.Pipeline = p
	s, err := cayleystore.OpenWait(ctx, m.StoreURL, m.Log, m.StoreWait)
	if err != nil {
		return err
	}
	m.Store = s
	return nil
}

// LoadSeedsIfEmpty writes the seed knowledge and sample articles into a
// store that holds no article yet, so the very first run shows a graph.
func (m *Main) LoadSeedsIfEmpty(ctx context.Context) (bool, error) {
	st, err := m.Store.Stats(ctx)
	if err != nil {
		return false, err
	}
	if st.Articles > 0 {
		return false, nil
	}
	sum, err := m.Pipeline.Seeds(ctx, m.Store)
	if err != nil {
		return false, fmt.Errorf("load seeds: %w", err)
	}
	m.Log.Info("seeds loaded", "summary", sum.String())
	return true, nil
}

// Handler is the HTTP API and viewer over the opened store and pipeline.
func (m *Main) Handler() http.Handler {
	return web.New(web.Config{Store: m.Store, Extractor: extractor{m.Pipeline}, Log: m.Log,
		AllowedHosts: m.AllowedHosts, CORSOrigins: m.CORSOrigins, QueryTimeout: m.QueryTimeout, QueryLimit: m.QueryLimit,
		Tokens: m.Tokens, PrivateReads: m.PrivateReads, MaxExports: m.MaxExports, MaxIngests: m.MaxIngests, RatePerClient: m.RatePerClient,
		RequestTimeout: m.RequestTimeout})
}

// Serve serves the API and viewer on ln until ctx is done, then shuts down
// gracefully.
func (m *Main) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           m.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		// a 10 MiB body on a slow link; a whole-graph export; a kept-alive
		// connection left idle
		ReadTimeout:  2 * time.Minute,
		WriteTimeout: 30 * time.Minute,
		IdleTimeout:  2 * time.Minute,
		BaseContext:  func(net.Listener) context.Context { return ctx },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// Close closes the store.
func (m *Main) Close() error {
	if m.Store != nil {
		return m.Store.Close()
	}
	return nil
}

// extractor adapts the pipeline to the API's view of it.
type extractor struct{ p *ingest.Pipeline }

func (e extractor) Extract(ctx context.Context, name string, data []byte, contentType string) ([]graph.Extraction, error) {
	return e.p.ExtractBytes(ctx, name, data, contentType)
}

func newLogger(w io.Writer, verbose bool) *slog.Logger {
	level := slog.LevelWarn
	if verbose {
		level = slog.LevelDebug
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: level}))
}
