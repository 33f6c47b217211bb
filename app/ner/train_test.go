package ner

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestReadCoNLL(t *testing.T) {
	in := "فرانكفورت B-LOC\n(د O\nأ) O\n\n\nاتحاد B-ORG\nصناعة I-ORG\n"
	s, err := ReadCoNLL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != 2 || len(s[0].Words) != 3 || s[1].Tags[1] != "I-ORG" {
		t.Fatalf("got %+v", s)
	}
	if _, err := ReadCoNLL(strings.NewReader("lonely\n")); err == nil {
		t.Error("a line without a tag was accepted")
	}
	text, offs := s[0].Text()
	if text != "فرانكفورت (د أ)" || offs[1] != 10 || offs[2] != 13 {
		t.Errorf("Text() = %q %v", text, offs)
	}
}

func TestProject(t *testing.T) {
	s := Sentence{
		Words: []string{"قال", "(د", "أ)", "إن", "«الأمم", "المتحدة»", "ووزير", "بن-علي", "ذهب"},
		Tags:  []string{"O", "B-PERS", "I-PERS", "O", "B-ORG", "I-ORG", "O", "B-PERS", "O"},
	}
	toks, tags := project(s)
	var got []string
	for i, tk := range toks {
		got = append(got, string(tk.fold)+"/"+tagNames[tags[i]])
	}
	want := "قال/O (/O د/B-PER ا/I-PER )/O ان/O «/O الامم/B-ORG المتحده/I-ORG »/O ووزير/O بن/B-PER -/I-PER علي/I-PER ذهب/O"
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
}

func TestTrainDeterministicAndUsable(t *testing.T) {
	f, err := os.Open("testdata/anercorp/train.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	all, err := ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	sents := all[:150]
	cfg := TrainConfig{Epochs: 3, Epochs2: 2, Bits: 14, Folds: 2, Seed: 7}
	a, err := Train(sents, cfg)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Train(sents, cfg)
	if !bytes.Equal(a, b) {
		t.Fatal("training is not deterministic")
	}
	tg, err := New(a)
	if err != nil {
		t.Fatal(err)
	}
	// The model must have learned its own training data reasonably.
	text, _ := sents[0].Text()
	ms := tg.Tag(text)
	checkMentions(t, text, ms)
	if len(ms) == 0 {
		t.Errorf("no mentions in a training sentence: %q", text)
	}
}
