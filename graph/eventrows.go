package graph

import (
	"cmp"
	"encoding/csv"
	"io"
	"strconv"
	"strings"
)

// EventColumns are the columns of the event table, named as GDELT names
// its own (GDELT 1.0 event records), with our additions at the end: the
// event's status, type, confidence, the article and the sentence.
var EventColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "EventCode", "EventBaseCode",
	"EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "ActionGeo_FullName", "ActionGeo_CountryCode",
	"Status", "EventType", "Confidence", "ArticleID", "SOURCEURL", "Sentence",
}

// QuadClass is CAMEO's four-way class of a code: 1 verbal cooperation
// (01–05), 2 material cooperation (06–09), 3 verbal conflict (10–14),
// 4 material conflict (15–20); 0 where the code is no CAMEO code.
func QuadClass(code string) int {
	if len(code) < 2 {
		return 0
	}
	root, err := strconv.Atoi(code[:2])
	switch {
	case err != nil || root < 1 || root > 20:
		return 0
	case root <= 5:
		return 1
	case root <= 9:
		return 2
	case root <= 14:
		return 3
	}
	return 4
}

// EventRows writes an article's events as rows of EventColumns, tab
// separated: one row for each source and target, as CAMEO codes a dyad
// (the n-ary event of the graph gives several rows with the same id), and
// one row with no second actor for an event with no target. The sides of
// a symmetric event (participants) are one unordered pair each, written
// once, the side listed first as the source, as the coded sentences write
// them.
func EventRows(w *csv.Writer, x Extraction) error {
	ents := make(map[string]Entity, len(x.Entities))
	for _, e := range x.Entities {
		ents[e.ID] = e
	}
	for _, ev := range x.Events {
		var sources, targets []Participant
		for _, p := range ev.Participants {
			switch p.Role {
			case RoleActor:
				sources = append(sources, p)
			case RoleTarget:
				targets = append(targets, p)
			default:
				sources = append(sources, p)
				targets = append(targets, p)
			}
		}
		if len(targets) == 0 {
			targets = []Participant{{}}
		}
		side := map[string]int{}
		for i, p := range ev.Participants {
			if p.Role == RoleParticipant {
				side[p.Entity] = i + 1
			}
		}
		for _, a := range sources {
			for _, b := range targets {
				if a.Entity == b.Entity || side[a.Entity] > 0 && side[b.Entity] > 0 && side[a.Entity] > side[b.Entity] {
					continue
				}
				if err := w.Write(eventRow(x, ev, ents, a, b)); err != nil {
					return err
				}
			}
		}
	}
	w.Flush()
	return w.Error()
}

func eventRow(x Extraction, ev Event, ents map[string]Entity, a, b Participant) []string {
	actor := func(p Participant) []string {
		e := ents[p.Entity]
		country, sector := e.Country, ""
		if len(p.Code) >= 3 && !strings.HasPrefix(p.Code, "IGO") && !strings.HasPrefix(p.Code, "NGO") {
			country, sector = p.Code[:3], p.Code[3:]
		}
		return []string{p.Code, e.Name, country, sector}
	}
	base, root := ev.CAMEO, ev.CAMEO
	if len(base) > 3 {
		base = base[:3]
	}
	if len(root) > 2 {
		root = root[:2]
	}
	loc := ents[ev.Location]
	sentence := strings.Join(strings.Fields(ev.Evidence.Text), " ")
	row := []string{ev.ID, strings.ReplaceAll(ev.Date, "-", "")}
	row = append(row, actor(a)...)
	row = append(row, actor(b)...)
	return append(row, ev.CAMEO, base, root, strconv.Itoa(QuadClass(ev.CAMEO)),
		strconv.FormatFloat(ev.Goldstein, 'f', 1, 64), strconv.Itoa(1+len(ev.Mentions)), loc.Name, loc.Country, ev.Status, ev.Type,
		strconv.FormatFloat(ev.Confidence, 'f', 2, 64), x.Article.ID, cmp.Or(x.Article.URL, x.InputName), sentence)
}

// NewEventWriter writes tab-separated event rows to w, starting with the
// header.
func NewEventWriter(w io.Writer) (*csv.Writer, error) {
	cw := csv.NewWriter(w)
	cw.Comma = '\t'
	if err := cw.Write(EventColumns); err != nil {
		return nil, err
	}
	return cw, nil
}
