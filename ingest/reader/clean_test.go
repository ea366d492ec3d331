package reader

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestClean(t *testing.T) {
	const a = "Ministers from both countries met in Geneva on Monday."
	const b = "They will meet again in June, officials said."
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"copyright and reprint lines",
			a + "\n\nCopyright © 2019 Example Times, LLC. Click here for reprint permission.\n\n© 2019 Example Media\n\nAll rights reserved.\n\n(c) 2020 Example Wire",
			a},
		{"reprint permission alone",
			a + "\n\nReprinted with permission of Example Wire.",
			a},
		{"comment policy block up to the next real paragraph",
			a + "\n\nThe Example Times Comment Policy\n\nJoin the discussion on Talkbox, the comment service we use. See the Comment Policy before you post.\n\nComments are moderated.\n\n" + b,
			a + "\n\n" + b},
		{"click lines",
			a + "\n\nClick to Read More and View Comments\n\nClick to Hide\n\nClick here to subscribe",
			a},
		{"read more and share",
			a + "\n\nRead more\n\nRead more: Talks stall in Geneva\n\nShare this:\nFacebook\nTwitter\nEmail\n\nShare on Facebook\n\nFacebook | Twitter | WhatsApp",
			a},
		{"newsletter, subscribe, follow",
			a + "\n\nSign up for our newsletter\n\nSubscribe\n\nSubscribe to our daily briefing\n\nGet the Morning Brief newsletter in your inbox\n\nFollow us on Twitter\n\nFollow Jane Doe on Instagram.\n\n" + b,
			a + "\n\n" + b},
		{"advertisement markers",
			"Advertisement\n\n" + a + "\n\nADVERTISEMENT\n\n- Advertisement -\n\nAdvertisement - scroll to continue\n\nStory continues below advertisement\n\n" + b,
			a + "\n\n" + b},
		{"cookie notices",
			"We use cookies to improve your experience on our site. By continuing you agree to our use of cookies.\n\nAccept all cookies\n\nCookie settings\n\n" + a,
			a},
		{"related block with headline links, ended by prose",
			a + "\n\nRelated articles\n\nTalks stall in Geneva\nFisheries row deepens\n\n" + b,
			a + "\n\n" + b},
		{"inline related line",
			a + "\n\nRelated: Talks stall in Geneva\n\n" + b,
			a + "\n\n" + b},
		{"originally appeared",
			a + "\n\nThis article originally appeared in The Example Review.\n\nA version of this story first appeared on Example.com.",
			a},
		{"photo credit lines and trailing credits",
			"(Photo: Example Wire)\n\n" + a + " (AP Photo/Jane Doe)\n\nPhoto by Jane Doe/Getty Images\n\nAFP via Getty Images\n\n" + b,
			a + "\n\n" + b},
		{"navigation and datelines",
			"Skip to content\nMenu\nSearch\n\nUpdated March 3, 2024 at 10:00 a.m.\n\n" + a + "\n\nTags: Geneva, fisheries\n\nBack to top",
			a},
		{"line endings, spaces, blank runs",
			"\r\n\r\n  " + a + "  \r\n\r\n\r\n\r\n" + b + "\t\r\n\r\n",
			a + "\n\n" + b},
		{"non-breaking and zero-width spaces",
			"\ufeffMinisters\u00a0met in\u200b Geneva.",
			"Ministers met in Geneva."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Clean(tt.in)); diff != "" {
				t.Errorf("Clean mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCleanKeepsRealSentences checks that sentences which merely contain
// furniture words, or begin like furniture but run on, survive.
func TestCleanKeepsRealSentences(t *testing.T) {
	keep := []string{
		"Users who click on the link are asked to subscribe to a paid service, the regulator said.",
		"Subscribers to the state broadcaster fell by a third in 2023, according to the ministry.",
		"Advertisement revenue fell 5% last year.",
		"Copyright law in the European Union was reformed in 2019 after years of debate.",
		"The minister said she would share the report with parliament on Tuesday.",
		"Readers can follow the debate on the parliament's website, where every vote is published.",
		"Related talks in Brussels were postponed until June because of the strike.",
		"Cookies sold at the summit bore the flags of both countries.",
		"The paper reprinted the letter in full on its front page.",
		"Published reports said the talks had stalled over fishing quotas.",
		"More than 10,000 workers remain in the country, officials said.",
		"Photographers waited outside the building for hours.",
		"Comments by the foreign minister angered officials in the capital.",
	}
	for _, s := range keep {
		if got := Clean(s); got != s {
			t.Errorf("Clean(%q) = %q, want it kept", s, got)
		}
	}
	// A sentence hard-wrapped so that a line starts like furniture.
	wrapped := "Officials told readers to\nsubscribe to the newsletter for updates.\n\nThe ministry asked visitors to\nclick here and there on the new portal, which drew complaints."
	if got := Clean(wrapped); got != wrapped {
		t.Errorf("Clean broke a hard-wrapped paragraph:\n%s", got)
	}
}

func TestCleanIdempotent(t *testing.T) {
	in := "Advertisement\r\n\r\nMinisters met.   \r\n\r\n\r\nThe Example Times Comment Policy\r\n\r\nPlease read our comment policy before commenting.\r\n"
	once := Clean(in)
	if twice := Clean(once); twice != once {
		t.Errorf("Clean is not idempotent:\nonce  %q\ntwice %q", once, twice)
	}
	if strings.Contains(once, "\r") {
		t.Errorf("carriage return left in %q", once)
	}
}
