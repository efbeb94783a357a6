#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU; its headers would then pull in ICU's, which clash with the
   ICU copy inside Foundation. The encoding handler's ICU fields are never touched from Swift. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/HTMLparser.h>
