//go:build !(js && wasm)

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/hashiya/hashiya/app/site"
)

func init() {
	register(command{
		Name:    "serve",
		Summary: "serve the generated static site (default build/site) over HTTP",
		Run:     runServe,
	})
}

// defaultAddr is ADDR if set, else 127.0.0.1:$PORT if PORT is set, else
// 127.0.0.1:8080.
func defaultAddr() string {
	if a := os.Getenv("ADDR"); a != "" {
		return a
	}
	if p := os.Getenv("PORT"); p != "" {
		return "127.0.0.1:" + p
	}
	return "127.0.0.1:8080"
}

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", defaultAddr(), "listen address host:port (env ADDR, or PORT for 127.0.0.1:PORT)")
	dir := fs.String("dir", "build/site", "generated static site to serve (./build.sh build)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	srv, ln, err := site.Listen(*addr, *dir)
	if err != nil {
		fmt.Fprintln(stderr, "hashiya serve:", err)
		return 1
	}
	fmt.Fprintf(stdout, "Hashiya: serving %s at %s (Ctrl-C to stop)\n", *dir, site.URL(ln))

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		fmt.Fprintln(stderr, "hashiya serve:", err)
		return 1
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintln(stderr, "hashiya serve: shutdown:", err)
		return 1
	}
	return 0
}
