package cli

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/kraj-hk/rrp/internal/buildinfo"
)

// moduleRoot is the folder of rrp's go.mod.
const moduleRoot = "../.."

// ciInstall is how a CI template installs rrp: the defaults of its
// variables and its go install command line.
type ciInstall struct {
	file            string
	module, version string
	command         string
}

// ciInstalls reads the install step of both CI templates.
func ciInstalls(t *testing.T) []ciInstall {
	t.Helper()
	gh := readYAML(t, "github-workflow.yml").(map[string]any)
	env, _ := gh["env"].(map[string]any)
	gl := readYAML(t, "gitlab-ci.yml").(map[string]any)
	vars, _ := gl["variables"].(map[string]any)
	return []ciInstall{
		{
			file:   "github-workflow.yml",
			module: actionsDefault(t, env["RRP_MODULE"]), version: actionsDefault(t, env["RRP_VERSION"]),
			command: installCommand(t, gh),
		},
		{
			file:   "gitlab-ci.yml",
			module: fmt.Sprint(vars["RRP_MODULE"]), version: fmt.Sprint(vars["RRP_VERSION"]),
			command: installCommand(t, gl),
		},
	}
}

var actionsFallback = regexp.MustCompile(`^\$\{\{ *vars\.[A-Z_]+ *\|\| *'([^']+)' *\}\}$`)

// actionsDefault is the value of ${{ vars.X || 'default' }} when the
// repository sets no variable X.
func actionsDefault(t *testing.T, v any) string {
	t.Helper()
	m := actionsFallback.FindStringSubmatch(fmt.Sprint(v))
	if m == nil {
		t.Fatalf("github-workflow.yml: %v is not ${{ vars.X || 'default' }}", v)
	}
	return m[1]
}

// installCommand is the template's one command line that runs go install.
func installCommand(t *testing.T, doc any) string {
	t.Helper()
	var found []string
	for _, c := range commandsIn(doc) {
		if strings.Contains(c, "go install") {
			found = append(found, strings.TrimSpace(c))
		}
	}
	if len(found) != 1 {
		t.Fatalf("want one go install command, found %q", found)
	}
	return found[0]
}

// TestCIInstallPin: the templates install rrp's own module at the release
// this source is (buildinfo.Release), so that a data repository that
// copies them needs no setting and checks with a known rrp.
func TestCIInstallPin(t *testing.T) {
	module := modulePath(t)
	for _, ci := range ciInstalls(t) {
		if ci.module != module {
			t.Errorf("%s installs module %s, but rrp's module is %s (go.mod)", ci.file, ci.module, module)
		}
		if ci.version != buildinfo.Release {
			t.Errorf("%s pins rrp %s, but this source is released as %s (internal/buildinfo)", ci.file, ci.version, buildinfo.Release)
		}
	}
}

// TestCIInstall runs each template's install command as CI would, with
// the template's variables, against a module proxy that holds this
// checkout as the pinned release (dependencies come from the module
// cache; nothing is fetched), then runs the installed rrp --version. It
// fails when the module path or the version pin rots, or the command no
// longer installs rrp. Slow (it builds rrp): skipped with -short.
func TestCIInstall(t *testing.T) {
	if testing.Short() {
		t.Skip("builds rrp through go install; skipped with -short")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go is not on the PATH")
	}
	env := installEnv(t, goCmd, writeProxy(t, modulePath(t), buildinfo.Release))
	for _, ci := range ciInstalls(t) {
		t.Run(ci.file, func(t *testing.T) {
			gobin := t.TempDir()
			cmd := exec.Command("sh", "-c", ci.command)
			cmd.Dir = t.TempDir() // outside any module, as in a data repository
			cmd.Env = append(env, "GOBIN="+gobin, "RRP_MODULE="+ci.module, "RRP_VERSION="+ci.version)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("%s: %s: %v\n%s", ci.file, ci.command, err, out)
			}
			out, err := exec.Command(filepath.Join(gobin, "rrp"), "--version").CombinedOutput()
			if err != nil {
				t.Fatalf("the installed rrp --version: %v\n%s", err, out)
			}
			if want := "rrp " + buildinfo.Release + " "; !strings.HasPrefix(string(out), want) {
				t.Errorf("the installed rrp --version says %q, want it to begin %q", out, want)
			}
		})
	}
}

// installEnv is the environment of go install: the file proxy first, then
// the module cache's downloads for the dependencies, then nothing; a
// fresh module cache, so no earlier copy of the release is taken. No
// checksum database: none knows this checkout, and asking one for the
// dependencies would need the network; they are checked against rrp's
// go.sum all the same.
func installEnv(t *testing.T, goCmd, proxy string) []string {
	t.Helper()
	out, err := exec.Command(goCmd, "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	downloads := filepath.Join(strings.TrimSpace(string(out)), "cache", "download")
	return append(os.Environ(),
		"GOPROXY=file://"+filepath.ToSlash(proxy)+",file://"+filepath.ToSlash(downloads)+",off",
		"GOSUMDB=off",
		"GOMODCACHE="+t.TempDir(),
		// -trimpath: the fresh cache's folder then leaves the build
		// cache's keys alone, and a second run builds nothing again.
		"GOFLAGS=-modcacherw -trimpath",
		"GOTOOLCHAIN=local",
	)
}

// writeProxy lays out a module proxy (the GOPROXY protocol's list, .info,
// .mod and .zip) holding this checkout as module@version.
func writeProxy(t *testing.T, module, version string) string {
	t.Helper()
	proxy := t.TempDir()
	dir := filepath.Join(proxy, filepath.FromSlash(module), "@v")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	gomod, err := os.ReadFile(filepath.Join(moduleRoot, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	info := fmt.Sprintf(`{"Version":%q,"Time":%q}`, version, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Format(time.RFC3339))
	for name, data := range map[string][]byte{
		"list":            []byte(version + "\n"),
		version + ".info": []byte(info),
		version + ".mod":  gomod,
		version + ".zip":  moduleZip(t, module, version),
	} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return proxy
}

// moduleZip zips the checkout's files as the module proxy serves them:
// every file git tracks or would track, under module@version/.
func moduleZip(t *testing.T, module, version string) []byte {
	t.Helper()
	list, err := exec.Command("git", "-C", moduleRoot, "ls-files", "-z", "--cached", "--others", "--exclude-standard").Output()
	if err != nil {
		t.Fatalf("listing the checkout's files with git: %v", err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range strings.Split(strings.TrimRight(string(list), "\x00"), "\x00") {
		data, err := os.ReadFile(filepath.Join(moduleRoot, filepath.FromSlash(name)))
		if os.IsNotExist(err) {
			continue // deleted in the work tree
		}
		if err != nil {
			t.Fatal(err)
		}
		w, err := zw.Create(path.Join(module+"@"+version, name))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(data); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// modulePath is the module line of rrp's go.mod.
func modulePath(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(moduleRoot, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^module\s+(\S+)\s*$`).FindSubmatch(data)
	if m == nil {
		t.Fatal("go.mod has no module line")
	}
	return string(m[1])
}

// TestReadmeNamesRelease: the README's install command and archive names
// show the release the templates pin, not an earlier one.
func TestReadmeNamesRelease(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(moduleRoot, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	versions := regexp.MustCompile(`\bv[0-9]+\.[0-9]+\.[0-9]+\b`).FindAllString(string(data), -1)
	if len(versions) == 0 {
		t.Fatal("the README names no release of rrp")
	}
	for _, v := range versions {
		if v != buildinfo.Release {
			t.Errorf("the README names rrp %s; this source is released as %s (internal/buildinfo)", v, buildinfo.Release)
		}
	}
}
