// Package sharelink shares a document and its annotations by a link that
// needs no server: the URL fragment (which browsers never send to the
// server) holds the native export (app/hashiyajson), compressed with
// DEFLATE (RFC 1951, compress/flate at the best compression) and written
// in unpadded base64url (RFC 4648 §5):
//
//	https://host/#share=1.<base64url(deflate(native JSON))>
//
// Opening such a link imports the export with the same validation as an
// imported file (hashiyajson.Decode); a bad link is an error and changes
// nothing.
package sharelink

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/hashiya/hashiya/app/annotation"
)

// Prefix starts the fragment of a share link (after the '#'); 1 is the
// version of the encoding.
const Prefix = "share=1."

// MaxLink is the longest link made, in bytes of the fragment: 32 KiB.
// Browsers open much longer URLs (Chromium 2 MB, Firefox 1 MB, Safari
// about 80 KB), but mail and chat clients, URL shorteners and address-bar
// copy paths cut or refuse links long before that; above MaxLink the page
// offers the export file instead.
const MaxLink = 32 << 10

// MaxExport bounds what a link may inflate to (8 MiB of JSON), so that a
// small hostile link cannot fill memory (a deflate bomb).
const MaxExport = 8 << 20

// ErrTooLong is returned by Fragment when the link would be longer than
// MaxLink; Fragment returns it with the fragment's length in the message.
var ErrTooLong = errors.New("the share link would be too long")

// Fragment returns the fragment (without '#') holding export, a native
// export (hashiyajson.EncodeFile); it returns ErrTooLong (wrapped, with
// the length) when it is longer than MaxLink.
func Fragment(export []byte) (string, error) {
	var buf bytes.Buffer
	w, err := flate.NewWriter(&buf, flate.BestCompression)
	if err != nil {
		return "", err
	}
	if _, err := w.Write(export); err != nil {
		return "", err
	}
	if err := w.Close(); err != nil {
		return "", err
	}
	frag := Prefix + base64.RawURLEncoding.EncodeToString(buf.Bytes())
	if len(frag) > MaxLink {
		return frag, fmt.Errorf("%w: %d characters for a limit of %d (the export is %d bytes)", ErrTooLong, len(frag), MaxLink, len(export))
	}
	return frag, nil
}

// Is reports whether a URL fragment (with or without its '#') is a share
// link's.
func Is(fragment string) bool {
	return strings.HasPrefix(strings.TrimPrefix(fragment, "#"), "share=")
}

// Decode returns the export a share link's fragment holds (with or without
// its '#'). Errors are EINVALID and say what is wrong: another version,
// characters outside base64url (a link cut or changed by a mail client),
// data that does not inflate (truncated), or more than MaxExport bytes.
// The export itself is not checked here: give it to the importer
// (hashiyajson.Decode).
func Decode(fragment string) ([]byte, error) {
	f := strings.TrimPrefix(fragment, "#")
	if !strings.HasPrefix(f, "share=") {
		return nil, annotation.Errorf(annotation.EINVALID, "This is not a Hashiya share link (its fragment does not start with %q).", "#"+Prefix)
	}
	if !strings.HasPrefix(f, Prefix) {
		return nil, annotation.Errorf(annotation.EINVALID, "This share link was made by another version of Hashiya (%q); this one reads %q.", cut(f, 12), Prefix)
	}
	data, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(f[len(Prefix):], "="))
	if err != nil {
		return nil, annotation.Errorf(annotation.EINVALID, "The share link is damaged (it was cut or changed on the way: %v).", err)
	}
	r := flate.NewReader(bytes.NewReader(data))
	out, err := io.ReadAll(io.LimitReader(r, MaxExport+1))
	if err != nil {
		return nil, annotation.Errorf(annotation.EINVALID, "The share link is incomplete (it was probably cut on the way: %v).", err)
	}
	if len(out) > MaxExport {
		return nil, annotation.Errorf(annotation.EINVALID, "The share link holds more than %d MiB; it is refused.", MaxExport>>20)
	}
	return out, nil
}

func cut(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}
