//go:build !nerbilou

package ner

// bilou is false: the model tags with BIO (labels.go). Build with
// -tags nerbilou for BILOU (scheme_bilou.go), to measure it.
const bilou = false

// tagsPer is the number of tags per entity type.
const tagsPer = 2
