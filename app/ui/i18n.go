package ui

import (
	"github.com/hashiya/hashiya/app/annotation"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The interface is Arabic first: the page is right-to-left, controls and
// messages are in Arabic, and English follows where it is the technical
// term (PER, DCT, TIMEX3, JSON, code points) or a detail worth quoting
// (file names, the storage's own message), in a left-to-right isolate so
// that it never reorders the Arabic around it. Tests find elements by id
// and data attributes, never by their text.

// codeAr is the Arabic sentence shown for each error code; the model's
// English message follows it as the detail.
var codeAr = map[string]string{
	annotation.EQUOTA:    "مساحة التخزين في المتصفح ممتلئة، فلم يُحفظ التغيير؛ وما حُفظ قبله باقٍ كما هو. صدِّر الوثائق التي لا تحتاجها واحذفها ثم أعد المحاولة.",
	annotation.ECORRUPT:  "بعض البيانات المحفوظة تالفة؛ احتُفظ بنسخة منها ولم يُكتب فوقها.",
	annotation.EVERSION:  "هذه البيانات من إصدار أحدث من حاشية، فتُركت كما هي.",
	annotation.EINVALID:  "البيانات غير صالحة.",
	annotation.ECONFLICT: "هذا الملف يخص وثيقة أخرى غير الوثيقة المفتوحة.",
	annotation.ENOTFOUND: "لم يُعثر على المطلوب.",
	annotation.EINTERNAL: "حدث خطأ.",
}

// errAr returns the Arabic sentence for err's code.
func errAr(err error) string {
	if s, ok := codeAr[annotation.ErrorCode(err)]; ok {
		return s
	}
	return codeAr[annotation.EINTERNAL]
}

// statusAr names the review statuses.
var statusAr = map[annotation.Status]string{
	annotation.Suggested: "مقترح",
	annotation.Accepted:  "مقبول",
	annotation.Rejected:  "مرفوض",
}

// sourceAr names the sources.
var sourceAr = map[annotation.Source]string{
	annotation.Auto:   "آلي",
	annotation.Manual: "يدوي",
}

// en renders an English or technical term inside Arabic text: a
// left-to-right isolate in the secondary style.
func en(s string) app.UI {
	return app.Bdi().Class("hx-en").Lang("en").Dir("ltr").Text(s)
}

// ltr renders a value that reads left to right (a date, a code, offsets)
// as an isolate; it is data, not interface text (translate="no").
func ltr(s string) app.UI {
	return app.Bdi().Dir("ltr").Attr("translate", "no").Text(s)
}
