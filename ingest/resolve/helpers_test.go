package resolve

import (
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"actorgraph/graph"
	"actorgraph/ingest/segment"
)

// tag is a surface form and the label a tagger gives it.
type tag struct{ text, label string }

// handTag stands in for the tagger: it labels every whole-word occurrence of
// each surface, longest surfaces first, without overlaps.
func handTag(body string, tags []tag) []segment.Span {
	sorted := append([]tag(nil), tags...)
	sort.SliceStable(sorted, func(i, j int) bool { return len(sorted[i].text) > len(sorted[j].text) })
	var spans []segment.Span
	taken := func(s, e int) bool {
		for _, sp := range spans {
			if s < sp.End && sp.Start < e {
				return true
			}
		}
		return false
	}
	for _, t := range sorted {
		for off := 0; ; {
			i := strings.Index(body[off:], t.text)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(t.text)
			off = e
			before, _ := utf8.DecodeLastRuneInString(body[:s])
			after, _ := utf8.DecodeRuneInString(body[e:])
			if s > 0 && (unicode.IsLetter(before) || unicode.IsDigit(before)) || e < len(body) && (unicode.IsLetter(after) || unicode.IsDigit(after)) {
				continue
			}
			if !taken(s, e) {
				spans = append(spans, segment.Span{Start: s, End: e, Label: t.label})
			}
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	return spans
}

// seedTags are the labels the project's tagger gave the reference article's
// names, mistakes included ("Mr. Kim" as a place, "Sekai Nippo" as a
// person, site furniture as organisations), plus sentence-initial words a
// weaker tagger would take for names.
var seedTags = []tag{
	{"The Washington Times", "ORG"}, {"Kim Jong-un", "PER"}, {"Russian", "MISC"}, {"Vladimir Putin", "PER"},
	{"North Korean", "MISC"}, {"Moscow", "LOC"}, {"Mr. Kim", "LOC"}, {"Russia", "LOC"}, {"U.S.", "LOC"},
	{"Vladivostok", "LOC"}, {"North Korea-Russia", "LOC"}, {"Kim", "PER"}, {"Hanoi", "LOC"}, {"Trump", "PER"},
	{"U.N. Security Council", "ORG"}, {"Washington", "LOC"}, {"U.S.-North Korean", "MISC"}, {"Northeast Asia", "LOC"},
	{"Putin", "PER"}, {"China", "LOC"}, {"North Korea", "LOC"}, {"Korean", "MISC"}, {"Japan-based", "MISC"},
	{"Sekai Nippo", "PER"}, {"Vietnam", "LOC"}, {"Japanese", "MISC"}, {"Nicholas Eberstadt", "PER"},
	{"American Enterprise Institute", "ORG"}, {"Eberstadt", "PER"}, {"Stephen E. Biegun", "PER"}, {"U.S.-led", "MISC"},
	{"Pyongyang", "LOC"}, {"Mr. Putin", "LOC"}, {"East Asia", "LOC"}, {"South Korean", "MISC"}, {"Moon Jae-in", "PER"},
	{"Security Council", "ORG"}, {"North Koreans", "LOC"}, {"Beijing", "LOC"}, {"Reuters", "ORG"}, {"LLC", "ORG"},
	{"The Washington Times Comment Policy", "ORG"}, {"Comment Policy", "ORG"}, {"Read More", "LOC"},
	{"View Comments", "MISC"}, {"Hide", "ORG"}, {"Analysts", "ORG"}, {"Click", "ORG"}, {"Please", "ORG"},
	{"Unpublished", "MISC"}, {"Spot.im", "ORG"},
}

// entityCase is one row of the resolver's entity tables: a body, the spans
// a tagger gave it, the entities wanted by name and the names that must
// be no entity.
type entityCase struct {
	name   string
	body   string
	tags   []tag
	want   map[string]view
	absent []string
}

// runEntityCases resolves each case's body as of date and checks it.
func runEntityCases(t *testing.T, r *Resolver, date string, tests []entityCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ents, _ := r.ResolveNames(tt.body, date, segment.Sentences(tt.body), handTag(tt.body, tt.tags))
			checkEntities(t, tt.body, ents, tt.want, tt.absent)
		})
	}
}

// checkEntities asserts that ents, read from body, hold the want views
// by name and none of the absent names.
func checkEntities(t *testing.T, body string, ents []graph.Entity, want map[string]view, absent []string) {
	t.Helper()
	checkMentions(t, body, ents)
	got := views(ents)
	for name, w := range want {
		if diff := cmp.Diff(w, got[name]); diff != "" {
			t.Errorf("%s (-want +got):\n%s\nall: %v", name, diff, got)
		}
	}
	for _, name := range absent {
		if _, ok := got[name]; ok {
			t.Errorf("unexpected entity %q", name)
		}
	}
}
