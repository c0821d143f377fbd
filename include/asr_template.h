/* asr_template.h: `assure template`, a blank quarterly return of a schema
 * version, written from its XSD (libxml2 only). */
#ifndef ASR_TEMPLATE_H
#define ASR_TEMPLATE_H

#include "asr.h"
#include "asr_doc.h"

#include <stdio.h>

#define ASR_TEMPLATE_NS ASR_NS

typedef struct asr_template_opts {
    const char *version;  /* the schema version the XSD is of: "1.1" */
    const char *alliance; /* Alliance/@code, or NULL (left blank) */
    const char *year;     /* Period/@financialYear, or NULL */
    const char *quarter;  /* Period/@quarter, or NULL */
} asr_template_opts;

/* Write the blank return of the XSD at xsd to out. 0, or -1 with err. */
int asr_template_write(const char *xsd, const asr_template_opts *o, FILE *out, asr_err *err);

#endif
