package corpus

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A matcher finds the terms of one kind of entity in text, following the
// rules documented on [Lexicon].
type matcher struct {
	kind EntityKind
	// byFirst holds the terms by the folded first rune, the only place a
	// match can start; in lexicon order, so that equal matches resolve the
	// same way every time.
	byFirst map[rune][]term
	owner   map[string]string // term key to the id of the entity it names
}

// A term is one compiled lexicon term.
type term struct {
	runes  []rune // canonical form; ' ' matches any run of white space
	prefix bool   // it ended in "*": the last word may continue
	fold   bool   // case-insensitive
	entity string
}

// A span is a match of a term: text[start:end] names entity.
type span struct {
	start, end int
	entity     string
}

func newMatcher(kind EntityKind) *matcher {
	return &matcher{kind: kind, byFirst: make(map[rune][]term), owner: make(map[string]string)}
}

// add compiles s as a term naming entity.
func (m *matcher) add(s, entity string) error {
	t := term{entity: entity}
	s = strings.TrimSpace(s)
	if m.kind == KindTheme {
		s, t.prefix = strings.CutSuffix(s, "*")
	}
	if commonWords(m.kind) {
		t.fold = !isAcronym(s)
	}
	switch {
	case s == "":
		return errors.New("empty term")
	case strings.Contains(s, "*") && m.kind == KindTheme:
		return fmt.Errorf("term %q: \"*\" may only end a term", s)
	case strings.Contains(s, "*"):
		return fmt.Errorf("term %q: \"*\" is only for theme terms", s)
	}
	for _, r := range strings.Join(strings.Fields(s), " ") {
		t.runes = append(t.runes, canonical(r))
	}
	key := t.key()
	if other, dup := m.owner[key]; dup {
		if other == entity {
			return fmt.Errorf("term %q listed twice", s)
		}
		return fmt.Errorf("term %q already names %q", s, other)
	}
	m.owner[key] = entity
	first := unicode.ToLower(t.runes[0])
	m.byFirst[first] = append(m.byFirst[first], t)
	return nil
}

// key identifies what the term matches, to find terms given twice.
func (t term) key() string {
	k := string(t.runes)
	if t.fold {
		k = strings.ToLower(k)
	}
	if t.prefix {
		k += "*"
	}
	return k
}

// commonWords reports whether the terms of kind are common words rather than
// names: they match in any case and yield to names (see [Lexicon]).
func commonWords(kind EntityKind) bool {
	return kind == KindTheme || kind == KindRelationship
}

// isAcronym reports whether s has letters and all are capitals, as in "FTA"
// or "COVID-19".
func isAcronym(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0 && strings.IndexFunc(s, unicode.IsLower) < 0
}

// canonical maps the variants of a character that typing and typesetting
// produce to one form: curly apostrophes to ', unbreakable hyphens to -,
// white space to a space.
func canonical(r rune) rune {
	switch r {
	case '’', 'ʼ', '‘':
		return '\''
	case '‐', '‑':
		return '-'
	}
	if unicode.IsSpace(r) {
		return ' '
	}
	return r
}

// isWordRune reports whether r can be part of a word; a match must not have
// one on either side.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// find returns the leftmost-longest, non-overlapping matches in text.
func (m *matcher) find(text string) []span {
	var found []span
	prev := ' '
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(prev) {
			if s, ok := m.longestAt(text, i, r); ok {
				found = append(found, s)
				prev, _ = utf8.DecodeLastRuneInString(text[:s.end])
				i = s.end
				continue
			}
		}
		prev = r
		i += size
	}
	return found
}

func (m *matcher) longestAt(text string, i int, r rune) (span, bool) {
	best := span{start: i, end: i}
	for _, t := range m.byFirst[unicode.ToLower(canonical(r))] {
		if end, ok := t.matchAt(text, i); ok && end > best.end {
			best.end, best.entity = end, t.entity
		}
	}
	return best, best.end > i
}

// matchAt reports whether t matches text at byte offset i, and where the
// match ends.
func (t term) matchAt(text string, i int) (end int, ok bool) {
	for _, want := range t.runes {
		if i >= len(text) {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if want == ' ' {
			if !unicode.IsSpace(r) {
				return 0, false
			}
			i = skip(text, i, unicode.IsSpace)
			continue
		}
		if !t.same(want, canonical(r)) {
			return 0, false
		}
		i += size
	}
	if t.prefix {
		return skip(text, i, isWordRune), true
	}
	if r, _ := utf8.DecodeRuneInString(text[i:]); i < len(text) && isWordRune(r) {
		return 0, false
	}
	return i, true
}

func (t term) same(want, got rune) bool {
	return want == got || t.fold && unicode.ToLower(want) == unicode.ToLower(got)
}

// skip returns the offset of the first rune at or after i that is not in.
func skip(text string, i int, in func(rune) bool) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !in(r) {
			break
		}
		i += size
	}
	return i
}
