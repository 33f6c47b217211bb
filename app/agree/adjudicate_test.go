package agree

import (
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
)

func TestAdjudicate(t *testing.T) {
	ans := pair(t)
	// A links the person to the place; the link survives when both are kept.
	ans[0].Links = []annotation.Link{{ID: "r1", From: "a1", To: "a2", Type: annotation.LocatedIn}}
	adj, err := Adjudicate(ans, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Agreed: LOC «القاهرة». Disagreements in text order: PER (A «محمد علي»
	// / B «محمد»), DATE (A without يوم, value -05 / B with it, value -06),
	// ORG «عاد» (B only).
	if len(adj.Agreed) != 1 || adj.Agreed[0].Ann.Quote != "القاهرة" || len(adj.Disagreements) != 3 {
		t.Fatalf("agreed %+v, %d disagreements", adj.Agreed, len(adj.Disagreements))
	}
	if s := adj.Disagreements[0].Side(1); len(s) != 1 || s[0].Ann.Quote != "محمد" {
		t.Errorf("B's side of the PER disagreement = %+v", s)
	}
	if _, _, _, err := adj.Gold(); annotation.ErrorCode(err) != annotation.EINVALID || !strings.Contains(annotation.ErrorMessage(err), "3 of 3") {
		t.Errorf("undecided gold: %v", err)
	}
	if err := adj.Decide(0, 5); err == nil {
		t.Error("annotator #6 accepted")
	}
	adj.Decide(0, 0) // PER: A's side
	adj.Decide(1, 1) // DATE: B's side
	adj.Decide(2)    // ORG: neither
	anns, links, rec, err := adj.Gold()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]struct {
		status   annotation.Status
		decision string
		agreed   string
	}{
		"القاهرة":         {annotation.Accepted, DecisionAgreed, "A B"},
		"محمد علي":        {annotation.Accepted, DecisionKept, "A"},
		"محمد":            {annotation.Rejected, DecisionDropped, "B"},
		"5 مايو 2020":     {annotation.Rejected, DecisionDropped, "A"},
		"يوم 5 مايو 2020": {annotation.Accepted, DecisionKept, "B"},
		"عاد":             {annotation.Rejected, DecisionDropped, "B"},
	}
	if len(anns) != len(want) {
		t.Fatalf("gold = %+v", anns)
	}
	for i, a := range anns {
		w := want[a.Quote]
		e := rec.Annotations[i]
		if a.Status != w.status || e.ID != a.ID || e.Decision != w.decision || strings.Join(e.Agreed, " ") != w.agreed {
			t.Errorf("%s: %s, record %+v; want %+v", a.Quote, a.Status, e, w)
		}
	}
	if len(links) != 1 || links[0].From != "gold-4-12-PER" || links[0].To != "gold-13-20-LOC" {
		t.Errorf("gold links = %+v", links)
	}
	data, err := adj.EncodeGold()
	if err != nil {
		t.Fatal(err)
	}
	f, err := hashiyajson.Decode(data)
	if err != nil || len(f.Annotations) != 6 || len(f.Links) != 1 || !strings.Contains(string(data), `"adjudication": {`) {
		t.Errorf("gold export does not decode as a Hashiya file (%v):\n%s", err, data)
	}
}
