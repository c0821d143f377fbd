/* xmlpool.c: libxml2's allocator, see asr_xmlpool.h.
 *
 * Blocks of up to POOL_MAX bytes come from per-thread free lists, carved
 * from 1 MiB chunks (with 64 KiB ones, one run in four of a batch took half
 * as long again: placement, not work); larger ones from malloc. Each block has a 16-byte
 * header holding its size class (or BIG), so free and realloc need no size.
 * A block freed on another thread goes on that thread's list: blocks of a
 * class are interchangeable, and chunks live until asr_xmlpool_release. */
#include "asr_xmlpool.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define HDR      16
#define POOL_MAX 512
#define CLASSES  (POOL_MAX / 16)
#define CHUNK    (1024 * 1024)
#define BIG      ((size_t)-1)

typedef struct pool {
    void *free[CLASSES]; /* per class, linked through each block's first word */
    char *cur;           /* the chunk being carved */
    size_t left;         /* bytes left in it */
} pool;

static _Thread_local pool tp;
static pthread_mutex_t chunks_mu = PTHREAD_MUTEX_INITIALIZER;
static void *chunks; /* every chunk, linked through its first word */

static size_t *header(void *p) { return (size_t *)((char *)p - HDR); }

void *asr_xmlpool_malloc(size_t n)
{
    if (n > POOL_MAX) {
        if (n > SIZE_MAX - HDR)
            return NULL; /* n + HDR would wrap: fail as malloc(n) would */
        size_t *h = malloc(n + HDR);
        if (h == NULL)
            return NULL;
        h[0] = BIG;
        return (char *)h + HDR;
    }
    size_t c = n ? (n - 1) / 16 : 0; /* class c holds up to (c + 1) * 16 bytes */
    void *b = tp.free[c];
    if (b) {
        tp.free[c] = *(void **)b;
        return b;
    }
    size_t size = HDR + (c + 1) * 16;
    if (tp.left < size) {
        char *chunk = malloc(CHUNK);
        if (chunk == NULL)
            return NULL;
        pthread_mutex_lock(&chunks_mu);
        *(void **)chunk = chunks;
        chunks = chunk;
        pthread_mutex_unlock(&chunks_mu);
        tp.cur = chunk + 16; /* the link, kept 16-byte aligned */
        tp.left = CHUNK - 16;
    }
    size_t *h = (size_t *)tp.cur;
    tp.cur += size;
    tp.left -= size;
    h[0] = c;
    return (char *)h + HDR;
}

void asr_xmlpool_free(void *p)
{
    if (p == NULL)
        return;
    size_t c = header(p)[0];
    if (c == BIG) {
        free(header(p));
        return;
    }
    *(void **)p = tp.free[c];
    tp.free[c] = p;
}

void *asr_xmlpool_realloc(void *p, size_t n)
{
    if (p == NULL)
        return asr_xmlpool_malloc(n);
    size_t c = header(p)[0];
    if (c == BIG) {
        if (n > SIZE_MAX - HDR)
            return NULL;
        size_t *h = realloc(header(p), n + HDR);
        return h ? (char *)h + HDR : NULL;
    }
    size_t have = (c + 1) * 16;
    if (n <= have)
        return p;
    void *q = asr_xmlpool_malloc(n);
    if (q == NULL)
        return NULL;
    memcpy(q, p, have);
    asr_xmlpool_free(p);
    return q;
}

char *asr_xmlpool_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = asr_xmlpool_malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

void asr_xmlpool_release(void)
{
    pthread_mutex_lock(&chunks_mu);
    while (chunks) {
        void *next = *(void **)chunks;
        free(chunks);
        chunks = next;
    }
    pthread_mutex_unlock(&chunks_mu);
    memset(&tp, 0, sizeof tp);
}
