package annotation

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
	"unicode/utf8"
)

// Document is an article to annotate.
//
// Text is stored exactly as received (never re-normalized, trimmed or
// line-ending-converted: annotation offsets index it in code points), and
// SHA256 is the lowercase hex SHA-256 of its UTF-8 bytes, which identifies the
// document. DCT is the document creation time used to resolve relative
// temporal expressions, as a TIMEX3 value such as "2016-11-29" or
// "2016-11-29T11:11"; "" when unknown. It is detected from the dateline or set
// by the user.
type Document struct {
	SHA256 string `json:"sha256"`
	Title  string `json:"title"`
	Text   string `json:"text"`
	DCT    string `json:"dct"`
}

// NewDocument returns a Document for text with its SHA256 computed.
func NewDocument(title, text string) Document {
	return Document{SHA256: Hash(text), Title: title, Text: text}
}

// Hash returns the lowercase hex SHA-256 of the exact UTF-8 bytes of text.
func Hash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// Len returns the length of d.Text in code points, the unit of annotation offsets.
func (d Document) Len() int { return utf8.RuneCountInString(d.Text) }

// Validate checks that d.Text is valid UTF-8 (JSON and localStorage cannot
// carry anything else unchanged) and that d.SHA256 is its hash. Errors are
// EINVALID.
func (d Document) Validate() error {
	if !utf8.ValidString(d.Text) {
		return Errorf(EINVALID, "The text of %q is not valid UTF-8; it cannot be stored without changing it.", d.Title)
	}
	if !utf8.ValidString(d.Title) {
		return Errorf(EINVALID, "The document title is not valid UTF-8.")
	}
	if h := Hash(d.Text); d.SHA256 != h {
		return Errorf(EINVALID, "The text of %q does not match its SHA-256 fingerprint (expected %s, got %s): it was changed or damaged.", d.Title, short(d.SHA256), short(h))
	}
	return nil
}

// short returns the first 12 hex digits of a SHA-256, enough to tell
// documents apart in messages.
func short(sha string) string {
	if len(sha) > 12 {
		return sha[:12] + "…"
	}
	return sha
}

// DocumentInfo summarizes a stored document for a document list.
type DocumentInfo struct {
	SHA256  string    `json:"sha256"`
	Title   string    `json:"title"`
	Updated time.Time `json:"updated"` // last save of the document or its annotations
	Count   int       `json:"count"`   // number of annotations

	// Problem is a user-facing sentence when the stored document was found
	// damaged or written by a newer Hashiya while listing; "" otherwise.
	// Loading such a document returns the matching error.
	Problem string `json:"-"`
}

// Store keeps documents and their annotations.
//
// Every method writes through: when it returns nil, the change is stored.
// When it returns an error, what was stored before is unchanged. Errors are
// *Error values: ENOTFOUND (no such document), EINVALID (a document whose hash
// does not match its text, or an annotation that does not fit the text),
// EQUOTA (storage full), ECORRUPT (a stored record is damaged; its raw value is
// kept), EVERSION (a record written by a newer Hashiya; it is not overwritten).
type Store interface {
	// Documents lists the stored documents, most recently updated first.
	Documents() ([]DocumentInfo, error)

	// Document returns the document with the given SHA-256 and its
	// annotations. When only the annotations are damaged or from a newer
	// version, it returns the document, the annotations that could be read
	// (possibly none) and an ECORRUPT or EVERSION error.
	Document(sha string) (Document, []Annotation, error)

	// SaveDocument adds or replaces a document (title, text, DCT). Its
	// annotations are kept.
	SaveDocument(doc Document) error

	// SaveAnnotations replaces the whole set of annotations of a stored
	// document. Each must Validate against its text; ids must be unique.
	SaveAnnotations(sha string, anns []Annotation) error

	// DeleteDocument removes a document and its annotations. Deleting a
	// document that does not exist returns ENOTFOUND.
	DeleteDocument(sha string) error

	// CurrentDocument returns the SHA-256 of the document open last, or ""
	// when none is set or it no longer exists.
	CurrentDocument() (string, error)

	// SetCurrentDocument records the open document; "" clears it.
	SetCurrentDocument(sha string) error
}
