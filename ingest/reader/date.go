package reader

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/itlightning/dateparse"
)

// monthPattern matches English month names and their abbreviations, with
// the dot some styles put after them (AP writes "Aug.", "Sept.").
const monthPattern = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`

const weekdayPattern = `(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?`

var (
	// "April 24, 2019", "Apr. 24 2019", "April 24th, 2019"
	monthFirst = regexp.MustCompile(`(?i)\b` + monthPattern + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	// "24 April 2019"
	dayFirst = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+` + monthPattern + `,?\s+(\d{4})\b`)
	// "2019-04-24", possibly followed by a time
	isoDate = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])`)
)

var months = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"may": time.May, "jun": time.June, "jul": time.July, "aug": time.August,
	"sep": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

// isoDay reads a publication date in any of the forms news sources and
// scrapers write, and returns it as YYYY-MM-DD, or "" when it cannot.
// dateparse reads a string that is all date or time stamp, keeping the
// date the publisher wrote whatever the time zone; RFC 850 and the patterns
// after it take what dateparse refuses: a date followed or preceded by other
// words ("Updated April 24, 2019 10:30 a.m. ET"), "Sept 3, 2019".
func isoDay(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if day := parsedDay(s); day != "" {
		return day
	}
	// dateparse finds "24-Apr-19" ambiguous (it could be 2024-04-19); RFC
	// 850 says it is day, month, year.
	if t, err := time.Parse(time.RFC850, s); err == nil {
		return t.Format(time.DateOnly)
	}
	if m := isoDate.FindStringSubmatch(s); m != nil {
		return validDay(m[1], monthNumber(m[2]), m[3])
	}
	if m := monthFirst.FindStringSubmatch(s); m != nil {
		return validDay(m[3], months[strings.ToLower(m[1])[:3]], m[2])
	}
	if m := dayFirst.FindStringSubmatch(s); m != nil {
		return validDay(m[3], months[strings.ToLower(m[2])[:3]], m[1])
	}
	return ""
}

// parsedDay reads s with dateparse and refuses what would be a guess: a day
// and a month that could be either way round ("04/05/2019", which
// ParseStrict rejects), and digits alone, which dateparse takes for a year
// ("2019" would become 1 January) or a Unix time.
func parsedDay(s string) string {
	if strings.Trim(s, "0123456789") == "" {
		return ""
	}
	t, err := dateparse.ParseStrict(s, dateparse.SimpleErrorMessages(true))
	if err != nil {
		return ""
	}
	return t.Format(time.DateOnly)
}

func monthNumber(s string) time.Month {
	n, _ := strconv.Atoi(s)
	return time.Month(n)
}

// validDay builds the date and refuses impossible ones (April 31) instead
// of letting time.Date roll them into the next month.
func validDay(year string, month time.Month, day string) string {
	y, err1 := strconv.Atoi(year)
	d, err2 := strconv.Atoi(day)
	if err1 != nil || err2 != nil || month < time.January || month > time.December {
		return ""
	}
	t := time.Date(y, month, d, 0, 0, 0, 0, time.UTC)
	if t.Year() != y || t.Month() != month || t.Day() != d {
		return ""
	}
	return t.Format(time.DateOnly)
}

// unixDay reads a Unix timestamp in seconds or, when it is too large to be
// seconds of this era, milliseconds.
func unixDay(n float64) string {
	if n <= 0 {
		return ""
	}
	if n > 1e11 {
		n /= 1000
	}
	return time.Unix(int64(n), 0).UTC().Format(time.DateOnly)
}
