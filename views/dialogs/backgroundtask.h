#pragma once

#include <QString>

#include <functional>

class QWidget;

// Runs long work (reading a big import, say) on a worker thread while a window-modal progress dialog with
// a Cancel button shows how far it got: the window keeps painting and the user keeps control. The work
// is handed a callback to call now and then with the share done (0 to 1); the callback returns false once
// the user cancelled, and the work should then stop soon. The work must only read what the window shows
// (the modal dialog keeps the user from editing it meanwhile) and use no widgets.
namespace BackgroundTask {

using Progress = std::function<bool(double shareDone)>;

// Returns false when the user cancelled, even if the work had just finished. The dialog is named
// "backgroundTaskProgress" for tests.
bool run(QWidget *parent, const QString &label, const std::function<void(const Progress &)> &work);

// What became of work that writes a file: written, cancelled by the user (nothing written), or failed.
enum class Outcome { Written, Cancelled, Failed };

} // namespace BackgroundTask
