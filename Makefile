# assure: one flat Makefile. `make run` builds and checks the bundled
# samples; `make test` builds and runs every test (unit, end to end, ASan +
# UBSan, valgrind, headless Chromium on the HTML report and on the page of
# `assure serve`). Both install missing Debian packages first (as root).

PKGS     := lua5.4 libxml-2.0 libpcre2-8 nettle
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

SRC      := $(filter-out validator/main.c $(wildcard validator/serve*.c),$(wildcard validator/*.c))
SERVE_SRC := $(filter-out validator/serve_main.c,$(wildcard validator/serve*.c))
TESTSRC  := $(wildcard tests/unit/test_*.c) tests/unit/helpers.c
DEBS     := liblua5.4-dev libxml2-dev libxml2-utils libpcre2-dev nettle-dev libcriterion-dev \
            pkg-config valgrind python3 chromium \
            libmicrohttpd-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
# Only the tests need these (the page of `assure serve` in a real browser).
TEST_DEBS := chromium-driver python3-selenium
FUZZ_DEBS := clang libclang-rt-14-dev

# Sanitizer builds live in their own tree.
B        ?= build
OBJ      := $(SRC:validator/%.c=$(B)/obj/%.o) $(B)/obj/prelude.o
SERVE_OBJ := $(SERVE_SRC:validator/%.c=$(B)/obj/%.o)

.PHONY: all run test unit e2e asan valgrind deps test-deps clean format bad-input fuzz \
        serve-test serve-api FORCE
all: $(B)/assure $(B)/assure-serve
FORCE:

deps:
	@missing=""; \
	pkg-config --exists $(PKGS) $(SERVE_PKGS) criterion 2>/dev/null || missing=1; \
	for t in xmllint valgrind pkg-config python3 chromium; do command -v $$t >/dev/null || missing=1; done; \
	if [ -n "$$missing" ]; then \
	  echo "assure: installing Debian packages: $(DEBS)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(DEBS) >/dev/null; \
	fi

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

$(B)/assure: $(B)/obj/main.o $(B)/libassure.a
	$(CC) $(CFLAGS) $^ $(LDLIBS) -o $@

# `assure serve`: a program of its own beside assure (cli.c, cmd_serve).
$(B)/assure-serve: $(B)/obj/serve_main.o $(SERVE_OBJ) $(B)/libassure.a
	$(CC) $(CFLAGS) $^ $(SERVE_LIBS) $(LDLIBS) -o $@

$(B)/obj/main.o: validator/main.c $(wildcard include/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -c $< -o $@

# -no-pie: Criterion re-executes the runner for each test, and parameter
# tables hold pointers to static strings, which must not move between runs.
$(B)/unit-tests: $(TESTSRC) tests/unit/helpers.h $(SERVE_OBJ) $(B)/libassure.a FORCE
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -no-pie -Itests/unit $(TESTSRC) $(SERVE_OBJ) $(B)/libassure.a \
	  $(SERVE_LIBS) $(LDLIBS) $(TESTLIBS) -o $@

# The main job: check the bundled samples (exit 1 = findings, which is fine).
run: deps
	@$(MAKE) --no-print-directory all
	@./build/assure check samples/returns; s=$$?; [ $$s -le 1 ] || exit $$s

unit: $(B)/unit-tests
	ASSURE_RULES=$(CURDIR)/rules ./$(B)/unit-tests --jobs 2

# `assure serve`: the API, hostile clients and memory (serve-api), and the
# page in Chromium driven by Selenium (test-deps installs what it needs).
serve-api: $(B)/assure $(B)/assure-serve
	ASSURE=./$(B)/assure tests/serve/run

serve-test: serve-api test-deps
	ASSURE=./$(B)/assure SCREENSHOT=$(CURDIR)/$(B)/serve-page.png tests/serve/browser

test-deps:
	@[ -x /usr/bin/chromedriver ] && /usr/bin/python3 -c 'import selenium' 2>/dev/null || { \
	  echo "assure: installing Debian packages for the tests: $(TEST_DEBS)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(TEST_DEBS) >/dev/null; }

e2e: $(B)/assure
	ASSURE=./$(B)/assure tests/e2e/run
	ASSURE=./$(B)/assure tests/e2e/html-screenshot
	ASSURE=./$(B)/assure tests/e2e/guide
	tests/schema/run

# The hostile inputs too: with no address-space limit (ASan reserves
# terabytes of it) and a longer hang timeout (ASan runs 2-3x slower; the
# 16 MB return takes most of a minute on a busy machine).
asan:
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp BAD_INPUT_MEM_MB=0 BAD_INPUT_KILL_S=180 \
	  $(MAKE) --no-print-directory B=build/asan \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	  LDLIBS="$(LDLIBS) -fsanitize=address,undefined" unit e2e bad-input serve-api

valgrind: $(B)/assure
	valgrind -q --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
	  --error-exitcode=99 ./$(B)/assure check --format json -o /dev/null samples/returns; \
	  s=$$?; [ $$s -le 1 ] || { echo "valgrind: errors or leaks (status $$s)"; exit 1; }
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

test: deps test-deps
	@$(MAKE) --no-print-directory all unit e2e bad-input serve-test
	@$(MAKE) --no-print-directory asan
	@$(MAKE) --no-print-directory valgrind

format:
	clang-format -i validator/*.c include/*.h tests/unit/*.c tests/unit/*.h

clean:
	rm -rf build
