// C entry point to marking a tagged PDF's untagged page content as artifacts with libqpdf.
#ifndef CPDFARTIFACTS_H
#define CPDFARTIFACTS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Reads the PDF in `pdf` and writes it again (into `*out`, `*out_length`, to be released
/// with `free`) with every painting operation that no marked-content sequence holds (running
/// heads, page numbers, rules) wrapped in `/Artifact BMC ... EMC`. Returns 0, or 1 with a
/// message in `*error` (to be released with `free`).
int cpdf_mark_artifacts(const unsigned char *pdf, size_t length, unsigned char **out, size_t *out_length, char **error);

#ifdef __cplusplus
}
#endif

#endif
