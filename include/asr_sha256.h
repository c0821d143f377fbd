/* asr_sha256.h: SHA-256 (FIPS 180-4) of a buffer, for recording each input
 * file's digest in reports. Written by hand: the stack (libxml2, Lua, PCRE2)
 * has no hash function, and this is the standard's short algorithm, tested
 * against its published vectors. */
#ifndef ASR_SHA256_H
#define ASR_SHA256_H

#include <stddef.h>

/* Write the digest of buf[0..len) as 64 lowercase hex digits and a NUL. */
void asr_sha256_hex(const void *buf, size_t len, char hex[65]);

#endif
