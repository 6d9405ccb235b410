#ifndef GRAIL_GC_H
#define GRAIL_GC_H
#include <stddef.h>
#include <stdint.h>

/* The Boehm-Demers-Weiser collector as Grail's process allocator.
   malloc/calloc/realloc/free and the aligned variants are defined by this
   library, so every allocation (Swift objects, arrays, strings) lives in the
   collected heap and is scanned conservatively. Python objects are Swift
   class instances marked ARC-immortal (grail_make_immortal): ARC never frees
   them and their retain/release do not write memory; the collector reclaims
   them when unreachable. */

void grail_gc_init(void);
/* Set a Swift heap object's inline refcount to the runtime's immortal bits. */
static inline void grail_make_immortal(void *obj) {
    ((uint64_t *)obj)[1] = (2ull << 33) | 0xFFFFFFFFull | (1ull << 63);
}
/* The same for an object that may already be immortal or static (read-only
   static objects carry the slow-RC bit; they are left untouched). */
static inline void grail_make_immortal_if_needed(void *obj) {
    uint64_t bits = __atomic_load_n(&((uint64_t *)obj)[1], __ATOMIC_RELAXED);
    if (!(bits >> 63)) ((uint64_t *)obj)[1] = (2ull << 33) | 0xFFFFFFFFull | (1ull << 63);
}
void grail_gc_collect(void);
size_t grail_gc_heap_size(void);
size_t grail_gc_free_bytes(void);
size_t grail_gc_collections(void);
void grail_gc_disable(void);
void grail_gc_enable(void);
int grail_gc_is_disabled(void);
/* Registers the calling thread (created with pthread_create) with the collector. 0 on success. */
int grail_gc_register_thread(void);
int grail_gc_unregister_thread(void);
/* Allocation of memory holding pointers (scanned) or not (atomic). */
void *grail_gc_alloc(size_t n);
void *grail_gc_alloc_atomic(size_t n);
/* Thread creation with a given stack size, registering the new thread. */
typedef void *(*grail_thread_fn)(void *);
int grail_thread_create(grail_thread_fn fn, void *arg, size_t stack_size, uint64_t *out);
int grail_thread_join(uint64_t th);
int grail_thread_detach(uint64_t th);
/* Finalizer support: call fn(obj, data) once obj is unreachable. */
typedef void (*grail_finalizer_fn)(void *obj, void *data);
void grail_gc_register_finalizer(void *obj, grail_finalizer_fn fn, void *data);



/* The current thread's Grail ThreadState (opaque to C). */
extern __thread void *grail_tstate;
static inline void *grail_get_tstate(void) { return grail_tstate; }
static inline void grail_set_tstate(void *p) { grail_tstate = p; }
/* An address in the caller's stack frame (for stack-depth checks). */
static inline uintptr_t grail_stack_pointer(void) { return (uintptr_t)__builtin_frame_address(0); }
/* SIGINT: the handler sets the flag; the interpreter polls it (main thread)
   and raises KeyboardInterrupt. */
extern volatile int grail_sigint_pending;
void grail_install_sigint_handler(void);
static inline int grail_take_sigint(void) {
    if (__builtin_expect(__atomic_load_n(&grail_sigint_pending, __ATOMIC_RELAXED), 0)) {
        __atomic_store_n(&grail_sigint_pending, 0, __ATOMIC_RELAXED);
        return 1;
    }
    return 0;
}
/* Sets the SIGINT flag as if the signal had arrived (_thread.interrupt_main). */
static inline void grail_raise_sigint_flag(void) { __atomic_store_n(&grail_sigint_pending, 1, __ATOMIC_RELAXED); }
/* GIL mode: set by a thread waiting for the GIL longer than the switch
   interval; the holder drops the GIL at its next eval-breaker check. */
extern volatile int grail_gil_drop_request;
static inline void grail_set_gil_drop_request(int v) { __atomic_store_n(&grail_gil_drop_request, v, __ATOMIC_RELAXED); }
static inline int grail_gil_drop_requested(void) { return __atomic_load_n(&grail_gil_drop_request, __ATOMIC_RELAXED); }
/* The interpreter's periodic check (backward jumps and calls): non-zero when
   a signal or a GIL drop request needs attention. Two relaxed loads. */
static inline int grail_eval_breaker(void) {
    return __atomic_load_n(&grail_sigint_pending, __ATOMIC_RELAXED) | __atomic_load_n(&grail_gil_drop_request, __ATOMIC_RELAXED);
}
/* The kernel thread id (threading.get_native_id). */
long grail_gettid(void);
/* Lowest usable stack address of the calling thread (0 if unknown). */
uintptr_t grail_stack_low(void);
#endif
