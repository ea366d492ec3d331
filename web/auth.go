package web

import (
	"bufio"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/gin-gonic/gin"
)

// Scope is what a token allows: reading, or reading and writing.
type Scope string

// The scopes of tokens.
const (
	ScopeRead  Scope = "read"
	ScopeWrite Scope = "write"
)

// Token is a secret a client presents as "Authorization: Bearer <secret>".
// Name says whose it is in the log; the secret is never logged.
type Token struct {
	Name   string
	Scope  Scope
	Secret string
}

// MinTokenLength is the shortest secret accepted: a guessable token is no
// protection.
const MinTokenLength = 16

// errUnauthorized is the sentinel for a request without a token it needs,
// or with one the server does not know.
var errUnauthorized = errors.New("unauthorized")

// ParseTokens reads a token file: one token a line, "<scope> <name>
// <secret>" with scope read or write; blank lines and lines starting with #
// are skipped. Every mistake is refused with its line number.
func ParseTokens(r io.Reader) ([]Token, error) {
	var out []Token
	sc := bufio.NewScanner(r)
	seen := map[string]bool{}
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 3 {
			return nil, fmt.Errorf("token file line %d: want \"<read|write> <name> <secret>\", got %d fields", n, len(f))
		}
		t := Token{Scope: Scope(f[0]), Name: f[1], Secret: f[2]}
		if err := t.check(); err != nil {
			return nil, fmt.Errorf("token file line %d: %w", n, err)
		}
		if seen[t.Secret] {
			return nil, fmt.Errorf("token file line %d: the secret of %s is already another token's", n, t.Name)
		}
		seen[t.Secret] = true
		out = append(out, t)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("token file: %w", err)
	}
	if len(out) == 0 {
		return nil, errors.New("token file: no token in it")
	}
	return out, nil
}

func (t Token) check() error {
	if t.Scope != ScopeRead && t.Scope != ScopeWrite {
		return fmt.Errorf("scope %q of %s is not read or write", t.Scope, t.Name)
	}
	if len(t.Secret) < MinTokenLength {
		return fmt.Errorf("the secret of %s has %d characters; use at least %d (openssl rand -hex 32 makes one)", t.Name, len(t.Secret), MinTokenLength)
	}
	return nil
}

// tokenSums are the SHA-256 sums of the tokens' secrets: a presented secret
// is hashed and compared with each in constant time, so that neither its
// content nor its length shows in the time an answer takes.
type tokenSums struct {
	tokens []Token
	sums   [][sha256.Size]byte
}

func newTokenSums(tokens []Token) (tokenSums, error) {
	ts := tokenSums{tokens: tokens}
	for _, t := range tokens {
		if err := t.check(); err != nil {
			return tokenSums{}, err
		}
		ts.sums = append(ts.sums, sha256.Sum256([]byte(t.Secret)))
	}
	return ts, nil
}

// find is the token whose secret is presented, nil for none; it compares
// with every token whatever it finds.
func (ts tokenSums) find(secret string) *Token {
	sum := sha256.Sum256([]byte(secret))
	found := -1
	for i := range ts.sums {
		if subtle.ConstantTimeCompare(sum[:], ts.sums[i][:]) == 1 {
			found = i
		}
	}
	if found < 0 {
		return nil
	}
	return &ts.tokens[found]
}

// authorize lets a request through when it carries a token of the scope it
// needs, or when the server has no tokens (a loopback server, or one
// started with --insecure-no-auth). Reads need a token only when the
// server keeps them private.
func (s *server) authorize(need Scope) gin.HandlerFunc {
	return func(c *gin.Context) {
		if len(s.tokens.tokens) == 0 || need == ScopeRead && !s.privateReads {
			c.Next()
			return
		}
		secret, ok := strings.CutPrefix(c.GetHeader("Authorization"), "Bearer ")
		if !ok || strings.TrimSpace(secret) == "" {
			c.Header("WWW-Authenticate", `Bearer realm="actorgraph"`)
			s.fail(c, &problem{kind: errUnauthorized, msg: "This request needs a token: send \"Authorization: Bearer <token>\" with a " +
				string(need) + " token the server's administrator gave you (serve --token or --token-file)."})
			return
		}
		t := s.tokens.find(strings.TrimSpace(secret))
		if t == nil {
			c.Header("WWW-Authenticate", `Bearer realm="actorgraph", error="invalid_token"`)
			s.fail(c, &problem{kind: errUnauthorized, msg: "The token is not one this server knows; check it, or ask its administrator for one."})
			return
		}
		if need == ScopeWrite && t.Scope != ScopeWrite {
			s.fail(c, &problem{kind: errForbidden, msg: "The token " + quoteName(t.Name) + " may read but not change the graph; use a write token."})
			return
		}
		c.Set("token", t.Name)
		c.Next()
	}
}
