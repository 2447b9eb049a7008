package load

import "github.com/kraj-hk/rrp/internal/i18n"

// A finding names a value by its key as the files write it ("hours",
// "participants total"), the same in every language, or in words ("key
// activity id"), said in the reader's language.

// phrases are the names in words, among them the kinds of mapping whose
// name is no key.
var phrases = map[string]i18n.Text{
	"project":           i18n.T("project"),
	"period":            i18n.T("period"),
	"key activity":      i18n.T("key activity"),
	"activity":          i18n.T("activity"),
	"part":              i18n.T("part"),
	"per event":         i18n.T("per event"),
	"record":            i18n.T("record"),
	"records file":      i18n.T("records file"),
	"period id":         i18n.T("period id"),
	"period from":       i18n.T("period from"),
	"period to":         i18n.T("period to"),
	"territory id":      i18n.T("territory id"),
	"territory name":    i18n.T("territory name"),
	"territory type":    i18n.T("territory type"),
	"territory members": i18n.T("territory members"),
	"key activity id":   i18n.T("key activity id"),
	"activity id":       i18n.T("activity id"),
	"output id":         i18n.T("output id"),
	"part id":           i18n.T("part id"),
	"part target":       i18n.T("part target"),
	"target group":      i18n.T("target group"),
}

// kindWords name the kinds of mapping whose name is also a key: as a
// kind, the name is a word ("output: unknown key"); as a value's name, it
// is the key ("output: expected text").
var kindWords = map[string]i18n.Text{
	"output":    i18n.T("output"),
	"territory": i18n.T("territory"),
}

// said is a value's name as a message's argument.
func said(what string) any {
	if t, ok := phrases[what]; ok {
		return t
	}
	return what
}

// kindSaid is a kind of mapping's name as a message's argument.
func kindSaid(kind string) any {
	if t, ok := kindWords[kind]; ok {
		return t
	}
	return said(kind)
}
