/* asr_sha256.h: SHA-256 (FIPS 180-4) of a buffer, for recording each input
 * file's digest in reports. Computed by GNU Nettle, which uses the CPU's SHA
 * instructions where there are some (five times faster than portable C on
 * these machines: hashing had been a sixth of checking a return with one
 * rule). */
#ifndef ASR_SHA256_H
#define ASR_SHA256_H

#include <stddef.h>

/* Write the digest of buf[0..len) as 64 lowercase hex digits and a NUL. */
void asr_sha256_hex(const void *buf, size_t len, char hex[65]);

#endif
