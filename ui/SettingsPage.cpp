#include "SettingsPage.h"

#include "PageHeader.h"
#include "PermissionUi.h"
#include "i18n/Translations.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Simutasi {

SettingsPage::SettingsPage(Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_languageInUse(Translations::effectiveLanguage())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(20);
    layout->addWidget(
        new PageHeader(tr("Settings"), tr("Your own preferences on this computer"), this));
    layout->addWidget(createLanguageCard());
    m_rulesButton = addDialogCard(
        layout, tr("Eligibility rules"),
        tr("When a PNS may be transferred: each rule on or off, blocking or warning, and its "
           "threshold. Stored in the open database for every user; changes are recorded in the "
           "audit trail."),
        tr("Eligibility rules…"), &SettingsPage::eligibilityRulesRequested);
    m_rulesButton->setObjectName(QStringLiteral("eligibilityRulesButton"));
    m_decreeSettingsButton = addDialogCard(
        layout, tr("Decrees and e-mail"),
        tr("The decree number template, Menimbang, Mengingat, Tembusan, the letterhead and logo, "
           "paper and margins, and the SMTP server notifications are sent through. Stored in the "
           "open database for every user; only an administrator may change them."),
        tr("Decree and e-mail settings…"), &SettingsPage::decreeSettingsRequested);
    m_decreeSettingsButton->setObjectName(QStringLiteral("decreeSettingsButton"));
    layout->addWidget(createAccountsCard());
    layout->addStretch();

    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::languageChosen);
    refreshPermissions(nullptr);
}

QFrame *SettingsPage::createCard(const QString &caption, const QString &explanation)
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    auto *captionLabel = new QLabel(caption, card);
    captionLabel->setObjectName(QStringLiteral("cardCaption"));
    auto *explanationLabel = new QLabel(explanation, card);
    explanationLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(8);
    layout->addWidget(captionLabel);
    layout->addWidget(explanationLabel);
    return card;
}

QVBoxLayout *SettingsPage::cardLayout(QFrame *card)
{
    return static_cast<QVBoxLayout *>(card->layout());
}

QPushButton *SettingsPage::addDialogCard(QVBoxLayout *pageLayout, const QString &caption,
                                         const QString &explanation, const QString &buttonText,
                                         void (SettingsPage::*requested)())
{
    QFrame *card = createCard(caption, explanation);
    auto *button = new QPushButton(buttonText, card);
    cardLayout(card)->addWidget(button, 0, Qt::AlignLeft);
    connect(button, &QPushButton::clicked, this, requested);
    pageLayout->addWidget(card);
    return button;
}

QWidget *SettingsPage::createLanguageCard()
{
    QFrame *card = createCard(tr("Language"), tr("The language of menus, pages and messages. "
                                                 "Decrees (SK) are always written in Indonesian."));
    m_language = new QComboBox(card);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language is named in itself, so that it can be found whatever the current language.
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const QString current = m_settings.value(SettingKeys::Language);
    const int index = m_language->findData(current);
    m_language->setCurrentIndex(index >= 0 ? index : 0);
    m_language->setMinimumWidth(220);

    m_restartNote =
        new QLabel(tr("The new language takes effect after Simutasi is restarted."), card);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 4, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("User interface language:"), m_language);
    cardLayout(card)->addLayout(form);
    cardLayout(card)->addWidget(m_restartNote);
    return card;
}

QWidget *SettingsPage::createAccountsCard()
{
    QFrame *card = createCard(
        tr("Users and audit trail"),
        tr("Who may log in to the open database and with which roles, the lock-out after failed "
           "log-ins, and the tamper-evident record of every change."));
    m_usersButton = new QPushButton(tr("Users…"), card);
    m_usersButton->setObjectName(QStringLiteral("usersButton"));
    m_auditButton = new QPushButton(tr("Audit trail…"), card);
    m_auditButton->setObjectName(QStringLiteral("auditTrailButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_usersButton);
    buttons->addWidget(m_auditButton);
    buttons->addStretch();
    cardLayout(card)->addLayout(buttons);
    connect(m_usersButton, &QPushButton::clicked, this, &SettingsPage::usersRequested);
    connect(m_auditButton, &QPushButton::clicked, this, &SettingsPage::auditTrailRequested);
    return card;
}

void SettingsPage::refreshPermissions(Database *database)
{
    PermissionUi::gate(m_usersButton, database != nullptr,
                       PermissionUi::allows(WorkflowAction::ManageUsers),
                       PermissionUi::neededText(WorkflowAction::ManageUsers));
    m_auditButton->setEnabled(database != nullptr);
    const std::pair<QPushButton *, DataAction> viewable[] = {
        {m_rulesButton, DataAction::EditRules}, {m_decreeSettingsButton, DataAction::EditSettings}};
    for (const auto &[button, action] : viewable) {
        button->setEnabled(database != nullptr);
        button->setToolTip(database && !PermissionUi::allows(database, action)
                               ? PermissionUi::viewOnlyText(action)
                               : QString());
    }
}

void SettingsPage::languageChosen(int index)
{
    const QString language = m_language->itemData(index).toString();
    m_settings.setValue(SettingKeys::Language, language);
    m_settings.sync();
    // The note turns into a reminder while the choice differs from the language in use.
    QFont font = m_restartNote->font();
    font.setWeight(language != m_languageInUse ? QFont::DemiBold : QFont::Normal);
    m_restartNote->setFont(font);
}

} // namespace Simutasi
