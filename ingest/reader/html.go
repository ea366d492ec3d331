package reader

import (
	"bytes"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// dateMeta are the <meta> names and properties that carry a publication
// date, most specific first.
var dateMeta = []string{
	"article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
	"publish-date", "publish_date", "date", "dc.date.issued", "dc.date", "dcterms.created",
	"dcterms.date", "sailthru.date", "parsely-pub-date",
}

// parseHTML reads a saved web page: readability finds the main text and
// drops navigation, footers and ads; Clean then drops the furniture that
// sits inside the article container.
func parseHTML(name string, data []byte, contentType string) ([]Document, error) {
	data, err := htmlUTF8(data, contentType)
	if err != nil {
		return nil, Problem{name, err}
	}
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, Problem{name, invalid("save the page again as HTML", "could not be read as HTML (%v)", err)}
	}
	meta := pageMeta(root)
	pageURL, _ := url.Parse(meta.url)
	if pageURL != nil && !pageURL.IsAbs() {
		pageURL, meta.url = nil, ""
	}
	article, err := readable(root, pageURL)
	if err != nil {
		return nil, Problem{name, invalid("save the article page itself as HTML, or paste its text into a .txt file",
			"could not be read as an article (%v)", err)}
	}
	doc := Document{
		InputName: name,
		Title:     collapseSpace(article.Title()),
		Publisher: collapseSpace(article.SiteName()),
		URL:       meta.url,
		Published: meta.published,
	}
	if doc.Published == "" {
		if t, err := article.PublishedTime(); err == nil {
			doc.Published = t.Format("2006-01-02")
		}
	}
	if doc.Published == "" {
		doc.Published = meta.timeElement
	}
	if article.Node != nil {
		doc.Body = Clean(paragraphs(render.InnerText(article.Node)))
	}
	if doc.Body == "" {
		return nil, Problem{name, invalid("save the article page itself, not an index, login or error page",
			"has no readable article text")}
	}
	return []Document{doc}, nil
}

// readable runs readability, turning a panic into an error: it is a large
// port of a JavaScript library, and one odd page must not stop an ingest
// of thousands.
func readable(root *html.Node, pageURL *url.URL) (article readability.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("the page's structure confused the article finder: %v", r)
		}
	}()
	parser := readability.NewParser()
	return parser.ParseAndMutate(root, pageURL)
}

// htmlUTF8 returns the page as UTF-8, decoding it when the page or its
// content type declares another charset (old news sites use
// windows-1252); undeclared non-UTF-8 bytes are refused rather than
// guessed at.
func htmlUTF8(data []byte, contentType string) ([]byte, error) {
	if utf8.Valid(data) {
		return data, nil
	}
	enc, name, certain := charset.DetermineEncoding(data, contentType)
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	declared := certain || bytes.Contains(bytes.ToLower(head), []byte("charset"))
	if declared && name != "utf-8" {
		decoded, err := enc.NewDecoder().Bytes(data)
		if err == nil && utf8.Valid(decoded) {
			return decoded, nil
		}
	}
	return nil, invalid("save the page as UTF-8, or declare its charset in a <meta charset> tag",
		"is not valid UTF-8 and declares no other charset (first bad byte at offset %d)", firstInvalid(data))
}

type metadata struct {
	url         string
	published   string
	timeElement string
}

// pageMeta reads what readability does not give: the canonical URL, dates
// in the <meta> names it does not know, and the first <time datetime>.
func pageMeta(root *html.Node) metadata {
	var m metadata
	var og string
	dates := map[string]string{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "link":
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.url == "" {
					m.url = strings.TrimSpace(attr(n, "href"))
				}
			case "meta":
				key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				content := strings.TrimSpace(attr(n, "content"))
				if key == "og:url" && og == "" {
					og = content
				}
				if _, seen := dates[key]; !seen && content != "" {
					dates[key] = content
				}
			case "time":
				if m.timeElement == "" {
					m.timeElement = isoDay(attr(n, "datetime"))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if m.url == "" {
		m.url = og
	}
	for _, k := range dateMeta {
		if day := isoDay(dates[k]); day != "" {
			m.published = day
			break
		}
	}
	return m
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// paragraphs makes every line of rendered text its own paragraph: block
// elements render as lines, and a news page's blocks are its paragraphs.
func paragraphs(text string) string {
	var b strings.Builder
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(line)
	}
	return b.String()
}

// markupTag is a closing tag or a line break: what HTML in a text field
// has and wire copy does not. An opening tag alone is no evidence: wire
// copy brackets tickers and names, "<P>" (Phillips Petroleum), "<I P
// Sharp Associates Ltd>".
var markupTag = regexp.MustCompile(`(?i)</(p|div|span|a|em|strong|b|i|h[1-6]|li|ul|ol|blockquote|figure)\s*>|<br\s*/?>`)

// looksLikeMarkup reports an article text field that holds HTML, as some
// scrapers and CMS exports write it.
func looksLikeMarkup(s string) bool {
	return markupTag.MatchString(s)
}

func markupText(s string) string {
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return s
	}
	return paragraphs(render.InnerText(root))
}
