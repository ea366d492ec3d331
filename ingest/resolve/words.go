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
