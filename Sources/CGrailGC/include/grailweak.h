#ifndef GRAIL_WEAK_H
#define GRAIL_WEAK_H
#include <stddef.h>
#include <stdint.h>

/* Weak references over the Boehm collector (grailweak.c).

   Every weak reference object (`weakref.ref`, a proxy) owns one node. The
   node keeps the referent's address hidden from the collector and registers
   a disappearing link for it, so the collector clears the link when the
   referent becomes unreachable; a second link tracks the weak reference
   object itself, so the node is freed once that object is gone. Nodes are
   kept in a table keyed by the referent's address: it finds the weak
   references to an object (getweakrefs, the shared basic ref and proxy,
   `__weakref__`) and, after each collection, the weak references whose
   referent died and whose callback is due.

   Nodes are uncollectable, unscanned blocks owned by this file. Every read
   of a hidden pointer happens while holding the collector's allocation lock
   (GC_call_with_alloc_lock), as gc.h requires, so a referent the collector
   is about to reclaim is never revealed. No Python code runs here; the
   callbacks are run by the caller (Swift) outside the lock.

   Thread-safety: every function may be called from any thread registered
   with the collector; the table is guarded by the allocation lock.
   ThreadSanitizer builds (GRAIL_TSAN, no collector) keep the same API over a
   mutex and never clear a reference (nothing is ever freed there). */

typedef struct grail_weak_node grail_weak_node;

/* The weak reference has a callback (reported by grail_weak_collect). */
#define GRAIL_WEAK_CALLBACK 1u
/* The shared `ref(obj)` without callback (at most one live per object). */
#define GRAIL_WEAK_BASIC_REF 2u
/* The shared `proxy(obj)` without callback (at most one live per object). */
#define GRAIL_WEAK_BASIC_PROXY 4u

/* A node for weak reference object `wr` referring to `obj` (both base
   addresses of objects), with the links registered; not yet in the table.
   NULL when out of memory. */
grail_weak_node *grail_weak_create(const void *obj, const void *wr, unsigned flags);

/* Enters the node into the table. For a basic node (flags BASIC_REF or
   BASIC_PROXY) when a live basic weak reference of the same kind to the same
   object is already there, the node is not entered and that weak reference
   is returned (the caller then discards its node); otherwise NULL. */
void *grail_weak_publish(grail_weak_node *n);

/* Unregisters and frees a node that was never published. */
void grail_weak_discard(grail_weak_node *n);

/* The referent, or NULL once it was reclaimed. */
void *grail_weak_get(grail_weak_node *n);

/* The live basic weak reference of `kind` (BASIC_REF or BASIC_PROXY) to
   `obj`, or NULL. */
void *grail_weak_find_basic(const void *obj, unsigned kind);

/* Stores up to `cap` live weak reference objects referring to `obj` into
   `out` (a buffer the collector scans) and returns how many there are in all
   (call again with a larger buffer when that exceeds `cap`). */
size_t grail_weak_refs(const void *obj, void **out, size_t cap);

/* After a collection (or always when `force`): frees the nodes of dead weak
   reference objects and stores into `out` (scanned buffer, up to `cap`) the
   live weak reference objects with a callback whose referent died; each is
   reported once. Returns how many were stored; a result equal to `cap` means
   more may be due (call again with force). Cheap when no collection happened
   since the last call. */
size_t grail_weak_collect(void **out, size_t cap, int force);

/* Number of nodes in the table (tests and diagnostics). */
size_t grail_weak_count(void);

#endif
