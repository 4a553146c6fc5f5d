#pragma once

#include <QList>

// Asks the kernel to back the whole huge pages (2 MiB on x86-64) inside a large array with huge pages
// (Linux's transparent huge pages in "madvise" mode, Debian's default); does nothing elsewhere. Filling
// 100,000 records otherwise takes a page fault every 4 KiB, and on a virtual machine the faults were a
// fifth of `llm-atlas fit`. Only for arrays about to be filled whole: a huge page is resident as soon as
// any byte of it is touched.
void adviseHugePages(const void *data, qsizetype bytes);

// The list's whole capacity: call it right after reserve().
template<typename T>
void adviseHugePages(const QList<T> &list)
{
    adviseHugePages(list.constData(), list.capacity() * qsizetype(sizeof(T)));
}
