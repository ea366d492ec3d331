package graph

import (
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/google/uuid"
	"golang.org/x/text/unicode/norm"
)

// namespace is the UUID v5 namespace every actorgraph ID is minted in, so
// the same canonical key always yields the same ID: re-ingest is a no-op.
var namespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://actorgraph.org/"))

// mint is uuid.NewSHA1(namespace, parts joined by \x1f).String(), written
// out so that a short key is hashed from the stack: the library's hash
// object, sum and string cost more allocations than the hash itself.
func mint(parts ...string) string {
	n := len(namespace) + len(parts)
	for _, p := range parts {
		n += len(p)
	}
	var stack [128]byte
	buf := stack[:0]
	if n > len(stack) {
		buf = make([]byte, 0, n)
	}
	buf = append(buf, namespace[:]...)
	for i, p := range parts {
		if i > 0 {
			buf = append(buf, 0x1f)
		}
		buf = append(buf, p...)
	}
	sum := sha1.Sum(buf)
	sum[6] = sum[6]&0x0f | 5<<4 // version 5
	sum[8] = sum[8]&0x3f | 0x80 // RFC 4122 variant
	var out [36]byte
	hex.Encode(out[0:8], sum[0:4])
	out[8] = '-'
	hex.Encode(out[9:13], sum[4:6])
	out[13] = '-'
	hex.Encode(out[14:18], sum[6:8])
	out[18] = '-'
	hex.Encode(out[19:23], sum[8:10])
	out[23] = '-'
	hex.Encode(out[24:], sum[10:16])
	return string(out[:])
}

// Node kinds, used in IRIs: IDBase + kind + "/" + id.
const (
	KindEntity    = "entity"
	KindArticle   = "article"
	KindEvent     = "event"
	KindStatement = "statement"
	KindMention   = "mention"
	KindEvidence  = "evidence"
	KindQuote     = "quote"
	KindSource    = "source"
)

// IRI is the node IRI of an ID of the given kind.
func IRI(kind, id string) string { return IDBase + kind + "/" + id }

// ParseIRI splits a node IRI into kind and ID; ok is false for other IRIs.
func ParseIRI(iri string) (kind, id string, ok bool) {
	rest, found := strings.CutPrefix(iri, IDBase)
	if !found {
		return "", "", false
	}
	kind, id, ok = strings.Cut(rest, "/")
	if !ok || kind == "" || id == "" {
		return "", "", false
	}
	return kind, id, true
}

// Fold normalises a name for matching: NFKC, lower case, curly quotes and
// dashes made plain, dots dropped, runs of space collapsed.
func Fold(s string) string {
	if folded(s) {
		return s
	}
	return fold(s)
}

func fold(s string) string {
	if ascii(s) {
		return foldASCII(s)
	}
	return foldUnicode(s)
}

func foldUnicode(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '’' || r == '‘' || r == '`':
			r = '\''
		case r == '‐' || r == '‑' || r == '–' || r == '—':
			r = '-'
		case r == '.':
			continue
		}
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// foldASCII is fold of an ASCII string, which NFKC leaves as it is: the
// same steps a byte at a time.
func foldASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '`':
			c = '\''
		case c == '.':
			continue
		case c == ' ' || '\t' <= c && c <= '\r':
			space = b.Len() > 0
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteByte(c)
	}
	return b.String()
}

// folded reports whether Fold would return s unchanged, for the plain ASCII
// names that are most of them: no capital, dot, backquote or space other
// than single spaces between words.
func folded(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80, 'A' <= c && c <= 'Z', c == '.', c == '`', c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ' && s[i+1] == ' ':
			return false
		}
	}
	return true
}

// EntityKey is what identifies a real-world entity, strongest first: a
// Wikidata QID, then (for countries) the ISO 3166-1 alpha-3 code, then the
// type and the folded canonical name.
type EntityKey struct {
	Type     EntityType
	Name     string
	Country  string
	Wikidata string
}

// EntityID mints the ID of an entity from its key.
func EntityID(k EntityKey) string {
	switch {
	case k.Wikidata != "":
		return mint(KindEntity, "wd", strings.ToUpper(k.Wikidata))
	case k.Type == Country && k.Country != "":
		return mint(KindEntity, "iso", strings.ToUpper(k.Country))
	default:
		return mint(KindEntity, string(k.Type), Fold(k.Name))
	}
}

// ArticleID mints an article's ID: from its URL when it has one, otherwise
// from its body text, so the same article read twice gets the same ID.
func ArticleID(url, body string) string {
	if url != "" {
		return mint(KindArticle, "url", strings.TrimSpace(url))
	}
	sum := sha256.Sum256([]byte(strings.TrimSpace(body)))
	return mint(KindArticle, "sha256", hex.EncodeToString(sum[:]))
}

// EventID mints an event's ID from what makes it the same real event in any
// article: type, date, place and the set of participating entities.
func EventID(typ, date, location string, participants []string) string {
	ps := append([]string(nil), participants...)
	sort.Strings(ps)
	return mint(KindEvent, typ, date, location, strings.Join(ps, ","))
}

// UndatedEventID mints the ID of an event with no date that is only known
// to be the same as one told in the same article: a statement or a demand
// read from what someone said, whose day the article does not give. Two
// articles' undated statements by one speaker about one party are two
// events (nothing says they were made on one day), so the article is part
// of what identifies them; a dated one is minted by EventID.
func UndatedEventID(articleID, typ string, participants []string) string {
	ps := append([]string(nil), participants...)
	sort.Strings(ps)
	return mint(KindEvent, typ, "", "", strings.Join(ps, ","), articleID)
}

// StatementID mints the ID of one article's statement of a relation.
func StatementID(articleID, subject, predicate, object string) string {
	return mint(KindStatement, articleID, subject, predicate, object)
}

// MentionID mints the ID of a mention at a span of an article.
func MentionID(articleID string, start, end int) string {
	return mint(KindMention, articleID, strconv.Itoa(start), strconv.Itoa(end))
}

// EvidenceID mints the ID of one article's evidence for a fact node.
func EvidenceID(articleID, factID string, start, end int) string {
	return mint(KindEvidence, articleID, factID, strconv.Itoa(start), strconv.Itoa(end))
}

// QuoteID mints the ID of a quote or claim at a span of an article.
func QuoteID(articleID string, start, end int) string {
	return mint(KindQuote, articleID, strconv.Itoa(start), strconv.Itoa(end))
}

// SourceID mints the ID of a non-article source of facts, such as the seed
// gazetteer.
func SourceID(name string) string { return mint(KindSource, name) }

// KnowledgeSource is the name the seed knowledge (the gazetteer's facts) is
// stored under, as if it were an article; KnowledgeID is that article's id.
const KnowledgeSource = "seed-gazetteer"

// KnowledgeID is the id the seed knowledge's quads are labelled with.
func KnowledgeID() string { return SourceID(KnowledgeSource) }

// JointQuoteID mints the ID of a quote's co-speaker's copy: a statement
// several parties made jointly is one quote for each of them.
func JointQuoteID(articleID string, start, end int, speaker string) string {
	return mint(KindQuote, articleID, strconv.Itoa(start), strconv.Itoa(end), speaker)
}
