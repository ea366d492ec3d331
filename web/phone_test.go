package web_test

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The phone tests: the viewer at 360 × 740, the smallest screen the issue
// asks for, over the seed graph with Kim Jong-un's neighbourhood drawn.

// phoneTab opens the viewer on Kim Jong-un at 360 × 740 and returns the tab
// and the server's address.
func phoneTab(t *testing.T) (*tab, string) {
	t.Helper()
	base := seeded(t)
	kim := entityID(t, base, "Kim Jong-un")
	tb := openTab(t, 360, 740)
	tb.do("open Kim Jong-un", chromedp.Navigate(base+"/#entity="+kim),
		idle(`cy.getElementById('`+kim+`').hasClass('focus') && !!timeline.plot`))
	return tb, base
}

// reachable is where a control is on the screen ([left, top, width,
// height]) when the whole of it lies within the window and a click on its
// middle lands on it, and nothing when a part is out of the window, clipped
// away or under something else: a control a user cannot see or hit.
const reachable = `((e) => {
	const r = e.getBoundingClientRect();
	if (r.width < 1 || r.height < 1 || r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight) return [];
	const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
	return hit && (hit === e || e.contains(hit) || hit.contains(e) && hit.tagName === 'LABEL') ? [r.left, r.top, r.width, r.height] : [];
})`

// TestViewerPhoneTools: at 360 px every tool of the header — depth,
// layout, Fit, +, −, Undo, Export and its four entries, Add article, and the
// two drawers' buttons — lies whole in the window where a tap reaches it,
// and taps with the real mouse on +, −, Fit, Export and Add article do what
// they say. On the code before, the tools scrolled sideways in one row:
// +, −, Undo, Export and Add article were out of the window, with nothing
// to say they were there.
func TestViewerPhoneTools(t *testing.T) {
	tb, _ := phoneTab(t)
	tools := []string{"#side-toggle", "#panel-toggle", "#depth", "#layout", "#fit", "#zoom-in", "#zoom-out", "#undo", "#export summary", "#add-open"}
	var missing []string
	for _, sel := range tools {
		if len(evalIn[[]float64](tb, reachable+`(document.querySelector('`+sel+`'))`)) == 0 {
			missing = append(missing, sel)
		}
	}
	if len(missing) > 0 {
		tb.shot("phone-tools-failure.png")
		t.Fatalf("at 360 × 740 these tools are out of the window or cannot be tapped: %s", strings.Join(missing, ", "))
	}
	if w := evalIn[float64](tb, `document.documentElement.scrollWidth`); w > 360 {
		t.Errorf("the page is %.0f px wide in a 360 px window", w)
	}

	tap := func(what, sel string) {
		t.Helper()
		r := evalIn[[]float64](tb, reachable+`(document.querySelector('`+sel+`'))`)
		if len(r) == 0 {
			t.Fatalf("%s (%s) cannot be tapped", what, sel)
		}
		tb.do(what, chromedp.MouseClickXY(r[0]+r[2]/2, r[1]+r[3]/2))
	}
	zoom := func() float64 { return evalIn[float64](tb, `cy.zoom()`) }
	z0 := zoom()
	tap("tap +", "#zoom-in")
	tb.do("zoomed in", idle(fmt.Sprintf(`cy.zoom() > %g`, z0*1.2)))
	tap("tap −", "#zoom-out")
	tb.do("zoomed out", idle(fmt.Sprintf(`Math.abs(cy.zoom() / %g - 1) < 0.01`, z0)))
	tap("tap Fit", "#fit")
	tb.do("fitted", idle(`!location.hash.includes('view=')`))

	tap("tap Export", "#export summary")
	tb.do("the export menu", idle(`document.getElementById('export').open`))
	tb.shot("phone-viewer-tools.png")
	for _, sel := range []string{"#export-png", "#export-svg", "#export-graphml", "#export-csv"} {
		if len(evalIn[[]float64](tb, reachable+`(document.querySelector('`+sel+`'))`)) == 0 {
			t.Errorf("the export menu's %s is out of the window or under something", sel)
		}
	}
	tap("close the export menu", "#export summary")
	tb.do("the export menu closed", idle(`!document.getElementById('export').open`))

	tap("tap Add article", "#add-open")
	tb.do("the dialog", idle(`document.getElementById('add-dialog').open`))
	if len(evalIn[[]float64](tb, reachable+`(document.getElementById('add-cancel'))`)) == 0 {
		t.Error("the dialog's Close button is out of the window")
	}
	tap("close the dialog", "#add-cancel")
	tb.do("the dialog closed", idle(`!document.getElementById('add-dialog').open`))
	tb.clean()
}

// TestViewerPhoneDepthLabel: at 360 px the depth menu says what it is:
// the word "Depth" is drawn beside it, readable (at least 10 px) and in the
// window, and the menu's accessible name (what a screen reader says) names
// the depth. On the code before, the label's text was 0 px high and the
// menu showed a bare "1".
func TestViewerPhoneDepthLabel(t *testing.T) {
	tb, _ := phoneTab(t)
	// the label's own text, as drawn
	got := evalIn[[]float64](tb, `(() => {
		const select = document.getElementById('depth');
		const label = select.closest('label') || document.querySelector('label[for="depth"]');
		if (!label) return [0, 0, 0, 0];
		const text = [...label.querySelectorAll('*'), label].flatMap((e) => [...e.childNodes]).find((n) => n.nodeType === Node.TEXT_NODE && /depth/i.test(n.textContent));
		if (!text) return [0, 0, 0, 0];
		const range = document.createRange();
		range.selectNodeContents(text);
		const r = range.getBoundingClientRect(), s = select.getBoundingClientRect();
		const inside = r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
		return [r.width, parseFloat(getComputedStyle(text.parentElement).fontSize), inside ? 1 : 0, Math.max(0, r.left - s.right, s.left - r.right)];
	})()`)
	if got[0] < 20 || got[1] < 10 || got[2] != 1 {
		t.Errorf("the depth menu's label is drawn %.0f px wide at %.0f px (in the window: %v); want the word Depth readable beside it", got[0], got[1], got[2] == 1)
	}
	if got[3] > 40 {
		t.Errorf("the word Depth is %.0f px from its menu", got[3])
	}

	obj, err := chromedp.Run(tb.ctx, chromedp.Evaluate[*runtime.RemoteObject](`document.getElementById('depth')`))
	if err != nil {
		t.Fatal(err)
	}
	tree, err := chromedp.Call(tb.ctx, accessibility.GetPartialAXTree, accessibility.GetPartialAXTreeParams{ObjectID: obj.ObjectID, FetchRelatives: new(bool)})
	if err != nil {
		t.Fatal(err)
	}
	name := ""
	if len(tree.Nodes) > 0 && tree.Nodes[0].Name != nil {
		name = strings.Trim(string(tree.Nodes[0].Name.Value), `"`)
	}
	if !strings.Contains(strings.ToLower(name), "depth") {
		t.Errorf("the depth menu's accessible name is %q; want it to name the depth", name)
	}
	tb.clean()
}

// TestViewerPhoneTimeline: at 360 × 740 the timeline folds into one line
// under the graph, which keeps at least 480 px of the height; its button
// opens it, a brush across it filters the graph as on a wide screen (the
// range in the URL, the events outside it hidden, those inside shown), the
// folded line then names the range, and the graph keeps at least 480 px
// with the timeline open too (440 px before the open timeline was made
// compact), its middle where it was. Before the fold, the timeline and
// its date fields took about a third of the screen.
func TestViewerPhoneTimeline(t *testing.T) {
	tb, _ := phoneTab(t)
	graph := func() float64 {
		return evalIn[float64](tb, `document.getElementById('cy').getBoundingClientRect().height`)
	}
	bar := func() float64 {
		return evalIn[float64](tb, `document.getElementById('timeline-bar').getBoundingClientRect().height`)
	}
	folded := graph()
	if folded < 480 {
		t.Errorf("the graph is %.0f px high in a 740 px window, the timeline %.0f px; want the graph at least 480 px", folded, bar())
	}
	t.Logf("at 360 × 740 the graph is %.0f px high under a folded timeline of %.0f px", folded, bar())
	toggle := evalIn[[]float64](tb, reachable+`(document.getElementById('timeline-toggle'))`)
	if len(toggle) == 0 {
		t.Fatal("no button to open the timeline within the window")
	}
	if got := evalIn[string](tb, `document.getElementById('timeline-toggle').getAttribute('aria-expanded')`); got != "false" {
		t.Errorf("the folded timeline's button says aria-expanded=%q", got)
	}
	// where the focus is drawn from the graph's middle
	fromMiddle := func() []float64 {
		return evalIn[[]float64](tb, `(() => { const p = cy.nodes('.focus').renderedPosition(), b = document.getElementById('cy').getBoundingClientRect(); return [p.x - b.width / 2, p.y - b.height / 2]; })()`)
	}
	was := fromMiddle()
	tb.do("open the timeline", chromedp.MouseClickXY(toggle[0]+toggle[2]/2, toggle[1]+toggle[3]/2),
		idle(`document.getElementById('timeline-toggle').getAttribute('aria-expanded') === 'true' && timeline.plot.over.getBoundingClientRect().width > 250`))
	if h := graph(); h < 480 {
		t.Errorf("with the timeline open the graph is %.0f px high, the timeline %.0f px; want the graph at least 480 px", h, bar())
	}
	if is := fromMiddle(); math.Hypot(is[0]-was[0], is[1]-was[1]) > 1 {
		t.Errorf("opening the timeline moved the focus from %.1f, %.1f px off the graph's middle to %.1f, %.1f; want the middle kept", was[0], was[1], is[0], is[1])
	}
	t.Logf("with the timeline open the graph is %.0f px high, the timeline %.0f px", graph(), bar())

	tb.shot("phone-viewer-timeline.png")
	// brush from near the second day with events to the axis's end:
	// the first day's events leave
	xy := evalIn[[]float64](tb, `(() => {
		const u = timeline.plot, box = u.over.getBoundingClientRect();
		const days = u.data[0].filter((x, i) => u.data[1][i] > 0);
		if (days.length < 2) return [0, 0, 0, 0];
		return [box.left + u.valToPos((days[0] + 3 * days[1]) / 4, 'x'), box.left + box.width - 2, box.top + box.height / 2, box.bottom];
	})()`)
	if xy[0] == 0 {
		t.Fatal("the timeline has fewer than two days with events to brush between")
	}
	if xy[3] > 740 {
		t.Fatalf("the open timeline's chart ends %.0f px down a 740 px window", xy[3])
	}
	tb.do("brush the timeline", drag(xy[0], xy[2], xy[1]), idle(`location.hash.includes('from=')`))
	from, to := tb.hash().Get("from"), tb.hash().Get("to")
	if from == "" || to == "" || from > to {
		t.Fatalf("the brush set the range %q … %q", from, to)
	}
	// every drawn event is shown inside the range and hidden outside it,
	// its date read from the events route (or the day it was first
	// reported), as the timeline counts it
	got := evalIn[[]string](tb, fmt.Sprintf(`(async () => {
		const out = { wrong: [], shown: 0, hidden: 0 };
		for (const n of cy.nodes('[kind = "event"]')) {
			const v = await (await fetch('/api/v1/events/' + n.id())).json();
			const when = v.date || (v.provenance || []).map(p => p.published).filter(Boolean).sort()[0] || '';
			const k = when.length;
			const inside = !!when && when >= %q.slice(0, k) && when <= %q.slice(0, k);
			const shown = !n.hasClass('filtered') && !n.hasClass('hiddenNode');
			if (shown) out.shown++; else out.hidden++;
			if (inside !== shown && (inside ? n.neighborhood('node').length > 0 : true)) out.wrong.push(n.data('type') + ' ' + when + (shown ? ' shown' : ' hidden'));
		}
		return [String(out.shown), String(out.hidden), ...out.wrong];
	})()`, from, to))
	if len(got) > 2 {
		t.Errorf("after brushing %s … %s these events are wrongly shown or hidden: %v", from, to, got[2:])
	}
	if got[0] == "0" || got[1] == "0" {
		t.Errorf("brushing %s … %s shows %s events and hides %s; want the brush to keep some and drop others", from, to, got[0], got[1])
	}

	was = fromMiddle()
	tb.do("fold the timeline", chromedp.Click(chromedp.CSS("#timeline-toggle")),
		idle(`document.getElementById('timeline-toggle').getAttribute('aria-expanded') === 'false'`))
	if is := fromMiddle(); math.Hypot(is[0]-was[0], is[1]-was[1]) > 1 {
		t.Errorf("folding the timeline moved the focus from %.1f, %.1f px off the graph's middle to %.1f, %.1f; want the middle kept", was[0], was[1], is[0], is[1])
	}
	if h := graph(); h < 480 {
		t.Errorf("with the timeline folded again the graph is %.0f px high", h)
	}
	if got := tb.text("#timeline-toggle"); !strings.Contains(got, from) || !strings.Contains(got, to) {
		t.Errorf("the folded timeline reads %q; want it to name the range %s … %s", got, from, to)
	}
	// Esc folds it too, as it closes a drawer, from one of its date fields,
	// and the keyboard's focus goes to its button, not to a hidden field
	tb.do("open the timeline again", chromedp.Click(chromedp.CSS("#timeline-toggle")),
		idle(`document.getElementById('timeline-toggle').getAttribute('aria-expanded') === 'true'`))
	tb.do("Esc in a date field", chromedp.Focus(chromedp.CSS("#from")), chromedp.KeyEvent(kb.Escape),
		idle(`document.getElementById('timeline-toggle').getAttribute('aria-expanded') === 'false'`))
	if got := evalIn[string](tb, `document.activeElement.id`); got != "timeline-toggle" {
		t.Errorf("after Esc folded the timeline the focus is on %q; want its button", got)
	}
	tb.clean()
}

// TestViewerPhoneOnItsSide: a phone held on its side (740 × 360) has the
// header's rows joined where they fit, and with the timeline open the
// chart lies whole in the window above the graph's bottom edge, and a
// brush with the real mouse sets the range. On the code before, the
// graph kept 192 px under a 109 px header and the open timeline's chart
// was pushed out of the window.
func TestViewerPhoneOnItsSide(t *testing.T) {
	base := seeded(t)
	kim := entityID(t, base, "Kim Jong-un")
	tb := openTab(t, 740, 360)
	tb.do("open Kim Jong-un", chromedp.Navigate(base+"/#entity="+kim),
		idle(`cy.getElementById('`+kim+`').hasClass('focus') && !!timeline.plot`))
	tb.do("open the timeline", chromedp.Click(chromedp.CSS("#timeline-toggle")),
		idle(`document.getElementById('timeline-toggle').getAttribute('aria-expanded') === 'true' && timeline.plot.over.getBoundingClientRect().width > 250`))
	box := evalIn[[]float64](tb, `(() => { const o = timeline.plot.over.getBoundingClientRect(), g = document.getElementById('cy').getBoundingClientRect(), f = document.getElementById('from').getBoundingClientRect();
		return [o.left, o.top, o.right, o.bottom, g.height, f.bottom, document.querySelector('header').getBoundingClientRect().height]; })()`)
	t.Logf("at 740 × 360 with the timeline open: the header %.0f px, the graph %.0f px, the chart %.0f–%.0f px down", box[6], box[4], box[1], box[3])
	if box[3] > 360 || box[5] > 360 {
		t.Fatalf("the open timeline's chart ends %.0f px and its date fields %.0f px down a 360 px window; want both in it", box[3], box[5])
	}
	if box[4] < 120 {
		t.Errorf("with the timeline open the graph is %.0f px high; want at least 120", box[4])
	}
	tb.do("brush the timeline", drag(box[0]+2, (box[1]+box[3])/2, box[0]+(box[2]-box[0])/2), idle(`location.hash.includes('from=')`))
	tb.clean()
}
