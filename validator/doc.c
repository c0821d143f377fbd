/* doc.c: read a quarterly return safely, parse it with libxml2 and validate
 * it against the XSD of its schema version. See asr_doc.h for the safety
 * contract: each step is there for a known way libxml2 2.9 can be abused. */
#include "asr_doc.h"
#include "asr_xmlpool.h"

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>

/* A compiled XSD, and its own words for its types (xs:documentation, for
 * messages): word_keys[i] is "name:pct" or "pattern:[0-9]+", words[i] the
 * type's documentation. */
struct asr_schema {
    xmlSchemaPtr xsd;
    asr_strlist word_keys, words;
};

/* ---------------------------------------------------------------- set-up */

/* Every external entity, DTD or XInclude load ends here, and fails. */
static xmlParserInputPtr deny_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
    (void)url;
    (void)id;
    (void)ctxt;
    return NULL; /* libxml2 then reports "failed to load external entity" */
}

/* libxml2's generic messages (encoding and I/O errors) would go to stderr
 * raw; the parse error they accompany is reported with file and line. */
static void silent(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

void asr_xml_init(void)
{
#if !defined(ASR_ASAN)
    /* Before libxml2 allocates anything (AddressSanitizer keeps malloc, so
     * it still sees every libxml2 block). */
    xmlMemSetup(asr_xmlpool_free, asr_xmlpool_malloc, asr_xmlpool_realloc, asr_xmlpool_strdup);
#endif
    xmlInitParser();
    /* XSD's built-in types are set up lazily, without a lock, by the first
     * schema parsed: do it here, before engines open on several threads
     * (two at once leaked and could corrupt the shared tables). */
    xmlSchemaInitTypes();
    xmlSetExternalEntityLoader(deny_loader);
    xmlSetGenericErrorFunc(NULL, silent);
    xmlThrDefSetGenericErrorFunc(NULL, silent);
}

void asr_xml_cleanup(void)
{
    xmlCleanupParser();
#if !defined(ASR_ASAN)
    asr_xmlpool_release();
#endif
}

/* Drop "{namespace}" prefixes libxml2 puts before element names. */
static void strip_ns(char *msg)
{
    static const char ns[] = "{" ASR_NS "}";
    char *p;
    while ((p = strstr(msg, ns)) != NULL)
        memmove(p, p + sizeof ns - 1, strlen(p + sizeof ns - 1) + 1);
}

/* --------------------------------------------------------------- reading */

int asr_read_return(const char *path, char **out, size_t *len, asr_err *err)
{
    return asr_read_file(path, ASR_MAX_RETURN_BYTES, "return", "XML-01", out, len, err);
}

/* One UTF-8 sequence starting at s[0] (a byte of 0x80 or more), of the
 * len bytes left: its length, or 0 when it is not valid UTF-8 (overlong,
 * out of range, a surrogate, cut short). */
static size_t utf8_sequence(const unsigned char *s, size_t len)
{
    unsigned c = s[0];
    size_t need;
    unsigned min;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        min = 0x10000;
    } else {
        return 0;
    }
    unsigned cp = c & (0x3F >> need);
    for (size_t k = 1; k <= need; k++) {
        if (k >= len || (s[k] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return need + 1;
}

/* 1 when s holds valid UTF-8 and no NUL byte: what nearly every return is,
 * found without keeping lines and columns, and 8 bytes at a time over
 * ASCII (no byte with its high bit set, none zero: the classic bit test),
 * which is most of a return. Hand-written for the reason asr_check_utf8
 * is; it finds the place only when there is something to report. */
static int utf8_clean(const unsigned char *s, size_t len)
{
    const uint64_t high = 0x8080808080808080ULL, ones = 0x0101010101010101ULL;
    size_t i = 0;
    while (i < len) {
        while (len - i >= 8) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if ((w & high) != 0 || ((w - ones) & ~w & high) != 0)
                break;
            i += 8;
        }
        if (i >= len)
            break;
        if (s[i] == 0)
            return 0;
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        size_t n = utf8_sequence(s + i, len - i);
        if (n == 0)
            return 0;
        i += n;
    }
    return 1;
}

int asr_check_utf8(const char *name, const unsigned char *s, size_t len, asr_err *err)
{
    /* Hand-written: libxml2's xmlCheckUTF8 needs a NUL-terminated string and
     * reports no position; we need the line and column of the bad byte.
     * Columns count characters, not bytes, as libxml2's do, so both kinds of
     * XML-01 error point where an editor does; a leading BOM takes none. */
    long line = 1, col = 1; /* of s[i] */
    size_t i = 0;
    if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        i = 3;
    if (utf8_clean(s + i, len - i))
        return 0;
    while (i < len) {
        unsigned c = s[i];
        if (c == 0) {
            return asr_err_set(err, name, line, (int)col, "XML-01",
                               "contains a NUL byte: the file is not UTF-8 text "
                               "(UTF-16 is not accepted; save it as UTF-8)");
        }
        if (c < 0x80) {
            i++;
            if (c == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
            continue;
        }
        size_t n = utf8_sequence(s + i, len - i);
        if (n == 0)
            goto bad;
        i += n;
        col++;
    }
    return 0;
bad:
    if (i == 0 && len >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF)))
        return asr_err_set(err, name, 1, 1, "XML-01",
                           "starts with a UTF-16 byte-order mark; returns must be UTF-8");
    return asr_err_set(err, name, line, (int)col, "XML-01",
                       "is not valid UTF-8: byte 0x%02X at line %ld, column %ld", s[i], line, col);
}

/* Refuse a start tag with more than ASR_MAX_ATTRIBUTES attributes before
 * libxml2 sees it: its duplicate check in 2.9.14 is quadratic (50,000
 * attributes took 10 s). Counts '=' outside quotes between '<' and '>',
 * skipping comments, CDATA sections and processing instructions whole. */
#define ASR_MAX_ATTRIBUTES 256

/* Where the first `close` at or after p ends, or end. */
static const char *past(const char *p, const char *end, const char *close)
{
    const char *at = asr_memfind(p, (size_t)(end - p), close);
    return at ? at + strlen(close) : end;
}

static int starts(const char *p, const char *end, const char *with)
{
    size_t n = strlen(with);
    return (size_t)(end - p) >= n && memcmp(p, with, n) == 0;
}

static int check_attribute_counts(const char *name, const char *s, size_t len, asr_err *err)
{
    const char *end = s + len, *p = s;
    /* memchr skips text and quoted values; only tag names, spaces and
     * '=' are looked at a byte at a time. Lines are counted on refusal. */
    while ((p = memchr(p, '<', (size_t)(end - p))) != NULL) {
        const char *tag = p++;
        if (starts(p, end, "!--"))
            p = past(p + 3, end, "-->");
        else if (starts(p, end, "![CDATA["))
            p = past(p + 8, end, "]]>");
        else if (starts(p, end, "?"))
            p = past(p + 1, end, "?>");
        if (p >= end || p != tag + 1 || *p == '!' || *p == '/')
            continue;
        int count = 0;
        while (p < end && *p != '>' && *p != '<') {
            char c = *p++;
            if (c == '"' || c == '\'') {
                const char *q = memchr(p, c, (size_t)(end - p));
                p = q ? q + 1 : end;
            } else if (c == '=' && ++count > ASR_MAX_ATTRIBUTES) {
                long line = 1;
                for (const char *n = s; (n = memchr(n, '\n', (size_t)(tag - n))) != NULL; n++)
                    line++;
                return asr_err_set(err, name, line, 0, "XML-01",
                                   "has an element with more than %d attributes (a return's "
                                   "elements have at most a dozen)",
                                   ASR_MAX_ATTRIBUTES);
            }
        }
    }
    return 0;
}

/* ------------------------------------------------------------ plain words */

/* libxml2's well-formedness messages, in words a person writing a return
 * can act on, with the right form; matched by their start. %s in the plain
 * words takes the name libxml2's message gave (before " line", if any). */
static const struct {
    const char *libxml2, *plain;
} PARSE_WORDS[] = {
    {"xmlParseEntityRef: no name", "a bare & (write & as &amp; in text, and < as &lt;)"},
    {"EntityRef: expecting ';'", "a bare & (write & as &amp; in text, and < as &lt;)"},
    {"Opening and ending tag mismatch: ", "an end tag does not match its start tag <%s>: "
                                          "every <Name> needs a </Name>, in order"},
    {"Premature end of data in tag ", "the file ends before <%s> is closed: it may have been "
                                      "cut short, or a </...> is missing"},
    {"AttValue: \" or ' expected", "an attribute's value must be in quotes, e.g. quarter=\"Q2\""},
    {"Attribute ", "an element gives the attribute %s twice"},
    {"Extra content at the end of the document",
     "there is more after </QuarterlyReturn>: a return has one root element, and nothing "
     "after it but comments"},
    {"StartTag: invalid element name", "a '<' that does not start a tag (write < as &lt; in text)"},
    {"Unescaped '<' not allowed in attributes values",
     "an attribute value holds '<' (write it as &lt;), or its closing quote is missing"},
    {"Specification mandates value for attribute ",
     "the attribute %s has no value: write it as name=\"value\""},
    {"Couldn't find end of Start Tag ",
     "the start tag <%s> is not closed: check its quotes and its closing >"},
    {"Start tag expected, '<' not found",
     "there is no XML here: a return starts with <?xml version=\"1.0\" encoding=\"UTF-8\"?>"},
    {"Document is empty", "there is no XML here: the file holds no element"},
    {"Comment not terminated", "a comment <!-- is not closed with -->"},
    {"Char 0x", "a character XML does not allow (a control character): remove it"},
    {"PCDATA invalid Char value", "a character XML does not allow (a control character): "
                                  "remove it"},
};

/* The first word of s (a name: up to a space, ','), into buf. */
static const char *first_name(const char *s, char *buf, size_t cap)
{
    size_t n = strcspn(s, " ,\n");
    snprintf(buf, cap, "%.*s", (int)(n < cap ? n : cap - 1), s);
    return buf;
}

/* msg (libxml2's) in plain words, into out. */
static void plain_parse_error(const char *msg, char *out, size_t cap)
{
    for (size_t i = 0; i < sizeof PARSE_WORDS / sizeof PARSE_WORDS[0]; i++) {
        size_t n = strlen(PARSE_WORDS[i].libxml2);
        if (strncmp(msg, PARSE_WORDS[i].libxml2, n) != 0)
            continue;
        if (strcmp(PARSE_WORDS[i].libxml2, "Attribute ") == 0 && !strstr(msg, "redefined"))
            break;
        char name[128];
        snprintf(out, cap, PARSE_WORDS[i].plain, first_name(msg + n, name, sizeof name));
        return;
    }
    snprintf(out, cap, "%s", msg);
}

/* A schema's own words for its types: a type's xs:documentation, found by
 * the type's name and by each of its patterns (libxml2 names either). */
static void read_type_words(xmlDocPtr xsd, asr_schema *tw)
{
    xmlXPathContextPtr ctx = xmlXPathNewContext(xsd);
    xmlXPathObjectPtr res =
        ctx ? xmlXPathEvalExpression(
                  (const xmlChar *)"//*[local-name()='simpleType'][@name]"
                                   "[*[local-name()='annotation']/*[local-name()='documentation']]",
                  ctx)
            : NULL;
    for (int i = 0; res && res->nodesetval && i < res->nodesetval->nodeNr; i++) {
        xmlNodePtr t = res->nodesetval->nodeTab[i];
        xmlChar *name = xmlGetProp(t, (const xmlChar *)"name");
        xmlChar *doc = NULL;
        for (xmlNodePtr a = t->children; a && !doc; a = a->next)
            for (xmlNodePtr d = a->type == XML_ELEMENT_NODE ? a->children : NULL; d && !doc;
                 d = d->next)
                if (d->type == XML_ELEMENT_NODE &&
                    strcmp((const char *)d->name, "documentation") == 0)
                    doc = xmlNodeGetContent(d);
        char key[1024];
        snprintf(key, sizeof key, "name:%s", (const char *)name);
        asr_strlist_push(&tw->word_keys, key);
        asr_strlist_push(&tw->words, (const char *)doc);
        for (xmlNodePtr r = t->children; r; r = r->next)
            for (xmlNodePtr p = r->type == XML_ELEMENT_NODE ? r->children : NULL; p; p = p->next)
                if (p->type == XML_ELEMENT_NODE && strcmp((const char *)p->name, "pattern") == 0) {
                    xmlChar *v = xmlGetProp(p, (const xmlChar *)"value");
                    snprintf(key, sizeof key, "pattern:%s", v ? (const char *)v : "");
                    asr_strlist_push(&tw->word_keys, key);
                    asr_strlist_push(&tw->words, (const char *)doc);
                    xmlFree(v);
                }
        xmlFree(name);
        xmlFree(doc);
    }
    xmlXPathFreeObject(res);
    xmlXPathFreeContext(ctx);
}

static const char *words_for(const asr_schema *tw, const char *kind, const char *what, size_t len)
{
    char key[1024];
    snprintf(key, sizeof key, "%s:%.*s", kind, (int)len, what);
    for (size_t i = 0; i < tw->word_keys.n; i++)
        if (strcmp(tw->word_keys.v[i], key) == 0)
            return tw->words.v[i];
    return NULL;
}

/* Copy the text between open and close after at in s (e.g. the value in
 * "The value '84.123' has"); returns its start and length, or NULL. */
static const char *between(const char *s, const char *open, const char *close, size_t *len)
{
    const char *a = strstr(s, open);
    if (a == NULL)
        return NULL;
    a += strlen(open);
    const char *b = strstr(a, close);
    if (b == NULL)
        return NULL;
    *len = (size_t)(b - a);
    return a;
}

/* An XSD message ("Element 'X', attribute 'a': [facet 'pattern'] The value
 * 'v' is not accepted by the pattern 'p'.") in plain words, the element and
 * attribute kept: the schema's own words for the type, with an example. */
static void plain_schema_error(const asr_schema *tw, const char *msg, char *out, size_t cap)
{
    const char *colon = strstr(msg, ": ");
    int head = colon ? (int)(colon - msg) : 0;
    const char *rest = colon ? colon + 2 : msg;
    size_t vl = 0, pl = 0;
    const char *v = between(rest, "The value '", "'", &vl), *p = NULL, *w = NULL;
    if (strncmp(rest, "[facet 'pattern']", 17) == 0 && v &&
        (p = between(rest, "by the pattern '", "'.", &pl)) && (w = words_for(tw, "pattern", p, pl)))
        snprintf(out, cap, "%.*s: '%.*s' is not %s", head, msg, (int)vl, v, w);
    else if (strncmp(rest, "[facet 'fractionDigits']", 24) == 0 && v &&
             (p = between(rest, "allowed ('", "')", &pl)))
        snprintf(out, cap,
                 "%.*s: '%.*s' has more than %.*s decimal places (write at most %.*s, "
                 "e.g. 84.13)",
                 head, msg, (int)vl, v, (int)pl, p, (int)pl, p);
    else if (strncmp(rest, "[facet 'enumeration']", 21) == 0 && v &&
             (p = between(rest, "set {", "}", &pl)))
        snprintf(out, cap, "%.*s: '%.*s' is not one of %.*s", head, msg, (int)vl, v, (int)pl, p);
    else if (strncmp(rest, "[facet 'maxInclusive']", 22) == 0 && v &&
             (p = between(rest, "allowed ('", "')", &pl)))
        snprintf(out, cap, "%.*s: '%.*s' is more than %.*s", head, msg, (int)vl, v, (int)pl, p);
    else if (strncmp(rest, "[facet 'minInclusive']", 22) == 0 && v &&
             (p = between(rest, "allowed ('", "')", &pl)))
        snprintf(out, cap, "%.*s: '%.*s' is less than %.*s", head, msg, (int)vl, v, (int)pl, p);
    else if ((v = between(rest, "'", "' is not a valid value of the atomic type '", &vl)) &&
             (p = between(rest, "atomic type '", "'", &pl)) && (w = words_for(tw, "name", p, pl)))
        snprintf(out, cap, "%.*s: '%.*s' is not %s", head, msg, (int)vl, v, w);
    else if (strncmp(rest, "This element is not expected. Expected is", 41) == 0 &&
             (p = between(rest, "( ", " )", &pl)))
        snprintf(out, cap, "%.*s: this element is not expected here; the next one should be %s%.*s",
                 head, msg, strchr(rest, ',') ? "one of " : "", (int)pl, p);
    else if (strncmp(rest, "This element is not expected.", 29) == 0)
        snprintf(out, cap,
                 "%.*s: this element is not expected here (no more elements may "
                 "follow at this point)",
                 head, msg);
    else if (strncmp(rest, "Missing child element(s). Expected is", 37) == 0 &&
             (p = between(rest, "( ", " )", &pl)))
        snprintf(out, cap, "%.*s: a child element is missing here: expected %.*s", head, msg,
                 (int)pl, p);
    else
        snprintf(out, cap, "%s", msg);
}

/* ---------------------------------------------------------------- parsing */

/* State for one parse, reached from callbacks through ctxt->_private. */
typedef struct parse_state {
    const char *name;
    asr_err *err;
    int failed; /* err holds the first error */
    size_t nodes; /* elements, attributes, comments and PIs so far */
} parse_state;

static void keep_first(parse_state *ps, long line, int col, const char *fmt, const char *arg)
{
    if (ps->failed)
        return;
    ps->failed = 1;
    asr_err_set(ps->err, ps->name, line, col, "XML-01", fmt, arg);
    strip_ns(ps->err->message);
}

static void on_error(void *data, xmlErrorPtr e)
{
    xmlParserCtxtPtr ctxt = data;
    parse_state *ps = ctxt->_private;
    if (e == NULL || e->level < XML_ERR_ERROR)
        return; /* warnings do not stop a return */
    const char *m = e->message ? e->message : "parse error";
    if (e->code == XML_ERR_NO_MEMORY) {
        keep_first(ps, e->line, e->int2, "%s",
                   "could not be checked: reading it ran out of memory (far more elements than a "
                   "return has)");
        return;
    }
    char plain[1024];
    if (strstr(m, "Excessive depth"))
        snprintf(plain, sizeof plain, "elements are nested more than 256 deep (the depth limit)");
    else
        plain_parse_error(m, plain, sizeof plain);
    keep_first(ps, e->line, e->int2, "is not well-formed XML: %s", plain);
}

/* libxml2 keeps 16 bits of an element's line: from line 65,535 on, record
 * the real line in node->_private (unused otherwise) as each element starts. */
/* Count the nodes as they come: past ASR_MAX_NODES the parse stops, so
 * any return of up to 16 MiB is held in bounded memory (16 MiB of <a/>
 * would be four million elements, and a gigabyte as a tree). */
static int too_many(xmlParserCtxtPtr ctxt, size_t more)
{
    parse_state *ps = ctxt->_private;
    ps->nodes += more;
    if (ps->nodes <= ASR_MAX_NODES)
        return 0;
    char what[32]; /* 200,000 */
    snprintf(what, sizeof what, "%u,%03u", ASR_MAX_NODES / 1000, ASR_MAX_NODES % 1000);
    keep_first(ps, xmlSAX2GetLineNumber(ctxt), xmlSAX2GetColumnNumber(ctxt),
               "holds more than %s elements, attributes and comments, the most assure reads "
               "in one return (a quarterly return holds a few thousand)",
               what);
    xmlStopParser(ctxt);
    return 1;
}

static void on_comment(void *data, const xmlChar *value)
{
    if (!too_many(data, 1))
        xmlSAX2Comment(data, value);
}

static void on_pi(void *data, const xmlChar *target, const xmlChar *value)
{
    if (!too_many(data, 1))
        xmlSAX2ProcessingInstruction(data, target, value);
}

static void on_start(void *data, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri,
                     int nns, const xmlChar **ns, int nattr, int ndef, const xmlChar **attrs)
{
    xmlParserCtxtPtr ctxt = data;
    if (too_many(ctxt, 1 + (size_t)(nattr > 0 ? nattr : 0)))
        return;
    xmlSAX2StartElementNs(ctxt, name, prefix, uri, nns, ns, nattr, ndef, attrs);
    if (ctxt->node && ctxt->input && ctxt->input->line >= 65535)
        ctxt->node->_private = (void *)(intptr_t)ctxt->input->line;
}

/* Any DOCTYPE is refused: a return needs none, and refusing it here stops
 * entity expansion (billion laughs, quadratic blow-up) and XXE before they
 * start. libxml2 2.9.14 has no amplification limit of its own. */
static void on_doctype(void *data, const xmlChar *name, const xmlChar *ext, const xmlChar *sys)
{
    (void)name;
    (void)ext;
    (void)sys;
    xmlParserCtxtPtr ctxt = data;
    keep_first(ctxt->_private, xmlSAX2GetLineNumber(ctxt), xmlSAX2GetColumnNumber(ctxt), "%s",
               "has a DOCTYPE declaration; returns may not declare a DTD or entities");
    xmlStopParser(ctxt);
}

static void on_entity_decl(void *data, const xmlChar *name, int type, const xmlChar *pub,
                           const xmlChar *sys, xmlChar *content)
{
    (void)type;
    (void)pub;
    (void)sys;
    (void)content;
    xmlParserCtxtPtr ctxt = data;
    keep_first(ctxt->_private, xmlSAX2GetLineNumber(ctxt), xmlSAX2GetColumnNumber(ctxt),
               "declares the entity '%s'; entity declarations are refused", (const char *)name);
    xmlStopParser(ctxt);
}

static atomic_ulong next_doc_id = 1;

static const char *attr_of(xmlNodePtr n, const char *name)
{
    for (xmlAttrPtr a = n ? n->properties : NULL; a; a = a->next)
        if (a->ns == NULL && strcmp((const char *)a->name, name) == 0 && a->children &&
            a->children->type == XML_TEXT_NODE)
            return (const char *)a->children->content;
    return NULL;
}

static int is_return_ns(xmlNodePtr n)
{
    return n->ns && n->ns->href && strcmp((const char *)n->ns->href, ASR_NS) == 0;
}

/* The first child element called name in the return's namespace: a
 * foreign <e:Alliance xmlns:e="urn:evil"> placed first is not the
 * return's identity. */
static xmlNodePtr child_el(xmlNodePtr n, const char *name)
{
    for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && strcmp((const char *)c->name, name) == 0 &&
            is_return_ns(c))
            return c;
    return NULL;
}

/* A copy of buf with each lone CR (old Mac line ends) made LF, as XML's
 * end-of-line handling reads it anyway: libxml2 counts lines at LF only,
 * and would put every error of a CR-only file on line 1. NULL when buf has
 * no lone CR (or memory ran out: then buf is read as it is). */
static char *lone_cr_to_lf(const char *buf, size_t len)
{
    const char *cr = memchr(buf, '\r', len);
    while (cr && (size_t)(cr - buf) + 1 < len && cr[1] == '\n')
        cr = memchr(cr + 2, '\r', len - (size_t)(cr + 2 - buf));
    if (cr == NULL)
        return NULL;
    char *copy = malloc(len);
    if (copy == NULL)
        return NULL;
    memcpy(copy, buf, len);
    for (size_t i = (size_t)(cr - buf); i < len; i++)
        if (copy[i] == '\r' && (i + 1 == len || copy[i + 1] != '\n'))
            copy[i] = '\n';
    return copy;
}

static int load_memory(asr_doc *doc, const char *name, const char *buf, size_t len, asr_err *err);

int asr_doc_load_memory(asr_doc *doc, const char *name, const char *buf, size_t len, asr_err *err)
{
    char *lf = len <= ASR_MAX_RETURN_BYTES ? lone_cr_to_lf(buf, len) : NULL;
    int rc = load_memory(doc, name, lf ? lf : buf, len, err);
    free(lf);
    return rc;
}

static int load_memory(asr_doc *doc, const char *name, const char *buf, size_t len, asr_err *err)
{
    memset(doc, 0, sizeof *doc);
    if (len == 0)
        return asr_err_set(err, name, 0, 0, "XML-01", "is empty: there is no XML in it");
    if (len > ASR_MAX_RETURN_BYTES || len > (size_t)0x7fffffff)
        return asr_err_set(err, name, 0, 0, "XML-01", "is larger than %u bytes",
                           ASR_MAX_RETURN_BYTES);
    if (asr_check_utf8(name, (const unsigned char *)buf, len, err) != 0)
        return -1;
    if (check_attribute_counts(name, buf, len, err) != 0)
        return -1;

    parse_state ps = {name, err, 0, 0};
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (ctxt == NULL)
        return asr_err_set(err, name, 0, 0, "XML-01", "out of memory");
    ctxt->_private = &ps;
    ctxt->sax->serror = on_error;
    ctxt->sax->internalSubset = on_doctype;
    ctxt->sax->entityDecl = on_entity_decl;
    ctxt->sax->startElementNs = on_start;
    ctxt->sax->comment = on_comment;
    ctxt->sax->processingInstruction = on_pi;
    ctxt->vctxt.error = NULL;
    /* Never NOENT, DTDLOAD, DTDATTR, DTDVALID, XINCLUDE, HUGE or RECOVER.
     * COMPACT keeps short text inside its node (one malloc fewer each); it
     * requires the tree never to be changed, and nothing here changes it. */
    int opts = XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
    xmlDocPtr xml = xmlCtxtReadMemory(ctxt, buf, (int)len, name, NULL, opts);
    int wellformed = ctxt->wellFormed;
    xmlFreeParserCtxt(ctxt);

    if (xml == NULL || !wellformed || ps.failed) {
        if (!ps.failed)
            asr_err_set(err, name, 0, 0, "XML-01", "is not well-formed XML");
        xmlFreeDoc(xml);
        return -1;
    }
    if (xml->encoding && strcasecmp((const char *)xml->encoding, "UTF-8") != 0 &&
        strcasecmp((const char *)xml->encoding, "UTF8") != 0) {
        asr_err_set(err, name, 1, 1, "XML-01", "declares encoding '%s'; returns must be UTF-8",
                    (const char *)xml->encoding);
        xmlFreeDoc(xml);
        return -1;
    }
    xmlNodePtr root = xmlDocGetRootElement(xml);
    const char *why = NULL;
    if (root == NULL)
        why = "has no root element";
    else if (strcmp((const char *)root->name, "QuarterlyReturn") != 0)
        why = "root element is not <QuarterlyReturn>";
    else if (!is_return_ns(root))
        why = "root element is not in the namespace " ASR_NS;
    if (why) {
        asr_err_set(err, name, root ? asr_node_line(root) : 0, 0, "XML-01",
                    "is not a quarterly return: %s", why);
        xmlFreeDoc(xml);
        return -1;
    }
    doc->file = asr_strdup(name);
    if (doc->file == NULL) {
        xmlFreeDoc(xml);
        return asr_err_set(err, name, 0, 0, "XML-01", "out of memory");
    }
    doc->xml = xml;
    doc->root = root;
    /* The root's namespace, checked above to be the return's: an element
     * carrying this very declaration is the return's without comparing
     * the URI again (lua_doc.c's is_el). Nothing else sets it. */
    xml->_private = root->ns;
    doc->id = atomic_fetch_add(&next_doc_id, 1);
    xmlNodePtr header = child_el(root, "Header");
    xmlNodePtr alliance = child_el(header, "Alliance");
    xmlNodePtr period = child_el(header, "Period");
    doc->alliance_code = attr_of(alliance, "code");
    doc->alliance_name = attr_of(alliance, "name");
    doc->region = attr_of(alliance, "region");
    doc->financial_year = attr_of(period, "financialYear");
    doc->quarter = attr_of(period, "quarter");
    doc->submitted = attr_of(child_el(header, "Submission"), "date");
    doc->schema_version = attr_of(root, "schemaVersion");
    doc->period_line = asr_node_line(period ? period : root);
    return 0;
}

int asr_doc_load(asr_doc *doc, const char *path, asr_err *err)
{
    char *buf;
    size_t len;
    memset(doc, 0, sizeof *doc);
    if (asr_read_return(path, &buf, &len, err) != 0)
        return -1;
    int rc = asr_doc_load_memory(doc, path, buf, len, err);
    free(buf);
    return rc;
}

void asr_doc_free(asr_doc *doc)
{
    if (doc == NULL)
        return;
    xmlFreeDoc(doc->xml);
    free(doc->file);
    memset(doc, 0, sizeof *doc);
}

long asr_node_line(const xmlNode *node)
{
    if (node->type == XML_ELEMENT_NODE && node->line == 65535 && node->_private)
        return (long)(intptr_t)node->_private;
    return xmlGetLineNo(node);
}

/* ------------------------------------------------------------ validation */

asr_schema *asr_schema_load(const char *path, asr_err *err)
{
    /* Read it ourselves: the deny-all loader refuses every file libxml2
     * would open on its own. */
    char *buf = NULL;
    size_t len;
    asr_schema *s = NULL;
    xmlSchemaParserCtxtPtr pc = NULL;
    if (asr_read_file(path, ASR_MAX_RETURN_BYTES, "schema", "", &buf, &len, err) != 0)
        return NULL;
    pc = xmlSchemaNewMemParserCtxt(buf, (int)len);
    if (pc == NULL)
        goto fail;
    xmlSchemaPtr xsd = xmlSchemaParse(pc);
    if (xsd == NULL)
        goto fail;
    s = calloc(1, sizeof *s);
    if (s == NULL) {
        xmlSchemaFree(xsd);
        goto fail;
    }
    s->xsd = xsd;
    xmlDocPtr tree = xmlReadMemory(buf, (int)len, path, NULL, XML_PARSE_NONET);
    if (tree)
        read_type_words(tree, s);
    xmlFreeDoc(tree);
    xmlSchemaFreeParserCtxt(pc);
    free(buf);
    return s;
fail:
    asr_err_set(err, path, 0, 0, "", "cannot load the XSD (is it a valid schema?)");
    xmlSchemaFreeParserCtxt(pc);
    free(buf);
    return NULL;
}

void asr_schema_free(asr_schema *s)
{
    if (s == NULL)
        return;
    xmlSchemaFree(s->xsd);
    asr_strlist_free(&s->word_keys);
    asr_strlist_free(&s->words);
    free(s);
}

typedef struct valid_state {
    const asr_doc *doc;
    const asr_schema *schema;
    asr_errlist *out;
    int count;
} valid_state;

static void on_invalid(void *data, xmlErrorPtr e)
{
    valid_state *vs = data;
    if (e == NULL || e->level < XML_ERR_ERROR)
        return;
    vs->count++;
    if (vs->out->n >= ASR_MAX_ERRORS)
        return;
    asr_err x;
    long line = e->line;
    if (e->node && ((xmlNodePtr)e->node)->type == XML_ELEMENT_NODE)
        line = asr_node_line(e->node);
    char raw[1024];
    snprintf(raw, sizeof raw, "%s", e->message ? e->message : "schema violation");
    raw[strcspn(raw, "\n")] = '\0';
    strip_ns(raw);
    asr_err_set(&x, vs->doc->file, line, e->int2, "XML-02", "%s", raw);
    plain_schema_error(vs->schema, raw, x.message, sizeof x.message);
    /* libxml2 may say two things of one value (its decimals, then its
     * pattern): in plain words that is one violation. */
    const asr_err *prev = vs->out->n ? &vs->out->v[vs->out->n - 1] : NULL;
    const char *value = strstr(x.message, ": '"), *end = value ? strchr(value + 3, '\'') : NULL;
    size_t same = end ? (size_t)(end - x.message) + 1 : strlen(x.message) + 1;
    if (prev && prev->line == x.line && strncmp(prev->message, x.message, same) == 0) {
        vs->count--;
        return;
    }
    asr_errlist_push(vs->out, &x);
}

int asr_doc_validate(const asr_doc *doc, const asr_schema *schema, asr_errlist *out)
{
    asr_err x;
    xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(schema->xsd);
    if (vc == NULL) {
        asr_err_set(&x, doc->file, 0, 0, "XML-02", "out of memory");
        asr_errlist_push(out, &x);
        return -1;
    }
    valid_state vs = {doc, schema, out, 0};
    xmlSchemaSetValidStructuredErrors(vc, on_invalid, &vs);
    /* Without a document URL, libxml2 2.9.14 does not search every earlier
     * sibling and ancestor for XInclude markers on each error (20,000
     * invalid providers took 2 s); on_invalid names the file itself. */
    const xmlChar *url = doc->xml->URL;
    doc->xml->URL = NULL;
    int rc = xmlSchemaValidateDoc(vc, doc->xml);
    doc->xml->URL = url;
    xmlSchemaFreeValidCtxt(vc);
    if (rc < 0) {
        asr_err_set(&x, doc->file, 0, 0, "XML-02", "schema validation could not run");
        asr_errlist_push(out, &x);
        return -1;
    }
    if (rc > 0 && vs.count == 0)
        vs.count = 1;
    return vs.count;
}

int asr_schema_names(const char *path, asr_strlist *names, asr_err *err)
{
    char *buf;
    size_t len;
    if (asr_read_return(path, &buf, &len, err) != 0)
        return -1;
    xmlDocPtr xsd = xmlReadMemory(buf, (int)len, path, NULL, XML_PARSE_NONET);
    free(buf);
    if (xsd == NULL)
        return asr_err_set(err, path, 0, 0, "", "cannot parse the XSD");
    int rc = 0;
    xmlXPathContextPtr ctx = xmlXPathNewContext(xsd);
    xmlXPathObjectPtr res =
        ctx ? xmlXPathEvalExpression(
                  (const xmlChar *)"//*[local-name()='element' or local-name()='attribute']/@name",
                  ctx)
            : NULL;
    if (res == NULL || res->nodesetval == NULL) {
        rc = asr_err_set(err, path, 0, 0, "", "cannot read the XSD's names");
    } else {
        for (int i = 0; i < res->nodesetval->nodeNr; i++) {
            xmlNodePtr a = res->nodesetval->nodeTab[i];
            if (a->children && a->children->content)
                asr_strlist_push(names, (const char *)a->children->content);
        }
    }
    xmlXPathFreeObject(res);
    xmlXPathFreeContext(ctx);
    xmlFreeDoc(xsd);
    return rc;
}
