package ingest_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// corpusSentences are written for these tests: news-style statements about
// leaders, countries and organisations the gazetteer knows, so that every
// stage of the pipeline has something to find. Articles are made by taking
// runs of them, which gives each article a different body.
var corpusSentences = []string{
	"President Joe Biden met Chinese President Xi Jinping in Bali on Monday to discuss trade and Taiwan.",
	"Russian President Vladimir Putin said Moscow would not accept new sanctions from the European Union.",
	"Foreign Minister Sergei Lavrov told reporters in Geneva that talks with Washington had been useful.",
	"North Korean leader Kim Jong-un oversaw the launch of a missile that landed in the sea east of the Korean peninsula.",
	"South Korean President Yoon Suk Yeol called for closer security cooperation with Japan and the United States.",
	"Japanese Prime Minister Fumio Kishida visited Kyiv on Tuesday and pledged support for Ukraine.",
	"The United Nations Security Council voted to extend its mission in Mali for another year.",
	"NATO Secretary General Jens Stoltenberg said the alliance would increase its presence in Poland.",
	"German Chancellor Olaf Scholz and French President Emmanuel Macron met in Paris to discuss energy prices.",
	"Indian Prime Minister Narendra Modi hosted leaders of the Group of Twenty in New Delhi.",
	"Chinese Foreign Minister Wang Yi arrived in Moscow for two days of talks with his Russian counterpart.",
	"Secretary of State Antony Blinken warned that Beijing's support for Moscow would carry consequences.",
	"The International Monetary Fund lowered its growth forecast for the euro area on Wednesday.",
	"Turkish President Recep Tayyip Erdogan offered to host talks between Russia and Ukraine in Istanbul.",
	"British Prime Minister Rishi Sunak announced new military aid for Ukraine during a visit to Kyiv.",
	"Ukrainian President Volodymyr Zelensky addressed the European Parliament in Brussels on Thursday.",
	"\"We will not be intimidated,\" said Mr. Zelensky, according to a transcript released by his office.",
	"The World Health Organization said cases of cholera had risen sharply in Syria and Lebanon.",
	"Iran said it would resume cooperation with the International Atomic Energy Agency after talks in Tehran.",
	"Israeli Prime Minister Benjamin Netanyahu met Egyptian President Abdel Fattah el-Sisi in Cairo.",
	"Saudi Arabia and the United Arab Emirates agreed to cut oil output, according to a statement from OPEC.",
	"Brazilian President Luiz Inacio Lula da Silva criticised the sanctions imposed on Venezuela.",
	"Mr. Putin accused the West of trying to weaken Russia, in a speech broadcast from the Kremlin.",
	"Mr. Xi said China and Russia would deepen their partnership in trade and energy.",
	"Officials in Seoul said the launch violated resolutions of the United Nations Security Council.",
	"Canadian Prime Minister Justin Trudeau expelled a Chinese diplomat accused of interference.",
	"Polish President Andrzej Duda thanked Washington for the deployment of additional troops.",
	"The African Union suspended Niger after soldiers detained President Mohamed Bazoum in Niamey.",
	"Australian Prime Minister Anthony Albanese travelled to Beijing for his first visit as leader.",
	"Pope Francis appealed for a ceasefire in Gaza during his weekly address in Rome.",
}

// corpusFile is one generated article on disk.
type corpusFile struct {
	Path string
	Data []byte
}

// writeCorpus writes n generated plain-text articles into dir, named so that
// their lexical order is their number order, and returns them in that
// order. Article i starts at sentence i, so bodies differ while n does not
// exceed the number of sentences.
func writeCorpus(t testing.TB, dir string, n int) []corpusFile {
	t.Helper()
	if n > len(corpusSentences) {
		t.Fatalf("writeCorpus: %d articles asked, at most %d distinct", n, len(corpusSentences))
	}
	day := time.Date(2023, time.March, 1, 0, 0, 0, 0, time.UTC)
	files := make([]corpusFile, n)
	for i := range n {
		var b strings.Builder
		date := day.AddDate(0, 0, i)
		fmt.Fprintf(&b, "- actorgraph test desk - %s\n\n", date.Format("Monday, January 2, 2006"))
		fmt.Fprintf(&b, "Generated dispatch %d on diplomacy and security\n\n", i+1)
		for k := range 8 {
			b.WriteString(corpusSentences[(i+3*k)%len(corpusSentences)])
			if k%2 == 1 {
				b.WriteString("\n\n")
			} else {
				b.WriteString(" ")
			}
		}
		p := filepath.Join(dir, fmt.Sprintf("%03d.txt", i+1))
		files[i] = corpusFile{Path: p, Data: []byte(b.String())}
		if err := os.WriteFile(p, files[i].Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return files
}
