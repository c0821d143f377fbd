/* asr_doc.h: reading a quarterly return safely (libxml2 only) and checking it
 * against the XSD of its schema version.
 *
 * Safety: the file is read by us (regular files only, size-capped), checked
 * to be strict UTF-8, and parsed from memory with no network, no DTD loading
 * and no entity substitution; any DOCTYPE is refused, so entity bombs and XXE
 * never reach the tree. Call asr_xml_init() once before any other function
 * here and before any thread starts. */
#ifndef ASR_DOC_H
#define ASR_DOC_H

#include "asr.h"

#include <libxml/tree.h>

#define ASR_NS "urn:cancer-alliance:quarterly-return:2025-26"

/* Install the deny-all external entity loader and initialise libxml2. */
void asr_xml_init(void);
/* Release libxml2's globals; call once, just before exit. */
void asr_xml_cleanup(void);

/* A compiled XSD. Read-only once loaded: threads may share it. */
typedef struct asr_schema asr_schema;

/* Load the XSD at path. Returns NULL and fills err on failure. Caller frees. */
asr_schema *asr_schema_load(const char *path, asr_err *err);
void asr_schema_free(asr_schema *s);

/* One parsed return. Fields are owned by the struct; free with asr_doc_free. */
typedef struct asr_doc {
    char *file;       /* the path as given */
    xmlDocPtr xml;    /* the tree */
    xmlNodePtr root;  /* QuarterlyReturn */
    unsigned long id; /* unique per loaded document (stale Lua handles are refused) */
    /* Header facts, borrowed from the tree (NULL when absent). */
    const char *alliance_code, *alliance_name, *region;
    const char *financial_year, *quarter;
    const char *submitted;      /* Header/Submission/@date, as written */
    const char *schema_version; /* QuarterlyReturn/@schemaVersion */
    long period_line;           /* of Header/Period, or of the root when it is absent */
} asr_doc;

/* Read and parse the return at path (XML-01): a quarterly return's root
 * in its namespace (any schemaVersion: which versions are known is the
 * catalogue's to say). On failure returns -1, fills err with file, line,
 * column and code, and leaves doc empty. */
int asr_doc_load(asr_doc *doc, const char *path, asr_err *err);

/* Read a return file safely: regular files only, at most
 * ASR_MAX_RETURN_BYTES. *buf is NUL-terminated and caller-freed. */
int asr_read_return(const char *path, char **buf, size_t *len, asr_err *err);

/* Same, from a buffer (name is used in messages). buf is borrowed. */
int asr_doc_load_memory(asr_doc *doc, const char *name, const char *buf, size_t len, asr_err *err);

/* Validate against the XSD (XML-02). Appends each violation (capped at
 * ASR_MAX_ERRORS) to out. Returns the number of violations, or -1 and fills
 * out with one error if validation itself could not run. */
int asr_doc_validate(const asr_doc *doc, const asr_schema *schema, asr_errlist *out);

void asr_doc_free(asr_doc *doc);

/* Append the name of every xs:element and xs:attribute declared in the XSD
 * at path to names (for `rules lint`). 0, or -1 with err. */
int asr_schema_names(const char *path, asr_strlist *names, asr_err *err);

/* The 1-based line of an element. */
long asr_node_line(const xmlNode *node);

/* Check buf is strict UTF-8 with no NUL bytes. Returns 0, or -1 and fills
 * err with the line and column of the first bad byte. */
int asr_check_utf8(const char *name, const unsigned char *buf, size_t len, asr_err *err);

#endif
