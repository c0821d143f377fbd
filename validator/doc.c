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

struct asr_schema {
    xmlSchemaPtr xsd;
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
    while (i < len) {
        unsigned c = s[i];
        size_t need;
        unsigned min;
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
        } else if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            min = 0x10000;
        } else {
            goto bad;
        }
        unsigned cp = c & (0x3F >> need);
        for (size_t k = 1; k <= need; k++) {
            if (i + k >= len || (s[i + k] & 0xC0) != 0x80)
                goto bad;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            goto bad; /* overlong, out of range, or a surrogate */
        i += need + 1;
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
 * attributes took 10 s). Counts '=' outside quotes between '<' and '>'. */
#define ASR_MAX_ATTRIBUTES 256

static int check_attribute_counts(const char *name, const char *s, size_t len, asr_err *err)
{
    long line = 1;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '\n')
            line++;
        if (s[i] != '<' || i + 1 >= len || s[i + 1] == '!' || s[i + 1] == '?' || s[i + 1] == '/')
            continue;
        long tag_line = line;
        int count = 0;
        char quote = 0;
        for (i++; i < len; i++) {
            char c = s[i];
            if (c == '\n')
                line++;
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '=') {
                if (++count > ASR_MAX_ATTRIBUTES)
                    return asr_err_set(err, name, tag_line, 0, "XML-01",
                                       "has an element with more than %d attributes (a return's "
                                       "elements have at most a dozen)",
                                       ASR_MAX_ATTRIBUTES);
            } else if (c == '>' || c == '<') {
                break;
            }
        }
        if (i < len && s[i] == '<')
            i--; /* let the outer loop see the next tag */
    }
    return 0;
}

/* ---------------------------------------------------------------- parsing */

/* State for one parse, reached from callbacks through ctxt->_private. */
typedef struct parse_state {
    const char *name;
    asr_err *err;
    int failed; /* err holds the first error */
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
    if (strstr(m, "Excessive depth"))
        m = "elements are nested more than 256 deep (the depth limit)";
    keep_first(ps, e->line, e->int2, "is not well-formed XML: %s", m);
}

/* libxml2 keeps 16 bits of an element's line: from line 65,535 on, record
 * the real line in node->_private (unused otherwise) as each element starts. */
static void on_start(void *data, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri,
                     int nns, const xmlChar **ns, int nattr, int ndef, const xmlChar **attrs)
{
    xmlParserCtxtPtr ctxt = data;
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

static xmlNodePtr child_el(xmlNodePtr n, const char *name)
{
    for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && strcmp((const char *)c->name, name) == 0)
            return c;
    return NULL;
}

static int is_return_ns(xmlNodePtr n)
{
    return n->ns && n->ns->href && strcmp((const char *)n->ns->href, ASR_NS) == 0;
}

int asr_doc_load_memory(asr_doc *doc, const char *name, const char *buf, size_t len, asr_err *err)
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

    parse_state ps = {name, err, 0};
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (ctxt == NULL)
        return asr_err_set(err, name, 0, 0, "XML-01", "out of memory");
    ctxt->_private = &ps;
    ctxt->sax->serror = on_error;
    ctxt->sax->internalSubset = on_doctype;
    ctxt->sax->entityDecl = on_entity_decl;
    ctxt->sax->startElementNs = on_start;
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
        asr_err_set(err, name, root ? asr_node_line(root) : 0, 0, "XML-02",
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
    doc->id = atomic_fetch_add(&next_doc_id, 1);
    xmlNodePtr header = child_el(root, "Header");
    xmlNodePtr alliance = child_el(header, "Alliance");
    xmlNodePtr period = child_el(header, "Period");
    doc->alliance_code = attr_of(alliance, "code");
    doc->alliance_name = attr_of(alliance, "name");
    doc->region = attr_of(alliance, "region");
    doc->financial_year = attr_of(period, "financialYear");
    doc->quarter = attr_of(period, "quarter");
    doc->schema_version = attr_of(root, "schemaVersion");
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
    s = malloc(sizeof *s);
    if (s == NULL) {
        xmlSchemaFree(xsd);
        goto fail;
    }
    s->xsd = xsd;
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
    free(s);
}

typedef struct valid_state {
    const asr_doc *doc;
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
    asr_err_set(&x, vs->doc->file, line, e->int2, "XML-02", "%s",
                e->message ? e->message : "schema violation");
    strip_ns(x.message);
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
    valid_state vs = {doc, out, 0};
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
