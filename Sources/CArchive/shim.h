#ifndef REPORT_DIFF_CARCHIVE_SHIM_H
#define REPORT_DIFF_CARCHIVE_SHIM_H

/* libarchive reads the ZIP package of a Word (.docx) file. */
#include <archive.h>
#include <archive_entry.h>

#endif
