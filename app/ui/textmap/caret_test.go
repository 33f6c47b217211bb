package textmap

import "testing"

func TestStep(t *testing.T) {
	text := []rune("زارَ وفدٌ 😀 هنا\r\nثم")
	var fw []int
	for p := 0; p < len(text); {
		p = Step(text, p, 1)
		fw = append(fw, p)
	}
	want := []int{1, 2, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19}
	if len(fw) != len(want) {
		t.Fatalf("forward steps %v, want %v", fw, want)
	}
	for i := range want {
		if fw[i] != want[i] {
			t.Fatalf("forward steps %v, want %v", fw, want)
		}
	}
	for i := len(want) - 1; i > 0; i-- {
		if got := Step(text, want[i], -1); got != want[i-1] {
			t.Errorf("Step(%d, -1) = %d, want %d", want[i], got, want[i-1])
		}
	}
	if Step(text, 0, -1) != 0 || Step(text, len(text), 1) != len(text) {
		t.Error("Step does not clamp at the ends")
	}
}

func TestWordStep(t *testing.T) {
	text := []rune("سجلت الوزارة 1,250 إصابة، جديدة.")
	for _, c := range []struct{ pos, dir, want int }{
		{0, 1, 4}, {4, 1, 12}, {12, 1, 18}, {15, 1, 18}, {18, 1, 24}, {24, 1, 31}, {31, 1, 32},
		{32, -1, 26}, {26, -1, 19}, {19, -1, 13}, {13, -1, 5}, {7, -1, 5}, {0, -1, 0},
	} {
		if got := WordStep(text, c.pos, c.dir); got != c.want {
			t.Errorf("WordStep(%d, %d) = %d, want %d", c.pos, c.dir, got, c.want)
		}
	}
}

func TestMove(t *testing.T) {
	text := []rune("رئيس الوزراء التقى وزير الدفاع\nسطر")
	sel := Selection{19, 19}
	// Ctrl+Shift+ArrowLeft twice in RTL text: forward by two words (A9).
	sel, _ = Move(text, sel, Key{Name: "ArrowLeft", Shift: true, Word: true})
	sel, _ = Move(text, sel, Key{Name: "ArrowLeft", Shift: true, Word: true})
	if s, e := sel.Span(); s != 19 || e != 30 {
		t.Fatalf("two word steps = [%d,%d), want [19,30)", s, e)
	}
	// Shift+ArrowRight: one character back.
	sel, _ = Move(text, sel, Key{Name: "ArrowRight", Shift: true})
	if s, e := sel.Span(); s != 19 || e != 29 {
		t.Fatalf("shrunk = [%d,%d), want [19,29)", s, e)
	}
	// ArrowRight without Shift collapses to the start.
	if got, _ := Move(text, sel, Key{Name: "ArrowRight"}); got != (Selection{19, 19}) {
		t.Fatalf("collapse = %+v", got)
	}
	// Selecting backwards from the end of a word (A6 the other way).
	sel = Selection{30, 30}
	sel, _ = Move(text, sel, Key{Name: "ArrowRight", Shift: true, Word: true})
	if s, e := sel.Span(); s != 24 || e != 30 {
		t.Fatalf("backward word = [%d,%d), want [24,30)", s, e)
	}
	if got, _ := Move(text, Selection{3, 3}, Key{Name: "End", Shift: true}); got != (Selection{3, 30}) {
		t.Fatalf("Shift+End = %+v", got)
	}
	if got, _ := Move(text, Selection{33, 33}, Key{Name: "Home"}); got != (Selection{31, 31}) {
		t.Fatalf("Home on line 2 = %+v", got)
	}
	if _, ok := Move(text, sel, Key{Name: "a"}); ok {
		t.Fatal("a letter moved the caret")
	}
}
