#pragma once

#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Simutasi {

class Database;
class Settings;

// Pengaturan: the user's own preferences (the interface language, which takes effect at the
// next start), and the way to the database-wide eligibility rules.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(Settings &settings, QWidget *parent = nullptr);
    // After opening a database or a log-in: "Users…" needs the Administrator role; the rules
    // and the decree settings open for everyone with a database, read-only (and said so in the
    // tooltip) for a user who may not change them.
    void refreshPermissions(Database *database);

Q_SIGNALS:
    void eligibilityRulesRequested(); // "Eligibility rules…": the window opens the editor
    void decreeSettingsRequested();   // "Decree and e-mail settings…"
    void usersRequested();            // "Users…": the window opens the user administration
    void auditTrailRequested();       // "Audit trail…"

private:
    void languageChosen(int index);
    // A card of the page: a caption over a word-wrapped explanation, in a vertical layout
    // (cardLayout) the caller adds the card's own content to.
    QFrame *createCard(const QString &caption, const QString &explanation);
    static QVBoxLayout *cardLayout(QFrame *card);
    // Adds a card whose one button asks the window to open a dialog (emits `requested`).
    QPushButton *addDialogCard(QVBoxLayout *pageLayout, const QString &caption,
                               const QString &explanation, const QString &buttonText,
                               void (SettingsPage::*requested)());
    QWidget *createLanguageCard();
    QWidget *createAccountsCard();

    Settings &m_settings;
    QString m_languageInUse; // installed when the program started
    QComboBox *m_language = nullptr;
    QLabel *m_restartNote = nullptr;
    QPushButton *m_usersButton = nullptr;
    QPushButton *m_auditButton = nullptr;
    QPushButton *m_rulesButton = nullptr;
    QPushButton *m_decreeSettingsButton = nullptr; // needs an open database
};

} // namespace Simutasi
