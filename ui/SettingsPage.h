#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace Simutasi {

class Settings;

// Pengaturan: the user's own preferences. For now only the interface language, which takes
// effect at the next start.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(Settings &settings, QWidget *parent = nullptr);

private:
    void languageChosen(int index);

    Settings &m_settings;
    QString m_languageInUse; // installed when the program started
    QComboBox *m_language = nullptr;
    QLabel *m_restartNote = nullptr;
};

} // namespace Simutasi
