package relate

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"actorgraph/graph"
	"actorgraph/ingest/segment"
	"actorgraph/ingest/syntax"
	"actorgraph/ingest/timex"
	"actorgraph/ingest/wordset"
)

// speechVerbs introduce what someone said or claims.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "tell": true, "adding": true,
	"claims": true, "claim": true, "claimed": true, "added": true, "noted": true,
	"stated": true, "insisted": true, "insists": true, "warned": true, "warns": true,
	"argued": true, "argues": true, "cited": true, "asserted": true,
	"saying": true, "wrote": true, "writes": true,
	// the wire's other verbs of saying, with or without "that"
	"contended": true, "contends": true, "quipped": true, "commented": true,
	// and their plural present: "analysts contend the merger will fail"
	"contend": true, "argue": true, "insist": true, "warn": true,
	"observed": true, "remarked": true, "retorted": true, "replied": true, "replies": true, "noting": true,
	"cautioned": true, "cautions": true,
	// "analysts speculated the merger would fail", "…," speculated one
	// arbitrager: a guess reported as the wire reports a claim
	"speculated": true,
}

// nextSpeaker reports a named party at k whose speech verb follows it: a
// second claim of the sentence starts there ("…, Glantz said he regarded
// the proposal as a done deal").
func nextSpeaker(d *doc, s *sent, k int) bool {
	m := s.mentionAt(k)
	if m == nil || m.first != k || !speaks(d.ents[m.ent].Type) {
		return false
	}
	j := m.last
	for softTokens.Has(s.w(j)) {
		j++
	}
	return speechVerbs[s.w(j)] && s.w(j+1) != "." && s.w(j+1) != ","
}

// sayAdverbs say when or how something was said, between the verb and
// its "that": "said recently that", "said then that".
var sayAdverbs = wordset.Of(map[string]bool{"recently": true, "previously": true, "then": true, "again": true, "repeatedly": true,
	"separately": true, "publicly": true, "privately": true, "also": true, "further": true, "yesterday": true, "today": true,
	"earlier": true, "only": true, "simply": true, "merely": true, "later": true})

// claimAdverb reports a word at j between a verb of saying and its claim
// that says when or how the thing was said, or sets it against what went
// before: "said recently that", "stressed however that", "said flatly
// that", "stressed however it was important" (a word in -ly only before
// "that" and tagged an adverb: not "said supply that …").
func (s *sent) claimAdverb(j int) bool {
	w := s.w(j)
	if sayAdverbs.Has(w) || sentenceAdverbs.Has(w) && w != "too" && w != "also" && (w != "though" || s.w(j+1) == "that") {
		return true // (not "said though the plan failed, …": a clause of its own)
	}
	if !strings.HasSuffix(w, "ly") || len(w) < 5 || s.w(j+1) != "that" {
		return false
	}
	ps := s.parsed()
	return j < len(ps.POS) && ps.POS[j] == "RB"
}

// mannerAdverbs say when or how something was said and never open the
// claim as its first word would ("said earlier it would", not "said
// further cuts would", "said today's vote was").
var mannerAdverbs = wordset.Of(map[string]bool{"earlier": true, "recently": true, "previously": true, "again": true,
	"separately": true, "publicly": true, "privately": true, "repeatedly": true, "later": true})

// hearerClause is where the claim starts after a hearer verb at k and
// the noun phrase it tells ("notified [the United Rubber Workers] the
// company will close", "assured [a meeting of trade ministers] it is
// making every effort", "informed [the SEC] that"), or 0: the hearer is
// a noun phrase with no verb, and the claim a clause of its own.
func (s *sent) hearerClause(k int) int {
	ps := s.parsed()
	for h := k + 2; h < len(s.Tokens) && h <= k+9 && !s.breaks(h-1); h++ {
		p := ps.POS[h-1]
		if strings.HasPrefix(p, "VB") || p == "MD" || p == "TO" {
			return 0 // "advised shareholders to reject": no claim told
		}
		if s.w(h) == "that" {
			return h
		}
		if (p == "NN" || p == "NNS" || p == "NNP" || p == "NNPS" || p == "PRP") && s.mentionAt(h-1) == nil || s.mentionAt(h-1) != nil && s.mentionAt(h-1).last == h {
			if q := ps.POS[h]; (q == "DT" || q == "PRP" || q == "PRP$" || q == "NNP" || s.mentionAt(h) != nil) && s.opensClause(h) {
				return h
			}
		}
	}
	return 0
}

// titledPerson is the person named after a body's name or a demonym and
// the words of a title, from k to before end ("Liberal Democratic Party
// secretary general Noboru Takeshita", "Turkish Minister of Industry and
// Trade Cahit Aral"), -1 for none.
func (d *doc) titledPerson(s *sent, k, end int) int {
	for j := k; j < end && !s.breaks(j); j++ {
		if p := s.mentionAt(j); p != nil && d.ents[p.ent].Type == graph.Person {
			if j == k {
				return -1
			}
			return p.ent // "quoted Turkish Minister of Industry and Trade Cahit Aral as saying": the person the title is of
		}
	}
	return -1
}

// openingSubordinators open a clause before the sentence's main clause.
var openingSubordinators = wordset.Of(map[string]bool{"although": true, "though": true, "while": true, "whereas": true,
	"because": true, "since": true, "if": true, "when": true, "after": true, "before": true, "even": true})

// mainClauseAt reports a clause of the sentence's own, governed by no
// verb, whose subject starts at token k: "…, the May date is earlier".
func (s *sent) mainClauseAt(k int) bool {
	for _, cl := range s.parsed().Clauses {
		if cl.Governor < 0 && len(cl.Subject) > 0 && cl.Subject[0].Start == k && cl.Tense != "" {
			return true
		}
	}
	return false
}

// unsaidWords before "to say" tell that nothing was said.
var unsaidWords = wordset.Of(map[string]bool{"unable": true, "declined": true, "refused": true, "declines": true, "refuses": true,
	"decline": true, "refuse": true, "reluctant": true, "failed": true, "unwilling": true})

// leaderNouns are the offices that head a body, closing an apposition.
var leaderNouns = wordset.Of(map[string]bool{"president": true, "chairman": true, "director": true, "head": true, "chief": true,
	"governor": true, "secretary": true, "minister": true, "manager": true, "leader": true})

// wholeQuotation is the words of a claim that is one quotation in marks
// and nothing else (`"There must be an understanding …."`), without the
// marks and the full stop or comma that closes it inside them.
func wholeQuotation(text string) (string, bool) {
	open, n := utf8.DecodeRuneInString(text)
	if open != '"' && open != '“' {
		return "", false
	}
	rest := text[n:]
	closing, m := utf8.DecodeLastRuneInString(rest)
	if closing != '"' && closing != '”' {
		return "", false
	}
	inner := rest[:len(rest)-m]
	if strings.ContainsAny(inner, "\"“”") || strings.TrimSpace(inner) == "" {
		return "", false
	}
	inner = strings.TrimRight(inner, " .,")
	return inner, inner != ""
}

// placesJoined reports an "and" at j between two places after a
// preposition, or ending such a list: "in Tokyo and Hong Kong", "in
// Mexico, Guatemala and Ecuador".
func (d *doc) placesJoined(s *sent, j int) bool {
	a, b := s.mentionAt(j-1), s.mentionAt(j+1)
	return a != nil && b != nil && d.placeOrState(a) && d.placeOrState(b) && (isPreposition(s.w(a.first-1)) || s.w(a.first-1) == "," && d.placesListed(s, a.first-1))
}

// placeOrState reports a mention of a place or a country: where people
// said to be "in" it are.
func (d *doc) placeOrState(m *mention) bool {
	return placeType(d.ents[m.ent].Type) || d.ents[m.ent].Type == graph.Country
}

// placesListed reports a comma at j inside a list of places after a
// preposition after people: "Officials in Mexico, Guatemala and Ecuador
// said".
func (d *doc) placesListed(s *sent, j int) bool {
	a, b := s.mentionAt(j-1), s.mentionAt(j+1)
	if a == nil || b == nil || !d.placeOrState(a) || !d.placeOrState(b) {
		return false
	}
	for k := a.first - 1; k >= 0 && k >= a.first-12; k-- {
		if m := s.mentionAt(k); m != nil && d.placeOrState(m) {
			k = m.first
			continue
		}
		if s.w(k) == "," {
			continue
		}
		return isPreposition(s.w(k)) && k > 0 && (sourceWord(s.w(k-1)) || humanNoun(s.w(k-1)))
	}
	return false
}

// sourceBefore reports unnamed people of a body or place named by m
// ("Floor traders at the MidAmerica Commodity Exchange", "Newspapers in
// Tokyo and Hong Kong"): the name is no speaker.
func (d *doc) sourceBefore(s *sent, m *mention) bool {
	b := d.titleStart(s, m.first) - 1
	return sourceOf(s, b) || s.w(b) == "and" && sourceOf(s, pairedBefore(s, b, nil)) || whoClauseOfSource(s, b)
}

// whoClauseOfSource reports a name ending a relative clause about unnamed
// people, right before their verb: "bankers who attended the meeting with
// Gros said" — the bankers speak, not Gros.
func whoClauseOfSource(s *sent, b int) bool {
	if !afterPreps.Has(s.w(b)) && s.w(b) != "with" && s.w(b) != "by" {
		return false // (the name is the object of a preposition in the clause, not the head named in apposition: "the planning agency CPB said")
	}
	for j := b; j > 0 && j >= b-8; j-- {
		if w := s.w(j); w == "who" || len(w) > 5 && strings.HasSuffix(w, "ing") && isLowerWord(s.raw(j)) && !speechVerbs[w] && w != "including" {
			// (or a participle: "One official attending the Washington
			// talks with Funaro said")
			h := s.w(j - 1)
			if s.mentionAt(j-1) == nil && (sourceWord(h) || humanNoun(h)) {
				return true
			}
			if w == "who" {
				return false
			}
		}
		if s.breaks(j) || speechVerbs[s.w(j)] {
			return false
		}
	}
	return false
}

// quotedAsSaying is where the claim starts after "as saying (that)" or
// "as telling <hearer> (…) that" at n, in "quoted X as saying …": 0 for
// none.
func quotedAsSaying(s *sent, n int) int {
	if s.w(n) != "as" {
		return 0
	}
	switch s.w(n + 1) {
	case "saying":
		return n + 2 + b2i(s.w(n+2) == "that")
	case "stressing", "noting", "warning", "insisting", "predicting", "arguing", "asserting", "estimating":
		if s.w(n+2) == "that" {
			return n + 3 // "quoted Fernandez as stressing that the loan was repaid"
		}
	case "telling":
		// "quoted X as telling opposition party officials yesterday that
		// the budget should …"
		for j := n + 2; j < len(s.Tokens) && j < n+12 && !s.breaks(j); j++ {
			if s.w(j) == "that" {
				return j + 1
			}
		}
	}
	return 0
}

// hearerVerbs tell a hearer a claim: "notified the union (that) …",
// "assured the meeting it would act".
var hearerVerbs = wordset.Of(map[string]bool{"notified": true, "informed": true, "assured": true, "advised": true,
	"reminded": true, "notifies": true, "informs": true, "assures": true, "advises": true, "reminds": true})

// warnVerbs are the speech verbs that may tell a hearer before the claim,
// as hearerVerbs always do: "warned investors that rates will fall".
var warnVerbs = wordset.Of(map[string]bool{"warned": true, "warns": true, "cautioned": true, "cautions": true})

// notHearers are the words after a verb of warning that open no hearer:
// "warned that", "warned of", "warned against".
var notHearers = wordset.Of(map[string]bool{"that": true, "of": true, "against": true, "about": true, "on": true,
	"over": true, "in": true, "at": true, "for": true, ",": true, ".": true, "\"": true, "yesterday": true, "today": true,
	"repeatedly": true, "recently": true, "earlier": true, "also": true, "again": true, "last": true, "this": true})

// warnedToAct reports a warning at k that is advice, not a claim: a
// hearer, then an infinitive ("cautioned the Fed board to take account")
// or "against" ("warned Congress against measures that …", "cautioned
// against problems").
func warnedToAct(s *sent, k int) bool {
	ps := s.parsed()
	for j := k + 1; j < len(s.Tokens) && j <= k+8 && !s.breaks(j); j++ {
		switch w := s.w(j); {
		case w == "that" || strings.HasPrefix(ps.POS[j], "VB") || ps.POS[j] == "MD":
			return false
		case w == "to" && j+1 < len(s.Tokens) && ps.POS[j+1] == "VB", w == "against":
			return true
		}
	}
	return false
}

// sayingNouns are the texts one issues or sends "saying" something.
var sayingNouns = wordset.Of(map[string]bool{"statement": true, "report": true, "letter": true, "telex": true, "communique": true,
	"release": true, "note": true, "message": true, "cable": true, "notice": true, "memo": true})

// pluralSpeech are speechVerbs that are also the bare verb: after "to" or
// a modal they report nothing said yet.
var pluralSpeech = map[string]bool{"contend": true, "argue": true, "insist": true, "warn": true}

// futureModals are the modals before a bare verb.
var futureModals = wordset.Of(map[string]bool{"will": true, "would": true, "shall": true, "should": true, "could": true,
	"can": true, "may": true, "might": true, "must": true})

// thatVerbs report a claim only when "that" follows them: "announced that
// Washington would …", not "announced $147 million in aid".
var thatVerbs = map[string]bool{
	"announced": true, "announces": true, "confirmed": true, "confirms": true, "acknowledged": true,
	"stressed": true, "declared": true, "explained": true, "conceded": true, "admitted": true,
	"disclosed": true, "indicated": true, "estimated": true, "forecast": true, "predicted": true, "revealed": true, "reveals": true,
	"emphasised": true, "emphasized": true, "denied": true, "maintained": true,
	"charged": true, "complained": true, "suggested": true, "predicts": true, "estimates": true,
	"reiterated": true, "notes": true, "adds": true, "projected": true, "acknowledges": true, "admits": true,
	"complain": true, "complains": true, "alleged": true, "alleges": true, // "The company alleged that"
	"cautioned": true, "cautions": true, // "Peter Nicolls cautioned that prices could fall"
	// "the study concluded that", "repeated that the bank would not lend",
	// "countered that", "pledged that": claims as the wire reports them
	"concluded": true, "calculated": true, "repeated": true, "reaffirmed": true, "responded": true,
	"countered": true, "testified": true, "reasoned": true, "signaled": true, "signalled": true,
	"pledged": true, "promised": true,
	// "sued X, alleging it was deceived", "charging it was induced": a
	// participle's claim is its clause subject's
	"alleging": true, "charging": true, "claiming": true, "contending": true, "arguing": true, "insisting": true,
	// "reported a loss", "reported net income of": a figure, no claim
	"reported": true, "reports": true,
}

// presentThatVerbs report a claim in the present of the plural or the
// singular, as verbs (the parse's) before "that": "analysts estimate
// that", "the U.S. charges that" (not "the charge that the company took",
// "its forecasts that").
var presentThatVerbs = wordset.Of(map[string]bool{
	"estimate": true, "predict": true, "forecasts": true, "charges": true, "charge": true, "note": true,
	"stress": true, "stresses": true, "explain": true, "explains": true, "concede": true, "concedes": true,
	"acknowledge": true, "admit": true, "deny": true, "denies": true, "confirm": true, "emphasise": true,
	"emphasises": true, "emphasize": true, "emphasizes": true, "allege": true, "declare": true, "declares": true,
	"conclude": true, "concludes": true, "maintain": true, "maintains": true, // "traders maintain that dual trading is needed"
	"states": true, "projects": true, "project": true, // "the report states that", "the department projects that" (tagged a verb)
})

// presentThatVerb reports such a verb at k, before "that".
func (s *sent) presentThatVerb(k int) bool {
	if !presentThatVerbs.Has(s.w(k)) || s.w(k+1) != "that" && !plainClaimVerbs.Has(s.w(k)) {
		return false // (the sentence is parsed only when its tags can tell)
	}
	ps := s.parsed()
	if k >= len(ps.POS) {
		return false
	}
	if s.w(k+1) == "that" && k > 0 && !s.breaks(k-1) && (ps.POS[k-1] == "NNS" || pluralPronouns.Has(s.w(k-1))) {
		return true // "Some analysts note that", "Others note that": the plural subject's verb, whatever the tagger read
	}
	if ps.POS[k] != "VBZ" && ps.POS[k] != "VBP" {
		return false
	}
	if s.w(k+1) == "that" {
		return true
	}
	// "Dealers predict the call rate will fall", "they estimate the
	// deficit will widen": a plural speaker's verb before a clause of its
	// own, "that" left out
	p := s.w(k - 1)
	return plainClaimVerbs.Has(s.w(k)) && ps.POS[k] == "VBP" && (p == "they" || p == "we" || k > 0 && ps.POS[k-1] == "NNS") && s.nounClause(k+1)
}

// nextActs after ", and" with no subject of their own are the
// speaker's next act, which ends the claim before them: "said …, and
// praised their flexibility".
var nextActs = wordset.Words("praised", "criticised", "criticized", "welcomed", "urged", "called", "warned", "declined",
	"refused", "rejected", "dismissed", "expressed", "announced", "thanked", "appealed", "pledged", "promised", "vowed",
	"attacked", "blamed", "accused", "condemned", "hailed", "insisted", "stressed")

// pluralPronouns stand for a plural subject of a verb in the present.
var pluralPronouns = wordset.Words("they", "we", "others", "some", "many", "most")

// plainClaimVerbs report a claim in the present without "that" too.
var plainClaimVerbs = wordset.Of(map[string]bool{"predict": true, "estimate": true, "concede": true, "acknowledge": true,
	"admit": true, "stress": true, "emphasise": true, "emphasize": true})

// plainAttribution reports the words [k, v) before a verb after a
// quotation as its speaker alone: no clause ("if he thought Gates would
// be confirmed") stands between.
func plainAttribution(s *sent, k, v int) bool {
	for j := k; j < v; j++ {
		switch s.w(j) {
		case "if", "when", "whether", "would", "will", "could", "be", "been", "was", "were", "is", "are", "that", "which":
			return false
		}
	}
	return true
}

// figureVerbs report figures more than claims: after a quotation too
// they attribute nothing.
var figureVerbs = wordset.Of(map[string]bool{"reported": true, "estimated": true, "forecast": true, "projected": true,
	"calculated": true, "charged": true, "pledged": true, "promised": true, "signaled": true, "signalled": true})

// estimateAt reports a verb of estimating at k before what it puts at a
// figure: "The U.S. Agriculture Department estimated Canada's 1986/87
// wheat crop at 31.85 mln tonnes", "He estimated this cost at about 200
// mln dlrs a year": the claim is the thing and its figure.
func estimateAt(s *sent, k int) bool {
	switch s.w(k) {
	case "estimated", "estimates", "forecast", "projected", "calculated":
	default:
		return false
	}
	if beForms.Has(s.w(k-1)) || s.w(k+1) == "at" || s.w(k-1) == "to" {
		return false // "was estimated at", "estimated at 20 mln": no claimant's thing named
	}
	for j := k + 2; j < len(s.Tokens) && j <= k+12 && !s.breaks(j); j++ {
		if s.w(j) == "at" {
			n := j + 1
			for n < len(s.Tokens) && n <= j+3 && (s.w(n) == "about" || s.w(n) == "around" || s.w(n) == "between" || s.w(n) == "some" || s.w(n) == "nearly" || s.w(n) == "roughly" || s.w(n) == "up" || s.w(n) == "to") {
				n++
			}
			return isNumber(s.w(n))
		}
		if speechVerbs[s.w(j)] || thatVerbs[s.w(j)] {
			return false
		}
	}
	return false
}

// predictedChange reports a verb of forecasting at k before a change it
// foresees: "one analyst forecast a 20 pct jump in earnings", "dealers
// predicted a rise in demand": the claim is the change and what follows.
func predictedChange(s *sent, k int) bool {
	switch s.w(k) {
	case "forecast", "forecasts", "predicted", "predicts", "predict", "projected", "projects", "project":
	default:
		return false
	}
	if beForms.Has(s.w(k-1)) || s.w(k-1) == "to" {
		return false // "is forecast to", "was predicted": no claimant's words
	}
	for j := k + 1; j < len(s.Tokens) && j <= k+6 && !s.breaks(j); j++ {
		if changeNouns.Has(s.w(j)) {
			return true
		}
		if speechVerbs[s.w(j)] || s.mentionAt(j) != nil {
			return false
		}
	}
	return false
}

// changeNouns name a change a forecast foresees: "a 20 pct jump".
var changeNouns = wordset.Of(map[string]bool{"rise": true, "rises": true, "jump": true, "fall": true, "drop": true, "decline": true,
	"increase": true, "increases": true, "gain": true, "gains": true, "growth": true, "recovery": true, "slowdown": true,
	"recession": true, "deficit": true, "surplus": true, "loss": true, "profit": true, "rebound": true, "cut": true})

// thatOnly are the verbs of thatVerbs that report a claim only before it
// ("testified that"): after one ("Robbin Johnson testified in favor of
// decoupling", "pledged support") they claim nothing.
var thatOnly = wordset.Of(map[string]bool{"testified": true, "responded": true, "pledged": true, "promised": true, "signaled": true,
	"signalled": true, "reasoned": true, "calculated": true})

// thatAfterPhrase finds the "that" a speech verb's claim opens with, past a
// phrase saying where, when or how it was said ("in a statement", "on
// Tuesday", "in a televised address"); 0 when there is none.
func thatAfterPhrase(s *sent, from int) int {
	if w := s.w(from); (w == "since" || w == "repeatedly" || w == "often" || w == "publicly") && (s.w(from+1) == "in" || s.w(from+1) == "at" || s.w(from+1) == "on") {
		from++ // "has said since in speeches and at news conferences that"
	}
	switch w := s.w(from); {
	case w == "in" || w == "on" || w == "at" || w == "during" || w == "via" || w == "through" || w == "after" || w == "late" || w == "earlier" || isDateToken(s, from),
		w == "over" || w == "without",
		(w == "from" || w == "before" || w == "prior" || w == "ahead" || w == "following" || w == "outside") && !nounLikeSpeech.Has(s.w(from-1)):
		// ("said from Bonn that", "acknowledged prior to the vote that",
		// "said ahead of the meeting that"; not a noun's: "reports from
		// Europe that")
		// ("said over the weekend that", "said without elaboration that":
		// short phrases only)
	default:
		return 0
	}
	span := 10
	switch s.w(from) {
	case "over", "without":
		span = 4
	}
	for k := from + 1; k < len(s.Tokens) && k <= from+span; k++ {
		if s.w(k) == "that" {
			return k
		}
		if s.breaks(k) && s.w(k) != "," || speechVerbs[s.w(k)] {
			return 0
		}
	}
	return 0
}

// nounLikeSpeech are speech words that are as often plural nouns.
var nounLikeSpeech = wordset.Of(map[string]bool{"reports": true, "report": true, "claims": true, "comments": true, "remarks": true, "statements": true, "warnings": true})

// rumourClaim is where the claim starts after a denied or rejected
// rumour, report or suggestion at k ("financial market rumours that it
// has written off loans", "suggestions the won is undervalued"), or 0.
func rumourClaim(s *sent, k int) int {
	j := k
	for n := 0; n < 4 && j < len(s.Tokens) && !rumourNouns.Has(s.w(j)) && (isLowerWord(s.raw(j)) || s.mentionAt(j) != nil) && !s.breaks(j); n++ {
		j++
	}
	if !rumourNouns.Has(s.w(j)) {
		return 0
	}
	j++
	if s.w(j) == "that" {
		return j + 1
	}
	if s.opensClause(j) {
		return j
	}
	return 0
}

// rumourNouns name a claim going round that someone denies or rejects.
var rumourNouns = wordset.Of(map[string]bool{"rumours": true, "rumors": true, "reports": true, "suggestions": true, "allegations": true,
	"speculation": true, "claims": true, "charges": true, "accusations": true, "assertions": true})

// personBeforeApposition is the person named before an apposition that
// ends with the organisation m: "Jon Vik, chairman of Halvard Corp" — the
// person, set off by a comma, then lower-case or title words and "of".
func (d *doc) personBeforeApposition(s *sent, m *mention) *mention {
	if d.ents[m.ent].Type == graph.Person {
		return nil
	}
	j := m.first - 1
	if s.w(j) == "brokers" || s.w(j) == "stockbrokers" || s.w(j) == "brokerage" {
		j-- // "…, U.K. analyst at brokers Phillips and Drew said"
	}
	if s.w(j) == "the" {
		j--
	}
	if s.w(j) != "of" && s.w(j) != "at" && s.w(j) != "for" {
		return nil
	}
	for j--; j >= 0 && j >= m.first-8; j-- {
		if s.w(j) == "," {
			if p := s.mentionAt(j - 1); p != nil && d.ents[p.ent].Type == graph.Person {
				return p
			}
			return nil
		}
		if p := s.mentionAt(j); p != nil && p.last == j+1 && d.ents[p.ent].Type == graph.Person && j+1 < m.first && isLowerWord(s.raw(j+1)) && titleNounAhead(s, j+1) {
			return p // the wire's dropped comma: "Yutaka Hashimoto general manager of Nippon Life Insurance Co told Reuters"
		}
		if o := s.mentionAt(j); o != nil && d.ents[o.ent].Type == graph.Country && o.first > 0 && s.w(o.first-1) == "," {
			j = o.first // a state's word opening the role: "Chris Tinker, U.K. Analyst at …"
			continue
		}
		if s.mentionAt(j) != nil || s.breaks(j) {
			return nil
		}
	}
	return nil
}

// appositionSpeaker is the person an attribution names before an
// apposition that ends at the speech verb v: "Jon Vik, a director of
// Halvard Corp responsible for exports, said", "Jon Vik of Halvard Corp,
// its chief economist, said", and wire copy's "Jon Vik, member of the
// Pork Council's oversight committee said" (a role without an article,
// and a body it serves). Nil when the words before v are no such phrase.
func (d *doc) appositionSpeaker(s *sent, v int) *mention { return d.appositionSpeakerAt(s, v, true) }

// nameAfterDescription is the person named between commas right before
// the speech verb at v when the sentence opens with a description of him
// in lower case and no comma of its own: "Ecopetrol chief of security,
// Retired General Carlos Narvaez, said"; nil otherwise.
func (d *doc) nameAfterDescription(s *sent, v int) *mention {
	if w := s.w(v); s.w(v-1) != "," || w != "said" && w != "says" && w != "told" && w != "added" {
		return nil // (not "warned the nation's hierarchy against discord": no claim)
	}
	p := s.mentionAt(v - 2)
	if p == nil || p.last != v-1 || d.ents[p.ent].Type != graph.Person {
		return nil
	}
	st := d.titleStart(s, p.first)
	if s.w(st-1) != "," || st-2 < 0 || !isLowerWord(s.raw(st-2)) {
		return nil
	}
	first := s.firstWord()
	if st-1 <= first {
		return nil
	}
	for q := first; q < st-1; q++ {
		if w := s.w(q); w == "," || w == "\"" || w == "“" || w == "”" || speechVerbs[w] {
			return nil // (a claim before: "<claim>, the official, X, said" is read elsewhere)
		}
		if m := s.mentionAt(q); m != nil && d.ents[m.ent].Type == graph.Person {
			return nil
		}
	}
	return p
}

// unclosedApposition is the person set off by commas after a claim whose
// description runs on to the speech verb at v with no comma closing it:
// "<claim>, Milton Hertz, administrator for USDA's … Service said", "…,
// Jerry Huckaby, a leading Congressman representing sugar growers told
// Reuters"; nil for any other shape.
func (d *doc) unclosedApposition(s *sent, v int, personNoun func(string) bool) *mention {
	if s.w(v-1) == "," {
		return nil // (a closed apposition is appositionSpeaker's)
	}
	o := -1
	for q := v - 1; q > 0 && q >= v-16; q-- {
		w := s.w(q)
		if w == "," {
			o = q
			break
		}
		if w == "\"" || w == "“" || w == "”" || w == ";" || w == "." || speechVerbs[w] {
			return nil
		}
		if m := s.mentionAt(q); m != nil && d.ents[m.ent].Type == graph.Person {
			return nil
		}
	}
	if w := s.w(o + 1); o < 2 || o+1 >= v || !isLowerWord(s.raw(o+1)) || w != "a" && w != "an" && w != "the" && !personNoun(w) {
		return nil // the description opens with an office or an article: "administrator for", "a leading Congressman" (not "he said", "may be able to")
	}
	p := s.mentionAt(o - 1)
	if p == nil || p.last != o || d.ents[p.ent].Type != graph.Person || s.w(p.first-1) != "," {
		return nil
	}
	return p
}

// appositionSpeakerAt is appositionSpeaker; outer tells to look past a
// second apposition that describes the first one's body: "George Miller,
// vice-president of the Lake Carriers Association, an association of
// shipping companies, said".
func (d *doc) appositionSpeakerAt(s *sent, v int, outer bool) *mention {
	end := v - 1
	closed := s.w(end) == ","
	if closed {
		end--
	}
	o := -1
	for q := end; q > 0 && q >= end-16; q-- {
		w := s.w(q)
		if w == "," {
			o = q
			break
		}
		if w == "\"" || w == "“" || w == "”" || w == ";" || w == "." || speechVerbs[w] {
			return nil // (an acronym in brackets may stand in it: "the Commission (PCGG),")
		}
		if m := s.mentionAt(q); m != nil && d.ents[m.ent].Type == graph.Person {
			return nil // another person inside: no apposition of the first
		}
	}
	if o < 1 || o >= end {
		return nil
	}
	first := s.w(o + 1)
	switch {
	case closed:
		// ("David Haggard, ASA president, told": a body's short name the
		// article does not tag, then the office)
		closes := v+1 >= len(s.Tokens) || s.w(v+1) == "." || s.w(v+2) == "." && (s.w(v+1) == "reuters" || s.w(v+1) == "reporters")
		office := closes && end-o <= 3 && (staffNouns.Has(s.w(end)) || leaderNouns.Has(s.w(end))) // (the verb closing the sentence: a quotation's attribution, not "…, said the administration wants")
		if first != "a" && first != "an" && first != "the" && first != "its" && first != "his" && first != "her" &&
			!isLowerWord(s.raw(o+1)) && s.mentionAt(o+1) == nil && !office {
			return nil
		}
	default:
		// no closing comma: a role without an article, serving a body
		serves := false
		for q := o + 2; q <= end; q++ {
			serves = serves || (s.w(q) == "of" || s.w(q) == "at" || s.w(q) == "for" || s.w(q) == "with") && (s.mentionAt(q+1) != nil || s.mentionAt(q+2) != nil && s.w(q+1) == "the")
		}
		// ("Jon Vik, an analyst with Halvard Corp said": a staff role
		// with its article, after the name
		// that opens the sentence; not "He met Eva Dahl, a spokesman for
		// Halvard Corp said.": an unnamed source after the claim)
		host := s.mentionAt(o - 1)
		articled := (first == "a" || first == "an") && (staffNouns.Has(s.w(o+2)) || staffNouns.Has(s.w(o+3))) && host != nil && d.titleStart(s, host.first) <= s.firstWord()
		if !isLowerWord(s.raw(o+1)) || (first == "a" || first == "an") && !articled || first == "the" || sourceWord(first) || !serves {
			return nil
		}
	}
	p := s.mentionAt(o - 1)
	if s.w(o-1) == ")" {
		for i := o - 2; i > 0 && i >= o-7; i-- {
			if s.w(i) == "(" {
				if s.pastPartyTag(i) == o {
					p = s.mentionAt(i - 1) // "Senator Jon Vik (D-Neb.), sponsor of the bill, said": the name before its bracket
				}
				break
			}
		}
	}
	if p == nil {
		return nil
	}
	if d.ents[p.ent].Type != graph.Person {
		// "Jon Vik of Halvard Corp, its chief economist, said"
		at := p.first - 1 - b2i(s.w(p.first-1) == "the")
		if q := s.mentionAt(at - 1); q != nil && s.w(at) == "of" && d.ents[q.ent].Type == graph.Person {
			return q
		}
		if outer && closed && p.last == o {
			if q := d.appositionSpeakerAt(s, o+1, false); q != nil {
				return q
			}
		}
		return nil
	}
	if q := relativeHead(d, s, p); q != nil {
		return q
	}
	return p
}

// relativeHead is the name a relative clause holding person p hangs on,
// when p is only the object of a preposition in it: "WEDGE, which is
// owned by Issam Fares, a Lebanese citizen, said" (WEDGE speaks); nil
// otherwise.
func relativeHead(d *doc, s *sent, p *mention) *mention {
	switch s.w(p.first - 1) {
	case "by", "of", "to", "with", "for":
	default:
		return nil
	}
	for q := p.first - 2; q > 1 && q >= p.first-8; q-- {
		if s.w(q) == "," || s.w(q) == "\"" || s.w(q) == ";" {
			return nil
		}
		if (s.w(q) == "which" || s.w(q) == "who") && s.w(q-1) == "," {
			if m := s.mentionAt(q - 2); m != nil && m.last == q-1 && speaks(d.ents[m.ent].Type) {
				return m
			}
			return nil
		}
	}
	return nil
}

// describedSpeaker is who "the <noun>" at token k stands for as a speaker:
// for a body's kind ("the company", "the government", "the bank") the
// body that spoke last and fits it; for a title ("the minister", "the
// chairman") the one person the article titled so before; -1 when none
// or several.
func (d *doc) describedSpeaker(s *sent, k int, c *claims) int {
	noun := s.w(k)
	switch noun {
	case "minister", "chairman", "president", "secretary", "governor", "premier", "chancellor", "ambassador", "senator", "commissioner",
		"spokesman", "spokeswoman", "leader", "director", "executive", "congressman", "mayor", "analyst", "economist",
		"treasurer", "envoy", "manager":
	default:
		if noun == "" || !isLowerWord(s.raw(k)) {
			return -1
		}
		// a body's kind ("the company", "the government", "the bank"),
		// or a word heading its name ("the forecaster" after "Australian
		// Wheat Forecasters Pty Ltd", "the exchange")
		if m := s.mentionAt(k - 1); m != nil && d.ents[m.ent].Type == graph.Organization && m.m.Label != graph.LabelMISC && m.m.End == s.Tokens[k-1].End && !d.fits(m.ent, kindNoun(noun)) {
			return -1 // "the Energy Department agency said": a body of that kind under the one named, no other
		}
		if printKinds.Has(noun) {
			if e := d.kindNamedBefore(s, noun); e >= 0 {
				return e // `…," the magazine said` after "Business Week magazine"
			}
		}
		noun = kindNoun(noun)
		if e := d.orgAntecedent(s, k, noun, c); e >= 0 {
			return e
		}
		if e := d.claimSubjectOfKind(s, k, noun); e >= 0 {
			return e
		}
		// no speaker fits before it: the one body of the kind the article
		// named before
		found := -1
		for i := range d.ents {
			if !d.fits(i, noun) {
				continue
			}
			if d.mentionedBefore(i, s.Tokens[k].Start) && !d.mentionedBefore(i, s.Start) {
				return -1 // "a joint effort of GE and Boeing, the company said": which one is not said
			}
			if !d.mentionedBefore(i, s.Start) {
				continue
			}
			if found >= 0 {
				return -1
			}
			found = i
		}
		return found
	}
	found, by := -1, descriptionNames(s, k)
	var portfolio []string // "the Trade Minister": the capitalised words of the office, which the holder's title must have
	for t := k - 1; t > 0 && t >= k-3 && segment.IsCapitalised(s.raw(k)) && segment.IsCapitalised(s.raw(t)) && s.mentionAt(t) == nil && s.w(t) != "the"; t-- {
		portfolio = append(portfolio, s.w(t))
	}
	for _, o := range d.sents {
		if o.Start >= s.Start {
			break
		}
		for _, m := range o.mentions {
			if d.ents[m.ent].Type != graph.Person {
				continue
			}
			titled := false
			for j := m.first - 1; j >= 0 && j >= m.first-6; j-- {
				if w := o.w(j); w == "for" || w == "of" || w == "at" {
					if w == "of" && j > 0 && officeBodyTitle(o, j, m.first) {
						continue // "Chancellor of the Exchequer Nigel Lawson": the office's own body, part of the title
					}
					break // "a spokesman for Centrale Suiker": the body's, no title of the name
				}
				if j < m.first-3 && !segment.IsCapitalised(o.raw(j)) {
					break // (past three words only inside a title of a body)
				}
				titled = titled || o.w(j) == noun || noun == "senator" && (o.w(j) == "senate" || o.w(j) == "sen.")
			}
			if titled && len(portfolio) > 0 && !slices.ContainsFunc(portfolio, func(p string) bool {
				return slices.Contains(o.lw[max(0, m.first-6):m.first], p)
			}) {
				titled = false // ("The Trade Minister" after "Agriculture Minister Jon Vik": another office)
			}
			if o.w(m.last) == "," {
				// "Rudolf Sprung, chairman of Vardo Mills,", "Jon Berg, an
				// analyst at Halvard": the title in the apposition
				for j := m.last + 1; j < len(o.Tokens) && j <= m.last+5 && !o.breaks(j); j++ {
					if o.w(j) == noun {
						titled = true
						break
					}
					if o.mentionAt(j) != nil {
						break
					}
				}
			}
			if !titled || by >= 0 && !o.namesNear(m, by) {
				continue // "the Kansas senator": a senator the article ties to Kansas
			}
			if found >= 0 && found != m.ent {
				return -1 // two ministers: which one is not said
			}
			found = m.ent
		}
	}
	return found
}

// claimSubjectOfKind is the body of the kind noun at k ("the company") that
// opens the claim before it as its subject, when the words "the <noun>"
// close that claim after a comma: "Acme Corp has won a contract to supply
// Zorbax Corp, the company said" (Acme, though Zorbax is a company too);
// -1 otherwise.
func (d *doc) claimSubjectOfKind(s *sent, k int, noun string) int {
	if s.w(k-1) != "the" || s.w(k-2) != "," {
		return -1
	}
	j := s.afterDateline()
	if s.w(j) == "<" {
		j++
	}
	m := s.mentionAt(j)
	if m == nil || m.first != j || m.last >= k-2 || !d.fits(m.ent, noun) {
		return -1
	}
	v := m.last
	if s.w(v) == ">" {
		v++
	}
	if ps := s.parsed(); v >= len(ps.POS) || !finiteTag(ps.POS[v]) {
		return -1 // ("Acme Corp's sale of X to Zorbax Corp was completed, the company said": which one is not said)
	}
	return m.ent
}

// officeBodyTitle reports "of" at j inside an office's title that names its
// body in capitals right before a name at first: "Chancellor of the
// Exchequer", "Secretary of State", "Minister of Finance".
func officeBodyTitle(o *sent, j, first int) bool {
	if !segment.IsCapitalised(o.raw(j - 1)) {
		return false
	}
	for k := j + 1; k < first; k++ {
		if o.w(k) != "the" && !segment.IsCapitalised(o.raw(k)) {
			return false
		}
	}
	return first-j <= 4
}

// namesNear reports entity e named beside person mention m: within the
// four words of his title before the name ("Fed chairman Paul Volcker",
// "Japanese Finance Minister Kiichi Miyazawa") or after it through "of"
// ("Senator Robert Dole of Kansas").
func (o *sent) namesNear(m mention, e int) bool {
	for j := m.first - 1; j >= 0 && j >= m.first-4; j-- {
		if p := o.mentionAt(j); p != nil && p.ent == e {
			return true
		}
	}
	j := m.last
	if o.w(j) != "of" {
		return false
	}
	if o.w(j+1) == "the" {
		j++
	}
	p := o.mentionAt(j + 1)
	return p != nil && p.ent == e
}

// workerOf is the description of an unnamed source that works for the body
// mentioned at m: from the article or words before its noun, through the
// preposition, to the body's name and an acronym in brackets after it ("a
// spokesman for the Central Bureau of Statistics (SCB)").
func workerOf(d *doc, s *sent, m *mention) string {
	k := d.titleStart(s, m.first) - 1
	if s.w(k) == "the" {
		k--
	}
	for j := k; j > 0 && j >= k-3; j-- {
		if pm := s.mentionAt(j - 1); s.w(j) == "'s" && pm != nil && pm.last == j {
			k = pm.first - 1 // "a leading member of Britain's opposition Labour Party": past the state's possessive
			break
		}
		if !isLowerWord(s.raw(j)) {
			break
		}
	}
	k-- // the preposition
	for k > 0 && isLowerWord(s.raw(k-1)) && !s.breaks(k-1) && !speechVerbs[s.w(k-1)] && s.w(k-1) != "and" {
		k--
	}
	if w := s.w(k - 1); w == "a" || w == "an" || w == "the" || w == "one" {
		k-- // "An official of …" opening the sentence
	}
	end := m.last - 1
	if s.w(m.last) == "(" && s.w(m.last+2) == ")" {
		end = m.last + 2
	}
	return d.body[s.Tokens[max(k, 0)].Start:s.Tokens[end].End]
}

// determinerBefore is the article opening the lower-case words before
// the noun at j ("a confidential report"); -1 when none does.
func determinerBefore(s *sent, j int) int {
	for t := j - 1; t >= 0 && t >= j-4; t-- {
		if w := s.w(t); w == "a" || w == "an" || w == "the" {
			return t
		}
		if !isLowerWord(s.raw(t)) {
			break
		}
	}
	return -1
}

// describedBefore is where "the" stands before the noun at j, past up to
// three modifiers in lower case or joined by a hyphen ("the private
// forecaster", "the San Francisco-based promotional group"); -1 when no
// "the" does.
func describedBefore(s *sent, j int) int {
	for t := j - 1; t >= 0 && t >= j-4; t-- {
		if s.w(t) == "'s" && t == j-1 && possessedKinds.Has(s.w(t-1)) && isLowerWord(s.raw(t-1)) {
			t-- // "the group's president": the title held in the body the kind noun stands for
			continue
		}
		if m := s.mentionAt(t - 1); s.w(t) == "'s" && m != nil && m.last == t && m.m.Label != graph.LabelPER && m.first == s.firstWord() {
			return m.first // "Kuwait's oil minister said": the state's office holder, unnamed
		}
		if s.w(t) == "the" {
			if isPreposition(s.w(t - 1)) {
				return -1 // "a spokesman for the mining company said": the spokesman speaks
			}
			return t
		}
		if m := s.mentionAt(t); m != nil && m.m.Label != graph.LabelPER && !s.breaks(t) {
			continue // "the Japanese minister", "the Fed chairman", "the Kansas senator": the body or place the title is held in
		}
		if s.breaks(t) || s.mentionAt(t) != nil && !strings.Contains(s.raw(t), "-") || !isLowerWord(s.raw(t)) && !strings.Contains(s.raw(t), "-") && !titleCased(s, t, j) {
			return -1
		}
	}
	return -1
}

// softBetween reports the speech verb at k right after the subject's last
// word at j, or past a ticker or soft words only ("The minister also
// said", "the minister has said").
func (s *sent) softBetween(j, k int) bool {
	if j == s.skipTicker(k-1) {
		return true
	}
	for t := j + 1; t < k; t++ {
		if !softTokens.Has(s.w(t)) {
			return false
		}
	}
	return j < k
}

// titleCased reports a capitalised word at t inside a title written in
// title case up to its capitalised title word at j: "the Agriculture
// Minister", "the Finance Minister".
func titleCased(s *sent, t, j int) bool {
	return t > 0 && segment.IsCapitalised(s.raw(j)) && segment.IsCapitalised(s.raw(t)) && isLowerWord(s.raw(t-1)) || t > 0 && s.raw(t-1) == "The" && segment.IsCapitalised(s.raw(j))
}

// possessedKinds are kind nouns of a body whose title a description
// gives: "the group's president", "the company's chairman".
var possessedKinds = wordset.Of(map[string]bool{"group": true, "company": true, "bank": true, "organisation": true, "organization": true,
	"cartel": true, "exchange": true, "union": true, "party": true, "agency": true, "firm": true, "association": true, "federation": true,
	"council": true, "ministry": true, "board": true, "government": true, "country": true, "nation": true, "corporation": true})

// descriptionNames is the body or place a description names before its noun at
// j ("Japanese" of "the Japanese minister", "Fed" of "the Fed chairman"):
// -1 when none does.
func descriptionNames(s *sent, j int) int {
	the := describedBefore(s, j)
	for t := the + 1; the >= 0 && t < j; t++ {
		if m := s.mentionAt(t); m != nil && m.m.Label != graph.LabelPER {
			return m.ent
		}
	}
	return -1
}

// quotedWhole reports a text that is one quotation in marks, its comma
// inside or after: `"We will act,"`.
func quotedWhole(t string) bool {
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(t), ","))
	if len(t) < 2 {
		return false
	}
	open, close := strings.HasPrefix(t, "\"") || strings.HasPrefix(t, "“"), strings.HasSuffix(t, "\"") || strings.HasSuffix(t, "”")
	return open && close && strings.Count(t, "\"")+strings.Count(t, "“")+strings.Count(t, "”") == 2
}

// embeddedIn reports a quotation opening at offset open inside the clause
// a speech verb at k reports: words of the clause stand between the verb
// (and its "that") and the opening mark, and the clause goes on after
// the closing one or ends the sentence.
func embeddedIn(s *sent, k, open int) bool {
	if k < 0 || k >= len(s.Tokens) || !speechVerbs[s.w(k)] {
		return false
	}
	from := k + 1
	if s.w(k) == "told" {
		// `told economists that the economy was in a "very difficult"
		// situation`: the clause starts past who was told
		if from = s.toldHearerEnd(k + 1); from <= 0 {
			// "told economists that …": the claim opens at its "that"
			for j := k + 2; j < len(s.Tokens) && j <= k+6 && !s.breaks(j); j++ {
				if s.w(j) == "that" {
					from = j
					break
				}
			}
			if from <= 0 {
				return false
			}
		}
	}
	words, last := 0, ""
	for j := from; j < len(s.Tokens) && s.Tokens[j].Start < open; j++ {
		switch w := s.w(j); w {
		case ".", "?", "!", ";", "”":
			return false // the quotation opens a sentence of its own
		case "that", "\"", "“":
		default:
			words++
		}
		last = s.w(j)
	}
	// `said in a statement, "In our opinion …"`: a quotation set off by a
	// comma or colon is quoted whole
	return words >= 2 && last != "," && last != ":"
}

// mostlyQuoted reports a quotation from open to close holding more of the
// words of the clause a speech verb at k reports than stand outside its
// marks: `said developing nations' "investment regimes do not support
// enough equity investment, so you've got to have some debt there"` is a
// direct quote of the marked words (GUIDE.md), where `said the country
// needed "a more serene climate" to grow` is one reported claim, and so is
// a claim of two clauses joined before the marks (`said A and that B "…"`).
func mostlyQuoted(s *sent, k, open, close int) bool {
	inside, outside := 0, 0
	for j := k + 1; j < len(s.Tokens); j++ {
		switch w := s.w(j); {
		case s.Tokens[j].Start < open && (w == "and" || w == "but" || w == ";"):
			return false
		case !wordToken(w) || w == "that" && s.Tokens[j].Start < open && j == k+1:
		case s.Tokens[j].Start >= open && s.Tokens[j].Start < close:
			inside++
		default:
			outside++
		}
	}
	return inside > outside
}

// openedInside reports a quotation that opens after more words of its
// sentence than it holds, from the sentence's first word past its
// dateline: `The economy of Pakistan was "doing well,"`, not `"Prices will
// rise,"` nor `Yes, "we will grow and prices will fall,"`.
func openedInside(s *sent, open, close int) bool {
	before, inside := 0, 0
	for j := s.tokenFrom(s.afterDateline()); j < len(s.Tokens) && s.Tokens[j].Start < close; j++ {
		switch w := s.w(j); {
		case !wordToken(w):
		case s.Tokens[j].Start < open:
			if speechVerbs[w] || thatVerbs[w] {
				return false // `added "I do not regard the dollar as undervalued," he said`: a quotation another verb brings in
			}
			before++
		default:
			if inside == 0 && !isLowerWord(s.raw(j)) {
				return false // `…, "Perhaps the same principle should apply," Gros said`: the marks open a sentence of the speaker's
			}
			inside++
		}
	}
	return before > inside
}

// wordToken reports a token that is a word or number, not punctuation.
func wordToken(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// restIsAdverbial reports that the words from k to the sentence's end
// only say when or where ("here on Wednesday", "last month", "in Paris
// today"): the claim is before the attribution, not after it.
func restIsAdverbial(d *doc, s *sent, k int) bool {
	if k >= len(s.Tokens) {
		return false
	}
	if occasionPreps.Has(s.w(k)) && !s.finiteBesidesPossessive(k+1, len(s.Tokens)) && !slices.Contains(s.lw[k+1:], "that") {
		return true // "…, he told reporters during the bank's annual meeting here": when and where it was said
	}
	for j := k; j < len(s.Tokens); j++ {
		switch w := s.w(j); {
		case w == "." || w == "here" || w == "today" || w == "yesterday" || w == "tonight" || w == "last" || w == "this" ||
			w == "next" || w == "on" || w == "in" || w == "at" || w == "earlier" || w == "later" || w == "late" || w == "the" ||
			w == "week" || w == "month" || w == "year" || w == "weekend" || w == "meanwhile" || w == "also":
		case isDateToken(s, j) || s.mentionAt(j) != nil && placeType(d.ents[s.mentionAt(j).ent].Type) || mannerAdverbs.Has(w):
		case w == "to" && pressHearers.Has(s.w(j+1)) && j == k:
			j++ // "…, John Smith said to reporters.": the hearers, no claim
		case w == "without" && asideGerunds.Has(s.w(j+1)):
			return true // "…, Foremost said without elaborating": the writer's aside, no claim
		default:
			return false
		}
	}
	return true
}

// pressHearers are told things after "said to": "said to reporters".
var pressHearers = wordset.Words("reporters", "journalists", "newsmen")

// occasionPreps open a phrase of the occasion a thing was said at:
// "during the meeting", "after talks with X", "at a news conference".
var occasionPreps = wordset.Of(map[string]bool{"during": true, "after": true, "before": true, "following": true,
	"at": true, "in": true, "on": true, "ahead": true, "prior": true, "from": true})

// asideGerunds follow "without" in the writer's aside after a speech
// verb: "said without elaborating", "added without giving details".
var asideGerunds = wordset.Of(map[string]bool{"elaborating": true, "giving": true, "providing": true, "specifying": true,
	"naming": true, "saying": true, "commenting": true, "disclosing": true, "identifying": true, "detailing": true,
	"explaining": true, "offering": true, "further": true})

// notSaying reports a verb at k that says nothing was said: "…, but
// declined to elaborate", "but would not say".
func notSaying(s *sent, k int) bool {
	switch s.w(k) {
	case "declined", "refused", "gave":
		return true
	case "would", "did", "could":
		return s.w(k+1) == "not"
	}
	return false
}

// perfectAgain reports a perfect verb group at v ("has given") with no
// subject of its own after a speech verb at k in the perfect too ("has
// already said"): the speaker's second verb, not the claim's.
func perfectAgain(s *sent, k, v int) bool {
	aux := func(w string) bool { return w == "has" || w == "have" || w == "had" }
	if !aux(s.w(v)) || s.w(v+1) == "been" {
		return false
	}
	ps := s.parsed()
	if v+1 >= len(ps.POS) || ps.POS[v+1] != "VBN" {
		return false
	}
	return aux(s.w(k-1)) || k >= 2 && aux(s.w(k-2)) && ps.POS[k-1] == "RB"
}

// narratorAside reports the writer's words about the speaker from k,
// after "but" with no comma: "declined to name …", "did not elaborate",
// "would not comment", "gave no details" (not "sales rose but declined
// in May", the claim's own subject going on).
func narratorAside(s *sent, k int) bool {
	switch s.w(k) {
	case "declined", "refused":
		return s.w(k+1) == "to" && asideVerbs.Has(s.w(k+2))
	case "did", "would", "could":
		// "did not elaborate", "would not comment on the report" (not
		// "would not discuss making wheat cheaper": the claim's own)
		w := s.w(k + 2)
		return s.w(k+1) == "not" && (w == "elaborate" || w == "comment" || w == "say" || w == "disclose" && s.w(k+3) != "that")
	case "gave", "provided", "offered":
		return s.w(k+1) == "no" && (s.w(k+2) == "details" || s.w(k+2) == "figures" || s.w(k+2) == "further")
	}
	return false
}

// asideVerbs are what a speaker declines to do in the writer's aside.
var asideVerbs = wordset.Of(map[string]bool{"comment": true, "elaborate": true, "name": true, "identify": true, "say": true,
	"give": true, "disclose": true, "specify": true, "provide": true, "discuss": true, "confirm": true, "reveal": true, "detail": true})

// trailingAttribution reports that the words from k are the attribution
// closing the sentence: a few words naming who ("banking sources", "the
// minister"), a speech verb, and nothing after it but when or where.
func trailingAttribution(d *doc, s *sent, k int) bool {
	for j := k; j < len(s.Tokens) && j <= k+6; j++ {
		if speechVerbs[s.w(j)] && j > k {
			return j+1 >= len(s.Tokens) || restIsAdverbial(d, s, j+1)
		}
		if s.breaks(j) || s.w(j) == "." || s.w(j) == "that" {
			return false
		}
	}
	return false
}

// hearerWords end the phrase naming who was told: "told a news
// conference", "told the newspaper", "told parliament".
// subjectPronouns stand for a speaker as a clause's subject.
var subjectPronouns = wordset.Of(map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true})

// hearerPronouns are the pronouns one tells: "told him", "told them".
var hearerPronouns = wordset.Of(map[string]bool{"him": true, "her": true, "them": true, "us": true, "me": true})

var hearerWords = wordset.Of(map[string]bool{
	"conference": true, "interview": true, "briefing": true, "meeting": true, "session": true, "newspaper": true,
	"parliament": true, "committee": true, "reporters": true, "journalists": true, "newsmen": true, "audience": true,
	"seminar": true, "symposium": true, "forum": true, "gathering": true, "radio": true, "television": true,
	"agency": true, "daily": true, "weekly": true, "magazine": true, "convention": true, "subcommittee": true,
	// "told analysts the deal would…", "told shareholders"
	"analysts": true, "shareholders": true, "stockholders": true, "investors": true, "delegates": true, "bankers": true,
	"correspondents": true, "businessmen": true, "lawmakers": true, "legislators": true, "senators": true, "executives": true,
	// "told a bank presentation", "told a Senate hearing", "told a
	// business lunch", "told a congressional panel"
	"presentation": true, "hearing": true, "lunch": true, "luncheon": true, "dinner": true, "breakfast": true,
	"panel": true, "interviewer": true, "assembly": true, "congress": true, "rally": true, "workshop": true,
	"leaders": true, "members": true, "officials": true, "farmers": true, "workers": true, "employees": true,
})

// groupHearers are told as a group with no name before them: "has told
// companies they must limit their imports", "told its creditors it
// needs", not "told Reuters the two companies are".
var groupHearers = wordset.Of(map[string]bool{"companies": true, "firms": true, "banks": true, "exporters": true,
	"importers": true, "producers": true, "creditors": true, "traders": true, "diplomats": true, "customers": true,
	"clients": true, "dealers": true})

// hearerEnd is the token after who was told, from k (just past "told"):
// a name ("told Reuters", "told The Washington Times") or a phrase of a
// few words ending in a hearer word ("told a news conference here"),
// with "here", "today" or a date after it; 0 when k holds neither.
func (s *sent) hearerEnd(k int) int {
	end, modifier := 0, false
	if m := s.mentionAt(k); m != nil {
		end, modifier = m.last, m.m.Label == graph.LabelMISC || m.m.Label == graph.LabelLOC
	} else if s.w(k) == "the" && s.mentionAt(k+1) != nil {
		end = s.mentionAt(k + 1).last
	} else if hearerPronouns.Has(s.w(k)) {
		end = k + 1 // "the Bundesbank told him it was observing the market"
	}
	if ps := s.parsed(); end > 0 && modifier {
		// "told U.S. sugarbeet growers …", "told Japanese reporters":
		// a place or demonym only opens the hearer
		for end < len(ps.POS) && (ps.POS[end] == "NN" || ps.POS[end] == "NNS") && isLowerWord(s.raw(end)) {
			end++
		}
	} else {
		lim := k + 4
		if end > k {
			// "told the Australian Petroleum Exploration Association annual
			// conference": a gathering a long name opens
			lim = max(lim, end+2)
		}
		for j := k; j < len(s.Tokens) && j <= lim && !s.breaks(j); j++ {
			if w := s.w(j); j > k && end > k && j >= end && (w == "after" || w == "before" || w == "during" || w == "following") && !s.finiteBesidesPossessive(j, len(s.Tokens)) {
				break // "…, X told Reuters after a meeting of the firm's board.": the hearer is told, the meeting is when
			}
			if hearerWords.Has(s.w(j)) || groupHearers.Has(s.w(j)) && s.mentionAt(k) == nil && j <= k+2 {
				end = j + 1
			}
		}
	}
	if m := s.mentionAt(k); m != nil && m.m.Label != graph.LabelPER && end == m.last {
		for j := end; j < len(s.Tokens) && j <= end+4 && !isLowerWord(s.raw(j)) && !s.breaks(j); j++ {
			// "told Brazilian Finance Minister Dilson Funaro the bank
			// would…", "told U.S. Treasury Secretary James Baker": a title
			// and the person it names after the demonym or the body
			if p := s.mentionAt(j); p != nil && p.m.Label == graph.LabelPER {
				if s.opensClause(p.last) {
					end = p.last // (not "told Reuters Finance Secretary Jaime Ongpin had decided": the claim's subject)
				}
				break
			} else if p != nil {
				break
			}
		}
	}
	if end > 0 && s.w(end) == "of" && hearerWords.Has(s.w(end-1)) {
		// "told a meeting of bankers", "told a conference of OPEC
		// ministers": who the gathering is of
		j := end + 1
		for j < len(s.Tokens) && j <= end+5 && !s.breaks(j) && s.w(j) != "that" && (isLowerWord(s.raw(j)) || s.mentionAt(j) != nil) && !speechVerbs[s.w(j)] {
			j++
		}
		if j > end+1 {
			end = j
		}
	}
	for end > 0 && end < len(s.Tokens) && (s.w(end) == "here" || s.w(end) == "today" || s.w(end) == "yesterday" || s.w(end) == "recently" || s.w(end) == "earlier" || isDateToken(s, end) || s.w(end) == "on" && isDateToken(s, end+1)) {
		end++
	}
	if end > 0 && s.w(end) == "," {
		// "told the National People's Congress, China's parliament, that":
		// past the hearer's apposition, when "that" follows it
		for j := end + 1; j < len(s.Tokens) && j <= end+8; j++ {
			if s.w(j) == "," {
				if j > end+1 && (s.w(j+1) == "that" || s.opensClause(j+1)) {
					end = j + 1 // (or a clause of its own: "told Rostenkowski, an Illinois Democrat, he backed")
				}
				break
			}
			if s.breaks(j) || speechVerbs[s.w(j)] || s.w(j) == "that" {
				break
			}
		}
	}
	return end
}

// toldHearerEnd is hearerEnd, or else toldObject: the end of whoever was
// told from k, before the claim.
func (s *sent) toldHearerEnd(k int) int {
	if h := s.hearerEnd(k); h > 0 || s.w(k-1) == "tell" {
		return h // ("will likely tell Mr. Putin he hopes": a telling to come is no claim made)
	}
	return s.toldObject(k)
}

// toldObject is the end of the noun phrase the parse reads as told at k
// (just past "told") when a clause with a subject of its own follows it
// at once: "told the task force the new company would be regulated"; 0
// when the parse reads no such pair.
func (s *sent) toldObject(k int) int {
	ps := s.parsed()
	for _, c := range ps.Clauses {
		if c.Head != k-1 || len(c.Object) == 0 || c.Object[0].Start != k || !strings.HasPrefix(ps.POS[c.Object[0].Head], "NN") {
			continue // ("has told all he knows": no one told)
		}
		end := c.Object[len(c.Object)-1].End
		for _, o := range ps.Clauses {
			if len(o.Subject) > 0 && o.Subject[0].Start == end && !o.Inverted && o.Verb.Start > end {
				return end
			}
		}
	}
	return 0
}

// mediumWords name what a claim was said in: "said in a statement".
var mediumWords = wordset.Of(map[string]bool{
	"statement": true, "interview": true, "report": true, "speech": true, "letter": true, "communique": true,
	"address": true, "broadcast": true, "release": true, "newsletter": true, "briefing": true, "review": true,
	"remarks": true, "comments": true, // "said in remarks published today there would be"
})

// mediumParticiples tell where a medium came out: "in remarks published
// in the daily Al-Ahram", "in an interview broadcast yesterday".
var mediumParticiples = wordset.Words("published", "broadcast", "carried", "printed", "aired", "quoted", "reported")

// mediumEnd is the token after "in a statement", "in its monthly
// report", "in a television interview" at from, with a date, "here" or
// "today" after it; 0 when from holds no such phrase.
func (s *sent) mediumEnd(from int) int {
	if s.w(from) != "in" {
		return 0
	}
	for j := from + 1; j < len(s.Tokens) && j <= from+5 && !s.breaks(j); j++ {
		if mediumWords.Has(s.w(j)) {
			end := j + 1
			if mediumParticiples.Has(s.w(end)) {
				end++ // "in remarks published today", "in remarks published in the daily Al-Qabas"
				if n := s.w(end); (n == "in" || n == "by" || n == "on") && s.w(end+1) != "that" {
					for q := end + 1; q < len(s.Tokens) && q <= end+6 && !s.breaks(q); q++ {
						if m := s.mentionAt(q); m != nil {
							end = m.last
							break
						}
					}
				}
			}
			for end < len(s.Tokens) && (s.w(end) == "here" || s.w(end) == "today" || s.w(end) == "yesterday" || isDateToken(s, end)) {
				end++
			}
			return end
		}
	}
	return 0
}

// phraseBeforePronoun is the token of a personal pronoun that opens a
// claim after a phrase of place or time at from ("said at a Senate
// committee hearing he would not object", "said at the end of last year
// it wanted"): the phrase opens with a preposition, holds no verb, comma
// or name of a speaker's, and the pronoun has its verb right after it.
// 0 when from holds no such phrase.
func (s *sent) phraseBeforePronoun(from int) int {
	switch s.w(from) {
	case "at", "in", "during", "after", "before", "following", "on":
	default:
		return 0
	}
	ps := s.parsed()
	for j := from + 1; j < len(s.Tokens) && j <= from+12; j++ {
		if s.breaks(j) || s.w(j) == "that" || strings.HasPrefix(ps.POS[j], "VB") || ps.POS[j] == "MD" {
			return 0
		}
		switch s.w(j) {
		case "he", "she", "it", "they", "we":
			if j > from+1 && j+1 < len(ps.POS) && (strings.HasPrefix(ps.POS[j+1], "VB") || ps.POS[j+1] == "MD") {
				return j
			}
			return 0
		}
	}
	return 0
}

// finiteBetween reports a finite verb or a modal among words [from, to).
func (s *sent) finiteBetween(from, to int) bool { return s.finiteIn(from, to, false) }

// finiteIn is finiteBetween, past a possessive's "'s" when told to.
func (s *sent) finiteIn(from, to int, skipPossessive bool) bool {
	ps := s.parsed()
	for j := from; j < to && j < len(ps.POS); j++ {
		if finiteTag(ps.POS[j]) && !(skipPossessive && (s.w(j) == "'s" || s.w(j) == "’s")) {
			return true
		}
	}
	return false
}

// finiteBesidesPossessive is finiteBetween with a possessive's "'s" no
// verb, however tagged: "after a meeting of the firm's board".
func (s *sent) finiteBesidesPossessive(from, to int) bool { return s.finiteIn(from, to, true) }

// clauseVerbBetween reports a finite verb or a modal among words [from,
// to) that is no word of a noun phrase (not after a determiner or a
// preposition: "in both proved reserves"): the claim before has a verb
// of its own.
func (s *sent) clauseVerbBetween(from, to int) bool {
	ps := s.parsed()
	for j := from; j < to && j < len(ps.POS); j++ {
		if finiteTag(ps.POS[j]) && (j == 0 || ps.POS[j-1] != "DT" && ps.POS[j-1] != "IN") {
			return true
		}
	}
	return false
}

// opensClause reports a word that can start a reported clause: a
// determiner, pronoun, name, noun or number, followed within a few words
// by a verb.
func (s *sent) opensClause(k int) bool {
	ps := s.parsed()
	if k >= len(ps.POS) {
		return false
	}
	if ps.POS[k] == "RB" && k+1 < len(ps.POS) && (ps.POS[k+1] == "DT" || ps.POS[k+1] == "PDT") {
		k++ // "virtually all exports had been…"
	}
	if s.w(k) == "there" && k+1 < len(ps.POS) && (ps.POS[k+1] == "MD" || ps.POS[k+1] == "VBD" || ps.POS[k+1] == "VBZ" || ps.POS[k+1] == "VBP") {
		return true // "there would be progress", "there were no plans", however "there" is tagged
	}
	switch ps.POS[k] {
	case "DT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "CD", "EX", "JJ":
	case "JJR", "RBR":
		// "told Reuters less competition should lead to higher sales":
		// a comparative before a noun opens its phrase
		if k+1 >= len(ps.POS) || !strings.HasPrefix(ps.POS[k+1], "NN") {
			return false
		}
	default:
		return false
	}
	skipped, limit := false, k+10
	for j := k + 1; j < len(ps.POS) && j <= limit; j++ {
		if strings.HasPrefix(ps.POS[j], "VB") || ps.POS[j] == "MD" {
			if skipped {
				// after a phrase set off by commas, only a finite verb: "the
				// talks, which began six weeks ago, ended"
				return ps.POS[j] == "VBD" || ps.POS[j] == "VBZ" || ps.POS[j] == "VBP" || ps.POS[j] == "MD"
			}
			return ps.POS[j] != "VBG" && ps.POS[j] != "VBN" || j > k+1 && (ps.POS[j-1] == "VBD" || ps.POS[j-1] == "VBZ" || ps.POS[j-1] == "VBP")
		}
		if s.w(j) == "," && !skipped {
			// "told Reuters the negotiations, which have yet to be
			// finalised, had been successful": past the phrase to its
			// closing comma
			e := j + 1
			for e < len(ps.POS) && e <= j+15 && s.w(e) != "," && s.w(e) != "." && s.w(e) != ";" && s.w(e) != ":" {
				e++
			}
			if s.w(e) != "," || e == j+1 {
				return false
			}
			skipped, j, limit = true, e, e+6
			continue
		}
		if s.breaks(j) {
			return false
		}
	}
	return false
}

// nounClause reports a clause without "that" from k: a short noun phrase
// and a finite verb ("estimated sales would rise 10 pct", "acknowledged
// the plan had failed"), not an object ("estimated sales at 10 mln dlrs").
func (s *sent) nounClause(k int) bool {
	if k >= len(s.Tokens) || noClauseOpeners.Has(s.w(k)) {
		return false // (no noun phrase opens there: the sentence is not parsed for it)
	}
	ps := s.parsed()
	for j := k; j < len(ps.POS) && j <= k+7; j++ {
		switch ps.POS[j] {
		case "DT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "CD", "JJ", "JJR", "JJS", "POS", "EX": // (EX: "acknowledged there was a risk")
			continue
		case "MD", "VBD", "VBZ", "VBP":
			return j > k && !s.breaks(j)
		case "RB":
			if j > k && (strings.HasPrefix(ps.POS[j-1], "NN") || ps.POS[j-1] == "PRP") {
				continue // "conceded Congress ultimately will be unable"
			}
		}
		return false
	}
	return false
}

// noClauseOpeners are words no subject of a clause starts with:
// prepositions, subordinators and marks.
var noClauseOpeners = wordset.Words("at", "of", "with", "for", "to", "in", "on", "by", "from", "into", "about", "after",
	"before", "as", "if", "whether", "because", "during", "until", "since", ",", ".", ";", ":", "(", ")", "\"", "“", "”", "-", "--")

// afterDateline is where the text of the article's first sentence starts,
// past a dateline ("PARIS —", "BRUSSELS (Reuters) -").
func (s *sent) afterDateline() int {
	if s.idx == 0 {
		for k := 0; k < len(s.Tokens) && k <= 6; k++ {
			if w := s.w(k); (w == "—" || w == "–" || w == "-" || w == "--") && k+1 < len(s.Tokens) {
				return s.Tokens[k+1].Start
			}
		}
	}
	return s.Start
}

// trailingClaim reads an attribution that ends its sentence ("…, the bloc's
// foreign policy chief Kaja Kallas said"): the claim is the sentence up to
// the comma before the speaker, whose phrase starts at or before token j.
func trailingClaim(s *sent, j int) (end int, ok bool) {
	if w := s.w(0); w == "he" || w == "she" || w == "they" {
		// "He also suggested that the refuge should be opened up, DiBona
		// said": the claim is the inner verb's, read from it; the outer
		// attribution names who "he" is
		v := 1
		if sayAdverbs.Has(s.w(v)) || s.w(v) == "also" {
			v++
		}
		if speechVerbs[s.w(v)] || thatVerbs[s.w(v)] {
			return 0, false
		}
	}
	named := -1 // where the speaker's name set off before the verb starts
	if m := s.mentionAt(j - 1); s.w(j) == "," && m != nil && m.last == j {
		named = m.first
	} else if m := s.mentionAt(j); m != nil && m.first == j && s.w(m.last) == "," {
		named = j // the caller's subject start: "…, Cristobal Aranibar, told Reuters"
	}
	if named > 1 && s.w(named-1) == "," {
		// "…, the president of the Federal Association of German Banks,
		// Wolfgang Roeller, said", "…, the Conflicts Secretary of the
		// Bolivian Miners Federation, Cristobal Aranibar, told Reuters":
		// the name closes a description set off before it, which is no
		// part of the claim
		for k := named - 2; k > 0 && k >= named-14; k-- {
			if s.w(k) == "," {
				if d := k + 1; (s.w(d) == "the" || s.w(d) == "a" || s.w(d) == "an") && officeWords(s.lw[d+1:named-1]) && k >= 2 {
					return s.Tokens[k].Start, true
				}
				break
			}
			if speechVerbs[s.w(k)] || s.breaks(k) {
				break
			}
		}
	}
	for k, n := j, 0; k >= 0 && n <= 12; k, n = k-1, n+1 {
		w := s.w(k)
		if w == ")" && k >= 2 && s.w(k-2) == "(" {
			k -= 2 // "…, French Cereals Intervention Office (ONIC) Director Bernard Vieux said"
			continue
		}
		if m := s.mentionAt(k); m != nil && m.first < k && (k == j || !s.commaIn(m.first, k)) {
			// a name counts as one word: "…, the secretary general of the
			// Organisation for Economic Cooperation and Development
			// Jean-Claude Paye said"; the speaker's own name may hold a
			// comma ("…, Smith Barney, Harris Upham and Co Inc said"),
			// a name before it is read no further than its comma
			k = m.first
			continue
		}
		if (w == "\"" || w == "”") && s.w(k-1) == "," && k >= 3 {
			// `The economy was "doing well," Ali Khan said`: a few marked
			// words end the claim, their comma inside the marks
			o := k - 2
			for o > 0 && s.w(o) != "\"" && s.w(o) != "“" {
				o--
			}
			if o > 0 && openedInside(s, s.Tokens[o].Start, s.Tokens[k].Start) {
				return s.Tokens[k-1].Start, true
			}
		}
		if w == "," {
			if k < 2 {
				return 0, false // a claim of one word is no claim
			}
			if s.w(k+1) == "as" && slices.ContainsFunc(s.lw[:k], func(x string) bool { return speechVerbs[x] || thatVerbs[x] }) {
				// "Baker reiterated that the dollar will fall, as traders
				// predicted": the clause before is another's saying, which
				// the comment clause only agrees with
				return 0, false
			}
			return s.Tokens[k].Start, true
		}
		if speechVerbs[w] || triggers[w].verbal || s.breaks(k) {
			return 0, false
		}
	}
	return 0, false
}

// officeWords reports words that describe a speaker by an office or a
// body: "president of the Federal Association of German Banks", "Conflicts
// Secretary of the Bolivian Miners Federation", "central bank" (not "a
// five-fold rise over the year before", the claim's own apposition).
func officeWords(ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	return slices.Contains(ws, "of") || bodyNouns.Has(last) || antecedentNouns.Has(last) || personNouns.Has(last)
}

// commaIn reports a comma among tokens [from, to].
func (s *sent) commaIn(from, to int) bool {
	for k := from; k <= to; k++ {
		if s.w(k) == "," {
			return true
		}
	}
	return false
}

// parentheticalRest reports that the words from k, after "…, X said,",
// go on with the claim the attribution interrupted ("the company is
// selling its unit"), not a phrase about the saying ("adding that",
// "citing costs", "but declined to elaborate") or another speaker's words.
func parentheticalRest(s *sent, k int) bool {
	ps := s.parsed()
	if k+2 >= len(s.Tokens) || k >= len(ps.POS) || ps.POS[k] == "VBG" {
		return false
	}
	switch s.w(k) {
	case "but", "and", "adding", "citing", "saying", "according", "which", "who", "as", "in", "on", "at", "after", "before", "\"", "“",
		"without", "with", "for", "to", "from", "by", "under", "despite", "although", "though", "while", "when", "noting", "calling":
		return false
	}
	verb := false
	for j := k; j < len(s.Tokens); j++ {
		if speechVerbs[s.w(j)] || s.w(j) == "\"" || s.w(j) == "“" || s.w(j) == "”" {
			return false
		}
		if !verb && subordinators.Has(s.w(j)) {
			return false // "…, X said, a week after Y announced": when it was said
		}
		verb = verb || j < len(ps.POS) && (strings.HasPrefix(ps.POS[j], "VB") || ps.POS[j] == "MD")
	}
	return verb
}

// dayNames are the weekdays, which date a saying: "said Tuesday the plan
// had failed".
var dayNames = wordset.Of(map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true})

// timeEnd is the token after a phrase of time starting at k ("yesterday",
// "on Tuesday", "last week", "earlier this month"), 0 when none starts there.
func (s *sent) timeEnd(k int) int {
	switch w := s.w(k); {
	case w == "yesterday" || w == "today" || w == "tonight" || dayNames.Has(w):
	case w == "on" && dayNames.Has(s.w(k+1)), (w == "late" || w == "earlier" || w == "last" || w == "this") && isDateToken(s, k+1):
		// not "said on April 30 it will redeem": a date may be the act's
	default:
		return 0 // not "said February sales rose": a month names what the claim is about
	}
	j := k
	for j < len(s.Tokens) {
		w := s.w(j)
		if !isDateToken(s, j) && !((w == "on" || w == "late" || w == "earlier" || w == "last" || w == "this" || w == "next") && isDateToken(s, j+1)) {
			break
		}
		j++
	}
	if j == k || s.possessive(j) {
		return 0 // ("said today's downgrading … should not be over-dramatised": the claim's first word)
	}
	return j
}

// placeTimeEnd is the token after a run of phrases of place and time right
// after a speech verb at from-1 that holds at least one place ("said in
// Paris producers were confident", "said on Tuesday in Bonn the talks had
// failed", "said here yesterday"): "in" or "at" and a city or place
// named whole (not "in Bonn's view"), or "here"; not a country or region,
// which the claim may open with ("said in Argentina subsidies were granted
// for exports, while in Australia …"). 0 when no place is there (timeEnd
// reads a time alone).
func (d *doc) placeTimeEnd(s *sent, from int) int {
	j, place := from, false
	for j < len(s.Tokens) {
		if t := s.timeEnd(j); t > 0 {
			j = t
			continue
		}
		if s.w(j) == "here" {
			j, place = j+1, true
			continue
		}
		if m := s.mentionAt(j + 1); (s.w(j) == "in" || s.w(j) == "at") && m != nil && m.first == j+1 && (d.ents[m.ent].Type == graph.City || d.ents[m.ent].Type == graph.Place) && !s.possessive(m.last) {
			j, place = m.last, true
			continue
		}
		break
	}
	if !place {
		return 0
	}
	return j
}

// adverbialToEnd reports that the words from token k to the sentence's end
// are a phrase about the saying, not what was said: "…, the bank said in a
// monthly report.", "…, he said in prepared testimony to Congress."
func adverbialToEnd(d *doc, s *sent, k int) bool {
	if s.w(k) == "at" && (s.w(k+1) == "least" || s.w(k+1) == "most") && s.nounClause(k+2) {
		return false // "said at least 15 banks had agreed": a bound on the claim's number, no phrase of place
	}
	if (s.w(k) == "today" || s.w(k) == "yesterday") && s.possessive(k+1) {
		return false // "said today's downgrading … should not be over-dramatised": the claim's first word
	}
	switch s.w(k) {
	case "in", "at", "on", "during", "after", "before", "today", "yesterday", "late", "earlier", "later", "as":
	default:
		if mannerAdverbs.Has(s.w(k)) && s.timeEnd(k) == 0 {
			// "<claim>, X said recently.", "said again on Monday": when or
			// how, no claim ("said recently the banks had balked" goes on
			// with one)
			switch n := s.w(k + 1); {
			case k+1 >= len(s.Tokens) || n == "." || n == "," || n == "on" || n == "in" || n == "at" || n == "last" || n == "this" || n == "during" || isDateToken(s, k+1):
			default:
				return false
			}
		} else if s.timeEnd(k) == 0 {
			return false
		}
	}
	if t := s.mediumEnd(k); t > 0 && s.opensClause(t) {
		return false // "said in a statement the plant would close": a claim follows
	}
	if t := s.timeEnd(k); t > 0 && s.opensClause(t) {
		return false // "said yesterday the pipeline would reopen": a claim follows
	}
	if t := d.placeTimeEnd(s, k); t > 0 && s.opensClause(t) {
		return false // "said in Paris producers were confident": a claim follows
	}
	if s.phraseBeforePronoun(k) > 0 {
		return false // "said at the end of last year it wanted": a claim follows
	}
	if mannerAdverbs.Has(s.w(k)) && (s.nounClause(k+1) || s.w(k+1) == "that") {
		return false // "said earlier it would sell": a claim follows
	}
	if s.w(k) == "as" {
		// "said as lead manager": a role, no clause ("said as of late
		// yesterday it had accepted" goes on with one)
		ps := s.parsed()
		for j := k + 1; j < len(s.Tokens) && j < len(ps.POS); j++ {
			if s.w(j) == "of" || strings.HasPrefix(ps.POS[j], "VB") || ps.POS[j] == "MD" || ps.POS[j] == "PRP" {
				return false
			}
		}
	}
	for j := k; j < len(s.Tokens); j++ {
		if s.w(j) == "that" || speechVerbs[s.w(j)] || s.w(j) == "," {
			return false
		}
	}
	return true
}

// presentSpeech verbs date a claim to the article's day.
var presentSpeech = wordset.Of(map[string]bool{
	"says": true, "say": true, "tells": true, "claims": true, "claim": true,
	"insists": true, "warns": true, "argues": true, "writes": true,
})

// sourceNouns head a description of an unnamed source: "a high-level
// diplomatic source", "officials in Beijing", "analysts".
var sourceNouns = wordset.Of(mergeWords(map[string]bool{
	"source": true, "sources": true, "official": true, "officials": true, "analyst": true,
	"analysts": true, "diplomat": true, "diplomats": true, "expert": true, "experts": true,
	"critics": true, "observers": true, "aides": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "insiders": true, "people": true, "dealers": true, "traders": true, "economists": true,
	"delegates": true, "bankers": true, "brokers": true, "executives": true, "producers": true, "exporters": true,
	"importers": true, "negotiators": true, "specialists": true, "participants": true, "statisticians": true,
	"trader": true, "dealer": true, "banker": true, "broker": true, "economist": true, "delegate": true,
	"executive": true, "negotiator": true, "observer": true, "insider": true, "aide": true, "arbitrager": true,
	"arbitrageur": true, "arbitragers": true, "arbitrageurs": true,
	"police": true, "authorities": true, "staff": true, "residents": true, "witnesses": true, "union": true, "team": true,
	"lawyers": true, "lawyer": true, "attorneys": true, "attorney": true, "legislators": true, "lawmakers": true,
	"adviser": true, "advisers": true, "advisor": true, "advisors": true, "lobbyist": true, "lobbyists": true,
	"consultant": true, "consultants": true, "strategist": true, "strategists": true, "chartist": true, "chartists": true,
	"forecaster": true, "forecasters": true, "specialist": true, "delegation": true, "delegations": true, // "The Japanese delegation said"
	// armed forces and missions that speak as bodies: "The Kenyan army
	// said", "Chad's military high command said", "the Paris embassy said"
	"army": true, "military": true, "command": true, "navy": true, "embassy": true,
}, textSourceWords)) // and a text or station that reports: "the report said", "Tehran radio said"

// theyPeople is the unnamed people "they" at j stands for: a short plural
// noun of people that opens this sentence or the one before as its
// subject ("Experts attributed …, but they said", "Dealers were cautious.
// They said"); "" when none does.
func (d *doc) theyPeople(s *sent, j int) string {
	if s.w(j) != "they" {
		return ""
	}
	prev := (*sent)(nil)
	if s.idx > 0 {
		prev = d.sents[s.idx-1]
	}
	for _, o := range []*sent{s, prev} {
		if o == nil || o == s && s.w(j-1) != "but" && s.w(j-1) != "and" && s.w(j-1) != "who" {
			continue // ("The strikers returned to work, they said": the people in the claim are not who say it)
		}
		if o == prev && (s.w(j-1) == "," || slices.ContainsFunc(o.lw, func(w string) bool { return speechVerbs[w] })) {
			// ("Crushers bought beans, trade sources said. …, they said":
			// the sources, read before; "Investors are cautious. Australia
			// poses risks, they added": who spoke before goes on)
			continue
		}
		f := o.tokenFrom(o.afterDateline())
		lim := f + 2
		if m := o.mentionAt(f); m != nil && m.first == f && (d.ents[m.ent].Type == graph.Organization || d.ents[m.ent].Type == graph.Country) {
			lim = m.last + 2 // "OPEC ministers met today. They said": the body's people
		}
		for h := f; h < len(o.Tokens) && h <= lim; h++ {
			w := o.w(h)
			if m := o.mentionAt(h); m != nil && h == f && m.first == f && lim > f+2 {
				h = m.last - 1
				continue
			}
			if o.mentionAt(h) != nil || o.breaks(h) || !isLowerWord(o.raw(h)) && h > f {
				break
			}
			if !strings.HasSuffix(w, "s") || !sourceWord(w) && !humanNoun(w) {
				continue
			}
			if ps := o.parsed(); h+1 < len(ps.POS) && (finiteTag(ps.POS[h+1]) || ps.POS[h+1] == "RB" && h+2 < len(ps.POS) && finiteTag(ps.POS[h+2])) && (o != s || h < j) {
				return d.body[o.Tokens[f].Start:o.Tokens[h].End]
			}
			break
		}
	}
	return ""
}

// pluralClaimant is who "they" at j stands for when the last claim before
// it, in one of the two sentences before, was said by a party named in the
// plural, one capitalised word ("Democrats said the deficit should be cut.
// They said …", "the Sandinistas said"); -1 otherwise.
func (d *doc) pluralClaimant(s *sent, j int, c *claims) int {
	if s.w(j) != "they" {
		return -1
	}
	q := c.lastBefore(0, s.Start, nil)
	if q == nil || q.Speaker == "" {
		return -1
	}
	e, ok := d.index(q.Speaker)
	if !ok || d.ents[e].Type != graph.Organization {
		return -1
	}
	for i := s.idx - 1; i >= 0 && i >= s.idx-2; i-- {
		o := d.sents[i]
		if q.Evidence.Start < o.Start || q.Evidence.Start >= o.End {
			continue
		}
		for _, m := range o.mentions {
			t := d.body[m.m.Start:m.m.End]
			if m.ent == e && m.last == m.first+1 && len(t) > 3 && strings.HasSuffix(t, "s") && !strings.HasSuffix(t, "ss") && segment.IsCapitalised(t) && t != strings.ToUpper(t) {
				return e
			}
		}
	}
	return -1
}

// humanSource reports an unnamed source that is people ("a spokesman",
// "traders"), which "he" or "they" may take up; a text or a station ("the
// radio", "the report") is none.
func humanSource(src string) bool {
	if src == "" {
		return false
	}
	last := strings.ToLower(src[strings.LastIndexByte(src, ' ')+1:])
	return !textSources.Has(last)
}

// textSourceWords head the description of a source that is no person: a
// text that reports or a station ("the report said", "the radio said").
var textSourceWords = map[string]bool{"radio": true, "television": true, "report": true, "statement": true,
	"study": true, "survey": true, "communique": true, "newspaper": true, "paper": true, "magazine": true,
	"newsletter": true, "weekly": true, "daily": true, "poll": true,
	// (texts that state what their authors hold: "the declaration said",
	// "a recent internal memo said"; not what is agreed or planned, whose
	// terms are no one's saying)
	"letter": true, "declaration": true, "memorandum": true, "memo": true, "document": true,
	"prospectus": true, "bulletin": true, "editorial": true, "article": true,
	"circular": true, "telex": true}

// sourceTokens are the tokens [from, to) of sentence s that a source's
// description is the words of: its first occurrence there that starts and
// ends at a word's edges ("police", not the start of "policemen").
func (d *doc) sourceTokens(s *sent, source string) (int, int, bool) {
	text := d.body[s.Start:s.End]
	for off := 0; off < len(text); {
		at := strings.Index(text[off:], source)
		if at < 0 {
			break
		}
		start, end := s.Start+off+at, s.Start+off+at+len(source)
		from, to := s.tokenFrom(start), s.tokenFrom(end)
		if from < to && s.Tokens[from].Start == start && s.Tokens[to-1].End == end {
			return from, to, true
		}
		off += at + 1
	}
	return 0, 0, false
}

// wholeSource is an unnamed source's description with the people named
// with it by "and" ("Traders and analysts said", "monetary sources and
// U.S. officials said"; the claim's readers took the last conjunct) and
// without a conjunction it opens with ("as one senior banker noted").
func (d *doc) wholeSource(s *sent, source string) string {
	from, to, ok := d.sourceTokens(s, source)
	if !ok {
		return source
	}
	if w := s.w(from); (w == "as" || w == "but" || w == "and") && to > from+1 {
		from++
	}
	if s.w(from-1) == "and" && from >= 2 {
		if w := s.w(from - 2); (sourceWord(w) || humanNoun(w)) && strings.HasSuffix(w, "s") && s.mentionAt(from-2) == nil {
			// the conjunct before: its noun and up to two words qualifying it
			ps := s.parsed()
			j := from - 2
			for j > 0 && j >= from-4 && !s.breaks(j-1) && (ps.POS[j-1] == "JJ" || ps.POS[j-1] == "NN" || ps.POS[j-1] == "NNP" || ps.POS[j-1] == "NNS") && !speechVerbs[s.w(j-1)] {
				j--
			}
			from = j
		}
	}
	return d.body[s.Tokens[from].Start:s.Tokens[to-1].End]
}

// authorTexts are the texts whose author a description may name beside
// a body's texts (bodyTexts): "a memo from Laurence Tisch", "Cuba in its
// telex".
var authorTexts = wordset.Of(map[string]bool{"declaration": true, "memorandum": true, "memo": true, "document": true, "bulletin": true})

// authorText reports a text whose author a description may name.
func authorText(w string) bool { return bodyTexts.Has(w) || authorTexts.Has(w) }

// textAuthor is the party a source description that is a text names as
// its author: "a memo from Laurence Tisch said", "The letter from Gardner
// said", "Cuba in its telex said"; -1 for none. The description is found
// in sentence s by its text.
func (d *doc) textAuthor(s *sent, source string) int {
	from, to, ok := d.sourceTokens(s, source)
	if !ok {
		return -1
	}
	for j := from + 1; j < to; j++ {
		var m *mention
		switch {
		case (s.w(j) == "from" || s.w(j) == "by") && authorText(s.w(j-1)):
			m = s.mentionAt(j + 1 + b2i(s.w(j+1) == "the"))
			for k := j + 1; m == nil && k < to && k < j+5 && isLowerWord(s.raw(k)) && s.parsed().POS[k] != "IN"; k++ {
				m = s.mentionAt(k + 1) // "from committee chairman Citibank", not "by the federation for Bolivian mine workers"
			}
			if m != nil && m.last < len(s.Tokens) && isLowerWord(s.raw(m.last)) && strings.HasPrefix(s.parsed().POS[m.last], "NN") {
				m = nil // "a report from the U.S. agriculture counselor": a name that only qualifies its author
			}
		case j == from+1 && s.w(j) == "in" && (s.w(j+1) == "its" || s.w(j+1) == "his" || s.w(j+1) == "her") && authorText(s.w(to-1)):
			m = s.mentionAt(from)
		}
		if m != nil && speaks(d.ents[m.ent].Type) {
			return m.ent
		}
	}
	return -1
}

// textSources are textSourceWords and "agency", which is also a body.
var textSources = wordset.Of(mergeWords(textSourceWords, map[string]bool{"agency": true}))

// mergeWords is the union of word lists.
func mergeWords(ms ...map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, m := range ms {
		maps.Copy(out, m)
	}
	return out
}

// pluralParties are the words that take up parties named together:
// "they", "the companies", "the two banks", "both sides".
var pluralParties = wordset.Of(map[string]bool{"they": true, "companies": true, "firms": true, "banks": true,
	"groups": true, "governments": true, "countries": true, "sides": true, "partners": true, "two": true, "both": true})

// jointSpeakers is the first of two or more parties named together by
// "and" as a subject ("Reuters Holdings and Ostmark Corp signed …") in
// this sentence or one of the two before, that the plural subject ending
// at j takes up ("They said", "The companies said": the guide gives a
// joint statement to the first named); -1 for none.
func (d *doc) jointSpeakers(s *sent, j int) int {
	a, _ := d.jointPair(s, j)
	return a
}

// jointPair is jointSpeakers with the second party named: the two parties
// named together by "and" that a plural subject ending at j takes up
// ("Japan and China held talks. The two countries agreed …"); -1, -1 for
// none.
func (d *doc) jointPair(s *sent, j int) (int, int) {
	if !pluralParties.Has(s.w(j)) || s.mentionAt(j) != nil {
		return -1, -1
	}
	if s.w(j) != "they" {
		// "the companies", "the two companies", "both banks": the phrase
		// opens the clause
		o := j - 1
		for o >= 0 && (s.w(o) == "two" || s.w(o) == "both" || s.w(o) == "three") {
			o--
		}
		if o >= 0 && s.w(o) != "the" && !(o == j-1 && (s.w(j-1) == "both" || s.w(j-1) == "two")) {
			return -1, -1
		}
	}
	for i := s.idx; i >= 0 && i >= s.idx-2; i-- {
		ps := d.sents[i]
		end := len(ps.Tokens)
		if i == s.idx {
			end = j
		}
		first := 0 // the sentence's first word, past its dateline
		for first < len(ps.Tokens) && ps.Tokens[first].Start < ps.afterDateline() {
			first++
		}
		for _, m := range ps.mentions {
			if m.last >= end || !speaks(d.ents[m.ent].Type) || ps.w(m.last) != "and" && ps.w(m.last) != "," {
				continue
			}
			if o := m.first - b2i(ps.w(m.first-1) == "<"); o > first+1 || o == first+1 && ps.w(first) != "the" {
				continue // the parties are the subject the sentence opens with, not a list inside it
			}
			k := m.last
			for k < end && ps.w(k) == "," {
				if n := ps.mentionAt(k + 1); n != nil && speaks(d.ents[n.ent].Type) {
					k = n.last
					continue
				}
				break
			}
			if ps.w(k) != "and" {
				continue
			}
			if n := ps.mentionAt(k + 1 + b2i(ps.w(k+1) == "the")); n != nil && n.ent != m.ent && speaks(d.ents[n.ent].Type) && d.ents[n.ent].Type == d.ents[m.ent].Type {
				return m.ent, n.ent
			}
		}
	}
	return -1, -1
}

// softTokens may stand between a speaker and the speech verb.
var softTokens = wordset.Of(map[string]bool{
	"recently": true, "also": true, "has": true, "had": true, "have": true, "actually": true,
	"again": true, "publicly": true, "reportedly": true, "later": true, "earlier": true,
	"previously": true, "repeatedly": true, "then": true, "once": true, "separately": true,
	"himself": true, "herself": true, "itself": true, "themselves": true, // "Gros himself said"
	"further": true, "subsequently": true, "jointly": true, // "The company further said"
	"meanwhile": true, "today": true, "yesterday": true, "tonight": true, // "de Clercq meanwhile told reporters"
	"did": true, "does": true, // "Some dealers did say"
	"all": true, "both": true, "each": true, // "France, Italy and Spain all said", "Exxon and Mobil both said"
})

// claim is a quote or claim with the entity behind it, for attributing the
// events read from its text.
type claim struct {
	start, end int // the claimed text, bytes into the body
	speaker    string
	according  bool // "according to X": attributes what its whole sentence states
	// sentStart and sentEnd bound the sentence of an "according to" claim
	sentStart, sentEnd int
	verb               int // the speech verb's token, 0 when none is known
}

// according reports who an "according to" in the sentence holding off
// names; it attributes relations, whose evidence is a whole sentence.
func (c *claims) according(off int) string {
	for _, s := range c.spans {
		if s.according && off >= s.sentStart && off < s.sentEnd {
			return s.speaker
		}
	}
	return ""
}

// claims are an article's quotes and the spans they attribute.
type claims struct {
	quotes []graph.Quote
	spans  []claim
	upTo   int // while unplaced quotations are read again: their sentence's start (lastSpeaker)
}

// unnamedBefore is the unnamed source of the claim a verb made earlier in
// the sentence, ending before token k, when that claim has no named
// speaker: "" otherwise.
func (c *claims) unnamedBefore(s *sent, k int) string {
	last := len(c.spans) - 1
	if last < 0 || c.spans[last].according || c.spans[last].speaker != "" || c.spans[last].start < s.Start || c.spans[last].end > s.Tokens[k].Start {
		return ""
	}
	return c.lastUnnamed(s)
}

// lastUnnamed is the unnamed source of the last quote read in sentence s,
// "" when it has none.
func (c *claims) lastUnnamed(s *sent) string {
	for i := len(c.quotes) - 1; i >= 0; i-- {
		if q := c.quotes[i]; q.Evidence.Start >= s.Start && q.Evidence.Start < s.End && q.Speaker == "" && q.UnnamedSpeaker != "" {
			return q.UnnamedSpeaker
		}
	}
	return ""
}

// coordinatedSpeaker is who the speech verb at k joined by "but" or
// "and" to a speech verb before it in its sentence speaks for: the
// speaker or unnamed source of the claim that verb made ("One U.S. bank
// trader said it could have been 500 mln dlrs, but said this was a
// guess"), not a name inside that source.
func (c *claims) coordinatedSpeaker(s *sent, k int) (speaker, source string, ok bool) {
	if b := s.w(k - 1); b != "but" && b != "and" || !speechVerbs[s.w(k)] {
		return "", "", false
	}
	last := len(c.spans) - 1
	if last < 0 || c.spans[last].according || c.spans[last].start < s.Start || c.spans[last].end > s.Tokens[k].Start || c.spans[last].verb <= 0 || c.spans[last].verb >= k {
		return "", "", false
	}
	if ps := s.parsed(); !strings.HasPrefix(ps.POS[c.spans[last].verb], "VB") {
		return "", "", false // ("was skeptical of a Soviet claim for …, and said": a noun's claim, not a verb's)
	}
	if c.spans[last].speaker != "" {
		return c.spans[last].speaker, "", true
	}
	if src := c.lastUnnamed(s); src != "" {
		return "", src, true
	}
	return "", "", false
}

// inClaim reports whether offset off lies in the text of a claim (not an
// "according to" sentence, which holds its attribution).
func (c *claims) inClaim(off int) bool {
	for _, s := range c.spans {
		if !s.according && off >= s.start && off < s.end {
			return true
		}
	}
	return false
}

// claimedBy reports a claim by speaker (an entity id, or "" for an
// unnamed source) whose text holds offset off.
func (c *claims) claimedBy(off int, speaker string) bool {
	for _, s := range c.spans {
		if !s.according && off >= s.start && off < s.end && s.speaker == speaker {
			return true
		}
	}
	return false
}

// attribution is the entity that claims the text at offset off: an
// "according to" in the sentence first, else the claim whose text holds it.
func (c *claims) attribution(off int) string {
	best := ""
	for _, s := range c.spans {
		if off >= s.start && off < s.end && s.speaker != "" {
			if s.according {
				return s.speaker
			}
			if best == "" {
				best = s.speaker
			}
		}
	}
	return best
}

// quotes reads the direct quotations in the body and the reported claims
// in its sentences.
func (r *Relater) quotes(d *doc) *claims {
	c := &claims{}
	articleID := d.articleID
	used := map[*sent]map[int]bool{} // speech verbs taken by a direct quote
	take := func(s *sent, k int) {
		if used[s] == nil {
			used[s] = map[int]bool{}
		}
		used[s][k] = true
	}
	var prev *graph.Quote
	prevEnd := -1
	var unplaced []quoted // quotations whose attribution a later claim may explain ("…," he said after "A spokesman said …")
	type embeddedQuote struct {
		q      quoted
		qt     graph.Quote
		mostly bool // the clause is mostly in its marks (mostlyQuoted)
		s      *sent
		later  int // the verb whose pronoun subject speaks, once the claims are read; -1 none
	}
	var embedded []embeddedQuote // quoted words inside a reported clause
	type pendingQuote struct {
		i int   // the quotation's index in c.quotes
		s *sent // the sentence of its attribution
		v int   // the speech verb whose pronoun subject speaks
	}
	var pending []pendingQuote
	prevLater := -1     // the pending entry of prev, if its speaker is still to be told
	prevInside := false // prev is marked words inside a reported claim, kept aside
	for _, q := range quoteSpans(d.body) {
		qt := graph.Quote{Text: d.body[q.start:q.end], Direct: true}
		if strings.TrimSpace(qt.Text) == "" {
			continue
		}
		if quotedNickname(d, q) {
			continue // "C.N. \"Bud\" Moore said": a nickname inside a name, no quotation
		}
		before := d.sentenceAt(q.start)
		found := false
		// while its speaker is sought, the quotation is a claim: the names
		// inside it say who is spoken of, not who speaks
		c.spans = append(c.spans, claim{start: q.start, end: q.end})
		s := d.sentenceAt(q.close)
		split := false // the attribution is a sentence of its own after the quotation
		if s == nil {
			s, split = d.splitAttribution(q), true
		}
		if s != nil {
			if spk, src, dt, k, ok := r.speakerAfter(d, s, q.close, c); ok && (!split || k == 0 || s.w(k+1) == "," || s.w(k+1) == ".") {
				if s == before && openedInside(s, q.open, q.close) {
					// `The economy was "doing well," Ali Khan said`: the
					// marked words end a clause the speaker reports, one
					// reported claim (the guide's decision); kept as a
					// quotation if no claim is read around them
					c.spans = c.spans[:len(c.spans)-1]
					eq := embeddedQuote{q, graph.Quote{Text: qt.Text, Direct: true, Speaker: spk, UnnamedSpeaker: src, Date: dt}, false, s, -1}
					embedded = append(embedded, eq)
					// a quotation that opens a sentence after it is still
					// this speaker's
					prev, prevEnd, prevLater, prevInside = &eq.qt, q.close, -1, true
					continue
				}
				qt.Speaker, qt.UnnamedSpeaker, qt.Date, found = spk, src, dt, true
				take(s, k)
			}
		}
		if !found && (quotedTerm(d.body, q) || quotedModifier(d, q)) {
			// `the program "John McLaughlin: One on One,"`, `the "Uruguay
			// round" talks`: a name or term in marks inside a sentence, no
			// quotation, unless an attribution follows it
			c.spans = c.spans[:len(c.spans)-1]
			continue
		}
		later := -1 // the verb whose pronoun subject the claims read later tell
		if !found && before != nil {
			if spk, src, dt, k, v, ok := r.speakerBefore(d, before, q.start); ok {
				if embeddedIn(before, k, q.open) {
					// `said the country needed "a more serene climate" to
					// grow`: a few quoted words inside a reported clause are
					// the clause's, one reported claim (the guide's decision);
					// kept as a quotation if no claim is read around them
					c.spans = c.spans[:len(c.spans)-1]
					embedded = append(embedded, embeddedQuote{q, graph.Quote{Text: qt.Text, Direct: true, Speaker: spk, UnnamedSpeaker: src, Date: dt}, mostlyQuoted(before, k, q.open, q.close), before, v})
					continue
				}
				qt.Speaker, qt.UnnamedSpeaker, qt.Date, found = spk, src, dt, true
				later = v
				take(before, k)
			}
		}
		if !found && prev != nil && prevLater >= 0 && !strings.Contains(d.body[prevEnd:q.open], "\n\n\n") && paragraphsApart(d.body, prevEnd, q.open) <= 1 {
			// a quotation after one whose speaker is still to be told: the
			// same speaker, told then
			found = true
			pending = append(pending, pendingQuote{len(c.quotes), pending[prevLater].s, pending[prevLater].v})
			c.spans = c.spans[:len(c.spans)-1]
			qt.Date = prev.Date
			c.addQuotation(d, articleID, q, qt)
			prev, prevEnd, prevInside = &c.quotes[len(c.quotes)-1], q.close, false
			prevLater = len(pending) - 1
			continue
		}
		if !found && before != nil {
			if e := d.saidJustBefore(before, q.open); e >= 0 {
				// `…, Martin said. "The major story will be a rebound."`: the
				// speaker the sentence before ends with
				qt.Speaker, found = d.ents[e].ID, true
			}
		}
		if !found && prev != nil && !strings.Contains(d.body[prevEnd:q.open], "\n\n\n") && paragraphsApart(d.body, prevEnd, q.open) <= 1 && (!prevInside || before != nil && before.Start >= q.open-1) {
			qt.Speaker, qt.UnnamedSpeaker, qt.Date, found = prev.Speaker, prev.UnnamedSpeaker, prev.Date, true
		}
		c.spans = c.spans[:len(c.spans)-1]
		if !found {
			unplaced = append(unplaced, q)
			continue
		}
		prevLater = -1
		if later >= 0 {
			pending = append(pending, pendingQuote{len(c.quotes), before, later})
			prevLater = len(pending) - 1
		}
		c.addQuotation(d, articleID, q, qt)
		prev, prevEnd, prevInside = &c.quotes[len(c.quotes)-1], q.close, false
	}
	for _, s := range d.sents {
		r.reported(d, s, used[s], articleID, c)
	}
	if len(pending) > 0 {
		// `Asked what Opec's output was, he replied: "…"`: who "he" is, now
		// the claims are read; a quotation none can be given to is dropped
		drop := map[int]bool{}
		for _, p := range pending {
			q := &c.quotes[p.i]
			if e, _ := d.subject(p.s, p.v, c); e >= 0 && d.ents[e].Type == graph.Person {
				q.Speaker = d.ents[e].ID
				q.About = d.about(q.Evidence.Start, q.Evidence.End, q.Speaker)
				continue
			}
			// else the one who spoke last before, a person or people
			// unnamed, in its sentence or before ("The spokesman said he had not
			// seen any …, although he added, \"…\"")
			last := c.lastBefore(0, q.Evidence.Start+1, func(q *graph.Quote) bool { return q.Speaker != "" || q.UnnamedSpeaker != "" })
			if last == nil {
				drop[p.i] = true
				continue
			}
			switch e, ok := d.index(last.Speaker); {
			case ok && d.ents[e].Type == graph.Person:
				q.Speaker = last.Speaker
				q.About = d.about(q.Evidence.Start, q.Evidence.End, q.Speaker)
			case last.Speaker == "" && humanSource(last.UnnamedSpeaker):
				q.UnnamedSpeaker = last.UnnamedSpeaker
			default:
				drop[p.i] = true
			}
		}
		kept := c.quotes[:0]
		for i, q := range c.quotes {
			if !drop[i] {
				kept = append(kept, q)
			}
		}
		c.quotes = kept
	}
	for i := range c.quotes {
		// `Novo said profits fell. "…," the statement added`: once the
		// reported claims are read, the statement is the body's that spoke
		// right before
		q := &c.quotes[i]
		if q.Speaker != "" || !q.Direct || !strings.EqualFold(q.UnnamedSpeaker, "the statement") {
			continue
		}
		if s := d.sentenceAt(q.Evidence.Start); s != nil {
			if e := d.recentBodySpeaker(s, s.Start, c); e >= 0 {
				q.Speaker, q.UnnamedSpeaker = d.ents[e].ID, ""
			}
		}
	}
	for _, eq := range embedded {
		if eq.later >= 0 {
			e, _ := d.subject(eq.s, eq.later, c)
			if e < 0 || d.ents[e].Type != graph.Person {
				continue // (no one to give the words to)
			}
			eq.qt.Speaker = d.ents[e].ID
		}
		if c.claimedBy(eq.q.start, eq.qt.Speaker) {
			if eq.mostly {
				c.quotedWhole(d, eq.q, eq.qt.Speaker)
			}
			continue // the reported claim of the same speaker holds them
		}
		if !eq.mostly && c.inClaim(eq.q.start) && c.inClaim(eq.q.end-1) {
			// `Argentine officials said the country needed "a more serene
			// climate" to grow`: a reported claim holds the few marked
			// words, whoever it was given to; one quote (GUIDE.md)
			continue
		}
		c.addQuotation(d, articleID, eq.q, eq.qt)
	}
	for _, q := range unplaced {
		// `"We will not yield," he said` after "A spokesman said …": the
		// claims read since tell who "he" is
		s := d.sentenceAt(q.close)
		if b := d.sentenceAt(q.open); s == nil && (wholeParagraph(d.body, q) || b != nil && b.Start >= q.open-1 && b == d.sentenceAt(q.end-1)) {
			// a paragraph of its own, or a sentence wholly in marks: no
			// attribution after it
			s = d.sentenceAt(q.end - 1)
		}
		if s == nil {
			continue
		}
		c.spans = append(c.spans, claim{start: q.start, end: q.end})
		c.upTo = s.Start
		spk, src, dt, _, ok := r.speakerAfter(d, s, q.close, c)
		c.upTo = 0
		c.spans = c.spans[:len(c.spans)-1]
		if b := d.sentenceAt(q.open); !ok && b != nil && b.idx > 0 && b.Start >= q.open-1 && !slices.ContainsFunc(s.Tokens, func(t segment.Token) bool { return t.Start > q.close && speechVerbSet.Has(strings.ToLower(t.Text)) }) {
			// `Yeutter said the talks got bogged down. "Countries don't get
			// very serious …"`: a quotation standing alone after a claim of
			// the sentence before, in its paragraph, is that speaker's (not
			// one with an attribution of its own after it, unread)
			if p := d.sentence(b.idx - 1); p != nil && (paragraphsApart(d.body, p.End, q.open) == 0 || paragraphsApart(d.body, p.End, q.open) == 1 && wholeParagraph(d.body, q)) {
				// (or a quotation that is the whole next paragraph: "But he
				// added it did not imply heavy selling.\n\n\"Our marketing
				// policy is to sell without haste …\"")
				if last := c.lastBefore(p.Start, b.Start, func(x *graph.Quote) bool { return !x.Direct && (x.Speaker != "" || x.UnnamedSpeaker != "") }); last != nil {
					spk, src, dt, ok = last.Speaker, last.UnnamedSpeaker, last.Date, true
				}
			}
		}
		if !ok || strings.TrimSpace(d.body[q.start:q.end]) == "" {
			continue
		}
		c.addQuotation(d, articleID, q, graph.Quote{Text: d.body[q.start:q.end], Direct: true, Speaker: spk, UnnamedSpeaker: src, Date: dt})
	}
	sort.SliceStable(c.quotes, func(i, j int) bool { return c.quotes[i].Evidence.Start < c.quotes[j].Evidence.Start })
	return c
}

// splitAttribution is the sentence that may attribute quotation q when
// the quotation ends a sentence of its own with a question or an
// exclamation the segmenter split after (`"How can there be a program?"
// Solita Monsod said.`): the next sentence, on the same line right after
// the closing mark; nil otherwise. Its verb must open it or end its
// attribution (the caller checks), so that a claim of its own is not
// taken for one ("… ?" Reagan said the question was silly).
func (d *doc) splitAttribution(q quoted) *sent {
	t := strings.TrimRight(d.body[q.start:q.end], " ")
	if !strings.HasSuffix(t, "?") && !strings.HasSuffix(t, "!") {
		return nil
	}
	for _, s := range d.sents {
		if s.Start >= q.close {
			if strings.TrimLeft(d.body[q.close:s.Start], " ") != "" {
				return nil
			}
			return s
		}
	}
	return nil
}

// quotedWhole makes the reported claim of speaker that holds quotation q,
// a clause mostly in marks, the direct quote of the marked words.
func (c *claims) quotedWhole(d *doc, q quoted, speaker string) {
	marked := d.markedText(q)
	for i := range c.quotes {
		x := &c.quotes[i]
		if marked != "" && !x.Direct && x.Speaker == speaker && x.Evidence.Start <= q.open && q.close <= x.Evidence.End && strings.Contains(x.Text, marked) {
			x.Text, x.Direct = marked, true
			return
		}
	}
}

// saidJustBefore is the speaker a sentence of the same paragraph right
// before s ends with ("…, Martin said."), when a quotation opens s at
// open; -1 otherwise.
func (d *doc) saidJustBefore(s *sent, open int) int {
	if s.idx == 0 || open > s.Tokens[0].End {
		return -1 // the quotation does not open the sentence
	}
	p := d.sents[s.idx-1]
	if strings.Contains(d.body[p.End:s.Start], "\n") || len(p.Tokens) < 3 {
		return -1
	}
	n := len(p.Tokens)
	if p.w(n-1) != "." || !speechVerbs[p.w(n-2)] {
		return -1
	}
	m := p.mentionAt(n - 3)
	if m == nil || d.ents[m.ent].Type != graph.Person {
		return -1
	}
	if o := p.phraseOpen(n - 2); o >= 0 {
		if _, ok := d.describedSource(p, o, n-2); ok {
			return -1 // `…," an aide to Agriculture Secretary Richard Lyng said. "But …"`: the aide, unnamed, goes on
		}
	}
	return m.ent
}

// quotedTerm reports a quotation of at most four words, each capitalised
// or a short joining word, inside a sentence (a word right before the
// opening mark): a title or a term set off by marks.
func quotedTerm(body string, q quoted) bool {
	words := strings.Fields(strings.Trim(body[q.start:q.end], " ,.:;"))
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !segment.IsCapitalised(w) && w != "on" && w != "of" && w != "and" && w != "the" && w != "round" && w != "plan" {
			return false
		}
	}
	before := strings.TrimRight(body[:q.open], " ")
	if before == "" {
		return false
	}
	c := before[len(before)-1]
	if c == ',' || c == ':' {
		// `Reagan replied, "No,"`: a speech verb before the comma opens a
		// quotation, however short
		w := before[strings.LastIndexAny(before[:len(before)-1], " \n")+1 : len(before)-1]
		return c == ',' && !speechVerbs[strings.ToLower(w)] && !thatVerbs[strings.ToLower(w)]
	}
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// quotedModifier reports a few words in marks that qualify the noun right
// after them ("on a \"voluntary\" basis", "\"walkaway lease\" deals",
// "a \"second tier\" system") or a nickname between a name's parts
// ("C.N. \"Bud\" Moore"): a term set off by marks inside a noun phrase,
// no quotation.
func quotedModifier(d *doc, q quoted) bool {
	words := strings.Fields(d.body[q.start:q.end])
	if len(words) == 0 || len(words) > 3 || strings.ContainsAny(d.body[q.start:q.end], ",.;:!?") {
		return false
	}
	s, _, k := d.aroundMarks(q)
	if s == nil {
		return false
	}
	ps := s.parsed()
	if k >= len(ps.POS) {
		return false
	}
	return isLowerWord(s.raw(k)) && (ps.POS[k] == "NN" || ps.POS[k] == "NNS") && s.mentionAt(k) == nil
}

// aroundMarks is the sentence holding the marks of q and its words right
// before the opening mark (b) and right after the closing one (k); nil
// when either is missing.
func (d *doc) aroundMarks(q quoted) (s *sent, b, k int) {
	s = d.sentenceAt(q.close)
	if s == nil {
		return nil, 0, 0
	}
	for k < len(s.Tokens) && s.Tokens[k].Start < q.close {
		k++
	}
	b = k - 1
	for b >= 0 && s.Tokens[b].End > q.open {
		b--
	}
	if k >= len(s.Tokens) || b < 0 {
		return nil, 0, 0
	}
	return s, b, k
}

// quotedNickname reports one capitalised word in marks between two
// capitalised words, the second a name: "C.N. \"Bud\" Moore", a nickname
// inside a person's name.
func quotedNickname(d *doc, q quoted) bool {
	words := strings.Fields(d.body[q.start:q.end])
	if len(words) != 1 || !segment.IsCapitalised(words[0]) || strings.ContainsAny(words[0], ",.;:!?") {
		return false
	}
	s, b, k := d.aroundMarks(q)
	return s != nil && segment.IsCapitalised(s.raw(b)) && segment.IsCapitalised(s.raw(k)) && s.mentionAt(k) != nil &&
		d.body[s.Tokens[b].End:q.open] == " " && d.body[q.close:s.Tokens[k].Start] == " "
}

// addQuotation keeps a quotation in marks, q, whose speaker (or unnamed
// source) and date qt already holds: its evidence, id and the parties it
// is about, and its span as a claim.
func (c *claims) addQuotation(d *doc, articleID string, q quoted, qt graph.Quote) {
	if marked := d.markedText(q); marked != "" && qt.Text == d.body[q.start:q.end] {
		qt.Text = marked
	}
	qt.Evidence = d.span(q.open, q.close)
	qt.ID = graph.QuoteID(articleID, q.start, q.end)
	qt.About = d.about(q.start, q.end, qt.Speaker)
	c.quotes = append(c.quotes, qt)
	c.spans = append(c.spans, claim{start: q.start, end: q.end, speaker: qt.Speaker})
}

// describedAfterTo is the body "according to the company" stands for,
// the noun at j: as the subject "the company" would; -1 for none (and for
// "the government", "the group", which name no kind of firm).
func (d *doc) describedAfterTo(s *sent, j int, c *claims) int {
	w := s.w(j)
	if s.w(j-1) != "the" || !antecedentNouns.Has(w) || w == "government" || w == "group" || w == "organisation" || w == "organization" || s.mentionAt(j) != nil {
		return -1
	}
	if s.w(j+1) != "," && s.w(j+1) != "." && j+1 < len(s.Tokens) {
		return -1 // "according to the company's figures"
	}
	return d.bodyDescribed(s, j, kindNoun(w), c)
}

// markedText is a quotation's words without the comma or full stop that
// closes them inside the marks (`"We will act," he said`), as the guide
// marks them; "" when nothing is left.
func (d *doc) markedText(q quoted) string {
	end := q.end
	for end > q.start && strings.ContainsRune(" \n,.;:", rune(d.body[end-1])) && !(d.body[end-1] == '.' && abbreviationEnd(d.body[q.start:end])) {
		end--
	}
	return d.body[q.start:end]
}

// paragraphsApart counts the paragraph breaks between two offsets.
func paragraphsApart(body string, from, to int) int {
	if from < 0 || to < from {
		return 0
	}
	return strings.Count(body[from:to], "\n\n")
}

// wholeParagraph reports a quotation that is a paragraph of its own: only
// spaces between the paragraph's start and its opening mark, and between
// its closing mark and the paragraph's end (or the article's).
func wholeParagraph(body string, q quoted) bool {
	if q.close >= len(body) {
		return false
	}
	before := body[:q.open]
	if i := strings.LastIndex(before, "\n"); i >= 0 && strings.TrimSpace(before[i:]) != "" || i < 0 && strings.TrimSpace(before) != "" {
		return false
	}
	after := body[q.close+1:]
	if i := strings.Index(after, "\n"); i >= 0 {
		after = after[:i]
	}
	return strings.TrimSpace(after) == ""
}

// quoted is a quotation: its text [start, end) and its marks at open and
// close (open is the paragraph start when the opening mark is missing).
type quoted struct {
	open, start, end, close int
}

// quoteSpans finds quotations marked with curly or straight double quotes.
// A closing mark with no opening one closes a quotation that began at the
// start of its paragraph, a slip news copy often makes.
func quoteSpans(body string) []quoted {
	var out []quoted
	open := -1
	for i, r := range body {
		switch r {
		case '“':
			open = i
		case '"':
			if apostropheAt(body, i) {
				continue // "Kuwait"s", "isn"t": a slip for an apostrophe, no mark
			}
			if open < 0 {
				open = i
				continue
			}
			out = append(out, quoted{open: open, start: open + 1, end: i, close: i + 1})
			open = -1
		case '”':
			start, op := open+len("“"), open
			if open < 0 {
				op = strings.LastIndex(body[:i], "\n") + 1
				start = op
				if prev := len(out); prev > 0 && out[prev-1].close > op {
					continue
				}
			} else if body[open] == '"' {
				start = open + 1
			}
			out = append(out, quoted{open: op, start: start, end: i, close: i + len("”")})
			open = -1
		case '\n':
			// a quotation does not run past a paragraph unclosed
			if open >= 0 && strings.HasPrefix(body[i:], "\n\n") {
				open = -1
			}
		}
	}
	return out
}

// apostropheAt reports a straight double quote at i written for an
// apostrophe: a letter before it and a possessive's or contraction's
// ending after it ("Kuwait"s", "isn"t", "we"re"), then no letter.
func apostropheAt(body string, i int) bool {
	if i == 0 || i+1 >= len(body) {
		return false
	}
	if c := body[i-1]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
		return false
	}
	for _, end := range []string{"s", "t", "re", "ll", "ve", "d", "m"} {
		if strings.HasPrefix(body[i+1:], end) {
			j := i + 1 + len(end)
			if j >= len(body) || !(body[j] >= 'a' && body[j] <= 'z' || body[j] >= 'A' && body[j] <= 'Z') {
				return true
			}
		}
	}
	return false
}

// span is the evidence for the body between two offsets, widened to the
// sentences they fall in.
func (d *doc) span(from, to int) graph.Evidence {
	start, end := from, to
	if s := d.sentenceAt(from); s != nil {
		start = s.Start
	}
	if s := d.sentenceAt(max(to-1, from)); s != nil && s.End > end {
		end = s.End
	}
	if end > len(d.body) {
		end = len(d.body)
	}
	return graph.Evidence{Start: start, End: end, Text: d.body[start:end]}
}

// about lists the entities mentioned in [start, end), other than skip.
func (d *doc) about(start, end int, skip string) []string {
	out := []string{}
	seen := map[string]bool{skip: true}
	for _, s := range d.sents {
		if s.End <= start || s.Start >= end {
			continue
		}
		for _, m := range s.mentions {
			id := d.ents[m.ent].ID
			if m.m.Start >= start && m.m.End <= end && !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	return out
}

// speakerAfter reads the attribution after a closing mark at off:
// `…,” Jane Roe said Wednesday` or `…,” said Jane Roe, a scholar`.
func (r *Relater) speakerAfter(d *doc, s *sent, off int, c *claims) (speaker, source, dt string, verb int, ok bool) {
	k := 0
	for k < len(s.Tokens) && s.Tokens[k].Start < off {
		k++
	}
	for s.w(k) == "," {
		k++
	}
	if speechVerbs[s.w(k)] || afterQuoteVerbs.Has(s.w(k)) && r.nameAt(d, s, k+1) != nil {
		if m := r.nameAt(d, s, k+1); m != nil {
			m = d.personAfterFirm(s, m)
			return d.ents[m.ent].ID, "", d.speechDate(s, k, k+1, m.last), k, true
		}
		if e := d.titledAfterVerb(s, k); e >= 0 {
			return d.ents[e].ID, "", d.speechDate(s, k, k+1, k+4), k, true // `…," said the Drexel spokesman`
		}
		if isLowerWord(s.raw(k+1)) && !determiners.Has(s.w(k+1)) && jobWordsBeforeName(s, k+1) {
			if sp, _, ok := r.invertedSpeaker(d, s, k); ok && sp != "" {
				return sp, "", d.speechDate(s, k, k+1, k+6), k, true // `…," said oil analyst John Keller`: the named person, past his job's words
			}
		}
		if src, ok := sourceAfter(d, s, k+1); ok {
			return "", src, d.speechDate(s, k, k+1, k+4), k, true // `…," said one trader`
		}
		if sp, src, ok := r.invertedSpeaker(d, s, k); ok && (sp != "" || src != "") {
			return sp, src, d.speechDate(s, k, k+1, k+6), k, true // `…," said Chairman L. Jack Van Fossen`
		}
		return "", "", "", 0, false
	}
	first := k
	for r.honorific(s.raw(k)) {
		k++
	}
	m := s.mentionAt(k)
	if m != nil && speaks(d.ents[m.ent].Type) {
		// (past a legislator's bracket: `…," Senator Jon Vik (R-Kan.) said`)
		if v := s.pastPartyTag(m.last); speechVerbs[s.w(v)] {
			return d.ents[m.ent].ID, "", d.speechDate(s, v, first, v+3), v, true
		}
	}
	return r.attributionAfter(d, s, first, c)
}

// setOffSubject reads `…," the report, written by Jon Vik, said` and `…,"
// the union, which represents 500 workers, said` from k, the word after
// the quotation: "the" and a noun, then a phrase set off by commas that
// opens with a participle of how a text came out or "which"/"who", then
// the verb of saying. The speaker is the one "the <noun>" stands for, as
// when nothing is set off, or the unnamed source just quoted that the noun
// names, else the noun is an unnamed source of its own.
func (d *doc) setOffSubject(s *sent, k int, c *claims) (speaker, source, dt string, verb int, ok bool) {
	if s.w(k) != "the" || s.w(k+2) != "," || !isLowerWord(s.raw(k+1)) || s.mentionAt(k+1) != nil {
		return "", "", "", 0, false
	}
	if p := s.w(k + 3); !publishedParticiples.Has(p) && p != "which" && p != "who" {
		return "", "", "", 0, false
	}
	for j := k + 4; j < len(s.Tokens)-1 && j < k+20; j++ {
		w := s.w(j)
		if w == "." || w == ";" || w == "\"" || w == "“" || w == "”" {
			break
		}
		if w != "," {
			continue
		}
		v := j + 1
		if !speechVerbs[s.w(v)] {
			break
		}
		dt := d.speechDate(s, v, k, v+3)
		if e := d.describedSpeaker(s, k+1, c); e >= 0 {
			return d.ents[e].ID, "", dt, v, true
		}
		if e := d.textOwner(s, k+1); e >= 0 {
			return d.ents[e].ID, "", dt, v, true
		}
		n := s.w(k + 1)
		if src := c.lastSource(s.Start); src != "" && sourceWord(n) && slices.Contains(strings.Fields(strings.ToLower(src)), n) {
			return "", src, dt, v, true // (`…," the official, who asked not to be named, said` after "said a former official of Sedren Mine")
		}
		if bodyTexts.Has(n) || sourceWord(n) || n == "paper" || n == "study" {
			return "", d.body[s.Tokens[k].Start:s.Tokens[k+1].End], dt, v, true
		}
		break
	}
	return "", "", "", 0, false
}

// namedAs reports a verb of naming at v whose words for its object are
// the quotation opening before token k: `Baron called the tone of the
// talks "optimistic and realistic"`, `described the plan as "a step"`.
func namedAs(s *sent, v, k int) bool {
	if !namingVerbs.Has(s.w(v)) || k-1 <= v+1 || k-1 > v+10 {
		return false
	}
	switch s.w(v + 1) {
	case "on", "for", "upon", "as", "by":
		if s.w(v) == "called" || s.w(v+1) == "by" {
			return false // "called on supporters to \"come to their senses\"": an appeal, no naming
		}
	}
	if m := s.mentionAt(v - 1); m == nil || m.last != v {
		return false // a name right before the verb names: "Kinnock called it \"a bribes budget\"" (not "an unnamed official called it", "what delegates called")
	}
	for j := v + 1; j < k-1; j++ {
		if s.breaks(j) && s.w(j) != "," || speechVerbs[s.w(j)] {
			return false
		}
	}
	return true
}

// namingVerbs call something by the words a quotation gives.
var namingVerbs = wordset.Words("called", "described", "termed", "labelled", "labeled", "branded", "dubbed")

// speakerGoesOn reports a verb at v of an act only a party does whose
// subject, by the parse, is the subject of the speech verb at k: "Kohl
// said the mark was too strong and urged Japan to cut rates".
func speakerGoesOn(s *sent, k, v int) bool {
	if !speakerActs.Has(s.w(v)) {
		return false // (the sentence is parsed only for such a verb)
	}
	var said, act []syntax.NounPhrase
	for _, cl := range s.parsed().Clauses {
		switch cl.Head {
		case k:
			said = cl.Subject
		case v:
			act = cl.Subject
		}
	}
	return len(said) > 0 && len(act) > 0 && said[0].Start == act[0].Start
}

// speakerActs are acts only a party does, in the past: the parser's
// agentVerbs (syntax/read.go) but its verbs of saying, which the claim
// rules above end a claim at already.
var speakerActs = wordset.Words("urged", "called", "asked", "appealed", "rejected", "threatened", "proposed", "demanded",
	"refused", "criticised", "criticized", "accused", "offered", "pledged", "promised", "welcomed", "vowed")

// bodyBeforeApposition is the body named at k (after "the") and set off by
// an articled apposition that closes with a comma right before the speech
// verb at v: `…," Exxon Corp, the oil company, said`, `…," the Heritage
// Foundation, a conservative think tank, said`; nil for none, or for an
// apposition holding another name of a person or a comma of its own.
func (d *doc) bodyBeforeApposition(s *sent, k, v int) *mention {
	f := k
	if s.w(f) == "the" {
		f++
	}
	m := s.mentionAt(f)
	if m == nil || m.first != f || d.ents[m.ent].Type == graph.Person || !speaks(d.ents[m.ent].Type) || s.w(m.last) != "," || s.w(v-1) != "," || m.last+2 >= v-1 {
		return nil
	}
	if a := s.w(m.last + 1); a != "a" && a != "an" && a != "the" {
		return nil
	}
	for q := m.last + 1; q < v-1; q++ {
		if p := s.mentionAt(q); s.w(q) == "," || p != nil && d.ents[p.ent].Type == graph.Person {
			return nil
		}
	}
	return m
}

// afterQuoteVerbs say a quotation when they come right after it, their
// speaker named after them: `…," agreed Elliot Platt`, `…," conceded Ann
// Lee`; elsewhere they are no verbs of saying ("agreed to buy").
var afterQuoteVerbs = wordset.Of(map[string]bool{"agreed": true, "conceded": true, "admitted": true, "explained": true,
	"recalled": true, "continued": true, "acknowledged": true, "insisted": true, "countered": true, "replied": true,
	// `…," complained Jon Vik`, `…," declared the minister`
	"complained": true, "declared": true, "stressed": true, "emphasised": true, "emphasized": true, "maintained": true})

// attributionAfter reads the attribution that follows a closing quote when
// it is more than a name and a verb: a pronoun (`…," he said`), a name with
// its title or firm before it (`…," Mobil chairman Lucio Noto said`), a
// spokesman for a body (`…," a spokesman for Exxon told Reuters`), or a
// description of an unnamed source (`…," one dealer said`). The speech verb
// must come within a few words, with no punctuation between.
func (r *Relater) attributionAfter(d *doc, s *sent, k int, c *claims) (speaker, source, dt string, verb int, ok bool) {
	for k < len(s.Tokens) && (s.w(k) == "\"" || s.w(k) == "”" || s.w(k) == "'" || s.w(k) == ",") {
		k++
	}
	v := -1
	for j := k; j < len(s.Tokens) && j < k+12; j++ { // (a speaker named with his firm and post: "Drexel Burnham Lambert Inc's Houston-based analyst John Olson said")
		w := s.w(j)
		if (speechVerbs[w] || thatVerbs[w] && !figureVerbs.Has(w) && (strings.HasSuffix(w, "ed") || w == "adds") && (j+1 >= len(s.Tokens) || s.w(j+1) == "." || s.w(j+1) == ",") && plainAttribution(s, k, j)) && j > k {
			// (`…," Lichtenberger explained.`, `…," he admitted.`: after a
			// quotation a verb of claiming needs no "that")
			v = j
			break
		}
		if e := s.pastPartyTag(j); e > j {
			j = e - 1 // `…," Senator Jon Vik (R-Kan.) said`: the legislator's bracket, a note on his name
			continue
		}
		if w == "," || w == "." || w == ";" || w == "\"" || w == "“" || w == "”" || w == "(" {
			break
		}
		if w == "by" && isLowerWord(s.raw(j+1)) || (w == "and" || w == "but") && (subjectPronouns.Has(s.w(j+1)) || speechVerbs[s.w(j+1)]) {
			// (no attribution: `"done in" by Brazil's suspension … and he
			// added`; `signed a "very large" contract with Lufthansa but
			// added that`: the sentence's subject adds, not the name
			// before "but")
			break
		}
	}
	if v < 0 {
		if sp, src, dt, v, ok := d.setOffSubject(s, k, c); ok {
			return sp, src, dt, v, true
		}
		// `…," Jon Vik, a director of Halvard Corp, said.`
		for j := k + 2; j < len(s.Tokens) && j < k+22; j++ {
			if e := s.pastPartyTag(j); e > j {
				j = e - 1 // (`…," Senator Jon Vik (R-Kan.), sponsor of the bill, said`)
				continue
			}
			if w := s.w(j); w == "." || w == ";" || w == "\"" || w == "“" || w == "”" {
				break
			}
			if speechVerbs[s.w(j)] {
				if p := d.appositionSpeaker(s, j); p != nil && (p.first == k || p.first > k && p.first-k <= 3 && titleWordsOnly(s, k, p.first)) {
					// (after a title: `…," Senator Don Nickles, an Oklahoma Republican, said`)
					return d.ents[p.ent].ID, "", d.speechDate(s, j, j, j+3), j, true
				}
				if m := d.bodyBeforeApposition(s, k, j); m != nil {
					return d.ents[m.ent].ID, "", d.speechDate(s, j, j, j+3), j, true // `…," the Heritage Foundation, a conservative think tank, said`
				}
				break
			}
		}
		return "", "", "", 0, false
	}
	dt = d.speechDate(s, v, k, v+3)
	if s.w(v) == "saying" && s.w(v-1) == "as" {
		// `"…," it quoted experts of the Ministry of Electric Power as
		// saying`: those quoted speak; a description of them is unnamed
		for q := k; q < v-1; q++ {
			if w := s.w(q); w == "quoted" || w == "cited" {
				if src, ok := sourceAfter(d, s, q+1); ok && s.mentionAt(q+1) == nil {
					return "", src, dt, v, true
				}
				if h := s.w(q + 1); s.mentionAt(q+1) == nil && isLowerWord(s.raw(q+1)) && (sourceWord(h) || humanNoun(h)) && q+1 < v-1 {
					return "", d.body[s.Tokens[q+1].Start:s.Tokens[v-2].End], dt, v, true // ("experts of the Ministry")
				}
				break
			}
		}
	}
	if v == k+4 && s.w(k+1) == "was" && s.w(k+2) == "quoted" && s.w(k+3) == "as" {
		v = k + 1 // `…," he was quoted as saying`: as `…," he said`
	}
	switch w := s.w(k); {
	case v == k+1 && (w == "he" || w == "she"):
		if e := d.claimantBefore(s, c); e >= 0 {
			// "But Nick Toufexis of Prudential-Bache says Newmont is a
			// better buy. \"We'd rather …,\" he said": the one who claimed
			// in the sentence before, not the last quotation's speaker
			return d.ents[e].ID, "", dt, v, true
		}
		if src := d.unnamedClaimantBefore(s, c); src != "" {
			return "", src, dt, v, true
		}
		if e := d.pronoun(s, k, c); e >= 0 {
			return d.ents[e].ID, "", dt, v, true
		}
		if last := d.lastSpeaker(c); last >= 0 && d.ents[last].Type == graph.Person && c.lastSource(s.Start) == "" {
			return d.ents[last].ID, "", dt, v, true
		}
		if src := c.lastSource(s.Start); src != "" {
			return "", src, dt, v, true // `…," he said` after "a spokesman said"
		}
		return "", "", "", 0, false
	case v == k+2 && w == "the":
		// `…," the company said`, `…," the minister said`: the one the
		// article named so before
		if e := d.describedSpeaker(s, k+1, c); e >= 0 {
			return d.ents[e].ID, "", dt, v, true
		}
		if e := d.textOwner(s, k+1); e >= 0 {
			return d.ents[e].ID, "", dt, v, true // `…," the statement said` after "Norway issued a statement"
		}
	case v == k+4 && w == "the" && s.w(k+2) == "'s" && possessedKinds.Has(s.w(k+1)) && d.describedSpeaker(s, k+3, c) >= 0:
		// `…," the group's president said`: the one the article titled so
		return d.ents[d.describedSpeaker(s, k+3, c)].ID, "", dt, v, true
	case w == "the" && v >= k+3 && v <= k+5 && bodyTexts.Has(s.w(v-1)) && s.mentionAt(v-2) != nil && s.mentionAt(v-2).last == v-1 && s.mentionAt(v-2).m.Label != graph.LabelMISC &&
		(d.ents[s.mentionAt(v-2).ent].Type == graph.Organization || d.ents[s.mentionAt(v-2).ent].Type == graph.Country):
		// `…," the USDA report said`: the body speaks through its text, as
		// before a claim
		return d.ents[s.mentionAt(v-2).ent].ID, "", dt, v, true
	case v <= k+5 && w == "the" && d.firmTitleSpeaker(s, k, v, c) >= 0:
		// `…," the Chrysler treasurer said`: the person the article named
		// so before, not the firm
		return d.ents[d.firmTitleSpeaker(s, k, v, c)].ID, "", dt, v, true
	case v <= k+4 && w == "the" && partyNouns.Has(s.w(v-1)):
		// `…," the Ohio Democrat said`: the politician the article has
		// just named
		if e := d.lastPersonNamed(s); e >= 0 {
			return d.ents[e].ID, "", dt, v, true
		}
	case v == k+1 && (w == "it" || w == "they"):
		e := d.orgAntecedent(s, k, "", c)
		if e < 0 {
			e = d.onlyOrganisationBefore(s, k)
		}
		if e >= 0 {
			return d.ents[e].ID, "", dt, v, true
		}
		return "", "", "", 0, false
	}
	if h := v - 1; h > k+1 && sourceWord(s.w(h)) && s.mentionAt(h) == nil && isLowerWord(s.raw(h)) && s.possessive(h-1) && s.mentionAt(h-2) != nil {
		// (`…," Lyng's aide said`: the aide speaks, unnamed, as in
		// "Lyng's aide said …")
		return "", d.body[s.Tokens[k].Start:s.Tokens[h].End], dt, v, true
	}
	if src, ok := d.describedSource(s, k, v); ok {
		// (`…," an aide to Agriculture Secretary Richard Lyng said`, `…,"
		// one Japanese refiner said`: unnamed, as the same words are before
		// a claim; GUIDE.md's "a Treasury official")
		return "", src, dt, v, true
	}
	person, other := -1, -1
	for j := k; j < v; j++ {
		m := s.mentionAt(j)
		if m == nil || !speaks(d.ents[m.ent].Type) || s.consumed[s.at[j]] {
			continue
		}
		if d.ents[m.ent].Type == graph.Person {
			person = m.ent
		} else {
			other = m.ent
		}
		j = m.last - 1
	}
	last := v - 1
	if w := s.w(last); (w == "here" || w == "there") && last > k {
		last-- // `…," a senior U.S. official here said`: where the source is
	}
	switch {
	case person >= 0:
		return d.ents[person].ID, "", dt, v, true
	case other >= 0 && !(sourceOpeners.Has(s.w(k)) && sourceWord(s.w(last))):
		return d.ents[other].ID, "", dt, v, true
	case sourceOpeners.Has(s.w(k)):
		// (`…," a Halvard Corp spokesman said`: an unnamed person of the
		// body speaks, as in a reported claim; GUIDE.md's "a Treasury
		// official")
		return "", d.body[s.Tokens[k].Start:s.Tokens[last].End], dt, v, true
	}
	return "", "", "", 0, false
}

// describedSource is the description of an unnamed person that is the
// whole subject k..v-1 of the speech verb at v after a quotation: an
// indefinite opener ("a", "one", "two", "some"), then a noun of people
// by what they do as the head, a name only as its modifier, before it
// ("one Japanese refiner", "a USDA official") or after it in a phrase
// that opens with a preposition, a participle or a relative pronoun ("an
// aide to Agriculture Secretary Richard Lyng", "an Agriculture
// Department authority on the USSR"). A name set off after the head by a
// comma is the speaker ("an analyst, Jon Vik,") and is left to the
// caller. "the" opens one too when a source noun heads it after a
// modifier ("the aide to Lyng", "the MITI spokesman"); "the spokesman"
// alone is one named before (describedSpeaker).
func (d *doc) describedSource(s *sent, k, v int) (string, bool) {
	if !indefiniteOpeners.Has(s.w(k)) && s.w(k) != "the" {
		return "", false
	}
	sourceHead := func(hw string) bool {
		return sourceWord(hw) || humanNoun(hw) || humanNoun(hw+"s") || hw == "authority" || hw == "representative" || hw == "representatives"
	}
	if !slices.ContainsFunc(s.lw[min(k+1, v):v], sourceHead) {
		return "", false // (no word of a source to head it: the sentence is not parsed for one)
	}
	ps := s.parsed()
	h := v - 1
	for j := k + 1; j < v; j++ {
		if s.w(j) == "," || s.w(j) == "\"" || s.w(j) == "(" {
			return "", false
		}
		if p := ps.POS[j]; s.mentionAt(j) == nil && (p == "IN" || p == "TO" || p == "WP" || p == "WDT" || p == "VBN" || p == "VBG") {
			h = j - 1
			break
		}
	}
	hw := s.w(h)
	if s.w(k) == "the" && (h == k+1 && h == v-1 || !sourceWord(hw)) || bodySourceNouns.Has(hw) {
		// ("the union said", "the United Auto Workers <UAW> union said":
		// the body, found by the caller if named; "the Kansas senator": one
		// the article named)
		return "", false
	}
	if h <= k || s.mentionAt(h) != nil || !isLowerWord(s.raw(h)) || !plainPhrase(s, k, h) || textSourceWords[strings.TrimSuffix(hw, "s")] ||
		!(sourceWord(hw) || humanNoun(hw) || humanNoun(hw+"s") && singularNoun(s, h) || hw == "authority" || hw == "representative" || hw == "representatives") {
		// (a text is its issuer's: "a statement issued by Union Pacific")
		return "", false
	}
	return d.body[s.Tokens[k].Start:s.Tokens[v-1].End], true
}

// phraseOpen is the first token of the words before the verb at v back
// to a clause break or the sentence's start (at most 12), -1 when there
// are none.
func (s *sent) phraseOpen(v int) int {
	j := v
	for j > 0 && v-j < 12 && !s.breaks(j-1) {
		j--
	}
	if j == v {
		return -1
	}
	return j
}

// oneBody reports an unnamed source that is one body, which "it" may take
// up: "the union", "Chad's military high command", "the embassy".
func oneBody(src string) bool {
	if src == "" {
		return false
	}
	last := strings.ToLower(src[strings.LastIndexByte(src, ' ')+1:])
	return (bodySourceNouns.Has(last) || textSources.Has(last)) && last != "police" && last != "authorities" && last != "staff"
}

// bodySourceNouns are source nouns that name a body, not a person of it:
// "the United Auto Workers union" is the union.
var bodySourceNouns = wordset.Of(map[string]bool{"union": true, "team": true, "staff": true, "police": true, "authorities": true,
	"army": true, "military": true, "command": true, "navy": true, "embassy": true})

// indefiniteOpeners open a description of people the text does not name:
// "one dealer", "a Treasury official", "some analysts".
var indefiniteOpeners = wordset.Of(map[string]bool{"one": true, "a": true, "an": true, "another": true, "two": true, "three": true,
	"some": true, "several": true})

// firmTitleSpeaker is the person "the <firm> <title>" before the speech
// verb at v stands for (k is "the"): the one the article named with that
// title; -1 when the words are no firm and title.
func (d *doc) firmTitleSpeaker(s *sent, k, v int, c *claims) int {
	m := s.mentionAt(k + 1)
	if m == nil || m.first != k+1 || m.last != v-1 || d.ents[m.ent].Type != graph.Organization {
		return -1
	}
	return d.describedSpeaker(s, v-1, c)
}

// partyNouns name a politician by the party: "the Ohio Democrat", "the
// Kansas Republican".
var partyNouns = wordset.Of(map[string]bool{"democrat": true, "republican": true, "conservative": true, "socialist": true,
	"liberal": true, "laborite": true, "tory": true})

// lastPersonNamed is the one person the nearest of the two sentences
// before s that names a person names; -1 when that sentence names two or
// more, or neither names one.
func (d *doc) lastPersonNamed(s *sent) int {
	for i := s.idx - 1; i >= 0 && i >= s.idx-2; i-- {
		found := -1
		for _, m := range d.sents[i].mentions {
			if d.ents[m.ent].Type != graph.Person {
				continue
			}
			if found >= 0 && found != m.ent {
				return -1
			}
			found = m.ent
		}
		if found >= 0 {
			return found
		}
	}
	return -1
}

// onlyOrganisationBefore is the one organisation the sentence before token
// k, or the sentence before it, names; -1 when none or several.
func (d *doc) onlyOrganisationBefore(s *sent, k int) int {
	found := -1
	consider := func(m mention) bool {
		if d.ents[m.ent].Type != graph.Organization || found == m.ent {
			return true
		}
		if found >= 0 {
			return false
		}
		found = m.ent
		return true
	}
	for _, m := range s.mentions {
		// (a body named inside the quotation is what it speaks of: `"…
		// TWA has provided no reason," it added`)
		if m.first < k && !s.quotedAt(m.first) && !consider(m) {
			return -1
		}
	}
	if found < 0 && s.idx > 0 {
		if p := d.sentence(s.idx - 1); p != nil {
			for _, m := range p.mentions {
				if !consider(m) {
					return -1
				}
			}
		}
	}
	return found
}

// figureNouns are figures that say something after "according to":
// "according to preliminary central bank estimates".
var figureNouns = wordset.Of(map[string]bool{"estimates": true, "estimate": true, "figures": true, "data": true, "statistics": true,
	"projections": true, "forecasts": true, "forecast": true, "calculations": true, "results": true, "reports": true})

// sourceOpeners begin the description of an unnamed source: "one dealer",
// "a trader", "another analyst", "two bankers".
var sourceOpeners = wordset.Of(map[string]bool{
	"one": true, "a": true, "an": true, "another": true, "two": true, "three": true, "some": true,
	"the": true, "several": true, "other": true,
})

// lastSpeaker is the entity index of the newest quote's named speaker, -1
// for none. While the quotations left unplaced are read again, after all
// the reported claims (c.upTo > 0), the newest is the last by place that
// starts at or before c.upTo, not the last read, and a person (whom "he
// said" after the quotation names; a firm's claim between does not hide
// him).
func (d *doc) lastSpeaker(c *claims) int {
	if c.upTo > 0 {
		q := c.lastBefore(0, c.upTo+1, func(q *graph.Quote) bool {
			e, ok := d.index(q.Speaker)
			return q.Speaker != "" && ok && d.ents[e].Type == graph.Person
		})
		if q == nil {
			return -1
		}
		e, _ := d.index(q.Speaker)
		return e
	}
	for i := len(c.quotes) - 1; i >= 0; i-- {
		if c.quotes[i].Speaker != "" {
			if e, ok := d.index(c.quotes[i].Speaker); ok {
				return e
			}
			return -1
		}
	}
	return -1
}

// personOfUnit is the person named before a body's name across "from",
// "of", "at" or "with" and lower-case words naming a unit of it: "Jose
// Melicias from the research department of Drexel Burnham Lambert". nil
// when another name or a break stands between.
func personOfUnit(d *doc, s *sent, m *mention) *mention {
	j := m.first - 1
	if s.w(j) == "the" {
		j--
	}
	if s.w(j) != "of" {
		return nil
	}
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		if p := s.mentionAt(k); p != nil {
			if d.ents[p.ent].Type == graph.Person && p.last == k+1 && k+1 < j && (s.w(k+1) == "from" || s.w(k+1) == "of" || s.w(k+1) == "at" || s.w(k+1) == "with") {
				return p
			}
			return nil
		}
		if s.breaks(k) || !isLowerWord(s.raw(k)) {
			return nil
		}
	}
	return nil
}

// claimantBefore is the person the sentence before s names as the subject
// of its verb of saying or claiming, when s opens with a quotation: who
// "he said" after it stands for. -1 when s opens otherwise, or the sentence
// before has no such person, or names another person after him.
func (d *doc) claimantBefore(s *sent, c *claims) int {
	p := d.sentenceBeforeQuotation(s, c)
	if p == nil {
		return -1
	}
	for v := range p.Tokens {
		if w := p.w(v); !speechVerbs[w] && !claimPresent.Has(w) {
			continue
		}
		e, _ := d.subject(p, v, c)
		if m := p.mentionAt(v - 1); e >= 0 && d.ents[e].Type != graph.Person && m != nil && m.ent == e && p.w(m.first-1) == "of" {
			if q := p.mentionAt(m.first - 2); q != nil && d.ents[q.ent].Type == graph.Person {
				e = q.ent // "But Nick Toufexis of Prudential-Bache Securities Inc says …": the person of the firm
			}
		}
		if e < 0 {
			for j := v - 1; j >= 0 && j >= v-6; j-- {
				if p.w(j) == "the" {
					e = d.firmTitleSpeaker(p, j, v, c) // "The Chrysler treasurer said …": the one titled so before
					break
				}
			}
		}
		if e < 0 || d.ents[e].Type != graph.Person {
			return -1
		}
		for j := v + 1; j < len(p.Tokens); j++ {
			if m := p.mentionAt(j); m != nil && m.ent != e && d.ents[m.ent].Type == graph.Person {
				return -1 // another person named in his claim: which one "he" is, is not sure
			}
		}
		return e
	}
	return -1
}

// sentenceBeforeQuotation is the sentence right before the one the
// quotation being read opens, when it opens one: the quotation may run
// over sentences to its attribution in s ("\"There is … adopt. Ours is
// …,\" he told journalists"). Nil when the quotation does not open its
// sentence or opens the article.
func (d *doc) sentenceBeforeQuotation(s *sent, c *claims) *sent {
	open := s
	if n := len(c.spans); n > 0 {
		if q := d.sentenceAt(c.spans[n-1].start); q != nil && q.idx < s.idx {
			open = q
		}
	}
	if f := open.firstWord(); open.w(f) != "\"" && open.w(f) != "“" || open.idx == 0 {
		return nil
	}
	return d.sentence(open.idx - 1)
}

// unnamedClaimantBefore is the one unnamed person who claimed in the
// sentence before the quotation being read, whom its "he" or "she" stands
// for: "One senior floor trader said the room needs renovating. \"There is
// talk …,\" he said." "" when that sentence names a person (who "he" is,
// is not sure), or its speaker is people or a text.
func (d *doc) unnamedClaimantBefore(s *sent, c *claims) string {
	p := d.sentenceBeforeQuotation(s, c)
	if p == nil {
		return ""
	}
	for _, m := range p.mentions {
		if d.ents[m.ent].Type == graph.Person {
			return ""
		}
	}
	for v := range p.Tokens {
		if !speechVerbs[p.w(v)] && !thatVerbs[p.w(v)] {
			continue // ("A Hong Kong trader estimated stocks at …")
		}
		src, ok := sourcePhrase(d, p, v)
		if !ok && p.w(v-1) == "," {
			// "A French official, speaking in London, said": the subject
			// before a participle's aside
			for o := v - 2; o > 0 && o >= v-10 && p.w(o) != ";" && p.w(o) != "\""; o-- {
				if p.w(o) == "," {
					if f := p.tokenFrom(p.afterDateline()); strings.HasSuffix(p.w(o+1), "ing") && o-f >= 2 && o-f <= 5 && singularOpeners.Has(p.w(f)) &&
						(sourceWord(p.w(o-1)) || humanNoun(p.w(o-1))) && isLowerWord(p.raw(o-1)) {
						src, ok = d.body[p.Tokens[f].Start:p.Tokens[o-1].End], true
					}
					break
				}
			}
		}
		if !ok || !humanSource(src) {
			return ""
		}
		ws := strings.Fields(strings.ToLower(src))
		if !singularOpeners.Has(ws[0]) || strings.HasSuffix(ws[len(ws)-1], "s") {
			return "" // ("Analysts said …": not "he")
		}
		return src
	}
	return ""
}

// singularOpeners open a description of one person: "one senior floor
// trader", "the CBT spokesman".
var singularOpeners = wordset.Of(map[string]bool{"one": true, "a": true, "an": true, "another": true, "the": true})

// claimPresent are verbs of claiming in the present singular the wire uses
// for analysts' views: "says", "thinks", "believes", "estimates".
var claimPresent = wordset.Of(map[string]bool{"thinks": true, "believes": true, "estimates": true, "predicts": true,
	"expects": true, "notes": true, "feels": true, "maintains": true})

// kindPhraseBody is the body a subject ending at j names by its name and
// the lower-case words of its kind after it, opened by "the": "The DIW
// economic research institute", "the National Meat board", "the HWWA
// institute in Hamburg"; -1 otherwise.
func (d *doc) kindPhraseBody(s *sent, j int) int {
	if m := s.mentionAt(j); m != nil && m.last == j+1 && s.w(m.first-1) == "in" && d.ents[m.ent].Type != graph.Person && d.ents[m.ent].Type != graph.Organization {
		j = m.first - 2 // "in Hamburg": where the body sits
	}
	if !isLowerWord(s.raw(j)) || !bodyKindNouns.Has(s.w(j)) {
		return -1
	}
	for i := j - 1; i >= 0 && i >= j-4; i-- {
		if m := s.mentionAt(i); m != nil {
			// (not "the Department of Energy agency", "the Anglo-Dutch
			// group": a body's unit, or a name of peoples)
			full := false
			for k := m.first; k < m.last; k++ {
				full = full || bodyKindNouns.Has(s.w(k)) || orgHeadWords.Has(s.w(k))
			}
			if m.last == i+1 && d.ents[m.ent].Type == graph.Organization && s.w(m.first-1) == "the" && !full &&
				!strings.Contains(m.m.Text, "-") && !strings.Contains(m.m.Text, "/") {
				return m.ent
			}
			return -1
		}
		if !isLowerWord(s.raw(i)) || s.breaks(i) || s.w(i) == "the" || s.w(i) == "of" || s.w(i) == "and" {
			return -1
		}
	}
	return -1
}

// orgHeadWords end a body's own full name: "the Department of Energy".
var orgHeadWords = wordset.Of(map[string]bool{"department": true, "corp": true, "co": true, "inc": true, "ltd": true, "plc": true,
	"administration": true, "office": true, "service": true, "fund": true, "bureau": true})

// bodyKindNouns end a body's name and kind: "the HWWA institute".
var bodyKindNouns = wordset.Of(map[string]bool{"institute": true, "board": true, "agency": true, "commission": true, "council": true,
	"company": true, "group": true, "bank": true, "firm": true, "federation": true, "association": true, "authority": true,
	"corporation": true, "ministry": true, "exchange": true, "union": true, "newspaper": true, "daily": true})

// recentBodySpeaker is the firm or state that spoke in the last claim
// before offset before, in sentence s or the two before it, when that
// claim named its speaker (the statement's own words, not yet placed, are
// passed over); -1 otherwise (an unnamed source, a person, or nothing said
// near).
func (d *doc) recentBodySpeaker(s *sent, before int, c *claims) int {
	from := s.Start
	for i := s.idx - 1; i >= 0 && i >= s.idx-2; i-- {
		if p := d.sentence(i); p != nil {
			from = p.Start
		}
	}
	q := c.lastBefore(from, before, func(q *graph.Quote) bool { return !strings.EqualFold(q.UnnamedSpeaker, "the statement") })
	if q == nil || q.Speaker == "" {
		return -1
	}
	if e, ok := d.index(q.Speaker); ok && (d.ents[e].Type == graph.Organization || d.ents[e].Type == graph.Country) {
		return e
	}
	return -1
}

// speakerBefore reads the attribution before an opening mark at off:
// the nearest speech verb before it and that verb's subject, as in
// `Jane Roe told reporters he hopes for a “settlement”`, or `X cited
// unnamed officials as saying “…”`.
func (r *Relater) speakerBefore(d *doc, s *sent, off int) (speaker, source, dt string, verb, later int, ok bool) {
	k := 0
	for k < len(s.Tokens) && s.Tokens[k].End <= off {
		k++
	}
	participle := -1 // "…, adding, \"…\"": the verb of the quotation, whose speaker is the verb's before
	verbOf := func(v int) int {
		if participle >= 0 {
			return participle
		}
		return v
	}
	for v := k - 1; v >= 0; v-- {
		if !speechVerbs[s.w(v)] && !(thatVerbs[s.w(v)] && (s.w(v+1) == "," || s.w(v+1) == ":") && v+2 == k-1) && !namedAs(s, v, k) {
			// (a verb of claiming right before the marks says them too:
			// `Dauster countered, "Negotiations failed."`)
			continue
		}
		if s.w(v) == "saying" && s.w(v-1) == "as" {
			// "cited <X> as saying": X is the speaker
			for c := v - 2; c >= 0; c-- {
				if s.w(c) == "cited" || s.w(c) == "quoted" {
					if c+1 > v-2 {
						break // "cited as saying" names no one
					}
					if m := r.nameAt(d, s, c+1); m != nil && m.last == v-1 {
						return d.ents[m.ent].ID, "", d.speechDate(s, c, 0, v), v, -1, true
					}
					if sp, _ := d.quotedPhrase(s, c+1, v-1, nil); sp != "" {
						return sp, "", d.speechDate(s, c, 0, v), v, -1, true // "quoted Finance Minister Gerhard Stoltenberg as saying": the person titled
					}
					return "", d.body[s.Tokens[c+1].Start:s.Tokens[v-2].End], d.speechDate(s, c, 0, v), v, -1, true
				}
			}
			continue
		}
		if w := s.w(v - 1); (w == "\"" || w == "”") && s.w(v-2) == "," && v+1 < k {
			// `"…," said Darwin Beck of First Boston Corp. "I expect …"` in
			// one sentence (the abbreviation kept it whole): the one named
			// after the inverted verb
			if m := r.nameAt(d, s, v+1); m != nil && speaks(d.ents[m.ent].Type) {
				m = d.personAfterFirm(s, m)
				return d.ents[m.ent].ID, "", d.speechDate(s, v, v+1, m.last), verbOf(v), -1, true
			}
			if sp, src, ok := r.invertedSpeaker(d, s, v); ok && (sp != "" || src != "") {
				return sp, src, d.speechDate(s, v, v+1, v+6), verbOf(v), -1, true
			}
		}
		if src, ok := issuedBy(d, s, v-1, s.w(v) == "saying" && sayingNouns.Has(s.w(v-1))); ok {
			return "", src, d.speechDate(s, v, 0, v+1), v, -1, true // "the groups issued a statement saying lawmakers should \"resist …\""
		}
		if (s.w(v) == "adding" || s.w(v) == "saying") && s.w(v-1) == "," {
			// "the company said it defeated a bid by GAF Corp, adding, \"…\"":
			// the speaker of the verb before, not a name in its claim
			pv := v - 1
			for pv >= 0 && !speechVerbs[s.w(pv)] {
				pv--
			}
			if pv >= 0 && participle < 0 {
				participle, v = v, pv+1
				continue
			}
		}
		a := v - 1
		for a > 0 && (s.w(v+1) == "," || s.w(v+1) == ":") && v+3 >= k && (s.w(a) == "also" || s.w(a) == "later" || s.w(a) == "then" || s.w(a) == "again" || s.w(a) == "further" || len(s.w(a)) > 4 && strings.HasSuffix(s.w(a), "ly") && isLowerWord(s.raw(a))) {
			a-- // "He also said, \"…\"", "She later said: \"…\"" (the quotation right after the verb)
		}
		if w := s.w(a); w == "he" || w == "she" || (w == "and" || w == "but") && a == v-1 && s.mentionAt(v-2) == nil {
			// "Asked if he would raise it at the next FOMC meeting, he
			// said, \"…\"", "Asked what Opec's output level was, he replied: \"…\"", "He
			// said Iraq's President Saddam Hussein was … and said Iran would
			// use \"…\"", "Hofer described Lyng as …, and said": the one the
			// pronoun or the first verb's subject stands for, not a name in
			// a question, a claim or an object before the verb; none if it
			// is not known
			if e, _ := d.subject(s, v, nil); e >= 0 && speaks(d.ents[e].Type) && (w == "and" || w == "but" || d.ents[e].Type == graph.Person) {
				return d.ents[e].ID, "", d.speechDate(s, v, 0, v+1), verbOf(v), -1, true
			}
			if w != "and" && w != "but" {
				// "Fitzwater told reporters that …, but he added, \"…\"": the
				// person named before the sentence's first speech verb
				first := slices.IndexFunc(s.lw[:v], func(w string) bool { return speechVerbs[w] })
				if first < 0 {
					first = v - 1
				}
				for j := first - 1; j >= 0; j-- {
					if m := s.mentionAt(j); m != nil && d.ents[m.ent].Type == graph.Person && !s.consumed[s.at[j]] {
						return d.ents[m.ent].ID, "", d.speechDate(s, v, 0, v+1), verbOf(v), -1, true
					}
				}
			}
			// (who it is may be told by the claims read later: the verb
			// whose subject to read then)
			return "", "", d.speechDate(s, v, 0, v+1), verbOf(v), v, true
		}
		if o := s.phraseOpen(v); o >= 0 {
			if src, ok := d.describedSource(s, o, v); ok {
				// "A Japanese refiner said, \"…\"": unnamed, not the
				// country its demonym names
				return "", src, d.speechDate(s, v, 0, v+1), verbOf(v), -1, true
			}
		}
		// the subject: a person before the verb if there is one, else the
		// nearest organisation or country
		near := -1
		for j := v - 1; j >= 0; j-- {
			m := s.mentionAt(j)
			if m == nil || !speaks(d.ents[m.ent].Type) || s.consumed[s.at[j]] {
				continue
			}
			if d.ents[m.ent].Type == graph.Person {
				near = m.ent
				break
			}
			if near < 0 {
				near = m.ent
			}
		}
		if o := prepAside(s, v-1); near >= 0 && o > 0 {
			if m := s.mentionAt(o - 1); m != nil && m.last == o && d.ents[m.ent].Type == graph.Person {
				near = m.ent // "Nazer, in his first interview since succeeding Ahmed Zaki Yamani last October, said:": the one before the aside
			}
		}
		if o := headedAside(s, v-1); near >= 0 && o > 0 && s.w(v-1) == "," {
			if m := s.mentionAt(o - 1); m != nil && speaks(d.ents[m.ent].Type) {
				near = m.ent // "The Interministerial Committee, headed by Treasury Minister Giovanni Goria, said": the committee speaks, not its head
			}
		}
		if near >= 0 && d.ents[near].Type != graph.Person && s.w(v-1) == "," {
			// "Bristol-Myers, the third largest drug company in the U.S.,
			// said that \"…\"": the name before the apposition, not one in it
			if e, _ := d.subject(s, v, nil); e >= 0 && speaks(d.ents[e].Type) {
				near = e
			}
		}
		if near >= 0 {
			return d.ents[near].ID, "", d.speechDate(s, v, 0, v+1), verbOf(v), -1, true
		}
		if s.w(v-1) == "it" && (s.w(v+1) == "," || s.w(v+1) == ":" || v+1 >= k-1) && v+3 >= k {
			// "It added, \"We should …\"": who the pronoun stands for, when
			// the quotation opens right after the attribution ("he" and "she"
			// are read above)
			if e, _ := d.subject(s, v, nil); e >= 0 && speaks(d.ents[e].Type) {
				return d.ents[e].ID, "", d.speechDate(s, v, 0, v+1), verbOf(v), -1, true
			}
		}
		if e := d.describedSpeaker(s, v-1, nil); e >= 0 && s.w(v-2) == "the" {
			return d.ents[e].ID, "", d.speechDate(s, v, 0, v+1), verbOf(v), -1, true // "the company said, \"…\""
		}
		if src, ok := sourcePhrase(d, s, v); ok {
			return "", src, d.speechDate(s, v, 0, v+1), verbOf(v), -1, true
		}
		if s.w(v-1) == "," {
			// "The spokesman, speaking from Bonn, said, \"…\"": the subject
			// before the phrase set off by commas
			for o := v - 2; o > 0 && o >= v-10; o-- {
				if s.w(o) == "," {
					if src, ok := sourcePhrase(d, s, o); ok {
						return "", src, d.speechDate(s, v, 0, v+1), v, -1, true
					}
					break
				}
			}
		}
	}
	return "", "", "", 0, -1, false
}

// heardParticiples say how a source set off by commas was heard or asked.
var heardParticiples = wordset.Words("quoted", "cited", "interviewed", "contacted", "reached", "polled", "surveyed", "questioned")

// prepAside is the comma that opens a phrase set off before the comma at
// c that begins with a preposition of time or occasion ("in his first
// interview since …", "speaking to reporters", "contacted by Reuters"),
// -1 for none.
func prepAside(s *sent, c int) int {
	if s.w(c) != "," {
		return -1
	}
	for o := c - 1; o > 0 && o > c-20; o-- {
		if s.w(o) == "," {
			switch w := s.w(o + 1); w {
			case "in", "at", "during", "after", "before", "on", "speaking", "addressing", "asked", "answering":
				return o
			default:
				if heardParticiples.Has(w) && w != "quoted" && w != "cited" {
					return o // "contacted by Reuters", "interviewed", "polled"
				}
			}
			return -1
		}
		if w := s.w(o); w == "\"" || w == "“" || w == "”" || w == ";" || w == ":" || speechVerbs[w] {
			return -1
		}
	}
	return -1
}

// headedAside is the comma that opens a phrase set off before the comma
// at c with "headed (led, chaired) by" ("The Interministerial Committee,
// headed by Treasury Minister Giovanni Goria, said"), -1 for none.
func headedAside(s *sent, c int) int {
	for o := c - 1; o > 0 && o > c-10; o-- {
		if s.w(o) == "," {
			if headedBy.At(s.w(o+1)) != "" && s.w(o+2) == "by" {
				return o
			}
			return -1
		}
	}
	return -1
}

// personAfterFirm is the person a firm's name and job stand before in an
// attribution ("said Halvard Corp chairman Jon Keller", "said Dean Witter
// analyst Karen Gibbs"), or m itself.
func (d *doc) personAfterFirm(s *sent, m *mention) *mention {
	if d.ents[m.ent].Type == graph.Person {
		return m
	}
	from := m.last
	if s.w(from) == "(" {
		// "said Bache Securities (Japan) associate vice president Peter
		// Wolffe": past the firm's bracketed unit or place
		for j := from + 1; j < len(s.Tokens) && j <= from+4; j++ {
			if s.w(j) == ")" {
				from = j + 1
				break
			}
		}
	}
	for j := from; j < len(s.Tokens) && j <= from+7 && !s.breaks(j); j++ {
		if p := s.mentionAt(j); p != nil && d.ents[p.ent].Type == graph.Person {
			return p
		}
		if j > from+3 && !isLowerWord(s.raw(j)) {
			break // (past four words, only a title's: "president and chief executive officer X")
		}
	}
	return m
}

// nameAt is the speaking entity's mention at token k, past honorifics.
func (r *Relater) nameAt(d *doc, s *sent, k int) *mention {
	for r.honorific(s.raw(k)) {
		k++
	}
	if m := s.mentionAt(k); m != nil && speaks(d.ents[m.ent].Type) {
		return m
	}
	return nil
}

// speaks reports whether an entity of type t can say or claim something:
// people, organisations, and countries speaking through their governments.
func speaks(t graph.EntityType) bool {
	return t == graph.Person || t == graph.Organization || t == graph.Country
}

// speechDate dates an attribution: a temporal expression in tokens
// [from, to) of s ("said Wednesday"), else the article's day for a verb in
// the present tense ("claims"), else none.
// claimBeforeComma reports a date before a speech verb that ends its
// attribution ("<claim>, it said.") or is a participle ("…, adding"), which
// a comma closes off from it: the claim's ("break dormancy in early April,
// it said", "a net loss in 1986, adding"), not one opening the sentence
// ("On Tuesday, Newmont said.") nor one set off by commas.
func claimBeforeComma(s *sent, dt date, verb int) bool {
	if strings.HasSuffix(s.w(verb), "ing") {
		// "…, adding" after a claim: a date inside that claim ("said Magma
		// had a net loss in 1986, adding"), not the act the participle
		// goes with ("disclosed the fraud on Tuesday, saying")
		if !slices.ContainsFunc(s.lw[:dt.first], func(w string) bool { return speechVerbSet.Has(w) }) {
			return false
		}
	} else if n := s.w(verb + 1); verb+1 < len(s.Tokens) && n != "." && n != "," && n != ";" {
		return false // the claim follows the verb: a date before it dates the saying ("After the market had closed yesterday, GM said it would …")
	}
	b := dt.first - 1
	if datePreps.Has(s.w(b)) || s.w(b) == "since" || s.w(b) == "by" {
		b--
	}
	if b <= 1 || s.w(b) == "," {
		return false // ("Earlier today, Exco said", "The Fed, in February, said")
	}
	for j := dt.last; j < verb; j++ {
		if s.w(j) == "," {
			// a subject between the comma and the verb, or a participle
			// (not "the report, dated March 17, said": the subject's own)
			return j < verb-1 || strings.HasSuffix(s.w(verb), "ing")
		}
	}
	return false
}

func (d *doc) speechDate(s *sent, verb, from, to int) string {
	present := presentSpeech.Has(s.w(verb)) && s.w(verb-1) != "did" // ("did say": past)
	f := s.tokenFrom(s.afterDateline())
	for _, dt := range s.dates {
		if w := s.w(dt.first - 1); w == "since" || w == "until" || w == "till" {
			continue // "Since July, Leucadia said it has bought": a span the claim tells of, no day of saying
		}
		if b := s.w(dt.first - 1); (dt.first == f || dt.first == f+1 && (b == "on" || b == "in" || b == "at")) && s.w(dt.last) == "," && verb > dt.last && verb-dt.last <= 6 && !dt.Date.IsZero() && s.w(verb+1) != "," {
			// "On February 20, Brazil said it would suspend payments": the
			// day the sentence opens with, set off by a comma, is the
			// saying's (a claim's own date follows its verb; "Last year,
			// he said, production hit a record": the claim's, around its
			// parenthetical attribution)
			from, to = dt.first, dt.last
		} else if s.occasionOpening(f, dt, verb) {
			from, to = dt.first, dt.last // "In testimony today, Baker said", "At last Friday's session, Jones told"
		}
		if dt.last < verb && dt.Date.Value != d.published() && s.speakerClauseDate(dt, verb) {
			// "John Smith, who joined IBM in 1980, said": the speaker's
			// past, no day of saying ("who travels to Vardo this evening"
			// is the article's day, which the saying's is too)
			continue
		}
		if dt.first > verb && (s.w(dt.first-1) == "that" || claimOpeningDate(s, dt)) {
			continue // "stressed that 1987 would be hard", "reported 1986 profit rose": the claim's date
		}
		if dt.last <= verb && claimBeforeComma(s, dt, verb) && !(dt.first == from && dt.last == to) {
			continue // "… usually break dormancy in early April, it said", "… a net loss in 1986, adding": the claim's date
		}
		if b := s.w(verb - 1); (b == "and" || b == "but") && (dt.last == verb-1 || dt.last == verb-2 && s.w(verb-2) == ",") && !(dt.first == from && dt.last == to) && dt.Date.Value != d.published() {
			// "froze wages in the fourth quarter of 1986 and said": the
			// date of the verb before "and" (not "went on sale today, but
			// said": the article's day, the saying's too)
			continue
		}
		if dt.first >= from && dt.last <= to+2 && !dt.Date.IsZero() && (dt.first > verb-4 || dt.first == from && dt.last == to) {
			if !present && dt.Date.Precision == timex.Day && dt.Date.Value > d.published() && d.published() != "" {
				// "said … on Tuesday" happened: the Tuesday before, however
				// the clause's other verbs read
				return dt.Date.Shift(timex.Offset{N: -1, Unit: "week"}).Value
			}
			if pub := d.published(); !present && dt.Date.Precision == timex.Month && dt.last == verb && s.w(dt.first-1) == "in" && len(pub) >= 7 && dt.Date.Value > pub[:7] {
				// "The Fed in February said it would…" in a March article:
				// the February before, however the claim's "would" reads
				// (only a date right between the speaker and the verb)
				if y, err := strconv.Atoi(dt.Date.Value[:4]); err == nil {
					return fmt.Sprintf("%04d%s", y-1, dt.Date.Value[4:])
				}
			}
			return dt.Date.Value
		}
	}
	if present {
		return d.published()
	}
	return ""
}

// occasionOpening reports a date in a phrase of the occasion of saying
// that opens the sentence at f and is set off by a comma a few words
// before the speech verb: "In testimony today, Baker said", "At last
// Friday's session, Jones told"; not a claim's own opening ("In 1986,
// profits rose, he said").
func (s *sent) occasionOpening(f int, dt date, verb int) bool {
	if w := s.w(f); (w != "in" && w != "at" && w != "during") || dt.first <= f || dt.Date.IsZero() || s.w(verb+1) == "," {
		return false
	}
	occasion := false
	for j := f + 1; j < len(s.Tokens) && j <= f+8; j++ {
		switch w := s.w(j); {
		case w == ",":
			return occasion && j >= dt.last && verb > j && verb-j <= 6
		case occasionWords.Has(w) || mediumWords.Has(w): // "In yesterday's report,"
			occasion = true
		case s.breaks(j):
			return false
		}
	}
	return false
}

// occasionWords name where something is said: "In testimony today,".
var occasionWords = wordset.Words("testimony", "session", "meeting", "conference", "speech", "interview", "hearing",
	"briefing", "remarks", "address", "statement", "talks")

// speakerClauseDate reports a date inside a relative clause or a
// participle phrase set off by commas right before the speech verb at
// verb ("Bank of America, which lost money last year, said", "John Smith,
// hired from Fiat in 1980, said"): it tells of the speaker, not of the
// saying ("Jon Vik, speaking yesterday, said" and "the company, in a
// statement yesterday, said" and a text "issued last week" keep theirs).
func (s *sent) speakerClauseDate(dt date, verb int) bool {
	close := verb - 1
	if softTokens.Has(s.w(close)) {
		close-- // "…, also said"
	}
	if s.w(close) != "," || dt.last > close {
		return false
	}
	for j := dt.last; j < close; j++ {
		if s.w(j) == "," {
			return false
		}
	}
	for c := dt.first - 1; c > 0 && c >= dt.first-25; c-- {
		if s.w(c) != "," {
			continue
		}
		w := s.w(c + 1)
		if issuedWords.Has(w) || mediumParticiples.Has(w) {
			return false // "The report, dated February 26, said", "issued last week": the text's day is its saying's
		}
		if w == "who" || w == "which" {
			return true
		}
		// (parsed only here, where the tags must tell)
		ps := s.parsed()
		return c+1 < len(ps.POS) && (ps.POS[c+1] == "VBN" || ps.POS[c+1] == "VBD") // (a participle tagged as a past: "hired from Fiat")
	}
	return false
}

// issuedWords put a text out, or ask people, on the day of the saying:
// "The report, issued last week,", "Economists, polled on Monday,".
var issuedWords = wordset.Words("issued", "dated", "released", "made", "submitted", "sent", "distributed", "delivered",
	"polled", "contacted", "interviewed", "asked", "questioned", "surveyed", "reached") // (and people asked: "Economists, polled on Monday, said")

// saidPhraseEnd is the last token whose time may date the saying at verb
// k of a claim that starts at from: past a phrase between them when
// "that" opens the claim and each time in the phrase ends it or a part of
// it ("said in a speech yesterday that", "told a court yesterday in
// Jersey that", "said in September 1986 that"), or when each is a day
// named alone ("told reporters on Saturday it would"); not a time that
// modifies a noun ("said in its February economic outlook that") nor a
// date that may be the claim's ("said on April 10 it will redeem").
func (s *sent) saidPhraseEnd(k, from int) int {
	that := s.w(from-1) == "that"
	found := false
	for _, dt := range s.dates {
		if dt.first == k+1 && dt.last <= from && s.w(dt.last-1) == "ago" {
			return max(k+1, dt.last-2) // "said two days ago that": the time right after the verb, however long
		}
		if dt.first <= k+1 || dt.first >= from {
			continue
		}
		found = true
		if w := s.w(dt.last); that && (w == "that" || w == "," || isPreposition(w)) {
			continue
		}
		if dayAlone(s, dt) {
			continue
		}
		return k + 1
	}
	if !found {
		return k + 1
	}
	return from - 2
}

// dayAlone reports a date that is one day's word alone: "Tuesday",
// "yesterday", "today".
func dayAlone(s *sent, dt date) bool {
	return dt.last-dt.first == 1 && (dayNames.Has(s.w(dt.first)) || s.w(dt.first) == "yesterday" || s.w(dt.first) == "today")
}

// claimOpeningDate reports a date that modifies the noun after it, the
// first words of a reported claim ("reported 1986 profit rose"), or that
// is the claim's subject ("said February fell within the tax season").
func claimOpeningDate(s *sent, dt date) bool {
	if w := s.w(dt.last); isLowerWord(s.raw(dt.last)) && (w == "today" || w == "yesterday" || !neverFinite.Has(w) && w != "that") { // (a sentence is parsed only when its tags can tell)
		ps := s.parsed()
		if dt.last < len(ps.POS) && finiteTag(ps.POS[dt.last]) {
			return true // "said February fell within the tax season": the claim's subject
		}
		if dt.last < len(ps.POS) && strings.HasPrefix(ps.POS[dt.last], "NN") && !dayAlone(s, dt) {
			return true // "reported 1986 profit rose" (not "said yesterday producers were confident": a day names no noun's time)
		}
	}
	return s.possessive(dt.last) && s.w(dt.first-1) != "told" && s.w(dt.first-1) != "tells" // "said this year's exchange will value 530 mln dlrs" (not "told last November's annual meeting": when he told it)
}

// skipTicker moves from a ">" or ")" at token j back past the stock
// ticker or short bracket it closes ("Sony Corp <SNE.T> said", "the
// Security Office (NCSO) said"), to the token before its opening mark;
// any other token is left as it is.
func (s *sent) skipTicker(j int) int {
	var open string
	switch s.w(j) {
	case ">":
		open = "<"
	case ")":
		open = "("
	default:
		return j
	}
	for i := j - 1; i >= 0 && i >= j-6; i-- {
		if m := s.mentionAt(i); m != nil && !partyLetter(m) {
			return j - 1 // a name in the brackets is the speaker: "<Trizec Corp Ltd> said"
		}
		if s.w(i) == open {
			if open == "(" && (s.w(i-1) == ">" || s.w(i-1) == ")") && i-1 != j {
				return s.skipTicker(i - 1) // "<Gulf International Bank BSC> (GIB) said": the name before its acronym
			}
			return i - 1
		}
	}
	return j
}

// pastPartyTag is the token after a legislator's bracket that opens at j
// ("(R-Kan.)", "(D-Ill)"), or j when none opens there.
func (s *sent) pastPartyTag(j int) int {
	if s.w(j) != "(" {
		return j
	}
	party := false
	for i := j + 1; i < len(s.Tokens) && i <= j+6; i++ {
		if m := s.mentionAt(i); m != nil && partyLetter(m) {
			party = true
		}
		if s.w(i) == ")" {
			if party {
				return i + 1
			}
			return j
		}
	}
	return j
}

// partyLetter reports the party's letter of a legislator's bracket,
// "(D-Vt.)": a note on the name before it, never a speaker.
func partyLetter(m *mention) bool {
	return m.m.Text == "D" || m.m.Text == "R"
}

// skipTickerAhead is the token after a ticker in angle brackets that
// starts at k ("<TOYO.T>"), or k when none does.
func (s *sent) skipTickerAhead(k int) int {
	if s.w(k) != "<" {
		return k
	}
	for i := k + 1; i < len(s.Tokens) && i <= k+4; i++ {
		if s.mentionAt(i) != nil {
			return k // a name in the brackets
		}
		if s.w(i) == ">" {
			return i + 1
		}
	}
	return k
}

// lastSource is the description of the unnamed source of the latest
// claim before offset, if that claim had no named speaker.
func (c *claims) lastSource(before int) string {
	if q := c.lastBefore(0, before, nil); q != nil {
		return q.UnnamedSpeaker
	}
	return ""
}

// lastBefore is the claim whose sentence starts last at or after offset
// from and before offset before, among those ok accepts (nil: any; of a
// sentence's several, the first read); nil for none. Claims are read
// quotations first and then sentence by sentence, so the place, not the
// order read, tells which came last.
func (c *claims) lastBefore(from, before int, ok func(q *graph.Quote) bool) *graph.Quote {
	var last *graph.Quote
	for i := range c.quotes {
		q := &c.quotes[i]
		if q.Evidence.Start >= from && q.Evidence.Start < before && (last == nil || q.Evidence.Start > last.Evidence.Start) && (ok == nil || ok(q)) {
			last = q
		}
	}
	return last
}

// coordinatedClaimant is the quote or claim of the clause before the
// pronoun "he", "she" or "they" at j opening a clause joined by "but" or "and" in
// the same sentence, when one was read there with a speaker, named or
// not, and names no other person; nil otherwise.
func (c *claims) coordinatedClaimant(d *doc, s *sent, j int) *graph.Quote {
	if w := s.w(j); w != "he" && w != "she" && w != "they" || j < 2 || s.w(j-1) != "but" && s.w(j-1) != "and" {
		return nil
	}
	q := c.lastBefore(s.Start, s.Tokens[j].Start, func(q *graph.Quote) bool { return q.Speaker != "" || q.UnnamedSpeaker != "" })
	if q == nil {
		return nil
	}
	if s.w(j) == "they" && (q.UnnamedSpeaker == "" || !strings.HasSuffix(strings.ToLower(q.UnnamedSpeaker), "s")) {
		return nil // "Dealers said rates rose, but they said demand was weak": people unnamed, in the plural
	}
	for _, m := range s.mentions {
		if d.ents[m.ent].Type == graph.Person && m.m.Start >= q.Evidence.Start && m.m.Start < s.Tokens[j].Start && d.ents[m.ent].ID != q.Speaker {
			return nil // "Sources said Wilbur believes …, but he told clients": a person in the claim may be "he"
		}
	}
	return q
}

// invertedSpeaker is who an inverted speech verb at k names after it:
// "said Jon Keller", "said Halvard Corp chairman Jon Keller" (the person),
// "said Halvard Corp", or an unnamed source ("said one trader").
func (r *Relater) invertedSpeaker(d *doc, s *sent, k int) (speaker, source string, ok bool) {
	if !speechVerbs[s.w(k)] || s.w(k) == "told" || s.w(k) == "tells" || s.w(k) == "tell" || s.w(k) == "saying" {
		return "", "", false
	}
	if m := r.nameAt(d, s, k+1); m != nil {
		m = d.personAfterFirm(s, m)
		return d.ents[m.ent].ID, "", s.attributionEnds(m.last)
	}
	for j := k + 1; j < len(s.Tokens) && j <= k+5 && !s.breaks(j); j++ {
		// "said Finance Minister Jon Keller", "said chairman-elect Denys
		// Henderson": past the title
		if p := s.mentionAt(j); p != nil {
			if d.ents[p.ent].Type == graph.Person {
				return d.ents[p.ent].ID, "", s.attributionEnds(p.last)
			}
			if d.ents[p.ent].Type == graph.Organization && j == k+2 && sourceWord(s.w(k+1)) && isLowerWord(s.raw(k+1)) && s.attributionEnds(p.last) {
				return d.ents[p.ent].ID, "", true // "…, added brokers Phillips and Drew.": the firm so described
			}
			break
		}
		if !segment.IsCapitalised(s.raw(j)) && r.titleKind(strings.TrimSuffix(s.w(j), "-elect")) == kindNone &&
			(r.titleKind(s.w(j+1)) == kindNone || s.mentionAt(j+1) != nil) &&
			!(sourceWord(s.w(j)) && s.mentionAt(j+1) != nil) && !jobWordsBeforeName(s, j) {
			break // (a word before a title goes: "said bank spokesman James Day"; so does what the speaker does: "said analyst Jon Keller")
		}
	}
	for j := k + 1; j < len(s.Tokens) && j <= k+4 && underwriterWords.Has(s.w(j)) && isLowerWord(s.raw(j)); j++ {
		// "…, said lead manager Salomon Brothers Inc.": the firm that
		// manages the issue speaks
		if p := s.mentionAt(j + 1); p != nil && p.first == j+1 && d.ents[p.ent].Type == graph.Organization {
			return d.ents[p.ent].ID, "", s.attributionEnds(p.last)
		}
	}
	if e := d.titledAfterVerb(s, k); e >= 0 {
		return d.ents[e].ID, "", true
	}
	if src, ok := sourceAfter(d, s, k+1); ok && s.noClauseFrom(k+1) {
		return "", src, true // "…, said one trader." (not "said the report was flawed")
	}
	return "", "", false
}

// jobWordsBeforeName reports one or two lower-case words from j that
// describe a job and end right before a name: "oil analyst John Keller",
// "senior oil analyst John Keller" (the words before the job's noun).
func jobWordsBeforeName(s *sent, j int) bool {
	for n := j + 1; n <= j+2; n++ {
		if !isLowerWord(s.raw(n-1)) || s.mentionAt(n-1) != nil || determiners.Has(s.w(n-1)) {
			return false
		}
		if sourceWord(s.w(n)) && isLowerWord(s.raw(n)) && s.mentionAt(n+1) != nil && s.mentionAt(n+1).first == n+1 {
			return true
		}
	}
	return false
}

// titledAfterVerb is the person a definite title after an inverted
// speech verb at k stands for, the one the article titled so before:
// `…," said the Drexel spokesman.`, `said the minister` (as `the
// spokesman said` is read); -1 for none.
func (d *doc) titledAfterVerb(s *sent, k int) int {
	if s.w(k+1) != "the" {
		return -1
	}
	n := k + 2
	if m := s.mentionAt(n); m != nil && m.first == n && m.last > n {
		n = m.last // (the body the title is of)
	}
	if !s.attributionEnds(n + 1) {
		return -1
	}
	if e := d.describedSpeaker(s, n, nil); e >= 0 && d.ents[e].Type == graph.Person {
		return e
	}
	return -1
}

// titleNounAhead reports lower-case words from k that end in a title noun
// before "of", "at" or "for": "general manager of", "chief economist at".
func titleNounAhead(s *sent, k int) bool {
	for j := k; j < len(s.Tokens) && j < k+4; j++ {
		if w := s.w(j); w == "of" || w == "at" || w == "for" {
			return j > k && (headNouns.Has(s.w(j-1)) || sourceWord(s.w(j-1)) || s.w(j-1) == "manager" || s.w(j-1) == "economist")
		}
		if !isLowerWord(s.raw(j)) {
			return false
		}
	}
	return false
}

// titleWordsOnly reports capitalised words from k to end that name no one:
// a title before a name ("Senator", "Sen.", "Finance Minister").
func titleWordsOnly(s *sent, k, end int) bool {
	for j := k; j < end; j++ {
		if s.mentionAt(j) != nil || !segment.IsCapitalised(s.raw(j)) {
			return false
		}
	}
	return true
}

// underwriterWords describe the firm that manages a securities issue,
// before its name: "said lead manager Salomon Brothers Inc".
var underwriterWords = wordset.Of(map[string]bool{"lead": true, "sole": true, "co-lead": true, "joint": true, "manager": true, "managers": true,
	"co-manager": true, "underwriter": true, "underwriters": true, "agent": true, "arranger": true})

// attributionEnds reports that the sentence ends at token k, or goes on
// only with an apposition describing the speaker ("…, said Jon Keller,
// chairman of Halvard Corp."), so the name is no subject of a clause of
// its own ("…, said Lyng was unresponsive").
func (s *sent) attributionEnds(k int) bool {
	k = s.pastPartyTag(k) // (past a legislator's bracket: "…, said Senator Bob Dole (R-Kan).")
	return k >= len(s.Tokens) || s.w(k) == "." || s.w(k) == "," && s.noClauseFrom(k+1) ||
		// "…, said Charles F. DeGroot, who will remain a director": a
		// relative clause about the speaker, to the sentence's end (not
		// "said Manucher Ghorbanifar, who served as a middleman, deposited
		// …": the claim's subject)
		// (or about the body he is of: "…, said Bill Bolster of Munger
		// Oil Information Services, which tracks drilling")
		s.w(k) == "," && (s.w(k+1) == "who" || s.w(k+1) == "whose" || s.w(k+1) == "which") && !s.verbAfterComma(k+2) ||
		// "…, said Orion Royal Bank as lead manager.": the speaker's part
		s.w(k) == "as" && k+1 < len(s.Tokens) && isLowerWord(s.raw(k+1)) && s.noClauseFrom(k+1) ||
		// "…, said economist Jon Keller of Halvard Corp.": the speaker's body
		s.w(k) == "of" && s.bodyEnds(k+1)
}

// bodyEnds reports a body's name at token k, after "the" or not, that the
// sentence ends with, or an apposition after it.
func (s *sent) bodyEnds(k int) bool {
	if s.w(k) == "the" {
		k++
	}
	m := s.mentionAt(k)
	return m != nil && m.first == k && m.last > k && s.w(m.last) != "of" && s.attributionEnds(m.last)
}

// noClauseFrom reports no finite verb from token k to the sentence's end.
func (s *sent) noClauseFrom(k int) bool {
	if s.plainTail(k) {
		return true // (no word that may be a verb: the sentence is not parsed for it)
	}
	ps := s.parsed()
	for j := k; j < len(s.Tokens) && j < len(ps.POS); j++ {
		if speechVerbs[s.w(j)] || ps.POS[j] == "VBD" || ps.POS[j] == "VBZ" || ps.POS[j] == "VBP" || ps.POS[j] == "MD" {
			return false
		}
	}
	return true
}

// plainTail reports that every token from k to the sentence's end is a
// word no tagger reads as a finite verb: a name's, punctuation, a number,
// a function word, or a noun of a job or of the body one holds it in
// ("…, said Jon Keller, chief economist of the Halvard Bank.").
func (s *sent) plainTail(k int) bool {
	for j := k; j < len(s.Tokens); j++ {
		w := s.w(j)
		switch {
		case s.mentionAt(j) != nil || neverFinite.Has(w) || tailNouns.Has(w) || sourceWord(w):
		case w == "and" || w == ")" || w == "(" || w == "-" || w == "--" || w == "'s" || isNumber(w):
		default:
			return false
		}
	}
	return true
}

// tailNouns are the nouns of a speaker's description after an attribution.
var tailNouns = wordset.Of(map[string]bool{"chairman": true, "president": true, "director": true, "chief": true,
	"vice": true, "deputy": true, "senior": true, "general": true, "managing": true, "head": true, "manager": true,
	"officer": true, "minister": true, "secretary": true, "company": true, "bank": true, "group": true, "firm": true,
	"department": true, "ministry": true, "board": true, "research": true, "financial": true, "international": true,
	"market": true, "markets": true, "securities": true, "investment": true, "vice-president": true, "governor": true,
	"treasurer": true, "executive": true, "trade": true, "foreign": true, "finance": true, "agriculture": true, "oil": true,
	"energy": true, "state": true, "economics": true, "commodities": true, "futures": true, "former": true, "new": true})

// sourceAfter is the description of an unnamed source after an inverted
// speech verb at from: `…," said one trader`, `said a senior official
// in Tokyo.` It opens with a determiner or number and holds a source noun
// before the sentence or clause ends.
func sourceAfter(d *doc, s *sent, from int) (string, bool) {
	if w := s.w(from); (w == "one" || w == "another") && (from+1 >= len(s.Tokens) || s.w(from+1) == ".") {
		return d.body[s.Tokens[from].Start:s.Tokens[from].End], true // `…," said one.`: one of the sources just named, as `one said`
	}
	if w := s.w(from); sourceWord(w) && strings.HasSuffix(w, "s") && isLowerWord(s.raw(from)) && s.mentionAt(from) == nil && (from+1 >= len(s.Tokens) || isLowerWord(s.raw(from+1)) || s.breaks(from+1) || s.w(from+1) == ".") {
		// `…, said officials.`, `…," said dealers`: a bare plural source
		// (not "added brokers Phillips and Drew", the firm's kind)
		return d.body[s.Tokens[from].Start:s.Tokens[sourceEnd(s, from, true)].End], true
	}
	if !sourceOpeners.Has(s.w(from)) && !(isLowerWord(s.raw(from)) && (sourceWord(s.w(from+1)) || sourceWord(s.w(from+2)))) {
		return "", false // ("quoted highly placed sources as saying": describing words before the noun)
	}
	for k := from + 1; k < len(s.Tokens) && k <= from+5; k++ {
		if s.breaks(k) || s.w(k) == "." {
			return "", false
		}
		if sourceWord(s.w(k)) || indefiniteOpeners.Has(s.w(from)) && s.mentionAt(k) == nil && isLowerWord(s.raw(k)) && (humanNoun(s.w(k)) || humanNoun(s.w(k)+"s") && singularNoun(s, k)) {
			// (`…," said a director at one U.K. merchant bank`: a person by
			// his job, unnamed)
			return d.body[s.Tokens[from].Start:s.Tokens[sourceEnd(s, k, false)].End], true
		}
	}
	return "", false
}

// modifiersJoined reports "and" at j joining two words before the source's
// noun at end: "Oil and gas analysts said", "broking and banking
// analysts" (not "officials and seismologists", two nouns).
func modifiersJoined(s *sent, j, end int) bool {
	return j >= 1 && j+2 == end && sourceWord(s.w(end)) && (isLowerWord(s.raw(j-1)) || j-1 == s.firstWord()) && isLowerWord(s.raw(j+1)) &&
		!sourceWord(s.w(j-1)) && !humanNoun(s.w(j-1)) && !subjectPronouns.Has(s.w(j-1)) && s.mentionAt(j-1) == nil && s.mentionAt(j+1) == nil &&
		(j < 2 || s.breaks(j-2) || determiners.Has(s.w(j-2)) || s.w(j-2) == "," || j-1 == s.firstWord())
}

// sourceEnd is the last token of an unnamed source's description whose
// noun is at k: up to six words on, short of a break, the sentence's end
// and "as saying", and of "in" where stopIn ("said dealers in a recent
// report": the bare plural ends before it).
func sourceEnd(s *sent, k int, stopIn bool) int {
	end := k
	for end+1 < len(s.Tokens) && !s.breaks(end+1) && s.w(end+1) != "." && end < k+6 && !(s.w(end+1) == "as" && s.w(end+2) == "saying") && !(stopIn && s.w(end+1) == "in") {
		end++
	}
	return end
}

// commaPairBefore is where a subject ends when a comma-enclosed phrase
// stands between it and the verb after token j: the opening comma's index
// for "The source, who declined to be identified, said" or "Analysts,
// however, said"; 0 when there is none. Only a relative clause or a
// sentence adverb is passed over: an apposition names the speaker itself.
func (s *sent) commaPairBefore(j int) int {
	if s.w(j) != "," {
		return 0
	}
	for o := j - 1; o > 0 && o >= j-14; o-- {
		if s.w(o) == "." || s.w(o) == ";" || s.w(o) == "\"" || s.w(o) == "“" || s.w(o) == "”" {
			return 0
		}
		if s.w(o) != "," {
			continue
		}
		switch s.w(o + 1) {
		case "who", "which", "however", "meanwhile", "though", "too", "moreover", "nevertheless", "in", "for", "at":
			if (s.w(o+1) == "in" || s.w(o+1) == "for") && s.w(o+2) != "turn" && s.w(o+2) != "example" && s.w(o+2) != "their" && s.w(o+2) != "its" && !statementPhrase(s, o+2, j) {
				return 0
			}
			if s.w(o+1) == "at" && !statementPhrase(s, o+2, j) {
				return 0 // ("Company officials, at a press conference, said": where they spoke)
			}
			return o
		}
		if ownedPhrase(s, o+1, j) {
			return o // "Sigma Mines Ltd, 65 pct owned by Dome Mines Ltd, said"
		}
		if m := s.mentionAt(o - 1); m != nil && (s.w(o+1) == "the" || s.w(o+1) == "a" || s.w(o+1) == "an") && s.placeOfSource(m.first) {
			return o // "Mine officials in Malaysia, the world's leading producer, said": the place's apposition
		}
		p := o + 1
		if w := s.w(p); w == "earlier" || w == "later" || w == "also" || w == "recently" {
			p++
		}
		if w := s.w(p); (w == "led" || w == "headed" || w == "dated" || w == "chaired" || w == "based") && (s.w(p+1) == "by" || w == "dated" || w == "based") {
			return o // "The research team, led by Dr. John Spika, said", "the report, dated March 17, said"
		}
		if w := s.w(p); heardParticiples.Has(w) && (s.w(p+1) == "by" || s.w(p+1) == "in" || s.w(p+1) == "on") {
			// "An Iranian Foreign Ministry spokesman, quoted in a broadcast
			// monitored by the BBC, said": where he was heard; "Bankers,
			// contacted by Reuters, said", "Analysts, polled on Monday,
			// said": who asked them, or when
			return o
		}
		if publishedParticiples.Has(s.w(p)) && o > 0 && textHeadBefore(s, o) && !slices.ContainsFunc(s.lw[:o], func(w string) bool { return w == "\"" || w == "”" }) {
			// "The report, released on Monday, said", "the study, prepared
			// by the bank's staff, said": a short subject, no quotation
			// before it whose attribution this is
			return o
		}
		if m := s.mentionAt(o - 1); m != nil && m.last == o && participleAside(s, p) {
			return o // "Citicorp, founded in 1812, said", "The executive X, hired from Fiat last year, said": a named subject's participle phrase
		}
		if w := s.w(p); w == "despite" || w == "although" || len(w) > 5 && strings.HasSuffix(w, "ing") && isLowerWord(s.raw(p)) && !speechVerbs[w] {
			// "Multi-Step Products Inc, earlier reporting a loss, said",
			// "The Banking Commission, despite its earlier demand, also said"
			return o
		}
		return 0
	}
	return 0
}

// participleAside reports a past participle at p with a preposition
// after it, opening a phrase set off by commas: "founded in 1812", "hired
// from Fiat" (not a speech verb's "said in").
func participleAside(s *sent, p int) bool {
	w := s.w(p)
	if !strings.HasSuffix(w, "ed") || !isLowerWord(s.raw(p)) || speechVerbs[w] || !isPreposition(s.w(p+1)) {
		return false
	}
	ps := s.parsed()
	return p < len(ps.POS) && (ps.POS[p] == "VBN" || ps.POS[p] == "VBD")
}

// periodOf stand before the period a text covers: "the report for
// 1986", "for calendar 1986".
var periodOf = wordset.Of(map[string]bool{"for": true, "calendar": true, "fiscal": true, "of": true})

// textHeadBefore reports a short subject ending at the comma o whose head
// is a text: "The report,", "The government's economic report for
// calendar 1986," (its topic or period after "for", "on", "of" or
// "about").
func textHeadBefore(s *sent, o int) bool {
	f := s.firstWord()
	if textSources.Has(s.w(o - 1)) {
		return o-f <= 5
	}
	for t := o - 2; t >= f && t >= o-5; t-- {
		if textSources.Has(s.w(t)) {
			w := s.w(t + 1)
			return (w == "for" || w == "on" || w == "of" || w == "about") && t-f <= 5
		}
	}
	return false
}

// placeOfSource reports a name at k, or the list of names it ends, that
// a preposition ties to a source's noun before it: "Officials in France,
// which …, said", "Officials in Malaysia, Indonesia and Thailand, which
// …, said" are the officials, unnamed, not the states.
func (s *sent) placeOfSource(k int) bool {
	for k > 0 && (s.w(k-1) == "," || s.w(k-1) == "and") && k >= 2 && s.mentionAt(k-2) != nil {
		k = s.mentionAt(k - 2).first
	}
	w, n := s.w(k-1), s.w(k-2)
	// (people in the plural: "analyst at Donaldson, Lufkin and
	// Jenrette" after a name is that person's post)
	return k >= 2 && (w == "in" || w == "from" || w == "of" || w == "at") && sourceWord(n) && strings.HasSuffix(n, "s") && s.mentionAt(k-2) == nil
}

// publishedParticiples open a phrase of how a text came out, set off
// after it: "The report, released on Monday, said".
var publishedParticiples = wordset.Of(map[string]bool{"released": true, "published": true, "issued": true, "prepared": true,
	"submitted": true, "presented": true, "compiled": true, "commissioned": true, "written": true, "obtained": true,
	"distributed": true, "circulated": true, "drafted": true, "made": true, "sent": true, "delivered": true})

// sourcePhrase is the description of an unnamed source that is the subject
// of the verb at v: the words from the clause start to v, when they end in
// a source noun ("a high-level diplomatic source", "analysts") or contain
// one followed by a modifier ("sources familiar with the plan").
func sourcePhrase(d *doc, s *sent, v int) (string, bool) {
	if b := s.w(v - 1); b == "and" || b == "but" {
		// "Japanese officials criticised the plan and said", "Several
		// bankers met on Monday but said": the unnamed subject of the
		// first verb speaks, not the words of its predicate
		return coordinatedSource(d, s, v)
	}
	// (the parse is read only when the word after the verb may be a finite
	// verb: no article, pronoun, preposition or mark is one)
	if v > 0 && v+1 < len(s.Tokens) && speechVerbs[s.w(v)] && !neverFinite.Has(s.w(v+1)) && s.w(v+1) != "that" && !strings.ContainsRune(s.w(v+1), '/') && s.w(v+2) != "/" && v+1 < len(s.parsed().POS) && finiteTag(s.parsed().POS[v+1]) {
		// "in what some observers said may represent…", "the level
		// producers said was needed": the claim's subject is the phrase
		// the clause hangs on, so the source is only the noun phrase
		// before the verb, its head a source's noun
		ps := s.parsed()
		h := v - 1
		if !sourceWord(s.w(h)) && !humanNoun(s.w(h)) || s.mentionAt(h) != nil {
			return "", false
		}
		j := h
		for j > 0 && h-j < 5 {
			switch p := ps.POS[j-1]; {
			case s.mentionAt(j-1) != nil:
				j = s.mentionAt(j - 1).first // "An NTT spokesman", "Western diplomats"
				continue
			case p == "JJ" || p == "DT" || p == "PDT" || p == "NN" || p == "NNP" || p == "VBN" && isLowerWord(s.raw(j-1)):
				// (a plural noun before the head is a phrase of its own:
				// "above the level of 51 billion marks dealers said")
				j--
				continue
			}
			break
		}
		return d.body[s.Tokens[j].Start:s.Tokens[h].End], true
	}
	j := v - 1
	for j >= 0 && softTokens.Has(s.w(j)) {
		j--
	}
	end := j
	for j >= 0 && (!s.breaks(j) || s.w(j) == "," && d.placesListed(s, j)) && !(s.w(j) == "and" && j < end && s.mentionAt(j) == nil && !isPreposition(s.w(j+1)) && !d.placesJoined(s, j) && !modifiersJoined(s, j, end)) && !(j < end && speechVerbSet.Has(s.w(j))) {
		// (nor past a speech verb: "One lobbyist … said a Soviet trade
		// team told officials": the team tells)
		// (an "and" inside a name, "the Securities and Exchange
		// Commission", joins nothing, nor one before a second place:
		// "Traders here and in Paris said"; places listed after people do:
		// "Officials in Tokyo and Hong Kong said")
		j--
	}
	start := j + 1
	if start > end {
		return "", false
	}
	for start < end && (s.w(start) == "that" || s.w(start) == "and") {
		start++
	}
	for k := end; k > start; k-- {
		if w := s.w(k); (w == "the" || w == "a" || w == "an") && !isPreposition(s.w(k-1)) && s.w(k-1) != "and" {
			// "…overseas regions in corporate earnings statements the
			// official said" (a comma dropped): the phrase starts at its
			// article, unless a source's noun stands before it ("A
			// communique read over the state-run television")
			if !slices.ContainsFunc(s.Tokens[start:k], func(t segment.Token) bool { return sourceWord(strings.ToLower(t.Text)) }) {
				start = k
			}
			break
		}
	}
	if w := j; w > 0 && s.w(w) == "who" && !s.breaks(w-1) && end-w < 10 {
		// "analysts who follow the industry say": the source is named
		// before its relative clause
		h := w - 1
		for h > 0 && !s.breaks(h-1) && s.mentionAt(h-1) == nil && w-h < 5 {
			h--
		}
		for x := h; x < w; x++ {
			if sourceWord(s.w(x)) && s.mentionAt(x) == nil {
				return d.body[s.Tokens[h].Start:s.Tokens[end].End], true
			}
		}
	}
	for k := start; k <= end; k++ {
		if sourceWord(s.w(k)) || k == end && k > start && end-start < 5 && s.w(k) == "members" && s.mentionAt(k-1) != nil {
			// ("OPEC members said", "consumer ICCO members said": a body's
			// members, unnamed)
			return d.body[s.Tokens[start].Start:s.Tokens[end].End], true
		}
	}
	if start == end && (s.w(start) == "another" || s.w(start) == "others" || s.w(start) == "some" || s.w(start) == "many" || s.w(start) == "several") {
		return d.body[s.Tokens[start].Start:s.Tokens[end].End], true // "Another said", "Some said": more of the sources just quoted
	}
	if h := slices.IndexFunc(s.Tokens[start:min(end+1, start+3)], func(t segment.Token) bool { return humanNoun(strings.ToLower(t.Text)) }); h >= 0 && end-start < 8 &&
		plainPhrase(s, start, end) && s.mentionAt(start) == nil && isPreposition(s.w(start+h+1)) && !functionEnd.Has(s.w(end)) {
		// "trading managers at several companies told Reuters": people
		// named by what they do, then where they do it
		return d.body[s.Tokens[start].Start:s.Tokens[end].End], true
	}
	if w := s.w(start); (w == "a" || w == "an" || w == "one" || w == "another") && firmNouns.Has(s.w(end)) && end-start < 7 && plainPhrase(s, start, end) {
		// "A major French bank said", "a Japanese real estate company
		// said": a firm the text does not name
		return d.body[s.Tokens[start].Start:s.Tokens[end].End], true
	}
	if (humanNoun(s.w(end)) || (s.w(start) == "a" || s.w(start) == "an" || s.w(start) == "one" || s.w(start) == "the") && humanNoun(s.w(end)+"s") && singularNoun(s, end)) && end-start < 6 && plainPhrase(s, start, end) {
		// "Growers said", "a Malaysian rubber disease researcher said"
		// "Growers said", "Political commentators said": people named by
		// what they do, heading the subject
		return d.body[s.Tokens[start].Start:s.Tokens[end].End], true
	}
	head := end
	if end-start > 2 && s.w(end-1) == "of" && isLowerWord(s.raw(end)) && reportingBodies.Has(s.w(end-2)) {
		head = end - 2 // "the Spanish ministry of agriculture said"
	}
	if v := s.w(v); s.w(start) == "the" && end-start < 6 && reportingBodies.Has(s.w(head)) && (v == "said" || v == "says" || v == "reported" || v == "added") &&
		plainPhrase(s, start, end) && !d.bodyNamedBefore(s, s.Tokens[start].Start, s.w(head)) {
		// "the Argentine grain board said", "the state planning agency
		// said": a body the article does not name (one it names is the
		// body the words stand for, found or not)
		return d.body[s.Tokens[start].Start:s.Tokens[end].End], true
	}
	if vw := s.w(v); end-start < 6 && (pluralBodies.Has(s.w(end)) && s.mentionAt(end) == nil && (vw == "said" || vw == "says" || vw == "added" || vw == "told") || courtFilings.Has(s.w(end)) && (s.w(start) == "the" || s.w(start) == "its" || s.w(start) == "their")) && plainPhrase(s, start, end) {
		// "Consumer associations said", "farm groups said": bodies of a
		// kind, no one body (with a plain verb of saying: not "donor
		// countries and agencies noted with satisfaction"); "the suit
		// alleged", "its complaint said": a filing states its party's
		// case, unnamed like a statement
		return d.body[s.Tokens[start].Start:s.Tokens[end].End], true
	}
	for k := start + 2; k < end && end-start < 10; k++ {
		if s.w(k) == "by" && sourceOf(s, k) {
			return d.body[s.Tokens[start].Start:s.Tokens[end].End], true // "Shipowners polled by Reuters said": those asked, whole
		}
	}
	return "", false
}

// neverFinite are words the tagger never reads as a finite verb: what
// follows "said" in most claims ("said the", "said it", "said on").
var neverFinite = wordset.Of(map[string]bool{"the": true, "a": true, "an": true, "it": true, "he": true, "she": true, "they": true,
	"we": true, "i": true, "you": true, "there": true, "this": true, "these": true, "those": true, "its": true, "his": true,
	"her": true, "their": true, "our": true, "in": true, "on": true, "at": true, "for": true, "to": true, "of": true, "by": true,
	"with": true, "from": true, ",": true, ".": true, ":": true, "\"": true, "“": true, "”": true, "'": true, "yesterday": true, "today": true})

// bodyNamedBefore reports an organisation named in the article before
// offset: what "the agency" or "the board" may stand for, though the
// words do not say which ("Statistics Canada … the federal agency said").
func (d *doc) bodyNamedBefore(s *sent, offset int, noun string) bool {
	for _, f := range d.sents {
		if f.idx > s.idx {
			break
		}
		for _, m := range f.mentions {
			if m.m.Start >= offset {
				break
			}
			if e := d.ents[m.ent]; e.Type == graph.Organization && (noun != "ministry" || publicBody(e.Name) || d.fits(m.ent, noun)) {
				return true // (a firm is no ministry: "Prices are stable, Acme Corp said. The ministry said")
			}
		}
	}
	return false
}

// reportingBodies head a description of a body that reports: "the grain
// board", "the statistics office".
var reportingBodies = wordset.Of(map[string]bool{"board": true, "agency": true, "ministry": true, "office": true, "bureau": true,
	"commission": true, "council": true, "institute": true, "association": true, "federation": true, "authority": true,
	"committee": true, "panel": true})

// pluralBodies head a description of several bodies of a kind: "consumer
// associations", "the farm groups".
var pluralBodies = wordset.Of(map[string]bool{"associations": true, "organizations": true, "organisations": true,
	"agencies": true, "committees": true, "groups": true, "federations": true, "unions": true})

// courtFilings state their filer's case: "the suit said".
var courtFilings = wordset.Of(map[string]bool{"suit": true, "lawsuit": true, "complaint": true})

// singularNoun reports a common noun in the singular at k by the parse's
// tag, not a comparative or adverb in "-er" ("the company further said").
func singularNoun(s *sent, k int) bool {
	p := s.parsed()
	return p != nil && k < len(p.POS) && p.POS[k] == "NN" && !timeNouns.Has(s.w(k))
}

// timeNouns end in "-er" and name a time, no one: "The government last summer said".
var timeNouns = wordset.Of(map[string]bool{"summer": true, "winter": true, "quarter": true, "september": true, "october": true, "november": true, "december": true})

// functionEnd are words no subject ends with.
var functionEnd = wordset.Of(map[string]bool{"and": true, "or": true, "to": true, "that": true, "of": true, "the": true, "a": true})

// plainPhrase reports words start..end with no verb, auxiliary or
// clause break among them: a noun phrase, not "Several lawmakers have
// argued the bill made concessions to Reagan and".
func plainPhrase(s *sent, start, end int) bool {
	for k := start; k <= end; k++ {
		if s.breaks(k) || auxiliaries.Has(s.w(k)) || speechVerbs[s.w(k)] || s.w(k) == "that" || s.w(k) == "who" || s.w(k) == "which" {
			return false
		}
		if p := s.parsed(); p != nil && k < len(p.POS) && (strings.HasPrefix(p.POS[k], "VB") && p.POS[k] != "VBN" && p.POS[k] != "VBG") {
			return false
		}
	}
	return true
}

// revealVerbs show what their subject holds; shownByNouns are the
// surveys and figures that show it, with no one saying it.
var (
	revealVerbs  = wordset.Of(map[string]bool{"reveals": true, "revealed": true, "reveal": true})
	shownByNouns = wordset.Of(map[string]bool{"survey": true, "surveys": true, "poll": true, "polls": true, "figures": true,
		"data": true, "statistics": true, "census": true})
)

// humanSuffixes end plural nouns of people by what they do: "growers",
// "legislators", "strategists".
var humanSuffixes = []string{"ists", "ers", "ors", "men"} // "seamen", "businessmen"

// notHuman are words with those endings that name no one: "others" do
// speak, "numbers" and "orders" do not.
var notHuman = wordset.Of(map[string]bool{
	"numbers": true, "orders": true, "papers": true, "letters": true, "matters": true, "offers": true,
	"figures": true, "factors": true, "sectors": true, "terms": true, "members": true, "powers": true,
	"borders": true, "quarters": true, "centers": true, "waters": true, "headquarters": true, "errors": true,
	"lists": true, "colors": true, "colours": true,
	"barriers": true, "interiors": true, "transfers": true, "towers": true, "mirrors": true,
	"formers": true, "latters": true, "chapters": true, "corners": true, // "the former said"
	"regimen": true, "abdomen": true, "acumen": true, "specimen": true, "hymen": true,
})

// sourceWord reports a noun heading the description of an unnamed source:
// one of sourceNouns in either number ("specialist", "reports").
func sourceWord(w string) bool {
	return sourceNouns.Has(w) || sourceNouns.Has(w+"s") || sourceNouns.Has(strings.TrimSuffix(w, "s"))
}

// humanNoun reports a plural noun of people by what they do ("growers",
// "legislators", "strategists"), by its ending.
func humanNoun(w string) bool {
	if notHuman.Has(w) || len(w) < 6 || !isLowerWord(w) {
		return false
	}
	for _, x := range humanSuffixes {
		if strings.HasSuffix(w, x) {
			return true
		}
	}
	return false
}

// resumesAfter reports a verb right after the comma at e: the clause the
// relative clause interrupted goes on.
func (s *sent) resumesAfter(e int) bool {
	ps := s.parsed()
	return e+1 < len(ps.POS) && (strings.HasPrefix(ps.POS[e+1], "VB") || ps.POS[e+1] == "MD")
}

// pastAside is the last token of the name before an aside set off by
// dashes that ends at j ("Supermarkets General -- responding to a
// previous letter to its board by Dart -- said": the firm, not Dart); j
// when no such aside ends there.
func (s *sent) pastAside(j int) int {
	if !dash(s.w(j)) {
		return j
	}
	for o := j - 1; o > 0 && o >= j-25; o-- {
		if dash(s.w(o)) {
			if m := s.mentionAt(o - 1); m != nil && m.last == o {
				return o - 1
			}
			return j
		}
	}
	return j
}

// dash reports a dash that sets off an aside: "--", "—", "–".
func dash(w string) bool { return w == "--" || w == "—" || w == "–" }

// editionOf is the paper named right before "edition" at j, an
// adjective or two between: "the People's Daily domestic edition", "the
// Asahi Shimbun's evening edition"; nil for none.
func editionOf(s *sent, j int) *mention {
	if s.w(j) != "edition" {
		return nil
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if m := s.mentionAt(k); m != nil {
			return m
		}
		if !isLowerWord(s.raw(k)) && s.w(k) != "'s" {
			return nil
		}
	}
	return nil
}

// verbAfterComma reports a comma from token k on with a finite verb right
// after it: where a clause set off by commas gives way to its main verb.
func (s *sent) verbAfterComma(k int) bool {
	ps := s.parsed()
	for j := k; j+1 < len(ps.POS); j++ {
		if s.w(j) == "," && finiteTag(ps.POS[j+1]) {
			return true
		}
	}
	return false
}

// peopleBeforeWho is the description of unnamed people a relative clause
// of speech at verb v follows: "Brazilian seamen, who say …" (the people
// named by what they do, a demonym before them only saying whose).
func peopleBeforeWho(d *doc, s *sent, v int) (string, bool) {
	h := v - 3
	if h < 0 || s.w(v-1) != "who" || s.w(v-2) != "," || s.mentionAt(h) != nil || !humanNoun(s.w(h)) || !isLowerWord(s.raw(h)) {
		return "", false
	}
	start := h
	for start > 0 && !s.breaks(start-1) && h-start < 4 && (s.mentionAt(start-1) != nil || isLowerWord(s.raw(start-1)) && !isPreposition(s.w(start-1))) {
		start--
		if m := s.mentionAt(start); m != nil {
			start = m.first
		}
	}
	return d.body[s.Tokens[start].Start:s.Tokens[h].End], true
}

// reported reads claims in one sentence: "<X> claims <claim>", "<X> told
// <Y> that <claim>", "<unnamed source> say <claim>", "according to <X>".
// The lists reported reads every word of a sentence against, as word
// sets: a look-up costs a fraction of a map's.
var (
	speechVerbSet   = wordset.Of(speechVerbs)
	thatVerbSet     = wordset.Of(thatVerbs)
	pluralSpeechSet = wordset.Of(pluralSpeech)
)

func (r *Relater) reported(d *doc, s *sent, taken map[int]bool, articleID string, c *claims) {
	for k := range s.Tokens {
		if m := s.mentionAt(k); m != nil && m.first < k && k < m.last-1 && !isLowerWord(s.raw(k)) {
			continue // a word inside a name is no verb: "Mana Said al-Oteiba met" (one that ends it may be: "Rabobank Nederland B.A. Said it")
		}
		if revealVerbs.Has(s.w(k)) && k > 0 && shownByNouns.Has(s.w(k-1)) {
			continue // "…, the survey reveals": a survey or figures that show, no one saying (GUIDE.md: a poll that "shows" figures gives no quote)
		}
		if s.w(k) == "according" && s.w(k+1) == "to" && !insideQuote(c, s.Tokens[k].Start) {
			j := k + 2
			if s.w(j) == "the" {
				j++
			}
			m := r.nameAt(d, s, j)
			if p := s.mentionAt(j + 1); m == nil && p != nil && d.ents[p.ent].Type == graph.Person && isLowerWord(s.raw(j)) && (sourceWord(s.w(j)) || r.titleKind(s.w(j)) != kindNone) {
				m = p // "according to spokesman Ian Ferrier"
			}
			for n := j + 2; m == nil && n <= j+3 && n < len(s.Tokens); n++ {
				// "according to company spokesman Edd Snyder": lower-case
				// words, a source's noun or title last, then the person
				if !isLowerWord(s.raw(n-1)) || s.mentionAt(n-1) != nil {
					break
				}
				if p := s.mentionAt(n); p != nil && p.first == n && d.ents[p.ent].Type == graph.Person && (sourceWord(s.w(n-1)) || r.titleKind(s.w(n-1)) != kindNone) &&
					isLowerWord(s.raw(j)) && s.mentionAt(j) == nil {
					m = p
				}
			}
			if p := s.mentionAt(j + 1); m == nil && p != nil && p.first == j+1 && p.m.Label != graph.LabelMISC && speaks(d.ents[p.ent].Type) && isLowerWord(s.raw(j)) && (sourceWord(s.w(j)) || humanNoun(s.w(j))) {
				m = p // "according to stockbrokers Wood Mackenzie and Co": the firm its trade's word opens (not a demonym: "official Yugoslav figures")
			}
			if m != nil && m.first == j && d.ents[m.ent].Type != graph.Person {
				if p := r.titledAfterBody(d, s, m.last); p != nil {
					m = p // "according to Oppenheimer and Co strategist Michael Metz": the person, not his firm
				}
			}
			if m == nil {
				// "according to preliminary figures published by the Central
				// Statistical Office", "according to a survey by X": the body
				// that published them
				for n := j; n < len(s.Tokens)-1 && n < j+8 && !s.breaks(n); n++ {
					if s.w(n) == "by" && polledWords.Has(s.w(n-1)) {
						break // "according to analysts polled by Reuters": those asked speak, unnamed, not the one who asked them
					}
					if s.w(n) == "by" || s.w(n) == "from" && bodyTexts.Has(s.w(n-1)) { // (and "a report from the Agriculture Department")
						if b := r.nameAt(d, s, n+1+b2i(s.w(n+1) == "the")); b != nil && speaks(d.ents[b.ent].Type) && (s.w(n) == "by" || b.last >= len(s.Tokens) || !isLowerWord(s.raw(b.last))) {
							// (not "a report from the U.S. agriculture counselor": a
							// name that only qualifies the one it is from)
							m = b
						}
						break
					}
				}
			}
			speaker, source := "", ""
			if m != nil {
				speaker = d.ents[m.ent].ID
			} else if e := d.describedAfterTo(s, j, c); e >= 0 {
				speaker = d.ents[e].ID // "according to the company": the body it stands for, as in "the company said"
			} else if src, ok := nounPhraseAt(d, s, j); ok {
				source = src
			} else {
				continue
			}
			// a closing "…, according to X." or "…, according to X, an
			// analyst at Y." is the attribution, not the claim; after an
			// opening "According to X, …" the claim is the clause after
			// the comma that closes X's description
			start, end := s.Start, s.End
			f := s.tokenFrom(s.afterDateline())
			if k > f+2 && s.w(k-1) == "," && (!strings.ContainsAny(d.body[s.Tokens[k].Start:s.End], ",;") || r.sourceToEnd(s, k+2)) {
				end = s.Tokens[k-1].Start
			} else if k == f || k == f+1 && (s.w(f) == "but" || s.w(f) == "and") {
				if n := r.claimAfterSource(s, k+2); n > 0 && !insideQuote(c, s.Tokens[n].Start) {
					start = s.Tokens[n].Start
				}
			}
			r.addClaim(d, s, c, articleID, claim{start: start, end: end, speaker: speaker, according: true, sentStart: s.Start, sentEnd: s.End}, source, d.speechDate(s, k, k, k))
			continue
		}
		w := s.w(k)
		point := w == "pointed" || (w == "point" || w == "points") && k > 0 && !s.breaks(k-1) && s.w(k-1) != "the" && s.w(k-1) != "a" // ("traders point out", not "the point out of")
		pointed := point && s.w(k+1) == "out" && (s.w(k+2) == "that" || s.nounClause(k+2))                                            // "pointed out (that) debtor nations are expected to grow"
		pointedEnd := point && s.w(k+1) == "out" && (s.w(k+2) == "." || k+2 >= len(s.Tokens))                                         // "<claim>, X pointed out."
		// "…, the Reagan administration announced.": a verb of
		// announcing closes the sentence's claim
		closing := w == "add" && s.w(k-2) == "," && subjectPronouns.Has(s.w(k-1)) && (s.w(k+1) == "." || k+1 >= len(s.Tokens)) || // "…, they add.": present, closing its claim
			thatVerbSet.Has(w) && !thatOnly.Has(w) && (s.w(k+1) == "." || k+1 >= len(s.Tokens) || s.w(k-1) == "," && s.w(k+1) != "," && adverbialToEnd(d, s, k+1) || w == "reported" && s.w(k-1) != "," && s.w(k+1) != "," && adverbialToEnd(d, s, k+1) ||
				s.w(k+1) == "," && (s.w(k+2) == "citing" || s.w(k+2) == "quoting")) && s.w(k-1) != "not" // ("…, the newspaper Asahi Shimbun reported, citing company sources")
		if (w == "quoted" || w == "cited") && s.mentionAt(k+1) != nil && !insideQuote(c, s.Tokens[k].Start) {
			// "The Manila Standard quoted X, the bank's representative, as
			// saying <claim>": X speaks
			m := s.mentionAt(k + 1)
			for n := m.last; n < len(s.Tokens)-2 && n < m.last+16 && s.w(n) != ";"; n++ {
				if from := quotedAsSaying(s, n); from > 0 && from < len(s.Tokens) && speaks(d.ents[m.ent].Type) {
					who := m.ent
					if p := d.titledPerson(s, m.last, n); p >= 0 {
						who = p // "quoted Liberal Democratic Party secretary general Noboru Takeshita as telling": the person the title is of
					}
					r.addClaim(d, s, c, articleID, claim{start: s.Tokens[from].Start, end: s.End, speaker: d.ents[who].ID, verb: k}, "", d.speechDate(s, k, max(0, k-3), k+1))
					break
				}
			}
			continue
		}
		if (w == "quoted" || w == "cited") && s.w(k-1) != "was" && s.w(k-1) != "were" && !(s.w(k-1) == "also" && (s.w(k-2) == "was" || s.w(k-2) == "were")) && !insideQuote(c, s.Tokens[k].Start) {
			// "quoted him as saying", "quoted a Foreign Ministry spokesman
			// in Tehran as saying": a pronoun is the person who spoke last,
			// a description an unnamed source; "cited" the same, and no
			// claim without "as saying" ("cited the firm's offer")
			for n := k + 2; n < len(s.Tokens)-2 && n < k+16 && !s.breaks(n) || s.w(n) == ","; n++ {
				from := quotedAsSaying(s, n)
				if from == 0 || s.w(n+1) == "telling" {
					continue
				}
				speaker, source := "", ""
				if h := s.w(k + 1); h == "him" || h == "her" {
					if e := d.lastSpeaker(c); e >= 0 && d.ents[e].Type == graph.Person && c.lastSource(s.Start) == "" {
						speaker = d.ents[e].ID
					} else if e := d.pronoun(s, k+1, c); e >= 0 {
						speaker = d.ents[e].ID
					} else {
						source = c.lastSource(s.Start)
					}
				} else if sp, _ := d.quotedPhrase(s, k+1, n, c); sp != "" {
					speaker = sp // "quoted federation chairman Yoshiro Araki as saying"
				} else if src, ok := sourceAfter(d, s, k+1); ok {
					source = src
				} else {
					_, source = d.quotedPhrase(s, k+1, n, c)
				}
				if (speaker != "" || source != "") && from < len(s.Tokens) {
					r.addClaim(d, s, c, articleID, claim{start: s.Tokens[from].Start, end: s.End, speaker: speaker, verb: k}, source, d.speechDate(s, k, max(0, k-3), k+1))
				}
				break
			}
			continue
		}
		if w == "said" && s.w(k+1) == "to" && (s.w(k+2) == "be" || s.w(k+2) == "have" || reportedAbout(s, k)) {
			continue // "among the countries said to favour cuts", "officials said to have played leading roles": a report about them, no claim of theirs
		}
		if w == "said" && (s.w(k+1) == "to" || s.w(k+1) == "by") && beForms.Has(s.w(k-1)) {
			// "Dole is said to have thrown his support behind Karnes": a
			// report of no one, about him; "The Fund is said by bankers to
			// be worried": the bankers' report about the Fund, whose words
			// these are not (the report, in two pieces around its
			// attribution, is not taken)
			continue
		}
		if w == "say" && (s.w(k-1) == "not" || s.w(k-1) == "to" && unsaidWords.Has(s.w(k-2))) {
			continue // "was unable to say whether", "declined to say", "would not say": nothing said
		}
		if pluralSpeechSet.Has(w) && (s.w(k-1) == "to" || futureModals.Has(s.w(k-1))) || w == "tell" && (s.w(k-1) == "to" || s.w(k-1) == "will" || s.w(k-1) == "shall") {
			continue // "planned to contend", "will argue", "will tell its creditors": said later, if at all
		}
		rumour := (w == "denied" || w == "denies" || w == "rejected" || w == "dismissed") && rumourClaim(s, k+1) > 0
		// "announced previously it was seeking approval": an adverb of
		// saying between the verb and its clause
		adverbClause := thatVerbSet.Has(w) && s.claimAdverb(k+1) && (s.w(k+2) == "that" || s.nounClause(k+2))
		// "notified the union the company will close", "assured a meeting
		// of trade ministers it is making every effort": a hearer, then
		// the claim
		hearer := 0 // where a hearer verb's claim starts
		if hearerVerbs.Has(w) || warnVerbs.Has(w) && !notHearers.Has(s.w(k+1)) {
			// (not "warned that", "warned of", "warned against": no hearer,
			// and no parse of the sentence to look for one)
			hearer = s.hearerClause(k)
		}
		informed := hearer > 0
		feeling := 0 // "expressed concern that …"
		if len(w) >= 6 && (w[0] == 'e' && w[1] == 'x' || w[0] == 'v' && w[1] == 'o') {
			feeling = feelingThat(s, k)
		}
		if !speechVerbSet.Has(w) && !(thatVerbSet.Has(w) && (s.w(k+1) == "that" || s.nounClause(k+1) || thatAfterPhrase(s, k+1) > 0 || estimateAt(s, k) || predictedChange(s, k))) && !s.presentThatVerb(k) && !adverbClause && !informed && !pointed && !pointedEnd && !closing && !rumour && feeling == 0 || taken[k] || insideQuote(c, s.Tokens[k].Start) {
			continue
		}
		if !informed && warnVerbs.Has(w) && warnedToAct(s, k) {
			continue // "cautioned the Fed board to take account of", "warned Congress against measures": advice to act, no claim
		}
		if k >= 2 && s.w(k-1) == "and" && (s.w(k-2) == "--" || s.w(k-2) == "—" || s.w(k-2) == ")") && !s.finiteBetween(s.firstWord(), k-1) {
			// "Dry weather in Argentina -- a major corn supplier to the USSR --
			// and reported crop problems prompted …": a second subject after a
			// set-off phrase, no verb of a clause the saying would share
			continue
		}
		if w != "saying" && w != "telling" && s.w(k-1) == "as" && quotedAsSaying(s, k-1) > 0 && slices.ContainsFunc(s.lw[max(0, k-16):k-1], func(x string) bool { return x == "quoted" || x == "cited" }) {
			continue // "quoted him as noting that …": read with "quoted", whose object speaks
		}
		quoted := w == "saying" && s.w(k-1) == "as" && s.w(k-2) == "quoted" // "X was quoted as saying"
		if w == "saying" && s.w(k-1) == "as" && !quoted {
			// "Baker was quoted on British television as saying": the
			// passive's subject, past the phrases between
			for q := k - 3; q > 0 && q >= k-14 && !s.breaks(q); q-- {
				b := q - 1 // the passive's "was"
				if w := s.w(b); w == "also" || w == "later" || w == "widely" {
					b-- // "Fernandez was also quoted in the statement as saying"
				}
				if s.w(q) == "quoted" && (s.w(b) == "was" || s.w(b) == "were") {
					speaker, source := "", ""
					if e, _ := d.subject(s, b, c); e >= 0 {
						speaker = d.ents[e].ID
					} else if src, ok := sourcePhrase(d, s, b); ok {
						source = src // "a Chinese bank official was quoted by the China Daily as saying"
					} else if t := describedBefore(s, b-1); t >= 0 && r.titleKind(s.w(b-1)) != kindNone && isLowerWord(s.raw(b-1)) {
						source = d.body[s.Tokens[t].Start:s.Tokens[b-1].End] // "The Iranian spokesman was quoted"
					}
					switch {
					case speaker == "" && source == "":
					case k+2 < len(s.Tokens) && s.w(k+1) != ".":
						from := k + 1 + b2i(s.w(k+1) == "that")
						r.addClaim(d, s, c, articleID, claim{start: s.Tokens[from].Start, end: s.End, speaker: speaker, verb: k}, source, d.speechDate(s, k, max(0, b-2), k+1))
					default:
						// "<claim>, a bank official was quoted by the China
						// Daily as saying."
						if end, ok := trailingClaim(s, b-1); ok && !quotedWhole(d.body[s.afterDateline():end]) {
							r.addClaim(d, s, c, articleID, claim{start: s.afterDateline(), end: end, speaker: speaker, verb: k}, source, d.speechDate(s, k, max(0, b-2), k+1))
						}
					}
					break
				}
			}
			continue
		}
		if n := s.w(k + 1); (w == "claim" || w == "claims") && strings.HasPrefix(s.parsed().POS[k], "NN") && (n == "for" || n == "of" || n == "to" || n == "on" || n == "against" || n == "by") {
			continue // "a Soviet claim for a 1986 grain harvest": a noun, nothing said after it
		}
		if (w == "notes" || w == "note") && s.w(k-1) == "and" && strings.HasPrefix(s.parsed().POS[k], "NN") && (s.w(k+1) == "." || k+1 >= len(s.Tokens)) {
			continue // "for three mln dlrs in cash, stock and notes.": the debt paper, no one noting
		}
		if (w == "wrote" || w == "write" || w == "writes" || w == "written") && (s.w(k+1) == "off" || s.w(k+1) == "down") {
			continue // "wrote off loans": an accounting act, no writing
		}
		if (w == "warned" || w == "warns" || w == "warning") && (s.w(k+1) == "against" || s.w(k+1) == "of") {
			continue // "warned against expecting a turnaround", "warned of shortages": a caution, no claim
		}
		if p := s.w(k - 1); p == "not" || p == "n't" || p == "never" || p == "nor" || p == "neither" ||
			(w == "reports" || w == "report") && (p == "confirm" || p == "deny" || p == "denied" || p == "confirmed" || p == "dismissed" || p == "the" || p == "these" || p == "those" || p == "such" || p == "press") {
			// "would not say whether the board will vote", "could neither
			// confirm nor deny reports that …" (the noun, no one reporting):
			// nothing claimed
			continue
		}
		// "issued a statement saying …", "sent a telex saying …", "is
		// saying …": the participle reports what the clause's subject says
		issued := w == "saying" && (sayingNouns.Has(s.w(k-1)) || progressiveBe(s, k) > 0) && s.w(k+1) != ","
		if w == "adding" && s.w(k+1) == "to" && !pressHearers.Has(s.w(k+2)) && !slices.Contains(s.lw[k+1:min(k+8, len(s.lw))], "that") {
			continue // "raising prices, adding to the pressure on rivals": a sum added to, nothing said
		}
		if (w == "saying" || w == "adding") && (s.w(k-1) != "," && !(w == "saying" && s.w(k-1) == "by") || s.w(k+1) == ",") && !quoted && !issued {
			continue // `…, adding, "…"`: the quotation's attribution ("responded by saying" claims, as ", saying" does)
		}
		j := s.pastAside(s.skipTicker(k - 1))
		if s.w(k-1) == "," && s.w(k-2) == ")" {
			if o := s.skipTicker(k - 2); o < k-2 && s.pastPartyTag(o+1) == k-1 {
				j = o // "Rep. Hal Daub (R-Nebr.), said": the legislator before his bracket and the wire's comma
			}
		}
		for j >= 0 && (softTokens.Has(s.w(j)) || isDateToken(s, j) || datePreps.Has(s.w(j)) && isDateToken(s, j+1)) {
			j = s.skipTicker(j - 1) // ("Cathay on Monday reported", "last week")
		}
		if s.w(j) == ")" && s.w(j-2) == "(" && s.mentionAt(j-3) != nil {
			j -= 3 // "the National Association of Purchasing Management (NAPM) said"
		} else if s.w(j-1) == "(" && s.w(j+1) == ")" && s.mentionAt(j-2) != nil {
			j -= 2 // the acronym in brackets read as a name: the name before it
		} else if s.w(j-1) == "(" && s.w(j+1) == ")" && s.w(j-2) == ">" {
			j = s.skipTicker(j - 2) // "<Gulf International Bank BSC> (GIB) said": the bracketed name before its acronym
		}
		if q := s.w(j - 1); (q == "\"" || q == "”") && j == k-1 {
			continue // `…," he said three times`: the attribution of the quotation before
		}
		speaker, source := "", ""
		if quoted {
			q := k - 2
			if e, _ := d.subject(s, q, c); e >= 0 {
				speaker = d.ents[e].ID
			} else if src, ok := sourcePhrase(d, s, q-1); ok {
				source = src // "a senior official was quoted as saying": an unnamed source
			} else if t := describedBefore(s, q-2); t >= 0 && r.titleKind(s.w(q-2)) != kindNone && isLowerWord(s.raw(q-2)) {
				source = d.body[s.Tokens[t].Start:s.Tokens[q-2].End] // "The Iranian spokesman was quoted as saying"
			} else {
				continue
			}
		} else if src, ok := issuedBy(d, s, k-1, issued); ok {
			source = src // "Following meetings with Leahy, the groups issued a statement saying": the groups, unnamed
		} else if src, ok := andSaidSource(d, s, k); ok {
			source = src // "French farmers hesitated …, but said": the people, unnamed, not the country their adjective names
		} else if e := d.andSaidDescribed(s, k, c); e >= 0 {
			speaker = d.ents[e].ID // "The government froze wages and said": the state or body the description stands for
		} else if last := len(c.spans) - 1; (w == "adding" || w == "noting") && last >= 0 && c.spans[last].start >= s.Start && c.spans[last].end <= s.Tokens[k].Start && c.spans[last].speaker != "" {
			speaker = c.spans[last].speaker // "X said …, adding that …": the same speaker
		} else if (w == "adding" || w == "noting") && s.w(k-1) == "," && c.unnamedBefore(s, k) != "" {
			source = c.unnamedBefore(s, k) // "…, officials said, adding that …": the same unnamed source, not a name in the claim
		} else if sp, src, ok := c.coordinatedSpeaker(s, k); ok {
			speaker, source = sp, src // "The Soviet official said that …, but said that …": the one the first verb names
		} else if s.w(k-1) == "," && strings.HasSuffix(w, "ing") && thatVerbSet.Has(w) {
			// "Guinness sued Boesky, alleging <claim>": the claim of the
			// main clause's subject (its speaker or unnamed source, when
			// the sentence already quotes it: "business leaders said they
			// favoured a return, arguing that")
			if last := len(c.quotes) - 1; last >= 0 && c.quotes[last].Evidence.Start >= s.Start && c.quotes[last].Evidence.Start < s.End {
				speaker, source = c.quotes[last].Speaker, c.quotes[last].UnnamedSpeaker
			} else if sp, src, ok := d.mainClauseSpeaker(s, k); ok {
				speaker, source = sp, src
			} else {
				continue
			}
			if speaker == "" && source == "" {
				continue
			}
		} else if w == "saying" || w == "adding" || w == "noting" {
			// "<X> blamed Cairo, saying <claim>": the main clause's subject
			if src, ok := coordinatedSource(d, s, k); ok {
				source = src // "U.S. officials refused to give details, saying", "USDA officials rejected it, saying": the officials, unnamed
			} else if e := d.clauseSubject(s, k, true); e >= 0 {
				speaker = d.ents[e].ID
			} else if b := progressiveBe(s, k); b > 0 && w == "saying" {
				// "Traders were saying the price would rise", "analysts are
				// now saying": the progressive's unnamed subject
				if src, ok := sourcePhrase(d, s, b); ok {
					source = pastSubordinator(src)
				} else {
					continue
				}
			} else {
				continue
			}
		} else if inv, src, ok := r.invertedSpeaker(d, s, k); ok && s.w(k-1) == "," {
			// "<claim>, said Jon Keller, chairman of Halvard Corp."
			if end, ok := trailingClaim(s, k-1); ok {
				r.addClaim(d, s, c, articleID, claim{start: s.afterDateline(), end: end, speaker: inv, verb: k}, src, d.speechDate(s, k, k+1, k+4))
			}
			continue
		} else if p := d.nameAfterDescription(s, k); p != nil {
			// "Ecopetrol chief of security, Retired General Carlos Narvaez,
			// said": the person the opening description names
			speaker, j = d.ents[p.ent].ID, p.first
		} else if p := d.unclosedApposition(s, k, r.personNoun); p != nil {
			// "<claim>, Milton Hertz, administrator for USDA's Agricultural
			// Stabilization and Conservation Service said": the person, whose
			// apposition the wire did not close before the verb
			speaker, j = d.ents[p.ent].ID, p.first
		} else if by := reportsBy(d, s, j); by != nil {
			speaker = d.ents[by.ent].ID
		} else if st := d.administration(s, j); st >= 0 {
			speaker = d.ents[st].ID // "…, the Reagan administration announced": the state speaks
		} else if m := s.mentionAt(j - 1); s.w(j) == "administration" && m != nil && m.last == j && d.ents[m.ent].Type == graph.Person && !d.sourceBefore(s, m) {
			// the state not named in the article: an unnamed source
			source = strings.TrimPrefix(d.body[s.Tokens[m.first].Start:s.Tokens[j].End], "the ")
			source = "the " + source
		} else if a, noun, ok := d.textAbout(s, j); ok {
			// "A World Bank report on Peru has said": the text's author
			// speaks, not what it is about; with none named, the text
			if a >= 0 {
				speaker = d.ents[a].ID
			} else if t := determinerBefore(s, noun); t >= 0 {
				source = d.body[s.Tokens[t].Start:s.Tokens[noun].End]
			} else {
				continue
			}
		} else if m := s.mentionAt(j); m != nil && placeType(d.ents[m.ent].Type) && d.ents[m.ent].Type != graph.Country && m.last == j+1 &&
			(s.w(m.first-1) == "in" || s.w(m.first-1) == "at") && s.mentionAt(m.first-2) != nil && s.mentionAt(m.first-2).last == m.first-1 &&
			speaks(d.ents[s.mentionAt(m.first-2).ent].Type) && !sourceOf(s, d.titleStart(s, s.mentionAt(m.first-2).first)-1) {
			p := s.mentionAt(m.first - 2)
			speaker, j = d.ents[p.ent].ID, p.first // "Merrill Lynch in London said": the firm, where it speaks from
		} else if m := s.mentionAt(j); m != nil && placeType(d.ents[m.ent].Type) && m.last == j+1 && s.w(m.first-1) == "of" &&
			s.mentionAt(m.first-2) != nil && s.mentionAt(m.first-2).last == m.first-1 && d.ents[s.mentionAt(m.first-2).ent].Type == graph.Person {
			p := s.mentionAt(m.first - 2)
			speaker, j = d.ents[p.ent].ID, p.first // "Senator Lloyd Bentsen of Texas said": the person, from where he is
		} else if m := s.mentionAt(j); m != nil && speaks(d.ents[m.ent].Type) && !d.sourceBefore(s, m) {
			speaker = d.ents[m.ent].ID
			if o := d.homeOf(s, m); o != nil {
				speaker = d.ents[o.ent].ID // "Airship Industries Ltd of the U.K. said": the firm, not its home
			}
			of := pairedBefore(s, m.first-1, func(f *mention) bool { return d.ents[f.ent].Type != graph.Person })
			if s.w(of) == "the" {
				of-- // "President Corazon Aquino of the Philippines said"
			}
			if (s.w(of) == "brokers" || s.w(of) == "stockbrokers" || s.w(of) == "brokerage") && s.w(of-1) == "of" {
				of-- // "Analyst Paul Spedding of brokers Kleinwort Grieveson noted"
			}
			if p := s.mentionAt(of - 1); p != nil && s.w(of) == "of" && d.ents[p.ent].Type == graph.Person && d.ents[m.ent].Type != graph.Person {
				speaker = d.ents[p.ent].ID // "Jon Vik of Halvard Corp said": the person
			}
			if p := s.mentionAt(m.first - 2); p != nil && (s.w(m.first-1) == "in" || s.w(m.first-1) == "at") && speaks(d.ents[p.ent].Type) && p.last == m.first-1 {
				speaker = d.ents[p.ent].ID // "Democrats in Congress said": the subject, not where it sits
			}
			if p := d.personBeforeApposition(s, m); p != nil {
				speaker, j = d.ents[p.ent].ID, p.first // "…, Dharyono Kertosastro, chairman of the Association …, told Reuters."
			} else if p := personOfUnit(d, s, m); p != nil {
				speaker, j = d.ents[p.ent].ID, p.first // "Jose Melicias from the research department of Drexel Burnham Lambert said"
			}
		} else if m := s.mentionAt(j); m != nil && speaks(d.ents[m.ent].Type) && d.sourceBefore(s, m) && d.appositionSpeaker(s, k) == nil {
			// "A top official with the SEC said": the unnamed official
			// speaks, not the body he works for
			src, ok := sourcePhrase(d, s, k)
			if !ok {
				src = workerOf(d, s, m) // "a spokesman for the Central Bureau of Statistics (SCB)"
			}
			source = src
		} else if p := d.appositionSpeaker(s, k); p != nil {
			speaker, j = d.ents[p.ent].ID, p.first // "…, Jon Vik, a director of Halvard Corp, said."
			if d.sourceBefore(s, p) && s.w(p.last) == "," && (s.w(p.last+1) == "who" || s.w(p.last+1) == "which") {
				// "A close aide to Nakasone, who asked not to be named,
				// said": the clause describes the aide, unnamed, not the
				// one he serves
				speaker, source = "", workerOf(d, s, p)
			}
		} else if src, ok := peopleBeforeWho(d, s, k); ok {
			source = src // "Brazilian seamen, who say their wages are too low,": the unnamed seamen, not Brazil
		} else if q := c.coordinatedClaimant(d, s, j); q != nil {
			// "\"…,\" said one arbitrager, but he speculated …", "A VW
			// spokesman said …, but he confirmed …": the one who spoke in
			// the clause before
			speaker, source = q.Speaker, q.UnnamedSpeaker
		} else if e, _ := d.subject(s, k, c); e >= 0 {
			speaker = d.ents[e].ID
		} else if e := d.kindPhraseBody(s, j); e >= 0 && j == s.skipTicker(k-1) {
			speaker = d.ents[e].ID // "The DIW economic research institute said", "the HWWA institute in Hamburg said"
		} else if e := d.describedSpeaker(s, j, c); e >= 0 && describedBefore(s, j) >= 0 && s.softBetween(j, k) {
			speaker = d.ents[e].ID // "The minister said", "the company said in a statement", "the private forecaster said"
		} else if m := editionOf(s, j); m != nil && d.ents[m.ent].Type == graph.Organization {
			speaker = d.ents[m.ent].ID // "the People's Daily domestic edition said": the paper
		} else if m := s.mentionAt(j - 1); m != nil && m.last == j && bodyTexts.Has(s.w(j)) && (d.ents[m.ent].Type == graph.Organization || d.ents[m.ent].Type == graph.Country) &&
			!(m.m.End < len(d.body) && d.body[m.m.End] == '-') { // (not "A White House-ordered report said": a report the body ordered)
			speaker = d.ents[m.ent].ID // "The Halvard Corp statement said": the body speaks through its text
		} else if o := d.kindTextOwner(s, j, c); o >= 0 && j == s.skipTicker(k-1) {
			speaker = d.ents[o].ID // "a bank statement said", "the company's annual report says": the body of that kind
		} else if o := d.textOwner(s, j); o >= 0 && s.w(j-1) == "the" && j == s.skipTicker(k-1) {
			speaker = d.ents[o].ID // "the statement said" after "Norway issued a statement": its issuer
		} else if e := d.recentBodySpeaker(s, s.End, c); e >= 0 && s.w(j) == "statement" && s.w(j-1) == "the" && j == s.skipTicker(k-1) {
			speaker = d.ents[e].ID // "Novo said profits fell. '…,' the statement added": the body whose statement the article reports
		} else if m := namedBeforePeople(d, s, j); m != nil {
			speaker = d.ents[m.ent].ID // "John Smith and bank officials said": the one named first (GUIDE.md: a joint claim takes the first named)
		} else if src, ok := sourcePhrase(d, s, k); ok {
			source = src
		} else if t := describedBefore(s, j); t >= 0 && s.softBetween(j, k) && r.titleKind(s.w(j)) != kindNone && (isLowerWord(s.raw(j)) || t < j-1) {
			// "The minister said", "the Kansas senator said" with no one
			// of that title before: an unnamed source
			source = d.body[s.Tokens[t].Start:s.Tokens[j].End]
		} else if e := d.lastSpeaker(c); (s.w(j) == "he" || s.w(j) == "she") && e >= 0 && d.ents[e].Type == graph.Person && !humanSource(c.lastSource(s.Start)) {
			speaker = d.ents[e].ID // "He said": the person who spoke last (not "Tehran radio" after him)
		} else if src := d.theyPeople(s, j); src != "" {
			source = src // "Experts attributed the fall to …, but they said", "Dealers were cautious. They said": the people, unnamed
		} else if (s.w(j) == "they" || s.w(j) == "he" || s.w(j) == "she") && c.lastSource(s.Start) != "" {
			source = c.lastSource(s.Start) // "They said", "he said": the unnamed source before
		} else if s.w(j) == "it" && (j == k-1 || j == k-2 && s.w(k-1) == "also") && oneBody(c.lastSource(s.Start)) {
			source = c.lastSource(s.Start) // "The Kenyan army said … It said": the body unnamed before
		} else if e := d.pluralClaimant(s, j, c); e >= 0 {
			speaker = d.ents[e].ID // "Democrats said …. They said": the party named in the plural that spoke last
		} else if p := d.jointSpeakers(s, j); p >= 0 {
			speaker = d.ents[p].ID // "The companies said", "They said" after "A and B signed": the first named
		} else if o := s.commaPairBefore(j); o > 0 {
			// "The source, who declined to be identified, said",
			// "Analysts, however, said": the subject before the pair
			for o > 1 && isDateToken(s, o-1) && s.mentionAt(o-1) == nil && !periodOf.Has(s.w(o-2)) {
				o-- // "Taft Broadcasting yesterday, however, said" (not "The report for calendar 1986, issued …": the text's period)
			}
			if s.w(o-1) == ">" {
				o-- // "<Multi-Step Products Inc>, earlier reporting a loss, said"
			} else if s.w(o-1) == ")" && s.w(o-3) == "(" {
				o -= 3 // "General Motors Corp (GM), which faces competition, said": the name before its acronym
			}
			if m := s.mentionAt(o - 1); m != nil && speaks(d.ents[m.ent].Type) && !s.consumed[s.at[o-1]] && !s.placeOfSource(m.first) {
				speaker = d.ents[m.ent].ID
				if p := d.personBeforeApposition(s, m); p != nil {
					speaker = d.ents[p.ent].ID // "Frank Naylor, chairman of the Farm Credit Administration, which regulates …, said": the person
				}
			} else if p := d.appositionSpeakerAt(s, o+1, true); m == nil && p != nil && d.ents[p.ent].Type == graph.Person {
				// "John Smith, Ford chairman, speaking at a news
				// conference, said": the person before both phrases
				speaker, o = d.ents[p.ent].ID, p.last
			} else if e := d.describedSpeaker(s, o-1, c); e >= 0 && s.w(o-2) == "the" {
				speaker = d.ents[e].ID // "The company, in a newspaper advertisement, said"
			} else if src, ok := sourcePhrase(d, s, o); ok {
				source = src
			} else {
				continue
			}
			if end, ok := trailingClaim(s, o-1); ok && !quotedWhole(d.body[s.afterDateline():end]) {
				j = o - 1 // the subject ends before the pair: "…, the report, dated March 17, said" claims up to "the report"
			}
		} else {
			continue
		}
		after := k + 1
		if told := s.w(k) == "told" || s.w(k) == "tells"; told {
			if h := s.hearerEnd(k + 1); h > 0 {
				after = h // "…, X told journalists here on Wednesday."
			}
		}
		if s.w(k) == "speculated" && noClauseOpeners.Has(s.w(k+1)) && s.w(k+1) != "," && s.w(k+1) != "." {
			continue // "as investors speculated on the possibility of …": what the guess is about, no claim
		}
		interposed := s.w(k+1) == "," && sentenceAdverbs.Has(s.w(k+2)) && s.w(k+3) == "," && k+4 < len(s.Tokens) && s.w(k+4) != "." // "said, however, that"
		setOff := s.setOffThat(k)
		interposed = interposed || setOff > 0
		if !interposed && (pointedEnd || s.w(k+1) == "." || s.w(k+1) == "," || k+1 >= len(s.Tokens) || adverbialToEnd(d, s, k+1) || restIsAdverbial(d, s, after)) {
			// "<claim>, <speaker> said." : the claim comes first
			end, ok := trailingClaim(s, j)
			st := j // where the interrupting subject starts
			if m := s.mentionAt(j); m != nil {
				st = m.first
			} else if s.w(j-1) == "the" {
				st = j - 1
			}
			if s.w(k+1) == "," && parentheticalRest(s, k+2) && (ok || st-s.firstWord() <= 4 && s.w(st-1) == ",") {
				// "In addition, Keller said, the company is selling", "But,
				// it added, the government is still awaiting": the
				// attribution interrupts one claim, which is the whole
				end, ok = s.End, true
			}
			if ok && speaker != "" {
				// "…, Accu-Weather Inc, a forecasting service, said": the
				// claim ends before the speaker named ahead of its
				// apposition
				for _, m := range s.mentions {
					o := m.first - 1
					if s.w(o) == "the" {
						o-- // "…, the Heritage Foundation, a conservative think tank, said"
					}
					closing := 0
					if q := s.w(o); (q == "\"" || q == "”") && s.w(o-1) == "," {
						closing, o = o, o-1 // `"…," Exxon, an oil company, said`: the quotation's own comma
					}
					if d.ents[m.ent].ID == speaker && m.first > s.firstWord()+2 && m.first < j && s.w(o) == "," && s.w(m.last) == "," &&
						s.Tokens[o].Start < end && (s.w(m.last+1) == "a" || s.w(m.last+1) == "an" || s.w(m.last+1) == "the") {
						end = s.Tokens[o].Start
						if closing > 0 {
							end = s.Tokens[closing].End // the quotation, read whole below
						}
						break
					}
				}
			}
			if ok && (quotedWhole(d.body[s.afterDateline():end]) || insideQuote(c, s.afterDateline()+1)) {
				continue // `"…," Jon Vik, a director of X, said`: the quotation is the claim, read as one
			}
			if ok {
				r.addClaim(d, s, c, articleID, claim{start: s.afterDateline(), end: end, speaker: speaker, verb: k}, source, d.speechDate(s, k, max(0, j-3), k+3))
			}
			continue
		}
		from := k + 1
		if informed && (!speechVerbSet.Has(w) || warnVerbs.Has(w)) {
			from = hearer // past the hearer; "that" is skipped below
		} else if (s.w(k) == "wrote" || s.w(k) == "writes") && s.w(k+1) == "to" {
			// "wrote to Helmut Kohl that aid was needed": the claim is past
			// the one written to; "wrote to Kohl last week" claims nothing
			for from < len(s.Tokens) && from <= k+10 && s.w(from) != "that" && s.w(from) != "saying" && !s.breaks(from) {
				from++
			}
			if s.w(from) == "saying" {
				from++ // "wrote to 10 airlines saying their practices breach the rules"
			} else if s.w(from) != "that" {
				continue
			}
		} else if s.w(k) == "told" || s.w(k) == "tells" || s.w(k) == "tell" || s.w(k) == "cited" {
			// skip the hearer: "told The Washington Times that"
			for from < len(s.Tokens) && from <= k+12 && s.w(from) != "that" && !s.breaks(from) {
				from++
			}
			if s.w(from) == "," && sentenceAdverbs.Has(s.w(from+1)) && s.w(from+2) == "," && s.w(from+3) == "that" {
				from += 3 // "told shareholders, however, that"
			} else if h := s.hearerEnd(k + 1); s.w(from) == "," && h > from && s.w(h) == "that" {
				from = h // "told the National People's Congress, China's parliament, that"
			}
			if s.w(from) == "that" {
				// "told a business meeting the Soviet Union produces few
				// items that western nations want", "told reporters the
				// ISDA was concerned that": a clause after the hearer whose
				// verb comes before "that" holds it
				h := s.toldHearerEnd(k + 1)
				if s.w(k+1) == "reporters" || s.w(k+1) == "journalists" {
					h = k + 2
				}
				if h > k+1 && h < from && s.opensClause(h) && s.finiteBetween(h, from) {
					from = h
				}
			}
			toReporters := s.w(from) != "that" && (s.w(k+1) == "reporters" || s.w(k+1) == "journalists")
			if toReporters {
				from = k + 2 // "told reporters the measures had been discussed": the claim follows the hearer
			} else if h := s.toldHearerEnd(k + 1); s.w(from) != "that" && h > 0 && s.opensClause(h) {
				// "told Reuters the talks had failed", "told a news
				// conference prices would rise": the claim follows the hearer
				from, toReporters = h, true
			}
			if s.w(k) == "cited" {
				// "cited <source> as saying <claim>"
				for from = k + 1; from < len(s.Tokens) && !(s.w(from) == "saying" && s.w(from-1) == "as"); from++ {
				}
				if from == len(s.Tokens) {
					continue // "cited the firm's offer": a reason named, no claim
				}
				from++
			} else if s.w(from) != "that" && !toReporters {
				continue
			}
		}
		if pointed {
			from++ // past "out"
		}
		if t := rumourClaim(s, from); t > 0 && (w == "denied" || w == "denies" || w == "rejected" || w == "dismissed") {
			from = t // "denied market rumours that it had written off loans": the rumour denied is the claim
		}
		if s.w(from) == "," && sentenceAdverbs.Has(s.w(from+1)) && s.w(from+2) == "," {
			from += 3 // "said, however, that"
		} else if setOff > 0 {
			from = setOff // "said, in response to published reports, that"
		}
		if s.w(from) == "to" && pressHearers.Has(s.w(from+1)) && speechVerbSet.Has(w) {
			// "said to reporters that …": past the hearers
			if s.w(from+2) == "that" {
				from += 2
			} else if s.opensClause(from + 2) {
				from += 2
			}
		}
		if feeling > 0 {
			from = feeling + 1 // "expressed concern that the yen would rise": the claim after the feeling's "that"
		} else if s.claimAdverb(from) && s.w(from+1) == "that" {
			from += 2 // "said recently that", "said previously that"
		} else if adverbClause && s.claimAdverb(from) || speechVerbSet.Has(w) && (mannerAdverbs.Has(s.w(from)) || sentenceAdverbs.Has(s.w(from)) && s.claimAdverb(from)) && (s.nounClause(from+1) || s.w(from+1) == "that" || s.timeEnd(from+1) > 0) {
			from++ // "announced previously it was seeking", "said earlier it would"
			if t := s.timeEnd(from); t > 0 && (s.opensClause(t) || s.w(t) == "that") {
				from = t // "said earlier today it received"
			}
			if s.w(from) == "that" {
				from++ // "said earlier this week that"
			}
		} else if s.w(from) == "that" {
			from++
		} else if t := thatAfterPhrase(s, from); t > 0 {
			// "said in a statement that", "said on Tuesday that"
			from = t + 1
		} else if t := s.mediumEnd(from); t > 0 && s.opensClause(t) {
			// "said in a statement the plant would close"
			from = t
		} else if t := d.placeTimeEnd(s, from); t > 0 && s.opensClause(t) {
			// "said on Tuesday in Bonn the talks had failed", "said in
			// Paris producers were confident"
			from = t
		} else if t := s.timeEnd(from); t > 0 && s.opensClause(t) {
			// "said yesterday the pipeline would reopen"
			from = t
		} else if t := s.phraseBeforePronoun(from); t > 0 {
			// "said at a Senate committee hearing he would not object"
			from = t
		}
		if from > 0 && from+1 < len(s.Tokens) && s.w(from) == "," && s.w(from-1) == "that" {
			from++ // "told the meeting that, in addition to …, a program will be prepared": the claim after the comma
		}
		if from+1 < len(s.Tokens) && s.w(from) == ":" {
			from++ // `he added: "There must be …"`, "said an agreement should include: …": what follows the colon
		}
		if from >= len(s.Tokens) || s.w(from) == "." {
			continue
		}
		end := s.End
		// "The computer, which ATT said can provide more power, is new":
		// a claim inside a relative clause ends with the clause
		relative := false
		for q := k - 1; q > 0 && q >= k-6; q-- {
			if (s.w(q) == "which" || s.w(q) == "who" && q == k-1) && s.w(q-1) == "," {
				relative = true // (", who say …," too)
				break
			}
			if s.breaks(q) {
				break
			}
		}
		opening := openingSubordinators.Has(s.w(0)) && !slices.Contains(s.lw[:k], ",") // "Although X said that …, the date is early"
		for e := from; e < len(s.Tokens); e++ {
			if opening && s.w(e) == "," && s.mainClauseAt(e+1) {
				// the claim of a clause that opens the sentence ends where
				// the main clause begins
				end = s.Tokens[e].Start
				break
			}
			if relative && s.w(e) == "," && (s.w(k-1) != "who" || s.resumesAfter(e)) {
				// (after "who", only where the main clause resumes: "…, who
				// say wages are low, went on strike", not "who said if the
				// bill passed, the community would retaliate")
				end = s.Tokens[e].Start
				break
			}
			if s.w(e) == ";" || s.w(e) == "," && clauseJoin.Has(s.w(e+1)) && laterSpeech(s, e) || s.w(e) == "," && speechVerbs[s.w(e+1)] ||
				s.w(e) == "," && strings.HasSuffix(s.w(e+1), "ing") && thatVerbSet.Has(s.w(e+1)) || // ", arguing that": a claim of its own
				(s.w(e) == "but" || s.w(e) == "and") && e > from && speechVerbs[s.w(e+1)] && s.w(e+1) != "told" ||
				(s.w(e) == "but" || s.w(e) == "and") && e > from && (thatVerbs[s.w(e+1)] && (s.w(e+2) == "that" || s.finiteBetween(e+1, e+2) && (s.opensClause(e+2) || s.w(e+2) == "there") && s.clauseVerbBetween(from, e)) || s.w(e+1) == "vowed") ||
				s.w(e) == "," && s.w(e+1) == "but" && perfectAgain(s, k, e+2) || // "has already said it will act, but has given no timetable": the saying's own verb
				(s.w(e) == "but" || s.w(e) == "and") && e > from && subjectPronouns.Has(s.w(e+1)) && (speechVerbs[s.w(e+2)] || thatVerbs[s.w(e+2)]) || // "… and he forecast …": a claim of its own

				s.w(e) == "," && s.w(e+1) == "but" && notSaying(s, e+2) || s.w(e) == "," && trailingAttribution(d, s, e+1) || s.w(e) == "," && nextSpeaker(d, s, e+1) ||
				s.w(e) == "but" && e > from && narratorAside(s, e+1) || // "… involved in talks but declined to name the bank": the writer's words
				s.w(e) == "and" && e > from && speakerGoesOn(s, k, e+1) || // "said the mark was too strong and urged Japan to …": the speaker's next act

				e > from && s.w(e) != "and" && clauseJoin.Has(s.w(e)) && speechSoon(s, e+1) {
				end = s.Tokens[e].Start
				break
			}
			if s.w(e) == "according" && s.w(e+1) == "to" && e > from {
				end = s.Tokens[e-1].Start
				if s.w(e-1) != "," {
					end = s.Tokens[e-1].End
				}
				break
			}
		}
		r.addClaim(d, s, c, articleID, claim{start: s.Tokens[from].Start, end: end, speaker: speaker, verb: k}, source, d.speechDate(s, k, max(0, j-3), s.saidPhraseEnd(k, from)))
	}
}

// sourceToEnd reports that the words from token k to the sentence's end
// only name and describe a source: "…, according to X, an analyst at Y, who
// expects a rise." ends with the source; "The stockholders, according to a
// statement, have organized …" and "…, according to X, while …" go on
// with the claim.
func (r *Relater) sourceToEnd(s *sent, k int) bool {
	ps := s.parsed()
	for n := k; n < len(s.Tokens) && n < len(ps.POS); n++ {
		switch w := s.w(n); {
		case w == "who" || w == "which" || w == "whose":
			// what the source is or did, up to a comma: "…, according
			// to a source, who declined to be named, the talks failed"
			// goes on with the claim
			for n+1 < len(s.Tokens) && s.w(n+1) != "," {
				n++
			}
			continue
		case w == "that" || w == ";" || w == "while" || w == "but" || w == "whereas" || w == "although":
			return false
		}
		if finiteTag(ps.POS[n]) {
			return false
		}
	}
	return true
}

// claimAfterSource is the token that opens the claim after "According to
// <source>" whose source starts at token k: after the comma that closes
// the source and its descriptions ("According to Ike Kerridge, vice
// president of Hughes Tool, the number …", "According to the report,
// monitored by the BBC, the explosion …"); 0 when no comma closes it.
func (r *Relater) claimAfterSource(s *sent, k int) int {
	ps := s.parsed()
	for n := k; n+1 < len(s.Tokens) && n+1 < len(ps.POS); n++ {
		switch s.w(n) {
		case ";", ":":
			return 0
		case ",":
		default:
			continue
		}
		if s.nounClause(n + 1) {
			return n + 1
		}
		w, p := s.w(n+1), ps.POS[n+1]
		relative := w == "who" || w == "which"
		described := relative || p == "VBN" || p == "VBG" || w == "a" || w == "an" || r.titleWordsAt(s, n+1)
		if !described || !relative && finiteBeforeComma(s, ps, n+1) {
			return n + 1
		}
	}
	return 0
}

// finiteTag reports a part-of-speech tag of a finite verb or a modal.
func finiteTag(p string) bool { return p == "VBD" || p == "VBZ" || p == "VBP" || p == "MD" }

// finiteBeforeComma reports a finite verb from token k to the next comma:
// "dealing fees … were 14.86 pct" is a clause, "monitored by the BBC" a
// description.
func finiteBeforeComma(s *sent, ps *syntax.Sentence, k int) bool {
	for n := k; n < len(s.Tokens) && n < len(ps.POS) && s.w(n) != ","; n++ {
		if finiteTag(ps.POS[n]) {
			return true
		}
	}
	return false
}

// titledAfterBody is the person named after a body's name ending at token
// k by a few lower-case words of a title or source ("Oppenheimer and Co
// strategist Michael Metz", "Shearson chief economist Alan Blinder"), or
// nil.
func (r *Relater) titledAfterBody(d *doc, s *sent, k int) *mention {
	titled := false
	for n := k; n < len(s.Tokens) && n <= k+4; n++ {
		if p := s.mentionAt(n); p != nil {
			if p.first == n && titled && d.ents[p.ent].Type == graph.Person {
				return p
			}
			return nil
		}
		w := s.raw(n)
		if s.breaks(n) {
			return nil
		}
		if !isLowerWord(w) {
			if r.titleKind(s.w(n)) == kindNone {
				return nil
			}
			titled = true // "according to GAMCO Chairman Mario Gabelli"
			continue
		}
		titled = titled || r.personNoun(s.w(n))
	}
	return nil
}

// personNoun reports a lower-case word that names a person by office or
// work: "spokesman", "strategist", "president".
func (r *Relater) personNoun(w string) bool {
	return sourceWord(w) || humanNoun(w) || humanNoun(w+"s") || r.titleKind(w) != kindNone
}

// titleWordsAt reports lower-case words from token k, three at most, one
// of which names a person by office or work: "chief economist at …",
// "vice president of …".
func (r *Relater) titleWordsAt(s *sent, k int) bool {
	for n := k; n < len(s.Tokens) && n < k+3 && isLowerWord(s.raw(n)) && !s.breaks(n); n++ {
		if r.personNoun(s.w(n)) {
			return true
		}
	}
	return false
}

// abbreviationEnd reports text that ends in an abbreviation whose full stop
// is its own ("in the U.S.", "Inc."): dotted letters, or a short
// capitalised word the sentence splitter reads as an abbreviation ("until
// May." and "on Mayo Two." end with the sentence's).
func abbreviationEnd(text string) bool {
	w := text[strings.LastIndexAny(text, " \n")+1:]
	return strings.Count(w, ".") > 1 || len(w) <= 4 && len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' && segment.IsAbbrevDot(text, len(text)-1)
}

func (r *Relater) addClaim(d *doc, s *sent, c *claims, articleID string, cl claim, source, dt string) {
	if cl.speaker == "" && source != "" {
		if a := d.textAuthor(s, source); a >= 0 {
			cl.speaker, source = d.ents[a].ID, "" // "a memo from Laurence Tisch said": its author's
		} else {
			source = d.wholeSource(s, source)
		}
		if t := strings.TrimSuffix(source, " here"); t != source && strings.Contains(t, " ") {
			source = t // "Gulf officials here said": the people, not where they are
		}
	}
	if cl.speaker != "" && cl.verb > 0 {
		// "WEDGE, which is owned by Issam Fares, a Lebanese citizen, also
		// said": the name the relative clause hangs on speaks, not the
		// person named inside it
		for i := len(s.mentions) - 1; i >= 0; i-- {
			if m := &s.mentions[i]; m.last <= cl.verb && d.ents[m.ent].ID == cl.speaker && d.ents[m.ent].Type == graph.Person {
				if q := relativeHead(d, s, m); q != nil {
					cl.speaker = d.ents[q.ent].ID
				}
				break
			}
		}
	}
	if cl.verb > 0 && s.Tokens[cl.verb].End <= cl.start {
		// "said the banks had done well, and praised their flexibility":
		// the speaker's next act, no part of what was said
		for j := cl.verb + 1; j+2 < len(s.Tokens) && s.Tokens[j].Start < cl.end; j++ {
			if s.Tokens[j].Start > cl.start && s.w(j) == "," && s.w(j+1) == "and" && nextActs.Has(s.w(j+2)) && !insideQuote(c, s.Tokens[j].Start) {
				cl.end = s.Tokens[j].Start
				break
			}
		}
	}
	for cl.end > cl.start && strings.ContainsRune(" \n,", rune(d.body[cl.end-1])) {
		cl.end--
	}
	if cl.end > cl.start && d.body[cl.end-1] == '.' && !abbreviationEnd(d.body[cl.start:cl.end]) {
		cl.end-- // the claim, not the sentence's full stop
	}
	text := strings.TrimSpace(d.body[cl.start:cl.end])
	if text == "" || !utf8.ValidString(text) {
		return
	}
	if inner := strings.Trim(text, quoteTrim); inner != text {
		for _, q := range c.quotes {
			dt := strings.Trim(q.Text, quoteTrim)
			if q.Direct && q.Evidence.Start <= cl.start && cl.start < q.Evidence.End && dt != "" && strings.HasPrefix(inner, dt) && len(strings.Fields(inner[len(dt):])) <= 3 {
				// (and `added "I do not regard the dollar as undervalued,"
				// he said`: the attribution after it is no more claim)
				return // `But he added "the leaders seem hesitant."`: the quotation, read already, is the claim
			}
			if q.Direct && q.Evidence.Start <= cl.start && cl.start < q.Evidence.End && inner != "" && strings.HasPrefix(dt, inner) && strings.ContainsAny(text[:min(3, len(text))], "\"“") {
				return // `quoted Poehl as saying, "No, they wouldn't. We checked."`: the first sentence of a quotation read whole already
			}
		}
	}
	direct := false
	if inner, ok := wholeQuotation(text); ok {
		// `But he added: "There must be an understanding …"`: the claim is
		// one quotation, the speaker's words (GUIDE.md: a direct quote, its
		// text without the marks)
		text, direct = inner, true
	}
	c.spans = append(c.spans, cl)
	c.quotes = append(c.quotes, graph.Quote{
		ID:             graph.QuoteID(articleID, cl.start, cl.end),
		Speaker:        cl.speaker,
		UnnamedSpeaker: source,
		Text:           text,
		Direct:         direct,
		Date:           dt,
		About:          d.about(cl.start, cl.end, cl.speaker),
		Evidence:       d.evidence(s),
	})
	// a joint statement ("Germany and France said in a joint statement")
	// is said by every party of the speech verb's subject
	for _, co := range d.coSpeakers(s, cl, r.personNoun) {
		q := c.quotes[len(c.quotes)-1]
		q.ID, q.Speaker, q.About = graph.JointQuoteID(articleID, cl.start, cl.end, co), co, d.about(cl.start, cl.end, co)
		c.quotes = append(c.quotes, q)
	}
}

// coSpeakers are the parties besides the claim's speaker that the subject
// of its speech verb names, by entity id.
func (d *doc) coSpeakers(s *sent, cl claim, personNoun func(string) bool) []string {
	if cl.verb <= 0 || cl.speaker == "" || len(s.mentions) < 2 || s.w(cl.verb) == "adding" || s.w(cl.verb) == "saying" {
		return nil // a participle's subject is the main clause's speaker alone
	}
	joined := false // a joint statement's subject has "and" before the verb
	for k := 0; k < cl.verb && k < len(s.Tokens); k++ {
		joined = joined || s.w(k) == "and" || s.w(k) == "&"
	}
	if !joined {
		return nil // no need to parse the sentence
	}
	// and another party that can speak named in the sentence: the parse
	// finds only parties the sentence names (partiesOf)
	other := false
	for _, m := range s.mentions {
		other = other || speaks(d.ents[m.ent].Type) && d.ents[m.ent].ID != cl.speaker
	}
	if !other {
		return nil
	}
	if p := d.unclosedApposition(s, cl.verb, personNoun); p != nil && d.ents[p.ent].ID == cl.speaker {
		return nil // "…, Milton Hertz, administrator for USDA's … Stabilization and Conservation Service said": bodies that describe him
	}
	// "The chairman of the House subcommittee on dairy, livestock and
	// poultry, Rep. Charles Stenholm, said": the name set off after a
	// description of a person speaks; the bodies in the description do
	// not (a joint subject, "The firm, its president, X, and …", keeps its
	// parties)
	apposed := -1
	if f := s.firstWord(); s.w(f) == "the" && personNoun(s.w(f+1)) {
		for _, m := range s.mentions {
			if t := d.titleStart(s, m.first); m.last <= cl.verb && d.ents[m.ent].ID == cl.speaker && d.ents[m.ent].Type == graph.Person && s.w(t-1) == "," {
				apposed = t - 1
			}
		}
	}
	ps := s.parsed()
	var out []string
	if p := d.taggedPair(s, cl); p != "" {
		out = append(out, p)
	}
	for _, c := range ps.Clauses {
		if c.Head != cl.verb || len(c.Subject) < 2 {
			continue
		}
		for _, ent := range d.partiesOf(s, c.Subject) {
			if ofSpeakerFirm(s, ent, cl.verb) {
				continue // "Analyst X of Ingalls and Snyder said": the firm the speaker is of
			}
			if d.titlesSpeaker(s, ent, cl.verb) {
				// "Exxon Corp director and senior vice-president Donald
				// McIvor said": a body in the speaker's title is no
				// second speaker
				continue
			}
			if apposed > 0 && !slices.ContainsFunc(s.mentions, func(m mention) bool { return m.ent == ent && m.first > apposed }) {
				continue
			}
			if id := d.ents[ent].ID; id != cl.speaker && speaks(d.ents[ent].Type) && !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
	}
	return out
}

// taggedPair is the person joined by "and" to the speaker right before
// the verb when each carries a bracketed tag, which the parse does not
// read as one subject: "Pat Roberts (R-Kan.) and Glenn English (D-Okla.)
// said"; "" for none.
func (d *doc) taggedPair(s *sent, cl claim) string {
	back := func(j int) int { // past a bracketed tag ending at j
		if s.w(j) != ")" {
			return j
		}
		for k := j - 1; k > 0 && k >= j-6; k-- {
			if s.w(k) == "(" {
				return k - 1
			}
		}
		return j
	}
	j := back(cl.verb - 1)
	m := s.mentionAt(j)
	if m == nil || d.ents[m.ent].ID != cl.speaker || d.ents[m.ent].Type != graph.Person || j == cl.verb-1 {
		return ""
	}
	k := m.first - 1
	if s.w(k) != "and" {
		return ""
	}
	k = back(k - 1)
	if p := s.mentionAt(k); p != nil && k != m.first-2 && d.ents[p.ent].Type == graph.Person && d.ents[p.ent].ID != cl.speaker {
		return d.ents[p.ent].ID
	}
	return ""
}

// pairedBefore is the token before a name joined by "and" to the name
// before it, when the word at k is that "and" and ok takes that first name
// (nil: any): "of Ingalls and Snyder" read back from "Snyder"; k otherwise.
func pairedBefore(s *sent, k int, ok func(*mention) bool) int {
	if f := s.mentionAt(k - 1); s.w(k) == "and" && f != nil && f.last == k && (ok == nil || ok(f)) {
		return f.first - 1
	}
	return k
}

// ofSpeakerFirm reports a party named before verb v inside an "of"
// phrase, alone or after "X and": "Analyst X of Ingalls and Snyder said".
func ofSpeakerFirm(s *sent, ent, v int) bool {
	for _, m := range s.mentions {
		if m.ent != ent || m.first >= v {
			continue
		}
		if s.w(pairedBefore(s, m.first-1, nil)) == "of" {
			return true
		}
	}
	return false
}

// titlesSpeaker reports a body named in the title of the person who
// speaks at verb v: its mention is followed, before any comma, by words
// of a title and the person's name right before v.
func (d *doc) titlesSpeaker(s *sent, ent, v int) bool {
	p := s.mentionAt(v - 1)
	if p == nil || d.ents[p.ent].Type != graph.Person {
		return false
	}
	if t := d.ents[ent].Type; t == graph.Person {
		// "Carroll McEntee and McGinley analyst Denis Karnosky said": a
		// firm named by its partners, the first taken for a person, titles
		// the speaker
		for _, m := range s.mentions {
			if w := s.w(m.last); m.ent == ent && (w == "and" || w == "&") {
				if n := s.mentionAt(m.last + 1); n != nil && n.last-n.first == 1 && d.ents[n.ent].Type == graph.Organization && d.titlesSpeaker(s, n.ent, v) {
					// (a surname alone as the firm's last partner, not
					// "Jon Berg and Halvard Corp chairman Lars Dahl said")
					return true
				}
			}
		}
		return false
	}
	if t := d.ents[ent].Type; t != graph.Organization && t != graph.Country {
		return false // "Jucker and Finance Director Hermann Haerri told": two people speak
	}
	for _, m := range s.mentions {
		if m.ent != ent || m.last > p.first || p.first-m.last > 8 {
			continue
		}
		clear, titled := true, false
		for k := m.last; k < p.first; k++ {
			clear = clear && !s.breaks(k) && s.mentionAt(k) == nil || s.w(k) == "<" || s.w(k) == ">"
			titled = titled || s.w(k) != "and" && s.w(k) != "&" && s.w(k) != "<" && s.w(k) != ">" && !strings.HasPrefix(s.w(k), "<")
		}
		if clear && titled {
			return true
		}
	}
	return false
}

// bodyTexts are what a body says through: "the Halvard Corp statement
// said", "the Ministry's report said".
var bodyTexts = wordset.Of(map[string]bool{"statement": true, "communique": true, "announcement": true, "letter": true, "telex": true, "report": true, "circular": true})

// sentenceAdverbs stand set off by commas after a speech verb: "said,
// however, that".
var sentenceAdverbs = wordset.Of(map[string]bool{"however": true, "though": true, "moreover": true, "meanwhile": true, "too": true, "also": true, "nevertheless": true})

// setOffThat is the "that" after a phrase set off by commas right after
// the speech verb at k ("said, in response to published reports, that",
// "said, instead, that"), 0 when there is none: a phrase of at most ten
// words with no other speech verb, quotation mark or full stop in it.
func (s *sent) setOffThat(k int) int {
	if s.w(k+1) != "," {
		return 0
	}
	for c := k + 2; c < len(s.Tokens) && c <= k+12; c++ {
		switch w := s.w(c); {
		case w == "." || w == "\"" || w == "“" || w == "”" || speechVerbs[w]:
			return 0
		case w == ",":
			if c > k+2 && s.w(c+1) == "that" {
				return c + 1
			}
			return 0
		}
	}
	return 0
}

// clauseJoin words after a comma may open another speaker's clause.
var clauseJoin = wordset.Of(map[string]bool{"and": true, "but": true, "while": true, "whereas": true, "although": true})

// speechSoon reports a verb of saying or claiming within the few words
// from k, before any break: "… but other economists said", "… although he
// conceded that", "… but stressed a need": another claim begins.
func speechSoon(s *sent, k int) bool {
	for j := k; j < len(s.Tokens) && j <= k+4 && !s.breaks(j); j++ {
		if w := s.w(j); speechVerbs[w] && w != "adding" || thatVerbs[w] && strings.HasSuffix(w, "ed") {
			return true
		}
	}
	return false
}

// laterSpeech reports whether a speech verb follows token e in s: the
// claim ends where another attribution begins.
func laterSpeech(s *sent, e int) bool {
	for k := e + 1; k < len(s.Tokens); k++ {
		if speechVerbs[s.w(k)] && s.w(k) != "adding" { // "…, adding" goes on with the same speaker
			return true
		}
	}
	return false
}

// directAt is the direct quotation whose marked words hold offset off, nil
// for none.
func (c *claims) directAt(off int) *graph.Quote {
	for i := range c.quotes {
		q := &c.quotes[i]
		if !q.Direct || off < q.Evidence.Start || off >= q.Evidence.End {
			continue
		}
		if start := strings.Index(q.Evidence.Text, q.Text); start >= 0 && off >= q.Evidence.Start+start && off < q.Evidence.Start+start+len(q.Text) {
			return q
		}
	}
	return nil
}

// insideQuote reports whether off lies inside a direct quotation already
// read: its words are the speaker's, not the article's attribution.
func insideQuote(c *claims, off int) bool { return c.directAt(off) != nil }

// reportsBy finds "reports by <X> … <verb>": the author of the reports
// claims, not the body they were sent to.
func reportsBy(d *doc, s *sent, j int) *mention {
	for k := j; k >= 0 && !s.breaks(k); k-- {
		if s.w(k) == "by" && k > 0 && (strings.HasPrefix(s.w(k-1), "report") || s.w(k-1) == "statement" || s.w(k-1) == "letter") {
			if m := s.mentionAt(k + 1 + b2i(s.w(k+1) == "the")); m != nil && speaks(d.ents[m.ent].Type) {
				return m // ("a report by the OECD on Italy said")
			}
		}
	}
	return nil
}

// nounPhraseAt is an unnamed source's description starting at k, up to the
// next break: "people familiar with the talks".
func nounPhraseAt(d *doc, s *sent, k int) (string, bool) {
	e := k
	has := false
	for e < len(s.Tokens) && !s.breaks(e) && s.w(e) != "." {
		has = has || sourceWord(s.w(e))
		if !has && figureNouns.Has(s.w(e)) {
			// "according to preliminary central bank estimates", "according
			// to the revised data there were…": the figures, to their noun
			return d.body[s.Tokens[k].Start:s.Tokens[e].End], true
		}
		e++
	}
	if !has || e == k {
		return "", false
	}
	return d.body[s.Tokens[k].Start:s.Tokens[e-1].End], true
}

// isDateToken reports whether token k is part of a temporal expression.
func isDateToken(s *sent, k int) bool {
	for _, dt := range s.dates {
		if k >= dt.first && k < dt.last {
			return true
		}
	}
	return false
}

// administration finds the state "the <leader> administration" ending at
// j stands for ("the Reagan administration"), when the article names that
// state (the guide's decision), and the state whose embassy or consulate
// speaks ("the U.S. Embassy said"); -1 otherwise.
func (d *doc) administration(s *sent, j int) int {
	if w := s.w(j); w != "administration" && w != "embassy" && w != "embassies" && w != "consulate" {
		return -1
	}
	m := s.mentionAt(j - 1)
	if m == nil || m.last != j || d.sourceBefore(s, m) {
		return -1 // (not "One lobbyist with close connections to the Reagan administration said")
	}
	switch d.ents[m.ent].Type {
	case graph.Country:
		return m.ent // "the U.S. administration", "the U.S. Embassy": the state's own office
	case graph.Person:
		if s.w(j) != "administration" {
			return -1
		}
		return d.countryOf(m.ent)
	}
	return -1
}

// firstWord is the index of the sentence's first token past a dateline.
func (s *sent) firstWord() int {
	at := s.afterDateline()
	for i, t := range s.Tokens {
		if t.Start >= at {
			return i
		}
	}
	return 0
}

// statementPhrase reports words from k to j naming the form of a saying
// after "in": "a joint statement", "a letter to shareholders", "an
// interview".
func statementPhrase(s *sent, k, j int) bool {
	for n := k; n < j && n < k+5; n++ {
		switch s.w(n) {
		case "statement", "statements", "letter", "interview", "filing", "release", "report", "speech", "communique", "announcement",
			"advertisement", "advertisements", "telex", "memo", "broadcast", "newsletter", "conference", "briefing", "hearing":
			return true
		}
	}
	return false
}

// ownedPhrase reports words from k to j telling who owns the subject: "65
// pct owned by Dome Mines Ltd", "wholly owned by X", "controlled by Y".
func ownedPhrase(s *sent, k, j int) bool {
	for n := k; n < j && n < k+5; n++ {
		if w := s.w(n); (w == "owned" || w == "controlled") && s.w(n+1) == "by" {
			return true
		}
	}
	return false
}

// quotedPhrase is who speaks in "quoted <phrase> as saying" when the
// phrase, tokens [from, as), does not open with a name: a name that ends it
// after its title ("quoted federation chairman Yoshiro Araki"), a person
// before "of <place>" ("quoted Senator Don Nickles of Oklahoma"), a body
// whose text it names ("a World Bank press release"); else, when it opens
// with an article, an unnamed source described by it ("the commander in
// the village of Haj Omran", "a spokesman for the China National Offshore
// Oil Corp (CNOOC)"). Empty when the phrase is none of these.
func (d *doc) quotedPhrase(s *sent, from, as int, c *claims) (speaker, source string) {
	if as-from > 14 || as <= from {
		return "", ""
	}
	j := as - 1
	if m := s.mentionAt(j); m != nil && m.first >= from && speaks(d.ents[m.ent].Type) && !d.sourceBefore(s, m) {
		t := d.titleStart(s, m.first)
		lead := t >= from && t-from <= 3
		for k := from; lead && k < t; k++ {
			o := s.mentionAt(k)
			lead = (isLowerWord(s.raw(k)) && o == nil || o != nil && (d.ents[o.ent].Type == graph.Organization || d.ents[o.ent].Type == graph.Country)) && !s.breaks(k)
		}
		if lead {
			return d.ents[m.ent].ID, "" // (words of its body before the title: "federation chairman", "Chrysler Chairman")
		}
	}
	if m := s.mentionAt(j); m != nil && placeType(d.ents[m.ent].Type) && s.w(m.first-1) == "of" {
		if p := s.mentionAt(m.first - 2); p != nil && d.ents[p.ent].Type == graph.Person && d.titleStart(s, p.first) <= from+1 {
			return d.ents[p.ent].ID, ""
		}
	}
	if bodyTexts.Has(s.w(j)) || s.w(j-1) == "press" && s.w(j) == "release" {
		for k := from; k < j; k++ {
			if m := s.mentionAt(k); m != nil && (d.ents[m.ent].Type == graph.Organization || d.ents[m.ent].Type == graph.Country) {
				return d.ents[m.ent].ID, "" // "a World Bank press release": the body speaks through its text
			}
		}
	}
	if w := s.w(from); (w == "a" || w == "an" || w == "the" || w == "one") && isLowerWord(s.raw(from+1)) {
		for k := from; k < as; k++ {
			if s.breaks(k) {
				return "", ""
			}
		}
		return "", d.body[s.Tokens[from].Start:s.Tokens[j].End]
	}
	return "", ""
}

// quoteTrim are the marks and punctuation around a claim that is all one
// quotation.
const quoteTrim = "\"“”' .,"

// textOwner is the body that issued the text "the <noun>" at j names
// ("the statement said", "the report said"): the latest text of that kind
// the article has named with its issuer, in this sentence before j or in
// the four before it: "the Halvard Corp statement", "a statement by
// Norway", "Norway's annual report", "The Council released its monthly
// report", "Norway said in a statement". -1 when none is named so.
func (d *doc) textOwner(s *sent, j int) int {
	noun := s.w(j)
	if !bodyTexts.Has(noun) && !(noun == "release" && s.w(j-1) == "press") {
		return -1
	}
	for i := s.idx; i >= 0 && i >= s.idx-4; i-- {
		f := d.sentence(i)
		if f == nil {
			continue
		}
		end := len(f.Tokens)
		if f == s {
			end = j - 1
		}
		for t := end - 1; t > 0; t-- {
			if f.w(t) != noun {
				continue
			}
			if o := d.issuerOf(f, t); o >= 0 {
				return o
			}
		}
	}
	return -1
}

// mainClauseSpeaker is who says what a participle at k after a comma
// reports: the named subject of the clause before it, or its words when
// it names no one ("Several businessmen called for …, arguing"); false
// when no clause before has a subject.
func (d *doc) mainClauseSpeaker(s *sent, k int) (speaker, source string, ok bool) {
	ps := s.parsed()
	main := firstSubjectClause(ps, k)
	if main == nil || main.Passive {
		return "", "", false
	}
	if parties := d.partiesOf(s, main.Subject); len(parties) == 1 && speaks(d.ents[parties[0]].Type) {
		return d.ents[parties[0]].ID, "", true
	} else if len(parties) > 1 {
		return d.ents[parties[0]].ID, "", true // a joint claim: the first named (GUIDE.md)
	}
	np := main.Subject[0]
	if np.End-np.Start == 1 && ps.POS[np.Head] == "PRP" {
		return "", "", false
	}
	return "", d.body[s.Tokens[np.Start].Start:s.Tokens[np.End-1].End], true
}

// andSaidSource is coordinatedSource for a verb of saying right after
// "and" or "but" (", but said"), when that subject is people named by
// their trade with a demonym or no name at all.
func andSaidSource(d *doc, s *sent, k int) (string, bool) {
	if !saidAfterAnd(s, k) {
		return "", false
	}
	return coordinatedSource(d, s, k)
}

// saidAfterAnd reports a speech verb at k joined by "and" or "but" to the
// verb of a clause before it, with no verb of saying before that: "The
// government froze wages and said"; not "A senior banker also said that
// …, and said …", the first verb's speaker, read as before.
func saidAfterAnd(s *sent, k int) bool {
	if b := s.w(k - 1); b != "and" && b != "but" || !speechVerbs[s.w(k)] {
		return false
	}
	for j := 0; j < k-1; j++ {
		if speechVerbs[s.w(j)] || thatVerbs[s.w(j)] {
			return false
		}
	}
	return true
}

// andSaidDescribed is the party a definite description stands for ("the
// government", "the company", "the minister") as the subject of the
// sentence's first clause, when a speech verb at k is joined to its verb
// by "and" or "but": "The government froze wages and said …"; -1 when
// none is.
func (d *doc) andSaidDescribed(s *sent, k int, c *claims) int {
	if !saidAfterAnd(s, k) || slices.ContainsFunc(s.lw[:k-1], func(w string) bool { return w == "\"" || w == "“" }) {
		return -1
	}
	cl := firstSubjectClause(s.parsed(), k-1)
	if cl == nil || cl.Passive || cl.Inverted || len(cl.Subject) != 1 {
		return -1
	}
	np := cl.Subject[0]
	if s.w(np.Start) != "the" || np.Head != np.Start+1 || np.End != np.Head+1 || !isLowerWord(s.raw(np.Head)) || s.mentionAt(np.Head) != nil {
		// (only "the <noun>": "the central bank" may be one not named)
		return -1
	}
	return d.describedSpeaker(s, np.Head, c)
}

// coordinatedSource is the subject of the sentence's first clause when a
// speech verb at v is joined to its verb by "and" or "but" (or follows it
// as a participle) and that subject is people named by their trade, not a
// name: "Analysts criticised the plan and said" — "Analysts".
func coordinatedSource(d *doc, s *sent, v int) (string, bool) {
	if slices.ContainsFunc(s.lw[:v], func(w string) bool { return w == "\"" || w == "“" || w == "”" }) {
		return "", false // (`"…," said one analyst, adding that`: the attribution's, read as before)
	}
	cl := firstSubjectClause(s.parsed(), v-1)
	if cl == nil || cl.Passive || cl.Inverted {
		return "", false
	}
	first, last := cl.Subject[0], cl.Subject[len(cl.Subject)-1]
	if h := s.w(first.Head); !sourceWord(h) && !humanNoun(h) || s.mentionAt(first.Head) != nil {
		return "", false
	}
	for k := first.Start; k < last.End; k++ {
		if m := s.mentionAt(k); m != nil && !placeType(d.ents[m.ent].Type) && d.ents[m.ent].Type != graph.Country && !(len(cl.Subject) == 1 && m.last == first.Head) {
			// ("Bankers at Halvard Corp met … and said": read as before;
			// "USDA officials rejected the plan, saying": the body's
			// people, unnamed, as "USDA officials said" is)
			return "", false
		}
	}
	return d.body[s.Tokens[first.Start].Start:s.Tokens[last.End-1].End], true
}

// firstSubjectClause is the first clause of the parse whose verb starts
// before word k and whose subject stands before its verb: the sentence's
// own subject and verb; nil when there is none.
func firstSubjectClause(ps *syntax.Sentence, k int) *syntax.Clause {
	for i := range ps.Clauses {
		if cl := &ps.Clauses[i]; cl.Verb.Start < k && len(cl.Subject) > 0 && cl.Subject[0].Start < cl.Verb.Start {
			return cl
		}
	}
	return nil
}

// feelingThat is the "that" after a feeling voiced at verb k, a word or
// two before it ("expressed concern that", "voiced serious doubts
// that"), or 0.
func feelingThat(s *sent, k int) int {
	if w := s.w(k); w != "expressed" && w != "expresses" && w != "voiced" && w != "voices" {
		return 0
	}
	if b := k - 1 - b2i(s.w(k-1) == "have" || s.w(k-1) == "has" || s.w(k-1) == "had"); s.w(b) == "and" {
		return 0 // ("Producers have resisted … and have expressed concern that": a second verb whose subject is read no further)
	}
	for j := k + 1; j < len(s.Tokens) && j <= k+3; j++ {
		if feelingNouns.Has(s.w(j)) {
			if s.w(j+1) == "that" {
				return j + 1
			}
			return 0
		}
		if !isLowerWord(s.raw(j)) {
			return 0
		}
	}
	return 0
}

// feelingNouns are voiced about a claim: "expressed concern that".
var feelingNouns = wordset.Words("concern", "concerns", "fear", "fears", "hope", "hopes", "confidence", "doubt", "doubts",
	"optimism", "pessimism", "regret", "surprise", "satisfaction", "belief", "view", "worry", "worries", "disappointment")

// reportedAbout reports "said to" at k after a noun phrase that is the
// object of a preposition: "among the countries said to favour cuts".
func reportedAbout(s *sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if isPreposition(s.w(j)) {
			return j < k-1
		}
		if s.breaks(j) || s.mentionAt(j) != nil && j == k-1 {
			return false
		}
	}
	return false
}

// progressiveBe is the be-form of a progressive at verb k, past one
// adverb ("were saying", "are now saying", "have been saying"; not "will
// be saying"), or 0.
func progressiveBe(s *sent, k int) int {
	b := k - 1
	if s.w(b) == "now" || s.w(b) == "still" || softTokens.Has(s.w(b)) {
		b--
	}
	if b > 0 && beForms.Has(s.w(b)) && s.w(b) != "be" && (s.w(b) != "been" || s.w(b-1) == "have" || s.w(b-1) == "has" || s.w(b-1) == "had") {
		return b
	}
	return 0
}

// namedBeforePeople is the person named before "and" and unnamed people
// ending at j, a word or two of theirs between: "John Smith and bank
// officials said", "Naylor and farm credit system officials"; or any
// speaking body before "and other" people: "Martell and other analysts",
// "Halvard Corp and other dealers"; nil for none.
func namedBeforePeople(d *doc, s *sent, j int) *mention {
	if !sourceWord(s.w(j)) && !humanNoun(s.w(j)) {
		return nil
	}
	if m := s.mentionAt(j - 3); m != nil && m.last == j-2 && s.w(j-2) == "and" && s.w(j-1) == "other" && speaks(d.ents[m.ent].Type) {
		return m
	}
	if !strings.HasSuffix(s.w(j), "s") {
		return nil
	}
	for a := j - 1; a >= 1 && a >= j-4; a-- {
		if s.w(a) == "and" {
			if m := s.mentionAt(a - 1); m != nil && m.last == a && d.ents[m.ent].Type == graph.Person {
				return m
			}
			return nil
		}
		if !isLowerWord(s.raw(a)) || s.mentionAt(a) != nil {
			return nil
		}
	}
	return nil
}

// pastSubordinator is a source's words after the last word that opens a
// clause in them: "a few months ago when analysts" is "analysts".
func pastSubordinator(src string) string {
	fs := strings.Fields(src)
	for i := len(fs) - 2; i >= 0; i-- {
		if openingSubordinators.Has(strings.ToLower(fs[i])) {
			return strings.Join(fs[i+1:], " ")
		}
	}
	return src
}

// issuedBy is pluralIssuer for a text a participle reports (issued):
// the parse is read only then.
func issuedBy(d *doc, s *sent, n int, issued bool) (string, bool) {
	if !issued {
		return "", false
	}
	return pluralIssuer(d, s, n)
}

// pluralIssuer is the subject of the clause whose object holds the text
// at n ("the groups issued a statement saying"), when it is a plural
// noun that names no one: an unnamed source, not a name further back in
// the sentence ("Following meetings with Leahy, …").
func pluralIssuer(d *doc, s *sent, n int) (string, bool) {
	ps := s.parsed()
	for _, cl := range ps.Clauses {
		// (the parse may read the text as the participle's subject: the
		// verb a few words before it is the one that issues it)
		if cl.Passive || len(cl.Subject) != 1 || cl.Verb.End > n || n-cl.Verb.End > 4 ||
			slices.ContainsFunc(cl.Subject, func(np syntax.NounPhrase) bool { return np.End > cl.Verb.Start }) {
			continue
		}
		np := cl.Subject[0]
		if ps.POS[np.Head] != "NNS" || !isLowerWord(s.raw(np.Head)) || len(d.partiesOf(s, cl.Subject)) > 0 || d.jointSpeakers(s, np.Head) >= 0 {
			return "", false // (a name, or "the companies" taking up firms named together: read as before)
		}
		return d.body[s.Tokens[np.Start].Start:s.Tokens[np.End-1].End], true
	}
	return "", false
}

// kindTextOwner is the body a text at j is put out by when the words
// before it name that body by its kind: "a bank statement said", "an
// exchange statement", "the company's annual report says" — the one body
// of that kind the article speaks of (describedSpeaker); -1 otherwise.
func (d *doc) kindTextOwner(s *sent, j int, c *claims) int {
	if !bodyTexts.Has(s.w(j)) && !studyTexts.Has(s.w(j)) {
		return -1
	}
	b := j - 1
	for b > 0 && j-b <= 3 && isLowerWord(s.raw(b)) && !antecedentNouns.Has(s.w(b)) && !s.breaks(b) && s.w(b) != "the" && s.w(b) != "a" && s.w(b) != "an" {
		b-- // "annual", "monthly"
	}
	if s.possessive(b) {
		b-- // "the company's annual report"
	}
	if b < 1 || !antecedentNouns.Has(s.w(b)) || !isLowerWord(s.raw(b)) || s.mentionAt(b) != nil {
		return -1
	}
	if a := s.w(b - 1); a != "the" && a != "a" && a != "an" {
		return -1
	}
	return d.describedSpeaker(s, b, c)
}

// studyTexts are a body's studies and surveys, which speak as its
// statements do: "a Ministry of Trade survey said".
var studyTexts = wordset.Of(map[string]bool{"study": true, "survey": true, "review": true, "bulletin": true, "editorial": true, "newsletter": true})

// issuerOf is who issued the text whose noun is at t, as the words around
// it say, or -1.
func (d *doc) issuerOf(f *sent, t int) int {
	speaking := func(m *mention) int {
		if m != nil && speaks(d.ents[m.ent].Type) {
			return m.ent
		}
		return -1
	}
	b := t - 1
	for b > 0 && t-b <= 3 && isLowerWord(f.raw(b)) && !f.breaks(b) && f.w(b) != "the" && f.w(b) != "a" && f.w(b) != "its" && f.w(b) != "their" {
		b-- // "monthly", "joint", "official"
	}
	if f.possessive(b) {
		if m := f.mentionAt(b - 1); m != nil || f.w(b-2) != "the" {
			return speaking(m) // "Norway's annual report"
		}
		return d.describedSpeaker(f, b-1, nil) // "the company's annual report": the firm "the company" is
	}
	if m := f.mentionAt(b); m != nil && m.last == b+1 {
		return speaking(m) // "the Halvard Corp statement"
	}
	if w := f.w(t + 1); w == "by" || w == "from" || w == "of" {
		n := t + 2
		if f.w(n) == "the" {
			n++
		}
		m := f.mentionAt(n)
		if m != nil && f.possessive(m.last) && f.mentionAt(m.last+1) != nil {
			m = f.mentionAt(m.last + 1) // "the report of Zambia's Metal Marketing Corp"
		} else if m != nil && f.possessive(m.last) {
			return -1 // "of Zambia's state-run Metal Marketing Corporation": the body after it
		}
		return speaking(m) // "a statement by Norway"
	}
	verb := -1
	for a := t - 1; a > 1 && t-a <= 7 && !f.breaks(a); a-- {
		// "the OECD said in its latest Financial Market Trends report",
		// "said in its annual report on Indonesia": the sayer of "in
		// its/a <text>"
		if w := f.w(a); (w == "its" || w == "their" || w == "a" || w == "an") && f.w(a-1) == "in" && speechVerbs[f.w(a-2)] {
			verb = a - 2
			break
		}
	}
	switch {
	case verb > 0:
	case f.w(b) == "a" && f.w(b-1) == "in" && speechVerbs[f.w(b-2)]:
		verb = b - 2 // "Petrobras said in a statement"
	case (f.w(b) == "a" || f.w(b) == "its" || f.w(b) == "their" || f.w(b) == "the") && issueVerbs.Has(f.w(b-1)):
		verb = b - 1 // "Norway issued a statement", "The Council released its monthly report"
	}
	if verb > 0 {
		if e, _ := d.subject(f, verb, nil); e >= 0 && speaks(d.ents[e].Type) {
			return e
		}
	}
	return -1
}

// issueVerbs put out a text.
var issueVerbs = wordset.Of(map[string]bool{"issued": true, "released": true, "published": true, "sent": true, "adopted": true, "signed": true, "issues": true, "releases": true, "publishes": true})
