package reader

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Field names accepted for each Document field, in order of preference,
// compared case-insensitively. They cover hand-written records, common
// scraper output and news APIs that nest the source as {"name": ...}.
var (
	textFields      = []string{"text", "body", "content"}
	titleFields     = []string{"title", "headline"}
	urlFields       = []string{"url", "link", "canonical_url"}
	publisherFields = []string{"publisher", "source", "site_name", "sitename"}
	dateFields      = []string{"published", "date", "published_at", "publishedat", "datepublished", "pubdate"}
	// a wrapper object such as a news API response keeps its records here
	listFields = []string{"articles", "items", "records", "results", "data"}
)

const fixJSON = "fix the JSON (a validator shows where), or save the article as plain text"

// jsonOrLines tells one JSON document from JSON Lines: the latter has more
// values after the first one. A file whose first value is broken counts as
// JSON Lines when several of its lines look like records, so that one bad
// line does not cost the others.
func jsonOrLines(data []byte) format {
	dec := json.NewDecoder(bytes.NewReader(data))
	var first json.RawMessage
	if err := dec.Decode(&first); err != nil {
		if objectLines(data) >= 2 {
			return formatJSONL
		}
		return formatJSON
	}
	if len(bytes.TrimSpace(data[dec.InputOffset():])) > 0 {
		return formatJSONL
	}
	return formatJSON
}

func objectLines(data []byte) int {
	n := 0
	for line := range bytes.Lines(data) {
		if bytes.HasPrefix(bytes.TrimSpace(line), []byte("{")) {
			n++
		}
	}
	return n
}

func parseJSON(name string, data []byte) ([]Document, error) {
	var v any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return nil, Problem{name, invalid(fixJSON, "is not valid JSON (%s)", jsonErrorWhere(data, err))}
	}
	switch v := v.(type) {
	case map[string]any:
		if list, ok := recordList(v); ok {
			return parseRecords(name, list)
		}
		d, err := recordDocument(name, v, "the record")
		if err != nil {
			return nil, Problem{name, err}
		}
		return []Document{d}, nil
	case []any:
		if len(v) == 0 {
			return nil, Problem{name, invalid("give at least one article record", "is an empty JSON array")}
		}
		return parseRecords(name, v)
	default:
		return nil, Problem{name, invalid("give an object with a \"text\" field, or an array of such objects",
			"holds a JSON %s, not an article object", jsonKind(v))}
	}
}

// recordList finds the array of records in a wrapper object that has no
// article text of its own.
func recordList(obj map[string]any) ([]any, bool) {
	fields := lowerKeys(obj)
	for _, k := range textFields {
		if _, ok := fields[k]; ok {
			return nil, false
		}
	}
	for _, k := range listFields {
		if list, ok := fields[k].([]any); ok && len(list) > 0 {
			if _, isObj := list[0].(map[string]any); isObj {
				return list, true
			}
		}
	}
	return nil, false
}

func parseRecords(name string, list []any) ([]Document, error) {
	var docs []Document
	var errs []error
	for i, item := range list {
		inputName := fmt.Sprintf("%s#%d", name, i+1)
		what := fmt.Sprintf("record %d", i+1)
		d, err := objectDocument(inputName, what, item, "make every array element an object with a \"text\" field")
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, d)
	}
	return docs, errors.Join(errs...)
}

// objectDocument reads one JSON record, which must be an object; fix says
// what to do when it is some other JSON value.
func objectDocument(inputName, what string, v any, fix string) (Document, error) {
	obj, ok := v.(map[string]any)
	if !ok {
		return Document{}, Problem{inputName, invalid(fix, "%s is a JSON %s, not an object", what, jsonKind(v))}
	}
	d, err := recordDocument(inputName, obj, what)
	if err != nil {
		return Document{}, Problem{inputName, err}
	}
	return d, nil
}

func parseJSONL(name string, data []byte) ([]Document, error) {
	var docs []Document
	var errs []error
	record, lineNo := 0, 0
	for line := range bytes.Lines(data) {
		lineNo++
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		record++
		inputName := fmt.Sprintf("%s#%d", name, record)
		what := fmt.Sprintf("record %d (line %d)", record, lineNo)
		var v any
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.UseNumber()
		if err := dec.Decode(&v); err != nil {
			errs = append(errs, Problem{inputName, invalid("fix that line so it holds one complete JSON object",
				"%s is not valid JSON (%s)", what, jsonErrorWhere(line, err))})
			continue
		}
		if dec.InputOffset() < int64(len(line)) {
			errs = append(errs, Problem{inputName, invalid("put one JSON object on each line",
				"%s has more than one JSON value on its line", what)})
			continue
		}
		d, err := objectDocument(inputName, what, v, "put one JSON object with a \"text\" field on each line")
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, d)
	}
	if record == 0 {
		return nil, Problem{name, invalid("give at least one JSON object per line", "holds no records")}
	}
	return docs, errors.Join(errs...)
}

// recordDocument reads one record; what names it in messages ("record 3").
func recordDocument(inputName string, obj map[string]any, what string) (Document, error) {
	fields := lowerKeys(obj)
	raw, key := firstField(fields, textFields)
	if key == "" {
		return Document{}, invalid("give each record the article's text in a \"text\" (or \"body\") field",
			"%s has no text or body field", what)
	}
	body, ok := textValue(raw)
	if !ok {
		return Document{}, invalid("make \"text\" a string, or an array of paragraph strings",
			"%s has a %q field that is a JSON %s, not text", what, key, jsonKind(raw))
	}
	if strings.TrimSpace(body) == "" {
		return Document{}, invalid("give each record the article's text, or leave the record out",
			"%s has an empty %q field", what, key)
	}
	if looksLikeMarkup(body) {
		body = markupText(body)
	}
	doc := Document{InputName: inputName}
	doc.Title = collapseSpace(stringField(fields, titleFields))
	doc.URL = strings.TrimSpace(stringField(fields, urlFields))
	doc.Publisher = collapseSpace(stringField(fields, publisherFields))
	doc.Published = dateField(fields)
	fillFromTop(&doc, Clean(body))
	if doc.Body == "" {
		return Document{}, invalid("give the article's own text, not only its page furniture",
			"%s has no article text left once site furniture is removed", what)
	}
	return doc, nil
}

func lowerKeys(obj map[string]any) map[string]any {
	out := make(map[string]any, len(obj))
	for k, v := range obj {
		lk := strings.ToLower(k)
		if _, taken := out[lk]; !taken || k == lk {
			out[lk] = v
		}
	}
	return out
}

// firstField returns the value of the first of keys present and non-null.
func firstField(fields map[string]any, keys []string) (any, string) {
	for _, k := range keys {
		if v, ok := fields[k]; ok && v != nil {
			return v, k
		}
	}
	return nil, ""
}

// stringField reads a string, or the name of a nested object such as a
// news API's {"source": {"id": "x", "name": "Example News"}}.
func stringField(fields map[string]any, keys []string) string {
	for _, k := range keys {
		switch v := fields[k].(type) {
		case string:
			if strings.TrimSpace(v) != "" {
				return v
			}
		case map[string]any:
			if name, ok := lowerKeys(v)["name"].(string); ok && strings.TrimSpace(name) != "" {
				return name
			}
		}
	}
	return ""
}

func dateField(fields map[string]any) string {
	for _, k := range dateFields {
		switch v := fields[k].(type) {
		case string:
			if day := isoDay(v); day != "" {
				return day
			}
		case json.Number:
			if f, err := strconv.ParseFloat(v.String(), 64); err == nil {
				if day := unixDay(f); day != "" {
					return day
				}
			}
		}
	}
	return ""
}

// textValue accepts a string or an array of paragraph strings.
func textValue(v any) (string, bool) {
	switch v := v.(type) {
	case string:
		return v, true
	case []any:
		paras := make([]string, 0, len(v))
		for _, p := range v {
			s, ok := p.(string)
			if !ok {
				return "", false
			}
			paras = append(paras, s)
		}
		return strings.Join(paras, "\n\n"), true
	}
	return "", false
}

func jsonKind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case json.Number, float64:
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return fmt.Sprintf("%T", v)
}

// jsonErrorWhere turns a decoding error into "line L, column C: reason".
func jsonErrorWhere(data []byte, err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	offset := int64(-1)
	switch {
	case errors.As(err, &syn):
		offset = syn.Offset
	case errors.As(err, &typ):
		offset = typ.Offset
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return "it ends in the middle of a value"
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if offset < 0 || offset > int64(len(data)) {
		return msg
	}
	before := data[:offset]
	line := bytes.Count(before, []byte("\n")) + 1
	col := int(offset) - (bytes.LastIndexByte(before, '\n') + 1)
	return fmt.Sprintf("line %d, column %d: %s", line, col, msg)
}

func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
