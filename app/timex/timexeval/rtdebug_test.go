package timexeval

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/timex"
)

func TestRTDebugTmp(t *testing.T) {
	if os.Getenv("RTDBG") == "" {
		t.Skip()
	}
	for _, name := range rtFamilies {
		if !strings.HasSuffix(name, "Parser") {
			continue
		}
		b, _ := os.ReadFile(filepath.Join("../testdata/recognizers_text_ar", name+".json"))
		var cases []rtCase
		json.Unmarshal(b, &cases)
		for _, c := range cases {
			if rtOutOfScope(c) || strings.HasPrefix(name, "Holiday") && !rtHolidayInScope(c) {
				continue
			}
			if rel, _, _ := scoreRTCase(c, true); rel {
				continue
			}
			sys := timex.Tag(c.Input, timex.Options{DCT: rtDCT(c)})
			var want []string
			for _, r := range c.Results {
				if r.Value != nil {
					want = append(want, r.Text+"="+r.Value.Timex+" "+func() string { b, _ := json.Marshal(r.Value.FutureResolution); return string(b) }())
				}
			}
			var got []string
			for _, e := range sys {
				got = append(got, e.Text+"="+e.Value)
			}
			t.Logf("%s | %s | want %v | got %v", name, c.Input, want, got)
		}
	}
}
