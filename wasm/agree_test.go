//go:build !(js && wasm)

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
)

func writeExport(t *testing.T, path string, doc annotation.Document, spans ...[3]any) {
	t.Helper()
	var anns []annotation.Annotation
	for i, s := range spans {
		a, err := annotation.Select(doc.Text, s[0].(int), s[1].(int), s[2].(annotation.Label))
		if err != nil {
			t.Fatal(err)
		}
		a.ID, a.Source, a.Status = string(rune('a'+i)), annotation.Manual, annotation.Accepted
		anns = append(anns, a)
	}
	data, err := hashiyajson.Encode(doc, anns)
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Dir(path), 0o755)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestAgreeCommand(t *testing.T) {
	dir := t.TempDir()
	doc := annotation.NewDocument("خبر", "زار محمد القاهرة أمس.") // محمد [4,8), القاهرة [9,16)
	writeExport(t, filepath.Join(dir, "alice", "x.json"), doc, [3]any{4, 8, annotation.PER}, [3]any{9, 16, annotation.LOC})
	writeExport(t, filepath.Join(dir, "bob", "x.json"), doc, [3]any{4, 8, annotation.PER}, [3]any{9, 16, annotation.ORG})
	alice, bob := filepath.Join(dir, "alice", "x.json"), filepath.Join(dir, "bob", "x.json")
	code, out, stderr := runCmd("agree", alice, bob)
	// PER agreed; LOC vs ORG: all labels exact 1 of 2 each → P = R = F1 = 0.5.
	if code != 0 || !strings.Contains(out, "alice (reference) vs bob") || !strings.Contains(out, "all      2    2      1  0.500  0.500  0.500") {
		t.Errorf("agree: code %d\n%s\n%s", code, out, stderr)
	}
	code, out, _ = runCmd("agree", "--csv", alice, bob)
	if code != 0 || !strings.HasPrefix(out, "document,title,annotator_a") || !strings.Contains(out, ",alice,bob,PER,1,1,1,1.0000,1.0000,1.0000,") {
		t.Errorf("agree --csv: code %d\n%s", code, out)
	}
	goldPath := filepath.Join(dir, "gold.json")
	if code, _, stderr := runCmd("agree", "--gold", goldPath, "--keep", "bob", alice, bob); code != 0 {
		t.Fatalf("--gold: code %d, %s", code, stderr)
	}
	data, _ := os.ReadFile(goldPath)
	f, err := hashiyajson.Decode(data)
	// PER agreed; LOC (alice) dropped → rejected, ORG (bob) kept.
	if err != nil || len(f.Annotations) != 3 || f.Annotations[1].Status != annotation.Rejected || f.Annotations[2].Label != annotation.ORG || f.Annotations[2].Status != annotation.Accepted {
		t.Errorf("gold (%v): %+v", err, f)
	}
	if code, _, _ := runCmd("agree", "--gold", goldPath, "--keep", "carol", alice, bob); code != 2 {
		t.Errorf("--keep of nobody: code %d", code)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte("{"), 0o644)
	if code, _, stderr := runCmd("agree", alice, bad); code != 1 || !strings.Contains(stderr, "truncated") {
		t.Errorf("bad file: code %d, %s", code, stderr)
	}
	if code, _, _ := runCmd("agree", alice); code != 2 {
		t.Errorf("one file: code %d, want usage error", code)
	}
}

func TestAnnotatorNames(t *testing.T) {
	if got := annotatorNames([]string{"a/x.json", "b/x.json"}); got[0] != "a" || got[1] != "b" {
		t.Errorf("by directory: %v", got)
	}
	if got := annotatorNames([]string{"d/alice.json", "d/bob.json"}); got[0] != "alice" || got[1] != "bob" {
		t.Errorf("by file: %v", got)
	}
}

// Per-document files of two annotators in one directory (alice-1.json,
// bob-1.json, …) and library bundles both give the library totals of the
// pair alice–bob.
func TestAgreeLibrary(t *testing.T) {
	dir := t.TempDir()
	d1 := annotation.NewDocument("1", "زار محمد القاهرة أمس.") // محمد [4,8), القاهرة [9,16)
	d2 := annotation.NewDocument("2", "غادر علي بيروت اليوم.") // علي [5,8), بيروت [9,14)
	writeExport(t, filepath.Join(dir, "alice-1.json"), d1, [3]any{4, 8, annotation.PER}, [3]any{9, 16, annotation.LOC})
	writeExport(t, filepath.Join(dir, "bob-1.json"), d1, [3]any{4, 8, annotation.PER}, [3]any{9, 16, annotation.ORG})
	writeExport(t, filepath.Join(dir, "alice-2.json"), d2, [3]any{5, 8, annotation.PER}, [3]any{9, 14, annotation.LOC})
	writeExport(t, filepath.Join(dir, "bob-2.json"), d2, [3]any{5, 8, annotation.PER}, [3]any{9, 14, annotation.LOC})
	files := []string{"alice-1.json", "bob-1.json", "alice-2.json", "bob-2.json"}
	for i := range files {
		files[i] = filepath.Join(dir, files[i])
	}
	// Summed: 4 spans each, 3 exact: P = R = F1 = 0.75.
	want := "*,library (2 documents),alice,bob,all,4,4,3,0.7500,0.7500,0.7500,"
	code, out, stderr := runCmd(append([]string{"agree", "--csv"}, files...)...)
	if code != 0 || !strings.Contains(out, want) {
		t.Errorf("agree --csv over per-document files: code %d, want a row %q\n%s\n%s", code, want, out, stderr)
	}
	bundle := func(name string, paths ...string) string {
		var b hashiyajson.Bundle
		for _, p := range paths {
			data, _ := os.ReadFile(p)
			f, err := hashiyajson.Decode(data)
			if err != nil {
				t.Fatal(err)
			}
			b.Documents = append(b.Documents, *f)
		}
		data, err := hashiyajson.EncodeBundle(b)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, "lib", name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a, b := bundle("alice.json", files[0], files[2]), bundle("bob.json", files[1], files[3])
	code, out, stderr = runCmd("agree", "--csv", a, b)
	if code != 0 || !strings.Contains(out, want) {
		t.Errorf("agree --csv over two bundles: code %d, want a row %q\n%s\n%s", code, want, out, stderr)
	}
}
