// adviseHugePages: the whole huge pages inside a large array are advised, and nothing outside them.
#include "models/core/hugepages.h"
#include "testsupport.h"

#include <QTest>

class TestHugePages : public QObject
{
    Q_OBJECT

private slots:
    void advisesTheWholeHugePagesInside()
    {
        QList<char> large;
        large.reserve(8 * 1024 * 1024);
        const char *boundary = firstHugePageAfter(large.constData());
        if (!hugePagesAdvised(boundary))
            QSKIP("This system cannot say which memory is advised to use huge pages.");
        QCOMPARE(hugePagesAdvised(boundary), false);
        adviseHugePages(large);
        QCOMPARE(hugePagesAdvised(boundary), true);
        QCOMPARE(hugePagesAdvised(boundary + 4 * 1024 * 1024), true);
        // The parts before the first boundary and after the last may share a huge page with other memory.
        if (boundary != large.constData())
            QCOMPARE(hugePagesAdvised(large.constData()), false);
        const char *last = large.constData() + large.capacity() - 1;
        if (firstHugePageAfter(last + 1) != last + 1)
            QCOMPARE(hugePagesAdvised(last), false);
    }

    void leavesASmallArrayAlone()
    {
        QList<char> small;
        small.reserve(64 * 1024);
        if (!hugePagesAdvised(small.constData()))
            QSKIP("This system cannot say which memory is advised to use huge pages.");
        adviseHugePages(small);
        QCOMPARE(hugePagesAdvised(small.constData()), false);
    }
};

QTEST_APPLESS_MAIN(TestHugePages)
#include "tst_hugepages.moc"
