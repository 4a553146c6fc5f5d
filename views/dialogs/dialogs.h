#pragma once

#include <QString>

#include <functional>

class QDialog;
class QWidget;

// The modal questions the GUI asks. Tests install hooks so that no test ever blocks on a dialog.
namespace Dialogs {

QString openFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter);
void showError(QWidget *parent, const QString &title, const QString &message);
// A line of text from the user; empty when cancelled.
QString textInput(QWidget *parent, const QString &title, const QString &label, const QString &suggestion);

// A file name to write; empty when cancelled.
QString saveFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter);
// A yes/no question; true for yes.
bool confirm(QWidget *parent, const QString &title, const QString &question);
// Runs one of the app's own modal dialogs (an import preview, a merge): its QDialog::exec() result.
int exec(QDialog *dialog);

// Test hooks: while set, they answer instead of a dialog.
void setSaveFileNameHook(std::function<QString()> hook);
// The same, told the suggested file and the filter the dialog would offer (the first filter is selected).
void setSaveFileNameFilterHook(std::function<QString(const QString &folder, const QString &filter)> hook);
void setConfirmHook(std::function<bool(const QString &question)> hook);
// The hook gets the dialog, set up and not shown, and returns its result (QDialog::Accepted or Rejected).
void setExecHook(std::function<int(QDialog *dialog)> hook);
void setOpenFileNameHook(std::function<QString()> hook);
// The same, told the folder the dialog would open in.
void setOpenFileNameFolderHook(std::function<QString(const QString &folder)> hook);
void setErrorHook(std::function<void(const QString &title, const QString &message)> hook);
void setTextInputHook(std::function<QString(const QString &label)> hook);
// Takes every hook off, so a test's cleanup() leaves the next test the real dialogs whatever it set.
void resetHooks();

} // namespace Dialogs
