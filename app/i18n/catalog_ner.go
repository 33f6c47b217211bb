package i18n

// Messages of the entity model's loading (app/ui nermodel.go).
func init() {
	for k, m := range map[string][2]string{
		"ner.loading":     {"جارٍ تحميل نموذج الكيانات… التعابير الزمنية ظاهرة، والأسماء (أشخاص، أماكن، منظمات) تليها.", "Loading the entity model… time expressions are shown; names (people, places, organizations) follow."},
		"ner.unavailable": {"لا اقتراحات للأسماء: تعذّر تحميل نموذج الكيانات.", "No name suggestions: the entity model could not be loaded."},
		"ner.failed":      {"تعذّر تحميل نموذج الكيانات (الملف مفقود أو تالف)، فلا اقتراحات للأشخاص والأماكن والمنظمات. التعابير الزمنية والتوسيم اليدوي والحفظ تعمل كالمعتاد؛ أعد تحميل الصفحة لاحقًا لتصل الأسماء.", "The entity model could not be loaded (the file is missing or damaged), so there are no suggestions of people, places and organizations. Time expressions, manual annotation and saving work as usual; reload the page later to get the names."},
	} {
		catalog[k] = m
	}
}
