package web

import (
	"context"
	"errors"
	"fmt"
	"net"
	"sync"

	"github.com/gin-gonic/gin"
	"golang.org/x/time/rate"
)

// The defaults of the concurrency limits.
const (
	DefaultMaxExports = 2
	DefaultMaxIngests = 4
	// maxClients bounds the per-client rate limiters kept at once.
	maxClients = 10000
)

// errTooMany is the sentinel for a request refused because the server, or
// this client, is already doing as much as it allows.
var errTooMany = errors.New("too many requests")

// slots bounds how many requests of one kind run at once.
type slots struct {
	kind, flag string
	ch         chan struct{}
}

func newSlots(kind, flag string, n int) *slots {
	return &slots{kind: kind, flag: flag, ch: make(chan struct{}, n)}
}

// hold lets a request run if a slot is free and answers 429 otherwise: a
// client is better told to come back than left waiting while memory grows.
func (s *server) hold(sl *slots) gin.HandlerFunc {
	return func(c *gin.Context) {
		select {
		case sl.ch <- struct{}{}:
			defer func() { <-sl.ch }()
			c.Next()
		default:
			c.Header("Retry-After", "1")
			s.fail(c, &problem{kind: errTooMany, msg: fmt.Sprintf("The server is already running %d %s, as many as it allows; retry in a moment (the limit is serve %s).",
				cap(sl.ch), sl.kind, sl.flag)})
		}
	}
}

// clientRates keeps a token bucket per client address.
type clientRates struct {
	limit   rate.Limit
	burst   int
	mu      sync.Mutex
	clients map[string]*rate.Limiter
}

func (cr *clientRates) allow(client string) bool {
	cr.mu.Lock()
	defer cr.mu.Unlock()
	l, ok := cr.clients[client]
	if !ok {
		if len(cr.clients) >= maxClients {
			// forget the clients whose buckets are full again: they are idle
			for k, v := range cr.clients {
				if v.Tokens() >= float64(cr.burst) {
					delete(cr.clients, k)
				}
			}
			if len(cr.clients) >= maxClients {
				clear(cr.clients)
			}
		}
		l = rate.NewLimiter(cr.limit, cr.burst)
		cr.clients[client] = l
	}
	return l.Allow()
}

// limitRate refuses a client that sends more than its rate, by its
// network address (not a header a client could forge).
func (s *server) limitRate(c *gin.Context) {
	if s.rates == nil {
		c.Next()
		return
	}
	client, _, err := net.SplitHostPort(c.Request.RemoteAddr)
	if err != nil {
		client = c.Request.RemoteAddr
	}
	if !s.rates.allow(client) {
		c.Header("Retry-After", "1")
		s.fail(c, &problem{kind: errTooMany, msg: fmt.Sprintf("This client sent more than %g requests a second (bursts of %d); slow down and retry (the limit is serve --rate-limit).",
			float64(s.rates.limit), s.rates.burst)})
		return
	}
	c.Next()
}

// deadline gives a read's context the server's deadline, so that the
// store stops work nobody will wait for. An export streams for as long as
// it takes (the server's write timeout bounds it); an ingest, bounded by
// its size, finishes the articles it has (each all or nothing).
func (s *server) deadline(c *gin.Context) {
	if c.Request.URL.Path == "/api/v1/export" || c.Request.Method == "POST" && c.Request.URL.Path != "/api/v1/query" || c.Request.Method == "DELETE" {
		c.Next()
		return
	}
	ctx, cancel := context.WithTimeout(c.Request.Context(), s.requestTimeout)
	defer cancel()
	c.Request = c.Request.WithContext(ctx)
	c.Next()
}
