#include "models/core/hugepages.h"

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

void adviseHugePages(const void *data, qsizetype bytes)
{
#ifdef Q_OS_LINUX
    constexpr quintptr HugePage = 2 * 1024 * 1024;
    const quintptr start = (quintptr(data) + HugePage - 1) & ~(HugePage - 1);
    const quintptr end = (quintptr(data) + quintptr(bytes)) & ~(HugePage - 1);
    // A kernel without transparent huge pages refuses; the array is then filled page by page as before.
    if (end > start)
        madvise(reinterpret_cast<void *>(start), end - start, MADV_HUGEPAGE);
#else
    Q_UNUSED(data)
    Q_UNUSED(bytes)
#endif
}
