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

/* The columns, in order (asr_report.h: the xlsx report's Findings sheet
 * has the same). */
const char *const ASR_CSV_COLUMNS[ASR_CSV_NCOLUMNS] = {
    "file",           "alliance",       "quarter",       "rule",   "workstream",    "outcome",
    "subjects",       "message",        "prompt",        "line",   "alliance_name", "region",
    "financial_year", "judged_quarter", "title",         "due",    "source",        "xpath",
    "change",         "waived",         "waiver_reason", "sha256",
};

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

/* subjects joined with "; " (owned), or NULL when out of memory. */
static char *join_subjects(const asr_finding *f)
{
    size_t len = 1;
    for (size_t i = 0; i < f->nsubjects; i++)
        len += strlen(f->subjects[i] ? f->subjects[i] : "") + 2;
    char *buf = malloc(len), *p = buf;
    if (buf == NULL)
        return NULL;
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
    return buf;
}

/* The columns every row of r shares: file, alliance, quarter, and after
 * line those describing the return, and its SHA-256. */
static void return_columns(asr_csv_row *row, const asr_return_report *r)
{
    const char **v = row->v;
    v[0] = r->file;
    v[1] = r->alliance_code;
    v[2] = r->quarter;
    v[10] = r->alliance_name;
    v[11] = r->region;
    v[12] = r->financial_year;
    v[13] = r->judged_quarter;
    v[21] = r->sha256;
}

static void set_line(asr_csv_row *row, long line)
{
    row->line = line > 0 ? line : 0;
    if (row->line)
        snprintf(row->line_text, sizeof row->line_text, "%ld", line);
    row->v[9] = row->line ? row->line_text : NULL;
}

static int finding_row(asr_csv_row *row, const asr_catalogue *cat, const asr_return_report *r,
                       const asr_finding *f)
{
    memset(row, 0, sizeof *row);
    const asr_location *first = f->nlocations > 0 ? &f->locations[0] : NULL;
    const char **v = row->v;
    return_columns(row, r);
    v[3] = f->rule;
    v[4] = f->workstream;
    v[5] = asr_outcome_name(cat, f->outcome);
    v[6] = row->subjects = join_subjects(f);
    v[7] = f->message;
    v[8] = f->prompt;
    set_line(row, first ? first->line : 0);
    v[14] = f->title;
    v[15] = f->due;
    v[16] = f->source;
    v[17] = first ? first->xpath : NULL;
    v[18] = f->change;
    v[19] = f->waived ? "true" : "false";
    v[20] = f->waived ? f->waiver_reason : NULL;
    /* Out of memory: an empty field rather than a shifted row. */
    return row->subjects || f->nsubjects == 0 ? 0 : -1;
}

static void error_row(asr_csv_row *row, const asr_catalogue *cat, const asr_return_report *r,
                      const char *code, const char *message, long line)
{
    memset(row, 0, sizeof *row);
    /* The built-in check the error is (XML-01), from the catalogue. */
    const asr_builtin *b = asr_catalogue_builtin(cat, code);
    if (b == NULL)
        b = asr_catalogue_builtin(cat, "XML-01");
    const char **v = row->v;
    return_columns(row, r);
    v[3] = code;
    v[4] = b ? b->workstream : NULL;
    v[5] = asr_outcome_name(cat, ASR_ERROR);
    v[7] = message;
    set_line(row, line);
    v[14] = b ? b->title : NULL;
    v[15] = "every";
    v[19] = "false";
}

int asr_csv_rows(const asr_catalogue *cat, const asr_return_report *r,
                 int (*each)(void *ctx, const asr_csv_row *row), void *ctx)
{
    asr_csv_row row;
    int rc = 0;
    if (!r->readable) {
        if (r->errors.n == 0) {
            error_row(&row, cat, r, "XML-01", "the file could not be read as a return", 0);
            rc |= each(ctx, &row);
        }
        for (size_t i = 0; i < r->errors.n; i++) {
            const asr_err *e = &r->errors.v[i];
            error_row(&row, cat, r, e->code[0] ? e->code : "XML-01", e->message, e->line);
            rc |= each(ctx, &row);
        }
        return rc;
    }
    for (size_t i = 0; i < r->nfindings; i++) {
        finding_row(&row, cat, r, &r->findings[i]);
        rc |= each(ctx, &row);
        free(row.subjects);
    }
    return rc;
}

/* One row of the report, CRLF-terminated. */
static int write_row(void *out, const asr_csv_row *row)
{
    for (size_t c = 0; c < ASR_CSV_NCOLUMNS; c++)
        asr_csv_field(out, row->v[c], c + 1 < ASR_CSV_NCOLUMNS ? ',' : 0);
    fputs(ROW_END, out);
    return 0;
}

static int csv_begin(FILE *out, const asr_run_info *info, void *state)
{
    (void)info;
    (void)state;
    fputs("\xEF\xBB\xBF", out);
    for (size_t c = 0; c < ASR_CSV_NCOLUMNS; c++)
        fprintf(out, "%s%c", ASR_CSV_COLUMNS[c], c + 1 < ASR_CSV_NCOLUMNS ? ',' : '\r');
    fputs("\n", out);
    return 0;
}

static int csv_add(FILE *out, const asr_run_info *info, void *state, const asr_return_report *r)
{
    (void)state;
    return asr_csv_rows(info->cat, r, write_row, out);
}

static int csv_end(FILE *out, const asr_run_info *info, void *state)
{
    (void)out;
    (void)info;
    (void)state;
    return 0;
}

const asr_writer_ops asr_csv_ops = {"csv", 0, csv_begin, csv_add, csv_end, NULL};
