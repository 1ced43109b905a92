// Pango text layout on Cairo.
#include <pango/pangocairo.h>
