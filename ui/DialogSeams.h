#pragma once

#include <QFileDialog>
#include <QMessageBox>
#include <QString>
#include <QStringList>
#include <functional>

class QDialog;
class QWidget;

namespace Simutasi {

// The one place where the GUI asks the user something modal: file choosers, message boxes and
// dialogs that run with exec(). Normally each call shows the real dialog. A test switches the
// seams to scripted mode: then nothing is shown, file choosers return the files queued by the
// test, message boxes are recorded and return the queued (or default) button, and exec() returns
// the queued result.
class DialogSeams
{
public:
    struct Message
    {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
    };

    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter);
    // Does not confirm overwriting: callers decide what an existing file means.
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter);

    static void critical(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void about(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No);

    // dialog.exec(), or the queued result when scripted (QDialog::Rejected when none is queued).
    static int exec(QDialog &dialog);

    // Scripting, for tests. Queues are first in, first out; an empty file queue answers "".
    static void setScripted(bool scripted);
    static bool isScripted();
    static void queueFile(const QString &path);
    static void queueButton(QMessageBox::StandardButton button);
    static void queueExecResult(int result);
    // For dialogs that return data: exec() hands the dialog to the handler (which fills its
    // fields as a user would) and returns what the handler returns. Handlers come before results.
    static void queueExecHandler(const std::function<int(QDialog &)> &handler);
    static QList<Message> messages();
    static void reset(); // clears the queues and the recorded messages
    // The log-in after a database opens (LoginDialog, FirstAdministratorDialog). Scripted mode
    // skips it unless a test asks for it: a test of another screen keeps the Session it set up
    // itself, a log-in test turns it on and answers the dialogs with exec handlers.
    static void setLogInScripted(bool scripted);
    static bool skipsLogIn(); // scripted mode without setLogInScripted(true)

    // Scripted mode for the lifetime of a scope; leaves the seams clean afterwards.
    class ScriptedScope
    {
    public:
        ScriptedScope();
        ~ScriptedScope();
        ScriptedScope(const ScriptedScope &) = delete;
        ScriptedScope &operator=(const ScriptedScope &) = delete;
    };
};

} // namespace Simutasi
