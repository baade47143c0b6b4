#include "CJupyter.h"
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

// One pointer per function used, typed from the library's own header.
#define FN(name) static __typeof__(name) *p_##name
FN(zmq_ctx_new); FN(zmq_ctx_shutdown); FN(zmq_ctx_term); FN(zmq_socket); FN(zmq_close);
FN(zmq_setsockopt); FN(zmq_getsockopt); FN(zmq_bind); FN(zmq_connect); FN(zmq_send);
FN(zmq_msg_init); FN(zmq_msg_recv); FN(zmq_msg_close); FN(zmq_msg_data); FN(zmq_msg_size);
FN(zmq_msg_more); FN(zmq_poll); FN(zmq_proxy); FN(zmq_errno); FN(zmq_strerror);
FN(sodium_init); FN(crypto_auth_hmacsha256_init); FN(crypto_auth_hmacsha256_update);
FN(crypto_auth_hmacsha256_final); FN(sodium_memcmp);

#define LOAD(handle, name) if (!(p_##name = (__typeof__(name) *)dlsym(handle, #name))) return "missing " #name

const char *dz_load(void) {
    void *zmq = dlopen("libzmq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (!zmq) return "cannot load libzmq.so.5 (install libzmq5, or run scripts/setup.sh)";
    void *sodium = dlopen("libsodium.so.23", RTLD_NOW | RTLD_LOCAL);
    if (!sodium) return "cannot load libsodium.so.23 (install libsodium23, or run scripts/setup.sh)";
    LOAD(zmq, zmq_ctx_new); LOAD(zmq, zmq_ctx_shutdown); LOAD(zmq, zmq_ctx_term); LOAD(zmq, zmq_socket);
    LOAD(zmq, zmq_close); LOAD(zmq, zmq_setsockopt); LOAD(zmq, zmq_getsockopt); LOAD(zmq, zmq_bind);
    LOAD(zmq, zmq_connect); LOAD(zmq, zmq_send); LOAD(zmq, zmq_msg_init); LOAD(zmq, zmq_msg_recv);
    LOAD(zmq, zmq_msg_close); LOAD(zmq, zmq_msg_data); LOAD(zmq, zmq_msg_size); LOAD(zmq, zmq_msg_more);
    LOAD(zmq, zmq_poll); LOAD(zmq, zmq_proxy); LOAD(zmq, zmq_errno); LOAD(zmq, zmq_strerror);
    LOAD(sodium, sodium_init); LOAD(sodium, crypto_auth_hmacsha256_init);
    LOAD(sodium, crypto_auth_hmacsha256_update); LOAD(sodium, crypto_auth_hmacsha256_final);
    LOAD(sodium, sodium_memcmp);
    if (p_sodium_init() < 0) return "libsodium could not initialise";
    return NULL;
}

void *dz_ctx_new(void) { return p_zmq_ctx_new(); }
int dz_ctx_shutdown(void *context) { return p_zmq_ctx_shutdown(context); }
int dz_ctx_term(void *context) { return p_zmq_ctx_term(context); }
void *dz_socket(void *context, int type) { return p_zmq_socket(context, type); }
int dz_close(void *socket) { return p_zmq_close(socket); }
int dz_setsockopt_int(void *socket, int option, int value) { return p_zmq_setsockopt(socket, option, &value, sizeof value); }
int dz_bind(void *socket, const char *endpoint) { return p_zmq_bind(socket, endpoint); }
int dz_connect(void *socket, const char *endpoint) { return p_zmq_connect(socket, endpoint); }

int dz_last_endpoint(void *socket, char *out, size_t size) {
    return p_zmq_getsockopt(socket, ZMQ_LAST_ENDPOINT, out, &size);
}

int dz_send(void *socket, const void *bytes, size_t size, int flags) { return p_zmq_send(socket, bytes, size, flags); }

int dz_recv(void *socket, uint8_t **out, size_t *size, int flags) {
    zmq_msg_t msg;
    p_zmq_msg_init(&msg);
    if (p_zmq_msg_recv(&msg, socket, flags) < 0) { p_zmq_msg_close(&msg); return -1; }
    *size = p_zmq_msg_size(&msg);
    *out = malloc(*size ? *size : 1);
    if (*size) memcpy(*out, p_zmq_msg_data(&msg), *size);
    int more = p_zmq_msg_more(&msg);
    p_zmq_msg_close(&msg);
    return more ? 1 : 0;
}

void dz_free(void *bytes) { free(bytes); }
int dz_poll(zmq_pollitem_t *items, int count, long timeout) { return p_zmq_poll(items, count, timeout); }
int dz_proxy(void *frontend, void *backend) { return p_zmq_proxy(frontend, backend, NULL); }
int dz_errno(void) { return p_zmq_errno(); }
const char *dz_strerror(int error) { return p_zmq_strerror(error); }

void dz_hmac_sha256(const uint8_t *key, size_t key_size, const uint8_t *data, size_t size, uint8_t *out) {
    crypto_auth_hmacsha256_state state;
    p_crypto_auth_hmacsha256_init(&state, key, key_size);
    p_crypto_auth_hmacsha256_update(&state, data, size);
    p_crypto_auth_hmacsha256_final(&state, out);
}

int dz_memcmp(const void *a, const void *b, size_t size) { return p_sodium_memcmp(a, b, size); }
