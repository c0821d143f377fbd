/* asr_serve.h: `assure serve`, a web page and a JSON API that check returns
 * uploaded to them, on libmicrohttpd (README "Self-check in a browser").
 *
 * One process: the catalogue is loaded once, into one engine per worker
 * (--jobs), exactly as `check` loads it. libmicrohttpd's one polling thread
 * takes every connection and receives each request whole into memory (never
 * to disk); a check request is then queued, its connection suspended, and a
 * worker runs the engine on the bytes (asr_engine_check_memory) and writes
 * the report with the same writers as `check`, into memory; the connection
 * is resumed and the report sent. So a slow client holds a connection slot
 * for at most --timeout seconds, never a worker, and the queue, the
 * connection count and the bytes held are all bounded.
 *
 * Files: serve.c (options, start-up, signals, shutdown), serve_http.c
 * (requests and responses), serve_work.c (the queue and the workers),
 * serve_page.c (the pages, the catalogue as HTML and JSON), serve_main.c
 * (the assure-serve program, which `assure serve` runs: see cli.c). */
#ifndef ASR_SERVE_H
#define ASR_SERVE_H

#include "asr_check.h"
#include "asr_report.h"

#include <pthread.h>
#include <stdio.h>

/* `assure serve ARGS` (argv[0] is "serve"): the exit status. */
int asr_serve_main(int argc, char **argv);

/* ---- what the serve modules share ---------------------------------------- */

typedef struct asr_serve_opts {
    const char *listen;     /* HOST:PORT (default 127.0.0.1:8080) */
    const char *tolerances; /* may be NULL */
    asr_strlist rules;      /* --rules, repeatable */
    size_t max_upload;      /* bytes a request body may have */
    long jobs;              /* workers (engines) */
    long connections;       /* open connections at once */
    long queue;             /* checks waiting for a worker */
    unsigned timeout;       /* seconds: idle limit, and to receive a request whole */
    long rule_ms;           /* --rule-time, in ms (0: the engine's default) */
    long per_ip;            /* open connections from one address */
} asr_serve_opts;

/* A buffer the server owns (or a static one: then owned is 0). */
typedef struct asr_buf {
    char *p;
    size_t n;
} asr_buf;

/* Pages and documents made once at start-up; read-only afterwards. */
typedef struct asr_site {
    asr_buf index;        /* GET / */
    asr_buf rules_page;   /* GET /rules: `rules doc` as HTML */
    asr_buf format_page;  /* GET /format: the catalogue's schema/README.md */
    asr_buf rules_json;   /* GET /api/rules */
    asr_buf *xsd;         /* GET /schema/NAME: each schema version's XSD */
    char **xsd_names;     /* NAME of each */
    size_t nxsd;
    char csp[512];        /* the Content-Security-Policy of every response */
} asr_site;

/* One uploaded return: its name (the file name the browser gave, without
 * any folder, or "return.xml" for a request body) and bytes. */
typedef struct asr_upload {
    char *name;
    char *buf; /* NUL-terminated after len bytes */
    size_t len, cap;
    int unnamed; /* the browser gave no file name */
} asr_upload;

typedef enum asr_route {
    ASR_ROUTE_PAGE_CHECK, /* POST /check: the page's form; answers with a page */
    ASR_ROUTE_API_CHECK   /* POST /api/check: answers with the report */
} asr_route;

typedef enum asr_rq_state {
    ASR_RQ_NEW,       /* headers in; answered when the request is whole */
    ASR_RQ_RECEIVING, /* the body is arriving */
    ASR_RQ_QUEUED,    /* waiting for, or with, a worker; connection suspended */
    ASR_RQ_DONE,      /* the worker left status and body; connection resumed */
    ASR_RQ_ANSWERED   /* a response is queued */
} asr_rq_state;

struct asr_conn;

/* One check request, from its headers to its response. */
typedef struct asr_request {
    struct MHD_Connection *conn;
    struct asr_conn *sock; /* the connection's record (reaper) */
    asr_route route;
    asr_rq_state state;
    char method[12];
    char path[128];       /* for the access log, escaped and cut */
    double t0;            /* when the handler first saw it (seconds, monotonic) */
    size_t reserved;      /* bytes of the upload budget held */
    size_t received;      /* body bytes so far */
    int too_large;        /* the body passed --max-upload: rest discarded, 413 */
    int too_many;         /* more files than ASR_SERVE_MAX_FILES */
    struct MHD_PostProcessor *pp;
    asr_upload *files;
    size_t nfiles, capfiles;
    int in_file;          /* the post processor is inside a file part */
    char quarter[8], format[8];
    int quarter_n;        /* 1..4, 0 = each return's own */
    /* the answer */
    unsigned status;
    char *body;
    size_t body_len;
    const char *content_type;
} asr_request;

/* At most this many files in one check. */
#define ASR_SERVE_MAX_FILES 100

typedef struct asr_server {
    asr_serve_opts o;
    asr_strlist dirs, notes;
    asr_engine *engines;
    int nengines;
    asr_rule_list list;
    asr_run_info info; /* run_time is set per request */
    asr_site site;
    struct MHD_Daemon *daemon;
    unsigned port; /* the port listened on */
    /* The work queue and the accounting, under mu. */
    pthread_mutex_t mu;
    pthread_cond_t work;
    asr_request **queue;
    size_t qcap, qhead, qlen;
    size_t checking; /* workers checking now */
    pthread_t *workers;
    int nworkers, stop_workers;
    size_t held, held_max; /* upload bytes held, and the most that may be */
    size_t active;         /* requests begun and not yet completed */
    volatile int stopping; /* SIGTERM: finish, answer with Connection: close */
    /* Open connections, for the reaper, under conns_mu. */
    pthread_mutex_t conns_mu;
    struct asr_conn *conns;
} asr_server;

/* serve_http.c: start libmicrohttpd on s->o.listen (0, or -1 said on
 * stderr); drop connections whose request has not arrived whole within the
 * timeout (called about once a second); stop. */
int asr_serve_http_start(asr_server *s);
void asr_serve_reap(asr_server *s);
/* Stop taking connections (the first step of stopping); stop. */
void asr_serve_http_quiesce(asr_server *s);
void asr_serve_http_stop(asr_server *s);
/* Seconds on the monotonic clock. */
double asr_serve_now(void);

/* serve_work.c: the workers, one per engine (0, or -1 out of resources);
 * queue a request (0, or -1 when the queue is full: answer 503; the caller
 * holds nothing); stop them once the queue is empty. */
int asr_serve_workers_start(asr_server *s);
int asr_serve_enqueue(asr_server *s, asr_request *rq);
void asr_serve_workers_stop(asr_server *s);
/* Run rq's check on e into rq's status and body (the worker's part). */
void asr_serve_check(asr_server *s, asr_engine *e, asr_request *rq);

/* serve_page.c: make every page and document of the site (0, or -1 with
 * the reason on stderr); free them. */
int asr_site_build(asr_server *s);
void asr_site_free(asr_site *site);
/* A page saying what is wrong, in plain words: title, then message (text,
 * escaped here). Into *out (malloc'ed). 0 or -1 out of memory. */
int asr_page_error(const char *title, const char *message, asr_buf *out);
/* The result page: the html report with a bar to check another return and
 * download the report (html) and the findings (json) as data: URLs. */
int asr_page_result(const asr_buf *html, const asr_buf *json, asr_buf *out);
/* Markdown (CommonMark with tables) as HTML, for /rules and /format: raw
 * HTML in it is shown as text, never passed through; headings get ids as
 * GitHub makes them, so a contents list links; a relative link to one of
 * the served names (xsd_names, shown at /schema/NAME) points there, and any
 * other relative link becomes its text. 0, or -1 out of memory. */
int asr_markdown_html(const char *md, size_t len, char *const *xsd_names, size_t nxsd, FILE *out);
/* The id GitHub gives a heading: lower case, spaces to '-', punctuation
 * other than '-' and '_' dropped. Into buf (cut to cap). */
void asr_heading_slug(const char *text, char *buf, size_t cap);

/* serve.c: parse a size such as 16M, 512K or 1048576 (bytes); -1 when it
 * is not one. */
long long asr_parse_size(const char *s);
/* The name a browser gave an uploaded file, as reports show it: without
 * any folder (C:\fakepath\ncl.xml is ncl.xml), at most 200 bytes (cut on a
 * character), "return.xml" when nothing is left. Into buf. */
void asr_upload_name(const char *given, char *buf, size_t cap);

#endif
