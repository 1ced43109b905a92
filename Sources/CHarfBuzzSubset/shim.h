// HarfBuzz's font subsetter (Debian libharfbuzz-dev) and fontconfig, to find an installed
// font's file and embed the part of it a page uses.
#include <hb.h>
#include <hb-subset.h>
#include <hb-ot.h>
#include <fontconfig/fontconfig.h>
