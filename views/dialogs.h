#pragma once

#include <QString>

#include <functional>

class QWidget;

// The modal questions the GUI asks. Tests install hooks so that no test ever blocks on a dialog.
namespace Dialogs {

QString openFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter);
void showError(QWidget *parent, const QString &title, const QString &message);
// A line of text from the user; empty when cancelled.
QString textInput(QWidget *parent, const QString &title, const QString &label, const QString &suggestion);

// Test hooks: while set, they answer instead of a dialog.
void setOpenFileNameHook(std::function<QString()> hook);
void setErrorHook(std::function<void(const QString &title, const QString &message)> hook);
void setTextInputHook(std::function<QString(const QString &label)> hook);

} // namespace Dialogs
