// libFuzzer's entry for programs that keep their own `main`: SwiftPM gives every executable one (it
// links `main` to `<Module>_main`), so the fuzzers start libFuzzer from theirs instead of using libFuzzer's.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
