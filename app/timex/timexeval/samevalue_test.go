package timexeval

import "testing"

func TestSameValue(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"P13M", "P1Y1M", true}, {"P18M", "P1.5Y", true}, {"PT90M", "PT1.5H", true}, {"P42M", "P3.5Y", true},
		{"P2DE", "P20Y", true}, {"P2W", "P14D", true}, {"2016", "2016", true},
		{"PT36H", "P1.5D", false}, {"P1M", "PT1M", false}, {"P30D", "P1M", false}, {"PXY", "P1Y", false},
		{"P1Y", "2016", false}, {"P", "P", true}, {"PT", "P0D", false},
	} {
		if got := SameValue(c.a, c.b); got != c.want {
			t.Errorf("SameValue(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
