#define _GNU_SOURCE 1
/* Design D: Boehm GC as the process allocator. The malloc interposition below is
   a copy of Sources/CGrailGC/grailgc.c (the runtime's); differences are marked
   "bench:" (performance counters for the report, a heap-size hook). */
#define GC_THREADS 1
#include <gc/gc.h>
#include <string.h>
#include <errno.h>
#include <stdint.h>
#include <pthread.h>
#include <link.h>
#include "dgc.h"

/* Allocations made while the collector initializes itself (it calls
   pthread and stdio functions that allocate) come from a static arena. */
static int gc_state = 0; /* 0 not started, 1 initializing, 2 ready */
static char arena[1 << 20] __attribute__((aligned(64)));
static size_t arena_used = 0;

static void *arena_alloc(size_t n, size_t al) {
    if (al < 16) al = 16;
    size_t off = (arena_used + 16 + al - 1) & ~(al - 1);
    if (off + n > sizeof arena) return NULL;
    arena_used = off + n;
    *(size_t *)(arena + off - 16) = n;
    return arena + off;
}
static inline int in_arena(const void *p) { return (const char *)p >= arena && (const char *)p < arena + sizeof arena; }

/* Memory that glibc and the dynamic linker allocate (thread control blocks,
   dynamic TLS blocks, DTVs) is referenced from places the collector does not
   scan (a thread's TLS area above its stack), so their allocations are
   uncollectable; everything else (Swift objects, arrays, strings) is
   collectable. Callers are told apart by return address. */
#define MAX_SYS_RANGES 8
static uintptr_t sys_lo[MAX_SYS_RANGES], sys_hi[MAX_SYS_RANGES];
static int n_sys_ranges = 0;

static int record_sys_lib(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size; (void)data;
    const char *name = info->dlpi_name;
    if (!name || !*name) return 0;
    if (!(strstr(name, "/libc.so") || strstr(name, "/ld-linux") || strstr(name, "/libpthread") || strstr(name, "/libdl"))) return 0;
    uintptr_t lo = UINTPTR_MAX, hi = 0;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_LOAD) continue;
        uintptr_t a = info->dlpi_addr + ph->p_vaddr;
        if (a < lo) lo = a;
        if (a + ph->p_memsz > hi) hi = a + ph->p_memsz;
    }
    if (n_sys_ranges < MAX_SYS_RANGES && hi > lo) { sys_lo[n_sys_ranges] = lo; sys_hi[n_sys_ranges] = hi; n_sys_ranges++; }
    return 0;
}

static inline int from_system(const void *ra) {
    uintptr_t a = (uintptr_t)ra;
    for (int i = 0; i < n_sys_ranges; i++) if (a >= sys_lo[i] && a < sys_hi[i]) return 1;
    return 0;
}

static inline int gc_ready(void) {
    if (__builtin_expect(gc_state == 2, 1)) return 1;
    if (gc_state == 1) return 0;
    gc_state = 1;
    GC_start_performance_measurement(); /* bench: enables GC_get_full_gc_total_time */
    // (interior pointers are recognised by default)
    GC_init();
    GC_allow_register_threads();
    GC_expand_hp((size_t)64 << 20);
    dl_iterate_phdr(record_sys_lib, NULL);
    gc_state = 2;
    return 1;
}

void dgc_init(void) { gc_ready(); }

void *malloc(size_t n) {
    if (!gc_ready()) return arena_alloc(n, 16);
    if (from_system(__builtin_return_address(0))) return GC_MALLOC_UNCOLLECTABLE(n);
    return GC_MALLOC(n);
}
void *calloc(size_t a, size_t b) {
    size_t n;
    if (__builtin_mul_overflow(a, b, &n)) { errno = ENOMEM; return NULL; }
    if (!gc_ready()) { void *p = arena_alloc(n, 16); if (p) memset(p, 0, n); return p; }
    if (from_system(__builtin_return_address(0))) return GC_MALLOC_UNCOLLECTABLE(n);
    return GC_MALLOC(n); /* GC memory is zeroed */
}
void *realloc(void *p, size_t n) {
    if (p && in_arena(p)) {
        size_t old = *(size_t *)((char *)p - 16);
        void *q = malloc(n);
        if (q) memcpy(q, p, old < n ? old : n);
        return q;
    }
    if (!gc_ready()) return arena_alloc(n, 16);
    if (!p && from_system(__builtin_return_address(0))) return GC_MALLOC_UNCOLLECTABLE(n);
    return GC_REALLOC(p, n);
}
void free(void *p) {
    if (p && !in_arena(p)) GC_FREE(p);
}
static inline void *aligned_from(const void *ra, size_t al, size_t n) {
    if (!gc_ready()) return arena_alloc(n, al);
    if (from_system(ra)) {
        /* Large objects start on 4 KiB block boundaries, so this is aligned for al <= 4096. */
        if (al <= 16) return GC_MALLOC_UNCOLLECTABLE(n);
        return GC_MALLOC_UNCOLLECTABLE(n < 4096 ? 4096 : n);
    }
    return GC_memalign(al, n);
}
void *memalign(size_t al, size_t n) { return aligned_from(__builtin_return_address(0), al, n); }
void *aligned_alloc(size_t al, size_t n) { return aligned_from(__builtin_return_address(0), al, n); }
void *valloc(size_t n) { return aligned_from(__builtin_return_address(0), 4096, n); }
void *pvalloc(size_t n) { return aligned_from(__builtin_return_address(0), 4096, (n + 4095) & ~(size_t)4095); }
int posix_memalign(void **out, size_t al, size_t n) {
    void *p = aligned_from(__builtin_return_address(0), al, n);
    if (!p) return ENOMEM;
    *out = p;
    return 0;
}
size_t malloc_usable_size(void *p) {
    if (!p) return 0;
    if (in_arena(p)) return *(size_t *)((char *)p - 16);
    return GC_size(p);
}

void dgc_collect(void) { GC_gcollect(); }
void dgc_expand_heap_to(size_t bytes) {
    gc_ready();
    size_t have = GC_get_heap_size();
    if (bytes > have) GC_expand_hp(bytes - have);
}
size_t dgc_heap_size(void) { return GC_get_heap_size(); }
size_t dgc_collections(void) { return (size_t)GC_get_gc_no(); }
unsigned long dgc_gc_total_ms(void) { return GC_get_full_gc_total_time(); }
int dgc_markers(void) { return GC_get_parallel() + 1; }
int dgc_all_interior_pointers(void) { return GC_get_all_interior_pointers(); }
int dgc_thread_is_registered(void) { return GC_thread_is_registered(); }

struct dgc_start { dgc_thread_fn fn; void *arg; };

/* Same as grail_thread_start: runs a thread body registered with the collector. */
static void *dgc_thread_start(void *p) {
    struct dgc_start st = *(struct dgc_start *)p;
    /* Debian's libgc wraps pthread_create (gc.h redirects it to GC_pthread_create
       under GC_THREADS) and registers the thread itself; register here only when
       it did not. */
    int mine = !GC_thread_is_registered();
    if (mine) {
        struct GC_stack_base sb;
        GC_get_stack_base(&sb);
        GC_register_my_thread(&sb);
    }
    void *r = st.fn(st.arg);
    if (mine) GC_unregister_my_thread();
    return r;
}

int dgc_thread_create(dgc_thread_fn fn, void *arg, size_t stack_size, uint64_t *out) {
    gc_ready();
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    if (stack_size) pthread_attr_setstacksize(&attr, stack_size);
    struct dgc_start *st = GC_MALLOC_UNCOLLECTABLE(sizeof *st);
    st->fn = fn;
    st->arg = arg;
    pthread_t th;
    int r = pthread_create(&th, &attr, dgc_thread_start, st);
    pthread_attr_destroy(&attr);
    if (r == 0) *out = (uint64_t)th; else GC_FREE(st);
    return r;
}
int dgc_thread_join(uint64_t th) { return pthread_join((pthread_t)th, NULL); }
