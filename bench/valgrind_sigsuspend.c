// Preloaded by bench/instructions.sh so that valgrind 3.19 (Debian 12) can run `ariane`.
//
// A Swift program with an async entry point parks its main thread in libdispatch's dispatch_main(),
// which ends in `sigsuspend(&mask)` on a `static const sigset_t`, in read-only memory. Valgrind
// 3.19's wrapper of rt_sigsuspend removes its own signal (VG_SIGVGKILL) from that set by writing
// into it, takes SIGSEGV in its own code and stops ("VALGRIND INTERNAL ERROR: ... signal 11",
// main thread in _dispatch_sigsuspend). This sigsuspend hands the kernel a writable copy of the
// set instead; it is otherwise the same call.
#define _GNU_SOURCE
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

int sigsuspend(const sigset_t *mask) {
    sigset_t writable = *mask;
    return (int)syscall(SYS_rt_sigsuspend, &writable, _NSIG / 8);
}
