/* serve_page.c: what `assure serve` shows (asr_serve.h): the page to check
 * returns (a plain form: it works without JavaScript), the result page (the
 * html report of `check`, with a bar to download it and the findings), the
 * error page, the catalogue (`rules doc`) and the return format
 * (schema/README.md) as HTML through cmark-gfm, the catalogue as JSON, and
 * the Content-Security-Policy, whose style hashes are computed here from
 * the very stylesheets the pages carry. Everything but the result and
 * error pages is made once at start-up. */
#define _GNU_SOURCE
#include "asr_serve.h"

#include "asr_ruletools.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <nettle/base64.h>
#include <nettle/sha2.h>

#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* The pages' own rules, added to the report's stylesheet (same look). */
static const char PAGE_CSS[] =
    ".run a{color:#fff}\n"
    ".run nav{margin:10px 0 0;display:flex;flex-wrap:wrap;gap:6px 22px}\n"
    ".check label{display:block;font-weight:bold;margin:16px 0 4px}\n"
    ".check .hint{margin:0 0 6px;color:var(--soft)}\n"
    ".check input[type=file]{display:block;width:100%;padding:32px 16px;font-size:16px;"
    "border:2px dashed var(--blue);background:#e8f1fa;border-radius:4px}\n"
    ".check select{font-size:16px;padding:4px 6px}\n"
    ".check button{margin:20px 0 0;background:var(--green);color:#fff;border:0;border-radius:4px;"
    "padding:10px 32px;font-size:18px;font-weight:bold;cursor:pointer}\n"
    ".check button:focus,.check input:focus,.check select:focus{outline:3px solid var(--amber)}\n"
    ".private{margin:14px 0 0;color:var(--soft)}\n"
    ".serve-bar{display:flex;flex-wrap:wrap;gap:8px 24px;padding:12px 32px;background:#fff;"
    "border-bottom:1px solid var(--line);font-weight:bold}\n"
    ".doc{line-height:1.55}\n"
    ".doc h1{font-size:26px;margin:0 0 8px}.doc h2{font-size:22px;margin:26px 0 8px;"
    "color:var(--blue-dark)}\n"
    ".doc h3{font-size:18px;margin:20px 0 6px}.doc p,.doc li{max-width:75em}\n"
    ".doc table{border-collapse:collapse;margin:8px 0}\n"
    ".doc th,.doc td{border:1px solid var(--line);padding:4px 8px;text-align:left;"
    "vertical-align:top}\n"
    ".doc th{background:var(--grey-tint)}\n"
    ".doc pre{background:var(--grey-tint);padding:10px;overflow-x:auto}\n"
    ".api dt{font-weight:bold;margin:10px 0 0}.api dd{margin:2px 0 0 20px}\n"
    "@media print{.serve-bar{display:none}}\n";

/* ------------------------------------------------------------ pieces */

/* The catalogue whose outcomes the report's stylesheet colours: the
 * server's, set by build_csp before any page is made or thread started. */
static const asr_catalogue *page_cat;

/* Write the page text from..to with PAGE_CSS added at the end of its head;
 * -1 (nothing written) when it has no head's end. */
static int with_page_css(FILE *out, const char *from, const char *to)
{
    const char *head_end = strstr(from, "</head>");
    if (head_end == NULL || head_end >= to)
        return -1;
    fwrite(from, 1, (size_t)(head_end - from), out);
    fprintf(out, "<style>%s</style>\n", PAGE_CSS);
    fwrite(head_end, 1, (size_t)(to - head_end), out);
    return 0;
}

/* The report's page start (asr_html_page_start) with PAGE_CSS added to
 * its head. */
static void page_start(FILE *out, const char *title)
{
    char *p = NULL;
    size_t n = 0;
    FILE *m = open_memstream(&p, &n);
    if (m == NULL)
        return;
    asr_html_page_start(m, title, page_cat);
    if (fclose(m) == 0 && p != NULL)
        with_page_css(out, p, p + n);
    free(p);
}

static void nav(FILE *out)
{
    fputs("<nav aria-label=\"This server\"><a href=\"/\">Check returns</a>"
          "<a href=\"/rules\">What is checked</a><a href=\"/format\">The return format</a>"
          "<a href=\"/api/rules\">The catalogue as JSON</a></nav>\n",
          out);
}

static void header(FILE *out, const char *heading, const char *meta)
{
    fputs("<header class=\"run\" id=\"top\">\n<h1>", out);
    asr_xml_text(out, heading);
    fputs("</h1>\n", out);
    if (meta) {
        fputs("<p class=\"meta\">", out);
        asr_xml_text(out, meta);
        fputs("</p>\n", out);
    }
    nav(out);
    fputs("</header>\n", out);
}

static void page_end(FILE *out) { fputs("</body>\n</html>\n", out); }

/* A page of this server, in memory on *p, *n: its start and header
 * written (close_into ends it). NULL when no memory stream opens. */
static FILE *page_open(char **p, size_t *n, const char *title, const char *meta)
{
    FILE *f = open_memstream(p, n);
    if (f == NULL)
        return NULL;
    page_start(f, title);
    header(f, title, meta);
    return f;
}

/* Close a memstream opened on *p, *n (which fclose sets) into out. */
static int close_into(FILE *f, char **p, size_t *n, asr_buf *out)
{
    if (fclose(f) != 0) {
        free(*p);
        return -1;
    }
    out->p = *p;
    out->n = *n;
    return 0;
}

/* ------------------------------------------------------------ the pages */

static int build_index(const asr_server *s, asr_buf *out)
{
    char *p = NULL, meta[256];
    size_t n = 0;
    snprintf(meta, sizeof meta, "assure %s, rule set %s (%zu rules)", ASR_VERSION,
             s->info.rules_version, s->info.nrules);
    FILE *f = page_open(&p, &n, "Check a quarterly return", meta);
    if (f == NULL)
        return -1;
    fputs("<main class=\"returns\">\n<section class=\"card\">\n<h2>Check before you submit</h2>\n"
          "<form class=\"check\" method=\"post\" action=\"/check\" "
          "enctype=\"multipart/form-data\">\n"
          "<label for=\"returns\">Your return (one or more .xml files)</label>\n"
          "<p class=\"hint\">Choose the files, or drop them on the box.</p>\n"
          "<input type=\"file\" id=\"returns\" name=\"returns\" "
          "accept=\".xml,application/xml,text/xml\" multiple required>\n"
          "<label for=\"quarter\">Judge at</label>\n<select id=\"quarter\" name=\"quarter\">\n"
          "<option value=\"\" selected>each return's own quarter</option>\n",
          f);
    const asr_catalogue *cat = s->info.cat;
    for (int q = 0; q < 4 && cat->nyears; q++) {
        fputs("<option>", f);
        asr_xml_text(f, cat->years[0].q[q].name);
        fputs("</option>\n", f);
    }
    fputs("</select>\n<div><button type=\"submit\">Check</button></div>\n</form>\n"
          "<p class=\"private\">The files are checked in this server's memory by the same rules "
          "as <code>assure check</code>, then forgotten: they are never written to disk or "
          "logged. The result is the same report, which you can download.</p>\n</section>\n",
          f);
    fputs("<section class=\"card api\">\n<h2>For portals and scripts</h2>\n<dl>\n"
          "<dt>POST /api/check</dt><dd>the return as the body (<code>Content-Type: "
          "application/xml</code>) or as files in <code>multipart/form-data</code>; "
          "<code>?format=json</code> (the default), <code>csv</code>, <code>html</code>, "
          "<code>junit</code>, <code>svrl</code> or <code>text</code>, and "
          "<code>?quarter=Q1</code> to <code>Q4</code>. Status 200: checked (whatever the "
          "findings); 400: not readable as a return; 413: too large; 415: not XML or a file "
          "upload; 503: busy, try again.</dd>\n"
          "<dt>GET /api/rules</dt><dd>the catalogue as JSON</dd>\n"
          "<dt>GET /healthz</dt><dd>200 while the server is up</dd>\n</dl>\n</section>\n"
          "</main>\n",
          f);
    page_end(f);
    return close_into(f, &p, &n, out);
}

int asr_page_error(const char *title, const char *message, asr_buf *out)
{
    char *p = NULL;
    size_t n = 0;
    FILE *f = page_open(&p, &n, title, NULL);
    if (f == NULL)
        return -1;
    fputs("<main class=\"returns\">\n<section class=\"card st-red\">\n<h2>What is wrong</h2>\n", f);
    /* One paragraph a line (one for each file that could not be read). */
    for (const char *line = message; line && *line;) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line);
        char *one = asr_strndup(line, len);
        fputs("<p class=\"msg\">", f);
        asr_xml_text(f, one);
        fputs("</p>\n", f);
        free(one);
        line = end ? end + 1 : NULL;
    }
    fputs("<p><a href=\"/\">Check a return</a> &middot; <a href=\"/format\">The return "
          "format</a></p>\n</section>\n</main>\n",
          f);
    page_end(f);
    return close_into(f, &p, &n, out);
}

/* b as a data: URL, base64 (GNU Nettle's encoder). */
static void data_url(FILE *out, const char *type, const asr_buf *b)
{
    fprintf(out, "data:%s;base64,", type);
    char chunk[BASE64_ENCODE_RAW_LENGTH(3 * 1024)];
    for (size_t i = 0; i < b->n; i += 3 * 1024) {
        size_t take = b->n - i < 3 * 1024 ? b->n - i : 3 * 1024;
        base64_encode_raw(chunk, take, (const uint8_t *)b->p + i);
        fwrite(chunk, 1, BASE64_ENCODE_RAW_LENGTH(take), out);
    }
}

/* The result: the report as `check --format html` writes it, with
 * PAGE_CSS in its head and, first in its body, a bar to check another
 * return and to download the report and the findings. The downloads are
 * data: URLs with the download attribute: no script, nothing kept on the
 * server, nothing sent again. */
int asr_page_result(const asr_buf *html, const asr_buf *json, asr_buf *out)
{
    const char *head_end = html->p ? strstr(html->p, "</head>") : NULL;
    const char *body = head_end ? strstr(head_end, "<body>\n") : NULL;
    if (body == NULL)
        return -1;
    body += strlen("<body>\n");
    char *p = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&p, &n);
    if (f == NULL)
        return -1;
    with_page_css(f, html->p, body);
    fputs("<nav class=\"serve-bar\" aria-label=\"This check\"><a href=\"/\">Check another "
          "return</a><a download=\"assure-report.html\" href=\"",
          f);
    data_url(f, "text/html;charset=utf-8", html);
    fputs("\">Download this report (HTML)</a><a download=\"assure-findings.json\" href=\"", f);
    data_url(f, "application/json", json);
    fputs("\">Download the findings (JSON)</a></nav>\n", f);
    fwrite(body, 1, html->n - (size_t)(body - html->p), f);
    return close_into(f, &p, &n, out);
}

/* ------------------------------------------------------------ Markdown */

void asr_heading_slug(const char *text, char *buf, size_t cap)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p && n + 1 < cap; p++) {
        if (*p >= 0x80 || isalnum(*p) || *p == '-' || *p == '_')
            buf[n++] = (char)tolower(*p);
        else if (*p == ' ')
            buf[n++] = '-';
    }
    buf[n] = '\0';
}

/* The text of a node's inlines (text and code), as a heading reads. */
static void node_text(cmark_node *node, char *buf, size_t cap)
{
    size_t n = 0;
    cmark_iter *it = cmark_iter_new(node);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        cmark_node *x = cmark_iter_get_node(it);
        cmark_node_type t = cmark_node_get_type(x);
        const char *lit = ev == CMARK_EVENT_ENTER && (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE)
                              ? cmark_node_get_literal(x)
                              : NULL;
        for (; lit && *lit && n + 1 < cap; lit++)
            buf[n++] = *lit;
    }
    cmark_iter_free(it);
    buf[n] = '\0';
}

/* Give a heading an id (GitHub's, "-1", "-2" ... after a repeat): an
 * empty span at its start, as a custom inline, which the renderer writes
 * as it is. The slug holds only letters, digits, '-', '_' and UTF-8. */
static int heading_id(cmark_node *h, asr_strlist *seen)
{
    char text[512], slug[512], id[540];
    node_text(h, text, sizeof text);
    asr_heading_slug(text, slug, sizeof slug);
    snprintf(id, sizeof id, "%s", slug);
    for (int k = 1;; k++) {
        int dup = 0;
        for (size_t i = 0; i < seen->n && !dup; i++)
            dup = strcmp(seen->v[i], id) == 0;
        if (!dup)
            break;
        snprintf(id, sizeof id, "%s-%d", slug, k);
    }
    char span[600];
    snprintf(span, sizeof span, "<span id=\"%s\"></span>", id);
    cmark_node *c = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
    if (c == NULL || asr_strlist_push(seen, id) != 0 || !cmark_node_set_on_enter(c, span) ||
        !cmark_node_prepend_child(h, c))
        return -1;
    return 0;
}

/* A link or image: an absolute (http, https, mailto) or in-page link
 * stays; a relative one to a served XSD points at /schema/NAME; any other
 * (a file of the repository) becomes its text. */
static int fix_link(cmark_node *l, char *const *xsd_names, size_t nxsd)
{
    const char *url = cmark_node_get_url(l);
    url = url ? url : "";
    if (cmark_node_get_type(l) == CMARK_NODE_LINK &&
        (url[0] == '#' || strncmp(url, "https://", 8) == 0 || strncmp(url, "http://", 7) == 0 ||
         strncmp(url, "mailto:", 7) == 0))
        return 0;
    const char *base = strrchr(url, '/') ? strrchr(url, '/') + 1 : url;
    for (size_t i = 0; i < nxsd && !strchr(url, ':'); i++)
        if (cmark_node_get_type(l) == CMARK_NODE_LINK && strcmp(base, xsd_names[i]) == 0) {
            char to[300];
            snprintf(to, sizeof to, "/schema/%s", xsd_names[i]);
            return cmark_node_set_url(l, to) ? 0 : -1;
        }
    for (cmark_node *c; (c = cmark_node_first_child(l)) != NULL;)
        if (!cmark_node_insert_before(l, c))
            return -1;
    cmark_node_free(l);
    return 0;
}

/* The headings, links and images below doc (changed after the walk: the
 * tree must not change under an iterator). */
static int collect(cmark_node *doc, cmark_node ***v, size_t *n)
{
    size_t cap = 0;
    cmark_iter *it = cmark_iter_new(doc);
    int rc = 0;
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE && rc == 0;) {
        cmark_node *x = cmark_iter_get_node(it);
        cmark_node_type t = cmark_node_get_type(x);
        if (ev != CMARK_EVENT_ENTER ||
            (t != CMARK_NODE_HEADING && t != CMARK_NODE_LINK && t != CMARK_NODE_IMAGE))
            continue;
        if (*n == cap) {
            cap = cap ? cap * 2 : 64;
            cmark_node **w = realloc(*v, cap * sizeof *w);
            if (w == NULL) {
                rc = -1;
                break;
            }
            *v = w;
        }
        (*v)[(*n)++] = x;
    }
    cmark_iter_free(it);
    return rc;
}

int asr_markdown_html(const char *md, size_t len, char *const *xsd_names, size_t nxsd, FILE *out)
{
    cmark_gfm_core_extensions_ensure_registered();
    cmark_syntax_extension *table = cmark_find_syntax_extension("table");
    cmark_parser *p = cmark_parser_new(CMARK_OPT_DEFAULT);
    if (p == NULL || table == NULL || !cmark_parser_attach_syntax_extension(p, table)) {
        if (p)
            cmark_parser_free(p);
        return -1;
    }
    cmark_parser_feed(p, md, len);
    cmark_node *doc = cmark_parser_finish(p);
    cmark_node **v = NULL;
    size_t n = 0;
    asr_strlist seen = {0};
    int rc = doc ? collect(doc, &v, &n) : -1;
    for (size_t i = 0; i < n && rc == 0; i++)
        rc = cmark_node_get_type(v[i]) == CMARK_NODE_HEADING ? heading_id(v[i], &seen)
                                                              : fix_link(v[i], xsd_names, nxsd);
    /* CMARK_OPT_DEFAULT is safe: raw HTML in the Markdown is left out,
     * and javascript:, vbscript:, file: and data: links are emptied. */
    char *html = rc == 0 ? cmark_render_html(doc, CMARK_OPT_DEFAULT,
                                             cmark_parser_get_syntax_extensions(p))
                         : NULL;
    if (html)
        fputs(html, out);
    else
        rc = -1;
    cmark_get_default_mem_allocator()->free(html);
    free(v);
    asr_strlist_free(&seen);
    if (doc)
        cmark_node_free(doc);
    cmark_parser_free(p);
    return rc;
}

/* ------------------------------------------------------------ the catalogue */

/* A page around Markdown: /rules and /format. */
static int doc_page(const asr_server *s, const char *title, const char *md, size_t len,
                    asr_buf *out)
{
    char *p = NULL;
    size_t n = 0;
    FILE *f = page_open(&p, &n, title, NULL);
    if (f == NULL)
        return -1;
    fputs("<main class=\"returns\">\n<article class=\"card doc\">\n", f);
    int rc = asr_markdown_html(md, len, s->site.xsd_names, s->site.nxsd, f);
    fputs("</article>\n</main>\n", f);
    page_end(f);
    if (close_into(f, &p, &n, out) != 0)
        return -1;
    return rc;
}

static int build_rules_page(asr_server *s)
{
    char *md = NULL;
    size_t len = 0;
    asr_err err;
    FILE *f = open_memstream(&md, &len);
    if (f == NULL)
        return -1;
    int rc = asr_rules_doc(&s->engines[0], f, &err);
    if (fclose(f) != 0 || rc != 0) {
        fprintf(stderr, "assure: serve: the catalogue cannot be described: %s\n",
                rc ? err.message : "out of memory");
        free(md);
        return -1;
    }
    rc = doc_page(s, "What assure checks", md, len, &s->site.rules_page);
    free(md);
    return rc;
}

/* /format: the catalogue's schema/README.md, and its XSDs for /schema/NAME. */
static int build_format(asr_server *s)
{
    const asr_catalogue *cat = s->info.cat;
    asr_site *w = &s->site;
    asr_err err;
    w->xsd = calloc(cat->nschemas + 1, sizeof *w->xsd);
    w->xsd_names = calloc(cat->nschemas + 1, sizeof *w->xsd_names);
    if (!w->xsd || !w->xsd_names)
        return -1;
    for (size_t i = 0; i < cat->nschemas; i++) {
        const char *path = cat->schemas[i].xsd, *slash = strrchr(path, '/');
        if (asr_read_file(path, ASR_MAX_RETURN_BYTES, "schema", "", &w->xsd[i].p, &w->xsd[i].n,
                          &err) != 0 ||
            (w->xsd_names[i] = asr_strdup(slash ? slash + 1 : path)) == NULL) {
            fprintf(stderr, "assure: serve: %s: %s\n", err.file, err.message);
            return -1;
        }
        w->nxsd++;
    }
    char path[PATH_MAX + 32], *md = NULL;
    size_t len = 0;
    snprintf(path, sizeof path, "%s/schema/README.md", s->engines[0].rules.dir);
    if (asr_read_file(path, ASR_MAX_RETURN_BYTES, "format description", "", &md, &len, &err) != 0) {
        static const char none[] = "# The return format\n\nThis catalogue has no description of "
                                   "the return format (`schema/README.md` beside its XSDs).\n";
        return doc_page(s, "The return format", none, strlen(none), &w->format_page);
    }
    int rc = doc_page(s, "The return format", md, len, &w->format_page);
    free(md);
    return rc;
}

static void json_or_null(FILE *f, const char *s)
{
    if (s)
        asr_json_string(f, s);
    else
        fputs("null", f);
}

/* GET /api/rules: what `rules list` shows, as JSON: each built-in check
 * and each rule declaration (a rule declared for several periods appears
 * once for each, with its dates). */
static int build_rules_json(asr_server *s)
{
    const asr_engine *e = &s->engines[0];
    const asr_catalogue *cat = &e->rules.cat;
    char *p = NULL, text[512];
    size_t n = 0;
    FILE *f = open_memstream(&p, &n);
    if (f == NULL)
        return -1;
    fprintf(f, "{\"tool\":{\"name\":\"assure\",\"version\":\"%s\",\"rulesVersion\":\"%s\"},"
               "\"rules\":[",
            ASR_VERSION, e->rules.version);
    for (size_t b = 0; b < cat->nbuiltins; b++) {
        const asr_builtin *x = &cat->builtins[b];
        fputs(b ? ",\n{\"id\":" : "\n{\"id\":", f);
        asr_json_string(f, x->id);
        fputs(",\"title\":", f);
        asr_json_string(f, asr_catalogue_text(cat, x->title, NULL, text, sizeof text));
        fputs(",\"workstream\":", f);
        asr_json_string(f, x->workstream);
        fputs(",\"due\":\"every\",\"inForce\":{\"from\":null,\"until\":null},\"schema\":null,"
              "\"history\":false,\"builtIn\":true}",
              f);
    }
    for (size_t i = 0; i < e->rules.n; i++) {
        const asr_rule *r = &e->rules.v[i];
        fputs(i || cat->nbuiltins ? ",\n{\"id\":" : "\n{\"id\":", f);
        asr_json_string(f, r->id);
        fputs(",\"title\":", f);
        asr_json_string(f, r->title);
        fputs(",\"workstream\":", f);
        asr_json_string(f, r->workstream);
        fputs(",\"due\":", f);
        asr_json_string(f, r->due);
        fputs(",\"inForce\":{\"from\":", f);
        json_or_null(f, r->from);
        fputs(",\"until\":", f);
        json_or_null(f, r->until);
        fputs("},\"schema\":", f);
        json_or_null(f, r->schema);
        fprintf(f, ",\"history\":%s,\"builtIn\":false}", r->history ? "true" : "false");
    }
    fputs("\n]}\n", f);
    return close_into(f, &p, &n, &s->site.rules_json);
}

/* ------------------------------------------------------------ CSP */

/* 'sha256-BASE64' of s, as a CSP source. */
static void style_hash(const char *s, size_t n, char *buf, size_t cap)
{
    struct sha256_ctx ctx;
    uint8_t digest[SHA256_DIGEST_SIZE];
    char b64[BASE64_ENCODE_RAW_LENGTH(SHA256_DIGEST_SIZE) + 1];
    sha256_init(&ctx);
    sha256_update(&ctx, n, (const uint8_t *)s);
    sha256_digest(&ctx, sizeof digest, digest);
    base64_encode_raw(b64, sizeof digest, digest);
    b64[BASE64_ENCODE_RAW_LENGTH(SHA256_DIGEST_SIZE)] = '\0';
    snprintf(buf, cap, "'sha256-%s'", b64);
}

/* Nothing may load or run but the two inline stylesheets (the report's and
 * PAGE_CSS, by hash: the report's is taken from what asr_html_page_start
 * writes, so the hash cannot drift from it); forms post only here; no
 * framing. */
static int build_csp(asr_server *s)
{
    char *p = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&p, &n);
    if (f == NULL)
        return -1;
    page_cat = &s->engines[0].rules.cat;
    asr_html_page_start(f, "", page_cat);
    if (fclose(f) != 0)
        return -1;
    const char *a = strstr(p, "<style>"), *b = a ? strstr(a, "</style>") : NULL;
    if (b == NULL) {
        free(p);
        return -1;
    }
    a += strlen("<style>");
    char report[80], page[80];
    style_hash(a, (size_t)(b - a), report, sizeof report);
    style_hash(PAGE_CSS, strlen(PAGE_CSS), page, sizeof page);
    free(p);
    snprintf(s->site.csp, sizeof s->site.csp,
             "default-src 'none'; style-src %s %s; form-action 'self'; frame-ancestors 'none'; "
             "base-uri 'none'",
             report, page);
    return 0;
}

int asr_site_build(asr_server *s)
{
    if (build_csp(s) != 0 || build_index(s, &s->site.index) != 0 || build_format(s) != 0 ||
        build_rules_page(s) != 0 || build_rules_json(s) != 0) {
        fprintf(stderr, "assure: serve: cannot make the pages (out of memory?)\n");
        return -1;
    }
    return 0;
}

void asr_site_free(asr_site *site)
{
    free(site->index.p);
    free(site->rules_page.p);
    free(site->format_page.p);
    free(site->rules_json.p);
    for (size_t i = 0; i < site->nxsd; i++) {
        free(site->xsd[i].p);
        free(site->xsd_names[i]);
    }
    free(site->xsd);
    free(site->xsd_names);
    memset(site, 0, sizeof *site);
}
