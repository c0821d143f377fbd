/* serve_work.c: the workers of `assure serve` (asr_serve.h). Each worker
 * thread owns one engine (a Lua state with the catalogue, loaded at
 * start-up) and takes check requests from a bounded queue; a full queue is
 * answered 503 by the caller. A check is what `check` does for the same
 * files: asr_engine_check_memory on each upload, the reports written by the
 * same writers (into memory), then the connection is resumed. */
#define _GNU_SOURCE
#include "asr_serve.h"

#include "asr_output.h"

#include <microhttpd.h>
#include <stdlib.h>
#include <string.h>

typedef struct worker_arg {
    asr_server *s;
    asr_engine *e;
} worker_arg;

static worker_arg *args;

static void *work(void *p)
{
    worker_arg *a = p;
    asr_server *s = a->s;
    pthread_mutex_lock(&s->mu);
    for (;;) {
        while (s->qlen == 0 && !s->stop_workers)
            pthread_cond_wait(&s->work, &s->mu);
        if (s->qlen == 0)
            break; /* stopping, and nothing left */
        asr_request *rq = s->queue[s->qhead];
        s->qhead = (s->qhead + 1) % s->qcap;
        s->qlen--;
        s->checking++;
        pthread_mutex_unlock(&s->mu);
        asr_serve_check(s, a->e, rq);
        rq->state = ASR_RQ_DONE;
        pthread_mutex_lock(&s->mu);
        s->checking--;
        MHD_resume_connection(rq->conn); /* the polling thread answers it */
    }
    pthread_mutex_unlock(&s->mu);
    return NULL;
}

int asr_serve_workers_start(asr_server *s)
{
    s->qcap = (size_t)s->o.queue;
    s->queue = calloc(s->qcap, sizeof *s->queue);
    s->workers = calloc((size_t)s->nengines, sizeof *s->workers);
    args = calloc((size_t)s->nengines, sizeof *args);
    if (!s->queue || !s->workers || !args)
        return -1;
    for (int j = 0; j < s->nengines; j++) {
        args[j] = (worker_arg){s, &s->engines[j]};
        if (pthread_create(&s->workers[j], NULL, work, &args[j]) != 0)
            return -1;
        s->nworkers++;
    }
    return 0;
}

void asr_serve_workers_stop(asr_server *s)
{
    pthread_mutex_lock(&s->mu);
    s->stop_workers = 1;
    pthread_cond_broadcast(&s->work);
    pthread_mutex_unlock(&s->mu);
    for (int j = 0; j < s->nworkers; j++)
        pthread_join(s->workers[j], NULL);
    s->nworkers = 0;
    free(s->workers);
    free(s->queue);
    free(args);
    s->workers = NULL;
    s->queue = NULL;
    args = NULL;
}

int asr_serve_enqueue(asr_server *s, asr_request *rq)
{
    pthread_mutex_lock(&s->mu);
    if (s->qlen == s->qcap || s->stop_workers) {
        pthread_mutex_unlock(&s->mu);
        return -1;
    }
    /* Suspended before any worker can see it: a worker resumes it, which
     * is only allowed for a suspended connection. */
    rq->state = ASR_RQ_QUEUED;
    MHD_suspend_connection(rq->conn);
    s->queue[(s->qhead + s->qlen) % s->qcap] = rq;
    s->qlen++;
    pthread_cond_signal(&s->work);
    pthread_mutex_unlock(&s->mu);
    return 0;
}

/* ------------------------------------------------------------ the check */

static const char *content_type(const char *format)
{
    if (strcmp(format, "json") == 0)
        return "application/json";
    if (strcmp(format, "html") == 0)
        return "text/html; charset=utf-8";
    if (strcmp(format, "csv") == 0)
        return "text/csv; charset=utf-8";
    if (strcmp(format, "text") == 0)
        return "text/plain; charset=utf-8";
    return "application/xml"; /* junit, svrl */
}

/* What was wrong with each file that could not be read, for the page
 * when none could: "NAME is not ... (line L, column C)", one a line. */
static void note_unreadable(FILE *why, const asr_return_report *r)
{
    const asr_err *e = &r->errors.v[0];
    fprintf(why, "%s %s", r->file, e->message);
    if (e->line > 0 && e->column > 0)
        fprintf(why, " (line %ld, column %d)", e->line, e->column);
    else if (e->line > 0)
        fprintf(why, " (line %ld)", e->line);
    fputc('\n', why);
}

typedef struct outputs {
    asr_buf main, json, why;
    FILE *fmain, *fjson, *fwhy;
    asr_writer *w, *wj;
} outputs;

static int outputs_open(outputs *o, const char *format, int page, const asr_run_info *info)
{
    memset(o, 0, sizeof *o);
    o->fmain = open_memstream(&o->main.p, &o->main.n);
    o->fwhy = open_memstream(&o->why.p, &o->why.n);
    if (page)
        o->fjson = open_memstream(&o->json.p, &o->json.n);
    if (!o->fmain || !o->fwhy || (page && !o->fjson))
        return -1;
    o->w = asr_writer_new(format, o->fmain, info);
    if (page)
        o->wj = asr_writer_new("json", o->fjson, info);
    return o->w && (!page || o->wj) ? 0 : -1;
}

/* End the writers and close the streams; 0, or -1 when a write failed. */
static int outputs_close(outputs *o)
{
    int rc = 0;
    if (o->w && asr_writer_end(o->w) != 0)
        rc = -1;
    if (o->wj && asr_writer_end(o->wj) != 0)
        rc = -1;
    FILE *fs[] = {o->fmain, o->fjson, o->fwhy};
    for (size_t i = 0; i < 3; i++)
        if (fs[i] && fclose(fs[i]) != 0)
            rc = -1;
    return rc;
}

static void outputs_free(outputs *o)
{
    free(o->main.p);
    free(o->json.p);
    free(o->why.p);
}

static void answer(asr_request *rq, unsigned status, asr_buf *body, const char *type)
{
    rq->status = status;
    rq->body = body->p;
    rq->body_len = body->n;
    rq->content_type = type;
    body->p = NULL;
}

/* The page's answer: the report with its download bar, or, when no file
 * could be read at all, a page saying what is wrong with each. */
static int page_answer(asr_request *rq, outputs *o, size_t readable, unsigned status)
{
    asr_buf page = {0};
    int rc;
    if (readable == 0)
        rc = asr_page_error(rq->nfiles == 1 ? "The file could not be checked"
                                            : "The files could not be checked",
                            o->why.p, &page);
    else
        rc = asr_page_result(&o->main, &o->json, &page);
    if (rc == 0)
        answer(rq, status, &page, "text/html; charset=utf-8");
    free(page.p);
    return rc;
}

void asr_serve_check(asr_server *s, asr_engine *e, asr_request *rq)
{
    int page = rq->route == ASR_ROUTE_PAGE_CHECK;
    char when[32];
    asr_err terr;
    asr_run_info info = s->info;
    asr_output_run_time(when, &terr); /* checked at start-up */
    info.run_time = when;
    e->quarter = rq->quarter_n;
    outputs o;
    size_t readable = 0;
    int failed = outputs_open(&o, page ? "html" : rq->format, page, &info) != 0;
    for (size_t i = 0; i < rq->nfiles && !failed; i++) {
        asr_upload *f = &rq->files[i];
        asr_return_report r;
        if (asr_engine_check_memory(e, f->name, f->buf, f->len, &r) != 0) {
            asr_return_report_free(&r);
            failed = 1;
            break;
        }
        if (r.readable)
            readable++;
        else
            note_unreadable(o.fwhy, &r);
        failed |= asr_writer_add(o.w, &r) != 0 || (o.wj && asr_writer_add(o.wj, &r) != 0);
        asr_return_report_free(&r);
        free(f->buf); /* done with the bytes: let them go now */
        f->buf = NULL;
    }
    failed |= outputs_close(&o) != 0;
    unsigned status = readable == rq->nfiles ? 200 : 400;
    if (!failed) {
        if (page)
            failed = page_answer(rq, &o, readable, status) != 0;
        else
            answer(rq, status, &o.main, content_type(rq->format));
    }
    if (failed) /* out of memory: busy, not the client's fault */
        rq->status = 503;
    outputs_free(&o);
}
