package web_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"

	"actorgraph/web"
)

// FuzzQueryParameters sends arbitrary query parameters to the routes that
// parse them: every answer must be a success or a well-formed client error,
// never a 500 or a panic.
func FuzzQueryParameters(f *testing.F) {
	f.Add("putin", "Person", "20", "0", "1", "nquads")
	f.Add("", "country", "200", "3", "3", "graphml")
	f.Add("\x00", "Planet", "-1", "1e9", "9", "xml")
	f.Add("Kim Jong-un", "", "0x10", "99999999999999999999", "", "")
	h, _ := newHandler(f, "memory", web.Config{})
	f.Fuzz(func(t *testing.T, q, typ, limit, offset, depth, format string) {
		targets := []string{
			"/api/v1/entities?" + url.Values{"q": {q}, "type": {typ}, "limit": {limit}, "offset": {offset}}.Encode(),
			"/api/v1/entities/" + putinID + "/neighbors?" + url.Values{"depth": {depth}, "limit": {limit}}.Encode(),
			"/api/v1/articles?" + url.Values{"limit": {limit}, "offset": {offset}}.Encode(),
			"/api/v1/export?" + url.Values{"format": {format}}.Encode(),
		}
		for _, target := range targets {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
			switch {
			case rec.Code == http.StatusOK:
			case rec.Code == http.StatusBadRequest:
				dec := json.NewDecoder(bytes.NewReader(rec.Body.Bytes()))
				dec.DisallowUnknownFields()
				var e errorAnswer
				if err := dec.Decode(&e); err != nil || e.Error.Code != "invalid_argument" || e.Error.Message == "" {
					t.Errorf("GET %s: 400 with body %s, want an invalid_argument error", target, rec.Body)
				}
			default:
				t.Errorf("GET %s = %d %s, want 200 or 400", target, rec.Code, rec.Body)
			}
		}
	})
}
