//go:build !(js && wasm)

package main

import "flag"

// parseAnywhere parses the flags of fs wherever they are among args
// (`convert in.json --to w3c` as well as `convert --to w3c in.json`; the
// flag package alone stops at the first file name and would read the
// flags after it as file names). "--" ends the flags: what follows is file
// names. Afterwards fs.Args() holds the file names in their order.
func parseAnywhere(fs *flag.FlagSet, args []string) error {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			files = append(files, rest...)
			break
		}
		files, args = append(files, rest[0]), rest[1:]
	}
	return fs.Parse(append([]string{"--"}, files...))
}
