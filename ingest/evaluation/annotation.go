// Package evaluation scores the extractor against hand annotations of real
// news nobody on the team wrote: Reuters-21578 articles chosen at random
// (Sample), annotated by GUIDE.md, split once into a dev half that may be
// read and a held-out half that is only measured.
package evaluation

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"actorgraph/graph"
)

// Splits of the annotated sample. HeldOut2 is a fresh held-out set drawn
// when HeldOut had been measured too often to stay unseen, HeldOut3 a
// larger one of longer articles drawn when HeldOut2 proved too small to
// show a change, HeldOut4 one drawn the same way when HeldOut3's figures
// had steered a choice of work (GUIDE.md).
const (
	Dev      = "dev"
	HeldOut  = "heldout"
	HeldOut2 = "heldout2"
	HeldOut3 = "heldout3"
	HeldOut4 = "heldout4"
)

//go:embed annotations
var annotationFS embed.FS

// Span is a byte range of an article's text, end exclusive.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

func (s Span) overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Annotation is one article's hand annotation.
type Annotation struct {
	Article   string     `json:"article"`
	Split     string     `json:"split"`
	Published string     `json:"published"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
	Events    []Event    `json:"events"`
	Quotes    []Quote    `json:"quotes"`
	Notes     string     `json:"notes,omitempty"`
}

// Entity is one real thing and every mention of it.
type Entity struct {
	Ref      string           `json:"ref"`
	Type     graph.EntityType `json:"type"`
	Name     string           `json:"name"`
	Mentions []graph.Mention  `json:"mentions"` // offsets into the record's text, CoNLL label
}

// spanOf is a mention's byte range.
func spanOf(m graph.Mention) Span { return Span{m.Start, m.End} }

// Relation is a fact its sentence states.
type Relation struct {
	Subject   string `json:"subject"`
	Predicate string `json:"predicate"`
	Object    string `json:"object"`
	Role      string `json:"role,omitempty"`
	Sentence  Span   `json:"sentence"`
}

// Event is an event its sentence states, with its parties by ref.
type Event struct {
	Type         string   `json:"type"`
	Actors       []string `json:"actors"`
	Targets      []string `json:"targets"`
	Participants []string `json:"participants"`
	Date         string   `json:"date,omitempty"`
	Location     string   `json:"location,omitempty"`
	Status       string   `json:"status,omitempty"`
	Sentence     Span     `json:"sentence"`
}

// Quote is a quotation or reported claim; Speaker is a ref, or empty with
// UnnamedSpeaker describing an unnamed one ("source" in the annotation files).
type Quote struct {
	Speaker        string `json:"speaker"`
	UnnamedSpeaker string `json:"source,omitempty"`
	Start          int    `json:"start"`
	End            int    `json:"end"`
	Direct         bool   `json:"direct"`
	Sentence       Span   `json:"sentence"`
}

func (q Quote) span() Span { return Span{q.Start, q.End} }

// Annotations reads the embedded annotations of one split ("" for all),
// ordered by article id.
func Annotations(split string) ([]Annotation, error) {
	return loadAnnotations(annotationFS, split)
}

func loadAnnotations(fsys fs.FS, split string) ([]Annotation, error) {
	var out []Annotation
	for _, sp := range []string{Dev, HeldOut, HeldOut2, HeldOut3, HeldOut4} {
		if split != "" && split != sp {
			continue
		}
		names, err := fs.Glob(fsys, path.Join("annotations", sp, "*.json"))
		if err != nil {
			return nil, err
		}
		for _, name := range names {
			data, err := fs.ReadFile(fsys, name)
			if err != nil {
				return nil, err
			}
			var a Annotation
			dec := json.NewDecoder(strings.NewReader(string(data)))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&a); err != nil {
				return nil, fmt.Errorf("annotation %s: %w", name, err)
			}
			if a.Split != sp || a.Article+".json" != path.Base(name) {
				return nil, fmt.Errorf("annotation %s: says article %q of split %q", name, a.Article, a.Split)
			}
			out = append(out, a)
		}
	}
	if split != "" && split != Dev && split != HeldOut && split != HeldOut2 && split != HeldOut3 && split != HeldOut4 {
		return nil, fmt.Errorf("split %q: %w (use %s, %s, %s, %s or %s)", split, graph.ErrInvalid, Dev, HeldOut4, HeldOut3, HeldOut2, HeldOut)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Article < out[j].Article })
	return out, nil
}

var (
	labels      = map[string]bool{graph.LabelPER: true, graph.LabelLOC: true, graph.LabelORG: true, graph.LabelMISC: true}
	eventStatus = map[string]bool{"": true, "happened": true, "planned": true, "failed": true, "demanded": true}
)

// Check reports every way a is inconsistent with the article text it
// annotates: spans that do not hold their text, overlapping mentions,
// unknown refs, types, predicates and event types.
func (a Annotation) Check(text string) []string {
	var probs []string
	bad := func(f string, args ...any) { probs = append(probs, fmt.Sprintf(f, args...)) }
	inText := func(s Span) bool { return 0 <= s.Start && s.Start < s.End && s.End <= len(text) }
	refs := map[string]bool{}
	var spans []graph.Mention
	for _, e := range a.Entities {
		if refs[e.Ref] {
			bad("entity %s: ref used twice", e.Ref)
		}
		refs[e.Ref] = true
		if !e.Type.Valid() {
			bad("entity %s: unknown type %q", e.Ref, e.Type)
		}
		if len(e.Mentions) == 0 {
			bad("entity %s: no mentions", e.Ref)
		}
		for _, m := range e.Mentions {
			if !inText(spanOf(m)) || text[m.Start:m.End] != m.Text {
				bad("entity %s: mention %d-%d does not hold %q", e.Ref, m.Start, m.End, m.Text)
			}
			if !labels[m.Label] {
				bad("entity %s: unknown label %q", e.Ref, m.Label)
			}
			spans = append(spans, m)
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	for i := 1; i < len(spans); i++ {
		if spans[i].Start < spans[i-1].End {
			bad("mentions %q and %q overlap", spans[i-1].Text, spans[i].Text)
		}
	}
	ref := func(what, r string) {
		if !refs[r] {
			bad("%s: %q is no entity ref", what, r)
		}
	}
	for _, r := range a.Relations {
		if _, ok := graph.RelationPredicates[r.Predicate]; !ok {
			bad("relation: unknown predicate %q", r.Predicate)
		}
		ref("relation subject", r.Subject)
		ref("relation object", r.Object)
		if !inText(r.Sentence) {
			bad("relation %s: sentence out of the text", r.Predicate)
		}
	}
	for _, e := range a.Events {
		if _, ok := graph.EventKindOf(e.Type); !ok || e.Type == "statement" {
			bad("event: type %q is not in the annotated vocabulary", e.Type)
		}
		n := 0
		for _, p := range [][]string{e.Actors, e.Targets, e.Participants} {
			for _, r := range p {
				ref("event party", r)
				n++
			}
		}
		if n == 0 {
			bad("event %s: no party", e.Type)
		}
		if e.Location != "" {
			ref("event location", e.Location)
		}
		if !eventStatus[e.Status] {
			bad("event %s: unknown status %q", e.Type, e.Status)
		}
		if !inText(e.Sentence) {
			bad("event %s: sentence out of the text", e.Type)
		}
	}
	for _, q := range a.Quotes {
		if q.Speaker != "" {
			ref("quote speaker", q.Speaker)
		} else if q.UnnamedSpeaker == "" {
			bad("quote %d-%d: neither speaker nor source", q.Start, q.End)
		}
		if !inText(q.span()) || !inText(q.Sentence) {
			bad("quote %d-%d: out of the text", q.Start, q.End)
		}
	}
	return probs
}
