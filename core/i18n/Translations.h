#pragma once

#include <QString>

namespace Simutasi {

// Installs the user-interface language: Simutasi's own catalogue and the translations of Qt's
// standard buttons, both compiled into the program, plus the matching QLocale for dates and
// numbers. Indonesian is the default; English is the source language and needs no catalogue.
namespace Translations {

QString defaultLanguage();        // "id"
QStringList availableLanguages(); // {"id", "en"}
// Language to use: $SIMUTASI_LANGUAGE when set (scripts, tests), else the user's setting.
QString effectiveLanguage();
// Replaces any previously installed catalogue. Returns false if the catalogue is missing.
bool install(const QString &language);

} // namespace Translations
} // namespace Simutasi
