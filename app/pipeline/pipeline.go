// Package pipeline runs Hashiya's recognizers over a document and turns their
// output into annotation suggestions. The browser UI and the command-line
// annotate mode share it, so both give the same annotations.
package pipeline

import (
	"fmt"
	"math"
	"strconv"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
	"github.com/hashiya/hashiya/app/ner"
	"github.com/hashiya/hashiya/app/timex"
)

// Options configures Annotate.
type Options struct {
	// DCT overrides the document creation time (the reference date of
	// relative expressions). Zero: the dateline detected at the top of the
	// text; without one, relative expressions are anchored on the text's
	// own dates (timex.Options.Narrative), or on Now() when Today is set.
	DCT time.Time
	// Today makes Now() the DCT of a text without a dateline (the
	// behaviour before narrative anchoring; CLI: --dct today).
	Today bool
	// Now is the clock used by Today; nil means time.Now.
	Now func() time.Time
	// PartialEntities: when the entity model cannot be had (the browser
	// build before the model file has arrived, ner.ErrNotLoaded, or after
	// it failed to load), return the temporal suggestions with
	// Result.EntityErr set instead of failing (the UI adds the entities
	// later with Entities).
	PartialEntities bool
}

// DCT sources reported in Result.DCTSource.
const (
	SourceOverride = "override" // Options.DCT
	SourceDateline = "dateline" // timex.DetectDCT found it in the text
	SourceToday    = "today"    // the clock (Options.Today)
	// SourceText: no override and no dateline; Result.DCT is zero and
	// relative expressions are anchored on the most recent explicit date
	// the text states before them, else left underspecified (XXXX-XX-XX).
	SourceText = "text"
)

// Result is the output of Annotate.
type Result struct {
	DCT       time.Time // reference date used to resolve relative expressions; zero with SourceText
	DCTSource string    // SourceOverride, SourceDateline, SourceToday or SourceText
	// NoDateline is true when no DCT was given and the text has no
	// dateline (DCTSource SourceToday or SourceText): the interface says so
	// and offers to set one.
	NoDateline bool
	// DCTStart, DCTEnd locate the dateline in the text (code points) when
	// DCTSource is SourceDateline; both 0 otherwise.
	DCTStart, DCTEnd int
	// Annotations are the automatic suggestions, sorted by Start, End,
	// Label (hashiyajson.Sort): Source "auto", Status "suggested", with Quote, Prefix and
	// Suffix filled. IDs are stable for a given (Start, End, Label), so a
	// re-run (e.g. with another DCT) gives the same ids.
	Annotations []annotation.Annotation
	// EntityErr is set (with Options.PartialEntities) when the entity model
	// could not be had: Annotations then hold the temporal suggestions
	// only. errors.Is(EntityErr, ner.ErrNotLoaded) while the browser build
	// waits for the model file.
	EntityErr error
}

// entityTagger returns the NER tagger (ner.Default: loaded once per
// process, embedded natively, provided in the browser).
func entityTagger() (*ner.Tagger, error) { return ner.Default() }

// Annotate runs the temporal tagger and the entity recognizer over
// doc.Text. Offsets of the returned annotations are code points into
// doc.Text. The error is non-nil only when the entity model cannot be
// loaded (a corrupt or missing model file); then no annotation is returned,
// rather than wrong ones, unless opt.PartialEntities asks for the temporal
// ones (Result.EntityErr).
func Annotate(doc annotation.Document, opt Options) (Result, error) {
	res := Result{DCT: opt.DCT, DCTSource: SourceOverride}
	tg, err := entityTagger()
	if err != nil {
		err = fmt.Errorf("pipeline: loading the entity model: %w", err)
		if !opt.PartialEntities {
			return Result{}, err
		}
		res.EntityErr = err
	}
	scanned := timex.Scan(doc.Text) // one scan for the dateline and the expressions
	if res.DCT.IsZero() {
		if t, s, e, ok := scanned.DetectDCT(); ok {
			res.DCT, res.DCTSource, res.DCTStart, res.DCTEnd = t, SourceDateline, s, e
		} else if opt.Today {
			now := time.Now
			if opt.Now != nil {
				now = opt.Now
			}
			n := now()
			res.DCT, res.DCTSource = time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, time.UTC), SourceToday
			res.NoDateline = true
		} else {
			res.DCTSource, res.NoDateline = SourceText, true
		}
	}
	text := newCutter(doc.Text)
	exprs := scanned.Tag(timex.Options{DCT: res.DCT, Narrative: true})
	scanned.Release()
	var mentions []ner.Mention
	if tg != nil {
		mentions = tg.Tag(doc.Text)
	}
	anns := make([]annotation.Annotation, 0, len(exprs)+len(mentions))
	ids := make([]string, len(exprs))
	for i, e := range exprs {
		ids[i] = ID(e.Start, e.End, annotation.Label(e.Type))
	}
	for _, e := range exprs {
		a := suggestion(text, e.Start, e.End, annotation.Label(e.Type))
		a.Type, a.Value, a.Calendar, a.Hijri, a.Mod, a.Note = string(e.Type), e.Value, e.Calendar, e.Hijri, e.Mod, e.Note
		if e.Link >= 0 && e.Link < len(ids) {
			a.Link = ids[e.Link]
		}
		anns = append(anns, a)
	}
	anns = appendMentions(anns, text, mentions)
	text.release()
	hashiyajson.Sort(anns)
	res.Annotations = anns
	return res, nil
}

// Entities returns the entity suggestions of doc alone (what Annotate adds
// to the temporal ones), sorted as Annotate sorts them: for the browser,
// once the model file has arrived after a document was opened without
// them. The error is the model's (ner.ErrNotLoaded while it is awaited).
func Entities(doc annotation.Document) ([]annotation.Annotation, error) {
	tg, err := entityTagger()
	if err != nil {
		return nil, fmt.Errorf("pipeline: loading the entity model: %w", err)
	}
	text := newCutter(doc.Text)
	anns := appendMentions(nil, text, tg.Tag(doc.Text))
	text.release()
	hashiyajson.Sort(anns)
	return anns, nil
}

func appendMentions(anns []annotation.Annotation, text *cutter, mentions []ner.Mention) []annotation.Annotation {
	for _, m := range mentions {
		a := suggestion(text, m.Start, m.End, annotation.Label(m.Label))
		a.Entity = "e" + strconv.Itoa(m.Entity)
		anns = append(anns, a)
	}
	return anns
}

// ID is the stable id of an automatic suggestion: "auto-START-END-LABEL".
func ID(start, end int, label annotation.Label) string {
	return "auto-" + strconv.Itoa(start) + "-" + strconv.Itoa(end) + "-" + string(label)
}

func suggestion(text *cutter, start, end int, label annotation.Label) annotation.Annotation {
	return annotation.Annotation{
		ID:     ID(start, end, label),
		Start:  start,
		End:    end,
		Quote:  text.cut(start, end),
		Label:  label,
		Source: annotation.Auto,
		Status: annotation.Suggested,
		Prefix: text.cut(max(0, start-annotation.ContextLen), start),
		Suffix: text.cut(end, min(text.n, end+annotation.ContextLen)),
	}
}

// cutter cuts a text between code point offsets. A valid UTF-8 text is cut
// in place (substrings of it, no copy); otherwise through its runes, so an
// invalid byte reads as U+FFFD as string([]rune(text)[s:e]) would give.
type cutter struct {
	text  string
	n     int     // code points
	off   []int32 // byte offset of each code point, and len(text) last (valid text)
	runes []rune  // the code points (invalid text)
}

func newCutter(text string) *cutter {
	c := &cutter{text: text}
	if len(text) <= math.MaxInt32 {
		if p, ok := offsPool.Get().(*[]int32); ok && cap(*p) >= len(text)/2+1 {
			c.off = (*p)[:0]
		} else {
			c.off = make([]int32, 0, len(text)/2+1)
		}
		valid := true
		for i, r := range text { // the offsets, and the UTF-8 check on the way
			if r == utf8.RuneError {
				if _, size := utf8.DecodeRuneInString(text[i:]); size == 1 {
					valid = false
					break
				}
			}
			c.off = append(c.off, int32(i))
		}
		if valid {
			c.n = len(c.off)
			c.off = append(c.off, int32(len(text)))
			return c
		}
		c.release()
	}
	c.runes = []rune(text)
	c.n = len(c.runes)
	return c
}

// offsPool keeps the offset arrays of finished cutters (release), so
// that annotating one article after another does not allocate one per
// article.
var offsPool sync.Pool

// maxPooledOffs bounds the arrays kept (4 MiB: texts up to 1M code points).
const maxPooledOffs = 1 << 20

// release gives the cutter's offset array back for the next article; the
// cutter must not be used after (the strings cut stay valid: they are the
// text's).
func (c *cutter) release() {
	if c.off != nil && cap(c.off) <= maxPooledOffs {
		off := c.off
		offsPool.Put(&off)
	}
	c.off = nil
}

// cut returns the code points [s, e) (0 <= s <= e <= n).
func (c *cutter) cut(s, e int) string {
	if c.runes != nil {
		return string(c.runes[s:e])
	}
	return c.text[c.off[s]:c.off[e]]
}

// FormatDCT formats a DCT for display and export: "2016-11-29T11:11" when it
// has a time of day, "2016-11-29" otherwise.
func FormatDCT(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format("2006-01-02T15:04")
}

// ParseDCT parses a DCT given as 2016-11-29, 2016-11-29T11:11,
// 2016-11-29T11:11:00 or RFC 3339. Times are taken as given (no zone
// conversion); the result is in UTC.
func ParseDCT(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", "2006-01-02T15:04", "2006-01-02T15:04:05", "2006-01-02 15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC), nil
	}
	return time.Time{}, fmt.Errorf("the reference date %q is not a date like 2016-11-29 or 2016-11-29T11:11", s)
}
