package main

import "testing"

// --memory-limit takes sizes as people write them; a typo is an error, not
// a limit of a few bytes that would leave the collector running without
// end.
func TestParseBytes(t *testing.T) {
	for in, want := range map[string]int64{
		"384MiB": 384 << 20, "1GiB": 1 << 30, "500MB": 500e6, "2 gib": 2 << 30,
		"400000000": 400000000, "64KiB": 64 << 10, "0": -1, "off": -1, "OFF": -1,
	} {
		got, err := parseBytes(in)
		if err != nil || got != want {
			t.Errorf("parseBytes(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"lots", "384 MiBs", "-5MiB", "1.5GiB", "MiB"} {
		if got, err := parseBytes(in); err == nil {
			t.Errorf("parseBytes(%q) = %d, want an error", in, got)
		}
	}
}
