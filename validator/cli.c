/* cli.c: the command line: `assure check`, `assure summary` and `assure
 * rules list|show|doc`: argument parsing, input discovery, running the
 * batch, writing reports atomically, exit status. */
#define _GNU_SOURCE
#include "asr_cli.h"

#include "asr_batch.h"
#include "asr_check.h"
#include "asr_fixtures.h"
#include "asr_report.h"
#include "asr_waivers.h"

#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#ifndef ASR_RULES_DIR
#define ASR_RULES_DIR "rules"
#endif

enum { EXIT_OK = 0, EXIT_FINDINGS = 1, EXIT_USAGE = 2, EXIT_RULES = 3 };

static const char USAGE[] = "usage: assure check [options] RETURN.xml|DIR ...\n"
                            "       assure summary [options] RETURN.xml|DIR ...\n"
                            "       assure rules list|show ID|doc [--rules DIR]\n"
                            "       assure --help | --version\n";

static const char CHECK_HELP[] =
    "usage: assure check [options] RETURN.xml|DIR ...\n"
    "\n"
    "Check quarterly returns against the 2025/26 deliverable catalogue. A DIR\n"
    "means every *.xml file below it.\n"
    "\n"
    "options:\n"
    "  --format FORMAT        text (default; colour on a terminal only), json, csv,\n"
    "                         html, junit or svrl\n"
    "  -o, --output FILE      write the report to FILE instead of stdout (atomically)\n"
    "  --rules DIR            rule catalogue (default: the bundled one)\n"
    "  --only ID[,ID...]      run only these rules\n"
    "  --workstream NAME      run only this workstream's rules\n"
    "  --quarter Q1..Q4       judge every return as if at that quarter\n"
    "  --history DIR          earlier returns: cross-quarter checks (HIST-nn) and each\n"
    "                         finding marked new, persisting or resolved\n"
    "  --waivers FILE         agreed exceptions (CSV: rule,alliance,provider,reason,expires)\n"
    "  --jobs N               parallel workers (default: the number of CPUs)\n"
    "  --fail-on fail|missing|at-risk|never\n"
    "                         lowest outcome that makes the exit status 1 (default fail)\n"
    "  -h, --help             this help\n"
    "\n"
    "exit status: 0 nothing at or above --fail-on; 1 something is; 2 usage error\n"
    "or a return that could not be read (the others are still checked); 3 a rule\n"
    "script failed to load.\n";

static const char SUMMARY_HELP[] =
    "usage: assure summary [options] RETURN.xml|DIR ...\n"
    "\n"
    "One row per return (sorted by region and alliance), one column per rule,\n"
    "each cell the rule's outcome, with counts per rule across the returns.\n"
    "\n"
    "options: --format text|csv|html, -o FILE, and --rules, --only, --workstream,\n"
    "--quarter, --history, --waivers, --jobs as for check.\n";

static const char RULES_HELP[] =
    "usage: assure rules list      ID, workstream, due quarter, dates in force and title of each "
    "rule\n"
    "       assure rules show ID   one rule as a user sees it\n"
    "       assure rules doc [-o FILE]\n"
    "                              the whole catalogue as Markdown\n"
    "       assure rules test [ID...]\n"
    "                              run the rules' fixtures (*.test.lua); ends 'N passed, N "
    "failed'\n"
    "       assure rules lint      problems in rules and fixtures, with file and line\n"
    "       assure rules new ID [--dir DIR] [--workstream NAME]\n"
    "                              a rule and its fixtures from a template\n"
    "\n"
    "--rules DIR (repeatable) chooses the catalogue: a region's own rules can sit\n"
    "beside the national ones (--rules rules --rules local-rules); the same ID in\n"
    "two places is an error unless their dates in force do not overlap.\n";

/* ------------------------------------------------------------ helpers */

static void usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "assure: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n%s", USAGE);
}

/* The bundled catalogue: $ASSURE_RULES, else ../rules beside the binary
 * (build/assure in a checkout), else the path compiled in. */
static const char *default_rules(char *buf, size_t cap)
{
    const char *env = getenv("ASSURE_RULES");
    if (env && *env)
        return env;
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *dir = dirname(exe);
        char guess[PATH_MAX + 16], real[PATH_MAX], cwd[PATH_MAX];
        snprintf(guess, sizeof guess, "%s/../rules", dir);
        struct stat st;
        char probe[PATH_MAX + 64];
        snprintf(probe, sizeof probe, "%s/schema/quarterly-return-1.0.xsd", guess);
        if (stat(probe, &st) == 0 && realpath(guess, real) != NULL) {
            /* Shown in messages: relative to the working directory if inside it. */
            size_t cl = getcwd(cwd, sizeof cwd) ? strlen(cwd) : 0;
            if (cl > 0 && strncmp(real, cwd, cl) == 0 && real[cl] == '/')
                snprintf(buf, cap, "%s", real + cl + 1);
            else
                snprintf(buf, cap, "%s", real);
            return buf;
        }
    }
    return ASR_RULES_DIR;
}

/* Take the value of --opt VALUE or --opt=VALUE; NULL if this is not opt. */
static const char *opt_value(int argc, char **argv, int *i, const char *lng, const char *shrt,
                             int *missing)
{
    const char *a = argv[*i];
    size_t n = strlen(lng);
    if (strncmp(a, lng, n) == 0 && a[n] == '=')
        return a + n + 1;
    if (strcmp(a, lng) == 0 || (shrt && strcmp(a, shrt) == 0)) {
        if (*i + 1 >= argc) {
            *missing = 1;
            return NULL;
        }
        return argv[++*i];
    }
    return NULL;
}

static void print_errs(const asr_errlist *errs)
{
    for (size_t i = 0; i < errs->n; i++) {
        const asr_err *e = &errs->v[i];
        if (e->file[0] && e->line > 0)
            fprintf(stderr, "assure: %s:%ld: %s\n", e->file, e->line, e->message);
        else if (e->file[0])
            fprintf(stderr, "assure: %s: %s\n", e->file, e->message);
        else
            fprintf(stderr, "assure: %s\n", e->message);
    }
}

/* Open the engine on the rule dirs (the bundled catalogue when none is
 * given); prints problems. Returns 0 or an exit status. */
/* Open an engine on dirs (none: the bundled catalogue); *first is the
 * first directory, for messages. */
static int open_dirs(asr_engine *e, const asr_strlist *dirs, asr_errlist *errs, char *first,
                     size_t cap)
{
    const char *def = NULL;
    const char *const *v = (const char *const *)dirs->v;
    size_t n = dirs->n;
    if (n == 0) {
        def = default_rules(first, cap);
        if (def != first)
            snprintf(first, cap, "%s", def);
        v = &def;
        n = 1;
    } else {
        snprintf(first, cap, "%s%s", v[0], n > 1 ? " (and others)" : "");
    }
    return asr_engine_open_dirs(e, v, n, errs);
}

static int open_engine(asr_engine *e, const asr_strlist *dirs)
{
    char first[PATH_MAX + 32];
    asr_errlist errs = {0};
    if (open_dirs(e, dirs, &errs, first, sizeof first) != 0) {
        print_errs(&errs);
        fprintf(stderr, "assure: the rule catalogue in %s failed to load\n", first);
        asr_errlist_free(&errs);
        return EXIT_RULES;
    }
    asr_errlist_free(&errs);
    return 0;
}

typedef struct opener {
    asr_engine *e;
    const asr_strlist *dirs;
    int rc;
} opener;

static void *open_one(void *p)
{
    opener *o = p;
    char first[PATH_MAX + 32];
    asr_errlist errs = {0};
    o->rc = open_dirs(o->e, o->dirs, &errs, first, sizeof first);
    asr_errlist_free(&errs);
    return NULL;
}

/* Open one engine per worker: the first here, reporting any error in the
 * catalogue; the others at the same time on their own threads (they load
 * the same files, so they fail only if the first does, or memory runs
 * out). Returns 0 with all open, or -1 with none open and *status set. */
static int open_engines(asr_engine *engines, int jobs, const asr_strlist *dirs, int *status)
{
    opener *ops = calloc((size_t)jobs, sizeof *ops);
    pthread_t *threads = calloc((size_t)jobs, sizeof *threads);
    int *started = calloc((size_t)jobs, sizeof *started);
    if (ops == NULL || threads == NULL || started == NULL) {
        free(ops);
        free(threads);
        free(started);
        *status = EXIT_USAGE;
        return -1;
    }
    for (int j = 1; j < jobs; j++) {
        ops[j] = (opener){&engines[j], dirs, -1};
        started[j] = pthread_create(&threads[j], NULL, open_one, &ops[j]) == 0;
    }
    int rc0 = open_engine(&engines[0], dirs); /* prints what is wrong */
    int failed = rc0 != 0;
    for (int j = 1; j < jobs; j++) {
        if (started[j])
            pthread_join(threads[j], NULL);
        else
            open_one(&ops[j]);
        failed |= ops[j].rc != 0;
    }
    if (failed) {
        if (rc0 == 0) {
            fprintf(stderr,
                    "assure: out of memory opening the rule catalogue for %d workers "
                    "(try --jobs 1)\n",
                    jobs);
            asr_engine_close(&engines[0]);
        }
        for (int j = 1; j < jobs; j++)
            if (ops[j].rc == 0)
                asr_engine_close(&engines[j]);
        *status = rc0 != 0 ? rc0 : EXIT_USAGE;
    }
    free(ops);
    free(threads);
    free(started);
    return failed ? -1 : 0;
}

/* The rule dirs in use: --rules, or the bundled catalogue. */
static void rule_dirs(const asr_strlist *given, asr_strlist *out)
{
    char rbuf[PATH_MAX + 16];
    if (given->n == 0)
        asr_strlist_push(out, default_rules(rbuf, sizeof rbuf));
    for (size_t i = 0; i < given->n; i++)
        asr_strlist_push(out, given->v[i]);
}

/* An output file. A regular file (or a new one) is written atomically: to
 * a temporary file beside it, renamed over it at the end, so a failed run
 * never leaves half a report. Anything else (/dev/null, a pipe) is written
 * in place: renaming over it would replace it. */
typedef struct output {
    const char *path; /* NULL = stdout */
    FILE *f;
    int atomic;
    char tmp[PATH_MAX];
} out_file;

static int output_open(out_file *o, const char *path)
{
    memset(o, 0, sizeof *o);
    o->path = path;
    o->f = stdout;
    if (path == NULL)
        return 0;
    struct stat st;
    o->atomic = stat(path, &st) != 0 || S_ISREG(st.st_mode);
    if (!o->atomic) {
        if ((o->f = fopen(path, "w")) == NULL)
            goto fail;
        return 0;
    }
    if (snprintf(o->tmp, sizeof o->tmp, "%s.tmp-XXXXXX", path) >= (int)sizeof o->tmp) {
        errno = ENAMETOOLONG;
        goto fail;
    }
    int fd = mkstemp(o->tmp);
    if (fd < 0)
        goto fail;
    if ((o->f = fdopen(fd, "w")) == NULL) {
        close(fd);
        unlink(o->tmp);
        goto fail;
    }
    return 0;
fail:
    fprintf(stderr, "assure: %s: cannot write: %s\n", path, strerror(errno));
    return -1;
}

/* Finish: ok says whether everything was written; returns 0 or -1. */
static int output_close(out_file *o, int ok)
{
    if (o->path == NULL)
        return (fflush(stdout) == 0 && ok) ? 0 : -1;
    if (fflush(o->f) != 0 || (o->atomic && fsync(fileno(o->f)) != 0))
        ok = 0;
    if (fclose(o->f) != 0)
        ok = 0;
    if (o->atomic && ok && rename(o->tmp, o->path) != 0)
        ok = 0;
    if (!ok)
        fprintf(stderr, "assure: %s: cannot write: %s\n", o->path, strerror(errno));
    if (o->atomic && !ok)
        unlink(o->tmp);
    else if (o->atomic)
        chmod(o->path, 0644);
    return ok ? 0 : -1;
}

/* The run time: $SOURCE_DATE_EPOCH when set (reproducible reports), else now. */
static void run_time(char iso[32])
{
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    time_t t = (sde && *sde) ? (time_t)strtoll(sde, NULL, 10) : time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(iso, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* ------------------------------------------------------------ check and summary */

typedef struct check_opts {
    const char *format, *output, *only, *workstream, *quarter, *fail_on, *history, *waivers, *jobs;
    asr_strlist rules; /* --rules, repeatable */
    asr_strlist inputs;
} check_opts;

/* Parse check/summary options. Returns -1 to stop with *status set. */
static int parse_check(int argc, char **argv, check_opts *o, const char *help, int *status)
{
    for (int i = 0; i < argc; i++) {
        const char *v;
        int missing = 0;
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            fputs(help, stdout);
            *status = EXIT_OK;
            return -1;
        }
#define OPT(name, shrt, field)                                                                     \
    else if ((v = opt_value(argc, argv, &i, name, shrt, &missing))) o->field = v;
        if (0) {
        }
        OPT("--format", NULL, format)
        OPT("--output", "-o", output)
        else if ((v = opt_value(argc, argv, &i, "--rules", NULL, &missing)))
            asr_strlist_push(&o->rules, v);
        OPT("--only", NULL, only)
        OPT("--workstream", NULL, workstream)
        OPT("--quarter", NULL, quarter)
        OPT("--fail-on", NULL, fail_on)
        OPT("--history", NULL, history)
        OPT("--waivers", NULL, waivers)
        OPT("--jobs", "-j", jobs)
#undef OPT
        else if (missing)
        {
            usage_error("option %s needs a value", argv[i]);
            *status = EXIT_USAGE;
            return -1;
        }
        else if (argv[i][0] == '-' && argv[i][1] != '\0')
        {
            usage_error("unknown option %s (see --help)", argv[i]);
            *status = EXIT_USAGE;
            return -1;
        }
        else
        {
            asr_strlist_push(&o->inputs, argv[i]);
        }
    }
    return 0;
}

/* What the emitter needs for each report. */
typedef struct emit_ctx {
    asr_writer *writer;   /* check: the report */
    asr_matrix_row *rows; /* summary: one row per return */
    size_t nrows;
    const asr_run_info *info;
    const asr_waivers *waivers;
    const char *today;
    int failing, unreadable, write_error;
} emit_ctx;

static int emit(void *p, size_t index, asr_return_report *r)
{
    emit_ctx *c = p;
    (void)index;
    if (c->waivers)
        asr_waivers_apply(c->waivers, r, c->today);
    if (!r->readable) {
        /* One line on stderr too, so a piped report still shows it. */
        const asr_err *e = &r->errors.v[0];
        if (e->line > 0 && e->column > 0)
            fprintf(stderr, "assure: %s:%ld:%d: %s\n", r->file, e->line, e->column, e->message);
        else if (e->line > 0)
            fprintf(stderr, "assure: %s:%ld: %s\n", r->file, e->line, e->message);
        else
            fprintf(stderr, "assure: %s: %s\n", r->file, e->message);
        c->unreadable = 1;
    }
    for (size_t k = 0; k < r->nfindings; k++)
        if (asr_finding_fails(&r->findings[k], c->info))
            c->failing = 1;
    if (c->writer && asr_writer_add(c->writer, r) != 0)
        c->write_error = 1;
    if (c->rows && asr_matrix_row_init(&c->rows[c->nrows++], r, c->info) != 0)
        c->write_error = 1;
    asr_return_report_free(r);
    return c->write_error ? -1 : 0;
}

static int run_check(int argc, char **argv, int summary)
{
    check_opts o = {.format = summary ? "text" : "text", .fail_on = "fail"};
    int status = EXIT_OK;
    if (parse_check(argc, argv, &o, summary ? SUMMARY_HELP : CHECK_HELP, &status) != 0) {
        asr_strlist_free(&o.inputs);
        return status;
    }
    asr_strlist files = {0};
    asr_engine *engines = NULL;
    int nengines = 0;
    asr_history history = {0};
    asr_waivers waivers = {0};
    asr_strlist notes = {0};
    const char **ids = NULL, **titles = NULL, **wss = NULL;
    emit_ctx ctx = {0};
    out_file out = {0};
    int have_out = 0;

    if (summary ? !(strcmp(o.format, "text") == 0 || strcmp(o.format, "csv") == 0 ||
                    strcmp(o.format, "html") == 0)
                : !asr_format_known(o.format)) {
        fprintf(stderr, "assure: --format %s is not a format of %s: use %s\n", o.format,
                summary ? "summary" : "check", summary ? "text, csv or html" : ASR_FORMATS);
        status = EXIT_USAGE;
        goto done;
    }
    int q = 0;
    if (o.quarter) {
        if (strlen(o.quarter) != 2 || o.quarter[0] != 'Q' || o.quarter[1] < '1' ||
            o.quarter[1] > '4') {
            usage_error("--quarter %s: use Q1, Q2, Q3 or Q4", o.quarter);
            status = EXIT_USAGE;
            goto done;
        }
        q = o.quarter[1] - '0';
    }
    asr_run_info info = {0};
    info.version = ASR_VERSION;
    info.fail_on = ASR_FAIL;
    info.fail_never = strcmp(o.fail_on, "never") == 0;
    if (!info.fail_never && (asr_outcome_parse(o.fail_on, &info.fail_on) != 0 ||
                             (info.fail_on != ASR_FAIL && info.fail_on != ASR_MISSING &&
                              info.fail_on != ASR_AT_RISK))) {
        usage_error("--fail-on %s: use fail, missing, at-risk or never", o.fail_on);
        status = EXIT_USAGE;
        goto done;
    }
    long jobs = sysconf(_SC_NPROCESSORS_ONLN);
    if (o.jobs) {
        char *end;
        jobs = strtol(o.jobs, &end, 10);
        if (*end || jobs < 1 || jobs > 256) {
            usage_error("--jobs %s: use a whole number from 1 to 256", o.jobs);
            status = EXIT_USAGE;
            goto done;
        }
    }
    if (jobs < 1)
        jobs = 1;
    if (o.inputs.n == 0) {
        usage_error("%s", "give at least one return file or directory");
        status = EXIT_USAGE;
        goto done;
    }

    /* Expand directories; keep the order given, each directory sorted. */
    for (size_t i = 0; i < o.inputs.n; i++) {
        struct stat st;
        if (stat(o.inputs.v[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            size_t before = files.n;
            asr_err err;
            if (asr_list_files(o.inputs.v[i], ".xml", &files, &err) != 0) {
                fprintf(stderr, "assure: %s: %s\n", o.inputs.v[i], err.message);
                status = EXIT_USAGE;
            } else if (files.n == before) {
                fprintf(stderr, "assure: %s: no *.xml returns found in this directory\n",
                        o.inputs.v[i]);
                status = EXIT_USAGE;
            }
        } else {
            asr_strlist_push(&files, o.inputs.v[i]);
        }
    }

    if ((size_t)jobs > files.n)
        jobs = files.n ? (long)files.n : 1;
    engines = calloc((size_t)jobs, sizeof *engines);
    if (engines == NULL) {
        status = EXIT_USAGE;
        goto done;
    }
    if (o.history) {
        asr_errlist herrs = {0};
        if (asr_history_load(o.history, &history, &herrs) != 0) {
            print_errs(&herrs);
            asr_errlist_free(&herrs);
            status = EXIT_USAGE;
            goto done;
        }
        for (size_t i = 0; i < herrs.n; i++) {
            char note[1600];
            snprintf(note, sizeof note, "history: %s: %s", herrs.v[i].file, herrs.v[i].message);
            asr_strlist_push(&notes, note);
        }
        asr_errlist_free(&herrs);
    }
    if (open_engines(engines, (int)jobs, &o.rules, &status) != 0)
        goto done;
    nengines = (int)jobs;
    for (long j = 0; j < jobs; j++) {
        asr_err err;
        if ((o.only || o.workstream) &&
            asr_engine_select(&engines[j], o.only, o.workstream, &err) != 0) {
            usage_error("%s", err.message);
            status = EXIT_USAGE;
            goto done;
        }
        engines[j].quarter = q;
        engines[j].history = o.history ? &history : NULL;
    }

    /* The rules that run, in report order. */
    const asr_engine *e0 = &engines[0];
    ids = calloc(e0->rules.n + 1, sizeof *ids);
    titles = calloc(e0->rules.n + 1, sizeof *titles);
    wss = calloc(e0->rules.n + 1, sizeof *wss);
    if (!ids || !titles || !wss) {
        status = EXIT_USAGE;
        goto done;
    }
    if (e0->with_xml02) {
        ids[info.nrules] = "XML-02";
        titles[info.nrules] = "The return is valid against the schema 1.0 XSD";
        wss[info.nrules++] = "integrity";
    }
    for (size_t i = 0; i < e0->rules.n; i++)
        if ((!e0->select || e0->select[i]) &&
            !(info.nrules > 0 && strcmp(ids[info.nrules - 1], e0->rules.v[i].id) == 0)) {
            ids[info.nrules] = e0->rules.v[i].id;
            titles[info.nrules] = e0->rules.v[i].title;
            wss[info.nrules++] = e0->rules.v[i].workstream;
        }
    info.rule_ids = ids;
    info.rule_titles = titles;
    info.rule_workstreams = wss;
    info.rules_version = e0->rules.version;
    char when[32];
    run_time(when);
    info.run_time = when;
    char today[11];
    snprintf(today, sizeof today, "%.10s", when);

    if (o.waivers) {
        asr_errlist werrs = {0};
        if (asr_waivers_load(o.waivers, &waivers, &werrs) != 0) {
            print_errs(&werrs);
            asr_errlist_free(&werrs);
            status = EXIT_USAGE;
            goto done;
        }
        asr_errlist_free(&werrs);
        /* Known rules: the whole catalogue, not only the selection. */
        const char **all = calloc(e0->rules.n + 1, sizeof *all);
        if (all == NULL) {
            status = EXIT_USAGE;
            goto done;
        }
        all[0] = "XML-02";
        for (size_t i = 0; i < e0->rules.n; i++)
            all[i + 1] = e0->rules.v[i].id;
        asr_waivers_notes(&waivers, all, e0->rules.n + 1, today, &notes);
        free(all);
        ctx.waivers = &waivers;
    }
    for (size_t i = 0; i < notes.n; i++)
        fprintf(stderr, "assure: %s\n", notes.v[i]);
    info.notes = (const char *const *)notes.v;
    info.nnotes = notes.n;
    if (!o.output && !summary) {
        const char *nc = getenv("NO_COLOR"), *term = getenv("TERM");
        info.colour = isatty(fileno(stdout)) && !(nc && *nc) && term && strcmp(term, "dumb") != 0;
    }

    if (output_open(&out, o.output) != 0) {
        status = EXIT_USAGE;
        goto done;
    }
    have_out = 1;
    ctx.info = &info;
    ctx.today = today;
    if (summary) {
        ctx.rows = calloc(files.n ? files.n : 1, sizeof *ctx.rows);
        if (ctx.rows == NULL) {
            status = EXIT_USAGE;
            goto done;
        }
    } else if ((ctx.writer = asr_writer_new(o.format, out.f, &info)) == NULL) {
        status = EXIT_USAGE;
        goto done;
    }
    int progress = isatty(STDERR_FILENO) && files.n > 1;
    if (asr_batch_run(engines, (int)jobs, files.v, files.n, emit, &ctx, progress) != 0)
        ctx.write_error = 1;
    int ok = !ctx.write_error;
    if (ctx.writer && asr_writer_end(ctx.writer) != 0)
        ok = 0;
    ctx.writer = NULL;
    if (summary) {
        asr_matrix_sort(ctx.rows, ctx.nrows);
        if (asr_write_summary(o.format, out.f, &info, ctx.rows, ctx.nrows) != 0)
            ok = 0;
    }
    have_out = 0;
    if (output_close(&out, ok) != 0 || !ok)
        status = EXIT_USAGE;
    else if (ctx.unreadable || status == EXIT_USAGE)
        status = EXIT_USAGE;
    else if (ctx.failing)
        status = EXIT_FINDINGS;

done:
    if (ctx.writer)
        asr_writer_end(ctx.writer);
    if (have_out)
        output_close(&out, 0);
    for (size_t i = 0; i < ctx.nrows; i++)
        asr_matrix_row_free(&ctx.rows[i]);
    free(ctx.rows);
    for (int j = 0; j < nengines; j++)
        asr_engine_close(&engines[j]);
    free(engines);
    free(ids);
    free(titles);
    free(wss);
    asr_history_free(&history);
    asr_waivers_free(&waivers);
    asr_strlist_free(&notes);
    asr_strlist_free(&files);
    asr_strlist_free(&o.inputs);
    asr_strlist_free(&o.rules);
    return status;
}

/* ------------------------------------------------------------ rules */

/* Workstreams in catalogue order, with the headings `rules doc` uses. */
static const char *const WS[][2] = {
    {"integrity", "Integrity (before any deliverable)"},
    {"cross-cutting", "Cross-cutting and finance (SDF)"},
    {"operational-performance", "Operational performance"},
    {"faster-diagnosis", "Faster diagnosis pathways"},
    {"early-diagnosis", "Early diagnosis"},
    {"treatment-and-care", "Treatment and care"},
    {"local-plan", "The alliance's own plan"},
    {"history", "Across quarters"},
};

/* `rules doc`: the catalogue as Markdown, generated from the rules. */
static int write_doc(asr_engine *e, const char *output)
{
    out_file o;
    if (output_open(&o, output) != 0)
        return EXIT_USAGE;
    FILE *out = o.f;
    fprintf(out,
            "# The assure rule catalogue\n\n"
            "Generated by `assure rules doc` from the rules themselves (rule set %s, "
            "assure %s), so it always says what assure checks. Each rule gives one "
            "outcome per return: pass, fail, missing, at-risk, not-due, not-applicable "
            "(or error if the rule itself fails). Where a rule goes through several "
            "providers or items, the worst outcome counts, in the order error > fail > "
            "missing > at-risk > not-due > pass > not-applicable.\n\n",
            e->rules.version, ASR_VERSION);
    fprintf(out, "| ID | deliverable | due |\n|---|---|---|\n");
    fprintf(out,
            "| XML-02 | The return is valid against the schema 1.0 XSD (built in) | every |\n");
    for (size_t i = 0; i < e->rules.n; i++)
        fprintf(out, "| %s | %s | %s |\n", e->rules.v[i].id, e->rules.v[i].title,
                e->rules.v[i].due);
    int rc = 0;
    for (size_t w = 0; w < sizeof WS / sizeof WS[0]; w++) {
        int heading = 0;
        for (size_t i = 0; i < e->rules.n; i++) {
            const asr_rule *r = &e->rules.v[i];
            if (strcmp(r->workstream, WS[w][0]) != 0)
                continue;
            if (!heading++) {
                fprintf(out, "\n## %s\n", WS[w][1]);
                if (w == 0)
                    fprintf(out, "\n### XML-02: The return is valid against the schema 1.0 XSD\n\n"
                                 "- **Due:** every quarter\n- **Checks:** built in: the return "
                                 "validates against `rules/schema/quarterly-return-1.0.xsd`; each "
                                 "violation is listed with its line, and the rules still run.\n");
            }
            asr_err err;
            fputc('\n', out);
            if (asr_rule_describe(e->lua, r, 1, out, &err) != 0) {
                fprintf(stderr, "assure: %s: %s\n", r->id, err.message);
                rc = EXIT_RULES;
            }
        }
    }
    if (output_close(&o, rc == 0) != 0 && rc == 0)
        rc = EXIT_USAGE;
    return rc;
}

/* `rules test [ID...]`: run the fixtures, like a test runner. */
static int rules_test(asr_engine *e, const asr_strlist *dirs, const asr_strlist *ids)
{
    asr_fixtures fx;
    asr_errlist errs = {0};
    int broken = asr_fixtures_load(e->lua, (const char *const *)dirs->v, dirs->n, &fx, &errs) != 0;
    size_t passed = 0, failed = 0;
    for (size_t i = 0; i < errs.n; i++) {
        printf("FAIL %s:%ld: the fixtures file does not load: %s\n", errs.v[i].file, errs.v[i].line,
               errs.v[i].message);
        failed++;
    }
    for (size_t i = 0; i < ids->n; i++)
        if (asr_rules_find(&e->rules, ids->v[i]) < 0) {
            printf("FAIL %s: no rule has this ID\n", ids->v[i]);
            failed++;
        }
    for (size_t i = 0; i < fx.n; i++) {
        const asr_fixture *f = &fx.v[i];
        int wanted = ids->n == 0;
        for (size_t k = 0; k < ids->n && !wanted; k++)
            wanted = strcmp(ids->v[k], f->rule) == 0;
        if (!wanted)
            continue;
        char why[1600];
        int rc = asr_fixture_run(e, f, why, sizeof why);
        if (rc == 1) {
            passed++;
            printf("ok   %-10s %s: %s\n", f->rule, f->name, why);
        } else {
            failed++;
            printf("FAIL %-10s %s: %s (%s:%ld)\n", f->rule, f->name, why, f->file, f->line);
        }
    }
    printf("%zu passed, %zu failed\n", passed, failed);
    asr_fixtures_free(&fx);
    asr_errlist_free(&errs);
    (void)broken;
    return failed ? EXIT_FINDINGS : EXIT_OK;
}

/* `rules lint`: problems a rule author should fix, each with file and line. */
static int rules_lint(const asr_strlist *dirs)
{
    asr_err err;
    asr_lua *h = asr_lua_new(&err);
    if (h == NULL) {
        fprintf(stderr, "assure: %s\n", err.message);
        return EXIT_RULES;
    }
    asr_errlist errs = {0};
    asr_ruleset rs;
    asr_rules_load(h, (const char *const *)dirs->v, dirs->n, &rs, &errs);
    asr_fixtures fx;
    asr_fixtures_load(h, (const char *const *)dirs->v, dirs->n, &fx, &errs);
    /* Element and attribute names of the schema, for path checks. */
    asr_strlist names = {0};
    for (size_t d = 0; d < dirs->n && names.n == 0; d++) {
        char xsd[PATH_MAX + 64];
        snprintf(xsd, sizeof xsd, "%s/schema/quarterly-return-1.0.xsd", dirs->v[d]);
        if (access(xsd, R_OK) == 0 && asr_schema_names(xsd, &names, &err) != 0)
            asr_errlist_push(&errs, &err);
    }
    if (names.n == 0) { /* a local rule folder alone: the bundled schema */
        char rbuf[PATH_MAX + 16], xsd[PATH_MAX + 80];
        snprintf(xsd, sizeof xsd, "%s/schema/quarterly-return-1.0.xsd",
                 default_rules(rbuf, sizeof rbuf));
        if (asr_schema_names(xsd, &names, &err) != 0)
            asr_errlist_push(&errs, &err);
    }
    size_t problems = errs.n;
    print_errs(&errs);
    for (size_t i = 0; i < rs.n; i++) {
        const asr_rule *r = &rs.v[i];
        int fixtures = 0;
        for (size_t k = 0; k < fx.n; k++)
            fixtures += strcmp(fx.v[k].rule, r->id) == 0;
        if (!fixtures) {
            fprintf(stderr,
                    "assure: %s:%ld: %s has no fixtures (add %s cases to a *.test.lua file)\n",
                    r->file, r->line, r->id, r->id);
            problems++;
        }
        asr_strlist found = {0};
        if (asr_rule_lint(h, r, &names, &found, &err) != 0) {
            fprintf(stderr, "assure: %s:%ld: %s\n", r->file, r->line, err.message);
            problems++;
        }
        for (size_t k = 0; k < found.n; k++)
            fprintf(stderr, "assure: %s\n", found.v[k]);
        problems += found.n;
        asr_strlist_free(&found);
    }
    for (size_t k = 0; k < fx.n; k++)
        if (asr_rules_find(&rs, fx.v[k].rule) < 0) {
            fprintf(stderr, "assure: %s:%ld: fixture '%s' names %s, which no rule declares\n",
                    fx.v[k].file, fx.v[k].line, fx.v[k].name, fx.v[k].rule);
            problems++;
        }
    printf("%zu %s in %zu rules and %zu fixtures\n", problems,
           problems == 1 ? "problem" : "problems", rs.n, fx.n);
    asr_strlist_free(&names);
    asr_fixtures_free(&fx);
    asr_ruleset_free(&rs);
    asr_errlist_free(&errs);
    asr_lua_free(h);
    return problems ? EXIT_FINDINGS : EXIT_OK;
}

/* `rules new ID`: a rule and its fixtures from a template, to fill in. */
static int rules_new(const char *id, const char *dir, const char *workstream)
{
    char lower[64];
    size_t n = strlen(id);
    if (n == 0 || n >= sizeof lower) {
        usage_error("rules new: '%s' is not a rule ID such as FD-URO-05", id);
        return EXIT_USAGE;
    }
    for (size_t i = 0; i <= n; i++) {
        char c = id[i];
        if (c && !((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) {
            usage_error(
                "rules new: '%s' is not a rule ID such as FD-URO-05 (capitals, digits, dashes)",
                id);
            return EXIT_USAGE;
        }
        lower[i] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
        fprintf(stderr, "assure: %s: cannot create the folder: %s\n", dir, strerror(errno));
        return EXIT_USAGE;
    }
    char rule[PATH_MAX], test[PATH_MAX], example[PATH_MAX];
    snprintf(rule, sizeof rule, "%s/%s.lua", dir, lower);
    snprintf(test, sizeof test, "%s/%s.test.lua", dir, lower);
    if (access(rule, F_OK) == 0 || access(test, F_OK) == 0) {
        fprintf(stderr, "assure: %s or %s already exists: not overwritten\n", rule, test);
        return EXIT_USAGE;
    }
    char rbuf[PATH_MAX + 16], real[PATH_MAX];
    const char *bundled = default_rules(rbuf, sizeof rbuf);
    snprintf(example, sizeof example, "%s/../samples/returns/ncl-q2.xml", bundled);
    if (realpath(example, real) != NULL)
        snprintf(example, sizeof example, "%s", real);
    FILE *f = fopen(rule, "wx");
    if (f == NULL) {
        fprintf(stderr, "assure: %s: cannot create: %s\n", rule, strerror(errno));
        return EXIT_USAGE;
    }
    fprintf(f,
            "-- %s: TODO one line on what this deliverable asks of an alliance.\n"
            "-- Read the planning-pack section first; see rules/README.md for the API.\n"
            "deliverable {\n"
            "  id = \"%s\", workstream = \"%s\", due = \"Q4\",\n"
            "  title = \"TODO the deliverable, as the planning pack words it\",\n"
            "  source = \"TODO Planning pack 2025/26: <section>\",\n"
            "  checks = \"TODO the pass/fail logic in plain words, with its exact figures\",\n"
            "  -- The shape: every listed item must meet something by the due quarter.\n"
            "  each = \"FasterDiagnosis/Urology/Provider\", subject = \"@code\",\n"
            "  on_track = \"linear\",\n"
            "  meets = function(p)\n"
            "    local n = p:int(\"@lampTrainedStaff\")\n"
            "    return n >= 1, p:attr(\"code\") .. \" has \" .. n\n"
            "  end,\n"
            "  say = {\n"
            "    pass = \"TODO what passing means\",\n"
            "    fail = { message = \"TODO {count} of {total} ...: {details}; all were due by "
            "{due}\",\n"
            "             prompt = \"TODO what {subjects} should write, in the pack's words\" },\n"
            "    [\"at-risk\"] = { message = \"TODO only {met} of {total} ...; {line} should by "
            "{quarter}\",\n"
            "                   prompt = \"TODO the recovery plan and dates for {subjects}\" },\n"
            "    [\"not-due\"] = \"TODO {met} of {total} ..., on track for {due}\",\n"
            "  },\n"
            "}\n",
            id, id, workstream);
    fclose(f);
    f = fopen(test, "wx");
    if (f == NULL) {
        fprintf(stderr, "assure: %s: cannot create: %s\n", test, strerror(errno));
        return EXIT_USAGE;
    }
    fprintf(
        f,
        "-- Fixtures for %s: each case is a return (the base, with edits) and the\n"
        "-- outcome and subjects the rule must give. Run: assure rules test %s\n"
        "fixtures {\n"
        "  rule = \"%s\",\n"
        "  base = \"%s\",\n"
        "  { name = \"the example return at Q2\", expect = \"not-due\", subjects = { \"RAP\", "
        "\"RKE\" } },\n"
        "  { name = \"at Q4 the providers without are a fail\", quarter = \"Q4\",\n"
        "    expect = \"fail\", subjects = { \"RAP\", \"RKE\" } },\n"
        "  { name = \"every provider trained passes\", expect = \"pass\",\n"
        "    edits = { { 'code=\"RAP\" fdsLowestQuartile=\"true\" lampTrainedStaff=\"0\"',\n"
        "                'code=\"RAP\" fdsLowestQuartile=\"true\" lampTrainedStaff=\"1\"' },\n"
        "              { 'code=\"RKE\" fdsLowestQuartile=\"false\" lampTrainedStaff=\"0\"',\n"
        "                'code=\"RKE\" fdsLowestQuartile=\"false\" lampTrainedStaff=\"2\"' } } },\n"
        "}\n",
        id, id, id, example);
    fclose(f);
    printf(
        "created %s and %s\nnext: fill in the TODOs, then run\n  assure rules test --rules %s %s\n"
        "  assure rules lint --rules %s\n",
        rule, test, dir, id, dir);
    return EXIT_OK;
}

static int cmd_rules(int argc, char **argv)
{
    const char *sub = NULL, *output = NULL, *workstream = "faster-diagnosis", *dir = NULL;
    asr_strlist given = {0}, args = {0};
    int rc = EXIT_OK;
    for (int i = 0; i < argc; i++) {
        const char *v;
        int missing = 0;
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            fputs(RULES_HELP, stdout);
            goto out;
        } else if ((v = opt_value(argc, argv, &i, "--rules", NULL, &missing))) {
            asr_strlist_push(&given, v);
        } else if ((v = opt_value(argc, argv, &i, "--output", "-o", &missing))) {
            output = v;
        } else if ((v = opt_value(argc, argv, &i, "--workstream", NULL, &missing))) {
            workstream = v;
        } else if ((v = opt_value(argc, argv, &i, "--dir", NULL, &missing))) {
            dir = v;
        } else if (missing) {
            usage_error("option %s needs a value", argv[i]);
            rc = EXIT_USAGE;
            goto out;
        } else if (argv[i][0] == '-') {
            usage_error("unknown option %s (see 'assure rules --help')", argv[i]);
            rc = EXIT_USAGE;
            goto out;
        } else if (sub == NULL) {
            sub = argv[i];
        } else {
            asr_strlist_push(&args, argv[i]);
        }
    }
    static const char *const subs[] = {"list", "show", "doc", "test", "lint", "new", NULL};
    int known = 0;
    for (int i = 0; subs[i] && sub; i++)
        known |= strcmp(sub, subs[i]) == 0;
    if (!known) {
        usage_error("rules needs list, show ID, doc, test [ID...], lint or new ID, not '%s'",
                    sub ? sub : "");
        rc = EXIT_USAGE;
        goto out;
    }
    if ((strcmp(sub, "show") == 0 || strcmp(sub, "new") == 0) && args.n != 1) {
        usage_error("rules %s needs one rule ID", sub);
        rc = EXIT_USAGE;
        goto out;
    }
    if (strcmp(sub, "test") != 0 && strcmp(sub, "show") != 0 && strcmp(sub, "new") != 0 && args.n) {
        usage_error("unexpected argument %s", args.v[0]);
        rc = EXIT_USAGE;
        goto out;
    }
    asr_strlist dirs = {0};
    rule_dirs(&given, &dirs);
    if (strcmp(sub, "new") == 0) {
        rc = rules_new(args.v[0], dir ? dir : dirs.v[dirs.n - 1], workstream);
        asr_strlist_free(&dirs);
        goto out;
    }
    if (strcmp(sub, "lint") == 0) {
        rc = rules_lint(&dirs);
        asr_strlist_free(&dirs);
        goto out;
    }
    asr_engine engine;
    if ((rc = open_engine(&engine, &given)) != 0) {
        asr_strlist_free(&dirs);
        goto out;
    }
    if (strcmp(sub, "list") == 0) {
        printf("%-10s  %-24s  %-5s  %-21s  %s\n", "ID", "WORKSTREAM", "DUE", "IN FORCE", "TITLE");
        printf("%-10s  %-24s  %-5s  %-21s  %s\n", "XML-02", "integrity", "every", "always",
               "The return is valid against the schema 1.0 XSD (built in)");
        for (size_t i = 0; i < engine.rules.n; i++) {
            const asr_rule *r = &engine.rules.v[i];
            char when[64];
            if (r->from || r->until)
                snprintf(when, sizeof when, "%s..%s", r->from ? r->from : "",
                         r->until ? r->until : "");
            else
                snprintf(when, sizeof when, "always");
            printf("%-10s  %-24s  %-5s  %-21s  %s\n", r->id, r->workstream, r->due, when, r->title);
        }
    } else if (strcmp(sub, "show") == 0) {
        long k = asr_rules_find(&engine.rules, args.v[0]);
        asr_err err;
        if (k < 0) {
            usage_error("no rule has the ID '%s' (see 'assure rules list')", args.v[0]);
            rc = EXIT_USAGE;
        }
        for (size_t i = 0; k >= 0 && i < engine.rules.n; i++)
            if (strcmp(engine.rules.v[i].id, args.v[0]) == 0 &&
                asr_rule_describe(engine.lua, &engine.rules.v[i], 0, stdout, &err) != 0) {
                fprintf(stderr, "assure: %s\n", err.message);
                rc = EXIT_RULES;
            }
    } else if (strcmp(sub, "test") == 0) {
        rc = rules_test(&engine, &dirs, &args);
    } else {
        rc = write_doc(&engine, output);
    }
    asr_engine_close(&engine);
    asr_strlist_free(&dirs);
out:
    asr_strlist_free(&given);
    asr_strlist_free(&args);
    return rc;
}

int asr_cli_main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(USAGE, stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        fputs(USAGE, stdout);
        fputs("\nassure checks Cancer Alliance quarterly returns against the 2025/26\n"
              "planning pack deliverables. 'assure check --help' for the options.\n",
              stdout);
        return EXIT_OK;
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        printf("assure %s\n", ASR_VERSION);
        return EXIT_OK;
    }
    if (strcmp(cmd, "check") == 0)
        return run_check(argc - 2, argv + 2, 0);
    if (strcmp(cmd, "summary") == 0)
        return run_check(argc - 2, argv + 2, 1);
    if (strcmp(cmd, "rules") == 0)
        return cmd_rules(argc - 2, argv + 2);
    usage_error("unknown command '%s'", cmd);
    return EXIT_USAGE;
}
