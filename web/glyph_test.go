package web_test

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image"
	"image/png"
	"math"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestViewerGlyphs reads the glyph of every type drawn around Russia in the
// real browser: each node of a type carries that type's icon, one of our
// own bundled as a data URI, in an ink that contrasts with the type's
// colour; the icon is on the screen (pixels of the ink inside the node,
// none without it) and big enough to read at the zoom a drawing opens at;
// and glyphs are left out when the nodes are too small to show them.
func TestViewerGlyphs(t *testing.T) {
	base := seeded(t)
	russia := entityID(t, base, "Russia")
	trump := entityID(t, base, "Donald Trump")
	tb := openTab(t, 1300, 850)
	tb.do("open Russia", chromedp.Navigate(base+"/#entity="+russia+"&expanded="+trump), idle(`cy.getElementById('`+russia+`').hasClass('focus') && cy.getElementById('`+trump+`').hasClass('expanded')`))
	evalIn[bool](tb, `cy.zoom({ level: 1, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }) && true`)
	tb.do("zoom to full size", idle(`true`))

	type drawn struct {
		ID, Kind, Type, Fill, Image, Width, Height string
		Glyph                                      bool
		Size                                       float64
	}
	read := func() []drawn {
		return evalIn[[]drawn](tb, `cy.nodes().map(n => ({ ID: n.id(), Kind: n.data('kind'), Type: n.data('type') || '', Fill: n.style('background-color'),
			Image: n.style('background-image'), Width: n.style('background-width'), Height: n.style('background-height'),
			Glyph: n.hasClass('glyph'), Size: n.renderedWidth() }))`)
	}
	nodes := read()
	byType := map[string]string{} // kind/type → glyph
	owner := map[string]string{}  // glyph → kind/type
	for _, n := range nodes {
		key := n.Kind + "/" + n.Type
		if !n.Glyph || !strings.HasPrefix(n.Image, "data:image/svg+xml") {
			t.Errorf("%s node %s has no glyph at zoom 1: class %v, background-image %.60q", key, n.ID, n.Glyph, n.Image)
			continue
		}
		if g, ok := byType[key]; ok && g != n.Image {
			t.Errorf("two %s nodes carry different glyphs", key)
		}
		if k, ok := owner[n.Image]; ok && k != key {
			t.Errorf("%s and %s carry the same glyph", k, key)
		}
		byType[key], owner[n.Image] = n.Image, key
		pct, _ := strconv.ParseFloat(strings.TrimSuffix(n.Width, "%"), 64)
		if glyph := n.Size * pct / 100; glyph < 10 {
			t.Errorf("the glyph of %s node %s is %.1f px wide at zoom 1, too small to read", key, n.ID, glyph)
		}
		if n.Width != n.Height {
			t.Errorf("the glyph of %s is %s × %s: not square", key, n.Width, n.Height)
		}
	}
	// the icon itself: an SVG of ours whose ink contrasts with the fill
	for key, g := range byType {
		inkColor := glyphInk(t, key, g)
		fill := ""
		for _, n := range nodes {
			if n.Kind+"/"+n.Type == key {
				fill = n.Fill
			}
		}
		if r := contrast(inkColor, fill); r < 3 {
			t.Errorf("the glyph of %s is drawn in %s on %s: contrast %.1f, want at least 3", key, inkColor, fill, r)
		}
	}
	want := []string{"entity/Country", "entity/Person", "entity/City", "event/meeting"}
	for _, k := range want {
		if _, ok := byType[k]; !ok {
			t.Errorf("no %s drawn to check its glyph; drawn: %v", k, keys(byType))
		}
	}

	// on the screen: zoomed onto one node of each type, the middle of the
	// node holds pixels of the glyph's ink, and none once the glyph is taken
	// off
	for key, g := range byType {
		id := evalIn[string](tb, fmt.Sprintf(`(() => {
			const [kind, type] = %q.split('/');
			const of = cy.nodes().filter(n => n.data('kind') === kind && (n.data('type') || '') === type && !n.hasClass('filtered'));
			// the one farthest from any other node, so that nothing covers it
			const room = (n) => Math.min(...cy.nodes().not(n).map(m => Math.hypot(m.position('x') - n.position('x'), m.position('y') - n.position('y'))));
			return of.max(room).ele.id();
		})()`, key))
		ink := hexColor(glyphInk(t, key, g))
		share := func() float64 {
			box := evalIn[[]float64](tb, fmt.Sprintf(`(() => { const n = cy.getElementById(%q);
				cy.zoom(2.5); cy.center(n);
				const p = n.renderedPosition(), w = n.renderedWidth(), b = cy.container().getBoundingClientRect();
				return [b.left + p.x - w / 5, b.top + p.y - w / 5, w * 2 / 5]; })()`, id))
			var last float64
			for try := 0; try < 10; try++ {
				time.Sleep(150 * time.Millisecond)
				shot, err := chromedp.Call(tb.ctx, page.CaptureScreenshot, page.CaptureScreenshotParams{
					Format: page.CaptureScreenshotFormatPng, Clip: &page.Viewport{X: box[0], Y: box[1], Width: box[2], Height: box[2], Scale: 1}})
				if err != nil {
					t.Fatal(err)
				}
				last = inkShare(t, shot.Data, ink)
				if last >= 0.08 {
					break
				}
			}
			return last
		}
		if s := share(); s < 0.08 {
			t.Errorf("the middle of a %s node shows %.0f %% of its glyph's ink: the glyph is not drawn", key, 100*s)
		}
		evalIn[bool](tb, fmt.Sprintf(`cy.getElementById(%q).removeClass('glyph').length === 1`, id))
		if s := share(); s >= 0.02 {
			t.Errorf("without its glyph the middle of a %s node still shows %.0f %% of the glyph's ink: the test does not see the glyph", key, 100*s)
		}
		evalIn[bool](tb, fmt.Sprintf(`cy.getElementById(%q).addClass('glyph').length === 1`, id))
	}

	// too small to read: no glyph; big enough again: all back
	evalIn[bool](tb, `cy.zoom(0.3) && true`)
	tb.do("zoom far out", idle(`true`))
	if n := evalIn[int](tb, `cy.nodes().filter(n => n.hasClass('glyph') || n.style('background-image') !== 'none').length`); n != 0 {
		t.Errorf("%d nodes keep a glyph at zoom 0.3, where a node is 6–14 px wide", n)
	}
	evalIn[bool](tb, `cy.zoom(1) && true`)
	tb.do("zoom back", idle(`true`))
	if n := evalIn[int](tb, `cy.nodes().filter(n => !n.hasClass('glyph') || !n.style('background-image').startsWith('data:image/svg+xml')).length`); n != 0 {
		t.Errorf("%d nodes have no glyph after zooming back to 1", n)
	}

	// the legend shows each type with its glyph
	legend := evalIn[[]string](tb, `[...document.querySelectorAll('#legend .swatch')].map(s => getComputedStyle(s).backgroundImage)`)
	for i, bg := range legend {
		if !strings.HasPrefix(bg, `url("data:image/svg+xml`) {
			t.Errorf("legend item %d has the background %.60q, not its glyph", i, bg)
		}
	}
	tb.clean()
}

// TestViewerNamesTheHoveredNodeFarOut zooms a drawing out until its nodes
// are a few pixels wide, moves the mouse onto one and reads the name the
// viewer then draws: 12 px high on the screen, as at full size; the mouse
// moved away, the name goes.
func TestViewerNamesTheHoveredNodeFarOut(t *testing.T) {
	base := seeded(t)
	russia := entityID(t, base, "Russia")
	tb := openTab(t, 1300, 850)
	tb.do("open Russia", chromedp.Navigate(base+"/#entity="+russia), idle(`cy.getElementById('`+russia+`').hasClass('focus')`))
	evalIn[bool](tb, `cy.zoom({ level: 0.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }) && true`)
	tb.do("zoom far out", idle(`true`))
	hoverName(t, tb, `cy.nodes().not('.focus').not('.filtered')`)
	tb.clean()
}

// hoverName moves the mouse onto a node of those the expression gives that
// lies in view and apart from the others, and checks the name drawn.
func hoverName(t *testing.T, tb *tab, among string) {
	t.Helper()
	at := evalIn[[]float64](tb, `(() => {
		const b = cy.container().getBoundingClientRect(), all = cy.nodes().not('.filtered');
		const inView = (p) => p.x > 20 && p.y > 20 && p.x < cy.width() - 20 && p.y < cy.height() - 20;
		const n = `+among+`.filter(n => inView(n.renderedPosition()) &&
			all.every(m => m.same(n) || Math.hypot(m.renderedPosition('x') - n.renderedPosition('x'), m.renderedPosition('y') - n.renderedPosition('y')) > 9)).first();
		if (n.empty()) return [];
		window.__hovered = n.id();
		return [b.left + n.renderedPosition('x'), b.top + n.renderedPosition('y'), n.renderedWidth()];
	})()`)
	if len(at) == 0 {
		t.Fatal("no node in view apart from the others to hover")
	}
	if at[2] > 15 {
		t.Fatalf("the hovered node is %.0f px wide: the view is not zoomed out far", at[2])
	}
	tb.do("move the mouse onto the node", chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, at[0]-30, at[1]-30),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, at[0], at[1]), idle(`cy.getElementById(window.__hovered).hasClass('hover')`))
	got := evalIn[[]any](tb, `(() => { const n = cy.getElementById(window.__hovered);
		return [n.style('label'), n.data('label') || n.data('name'), n.numericStyle('font-size') * cy.zoom(), n.numericStyle('min-zoomed-font-size'), n.numericStyle('text-outline-width') * cy.zoom()]; })()`)
	label, name, px, minPx, outline := got[0].(string), got[1].(string), got[2].(float64), got[3].(float64), got[4].(float64)
	if label == "" || label != name {
		t.Errorf("the hovered node is labelled %q, want its name %q", label, name)
	}
	if px < 11.5 || px > 24 {
		t.Errorf("the hovered node's name is %.1f px high on the screen, want 12", px)
	}
	if minPx > px {
		t.Errorf("the hovered node's name (%.1f px) is under its min-zoomed-font-size %.1f: not drawn", px, minPx)
	}
	if outline < 1.5 {
		t.Errorf("the hovered node's name has a %.1f px halo on the screen: unreadable over the links", outline)
	}
	// to a point of the graph's background near it
	away := evalIn[[]float64](tb, `(() => { const b = cy.container().getBoundingClientRect(), n = cy.getElementById(window.__hovered), p = n.renderedPosition();
		for (let r = 30; r < 300; r += 10) for (let a = 0; a < 6.3; a += 0.4) {
			const x = p.x + r * Math.cos(a), y = p.y + r * Math.sin(a);
			if (x > 5 && y > 5 && x < cy.width() - 5 && y < cy.height() - 5 && cy.elements().not('.filtered').every(e => { const q = e.renderedBoundingBox(); return x < q.x1 - 6 || x > q.x2 + 6 || y < q.y1 - 6 || y > q.y2 + 6; }))
				return [b.left + x, b.top + y];
		}
		return [b.left + 3, b.top + 3]; })()`)
	tb.do("move the mouse away", chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, away[0], away[1]),
		idle(`!cy.getElementById(window.__hovered).hasClass('hover')`))
}

func keys(m map[string]string) []string {
	var l []string
	for k := range m {
		l = append(l, k)
	}
	return l
}

// glyphInk decodes a glyph's data URI and returns the colour it is drawn
// in, failing the test when it is not an SVG drawing one.
func glyphInk(t *testing.T, key, uri string) string {
	t.Helper()
	_, body, ok := strings.Cut(uri, ",")
	if !ok {
		t.Fatalf("the glyph of %s is no data URI: %.60q", key, uri)
	}
	svg, err := url.PathUnescape(body)
	if err != nil {
		t.Fatalf("the glyph of %s: %v", key, err)
	}
	var doc struct {
		XMLName xml.Name `xml:"svg"`
		Paths   []struct {
			D      string `xml:"d,attr"`
			Fill   string `xml:"fill,attr"`
			Stroke string `xml:"stroke,attr"`
		} `xml:"path"`
	}
	if err := xml.Unmarshal([]byte(svg), &doc); err != nil || len(doc.Paths) == 0 || doc.Paths[0].D == "" {
		t.Fatalf("the glyph of %s is not an SVG with a path (%v): %.80q", key, err, svg)
	}
	if strings.Contains(svg, "href") || strings.Contains(svg, "url(") {
		t.Errorf("the glyph of %s refers to something outside it: %q", key, svg)
	}
	p := doc.Paths[0]
	if p.Fill != "" && p.Fill != "none" {
		return p.Fill
	}
	return p.Stroke
}

// hexColor reads #rrggbb or rgb(r,g,b).
func hexColor(c string) [3]float64 {
	var r, g, b int
	if _, err := fmt.Sscanf(c, "#%02x%02x%02x", &r, &g, &b); err != nil {
		fmt.Sscanf(strings.ReplaceAll(c, " ", ""), "rgb(%d,%d,%d)", &r, &g, &b)
	}
	return [3]float64{float64(r), float64(g), float64(b)}
}

// contrast is the WCAG contrast ratio of two colours.
func contrast(a, b string) float64 {
	lum := func(c [3]float64) float64 {
		var l [3]float64
		for i, v := range c {
			v /= 255
			if v <= 0.04045 {
				l[i] = v / 12.92
			} else {
				l[i] = math.Pow((v+0.055)/1.055, 2.4)
			}
		}
		return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
	}
	x, y := lum(hexColor(a)), lum(hexColor(b))
	return (math.Max(x, y) + 0.05) / (math.Min(x, y) + 0.05)
}

// inkShare is the share of a picture's pixels within a small distance of a
// colour.
func inkShare(t *testing.T, data []byte, ink [3]float64) float64 {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var near, all int
	bounds := img.Bounds()
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			all++
			if colorDistance(img, x, y, ink) < 48 {
				near++
			}
		}
	}
	if all == 0 {
		return 0
	}
	return float64(near) / float64(all)
}

func colorDistance(img image.Image, x, y int, c [3]float64) float64 {
	r, g, b, _ := img.At(x, y).RGBA()
	return math.Sqrt(math.Pow(float64(r>>8)-c[0], 2) + math.Pow(float64(g>>8)-c[1], 2) + math.Pow(float64(b>>8)-c[2], 2))
}
