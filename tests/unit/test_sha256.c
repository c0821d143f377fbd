/* test_sha256.c: SHA-256 (Nettle, as hex) against the FIPS 180-4 / NIST vectors and sha256sum. */
#include "asr_sha256.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

Test(sha256, nist_vectors)
{
    char hex[65];
    asr_sha256_hex("", 0, hex);
    cr_expect_str_eq(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    asr_sha256_hex("abc", 3, hex);
    cr_expect_str_eq(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *two =
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"; /* 56 bytes: two blocks */
    asr_sha256_hex(two, strlen(two), hex);
    cr_expect_str_eq(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    char *million = malloc(1000000);
    memset(million, 'a', 1000000);
    asr_sha256_hex(million, 1000000, hex);
    cr_expect_str_eq(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    free(million);
}

/* Every length around the block boundaries agrees with sha256sum. */
Test(sha256, lengths_match_sha256sum)
{
    char buf[200], hex[65], cmd[512], want[80];
    for (int i = 0; i < 200; i++)
        buf[i] = (char)('A' + i % 26);
    for (size_t len = 50; len <= 130; len++) {
        asr_sha256_hex(buf, len, hex);
        snprintf(cmd, sizeof cmd, "printf '%%s' '%.*s' | sha256sum", (int)len, buf);
        FILE *p = popen(cmd, "r");
        cr_assert_not_null(p);
        cr_assert_not_null(fgets(want, sizeof want, p));
        pclose(p);
        want[64] = '\0';
        cr_expect_str_eq(hex, want, "length %zu", len);
    }
}
