#ifndef OBJBENCH_CSUPPORT_H
#define OBJBENCH_CSUPPORT_H
#include <stdint.h>
#include <stddef.h>

/* Atomics on raw memory (the Swift side keeps objects in raw memory, not in
   Swift-managed storage). Relaxed for refcounts, acquire/release for publication. */
static inline int64_t cs_atomic_add_i64(int64_t *p, int64_t v) {
    return __atomic_add_fetch(p, v, __ATOMIC_RELAXED);
}
static inline int64_t cs_atomic_sub_i64_rel(int64_t *p, int64_t v) {
    return __atomic_sub_fetch(p, v, __ATOMIC_RELEASE);
}
static inline int64_t cs_atomic_load_i64(const int64_t *p) {
    return __atomic_load_n(p, __ATOMIC_ACQUIRE);
}
static inline void cs_atomic_store_i64(int64_t *p, int64_t v) {
    __atomic_store_n(p, v, __ATOMIC_RELEASE);
}
static inline void *cs_atomic_load_ptr(void *const *p) {
    return __atomic_load_n(p, __ATOMIC_ACQUIRE);
}
static inline void cs_atomic_store_ptr(void **p, void *v) {
    __atomic_store_n(p, v, __ATOMIC_RELEASE);
}
static inline void cs_cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}
/* Keep a value alive / opaque to the optimizer. */
static inline void cs_blackhole(const void *p) { __asm__ __volatile__("" : : "r"(p) : "memory"); }
long cs_maxrss_kib(void);
double cs_now(void);
#endif
