package web_test

import (
	"bytes"
	"net/http"
	"slices"
	"strings"
	"testing"

	"actorgraph/graph"
	"actorgraph/web"
)

// An export of one server imports into another's empty store: the same
// quads, and a second import adds nothing. A body that is no export is a
// 400 that says what to send.
func TestImportRoundTrip(t *testing.T) {
	src, _ := newHandler(t, "memory", web.Config{})
	exported := do(t, src, "GET", "/api/v1/export?format=nquads", nil).Body.String()
	dst, s := newHandler(t, "memory", web.Config{})
	// the destination starts with its own fixtures: take them out so that
	// the copy is compared with nothing else
	for _, id := range articleIDs(t, dst) {
		if rec := do(t, dst, "DELETE", "/api/v1/articles/"+id, nil); rec.Code != 204 {
			t.Fatalf("DELETE %s: %d", id, rec.Code)
		}
	}
	rec := do(t, dst, "POST", "/api/v1/import", strings.NewReader(exported), "Content-Type", "application/n-quads")
	if rec.Code != 200 {
		t.Fatalf("POST /import: %d %s", rec.Code, rec.Body)
	}
	res := decode[graph.ImportResult](t, rec)
	if res.Quads == 0 || res.Added != res.Quads {
		t.Errorf("first import: %+v, want every quad added", res)
	}
	var after bytes.Buffer
	if err := s.Export(t.Context(), &after, "nquads", graph.ExportScope{}); err != nil {
		t.Fatal(err)
	}
	if got, want := sortedLines(after.String()), sortedLines(exported); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("the copy's export differs from the original's: %d lines, want %d", len(got), len(want))
	}
	again := decode[graph.ImportResult](t, do(t, dst, "POST", "/api/v1/import", strings.NewReader(exported), "Content-Type", "application/n-quads"))
	if again.Added != 0 {
		t.Errorf("second import added %d quads, want none", again.Added)
	}
	checkError(t, do(t, dst, "POST", "/api/v1/import", strings.NewReader(exported), "Content-Type", "text/plain"), 400, "invalid_argument", "application/n-quads")
	checkError(t, do(t, dst, "POST", "/api/v1/import", strings.NewReader("<a> <b> <c> .\n"), "Content-Type", "application/n-quads"), 400, "invalid_argument", "label")
}

func articleIDs(t *testing.T, h interface {
	ServeHTTP(w http.ResponseWriter, r *http.Request)
}) []string {
	t.Helper()
	var ids []string
	for _, a := range decode[web.ArticleList](t, do(t, h, "GET", "/api/v1/articles?limit=200", nil)).Articles {
		ids = append(ids, a.ID)
	}
	return ids
}

func sortedLines(s string) []string {
	out := strings.Split(strings.TrimSpace(s), "\n")
	slices.Sort(out)
	return out
}
