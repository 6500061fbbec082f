#ifndef ARIANE_CLIBXML2_SHIM_H
#define ARIANE_CLIBXML2_SHIM_H

/* Debian builds libxml2 with ICU, and libxml/encoding.h then includes the system's ICU headers,
   which clash with the ICU copy inside Foundation in any module that imports both. Ariane never
   touches the encoding handler's ICU fields (only pointers to the handler), so hiding them is safe. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlversion.h>

/* libxml2 exposes its version as a macro; Swift wants a value. */
static inline int ariane_libxml_version(void) { return LIBXML_VERSION; }

/* The generic error handler is variadic, which Swift cannot write. Ariane takes every error through
   the structured handler instead, so the generic one only has to stay quiet (it would print to stderr). */
static void ariane_ignore_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static inline void ariane_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, ariane_ignore_generic_error);
}

/* The structured error handler and its context are per-thread macros as well: read them here, so
   that a caller who installs its own handler can put back the one it found. */
static inline xmlStructuredErrorFunc ariane_structured_error_handler(void) { return xmlStructuredError; }
static inline void *ariane_structured_error_context(void) { return xmlStructuredErrorContext; }

/* xmlFree is a macro around a per-thread function pointer in threaded builds; Swift sees neither. */
static inline void ariane_free(void *pointer) { xmlFree(pointer); }

/* Element ordinals are kept in the node's application pointer (`_private`), so that a node can be
   matched with its start tag in the source text without a lookup table. */
static inline void ariane_set_ordinal(xmlNodePtr node, long ordinal) {
    node->_private = (void *)(ordinal + 1);
}

static inline long ariane_ordinal(const xmlNode *node) {
    return node->_private == NULL ? -1 : (long)node->_private - 1;
}

#endif
