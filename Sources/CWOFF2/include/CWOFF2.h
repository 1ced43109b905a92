// Google's WOFF2 converter (Debian libwoff-dev), behind C functions Swift can call.
#ifndef CWOFF2_H
#define CWOFF2_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An upper bound on the WOFF2 size of the OpenType font `data` of `length` bytes.
size_t cwoff2_max_compressed_size(const uint8_t *data, size_t length);

/// Compresses the OpenType font `data` into `result`, which holds `*result_length` bytes;
/// sets `*result_length` to the bytes written. Returns 1 on success, 0 on failure.
int cwoff2_encode(const uint8_t *data, size_t length, uint8_t *result, size_t *result_length);

/// The OpenType size of the WOFF2 font `data`, from its header; 0 when it is not WOFF2.
size_t cwoff2_decoded_size(const uint8_t *data, size_t length);

/// Decompresses the WOFF2 font `data` into `result`, which holds `*result_length` bytes;
/// sets `*result_length` to the bytes written. Returns 1 on success, 0 on failure.
int cwoff2_decode(const uint8_t *data, size_t length, uint8_t *result, size_t *result_length);

#ifdef __cplusplus
}
#endif

#endif
