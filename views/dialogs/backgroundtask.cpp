#include "views/dialogs/backgroundtask.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace BackgroundTask {

bool run(QWidget *parent, const QString &label, const std::function<void(const Progress &)> &work)
{
    constexpr int Steps = 1000;
    std::atomic<int> done{0};
    std::atomic<bool> cancelled{false};
    const Progress progress = [&](double share) {
        done = int(qBound(0.0, share, 1.0) * Steps);
        return !cancelled.load();
    };

    QProgressDialog dialog(label, QProgressDialog::tr("Cancel"), 0, Steps, parent);
    dialog.setObjectName(QStringLiteral("backgroundTaskProgress"));
    dialog.setWindowModality(Qt::WindowModal);
    // Shown at once: until it is, the window would take edits to the data the work is reading.
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);

    QEventLoop loop;
    const std::unique_ptr<QThread> worker(QThread::create([&] { work(progress); }));
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        if (dialog.wasCanceled())
            cancelled = true; // Cancel clicked, Escape pressed or cancel() called
        else
            dialog.setValue(done);
    });
    dialog.setValue(0);
    poll.start();
    worker->start();
    loop.exec();
    worker->wait();
    // A Cancel that came after the work's last look still counts: what the user cancelled does not happen.
    return !cancelled.load() && !dialog.wasCanceled();
}

} // namespace BackgroundTask
