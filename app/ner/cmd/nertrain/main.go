// Command nertrain trains the entity model embedded by package ner.
//
//	go run ./app/ner/cmd/nertrain [-train app/ner/testdata/anercorp/train.txt] [-out app/ner/model/ner.model] [-dev]
//
// It reads the ANERcorp training file only (the test file is for reporting,
// see app/ner/nereval). With -dev, every tenth document (ner.DocSentences
// sentences) of the training file is held out and scored at the end; the
// model is then trained without it, is written to -out only if -out is set
// explicitly, and is not the one to ship. Training is deterministic.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/hashiya/hashiya/app/ner"
	"github.com/hashiya/hashiya/app/ner/nereval"
)

func main() {
	train := flag.String("train", "app/ner/testdata/anercorp/train.txt", "ANERcorp training file (token TAG per line)")
	out := flag.String("out", "app/ner/model/ner.model", "model file to write")
	epochs := flag.Int("epochs", 0, "sentence-model epochs (0: default)")
	epochs2 := flag.Int("epochs2", 0, "document-model epochs (0: default)")
	bits := flag.Int("bits", 0, "feature hash bits (0: default)")
	prune := flag.Int("prune", 0, "drop rows whose int8 weights are all below this magnitude (0: default 3)")
	rare := flag.Int("rare", 0, "train words seen at most this often as unknown (0: default, -1: none)")
	minCount := flag.Int("mincount", 0, "drop features seen fewer times in training (0: default)")
	folds := flag.Int("folds", 0, "jackknife folds for the document model's input (0: default)")
	dev := flag.Bool("dev", false, "hold out every tenth sentence and report dev F1 per epoch")
	flag.Parse()
	outSet := false
	flag.Visit(func(f *flag.Flag) { outSet = outSet || f.Name == "out" })
	if *dev && !outSet {
		*out = ""
	}
	cfg := ner.TrainConfig{Epochs: *epochs, Epochs2: *epochs2, Bits: *bits, Prune: *prune, Rare: *rare, MinCount: *minCount, Folds: *folds, Seed: 1, Log: os.Stderr}
	if err := run(*train, *out, cfg, *dev); err != nil {
		fmt.Fprintln(os.Stderr, "nertrain:", err)
		os.Exit(1)
	}
}

func run(trainPath, outPath string, cfg ner.TrainConfig, dev bool) error {
	f, err := os.Open(trainPath)
	if err != nil {
		return err
	}
	sents, err := ner.ReadCoNLL(f)
	f.Close()
	if err != nil {
		return err
	}
	var devDocs [][]ner.Sentence
	if dev {
		var tr []ner.Sentence
		for i, d := range nereval.Chunk(sents, ner.DocSentences) {
			if i%10 == 9 {
				devDocs = append(devDocs, d)
			} else {
				tr = append(tr, d...)
			}
		}
		sents = tr
	}
	start := time.Now()
	b, err := ner.Train(sents, cfg)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "trained in %s, model %d bytes\n", time.Since(start).Round(time.Millisecond), len(b))
	if outPath != "" {
		if err := os.WriteFile(outPath, b, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "wrote %s\n", outPath)
	}
	if dev {
		t, err := ner.New(b)
		if err != nil {
			return err
		}
		nereval.Print(os.Stderr, nereval.ScoreDocs(t, "dev (held-out training documents)", devDocs))
	}
	return nil
}
