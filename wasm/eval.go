//go:build !(js && wasm)

package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/hashiya/hashiya/app/ner/nereval"
	"github.com/hashiya/hashiya/app/timex/timexeval"
)

func init() {
	register(command{
		Name:    "eval",
		Summary: "score the recognizers on the evaluation data in the repository (timex, ner or all)",
		Run:     runEval,
	})
}

// runEval prints the evaluation tables: the temporal tagger on the gold
// articles and the Recognizers-Text specs (app/timex/testdata), the entity
// recognizer on ANERcorp test, AQMAR dev and the gold articles
// (app/ner/testdata).
func runEval(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	timexDir := fs.String("timex-data", "app/timex/testdata", "directory of the temporal evaluation data")
	nerDir := fs.String("ner-data", "app/ner/testdata", "directory of the entity evaluation data")
	ablation := fs.Bool("ner-ablation", true, "also train and score the entity ablation models (several minutes)")
	ablationSave := fs.String("ner-ablation-save", "", "directory to write the ablation's trained models to (for nertrain -dev -load)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: "+progName()+" eval [flags] [timex|ner|all]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	which := "all"
	if fs.NArg() > 0 {
		which = fs.Arg(0)
	}
	run := map[string]func() error{
		"timex": func() error { return timexeval.Run(stdout, *timexDir) },
		"ner": func() error {
			if err := nereval.Run(stdout, *nerDir); err != nil {
				return err
			}
			if !*ablation {
				return nil
			}
			rows, err := nereval.Ablation(*nerDir, *ablationSave, stderr)
			if err != nil {
				return err
			}
			fmt.Fprintln(stdout, "\nablation (models trained without the dev split; micro F1; dev looked at during development, test and AQMAR not):")
			nereval.PrintAblation(stdout, rows)
			return nil
		},
	}
	var order []string
	switch which {
	case "all":
		order = []string{"timex", "ner"}
	case "timex", "ner":
		order = []string{which}
	default:
		fmt.Fprintf(stderr, "hashiya eval: unknown evaluation %q (timex, ner or all)\n", which)
		fs.Usage()
		return 2
	}
	for _, name := range order {
		fmt.Fprintf(stdout, "## %s\n\n", name)
		if err := run[name](); err != nil {
			fmt.Fprintf(stderr, "eval %s: %v\n", name, err)
			return 1
		}
		fmt.Fprintln(stdout)
	}
	return 0
}
