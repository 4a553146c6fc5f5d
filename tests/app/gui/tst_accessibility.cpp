#include "app/gui/mainwindow.h"
#include "models/core/formatting/volumeparser.h"
#include "models/document/atlasdocument.h"
#include "testsupport.h"
#include "views/pages/costview.h"
#include "views/pages/vramfitview.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QScopeGuard>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

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

    // The text whose underlined letter a widget answers to with Alt: a button's, a group box's title, or a
    // label's that gives the focus to its buddy.
    static QString mnemonicText(const QWidget *widget)
    {
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            return button->text();
        if (const auto *box = qobject_cast<const QGroupBox *>(widget))
            return box->title();
        if (const auto *label = qobject_cast<const QLabel *>(widget); label && label->buddy())
            return label->text();
        return {};
    }

    // Keys claimed by more than one of `owners` (key -> what claims it), as "Alt+X: a, b".
    static QStringList clashes(const QMap<QString, QStringList> &owners)
    {
        QStringList found;
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            if (it.value().size() > 1)
                found << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", "));
        }
        return found;
    }

    // The Alt+letter keys a menu's items answer to while it is open.
    static QStringList menuClashes(const QMenu *menu)
    {
        QMap<QString, QStringList> owners;
        QStringList found;
        for (QAction *action : menu->actions()) {
            if (action->menu())
                found << menuClashes(action->menu());
            const QKeySequence key = QKeySequence::mnemonic(action->text());
            if (!action->isSeparator() && action->isVisible() && !key.isEmpty())
                owners[key.toString(QKeySequence::PortableText)] << action->text();
        }
        for (const QString &clash : clashes(owners))
            found << menu->title() + QStringLiteral(" > ") + clash;
        return found;
    }

    // Switches to every tab and back to the first: pages are built, and hidden charts drawn, when first shown.
    static void showEveryTab(MainWindow *window)
    {
        auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        for (int tab = tabs->count() - 1; tab >= 0; --tab)
            tabs->setCurrentIndex(tab);
    }

    // Presses Tab until `target` has the focus; fails after a full round of the chain.
    // The object names Tab reaches in the next steps, from the focused widget on.
    static QStringList tabOrder(int steps)
    {
        QStringList order;
        for (int i = 0; i < steps; ++i) {
            QTest::keyClick(focused(), Qt::Key_Tab);
            QWidget *widget = focused();
            while (widget && widget->objectName().isEmpty())
                widget = widget->parentWidget(); // a spin box's line edit reports its spin box
            order << (widget ? widget->objectName() : QString());
        }
        return order;
    }

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
        showEveryTab(&window);
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

    void mnemonicsAreUnique_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("English") << QString();
        QTest::addRow("German") << QStringLiteral("de");
        QTest::addRow("Simplified Chinese") << QStringLiteral("zh_CN");
    }

    // On every tab, the Alt+letter keys on screen (menu titles, tab titles, that tab's labels, buttons and
    // group boxes) each do one thing, and so do the items of each menu; in every language.
    void mnemonicsAreUnique()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QLocale(language), QStringLiteral("llm-atlas"), QStringLiteral("_"),
                                    QStringLiteral(":/i18n")));
            QCoreApplication::installTranslator(&translator);
        }
        const auto removeTranslator = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        MainWindow window(&document);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);

        QStringList found;
        for (QAction *action : window.menuBar()->actions())
            found << menuClashes(action->menu());
        int keys = 0;
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QMap<QString, QStringList> owners;
            const auto claim = [&owners, &keys](const QKeySequence &key, const QString &owner) {
                if (!key.isEmpty()) {
                    owners[key.toString(QKeySequence::PortableText)] << owner;
                    ++keys;
                }
            };
            for (QAction *action : window.menuBar()->actions()) {
                if (action->isVisible())
                    claim(QKeySequence::mnemonic(action->text()), QStringLiteral("menu ") + action->text());
            }
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    claim(QKeySequence::mnemonic(tabs->tabText(i)), QStringLiteral("tab ") + tabs->tabText(i));
            }
            // Disabled buttons count too: they keep their key and get it back when enabled.
            for (QWidget *widget : window.findChildren<QWidget *>()) {
                if (widget->isVisible() && widget->window() == &window)
                    claim(QKeySequence::mnemonic(mnemonicText(widget)), mnemonicText(widget));
            }
            for (const QString &clash : clashes(owners))
                found << tabs->tabText(tab) + QStringLiteral(" tab, ") + clash;
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        QVERIFY(keys > 50);
    }

    void chartsAreNamedAndDescribed()
    {
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        MainWindow window(&document);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        showEveryTab(&window);
        const QList<QChartView *> charts = window.findChildren<QChartView *>();
        QCOMPARE(charts.size(), 4); // VRAM fit, Cost, Tier overview, Measurements
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
        const int all = m_file.rowCount(QStringLiteral("model"));
        QTest::keyClicks(filter, QStringLiteral("llama"));
        QTRY_VERIFY(table->model()->rowCount() < all);
        QVERIFY(table->model()->rowCount() >= 3); // the article's three Llamas and the catalogue's
        QTest::keySequence(filter, QKeySequence::SelectAll);
        QTest::keyClick(filter, Qt::Key_Backspace);
        QTRY_COMPARE(table->model()->rowCount(), all);

        // The filter bar's tab order runs left to right, then into the table and the details.
        const QStringList expected{QStringLiteral("tierCombo"), QStringLiteral("vendorCombo"),
                                   QStringLiteral("architectureCombo"), QStringLiteral("sizeCombo"),
                                   QStringLiteral("minParamsSpin"), QStringLiteral("maxParamsSpin"),
                                   QStringLiteral("onlyFittingCheck"), QStringLiteral("tierTable"),
                                   QStringLiteral("modelDetails")};
        QCOMPARE(tabOrder(int(expected.size())), expected);

        // Back to the tier combo with Shift+Tab and choose a tier with the arrow keys.
        QVERIFY(tabTo(&window, tiers));
        QTest::keyClick(tiers, Qt::Key_Down); // All tiers -> S-Tier
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QTest::keyClick(tiers, Qt::Key_Up);
        QTRY_COMPARE(table->model()->rowCount(), all);

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

    // The cost tab from the keyboard: Alt+C opens it, Tab walks the choices and assumptions down the left
    // column (the owned-GPU fields are skipped while renting) and then the volume, the chart and its tables
    // on the right; the slider moves with the arrow keys and the text field follows; the table of the chart at
    // the chosen volume is reachable and walks with the arrow keys.
    void costKeyboardNavigation()
    {
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        MainWindow window(&document);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        // Alt+C opens the tab, and its page is built then; its widgets are looked up once it is there.
        QTest::keyClick(focused() ? focused() : &window, Qt::Key_C, Qt::AltModifier);
        QTRY_COMPARE(tabs->currentWidget(), window.findChild<QWidget *>(QStringLiteral("costPage")));
        auto *cost = window.findChild<CostView *>(QStringLiteral("costView"));
        QVERIFY(cost);
        auto *modelCombo = cost->findChild<QComboBox *>(QStringLiteral("costModelCombo"));
        auto *slider = cost->findChild<QSlider *>(QStringLiteral("volumeSlider"));
        auto *volumeEdit = cost->findChild<QLineEdit *>(QStringLiteral("volumeEdit"));
        auto *table = cost->findChild<QTableView *>(QStringLiteral("costTable"));
        QVERIFY(modelCombo && slider && volumeEdit && table);

        // Alt+L, the model label's letter, puts the keyboard in the model combo; Tab goes on from there.
        QTest::keyClick(focused() ? focused() : &window, Qt::Key_L, Qt::AltModifier);
        QTRY_COMPARE(focused(), static_cast<QWidget *>(modelCombo));
        const QStringList expected{QStringLiteral("costConfigList"), QStringLiteral("costApiList"),
                                   QStringLiteral("costUtilisationSpin"), QStringLiteral("inputRatioSpin"),
                                   QStringLiteral("outputRatioSpin"), QStringLiteral("ownershipCombo"),
                                   QStringLiteral("workloadPanel"), QStringLiteral("volumeSlider"), QStringLiteral("volumeEdit"),
                                   QStringLiteral("costChart"), QStringLiteral("costSummaryArea"),
                                   QStringLiteral("costTablesBar"), QStringLiteral("costTable")};
        QCOMPARE(tabOrder(int(expected.size())), expected);

        // The slider moves a step with the arrow keys and a decade with Page Up; the text field follows.
        QVERIFY(tabTo(&window, slider));
        const auto typedVolume = [volumeEdit] { return VolumeParser::parseLocalized(volumeEdit->text()).value_or(0); };
        const double before = cost->volume();
        QCOMPARE(typedVolume(), before);
        QTest::keyClick(slider, Qt::Key_Right);
        QTRY_VERIFY(cost->volume() > before);
        QVERIFY(cost->volume() < before * 1.2); // a twentieth of a decade
        QCOMPARE(typedVolume(), cost->volume());
        QTest::keyClick(slider, Qt::Key_PageUp);
        QTRY_VERIFY(cost->volume() > before * 9);
        QCOMPARE(typedVolume(), cost->volume());
        QTest::keyClick(slider, Qt::Key_Left);
        QTRY_COMPARE(cost->volume(), before * 10);
        QCOMPARE(typedVolume(), cost->volume());

        // The options table, the chart as rows: reachable, and the arrow keys walk its rows.
        QVERIFY(table->model()->rowCount() > 1);
        QVERIFY(tabTo(&window, table));
        QTest::keyClick(table, Qt::Key_Down);
        const int row = table->currentIndex().row();
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), row + 1);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
