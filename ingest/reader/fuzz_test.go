package reader

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"actorgraph/graph"
)

var isoDayPattern = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

func FuzzParse(f *testing.F) {
	page, err := os.ReadFile(filepath.Join("testdata", "related-and-time.html"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add("a.txt", []byte("- The Daily Example - Friday, March 1, 2024\n\n"+para1), "")
	f.Add("a.txt", []byte("Fisheries talks open\n\n"+para1+"\n\nCopyright © 2024 X"), "text/plain")
	f.Add("a.json", []byte(`[{"text":"`+para1+`","date":"March 1, 2024"},{"title":"x"}]`), "")
	f.Add("a.jsonl", []byte(`{"body":"`+para1+`"}`+"\n"+`{"text":`), "")
	f.Add("upload", []byte(`{"articles":[{"content":"<p>x</p>","source":{"name":"y"}}]}`), "application/json")
	f.Add("a.html", page, "")
	f.Add("upload", []byte("<html><meta charset=latin1><p>Caf\xe9</p>"), "text/html")
	f.Add("a.txt", []byte("\x00\x01"), "")
	f.Fuzz(func(t *testing.T, name string, data []byte, contentType string) {
		docs, err := Parse(name, data, contentType)
		for _, d := range docs {
			if d.InputName != name && !strings.HasPrefix(d.InputName, name+"#") {
				t.Errorf("source %q not from %q", d.InputName, name)
			}
			if d.Body == "" || !utf8.ValidString(d.Body) || strings.Contains(d.Body, "\r") || strings.Contains(d.Body, "\n\n\n") {
				t.Errorf("body not clean: %q", d.Body)
			}
			if d.Body != strings.TrimSpace(d.Body) {
				t.Errorf("body not trimmed: %q", d.Body)
			}
			if d.Published != "" && !isoDayPattern.MatchString(d.Published) {
				t.Errorf("published %q is not YYYY-MM-DD", d.Published)
			}
		}
		for _, p := range problems(name, err) {
			if !errors.Is(p, graph.ErrInvalid) && !errors.Is(p, graph.ErrTooLarge) {
				t.Errorf("problem %q wraps neither ErrInvalid nor ErrTooLarge", p)
			}
			if !strings.Contains(p.Error(), " — ") {
				t.Errorf("problem %q does not say what to do", p)
			}
		}
	})
}

func FuzzClean(f *testing.F) {
	f.Add(para1 + "\n\nCopyright © 2019 X, LLC. Click here for reprint permission.\n\nX Comment Policy\n\nPlease read our comment policy.\n\n\nClick to Hide")
	f.Add("Related\n\nA headline\nAnother one\n\n" + para2)
	f.Add("Officials told readers to\nsubscribe to the newsletter.\r\n\r\nShare this:\nFacebook\n")
	f.Add("\ufeff(Photo: X)\n" + para1 + " (AP Photo/Y)\u00a0\u2029Advertisement")
	f.Add("Caf\xe9\x00\r\r\n")
	f.Fuzz(func(t *testing.T, body string) {
		got := Clean(body)
		if !utf8.ValidString(got) {
			t.Errorf("invalid UTF-8 out: %q", got)
		}
		if strings.Contains(got, "\r") || strings.Contains(got, "\n\n\n") || got != strings.TrimSpace(got) {
			t.Errorf("not normalised: %q", got)
		}
		for line := range strings.Lines(got) {
			if l := strings.TrimSuffix(line, "\n"); l != strings.TrimSpace(l) {
				t.Errorf("line not trimmed: %q", l)
			}
		}
		if again := Clean(got); again != got {
			t.Errorf("not idempotent:\nonce  %q\ntwice %q", got, again)
		}
	})
}

// FuzzIsoDay checks that a publication date, whatever the input, is a real
// day written YYYY-MM-DD or nothing, and that dateparse does not panic.
func FuzzIsoDay(f *testing.F) {
	for _, s := range []string{"2019-04-24T23:30:00-04:00", "Wed, 24 Apr 2019 10:00:00 GMT", "April 24, 2019",
		"24 April 2019", "Wednesday, 24-Apr-19 10:00:00 GMT", "Wed Apr 24 23:30:00 -0400 2019", "04/05/2019", "2019"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		day := isoDay(s)
		if day == "" {
			return
		}
		if !isoDayPattern.MatchString(day) {
			t.Fatalf("isoDay(%q) = %q, not YYYY-MM-DD", s, day)
		}
		if _, err := time.Parse(time.DateOnly, day); err != nil {
			t.Fatalf("isoDay(%q) = %q, no such day", s, day)
		}
	})
}
