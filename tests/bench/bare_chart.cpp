// The chart-export floor: a bare Qt Charts program that reads the same bars as `llm-atlas export chart vram`
// from SQLite (every model's weights, KV cache and overhead at Q4_K_M and 8K context on one GPU) and draws
// them to a PNG of the same size. No framing, no key, no verdicts: only what any such program must do.
//   bare_chart DATABASE OUT.png
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QPainter>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QValueAxis>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: bare_chart DATABASE OUT.png\n");
        return 2;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return 1;
    auto *weights = new QBarSet(QStringLiteral("Weights"));
    auto *kvCache = new QBarSet(QStringLiteral("KV cache"));
    auto *overhead = new QBarSet(QStringLiteral("Overhead"));
    QStringList names;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name, total_params, full_attention_layers, kv_heads, head_dim, hidden_size "
                              "FROM model ORDER BY id"));
    constexpr double GB = 1e9;
    while (query.next()) {
        names.prepend(query.value(0).toString());
        weights->insert(0, query.value(1).toDouble() * 4.85 / 8 / GB);
        kvCache->insert(0, 2.0 * query.value(2).toDouble() * query.value(3).toDouble() * query.value(4).toDouble()
                               * 8192 * 2 / GB);
        overhead->insert(0, (512.0 * 1024 * 1024 + 2048.0 * query.value(5).toDouble() * 32) / GB);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append({weights, kvCache, overhead});
    QChart chart;
    chart.setAnimationOptions(QChart::NoAnimation);
    chart.setTitle(QStringLiteral("GPU memory needed"));
    chart.addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    auto *values = new QValueAxis;
    chart.addAxis(categories, Qt::AlignLeft);
    chart.addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);

    QGraphicsScene scene;
    scene.addItem(&chart);
    chart.resize(1200, 750);
    QImage image(1200, 750, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(0, 0, 1200, 750), QRectF(0, 0, 1200, 750));
    painter.end();
    scene.removeItem(&chart);
    return image.save(QString::fromLocal8Bit(argv[2]), "PNG") ? 0 : 1;
}
