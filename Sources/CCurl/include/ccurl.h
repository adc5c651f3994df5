#ifndef CCURL_H
#define CCURL_H
#include <stdint.h>
#include <stddef.h>
/* Thin wrappers over libcurl's easy interface. Only plain C types cross this header so that it
   never clashes with the libcurl that FoundationNetworking links. */

int ccurl_global_init(void);
const char *ccurl_version(void);

/* One HTTP request; owned by the caller, used by one thread at a time. */
typedef struct ccurl_request ccurl_request;

/* Receives response bytes (body or one header line). Return `length` to go on, 0 to abort. */
typedef size_t (*ccurl_data_callback)(const char *data, size_t length, void *userdata);
/* Polled while the transfer runs (also while idle); non-zero aborts the transfer. */
typedef int (*ccurl_abort_callback)(void *userdata);

/* Error kinds of ccurl_perform, so Swift needs no CURLcode values. */
enum {
    CCURL_OK = 0,
    CCURL_TIMEOUT = 1,
    CCURL_ABORTED = 2,
    CCURL_CONNECT = 3,
    CCURL_TRANSFER = 4,
    CCURL_OTHER = 5
};

ccurl_request *ccurl_request_new(const char *url);
void ccurl_request_free(ccurl_request *request);
/* Adds one "Name: value" header line. Returns 0 on success. */
int ccurl_request_add_header(ccurl_request *request, const char *line);
/* POSTs these bytes (copied). */
int ccurl_request_set_body(ccurl_request *request, const char *body, size_t length);
/* Milliseconds; 0 leaves curl's default (none for total). */
void ccurl_request_set_timeouts(ccurl_request *request, long connect_ms, long total_ms);
void ccurl_request_set_callbacks(ccurl_request *request, ccurl_data_callback on_body,
                                 ccurl_data_callback on_header, ccurl_abort_callback should_abort,
                                 void *userdata);
/* Runs the transfer on the calling thread. Returns a CCURL_* kind; status gets the HTTP status (0
   when none arrived); message (may be NULL) gets curl's error text. */
int ccurl_perform(ccurl_request *request, long *status, char *message, size_t message_length);

#endif
