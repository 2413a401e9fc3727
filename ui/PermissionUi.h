#pragma once

#include "workflow/DataAction.h"
#include "workflow/ProposalState.h"

#include <QCoreApplication>
#include <QList>

class QAction;
class QLabel;
class QWidget;

namespace Simutasi {

class Database;

// How the screens show what the logged-in user's roles do not allow (issue #5). The core
// refuses such a change anyway (Permissions::require/requireCurrent); the screens spare the
// officer the refusal: a control for it is disabled and its tooltip names the role it needs,
// and a dialog opened by a user who may only look shows its data read-only, without Save.
// Every page that writes has a refreshPermissions() that MainWindow::updateSession calls after a
// log-in, a switch of user, a change of the user's roles and the opening of a database.
class PermissionUi
{
    Q_DECLARE_TR_FUNCTIONS(PermissionUi)
public:
    // Whether the logged-in user may make `action` on `database`; false without a database.
    static bool allows(Database *database, DataAction action);
    static bool allows(WorkflowAction action);
    // "Needs the role Operator BKD or Administrator to change employee data."
    static QString neededText(DataAction action);
    static QString neededText(WorkflowAction action);
    // "View only: only the role Operator BKD or Administrator may change employee data."
    static QString viewOnlyText(DataAction action);

    // Enables `control` when the change is `possible` now and `allowed` for the user. While not
    // allowed its tooltip is `needed`; its own tooltip is kept and comes back once allowed.
    static void gate(QWidget *control, bool possible, bool allowed, const QString &needed);
    static void gate(QAction *control, bool possible, bool allowed, const QString &needed);
    // The same for a change outside a proposal; returns whether the user may make it.
    static bool gate(QWidget *control, Database *database, DataAction action, bool possible = true);
    static bool gate(QAction *control, Database *database, DataAction action, bool possible = true);

    // Turns a dialog opened by a user who may only look read-only: line, text and spin editors
    // take no input, item views do not edit or drag, combo boxes are disabled, check boxes take
    // no clicks, and every push button except those in `keep` (Close) is hidden. Tabs and
    // scrolling still work.
    static void makeReadOnly(QWidget *root, const QList<QWidget *> &keep);
    // The amber "View only: …" line such a dialog shows at its top; its object name is
    // "viewOnlyNote".
    static QLabel *viewOnlyNote(DataAction action, QWidget *parent);
};

} // namespace Simutasi
