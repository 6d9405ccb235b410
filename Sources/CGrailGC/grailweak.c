#define _GNU_SOURCE 1
/* Weak references over the Boehm collector's disappearing links; see
   include/grailweak.h for the design and the thread-safety rules. */
#ifndef GRAIL_TSAN
#define GC_THREADS 1
#include <gc/gc.h>
#endif
#include <string.h>
#include <stdlib.h>
#include <stdint.h>
#include <pthread.h>
#include "grailweak.h"

#ifndef GRAIL_TSAN
typedef GC_hidden_pointer hidden_t;
#define HIDE(p) GC_HIDE_POINTER(p)
#define REVEAL(h) GC_REVEAL_POINTER(h)
/* Runs fn(arg) holding the allocation lock: the collector cannot run (and
   so cannot clear a link or reclaim a referent) meanwhile. fn must not
   allocate or call any collector function that takes the lock. */
static void *with_lock(void *(*fn)(void *), void *arg) { return GC_call_with_alloc_lock(fn, arg); }
static void *alloc_block(size_t n) {
    void *p = GC_MALLOC_ATOMIC_UNCOLLECTABLE(n);
    if (p) memset(p, 0, n);
    return p;
}
static void free_block(void *p) { GC_FREE(p); }
/* Registers *link to be cleared when the block holding obj is reclaimed.
   Returns 0 when obj is not in the collected heap (static data: it is
   never reclaimed, so the link stays set). */
static int register_link(hidden_t *link, const void *obj) {
    void *base = GC_base((void *)obj);
    if (!base) return 0;
    return GC_general_register_disappearing_link((void **)link, base) == GC_SUCCESS;
}
static void unregister_link(hidden_t *link) { GC_unregister_disappearing_link((void **)link); }
/* Collections so far (an unsynchronized hint; rechecked under the lock). */
static uintptr_t collections_hint(void) { return (uintptr_t)GC_get_gc_no(); }
#else
/* ThreadSanitizer builds: no collector, nothing is ever reclaimed. */
typedef uintptr_t hidden_t;
#define HIDE(p) (~(uintptr_t)(p))
#define REVEAL(h) ((void *)~(uintptr_t)(h))
static pthread_mutex_t tsan_lock = PTHREAD_MUTEX_INITIALIZER;
static void *with_lock(void *(*fn)(void *), void *arg) {
    pthread_mutex_lock(&tsan_lock);
    void *r = fn(arg);
    pthread_mutex_unlock(&tsan_lock);
    return r;
}
static void *alloc_block(size_t n) { return calloc(1, n); }
static void free_block(void *p) { free(p); }
static int register_link(hidden_t *link, const void *obj) { (void)link; (void)obj; return 0; }
static void unregister_link(hidden_t *link) { (void)link; }
static uintptr_t collections_hint(void) { return 0; }
#endif

/* Internal flags (above the public GRAIL_WEAK_* bits). */
#define F_OBJ_LINK 0x100u   /* link is registered */
#define F_WR_LINK 0x200u    /* wr_link is registered */
#define F_REPORTED 0x400u   /* callback reported by grail_weak_collect */
#define F_LIMBO 0x800u      /* on the limbo list (referent dead) */
#define F_BASIC (GRAIL_WEAK_BASIC_REF | GRAIL_WEAK_BASIC_PROXY)

struct grail_weak_node {
    hidden_t link;      /* non-zero while the referent lives (cleared by the collector) */
    hidden_t wr_link;   /* non-zero while the weak reference object lives */
    hidden_t obj;       /* the referent's address, hidden (the table key) */
    hidden_t wr;        /* the weak reference object's address, hidden */
    struct grail_weak_node *next;
    unsigned flags;
};

/* The table: chains of nodes whose referent may be alive, by address; the
   limbo list: nodes whose referent died, waiting for their weak reference
   object to die. All fields are guarded by the allocation lock. */
static grail_weak_node **buckets = 0;
static size_t nbuckets = 0;       /* a power of two, or 0 before the first node */
static size_t ncount = 0;         /* nodes in the chains */
static size_t nlimbo = 0;
static grail_weak_node *limbo = 0;
static uintptr_t pruned_at = (uintptr_t)-1; /* collection count at the last full pass */
static int more_due = 0;          /* the last pass stopped reporting at its buffer's end */

static inline size_t slot_of(hidden_t key, size_t n) {
    uint64_t h = (uint64_t)REVEAL(key) >> 4;
    h *= 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 32) & (n - 1);
}

grail_weak_node *grail_weak_create(const void *obj, const void *wr, unsigned flags) {
    grail_weak_node *n = alloc_block(sizeof *n);
    if (!n) return 0;
    n->obj = HIDE(obj);
    n->wr = HIDE(wr);
    n->link = HIDE(obj);
    n->wr_link = HIDE(wr);
    n->flags = flags & (GRAIL_WEAK_CALLBACK | F_BASIC);
    if (register_link(&n->link, obj)) n->flags |= F_OBJ_LINK;
    if (register_link(&n->wr_link, wr)) n->flags |= F_WR_LINK;
    return n;
}

static void release_node(grail_weak_node *n) {
    if (n->flags & F_OBJ_LINK) unregister_link(&n->link);
    if (n->flags & F_WR_LINK) unregister_link(&n->wr_link);
    free_block(n);
}

void grail_weak_discard(grail_weak_node *n) {
    if (n) release_node(n);
}

/* --- reading a node ------------------------------------------------------ */

static void *get_locked(void *p) {
    grail_weak_node *n = p;
    return n->link ? REVEAL(n->obj) : 0;
}

void *grail_weak_get(grail_weak_node *n) {
    if (!n) return 0;
    return with_lock(get_locked, n);
}

/* --- the table ------------------------------------------------------------ */

struct grow_args { grail_weak_node **fresh; size_t size; };

/* Size the table should grow to before one more node, or 0. */
static void *want_size_locked(void *unused) {
    (void)unused;
    if (nbuckets == 0) return (void *)(uintptr_t)64;
    if (ncount + 1 > nbuckets * 2) return (void *)(uintptr_t)(nbuckets * 2);
    return 0;
}

/* Moves the chains into a fresh bucket array when it is still an
   improvement; returns the array the caller must free. */
static void *grow_locked(void *p) {
    struct grow_args *g = p;
    if (g->size <= nbuckets) return g->fresh;
    grail_weak_node **old = buckets;
    for (size_t i = 0; i < nbuckets; i++) {
        grail_weak_node *c = old[i];
        while (c) {
            grail_weak_node *next = c->next;
            size_t s = slot_of(c->obj, g->size);
            c->next = g->fresh[s];
            g->fresh[s] = c;
            c = next;
        }
    }
    buckets = g->fresh;
    nbuckets = g->size;
    return old;
}

/* Grows the table to `want` buckets (allocating outside the lock). */
static void grow_to(size_t want) {
    struct grow_args g = { alloc_block(want * sizeof(grail_weak_node *)), want };
    if (!g.fresh) return; /* out of memory: chains just get longer */
    void *unused = with_lock(grow_locked, &g);
    if (unused) free_block(unused);
}

/* A live basic node of kind for the hidden key, or NULL. */
static grail_weak_node *find_basic_locked(hidden_t key, unsigned kind) {
    if (!nbuckets) return 0;
    for (grail_weak_node *c = buckets[slot_of(key, nbuckets)]; c; c = c->next) {
        if (c->obj == key && (c->flags & kind) && c->link && c->wr_link) return c;
    }
    return 0;
}

/* Marker: the table must grow before the node goes in. */
#define NEED_ROOM ((void *)1)

struct publish_args { grail_weak_node *n; int may_defer; size_t want; };

static void *publish_locked(void *p) {
    struct publish_args *a = p;
    grail_weak_node *n = a->n;
    unsigned kind = n->flags & F_BASIC;
    if (kind) {
        grail_weak_node *e = find_basic_locked(n->obj, kind);
        if (e) return REVEAL(e->wr);
    }
    if (a->may_defer) {
        size_t want = (size_t)(uintptr_t)want_size_locked(0);
        if (want) { a->want = want; return NEED_ROOM; }
    }
    if (!nbuckets) {
        /* No table (out of memory): the node is not shared, but its
           callback and its freeing still happen through the limbo list. */
        n->flags |= F_LIMBO;
        n->next = limbo;
        limbo = n;
        nlimbo++;
        return 0;
    }
    size_t s = slot_of(n->obj, nbuckets);
    n->next = buckets[s];
    buckets[s] = n;
    ncount++;
    return 0;
}

void *grail_weak_publish(grail_weak_node *n) {
    struct publish_args a = { n, 1, 0 };
    void *r = with_lock(publish_locked, &a);
    if (r != NEED_ROOM) return r;
    grow_to(a.want);
    a.may_defer = 0;
    return with_lock(publish_locked, &a);
}

struct find_args { hidden_t key; unsigned kind; };

static void *find_basic_entry(void *p) {
    struct find_args *a = p;
    grail_weak_node *e = find_basic_locked(a->key, a->kind);
    return e ? REVEAL(e->wr) : 0;
}

void *grail_weak_find_basic(const void *obj, unsigned kind) {
    struct find_args a = { HIDE(obj), kind & F_BASIC };
    return with_lock(find_basic_entry, &a);
}

struct refs_args { hidden_t key; void **out; size_t cap; size_t total; };

static void *refs_locked(void *p) {
    struct refs_args *a = p;
    if (!nbuckets) return 0;
    for (grail_weak_node *c = buckets[slot_of(a->key, nbuckets)]; c; c = c->next) {
        if (c->obj != a->key || !c->link || !c->wr_link) continue;
        if (a->total < a->cap) a->out[a->total] = REVEAL(c->wr);
        a->total++;
    }
    return 0;
}

size_t grail_weak_refs(const void *obj, void **out, size_t cap) {
    struct refs_args a = { HIDE(obj), out, cap, 0 };
    with_lock(refs_locked, &a);
    return a.total;
}

/* --- after a collection ----------------------------------------------------- */

struct collect_args { void **out; size_t cap; size_t n; grail_weak_node *dead; int force; };

static void *collect_locked(void *p) {
    struct collect_args *a = p;
    uintptr_t now = collections_hint();
    if (!a->force && !more_due && now == pruned_at) return 0;
    __atomic_store_n(&pruned_at, now, __ATOMIC_RELAXED);
    __atomic_store_n(&more_due, 0, __ATOMIC_RELAXED);
    for (size_t i = 0; i < nbuckets; i++) {
        grail_weak_node **pp = &buckets[i];
        while (*pp) {
            grail_weak_node *c = *pp;
            if (!c->wr_link) {
                /* The weak reference object is gone: free the node. */
                *pp = c->next;
                ncount--;
                c->next = a->dead;
                a->dead = c;
                continue;
            }
            if (!c->link) {
                if ((c->flags & GRAIL_WEAK_CALLBACK) && !(c->flags & F_REPORTED)) {
                    if (a->n >= a->cap) { __atomic_store_n(&more_due, 1, __ATOMIC_RELAXED); pp = &c->next; continue; }
                    c->flags |= F_REPORTED;
                    a->out[a->n++] = REVEAL(c->wr);
                }
                /* Referent dead: off the chains, into limbo. */
                *pp = c->next;
                ncount--;
                c->flags |= F_LIMBO;
                c->next = limbo;
                limbo = c;
                nlimbo++;
                continue;
            }
            pp = &c->next;
        }
    }
    grail_weak_node **pp = &limbo;
    while (*pp) {
        grail_weak_node *c = *pp;
        if (!c->wr_link) {
            *pp = c->next;
            nlimbo--;
            c->next = a->dead;
            a->dead = c;
            continue;
        }
        if (!c->link && (c->flags & GRAIL_WEAK_CALLBACK) && !(c->flags & F_REPORTED)) {
            if (a->n < a->cap) {
                c->flags |= F_REPORTED;
                a->out[a->n++] = REVEAL(c->wr);
            } else {
                __atomic_store_n(&more_due, 1, __ATOMIC_RELAXED);
            }
        }
        pp = &c->next;
    }
    return 0;
}

size_t grail_weak_collect(void **out, size_t cap, int force) {
#ifndef GRAIL_TSAN
    if (!force && !__atomic_load_n(&more_due, __ATOMIC_RELAXED)
        && collections_hint() == __atomic_load_n(&pruned_at, __ATOMIC_RELAXED)) return 0;
#else
    (void)force;
    return 0;
#endif
    struct collect_args a = { out, cap, 0, 0, force };
    with_lock(collect_locked, &a);
    /* Outside the lock (these take it): unregister and free dead nodes. */
    grail_weak_node *d = a.dead;
    while (d) {
        grail_weak_node *next = d->next;
        release_node(d);
        d = next;
    }
    return a.n;
}

static void *count_locked(void *unused) { (void)unused; return (void *)(uintptr_t)(ncount + nlimbo); }

size_t grail_weak_count(void) { return (size_t)(uintptr_t)with_lock(count_locked, 0); }
