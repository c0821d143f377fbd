/* test_xmlpool.c: the allocator libxml2 is given. Every size class and the
 * large blocks keep their contents through realloc, freed blocks are
 * reused, a block freed on another thread is safe to reuse there, and
 * libxml2 really allocates through it (or, under ASan, really does not)
 * while it parses and validates a return. */
#include "asr_doc.h"
#include "asr_xmlpool.h"
#include "helpers.h"

#include <criterion/criterion.h>
#include <libxml/xmlmemory.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void fill(unsigned char *p, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++)
        p[i] = (unsigned char)(seed * 31 + i);
}

static int same(const unsigned char *p, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != (unsigned char)(seed * 31 + i))
            return 0;
    return 1;
}

/* Sizes 0 to 1,100 bytes (every small class, the boundary at 512, large
 * blocks), each 16-byte aligned, grown and shrunk across class and pool
 * boundaries with their contents kept. */
Test(xmlpool, sizes_and_realloc)
{
    for (size_t n = 0; n <= 1100; n += (n < 600 ? 1 : 37)) {
        unsigned char *p = asr_xmlpool_malloc(n);
        cr_assert_not_null(p, "malloc(%zu)", n);
        cr_expect_eq((uintptr_t)p % 16, 0, "malloc(%zu) is not 16-byte aligned", n);
        fill(p, n, (unsigned)n);
        size_t grown = n * 2 + 7;
        p = asr_xmlpool_realloc(p, grown);
        cr_assert_not_null(p);
        cr_expect(same(p, n, (unsigned)n), "contents lost growing %zu to %zu", n, grown);
        fill(p, grown, (unsigned)grown);
        size_t shrunk = n / 3;
        p = asr_xmlpool_realloc(p, shrunk);
        cr_assert_not_null(p);
        cr_expect(same(p, shrunk, (unsigned)grown), "contents lost shrinking to %zu", shrunk);
        asr_xmlpool_free(p);
    }
    /* A size that would wrap with the header fails, as malloc's would. */
    cr_expect_null(asr_xmlpool_malloc(SIZE_MAX - 8));
    cr_expect_null(asr_xmlpool_malloc(SIZE_MAX));
    unsigned char *big = asr_xmlpool_malloc(4096);
    cr_assert_not_null(big);
    cr_expect_null(asr_xmlpool_realloc(big, SIZE_MAX - 4));
    asr_xmlpool_free(big);
    asr_xmlpool_free(NULL);
    unsigned char *q = asr_xmlpool_realloc(NULL, 40);
    cr_assert_not_null(q);
    asr_xmlpool_free(q);
    char *s = asr_xmlpool_strdup("Faster diagnosis > Urology");
    cr_expect_str_eq(s, "Faster diagnosis > Urology");
    asr_xmlpool_free(s);
}

/* A freed small block is handed out again for its class, and blocks in
 * use never overlap. */
Test(xmlpool, reuse_without_overlap)
{
    enum { N = 5000 };
    static unsigned char *v[N];
    for (unsigned i = 0; i < N; i++) {
        size_t n = 1 + i % 300;
        v[i] = asr_xmlpool_malloc(n);
        cr_assert_not_null(v[i]);
        fill(v[i], n, i);
    }
    for (unsigned i = 0; i < N; i++)
        cr_expect(same(v[i], 1 + i % 300, i), "block %u was overwritten", i);
    unsigned char *old = v[123];
    asr_xmlpool_free(old);
    unsigned char *again = asr_xmlpool_malloc(1 + 123 % 300);
    cr_expect_eq(again, old, "a freed block of the same class is reused first");
    v[123] = again;
    for (unsigned i = 0; i < N; i++)
        asr_xmlpool_free(v[i]);
}

static void *free_there(void *arg)
{
    unsigned char **blocks = arg;
    for (int i = 0; i < 100; i++) {
        asr_xmlpool_free(blocks[i]);
        /* ...and this thread's next allocations may be those blocks. */
        unsigned char *p = asr_xmlpool_malloc(48);
        fill(p, 48, (unsigned)i);
        blocks[i] = p;
    }
    return NULL;
}

/* Blocks made on one thread and freed on another (reports and schemas
 * cross threads) are reused there without harm. */
Test(xmlpool, freed_on_another_thread)
{
    unsigned char *blocks[100];
    for (int i = 0; i < 100; i++) {
        blocks[i] = asr_xmlpool_malloc(40);
        fill(blocks[i], 40, 7);
    }
    pthread_t t;
    cr_assert_eq(pthread_create(&t, NULL, free_there, blocks), 0);
    pthread_join(t, NULL);
    for (int i = 0; i < 100; i++) {
        cr_expect(same(blocks[i], 48, (unsigned)i), "block %d", i);
        asr_xmlpool_free(blocks[i]);
    }
}

/* libxml2 allocates through the pool once asr_xml_init has run: xmlMemGet
 * gives back the pool's functions, and each parsed tree (the document and
 * its root element) lies in the pool's chunks. Under AddressSanitizer the
 * pool steps aside (ASR_ASAN, asr.h) so that ASan sees every block: then
 * libxml2 must keep malloc and nothing of the tree may be in a chunk. The
 * example return parses, validates and frees, twice, with the same
 * findings. */
Test(xmlpool, libxml2_uses_it, .init = asr_xml_init)
{
    xmlFreeFunc f;
    xmlMallocFunc m;
    xmlReallocFunc r;
    xmlStrdupFunc s;
    cr_assert_eq(xmlMemGet(&f, &m, &r, &s), 0);
#if defined(ASR_ASAN)
    const int pooled = 0;
    cr_expect(m == malloc && r == realloc && f == free,
              "ASan build: libxml2 must keep malloc, realloc and free");
#else
    const int pooled = 1;
    cr_expect(m == asr_xmlpool_malloc && r == asr_xmlpool_realloc && f == asr_xmlpool_free &&
                  s == asr_xmlpool_strdup,
              "libxml2 is not given the pool (xmlMemSetup in asr_xml_init)");
#endif
    char *xml = t_example();
    asr_err err;
    asr_errlist errs = {0};
    asr_schema *xsd = asr_schema_load(ASR_RULES_DIR "/schema/quarterly-return-1.0.xsd", &err);
    cr_assert_not_null(xsd, "%s", err.message);
    for (int run = 0; run < 2; run++) {
        asr_doc d;
        cr_assert_eq(asr_doc_load_memory(&d, "ncl-q2.xml", xml, strlen(xml), &err), 0, "%s",
                     err.message);
        cr_expect_eq(asr_xmlpool_owns(d.xml), pooled, "run %d: the document is %sin a pool chunk",
                     run, pooled ? "not " : "");
        cr_expect_eq(asr_xmlpool_owns(d.root), pooled,
                     "run %d: the root element is %sin a pool chunk", run, pooled ? "not " : "");
        cr_expect_str_eq(d.alliance_code, "E56000027");
        cr_expect_eq(asr_doc_validate(&d, xsd, &errs), 0);
        asr_doc_free(&d);
    }
    asr_schema_free(xsd);
    asr_errlist_free(&errs);
    free(xml);
}
