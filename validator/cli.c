/* cli.c: `assure check` and `assure rules list|show`: argument parsing,
 * input discovery, running the engine, writing reports atomically, exit
 * status. */
#define _GNU_SOURCE
#include "asr_cli.h"

#include "asr_check.h"
#include "asr_report.h"

#include <dirent.h>
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef ASR_RULES_DIR
#define ASR_RULES_DIR "rules"
#endif

enum { EXIT_OK = 0, EXIT_FINDINGS = 1, EXIT_USAGE = 2, EXIT_RULES = 3 };

static const char USAGE[] =
    "usage: assure check [options] RETURN.xml|DIR ...\n"
    "       assure rules list|show ID [--rules DIR]\n"
    "       assure --help | --version\n";

static const char CHECK_HELP[] =
    "usage: assure check [options] RETURN.xml|DIR ...\n"
    "\n"
    "Check quarterly returns against the 2025/26 deliverable catalogue. A DIR\n"
    "means every *.xml file below it.\n"
    "\n"
    "options:\n"
    "  --format text|json     report format (default text; colour on a terminal only)\n"
    "  -o, --output FILE      write the report to FILE instead of stdout\n"
    "  --rules DIR            rule catalogue (default: the bundled one)\n"
    "  --only ID[,ID...]      run only these rules\n"
    "  --workstream NAME      run only this workstream's rules\n"
    "  --quarter Q1..Q4       judge every return as if at that quarter\n"
    "  --fail-on fail|missing|at-risk|never\n"
    "                         lowest outcome that makes the exit status 1 (default fail)\n"
    "  -h, --help             this help\n"
    "\n"
    "exit status: 0 nothing at or above --fail-on; 1 something is; 2 usage error\n"
    "or a return that could not be read (the others are still checked); 3 a rule\n"
    "script failed to load.\n";

static const char RULES_HELP[] =
    "usage: assure rules list [--rules DIR]            ID, workstream, due quarter and title of each rule\n"
    "       assure rules show ID [--rules DIR]         one rule as a user sees it\n"
    "       assure rules doc [-o FILE] [--rules DIR]   the whole catalogue as Markdown\n";

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

typedef struct strlist {
    char **v;
    size_t n, cap;
} strlist;

static int sl_push(strlist *l, const char *s)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        char **v = realloc(l->v, cap * sizeof *v);
        if (v == NULL)
            return -1;
        l->v = v;
        l->cap = cap;
    }
    if ((l->v[l->n] = strdup(s)) == NULL)
        return -1;
    l->n++;
    return 0;
}

static void sl_free(strlist *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every *.xml below dir, sorted, into out. */
static int collect_xml(const char *dir, int depth, strlist *out)
{
    if (depth > 32)
        return 0;
    DIR *d = opendir(dir);
    if (d == NULL)
        return -1;
    strlist here = {0};
    struct dirent *ent;
    while ((ent = readdir(d)) != NULL) {
        if (ent->d_name[0] == '.')
            continue;
        char path[PATH_MAX];
        if (snprintf(path, sizeof path, "%s/%s", dir, ent->d_name) >= (int)sizeof path)
            continue;
        sl_push(&here, path);
    }
    closedir(d);
    if (here.n > 0)
        qsort(here.v, here.n, sizeof *here.v, cmp_str);
    for (size_t i = 0; i < here.n; i++) {
        struct stat st;
        if (stat(here.v[i], &st) != 0) {
            sl_push(out, here.v[i]); /* reported as unreadable */
            continue;
        }
        size_t len = strlen(here.v[i]);
        if (S_ISDIR(st.st_mode))
            collect_xml(here.v[i], depth + 1, out);
        else if (len > 4 && strcmp(here.v[i] + len - 4, ".xml") == 0)
            sl_push(out, here.v[i]);
    }
    sl_free(&here);
    return 0;
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

/* Open the engine on the rules dir; prints problems. Returns 0 or an exit status. */
static int open_engine(asr_engine *e, const char *rules)
{
    asr_errlist errs = {0};
    if (asr_engine_open(e, rules, &errs) != 0) {
        print_errs(&errs);
        fprintf(stderr, "assure: the rule catalogue in %s failed to load\n", rules);
        asr_errlist_free(&errs);
        return EXIT_RULES;
    }
    asr_errlist_free(&errs);
    return 0;
}

/* ------------------------------------------------------------ check */

/* Write the report to stdout or to output. A regular file (or a new one) is
 * written atomically: to a temporary file beside it, then renamed over it,
 * so a failed run never leaves half a report. Anything else (/dev/null, a
 * pipe, a terminal) is written in place: renaming over it would replace it. */
static int write_report(const char *format, const char *output, const asr_run *run)
{
    FILE *out = stdout;
    char tmp[PATH_MAX];
    int colour = 0, atomic = 0;
    if (output) {
        struct stat st;
        atomic = stat(output, &st) != 0 || S_ISREG(st.st_mode);
        if (atomic) {
            if (snprintf(tmp, sizeof tmp, "%s.tmp-XXXXXX", output) >= (int)sizeof tmp) {
                fprintf(stderr, "assure: %s: path too long\n", output);
                return -1;
            }
            int fd = mkstemp(tmp);
            if (fd < 0 || (out = fdopen(fd, "w")) == NULL) {
                fprintf(stderr, "assure: %s: cannot write: %s\n", output, strerror(errno));
                if (fd >= 0) {
                    close(fd);
                    unlink(tmp);
                }
                return -1;
            }
        } else if ((out = fopen(output, "w")) == NULL) {
            fprintf(stderr, "assure: %s: cannot write: %s\n", output, strerror(errno));
            return -1;
        }
    } else {
        const char *nc = getenv("NO_COLOR");
        const char *term = getenv("TERM");
        colour = isatty(fileno(stdout)) && !(nc && *nc) && term && strcmp(term, "dumb") != 0;
    }
    int rc = strcmp(format, "json") == 0 ? asr_write_json(out, run) : asr_write_text(out, run, colour);
    if (output) {
        if (fflush(out) != 0 || (atomic && fsync(fileno(out)) != 0))
            rc = -1;
        if (fclose(out) != 0)
            rc = -1;
        if (atomic && rc == 0 && rename(tmp, output) != 0)
            rc = -1;
        if (rc != 0)
            fprintf(stderr, "assure: %s: cannot write: %s\n", output, strerror(errno));
        if (atomic && rc != 0)
            unlink(tmp);
        else if (atomic)
            chmod(output, 0644);
    } else if (fflush(stdout) != 0) {
        rc = -1;
    }
    return rc;
}

static int cmd_check(int argc, char **argv)
{
    const char *format = "text", *output = NULL, *rules = NULL, *only = NULL,
               *workstream = NULL, *quarter = NULL, *fail_on = "fail";
    strlist inputs = {0};
    int status = EXIT_OK, rc;
    for (int i = 0; i < argc; i++) {
        const char *v;
        int missing = 0;
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            fputs(CHECK_HELP, stdout);
            sl_free(&inputs);
            return EXIT_OK;
        } else if ((v = opt_value(argc, argv, &i, "--format", NULL, &missing)))
            format = v;
        else if ((v = opt_value(argc, argv, &i, "--output", "-o", &missing)))
            output = v;
        else if ((v = opt_value(argc, argv, &i, "--rules", NULL, &missing)))
            rules = v;
        else if ((v = opt_value(argc, argv, &i, "--only", NULL, &missing)))
            only = v;
        else if ((v = opt_value(argc, argv, &i, "--workstream", NULL, &missing)))
            workstream = v;
        else if ((v = opt_value(argc, argv, &i, "--quarter", NULL, &missing)))
            quarter = v;
        else if ((v = opt_value(argc, argv, &i, "--fail-on", NULL, &missing)))
            fail_on = v;
        else if (missing) {
            usage_error("option %s needs a value", argv[i]);
            sl_free(&inputs);
            return EXIT_USAGE;
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            usage_error("unknown option %s (see 'assure check --help')", argv[i]);
            sl_free(&inputs);
            return EXIT_USAGE;
        } else {
            sl_push(&inputs, argv[i]);
        }
    }
    if (strcmp(format, "text") != 0 && strcmp(format, "json") != 0) {
        usage_error("--format %s is not available: use text or json", format);
        sl_free(&inputs);
        return EXIT_USAGE;
    }
    int q = 0;
    if (quarter) {
        if (strlen(quarter) != 2 || quarter[0] != 'Q' || quarter[1] < '1' || quarter[1] > '4') {
            usage_error("--quarter %s: use Q1, Q2, Q3 or Q4", quarter);
            sl_free(&inputs);
            return EXIT_USAGE;
        }
        q = quarter[1] - '0';
    }
    asr_outcome threshold = ASR_FAIL;
    int never = strcmp(fail_on, "never") == 0;
    if (!never && (asr_outcome_parse(fail_on, &threshold) != 0 ||
                   (threshold != ASR_FAIL && threshold != ASR_MISSING && threshold != ASR_AT_RISK))) {
        usage_error("--fail-on %s: use fail, missing, at-risk or never", fail_on);
        sl_free(&inputs);
        return EXIT_USAGE;
    }
    if (inputs.n == 0) {
        usage_error("%s", "check needs at least one return file or directory");
        sl_free(&inputs);
        return EXIT_USAGE;
    }

    char rbuf[PATH_MAX + 16];
    if (rules == NULL)
        rules = default_rules(rbuf, sizeof rbuf);
    asr_engine engine;
    if ((rc = open_engine(&engine, rules)) != 0) {
        sl_free(&inputs);
        return rc;
    }
    asr_err err;
    if ((only || workstream) && asr_engine_select(&engine, only, workstream, &err) != 0) {
        usage_error("%s", err.message);
        asr_engine_close(&engine);
        sl_free(&inputs);
        return EXIT_USAGE;
    }
    engine.quarter = q;

    /* Expand directories; keep the order given, each directory sorted. */
    strlist files = {0};
    for (size_t i = 0; i < inputs.n; i++) {
        struct stat st;
        if (stat(inputs.v[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            size_t before = files.n;
            if (collect_xml(inputs.v[i], 0, &files) != 0) {
                fprintf(stderr, "assure: %s: cannot read directory: %s\n", inputs.v[i], strerror(errno));
                status = EXIT_USAGE;
            } else if (files.n == before) {
                fprintf(stderr, "assure: %s: no *.xml returns found in this directory\n", inputs.v[i]);
                status = EXIT_USAGE;
            }
        } else {
            sl_push(&files, inputs.v[i]);
        }
    }

    asr_run run = {ASR_VERSION, engine.rules.version, NULL, 0};
    run.returns = calloc(files.n ? files.n : 1, sizeof *run.returns);
    if (run.returns == NULL) {
        fprintf(stderr, "assure: out of memory\n");
        status = EXIT_USAGE;
        goto done;
    }
    int findings_hit = 0;
    for (size_t i = 0; i < files.n; i++) {
        asr_return_report *r = &run.returns[run.n++];
        if (asr_engine_check(&engine, files.v[i], r) != 0) {
            fprintf(stderr, "assure: %s: out of memory\n", files.v[i]);
            status = EXIT_USAGE;
            continue;
        }
        if (!r->readable) {
            /* One line on stderr too, so a piped report still shows it. */
            const asr_err *e = &r->errors.v[0];
            if (e->line > 0 && e->column > 0)
                fprintf(stderr, "assure: %s:%ld:%d: %s\n", r->file, e->line, e->column, e->message);
            else if (e->line > 0)
                fprintf(stderr, "assure: %s:%ld: %s\n", r->file, e->line, e->message);
            else
                fprintf(stderr, "assure: %s: %s\n", r->file, e->message);
            status = EXIT_USAGE;
        }
        for (size_t k = 0; k < r->nfindings && !never; k++)
            if (r->findings[k].outcome >= threshold)
                findings_hit = 1;
    }
    if (write_report(format, output, &run) != 0)
        status = EXIT_USAGE;
    else if (status == EXIT_OK && findings_hit)
        status = EXIT_FINDINGS;

done:
    for (size_t i = 0; i < run.n; i++)
        asr_return_report_free(&run.returns[i]);
    free(run.returns);
    sl_free(&files);
    sl_free(&inputs);
    asr_engine_close(&engine);
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
    FILE *out = output ? fopen(output, "w") : stdout;
    if (out == NULL) {
        fprintf(stderr, "assure: %s: cannot write: %s\n", output, strerror(errno));
        return EXIT_USAGE;
    }
    fprintf(out, "# The assure rule catalogue\n\n"
                 "Generated by `assure rules doc` from the rules themselves (rule set %s, "
                 "assure %s), so it always says what assure checks. Each rule gives one "
                 "outcome per return: pass, fail, missing, at-risk, not-due, not-applicable "
                 "(or error if the rule itself fails). Where a rule goes through several "
                 "providers or items, the worst outcome counts, in the order error > fail > "
                 "missing > at-risk > not-due > pass > not-applicable.\n\n",
            e->rules.version, ASR_VERSION);
    fprintf(out, "| ID | deliverable | due |\n|---|---|---|\n");
    fprintf(out, "| XML-02 | The return is valid against the schema 1.0 XSD (built in) | every |\n");
    for (size_t i = 0; i < e->rules.n; i++)
        fprintf(out, "| %s | %s | %s |\n", e->rules.v[i].id, e->rules.v[i].title, e->rules.v[i].due);
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
    if (output && fclose(out) != 0) {
        fprintf(stderr, "assure: %s: cannot write: %s\n", output, strerror(errno));
        rc = EXIT_USAGE;
    }
    return rc;
}

static int cmd_rules(int argc, char **argv)
{
    const char *rules = NULL, *sub = NULL, *id = NULL, *output = NULL;
    for (int i = 0; i < argc; i++) {
        const char *v;
        int missing = 0;
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            fputs(RULES_HELP, stdout);
            return EXIT_OK;
        } else if ((v = opt_value(argc, argv, &i, "--rules", NULL, &missing))) {
            rules = v;
        } else if ((v = opt_value(argc, argv, &i, "--output", "-o", &missing))) {
            output = v;
        } else if (missing) {
            usage_error("option %s needs a value", argv[i]);
            return EXIT_USAGE;
        } else if (argv[i][0] == '-') {
            usage_error("unknown option %s (see 'assure rules --help')", argv[i]);
            return EXIT_USAGE;
        } else if (sub == NULL) {
            sub = argv[i];
        } else if (id == NULL) {
            id = argv[i];
        } else {
            usage_error("unexpected argument %s", argv[i]);
            return EXIT_USAGE;
        }
    }
    if (sub == NULL || (strcmp(sub, "list") != 0 && strcmp(sub, "show") != 0 &&
                        strcmp(sub, "doc") != 0)) {
        usage_error("rules needs list, show ID or doc, not '%s'", sub ? sub : "");
        return EXIT_USAGE;
    }
    if (strcmp(sub, "show") == 0 && id == NULL) {
        usage_error("%s", "rules show needs a rule ID");
        return EXIT_USAGE;
    }
    char rbuf[PATH_MAX + 16];
    if (rules == NULL)
        rules = default_rules(rbuf, sizeof rbuf);
    asr_engine engine;
    int rc = open_engine(&engine, rules);
    if (rc != 0)
        return rc;
    if (strcmp(sub, "list") == 0) {
        printf("%-10s  %-24s  %-5s  %s\n", "ID", "WORKSTREAM", "DUE", "TITLE");
        printf("%-10s  %-24s  %-5s  %s\n", "XML-02", "integrity", "every",
               "The return is valid against the schema 1.0 XSD (built in)");
        for (size_t i = 0; i < engine.rules.n; i++) {
            const asr_rule *r = &engine.rules.v[i];
            printf("%-10s  %-24s  %-5s  %s\n", r->id, r->workstream, r->due, r->title);
        }
    } else if (strcmp(sub, "show") == 0) {
        long k = asr_rules_find(&engine.rules, id);
        asr_err err;
        if (k < 0) {
            usage_error("no rule has the ID '%s' (see 'assure rules list')", id);
            rc = EXIT_USAGE;
        } else if (asr_rule_describe(engine.lua, &engine.rules.v[k], 0, stdout, &err) != 0) {
            fprintf(stderr, "assure: %s\n", err.message);
            rc = EXIT_RULES;
        }
    } else {
        rc = write_doc(&engine, output);
    }
    asr_engine_close(&engine);
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
              "planning pack deliverables. 'assure check --help' for the options.\n", stdout);
        return EXIT_OK;
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        printf("assure %s\n", ASR_VERSION);
        return EXIT_OK;
    }
    if (strcmp(cmd, "check") == 0)
        return cmd_check(argc - 2, argv + 2);
    if (strcmp(cmd, "rules") == 0)
        return cmd_rules(argc - 2, argv + 2);
    usage_error("unknown command '%s'", cmd);
    return EXIT_USAGE;
}
