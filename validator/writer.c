/* writer.c: the writer dispatcher and the escaping every writer shares. */
#include "asr_report.h"

#include <stdlib.h>
#include <string.h>

static const asr_writer_ops *const OPS[] = {
    &asr_text_ops, &asr_json_ops, &asr_csv_ops, &asr_html_ops, &asr_junit_ops, &asr_svrl_ops,
};

const char ASR_FORMATS[] = "text, json, csv, html, junit, svrl";

struct asr_writer {
    const asr_writer_ops *ops;
    FILE *out;
    const asr_run_info *info;
    int failed;
    void *state;
};

static const asr_writer_ops *find(const char *format)
{
    for (size_t i = 0; i < sizeof OPS / sizeof OPS[0]; i++)
        if (strcmp(OPS[i]->name, format) == 0)
            return OPS[i];
    return NULL;
}

int asr_format_known(const char *format) { return find(format) != NULL; }

asr_writer *asr_writer_new(const char *format, FILE *out, const asr_run_info *info)
{
    const asr_writer_ops *ops = find(format);
    if (ops == NULL)
        return NULL;
    asr_writer *w = calloc(1, sizeof *w);
    if (w == NULL || (ops->state_size && (w->state = calloc(1, ops->state_size)) == NULL)) {
        free(w);
        return NULL;
    }
    w->ops = ops;
    w->out = out;
    w->info = info;
    if (ops->begin(out, info, w->state) != 0)
        w->failed = 1;
    return w;
}

int asr_writer_add(asr_writer *w, const asr_return_report *r)
{
    /* One stream lock for the whole return: each write inside then finds
     * the lock already held instead of taking it (workers make it real). */
    flockfile(w->out);
    if (w->ops->add(w->out, w->info, w->state, r) != 0 || ferror(w->out))
        w->failed = 1;
    funlockfile(w->out);
    return w->failed ? -1 : 0;
}

int asr_writer_end(asr_writer *w)
{
    if (w->ops->end(w->out, w->info, w->state) != 0 || ferror(w->out))
        w->failed = 1;
    int rc = w->failed ? -1 : 0;
    free(w->state);
    free(w);
    return rc;
}

int asr_write_all(const char *format, FILE *out, const asr_run_info *info,
                  const asr_return_report *returns, size_t n)
{
    asr_writer *w = asr_writer_new(format, out, info);
    if (w == NULL)
        return -1;
    int rc = 0;
    for (size_t i = 0; i < n; i++)
        rc |= asr_writer_add(w, &returns[i]);
    rc |= asr_writer_end(w);
    return rc;
}

/* Both escapers write each run of plain bytes with one fwrite: a byte at a
 * time costs a stream lock per byte once worker threads exist. */
void asr_json_string(FILE *out, const char *s)
{
    const unsigned char *p = (const unsigned char *)(s ? s : ""), *run = p;
    fputc('"', out);
    for (; *p; p++) {
        if (*p >= 0x20 && *p != '"' && *p != '\\')
            continue;
        fwrite(run, 1, (size_t)(p - run), out);
        run = p + 1;
        switch (*p) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\r': fputs("\\r", out); break;
        case '\t': fputs("\\t", out); break;
        default: fprintf(out, "\\u%04x", *p);
        }
    }
    fwrite(run, 1, (size_t)(p - run), out);
    fputc('"', out);
}

void asr_xml_text(FILE *out, const char *s)
{
    const unsigned char *p = (const unsigned char *)(s ? s : ""), *run = p;
    for (; *p; p++) {
        if (*p >= 0x20 ? (*p != '&' && *p != '<' && *p != '>' && *p != '"' && *p != '\'')
                       : (*p == '\t' || *p == '\n' || *p == '\r'))
            continue;
        fwrite(run, 1, (size_t)(p - run), out);
        run = p + 1;
        switch (*p) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\'': fputs("&#39;", out); break;
        /* XML 1.0 allows only tab, LF and CR below 0x20. */
        default: fputs("\xEF\xBF\xBD", out); /* U+FFFD */
        }
    }
    fwrite(run, 1, (size_t)(p - run), out);
}

/* Length of the valid UTF-8 sequence at p (1..4), or 0 if p does not start
 * one. */
static size_t utf8_len(const unsigned char *p)
{
    if (p[0] < 0x80)
        return 1;
    size_t n;
    unsigned long cp;
    if (p[0] >= 0xC2 && p[0] <= 0xDF) {
        n = 2;
        cp = p[0] & 0x1F;
    } else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
        n = 3;
        cp = p[0] & 0x0F;
    } else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
        n = 4;
        cp = p[0] & 0x07;
    } else {
        return 0;
    }
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    /* Overlong forms, surrogates, beyond U+10FFFF, and U+FFFE/U+FFFF (not
     * XML characters). */
    if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF)
        return 0;
    return n;
}

/* See asr_report.h. */
void asr_xml_out(FILE *out, const char *s, int attr)
{
    char buf[256];
    size_t n = 0;
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    while (*p) {
        const char *ref = NULL;
        size_t len = utf8_len(p);
        if (*p == '\r' || (attr && (*p == '\n' || *p == '\t')))
            ref = *p == '\r' ? "&#13;" : *p == '\n' ? "&#10;" : "&#9;";
        if (ref || len == 0 || n + len >= sizeof buf) {
            buf[n] = '\0';
            asr_xml_text(out, buf);
            n = 0;
        }
        if (ref) {
            fputs(ref, out);
            p++;
        } else if (len == 0) {
            fputs("\xEF\xBF\xBD", out); /* U+FFFD */
            p++;
        } else {
            memcpy(buf + n, p, len);
            n += len;
            p += len;
        }
    }
    buf[n] = '\0';
    asr_xml_text(out, buf);
}

void asr_xml_attr(FILE *out, const char *name, const char *value)
{
    fprintf(out, " %s=\"", name);
    asr_xml_out(out, value, 1);
    fputc('"', out);
}
