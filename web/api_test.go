package web_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"actorgraph/graph"
	"actorgraph/web"
)

// errorAnswer is the only shape an error answer may have.
type errorAnswer struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func do(t testing.TB, h http.Handler, method, target string, body io.Reader, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, body)
	for i := 0; i+1 < len(header); i += 2 {
		if header[i] == "Host" {
			req.Host = header[i+1] // net/http reads the Host from here, not the header map
			continue
		}
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// checkError asserts that an answer is a JSON error of the given status
// and code whose message names every one of mentions.
func checkError(t *testing.T, rec *httptest.ResponseRecorder, status int, code string, mentions ...string) {
	t.Helper()
	if rec.Code != status {
		t.Fatalf("status = %d, want %d; body %s", rec.Code, status, rec.Body)
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type = %q, want application/json", ct)
	}
	dec := json.NewDecoder(bytes.NewReader(rec.Body.Bytes()))
	dec.DisallowUnknownFields()
	var got errorAnswer
	if err := dec.Decode(&got); err != nil {
		t.Fatalf("error answer %s is not {\"error\":{\"code\",\"message\"}}: %v", rec.Body, err)
	}
	if got.Error.Code != code {
		t.Errorf("code = %q, want %q (message %q)", got.Error.Code, code, got.Error.Message)
	}
	if got.Error.Message == "" {
		t.Errorf("empty error message")
	}
	for _, m := range mentions {
		if !strings.Contains(got.Error.Message, m) {
			t.Errorf("message %q does not mention %q", got.Error.Message, m)
		}
	}
}

func decode[T any](t *testing.T, rec *httptest.ResponseRecorder) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
		t.Fatalf("decode %T from %s: %v", v, rec.Body, err)
	}
	return v
}

func names(es []graph.Entity) []string {
	var ns []string
	for _, e := range es {
		ns = append(ns, e.Name)
	}
	slices.Sort(ns)
	return ns
}

const unknownID = "6ba7b810-9dad-11d1-80b4-00c04fd430c8"

func TestRoutes(t *testing.T) {
	for _, backend := range []string{"memory", "disk"} {
		t.Run(backend, func(t *testing.T) {
			h, _ := newHandler(t, backend, web.Config{})
			fx := newsFixtures(t)
			summit, forum := fx[0], fx[1]
			tests := []struct {
				name, method, target string
				status               int
				code                 string   // error code, for an error answer
				mentions             []string // what the error message must name
				check                func(t *testing.T, rec *httptest.ResponseRecorder)
			}{
				{name: "search by name", method: "GET", target: "/api/v1/entities?q=putin", status: 200,
					check: func(t *testing.T, rec *httptest.ResponseRecorder) {
						got := decode[web.EntityList](t, rec)
						if !slices.Contains(names(got.Entities), "Vladimir Putin") || got.Total < 1 || got.Limit != 20 || got.Offset != 0 {
							t.Errorf("got %+v, want Vladimir Putin among the entities, limit 20, offset 0", got)
						}
					}},
				{name: "search by type", method: "GET", target: "/api/v1/entities?type=country&limit=50", status: 200,
					check: func(t *testing.T, rec *httptest.ResponseRecorder) {
						got := decode[web.EntityList](t, rec)
						want := []string{"China", "North Korea", "Russia"}
						if diff := cmp.Diff(want, names(got.Entities)); diff != "" || got.Total != 3 || got.Limit != 50 {
							t.Errorf("countries (-want +got):\n%s\ntotal %d limit %d", diff, got.Total, got.Limit)
						}
					}},
				{name: "search paged", method: "GET", target: "/api/v1/entities?type=Country&limit=2&offset=2", status: 200,
					check: func(t *testing.T, rec *httptest.ResponseRecorder) {
						got := decode[web.EntityList](t, rec)
						if len(got.Entities) != 1 || got.Total != 3 || got.Offset != 2 {
							t.Errorf("got %d entities of %d at offset %d, want 1 of 3 at 2", len(got.Entities), got.Total, got.Offset)
						}
					}},
				{name: "search finds nothing", method: "GET", target: "/api/v1/entities?q=zzzz-no-such-actor", status: 200,
					check: func(t *testing.T, rec *httptest.ResponseRecorder) {
						if !strings.Contains(rec.Body.String(), `"entities":[]`) {
							t.Errorf("body %s, want an empty entities array rather than null", rec.Body)
						}
					}},
				{name: "events timeline", method: "GET", target: "/api/v1/events?limit=50", status: 200,
					check: func(t *testing.T, rec *httptest.ResponseRecorder) {
						got := decode[web.EventList](t, rec)
						if got.Total < 3 || len(got.Events) != got.Total || got.Limit != 50 {
							t.Fatalf("got %d of %d events (limit %d), want all the fixtures' events", len(got.Events), got.Total, got.Limit)
						}
						for i := 1; i < len(got.Events); i++ {
							if a, b := got.Events[i-1].Date, got.Events[i].Date; b != "" && a < b {
								t.Errorf("events not newest first: %s before %s", a, b)
							}
						}
					}},
				{name: "events by type, country and date", method: "GET", target: "/api/v1/events?type=visit&country=rus&from=2019-04&to=2019-04-30", status: 200,
					check: func(t *testing.T, rec *httptest.ResponseRecorder) {
						got := decode[web.EventList](t, rec)
						if len(got.Events) != 1 || got.Events[0].Type != "visit" || got.Events[0].DatePrecision != "day" || got.Events[0].Location == nil ||
							got.Events[0].Location.Name != "Vladivostok" {
							t.Errorf("got %+v, want Kim's visit to Vladivostok", got.Events)
						}
					}},
				{name: "events by CAMEO root", method: "GET", target: "/api/v1/events?cameo=10", status: 200,
					check: func(t *testing.T, rec *httptest.ResponseRecorder) {
						got := decode[web.EventList](t, rec)
						if len(got.Events) != 1 || got.Events[0].Type != "resolution" {
							t.Errorf("got %+v, want the resolution (100)", got.Events)
						}
					}},
				{name: "event detail", method: "GET", target: "/api/v1/events/" + summit.Events[0].ID, status: 200,
					check: func(t *testing.T, rec *httptest.ResponseRecorder) {
						got := decode[graph.EventView](t, rec)
						if got.Type != "summit" || got.CAMEO == "" || got.ArticleCount != 1 || len(got.Provenance) != 1 ||
							got.Provenance[0].Article != summit.Article.ID || got.Provenance[0].Evidence.Text == "" || len(got.Participants) != 2 {
							t.Errorf("got %+v, want the summit with its sentence from one article and two parties", got)
						}
					}},
				{name: "unknown event", method: "GET", target: "/api/v1/events/6ba7b810-9dad-11d1-80b4-00c04fd430c8", status: 404, code: "not_found",
					mentions: []string{"event", "GET /api/v1/events"}},
				{name: "relations of an entity, by predicate", method: "GET", target: "/api/v1/entities/" + summit.Entities[0].ID + "/relations?predicate=leaderOf&at=2019-04-25", status: 200,
					check: func(t *testing.T, rec *httptest.ResponseRecorder) {
						got := decode[web.RelationList](t, rec)
						if got.Entity.Name != "Vladimir Putin" || len(got.Relations) != 1 || got.Relations[0].Object.Name != "Russia" || got.Relations[0].Predicate != "leaderOf" {
							t.Errorf("got %+v, want Putin leaderOf Russia", got)
						}
					}},
				{name: "relations bad predicate", method: "GET", target: "/api/v1/entities/" + summit.Entities[0].ID + "/relations?predicate=ruled", status: 400, code: "invalid_argument", mentions: []string{"predicate", "leaderOf"}},
				{name: "relations at and since", method: "GET", target: "/api/v1/entities/" + summit.Entities[0].ID + "/relations?at=2019&since=2018", status: 400, code: "invalid_argument", mentions: []string{"at", "since"}},
				{name: "paths between two entities", method: "GET", target: "/api/v1/paths?from=" + summit.Entities[0].ID + "&to=" + summit.Entities[2].ID, status: 200,
					check: func(t *testing.T, rec *httptest.ResponseRecorder) {
						got := decode[web.PathList](t, rec)
						if len(got.Paths) == 0 || got.Paths[0].Nodes[0].Name != "Vladimir Putin" || got.Paths[0].Nodes[len(got.Paths[0].Nodes)-1].Name != "Kim Jong-un" ||
							len(got.Paths[0].Edges) != len(got.Paths[0].Nodes)-1 || len(got.Paths[0].Edges[0].Provenance) == 0 {
							t.Errorf("got %+v, want a path from Putin to Kim with evidence", got)
						}
					}},
				{name: "paths bad from", method: "GET", target: "/api/v1/paths?from=putin&to=" + summit.Entities[2].ID, status: 400, code: "invalid_argument", mentions: []string{"from", "UUID"}},
				{name: "paths too long", method: "GET", target: "/api/v1/paths?from=" + summit.Entities[0].ID + "&to=" + summit.Entities[2].ID + "&max=9", status: 400, code: "invalid_argument", mentions: []string{"max"}},
				{name: "paths unknown entity", method: "GET", target: "/api/v1/paths?from=" + summit.Entities[0].ID + "&to=6ba7b810-9dad-11d1-80b4-00c04fd430c8", status: 404, code: "not_found"},
				{name: "events bad date", method: "GET", target: "/api/v1/events?from=2019-13", status: 400, code: "invalid_argument", mentions: []string{"from", "YYYY-MM"}},
				{name: "events bad cameo", method: "GET", target: "/api/v1/events?cameo=x19", status: 400, code: "invalid_argument", mentions: []string{"cameo"}},
				{name: "events bad country", method: "GET", target: "/api/v1/events?country=Russia", status: 400, code: "invalid_argument", mentions: []string{"country", "alpha-3"}},
				{name: "events bad type", method: "GET", target: "/api/v1/events?type=picnic", status: 400, code: "invalid_argument", mentions: []string{"type", "picnic"}},
				{name: "events bad entity", method: "GET", target: "/api/v1/events?entity=putin", status: 400, code: "invalid_argument", mentions: []string{"entity", "UUID"}},
				{name: "bad type", method: "GET", target: "/api/v1/entities?type=Planet", status: 400, code: "invalid_argument",
					mentions: []string{"type", "Person, Country, City, Region, Place, Organization", "Planet"}},
				{name: "limit zero", method: "GET", target: "/api/v1/entities?limit=0", status: 400, code: "invalid_argument", mentions: []string{"limit", "1 to 200"}},
				{name: "limit too big", method: "GET", target: "/api/v1/entities?limit=201", status: 400, code: "invalid_argument", mentions: []string{"limit"}},
				{name: "limit not a number", method: "GET", target: "/api/v1/entities?limit=ten", status: 400, code: "invalid_argument", mentions: []string{"limit", `"ten"`}},
				{name: "negative offset", method: "GET", target: "/api/v1/entities?offset=-1", status: 400, code: "invalid_argument", mentions: []string{"offset"}},

				{name: "entity", method: "GET", target: "/api/v1/entities/" + putinID, status: 200,
					check: func(t *testing.T, rec *httptest.ResponseRecorder) {
						got := decode[graph.EntityDetail](t, rec)
						if got.ID != putinID || got.Name != "Vladimir Putin" || got.Type != graph.Person || got.Wikidata != "Q7747" {
							t.Errorf("got %s %q %s %s, want Vladimir Putin", got.ID, got.Name, got.Type, got.Wikidata)
						}
						var leader *graph.Fact
						for i, f := range got.Facts {
							if f.Predicate == graph.RelLeaderOf && f.Object.ID == russiaID {
								leader = &got.Facts[i]
							}
						}
						if leader == nil || leader.ArticleCount != 2 || len(leader.Provenance) != 2 {
							t.Errorf("leaderOf Russia = %+v, want a fact stated by 2 sources", leader)
						}
						if len(got.Articles) != 2 {
							t.Errorf("mentioned in %d articles, want 2", len(got.Articles))
						}
					}},
				{name: "entity id in upper case", method: "GET", target: "/api/v1/entities/" + strings.ToUpper(putinID), status: 200},
				{name: "unknown entity", method: "GET", target: "/api/v1/entities/" + unknownID, status: 404, code: "not_found", mentions: []string{unknownID, "/api/v1/entities?q="}},
				{name: "entity id not a uuid", method: "GET", target: "/api/v1/entities/putin", status: 400, code: "invalid_argument", mentions: []string{"id", "UUID", `"putin"`}},
				{name: "entity id in braces", method: "GET", target: "/api/v1/entities/%7B" + putinID + "%7D", status: 400, code: "invalid_argument", mentions: []string{"UUID"}},

				{name: "neighbours", method: "GET", target: "/api/v1/entities/" + putinID + "/neighbors", status: 200,
					check: func(t *testing.T, rec *httptest.ResponseRecorder) {
						got := decode[graph.Subgraph](t, rec)
						ids := map[string]bool{}
						for _, n := range got.Nodes {
							ids[n.ID] = true
						}
						for _, want := range []string{putinID, russiaID} {
							if !ids[want] {
								t.Errorf("neighbourhood of Putin lacks node %s; nodes %+v", want, got.Nodes)
							}
						}
						if len(got.Edges) == 0 {
							t.Fatalf("neighbourhood of Putin has no edges")
						}
						for _, e := range got.Edges {
							if !ids[e.From] || !ids[e.To] {
								t.Errorf("edge %s %s→%s has an end outside the subgraph", e.Predicate, e.From, e.To)
							}
						}
					}},
				{name: "neighbours depth 3", method: "GET", target: "/api/v1/entities/" + putinID + "/neighbors?depth=3&limit=1000", status: 200},
				{name: "neighbours depth 4", method: "GET", target: "/api/v1/entities/" + putinID + "/neighbors?depth=4", status: 400, code: "invalid_argument", mentions: []string{"depth", "1 to 3"}},
				{name: "neighbours depth 0", method: "GET", target: "/api/v1/entities/" + putinID + "/neighbors?depth=0", status: 400, code: "invalid_argument", mentions: []string{"depth"}},
				{name: "neighbours limit", method: "GET", target: "/api/v1/entities/" + putinID + "/neighbors?limit=-5", status: 400, code: "invalid_argument", mentions: []string{"limit"}},
				{name: "neighbours of unknown", method: "GET", target: "/api/v1/entities/" + unknownID + "/neighbors", status: 404, code: "not_found"},
				{name: "neighbours bad id", method: "GET", target: "/api/v1/entities/42/neighbors", status: 400, code: "invalid_argument", mentions: []string{"id"}},

				{name: "articles", method: "GET", target: "/api/v1/articles", status: 200,
					check: func(t *testing.T, rec *httptest.ResponseRecorder) {
						got := decode[web.ArticleList](t, rec)
						var titles []string
						for _, a := range got.Articles {
							titles = append(titles, a.Title)
						}
						slices.Sort(titles)
						want := []string{summit.Article.Title, forum.Article.Title}
						if diff := cmp.Diff(want, titles); diff != "" || got.Total != 2 {
							t.Errorf("titles (-want +got):\n%s\ntotal %d", diff, got.Total)
						}
					}},
				{name: "articles paged", method: "GET", target: "/api/v1/articles?limit=1&offset=1", status: 200,
					check: func(t *testing.T, rec *httptest.ResponseRecorder) {
						got := decode[web.ArticleList](t, rec)
						if len(got.Articles) != 1 || got.Total != 2 || got.Limit != 1 || got.Offset != 1 {
							t.Errorf("got %+v, want 1 of 2 articles at offset 1", got)
						}
					}},
				{name: "articles bad limit", method: "GET", target: "/api/v1/articles?limit=1000", status: 400, code: "invalid_argument", mentions: []string{"limit"}},
				{name: "article", method: "GET", target: "/api/v1/articles/" + summit.Article.ID, status: 200,
					check: func(t *testing.T, rec *httptest.ResponseRecorder) {
						got := decode[graph.Extraction](t, rec)
						if diff := cmp.Diff(summit.Article, got.Article); diff != "" {
							t.Errorf("article (-want +got):\n%s", diff)
						}
						if got.Body != summit.Body || len(got.Entities) != len(summit.Entities) || len(got.Relations) != len(summit.Relations) || len(got.Events) != len(summit.Events) {
							t.Errorf("stored extraction has %d entities, %d relations, %d events; want %d, %d, %d and the same body",
								len(got.Entities), len(got.Relations), len(got.Events), len(summit.Entities), len(summit.Relations), len(summit.Events))
						}
					}},
				{name: "unknown article", method: "GET", target: "/api/v1/articles/" + unknownID, status: 404, code: "not_found", mentions: []string{unknownID, "/api/v1/articles"}},
				{name: "article bad id", method: "GET", target: "/api/v1/articles/latest", status: 400, code: "invalid_argument", mentions: []string{"id"}},
				{name: "delete unknown article", method: "DELETE", target: "/api/v1/articles/" + unknownID, status: 404, code: "not_found"},
				{name: "delete bad id", method: "DELETE", target: "/api/v1/articles/x", status: 400, code: "invalid_argument", mentions: []string{"id"}},

				{name: "export all", method: "GET", target: "/api/v1/export?format=nquads", status: 200,
					check: func(t *testing.T, rec *httptest.ResponseRecorder) {
						if ct := rec.Header().Get("Content-Type"); ct != "application/n-quads" {
							t.Errorf("Content-Type = %q, want application/n-quads", ct)
						}
						body := rec.Body.String()
						for _, x := range fx {
							if !strings.Contains(body, "<"+string(graph.ArticleLabel(x.Article.ID))+"> .\n") {
								t.Errorf("export lacks quads labelled with %q", x.Article.Title)
							}
						}
					}},
				{name: "export one article", method: "GET", target: "/api/v1/export?article=" + forum.Article.ID, status: 200,
					check: func(t *testing.T, rec *httptest.ResponseRecorder) {
						lines := strings.Split(strings.TrimSpace(rec.Body.String()), "\n")
						label := "<" + string(graph.ArticleLabel(forum.Article.ID)) + "> ."
						for _, l := range lines {
							if !strings.HasSuffix(l, label) {
								t.Fatalf("export of one article holds %q, not labelled with it", l)
							}
						}
						if want := len(graph.Quads(forum)); len(lines) != want {
							t.Errorf("exported %d quads, want %d", len(lines), want)
						}
					}},
				{name: "export graphml", method: "GET", target: "/api/v1/export?format=graphml&article=" + summit.Article.ID, status: 200,
					check: func(t *testing.T, rec *httptest.ResponseRecorder) {
						if ct := rec.Header().Get("Content-Type"); ct != "application/graphml+xml" {
							t.Errorf("Content-Type = %q, want application/graphml+xml", ct)
						}
						if cd := rec.Header().Get("Content-Disposition"); !strings.Contains(cd, "actorgraph.graphml") {
							t.Errorf("Content-Disposition = %q, want a .graphml file name", cd)
						}
						if !strings.Contains(rec.Body.String(), "<graphml") || !strings.Contains(rec.Body.String(), "Vladimir Putin") {
							t.Errorf("graphml export %.300s lacks the graph", rec.Body)
						}
					}},
				{name: "export csv", method: "GET", target: "/api/v1/export?format=csv&article=" + summit.Article.ID, status: 200,
					check: func(t *testing.T, rec *httptest.ResponseRecorder) {
						if ct := rec.Header().Get("Content-Type"); ct != "application/zip" {
							t.Errorf("Content-Type = %q, want application/zip", ct)
						}
						zr, err := zip.NewReader(bytes.NewReader(rec.Body.Bytes()), int64(rec.Body.Len()))
						if err != nil {
							t.Fatalf("csv export is not a zip: %v", err)
						}
						var names []string
						for _, f := range zr.File {
							names = append(names, f.Name)
						}
						if strings.Join(names, " ") != "nodes.csv edges.csv" {
							t.Errorf("zip holds %v, want nodes.csv and edges.csv", names)
						}
					}},
				{name: "export cypher", method: "GET", target: "/api/v1/export?format=cypher&article=" + summit.Article.ID, status: 200,
					check: func(t *testing.T, rec *httptest.ResponseRecorder) {
						if !strings.Contains(rec.Body.String(), "MERGE") || !strings.Contains(rec.Body.String(), "Vladimir Putin") {
							t.Errorf("cypher export %.300s lacks the graph", rec.Body)
						}
					}},
				{name: "export jsonld", method: "GET", target: "/api/v1/export?format=jsonld&article=" + summit.Article.ID, status: 200,
					check: func(t *testing.T, rec *httptest.ResponseRecorder) {
						if ct := rec.Header().Get("Content-Type"); ct != "application/ld+json" {
							t.Errorf("Content-Type = %q, want application/ld+json", ct)
						}
						var doc any
						if err := json.Unmarshal(rec.Body.Bytes(), &doc); err != nil || !strings.Contains(rec.Body.String(), "Vladimir Putin") {
							t.Errorf("jsonld export %.300s is not JSON with the graph: %v", rec.Body, err)
						}
					}},
				{name: "export a neighbourhood", method: "GET", target: "/api/v1/export?format=graphml&depth=2&entity=" + summit.Entities[0].ID, status: 200,
					check: func(t *testing.T, rec *httptest.ResponseRecorder) {
						if !strings.Contains(rec.Body.String(), "<graphml") || !strings.Contains(rec.Body.String(), summit.Entities[0].Name) {
							t.Errorf("graphml export of a neighbourhood %.300s lacks its entity", rec.Body)
						}
					}},
				{name: "export a period of a source", method: "GET", target: "/api/v1/export?format=events&source=" + url.QueryEscape(summit.Article.Publisher) + "&from=" + summit.Article.Published[:10] + "&to=" + summit.Article.Published[:10], status: 200,
					check: func(t *testing.T, rec *httptest.ResponseRecorder) {
						if lines := strings.Count(rec.Body.String(), "\n"); lines < 2 {
							t.Errorf("events of the summit's source and day: %d lines, want the header and its events", lines)
						}
					}},
				{name: "export bad day", method: "GET", target: "/api/v1/export?from=yesterday", status: 400, code: "invalid_argument", mentions: []string{"from", "YYYY-MM-DD"}},
				{name: "export too deep", method: "GET", target: "/api/v1/export?depth=9&entity=" + summit.Entities[0].ID, status: 400, code: "invalid_argument", mentions: []string{"depth"}},
				{name: "export unknown source", method: "GET", target: "/api/v1/export?format=graphml&source=Daily+Nothing", status: 404, code: "not_found", mentions: []string{"source", "Daily Nothing"}},
				{name: "export unknown entity", method: "GET", target: "/api/v1/export?format=jsonld&entity=6ba7b810-9dad-11d1-80b4-00c04fd430c8", status: 404, code: "not_found", mentions: []string{"entity"}},
				{name: "export bad format", method: "GET", target: "/api/v1/export?format=xml", status: 400, code: "invalid_argument", mentions: []string{"format", "nquads", `"xml"`}},
				{name: "export bad article", method: "GET", target: "/api/v1/export?article=x", status: 400, code: "invalid_argument", mentions: []string{"article"}},
				{name: "export unknown article", method: "GET", target: "/api/v1/export?article=" + unknownID, status: 404, code: "not_found"},

				{name: "stats", method: "GET", target: "/api/v1/stats", status: 200,
					check: func(t *testing.T, rec *httptest.ResponseRecorder) {
						got := decode[graph.Stats](t, rec)
						if got.Articles != 2 || got.Entities < 11 || got.Events != 6 || got.Quads == 0 {
							t.Errorf("stats %+v, want 2 articles, at least 11 entities, 6 events and some quads", got)
						}
					}},
				{name: "health", method: "GET", target: "/healthz", status: 200,
					check: func(t *testing.T, rec *httptest.ResponseRecorder) {
						if diff := cmp.Diff(map[string]string{"status": "ok"}, decode[map[string]string](t, rec)); diff != "" {
							t.Errorf("health (-want +got):\n%s", diff)
						}
					}},
				{name: "health under api", method: "GET", target: "/api/v1/healthz", status: 200},

				{name: "unknown api route", method: "GET", target: "/api/v1/leaders", status: 404, code: "not_found", mentions: []string{"/api/v1/leaders"}},
				{name: "unknown api version", method: "GET", target: "/api/v2/entities", status: 404, code: "not_found"},
				{name: "trailing slash", method: "GET", target: "/api/v1/entities/", status: 404, code: "not_found"},
				{name: "wrong method", method: "PUT", target: "/api/v1/stats", status: 405, code: "method_not_allowed", mentions: []string{"PUT"}},
				{name: "unknown page", method: "GET", target: "/admin", status: 404, code: "not_found"},

				{name: "viewer", method: "GET", target: "/", status: 200,
					check: func(t *testing.T, rec *httptest.ResponseRecorder) {
						if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
							t.Errorf("Content-Type = %q, want text/html", ct)
						}
						for _, want := range []string{`id="search"`, `/assets/app.js`, `id="cy"`} {
							if !strings.Contains(rec.Body.String(), want) {
								t.Errorf("viewer page lacks %s", want)
							}
						}
					}},
				{name: "viewer script", method: "GET", target: "/assets/app.js", status: 200,
					check: func(t *testing.T, rec *httptest.ResponseRecorder) {
						if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/javascript") {
							t.Errorf("Content-Type = %q, want text/javascript", ct)
						}
						if rec.Header().Get("ETag") == "" {
							t.Errorf("no ETag on a viewer asset")
						}
					}},
				{name: "viewer missing asset", method: "GET", target: "/assets/nope.js", status: 404, code: "not_found"},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					rec := do(t, h, tt.method, tt.target, nil)
					if tt.code != "" {
						checkError(t, rec, tt.status, tt.code, tt.mentions...)
						return
					}
					if rec.Code != tt.status {
						t.Fatalf("status = %d, want %d; body %.500s", rec.Code, tt.status, rec.Body)
					}
					if tt.check != nil {
						tt.check(t, rec)
					}
				})
			}
		})
	}
}

func TestAssetRevalidation(t *testing.T) {
	h, _ := newHandler(t, "memory", web.Config{})
	first := do(t, h, "GET", "/assets/app.css", nil)
	etag := first.Header().Get("ETag")
	got := do(t, h, "GET", "/assets/app.css", nil, "If-None-Match", etag)
	if got.Code != http.StatusNotModified {
		t.Errorf("status with a matching ETag = %d, want 304", got.Code)
	}
}

func TestDeleteArticle(t *testing.T) {
	h, _ := newHandler(t, "memory", web.Config{})
	forum := newsFixtures(t)[1]
	path := "/api/v1/articles/" + forum.Article.ID

	if rec := do(t, h, "DELETE", path, nil); rec.Code != http.StatusNoContent || rec.Body.Len() != 0 {
		t.Fatalf("DELETE = %d %q, want 204 and no body", rec.Code, rec.Body)
	}
	checkError(t, do(t, h, "GET", path, nil), 404, "not_found")
	checkError(t, do(t, h, "DELETE", path, nil), 404, "not_found")
	st := decode[graph.Stats](t, do(t, h, "GET", "/api/v1/stats", nil))
	if st.Articles != 1 {
		t.Errorf("articles after delete = %d, want 1", st.Articles)
	}
	// Xi Jinping was only in the deleted article.
	list := decode[web.EntityList](t, do(t, h, "GET", "/api/v1/entities?q=Xi+Jinping", nil))
	if slices.Contains(names(list.Entities), "Xi Jinping") {
		t.Errorf("Xi Jinping still found after his only article was deleted")
	}
}

// TestStoreFailure closes the on-disk store under the handler: the client
// gets a generic 500 and the detail goes to the log, not to the client.
func TestStoreFailure(t *testing.T) {
	var logged bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logged, nil))
	h, s := newHandler(t, "disk", web.Config{Log: log})
	summit := newsFixtures(t)[0]
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for _, target := range []string{"/api/v1/stats", "/healthz", "/api/v1/articles/" + summit.Article.ID} {
		t.Run(target, func(t *testing.T) {
			logged.Reset()
			rec := do(t, h, "GET", target, nil)
			checkError(t, rec, 500, "internal", "try again")
			if !strings.Contains(logged.String(), "level=ERROR") || !strings.Contains(logged.String(), target) {
				t.Errorf("log %q lacks the failure of %s", logged.String(), target)
			}
		})
	}
}

func TestContextPassedDown(t *testing.T) {
	h, _ := newHandler(t, "memory", web.Config{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	req := httptest.NewRequest("GET", "/api/v1/entities/"+putinID+"/neighbors?depth=3", nil).WithContext(ctx)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code == http.StatusOK {
		t.Errorf("a request whose context is cancelled was answered 200; the context is not reaching the store")
	}
}

// The seed knowledge is stored under its own label but is no article: a
// DELETE of it is refused with 403 and the store keeps it.
func TestDeleteSeedKnowledgeRefused(t *testing.T) {
	h, s := newHandler(t, "memory", web.Config{})
	knowledge := graph.Extraction{
		InputName: graph.KnowledgeSource,
		Article:   graph.Article{ID: graph.KnowledgeID(), Title: "seed knowledge"},
		Entities:  []graph.Entity{{ID: graph.EntityID(graph.EntityKey{Type: graph.Country, Name: "Norland"}), Type: graph.Country, Name: "Norland"}},
	}
	if _, err := s.Write(context.Background(), knowledge); err != nil {
		t.Fatal(err)
	}
	before := decode[graph.Stats](t, do(t, h, "GET", "/api/v1/stats", nil))
	rec := do(t, h, "DELETE", "/api/v1/articles/"+graph.KnowledgeID(), nil)
	checkError(t, rec, 403, "protected")
	if !strings.Contains(rec.Body.String(), "seeds --reload") {
		t.Errorf("the refusal should say how to rebuild the seed knowledge: %s", rec.Body)
	}
	after := decode[graph.Stats](t, do(t, h, "GET", "/api/v1/stats", nil))
	if diff := cmp.Diff(before, after); diff != "" {
		t.Errorf("stats changed by a refused DELETE (-before +after):\n%s", diff)
	}
}

// Exporting an article that does not exist is a 404 JSON answer in every
// format, not a cut connection.
func TestExportUnknownArticle(t *testing.T) {
	h, _ := newHandler(t, "memory", web.Config{})
	for _, format := range []string{"nquads", "jsonld", "graphml", "events", "csv", "cypher"} {
		t.Run(format, func(t *testing.T) {
			checkError(t, do(t, h, "GET", "/api/v1/export?format="+format+"&article=6ba7b810-9dad-11d1-80b4-00c04fd430c8", nil), 404, "not_found")
		})
	}
}
