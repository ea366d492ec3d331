package web_test

import (
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
)

var cpuProfile = flag.String("cpuprofile", "", "TestViewerFirstRender2000 writes the page's JavaScript CPU profile of the drawing to this file (a .cpuprofile DevTools opens) and logs where the time went")

// startProfile starts the browser's sampling profiler on the page, from a
// page of the server so that the drawing's navigation stays in the same
// renderer (a new one would not be profiled).
func startProfile(t *testing.T, tb *tab, base string) {
	t.Helper()
	tb.do("open a page of the server", chromedp.Navigate(base+"/?profile"), idle(`true`))
	for _, err := range []error{
		call(tb, profiler.Enable, cdp.Empty{}),
		call(tb, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: 200}),
		call(tb, profiler.Start, cdp.Empty{}),
	} {
		if err != nil {
			t.Fatalf("start the profiler: %v", err)
		}
	}
}

func call[P, R any](tb *tab, cmd cdp.Command[P, R], params P) error {
	_, err := chromedp.Call(tb.ctx, cmd, params)
	return err
}

// stopProfile stops the profiler, writes its profile to file and logs the
// time by script and the functions that took most of it themselves.
func stopProfile(t *testing.T, tb *tab, file string) {
	t.Helper()
	res, err := chromedp.Call(tb.ctx, profiler.Stop, cdp.Empty{})
	if err != nil {
		t.Fatalf("stop the profiler: %v", err)
	}
	p := res.Profile
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, b, 0o644); err != nil {
		t.Fatal(err)
	}
	// a sample's time is the gap to the next one
	self := map[int64]float64{}
	for i, id := range p.Samples {
		if i+1 < len(p.TimeDeltas) {
			self[id] += float64(p.TimeDeltas[i+1]) / 1000
		}
	}
	byScript := map[string]float64{}
	byFunc := map[string]float64{}
	var busy float64
	for _, n := range p.Nodes {
		ms := self[n.ID]
		f := n.CallFrame
		script := path.Base(f.URL)
		if f.URL == "" {
			script = f.FunctionName
		}
		byScript[script] += ms
		if f.FunctionName != "(idle)" {
			busy += ms
		}
		name := f.FunctionName
		if name == "" {
			name = "(anonymous)"
		}
		byFunc[fmt.Sprintf("%s %s:%d:%d", name, script, f.LineNumber+1, f.ColumnNumber+1)] += ms
	}
	t.Logf("CPU profile of the drawing (%s): %.0f ms busy of %.0f ms; by script: %s; the functions that took most themselves: %s",
		file, busy, (p.EndTime-p.StartTime)/1000, top(byScript, 12), top(byFunc, 30))
}

// top lists the biggest entries of m, largest first.
func top(m map[string]float64, n int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Compare(m[b], m[a]) })
	var out []string
	for _, k := range keys[:min(n, len(keys))] {
		out = append(out, fmt.Sprintf("%s %.0f ms", k, m[k]))
	}
	return strings.Join(out, "; ")
}
