/* fuzz_check.c: libFuzzer harness over the whole check of one return:
 * reading (XML-01: UTF-8, parse, root), the schema (XML-02) and every rule
 * of the catalogue, exactly as asr_engine_check does for a file.
 *
 * One engine (one Lua state, the rules, the XSD) is opened once, as a
 * worker does, and reused for every input: that also exercises what one
 * return can leave behind for the next (stale nodes, caches, limits).
 * The input is passed as it comes, not NUL-terminated: the memory API takes
 * a length, and ASan reports any read past it.
 *
 * Build and run with tests/fuzz/run. Rules: $ASSURE_RULES, else "rules"
 * (run from the repository root). */
#include "asr_check.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static asr_engine engine;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    asr_xml_init();
    const char *dir = getenv("ASSURE_RULES");
    if (dir == NULL || *dir == '\0')
        dir = "rules";
    asr_errlist errs = {0};
    if (asr_engine_open(&engine, dir, &errs) != 0) {
        for (size_t i = 0; i < errs.n; i++)
            fprintf(stderr, "fuzz_check: %s:%ld: %s\n", errs.v[i].file, errs.v[i].line,
                    errs.v[i].message);
        fprintf(stderr, "fuzz_check: the rule catalogue in %s failed to load\n", dir);
        exit(1);
    }
    asr_errlist_free(&errs);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    asr_return_report r;
    /* -1 means out of memory; the report is initialised either way. */
    (void)asr_engine_check_memory(&engine, "fuzz.xml", (const char *)data, size, &r);
    asr_return_report_free(&r);
    return 0;
}
