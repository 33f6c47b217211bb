package textmap

import (
	"testing"
	"unicode/utf16"
)

// FuzzUTF16 checks CPToUTF16 and UTF16ToCP against unicode/utf16: they are
// inverse on code-point offsets, and an offset inside a surrogate pair
// rounds to the code points on either side.
func FuzzUTF16(f *testing.F) {
	f.Add("📌 عاجل: انفجار في مرفأ بيروت")
	f.Add("👩🏽\u200d⚕️ الطبيبة\n")
	f.Fuzz(func(t *testing.T, s string) {
		r := []rune(s)
		if UTF16Len(s) != len(utf16.Encode(r)) {
			t.Fatalf("UTF16Len = %d", UTF16Len(s))
		}
		for cp := 0; cp <= len(r)+1; cp++ {
			u := CPToUTF16(s, cp)
			if want := len(utf16.Encode(r[:min(cp, len(r))])); u != want {
				t.Fatalf("CPToUTF16(%d) = %d, want %d", cp, u, want)
			}
			if cp <= len(r) {
				if back := UTF16ToCP(s, u, false); back != cp {
					t.Fatalf("UTF16ToCP(%d) = %d, want %d", u, back, cp)
				}
				if cp < len(r) && utf16.RuneLen(r[cp]) == 2 {
					if lo, hi := UTF16ToCP(s, u+1, false), UTF16ToCP(s, u+1, true); lo != cp || hi != cp+1 {
						t.Fatalf("inside the pair at %d: %d %d", u+1, lo, hi)
					}
				}
			}
		}
	})
}
