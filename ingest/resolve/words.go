package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The helpers below answer what the resolver asks of strings.Fields (how
// many words, the last word, the words into a buffer of the caller's)
// without a new slice each time: the resolver asks it for every candidate
// and span of every article. Words are split at unicode.IsSpace as
// strings.Fields splits them.

// fieldCount is len(strings.Fields(s)).
func fieldCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// lastField is the last word of s ("" when s has none) and whether another
// word stands before it.
func lastField(s string) (last string, more bool) {
	if isASCII(s) {
		// most are: read back byte by byte, with no rune decoded and no
		// function value called for each
		end := len(s)
		for end > 0 && asciiSpace(s[end-1]) {
			end--
		}
		i := end - 1
		for i >= 0 && !asciiSpace(s[i]) {
			i--
		}
		if i < 0 {
			return s[:end], false
		}
		j := i
		for j >= 0 && asciiSpace(s[j]) {
			j--
		}
		return s[i+1 : end], j >= 0
	}
	t := strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(t, unicode.IsSpace)
	if i < 0 {
		return t, false
	}
	_, size := utf8.DecodeRuneInString(t[i:])
	return t[i+size:], strings.TrimLeftFunc(t[:i], unicode.IsSpace) != ""
}

// appendFields appends the words of s to dst, as strings.Fields splits them.
func appendFields(dst []string, s string) []string {
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				dst = append(dst, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiSpace is unicode.IsSpace of an ASCII byte.
func asciiSpace(c byte) bool { return c == ' ' || '\t' <= c && c <= '\r' }
