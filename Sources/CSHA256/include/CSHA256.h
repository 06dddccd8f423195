#ifndef REPORT_DIFF_CSHA256_H
#define REPORT_DIFF_CSHA256_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* FIPS 180-4's round constants, for these blocks and for the caller's own rounds. */
extern const uint32_t rd_sha256_round_constants[64];

/* Whether this processor has the x86 SHA extensions (and the SSSE3 and SSE4.1 they are used
   with). Elsewhere, and on processors without them, false: the caller hashes in Swift. */
bool rd_sha256_hardware_available(void);

/* Mixes `count` 64-byte blocks at `blocks` into the eight words of `state` (FIPS 180-4 order,
   a first), with the processor's SHA instructions. Call only when the above says true. */
void rd_sha256_hardware_compress(uint32_t state[8], const uint8_t *blocks, size_t count);

#endif
