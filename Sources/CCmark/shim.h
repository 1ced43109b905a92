// cmark-gfm with its GFM extensions (tables, strikethrough, autolinks, task lists).
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
