package ui

import (
	"fmt"
	"strings"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/session"

	"github.com/hashiya/hashiya/app/i18n"
	"github.com/hashiya/hashiya/app/interop"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// encodingChoice is a text file that is not UTF-8, waiting for the person
// to choose how to read it (interop.Readings: the detected encoding first).
type encodingChoice struct {
	name     string
	readings []interop.Reading
	// then receives the reading chosen; nil opens it as a document.
	then func(ctx app.Context, name string, r interop.Reading)
}

// chooseEncoding decodes a text file: UTF-8 and UTF-16 with a byte-order
// mark open at once; a file that several encodings could have written
// (Windows-1256, ISO-8859-6, UTF-16 without a mark) opens the encoding
// dialog with a preview of each reading. It reports false when the file
// was not opened at once (the dialog is open, or no encoding reads it:
// the message says so).
func (p *page) chooseEncoding(name string, data []byte) (text, note string, ok bool) {
	if rs := interop.Readings(data); len(rs) > 0 {
		p.fm.encChoice = &encodingChoice{name: name, readings: rs}
		return "", "", false
	}
	text, used, _, err := interop.DecodeText(name, data, "")
	if err != nil {
		p.say("error", "الملف ليس نصًّا بترميز تعرفه حاشية (UTF-8 أو UTF-16 أو Windows-1256 أو ISO-8859-6)؛ احفظه بترميز UTF-8 وافتحه من جديد.", name+" is not text in an encoding Hashiya reads (UTF-8, UTF-16, Windows-1256, ISO-8859-6). Save it as UTF-8 and open it again.")
		return "", "", false
	}
	if used != "UTF-8" {
		note = fmt.Sprintf("%s was %s text; it was converted (the offsets refer to the converted text).", name, used)
	}
	return text, note, true
}

// pickEncoding opens the file of the encoding dialog read as r.
func (p *page) pickEncoding(ctx app.Context, r interop.Reading) {
	c := p.fm.encChoice
	p.fm.encChoice = nil
	if c == nil {
		return
	}
	if c.then != nil {
		c.then(ctx, c.name, r)
		return
	}
	p.openDecoded(ctx, c.name, r.Text, fmt.Sprintf("%s was not UTF-8; it was read as %s, as chosen, and converted. The offsets refer to the converted text.", c.name, r.Encoding))
}

func (p *page) renderEncodingChoice() app.UI {
	c := p.fm.encChoice
	if c == nil {
		return nil
	}
	return &encodingDialog{IName: c.name, IReadings: c.readings, ILang: p.uiLang(), OnPick: p.pickEncoding,
		OnCancel: func(ctx app.Context) { p.fm.encChoice = nil }}
}

// encodingDialog asks how to read a text file that is not UTF-8: one
// button per encoding that reads it, with the beginning of the text so
// read (as text, never HTML), the detected one first and focused.
type encodingDialog struct {
	app.Compo

	IName     string
	IReadings []interop.Reading
	ILang     i18n.Lang
	OnPick    func(ctx app.Context, r interop.Reading)
	OnCancel  func(ctx app.Context)

	opener app.Value
}

const encodingID = "hx-encoding"

func (d *encodingDialog) OnMount(ctx app.Context) { d.opener = modalOpened(ctx, encodingID) }
func (d *encodingDialog) OnDismount()             { modalClosed(d.opener) }

func (d *encodingDialog) cancel(ctx app.Context) {
	if d.OnCancel != nil {
		d.OnCancel(ctx)
	}
}

func (d *encodingDialog) Render() app.UI {
	return app.Div().Class("hx-dialog-back").Body(
		app.Div().Class("hx-dialog hx-encoding").ID(encodingID).Role("dialog").Aria("modal", "true").Aria("labelledby", "hx-encoding-h").
			OnKeyDown(func(ctx app.Context, e app.Event) { modalKeys(ctx, e, encodingID, d.cancel) }).Body(
			app.H2().ID("hx-encoding-h").Text(d.ILang.T("enc.h")),
			app.P().Dir("auto").Body(app.Bdi().Text(d.IName), app.Text(" "+d.ILang.T("enc.why"))),
			app.Ul().Class("hx-encoding-list").Body(app.Range(d.IReadings).Slice(func(i int) app.UI {
				r := d.IReadings[i]
				label := r.Encoding
				if r.Guess {
					label += " · " + d.ILang.T("enc.detected")
				}
				return app.Li().Body(
					app.Button().Class("hx-encoding-pick").ID("hx-encoding-"+r.Encoding).DataSet("encoding", r.Encoding).
						AutoFocus(i == 0).
						OnClick(func(ctx app.Context, e app.Event) {
							if d.OnPick != nil {
								d.OnPick(ctx, r)
							}
						}).Body(
						app.Strong().Dir("ltr").Text(label),
						app.Span().Class("hx-encoding-preview").Dir("auto").Text(interop.Preview(r.Text, 160)),
					),
				)
			})),
			app.Div().Class("hx-actions").Body(
				app.Button().ID("hx-encoding-cancel").OnClick(func(ctx app.Context, e app.Event) { d.cancel(ctx) }).Text(d.ILang.T("cancel")),
			),
		),
	)
}

// openDecoded opens the decoded text of the file name as a document; note
// (a conversion made) is shown once it is open.
func (p *page) openDecoded(ctx app.Context, name, text, note string) {
	if strings.TrimSpace(text) == "" {
		p.warn("الملف فارغ.", name)
		return
	}
	if err := session.CheckText(text); err != nil {
		p.say("error", "ليس هذا ملفًا نصيًّا (فيه محارف تحكّم أو بايتات ثنائية)، فلم يُفتح. احفظ المقال نصًّا عاديًّا بترميز UTF-8 وافتحه.", name+": "+annotation.ErrorMessage(err))
		p.msgCode = annotation.EINVALID
		return
	}
	p.open(ctx, annotation.NewDocument(session.Title(text), text), note)
}

// importChecked imports a file (importFile) once its encoding is known:
// a file that is not UTF-8 (a CoNLL or doccano file saved in Windows-1256,
// UTF-16 without a byte-order mark, …) opens the encoding dialog, as a
// text file does, and nothing is imported (nothing stored changes) until
// the person chooses a reading; cancelling imports nothing. UTF-16 with a
// byte-order mark is converted at once.
func (p *page) importChecked(ctx app.Context, name string, data []byte) {
	if rs := interop.Readings(data); len(rs) > 0 {
		p.fm.encChoice = &encodingChoice{name: name, readings: rs, then: p.importReading}
		return
	}
	if len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF) {
		text, used, _, err := interop.DecodeText(name, data, "")
		if err != nil {
			p.showFileErr(name, err)
			return
		}
		p.importConverted(ctx, name, text, used, "as its byte-order mark says")
		return
	}
	p.importFile(ctx, name, data)
}

// importReading imports the file of the encoding dialog read as r.
func (p *page) importReading(ctx app.Context, name string, r interop.Reading) {
	p.importConverted(ctx, name, r.Text, r.Encoding, "as chosen")
}

// importConverted imports text, the file name converted from enc, and
// says so after the import's own message.
func (p *page) importConverted(ctx app.Context, name, text, enc, how string) {
	p.importFile(ctx, name, []byte(text))
	if p.msgKind == "" {
		return
	}
	p.msgText += " قُرئ الملف بترميز " + enc + " وحُوِّل إلى UTF-8."
	p.msgDetail += fmt.Sprintf(" %s was not UTF-8; it was read as %s (%s) and converted.", name, enc, how)
}
