//go:build !(js && wasm)

// Command beam runs Hashiya's batch annotation (app/batch) on Apache Beam:
// JSON Lines shards in, JSON Lines shards of native exports, an errors file
// and the two corpus tables out (see app/beampipe).
//
//	go run ./wasm/beam --input 'corpus/*.jsonl.gz' --output out/annotated [--shards 16] [--runner prism]
//
// Any Beam runner works through the usual Beam flags (--runner dataflow,
// flink, spark with --endpoint of their job server, …); see the README.
// The same binary is the worker: Beam's Go SDK cross-compiles it
// (linux/amd64) and stages it, or --worker_binary names a prebuilt one.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/hashiya/hashiya/app/batch"
	"github.com/hashiya/hashiya/app/beampipe"
)

var (
	input    = flag.String("input", "", "glob of JSON Lines input files (local or gs://; .gz read as such)")
	output   = flag.String("output", "", "output prefix: PREFIX-SSSSS-of-NNNNN.jsonl, PREFIX-errors.jsonl, PREFIX-entities.csv, PREFIX-months.csv")
	shards   = flag.Int("shards", 1, "number of output shards of the annotated lines")
	dct      = flag.String("dct", "", "reference date of the records without a \"dct\" (2016-11-29 or 2016-11-29T11:11); default: the dateline, else today")
	today    = flag.String("today", "", "the date used as today for articles without a dct or dateline (2006-01-02); default: the worker's clock")
	maxBytes = flag.Int("max-bytes", batch.DefaultMaxBytes, "size limit of one record, in bytes")
)

func main() {
	flag.Parse()
	beam.Init() // on a worker, this runs the worker harness and never returns
	if *input == "" || *output == "" {
		fmt.Fprintln(os.Stderr, "usage: beam --input GLOB --output PREFIX [--shards N] [--dct DATE] [--today DATE] [--runner RUNNER ...]")
		os.Exit(2)
	}
	p, s := beam.NewPipelineWithRoot()
	beampipe.Build(s, beampipe.Config{Input: *input, Output: *output, Shards: *shards, DCT: *dct, Today: *today, MaxBytes: *maxBytes})
	if err := beamx.Run(context.Background(), p); err != nil {
		fmt.Fprintln(os.Stderr, "hashiya beam:", err)
		os.Exit(1)
	}
}
