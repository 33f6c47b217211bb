package hashiyajson_test

import (
	"bytes"
	"flag"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
	"golang.org/x/text/unicode/norm"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.json")

// span returns the code-point range of the n-th (from 0) occurrence of sub in text.
func span(t testing.TB, text, sub string, n int) (int, int) {
	t.Helper()
	r, s := []rune(text), []rune(sub)
	for i := 0; i+len(s) <= len(r); i++ {
		if slices.Equal(r[i:i+len(s)], s) {
			if n == 0 {
				return i, i + len(s)
			}
			n--
		}
	}
	t.Fatalf("%q not in text", sub)
	return 0, 0
}

func mk(t testing.TB, doc annotation.Document, id, quote string, l annotation.Label) annotation.Annotation {
	t.Helper()
	start, end := span(t, doc.Text, quote, 0)
	a, err := annotation.Select(doc.Text, start, end, l)
	if err != nil {
		t.Fatal(err)
	}
	a.ID, a.Source, a.Status = id, annotation.Manual, annotation.Accepted
	return a
}

// sample is the document locked by testdata/golden.json.
func sample(t testing.TB) (annotation.Document, []annotation.Annotation) {
	doc := annotation.NewDocument("عاجل: وزير الخارجية", "🔴 عاجل: وزير الخارجية يصل إلى عمّان\nالثلاثاء 28 صفر 1438 هـ الموافق 28 نوفمبر 2016 <مباشر>")
	doc.DCT = "2016-11-29T11:11"
	hijri := mk(t, doc, "h1", "28 صفر 1438 هـ", annotation.DATE)
	hijri.Source, hijri.Status = annotation.Auto, annotation.Suggested
	hijri.Value, hijri.Type, hijri.Calendar, hijri.Hijri, hijri.Link = "2016-11-28", "DATE", "hijri", "1438-02-28", "g1"
	greg := mk(t, doc, "g1", "28 نوفمبر 2016", annotation.DATE)
	greg.Source, greg.Status = annotation.Auto, annotation.Accepted
	greg.Value, greg.Type, greg.Calendar, greg.Hijri, greg.Link = "2016-11-28", "DATE", "gregorian", "1438-02-28", "h1"
	loc := mk(t, doc, "l1", "عمّان", annotation.LOC)
	loc.Entity, loc.Note = "e1", "العاصمة الأردنية <b>&</b>"
	org := mk(t, doc, "o1", "الخارجية", annotation.ORG)
	org.Status = annotation.Rejected
	return doc, []annotation.Annotation{greg, loc, hijri, org}
}

func TestGolden(t *testing.T) {
	doc, anns := sample(t)
	if anns[1].Start != 30 || anns[1].End != 35 { // case A1
		t.Fatalf("A1 span = [%d,%d)", anns[1].Start, anns[1].End)
	}
	got, err := hashiyajson.Encode(doc, anns)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		os.WriteFile("testdata/golden.json", got, 0o644)
	}
	want, err := os.ReadFile("testdata/golden.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("Encode differs from testdata/golden.json (run with -update only if the format change is intended):\n%s", got)
	}
	if anns[0].ID != "g1" {
		t.Fatal("Encode modified its argument")
	}
	for _, s := range []string{`"offsets": "unicode-code-points"`, `"start": 30,`, `<b>&</b>`, "\n  \"annotations\": [\n    {\n      \"id\": \"o1\""} {
		if !strings.Contains(string(got), s) {
			t.Errorf("output lacks %q", s)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	doc, anns := sample(t)
	data, err := os.ReadFile("testdata/golden.json")
	if err != nil {
		t.Fatal(err)
	}
	f, err := hashiyajson.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	hashiyajson.Sort(anns)
	if f.Document != doc || !reflect.DeepEqual(f.Annotations, anns) || f.Version != 1 || f.Format != "hashiya" || f.Offsets != "unicode-code-points" {
		t.Fatalf("Decode(golden) = %+v", f)
	}
	again, err := hashiyajson.Encode(f.Document, f.Annotations)
	if err != nil || !bytes.Equal(again, data) {
		t.Fatalf("re-encode differs: %v", err)
	}
}

// Offsets are code points: cases A1, A10, A11, A13, A20, A21.
func TestOffsetCases(t *testing.T) {
	for _, c := range []struct {
		id, text, quote string
		start, end      int
		u16, bytes      [2]int // the same span in UTF-16 code units and UTF-8 bytes
	}{
		{"A1", "🔴 عاجل: وزير الخارجية يصل إلى عمّان", "عمّان", 30, 35, [2]int{31, 36}, [2]int{}},
		{"A10", "الفريق فاز 😀 بالمباراة", "بالمباراة", 13, 22, [2]int{14, 23}, [2]int{}},
		{"A11", "👩🏽\u200d⚕️ الطبيبة في المستشفى", "المستشفى", 17, 25, [2]int{19, 27}, [2]int{}},
		{"A13", "سجلت الوزارة 1,250 إصابة جديدة", "1,250", 13, 18, [2]int{}, [2]int{23, 28}},
		{"A20", "كَتَبَ الطالبُ الدرسَ", "الطالبُ", 7, 14, [2]int{}, [2]int{12, 26}},
		{"A21", "قال م\u0651\u064C هنا", "م\u064C\u0651", 4, 7, [2]int{}, [2]int{7, 13}},
	} {
		doc := annotation.NewDocument(c.id, c.text)
		a := annotation.Annotation{ID: "x", Start: c.start, End: c.end, Quote: c.quote, Label: annotation.MISC, Source: annotation.Manual, Status: annotation.Accepted}
		data, err := hashiyajson.Encode(doc, []annotation.Annotation{a})
		if err != nil {
			t.Fatalf("%s: %v", c.id, err)
		}
		f, err := hashiyajson.Decode(data)
		if err != nil {
			t.Fatalf("%s: %v", c.id, err)
		}
		got := f.Annotations[0]
		if got.Start != c.start || got.End != c.end || f.Document.Text != c.text || f.Document.SHA256 != annotation.Hash(c.text) {
			t.Errorf("%s: round trip gave [%d,%d) %q", c.id, got.Start, got.End, f.Document.Text)
		}
		if q, _ := annotation.Quote(f.Document.Text, got.Start, got.End); got.Quote != c.quote || norm.NFC.String(q) != norm.NFC.String(c.quote) {
			t.Errorf("%s: quote %q, slice %q", c.id, got.Quote, q)
		}
		// The same span counted in UTF-16 units or bytes is refused.
		for _, wrong := range [][2]int{c.u16, c.bytes} {
			if wrong == [2]int{} {
				continue
			}
			w := a
			w.Start, w.End = wrong[0], wrong[1]
			if _, err := hashiyajson.Encode(doc, []annotation.Annotation{w}); annotation.ErrorCode(err) != annotation.EINVALID {
				t.Errorf("%s: span %v in the wrong unit accepted: %v", c.id, wrong, err)
			}
		}
	}
	// A21: the stored text is not NFC and stays that way.
	f, err := hashiyajson.Decode([]byte(`{"format":"hashiya","version":1,"offsets":"unicode-code-points","document":{"sha256":"` +
		annotation.Hash("م\u0651\u064C") + `","title":"","text":"م\u0651\u064C","dct":""},"annotations":[{"id":"a","start":0,"end":3,"quote":"م\u064C\u0651","label":"MISC","source":"manual","status":"accepted"}]}`))
	if err != nil || f.Document.Text != "م\u0651\u064C" {
		t.Fatalf("A21: %v %+q", err, f.Document.Text)
	}
}

func header(doc, anns string) string {
	return `{"format":"hashiya","version":1,"offsets":"unicode-code-points","document":` + doc + `,"annotations":` + anns + `}`
}

func TestDecodeErrors(t *testing.T) {
	golden, err := os.ReadFile("testdata/golden.json")
	if err != nil {
		t.Fatal(err)
	}
	g := string(golden)
	text := "زار الوفد القاهرة"
	doc := `{"sha256":"` + annotation.Hash(text) + `","title":"زيارة","text":"` + text + `","dct":""}`
	okAnn := `{"id":"a","start":10,"end":17,"quote":"القاهرة","label":"LOC","source":"manual","status":"accepted"}`
	for _, c := range []struct {
		name, data, code string
		msg              []string // substrings of the user message
	}{
		{"empty", " \n", annotation.EINVALID, []string{"empty"}},
		{"truncated", g[:len(g)/2], annotation.EINVALID, []string{"truncated"}},
		{"truncated between characters", g[:strings.Index(g, `"annotations"`)], annotation.EINVALID, []string{"truncated"}},
		{"not JSON", "format: hashiya", annotation.EINVALID, []string{"not valid JSON"}},
		{"trailing garbage", g + "}", annotation.EINVALID, []string{"not valid JSON"}},
		{"not UTF-8", strings.Replace(g, "عاجل", "\xd8", 1), annotation.EINVALID, []string{"UTF-8"}},
		{"other format", `{"format":"brat"}`, annotation.EINVALID, []string{"not a Hashiya export"}},
		{"array", `[]`, annotation.EINVALID, []string{"not a JSON object"}},
		{"future version", strings.Replace(g, `"version": 1`, `"version": 2`, 1), annotation.EVERSION, []string{"newer version", "2"}},
		{"no version", strings.Replace(g, `"version": 1,`, ``, 1), annotation.EINVALID, []string{"version"}},
		{"UTF-16 offsets", strings.Replace(g, `unicode-code-points`, `utf-16`, 1), annotation.EINVALID, []string{`"utf-16"`}},
		{"no offsets", strings.Replace(g, `"offsets": "unicode-code-points",`, ``, 1), annotation.EINVALID, []string{"none"}},
		{"no document", `{"format":"hashiya","version":1,"offsets":"unicode-code-points"}`, annotation.EINVALID, []string{"no document"}},
		{"title not a string", header(`{"sha256":"ab","title":5,"text":""}`, `[]`), annotation.EINVALID, []string{`The document: the field "title" must be a string, not a number`}},
		{"no text", header(`{"sha256":"ab"}`, `[]`), annotation.EINVALID, []string{"no text"}},
		{"text edited", strings.Replace(g, "يصل", "وصل", 1), annotation.ECORRUPT, []string{"does not match its sha256", "عاجل: وزير الخارجية"}},
		{"start out of range", header(doc, `[`+okAnn+`,`+strings.Replace(okAnn, `"start":10,"end":17`, `"start":10,"end":18`, 1)+`]`), annotation.EINVALID, []string{"#2", `"a"`, "[10,18)", "17 characters"}},
		{"negative start", header(doc, `[`+strings.Replace(okAnn, `"start":10`, `"start":-1`, 1)+`]`), annotation.EINVALID, []string{"#1", "[-1,17)"}},
		{"empty span", header(doc, `[`+strings.Replace(okAnn, `"end":17`, `"end":10`, 1)+`]`), annotation.EINVALID, []string{"#1", "empty"}},
		{"quote mismatch", header(doc, `[`+strings.Replace(okAnn, `"start":10,"end":17`, `"start":9,"end":16`, 1)+`]`), annotation.EINVALID, []string{"#1", "quotes", "القاهرة"}},
		{"label", header(doc, `[`+strings.Replace(okAnn, `"LOC"`, `"G&PE"`, 1)+`]`), annotation.EINVALID, []string{`"G&PE"`}},
		{"status", header(doc, `[`+strings.Replace(okAnn, `"accepted"`, `"ok"`, 1)+`]`), annotation.EINVALID, []string{"status"}},
		{"source", header(doc, `[`+strings.Replace(okAnn, `"manual"`, `"human"`, 1)+`]`), annotation.EINVALID, []string{"source"}},
		{"no id", header(doc, `[`+strings.Replace(okAnn, `"id":"a",`, ``, 1)+`]`), annotation.EINVALID, []string{"#1", "no id"}},
		{"duplicate id", header(doc, `[`+okAnn+`,`+strings.Replace(okAnn, `"LOC"`, `"ORG"`, 1)+`]`), annotation.EINVALID, []string{"#2", `"a"`, "#1"}},
		{"string offset", header(doc, `[`+strings.Replace(okAnn, `"start":10`, `"start":"10"`, 1)+`]`), annotation.EINVALID, []string{"#1", `"start" must be a whole number, not a string`}},
		{"fractional offset", header(doc, `[`+strings.Replace(okAnn, `"start":10`, `"start":10.5`, 1)+`]`), annotation.EINVALID, []string{"#1", "start"}},
	} {
		f, err := hashiyajson.Decode([]byte(c.data))
		if f != nil || annotation.ErrorCode(err) != c.code {
			t.Errorf("%s: Decode = %v, %v; want code %s", c.name, f, err, c.code)
			continue
		}
		for _, m := range c.msg {
			if !strings.Contains(annotation.ErrorMessage(err), m) {
				t.Errorf("%s: message %q lacks %q", c.name, annotation.ErrorMessage(err), m)
			}
		}
	}
	// Valid minimal files.
	for _, data := range []string{header(doc, `[`+okAnn+`]`), header(doc, `null`), header(doc, `[]`)} {
		if _, err := hashiyajson.Decode([]byte(data)); err != nil {
			t.Errorf("%s: %v", data, err)
		}
	}
}

func TestEncodeRefusesInvalid(t *testing.T) {
	doc, anns := sample(t)
	bad := slices.Clone(anns)
	bad[2].End++
	if _, err := hashiyajson.Encode(doc, bad); annotation.ErrorCode(err) != annotation.EINVALID {
		t.Fatalf("bad span encoded: %v", err)
	}
	doc.Text += " "
	if _, err := hashiyajson.Encode(doc, nil); annotation.ErrorCode(err) != annotation.EINVALID {
		t.Fatalf("hash mismatch encoded: %v", err)
	}
	empty := annotation.NewDocument("", "")
	data, err := hashiyajson.Encode(empty, nil)
	if err != nil || !strings.Contains(string(data), `"annotations": []`) {
		t.Fatalf("empty: %s %v", data, err)
	}
}

func TestMerge(t *testing.T) {
	doc, anns := sample(t)
	hashiyajson.Sort(anns) // o1 l1 h1 g1
	existing := slices.Clone(anns[:2])
	existingCopy := slices.Clone(existing)

	dupOfL1 := existing[1]
	dupOfL1.ID, dupOfL1.Status, dupOfL1.Entity = "other", annotation.Rejected, "x9" // same span+label: skipped
	sameID := mk(t, doc, "o1", "وزير", annotation.PER)                              // id taken: renamed
	sameID.Entity = "e1"                                                            // group id used by the document for عمّان
	linked := mk(t, doc, "n1", "عاجل", annotation.MISC)
	linked.Link = "other"
	toRenamed := mk(t, doc, "n2", "يصل", annotation.MISC)
	toRenamed.Link, toRenamed.Entity = "o1", "x9"
	sameSpanOtherLabel := existing[0]
	sameSpanOtherLabel.ID, sameSpanOtherLabel.Label = "n3", annotation.MISC
	incoming := []annotation.Annotation{dupOfL1, sameID, linked, toRenamed, sameSpanOtherLabel, dupOfL1}
	incomingCopy := slices.Clone(incoming)

	merged, rep := hashiyajson.Merge(existing, incoming)
	if !slices.Equal(existing, existingCopy) || !slices.Equal(incoming, incomingCopy) {
		t.Fatal("Merge modified its arguments")
	}
	if rep.Added != 4 || rep.Duplicates != 2 || len(rep.Renamed) != 1 || len(merged) != 6 {
		t.Fatalf("report %+v, %d merged", rep, len(merged))
	}
	byID := map[string]annotation.Annotation{}
	for _, a := range merged {
		if _, dup := byID[a.ID]; dup {
			t.Fatalf("duplicate id %s", a.ID)
		}
		byID[a.ID] = a
		if err := a.Validate(doc.Text); err != nil {
			t.Fatal(err)
		}
	}
	for _, e := range existing {
		if byID[e.ID] != e {
			t.Fatalf("existing %s changed or dropped", e.ID)
		}
	}
	newID := rep.Renamed["o1"]
	if r := byID[newID]; newID == "" || r.Quote != "وزير" || r.Entity == "e1" || r.Entity == "" {
		t.Fatalf("renamed = %+v", r)
	}
	if byID["n1"].Link != "l1" {
		t.Errorf("link to a skipped duplicate not redirected: %q", byID["n1"].Link)
	}
	if byID["n2"].Link != newID || byID["n2"].Entity != "e1" {
		t.Errorf("n2 = %+v; want link %s, entity e1 (the group of the duplicate)", byID["n2"], newID)
	}
	if !slices.IsSortedFunc(merged, func(a, b annotation.Annotation) int { return a.Start - b.Start }) {
		t.Error("not sorted")
	}
	if rep.String() == "" {
		t.Error("empty report")
	}
}

func TestImport(t *testing.T) {
	doc, anns := sample(t)
	data, err := hashiyajson.Encode(doc, anns)
	if err != nil {
		t.Fatal(err)
	}
	merged, rep, err := hashiyajson.Import(doc, anns[:1], data)
	if err != nil || len(merged) != 4 || rep.Added != 3 || rep.Duplicates != 1 {
		t.Fatalf("Import = %d, %+v, %v", len(merged), rep, err)
	}
	other := annotation.NewDocument("خبر آخر", "نص آخر")
	_, _, err = hashiyajson.Import(other, nil, data)
	msg := annotation.ErrorMessage(err)
	if annotation.ErrorCode(err) != annotation.ECONFLICT || !strings.Contains(msg, doc.Title) || !strings.Contains(msg, doc.SHA256[:12]) || !strings.Contains(msg, other.Title) {
		t.Fatalf("Import into another document: %v", err)
	}
	if _, _, err := hashiyajson.Import(doc, nil, data[:10]); annotation.ErrorCode(err) != annotation.EINVALID {
		t.Fatalf("truncated import: %v", err)
	}
}

func FuzzDecode(f *testing.F) {
	golden, err := os.ReadFile("testdata/golden.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(golden)
	f.Add(golden[:len(golden)/3])
	f.Add([]byte(`{"format":"hashiya","version":1,"offsets":"unicode-code-points","document":{"sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855","text":""},"annotations":[{"id":"a","start":0,"end":1}]}`))
	f.Add([]byte(`{"format":"hashiya","version":99}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := hashiyajson.Decode(data)
		if err != nil {
			if file != nil || annotation.ErrorMessage(err) == "" || annotation.ErrorCode(err) == annotation.EINTERNAL {
				t.Fatalf("bad error: %v", err)
			}
			return
		}
		// Whatever Decode accepts, Encode writes and Decode reads back the same.
		out, err := hashiyajson.Encode(file.Document, file.Annotations)
		if err != nil {
			t.Fatalf("Encode of a decoded file: %v", err)
		}
		again, err := hashiyajson.Decode(out)
		if err != nil {
			t.Fatalf("Decode of Encode: %v", err)
		}
		hashiyajson.Sort(file.Annotations)
		if again.Document != file.Document || !reflect.DeepEqual(again.Annotations, file.Annotations) {
			t.Fatalf("round trip changed the file")
		}
	})
}

// An unreviewed recognizer suggestion takes the file's accept/reject
// decision on the same span and label, keeping its id, link and entity;
// nothing reviewed or made by a person changes, and an unreviewed incoming
// suggestion decides nothing.
func TestMergeTakesDecisions(t *testing.T) {
	doc, _ := sample(t)
	sug := func(id, quote string, l annotation.Label) annotation.Annotation {
		a := mk(t, doc, id, quote, l)
		a.Source, a.Status = annotation.Auto, annotation.Suggested
		return a
	}
	fresh := sug("f1", "عمّان", annotation.LOC)
	fresh.Entity, fresh.Link = "e7", "f2"
	fresh2 := sug("f2", "الخارجية", annotation.ORG)
	manual := mk(t, doc, "m1", "وزير", annotation.PER)
	manual.Status = annotation.Rejected // reviewed here: stays as is
	fresh3 := sug("f3", "يصل", annotation.MISC)
	existing := []annotation.Annotation{fresh, fresh2, manual, fresh3}

	accepted := sug("x1", "عمّان", annotation.LOC)
	accepted.Status, accepted.Note, accepted.Entity, accepted.Link = annotation.Accepted, "العاصمة", "zz", "x2"
	rejected := sug("x2", "الخارجية", annotation.ORG)
	rejected.Status = annotation.Rejected
	overManual := mk(t, doc, "x3", "وزير", annotation.PER) // accepted in the file, rejected here
	stillSuggested := sug("x4", "يصل", annotation.MISC)
	stillSuggested.Note = "لم يراجع"
	linker := mk(t, doc, "x5", "عاجل", annotation.MISC)
	linker.Link = "x1"
	incoming := []annotation.Annotation{accepted, rejected, overManual, stillSuggested, linker, accepted}

	merged, rep := hashiyajson.Merge(existing, incoming)
	if rep.Decided != 2 || rep.Duplicates != 3 || rep.Added != 1 || len(merged) != 5 {
		t.Fatalf("report %+v, %d merged", rep, len(merged))
	}
	byID := map[string]annotation.Annotation{}
	for _, a := range merged {
		byID[a.ID] = a
	}
	if a := byID["f1"]; a.Status != annotation.Accepted || a.Note != "العاصمة" || a.Entity != "e7" || a.Link != "f2" || a.Source != annotation.Auto {
		t.Errorf("f1 = %+v: want the file's decision and note, its own id, entity and link", a)
	}
	if a := byID["f2"]; a.Status != annotation.Rejected {
		t.Errorf("f2 = %+v: want rejected", a)
	}
	if byID["m1"] != manual || byID["f3"] != fresh3 {
		t.Errorf("reviewed or undecided annotations changed: %+v %+v", byID["m1"], byID["f3"])
	}
	if byID["x5"].Link != "f1" {
		t.Errorf("link to a decided suggestion: %q, want f1", byID["x5"].Link)
	}
	if !strings.Contains(rep.String(), "2 suggestions took") {
		t.Errorf("report %q", rep.String())
	}
}
