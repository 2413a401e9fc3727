#include "EmployeeDetailPanel.h"

#include "domain/Employee.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>

namespace Simutasi {

namespace {

QString longDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("–") : text;
}

} // namespace

EmployeeDetailPanel::EmployeeDetailPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("card"));
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("detailName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    nameFont.setWeight(QFont::DemiBold);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(18, 12, 18, 12);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_name, 0, 0, 1, 6);
    m_nip = addField(1, 0, tr("NIP"));
    m_rank = addField(1, 2, tr("Pangkat / gol."));
    m_post = addField(1, 4, tr("Jabatan"));
    m_post->setObjectName(QStringLiteral("detailPost"));
    m_birth = addField(2, 0, tr("Born"));
    m_education = addField(2, 2, tr("Education"));
    m_tmt = addField(2, 4, tr("TMT jabatan"));
    m_contact = addField(3, 0, tr("Contact"), 3);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 3);
    grid->setColumnStretch(5, 5);
    clear();
}

QLabel *EmployeeDetailPanel::addField(int row, int column, const QString &caption, int span)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    auto *captionLabel = new QLabel(caption, this);
    captionLabel->setObjectName(QStringLiteral("cardCaption"));
    auto *value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    grid->addWidget(captionLabel, row, column, Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(value, row, column + 1, 1, span, Qt::AlignTop);
    return value;
}

void EmployeeDetailPanel::showEmployee(const Employee &employee, const QString &jabatan,
                                       const QString &unit, const QString &opd)
{
    m_name->setText(employee.fullName());
    m_nip->setText(employee.nip.formatted());
    QString rank;
    if (employee.status == EmployeeStatus::Pppk)
        rank = tr("PPPK, grade %1").arg(pppkGradeToString(employee.pppkGrade));
    else if (employee.golongan)
        rank = employee.golongan->withPangkat();
    if (employee.status == EmployeeStatus::Cpns)
        rank = tr("CPNS, %1").arg(orDash(rank));
    m_rank->setText(orDash(rank));
    QStringList post{jabatan, unit};
    if (opd != unit)
        post << opd;
    post.removeAll(QString());
    m_post->setText(orDash(post.join(QStringLiteral(", "))));
    // Who left the province holds no post: the card says where they went, when and by which SK.
    if (employee.departure.isSet())
        m_post->setText(employee.departure.describe());
    m_tmt->setText(orDash(longDate(employee.tmtJabatan)));
    const QString birth = QStringList{employee.birthPlace, longDate(employee.birthDate)}
                              .filter(QRegularExpression(QStringLiteral("\\S")))
                              .join(QStringLiteral(", "));
    m_birth->setText(orDash(birth));
    const QString level = employee.educationLevel == EducationLevel::Unknown
                              ? QString()
                              : EducationLevels::code(employee.educationLevel);
    m_education->setText(orDash(QStringList{level, employee.educationField}
                                    .filter(QRegularExpression(QStringLiteral("\\S")))
                                    .join(QStringLiteral(" "))));
    m_contact->setText(orDash(QStringList{employee.email, employee.phone}
                                  .filter(QRegularExpression(QStringLiteral("\\S")))
                                  .join(QStringLiteral(" · "))));
    setVisible(true);
}

void EmployeeDetailPanel::clear()
{
    m_name->clear();
    setVisible(false);
}

QString EmployeeDetailPanel::shownName() const
{
    return m_name->text();
}

} // namespace Simutasi
