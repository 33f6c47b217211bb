package interop

import (
	"strings"
	"testing"
	"unicode/utf16"
)

func utf16LE(s string, bom bool) []byte {
	var out []byte
	if bom {
		out = append(out, 0xFF, 0xFE)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

func utf16BE(s string) []byte {
	var out []byte
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u>>8), byte(u))
	}
	return out
}

func encodings_(rs []Reading) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Encoding)
	}
	return out
}

// A file that is not UTF-8 is offered in each encoding that reads it, the
// detected one first; what cannot be read in an encoding (an undefined
// byte, control characters) is not offered in it.
func TestReadings(t *testing.T) {
	// Case C13: وصل الرئيس إلى عمّان in Windows-1256.
	c13 := []byte{0xe6, 0xd5, 0xe1, 0x20, 0xc7, 0xe1, 0xd1, 0xc6, 0xed, 0xd3, 0x20, 0xc5, 0xe1, 0xec, 0x20, 0xda, 0xe3, 0xf8, 0xc7, 0xe4}
	rs := Readings(c13)
	if len(rs) == 0 || rs[0].Encoding != "windows-1256" || !rs[0].Guess || rs[0].Text != "وصل الرئيس إلى عمّان" || rs[0].Arabic != 1 {
		t.Fatalf("C13 readings %+v", rs)
	}
	for _, r := range rs[1:] {
		if r.Guess || r.Text == rs[0].Text {
			t.Errorf("second reading %+v", r)
		}
	}

	arabic := "وصل الوفد إلى القاهرة يوم ٢٩ نوفمبر.\r\nثم غادر."
	// UTF-16 without a byte-order mark: detected, and the other byte order
	// (CJK-looking letters) ranked after it or not offered.
	for _, tc := range []struct {
		data []byte
		want string
	}{{utf16LE(arabic, false), "utf-16le"}, {utf16BE(arabic), "utf-16be"}} {
		if text, used, guessed, err := DecodeText("f.txt", tc.data, ""); err != nil || canonical(used) != tc.want || !guessed || text != arabic {
			t.Errorf("DecodeText %s: %q %s %v %v", tc.want, text, used, guessed, err)
		}
		rs := Readings(tc.data)
		if len(rs) == 0 || rs[0].Encoding != tc.want || !rs[0].Guess || rs[0].Text != arabic {
			t.Errorf("%s: %v", tc.want, encodings_(rs))
		}
		for _, r := range rs {
			if r.Encoding == "windows-1256" || r.Encoding == "iso-8859-6" {
				t.Errorf("%s read as %s, which gives control characters", tc.want, r.Encoding)
			}
		}
	}
	// ISO-8859-6: أ is 0xC3 in both code pages, but ISO-8859-6 leaves 0xA1
	// undefined, so a Windows-1256 file using it (ہ) is offered only as
	// Windows-1256; an ISO-8859-6 text reads in both, ranked by Arabic
	// share when the detection (Windows-1256) is wrong.
	if rs := Readings([]byte{0xA1, 0xC3, 0x20}); strings.Join(encodings_(rs), ",") != "windows-1256" {
		t.Errorf("0xA1: %v", encodings_(rs))
	}
	iso := []byte{0xC7, 0xE4, 0xC8, 0xE4, 0xC7, 0xE6} // البنان in ISO-8859-6 (ل is 0xE4, ن 0xE6)
	rs = Readings(iso)
	found := false
	for _, r := range rs {
		if r.Encoding == "iso-8859-6" {
			found = r.Text == "البلان" || r.Arabic == 1
		}
	}
	if !found {
		t.Errorf("ISO-8859-6 not offered: %+v", rs)
	}
	// Not ambiguous: UTF-8 (with or without a mark), UTF-16 with a mark.
	for _, data := range [][]byte{[]byte("نص"), []byte("\xef\xbb\xbfنص"), utf16LE("نص", true), nil} {
		if rs := Readings(data); rs != nil {
			t.Errorf("%x: %v", data, encodings_(rs))
		}
	}
	// Binary: nothing reads it.
	if rs := Readings([]byte{0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'}); len(rs) != 0 {
		t.Errorf("a PNG header read as %v", encodings_(rs))
	}
}

func TestPreview(t *testing.T) {
	if got := Preview("سطر\r\nثانٍ", 20); got != "سطر ⏎ ثانٍ" {
		t.Errorf("%q", got)
	}
	if got := Preview("abcdef", 3); got != "abc…" {
		t.Errorf("%q", got)
	}
}
