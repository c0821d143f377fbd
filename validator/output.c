/* output.c: the report's destination (asr_output.h): atomic replacement of
 * a regular file, with the mode it had (or the umask's), written through a
 * symbolic link, cleaned up when a signal ends the run; and the run's time
 * stamp from $SOURCE_DATE_EPOCH or the clock. */
#define _GNU_SOURCE /* realpath's PATH_MAX buffer, mkstemp */
#include "asr_output.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* ------------------------------------------------ the temporary file */

/* The temporary file being written, for the signal handler: g_tmp is
 * filled before g_have_tmp is set, and the handler reads nothing else. */
static volatile sig_atomic_t g_have_tmp;
static char g_tmp[PATH_MAX];

static const int SIGNALS[] = {SIGINT, SIGTERM, SIGHUP};
#define NSIGNALS (sizeof SIGNALS / sizeof SIGNALS[0])
static struct sigaction g_old[NSIGNALS]; /* to put back at close */
static int g_installed[NSIGNALS];

/* Async-signal-safe: unlink and raise only. SA_RESETHAND has put the
 * default action back, so the raised signal ends the process as it would
 * have without us (once this handler returns, as it is blocked in here). */
static void on_signal(int sig)
{
    if (g_have_tmp)
        unlink(g_tmp);
    raise(sig);
}

/* Record tmp and catch the signals that end a run from outside; a signal
 * the process ignores (nohup, a background job) stays ignored. Called with
 * the signals blocked. */
static void remember(const char *tmp)
{
    memcpy(g_tmp, tmp, sizeof g_tmp);
    g_have_tmp = 1;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sa.sa_flags = SA_RESETHAND;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < NSIGNALS; i++) {
        g_installed[i] = 0;
        if (sigaction(SIGNALS[i], NULL, &g_old[i]) == 0 && g_old[i].sa_handler != SIG_IGN)
            g_installed[i] = sigaction(SIGNALS[i], &sa, NULL) == 0;
    }
}

/* The temporary file is gone (renamed or removed): stop watching. */
static void forget(void)
{
    g_have_tmp = 0;
    for (size_t i = 0; i < NSIGNALS; i++)
        if (g_installed[i]) {
            sigaction(SIGNALS[i], &g_old[i], NULL);
            g_installed[i] = 0;
        }
}

/* The signals remember watches, as a set (to block them). */
static void watched(sigset_t *set)
{
    sigemptyset(set);
    for (size_t i = 0; i < NSIGNALS; i++)
        sigaddset(set, SIGNALS[i]);
}

/* --------------------------------------------------------- open, close */

static int cannot_write(asr_err *err, const char *path, int e)
{
    return asr_err_set(err, path, 0, 0, "", "cannot write: %s", strerror(e));
}

/* The permission bits a new file gets: 0666 less the umask. The umask can
 * only be read by setting it, so it is set back at once. */
static int new_file_mode(void)
{
    mode_t mask = umask(022);
    umask(mask);
    return (int)(0666 & ~mask);
}

/* Create the temporary file named by the template in o->tmp, open as o->f
 * with mode ("w", "w+"), and have the signals remove it. */
static int make_tmp(asr_output *o, const char *mode, asr_err *err)
{
    const char *path = o->path ? o->path : "stdout";
    /* No signal between creating the file and recording it. */
    sigset_t set, old;
    watched(&set);
    pthread_sigmask(SIG_BLOCK, &set, &old);
    int fd = mkstemp(o->tmp), e = errno;
    if (fd >= 0)
        remember(o->tmp);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (fd < 0)
        return cannot_write(err, path, e);
    if ((o->f = fdopen(fd, mode)) == NULL) {
        e = errno;
        close(fd);
        unlink(o->tmp);
        forget();
        return cannot_write(err, path, e);
    }
    return 0;
}

int asr_output_open(asr_output *o, const char *path, asr_err *err)
{
    memset(o, 0, sizeof *o);
    o->path = path;
    o->f = stdout;
    if (path == NULL)
        return 0;
    struct stat st;
    int exists = lstat(path, &st) == 0;
    if (!exists && errno != ENOENT)
        return cannot_write(err, path, errno);
    if (exists && S_ISLNK(st.st_mode)) {
        /* Written through: the link stays, its target is replaced. */
        if (realpath(path, o->target) == NULL) {
            if (errno == ENOENT)
                return asr_err_set(err, path, 0, 0, "",
                                   "cannot write: a symbolic link to a file that does not exist "
                                   "(the report is written through a link, to its target)");
            return cannot_write(err, path, errno);
        }
        if (stat(o->target, &st) != 0)
            return cannot_write(err, path, errno);
    } else if (snprintf(o->target, sizeof o->target, "%s", path) >= (int)sizeof o->target) {
        return cannot_write(err, path, ENAMETOOLONG);
    }
    if (exists && !S_ISREG(st.st_mode)) {
        /* A device, a pipe (or a directory, which fopen refuses). */
        if ((o->f = fopen(path, "w")) == NULL)
            return cannot_write(err, path, errno);
        return 0;
    }
    o->atomic = 1;
    o->mode = exists ? (int)(st.st_mode & 0777) : new_file_mode();
    if (snprintf(o->tmp, sizeof o->tmp, "%s.tmp-XXXXXX", o->target) >= (int)sizeof o->tmp)
        return cannot_write(err, path, ENAMETOOLONG);
    return make_tmp(o, "w", err);
}

int asr_output_open_file(asr_output *o, const char *path, asr_err *err)
{
    if (asr_output_open(o, path, err) != 0)
        return -1;
    if (o->atomic)
        return 0;
    /* Not a regular file: a library cannot rewind a pipe, so the report is
     * built in a file of its own and copied at close. */
    const char *dir = getenv("TMPDIR");
    o->dest = o->f;
    o->spool = 1;
    int rc = snprintf(o->tmp, sizeof o->tmp, "%s/assure-report-XXXXXX",
                      dir && *dir ? dir : "/tmp") >= (int)sizeof o->tmp
                 ? cannot_write(err, path ? path : "stdout", ENAMETOOLONG)
                 : make_tmp(o, "w+", err);
    if (rc != 0) {
        if (o->dest != stdout)
            fclose(o->dest);
        memset(o, 0, sizeof *o);
    }
    return rc;
}

/* A spool's bytes to its destination, then the spool removed. 0 or -1
 * (errno set). */
static int unspool(asr_output *o, int ok)
{
    int e = 0;
    if (ok && (fflush(o->f) != 0 || lseek(fileno(o->f), 0, SEEK_SET) != 0))
        e = errno ? errno : EIO;
    char buf[65536];
    ssize_t n = 0;
    while (ok && e == 0 && (n = read(fileno(o->f), buf, sizeof buf)) > 0)
        if (fwrite(buf, 1, (size_t)n, o->dest) != (size_t)n)
            e = errno ? errno : EIO;
    if (n < 0 && e == 0)
        e = errno;
    fclose(o->f);
    unlink(o->tmp);
    forget();
    o->f = o->dest;
    o->spool = 0;
    errno = e;
    return e ? -1 : 0;
}

int asr_output_close(asr_output *o, int ok, asr_err *err)
{
    errno = 0; /* only this function's steps name a cause */
    int copy_error = o->spool && unspool(o, ok) != 0 ? errno : 0;
    if (copy_error)
        ok = 0;
    if (o->path == NULL) {
        if (fflush(stdout) != 0 || copy_error)
            return asr_err_set(err, "", 0, 0, "", "cannot write the report: %s",
                               strerror(copy_error ? copy_error : errno));
        if (!ok)
            return asr_err_set(err, "", 0, 0, "", "%s", ""); /* said where it failed */
        return 0;
    }
    if (fflush(o->f) != 0 || (o->atomic && fsync(fileno(o->f)) != 0))
        ok = 0;
    if (o->atomic && ok && fchmod(fileno(o->f), (mode_t)o->mode) != 0)
        ok = 0;
    if (fclose(o->f) != 0)
        ok = 0;
    if (o->atomic && ok && rename(o->tmp, o->target) != 0)
        ok = 0;
    int e = copy_error ? copy_error : errno; /* why it failed, also when the caller's write did */
    if (o->atomic) {
        if (!ok)
            unlink(o->tmp);
        forget();
    }
    o->f = NULL;
    if (ok)
        return 0;
    if (e == 0) /* the caller's failure, without an errno: say what became of the file */
        return asr_err_set(err, o->path, 0, 0, "", "%s",
                           o->atomic ? "not written: the file is as it was" : "not completed");
    return cannot_write(err, o->path, e);
}

/* ------------------------------------------------------------ run time */

/* 9999-12-31T23:59:59Z: the last second with a four-digit year (the
 * reports' dates are YYYY-MM-DD, compared as text). */
#define MAX_EPOCH 253402300799LL

int asr_output_run_time(char iso[32], asr_err *err)
{
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    time_t t;
    if (sde && *sde) {
        /* The reproducible-builds definition: an ASCII integer, as date +%s
         * prints it; anything else is an error, not a guess. */
        long long v = 0;
        const char *p = sde;
        for (; *p >= '0' && *p <= '9' && v <= MAX_EPOCH; p++)
            v = v * 10 + (*p - '0');
        if (*p != '\0' || v > MAX_EPOCH) {
            int printable = strlen(sde) <= 40;
            for (p = sde; printable && *p; p++)
                printable = *p >= 0x20 && *p < 0x7F;
            return asr_err_set(err, "", 0, 0, "",
                               "SOURCE_DATE_EPOCH%s%s%s is not a time: give whole seconds since "
                               "1970-01-01T00:00:00Z, from 0 to %lld (9999-12-31T23:59:59Z)",
                               printable ? " (" : "", printable ? sde : "", printable ? ")" : "",
                               MAX_EPOCH);
        }
        t = (time_t)v;
    } else {
        t = time(NULL);
    }
    struct tm tm;
    if (gmtime_r(&t, &tm) == NULL || strftime(iso, 32, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
        return asr_err_set(err, "", 0, 0, "", "cannot write the time %lld as a date", (long long)t);
    return 0;
}
