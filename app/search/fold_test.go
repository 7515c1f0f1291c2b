package search

import (
	"bytes"
	"go/build"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldSpecial repeats gen_fold.go's special letters: the test states what
// the fold must do independently of the generator.
var foldSpecial = map[rune]string{
	'ß': "ss", 'ẞ': "SS", 'æ': "ae", 'Æ': "AE", 'œ': "oe", 'Œ': "OE", 'ø': "o", 'Ø': "O",
	'ł': "l", 'Ł': "L", 'đ': "d", 'Đ': "D", 'ð': "d", 'Ð': "D", 'þ': "th", 'Þ': "TH", 'ı': "i",
	'ħ': "h", 'Ħ': "H", 'ŧ': "t", 'Ŧ': "T", 'ŀ': "l", 'Ŀ': "L", 'ĸ': "k", 'ƒ': "f",
}

// xtextFold is the reference: NFD, drop nonspacing marks, NFC.
func xtextFold(r rune) string {
	if s, ok := foldSpecial[r]; ok {
		return s
	}
	var b strings.Builder
	for _, d := range norm.NFD.String(string(r)) {
		if !unicode.Is(unicode.Mn, d) {
			b.WriteRune(d)
		}
	}
	return norm.NFC.String(b.String())
}

func TestFoldMatchesXText(t *testing.T) {
	bad := 0
	for r := rune(0); r <= 0x2FFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		if got, want := Fold(string(r)), xtextFold(r); got != want {
			if bad++; bad <= 20 {
				t.Errorf("Fold(%U %q) = %q, x/text gives %q", r, r, got, want)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d runes differ", bad)
	}
}

func TestNormalizeMatchesNFC(t *testing.T) {
	for r := rune(0); r <= 0x2FFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		nfd := norm.NFD.String(string(r))
		want := norm.NFC.String(nfd)
		if got := Normalize(nfd); got != want {
			t.Errorf("Normalize(NFD(%U)) = %q, want %q", r, got, want)
		}
	}
}

// TestNormalizeCompatibilityForms checks the full-width and ligature
// blocks against x/text's NFKC, and that the compatibility characters
// around them are left alone.
func TestNormalizeCompatibilityForms(t *testing.T) {
	for _, block := range []struct {
		first, last rune
		nfkc        bool
	}{
		{0xFB00, 0xFB06, true},  // ﬀ … ﬆ
		{0xFF01, 0xFF5E, true},  // full-width ASCII
		{0x2460, 0x2473, false}, // circled digits
		{0x00B2, 0x00B3, false}, // superscripts
		{0xFF61, 0xFF65, false}, // half-width CJK punctuation
	} {
		for r := block.first; r <= block.last; r++ {
			want := string(r)
			if block.nfkc {
				want = norm.NFKC.String(want)
			}
			if got := Normalize(string(r)); got != want {
				t.Errorf("Normalize(%U %q) = %q, want %q", r, r, got, want)
			}
		}
	}
	for in, want := range map[string]string{
		"Ｃｈｉｌｅ": "Chile", "ＰＥＲＵ": "PERU", "ﬁnancial": "financial", "eﬀort": "effort",
		"ｅ\u0301": "é", "２０２４": "2024", "Piñera": "Piñera",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFold(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Piñera", "Pinera"},
		{"Pin\u0303era", "Pinera"},
		{"López Obrador", "Lopez Obrador"},
		{"Straße", "Strasse"},
		{"Æsir Œuvre", "AEsir OEuvre"},
		{"Øresund Łódź", "Oresund Lodz"},
		{"Þingvellir", "THingvellir"},
		{"Ἀθῆναι", "Αθηναι"},
		{"Йошкар-Ола", "Иошкар-Ола"},
		{"中文", "中文"},
		{"Việt Nam", "Viet Nam"},
	} {
		if got := Fold(tc.in); got != tc.want {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestFoldTableUpToDate regenerates the table and compares it with the
// committed one.
func TestFoldTableUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the generator")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	out := filepath.Join(t.TempDir(), "fold_table.txt") // not .go: go run would compile it
	cmd := exec.Command(goBin, "run", "gen_fold.go", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run gen_fold.go: %v\n%s", err, msg)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("fold_table.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("fold_table.go is stale: run go generate ./app/search")
	}
}

// TestNoXTextAtRunTime keeps golang.org/x/text out of app.wasm.
func TestNoXTextAtRunTime(t *testing.T) {
	pkg, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, imp := range pkg.Imports {
		if strings.HasPrefix(imp, "golang.org/x/text") {
			t.Errorf("imports %s", imp)
		}
	}
	if testing.Short() {
		return
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	cmd := exec.Command(goBin, "list", "-deps", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	deps, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	if strings.Contains(string(deps), "golang.org/x/text") {
		t.Errorf("depends on golang.org/x/text:\n%s", deps)
	}
}
