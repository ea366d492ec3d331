package evaluation

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"text/tabwriter"

	"actorgraph/graph"
)

// Write prints the report as tables: entities by type, relations by
// predicate, events by type, quotes, and the entity and event error counts.
func (r *Report) Write(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	row := func(name string, c *Counts) {
		if c == nil {
			c = &Counts{}
		}
		fmt.Fprintf(tw, "%s\t%d/%d\t%.1f\t%d/%d\t%.1f\t%.1f\t\n", name, c.TP, c.Pred, 100*c.Precision(), c.Found, c.Gold, 100*c.Recall(), 100*c.F1())
	}
	head := func(title string) {
		fmt.Fprintf(tw, "%s\tright/predicted\tprecision\tfound/annotated\trecall\tF1\t\n", title)
	}
	fmt.Fprintf(tw, "%d articles\t\t\t\t\t\t\n", r.Articles)
	head("entities (one node per real thing)")
	for _, t := range graph.EntityTypes {
		row(string(t), r.Entities[string(t)])
	}
	row(All, r.Entities[All])
	head("mentions (span and type)")
	row(All, r.Mentions[All])
	head("relations (stated by the evidence)")
	for _, k := range keys(r.Relations) {
		row(k, r.Relations[k])
	}
	row(All, r.Relations[All])
	head("events (type, parties, roles, date, place)")
	for _, k := range keys(r.Events) {
		if k != HardEvents {
			row(k, r.Events[k])
		}
	}
	row(HardEvents, r.Events[HardEvents])
	row(All, r.Events[All])
	head("quotes (span and speaker)")
	row(All, &r.Quotes)
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "entity nodes: %d junk, %d with no mention, %d duplicates, %d of the wrong type, %d joining two real things\nevents other than statements: %d partly right, %d matching no annotated event, %d of categories the guide does not annotate (not scored); %d of those found were found in another sentence an event lists, not its evidence\n",
		r.Junk, r.Unmentioned, r.Duplicates, r.WrongType, r.WrongLinks, r.EventsPartly, r.EventsWrong, r.EventsUnscored, r.EventsByMention)
	return err
}

func keys(m map[string]*Counts) []string {
	return slices.DeleteFunc(slices.Sorted(maps.Keys(m)), func(k string) bool { return k == All })
}
