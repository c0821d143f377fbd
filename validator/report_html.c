/* report_html.c: the html report, one self-contained page an assurance
 * analyst can email or print (cli-and-report.md): a header with the run's
 * facts and notes, a section per return with its findings grouped by
 * workstream (anything needing a response first, with its prompt in full,
 * passes folded away), and for several returns a RAG matrix of alliances
 * against rules. Inline CSS only: no scripts, no fetches. Everything from a
 * return or a rule goes through asr_xml_text. The matrix is written last
 * (the writer streams) and shown first with CSS flex `order`. */
#include "asr_report.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ stylesheet */

static const char CSS[] =
    ":root{--red:#d5281b;--red-dark:#8a1538;--amber:#ffb81c;--amber-tint:#fff4d6;"
    "--green:#007f3b;--green-tint:#e3f1e9;--grey:#768692;--grey-tint:#eef1f2;"
    "--blue:#005eb8;--blue-dark:#003087;--ink:#212b32;--soft:#4c6272;--line:#d8dde0;--bg:#f0f4f5}\n"
    "*{box-sizing:border-box}\n"
    "html{-webkit-text-size-adjust:100%}\n"
    "body{margin:0;background:var(--bg);color:var(--ink);"
    "font:16px/1.5 Arial,\"Liberation Sans\",\"Helvetica Neue\",Helvetica,sans-serif}\n"
    "code,.mono{font-family:ui-monospace,\"DejaVu Sans Mono\",\"Liberation "
    "Mono\",Consolas,monospace;"
    "font-size:.86em;overflow-wrap:anywhere}\n"
    "a{color:var(--blue)}\n"
    "h1,h2,h3,h4{line-height:1.25;margin:0}\n"
    /* run header */
    ".run{background:var(--blue);color:#fff;padding:20px 32px 22px}\n"
    ".run h1{font-size:28px}\n"
    ".run .meta{margin:6px 0 0;color:#e8f1fa}\n"
    ".run .meta code{color:#fff}\n"
    ".run .guide{margin:8px 0 0;max-width:60em;color:#e8f1fa;font-size:15px}\n"
    ".notes{margin:16px 0 0;background:var(--amber-tint);color:var(--ink);"
    "border-left:8px solid var(--amber);padding:12px 16px;max-width:70em}\n"
    ".notes h2{font-size:18px}\n"
    ".notes ul{margin:6px 0 0;padding-left:20px}\n"
    /* page body: per-return sections, the overview displayed first */
    ".returns{display:flex;flex-direction:column;align-items:center;gap:28px;padding:24px 32px "
    "32px}\n"
    ".returns>*{width:100%;max-width:1336px;min-width:0}\n"
    ".returns>.overview{order:-1;max-width:none}\n"
    ".returns>.late{order:-2;margin:0}\n"
    ".card{background:#fff;border:1px solid var(--line);border-top:6px solid "
    "var(--grey);padding:20px 24px}\n"
    ".card.st-red{border-top-color:var(--red)}\n"
    ".card.st-amber{border-top-color:var(--amber)}\n"
    ".card.st-green{border-top-color:var(--green)}\n"
    ".card.overview{border-top-color:var(--blue)}\n"
    ".card>h2{font-size:24px}\n"
    ".card>h2 .code{font-weight:normal;color:var(--soft);font-size:18px}\n"
    ".card>h2 .top{float:right;font-size:14px;font-weight:normal}\n"
    ".empty{margin:0}\n"
    /* facts about a return */
    ".facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:12px 0 0}\n"
    ".facts dt{color:var(--soft)}\n"
    ".facts dd{margin:0}\n"
    ".valid{color:var(--green);font-weight:bold}\n"
    ".invalid{color:var(--red);font-weight:bold}\n"
    ".counts{margin:14px 0 0;display:flex;flex-wrap:wrap;gap:6px;align-items:center}\n"
    ".counts .total{font-weight:bold;margin-right:4px}\n"
    /* outcome badges: colour and the word */
    ".badge{display:inline-block;border-radius:3px;padding:1px 8px;font-size:14px;font-weight:bold;"
    "white-space:nowrap;border:1px solid transparent;line-height:1.4}\n"
    ".o-error,.o-fail{background:var(--red);color:#fff}\n"
    ".o-error{background:var(--red-dark)}\n"
    ".o-missing{background:var(--amber);color:#212b32}\n"
    ".o-at-risk{background:#ffe08a;color:#212b32;border-color:#e0a100}\n"
    ".o-pass{background:var(--green);color:#fff}\n"
    ".o-not-due,.o-not-applicable,.o-none{background:var(--grey-tint);color:#425563;border-color:#"
    "c4ccd0}\n"
    ".badge.zero{background:#fff;color:#8a9aa5;border-color:var(--line);font-weight:normal}\n"
    /* errors */
    ".errors{margin:16px 0 0}\n"
    ".errors h3{font-size:18px;color:var(--red)}\n"
    "table.list{border-collapse:collapse;margin:8px 0 0;width:100%}\n"
    "table.list th,table.list td{border-bottom:1px solid var(--line);padding:4px 10px 4px 0;"
    "text-align:left;vertical-align:top}\n"
    "table.list th{color:var(--soft);font-weight:normal}\n"
    "table.list .num{white-space:nowrap;width:1%;padding-right:20px}\n"
    /* workstreams and findings */
    ".ws{margin:22px 0 0;border-top:2px solid var(--line);padding-top:12px}\n"
    ".ws>h3{font-size:20px;color:var(--blue-dark);display:flex;flex-wrap:wrap;gap:4px "
    "12px;align-items:baseline}\n"
    ".ws>h3 .ws-count{font-size:14px;font-weight:normal;color:var(--soft)}\n"
    ".finding{border:1px solid var(--line);border-left:6px solid var(--grey);padding:10px 14px;"
    "margin:10px 0 0;background:#fff;break-inside:avoid}\n"
    ".finding.f-error,.finding.f-fail{border-left-color:var(--red)}\n"
    ".finding.f-missing,.finding.f-at-risk{border-left-color:var(--amber)}\n"
    ".finding.f-pass{border-left-color:var(--green)}\n"
    ".finding h4{font-size:17px;display:flex;flex-wrap:wrap;gap:4px 10px;align-items:baseline}\n"
    ".finding h4 .rule{font-family:ui-monospace,\"DejaVu Sans "
    "Mono\",monospace;font-size:15px;color:var(--soft)}\n"
    ".tag{display:inline-block;font-size:13px;font-weight:normal;border:1px solid var(--soft);"
    "border-radius:10px;padding:0 8px;color:var(--soft)}\n"
    ".tag.waived{border-color:var(--blue);color:var(--blue)}\n"
    ".msg{margin:6px 0 0;max-width:75em}\n"
    ".prompt{margin:10px 0 0;background:#e8f1fa;border-left:4px solid var(--blue);padding:8px "
    "12px}\n"
    ".prompt .label{display:block;font-size:13px;font-weight:bold;text-transform:uppercase;"
    "letter-spacing:.04em;color:var(--blue-dark)}\n"
    ".prompt p{margin:2px 0 0;font-size:17px;white-space:pre-line;max-width:70em}\n"
    ".waiver{margin:8px 0 0;color:var(--blue-dark)}\n"
    ".about{display:grid;grid-template-columns:max-content 1fr;gap:0 14px;margin:8px 0 "
    "0;font-size:14px;color:var(--soft)}\n"
    ".about dd{margin:0;color:var(--ink)}\n"
    ".about ul{margin:0;padding:0;list-style:none}\n"
    ".subject{display:inline-block;background:var(--grey-tint);border-radius:3px;padding:0 "
    "6px;margin:0 4px 2px 0}\n"
    ".xpath{color:var(--soft)}\n"
    "details.rest{margin:10px 0 0}\n"
    "details.rest>summary{cursor:pointer;color:var(--blue);padding:4px 0}\n"
    "details.rest .finding{padding:6px 12px}\n"
    "details.rest .finding h4{font-size:15px}\n"
    ".all-clear{margin:6px 0 0;color:var(--green)}\n"
    /* the RAG matrix */
    ".overview h2{font-size:24px}\n"
    ".overview .totals{margin:8px 0 0}\n"
    ".scroll{overflow-x:auto;margin:12px 0 0;border:1px solid "
    "var(--line);width:fit-content;max-width:100%}\n"
    /* the summary page (matrix.c) puts its heading and matrix in body */
    "body>h1{margin:24px 32px 0;font-size:28px;color:var(--blue-dark)}\n"
    "body>.meta{margin:6px 32px 0;color:var(--soft)}\n"
    "body>.matrix-wrap{margin:0 32px 32px;max-width:calc(100% - 64px)}\n"
    "table.matrix{border-collapse:collapse;font-size:13px;background:#fff}\n"
    "table.matrix th,table.matrix td{border:1px solid var(--line);padding:3px "
    "5px;text-align:center}\n"
    "table.matrix thead th{background:var(--grey-tint);font-weight:bold;vertical-align:bottom}\n"
    "table.matrix thead th.rule{writing-mode:vertical-rl;transform:rotate(180deg);"
    "white-space:nowrap;padding:6px 3px;font-family:ui-monospace,\"DejaVu Sans "
    "Mono\",monospace;font-weight:normal}\n"
    "table.matrix thead th.group{font-weight:normal;color:var(--soft);font-size:12px}\n"
    "table.matrix th.who{text-align:left;position:sticky;left:0;background:#fff;min-width:15em;"
    "max-width:22em;font-weight:normal}\n"
    "table.matrix thead th.who{background:var(--grey-tint)}\n"
    "table.matrix th.who .sub{display:block;color:var(--soft);font-size:12px}\n"
    "table.matrix td{font-weight:bold;white-space:nowrap;font-size:12px;padding:3px 4px}\n"
    "table.matrix td.o-not-due,table.matrix td.o-not-applicable{font-weight:normal}\n"
    "table.matrix td.plain{font-weight:normal;font-size:13px}\n"
    "table.matrix thead th.plain{vertical-align:bottom;text-align:left}\n"
    "table.matrix a.cell{color:inherit;text-decoration:none;display:block}\n"
    "table.matrix td.unread{text-align:left;font-weight:normal}\n"
    "table.matrix tfoot th,table.matrix tfoot td{font-weight:normal;background:#fafbfb}\n"
    "table.matrix tfoot th{text-align:right}\n"
    "table.matrix tfoot tr:first-child>*{border-top:3px solid var(--soft)}\n"
    "table.matrix td.zero{color:#b8c2c8}\n"
    /* folding workstreams (fold_css), the totals at the end of each row */
    ".matrix-wrap{position:relative}\n"
    ".fold{position:absolute;opacity:0;width:1px;height:1px;margin:0}\n"
    ".foldbar{margin:12px 0 0;display:flex;flex-wrap:wrap;gap:6px;align-items:center;"
    "font-size:14px;color:var(--soft)}\n"
    ".foldbar label{display:inline-block;border:1px solid var(--blue);color:var(--blue);"
    "border-radius:14px;padding:0 10px;cursor:pointer;background:#fff}\n"
    "table.matrix th.group label{cursor:pointer;color:var(--blue)}\n"
    "table.matrix th.folded{font-weight:bold;font-size:12px;min-width:6em;vertical-align:bottom}\n"
    "table.matrix th.folded .sub{display:block;font-weight:normal;color:var(--soft)}\n"
    "table.matrix td.sum{min-width:6em}\n"
    "table.matrix td.sum .n{font-weight:normal}\n"
    "table.matrix .s,table.matrix th.group{border-left:2px solid var(--soft)}\n"
    "table.matrix thead th.tot{font-size:12px;padding:3px 4px}\n"
    "table.matrix td.tot{font-weight:normal;font-size:13px;background:#fff}\n"
    "table.matrix td.tot.zero{color:#b8c2c8}\n"
    "table.matrix th.totals,table.matrix .tot:first-of-type{border-left:2px solid var(--soft)}\n"
    "table.matrix td.waived{outline:2px dashed var(--blue);outline-offset:-3px}\n"
    ".legend{margin:10px 0 0;display:flex;flex-wrap:wrap;gap:6px "
    "14px;font-size:14px;align-items:center}\n"
    ".foot{max-width:1280px;margin:0 auto;padding:0 32px 32px;color:var(--soft);font-size:14px}\n"
    /* print: colours kept, nothing cut off, one return per page */
    "@media print{body{background:#fff;font-size:11pt}"
    "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
    ".run{padding:0 0 12px;background:#fff;color:var(--ink);border-bottom:3px solid var(--blue)}"
    ".run .meta,.run .guide,.run .meta code{color:var(--ink)}"
    ".returns{padding:0;gap:0}.returns>*{max-width:none}"
    ".card{border:0;border-top:6px solid var(--grey);padding:8px 0 0;margin:16px 0 0}"
    ".return{break-before:page}"
    ".scroll{overflow:visible;border:0}"
    "table.matrix th.who{position:static}"
    "a{color:inherit;text-decoration:none}.card>h2 .top{display:none}"
    "details.rest>summary{color:var(--ink);list-style:none}"
    "details.rest>summary::-webkit-details-marker{display:none}"
    "table.matrix{font-size:9pt}table.matrix td{font-size:8pt;padding:1px 2px}}\n";

/* ------------------------------------------------------------ outcomes */

/* Counts are shown most severe first: the catalogue's outcomes from the
 * last (error) down, as SEVERE(s) for s = 0 .. ASR_OUTCOME_COUNT - 1. */
#define SEVERE(s) ((asr_outcome)(ASR_OUTCOME_COUNT - 1 - (int)(s)))

/* Short codes for matrix cells (as in the text summary). */
static const char *code_of(const asr_catalogue *cat, unsigned o)
{
    return asr_outcome_code(cat, o, "\xE2\x80\x93"); /* en dash: not run */
}

/* CSS class of an outcome ("o-at-risk"); outcome names are safe in class values. */
static void outcome_class(FILE *out, const asr_catalogue *cat, const char *prefix, unsigned o)
{
    fprintf(out, "%s%s", prefix,
            o < ASR_OUTCOME_COUNT ? asr_outcome_name(cat, (asr_outcome)o) : "none");
}

/* The matrix cells' colours, from ASR_RAG (the xlsx workbook has the same),
 * for the classes outcome_class gives. */
static void rag_css(FILE *out, const asr_catalogue *cat)
{
    for (unsigned o = 0; o <= ASR_OUTCOME_COUNT; o++) {
        fputs("table.matrix td.", out);
        outcome_class(out, cat, "o-", o);
        fputs(",table.matrix th.", out);
        outcome_class(out, cat, "o-", o);
        fprintf(out, "{background:#%06x;color:#%06x}\n", ASR_RAG[o].fill, ASR_RAG[o].ink);
    }
    fprintf(out, "table.matrix td.unread{background:#%06x;color:#%06x}\n", ASR_RAG_UNREADABLE.fill,
            ASR_RAG_UNREADABLE.ink);
}

static void fold_css(FILE *out, const asr_catalogue *cat);

void asr_html_page_start(FILE *out, const char *title, const asr_catalogue *cat)
{
    fputs("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<meta name=\"generator\" content=\"assure\">\n<title>",
          out);
    asr_xml_text(out, title);
    fputs("</title>\n<style>\n", out);
    fputs(CSS, out);
    if (cat != NULL) { /* NULL: a page with no matrix (serve's error page) */
        rag_css(out, cat);
        fold_css(out, cat);
    }
    fputs("</style>\n</head>\n<body>\n", out);
}

static void badge(FILE *out, const asr_catalogue *cat, asr_outcome o)
{
    fputs("<span class=\"badge ", out);
    outcome_class(out, cat, "o-", o);
    fprintf(out, "\">%s</span>", asr_outcome_name(cat, o));
}

/* Needs a response, or is news: shown open, not folded with the passes. */
static int stands_out(const asr_finding *f)
{
    return f->outcome >= ASR_AT_RISK || f->waived ||
           (f->change && strcmp(f->change, "resolved") == 0);
}

/* An id fragment from text (rule IDs are [A-Z0-9-] already): anything else
 * becomes '_', so the same text gives the same id in href and id. */
static void id_text(FILE *out, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++)
        fputc((*p >= '0' && *p <= '9') || (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
                      *p == '-' || *p == '.'
                  ? *p
                  : '_',
              out);
}

/* The short name of a workstream (over matrix columns), or its ID when the
 * catalogue does not name it. */
static const char *ws_short(const asr_catalogue *cat, const char *ws)
{
    const asr_workstream *w = asr_catalogue_workstream(cat, ws);
    return w ? w->short_name : ws;
}

/* ------------------------------------------------------------ the matrix
 *
 * Alliances down, rules across under their workstreams, and at the end of
 * each row the return's rules by outcome. So that it fits a screen, each
 * workstream of the catalogue folds: folded (as the page opens), one
 * column gives the worst outcome among its rules; open, a column per rule.
 * No script: a checkbox per workstream (the bar above the table, and the
 * workstream's heading, a label for it) and the stylesheet's
 * "#fold-ID:checked ~ .scroll" rules (fold_css) show one set of columns or
 * the other. A page read without the stylesheet shows every column. A
 * workstream the catalogue does not name (a region's own) does not fold.
 * The alliance column stays in view when the table scrolls sideways
 * (position: sticky). */

static const char *workstream_of(const asr_run_info *info, size_t k)
{
    return info->rule_workstreams && info->rule_workstreams[k] ? info->rule_workstreams[k] : "";
}

/* A run of adjacent rules of one workstream: the matrix's column group. */
typedef struct group {
    size_t first, n;
    const char *ws; /* its ID */
    int folds;      /* the catalogue names it, so its CSS exists */
    int first_run;  /* the first run of this workstream: writes its checkbox */
} group;

/* The runs of info's rules into g (at most info->nrules); returns how many. */
static size_t groups_of(const asr_run_info *info, group *g)
{
    size_t ng = 0;
    for (size_t k = 0; k < info->nrules; k += g[ng++].n) {
        g[ng] = (group){k, 1, workstream_of(info, k), 0, 1};
        while (k + g[ng].n < info->nrules &&
               strcmp(workstream_of(info, k + g[ng].n), g[ng].ws) == 0)
            g[ng].n++;
        g[ng].folds = asr_catalogue_workstream(info->cat, g[ng].ws) != NULL;
        for (size_t j = 0; j < ng; j++)
            g[ng].first_run &= strcmp(g[j].ws, g[ng].ws) != 0;
    }
    return ng;
}

/* The classes of a cell of group g: its workstream, and "r" (a rule's
 * column, shown when open) or "s" (the summary column, shown when folded). */
static void group_class(FILE *out, const group *g, char part)
{
    fputs(" ws-", out);
    id_text(out, g->ws);
    if (g->folds)
        fprintf(out, " %c", part);
}

/* The folding rules, one pair per catalogue workstream. */
static void fold_css(FILE *out, const asr_catalogue *cat)
{
    fputs("table.matrix .r{display:none}\n", out);
    for (size_t i = 0; i < cat->nworkstreams; i++) {
        const char *id = cat->workstreams[i].id;
        fputs(".fold-", out);
        id_text(out, id);
        fputs(":checked~.scroll .ws-", out);
        id_text(out, id);
        fputs(".r{display:table-cell}\n.fold-", out);
        id_text(out, id);
        fputs(":checked~.scroll .ws-", out);
        id_text(out, id);
        fputs(".s{display:none}\n.fold-", out);
        id_text(out, id);
        fputs(":checked~.foldbar label[for=\"fold-", out);
        id_text(out, id);
        fputs("\"]{background:var(--blue);color:#fff}\n.fold-", out);
        id_text(out, id);
        fputs(":focus-visible~.foldbar label[for=\"fold-", out);
        id_text(out, id);
        fputs("\"]{outline:3px solid var(--amber);outline-offset:1px}\n", out);
    }
}

/* The worst outcome among g's rules in row r (ASR_OUTCOME_COUNT if none
 * ran), and how many of them have it. */
static unsigned worst_of(const asr_matrix_row *r, const group *g, size_t *how_many)
{
    unsigned worst = ASR_OUTCOME_COUNT;
    *how_many = 0;
    for (size_t k = g->first; k < g->first + g->n; k++) {
        unsigned o = r->outcomes[k];
        if (o < ASR_OUTCOME_COUNT && (worst == ASR_OUTCOME_COUNT || o > worst)) {
            worst = o;
            *how_many = 0;
        }
        *how_many += o == worst;
    }
    return worst;
}

/* The bar of checkboxes, then the header rows: workstreams (open: over
 * their rules; folded: one column), rules, and the totals' outcomes. */
static void matrix_head(FILE *out, const asr_run_info *info, const group *g, size_t ng)
{
    const asr_catalogue *cat = info->cat;
    fputs("<p class=\"foldbar\">Show each rule of:", out);
    for (size_t i = 0; i < ng; i++)
        if (g[i].folds && g[i].first_run) {
            fputs(" <span class=\"chip\">", out);
            fputs("<label for=\"fold-", out);
            id_text(out, g[i].ws);
            fputs("\">", out);
            asr_xml_text(out, ws_short(cat, g[i].ws));
            fputs("</label></span>", out);
        }
    fputs("</p>\n", out);
    fputs("<div class=\"scroll\">\n<table class=\"matrix\">\n<thead>\n"
          "<tr><th class=\"who plain\" rowspan=\"2\" scope=\"col\">Alliance</th>"
          "<th class=\"plain\" rowspan=\"2\" scope=\"col\">Region</th>"
          "<th class=\"plain\" rowspan=\"2\" scope=\"col\">Quarter</th>",
          out);
    for (size_t i = 0; i < ng; i++) {
        fprintf(out, "<th class=\"group%s", g[i].folds ? "" : " open");
        group_class(out, &g[i], 'r');
        fprintf(out, "\" colspan=\"%zu\" scope=\"colgroup\">", g[i].n);
        if (g[i].folds) {
            fputs("<label for=\"fold-", out);
            id_text(out, g[i].ws);
            fputs("\">", out);
        }
        asr_xml_text(out, ws_short(cat, g[i].ws));
        fputs(g[i].folds ? " \xE2\x96\xBE</label></th>" : "</th>", out); /* a down triangle */
        if (!g[i].folds)
            continue;
        fputs("<th class=\"group folded", out);
        group_class(out, &g[i], 's');
        fputs("\" rowspan=\"2\" scope=\"col\"><label for=\"fold-", out);
        id_text(out, g[i].ws);
        fputs("\">", out);
        asr_xml_text(out, ws_short(cat, g[i].ws));
        fprintf(out, " <span class=\"sub\">%zu %s \xE2\x96\xB8</span></label></th>", g[i].n,
                g[i].n == 1 ? "rule" : "rules"); /* a right triangle */
    }
    fprintf(out,
            "<th class=\"group totals\" colspan=\"%d\" scope=\"colgroup\">Rules by "
            "outcome</th></tr>\n<tr>",
            ASR_OUTCOME_COUNT);
    for (size_t i = 0; i < ng; i++)
        for (size_t k = g[i].first; k < g[i].first + g[i].n; k++) {
            fputs("<th class=\"rule", out);
            group_class(out, &g[i], 'r');
            fputs("\" scope=\"col\" title=\"", out);
            asr_xml_text(out, info->rule_titles ? info->rule_titles[k] : "");
            fputs("\">", out);
            asr_xml_text(out, info->rule_ids[k]);
            fputs("</th>", out);
        }
    for (size_t s = 0; s < ASR_OUTCOME_COUNT; s++) {
        fputs("<th class=\"tot ", out);
        outcome_class(out, cat, "o-", SEVERE(s));
        fprintf(out, "\" scope=\"col\" title=\"%s\">%s</th>", asr_outcome_name(cat, SEVERE(s)),
                code_of(cat, SEVERE(s)));
    }
    fputs("</tr>\n</thead>\n<tbody>\n", out);
}

/* One rule's cell in row i. Returns whether it is waived. */
static int rule_cell(FILE *out, const asr_run_info *info, const asr_matrix_row *r, const group *g,
                     size_t k, const char *href_prefix)
{
    const asr_catalogue *cat = info->cat;
    unsigned o = r->outcomes[k];
    int w = r->waived[k];
    fputs("<td class=\"", out);
    outcome_class(out, cat, "o-", o);
    fputs(w ? " waived" : "", out);
    group_class(out, g, 'r');
    fputs("\" title=\"", out);
    asr_xml_text(out, info->rule_ids[k]);
    fprintf(out, ": %s%s\">",
            o < ASR_OUTCOME_COUNT ? asr_outcome_name(cat, (asr_outcome)o) : "not run",
            w ? ", waived" : "");
    if (href_prefix && o < ASR_OUTCOME_COUNT) {
        fputs("<a class=\"cell\" href=\"", out);
        asr_xml_text(out, href_prefix);
        fprintf(out, "%zu-", r->index);
        id_text(out, info->rule_ids[k]);
        fputs("\">", out);
    }
    fputs(code_of(cat, o), out);
    if (w)
        fputc('*', out);
    if (href_prefix && o < ASR_OUTCOME_COUNT)
        fputs("</a>", out);
    fputs("</td>", out);
    return w;
}

/* A folded workstream's cell: its worst outcome, how many rules have it. */
static void group_cell(FILE *out, const asr_catalogue *cat, const asr_matrix_row *r, const group *g)
{
    size_t how_many;
    unsigned worst = worst_of(r, g, &how_many);
    fputs("<td class=\"sum", out);
    group_class(out, g, 's');
    fputc(' ', out);
    outcome_class(out, cat, "o-", worst);
    fputs("\" title=\"", out);
    asr_xml_text(out, ws_short(cat, g->ws));
    if (worst < ASR_OUTCOME_COUNT)
        fprintf(out, ": worst %s, %zu of %zu %s\">%s", asr_outcome_name(cat, (asr_outcome)worst),
                how_many, g->n, g->n == 1 ? "rule" : "rules", code_of(cat, worst));
    else
        fprintf(out, ": not run\">%s", code_of(cat, worst));
    if (how_many > 1)
        fprintf(out, " <span class=\"n\">\xC3\x97%zu</span>", how_many); /* a times sign */
    fputs("</td>", out);
}

/* A return that could not be read: said once, across the first group. */
static void unread_cells(FILE *out, const group *g, size_t ng)
{
    for (size_t i = 0; i < ng; i++) {
        fprintf(out, "<td class=\"unread");
        group_class(out, &g[i], 'r');
        fprintf(out, "\" colspan=\"%zu\">%s</td>", g[i].n, i ? "" : "not readable: not checked");
        if (!g[i].folds)
            continue;
        fputs("<td class=\"unread", out);
        group_class(out, &g[i], 's');
        fprintf(out, "\">%s</td>", i ? "" : "not readable");
    }
}

/* Row i. Returns whether a cell is waived. */
static int matrix_row(FILE *out, const asr_run_info *info, const asr_matrix_row *r, const group *g,
                      size_t ng, const char *href_prefix)
{
    const asr_catalogue *cat = info->cat;
    int waived = 0;
    size_t counts[ASR_OUTCOME_COUNT + 1] = {0};
    fputs("<tr><th class=\"who\" scope=\"row\" title=\"", out);
    asr_xml_text(out, r->file);
    fputs("\">", out);
    if (href_prefix) {
        fputs("<a href=\"", out);
        asr_xml_text(out, href_prefix);
        fprintf(out, "%zu\">", r->index);
    }
    asr_xml_text(out, r->alliance_name ? r->alliance_name : r->file);
    if (href_prefix)
        fputs("</a>", out);
    if (r->alliance_code) {
        fputs("<span class=\"sub\">", out);
        asr_xml_text(out, r->alliance_code);
        fputs("</span>", out);
    }
    fputs("</th><td class=\"plain\">", out);
    asr_xml_text(out, r->region ? r->region : "?");
    fputs("</td><td class=\"plain\">", out);
    asr_xml_text(out, r->quarter ? r->quarter : "?");
    fputs("</td>", out);
    if (!r->readable)
        unread_cells(out, g, ng);
    for (size_t j = 0; j < ng && r->readable; j++) {
        for (size_t k = g[j].first; k < g[j].first + g[j].n; k++) {
            waived |= rule_cell(out, info, r, &g[j], k, href_prefix);
            counts[r->outcomes[k]]++;
        }
        if (g[j].folds)
            group_cell(out, cat, r, &g[j]);
    }
    for (size_t s = 0; s < ASR_OUTCOME_COUNT; s++) {
        size_t c = counts[SEVERE(s)];
        if (!r->readable)
            fputs("<td class=\"tot\"></td>", out);
        else
            fprintf(out, "<td class=\"tot%s\">%zu</td>", c ? "" : " zero", c);
    }
    fputs("</tr>\n", out);
    return waived;
}

/* The foot: per outcome, how many returns show it in each column, and in
 * that outcome's totals column how many rules in all. */
static void matrix_foot(FILE *out, const asr_run_info *info, const asr_matrix_row *rows, size_t n,
                        const group *g, size_t ng)
{
    const asr_catalogue *cat = info->cat;
    size_t counts[ASR_OUTCOME_COUNT];
    fputs("</tbody>\n<tfoot>\n", out);
    for (size_t s = 0; s < ASR_OUTCOME_COUNT; s++) {
        asr_outcome o = SEVERE(s);
        size_t all = 0;
        fprintf(out, "<tr><th colspan=\"3\" scope=\"row\">%s</th>", asr_outcome_name(cat, o));
        for (size_t j = 0; j < ng; j++) {
            for (size_t k = g[j].first; k < g[j].first + g[j].n; k++) {
                asr_matrix_counts(rows, n, k, counts);
                all += counts[o];
                fputs(counts[o] ? "<td class=\"n" : "<td class=\"zero", out);
                group_class(out, &g[j], 'r');
                fprintf(out, "\">%zu</td>", counts[o]);
            }
            if (!g[j].folds)
                continue;
            size_t c = 0, how_many;
            for (size_t i = 0; i < n; i++)
                c += rows[i].readable && worst_of(&rows[i], &g[j], &how_many) == (unsigned)o;
            fprintf(out, "<td class=\"sum%s", c ? "" : " zero");
            group_class(out, &g[j], 's');
            fprintf(out, "\">%zu</td>", c);
        }
        for (size_t t = 0; t < ASR_OUTCOME_COUNT; t++)
            if (t == s)
                fprintf(out, "<td class=\"tot%s\">%zu</td>", all ? "" : " zero", all);
            else
                fputs("<td class=\"tot\"></td>", out);
        fputs("</tr>\n", out);
    }
    fputs("</tfoot>\n</table>\n</div>\n", out);
}

static void matrix_legend(FILE *out, const asr_catalogue *cat, int waived)
{
    fputs("<p class=\"legend\">", out);
    for (size_t s = 0; s < ASR_OUTCOME_COUNT; s++) {
        fputs("<span><span class=\"badge ", out);
        outcome_class(out, cat, "o-", SEVERE(s));
        fprintf(out, "\">%s</span> %s</span>", code_of(cat, SEVERE(s)),
                asr_outcome_name(cat, SEVERE(s)));
    }
    fputs("<span><span class=\"badge o-none\">\xE2\x80\x93</span> not run</span>", out);
    fputs("<span><span class=\"badge o-none\">\xC3\x97"
          "2</span> a folded workstream: its worst "
          "outcome, and how many of its rules have it</span>",
          out);
    if (waived)
        fputs("<span><span class=\"badge o-none\">*</span> waived (an agreed exception; the "
              "reason is in the return's report)</span>",
              out);
    fputs("</p>\n", out);
}

void asr_html_matrix(FILE *out, const asr_run_info *info, const asr_matrix_row *rows, size_t n,
                     const char *href_prefix)
{
    group *g = malloc((info->nrules ? info->nrules : 1) * sizeof *g);
    if (g == NULL) {
        fputs("<p>Out of memory: the matrix could not be written.</p>\n", out);
        return;
    }
    size_t ng = groups_of(info, g);
    int waived = 0;
    fputs("<div class=\"matrix-wrap\">\n", out);
    for (size_t i = 0; i < ng; i++)
        if (g[i].folds && g[i].first_run) {
            fputs("<input type=\"checkbox\" class=\"fold fold-", out);
            id_text(out, g[i].ws);
            fputs("\" id=\"fold-", out);
            id_text(out, g[i].ws);
            fputs("\">", out);
        }
    matrix_head(out, info, g, ng);
    for (size_t i = 0; i < n; i++)
        waived |= matrix_row(out, info, &rows[i], g, ng, href_prefix);
    if (n == 0)
        fprintf(out, "<tr><td colspan=\"%zu\">No returns.</td></tr>\n",
                info->nrules + 3 + ASR_OUTCOME_COUNT);
    matrix_foot(out, info, rows, n, g, ng);
    matrix_legend(out, info->cat, waived);
    fputs("</div>\n", out);
    free(g);
}

/* ------------------------------------------------------------ one return */

static const char *ws_key(const asr_finding *f) { return f->workstream ? f->workstream : ""; }

static void fact(FILE *out, const char *name, const char *value, int code)
{
    fprintf(out, "<dt>%s</dt><dd>%s", name, code ? "<code>" : "");
    asr_xml_text(out, value && *value ? value : "unknown");
    fprintf(out, "%s</dd>\n", code ? "</code>" : "");
}

static void write_errors(FILE *out, const asr_errlist *errors, const char *heading)
{
    fprintf(out,
            "<div class=\"errors\">\n<h3>%s (%zu)</h3>\n<table class=\"list\">\n"
            "<thead><tr><th class=\"num\">Code</th><th class=\"num\">Line</th><th "
            "class=\"num\">Column</th>"
            "<th>Message</th></tr></thead>\n<tbody>\n",
            heading, errors->n);
    for (size_t i = 0; i < errors->n; i++) {
        const asr_err *e = &errors->v[i];
        fputs("<tr><td class=\"num\">", out);
        asr_xml_text(out, e->code[0] ? e->code : "XML-01");
        fputs("</td><td class=\"num\">", out);
        if (e->line > 0)
            fprintf(out, "%ld", e->line);
        fputs("</td><td class=\"num\">", out);
        if (e->column > 0)
            fprintf(out, "%d", e->column);
        fputs("</td><td>", out);
        asr_xml_text(out, e->message);
        fputs("</td></tr>\n", out);
    }
    fputs("</tbody>\n</table>\n</div>\n", out);
}

static void write_finding(FILE *out, const asr_catalogue *cat, size_t index, const asr_finding *f)
{
    fprintf(out, "<article class=\"finding f-%s\" id=\"r%zu-", asr_outcome_name(cat, f->outcome),
            index);
    id_text(out, f->rule);
    fputs("\">\n<h4>", out);
    badge(out, cat, f->outcome);
    fputs(" <span class=\"rule\">", out);
    asr_xml_text(out, f->rule);
    fputs("</span> <span class=\"title\">", out);
    asr_xml_text(out, f->title);
    fputs("</span>", out);
    if (f->change) {
        fputs(" <span class=\"tag change\">", out);
        asr_xml_text(out, f->change);
        fputs(strcmp(f->change, "persisting") == 0 ? " from the previous quarter"
                                                   : " since the previous quarter",
              out);
        fputs("</span>", out);
    }
    if (f->waived)
        fputs(" <span class=\"tag waived\">waived</span>", out);
    fputs("</h4>\n", out);
    if (f->message && *f->message) {
        fputs("<p class=\"msg\">", out);
        asr_xml_text(out, f->message);
        fputs("</p>\n", out);
    }
    if (f->prompt && *f->prompt) {
        fputs("<div class=\"prompt\"><span class=\"label\">For the alliance to answer</span><p>",
              out);
        asr_xml_text(out, f->prompt);
        fputs("</p></div>\n", out);
    }
    if (f->waived) {
        fputs("<p class=\"waiver\"><b>Waived:</b> ", out);
        asr_xml_text(out, f->waiver_reason && *f->waiver_reason ? f->waiver_reason
                                                                : "an agreed exception applies");
        fputs(" (the outcome is kept)</p>\n", out);
    }
    fputs("<dl class=\"about\">\n", out);
    if (f->nsubjects) {
        fputs("<dt>Subjects</dt><dd>", out);
        for (size_t i = 0; i < f->nsubjects; i++) {
            fputs("<span class=\"subject\">", out);
            asr_xml_text(out, f->subjects[i]);
            fputs("</span>", out);
        }
        fputs("</dd>\n", out);
    }
    if (f->nlocations) {
        fputs("<dt>Where</dt><dd><ul>", out);
        for (size_t i = 0; i < f->nlocations; i++) {
            const asr_location *l = &f->locations[i];
            fputs("<li>", out);
            if (l->line > 0)
                fprintf(out, "line %ld", l->line);
            if (l->label) {
                fputs(l->line > 0 ? ": " : "", out);
                asr_xml_text(out, l->label);
            }
            if (l->xpath) {
                fputs(" <code class=\"xpath\">", out);
                asr_xml_text(out, l->xpath);
                fputs("</code>", out);
            }
            fputs("</li>", out);
        }
        fputs("</ul></dd>\n", out);
    }
    if (f->due && *f->due) {
        fputs("<dt>Due</dt><dd>", out);
        asr_xml_text(out, f->due);
        fputs("</dd>\n", out);
    }
    if (f->source && *f->source) {
        fputs("<dt>Source</dt><dd>", out);
        asr_xml_text(out, f->source);
        fputs("</dd>\n", out);
    }
    fputs("</dl>\n</article>\n", out);
}

/* n with a comma between thousands, "2,025", so a count never reads as a
 * year. By hand: printf's ' flag groups only under a locale that says so,
 * and reports are the same bytes whatever the locale. */
static const char *grouped(size_t n, char buf[32])
{
    char digits[24];
    int len = snprintf(digits, sizeof digits, "%zu", n), o = 0;
    for (int i = 0; i < len; i++) {
        if (i > 0 && (len - i) % 3 == 0)
            buf[o++] = ',';
        buf[o++] = digits[i];
    }
    buf[o] = '\0';
    return buf;
}

/* Counts as badges: "5 rules: 1 fail, 4 pass", zeros faded. */
static void write_counts(FILE *out, const asr_catalogue *cat,
                         const size_t counts[ASR_OUTCOME_COUNT], size_t total, const char *what)
{
    char buf[32];
    fprintf(out, "<p class=\"counts\"><span class=\"total\">%s %s%s:</span>",
            grouped(total, buf), what, total == 1 ? "" : "s");
    for (size_t s = 0; s < ASR_OUTCOME_COUNT; s++) {
        fputs(" <span class=\"badge ", out);
        if (counts[SEVERE(s)])
            outcome_class(out, cat, "o-", SEVERE(s));
        else
            fputs("zero", out);
        fprintf(out, "\">%s %s</span>", grouped(counts[SEVERE(s)], buf),
                asr_outcome_name(cat, SEVERE(s)));
    }
    fputs("</p>\n", out);
}

/* One workstream's findings: those that stand out in full, the rest folded. */
static void write_workstream(FILE *out, const asr_catalogue *cat, size_t index,
                             const asr_return_report *r, const char *ws, const char *heading)
{
    size_t counts[ASR_OUTCOME_COUNT] = {0}, total = 0, open = 0;
    for (size_t k = 0; k < r->nfindings; k++)
        if (strcmp(ws_key(&r->findings[k]), ws) == 0) {
            counts[r->findings[k].outcome]++;
            total++;
            open += stands_out(&r->findings[k]) != 0;
        }
    if (total == 0)
        return;
    fputs("<section class=\"ws\">\n<h3>", out);
    asr_xml_text(out, heading);
    fprintf(out, " <span class=\"ws-count\">%zu %s:", total, total == 1 ? "rule" : "rules");
    for (size_t s = 0, first = 1; s < ASR_OUTCOME_COUNT; s++)
        if (counts[SEVERE(s)]) {
            fprintf(out, "%s %zu %s", first ? "" : ",", counts[SEVERE(s)],
                    asr_outcome_name(cat, SEVERE(s)));
            first = 0;
        }
    fputs("</span></h3>\n", out);
    for (size_t k = 0; k < r->nfindings; k++)
        if (strcmp(ws_key(&r->findings[k]), ws) == 0 && stands_out(&r->findings[k]))
            write_finding(out, cat, index, &r->findings[k]);
    if (open < total) {
        if (open == 0)
            fputs("<p class=\"all-clear\">Nothing here needs a response.</p>\n", out);
        fprintf(out, "<details class=\"rest\">\n<summary>%zu more %s (", total - open,
                total - open == 1 ? "check" : "checks");
        for (size_t s = 0, first = 1; s < ASR_OUTCOME_COUNT; s++) {
            size_t c = 0;
            for (size_t k = 0; k < r->nfindings; k++)
                c += strcmp(ws_key(&r->findings[k]), ws) == 0 && !stands_out(&r->findings[k]) &&
                     r->findings[k].outcome == SEVERE(s);
            if (c) {
                fprintf(out, "%s%zu %s", first ? "" : ", ", c, asr_outcome_name(cat, SEVERE(s)));
                first = 0;
            }
        }
        fputs(")</summary>\n", out);
        for (size_t k = 0; k < r->nfindings; k++)
            if (strcmp(ws_key(&r->findings[k]), ws) == 0 && !stands_out(&r->findings[k]))
                write_finding(out, cat, index, &r->findings[k]);
        fputs("</details>\n", out);
    }
    fputs("</section>\n", out);
}

static void write_return(FILE *out, const asr_catalogue *cat, size_t index,
                         const asr_return_report *r)
{
    size_t counts[ASR_OUTCOME_COUNT];
    asr_return_report_count(r, counts);
    const char *status = !r->readable || counts[ASR_ERROR] || counts[ASR_FAIL]     ? "st-red"
                         : counts[ASR_MISSING] || counts[ASR_AT_RISK] || !r->valid ? "st-amber"
                                                                                   : "st-green";
    fprintf(out,
            "<section class=\"card return %s\" id=\"r%zu\">\n"
            "<h2><a class=\"top\" href=\"#top\">Top of page</a>",
            status, index);
    asr_xml_text(out, r->alliance_name ? r->alliance_name : r->file);
    if (r->alliance_code) {
        fputs(" <span class=\"code\">", out);
        asr_xml_text(out, r->alliance_code);
        fputs("</span>", out);
    }
    fputs("</h2>\n<dl class=\"facts\">\n", out);
    if (!r->readable) {
        fact(out, "File", r->file, 1);
        if (r->sha256[0])
            fact(out, "SHA-256", r->sha256, 1);
        fputs("<dt>Status</dt><dd class=\"invalid\">Not readable as a return: not "
              "checked</dd>\n</dl>\n",
              out);
        write_errors(out, &r->errors, "Why it could not be read");
        fputs("</section>\n", out);
        return;
    }
    fact(out, "Region", r->region, 0);
    fputs("<dt>Period</dt><dd>", out);
    asr_xml_text(out, r->financial_year ? r->financial_year : "?");
    fputs(" ", out);
    asr_xml_text(out, r->quarter ? r->quarter : "?");
    fputs("</dd>\n", out);
    fact(out, "Judged at", r->judged_quarter, 0);
    fact(out, "File", r->file, 1);
    fact(out, "SHA-256", r->sha256, 1);
    if (r->previous)
        fact(out, "Compared with", r->previous, 1);
    if (r->valid)
        fputs("<dt>Schema</dt><dd class=\"valid\">Valid</dd>\n", out);
    else
        fprintf(out, "<dt>Schema</dt><dd class=\"invalid\">Not valid: %zu schema %s</dd>\n",
                r->errors.n, r->errors.n == 1 ? "error" : "errors");
    fputs("</dl>\n", out);
    write_counts(out, cat, counts, r->nfindings, "rule");
    if (r->errors.n)
        write_errors(out, &r->errors, "Schema errors");
    for (size_t i = 0; i < cat->nworkstreams; i++)
        write_workstream(out, cat, index, r, cat->workstreams[i].id, cat->workstreams[i].heading);
    /* Workstreams the catalogue above does not name, in order of first use. */
    for (size_t k = 0; k < r->nfindings; k++) {
        const char *ws = ws_key(&r->findings[k]);
        size_t j = 0;
        while (j < k && strcmp(ws_key(&r->findings[j]), ws) != 0)
            j++;
        if (j == k && !asr_catalogue_workstream(cat, ws))
            write_workstream(out, cat, index, r, ws, *ws ? ws : "Other");
    }
    if (r->nfindings == 0)
        fputs("<p class=\"empty\">No rules ran on this return.</p>\n", out);
    fputs("</section>\n", out);
}

/* ------------------------------------------------------------ the writer */

typedef struct html_state {
    asr_matrix_row *rows; /* one per return, for the matrix */
    size_t (*counts)[ASR_OUTCOME_COUNT]; /* one per return (a superseded one is left out) */
    size_t n, cap;
    size_t unreadable, invalid;
    size_t noted; /* the run's notes written in the header */
} html_state;

/* The run's notes from..nnotes, as a list under "Please note". */
static void write_notes(FILE *out, const asr_run_info *info, size_t from, const char *cls)
{
    fprintf(out, "<div class=\"%s\" role=\"note\">\n<h2>Please note</h2>\n<ul>\n", cls);
    for (size_t i = from; i < info->nnotes; i++) {
        fputs("<li>", out);
        asr_xml_text(out, info->notes[i]);
        fputs("</li>\n", out);
    }
    fputs("</ul>\n</div>\n", out);
}

/* The regional tolerances in force, a region's own marked as such. */
static void write_tolerances(FILE *out, const asr_catalogue *cat)
{
    if (cat == NULL || cat->ntolerances == 0)
        return;
    fputs("<p class=\"guide\">Regional tolerances (figures the planning pack does not give) in "
          "force: ",
          out);
    for (size_t i = 0; i < cat->ntolerances; i++) {
        const asr_tolerance *t = &cat->tolerances[i];
        fputs(i ? "; <code>" : "<code>", out);
        asr_xml_text(out, t->name);
        fputs("</code> ", out);
        if (t->set_by) {
            fputs("<strong>", out);
            asr_xml_text(out, t->value);
            fputs("</strong> (set by ", out);
            asr_xml_text(out, t->set_by);
            if (t->reason) {
                fputs(": ", out);
                asr_xml_text(out, t->reason);
            }
            fputs("; default ", out);
            asr_xml_text(out, t->default_value);
            fputs(")", out);
        } else {
            asr_xml_text(out, t->value);
        }
    }
    fputs(".</p>\n", out);
}

static int html_begin(FILE *out, const asr_run_info *info, void *state)
{
    html_state *hs = state;
    asr_html_page_start(out, "assure: Cancer Alliance quarterly return assurance", info->cat);
    fputs("<header class=\"run\" id=\"top\">\n<h1>Cancer Alliance quarterly return assurance</h1>\n"
          "<p class=\"meta\">Checked by assure ",
          out);
    asr_xml_text(out, info->version);
    fputs(" with rule set <code>", out);
    asr_xml_text(out, info->rules_version);
    fprintf(out, "</code> (%zu %s) on ", info->nrules, info->nrules == 1 ? "rule" : "rules");
    asr_xml_text(out, info->run_time);
    fputs(".</p>\n<p class=\"guide\">Each return lists its findings by workstream. Findings that "
          "need a response come first, with the prompt the alliance should answer; checks that "
          "passed are folded away under each workstream.</p>\n",
          out);
    write_tolerances(out, info->cat);
    if (info->nnotes)
        write_notes(out, info, 0, "notes");
    hs->noted = info->nnotes;
    fputs("</header>\n<main class=\"returns\">\n", out);
    return 0;
}

static int html_add(FILE *out, const asr_run_info *info, void *state, const asr_return_report *r)
{
    html_state *hs = state;
    if (hs->n == hs->cap) {
        size_t cap = hs->cap ? 2 * hs->cap : 16;
        asr_matrix_row *rows = realloc(hs->rows, cap * sizeof *rows);
        if (rows)
            hs->rows = rows;
        size_t(*counts)[ASR_OUTCOME_COUNT] = realloc(hs->counts, cap * sizeof *counts);
        if (counts)
            hs->counts = counts;
        if (rows == NULL || counts == NULL)
            return -1;
        hs->cap = cap;
    }
    if (asr_matrix_row_init(&hs->rows[hs->n], r, info) != 0) {
        asr_matrix_row_free(&hs->rows[hs->n]);
        return -1;
    }
    hs->rows[hs->n].index = hs->n;
    write_return(out, info->cat, hs->n, r);
    asr_return_report_count(r, hs->counts[hs->n]);
    hs->n++;
    hs->unreadable += !r->readable;
    hs->invalid += r->readable && !r->valid;
    return 0;
}

/* The overview of several returns: totals and the matrix, each alliance,
 * year and quarter once (a superseded return is left out: the notes say
 * which and why; its section is still there). */
static void write_overview(FILE *out, const asr_run_info *info, html_state *hs)
{
    size_t counts[ASR_OUTCOME_COUNT] = {0}, findings = 0;
    for (size_t k = 0; k < hs->n; k++) {
        if (!asr_run_counts(info, k))
            continue; /* superseded: its row goes below */
        for (int o = 0; o < ASR_OUTCOME_COUNT; o++) {
            counts[o] += hs->counts[k][o];
            findings += hs->counts[k][o];
        }
    }
    size_t kept = asr_matrix_keep_counted(hs->rows, hs->n, info);
    fprintf(out,
            "<section class=\"card overview\" id=\"overview\">\n<h2>Overview of %zu returns</h2>\n"
            "<p class=\"totals\">",
            hs->n);
    if (kept < hs->n)
        fprintf(out, "%zu superseded by a later submission for the same alliance and quarter, and "
                     "not counted (see the notes). ",
                hs->n - kept);
    if (hs->unreadable || hs->invalid)
        fprintf(out, "%zu not readable, %zu not valid against the schema.", hs->unreadable,
                hs->invalid);
    else
        fputs("Every return was readable and valid against the schema.", out);
    fputs(" Select an alliance or a cell to go to its findings.</p>\n", out);
    write_counts(out, info->cat, counts, findings, "finding");
    asr_html_matrix(out, info, hs->rows, kept, "#r");
    fputs("</section>\n", out);
}

static int html_end(FILE *out, const asr_run_info *info, void *state)
{
    html_state *hs = state;
    /* Notes known only once every return was checked (a waiver that
     * matched no finding): written here, shown first (CSS order). */
    if (info->nnotes > hs->noted)
        write_notes(out, info, hs->noted, "notes late");
    if (hs->n == 0)
        fputs("<p class=\"card empty\">No returns were checked.</p>\n", out);
    if (hs->n >= 2)
        write_overview(out, info, hs);
    fputs("</main>\n<footer class=\"foot\"><p>Outcomes: fail and error are shown in red, missing "
          "and at-risk in amber, pass in green, not-due and not-applicable in grey; each is also "
          "named in words. Report written by assure ",
          out);
    asr_xml_text(out, info->version);
    fputs(".</p></footer>\n</body>\n</html>\n", out);
    for (size_t i = 0; i < hs->n; i++)
        asr_matrix_row_free(&hs->rows[i]);
    free(hs->rows);
    free(hs->counts);
    hs->rows = NULL;
    hs->counts = NULL;
    hs->n = hs->cap = 0;
    return 0;
}

const asr_writer_ops asr_html_ops = {"html",   sizeof(html_state), html_begin,
                                     html_add, html_end,           NULL};
