package web_test

import (
	"testing"

	"actorgraph/graph"
	"actorgraph/web"
)

// The viewer draws the gazetteer's facts lighter and lets them be switched
// off; it tells them apart by the id stats gives, never by a title.
func TestStatsNamesTheBackgroundKnowledge(t *testing.T) {
	h, _ := newHandler(t, "memory", web.Config{})
	got := decode[web.StatsAnswer](t, do(t, h, "GET", "/api/v1/stats", nil))
	if got.Knowledge != graph.KnowledgeID() {
		t.Errorf("stats knowledge = %q, want the seed knowledge's id %q", got.Knowledge, graph.KnowledgeID())
	}
	if got.Articles != 2 {
		t.Errorf("stats articles = %d beside the knowledge id, want the 2 fixture articles", got.Articles)
	}
}
