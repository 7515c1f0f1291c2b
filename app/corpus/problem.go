package corpus

import (
	"cmp"
	"fmt"
	"sort"
	"strings"
)

// A Problem is one thing wrong with the corpus, found in File.
type Problem struct {
	File string // file name at the root of the corpus, e.g. "catalog.json"
	// Line and Column locate the problem in File, counting from 1; zero when
	// the problem is not tied to one place, such as a missing file.
	Line, Column int
	Msg          string
}

func (p *Problem) Error() string {
	switch {
	case p.Line > 0 && p.Column > 0:
		return fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Column, p.Msg)
	case p.Line > 0:
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
	}
	return p.File + ": " + p.Msg
}

// ErrorList is the error [Load] returns: every problem it found, sorted by
// file, then by position, then in the order they were found.
type ErrorList []*Problem

func (l ErrorList) Error() string {
	msgs := make([]string, len(l))
	for i, p := range l {
		msgs[i] = p.Error()
	}
	return strings.Join(msgs, "\n")
}

// Unwrap returns the problems, so that errors.As finds a *Problem.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, p := range l {
		errs[i] = p
	}
	return errs
}

func (l ErrorList) sort() {
	sort.SliceStable(l, func(i, j int) bool {
		return cmp.Or(strings.Compare(l[i].File, l[j].File), cmp.Compare(l[i].Line, l[j].Line), cmp.Compare(l[i].Column, l[j].Column)) < 0
	})
}

// problems collects the problems of one file.
type problems struct {
	file string
	list ErrorList
}

func (ps *problems) add(format string, args ...any) {
	ps.list = append(ps.list, &Problem{File: ps.file, Msg: fmt.Sprintf(format, args...)})
}
