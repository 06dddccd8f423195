#ifndef REPORT_DIFF_CLIBXML2_SHIM_H
#define REPORT_DIFF_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU; its ICU headers clash with Foundation's own copy. */
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/HTMLparser.h>
#include <libxml/relaxng.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/xpath.h>

/* Swift 6 rejects the mutable global `xmlFree`; call it through a function. */
static inline void rd_xml_free(void *pointer) { xmlFree(pointer); }

#endif
