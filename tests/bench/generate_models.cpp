// Writes the benchmarks' synthetic models as CSV: generate_models COUNT FILE (the same bytes every run).
#include "syntheticmodels.h"

#include <QFile>

#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: generate_models COUNT FILE.csv\n");
        return 2;
    }
    const int count = std::atoi(argv[1]);
    QFile file(QString::fromLocal8Bit(argv[2]));
    if (count <= 0 || !file.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "generate_models: cannot write %s rows to %s\n", argv[1], argv[2]);
        return 1;
    }
    const QByteArray data = SyntheticModels::csv(count);
    return file.write(data) == data.size() && file.flush() ? 0 : 1;
}
