package site

import (
	"regexp"
)

// CSP is the Content-Security-Policy of the page, sent both as a <meta
// http-equiv> in the generated HTML (so that it holds on any static host)
// and as a response header by Files (which adds frame-ancestors, a
// directive a <meta> cannot carry).
//
//   - script-src 'self' 'wasm-unsafe-eval': scripts only from the site's
//     own files (go-app's app.js and wasm_exec.js, web/hashiya-boot.js);
//     no inline script, no eval, no script from elsewhere. go-app puts no
//     inline script in its pages; 'wasm-unsafe-eval' is what
//     WebAssembly.instantiateStreaming needs to compile app.wasm (it allows
//     compiling WebAssembly, not evaluating JavaScript strings).
//   - style-src 'self' 'unsafe-inline': go-app writes an element's Style()
//     as a style="" attribute (setAttribute), which CSP counts as inline
//     style (the annotator's side panel and the library chart use them).
//     Inline style cannot run script; the style sheets themselves still
//     come only from the site.
//   - img-src 'self' data: blob: (icons; the library chart is inline SVG);
//     font-src, connect-src, manifest-src, worker-src 'self': fonts, the
//     wasm fetch, the manifest and the service worker are the site's.
//   - object-src 'none', base-uri 'none', form-action 'none': no plugins,
//     no <base> hijacking, no form posts anywhere.
//
// Downloads (exports) are blob: URLs opened by an <a download>, which
// CSP does not govern.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'none'"

// CSPHeader is CSP plus the directives only a response header can carry.
const CSPHeader = CSP + "; frame-ancestors 'none'"

// cspMeta is the <meta> carrying CSP, for Handler.RawHeaders.
const cspMeta = `<meta http-equiv="Content-Security-Policy" content="` + CSP + `">`

var emptyOG = regexp.MustCompile(`\s*<meta (?:property="og:(?:url|image)" content="https:///?[^"]*"|content="https:///?[^"]*" property="og:(?:url|image)")>`)

// FixOpenGraph removes from a generated page the og:url and og:image
// tags go-app writes as "https://" and "https:///web/…" when no domain
// is set (a link preview would fetch a broken URL); with a domain the page
// is returned unchanged.
func FixOpenGraph(html []byte, domain string) []byte {
	if domain != "" {
		return html
	}
	return emptyOG.ReplaceAll(html, nil)
}
