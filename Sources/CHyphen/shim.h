// libhyphen: TeX-style hyphenation patterns (Debian's hyphen-* packages).
#include <hyphen.h>
