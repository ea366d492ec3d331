package reader

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"actorgraph/graph"
	"actorgraph/ingest/shared"

	"github.com/google/go-cmp/cmp"
)

// para1 and para2 are paragraphs of running text written for these tests.
const para1 = "Officials from both governments met in Geneva on Monday to discuss a new fisheries agreement, according to a statement released after the talks."
const para2 = "The delegations will meet again next month, the statement said, and a final text could be signed before the end of the year."

func TestReadHeader(t *testing.T) {
	tests := []struct {
		line          string
		wantOK        bool
		wantPublisher string
		wantDate      string
	}{
		{"- The Daily Example - Friday, March 1, 2024", true, "The Daily Example", "2024-03-01"},
		{"The Daily Example - Friday, March 1, 2024", true, "The Daily Example", "2024-03-01"},
		{"- The Daily Example - Fri., Mar. 1, 2024", true, "The Daily Example", "2024-03-01"},
		{"- The Daily Example - Sept. 30, 2021", true, "The Daily Example", "2021-09-30"},
		{"- Foo-Bar News - Wednesday, April 24, 2019", true, "Foo-Bar News", "2019-04-24"},
		{"Harbour Herald | 7 November 2023", true, "Harbour Herald", "2023-11-07"},
		{"Harbour Herald — 2023-11-07", true, "Harbour Herald", "2023-11-07"},
		{"March 1, 2024", true, "", "2024-03-01"},
		{"- Thursday, December 12th, 2019", true, "", "2019-12-12"},
		{"By Jane Doe - March 1, 2024", true, "", "2024-03-01"},
		{"- The Daily Example - February 30, 2024", false, "", ""},
		{"The summit ended on March 1, 2024", false, "", ""},
		{"The Daily Example - Friday", false, "", ""},
		{para1, false, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			var d Document
			if got := readHeader(&d, tt.line); got != tt.wantOK {
				t.Fatalf("readHeader(%q) = %v, want %v", tt.line, got, tt.wantOK)
			}
			if d.Publisher != tt.wantPublisher || d.Published != tt.wantDate {
				t.Errorf("got publisher %q date %q, want %q %q", d.Publisher, d.Published, tt.wantPublisher, tt.wantDate)
			}
		})
	}
}

func TestIsoDay(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2019-04-24", "2019-04-24"},
		{"2019-04-24T23:30:00-04:00", "2019-04-24"},
		{"2019-04-24T23:30:00.123Z", "2019-04-24"},
		{"2019-04-24T10:00:00+0200", "2019-04-24"},
		{"2019-04-24 10:00:00", "2019-04-24"},
		{"Wed, 24 Apr 2019 10:00:00 GMT", "2019-04-24"},
		{"Wed, 24 Apr 2019 10:00:00 +0000", "2019-04-24"},
		{"April 24, 2019", "2019-04-24"},
		{"Apr. 24, 2019", "2019-04-24"},
		{"Wednesday, April 24, 2019", "2019-04-24"},
		{"24 April 2019", "2019-04-24"},
		{"2019/04/24", "2019-04-24"},
		{"2019.04.24", "2019-04-24"},
		{"Wednesday, 24-Apr-19 10:00:00 GMT", "2019-04-24"}, // RFC 850
		{"Wed Apr 24 23:30:00 -0400 2019", "2019-04-24"},    // Unix date(1)
		{"2019-04-24T23:30:00-04:00[America/New_York]", "2019-04-24"},
		{"Updated April 24, 2019 10:30 a.m. ET", "2019-04-24"},
		{"Sept 3, 2019", "2019-09-03"},
		{"04/05/2019", ""}, // April 5 or 4 May
		{"2019", ""},       // a year is no day
		{"1556100000", ""}, // digits alone are no date
		{"10:30", ""},
		{"Monday", ""},
		{"3 days ago", ""},
		{"April 31, 2019", ""},
		{"2019-13-01", ""},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := isoDay(tt.in); got != tt.want {
			t.Errorf("isoDay(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Document
	}{
		{
			name: "header line with dash, CRLF endings, trailing spaces",
			in:   "- The Daily Example - Friday, March 1, 2024\r\n\r\n" + para1 + "   \r\n\r\n" + para2 + "\r\n",
			want: Document{InputName: "a.txt", Publisher: "The Daily Example", Published: "2024-03-01", Body: para1 + "\n\n" + para2},
		},
		{
			name: "title, then header",
			in:   "Fisheries talks open in Geneva\n- The Daily Example - Mar 1, 2024\n\n" + para1,
			want: Document{InputName: "a.txt", Title: "Fisheries talks open in Geneva", Publisher: "The Daily Example", Published: "2024-03-01", Body: para1},
		},
		{
			name: "headline paragraph becomes the title",
			in:   "Fisheries talks open in Geneva\n\n" + para1 + "\n\n" + para2,
			want: Document{InputName: "a.txt", Title: "Fisheries talks open in Geneva", Body: para1 + "\n\n" + para2},
		},
		{
			name: "Markdown heading becomes the title",
			in:   "# Fisheries talks open in Geneva\n\n" + para1,
			want: Document{InputName: "a.txt", Title: "Fisheries talks open in Geneva", Body: para1},
		},
		{
			name: "a short sentence is not a title",
			in:   "The talks opened today.\n\n" + para1,
			want: Document{InputName: "a.txt", Body: "The talks opened today.\n\n" + para1},
		},
		{
			name: "a lone headline with nothing after stays the body",
			in:   "Fisheries talks open in Geneva",
			want: Document{InputName: "a.txt", Body: "Fisheries talks open in Geneva"},
		},
		{
			name: "no header, paragraphs and blank-line runs",
			in:   para1 + "\n\n\n\n" + para2 + "\n\n\n",
			want: Document{InputName: "a.txt", Body: para1 + "\n\n" + para2},
		},
		{
			name: "hard-wrapped paragraph keeps its lines",
			in:   "Officials met in Geneva on Monday\nto discuss fisheries.\n\n" + para2,
			want: Document{InputName: "a.txt", Body: "Officials met in Geneva on Monday\nto discuss fisheries.\n\n" + para2},
		},
		{
			name: "furniture at the end is removed",
			in:   "- The Daily Example - March 1, 2024\n\n" + para1 + "\n\nCopyright © 2024 The Daily Example. Click here for reprint permission.\n\nClick to Read More and View Comments\n",
			want: Document{InputName: "a.txt", Publisher: "The Daily Example", Published: "2024-03-01", Body: para1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse("a.txt", []byte(tt.in), "")
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if diff := cmp.Diff([]Document{tt.want}, got); diff != "" {
				t.Errorf("Parse mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseJSON(t *testing.T) {
	tests := []struct {
		name         string
		file         string
		in           string
		want         []Document
		wantProblems []string // Problem.Error() of each bad record, in order
	}{
		{
			name: "one object, text wins over body, date forms",
			file: "one.json",
			in:   `{"title":"Fisheries talks","text":"` + para1 + `","body":"ignored","url":"https://news.example/a","publisher":"The Daily Example","published":"2024-03-01T08:00:00Z"}`,
			want: []Document{{InputName: "one.json", Title: "Fisheries talks", Publisher: "The Daily Example", Published: "2024-03-01", URL: "https://news.example/a", Body: para1}},
		},
		{
			name: "array with field aliases and a record without text",
			file: "many.json",
			in: `[{"body":"` + para1 + `","source":"Example Wire","date":"March 1, 2024"},
			      {"title":"no text here"},
			      {"text":"` + para2 + `","site_name":"Example Post","datePublished":"2024-03-02"}]`,
			want: []Document{
				{InputName: "many.json#1", Publisher: "Example Wire", Published: "2024-03-01", Body: para1},
				{InputName: "many.json#3", Publisher: "Example Post", Published: "2024-03-02", Body: para2},
			},
			wantProblems: []string{`many.json#2: record 2 has no text or body field — give each record the article's text in a "text" (or "body") field`},
		},
		{
			name: "JSON Lines with a blank line, a broken record and published_at",
			file: "feed.jsonl",
			in:   `{"text":"` + para1 + `","published_at":"2024-03-01"}` + "\n\n" + `{"text": "unterminated` + "\n" + `{"text":"` + para2 + `","publisher":{"id":"x","name":"Example Wire"}}` + "\n",
			want: []Document{
				{InputName: "feed.jsonl#1", Published: "2024-03-01", Body: para1},
				{InputName: "feed.jsonl#3", Publisher: "Example Wire", Body: para2},
			},
			wantProblems: []string{"feed.jsonl#2: record 2 (line 3) is not valid JSON (it ends in the middle of a value) — fix that line so it holds one complete JSON object"},
		},
		{
			name: "news API response wrapping its articles",
			file: "api.json",
			in:   `{"status":"ok","articles":[{"source":{"name":"Example Wire"},"title":"Talks","url":"https://wire.example/t","publishedAt":"2024-03-01T10:00:00Z","content":"` + para1 + `"}]}`,
			want: []Document{{InputName: "api.json#1", Title: "Talks", Publisher: "Example Wire", Published: "2024-03-01", URL: "https://wire.example/t", Body: para1}},
		},
		{
			name: "text as paragraph array and as HTML, Unix time",
			file: "shapes.jsonl",
			in: `{"text":["` + para1 + `","` + para2 + `"],"date":1709251200}` + "\n" +
				`{"text":"<p>` + para1 + `</p><p>Advertisement</p><p>` + para2 + `</p>"}`,
			want: []Document{
				{InputName: "shapes.jsonl#1", Published: "2024-03-01", Body: para1 + "\n\n" + para2},
				{InputName: "shapes.jsonl#2", Body: para1 + "\n\n" + para2},
			},
		},
		{
			name: "wire copy's bracketed tickers and names are text, not HTML ('<P>', '<I P Sharp Associates Ltd>')",
			file: "wire.jsonl",
			in:   `{"text":"Phillips Petroleum Co <P> said it would buy <I P Sharp Associates Ltd> of Toronto.\n\n` + para1 + `"}`,
			want: []Document{{InputName: "wire.jsonl#1", Body: "Phillips Petroleum Co <P> said it would buy <I P Sharp Associates Ltd> of Toronto.\n\n" + para1}},
		},
		{
			name: "header line inside the text fills missing fields",
			file: "h.json",
			in:   `{"text":"- The Daily Example - March 1, 2024\n\n` + para1 + `"}`,
			want: []Document{{InputName: "h.json", Publisher: "The Daily Example", Published: "2024-03-01", Body: para1}},
		},
		{
			name: "a headline repeating the record's title leaves the body; another stays in it",
			file: "titles.jsonl",
			in: `{"title":"Fisheries talks open in Geneva","text":"Fisheries talks open in Geneva\n\n` + para1 + `"}` + "\n" +
				`{"title":"Talks","text":"Fisheries talks open in Geneva\n\n` + para1 + `"}`,
			want: []Document{
				{InputName: "titles.jsonl#1", Title: "Fisheries talks open in Geneva", Body: para1},
				{InputName: "titles.jsonl#2", Title: "Talks", Body: "Fisheries talks open in Geneva\n\n" + para1},
			},
		},
		{
			name: ".json holding several objects is read as JSON Lines",
			file: "lines.json",
			in:   `{"text":"` + para1 + `"}` + "\n" + `{"text":"` + para2 + `"}`,
			want: []Document{{InputName: "lines.json#1", Body: para1}, {InputName: "lines.json#2", Body: para2}},
		},
		{
			name:         "record that is not an object, record that is only furniture",
			file:         "odd.json",
			in:           `["just a string", {"text":"Advertisement\n\nShare on Facebook"}]`,
			wantProblems: []string{"odd.json#1: record 1 is a JSON string, not an object — make every array element an object with a \"text\" field", "odd.json#2: record 2 has no article text left once site furniture is removed — give the article's own text, not only its page furniture"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.file, []byte(tt.in), "")
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("documents mismatch (-want +got):\n%s", diff)
			}
			var gotProblems []string
			for _, p := range problems(tt.file, err) {
				gotProblems = append(gotProblems, p.Error())
				if !errors.Is(p, graph.ErrInvalid) {
					t.Errorf("problem %q does not wrap graph.ErrInvalid", p)
				}
			}
			if diff := cmp.Diff(tt.wantProblems, gotProblems); diff != "" {
				t.Errorf("problems mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseHTML(t *testing.T) {
	tests := []struct {
		file       string
		want       Document // Body is checked by the lists below
		wantIn     []string
		wantNotIn  []string
		paragraphs int
	}{
		{
			file: "nav-footer-ads.html",
			want: Document{
				Title: "Nordic ministers agree on shared power grid", Publisher: "The Harbour Herald",
				Published: "2023-11-07", URL: "https://herald.example/world/nordic-grid",
			},
			wantIn: []string{"OSLO — Energy ministers", "Terje Aasland", "reindeer grazing land",
				"Readers who click through to the ministry's website can subscribe to updates"},
			wantNotIn: []string{"Home", "Business", "Subscribe today", "cookies", "Share on", "Advertisement",
				"Photo", "Copyright", "©", "Most read", "Ferry strike", "Harbour Mall", "Careers", "Follow us", "window.dataLayer"},
			paragraphs: 4,
		},
		{
			file:   "related-and-time.html",
			want:   Document{Title: "Port talks resume in Lisbon", Published: "2022-03-15"},
			wantIn: []string{"LISBON — Negotiators", "Pedro Nuno Santos", "Bank of Portugal"},
			wantNotIn: []string{"Skip to content", "Log in", "Front page", "Posted", "Click here", "Related articles",
				"Sines container terminal expands", "Tangier Med", "originally appeared", "moderated", "Terms"},
			paragraphs: 3,
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", tt.file)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			docs, err := Parse(path, data, "")
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if len(docs) != 1 {
				t.Fatalf("got %d documents, want 1", len(docs))
			}
			got := docs[0]
			tt.want.InputName, tt.want.Body = path, got.Body
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("metadata mismatch (-want +got):\n%s", diff)
			}
			for _, s := range tt.wantIn {
				if !strings.Contains(got.Body, s) {
					t.Errorf("body lacks %q", s)
				}
			}
			for _, s := range tt.wantNotIn {
				if strings.Contains(got.Body, s) {
					t.Errorf("body still has %q:\n%s", s, got.Body)
				}
			}
			if n := len(strings.Split(got.Body, "\n\n")); n != tt.paragraphs {
				t.Errorf("got %d paragraphs, want %d:\n%s", n, tt.paragraphs, got.Body)
			}
		})
	}
}

func TestParseHTMLDeclaredCharset(t *testing.T) {
	// "S\xe3o Tom\xe9" is windows-1252 for "São Tomé".
	page := "<html><head><meta charset=\"windows-1252\"><title>S\xe3o Tom\xe9 votes</title></head><body><article><p>" +
		strings.Repeat("Voters in S\xe3o Tom\xe9 and Pr\xedncipe went to the polls on Sunday to elect a new parliament. ", 8) +
		"</p></article></body></html>"
	docs, err := Parse("page.html", []byte(page), "")
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if got := docs[0].Title; got != "São Tomé votes" {
		t.Errorf("title = %q, want %q", got, "São Tomé votes")
	}
	if !strings.Contains(docs[0].Body, "São Tomé and Príncipe") {
		t.Errorf("body not decoded: %q", docs[0].Body)
	}
}

func TestParseContentType(t *testing.T) {
	htmlPage, err := os.ReadFile(filepath.Join("testdata", "nav-footer-ads.html"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, file, contentType string
		data                    []byte
		want                    format
	}{
		{"html by type", "upload", "text/html; charset=utf-8", htmlPage, formatHTML},
		{"html sniffed", "upload", "", htmlPage, formatHTML},
		{"html by extension", "a.htm", "", htmlPage, formatHTML},
		{"html as text/plain stays text", "upload", "text/plain", htmlPage, formatText},
		{"json by type", "upload", "application/json", []byte(`{"text":"x"}`), formatJSON},
		{"ndjson by type", "upload", "application/x-ndjson", []byte(`{"text":"x"}`), formatJSONL},
		{"ndjson by extension", "a.ndjson", "", []byte(`{"text":"x"}`), formatJSONL},
		{"json sniffed", "upload", "", []byte(` [{"text":"x"}]`), formatJSON},
		{"jsonl sniffed", "upload", "", []byte("{\"text\":\"x\"}\n{\"text\":\"y\"}"), formatJSONL},
		{"markdown", "a.md", "", []byte("# Title"), formatText},
		{"unknown type falls back to sniffing", "upload", "application/octet-stream", []byte("plain words"), formatText},
		{"text sniffed", "README", "", []byte("<3 plain words"), formatText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := detect(tt.file, tt.data, tt.contentType); got != tt.want {
				t.Errorf("detect = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestParseRejects(t *testing.T) {
	tests := []struct {
		name, file string
		data       []byte
		wantKind   error
		wantReason string
	}{
		{"empty", "e.txt", nil, graph.ErrInvalid, "e.txt: is empty — "},
		{"blank", "e.txt", []byte(" \n\t\n"), graph.ErrInvalid, "e.txt: is empty — "},
		{"NUL bytes", "img.txt", []byte("GIF89a\x00\x01\x00\x01"), graph.ErrInvalid, "img.txt: looks like binary data"},
		{"control characters", "x.bin", bytes.Repeat([]byte("a\x01\x02\x03"), 100), graph.ErrInvalid, "x.bin: looks like binary data"},
		{"latin-1 text", "l.txt", []byte("Caf\xe9 owners in Lyon protested on Monday."), graph.ErrInvalid, "l.txt: is not valid UTF-8 text (first bad byte at offset 3) — convert it to UTF-8"},
		{"latin-1 page without charset", "l.html", []byte("<html><body><p>Caf\xe9</p></body></html>"), graph.ErrInvalid, "l.html: is not valid UTF-8 and declares no other charset"},
		{"too large", "big.txt", bytes.Repeat([]byte("word "), MaxBytes/5+1), graph.ErrTooLarge, "big.txt: is 10.0 MiB, more than the 10 MiB one input may be — split it"},
		{"furniture only", "f.txt", []byte("Advertisement\n\nShare on Facebook\n\nCopyright © 2024 Example Media. All rights reserved."), graph.ErrInvalid, "f.txt: has no article text left once"},
		{"malformed JSON", "m.json", []byte("{\n  \"text\": \"a\",\n  \"title\" \"b\"\n}"), graph.ErrInvalid, "m.json: is not valid JSON (line 3, column 11: invalid character '\"' after object key) — fix the JSON"},
		{"JSON without text", "n.json", []byte(`{"title":"x"}`), graph.ErrInvalid, "n.json: the record has no text or body field"},
		{"JSON with empty text", "t.json", []byte(`{"text":"  "}`), graph.ErrInvalid, `t.json: the record has an empty "text" field`},
		{"JSON scalar", "s.json", []byte(`42`), graph.ErrInvalid, "s.json: holds a JSON number, not an article object"},
		{"empty array", "a.json", []byte(`[]`), graph.ErrInvalid, "a.json: is an empty JSON array"},
		{"empty JSON Lines", "a.jsonl", []byte("\n \n"), graph.ErrInvalid, "a.jsonl: is empty"},
		{"page without text", "p.html", []byte("<html><head><title>Log in</title></head><body><nav><a href=\"/\">Home</a></nav></body></html>"), graph.ErrInvalid, "p.html: has no readable article text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Parse(tt.file, tt.data, "")
			if len(docs) != 0 {
				t.Errorf("got %d documents, want none", len(docs))
			}
			if !errors.Is(err, tt.wantKind) {
				t.Fatalf("error %v does not wrap %v", err, tt.wantKind)
			}
			var p Problem
			if !errors.As(err, &p) || p.InputName != tt.file {
				t.Errorf("error %v is not a Problem for %q", err, tt.file)
			}
			if !strings.HasPrefix(err.Error(), tt.wantReason) {
				t.Errorf("error = %q, want it to start with %q", err, tt.wantReason)
			}
			if !strings.Contains(err.Error(), " — ") {
				t.Errorf("error %q does not say what to do", err)
			}
		})
	}
}

func TestParseSeedArticle(t *testing.T) {
	seedPath := shared.ReferenceArticle()
	data := shared.Read(t, seedPath)
	docs, err := Parse(seedPath, data, "")
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if len(docs) != 1 {
		t.Fatalf("got %d documents, want 1", len(docs))
	}
	d := docs[0]
	if d.Publisher != "The Washington Times" || d.Published != "2019-04-24" {
		t.Errorf("publisher %q published %q, want The Washington Times 2019-04-24", d.Publisher, d.Published)
	}
	for _, gone := range []string{"Comment Policy", "Click to", "Click here", "Copyright", "©", "Spot.im", "third-party provider", "reprint"} {
		if strings.Contains(d.Body, gone) {
			t.Errorf("body still has %q", gone)
		}
	}
	// The last real paragraph of the source is the last paragraph before
	// its copyright line; it must end the body, whole.
	source := strings.ReplaceAll(string(data), "\r\n", "\n")
	cut := strings.Index(source, "\nCopyright ©")
	if cut < 0 {
		t.Fatal("the reference article no longer has its copyright line; this test needs updating")
	}
	before := strings.Split(strings.TrimSpace(source[:cut]), "\n\n")
	lastReal := strings.TrimSpace(before[len(before)-1])
	if !strings.HasSuffix(d.Body, lastReal) {
		t.Errorf("body does not end with the source's last real paragraph")
	}
	if strings.HasPrefix(d.Body, "-") || strings.Contains(d.Body, "Wednesday, April 24, 2019") {
		t.Errorf("header line left in the body")
	}
	if got, want := strings.Count(d.Body, "\n\n")+1, len(before)-1; got != want {
		t.Errorf("got %d paragraphs, want %d (all but the header)", got, want)
	}
}

func BenchmarkParseText(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("- The Daily Example - Friday, March 1, 2024\n\n")
	for range 20 {
		sb.WriteString(para1 + " " + para2 + "\n\n")
	}
	sb.WriteString("Copyright © 2024 The Daily Example. All rights reserved.\n\nClick to Read More\n")
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("bench.txt", data, ""); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseHTML(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "nav-footer-ads.html"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("bench.html", data, ""); err != nil {
			b.Fatal(err)
		}
	}
}
