package evaluation

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"actorgraph/graph"
	"actorgraph/ingest/reader"
)

// EncyclopaedicFile holds the team's encyclopaedic paragraphs, seen from
// the project root (see encyclopaedic/README.md).
const EncyclopaedicFile = "ingest/evaluation/encyclopaedic/paragraphs.jsonl"

// encyclopaedicDate is the date the paragraphs are read as of: what they
// say in the present tense held then.
const encyclopaedicDate = "2024-03-04"

// EncyclopaedicKinds are the relations the paragraphs are annotated with:
// what people and states are, as encyclopaedias say it.
var EncyclopaedicKinds = []string{graph.RelCitizenOf, graph.RelMemberOf, graph.RelAffiliatedWith, graph.RelLeaderOf, graph.RelOfficialOf}

// Paragraph is one encyclopaedic paragraph with the relations it states,
// each party written as it appears in the text.
type Paragraph struct {
	ID        string              `json:"id"`
	Text      string              `json:"text"`
	Relations []ParagraphRelation `json:"relations"`
}

// ParagraphRelation is one stated relation: subject and object as written
// in the paragraph.
type ParagraphRelation struct {
	Subject   string `json:"subject"`
	Predicate string `json:"predicate"`
	Object    string `json:"object"`
}

// ParagraphSplit puts a paragraph in "dev" or "heldout" by a seeded hash
// of its id, fixed before anyone read the paragraphs' results.
func ParagraphSplit(id string) string {
	h := sha256.Sum256([]byte("actorgraph-encyclopaedic-1:" + id))
	if h[0] < 128 {
		return Dev
	}
	return HeldOut
}

// LoadParagraphs reads paragraph files (JSON Lines) and checks every
// paragraph: an unknown field or predicate, or a party not written in the
// text, is an error naming the file and line.
func LoadParagraphs(paths ...string) ([]Paragraph, error) {
	return loadItems[Paragraph]("encyclopaedic paragraphs", paths...)
}

// ReadParagraphs reads paragraphs from r and checks each.
func ReadParagraphs(r io.Reader) ([]Paragraph, error) { return readItems[Paragraph](r) }

func (p Paragraph) id() string { return p.ID }

func (p Paragraph) check() error {
	var errs []error
	if p.ID == "" || p.Text == "" {
		errs = append(errs, errors.New("id and text are required"))
	}
	for _, r := range p.Relations {
		if !slices.Contains(EncyclopaedicKinds, r.Predicate) {
			errs = append(errs, fmt.Errorf("predicate %q is not one of %s", r.Predicate, strings.Join(EncyclopaedicKinds, ", ")))
		}
		for _, s := range []string{r.Subject, r.Object} {
			if s == "" || !strings.Contains(p.Text, s) {
				errs = append(errs, fmt.Errorf("party %q is not in the text", s))
			}
		}
	}
	return errors.Join(errs...)
}

// RelationsReport is how the extraction reads the relations of a set of
// paragraphs: per predicate, [annotated, found, predicted, right].
type RelationsReport struct {
	Paragraphs  int
	ByPredicate map[string]*[4]int
	Errors      []string
}

// Recall is the share of annotated relations found, %; Precision the
// share of predicted relations of the annotated kinds that are annotated.
func (r *RelationsReport) Recall() float64    { t := r.total(); return pct(t[1], t[0]) }
func (r *RelationsReport) Precision() float64 { t := r.total(); return pct(t[3], t[2]) }

func (r *RelationsReport) total() [4]int {
	var t [4]int
	for _, c := range r.ByPredicate {
		for i := range t {
			t[i] += c[i]
		}
	}
	return t
}

// RunParagraphs extracts every paragraph (as an article of 2024-03-04) and
// scores its relations of the annotated kinds. With details, the report
// lists each miss and each relation predicted that is not annotated.
func RunParagraphs(ctx context.Context, ex Extractor, ps []Paragraph, details bool) (*RelationsReport, error) {
	rep := &RelationsReport{ByPredicate: map[string]*[4]int{}}
	for _, k := range EncyclopaedicKinds {
		rep.ByPredicate[k] = &[4]int{}
	}
	for _, p := range ps {
		x, err := ex.Extract(ctx, reader.Document{InputName: "encyclopaedic:" + p.ID, Publisher: "actorgraph", Published: encyclopaedicDate, Body: p.Text})
		if err != nil {
			return nil, fmt.Errorf("extract %s: %w", p.ID, err)
		}
		rep.Paragraphs++
		rep.add(p, x, details)
	}
	return rep, nil
}

func (rep *RelationsReport) add(p Paragraph, x graph.Extraction, details bool) {
	ents := map[string]graph.Entity{}
	for _, e := range x.Entities {
		ents[e.ID] = e
	}
	matches := surfaceMatcher(p.Text, ents)
	fits := func(got graph.Relation, want ParagraphRelation) bool {
		return got.Predicate == want.Predicate && matches(got.Subject, want.Subject) && matches(got.Object, want.Object)
	}
	var predicted []graph.Relation
	for _, r := range x.Relations {
		if slices.Contains(EncyclopaedicKinds, r.Predicate) {
			predicted = append(predicted, r)
		}
	}
	for _, want := range p.Relations {
		c := rep.ByPredicate[want.Predicate]
		c[0]++
		if slices.ContainsFunc(predicted, func(r graph.Relation) bool { return fits(r, want) }) {
			c[1]++
		} else if details {
			rep.Errors = append(rep.Errors, fmt.Sprintf("%s: missed %s %s %s | %s", p.ID, want.Subject, want.Predicate, want.Object, p.Text))
		}
	}
	for _, r := range predicted {
		c := rep.ByPredicate[r.Predicate]
		c[2]++
		if slices.ContainsFunc(p.Relations, func(want ParagraphRelation) bool { return fits(r, want) }) {
			c[3]++
		} else if details {
			rep.Errors = append(rep.Errors, fmt.Sprintf("%s: spurious %s %s %s | %s", p.ID, ents[r.Subject].Name, r.Predicate, ents[r.Object].Name, r.Evidence.Text))
		}
	}
}

// surfaceMatcher reports whether the entity with an id is the party a
// surface names: one of its mentions overlaps an occurrence of the surface
// in the text, or its name is the surface.
func surfaceMatcher(text string, ents map[string]graph.Entity) func(id, surface string) bool {
	return func(id, surface string) bool {
		if id == "" || surface == "" {
			return id == "" && surface == ""
		}
		e, ok := ents[id]
		if !ok {
			return false
		}
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(text) {
				continue
			}
			for off := 0; ; {
				i := strings.Index(text[off:], surface)
				if i < 0 {
					break
				}
				a, b := off+i, off+i+len(surface)
				if m.Start < b && a < m.End {
					return true
				}
				off = b
			}
		}
		return graph.Fold(e.Name) == graph.Fold(surface)
	}
}

// String prints recall and precision per predicate and in all.
func (r *RelationsReport) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d paragraphs\n", r.Paragraphs)
	fmt.Fprintf(&b, "%-16s %9s %9s %9s %9s\n", "relation", "found", "recall", "right", "precision")
	row := func(name string, c [4]int) {
		fmt.Fprintf(&b, "%-16s %4d/%-4d %8.1f%% %4d/%-4d %8.1f%%\n", name, c[1], c[0], pct(c[1], c[0]), c[3], c[2], pct(c[3], c[2]))
	}
	for _, k := range slices.Sorted(maps.Keys(r.ByPredicate)) {
		row(k, *r.ByPredicate[k])
	}
	row("all", r.total())
	for _, e := range r.Errors {
		b.WriteString(e + "\n")
	}
	return b.String()
}
