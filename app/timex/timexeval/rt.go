package timexeval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/hashiya/hashiya/app/arabic"
	"github.com/hashiya/hashiya/app/timex"
)

// rtScopeNote documents the Recognizers-Text spec families scored and why
// the others are left out.
const rtScopeNote = `
Families in scope: Date, Time, Duration and Set extractors and parsers (the
point dates, clock times, durations and frequencies Hashiya annotates), and
the Holiday ones for the feasts Hashiya dates (عيد الفطر، عيد الأضحى، رأس
السنة الهجرية، المولد النبوي، عيد الميلاد، رأس السنة الجديدة); other holidays
(Western, Chinese, national days; الحج, a period) are skipped.
Families out of scope: DatePeriod*, TimePeriod*, DateTimePeriod* and
DateTime* (one span per range or per date+time: the project's gold
convention splits ranges into point dates and a date and its clock time
into two spans); DateTimeModel and Merged* (mixtures of the above).
Cases out of scope inside the families (counted in "skipped"): a day of the
month alone (في 15، للثاني، يوم 27), a day/month in digits without a year
(4/22، 22-4: the gold marks "٤ / ٢" as an article number, not a date), the
English "11/12, 16" form, years or clock times written as number words
(ألف وتسعمائة، ثمانية وأربعين) and bare hours in digits (عند 7): in news
these are counts, scores and article numbers far more often than dates.
Brought back into scope: two-digit years (16/04/21, 18-9-15: read day,
month, year, the Arab press order, so "16/04/21" is 2021-04-16 where the
spec, translated from English, expects 2016-04-21) and hours as ordinal
words after a preposition (في السابعة، عند الحادية عشرة).
A case passes "relaxed" when every expected result is overlapped by a
system span (for parsers: whose value equals the expected TIMEX, or its
resolution, or the TIMEX with X placeholders filled), and a case expecting
nothing gets no span; "strict" also requires the exact offsets; "conv"
is strict up to the gold convention on heads and prepositions: a leading
يوم/نهار/هذا and a leading في/إلى/عند/بعد/قبل/منذ are ignored on both sides
(the gold keeps يوم in "يوم الثلاثاء" and قبل in "قبل يومين"; the specs
do the opposite).`

// rtFamilies are the spec files scored, in print order.
var rtFamilies = []string{
	"DateExtractor", "DateParser",
	"HolidayExtractor", "HolidayParser",
	"TimeExtractor", "TimeParser",
	"DurationExtractor", "DurationParser",
	"SetExtractor", "SetParser",
}

// RTResult is the pass count of one spec family.
type RTResult struct {
	Name                                  string
	Cases, Relaxed, Strict, Conv, Skipped int
	Failures                              []string // rtFailure of each failed case
}

type rtCase struct {
	Input        string
	Context      struct{ ReferenceDateTime string }
	NotSupported string
	Results      []struct {
		Text   string
		Start  int
		Length int
		Value  *struct {
			Timex            string
			FutureResolution map[string]string
			PastResolution   map[string]string
		}
	}
}

// ScoreRT scores the in-scope spec families found in dir.
func ScoreRT(dir string) ([]RTResult, error) {
	var out []RTResult
	for _, name := range rtFamilies {
		b, err := os.ReadFile(filepath.Join(dir, name+".json"))
		if err != nil {
			return nil, fmt.Errorf("timexeval: Recognizers-Text spec: %w", err)
		}
		var cases []rtCase
		if err := json.Unmarshal(b, &cases); err != nil {
			return nil, fmt.Errorf("timexeval: reading %s: %w", name, err)
		}
		parser := strings.HasSuffix(name, "Parser")
		r := RTResult{Name: name}
		holiday := strings.HasPrefix(name, "Holiday")
		for _, c := range cases {
			if rtOutOfScope(c) || holiday && !rtHolidayInScope(c) {
				r.Skipped++
				continue
			}
			r.Cases++
			rel, strict, conv := scoreRTCase(c, parser)
			if rel {
				r.Relaxed++
			} else {
				r.Failures = append(r.Failures, rtFailure(c))
			}
			if strict {
				r.Strict++
			}
			if conv {
				r.Conv++
			}
		}
		out = append(out, r)
	}
	return out, nil
}

// rtFailure describes a failed case: the input, the expected spans with
// their TIMEX values and what the tagger found.
func rtFailure(c rtCase) string {
	var b strings.Builder
	b.WriteString(c.Input + " | want")
	for _, r := range c.Results {
		b.WriteString(" [" + r.Text)
		if r.Value != nil {
			b.WriteString("=" + r.Value.Timex)
		}
		b.WriteString("]")
	}
	b.WriteString(" | got")
	for _, e := range timex.Tag(c.Input, timex.Options{DCT: rtDCT(c)}) {
		b.WriteString(" [" + e.Text + "=" + e.Value + "]")
	}
	return b.String()
}

// rtDCT is the reference time of a case (2016-11-07 when absent).
func rtDCT(c rtCase) time.Time {
	ref := c.Context.ReferenceDateTime
	if len(ref) >= 19 {
		if t, err := time.Parse("2006-01-02T15:04:05", ref[:19]); err == nil {
			return t
		}
	}
	return time.Date(2016, 11, 7, 0, 0, 0, 0, time.UTC)
}

func scoreRTCase(c rtCase, parser bool) (relaxed, strict, conv bool) {
	sys := timex.Tag(c.Input, timex.Options{DCT: rtDCT(c)})
	if len(c.Results) == 0 {
		return len(sys) == 0, len(sys) == 0, len(sys) == 0
	}
	relaxed, strict, conv = true, true, true
	rs := []rune(c.Input)
	for _, r := range c.Results {
		start, end := rtOffsets(c.Input, r.Text, r.Start, r.Length)
		foundR, foundS, foundC := false, false, false
		for _, e := range sys {
			if !overlap(start, end, e.Start, e.End) {
				continue
			}
			if parser && r.Value != nil && !rtValueOK(e, r.Value.Timex, r.Value.FutureResolution, r.Value.PastResolution) {
				continue
			}
			foundR = true
			if e.Start == start && e.End == end {
				foundS = true
			}
			if convStart(rs, e.Start, e.End) == convStart(rs, start, end) && e.End == end {
				foundC = true
			}
		}
		relaxed = relaxed && foundR
		strict = strict && foundS
		conv = conv && foundC
	}
	return relaxed, strict, conv
}

// rtConvWords are the leading words the gold convention and the specs
// treat differently (see rtScopeNote).
var rtConvWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields("يوم نهار هذا هذه في إلى الى عند بعد قبل منذ") {
		rtConvWords[arabic.FoldString(w)] = true
	}
}

// convStart returns the start of span [start, end) of rs after leading
// words of rtConvWords.
func convStart(rs []rune, start, end int) int {
	for {
		k := start
		for k < end && rs[k] != ' ' {
			k++
		}
		if k >= end || !rtConvWords[arabic.FoldString(string(rs[start:k]))] {
			return start
		}
		for k < end && rs[k] == ' ' {
			k++
		}
		start = k
	}
}

// rtHolidayNames are the feasts Hashiya dates (folded).
var rtHolidayNames = []string{"عيد الفطر", "عيد الأضحى", "رأس السنة الهجرية", "المولد النبوي", "عيد الميلاد", "رأس السنة الجديدة"}

// rtHolidayInScope reports whether every expected holiday of a Holiday
// case is one Hashiya dates.
func rtHolidayInScope(c rtCase) bool {
	for _, r := range c.Results {
		t := arabic.FoldString(r.Text)
		ok := false
		for _, h := range rtHolidayNames {
			if strings.Contains(t, arabic.FoldString(h)) && !strings.Contains(t, "ليله") {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return len(c.Results) > 0
}

// rtOffsets returns the code-point span of an expected result. The specs
// give Start in UTF-16 units (sometimes -1); the text is searched when the
// offsets do not match it.
func rtOffsets(input, text string, start, length int) (int, int) {
	rs := []rune(input)
	u := utf16.Encode(rs)
	if start >= 0 && start+length <= len(u) && string(utf16.Decode(u[start:start+length])) == text {
		cp := len(utf16.Decode(u[:start]))
		return cp, cp + len([]rune(text))
	}
	if i := strings.Index(input, strings.TrimSpace(text)); i >= 0 {
		cp := len([]rune(input[:i]))
		return cp, cp + len([]rune(strings.TrimSpace(text)))
	}
	return 0, len(rs)
}

// rtValueOK compares a system value with the expected TIMEX and its
// resolutions.
func rtValueOK(e timex.Expression, tx string, fut, past map[string]string) bool {
	v := e.Value
	if v == "" {
		return false
	}
	if SameValue(v, tx) {
		return true // PT90M = PT1.5H
	}
	for _, m := range []map[string]string{fut, past} {
		for k, rv := range m {
			switch k {
			case "date":
				// a coarser value containing the resolved day also agrees
				if v == rv || strings.HasPrefix(rv, v) && len(v) >= 4 {
					return true
				}
			case "set":
				if strings.TrimPrefix(rv, "Set: ") == v || strings.TrimPrefix(rv, "Set: ")+":00" == v {
					return true
				}
			case "dateTime":
				if strings.Replace(rv, " ", "T", 1)[:min(16, len(rv))] == v {
					return true
				}
			case "time":
				if i := strings.IndexByte(v, 'T'); i >= 0 && len(rv) >= 5 {
					c := v[i+1:]
					if c == "24:00" {
						c = "00:00" // ISO 8601: 24:00 ends the day = 00:00
					}
					if c == rv[:5] {
						return true
					}
				}
			case "duration":
				if secs, ok := durationSeconds(v); ok && strconv.FormatInt(secs, 10) == rv {
					return true
				}
			}
		}
	}
	// "T15" (hour only) is T15:00
	if strings.HasPrefix(tx, "T") && len(tx) == 3 && strings.HasSuffix(v, tx+":00") {
		return true
	}
	if i := strings.Index(tx, "T"); i > 0 && len(tx) == i+3 && v == tx+":00" {
		return true
	}
	// TIMEX with X placeholders: compare the fields that are stated
	if len(tx) == len(v) {
		ok := true
		for i := 0; i < len(tx); i++ {
			if tx[i] != 'X' && tx[i] != v[i] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// durationSeconds converts a simple TIMEX3 duration (P3D, PT2H) to seconds.
func durationSeconds(v string) (int64, bool) {
	if !strings.HasPrefix(v, "P") || len(v) < 3 {
		return 0, false
	}
	body := v[1:]
	timePart := strings.HasPrefix(body, "T")
	if timePart {
		body = body[1:]
	}
	u := body[len(body)-1]
	n, err := strconv.ParseFloat(body[:len(body)-1], 64)
	if err != nil {
		return 0, false
	}
	var s float64
	switch {
	case timePart && u == 'H':
		s = 3600
	case timePart && u == 'M':
		s = 60
	case timePart && u == 'S':
		s = 1
	case u == 'D':
		s = 86400
	case u == 'W':
		s = 7 * 86400
	case u == 'M':
		s = 30 * 86400
	case u == 'Y':
		s = 365 * 86400
	default:
		return 0, false
	}
	return int64(n * s), true
}

var (
	rtPrep        = regexp.MustCompile(`^(?:(?:في|الي|عند|يوم|علي)\s+)?(?:لل|ل)?`)
	rtDigits      = regexp.MustCompile(`^[0-9]{1,2}$`)
	rtNumericDM   = regexp.MustCompile(`^[0-9]{1,2}\s*[/.\-]\s*[0-9]{1,2}$`)
	rtCommaYY     = regexp.MustCompile(`^[0-9]{1,2}\s*[/.\-]\s*[0-9]{1,2}\s*,\s*[0-9]{2}$`)
	rtHourWord    = regexp.MustCompile(`^(?:في|عند)\s+(?:الواحده|الثالثه|الرابعه|الخامسه|السادسه|السابعه|الثامنه|التاسعه|العاشره|الحاديه عشره?|الثانيه عشره?)$`)
	rtNumberWords = map[string]bool{}
)

func init() {
	for _, w := range strings.Fields("واحد واحدة احد احدي اثنان اثنين اثنا اثني ثلاث ثلاثة اربع اربعة خمس خمسة ست ستة سبع سبعة ثمان ثماني ثمانية تسع تسعة عشر عشرة " +
		"عشرون عشرين ثلاثون ثلاثين اربعون اربعين خمسون خمسين الف الفين الفان تسعمائة تسعماية الاول الاولي الحادي الحادية الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة " +
		"السادس السادسة السابع السابعة الثامن الثامنة التاسع التاسعة العاشر العاشرة العشرين العشرون الثلاثين الثلاثون ثامنة") {
		rtNumberWords[arabic.FoldString(w)] = true
	}
}

// rtOutOfScope reports whether a case expects a phenomenon Hashiya does not
// tag by design (see rtScopeNote).
func rtOutOfScope(c rtCase) bool {
	for _, r := range c.Results {
		t := strings.TrimSpace(arabic.FoldString(r.Text))
		t = strings.ReplaceAll(t, ",", " , ")
		if rtNumericDM.MatchString(t) || rtCommaYY.MatchString(strings.TrimSpace(strings.ReplaceAll(t, " , ", ","))) {
			return true
		}
		if rtHourWord.MatchString(t) {
			continue // an hour as an ordinal word: in scope
		}
		core := rtPrep.ReplaceAllString(t, "")
		if rtDigits.MatchString(core) {
			return true
		}
		words := strings.Fields(core)
		allNum, anyWordYear := len(words) > 0, false
		for _, w := range words {
			w = strings.TrimPrefix(w, "و")
			if w == "" {
				continue
			}
			if strings.HasPrefix(w, "الف") || strings.HasPrefix(w, "تسعما") {
				anyWordYear = true
			}
			if !rtNumberWords[w] && !rtNumberWords["ال"+strings.TrimPrefix(w, "لل")] && !rtDigits.MatchString(w) {
				allNum = false
			}
		}
		if allNum || anyWordYear {
			return true
		}
	}
	return false
}
