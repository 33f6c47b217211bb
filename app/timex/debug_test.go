package timex

import (
	"os"
	"strings"
	"testing"
	"time"
)

// TestDebugTag prints the expressions of TIMEX_DEBUG_TEXT (lines) at DCT
// 2016-11-29T11:11; it is skipped unless the variable is set.
func TestDebugTag(t *testing.T) {
	txt := os.Getenv("TIMEX_DEBUG_TEXT")
	if txt == "" {
		t.Skip("set TIMEX_DEBUG_TEXT")
	}
	dct := time.Date(2016, 11, 29, 11, 11, 0, 0, time.UTC)
	for _, line := range strings.Split(txt, "\n") {
		for _, e := range Tag(line, Options{DCT: dct}) {
			t.Logf("%q → [%d,%d) %q %s %s cal=%s h=%s link=%d note=%s", line, e.Start, e.End, e.Text, e.Type, e.Value, e.Calendar, e.Hijri, e.Link, e.Note)
		}
	}
}
