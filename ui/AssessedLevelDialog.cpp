#include "AssessedLevelDialog.h"

#include "CompetencyDictionaryModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Simutasi {

AssessedLevelDialog::AssessedLevelDialog(const QString &employeeName,
                                         const QList<Competency> &choices,
                                         const EmployeeCompetency &level, QWidget *parent)
    : QDialog(parent)
    , m_choices(choices)
    , m_employeeId(level.employeeId)
{
    setObjectName(QStringLiteral("assessedLevelDialog"));
    setWindowTitle(level.competencyId > 0 ? tr("Edit assessed level")
                                          : tr("Record assessed level"));
    setMinimumWidth(460);

    m_competency = new QComboBox(this);
    m_competency->setObjectName(QStringLiteral("competencyField"));
    for (const Competency &c : std::as_const(m_choices))
        m_competency->addItem(
            QStringLiteral("%1 — %2").arg(c.name, CompetencyDictionaryModel::kindName(c.kind)),
            c.id);
    if (level.competencyId > 0) {
        m_competency->setCurrentIndex(m_competency->findData(level.competencyId));
        m_competency->setEnabled(false);
    }
    m_level = new QSpinBox(this);
    m_level->setObjectName(QStringLiteral("levelField"));
    m_level->setRange(Competency::MinLevel, Competency::MaxLevel);
    m_level->setValue(level.level > 0 ? level.level : 3);
    m_meaning = new QLabel(this);
    m_meaning->setObjectName(QStringLiteral("levelMeaning"));
    m_meaning->setWordWrap(true);
    m_meaning->setStyleSheet(QStringLiteral("color: #5b6878;"));
    m_date =
        new QDateEdit(level.assessedOn.isValid() ? level.assessedOn : QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("dateField"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_source = new QLineEdit(level.source, this);
    m_source->setObjectName(QStringLiteral("sourceField"));
    m_source->setPlaceholderText(tr("e.g. Assessment Center BKD 2025, uji kompetensi"));

    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(employeeName.toHtmlEscaped()), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Competency"), m_competency);
    form->addRow(tr("Level"), m_level);
    form->addRow(QString(), m_meaning);
    form->addRow(tr("Assessed on"), m_date);
    form->addRow(tr("Source"), m_source);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_competency, &QComboBox::currentIndexChanged, this,
            &AssessedLevelDialog::showLevelMeaning);
    connect(m_level, &QSpinBox::valueChanged, this, &AssessedLevelDialog::showLevelMeaning);
    connect(m_source, &QLineEdit::textChanged, this, &AssessedLevelDialog::updateOk);
    connect(m_competency, &QComboBox::currentIndexChanged, this, &AssessedLevelDialog::updateOk);
    showLevelMeaning();
    updateOk();
}

void AssessedLevelDialog::showLevelMeaning()
{
    const int index = m_competency->currentIndex();
    const QString text = index >= 0
                             ? m_choices.value(index).levelDescriptions.value(m_level->value() - 1)
                             : QString();
    // Always shown, so the dialog does not change its layout under the officer's pointer.
    m_meaning->setText(
        text.isEmpty() ? tr("(level %1 is not described in the dictionary)").arg(m_level->value())
                       : text);
}

void AssessedLevelDialog::updateOk()
{
    m_ok->setEnabled(m_competency->currentIndex() >= 0 && !m_source->text().trimmed().isEmpty());
}

EmployeeCompetency AssessedLevelDialog::level() const
{
    return {m_employeeId, m_competency->currentData().toLongLong(), m_level->value(),
            m_date->date(), m_source->text().simplified()};
}

} // namespace Simutasi
