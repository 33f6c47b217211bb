package hashiyajson

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/labelset"
)

// Format, Version and Offsets are the values of the header fields this
// package writes and reads.
const (
	Format  = "hashiya"
	Version = 1
	Offsets = "unicode-code-points"
)

// File is a decoded native export: one document and its annotations, with
// offsets in Unicode code points into Document.Text.
type File struct {
	Format      string                  `json:"format"`
	Version     int                     `json:"version"`
	Offsets     string                  `json:"offsets"`
	Document    annotation.Document     `json:"document"`
	Annotations []annotation.Annotation `json:"annotations"`
	Links       []annotation.Link       `json:"links,omitempty"`   // typed links between annotations (links.go)
	Tombstones  []Tombstone             `json:"deleted,omitempty"` // recognizer suggestions deleted by the person
	Labels      []labelset.Label        `json:"labels,omitempty"`  // the label set of the library that wrote the file (labels.go)
	// LabelsIgnored says why Decode left out the file's label set ("" when
	// it had none or it was read).
	LabelsIgnored string `json:"-"`
}

// Encode returns the native export of doc and anns: indented JSON (two
// spaces, HTML characters not escaped) ending in a newline, annotations
// sorted by start, end, label and id. It checks what it writes as Decode
// would and returns an EINVALID error rather than a file Decode refuses.
// anns is not modified.
func Encode(doc annotation.Document, anns []annotation.Annotation) ([]byte, error) {
	return EncodeFile(&File{Document: doc, Annotations: anns})
}

// EncodeFile is Encode for a File, which may carry typed links (checked by
// annotation.ValidateLinks, sorted by annotation.SortLinks) and tombstones
// (written as "deleted", sorted like annotations). The header fields of f
// are ignored.
func EncodeFile(f *File) ([]byte, error) {
	doc, anns := f.Document, f.Annotations
	if err := doc.Validate(); err != nil {
		return nil, err
	}
	if err := CheckDCT(doc.DCT); err != nil {
		return nil, err
	}
	ts := slices.Clone(f.Tombstones)
	slices.SortStableFunc(ts, func(a, b Tombstone) int {
		return cmp.Or(a.Start-b.Start, a.End-b.End, strings.Compare(string(a.Label), string(b.Label)))
	})
	if err := checkTombstones(doc.Text, ts); err != nil {
		return nil, err
	}
	sorted := slices.Clone(anns)
	if sorted == nil {
		sorted = []annotation.Annotation{}
	}
	Sort(sorted)
	if err := check(doc.Text, sorted); err != nil {
		return nil, err
	}
	if err := CheckFields(sorted); err != nil {
		return nil, err
	}
	var links []annotation.Link
	if len(f.Links) > 0 {
		if err := annotation.ValidateLinks(sorted, f.Links); err != nil {
			return nil, err
		}
		links = slices.Clone(f.Links)
		annotation.SortLinks(links)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	var labels []labelset.Label
	if len(f.Labels) > 0 {
		if err := (labelset.Set{Labels: f.Labels}).Validate(); err != nil {
			return nil, err
		}
		labels = f.Labels
	}
	if err := enc.Encode(File{Format: Format, Version: Version, Offsets: Offsets, Document: doc, Annotations: sorted, Links: links, Tombstones: ts, Labels: labels}); err != nil {
		return nil, &annotation.Error{Code: annotation.EINTERNAL, Message: "The export could not be written.", Err: err}
	}
	return buf.Bytes(), nil
}

// Sort sorts anns by start, end, label, then id (offsets in code points).
func Sort(anns []annotation.Annotation) {
	slices.SortStableFunc(anns, func(a, b annotation.Annotation) int {
		switch {
		case a.Start != b.Start:
			return a.Start - b.Start
		case a.End != b.End:
			return a.End - b.End
		case a.Label != b.Label:
			return strings.Compare(string(a.Label), string(b.Label))
		}
		return strings.Compare(a.ID, b.ID)
	})
}

// check validates anns against text; messages name the annotation by its
// position in anns, counting from 1.
func check(text string, anns []annotation.Annotation) error {
	runes := []rune(text)
	ids := make(map[string]int, len(anns))
	for i, a := range anns {
		if err := a.ValidateRunes(runes); err != nil {
			return annotation.Errorf(annotation.EINVALID, "Annotation #%d: %s", i+1, annotation.ErrorMessage(err))
		}
		if j, ok := ids[a.ID]; ok {
			return annotation.Errorf(annotation.EINVALID, "Annotation #%d has the id %q, which annotation #%d already has.", i+1, a.ID, j+1)
		}
		ids[a.ID] = i
	}
	return nil
}

func invalid(format string, args ...any) error {
	return annotation.Errorf(annotation.EINVALID, format, args...)
}

// jsonError turns an encoding/json error into a user-facing sentence about
// what (e.g. "The file", "Annotation #3").
func jsonError(what string, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn) && syn.Error() == "unexpected end of JSON input":
		return &annotation.Error{Code: annotation.EINVALID, Message: what + " ends too early: it is probably truncated.", Err: err}
	case errors.As(err, &syn):
		return &annotation.Error{Code: annotation.EINVALID, Message: fmt.Sprintf("%s is not valid JSON (%s, at byte %d).", what, syn.Error(), syn.Offset), Err: err}
	case errors.As(err, &typ) && typ.Field == "":
		return &annotation.Error{Code: annotation.EINVALID, Message: fmt.Sprintf("%s is not a JSON object.", what), Err: err}
	case errors.As(err, &typ):
		want := map[reflect.Kind]string{reflect.Int: "a whole number", reflect.String: "a string", reflect.Struct: "an object", reflect.Slice: "a list"}[typ.Type.Kind()]
		if want == "" {
			want = typ.Type.String()
		}
		return &annotation.Error{Code: annotation.EINVALID, Message: fmt.Sprintf("%s: the field %q must be %s, not %s %s.", what, typ.Field, want, article(typ.Value), typ.Value), Err: err}
	}
	return &annotation.Error{Code: annotation.EINVALID, Message: what + " could not be read as JSON.", Err: err}
}

func article(word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "an"
	}
	return "a"
}

// Decode reads a native export and checks it (see the package
// documentation). Errors are *annotation.Error: EVERSION for a file from a
// newer Hashiya, ECORRUPT when the text does not match its sha256, EINVALID
// otherwise; messages name the annotation (#position, id) at fault.
//
// A UTF-8 byte-order mark (U+FEFF, which some editors add) is ignored, and
// the sha256 is read case-insensitively. Several JSON objects, one per line
// (the CLI's output for several files), are refused with a message that
// says so.
func Decode(data []byte) (*File, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, invalid("The file is empty.")
	}
	if !utf8.Valid(data) {
		i := 0
		for i < len(data) {
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			i += n
		}
		if !utf8.FullRune(data[i:]) {
			return nil, invalid("The file ends in the middle of a character: it is probably truncated.")
		}
		return nil, invalid("The file is not UTF-8 text (invalid byte at position %d). Save it as UTF-8 and try again.", i)
	}
	var head struct {
		Format      *string           `json:"format"`
		Version     *int              `json:"version"`
		Offsets     *string           `json:"offsets"`
		Document    json.RawMessage   `json:"document"`
		Annotations []json.RawMessage `json:"annotations"`
		Links       []json.RawMessage `json:"links"`
		Tombstones  []json.RawMessage `json:"deleted"`
		Labels      json.RawMessage   `json:"labels"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		if n := jsonLines(data); n > 1 {
			return nil, invalid("This looks like the CLI's one-object-per-line output (%d JSON objects, one per line): split it into files, one line each, and import them one by one.", n)
		}
		return nil, jsonError("The file", err)
	}
	switch {
	case head.Format == nil || *head.Format != Format:
		return nil, invalid(`This is not a Hashiya export: it lacks "format": "hashiya".`)
	case head.Version == nil || *head.Version < 1:
		return nil, invalid("The file has no valid format version.")
	case *head.Version > Version:
		return nil, annotation.Errorf(annotation.EVERSION, "This file was exported by a newer version of Hashiya (format version %d; this version reads %d). Update Hashiya to import it.", *head.Version, Version)
	case head.Offsets == nil || *head.Offsets != Offsets:
		got := "none"
		if head.Offsets != nil {
			got = fmt.Sprintf("%q", *head.Offsets)
		}
		return nil, invalid(`The file does not count offsets in Unicode code points ("offsets" is %s, expected "unicode-code-points").`, got)
	case len(head.Document) == 0 || string(head.Document) == "null":
		return nil, invalid("The file has no document.")
	}
	f := &File{Format: Format, Version: Version, Offsets: Offsets, Annotations: make([]annotation.Annotation, len(head.Annotations))}
	var doc struct {
		SHA256 *string `json:"sha256"`
		Title  string  `json:"title"`
		Text   *string `json:"text"`
		DCT    string  `json:"dct"`
	}
	if err := json.Unmarshal(head.Document, &doc); err != nil {
		return nil, jsonError("The document", err)
	} else if doc.Text == nil {
		return nil, invalid("The document in the file has no text.")
	} else if doc.SHA256 == nil {
		return nil, invalid("The document in the file has no sha256.")
	}
	f.Document = annotation.Document{SHA256: strings.ToLower(*doc.SHA256), Title: doc.Title, Text: *doc.Text, DCT: doc.DCT}
	if h := annotation.Hash(f.Document.Text); h != f.Document.SHA256 {
		return nil, annotation.Errorf(annotation.ECORRUPT, "The text of “\u2068%s\u2069” in the file does not match its sha256 (%s; the text hashes to %s): the file was edited or damaged after export, so its offsets cannot be trusted.", f.Document.Title, shortSHA(f.Document.SHA256), shortSHA(h))
	}
	for i, raw := range head.Annotations {
		if err := json.Unmarshal(raw, &f.Annotations[i]); err != nil {
			return nil, jsonError(fmt.Sprintf("Annotation #%d", i+1), err)
		}
	}
	if err := check(f.Document.Text, f.Annotations); err != nil {
		return nil, err
	}
	links, err := decodeLinks(head.Links, f.Annotations)
	if err != nil {
		return nil, err
	}
	f.Links = links
	if err := CheckFields(f.Annotations); err != nil {
		return nil, err
	}
	if err := CheckDCT(f.Document.DCT); err != nil {
		return nil, err
	}
	for i, raw := range head.Tombstones {
		var t Tombstone
		if err := json.Unmarshal(raw, &t); err != nil {
			return nil, jsonError(fmt.Sprintf("Deleted suggestion #%d", i+1), err)
		}
		f.Tombstones = append(f.Tombstones, t)
	}
	if err := checkTombstones(f.Document.Text, f.Tombstones); err != nil {
		return nil, err
	}
	f.Labels, f.LabelsIgnored = decodeLabels(head.Labels)
	return f, nil
}

func shortSHA(sha string) string {
	if len(sha) > 12 {
		return sha[:12] + "…"
	}
	return sha
}

// MatchDocument returns nil if f belongs to doc (same sha256), or an
// ECONFLICT error naming the document f belongs to.
func (f *File) MatchDocument(doc annotation.Document) error {
	if f.Document.SHA256 == doc.SHA256 {
		return nil
	}
	return annotation.Errorf(annotation.ECONFLICT, "This file belongs to another document, “\u2068%s\u2069” (sha256 %s), not to the open document “\u2068%s\u2069” (sha256 %s). Open that document, or import the file as a new document.",
		f.Document.Title, shortSHA(f.Document.SHA256), doc.Title, shortSHA(doc.SHA256))
}

// Import decodes data and merges its annotations into existing, the
// annotations of the open document doc, removing the suggestions its
// tombstones bury (see Apply). The file must belong to
// doc (ECONFLICT otherwise); Decode's errors are returned as is.
func Import(doc annotation.Document, existing []annotation.Annotation, data []byte) ([]annotation.Annotation, MergeReport, error) {
	f, err := Decode(data)
	if err != nil {
		return nil, MergeReport{}, err
	}
	if err := f.MatchDocument(doc); err != nil {
		return nil, MergeReport{}, err
	}
	merged, report := Apply(existing, f)
	return merged, report, nil
}

// jsonLines returns the number of lines of data that are each a JSON object
// on their own (blank lines ignored), or 0 when some line is not.
func jsonLines(data []byte) int {
	n := 0
	for _, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		if line[0] != '{' || !json.Valid(line) {
			return 0
		}
		n++
	}
	return n
}
