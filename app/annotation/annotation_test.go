package annotation_test

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
)

func TestLabel(t *testing.T) {
	for _, l := range annotation.Labels {
		if !l.Valid() {
			t.Errorf("%s not valid", l)
		}
	}
	temporal := map[annotation.Label]bool{"DATE": true, "TIME": true, "DURATION": true, "SET": true}
	for _, l := range annotation.Labels {
		if l.IsTemporal() != temporal[l] {
			t.Errorf("%s.IsTemporal() = %v", l, l.IsTemporal())
		}
	}
	// Labels are open-ended: any script, case-sensitive.
	for _, l := range []annotation.Label{"EVENT", "per", "GPE", "TITLE", "حدث", "Geo-political_entity", "B.C", "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"} {
		if !l.Valid() || l.IsStandard() {
			t.Errorf("%q: Valid %v, IsStandard %v", l, l.Valid(), l.IsStandard())
		}
	}
	for _, l := range []annotation.Label{"", "TWO WORDS", " PER", "PER\n", "A\tB", "<script>", "a&b", `"q"`, "x'", "a`b", `a\b`,
		"LRM\u200e", "ZW\u200dJ", "NUL\x00", "bad\xff", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"} {
		if l.Valid() {
			t.Errorf("%q valid", l)
		}
	}
	for _, l := range annotation.Labels {
		if !l.IsStandard() {
			t.Errorf("%s not standard", l)
		}
	}
}

func TestNewDocumentHashesExactText(t *testing.T) {
	// Case A21: not NFC (shadda U+0651 before dammatan U+064C); the hash is of
	// the bytes as given, not of a normalized form.
	text := "م\u0651\u064C"
	d := annotation.NewDocument("t", text)
	sum := sha256.Sum256([]byte(text))
	if d.SHA256 != hex.EncodeToString(sum[:]) || d.Text != text {
		t.Fatalf("NewDocument = %+v", d)
	}
	if d.SHA256 == annotation.Hash("م\u064C\u0651") {
		t.Fatal("hash ignores mark order")
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	if d.Len() != 3 {
		t.Fatalf("Len = %d", d.Len())
	}
	d.Text += " "
	if annotation.ErrorCode(d.Validate()) != annotation.EINVALID {
		t.Fatal("hash mismatch not reported")
	}
	bad := annotation.NewDocument("t", "a\xffb")
	if annotation.ErrorCode(bad.Validate()) != annotation.EINVALID {
		t.Fatal("invalid UTF-8 accepted")
	}
}

// Offsets are code points: cases A1, A10, A11, A13, A20.
func TestQuoteCodePoints(t *testing.T) {
	for _, c := range []struct {
		id, text, quote string
		start, end      int
	}{
		{"A1", "🔴 عاجل: وزير الخارجية يصل إلى عمّان", "عمّان", 30, 35},
		{"A10", "الفريق فاز 😀 بالمباراة", "بالمباراة", 13, 22},
		{"A11", "👩🏽\u200d⚕️ الطبيبة في المستشفى", "المستشفى", 17, 25},
		{"A13", "سجلت الوزارة 1,250 إصابة جديدة", "1,250", 13, 18},
		{"A20", "كَتَبَ الطالبُ الدرسَ", "الطالبُ", 7, 14},
	} {
		got, err := annotation.Quote(c.text, c.start, c.end)
		if err != nil || got != c.quote {
			t.Errorf("%s: Quote = %q, %v; want %q", c.id, got, err, c.quote)
		}
		a := annotation.Annotation{ID: "x", Start: c.start, End: c.end, Quote: c.quote, Label: annotation.LOC, Source: annotation.Manual, Status: annotation.Accepted}
		if err := a.Validate(c.text); err != nil {
			t.Errorf("%s: %v", c.id, err)
		}
	}
	// A UTF-16 reading of A1 ([31,36)) is not accepted.
	a := annotation.Annotation{ID: "x", Start: 31, End: 36, Quote: "عمّان", Label: annotation.LOC, Source: annotation.Manual, Status: annotation.Accepted}
	if err := a.Validate("🔴 عاجل: وزير الخارجية يصل إلى عمّان"); annotation.ErrorCode(err) != annotation.EINVALID {
		t.Errorf("UTF-16 offsets accepted: %v", err)
	}
}

func TestQuoteRange(t *testing.T) {
	for _, r := range [][2]int{{-1, 1}, {2, 1}, {0, 4}} {
		if _, err := annotation.Quote("abc", r[0], r[1]); annotation.ErrorCode(err) != annotation.EINVALID {
			t.Errorf("Quote(%v) err = %v", r, err)
		}
	}
	if q, err := annotation.Quote("abc", 3, 3); q != "" || err != nil {
		t.Errorf("empty quote at end: %q %v", q, err)
	}
}

func TestContext(t *testing.T) {
	text := strings.Repeat("ب", 40) + "عمّان" + "😀x"
	p, s, err := annotation.Context(text, 40, 45, annotation.ContextLen)
	if err != nil || p != strings.Repeat("ب", 32) || s != "😀x" {
		t.Fatalf("Context = %q %q %v", p, s, err)
	}
	a, err := annotation.Select(text, 40, 45, annotation.LOC)
	if err != nil || a.Quote != "عمّان" || a.Prefix != p || a.Suffix != s || a.Label != annotation.LOC {
		t.Fatalf("Select = %+v %v", a, err)
	}
	p, s, err = annotation.Context(text, 0, 2, 3)
	if err != nil || p != "" || s != "ببب" {
		t.Fatalf("Context at start = %q %q %v", p, s, err)
	}
	if _, _, err := annotation.Context(text, 0, 99, 3); annotation.ErrorCode(err) != annotation.EINVALID {
		t.Fatal("out of range context accepted")
	}
}

func TestValidate(t *testing.T) {
	text := "زار الوفد القاهرة"
	ok := annotation.Annotation{ID: "a", Start: 10, End: 17, Quote: "القاهرة", Label: annotation.LOC, Source: annotation.Auto, Status: annotation.Suggested}
	if err := ok.Validate(text); err != nil {
		t.Fatal(err)
	}
	for name, mut := range map[string]func(*annotation.Annotation){
		"no id":      func(a *annotation.Annotation) { a.ID = "" },
		"empty span": func(a *annotation.Annotation) { a.End = a.Start },
		"negative":   func(a *annotation.Annotation) { a.Start = -1 },
		"past end":   func(a *annotation.Annotation) { a.End = 18 },
		"label":      func(a *annotation.Annotation) { a.Label = "G PE" },
		"source":     func(a *annotation.Annotation) { a.Source = "" },
		"status":     func(a *annotation.Annotation) { a.Status = "done" },
		"type":       func(a *annotation.Annotation) { a.Type = "EVENT" },
		"quote":      func(a *annotation.Annotation) { a.Quote = "القاهره" },
		"shifted":    func(a *annotation.Annotation) { a.Start, a.End = 9, 16 },
	} {
		a := ok
		mut(&a)
		err := a.Validate(text)
		if annotation.ErrorCode(err) != annotation.EINVALID || annotation.ErrorMessage(err) == "" {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}

// Case A21: the stored text is not NFC; a quote in NFC (or in the stored
// order) both match, and offsets count the stored code points.
func TestValidateNFC(t *testing.T) {
	text := "قال م\u0651\u064C هنا"
	for _, q := range []string{"م\u0651\u064C", "م\u064C\u0651"} {
		a := annotation.Annotation{ID: "a", Start: 4, End: 7, Quote: q, Label: annotation.MISC, Source: annotation.Manual, Status: annotation.Accepted}
		if err := a.Validate(text); err != nil {
			t.Errorf("quote %+q: %v", q, err)
		}
	}
}

func TestNewIDUnique(t *testing.T) {
	seen := map[string]bool{}
	for range 10000 {
		id := annotation.NewID()
		if len(id) != 16 || seen[id] {
			t.Fatalf("bad or repeated id %q", id)
		}
		seen[id] = true
	}
}

func TestError(t *testing.T) {
	cause := errors.New("disk on fire")
	err := fmt.Errorf("save: %w", &annotation.Error{Code: annotation.EQUOTA, Message: "Storage is full.", Err: cause})
	if annotation.ErrorCode(err) != annotation.EQUOTA || annotation.ErrorMessage(err) != "Storage is full." || !errors.Is(err, cause) {
		t.Fatalf("code/message/cause lost: %v", err)
	}
	if annotation.ErrorCode(nil) != "" || annotation.ErrorMessage(nil) != "" {
		t.Fatal("nil error has a code")
	}
	if annotation.ErrorCode(cause) != annotation.EINTERNAL || annotation.ErrorMessage(cause) == "" {
		t.Fatal("plain error not internal")
	}
}
