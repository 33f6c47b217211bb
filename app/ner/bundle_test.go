//go:build !(js && wasm)

package ner

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// The bundle holds every file the tagger reads, unchanged: a tagger built
// from it alone tags as the embedded one does.
func TestBundleRoundTrip(t *testing.T) {
	b, err := Bundle()
	if err != nil {
		t.Fatal(err)
	}
	fs, err := parseBundle(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1+len(lexiconFiles) {
		t.Errorf("bundle has %d files, want %d", len(fs), 1+len(lexiconFiles))
	}
	for name, data := range fs {
		want, err := embedded.ReadFile(name)
		if err != nil || !bytes.Equal(data, want) {
			t.Errorf("%s: differs from the embedded file (%v)", name, err)
		}
	}
	// A lexicon read from the bundle has the fingerprint of the embedded one.
	lx, err := sharedLexicon()
	if err != nil {
		t.Fatal(err)
	}
	saved := files.src
	files.src = fs
	lx2, err := loadLexicon()
	files.src = saved
	if err != nil || lx2.hash != lx.hash {
		t.Errorf("lexicon from the bundle: %v, hash %x want %x", err, lx2.hash, lx.hash)
	}
	if n := BundleName(b); !strings.HasPrefix(n, "ner-") || !strings.HasSuffix(n, ".bin") || len(n) != len("ner-")+16+len(".bin") {
		t.Errorf("BundleName = %q", n)
	}
}

func TestBundleCorrupt(t *testing.T) {
	b, err := Bundle()
	if err != nil {
		t.Fatal(err)
	}
	flipped := bytes.Clone(b)
	flipped[len(flipped)/2] ^= 1
	for name, bad := range map[string][]byte{
		"empty":     nil,
		"html":      []byte("<!DOCTYPE html><html><body>Not found</body></html>"),
		"truncated": b[:len(b)/3],
		"flipped":   flipped,
		"model":     append([]byte("HSYNER\x00\x01"), b[8:]...),
	} {
		if _, err := parseBundle(bad); !errors.Is(err, ErrCorruptModel) {
			t.Errorf("%s: got %v, want ErrCorruptModel", name, err)
		}
	}
}

// In the browser build, Default waits (ErrNotLoaded, not remembered) until
// Provide; a failed fetch is reported as such.
func TestSourceStates(t *testing.T) {
	saved := files.src
	defer func() { files.src, files.err = saved, nil }()
	files.src, files.err = nil, nil
	if err := Available(); !errors.Is(err, ErrNotLoaded) {
		t.Fatalf("before Provide: %v", err)
	}
	if _, err := EmbeddedModel(); !errors.Is(err, ErrNotLoaded) {
		t.Errorf("EmbeddedModel before Provide: %v", err)
	}
	if err := Provide([]byte("garbage")); !errors.Is(err, ErrCorruptModel) || !errors.Is(Available(), ErrCorruptModel) {
		t.Errorf("Provide(garbage) = %v, Available = %v", err, Available())
	}
	files.err = nil
	Fail(errors.New("HTTP 404"))
	if err := Available(); err == nil || err.Error() != "HTTP 404" {
		t.Errorf("after Fail: %v", err)
	}
	b, err := func() ([]byte, error) { files.src = saved; defer func() { files.src = nil }(); return Bundle() }()
	if err != nil {
		t.Fatal(err)
	}
	if err := Provide(b); err != nil || Available() != nil {
		t.Fatalf("Provide(bundle) = %v, Available = %v", err, Available())
	}
	if m, err := EmbeddedModel(); err != nil || len(m) == 0 {
		t.Errorf("EmbeddedModel after Provide: %v", err)
	}
}

func TestRequantize(t *testing.T) {
	b, err := EmbeddedModel()
	if err != nil {
		t.Fatal(err)
	}
	same, err := Requantize(b, 1)
	if err != nil {
		t.Fatal(err)
	}
	t1, err := New(same)
	if err != nil {
		t.Fatal(err)
	}
	t0, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	const text = "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي جون كيري في جنيف."
	if a, b := t0.Tag(text), t1.Tag(text); fmt.Sprint(a) != fmt.Sprint(b) {
		t.Errorf("step 1 changed the tagging: %v vs %v", a, b)
	}
	q, err := Requantize(b, 16)
	if err != nil {
		t.Fatal(err)
	}
	m, err := decodeModel(q)
	if err != nil {
		t.Fatal(err)
	}
	for _, bk := range m.w.buckets() {
		for _, st := range m.w.row(bk) {
			for _, v := range st {
				if v%16 != 0 {
					t.Fatalf("weight %d is not a multiple of 16", v)
				}
			}
		}
	}
	if _, err := Requantize(b, 0); err == nil {
		t.Error("step 0 accepted")
	}
}

// Front coding gives back the exact bytes of any file, with or without a
// final newline, empty lines and long shared prefixes included.
func TestFrontCodeRoundTrip(t *testing.T) {
	long := strings.Repeat("ب", 200)
	for _, in := range []string{"", "\n", "a", "a\n", "ab\nabc\nabd\n\nb", long + "x\n" + long + "y\n" + long, "كما\nكمال\nكمالا"} {
		got, ok := frontDecode(frontCode([]byte(in)))
		if !ok || string(got) != in {
			t.Errorf("front coding of %q: got %q, %v", in, got, ok)
		}
	}
	for _, bad := range []string{"\x05ab\n", "\x00ab", "\x00ab\n\x03abcd\n"} {
		if _, ok := frontDecode([]byte(bad)); ok {
			t.Errorf("frontDecode(%q) accepted", bad)
		}
	}
}

func FuzzFrontCode(f *testing.F) {
	f.Add([]byte("ab\nabc\nabd\n\nb"))
	f.Add([]byte("\x00ab\n\x02c\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		got, ok := frontDecode(frontCode(b))
		if !ok || !bytes.Equal(got, b) {
			t.Fatalf("round trip of %q: %q, %v", b, got, ok)
		}
		if out, ok := frontDecode(b); ok {
			if again, ok := frontDecode(frontCode(out)); !ok || !bytes.Equal(again, out) {
				t.Fatalf("decode of %q is not stable", b)
			}
		}
	})
}
