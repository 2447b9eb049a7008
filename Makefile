# rrp: the targets a developer and CI use. Only Go is needed.
GO      ?= go
BIN     := bin/rrp
FUZZTIME ?= 30s

.PHONY: build test bench fuzz fmt-check vet validate lint-ci ci dist clean

build:
	$(GO) build -o $(BIN) ./cmd/rrp

test:
	$(GO) test ./...

# The speed goals, each figure beside its ratio. Validate (load and check)
# 1k/10k/100k records, one per file and 1000 per file, cold (every file
# parsed) and warm (from the cache of a first run): x-floor against the
# decoding floor (yaml.v3 into typed structs on 2 goroutines), ns/record to
# show linear growth, peak-MB. Then rrp report at 10k and 100k records:
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

vet:
	$(GO) vet ./...

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

ci: fmt-check vet test validate lint-ci

# Ready-made programs for the coordinators, who do not install Go: one per
# system they use, in dist/, to hand out or attach to a release; each says
# with rrp version which commit it was built from.
DIST_TARGETS = windows/amd64 darwin/arm64 darwin/amd64 linux/amd64
dist:
	@for t in $(DIST_TARGETS); do \
		os=$${t%/*}; arch=$${t#*/}; ext=; [ $$os = windows ] && ext=.exe; \
		echo "dist/rrp-$$os-$$arch$$ext"; \
		CGO_ENABLED=0 GOOS=$$os GOARCH=$$arch $(GO) build -trimpath -buildvcs=auto -o dist/rrp-$$os-$$arch$$ext ./cmd/rrp || exit 1; \
	done

clean:
	rm -rf bin dist
