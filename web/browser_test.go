package web_test

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"actorgraph/graph"
	"actorgraph/graph/cayleystore"
	"actorgraph/web"
)

// chromium is the browser the viewer test drives; CI installs it with
// `apt-get install chromium`.
const chromium = "/usr/bin/chromium"

var screenshot = flag.String("screenshot", "", "TestScreenshot writes a PNG of the viewer showing the seed graph to this path")

// newBrowser starts a headless Chromium with a fresh profile and returns a
// tab's context.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("no browser at %s (%v); install it with `apt-get install chromium` to run the viewer test", chromium, err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 860),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.Flag("hide-scrollbars", true),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() {
		cancel()
		cancelAlloc()
	})
	return ctx
}

// idle waits until the viewer has no request or layout in flight and cond,
// a JavaScript expression, holds.
func idle(cond string) chromedp.Action[chromedp.Void] {
	poll := chromedp.Poll[bool](fmt.Sprintf(`document.body.dataset.busy === '0' && !!window.cy && !cy.animated() && (%s)`, cond),
		chromedp.WithPollingTimeout(45*time.Second))
	return func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		if _, err := poll(ctx, tg); err != nil {
			return chromedp.Void{}, fmt.Errorf("waiting for %s: %w (the page: %s)", cond, err, pageState(tg))
		}
		return chromedp.Void{}, nil
	}
}

// pageState describes what the viewer shows, for a test that timed out
// waiting on it: whether it is busy, what is drawn and what the panel and
// address say. It runs on a context of its own, the test's having run out.
func pageState(tg *chromedp.Target) string {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	state, err := chromedp.Evaluate[string](`JSON.stringify({
		busy: document.body.dataset.busy,
		nodes: window.cy ? cy.nodes().length : -1,
		edges: window.cy ? cy.edges().length : -1,
		animated: window.cy ? cy.animated() : null,
		hash: location.hash,
		panel: (document.getElementById('panel') || {}).innerText?.slice(0, 200),
	})`)(ctx, tg)
	if err != nil {
		return fmt.Sprintf("unreadable: %v", err)
	}
	return state
}

// clickAt clicks the page where a JavaScript expression, evaluated to a
// cytoscape element, is drawn: a node a little off its centre, or an edge's
// midpoint, or the point of the edge nearest it that no node covers. Not
// the exact centre: Cytoscape's hit test misses a diamond
// (an event) clicked at exactly its centre's x, where the ray it casts goes
// through the top corner and counts two crossings; a hand never lands on
// that one pixel column, a test would.
func clickAt(element string) chromedp.Action[chromedp.Void] {
	locate := chromedp.Evaluate[[]float64](fmt.Sprintf(`(() => {
		const el = %s;
		if (el.empty()) throw new Error('no such element');
		let p = el.isNode() ? { x: el.renderedPosition().x + 2, y: el.renderedPosition().y + 1 } : el.renderedMidpoint();
		if (el.isEdge()) {
			// a point of the edge no node is drawn over: the layout may put
			// a node on the midpoint, and a click there opens the node. The
			// edge is a quadratic curve through its midpoint (straight when
			// the control point is the midpoint itself).
			const a = el.renderedSourceEndpoint(), b = el.renderedTargetEndpoint(), m = p;
			const c = { x: 2 * m.x - (a.x + b.x) / 2, y: 2 * m.y - (a.y + b.y) / 2 };
			const at = (t) => ({ x: (1 - t) * (1 - t) * a.x + 2 * t * (1 - t) * c.x + t * t * b.x, y: (1 - t) * (1 - t) * a.y + 2 * t * (1 - t) * c.y + t * t * b.y });
			const covered = (q) => cy.nodes(':visible').some((n) => {
				const bb = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
				return q.x >= bb.x1 - 3 && q.x <= bb.x2 + 3 && q.y >= bb.y1 - 3 && q.y <= bb.y2 + 3;
			});
			p = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74].map(at).find((q) => !covered(q)) || m;
		}
		const box = cy.container().getBoundingClientRect();
		return [box.left + p.x, box.top + p.y];
	})()`, element))
	return func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		xy, err := locate(ctx, tg)
		if err != nil {
			return chromedp.Void{}, fmt.Errorf("locate %s: %w", element, err)
		}
		return chromedp.MouseClickXY(xy[0], xy[1])(ctx, tg)
	}
}

// clickShows clicks an element (clickAt) until sel is visible, up to three
// times ten seconds: under load a click on a canvas just redrawn may land
// before Cytoscape has its hit-test caches, and the user clicks again.
func clickShows(element, sel string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		var err error
		for try := 0; try < 3; try++ {
			if _, err = clickAt(element)(ctx, tg); err != nil {
				return chromedp.Void{}, err
			}
			wctx, cancel := context.WithTimeout(ctx, 10*time.Second)
			_, err = chromedp.WaitVisible(chromedp.CSS(sel))(wctx, tg)
			cancel()
			if err == nil || ctx.Err() != nil {
				return chromedp.Void{}, err
			}
		}
		return chromedp.Void{}, fmt.Errorf("%s not shown after three clicks: %w (the page: %s)", sel, err, pageState(tg))
	}
}

// viewerOnFixtures serves the viewer over a memory store holding the
// fixtures and opens a browser for it; it skips under -short.
func viewerOnFixtures(t *testing.T) (context.Context, string) {
	t.Helper()
	if testing.Short() {
		t.Skip("drives a real browser; skipped with -short")
	}
	h, _ := newHandler(t, "memory", web.Config{})
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return newBrowser(t), srv.URL
}

func TestViewer(t *testing.T) {
	ctx, base := viewerOnFixtures(t)

	nodeCount := func() int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`cy.nodes().length`))
		if err != nil {
			t.Fatalf("count nodes: %v", err)
		}
		return n
	}
	step := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		tctx, cancel := context.WithTimeout(ctx, time.Minute)
		defer cancel()
		if err := chromedp.Do(tctx, actions...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}

	// The first action starts the browser, so it runs without a timeout.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/")); err != nil {
		t.Fatalf("open the viewer: %v", err)
	}
	step("search for Putin",
		chromedp.WaitVisible(chromedp.CSS("#search")),
		chromedp.SendKeys(chromedp.CSS("#search"), "Putin"),
		chromedp.WaitVisible(chromedp.CSS(`#results button[data-id="`+putinID+`"]`)),
		chromedp.Click(chromedp.CSS(`#results button[data-id="`+putinID+`"]`)),
		idle(`cy.nodes().some(n => n.data('name') === 'Vladimir Putin')`),
	)
	hash, err := chromedp.Run(ctx, chromedp.Evaluate[string](`location.hash`))
	if err != nil || !strings.Contains(hash, putinID) {
		t.Errorf("location.hash = %q (%v), want it to name Putin's id", hash, err)
	}
	before := nodeCount()

	step("expand Russia", clickAt(`cy.getElementById('`+russiaID+`')`),
		idle(fmt.Sprintf(`cy.nodes().length > %d`, before)))
	expanded := nodeCount()
	ids, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`cy.nodes().map(n => n.id())`))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id] {
			t.Errorf("node %s drawn twice after expanding", id)
		}
		seen[id] = true
	}
	if !seen[chinaID] {
		t.Errorf("expanding Russia did not draw China, its trading partner")
	}

	leader := fmt.Sprintf(`cy.edges().filter(e => e.source().id() === '%s' && e.target().id() === '%s' && e.data('predicate') === 'leaderOf')`, putinID, russiaID)
	step("click Putin's leaderOf edge", clickShows(leader, "#panel blockquote"))
	panel, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#panel")))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"leaderOf", "2 sources", summitLede, forumLede, "Reuters", "Associated Press", "confidence 92%"} {
		if !strings.Contains(panel, want) {
			t.Errorf("evidence panel lacks %q; it reads:\n%s", want, panel)
		}
	}

	step("reload", chromedp.Reload(),
		idle(fmt.Sprintf(`cy.getElementById('%s').nonempty() && cy.nodes().length === %d`, chinaID, expanded)))
}

// TestEntityPanel walks the graph through the side panel: Putin's card
// with his fact and what he said, the summit's parties, then North Korea's
// card where the same claim appears under "Said about" with its speaker.
func TestEntityPanel(t *testing.T) {
	ctx, base := viewerOnFixtures(t)

	kimID := graph.EntityID(graph.EntityKey{Type: graph.Person, Name: "Kim Jong-un", Wikidata: "Q56226"})
	northKoreaID := graph.EntityID(graph.EntityKey{Type: graph.Country, Name: "North Korea", Country: "PRK", Wikidata: "Q423"})
	claim := strings.TrimSuffix(strings.TrimPrefix(summitQuote, "Putin said after the talks that "), ".")
	node := func(id string) string { return `cy.getElementById('` + id + `')` }

	step := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		tctx, cancel := context.WithTimeout(ctx, time.Minute)
		defer cancel()
		if err := chromedp.Do(tctx, actions...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	// text is what the page shows in the element a selector names, or ""
	// when there is none.
	text := func(selector string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf(`(document.querySelector(%q) || {}).innerText || ''`, selector)))
		if err != nil {
			t.Fatalf("read %s: %v", selector, err)
		}
		return s
	}
	expect := func(selector string, wants ...string) {
		t.Helper()
		got := text(selector)
		for _, want := range wants {
			if !strings.Contains(got, want) {
				t.Errorf("%s lacks %q; it reads:\n%s", selector, want, got)
			}
		}
	}

	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/#entity="+putinID)); err != nil {
		t.Fatalf("open the viewer: %v", err)
	}
	step("draw Putin", idle(node(putinID)+`.nonempty()`))
	step("tap Putin", clickAt(node(putinID)), idle(`!!document.querySelector('#quotes-said')`))
	expect("#panel h2", "Vladimir Putin")
	expect("#card-type", "Person")
	expect("#card-facts", "leaderOf", "Russia President · 2 sources")
	expect("#quotes-said", claim, "2019-04-25 · about North Korea", "Putin and Kim hold first summit in Vladivostok", "Reuters")
	if got := text("#quotes-about"); got != "" {
		t.Errorf("Putin's card has quotes said about him, want none; they read:\n%s", got)
	}

	summit := `cy.nodes('[kind = "event"][type = "summit"]')`
	step("tap the summit", clickAt(summit), idle(node(kimID)+`.nonempty() && !!document.querySelector('#event-date')`))
	expect("#panel", "summit event", "2019-04-25", "Vladivostok", "Kim Jong-un", "Show its neighbourhood")
	expect("#event-evidence", "also stated in 1 more sentence of this article:", summitUN)

	step("tap Kim", clickAt(node(kimID)), idle(node(northKoreaID)+`.nonempty() && !!document.querySelector('#card-facts')`))
	step("tap North Korea", clickAt(node(northKoreaID)), idle(`!!document.querySelector('#quotes-about')`))
	expect("#panel h2", "North Korea")
	expect("#card-facts", "← leaderOf", "Kim Jong-un leader · 1 source")
	expect("#quotes-about", claim, "— Vladimir Putin, 2019-04-25", "Reuters")
	if got := text("#quotes-said"); got != "" {
		t.Errorf("North Korea's card has quotes it said, want none; they read:\n%s", got)
	}

	step("follow the speaker's link", chromedp.Click(chromedp.CSS(`#quotes-about button[data-id="`+putinID+`"]`)),
		idle(`!!document.querySelector('#quotes-said') && cy.$(':selected').id() === '`+putinID+`'`))
	expect("#panel h2", "Vladimir Putin")
}

// TestScreenshot draws the graph of the seed articles, read by the real
// pipeline, as `make run` first shows it, opens Putin's card (his facts and
// quotes) and saves a picture for the README:
//
//	go test ./web -run TestScreenshot -screenshot ../docs/screenshot.png
func TestScreenshot(t *testing.T) {
	if *screenshot == "" {
		t.Skip("give -screenshot PATH to write a picture of the viewer")
	}
	s, err := cayleystore.Open(context.Background(), "memory", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, err := loadPipeline()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Seeds(context.Background(), s); err != nil {
		t.Fatalf("load the seeds: %v", err)
	}
	srv := httptest.NewServer(web.New(web.Config{Store: s}))
	defer srv.Close()
	ctx := newBrowser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/")); err != nil {
		t.Fatalf("open the viewer: %v", err)
	}
	tctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	steps := []chromedp.Action[chromedp.Void]{
		chromedp.WaitVisible(chromedp.CSS("#search")),
		chromedp.SendKeys(chromedp.CSS("#search"), "Putin"),
		chromedp.WaitVisible(chromedp.CSS(`#results button[data-id="` + putinID + `"]`)),
		chromedp.Click(chromedp.CSS(`#results button[data-id="` + putinID + `"]`)),
		idle(`cy.getElementById('` + putinID + `').nonempty()`),
	}
	for _, node := range []string{
		`cy.nodes().filter(n => n.data('name') === 'Russia')`,
		`cy.nodes('[kind = "event"][type = "agreement"]').first()`,
	} {
		steps = append(steps, clickAt(node), idle(node+`.hasClass('expanded')`))
	}
	steps = append(steps, clickAt(`cy.getElementById('`+putinID+`')`), idle(`!!document.querySelector('#card-facts')`))
	if err := chromedp.Do(tctx, steps...); err != nil {
		t.Fatalf("draw the seed graph: %v", err)
	}
	png, err := chromedp.Run(tctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if err := os.WriteFile(*screenshot, png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// An analyst adds an article from the viewer: on a server with tokens the
// form says a token is needed, then adds the article with the write token
// typed in, and its actors can be searched at once.
func TestViewerAddsAnArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("drives a real browser; skipped with -short")
	}
	secret := "viewer-0123456789abcdef"
	h, _ := newHandler(t, "memory", web.Config{Extractor: newPipeline(t),
		Tokens: []web.Token{{Name: "analyst", Scope: web.ScopeWrite, Secret: secret}}})
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	ctx := newBrowser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/")); err != nil {
		t.Fatalf("open the viewer: %v", err)
	}
	step := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		tctx, cancel := context.WithTimeout(ctx, time.Minute)
		defer cancel()
		if err := chromedp.Do(tctx, actions...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	outcome := func(want string) chromedp.Action[chromedp.Void] {
		poll := chromedp.Poll[bool](fmt.Sprintf(`document.getElementById('add-result').dataset.outcome === %q`, want),
			chromedp.WithPollingTimeout(30*time.Second))
		return func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
			_, err := poll(ctx, tg)
			return chromedp.Void{}, err
		}
	}
	result := func() string {
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#add-result")))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	step("open the form and send without a token",
		chromedp.WaitVisible(chromedp.CSS("#add-open")),
		chromedp.Click(chromedp.CSS("#add-open")),
		chromedp.WaitVisible(chromedp.CSS("#add-text")),
		chromedp.SendKeys(chromedp.CSS("#add-headline"), "Norland and Vardo sign a fisheries pact"),
		chromedp.SetValue(chromedp.CSS("#add-text"), "Norwegian Prime Minister Jonas Gahr Store met Swedish Prime Minister Ulf Kristersson in Oslo on Tuesday."),
		chromedp.Click(chromedp.CSS("#add-submit")),
		outcome("failed"))
	if r := result(); !strings.Contains(r, "token") {
		t.Errorf("without a token the form says %q, want it to ask for a token", r)
	}
	step("send with the write token",
		chromedp.SendKeys(chromedp.CSS("#add-token"), secret),
		chromedp.Click(chromedp.CSS("#add-submit")),
		outcome("added"))
	if r := result(); !strings.Contains(r, "Added:") || strings.Contains(r, "Added: 0 entities") {
		t.Errorf("with the token the form says %q, want the article added with its entities", r)
	}
	step("find the new actor",
		chromedp.Click(chromedp.CSS("#add-cancel")),
		chromedp.SendKeys(chromedp.CSS("#search"), "Kristersson"),
		chromedp.WaitVisible(chromedp.CSS(`#results button`)))
}

// A page on another origin (a second local server) tries to change the
// graph through the visitor's browser: a text/plain POST (a request CORS
// lets through without asking) and a DELETE. Neither changes the store.
func TestCrossSiteWritesInABrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("drives a real browser; skipped with -short")
	}
	h, s := newHandler(t, "memory", web.Config{Extractor: newPipeline(t)})
	target := httptest.NewServer(h)
	t.Cleanup(target.Close)
	resp, err := http.Post(target.URL+"/api/v1/articles", "application/json", strings.NewReader(postedStory))
	if err != nil || resp.StatusCode != 201 {
		t.Fatalf("seed an article: %v %v", resp, err)
	}
	var posted struct {
		Articles []struct {
			Extraction graph.Extraction `json:"extraction"`
		} `json:"articles"`
	}
	json.NewDecoder(resp.Body).Decode(&posted)
	resp.Body.Close()
	id := posted.Articles[0].Extraction.Article.ID
	before, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	attacker := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, `<!doctype html><title>elsewhere</title><script>
window.outcome = 'pending';
Promise.allSettled([
  fetch(%q, {method: 'POST', mode: 'no-cors', headers: {'Content-Type': 'text/plain'},
    body: '- Evil Wire - Monday, March 4, 2024\n\nPrime Minister Jonas Gahr Store resigned in Oslo on Monday.'}),
  fetch(%q, {method: 'DELETE', mode: 'no-cors'}),
  fetch(%q, {method: 'DELETE'}),
]).then(() => { window.outcome = 'done'; });
</script>`, target.URL+"/api/v1/articles", target.URL+"/api/v1/articles/"+id, target.URL+"/api/v1/articles/"+id)
	}))
	t.Cleanup(attacker.Close)
	ctx := newBrowser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(attacker.URL+"/")); err != nil {
		t.Fatalf("open the other site's page: %v", err)
	}
	tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if _, err := chromedp.Run(tctx, chromedp.Poll[bool](`window.outcome === 'done'`)); err != nil {
		t.Fatalf("the page's requests did not settle: %v", err)
	}
	after, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if after != before {
		t.Errorf("a page on another origin changed the store: %+v -> %+v", before, after)
	}
	if _, err := s.Article(context.Background(), id); err != nil {
		t.Errorf("the article is gone after the other site's DELETE: %v", err)
	}
}
