// Package hashiyajson reads and writes Hashiya's native export format: one
// document and its annotations in one JSON file.
//
// # Format, version 1
//
//	{
//	  "format": "hashiya",
//	  "version": 1,
//	  "offsets": "unicode-code-points",
//	  "document": {
//	    "sha256": "…",   // lowercase hex SHA-256 of the UTF-8 bytes of text
//	    "title": "…",
//	    "text": "…",     // the exact text the offsets index, never normalized
//	    "dct": "2016-11-29T11:11" // document creation time (TIMEX3 value), "" if unknown
//	  },
//	  "annotations": [
//	    {
//	      "id": "9f1c…",        // unique within the file
//	      "start": 30, "end": 35, // half-open [start,end), Unicode code points, logical order
//	      "quote": "عمّان",      // the text of the span
//	      "label": "LOC",        // PER LOC ORG MISC DATE TIME DURATION SET
//	      "source": "manual",    // auto | manual
//	      "status": "accepted",  // suggested | accepted | rejected
//	      "value": "2016-11-28", // TIMEX3 value, Gregorian (temporal labels)
//	      "type": "DATE",        // TIMEX3 type (temporal labels)
//	      "calendar": "hijri",   // calendar as written: gregorian | hijri
//	      "hijri": "1438-02-28", // Hijri value, Umm al-Qura
//	      "mod": "APPROX",       // TIMEX3 mod: BEFORE AFTER ON_OR_BEFORE ON_OR_AFTER LESS_THAN MORE_THAN EQUAL_OR_LESS EQUAL_OR_MORE START MID END APPROX
//	      "note": "…",           // free text
//	      "entity": "e3",        // entity group: mentions of one entity share it
//	      "link": "…",           // id of the linked annotation (stated equivalent in the other calendar)
//	      "prefix": "…",         // up to 32 code points before start
//	      "suffix": "…"          // up to 32 code points after end
//	    }
//	  ],
//	  "deleted": [           // tombstones: recognizer suggestions the person deleted
//	    {"id": "…", "start": 4, "end": 9, "label": "PER", "quote": "…"}
//	  ]
//	}
//
// The file is UTF-8 JSON. "format", "version", "offsets" and "document" with
// "sha256" and "text" are required; "annotations" may be empty, null or
// missing. In an annotation, id, start, end, quote, label, source and status
// are required; the other fields are omitted when empty. Unknown fields are
// ignored. Encode writes the fields in the order shown, indented by two
// spaces, with annotations sorted by start, end, label and id.
//
// Offsets count Unicode code points (not UTF-8 bytes, not UTF-16 code units
// as JavaScript does): in "🔴 عاجل: وزير الخارجية يصل إلى عمّان" the last word
// is [30,35), although JavaScript's String.prototype.slice needs [31,36).
// Every combining mark (haraka, shadda, tanween) and every code point of an
// emoji sequence counts as one. Convert with [...text] (code points) in
// JavaScript, []rune(text) in Go, or list(text) in Python 3.
//
// # Checks on reading
//
// Decode accepts a file only if it is valid UTF-8 and valid JSON, "format" is
// "hashiya", "version" is 1 (a higher version is refused: it was written by a
// newer Hashiya), "offsets" is "unicode-code-points", "sha256" is the hash of
// "text", and each annotation has a valid label, source and status, a
// non-empty unique id, 0 <= start < end <= the length of text in code points,
// and a quote equal to that slice of the text when both are compared in
// Unicode NFC (the text itself is kept as is); "value" and "hijri" follow
// the TIMEX3 value grammar the tagger checks (timex.ValidValue), "mod" is
// one of the TIMEX3 mods (annotation.ValidMod; files written before it
// existed have none and load as they are), "calendar" is gregorian or hijri, "link" names another annotation of the file, "dct"
// is a date like 2016-11-29 or 2016-11-29T11:11 (CheckDCT), and each
// tombstone fits the text as an annotation would. Errors are *annotation.Error
// values whose message names the annotation (by position, counting from 1,
// and id) and the problem.
//
// # Library bundle
//
// EncodeBundle and DecodeBundle read and write a whole library ("format":
// "hashiya-library"): label sets and every document as a native file of
// the format above (see Bundle).
//
// # Importing into an open document
//
// Import checks that the file belongs to the open document (same sha256;
// otherwise ECONFLICT naming the file's document) and merges with Merge:
// existing annotations are never dropped, and none that a person made or
// reviewed is changed; an incoming annotation with the same span and label
// as one already present is skipped, except that an unreviewed recognizer
// suggestion takes the file's accept/reject decision (keeping its own id);
// one whose id is taken gets a new id (and links to it follow); entity
// groups of the file that collide with unrelated groups of the document get
// new ids; then every unreviewed suggestion of the document that a
// tombstone of the file buries (same span and label) is removed, so a
// suggestion deleted by a colleague does not come back (Apply). (A file of another document whose text differs can be applied
// with app/anchor, which re-anchors each annotation by its quote and
// context first.)
package hashiyajson
