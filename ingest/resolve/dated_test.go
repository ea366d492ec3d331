package resolve

import (
	"testing"

	"actorgraph/graph"
)

// TestResolveAsOfPublication checks that names resolve to what they named
// on the article's publication date: the Soviet Union's capital in 1987 is
// Russia's in 2019, "George Bush" in 1987 is the vice-president of the day.
func TestResolveAsOfPublication(t *testing.T) {
	r := newResolver(t)
	type want struct {
		surface string
		typ     graph.EntityType
		name    string
		country string
	}
	tests := []struct {
		name      string
		published string
		body      string
		tags      []tag
		want      []want
	}{
		{
			name:      "capital as its government in 1987",
			published: "1987-03-02",
			body:      "Moscow said on Monday it would study the offer.",
			tags:      []tag{{"Moscow", "LOC"}},
			want:      []want{{"Moscow", graph.Country, "Soviet Union", "SUN"}},
		},
		{
			name:      "capital that tells is its government",
			published: "1987-03-02",
			body:      "Tokyo told the negotiators it would open its market.",
			tags:      []tag{{"Tokyo", "LOC"}},
			want:      []want{{"Tokyo", graph.Country, "Japan", "JPN"}},
		},
		{
			name:      "capital as its government in 2019",
			published: "2019-03-02",
			body:      "Moscow said on Monday it would study the offer.",
			tags:      []tag{{"Moscow", "LOC"}},
			want:      []want{{"Moscow", graph.Country, "Russia", "RUS"}},
		},
		{
			name:      "a state of its day",
			published: "1987-03-02",
			body:      "Officials in Zaire and the Soviet Union met West German envoys.",
			tags:      []tag{{"Zaire", "LOC"}, {"Soviet Union", "LOC"}, {"West German", "MISC"}},
			want: []want{
				{"Zaire", graph.Country, "Zaire", "ZAR"},
				{"Soviet Union", graph.Country, "Soviet Union", "SUN"},
				{"West German", graph.Country, "West Germany", "BRD"},
			},
		},
		{
			name:      "the two Yemens of their day, one Yemen since 1990",
			published: "1987-03-02",
			body:      "North Yemen and South Yemen met as Yemen said.",
			tags:      []tag{{"North Yemen", "LOC"}, {"South Yemen", "LOC"}, {"Yemen", "LOC"}},
			want: []want{
				{"North Yemen", graph.Country, "North Yemen", "YAR"},
				{"South Yemen", graph.Country, "South Yemen", "YMD"},
				{"Yemen", graph.Country, "North Yemen", "YAR"},
			},
		},
		{
			name:      "one Yemen since 1990",
			published: "2019-03-02",
			body:      "Yemen said so.",
			tags:      []tag{{"Yemen", "LOC"}},
			want:      []want{{"Yemen", graph.Country, "Yemen", "YEM"}},
		},
		{
			name:      "EC before 1993 is the European Community; the EC Commission is its executive",
			published: "1987-03-02",
			body:      "The EC Commission said the EC and the Community would act.",
			tags:      []tag{{"EC Commission", "ORG"}, {"EC", "ORG"}, {"Community", "ORG"}},
			want: []want{
				{"EC Commission", graph.Organization, "European Commission", "BEL"},
				{"EC", graph.Organization, "European Community", "BEL"},
				{"Community", graph.Organization, "European Community", "BEL"},
			},
		},
		{
			name:      "a body founded later is no one's name before it was founded",
			published: "1987-03-02",
			body:      "Analyst John Wagner said Wagner expected more.",
			tags:      []tag{{"John Wagner", "PER"}, {"Wagner", "PER"}},
			want:      []want{{"Wagner", graph.Person, "John Wagner", ""}},
		},
		{
			name:      "a city lies in the state of the day",
			published: "1987-03-02",
			body:      "Talks in Moscow and Leipzig ended.",
			tags:      []tag{{"Moscow", "LOC"}, {"Leipzig", "LOC"}},
			want: []want{
				{"Moscow", graph.City, "Moscow", "SUN"},
			},
		},
		{
			name:      "Germany in 1987 is West Germany",
			published: "1987-03-02",
			body:      "Bonn said Germany would not raise its rates.",
			tags:      []tag{{"Bonn", "LOC"}, {"Germany", "LOC"}},
			want: []want{
				{"Bonn", graph.Country, "West Germany", "BRD"},
				{"Germany", graph.Country, "West Germany", "BRD"},
			},
		},
		{
			name:      "Germany in 2019",
			published: "2019-03-02",
			body:      "Officials said Germany would not raise its spending.",
			tags:      []tag{{"Germany", "LOC"}},
			want:      []want{{"Germany", graph.Country, "Germany", "DEU"}},
		},
		{
			name:      "the vice-president of the day",
			published: "1987-03-02",
			body:      "Vice President George Bush met Mikhail Gorbachev, the Soviet leader.",
			tags:      []tag{{"George Bush", "PER"}, {"Mikhail Gorbachev", "PER"}, {"Soviet", "MISC"}},
			want: []want{
				{"George Bush", graph.Person, "George H. W. Bush", "USA"},
				{"Mikhail Gorbachev", graph.Person, "Mikhail Gorbachev", "SUN"},
				{"Soviet", graph.Country, "Soviet Union", "SUN"},
			},
		},
		{
			name:      "the president of the day",
			published: "2005-03-02",
			body:      "George Bush met the press in the afternoon.",
			tags:      []tag{{"George Bush", "PER"}},
			want:      []want{{"George Bush", graph.Person, "George W. Bush", "USA"}},
		},
		{
			name:      "a former state named later",
			published: "2019-03-02",
			body:      "Historians said the Soviet Union had planned the canal.",
			tags:      []tag{{"Soviet Union", "LOC"}},
			want:      []want{{"Soviet Union", graph.Country, "Soviet Union", "SUN"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ents := r.Resolve(tt.body, tt.published, nil, handTag(tt.body, tt.tags))
			for _, w := range tt.want {
				var got *graph.Entity
				for i, e := range ents {
					for _, m := range e.Mentions {
						if m.Text == w.surface {
							got = &ents[i]
						}
					}
				}
				if got == nil {
					t.Errorf("%q: no entity", w.surface)
					continue
				}
				if got.Type != w.typ || got.Name != w.name || got.Country != w.country {
					t.Errorf("%q = %s %q (%s), want %s %q (%s)", w.surface, got.Type, got.Name, got.Country, w.typ, w.name, w.country)
				}
			}
		})
	}
}
