//go:build !(js && wasm)

package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/hashiya/hashiya/app/agree"
	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
)

func init() {
	register(command{
		Name:    "agree",
		Summary: "inter-annotator agreement between exports of the same documents (P/R/F1, token kappa, TIMEX values)",
		Run:     runAgree,
	})
}

func runAgree(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("agree", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, `usage: agree [--csv] [--reviewed] EXPORT.json EXPORT.json [...]

Compares Hashiya exports of the same document by different annotators and
prints, for every pair (the first named is the reference): per label
precision, recall and F1 with exact and with overlapping spans, Cohen's kappa
on tokens (entity and temporal layers), and the TIMEX3 value agreement.
Files are grouped by document (sha256), so alice/*.json bob/*.json compares
every shared document and adds the library totals; a bundle (a library
exported whole) gives all its documents. An annotator is named by the
file's directory when the files of a document are in different
directories, else by the file name less what the names share (alice-1.json
and bob-1.json: alice and bob). Rejected annotations are not counted.

With --gold FILE (one document only) it also writes the adjudicated gold
export: what all annotators made alike, plus for each disagreement the side
of --keep (an annotator's name, "all" for every side, "none" for neither);
dropped spans are kept as rejected, and "adjudication" records who made each.`)
		fs.PrintDefaults()
	}
	asCSV := fs.Bool("csv", false, "print CSV (one row per document, pair and label; library totals as document *)")
	reviewed := fs.Bool("reviewed", false, "count only accepted and manual annotations, not unreviewed suggestions")
	gold := fs.String("gold", "", "write the adjudicated gold export to this file")
	keep := fs.String("keep", "", "with --gold: whose side wins each disagreement (annotator name, all, none)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() < 2 || (*gold == "") != (*keep == "") {
		fs.Usage()
		return 2
	}
	type export struct {
		path string
		f    *hashiyajson.File
	}
	var order []string
	groups := map[string][]export{}
	status := 0
	for _, path := range fs.Args() {
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintf(stderr, "hashiya agree: %v\n", err)
			status = 1
			continue
		}
		var files []*hashiyajson.File
		if hashiyajson.IsBundle(data) { // a library exported whole: one annotator, many documents
			b, err := hashiyajson.DecodeBundle(data)
			if err != nil {
				fmt.Fprintf(stderr, "hashiya agree: %s: %s\n", path, annotation.ErrorMessage(err))
				status = 1
				continue
			}
			for i := range b.Documents {
				files = append(files, &b.Documents[i])
			}
		} else {
			f, err := hashiyajson.Decode(data)
			if err != nil {
				fmt.Fprintf(stderr, "hashiya agree: %s: %s\n", path, annotation.ErrorMessage(err))
				status = 1
				continue
			}
			files = append(files, f)
		}
		for _, f := range files {
			sha := f.Document.SHA256
			if _, ok := groups[sha]; !ok {
				order = append(order, sha)
			}
			groups[sha] = append(groups[sha], export{path, f})
		}
	}
	var reports []*agree.Report
	for _, sha := range order {
		g := groups[sha]
		if len(g) < 2 {
			fmt.Fprintf(stderr, "hashiya agree: %s is the only export of “%s” given: skipped.\n", g[0].path, strings.TrimSpace(g[0].f.Document.Title))
			continue
		}
		paths := make([]string, len(g))
		for i, e := range g {
			paths[i] = e.path
		}
		names := annotatorNames(paths)
		ans := make([]agree.Annotator, len(g))
		for i, e := range g {
			ans[i] = agree.Annotator{Name: names[i], Doc: e.f.Document, Anns: e.f.Annotations, Links: e.f.Links}
		}
		r, err := agree.Compare(ans, agree.Options{ReviewedOnly: *reviewed})
		if err != nil {
			fmt.Fprintf(stderr, "hashiya agree: %s\n", annotation.ErrorMessage(err))
			status = 1
			continue
		}
		reports = append(reports, r)
		if *gold != "" {
			if len(order) > 1 {
				fmt.Fprintln(stderr, "hashiya agree: --gold adjudicates one document; the files given are of several.")
				return 2
			}
			if code := writeGold(ans, *reviewed, *gold, *keep, stderr); code != 0 {
				return code
			}
		}
	}
	if len(reports) == 0 {
		fmt.Fprintln(stderr, "hashiya agree: no document has two exports to compare.")
		return 1
	}
	var err error
	if *asCSV {
		err = agree.WriteCSV(stdout, reports)
	} else {
		for i, r := range reports {
			if i > 0 {
				fmt.Fprintln(stdout)
			}
			title := fmt.Sprintf("Document “%s” (sha256 %.12s…)", strings.TrimSpace(r.Doc.Title), r.Doc.SHA256)
			if err = agree.WriteTable(stdout, title, r.Pairs); err != nil {
				break
			}
		}
		if err == nil && len(reports) > 1 {
			fmt.Fprintln(stdout)
			err = agree.WriteTable(stdout, fmt.Sprintf("Library: %d documents (counts summed)", len(reports)), agree.Library(reports))
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "hashiya agree: %v\n", err)
		return 1
	}
	return status
}

// annotatorNames names the exports of one document: by their directory
// when all directories differ, else by the file name without .json (made
// unique with the directory when needed), cut of what the names share
// (agree.ShortNames: alice-1.json and bob-1.json are alice and bob, so
// that the library totals add each document's pair).
func annotatorNames(paths []string) []string {
	names := make([]string, len(paths))
	seen := map[string]bool{}
	distinct := true
	for i, p := range paths {
		names[i] = filepath.Base(filepath.Dir(p))
		if seen[names[i]] {
			distinct = false
		}
		seen[names[i]] = true
	}
	if distinct {
		return names
	}
	clear(seen)
	for i, p := range paths {
		names[i] = strings.TrimSuffix(filepath.Base(p), ".json")
		if seen[names[i]] {
			names[i] = p
		}
		seen[names[i]] = true
	}
	return agree.ShortNames(names)
}

// writeGold adjudicates ans, keeping the side of keep in every
// disagreement, and writes the gold export to path.
func writeGold(ans []agree.Annotator, reviewed bool, path, keep string, stderr io.Writer) int {
	adj, err := agree.Adjudicate(ans, agree.Options{ReviewedOnly: reviewed})
	if err != nil {
		fmt.Fprintf(stderr, "hashiya agree: %s\n", annotation.ErrorMessage(err))
		return 1
	}
	var sides []int
	switch keep {
	case "none":
	case "all":
		for i := range ans {
			sides = append(sides, i)
		}
	default:
		for i, a := range ans {
			if a.Name == keep {
				sides = append(sides, i)
			}
		}
		if sides == nil {
			fmt.Fprintf(stderr, "hashiya agree: --keep %q names no annotator (they are %s).\n", keep, strings.Join(adj.Annotators, ", "))
			return 2
		}
	}
	for d := range adj.Disagreements {
		adj.Decide(d, sides...)
	}
	data, err := adj.EncodeGold()
	if err == nil {
		err = os.WriteFile(path, data, 0o644)
	}
	if err != nil {
		fmt.Fprintf(stderr, "hashiya agree: writing %s: %v\n", path, err)
		return 1
	}
	fmt.Fprintf(stderr, "hashiya agree: %s: %d agreed, %d disagreements settled by keeping %s.\n", path, len(adj.Agreed), len(adj.Disagreements), keep)
	return 0
}
