#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

// Edit > Preferences: units, the VRAM view's starting context, currency, stale-data age and language.
// Accepting writes them through Preferences; the caller re-applies what changed.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // Writes the dialog's choices to the settings (accept() does this too).
    void save() const;

    void accept() override;

private:
    QComboBox *m_unitCombo;
    QComboBox *m_contextCombo;
    QComboBox *m_currencyCombo;
    QSpinBox *m_staleSpin;
    QComboBox *m_languageCombo;
};
