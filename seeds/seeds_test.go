package seeds

import (
	"strings"
	"testing"
)

// TestArticles: the sample articles come back sorted by name, each with
// the reader's header line and a body.
func TestArticles(t *testing.T) {
	as, err := Articles()
	if err != nil {
		t.Fatal(err)
	}
	if len(as) < 3 {
		t.Fatalf("%d sample articles, want several", len(as))
	}
	for i, a := range as {
		if i > 0 && as[i-1].Name >= a.Name {
			t.Errorf("%s after %s: not sorted", a.Name, as[i-1].Name)
		}
		if !strings.HasSuffix(a.Name, ".txt") || strings.Contains(a.Name, "/") {
			t.Errorf("name %q: want a file name under articles/", a.Name)
		}
		if !strings.HasPrefix(string(a.Text), "- ") || len(a.Text) < 200 {
			t.Errorf("%s: want a header line and a body, got %.40q", a.Name, a.Text)
		}
	}
}
