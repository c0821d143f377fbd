/* test_doc.c: reading a return safely (XML-01), recognising it as a
 * quarterly return (XML-02) and validating it against the XSD. Every hostile
 * input must be refused with the right code, line, column and message, and
 * nothing it points at (a local file, a URL) may ever be read. No test
 * asserts on elapsed time; a .timeout is only a safety net against a hang. */
#define _GNU_SOURCE
#include "asr_doc.h"
#include "helpers.h"

#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <criterion/redirect.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define NS         ASR_NS
#define DECL       "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
#define ROOT_OPEN  "<QuarterlyReturn xmlns=\"" NS "\" schemaVersion=\"1.0\">"
#define ROOT_EMPTY ROOT_OPEN "</QuarterlyReturn>\n"
#define MINIMAL    DECL ROOT_EMPTY /* root on line 2 */

/* Every test gets libxml2 set up with the deny-all entity loader. Criterion
 * runs each test in its own process, so each starts from a fresh state. */
static void setup(void) { asr_xml_init(); }

TestSuite(doc, .init = setup);

/* ------------------------------------------------------------- helpers */

/* Load buf as "test.xml" into a fresh doc and a cleared err. */
static int load(asr_doc *doc, asr_err *err, const char *buf, size_t len)
{
    memset(err, 0, sizeof *err);
    return asr_doc_load_memory(doc, "test.xml", buf, len, err);
}

/* The 1-based line of the first occurrence of needle in s. */
static long line_of(const char *s, const char *needle)
{
    const char *at = strstr(s, needle);
    cr_assert_not_null(at, "line_of: '%s' not found", needle);
    long line = 1;
    for (const char *p = s; p < at; p++)
        line += *p == '\n';
    return line;
}

/* The refusal contract: -1, an empty doc, and err naming the input with code,
 * line, column (col < 0: not checked; 0: must be unknown) and phrase. */
static void expect_refused(const char *what, int rc, const asr_doc *doc, const asr_err *err,
                           const char *code, long line, int col, const char *phrase)
{
    cr_assert_eq(rc, -1, "%s: accepted (rc %d)", what, rc);
    cr_expect_null(doc->xml, "%s: a refused doc must be left empty", what);
    cr_expect_null(doc->file, "%s: a refused doc must be left empty", what);
    cr_expect_str_eq(err->code, code, "%s: code %s, message: %s", what, err->code, err->message);
    cr_expect_eq(err->line, line, "%s: line %ld, expected %ld (%s)", what, err->line, line,
                 err->message);
    if (col >= 0)
        cr_expect_eq(err->column, col, "%s: column %d, expected %d (%s)", what, err->column, col,
                     err->message);
    cr_expect_not_null(strstr(err->message, phrase), "%s: message \"%s\" lacks \"%s\"", what,
                       err->message, phrase);
    cr_expect_null(strchr(err->message, '\n'), "%s: message is not one line", what);
}

/* A directory made fresh for one test (static buffer). */
static const char *tmpdir(void)
{
    static char dir[64];
    snprintf(dir, sizeof dir, "/tmp/assure-doc-XXXXXX");
    cr_assert_not_null(mkdtemp(dir));
    return dir;
}

static void write_file(const char *path, const char *buf, size_t len)
{
    FILE *f = fopen(path, "wb");
    cr_assert_not_null(f, "cannot create %s", path);
    cr_assert_eq(fwrite(buf, 1, len, f), len);
    cr_assert_eq(fclose(f), 0);
}

static asr_schema *schema(void)
{
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/schema/quarterly-return-1.0.xsd", t_rules_dir());
    asr_err err = {0};
    asr_schema *s = asr_schema_load(path, &err);
    cr_assert_not_null(s, "cannot load %s: %s", path, err.message);
    return s;
}

/* ------------------------------------------------------ the example return */

Test(doc, example_loads_with_header_facts)
{
    size_t len;
    char *xml = t_read("samples/returns/ncl-q2.xml", &len);
    asr_doc doc;
    asr_err err;
    int rc = load(&doc, &err, xml, len);
    cr_assert_eq(rc, 0, "example refused: %ld:%d %s", err.line, err.column, err.message);
    cr_expect_str_eq(doc.file, "test.xml");
    cr_assert_not_null(doc.root);
    cr_expect_str_eq((const char *)doc.root->name, "QuarterlyReturn");
    cr_expect_eq(asr_node_line(doc.root), line_of(xml, "<QuarterlyReturn"));
    cr_assert_not_null(doc.alliance_code);
    cr_expect_str_eq(doc.alliance_code, "E56000027");
    cr_assert_not_null(doc.alliance_name);
    cr_expect_str_eq(doc.alliance_name, "North Central London Cancer Alliance");
    cr_assert_not_null(doc.region);
    cr_expect_str_eq(doc.region, "London");
    cr_assert_not_null(doc.financial_year);
    cr_expect_str_eq(doc.financial_year, "2025/26");
    cr_assert_not_null(doc.quarter);
    cr_expect_str_eq(doc.quarter, "Q2");
    cr_expect_neq(doc.id, 0UL);

    asr_schema *xsd = schema();
    asr_errlist out = {0};
    int n = asr_doc_validate(&doc, xsd, &out);
    cr_expect_eq(n, 0, "example has %d violations; first: %ld %s", n, out.n ? out.v[0].line : 0L,
                 out.n ? out.v[0].message : "");
    cr_expect_eq(out.n, 0u);
    asr_errlist_free(&out);
    asr_schema_free(xsd);
    asr_doc_free(&doc);
    cr_expect_null(doc.xml, "asr_doc_free leaves the struct empty");
    asr_doc_free(&doc); /* twice is harmless */
    asr_doc_free(NULL);
    free(xml);
}

Test(doc, example_loads_from_file_with_distinct_ids)
{
    const char *path = "samples/returns/ncl-q2.xml";
    asr_doc a, b;
    asr_err err = {0};
    cr_assert_eq(asr_doc_load(&a, path, &err), 0, "%s", err.message);
    cr_assert_eq(asr_doc_load(&b, path, &err), 0, "%s", err.message);
    cr_expect_str_eq(a.file, path);
    cr_expect_str_eq(a.quarter, "Q2");
    cr_expect_neq(a.id, b.id, "each loaded document has its own id");
    asr_doc_free(&a);
    asr_doc_free(&b);
}

Test(doc, utf8_bom_is_accepted)
{
    char *ex = t_example();
    size_t len = strlen(ex);
    char *buf = malloc(len + 3);
    cr_assert_not_null(buf);
    memcpy(buf, "\xEF\xBB\xBF", 3);
    memcpy(buf + 3, ex, len);
    asr_doc doc;
    asr_err err;
    int rc = load(&doc, &err, buf, len + 3);
    cr_assert_eq(rc, 0, "a UTF-8 BOM must be accepted: %ld:%d %s", err.line, err.column,
                 err.message);
    cr_expect_str_eq(doc.alliance_code, "E56000027");
    cr_expect_str_eq(doc.quarter, "Q2");
    asr_doc_free(&doc);
    free(buf);
    free(ex);
}

Test(doc, minimal_return_loads_without_header)
{
    asr_doc doc;
    asr_err err;
    cr_assert_eq(load(&doc, &err, MINIMAL, strlen(MINIMAL)), 0, "%s", err.message);
    cr_expect_null(doc.alliance_code, "no Header: facts are NULL");
    cr_expect_null(doc.quarter);
    asr_doc_free(&doc);
}

/* ------------------------------------------- empty, blank and truncated */

Test(doc, empty_buffer)
{
    asr_doc doc;
    asr_err err;
    int rc = load(&doc, &err, "", 0);
    expect_refused("empty", rc, &doc, &err, "XML-01", 0, 0, "is empty");
    cr_expect_str_eq(err.file, "test.xml");
}

Test(doc, whitespace_only)
{
    static const char ws[] = "   \n\t  \n";
    asr_doc doc;
    asr_err err;
    int rc = load(&doc, &err, ws, sizeof ws - 1);
    expect_refused("whitespace", rc, &doc, &err, "XML-01", 3, 1, "there is no XML here");
    cr_expect_not_null(strstr(err.message, "not well-formed"), "%s", err.message);
}

Test(doc, truncated_at_several_offsets, .timeout = 5)
{
    char *ex = t_example();
    size_t len = strlen(ex);
    size_t offs[] = {10, 500, 3000, len / 2, len - 10, len - 2}; /* len - 2: no final '>' */
    for (size_t i = 0; i < sizeof offs / sizeof offs[0]; i++) {
        char what[64];
        snprintf(what, sizeof what, "truncated at %zu", offs[i]);
        /* The parser runs out of input on the last line it was given. */
        long last = 1;
        for (size_t k = 0; k < offs[i]; k++)
            last += ex[k] == '\n';
        asr_doc doc;
        asr_err err;
        int rc = load(&doc, &err, ex, offs[i]);
        expect_refused(what, rc, &doc, &err, "XML-01", last, -1, "not well-formed XML");
        cr_expect_gt(err.line, 0, "%s: line must be known", what);
        cr_expect_gt(err.column, 0, "%s: column must be known", what);
        cr_expect_str_eq(err.file, "test.xml");
    }
    free(ex);
}

Test(doc, junk_after_root)
{
    static const char x[] = MINIMAL "<again/>\n";
    asr_doc doc;
    asr_err err;
    int rc = load(&doc, &err, x, sizeof x - 1);
    expect_refused("junk after root", rc, &doc, &err, "XML-01", 3, -1,
                   "there is more after </QuarterlyReturn>: a return has one root element");
}

/* ------------------------------------------- DOCTYPE, entities and XXE */

typedef struct hostile {
    const char *name;
    const char *xml;    /* the DOCTYPE (or the hostile part) is always on line 2 */
    const char *phrase; /* must appear in the message */
} hostile;

#define RETURN_WITH(body) ROOT_OPEN "<Header>" body "</Header></QuarterlyReturn>\n"

static hostile hostiles[] = {
    {"XXE file:///etc/passwd",
     DECL
     "<!DOCTYPE QuarterlyReturn [\n<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n" RETURN_WITH(
         "&xxe;"),
     "DOCTYPE"},
    {"XXE http://127.0.0.1/x",
     DECL "<!DOCTYPE QuarterlyReturn [<!ENTITY xxe SYSTEM \"http://127.0.0.1/x\">]>\n" RETURN_WITH(
         "&xxe;"),
     "DOCTYPE"},
    {"XXE in an attribute",
     DECL "<!DOCTYPE QuarterlyReturn [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n" ROOT_OPEN
          "<Header><Alliance code=\"&xxe;\"/></Header></QuarterlyReturn>\n",
     "DOCTYPE"},
    {"external DTD (SYSTEM)",
     DECL "<!DOCTYPE QuarterlyReturn SYSTEM \"file:///etc/passwd\">\n" ROOT_EMPTY, "DOCTYPE"},
    {"external DTD (PUBLIC, http)",
     DECL "<!DOCTYPE QuarterlyReturn PUBLIC \"-//X//Y\" \"http://127.0.0.1/x.dtd\">\n" ROOT_EMPTY,
     "DOCTYPE"},
    {"billion laughs",
     DECL "<!DOCTYPE QuarterlyReturn [\n"
          " <!ENTITY lol \"lol\">\n"
          " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
          " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
          " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
          " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
          " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
          " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
          " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
          " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
          " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
          "]>\n" RETURN_WITH("&lol9;"),
     "DOCTYPE"},
    {"internal DOCTYPE without entities",
     DECL "<!DOCTYPE QuarterlyReturn [<!ELEMENT QuarterlyReturn ANY>]>\n" ROOT_EMPTY, "DOCTYPE"},
    {"empty DOCTYPE", DECL "<!DOCTYPE QuarterlyReturn>\n" ROOT_EMPTY, "DOCTYPE"},
    {"external parameter entity",
     DECL
     "<!DOCTYPE QuarterlyReturn [<!ENTITY % pe SYSTEM \"file:///etc/passwd\"> %pe;]>\n" ROOT_EMPTY,
     "DOCTYPE"},
    {"internal parameter entity declaring an entity",
     DECL
     "<!DOCTYPE QuarterlyReturn [<!ENTITY % pe \"<!ENTITY x 'boom'>\"> %pe;]>\n" RETURN_WITH("&x;"),
     "DOCTYPE"},
    {"DOCTYPE after a comment",
     DECL "<!-- hi --><!DOCTYPE QuarterlyReturn [<!ENTITY x \"y\">]>\n" RETURN_WITH("&x;"),
     "DOCTYPE"},
};

ParameterizedTestParameters(doc, hostile_doctype)
{
    return cr_make_param_array(hostile, hostiles, sizeof hostiles / sizeof hostiles[0]);
}

ParameterizedTest(hostile *h, doc, hostile_doctype, .timeout = 5)
{
    asr_doc doc;
    asr_err err;
    int rc = load(&doc, &err, h->xml, strlen(h->xml));
    expect_refused(h->name, rc, &doc, &err, "XML-01", 2, -1, h->phrase);
    cr_expect_gt(err.column, 0, "%s: column must be known", h->name);
    /* Nothing the DOCTYPE pointed at may leak into the report. */
    cr_expect_null(strstr(err.message, "root:"), "%s: /etc/passwd leaked: %s", h->name,
                   err.message);
    cr_expect_null(strstr(err.message, "lollol"), "%s: entity expanded: %s", h->name, err.message);
}

/* A secret in a local file, referenced every way an entity can be: the
 * marker must appear nowhere (message, file, a document). */
Test(doc, xxe_local_file_is_never_read, .timeout = 5)
{
    const char *dir = tmpdir();
    char secret[128];
    snprintf(secret, sizeof secret, "%s/secret.txt", dir);
    static const char marker[] = "TOP-SECRET-MARKER-7f3a";
    write_file(secret, marker, sizeof marker - 1);
    const char *forms[] = {
        "<!DOCTYPE QuarterlyReturn [<!ENTITY s SYSTEM \"file://%s\">]>\n" RETURN_WITH("&s;"),
        "<!DOCTYPE QuarterlyReturn [<!ENTITY s SYSTEM \"%s\">]>\n" RETURN_WITH("&s;"),
        "<!DOCTYPE QuarterlyReturn SYSTEM \"%s\">\n" ROOT_EMPTY,
        "<!DOCTYPE QuarterlyReturn [<!ENTITY %% p SYSTEM \"%s\"> %%p;]>\n" ROOT_EMPTY,
    };
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        char body[1024], xml[1200];
        snprintf(body, sizeof body, forms[i], secret);
        snprintf(xml, sizeof xml, DECL "%s", body);
        asr_doc doc;
        asr_err err;
        int rc = load(&doc, &err, xml, strlen(xml));
        char what[32];
        snprintf(what, sizeof what, "local XXE form %zu", i);
        expect_refused(what, rc, &doc, &err, "XML-01", 2, -1, "DOCTYPE");
        cr_expect_null(strstr(err.message, marker), "%s: secret leaked: %s", what, err.message);
        cr_expect_null(strstr(err.file, marker), "%s: secret leaked into file", what);
    }
    unlink(secret);
    rmdir(dir);
}

/* One 64 KiB entity referenced 64 Ki times would expand to 4 GiB. */
Test(doc, quadratic_blowup, .timeout = 5)
{
    size_t ent = 65536, refs = 65536;
    size_t cap = 256 + ent + refs * 3 + 256;
    char *xml = malloc(cap);
    cr_assert_not_null(xml);
    size_t n = (size_t)sprintf(xml, DECL "<!DOCTYPE QuarterlyReturn [<!ENTITY a \"");
    memset(xml + n, 'a', ent);
    n += ent;
    n += (size_t)sprintf(xml + n, "\">]>\n" ROOT_OPEN "<Header>");
    for (size_t i = 0; i < refs; i++) {
        memcpy(xml + n, "&a;", 3);
        n += 3;
    }
    n += (size_t)sprintf(xml + n, "</Header></QuarterlyReturn>\n");
    cr_assert_lt(n, cap);
    asr_doc doc;
    asr_err err;
    int rc = load(&doc, &err, xml, n);
    expect_refused("quadratic blow-up", rc, &doc, &err, "XML-01", 2, -1, "DOCTYPE");
    cr_expect_lt(strlen(err.message), 200u, "the entity's text must not be echoed");
    free(xml);
}

Test(doc, undeclared_entity)
{
    static const char x[] = DECL RETURN_WITH("&nope;");
    asr_doc doc;
    asr_err err;
    int rc = load(&doc, &err, x, sizeof x - 1);
    expect_refused("undeclared entity", rc, &doc, &err, "XML-01", 2, -1, "'nope' not defined");
}

/* An XInclude element and a stylesheet PI are plain data: never followed. */
Test(doc, xinclude_and_stylesheet_are_not_processed)
{
    static const char x[] =
        DECL "<?xml-stylesheet type=\"text/xsl\" href=\"http://127.0.0.1/x.xsl\"?>\n" ROOT_OPEN
             "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"/etc/passwd\" "
             "parse=\"text\"/></QuarterlyReturn>\n";
    asr_doc doc;
    asr_err err;
    cr_assert_eq(load(&doc, &err, x, sizeof x - 1), 0, "%s", err.message);
    xmlNodePtr inc = doc.root->children;
    cr_assert_not_null(inc);
    cr_expect_str_eq((const char *)inc->name, "include");
    cr_expect_null(inc->children, "the include must stay an empty element");
    asr_doc_free(&doc);
}

/* ------------------------------------------------------------ encodings */

typedef struct bad_bytes {
    const char *name;
    const char *buf;
    size_t len;
    long line;
    int column;
    const char *phrase;
} bad_bytes;

#define BYTES(s) s, sizeof(s) - 1

static bad_bytes encodings[] = {
    {"lone 0xC3", BYTES(ROOT_OPEN "\xC3</QuarterlyReturn>"), 1, 91, "byte 0xC3"},
    {"overlong 0xC0 0xAF", BYTES(ROOT_OPEN "\xC0\xAF</QuarterlyReturn>"), 1, 91, "byte 0xC0"},
    {"surrogate U+D800", BYTES(ROOT_OPEN "\xED\xA0\x80</QuarterlyReturn>"), 1, 91, "byte 0xED"},
    {"above U+10FFFF", BYTES(ROOT_OPEN "\xF4\x90\x80\x80</QuarterlyReturn>"), 1, 91, "byte 0xF4"},
    {"lone continuation byte", BYTES("<a>\x80</a>"), 1, 4, "not valid UTF-8"},
    {"truncated sequence at the end", BYTES(MINIMAL "\xE2\x82"), 3, 1, "byte 0xE2"},
    {"NUL byte", BYTES(ROOT_OPEN "\0</QuarterlyReturn>"), 1, 91, "NUL byte"},
    {"UTF-16LE with BOM", BYTES("\xFF\xFE<\0Q\0u\0a\0/\0>\0"), 1, 1, "UTF-16"},
    {"UTF-16BE with BOM", BYTES("\xFE\xFF\0<\0Q\0u\0a\0/\0>"), 1, 1, "UTF-16"},
    {"UTF-16LE without BOM", BYTES("<\0Q\0u\0a\0/\0>\0"), 1, 2, "UTF-16"},
    {"UTF-16BE without BOM", BYTES("\0<\0Q\0u\0a\0/\0>"), 1, 1, "UTF-16"},
    {"ISO-8859-1 declared",
     BYTES("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" ROOT_OPEN "</QuarterlyReturn>"), 1,
     1, "must be UTF-8"},
    {"Latin-1 byte undeclared", BYTES(DECL ROOT_OPEN "caf\xE9</QuarterlyReturn>"), 2, 94,
     "not valid UTF-8"},
    {"bad byte on line 3",
     BYTES(DECL ROOT_OPEN "\n  <Header>caf\xC3(</Header></QuarterlyReturn>\n"), 3, 14,
     "line 3, column 14"},
    {"bad byte after multi-byte characters",
     BYTES(DECL ROOT_OPEN "\n\n  <Header>\xC2\xA3\xE2\x82\xAC\xF0\x9F\x98\x80\xFF</Header>"
                          "</QuarterlyReturn>\n"),
     4, 14, "line 4, column 14"},
};

ParameterizedTestParameters(doc, encoding)
{
    return cr_make_param_array(bad_bytes, encodings, sizeof encodings / sizeof encodings[0]);
}

ParameterizedTest(bad_bytes *b, doc, encoding, .timeout = 5)
{
    asr_doc doc;
    asr_err err;
    int rc = load(&doc, &err, b->buf, b->len);
    expect_refused(b->name, rc, &doc, &err, "XML-01", b->line, b->column, b->phrase);
}

/* libxml2 and the UTF-8 check must agree on columns: both count characters
 * (a multi-byte character is one column) and a BOM takes none. So an error
 * after "\xC3\xA9\xE2\x82\xAC" is reported where it is after "xx". */
static int column_of(const char *buf, size_t len)
{
    asr_doc doc;
    asr_err err;
    cr_assert_eq(load(&doc, &err, buf, len), -1, "accepted: %s", buf);
    cr_expect_str_eq(err.code, "XML-01");
    return err.column;
}

Test(doc, columns_count_characters)
{
    static const char wf_ascii[] = "<a>xx<</a>";
    static const char wf_multi[] = "\xEF\xBB\xBF<a>\xC3\xA9\xE2\x82\xAC<</a>";
    static const char enc_ascii[] = "<a>xx\xFF</a>";
    static const char enc_multi[] = "\xEF\xBB\xBF<a>\xC3\xA9\xE2\x82\xAC\xFF</a>";
    int a = column_of(wf_ascii, sizeof wf_ascii - 1);
    cr_expect_eq(column_of(wf_multi, sizeof wf_multi - 1), a, "libxml2 column");
    cr_expect_eq(column_of(enc_ascii, sizeof enc_ascii - 1), 6, "UTF-8 check column (ASCII)");
    cr_expect_eq(column_of(enc_multi, sizeof enc_multi - 1), 6,
                 "UTF-8 check column after a BOM and multi-byte characters");
}

/* ----------------------------------------------------------------- depth */

Test(doc, deep_nesting_is_refused, .timeout = 5)
{
    size_t depth = 100000;
    size_t cap = depth * 7 + 256;
    char *xml = malloc(cap);
    cr_assert_not_null(xml);
    size_t n = (size_t)sprintf(xml, DECL ROOT_OPEN "\n");
    for (size_t i = 0; i < depth; i++) {
        memcpy(xml + n, "<a>", 3);
        n += 3;
    }
    for (size_t i = 0; i < depth; i++) {
        memcpy(xml + n, "</a>", 4);
        n += 4;
    }
    n += (size_t)sprintf(xml + n, "</QuarterlyReturn>\n");
    cr_assert_lt(n, cap);
    asr_doc doc;
    asr_err err;
    int rc = load(&doc, &err, xml, n);
    expect_refused("100000-deep", rc, &doc, &err, "XML-01", 3, -1, "depth");
    cr_expect_gt(err.column, 0);
    free(xml);
}

/* ---------------------------------------------- not a quarterly return */

typedef struct not_return {
    const char *name;
    const char *xml; /* root on line 2 */
    const char *phrase;
} not_return;

static not_return not_returns[] = {
    {"wrong root", DECL "<AnnualReturn xmlns=\"" NS "\" schemaVersion=\"1.0\"/>\n",
     "root element is not <QuarterlyReturn>"},
    {"wrong namespace",
     DECL "<QuarterlyReturn xmlns=\"urn:cancer-alliance:quarterly-return:2024-25\" "
          "schemaVersion=\"1.0\"/>\n",
     "not in the namespace " NS},
    {"no namespace", DECL "<QuarterlyReturn schemaVersion=\"1.0\"/>\n", "not in the namespace " NS},
};

ParameterizedTestParameters(doc, not_a_return)
{
    return cr_make_param_array(not_return, not_returns, sizeof not_returns / sizeof not_returns[0]);
}

ParameterizedTest(not_return *c, doc, not_a_return)
{
    asr_doc doc;
    asr_err err;
    int rc = load(&doc, &err, c->xml, strlen(c->xml));
    expect_refused(c->name, rc, &doc, &err, "XML-01", 2, -1, c->phrase);
}

/* Which schema versions are known is the catalogue's to say (test_check.c):
 * the reader keeps whatever the root declares. */
Test(doc, schema_version_is_read_as_written)
{
    static const char *const versions[] = {"1.0", "1.1", "2.0", "1.0 ", NULL};
    for (size_t i = 0; i < 5; i++) {
        char xml[512];
        if (versions[i])
            snprintf(xml, sizeof xml,
                     DECL "<QuarterlyReturn xmlns=\"" NS "\" schemaVersion=\"%s\"/>\n",
                     versions[i]);
        else
            snprintf(xml, sizeof xml, DECL "<QuarterlyReturn xmlns=\"" NS "\"/>\n");
        asr_doc doc;
        asr_err err;
        cr_assert_eq(load(&doc, &err, xml, strlen(xml)), 0, "%s: %s", xml, err.message);
        if (versions[i])
            cr_expect_str_eq(doc.schema_version, versions[i]);
        else
            cr_expect_null(doc.schema_version);
        asr_doc_free(&doc);
    }
}

/* -------------------------------------------------------- file reading */

static void load_path(const char *what, const char *path, const char *phrase)
{
    asr_doc doc;
    asr_err err = {0};
    int rc = asr_doc_load(&doc, path, &err);
    expect_refused(what, rc, &doc, &err, "XML-01", 0, 0, phrase);
    cr_expect_str_eq(err.file, path, "%s: the error names the path", what);
}

Test(doc, file_is_a_directory, .timeout = 5)
{
    const char *dir = tmpdir();
    load_path("directory", dir, "is a directory");
    rmdir(dir);
}

Test(doc, file_is_a_fifo, .timeout = 5)
{
    const char *dir = tmpdir();
    char path[128];
    snprintf(path, sizeof path, "%s/pipe.xml", dir);
    cr_assert_eq(mkfifo(path, 0600), 0);
    /* No writer: a blocking open or read would hang here. */
    load_path("FIFO", path, "not a regular file");
    unlink(path);
    rmdir(dir);
}

Test(doc, file_does_not_exist)
{
    const char *dir = tmpdir();
    char path[128];
    snprintf(path, sizeof path, "%s/missing.xml", dir);
    load_path("nonexistent", path, "cannot open");
    asr_doc doc;
    asr_err err = {0};
    cr_assert_eq(asr_doc_load(&doc, path, &err), -1);
    cr_expect_not_null(strstr(err.message, "No such file"), "%s", err.message);
    rmdir(dir);
}

Test(doc, file_too_large, .timeout = 5)
{
    const char *dir = tmpdir();
    char path[128];
    snprintf(path, sizeof path, "%s/huge.xml", dir);
    int fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0600);
    cr_assert_geq(fd, 0);
    cr_assert_eq(ftruncate(fd, (off_t)ASR_MAX_RETURN_BYTES + 1), 0); /* sparse */
    close(fd);
    load_path("too large", path, "at most 16777216 bytes");
    unlink(path);
    rmdir(dir);
}

Test(doc, file_at_the_limit_is_read, .timeout = 5)
{
    /* Exactly ASR_MAX_RETURN_BYTES: read, and refused only as XML (zeros are
     * NUL bytes), so the size cap is not off by one. */
    const char *dir = tmpdir();
    char path[128];
    snprintf(path, sizeof path, "%s/limit.xml", dir);
    int fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0600);
    cr_assert_geq(fd, 0);
    cr_assert_eq(write(fd, MINIMAL, strlen(MINIMAL)), (ssize_t)strlen(MINIMAL));
    cr_assert_eq(ftruncate(fd, (off_t)ASR_MAX_RETURN_BYTES), 0);
    close(fd);
    asr_doc doc;
    asr_err err = {0};
    int rc = asr_doc_load(&doc, path, &err);
    expect_refused("at the limit", rc, &doc, &err, "XML-01", 3, 1, "NUL byte");
    unlink(path);
    rmdir(dir);
}

Test(doc, file_empty)
{
    const char *dir = tmpdir();
    char path[128];
    snprintf(path, sizeof path, "%s/empty.xml", dir);
    write_file(path, "", 0);
    load_path("empty file", path, "is empty");
    unlink(path);
    rmdir(dir);
}

/* -------------------------------------------------------- XSD validation */

typedef struct invalid {
    const char *name;
    const char *from, *to; /* one edit of the example */
    const char *at;        /* the error is on the line where this starts in the example */
    const char *phrase;
} invalid;

static invalid invalids[] = {
    {"percent with a % sign", "percent=\"84.1\"", "percent=\"50%\"", "<ReferralsWithFIT",
     "attribute 'percent': '50%' is not a percentage from 0 to 100 with at most 2 decimal places "
     "and no % sign, e.g. 84.13"},
    {"lampTrainedStaff not a number", "lampTrainedStaff=\"2\"", "lampTrainedStaff=\"two\"",
     "<Provider code=\"RRV\" fdsLowestQuartile",
     "'two' is not a whole number written in digits only, e.g. 12"},
    {"unknown attribute", "<Forum established=\"true\"",
     "<Forum colour=\"red\" established=\"true\"", "<Forum",
     "The attribute 'colour' is not allowed"},
    /* The line goes: the next element (ProviderAllocation) moves up onto it. */
    {"three Workstreams",
     "<Workstream id=\"treatment-and-care\" planned=\"700000\" actualQuarter=\"160250\" "
     "actualYearToDate=\"318900\" forecastYearEnd=\"690000\"/>\n    ",
     "", "<Workstream id=\"treatment-and-care\"",
     "Element 'ProviderAllocation': this element is not expected here; the next one should be "
     "Workstream"},
    {"unknown element", "<Underspend declared=\"false\"/>",
     "<Underspend declared=\"false\"/><Bogus/>", "<Underspend",
     "'Bogus': this element is not expected here; the next one should be one of Hosting, "
     "Narrative"},
    {"bad alliance code", "code=\"E56000027\"", "code=\"E5600002\"", "<Alliance",
     "'E5600002' is not a Cancer Alliance code, E56 and six digits, e.g. E56000027"},
    {"quarter Q5", "quarter=\"Q2\"", "quarter=\"Q5\"", "<Period", "'Q5' is not one of 'Q1'"},
    /* Two things libxml2 says of one value (decimals, pattern): one violation. */
    {"three decimal places", "percent=\"84.1\"", "percent=\"84.123\"", "<ReferralsWithFIT",
     "'84.123' has more than 2 decimal places (write at most 2, e.g. 84.13)"},
    {"a date in words", "<Submission date=\"2025-10-17\"", "<Submission date=\"17/10/2025\"",
     "<Submission", "'17/10/2025' is not a date written YYYY-MM-DD, e.g. 2025-10-17"},
    {"a milestone due in words", "due=\"Q1-2 25/26\"", "due=\"by September\"",
     "<Milestone id=\"PC-B1\"",
     "'by September' is not a quarter as the plan writes it, e.g. Q2 25/26, Q1-2 25/26 or Q1 "
     "25/26 onwards"},
};

ParameterizedTestParameters(doc, xsd_violation)
{
    return cr_make_param_array(invalid, invalids, sizeof invalids / sizeof invalids[0]);
}

ParameterizedTest(invalid *c, doc, xsd_violation)
{
    char *ex = t_example();
    const char *edit[] = {c->from, c->to, NULL};
    char *xml = t_mutate(ex, edit);
    asr_doc doc;
    asr_err err;
    cr_assert_eq(load(&doc, &err, xml, strlen(xml)), 0, "%s: %s", c->name, err.message);
    asr_schema *xsd = schema();
    asr_errlist out = {0};
    int n = asr_doc_validate(&doc, xsd, &out);
    cr_assert_gt(n, 0, "%s: validated", c->name);
    cr_assert_geq(out.n, 1u);
    const asr_err *e = &out.v[0];
    cr_expect_str_eq(e->code, "XML-02", "%s", c->name);
    cr_expect_str_eq(e->file, "test.xml", "%s", c->name);
    cr_expect_eq(e->line, line_of(ex, c->at), "%s: line %ld, expected %ld (%s)", c->name, e->line,
                 line_of(ex, c->at), e->message);
    cr_expect_not_null(strstr(e->message, c->phrase), "%s: \"%s\" lacks \"%s\"", c->name,
                       e->message, c->phrase);
    cr_expect_null(strstr(e->message, "{urn:"), "%s: namespace not stripped: %s", c->name,
                   e->message);
    asr_errlist_free(&out);
    asr_schema_free(xsd);
    asr_doc_free(&doc);
    free(xml);
    free(ex);
}

/* One bad value is one violation, though libxml2 reports it twice. */
Test(doc, one_value_one_violation)
{
    char *ex = t_example();
    const char *edit[] = {"percent=\"84.1\"", "percent=\"84.123\"", NULL};
    char *xml = t_mutate(ex, edit);
    asr_doc doc;
    asr_err err;
    cr_assert_eq(load(&doc, &err, xml, strlen(xml)), 0);
    asr_schema *xsd = schema();
    asr_errlist out = {0};
    cr_expect_eq(asr_doc_validate(&doc, xsd, &out), 1);
    cr_expect_eq(out.n, 1u);
    asr_errlist_free(&out);
    asr_schema_free(xsd);
    asr_doc_free(&doc);
    free(xml);
    free(ex);
}

/* A file with old Mac line ends (CR only) has its errors on their lines. */
Test(doc, cr_only_line_ends)
{
    char *ex = t_example();
    const char *edit[] = {"percent=\"84.1\"", "percent=\"50%\"", NULL};
    char *xml = t_mutate(ex, edit);
    long want = line_of(ex, "<ReferralsWithFIT");
    for (char *p = xml; *p; p++)
        if (*p == '\n')
            *p = '\r';
    asr_doc doc;
    asr_err err;
    cr_assert_eq(load(&doc, &err, xml, strlen(xml)), 0, "%s", err.message);
    cr_expect_eq(doc.period_line, line_of(ex, "<Period"));
    asr_schema *xsd = schema();
    asr_errlist out = {0};
    cr_assert_eq(asr_doc_validate(&doc, xsd, &out), 1);
    cr_expect_eq(out.v[0].line, want, "line %ld, want %ld", out.v[0].line, want);
    asr_errlist_free(&out);
    asr_schema_free(xsd);
    asr_doc_free(&doc);
    /* and assure's own checks before libxml2 (UTF-8 here) count CR too */
    memcpy(strstr(xml, "<FIT>"), "<F\xFFT>", 5);
    cr_expect_eq(load(&doc, &err, xml, strlen(xml)), -1);
    cr_expect_eq(err.line, line_of(ex, "<FIT>"), "line %ld: %s", err.line, err.message);
    asr_doc_free(&doc);
    free(xml);
    free(ex);
}

Test(doc, header_only_validates)
{
    char *ex = t_example();
    char *end = strstr(ex, "</Header>");
    cr_assert_not_null(end);
    end += strlen("</Header>");
    strcpy(end, "\n</QuarterlyReturn>\n");
    asr_doc doc;
    asr_err err;
    cr_assert_eq(load(&doc, &err, ex, strlen(ex)), 0, "%s", err.message);
    cr_expect_str_eq(doc.alliance_code, "E56000027");
    asr_schema *xsd = schema();
    asr_errlist out = {0};
    int n = asr_doc_validate(&doc, xsd, &out);
    cr_expect_eq(n, 0, "header-only return: %d violations, first: %ld %s", n,
                 out.n ? out.v[0].line : 0L, out.n ? out.v[0].message : "");
    asr_errlist_free(&out);
    asr_schema_free(xsd);
    asr_doc_free(&doc);
    free(ex);
}

Test(doc, missing_header_is_a_violation)
{
    asr_doc doc;
    asr_err err;
    cr_assert_eq(load(&doc, &err, MINIMAL, strlen(MINIMAL)), 0, "%s", err.message);
    asr_schema *xsd = schema();
    asr_errlist out = {0};
    cr_expect_gt(asr_doc_validate(&doc, xsd, &out), 0);
    cr_assert_geq(out.n, 1u);
    cr_expect_eq(out.v[0].line, 2);
    cr_expect_not_null(strstr(out.v[0].message, "Header"), "%s", out.v[0].message);
    asr_errlist_free(&out);
    asr_schema_free(xsd);
    asr_doc_free(&doc);
}

/* 60 bad Leads: all counted, ASR_MAX_ERRORS kept. */
Test(doc, violations_are_capped)
{
    char *ex = t_example();
    size_t cap = strlen(ex) + 60 * 64;
    char *leads = malloc(cap);
    cr_assert_not_null(leads);
    size_t n = 0;
    n += (size_t)sprintf(leads + n, "<Leads>\n");
    for (int i = 0; i < 60; i++)
        n += (size_t)sprintf(leads + n, "    <Lead role=\"bogus-%d\" name=\"X\"/>\n", i);
    const char *edit[] = {"<Leads>", leads, NULL};
    char *xml = t_mutate(ex, edit);
    asr_doc doc;
    asr_err err;
    cr_assert_eq(load(&doc, &err, xml, strlen(xml)), 0, "%s", err.message);
    asr_schema *xsd = schema();
    asr_errlist out = {0};
    int v = asr_doc_validate(&doc, xsd, &out);
    cr_expect_eq(v, 60, "counted %d", v);
    cr_expect_eq(out.n, (size_t)ASR_MAX_ERRORS);
    cr_expect_eq(out.v[0].line, line_of(ex, "<Leads>") + 1);
    asr_errlist_free(&out);
    asr_schema_free(xsd);
    asr_doc_free(&doc);
    free(xml);
    free(leads);
    free(ex);
}

Test(doc, schema_load_failures)
{
    asr_err err = {0};
    cr_expect_null(asr_schema_load("/nonexistent/assure.xsd", &err));
    cr_expect_not_null(strstr(err.message, "cannot open"), "%s", err.message);
    const char *dir = tmpdir();
    char path[128];
    snprintf(path, sizeof path, "%s/bad.xsd", dir);
    write_file(path, "<notaschema/>", 13);
    cr_redirect_stderr(); /* libxml2 prints the XSD's own errors there */
    memset(&err, 0, sizeof err);
    cr_expect_null(asr_schema_load(path, &err));
    cr_expect_not_null(strstr(err.message, "cannot load the XSD"), "%s", err.message);
    unlink(path);
    rmdir(dir);
}

/* -------------------------------------------------- asr_check_utf8 itself */

typedef struct utf8_case {
    const char *name;
    const char *buf;
    size_t len;
    int ok;     /* 1 = valid */
    long line;  /* of the first bad byte */
    int column; /* in characters, 1-based */
} utf8_case;

static utf8_case utf8_cases[] = {
    {"empty", BYTES(""), 1, 0, 0},
    {"ASCII", BYTES("plain <ascii/> text\n"), 1, 0, 0},
    {"2-byte e-acute", BYTES("caf\xC3\xA9"), 1, 0, 0},
    {"3-byte euro", BYTES("\xE2\x82\xAC"), 1, 0, 0},
    {"4-byte emoji", BYTES("\xF0\x9F\x98\x80"), 1, 0, 0},
    {"U+0080", BYTES("\xC2\x80"), 1, 0, 0},
    {"U+07FF", BYTES("\xDF\xBF"), 1, 0, 0},
    {"U+0800", BYTES("\xE0\xA0\x80"), 1, 0, 0},
    {"U+D7FF", BYTES("\xED\x9F\xBF"), 1, 0, 0},
    {"U+E000", BYTES("\xEE\x80\x80"), 1, 0, 0},
    {"U+FFFD", BYTES("\xEF\xBF\xBD"), 1, 0, 0},
    {"U+10000", BYTES("\xF0\x90\x80\x80"), 1, 0, 0},
    {"U+10FFFF", BYTES("\xF4\x8F\xBF\xBF"), 1, 0, 0},
    {"UTF-8 BOM", BYTES("\xEF\xBB\xBF<a/>"), 1, 0, 0},
    {"lone 0xC3 at the end", BYTES("ab\xC3"), 0, 1, 3},
    {"0xC3 then ASCII", BYTES("\xC3("), 0, 1, 1},
    {"overlong 0xC0 0xAF", BYTES("x\xC0\xAF"), 0, 1, 2},
    {"overlong 0xC1 0xBF", BYTES("\xC1\xBF"), 0, 1, 1},
    {"overlong 3-byte", BYTES("\xE0\x80\xAF"), 0, 1, 1},
    {"overlong 4-byte", BYTES("\xF0\x80\x80\xAF"), 0, 1, 1},
    {"surrogate U+D800", BYTES("\xED\xA0\x80"), 0, 1, 1},
    {"surrogate U+DFFF", BYTES("\xED\xBF\xBF"), 0, 1, 1},
    {"above U+10FFFF", BYTES("\xF4\x90\x80\x80"), 0, 1, 1},
    {"lead 0xF5", BYTES("\xF5\x80\x80\x80"), 0, 1, 1},
    {"lead 0xFF", BYTES("ok\xFF"), 0, 1, 3},
    {"lone continuation", BYTES("\x80"), 0, 1, 1},
    {"truncated 4-byte", BYTES("\xF0\x9F\x98"), 0, 1, 1},
    {"3-byte broken in the middle", BYTES("\xE2\x28\xA1"), 0, 1, 1},
    {"NUL", BYTES("a\0b"), 0, 1, 2},
    {"UTF-16LE BOM", BYTES("\xFF\xFE<\0"), 0, 1, 1},
    {"on line 3", BYTES("a\nb\n  \xC3"), 0, 3, 3},
    {"after CRLF", BYTES("a\r\nbc\xFF"), 0, 2, 3},
    {"after multi-byte characters", BYTES("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xFF"), 0, 1, 4},
    {"after a BOM", BYTES("\xEF\xBB\xBF<\xFF"), 0, 1, 2},
    {"after a BOM on line 2", BYTES("\xEF\xBB\xBF\n\xC3\xA9\xFF"), 0, 2, 2},
};

ParameterizedTestParameters(doc, check_utf8)
{
    return cr_make_param_array(utf8_case, utf8_cases, sizeof utf8_cases / sizeof utf8_cases[0]);
}

ParameterizedTest(utf8_case *c, doc, check_utf8)
{
    asr_err err;
    memset(&err, 0, sizeof err);
    int rc = asr_check_utf8("u.xml", (const unsigned char *)c->buf, c->len, &err);
    if (c->ok) {
        cr_expect_eq(rc, 0, "%s: refused: %s", c->name, err.message);
        return;
    }
    cr_expect_eq(rc, -1, "%s: accepted", c->name);
    cr_expect_str_eq(err.code, "XML-01", "%s", c->name);
    cr_expect_str_eq(err.file, "u.xml", "%s", c->name);
    cr_expect_eq(err.line, c->line, "%s: line %ld, expected %ld", c->name, err.line, c->line);
    cr_expect_eq(err.column, c->column, "%s: column %d, expected %d (%s)", c->name, err.column,
                 c->column, err.message);
    cr_expect_neq(err.message[0], '\0', "%s: no message", c->name);
    cr_expect_eq(asr_check_utf8("u.xml", (const unsigned char *)c->buf, c->len, NULL), -1,
                 "%s: a NULL err is allowed", c->name);
}

/* More than 256 attributes on one start tag is refused before libxml2's
 * quadratic duplicate check runs; 256 still parse. */
static char *with_attributes(int n)
{
    size_t cap = 200 + (size_t)n * 16;
    char *s = malloc(cap);
    cr_assert_not_null(s);
    int k = snprintf(
        s, cap,
        "<?xml version=\"1.0\"?>\n<QuarterlyReturn xmlns=\"%s\" schemaVersion=\"1.0\">\n<Header",
        ASR_NS);
    for (int i = 0; i < n; i++)
        k += snprintf(s + k, cap - (size_t)k, " a%d='x>y'", i);
    snprintf(s + k, cap - (size_t)k, "/>\n</QuarterlyReturn>\n");
    return s;
}

Test(doc, attribute_count_is_capped, .init = asr_xml_init, .timeout = 5)
{
    asr_doc doc;
    asr_err err;
    char *ok = with_attributes(256);
    cr_expect_eq(asr_doc_load_memory(&doc, "ok.xml", ok, strlen(ok), &err), 0, "%s", err.message);
    asr_doc_free(&doc);
    char *bad = with_attributes(257);
    cr_expect_eq(asr_doc_load_memory(&doc, "bad.xml", bad, strlen(bad), &err), -1);
    cr_expect_str_eq(err.code, "XML-01");
    cr_expect_eq(err.line, 3);
    cr_expect_not_null(strstr(err.message, "more than 256 attributes"), "%s", err.message);
    free(ok);
    free(bad);
}

/* Only '=' outside quotes in a start tag counts: not in a comment, not in
 * a value (which may hold '=', '<', '>' and line breaks), and the line
 * given is the tag's. */
Test(doc, attribute_count_skips_comments_and_values, .init = asr_xml_init, .timeout = 5)
{
    for (int n = 256; n <= 257; n++) {
        size_t cap = 2000 + (size_t)n * 24;
        char *s = malloc(cap);
        cr_assert_not_null(s);
        int k = snprintf(s, cap, "<?xml version=\"1.0\"?>\n<!-- <Header");
        for (int i = 0; i < 300; i++)
            k += snprintf(s + k, cap - (size_t)k, " c%d=''", i);
        k += snprintf(s + k, cap - (size_t)k,
                      "\n-->\n<QuarterlyReturn xmlns=\"%s\" schemaVersion=\"1.0\">\n<Header", ASR_NS);
        for (int i = 0; i < n; i++)
            k += snprintf(s + k, cap - (size_t)k, " a%d=\"=&lt;\n>='\"", i);
        snprintf(s + k, cap - (size_t)k, "/>\n</QuarterlyReturn>\n");
        asr_doc doc;
        asr_err err;
        int rc = asr_doc_load_memory(&doc, "q.xml", s, strlen(s), &err);
        if (n == 256) {
            cr_expect_eq(rc, 0, "%s", err.message);
            if (rc == 0)
                asr_doc_free(&doc);
        } else {
            cr_expect_eq(rc, -1);
            cr_expect_eq(err.line, 5);
            cr_expect_not_null(strstr(err.message, "more than 256 attributes"), "%s", err.message);
        }
        free(s);
    }
}
