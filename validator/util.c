/* util.c: the error struct and tiny string helpers every module uses. */
#include "asr.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
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

static int has_suffix(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcmp(s + n - m, suf) == 0;
}

static int list_files(const char *dir, const char *suffix, int depth, asr_strlist *out,
                      asr_err *err)
{
    if (depth > 32)
        return 0;
    DIR *d = opendir(dir);
    if (d == NULL)
        return asr_err_set(err, dir, 0, 0, "", "cannot read directory: %s", strerror(errno));
    asr_strlist here = {0};
    struct dirent *ent;
    while ((ent = readdir(d)) != NULL) {
        if (ent->d_name[0] == '.')
            continue;
        size_t len = strlen(dir) + strlen(ent->d_name) + 2;
        char *path = malloc(len);
        if (path == NULL)
            break;
        snprintf(path, len, "%s/%s", dir, ent->d_name);
        asr_strlist_push(&here, path);
        free(path);
    }
    closedir(d);
    if (here.n > 0)
        qsort(here.v, here.n, sizeof *here.v, cmp_str);
    int rc = 0;
    for (size_t i = 0; i < here.n; i++) {
        struct stat st;
        if (stat(here.v[i], &st) != 0) {
            if (has_suffix(here.v[i], suffix))
                asr_strlist_push(out, here.v[i]); /* reported by whoever reads it */
        } else if (S_ISDIR(st.st_mode)) {
            if (list_files(here.v[i], suffix, depth + 1, out, err) != 0)
                rc = -1;
        } else if (has_suffix(here.v[i], suffix)) {
            asr_strlist_push(out, here.v[i]);
        }
    }
    asr_strlist_free(&here);
    return rc;
}

int asr_list_files(const char *dir, const char *suffix, asr_strlist *out, asr_err *err)
{
    return list_files(dir, suffix, 0, out, err);
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
