package sitegen

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"sort"
	"strconv"
)

// CanonicalHTML rewrites a page prerendered by go-app so that it is valid and
// the same on every build. go-app writes a tag's attributes in map order,
// which changes from run to run, and quotes their values as Go strings, so
// that a value holding a double quote ends the attribute early. Here every
// tag gets its attributes sorted by name and its values HTML-escaped; text
// between tags is copied unchanged.
func CanonicalHTML(page []byte) ([]byte, error) {
	var out bytes.Buffer
	out.Grow(len(page))
	for i := 0; i < len(page); {
		if page[i] != '<' || i+1 >= len(page) || !isTagStart(page[i+1]) {
			out.WriteByte(page[i])
			i++
			continue
		}
		n, err := writeCanonicalTag(&out, page[i:])
		if err != nil {
			return nil, fmt.Errorf("at byte %d: %w", i, err)
		}
		i += n
	}
	return dropHostlessMeta(out.Bytes()), nil
}

func isTagStart(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

type attribute struct {
	name, value string
	bare        bool // written without a value, as in <input disabled>
}

// writeCanonicalTag reads the start tag at the head of b, as go-app writes it,
// writes it canonically and returns how many bytes it read.
func writeCanonicalTag(out *bytes.Buffer, b []byte) (int, error) {
	i := 1
	for i < len(b) && !isSpace(b[i]) && b[i] != '>' {
		i++
	}
	name := b[1:i]
	var attrs []attribute
	for {
		for i < len(b) && isSpace(b[i]) {
			i++
		}
		if i >= len(b) {
			return 0, fmt.Errorf("unterminated <%s>", name)
		}
		if b[i] == '>' {
			i++
			break
		}
		start := i
		for i < len(b) && !isSpace(b[i]) && b[i] != '=' && b[i] != '>' {
			i++
		}
		a := attribute{name: string(b[start:i]), bare: true}
		if i < len(b) && b[i] == '=' {
			quoted, err := strconv.QuotedPrefix(string(b[i+1:]))
			if err != nil {
				return 0, fmt.Errorf("attribute %s of <%s>: %w", a.name, name, err)
			}
			a.value, _ = strconv.Unquote(quoted)
			a.bare = false
			i += 1 + len(quoted)
		}
		attrs = append(attrs, a)
	}
	sort.SliceStable(attrs, func(x, y int) bool { return attrs[x].name < attrs[y].name })
	out.WriteByte('<')
	out.Write(name)
	for _, a := range attrs {
		out.WriteByte(' ')
		out.WriteString(a.name)
		if !a.bare {
			out.WriteString(`="`)
			out.WriteString(html.EscapeString(a.value))
			out.WriteByte('"')
		}
	}
	out.WriteByte('>')
	return i, nil
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// hostlessMeta matches the og:url and og:image tags go-app writes when the
// site has no domain configured: "https:///docs" names no host and only
// misleads a crawler.
var hostlessMeta = regexp.MustCompile(`\n *<meta content="https://(?:/[^"]*)?" property="og:(?:url|image)">`)

func dropHostlessMeta(page []byte) []byte {
	return hostlessMeta.ReplaceAll(page, nil)
}
