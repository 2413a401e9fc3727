#pragma once

#include "decree/DecreeTemplates.h"
#include "mail/SmtpSettings.h"

#include <QByteArray>
#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace Simutasi {

class Database;

// The administrator's editor of the database-wide decree texts (number template, Menimbang,
// Mengingat, Tembusan, signatory), the letterhead and paper, and the SMTP server. Saving goes
// through DecreeTemplates::save and SmtpSettings::save, each one audited transaction; both are
// checked first so that invalid input stores nothing. Other users see the values read-only.
class DecreeSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DecreeSettingsDialog(Database &database, QWidget *parent = nullptr);

    // The values as the dialog's fields say now (untouched template fields keep their loaded
    // value).
    DecreeTemplates templates() const;
    SmtpSettings smtp() const;
    bool canSave() const { return m_canSave; }

    void accept() override; // saves; stays open and says why when saving is refused

private:
    QWidget *createTextTab();
    QWidget *createLetterheadTab();
    QWidget *createMailTab();
    void setValues(const DecreeTemplates &templates, const SmtpSettings &smtp);
    void updateNumberExample();
    void chooseLogo();
    void showLogo();

    Database &m_database;
    DecreeTemplates m_loaded;
    SmtpSettings m_loadedSmtp;
    bool m_canSave = false;
    QByteArray m_logoPng;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_numberTemplate = nullptr;
    QSpinBox *m_numberWidth = nullptr;
    QLabel *m_numberExample = nullptr;
    QLineEdit *m_klasifikasi = nullptr;
    QLineEdit *m_unitCode = nullptr;
    QLineEdit *m_place = nullptr;
    QPlainTextEdit *m_menimbang = nullptr;
    QPlainTextEdit *m_mengingat = nullptr;
    QPlainTextEdit *m_tembusan = nullptr;
    QComboBox *m_capacity = nullptr;
    QLineEdit *m_signAuthority = nullptr;
    QLineEdit *m_signJabatan = nullptr;
    QLineEdit *m_signName = nullptr;
    QLineEdit *m_signNip = nullptr;
    QLineEdit *m_signPangkat = nullptr;

    QLineEdit *m_headAuthority = nullptr;
    QLineEdit *m_headGovernment = nullptr;
    QLineEdit *m_headAgency = nullptr;
    QLineEdit *m_headAddress = nullptr;
    QLabel *m_logo = nullptr;
    QComboBox *m_paper = nullptr;
    QDoubleSpinBox *m_marginLeft = nullptr;
    QDoubleSpinBox *m_marginTop = nullptr;
    QDoubleSpinBox *m_marginRight = nullptr;
    QDoubleSpinBox *m_marginBottom = nullptr;

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_fromAddress = nullptr;
    QLineEdit *m_fromName = nullptr;
};

} // namespace Simutasi
