package relate

// Who a sentence describes: its persons, and the pronouns that open a
// clause, resolved to the person the sentence before opens with or to the
// person an encyclopaedic article is about.

import (
	"actorgraph/graph"
	"actorgraph/ingest/wordset"
)

// described lists the persons a sentence may describe: its person
// mentions, and a personal pronoun that opens a clause ("He was Prime
// Minister of Y", "In 2014, she became …") standing for the one person
// the sentence before names, else for the person an encyclopaedic
// article is about (d.topic). The pronoun is a one-token mention.
func (d *doc) described(s *sent) []mention {
	var out []mention
	for _, m := range s.mentions {
		if d.entity(m.ent).Type == graph.Person {
			out = append(out, m)
		}
	}
	return append(out, d.pronounSubjects(s)...)
}

// pronounSubjects are the personal pronouns that open a clause of s,
// resolved as described says, as one-token mentions.
func (d *doc) pronounSubjects(s *sent) []mention {
	var out []mention
	for k, w := range s.lw {
		if w != "he" && w != "she" || k > 0 && s.w(k-1) != "," && s.w(k-1) != "and" && s.w(k-1) != "but" && yearOf(s.w(k-1)) == "" && !s.openingPhrase(k) && !afterWhich(s, k) && !s.innerOpening(k) {
			continue
		}
		if e := d.personPronoun(s, k); e >= 0 {
			out = append(out, mention{ent: e, m: graph.Mention{Start: s.Tokens[k].Start, End: s.Tokens[k].End}, first: k, last: k + 1})
		}
	}
	return out
}

// innerOpening reports a short phrase of time that opens a clause after
// "and", "but" or a comma, before token k: "…, and after the 1980 coup
// she went into exile".
func (s *sent) innerOpening(k int) bool {
	for j := k - 1; j > 0 && j >= k-6; j-- {
		if s.breaks(j) || s.w(j) == "and" || s.w(j) == "that" || s.w(j) == "who" || s.w(j) == "which" {
			return false
		}
		switch s.w(j) {
		case "after", "since", "during", "in", "from", "later", "then", "before":
			if b := s.w(j - 1); b == "and" || b == "but" || b == "," {
				return true
			}
		}
	}
	return false
}

// afterWhich reports "after which", "during which" before token k: a
// clause of time whose subject is the pronoun at k ("…, after which he
// was ambassador to the United States").
func afterWhich(s *sent, k int) bool {
	if s.w(k-1) != "which" {
		return false
	}
	switch s.w(k - 2) {
	case "after", "during", "before", "following":
		return true
	}
	return false
}

// personPronoun resolves the personal pronoun at token k ("he", "she",
// "his", "her"): to the one person the sentence before opens with; else to
// the encyclopaedic topic, by its pronoun; else to the one person named
// (d.pronoun); -1 for none.
func (d *doc) personPronoun(s *sent, k int) int {
	w := s.w(k)
	switch w {
	case "his", "him":
		w = "he"
	case "her":
		w = "she"
	}
	e := d.pronoun(s, k, nil)
	t := d.topic()
	if t >= 0 && t != e && !d.opens(s.idx-1, e) && (d.topicPronoun == w || e < 0 && d.topicPronoun == "") {
		e = t
	}
	if t >= 0 && e == t && d.topicPronoun != "" && d.topicPronoun != w {
		// "she entered the cabinet of X … and replaced him": the pronoun
		// of the other gender is the last other person named before it
		e = -1
		for _, m := range s.mentions {
			if m.first < k && m.ent != t && d.ents[m.ent].Type == graph.Person {
				e = m.ent
			}
		}
	}
	return e
}

// firstMention is the first mention of entity e in the article, or nil.
func (d *doc) firstMention(e int) *mention {
	for _, s := range d.sents {
		for i := range s.mentions {
			if s.mentions[i].ent == e {
				return &s.mentions[i]
			}
		}
	}
	return nil
}

// ledCountry is the one country the relations read so far say person e
// leads, or -1: whose state "his finance minister" serves.
func (d *doc) ledCountry(out *relations, e int) int {
	found := -1
	for _, r := range out.list {
		if r.Subject != d.ents[e].ID || r.Predicate != graph.RelLeaderOf {
			continue
		}
		if o, ok := d.index(r.Object); ok && d.ents[o].Type == graph.Country {
			if found >= 0 && found != o {
				return -1
			}
			found = o
		}
	}
	return found
}

// thatTimes after "that" name a time, not a relative clause: "that year".
var thatTimes = wordset.Of(map[string]bool{"year": true, "month": true, "week": true, "day": true, "spring": true, "summer": true,
	"autumn": true, "winter": true, "decade": true})

// openingPhrase reports a short phrase of time before token k that opens
// the sentence, with no comma: "In 2019 she joined …", "After the war he
// served as …", "For five years she was …", "Throughout his tenure he
// was …".
func (s *sent) openingPhrase(k int) bool {
	switch s.w(0) {
	case "in", "on", "after", "before", "since", "from", "during", "later", "then", "by", "for", "throughout":
	default:
		return false
	}
	if k > 10 {
		return false
	}
	for j := 1; j < k; j++ {
		if s.w(j) == "that" && thatTimes.Has(s.w(j+1)) {
			continue // "In the government formed that year he was …"
		}
		if s.breaks(j) || s.w(j) == "that" || s.w(j) == "who" || s.w(j) == "which" {
			return false
		}
	}
	return true
}

// topic is the person an encyclopaedic article is about: the one its
// first sentence opens with and describes ("X (born 1961) is a Dutch
// politician", "X was a Ghanaian diplomat"), or -1. The first personal
// pronoun after that sentence is taken for the topic's, as biographies
// write them (d.topicPronoun, "he" or "she"): a pronoun of the other
// gender is someone else.
func (d *doc) topic() int {
	if d.topicIdx > 0 {
		return d.topicIdx - 1
	}
	if d.topicIdx < 0 {
		return -1
	}
	d.topicIdx = -1
	for _, s := range d.sents {
		if len(s.mentions) == 0 {
			continue
		}
		m := s.mentions[0]
		if m.first == 0 && d.entity(m.ent).Type == graph.Person {
			switch s.w(afterName(s, m)) {
			case "is", "was", ",", "has", "had", "served", "became", "led", "headed", "ruled", "took":
				d.topicIdx = m.ent + 1
				d.topicPronoun = d.firstPronoun(s.idx)
			}
		}
		break
	}
	return d.topicIdx - 1
}

// opens reports whether sentence i opens with a mention of entity e.
func (d *doc) opens(i, e int) bool {
	s := d.sentence(i)
	return e >= 0 && s != nil && len(s.mentions) > 0 && s.mentions[0].first == 0 && s.mentions[0].ent == e
}

// firstPronoun is the first personal pronoun after sentence i, as "he"
// or "she", or "".
func (d *doc) firstPronoun(i int) string {
	for _, s := range d.sents {
		if s.idx <= i {
			continue
		}
		for _, w := range s.lw {
			switch w {
			case "he", "his", "him":
				return "he"
			case "she", "her", "hers":
				return "she"
			}
		}
	}
	return ""
}
