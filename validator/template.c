/* template.c: `assure template`: a blank quarterly return written from the
 * XSD itself, so it always has the current schema's shape: every section and
 * element in order (a repeating one once), every attribute with an empty
 * value to fill in, and a comment above each element saying what goes in
 * its attributes and text (the schema's own words for its types, or its
 * vocabularies). Only what a blank cannot know is left invalid: the values. */
#include "asr_template.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define XS "http://www.w3.org/2001/XMLSchema"

typedef struct tpl {
    xmlNodePtr schema; /* xs:schema */
    const asr_template_opts *o;
    FILE *out;
    int depth; /* guards against a schema that refers to itself */
} tpl;

static int is_xs(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
           strcmp((const char *)n->ns->href, XS) == 0 && strcmp((const char *)n->name, name) == 0;
}

static xmlNodePtr xs_child(const xmlNode *n, const char *name)
{
    for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
        if (is_xs(c, name))
            return c;
    return NULL;
}

/* An attribute of an XSD node; xmlFree it. */
static xmlChar *prop(const xmlNode *n, const char *name)
{
    return n ? xmlGetProp((xmlNodePtr)n, (const xmlChar *)name) : NULL;
}

/* The global xs:simpleType or xs:complexType named name (a "xs:" name is
 * built in: NULL). */
static xmlNodePtr global_type(const tpl *t, const xmlChar *name)
{
    if (name == NULL || strncmp((const char *)name, "xs:", 3) == 0)
        return NULL;
    for (xmlNodePtr c = t->schema->children; c; c = c->next)
        if (is_xs(c, "simpleType") || is_xs(c, "complexType")) {
            xmlChar *n = prop(c, "name");
            int same = n && strcmp((const char *)n, (const char *)name) == 0;
            xmlFree(n);
            if (same)
                return c;
        }
    return NULL;
}

/* What goes in a value of simple type st: its documentation, its values
 * (an enumeration), or a list of its items; into buf. */
static void describe_simple(const tpl *t, xmlNodePtr st, char *buf, size_t cap)
{
    buf[0] = '\0';
    if (st == NULL)
        return;
    xmlNodePtr ann = xs_child(st, "annotation");
    xmlNodePtr doc = xs_child(ann, "documentation");
    if (doc) {
        xmlChar *s = xmlNodeGetContent(doc);
        snprintf(buf, cap, "%s", s ? (const char *)s : "");
        xmlFree(s);
        return;
    }
    xmlNodePtr r = xs_child(st, "restriction");
    size_t used = 0;
    for (xmlNodePtr e = r ? r->children : NULL; e; e = e->next)
        if (is_xs(e, "enumeration")) {
            xmlChar *v = prop(e, "value");
            int w = snprintf(buf + used, cap - used, "%s%s", used ? ", " : "one of ",
                             v ? (const char *)v : "");
            used += w > 0 && (size_t)w < cap - used ? (size_t)w : 0;
            xmlFree(v);
        }
    if (used == 0 && r) {
        xmlChar *base = prop(r, "base");
        describe_simple(t, global_type(t, base), buf, cap);
        xmlFree(base);
    }
    xmlNodePtr list = xs_child(st, "list");
    if (used == 0 && list) {
        xmlChar *item = prop(list, "itemType");
        char inner[512];
        describe_simple(t, global_type(t, item), inner, sizeof inner);
        snprintf(buf, cap, "space-separated%s%s", inner[0] ? ": " : " words", inner);
        xmlFree(item);
    }
    if (buf[0] == '\0' && xs_child(st, "union"))
        snprintf(buf, cap, "see the return format");
}

/* The value a blank has for an attribute: the fixed one, what the options
 * give, else empty. */
static const char *blank_value(const tpl *t, const char *element, const char *attr,
                               const xmlChar *fixed)
{
    if (fixed)
        return (const char *)fixed;
    if (strcmp(element, "Alliance") == 0 && strcmp(attr, "code") == 0)
        return t->o->alliance ? t->o->alliance : "";
    if (strcmp(element, "Period") == 0 && strcmp(attr, "financialYear") == 0)
        return t->o->year ? t->o->year : "";
    if (strcmp(element, "Period") == 0 && strcmp(attr, "quarter") == 0)
        return t->o->quarter ? t->o->quarter : "";
    if (strcmp(element, "Submission") == 0 && strcmp(attr, "status") == 0)
        return "draft";
    return "";
}

static void indent(const tpl *t, int level)
{
    for (int i = 0; i < level; i++)
        fputs("  ", t->out);
}

/* Text for a comment: no "--" inside it. */
static void comment_text(FILE *out, const char *s)
{
    for (; *s; s++)
        fputc(s[0] == '-' && s[1] == '-' ? '_' : s[0], out);
}

/* The attributes of a complex type (directly, or on its simpleContent
 * extension), in order. */
static void for_attributes(xmlNodePtr ct, void (*f)(const tpl *, const char *, xmlNodePtr, void *),
                           const tpl *t, const char *element, void *arg)
{
    xmlNodePtr sc = xs_child(ct, "simpleContent");
    xmlNodePtr holder = sc ? xs_child(sc, "extension") : ct;
    for (xmlNodePtr a = holder ? holder->children : NULL; a; a = a->next)
        if (is_xs(a, "attribute"))
            f(t, element, a, arg);
}

/* One line of the comment: "name (optional): what goes in it". */
static void comment_attr(const tpl *t, const char *element, xmlNodePtr a, void *level)
{
    (void)element;
    xmlChar *name = prop(a, "name"), *type = prop(a, "type"), *use = prop(a, "use"),
            *fixed = prop(a, "fixed");
    char what[1024] = "";
    xmlNodePtr st = global_type(t, type);
    if (st == NULL)
        st = xs_child(a, "simpleType");
    describe_simple(t, st, what, sizeof what);
    if (!fixed) {
        indent(t, *(int *)level + 1);
        fprintf(t->out, "%s%s: ", (const char *)name,
                use && strcmp((const char *)use, "required") == 0 ? "" : " (optional)");
        comment_text(t->out, what[0] ? what : "text");
        fputc('\n', t->out);
    }
    xmlFree(name);
    xmlFree(type);
    xmlFree(use);
    xmlFree(fixed);
}

static void count_attr(const tpl *t, const char *element, xmlNodePtr a, void *n)
{
    (void)t;
    (void)element;
    xmlChar *fixed = prop(a, "fixed");
    *(int *)n += fixed == NULL;
    xmlFree(fixed);
}

/* The k-th (0-based) value of an enumerated simple type, or NULL. */
static xmlChar *nth_value(const tpl *t, xmlNodePtr a, int k)
{
    xmlChar *type = prop(a, "type");
    xmlNodePtr st = global_type(t, type);
    xmlFree(type);
    xmlNodePtr r = xs_child(st, "restriction");
    for (xmlNodePtr e = r ? r->children : NULL; e; e = e->next)
        if (is_xs(e, "enumeration") && k-- == 0)
            return prop(e, "value");
    return NULL;
}

/* An attribute of the start tag. copy >= 0 is the copy of an element the
 * schema wants several of (FIT's two Banding stages, Finance's four
 * Workstreams): an enumerated attribute then takes its copy-th value. */
static void write_attr(const tpl *t, const char *element, xmlNodePtr a, void *copy)
{
    xmlChar *name = prop(a, "name"), *fixed = prop(a, "fixed");
    xmlChar *nth = *(int *)copy >= 0 ? nth_value(t, a, *(int *)copy) : NULL;
    fprintf(t->out, " %s=\"%s\"", (const char *)name,
            nth ? (const char *)nth : blank_value(t, element, (const char *)name, fixed));
    xmlFree(nth);
    xmlFree(name);
    xmlFree(fixed);
}

static void write_element(tpl *t, xmlNodePtr decl, int level);

static void write_sequence(tpl *t, xmlNodePtr seq, int level)
{
    for (xmlNodePtr e = seq ? seq->children : NULL; e; e = e->next)
        if (is_xs(e, "element"))
            write_element(t, e, level);
}

/* One element of the template: its comment, its start tag with every
 * attribute, its children or text, its end tag. */
static void write_element(tpl *t, xmlNodePtr decl, int level)
{
    xmlChar *name = prop(decl, "name"), *type = prop(decl, "type"), *max = prop(decl, "maxOccurs"),
            *min = prop(decl, "minOccurs");
    xmlNodePtr ct = xs_child(decl, "complexType");
    xmlNodePtr named = global_type(t, type);
    if (ct == NULL && named && is_xs(named, "complexType"))
        ct = named;
    int repeats = max && strcmp((const char *)max, "1") != 0;
    int optional = min && strcmp((const char *)min, "0") == 0;
    int text = ct == NULL || xs_child(ct, "simpleContent") != NULL;
    /* The comment: what the attributes and text hold (none for a plain
     * container). */
    int attrs = 0;
    if (ct)
        for_attributes(ct, count_attr, t, (const char *)name, &attrs);
    if (optional || repeats || attrs || text) {
        indent(t, level);
        fprintf(t->out, "<!-- %s%s%s", (const char *)name, optional ? " (optional)" : "",
                repeats ? ": repeat it for each one" : "");
        if (attrs)
            fputc('\n', t->out);
        if (ct)
            for_attributes(ct, comment_attr, t, (const char *)name, &level);
        if (text) {
            char what[512] = "";
            describe_simple(t, named && is_xs(named, "simpleType") ? named : NULL, what,
                            sizeof what);
            if (attrs)
                indent(t, level + 1);
            fprintf(t->out, "%s%s", attrs ? "text: " : ": ",
                    what[0] ? what
                            : "real evidence in words (not TBC, N/A or 'see previous return')");
            fputc(attrs ? '\n' : ' ', t->out);
        }
        if (attrs)
            indent(t, level);
        else if (!text)
            fputc(' ', t->out);
        fputs("-->\n", t->out);
    }
    /* As many copies as the schema needs at least (one if none). */
    int copies = min ? atoi((const char *)min) : 1;
    copies = copies < 1 ? 1 : copies > 16 ? 16 : copies;
    for (int k = 0; k < copies; k++) {
        int copy = copies > 1 ? k : -1;
        indent(t, level);
        fprintf(t->out, "<%s", (const char *)name);
        if (level == 0)
            fputs(" xmlns=\"" ASR_TEMPLATE_NS "\"", t->out);
        if (ct)
            for_attributes(ct, write_attr, t, (const char *)name, &copy);
        xmlNodePtr seq = ct ? xs_child(ct, "sequence") : NULL;
        if (text) {
            fprintf(t->out, "></%s>\n", (const char *)name);
        } else if (seq && t->depth < 32) {
            fputs(">\n", t->out);
            t->depth++;
            write_sequence(t, seq, level + 1);
            t->depth--;
            indent(t, level);
            fprintf(t->out, "</%s>\n", (const char *)name);
        } else {
            fputs("/>\n", t->out);
        }
    }
    xmlFree(name);
    xmlFree(type);
    xmlFree(max);
    xmlFree(min);
}

int asr_template_write(const char *xsd, const asr_template_opts *o, FILE *out, asr_err *err)
{
    /* Read it ourselves: libxml2 may open no file on its own (asr_doc.h). */
    char *buf;
    size_t len;
    if (asr_read_file(xsd, ASR_MAX_RETURN_BYTES, "schema", "", &buf, &len, err) != 0)
        return -1;
    xmlDocPtr doc = xmlReadMemory(buf, (int)len, xsd, NULL, XML_PARSE_NONET);
    free(buf);
    if (doc == NULL)
        return asr_err_set(err, xsd, 0, 0, "", "cannot read the XSD");
    tpl t = {xmlDocGetRootElement(doc), o, out, 0};
    xmlNodePtr root = NULL;
    for (xmlNodePtr c = t.schema ? t.schema->children : NULL; c && !root; c = c->next)
        if (is_xs(c, "element"))
            root = c;
    if (root == NULL) {
        xmlFreeDoc(doc);
        return asr_err_set(err, xsd, 0, 0, "", "the XSD declares no root element");
    }
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", out);
    fprintf(out,
            "<!-- A blank quarterly return, schema %s, written by assure template from the XSD.\n"
            "     Fill in every value (\"\" is empty) and every text; leave out an optional\n"
            "     section you do not report, and repeat an element once for each provider,\n"
            "     ICB or item. Check it with: assure check FILE -->\n",
            o->version);
    write_element(&t, root, 0);
    xmlFreeDoc(doc);
    return ferror(out) ? asr_err_set(err, "", 0, 0, "", "cannot write the template") : 0;
}
