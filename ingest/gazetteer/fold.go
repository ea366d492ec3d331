package gazetteer

import (
	"unicode/utf8"

	"actorgraph/graph"
)

// The gazetteer's maps are keyed by folded names (graph.Fold), and the
// resolver and the relation rules look words and names up in them many
// times an article. Folding an ASCII name is a byte-by-byte affair that
// needs no new string: it is done on the stack, and the map is indexed
// with the bytes, which Go does without allocating.

// foldASCII appends graph.Fold(s) to dst when s is ASCII; ok is false for
// other strings, which Fold must normalise.
func foldASCII(dst []byte, s string) (folded []byte, ok bool) {
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return dst, false
		case c == '`':
			c = '\''
		case c == '.':
			continue
		case c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			space = len(dst) > 0
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}

// byFolded is m[graph.Fold(name)].
func byFolded[V any](m map[string]V, name string) (V, bool) {
	var buf [64]byte
	if k, ok := foldASCII(buf[:0], name); ok {
		v, held := m[string(k)]
		return v, held
	}
	v, held := m[graph.Fold(name)]
	return v, held
}
