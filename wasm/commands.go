//go:build !(js && wasm)

package main

import (
	"fmt"
	"io"
	"sort"
)

// A command is one subcommand of the native program.
type command struct {
	Name    string
	Summary string // one line, shown by help
	// Run executes the command with the arguments after its name and
	// returns the process exit code (0 success, 1 failure, 2 usage error).
	Run func(args []string, stdout, stderr io.Writer) int
}

// commands is the dispatch table, filled by register calls in the init
// functions of the files of this package (serve.go, static.go, …): adding a
// command means adding a file.
var commands = map[string]command{}

func register(c command) {
	if _, dup := commands[c.Name]; dup {
		panic("wasm: command registered twice: " + c.Name)
	}
	commands[c.Name] = c
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "hashiya: unknown command %q\n\n", args[0])
		usage(stderr)
		return 2
	}
	return c.Run(args[1:], stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: "+progName()+" <command> [flags] [args]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for name := range commands {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(w, "  %-12s %s\n", name, commands[name].Summary)
	}
}
