#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace Simutasi {

class Settings;

// Pengaturan: the user's own preferences (the interface language, which takes effect at the
// next start), and the way to the database-wide eligibility rules.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(Settings &settings, QWidget *parent = nullptr);
    // "Users…" needs the Administrator role, both need an open database.
    void setAccountsEnabled(bool databaseOpen, bool manageUsers);

Q_SIGNALS:
    void eligibilityRulesRequested(); // "Eligibility rules…": the window opens the editor
    void decreeSettingsRequested();   // "Decree and e-mail settings…"
    void usersRequested();            // "Users…": the window opens the user administration
    void auditTrailRequested();       // "Audit trail…"

private:
    void languageChosen(int index);
    QWidget *createAccountsCard();

    Settings &m_settings;
    QString m_languageInUse; // installed when the program started
    QComboBox *m_language = nullptr;
    QLabel *m_restartNote = nullptr;
    QPushButton *m_usersButton = nullptr;
    QPushButton *m_auditButton = nullptr;
    QPushButton *m_decreeSettingsButton = nullptr; // needs an open database
};

} // namespace Simutasi
