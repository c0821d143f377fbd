/* asr_output.h: where a report goes (-o FILE or stdout), written so that a
 * failed or interrupted run never leaves half a report, and the run's time
 * stamp. */
#ifndef ASR_OUTPUT_H
#define ASR_OUTPUT_H

#include "asr.h"

#include <limits.h>
#include <stdio.h>

/* An output file. A regular file (or a new one) is written atomically: to
 * a temporary file beside it, renamed over it at the end. The new file has
 * the mode the old one had, or for a new one what the umask allows (0666
 * less the umask), as a shell redirection would give it. A symbolic link
 * is written through: its target is replaced atomically and the link stays
 * (a link to nothing is refused, naming it). Anything else (/dev/null, a
 * pipe, a terminal) is written in place: renaming over it would replace it.
 * While the temporary file exists, SIGINT, SIGTERM and SIGHUP remove it
 * before the signal ends the process (one output at a time). */
typedef struct asr_output {
    const char *path;      /* as given, for messages (borrowed); NULL = stdout */
    FILE *f;               /* write the report here */
    int atomic;            /* written through tmp, renamed to target at close */
    int spool;             /* file mode, target not a regular file: tmp copied to dest at close */
    FILE *dest;            /* what a spool is copied to: stdout or the opened device or pipe */
    int mode;              /* permission bits the report gets (atomic) */
    char target[PATH_MAX]; /* the file replaced: path, or the link's target */
    char tmp[PATH_MAX];    /* the temporary file while open; in file mode, the report's file */
} asr_output;

/* Open path for writing (NULL = stdout). Call before worker threads start
 * (the umask is read by setting it). Returns 0, or -1 with err naming path
 * ("cannot write: ..."). */
int asr_output_open(asr_output *o, const char *path, asr_err *err);

/* As asr_output_open, for a report that a library writes to a file by its
 * name (xlsx: libxlsxwriter creates the zip archive itself, and seeks in
 * it): o->tmp names a regular, empty file to write the report to, by
 * replacing its contents. For a regular target it is the temporary file
 * beside it (renamed over the target at close, as above); for stdout, a
 * pipe or a device it is a temporary file in $TMPDIR (else /tmp) whose
 * bytes close copies there, then removes (the signals above remove it
 * too). o->f is that file, open for writing; the library's writes need
 * not go through it. */
int asr_output_open_file(asr_output *o, const char *path, asr_err *err);

/* Finish: ok says whether the whole report was written. With ok, flushes,
 * syncs and renames the temporary file over the target; without, or when
 * that fails, removes the temporary file and leaves the target as it was.
 * Returns 0, or -1 with err naming path (also when ok was 0: the errno of
 * what failed, or with none what became of the file; for stdout, err's
 * message is then empty: the failure was reported where it happened). */
int asr_output_close(asr_output *o, int ok, asr_err *err);

/* The run's time stamp, ISO 8601 UTC ("2025-10-20T09:00:00Z"):
 * $SOURCE_DATE_EPOCH when set and not empty (reproducible reports), else
 * now. A SOURCE_DATE_EPOCH that is not a whole number of seconds from 0 to
 * 253402300799 (9999-12-31T23:59:59Z) is an error (-1 and err), never a
 * guess. */
int asr_output_run_time(char iso[32], asr_err *err);

#endif
