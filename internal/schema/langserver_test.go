package schema_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kraj-hk/rrp/internal/load"
)

// langServerVersion is the yaml-language-server CI installs (.ci/run): the
// server behind the YAML extension of VS Code and other editors.
const langServerVersion = "1.25.0"

// TestEditorCompletesRecords opens records in yaml-language-server, as a
// coordinator's editor does, with the committed schemas and this
// repository's plan: it must offer the plan's outputs, territories and the
// record keys, and mark an output the plan does not have.
func TestEditorCompletesRecords(t *testing.T) {
	if testing.Short() {
		t.Skip("starting the language server takes seconds; skipped with -short")
	}
	server, err := exec.LookPath("yaml-language-server")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("yaml-language-server not found: CI must install it (see .ci/run)")
		}
		t.Skip("yaml-language-server not found: npm install -g yaml-language-server@" + langServerVersion + " to check the schemas in an editor's language server")
	}
	dir := project(t)
	// Cancelled by a cleanup registered before the server's, so after it:
	// cancelling first would kill the server before it could shut down.
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	yamlSettings := map[string]any{"validate": true, "completion": true, "hover": true, "schemaStore": map[string]any{"enable": false}}
	c := startServer(t, ctx, server, map[string]any{"yaml": yamlSettings})
	c.call("initialize", map[string]any{
		"processId": os.Getpid(),
		"rootUri":   uri(dir),
		"capabilities": map[string]any{
			"workspace":    map[string]any{"configuration": true},
			"textDocument": map[string]any{"completion": map[string]any{}, "publishDiagnostics": map[string]any{}},
		},
	})
	c.notify("initialized", map[string]any{})
	c.notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{"yaml": yamlSettings}})

	good := open(c, dir, "good.yaml", "date: 2025-03-12\noutput: 4.3/supervizni-setkani\nparticipants: {total: 12}\nevidence: [a.pdf]\n")
	bad := open(c, dir, "bad.yaml", "date: 2025-03-12\noutput: 4.2/neni-v-planu\n")
	draft := open(c, dir, "draft.yaml", "date: 2025-03-12\noutput: \nterritory: \n\n")

	t.Run("output references", func(t *testing.T) {
		wantAll(t, completions(c, draft, 2, len("output: ")), planRefs(t, dir)...)
	})
	t.Run("territories", func(t *testing.T) {
		wantAll(t, completions(c, draft, 3, len("territory: ")), "broumov", "pocidlinsko", "hradecky-venkov")
	})
	t.Run("keys", func(t *testing.T) {
		wantAll(t, completions(c, draft, 4, 0), "participants", "evidence", "hours", "place")
	})
	t.Run("diagnostics", func(t *testing.T) {
		got := diagnosticsOf(t, c, []string{good, bad})
		if len(got[good]) != 0 {
			t.Errorf("a valid record is marked: %+v", got[good])
		}
		marked := slices.ContainsFunc(got[bad], func(d diagnostic) bool { return d.Range.Start.Line == 2 && d.Severity == 1 })
		if !marked {
			t.Errorf("output 4.2/neni-v-planu is not marked as an error on its line; diagnostics: %+v", got[bad])
		}
	})
}

// project lays out the repository's plan and schemas with a record folder,
// as a data repository has them.
func project(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for src, dst := range map[string]string{"../../plans": "plans", "../../templates/schemas": "templates/schemas"} {
		if err := os.CopyFS(filepath.Join(dir, dst), os.DirFS(src)); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(filepath.Join(dir, "records", "2025", "KA04"), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// planRefs are the references of every output and part of the plan.
func planRefs(t *testing.T, dir string) []string {
	t.Helper()
	res, err := load.Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var refs []string
	for _, target := range res.Project.Targets() {
		refs = append(refs, target.Ref())
	}
	if len(refs) < 100 {
		t.Fatalf("the plan has %d outputs and parts; RRP IV has more than 100", len(refs))
	}
	return refs
}

// schemaLine is the first line of every record template and of every
// record rrp new writes.
const schemaLine = "# yaml-language-server: $schema=../../../templates/schemas/record.schema.json\n"

// open writes a record (the schema line above its text) and opens it in
// the server; it returns the document's URI. Line numbers in the tests
// count the schema line as 0.
func open(c *lspClient, dir, name, text string) string {
	path := filepath.Join(dir, "records", "2025", "KA04", name)
	if err := os.WriteFile(path, []byte(schemaLine+text), 0o644); err != nil {
		c.t.Fatal(err)
	}
	u := uri(path)
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": u, "languageId": "yaml", "version": 1, "text": schemaLine + text,
	}})
	return u
}

// completions are the labels the server offers at a position.
func completions(c *lspClient, doc string, line, char int) []string {
	res := c.call("textDocument/completion", map[string]any{
		"textDocument": map[string]any{"uri": doc},
		"position":     map[string]any{"line": line, "character": char},
	})
	var list struct {
		Items []struct {
			Label string `json:"label"`
		} `json:"items"`
	}
	if err := json.Unmarshal(res, &list); err != nil {
		c.t.Errorf("completion result %s: %v", res, err)
	}
	labels := make([]string, len(list.Items))
	for i, it := range list.Items {
		labels[i] = it.Label
	}
	return labels
}

// diagnosticsOf waits for the server to publish each document's
// diagnostics (an empty list for a document without findings). A document
// never published is an error: its empty result would prove nothing.
func diagnosticsOf(t *testing.T, c *lspClient, docs []string) map[string][]diagnostic {
	t.Helper()
	got := map[string][]diagnostic{}
	seen := map[string]bool{}
	deadline := time.After(20 * time.Second)
	for len(seen) < len(docs) {
		select {
		case p := <-c.diags:
			if !slices.Contains(docs, p.URI) {
				continue // another open document
			}
			got[p.URI] = p.Diagnostics
			seen[p.URI] = true
		case <-deadline:
			t.Errorf("diagnostics published for %d of %d documents in 20 s", len(seen), len(docs))
			return got
		}
	}
	return got
}

func wantAll(t *testing.T, got []string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("no %q among the %d completions: %s", w, len(got), strings.Join(got, ", "))
		}
	}
}

func uri(path string) string { return "file://" + filepath.ToSlash(path) }
