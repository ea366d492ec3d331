package reader_test

import (
	"fmt"

	"actorgraph/ingest/reader"
)

func ExampleParse() {
	text := "- The Daily Example - Friday, March 1, 2024\n\n" +
		"Officials from both governments met in Geneva on Monday.\n\n" +
		"Copyright © 2024 The Daily Example. All rights reserved.\n"
	docs, err := reader.Parse("talks.txt", []byte(text), "")
	if err != nil {
		fmt.Println(err)
		return
	}
	d := docs[0]
	fmt.Printf("%s | %s | %s\n", d.Publisher, d.Published, d.Body)
	// Output: The Daily Example | 2024-03-01 | Officials from both governments met in Geneva on Monday.
}

func ExampleParse_problem() {
	_, err := reader.Parse("records.json", []byte(`{"title": "Talks"}`), "")
	fmt.Println(err)
	// Output: records.json: the record has no text or body field — give each record the article's text in a "text" (or "body") field
}

func ExampleClean() {
	fmt.Println(reader.Clean("Ministers met in Geneva.\r\n\r\nAdvertisement\r\n\r\nShare on Facebook\r\n\r\nThey will meet again in June."))
	// Output:
	// Ministers met in Geneva.
	//
	// They will meet again in June.
}
