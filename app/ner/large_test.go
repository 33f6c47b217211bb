package ner

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestLargeRepetitiveInputs runs inputs that would expose quadratic work
// (see BenchmarkTag for speed) and checks the output invariants.
func TestLargeRepetitiveInputs(t *testing.T) {
	tg := mustDefault(t)
	r := rand.New(rand.NewPCG(3, 4))
	letters := []rune("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
	var names strings.Builder
	for i := 0; i < 20000; i++ {
		names.WriteString("قال الرئيس محمد ")
		for k := 0; k < 6; k++ {
			names.WriteRune(letters[r.IntN(len(letters))])
		}
		names.WriteString(" إن. ")
	}
	for name, s := range map[string]string{
		"guillemets":     strings.Repeat("«", 100000),
		"one place":      strings.Repeat("باريس ", 50000),
		"one name":       strings.Repeat("محمد علي ", 30000),
		"distinct names": names.String(),
		"sentences":      strings.Repeat("قال الرئيس محمد مرسي إن «حفتر» في بنغازي ووزارة الخارجية. ", 5000),
		"no spaces":      strings.Repeat("بباريس", 30000),
		"digits":         strings.Repeat("1", 200000),
	} {
		t.Run(name, func(t *testing.T) { checkMentions(t, s, tg.Tag(s)) })
	}
}
