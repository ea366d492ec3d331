package cayleystore

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"actorgraph/graph"
)

// synthetic makes news-shaped extractions for benchmarks: a fixed cast of
// countries, cities, people and organisations, drawn with a skew so that a
// few actors appear in many articles, as in real news, and each article
// stating relations, events and a quote about its cast.
type synthetic struct {
	countries, cities, people, orgs []graph.Entity
	capital                         map[string]graph.Entity // country id → city
	leads                           map[string]graph.Entity // person id → country
	publishers                      []string
}

func newSynthetic(seed uint64, countries, citiesPerCountry, people, orgs int) *synthetic {
	r := rand.New(rand.NewPCG(seed, 7))
	s := &synthetic{capital: map[string]graph.Entity{}, leads: map[string]graph.Entity{}}
	word := func(prefix string, i int) string {
		syl := []string{"ka", "lo", "ri", "ma", "su", "ten", "var", "no", "bel", "dra", "shi", "un", "pe", "zo"}
		var b strings.Builder
		b.WriteString(prefix)
		for n := 2 + r.IntN(2); n > 0; n-- {
			b.WriteString(syl[r.IntN(len(syl))])
		}
		return fmt.Sprintf("%s%d", strings.ToUpper(b.String()[:1])+b.String()[1:], i)
	}
	for i := range countries {
		code := fmt.Sprintf("X%02d", i%100) + string(rune('A'+i/100))
		c := entity(graph.Country, word("", i)+"land", code, "")
		s.countries = append(s.countries, c)
		for j := range citiesPerCountry {
			city := entity(graph.City, word("", i*citiesPerCountry+j)+" City", code, "")
			s.cities = append(s.cities, city)
			if j == 0 {
				s.capital[c.ID] = city
			}
		}
	}
	for i := range people {
		c := s.countries[s.skewed(r, len(s.countries))]
		p := entity(graph.Person, word("", i)+" "+word("", i+1), c.Country, "")
		s.people = append(s.people, p)
		s.leads[p.ID] = c
	}
	for i := range orgs {
		s.orgs = append(s.orgs, entity(graph.Organization, word("", i)+" Council", "", ""))
	}
	for i := range 12 {
		s.publishers = append(s.publishers, fmt.Sprintf("Wire Service %d", i))
	}
	return s
}

// skewed draws an index in [0,n) with small indexes far more likely.
func (s *synthetic) skewed(r *rand.Rand, n int) int {
	x := r.Float64()
	return int(x * x * x * float64(n))
}

// entities counts the distinct entities the cast holds.
func (s *synthetic) entities() int {
	return len(s.countries) + len(s.cities) + len(s.people) + len(s.orgs)
}

// article makes the i-th article; the same i always gives the same article.
func (s *synthetic) article(i int) graph.Extraction {
	r := rand.New(rand.NewPCG(uint64(i), 11))
	pick := func(es []graph.Entity) graph.Entity { return es[s.skewed(r, len(es))] }
	leader1, leader2 := pick(s.people), pick(s.people)
	c1, c2 := s.leads[leader1.ID], s.leads[leader2.ID]
	if c1.ID == c2.ID {
		c2 = s.countries[(s.skewed(r, len(s.countries))+1)%len(s.countries)]
	}
	city := s.capital[c1.ID]
	org := pick(s.orgs)
	official := pick(s.people)
	date := fmt.Sprintf("20%02d-%02d-%02d", 15+i%10, 1+i%12, 1+i%28)
	n := newNews(fmt.Sprintf("https://news.example/%d", i), fmt.Sprintf("%s and %s meet in %s", leader1.Name, leader2.Name, city.Name),
		s.publishers[i%len(s.publishers)], date,
		fmt.Sprintf("President %s of %s met %s of %s in %s on Tuesday.", leader1.Name, c1.Name, leader2.Name, c2.Name, city.Name),
		fmt.Sprintf("%s said %s and %s would sign a trade agreement at the %s.", leader1.Name, c1.Name, c2.Name, org.Name),
		fmt.Sprintf("%s, the capital of %s, hosted the talks.", city.Name, c1.Name),
		fmt.Sprintf("%s, an adviser to %s, said the %s would monitor the deal.", official.Name, leader2.Name, org.Name),
		fmt.Sprintf("Both %s and %s are members of the %s.", c1.Name, c2.Name, org.Name),
		fmt.Sprintf("Observers in %s expect %s to visit %s before the end of the year.", c2.Name, leader2.Name, c1.Name))
	n.entities(leader1, leader2, c1, c2, city, org)
	if official.ID != leader1.ID && official.ID != leader2.ID {
		n.entities(official)
	}
	n.relation(leader1, graph.RelLeaderOf, c1, 0, "President").
		relation(leader2, graph.RelLeaderOf, c2, 0, "").
		relation(city, graph.RelCapitalOf, c1, 2, "").
		relation(c1, graph.RelTradingPartnerOf, c2, 1, "").
		relation(c1, graph.RelMemberOf, org, 4, "").
		relation(c2, graph.RelMemberOf, org, 4, "").
		quote(leader1, "the two countries would sign a trade agreement", 1, c1, c2)
	if official.ID != leader1.ID && official.ID != leader2.ID {
		n.relation(official, graph.RelAffiliatedWith, org, 3, "adviser")
	}
	n.event("meeting", date, city, 0, actor(leader1), target(leader2))
	n.event("visit", "", c1, 5, actor(leader2), target(c1))
	return n.x
}
