package ner

import (
	"fmt"
	"sync"

	"github.com/pariz/gountries"

	"actorgraph/graph"
	"actorgraph/ingest/gazetteer"
	"actorgraph/ingest/segment"

	"actorgraph/ingest/perceptron"
)

// gazetteerBuilder gathers the names the features look up: every entity of
// the training documents with its types, and reference lists: country,
// capital and region names (LOC) and nationalities (MISC) from gountries,
// and the team's seed gazetteer of leaders, organisations and places, so
// that the model knows names Reuters did not print in 1996.
//
// A training document must not find its own entities in the list, or the
// model would learn to trust the list blindly; so for each document the
// lookup leaves out names that only that document contributed.
type gazetteerBuilder struct {
	docs []map[uint64]uint8 // per training document: the types each name had in it
	n    map[uint64][4]int32
	ref  map[uint64]uint8
}

// A reference name sets both its own bit and the bit of names seen in
// training as that type: the weight learned for the second, which fires
// often, carries over to names Reuters never printed.
const (
	refPER  = 1<<(4+0) | 1<<0
	refLOC  = 1<<(4+1) | 1<<1
	refORG  = 1<<(4+2) | 1<<2
	refMISC = 1<<(4+3) | 1<<3
)

func newGazetteerBuilder(train []Document) (*gazetteerBuilder, error) {
	ref, err := referenceNamesOnce()
	if err != nil {
		return nil, err
	}
	g := &gazetteerBuilder{n: map[uint64][4]int32{}, ref: ref}
	for _, d := range train {
		own := map[uint64]uint8{}
		for _, s := range d.Sentences {
			for _, c := range chunks(s.Tags) {
				if c.end-c.start > gazMaxLen {
					continue
				}
				own[phraseOf(s.Words[c.start:c.end])] |= 1 << typeIndex(c.typ)
				for j, w := range s.Words[c.start:c.end] {
					if t := newToken(w); t.upperStart {
						own[wordKey(t.lower, namePos(j, c.end-c.start))] |= 1 << typeIndex(c.typ)
					}
				}
			}
		}
		for k, bits := range own {
			n := g.n[k]
			for t := range n {
				if bits&(1<<t) != 0 {
					n[t]++
				}
			}
			g.n[k] = n
		}
		g.docs = append(g.docs, own)
	}
	return g, nil
}

func (g *gazetteerBuilder) lookupWithout(doc int) gazLookup {
	own := g.docs[doc]
	return func(k uint64) uint8 {
		bits := g.ref[k]
		n, ok := g.n[k]
		if !ok {
			return bits
		}
		o := own[k]
		for t, c := range n {
			if o&(1<<t) != 0 {
				c--
			}
			if c > 0 {
				bits |= 1 << t
			}
		}
		return bits
	}
}

// model is the gazetteer a trained model carries.
func (g *gazetteerBuilder) model() map[uint64]uint8 {
	out := make(map[uint64]uint8, len(g.n)+len(g.ref))
	for k, b := range g.ref {
		out[k] = b
	}
	for k, n := range g.n {
		for t, c := range n {
			if c > 0 {
				out[k] |= 1 << t
			}
		}
	}
	return out
}

// namePos is the BILOU place of word j in a name of n words.
func namePos(j, n int) int {
	switch {
	case n == 1:
		return posU
	case j == 0:
		return posB
	case j == n-1:
		return posL
	}
	return posI
}

func phraseOf(words []string) uint64 {
	h := perceptron.Start
	for _, w := range words {
		h = phraseKey(h, newToken(w).lower)
	}
	return perceptron.Finish(h)
}

func phraseOfName(name string) (uint64, bool) {
	toks := segment.Tokenize(name)
	if len(toks) == 0 || len(toks) > gazMaxLen {
		return 0, false
	}
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	return phraseOf(words), true
}

// referenceNamesOnce are the reference names, gathered once: cross-
// validation builds a gazetteer for each fold. Callers only read them.
var referenceNamesOnce = sync.OnceValues(referenceNames)

func referenceNames() (map[uint64]uint8, error) {
	out := map[uint64]uint8{}
	add := func(name string, bit uint8) {
		if k, ok := phraseOfName(name); ok {
			out[k] |= bit
		}
		toks := segment.Tokenize(name)
		for j, t := range toks {
			if w := newToken(t.Text); w.upperStart {
				out[wordKey(w.lower, namePos(j, len(toks)))] |= bit
			}
		}
	}
	q := gountries.New()
	for _, c := range q.FindAllCountries() {
		add(c.Name.Common, refLOC)
		add(c.Name.Official, refLOC)
		add(c.Capital, refLOC)
		add(c.Nationality, refMISC)
		for _, sd := range c.SubDivisions() {
			add(sd.Name, refLOC)
			for _, n := range sd.Names {
				add(n, refLOC)
			}
		}
	}
	seeds, err := gazetteer.Load()
	if err != nil {
		return nil, fmt.Errorf("seed gazetteer: %w", err)
	}
	for _, e := range seeds.ReferenceEntries() {
		var bit uint8
		switch e.Type {
		case graph.Person:
			bit = refPER
		case graph.Organization:
			bit = refORG
		default:
			bit = refLOC
		}
		add(e.Name, bit)
		for _, a := range e.Aliases {
			add(a, bit)
		}
		for _, d := range e.Demonyms {
			add(d, refMISC)
		}
	}
	return out, nil
}
