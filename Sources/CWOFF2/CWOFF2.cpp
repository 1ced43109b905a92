// C entry points to woff2::ConvertTTFToWOFF2 and woff2::ConvertWOFF2ToTTF.
#include "CWOFF2.h"

#include <cstdio>

#include <woff2/decode.h>
#include <woff2/encode.h>
#include <woff2/output.h>

#include <fcntl.h>
#include <mutex>
#include <unistd.h>

extern "C" size_t cwoff2_max_compressed_size(const uint8_t *data, size_t length) {
    return woff2::MaxWOFF2CompressedSize(data, length);
}

// Debian's libwoff2enc prints "Compressed N to M." on stderr for every font; the report's
// stderr is for diagnostics, so the encoder runs with stderr sent to /dev/null.
extern "C" int cwoff2_encode(const uint8_t *data, size_t length, uint8_t *result, size_t *result_length) {
    static std::mutex quiet;
    std::lock_guard<std::mutex> lock(quiet);
    fflush(stderr);
    int saved = dup(STDERR_FILENO);
    int null = open("/dev/null", O_WRONLY);
    if (null >= 0) { dup2(null, STDERR_FILENO); close(null); }
    bool ok = woff2::ConvertTTFToWOFF2(data, length, result, result_length);
    fflush(stderr);
    if (saved >= 0) { dup2(saved, STDERR_FILENO); close(saved); }
    return ok ? 1 : 0;
}

extern "C" size_t cwoff2_decoded_size(const uint8_t *data, size_t length) {
    return woff2::ComputeWOFF2FinalSize(data, length);
}

extern "C" int cwoff2_decode(const uint8_t *data, size_t length, uint8_t *result, size_t *result_length) {
    woff2::WOFF2MemoryOut out(result, *result_length);
    if (!woff2::ConvertWOFF2ToTTF(data, length, &out)) return 0;
    *result_length = out.Size();
    return 1;
}
