#include "DialogSeams.h"

#include <QDialog>
#include <QQueue>

namespace Simutasi {

namespace {

struct Script
{
    bool scripted = false;
    bool logIn = false;
    QQueue<QString> files;
    QQueue<QMessageBox::StandardButton> buttons;
    QQueue<int> execResults;
    QQueue<std::function<int(QDialog &)>> execHandlers;
    QList<DialogSeams::Message> messages;
};

Script &script()
{
    static Script instance;
    return instance;
}

QString nextFile()
{
    return script().files.isEmpty() ? QString() : script().files.dequeue();
}

QMessageBox::StandardButton record(QMessageBox::Icon icon, const QString &title,
                                   const QString &text, QMessageBox::StandardButton fallback)
{
    script().messages.append({icon, title, text});
    return script().buttons.isEmpty() ? fallback : script().buttons.dequeue();
}

} // namespace

QString DialogSeams::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                     const QString &filter)
{
    if (script().scripted)
        return nextFile();
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString DialogSeams::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                     const QString &filter)
{
    if (script().scripted)
        return nextFile();
    return QFileDialog::getSaveFileName(parent, caption, dir, filter, nullptr,
                                        QFileDialog::DontConfirmOverwrite);
}

void DialogSeams::critical(QWidget *parent, const QString &title, const QString &text)
{
    if (script().scripted) {
        record(QMessageBox::Critical, title, text, QMessageBox::Ok);
        return;
    }
    QMessageBox::critical(parent, title, text);
}

void DialogSeams::information(QWidget *parent, const QString &title, const QString &text)
{
    if (script().scripted) {
        record(QMessageBox::Information, title, text, QMessageBox::Ok);
        return;
    }
    QMessageBox::information(parent, title, text);
}

void DialogSeams::about(QWidget *parent, const QString &title, const QString &text)
{
    if (script().scripted) {
        record(QMessageBox::Information, title, text, QMessageBox::Ok);
        return;
    }
    QMessageBox::about(parent, title, text);
}

QMessageBox::StandardButton DialogSeams::question(QWidget *parent, const QString &title,
                                                  const QString &text,
                                                  QMessageBox::StandardButtons buttons,
                                                  QMessageBox::StandardButton defaultButton)
{
    if (script().scripted)
        return record(QMessageBox::Question, title, text, defaultButton);
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

int DialogSeams::exec(QDialog &dialog)
{
    if (script().scripted) {
        if (!script().execHandlers.isEmpty())
            return script().execHandlers.dequeue()(dialog);
        return script().execResults.isEmpty() ? int(QDialog::Rejected)
                                              : script().execResults.dequeue();
    }
    return dialog.exec();
}

void DialogSeams::setScripted(bool scripted)
{
    script().scripted = scripted;
}

bool DialogSeams::isScripted()
{
    return script().scripted;
}

void DialogSeams::queueFile(const QString &path)
{
    script().files.enqueue(path);
}

void DialogSeams::queueButton(QMessageBox::StandardButton button)
{
    script().buttons.enqueue(button);
}

void DialogSeams::queueExecResult(int result)
{
    script().execResults.enqueue(result);
}

void DialogSeams::queueExecHandler(const std::function<int(QDialog &)> &handler)
{
    script().execHandlers.enqueue(handler);
}

QList<DialogSeams::Message> DialogSeams::messages()
{
    return script().messages;
}

void DialogSeams::setLogInScripted(bool scripted)
{
    script().logIn = scripted;
}

bool DialogSeams::skipsLogIn()
{
    return script().scripted && !script().logIn;
}

void DialogSeams::reset()
{
    const bool scripted = script().scripted;
    script() = Script();
    script().scripted = scripted;
}

DialogSeams::ScriptedScope::ScriptedScope()
{
    DialogSeams::reset();
    DialogSeams::setScripted(true);
}

DialogSeams::ScriptedScope::~ScriptedScope()
{
    DialogSeams::reset();
    DialogSeams::setScripted(false);
}

} // namespace Simutasi
