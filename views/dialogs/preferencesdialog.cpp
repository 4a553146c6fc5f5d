#include "views/dialogs/preferencesdialog.h"

#include "models/core/formatting/format.h"
#include "models/core/preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_unitCombo(new QComboBox(this))
    , m_contextCombo(new QComboBox(this))
    , m_currencyCombo(new QComboBox(this))
    , m_staleSpin(new QSpinBox(this))
    , m_languageCombo(new QComboBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_unitCombo->setObjectName(QStringLiteral("unitCombo"));
    m_unitCombo->addItem(tr("GB (10⁹ bytes, as GPU vendors print)"), int(Format::ByteUnit::Gigabytes));
    m_unitCombo->addItem(tr("GiB (2³⁰ bytes, as operating systems count)"), int(Format::ByteUnit::Gibibytes));
    m_unitCombo->setCurrentIndex(m_unitCombo->findData(int(Preferences::byteUnit())));
    m_unitCombo->setAccessibleName(tr("Memory unit"));
    m_unitCombo->setAccessibleDescription(tr("The unit of every memory figure in tables and details"));

    m_contextCombo->setObjectName(QStringLiteral("contextCombo"));
    for (int log2 = 11; log2 <= 20; ++log2) {
        const qint64 tokens = qint64(1) << log2;
        m_contextCombo->addItem(tr("%1 tokens").arg(Format::contextTokens(tokens)), tokens);
    }
    m_contextCombo->setCurrentIndex(qMax(0, m_contextCombo->findData(Preferences::defaultContextTokens())));
    m_contextCombo->setAccessibleName(tr("Default context length"));
    m_contextCombo->setAccessibleDescription(tr("The context length the VRAM fit tab starts with"));

    m_currencyCombo->setObjectName(QStringLiteral("currencyCombo"));
    const double sample = 3000;
    const Format::CurrencyDisplay current = Format::currencyDisplay();
    for (const Format::CurrencyDisplay display : {Format::CurrencyDisplay::Symbol, Format::CurrencyDisplay::IsoCode}) {
        Format::setCurrencyDisplay(display); // for the sample only; restored below
        m_currencyCombo->addItem(display == Format::CurrencyDisplay::Symbol ? tr("Symbol: %1").arg(Format::usd(sample))
                                                                             : tr("ISO code: %1").arg(Format::usd(sample)),
                                 int(display));
    }
    Format::setCurrencyDisplay(current);
    m_currencyCombo->setCurrentIndex(m_currencyCombo->findData(int(Preferences::currencyDisplay())));
    m_currencyCombo->setAccessibleName(tr("Currency display"));
    m_currencyCombo->setAccessibleDescription(tr("How US dollar amounts are written"));

    m_staleSpin->setObjectName(QStringLiteral("staleSpin"));
    m_staleSpin->setRange(1, 120);
    m_staleSpin->setSuffix(tr(" months"));
    m_staleSpin->setValue(Preferences::staleDataMonths());
    m_staleSpin->setAccessibleName(tr("Stale data age"));
    m_staleSpin->setAccessibleDescription(tr("Facts older than this are marked as stale"));

    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    // The C locale (LANG unset) has no language name: "System default ()" read like a fault.
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    m_languageCombo->addItem(systemLanguage.isEmpty() ? tr("System default")
                                                      : tr("System default (%1)").arg(systemLanguage),
                             QString());
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &name : Preferences::availableLanguages()) {
        const QLocale locale(name);
        // Each language named in itself, so a user who cannot read the current one still finds theirs.
        m_languageCombo->addItem(locale.nativeLanguageName(), name);
    }
    m_languageCombo->setCurrentIndex(qMax(0, m_languageCombo->findData(Preferences::language())));
    m_languageCombo->setAccessibleName(tr("Language"));
    m_languageCombo->setAccessibleDescription(tr("The language of the interface; takes effect after a restart"));

    auto *form = new QFormLayout;
    form->addRow(tr("Memory &unit:"), m_unitCombo);
    form->addRow(tr("Default &context length:"), m_contextCombo);
    form->addRow(tr("C&urrency:"), m_currencyCombo);
    form->addRow(tr("Data is &stale after:"), m_staleSpin);
    form->addRow(tr("&Language:"), m_languageCombo);

    auto *restartNote = new QLabel(tr("A new language takes effect when LLM Atlas is restarted."), this);
    restartNote->setObjectName(QStringLiteral("restartNote"));
    restartNote->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(restartNote);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void PreferencesDialog::save() const
{
    Preferences::setByteUnit(Format::ByteUnit(m_unitCombo->currentData().toInt()));
    Preferences::setDefaultContextTokens(m_contextCombo->currentData().toLongLong());
    Preferences::setCurrencyDisplay(Format::CurrencyDisplay(m_currencyCombo->currentData().toInt()));
    Preferences::setStaleDataMonths(m_staleSpin->value());
    Preferences::setLanguage(m_languageCombo->currentData().toString());
}

void PreferencesDialog::accept()
{
    save();
    QDialog::accept();
}
