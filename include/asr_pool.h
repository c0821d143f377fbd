/* asr_pool.h: small blocks in 16-byte size classes, kept on free lists and
 * carved from large chunks. The core of both small-block allocators: the
 * Lua state's (lua_host.c) and libxml2's (xmlpool.c). A pool takes no lock
 * for a block, so each is used by one thread at a time; its chunks join a
 * list its owner keeps (shared by several pools under `lock`), and are
 * freed with asr_pool_free_chunks once nothing carved from them is used. */
#ifndef ASR_POOL_H
#define ASR_POOL_H

#include <pthread.h>
#include <stddef.h>

#define ASR_POOL_CLASSES 32 /* class c holds blocks of (c + 1) * 16 bytes, up to 512 */

typedef struct asr_pool {
    void *free[ASR_POOL_CLASSES]; /* per class, linked through each block's first word */
    char *cur;                    /* the chunk being carved */
    size_t left;                  /* bytes left in it */
    size_t chunk_size;            /* bytes per chunk */
    void **chunks;                /* the list new chunks join, through their first word */
    pthread_mutex_t *lock;        /* held to join it when pools share it, or NULL */
} asr_pool;

/* size bytes carved from the current chunk, or from a new one. */
void *asr_pool_carve(asr_pool *p, size_t size);

/* A block for class c: the last one freed, or size new bytes (the same size
 * for every block of a class). NULL when memory runs out. */
static inline void *asr_pool_get(asr_pool *p, int c, size_t size)
{
    void *b = p->free[c];
    if (b == NULL)
        return asr_pool_carve(p, size);
    p->free[c] = *(void **)b;
    return b;
}

static inline void asr_pool_put(asr_pool *p, int c, void *b)
{
    *(void **)b = p->free[c];
    p->free[c] = b;
}

/* Free every chunk on the list. */
void asr_pool_free_chunks(void **chunks);

#endif
