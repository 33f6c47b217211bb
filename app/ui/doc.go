// Package ui is Hashiya's browser user interface (go-app, compiled to
// WebAssembly): the sample article or any pasted/opened text, right-to-left,
// with its dates, times, people, places and organizations highlighted, a
// side panel to review each span, labelling by selection (buttons and keys
// 1–8), a DCT field, export/import, a document list, a timeline and an
// entities panel. Everything is saved to localStorage on every change.
//
// How it is built:
//
//   - The text is rendered once as plain text nodes, one <p data-para> per
//     line (articleView), and highlights are drawn over it with the CSS
//     Custom Highlight API (dom.go: one Highlight per label and status, plus
//     hx-nested for overlapping spans and hx-selected), so highlighting never
//     changes the DOM or the Arabic shaping.
//   - DOM offsets (UTF-16, per paragraph) and stored offsets (code points,
//     whole text) are converted in one place, app/ui/textmap, which also
//     snaps selections to graphemes and words. It imports no go-app and is
//     tested natively.
//   - The annotator's state and operations (open, add, review, relabel,
//     notes, DCT override, import/merge, export) live in app/session over
//     an annotation.Store (app/store over LocalStorage, this package's
//     store.KV); the document-level lists in app/ui/overview; HTML clipboard
//     content is turned into text by app/ui/plaintext. The components only
//     render and forward events.
//   - Components follow go-app's habits: one per file, exported I… fields
//     with chainable setters, On… callbacks. The article, timeline and
//     entities panels take no callbacks (they post go-app actions) so that
//     go-app skips them when the page re-renders with the same data; list
//     item handlers carry app.EventScope so a reused element never keeps a
//     stale closure.
//
// The interface is Arabic first (i18n.go): the page is dir="rtl" lang="ar",
// labels show their Arabic name with the field term (شخص PER), messages are
// Arabic with the English or technical detail in a left-to-right isolate.
// Importing the export of another document offers to open that document or
// to apply its annotations to the open one (re-anchored by app/anchor;
// orphans are listed, never moved), and the side panel can give a span's
// label to every other occurrence of its words (session.ApplyToAll).
//
// Browser tests are in app/ui/e2e; the page signals readiness with
// <body data-ready="1"> (see Register).
package ui
