package plaintext

import "testing"

func TestFromHTML(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// Case A19: the text is what a reader sees; offsets are then computed on it.
		{"<p>  الرئيس\n    يصل   اليوم</p>", "الرئيس يصل اليوم"},
		{`<div><h1 class="t">عنوان</h1><p>سطر&nbsp;أول<br>سطر ثانٍ</p></div>`, "عنوان\nسطر\u00a0أول\nسطر ثانٍ"},
		{`<p>أ</p><script>alert("x")</script><style>p{}</style><p>ب</p>`, "أ\nب"},
		{`<img src=x onerror="alert(1)">نص <b>غامق</b> &amp; &lt;وسم&gt;`, "نص غامق & <وسم>"},
		{"<p>أ</p><p></p><p></p><p>ب</p>", "أ\n\nب"},
		{"a < b and <!-- c --> d", "a < b and d"},
		{`<a title="x>y" href="#">رابط</a>`, "رابط"},
		{"", ""},
	} {
		if got := FromHTML(c.in); got != c.want {
			t.Errorf("FromHTML(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
