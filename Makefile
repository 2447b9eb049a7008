# rrp: the targets a developer and CI use. Only Go is needed.
GO      ?= go
BIN     := bin/rrp
FUZZTIME ?= 30s

.PHONY: build test bench fuzz fmt-check vet validate lint-ci ci dist dist-check pictures clean

build:
	$(GO) build -o $(BIN) ./cmd/rrp

test:
	$(GO) test ./...

# The speed goals, each figure beside its ratio. Validate (load and check)
# 1k/10k/100k records, one per file and 1000 per file, cold (every file
# parsed) and warm (from the cache of a first run): x-floor against the
# decoding floor (yaml.v3 into typed structs on 2 goroutines), the median
# over the runs of each run's time over the floor's timed just before it
# (pairs stay true while the machine's speed drifts), ns/record to show
# linear growth, peak-MB. Then rrp report at 10k and 100k records:
# x-floor, peak-MB and x-validate-peak (its peak over validate's). Then the
# fulfilment computation of rrp status on 100k records in memory.
# Slow: writes up to 100k files to a temporary folder. BENCH_1M=1 adds
# validate on a million records (files of 1000; minutes, ~300 MB of disk).
BENCH_1M ?=
bench:
	RRP_BENCH_1M=$(BENCH_1M) $(GO) test -run '^$$' -bench . -benchmem -benchtime 3x -timeout 60m ./internal/project/
	$(GO) test -run '^$$' -bench . -benchmem -benchtime 3x -timeout 30m ./internal/report/
	$(GO) test -run '^$$' -bench . -benchmem ./internal/fulfil/

# Fuzz every place input enters for FUZZTIME each (e.g. make fuzz
# FUZZTIME=10m). New inputs are minimised for at most 5 s: the default
# minute stalls the run. The targets that go through excelize run a few
# dozen inputs a second; theirs are minimised in at most 20 runs, or
# minimising would take the whole time.
# go test -fuzz with a duration can fail with a bare "context deadline
# exceeded" at the end of its time on a busy machine: a race in Go 1.26's
# fuzz coordinator (fixed in Go 1.27), not a finding. Such a run, which
# wrote no failing input, runs once more; any other failure fails.
define fuzz
	@log=$$(mktemp); \
	if $(GO) test -run '^$$' -fuzz '^$(1)$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(3) $(2) >$$log 2>&1; then cat $$log; \
	elif grep -q 'context deadline exceeded' $$log && ! grep -q 'Failing input written' $$log; then cat $$log; \
	  echo "$(1): the fuzz coordinator's deadline race, no failing input written: once more"; \
	  $(GO) test -run '^$$' -fuzz '^$(1)$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(3) $(2) || { rm -f $$log; exit 1; }; \
	else cat $$log; rm -f $$log; exit 1; fi; rm -f $$log
endef

fuzz:
	$(call fuzz,FuzzRecordFile,./internal/load/,5s)
	$(call fuzz,FuzzPlanFile,./internal/load/,5s)
	$(call fuzz,FuzzReadCSV,./internal/importer/,5s)
	$(call fuzz,FuzzParseMapping,./internal/importer/,5s)
	$(call fuzz,FuzzReadXLSX,./internal/importer/,20x)
	$(call fuzz,FuzzFillTemplate,./internal/report/,20x)
	$(call fuzz,FuzzProject,./internal/report/,20x)
	$(call fuzz,FuzzReadTar,./internal/gitrev/,5s)
	$(call fuzz,FuzzSettingsFile,./internal/cli/cmdutil/,5s)
	$(call fuzz,FuzzParseNumber,./internal/czech/,5s)
	$(call fuzz,FuzzParseDate,./internal/czech/,5s)
	$(call fuzz,FuzzSplitList,./internal/czech/,5s)
	$(call fuzz,FuzzNormalize,./internal/czech/,5s)

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

# Vetted for Windows and macOS too: the coordinators' machines, where the
# files built only there (named pipes, locks, the locale) must compile.
vet:
	$(GO) vet ./...
	GOOS=windows $(GO) vet ./...
	GOOS=darwin $(GO) vet ./...

# The repository's own data must stay valid and give a report.
validate: build
	./$(BIN) validate
	./$(BIN) schema --check
	./$(BIN) report --output $$(mktemp -d)/rrp-report.xlsx

# The GitHub workflow users copy (templates/ci/) checked by actionlint:
# expressions, permissions, action inputs. Fetched by go run, pinned.
ACTIONLINT = github.com/rhysd/actionlint/cmd/actionlint@v1.7.12
lint-ci:
	$(GO) run $(ACTIONLINT) -no-color templates/ci/github-workflow.yml

ci: fmt-check vet test validate lint-ci dist-check

# The release this source is: internal/buildinfo's Release, the one place
# that names it (the CI templates' pin is tested against it).
VERSION := $(shell sed -n 's/^const Release = "\(.*\)"$$/\1/p' internal/buildinfo/release.go)

# Release archives for the coordinators, who do not install Go: one per
# system they use, in dist/, with SHA256SUMS, to attach to the release.
# Each holds rrp (rrp version names the release and the commit), the README
# and the coordinators' guide. Reproducible: the same commit gives the same
# bytes (-trimpath, files dated the last commit, in a fixed order, owner 0,
# fixed modes, gzip without a name or time). Needs GNU tar, gzip, zip and
# sha256sum, as on Debian. GoReleaser would do the same with a second
# tool and its own configuration to keep; this is all of it.
DIST_TARGETS = linux/amd64 darwin/arm64 darwin/amd64 windows/amd64
DIST_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
DIST_LDFLAGS = -X github.com/kraj-hk/rrp/internal/buildinfo.stamped=$(VERSION)
SHA256SUM ?= sha256sum

dist:
	@test -n "$(VERSION)" || { echo "no Release in internal/buildinfo/release.go"; exit 1; }
	rm -rf dist && mkdir dist
	@set -e; for t in $(DIST_TARGETS); do \
		os=$${t%/*}; arch=$${t#*/}; exe=rrp; [ $$os = windows ] && exe=rrp.exe; \
		name=rrp-$(VERSION)-$$os-$$arch; stage=dist/$$name; \
		mkdir $$stage; \
		CGO_ENABLED=0 GOOS=$$os GOARCH=$$arch $(GO) build -trimpath -buildvcs=auto \
			-ldflags "$(DIST_LDFLAGS)" -o $$stage/$$exe ./cmd/rrp; \
		cp README.md docs/navod-koordinator.md $$stage/; \
		chmod 0755 $$stage $$stage/$$exe; chmod 0644 $$stage/README.md $$stage/navod-koordinator.md; \
		touch -d @$(DIST_EPOCH) $$stage $$stage/*; \
		if [ $$os = windows ]; then \
			(cd dist && TZ=UTC zip -X -q -9 $$name.zip $$name/ $$name/README.md $$name/navod-koordinator.md $$name/$$exe); \
			echo dist/$$name.zip; \
		else \
			tar --sort=name --mtime=@$(DIST_EPOCH) --owner=0 --group=0 --numeric-owner --format=ustar \
				-C dist -cf - $$name | gzip -n -9 > dist/$$name.tar.gz; \
			echo dist/$$name.tar.gz; \
		fi; \
		rm -rf $$stage; \
	done
	cd dist && $(SHA256SUM) rrp-* > SHA256SUMS

# make dist, then check what it wrote: SHA256SUMS lists every archive and
# matches it, each archive holds the program of its system, and a second
# build gives the same checksums.
dist-check: dist
	cd dist && $(SHA256SUM) -c --strict SHA256SUMS
	@test $$(wc -l < dist/SHA256SUMS) -eq $(words $(DIST_TARGETS)) || { echo "SHA256SUMS does not list $(words $(DIST_TARGETS)) archives"; exit 1; }
	@set -e; for t in $(DIST_TARGETS); do \
		os=$${t%/*}; arch=$${t#*/}; name=rrp-$(VERSION)-$$os-$$arch; \
		if [ $$os = windows ]; then unzip -l dist/$$name.zip | grep -q " $$name/rrp.exe$$"; \
		else tar -tzf dist/$$name.tar.gz | grep -qx "$$name/rrp"; fi \
		|| { echo "$$name: no program in the archive"; exit 1; }; \
	done
	@if [ "$$(uname -sm)" = "Linux x86_64" ]; then \
		prog=$$(mktemp); tar -xzOf dist/rrp-$(VERSION)-linux-amd64.tar.gz rrp-$(VERSION)-linux-amd64/rrp > $$prog; chmod +x $$prog; \
		$$prog --version | grep -q "^rrp $(VERSION) " || { echo "the linux/amd64 program does not say it is rrp $(VERSION)"; rm -f $$prog; exit 1; }; \
		rm -f $$prog; \
	fi
	@sums=$$(mktemp); cp dist/SHA256SUMS $$sums; \
	$(MAKE) --no-print-directory dist >/dev/null; \
	if ! cmp -s $$sums dist/SHA256SUMS; then rm -f $$sums; echo "a second make dist gave other archives: not reproducible"; exit 1; fi; \
	rm -f $$sums
	@echo "dist: $(words $(DIST_TARGETS)) archives match SHA256SUMS, reproducibly"

# The pictures of the README's tour, docs/souhrn.png and docs/vystupy.png:
# the workbook rrp writes for an example project half-way through, the
# summary and the outputs sheets as LibreOffice shows them, each sheet on
# a page of its own size (so cropped to its cells). The rrp built here
# says the release (no commit), so the pictures change with rrp, not with
# every commit. Needs soffice (Debian: libreoffice-calc-nogui) and
# pdftoppm (poppler-utils).
TOUR_EXAMPLE = mas-skch-socialni-zaclenovani
TOUR_TODAY   = 2021-06-30
TOUR_DPI     = 90
pictures:
	@command -v soffice >/dev/null && command -v pdftoppm >/dev/null || \
		{ echo "make pictures needs soffice (libreoffice-calc-nogui) and pdftoppm (poppler-utils)"; exit 1; }
	$(GO) build -buildvcs=false -ldflags "$(DIST_LDFLAGS)" -o $(BIN) ./cmd/rrp
	@set -e; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	./$(BIN) init "$$tmp/demo" --from $(TOUR_EXAMPLE) >/dev/null; \
	RRP_TODAY=$(TOUR_TODAY) ./$(BIN) report --dir "$$tmp/demo" --output "$$tmp/zprava.xlsx" >/dev/null; \
	HOME="$$tmp" soffice -env:UserInstallation="file://$$tmp/profile" --headless \
		--convert-to 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}' \
		--outdir "$$tmp" "$$tmp/zprava.xlsx" >/dev/null 2>&1; \
	pdftoppm -png -singlefile -r $(TOUR_DPI) -f 1 -l 1 "$$tmp/zprava.pdf" docs/souhrn; \
	pdftoppm -png -singlefile -r $(TOUR_DPI) -f 2 -l 2 "$$tmp/zprava.pdf" docs/vystupy; \
	echo "docs/souhrn.png docs/vystupy.png: $(TOUR_EXAMPLE) as of $(TOUR_TODAY)"

clean:
	rm -rf bin dist
