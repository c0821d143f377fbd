/* serve.c: `assure serve` (asr_serve.h): its options, start-up (the
 * catalogue loaded once, into one engine per worker, as `check` loads it),
 * the signal loop that also drops clients too slow to send a request, and
 * a clean stop on SIGTERM or SIGINT: no new connections, every request
 * already begun answered, then exit 0. */
#define _GNU_SOURCE
#include "asr_serve.h"

#include "asr_cli.h"
#include "asr_output.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char SERVE_HELP[] =
    "usage: assure serve [options]\n"
    "\n"
    "A web page where alliances check their returns in a browser, and a JSON API\n"
    "for portals: GET / (the page), POST /api/check (a return as the body, or as\n"
    "multipart form files; ?format=json|csv|html|junit|svrl|text, ?quarter=Q1..Q4),\n"
    "GET /rules and /api/rules (the catalogue), GET /format (the return format),\n"
    "GET /healthz. Returns are checked in memory by the same engine as `check`,\n"
    "never written to disk or logged. One access-log line per request on stderr.\n"
    "\n"
    "options:\n"
    "  --listen HOST:PORT     where to listen (default 127.0.0.1:8080: this machine\n"
    "                         only; 0.0.0.0:8080 for every network, port 0 for any)\n"
    "  --rules DIR            as for check: a region's rules, or another catalogue\n"
    "  --tolerances FILE      the region's own thresholds, as for check\n"
    "  --jobs N               workers checking at once (default: the number of CPUs)\n"
    "  --rule-time SECONDS    CPU time a rule may take on one return, as for check\n"
    "                         (default 2)\n"
    "  --max-upload SIZE      largest request body, e.g. 16M, 512K (default 16M)\n"
    "  --connections N        open connections at once (default 256)\n"
    "  --per-address N        open connections from one client address (default 64;\n"
    "                         raise it behind a proxy, where every client is one)\n"
    "  --queue N              checks waiting for a worker before 503 busy (default 32)\n"
    "  --timeout SECONDS      drop a client idle this long, or whose request has not\n"
    "                         arrived whole in this time (default 30)\n"
    "  -h, --help             this help\n"
    "\n"
    "Stop it with Ctrl-C or SIGTERM: it finishes the requests it has, then exits 0.\n"
    "exit status: 0 stopped cleanly; 2 usage error or cannot listen; 3 a rule\n"
    "script failed to load.\n";

enum { EXIT_OK = 0, EXIT_USAGE = 2 };

long long asr_parse_size(const char *s)
{
    char *end;
    errno = 0;
    if (s == NULL || !isdigit((unsigned char)*s))
        return -1;
    long long v = strtoll(s, &end, 10);
    if (errno != 0)
        return -1;
    long long unit = 1;
    switch (toupper((unsigned char)*end)) {
    case '\0': break;
    case 'K': unit = 1024; break;
    case 'M': unit = 1024 * 1024; break;
    case 'G': unit = 1024LL * 1024 * 1024; break;
    default: return -1;
    }
    if (*end && end[1] != '\0' && !(toupper((unsigned char)end[1]) == 'B' && end[2] == '\0') &&
        !(toupper((unsigned char)end[1]) == 'I' && toupper((unsigned char)end[2]) == 'B' &&
          end[3] == '\0'))
        return -1; /* 16M, 16MB and 16MiB all mean 16 MiB */
    if (v > (1LL << 40) / unit)
        return -1;
    return v * unit;
}

void asr_upload_name(const char *given, char *buf, size_t cap)
{
    const char *base = given ? given : "";
    for (const char *p = base; *p; p++)
        if (*p == '/' || *p == '\\')
            base = p + 1; /* a browser may send C:\fakepath\name.xml */
    size_t n = strlen(base);
    if (n > 200)
        n = asr_utf8_cut(base, 200);
    if (n + 1 > cap)
        n = asr_utf8_cut(base, cap - 1);
    memcpy(buf, base, n);
    buf[n] = '\0';
    if (n == 0)
        snprintf(buf, cap, "return.xml");
}

/* A whole number option from lo to hi, or -1 said on stderr. */
static long whole(const char *name, const char *arg, long lo, long hi)
{
    char *end;
    errno = 0;
    long v = strtol(arg, &end, 10);
    if (errno || *end || end == arg || v < lo || v > hi) {
        fprintf(stderr, "assure: serve: %s %s: use a whole number from %ld to %ld\n", name, arg,
                lo, hi);
        return -1;
    }
    return v;
}

static int parse_value(asr_serve_opts *o, int c, const char *arg)
{
    long long size;
    switch (c) {
    case 'l': o->listen = arg; return 0;
    case 'r': return asr_strlist_push(&o->rules, arg);
    case 'T': o->tolerances = arg; return 0;
    case 'j': return (o->jobs = whole("--jobs", arg, 1, 64)) < 0 ? -1 : 0;
    case 'c': return (o->connections = whole("--connections", arg, 4, 4000)) < 0 ? -1 : 0;
    case 'p': return (o->per_ip = whole("--per-address", arg, 1, 4000)) < 0 ? -1 : 0;
    case 'R': {
        char *end;
        double sec = strtod(arg, &end);
        if (end == arg || *end || !(sec >= 0.1 && sec <= 600)) {
            fprintf(stderr, "assure: serve: --rule-time %s: give the seconds of CPU time a rule "
                            "may take on one return, from 0.1 to 600\n",
                    arg);
            return -1;
        }
        o->rule_ms = (long)(sec * 1000 + 0.5);
        return 0;
    }
    case 'q': return (o->queue = whole("--queue", arg, 1, 10000)) < 0 ? -1 : 0;
    case 't': {
        long t = whole("--timeout", arg, 1, 3600);
        o->timeout = (unsigned)t;
        return t < 0 ? -1 : 0;
    }
    case 'm':
        size = asr_parse_size(arg);
        if (size < 1024 || size > (1LL << 30)) {
            fprintf(stderr,
                    "assure: serve: --max-upload %s: use a size from 1K to 1G, such as 16M\n", arg);
            return -1;
        }
        o->max_upload = (size_t)size;
        return 0;
    }
    return -1;
}

/* Parse the options. Returns -1 to stop with *status set. */
static int parse_serve(int argc, char **argv, asr_serve_opts *o, int *status)
{
    static const struct option longs[] = {
        {"listen", required_argument, 0, 'l'},     {"rules", required_argument, 0, 'r'},
        {"tolerances", required_argument, 0, 'T'}, {"jobs", required_argument, 0, 'j'},
        {"max-upload", required_argument, 0, 'm'}, {"connections", required_argument, 0, 'c'},
        {"queue", required_argument, 0, 'q'},      {"timeout", required_argument, 0, 't'},
        {"rule-time", required_argument, 0, 'R'},  {"per-address", required_argument, 0, 'p'},
        {"help", no_argument, 0, 'h'},             {0, 0, 0, 0},
    };
    opterr = 0;
    optind = 0;
    *status = EXIT_USAGE;
    for (int c; (c = getopt_long(argc, argv, ":hj:", longs, NULL)) != -1;) {
        if (c == 'h') {
            fputs(SERVE_HELP, stdout);
            *status = EXIT_OK;
            return -1;
        }
        if (c == ':' || c == '?') {
            fprintf(stderr, "assure: serve: %s %s (see assure serve --help)\n",
                    c == ':' ? "this option needs a value:" : "unknown option",
                    argv[optind - 1]);
            return -1;
        }
        if (parse_value(o, c, optarg) != 0)
            return -1;
    }
    if (optind < argc) {
        fprintf(stderr, "assure: serve: unexpected argument %s (see assure serve --help)\n",
                argv[optind]);
        return -1;
    }
    return 0;
}

/* Everything the catalogue gives: engines, the run's rules and notes, and
 * the pages. 0 or an exit status. */
static int load(asr_server *s)
{
    int status = EXIT_OK;
    asr_cli_rule_dirs(&s->o.rules, &s->dirs);
    if ((s->engines = calloc((size_t)s->o.jobs, sizeof *s->engines)) == NULL)
        return EXIT_USAGE;
    if (asr_cli_open_engines(s->engines, (int)s->o.jobs, &s->dirs, s->o.tolerances, s->o.rule_ms,
                             &status) != 0)
        return status;
    s->nengines = (int)s->o.jobs;
    if (asr_engine_rule_list(&s->engines[0], &s->list) != 0)
        return EXIT_USAGE;
    asr_engine_run_info(&s->engines[0], &s->list, &s->info);
    asr_cli_tolerance_notes(&s->engines[0].rules.cat, &s->notes);
    for (size_t i = 0; i < s->notes.n; i++)
        fprintf(stderr, "assure: %s\n", s->notes.v[i]);
    s->info.notes = (const char *const *)s->notes.v;
    s->info.nnotes = s->notes.n;
    s->info.version = ASR_VERSION;
    s->info.fail_on = ASR_FAIL;
    char when[32];
    asr_err terr;
    if (asr_output_run_time(when, &terr) != 0) { /* a bad SOURCE_DATE_EPOCH */
        fprintf(stderr, "assure: %s\n", terr.message);
        return EXIT_USAGE;
    }
    return asr_site_build(s) == 0 ? EXIT_OK : EXIT_USAGE;
}

static void unload(asr_server *s)
{
    asr_site_free(&s->site);
    asr_rule_list_free(&s->list);
    for (int j = 0; j < s->nengines; j++)
        asr_engine_close(&s->engines[j]);
    free(s->engines);
    asr_strlist_free(&s->notes);
    asr_strlist_free(&s->dirs);
    asr_strlist_free(&s->o.rules);
    pthread_mutex_destroy(&s->mu);
    pthread_cond_destroy(&s->work);
    pthread_mutex_destroy(&s->conns_mu);
}

/* Wait for SIGTERM or SIGINT (blocked in every thread, so they come here),
 * dropping too-slow clients about once a second meanwhile. */
static int wait_signal(asr_server *s, const sigset_t *set, double seconds)
{
    struct timespec tick = {0, 200 * 1000 * 1000};
    double until = asr_serve_now() + seconds, last = 0;
    while (asr_serve_now() < until) {
        int sig = sigtimedwait(set, NULL, &tick);
        if (sig > 0)
            return sig;
        if (asr_serve_now() - last >= 1.0) {
            asr_serve_reap(s);
            last = asr_serve_now();
        }
    }
    return 0;
}

/* Requests begun and not yet answered (and logged). */
static size_t active(asr_server *s)
{
    pthread_mutex_lock(&s->mu);
    size_t n = s->active;
    pthread_mutex_unlock(&s->mu);
    return n;
}

/* Serve until a signal, then stop cleanly: stop taking connections, let
 * every request begun finish (one still arriving is dropped by the reaper
 * at its deadline; a check always finishes: rules have limits), stop. */
static int serve(asr_server *s, const sigset_t *set)
{
    int sig;
    while ((sig = wait_signal(s, set, 3600)) == 0)
        ;
    s->stopping = 1;
    asr_serve_http_quiesce(s);
    size_t n = active(s);
    fprintf(stderr, "assure: serve: %s: finishing %zu %s in progress, then stopping\n",
            strsignal(sig), n, n == 1 ? "request" : "requests");
    while (active(s) > 0)
        if (wait_signal(s, set, 0.25) > 0)
            fprintf(stderr, "assure: serve: already stopping: %zu requests left\n", active(s));
    asr_serve_http_stop(s);
    asr_serve_workers_stop(s);
    fprintf(stderr, "assure: serve: stopped\n");
    return EXIT_OK;
}

int asr_serve_main(int argc, char **argv)
{
    static asr_server s; /* static: its address is the handlers' context */
    memset(&s, 0, sizeof s);
    s.o.listen = "127.0.0.1:8080";
    s.o.max_upload = 16u * 1024u * 1024u;
    s.o.jobs = sysconf(_SC_NPROCESSORS_ONLN) > 0 ? sysconf(_SC_NPROCESSORS_ONLN) : 1;
    if (s.o.jobs > 64)
        s.o.jobs = 64;
    s.o.connections = 256;
    s.o.per_ip = 64;
    s.o.queue = 32;
    s.o.timeout = 30;
    pthread_mutex_init(&s.mu, NULL);
    pthread_cond_init(&s.work, NULL);
    pthread_mutex_init(&s.conns_mu, NULL);
    int status = EXIT_OK;
    if (parse_serve(argc, argv, &s.o, &status) != 0 || (status = load(&s)) != EXIT_OK) {
        unload(&s);
        return status;
    }
    s.held_max = s.o.max_upload * 4 > 64u << 20 ? s.o.max_upload * 4 : 64u << 20;
    /* Signals go to this thread only: blocked before any thread starts. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);
    if (asr_serve_workers_start(&s) != 0) {
        fprintf(stderr, "assure: serve: cannot start %ld workers\n", s.o.jobs);
        unload(&s);
        return EXIT_USAGE;
    }
    if (asr_serve_http_start(&s) != 0) {
        asr_serve_workers_stop(&s);
        unload(&s);
        return EXIT_USAGE;
    }
    status = serve(&s, &set);
    unload(&s);
    return status;
}
