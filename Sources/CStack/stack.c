/* Switching the calling thread onto a new stack; see CStack.h. */
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>
#include "CStack.h"

/* AddressSanitizer's interface for code that switches stacks (fibers), defined only when its
 * runtime is linked in (scripts/asan.sh): it then knows the new stack's bounds. */
extern void __sanitizer_start_switch_fiber(void **fake_stack_save, const void *bottom, size_t size)
    __attribute__((weak));
extern void __sanitizer_finish_switch_fiber(void *fake_stack_save, const void **bottom_old, size_t *size_old)
    __attribute__((weak));

/* What the new stack runs: set once, before the switch. */
static void (*stack_body)(void *);
static void *stack_context;

/* The first frame on the new stack. */
static __attribute__((noreturn, noinline, used)) void stack_entry(void) {
    if (__sanitizer_finish_switch_fiber) __sanitizer_finish_switch_fiber(NULL, NULL, NULL);
    stack_body(stack_context);
    abort(); /* body ends the process; returning is a bug */
}

int dossier_run_on_new_stack(size_t size, void (*body)(void *), void *context) {
#if defined(__x86_64__) || defined(__aarch64__)
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t guard = 64 * 1024 > page ? 64 * 1024 : page;
    size = (size + page - 1) / page * page;
    char *base = mmap(NULL, guard + size, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (base == MAP_FAILED) return -1;
    if (mprotect(base, guard, PROT_NONE) != 0) {
        munmap(base, guard + size);
        return -1;
    }
    stack_body = body;
    stack_context = context;
    /* NULL: this stack is left for good, so ASan may drop its fake stack. */
    if (__sanitizer_start_switch_fiber) __sanitizer_start_switch_fiber(NULL, base + guard, size);
    char *top = base + guard + size; /* page-aligned, so 16-byte aligned as both ABIs require */
#if defined(__x86_64__)
    /* A null frame pointer ends the frame chain for backtraces; `call` leaves the stack aligned
     * as at any function entry. */
    __asm__ volatile("mov %0, %%rsp\n\t"
                     "xor %%ebp, %%ebp\n\t"
                     "call *%1\n\t"
                     "ud2"
                     :
                     : "d"(top), "c"(stack_entry)
                     : "memory");
#else
    register char *new_sp __asm__("x9") = top;
    register void (*entry)(void) __asm__("x10") = stack_entry;
    __asm__ volatile("mov sp, %0\n\t"
                     "mov x29, xzr\n\t"
                     "mov x30, xzr\n\t"
                     "blr %1\n\t"
                     "brk #0"
                     :
                     : "r"(new_sp), "r"(entry)
                     : "memory");
#endif
    __builtin_unreachable();
#else
    (void)size;
    (void)body;
    (void)context;
    return -1;
#endif
}
