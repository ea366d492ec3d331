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
		f := foldBytes[s[i]]
		if f < utf8.RuneSelf {
			if space {
				dst = append(dst, ' ')
				space = false
			}
			dst = append(dst, f)
			continue
		}
		switch f {
		case foldOther:
			return dst, false
		case foldSpace:
			space = len(dst) > 0
		}
	}
	return dst, true
}

// foldBytes is what foldASCII makes of each byte: its folded byte, or one
// of the marks below.
var foldBytes = func() (t [256]byte) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = foldOther
		case c == '`':
			t[c] = '\''
		case c == '.':
			t[c] = foldDrop
		case c == ' ' || '\t' <= c && c <= '\r':
			t[c] = foldSpace
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		default:
			t[c] = byte(c)
		}
	}
	return t
}()

const (
	foldOther = 0x80 + iota // not ASCII
	foldDrop                // dropped (a dot)
	foldSpace               // a space, collapsed with the next
)

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
