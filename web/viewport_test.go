package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"actorgraph/web"
)

// dragXY presses the mouse at one point of the page, moves to another in
// ten steps, as a hand does, and lets go there.
func dragXY(x1, y1, x2, y2 float64) chromedp.Action[chromedp.Void] {
	steps := []chromedp.Action[chromedp.Void]{chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x1, y1),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMousePressed, x1, y1, chromedp.ButtonLeft, chromedp.ClickCount(1))}
	for i := 1; i <= 10; i++ {
		f := float64(i) / 10
		steps = append(steps, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x1+(x2-x1)*f, y1+(y2-y1)*f, chromedp.ButtonLeft), chromedp.Sleep(20*time.Millisecond))
	}
	steps = append(steps, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseReleased, x2, y2, chromedp.ButtonLeft, chromedp.ClickCount(1)))
	return chromedp.Steps(steps...)
}

// wheelAt turns the mouse wheel at a point of the page (dy < 0 zooms in).
func wheelAt(x, y, dy float64) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, _ *chromedp.Target) (chromedp.Void, error) {
		_, err := chromedp.Call(ctx, input.DispatchMouseEvent, input.DispatchMouseEventParams{Type: input.DispatchMouseEventTypeMouseWheel, X: x, Y: y, DeltaX: 1e-9, DeltaY: dy})
		return chromedp.Void{}, err
	}
}

// the view as the graph has it: zoom, pan x, pan y
const viewport = `[cy.zoom(), cy.pan().x, cy.pan().y]`

// every node where it is drawn on the screen, by id
const onScreen = `Object.fromEntries(cy.nodes().map((n) => [n.id(), [n.renderedPosition('x'), n.renderedPosition('y')]]))`

// sameView reports how a view (viewport) differs from want beyond a
// thousandth of the zoom and half a pixel of pan.
func sameView(t *testing.T, what string, got, want []float64) {
	t.Helper()
	if math.Abs(got[0]/want[0]-1) > 1e-3 || math.Hypot(got[1]-want[1], got[2]-want[2]) > 0.5 {
		t.Errorf("%s: zoom %.4f and pan %.1f, %.1f; want zoom %.4f and pan %.1f, %.1f", what, got[0], got[1], got[2], want[0], want[1], want[2])
	}
}

// movedNodes counts the nodes of want drawn more than a pixel from where
// want has them, or not drawn.
func movedNodes(got, want map[string][]float64) int {
	off := 0
	for id, p := range want {
		if q, ok := got[id]; !ok || math.Hypot(q[0]-p[0], q[1]-p[1]) > 1 {
			off++
		}
	}
	return off
}

// TestViewerURLKeepsTheView: the view panned by a drag and zoomed by the
// wheel is in the URL (view=), so a reload shows the same view, every node
// where it was on the screen (the force layout, started from the same
// seed, places them as before); in a smaller window the same link keeps
// the zoom and the middle; Fit and a layout take it out of the URL. On the
// code before,
// the URL held no view and a reload framed the drawing afresh, elsewhere
// each time.
func TestViewerURLKeepsTheView(t *testing.T) {
	base := seeded(t)
	russia := entityID(t, base, "Russia")
	tb := openTab(t, 1300, 850)
	tb.do("open Russia", chromedp.Navigate(base+"/#entity="+russia), idle(`cy.getElementById('`+russia+`').hasClass('focus')`))
	if tb.hash().Has("view") {
		t.Errorf("the URL holds view=%s before the view was moved", tb.hash().Get("view"))
	}
	framed := evalIn[[]float64](tb, viewport)
	// from the left margin the layout's fit leaves empty (40 px), 200 px
	// right and 60 down; then four wheel turns in
	box := evalIn[[]float64](tb, `(() => { const b = document.getElementById('cy').getBoundingClientRect(); return [b.left, b.top, b.width, b.height]; })()`)
	x, y := box[0]+12, box[1]+box[3]/2
	tb.do("pan the graph", dragXY(x, y, x+200, y+60))
	for range 4 {
		tb.do("zoom the graph in", wheelAt(box[0]+box[2]/2, box[1]+box[3]/2, -120), chromedp.Sleep(30*time.Millisecond))
	}
	tb.do("the URL follows", idle(`location.hash.includes('view=')`), chromedp.Sleep(400*time.Millisecond), idle(`true`))
	left := evalIn[[]float64](tb, viewport)
	if left[0] <= framed[0]*1.1 || math.Abs(left[1]-framed[1]) < 100 {
		t.Fatalf("the drag and the wheel left the view at %v from %v; want it panned and zoomed in", left, framed)
	}
	seen := evalIn[map[string][]float64](tb, onScreen)
	link := evalIn[string](tb, `location.href`)

	tb.do("reload", chromedp.Reload(), idle(`cy.getElementById('`+russia+`').hasClass('focus') && cy.nodes().length === `+fmt.Sprint(len(seen))))
	sameView(t, "after a reload", evalIn[[]float64](tb, viewport), left)
	if off := movedNodes(evalIn[map[string][]float64](tb, onScreen), seen); off > 0 {
		t.Errorf("after a reload %d of %d nodes are drawn elsewhere on the screen", off, len(seen))
	}

	// the same link in a smaller window: the same zoom, the same middle
	middle := `(() => { const e = cy.extent(); return [cy.zoom(), (e.x1 + e.x2) / 2, (e.y1 + e.y2) / 2]; })()`
	want := evalIn[[]float64](tb, middle)
	tb.do("a smaller window", chromedp.Navigate("about:blank"), chromedp.EmulateViewport(900, 700), chromedp.Navigate(link),
		idle(`cy.getElementById('`+russia+`').hasClass('focus') && cy.nodes().length === `+fmt.Sprint(len(seen))))
	if got := evalIn[[]float64](tb, middle); math.Abs(got[0]/want[0]-1) > 1e-3 || math.Hypot(got[1]-want[1], got[2]-want[2]) > 0.5 {
		t.Errorf("in a smaller window the link shows zoom %.4f about %.1f, %.1f; want %.4f about %.1f, %.1f", got[0], got[1], got[2], want[0], want[1], want[2])
	}

	tb.do("fit", chromedp.Click(chromedp.CSS("#fit")), idle(`!location.hash.includes('view=')`))
	// a drawing grown by a click is laid out and framed afresh: the view
	// leaves the URL
	box = evalIn[[]float64](tb, `(() => { const b = document.getElementById('cy').getBoundingClientRect(); return [b.left, b.top, b.width, b.height]; })()`)
	tb.do("pan the graph again", dragXY(box[0]+12, box[1]+box[3]/2, box[0]+52, box[1]+box[3]/2), idle(`location.hash.includes('view=')`))
	before := evalIn[int](tb, `cy.nodes().length`)
	// a country in sight, not under another node
	id := evalIn[string](tb, `cy.nodes('[type = "Country"]').filter((n) => { const p = n.renderedPosition();
		return !n.hasClass('expanded') && p.x > 30 && p.y > 30 && p.x < cy.width() - 30 && p.y < cy.height() - 30 && cy.nodes().every((m) => m === n || Math.hypot(m.renderedPosition('x') - p.x, m.renderedPosition('y') - p.y) > 12); }).first().id()`)
	if id == "" {
		t.Fatal("no country in sight to expand")
	}
	tb.do("expand a country", clickAt(`cy.getElementById('`+id+`')`), idle(`cy.getElementById('`+id+`').hasClass('expanded')`))
	if grown := evalIn[int](tb, `cy.nodes().length`); grown == before {
		t.Logf("expanding %s drew no new node; the view stays", id)
	} else if tb.hash().Has("view") {
		t.Errorf("the drawing grew from %d to %d nodes and was framed afresh, but the URL keeps view=%s", before, grown, tb.hash().Get("view"))
	}
	tb.clean()
}

// TestViewerURLKeepsTheViewOfABigDrawing: a big drawing's view moved by
// hand is in the URL, and the same link frames the picture drawn before
// the viewer's code (boot.js) there, then the graph, every node where the
// picture showed it.
func TestViewerURLKeepsTheViewOfABigDrawing(t *testing.T) {
	s := browserStore(t)
	hub := bigGraph(t, s, 1, 800)[0]
	srv := httptest.NewServer(web.New(web.Config{Store: s}))
	t.Cleanup(srv.Close)
	tb := openTab(t, 1300, 850)
	drawn := `cy.nodes().length === 801 && !document.getElementById('preview')`
	tb.do("open the drawing", chromedp.Navigate(srv.URL+"/#entity="+hub+"&reach="+hub+":801"), idle(drawn))
	box := evalIn[[]float64](tb, `(() => { const b = document.getElementById('cy').getBoundingClientRect(); return [b.left, b.top, b.width, b.height]; })()`)
	// the members lie on a disc about the organisation: a corner of the
	// view is empty
	x, y := box[0]+12, box[1]+12
	tb.do("pan the graph", dragXY(x, y, x+180, y+90))
	tb.do("zoom the graph in", wheelAt(box[0]+box[2]/3, box[1]+box[3]/3, -240))
	tb.do("the URL follows", idle(`location.hash.includes('view=')`), chromedp.Sleep(400*time.Millisecond), idle(`true`))
	left := evalIn[[]float64](tb, viewport)
	seen := evalIn[map[string][]float64](tb, onScreen)
	link := evalIn[string](tb, `location.href`)
	kept := tb.hash().Get("view")
	if kept == "" {
		t.Fatalf("the URL %s holds no view", link)
	}

	holdViewer(t, tb)
	tb.do("open the link again", chromedp.Navigate("about:blank"), chromedp.Navigate(link), pictured)
	picture := evalIn[[]float64](tb, `(() => { const m = performance.getEntriesByName('view-preview')[0].detail; return [m.zoom, m.pan.x, m.pan.y]; })()`)
	sameView(t, "the picture", picture, left)
	tb.do("let the graph draw", func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		_, err := chromedp.Evaluate[bool](`window.__release(), true`)(ctx, tg)
		return chromedp.Void{}, err
	}, idle(drawn))
	sameView(t, "the graph", evalIn[[]float64](tb, viewport), left)
	if off := movedNodes(evalIn[map[string][]float64](tb, onScreen), seen); off > 0 {
		t.Errorf("%d of %d nodes are drawn elsewhere on the screen than before", off, len(seen))
	}
	if got := tb.hash().Get("view"); got != kept {
		t.Errorf("the link's view=%s became view=%s without a move", kept, got)
	}
	tb.clean()
}

// TestViewerDragANodeOnThePicture: a drag that starts on a node of the
// picture drawn before the viewer's code moves that node, not the view,
// and the graph draws it where it was left, every other node where the
// picture showed it. On the code before, the drag moved the whole picture.
func TestViewerDragANodeOnThePicture(t *testing.T) {
	tb, _, hub := pictureOfBigGraph(t)
	// a member far from the organisation, where the picture drew it, and
	// where it drew every node
	at := evalIn[map[string][]float64](tb, `(() => { const m = performance.getEntriesByName('view-preview')[0].detail, b = document.getElementById('cy').getBoundingClientRect();
		return Object.fromEntries(Object.entries(m.at).map(([id, p]) => [id, [b.left + m.pan.x + p.x * m.zoom, b.top + m.pan.y + p.y * m.zoom]])); })()`)
	h := at[hub]
	member := ""
	for id, p := range at {
		if id != hub && (member == "" || math.Hypot(p[0]-h[0], p[1]-h[1]) > math.Hypot(at[member][0]-h[0], at[member][1]-h[1])) {
			member = id
		}
	}
	from := at[member]
	to := []float64{from[0] + 70, from[1] - 50}
	if from[0] > h[0] {
		to[0] = from[0] - 70
	}
	tb.do("drag the member", dragXY(from[0], from[1], to[0], to[1]))
	if got := evalIn[[]float64](tb, `(() => { const p = document.getElementById('preview').getBoundingClientRect(), c = document.getElementById('cy').getBoundingClientRect(); return [p.left - c.left, p.top - c.top, p.width - c.width, cy.nodes().length]; })()`); got[0] != 0 || got[1] != 0 || got[2] != 0 || got[3] != 0 {
		t.Fatalf("after dragging a node the picture is off by %.1f, %.1f px (%.1f px wider) and the graph has %v nodes; want it in place and no graph yet", got[0], got[1], got[2], got[3])
	}
	// the picture now shows the member where it was left
	if got := evalIn[[]float64](tb, `(() => { const c = document.getElementById('preview'), b = c.getBoundingClientRect(), r = c.width / b.width;
		const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
		const px = (x, y) => d[4 * (Math.round((y - b.top) * r) * c.width + Math.round((x - b.left) * r)) + 3];
		return [px(`+fmt.Sprint(to[0])+`, `+fmt.Sprint(to[1])+`), px(`+fmt.Sprint(from[0])+`, `+fmt.Sprint(from[1])+`)]; })()`); got[0] == 0 || got[1] != 0 {
		t.Errorf("the picture's opacity is %v where the member was left and %v where it was; want it drawn at the one and gone from the other", got[0], got[1])
	}
	tb.do("let the graph draw", func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		_, err := chromedp.Evaluate[bool](`window.__release(), true`)(ctx, tg)
		return chromedp.Void{}, err
	}, idle(`cy.nodes().length === 801 && !document.getElementById('preview')`))
	drawn := evalIn[map[string][]float64](tb, `(() => { const b = document.getElementById('cy').getBoundingClientRect();
		return Object.fromEntries(cy.nodes().map((n) => [n.id(), [b.left + n.renderedPosition('x'), b.top + n.renderedPosition('y')]])); })()`)
	if p := drawn[member]; math.Hypot(p[0]-to[0], p[1]-to[1]) > 1 {
		t.Errorf("the dragged member is drawn at %.1f, %.1f; it was left at %.1f, %.1f", p[0], p[1], to[0], to[1])
	}
	delete(at, member)
	if off := movedNodes(drawn, at); off > 0 {
		t.Errorf("%d of %d nodes not dragged are drawn elsewhere than the picture showed them", off, len(at))
	}
	if n := evalIn[int](tb, `cy.nodes(':selected').length`); n != 0 {
		t.Errorf("the drag selected %d nodes; a drag is no tap", n)
	}

	// the URL keeps the member where it was left: reloaded, the picture
	// and then the graph draw it there
	if got := tb.hash().Get("at"); !strings.HasPrefix(got, member+":") {
		t.Fatalf("the URL keeps at=%q; want the dragged member %s", got, member)
	}
	tb.do("reload", chromedp.Reload(), pictured)
	if got := evalIn[[]float64](tb, `(() => { const c = document.getElementById('preview'), b = c.getBoundingClientRect(), r = c.width / b.width;
		const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
		const px = (x, y) => d[4 * (Math.round((y - b.top) * r) * c.width + Math.round((x - b.left) * r)) + 3];
		return [px(`+fmt.Sprint(to[0])+`, `+fmt.Sprint(to[1])+`), px(`+fmt.Sprint(from[0])+`, `+fmt.Sprint(from[1])+`)]; })()`); got[0] == 0 || got[1] != 0 {
		t.Errorf("reloaded, the picture's opacity is %v where the member was left and %v where the layout put it; want it drawn at the one and not the other", got[0], got[1])
	}
	tb.do("let the graph draw again", func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		_, err := chromedp.Evaluate[bool](`window.__release(), true`)(ctx, tg)
		return chromedp.Void{}, err
	}, idle(`cy.nodes().length === 801 && !document.getElementById('preview')`))
	again := evalIn[map[string][]float64](tb, `(() => { const b = document.getElementById('cy').getBoundingClientRect();
		return Object.fromEntries(cy.nodes().map((n) => [n.id(), [b.left + n.renderedPosition('x'), b.top + n.renderedPosition('y')]])); })()`)
	if p := again[member]; math.Hypot(p[0]-to[0], p[1]-to[1]) > 1 {
		t.Errorf("reloaded, the dragged member is drawn at %.1f, %.1f; it was left at %.1f, %.1f", p[0], p[1], to[0], to[1])
	}
	if off := movedNodes(again, at); off > 0 {
		t.Errorf("reloaded, %d of %d nodes not dragged are drawn elsewhere", off, len(at))
	}
	tb.clean()
}

// TestViewerURLKeepsADraggedNode: a node dragged by the real mouse is kept
// in the URL (at=) where it was left, so a reload draws it there and every
// other node where it was; a drawing grown by a click is laid out around
// it, not over it. On the code before, the URL held no place and a reload
// put the node back where the layout had it.
func TestViewerURLKeepsADraggedNode(t *testing.T) {
	base := seeded(t)
	russia := entityID(t, base, "Russia")
	tb := openTab(t, 1300, 850)
	tb.do("open Russia", chromedp.Navigate(base+"/#entity="+russia), idle(`cy.getElementById('`+russia+`').hasClass('focus')`))
	// a node in sight with no other within 30 px, so that the press lands
	// on it, and room to move it up and right
	pick := evalIn[[]any](tb, `(() => { const b = cy.container().getBoundingClientRect();
		const n = cy.nodes().filter((n) => { const p = n.renderedPosition();
			return !n.hasClass('focus') && p.x > 30 && p.y > 120 && p.x < cy.width() - 160 && p.y < cy.height() - 30 &&
				cy.nodes().every((m) => m === n || Math.hypot(m.renderedPosition('x') - p.x, m.renderedPosition('y') - p.y) > 30); }).first();
		return n.empty() ? [] : [n.id(), b.left + n.renderedPosition('x'), b.top + n.renderedPosition('y')]; })()`)
	if len(pick) != 3 {
		t.Fatal("no node in sight with room around it to drag")
	}
	id, x, y := pick[0].(string), pick[1].(float64), pick[2].(float64)
	tb.do("drag the node", dragXY(x, y, x+120, y-90), idle(`location.hash.includes('at=')`))
	node := `cy.getElementById('` + id + `')`
	if got := evalIn[[]float64](tb, `(() => { const b = cy.container().getBoundingClientRect(); return [b.left + `+node+`.renderedPosition('x'), b.top + `+node+`.renderedPosition('y')]; })()`); math.Hypot(got[0]-x-120, got[1]-y+90) > 1.5 {
		t.Fatalf("the node is drawn at %.1f, %.1f after the drag; want %.1f, %.1f", got[0], got[1], x+120, y-90)
	}
	if !strings.HasPrefix(tb.hash().Get("at"), id+":") || strings.Contains(tb.hash().Get("at"), ",") {
		t.Errorf("the URL keeps at=%q; want the dragged node %s alone", tb.hash().Get("at"), id)
	}
	seen := evalIn[map[string][]float64](tb, onScreen)

	tb.do("reload", chromedp.Reload(), idle(`cy.getElementById('`+russia+`').hasClass('focus') && cy.nodes().length === `+fmt.Sprint(len(seen))))
	after := evalIn[map[string][]float64](tb, onScreen)
	if p, q := after[id], seen[id]; math.Hypot(p[0]-q[0], p[1]-q[1]) > 1 {
		t.Errorf("after a reload the dragged node is drawn at %.1f, %.1f; it was left at %.1f, %.1f", p[0], p[1], q[0], q[1])
	}
	if off := movedNodes(after, seen); off > 0 {
		t.Errorf("after a reload %d of %d nodes are drawn elsewhere on the screen", off, len(seen))
	}

	// a drawing grown by a click is laid out again: the dragged node stays
	// where it was left
	left := evalIn[[]float64](tb, `[`+node+`.position('x'), `+node+`.position('y')]`)
	other := evalIn[string](tb, `cy.nodes('[type = "Country"]').filter((n) => { const p = n.renderedPosition();
		return n.id() !== '`+id+`' && !n.hasClass('expanded') && p.x > 30 && p.y > 30 && p.x < cy.width() - 30 && p.y < cy.height() - 30 && cy.nodes().every((m) => m === n || Math.hypot(m.renderedPosition('x') - p.x, m.renderedPosition('y') - p.y) > 12); }).first().id()`)
	if other == "" {
		t.Fatal("no country in sight to expand")
	}
	before := len(after)
	tb.do("expand a country", clickAt(`cy.getElementById('`+other+`')`), idle(`cy.getElementById('`+other+`').hasClass('expanded')`))
	if grown := evalIn[int](tb, `cy.nodes().length`); grown == before {
		t.Logf("expanding %s drew no new node", other)
	}
	if got := evalIn[[]float64](tb, `[`+node+`.position('x'), `+node+`.position('y')]`); got[0] != left[0] || got[1] != left[1] {
		t.Errorf("the layout after an expansion moved the dragged node from %v to %v", left, got)
	}
	if !strings.HasPrefix(tb.hash().Get("at"), id+":") {
		t.Errorf("after the expansion the URL keeps at=%q; want the dragged node", tb.hash().Get("at"))
	}
	tb.clean()
}

// TestViewerURLKeepsThePickedPath: of several shortest connections found
// between two entities, the one the user highlights is kept in the URL
// (path=N), so a reload highlights the same one, not all of them. On the
// code before, the URL held only the two ends and a reload highlighted
// every path.
func TestViewerURLKeepsThePickedPath(t *testing.T) {
	base := seeded(t)
	// the first pair of seed entities with at least two shortest paths
	var from, to string
	for _, pair := range [][2]string{{"Russia", "United States"}, {"Vladimir Putin", "Donald Trump"}, {"Russia", "China"}, {"France", "Germany"}} {
		a, b := entityID(t, base, pair[0]), entityID(t, base, pair[1])
		resp, err := http.Get(base + "/api/v1/paths?from=" + a + "&to=" + b + "&max=4&limit=5")
		if err != nil {
			t.Fatal(err)
		}
		var found struct {
			Paths []json.RawMessage `json:"paths"`
		}
		err = json.NewDecoder(resp.Body).Decode(&found)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		if len(found.Paths) >= 2 {
			from, to = a, b
			t.Logf("%s → %s: %d shortest paths", pair[0], pair[1], len(found.Paths))
			break
		}
	}
	if from == "" {
		t.Fatal("no pair of seed entities with two shortest paths")
	}
	tb := openTab(t, 1300, 850)
	tb.do("open the two ends", chromedp.Navigate(base+"/#entity="+from+"&pathfrom="+from+"&pathto="+to),
		idle(`document.querySelectorAll('#paths-list .path-pick').length >= 2 && cy.elements('.path').nonempty()`))
	if tb.hash().Has("path") {
		t.Errorf("the URL holds path=%s before a path was picked", tb.hash().Get("path"))
	}
	onPath := `cy.elements('.path').map((e) => e.id()).sort()`
	all := evalIn[[]string](tb, onPath)
	tb.do("highlight the second path", chromedp.Click(chromedp.CSS(`#paths-list .path-pick[data-path="1"]`)), idle(`location.hash.includes('path=2')`))
	second := evalIn[[]string](tb, onPath)
	if len(second) == 0 || len(second) >= len(all) {
		t.Fatalf("the second path highlights %d elements, all the paths %d; want fewer, and some", len(second), len(all))
	}
	tb.do("reload", chromedp.Reload(), idle(`document.querySelectorAll('#paths-list .path-pick').length >= 2 && cy.elements('.path').nonempty() && !cy.animated()`))
	if got := evalIn[[]string](tb, onPath); strings.Join(got, ",") != strings.Join(second, ",") {
		t.Errorf("after a reload %d elements are highlighted; want the second path's %d", len(got), len(second))
	}
	if got := tb.hash().Get("path"); got != "2" {
		t.Errorf("after a reload the URL holds path=%q; want 2", got)
	}
	// finding the paths again highlights them all and leaves the URL
	tb.do("find the paths again", chromedp.Click(chromedp.CSS("#path-find")), idle(`!location.hash.includes('path=') && cy.elements('.path').length === `+fmt.Sprint(len(all))))
	tb.clean()
}
