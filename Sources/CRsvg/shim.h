// librsvg: SVG documents drawn as vectors on a Cairo context.
#include <librsvg/rsvg.h>
