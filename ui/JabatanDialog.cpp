#include "JabatanDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Simutasi {

JabatanDialog::JabatanDialog(const Jabatan &jabatan, QWidget *parent)
    : QDialog(parent)
    , m_jabatan(jabatan)
{
    setObjectName(QStringLiteral("jabatanDialog"));
    setWindowTitle(jabatan.id == 0 ? tr("Add jabatan") : tr("Edit jabatan"));

    m_name = new QLineEdit(jabatan.name, this);
    m_name->setObjectName(QStringLiteral("jabatanName"));
    m_name->setPlaceholderText(tr("e.g. Analis Kepegawaian Ahli Muda"));
    m_name->setMinimumWidth(400);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("jabatanType"));
    for (JabatanType type : JabatanTypes::all())
        m_type->addItem(JabatanTypes::displayName(type), int(type));
    m_type->setCurrentIndex(std::max(0, m_type->findData(int(jabatan.type))));

    m_golMin = createGolonganCombo(jabatan.golonganRange.min);
    m_golMin->setObjectName(QStringLiteral("jabatanGolonganMin"));
    m_golMax = createGolonganCombo(jabatan.golonganRange.max);
    m_golMax->setObjectName(QStringLiteral("jabatanGolonganMax"));
    auto *usual = new QPushButton(tr("Usual range"), this);
    usual->setToolTip(tr("The golongan range usual for this type of jabatan"));
    auto *range = new QHBoxLayout;
    range->addWidget(m_golMin, 1);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_golMax, 1);
    range->addWidget(usual);

    m_education = new QComboBox(this);
    m_education->setObjectName(QStringLiteral("jabatanEducation"));
    m_education->addItem(tr("Any"), int(EducationLevel::Unknown));
    for (EducationLevel level : EducationLevels::all()) {
        if (level != EducationLevel::Unknown)
            m_education->addItem(EducationLevels::code(level), int(level));
    }
    m_education->setCurrentIndex(std::max(0, m_education->findData(int(jabatan.minEducation))));

    m_fields = new QPlainTextEdit(jabatan.educationFields.join(u'\n'), this);
    m_fields->setObjectName(QStringLiteral("jabatanFields"));
    m_fields->setPlaceholderText(tr("One field per line, e.g.\nPendidikan Matematika\nMatematika\n"
                                    "Leave empty to accept any field."));
    m_fields->setTabChangesFocus(true);
    m_fields->setFixedHeight(m_fields->fontMetrics().lineSpacing() * 6);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("jabatanProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type and level:"), m_type);
    auto *rangeLabel = new QLabel(tr("&Golongan:"), this);
    rangeLabel->setBuddy(m_golMin);
    form->addRow(rangeLabel, range);
    form->addRow(tr("Minimum &education:"), m_education);
    form->addRow(tr("Accepted &fields:"), m_fields);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(jabatan.id == 0 ? tr("Add jabatan") : tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(usual, &QPushButton::clicked, this, &JabatanDialog::useUsualRange);
    connect(m_type, &QComboBox::currentIndexChanged, this, &JabatanDialog::typeChosen);
    connect(m_name, &QLineEdit::textChanged, this, &JabatanDialog::validate);
    connect(m_golMin, &QComboBox::currentIndexChanged, this, &JabatanDialog::validate);
    connect(m_golMax, &QComboBox::currentIndexChanged, this, &JabatanDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    validate();
}

QComboBox *JabatanDialog::createGolonganCombo(const Golongan &selected)
{
    auto *combo = new QComboBox(this);
    for (const Golongan &golongan : Golongan::all())
        combo->addItem(golongan.withPangkat(), golongan.rank());
    combo->setCurrentIndex(std::max(0, combo->findData(selected.rank())));
    return combo;
}

void JabatanDialog::typeChosen()
{
    // A new jabatan takes its type's usual range; an existing one keeps what was set for it.
    if (m_jabatan.id == 0)
        useUsualRange();
}

void JabatanDialog::useUsualRange()
{
    const GolonganRange range =
        JabatanTypes::defaultGolonganRange(JabatanType(m_type->currentData().toInt()));
    m_golMin->setCurrentIndex(m_golMin->findData(range.min.rank()));
    m_golMax->setCurrentIndex(m_golMax->findData(range.max.rank()));
}

void JabatanDialog::validate()
{
    QString problem;
    if (m_golMin->currentData().toInt() > m_golMax->currentData().toInt())
        problem = tr("The lowest golongan is above the highest.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(problem.isEmpty() && !m_name->text().trimmed().isEmpty());
}

Jabatan JabatanDialog::jabatan() const
{
    Jabatan jabatan = m_jabatan;
    jabatan.name = m_name->text().simplified();
    jabatan.type = JabatanType(m_type->currentData().toInt());
    jabatan.golonganRange = {Golongan::fromRank(m_golMin->currentData().toInt()).value(),
                             Golongan::fromRank(m_golMax->currentData().toInt()).value()};
    jabatan.minEducation = EducationLevel(m_education->currentData().toInt());
    jabatan.educationFields.clear();
    for (const QString &line : m_fields->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            jabatan.educationFields.append(line.simplified());
    }
    return jabatan;
}

} // namespace Simutasi
