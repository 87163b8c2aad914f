#include "CScoring.h"

#if defined(__SSE2__)
#include <emmintrin.h>

/// The 8 classes' weights of two features, interleaved and widened to 16 bits, times (f0, f1), added to 4 + 4 sums.
static inline void add_pair(__m128i x0, __m128i x1, __m128i factors, __m128i *acc) {
    __m128i lo = _mm_unpacklo_epi8(x0, x1);  // r0[0], r1[0], r0[1], r1[1], ... for classes 0-7 of the block
    __m128i hi = _mm_unpackhi_epi8(x0, x1);  // classes 8-15
    // Each byte doubled into a 16-bit word, then shifted back down: the byte sign-extended.
    acc[0] = _mm_add_epi32(acc[0], _mm_madd_epi16(_mm_srai_epi16(_mm_unpacklo_epi8(lo, lo), 8), factors));
    acc[1] = _mm_add_epi32(acc[1], _mm_madd_epi16(_mm_srai_epi16(_mm_unpackhi_epi8(lo, lo), 8), factors));
    acc[2] = _mm_add_epi32(acc[2], _mm_madd_epi16(_mm_srai_epi16(_mm_unpacklo_epi8(hi, hi), 8), factors));
    acc[3] = _mm_add_epi32(acc[3], _mm_madd_epi16(_mm_srai_epi16(_mm_unpackhi_epi8(hi, hi), 8), factors));
}

static inline __m128i pair_of(int16_t f0, int16_t f1) {
    return _mm_set1_epi32((int32_t)(((uint32_t)(uint16_t)f1 << 16) | (uint16_t)f0));
}

#if defined(__x86_64__) && defined(__clang__)
#include <immintrin.h>
#define HELPDESK_HAS_AVX2_PATH 1

/// The AVX2 kernel: one block of 16 classes at a time, its sums held in two registers while every feature is added
/// (two features a step, their weights widened to 16 bits and interleaved for one multiply-add each). The
/// registers hold classes 0-3 and 8-11, and 4-7 and 12-15 (AVX2 interleaves within 128-bit halves); they are put
/// back in order when stored. Row addresses and factor pairs are worked out once for all blocks, a chunk of
/// features at a time.
__attribute__((target("avx2")))
static void accumulate_avx2(const int8_t *weights, long classes, const int32_t *indices, const int16_t *factors,
                            long count, int32_t *sums) {
    enum { chunk = 128 };
    const int8_t *rows[chunk];
    int32_t pairs[chunk / 2];
    long blocks = (classes + HELPDESK_SCORE_BLOCK - 1) / HELPDESK_SCORE_BLOCK;
    for (long first = 0; first < count; first += chunk) {
        long n = count - first < chunk ? count - first : chunk;
        for (long k = 0; k < n; k++) rows[k] = weights + (long)indices[first + k] * classes;
        long even = n & ~1L;
        for (long k = 0; k < even; k += 2) {
            pairs[k / 2] = (int32_t)(((uint32_t)(uint16_t)factors[first + k + 1] << 16) | (uint16_t)factors[first + k]);
        }
        for (long block = 0; block < blocks; block++) {
            long o = block * HELPDESK_SCORE_BLOCK;
            __m256i low = _mm256_setzero_si256(), high = _mm256_setzero_si256();
            for (long k = 0; k < even; k += 2) {
                __m256i a = _mm256_cvtepi8_epi16(_mm_loadu_si128((const __m128i *)(rows[k] + o)));
                __m256i b = _mm256_cvtepi8_epi16(_mm_loadu_si128((const __m128i *)(rows[k + 1] + o)));
                __m256i pair = _mm256_set1_epi32(pairs[k / 2]);
                low = _mm256_add_epi32(low, _mm256_madd_epi16(_mm256_unpacklo_epi16(a, b), pair));
                high = _mm256_add_epi32(high, _mm256_madd_epi16(_mm256_unpackhi_epi16(a, b), pair));
            }
            if (even < n) {  // an odd feature out, paired with a zero factor
                __m256i a = _mm256_cvtepi8_epi16(_mm_loadu_si128((const __m128i *)(rows[even] + o)));
                __m256i pair = _mm256_set1_epi32((int32_t)(uint16_t)factors[first + even]);
                low = _mm256_add_epi32(low, _mm256_madd_epi16(_mm256_unpacklo_epi16(a, a), pair));
                high = _mm256_add_epi32(high, _mm256_madd_epi16(_mm256_unpackhi_epi16(a, a), pair));
            }
            __m256i *s = (__m256i *)(sums + o);
            _mm256_storeu_si256(s, _mm256_add_epi32(_mm256_loadu_si256(s), _mm256_permute2x128_si256(low, high, 0x20)));
            _mm256_storeu_si256(s + 1, _mm256_add_epi32(_mm256_loadu_si256(s + 1), _mm256_permute2x128_si256(low, high, 0x31)));
        }
    }
}
#endif

void helpdesk_accumulate(const int8_t *weights, long classes, const int32_t *indices, const int16_t *factors,
                         long count, int32_t *sums) {
#ifdef HELPDESK_HAS_AVX2_PATH
    if (__builtin_cpu_supports("avx2")) {  // reads the CPU features the runtime found at start-up
        accumulate_avx2(weights, classes, indices, factors, count, sums);
        return;
    }
#endif
    helpdesk_accumulate_without_avx2(weights, classes, indices, factors, count, sums);
}

void helpdesk_accumulate_without_avx2(const int8_t *weights, long classes, const int32_t *indices, const int16_t *factors,
                                      long count, int32_t *sums) {
    long blocks = (classes + HELPDESK_SCORE_BLOCK - 1) / HELPDESK_SCORE_BLOCK;
    long k = 0;
    // Four features a pass over the sums, as two pairs.
    for (; k + 4 <= count; k += 4) {
        const int8_t *r0 = weights + (long)indices[k] * classes, *r1 = weights + (long)indices[k + 1] * classes;
        const int8_t *r2 = weights + (long)indices[k + 2] * classes, *r3 = weights + (long)indices[k + 3] * classes;
        __m128i a = pair_of(factors[k], factors[k + 1]), b = pair_of(factors[k + 2], factors[k + 3]);
        for (long block = 0; block < blocks; block++) {
            long o = block * HELPDESK_SCORE_BLOCK;
            __m128i *s = (__m128i *)(sums + o);
            __m128i acc[4] = {_mm_loadu_si128(s), _mm_loadu_si128(s + 1), _mm_loadu_si128(s + 2), _mm_loadu_si128(s + 3)};
            add_pair(_mm_loadu_si128((const __m128i *)(r0 + o)), _mm_loadu_si128((const __m128i *)(r1 + o)), a, acc);
            add_pair(_mm_loadu_si128((const __m128i *)(r2 + o)), _mm_loadu_si128((const __m128i *)(r3 + o)), b, acc);
            for (int i = 0; i < 4; i++) _mm_storeu_si128(s + i, acc[i]);
        }
    }
    // The rest one at a time, paired with a zero factor.
    for (; k < count; k++) {
        const int8_t *r = weights + (long)indices[k] * classes;
        __m128i a = pair_of(factors[k], 0);
        for (long block = 0; block < blocks; block++) {
            long o = block * HELPDESK_SCORE_BLOCK;
            __m128i *s = (__m128i *)(sums + o);
            __m128i acc[4] = {_mm_loadu_si128(s), _mm_loadu_si128(s + 1), _mm_loadu_si128(s + 2), _mm_loadu_si128(s + 3)};
            __m128i x = _mm_loadu_si128((const __m128i *)(r + o));
            add_pair(x, x, a, acc);
            for (int i = 0; i < 4; i++) _mm_storeu_si128(s + i, acc[i]);
        }
    }
}

#else

void helpdesk_accumulate(const int8_t *weights, long classes, const int32_t *indices, const int16_t *factors,
                         long count, int32_t *sums) {
    helpdesk_accumulate_without_avx2(weights, classes, indices, factors, count, sums);
}

void helpdesk_accumulate_without_avx2(const int8_t *weights, long classes, const int32_t *indices, const int16_t *factors,
                                      long count, int32_t *sums) {
    for (long k = 0; k < count; k++) {
        const int8_t *r = weights + (long)indices[k] * classes;
        int32_t f = factors[k];
        for (long c = 0; c < classes; c++) sums[c] += f * r[c];
    }
}

#endif
