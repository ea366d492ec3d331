package ner

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestClusterPathPrefix(t *testing.T) {
	c, err := parseClusterPath("10110")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		n    int
		want string
	}{{1, "1"}, {3, "101"}, {5, "10110"}, {16, "10110"}} {
		if got := c.prefix(tt.n).String(); got != tt.want {
			t.Errorf("prefix(%d) of %v = %s, want %s", tt.n, c, got, tt.want)
		}
	}
	for _, bad := range []string{"", "102", strings.Repeat("1", 17)} {
		if _, err := parseClusterPath(bad); err == nil {
			t.Errorf("parseClusterPath(%q): no error", bad)
		}
	}
}

// TestLearnClusters clusters a made-up corpus in which days and cities
// each fill their own slot: each group should share a deep cluster, and
// the two groups should not.
func TestLearnClusters(t *testing.T) {
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
	cities := []string{"Paris", "Lima", "Oslo", "Hanoi", "Quito"}
	var sents [][]string
	for i := range 40 {
		d, c := days[i%len(days)], cities[(i*3)%len(cities)]
		sents = append(sents,
			strings.Fields(fmt.Sprintf("talks began on %s in %s , officials said .", d, c)),
			strings.Fields(fmt.Sprintf("on %s the envoy flew to %s from %s .", d, c, cities[(i+1)%len(cities)])),
			strings.Fields(fmt.Sprintf("markets in %s were shut on %s after 1,%d trades .", c, d, i)))
	}
	opt := ClusterOptions{MinCount: 3, Contexts: 50, Depth: 8, MinSize: 2, Dims: 64, Seed: 1}
	c, err := LearnClusters(context.Background(), sents, opt)
	if err != nil {
		t.Fatal(err)
	}
	group := func(words []string) map[string]bool {
		out := map[string]bool{}
		for _, w := range words {
			p, ok := c.words[strings.ToLower(w)]
			if !ok {
				t.Fatalf("%q has no cluster", w)
			}
			out[p.prefix(3).String()] = true
		}
		return out
	}
	gd, gc := group(days), group(cities)
	if len(gd) != 1 || len(gc) != 1 || cmp.Equal(gd, gc) {
		t.Errorf("three-bit clusters of days %v and of cities %v: want one each, and not the same", gd, gc)
	}
	if _, ok := c.words["0,00"]; !ok {
		t.Errorf("digits are not folded to 0: %v", c.words)
	}

	again, err := LearnClusters(context.Background(), sents, opt)
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := c.Write(&a); err != nil {
		t.Fatal(err)
	}
	if err := again.Write(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the same corpus and seed gave different clusters")
	}
	read, err := ReadClusters(&a)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(c.words, read.words, cmp.AllowUnexported(clusterPath{})); diff != "" {
		t.Errorf("ReadClusters(Write) (-want +got):\n%s", diff)
	}
}

func TestDefaultClusters(t *testing.T) {
	c, err := DefaultClusters()
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() < 5000 {
		t.Errorf("the shipped clusters hold %d words, want thousands", c.Len())
	}
	if c.words["monday"] != c.words["tuesday"] {
		t.Errorf("monday %v and tuesday %v are in different clusters", c.words["monday"], c.words["tuesday"])
	}
}

func FuzzReadClusters(f *testing.F) {
	f.Add("0101\tparis\n1\tlima\n")
	f.Add("\t\n")
	f.Add("01x\tword\n")
	f.Fuzz(func(t *testing.T, s string) {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write([]byte(s))
		zw.Close()
		c, err := ReadClusters(&buf)
		if err != nil {
			return
		}
		var out bytes.Buffer
		if err := c.Write(&out); err != nil {
			t.Fatal(err)
		}
		back, err := ReadClusters(&out)
		if err != nil {
			t.Fatalf("reading back what Write wrote: %v", err)
		}
		if diff := cmp.Diff(c.words, back.words, cmp.AllowUnexported(clusterPath{})); diff != "" {
			t.Errorf("round trip (-want +got):\n%s", diff)
		}
	})
}
