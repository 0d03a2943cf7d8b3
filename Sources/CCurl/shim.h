// libcurl for Swift: curl_easy_setopt, curl_easy_getinfo and curl_multi_setopt are variadic C
// functions, which Swift cannot call, so each argument type gets a typed wrapper here.
#include <curl/curl.h>

typedef size_t (*ds_curl_data_callback)(char *buffer, size_t size, size_t count, void *context);

static inline CURLcode ds_curl_easy_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode ds_curl_easy_setopt_off(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode ds_curl_easy_setopt_pointer(CURL *handle, CURLoption option, const void *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode ds_curl_easy_setopt_callback(CURL *handle, CURLoption option, ds_curl_data_callback value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode ds_curl_easy_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode ds_curl_easy_getinfo_pointer(CURL *handle, CURLINFO info, void **value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLMcode ds_curl_multi_setopt_long(CURLM *multi, CURLMoption option, long value) {
    return curl_multi_setopt(multi, option, value);
}

// CURLMsg's `data` is a union; Swift reads it more plainly through these.
static inline CURL *ds_curl_msg_handle(const CURLMsg *message) { return message->easy_handle; }
static inline int ds_curl_msg_is_done(const CURLMsg *message) { return message->msg == CURLMSG_DONE; }
static inline CURLcode ds_curl_msg_result(const CURLMsg *message) { return message->data.result; }
