/* matrix.c: RAG matrix rows (one per return, one outcome per rule), shared by
 * the html report and `assure summary`, and the summary's text and csv. */
#include "asr_report.h"

#include <stdlib.h>
#include <string.h>

static char *dup0(const char *s) { return s ? asr_strdup(s) : NULL; }

int asr_matrix_row_init(asr_matrix_row *row, const asr_return_report *r, const asr_run_info *info)
{
    memset(row, 0, sizeof *row);
    row->file = dup0(r->file);
    row->alliance_code = dup0(r->alliance_code);
    row->alliance_name = dup0(r->alliance_name);
    row->region = dup0(r->region);
    row->quarter = dup0(r->quarter);
    row->readable = r->readable;
    row->outcomes = malloc(info->nrules ? info->nrules : 1);
    row->waived = calloc(info->nrules ? info->nrules : 1, 1);
    if (row->outcomes == NULL || row->waived == NULL)
        return -1;
    for (size_t i = 0; i < info->nrules; i++) {
        row->outcomes[i] = ASR_OUTCOME_COUNT;
        for (size_t k = 0; k < r->nfindings; k++)
            if (strcmp(r->findings[k].rule, info->rule_ids[i]) == 0) {
                row->outcomes[i] = (unsigned char)r->findings[k].outcome;
                row->waived[i] = r->findings[k].waived;
                break;
            }
    }
    return 0;
}

void asr_matrix_row_free(asr_matrix_row *row)
{
    free(row->file);
    free(row->alliance_code);
    free(row->alliance_name);
    free(row->region);
    free(row->quarter);
    free(row->outcomes);
    free(row->waived);
    memset(row, 0, sizeof *row);
}

static int cmp_null(const char *a, const char *b) { return strcmp(a ? a : "\x7f", b ? b : "\x7f"); }

static int cmp_row(const void *pa, const void *pb)
{
    const asr_matrix_row *a = pa, *b = pb;
    int c;
    if ((c = cmp_null(a->region, b->region)) != 0)
        return c;
    if ((c = cmp_null(a->alliance_name, b->alliance_name)) != 0)
        return c;
    if ((c = cmp_null(a->quarter, b->quarter)) != 0)
        return c;
    return cmp_null(a->file, b->file);
}

size_t asr_matrix_keep_counted(asr_matrix_row *rows, size_t n, const asr_run_info *info)
{
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        if (!asr_run_counts(info, rows[i].index))
            asr_matrix_row_free(&rows[i]);
        else
            rows[kept++] = rows[i];
    }
    for (size_t i = kept; i < n; i++)
        memset(&rows[i], 0, sizeof rows[i]); /* each now lives below kept */
    return kept;
}

void asr_matrix_sort(asr_matrix_row *rows, size_t n)
{
    if (n > 1)
        qsort(rows, n, sizeof *rows, cmp_row);
}

void asr_matrix_counts(const asr_matrix_row *rows, size_t n, size_t rule,
                       size_t counts[ASR_OUTCOME_COUNT])
{
    memset(counts, 0, ASR_OUTCOME_COUNT * sizeof counts[0]);
    for (size_t i = 0; i < n; i++)
        if (rows[i].readable && rows[i].outcomes[rule] < ASR_OUTCOME_COUNT)
            counts[rows[i].outcomes[rule]]++;
}

int asr_write_summary(const char *format, FILE *out, const asr_run_info *info,
                      const asr_matrix_row *rows, size_t n)
{
    const asr_catalogue *cat = info->cat;
    const asr_outcome *order = cat->shown; /* the catalogue's column order */
    size_t counts[ASR_OUTCOME_COUNT];
    if (strcmp(format, "csv") == 0) {
        fputs("\xEF\xBB\xBF", out); /* UTF-8 BOM: Excel then reads it as UTF-8 */
        fputs("region,alliance_code,alliance,quarter,file", out);
        for (size_t k = 0; k < info->nrules; k++) {
            fputc(',', out);
            asr_csv_field(out, info->rule_ids[k], 0);
        }
        fputs("\r\n", out);
        for (size_t i = 0; i < n; i++) {
            const asr_matrix_row *r = &rows[i];
            asr_csv_field(out, r->region, ',');
            asr_csv_field(out, r->alliance_code, ',');
            asr_csv_field(out, r->alliance_name, ',');
            asr_csv_field(out, r->quarter, ',');
            asr_csv_field(out, r->file, 0);
            for (size_t k = 0; k < info->nrules; k++) {
                fputc(',', out);
                fputs(r->readable ? (r->outcomes[k] < ASR_OUTCOME_COUNT
                                         ? asr_outcome_name(cat, r->outcomes[k])
                                         : "")
                                  : "unreadable",
                      out);
                if (r->readable && r->waived[k])
                    fputs(" (waived)", out);
            }
            fputs("\r\n", out);
        }
        for (size_t o = 0; o < ASR_OUTCOME_COUNT; o++) {
            fprintf(out, ",,count: %s,,", asr_outcome_name(cat, order[o]));
            for (size_t k = 0; k < info->nrules; k++) {
                asr_matrix_counts(rows, n, k, counts);
                fprintf(out, ",%zu", counts[order[o]]);
            }
            fputs("\r\n", out);
        }
    } else if (strcmp(format, "text") == 0) {
        int waived = 0;
        fprintf(out, "%-10s %-40s %-3s", "REGION", "ALLIANCE", "Q");
        for (size_t k = 0; k < info->nrules; k++)
            fprintf(out, " %-9s", info->rule_ids[k]);
        fputc('\n', out);
        for (size_t i = 0; i < n; i++) {
            const asr_matrix_row *r = &rows[i];
            /* Columns cut on characters, text from the return escaped: a
             * line break in a name cannot forge a row. */
            asr_text_cell(out, r->region ? r->region : "?", 10);
            fputc(' ', out);
            asr_text_cell(out, r->alliance_name ? r->alliance_name : r->file, 40);
            fputc(' ', out);
            asr_text_cell(out, r->quarter ? r->quarter : "?", 3);
            for (size_t k = 0; k < info->nrules; k++) {
                char cell[16];
                snprintf(cell, sizeof cell, "%s%s",
                         r->readable ? asr_outcome_code(cat, r->outcomes[k], "-") : "UNREAD",
                         r->readable && r->waived[k] ? "*" : "");
                waived |= r->readable && r->waived[k];
                fprintf(out, " %-9s", cell);
            }
            fputc('\n', out);
        }
        for (size_t o = 0; o < ASR_OUTCOME_COUNT; o++) {
            fprintf(out, "%-10s %-40s %-3s", "", asr_outcome_name(cat, order[o]), "");
            for (size_t k = 0; k < info->nrules; k++) {
                asr_matrix_counts(rows, n, k, counts);
                fprintf(out, " %-9zu", counts[order[o]]);
            }
            fputc('\n', out);
        }
        if (waived)
            fputs("* waived: an agreed exception (--waivers); the reason is in each return's "
                  "report\n",
                  out);
    } else if (strcmp(format, "html") == 0) {
        asr_html_page_start(out, "assure: regional summary", cat);
        fprintf(out, "<h1>Regional summary</h1>\n<p class=\"meta\">assure ");
        asr_xml_text(out, info->version);
        fputs(", rule set ", out);
        asr_xml_text(out, info->rules_version);
        fputs(", run ", out);
        asr_xml_text(out, info->run_time);
        fprintf(out, "; %zu returns.</p>\n", n);
        asr_html_matrix(out, info, rows, n, NULL);
        fputs("</body>\n</html>\n", out);
    } else {
        return -1;
    }
    return ferror(out) ? -1 : 0;
}
