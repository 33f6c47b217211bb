// Package site defines how Hashiya is delivered to the browser: the one
// go-app [app.Handler] (page metadata, icons, styles, fonts and the exact list
// of URLs the service worker precaches for offline use) and an HTTP file
// server for the generated static site that negotiates pre-compressed
// variants (app.wasm.br, app.wasm.gz).
//
// It is imported only by the native main in wasm/; app/ui registers the
// routes.
package site

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Local static resources, all under /web/ so that go-app resolves them and
// the service worker precaches them. Every URL the page loads must appear
// here (or in the fields go-app precaches itself), otherwise the app breaks
// offline; TestResourcesExist checks that each one is present in web/.
const (
	StylePath        = "/web/hashiya.css"
	FontRegularPath  = "/web/fonts/NotoNaskhArabic-Regular.woff2"
	FontBoldPath     = "/web/fonts/NotoNaskhArabic-Bold.woff2"
	IconSVGPath      = "/web/icons/hashiya.svg"
	BootScriptPath   = "/web/hashiya-boot.js"   // explains a failed start (incomplete offline copy)
	EditorScriptPath = "/web/hashiya-editor.js" // DOM helpers of app/ui (the CSP forbids evaluated script)
	Icon192Path      = "/web/icons/icon-192.png"
	Icon512Path      = "/web/icons/icon-512.png"
	themeColor       = "#1f4e5a"
	backgroundColour = "#fbf6ea"
)

// Handler returns the go-app handler of Hashiya.
//
// version identifies the build; the service worker cache is named after
// it, so it must change whenever any served file changes and stay fixed
// otherwise (an empty Version makes go-app invent a new one on every
// start); build.sh derives it from the SHA-256 of app.wasm, web/, app/site
// and go.sum. wasmSize is the byte length of the uncompressed app.wasm: the
// loader uses it for its progress percentage, because with a compressed
// transfer Content-Length is the compressed size; 0 keeps go-app's default
// (the Content-Length header).
func Handler(version string, wasmSize int) *app.Handler {
	h := &app.Handler{
		Name:        "Hashiya",
		ShortName:   "Hashiya",
		Lang:        "ar",
		Title:       "حاشية · Hashiya — محرر حواشي الأخبار العربية",
		Description: "حاشية: تعليم الكيانات المسماة والتعابير الزمنية (بالتقويمين الميلادي والهجري) في الأخبار العربية، دون اتصال. Hashiya: an offline annotator for named entities and time expressions (Gregorian and Hijri) in Arabic news.",
		Author:      "Hashiya",
		Keywords:    []string{"Arabic", "NER", "TIMEX3", "Hijri", "annotation", "عربي", "حاشية"},
		Icon: app.Icon{
			Default:  Icon192Path,
			Large:    Icon512Path,
			Maskable: Icon512Path,
			SVG:      IconSVGPath,
		},
		Image:           Icon512Path,
		ThemeColor:      themeColor,
		BackgroundColor: backgroundColour,
		LoadingLabel:    "جارٍ التحميل… {progress}%",
		Styles:          []string{StylePath},
		Scripts:         []string{BootScriptPath + " defer", EditorScriptPath + " defer"},
		RawHeaders:      []string{cspMeta},
		// Preloading needs crossorigin: fonts are always fetched in CORS
		// mode, and a preload without it is fetched twice.
		Fonts: []string{FontRegularPath + " crossorigin=anonymous"},
		CacheableResources: []string{
			FontRegularPath,
			FontBoldPath,
			IconSVGPath,
			Icon192Path,
			Icon512Path,
		},
		Version: version,
	}
	if wasmSize > 0 {
		h.WasmContentLength = strconv.Itoa(wasmSize)
	}
	return h
}

// Resources lists the local URLs the page may load besides the ones go-app
// serves itself (/, /app.js, /app.css, /wasm_exec.js, /app-worker.js,
// /manifest.webmanifest, /web/app.wasm): style, fonts and icons. They are
// files under the web/ directory of the repository.
func Resources() []string {
	return []string{StylePath, FontRegularPath, FontBoldPath, IconSVGPath, Icon192Path, Icon512Path, BootScriptPath, EditorScriptPath}
}
