package i18n

// The messages of the Library dialog (app/ui librarydialog.go,
// librarytimeline.go, libraryentities.go, agreement.go, walk.go); keys
// that are formats take the arguments their %d and %s say.
var libraryCatalog = map[string][2]string{
	"lib":                 {"المكتبة", "Library"},
	"lib.title":           {"الخط الزمني والكيانات عبر كل الوثائق المحفوظة، والاتفاق بين المُوسِّمين", "Timeline and entities across every stored document, and agreement between annotators"},
	"lib.tab.timeline":    {"الخط الزمني", "Timeline"},
	"lib.tab.entities":    {"الكيانات", "Entities"},
	"lib.tab.agreement":   {"الاتفاق بين المُوسِّمين", "Inter-annotator agreement"},
	"lib.load.errs":       {"تعذّرت قراءة بعض الوثائق فتُركت خارج المكتبة: ", "Some documents could not be read and were left out of the library: "},
	"lib.empty":           {"لا مكتبة بعد.", "No library yet."},
	"lib.agree.pick":      {"اختر ملفَّي تصدير أو أكثر (JSON حاشية)", "Choose two or more exports (Hashiya JSON)"},
	"lib.agree.need":      {"يلزم ملفّان صالحان على الأقل للمقارنة.", "At least two valid files are needed to compare."},
	"lib.agree.bad":       {"%s: ليس تصديرًا صالحًا من حاشية (%s)", "%s: not a valid Hashiya export (%s)"},
	"lib.agree.import":    {"استورد تصديرين أو أكثر للوثيقة نفسها.", "Import two or more exports of the same document."},
	"lib.agree.dis":       {"الخلافات (%d)، بقي %d", "Disagreements (%d), %d left"},
	"lib.agree.gold":      {"تنزيل الملف الذهبي", "Download the gold file"},
	"lib.agree.vs":        {"%s (مرجع) مقابل %s", "%s (reference) vs %s"},
	"lib.agree.kappa":     {"كابا على الكلمات: الكيانات %s، التعابير الزمنية %s · اتفاق قيم TIMEX: %d من %d", "Token kappa: entities %s, temporal expressions %s · TIMEX value agreement: %d of %d"},
	"lib.agree.keep":      {"أبقِ هذا", "Keep this"},
	"lib.agree.all":       {"أبقِ الكل", "Keep all"},
	"lib.agree.none":      {"لا شيء", "Neither"},
	"lib.tl.title":        {"الخط الزمني للمكتبة", "Library timeline"},
	"lib.tl.entity":       {"كيان، مثل: حفتر", "Entity, e.g. حفتر"},
	"lib.tl.entity.aria":  {"تصفية الخط الزمني بكيان", "Filter the timeline by an entity"},
	"lib.tl.zoomin":       {"تكبير", "Zoom in"},
	"lib.tl.zoomout":      {"تصغير", "Zoom out"},
	"lib.tl.all":          {"الكل", "All"},
	"lib.tl.hijri":        {"هجري", "Hijri"},
	"lib.tl.gregorian":    {"ميلادي", "Gregorian"},
	"lib.tl.count":        {"%d تاريخًا على المحور، و%d غير محدد.", "%d dates on the axis, %d not placed."},
	"lib.tl.apart":        {"تواريخ مبهمة أو ناقصة (لا توضع على المحور)", "Vague or underspecified dates (not placed on the axis)"},
	"lib.ent.title":       {"كيانات المكتبة", "Library entities"},
	"lib.ent.filter":      {"تصفية بالاسم أو الوسم، مثل: حفتر، LOC", "Filter by name or label, e.g. حفتر, LOC"},
	"lib.ent.filter.aria": {"تصفية الكيانات", "Filter the entities"},
	"lib.ent.count":       {"%d كيانًا", "%d entities"},
	"lib.ent.entity":      {"الكيان", "Entity"},
	"lib.ent.label":       {"الوسم", "Label"},
	"lib.ent.docs":        {"الوثائق", "Documents"},
	"lib.ent.mentions":    {"الإشارات", "Mentions"},
	"lib.ent.first":       {"أول تاريخ", "First date"},
	"lib.ent.last":        {"آخر تاريخ", "Last date"},
	"lib.ent.walk":        {"تنقّل بين إشاراته في كل الوثائق", "Walk through its mentions in every document"},
	"lib.ent.merge":       {"دمج…", "Merge…"},
	"lib.ent.merge.pick":  {"اختر الكيان الذي يُدمج فيه «%s».", "Choose the entity to merge «%s» into."},
	"lib.ent.merge.here":  {"دمج هنا", "Merge here"},
	"lib.ent.cancel":      {"إلغاء", "Cancel"},
	"lib.ent.split":       {"فصل", "Split"},
	"lib.ent.split.title": {"افصل إشارات هذه الوثيقة في كيان مستقل", "Split this document's mentions into an entity of their own"},
	"lib.ent.more":        {"أظهر المزيد (%d)", "Show more (%d)"},
	"walk.pos":            {"الإشارة %d من %d", "Mention %d of %d"},
	"walk.prev":           {"◂ السابقة", "◂ Previous"},
	"walk.next":           {"التالية ▸", "Next ▸"},
	"walk.end":            {"إنهاء التنقّل", "End the walk"},
}

func init() {
	for k, v := range libraryCatalog {
		catalog[k] = v
	}
}
