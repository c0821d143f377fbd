/* pool.c: the small-block pool's slow paths, see asr_pool.h. */
#include "asr_pool.h"

#include <stdlib.h>

void *asr_pool_carve(asr_pool *p, size_t size)
{
    if (p->left < size) {
        char *chunk = malloc(p->chunk_size);
        if (chunk == NULL)
            return NULL;
        if (p->lock)
            pthread_mutex_lock(p->lock);
        *(void **)chunk = *p->chunks;
        *p->chunks = chunk;
        if (p->lock)
            pthread_mutex_unlock(p->lock);
        p->cur = chunk + 16; /* the link, kept 16-byte aligned */
        p->left = p->chunk_size - 16;
    }
    void *b = p->cur;
    p->cur += size;
    p->left -= size;
    return b;
}

void asr_pool_free_chunks(void **chunks)
{
    while (*chunks) {
        void *next = *(void **)*chunks;
        free(*chunks);
        *chunks = next;
    }
}
