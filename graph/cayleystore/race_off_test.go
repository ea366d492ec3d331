//go:build !race

package cayleystore

// raceDetector tells whether the tests run under -race.
const raceDetector = false
