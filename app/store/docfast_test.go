package store

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
)

// TestDecodeDocFast checks the fast decoding of a document record against
// encoding/json's, on texts with every escape json.Marshal writes and a
// title that looks like the text's key.
func TestDecodeDocFast(t *testing.T) {
	texts := []string{
		"",
		"نص عربي بسيط",
		"سطر أول\nسطر \"ثان\"\r\n\tثالث \\ <b>&amp;</b> \u2028 \u2029 \x01 😀 ﷺ",
		strings.Repeat("كلمة، ", 5000) + "\n\n" + strings.Repeat("\"text\":\"", 3),
	}
	for _, text := range texts {
		for _, title := range []string{"عنوان", `"text":"x`, `a","text":"b`} {
			rec := docRecord{Version: Version, Updated: time.Unix(1700000000, 5).UTC(), Document: annotation.Document{SHA256: annotation.Hash(text), Title: title, Text: text, DCT: "2016-11-29"}}
			raw, err := json.Marshal(rec)
			if err != nil {
				t.Fatal(err)
			}
			got, ok := decodeDocFast(string(raw))
			if strings.Count(string(raw), `"text":"`) == 1 && !ok {
				t.Errorf("title %q, text %.20q: not decoded", title, text)
				continue
			}
			if !ok {
				continue // left to encoding/json
			}
			var want docRecord
			if err := json.Unmarshal(raw, &want); err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Errorf("title %q, text %.20q: got %+v, want %+v", title, text, got.Document, want.Document)
			}
		}
	}
}

// TestUnquoteJSON compares unquoteJSON with encoding/json on hand-written
// strings, valid and not.
func TestUnquoteJSON(t *testing.T) {
	for _, in := range []string{
		`"abc"`, `"\u0041\u00e9\u062a"`, `"\ud83d\ude00"`, `"\ud83d"`, `"\ud83dx"`, `"\ude00\ud83d\u0041"`,
		`"\/\b\f\n\r\t\\\""`, `"\x"`, `"\u12"`, `"abc`, "\"a\x01b\"", `"\uD83D\uDE00"`, `"ok"tail`,
	} {
		got, n, ok := unquoteJSON(in)
		var want string
		end := strings.LastIndexByte(in, '"') + 1
		err := json.Unmarshal([]byte(in[:max(end, 1)]), &want)
		if ok != (err == nil) {
			t.Errorf("%s: ok %v, encoding/json says %v", in, ok, err)
			continue
		}
		if ok && (got != want || n != end) {
			t.Errorf("%s: got %q (%d bytes), want %q (%d)", in, got, n, want, end)
		}
	}
}
