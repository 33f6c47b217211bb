package interop_test

import (
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/interop"
)

// FuzzUTF16Index: code point ↔ UTF-16 offsets agree with unicode/utf16 and
// are inverse.
func FuzzUTF16Index(f *testing.F) {
	f.Add("📌 عاجل: انفجار في مرفأ بيروت")
	f.Add("👩🏽\u200d⚕️ a\xffb")
	f.Fuzz(func(t *testing.T, s string) {
		text := []rune(s)
		x := interop.NewUTF16Index(text)
		if x.Len() != len(utf16.Encode(text)) {
			t.Fatalf("Len %d, utf16 %d", x.Len(), len(utf16.Encode(text)))
		}
		for cp := 0; cp <= len(text); cp++ {
			u := x.ToUTF16(cp)
			if u != len(utf16.Encode(text[:cp])) {
				t.Fatalf("ToUTF16(%d) = %d", cp, u)
			}
			if back, ok := x.ToCP(u); !ok || back != cp {
				t.Fatalf("ToCP(%d) = %d %v, want %d", u, back, ok, cp)
			}
		}
		if _, ok := x.ToCP(x.Len() + 1); ok {
			t.Fatal("offset past the end accepted")
		}
	})
}

// FuzzNewlines: offsets map between a CRLF text and its LF form so that
// the characters at them agree.
func FuzzNewlines(f *testing.F) {
	f.Add("وصل الوفد.\r\nثم غادر.\r\n\r\nوعاد\r")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		nl, lf := interop.NewNewlines(s)
		if lf != strings.ReplaceAll(s, "\r\n", "\n") {
			t.Fatal("LF form")
		}
		raw, l := []rune(s), []rune(lf)
		for i := 0; i <= len(raw); i++ {
			j := nl.ToLF(i)
			if j < 0 || j > len(l) {
				t.Fatalf("ToLF(%d) = %d", i, j)
			}
			if i < len(raw) && raw[i] != '\r' && raw[i] != l[j] && !(raw[i] == '\n' && l[j] == '\n') {
				t.Fatalf("ToLF(%d) = %d: %q vs %q", i, j, raw[i], l[j])
			}
		}
		for j := 0; j <= len(l); j++ {
			i := nl.ToCRLF(j)
			if nl.ToLF(i) != j {
				t.Fatalf("ToLF(ToCRLF(%d)) = %d", j, nl.ToLF(i))
			}
		}
	})
}

// FuzzDecodeText: never a U+FFFD that the bytes did not hold, never an
// internal error.
func FuzzDecodeText(f *testing.F) {
	f.Add([]byte{0xe6, 0xd5, 0xe1, 0x20, 0xc7}, "")
	f.Add([]byte{0xff, 0xfe, 0x46, 0x06}, "")
	f.Add([]byte("abc"), "utf-16le")
	f.Fuzz(func(t *testing.T, data []byte, enc string) {
		text, used, _, err := interop.DecodeText("f", data, enc)
		if err != nil {
			if annotation.ErrorMessage(err) == "" || annotation.ErrorCode(err) == annotation.EINTERNAL {
				t.Fatal(err)
			}
			return
		}
		if !utf8.ValidString(text) || used == "" {
			t.Fatalf("%q %q", text, used)
		}
		if strings.ContainsRune(text, utf8.RuneError) && !strings.ContainsRune(string(data), utf8.RuneError) {
			t.Fatalf("U+FFFD substituted in %q (%s)", text, used)
		}
	})
}
