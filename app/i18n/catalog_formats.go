package i18n

// Messages of the document library, storage, share link and export
// format choice (app/ui docscreen.go, share.go, exportfmt.go).
func init() {
	for k, m := range map[string][2]string{
		"docs":                     {"الوثائق", "Documents"},
		"docs.btn.title":           {"كل الوثائق المحفوظة في هذا المتصفح: فتح، إعادة تسمية، حذف، بحث، وما لم يُصدَّر", "Every document kept in this browser: open, rename, delete, search, and what is not exported"},
		"docs.title":               {"الوثائق المحفوظة", "Stored documents"},
		"docs.search":              {"بحث في العناوين والنصوص", "Search titles and texts"},
		"docs.none":                {"لا وثائق تطابق البحث.", "No document matches."},
		"docs.col.title":           {"العنوان", "Title"},
		"docs.col.dct":             {"التاريخ (DCT)", "Dateline (DCT)"},
		"docs.col.counts":          {"التوسيمات", "Annotations"},
		"docs.col.updated":         {"آخر تغيير", "Last change"},
		"docs.col.export":          {"التصدير", "Export"},
		"docs.col.actions":         {"إجراءات", "Actions"},
		"docs.counts":              {"مقترح %d · مقبول %d · مرفوض %d", "suggested %d · accepted %d · rejected %d"},
		"docs.exported":            {"صُدِّر بعد آخر تغيير (%s)", "Exported after the last change (%s)"},
		"docs.never":               {"لم يُصدَّر قط: %d توسيم غير مصدَّر", "Never exported: %d annotation(s) not exported"},
		"docs.unexported":          {"لم يُصدَّر منذ آخر تغيير: %d توسيم غير مصدَّر", "Not exported since the last change: %d annotation(s) not exported"},
		"docs.changed":             {"لم يُصدَّر منذ آخر تغيير", "Not exported since the last change"},
		"docs.deleted":             {"حُذفت «%s» وتوسيماتها وسجلّ تراجعها.", "Deleted «%s» with its annotations and undo history."},
		"docs.undo":                {"تراجع عن الحذف", "Undo delete"},
		"docs.rename":              {"أعد التسمية (Enter للحفظ، Esc للإلغاء)", "Rename (Enter to save, Esc to cancel)"},
		"docs.delete":              {"احذف الوثيقة وتوسيماتها وسجلّ تراجعها من هذا المتصفح (يمكن التراجع)", "Delete the document, its annotations and undo history from this browser (can be undone)"},
		"docs.quota":               {"التخزين المستعمل: %s من %s (%.1f%%)", "Storage used: %s of %s (%.1f%%)"},
		"docs.quota.unknown":       {"لا يذكر المتصفح حجم التخزين المستعمل", "The browser does not report storage use"},
		"docs.local":               {"· التخزين المحلي: %s من نحو %s وحدة UTF-16 (%.0f%%)", "· localStorage: %s of about %s UTF-16 units (%.0f%%)"},
		"docs.persist.":            {"· لم يُطلب التخزين الدائم بعد", "· persistent storage not requested yet"},
		"docs.persist.granted":     {"· التخزين دائم: لن يمسحه المتصفح عند ضيق المساحة", "· storage is persistent: the browser will not clear it under pressure"},
		"docs.persist.denied":      {"· رفض المتصفح جعل التخزين دائمًا: قد يمسحه عند ضيق المساحة، فصدِّر عملك", "· the browser refused persistent storage: it may clear it under pressure, so export your work"},
		"docs.persist.unsupported": {"· لا يدعم المتصفح التخزين الدائم", "· the browser does not support persistent storage"},
	} {
		catalog[k] = m
	}
}

func init() {
	for k, m := range map[string][2]string{
		"share":         {"رابط مشاركة", "Share link"},
		"share.title":   {"رابط يحمل الوثيقة وتوسيماتها مضغوطة (دون خادم)؛ من يفتحه يستوردها", "A link holding the document and its annotations, compressed (no server); opening it imports them"},
		"share.dialog":  {"رابط المشاركة", "Share link"},
		"share.size":    {"طول الرابط %d حرفًا (الحد %d). يفتحه المستلم في حاشية فتُستورد الوثيقة وتوسيماتها بالتحقق نفسه الذي يجري على الملفات.", "The link is %d characters long (limit %d). Opened in Hashiya, it imports the document and its annotations with the same checks as a file."},
		"share.copy":    {"انسخ الرابط", "Copy link"},
		"share.copied":  {"نُسخ ✓", "Copied ✓"},
		"export.format": {"صيغة التصدير", "Export format"},
	} {
		catalog[k] = m
	}
}
