# assure: one flat Makefile. `make run` builds and checks the bundled
# samples; `make test` builds and runs every test (unit, end to end, ASan +
# UBSan, valgrind, headless Chromium on the HTML report and on the page of
# `assure serve`). Both install
# missing Debian packages first (as root): `make run` only what building
# and running need (BUILD_DEBS), `make test` the test tools too (TEST_DEBS).
# `make install` (PREFIX, DESTDIR) installs the binary, the catalogue, the
# man page and bash completion.

PKGS     := lua5.4 libxml-2.0 libpcre2-8 nettle xlsxwriter minizip
# Only build/assure-serve (`assure serve`) links these: see cli.c, cmd_serve.
SERVE_PKGS := libmicrohttpd libcmark-gfm
CC       ?= cc
CFLAGS   ?= -O2 -g
WARN     := -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -D_POSIX_C_SOURCE=200809L
CPPFLAGS := -Iinclude -Ibuild/gen $(shell pkg-config --cflags $(PKGS) $(SERVE_PKGS) 2>/dev/null) \
            -DASR_RULES_DIR='"$(CURDIR)/rules"'
LDLIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lm -pthread
TESTLIBS := $(shell pkg-config --libs criterion 2>/dev/null)
SERVE_LIBS := $(shell pkg-config --libs $(SERVE_PKGS) 2>/dev/null)

SRC      := $(filter-out validator/main.c validator/paths.c $(wildcard validator/serve*.c),$(wildcard validator/*.c))
SERVE_SRC := $(filter-out validator/serve_main.c,$(wildcard validator/serve*.c))
TESTSRC  := $(wildcard tests/unit/test_*.c) tests/unit/helpers.c

# Debian packages. BUILD_DEBS: to build and run assure (the -dev packages
# bring the run-time libraries), found by pkg-config as PKGS. TEST_DEBS:
# what `make test` adds, found by the commands, pkg-config modules and
# Python modules listed under them (the deps-test recipe checks each;
# Debian's Python modules are Debian's python3's, /usr/bin/python3, which
# need not be the first python3 on PATH).
BUILD_DEBS := liblua5.4-dev libxml2-dev libpcre2-dev nettle-dev libxlsxwriter-dev libminizip-dev \
              libmicrohttpd-dev libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config
TEST_DEBS  := libcriterion-dev valgrind python3 python3-openpyxl chromium libxml2-utils \
              man-db groff-base mandoc libreoffice-calc-nogui poppler-utils \
              chromium-driver python3-selenium
TEST_CMDS  := valgrind python3 chromium chromedriver xmllint man groff mandoc soffice pdftoppm
TEST_PKGS  := criterion
TEST_PY    := openpyxl selenium
FUZZ_DEBS := clang libclang-rt-14-dev

# make install: PREFIX (default /usr/local) is where assure is, DESTDIR a
# staging root put before every path written (packaging), never compiled in.
PREFIX   ?= /usr/local
DESTDIR  ?=
BINDIR   := $(PREFIX)/bin
SHAREDIR := $(PREFIX)/share/assure
MANDIR   := $(PREFIX)/share/man/man1
COMPDIR  := $(PREFIX)/share/bash-completion/completions

# Sanitizer builds live in their own tree.
B        ?= build
OBJ      := $(SRC:validator/%.c=$(B)/obj/%.o) $(B)/obj/prelude.o
SERVE_OBJ := $(SERVE_SRC:validator/%.c=$(B)/obj/%.o)

.PHONY: all run test unit e2e asan valgrind deps deps-build deps-test clean format bad-input fuzz \
        install uninstall install-check serve-test serve-api FORCE
all: $(B)/assure $(B)/assure-serve
FORCE:

# deps-build: what `make run` installs; deps-test: what `make test` adds.
# Each installs its list only when something on it is missing.
deps-build:
	@command -v pkg-config >/dev/null && pkg-config --exists $(PKGS) $(SERVE_PKGS) 2>/dev/null || { \
	  echo "assure: installing Debian packages to build: $(BUILD_DEBS)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(BUILD_DEBS) >/dev/null; }

deps-test: deps-build
	@missing=""; \
	pkg-config --exists $(TEST_PKGS) 2>/dev/null || missing=1; \
	for t in $(TEST_CMDS); do command -v $$t >/dev/null || missing=1; done; \
	for m in $(TEST_PY); do /usr/bin/python3 -c "import $$m" 2>/dev/null || missing=1; done; \
	if [ -n "$$missing" ]; then \
	  echo "assure: installing Debian packages to test: $(TEST_DEBS)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(TEST_DEBS) >/dev/null; \
	fi

deps: deps-test

# The prelude is embedded as Lua bytecode, compiled at build time by
# validator/lua/embed.c with the same liblua (a quarter of the load time).
build/gen/embed: validator/lua/embed.c
	@mkdir -p build/gen
	$(CC) $(WARN) -O2 $(CPPFLAGS) $< $(LDLIBS) -o $@

build/gen/prelude.c: validator/lua/prelude.lua build/gen/embed
	build/gen/embed $< > $@.tmp
	mv $@.tmp $@

$(B)/obj/prelude.o: build/gen/prelude.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@

$(B)/obj/%.o: validator/%.c $(wildcard include/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -c $< -o $@

$(B)/libassure.a: $(OBJ)
	rm -f $@
	ar rcs $@ $^

# paths.c (the catalogue's folder, compiled in) is kept out of the library:
# the build tree's binary gets the repository's rules/, the installed one
# $(PREFIX)/share/assure/rules (make install builds its own paths.o).
$(B)/assure: $(B)/obj/main.o $(B)/obj/paths.o $(B)/libassure.a
	$(CC) $(CFLAGS) $^ $(LDLIBS) -o $@

# `assure serve`: a program of its own beside assure (cli.c, cmd_serve).
$(B)/assure-serve: $(B)/obj/serve_main.o $(SERVE_OBJ) $(B)/obj/paths.o $(B)/libassure.a
	$(CC) $(CFLAGS) $^ $(SERVE_LIBS) $(LDLIBS) -o $@

$(B)/obj/main.o $(B)/obj/paths.o: $(B)/obj/%.o: validator/%.c $(wildcard include/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -c $< -o $@

# -no-pie: Criterion re-executes the runner for each test, and parameter
# tables hold pointers to static strings, which must not move between runs.
$(B)/unit-tests: $(TESTSRC) tests/unit/helpers.h $(SERVE_OBJ) $(B)/obj/paths.o $(B)/libassure.a FORCE
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -no-pie -Itests/unit $(TESTSRC) $(SERVE_OBJ) $(B)/obj/paths.o \
	  $(B)/libassure.a $(SERVE_LIBS) $(LDLIBS) $(TESTLIBS) -o $@

# --- make install ------------------------------------------------------------
# The installed binary is the build's objects linked with its own paths.o,
# which names $(SHAREDIR)/rules (build/install/prefix records it, so a new
# PREFIX rebuilds it); build/assure keeps the checkout's rules/. It and the
# catalogue (rules/, and the sample returns its fixtures start from) go
# under $(SHAREDIR), the man page and bash completion where man and
# bash-completion look. make uninstall removes all of it.
build/install/prefix: FORCE
	@mkdir -p $(dir $@)
	@echo '$(SHAREDIR)' | cmp -s - $@ || echo '$(SHAREDIR)' >$@

build/install/paths.o: validator/paths.c include/asr_cli.h build/install/prefix
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -DASR_INSTALLED_RULES_DIR='"$(SHAREDIR)/rules"' -c $< -o $@

build/install/assure: build/obj/main.o build/install/paths.o build/libassure.a
	$(CC) $(CFLAGS) $^ $(LDLIBS) -o $@

build/install/assure-serve: build/obj/serve_main.o $(SERVE_SRC:validator/%.c=build/obj/%.o) \
                            build/install/paths.o build/libassure.a
	$(CC) $(CFLAGS) $^ $(SERVE_LIBS) $(LDLIBS) -o $@

install: build/install/assure build/install/assure-serve
	install -d '$(DESTDIR)$(BINDIR)' '$(DESTDIR)$(MANDIR)' '$(DESTDIR)$(COMPDIR)'
	install -m 755 build/install/assure '$(DESTDIR)$(BINDIR)/assure'
	install -m 755 build/install/assure-serve '$(DESTDIR)$(BINDIR)/assure-serve'
	install -m 644 validator/assure.1 '$(DESTDIR)$(MANDIR)/assure.1'
	install -m 644 validator/completion/assure '$(DESTDIR)$(COMPDIR)/assure'
	@find rules samples/returns -type f ! -name '.*' | sort | while read -r f; do \
	  install -D -m 644 "$$f" '$(DESTDIR)$(SHAREDIR)/'"$$f" || exit 1; done
	@echo "assure: installed in $(DESTDIR)$(PREFIX) (catalogue: $(SHAREDIR)/rules)"

uninstall:
	rm -f '$(DESTDIR)$(BINDIR)/assure' '$(DESTDIR)$(BINDIR)/assure-serve' '$(DESTDIR)$(MANDIR)/assure.1' '$(DESTDIR)$(COMPDIR)/assure'
	rm -rf '$(DESTDIR)$(SHAREDIR)'

# make install into temporary folders, then the installed binary run.
install-check: all build/install/assure build/install/assure-serve
	tests/install/run

# The main job: check the bundled samples (exit 1 = findings, which is fine).
run: deps-build
	@$(MAKE) --no-print-directory all
	@./build/assure check samples/returns; s=$$?; [ $$s -le 1 ] || exit $$s

unit: $(B)/unit-tests
	ASSURE_RULES=$(CURDIR)/rules ./$(B)/unit-tests --jobs 2

# `assure serve`: the API, hostile clients and memory (serve-api), and the
# page in Chromium driven by Selenium (serve-test).
serve-api: $(B)/assure $(B)/assure-serve
	ASSURE=./$(B)/assure tests/serve/run

serve-test: serve-api
	ASSURE=./$(B)/assure SCREENSHOT=$(CURDIR)/$(B)/serve-page.png tests/serve/browser

# E2E_RENDER=0 (the asan target): the reports are written and read back as
# always, but not rendered in Chromium or LibreOffice, which test how they
# look, not assure's memory (about 35 s under ASan).
E2E_RENDER ?= 1
e2e: $(B)/assure
	ASSURE=./$(B)/assure tests/e2e/run
	$(if $(filter 0,$(E2E_RENDER)),@echo "e2e: html-screenshot not run (E2E_RENDER=0)",ASSURE=./$(B)/assure tests/e2e/html-screenshot)
	ASSURE=./$(B)/assure E2E_RENDER=$(E2E_RENDER) tests/e2e/xlsx
	ASSURE=./$(B)/assure tests/e2e/manpage
	ASSURE=./$(B)/assure tests/e2e/completion
	ASSURE=./$(B)/assure tests/e2e/guide
	tests/schema/run

# The hostile inputs too: with no address-space limit (ASan reserves
# terabytes of it) and a longer hang timeout (ASan runs 2-3x slower; the
# 16 MB return takes most of a minute on a busy machine).
asan:
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp BAD_INPUT_MEM_MB=0 BAD_INPUT_KILL_S=180 \
	  $(MAKE) --no-print-directory B=build/asan \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	  LDLIBS="$(LDLIBS) -fsanitize=address,undefined" E2E_RENDER=0 unit e2e bad-input serve-api

valgrind: $(B)/assure
	valgrind -q --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
	  --error-exitcode=99 ./$(B)/assure check --format json -o /dev/null samples/returns; \
	  s=$$?; [ $$s -le 1 ] || { echo "valgrind: errors or leaks (status $$s)"; exit 1; }
	valgrind -q --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
	  --error-exitcode=99 ./$(B)/assure summary --format xlsx -o $(B)/valgrind.xlsx samples/returns; \
	  s=$$?; [ $$s -le 1 ] || { echo "valgrind: errors or leaks in the xlsx report (status $$s)"; exit 1; }
	@echo "valgrind: no errors, no leaks"

# Hostile inputs and rules, each bounded in time and memory.
bad-input: $(B)/assure
	ASSURE=./$(B)/assure tests/bad-input/run

# libFuzzer (clang) over parse + validate + every rule, for FUZZ_SECONDS
# (default 60); crashers are kept in tests/fuzz/crashers/.
fuzz: deps
	@command -v clang >/dev/null && \
	  ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 || { \
	  echo "assure: installing Debian packages: $(FUZZ_DEBS)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(FUZZ_DEBS) >/dev/null; }
	tests/fuzz/run

test: deps
	@$(MAKE) --no-print-directory all unit e2e bad-input serve-test install-check
	@$(MAKE) --no-print-directory asan
	@$(MAKE) --no-print-directory valgrind

format:
	clang-format -i validator/*.c include/*.h tests/unit/*.c tests/unit/*.h

clean:
	rm -rf build
