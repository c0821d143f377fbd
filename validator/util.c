/* util.c: the error struct and tiny string helpers every module uses. */
#include "asr.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

size_t asr_utf8_cut(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = n;
    while (i > 0 && n - i < 3 && (p[i - 1] & 0xC0) == 0x80)
        i--; /* back over continuation bytes to the lead byte */
    if (i == 0 || p[i - 1] < 0xC0 || p[i - 1] > 0xF4)
        return n; /* no lead byte there: nothing that a cut split */
    size_t need = p[i - 1] >= 0xF0 ? 4 : p[i - 1] >= 0xE0 ? 3 : 2, have = n - i + 1;
    return have < need ? i - 1 : n;
}

/* snprintf("%s") into a field, cut on a character boundary when it fills
 * the field (cut here or by whoever built s). */
static void set_field(char *field, size_t size, const char *s)
{
    int r = snprintf(field, size, "%s", s ? s : "");
    if (r < 0 || (size_t)r >= size - 1)
        field[asr_utf8_cut(field, strlen(field))] = '\0';
}

int asr_err_set(asr_err *err, const char *file, long line, int column, const char *code,
                const char *fmt, ...)
{
    if (err == NULL)
        return -1;
    set_field(err->file, sizeof err->file, file);
    err->line = line;
    err->column = column;
    set_field(err->code, sizeof err->code, code);
    va_list ap;
    va_start(ap, fmt);
    int r = vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    if (r < 0 || (size_t)r >= sizeof err->message - 1)
        err->message[asr_utf8_cut(err->message, strlen(err->message))] = '\0';
    /* One line: fold any newline a library put in the message. */
    for (char *p = err->message; *p; p++)
        if (*p == '\n' || *p == '\r')
            *p = ' ';
    size_t n = strlen(err->message);
    while (n > 0 && err->message[n - 1] == ' ')
        err->message[--n] = '\0';
    return -1;
}

int asr_errlist_push(asr_errlist *l, const asr_err *e)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 8;
        asr_err *v = realloc(l->v, cap * sizeof *v);
        if (v == NULL)
            return -1;
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n++] = *e;
    return 0;
}

void asr_errlist_free(asr_errlist *l)
{
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}

char *asr_strndup(const char *s, size_t n)
{
    char *d = malloc(n + 1);
    if (d == NULL)
        return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *asr_strdup(const char *s) { return asr_strndup(s, strlen(s)); }

char *asr_replace_first(const char *s, const char *from, const char *to, int *found)
{
    const char *at = from[0] ? strstr(s, from) : NULL;
    *found = at != NULL;
    if (at == NULL)
        return NULL;
    size_t pre = (size_t)(at - s), fl = strlen(from), tl = strlen(to), rest = strlen(at + fl);
    char *n = malloc(pre + tl + rest + 1);
    if (n == NULL)
        return NULL;
    memcpy(n, s, pre);
    memcpy(n + pre, to, tl);
    memcpy(n + pre + tl, at + fl, rest + 1);
    return n;
}

int asr_strlist_push(asr_strlist *l, const char *s)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        char **v = realloc(l->v, cap * sizeof *v);
        if (v == NULL)
            return -1;
        l->v = v;
        l->cap = cap;
    }
    if ((l->v[l->n] = asr_strdup(s)) == NULL)
        return -1;
    l->n++;
    return 0;
}

const char *asr_memfind(const char *s, size_t n, const char *lit)
{
    size_t k = strlen(lit);
    const char *end = s + n;
    for (const char *p = s; k <= (size_t)(end - p) && (p = memchr(p, lit[0], (size_t)(end - p)));
         p++)
        if ((size_t)(end - p) >= k && memcmp(p, lit, k) == 0)
            return p;
    return NULL;
}

int asr_strlist_pushf(asr_strlist *l, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *buf = n < 0 ? NULL : malloc((size_t)n + 1);
    if (buf == NULL)
        return -1;
    va_start(ap, fmt);
    vsnprintf(buf, (size_t)n + 1, fmt, ap);
    va_end(ap);
    int rc = asr_strlist_push(l, buf);
    free(buf);
    return rc;
}

void asr_strlist_free(asr_strlist *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
    memset(l, 0, sizeof *l);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Whether s ends in suf, in any case: NCL-Q2.XML is a return too. */
static int has_suffix(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcasecmp(s + n - m, suf) == 0;
}

/* ------------------------------------------------------ walking a tree
 *
 * Written by hand, not with nftw: nftw (following links) does visit each
 * file once, but it says nothing of what it passed over, reads entries in
 * the directory's own order (which name a file reachable twice is listed
 * under would vary), and cannot skip hidden entries. Here each directory's
 * entries are sorted, symbolic links are followed, and every directory and
 * file is identified by device and inode: one seen before (a loop back to
 * an ancestor, a second link to a directory or file) is not visited again,
 * and is noted with the path it was first seen under. */

/* A file or directory seen, with the path it was first seen under
 * (borrowed from the walk's lists). */
typedef struct seen {
    dev_t dev;
    ino_t ino;
    const char *path; /* NULL: a free slot */
    int open;         /* a directory being walked: an ancestor of what is read now */
} seen;

typedef struct walk {
    const char *suffix;
    asr_strlist *out, *skipped;
    asr_strlist dirs; /* paths of the directories walked (owned) */
    seen *set;        /* open addressing, cap a power of two, at most half full */
    size_t n, cap;
    asr_err *err;
} walk;

static size_t slot_of(const walk *w, dev_t dev, ino_t ino)
{
    size_t h = ((size_t)ino * (size_t)0x9E3779B97F4A7C15u) ^ (size_t)dev;
    size_t i = h & (w->cap - 1);
    while (w->set[i].path && !(w->set[i].dev == dev && w->set[i].ino == ino))
        i = (i + 1) & (w->cap - 1);
    return i;
}

/* The entry for (dev, ino): the one seen before (*before = 1), or a new
 * one for path. NULL when out of memory. */
static seen *see(walk *w, dev_t dev, ino_t ino, const char *path, int *before)
{
    if (2 * (w->n + 1) > w->cap) {
        size_t cap = w->cap ? 2 * w->cap : 64, oldcap = w->cap;
        seen *old = w->set, *set = calloc(cap, sizeof *set);
        if (set == NULL)
            return NULL;
        w->set = set;
        w->cap = cap;
        for (size_t k = 0; k < oldcap; k++)
            if (old[k].path)
                w->set[slot_of(w, old[k].dev, old[k].ino)] = old[k];
        free(old);
    }
    seen *e = &w->set[slot_of(w, dev, ino)];
    *before = e->path != NULL;
    if (!*before) {
        e->dev = dev;
        e->ino = ino;
        e->path = path;
        w->n++;
    }
    return e;
}

static int push(walk *w, asr_strlist *l, const char *path)
{
    return asr_strlist_push(l, path) != 0 ? asr_err_set(w->err, path, 0, 0, "", "out of memory")
                                          : 0;
}

/* Note that path was not visited, and why ("why" then "other"). */
static int skip(walk *w, const char *path, const char *why, const char *other)
{
    if (w->skipped == NULL)
        return 0;
    size_t len = strlen(path) + strlen(why) + (other ? strlen(other) : 0) + 3;
    char *note = malloc(len);
    if (note == NULL)
        return asr_err_set(w->err, path, 0, 0, "", "out of memory");
    snprintf(note, len, "%s: %s%s", path, why, other ? other : "");
    int rc = push(w, w->skipped, note);
    free(note);
    return rc;
}

/* Walk dir (device and inode: its entry is marked open while walked),
 * depth levels below the top. Entries are found again by key, not kept by
 * pointer: the set moves when it grows. */
static int list_files(walk *w, const char *dir, dev_t dev, ino_t ino, int depth)
{
    DIR *d = opendir(dir);
    if (d == NULL)
        return asr_err_set(w->err, dir, 0, 0, "", "cannot read directory: %s", strerror(errno));
    asr_strlist here = {0};
    struct dirent *ent;
    int rc = 0;
    while (rc == 0 && (ent = readdir(d)) != NULL) {
        if (ent->d_name[0] == '.')
            continue;
        size_t len = strlen(dir) + strlen(ent->d_name) + 2;
        char *path = malloc(len);
        if (path == NULL) {
            rc = asr_err_set(w->err, dir, 0, 0, "", "out of memory");
            break;
        }
        /* returns/ and returns give returns/a.xml, not returns//a.xml. */
        int slash = dir[0] && dir[strlen(dir) - 1] == '/';
        snprintf(path, len, "%s%s%s", dir, slash ? "" : "/", ent->d_name);
        rc = push(w, &here, path);
        free(path);
    }
    closedir(d);
    if (here.n > 0)
        qsort(here.v, here.n, sizeof *here.v, cmp_str);
    w->set[slot_of(w, dev, ino)].open = 1;
    for (size_t i = 0; i < here.n && rc == 0; i++) {
        const char *path = here.v[i];
        struct stat st;
        if (stat(path, &st) != 0) {
            if (has_suffix(path, w->suffix))
                rc = push(w, w->out, path); /* reported by whoever reads it */
            continue;
        }
        int isdir = S_ISDIR(st.st_mode);
        if (!isdir && !has_suffix(path, w->suffix))
            continue;
        /* A directory is recorded under the path it is walked by, a file
         * under the path it is listed by; one seen before is neither. */
        asr_strlist *owner = isdir ? &w->dirs : w->out;
        if ((rc = push(w, owner, path)) != 0)
            break;
        int before;
        seen *s = see(w, st.st_dev, st.st_ino, owner->v[owner->n - 1], &before);
        if (s == NULL) {
            rc = asr_err_set(w->err, path, 0, 0, "", "out of memory");
        } else if (before) {
            free(owner->v[--owner->n]);
            rc = skip(w, path,
                      !isdir    ? "the same file as "
                      : s->open ? "a loop: the same directory as "
                                : "the same directory as ",
                      s->path);
        } else if (isdir && depth + 1 > ASR_MAX_DIR_DEPTH) {
            char why[64];
            snprintf(why, sizeof why, "more than %d levels deep", ASR_MAX_DIR_DEPTH);
            rc = skip(w, path, why, NULL);
        } else if (isdir) {
            rc = list_files(w, path, st.st_dev, st.st_ino, depth + 1);
        }
    }
    w->set[slot_of(w, dev, ino)].open = 0;
    asr_strlist_free(&here);
    return rc;
}

int asr_list_files_noting(const char *dir, const char *suffix, asr_strlist *out,
                          asr_strlist *skipped, asr_err *err)
{
    walk w = {.suffix = suffix, .out = out, .skipped = skipped, .err = err};
    struct stat st;
    int before, rc;
    if (stat(dir, &st) != 0) {
        rc = asr_err_set(err, dir, 0, 0, "", "cannot read directory: %s", strerror(errno));
    } else if ((rc = push(&w, &w.dirs, dir)) == 0) {
        rc = see(&w, st.st_dev, st.st_ino, w.dirs.v[0], &before)
                 ? list_files(&w, dir, st.st_dev, st.st_ino, 0)
                 : asr_err_set(err, dir, 0, 0, "", "out of memory");
    }
    free(w.set);
    asr_strlist_free(&w.dirs);
    return rc;
}

int asr_list_files(const char *dir, const char *suffix, asr_strlist *out, asr_err *err)
{
    asr_strlist skipped = {0};
    int rc = asr_list_files_noting(dir, suffix, out, &skipped, err);
    if (skipped.n > 0) {
        /* One line naming the directory as given; what was skipped is
         * counted by kind (the paths below it may hold any bytes). */
        size_t loops = 0, deep = 0;
        for (size_t i = 0; i < skipped.n; i++) {
            loops += strstr(skipped.v[i], ": a loop: ") != NULL;
            deep += strstr(skipped.v[i], " levels deep") != NULL;
        }
        fprintf(stderr,
                "assure: %s: %zu %s below it not visited (each file is listed once): %zu "
                "%s back into a directory, %zu second %s to what was already listed, %zu "
                "more than %d levels deep\n",
                dir, skipped.n, skipped.n == 1 ? "entry" : "entries", loops,
                loops == 1 ? "link" : "links", skipped.n - loops - deep,
                skipped.n - loops - deep == 1 ? "path" : "paths", deep, ASR_MAX_DIR_DEPTH);
    }
    asr_strlist_free(&skipped);
    return rc;
}

/* One open, fstat and read: no stdio buffer, no growing copy. Opened
 * without blocking, so a FIFO is refused at once instead of waiting for a
 * writer. */
int asr_read_file(const char *path, size_t max, const char *what, const char *code, char **out,
                  size_t *len, asr_err *err)
{
    int fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return asr_err_set(err, path, 0, 0, code, "cannot open: %s", strerror(errno));
    struct stat st;
    char *buf = NULL;
    if (fstat(fd, &st) != 0) {
        asr_err_set(err, path, 0, 0, code, "cannot stat: %s", strerror(errno));
        goto fail;
    }
    if (S_ISDIR(st.st_mode)) {
        asr_err_set(err, path, 0, 0, code, "is a directory, not a %s file", what);
        goto fail;
    }
    if (!S_ISREG(st.st_mode)) {
        asr_err_set(err, path, 0, 0, code,
                    "is not a regular file (a FIFO, device or socket is not read)");
        goto fail;
    }
    if ((unsigned long long)st.st_size > max) {
        asr_err_set(err, path, 0, 0, code, "is %lld bytes; a %s may be at most %zu bytes",
                    (long long)st.st_size, what, max);
        goto fail;
    }
    size_t cap = (size_t)st.st_size, n = 0;
    buf = malloc(cap + 1);
    if (buf == NULL) {
        asr_err_set(err, path, 0, 0, code, "out of memory");
        goto fail;
    }
    while (n < cap) {
        ssize_t r = read(fd, buf + n, cap - n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            asr_err_set(err, path, 0, 0, code, "read failed: %s", strerror(errno));
            goto fail;
        }
        if (r == 0)
            break; /* shrank while reading: parse what is there */
        n += (size_t)r;
    }
    buf[n] = '\0';
    close(fd);
    *out = buf;
    *len = n;
    return 0;
fail:
    free(buf);
    close(fd);
    return -1;
}
