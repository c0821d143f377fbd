/* asr_batch.h: check many returns with N workers (threads), one engine
 * (Lua state) each, and hand the reports back in input order whatever N is.
 * At most a small window of finished reports waits to be emitted, so memory
 * stays flat however many files there are. */
#ifndef ASR_BATCH_H
#define ASR_BATCH_H

#include "asr_check.h"

/* Called on the calling thread, in input order, once per file. It takes the
 * report (and must free it); a non-zero return stops the batch. */
typedef int (*asr_emit_fn)(void *ctx, size_t index, asr_return_report *r);

/* Check files[0..n) with engines[0..jobs), each used by one worker only:
 * engines[0] by the calling thread, the others by jobs - 1 threads.
 * progress: write "checked k/n" to stderr as it goes. Returns 0, or -1 if
 * emit stopped it or memory ran out. */
int asr_batch_run(asr_engine *engines, int jobs, char *const *files, size_t n, asr_emit_fn emit,
                  void *ctx, int progress);

#endif
