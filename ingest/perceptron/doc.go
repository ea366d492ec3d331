// Package perceptron is the learning code the taggers share: hashed
// features, an open-addressing table of them, and the averaged perceptron's
// weights while it learns. The named-entity tagger (ingest/ner) and the
// part-of-speech tagger and phrase chunker (ingest/syntax) learn with it.
package perceptron
