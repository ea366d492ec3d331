package web

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"mime"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gin-gonic/gin"
	"github.com/google/uuid"

	"actorgraph/graph"
)

// Paging bounds of the list routes.
const (
	defaultDetailLimit   = 50 // items of each list of an entity's detail
	defaultLimit         = 20
	maxLimit             = 200
	defaultNeighborLimit = 200
	maxNeighborLimit     = 1000
	maxDepth             = 3
	maxPathHops          = 6 // as the store's MaxPathHops
)

// jsonType is the Content-Type of the JSON answers (as gin's c.JSON writes
// it).
const jsonType = "application/json; charset=utf-8"

// Hints that finish a not-found message with where to find a valid id.
const (
	searchHint   = "search /api/v1/entities?q=NAME for the ids of entities."
	articlesHint = "list /api/v1/articles for the ids of stored articles."
)

// exportFormat is how one export format is served.
type exportFormat struct {
	mediaType, file string
}

// exportFormats are the formats the store writes, by their parameter value.
var exportFormats = map[string]exportFormat{
	"nquads":  {"application/n-quads", "actorgraph.nq"},
	"jsonld":  {"application/ld+json", "actorgraph.jsonld"},
	"graphml": {"application/graphml+xml", "actorgraph.graphml"},
	"events":  {"text/tab-separated-values", "actorgraph-events.tsv"},
	"csv":     {"application/zip", "actorgraph-csv.zip"},
	"cypher":  {"application/x-cypher-query", "actorgraph.cypher"},
}

// postTypes are the media types POST /articles accepts: a JSON article
// record (or an array of them), JSON Lines, plain text and HTML.
var postTypes = []string{"application/json", "application/x-ndjson", "text/plain", "text/markdown", "text/html"}

// EntityList is the answer of GET /api/v1/entities.
type EntityList struct {
	Entities []graph.Entity `json:"entities"`
	Total    int            `json:"total"`
	Limit    int            `json:"limit"`
	Offset   int            `json:"offset"`
}

// ArticleList is the answer of GET /api/v1/articles.
type ArticleList struct {
	Articles []graph.Article `json:"articles"`
	Total    int             `json:"total"`
	Limit    int             `json:"limit"`
	Offset   int             `json:"offset"`
}

// Written is one article read from a POST /api/v1/articles body and what
// storing it did.
type Written struct {
	Extraction graph.Extraction  `json:"extraction"`
	Result     graph.WriteResult `json:"result"`
}

// WrittenList is the answer of POST /api/v1/articles.
type WrittenList struct {
	Articles []Written `json:"articles"`
}

// MaxQueryRunes is the longest search accepted: names are short, and a
// megabyte of query once held the server for seconds.
const MaxQueryRunes = 256

func (s *server) searchEntities(c *gin.Context) error {
	limit, offset, err := pageParams(c)
	if err != nil {
		return err
	}
	typ, err := typeParam(c)
	if err != nil {
		return err
	}
	q := strings.TrimSpace(c.Query("q"))
	if n := utf8.RuneCountInString(q); n > MaxQueryRunes {
		return invalid("Parameter q is %d characters long; search with at most %d.", n, MaxQueryRunes)
	}
	es, total, err := s.store.SearchEntitiesJSON(c.Request.Context(), q, typ, limit, offset)
	if err != nil {
		return fmt.Errorf("search entities %q: %w", q, err)
	}
	// EntityList as encoding/json writes it, around the store's kept list
	// (the page's entities are most of it): a search asked again is
	// neither ranked nor encoded again.
	body := make([]byte, 0, len(es)+64)
	body = append(append(body, `{"entities":`...), es...)
	body = strconv.AppendInt(append(body, `,"total":`...), int64(total), 10)
	body = strconv.AppendInt(append(body, `,"limit":`...), int64(limit), 10)
	body = strconv.AppendInt(append(body, `,"offset":`...), int64(offset), 10)
	c.Data(http.StatusOK, jsonType, append(body, '}'))
	return nil
}

// pageParams reads the limit and offset of a list route.
func pageParams(c *gin.Context) (limit, offset int, err error) {
	if limit, err = intParam(c, "limit", defaultLimit, 1, maxLimit); err != nil {
		return 0, 0, err
	}
	if offset, err = intParam(c, "offset", 0, 0, math.MaxInt32); err != nil {
		return 0, 0, err
	}
	return limit, offset, nil
}

func (s *server) entity(c *gin.Context) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	// each list (facts, events, quotes, articles) is one page; totals
	// count them whole, and offset pages on
	limit, err := intParam(c, "limit", defaultDetailLimit, 1, maxLimit)
	if err != nil {
		return err
	}
	offset, err := intParam(c, "offset", 0, 0, math.MaxInt32)
	if err != nil {
		return err
	}
	d, err := s.store.EntityPageJSON(c.Request.Context(), id, limit, offset)
	if err != nil {
		return missing(err, "entity", id, searchHint)
	}
	c.Data(http.StatusOK, jsonType, d)
	return nil
}

// RelationList is the answer of GET /api/v1/entities/{id}/relations.
type RelationList struct {
	Entity    graph.NodeRef `json:"entity"`
	Relations []graph.Fact  `json:"relations"`
}

// relations lists an entity's relations, as subject or object, that hold
// in a period: at a day ("who led Russia on 2019-04-25"), or overlapping
// since…until. A relation with no dates is taken to hold whenever asked.
func (s *server) relations(c *gin.Context) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	at, since, until, pred := c.Query("at"), c.Query("since"), c.Query("until"), c.Query("predicate")
	for name, v := range map[string]string{"at": at, "since": since, "until": until} {
		if v != "" && !isoDate.MatchString(v) {
			return invalid("Parameter %s must be a date as YYYY, YYYY-MM or YYYY-MM-DD; got %q.", name, v)
		}
	}
	if at != "" && (since != "" || until != "") {
		return invalid("Give either at, or since and until, not both.")
	}
	if pred != "" {
		if _, ok := graph.RelationPredicates[pred]; !ok {
			return invalid("Parameter predicate must be a relation of the vocabulary (%s); got %q.", strings.Join(slices.Sorted(maps.Keys(graph.RelationPredicates)), ", "), pred)
		}
	}
	if at != "" {
		since, until = at, at
	}
	e, facts, err := s.store.EntityFacts(c.Request.Context(), id)
	if err != nil {
		return missing(err, "entity", id, searchHint)
	}
	out := RelationList{Entity: graph.NodeRef{ID: e.ID, Kind: graph.KindEntity, Type: string(e.Type), Name: e.Name}, Relations: []graph.Fact{}}
	for _, f := range facts {
		if pred != "" && f.Predicate != pred || !holdsIn(f.ValidFrom, f.ValidUntil, since, until) {
			continue
		}
		out.Relations = append(out.Relations, f)
	}
	c.JSON(http.StatusOK, out)
	return nil
}

// holdsIn reports whether [from, until) — dates at any precision, empty for
// open — overlaps the period [since, till], compared at the coarser
// precision of each pair.
func holdsIn(from, until, since, till string) bool {
	before := func(a, b string) bool { // a < b at the coarser precision
		n := min(len(a), len(b))
		return a[:n] < b[:n]
	}
	if till != "" && from != "" && before(till, from) {
		return false // it began after the period
	}
	if since != "" && until != "" && !before(since, until) {
		return false // it had ended by the period (until is the first day it no longer holds)
	}
	return true
}

func (s *server) neighbors(c *gin.Context) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	depth, err := intParam(c, "depth", 1, 1, maxDepth)
	if err != nil {
		return err
	}
	limit, err := intParam(c, "limit", defaultNeighborLimit, 1, maxNeighborLimit)
	if err != nil {
		return err
	}
	offset, err := intParam(c, "offset", 0, 0, math.MaxInt32)
	if err != nil {
		return err
	}
	g, err := s.store.NeighborsPageJSON(c.Request.Context(), id, depth, limit, offset)
	if err != nil {
		return missing(err, "entity or event", id, searchHint)
	}
	c.Data(http.StatusOK, jsonType, g)
	return nil
}

// EventList is the answer of GET /api/v1/events: a timeline, newest first.
type EventList struct {
	Events []graph.EventView `json:"events"`
	Total  int               `json:"total"`
	Limit  int               `json:"limit"`
	Offset int               `json:"offset"`
}

// isoDate accepts YYYY, YYYY-MM and YYYY-MM-DD.
var isoDate = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)

func (s *server) events(c *gin.Context) error {
	limit, offset, err := pageParams(c)
	if err != nil {
		return err
	}
	q := graph.EventQuery{Type: c.Query("type"), CAMEO: c.Query("cameo"), Entity: strings.ToLower(c.Query("entity")),
		Country: strings.ToUpper(c.Query("country")), Status: c.Query("status"), From: c.Query("from"), To: c.Query("to"),
		Limit: limit, Offset: offset}
	for name, v := range map[string]string{"from": q.From, "to": q.To} {
		if v != "" && !isoDate.MatchString(v) {
			return invalid("Parameter %s must be a date as YYYY, YYYY-MM or YYYY-MM-DD; got %q.", name, v)
		}
	}
	if q.CAMEO != "" && (len(q.CAMEO) > 4 || strings.Trim(q.CAMEO, "0123456789") != "") {
		return invalid("Parameter cameo must be a CAMEO code or its first digits, such as 19 or 0231; got %q.", q.CAMEO)
	}
	if q.Entity != "" && !isUUID(q.Entity) {
		return invalid("Parameter entity must be an entity id (a UUID); got %q. Find ids with GET /api/v1/entities?q=.", q.Entity)
	}
	if q.Country != "" && (len(q.Country) != 3 || strings.Trim(q.Country, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "") {
		return invalid("Parameter country must be an ISO 3166-1 alpha-3 code such as FRA; got %q.", q.Country)
	}
	if q.Type != "" {
		if _, ok := graph.EventKindOf(q.Type); !ok {
			return invalid("Parameter type must be an event type of the vocabulary (such as meeting, sanctions); got %q.", q.Type)
		}
	}
	evs, total, err := s.store.Events(c.Request.Context(), q)
	if err != nil {
		return fmt.Errorf("list events: %w", err)
	}
	if evs == nil {
		evs = []graph.EventView{}
	}
	c.JSON(http.StatusOK, EventList{Events: evs, Total: total, Limit: limit, Offset: offset})
	return nil
}

// PathList is the answer of GET /api/v1/paths.
type PathList struct {
	Paths []graph.Path `json:"paths"`
}

// paths answers how two entities are connected: the shortest connections
// through relations and shared events, each edge with its evidence.
func (s *server) paths(c *gin.Context) error {
	var ids [2]string
	for i, name := range []string{"from", "to"} {
		v := strings.ToLower(c.Query(name))
		if !isUUID(v) {
			return invalid("Parameter %s must be an entity id (a UUID); got %q. Find ids with GET /api/v1/entities?q=.", name, c.Query(name))
		}
		ids[i] = v
	}
	maxHops, err := intParam(c, "max", 4, 1, maxPathHops)
	if err != nil {
		return err
	}
	limit, err := intParam(c, "limit", 5, 1, 50)
	if err != nil {
		return err
	}
	ps, err := s.store.Paths(c.Request.Context(), ids[0], ids[1], maxHops, limit)
	if err != nil {
		return missing(err, "entity", ids[0]+" or "+ids[1], searchHint)
	}
	if ps == nil {
		ps = []graph.Path{}
	}
	c.JSON(http.StatusOK, PathList{Paths: ps})
	return nil
}

func (s *server) event(c *gin.Context) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	ev, err := s.store.Event(c.Request.Context(), id)
	if err != nil {
		return missing(err, "event", id, "list events with GET /api/v1/events.")
	}
	c.JSON(http.StatusOK, ev)
	return nil
}

func (s *server) articles(c *gin.Context) error {
	limit, offset, err := pageParams(c)
	if err != nil {
		return err
	}
	as, total, err := s.store.Articles(c.Request.Context(), limit, offset)
	if err != nil {
		return fmt.Errorf("list articles: %w", err)
	}
	if as == nil {
		as = []graph.Article{}
	}
	c.JSON(http.StatusOK, ArticleList{Articles: as, Total: total, Limit: limit, Offset: offset})
	return nil
}

func (s *server) article(c *gin.Context) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	x, err := s.store.Article(c.Request.Context(), id)
	if err != nil {
		return missing(err, "article", id, articlesHint)
	}
	c.JSON(http.StatusOK, x)
	return nil
}

func (s *server) postArticle(c *gin.Context) error {
	header := c.GetHeader("Content-Type")
	mediaType, _, err := mime.ParseMediaType(header)
	if err != nil || !slices.Contains(postTypes, mediaType) {
		return invalid("Header Content-Type must be one of %s; got %q.", strings.Join(postTypes, ", "), header)
	}
	data, err := io.ReadAll(http.MaxBytesReader(c.Writer, c.Request.Body, s.maxBody))
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		return err
	case err != nil:
		// a malformed or cut body (bad chunked encoding, a client gone):
		// the client's request, not the server, failed
		return invalid("The request body could not be read (%v); send the article again, complete.", err)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return invalid("The request body is empty; send an article as JSON {title, text, url, publisher, published}, plain text or HTML.")
	}
	// The name only labels the input in the extractor's messages and in the
	// extraction's source; a client may give its file name.
	name := c.Query("name")
	if name == "" {
		name = "request body"
	}
	ctx := c.Request.Context()
	xs, err := s.extractor.Extract(ctx, name, data, header)
	if err != nil {
		// Not wrapped: the extractor's message already names the input and
		// says what to change, and is what the client should read.
		return err
	}
	if len(xs) == 0 {
		return invalid("No article could be read from the body; send the article text as JSON {title, text, url, publisher, published}, plain text or HTML.")
	}
	out := WrittenList{Articles: make([]Written, 0, len(xs))}
	status := http.StatusOK
	for _, x := range xs {
		r, err := s.store.Write(ctx, x)
		if err != nil {
			return fmt.Errorf("write article %s: %w", x.Article.ID, err)
		}
		if !r.Existed {
			status = http.StatusCreated
			s.metrics.articles.WithLabelValues("new").Inc()
		} else {
			s.metrics.articles.WithLabelValues("known").Inc()
		}
		out.Articles = append(out.Articles, Written{Extraction: x, Result: r})
	}
	if len(xs) == 1 {
		c.Header("Location", "/api/v1/articles/"+xs[0].Article.ID)
	}
	c.JSON(status, out)
	return nil
}

// importTypes are the media types POST /import reads, with their format.
var importTypes = map[string]string{"application/n-quads": "nquads", "application/ld+json": "jsonld"}

// importQuads adds the quads of another instance's export: N-Quads or
// JSON-LD, every quad labelled with its article, one transaction per
// article.
func (s *server) importQuads(c *gin.Context) error {
	header := c.GetHeader("Content-Type")
	mediaType, _, err := mime.ParseMediaType(header)
	format := importTypes[mediaType]
	if err != nil || format == "" {
		return invalid("Header Content-Type must be application/n-quads or application/ld+json (an actorgraph export); got %q.", header)
	}
	data, err := io.ReadAll(http.MaxBytesReader(c.Writer, c.Request.Body, s.maxBody))
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		return err
	case err != nil:
		return invalid("The request body could not be read (%v); send the export again, complete.", err)
	}
	res, err := s.store.Import(c.Request.Context(), bytes.NewReader(data), format)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	c.JSON(http.StatusOK, res)
	return nil
}

// QueryRequest is the body of POST /api/v1/query.
type QueryRequest struct {
	Lang  string `json:"lang"`  // gizmo or graphql
	Query string `json:"query"` // the query text
	Limit int    `json:"limit"` // most results; the server's cap when 0 or above it
}

// QueryAnswer is the answer of POST /api/v1/query.
type QueryAnswer struct {
	Results []any `json:"results"`
}

// query runs a read-only graph query in one of Cayley's languages, with the
// server's time limit and result cap.
func (s *server) query(c *gin.Context) error {
	var req QueryRequest
	dec := json.NewDecoder(http.MaxBytesReader(c.Writer, c.Request.Body, 1<<20))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return err
		}
		return invalid(`The body must be JSON {"lang": "gizmo" or "graphql", "query": "…", "limit": N}; it could not be read: %v.`, err)
	}
	if req.Lang != "gizmo" && req.Lang != "graphql" {
		return invalid(`Field lang must be "gizmo" or "graphql"; got %q.`, req.Lang)
	}
	if strings.TrimSpace(req.Query) == "" {
		return invalid("Field query is empty; send a query, such as g.V().Limit(5).All() in Gizmo.")
	}
	limit := s.queryLimit
	if req.Limit > 0 && req.Limit < limit {
		limit = req.Limit
	}
	res, err := s.store.Query(c.Request.Context(), req.Lang, req.Query, limit, s.queryTimeout)
	if err != nil {
		return err // the store's message names the language, the limit or the fault
	}
	c.JSON(http.StatusOK, QueryAnswer{Results: res})
	return nil
}

func (s *server) deleteArticle(c *gin.Context) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	if err := s.store.DeleteArticle(c.Request.Context(), id); err != nil {
		return missing(err, "article", id, articlesHint)
	}
	c.Status(http.StatusNoContent)
	return nil
}

func (s *server) export(c *gin.Context) error {
	format := c.DefaultQuery("format", "nquads")
	f, ok := exportFormats[format]
	if !ok {
		return invalid("Parameter format must be one of %s; got %q.", strings.Join(slices.Sorted(maps.Keys(exportFormats)), ", "), format)
	}
	scope := graph.ExportScope{Article: c.Query("article"), Publisher: c.Query("source"), From: c.Query("from"), To: c.Query("to"),
		Entity: c.Query("entity")}
	for _, p := range []struct{ name, v string }{{"article", scope.Article}, {"entity", scope.Entity}} {
		if p.v != "" && !isUUID(p.v) {
			return invalid("Parameter %s must be an id, a UUID such as 6ba7b810-9dad-11d1-80b4-00c04fd430c8; got %q.", p.name, p.v)
		}
	}
	scope.Article, scope.Entity = strings.ToLower(scope.Article), strings.ToLower(scope.Entity)
	if c.Query("depth") != "" {
		d, err := intParam(c, "depth", 1, 1, graph.ExportMaxDepth)
		if err != nil {
			return err
		}
		scope.Depth = d
	}
	if err := scope.Validate(); err != nil {
		return err
	}
	return s.writeExport(c, format, f, scope)
}

// ExportRequest is the body of POST /api/v1/export: the nodes a viewer
// draws, to be exported with the links between them, or with only the
// links it draws (Links, as the neighbours route names them, "FROM
// PREDICATE TO") when its filters leave some out.
type ExportRequest struct {
	Format string   `json:"format"`
	Nodes  []string `json:"nodes"`
	Links  []string `json:"links,omitempty"`
}

// exportNodes exports exactly the entities and events a client names (the
// viewer's drawing, after its expansions, hides and filters) and the links
// between them: a list of ids too long for a URL, hence a POST that reads.
func (s *server) exportNodes(c *gin.Context) error {
	const shape = `The body must be JSON {"format": "graphml" or "csv" (or another export format), "nodes": ["id", …]} and, to keep only some of the links between them, "links": ["FROM PREDICATE TO", …]`
	var req ExportRequest
	// 20,000 node ids and 60,000 link ids take about 6 MB
	dec := json.NewDecoder(http.MaxBytesReader(c.Writer, c.Request.Body, 8<<20))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return err
		}
		return invalid("%s; it could not be read: %v.", shape, err)
	}
	format := cmp.Or(req.Format, "graphml")
	f, ok := exportFormats[format]
	if !ok {
		return invalid("Field format must be one of %s; got %q.", strings.Join(slices.Sorted(maps.Keys(exportFormats)), ", "), format)
	}
	if len(req.Nodes) == 0 || len(req.Nodes) > graph.ExportMaxNodes {
		return invalid("Field nodes must list 1 to %d ids of entities or events; got %d. %s.", graph.ExportMaxNodes, len(req.Nodes), shape)
	}
	seen := make(map[string]bool, len(req.Nodes))
	scope := graph.ExportScope{Nodes: make([]string, 0, len(req.Nodes))}
	for i, id := range req.Nodes {
		if !isUUID(id) {
			return invalid("Field nodes[%d] must be an id, a UUID such as 6ba7b810-9dad-11d1-80b4-00c04fd430c8; got %q.", i, id)
		}
		if id = strings.ToLower(id); !seen[id] {
			seen[id] = true
			scope.Nodes = append(scope.Nodes, id)
		}
	}
	if req.Links != nil {
		if len(req.Links) > graph.ExportMaxLinks {
			return invalid("Field links must list at most %d links; got %d. %s.", graph.ExportMaxLinks, len(req.Links), shape)
		}
		scope.Links = make([]string, 0, len(req.Links))
		for i, l := range req.Links {
			from, pred, to, ok := graph.ParseEdgeID(l)
			if !ok || !isUUID(from) || !isUUID(to) {
				return invalid("Field links[%d] must name a link as the neighbours route does, \"FROM PREDICATE TO\" with the ids of its two ends; got %q.", i, l)
			}
			from, to = strings.ToLower(from), strings.ToLower(to)
			if !seen[from] || !seen[to] {
				return invalid("Field links[%d] (%q) joins a node that is not in nodes; send only links between the nodes sent.", i, l)
			}
			scope.Links = append(scope.Links, graph.EdgeID(from, pred, to))
		}
	}
	return s.writeExport(c, format, f, scope)
}

// writeExport streams an export of a valid scope.
func (s *server) writeExport(c *gin.Context, format string, f exportFormat, scope graph.ExportScope) error {
	// The headers are set now but sent with the first byte the store writes,
	// so an error before that (an unknown article, source or entity: the
	// store resolves the scope before it writes) is still a JSON answer.
	c.Header("Content-Type", f.mediaType)
	c.Header("Content-Disposition", `attachment; filename="`+f.file+`"`)
	if err := s.store.Export(c.Request.Context(), c.Writer, format, scope); err != nil {
		if !c.Writer.Written() {
			c.Header("Content-Disposition", "")
		}
		return err
	}
	if !c.Writer.Written() {
		c.Status(http.StatusOK)
		c.Writer.WriteHeaderNow()
	}
	return nil
}

// StatsAnswer is the answer of GET /api/v1/stats: the store's counts, and
// the id the background knowledge (the seed gazetteer's facts) is labelled
// with, so that a client tells an edge read from an article from one the
// gazetteer gives without reading its title.
type StatsAnswer struct {
	graph.Stats
	Knowledge string `json:"knowledge"`
}

func (s *server) stats(c *gin.Context) error {
	st, err := s.store.Stats(c.Request.Context())
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	c.JSON(http.StatusOK, StatsAnswer{Stats: st, Knowledge: graph.KnowledgeID()})
	return nil
}

// healthTimeout bounds how long a health check waits for the store, so a
// stuck store shows up as unhealthy rather than as a hanging probe.
const healthTimeout = 5 * time.Second

func (s *server) healthz(c *gin.Context) error {
	ctx, cancel := context.WithTimeout(c.Request.Context(), healthTimeout)
	defer cancel()
	if _, err := s.store.Stats(ctx); err != nil {
		return fmt.Errorf("health check: %w", err)
	}
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusOK, gin.H{"status": "ok"})
	return nil
}

func (s *server) noRoute(c *gin.Context) error {
	if strings.HasPrefix(c.Request.URL.Path, "/api/") {
		return notFound("There is no API route %s %s; the routes are listed in the README.", c.Request.Method, c.Request.URL.Path)
	}
	return notFound("There is nothing at %s; the viewer is at /.", c.Request.URL.Path)
}

func (s *server) noMethod(c *gin.Context) error {
	return &problem{kind: errMethodNotAllowed,
		msg: fmt.Sprintf("%s does not accept %s; the routes are listed in the README.", c.Request.URL.Path, c.Request.Method)}
}

// intParam reads an optional whole-number query parameter within [lo, hi].
func intParam(c *gin.Context, name string, def, lo, hi int) (int, error) {
	v, ok := c.GetQuery(name)
	if !ok || v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, invalid("Parameter %s must be a whole number from %d to %d; got %q.", name, lo, hi, v)
	}
	return n, nil
}

// typeParam reads the optional entity type filter, in any letter case.
func typeParam(c *gin.Context) (graph.EntityType, error) {
	v := c.Query("type")
	if v == "" {
		return "", nil
	}
	names := make([]string, len(graph.EntityTypes))
	for i, t := range graph.EntityTypes {
		if strings.EqualFold(v, string(t)) {
			return t, nil
		}
		names[i] = string(t)
	}
	return "", invalid("Parameter type must be one of %s; got %q.", strings.Join(names, ", "), v)
}

// idParam reads a path parameter that must be a UUID, as every actorgraph
// id is.
func idParam(c *gin.Context, name string) (string, error) {
	v := c.Param(name)
	if !isUUID(v) {
		return "", invalid("The %s in the path must be a UUID such as 6ba7b810-9dad-11d1-80b4-00c04fd430c8; got %q.", name, v)
	}
	return strings.ToLower(v), nil
}

// isUUID accepts only the canonical 36-character form, not the braced or
// urn: forms uuid.Parse also takes, so one id has one spelling in URLs.
func isUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	_, err := uuid.Parse(s)
	return err == nil
}
