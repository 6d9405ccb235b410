#ifndef OBJBENCH_CGC_SHIM_H
#define OBJBENCH_CGC_SHIM_H
#define GC_THREADS 1
#include <pthread.h>
#include <gc/gc.h>
#endif
