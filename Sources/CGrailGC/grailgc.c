#define _GNU_SOURCE 1
/* Boehm GC binding and malloc interposition for Grail; see include/grailgc.h. */
#ifndef GRAIL_TSAN
#define GC_THREADS 1
#include <gc/gc.h>
#include <gc/gc_mark.h>
#include <gc/gc_inline.h>
#endif
#include <string.h>
#include <errno.h>
#include <stdint.h>
#include <pthread.h>
#include <link.h>
#include <signal.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <stdlib.h>
#include "grailgc.h"

#ifndef GRAIL_TSAN
/* Allocations made while the collector initializes itself (it calls
   pthread and stdio functions that allocate) come from a static arena. */
static int gc_state = 0; /* 0 not started, 1 initializing, 2 ready */
static void push_tagged_roots(void);
static GC_push_other_roots_proc prev_push_other_roots;
static int no_free = 0; /* GRAIL_NO_FREE=1: free() leaves memory to the collector (debugging) */
static int free_cache_off = 0; /* GRAIL_NO_FREE_CACHE=1: no per-thread cache of freed blocks */
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

/* The kind of every collectable block Grail allocates through malloc. Swift
   keeps flag bits in the top byte of some references stored in memory (a
   long String's storage pointer, class payloads in multi-payload enums), so
   the collector's own conservative scan misses them (a Swift array of long
   Strings would not keep their storage). This kind's mark procedure first
   marks what the words with a nonzero top byte point to once that byte is
   masked, then pushes the whole block as an ordinary conservative range, so
   untagged words still go through the collector's fast inline scan.
   The mark-stack entry layout ({start, descriptor}) is libgc's `mse`
   (gc_pmark.h, unchanged since 7.x); when the stack is nearly full the
   procedure marks every word through GC_mark_and_push instead, which handles
   overflow. Runs in the collector's marker threads, concurrently. */
static unsigned grail_kind;
struct grail_mse { void *start; GC_word descr; };
/* Marks what the words in [q, end) point to with the top byte masked; only
   the words that have a top byte when tagged_only. */
static inline struct GC_ms_entry *mark_masked(GC_word *q, GC_word *end, int tagged_only,
                                              struct GC_ms_entry *msp, struct GC_ms_entry *lim) {
    uintptr_t least = (uintptr_t)GC_least_plausible_heap_addr, greatest = (uintptr_t)GC_greatest_plausible_heap_addr;
    for (; q < end; q++) {
        uintptr_t w = (uintptr_t)*q;
        if (tagged_only && __builtin_expect((w >> 56) == 0, 1)) continue;
        uintptr_t m = w & 0x00FFFFFFFFFFFFFFull;
        if (m >= least && m <= greatest) msp = GC_mark_and_push((void *)m, msp, lim, (void **)q);
    }
    return msp;
}
static struct GC_ms_entry *grail_mark(GC_word *addr, struct GC_ms_entry *msp, struct GC_ms_entry *lim, GC_word env) {
    (void)env;
    size_t sz = GC_size(addr) & ~(size_t)7;
    GC_word *end = (GC_word *)((char *)addr + sz);
    msp = mark_masked(addr, end, 1, msp, lim);
    struct grail_mse *top = (struct grail_mse *)msp;
    if (sz != 0 && (uintptr_t)(top + 2) < (uintptr_t)lim) {
        top++;
        top->start = addr;
        top->descr = (GC_word)sz | GC_DS_LENGTH;
        return (struct GC_ms_entry *)top;
    }
    return mark_masked(addr, end, 0, msp, lim);
}

static inline int gc_ready(void) {
    if (__builtin_expect(gc_state == 2, 1)) return 1;
    if (gc_state == 1) return 0;
    gc_state = 1;
    // (interior pointers are recognised by default)
    GC_init();
    GC_allow_register_threads();
    /* libgc's warnings ("Repeated allocation of very large block") are not
       for Python users; GRAIL_GC_WARN=1 shows them. */
    const char *warn = getenv("GRAIL_GC_WARN");
    if (!(warn && *warn == '1')) GC_set_warn_proc(GC_ignore_warn_proc);
    /* GRAIL_GC_STRESS=1 (testing): a small heap collected very often, to expose
       references the collector cannot see. */
    const char *stress = getenv("GRAIL_GC_STRESS");
    if (stress && *stress == '1') GC_set_free_space_divisor(64);
    const char *nf = getenv("GRAIL_NO_FREE");
    if (nf && *nf == '1') no_free = 1;
    const char *nfc = getenv("GRAIL_NO_FREE_CACHE");
    if (nfc && *nfc == '1') free_cache_off = 1;
    else {
        const char *hm = getenv("GRAIL_INITIAL_HEAP_MB");
        long mb = hm ? atol(hm) : 64;
        if (mb > 0) GC_expand_hp((size_t)mb << 20);
    }
    grail_kind = GC_new_kind(GC_new_free_list(), GC_MAKE_PROC(GC_new_proc(grail_mark), 0), 0, 1);
    dl_iterate_phdr(record_sys_lib, NULL);
    prev_push_other_roots = GC_get_push_other_roots();
    GC_set_push_other_roots(push_tagged_roots);
    gc_state = 2;
    return 1;
}

void grail_gc_init(void) { gc_ready(); }

/* Per-thread allocation. Each thread keeps, in one uncollectable (scanned)
   block of its own:
   - fresh lists: for each size of up to GC_TINY_FREELISTS-1 granules (16
     bytes), a list of cleared blocks of grail_kind linked through their
     first word, refilled GC_generic_malloc_many at a time, so a small malloc
     takes no lock (the kind's own thread-local lists are not available to
     client kinds in this libgc);
   - a cache of explicitly freed blocks: Swift frees its temporary buffers
     with free(), and GC_free takes the collector's global lock; a freed block
     of a cached size goes, cleared, to a per-thread stack instead, and the
     next malloc of that size on the thread takes it back.
   Everything on these lists is reachable from the block, so the collector
   neither reclaims nor reuses it. A thread hands its cache back when it ends
   (the fresh lists become garbage). GRAIL_NO_FREE_CACHE=1 turns the freed-
   block cache off. Thread-safety: each block is used by its own thread only;
   a collection that stops the thread mid-update sees both list ends in
   registers or on its stack. */
#define FC_CLASSES GC_TINY_FREELISTS
#define FC_DEPTH 64
struct free_cache {
    void *fresh[GC_TINY_FREELISTS];
    unsigned n[FC_CLASSES];
    void *items[FC_CLASSES][FC_DEPTH];
};
static __thread struct free_cache *tl_cache = 0;

static inline struct free_cache *my_cache(void) {
    struct free_cache *c = tl_cache;
    if (__builtin_expect(c != 0, 1)) return c;
    c = GC_MALLOC_UNCOLLECTABLE(sizeof *c);
    tl_cache = c;
    return c;
}
/* Granules for a request of n bytes (the collector's convention adds one
   byte, so a pointer just past the end still counts as pointing into it). */
static inline size_t granules_for(size_t n) { return (n + 1 + 15) >> 4; }

/* A cleared block of at least n bytes of grail_kind. */
static inline void *grail_alloc(size_t n) {
    size_t g = granules_for(n);
    struct free_cache *c = my_cache();
    if (__builtin_expect(g >= GC_TINY_FREELISTS || c == 0, 0)) return GC_generic_malloc(n, (int)grail_kind);
    if (!free_cache_off && c->n[g]) return c->items[g][--c->n[g]];
    void **fl = &c->fresh[g];
    void *p = *fl;
    if (__builtin_expect(p == 0, 0)) {
        GC_generic_malloc_many(g * 16, (int)grail_kind, fl);
        p = *fl;
        if (p == 0) return GC_generic_malloc(n, (int)grail_kind);
    }
    *fl = *(void **)p;
    *(void **)p = 0;
    return p;
}
/* Takes a freed block into the thread's cache; 0 when it does not fit. */
static inline int fc_put(void *p) {
    if (free_cache_off) return 0;
    struct free_cache *c = my_cache();
    if (!c) return 0;
    size_t sz = 0;
    if (GC_get_kind_and_size(p, &sz) != (int)grail_kind) return 0;
    size_t g = sz >> 4;
    if (g == 0 || g >= FC_CLASSES || (g << 4) != sz || c->n[g] >= FC_DEPTH) return 0;
    memset(p, 0, sz);
    c->items[g][c->n[g]++] = p;
    return 1;
}
/* Returns the calling thread's cached blocks to the collector (thread exit). */
static void fc_release(void) {
    struct free_cache *c = tl_cache;
    if (!c) return;
    tl_cache = 0;
    for (unsigned k = 0; k < FC_CLASSES; k++) for (unsigned i = 0; i < c->n[k]; i++) GC_FREE(c->items[k][i]);
    GC_FREE(c);
}

void *malloc(size_t n) {
    if (!gc_ready()) return arena_alloc(n, 16);
    if (from_system(__builtin_return_address(0))) return GC_MALLOC_UNCOLLECTABLE(n);
    return grail_alloc(n);
}
void *calloc(size_t a, size_t b) {
    size_t n;
    if (__builtin_mul_overflow(a, b, &n)) { errno = ENOMEM; return NULL; }
    if (!gc_ready()) { void *p = arena_alloc(n, 16); if (p) memset(p, 0, n); return p; }
    if (from_system(__builtin_return_address(0))) return GC_MALLOC_UNCOLLECTABLE(n);
    return grail_alloc(n); /* blocks come cleared */
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
    if (!p || in_arena(p) || no_free) return;
    if (fc_put(p)) return;
    GC_FREE(p);
}
static inline void *aligned_from(const void *ra, size_t al, size_t n) {
    if (!gc_ready()) return arena_alloc(n, al);
    if (from_system(ra)) {
        /* Large objects start on 4 KiB block boundaries, so this is aligned for al <= 4096. */
        if (al <= 16) return GC_MALLOC_UNCOLLECTABLE(n);
        return GC_MALLOC_UNCOLLECTABLE(n < 4096 ? 4096 : n);
    }
    if (al <= 16) return grail_alloc(n);
    /* Large blocks start on 4 KiB block boundaries. */
    if (al <= 4096) return GC_generic_malloc(n < 4096 ? 4096 : n, (int)grail_kind);
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

void grail_gc_collect(void) { GC_gcollect(); }
size_t grail_gc_heap_size(void) { return GC_get_heap_size(); }
size_t grail_gc_free_bytes(void) { return GC_get_free_bytes(); }
size_t grail_gc_collections(void) { return (size_t)GC_get_gc_no(); }
void grail_gc_disable(void) { GC_disable(); }
void grail_gc_enable(void) { GC_enable(); }
int grail_gc_is_disabled(void) { return GC_is_disabled(); }
void *grail_gc_alloc(size_t n) { gc_ready(); return grail_alloc(n); }
void *grail_gc_alloc_atomic(size_t n) { gc_ready(); void *p = GC_MALLOC_ATOMIC(n); if (p) memset(p, 0, n); return p; }

int grail_gc_register_thread(void) {
    if (GC_thread_is_registered()) return 0;
    struct GC_stack_base sb;
    if (GC_get_stack_base(&sb) != GC_SUCCESS) return -1;
    int r = GC_register_my_thread(&sb);
    return (r == GC_SUCCESS || r == GC_DUPLICATE) ? 0 : -1;
}
int grail_gc_unregister_thread(void) { return GC_unregister_my_thread(); }


/* Tagged references. Swift keeps flag bits in the top byte of some
   references (a large String's storage pointer, class payloads of some
   multi-payload enums); the collector's conservative scan does not take them
   for pointers, so storage referenced only that way from a stack could be
   reclaimed while in use (a String built, then an allocation, then the
   String used). At every collection this pass scans the stacks of Grail's
   threads again, masking the top byte of words that have one, and marks what
   the masked values point to. The collecting thread is scanned from its
   current frame; other threads (stopped) over the resident pages of their
   stacks (mincore), which covers their live part. Heap objects holding
   tagged references are still invisible: PyStr and the other long-lived
   holders keep untagged anchors (docs/ARCHITECTURE.md, "Hidden pointers"). */
#include <sys/mman.h>
#define MAX_STACKS 4096
static uintptr_t stack_lo[MAX_STACKS], stack_hi[MAX_STACKS];
static __thread int my_stack_slot = -1;
static __thread uintptr_t my_stack_hi = 0;

static void scan_tagged(uintptr_t lo, uintptr_t hi) {
    uintptr_t buf[128];
    int n = 0;
    uintptr_t least = (uintptr_t)GC_least_plausible_heap_addr, greatest = (uintptr_t)GC_greatest_plausible_heap_addr;
    for (uintptr_t p = (lo + 7) & ~(uintptr_t)7; p + 8 <= hi; p += 8) {
        uintptr_t w = *(volatile uintptr_t *)p;
        if (!(w >> 56)) continue;
        uintptr_t m = w & 0x00FFFFFFFFFFFFFFull;
        if (m < least || m > greatest) continue;
        buf[n++] = m;
        if (n == 128) { GC_push_all_eager(buf, buf + n); n = 0; }
    }
    if (n) GC_push_all_eager(buf, buf + n);
}

static void scan_resident(uintptr_t lo, uintptr_t hi) {
    const uintptr_t page = 4096;
    lo &= ~(page - 1);
    unsigned char vec[256];
    for (uintptr_t chunk = lo; chunk < hi; chunk += 256 * page) {
        uintptr_t end = chunk + 256 * page < hi ? chunk + 256 * page : hi;
        size_t len = end - chunk;
        if (mincore((void *)chunk, len, vec) != 0) continue;
        size_t pages = (len + page - 1) / page;
        for (size_t i = 0; i < pages; i++) {
            if (!(vec[i] & 1)) continue;
            uintptr_t a = chunk + i * page, b = a + page < end ? a + page : end;
            scan_tagged(a, b);
        }
    }
}

static void __attribute__((noinline)) push_tagged_roots(void) {
    if (prev_push_other_roots) prev_push_other_roots();
    __builtin_unwind_init(); /* callee-saved registers onto this frame */
    volatile uintptr_t here = 0;
    uintptr_t sp = (uintptr_t)&here;
    if (my_stack_hi) scan_tagged(sp, my_stack_hi);
    for (int i = 0; i < MAX_STACKS; i++) {
        uintptr_t lo = __atomic_load_n(&stack_lo[i], __ATOMIC_ACQUIRE), hi = __atomic_load_n(&stack_hi[i], __ATOMIC_ACQUIRE);
        if (!lo || !hi || i == my_stack_slot) continue;
        scan_resident(lo, hi);
    }
}

/* Records the calling thread's stack (threads Grail starts). */
static void track_my_stack(void) {
    pthread_attr_t attr;
    void *addr = 0;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return;
    pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
    my_stack_hi = (uintptr_t)addr + size;
    for (int i = 0; i < MAX_STACKS; i++) {
        uintptr_t expect = 0;
        if (__atomic_compare_exchange_n(&stack_hi[i], &expect, my_stack_hi, 0, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
            __atomic_store_n(&stack_lo[i], (uintptr_t)addr, __ATOMIC_RELEASE);
            my_stack_slot = i;
            return;
        }
    }
}
static void untrack_my_stack(void) {
    if (my_stack_slot < 0) return;
    __atomic_store_n(&stack_lo[my_stack_slot], 0, __ATOMIC_RELEASE);
    __atomic_store_n(&stack_hi[my_stack_slot], 0, __ATOMIC_RELEASE);
    my_stack_slot = -1;
}

struct grail_start { grail_thread_fn fn; void *arg; };

/* Runs a thread body registered with the collector (the thread's stack is
   scanned from its base), unregistering it when the body returns. */
static void *grail_thread_start(void *p) {
    struct grail_start st = *(struct grail_start *)p;
    // (the 16-byte start block is left to the process: freeing it here crashed in some start paths)
    /* Debian's libgc wraps pthread_create and registers the thread itself;
       register here only when it did not. */
    int mine = !GC_thread_is_registered();
    if (mine) {
        struct GC_stack_base sb;
        GC_get_stack_base(&sb);
        GC_register_my_thread(&sb);
    }
    track_my_stack();
    void *r = st.fn(st.arg);
    untrack_my_stack();
    fc_release();
    if (mine) GC_unregister_my_thread();
    return r;
}

int grail_thread_create(grail_thread_fn fn, void *arg, size_t stack_size, uint64_t *out) {
    gc_ready();
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    if (stack_size) pthread_attr_setstacksize(&attr, stack_size);
    struct grail_start *st = GC_MALLOC_UNCOLLECTABLE(sizeof *st);
    st->fn = fn;
    st->arg = arg;
    pthread_t th;
    int r = pthread_create(&th, &attr, grail_thread_start, st);
    pthread_attr_destroy(&attr);
    if (r == 0) *out = (uint64_t)th; else GC_FREE(st);
    return r;
}
int grail_thread_join(uint64_t th) { return pthread_join((pthread_t)th, NULL); }
int grail_thread_detach(uint64_t th) { return pthread_detach((pthread_t)th); }

void grail_gc_register_finalizer(void *obj, grail_finalizer_fn fn, void *data) {
    GC_register_finalizer_no_order(obj, (GC_finalization_proc)fn, data, NULL, NULL);
}
#else
/* ThreadSanitizer build (swift build -Xswiftc -sanitize=thread -Xcc -DGRAIL_TSAN):
   the sanitizer owns malloc, so there is no collector: memory is never
   reclaimed (Python objects are ARC-immortal), which is fine for the
   bounded threading tests run this way. */
void grail_gc_init(void) {}
void grail_gc_collect(void) {}
size_t grail_gc_heap_size(void) { return 0; }
size_t grail_gc_free_bytes(void) { return 0; }
size_t grail_gc_collections(void) { return 0; }
static int tsan_gc_disabled = 0;
void grail_gc_disable(void) { tsan_gc_disabled = 1; }
void grail_gc_enable(void) { tsan_gc_disabled = 0; }
int grail_gc_is_disabled(void) { return tsan_gc_disabled; }
void *grail_gc_alloc(size_t n) { return calloc(1, n); }
void *grail_gc_alloc_atomic(size_t n) { return calloc(1, n); }
int grail_gc_register_thread(void) { return 0; }
int grail_gc_unregister_thread(void) { return 0; }
struct grail_start { grail_thread_fn fn; void *arg; };
static void *grail_thread_start(void *p) {
    struct grail_start st = *(struct grail_start *)p;
    free(p);
    return st.fn(st.arg);
}
int grail_thread_create(grail_thread_fn fn, void *arg, size_t stack_size, uint64_t *out) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    if (stack_size) pthread_attr_setstacksize(&attr, stack_size);
    struct grail_start *st = malloc(sizeof *st);
    st->fn = fn;
    st->arg = arg;
    pthread_t th;
    int r = pthread_create(&th, &attr, grail_thread_start, st);
    pthread_attr_destroy(&attr);
    if (r == 0) *out = (uint64_t)th; else free(st);
    return r;
}
int grail_thread_join(uint64_t th) { return pthread_join((pthread_t)th, NULL); }
int grail_thread_detach(uint64_t th) { return pthread_detach((pthread_t)th); }
void grail_gc_register_finalizer(void *obj, grail_finalizer_fn fn, void *data) { (void)obj; (void)fn; (void)data; }
#endif

__thread void *grail_tstate = 0;

uintptr_t grail_stack_low(void) {
    pthread_attr_t attr;
    void *addr = 0;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return 0;
    pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
    return (uintptr_t)addr;
}

volatile int grail_sigint_pending = 0;
volatile int grail_gil_drop_request = 0;
long grail_gettid(void) { return (long)syscall(SYS_gettid); }
static pthread_t grail_main_python_thread;
static volatile int grail_have_main = 0;
/* Sets the flag and, when another thread caught the signal, forwards it to
   the thread running the main program so blocking calls there return EINTR. */
static void grail_on_sigint(int sig) {
    (void)sig;
    grail_sigint_pending = 1;
    if (grail_have_main && !pthread_equal(pthread_self(), grail_main_python_thread))
        pthread_kill(grail_main_python_thread, SIGINT);
}
void grail_install_sigint_handler(void) {
    grail_main_python_thread = pthread_self();
    grail_have_main = 1;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = grail_on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}
