package ui

import (
	"archive/zip"
	"bytes"
	"strings"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/formats"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// exportFormats are the formats offered by the export choice, with their
// names (the field's own names; the same in both interface languages).
var exportFormats = []struct {
	f    formats.Format
	name string
}{
	{formats.Native, "Hashiya JSON"},
	{formats.W3C, "W3C Web Annotation (JSON-LD)"},
	{formats.Brat, "brat standoff (.txt + .ann, zip)"},
	{formats.CoNLL, "CoNLL BIO"},
	{formats.Doccano, "doccano JSONL"},
	{formats.LabelStudio, "Label Studio JSON"},
}

// exportChosen exports the open document in the format chosen in the
// toolbar: native through p.export; the others through formats.Export,
// saying what the format could not carry. brat's three files come as one
// zip.
func (p *page) exportChosen(ctx app.Context) {
	f := formats.Format(p.fm.exportFmt)
	if f == "" || f == formats.Native {
		p.export(ctx)
		return
	}
	base := "hashiya-" + p.sess.Doc.SHA256[:12]
	files, warnings, err := formats.Export(f, base, p.sess.Doc, p.sess.Anns(), nil)
	if err != nil {
		p.showErr(err)
		return
	}
	name, data, mime := files[0].Name, files[0].Data, "application/json"
	switch {
	case len(files) > 1:
		name, mime = base+"-"+string(f)+".zip", "application/zip"
		data, err = zipFiles(files)
		if err != nil {
			p.showErr(annotation.Errorf(annotation.EINTERNAL, "Writing the zip: %v", err))
			return
		}
	case strings.HasSuffix(name, ".conll"):
		mime = "text/plain"
	case strings.HasSuffix(name, ".jsonl"):
		mime = "application/x-ndjson"
	case strings.HasSuffix(name, ".jsonld"):
		mime = "application/ld+json"
	}
	downloadBytes(name, mime, data)
	p.exported = p.version
	p.markExported()
	ar := "صُدِّرت الوثيقة وتوسيماتها بصيغة " + isolate(string(f)) + "."
	if f != formats.W3C {
		ar += " لا تحمل هذه الصيغة حالة المراجعة: المرفوض لم يُصدَّر، والباقي يُقرأ مقبولًا."
	}
	detail := name + " — offsets in Unicode code points. " + strings.Join(warnings, " ")
	if len(warnings) > 0 {
		p.warn(ar, detail)
	} else {
		p.info(ar, detail)
	}
}

// zipFiles packs files into a zip archive (deflate).
func zipFiles(files []formats.File) ([]byte, error) {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, f := range files {
		fw, err := w.Create(f.Name)
		if err != nil {
			return nil, err
		}
		if _, err := fw.Write(f.Data); err != nil {
			return nil, err
		}
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// downloadBytes offers binary data as a download (download takes text).
func downloadBytes(name, mime string, data []byte) {
	defer recoverLog("download")
	arr := app.Window().Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(arr, data)
	offerBlob(name, mime, arr)
}

// exportChoice is the toolbar's format selector.
func (p *page) exportChoice() app.UI {
	T := p.uiLang().T
	return app.Select().ID("hx-export-format").Title(T("export.format")).Aria("label", T("export.format")).
		OnChange(func(ctx app.Context, e app.Event) { p.fm.exportFmt = ctx.JSSrc().Get("value").String() }).
		Body(app.Range(exportFormats).Slice(func(i int) app.UI {
			o := exportFormats[i]
			return app.Option().Value(string(o.f)).Selected(string(o.f) == p.fm.exportFmt || p.fm.exportFmt == "" && i == 0).Lang("en").Attr("translate", "no").Text(o.name) // format names, not interface words
		}))
}
