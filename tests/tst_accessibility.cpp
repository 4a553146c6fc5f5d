#include "app/mainwindow.h"
#include "models/atlasdocument.h"
#include "testsupport.h"
#include "views/vramfitview.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

// Accessibility names on every focusable widget, and the main views driven with the keyboard alone.
class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    BundledDatabaseFile m_file;

    // The name assistive technology reads: an explicit accessible name, a buddy label or a button's text.
    static QString spokenName(QWidget *widget)
    {
        if (!widget->accessibleName().isEmpty())
            return widget->accessibleName();
        QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
        return interface ? interface->text(QAccessible::Name) : QString();
    }

    // A widget that only forwards focus to its parent (a spin box's or combo box's own line edit) is named
    // through that parent.
    static bool isInternal(const QWidget *widget)
    {
        const QWidget *parent = widget->parentWidget();
        const auto *area = qobject_cast<const QAbstractScrollArea *>(parent);
        return parent && (parent->focusProxy() == widget || qobject_cast<const QAbstractSpinBox *>(parent)
                          || qobject_cast<const QComboBox *>(parent) || (area && area->viewport() == widget));
    }

    static QWidget *focused() { return QApplication::focusWidget(); }

    // Presses Tab until `target` has the focus; fails after a full round of the chain.
    static bool tabTo(QWidget *window, QWidget *target)
    {
        for (int i = 0; i < 80 && focused() != target; ++i)
            QTest::keyClick(focused() ? focused() : window, Qt::Key_Tab);
        return focused() == target;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LLM Atlas Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
        QSettings().clear();
        QVERIFY(m_file.isValid());
    }

    void everyFocusableWidgetHasAName()
    {
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        MainWindow window(&document);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList unnamed;
        int checked = 0;
        for (QWidget *widget : window.findChildren<QWidget *>()) {
            // Popups (a combo box's list) are windows of their own, named through their combo box.
            if (!(widget->focusPolicy() & Qt::TabFocus) || isInternal(widget) || widget->window() != &window)
                continue;
            ++checked;
            if (spokenName(widget).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 '%2' in %3").arg(QLatin1String(widget->metaObject()->className()),
                                                               widget->objectName(),
                                                               widget->parentWidget() ? widget->parentWidget()->objectName() : QString());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        QVERIFY(checked > 20);
    }

    void chartsAreNamedAndDescribed()
    {
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        MainWindow window(&document);
        const QList<QChartView *> charts = window.findChildren<QChartView *>();
        QVERIFY(!charts.isEmpty());
        for (QChartView *chart : charts) {
            QVERIFY2(!chart->accessibleName().isEmpty(), qPrintable(chart->objectName()));
            QVERIFY2(!chart->accessibleDescription().isEmpty(), qPrintable(chart->objectName()));
        }
    }

    void keyboardOnlyNavigation()
    {
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        MainWindow window(&document);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("tierFilterEdit"));
        auto *tiers = window.findChild<QComboBox *>(QStringLiteral("tierCombo"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("tierTable"));
        auto *vram = window.findChild<VramFitView *>(QStringLiteral("vramFitView"));
        auto *gpuCount = window.findChild<QSpinBox *>(QStringLiteral("gpuCountSpin"));
        QVERIFY(tabs && filter && tiers && table && vram && gpuCount);

        // Ctrl+F puts the keyboard in the filter; typing filters.
        QTest::keySequence(&window, QKeySequence::Find);
        QTRY_COMPARE(focused(), filter);
        QTest::keyClicks(filter, QStringLiteral("llama"));
        QTRY_COMPARE(table->model()->rowCount(), 3);
        QTest::keySequence(filter, QKeySequence::SelectAll);
        QTest::keyClick(filter, Qt::Key_Backspace);
        QTRY_COMPARE(table->model()->rowCount(), 8);

        // The filter bar's tab order runs left to right, then into the table and the details.
        const QStringList expected{QStringLiteral("tierCombo"), QStringLiteral("architectureCombo"),
                                   QStringLiteral("minParamsSpin"), QStringLiteral("maxParamsSpin"),
                                   QStringLiteral("onlyFittingCheck"), QStringLiteral("tierTable"),
                                   QStringLiteral("modelDetails")};
        QStringList order;
        for (int i = 0; i < expected.size(); ++i) {
            QTest::keyClick(focused(), Qt::Key_Tab);
            QWidget *widget = focused();
            while (widget && widget->objectName().isEmpty())
                widget = widget->parentWidget(); // a spin box's line edit reports its spin box
            order << (widget ? widget->objectName() : QString());
        }
        QCOMPARE(order, expected);

        // Back to the tier combo with Shift+Tab and choose a tier with the arrow keys.
        QVERIFY(tabTo(&window, tiers));
        QTest::keyClick(tiers, Qt::Key_Down); // All tiers -> S-Tier
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QTest::keyClick(tiers, Qt::Key_Up);
        QTRY_COMPARE(table->model()->rowCount(), 8);

        // Arrow keys in the table move the current model.
        QVERIFY(tabTo(&window, table));
        const QModelIndex before = table->currentIndex();
        QTest::keyClick(table, Qt::Key_Down);
        QVERIFY(table->currentIndex().row() == before.row() + 1);

        // Ctrl+Tab switches to the VRAM fit tab; Tab reaches its controls; an arrow key changes one.
        QTest::keyClick(focused(), Qt::Key_Tab, Qt::ControlModifier);
        QTRY_COMPARE(tabs->currentWidget(), static_cast<QWidget *>(vram));
        QVERIFY(tabTo(&window, gpuCount->findChild<QLineEdit *>()) || tabTo(&window, gpuCount));
        const int gpus = vram->configuration().count;
        QTest::keyClick(focused(), Qt::Key_Up);
        QTRY_COMPARE(vram->configuration().count, gpus + 1);

        // Alt+M, the tab's mnemonic, returns to the models.
        QTest::keyClick(focused(), Qt::Key_M, Qt::AltModifier);
        QTRY_COMPARE(tabs->currentIndex(), 0);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
