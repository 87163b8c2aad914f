#ifndef CSCORING_H
#define CSCORING_H

#include <stdint.h>

/// The number of zero bytes a weight matrix must have after its last row, and the multiple `sums` is padded to:
/// the kernel reads and writes whole blocks of this many classes.
#define HELPDESK_SCORE_BLOCK 16

/// Adds factors[k] * weights[indices[k] * classes + c] to sums[c] for every k < count and c < classes, in exact
/// 32-bit integer arithmetic (the caller keeps the total of |factors| * 127 below 2^31). `weights` is feature-major,
/// 8 bits per weight, followed by HELPDESK_SCORE_BLOCK readable bytes; `sums` has room for `classes` rounded up to a
/// multiple of HELPDESK_SCORE_BLOCK (the extra sums are scratch).
/// Uses AVX2 where the processor has it (x86-64, built with clang), else SSE2, else a plain loop.
void helpdesk_accumulate(const int8_t *weights, long classes, const int32_t *indices, const int16_t *factors,
                         long count, int32_t *sums);

/// `helpdesk_accumulate` as a processor without AVX2 runs it (SSE2, else a plain loop), so tests check both paths.
void helpdesk_accumulate_without_avx2(const int8_t *weights, long classes, const int32_t *indices, const int16_t *factors,
                                      long count, int32_t *sums);

#endif
