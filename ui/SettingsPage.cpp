#include "SettingsPage.h"

#include "PageHeader.h"
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
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    auto *caption = new QLabel(tr("Language"), card);
    caption->setObjectName(QStringLiteral("cardCaption"));

    m_language = new QComboBox(card);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language is named in itself, so that it can be found whatever the current language.
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const QString current = m_settings.value(SettingKeys::Language);
    const int index = m_language->findData(current);
    m_language->setCurrentIndex(index >= 0 ? index : 0);
    m_language->setMinimumWidth(220);

    auto *explanation = new QLabel(tr("The language of menus, pages and messages. Decrees (SK) "
                                      "are always written in Indonesian."),
                                   card);
    explanation->setWordWrap(true);
    m_restartNote =
        new QLabel(tr("The new language takes effect after Simutasi is restarted."), card);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 4, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("User interface language:"), m_language);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(18, 14, 18, 14);
    cardLayout->setSpacing(8);
    cardLayout->addWidget(caption);
    cardLayout->addWidget(explanation);
    cardLayout->addLayout(form);
    cardLayout->addWidget(m_restartNote);

    auto *rulesCard = new QFrame(this);
    rulesCard->setObjectName(QStringLiteral("card"));
    auto *rulesCaption = new QLabel(tr("Eligibility rules"), rulesCard);
    rulesCaption->setObjectName(QStringLiteral("cardCaption"));
    auto *rulesExplanation =
        new QLabel(tr("When a PNS may be transferred: each rule on or off, blocking or warning, "
                      "and its threshold. Stored in the open database for every user; changes "
                      "are recorded in the audit trail."),
                   rulesCard);
    rulesExplanation->setWordWrap(true);
    auto *rulesButton = new QPushButton(tr("Eligibility rules…"), rulesCard);
    rulesButton->setObjectName(QStringLiteral("eligibilityRulesButton"));
    auto *rulesLayout = new QVBoxLayout(rulesCard);
    rulesLayout->setContentsMargins(18, 14, 18, 14);
    rulesLayout->setSpacing(8);
    rulesLayout->addWidget(rulesCaption);
    rulesLayout->addWidget(rulesExplanation);
    rulesLayout->addWidget(rulesButton, 0, Qt::AlignLeft);
    connect(rulesButton, &QPushButton::clicked, this, &SettingsPage::eligibilityRulesRequested);

    auto *decreeCard = new QFrame(this);
    decreeCard->setObjectName(QStringLiteral("card"));
    auto *decreeCaption = new QLabel(tr("Decrees and e-mail"), decreeCard);
    decreeCaption->setObjectName(QStringLiteral("cardCaption"));
    auto *decreeExplanation =
        new QLabel(tr("The decree number template, Menimbang, Mengingat, Tembusan, the "
                      "letterhead and logo, paper and margins, and the SMTP server notifications "
                      "are sent through. Stored in the open database for every user; only an "
                      "administrator may change them."),
                   decreeCard);
    decreeExplanation->setWordWrap(true);
    auto *decreeButton = m_decreeSettingsButton =
        new QPushButton(tr("Decree and e-mail settings…"), decreeCard);
    decreeButton->setObjectName(QStringLiteral("decreeSettingsButton"));
    auto *decreeLayout = new QVBoxLayout(decreeCard);
    decreeLayout->setContentsMargins(18, 14, 18, 14);
    decreeLayout->setSpacing(8);
    decreeLayout->addWidget(decreeCaption);
    decreeLayout->addWidget(decreeExplanation);
    decreeLayout->addWidget(decreeButton, 0, Qt::AlignLeft);
    connect(decreeButton, &QPushButton::clicked, this, &SettingsPage::decreeSettingsRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(20);
    layout->addWidget(
        new PageHeader(tr("Settings"), tr("Your own preferences on this computer"), this));
    layout->addWidget(card);
    layout->addWidget(rulesCard);
    layout->addWidget(decreeCard);
    layout->addWidget(createAccountsCard());
    layout->addStretch();

    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::languageChosen);
}

QWidget *SettingsPage::createAccountsCard()
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    auto *caption = new QLabel(tr("Users and audit trail"), card);
    caption->setObjectName(QStringLiteral("cardCaption"));
    auto *explanation =
        new QLabel(tr("Who may log in to the open database and with which roles, the lock-out "
                      "after failed log-ins, and the tamper-evident record of every change."),
                   card);
    explanation->setWordWrap(true);
    m_usersButton = new QPushButton(tr("Users…"), card);
    m_usersButton->setObjectName(QStringLiteral("usersButton"));
    m_auditButton = new QPushButton(tr("Audit trail…"), card);
    m_auditButton->setObjectName(QStringLiteral("auditTrailButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_usersButton);
    buttons->addWidget(m_auditButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(8);
    layout->addWidget(caption);
    layout->addWidget(explanation);
    layout->addLayout(buttons);
    connect(m_usersButton, &QPushButton::clicked, this, &SettingsPage::usersRequested);
    connect(m_auditButton, &QPushButton::clicked, this, &SettingsPage::auditTrailRequested);
    setAccountsEnabled(false, false);
    return card;
}

void SettingsPage::setAccountsEnabled(bool databaseOpen, bool manageUsers)
{
    m_usersButton->setEnabled(databaseOpen && manageUsers);
    m_usersButton->setToolTip(manageUsers ? QString() : tr("Only an Administrator manages users."));
    m_auditButton->setEnabled(databaseOpen);
    if (m_decreeSettingsButton) // read-only for everyone but an administrator
        m_decreeSettingsButton->setEnabled(databaseOpen);
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
