#pragma once

#include "domain/Employee.h"
#include "domain/Jabatan.h"
#include "domain/OrgUnit.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Simutasi {

class OptionalDateEdit;
class UnitSelector;

// The data tab of the employee dialog: identity, position, education and contact in four
// cards, with messages next to the fields as the officer types. Errors (red) block saving: an
// invalid NIP, a jabatan not in the catalogue, a malformed email. Warnings (amber) do not: a
// NIP that disagrees with the birth date or gender (with a button that takes them from the
// NIP), a golongan outside the jabatan's usual range. Missing required values (NIP, name,
// gender, date of birth) are listed by missingFields() rather than shouted at in red.
class EmployeeForm : public QWidget
{
    Q_OBJECT
public:
    EmployeeForm(const QList<Jabatan> &jabatans, const QList<OrgUnit> &units,
                 QWidget *parent = nullptr);

    void setEmployee(const Employee &employee);
    Employee employee() const; // as the fields say now
    std::optional<JabatanType> jabatanType() const;
    QString opdPath() const; // "Dinas Pendidikan › Bidang SMA › SMA Negeri 1"
    // Blocking problems, one sentence each; empty when the data can be saved.
    QStringList errors() const;
    QStringList missingFields() const; // names of the required fields left empty

    QLineEdit *nipEdit() const { return m_nip; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QComboBox *genderCombo() const { return m_gender; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *golonganCombo() const { return m_golongan; }
    QComboBox *jabatanCombo() const { return m_jabatan; }
    OptionalDateEdit *birthDateEdit() const { return m_birthDate; }
    UnitSelector *unitSelector() const { return m_unit; }
    QLabel *nipMessage() const { return m_nipMessage; }
    QLabel *consistencyMessage() const { return m_consistencyMessage; }
    QPushButton *fillFromNipButton() const { return m_fillFromNip; }
    QLabel *golonganMessage() const { return m_golonganMessage; }
    QLabel *emailMessage() const { return m_emailMessage; }

    void fillFromNip(); // birth date and gender as the NIP says
    // Jabatan, unit and TMT jabatan become read-only with `reason` as their tooltip: an employee
    // who left the province holds no post, and a return is not an edit of the register.
    void lockPost(const QString &reason);

Q_SIGNALS:
    void changed();

private:
    QWidget *createIdentityCard();
    QWidget *createPositionCard(const QList<OrgUnit> &units);
    QWidget *createEducationCard();
    QWidget *createContactCard();
    QFormLayout *newCard(const QString &title, QWidget **card);
    QLabel *addMessage(QFormLayout *form);
    void fillJabatanCombo(const QList<Jabatan> &jabatans);
    void connectChanges();
    void onChanged();
    void onNipEdited();
    void validate();
    void showNipState(const Nip &nip);
    void showJabatanState();
    void updateRankRows();
    const Jabatan *chosenJabatan() const;
    bool jabatanTextUnknown() const;
    bool emailMalformed() const;

    QHash<qint64, Jabatan> m_jabatans;
    qint64 m_id = 0;
    QFormLayout *m_identityForm = nullptr;
    QWidget *m_consistencyRow = nullptr;
    QLineEdit *m_nip = nullptr;
    QLabel *m_nipMessage = nullptr;
    QLineEdit *m_frontTitle = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_backTitle = nullptr;
    QComboBox *m_gender = nullptr;
    QLineEdit *m_birthPlace = nullptr;
    OptionalDateEdit *m_birthDate = nullptr;
    QLabel *m_consistencyMessage = nullptr;
    QPushButton *m_fillFromNip = nullptr;
    QComboBox *m_status = nullptr;
    QFormLayout *m_positionForm = nullptr;
    QComboBox *m_golongan = nullptr;
    QComboBox *m_pppkGrade = nullptr;
    OptionalDateEdit *m_tmtGolongan = nullptr;
    QComboBox *m_jabatan = nullptr;
    QLabel *m_jabatanInfo = nullptr;
    QLabel *m_golonganMessage = nullptr;
    UnitSelector *m_unit = nullptr;
    QLabel *m_unitPath = nullptr;
    OptionalDateEdit *m_tmtJabatan = nullptr;
    QComboBox *m_educationLevel = nullptr;
    QLineEdit *m_educationField = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_emailMessage = nullptr;
    QLineEdit *m_phone = nullptr;
    bool m_loading = false;
};

} // namespace Simutasi
