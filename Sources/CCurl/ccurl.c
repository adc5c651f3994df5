#include "ccurl.h"
#include <curl/curl.h>
int ccurl_global_init(void) { return (int)curl_global_init(CURL_GLOBAL_DEFAULT); }
const char *ccurl_version(void) { return curl_version(); }
