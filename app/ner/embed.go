//go:build !(js && wasm)

package ner

import "embed"

// The native build (server, command line, batch, evaluation, tests) embeds
// the model and the word lists. The browser build does not: they are one
// static file of the site (Bundle, written by `hashiya static`), fetched
// beside app.wasm and handed over with Provide, so that app.wasm stays
// small and the article shows before the model has arrived.
//
// Gazetteers embedded with their licences (see data/SOURCE.md): CLDR Arabic
// region names (Unicode License v3), world-cities-ar
// (jamsshhayd/world-cities-translations, CC BY 4.0), AKhateeb/arabic-names
// (MIT), the project's own list of major Arab places
// (hashiya-arab-places.txt), the word clusters derived from unlabelled
// Arabic by cmd/nerclusters (clusters.txt) and the name lists it filters
// (names-*.txt: Wikidata person names, CC0; NERAr, BSD-2-Clause). The model
// is CC BY-SA 4.0 (model/LICENSE.md).
//
//go:embed model data/*.txt data/*.tsv data/SOURCE.md
var embedded embed.FS

func init() { files.src = embedded }
