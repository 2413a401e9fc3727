#include "Translations.h"

#include "settings/Settings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace Simutasi::Translations {

namespace {

QTranslator *appTranslator = nullptr;
QTranslator *qtTranslator = nullptr;

// Loads one embedded catalogue; a failed load leaves no translator behind.
bool load(QTranslator *&slot, const QString &baseName, const QString &language)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
        slot = nullptr;
    }
    if (language == u"en")
        return true;
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(baseName + u'_' + language, QStringLiteral(":/i18n"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    slot = translator;
    return true;
}

} // namespace

QString defaultLanguage()
{
    return QStringLiteral("id");
}

QStringList availableLanguages()
{
    return {QStringLiteral("id"), QStringLiteral("en")};
}

QString effectiveLanguage()
{
    const QString forced = qEnvironmentVariable("SIMUTASI_LANGUAGE");
    if (availableLanguages().contains(forced))
        return forced;
    const QString chosen = Settings().value(SettingKeys::Language);
    return availableLanguages().contains(chosen) ? chosen : defaultLanguage();
}

bool install(const QString &language)
{
    const bool indonesian = language == u"id";
    QLocale::setDefault(indonesian ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                                   : QLocale(QLocale::English, QLocale::UnitedStates));
    const bool ok = load(appTranslator, QStringLiteral("simutasi"), language);
    load(qtTranslator, QStringLiteral("qtbase"), language);
    return ok;
}

} // namespace Simutasi::Translations
