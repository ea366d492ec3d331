package web_test

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestViewerPhoneLabels: at 360 × 740 a small neighbourhood, as a pick from
// the search frames it, names every shown node at least 10 px high on the
// screen (font size × zoom), drawn, not left out as too small; a dense one
// (Russia's 40-odd nodes) still leaves most names out at that framing, as
// before, rather than drawing a hairball of names. Before, the phone's
// framing drew Donald Trump's neighbours' names 5.7 px high, below the
// size at which they are drawn at all, and Kim Jong-un's events' 8.8 px
// (docs/VIEWER-TRIAL.md).
func TestViewerPhoneLabels(t *testing.T) {
	base := seeded(t)
	tb := openTab(t, 360, 740)
	// each shown node's name: [rendered px, the least px drawn, 1 when it has a name]
	names := `cy.nodes().not('.filtered').map((n) => [n.numericStyle('font-size') * cy.zoom(), n.numericStyle('min-zoomed-font-size'), n.style('label') ? 1 : 0])`
	for _, name := range []string{"Kim Jong-un", "Donald Trump"} {
		id := entityID(t, base, name)
		tb.do("open "+name, chromedp.Navigate(base+"/#entity="+id), idle(`cy.getElementById('`+id+`').hasClass('focus') && cy.nodes().length > 2`))
		got := evalIn[[][]float64](tb, names)
		small := 0
		for _, n := range got {
			if n[2] == 0 || n[0] < 10 || n[0] < n[1] {
				small++
			}
		}
		if small > 0 {
			t.Errorf("%s's neighbourhood at 360 px (zoom %.2f): %d of %d names are under 10 px or not drawn: %s", name, evalIn[float64](tb, `cy.zoom()`), small, len(got), pxList(got))
		}
	}

	russia := entityID(t, base, "Russia")
	tb.do("open Russia", chromedp.Navigate(base+"/#entity="+russia), idle(`cy.getElementById('`+russia+`').hasClass('focus') && cy.nodes().length > 30`))
	got := evalIn[[][]float64](tb, names)
	drawn := 0
	for _, n := range got {
		if n[2] == 1 && n[0] >= n[1] {
			drawn++
		}
	}
	if drawn*2 > len(got) {
		t.Errorf("Russia's %d nodes at 360 px draw %d names: a dense drawing should leave most out until zoomed; %s", len(got), drawn, pxList(got))
	}
	tb.clean()
}

func pxList(names [][]float64) string {
	s := ""
	for _, n := range names {
		s += fmt.Sprintf(" %.1f", n[0])
	}
	return "px" + s
}
