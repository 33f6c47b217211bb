package formats

import (
	"fmt"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/brat"
	"github.com/hashiya/hashiya/app/conll"
	"github.com/hashiya/hashiya/app/doccano"
	"github.com/hashiya/hashiya/app/hashiyajson"
	"github.com/hashiya/hashiya/app/interop"
	"github.com/hashiya/hashiya/app/labelstudio"
	"github.com/hashiya/hashiya/app/w3c"
)

// Export writes doc and anns (and, for the native format, tombstones) in
// format f, as files named base plus the format's extensions: base.json
// (native, labelstudio), base.jsonld (w3c), base.txt + base.ann +
// annotation.conf (brat), base.conll, base.jsonl (doccano). Warnings say
// what the format could not carry (e.g. overlapping spans in CoNLL). Every
// export validates doc and anns as hashiyajson.Encode does.
func Export(f Format, base string, doc annotation.Document, anns []annotation.Annotation, tombstones []hashiyajson.Tombstone) ([]File, []string, error) {
	return ExportLinks(f, base, doc, anns, nil, tombstones)
}

// ExportLinks is Export with the typed links between the annotations,
// which the native format, W3C (linking annotations) and brat (R lines)
// carry; for the other formats a warning says they were left out.
func ExportLinks(f Format, base string, doc annotation.Document, anns []annotation.Annotation, links []annotation.Link, tombstones []hashiyajson.Tombstone) ([]File, []string, error) {
	one := func(ext string, data []byte, err error) ([]File, []string, error) {
		if err != nil {
			return nil, nil, err
		}
		return []File{{Name: base + ext, Data: data}}, nil, nil
	}
	switch f {
	case Native:
		data, err := hashiyajson.EncodeFile(&hashiyajson.File{Document: doc, Annotations: anns, Links: links, Tombstones: tombstones})
		return one(".json", data, err)
	case W3C:
		data, err := w3c.EncodeLinks(doc, anns, links)
		return one(".jsonld", data, err)
	case Brat:
		txt, ann, err := brat.EncodeLinks(doc, anns, links)
		if err != nil {
			return nil, nil, err
		}
		return []File{{base + ".txt", txt}, {base + ".ann", ann}, {"annotation.conf", []byte(brat.Config)}}, nil, nil
	}
	var lost []string
	if len(links) > 0 {
		lost = append(lost, fmt.Sprintf("%d links between annotations were left out: %s cannot carry them (the native format, W3C and brat do).", len(links), f))
	}
	switch f {
	case CoNLL:
		data, warnings, err := conll.Encode(doc, anns)
		if err != nil {
			return nil, nil, err
		}
		return []File{{base + ".conll", data}}, append(warnings, lost...), nil
	case Doccano:
		data, err := doccano.Encode(doc, anns)
		files, _, err := one(".jsonl", data, err)
		return files, lost, err
	case LabelStudio:
		data, err := labelstudio.Encode(doc, anns)
		files, _, err := one(".json", data, err)
		return files, lost, err
	}
	return nil, nil, interop.Invalid("Unknown format %q.", f)
}
