/* serve_http.c: the HTTP side of `assure serve` (asr_serve.h), on
 * libmicrohttpd: routing, receiving a check request whole into memory
 * (a raw body, or multipart form files through libmicrohttpd's post
 * processor), the answers with their security headers, one access-log line
 * per request on stderr, and the reaper that drops a client whose request
 * has not arrived whole within --timeout seconds (libmicrohttpd's own
 * timeout is for idle connections only: a byte a second keeps one open). */
#define _GNU_SOURCE
#include "asr_serve.h"

#include <microhttpd.h>

#include <ctype.h>
#include <errno.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

/* One open connection, for the reaper. Fields under s->conns_mu. */
typedef struct asr_conn {
    int fd;
    double since;  /* when its current request began to arrive */
    int receiving; /* a request is arriving (or is awaited) */
    int dropped;   /* the reaper shut it down */
    struct asr_conn *prev, *next;
} asr_conn;

double asr_serve_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void set_receiving(asr_server *s, asr_conn *k, int receiving)
{
    if (k == NULL)
        return;
    pthread_mutex_lock(&s->conns_mu);
    k->receiving = receiving;
    if (receiving)
        k->since = asr_serve_now();
    pthread_mutex_unlock(&s->conns_mu);
}

static void on_connection(void *cls, struct MHD_Connection *c, void **socket_context,
                          enum MHD_ConnectionNotificationCode code)
{
    asr_server *s = cls;
    asr_conn *k = *socket_context;
    if (code == MHD_CONNECTION_NOTIFY_STARTED) {
        const union MHD_ConnectionInfo *i =
            MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
        if (i == NULL || (k = calloc(1, sizeof *k)) == NULL)
            return; /* not reaped: the idle timeout still applies */
        k->fd = i->connect_fd;
        k->since = asr_serve_now();
        k->receiving = 1;
        pthread_mutex_lock(&s->conns_mu);
        k->next = s->conns;
        if (s->conns)
            s->conns->prev = k;
        s->conns = k;
        pthread_mutex_unlock(&s->conns_mu);
        *socket_context = k;
    } else if (k != NULL) {
        /* Called before libmicrohttpd closes the socket, so the reaper
         * never shuts down a descriptor that has been reused. */
        pthread_mutex_lock(&s->conns_mu);
        if (k->prev)
            k->prev->next = k->next;
        else
            s->conns = k->next;
        if (k->next)
            k->next->prev = k->prev;
        pthread_mutex_unlock(&s->conns_mu);
        free(k);
        *socket_context = NULL;
    }
}

void asr_serve_reap(asr_server *s)
{
    double now = asr_serve_now();
    pthread_mutex_lock(&s->conns_mu);
    for (asr_conn *k = s->conns; k; k = k->next)
        if (k->receiving && !k->dropped && now - k->since > (double)s->o.timeout) {
            shutdown(k->fd, SHUT_RDWR); /* libmicrohttpd sees the end and closes it */
            k->dropped = 1;
        }
    pthread_mutex_unlock(&s->conns_mu);
}

/* ------------------------------------------------------------ requests */

/* Text from the client for the log: printable ASCII as it is, anything
 * else (spaces, quotes, control characters, other bytes) as %XX, so a path
 * can neither forge a log line nor drive a terminal; cut at cap - 1. */
static void log_text(const char *s, char *buf, size_t cap)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p && n + 4 < cap; p++) {
        if (*p > 0x20 && *p < 0x7F && *p != '"' && *p != '\\' && *p != '%') {
            buf[n++] = (char)*p;
        } else {
            buf[n++] = '%';
            buf[n++] = hex[*p >> 4];
            buf[n++] = hex[*p & 15];
        }
    }
    buf[n] = '\0';
}

static asr_request *request_new(asr_server *s, struct MHD_Connection *c, const char *url,
                                const char *method)
{
    asr_request *rq = calloc(1, sizeof *rq);
    if (rq == NULL)
        return NULL;
    rq->conn = c;
    const union MHD_ConnectionInfo *i = MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    rq->sock = i ? i->socket_context : NULL;
    rq->t0 = asr_serve_now();
    log_text(method, rq->method, sizeof rq->method);
    log_text(url, rq->path, sizeof rq->path);
    pthread_mutex_lock(&s->mu);
    s->active++;
    pthread_mutex_unlock(&s->mu);
    return rq;
}

/* Hold bytes of the upload budget so that rq holds total; 0, or -1 when
 * the server holds as much as it may (busy). */
static int reserve(asr_server *s, asr_request *rq, size_t total)
{
    int ok = 1;
    pthread_mutex_lock(&s->mu);
    if (total > rq->reserved) {
        size_t more = total - rq->reserved;
        ok = s->held + more <= s->held_max;
        if (ok) {
            s->held += more;
            rq->reserved = total;
        }
    }
    pthread_mutex_unlock(&s->mu);
    return ok ? 0 : -1;
}

static void free_files(asr_request *rq)
{
    for (size_t i = 0; i < rq->nfiles; i++) {
        free(rq->files[i].name);
        free(rq->files[i].buf);
    }
    free(rq->files);
    rq->files = NULL;
    rq->nfiles = rq->capfiles = 0;
}

static const char *ending(enum MHD_RequestTerminationCode toe, const asr_conn *k)
{
    if (k && k->dropped)
        return " (dropped: not received whole in time)";
    switch (toe) {
    case MHD_REQUEST_TERMINATED_COMPLETED_OK: return "";
    case MHD_REQUEST_TERMINATED_TIMEOUT_REACHED: return " (dropped: idle too long)";
    case MHD_REQUEST_TERMINATED_DAEMON_SHUTDOWN: return " (server stopped)";
    case MHD_REQUEST_TERMINATED_CLIENT_ABORT:
    case MHD_REQUEST_TERMINATED_READ_ERROR: return " (the client closed the connection)";
    default: return " (connection error)";
    }
}

/* The access-log line: time, method, path, status, bytes, ms. Never a
 * query, a header, a file name or anything uploaded. One write, so lines
 * from different threads never interleave. */
static void access_log(const asr_request *rq, enum MHD_RequestTerminationCode toe,
                       const asr_conn *k)
{
    struct timespec now;
    struct tm tm;
    clock_gettime(CLOCK_REALTIME, &now);
    gmtime_r(&now.tv_sec, &tm);
    char when[32], status[8] = "-", line[512];
    strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%S", &tm);
    if (rq->state == ASR_RQ_ANSWERED)
        snprintf(status, sizeof status, "%u", rq->status);
    int n = snprintf(line, sizeof line, "%s.%03ldZ %s %s %s %zu bytes %.0f ms%s\n", when,
                     now.tv_nsec / 1000000, rq->method, rq->path, status,
                     rq->state == ASR_RQ_ANSWERED ? rq->body_len : 0,
                     (asr_serve_now() - rq->t0) * 1000, ending(toe, k));
    if (n > 0) {
        ssize_t w = write(STDERR_FILENO, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
        (void)w; /* a log that cannot be written is no reason to fail a request */
    }
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
    asr_server *s = cls;
    asr_request *rq = *con_cls;
    (void)c;
    if (rq == NULL)
        return;
    pthread_mutex_lock(&s->conns_mu);
    access_log(rq, toe, rq->sock);
    pthread_mutex_unlock(&s->conns_mu);
    if (rq->pp)
        MHD_destroy_post_processor(rq->pp);
    free_files(rq);
    free(rq->body);
    set_receiving(s, rq->sock, 1); /* the next request on this connection */
    pthread_mutex_lock(&s->mu);
    s->held -= rq->reserved;
    s->active--;
    pthread_mutex_unlock(&s->mu);
    free(rq);
    *con_cls = NULL;
}

/* ------------------------------------------------------------ answers */

static void headers(asr_server *s, struct MHD_Response *r, const char *type)
{
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, type);
    MHD_add_response_header(r, "Content-Security-Policy", s->site.csp);
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(r, "Cache-Control", "no-store");
    MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(r, "X-Frame-Options", "DENY");
    MHD_add_response_header(r, "Cross-Origin-Resource-Policy", "same-origin");
    if (s->stopping)
        MHD_add_response_header(r, MHD_HTTP_HEADER_CONNECTION, "close");
}

/* Queue an answer. owned: body was malloc'ed and is handed over; else it
 * lives as long as the server. */
static enum MHD_Result respond(asr_server *s, asr_request *rq, unsigned status, const char *type,
                               char *body, size_t len, int owned, const char *allow)
{
    struct MHD_Response *r =
        owned ? MHD_create_response_from_buffer_with_free_callback(len, body, free)
              : MHD_create_response_from_buffer(len, body, MHD_RESPMEM_PERSISTENT);
    if (r == NULL) {
        if (owned)
            free(body);
        return MHD_NO;
    }
    headers(s, r, type);
    if (status == 503)
        MHD_add_response_header(r, "Retry-After", "5");
    if (allow)
        MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, allow);
    enum MHD_Result ok = MHD_queue_response(rq->conn, status, r);
    MHD_destroy_response(r);
    rq->status = status;
    rq->body_len = len;
    rq->state = ASR_RQ_ANSWERED;
    set_receiving(s, rq->sock, 0);
    return ok;
}

/* Whether path is for programs (JSON errors) rather than people (pages). */
static int for_programs(const char *path)
{
    return strncmp(path, "/api/", 5) == 0 || strcmp(path, "/healthz") == 0;
}

/* An error in plain words: a JSON object for the API, a page otherwise. */
static enum MHD_Result fail(asr_server *s, asr_request *rq, unsigned status, const char *title,
                            const char *message, const char *allow)
{
    asr_buf b = {0};
    if (for_programs(rq->path)) {
        FILE *f = open_memstream(&b.p, &b.n);
        if (f == NULL)
            return MHD_NO;
        fprintf(f, "{\"error\":{\"status\":%u,\"message\":", status);
        asr_json_string(f, message);
        fputs("}}\n", f);
        if (fclose(f) != 0) {
            free(b.p);
            return MHD_NO;
        }
        return respond(s, rq, status, "application/json", b.p, b.n, 1, allow);
    }
    if (asr_page_error(title, message, &b) != 0)
        return MHD_NO;
    return respond(s, rq, status, "text/html; charset=utf-8", b.p, b.n, 1, allow);
}

static void size_words(size_t n, char *buf, size_t cap)
{
    if (n % (1024 * 1024) == 0)
        snprintf(buf, cap, "%zu MiB", n / (1024 * 1024));
    else if (n % 1024 == 0)
        snprintf(buf, cap, "%zu KiB", n / 1024);
    else
        snprintf(buf, cap, "%zu bytes", n);
}

static enum MHD_Result too_large(asr_server *s, asr_request *rq)
{
    char size[32], msg[256];
    size_words(s->o.max_upload, size, sizeof size);
    if (rq->too_many)
        snprintf(msg, sizeof msg, "At most %d files can be checked at once: send the rest in "
                 "another check.", ASR_SERVE_MAX_FILES);
    else
        snprintf(msg, sizeof msg,
                 "The upload is larger than this server accepts (%s). A quarterly return is "
                 "usually well under 1 MiB: check that you chose the right file.",
                 size);
    return fail(s, rq, 413, "Too large to check", msg, NULL);
}

static enum MHD_Result busy(asr_server *s, asr_request *rq)
{
    return fail(s, rq, 503, "The server is busy",
                "The server is busy checking other returns. Try again in a few seconds.", NULL);
}

/* ------------------------------------------------------------ GET */

static enum MHD_Result health(asr_server *s, asr_request *rq)
{
    asr_buf b = {0};
    FILE *f = open_memstream(&b.p, &b.n);
    if (f == NULL)
        return MHD_NO;
    pthread_mutex_lock(&s->mu);
    size_t queued = s->qlen, checking = s->checking;
    pthread_mutex_unlock(&s->mu);
    fprintf(f,
            "{\"status\":\"%s\",\"version\":\"%s\",\"rulesVersion\":\"%s\",\"workers\":%d,"
            "\"checking\":%zu,\"queued\":%zu}\n",
            s->stopping ? "stopping" : "ok", ASR_VERSION, s->info.rules_version, s->nengines,
            checking, queued);
    if (fclose(f) != 0) {
        free(b.p);
        return MHD_NO;
    }
    return respond(s, rq, s->stopping ? 503 : 200, "application/json", b.p, b.n, 1, NULL);
}

/* The page or document at path, or NULL. */
static const asr_buf *document(asr_server *s, const char *path, const char **type)
{
    const asr_site *w = &s->site;
    *type = "text/html; charset=utf-8";
    if (strcmp(path, "/") == 0)
        return &w->index;
    if (strcmp(path, "/rules") == 0)
        return &w->rules_page;
    if (strcmp(path, "/format") == 0)
        return &w->format_page;
    *type = "application/json";
    if (strcmp(path, "/api/rules") == 0)
        return &w->rules_json;
    *type = "application/xml";
    for (size_t i = 0; strncmp(path, "/schema/", 8) == 0 && i < w->nxsd; i++)
        if (strcmp(path + 8, w->xsd_names[i]) == 0)
            return &w->xsd[i];
    return NULL;
}

/* ------------------------------------------------------------ POST: receiving */

static int media_is(const char *ct, const char *type)
{
    size_t n = strlen(type);
    return strncasecmp(ct, type, n) == 0 && (ct[n] == '\0' || ct[n] == ';' || ct[n] == ' ');
}

/* A charset parameter other than UTF-8 (returns are UTF-8), or NULL. */
static const char *other_charset(const char *ct, char *buf, size_t cap)
{
    const char *p = strcasestr(ct, "charset=");
    if (p == NULL)
        return NULL;
    p += 8;
    size_t n = 0;
    while (*p && *p != ';' && *p != ' ' && n + 1 < cap)
        if (*p++ != '"')
            buf[n++] = p[-1];
    buf[n] = '\0';
    return strcasecmp(buf, "utf-8") == 0 || strcasecmp(buf, "utf8") == 0 ? NULL : buf;
}

/* A file part with no file name (or only a folder). */
static int no_name(const char *name)
{
    size_t n = name ? strlen(name) : 0;
    return n == 0 || name[n - 1] == '/' || name[n - 1] == '\\';
}

static asr_upload *new_upload(asr_request *rq, const char *name, size_t want)
{
    if (rq->nfiles == ASR_SERVE_MAX_FILES) {
        rq->too_many = 1;
        return NULL;
    }
    if (rq->nfiles == rq->capfiles) {
        size_t cap = rq->capfiles ? rq->capfiles * 2 : 4;
        asr_upload *v = realloc(rq->files, cap * sizeof *v);
        if (v == NULL)
            return NULL;
        rq->files = v;
        rq->capfiles = cap;
    }
    asr_upload *f = &rq->files[rq->nfiles];
    memset(f, 0, sizeof *f);
    char shown[256];
    asr_upload_name(name, shown, sizeof shown);
    f->unnamed = no_name(name);
    f->name = asr_strdup(shown);
    f->cap = want + 1;
    f->buf = malloc(f->cap);
    if (f->name == NULL || f->buf == NULL) {
        free(f->name);
        free(f->buf);
        return NULL;
    }
    f->buf[0] = '\0';
    rq->nfiles++;
    return f;
}

/* Append data to f, keeping a NUL after it. -1 out of memory. */
static int append(asr_upload *f, const char *data, size_t n)
{
    if (f->len + n + 1 > f->cap) {
        size_t cap = f->cap * 2 > f->len + n + 1 ? f->cap * 2 : f->len + n + 1;
        char *b = realloc(f->buf, cap);
        if (b == NULL)
            return -1;
        f->buf = b;
        f->cap = cap;
    }
    memcpy(f->buf + f->len, data, n);
    f->len += n;
    f->buf[f->len] = '\0';
    return 0;
}

static void copy_field(char *dst, size_t cap, uint64_t off, const char *data, size_t size)
{
    size_t have = off == 0 ? 0 : strlen(dst);
    if (off == 0)
        dst[0] = '\0';
    for (size_t i = 0; i < size && have + 1 < cap; i++)
        dst[have++] = data[i];
    dst[have] = '\0';
}

/* The post processor's iterator: each part of a multipart upload, a piece
 * at a time. A part with a file name is a return (a piece at offset 0
 * starts a new one); the fields quarter and format are options; anything
 * else is ignored. */
static enum MHD_Result on_part(void *cls, enum MHD_ValueKind kind, const char *key,
                               const char *filename, const char *content_type,
                               const char *transfer_encoding, const char *data, uint64_t off,
                               size_t size)
{
    asr_request *rq = cls;
    (void)kind;
    (void)content_type;
    (void)transfer_encoding;
    if (filename != NULL) {
        if (off == 0 && !rq->too_many && new_upload(rq, filename, size) == NULL && !rq->too_many) {
            rq->status = 503; /* out of memory */
            return MHD_NO;
        }
        if (rq->too_many)
            return MHD_YES; /* read on, to answer 413 */
        if (append(&rq->files[rq->nfiles - 1], data, size) != 0) {
            rq->status = 503;
            return MHD_NO;
        }
        return MHD_YES;
    }
    if (strcmp(key, "quarter") == 0)
        copy_field(rq->quarter, sizeof rq->quarter, off, data, size);
    else if (strcmp(key, "format") == 0)
        copy_field(rq->format, sizeof rq->format, off, data, size);
    return MHD_YES;
}

/* The headers of a check request are in: what kind of body, how big. */
static enum MHD_Result begin_check(asr_server *s, asr_request *rq)
{
    struct MHD_Connection *c = rq->conn;
    const char *ct = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
    const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
    const char *q = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "quarter");
    const char *fmt = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "format");
    snprintf(rq->quarter, sizeof rq->quarter, "%s", q ? q : "");
    snprintf(rq->format, sizeof rq->format, "%s", fmt ? fmt : "");
    long long length = cl ? strtoll(cl, NULL, 10) : 0;
    if (s->stopping) /* nothing new starts once stopping: see serve.c */
        return fail(s, rq, 503, "The server is stopping",
                    "The server is stopping. Try again in a minute.", NULL);
    if (length < 0 || (unsigned long long)length > s->o.max_upload) {
        if (rq->route == ASR_ROUTE_API_CHECK)
            return too_large(s, rq); /* at once, without reading the body */
        /* A browser still sending its form would show a dropped
         * connection, not the page: read it (into nothing), then answer. */
        rq->too_large = 1;
        rq->state = ASR_RQ_RECEIVING;
        return MHD_YES;
    }
    char cs[32], msg[512];
    int raw = ct && rq->route == ASR_ROUTE_API_CHECK &&
              (media_is(ct, "application/xml") || media_is(ct, "text/xml"));
    if (raw && other_charset(ct, cs, sizeof cs)) {
        snprintf(msg, sizeof msg, "Returns are UTF-8: the body says charset=%.40s.", cs);
        return fail(s, rq, 415, "Not UTF-8", msg, NULL);
    }
    if (!raw && !(ct && media_is(ct, "multipart/form-data"))) {
        snprintf(msg, sizeof msg,
                 "Send the return as the body (Content-Type: application/xml) or as files in "
                 "multipart/form-data, not as %.60s.",
                 ct ? ct : "a body with no Content-Type");
        return fail(s, rq, 415, "Not a file upload", msg, NULL);
    }
    if (reserve(s, rq, (size_t)length) != 0)
        return busy(s, rq);
    if (raw) {
        if (new_upload(rq, NULL, (size_t)length) == NULL)
            return busy(s, rq);
    } else if ((rq->pp = MHD_create_post_processor(c, 64 * 1024, on_part, rq)) == NULL) {
        return fail(s, rq, 400, "Not a file upload",
                    "The multipart/form-data upload has no boundary: send it as a browser or "
                    "curl -F does.", NULL);
    }
    rq->state = ASR_RQ_RECEIVING;
    return MHD_YES;
}

/* A piece of the body. Past --max-upload (a body with no length) the rest
 * is read and dropped, and the answer is 413. */
static void receive(asr_server *s, asr_request *rq, const char *data, size_t n)
{
    if (rq->too_large || rq->too_many || rq->status)
        return;
    if (rq->received + n > s->o.max_upload) {
        rq->too_large = 1;
        free_files(rq);
        return;
    }
    if (reserve(s, rq, rq->received + n) != 0) {
        rq->status = 503;
        free_files(rq);
        return;
    }
    rq->received += n;
    if (rq->pp == NULL && append(&rq->files[0], data, n) != 0)
        rq->status = 503; /* out of memory */
    else if (rq->pp && MHD_post_process(rq->pp, data, n) != MHD_YES && rq->status == 0)
        rq->status = 400; /* malformed multipart */
}

/* Whether quarter and format are ones we know; fills rq->quarter_n. */
static enum MHD_Result queue_check(asr_server *s, asr_request *rq)
{
    char msg[256], up[8];
    for (size_t i = 0; i < sizeof up; i++)
        up[i] = (char)toupper((unsigned char)rq->quarter[i]);
    const asr_catalogue *cat = s->info.cat;
    if (rq->quarter[0] && (rq->quarter_n = asr_catalogue_quarter(cat, up)) == 0) {
        snprintf(msg, sizeof msg, "There is no quarter '%s': use Q1, Q2, Q3 or Q4, or none to "
                 "judge each return at its own quarter.", rq->quarter);
        return fail(s, rq, 400, "Unknown quarter", msg, NULL);
    }
    if (rq->format[0] == '\0' || rq->route == ASR_ROUTE_PAGE_CHECK)
        snprintf(rq->format, sizeof rq->format, "json");
    if (!asr_format_known(rq->format)) {
        snprintf(msg, sizeof msg, "There is no report format '%s': use %s.", rq->format,
                 ASR_FORMATS);
        return fail(s, rq, 400, "Unknown format", msg, NULL);
    }
    if (asr_serve_enqueue(s, rq) != 0)
        return busy(s, rq);
    return MHD_YES;
}

/* The body is in: check what arrived and queue it for a worker. */
static enum MHD_Result finish_check(asr_server *s, asr_request *rq)
{
    set_receiving(s, rq->sock, 0);
    int multipart = rq->pp != NULL, malformed = rq->status == 400;
    if (rq->pp) {
        malformed |= MHD_destroy_post_processor(rq->pp) != MHD_YES;
        rq->pp = NULL;
    }
    if (rq->too_large || rq->too_many)
        return too_large(s, rq);
    if (rq->status == 503)
        return busy(s, rq);
    rq->status = 0;
    if (malformed)
        return fail(s, rq, 400, "The upload was cut short",
                    "The upload is incomplete or malformed (the multipart/form-data body does not "
                    "end as it should). Send it again.", NULL);
    /* A form sent with no file chosen has a file part with no name and
     * nothing in it: that is no file, not an empty one. */
    size_t kept = 0;
    for (size_t i = 0; i < rq->nfiles; i++) {
        asr_upload *f = &rq->files[i];
        if (multipart && f->unnamed && f->len == 0) {
            free(f->name);
            free(f->buf);
        } else {
            rq->files[kept++] = *f;
        }
    }
    rq->nfiles = kept;
    if (rq->nfiles == 0)
        return fail(s, rq, 400, "No file was chosen",
                    for_programs(rq->path)
                        ? "No return in the request: send it as the body (Content-Type: "
                          "application/xml) or as a file in multipart/form-data (curl -F "
                          "file=@return.xml)."
                        : "No file was chosen: choose your return's .xml file, then press Check.",
                    NULL);
    return queue_check(s, rq);
}

/* ------------------------------------------------------------ routing */

static enum MHD_Result route(asr_server *s, asr_request *rq, const char *path,
                             const char *method)
{
    const char *type;
    int get = strcmp(method, "GET") == 0 || strcmp(method, "HEAD") == 0;
    int check = strcmp(path, "/check") == 0 || strcmp(path, "/api/check") == 0;
    const asr_buf *doc = document(s, path, &type);
    char msg[256];
    if (get && strcmp(path, "/healthz") == 0)
        return health(s, rq);
    if (get && doc)
        return respond(s, rq, 200, type, doc->p, doc->n, 0, NULL);
    if (check || doc || strcmp(path, "/healthz") == 0) {
        snprintf(msg, sizeof msg, "%s is not allowed here: use %s.", rq->method,
                 check ? "POST" : "GET");
        return fail(s, rq, 405, "Not allowed", msg, check ? "POST" : "GET, HEAD");
    }
    snprintf(msg, sizeof msg, "There is nothing at %s. The page to check returns is at /.", path);
    return fail(s, rq, 404, "Not found", msg, NULL);
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
                                  const char *method, const char *version,
                                  const char *upload_data, size_t *upload_data_size,
                                  void **con_cls)
{
    asr_server *s = cls;
    asr_request *rq = *con_cls;
    (void)version;
    if (rq == NULL) {
        if ((rq = request_new(s, c, url, method)) == NULL)
            return MHD_NO;
        *con_cls = rq;
        /* A check reads its body; anything else is answered once the
         * request is in (an answer queued in this first call would make
         * libmicrohttpd close the connection: no keep-alive). */
        if (strcmp(method, "POST") == 0 &&
            (strcmp(url, "/check") == 0 || strcmp(url, "/api/check") == 0)) {
            rq->route = strcmp(url, "/check") == 0 ? ASR_ROUTE_PAGE_CHECK : ASR_ROUTE_API_CHECK;
            return begin_check(s, rq);
        }
        return MHD_YES;
    }
    switch (rq->state) {
    case ASR_RQ_NEW:
        if (*upload_data_size > 0) { /* a body nobody asked for */
            *upload_data_size = 0;
            return MHD_YES;
        }
        return route(s, rq, url, method);
    case ASR_RQ_RECEIVING:
        if (*upload_data_size > 0) {
            receive(s, rq, upload_data, *upload_data_size);
            *upload_data_size = 0;
            return MHD_YES;
        }
        return finish_check(s, rq);
    case ASR_RQ_DONE: {
        if (rq->body == NULL)
            return busy(s, rq); /* the worker ran out of memory */
        char *body = rq->body;
        rq->body = NULL;
        return respond(s, rq, rq->status, rq->content_type, body, rq->body_len, 1, NULL);
    }
    default: /* answered already: whatever else arrives is dropped */
        *upload_data_size = 0;
        return MHD_YES;
    }
}

/* ------------------------------------------------------------ the daemon */

/* HOST:PORT, [V6]:PORT or :PORT into an address; -1 said on stderr. */
static int listen_addr(const char *listen, struct addrinfo **ai)
{
    char host[256];
    const char *colon = strrchr(listen, ':');
    if (colon == NULL || colon[1] == '\0' || (size_t)(colon - listen) >= sizeof host) {
        fprintf(stderr, "assure: serve: --listen %s: use HOST:PORT, such as 127.0.0.1:8080\n",
                listen);
        return -1;
    }
    snprintf(host, sizeof host, "%.*s", (int)(colon - listen), listen);
    if (host[0] == '[' && host[strlen(host) - 1] == ']') {
        memmove(host, host + 1, strlen(host));
        host[strlen(host) - 1] = '\0';
    }
    struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM,
                             .ai_flags = AI_PASSIVE | AI_NUMERICSERV};
    int rc = getaddrinfo(host[0] ? host : NULL, colon + 1, &hints, ai);
    if (rc != 0) {
        fprintf(stderr, "assure: serve: --listen %s: %s\n", listen, gai_strerror(rc));
        return -1;
    }
    return 0;
}

int asr_serve_http_start(asr_server *s)
{
    struct addrinfo *ai;
    if (listen_addr(s->o.listen, &ai) != 0)
        return -1;
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO | MHD_ALLOW_SUSPEND_RESUME;
    if (ai->ai_family == AF_INET6)
        flags |= MHD_USE_IPv6;
    errno = 0;
    s->daemon = MHD_start_daemon(
        flags, 0, NULL, NULL, on_request, s, MHD_OPTION_SOCK_ADDR, ai->ai_addr,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned)s->o.connections,
        MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)s->o.per_ip,
        /* each connection's header and read buffer; bodies go to the upload
         * buffers, bounded by --max-upload */
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(32 * 1024), MHD_OPTION_CONNECTION_TIMEOUT,
        s->o.timeout, MHD_OPTION_NOTIFY_COMPLETED, on_completed, s, MHD_OPTION_NOTIFY_CONNECTION,
        on_connection, s, MHD_OPTION_LISTEN_BACKLOG_SIZE, 256u, MHD_OPTION_END);
    int err = errno;
    freeaddrinfo(ai);
    if (s->daemon == NULL) {
        fprintf(stderr, "assure: serve: cannot listen on %s%s%s\n", s->o.listen,
                err ? ": " : "", err ? strerror(err) : "");
        return -1;
    }
    const union MHD_DaemonInfo *i = MHD_get_daemon_info(s->daemon, MHD_DAEMON_INFO_BIND_PORT);
    s->port = i ? i->port : 0;
    char size[32], host[256];
    size_words(s->o.max_upload, size, sizeof size);
    snprintf(host, sizeof host, "%.*s", (int)(strrchr(s->o.listen, ':') - s->o.listen),
             s->o.listen);
    fprintf(stderr,
            "assure: serve: http://%s:%u/ (%d %s, rule set %s, uploads up to %s); Ctrl-C or "
            "SIGTERM stops it\n",
            host[0] ? host : "0.0.0.0", s->port, s->nengines,
            s->nengines == 1 ? "worker" : "workers", s->info.rules_version, size);
    if (strcmp(host, "127.0.0.1") != 0 && strcmp(host, "localhost") != 0 &&
        strcmp(host, "[::1]") != 0 && strcmp(host, "::1") != 0)
        fprintf(stderr, "assure: serve: listening beyond this machine: anyone who can reach it "
                        "can check returns here (there is no login)\n");
    return 0;
}

void asr_serve_http_quiesce(asr_server *s)
{
    MHD_socket fd = MHD_quiesce_daemon(s->daemon);
    if (fd != MHD_INVALID_SOCKET)
        close(fd);
}

void asr_serve_http_stop(asr_server *s)
{
    if (s->daemon)
        MHD_stop_daemon(s->daemon);
    s->daemon = NULL;
}
