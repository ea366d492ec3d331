package web_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestViewerURLKeepsOpenParts: on a phone the URL names the parts left
// open — the timeline, the filters' drawer, the details' drawer — and a
// reload finds them as they were: open ones open, shut ones shut, the
// details' drawer shut even when the link names a card to show. On the
// code before, a reload folded the timeline and shut the drawers, and a
// card in the link opened the details over the graph.
func TestViewerURLKeepsOpenParts(t *testing.T) {
	tb, _ := phoneTab(t)
	kim := tb.hash().Get("entity")
	state := func() string {
		var open []string
		for _, name := range []string{"timeline", "side", "panel"} {
			if evalIn[bool](tb, `document.body.classList.contains('`+name+`-open') && document.getElementById('`+name+`-toggle').getAttribute('aria-expanded') === 'true'`) {
				open = append(open, name)
			}
		}
		return strings.Join(open, ",")
	}
	reload := func(want string) {
		t.Helper()
		tb.do("reload", chromedp.Reload(), idle(`cy.getElementById('`+kim+`').hasClass('focus') && !!timeline.plot`))
		if got := state(); got != want {
			t.Errorf("after a reload the open parts are %q, want %q", got, want)
		}
		if got := tb.hash().Get("open"); got != want {
			t.Errorf("after a reload the URL holds open=%q, want %q", got, want)
		}
	}
	if got := tb.hash().Get("open"); got != "" || state() != "" {
		t.Fatalf("a phone opens with %q open, the URL holding open=%q; want all shut", state(), got)
	}

	tb.do("open the timeline", chromedp.Click(chromedp.CSS("#timeline-toggle")), idle(`location.hash.includes('open=timeline')`))
	tb.openDrawer("side", true)
	if got := tb.hash().Get("open"); got != "timeline,side" {
		t.Errorf("with the timeline and the filters open the URL holds open=%q", got)
	}
	reload("timeline,side")

	tb.closeDrawer("side", true)
	tb.do("fold the timeline", chromedp.Click(chromedp.CSS("#timeline-toggle")), idle(`!location.hash.includes('open=')`))
	reload("")

	// a card opens the details' drawer; shut, it stays shut with the card
	// still named in the link
	tb.do("tap Kim Jong-un", clickShows(`cy.getElementById('`+kim+`')`, "#panel .actions"), idle(`location.hash.includes('open=panel')`))
	if got := tb.hash().Get("sel"); got != kim {
		t.Fatalf("the card of Kim Jong-un left sel=%q in the URL", got)
	}
	reload("panel")
	tb.do("shut the details", chromedp.KeyEvent(kb.Escape), idle(`!document.body.classList.contains('panel-open') && !location.hash.includes('open=')`))
	reload("")
	if got := tb.hash().Get("sel"); got != kim {
		t.Errorf("the reload lost the card: sel=%q", got)
	}
	tb.clean()
}
