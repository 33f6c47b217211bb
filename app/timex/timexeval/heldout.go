package timexeval

import (
	"encoding/json"
	"fmt"
	"os"
	"time"
)

// Heldout is the held-out generalization set (testdata/heldout.json):
// short news sentences composed for the project in the styles of Saudi,
// Egyptian, Levantine, Iraqi, Gulf and Maghrebi outlets, none taken from
// the gold articles, annotated to the gold guidelines.
type Heldout struct {
	Note  string        `json:"note"`
	Items []HeldoutItem `json:"items"`
}

// HeldoutItem is one sentence or short paragraph with its gold spans.
type HeldoutItem struct {
	ID       string `json:"id"`
	Region   string `json:"region"`
	DCT      string `json:"dct"` // 2016-11-29T11:11, or the dateline date (2019-03-05)
	Text     string `json:"text"`
	Timex    []Span `json:"timex"`
	Optional []Span `json:"optional"`
}

// LoadHeldout reads a held-out set file.
func LoadHeldout(path string) (Heldout, error) {
	var h Heldout
	b, err := os.ReadFile(path)
	if err != nil {
		return h, fmt.Errorf("timexeval: held-out set: %w", err)
	}
	if err := json.Unmarshal(b, &h); err != nil {
		return h, fmt.Errorf("timexeval: reading %s: %w", path, err)
	}
	return h, nil
}

// ParseDCT parses a held-out DCT: 2016-11-29T11:11 or 2016-11-29; the zero
// time when empty or malformed.
func ParseDCT(s string) time.Time {
	for _, layout := range []string{"2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// AsGold turns the held-out items into gold files and texts (keyed by
// item id) for ScoreGold.
func (h Heldout) AsGold() ([]GoldFile, map[string]string) {
	golds := make([]GoldFile, 0, len(h.Items))
	texts := make(map[string]string, len(h.Items))
	for _, it := range h.Items {
		golds = append(golds, GoldFile{File: it.ID, DCT: it.DCT, Timex: it.Timex, Optional: it.Optional})
		texts[it.ID] = it.Text
	}
	return golds, texts
}
