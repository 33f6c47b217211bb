//go:build nerbilou

package ner

// bilou is true under the nerbilou build tag: the model tags with BILOU
// (labels.go), for measuring it against BIO (cmd/nertrain -dev); its
// model files have 17 tags and are refused by the BIO build.
const bilou = true

// tagsPer is the number of tags per entity type.
const tagsPer = 4
