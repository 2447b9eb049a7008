package load

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/source"
)

// MaxFileSize caps what rrp reads of one file. A record file is a few
// hundred bytes per record; 8 MiB holds tens of thousands of records and
// keeps a hostile or mistaken file (a video saved as .yaml) from exhausting
// memory.
const MaxFileSize = 8 << 20

// readFile reads at most MaxFileSize bytes of the file at path in fsys,
// reporting larger files as a finding under the display name.
func readFile(fsys fs.FS, path, name string, fl *finding.List) ([]byte, bool) {
	f, err := fsys.Open(path)
	if err != nil {
		fl.Errorf(source.InFile(name), finding.CodeRead, "check the file's permissions", "cannot read the file: %v", unwrapPathError(err))
		return nil, false
	}
	defer f.Close()
	data, err := readAtMost(f, MaxFileSize+1)
	if err != nil {
		fl.Errorf(source.InFile(name), finding.CodeRead, "check the file's permissions", "cannot read the file: %v", unwrapPathError(err))
		return nil, false
	}
	if len(data) > MaxFileSize {
		fl.Errorf(source.At(name, 1, 1), finding.CodeFileTooLarge,
			"split the records into several files", "the file is larger than %d MiB", MaxFileSize>>20)
		return nil, false
	}
	return data, true
}

// readAtMost reads f to its end or to limit bytes. The buffer is sized by
// the file's stat, when it has one, so a file of a few hundred kilobytes
// is read in one piece rather than into a buffer grown again and again
// (as os.ReadFile does).
func readAtMost(f fs.File, limit int64) ([]byte, error) {
	size := int64(512)
	if info, err := f.Stat(); err == nil && info.Size() > 0 {
		size = min(info.Size()+1, limit) // +1: the end shows at once
	}
	r := io.LimitReader(f, limit)
	data := make([]byte, 0, size)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return data, err
		}
	}
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Parse decodes a YAML file that is not a plan or records file (an import
// mapping) as the loader decodes its own: the file's single document, or
// nil when it is empty or unusable, each mistake a finding at its line and
// column with a hint.
func Parse(name string, data []byte, fs *finding.List) *yaml.Node { return parse(data, name, fs) }

// parse checks that data is UTF-8 text and decodes its single YAML document.
// It returns nil (with findings) when there is nothing usable, and nil
// without findings for an empty document.
func parse(data []byte, name string, fs *finding.List) *yaml.Node {
	if doc := parseDoc(data, name, fs); doc != nil {
		return content(doc)
	}
	return nil
}

// parseCommented is parse that also lists the document's comments (see
// comments).
func parseCommented(data []byte, name string, fs *finding.List) (*yaml.Node, []source.Value[string]) {
	doc := parseDoc(data, name, fs)
	if doc == nil {
		return nil, nil
	}
	return content(doc), comments(doc, data, name, fs)
}

// parseDoc is parse's document node, holding the comments before and
// after the content.
func parseDoc(data []byte, name string, fs *finding.List) *yaml.Node {
	if !isText(data, name, fs) {
		return nil
	}
	if !hasDocumentMarker(data) {
		// The common case: one implicit document. Unmarshal is cheaper
		// than a Decoder, which only a second document needs.
		var doc yaml.Node
		if err := yaml.Unmarshal(data, &doc); err != nil {
			syntaxError(data, name, err, fs)
			return nil
		}
		return &doc
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil
		}
		syntaxError(data, name, err, fs)
		return nil
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		fs.Errorf(source.At(name, extra.Line, max(extra.Column, 1)), finding.CodeMultipleDocuments,
			"remove the --- line, or split the file in two", "a file holds one document; found a second one")
	} else if !errors.Is(err, io.EOF) {
		syntaxError(data, name, err, fs)
	}
	return &doc
}

// content is the document's top node, or nil for an empty document (which
// yaml gives as a null scalar, placed after the end of a lone "---").
func content(doc *yaml.Node) *yaml.Node {
	if len(doc.Content) == 0 || isNull(doc.Content[0]) && doc.Content[0].Tag == "!!null" && doc.Content[0].Value == "" {
		return nil
	}
	return doc.Content[0]
}

// hasDocumentMarker reports whether a line starts with --- or ..., the only
// way a YAML stream holds more than one document.
func hasDocumentMarker(data []byte) bool {
	for _, marker := range [][]byte{[]byte("---"), []byte("...")} {
		if bytes.HasPrefix(data, marker) || bytes.Contains(data, append([]byte("\n"), marker...)) {
			return true
		}
	}
	return false
}

// isText rejects binary files and text in another encoding than UTF-8, at
// the first offending byte: yaml's own message has no position.
func isText(data []byte, name string, fs *finding.List) bool {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		var bad i18n.Text
		switch {
		case r == utf8.RuneError && size == 1:
			bad = i18n.T("the file is not UTF-8 text")
		case r == 0 || (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || (0x7f <= r && r <= 0x9f):
			bad = i18n.T("the file holds a control character (is it a binary file?)")
		case r == 0x2028 || r == 0x2029:
			// YAML counts these as line breaks but editors do not, so
			// every line number after one would be off.
			bad = i18n.T("the file holds an unusual line break (U+%04X)", r)
		}
		if bad.Format != "" {
			line, col := lineCol(data, i)
			fs.Add(finding.New(finding.Error, source.At(name, line, col), finding.CodeEncoding, "save the file as UTF-8 text", bad.Format, bad.Args...))
			return false
		}
		i += size
	}
	return true
}

// lineCol returns the 1-based line and column (in characters) of byte
// offset off.
func lineCol(data []byte, off int) (line, col int) {
	start := 0
	for i, l := range splitLines(data) {
		end := start + len(l)
		if off <= end {
			return i + 1, 1 + utf8.RuneCount(data[start:off])
		}
		start = end + 1
		if data[end] == '\r' && end+1 < len(data) && data[end+1] == '\n' {
			start++
		}
	}
	return 1, 1
}

// splitLines splits at \n, \r\n and a lone \r: the line breaks YAML counts.
func splitLines(data []byte) [][]byte {
	var lines [][]byte
	start := 0
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '\n':
			lines = append(lines, data[start:i])
			start = i + 1
		case '\r':
			lines = append(lines, data[start:i])
			if i+1 < len(data) && data[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	return append(lines, data[start:])
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// parserProblems are the messages of yaml.v3's parser (as opposed to its
// scanner). yaml.v3 adds 1 to the 0-based line of scanner errors only
// (decode.go, parser.fail), so these come with the line above the mistake.
var parserProblems = map[string]bool{
	"did not find expected <stream-start>":   true,
	"did not find expected <document start>": true,
	"found undefined tag handle":             true,
	"did not find expected node content":     true,
	"did not find expected '-' indicator":    true,
	"did not find expected key":              true,
	"did not find expected ',' or ']'":       true,
	"did not find expected ',' or '}'":       true,
	"found duplicate %YAML directive":        true,
	"found incompatible YAML document":       true,
	"found duplicate %TAG directive":         true,
}

// syntaxError turns a yaml parse error into a finding with the best position
// yaml gives (a line; the first line when it gives none) and a hint for the
// mistakes people make most.
func syntaxError(data []byte, name string, err error, fs *finding.List) {
	msg, line := err.Error(), 1
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
		if parserProblems[msg] {
			line++
		}
	} else {
		// yaml.v3 leaves out "line N" when the mark is on the first line.
		msg = strings.TrimPrefix(msg, "yaml: ")
	}
	lines := splitLines(data)
	line = min(max(line, 1), len(lines))
	col, hint := 1, i18n.T("check the indentation and that every key ends with a colon")
	if l, c, ok := findTab(lines, line, strings.Contains(msg, "tab character")); ok {
		line, col, hint = l, c, i18n.T("indent with spaces, not tabs")
	} else if key, c, ok := colonInValue(lines[line-1]); ok && msg == "mapping values are not allowed in this context" {
		col, hint = c, i18n.T(`put the text in quotes: %s: "…"`, key)
	}
	fs.Add(finding.New(finding.Error, source.At(name, line, col), finding.CodeSyntax, "", "invalid YAML: %s", yamlProblem(msg)).
		WithHintText(hint))
}

// colonInValue finds a plain value that holds a colon followed by a space
// (note: Téma: péče o seniory), which YAML reads as a second key: it
// returns the key and the column of that colon. The value is not
// repeated in the hint: it may hold personal data.
func colonInValue(line []byte) (key string, col int, ok bool) {
	m := keyAndValue.FindSubmatchIndex(line)
	if m == nil {
		return "", 0, false
	}
	value := line[m[4]:]
	at := bytes.Index(value, []byte(": "))
	if at < 0 && bytes.HasSuffix(bytes.TrimRight(value, " "), []byte(":")) {
		at = bytes.LastIndexByte(value, ':')
	}
	if at < 0 {
		return "", 0, false
	}
	return string(line[m[2]:m[3]]), 1 + utf8.RuneCount(line[:m[4]+at]), true
}

// keyAndValue is a line "key: value" (or "- key: value") whose value is
// plain: not quoted, not a list or mapping in brackets, not a block.
var keyAndValue = regexp.MustCompile(`^\s*(?:-\s+)?([A-Za-z_][A-Za-z0-9_]*):\s+([^\s"'\[{|>&*!#])`)

// findTab finds a tab indenting the 1-based line, or with onward the first
// line from it on that is indented with a tab. onward is for yaml's own tab
// messages: their line is where the scalar being scanned began, which may be
// a line or more above the tab. For other messages a tab further down is not
// what yaml complains about.
func findTab(lines [][]byte, line int, onward bool) (l, col int, ok bool) {
	last := line
	if onward {
		last = len(lines)
	}
	for i := line; i <= last; i++ {
		indent := lines[i-1][:len(lines[i-1])-len(bytes.TrimLeft(lines[i-1], " \t"))]
		if tab := bytes.IndexByte(indent, '\t'); tab >= 0 {
			return i, 1 + tab, true
		}
	}
	return 0, 0, false
}
