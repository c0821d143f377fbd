/* cli.c: the command line (cli-and-report.md): arguments (getopt_long),
 * dispatch and exit status. The work is the modules': the engine and the
 * batch (check.c, batch.c), reports (report_*.c, matrix.c), waivers, and
 * what `rules` does for a policy author (ruletools.c). */
#define _GNU_SOURCE
#include "asr_cli.h"

#include "asr_batch.h"
#include "asr_check.h"
#include "asr_dupes.h"
#include "asr_output.h"
#include "asr_report.h"
#include "asr_ruletools.h"
#include "asr_template.h"
#include "asr_waivers.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <libgen.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

enum { EXIT_OK = 0, EXIT_FINDINGS = 1, EXIT_USAGE = 2, EXIT_RULES = 3 };

/* ------------------------------------------------------------ helpers */

static void usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "assure: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n%s", ASR_USAGE);
}

/* The national catalogue when no --rules folder holds one: $ASSURE_RULES,
 * else the folder compiled in (paths.c: the repository's rules/ for the
 * build tree's binary, $(PREFIX)/share/assure/rules for the installed
 * one), never a guess from where the binary is. */
static const char *default_rules(void)
{
    const char *env = getenv("ASSURE_RULES");
    return env && *env ? env : asr_rules_dir;
}

/* The rule folders of a run: the national catalogue first (a --rules folder
 * holding catalogue.lua, else the bundled one), then every other --rules
 * folder in the order given. */
void asr_cli_rule_dirs(const asr_strlist *given, asr_strlist *out)
{
    char probe[PATH_MAX + 64];
    const char *national = NULL;
    for (size_t i = 0; i < given->n && !national; i++) {
        snprintf(probe, sizeof probe, "%s/%s", given->v[i], ASR_CATALOGUE_FILE);
        if (access(probe, F_OK) == 0)
            national = given->v[i];
    }
    asr_strlist_push(out, national ? national : default_rules());
    for (size_t i = 0; i < given->n; i++)
        if (given->v[i] != national)
            asr_strlist_push(out, given->v[i]);
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

/* Open an engine on dirs (from rule_dirs) with a region's tolerances file
 * (may be NULL); prints what is wrong. Returns 0 or EXIT_RULES. */
static int open_engine(asr_engine *e, const asr_strlist *dirs, const char *tolerances)
{
    asr_errlist errs = {0};
    if (asr_engine_open_tolerances(e, (const char *const *)dirs->v, dirs->n, tolerances, &errs) !=
        0) {
        print_errs(&errs);
        fprintf(stderr, "assure: the rule catalogue in %s%s failed to load\n", dirs->v[0],
                dirs->n > 1 ? " (and others)" : "");
        asr_errlist_free(&errs);
        return EXIT_RULES;
    }
    asr_errlist_free(&errs);
    return 0;
}

typedef struct opener {
    asr_engine *e;
    const asr_strlist *dirs;
    const char *tolerances;
    int rc;
} opener;

static void *open_one(void *p)
{
    opener *o = p;
    asr_errlist errs = {0};
    o->rc = asr_engine_open_tolerances(o->e, (const char *const *)o->dirs->v, o->dirs->n,
                                       o->tolerances, &errs);
    asr_errlist_free(&errs);
    return NULL;
}

/* Open one engine per worker: the first here, reporting any error in the
 * catalogue; the others at the same time on their own threads (they load
 * the same files, so they fail only if the first does, or memory runs
 * out); each with the CPU time a rule may take (rule_ms, 0 the default).
 * Returns 0 with all open, or -1 with none open and *status set. */
int asr_cli_open_engines(asr_engine *engines, int jobs, const asr_strlist *dirs,
                         const char *tolerances, long rule_ms, int *status)
{
    opener *ops = calloc((size_t)jobs, sizeof *ops);
    pthread_t *threads = calloc((size_t)jobs, sizeof *threads);
    int *started = calloc((size_t)jobs, sizeof *started);
    int rc0 = ops && threads && started ? 0 : EXIT_USAGE, failed = rc0 != 0;
    for (int j = 1; j < jobs && !failed; j++) {
        ops[j] = (opener){&engines[j], dirs, tolerances, -1};
        started[j] = pthread_create(&threads[j], NULL, open_one, &ops[j]) == 0;
    }
    if (!failed)
        failed = (rc0 = open_engine(&engines[0], dirs, tolerances)) != 0; /* prints what is wrong */
    for (int j = 1; j < jobs && ops && threads && started; j++) {
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
        for (int j = 1; j < jobs && ops; j++)
            if (ops[j].rc == 0)
                asr_engine_close(&engines[j]);
        *status = rc0 != 0 ? rc0 : EXIT_USAGE;
    }
    for (int j = 0; j < jobs && !failed; j++)
        asr_engine_set_rule_time(&engines[j], rule_ms);
    free(ops);
    free(threads);
    free(started);
    return failed ? -1 : 0;
}

/* ------------------------------------------------------------ check and summary */

typedef struct check_opts {
    const char *format, *output, *only, *workstream, *quarter, *fail_on, *history, *waivers, *jobs;
    const char *tolerances, *rule_time;
    asr_strlist rules; /* --rules, repeatable */
    asr_strlist inputs;
} check_opts;

/* Report a getopt error for argv's option just read; always EXIT_USAGE. */
static int option_error(int c, char **argv)
{
    const char *arg = argv[optind - 1];
    if (c == ':')
        usage_error("option %s needs a value", arg);
    else
        usage_error("unknown option %s (see --help)", arg);
    return EXIT_USAGE;
}

/* Parse check/summary options. Returns -1 to stop with *status set. */
static int parse_check(int argc, char **argv, check_opts *o, const char *help, int *status)
{
    static const struct option longs[] = {
        {"format", required_argument, 0, 'f'},
        {"output", required_argument, 0, 'o'},
        {"rules", required_argument, 0, 'r'},
        {"only", required_argument, 0, 'O'},
        {"workstream", required_argument, 0, 'w'},
        {"quarter", required_argument, 0, 'q'},
        {"fail-on", required_argument, 0, 'F'},
        {"history", required_argument, 0, 'H'},
        {"waivers", required_argument, 0, 'W'},
        {"jobs", required_argument, 0, 'j'},
        {"tolerances", required_argument, 0, 'T'},
        {"rule-time", required_argument, 0, 't'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    opterr = 0;
    optind = 0;
    for (int c; (c = getopt_long(argc, argv, ":ho:j:", longs, NULL)) != -1;) {
        switch (c) {
        case 'h':
            fputs(help, stdout);
            *status = EXIT_OK;
            return -1;
        case 'f': o->format = optarg; break;
        case 'o': o->output = optarg; break;
        case 'r': asr_strlist_push(&o->rules, optarg); break;
        case 'O': o->only = optarg; break;
        case 'w': o->workstream = optarg; break;
        case 'q': o->quarter = optarg; break;
        case 'F': o->fail_on = optarg; break;
        case 'H': o->history = optarg; break;
        case 'W': o->waivers = optarg; break;
        case 'j': o->jobs = optarg; break;
        case 'T': o->tolerances = optarg; break;
        case 't': o->rule_time = optarg; break;
        default: *status = option_error(c, argv); return -1;
        }
    }
    for (int i = optind; i < argc; i++)
        asr_strlist_push(&o->inputs, argv[i]);
    return 0;
}

/* What the emitter needs for each report. */
typedef struct emit_ctx {
    asr_writer *writer;   /* check: the report */
    asr_matrix_row *rows; /* summary: one row per return */
    size_t nrows;
    const asr_run_info *info;
    asr_waivers *waivers; /* apply records what each waiver matched */
    const char *today;
    asr_dupes dupes; /* each return's alliance, year and quarter */
    int failing, unreadable, write_error;
} emit_ctx;

static int emit(void *p, size_t index, asr_return_report *r)
{
    emit_ctx *c = p;
    if (r->readable && asr_dupes_add(&c->dupes, index, r->file, r->alliance_code, r->financial_year,
                                     r->quarter, r->submitted) != 0)
        c->write_error = 1;
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
    if (c->rows)
        c->rows[c->nrows - 1].index = index;
    asr_return_report_free(r);
    return c->write_error ? -1 : 0;
}

/* Everything a check or summary run holds, freed by run_free. */
typedef struct run {
    check_opts o;
    int summary;
    long jobs;
    long rule_ms; /* --rule-time, in ms (0: the default) */
    asr_strlist dirs, files, notes;
    asr_engine *engines;
    int nengines;
    asr_history history;
    asr_waivers waivers;
    asr_rule_list list;
    asr_rule_list known; /* with --waivers: every rule of the catalogue, not the selection */
    asr_run_info info;
    emit_ctx ctx;
    unsigned char *superseded; /* per file: another return for its alliance and quarter counts */
    int input_error;           /* a directory named held no return: the others are still checked */
    char when[32], today[11];
} run;

static void run_free(run *r)
{
    asr_dupes_free(&r->ctx.dupes);
    free(r->superseded);
    for (size_t i = 0; i < r->ctx.nrows; i++)
        asr_matrix_row_free(&r->ctx.rows[i]);
    free(r->ctx.rows);
    asr_rule_list_free(&r->list);
    asr_rule_list_free(&r->known);
    for (int j = 0; j < r->nengines; j++)
        asr_engine_close(&r->engines[j]);
    free(r->engines);
    asr_history_free(&r->history);
    asr_waivers_free(&r->waivers);
    asr_strlist_free(&r->notes);
    asr_strlist_free(&r->files);
    asr_strlist_free(&r->dirs);
    asr_strlist_free(&r->o.inputs);
    asr_strlist_free(&r->o.rules);
}

/* The options that need no catalogue: format, jobs, inputs (directories
 * expanded, the order given kept, each directory sorted). 0 or a status. */
static int check_args(run *r)
{
    const check_opts *o = &r->o;
    if (r->summary ? !(strcmp(o->format, "text") == 0 || strcmp(o->format, "csv") == 0 ||
                       strcmp(o->format, "html") == 0 || strcmp(o->format, "xlsx") == 0)
                   : !asr_format_known(o->format)) {
        fprintf(stderr, "assure: --format %s is not a format of %s: use %s\n", o->format,
                r->summary ? "summary" : "check",
                r->summary ? "text, csv, html or xlsx" : ASR_FORMATS);
        return EXIT_USAGE;
    }
    /* A workbook is binary: to a pipe or a file, never onto a terminal. */
    if (asr_format_is_file(o->format) && o->output == NULL && isatty(STDOUT_FILENO)) {
        fprintf(stderr,
                "assure: --format %s writes a binary workbook, which a terminal cannot show: "
                "give -o FILE.%s (or redirect stdout to a file)\n",
                o->format, o->format);
        return EXIT_USAGE;
    }
    r->jobs = sysconf(_SC_NPROCESSORS_ONLN);
    if (o->jobs) {
        char *end;
        r->jobs = strtol(o->jobs, &end, 10);
        if (*end || r->jobs < 1 || r->jobs > 256) {
            usage_error("--jobs %s: use a whole number from 1 to 256", o->jobs);
            return EXIT_USAGE;
        }
    }
    if (o->rule_time) {
        char *end;
        double s = strtod(o->rule_time, &end);
        if (end == o->rule_time || *end || !(s >= 0.1 && s <= 600)) {
            usage_error("--rule-time %s: give the seconds of CPU time a rule may take on one "
                        "return, from 0.1 to 600",
                        o->rule_time);
            return EXIT_USAGE;
        }
        r->rule_ms = (long)(s * 1000 + 0.5);
    }
    if (o->inputs.n == 0) {
        usage_error("%s", "give at least one return file or directory");
        return EXIT_USAGE;
    }
    for (size_t i = 0; i < o->inputs.n; i++) {
        struct stat st;
        size_t before = r->files.n;
        asr_err err;
        if (stat(o->inputs.v[i], &st) != 0 || !S_ISDIR(st.st_mode)) {
            asr_strlist_push(&r->files, o->inputs.v[i]);
        } else if (asr_list_files(o->inputs.v[i], ".xml", &r->files, &err) != 0) {
            fprintf(stderr, "assure: %s: %s\n", o->inputs.v[i], err.message);
            r->input_error = 1;
        } else if (r->files.n == before) {
            fprintf(stderr, "assure: %s: no *.xml returns found in this directory\n",
                    o->inputs.v[i]);
            r->input_error = 1;
        }
    }
    if ((size_t)r->jobs > r->files.n)
        r->jobs = r->files.n ? (long)r->files.n : 1;
    return 0;
}

void asr_cli_tolerance_notes(const asr_catalogue *cat, asr_strlist *notes)
{
    for (size_t i = 0; i < cat->ntolerances; i++) {
        const asr_tolerance *t = &cat->tolerances[i];
        char note[1400];
        if (t->set_by == NULL)
            continue;
        snprintf(
            note, sizeof note,
            "tolerance %s is %s in this run (the catalogue's default is %s), set by %s%s%.900s",
            t->name, t->value, t->default_value, t->set_by, t->reason ? ": " : "",
            t->reason ? t->reason : "");
        asr_strlist_push(notes, note);
    }
}

/* The options read with the catalogue: the selection, --quarter, --fail-on,
 * --history and --waivers, and the run's facts. 0 or a status. */
static int configure(run *r)
{
    const check_opts *o = &r->o;
    const asr_catalogue *cat = &r->engines[0].rules.cat;
    int q = 0;
    char quarter[8] = "";
    for (size_t i = 0; o->quarter && o->quarter[i] && i + 1 < sizeof quarter; i++)
        quarter[i] = (char)toupper((unsigned char)o->quarter[i]); /* --quarter q3 */
    if (o->quarter && (q = asr_catalogue_quarter(cat, quarter)) == 0) {
        usage_error("--quarter %s: use Q1, Q2, Q3 or Q4", o->quarter);
        return EXIT_USAGE;
    }
    r->info.fail_on = ASR_FAIL;
    r->info.fail_never = strcmp(o->fail_on, "never") == 0;
    if (!r->info.fail_never && (asr_outcome_parse(cat, o->fail_on, &r->info.fail_on) != 0 ||
                                (r->info.fail_on != ASR_FAIL && r->info.fail_on != ASR_MISSING &&
                                 r->info.fail_on != ASR_AT_RISK))) {
        usage_error("--fail-on %s: use fail, missing, at-risk or never", o->fail_on);
        return EXIT_USAGE;
    }
    if (o->history) {
        asr_errlist herrs = {0};
        int rc = asr_history_load(o->history, cat, &r->history, &herrs);
        for (size_t i = 0; i < herrs.n && rc == 0; i++) {
            char note[1600];
            snprintf(note, sizeof note, "history: %s: %s", herrs.v[i].file, herrs.v[i].message);
            asr_strlist_push(&r->notes, note);
        }
        if (rc != 0)
            print_errs(&herrs);
        asr_errlist_free(&herrs);
        if (rc != 0)
            return EXIT_USAGE;
    }
    for (int j = 0; j < r->nengines; j++) {
        asr_err err;
        if ((o->only || o->workstream) &&
            asr_engine_select(&r->engines[j], o->only, o->workstream, &err) != 0) {
            usage_error("%s", err.message);
            return EXIT_USAGE;
        }
        r->engines[j].quarter = q;
        r->engines[j].history = o->history ? &r->history : NULL;
    }
    if (asr_engine_rule_list(&r->engines[0], &r->list) != 0)
        return EXIT_USAGE;
    asr_engine_run_info(&r->engines[0], &r->list, &r->info);
    asr_cli_tolerance_notes(cat, &r->notes);
    return 0;
}

/* --waivers: read them, and note the expired ones and those naming no rule
 * of the catalogue. 0 or a status. */
static int load_waivers(run *r)
{
    asr_errlist werrs = {0};
    if (asr_waivers_load(r->o.waivers, &r->waivers, &werrs) != 0) {
        print_errs(&werrs);
        asr_errlist_free(&werrs);
        return EXIT_USAGE;
    }
    asr_errlist_free(&werrs);
    asr_engine all = r->engines[0]; /* the whole catalogue, not the selection */
    all.select = NULL;
    all.with_xml02 = 1;
    if (asr_engine_rule_list(&all, &r->known) != 0)
        return EXIT_USAGE;
    asr_waivers_notes(&r->waivers, r->known.ids, r->known.n, r->today, &r->notes);
    r->ctx.waivers = &r->waivers;
    return 0;
}

/* The notes only the whole run can give (the waivers that matched no
 * finding), added to the run's notes before the reports end (each writer
 * puts those it has not written yet at the end) and said on stderr. */
static int late_notes(run *r)
{
    size_t before = r->notes.n;
    /* Two returns for one alliance and quarter: the totals count one. */
    if ((r->superseded = calloc(r->files.n ? r->files.n : 1, 1)) == NULL ||
        asr_dupes_resolve(&r->ctx.dupes, "in this run",
                          r->summary ? "the summary shows and counts" : "the totals count",
                          r->summary ? "" : "; the findings of each are reported", r->superseded,
                          r->files.n, &r->notes) != 0)
        return -1;
    r->info.superseded = r->superseded;
    r->info.nsuperseded = r->files.n;
    if (r->ctx.waivers &&
        asr_waivers_unmatched(r->ctx.waivers, r->known.ids, r->known.n, r->info.rule_ids,
                              r->info.nrules, r->today, &r->notes) != 0)
        return -1;
    for (size_t i = before; i < r->notes.n; i++)
        fprintf(stderr, "assure: %s\n", r->notes.v[i]);
    r->info.notes = (const char *const *)r->notes.v;
    r->info.nnotes = r->notes.n;
    return 0;
}

/* Check every file and write the report or the summary. 0 or a status. */
static int execute(run *r)
{
    asr_output out;
    asr_err oerr = {0};
    /* A file format (xlsx) is the same workbook for check and summary. */
    int file = asr_format_is_file(r->o.format), matrix = r->summary && !file;
    if ((file ? asr_output_open_file : asr_output_open)(&out, r->o.output, &oerr) != 0) {
        fprintf(stderr, "assure: %s: %s\n", oerr.file, oerr.message);
        return EXIT_USAGE;
    }
    r->ctx.info = &r->info;
    r->ctx.today = r->today;
    int ok = 1;
    if (matrix)
        ok = (r->ctx.rows = calloc(r->files.n ? r->files.n : 1, sizeof *r->ctx.rows)) != NULL;
    else if (file)
        ok = (r->ctx.writer = asr_writer_new_at(r->o.format, out.tmp, &r->info)) != NULL;
    else
        ok = (r->ctx.writer = asr_writer_new(r->o.format, out.f, &r->info)) != NULL;
    int progress = isatty(STDERR_FILENO) && r->files.n > 1;
    if (ok && asr_batch_run(r->engines, (int)r->jobs, r->files.v, r->files.n, emit, &r->ctx,
                            progress) != 0)
        ok = 0;
    if (ok && late_notes(r) != 0)
        ok = 0;
    if (r->ctx.writer && asr_writer_end(r->ctx.writer) != 0)
        ok = 0;
    r->ctx.writer = NULL;
    if (ok && matrix) {
        /* One row per alliance, year and quarter: a superseded return's row
         * goes (the notes say which and why). */
        r->ctx.nrows = asr_matrix_keep_counted(r->ctx.rows, r->ctx.nrows, &r->info);
        asr_matrix_sort(r->ctx.rows, r->ctx.nrows);
        ok = asr_write_summary(r->o.format, out.f, &r->info, r->ctx.rows, r->ctx.nrows) == 0;
    }
    if (asr_output_close(&out, ok && !r->ctx.write_error, &oerr) != 0 || !ok ||
        r->ctx.write_error) {
        if (oerr.message[0])
            fprintf(stderr, "assure: %s: %s\n", oerr.file, oerr.message);
        return EXIT_USAGE;
    }
    return r->ctx.unreadable ? EXIT_USAGE : r->ctx.failing ? EXIT_FINDINGS : EXIT_OK;
}

static int run_check(int argc, char **argv, int summary)
{
    run r;
    memset(&r, 0, sizeof r);
    r.summary = summary;
    r.o.format = "text";
    r.o.fail_on = "fail";
    int status = EXIT_OK;
    if (parse_check(argc, argv, &r.o, summary ? ASR_SUMMARY_HELP : ASR_CHECK_HELP, &status) != 0) {
        run_free(&r);
        return status;
    }
    if ((status = check_args(&r)) != 0) {
        run_free(&r);
        return status;
    }
    asr_cli_rule_dirs(&r.o.rules, &r.dirs);
    if ((r.engines = calloc((size_t)r.jobs, sizeof *r.engines)) == NULL ||
        asr_cli_open_engines(r.engines, (int)r.jobs, &r.dirs, r.o.tolerances, r.rule_ms, &status) !=
            0) {
        run_free(&r);
        return r.engines ? status : EXIT_USAGE;
    }
    r.nengines = (int)r.jobs;
    if ((status = configure(&r)) == 0) {
        asr_err terr;
        if (asr_output_run_time(r.when, &terr) != 0) {
            fprintf(stderr, "assure: %s\n", terr.message);
            run_free(&r);
            return EXIT_USAGE;
        }
        r.info.run_time = r.when;
        r.info.version = ASR_VERSION;
        snprintf(r.today, sizeof r.today, "%.10s", r.when);
        if (!r.o.waivers || (status = load_waivers(&r)) == 0) {
            for (size_t i = 0; i < r.notes.n; i++)
                fprintf(stderr, "assure: %s\n", r.notes.v[i]);
            r.info.notes = (const char *const *)r.notes.v;
            r.info.nnotes = r.notes.n;
            const char *nc = getenv("NO_COLOR"), *term = getenv("TERM");
            r.info.colour = !r.o.output && !summary && isatty(fileno(stdout)) && !(nc && *nc) &&
                            term && strcmp(term, "dumb") != 0;
            status = execute(&r);
            if (status < EXIT_USAGE && r.input_error)
                status = EXIT_USAGE;
        }
    }
    run_free(&r);
    return status;
}

/* ------------------------------------------------------------ rules */

typedef struct rules_opts {
    const char *sub, *output, *workstream, *dir, *tolerances;
    asr_strlist given, args;
} rules_opts;

/* Parse `rules ...`: the subcommand, its arguments and options. Returns -1
 * to stop with *status set. */
static int parse_rules(int argc, char **argv, rules_opts *o, int *status)
{
    static const struct option longs[] = {
        {"rules", required_argument, 0, 'r'},
        {"output", required_argument, 0, 'o'},
        {"workstream", required_argument, 0, 'w'},
        {"dir", required_argument, 0, 'd'},
        {"tolerances", required_argument, 0, 'T'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    opterr = 0;
    optind = 0;
    int help = 0;
    for (int c; (c = getopt_long(argc, argv, ":ho:", longs, NULL)) != -1;) {
        switch (c) {
        case 'h': help = 1; break;
        case 'r': asr_strlist_push(&o->given, optarg); break;
        case 'o': o->output = optarg; break;
        case 'w': o->workstream = optarg; break;
        case 'd': o->dir = optarg; break;
        case 'T': o->tolerances = optarg; break;
        default: *status = option_error(c, argv); return -1;
        }
    }
    for (int i = optind; i < argc; i++) {
        if (o->sub == NULL)
            o->sub = argv[i];
        else
            asr_strlist_push(&o->args, argv[i]);
    }
    if (help) { /* the subcommand's own, or rules' */
        fputs(asr_rules_help(o->sub), stdout);
        *status = EXIT_OK;
        return -1;
    }
    static const char *const subs[] = {"list", "show", "doc", "test", "lint", "new", NULL};
    int known = 0;
    for (int i = 0; subs[i] && o->sub; i++)
        known |= strcmp(o->sub, subs[i]) == 0;
    *status = EXIT_USAGE;
    if (!known)
        usage_error("rules needs list, show ID, doc, test [ID...], lint or new ID, not '%s'",
                    o->sub ? o->sub : "");
    else if ((strcmp(o->sub, "show") == 0 || strcmp(o->sub, "new") == 0) && o->args.n != 1)
        usage_error("rules %s needs one rule ID", o->sub);
    else if (strcmp(o->sub, "test") != 0 && strcmp(o->sub, "show") != 0 &&
             strcmp(o->sub, "new") != 0 && o->args.n)
        usage_error("unexpected argument %s", o->args.v[0]);
    else
        return 0;
    return -1;
}

/* `rules new ID`: the files, and the commands to run next. */
static int rules_new(const rules_opts *o, const asr_strlist *dirs)
{
    const char *dir = o->dir ? o->dir : o->given.n ? o->given.v[o->given.n - 1] : "local";
    char example[PATH_MAX + 64], real[PATH_MAX], rule[PATH_MAX], test[PATH_MAX];
    snprintf(example, sizeof example, "%s/../samples/returns/ncl-q2.xml", dirs->v[0]);
    if (realpath(example, real) != NULL)
        snprintf(example, sizeof example, "%s", real);
    asr_err err;
    if (asr_rules_scaffold(o->args.v[0], dir, o->workstream ? o->workstream : "faster-diagnosis",
                           example, rule, test, &err) != 0) {
        print_errs(&(asr_errlist){&err, 1, 1});
        return EXIT_USAGE;
    }
    printf("created %s and %s\nnext: fill in the TODOs, then run\n"
           "  assure rules test --rules %s %s\n  assure rules lint --rules %s\n",
           rule, test, dir, o->args.v[0], dir);
    return EXIT_OK;
}

/* `rules doc [-o FILE]`. */
static int rules_doc(const asr_engine *e, const char *output)
{
    asr_output o;
    asr_err oerr = {0};
    if (asr_output_open(&o, output, &oerr) != 0) {
        fprintf(stderr, "assure: %s: %s\n", oerr.file, oerr.message);
        return EXIT_USAGE;
    }
    asr_err err;
    int rc = asr_rules_doc(e, o.f, &err) == 0 ? EXIT_OK : EXIT_RULES;
    if (rc != EXIT_OK)
        fprintf(stderr, "assure: %s\n", err.message);
    if (asr_output_close(&o, rc == EXIT_OK, &oerr) != 0) {
        if (oerr.message[0])
            fprintf(stderr, "assure: %s: %s\n", oerr.file, oerr.message);
        if (rc == EXIT_OK)
            rc = EXIT_USAGE;
    }
    return rc;
}

static int cmd_rules(int argc, char **argv)
{
    rules_opts o = {0};
    asr_strlist dirs = {0};
    int rc = EXIT_OK;
    if (parse_rules(argc, argv, &o, &rc) != 0)
        goto out;
    asr_cli_rule_dirs(&o.given, &dirs);
    const char *const *dv = (const char *const *)dirs.v;
    if (strcmp(o.sub, "new") == 0) {
        rc = rules_new(&o, &dirs);
    } else if (strcmp(o.sub, "lint") == 0) {
        rc = asr_rules_lint(dv, dirs.n, stdout, stderr) ? EXIT_FINDINGS : EXIT_OK;
    } else {
        asr_engine engine;
        if ((rc = open_engine(&engine, &dirs, o.tolerances)) != 0)
            goto out;
        asr_err err;
        if (strcmp(o.sub, "list") == 0) {
            asr_rules_list(&engine, stdout);
        } else if (strcmp(o.sub, "show") == 0) {
            if (asr_rules_show(&engine, o.args.v[0], stdout, &err) != 0) {
                usage_error("%s", err.message);
                rc = EXIT_USAGE;
            }
        } else if (strcmp(o.sub, "test") == 0) {
            rc =
                asr_rules_test(&engine, dv, dirs.n, (const char *const *)o.args.v, o.args.n, stdout)
                    ? EXIT_FINDINGS
                    : EXIT_OK;
        } else {
            rc = rules_doc(&engine, o.output);
        }
        asr_engine_close(&engine);
    }
out:
    asr_strlist_free(&dirs);
    asr_strlist_free(&o.given);
    asr_strlist_free(&o.args);
    return rc;
}

/* ------------------------------------------------------------ template */

typedef struct template_opts {
    const char *alliance, *year, *quarter, *version, *output;
    asr_strlist given;
} template_opts;

static int parse_template(int argc, char **argv, template_opts *o, int *status)
{
    static const struct option longs[] = {
        {"alliance", required_argument, 0, 'a'}, {"year", required_argument, 0, 'y'},
        {"quarter", required_argument, 0, 'q'},  {"version", required_argument, 0, 'v'},
        {"output", required_argument, 0, 'o'},   {"rules", required_argument, 0, 'r'},
        {"help", no_argument, 0, 'h'},           {0, 0, 0, 0},
    };
    opterr = 0;
    optind = 0;
    for (int c; (c = getopt_long(argc, argv, ":ho:", longs, NULL)) != -1;) {
        switch (c) {
        case 'h':
            fputs(ASR_TEMPLATE_HELP, stdout);
            *status = EXIT_OK;
            return -1;
        case 'a': o->alliance = optarg; break;
        case 'y': o->year = optarg; break;
        case 'q': o->quarter = optarg; break;
        case 'v': o->version = optarg; break;
        case 'o': o->output = optarg; break;
        case 'r': asr_strlist_push(&o->given, optarg); break;
        default: *status = option_error(c, argv); return -1;
        }
    }
    if (optind < argc) {
        usage_error("template: unexpected argument %s", argv[optind]);
        *status = EXIT_USAGE;
        return -1;
    }
    return 0;
}

/* Today's financial year and quarter in the calendar (by the run time), or
 * the calendar's last. -1 (said on stderr) when the run time is not one. */
static int today_period(const asr_catalogue *cat, const char **year, const char **quarter)
{
    char now[32];
    asr_err terr;
    if (asr_output_run_time(now, &terr) != 0) {
        fprintf(stderr, "assure: %s\n", terr.message);
        return -1;
    }
    const asr_year *y = &cat->years[cat->nyears - 1];
    int q = 0;
    for (size_t i = 0; i < cat->nyears; i++)
        for (int k = 0; k < 4; k++)
            if (strncmp(now, cat->years[i].q[k].starts, 10) >= 0 &&
                strncmp(now, cat->years[i].q[k].ends, 10) <= 0) {
                y = &cat->years[i];
                q = k;
            }
    if (!*year)
        *year = y->name;
    if (!*quarter)
        *quarter = y->q[q].name;
    return 0;
}

static int cmd_template(int argc, char **argv)
{
    template_opts o = {0};
    asr_strlist dirs = {0};
    asr_engine e;
    int rc = EXIT_OK, open = 0;
    if (parse_template(argc, argv, &o, &rc) != 0)
        goto out;
    asr_cli_rule_dirs(&o.given, &dirs);
    if ((rc = open_engine(&e, &dirs, NULL)) != 0)
        goto out;
    open = 1;
    const asr_catalogue *cat = &e.rules.cat;
    long v = o.version ? asr_catalogue_schema(cat, o.version) : (long)cat->nschemas - 1;
    char known[256];
    if (v < 0) {
        usage_error("template: no schema version '%s'", o.version);
        fprintf(stderr, "assure: the catalogue knows %s\n",
                asr_catalogue_list(cat, 0, "and", known, sizeof known));
        rc = EXIT_USAGE;
        goto out;
    }
    if (today_period(cat, &o.year, &o.quarter) != 0) {
        rc = EXIT_USAGE;
        goto out;
    }
    asr_template_opts t = {cat->schemas[v].version, o.alliance, o.year, o.quarter};
    asr_output out;
    asr_err err, oerr = {0};
    if (asr_output_open(&out, o.output, &oerr) != 0) {
        fprintf(stderr, "assure: %s: %s\n", oerr.file, oerr.message);
        rc = EXIT_USAGE;
        goto out;
    }
    int ok = asr_template_write(cat->schemas[v].xsd, &t, out.f, &err) == 0;
    if (!ok)
        fprintf(stderr, "assure: %s: %s\n", err.file, err.message);
    if (asr_output_close(&out, ok, &oerr) != 0 || !ok) {
        if (oerr.message[0])
            fprintf(stderr, "assure: %s: %s\n", oerr.file, oerr.message);
        rc = EXIT_USAGE;
    }
out:
    if (open)
        asr_engine_close(&e);
    asr_strlist_free(&dirs);
    asr_strlist_free(&o.given);
    return rc;
}

/* ------------------------------------------------------------ serve */

/* `assure serve` is the program assure-serve beside this one (built with
 * it): the server links libmicrohttpd, which brings GnuTLS, whose start-up
 * would add 7 to 9 ms to every `assure check` (measured: a program linked
 * with it takes 10 to 14 ms to run nothing, 3 to 4 ms without). So this
 * binary does not link it, and hands the command over. */
static int cmd_serve(char **argv)
{
    char exe[PATH_MAX], path[PATH_MAX + 16];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) {
        fprintf(stderr, "assure: serve: cannot find where assure is: %s\n", strerror(errno));
        return EXIT_USAGE;
    }
    exe[n] = '\0';
    snprintf(path, sizeof path, "%s/assure-serve", dirname(exe));
    execv(path, argv); /* argv[0] is "serve": messages say "assure serve" */
    fprintf(stderr,
            "assure: serve: cannot start %s: %s (it is built beside assure by make; "
            "libmicrohttpd is needed)\n",
            path, strerror(errno));
    return EXIT_USAGE;
}

int asr_cli_main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(ASR_USAGE, stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        fputs(ASR_USAGE, stdout);
        fputs(ASR_HELP, stdout);
        return EXIT_OK;
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        printf("assure %s\n", ASR_VERSION);
        return EXIT_OK;
    }
    /* Each command parses its own arguments, with its name as argv[0]. */
    if (strcmp(cmd, "check") == 0)
        return run_check(argc - 1, argv + 1, 0);
    if (strcmp(cmd, "summary") == 0)
        return run_check(argc - 1, argv + 1, 1);
    if (strcmp(cmd, "rules") == 0)
        return cmd_rules(argc - 1, argv + 1);
    if (strcmp(cmd, "template") == 0)
        return cmd_template(argc - 1, argv + 1);
    if (strcmp(cmd, "serve") == 0)
        return cmd_serve(argv + 1);
    usage_error("unknown command '%s'", cmd);
    return EXIT_USAGE;
}
