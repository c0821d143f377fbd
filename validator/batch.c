/* batch.c: parallel checking with ordered, bounded output (asr_batch.h).
 * With N jobs, N - 1 worker threads and the calling thread take the next
 * file index under a lock, check it with their own engine, and park the
 * report in a ring slot; the calling thread also emits the slots in order,
 * checking a file itself whenever the next report is not ready yet (so two
 * jobs are two threads on two cores, not three). Nobody takes an index a
 * whole ring ahead of the emitter. */
#include "asr_batch.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct slot {
    asr_return_report r;
    int ready; /* r holds the report for the index this slot is waiting on */
    int oom;
} slot;

typedef struct shared {
    pthread_mutex_t mu;
    pthread_cond_t done;  /* a slot became ready */
    pthread_cond_t space; /* the emitter moved on */
    char *const *files;
    size_t n, next, emitted, window;
    slot *ring;
    int stop;
} shared;

typedef struct worker {
    shared *s;
    asr_engine *engine;
    pthread_t thread;
} worker;

/* Called with s->mu held: may index s->next be taken now? */
static int can_take(const shared *s)
{
    return !s->stop && s->next < s->n && s->next < s->emitted + s->window;
}

/* Take index s->next (s->mu held, can_take true), check it with e without
 * the lock, and park the report in its slot. Returns with s->mu held. */
static void take_and_check(shared *s, asr_engine *e)
{
    size_t i = s->next++;
    pthread_mutex_unlock(&s->mu);
    asr_return_report r;
    int oom = asr_engine_check(e, s->files[i], &r) != 0;
    pthread_mutex_lock(&s->mu);
    slot *sl = &s->ring[i % s->window];
    sl->r = r;
    sl->oom = oom;
    sl->ready = 1;
    pthread_cond_broadcast(&s->done);
}

static void *work(void *arg)
{
    worker *w = arg;
    shared *s = w->s;
    pthread_mutex_lock(&s->mu);
    for (;;) {
        while (!s->stop && s->next < s->n && !can_take(s))
            pthread_cond_wait(&s->space, &s->mu);
        if (!can_take(s))
            break; /* stopped, or every index taken */
        take_and_check(s, w->engine);
    }
    pthread_mutex_unlock(&s->mu);
    return NULL;
}

static void show(int progress, size_t k, size_t n)
{
    if (progress && (k == n || k % 10 == 0))
        fprintf(stderr, "\rassure: checked %zu/%zu%s", k, n, k == n ? "\n" : "");
}

int asr_batch_run(asr_engine *engines, int jobs, char *const *files, size_t n, asr_emit_fn emit,
                  void *ctx, int progress)
{
    if (jobs < 1)
        jobs = 1;
    if ((size_t)jobs > n)
        jobs = n ? (int)n : 1;
    if (jobs == 1) {
        /* One worker: no threads, the simplest path for debugging tools. */
        for (size_t i = 0; i < n; i++) {
            asr_return_report r;
            if (asr_engine_check(&engines[0], files[i], &r) != 0) {
                asr_return_report_free(&r);
                return -1;
            }
            if (emit(ctx, i, &r) != 0)
                return -1;
            show(progress, i + 1, n);
        }
        return 0;
    }

    shared s;
    memset(&s, 0, sizeof s);
    s.files = files;
    s.n = n;
    s.window = (size_t)jobs * 4;
    s.ring = calloc(s.window, sizeof *s.ring);
    worker *ws = calloc((size_t)jobs, sizeof *ws);
    if (s.ring == NULL || ws == NULL) {
        free(s.ring);
        free(ws);
        return -1;
    }
    pthread_mutex_init(&s.mu, NULL);
    pthread_cond_init(&s.done, NULL);
    pthread_cond_init(&s.space, NULL);
    /* jobs - 1 threads; the calling thread checks files too, with engine 0,
     * between emitting the reports that are ready: two threads for two
     * cores, not three. */
    int started = 0;
    for (int j = 1; j < jobs; j++) {
        ws[j].s = &s;
        ws[j].engine = &engines[j];
        if (pthread_create(&ws[j].thread, NULL, work, &ws[j]) != 0)
            break;
        started++;
    }
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0;) {
        pthread_mutex_lock(&s.mu);
        slot *sl = &s.ring[i % s.window];
        if (!sl->ready && can_take(&s)) {
            take_and_check(&s, &engines[0]);
            pthread_mutex_unlock(&s.mu);
            continue;
        }
        while (!sl->ready)
            pthread_cond_wait(&s.done, &s.mu);
        asr_return_report r = sl->r;
        int oom = sl->oom;
        sl->ready = 0;
        s.emitted = i + 1;
        pthread_cond_broadcast(&s.space);
        pthread_mutex_unlock(&s.mu);
        if (oom) {
            asr_return_report_free(&r);
            rc = -1;
        } else if (emit(ctx, i, &r) != 0) {
            rc = -1;
        }
        i++;
        show(progress, i, n);
    }
    pthread_mutex_lock(&s.mu);
    s.stop = 1;
    pthread_cond_broadcast(&s.space);
    pthread_mutex_unlock(&s.mu);
    for (int j = 1; j <= started; j++)
        pthread_join(ws[j].thread, NULL);
    /* Reports finished after a stop are dropped. */
    for (size_t k = 0; k < s.window; k++)
        if (s.ring[k].ready)
            asr_return_report_free(&s.ring[k].r);
    pthread_cond_destroy(&s.space);
    pthread_cond_destroy(&s.done);
    pthread_mutex_destroy(&s.mu);
    free(s.ring);
    free(ws);
    return rc;
}
