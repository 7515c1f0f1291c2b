//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"text/tabwriter"
)

// size prints the raw, gzip and brotli sizes of the built app.wasm and fails
// when the brotli size, what a browser downloads, exceeds the budget.
func size(args []string, stdout io.Writer) error {
	flags := flag.NewFlagSet("size", flag.ContinueOnError)
	dir := flags.String("dir", "dist", "directory of the built site")
	budget := flags.Int64("budget", 1_600_000, "largest app.wasm.br allowed, in bytes")
	if err := flags.Parse(args); err != nil {
		return err
	}
	base := filepath.Join(*dir, "web", "app.wasm")
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "file\tbytes\tMB\t")
	var brotli int64
	for _, ext := range []string{"", ".gz", ".br"} {
		info, err := os.Stat(base + ext)
		if err != nil {
			return fmt.Errorf("%w: run make build first", err)
		}
		fmt.Fprintf(tw, "app.wasm%s\t%d\t%.2f\t\n", ext, info.Size(), float64(info.Size())/1e6)
		if ext == ".br" {
			brotli = info.Size()
		}
	}
	tw.Flush()
	if brotli > *budget {
		return fmt.Errorf("app.wasm.br is %d bytes, over the budget of %d", brotli, *budget)
	}
	fmt.Fprintf(stdout, "app.wasm.br is within the budget of %.2f MB\n", float64(*budget)/1e6)
	return nil
}
