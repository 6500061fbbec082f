// The declaration lives in the header; libFuzzer itself is linked by `-sanitize=fuzzer`.
#include "CLibFuzzer.h"
