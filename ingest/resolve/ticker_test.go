package resolve

import (
	"strings"
	"testing"
	"unicode"
)

// tickerUnbounded is isTicker as it was first written, searching the whole
// article before and after the span for the brackets.
func tickerUnbounded(body string, start, end int) bool {
	open := strings.LastIndexByte(body[:start], '<')
	if open < 0 || start-open > 12 || strings.ContainsAny(body[open+1:start], " \n>") {
		return false
	}
	i := strings.IndexByte(body[end:], '>')
	if i < 0 || i > 12 || strings.ContainsAny(body[end:end+i], " \n<") {
		return false
	}
	for _, r := range body[open+1 : end+i] {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '.' && r != '-' {
			return false
		}
	}
	return true
}

// TestTickerBounded holds isTicker, which looks for the brackets near the
// span only, to the unbounded search on every span of a text with tickers
// of every length around the 12-byte limit, next to each other, unclosed
// and holding spaces or lower case.
func TestTickerBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("<AVX> said <KLM.A> and <BTOM.MI> <AVX Corp> <Efibanca> <<AB>> <A<B>C> <")
	for n := 8; n <= 16; n++ {
		b.WriteString(" <" + strings.Repeat("X", n) + ">")
		b.WriteString(" <" + strings.Repeat("Y", n/2) + "." + strings.Repeat("Z", n-n/2) + ">")
	}
	b.WriteString(" <ABCDEFGHIJKLMNOPQRSTUVWXYZ <OPEN")
	body := b.String()
	tickers := 0
	for start := 0; start <= len(body); start++ {
		for end := start; end <= len(body); end++ {
			got, want := isTicker(body, start, end), tickerUnbounded(body, start, end)
			if got != want {
				t.Fatalf("isTicker(%q) = %v, want %v", body[start:end], got, want)
			}
			if got {
				tickers++
			}
		}
	}
	if tickers == 0 {
		t.Fatal("no span found a ticker: the text tests nothing")
	}
}
