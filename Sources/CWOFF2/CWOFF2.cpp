// C entry points to woff2::ConvertTTFToWOFF2 and woff2::ConvertWOFF2ToTTF.
#include "CWOFF2.h"

#include <cstdio>
#include <string>

#include <woff2/decode.h>
#include <woff2/encode.h>
#include <woff2/output.h>

#include <fcntl.h>
#include <mutex>
#include <thread>
#include <unistd.h>

extern "C" size_t cwoff2_max_compressed_size(const uint8_t *data, size_t length) {
    return woff2::MaxWOFF2CompressedSize(data, length);
}

// Debian's libwoff2enc prints "Compressed N to M." on stderr for every font; the report's
// stderr is for diagnostics. The encoder runs with stderr sent into a pipe, which a thread
// drains as it fills (another thread may write more than a pipe holds meanwhile, and would
// otherwise block with stderr's lock held, which the encoder's own print waits for);
// afterwards every line except the encoder's own is passed on, so what another thread wrote
// meanwhile arrives late but is not lost.
static bool is_encoder_line(const std::string &line) {
    unsigned long before = 0, after = 0;
    char end = 0;
    return sscanf(line.c_str(), "Compressed %lu to %lu%c", &before, &after, &end) == 3 && end == '.';
}

extern "C" int cwoff2_encode(const uint8_t *data, size_t length, uint8_t *result, size_t *result_length) {
    static std::mutex quiet;
    std::lock_guard<std::mutex> lock(quiet);
    fflush(stderr);
    int saved = dup(STDERR_FILENO);
    int ends[2] = {-1, -1};
    bool redirected = saved >= 0 && pipe(ends) == 0;
    std::string captured;
    std::thread drain;
    if (redirected) {
        dup2(ends[1], STDERR_FILENO);
        close(ends[1]);
        int from = ends[0];
        drain = std::thread([from, &captured] {
            char buffer[4096];
            ssize_t n;
            while ((n = read(from, buffer, sizeof buffer)) > 0) captured.append(buffer, size_t(n));
        });
    }
    bool ok = woff2::ConvertTTFToWOFF2(data, length, result, result_length);
    fflush(stderr);
    if (redirected) {
        // Restoring stderr closes the pipe's last write end: the drain reads to its end.
        dup2(saved, STDERR_FILENO);
        drain.join();
        close(ends[0]);
        size_t from = 0;
        while (from < captured.size()) {
            size_t newline = captured.find('\n', from);
            size_t to = newline == std::string::npos ? captured.size() : newline + 1;
            std::string line = captured.substr(from, to - from);
            if (!is_encoder_line(line)) fwrite(line.data(), 1, line.size(), stderr);
            from = to;
        }
        fflush(stderr);
    }
    if (saved >= 0) close(saved);
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
