#!/usr/bin/env bash
# Hashiya build driver. Usage: ./build.sh <command> [args]
#
#   build   compile the browser app (build/site/web/app.wasm + .br/.gz) and
#           generate the static site in build/site (deployable as is);
#           env HASHIYA_BROTLI_LEVEL (default 11) sets the brotli quality,
#           HASHIYA_DOMAIN the public domain for og:url/og:image (optional)
#   serve   build, then serve build/site; prints the URL
#           (env ADDR=host:port, or PORT=N for 127.0.0.1:N; default 127.0.0.1:8080)
#   test    gofmt check, go vet, go test ./..., build, then the browser
#           end-to-end tests in headless Chromium (installed via apt if missing)
#   eval    run the evaluations (go run ./wasm eval)
#   train   retrain the entity recognizer (go run ./app/ner/cmd/nertrain)
#   bench   build, then measure app.wasm sizes, page load in headless
#           Chromium (cold and warm), CLI annotate throughput, go benchmarks
#
# Needs Go (>= the go.mod version); everything else is in the repository,
# except Chromium for test/bench, which scripts/ensure-chromium.sh installs.
set -euo pipefail

cd "$(dirname "$0")"
if ! command -v go >/dev/null 2>&1 && [ -x /usr/local/go/bin/go ]; then
	export PATH="$PATH:/usr/local/go/bin"
fi

SITE=build/site
TOOL=build/hashiya # the native command line, built from ./wasm

log() { printf '==> %s\n' "$*" >&2; }

build_tool() {
	mkdir -p build
	go build -trimpath -o "$TOOL" ./wasm
}

cmd_build() {
	log "building $SITE"
	build_tool
	# Build into a staging directory and swap at the end, so a failed build
	# leaves the previous site in place.
	local stage=$SITE.tmp
	rm -rf "$stage"
	mkdir -p "$stage/web" build/wasm
	# Without inlining: app/ui (go-app rendering and DOM calls through
	# syscall/js, where inlined copies cost size, not time) and the code run
	# once per import, export or report (other formats, agreement, library
	# views): app.wasm 150 KB smaller, 55 KB of brotli. The recognizers,
	# the store, the session and go-app keep the compiler's inlining.
	local h=github.com/hashiya/hashiya/app noinline=()
	for p in ui formats brat w3c conll doccano labelstudio interop agree library; do
		noinline+=("-gcflags=$h/$p=-l")
	done
	GOOS=js GOARCH=wasm go build -ldflags="-s -w" -trimpath "${noinline[@]}" -o "$stage/web/app.wasm" ./wasm
	# Brotli at quality 11 takes ~30 s on 10 MB: reuse the compressed files
	# of an identical app.wasm from the previous build.
	local level=${HASHIYA_BROTLI_LEVEL:-11} sum
	sum=$(sha256sum "$stage/web/app.wasm" | cut -d' ' -f1)
	if [ "$(cat build/wasm/app.wasm.key 2>/dev/null)" != "$sum-$level" ] ||
		[ ! -f build/wasm/app.wasm.br ] || [ ! -f build/wasm/app.wasm.gz ]; then
		cp "$stage/web/app.wasm" build/wasm/app.wasm
		"$TOOL" compress -brotli-level "$level" build/wasm/app.wasm >&2
		echo "$sum-$level" >build/wasm/app.wasm.key
	fi
	cp build/wasm/app.wasm.br build/wasm/app.wasm.gz "$stage/web/"
	# The entity model and word lists: one file named by its content
	# (web/ner-HASH.bin), fetched beside app.wasm, precached; compressed
	# once per content.
	local ner
	ner=$("$TOOL" ner-bundle -out build/wasm)
	if [ ! -f "build/wasm/$ner.br" ] || [ ! -f "build/wasm/$ner.gz" ]; then
		"$TOOL" compress -brotli-level "$level" "build/wasm/$ner" >&2
	fi
	cp "build/wasm/$ner" "build/wasm/$ner.br" "build/wasm/$ner.gz" "$stage/web/"

	local size
	size=$(stat -c %s "$stage/web/app.wasm")
	# static derives the version (which names the service worker cache and
	# which go-app compares to offer an update) from everything served:
	# app.wasm, the static resources and the generated pages, which name the
	# content-named entity model file (case C21).
	"$TOOL" static -out "$stage" -wasm-size "$size" -domain "${HASHIYA_DOMAIN:-}" -ner-model "/web/$ner" >&2
	# The other large text files of every first visit, pre-compressed too
	# (40 KB less; app.js, app-worker.js and the pages stay as they are).
	"$TOOL" compress -brotli-level "$level" "$stage/wasm_exec.js" "$stage"/web/*.css "$stage"/web/*.js >/dev/null
	rm -rf "$SITE"
	mv "$stage" "$SITE"
}

cmd_serve() {
	cmd_build
	exec "$TOOL" serve -dir "$SITE" "$@"
}

cmd_test() {
	log "gofmt"
	local unformatted
	unformatted=$(find . -name '*.go' -not -path './build/*' -not -path './.git/*' -print0 | xargs -0 gofmt -l)
	if [ -n "$unformatted" ]; then
		echo "gofmt needed on:" >&2
		echo "$unformatted" >&2
		exit 1
	fi
	log "go vet"
	go vet ./...
	# The browser code (go-app components) compiles only for js/wasm.
	GOOS=js GOARCH=wasm go vet ./wasm $(go list ./app/ui/... | grep -v /e2e)
	log "go test"
	go test ./...
	cmd_build
	log "browser tests (headless Chromium)"
	scripts/ensure-chromium.sh
	if [ -d app/ui/e2e ]; then
		HASHIYA_SITE_DIR="$PWD/$SITE" HASHIYA_E2E=1 go test -count=1 -timeout 30m ./app/ui/e2e/...
	else
		echo "no app/ui/e2e yet: browser tests skipped" >&2
	fi
}

cmd_eval() {
	go run ./wasm eval "$@"
}

cmd_train() {
	go run ./app/ner/cmd/nertrain "$@"
}

cmd_bench() {
	cmd_build
	scripts/ensure-chromium.sh
	log "app.wasm sizes"
	local raw gz br
	raw=$(stat -c %s "$SITE/web/app.wasm")
	gz=$(stat -c %s "$SITE/web/app.wasm.gz")
	br=$(stat -c %s "$SITE/web/app.wasm.br")
	awk -v raw="$raw" -v gz="$gz" -v br="$br" 'BEGIN { printf "app.wasm: raw %d bytes (%.2f MB), gzip -9 %d (%.2f MB), brotli -11 %d (%.2f MB)\n", raw, raw/1e6, gz, gz/1e6, br, br/1e6 }'
	log "page load in headless Chromium"
	"$TOOL" bench-load -dir "$SITE" -runs "${BENCH_RUNS:-5}"
	log "editor on a stored 1 MB document with 14,200 annotations (needs ../shared/data/articles)"
	if [ -d ../shared/data/articles ]; then
		"$TOOL" bench-editor -dir "$SITE" -articles ../shared/data/articles
	else
		echo "../shared/data/articles missing: editor benchmark skipped" >&2
	fi
	log "Library dialog: timeline and entity index over 200 stored articles (needs ../shared/data/articles)"
	if [ -d ../shared/data/articles ]; then
		"$TOOL" bench-library -dir "$SITE" -articles ../shared/data/articles -docs 200
	else
		echo "../shared/data/articles missing: library benchmark skipped" >&2
	fi
	log "CLI annotate throughput"
	"$TOOL" bench-cli
	log "go benchmarks"
	go test -run '^$' -bench . -benchmem ./app/...
}

main() {
	local cmd=${1:-}
	[ $# -gt 0 ] && shift
	case "$cmd" in
	build) cmd_build ;;
	serve) cmd_serve "$@" ;;
	test) cmd_test ;;
	eval) cmd_eval "$@" ;;
	train) cmd_train "$@" ;;
	bench) cmd_bench ;;
	*)
		sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//' >&2
		exit 2
		;;
	esac
}

main "$@"
