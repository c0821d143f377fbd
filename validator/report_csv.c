/* report_csv.c: the csv report (cli-and-report.md): one row per finding, for
 * a spreadsheet.
 *
 * Layout. The first ten columns are the contract's and keep its order:
 *   file,alliance,quarter,rule,workstream,outcome,subjects,message,prompt,line
 * (alliance is the alliance code, quarter the return's own quarter, subjects
 * joined with "; ", line the first location's line or empty). Further columns
 * are appended after them, never between:
 *   alliance_name,region,financial_year,judged_quarter,title,due,source,
 *   xpath,change,waived,waiver_reason,sha256
 * (xpath is the first location's, waived is true or false).
 * A return that could not be read gets one row per error (normally exactly
 * one): outcome "error", rule its code (XML-01), the error's message and line.
 *
 * Encoding. RFC 4180: CRLF after every row, header included; a field that
 * holds a comma, a double quote, CR or LF is quoted, with its quotes doubled.
 * The file starts with a UTF-8 byte order mark (EF BB BF): without one, Excel
 * opens a double-clicked .csv in the local ANSI code page and mangles every
 * non-ASCII name (Bromley & Lewisham's "e" acutes, en dashes). Tools that
 * read RFC 4180 strictly must skip the three bytes; Python's "utf-8-sig",
 * R's readr and LibreOffice do.
 *
 * Bytes that are not UTF-8 (a file name, a waiver reason) are written as
 * U+FFFD, so the file is always UTF-8 (asr_csv_text).
 *
 * Formula injection. Text in the report comes from returns written by other
 * organisations. A cell that starts with =, +, -, @, a tab or a CR is taken
 * by Excel and LibreOffice as a formula (=cmd|' /C calc'!A0 runs a program
 * after one warning), so such a field gets a single quote ' in front, which
 * makes the spreadsheet show it as text (OWASP, "CSV Injection"). The guard
 * applies to every text field; the quote is the only change made to a value.
 * Readers that are not spreadsheets see the quote. */
#include "asr_report.h"

#include <stdlib.h>
#include <string.h>

#define ROW_END "\r\n"

static const char HEADER[] =
    "file,alliance,quarter,rule,workstream,outcome,subjects,message,prompt,line,"
    "alliance_name,region,financial_year,judged_quarter,title,due,source,"
    "xpath,change,waived,waiver_reason,sha256" ROW_END;

/* Whether a spreadsheet would read a cell starting with s as a formula. */
static int formula_like(const char *s) { return s[0] != '\0' && strchr("=+-@\t\r", s[0]) != NULL; }

/* One field, guarded and quoted as the file comment says, followed by sep
 * (',' or 0 for the last field of a row). NULL is an empty field. */
void asr_csv_field(FILE *out, const char *s, char sep)
{
    s = s ? s : "";
    int guard = formula_like(s);
    if (strpbrk(s, ",\"\r\n") == NULL) {
        if (guard)
            fputc('\'', out);
        asr_csv_text(out, s);
    } else {
        fputc('"', out);
        if (guard)
            fputc('\'', out);
        asr_csv_text(out, s); /* quotes doubled */
        fputc('"', out);
    }
    if (sep)
        fputc(sep, out);
}

/* subjects joined with "; ", as one field. */
static void subjects_field(FILE *out, const asr_finding *f)
{
    size_t len = 0;
    for (size_t i = 0; i < f->nsubjects; i++)
        len += strlen(f->subjects[i] ? f->subjects[i] : "") + 2;
    char small[512];
    char *buf = len < sizeof small ? small : malloc(len + 1);
    if (buf == NULL) {
        /* Out of memory: an empty field rather than a shifted row. */
        asr_csv_field(out, "", ',');
        return;
    }
    buf[0] = '\0';
    char *p = buf;
    for (size_t i = 0; i < f->nsubjects; i++) {
        const char *s = f->subjects[i] ? f->subjects[i] : "";
        size_t n = strlen(s);
        if (i) {
            memcpy(p, "; ", 2);
            p += 2;
        }
        memcpy(p, s, n);
        p += n;
    }
    *p = '\0';
    asr_csv_field(out, buf, ',');
    if (buf != small)
        free(buf);
}

/* A line number field: empty when unknown. */
static void line_field(FILE *out, long line)
{
    if (line > 0)
        fprintf(out, "%ld", line);
    fputc(',', out);
}

/* The columns every row of r shares up to rule: file, alliance, quarter. */
static void return_columns(FILE *out, const asr_return_report *r)
{
    asr_csv_field(out, r->file, ',');
    asr_csv_field(out, r->alliance_code, ',');
    asr_csv_field(out, r->quarter, ',');
}

/* The appended columns that describe the return, right after line. */
static void return_extra_columns(FILE *out, const asr_return_report *r)
{
    asr_csv_field(out, r->alliance_name, ',');
    asr_csv_field(out, r->region, ',');
    asr_csv_field(out, r->financial_year, ',');
    asr_csv_field(out, r->judged_quarter, ',');
}

static void finding_row(FILE *out, const asr_catalogue *cat, const asr_return_report *r,
                        const asr_finding *f)
{
    const asr_location *first = f->nlocations > 0 ? &f->locations[0] : NULL;
    return_columns(out, r);
    asr_csv_field(out, f->rule, ',');
    asr_csv_field(out, f->workstream, ',');
    asr_csv_field(out, asr_outcome_name(cat, f->outcome), ',');
    subjects_field(out, f);
    asr_csv_field(out, f->message, ',');
    asr_csv_field(out, f->prompt, ',');
    line_field(out, first ? first->line : 0);
    return_extra_columns(out, r);
    asr_csv_field(out, f->title, ',');
    asr_csv_field(out, f->due, ',');
    asr_csv_field(out, f->source, ',');
    asr_csv_field(out, first ? first->xpath : NULL, ',');
    asr_csv_field(out, f->change, ',');
    asr_csv_field(out, f->waived ? "true" : "false", ',');
    asr_csv_field(out, f->waived ? f->waiver_reason : NULL, ',');
    asr_csv_field(out, r->sha256, 0);
    fputs(ROW_END, out);
}

/* The row of an unreadable return for one error. */
static void error_row(FILE *out, const asr_catalogue *cat, const asr_return_report *r,
                      const char *code, const char *message, long line)
{
    /* The built-in check the error is (XML-01), from the catalogue. */
    const asr_builtin *b = asr_catalogue_builtin(cat, code);
    if (b == NULL)
        b = asr_catalogue_builtin(cat, "XML-01");
    return_columns(out, r);
    asr_csv_field(out, code, ',');
    asr_csv_field(out, b ? b->workstream : "", ',');
    asr_csv_field(out, asr_outcome_name(cat, ASR_ERROR), ',');
    asr_csv_field(out, "", ',');
    asr_csv_field(out, message, ',');
    asr_csv_field(out, "", ',');
    line_field(out, line);
    return_extra_columns(out, r);
    asr_csv_field(out, b ? b->title : "", ',');
    asr_csv_field(out, "every", ',');
    asr_csv_field(out, "", ',');
    asr_csv_field(out, "", ',');
    asr_csv_field(out, "", ',');
    asr_csv_field(out, "false", ',');
    asr_csv_field(out, "", ',');
    asr_csv_field(out, r->sha256, 0);
    fputs(ROW_END, out);
}

static int csv_begin(FILE *out, const asr_run_info *info, void *state)
{
    (void)info;
    (void)state;
    fputs("\xEF\xBB\xBF", out);
    fputs(HEADER, out);
    return 0;
}

static int csv_add(FILE *out, const asr_run_info *info, void *state, const asr_return_report *r)
{
    (void)info;
    (void)state;
    if (!r->readable) {
        if (r->errors.n == 0)
            error_row(out, info->cat, r, "XML-01", "the file could not be read as a return", 0);
        for (size_t i = 0; i < r->errors.n; i++) {
            const asr_err *e = &r->errors.v[i];
            error_row(out, info->cat, r, e->code[0] ? e->code : "XML-01", e->message, e->line);
        }
        return 0;
    }
    for (size_t i = 0; i < r->nfindings; i++)
        finding_row(out, info->cat, r, &r->findings[i]);
    return 0;
}

static int csv_end(FILE *out, const asr_run_info *info, void *state)
{
    (void)out;
    (void)info;
    (void)state;
    return 0;
}

const asr_writer_ops asr_csv_ops = {"csv", 0, csv_begin, csv_add, csv_end};
