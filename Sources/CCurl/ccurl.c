#include "ccurl.h"
#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>

struct ccurl_request {
    CURL *easy;
    struct curl_slist *headers;
    char *body;
    ccurl_data_callback on_body;
    ccurl_data_callback on_header;
    ccurl_abort_callback should_abort;
    void *userdata;
    char error[CURL_ERROR_SIZE];
};

int ccurl_global_init(void) { return (int)curl_global_init(CURL_GLOBAL_DEFAULT); }
const char *ccurl_version(void) { return curl_version(); }

static size_t write_body(char *data, size_t size, size_t count, void *userdata) {
    ccurl_request *r = userdata;
    size_t length = size * count;
    if (r->should_abort && r->should_abort(r->userdata)) return 0;
    if (!r->on_body) return length;
    return r->on_body(data, length, r->userdata);
}

static size_t write_header(char *data, size_t size, size_t count, void *userdata) {
    ccurl_request *r = userdata;
    size_t length = size * count;
    if (!r->on_header) return length;
    return r->on_header(data, length, r->userdata);
}

static int progress(void *userdata, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal, curl_off_t ulnow) {
    (void)dltotal; (void)dlnow; (void)ultotal; (void)ulnow;
    ccurl_request *r = userdata;
    return (r->should_abort && r->should_abort(r->userdata)) ? 1 : 0;
}

ccurl_request *ccurl_request_new(const char *url) {
    ccurl_request *r = calloc(1, sizeof(ccurl_request));
    if (!r) return NULL;
    r->easy = curl_easy_init();
    if (!r->easy) { free(r); return NULL; }
    curl_easy_setopt(r->easy, CURLOPT_URL, url);
    curl_easy_setopt(r->easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(r->easy, CURLOPT_ERRORBUFFER, r->error);
    curl_easy_setopt(r->easy, CURLOPT_WRITEFUNCTION, write_body);
    curl_easy_setopt(r->easy, CURLOPT_WRITEDATA, r);
    curl_easy_setopt(r->easy, CURLOPT_HEADERFUNCTION, write_header);
    curl_easy_setopt(r->easy, CURLOPT_HEADERDATA, r);
    curl_easy_setopt(r->easy, CURLOPT_XFERINFOFUNCTION, progress);
    curl_easy_setopt(r->easy, CURLOPT_XFERINFODATA, r);
    curl_easy_setopt(r->easy, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(r->easy, CURLOPT_TCP_NODELAY, 1L);
    curl_easy_setopt(r->easy, CURLOPT_ACCEPT_ENCODING, "");
    /* Fail fast when a server stops sending mid-stream for a long while. */
    curl_easy_setopt(r->easy, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(r->easy, CURLOPT_LOW_SPEED_TIME, 60L);
    return r;
}

void ccurl_request_free(ccurl_request *r) {
    if (!r) return;
    curl_easy_cleanup(r->easy);
    curl_slist_free_all(r->headers);
    free(r->body);
    free(r);
}

int ccurl_request_add_header(ccurl_request *r, const char *line) {
    struct curl_slist *next = curl_slist_append(r->headers, line);
    if (!next) return -1;
    r->headers = next;
    return 0;
}

int ccurl_request_set_body(ccurl_request *r, const char *body, size_t length) {
    free(r->body);
    r->body = malloc(length ? length : 1);
    if (!r->body) return -1;
    memcpy(r->body, body, length);
    curl_easy_setopt(r->easy, CURLOPT_POST, 1L);
    curl_easy_setopt(r->easy, CURLOPT_POSTFIELDS, r->body);
    curl_easy_setopt(r->easy, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)length);
    return 0;
}

void ccurl_request_set_timeouts(ccurl_request *r, long connect_ms, long total_ms) {
    if (connect_ms > 0) curl_easy_setopt(r->easy, CURLOPT_CONNECTTIMEOUT_MS, connect_ms);
    if (total_ms > 0) curl_easy_setopt(r->easy, CURLOPT_TIMEOUT_MS, total_ms);
}

void ccurl_request_set_callbacks(ccurl_request *r, ccurl_data_callback on_body, ccurl_data_callback on_header,
                                 ccurl_abort_callback should_abort, void *userdata) {
    r->on_body = on_body;
    r->on_header = on_header;
    r->should_abort = should_abort;
    r->userdata = userdata;
}

int ccurl_perform(ccurl_request *r, long *status, char *message, size_t message_length) {
    r->error[0] = 0;
    if (r->headers) curl_easy_setopt(r->easy, CURLOPT_HTTPHEADER, r->headers);
    CURLcode code = curl_easy_perform(r->easy);
    long http = 0;
    curl_easy_getinfo(r->easy, CURLINFO_RESPONSE_CODE, &http);
    if (status) *status = http;
    if (message && message_length) {
        const char *text = r->error[0] ? r->error : curl_easy_strerror(code);
        strncpy(message, text, message_length - 1);
        message[message_length - 1] = 0;
    }
    switch (code) {
    case CURLE_OK: return CCURL_OK;
    case CURLE_OPERATION_TIMEDOUT: return CCURL_TIMEOUT;
    case CURLE_ABORTED_BY_CALLBACK:
    case CURLE_WRITE_ERROR: return CCURL_ABORTED;
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY: return CCURL_CONNECT;
    case CURLE_PARTIAL_FILE:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING: return CCURL_TRANSFER;
    default: return CCURL_OTHER;
    }
}
