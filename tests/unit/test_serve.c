/* test_serve.c: the pieces of `assure serve` that are not HTTP (asr_serve.h):
 * sizes such as 16M, the names reports give uploaded files, the Markdown of
 * /rules and /format (raw HTML never passed through, unsafe links emptied,
 * ids on headings as GitHub makes them, repository links unwrapped), the
 * error page (what it says is escaped) and the result page (the report
 * whole, the bar after <body>, the downloads exactly the reports). The HTTP
 * side is tested over sockets by tests/serve/run. */
#define _GNU_SOURCE
#include "asr_serve.h"

#include <criterion/criterion.h>
#include <nettle/base64.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

TestSuite(serve);

Test(serve, sizes)
{
    cr_expect_eq(asr_parse_size("16M"), 16LL << 20);
    cr_expect_eq(asr_parse_size("16MB"), 16LL << 20);
    cr_expect_eq(asr_parse_size("16MiB"), 16LL << 20);
    cr_expect_eq(asr_parse_size("512k"), 512LL << 10);
    cr_expect_eq(asr_parse_size("1G"), 1LL << 30);
    cr_expect_eq(asr_parse_size("1048576"), 1048576);
    const char *bad[] = {"", "M", "-1", "16X", "16MM", "1.5M", " 16M", "16M ", "99999999999999G", NULL};
    for (int i = 0; bad[i]; i++)
        cr_expect_eq(asr_parse_size(bad[i]), -1, "'%s' is not a size", bad[i]);
}

Test(serve, upload_names)
{
    char buf[256];
    asr_upload_name("ncl-q2.xml", buf, sizeof buf);
    cr_expect_str_eq(buf, "ncl-q2.xml");
    asr_upload_name("C:\\fakepath\\ncl-q2.xml", buf, sizeof buf); /* old browsers */
    cr_expect_str_eq(buf, "ncl-q2.xml");
    asr_upload_name("../../etc/passwd", buf, sizeof buf);
    cr_expect_str_eq(buf, "passwd");
    asr_upload_name("", buf, sizeof buf);
    cr_expect_str_eq(buf, "return.xml");
    asr_upload_name(NULL, buf, sizeof buf);
    cr_expect_str_eq(buf, "return.xml");
    asr_upload_name("dir/", buf, sizeof buf);
    cr_expect_str_eq(buf, "return.xml");
    /* 300 bytes of "é" (2 bytes each): cut to at most 200, between characters. */
    char long_name[301] = "";
    for (int i = 0; i < 150; i++)
        strcat(long_name, "\xC3\xA9");
    asr_upload_name(long_name, buf, sizeof buf);
    cr_expect_eq(strlen(buf), 200);
    asr_upload_name(long_name + 1, buf, sizeof buf); /* starts mid-character: cut whole */
    cr_expect_leq(strlen(buf), 200);
    cr_expect_eq(asr_utf8_cut(buf, strlen(buf)), strlen(buf));
}

Test(serve, heading_slugs)
{
    char buf[128];
    asr_heading_slug("4. Schema 1.0, section by section", buf, sizeof buf);
    cr_expect_str_eq(buf, "4-schema-10-section-by-section");
    asr_heading_slug("FIT-04: All endoscopy providers on the NEDi2.1 schema", buf, sizeof buf);
    cr_expect_str_eq(buf, "fit-04-all-endoscopy-providers-on-the-nedi21-schema");
    asr_heading_slug("Quoted \"<b>\" & 'x'", buf, sizeof buf);
    cr_expect_str_eq(buf, "quoted-b--x"); /* nothing an attribute would need escaped */
}

/* Markdown through asr_markdown_html into a string (caller frees). */
static char *md(const char *text)
{
    char *out = NULL, *names[] = {"quarterly-return-1.0.xsd"};
    size_t n = 0;
    FILE *f = open_memstream(&out, &n);
    cr_assert_not_null(f);
    cr_assert_eq(asr_markdown_html(text, strlen(text), names, 1, f), 0);
    fclose(f);
    return out;
}

Test(serve, markdown_never_passes_html_through)
{
    char *h = md("# Title\n\n<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> "
                 "and <b>bold</b>.\n\n[click](javascript:alert(1)) "
                 "[data](data:text/html,<script>alert(1)</script>)\n");
    cr_expect_null(strstr(h, "<script"), "%s", h);
    cr_expect_null(strstr(h, "<img"), "%s", h);
    cr_expect_null(strstr(h, "<b>"), "%s", h);
    cr_expect_null(strstr(h, "javascript:"), "%s", h);
    cr_expect_null(strstr(h, "data:"), "%s", h);
    cr_expect_not_null(strstr(h, "<h1><span id=\"title\"></span>Title</h1>"), "%s", h);
    free(h);
}

Test(serve, markdown_tables_ids_and_links)
{
    char *h = md("1. [What a return is](#1-what-a-return-is)\n\n"
                 "## 1. What a return is\n\n## 1. What a return is\n\n"
                 "| ID | due |\n|---|---|\n| `FIT-04` | Q4 |\n\n"
                 "See [`quarterly-return-1.0.xsd`](quarterly-return-1.0.xsd), "
                 "[the sample](../../samples/returns/ncl-q2.xml) and "
                 "[the pack](https://www.england.nhs.uk/).\n");
    cr_expect_not_null(strstr(h, "<a href=\"#1-what-a-return-is\">"), "%s", h);
    cr_expect_not_null(strstr(h, "<span id=\"1-what-a-return-is\"></span>"), "%s", h);
    cr_expect_not_null(strstr(h, "<span id=\"1-what-a-return-is-1\"></span>"), "a repeat: %s", h);
    cr_expect_not_null(strstr(h, "<table>"), "%s", h);
    cr_expect_not_null(strstr(h, "<td><code>FIT-04</code></td>"), "%s", h);
    cr_expect_not_null(strstr(h, "<a href=\"/schema/quarterly-return-1.0.xsd\">"), "%s", h);
    cr_expect_null(strstr(h, "samples/returns/ncl-q2.xml\""), "unwrapped: %s", h);
    cr_expect_not_null(strstr(h, "</a>, the sample and <a href"), "its text stays: %s", h);
    cr_expect_not_null(strstr(h, "<a href=\"https://www.england.nhs.uk/\">"), "%s", h);
    cr_expect_null(strstr(h, "style="), "no style attribute (the CSP allows none): %s", h);
    free(h);
}

Test(serve, error_page_escapes)
{
    asr_buf b = {0};
    cr_assert_eq(asr_page_error("<Title>", "a.xml is <b>bad</b> & \"odd\"\nb.xml too", &b), 0);
    cr_assert_not_null(b.p);
    cr_expect_eq(strlen(b.p), b.n);
    cr_expect_null(strstr(b.p, "<b>"));
    cr_expect_not_null(strstr(b.p, "<h1>&lt;Title&gt;</h1>"));
    cr_expect_not_null(strstr(b.p, "<p class=\"msg\">a.xml is &lt;b&gt;bad&lt;/b&gt; &amp; &quot;odd&quot;</p>"));
    cr_expect_not_null(strstr(b.p, "<p class=\"msg\">b.xml too</p>"), "one paragraph a line");
    cr_expect_null(strstr(b.p, "<script"));
    free(b.p);
}

/* The base64 of a data: URL after marker in page, decoded (caller frees). */
static char *data_after(const char *page, const char *marker, size_t *n)
{
    const char *p = strstr(page, marker);
    cr_assert_not_null(p, "no %s", marker);
    p += strlen(marker);
    size_t len = strcspn(p, "\"");
    char *out = malloc(BASE64_DECODE_LENGTH(len) + 1);
    struct base64_decode_ctx ctx;
    base64_decode_init(&ctx);
    cr_assert(base64_decode_update(&ctx, n, (uint8_t *)out, len, p));
    cr_assert(base64_decode_final(&ctx));
    out[*n] = '\0';
    return out;
}

Test(serve, result_page)
{
    static const char html[] = "<!DOCTYPE html>\n<html>\n<head>\n<style>\nx{}</style>\n</head>\n"
                               "<body>\n<main>report \xC3\xA9</main>\n</body>\n</html>\n";
    static const char json[] = "{\"returns\":[]}\n";
    asr_buf h = {(char *)html, strlen(html)}, j = {(char *)json, strlen(json)}, out = {0};
    cr_assert_eq(asr_page_result(&h, &j, &out), 0);
    const char *bar = strstr(out.p, "<body>\n<nav class=\"serve-bar\"");
    cr_expect_not_null(bar, "the bar opens the body: %s", out.p);
    cr_expect_not_null(strstr(out.p, "</style>\n<style>"), "the page's stylesheet in the head");
    cr_expect_not_null(strstr(out.p, "</nav>\n<main>report \xC3\xA9</main>\n</body>\n</html>\n"));
    size_t n;
    char *got = data_after(out.p, "download=\"assure-report.html\" href=\"data:text/html;charset=utf-8;base64,", &n);
    cr_expect_eq(n, strlen(html));
    cr_expect_str_eq(got, html, "the HTML download is the report, without the bar");
    free(got);
    got = data_after(out.p, "download=\"assure-findings.json\" href=\"data:application/json;base64,", &n);
    cr_expect_str_eq(got, json);
    free(got);
    free(out.p);
    asr_buf none = {(char *)"<p>no head</p>", 14};
    cr_expect_eq(asr_page_result(&none, &j, &out), -1, "not a report: refused, not mangled");
}
