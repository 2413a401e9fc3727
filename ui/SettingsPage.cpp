#include "SettingsPage.h"

#include "PageHeader.h"
#include "i18n/Translations.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(20);
    layout->addWidget(
        new PageHeader(tr("Settings"), tr("Your own preferences on this computer"), this));
    layout->addWidget(card);
    layout->addStretch();

    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::languageChosen);
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
