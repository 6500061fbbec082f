#ifndef ARIANE_CLIBXML2_SHIM_H
#define ARIANE_CLIBXML2_SHIM_H

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlversion.h>

/* libxml2 exposes its version as a macro string; Swift wants a value. */
static inline int ariane_libxml_version(void) { return LIBXML_VERSION; }

#endif
