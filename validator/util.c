/* util.c: the error struct and tiny string helpers every module uses. */
#include "asr.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int asr_err_set(asr_err *err, const char *file, long line, int column,
                const char *code, const char *fmt, ...)
{
    if (err == NULL)
        return -1;
    snprintf(err->file, sizeof err->file, "%s", file ? file : "");
    err->line = line;
    err->column = column;
    snprintf(err->code, sizeof err->code, "%s", code ? code : "");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
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

char *asr_strdup(const char *s)
{
    return asr_strndup(s, strlen(s));
}
