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
