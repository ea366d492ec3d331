package graph_test

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"actorgraph/graph"
)

func TestQuadClass(t *testing.T) {
	for code, want := range map[string]int{"010": 1, "057": 1, "0231": 1, "061": 2, "090": 2, "111": 3, "1312": 3, "145": 3, "163": 4, "190": 4, "200": 4, "": 0, "x1": 0} {
		if got := graph.QuadClass(code); got != want {
			t.Errorf("QuadClass(%q) = %d, want %d", code, got, want)
		}
	}
}

// One event with two sources and a target gives two rows; one with no
// target, one row with an empty second actor; one with three sides, a row
// for each pair of sides.
func TestEventRows(t *testing.T) {
	a := graph.Entity{ID: "a", Name: "Norland", Country: "NOR"}
	b := graph.Entity{ID: "b", Name: "Vardo", Country: "VAR"}
	c := graph.Entity{ID: "c", Name: "Brekka", Country: "BRK"}
	x := graph.Extraction{
		InputName: "test.txt",
		Article:   graph.Article{ID: "art"},
		Entities:  []graph.Entity{a, b, c},
		Events: []graph.Event{
			{ID: "e1", Type: "disapproval", CAMEO: "111", Goldstein: -2, Date: "2024-03-04", Status: "happened",
				Participants: []graph.Participant{{Entity: "a", Role: graph.RoleActor, Code: "NORGOV"}, {Entity: "b", Role: graph.RoleActor, Code: "VAR"}, {Entity: "c", Role: graph.RoleTarget, Code: "BRKMIL"}},
				Evidence:     graph.Evidence{Text: "Norland and Vardo\ncondemned Brekka."}, Mentions: []graph.Evidence{{Start: 40, End: 60}}},
			{ID: "e2", Type: "protest", CAMEO: "140", Participants: []graph.Participant{{Entity: "c", Role: graph.RoleActor}}},
			{ID: "e3", Type: "meeting", CAMEO: "040", Goldstein: 1, Date: "2024-03-05",
				Participants: []graph.Participant{{Entity: "b", Role: graph.RoleParticipant}, {Entity: "a", Role: graph.RoleParticipant}, {Entity: "c", Role: graph.RoleParticipant}}},
		},
	}
	var buf bytes.Buffer
	w, err := graph.NewEventWriter(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if err := graph.EventRows(w, x); err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(&buf)
	r.Comma = '\t'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	pick := func(row []string, cols ...string) string {
		var out []string
		for _, c := range cols {
			for i, name := range graph.EventColumns {
				if name == c {
					out = append(out, row[i])
				}
			}
		}
		return strings.Join(out, "|")
	}
	var got []string
	for _, row := range rows[1:] {
		got = append(got, pick(row, "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1CountryCode", "Actor1Type1Code", "Actor2Code", "Actor2Name",
			"EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "SOURCEURL", "Sentence"))
	}
	want := []string{
		"e1|20240304|NORGOV|NOR|GOV|BRKMIL|Brekka|111|11|3|-2.0|2|test.txt|Norland and Vardo condemned Brekka.",
		"e1|20240304|VAR|VAR||BRKMIL|Brekka|111|11|3|-2.0|2|test.txt|Norland and Vardo condemned Brekka.",
		"e2|||BRK||||140|14|3|0.0|1|test.txt|",
		// three sides of a meeting: each pair once, the side listed first as source
		"e3|20240305||VAR|||Norland|040|04|1|1.0|1|test.txt|",
		"e3|20240305||VAR|||Brekka|040|04|1|1.0|1|test.txt|",
		"e3|20240305||NOR|||Brekka|040|04|1|1.0|1|test.txt|",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
}
