# sqlite-news: build, test, benchmark.
#   make demo   installs what is missing, builds, runs sql/demo.sql
#   make test   runs every test (C units, SQL contract, offsets, Python, ASan)
# See README.md for the rest.

VERSION := $(shell cat VERSION)
UNAME := $(shell uname -s)
ifeq ($(UNAME),Darwin)
  SOEXT := dylib
  SOFLAGS := -dynamiclib -undefined dynamic_lookup
else
  SOEXT := so
  SOFLAGS := -shared
endif

CC ?= cc
PKGS := libpcre2-8 libutf8proc
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) sqlite3 2>/dev/null)
PKG_LIBS = $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lpcre2-8 -lutf8proc)
SQLITE_LIBS = $(shell pkg-config --libs sqlite3 2>/dev/null || echo -lsqlite3)
# -O3: about 1.5% faster quote_speakers than -O2 (with PGO and LTO).
OPT ?= -O3
WARN := -Wall -Wextra -Werror
CFLAGS_ALL = -std=c11 $(OPT) $(WARN) -fPIC -fvisibility=hidden -D_DEFAULT_SOURCE -DNEWS_VERSION='"$(VERSION)"' \
  -Iinclude -Iext $(PKG_CFLAGS) $(CFLAGS)
LIBS = $(PKG_LIBS) -lpthread -lm

# The core: plain C, no SQLite (testable alone).
CORE_SRC := ext/text.c ext/tokens.c ext/sentences.c ext/doc.c ext/lexicon.c ext/rows.c \
  ext/cache.c ext/functions.c ext/api.c $(wildcard ext/money*.c) \
  $(wildcard ext/currenc*.c) $(wildcard ext/entit*.c) $(wildcard ext/gazet*.c) \
  $(wildcard ext/tagger*.c) $(wildcard ext/model*.c) $(wildcard ext/quote*.c) \
  $(wildcard ext/cues*.c)
GLUE_SRC := ext/news.c ext/vtab.c ext/scalars.c
SRC := $(CORE_SRC) $(GLUE_SRC)
HDR := $(wildcard ext/*.h) include/news.h

BUILD := build
SO := dist/news.$(SOEXT)
ASAN_DIR := $(BUILD)/asan
ASAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

UNIT_TESTS := $(patsubst tests/%.c,%,$(wildcard tests/test_*.c))
PY := $(shell test -x /usr/bin/python3 && echo /usr/bin/python3 || echo python3)
SQLITE3 ?= sqlite3
SHARED ?= ../shared

.PHONY: all test test-unit test-sql test-python asan valgrind demo bench clean \
  install deps conformance eval-ner eval-quotes train check-deps invariant

all: check-deps $(SO)

# Fail early, with the install command, when a dependency is missing.
check-deps:
	@pkg-config --exists $(PKGS) && test -f "$$(pkg-config --variable=includedir sqlite3 2>/dev/null || echo /usr/include)/sqlite3ext.h" \
	  || { echo "Missing build dependencies. Run 'make deps' (or see README.md)."; exit 1; }

MODEL := models/ner.bin

# Profile-guided build (GCC with the sqlite3 shell at hand): a build with
# counters runs tools/pgo_train.sql over the bundled sample articles, then
# the final build is laid out for the branches that news text takes (about
# 4% faster).  PGO=0, another compiler, no shell or a failed training run:
# the plain build.  The profile is remade whenever the library is.
PGO ?= 1
PGO_DIR := $(BUILD)/pgo
PGO_ON = $(shell [ "$(PGO)" = 1 ] && $(CC) -v 2>&1 | grep -q '^gcc version' && \
  command -v $(SQLITE3) >/dev/null && echo 1)
PGO_GEN = -fprofile-generate -fprofile-update=single -fprofile-dir=$(PGO_DIR)
PGO_USE = -fprofile-use -fprofile-partial-training -Wno-missing-profile -fprofile-dir=$(PGO_DIR)

# Link-time optimisation of the library (inlining across files: about 3%
# faster): on when the compiler and linker can build a shared object with
# it, else (or with LTO=0) the plain build.
LTO ?= 1
LTO_FLAGS = $(shell [ "$(LTO)" = 1 ] && echo 'int f(void) { return 0; }' | \
  $(CC) -flto=auto -fPIC $(SOFLAGS) -x c -o /dev/null - 2>/dev/null && echo -flto=auto)

$(SO): $(SRC) $(HDR) VERSION $(MODEL) tools/pgo_train.sql
	@mkdir -p dist
	@rm -rf $(PGO_DIR)
	@if [ -n "$(PGO_ON)" ] && \
	  $(CC) $(CFLAGS_ALL) $(LTO_FLAGS) $(PGO_GEN) $(SOFLAGS) -o $@ $(SRC) $(LIBS) && \
	  { echo ".load ./$(basename $@)"; cat tools/pgo_train.sql; } | $(SQLITE3) :memory: >/dev/null; then \
	  echo "$(CC) (profile-guided, trained on samples/articles) -o $@"; \
	  $(CC) $(CFLAGS_ALL) $(LTO_FLAGS) $(PGO_USE) $(SOFLAGS) -o $@ $(SRC) $(LIBS); \
	else \
	  echo "$(CC) $(CFLAGS_ALL) $(LTO_FLAGS) $(SOFLAGS) -o $@ $(SRC) $(LIBS)"; \
	  $(CC) $(CFLAGS_ALL) $(LTO_FLAGS) $(SOFLAGS) -o $@ $(SRC) $(LIBS); \
	fi

# C unit tests of the core (no SQLite).
$(BUILD)/%: tests/%.c $(CORE_SRC) $(HDR) $(MODEL)
	@mkdir -p $(BUILD)
	$(CC) $(CFLAGS_ALL) -o $@ $< $(CORE_SRC) $(LIBS)

$(ASAN_DIR)/%: tests/%.c $(CORE_SRC) $(HDR) $(MODEL)
	@mkdir -p $(ASAN_DIR)
	$(CC) $(CFLAGS_ALL) $(ASAN_FLAGS) -o $@ $< $(CORE_SRC) $(LIBS)

$(ASAN_DIR)/news.$(SOEXT): $(SRC) $(HDR) VERSION $(MODEL)
	@mkdir -p $(ASAN_DIR)
	$(CC) $(CFLAGS_ALL) $(ASAN_FLAGS) $(SOFLAGS) -o $@ $(SRC) $(LIBS)

test: deps all test-unit test-sql test-python asan valgrind
	@echo "make test: all passed"

test-unit: $(addprefix $(BUILD)/,$(UNIT_TESTS))
	@for t in $^; do echo "== $$t"; ./$$t || exit 1; done

test-sql: $(SO)
	@NEWS_SO=$(SO) SQLITE3=$(SQLITE3) sh tests/run_sql_tests.sh

test-python: $(SO)
	@NEWS_SO=$(SO) $(PY) tests/test_python.py

# The unit tests and the SQL tests again under AddressSanitizer and UBSan.
asan: $(addprefix $(ASAN_DIR)/,$(UNIT_TESTS)) $(ASAN_DIR)/news.$(SOEXT)
	@for t in $(addprefix $(ASAN_DIR)/,$(UNIT_TESTS)); do echo "== asan $$t"; ./$$t || exit 1; done
	@NEWS_SO=$(ASAN_DIR)/news.$(SOEXT) SQLITE3=$(SQLITE3) \
	  LD_PRELOAD="$$($(CC) -print-file-name=libasan.so)" ASAN_OPTIONS=detect_leaks=0 \
	  sh tests/run_sql_tests.sh

# The unit tests and the SQL tests (but the multi-megabyte ones) under
# valgrind: memory errors and leaks fail the run.
VALGRIND := valgrind -q --error-exitcode=9 --leak-check=full --errors-for-leak-kinds=definite
valgrind: $(SO) $(addprefix $(BUILD)/,$(UNIT_TESTS))
	@if ! command -v valgrind >/dev/null 2>&1; then echo "valgrind: not installed, skipped"; exit 0; fi; \
	for t in $(addprefix $(BUILD)/,$(UNIT_TESTS)); do echo "== valgrind $$t"; $(VALGRIND) ./$$t || exit 1; done; \
	NEWS_SKIP_BIG=1 NEWS_SO=$(SO) SQLITE3="$(VALGRIND) $(SQLITE3)" sh tests/run_sql_tests.sh

demo: deps all
	@$(SQLITE3) -bail :memory: < sql/demo.sql

bench: all
	@NEWS_SO=$(SO) SHARED=$(SHARED) $(PY) tests/bench.py --hostile

invariant: all
	@NEWS_SO=$(SO) SHARED=$(SHARED) $(PY) tests/corpus_invariant.py

conformance: all
	@NEWS_SO=$(SO) SHARED=$(SHARED) $(PY) tests/conformance_money.py

eval-ner: all
	@NEWS_SO=$(SO) SHARED=$(SHARED) $(PY) tests/eval_ner.py

eval-quotes: all
	@NEWS_SO=$(SO) SHARED=$(SHARED) $(PY) tests/eval_quotes.py

deps:
	@sh scripts/deps.sh

# Retrain the entity tagger from ../shared/data (see models/README.md).
train:
	@SHARED=$(SHARED) CC=$(CC) sh scripts/train.sh

install: all
	install -d $(DESTDIR)$(PREFIX)/lib/sqlite-news $(DESTDIR)$(PREFIX)/include
	install -m 644 $(SO) $(DESTDIR)$(PREFIX)/lib/sqlite-news/
	install -m 644 include/news.h $(DESTDIR)$(PREFIX)/include/

PREFIX ?= /usr/local

clean:
	rm -rf dist $(BUILD)
