/* writer.c: the writer dispatcher, the escaping every writer shares, and
 * the matrix's RAG colours. */
#include "asr_report.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const asr_writer_ops *const OPS[] = {
    &asr_text_ops,  &asr_json_ops, &asr_csv_ops,  &asr_html_ops,
    &asr_junit_ops, &asr_svrl_ops, &asr_xlsx_ops,
};

const char ASR_FORMATS[] = "text, json, csv, html, junit, svrl, xlsx";

/* The html report's matrix colours (NHS identity red, amber, green and
 * greys), by outcome; the stylesheet and the workbook both read them. */
const asr_rag ASR_RAG[ASR_OUTCOME_COUNT + 1] = {
    [ASR_NOT_APPLICABLE] = {0xEEF1F2, 0x425563}, [ASR_PASS] = {0xCFE8D9, 0x00401E},
    [ASR_NOT_DUE] = {0xEEF1F2, 0x425563},        [ASR_AT_RISK] = {0xFFE08A, 0x212B32},
    [ASR_MISSING] = {0xFFB81C, 0x212B32},        [ASR_FAIL] = {0xD5281B, 0xFFFFFF},
    [ASR_ERROR] = {0x8A1538, 0xFFFFFF},          [ASR_OUTCOME_COUNT] = {0xEEF1F2, 0x425563},
};
const asr_rag ASR_RAG_UNREADABLE = {0xF9E1DF, 0x8A1538};

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

int asr_format_is_file(const char *format)
{
    const asr_writer_ops *ops = find(format);
    return ops != NULL && ops->open != NULL;
}

/* A writer for ops, begun on out (a stream format) or path (a file format). */
static asr_writer *start(const asr_writer_ops *ops, FILE *out, const char *path,
                         const asr_run_info *info)
{
    asr_writer *w = calloc(1, sizeof *w);
    if (w == NULL || (ops->state_size && (w->state = calloc(1, ops->state_size)) == NULL)) {
        free(w);
        return NULL;
    }
    w->ops = ops;
    w->out = out;
    w->info = info;
    if ((ops->open ? ops->open(path, info, w->state) : ops->begin(out, info, w->state)) != 0)
        w->failed = 1;
    return w;
}

asr_writer *asr_writer_new(const char *format, FILE *out, const asr_run_info *info)
{
    const asr_writer_ops *ops = find(format);
    return ops == NULL || ops->open != NULL ? NULL : start(ops, out, NULL, info);
}

asr_writer *asr_writer_new_at(const char *format, const char *path, const asr_run_info *info)
{
    const asr_writer_ops *ops = find(format);
    return ops == NULL || ops->open == NULL ? NULL : start(ops, NULL, path, info);
}

int asr_writer_add(asr_writer *w, const asr_return_report *r)
{
    if (w->out == NULL) { /* a file format: the library writes */
        if (w->ops->add(NULL, w->info, w->state, r) != 0)
            w->failed = 1;
        return w->failed ? -1 : 0;
    }
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
    if (w->ops->end(w->out, w->info, w->state) != 0 || (w->out && ferror(w->out)))
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

/* ---- escaping -------------------------------------------------------------
 *
 * Every writer's text comes from returns and rules: any bytes at all. Each
 * escaper walks it one character at a time (utf8_next), keeps runs of plain
 * characters to write with one fwrite (a byte at a time costs a stream lock
 * per byte once worker threads exist), and writes an escape for the rest.
 * Whatever the input, the output is valid UTF-8 and valid in its format:
 * bytes that are not UTF-8 become U+FFFD (in text, \xHH). */

#define REPLACEMENT "\xEF\xBF\xBD" /* U+FFFD */

/* The UTF-8 sequence at p (NUL-terminated): its length (1..4) with its code
 * point in *cp, or 0 when p does not start a valid sequence (a stray or
 * missing continuation byte, an overlong form, a surrogate, past U+10FFFF).
 * Never reads past a NUL: a NUL is not a continuation byte. */
static size_t utf8_next(const unsigned char *p, unsigned long *cp)
{
    if (p[0] < 0x80) {
        *cp = p[0];
        return 1;
    }
    size_t n;
    unsigned long c;
    if (p[0] >= 0xC2 && p[0] <= 0xDF) {
        n = 2;
        c = p[0] & 0x1F;
    } else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
        n = 3;
        c = p[0] & 0x0F;
    } else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
        n = 4;
        c = p[0] & 0x07;
    } else {
        return 0;
    }
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (p[i] & 0x3F);
    }
    if ((n == 3 && c < 0x800) || (n == 4 && c < 0x10000) || c > 0x10FFFF ||
        (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return n;
}

/* A character that would move the cursor or the line, or drive a terminal,
 * if written raw: C0, DEL, C1, and U+2028/U+2029 (line and paragraph
 * separators: a line break to some readers and to JavaScript before ES2019). */
static int is_control(unsigned long cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029;
}

/* The escape escape_of writes for the character at p (its length in *len):
 * NULL to write it as it is. buf holds at least 16 bytes. */
typedef const char *escape_fn(const unsigned char *p, size_t *len, char *buf);

/* An escaper: escape_of, and a table of the bytes it looks at, so that
 * the plain ASCII most text is made of is passed over without a call: a
 * byte is looked at when it is NUL (the end), 0x80 or above (every byte of
 * a multi-byte character goes to escape_of), or an ASCII character in the
 * escaper's set, given as bits (bit c of lo for c < 64, bit c - 64 of hi).
 * The table is built from the bits when compiled (ESCAPER below): one load
 * a byte where testing the bits took eight instructions, which was 5% of
 * a full-catalogue JSON run (callgrind, 10 returns). */
typedef struct escaper {
    unsigned char looks[256];
    escape_fn *escape_of;
} escaper;

#define BIT(c)   ((uint64_t)1 << ((c)&63))
#define CONTROLS 0xFFFFFFFFu /* C0, in lo */
#define DEL      BIT(0x7F)   /* in hi */

#define LOOKS(lo, hi, c)                                                                         \
    ((c) == 0 || (c) >= 0x80 || ((((c) < 64 ? (uint64_t)(lo) : (uint64_t)(hi)) >> ((c)&63)) & 1))
#define LOOKS4(lo, hi, c)                                                                        \
    LOOKS(lo, hi, c), LOOKS(lo, hi, (c) + 1), LOOKS(lo, hi, (c) + 2), LOOKS(lo, hi, (c) + 3)
#define LOOKS16(lo, hi, c)                                                                       \
    LOOKS4(lo, hi, c), LOOKS4(lo, hi, (c) + 4), LOOKS4(lo, hi, (c) + 8), LOOKS4(lo, hi, (c) + 12)
#define LOOKS64(lo, hi, c)                                                                       \
    LOOKS16(lo, hi, c), LOOKS16(lo, hi, (c) + 16), LOOKS16(lo, hi, (c) + 32),                    \
        LOOKS16(lo, hi, (c) + 48)
#define ESCAPER(lo, hi, fn)                                                                      \
    {{LOOKS64(lo, hi, 0), LOOKS64(lo, hi, 64), LOOKS64(lo, hi, 128), LOOKS64(lo, hi, 192)}, fn}

static void write_escaped(FILE *out, const char *s, const escaper *e)
{
    const unsigned char *p = (const unsigned char *)(s ? s : ""), *run = p;
    char buf[16];
    for (;;) {
        while (!e->looks[*p])
            p++;
        if (*p == 0)
            break;
        size_t len;
        const char *esc = e->escape_of(p, &len, buf);
        if (esc == NULL) {
            p += len;
            continue;
        }
        fwrite(run, 1, (size_t)(p - run), out);
        fputs(esc, out);
        p += len;
        run = p;
    }
    fwrite(run, 1, (size_t)(p - run), out);
}

/* JSON (RFC 8259): quote, backslash and every control character escaped
 * (C0 must be; DEL, C1 and U+2028/9 are too, so the report holds no raw
 * control character and is also a valid JavaScript literal). */
static const char *json_escape(const unsigned char *p, size_t *len, char *buf)
{
    unsigned long cp;
    if ((*len = utf8_next(p, &cp)) == 0) {
        *len = 1;
        return REPLACEMENT;
    }
    switch (cp) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    }
    if (!is_control(cp))
        return NULL;
    snprintf(buf, 16, "\\u%04lx", cp);
    return buf;
}

static const escaper JSON = ESCAPER(CONTROLS | BIT('"'), DEL | BIT('\\'), json_escape);

void asr_json_string(FILE *out, const char *s)
{
    fputc('"', out);
    write_escaped(out, s, &JSON);
    fputc('"', out);
}

/* XML and HTML: markup characters as entities; below 0x20 XML 1.0 allows
 * only tab, LF and CR, and U+FFFE/U+FFFF are not XML characters: those and
 * bytes that are not UTF-8 become U+FFFD. xml_refs then writes CR (and in
 * attributes tab and LF) as character references, so a parser reads them
 * back as they were instead of normalising them. */
static const char *xml_escape(const unsigned char *p, size_t *len, char *buf)
{
    (void)buf;
    unsigned long cp;
    if ((*len = utf8_next(p, &cp)) == 0) {
        *len = 1;
        return REPLACEMENT;
    }
    switch (cp) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return "&#39;";
    case '\t':
    case '\n':
    case '\r': return NULL;
    }
    return cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF ? REPLACEMENT : NULL;
}

static const char *xml_text_escape(const unsigned char *p, size_t *len, char *buf)
{
    if (*p == '\r') {
        *len = 1;
        return "&#13;";
    }
    return xml_escape(p, len, buf);
}

static const char *xml_attr_escape(const unsigned char *p, size_t *len, char *buf)
{
    if (*p == '\n' || *p == '\t') {
        *len = 1;
        return *p == '\n' ? "&#10;" : "&#9;";
    }
    return xml_text_escape(p, len, buf);
}

#define XML_MARKUP (BIT('&') | BIT('<') | BIT('>') | BIT('"') | BIT('\''))
static const escaper XML_TEXT = ESCAPER(CONTROLS | XML_MARKUP, DEL, xml_escape),
                     XML_DATA = ESCAPER(CONTROLS | XML_MARKUP, DEL, xml_text_escape),
                     XML_ATTR = ESCAPER(CONTROLS | XML_MARKUP, DEL, xml_attr_escape);

void asr_xml_text(FILE *out, const char *s) { write_escaped(out, s, &XML_TEXT); }

/* See asr_report.h. */
void asr_xml_out(FILE *out, const char *s, int attr)
{
    write_escaped(out, s, attr ? &XML_ATTR : &XML_DATA);
}

void asr_xml_attr(FILE *out, const char *name, const char *value)
{
    fprintf(out, " %s=\"", name);
    asr_xml_out(out, value, 1);
    fputc('"', out);
}

/* CSV (report_csv.c quotes and guards): only bytes that are not UTF-8
 * change, to U+FFFD; a double quote is doubled inside a quoted field. */
static const char *csv_escape(const unsigned char *p, size_t *len, char *buf)
{
    (void)buf;
    unsigned long cp;
    if ((*len = utf8_next(p, &cp)) == 0) {
        *len = 1;
        return REPLACEMENT;
    }
    return cp == '"' ? "\"\"" : NULL;
}

static const escaper CSV = ESCAPER(CONTROLS | BIT('"'), DEL, csv_escape);

void asr_csv_text(FILE *out, const char *s) { write_escaped(out, s, &CSV); }

/* A spreadsheet cell (xlsx): bytes that are not UTF-8, and U+FFFE and
 * U+FFFF (not XML characters: libxlsxwriter would write them raw, and the
 * workbook would not open), become U+FFFD. C0 control characters are left
 * as they are (not in the set below): libxlsxwriter writes them as _xHHHH_
 * escapes itself. An underscore that starts
 * such an escape in the text (_x0041_) is written _x005F_, the escape of
 * the underscore (ECMA-376 Part 1, 22.9.2.19, ST_Xstring), so that Excel
 * shows the text as it was instead of decoding it. */
static int hex4(const unsigned char *p)
{
    for (int i = 0; i < 4; i++)
        if (!((p[i] >= '0' && p[i] <= '9') || (p[i] >= 'a' && p[i] <= 'f') ||
              (p[i] >= 'A' && p[i] <= 'F')))
            return 0;
    return 1;
}

static const char *cell_escape(const unsigned char *p, size_t *len, char *buf)
{
    (void)buf;
    unsigned long cp;
    if ((*len = utf8_next(p, &cp)) == 0) {
        *len = 1;
        return REPLACEMENT;
    }
    if (cp == '_')
        return p[1] == 'x' && hex4(p + 2) && p[6] == '_' ? "_x005F_" : NULL;
    return cp == 0xFFFE || cp == 0xFFFF ? REPLACEMENT : NULL;
}

static const escaper CELL = ESCAPER(0, BIT('_'), cell_escape);

/* The count of UTF-8 characters in s (valid UTF-8) up to where a cut
 * leaves at most max of them; *cut is that byte offset. */
static size_t utf8_chars(const char *s, size_t max, size_t *cut)
{
    size_t n = 0, i = 0;
    *cut = 0;
    for (; s[i]; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80 && n++ == max)
            *cut = i;
    if (n <= max)
        *cut = i;
    return n;
}

char *asr_cell_text(const char *s, size_t max, const char *mark)
{
    char *buf = NULL;
    size_t size = 0;
    FILE *m = open_memstream(&buf, &size);
    if (m == NULL)
        return NULL;
    write_escaped(m, s, &CELL);
    if (fclose(m) != 0) {
        free(buf);
        return NULL;
    }
    size_t cut;
    if (utf8_chars(buf, max, &cut) <= max)
        return buf;
    size_t marks = utf8_chars(mark, (size_t)-1, &cut);
    utf8_chars(buf, max > marks ? max - marks : 0, &cut);
    /* Cut between characters (a cut inside "_x005F_" leaves plain text). */
    char *out = realloc(buf, cut + strlen(mark) + 1);
    if (out == NULL) {
        free(buf);
        return NULL;
    }
    strcpy(out + cut, mark);
    return out;
}

/* Terminal text: one line per finding, so no character that breaks a line
 * or drives the terminal is written raw: \n \r \t, other C0 and DEL as
 * \xHH, C1 and U+2028/9 as \uHHHH; a byte that is not UTF-8 as \xHH (so a
 * file name can still be told apart). A backslash is left as it is: it
 * cannot start a line. */
static const char *text_escape(const unsigned char *p, size_t *len, char *buf)
{
    unsigned long cp;
    if ((*len = utf8_next(p, &cp)) == 0) {
        *len = 1;
        snprintf(buf, 16, "\\x%02x", *p);
        return buf;
    }
    if (!is_control(cp))
        return NULL;
    switch (cp) {
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    }
    snprintf(buf, 16, cp < 0x80 ? "\\x%02lx" : "\\u%04lx", cp);
    return buf;
}

static const escaper TEXT = ESCAPER(CONTROLS, DEL, text_escape);

void asr_text_out(FILE *out, const char *s) { write_escaped(out, s, &TEXT); }

void asr_text_cell(FILE *out, const char *s, int width)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    char buf[16];
    int used = 0;
    while (*p) {
        size_t len;
        const char *esc = text_escape(p, &len, buf);
        int w = esc ? (int)strlen(esc) : 1; /* a column per character */
        if (used + w > width)
            break; /* cut before the character, never inside it */
        if (esc)
            fputs(esc, out);
        else
            fwrite(p, 1, len, out);
        used += w;
        p += len;
    }
    for (; used < width; used++)
        fputc(' ', out);
}
