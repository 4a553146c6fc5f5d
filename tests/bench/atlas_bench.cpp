// LLM Atlas's benchmarks: every figure beside the floor or target it is judged against, measured in the same
// run, as one table ("measure | figure | floor/target | verdict").
//   atlas_bench [--quick] [--models N] [--keep DIR] [--sort-filter FILE] [--controls FILE]
// Whole-process figures (start-up, chart export, import, fit, opening a big file) time the real binary,
// median of several runs, and read its peak memory from wait4()'s rusage. Interactive figures (a slider
// step, a control change, a sort, a filter keystroke) drive the real window in this process on the
// offscreen platform and include the repaint that follows. --quick runs each once on small data and judges
// nothing: that is how CTest runs it in CI, where the machine's load makes times meaningless.
#include "app/gui/mainwindow.h"
#include "models/document/atlasdocument.h"
#include "models/document/changesetwriter.h"
#include "models/document/importer.h"
#include "models/document/merger.h"
#include "models/itemmodels/tierfilterproxymodel.h"
#include "syntheticmodels.h"
#include "views/pages/costview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

extern char **environ;

namespace {

struct Options
{
    bool quick = false;
    int models = 100000;
    int mediumModels = 10000;
    int processRuns = 5;
    int steps = 40;
};

// One row of the table. A floor is a figure measured in this run; a target is a fixed budget.
struct Row
{
    QString measure;
    QString figure;
    QString against;
    QString verdict;
};

QList<Row> rows;
Options options;

// Every row is also printed as soon as it is measured, so a run that is stopped still tells what it found.
void addRow(const Row &row)
{
    rows.append(row);
    std::fprintf(stderr, "  %s: %s (%s) %s\n", qPrintable(row.measure), qPrintable(row.figure), qPrintable(row.against),
                 qPrintable(row.verdict));
}

QString ms(double seconds)
{
    return seconds >= 1 ? QStringLiteral("%1 s").arg(seconds, 0, 'f', 2)
                        : QStringLiteral("%1 ms").arg(seconds * 1000, 0, 'f', seconds < 0.01 ? 2 : 0);
}

QString verdict(bool ok)
{
    if (options.quick)
        return QStringLiteral("not judged (--quick)");
    return ok ? QStringLiteral("ok") : QStringLiteral("MISSED");
}

void addAgainstTarget(const QString &measure, double seconds, double targetSeconds)
{
    addRow({measure, ms(seconds), QStringLiteral("< %1").arg(ms(targetSeconds)), verdict(seconds < targetSeconds)});
}

void addAgainstFloor(const QString &measure, double seconds, double floorSeconds, double factor,
                     const QString &floorName, double absoluteTarget = 0)
{
    QString against = QStringLiteral("<= %1x %2 (%3 = %4)")
                          .arg(factor)
                          .arg(floorName, ms(floorSeconds))
                          .arg(ms(floorSeconds * factor));
    bool ok = seconds <= floorSeconds * factor;
    if (absoluteTarget > 0) {
        against += QStringLiteral(", < %1").arg(ms(absoluteTarget));
        ok = ok && seconds < absoluteTarget;
    }
    addRow({measure,
                 QStringLiteral("%1 (%2x)").arg(ms(seconds)).arg(seconds / floorSeconds, 0, 'f', 2),
                 against, verdict(ok)});
}

void note(const QString &text)
{
    std::fprintf(stderr, "  %s\n", qPrintable(text));
}

// A child process's wall time and peak resident memory.
struct Run
{
    bool ok = false;
    double seconds = 0;
    long maxRssKb = 0;
};

Run runOnce(const QStringList &arguments, const QString &stdoutPath)
{
    QList<QByteArray> storage;
    std::vector<char *> argv;
    for (const QString &argument : arguments)
        storage.append(argument.toLocal8Bit());
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray out = stdoutPath.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    Run run;
    if (posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), environ) == 0) {
        int status = 0;
        rusage usage{};
        if (wait4(pid, &status, 0, &usage) == pid) {
            run.seconds = double(timer.nsecsElapsed()) / 1e9;
            run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
            run.maxRssKb = usage.ru_maxrss;
        }
    }
    posix_spawn_file_actions_destroy(&actions);
    if (!run.ok)
        note(QStringLiteral("FAILED: %1").arg(arguments.join(QLatin1Char(' '))));
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Median wall time of `runs` runs; prepare() runs before each, untimed (a fresh copy of a file, say).
Run runMedian(const QStringList &arguments, int runs, const std::function<void()> &prepare = {},
              const QString &stdoutPath = QStringLiteral("/dev/null"))
{
    QList<double> times;
    Run result;
    result.ok = true;
    for (int i = 0; i < runs; ++i) {
        if (prepare)
            prepare();
        const Run run = runOnce(arguments, stdoutPath);
        result.ok = result.ok && run.ok;
        result.maxRssKb = std::max(result.maxRssKb, run.maxRssKb);
        times << run.seconds;
    }
    result.seconds = median(times);
    return result;
}

bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// Median times of a step: `update` until the step's handlers returned (recompute, chart series and table
// model updated), `frame` until the events it posted were handled too (layout and repaint, offscreen).
struct StepTimes
{
    double update = 0;
    double frame = 0;
};

StepTimes medianStep(int steps, const std::function<void(int)> &step)
{
    QList<double> updates;
    QList<double> frames;
    for (int i = 0; i < steps; ++i) {
        QElapsedTimer timer;
        timer.start();
        step(i);
        updates << double(timer.nsecsElapsed()) / 1e9;
        QCoreApplication::processEvents();
        frames << double(timer.nsecsElapsed()) / 1e9;
    }
    return {median(updates), median(frames)};
}

template<typename T>
T *findNamed(QWidget *parent, const char *name)
{
    T *child = parent->findChild<T *>(QLatin1String(name));
    if (!child)
        qFatal("atlas_bench: no %s in the window", name);
    return child;
}

// The window on a file, shown offscreen and painted once.
struct Window
{
    AtlasDocument document;
    std::unique_ptr<MainWindow> window;

    explicit Window(const QString &path)
    {
        if (!document.open(path))
            qFatal("atlas_bench: cannot open %s: %s", qPrintable(path), qPrintable(document.errorString()));
        window = std::make_unique<MainWindow>(&document);
        window->resize(1280, 760);
        window->show();
        QCoreApplication::processEvents();
    }
    ~Window() { window.reset(); }
    template<typename T>
    T *find(const char *name) { return findNamed<T>(window.get(), name); }
};

// A slider step in the cost tab and a context change in the VRAM fit tab, each with its chart and table.
void measureControls(const QString &path, const QString &label, double target)
{
    Window w(path);
    auto *tabs = w.find<QTabWidget>("mainTabs");
    tabs->setCurrentWidget(w.find<QWidget>("costPage")); // the page builds the cost view when first shown
    QCoreApplication::processEvents();
    auto *volume = w.find<QSlider>("volumeSlider");
    const int start = volume->value();
    const StepTimes cost = medianStep(options.steps, [&](int i) { volume->setValue(start + (i % 2 ? 0 : 1)); });
    addAgainstTarget(QStringLiteral("cost slider step, %1: update").arg(label), cost.update, target);
    addAgainstTarget(QStringLiteral("cost slider step, %1: painted frame").arg(label), cost.frame, 0.016);

    tabs->setCurrentWidget(w.find<QWidget>("vramFitView"));
    QCoreApplication::processEvents();
    auto *context = w.find<QSlider>("contextSlider");
    const int base = context->value();
    const StepTimes fit = medianStep(options.steps, [&](int i) { context->setValue(base + (i % 2 ? 0 : 1)); });
    addAgainstTarget(QStringLiteral("VRAM fit control change, %1: update").arg(label), fit.update, target);
    addAgainstTarget(QStringLiteral("VRAM fit control change, %1: painted frame").arg(label), fit.frame, 0.016);
}

// The first switch to each tab but the first, which builds or draws what start-up left for later.
void measureFirstSwitches(const QString &path, const QString &label)
{
    Window w(path);
    auto *tabs = w.find<QTabWidget>("mainTabs");
    double slowest = 0;
    QString slowestTab;
    for (int tab = 1; tab < tabs->count(); ++tab) {
        QElapsedTimer timer;
        timer.start();
        tabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        note(QStringLiteral("first switch to %1: %2").arg(tabs->tabText(tab).remove(QLatin1Char('&')), ms(seconds)));
        if (seconds > slowest) {
            slowest = seconds;
            slowestTab = tabs->tabText(tab).remove(QLatin1Char('&'));
        }
    }
    addAgainstTarget(QStringLiteral("first switch to a tab, %1 (slowest: %2)").arg(label, slowestTab), slowest, 0.1);
}

// The window taking in a big import once its worker has written it: what the UI thread is blocked for, from
// the undo step to the repaint. The issue gives no figure for this; it asks the UI thread to stay responsive.
void measureWindowImport(const QString &path, const QString &csv, const QString &count, int tab)
{
    Window w(path);
    auto *tabs = w.find<QTabWidget>("mainTabs");
    tabs->setCurrentIndex(tab);
    QCoreApplication::processEvents();
    Importer::Preview preview = Importer::previewFile(w.document.dataset(), csv, Importer::Kind::Models);
    QString error;
    if (!preview.canApply() || !ChangeSetWriter::applyToFile(path, preview.changes, {}, &error))
        qFatal("atlas_bench: cannot import %s: %s", qPrintable(csv), qPrintable(error));
    QElapsedTimer timer;
    timer.start();
    w.document.pushWrittenChanges(preview.changes, QStringLiteral("Import"));
    QCoreApplication::processEvents();
    addRow({QStringLiteral("window takes in an import of %1 models, %2 tab (UI thread blocked)")
                .arg(count, tabs->tabText(tab).remove(QLatin1Char('&'))),
            ms(double(timer.nsecsElapsed()) / 1e9), QStringLiteral("no target"), QStringLiteral("measured")});
}

// Planning a merge of a big file into itself: every one of its records is matched with ours by name.
void measureMergePlan(const QString &path, const QString &count)
{
    AtlasDocument document;
    if (!document.open(path))
        qFatal("atlas_bench: cannot open %s: %s", qPrintable(path), qPrintable(document.errorString()));
    QElapsedTimer timer;
    timer.start();
    const Merger::Plan plan = Merger::plan(document.dataset(), path);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!plan.error.isEmpty() || !plan.additions.isEmpty() || !plan.conflicts.isEmpty())
        qFatal("atlas_bench: a file merged into itself should hold nothing new: %s", qPrintable(plan.error));
    addRow({QStringLiteral("plan a merge of %1 models into the same %1").arg(count), ms(seconds),
            QStringLiteral("no target"), QStringLiteral("measured")});
}

// Sorting each column of the tier table, and typing into its filter, on the big file.
void measureBigWindow(const QString &path)
{
    Window w(path);
    auto *view = w.find<QTableView>("tierTable");
    double slowest = 0;
    QString slowestColumn;
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        QElapsedTimer timer;
        timer.start();
        view->sortByColumn(column, Qt::DescendingOrder);
        QCoreApplication::processEvents();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (seconds > slowest) {
            slowest = seconds;
            slowestColumn = view->model()->headerData(column, Qt::Horizontal).toString();
        }
    }
    addAgainstTarget(QStringLiteral("sort any column, %1 models (slowest: %2)")
                         .arg(QLocale::c().toString(options.models), slowestColumn),
                     slowest, 0.2);

    // The filter waits for a pause in typing (its debounce timer); what is timed is the work each
    // keystroke then costs: filtering every row and repainting the table.
    auto *browser = qobject_cast<TierFilterProxyModel *>(view->model());
    const QString typed = QStringLiteral("acme 12");
    QList<double> times;
    for (qsizetype length = 1; length <= typed.size(); ++length) {
        QElapsedTimer timer;
        timer.start();
        browser->setText(typed.left(length));
        QCoreApplication::processEvents();
        times << double(timer.nsecsElapsed()) / 1e9;
    }
    for (qsizetype length = typed.size() - 1; length >= 0; --length) {
        QElapsedTimer timer;
        timer.start();
        browser->setText(typed.left(length));
        QCoreApplication::processEvents();
        times << double(timer.nsecsElapsed()) / 1e9;
    }
    addAgainstTarget(QStringLiteral("filter keystroke, %1 models (slowest of %2)")
                         .arg(QLocale::c().toString(options.models))
                         .arg(times.size()),
                     *std::max_element(times.cbegin(), times.cend()), 0.1);
}

void printTable()
{
    QList<int> widths{7, 6, 12, 7};
    for (const Row &row : std::as_const(rows)) {
        widths[0] = std::max<int>(widths[0], int(row.measure.size()));
        widths[1] = std::max<int>(widths[1], int(row.figure.size()));
        widths[2] = std::max<int>(widths[2], int(row.against.size()));
        widths[3] = std::max<int>(widths[3], int(row.verdict.size()));
    }
    const auto line = [&widths](const QStringList &cells) {
        QString text = QStringLiteral("|");
        for (int i = 0; i < 4; ++i)
            text += QLatin1Char(' ') + cells.at(i).leftJustified(widths.at(i)) + QStringLiteral(" |");
        std::printf("%s\n", qPrintable(text));
    };
    std::printf("\n");
    line({QStringLiteral("measure"), QStringLiteral("figure"), QStringLiteral("floor/target"), QStringLiteral("verdict")});
    line({QString(widths[0], QLatin1Char('-')), QString(widths[1], QLatin1Char('-')),
          QString(widths[2], QLatin1Char('-')), QString(widths[3], QLatin1Char('-'))});
    for (const Row &row : std::as_const(rows))
        line({row.measure, row.figure, row.against, row.verdict});
    const auto missed = std::count_if(rows.cbegin(), rows.cend(), [](const Row &r) { return r.verdict == QLatin1String("MISSED"); });
    if (!options.quick)
        std::printf("\n%d of %d within their floor or target.\n", int(rows.size() - missed), int(rows.size()));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QString keep;
    QString windowOnly;
    QString controlsOnly;
    QString tabsOnly;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument = argv[i];
        if (argument == "--quick") {
            options.quick = true;
        } else if (argument == "--models" && i + 1 < argc) {
            options.models = std::atoi(argv[++i]);
        } else if (argument == "--keep" && i + 1 < argc) {
            keep = QString::fromLocal8Bit(argv[++i]);
        } else if (argument == "--sort-filter" && i + 1 < argc) {
            windowOnly = QString::fromLocal8Bit(argv[++i]);
        } else if (argument == "--controls" && i + 1 < argc) {
            controlsOnly = QString::fromLocal8Bit(argv[++i]);
        } else if (argument == "--tabs" && i + 1 < argc) {
            tabsOnly = QString::fromLocal8Bit(argv[++i]);
        } else {
            std::fprintf(stderr,
                         "usage: atlas_bench [--quick] [--models N] [--keep DIR] [--sort-filter FILE] [--controls FILE] "
                         "[--tabs FILE]\n");
            return 2;
        }
    }
    if (options.quick) {
        // Every code path once, on small data: CI checks that the benchmarks run, not how fast.
        options.models = std::min(options.models, 2000);
        options.mediumModels = 500;
        options.processRuns = 1;
        options.steps = 2;
    }

    QTemporaryDir temporary;
    const QDir work(keep.isEmpty() ? temporary.path() : keep);
    QDir().mkpath(work.path());
    // The app and this process keep their settings and default database in the work folder, never in the
    // user's own; every child draws offscreen.
    qputenv("XDG_CONFIG_HOME", work.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", work.filePath(QStringLiteral("data")).toLocal8Bit());
    const QString runtime = work.filePath(QStringLiteral("runtime"));
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("llm-atlas"));
    QCoreApplication::setOrganizationName(QStringLiteral("LLM Atlas"));

    if (!windowOnly.isEmpty()) {
        // Only the sort and filter measures, on a database someone already filled (e.g. kept with --keep).
        AtlasDocument counted;
        if (!counted.open(windowOnly))
            qFatal("atlas_bench: cannot open %s: %s", qPrintable(windowOnly), qPrintable(counted.errorString()));
        options.models = int(counted.dataset().models.size());
        measureBigWindow(windowOnly);
        printTable();
        return 0;
    }

    if (!controlsOnly.isEmpty()) {
        // Only the slider step and control change, on a database someone already filled (for profiling).
        AtlasDocument counted;
        if (!counted.open(controlsOnly))
            qFatal("atlas_bench: cannot open %s: %s", qPrintable(controlsOnly), qPrintable(counted.errorString()));
        const int models = int(counted.dataset().models.size());
        measureControls(controlsOnly, QStringLiteral("%1 models").arg(QLocale::c().toString(models)), 0.016);
        printTable();
        return 0;
    }

    if (!tabsOnly.isEmpty()) {
        // Only the first switch to each tab, on any database: to compare two datasets in one run.
        AtlasDocument counted;
        if (!counted.open(tabsOnly))
            qFatal("atlas_bench: cannot open %s: %s", qPrintable(tabsOnly), qPrintable(counted.errorString()));
        const int models = int(counted.dataset().models.size());
        measureFirstSwitches(tabsOnly, QStringLiteral("%1 models").arg(QLocale::c().toString(models)));
        printTable();
        return 0;
    }

    const QString atlas = QStringLiteral(LLM_ATLAS_BINARY);
    const QString bundled = work.filePath(QStringLiteral("bundled.sqlite"));
    {
        AtlasDocument creator;
        if (!creator.createNew(bundled))
            qFatal("atlas_bench: %s", qPrintable(creator.errorString()));
    }
    const auto fresh = [&bundled](const QString &path) {
        return [&bundled, path] {
            if (!copyFile(bundled, path))
                qFatal("atlas_bench: cannot copy the bundled database");
        };
    };
    std::fprintf(stderr, "atlas_bench%s: work folder %s\n", options.quick ? " --quick" : "", qPrintable(work.path()));

    // Start-up to the first painted window, against an empty QMainWindow.
    std::fprintf(stderr, "start-up...\n");
    const Run bareWindow = runMedian({QStringLiteral(BARE_WINDOW_BINARY)}, options.processRuns);
    const Run startup =
        runMedian({atlas, QStringLiteral("--db"), bundled, QStringLiteral("--exit-after-startup")}, options.processRuns);
    addAgainstFloor(QStringLiteral("start-up to first paint, bundled data"), startup.seconds, bareWindow.seconds, 2.5,
                    QStringLiteral("empty QMainWindow"));

    measureFirstSwitches(bundled, QStringLiteral("bundled data"));

    // The VRAM chart to PNG, against a bare Qt Charts program drawing the same bars from SQLite.
    std::fprintf(stderr, "chart export...\n");
    const Run bareChart = runMedian({QStringLiteral(BARE_CHART_BINARY), bundled, work.filePath(QStringLiteral("bare.png"))},
                                    options.processRuns);
    const Run exportChart = runMedian({atlas, QStringLiteral("--db"), bundled, QStringLiteral("export"),
                                       QStringLiteral("chart"), QStringLiteral("vram"), QStringLiteral("--gpu"),
                                       QStringLiteral("rtx 4090"), QStringLiteral("--out"),
                                       work.filePath(QStringLiteral("vram.png"))},
                                      options.processRuns);
    addAgainstFloor(QStringLiteral("export chart vram to PNG, bundled data"), exportChart.seconds, bareChart.seconds, 2,
                    QStringLiteral("bare Qt Charts"));

    // Interactive steps on the bundled data and on a file with medium-many models.
    std::fprintf(stderr, "controls...\n");
    measureControls(bundled, QStringLiteral("bundled data"), 0.002);
    const QString mediumCsv = work.filePath(QStringLiteral("medium.csv"));
    const QString medium = work.filePath(QStringLiteral("medium.sqlite"));
    writeFile(mediumCsv, SyntheticModels::csv(options.mediumModels));
    fresh(medium)();
    runOnce({atlas, QStringLiteral("--db"), medium, QStringLiteral("import"), mediumCsv, QStringLiteral("--kind"),
             QStringLiteral("models")},
            QStringLiteral("/dev/null"));
    measureControls(medium, QStringLiteral("%1 models").arg(QLocale::c().toString(options.mediumModels)), 0.016);

    // Many models: import, against the sqlite3 shell's .import of the same rows; then open, sort, filter, fit.
    std::fprintf(stderr, "%d models...\n", options.models);
    const QString count = QLocale::c().toString(options.models);
    const QString bigCsv = work.filePath(QStringLiteral("big.csv"));
    const QString big = work.filePath(QStringLiteral("big.sqlite"));
    writeFile(bigCsv, SyntheticModels::csv(options.models));
    const Run import = runMedian({atlas, QStringLiteral("--db"), big, QStringLiteral("import"), bigCsv,
                                  QStringLiteral("--kind"), QStringLiteral("models")},
                                 options.quick ? 1 : 3, fresh(big));
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        addAgainstTarget(QStringLiteral("CLI import, %1 models").arg(count), import.seconds, 2);
        rows.last().against += QStringLiteral(" (sqlite3 not installed: no .import floor; apt-get install sqlite3)");
    } else {
        const QString shellCopy = work.filePath(QStringLiteral("shell.sqlite"));
        const Run shell = runMedian({sqlite3, shellCopy, QStringLiteral(".import --csv %1 imported").arg(bigCsv)},
                                    options.quick ? 1 : 3, fresh(shellCopy));
        addAgainstFloor(QStringLiteral("CLI import, %1 models").arg(count), import.seconds, shell.seconds, 1.5,
                        QStringLiteral("sqlite3 .import"), 2);
    }

    // The same rows again, into the file that now has them all: each row is matched with its model and
    // checked against every other name (a dry run: the rows are unchanged, nothing would be written).
    const Run reimport = runMedian({atlas, QStringLiteral("--db"), big, QStringLiteral("import"), bigCsv,
                                    QStringLiteral("--kind"), QStringLiteral("models"), QStringLiteral("--dry-run")},
                                   options.quick ? 1 : 3);
    addAgainstTarget(QStringLiteral("CLI import of %1 models into the file that has them (dry run)").arg(count),
                     reimport.seconds, 2);

    const Run open = runMedian({atlas, QStringLiteral("--db"), big, QStringLiteral("--exit-after-startup")},
                               options.processRuns);
    addAgainstTarget(QStringLiteral("open %1 models in the window (whole process)").arg(count), open.seconds, 1);
    // CSV, and the aligned text table a user gets by default (it must know every column's width first).
    const auto measureFit = [&](const QString &format, const QString &name) {
        const Run fit = runMedian({atlas, QStringLiteral("--db"), big, QStringLiteral("fit"), QStringLiteral("--gpu"),
                                   QStringLiteral("h100"), QStringLiteral("--format"), format},
                                  options.processRuns);
        addAgainstTarget(QStringLiteral("fit over %1 models, %2 (whole process)").arg(count, name), fit.seconds, 0.5);
        return fit;
    };
    const Run fitCsv = measureFit(QStringLiteral("csv"), QStringLiteral("CSV"));
    const Run fitText = measureFit(QStringLiteral("table"), QStringLiteral("text table"));

    const long importKb = std::max(import.maxRssKb, reimport.maxRssKb);
    const long fitKb = std::max(fitCsv.maxRssKb, fitText.maxRssKb);
    const long peakKb = std::max({importKb, open.maxRssKb, fitKb});
    addRow({QStringLiteral("peak memory, %1 models (import, window, fit)").arg(count),
                 QStringLiteral("%1 MB (import %2, window %3, fit %4)")
                     .arg(peakKb / 1024)
                     .arg(importKb / 1024)
                     .arg(open.maxRssKb / 1024)
                     .arg(fitKb / 1024),
                 QStringLiteral("< 300 MB"), verdict(peakKb < 300 * 1024)});

    // In this process, after every child has run: a child's peak memory starts from its parent's, because
    // posix_spawn() shares the parent's memory until exec(), and Linux carries that peak over into the child.
    measureBigWindow(big);
    measureMergePlan(big, count);
    const QString windowImport = work.filePath(QStringLiteral("window-import.sqlite"));
    for (const int tab : {0, 1}) { // the tier table, and the VRAM fit chart and table
        fresh(windowImport)();
        measureWindowImport(windowImport, bigCsv, count, tab);
    }

    printTable();
    const bool allRan = startup.ok && exportChart.ok && bareWindow.ok && bareChart.ok && import.ok && reimport.ok
                        && open.ok && fitCsv.ok && fitText.ok;
    return allRan ? 0 : 1;
}
