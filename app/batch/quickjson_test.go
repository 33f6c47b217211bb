package batch

import (
	"encoding/json"
	"reflect"
	"testing"
	"unicode/utf8"
)

// quickLines are lines quickRecord decodes and lines it must leave to
// encoding/json.
var quickLines = []string{
	`{"id":"a1","title":"عنوان","text":"نص الخبر","dct":"2017-01-05"}`,
	` { "text" : "x\ny" , "id" : "7" } `,
	`{"text":"\u0627\u0644\/\"\\\b\f\n\r\t é"}`,
	`{"text":"a","text":"b"}`,
	`{}`,
	`{"text":"\ud83d\ude00"}`,
	`{"text":"\ud83d"}`,
	`{"id":12,"text":"x"}`,
	`{"ID":"x","Text":"y"}`,
	`{"text":null}`,
	`{"text":"x","extra":1}`,
	`{"text":"x"} {}`,
	`{"text":"x",}`,
	`{"text":"x\q"}`,
	`{"text":"x` + "\t" + `"}`,
	`{"text":"\u00zz"}`,
	`{"text":"x"`,
	`["text"]`,
	``,
	`{"te\u0078t":"x"}`,
}

// TestQuickRecord: whatever quickRecord decodes, encoding/json decodes the
// same; it takes the usual lines.
func TestQuickRecord(t *testing.T) {
	taken := 0
	for _, line := range quickLines {
		var q, j jsonRecord
		if !quickRecord([]byte(line), &q) {
			continue
		}
		taken++
		if err := json.Unmarshal([]byte(line), &j); err != nil {
			t.Errorf("%s: quickRecord took a line encoding/json refuses (%v)", line, err)
			continue
		}
		if !reflect.DeepEqual(q, j) {
			t.Errorf("%s: quickRecord %+v, encoding/json %+v", line, q, j)
		}
	}
	if taken < 5 {
		t.Errorf("quickRecord took %d of the usual lines, want the first 5", taken)
	}
	for _, line := range quickLines[:5] {
		var q jsonRecord
		if !quickRecord([]byte(line), &q) {
			t.Errorf("%s: left to encoding/json", line)
		}
	}
}

// FuzzQuickRecord: quickRecord never disagrees with encoding/json.
func FuzzQuickRecord(f *testing.F) {
	for _, l := range quickLines {
		f.Add(l)
	}
	f.Fuzz(func(t *testing.T, line string) {
		var q, j jsonRecord
		if !utf8.ValidString(line) || !quickRecord([]byte(line), &q) {
			return // parseRecord refuses invalid UTF-8 before
		}
		if err := json.Unmarshal([]byte(line), &j); err != nil {
			t.Fatalf("%q: taken, but encoding/json: %v", line, err)
		}
		if !reflect.DeepEqual(q, j) {
			t.Fatalf("%q: quickRecord %+v, encoding/json %+v", line, q, j)
		}
	})
}
