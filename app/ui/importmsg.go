package ui

import "github.com/hashiya/hashiya/app/annotation"

// fileCodeAr says in Arabic what is wrong with an imported file, by error
// code: the codes also describe saved data (ECORRUPT is a damaged stored
// record in codeAr), but a file whose text does not match its hash is a
// file edited or damaged after export, not damaged saved data.
var fileCodeAr = map[string]string{
	annotation.ECORRUPT:  "نص الوثيقة في الملف لا يطابق بصمته (sha256): عُدِّل الملف أو تلف بعد تصديره، فلا يوثق بمواضع توسيماته.",
	annotation.EINVALID:  "الملف غير صالح للاستيراد.",
	annotation.EVERSION:  "الملف من إصدار أحدث من حاشية.",
	annotation.ECONFLICT: "الملف لوثيقة أخرى.",
}

// showFileErr shows the error of importing the file name: what is wrong
// with the file, and that nothing was changed (the import is all or
// nothing). A storage failure (EQUOTA) keeps its own message.
func (p *page) showFileErr(name string, err error) {
	p.showErr(err)
	if s, ok := fileCodeAr[annotation.ErrorCode(err)]; ok {
		p.msgText = s
	}
	p.msgText += " لم يتغيّر شيء."
	p.msgDetail = name + ": " + p.msgDetail + " Nothing was changed."
}
