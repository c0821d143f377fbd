/* report_xlsx.c: the xlsx report (--format xlsx, for check and summary
 * alike): one Excel workbook, written by libxlsxwriter, for the regional
 * teams who work in spreadsheets. Its sheets:
 *
 *   Summary   alliances down, rules across under their workstreams, each
 *             cell its outcome's code (the catalogue's) on the html
 *             report's RAG fill (ASR_RAG); per-alliance totals by outcome
 *             at the end of each row, per-rule totals at the foot, a key;
 *             the headings and the alliance columns frozen.
 *   Findings  one row per finding with the csv report's columns, made by
 *             the same code (asr_csv_rows); an autofilter, widths that fit
 *             the text, messages and prompts wrapped.
 *   Run       the run record, as the json report has it: assure's version,
 *             the rule set's hash, the run time, notes, the tolerances in
 *             force, and each input file's SHA-256.
 *
 * Text is never a formula: every text cell is written with
 * worksheet_write_string, which stores a string whatever it starts with
 * (a narrative "=HYPERLINK(..." stays that text; no quote is added, as the
 * csv report must). Numbers are written only for counts, and for the line
 * column (a line number, so that it sorts as one). libxlsxwriter writes
 * the bytes it is given, so every text goes through asr_cell_text first:
 * valid UTF-8, and at most 32,767 characters (Excel's limit, which
 * libxlsxwriter enforces by refusing the cell) with CUT_MARK where cut.
 *
 * Memory: the workbook is in libxlsxwriter's constant_memory mode, which
 * writes each row to a temporary file once the next one starts, so a batch
 * of any size takes flat memory. Rows must then be written in order on
 * each sheet, and are: Findings and Run's returns as each return arrives,
 * Summary at the end from one small matrix row per return.
 *
 * Read back: libxlsxwriter 1.1.4 does not check its writes to its
 * temporary files, so a full disk or a file size limit truncates a sheet
 * and workbook_close still succeeds (tried: under `ulimit -f 50` it gave a
 * workbook whose sheets ended mid-tag). So once written, the workbook is
 * read back (verify): every part must inflate with its CRC right (minizip,
 * the zip library libxlsxwriter itself uses) and every XML part must be
 * well-formed (libxml2's push parser with no handlers, which keeps
 * nothing, so memory stays flat however large the sheets). A workbook
 * that fails is an error, and -o leaves the old file as it was. */
#define _DEFAULT_SOURCE /* timegm */
#include "asr_report.h"

#include <libxml/parser.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unzip.h>
#include <xlsxwriter.h>

/* Excel's most characters in a cell. */
#define CELL_MAX 32767
#define CUT_MARK                                                                                   \
    " [\xE2\x80\xA6 cut here: a cell holds at most 32,767 characters; the json report has the "    \
    "whole text]"
/* Widths are in characters, capped so that no column is wider than a
 * screen; text past the cap wraps (or is cut off, in a column not wrapped). */
#define WIDTH_CAP 60

enum { SUMMARY, FINDINGS, RUN, NSHEETS };
static const char *const SHEET_NAMES[NSHEETS] = {"Summary", "Findings", "Run"};

/* Findings columns that wrap, at the width given (the others fit their
 * text, up to WIDTH_CAP). */
static unsigned wrap_width(size_t col)
{
    switch (col) {
    case 6: return 30;  /* subjects */
    case 7: return 70;  /* message */
    case 8: return 70;  /* prompt */
    case 14: return 40; /* title */
    case 16: return 40; /* source */
    case 20: return 40; /* waiver_reason */
    }
    return 0;
}

/* The Run sheet's table of returns. */
static const char *const RUN_COLUMNS[] = {
    "file",           "sha256",  "alliance",       "alliance_name", "region",
    "financial_year", "quarter", "judged_quarter", "valid",         "previous",
};
#define RUN_NCOLUMNS (sizeof RUN_COLUMNS / sizeof RUN_COLUMNS[0])

typedef struct formats {
    lxw_format *title, *head, *group, *rule, *text, *wrap, *count, *zero, *unread;
    lxw_format *cell[ASR_OUTCOME_COUNT + 1], *waived[ASR_OUTCOME_COUNT + 1];
} formats;

typedef struct xlsx_state {
    lxw_workbook *wb;
    lxw_worksheet *ws[NSHEETS];
    lxw_row_t next[NSHEETS]; /* the next row to write on each sheet */
    formats f;
    const asr_run_info *info;
    unsigned fwidth[ASR_CSV_NCOLUMNS]; /* Findings: the widest text per column */
    unsigned rwidth[RUN_NCOLUMNS];     /* Run */
    asr_matrix_row *rows;              /* one per return, for Summary */
    size_t n, cap;
    size_t notes_done; /* the run's notes on the Run sheet so far */
    lxw_error err;    /* the first write that failed */
    const char *path; /* the workbook's file (borrowed) */
} xlsx_state;

/* ------------------------------------------------------------ cells */

static void note_error(xlsx_state *st, lxw_error e)
{
    if (e != LXW_NO_ERROR && st->err == LXW_NO_ERROR)
        st->err = e;
}

/* Plain text that needs no change: ASCII, no underscore, short. */
static int plain(const char *s)
{
    size_t n = 0;
    for (; s[n]; n++)
        if ((unsigned char)s[n] >= 0x80 || s[n] == '_')
            return 0;
    return n <= CELL_MAX;
}

/* The characters of UTF-8 text (for widths). */
static unsigned chars(const char *s)
{
    unsigned n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* Text in a cell as a string (never a formula). Returns its width in
 * characters, its longest line's, for column widths. */
static unsigned put(xlsx_state *st, int sheet, lxw_row_t row, lxw_col_t col, const char *s,
                    lxw_format *fmt)
{
    if (s == NULL || *s == '\0') {
        if (fmt)
            note_error(st, worksheet_write_blank(st->ws[sheet], row, col, fmt));
        return 0;
    }
    char *safe = plain(s) ? NULL : asr_cell_text(s, CELL_MAX, CUT_MARK);
    if (safe == NULL && !plain(s)) {
        note_error(st, LXW_ERROR_MEMORY_MALLOC_FAILED);
        return 0;
    }
    const char *t = safe ? safe : s;
    note_error(st, worksheet_write_string(st->ws[sheet], row, col, t, fmt));
    unsigned widest = 0, w = 0;
    for (const char *p = t; *p; p++) {
        if (*p == '\n')
            w = 0;
        else if (((unsigned char)*p & 0xC0) != 0x80 && ++w > widest)
            widest = w;
    }
    free(safe);
    return widest;
}

static void put_count(xlsx_state *st, int sheet, lxw_row_t row, lxw_col_t col, size_t n)
{
    note_error(st, worksheet_write_number(st->ws[sheet], row, col, (double)n,
                                          n ? st->f.count : st->f.zero));
}

static unsigned widen(unsigned *w, unsigned by)
{
    if (by > *w)
        *w = by;
    return *w;
}

static void set_width(xlsx_state *st, int sheet, lxw_col_t col, unsigned chars_wide)
{
    unsigned w = chars_wide < 4 ? 4 : chars_wide > WIDTH_CAP ? WIDTH_CAP : chars_wide;
    note_error(st, worksheet_set_column(st->ws[sheet], col, col, w + 2.0, NULL));
}

/* ------------------------------------------------------------ formats */

static lxw_format *rag_format(lxw_workbook *wb, asr_rag c, int bold, int waived)
{
    lxw_format *f = workbook_add_format(wb);
    format_set_bg_color(f, c.fill);
    format_set_font_color(f, c.ink);
    format_set_align(f, LXW_ALIGN_CENTER);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    if (bold)
        format_set_bold(f);
    /* A waived cell keeps its outcome and is marked, as in the html
     * matrix: a dashed blue border, and a * after the code. */
    format_set_border(f, waived ? LXW_BORDER_DASHED : LXW_BORDER_THIN);
    format_set_border_color(f, waived ? 0x005EB8 : 0xD8DDE0);
    return f;
}

static void make_formats(lxw_workbook *wb, formats *f)
{
    f->title = workbook_add_format(wb);
    format_set_bold(f->title);
    format_set_font_size(f->title, 14);
    format_set_font_color(f->title, 0x003087);
    f->head = workbook_add_format(wb);
    format_set_bold(f->head);
    format_set_bg_color(f->head, 0xEEF1F2);
    format_set_bottom(f->head, LXW_BORDER_THIN);
    format_set_align(f->head, LXW_ALIGN_VERTICAL_BOTTOM);
    f->group = workbook_add_format(wb);
    format_set_bold(f->group);
    format_set_font_color(f->group, 0x003087);
    format_set_align(f->group, LXW_ALIGN_CENTER_ACROSS);
    f->rule = workbook_add_format(wb);
    format_set_bg_color(f->rule, 0xEEF1F2);
    format_set_rotation(f->rule, 90);
    format_set_align(f->rule, LXW_ALIGN_CENTER);
    format_set_border(f->rule, LXW_BORDER_THIN);
    format_set_border_color(f->rule, 0xD8DDE0);
    f->text = workbook_add_format(wb);
    format_set_align(f->text, LXW_ALIGN_VERTICAL_TOP);
    f->wrap = workbook_add_format(wb);
    format_set_text_wrap(f->wrap);
    format_set_align(f->wrap, LXW_ALIGN_VERTICAL_TOP);
    f->count = workbook_add_format(wb);
    format_set_align(f->count, LXW_ALIGN_CENTER);
    f->zero = workbook_add_format(wb);
    format_set_align(f->zero, LXW_ALIGN_CENTER);
    format_set_font_color(f->zero, 0xB8C2C8);
    f->unread = rag_format(wb, ASR_RAG_UNREADABLE, 0, 0);
    format_set_align(f->unread, LXW_ALIGN_LEFT);
    for (unsigned o = 0; o <= ASR_OUTCOME_COUNT; o++) {
        /* Bold where the html matrix is: all but not-due, n/a, not run. */
        int bold = o != ASR_NOT_DUE && o != ASR_NOT_APPLICABLE && o != ASR_OUTCOME_COUNT;
        f->cell[o] = rag_format(wb, ASR_RAG[o], bold, 0);
        f->waived[o] = rag_format(wb, ASR_RAG[o], bold, 1);
    }
}

/* ------------------------------------------------------------ Run */

/* A label and its value on the Run sheet. */
static void run_fact(xlsx_state *st, const char *label, const char *value)
{
    lxw_row_t r = st->next[RUN]++;
    widen(&st->rwidth[0], put(st, RUN, r, 0, label, st->f.head));
    put(st, RUN, r, 1, value, st->f.text);
}

/* A table's headings on the Run sheet. */
static void run_heads(xlsx_state *st, const char *const *heads, size_t n)
{
    lxw_row_t r = st->next[RUN]++;
    for (size_t c = 0; c < n; c++)
        widen(&st->rwidth[c], put(st, RUN, r, (lxw_col_t)c, heads[c], st->f.head));
}

/* The run's facts, notes and tolerances, then the heading of the table of
 * returns (add writes its rows). */
static void run_begin(xlsx_state *st)
{
    const asr_run_info *info = st->info;
    put(st, RUN, st->next[RUN]++, 0, "The run", st->f.title);
    run_fact(st, "tool", "assure");
    run_fact(st, "version", info->version);
    run_fact(st, "rules_version", info->rules_version);
    run_fact(st, "run_time", info->run_time);
    lxw_row_t r = st->next[RUN]++;
    widen(&st->rwidth[0], put(st, RUN, r, 0, "rules", st->f.head));
    note_error(st, worksheet_write_number(st->ws[RUN], r, 1, (double)info->nrules, NULL));
    for (size_t i = 0; i < info->nnotes; i++)
        run_fact(st, "note", info->notes[i]);
    st->notes_done = info->nnotes;
    const asr_catalogue *cat = info->cat;
    if (cat && cat->ntolerances) {
        static const char *const heads[] = {"tolerance", "value", "default", "set_by", "reason"};
        st->next[RUN]++;
        run_heads(st, heads, 5);
        for (size_t i = 0; i < cat->ntolerances; i++) {
            const asr_tolerance *t = &cat->tolerances[i];
            const char *v[] = {t->name, t->value, t->default_value, t->set_by, t->reason};
            r = st->next[RUN]++;
            for (size_t c = 0; c < 5; c++)
                widen(&st->rwidth[c], put(st, RUN, r, (lxw_col_t)c, v[c], st->f.text));
        }
    }
    st->next[RUN]++;
    run_heads(st, RUN_COLUMNS, RUN_NCOLUMNS);
}

static void run_return(xlsx_state *st, const asr_return_report *r)
{
    const char *v[RUN_NCOLUMNS] = {
        r->file,          r->sha256,         r->alliance_code,
        r->alliance_name, r->region,         r->financial_year,
        r->quarter,       r->judged_quarter, r->valid ? "true" : "false",
        r->previous,
    };
    lxw_row_t row = st->next[RUN]++;
    for (size_t c = 0; c < RUN_NCOLUMNS; c++)
        widen(&st->rwidth[c], put(st, RUN, row, (lxw_col_t)c, v[c], st->f.text));
}

/* ------------------------------------------------------------ Findings */

static int finding_row(void *p, const asr_csv_row *row)
{
    xlsx_state *st = p;
    lxw_row_t r = st->next[FINDINGS]++;
    asr_outcome o;
    for (lxw_col_t c = 0; c < ASR_CSV_NCOLUMNS; c++) {
        lxw_format *fmt = wrap_width(c) ? st->f.wrap : st->f.text;
        if (c == 5 && asr_outcome_parse(st->info->cat, row->v[c], &o) == 0)
            fmt = st->f.cell[o];
        if (c == 9 && row->line > 0) {
            note_error(st, worksheet_write_number(st->ws[FINDINGS], r, c, (double)row->line, fmt));
            widen(&st->fwidth[c], (unsigned)strlen(row->line_text));
        } else {
            widen(&st->fwidth[c], put(st, FINDINGS, r, c, row->v[c], fmt));
        }
    }
    return 0;
}

/* ------------------------------------------------------------ Summary */

/* Summary's columns: region, alliance, code, quarter, the rules, a total
 * per outcome, the file. */
enum { S_REGION, S_ALLIANCE, S_CODE, S_QUARTER, S_RULES };
#define S_TOTALS(info) ((lxw_col_t)(S_RULES + (info)->nrules))
#define S_FILE(info)   ((lxw_col_t)(S_TOTALS(info) + ASR_OUTCOME_COUNT))

static const char *workstream_of(const asr_run_info *info, size_t k)
{
    return info->rule_workstreams && info->rule_workstreams[k] ? info->rule_workstreams[k] : "";
}

/* Row 1: each workstream's short name over its run of rule columns, and
 * "Totals" over the totals; row 2: the column headings. */
static void summary_heads(xlsx_state *st)
{
    const asr_run_info *info = st->info;
    const asr_catalogue *cat = info->cat;
    lxw_row_t r = st->next[SUMMARY]++;
    for (size_t k = 0; k < info->nrules;) {
        const asr_workstream *w = asr_catalogue_workstream(cat, workstream_of(info, k));
        put(st, SUMMARY, r, (lxw_col_t)(S_RULES + k), w ? w->short_name : workstream_of(info, k),
            st->f.group);
        for (k++;
             k < info->nrules && strcmp(workstream_of(info, k), workstream_of(info, k - 1)) == 0;
             k++)
            note_error(st, worksheet_write_blank(st->ws[SUMMARY], r, (lxw_col_t)(S_RULES + k),
                                                 st->f.group));
    }
    put(st, SUMMARY, r, S_TOTALS(info), "Rules by outcome", st->f.group);
    for (lxw_col_t c = 1; c < ASR_OUTCOME_COUNT; c++)
        note_error(st, worksheet_write_blank(st->ws[SUMMARY], r, S_TOTALS(info) + c, st->f.group));
    r = st->next[SUMMARY]++;
    note_error(st, worksheet_set_row(st->ws[SUMMARY], r, 66, NULL)); /* rule IDs, upright */
    static const char *const who[] = {"Region", "Alliance", "Code", "Quarter"};
    for (lxw_col_t c = 0; c < S_RULES; c++)
        put(st, SUMMARY, r, c, who[c], st->f.head);
    for (size_t k = 0; k < info->nrules; k++)
        put(st, SUMMARY, r, (lxw_col_t)(S_RULES + k), info->rule_ids[k], st->f.rule);
    for (size_t s = 0; s < ASR_OUTCOME_COUNT; s++)
        put(st, SUMMARY, r, S_TOTALS(info) + (lxw_col_t)s,
            asr_outcome_code(cat, cat->shown[s], "?"), st->f.cell[cat->shown[s]]);
    put(st, SUMMARY, r, S_FILE(info), "File", st->f.head);
}

/* One return's row. Returns the widths of its alliance and file. */
static void summary_row(xlsx_state *st, const asr_matrix_row *m, unsigned *wname, unsigned *wfile)
{
    const asr_run_info *info = st->info;
    const asr_catalogue *cat = info->cat;
    lxw_row_t r = st->next[SUMMARY]++;
    size_t counts[ASR_OUTCOME_COUNT + 1] = {0};
    put(st, SUMMARY, r, S_REGION, m->region ? m->region : "?", st->f.text);
    widen(wname, put(st, SUMMARY, r, S_ALLIANCE, m->alliance_name ? m->alliance_name : m->file,
                     st->f.text));
    put(st, SUMMARY, r, S_CODE, m->alliance_code, st->f.text);
    put(st, SUMMARY, r, S_QUARTER, m->quarter ? m->quarter : "?", st->f.text);
    for (size_t k = 0; k < info->nrules; k++) {
        lxw_col_t c = (lxw_col_t)(S_RULES + k);
        if (!m->readable) {
            put(st, SUMMARY, r, c, k == 0 ? "not readable: not checked" : NULL, st->f.unread);
            continue;
        }
        unsigned o = m->outcomes[k];
        char code[32];
        snprintf(code, sizeof code, "%s%s",
                 asr_outcome_code(cat, o, "\xE2\x80\x93"), /* en dash: not run */
                 m->waived[k] ? "*" : "");
        put(st, SUMMARY, r, c, code, m->waived[k] ? st->f.waived[o] : st->f.cell[o]);
        counts[o]++;
    }
    for (size_t s = 0; s < ASR_OUTCOME_COUNT && m->readable; s++)
        put_count(st, SUMMARY, r, S_TOTALS(info) + (lxw_col_t)s, counts[cat->shown[s]]);
    widen(wfile, put(st, SUMMARY, r, S_FILE(info), m->file, st->f.text));
}

/* The foot: per outcome, how many returns had it for each rule, and in
 * that outcome's totals column how many cells in all. */
static void summary_foot(xlsx_state *st)
{
    const asr_run_info *info = st->info;
    const asr_catalogue *cat = info->cat;
    size_t counts[ASR_OUTCOME_COUNT];
    for (size_t s = 0; s < ASR_OUTCOME_COUNT; s++) {
        asr_outcome o = cat->shown[s];
        lxw_row_t r = st->next[SUMMARY]++;
        char label[96];
        snprintf(label, sizeof label, "returns with %s", asr_outcome_name(cat, o));
        put(st, SUMMARY, r, S_ALLIANCE, label, st->f.head);
        put(st, SUMMARY, r, S_QUARTER, asr_outcome_code(cat, o, "?"), st->f.cell[o]);
        size_t all = 0;
        for (size_t k = 0; k < info->nrules; k++) {
            asr_matrix_counts(st->rows, st->n, k, counts);
            put_count(st, SUMMARY, r, (lxw_col_t)(S_RULES + k), counts[o]);
            all += counts[o];
        }
        put_count(st, SUMMARY, r, S_TOTALS(info) + (lxw_col_t)s, all);
    }
}

/* The key: each outcome's code on its fill, and what it means. */
static void summary_key(xlsx_state *st, int waived, int unreadable)
{
    const asr_catalogue *cat = st->info->cat;
    st->next[SUMMARY]++;
    put(st, SUMMARY, st->next[SUMMARY]++, S_ALLIANCE, "Key", st->f.head);
    for (size_t s = 0; s < ASR_OUTCOME_COUNT; s++) {
        asr_outcome o = cat->shown[s];
        char line[512];
        lxw_row_t r = st->next[SUMMARY]++;
        snprintf(line, sizeof line, "%s: %s", cat->outcomes[o].label, cat->outcomes[o].means);
        put(st, SUMMARY, r, S_REGION, asr_outcome_code(cat, o, "?"), st->f.cell[o]);
        put(st, SUMMARY, r, S_ALLIANCE, line, NULL);
    }
    lxw_row_t r = st->next[SUMMARY]++;
    put(st, SUMMARY, r, S_REGION, "\xE2\x80\x93", st->f.cell[ASR_OUTCOME_COUNT]);
    put(st, SUMMARY, r, S_ALLIANCE, "not run: the rule was not in force for this return", NULL);
    if (waived) {
        r = st->next[SUMMARY]++;
        put(st, SUMMARY, r, S_REGION, "*", st->f.waived[ASR_OUTCOME_COUNT]);
        put(st, SUMMARY, r, S_ALLIANCE,
            "waived: an agreed exception (--waivers); the outcome is kept, the reason is on the "
            "Findings sheet",
            NULL);
    }
    if (unreadable) {
        r = st->next[SUMMARY]++;
        put(st, SUMMARY, r, S_REGION, NULL, st->f.unread);
        put(st, SUMMARY, r, S_ALLIANCE,
            "not readable: the file is not a return assure can read; why is on the Findings sheet",
            NULL);
    }
}

static void summary_sheet(xlsx_state *st)
{
    const asr_run_info *info = st->info;
    char title[256];
    snprintf(title, sizeof title, "Regional summary: %zu %s", st->n,
             st->n == 1 ? "return" : "returns");
    put(st, SUMMARY, st->next[SUMMARY]++, 0, title, st->f.title);
    summary_heads(st);
    asr_matrix_sort(st->rows, st->n);
    unsigned wregion = 6, wname = 8, wfile = 4;
    int waived = 0, unreadable = 0;
    for (size_t i = 0; i < st->n; i++) {
        summary_row(st, &st->rows[i], &wname, &wfile);
        widen(&wregion, chars(st->rows[i].region ? st->rows[i].region : "?"));
        unreadable |= !st->rows[i].readable;
        for (size_t k = 0; k < info->nrules && st->rows[i].readable; k++)
            waived |= st->rows[i].waived[k];
    }
    summary_foot(st);
    summary_key(st, waived, unreadable);
    set_width(st, SUMMARY, S_REGION, wregion);
    set_width(st, SUMMARY, S_ALLIANCE, wname > 40 ? 40 : wname);
    set_width(st, SUMMARY, S_CODE, 9);
    set_width(st, SUMMARY, S_QUARTER, 6);
    if (info->nrules)
        note_error(st,
                   worksheet_set_column(st->ws[SUMMARY], S_RULES, S_TOTALS(info) - 1, 6.5, NULL));
    note_error(st,
               worksheet_set_column(st->ws[SUMMARY], S_TOTALS(info), S_FILE(info) - 1, 6.5, NULL));
    set_width(st, SUMMARY, S_FILE(info), wfile);
    worksheet_freeze_panes(st->ws[SUMMARY], 3, S_RULES);
    /* Printed for the quarterly review: A3 landscape, one page wide, the
     * headings on every page. */
    worksheet_set_landscape(st->ws[SUMMARY]);
    worksheet_set_paper(st->ws[SUMMARY], 8);
    worksheet_fit_to_pages(st->ws[SUMMARY], 1, 0);
    note_error(st, worksheet_repeat_rows(st->ws[SUMMARY], 0, 2));
}

/* ------------------------------------------------------------ read back */

static void quiet(void *ctx, xmlErrorPtr e)
{
    (void)ctx;
    (void)e;
}

/* The zip entry open in z inflates whole with its CRC right and, if it is
 * XML (.xml, .rels), is well-formed. */
static int part_ok(unzFile z, const char *name)
{
    size_t n = strlen(name);
    int xml = (n > 4 && strcmp(name + n - 4, ".xml") == 0) ||
              (n > 5 && strcmp(name + n - 5, ".rels") == 0);
    if (unzOpenCurrentFile(z) != UNZ_OK)
        return 0;
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.serror = quiet;
    xmlParserCtxtPtr p = xml ? xmlCreatePushParserCtxt(&sax, NULL, NULL, 0, name) : NULL;
    int ok = !xml || p != NULL, got = 0;
    if (p)
        xmlCtxtUseOptions(p, XML_PARSE_NONET);
    char buf[65536];
    while (ok && (got = unzReadCurrentFile(z, buf, sizeof buf)) > 0)
        ok = p == NULL || xmlParseChunk(p, buf, got, 0) == 0;
    ok = ok && got == 0;
    if (p) {
        ok = ok && xmlParseChunk(p, NULL, 0, 1) == 0 && p->wellFormed;
        xmlFreeParserCtxt(p);
    }
    return unzCloseCurrentFile(z) == UNZ_OK && ok; /* UNZ_CRCERROR */
}

/* Whether the workbook at path is whole: every part (why names the first
 * that is not), and a worksheet part per sheet. */
static int verify(const char *path, char *why, size_t cap)
{
    unzFile z = unzOpen64(path);
    snprintf(why, cap, "it is not a readable zip archive");
    if (z == NULL)
        return 0;
    int ok = unzGoToFirstFile(z) == UNZ_OK, sheets = 0;
    while (ok) {
        char name[256];
        unz_file_info64 fi;
        if (unzGetCurrentFileInfo64(z, &fi, name, sizeof name, NULL, 0, NULL, 0) != UNZ_OK)
            break;
        snprintf(why, cap, "its part %s is incomplete or damaged", name);
        if (!(ok = part_ok(z, name)))
            break;
        sheets += strncmp(name, "xl/worksheets/sheet", 19) == 0;
        int next = unzGoToNextFile(z);
        if (next == UNZ_END_OF_LIST_OF_FILE)
            break;
        ok = next == UNZ_OK;
    }
    unzClose(z);
    if (ok && sheets != NSHEETS)
        snprintf(why, cap, "it has %d sheets, not %d", sheets, NSHEETS);
    return ok && sheets == NSHEETS;
}

/* ------------------------------------------------------------ the writer */

/* ISO 8601 UTC ("2025-10-20T09:00:00Z") as a time, for the workbook's
 * creation date (0 if it is not one). */
static time_t parse_time(const char *iso)
{
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    if (iso == NULL || sscanf(iso, "%4d-%2d-%2dT%2d:%2d:%2dZ", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
                              &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6)
        return 0;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    return timegm(&tm);
}

static int xlsx_open(const char *path, const asr_run_info *info, void *state)
{
    xlsx_state *st = state;
    st->info = info;
    st->path = path;
    const char *tmp = getenv("TMPDIR");
    lxw_workbook_options opt = {.constant_memory = LXW_TRUE,
                                .tmpdir = tmp && *tmp ? (char *)tmp : NULL};
    if ((st->wb = workbook_new_opt(path, &opt)) == NULL)
        return -1;
    /* The run's time, not the clock's: with SOURCE_DATE_EPOCH two runs
     * give the same bytes. */
    lxw_doc_properties props = {.title = "assure: Cancer Alliance quarterly return assurance",
                                .created = parse_time(info->run_time)};
    note_error(st, workbook_set_properties(st->wb, &props));
    for (int s = 0; s < NSHEETS; s++)
        if ((st->ws[s] = workbook_add_worksheet(st->wb, SHEET_NAMES[s])) == NULL)
            note_error(st, LXW_ERROR_MEMORY_MALLOC_FAILED);
    if (st->err != LXW_NO_ERROR)
        return -1;
    make_formats(st->wb, &st->f);
    for (lxw_col_t c = 0; c < ASR_CSV_NCOLUMNS; c++)
        widen(&st->fwidth[c], put(st, FINDINGS, 0, c, ASR_CSV_COLUMNS[c], st->f.head));
    st->next[FINDINGS] = 1;
    worksheet_freeze_panes(st->ws[FINDINGS], 1, 0);
    worksheet_set_landscape(st->ws[FINDINGS]);
    note_error(st, worksheet_repeat_rows(st->ws[FINDINGS], 0, 0));
    run_begin(st);
    return st->err == LXW_NO_ERROR ? 0 : -1;
}

static int xlsx_add(FILE *out, const asr_run_info *info, void *state, const asr_return_report *r)
{
    (void)out;
    xlsx_state *st = state;
    if (st->wb == NULL)
        return -1;
    if (st->n == st->cap) {
        size_t cap = st->cap ? 2 * st->cap : 16;
        asr_matrix_row *rows = realloc(st->rows, cap * sizeof *rows);
        if (rows == NULL)
            return -1;
        st->rows = rows;
        st->cap = cap;
    }
    if (asr_matrix_row_init(&st->rows[st->n], r, info) != 0) {
        asr_matrix_row_free(&st->rows[st->n]);
        return -1;
    }
    st->rows[st->n].index = st->n; /* the return's place in the run */
    st->n++;
    asr_csv_rows(info->cat, r, finding_row, st);
    run_return(st, r);
    return st->err == LXW_NO_ERROR ? 0 : -1;
}

/* The notes known only once every return was checked (waivers that
 * matched nothing, returns given twice), below the table of returns; and
 * Summary's rows each alliance, year and quarter once (a superseded
 * return's row goes: the notes say which and why). */
static void run_end(xlsx_state *st, const asr_run_info *info)
{
    if (info->nnotes > st->notes_done)
        st->next[RUN]++;
    for (size_t i = st->notes_done; i < info->nnotes; i++)
        run_fact(st, "note", info->notes[i]);
    st->notes_done = info->nnotes;
    st->n = asr_matrix_keep_counted(st->rows, st->n, info);
}

/* Findings' and Run's widths and filter, Summary, and the workbook
 * written. */
static int xlsx_end(FILE *out, const asr_run_info *info, void *state)
{
    (void)out;
    xlsx_state *st = state;
    if (st->wb == NULL)
        return -1;
    run_end(st, info);
    for (lxw_col_t c = 0; c < ASR_CSV_NCOLUMNS; c++) {
        unsigned w = wrap_width(c);
        if (w)
            note_error(st, worksheet_set_column(st->ws[FINDINGS], c, c, w + 2.0, st->f.wrap));
        else
            set_width(st, FINDINGS, c, st->fwidth[c]);
    }
    note_error(st, worksheet_autofilter(st->ws[FINDINGS], 0, 0, st->next[FINDINGS] - 1,
                                        ASR_CSV_NCOLUMNS - 1));
    for (lxw_col_t c = 0; c < RUN_NCOLUMNS; c++)
        set_width(st, RUN, c, c == 1 ? 64 : st->rwidth[c]); /* a SHA-256 whole */
    summary_sheet(st);
    worksheet_activate(st->ws[SUMMARY]);
    lxw_error e = workbook_close(st->wb);
    st->wb = NULL;
    note_error(st, e);
    for (size_t i = 0; i < st->n; i++)
        asr_matrix_row_free(&st->rows[i]);
    free(st->rows);
    st->rows = NULL;
    char why[400];
    if (st->err != LXW_NO_ERROR)
        fprintf(stderr, "assure: cannot write the xlsx workbook: %s\n", lxw_strerror(st->err));
    else if (!verify(st->path, why, sizeof why))
        fprintf(stderr,
                "assure: cannot write the xlsx workbook: read back, %s (is the disk or a "
                "temporary folder full, or a file size limit set?)\n",
                why);
    else
        return 0;
    return -1;
}

const asr_writer_ops asr_xlsx_ops = {"xlsx",   sizeof(xlsx_state), NULL,
                                     xlsx_add, xlsx_end,           xlsx_open};
