// libqpdf's C API: reads a PDF and writes it again with a fresh, consistent structure.
#include <qpdf/qpdf-c.h>
