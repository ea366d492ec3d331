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

// byFolded is m[graph.Fold(name)]; ends, if not nil, is the filter of
// m's keys.
func byFolded[V any](m map[string]V, ends *endsFilter, name string) (V, bool) {
	if !ends.mayHold(name) {
		var zero V
		return zero, false
	}
	var buf [64]byte
	if k, ok := foldASCII(buf[:0], name); ok {
		v, held := m[string(k)]
		return v, held
	}
	v, held := m[graph.Fold(name)]
	return v, held
}

// endsFilter holds the first and last bytes of the keys of a map keyed by
// folded names, when both are ASCII. Title, Demonym, CapitalOf and
// PersonsBySurname are asked of most words and names of an article, and
// of forty one is a key; the filter turns away most of the others by
// their ends, before they are folded and looked up.
type endsFilter [128 * 128 / 64]uint64

func filterOf[V any](m map[string]V) *endsFilter {
	f := new(endsFilter)
	for k := range m {
		if k != "" && k[0] < utf8.RuneSelf && k[len(k)-1] < utf8.RuneSelf {
			b := int(k[0])<<7 | int(k[len(k)-1])
			f[b/64] |= 1 << (b % 64)
		}
	}
	return f
}

// mayHold is false when no key of the filter's map is Fold(name). It reads
// the ends of a name that starts and ends with an ASCII letter or digit,
// which Fold lowers and keeps at the ends; the first letter only when an
// ASCII byte follows it (NFKC may join a letter to the accent after it).
// A nil filter may hold anything.
func (f *endsFilter) mayHold(name string) bool {
	n := len(name)
	if f == nil || n == 0 || !isAlnum(name[0]) || !isAlnum(name[n-1]) || n > 1 && name[1] >= utf8.RuneSelf {
		return true
	}
	b := int(foldBytes[name[0]])<<7 | int(foldBytes[name[n-1]])
	return f[b/64]&(1<<(b%64)) != 0
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
