/* output.c: the report's destination (asr_output.h): atomic replacement of
 * a regular file; and the run's time stamp from $SOURCE_DATE_EPOCH or the
 * clock. */
#define _GNU_SOURCE /* mkstemp */
#include "asr_output.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static int cannot_write(asr_err *err, const char *path, int e)
{
    return asr_err_set(err, path, 0, 0, "", "cannot write: %s", strerror(e));
}

int asr_output_open(asr_output *o, const char *path, asr_err *err)
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
            return cannot_write(err, path, errno);
        return 0;
    }
    if (snprintf(o->tmp, sizeof o->tmp, "%s.tmp-XXXXXX", path) >= (int)sizeof o->tmp)
        return cannot_write(err, path, ENAMETOOLONG);
    int fd = mkstemp(o->tmp);
    if (fd < 0)
        return cannot_write(err, path, errno);
    if ((o->f = fdopen(fd, "w")) == NULL) {
        int e = errno;
        close(fd);
        unlink(o->tmp);
        return cannot_write(err, path, e);
    }
    return 0;
}

int asr_output_close(asr_output *o, int ok, asr_err *err)
{
    if (o->path == NULL) {
        if (fflush(stdout) == 0 && ok)
            return 0;
        return asr_err_set(err, "", 0, 0, "", "%s", ""); /* said where it failed */
    }
    if (fflush(o->f) != 0 || (o->atomic && fsync(fileno(o->f)) != 0))
        ok = 0;
    if (fclose(o->f) != 0)
        ok = 0;
    if (o->atomic && ok && rename(o->tmp, o->path) != 0)
        ok = 0;
    int e = errno;
    if (o->atomic && !ok)
        unlink(o->tmp);
    else if (o->atomic)
        chmod(o->path, 0644);
    return ok ? 0 : cannot_write(err, o->path, e);
}

int asr_output_run_time(char iso[32], asr_err *err)
{
    (void)err;
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    time_t t = (sde && *sde) ? (time_t)strtoll(sde, NULL, 10) : time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(iso, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return 0;
}
