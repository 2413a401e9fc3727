#include "ImportFilePage.h"

#include "DialogSeams.h"
#include "ImportWizard.h"
#include "import/ImportKinds.h"
#include "import/TableReader.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QButtonGroup>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Simutasi {

namespace {

QString kindDescription(const QString &kind)
{
    if (kind == u"employees")
        return ImportFilePage::tr("One employee per row, found by NIP: new NIPs are added, known "
                                  "ones are updated. Empty cells never erase stored data.");
    if (kind == u"skp")
        return ImportFilePage::tr("NIP, year and predicate: the yearly SKP ratings of employees "
                                  "already in the register.");
    if (kind == u"formasi")
        return ImportFilePage::tr("Unit, jabatan and the required headcount, as the Anjab/ABK "
                                  "sets them.");
    if (kind == u"units")
        return ImportFilePage::tr("The organisation tree: unit, parent unit or OPD, kind, code, "
                                  "kabupaten/kota and the remote flag.");
    return {};
}

} // namespace

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV file (comma, semicolon or tab separated) or an Excel workbook (.xlsx), "
                   "e.g. an export of SIASN or SIMPEG. Nothing is written until you confirm the "
                   "preview."));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("Path of the file to import"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("importBrowse"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    auto *kindTitle = new QLabel(tr("What does the file contain?"), this);
    QFont bold = kindTitle->font();
    bold.setWeight(QFont::DemiBold);
    kindTitle->setFont(bold);
    m_kinds = new QButtonGroup(this);
    m_kindBox = new QWidget(this);
    auto *kindLayout = new QGridLayout(m_kindBox);
    kindLayout->setContentsMargins(0, 0, 0, 0);
    kindLayout->setVerticalSpacing(2);
    kindLayout->setColumnMinimumWidth(0, 24);
    const QStringList kinds = ImportKinds::names();
    for (int i = 0; i < kinds.size(); ++i)
        addKind(kinds.at(i), kindDescription(kinds.at(i)), i);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("importFileProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    layout->addWidget(fileLabel);
    layout->addLayout(fileRow);
    layout->addSpacing(12);
    layout->addWidget(kindTitle);
    layout->addWidget(m_kindBox);
    layout->addSpacing(8);
    layout->addWidget(m_problem);
    layout->addStretch();

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        showProblem({});
        Q_EMIT completeChanged();
    });
    connect(m_kinds, &QButtonGroup::idClicked, this, [this] { Q_EMIT completeChanged(); });
}

void ImportFilePage::addKind(const QString &kind, const QString &description, int index)
{
    auto *layout = static_cast<QGridLayout *>(m_kindBox->layout());
    auto *button = new QRadioButton(ImportWizard::kindTitle(kind), m_kindBox);
    button->setObjectName(QStringLiteral("importKind_") + kind);
    m_kinds->addButton(button, index);
    m_kindNames.append(kind);
    button->setChecked(index == 0);
    auto *text = new QLabel(description, m_kindBox);
    text->setWordWrap(true);
    text->setStyleSheet(QStringLiteral("color: #5b6878;"));
    text->setIndent(26);
    layout->addWidget(button, index * 2, 0, 1, 2);
    layout->addWidget(text, index * 2 + 1, 0, 1, 2);
    layout->setRowMinimumHeight(index * 2 + 1, 26);
}

void ImportFilePage::chooseKind(const QString &kind)
{
    const int index = int(m_kindNames.indexOf(kind));
    if (QAbstractButton *button = m_kinds->button(index))
        button->setChecked(true);
    Q_EMIT completeChanged();
}

QString ImportFilePage::chosenKind() const
{
    return m_kindNames.value(m_kinds->checkedId());
}

QString ImportFilePage::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void ImportFilePage::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void ImportFilePage::browse()
{
    Settings &settings = m_wizard->settings();
    QString directory = settings.value(SettingKeys::ImportDirectory);
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = DialogSeams::getOpenFileName(
        this, tr("Choose the file to import"), directory,
        tr("Spreadsheets (*.csv *.txt *.xlsx);;CSV files (*.csv *.txt);;Excel workbooks "
           "(*.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(path));
    settings.setValue(SettingKeys::ImportDirectory, QFileInfo(path).absolutePath());
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty() && !chosenKind().isEmpty();
}

bool ImportFilePage::validatePage()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!QFileInfo(path).isFile()) {
        showProblem(tr("There is no file %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    TableReader reader;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ImportTable table = reader.readFile(path);
    QApplication::restoreOverrideCursor();
    if (reader.error()) {
        showProblem(reader.error().message);
        return false;
    }
    if (table.isEmpty()) {
        showProblem(tr("The file is empty."));
        return false;
    }
    showProblem({});
    m_wizard->setSource(path, chosenKind(), table, reader.description());
    return true;
}

} // namespace Simutasi
