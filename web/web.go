// Package web serves actorgraph over HTTP: a JSON API under /api/v1 that reads
// the graph and takes new articles, and the browser viewer at / whose assets
// are embedded in the binary.
package web

import (
	"cmp"
	"context"
	_ "embed"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"golang.org/x/time/rate"

	"actorgraph/graph"
)

// Store is the graph the API reads and writes. graph/cayleystore implements it.
type Store interface {
	Write(ctx context.Context, x graph.Extraction) (graph.WriteResult, error)
	DeleteArticle(ctx context.Context, articleID string) error
	// SearchEntitiesJSON is one page of a name search as encoding/json writes
	// it (a list, never null), which the store may keep until it changes,
	// and the total; the caller does not change the bytes.
	SearchEntitiesJSON(ctx context.Context, q string, typ graph.EntityType, limit, offset int) ([]byte, int, error)
	EntityPage(ctx context.Context, id string, limit, offset int) (graph.EntityDetail, error)
	EntityFacts(ctx context.Context, id string) (graph.Entity, []graph.Fact, error)
	// NeighborsPage is one page of a neighbourhood: limit nodes from
	// offset in the order the walk reaches them.
	NeighborsPage(ctx context.Context, id string, depth, limit, offset int) (graph.Subgraph, error)
	// EntityPageJSON and NeighborsPageJSON are those pages as
	// encoding/json writes them (what the API answers), which the store
	// may keep until it changes; the caller does not change the bytes.
	EntityPageJSON(ctx context.Context, id string, limit, offset int) ([]byte, error)
	NeighborsPageJSON(ctx context.Context, id string, depth, limit, offset int) ([]byte, error)
	Articles(ctx context.Context, limit, offset int) ([]graph.Article, int, error)
	Article(ctx context.Context, id string) (graph.Extraction, error)
	Export(ctx context.Context, w io.Writer, format string, scope graph.ExportScope) error
	Stats(ctx context.Context) (graph.Stats, error)
	Events(ctx context.Context, q graph.EventQuery) ([]graph.EventView, int, error)
	Event(ctx context.Context, id string) (graph.EventView, error)
	Paths(ctx context.Context, from, to string, maxHops, limit int) ([]graph.Path, error)
	Import(ctx context.Context, r io.Reader, format string) (graph.ImportResult, error)
	Query(ctx context.Context, lang, text string, limit int, timeout time.Duration) ([]any, error)
}

// Extractor reads the articles in an uploaded document. Its errors wrap
// graph.ErrInvalid when the document cannot be read and graph.ErrTooLarge
// when it is bigger than the extractor accepts.
type Extractor interface {
	Extract(ctx context.Context, name string, data []byte, contentType string) ([]graph.Extraction, error)
}

// Config is what the handler is built from. Store is required; without an
// Extractor, POST /api/v1/articles answers 405.
type Config struct {
	Store     Store
	Extractor Extractor
	Log       *slog.Logger
	MaxBody   int64 // largest request body accepted, in bytes; 10 MiB when zero
	// AllowedHosts are the host names (no port) the server answers to; a
	// request with another Host is refused, against DNS rebinding. Empty
	// allows any (tests, a server behind a proxy that checks).
	AllowedHosts []string
	// CORSOrigins are the origins ("https://tools.example") allowed to call
	// the API from their pages, writes included; none by default.
	CORSOrigins []string
	// QueryTimeout stops a graph query (POST /query) that runs longer
	// (DefaultQueryTimeout when zero); QueryLimit caps its results
	// (DefaultQueryLimit when zero).
	QueryTimeout time.Duration
	QueryLimit   int
	// Tokens, when there are any, guard the routes that change the graph
	// (a write token), and with PrivateReads every other route too (a read
	// or write token). None: no route asks for one.
	Tokens       []Token
	PrivateReads bool
	// MaxExports and MaxIngests bound the exports and the ingests (POST
	// /articles, POST /import) running at once (DefaultMaxExports and
	// DefaultMaxIngests when zero); more are answered 429.
	MaxExports, MaxIngests int
	// RatePerClient is the requests a second one client address may send
	// to the API, in bursts of RateBurst (twice the rate, at least 10, when
	// zero); zero rate: no limit.
	RatePerClient float64
	RateBurst     int
	// RequestTimeout is the deadline of a request's context on every route
	// but the export (DefaultRequestTimeout when zero): work past it stops
	// and is answered 503.
	RequestTimeout time.Duration
}

// DefaultRequestTimeout is the deadline of a request when
// Config.RequestTimeout is zero.
const DefaultRequestTimeout = time.Minute

// The defaults of graph queries.
const (
	DefaultQueryTimeout = 5 * time.Second
	DefaultQueryLimit   = 1000
)

// DefaultMaxBody is the request body limit when Config.MaxBody is zero.
const DefaultMaxBody = 10 << 20

type server struct {
	store          Store
	extractor      Extractor
	log            *slog.Logger
	maxBody        int64
	allowedHosts   []string
	corsOrigins    []string
	metrics        *metrics
	queryTimeout   time.Duration
	queryLimit     int
	tokens         tokenSums
	privateReads   bool
	exports        *slots
	ingests        *slots
	rates          *clientRates
	requestTimeout time.Duration
}

// openAPI is the OpenAPI 3 document of the API, served at
// /api/v1/openapi.json; a test keeps it in step with the routes.
//
//go:embed openapi.json
var openAPI []byte

// New builds the HTTP handler serving the API and the viewer. A token
// shorter than MinTokenLength or of an unknown scope is a programming
// error (the command line checks them): New panics.
func New(cfg Config) http.Handler {
	s := &server{store: cfg.Store, extractor: cfg.Extractor, log: cfg.Log, maxBody: cfg.MaxBody, corsOrigins: cfg.CORSOrigins,
		privateReads: cfg.PrivateReads}
	tokens, err := newTokenSums(cfg.Tokens)
	if err != nil {
		panic("web.New: " + err.Error())
	}
	s.tokens = tokens
	s.requestTimeout = cmp.Or(max(cfg.RequestTimeout, 0), DefaultRequestTimeout)
	s.exports = newSlots("exports", "--max-exports", cmp.Or(max(cfg.MaxExports, 0), DefaultMaxExports))
	s.ingests = newSlots("ingests", "--max-ingests", cmp.Or(max(cfg.MaxIngests, 0), DefaultMaxIngests))
	if cfg.RatePerClient > 0 {
		burst := cfg.RateBurst
		if burst <= 0 {
			burst = max(10, int(2*cfg.RatePerClient))
		}
		s.rates = &clientRates{limit: rate.Limit(cfg.RatePerClient), burst: burst, clients: map[string]*rate.Limiter{}}
	}
	for _, h := range cfg.AllowedHosts {
		s.allowedHosts = append(s.allowedHosts, hostOnly(h))
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	s.metrics = newMetrics(cfg.Store)
	s.queryTimeout, s.queryLimit = cfg.QueryTimeout, cfg.QueryLimit
	if s.queryTimeout <= 0 {
		s.queryTimeout = DefaultQueryTimeout
	}
	if s.queryLimit <= 0 {
		s.queryLimit = DefaultQueryLimit
	}
	if s.maxBody <= 0 {
		s.maxBody = DefaultMaxBody
	}
	// Gin's mode is a package variable; release mode only silences its
	// start-up route listing, which we do not want in our logs.
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.HandleMethodNotAllowed = true
	r.RedirectTrailingSlash = false
	r.Use(s.recover, s.logRequests, s.guard)

	api := r.Group("/api/v1")
	read, write := s.authorize(ScopeRead), s.authorize(ScopeWrite)
	api.Use(s.deadline, s.limitRate, func(c *gin.Context) {
		// the document describing the API and the health check are open
		if p := c.Request.URL.Path; p == "/api/v1/openapi.json" || p == "/api/v1/healthz" {
			return
		}
		// a query and an export of chosen nodes only read
		if c.Request.Method == http.MethodPost && !readPost(c.Request.URL.Path) || c.Request.Method == http.MethodDelete {
			write(c)
		} else {
			read(c)
		}
	})
	api.GET("/entities", s.handle(s.searchEntities))
	api.GET("/entities/:id", s.handle(s.entity))
	api.GET("/entities/:id/neighbors", s.handle(s.neighbors))
	api.GET("/entities/:id/relations", s.handle(s.relations))
	api.GET("/paths", s.handle(s.paths))
	api.GET("/events", s.handle(s.events))
	api.GET("/events/:id", s.handle(s.event))
	api.GET("/articles", s.handle(s.articles))
	api.GET("/articles/:id", s.handle(s.article))
	if s.extractor != nil {
		api.POST("/articles", s.hold(s.ingests), s.handle(s.postArticle))
	}
	api.DELETE("/articles/:id", s.handle(s.deleteArticle))
	api.POST("/import", s.hold(s.ingests), s.handle(s.importQuads))
	api.POST("/query", s.handle(s.query))
	api.GET("/export", s.hold(s.exports), s.handle(s.export))
	api.POST("/export", s.hold(s.exports), s.handle(s.exportNodes))
	api.GET("/stats", s.handle(s.stats))
	api.GET("/healthz", s.handle(s.healthz))
	api.GET("/openapi.json", s.handle(func(c *gin.Context) error {
		c.Data(http.StatusOK, "application/json", openAPI)
		return nil
	}))
	r.GET("/healthz", s.handle(s.healthz))
	r.GET("/metrics", s.metrics.handler())

	s.viewer(r)
	r.NoRoute(s.handle(s.noRoute))
	r.NoMethod(s.handle(s.noMethod))
	return r
}

// readPost tells the POST routes that only read: a query, and an export of
// chosen nodes (whose list is too long for a URL).
func readPost(path string) bool { return path == "/api/v1/query" || path == "/api/v1/export" }
