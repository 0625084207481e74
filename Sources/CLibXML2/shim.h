#ifndef GOALKIT_CLIBXML2_SHIM_H
#define GOALKIT_CLIBXML2_SHIM_H
// Debian builds libxml2 with ICU; its ICU headers clash with Foundation's
// ('UErrorCode' has different definitions), so switch ICU off before the rest.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#endif
