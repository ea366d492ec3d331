package web_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/gin-gonic/gin"

	"actorgraph/web"
)

// Every route of the API is in the OpenAPI document it serves, with its
// method, and the document names no route that does not exist.
func TestOpenAPIHasEveryRoute(t *testing.T) {
	h, _ := newHandler(t, "memory", web.Config{Extractor: newPipeline(t)})
	rec := do(t, h, "GET", "/api/v1/openapi.json", nil)
	var doc struct {
		OpenAPI string                    `json:"openapi"`
		Paths   map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &doc); err != nil || rec.Code != 200 || !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("GET /api/v1/openapi.json: %d, %v, version %q", rec.Code, err, doc.OpenAPI)
	}
	routes := map[string]bool{}
	for _, r := range h.(*gin.Engine).Routes() {
		path, ok := strings.CutPrefix(r.Path, "/api/v1")
		if !ok {
			continue
		}
		parts := strings.Split(path, "/")
		for i, p := range parts {
			if strings.HasPrefix(p, ":") {
				parts[i] = "{" + p[1:] + "}" // Gin's :id is OpenAPI's {id}
			}
		}
		path = strings.Join(parts, "/")
		method := strings.ToLower(r.Method)
		routes[method+" "+path] = true
		if _, ok := doc.Paths[path][method]; !ok {
			t.Errorf("route %s %s is not in the OpenAPI document", r.Method, path)
		}
	}
	for path, ops := range doc.Paths {
		for method := range ops {
			if !routes[method+" "+path] {
				t.Errorf("the OpenAPI document names %s %s, which is no route", method, path)
			}
		}
	}
}
