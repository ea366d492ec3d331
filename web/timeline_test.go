package web_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"actorgraph/graph"
	"actorgraph/web"
)

// TestViewerTimelineCoarseDates draws two people's meetings: eight known
// to the day in March and April 2019, one known only to April 2019, one
// only to 2019 and one only to 1994. The dates known to the day are the
// bars and set the axis, a few months wide, not 1994 to 2019; the month
// and the years are bands over the stretch each covers, not bars on their
// first day; the note counts the one of 1994 as outside the chart, and its
// button shows every date. Brushing April keeps the month's band and the
// year 2019's (each overlaps April) and drops 1994's, as the graph does.
func TestViewerTimelineCoarseDates(t *testing.T) {
	s := browserStore(t)
	days := []string{"2019-03-04", "2019-03-11", "2019-03-18", "2019-03-25", "2019-04-02", "2019-04-08", "2019-04-15", "2019-04-22"}
	var body strings.Builder
	sentence := func(i int) string { return fmt.Sprintf("Ana Lind met Bo Ek for the %d. time.", i+1) }
	for i := range days {
		body.WriteString(sentence(i) + " ")
	}
	coarse := []struct{ typ, date, sentence string }{
		{"talks", "2019-04", "Ana Lind held talks with Bo Ek in April."},
		{"agreement", "2019", "Ana Lind signed an accord with Bo Ek this year."},
		{"visit", "1994", "Ana Lind first visited Bo Ek in 1994."},
	}
	for _, c := range coarse {
		body.WriteString(c.sentence + " ")
	}
	a := newArticle(t, "https://example.org/fixture-dates", "Lind and Ek over the years", "Example News", "2019-05-01", body.String())
	ana := a.entity(graph.Person, "Ana Lind", "", "")
	bo := a.entity(graph.Person, "Bo Ek", "", "")
	for i, d := range days {
		a.event("meeting", d, "", 0.9, sentence(i), actor(ana), target(bo))
	}
	for _, c := range coarse {
		a.event(c.typ, c.date, "", 0.9, c.sentence, actor(ana), target(bo))
	}
	if _, err := s.Write(context.Background(), a.x); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(web.New(web.Config{Store: s}))
	defer srv.Close()
	tb := openTab(t, 1300, 850)
	tb.do("open Ana Lind", chromedp.Navigate(srv.URL+"/#entity="+ana), idle(`!!timeline.plot && cy.nodes('[kind = "event"]').length === 11 && timeline.bands.length === 3`))

	day := func(s string) float64 {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return float64(d.Unix())
	}
	axis := evalIn[[]float64](tb, `[timeline.plot.scales.x.min, timeline.plot.scales.x.max]`)
	if axis[0] < day("2019-01-01") || axis[1] > day("2019-07-01") {
		t.Errorf("the axis runs from %s to %s: the dates known only to a year stretch it", date(axis[0]), date(axis[1]))
	}
	if axis[0] > day("2019-03-04") || axis[1] < day("2019-04-23") {
		t.Errorf("the axis runs from %s to %s: it leaves out days of the meetings", date(axis[0]), date(axis[1]))
	}
	bars := evalIn[[][]float64](tb, `timeline.plot.data.slice(0, 2)`)
	var sum float64
	for i, x := range bars[0] {
		sum += bars[1][i]
		if d := date(x); d == "2019-01-01" || d == "1994-01-01" || d == "2019-04-01" {
			t.Errorf("a bar stands on %s, the first day of a date known only to its month or year", d)
		}
	}
	if sum != float64(len(days)) {
		t.Errorf("the bars count %v events, want the %d known to the day", sum, len(days))
	}
	type band struct {
		Date, Precision string
		Start, End      float64
		Drawn, Shown    int
	}
	bands := func() map[string]band {
		got := map[string]band{}
		for _, b := range evalIn[[]band](tb, `timeline.bands.map(b => ({ Date: b.date, Precision: b.precision, Start: b.start, End: b.end, Drawn: b.drawn, Shown: b.shown }))`) {
			got[b.Date] = b
		}
		return got
	}
	got := bands()
	for _, want := range []band{
		{"2019-04", "month", day("2019-04-01"), day("2019-05-01"), 1, 1},
		{"2019", "year", day("2019-01-01"), day("2020-01-01"), 1, 1},
		{"1994", "year", day("1994-01-01"), day("1995-01-01"), 1, 1},
	} {
		if got[want.Date] != want {
			t.Errorf("the band of %s is %+v, want %+v", want.Date, got[want.Date], want)
		}
	}
	// the month's band is drawn over April, on the chart's canvas
	if rgba := evalIn[[]float64](tb, `(() => { const u = timeline.plot, px = devicePixelRatio;
		const b = timeline.bands.find(b => b.date === '2019-04');
		const x = u.valToPos((b.start + b.end) / 2, 'x', true), rows = Math.max(...timeline.bands.map(b => b.row)) + 1;
		const y = u.bbox.top + (rows - 1 - b.row) * 11 * px + 2 * px + 3.5 * px;
		return [...u.ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data]; })()`); len(rgba) != 4 || !(rgba[0] < 200 && rgba[2] > rgba[1]+20) {
		t.Errorf("the middle of April's band is drawn in rgba%v, not the band's purple", rgba)
	}
	tb.expect("#timeline-note", "1 earlier outside the chart")
	tb.shot("viewer-timeline-dates.png")

	tb.do("show every date", chromedp.Click(chromedp.CSS("#timeline-whole")), idle(`timeline.plot.scales.x.min <= `+fmt.Sprint(day("1994-01-01"))))
	tb.expect("#timeline-whole", "Show the dense part")
	// the URL keeps the axis asked for: a reload spans every date again
	// (on the code before, the URL did not hold it and the reload showed
	// the dense part)
	if got := tb.hash().Get("alldates"); got != "1" {
		t.Errorf("with every date shown the URL holds alldates=%q; want 1", got)
	}
	tb.do("reload", chromedp.Reload(), idle(`!!timeline.plot && timeline.plot.scales.x.min <= `+fmt.Sprint(day("1994-01-01"))))
	tb.expect("#timeline-whole", "Show the dense part")
	tb.do("back to the dense part", chromedp.Click(chromedp.CSS("#timeline-whole")), idle(`timeline.plot.scales.x.min >= `+fmt.Sprint(day("2019-01-01"))))
	if tb.hash().Has("alldates") {
		t.Error("back on the dense part the URL still holds alldates")
	}

	// brush April: the bands that overlap it stay shown, as their events do
	xy := evalIn[[]float64](tb, `(() => { const u = timeline.plot, box = u.over.getBoundingClientRect();
		const end = Math.min(Date.UTC(2019, 3, 30) / 1000, u.scales.x.max);
		return [box.left + u.valToPos(Date.UTC(2019, 3, 1, 12) / 1000, 'x'), box.left + u.valToPos(end, 'x') - 1, box.top + box.height - 4]; })()`)
	tb.do("brush April 2019", chromedp.ScrollIntoView(chromedp.CSS("#timeline")), drag(xy[0], xy[2], xy[1]), idle(`location.hash.includes('from=')`))
	from, to := tb.hash().Get("from"), tb.hash().Get("to")
	if !strings.HasPrefix(from, "2019-04") || !strings.HasPrefix(to, "2019-04") {
		t.Fatalf("brushing April set %s … %s", from, to)
	}
	got = bands()
	if got["2019-04"].Shown != 1 || got["2019"].Shown != 1 || got["1994"].Shown != 0 {
		t.Errorf("after brushing April the bands show %+v; want April's and 2019's shown, 1994's not", got)
	}
	shown := evalIn[[]string](tb, `cy.nodes('[kind = "event"]').not('.filtered').map(n => n.data('type')).sort()`)
	if strings.Join(shown, " ") != "agreement meeting meeting meeting meeting talks" {
		t.Errorf("after brushing April the graph shows the events %v", shown)
	}
	tb.clean()
}

func date(seconds float64) string {
	return time.Unix(int64(seconds), 0).UTC().Format("2006-01-02")
}
