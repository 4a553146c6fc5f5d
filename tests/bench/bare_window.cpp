// The start-up floor: a bare Qt Widgets program that shows an empty QMainWindow and quits once it is
// painted, as `llm-atlas --exit-after-startup` does with the real window.
#include <QApplication>
#include <QMainWindow>
#include <QTimer>

namespace {
class QuitAfterFirstPaint : public QObject
{
protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 760);
    QuitAfterFirstPaint quitter;
    window.installEventFilter(&quitter);
    window.show();
    return app.exec();
}
