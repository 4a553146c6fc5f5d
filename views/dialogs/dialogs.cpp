#include "views/dialogs/dialogs.h"

#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace Dialogs {

namespace {
std::function<QString(const QString &)> &openFileNameHook()
{
    static std::function<QString(const QString &)> hook;
    return hook;
}

std::function<void(const QString &, const QString &)> &errorHook()
{
    static std::function<void(const QString &, const QString &)> hook;
    return hook;
}
std::function<QString(const QString &)> &textInputHook()
{
    static std::function<QString(const QString &)> hook;
    return hook;
}
} // namespace

QString textInput(QWidget *parent, const QString &title, const QString &label, const QString &suggestion)
{
    if (textInputHook())
        return textInputHook()(label);
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, suggestion, &ok);
    return ok ? text.trimmed() : QString();
}

void setTextInputHook(std::function<QString(const QString &)> hook)
{
    textInputHook() = std::move(hook);
}

QString openFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    if (openFileNameHook())
        return openFileNameHook()(folder);
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

void showError(QWidget *parent, const QString &title, const QString &message)
{
    if (errorHook())
        return errorHook()(title, message);
    QMessageBox::warning(parent, title, message);
}

void setOpenFileNameHook(std::function<QString()> hook)
{
    if (hook)
        openFileNameHook() = [hook = std::move(hook)](const QString &) { return hook(); };
    else
        openFileNameHook() = {};
}

void setOpenFileNameFolderHook(std::function<QString(const QString &folder)> hook)
{
    openFileNameHook() = std::move(hook);
}

void setErrorHook(std::function<void(const QString &, const QString &)> hook)
{
    errorHook() = std::move(hook);
}

namespace {
std::function<QString(const QString &, const QString &)> &saveFileNameHook()
{
    static std::function<QString(const QString &, const QString &)> hook;
    return hook;
}

std::function<bool(const QString &)> &confirmHook()
{
    static std::function<bool(const QString &)> hook;
    return hook;
}

std::function<int(QDialog *)> &execHook()
{
    static std::function<int(QDialog *)> hook;
    return hook;
}
} // namespace

QString saveFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    if (saveFileNameHook())
        return saveFileNameHook()(folder, filter);
    return QFileDialog::getSaveFileName(parent, caption, folder, filter);
}

bool confirm(QWidget *parent, const QString &title, const QString &question)
{
    if (confirmHook())
        return confirmHook()(question);
    return QMessageBox::question(parent, title, question) == QMessageBox::Yes;
}

int exec(QDialog *dialog)
{
    if (execHook())
        return execHook()(dialog);
    return dialog->exec();
}

void setSaveFileNameHook(std::function<QString()> hook)
{
    if (hook)
        saveFileNameHook() = [hook = std::move(hook)](const QString &, const QString &) { return hook(); };
    else
        saveFileNameHook() = nullptr;
}

void setSaveFileNameFilterHook(std::function<QString(const QString &folder, const QString &filter)> hook)
{
    saveFileNameHook() = std::move(hook);
}

void setConfirmHook(std::function<bool(const QString &)> hook)
{
    confirmHook() = std::move(hook);
}

void setExecHook(std::function<int(QDialog *)> hook)
{
    execHook() = std::move(hook);
}

void resetHooks()
{
    openFileNameHook() = {};
    errorHook() = {};
    textInputHook() = {};
    saveFileNameHook() = {};
    confirmHook() = {};
    execHook() = {};
}

} // namespace Dialogs
