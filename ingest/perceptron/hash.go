package perceptron

// FNV-1a, 64 bits: features are hashed straight from their parts, so
// tagging builds no feature strings.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Start is the hash of nothing, to add parts to one by one where no
// template seeds them (phrases hashed word by word).
const Start uint64 = fnvOffset

// String adds s to the hash h, with a separator after it, so that
// ("ab","c") and ("a","bc") differ.
func String(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	h ^= 0xff // separator between parts
	h *= fnvPrime
	return h
}

// Int adds v to the hash h.
func Int(h uint64, v int) uint64 {
	h ^= uint64(v) + 0x100
	h *= fnvPrime
	return h
}

// Seed starts the hash of a feature of template tmpl.
func Seed(tmpl int) uint64 { return Int(fnvOffset, tmpl) }

// Finish spreads the bits so that the low and the top bits index a hash
// table, and keeps 0 free as the empty-slot marker.
func Finish(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	if h == 0 {
		h = 1
	}
	return h
}
