package i18n

// catalog maps a message key to its Arabic and English text.
var catalog = map[string][2]string{
	// toolbar
	"sample":         {"مقال مثال", "Sample article"},
	"sample.title":   {"افتح المقال المرفق مثالًا", "Open the sample article"},
	"paste":          {"لصق نص…", "Paste text…"},
	"paste.title":    {"الصق نص مقال آخر", "Paste an article"},
	"openfile":       {"فتح ملف نصي…", "Open text file…"},
	"openfile.title": {"افتح مقالًا من ملف نصي (.txt)", "Open a plain-text (.txt) article"},
	"import":         {"استيراد…", "Import…"},
	"import.title":   {"استورد توسيمات: ملف تصدير من حاشية، أو W3C/Hypothesis (.jsonld)، أو brat (.ann)، أو CoNLL (.conll)، أو doccano (.jsonl)، أو Label Studio (.json). تُدمج ولا يُكتب فوق شيء", "Import annotations: a Hashiya export, W3C/Hypothesis (.jsonld), brat (.ann), CoNLL (.conll), doccano (.jsonl) or Label Studio (.json); merged, nothing overwritten"},
	"export":         {"تصدير", "Export"},
	"export.title":   {"نزِّل الوثيقة وتوسيماتها (JSON، المواضع بنقاط الترميز)", "Download the document and its annotations (Hashiya JSON, offsets in code points)"},
	"lang.switch":    {"واجهة بالإنجليزية", "Arabic interface"},

	// edit bar
	"editbar":          {"أدوات التحرير", "Editing"},
	"undo":             {"↶ تراجع", "↶ Undo"},
	"redo":             {"↷ إعادة", "↷ Redo"},
	"undo.title":       {"تراجع (Ctrl+Z)", "Undo (Ctrl+Z)"},
	"undo.what":        {"تراجع عن ", "Undo "},
	"redo.title":       {"إعادة (Ctrl+Shift+Z / Ctrl+Y)", "Redo (Ctrl+Shift+Z / Ctrl+Y)"},
	"redo.what":        {"أعد ", "Redo "},
	"search":           {"بحث في النص (/)", "Search the text (/)"},
	"search.aria":      {"بحث في النص، يتجاهل التشكيل والتطويل والهمزات وة/ه وى/ي وأشكال الأرقام", "Search the text, ignoring tashkeel, tatweel, hamza forms, ة/ه, ى/ي and digit scripts"},
	"search.none":      {"لا نتائج", "No hits"},
	"search.prev":      {"النتيجة السابقة (Shift+Enter)", "Previous hit (Shift+Enter)"},
	"search.next":      {"النتيجة التالية (Enter)", "Next hit (Enter)"},
	"search.whole":     {"كلمة كاملة", "Whole word"},
	"search.label":     {"وسم نتائج البحث", "Label for the hits"},
	"search.all":       {"وسم كل النتائج", "Label all hits"},
	"search.all.title": {"وسم كل النتائج بالوسم المختار (خطوة واحدة يمكن التراجع عنها)", "Give every hit the chosen label (one undoable step)"},
	"proclitic":        {"دون السابقة (و ب ف ل ك)", "Leave out proclitic (و ب ف ل ك)"},
	"proclitic.title":  {"عند التحديد بعد و ب ف ل ك في أول الكلمة تبقى السابقة خارج التوسيم", "A selection that starts after a word-initial و ب ف ل ك leaves it out of the span"},
	"help":             {"اختصارات لوحة المفاتيح (?)", "Keyboard shortcuts (?)"},

	// annotation list
	"list":          {"كل التوسيمات", "All annotations"},
	"list.label":    {"كل الوسوم", "All labels"},
	"list.status":   {"كل الحالات", "All statuses"},
	"list.source":   {"كل المصادر", "All sources"},
	"list.f.label":  {"تصفية بالوسم", "Filter by label"},
	"list.f.status": {"تصفية بالحالة", "Filter by status"},
	"list.f.source": {"تصفية بالمصدر", "Filter by source"},
	"list.shown":    {"المعروضة بالتصفية: ", "Shown by the filter: "},
	"list.accept":   {"قبول الكل", "Accept all"},
	"list.reject":   {"رفض الكل", "Reject all"},
	"list.more":     {"عرض المزيد، بقي ", "Show more, left: "},
	"suggested":     {"مقترح", "suggested"},
	"accepted":      {"مقبول", "accepted"},
	"rejected":      {"مرفوض", "rejected"},
	"auto":          {"آلي", "automatic"},
	"manual":        {"يدوي", "manual"},

	// help sheet
	"help.title": {"اختصارات لوحة المفاتيح", "Keyboard shortcuts"},
	"close":      {"إغلاق", "Close"},
}
