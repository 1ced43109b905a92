// OpenBLAS's cblas interface plus the Fortran LAPACK routines it exports (dgesdd_, dgeev_).
#include <cblas.h>
#include <lapack.h>
