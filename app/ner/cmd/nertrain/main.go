// Command nertrain trains the entity model embedded by package ner.
//
//	go run ./app/ner/cmd/nertrain [-data app/ner/testdata] [-out app/ner/model/ner.model] [-dev]
//
// It trains on ANERcorp train and WikiFANE Gold (mapped to PER/LOC/ORG/MISC
// with ner.DefaultFANEMapping unless -fac, -group, -product or -other say
// otherwise), with the optional feature groups (word clusters, large name
// lists). Unless -selfn is 0 it then self-trains: a first model so trained
// (trained without the dev split, as with -dev; -selfmodel gives its file
// instead, e.g. the ablation's last model, the same bytes) labels -selfn
// sentences of unlabelled news (-self, by default
// nereval.SelfPath, the ANT corpus of Jawhara FM news in ../shared, which
// must be present; the articles of testdata/newsdev.json are skipped), and
// the model is trained again with them added (both with
// ner.DefaultTrainConfig: features seen fewer than 3 times removed before
// training, -cutoff). It then prunes the weights below ner.ShipPrune
// (ner.Reprune). With -dev, the last
// tenth of each (nereval.LoadData) is held out and scored at the end; the
// model is then written only if -out is set explicitly, and is not the one
// to ship (the news dev set, testdata/newsdev.json, is scored too).
// Training is deterministic: the shipped model is rebuilt with
//
//	go run ./app/ner/cmd/nertrain
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/andybalholm/brotli"

	"github.com/hashiya/hashiya/app/ner"
	"github.com/hashiya/hashiya/app/ner/nereval"
)

func main() {
	data := flag.String("data", "app/ner/testdata", "directory with anercorp/train.txt and wikifane/wikifane-gold-2014.txt")
	out := flag.String("out", "app/ner/model/ner.model", "model file to write")
	epochs := flag.Int("epochs", 0, "sentence-model epochs (0: default)")
	epochs2 := flag.Int("epochs2", 0, "document-model epochs (0: default)")
	bits := flag.Int("bits", 0, "feature hash bits (0: default)")
	prune := flag.Int("prune", 0, "drop rows whose int8 weights are all below this magnitude (0: default 3)")
	rare := flag.Int("rare", 0, "train words seen at most this often as unknown (0: default, -1: none)")
	minCount := flag.Int("mincount", 0, "zero the weights of features seen fewer times in training (0: default)")
	cut := flag.Int("cutoff", 0, "remove features seen fewer times from the examples before training (0: default, keep all)")
	folds := flag.Int("folds", 0, "jackknife folds for the document model's input (0: default)")
	noWiki := flag.Bool("nowiki", false, "train on ANERcorp only")
	aug := flag.Bool("aug", false, "feature augmentation by domain (general + news weights kept)")
	noClus := flag.Bool("noclusters", false, "no word-cluster features")
	noNames := flag.Bool("nonames", false, "no features from the large name lists")
	m := ner.DefaultFANEMapping
	flag.StringVar(&m.Facility, "fac", m.Facility, "label of WikiFANE facilities (\"\" = O)")
	flag.StringVar(&m.Group, "group", m.Group, "label of WikiFANE groups (\"\" = O)")
	flag.StringVar(&m.Product, "product", m.Product, "label of WikiFANE works and products (\"\" = O)")
	flag.StringVar(&m.Other, "other", m.Other, "label of WikiFANE substances and weapons (\"\" = O)")
	dev := flag.Bool("dev", false, "hold out the dev split and score it")
	load := flag.String("load", "", "with -dev: score this model file instead of training one")
	errs := flag.String("errors", "", "with -dev: write the dev split's wrong mentions to this file")
	prunes := flag.String("reprune", "", "with -dev: also score the model re-pruned at these comma-separated magnitudes (ner.Reprune)")
	requants := flag.String("requant", "", "with -dev: also score the model pruned at ner.ShipPrune and requantized to multiples of these comma-separated steps (ner.Requantize: 2, 4, 8, 16)")
	self := flag.String("self", nereval.SelfPath, "unlabelled news for -selfn (outside the repository)")
	selfN := flag.Int("selfn", nereval.SelfSentences, "self-training: add this many sentences of -self labelled by a first model (0: none)")
	selfModel := flag.String("selfmodel", "", "with -selfn: label with this model file instead of training the first model (trained without the dev split)")
	shrink := flag.String("shrink", "", "instead of training: write to -out this model file with its word forms trimmed as shipped (ner.TrimWords, ner.ShipWordMin) and its lexicon fingerprint set to the current word lists (lists filtered after training)")
	selfOut := flag.String("selfout", "", "with -selfn and no -selfmodel: also write the first model to this file (for -selfmodel later: the same labels without training it again)")
	flag.Parse()
	outSet := false
	flag.Visit(func(f *flag.Flag) { outSet = outSet || f.Name == "out" })
	if *dev && !outSet {
		*out = ""
	}
	cfg := ner.DefaultTrainConfig
	for _, o := range []struct {
		dst *int
		v   int
	}{{&cfg.Epochs, *epochs}, {&cfg.Epochs2, *epochs2}, {&cfg.Bits, *bits}, {&cfg.Prune, *prune}, {&cfg.Rare, *rare}, {&cfg.MinCount, *minCount}, {&cfg.Cutoff, *cut}, {&cfg.Folds, *folds}} {
		if o.v != 0 {
			*o.dst = o.v
		}
	}
	cfg.Augment = cfg.Augment || *aug
	cfg.Log = os.Stderr
	if *noClus {
		cfg.Features &^= ner.OptClusters
	}
	if *noNames {
		cfg.Features &^= ner.OptNameLists
	}
	if *shrink != "" {
		if err := shrinkModel(*shrink, *out); err != nil {
			fmt.Fprintln(os.Stderr, "nertrain:", err)
			os.Exit(1)
		}
		return
	}
	st := selfTrain{*self, *selfN, *selfModel, *selfOut}
	if err := run(*data, *out, m, cfg, *dev, !*noWiki, *prunes, *requants, *errs, *load, st); err != nil {
		fmt.Fprintln(os.Stderr, "nertrain:", err)
		os.Exit(1)
	}
}

// selfTrain says whether and how to self-train: n sentences of the
// unlabelled news at path, labelled by the model file model or, if empty,
// by a first model trained on the labelled data.
type selfTrain struct {
	path  string
	n     int
	model string
	out   string // write the first model here when it is trained
}

func run(dataDir, outPath string, m ner.FANEMapping, cfg ner.TrainConfig, dev, wiki bool, prunes, requants, errs, load string, st selfTrain) error {
	d, err := nereval.LoadData(dataDir, m, !dev)
	if err != nil {
		return err
	}
	sents := d.TrainANER
	if wiki {
		sents = append(sents, d.TrainWiki...)
	}
	if st.n > 0 && load == "" {
		var b []byte
		if st.model != "" {
			b, err = os.ReadFile(st.model)
		} else {
			// The first model is the dev model (trained without the dev
			// split), for the shipped model too: the same labels in both.
			dd := d
			if !dev {
				if dd, err = nereval.LoadData(dataDir, m, false); err != nil {
					return err
				}
			}
			first := dd.TrainANER
			if wiki {
				first = append(first[:len(first):len(first)], dd.TrainWiki...)
			}
			start := time.Now()
			b, err = ner.Train(first, cfg)
			fmt.Fprintf(os.Stderr, "first model (for self-training) trained in %s\n", time.Since(start).Round(time.Millisecond))
			if err == nil && st.out != "" {
				err = os.WriteFile(st.out, b, 0o644)
			}
		}
		if err != nil {
			return err
		}
		t, err := ner.New(b)
		if err != nil {
			return err
		}
		extra, err := nereval.SelfLabel(t, st.path, filepath.Join(dataDir, "newsdev.json"), st.n)
		if err != nil {
			return fmt.Errorf("%w (the shared data is missing? -selfn 0 trains without self-training, not the shipped model)", err)
		}
		fmt.Fprintf(os.Stderr, "self-training: %d sentences of %s labelled\n", len(extra), st.path)
		sents = append(sents[:len(sents):len(sents)], extra...)
	}
	start := time.Now()
	var b []byte
	if load != "" && dev {
		b, err = os.ReadFile(load)
	} else {
		b, err = ner.Train(sents, cfg)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "trained in %s, model %d bytes\n", time.Since(start).Round(time.Millisecond), len(b))
	if outPath != "" && !dev {
		// The shipped model: weights below ner.ShipPrune zeroed.
		if b, err = ner.Reprune(b, ner.ShipPrune); err != nil {
			return err
		}
		if b, err = ner.TrimWords(b, ner.ShipWordMin, false); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "pruned (|w| < %d zeroed), word forms trimmed (%d): %d bytes, %d brotli\n", ner.ShipPrune, ner.ShipWordMin, len(b), brotliSize(b))
	}
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
		a, w := d.ScoreDev(t)
		nereval.Print(os.Stderr, a)
		nereval.Print(os.Stderr, w)
		news := filepath.Join(dataDir, "newsdev.json")
		nr, err := nereval.ScoreHeldout(t, "dev: news articles annotated to the guidelines (newsdev.json)", news)
		if err != nil {
			return err
		}
		nereval.Print(os.Stderr, nr)
		if errs != "" {
			f, err := os.Create(errs)
			if err != nil {
				return err
			}
			nereval.WriteErrors(f, t, append(d.DevANER, d.DevWiki...))
			fmt.Fprintln(f, "\n# newsdev.json")
			if err := nereval.WriteHeldoutErrors(f, t, news); err != nil {
				return err
			}
			if err := f.Close(); err != nil {
				return err
			}
		}
		fmt.Fprintf(os.Stderr, "model %d bytes, %d brotli; dev micro F1 pooled over the three parts (by mention) %.4f\n", len(b), brotliSize(b), pooled(a, w, nr))
		// report scores a variant of the model on the three dev parts.
		report := func(what string, b2 []byte) error {
			t, err := ner.New(b2)
			if err != nil {
				return err
			}
			a, w := d.ScoreDev(t)
			nr, err := nereval.ScoreHeldout(t, "", news)
			if err != nil {
				return err
			}
			fmt.Fprintf(os.Stderr, "%s: model %d bytes, %d brotli; dev ANERcorp F1 %.4f, dev WikiFANE F1 %.4f, dev news F1 %.4f, pooled %.4f\n", what, len(b2), brotliSize(b2), a.Micro.F1(), w.Micro.F1(), nr.Micro.F1(), pooled(a, w, nr))
			return nil
		}
		if b2, err := ner.Reprune(b, ner.ShipPrune); err != nil {
			return err
		} else if b2, err = ner.TrimWords(b2, ner.ShipWordMin, false); err != nil {
			return err
		} else if err := report(fmt.Sprintf("as shipped (prune %d, word forms %d)", ner.ShipPrune, ner.ShipWordMin), b2); err != nil {
			return err
		}
		for _, f := range strings.Split(prunes, ",") {
			p, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil {
				continue
			}
			b2, err := ner.Reprune(b, p)
			if err != nil {
				return err
			}
			if err := report(fmt.Sprintf("reprune %d", p), b2); err != nil {
				return err
			}
		}
		for _, f := range strings.Split(requants, ",") {
			q, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil {
				continue
			}
			b2, err := ner.Reprune(b, ner.ShipPrune)
			if err == nil {
				b2, err = ner.Requantize(b2, q)
			}
			if err != nil {
				return err
			}
			if err := report(fmt.Sprintf("prune %d, requantize %d", ner.ShipPrune, q), b2); err != nil {
				return err
			}
		}
	}
	return nil
}

// shrinkModel writes the model file in with its word forms trimmed as
// shipped and its lexicon fingerprint set to the current word lists.
func shrinkModel(in, out string) error {
	b, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	if b, err = ner.TrimWords(b, ner.ShipWordMin, true); err != nil {
		return err
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s: %d bytes, %d brotli\n", out, len(b), brotliSize(b))
	return nil
}

// pooled is the micro F1 of the mentions of all the results together.
func pooled(rs ...*nereval.Result) float64 {
	var s nereval.Score
	for _, r := range rs {
		s.TP, s.Pred, s.Gold = s.TP+r.Micro.TP, s.Pred+r.Micro.Pred, s.Gold+r.Micro.Gold
	}
	return s.F1()
}

// brotliSize is the size of b compressed as the site serves it (quality 11).
func brotliSize(b []byte) int {
	var buf bytes.Buffer
	w := brotli.NewWriterLevel(&buf, brotli.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Len()
}
