package i18n

// Messages of the encoding dialog (app/ui encodingdialog.go).
func init() {
	for k, m := range map[string][2]string{
		"enc.h":        {"بأي ترميز كُتب الملف؟", "Which encoding is this file in?"},
		"enc.why":      {"ليس بترميز UTF-8. اختر القراءة التي يظهر فيها النص سليمًا:", "is not UTF-8. Choose the reading in which the text looks right:"},
		"enc.detected": {"المرجَّح", "detected"},
	} {
		catalog[k] = m
	}
}
