#ifndef GRAIL_SYNC_H
#define GRAIL_SYNC_H
/* Word and double-word atomic access for memory shared between Python
   threads (docs/ARCHITECTURE.md, "Free threading").

   A Grail `Value` is 16 bytes (an 8-byte payload and a tag byte). Slots of
   lists, dicts, sets, cells and `__slots__` that other threads may read
   without a lock are read and written with one 16-byte access, so a reader
   never sees the tag of one value with the payload of another. On x86-64
   processors with AVX, aligned 16-byte SSE loads and stores are single-copy
   atomic (Intel SDM vol. 3A 8.1.1; AMD APM vol. 2 7.3.2); on AArch64 with
   LSE2 an aligned LDP/STP is. Under ThreadSanitizer (GRAIL_TSAN) the
   compiler's 128-bit atomics are used instead, so the sanitizer sees them. */
#include <stdint.h>
#if defined(__x86_64__) && !defined(GRAIL_TSAN)
#include <immintrin.h>
#endif

typedef struct { uint64_t lo, hi; } grail_raw16;

static inline __attribute__((always_inline)) grail_raw16 grail_load16(const void *p) {
    grail_raw16 r;
#if defined(GRAIL_TSAN)
    unsigned __int128 v = __atomic_load_n((const unsigned __int128 *)p, __ATOMIC_ACQUIRE);
    r.lo = (uint64_t)v; r.hi = (uint64_t)(v >> 64);
#elif defined(__x86_64__)
    __m128i v = _mm_loadu_si128((const __m128i *)p);
    r.lo = (uint64_t)_mm_cvtsi128_si64(v);
    r.hi = (uint64_t)_mm_extract_epi64(v, 1);
#else
    __asm__ volatile("" ::: "memory");
    __uint128_t v = *(const volatile __uint128_t *)p;
    r.lo = (uint64_t)v; r.hi = (uint64_t)(v >> 64);
#endif
    return r;
}

static inline __attribute__((always_inline)) void grail_store16(void *p, grail_raw16 r) {
#if defined(GRAIL_TSAN)
    unsigned __int128 v = ((unsigned __int128)r.hi << 64) | r.lo;
    __atomic_store_n((unsigned __int128 *)p, v, __ATOMIC_RELEASE);
#elif defined(__x86_64__)
    __asm__ volatile("" ::: "memory");
    _mm_storeu_si128((__m128i *)p, _mm_set_epi64x((long long)r.hi, (long long)r.lo));
#else
    __asm__ volatile("" ::: "memory");
    *(volatile __uint128_t *)p = ((__uint128_t)r.hi << 64) | r.lo;
#endif
}

/* Pointer-sized and 32-bit loads/stores with acquire/release ordering (plain
   moves on x86-64). Used for table pointers, counts and dict index entries. */
static inline __attribute__((always_inline)) uint64_t grail_load64(const void *p) {
    return __atomic_load_n((const uint64_t *)p, __ATOMIC_ACQUIRE);
}
static inline __attribute__((always_inline)) void grail_store64(void *p, uint64_t v) {
    __atomic_store_n((uint64_t *)p, v, __ATOMIC_RELEASE);
}
static inline __attribute__((always_inline)) int32_t grail_load32(const void *p) {
    return __atomic_load_n((const int32_t *)p, __ATOMIC_ACQUIRE);
}
static inline __attribute__((always_inline)) void grail_store32(void *p, int32_t v) {
    __atomic_store_n((int32_t *)p, v, __ATOMIC_RELEASE);
}
#endif
