// ZeroMQ and libsodium for the Jupyter kernel, loaded with dlopen when `dossier kernel` starts.
// Linking them would make every start of dossier (`-e 1+1`, scripts) load a dozen more shared
// libraries (libzmq brings libstdc++, Kerberos, PGM, NORM...); only the kernel needs them.
// The headers give the types and constants; each dz_ function calls the loaded one.
#ifndef CJUPYTER_H
#define CJUPYTER_H
#include <stddef.h>
#include <stdint.h>
#include <zmq.h>
#include <sodium.h>

/// Loads libzmq and libsodium; returns NULL, or a message naming what is missing.
const char *dz_load(void);

void *dz_ctx_new(void);
int dz_ctx_shutdown(void *context);
int dz_ctx_term(void *context);
void *dz_socket(void *context, int type);
int dz_close(void *socket);
int dz_setsockopt_int(void *socket, int option, int value);
int dz_bind(void *socket, const char *endpoint);
int dz_connect(void *socket, const char *endpoint);
/// The endpoint a socket bound last (for port 0), into `out`; 0 on success.
int dz_last_endpoint(void *socket, char *out, size_t size);
int dz_send(void *socket, const void *bytes, size_t size, int flags);
/// Receives one frame into a new buffer (*out, *size; free it with dz_free); returns whether more
/// frames follow (1), none (0), or -1 on error (errno in dz_errno()).
int dz_recv(void *socket, uint8_t **out, size_t *size, int flags);
void dz_free(void *bytes);
int dz_poll(zmq_pollitem_t *items, int count, long timeout);
int dz_proxy(void *frontend, void *backend);
int dz_errno(void);
const char *dz_strerror(int error);

/// HMAC-SHA256 of `data` under `key` (of any length), into out[32].
void dz_hmac_sha256(const uint8_t *key, size_t key_size, const uint8_t *data, size_t size, uint8_t *out);
/// Compares two buffers in constant time: 0 when equal.
int dz_memcmp(const void *a, const void *b, size_t size);

#endif
