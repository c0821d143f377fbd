/* test_output.c: where a report goes (asr_output): a new file gets what the
 * umask allows and an existing one keeps its mode, a symbolic link is
 * written through (and a link to nothing refused, naming it), a failed run
 * leaves the old report and no temporary file, and a signal that ends the
 * run removes the temporary file (issue 16, item 10). And the run's time
 * stamp: $SOURCE_DATE_EPOCH exactly, or an error (item 11). Each Criterion
 * test runs in its own process, so umask and environment changes stay in it. */
#define _GNU_SOURCE
#include "asr_output.h"

#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

TestSuite(output);

static char dir[64];

static void fresh_dir(void)
{
    snprintf(dir, sizeof dir, "/tmp/assure-out-XXXXXX");
    cr_assert_not_null(mkdtemp(dir));
}

static void rm_dir(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    cr_expect_eq(system(cmd), 0);
}

/* dir/name in a static buffer (two at a time). */
static const char *in_dir(const char *name)
{
    static char buf[2][PATH_MAX];
    static int k;
    k ^= 1;
    snprintf(buf[k], sizeof buf[k], "%s/%s", dir, name);
    return buf[k];
}

static void write_text(const char *path, const char *text, mode_t mode)
{
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f, "%s", path);
    fputs(text, f);
    fclose(f);
    cr_assert_eq(chmod(path, mode), 0);
}

static char *read_text(const char *path)
{
    static char buf[256];
    FILE *f = fopen(path, "r");
    if (f == NULL)
        return NULL;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

static int mode_of(const char *path)
{
    struct stat st;
    cr_assert_eq(stat(path, &st), 0, "%s", path);
    return (int)(st.st_mode & 07777);
}

/* How many entries of dir hold ".tmp-". */
static int temporaries(void)
{
    DIR *d = opendir(dir);
    cr_assert_not_null(d);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        n += strstr(e->d_name, ".tmp-") != NULL;
    closedir(d);
    return n;
}

/* Write text to path through asr_output; returns close's result. */
static int report(const char *path, const char *text, int ok)
{
    asr_output o;
    asr_err err = {0};
    cr_assert_eq(asr_output_open(&o, path, &err), 0, "%s", err.message);
    fputs(text, o.f);
    return asr_output_close(&o, ok, &err);
}

/* A new file: 0666 less the umask (mkstemp's 0600 was made 0644 always). */
Test(output, new_file_respects_the_umask)
{
    fresh_dir();
    umask(077);
    cr_expect_eq(report(in_dir("a.json"), "{}", 1), 0);
    cr_expect_eq(mode_of(in_dir("a.json")), 0600, "got %o", mode_of(in_dir("a.json")));
    umask(002);
    cr_expect_eq(report(in_dir("b.json"), "{}", 1), 0);
    cr_expect_eq(mode_of(in_dir("b.json")), 0664, "got %o", mode_of(in_dir("b.json")));
    cr_expect_eq(temporaries(), 0);
    rm_dir();
}

/* An existing file keeps its mode (a 0600 report stayed private, not 0644). */
Test(output, existing_file_keeps_its_mode)
{
    fresh_dir();
    umask(022);
    write_text(in_dir("r.json"), "old", 0600);
    cr_expect_eq(report(in_dir("r.json"), "new", 1), 0);
    cr_expect_str_eq(read_text(in_dir("r.json")), "new");
    cr_expect_eq(mode_of(in_dir("r.json")), 0600, "got %o", mode_of(in_dir("r.json")));
    write_text(in_dir("s.json"), "old", 0640);
    cr_expect_eq(report(in_dir("s.json"), "new", 1), 0);
    cr_expect_eq(mode_of(in_dir("s.json")), 0640, "got %o", mode_of(in_dir("s.json")));
    rm_dir();
}

/* A symbolic link is written through: the link stays a link, its target
 * gets the report (it was replaced by a regular file). */
Test(output, symlink_is_written_through)
{
    fresh_dir();
    cr_assert_eq(mkdir(in_dir("reports"), 0755), 0);
    write_text(in_dir("reports/q2.json"), "old", 0600);
    cr_assert_eq(symlink("reports/q2.json", in_dir("latest.json")), 0);
    cr_expect_eq(report(in_dir("latest.json"), "new", 1), 0);
    struct stat st;
    cr_assert_eq(lstat(in_dir("latest.json"), &st), 0);
    cr_expect(S_ISLNK(st.st_mode), "the link was replaced");
    cr_expect_str_eq(read_text(in_dir("reports/q2.json")), "new");
    cr_expect_eq(mode_of(in_dir("reports/q2.json")), 0600);
    rm_dir();
}

/* A link to nothing is refused with a message that says so; nothing is
 * created. */
Test(output, dangling_symlink_is_refused)
{
    fresh_dir();
    cr_assert_eq(symlink("nowhere.json", in_dir("latest.json")), 0);
    asr_output o;
    asr_err err = {0};
    cr_expect_eq(asr_output_open(&o, in_dir("latest.json"), &err), -1);
    cr_expect_str_eq(err.file, in_dir("latest.json"));
    cr_expect_not_null(strstr(err.message, "symbolic link to a file that does not exist"), "%s",
                       err.message);
    cr_expect_null(read_text(in_dir("nowhere.json")));
    cr_expect_eq(temporaries(), 0);
    rm_dir();
}

/* A run that failed (ok = 0) leaves the old report and no temporary file. */
Test(output, failed_run_keeps_the_old_report)
{
    fresh_dir();
    write_text(in_dir("r.json"), "old", 0644);
    cr_expect_eq(report(in_dir("r.json"), "half", 0), -1);
    cr_expect_str_eq(read_text(in_dir("r.json")), "old");
    cr_expect_eq(temporaries(), 0);
    rm_dir();
}

/* Not a regular file (/dev/null): written in place, not replaced. */
Test(output, device_written_in_place)
{
    cr_expect_eq(report("/dev/null", "x", 1), 0);
    struct stat st;
    cr_assert_eq(stat("/dev/null", &st), 0);
    cr_expect(S_ISCHR(st.st_mode));
}

/* A signal that ends the run removes the temporary file and still ends
 * the process by that signal; a signal the process ignores stays ignored.
 * A child opens the output, writes, and is signalled. */
static void signalled_child(int sig, int ignore)
{
    fresh_dir();
    write_text(in_dir("r.json"), "old", 0644);
    pid_t pid = fork();
    cr_assert_geq(pid, 0);
    if (pid == 0) {
        /* as given, ignored or not: a test run started in the background
         * by a shell without job control inherits SIGINT ignored */
        signal(sig, ignore ? SIG_IGN : SIG_DFL);
        asr_output o;
        asr_err err;
        if (asr_output_open(&o, in_dir("r.json"), &err) != 0)
            _exit(10);
        fputs("half a report", o.f);
        fflush(o.f);
        raise(sig);
        /* Still here: the signal was ignored. */
        _exit(asr_output_close(&o, 1, &err) == 0 ? 0 : 11);
    }
    int status;
    cr_assert_eq(waitpid(pid, &status, 0), pid);
    if (ignore) {
        cr_expect(WIFEXITED(status) && WEXITSTATUS(status) == 0, "status %d", status);
        cr_expect_str_eq(read_text(in_dir("r.json")), "half a report");
    } else {
        cr_expect(WIFSIGNALED(status) && WTERMSIG(status) == sig, "status %d, want signal %d",
                  status, sig);
        cr_expect_str_eq(read_text(in_dir("r.json")), "old");
    }
    cr_expect_eq(temporaries(), 0, "a temporary file was left after signal %d", sig);
    rm_dir();
}

Test(output, sigterm_removes_the_temporary_file) { signalled_child(SIGTERM, 0); }
Test(output, sigint_removes_the_temporary_file) { signalled_child(SIGINT, 0); }
Test(output, sighup_removes_the_temporary_file) { signalled_child(SIGHUP, 0); }
Test(output, an_ignored_signal_stays_ignored) { signalled_child(SIGHUP, 1); }

/* While open, ours; after close, what it was before. */
Test(output, handlers_put_back_at_close)
{
    fresh_dir();
    struct sigaction before, during, after;
    cr_assert_eq(sigaction(SIGTERM, NULL, &before), 0);
    asr_output o;
    asr_err err;
    cr_assert_eq(asr_output_open(&o, in_dir("r.json"), &err), 0);
    cr_assert_eq(sigaction(SIGTERM, NULL, &during), 0);
    cr_expect(during.sa_handler != before.sa_handler, "no handler while the file is open");
    cr_expect_eq(asr_output_close(&o, 1, &err), 0);
    cr_assert_eq(sigaction(SIGTERM, NULL, &after), 0);
    cr_expect(after.sa_handler == before.sa_handler);
    rm_dir();
}

/* ------------------------------------------------------------- run time */

typedef struct epoch_case {
    const char *value; /* NULL: unset */
    const char *want;  /* the time stamp, or NULL for an error */
} epoch_case;

static epoch_case epochs[] = {
    {"0", "1970-01-01T00:00:00Z"},
    {"1760950800", "2025-10-20T09:00:00Z"},
    {"0001760950800", "2025-10-20T09:00:00Z"},
    {"951782400", "2000-02-29T00:00:00Z"},
    {"253402300799", "9999-12-31T23:59:59Z"},
    {"253402300800", NULL}, /* year 10000 */
    {"99999999999999999999999", NULL},
    {"-1", NULL},
    {"+1760950800", NULL},
    {" 1760950800", NULL},
    {"1760950800 ", NULL},
    {"1760950800.5", NULL},
    {"1e9", NULL},
    {"0x10", NULL},
    {"yesterday", NULL},
    {"12abc", NULL},
};

ParameterizedTestParameters(output, source_date_epoch)
{
    return cr_make_param_array(epoch_case, epochs, sizeof epochs / sizeof epochs[0]);
}

/* $SOURCE_DATE_EPOCH is a whole number of seconds or an error: it was read
 * with strtoll, so "yesterday" gave 1970 and "1e9" gave 1970-01-01T00:00:01Z. */
ParameterizedTest(epoch_case *c, output, source_date_epoch)
{
    setenv("SOURCE_DATE_EPOCH", c->value, 1);
    char iso[32] = "";
    asr_err err = {0};
    int rc = asr_output_run_time(iso, &err);
    if (c->want) {
        cr_expect_eq(rc, 0, "%s: %s", c->value, err.message);
        cr_expect_str_eq(iso, c->want, "%s", c->value);
    } else {
        cr_expect_eq(rc, -1, "%s accepted as %s", c->value, iso);
        cr_expect_not_null(strstr(err.message, "SOURCE_DATE_EPOCH"), "%s", err.message);
        cr_expect_not_null(strstr(err.message, "is not a time"), "%s", err.message);
    }
}

/* Unset or empty: now. */
Test(output, run_time_now)
{
    char iso[32];
    asr_err err;
    unsetenv("SOURCE_DATE_EPOCH");
    cr_expect_eq(asr_output_run_time(iso, &err), 0);
    cr_expect_eq(strlen(iso), 20, "%s", iso);
    setenv("SOURCE_DATE_EPOCH", "", 1);
    cr_expect_eq(asr_output_run_time(iso, &err), 0);
    cr_expect_eq(iso[4], '-');
}

/* ---- file mode (asr_output_open_file): a library writes the report to
 * o.tmp by its name, as libxlsxwriter does the xlsx workbook. */

/* Write text to o.tmp by name, not through o.f. */
static void write_by_name(const asr_output *o, const char *text)
{
    FILE *f = fopen(o->tmp, "wb");
    cr_assert_not_null(f, "%s", o->tmp);
    fputs(text, f);
    cr_assert_eq(fclose(f), 0);
}

/* A regular target: the temporary file beside it, renamed over it at close
 * (the target keeps its mode); a failed run leaves the old file. */
Test(output, file_mode_regular_target_is_atomic)
{
    fresh_dir();
    write_text(in_dir("r.xlsx"), "old", 0640);
    asr_output o;
    asr_err err = {0};
    cr_assert_eq(asr_output_open_file(&o, in_dir("r.xlsx"), &err), 0, "%s", err.message);
    cr_expect_eq(strncmp(o.tmp, in_dir("r.xlsx.tmp-"), strlen(in_dir("r.xlsx.tmp-"))), 0, "%s",
                 o.tmp);
    write_by_name(&o, "new");
    cr_expect_str_eq(read_text(in_dir("r.xlsx")), "old", "replaced before close");
    cr_expect_eq(asr_output_close(&o, 1, &err), 0, "%s", err.message);
    cr_expect_str_eq(read_text(in_dir("r.xlsx")), "new");
    cr_expect_eq(mode_of(in_dir("r.xlsx")), 0640);
    cr_assert_eq(asr_output_open_file(&o, in_dir("r.xlsx"), &err), 0, "%s", err.message);
    write_by_name(&o, "half");
    cr_expect_eq(asr_output_close(&o, 0, &err), -1);
    cr_expect_str_eq(err.message, "not written: the file is as it was");
    cr_expect_str_eq(read_text(in_dir("r.xlsx")), "new");
    cr_expect_eq(temporaries(), 0);
    rm_dir();
}

/* Not a regular file (a FIFO here; stdout piped is the same): the report
 * is built in a file in $TMPDIR, copied at close, then removed. */
Test(output, file_mode_pipe_is_spooled_and_copied)
{
    fresh_dir();
    char spool[PATH_MAX];
    snprintf(spool, sizeof spool, "%s/spool", dir);
    cr_assert_eq(mkdir(spool, 0700), 0);
    setenv("TMPDIR", spool, 1);
    cr_assert_eq(mkfifo(in_dir("fifo"), 0600), 0);
    pid_t pid = fork();
    cr_assert_neq(pid, -1);
    if (pid == 0) { /* the reader: the fifo's bytes into got */
        FILE *in = fopen(in_dir("fifo"), "r"), *out = fopen(in_dir("got"), "w");
        int c;
        while (in && out && (c = fgetc(in)) != EOF)
            fputc(c, out);
        _exit(in && out && fclose(out) == 0 ? 0 : 1);
    }
    asr_output o;
    asr_err err = {0};
    cr_assert_eq(asr_output_open_file(&o, in_dir("fifo"), &err), 0, "%s", err.message);
    cr_expect_eq(strncmp(o.tmp, spool, strlen(spool)), 0, "%s is not in $TMPDIR", o.tmp);
    write_by_name(&o, "PK\x03\x04 a workbook");
    cr_expect_eq(asr_output_close(&o, 1, &err), 0, "%s", err.message);
    int status;
    cr_assert_eq(waitpid(pid, &status, 0), pid);
    cr_expect(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    cr_expect_str_eq(read_text(in_dir("got")), "PK\x03\x04 a workbook");
    DIR *d = opendir(spool);
    int left = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL;)
        left += e->d_name[0] != '.';
    closedir(d);
    cr_expect_eq(left, 0, "the spool file was left in $TMPDIR");
    rm_dir();
}
