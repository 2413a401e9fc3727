#pragma once

#include "storage/DatabaseError.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Simutasi {

class Database;
class DecreeNotifications;
struct IssuedDecree;

// SK & Pemberitahuan: the issued decrees with how far the notification of their employees got,
// issuing the decree of an approved proposal, print preview / printing / PDF of the SK, the
// petikan and the letters (rendered by core's DecreeRenderer from the frozen content), and per
// employee: e-mail, letter handed over, acknowledged, keberatan and its resolution.
class DecreesPage : public QWidget
{
    Q_OBJECT
public:
    explicit DecreesPage(QWidget *parent = nullptr);

    void setDatabase(Database *database);
    void reload();
    // Which buttons the logged-in user may press: issuing needs the Penandatangan, recording and
    // sending notifications a user who may notify employees; printing is for everyone and the
    // settings open read-only for all but an administrator.
    void refreshPermissions();

    QTableWidget *decreeTable() const { return m_decrees; }
    QTableWidget *noticeTable() const { return m_notices; }
    qint64 currentDecreeId() const;

    // The buttons' work, also for tests (they ask through DialogSeams).
    void issueDecree();
    void printPreview();
    void savePdf();
    void saveLetters();
    void sendEmails();
    void markHandedOver();
    void acknowledge();
    void recordObjection();
    void resolveObjection();
    // "Settings…": the decree texts, letterhead, paper and SMTP (DecreeSettingsDialog).
    void editSettings();

private:
    using DateAction = DatabaseError (DecreeNotifications::*)(qint64, const QDate &,
                                                              const QString &);
    // Asks for a date, then records `action` on the chosen employee.
    void dateAction(const QString &title, const QString &label, DateAction action);
    void showNotices();
    std::optional<IssuedDecree> currentDecree() const;
    qint64 currentNoticeId() const;
    bool report(const QString &what, const DatabaseError &error);

    Database *m_database = nullptr;
    QTableWidget *m_decrees = nullptr;
    QTableWidget *m_notices = nullptr;
    QLabel *m_summary = nullptr;
    QList<QPushButton *> m_decreeButtons;
    QList<QPushButton *> m_noticeButtons;
    QPushButton *m_issueButton = nullptr;
    QPushButton *m_emailButton = nullptr;
    QPushButton *m_settingsButton = nullptr;
};

} // namespace Simutasi
