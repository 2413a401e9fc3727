#include "EmployeeForm.h"

#include "OptionalDateEdit.h"
#include "UnitSelector.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <algorithm>

namespace Simutasi {

namespace {

enum class Severity
{
    Error,
    Warning,
    Info
};

void showMessage(QLabel *label, Severity severity, const QString &text)
{
    static const QString colors[] = {QStringLiteral("#b42318"), QStringLiteral("#975a00"),
                                     QStringLiteral("#5b6878")};
    label->setStyleSheet(QStringLiteral("color: %1;").arg(colors[int(severity)]));
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString genderName(Gender gender)
{
    return gender == Gender::Female ? EmployeeForm::tr("female") : EmployeeForm::tr("male");
}

// A field with its message right under it; the message takes no room while it is empty.
QWidget *withMessage(QWidget *field, QLabel *message)
{
    auto *box = new QWidget(field->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(field);
    layout->addWidget(message);
    message->setWordWrap(true);
    message->setVisible(false);
    return box;
}

QWidget *row(QWidget *parent, std::initializer_list<std::pair<QWidget *, int>> widgets)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (const auto &[widget, stretch] : widgets)
        layout->addWidget(widget, stretch);
    return box;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    combo->setCurrentIndex(std::max(0, combo->findData(data)));
}

const QRegularExpression &emailPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return pattern;
}

} // namespace

EmployeeForm::EmployeeForm(const QList<Jabatan> &jabatans, const QList<OrgUnit> &units,
                           QWidget *parent)
    : QWidget(parent)
{
    for (const Jabatan &jabatan : jabatans)
        m_jabatans.insert(jabatan.id, jabatan);
    // Two columns of cards, each card as tall as its fields.
    auto *left = new QVBoxLayout;
    left->setSpacing(12);
    left->addWidget(createIdentityCard());
    left->addWidget(createEducationCard());
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->setSpacing(12);
    right->addWidget(createPositionCard(units));
    right->addWidget(createContactCard());
    right->addStretch(1);
    auto *columns = new QHBoxLayout(this);
    columns->setContentsMargins(12, 12, 12, 12);
    columns->setSpacing(12);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    fillJabatanCombo(jabatans);
    connectChanges();
    validate();
}

QFormLayout *EmployeeForm::newCard(const QString &title, QWidget **card)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("card"));
    auto *caption = new QLabel(title, frame);
    caption->setObjectName(QStringLiteral("cardTitle"));
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->setSpacing(10);
    layout->addWidget(caption);
    layout->addLayout(form);
    *card = frame;
    return form;
}

QWidget *EmployeeForm::createIdentityCard()
{
    QWidget *card = nullptr;
    QFormLayout *form = newCard(tr("Identity"), &card);
    m_nip = new QLineEdit(card);
    m_nip->setObjectName(QStringLiteral("nipEdit"));
    m_nip->setPlaceholderText(QStringLiteral("19850312 201001 1 003"));
    m_nipMessage = new QLabel(card);
    m_nipMessage->setObjectName(QStringLiteral("nipMessage"));
    form->addRow(tr("NIP"), withMessage(m_nip, m_nipMessage));

    m_frontTitle = new QLineEdit(card);
    m_frontTitle->setPlaceholderText(tr("Dr., Ir."));
    m_name = new QLineEdit(card);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("Name without titles"));
    m_backTitle = new QLineEdit(card);
    m_backTitle->setPlaceholderText(tr("S.Pd., M.Si."));
    form->addRow(tr("Name"), row(card, {{m_frontTitle, 2}, {m_name, 6}, {m_backTitle, 3}}));

    m_gender = new QComboBox(card);
    m_gender->setObjectName(QStringLiteral("genderCombo"));
    m_gender->addItem(QStringLiteral("–"), int(Gender::Unknown));
    m_gender->addItem(tr("Male (L)"), int(Gender::Male));
    m_gender->addItem(tr("Female (P)"), int(Gender::Female));
    form->addRow(tr("Gender"), m_gender);

    m_birthPlace = new QLineEdit(card);
    m_birthPlace->setPlaceholderText(tr("Place"));
    m_birthDate = new OptionalDateEdit(card);
    m_birthDate->setObjectName(QStringLiteral("birthDateEdit"));
    form->addRow(tr("Born"), row(card, {{m_birthPlace, 3}, {m_birthDate, 2}}));

    m_consistencyMessage = new QLabel(card);
    m_consistencyMessage->setObjectName(QStringLiteral("nipConsistencyMessage"));
    m_fillFromNip = new QPushButton(tr("Take them from the NIP"), card);
    m_fillFromNip->setObjectName(QStringLiteral("fillFromNip"));
    auto *consistency = withMessage(m_fillFromNip, m_consistencyMessage);
    static_cast<QVBoxLayout *>(consistency->layout())->insertWidget(0, m_consistencyMessage);
    static_cast<QVBoxLayout *>(consistency->layout())->setAlignment(m_fillFromNip, Qt::AlignLeft);
    form->addRow(QString(), consistency);
    m_identityForm = form;
    m_consistencyRow = consistency;
    form->setRowVisible(consistency, false);

    m_status = new QComboBox(card);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (const EmployeeStatus status :
         {EmployeeStatus::Pns, EmployeeStatus::Cpns, EmployeeStatus::Pppk})
        m_status->addItem(employeeStatusCode(status), int(status));
    form->addRow(tr("Status"), m_status);
    return card;
}

QWidget *EmployeeForm::createPositionCard(const QList<OrgUnit> &units)
{
    QWidget *card = nullptr;
    m_positionForm = newCard(tr("Position"), &card);
    m_golongan = new QComboBox(card);
    m_golongan->setObjectName(QStringLiteral("golonganCombo"));
    m_golongan->addItem(QStringLiteral("–"), 0);
    for (const Golongan &golongan : Golongan::all())
        m_golongan->addItem(golongan.toString() + QStringLiteral("  ·  ") + golongan.pangkat(),
                            golongan.rank());
    m_pppkGrade = new QComboBox(card);
    m_pppkGrade->setObjectName(QStringLiteral("pppkGradeCombo"));
    m_pppkGrade->addItem(QStringLiteral("–"), 0);
    for (int grade = 1; grade <= 17; ++grade)
        m_pppkGrade->addItem(pppkGradeToString(grade), grade);
    m_tmtGolongan = new OptionalDateEdit(card);
    m_positionForm->addRow(tr("Golongan"), m_golongan);
    m_positionForm->addRow(tr("PPPK grade"), m_pppkGrade);
    m_positionForm->addRow(tr("TMT golongan"), m_tmtGolongan);

    m_jabatan = new QComboBox(card);
    m_jabatan->setObjectName(QStringLiteral("jabatanCombo"));
    m_jabatanInfo = new QLabel(card);
    m_golonganMessage = new QLabel(card);
    m_golonganMessage->setObjectName(QStringLiteral("golonganMessage"));
    auto *jabatanBox = withMessage(m_jabatan, m_jabatanInfo);
    jabatanBox->layout()->addWidget(m_golonganMessage);
    m_golonganMessage->setWordWrap(true);
    m_golonganMessage->setVisible(false);
    m_positionForm->addRow(tr("Jabatan"), jabatanBox);

    m_unit = new UnitSelector(card);
    m_unit->setObjectName(QStringLiteral("unitSelector"));
    m_unit->setShowClosed(false);
    m_unit->setUnits(units);
    m_unitPath = new QLabel(card);
    m_positionForm->addRow(tr("Unit kerja"), withMessage(m_unit, m_unitPath));
    m_tmtJabatan = new OptionalDateEdit(card);
    m_tmtJabatan->setObjectName(QStringLiteral("tmtJabatanEdit"));
    m_positionForm->addRow(tr("TMT jabatan"), m_tmtJabatan);
    return card;
}

void EmployeeForm::lockPost(const QString &reason)
{
    for (QWidget *field : {static_cast<QWidget *>(m_jabatan), static_cast<QWidget *>(m_unit),
                           static_cast<QWidget *>(m_tmtJabatan)}) {
        field->setEnabled(false);
        field->setToolTip(reason);
    }
}

QWidget *EmployeeForm::createEducationCard()
{
    QWidget *card = nullptr;
    QFormLayout *form = newCard(tr("Education"), &card);
    m_educationLevel = new QComboBox(card);
    m_educationLevel->addItem(QStringLiteral("–"), int(EducationLevel::Unknown));
    for (const EducationLevel level : EducationLevels::all())
        m_educationLevel->addItem(EducationLevels::code(level), int(level));
    m_educationField = new QLineEdit(card);
    m_educationField->setPlaceholderText(tr("e.g. Pendidikan Matematika"));
    form->addRow(tr("Level"), m_educationLevel);
    form->addRow(tr("Field"), m_educationField);
    return card;
}

QWidget *EmployeeForm::createContactCard()
{
    QWidget *card = nullptr;
    QFormLayout *form = newCard(tr("Contact"), &card);
    m_email = new QLineEdit(card);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("name@wanggarprov.go.id"));
    m_emailMessage = new QLabel(card);
    m_emailMessage->setObjectName(QStringLiteral("emailMessage"));
    m_phone = new QLineEdit(card);
    m_phone->setPlaceholderText(tr("0812…"));
    form->addRow(tr("Email"), withMessage(m_email, m_emailMessage));
    form->addRow(tr("Phone"), m_phone);
    return card;
}

void EmployeeForm::fillJabatanCombo(const QList<Jabatan> &jabatans)
{
    QList<Jabatan> sorted = jabatans;
    std::sort(sorted.begin(), sorted.end(), [](const Jabatan &a, const Jabatan &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    m_jabatan->setEditable(true);
    m_jabatan->setInsertPolicy(QComboBox::NoInsert);
    m_jabatan->setMaxVisibleItems(16);
    m_jabatan->addItem(QString(), 0);
    for (const Jabatan &jabatan : sorted)
        m_jabatan->addItem(jabatan.name, jabatan.id);
    m_jabatan->lineEdit()->setPlaceholderText(tr("Type to search the catalogue"));
    m_jabatan->completer()->setFilterMode(Qt::MatchContains);
    m_jabatan->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_jabatan->completer()->setCaseSensitivity(Qt::CaseInsensitive);
}

void EmployeeForm::connectChanges()
{
    for (QLineEdit *edit : {m_nip, m_frontTitle, m_name, m_backTitle, m_birthPlace,
                            m_educationField, m_email, m_phone})
        connect(edit, &QLineEdit::textChanged, this, &EmployeeForm::onChanged);
    for (QComboBox *combo : {m_gender, m_status, m_golongan, m_pppkGrade, m_educationLevel})
        connect(combo, &QComboBox::currentIndexChanged, this, &EmployeeForm::onChanged);
    connect(m_jabatan, &QComboBox::currentTextChanged, this, &EmployeeForm::onChanged);
    for (OptionalDateEdit *date : {m_birthDate, m_tmtGolongan, m_tmtJabatan})
        connect(date, &OptionalDateEdit::valueChanged, this, &EmployeeForm::onChanged);
    connect(m_unit, &UnitSelector::unitChosen, this, &EmployeeForm::onChanged);
    connect(m_nip, &QLineEdit::textEdited, this, &EmployeeForm::onNipEdited);
    connect(m_nip, &QLineEdit::editingFinished, this, [this] {
        const Nip nip = Nip::parse(m_nip->text());
        if (nip.isValid() && m_nip->text() != nip.formatted())
            m_nip->setText(nip.formatted());
    });
    connect(m_fillFromNip, &QPushButton::clicked, this, &EmployeeForm::fillFromNip);
}

void EmployeeForm::setEmployee(const Employee &e)
{
    m_loading = true;
    m_id = e.id;
    m_nip->setText(e.nip.isValid() ? e.nip.formatted() : e.nip.digits());
    m_frontTitle->setText(e.frontTitle);
    m_name->setText(e.name);
    m_backTitle->setText(e.backTitle);
    selectData(m_gender, int(e.gender));
    m_birthPlace->setText(e.birthPlace);
    m_birthDate->setValue(e.birthDate);
    selectData(m_status, int(e.status));
    selectData(m_golongan, e.golongan ? e.golongan->rank() : 0);
    selectData(m_pppkGrade, e.pppkGrade);
    m_tmtGolongan->setValue(e.tmtGolongan);
    selectData(m_jabatan, e.jabatanId);
    m_unit->setUnitId(e.unitId);
    m_tmtJabatan->setValue(e.tmtJabatan);
    selectData(m_educationLevel, int(e.educationLevel));
    m_educationField->setText(e.educationField);
    m_email->setText(e.email);
    m_phone->setText(e.phone);
    m_loading = false;
    validate();
}

const Jabatan *EmployeeForm::chosenJabatan() const
{
    const int index = m_jabatan->findText(m_jabatan->currentText().trimmed(), Qt::MatchFixedString);
    if (index <= 0)
        return nullptr;
    const auto it = m_jabatans.constFind(m_jabatan->itemData(index).toLongLong());
    return it == m_jabatans.cend() ? nullptr : &it.value();
}

bool EmployeeForm::jabatanTextUnknown() const
{
    return !m_jabatan->currentText().trimmed().isEmpty() && !chosenJabatan();
}

bool EmployeeForm::emailMalformed() const
{
    const QString email = m_email->text().trimmed();
    return !email.isEmpty() && !emailPattern().match(email).hasMatch();
}

Employee EmployeeForm::employee() const
{
    Employee e;
    e.id = m_id;
    e.nip = Nip::parse(m_nip->text());
    e.frontTitle = m_frontTitle->text().trimmed();
    e.name = m_name->text().simplified();
    e.backTitle = m_backTitle->text().trimmed();
    e.gender = static_cast<Gender>(m_gender->currentData().toInt());
    e.birthPlace = m_birthPlace->text().trimmed();
    e.birthDate = m_birthDate->value();
    e.status = static_cast<EmployeeStatus>(m_status->currentData().toInt());
    if (e.status == EmployeeStatus::Pppk)
        e.pppkGrade = m_pppkGrade->currentData().toInt();
    else
        e.golongan = Golongan::fromRank(m_golongan->currentData().toInt());
    e.tmtGolongan = m_tmtGolongan->value();
    const Jabatan *jabatan = chosenJabatan();
    e.jabatanId = jabatan ? jabatan->id : 0;
    e.unitId = m_unit->unitId();
    e.tmtJabatan = m_tmtJabatan->value();
    e.educationLevel = static_cast<EducationLevel>(m_educationLevel->currentData().toInt());
    e.educationField = m_educationField->text().trimmed();
    e.email = m_email->text().trimmed();
    e.phone = m_phone->text().trimmed();
    return e;
}

std::optional<JabatanType> EmployeeForm::jabatanType() const
{
    const Jabatan *jabatan = chosenJabatan();
    return jabatan ? std::optional(jabatan->type) : std::nullopt;
}

QString EmployeeForm::opdPath() const
{
    return m_unit->unitPath(m_unit->unitId());
}

QStringList EmployeeForm::errors() const
{
    QStringList result;
    const Nip nip = Nip::parse(m_nip->text());
    if (!nip.isValid() && nip.error() != Nip::Error::Empty)
        result << tr("The NIP is not valid.");
    if (jabatanTextUnknown())
        result << tr("The jabatan is not in the catalogue.");
    if (emailMalformed())
        result << tr("The email address is not valid.");
    return result;
}

QStringList EmployeeForm::missingFields() const
{
    QStringList result;
    if (m_nip->text().trimmed().isEmpty())
        result << tr("NIP");
    if (m_name->text().trimmed().isEmpty())
        result << tr("name");
    if (m_gender->currentIndex() <= 0)
        result << tr("gender");
    if (m_birthDate->isEmpty())
        result << tr("date of birth");
    return result;
}

void EmployeeForm::onChanged()
{
    if (m_loading)
        return;
    validate();
    Q_EMIT changed();
}

// A new, valid NIP fills the birth date and gender when they are still empty.
void EmployeeForm::onNipEdited()
{
    const Nip nip = Nip::parse(m_nip->text());
    if (!nip.isValid())
        return;
    if (m_birthDate->isEmpty())
        m_birthDate->setValue(nip.birthDate());
    if (m_gender->currentIndex() <= 0)
        selectData(m_gender, int(nip.gender()));
}

void EmployeeForm::fillFromNip()
{
    const Nip nip = Nip::parse(m_nip->text());
    if (!nip.isValid())
        return;
    m_birthDate->setValue(nip.birthDate());
    selectData(m_gender, int(nip.gender()));
}

void EmployeeForm::validate()
{
    showNipState(Nip::parse(m_nip->text()));
    updateRankRows();
    showJabatanState();
    const QString path = opdPath();
    showMessage(m_unitPath, Severity::Info,
                path.count(QStringLiteral(" › ")) > 0 ? path : QString());
    showMessage(m_emailMessage, Severity::Error,
                emailMalformed() ? tr("Not an email address (name@domain.go.id).") : QString());
}

void EmployeeForm::showNipState(const Nip &nip)
{
    const bool typed = nip.error() != Nip::Error::Empty;
    showMessage(m_nipMessage, Severity::Error,
                typed && !nip.isValid() ? nip.errorMessage() : QString());
    QStringList disagreements;
    const QDate birth = m_birthDate->value();
    const auto gender = static_cast<Gender>(m_gender->currentData().toInt());
    if (nip.isValid() && birth.isValid() && birth != nip.birthDate())
        disagreements << tr("born %1").arg(longDate(nip.birthDate()));
    if (nip.isValid() && gender != Gender::Unknown && gender != nip.gender())
        disagreements << genderName(nip.gender());
    const QString text =
        disagreements.isEmpty()
            ? QString()
            : tr("The NIP says: %1. The date of birth and gender must agree with it.")
                  .arg(disagreements.join(QStringLiteral(", ")));
    showMessage(m_consistencyMessage, Severity::Warning, text);
    m_fillFromNip->setVisible(!text.isEmpty());
    m_identityForm->setRowVisible(m_consistencyRow, !text.isEmpty());
}

void EmployeeForm::updateRankRows()
{
    const bool pppk = m_status->currentData().toInt() == int(EmployeeStatus::Pppk);
    m_positionForm->setRowVisible(m_golongan, !pppk);
    m_positionForm->setRowVisible(m_pppkGrade, pppk);
}

void EmployeeForm::showJabatanState()
{
    const Jabatan *jabatan = chosenJabatan();
    if (jabatanTextUnknown()) {
        showMessage(m_jabatanInfo, Severity::Error,
                    tr("Not in the jabatan catalogue: choose one from the list."));
    } else if (jabatan) {
        showMessage(
            m_jabatanInfo, Severity::Info,
            tr("%1 · usual golongan %2 · BUP %3")
                .arg(JabatanTypes::displayName(jabatan->type), jabatan->golonganRange.toString())
                .arg(JabatanTypes::defaultBup(jabatan->type)));
    } else {
        showMessage(m_jabatanInfo, Severity::Info, QString());
    }
    const auto golongan = Golongan::fromRank(m_golongan->currentData().toInt());
    const bool pppk = m_status->currentData().toInt() == int(EmployeeStatus::Pppk);
    const bool outside =
        jabatan && golongan && !pppk && !jabatan->golonganRange.contains(*golongan);
    showMessage(m_golonganMessage, Severity::Warning,
                outside ? tr("Golongan %1 is outside the usual range of this jabatan (%2).")
                              .arg(golongan->toString(), jabatan->golonganRange.toString())
                        : QString());
}

} // namespace Simutasi
