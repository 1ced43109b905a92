# The project's entry points. `make report` and `make test` install missing system
# packages first (Debian), so both work on a fresh machine with the Swift toolchain.

SWIFT        ?= swift
CONFIG       ?= release
BUILD_FLAGS  ?= -c $(CONFIG)
REPORT_BIN    = .build/$(CONFIG)/report
PYTHON       ?= python3

# Debian packages the build, the tests and the reports need.
DEB_PACKAGES = pkg-config libopenblas-dev liblapacke-dev \
               libcairo2-dev libpango1.0-dev librsvg2-dev libqpdf-dev libhyphen-dev hyphen-en-us libharfbuzz-dev libfontconfig-dev libwoff-dev libcmark-gfm-dev libcmark-gfm-extensions-dev \
               poppler-utils fonts-dejavu-core fonts-texgyre fonts-texgyre-math fonts-lmodern

.PHONY: deps build report test bench fuzz clean cluster-deps test-cluster

## deps: install the Debian packages that are missing (idempotent; prints what it installs)
deps:
	@missing=""; \
	for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed$$' || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then echo "deps: all system packages present"; exit 0; fi; \
	echo "deps: installing:$$missing"; \
	if [ "$$(id -u)" -ne 0 ]; then \
	  echo "deps: not root; run: sudo apt-get update && sudo apt-get install -y$$missing"; exit 1; \
	fi; \
	export DEBIAN_FRONTEND=noninteractive; \
	apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing

## build: compile the report tool (release)
build: deps
	$(SWIFT) build $(BUILD_FLAGS) --product report

## report: render chapters/ into output/
report: build
	$(REPORT_BIN) render chapters --out output --format html,pdf

## test: run the whole test suite
# One test at a time, as the report renders one document at a time: with many documents
# typeset at once in one process, the system's font stack (Cairo 1.16, FreeType) once
# crashed in FreeType.
test: deps
	$(SWIFT) test --no-parallel

## bench: the reference workloads, side by side with their reference scripts
bench: deps
	$(SWIFT) build $(BUILD_FLAGS) --product rnn-bench
	$(PYTHON) -c 'import numpy' 2>/dev/null || $(PYTHON) -m pip install --quiet numpy
	$(PYTHON) benchmarks/run.py --swift .build/$(CONFIG)/rnn-bench
	$(SWIFT) build $(BUILD_FLAGS) --product report
	$(PYTHON) benchmarks/render_bench.py --report $(REPORT_BIN)
	$(PYTHON) benchmarks/sweep_bench.py --report $(REPORT_BIN)
	$(SWIFT) build $(BUILD_FLAGS) --product figure-bench
	$(PYTHON) -c 'import matplotlib' 2>/dev/null || $(PYTHON) -m pip install --quiet matplotlib
	$(PYTHON) benchmarks/figure_bench.py --swift .build/$(CONFIG)/figure-bench
	$(SWIFT) build $(BUILD_FLAGS) --product pdf-bench
	.build/$(CONFIG)/pdf-bench chapters --cache output/.cache

## fuzz: the fuzz test of the suite on many more mutated chapters (FUZZ_CASES, FUZZ_SEED),
## each case limited to FUZZ_SECONDS
FUZZ_CASES   ?= 20000
FUZZ_SEED    ?= 1
FUZZ_SECONDS ?= 10
fuzz: deps
	FUZZ_CASES=$(FUZZ_CASES) FUZZ_SEED=$(FUZZ_SEED) FUZZ_SECONDS=$(FUZZ_SECONDS) $(SWIFT) test --filter EngineTests.FuzzTests

## cluster-deps: the Debian packages of a single-node Slurm cluster (through deps)
CLUSTER_PACKAGES = slurmctld slurmd slurm-client munge
cluster-deps:
	@$(MAKE) --no-print-directory deps DEB_PACKAGES="$(CLUSTER_PACKAGES)"

## test-cluster: start a single-node Slurm cluster (root), run the cluster tests, stop it;
## prints why the cluster tests are skipped when it cannot start one
test-cluster: deps
	scripts/cluster-test.sh

clean:
	rm -rf .build output/*.html output/*.pdf output/.cache output/results
