// librsvg: SVG documents drawn as vectors on a Cairo context; gdk-pixbuf (which it includes) decodes raster images.
#include <librsvg/rsvg.h>
