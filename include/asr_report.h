/* asr_report.h: report writers. A writer takes the run's facts and the
 * returns one at a time, in order, and a stream, and nothing else; it keeps
 * only what it needs for its closing part (counts, the RAG matrix), so a
 * batch of any size is written in flat memory. Output order is the input
 * order, so two runs compare byte for byte. */
#ifndef ASR_REPORT_H
#define ASR_REPORT_H

#include "asr_catalogue.h"
#include "asr_finding.h"

#include <stdio.h>

/* "text", "json", "csv", "html", "junit", "svrl", "xlsx". */
int asr_format_known(const char *format);
/* Whether format is written to a file by its name, not to a stream: xlsx,
 * a zip archive libxlsxwriter writes (asr_output_open_file gives it one). */
int asr_format_is_file(const char *format);
/* The formats, comma-separated, for messages. */
extern const char ASR_FORMATS[];

typedef struct asr_writer asr_writer;

/* Start a report in format on out (borrowed, as is info, until end). NULL
 * for an unknown format, a file format, or out of memory. */
asr_writer *asr_writer_new(const char *format, FILE *out, const asr_run_info *info);
/* Start a report in a file format, replacing the bytes of the file at path
 * (which exists) when it ends. NULL for an unknown format, a stream format,
 * or out of memory. */
asr_writer *asr_writer_new_at(const char *format, const char *path, const asr_run_info *info);
/* Write one return. Returns 0 or -1 on a write error. */
int asr_writer_add(asr_writer *w, const asr_return_report *r);
/* Finish the report and free the writer. Returns 0 or -1 on a write error. */
int asr_writer_end(asr_writer *w);

/* All of the above for returns held in memory (stream formats). */
int asr_write_all(const char *format, FILE *out, const asr_run_info *info,
                  const asr_return_report *returns, size_t n);

/* ---- the RAG matrix (html for several returns, and `assure summary`) ---- */

/* One return's row: its outcome for each rule of the run (info->rule_ids
 * order). All strings owned. */
typedef struct asr_matrix_row {
    char *file, *alliance_code, *alliance_name, *region, *quarter;
    bool readable;
    unsigned char *outcomes; /* info->nrules entries; ASR_OUTCOME_COUNT = not run */
    unsigned char *waived;   /* info->nrules entries: 1 where that finding is waived */
    size_t index;            /* the return's place in the run, for links */
} asr_matrix_row;

/* Fill row from r (0, or -1 out of memory). */
int asr_matrix_row_init(asr_matrix_row *row, const asr_return_report *r, const asr_run_info *info);
void asr_matrix_row_free(asr_matrix_row *row);
/* How many readable rows have each outcome for rule (an index into
 * info->rule_ids). */
void asr_matrix_counts(const asr_matrix_row *rows, size_t n, size_t rule,
                       size_t counts[ASR_OUTCOME_COUNT]);
/* Keep the rows whose return the run counts (asr_run_counts, by each row's
 * index): a superseded return's row is freed and the rest move down, in
 * order; the slots past them are zeroed. Returns how many are kept. */
size_t asr_matrix_keep_counted(asr_matrix_row *rows, size_t n, const asr_run_info *info);
/* Sort rows by region, then alliance name, then quarter, then file. */
void asr_matrix_sort(asr_matrix_row *rows, size_t n);

/* `assure summary`: rows as text, csv or html, with per-rule counts across
 * the rows. -1 on a write error or an unknown format. */
int asr_write_summary(const char *format, FILE *out, const asr_run_info *info,
                      const asr_matrix_row *rows, size_t n);
/* The HTML matrix table alone (report_html.c), for the html report and the
 * html summary. Each alliance cell links to href_prefix + row index, when
 * href_prefix is not NULL. */
void asr_html_matrix(FILE *out, const asr_run_info *info, const asr_matrix_row *rows, size_t n,
                     const char *href_prefix);
/* The page's <head> with the shared stylesheet (the matrix's colours are
 * ASR_RAG's, by cat's outcome names; none if cat is NULL), and <body>
 * opened. */
void asr_html_page_start(FILE *out, const char *title, const asr_catalogue *cat);

/* ---- for writers ------------------------------------------------------- */

/* A matrix cell's colours, 0xRRGGBB: its fill and its text. */
typedef struct asr_rag {
    unsigned fill, ink;
} asr_rag;
/* By outcome, and at ASR_OUTCOME_COUNT a rule that did not run: the html
 * report's matrix and the xlsx workbook's both take theirs from here. */
extern const asr_rag ASR_RAG[ASR_OUTCOME_COUNT + 1];
/* A return that could not be read. */
extern const asr_rag ASR_RAG_UNREADABLE;

/* Every escaper below takes any bytes (NULL is "") and writes valid UTF-8
 * that is valid in its format: a byte that is not UTF-8 becomes U+FFFD
 * (in terminal text, \xHH). */

/* s as a JSON string literal, quotes included (RFC 8259 escaping; DEL, C1
 * and U+2028/9 as \u escapes too, so no raw control character is written). */
void asr_json_string(FILE *out, const char *s);
/* One CSV field (RFC 4180 quoting; a leading = + - @ tab or CR gets a ' so a
 * spreadsheet shows it as text, see report_csv.c), then sep (',' or 0).
 * NULL is an empty field. */
void asr_csv_field(FILE *out, const char *s, char sep);
/* The text of a CSV field: double quotes doubled (for inside quotes). */
void asr_csv_text(FILE *out, const char *s);
/* s for a terminal, on one line: line breaks, tab, the other C0 controls,
 * DEL, C1 and U+2028/9 shown escaped (\n \r \t \x1b \u0085 \u2028), so text
 * from a return can neither start a line (a forged finding) nor drive the
 * terminal (an escape sequence in a file name). */
void asr_text_out(FILE *out, const char *s);
/* As asr_text_out, in a column width characters wide: cut before a
 * character that would not fit (never inside one), padded with spaces. */
void asr_text_cell(FILE *out, const char *s, int width);
/* s escaped for XML and HTML text and attribute values (& < > " '); C0
 * other than tab, LF and CR, U+FFFE and U+FFFF as U+FFFD. */
void asr_xml_text(FILE *out, const char *s);
/* s as XML character data (attr = 0) or an attribute value (attr = 1):
 * escaped, CR (and in attributes tab and LF) as character references so a
 * parser reads them back unchanged, invalid UTF-8 as U+FFFD. */
void asr_xml_out(FILE *out, const char *s, int attr);
/* An attribute for a start tag: a space, name="value" (value escaped). */
void asr_xml_attr(FILE *out, const char *name, const char *value);
/* s as the text of a spreadsheet cell (xlsx), a new string (NULL when out
 * of memory): valid UTF-8 (bad bytes, U+FFFE and U+FFFF as U+FFFD), an
 * underscore starting _xHHHH_ escaped as _x005F_, and at most max
 * characters: a longer text is cut between characters, ending with mark
 * (which counts towards max). */
char *asr_cell_text(const char *s, size_t max, const char *mark);

/* ---- the csv report's rows (report_csv.c), also the xlsx Findings sheet -- */

#define ASR_CSV_NCOLUMNS 22
/* The column names, in order: file ... line first (the contract's), then
 * the appended ones (report_csv.c). */
extern const char *const ASR_CSV_COLUMNS[ASR_CSV_NCOLUMNS];

/* One row: a field per column (NULL = empty), strings borrowed from the
 * return, its finding or the catalogue, valid during the callback only. */
typedef struct asr_csv_row {
    const char *v[ASR_CSV_NCOLUMNS];
    long line; /* the "line" column as a number; 0 = empty */
    char line_text[24];
    char *subjects; /* the subjects joined with "; " (owned) */
} asr_csv_row;

/* Call each with every row of r in order: a row per finding, or for a
 * return that could not be read a row per error (outcome error). Returns
 * the results of each OR'ed together. */
int asr_csv_rows(const asr_catalogue *cat, const asr_return_report *r,
                 int (*each)(void *ctx, const asr_csv_row *row), void *ctx);

/* A format: begin, add each return, end. state is state_size bytes, zeroed;
 * end also frees whatever the writer allocated in it. A file format (xlsx)
 * has open instead of begin, and is given no stream (out is NULL). */
typedef struct asr_writer_ops {
    const char *name;
    size_t state_size;
    int (*begin)(FILE *out, const asr_run_info *info, void *state);
    int (*add)(FILE *out, const asr_run_info *info, void *state, const asr_return_report *r);
    int (*end)(FILE *out, const asr_run_info *info, void *state);
    int (*open)(const char *path, const asr_run_info *info, void *state);
} asr_writer_ops;

extern const asr_writer_ops asr_text_ops, asr_json_ops, asr_csv_ops, asr_html_ops, asr_junit_ops,
    asr_svrl_ops, asr_xlsx_ops;

#endif
