/* asr_xmlpool.h: the allocator libxml2 is given (xmlMemSetup) when assure
 * starts. libxml2 makes thousands of small allocations a return (every
 * element, attribute and validation string) and frees them all when the
 * return is done; glibc's malloc takes a lock for each once a second
 * thread exists. These serve small blocks from per-thread free lists with
 * no lock. Hand-written: the stack has no allocator library, and the
 * allocators that could be linked instead lengthened start-up past its
 * target (see README, Performance). */
#ifndef ASR_XMLPOOL_H
#define ASR_XMLPOOL_H

#include <stddef.h>

void *asr_xmlpool_malloc(size_t n);
void *asr_xmlpool_realloc(void *p, size_t n);
void asr_xmlpool_free(void *p);
char *asr_xmlpool_strdup(const char *s);

/* Whether p points into one of the chunks small blocks are carved from,
 * i.e. it was handed out here rather than by malloc. For the tests, which
 * check that libxml2 really allocates through this pool: it walks every
 * chunk under their lock, so not for the allocation path. */
int asr_xmlpool_owns(const void *p);

/* Free every chunk. Only once nothing allocated here is in use (after
 * xmlCleanupParser, at exit). */
void asr_xmlpool_release(void);

#endif
