#ifndef OBJBENCH_DGC_H
#define OBJBENCH_DGC_H
/* Design D support: the Boehm collector as the process allocator (malloc & co.
   are interposed in dgc.c exactly as Sources/CGrailGC/grailgc.c does in the
   runtime), Swift class instances made ARC-immortal, collector-registered threads.
   Only the objbench-d executable links this target. */
#include <stdint.h>
#include <stddef.h>

void dgc_init(void);
/* Set a Swift heap object's inline refcount to the runtime's immortal bits
   (same as grail_make_immortal in Sources/CGrailGC/include/grailgc.h). */
static inline void dgc_make_immortal(void *obj) {
    ((uint64_t *)obj)[1] = (2ull << 33) | 0xFFFFFFFFull | (1ull << 63);
}
static inline uint64_t dgc_refcount_word(const void *obj) { return ((const uint64_t *)obj)[1]; }
void dgc_collect(void);
void dgc_expand_heap_to(size_t bytes);
size_t dgc_heap_size(void);
size_t dgc_collections(void);
unsigned long dgc_gc_total_ms(void);
int dgc_markers(void);
int dgc_all_interior_pointers(void);

typedef void *(*dgc_thread_fn)(void *);
/* pthread_create through the collector (GC_pthread_create via gc.h's redirect),
   registering the thread in its start routine when the wrapper did not. */
int dgc_thread_create(dgc_thread_fn fn, void *arg, size_t stack_size, uint64_t *out);
int dgc_thread_join(uint64_t th);
/* 1 if the calling thread is registered with the collector. */
int dgc_thread_is_registered(void);
#endif
