package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"unicode/utf8"
)

// readJSON decodes the JSON file name of fsys into v. It rejects fields v
// does not have, so that a misspelt key is reported rather than ignored,
// and locates syntax errors by line and column.
func readJSON(fsys fs.FS, name string, v any) *Problem {
	data, err := fs.ReadFile(fsys, name)
	if errors.Is(err, fs.ErrNotExist) {
		return &Problem{File: name, Msg: "missing"}
	}
	if err != nil {
		return &Problem{File: name, Msg: err.Error()}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err = dec.Decode(v)
	if err == nil && dec.More() {
		err = errors.New("unexpected data after the top-level value")
	}
	if err == nil {
		return nil
	}
	p := &Problem{File: name, Msg: "invalid JSON: " + err.Error()}
	// The offsets of encoding/json count the bytes read up to and
	// including the one in error.
	var offset int64 = -1
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		offset = syntax.Offset - 1
	case errors.As(err, &typ):
		offset = typ.Offset - 1
	case errors.Is(err, io.EOF):
		p.Msg = "empty file"
	case errors.Is(err, io.ErrUnexpectedEOF):
		p.Msg = "invalid JSON: unexpected end of file"
		offset = int64(len(data))
	}
	if offset >= 0 {
		p.Line, p.Column = position(data, int(offset))
	}
	return p
}

// position converts a byte offset in data to a line and a column, both
// counted from 1; the column counts characters, not bytes.
func position(data []byte, offset int) (line, col int) {
	offset = min(max(offset, 0), len(data))
	before := data[:offset]
	line = 1 + bytes.Count(before, []byte("\n"))
	col = 1 + utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:])
	return line, col
}
