package ner

import (
	"bytes"
	"encoding/csv"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestCityNamesDerived checks that the embedded city list is the set of
// Arabic country and city names (columns 1 and 3) of world-cities-ar.csv,
// sorted, one per line. UPDATE_CITY_NAMES=1 rewrites it.
func TestCityNamesDerived(t *testing.T) {
	b, err := os.ReadFile("data/world-cities-ar.csv")
	if err != nil {
		t.Fatal(err)
	}
	cr := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff"))))
	cr.FieldsPerRecord = -1
	recs, err := cr.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var names []string
	for _, rec := range recs[1:] {
		for _, k := range []int{0, 2} {
			if k < len(rec) {
				if n := strings.TrimSpace(rec[k]); n != "" && !seen[n] {
					seen[n] = true
					names = append(names, n)
				}
			}
		}
	}
	slices.Sort(names)
	if len(names) < 6000 {
		t.Fatalf("only %d names", len(names))
	}
	want := strings.Join(names, "\n") + "\n"
	path := "data/" + cityNamesFile
	if os.Getenv("UPDATE_CITY_NAMES") != "" {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("%s is not derived from world-cities-ar.csv; run UPDATE_CITY_NAMES=1 go test -run TestCityNamesDerived ./app/ner", path)
	}
}
