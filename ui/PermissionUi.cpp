#include "PermissionUi.h"

#include "session/Session.h"
#include "storage/Database.h"
#include "workflow/Permissions.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTextEdit>

namespace Simutasi {

namespace {

// Where a gated control keeps its own tooltip while it shows the role it needs.
const char *const OwnToolTip = "permissionOwnToolTip";

QString roleList(RoleSet roles)
{
    QStringList names;
    for (Role role : roles.toList())
        names << Roles::name(role);
    return names.join(PermissionUi::tr(" or "));
}

template<typename Control>
void applyGate(Control *control, bool possible, bool allowed, const QString &needed)
{
    control->setEnabled(possible && allowed);
    const QVariant own = control->property(OwnToolTip);
    if (allowed) {
        if (own.isValid()) {
            control->setToolTip(own.toString());
            control->setProperty(OwnToolTip, QVariant());
        }
        return;
    }
    if (!own.isValid() || control->toolTip() != needed)
        control->setProperty(OwnToolTip, control->toolTip());
    control->setToolTip(needed);
}

} // namespace

bool PermissionUi::allows(Database *database, DataAction action)
{
    return database && Permissions::allowsCurrent(*database, action);
}

bool PermissionUi::allows(WorkflowAction action)
{
    return Permissions::allows(Session::currentUser(), action);
}

QString PermissionUi::neededText(DataAction action)
{
    return tr("Needs the role %1 to %2.")
        .arg(roleList(Permissions::rolesFor(action)), Permissions::purpose(action));
}

QString PermissionUi::neededText(WorkflowAction action)
{
    return tr("Needs the role %1 to %2.")
        .arg(roleList(Permissions::rolesFor(action)), Permissions::purpose(action));
}

QString PermissionUi::viewOnlyText(DataAction action)
{
    return tr("View only: only the role %1 may %2.")
        .arg(roleList(Permissions::rolesFor(action)), Permissions::purpose(action));
}

void PermissionUi::gate(QWidget *control, bool possible, bool allowed, const QString &needed)
{
    applyGate(control, possible, allowed, needed);
}

void PermissionUi::gate(QAction *control, bool possible, bool allowed, const QString &needed)
{
    applyGate(control, possible, allowed, needed);
}

bool PermissionUi::gate(QWidget *control, Database *database, DataAction action, bool possible)
{
    const bool allowed = allows(database, action);
    applyGate(control, possible && database, allowed || !database, neededText(action));
    return allowed;
}

bool PermissionUi::gate(QAction *control, Database *database, DataAction action, bool possible)
{
    const bool allowed = allows(database, action);
    applyGate(control, possible && database, allowed || !database, neededText(action));
    return allowed;
}

void PermissionUi::makeReadOnly(QWidget *root, const QList<QWidget *> &keep)
{
    for (QLineEdit *edit : root->findChildren<QLineEdit *>())
        edit->setReadOnly(true);
    for (QTextEdit *edit : root->findChildren<QTextEdit *>())
        edit->setReadOnly(true);
    for (QPlainTextEdit *edit : root->findChildren<QPlainTextEdit *>())
        edit->setReadOnly(true);
    for (QAbstractSpinBox *spin : root->findChildren<QAbstractSpinBox *>()) {
        spin->setReadOnly(true);
        spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
    }
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setDragDropMode(QAbstractItemView::NoDragDrop);
    }
    // A combo box has no read-only state: disabled, it still shows its choice.
    for (QComboBox *combo : root->findChildren<QComboBox *>())
        combo->setEnabled(false);
    // A check box's text is often the name of what it switches (a rule): greyed out it would be
    // hard to read, so it keeps its look but takes no clicks and no keyboard focus.
    const auto freeze = [](QAbstractButton *button) {
        button->setAttribute(Qt::WA_TransparentForMouseEvents);
        button->setFocusPolicy(Qt::NoFocus);
    };
    for (QCheckBox *box : root->findChildren<QCheckBox *>())
        freeze(box);
    for (QRadioButton *button : root->findChildren<QRadioButton *>())
        freeze(button);
    // A button does something; a hidden one cannot be mistaken for a Save that will be refused.
    for (QPushButton *button : root->findChildren<QPushButton *>()) {
        if (!keep.contains(button))
            button->hide();
    }
}

QLabel *PermissionUi::viewOnlyNote(DataAction action, QWidget *parent)
{
    auto *note = new QLabel(viewOnlyText(action), parent);
    note->setObjectName(QStringLiteral("viewOnlyNote"));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #9a5b00; font-weight: 600;"));
    return note;
}

} // namespace Simutasi
