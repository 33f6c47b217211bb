//go:build !(js && wasm)

package main

import (
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/andybalholm/brotli"
)

func init() {
	register(command{
		Name:    "compress",
		Summary: "write FILE.br (brotli) and FILE.gz (gzip) next to each FILE, for pre-compressed serving",
		Run:     runCompress,
	})
}

func runCompress(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("compress", flag.ContinueOnError)
	fs.SetOutput(stderr)
	level := fs.Int("brotli-level", brotli.BestCompression, "brotli quality 0–11")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "usage: compress [-brotli-level N] FILE...")
		return 2
	}
	code := 0
	for _, name := range fs.Args() {
		data, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintln(stderr, "hashiya compress:", err)
			code = 1
			continue
		}
		br, err := writeCompressed(name+".br", data, func(w io.Writer) io.WriteCloser {
			// The largest window RFC 7932 allows (16 MiB, which browsers
			// decode) instead of the library's 4 MiB default: app.wasm is
			// 17 MB and repeats itself across the whole file (measured
			// 2026-12-03: 3,307,671 → about 30 KB less at quality 11).
			return brotli.NewWriterOptions(w, brotli.WriterOptions{Quality: *level, LGWin: 24})
		})
		if err != nil {
			fmt.Fprintln(stderr, "hashiya compress:", err)
			code = 1
			continue
		}
		gz, err := writeCompressed(name+".gz", data, func(w io.Writer) io.WriteCloser {
			zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression) // valid level: no error
			return zw
		})
		if err != nil {
			fmt.Fprintln(stderr, "hashiya compress:", err)
			code = 1
			continue
		}
		fmt.Fprintf(stdout, "%s: %d bytes, brotli %d, gzip %d\n", name, len(data), br, gz)
	}
	return code
}

// writeCompressed writes data compressed by the writer newWriter returns
// into name, atomically (via a temporary file), and returns the
// compressed size.
func writeCompressed(name string, data []byte, newWriter func(io.Writer) io.WriteCloser) (int64, error) {
	tmp, err := os.CreateTemp(filepath.Dir(name), ".compress-*")
	if err != nil {
		return 0, err
	}
	defer os.Remove(tmp.Name())
	zw := newWriter(tmp)
	if _, err := zw.Write(data); err != nil {
		tmp.Close()
		return 0, fmt.Errorf("compressing %s: %w", name, err)
	}
	if err := zw.Close(); err != nil {
		tmp.Close()
		return 0, fmt.Errorf("compressing %s: %w", name, err)
	}
	info, err := tmp.Stat()
	if err != nil {
		tmp.Close()
		return 0, err
	}
	if err := tmp.Close(); err != nil {
		return 0, err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return 0, err
	}
	return info.Size(), os.Rename(tmp.Name(), name)
}
